from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

pytest_plugins = ["tests.fakediscord.pytest_plugin", "tests.pgserver"]

# Tests make their own databases: none of them (nor a `python -m bot` they start) loads the 34,000-film
# default library in the background (bot/defaultlib.py; tests/test_default_library.py loads small packs).
os.environ["FILMBOT_DEFAULT_LIBRARY"] = "0"

# Property tests (hypothesis) draw the same examples on every run, so `make test` and CI pass or fail
# on the code alone, not on the luck of a draw; `HYPOTHESIS_PROFILE=explore make test` draws new ones
# to hunt for bugs, and a failure it finds becomes a plain test with invented names.
settings.register_profile("default", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# Where the tests find real articles; the one place that knows these paths.
# - A named article (``article_path("cars-2-2011")``) comes from seeds/ or tests/fixtures/articles/, which
#   are in the repository (attributed in their SOURCES.md), so a plain clone passes `make test`.
# - The whole corpus and the other data sets live in ../shared (CI has it beside the clone). Tests that
#   need them carry ``@pytest.mark.corpus``: they run when ../shared is there, and are skipped, and
#   counted once in the terminal summary, when it is not.
ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
SEED = SEEDS_DIR / "her-2013.txt"  # the project's seed article (a copy of ../shared/seeds/Her.txt)
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "articles"
HAVE_SHARED = SHARED.is_dir()
NO_SHARED = "../shared not found"


def article_path(name: str) -> Path:
    """A real article a test names, by file stem or file name, from seeds/ or tests/fixtures/articles/."""
    stem = name.removesuffix(".txt")
    for folder in (SEEDS_DIR, FIXTURES):
        path = folder / f"{stem}.txt"
        if path.is_file():
            return path
    raise FileNotFoundError(f"{stem}.txt is in neither seeds/ nor tests/fixtures/articles/: copy it there from "
                            "../shared/corpus/articles/ and add its row to tests/fixtures/articles/SOURCES.md")


def corpus_files() -> list[Path]:
    """Every corpus article in ../shared; empty without it (the tests that read them are marked corpus)."""
    return sorted(CORPUS.glob("*.txt"))


def corpus_params(ids: Callable[[Path], str] = lambda p: p.stem) -> list:
    """Parameters for a test run once per corpus article, each marked corpus; without ../shared, one
    placeholder (skipped and counted like any other corpus test)."""
    files = corpus_files()
    if not files:
        return [pytest.param(None, id="corpus", marks=pytest.mark.corpus)]
    return [pytest.param(p, id=ids(p), marks=pytest.mark.corpus) for p in files]


def sample_articles() -> list[Path]:
    """Real articles to mutate or sample from: the whole corpus when ../shared is there, else every
    article the repository holds."""
    return corpus_files() or sorted([*SEEDS_DIR.glob("*.txt"), *FIXTURES.glob("*.txt")])


def pytest_collection_modifyitems(config, items) -> None:
    if HAVE_SHARED:
        return
    skip = pytest.mark.skip(reason=NO_SHARED)
    for item in items:
        if item.get_closest_marker("corpus"):
            item.add_marker(skip, append=False)


def pytest_terminal_summary(terminalreporter) -> None:
    skipped = [r for r in terminalreporter.stats.get("skipped", [])
               if isinstance(r.longrepr, tuple) and r.longrepr[2].endswith(NO_SHARED)]
    if skipped:
        terminalreporter.write_line(f"{len(skipped)} corpus-wide tests skipped: {NO_SHARED} "
                                    f"(they run when {SHARED} is present, as in CI)")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "films.db"


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory) -> Path:
    """A database with seeds/ ingested once per session; tests copy it before writing."""
    from bot.database import connect
    from bot.ingest import ingest_paths

    path = tmp_path_factory.mktemp("seeded") / "films.db"

    async def build() -> None:
        conn = await connect(path)
        results = await ingest_paths(conn, [SEEDS_DIR])
        assert all(r.ok for r in results), [r.error for r in results if not r.ok]
        await conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        await conn.close()

    asyncio.run(build())
    return path


@pytest.fixture
def seeded_copy(seeded_db, tmp_path) -> Path:
    import shutil

    target = tmp_path / "films.db"
    shutil.copy(seeded_db, target)
    return target
