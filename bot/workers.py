"""CPU-heavy steps off the event loop: a worker process for adding articles.

Parsing and extracting an article is pure Python: 0.5 s for a 72 KB article, over a second for
a large one, and ``/filmadmin add`` accepts 2 MB. Run on the event loop, that time is taken from
every other server's interactions and from Discord's heartbeat. A thread would not help (the work
holds the GIL), so it runs in a separate process that checks, parses, extracts and saves the
article through its own connection to the same SQLite file (WAL lets it write while the bot
reads), and sends back only the small ``IngestResult``.

One worker process is enough: additions are rare, and on a small host the other core is the
event loop's. A bot with a large library starts it with itself (``start``): a spawned Python
process takes about a second of CPU to import the parser and extractors, and started by the first
article under load that second was taken from the interactions being answered. Otherwise it is
started by the first article. It is kept, replaced if it dies, and an article that takes longer
than ``INGEST_TIMEOUT`` is given up on (the worker is killed, the bot says so, nothing is saved).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import sqlite3
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

from .database import connect, friendly

if TYPE_CHECKING:  # imported where used: the worker must import this module before it lowers its priority
    from .ingest import IngestResult

log = logging.getLogger(__name__)

INGEST_TIMEOUT = 120.0  # seconds one article may take in the worker before it is given up on
WORKER_NICENESS = 10  # the worker yields the CPU to the bot's event loop when both want it


PARENT_CHECK_SECONDS = 0.5  # how often a worker looks whether the process that started it is still there


def end_with_parent(parent: int) -> None:
    """In a worker process: exit as soon as *parent* (the process that started it) is gone.

    A pool's worker waits on a queue whose other end it holds itself (forked, or handed over when
    spawned), so a parent killed with SIGKILL, which cannot tell it, left it waiting forever: an
    orphan per worker after every killed bulk ingest. A thread that looks at the parent's pid
    twice a second works for forked and spawned workers alike (the kernel's parent-death signal
    follows the thread that started the process, not the process)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


def _background(parent: int) -> None:
    """Runs once in the worker: lower its priority, and end with the bot. Reading a 2 MB article
    is seconds of CPU; on a host with few cores it must not take them from the interactions the
    bot is answering."""
    end_with_parent(parent)
    try:
        os.nice(WORKER_NICENESS)
    except (AttributeError, OSError):  # not on this platform, or not allowed: run as is
        pass


def _warm() -> int:
    """Runs in the worker when it is started ahead of the first article: the imports an article
    needs (the parser and extractors) are done now, at the worker's low priority, not while a host
    waits for the article and members for their answers."""
    from . import ingest  # noqa: F401 - imported for its side effect: loaded once, ready

    return os.getpid()


def ingest_in_process(db_path: str, data: bytes, source: str) -> IngestResult:
    """Runs in the worker: one article into the database at *db_path*, as ``ingest_bytes`` does."""
    return asyncio.run(_ingest(db_path, data, source))


async def _ingest(db_path: str, data: bytes, source: str) -> IngestResult:
    from .ingest import IngestResult, ingest_bytes
    from .queries import FILM_ROWS_SQL, films_digest

    conn = await connect(db_path)
    try:
        result = await ingest_bytes(conn, data, source=source)
        if result.ok and result.film_id is not None:  # here, not in the bot: a read of every film
            rows = await conn.execute_fetchall(FILM_ROWS_SQL)
            result.others_digest = films_digest(tuple(r) for r in rows if r[0] != result.film_id)
        return result
    except sqlite3.Error as exc:
        return IngestResult(path=source, error=friendly(exc))
    finally:
        await conn.close()


class Workers:
    """The bot's worker process; ``ingest`` adds an article through it."""

    def __init__(self, timeout: float = INGEST_TIMEOUT) -> None:
        self.timeout = timeout
        self._pool: ProcessPoolExecutor | None = None
        self._warming: asyncio.Future | None = None

    def start(self) -> None:
        """Start the worker now and let it import what an article needs, without waiting for it."""
        if self._pool is not None:
            return
        self._warming = asyncio.get_running_loop().run_in_executor(self._executor(), _warm)
        self._warming.add_done_callback(_warmed)

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn, not fork: the bot has threads (SQLite, logging), and a forked copy of a
            # threaded process may inherit a lock held mid-operation.
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_background, initargs=(os.getpid(),))
        return self._pool

    async def ingest(self, db_path: str | Path, data: bytes, source: str) -> IngestResult:
        from .ingest import IngestResult

        loop = asyncio.get_running_loop()
        try:
            fut = loop.run_in_executor(self._executor(), ingest_in_process, str(db_path), data, source)
            return await asyncio.wait_for(fut, self.timeout)
        except asyncio.TimeoutError:
            log.warning("gave up on %s after %.0f s in the worker process", source, self.timeout)
            self._discard(kill=True)
            return IngestResult(path=source, error=f"it took longer than {self.timeout:.0f} s to read, so it was not added")
        except (BrokenProcessPool, OSError, RuntimeError):  # died, or could not be started
            log.warning("the worker process died while reading %s; starting a new one", source)
            self._discard()
            return IngestResult(path=source, error="the worker reading it stopped unexpectedly, so it was not added")

    def _discard(self, kill: bool = False) -> None:
        warming, self._warming = self._warming, None
        if warming is not None and not warming.done():  # stopped while warming up: not a failure to report
            warming.cancel()
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if kill:
            for proc in list(getattr(pool, "_processes", {}).values()):  # no public way to stop a running job
                proc.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        self._discard(kill=True)


def _warmed(fut: asyncio.Future) -> None:
    """The warm-up's outcome: nothing to do when it worked; a worker that could not start is
    started again by the first article, which then reports the failure to the host."""
    if not fut.cancelled() and fut.exception() is not None:
        log.warning("the worker process could not be started ahead of time (%s); the first article will start it",
                    type(fut.exception()).__name__)
