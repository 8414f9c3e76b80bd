"""Storage: migrations, atomic per-film ingest, replacement on re-ingest, and bad files rejected cleanly."""

from __future__ import annotations

import sqlite3

import pytest

from bot.database import Transaction, connect, latest_version
from bot.ingest import BadArticle, decode_article, ingest_paths
from tests.conftest import SEED


def counts(path) -> dict[str, int]:
    with sqlite3.connect(path) as c:
        tables = ["films", "sentences", "cast_members", "crew", "awards", "money", "reviews", "scores", "releases"]
        return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


async def test_new_database_is_migrated_with_wal_and_foreign_keys(db_path):
    conn = await connect(db_path)
    async with conn.execute("PRAGMA user_version") as cur:
        assert (await cur.fetchone())[0] == latest_version()
    async with conn.execute("PRAGMA journal_mode") as cur:
        assert (await cur.fetchone())[0] == "wal"
    async with conn.execute("PRAGMA foreign_keys") as cur:
        assert (await cur.fetchone())[0] == 1
    await conn.close()
    # Opening again applies nothing twice.
    conn = await connect(db_path)
    await conn.close()


async def test_reingesting_a_film_replaces_its_facts(db_path):
    conn = await connect(db_path)
    await ingest_paths(conn, [SEED])
    await conn.close()
    first = counts(db_path)
    conn = await connect(db_path)
    await ingest_paths(conn, [SEED, SEED])
    await conn.close()
    assert counts(db_path) == first
    assert first["films"] == 1 and first["sentences"] > 100


async def test_fts_finds_sentences(db_path):
    conn = await connect(db_path)
    await ingest_paths(conn, [SEED])
    async with conn.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Shanghai'") as cur:
        assert (await cur.fetchone())[0] >= 1
    await conn.close()


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Caf\u00e9 (film)\nA 2001 film.".encode("latin-1"), "UTF-8"),
        (b"Hello\nThis is a shopping list: eggs, milk and bread.\n", "not a film article"),
        (b"x" * (2 * 1024 * 1024 + 1), "2 MB"),
    ],
)
def test_bad_bytes_get_one_clear_reason(data, reason):
    with pytest.raises(BadArticle) as exc:
        from bot.ingest import prepare

        prepare(data)
    assert reason in str(exc.value)
    assert "\n" not in str(exc.value)


async def test_a_bad_file_is_rejected_and_the_others_still_ingest(db_path, tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes(SEED.read_bytes())
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02 binary junk")
    conn = await connect(db_path)
    results = await ingest_paths(conn, [bad, good])
    await conn.close()
    assert [r.ok for r in results] == [False, True]
    assert str(bad) == results[0].path and "binary" in results[0].error
    assert counts(db_path)["films"] == 1


async def test_a_failure_mid_ingest_leaves_the_database_unchanged(db_path, monkeypatch):
    conn = await connect(db_path)
    await ingest_paths(conn, [SEED])
    before = counts(db_path)

    import bot.store as store

    real = store.save_film

    async def failing(conn, article, facts, **kw):
        facts.items.append(object())  # not a fact: the film's rows cannot be built, and nothing is written
        return await real(conn, article, facts, **kw)

    monkeypatch.setattr("bot.ingest.save_film", failing)
    with pytest.raises(AttributeError):
        await ingest_paths(conn, [SEED])
    await conn.close()
    assert counts(db_path) == before


async def test_transaction_rolls_back(db_path):
    conn = await connect(db_path)
    with pytest.raises(RuntimeError):
        async with Transaction(conn):
            await conn.execute("INSERT INTO films (key, title, page_title) VALUES ('k', 't', 't')")
            raise RuntimeError("boom")
    async with conn.execute("SELECT count(*) FROM films") as cur:
        assert (await cur.fetchone())[0] == 0
    await conn.close()


async def test_a_write_failing_on_the_database_thread_rolls_the_whole_film_back(db_path, monkeypatch):
    """A film's writes run as one function on the database thread (``database.transact``): one that fails
    after the earlier copy was deleted and every row inserted leaves the earlier copy, reported in one line."""
    conn = await connect(db_path)
    await ingest_paths(conn, [SEED])
    before = counts(db_path)

    import bot.store as store

    real = store.write_rows

    def failing(db, rows):
        real(db, rows)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "write_rows", failing)
    [result] = await ingest_paths(conn, [SEED])
    assert not result.ok and "\n" not in result.error
    async with conn.execute("SELECT 1") as cur:  # the connection is usable, no transaction left open
        assert (await cur.fetchone())[0] == 1
    assert not conn.in_transaction
    await conn.close()
    assert counts(db_path) == before


async def test_one_round_trip_transactions_wait_for_another_coroutines_transaction(db_path):
    """``transact`` takes the connection's write lock: it never lands inside a ``Transaction`` that
    another coroutine holds open between its statements, and that one's rollback does not take it along."""
    import asyncio

    from bot.database import transact

    conn = await connect(db_path)
    opened = asyncio.Event()

    async def other() -> None:
        with pytest.raises(RuntimeError):
            async with Transaction(conn):
                await conn.execute("INSERT INTO films (key, title, page_title) VALUES ('a', 'A', 'A')")
                opened.set()
                await asyncio.sleep(0.05)
                raise RuntimeError("boom")

    def insert(db) -> int:
        return db.execute("INSERT INTO films (key, title, page_title) VALUES ('b', 'B', 'B')").lastrowid

    task = asyncio.create_task(other())
    await opened.wait()
    await transact(conn, insert)
    await task
    async with conn.execute("SELECT key FROM films") as cur:
        assert [r[0] for r in await cur.fetchall()] == ["b"]
    await conn.close()


async def test_a_long_film_written_a_chunk_a_trip_is_the_same_as_in_one_trip(tmp_path, monkeypatch):
    """A film past ``store.ONE_TRIP_SENTENCES`` is written in several trips to the database thread (the
    connection's other queries get in between): every row, ids and full-text index included, is the same."""
    import bot.store as store

    def tables(path) -> dict[str, list]:
        with sqlite3.connect(path) as c:
            names = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            return {t: sorted(map(repr, c.execute(f'SELECT * FROM "{t}"'))) for t in names if t != "films"} | {
                "films": c.execute("SELECT id, key, title, page_title, year, source_file, sha256, n_chars FROM films").fetchall()}

    out = {}
    monkeypatch.setattr(store, "_SENTENCE_ROWS", 40)  # several chunks of the seed's sentences, both ways
    for one_trip in (10**6, 0):
        monkeypatch.setattr(store, "ONE_TRIP_SENTENCES", one_trip)
        path = tmp_path / f"{one_trip}.db"
        conn = await connect(path)
        await ingest_paths(conn, [SEED, SEED])  # the second replaces the first
        await conn.close()
        out[one_trip] = tables(path)
    assert len(out[0]["sentences"]) > 2 * 40
    assert out[0] == out[10**6]


def test_decode_accepts_utf8_with_bom():
    assert decode_article("\ufeffHer (film)\nHer is a film.".encode()).startswith("Her")


async def test_unusable_database_path_is_one_line(tmp_path):
    from bot.database import DatabaseError

    not_db = tmp_path / "junk.db"
    not_db.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError) as exc:
        await connect(not_db)
    assert "\n" not in str(exc.value)
