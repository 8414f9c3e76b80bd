"""PostgreSQL's schema and how it gets there: migrations numbered like SQLite's, the same tables and
columns on both backends, one transaction under an advisory lock (processes starting together do
not race, a failed migration leaves nothing), and one line for a server that is unusable.

Run against the session's throwaway server (tests/pgserver.py); skipped with one reason without
PostgreSQL's binaries, except the first test, which needs no server."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest

from bot import database, postgres
from bot.database import DatabaseError, DatabaseUnreachable


def test_migrations_are_numbered_like_the_sqlite_ones():
    """Migration N makes the same change on both backends: a new SQLite migration needs its
    PostgreSQL twin (bot/migrations/postgres/), with the same number and name."""
    sqlite = [(n, name) for n, name, _ in database.migrations()]
    pg = [(n, name) for n, name, _ in postgres.migrations()]
    assert pg == sqlite
    assert [n for n, _ in pg] == list(range(1, len(pg) + 1))


async def sqlite_columns(tmp_path) -> dict[str, list[str]]:
    conn = await database.connect(tmp_path / "schema.db")
    try:
        async with conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'") as cur:
            tables = {name: sql for name, sql in await cur.fetchall()}
        # FTS5 (/ask's BM25) is each process's local index: its virtual table and shadow tables are SQLite's own.
        fts = [t for t, sql in tables.items() if sql.upper().startswith("CREATE VIRTUAL TABLE")]
        out = {}
        for table in tables:
            if table.startswith("sqlite_") or any(table == v or table.startswith(f"{v}_") for v in fts):
                continue
            async with conn.execute(f"PRAGMA table_info({table})") as cur:
                out[table] = sorted(row[1] for row in await cur.fetchall())
        return out
    finally:
        await conn.close()


async def postgres_columns(url: str) -> dict[str, list[str]]:
    conn = await asyncpg.connect(url)
    try:
        rows = await conn.fetch("SELECT table_name, column_name FROM information_schema.columns "
                                "WHERE table_schema = 'public' AND table_name <> $1", postgres.SCHEMA_TABLE)
    finally:
        await conn.close()
    out: dict[str, list[str]] = {}
    for table, column in rows:
        out.setdefault(table, []).append(column)
    return {t: sorted(c) for t, c in out.items()}


async def test_both_backends_have_the_same_tables_and_columns(pg_database, tmp_path):
    pool = await postgres.open_pool(pg_database)
    await pool.close()
    sqlite, pg = await sqlite_columns(tmp_path), await postgres_columns(pg_database)
    assert "trivia_games" in pg and "films" in pg
    assert set(pg) == set(sqlite), "tables only on one backend"
    for table in sqlite:
        assert pg[table] == sqlite[table], table


async def test_every_sentence_reference_is_indexed_on_both_backends(pg_database, tmp_path):
    """A film's deletion cascades to its facts through sentence_id: unindexed, both backends scanned
    every fact table once per deleted sentence (a 2 MB article's replacement never finished)."""
    pool = await postgres.open_pool(pg_database)
    try:
        rows = await pool.fetch(
            "SELECT c.table_name, EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = i.indkey[0] WHERE i.indrelid = c.table_name::regclass AND a.attname = 'sentence_id') "
            "FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.column_name = 'sentence_id'")
    finally:
        await pool.close()
    assert len(rows) >= 10 and all(indexed for _, indexed in rows), [t for t, ok in rows if not ok]
    conn = await database.connect(tmp_path / "indexes.db")
    try:
        async with conn.execute("SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS "
                                "(SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'sentence_id')") as cur:
            tables = [r[0] for r in await cur.fetchall()]
        for table in tables:
            async with conn.execute(f"SELECT name FROM pragma_index_list('{table}')") as cur:
                firsts = [await (await conn.execute(f"SELECT name FROM pragma_index_info('{i[0]}') WHERE seqno = 0")).fetchone()
                          for i in await cur.fetchall()]
            assert ("sentence_id",) in [tuple(f) for f in firsts if f], table
    finally:
        await conn.close()
    assert sorted(t for t, _ in rows) == sorted(tables)


async def test_processes_starting_together_migrate_once(pg_database):
    """Six processes start at the same moment on an empty database: all come up, each migration is
    applied once (without the advisory lock they race to CREATE the same tables and some fail)."""
    pools = await asyncio.gather(*(postgres.open_pool(pg_database, min_size=1, max_size=1) for _ in range(6)))
    try:
        applied = await pools[0].fetch(f"SELECT version FROM {postgres.SCHEMA_TABLE} ORDER BY version")
        assert [r[0] for r in applied] == [n for n, _, _ in postgres.migrations()]
        for pool in pools:
            assert await pool.fetchval("SELECT COUNT(*) FROM trivia_games") == 0
    finally:
        await asyncio.gather(*(p.close() for p in pools))
    again = await postgres.open_pool(pg_database)  # a restart finds nothing to do
    await again.close()


async def test_a_failed_migration_applies_nothing(pg_database):
    conn = await asyncpg.connect(pg_database)
    try:
        steps = [(1, "first", "CREATE TABLE first_table (x INTEGER)"), (2, "broken", "CREATE TABLE broken (")]
        with pytest.raises(DatabaseError, match="migration 0002_broken failed: .*nothing was applied"):
            await postgres.migrate(conn, steps)
        tables = await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        assert tables == []  # not first_table, not even the bookkeeping table
        assert await postgres.migrate(conn, steps[:1]) == 1
    finally:
        await conn.close()


async def test_a_database_from_a_newer_filmbot_is_refused(pg_database):
    pool = await postgres.open_pool(pg_database)
    await pool.execute(f"INSERT INTO {postgres.SCHEMA_TABLE} (version, name) VALUES (99, 'future')")
    await pool.close()
    with pytest.raises(DatabaseError) as caught:
        await postgres.open_pool(pg_database)
    assert "schema version 99 is newer than this FilmBot" in str(caught.value)
    assert not isinstance(caught.value, DatabaseUnreachable)  # retrying would not help


async def test_an_unreachable_server_is_one_line_without_the_password():
    with pytest.raises(DatabaseUnreachable) as caught:
        await postgres.open_pool("postgresql://bot:hunter2@127.0.0.1:9/filmbot")
    message = str(caught.value)
    assert message.startswith("cannot reach PostgreSQL at postgresql://bot@127.0.0.1:9/filmbot (")
    assert "hunter2" not in message and "\n" not in message


async def test_a_missing_database_is_one_line(pg_server):
    with pytest.raises(DatabaseError) as caught:
        await postgres.open_pool(pg_server.url("no_such_database"))
    assert "no such database" in str(caught.value) and not isinstance(caught.value, DatabaseUnreachable)
