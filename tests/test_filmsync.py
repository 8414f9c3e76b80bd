"""Films shared through PostgreSQL, read from each process's own SQLite copy (bot/filmsync.py).

Each test runs two "processes" in one event loop: two film libraries on two SQLite files, each with
its own pool and listening connection, on one PostgreSQL database. What a user would notice: a film
added or removed in one is found (title, facts, /ask's full-text search) or gone in the other; a
process that was away catches up; processes starting together publish their films once."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from urllib.parse import urlsplit

import asyncpg
import pytest

from bot import queries
from bot.filmsync import SharedFilms
from bot.library import Library, StorageError
from bot.postgres import open_pool
from tests.conftest import ROOT, article_path

WAIT = 20  # seconds before a change that should arrive is declared lost (it takes milliseconds)


class Process:
    """One bot process's film side: its file, its pool, its listener."""

    def __init__(self, lib: Library, pool: asyncpg.Pool, films: SharedFilms) -> None:
        self.lib, self.pool, self.films = lib, pool, films

    @classmethod
    async def start(cls, db_path, url: str) -> Process:
        lib = await Library.open(db_path)
        pool = await open_pool(url)
        films = SharedFilms(pool, url, lib)
        await films.start()
        lib.shared = films
        return cls(lib, pool, films)

    async def stop(self) -> None:
        await self.films.close()
        await self.pool.close()
        await self.lib.close()

    def has(self, title: str) -> bool:
        return self.lib.resolve(title).found

    async def wait_until(self, predicate) -> None:
        await self.films.wait_for(predicate, WAIT)


@pytest.fixture
async def two(seeded_copy, tmp_path, pg_migrated):
    """Process A starts on the seeded file (PostgreSQL is empty: it publishes its films), then
    process B on an empty file (it copies them)."""
    a = await Process.start(seeded_copy, pg_migrated)
    b = await Process.start(tmp_path / "b.db", pg_migrated)
    yield a, b
    for p in (b, a):
        await p.stop()


def ids_and_keys(lib: Library) -> list[tuple[int, str]]:
    return sorted((f.id, f.title) for f in lib.films)


async def test_a_new_process_gets_the_films_with_the_same_ids(two):
    a, b = two
    assert len(a.lib.films) == 8 and ids_and_keys(a.lib) == ids_and_keys(b.lib)
    her_a, her_b = a.lib.resolve("her").film, b.lib.resolve("her").film
    assert await queries.export_film(b.lib.conn, her_b) == await queries.export_film(a.lib.conn, her_a)


async def test_the_first_publish_keeps_the_file_as_it_is(seeded_copy, pg_migrated):
    """An empty PostgreSQL takes the first file's rows with their ids (by COPY), so nothing has to
    come back to the file; a film added afterwards draws an id after them."""
    from bot.filmsync import FILM_TABLES

    before = await Library.open(seeded_copy)
    # Ids with a gap, as a file that has lost a film has: a publish with new ids would renumber them.
    assert await before.remove(min(f.id for f in before.films)) is True
    async with before.conn.execute("SELECT id, key, sha256 FROM films ORDER BY id") as cur:
        films_before = [tuple(r) for r in await cur.fetchall()]
    async with before.conn.execute("SELECT id FROM sentences ORDER BY id") as cur:
        sentences_before = [r[0] for r in await cur.fetchall()]
    await before.close()
    a = await Process.start(seeded_copy, pg_migrated)
    try:
        async with a.lib.conn.execute("SELECT id, key, sha256 FROM films ORDER BY id") as cur:
            assert [tuple(r) for r in await cur.fetchall()] == films_before
        shared = [tuple(r) for r in await a.pool.fetch("SELECT id, key, sha256 FROM films ORDER BY id")]
        assert shared == films_before
        assert [r[0] for r in await a.pool.fetch("SELECT id FROM sentences ORDER BY id")] == sentences_before
        for table in FILM_TABLES:
            async with a.lib.conn.execute(f"SELECT COUNT(*) FROM {table}") as cur:
                assert (await cur.fetchone())[0] == await a.pool.fetchval(f"SELECT COUNT(*) FROM {table}"), table
        added = await a.lib.add_article(article_path("barry-lyndon-1975").read_bytes(), "barry-lyndon-1975.txt")
        assert added.ok and added.film_id > max(f[0] for f in films_before)
    finally:
        await a.stop()


