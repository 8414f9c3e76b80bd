"""A bulk ingest parsed in worker processes writes what a one-by-one ingest writes, in file order."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot import ingest
from bot.database import connect

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _rows(path: Path) -> dict[str, list]:
    with sqlite3.connect(path) as c:
        return {t: c.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ("films", "sentences", "crew", "cast_members")}


async def _ingest(path: Path, files: list[Path]) -> list:
    conn = await connect(path)
    try:
        return await ingest.ingest_paths(conn, files)
    finally:
        await conn.close()


@pytest.mark.skipif(ingest._workers(10**6) == 0, reason="no fork or a single core: bulk ingests run in one process here")
async def test_parallel_ingest_matches_sequential(tmp_path, monkeypatch):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    files = [SEEDS / "her-2013.txt", bad, SEEDS / "rocky-1976.txt", tmp_path / "missing.txt", SEEDS / "rush-2013.txt"]
    one = await _ingest(tmp_path / "one.db", files)
    monkeypatch.setattr(ingest, "PARALLEL_FROM", 2)
    assert ingest._workers(len(files)) >= 2
    many = await _ingest(tmp_path / "many.db", files)
    assert [(r.path, r.film_id, r.title, r.year, r.counts, r.error) for r in many] == \
           [(r.path, r.film_id, r.title, r.year, r.counts, r.error) for r in one]
    assert [r.ok for r in many] == [True, False, True, False, True]
    a, b = _rows(tmp_path / "one.db"), _rows(tmp_path / "many.db")
    # the clock columns aside, every row is the same
    assert [r[:3] for r in a["films"]] == [r[:3] for r in b["films"]]
    assert a["sentences"] == b["sentences"] and a["crew"] == b["crew"] and a["cast_members"] == b["cast_members"]
