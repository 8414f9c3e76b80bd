"""PostgreSQL, when ``FILMBOT_DATABASE_URL`` names one: the asyncpg pool and its migrations.

Why a server at all: past one process (Discord requires shards past 2,500 guilds, and big bots run
several processes, each a range of shards) the state that every process must agree on cannot live
in a file one process owns. The per-server state (trivia games, results, scores, seasons,
settings, packs) then lives here, reached through one pool per process.

Migrations are ``bot/migrations/postgres/NNNN_name.sql``, numbered like the SQLite ones in
``bot/migrations/`` (migration N makes the same change on both; a test holds the two schemas to
the same tables and columns). They are tracked in ``filmbot_schema`` and applied in one
transaction that first takes an advisory lock, so processes started together wait for each
other instead of racing to create the same tables: the first applies them, the rest find them
applied. Either every pending migration is applied or none is.

Every failure to reach or use the server becomes a :class:`~bot.database.DatabaseError` with one
line that never includes the password: :class:`~bot.database.DatabaseUnreachable` when retrying
may help (server down, no network), a plain ``DatabaseError`` when it will not (wrong password,
no such database, a schema from a newer FilmBot).
"""

from __future__ import annotations

import asyncio
import re
import socket
from importlib import resources
from typing import TYPE_CHECKING

from .config import describe_database_url
from .database import DatabaseError, DatabaseUnreachable

if TYPE_CHECKING:
    import asyncpg

#: The advisory-lock key that serialises migrations across processes ("FILMBOT" in ASCII).
MIGRATION_LOCK = int.from_bytes(b"FILMBOT", "big")
#: No floor: connections are opened as needed and kept while in use (asyncpg closes idle ones after
#: 5 minutes); a floor would make asyncpg reconnect in the background, logging tracebacks, while the
#: server is down.
POOL_MIN, POOL_MAX = 0, 10
CONNECT_TIMEOUT = 10.0  # seconds for one connection attempt
COMMAND_TIMEOUT = 30.0  # seconds for one statement; a stuck query must not hang a game forever
SCHEMA_TABLE = "filmbot_schema"


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every PostgreSQL migration file, in order."""
    folder = resources.files("bot.migrations").joinpath("postgres")
    out = []
    for entry in folder.iterdir():
        m = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if m:
            out.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return sorted(out)


def latest_version() -> int:
    return max(v for v, _, _ in migrations())


async def migrate(conn: asyncpg.Connection, steps: list[tuple[int, str, str]] | None = None) -> int:
    """Apply pending migrations in one transaction under :data:`MIGRATION_LOCK`; returns the version.

    ``steps`` defaults to :func:`migrations` (tests pass a broken one to see nothing applied)."""
    import asyncpg

    steps = migrations() if steps is None else steps
    latest = max((v for v, _, _ in steps), default=0)
    try:
        async with conn.transaction():
            # Held until COMMIT/ROLLBACK: a second process blocks here, then sees the work done.
            await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)
            await conn.execute(
                f"CREATE TABLE IF NOT EXISTS {SCHEMA_TABLE} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            version = await conn.fetchval(f"SELECT COALESCE(MAX(version), 0) FROM {SCHEMA_TABLE}")
            if version > latest:
                raise DatabaseError(f"PostgreSQL schema version {version} is newer than this FilmBot ({latest}); "
                                    "upgrade FilmBot before starting it on this database")
            for number, name, sql in steps:
                if number <= version:
                    continue
                try:
                    await conn.execute(sql)
                except asyncpg.PostgresError as exc:
                    raise DatabaseError(f"PostgreSQL migration {number:04d}_{name} failed: {_first_line(exc)}; "
                                        "nothing was applied") from None
                await conn.execute(f"INSERT INTO {SCHEMA_TABLE} (version, name) VALUES ($1, $2)", number, name)
                version = number
    except asyncpg.InsufficientPrivilegeError as exc:
        raise DatabaseError(f"PostgreSQL refused to create FilmBot's tables: {_first_line(exc)} "
                            "(the user needs CREATE on the database)") from None
    return version


async def open_pool(url: str, *, min_size: int = POOL_MIN, max_size: int = POOL_MAX) -> asyncpg.Pool:
    """Connect, migrate, and return the pool. One line for every failure, never the password."""
    import asyncpg

    where = describe_database_url(url)
    pool = None
    try:
        pool = await asyncpg.create_pool(url, min_size=min_size, max_size=max_size, timeout=CONNECT_TIMEOUT,
                                         command_timeout=COMMAND_TIMEOUT)
        conn = await pool.acquire()
    except Exception as exc:
        if pool is not None:
            pool.terminate()
        raise connect_error(exc, where) from None
    try:
        await migrate(conn)
    except DatabaseError:
        await pool.release(conn)
        await pool.close()
        raise
    except (OSError, asyncio.TimeoutError, asyncpg.PostgresConnectionError, asyncpg.InterfaceError) as exc:
        pool.terminate()
        raise DatabaseUnreachable(f"lost PostgreSQL at {where} while migrating ({_first_line(exc)})") from None
    except asyncpg.PostgresError as exc:
        await pool.release(conn)
        await pool.close()
        raise DatabaseError(f"cannot use PostgreSQL at {where}: {_first_line(exc)}") from None
    await pool.release(conn)
    return pool


def connect_error(exc: Exception, where: str) -> DatabaseError:
    """The one line for a first connection that failed: worth retrying (the server is not there, or not
    ready) or not (the password, the database name, the URL)."""
    import asyncpg

    if isinstance(exc, (OSError, asyncio.TimeoutError, socket.gaierror, asyncpg.CannotConnectNowError,
                        asyncpg.TooManyConnectionsError)):
        return DatabaseUnreachable(f"cannot reach PostgreSQL at {where} ({_first_line(exc) or type(exc).__name__})")
    if isinstance(exc, asyncpg.InvalidPasswordError):
        return DatabaseError(f"PostgreSQL at {where} refused the user or password in FILMBOT_DATABASE_URL")
    if isinstance(exc, asyncpg.InvalidCatalogNameError):
        return DatabaseError(f"PostgreSQL at {where}: no such database (create it first: createdb)")
    if isinstance(exc, (asyncpg.PostgresError, asyncpg.InterfaceError, ValueError)):
        return DatabaseError(f"cannot use PostgreSQL at {where}: {_first_line(exc)}")
    raise exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else ""
