"""The default library: a new database gets the shipped data pack's films, loaded in the background.

A newcomer's first ``make run`` should know the films people ask about, but reading 34,000 leads
is minutes of CPU (a few ms of parsing and extraction each), so the seeds are ingested first and
answer at once, and the pack's parts are parsed, extracted and written by worker processes at a
lower CPU priority while the console or the bot is already answering. The parts come longest lead
first (``bot.packbuild``), so well-known films arrive in the first seconds; the title index is
rebuilt as parts land (in a thread, as ``Library.refresh`` always is), and the log says how far
the load is.

When it runs: on a database whose films are only the seeds (a first start), or that already has
some of the pack's parts (a load that was interrupted resumes where it stopped: a part is written
in one transaction). A database with films of its own and none of the pack is left alone (its
owner can still ingest the pack), and so is one whose films are shared through PostgreSQL (each
process's file is a copy of PostgreSQL's films there, and a film written only here would be
removed by the next comparison). ``FILMBOT_DEFAULT_LIBRARY=0`` turns it off; the tests do.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from . import datapack
from .config import SEEDS_DIR
from .library import Library

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent ends
NICENESS = 10  # the loading processes yield the CPU to the console's or the bot's answers
REFRESH_EVERY = 5.0  # seconds between title-index rebuilds while parts land (at least 5x a rebuild's time)


def _background() -> None:
    """Runs once in each loading process: lower its priority, so a member's command on a small host
    is answered before another part of the pack is read; and on Linux, end with the process that
    started it (a bot killed with SIGKILL left its two loading processes waiting forever)."""
    try:
        os.nice(NICENESS)
    except (AttributeError, OSError):  # not on this platform, or not allowed: run as is
        pass
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        except (OSError, AttributeError):
            pass


@dataclass
class Progress:
    """How far the load is, for the log and ``/films``."""

    pack: str
    total: int  # films in the pack
    parts: int
    parts_done: int = 0
    films: int = 0  # written in this run
    kept_fuller: int = 0
    failed: int = 0  # parts not loaded this time (loaded at the next start)
    started: float = 0.0
    finished: bool = False

    def line(self) -> str:
        secs = time.monotonic() - self.started
        return (f"default library ({self.pack}): {self.parts_done}/{self.parts} parts, {self.films:,} films "
                f"loaded in {secs:.0f} s" + (f", {self.kept_fuller:,} kept as fuller articles" if self.kept_fuller else "")
                + (f", {self.failed} part(s) left for the next start" if self.failed else ""))


async def _own_films_only_seeds(lib: Library) -> bool:
    """True when every film in the database came from seeds/ (or there is none): a first start."""
    seeds = {p.name for p in SEEDS_DIR.glob("*.txt")}
    rows = await lib.conn.execute_fetchall("SELECT source_file FROM films LIMIT ?", (len(seeds) + 1,))
    return len(rows) <= len(seeds) and all(Path(r[0]).name in seeds and Path(r[0]).parent.name == "seeds" for r in rows)


async def parts_to_load(lib: Library, pack: datapack.Pack, *, asked: bool = False) -> list[datapack.Part]:
    """The pack's parts this database should still get (see the module docstring for when);
    *asked*: the owner asked for the pack (``python -m bot ingest packs/NAME``), whatever else it has."""
    done = await datapack.loaded_parts(lib.conn, pack.name)
    if not done and not asked and not await _own_films_only_seeds(lib):
        return []
    return [p for p in pack.parts if p.name not in done]


class DefaultLibrary:
    """Loads the shipped pack into ``lib`` in the background; ``stop`` ends it at any point (a part
    being written is rolled back, and loaded again next time)."""

    def __init__(self, lib: Library, pack: datapack.Pack, *, workers: int | None = None, asked: bool = False) -> None:
        self.lib = lib
        self.pack = pack
        self.asked = asked
        #: Loading processes; 0: none, a thread of this process loads the parts (a small pack, a test).
        self.workers = max(1, min(2, os.cpu_count() or 1)) if workers is None else workers
        self.progress: Progress | None = None
        self._task: asyncio.Task | None = None
        self._pool: ProcessPoolExecutor | None = None

    @classmethod
    def start(cls, lib: Library, *, enabled: bool = True, pack: datapack.Pack | None = None,
              workers: int | None = None) -> DefaultLibrary | None:
        """Start loading when it is wanted; None when it is off, shared through PostgreSQL, or not shipped."""
        pack = pack or datapack.shipped()
        if not enabled or pack is None or lib.path is None or lib.shared is not None:
            return None
        loader = cls(lib, pack, workers=workers)
        loader._task = asyncio.create_task(loader.run(), name="default-library")
        return loader

    async def run(self) -> Progress | None:
        parts = await parts_to_load(self.lib, self.pack, asked=self.asked)
        if not parts:
            return None
        total = sum(p.films for p in parts)
        self.progress = prog = Progress(self.pack.name, total, len(parts), started=time.monotonic())
        self.lib.loading = prog
        log.info("default library: loading %s films (%s) in the background, %d parts …", f"{total:,}",
                 self.pack.description, len(parts))
        loop = asyncio.get_running_loop()
        if self.workers:
            # spawn, not fork: the bot has threads (SQLite, logging); see bot.workers.
            self._pool = ProcessPoolExecutor(max_workers=self.workers, initializer=_background,
                                             mp_context=multiprocessing.get_context("spawn"))
        futures = [loop.run_in_executor(self._pool, datapack.load_part, str(self.lib.path), str(self.pack.folder), p.file)
                   for p in parts]  # without a pool: the loop's default threads
        last_refresh = last_log = 0.0
        refresh_cost = 0.0
        try:
            for fut in asyncio.as_completed(futures):
                try:
                    result = await fut
                except (BrokenProcessPool, asyncio.CancelledError):
                    raise
                except Exception as exc:  # noqa: BLE001 - one part failing (the database busy) must not end the load
                    prog.parts_done += 1
                    prog.failed += 1
                    log.warning("default library: a part was not loaded (%s); it is loaded at the next start",
                                str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__)
                    continue
                prog.parts_done += 1
                prog.films += result.films
                prog.kept_fuller += result.kept_fuller
                now = time.monotonic()
                last_part = prog.parts_done == prog.parts
                # The first part at once (members' films are in it), then every few seconds, and at the end.
                if not last_part and (not last_refresh or now - last_refresh >= max(REFRESH_EVERY, 5 * refresh_cost)):
                    began = time.monotonic()
                    await self.lib.refresh()
                    refresh_cost = time.monotonic() - began
                    last_refresh = time.monotonic()
                if not last_part and now - last_log >= 10.0:
                    last_log = now
                    log.info("%s; %d films in the library", prog.line(), len(self.lib.films))
        except (BrokenProcessPool, OSError) as exc:
            log.warning("default library: loading stopped (%s); it resumes at the next start", exc or type(exc).__name__)
            self._shutdown()
            return prog
        except BaseException:  # stopped (cancelled): the part being written rolls back, and loads next time
            self._shutdown()
            raise
        self._shutdown(kill=False)
        await self.lib.refresh()
        prog.finished = True
        log.info("%s; done: %s films in the library", prog.line(), f"{len(self.lib.films):,}")
        return prog

    def _shutdown(self, kill: bool = True) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        for proc in list(getattr(pool, "_processes", {}).values()) if kill else ():  # no public way to stop a job
            if proc.is_alive():
                proc.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    async def wait(self) -> Progress | None:
        """Until the load ends (tests, and ``python -m bot ingest`` of a pack)."""
        return await self._task if self._task is not None else None

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            try:
                await task
            except (asyncio.CancelledError, Exception):  # noqa: BLE001 - stopping: its outcome no longer matters
                pass
        self._shutdown()