async def test_a_film_added_in_one_process_is_answered_in_the_other(two):
    a, b = two
    result = await a.lib.add_article(article_path("barry-lyndon-1975").read_bytes(), "barry-lyndon-1975.txt")
    assert result.ok, result.error
    assert a.has("barry lyndon")
    await b.wait_until(lambda: b.has("barry lyndon"))
    film_a, film_b = a.lib.resolve("barry lyndon").film, b.lib.resolve("barry lyndon").film
    assert film_a.id == film_b.id == result.film_id  # the same id everywhere: PostgreSQL's
    assert await queries.export_film(b.lib.conn, film_b) == await queries.export_film(a.lib.conn, film_a)
    # /ask's BM25 runs on B's own FTS5 index, which has the new film's sentences.
    async with b.lib.conn.execute(
        "SELECT COUNT(*) FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
        "WHERE sentences_fts MATCH 'lyndon' AND s.film_id = ?", (film_b.id,)) as cur:
        assert (await cur.fetchone())[0] > 0


async def test_re_adding_a_film_replaces_it_everywhere(two):
    a, b = two
    first = await a.lib.add_article(article_path("barry-lyndon-1975").read_bytes(), "barry-lyndon-1975.txt")
    await b.wait_until(lambda: b.has("barry lyndon"))
    again = await b.lib.add_article(article_path("barry-lyndon-1975").read_bytes(), "again.txt")
    assert again.ok and again.film_id != first.film_id
    await a.wait_until(lambda: a.lib.film(again.film_id) is not None)
    assert a.lib.film(first.film_id) is None and b.lib.film(first.film_id) is None
    assert [f.title for f in a.lib.films].count("Barry Lyndon") == 1


async def test_a_film_removed_in_one_process_is_gone_from_the_other(two):
    a, b = two
    her = a.lib.resolve("her").film
    assert await b.lib.remove(her.id) is True
    assert not b.has("her")
    await a.wait_until(lambda: a.lib.film(her.id) is None)
    async with a.lib.conn.execute("SELECT COUNT(*) FROM sentences WHERE film_id = ?", (her.id,)) as cur:
        assert (await cur.fetchone())[0] == 0


async def test_a_process_that_was_away_catches_up_when_it_starts(seeded_copy, tmp_path, pg_migrated):
    a = await Process.start(seeded_copy, pg_migrated)
    b = await Process.start(tmp_path / "b.db", pg_migrated)
    await b.stop()  # B is down while A adds one film and removes another
    try:
        await a.lib.add_article(article_path("barry-lyndon-1975").read_bytes(), "barry-lyndon-1975.txt")
        await a.lib.remove(a.lib.resolve("rocky").film.id)
        b = await Process.start(tmp_path / "b.db", pg_migrated)
        assert b.has("barry lyndon") and not b.lib.resolve("rocky").found
        assert ids_and_keys(a.lib) == ids_and_keys(b.lib)
    finally:
        await b.stop()
        await a.stop()


async def test_a_lost_listening_connection_comes_back_and_catches_up(two, pg_migrated):
    a, b = two
    admin = await asyncpg.connect(pg_migrated)
    try:  # B's LISTEN connection is cut (a PostgreSQL restart, a network blip)
        await admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()")
    finally:
        await admin.close()
    await a.lib.add_article(article_path("barry-lyndon-1975").read_bytes(), "barry-lyndon-1975.txt")
    await b.wait_until(lambda: b.has("barry lyndon"))  # by the notification, or the reconcile after reconnecting


async def test_processes_starting_together_publish_their_films_once(seeded_db, tmp_path, pg_migrated):
    paths = [tmp_path / f"p{i}.db" for i in range(3)]
    for p in paths:
        shutil.copy(seeded_db, p)
    procs = await asyncio.gather(*(Process.start(p, pg_migrated) for p in paths))
    try:
        conn = await asyncpg.connect(pg_migrated)
        try:
            assert await conn.fetchval("SELECT COUNT(*) FROM films") == 8
        finally:
            await conn.close()
        assert ids_and_keys(procs[0].lib) == ids_and_keys(procs[1].lib) == ids_and_keys(procs[2].lib)
    finally:
        for p in procs:
            await p.stop()


