"""A bulk ingest parsed in worker processes writes what a one-by-one ingest writes, in file order,
and a worker that dies costs no film."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from bot import ingest
from bot.database import connect

needs_workers = pytest.mark.skipif(ingest._workers(10**6) == 0,
                                   reason="no fork or a single core: bulk ingests run in one process here")


def _articles(folder: Path) -> list[Path]:
    """Three small invented film articles, an empty file and a missing one."""
    texts = {
        "a.txt": "Bede Marrow\nBede Marrow is a 2001 drama film directed by Ora Pell and starring Ivo Brandt.\n",
        "b.txt": "",
        "c.txt": "Quiet Harbour\nQuiet Harbour is a 1998 film written and directed by Ivo Brandt. It stars Ora Pell "
                 "as Mina Dove.\n\nPlot\nMina Dove returns to the harbour.\n",
        "e.txt": "Low Tide (film)\nLow Tide is a 2010 comedy film produced by Bede Marrow.\n",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / "a.txt", folder / "b.txt", folder / "c.txt", folder / "d.txt", folder / "e.txt"]


def _rows(path: Path) -> dict[str, list]:
    with sqlite3.connect(path) as c:
        return {t: c.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ("sentences", "crew", "cast_members")}


async def _ingest(path: Path, files: list[Path]) -> list:
    conn = await connect(path)
    try:
        return await ingest.ingest_paths(conn, files)
    finally:
        await conn.close()


def _summary(results) -> list[tuple]:
    return [(r.path, r.film_id, r.title, r.year, r.counts, r.error) for r in results]


@needs_workers
async def test_parallel_ingest_matches_sequential(tmp_path, monkeypatch):
    files = _articles(tmp_path)
    one = await _ingest(tmp_path / "one.db", files)
    monkeypatch.setattr(ingest, "PARALLEL_FROM", 2)
    assert ingest._workers(len(files)) >= 2
    many = await _ingest(tmp_path / "many.db", files)
    assert _summary(many) == _summary(one)
    assert [r.ok for r in many] == [True, False, True, False, True]
    assert _rows(tmp_path / "one.db") == _rows(tmp_path / "many.db")


_PARENT = os.getpid()


def _dying_prepare(path: Path):
    """A worker that dies on one file (as one killed or out of memory would); this process reads it."""
    if os.getpid() != _PARENT and path.name == "c.txt":
        os._exit(1)
    return _real_prepare(path)


_real_prepare = ingest._prepare_file


@needs_workers
async def test_a_dead_worker_costs_no_film(tmp_path, monkeypatch):
    files = _articles(tmp_path)
    one = await _ingest(tmp_path / "one.db", files)
    monkeypatch.setattr(ingest, "PARALLEL_FROM", 2)
    monkeypatch.setattr(ingest, "_prepare_file", _dying_prepare)
    assert _summary(await _ingest(tmp_path / "d.db", files)) == _summary(one)
