"""A bulk ingest indexes its films for full-text search once a batch (migration 0009): what a member
searches or asks afterwards finds the same sentences, ranked the same, as after a one-by-one ingest,
and a film added alone afterwards is searchable as soon as it is saved."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot import ingest, queries
from bot.ask import answer
from bot.database import connect
from bot.library import Library

needs_workers = pytest.mark.skipif(ingest._workers(10**6) == 0,
                                   reason="no fork or a single core: bulk ingests run in one process here")

_PEOPLE = ["Ora Pell", "Ivo Brandt", "Mara Velik", "Tomas Reuel", "Lene Oskar", "Pavo Strand"]
_PLACES = ["harbour", "lighthouse", "orchard", "quarry", "ferry", "observatory"]


def _articles(folder: Path) -> list[Path]:
    """Invented articles: a dozen films, one of them twice (the later copy replaces it inside the
    same batch), and a file that is no article."""
    out = []
    for i in range(12):
        who, other, place = _PEOPLE[i % 6], _PEOPLE[(i + 2) % 6], _PLACES[i % 6]
        title = f"Quiet {place.title()} {i}"
        text = (f"{title}\n{title} is a {1990 + i} drama film directed by {who} and starring {other}.\n\n"
                f"Plot\nA keeper named Mina Dove returns to the {place} after {i + 3} years away. "
                f"She finds the {place} sold to a stranger.\n\nProduction\nFilming took place near the {place} "
                f"over {i + 20} days.\n")
        out.append(folder / f"{i:02}.txt")
        out[-1].write_text(text, encoding="utf-8")
    again = folder / "05b.txt"  # the film of 05.txt again, rewritten: it replaces the first copy
    again.write_text((folder / "05.txt").read_text(encoding="utf-8").replace("sold to a stranger",
                                                                                  "flooded by the spring tide"),
                     encoding="utf-8")
    empty = folder / "06b.txt"
    empty.write_text("", encoding="utf-8")
    return sorted([*out, again, empty])


async def _searches(db: Path) -> dict[str, list]:
    conn = await connect(db)
    try:
        out = {}
        for words in ("harbour", "Mina Dove returns", "spring tide", "stranger", "filming days", "Brandt"):
            rows = await queries.search_sentences(conn, None, words, limit=50)
            out[words] = [(r["film_id"], r["idx"], r["text"], round(r["rank"], 9)) for r in rows]
        return out
    finally:
        await conn.close()


async def _ingest(db: Path, files: list[Path]) -> list:
    conn = await connect(db)
    try:
        return await ingest.ingest_paths(conn, files)
    finally:
        await conn.close()


@needs_workers
async def test_a_bulk_load_is_searched_as_a_one_by_one_ingest(tmp_path, monkeypatch):
    files = _articles(tmp_path)
    one = await _ingest(tmp_path / "one.db", files)  # under PARALLEL_FROM: one transaction a film, triggers
    monkeypatch.setattr(ingest, "PARALLEL_FROM", 2)
    monkeypatch.setattr(ingest, "BATCH_FILMS", 5)  # several batches, the replaced film inside one of them
    bulk = await _ingest(tmp_path / "bulk.db", files)
    assert [(r.film_id, r.title, r.error) for r in bulk] == [(r.film_id, r.title, r.error) for r in one]
    found = await _searches(tmp_path / "bulk.db")
    assert found == await _searches(tmp_path / "one.db")
    assert found["spring tide"] and not [r for r in found["stranger"] if "Observatory 5" in r[2]]
    with sqlite3.connect(tmp_path / "bulk.db") as c:
        c.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")  # raises if corrupt
        assert c.execute("SELECT count(*) FROM sentences_fts_deferred").fetchone() == (0,)

    # a film added alone afterwards (/filmadmin add) is found at once, and so is its answer
    lib = await Library.open(tmp_path / "bulk.db")
    try:
        added = await lib.add_article(
            b"Salt Meridian\nSalt Meridian is a 2015 drama film directed by Lene Oskar.\n\nPlot\n"
            b"A cartographer maps the salt flats and loses her compass.\n", "salt.txt")
        assert added.ok
        rows = await queries.search_sentences(lib.conn, added.film_id, "compass")
        assert [r["text"] for r in rows] == ["A cartographer maps the salt flats and loses her compass."]
        reply = await answer(lib, "who directed Quiet Harbour 0?")
        assert "Ora Pell" in reply.answer
    finally:
        await lib.close()
