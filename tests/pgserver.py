"""A throwaway PostgreSQL server for the tests, started once per session (a pytest plugin).

``pg_server`` runs ``initdb`` into a temporary directory and ``pg_ctl start`` on a private Unix
socket and a free port with no TCP listener, and stops it and deletes everything at the end of the
session. ``initdb`` refuses to run as root, so as root the server runs as the ``postgres`` user
through ``runuser`` (the data and socket directories are given to that user). Durability is off
(``fsync``, ``synchronous_commit``, ``full_page_writes``): nothing here must survive a crash of
the machine, and it keeps the suite fast.

``pg_database`` gives each test a fresh, empty database on that server and returns its URL (for
tests of migrations). ``pg_migrated`` is faster where a test only needs FilmBot's tables: one
database migrated once per session, emptied before each test (every table but the migration
bookkeeping and ``meta``), since creating and migrating a database costs about half a second and
emptying one a few milliseconds.
Without PostgreSQL's binaries (or, as root, without ``runuser`` and a ``postgres`` user) every
test that asks for either fixture is skipped with the one reason :data:`SKIP_REASON` says.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SKIP_REASON = "PostgreSQL 15 binaries (initdb, pg_ctl) not found: the PostgreSQL store tests are skipped"
_counter = itertools.count(1)


@dataclass(frozen=True)
class PgServer:
    socket_dir: str
    port: int
    user: str

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@/{database}?host={self.socket_dir}&port={self.port}"


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl live: ``pg_config --bindir``, else the Debian/Ubuntu layout."""
    candidates = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10).stdout.strip()
            if out:
                candidates.append(Path(out))
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for c in candidates:
        if (c / "initdb").exists() and (c / "pg_ctl").exists():
            return c
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_user() -> tuple[list[str], str] | None:
    """The command prefix that runs the server as a non-root user, and that user's name."""
    if os.geteuid() != 0:
        return [], pwd.getpwuid(os.geteuid()).pw_name
    runuser = shutil.which("runuser")
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return None
    return ([runuser, "-u", "postgres", "--"], "postgres") if runuser else None


class NoPostgres(Exception):
    """PostgreSQL's binaries (or, as root, runuser and a postgres user) are not on this machine."""


@contextlib.contextmanager
def throwaway_server() -> Iterator[PgServer]:
    """A PostgreSQL server for as long as the block runs, deleted afterwards (``make scale-test``
    uses it outside pytest). Raises NoPostgres without the binaries, RuntimeError if it will not start."""
    bindir = find_bindir()
    as_user = _as_user()
    if bindir is None or as_user is None:
        raise NoPostgres(SKIP_REASON)
    prefix, user = as_user
    root = Path(tempfile.mkdtemp(prefix="filmbot-pg-"))
    data, sock = root / "data", root / "sock"
    data.mkdir()
    sock.mkdir()
    if prefix:
        pw = pwd.getpwnam(user)
        for path in (root, data, sock):
            os.chown(path, pw.pw_uid, pw.pw_gid)
    port = _free_port()
    log = root / "server.log"
    try:
        subprocess.run([*prefix, str(bindir / "initdb"), "-A", "trust", "-U", user, "-E", "UTF8", "--no-sync",
                        "-D", str(data)], check=True, capture_output=True, timeout=120)
        options = (f"-k {sock} -p {port} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=200")
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w",
                        "-t", "60", "start"], check=True, capture_output=True, timeout=120)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        detail = (getattr(exc, "stderr", b"") or b"").decode(errors="replace").strip().splitlines()
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"could not start the test PostgreSQL: {detail[-1] if detail else exc}") from None
    try:
        yield PgServer(str(sock), port, user)
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                       capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        server = throwaway_server()
        running = server.__enter__()
    except NoPostgres:
        pytest.skip(SKIP_REASON)
    except RuntimeError as exc:
        pytest.fail(str(exc))
    try:
        yield running
    finally:
        server.__exit__(None, None, None)


def create_database(server: PgServer, name: str) -> str:
    """A new empty database on *server*; its URL."""
    _psql(server, f"CREATE DATABASE {name}")
    return server.url(name)


@pytest.fixture
def pg_database(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database for one test; dropped afterwards (with any connection left on it)."""
    name = f"t{os.getpid()}_{next(_counter)}"
    _psql(pg_server, f"CREATE DATABASE {name}")
    try:
        yield pg_server.url(name)
    finally:
        _psql(pg_server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def _pg_migrated_db(pg_server: PgServer) -> str:
    from bot.postgres import open_pool

    _psql(pg_server, "CREATE DATABASE filmbot_migrated")
    url = pg_server.url("filmbot_migrated")

    async def migrate() -> None:
        pool = await open_pool(url, min_size=1, max_size=1)
        await pool.close()

    _run_aside(migrate())
    return url


@pytest.fixture
def pg_migrated(_pg_migrated_db: str) -> str:
    """The session's migrated database, emptied: its URL."""

    async def empty() -> None:
        import asyncpg

        conn = await asyncpg.connect(_pg_migrated_db)
        try:
            tables = [r[0] for r in await conn.fetch(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename NOT IN ('filmbot_schema', 'meta')")]
            # DELETE, not TRUNCATE: on a few rows it is ten times faster (no new files per table).
            await conn.execute("".join(f"DELETE FROM {t};" for t in tables))
            # And the identity sequences back to the start, as in a new database (ids drawn by an
            # earlier test would otherwise decide whether a film keeps its file's ids).
            await conn.execute("SELECT setval(c.oid::regclass, 1, false) FROM pg_class c "
                               "WHERE c.relkind = 'S' AND c.relnamespace = 'public'::regnamespace")
        finally:
            await conn.close()

    _run_aside(empty())
    return _pg_migrated_db


def _run_aside(coro) -> None:
    """Run a coroutine to the end on an event loop of its own: these fixtures are set up from inside
    a test's running loop (an async fixture asks for them), where asyncio.run() is refused."""
    with concurrent.futures.ThreadPoolExecutor(1) as worker:
        worker.submit(asyncio.run, coro).result()


def _psql(server: PgServer, sql: str) -> None:
    bindir = find_bindir()
    assert bindir is not None
    subprocess.run([str(bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.socket_dir, "-p",
                    str(server.port), "-U", server.user, "-d", "postgres", "-c", sql], check=True,
                   capture_output=True, timeout=60)
