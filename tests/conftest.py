from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

pytest_plugins = ["tests.fakediscord.pytest_plugin"]

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "Her.txt"
CORPUS = SHARED / "corpus" / "articles"
SEEDS_DIR = ROOT / "seeds"


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


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
