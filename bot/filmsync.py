"""Films shared, reads local: PostgreSQL holds the films, each process answers from its own copy.

Why both: the films must be the same in every process (a film added with ``/filmadmin add`` in one
server must be answerable in a server another process runs), so when ``FILMBOT_DATABASE_URL`` is
set, PostgreSQL is the source of truth for films and their facts. But every command reads films:
titles on each keystroke of autocomplete, facts for each card, FTS5's BM25 for ``/ask``. Those reads
stay in the process, on its SQLite file, which is kept a copy of PostgreSQL's films:

* **Writes** go to the local file as before (the same ingest code), and are then *published*: the
  film's rows are copied to PostgreSQL in one transaction (replacing a film with the same key), and
  a ``NOTIFY filmbot_films`` names the film. The rows keep the file's ids when they are past every
  id PostgreSQL has issued (the usual case: one process adding a film); otherwise PostgreSQL
  assigns new ones and the writer takes its copy back. Either way the film has the same ids
  everywhere. Removing a film deletes it in
  PostgreSQL (the notification tells the others) and then locally.
* **Every process** ``LISTEN``\\s on a connection of its own and applies what it is told: a new or
  replaced film is copied from PostgreSQL into the local file (its FTS5 rows come with the
  sentences, by the file's triggers), a removed one is deleted; then the title index is rebuilt.
* **At start, and whenever the listening connection comes back** (notifications sent while it was
  away are lost), the whole local film list is reconciled with PostgreSQL's: films missing or
  different (by id, key and article hash) are copied, films PostgreSQL no longer has are removed.
  A first process on an empty PostgreSQL publishes its files' films instead (under an advisory
  lock, so processes starting together publish once): that is how a one-process bot moves to
  several. That first publish keeps the file's ids (PostgreSQL has none to clash with) and moves
  the rows with ``COPY``, so the file is already PostgreSQL's copy and nothing comes back (40,000
  films: under a minute, where new ids row by row and the library copied back took over 17).

The tables copied are ``films`` and everything keyed by ``film_id`` (:data:`FILM_TABLES`); their
columns are the SQLite file's, which the schema test holds equal to PostgreSQL's. A process's
writes and its applying of notifications are serialised by one lock, so a film being published
is never overwritten by a notification half-way.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import aiosqlite

from .database import Transaction
from .facts import FACT_TYPES

if TYPE_CHECKING:
    import asyncpg

    from .library import Library

log = logging.getLogger(__name__)

CHANNEL = "filmbot_films"
#: ``films`` first, then the tables keyed by film_id, parents before children (sentences before facts).
FILM_TABLES: tuple[str, ...] = ("films", "sections", "sentences", *dict.fromkeys(c.TABLE for c in FACT_TYPES),
                                "name_keys")
PUBLISH_LOCK = int.from_bytes(b"FBFILMS", "big")  # advisory lock: one process publishes a whole file at a time
BATCH = 200  # films copied per transaction when many must move (a new process, an import published)
FIRST_PUBLISH_CHUNK = 2000  # films read from the file per round of COPYs in a first publish (bounds memory)
RECONNECT_FIRST, RECONNECT_MAX = 1.0, 60.0


class FilmSyncError(Exception):
    """The shared film database could not take a change; str() is one sentence for the user."""


UNREACHABLE = "the shared film database cannot be reached right now, so nothing was changed; please try again"


class SharedFilms:
    """One process's link between its film library and PostgreSQL's films."""

    def __init__(self, pool: asyncpg.Pool, url: str, lib: Library, *, owns_pool: bool = False) -> None:
        self.pool = pool
        self.owns_pool = owns_pool  # closed with this object (the CLI opens one for itself)
        self.url = url
        self.lib = lib
        #: Held while this process writes films or applies PostgreSQL's changes to its file.
        self.lock = asyncio.Lock()
        #: Bumped after each batch of changes applied from PostgreSQL (tests and logs watch it).
        self.applied = 0
        self._changed = asyncio.Condition()
        self._queue: asyncio.Queue[dict] = asyncio.Queue()
        self._listener: asyncpg.Connection | None = None
        self._tasks: list[asyncio.Task] = []
        self._columns: dict[str, list[str]] = {}
        self._pg_types: dict[tuple[str, str], str] = {}
        self._closing = False

    # --- lifecycle -------------------------------------------------------------------------------------
    async def start(self) -> None:
        """Listen first (so nothing published meanwhile is missed), then reconcile the local file."""
        await self._load_columns()
        await self._listen()
        self._tasks.append(asyncio.create_task(self._consume(), name="filmsync-apply"))
        await self.reconcile(publish_if_empty=True)

    async def close(self) -> None:
        self._closing = True
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()
        if self._listener is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._listener.close(), 5)
            self._listener = None
        if self.owns_pool:
            await self.pool.close()

    @classmethod
    async def open(cls, url: str, lib: Library) -> SharedFilms:
        """For a command-line run: its own pool, listening, the file reconciled. One line on failure
        (a DatabaseError), never the password."""
        from .config import describe_database_url
        from .postgres import connect_error, open_pool

        pool = await open_pool(url, max_size=2)
        films = cls(pool, url, lib, owns_pool=True)
        try:
            await films.start()
        except Exception as exc:
            await films.close()
            raise connect_error(exc, describe_database_url(url)) from None
        return films

    async def _listen(self) -> None:
        import asyncpg

        conn = await asyncpg.connect(self.url, timeout=10)
        await conn.add_listener(CHANNEL, self._notified)
        conn.add_termination_listener(self._lost)
        self._listener = conn

    def _notified(self, _conn, _pid, _channel, payload: str) -> None:
        try:
            self._queue.put_nowait(json.loads(payload))
        except (ValueError, TypeError):
            log.warning("films: ignored a notification that is not JSON: %.80s", payload)

    def _lost(self, _conn) -> None:
        if not self._closing:
            log.warning("films: the PostgreSQL listening connection was lost; reconnecting")
            self._tasks.append(asyncio.create_task(self._reconnect(), name="filmsync-reconnect"))

    async def _reconnect(self) -> None:
        delay = RECONNECT_FIRST
        while not self._closing:
            try:
                await self._listen()
            except (OSError, asyncio.TimeoutError, Exception) as exc:  # noqa: BLE001 - any failure: try again later
                log.warning("films: cannot listen on PostgreSQL yet (%s); retrying in %.0f s", _line(exc), delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, RECONNECT_MAX)
                continue
            self._queue.put_nowait({"op": "reconcile"})  # what was sent while away is lost: compare everything
            return

    async def _consume(self) -> None:
        delay = RECONNECT_FIRST
        while True:
            first = await self._queue.get()
            batch = [first]
            while not self._queue.empty():
                batch.append(self._queue.get_nowait())
            try:
                await self._apply_notifications(batch)
                delay = RECONNECT_FIRST
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - keep listening; a reconcile repairs the copy
                log.warning("films: could not apply a change from PostgreSQL (%s); reconciling in %.0f s",
                            _line(exc), delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, RECONNECT_MAX)
                self._queue.put_nowait({"op": "reconcile"})

    async def _apply_notifications(self, batch: list[dict]) -> None:
        if any(n.get("op") == "reconcile" for n in batch):
            await self.reconcile()
            return
        upserts = [int(i) for n in batch if n.get("op") == "upsert" for i in n.get("ids", [])]
        removed = [int(i) for n in batch for i in n.get("gone", [])]
        replaced = 0
        async with self.lock:
            gone = await self._delete_local(removed) if removed else 0
            fresh = await self._missing_locally(upserts)
            if fresh:
                replaced = await self._pull(fresh)
        # What changed here decides the title index's update: nothing (this process's own
        # notification, the film already here), films added (read alone, ``Library.refresh``'s
        # additions), films removed (taken out of the index alone), or both or a replacement
        # (everything again). A full rebuild for each change cost the process seconds of a thread
        # holding the GIL, answering slower meanwhile.
        if replaced or (gone and fresh):
            await self._after_change()
        elif fresh:
            await self._after_change(added=fresh)
        elif gone:
            await self._after_change(removed=removed)
        else:
            await self._bump()

    async def _after_change(self, added: Sequence[int] = (), removed: Sequence[int] = ()) -> None:
        if added:
            await self.lib.refresh(additions=True, added=added)
        elif removed:
            await self.lib.refresh(removed=removed)
        else:
            await self.lib.refresh()
        await self._bump()

    async def _bump(self) -> None:
        async with self._changed:
            self.applied += 1
            self._changed.notify_all()

    async def wait_for(self, predicate: Callable[[], bool], timeout: float) -> None:
        """Wait until ``predicate()`` holds after some applied change (tests; raises TimeoutError)."""
        async def until() -> None:
            async with self._changed:
                await self._changed.wait_for(predicate)

        await asyncio.wait_for(until(), timeout)

    # --- writes from this process ----------------------------------------------------------------------
    async def publish(self, local_ids: Sequence[int]) -> dict[int, int]:
        """Copy these local films to PostgreSQL, then take PostgreSQL's copies back if it gave them
        other ids. Returns {local id: shared id}. Call under :attr:`lock`. Raises FilmSyncError."""
        import asyncpg

        if not local_ids:
            return {}
        try:
            mapping = await self._push(local_ids)
        except (*_lost_errors(), asyncpg.PostgresError) as exc:
            # Not shared, so not kept: the file must not hold films PostgreSQL lacks. A film this
            # replaced locally comes back from PostgreSQL at the next reconcile.
            log.warning("films: could not publish %d film(s): %s", len(local_ids), _line(exc))
            await self._delete_local(local_ids)
            self._queue.put_nowait({"op": "reconcile"})
            raise FilmSyncError(UNREACHABLE) from None
        moved = [shared for local, shared in mapping.items() if shared != local]
        if moved:  # PostgreSQL gave new ids: its copy replaces the local one (same key)
            await self._pull(moved)
        return mapping

    async def publish_unshared(self) -> int:
        """Publish the films of this file that PostgreSQL does not have (by id, key and article hash):
        what was written here without going through the library (an XML dump import). Call under
        :attr:`lock`, held since the file was last reconciled. Returns how many were published."""
        shared = {r[0]: (r[1], r[2]) for r in await self.pool.fetch("SELECT id, key, sha256 FROM films")}
        ids = sorted(i for i, v in (await self._local_films()).items() if shared.get(i) != v)
        for start in range(0, len(ids), BATCH):
            await self.publish(ids[start:start + BATCH])
        return len(ids)

    async def unpublish(self, film_id: int) -> bool:
        """Remove a film everywhere: in PostgreSQL (the others are told), then here. Under :attr:`lock`."""
        import asyncpg

        try:
            async with self.pool.acquire() as pg, pg.transaction():
                status = await pg.execute("DELETE FROM films WHERE id = $1", film_id)
                await _notify(pg, {"op": "delete", "gone": [film_id]})
        except (*_lost_errors(), asyncpg.PostgresError) as exc:
            log.warning("films: could not remove film %s: %s", film_id, _line(exc))
            raise FilmSyncError(UNREACHABLE) from None
        removed_here = await self._delete_local([film_id])
        return status != "DELETE 0" or removed_here > 0

    # --- reconciling ----------------------------------------------------------------------------------
    async def reconcile(self, *, publish_if_empty: bool = False) -> tuple[int, int]:
        """Make the local films PostgreSQL's; returns (copied, removed). With ``publish_if_empty``, an
        empty PostgreSQL gets this file's films first (once, whichever process comes first)."""
        async with self.lock:
            published = False
            if publish_if_empty and await self._local_films():
                async with self.pool.acquire() as pg, pg.transaction():
                    await pg.execute("SELECT pg_advisory_xact_lock($1)", PUBLISH_LOCK)
                    empty = not await pg.fetchval("SELECT EXISTS (SELECT 1 FROM films)")
                    if empty:
                        await self._publish_as_is(pg)
                        published = True
            shared = {r[0]: (r[1], r[2]) for r in await self.pool.fetch("SELECT id, key, sha256 FROM films")}
            local = await self._local_films()
            missing = sorted(i for i, v in shared.items() if local.get(i) != v)
            # Copy first (each batch replaces local films of the same id or key), then drop what is
            # left over: the file is never emptier than it has to be.
            for start in range(0, len(missing), BATCH):
                await self._pull(missing[start:start + BATCH])
            stale = [i for i, v in (await self._local_films()).items() if shared.get(i) != v]
            await self._delete_local(stale)
        if (stale or missing) and not published:
            log.info("films: local copy reconciled with PostgreSQL: %d copied, %d removed", len(missing), len(stale))
        await self._after_change()
        return len(missing), len(stale)

    # --- copying ---------------------------------------------------------------------------------------
    async def _publish_as_is(self, pg: Any) -> int:
        """This file's films into an empty PostgreSQL with their ids, inside the caller's transaction.

        PostgreSQL has no film rows, so no id of the file can clash, and keeping them makes the file
        PostgreSQL's copy as it stands: nothing is copied back (a publish with new ids must take the
        whole library back to learn them). The identity sequences are moved past the file's ids
        first (sequences are not transactional, so another process adding a film meanwhile draws an
        id after them); the rows go with ``COPY``, a few thousand films at a time to bound memory."""
        local = sorted(await self._local_films())
        log.info("films: PostgreSQL has no films yet; publishing this file's %d", len(local))
        for table in FILM_TABLES:
            if "id" not in self._columns[table]:
                continue
            async with self.lib.conn.execute(f"SELECT MAX(id) FROM {table}") as cur:
                top = (await cur.fetchone())[0]
            if top:
                await pg.execute("SELECT setval(s::regclass, GREATEST($2::bigint, nextval(s::regclass))) "
                                 "FROM pg_get_serial_sequence($1, 'id') AS s", table, top)
        for start in range(0, len(local), FIRST_PUBLISH_CHUNK):
            lo, hi = local[start], local[min(start + FIRST_PUBLISH_CHUNK, len(local)) - 1]
            for table in FILM_TABLES:
                cols = self._columns[table]
                key = "id" if table == "films" else "film_id"
                quoted = ", ".join(f'"{c}"' for c in cols)
                async with self.lib.conn.execute(f"SELECT {quoted} FROM {table} WHERE {key} BETWEEN ? AND ?",
                                                 (lo, hi)) as cur:
                    rows = self._rows_to_pg(table, cols, await cur.fetchall())
                if rows:
                    await pg.copy_records_to_table(table, records=rows, columns=cols)
        return len(local)

    async def _load_columns(self) -> None:
        for table in FILM_TABLES:
            async with self.lib.conn.execute(f"PRAGMA table_info({table})") as cur:
                self._columns[table] = [row[1] for row in await cur.fetchall()]
        rows = await self.pool.fetch(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name = ANY($1::text[])", list(FILM_TABLES))
        self._pg_types = {(r[0], r[1]): r[2] for r in rows}

    async def _local_films(self) -> dict[int, tuple[str, str]]:
        async with self.lib.conn.execute("SELECT id, key, sha256 FROM films") as cur:
            return {r[0]: (r[1], r[2]) for r in await cur.fetchall()}

    async def _missing_locally(self, ids: Iterable[int]) -> list[int]:
        ids = sorted(set(ids))
        if not ids:
            return []
        have: set[int] = set()
        for start in range(0, len(ids), 500):  # only these ids: reading every film's row took seconds at 40,000
            chunk = ids[start:start + 500]
            async with self.lib.conn.execute(f"SELECT id FROM films WHERE id IN ({', '.join('?' for _ in chunk)})",
                                             chunk) as cur:
                have.update(r[0] for r in await cur.fetchall())
        return [i for i in ids if i not in have]

    async def _local_rows(self, table: str, ids: Sequence[int]) -> list[tuple]:
        cols = ", ".join(f'"{c}"' for c in self._columns[table])
        key = "id" if table == "films" else "film_id"
        marks = ", ".join("?" for _ in ids)
        order = _order(table, self._columns[table], rowid=True)
        async with self.lib.conn.execute(f"SELECT {cols} FROM {table} WHERE {key} IN ({marks}){order}", list(ids)) as cur:
            return [tuple(r) for r in await cur.fetchall()]

    async def _push(self, local_ids: Sequence[int], *, pg: Any = None, notify: bool = True) -> dict[int, int]:
        """Local films → PostgreSQL with new ids, replacing films of the same key, in one transaction."""
        rows = {t: await self._local_rows(t, local_ids) for t in FILM_TABLES}
        if pg is None:
            async with self.pool.acquire() as conn, conn.transaction():
                return await self._push_rows(conn, rows, notify)
        return await self._push_rows(pg, rows, notify)

    async def _push_rows(self, pg: Any, rows: dict[str, list[tuple]], notify: bool) -> dict[int, int]:
        cols = self._columns
        fi = {c: i for i, c in enumerate(cols["films"])}
        films = rows["films"]
        if not films:
            return {}
        # Publishers take turns (rare: an added article, an import), so ids are checked and claimed
        # without another process drawing the same ones meanwhile.
        await pg.execute("SELECT pg_advisory_xact_lock($1)", PUBLISH_LOCK)
        gone = [r[0] for r in await pg.fetch("DELETE FROM films WHERE key = ANY($1::text[]) RETURNING id",
                                             [f[fi["key"]] for f in films])]
        if await _claim_ids(pg, {t: [r[cols[t].index("id")] for r in rows[t]] for t in FILM_TABLES if "id" in cols[t]}):
            # Every row's id is past anything PostgreSQL ever issued (one process adding films: the
            # file's next ids are PostgreSQL's): the rows go as they are, and the file already is
            # PostgreSQL's copy. Taking them back (delete, insert again, FTS5 both ways) held the
            # bot's connection for seconds for a 2 MB article.
            for table in FILM_TABLES:
                out = self._rows_to_pg(table, cols[table], rows[table])
                if out:
                    await pg.copy_records_to_table(table, records=out, columns=cols[table])
            film_map = {f[fi["id"]]: f[fi["id"]] for f in films}
            if notify:
                await _notify(pg, {"op": "upsert", "ids": list(film_map.values()), "gone": gone})
            return film_map
        film_ids = await _next_ids(pg, "films", len(films))
        film_map = {f[fi["id"]]: new for f, new in zip(films, film_ids, strict=True)}
        sentences = rows["sentences"]
        sentence_map = dict(zip((s[cols["sentences"].index("id")] for s in sentences),
                                await _next_ids(pg, "sentences", len(sentences)), strict=True))
        for table in FILM_TABLES:
            table_cols = cols[table]
            keep = [c for c in table_cols if not (c == "id" and table not in ("films", "sentences"))]
            out = []
            for row in rows[table]:
                values = dict(zip(table_cols, row, strict=True))
                if table == "films":
                    values["id"] = film_map[values["id"]]
                else:
                    values["film_id"] = film_map[values["film_id"]]
                if table == "sentences":
                    values["id"] = sentence_map[values["id"]]
                if "sentence_id" in values:
                    values["sentence_id"] = sentence_map[values["sentence_id"]]
                out.append(tuple(self._to_pg(table, c, values[c]) for c in keep))
            if out:
                await pg.copy_records_to_table(table, records=out, columns=keep)
        if notify:
            await _notify(pg, {"op": "upsert", "ids": list(film_map.values()), "gone": gone})
        return film_map

    async def _pull(self, ids: Sequence[int]) -> int:
        """PostgreSQL films → the local file with PostgreSQL's ids, replacing local films of the same
        id or key, in one local transaction. Returns how many local films were replaced."""
        if not ids:
            return 0
        rows: dict[str, list[tuple]] = {}
        async with self.pool.acquire() as pg:
            for table in FILM_TABLES:
                cols = ", ".join(f'"{c}"' for c in self._columns[table])
                key = "id" if table == "films" else "film_id"
                order = _order(table, self._columns[table], rowid=False)
                fetched = await pg.fetch(f"SELECT {cols} FROM {table} WHERE {key} = ANY($1::bigint[]){order}", list(ids))
                rows[table] = [tuple(_from_pg(v) for v in r) for r in fetched]
        keys = [r[self._columns["films"].index("key")] for r in rows["films"]]
        async with Transaction(self.lib.conn):
            replaced = await _delete_where(self.lib.conn, "id", list(ids))
            replaced += await _delete_where(self.lib.conn, "key", keys)
            for table in FILM_TABLES:
                if rows[table]:
                    await _insert_local(self.lib.conn, table, self._columns[table], rows[table])
        return replaced

    async def _delete_local(self, ids: Sequence[int]) -> int:
        if not ids:
            return 0
        async with Transaction(self.lib.conn):
            return await _delete_where(self.lib.conn, "id", list(ids))

    def _rows_to_pg(self, table: str, cols: list[str], rows: Iterable[Sequence]) -> list[tuple]:
        """Rows of the file as PostgreSQL takes them (only timestamp columns need converting)."""
        stamps = [i for i, c in enumerate(cols) if self._pg_types.get((table, c), "").startswith("timestamp")]
        if not stamps:
            return [tuple(r) for r in rows]
        out = []
        for r in rows:
            values = list(r)
            for i in stamps:
                values[i] = self._to_pg(table, cols[i], values[i])
            out.append(tuple(values))
        return out

    def _to_pg(self, table: str, column: str, value: Any) -> Any:
        if value is not None and self._pg_types.get((table, column), "").startswith("timestamp") and isinstance(value, str):
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return value


async def _claim_ids(pg: Any, ids: dict[str, list[int]]) -> bool:
    """If every table's ids are past the last its identity sequence issued, move each sequence
    to its highest (later draws come after them) and return True; else change nothing. Under
    PUBLISH_LOCK. An id PostgreSQL issued once is never reused, even for a film since removed."""
    for table, values in ids.items():
        if values:
            last = await pg.fetchval("SELECT pg_sequence_last_value(pg_get_serial_sequence($1, 'id')::regclass)", table)
            if last is not None and min(values) <= last:
                return False
    for table, values in ids.items():
        if values:
            await pg.execute("SELECT setval(pg_get_serial_sequence($1, 'id'), $2::bigint)", table, max(values))
    return True


async def _next_ids(pg: Any, table: str, n: int) -> list[int]:
    """n ids from the table's identity sequence, so that child rows can point at them before insert."""
    if n == 0:
        return []
    rows = await pg.fetch(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, $1)", n)
    return [r[0] for r in rows]


async def _notify(pg: Any, message: dict) -> None:
    """Sent when the transaction commits (PostgreSQL holds NOTIFY until then)."""
    await pg.execute("SELECT pg_notify($1, $2)", CHANNEL, json.dumps(message, separators=(",", ":")))


#: Variables per multi-row INSERT into the local file (SQLite's oldest limit is 999).
_SQLITE_VARIABLES = 999


async def _insert_local(conn: aiosqlite.Connection, table: str, columns: list[str], rows: list[tuple]) -> None:
    """Rows into the local file. Sentences go many rows to a statement: their FTS5 index is filled
    by a trigger and flushed at every statement, so one statement a row (``executemany``) left a
    segment a sentence to merge (see ``store.write_rows``)."""
    quoted = ", ".join(f'"{c}"' for c in columns)
    one = "(" + ", ".join("?" for _ in columns) + ")"
    if table != "sentences":
        await conn.executemany(f"INSERT INTO {table} ({quoted}) VALUES {one}", rows)
        return
    per = max(1, _SQLITE_VARIABLES // len(columns))
    for start in range(0, len(rows), per):
        chunk = rows[start:start + per]
        await conn.execute(f"INSERT INTO {table} ({quoted}) VALUES " + ", ".join([one] * len(chunk)),
                           [v for row in chunk for v in row])


async def _delete_where(conn: aiosqlite.Connection, column: str, values: list) -> int:
    """Delete local films (their rows cascade, FTS5 rows by trigger); inside the caller's transaction."""
    total = 0
    for start in range(0, len(values), 500):
        chunk = values[start:start + 500]
        cur = await conn.execute(f"DELETE FROM films WHERE {column} IN ({', '.join('?' for _ in chunk)})", chunk)
        total += max(cur.rowcount, 0)
    return total


def _order(table: str, columns: list[str], *, rowid: bool) -> str:
    """Rows in the order they were written, so that ids given on the way keep the article's order."""
    if "id" in columns:
        return " ORDER BY id"
    if "idx" in columns:
        return " ORDER BY film_id, idx"
    return " ORDER BY rowid" if rowid else ""


def _from_pg(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value


def _lost_errors() -> tuple[type[BaseException], ...]:
    import asyncpg

    return (OSError, asyncio.TimeoutError, asyncpg.PostgresConnectionError, asyncpg.InterfaceError,
            asyncpg.OperatorInterventionError, asyncpg.InternalClientError, asyncpg.QueryCanceledError,
            asyncpg.TooManyConnectionsError)


def _line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__
