"""The default library: a data pack of lead paragraphs loaded in the background into a new database
(in a thread here: the bot uses worker processes running the same `datapack.load_part`),
fuller articles of the same film winning over a lead, a stopped load resuming, and the shipped pack
being what the README says (invented films in the test packs)."""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
from pathlib import Path

import pytest

from bot import datapack
from bot.config import Settings
from bot.datapack import Pack
from bot.defaultlib import DefaultLibrary, Progress, parts_to_load
from bot.handlers import Ctx, Handlers
from bot.library import Library

LEADS = [
    [{"page": "Copper Harbor (1987 film)", "year": 1987,
      "lead": "Copper Harbor is a 1987 American drama film directed by Wen Alder. It stars Juno Fairweather."},
     {"page": "The Glass Orchard", "year": 1999,
      "lead": "The Glass Orchard is a 1999 American fantasy film directed by Pell Marrow."}],
    [{"page": "Night Ferry (2004 film)", "year": 2004,
      "lead": "Night Ferry is a 2004 American thriller film directed by Ines Rook."}],
]
GLASS_ORCHARD_FULL = (b"The Glass Orchard\nThe Glass Orchard is a 1999 American fantasy film directed by Pell Marrow "
                      b"and written by Tam Ives. It stars Rhea Vantongeren.\n\nPlot\nAn orchard grows glass apples.\n")


def make_pack(folder: Path) -> Pack:
    folder.mkdir()
    parts = []
    for n, records in enumerate(LEADS, 1):
        name = f"part-{n:03d}.jsonl.gz"
        (folder / name).write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode()))
        parts.append({"file": name, "films": len(records)})
    manifest = {"name": "test-leads", "description": "invented leads", "source": "a test", "films": 3, "parts": parts}
    (folder / datapack.MANIFEST).write_text(json.dumps(manifest))
    return Pack.open(folder)


async def test_a_new_database_gets_the_pack_in_the_background_and_fuller_articles_win(tmp_path, caplog):
    pack = make_pack(tmp_path / "test-leads")
    lib = await Library.open(tmp_path / "films.db")
    h = Handlers(lib)
    try:
        caplog.set_level(logging.INFO, logger="bot.defaultlib")
        loader = DefaultLibrary.start(lib, pack=pack, workers=0)  # a thread: the processes are the same code
        assert loader is not None
        progress = await loader.wait()
        assert progress.finished and progress.films == 3
        assert "3 films loaded" in caplog.text and "done: 3 films in the library" in caplog.text

        card = (await h.film(Ctx(), "copper harbor")).embeds[0]
        assert card["title"] == "Copper Harbor (1987)" and "Wen Alder" in str(card["fields"])
        assert card["url"] == "https://en.wikipedia.org/wiki/Copper_Harbor_(1987_film)"
        assert "Lead paragraph only" in card["footer"]["text"] and "CC BY-SA" in card["footer"]["text"]
        listing = (await h.films(Ctx())).embeds[0]["description"]
        assert listing.startswith("**3 films**: 3 lead paragraphs from a data pack.")

        # A fuller article of a film loaded as a lead replaces it (the same title and year).
        added = await lib.add_article(GLASS_ORCHARD_FULL, "glass-orchard.txt")
        assert added.ok and len(lib.films) == 3
        card = (await h.film(Ctx(), "the glass orchard")).embeds[0]
        assert "Tam Ives" in str(card["fields"]) and "Lead paragraph only" not in card["footer"]["text"]

        # Every part is in: the next start has nothing to load, and the fuller article stays.
        assert await parts_to_load(lib, pack) == []
        assert DefaultLibrary.start(lib, enabled=False, pack=pack) is None
    finally:
        await lib.close()


async def test_a_lead_never_replaces_a_fuller_article_and_a_stopped_load_resumes(tmp_path):
    pack = make_pack(tmp_path / "test-leads")
    lib = await Library.open(tmp_path / "films.db")
    try:
        assert [p.name for p in await parts_to_load(lib, pack)] == ["part-001", "part-002"]
        assert (await lib.add_article(GLASS_ORCHARD_FULL, "glass-orchard.txt")).ok
        # A database with films of its own and none of the pack is left alone.
        assert await parts_to_load(lib, pack) == []
        # A load that got one part in (then stopped) resumes with the other; the lead of the film
        # already there as a full article is not written over it.
        result = await datapack._load_part(str(lib.path), pack.folder, "part-001.jsonl.gz")
        assert (result.films, result.kept_fuller) == (1, 1)
        assert [p.name for p in await parts_to_load(lib, pack)] == ["part-002"]
        await lib.refresh()
        orchard = lib.resolve("the glass orchard").film
        assert orchard is not None and not datapack.is_lead(await _source(lib, orchard.id))
        # While the rest loads, a film not there yet is "not yet", with how far the load is.
        lib.loading = Progress("test-leads", total=3, parts=2, parts_done=1, films=1)
        missing = (await Handlers(lib).film(Ctx(), "night ferry")).embeds[0]["description"]
        assert "“night ferry” yet: the default library is still loading: 1 of 3 films so far" in missing
    finally:
        await lib.close()


async def _source(lib: Library, film_id: int) -> str:
    rows = await lib.conn.execute_fetchall("SELECT source_file FROM films WHERE id = ?", (film_id,))
    return rows[0][0]


def test_the_shipped_pack_is_what_the_readme_says(monkeypatch):
    pack = datapack.shipped()
    assert pack is not None and pack.name == datapack.DEFAULT_PACK
    assert pack.films == sum(p.films for p in pack.parts) > 30_000
    for part in pack.parts:
        data = (pack.folder / part.file).read_bytes()
        assert len(data) < 5_000_000 and hashlib.sha256(data).hexdigest() == part.sha256
    first = datapack.read_part(pack, pack.parts[0])
    assert len(first) == pack.parts[0].films and all(r["page"] and r["lead"] and r["year"] for r in first)
    credit = (pack.folder / "SOURCE.md").read_text(encoding="utf-8")
    assert "CC BY-SA" in credit and "MIT" in credit and "Peter Rust" in credit
    # On unless turned off; the tests turn it off (conftest), and a Settings made in code has it off.
    monkeypatch.setenv("FILMBOT_DEFAULT_LIBRARY", "1")
    assert Settings.from_env(env_file=None).default_library
    monkeypatch.setenv("FILMBOT_DEFAULT_LIBRARY", "off")
    assert not Settings.from_env(env_file=None).default_library
    assert not Settings().default_library


@pytest.fixture(autouse=True)
def _no_cached_pack():
    yield
    datapack.shipped.cache_clear()


def test_an_owner_adds_the_pack_to_a_database_of_their_own(tmp_path, capsys):
    from bot.cli import main

    pack = make_pack(tmp_path / "test-leads")
    article = tmp_path / "glass-orchard.txt"
    article.write_bytes(GLASS_ORCHARD_FULL)
    db = str(tmp_path / "own.db")
    assert main(["--db", db, "ingest", str(article)]) == 0
    assert main(["--db", db, "ingest", "--workers", "0", str(pack.folder)]) == 0
    assert "2 film(s) loaded, 1 kept as fuller articles" in capsys.readouterr().out
    assert main(["--db", db, "ingest", "--workers", "0", str(pack.folder)]) == 0
    assert "already loaded" in capsys.readouterr().out
