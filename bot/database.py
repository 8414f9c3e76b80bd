"""The SQLite connection: one long-lived aiosqlite connection, WAL, foreign keys, migrations.

Migrations are the numbered ``bot/migrations/NNNN_name.sql`` files, applied in order
and tracked by ``PRAGMA user_version`` so an old database file upgrades in place.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import sqlite3
import threading
import weakref
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TypeVar

import aiosqlite

BUSY_TIMEOUT_MS = 5000
#: Bytes of the database file SQLite reads through a memory map instead of a read() call per page. Its page
#: cache holds 2 MB by default, so at 40,000 films (a 100 MB file) most pages a question touches were copied
#: in from the operating system's cache one system call each: a common first name's thousand name-key rows
#: cost ~5 ms. Mapped, the pages are read where the operating system already holds them (no copy, no private
#: memory: the mapping shares the page cache that ``Library.prewarm`` fills).
MMAP_BYTES = 1 << 30

T = TypeVar("T")


class DatabaseError(Exception):
    """A database that cannot be opened or migrated, with a message fit for one line."""


class DatabaseUnreachable(DatabaseError):
    """A database server that did not answer (down, restarting, no network): worth retrying,
    unlike a refused password or a schema from a newer FilmBot."""


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every migration file, in order."""
    out = []
    for entry in resources.files("bot.migrations").iterdir():
        m = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if m:
            out.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return sorted(out)


def latest_version() -> int:
    return max(v for v, _, _ in migrations())


async def migrate(conn: aiosqlite.Connection) -> int:
    """Apply pending migrations, each in its own transaction. Returns the new user_version."""
    async with conn.execute("PRAGMA user_version") as cur:
        (version,) = await cur.fetchone()
    if version > latest_version():
        raise DatabaseError(f"database schema version {version} is newer than this FilmBot ({latest_version()})")
    for number, _name, sql in migrations():
        if number <= version:
            continue
        # executescript commits implicitly; wrap it so a failed migration leaves nothing behind.
        await conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        version = number
    return version


async def connect(path: str | Path, *, readonly: bool = False) -> aiosqlite.Connection:
    """Open (creating if needed) and migrate the database at ``path``.

    Raises DatabaseError with a one-line reason instead of a traceback when the file
    cannot be used (a directory, not a database, no permission)."""
    p = Path(path)
    pending = None
    try:
        if str(path) != ":memory:" and not readonly:
            p.parent.mkdir(parents=True, exist_ok=True)
        target = f"file:{p}?mode=ro" if readonly else str(p)
        pending = aiosqlite.connect(target, uri=readonly, isolation_level=None)
        conn = await pending
    except (sqlite3.Error, OSError) as exc:
        _join_worker(pending)
        raise DatabaseError(f"cannot open database {path}: {exc}") from None
    try:
        conn.row_factory = aiosqlite.Row
        await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await conn.execute("PRAGMA foreign_keys = ON")
        await conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        if not readonly:
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = NORMAL")
            await migrate(conn)
    except sqlite3.DatabaseError as exc:
        await conn.close()
        raise DatabaseError(f"cannot use database {path}: {exc}") from None
    except DatabaseError:
        await conn.close()
        raise
    return conn


#: Seconds a closing connection waits for the statements queued on it before the running one is
#: interrupted (rolled back): a shutdown must not wait for a long write (see ``close``).
CLOSE_GRACE = 3.0


async def close(conn: aiosqlite.Connection, grace: float | None = None) -> bool:
    """Close *conn* after what is queued on it, interrupting what still runs after *grace* seconds.

    aiosqlite runs a connection's statements one at a time in its thread and queues ``close``
    behind them, and that thread keeps the process alive: a statement that runs for minutes (a
    film's deletion before the sentence_id indexes took that long at 40,000 films) made SIGINT a
    wedge, the bot logging nothing and waiting until it was killed. Interrupted statements fail
    with "interrupted" in whoever awaited them, and their transaction rolls back, as if the
    process had stopped before them. Returns True when something had to be interrupted."""
    closing = asyncio.ensure_future(conn.close())
    done, _ = await asyncio.wait({closing}, timeout=CLOSE_GRACE if grace is None else grace)
    interrupted = False
    while not done:
        interrupted = True
        with contextlib.suppress(ValueError, sqlite3.Error):  # closed meanwhile: nothing left to interrupt
            await conn.interrupt()
        done, _ = await asyncio.wait({closing}, timeout=0.2)
    closing.result()
    return interrupted