async def test_when_postgresql_refuses_nothing_is_added_and_removing_says_why(two, pg_migrated, pg_server):
    a, b = two
    database = urlsplit(pg_migrated).path.lstrip("/")
    admin = await asyncpg.connect(pg_server.url("postgres"))
    await admin.execute(f"ALTER DATABASE {database} ALLOW_CONNECTIONS false")
    await admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", database)
    try:
        result = await a.lib.add_article(article_path("barry-lyndon-1975").read_bytes(), "barry-lyndon-1975.txt")
        assert not result.ok and "cannot be reached" in result.error
        assert not a.has("barry lyndon")  # not shared, so not kept: no film only one process knows
        with pytest.raises(StorageError, match="cannot be reached"):
            await a.lib.remove(a.lib.resolve("her").film.id)
        assert a.has("her")
    finally:
        await admin.execute(f"ALTER DATABASE {database} ALLOW_CONNECTIONS true")
        await admin.close()


async def test_the_command_line_ingest_publishes_to_every_process(two, tmp_path, pg_migrated):
    a, b = two
    env = {**os.environ, "FILMBOT_DATABASE_URL": pg_migrated, "FILMBOT_DB": str(tmp_path / "cli.db")}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "ingest", str(article_path("barry-lyndon-1975")), cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    assert proc.returncode == 0, err.decode()
    assert "published 1 film(s) to PostgreSQL" in out.decode()
    await a.wait_until(lambda: a.has("barry lyndon"))
    await b.wait_until(lambda: b.has("barry lyndon"))
    assert a.lib.resolve("barry lyndon").film.id == b.lib.resolve("barry lyndon").film.id


async def _id_tables(lib: Library, pool: asyncpg.Pool, film_id: int) -> tuple[dict, dict]:
    """Every id of one film's rows, per table, in the file and in PostgreSQL."""
    from bot.filmsync import FILM_TABLES

    here, there = {}, {}
    for table in FILM_TABLES:
        cols = [r[1] for r in await (await lib.conn.execute(f"PRAGMA table_info({table})")).fetchall()]
        if "id" not in cols:
            continue
        key = "id" if table == "films" else "film_id"
        async with lib.conn.execute(f"SELECT id FROM {table} WHERE {key} = ? ORDER BY id", (film_id,)) as cur:
            here[table] = [r[0] for r in await cur.fetchall()]
        there[table] = [r[0] for r in await pool.fetch(f"SELECT id FROM {table} WHERE {key} = $1 ORDER BY id", film_id)]
    return here, there


async def test_an_added_film_keeps_the_files_ids_and_no_index_is_rebuilt(two, monkeypatch):
    """One process adding a film: PostgreSQL takes the file's rows with their ids (nothing comes back
    to the file), the adding process updates its title index with the one film, and the other
    process adds it to its index too: no full rebuild anywhere (seconds each at 40,000 films)."""
    a, b = two
    full = []
    original = Library.refresh

    async def counting(self, *, additions=False, added=(), **kw):
        if not additions:
            full.append(self)
        return await original(self, additions=additions, added=added, **kw)

    monkeypatch.setattr(Library, "refresh", counting)
    local_next = max(f.id for f in a.lib.films) + 1
    result = await a.lib.add_article(article_path("barry-lyndon-1975").read_bytes(), "barry-lyndon-1975.txt")
    assert result.ok and result.film_id == local_next
    await b.wait_until(lambda: b.has("barry lyndon"))
    here, there = await _id_tables(a.lib, a.pool, result.film_id)
    assert here == there and here["sentences"]
    assert (await _id_tables(b.lib, b.pool, result.film_id))[0] == here
    await asyncio.sleep(0.3)  # A's own notification, applied meanwhile, changes nothing
    assert full == []


async def test_two_processes_adding_at_once_both_get_their_film_with_one_id_each(two):
    """Both files draw the same next id; the first to publish keeps it, the second gets new ids
    from PostgreSQL and takes its copy back; both processes end with the same films and ids."""
    a, b = two
    first, second = await asyncio.gather(
        a.lib.add_article(article_path("barry-lyndon-1975").read_bytes(), "barry-lyndon-1975.txt"),
        b.lib.add_article(article_path("caged-1950").read_bytes(), "caged-1950.txt"))
    assert first.ok and second.ok and first.film_id != second.film_id
    for p in (a, b):
        await p.wait_until(lambda p=p: p.has("barry lyndon") and p.has("caged"))
    assert ids_and_keys(a.lib) == ids_and_keys(b.lib)
    for film_id in (first.film_id, second.film_id):
        here_a, there = await _id_tables(a.lib, a.pool, film_id)
        here_b, _ = await _id_tables(b.lib, b.pool, film_id)
        assert here_a == there == here_b and there["sentences"]
