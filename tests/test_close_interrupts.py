"""A shutdown is never held up by a long statement on the library's connection.

The bot answered SIGINT by closing the library, whose close queued behind a film deletion that ran
for minutes; the connection's thread kept the process alive until the harness killed it. Now a
statement still running after the grace period is interrupted (and its transaction rolled back).
"""

from __future__ import annotations

import asyncio
import sqlite3
import time

import pytest

from bot.library import Library

ENDLESS = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 4000000000) "
           "SELECT count(*) FROM c")


async def test_closing_the_library_interrupts_a_statement_that_will_not_end(tmp_path, monkeypatch):
    monkeypatch.setattr("bot.database.CLOSE_GRACE", 0.3)
    lib = await Library.open(tmp_path / "films.db")
    await lib.conn.execute("INSERT INTO films (key, title, page_title) VALUES ('ora pell', 'Ora Pell', 'Ora Pell')")
    endless = asyncio.ensure_future(lib.conn.execute(ENDLESS))
    await asyncio.sleep(0.2)
    started = time.monotonic()
    await asyncio.wait_for(lib.close(), timeout=15)
    assert time.monotonic() - started < 10
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        await endless
    # What was committed before stays.
    with sqlite3.connect(tmp_path / "films.db") as c:
        assert c.execute("SELECT title FROM films").fetchall() == [("Ora Pell",)]


async def test_a_close_with_nothing_running_interrupts_nothing(tmp_path):
    lib = await Library.open(tmp_path / "films.db")
    cur = await lib.conn.execute("SELECT count(*) FROM films")
    assert (await cur.fetchone())[0] == 0
    from bot import database

    conn = await database.connect(tmp_path / "films.db")
    assert await database.close(conn) is False
    await lib.close()