def _join_worker(pending) -> None:
    """After a failed connect, aiosqlite (0.22) stops its worker thread without waiting for it;
    the thread then reports to the event loop, and if the loop has closed by then it prints a
    traceback. Let the thread finish while the loop is still running."""
    thread = getattr(pending, "_thread", None)
    if isinstance(thread, threading.Thread) and thread.is_alive():
        thread.join(timeout=2)


def friendly(exc: sqlite3.Error) -> str:
    """A user-facing sentence for a write that SQLite refused."""
    msg = str(exc).lower()
    if "locked" in msg or "busy" in msg:
        return "the database is busy right now; please try again in a moment"
    if "full" in msg:
        return "the database is full, so nothing new can be saved (reads still work)"
    if "readonly" in msg or "read-only" in msg:
        return "the database is read-only, so nothing new can be saved (reads still work)"
    return "the database refused the change"


_WRITE_LOCKS: weakref.WeakKeyDictionary[aiosqlite.Connection, asyncio.Lock] = weakref.WeakKeyDictionary()


def write_lock(conn: aiosqlite.Connection) -> asyncio.Lock:
    """One lock per connection: coroutines sharing the long-lived connection (an ingest, a
    trivia score write) must not interleave their statements inside each other's transaction."""
    lock = _WRITE_LOCKS.get(conn)
    if lock is None:
        lock = _WRITE_LOCKS[conn] = asyncio.Lock()
    return lock


async def on_db_thread(conn: aiosqlite.Connection, fn: Callable[..., T], *args) -> T:
    """``fn(db, *args)`` run on *conn*'s database thread, with *db* its ``sqlite3.Connection``.

    Each ``await conn.execute`` is a round trip to that thread (a queue, a future, a wake-up of the
    event loop): a film written statement by statement took about fifteen of them, more of the
    writer's CPU than SQLite's own work. Many statements in one function are one round trip. The
    function runs in the thread's queue between other statements, so it must not wait on the event
    loop, and it is a write's caller that takes :func:`write_lock` if it writes. (aiosqlite has no
    public call for this; ``_execute`` is how its own methods queue work, unchanged since 0.17.)"""
    return await conn._execute(lambda: fn(conn._conn, *args))


def in_transaction(db: sqlite3.Connection, fn: Callable[..., T], *args) -> T:
    """On the database thread: BEGIN IMMEDIATE, ``fn(db, *args)``, COMMIT; ROLLBACK if anything
    fails (COMMIT included), re-raising. What :class:`Transaction` does, in one round trip."""
    db.execute("BEGIN IMMEDIATE")
    try:
        out = fn(db, *args)
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:  # SQLite may already have rolled back on its own (SQLITE_FULL, SQLITE_IOERR)
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        raise
    return out


async def transact(conn: aiosqlite.Connection, fn: Callable[..., T], *args) -> T:
    """``fn(db, *args)`` as one transaction on *conn*'s database thread, in one round trip, taking
    the connection's write lock as :class:`Transaction` does (no other coroutine's statements land
    inside it, and it never starts inside theirs)."""
    async with write_lock(conn):
        return await on_db_thread(conn, in_transaction, fn, *args)


class Transaction:
    """``async with Transaction(conn):`` — BEGIN IMMEDIATE … COMMIT, or ROLLBACK on error.

    IMMEDIATE takes the write lock up front so a busy database fails fast at the start
    instead of half-way through an ingest. Transactions on one connection run one at a time."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn
        self._lock = write_lock(conn)

    async def __aenter__(self) -> aiosqlite.Connection:
        await self._lock.acquire()
        try:
            await self.conn.execute("BEGIN IMMEDIATE")
        except BaseException:
            self._lock.release()
            raise
        return self.conn

    async def __aexit__(self, exc_type, exc, tb) -> None:
        try:
            await self._finish(exc_type)
        finally:
            self._lock.release()

    async def _finish(self, exc_type) -> None:
        if exc_type is None:
            await self.conn.execute("COMMIT")
        elif self.conn.in_transaction:
            # SQLite may already have rolled back on its own (SQLITE_FULL, SQLITE_IOERR);
            # a failing ROLLBACK must not hide the error that caused it.
            try:
                await self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
