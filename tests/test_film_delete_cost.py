"""Removing or replacing a film costs its own rows, not the whole library's.

Every fact row references its sentence with ``ON DELETE CASCADE``; without an index on
``sentence_id`` each deleted sentence made SQLite scan every fact table, so a film's deletion cost
(its sentences) x (every film's facts): 105 s for one film of 507 sentences at 40,000 films, and a
2 MB article replaced under PostgreSQL (whose copy comes back through a delete) never finished,
holding the bot's connection until it was killed. Counted in SQLite VM steps (a progress handler),
not timed: the same delete with ten times the other films' facts must cost about the same.
"""

from __future__ import annotations

import sqlite3

from bot.database import connect

SENTENCES = 60


async def _library(path, other_facts: int) -> None:
    """One film of SENTENCES sentences with a fact each, beside *other_facts* facts of other films."""
    conn = await connect(path)
    try:
        await conn.execute("BEGIN")
        await conn.execute("INSERT INTO films (id, key, title, page_title) VALUES (1, 'ora pell', 'Ora Pell', 'Ora Pell')")
        await conn.execute("INSERT INTO films (id, key, title, page_title) VALUES (2, 'bede marrow', 'Bede Marrow', 'Bede Marrow')")
        await conn.executemany("INSERT INTO sentences (id, film_id, idx, section, para, ref, text) VALUES (?, 1, ?, 0, 0, '', 'A line.')",
                               [(i, i) for i in range(1, SENTENCES + 1)])
        await conn.execute("INSERT INTO sentences (id, film_id, idx, section, para, ref, text) VALUES (100000, 2, 0, 0, 0, '', 'B.')")
        await conn.executemany("INSERT INTO identity (film_id, sentence_id, key, value) VALUES (1, ?, 'k', 'v')",
                               [(i,) for i in range(1, SENTENCES + 1)])
        for table, cols in (("identity", "key, value"), ("crew", "role, name")):
            await conn.executemany(f"INSERT INTO {table} (film_id, sentence_id, {cols}) VALUES (2, 100000, 'x', 'y')",
                                   [()] * other_facts)
        await conn.execute("COMMIT")
    finally:
        await conn.close()


def _delete_steps(path) -> int:
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    with sqlite3.connect(path) as c:
        c.execute("PRAGMA foreign_keys = ON")
        c.set_progress_handler(count, 100)
        c.execute("DELETE FROM films WHERE id = 1")
        c.set_progress_handler(None, 0)
        assert c.execute("SELECT count(*) FROM identity WHERE film_id = 1").fetchone()[0] == 0
    return steps


async def test_deleting_a_film_does_not_scan_the_other_films_facts(tmp_path):
    small, big = tmp_path / "small.db", tmp_path / "big.db"
    await _library(small, 1_000)
    await _library(big, 10_000)
    few, many = _delete_steps(small), _delete_steps(big)
    # Scanning per sentence, the second is ~10x the first (9,000 more rows x 60 sentences x 2 tables).
    assert many < few * 1.5 + 50, (few, many)
