"""Title autocomplete in a process of its own, for large libraries.

Filling an autocomplete box is the bot's most frequent CPU-heavy step: every keystroke in a
``film:`` option scores thousands of titles (a few milliseconds at 40,000 films, tens for a
two-letter prefix), and rapidfuzz holds the GIL while it does, so a thread would not help. On
the event loop that time is taken from every other interaction. With ``SEARCH_PROCESS_FROM``
films or more, the bot keeps a copy of the title index in a separate process and asks it;
the event loop only sends the query and reads back the film ids (well under a millisecond).

The copy is updated when the library changes, in a thread of the process, which meanwhile keeps
answering from its old copy (until the new one is in, the newest film is missing from its
answers; the bot's own index has it). An added film is added to the copy as the bot adds it to its
own (``Library.refresh``: the new film's row alone, vouched for by the digest of the others that
the worker process sent), at once; anything else (a removal) reads every title again, a few
seconds later. If
the process is not ready, too slow (``ANSWER_WITHIN``), busy with too many questions, or gone,
the keystroke is answered in the bot as before, and a dead process is started again on a later
keystroke.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import multiprocessing
import queue
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

log = logging.getLogger(__name__)

SEARCH_PROCESS_FROM = 5_000  # films: below this autocomplete is cheap enough in the bot itself
ANSWER_WITHIN = 0.25  # seconds to wait for the search process before answering in the bot
MAX_PENDING = 64  # questions outstanding before new ones are answered in the bot instead
RESTART_AFTER = 30.0  # seconds before a search process that died is started again
REBUILD_AFTER = 3.0  # seconds after the library changed (not by an addition) before the process rebuilds its copy


def _serve(conn: Connection, db_path: str) -> None:
    """The search process: build the index from the database, then answer until told to stop.

    A rebuild runs in a thread while this one goes on answering from the old copy: rebuilt in
    line, the process answered nothing for a second or two, and every keystroke meanwhile was
    scored by the bot itself, on its event loop, just as its caches were refilling after the
    change. The GIL is handed over every millisecond (not CPython's 5), so an answer waits little
    for the rebuilding thread."""
    sys.setswitchinterval(0.001)
    current = [_load_index(db_path)]  # (films, index, digest)
    conn.send(("ready", None))
    changes: queue.SimpleQueue = queue.SimpleQueue()

    def rebuilder() -> None:
        while True:
            batch = [changes.get()]
            while True:  # changes arriving during a rebuild make one more rebuild, not one each
                try:
                    batch.append(changes.get_nowait())
                except queue.Empty:
                    break
            try:
                if any(c is None for c in batch):
                    current[0] = _load_index(db_path, current[0])  # one reference swapped: answers use old or new
                else:  # films added or removed, in the order they were: each added vouched for by the digest before it
                    for added, others, removed in batch:
                        current[0] = _load_index(db_path, current[0], added, others, removed)
            except Exception:  # noqa: BLE001 - a failed rebuild keeps the old copy; the next change tries again
                continue

    threading.Thread(target=rebuilder, name="filmbot-search-rebuild", daemon=True).start()
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):  # the bot went away
            return
        if msg is None:
            return
        kind, rid, payload = msg
        if kind == "refresh":  # payload: None (read everything), (ids added, digest of the other films) or (ids removed,)
            if payload is None:
                changes.put(None)
            elif len(payload) == 1:
                changes.put((frozenset(), None, frozenset(payload[0])))
            else:
                changes.put((frozenset(payload[0]), payload[1], frozenset()))
        elif kind == "autocomplete":
            query, limit = payload
            conn.send((rid, [e.id for e in current[0][1].autocomplete(query, limit)]))


def _load_index(db_path: str, prev: tuple | None = None, added: frozenset[int] = frozenset(),
                others: tuple[int, int] | None = None, removed: frozenset[int] = frozenset()) -> tuple:
    """The same films and title index ``Library.refresh`` builds, read from the file (read-only),
    and the films' digest (``queries.films_digest``); with *prev* (the films, index and digest
    before) and films only added since, the new ones are added to it, as the bot does, instead of
    every title being read and indexed again. *added* and *others*: the ids just added and the
    digest of every other film, from the bot (``Library.last_change``); when *others* is the digest
    of *prev*'s films, only the new rows are read, else every row is read and compared. *removed*:
    films only removed, taken out of *prev* as the bot does (``_read_removed``)."""
    from . import queries
    from .database import connect
    from .library import _build_index, _read_added, _read_removed

    if prev is not None and removed:
        got = _read_removed(Path(db_path), prev[0], prev[1], {}, False, removed, prev[2])
        if got is not None:
            return got[0], got[1], got[3]
    elif prev is not None:
        got = _read_added(Path(db_path), prev[0], prev[1], {}, False, added, others, prev[2])
        if got is not None:
            return got[0], got[1], got[3]

    async def read():
        conn = await connect(db_path, readonly=True)
        try:
            return await queries.film_rows(conn), await queries.alt_titles(conn)
        finally:
            await conn.close()

    rows, aliases = asyncio.run(read())
    films, index = _build_index(rows, aliases)
    return films, index, queries.films_digest(map(queries.film_row, films.values()))


class TitleSearch:
    """The bot's side: questions out, film ids back, on the event loop without blocking it."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self._conn: Connection | None = None
        self._proc: multiprocessing.process.BaseProcess | None = None
        self._ready = False
        self._pending: dict[int, asyncio.Future[list[int]]] = {}
        self._ids = itertools.count(1)
        self._died_at = float("-inf")

    def start(self) -> None:
        if self._proc is not None or time.monotonic() - self._died_at < RESTART_AFTER:
            return
        ctx = multiprocessing.get_context("spawn")  # the bot has threads: no fork
        parent, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child, self.db_path), name="filmbot-search", daemon=True)
        self._proc.start()
        child.close()
        self._conn = parent
        asyncio.get_running_loop().add_reader(parent.fileno(), self._readable)

    def refresh(self, added: frozenset[int] | None = None, others: tuple[int, int] | None = None,
                removed: frozenset[int] | None = None) -> None:
        """The library changed: the process updates its copy and answers from the old one
        meanwhile. Films *added* (and nothing else; *others*: the digest of every other film, see
        ``_load_index``) are sent at once, and so are films *removed* (and nothing else): either
        costs the process milliseconds. Anything else is a rebuild, which waits REBUILD_AFTER
        seconds: right after its own refresh the bot is
        freeing the old index, and on a small host two rebuilds at once starve it of CPU."""
        if self._conn is None:
            return
        if added:
            self._send(("refresh", 0, (sorted(added), others)))
        elif removed:  # taken out at once, as an addition is: milliseconds, not a rebuild
            self._send(("refresh", 0, (sorted(removed),)))
        else:
            asyncio.get_running_loop().call_later(REBUILD_AFTER, self._send, ("refresh", 0, None))

    async def autocomplete(self, query: str, limit: int) -> list[int] | None:
        """Film ids for an autocomplete box, or None: answer in the bot instead."""
        if self._conn is None:
            self.start()
            return None
        if not self._ready or len(self._pending) >= MAX_PENDING:
            return None
        rid = next(self._ids)
        fut: asyncio.Future[list[int]] = asyncio.get_running_loop().create_future()
        self._pending[rid] = fut
        if not self._send(("autocomplete", rid, (query, limit))):
            self._pending.pop(rid, None)
            return None
        try:
            return await asyncio.wait_for(fut, ANSWER_WITHIN)
        except asyncio.TimeoutError:
            self._pending.pop(rid, None)
            return None

    def _send(self, msg) -> bool:
        if self._conn is None:
            return False
        try:
            self._conn.send(msg)  # a few dozen bytes into a pipe the process keeps reading
            return True
        except (OSError, ValueError):
            self._gone()
            return False

    def _readable(self) -> None:
        try:
            while self._conn is not None and self._conn.poll():
                rid, ids = self._conn.recv()
                if rid == "ready":
                    self._ready = True
                    continue
                fut = self._pending.pop(rid, None)
                if fut is not None and not fut.done():
                    fut.set_result(ids)
        except (EOFError, OSError):
            self._gone()

    def _gone(self) -> None:
        """The process died (or was never reachable): answer in the bot, try again later."""
        if self._conn is not None:
            log.warning("the title search process stopped; autocomplete runs in the bot until it is back")
            try:
                asyncio.get_running_loop().remove_reader(self._conn.fileno())
            except (OSError, ValueError, RuntimeError):
                pass
            self._conn.close()
        self._conn, self._proc, self._ready = None, None, False
        self._died_at = time.monotonic()
        for fut in self._pending.values():
            if not fut.done():
                fut.set_result(None)  # type: ignore[arg-type]
        self._pending.clear()

    def close(self) -> None:
        conn, proc = self._conn, self._proc
        if conn is not None:
            try:
                asyncio.get_running_loop().remove_reader(conn.fileno())
            except (OSError, ValueError, RuntimeError):
                pass
            try:
                conn.send(None)
            except (OSError, ValueError):
                pass
            conn.close()
        if proc is not None:
            proc.join(timeout=2)
            if proc.is_alive():
                proc.kill()
        self._conn, self._proc, self._ready = None, None, False
