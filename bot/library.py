"""The film library: the open database plus the in-memory title index built from it.

Everything that needs "which film did the user mean?" goes through here, so the CLI,
the console and the cogs resolve titles identically. The index is rebuilt only when
films are added or removed, never per query.

In the bot nothing here may hold the event loop for long: the index over 40,000 titles is
built in a thread and swapped in whole (readers see the old index or the new one, never half
of one), and an article is added by the bot's worker process (``bot.workers``) when it has one.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import gc
import logging
import operator
import sqlite3
import sys
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import aiosqlite

from . import namekeys, queries
from .database import close as close_connection
from .database import connect, friendly
from .ingest import IngestResult, ingest_bytes, ingest_paths
from .matching import TitleEntry, TitleIndex
from .queries import Film
from .store import delete_film
from .workers import Workers

if TYPE_CHECKING:
    from .defaultlib import Progress
    from .filmsync import SharedFilms
    from .search import TitleSearch


FACT_CACHE = 4096  # (film, kind) fact lists kept in memory: a few MB, the films members ask about
CHANGES_KEPT = 64  # changes remembered for ``Library.added_since``; a cache older than these starts again
#: Seconds a thread may keep the GIL while another waits for it, during a long build in a thread
#: (CPython's default is 5 ms; see ``quick_gil_handoff``).
GIL_HANDOFF = 0.001
_handoff = {"depth": 0, "saved": 0.005}


@contextlib.contextmanager
def quick_gil_handoff() -> Iterator[None]:
    """While a thread runs pure Python for a while (the title index rebuilt, the trivia pool), the
    GIL changes hands every GIL_HANDOFF seconds instead of every 5 ms. The event loop lets go of
    the GIL for every system call, several per interaction, and then waited up to 5 ms for the
    building thread each time. Measured in-process on the 40,000-film database, socket round trips
    on the loop during a rebuild: p99 33-56 ms, max 85-100 ms with 5 ms; p99 5.6-5.8 ms, max 9 ms
    with 1 ms (load average 4.0-4.3). Only for that while: outside it, the loop is the only thread
    running Python and more hand-overs would be pure cost. Nests (the setting is process-wide)."""
    if _handoff["depth"] == 0:
        _handoff["saved"] = sys.getswitchinterval()
        sys.setswitchinterval(min(GIL_HANDOFF, _handoff["saved"]))
    _handoff["depth"] += 1
    try:
        yield
    finally:
        _handoff["depth"] -= 1
        if _handoff["depth"] == 0:
            sys.setswitchinterval(_handoff["saved"])


class StorageError(Exception):
    """A write the database refused; str() is fit to show the user."""


@dataclass
class FilmLookup:
    """The outcome of resolving what a user typed: one film, a choice to offer, or nothing.

    ``status`` is the title index's (see ``matching.Resolution``) plus ``"empty"``. For
    ``"shared"`` (films with one title, no year typed) ``film`` is the best-documented of them
    and ``others`` the rest, to be named beside the answer; ``"ambiguous"`` and ``"suggest"`` are
    choices to offer; ``"none"`` names only related titles in ``candidates``.
    """

    film: Film | None = None
    status: str = "none"  # exact | match | shared | ambiguous | suggest | none | empty
    candidates: list[Film] = field(default_factory=list)
    others: list[Film] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.film is not None


#: The largest database file :meth:`Library.prewarm` reads into the page cache (bytes).
PREWARM_LIMIT = 1 << 30

#: Run in a child process by :meth:`Library.prewarm`: reads each file named under the limit, 1 MiB at a time,
#: and prints the bytes read. A child, because SQLite's locks are POSIX locks, held per process: closing any
#: other descriptor of the database file in the bot's own process would drop its connections' locks.
_READ_THROUGH = """
import os, sys
limit, total = int(sys.argv[1]), 0
for name in sys.argv[2:]:
    try:
        with open(name, "rb", buffering=0) as f:
            if os.fstat(f.fileno()).st_size > limit:
                continue
            while chunk := f.read(1 << 20):
                total += len(chunk)
    except OSError:
        pass
print(total)
"""


async def _read_through(paths: list[Path], limit: int) -> int:
    """Read each existing file under *limit* bytes once in a child process; the bytes read (0 if it failed)."""
    proc = await asyncio.create_subprocess_exec(sys.executable, "-S", "-c", _READ_THROUGH, str(limit), *map(str, paths),
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL)
    out, _ = await proc.communicate()
    try:
        return int(out or 0)
    except ValueError:
        return 0


class Library:
    def __init__(self, conn: aiosqlite.Connection, path: str | Path | None = None) -> None:
        self.conn = conn
        #: With FILMBOT_DATABASE_URL: films are shared through PostgreSQL (bot/filmsync.py); this file
        #: is the process's copy, and adding or removing a film publishes the change.
        self.shared: SharedFilms | None = None
        #: The database file (None for an in-memory one): what a worker process opens.
        self.path = None if path is None or str(path) == ":memory:" else Path(path)
        #: Set by the bot: articles are then checked, parsed and saved in a worker process.
        self.workers: Workers | None = None
        #: Set by the bot for a large library: title autocomplete in a process of its own.
        self.search: TitleSearch | None = None
        #: Called after every rebuild of the index (the bot's title search process rebuilds too).
        self.on_refresh: list[Callable[[], None]] = []
        #: The last change, for those listeners: (films added, digest of every other film, None) when
        #: films were only added (see ``refresh``'s *others*), (None, None, films removed) when films
        #: were only removed, (None, None, None) otherwise.
        self.last_change: tuple[frozenset[int] | None, tuple[int, int] | None, frozenset[int] | None] = (None, None, None)
        #: Set by the bot: a rebuilt index is moved out of the garbage collector's sight (gc.freeze).
        self.freeze_index = False
        self.index = TitleIndex([])
        self._films: dict[int, Film] = {}
        #: Fact counts of the films that share a title with another film ("which one is meant").
        self._weight: dict[int, int] = {}
        #: Bumped whenever the set of films changes; caches derived from the films key on it.
        self.version = 0
        #: (version, films added) for the last changes; None where anything else changed (see ``added_since``).
        self._changes: list[tuple[int, frozenset[int] | None]] = []
        self._extra_conns: list[aiosqlite.Connection] = []
        #: Recently read facts, (film id, kind) -> rows, emptied whenever the films change.
        self._facts: OrderedDict[tuple[int, str], list[dict]] = OrderedDict()
        #: ``queries.films_digest`` of ``_films`` once an added article needed it (None: not computed).
        self._digest: tuple[int, int] | None = None
        #: Set while the default library loads in the background (``bot.defaultlib.Progress``): /films says so.
        self.loading: Progress | None = None

    @classmethod
    async def open(cls, path: str | Path) -> Library:
        lib = cls(await connect(path), path)
        await namekeys.ensure(lib.conn)
        await lib.refresh()
        return lib

    async def prewarm(self) -> int:
        """Read the database file (and its WAL) once, in a child process, so the operating system holds it in memory:
        right after a restart, or after other jobs on the host pushed it out of the page cache, each film's
        first full-text search otherwise waits on the disk (at 40,000 films, /ask p99 went from ~9 ms to
        150-700 ms with a cold cache). Files over ``PREWARM_LIMIT`` bytes are left to the cache as they are used
        (reading them would only push out each other). Returns the bytes read; nothing for an in-memory or
        PostgreSQL-shared library's absent file."""
        if self.path is None:
            return 0
        return await _read_through([self.path, Path(f"{self.path}-wal")], PREWARM_LIMIT)

    async def close(self) -> None:
        """Close every connection, a statement still running after a few seconds interrupted
        (``database.close``): a shutdown is never held up by a long write."""
        for conn in (*self._extra_conns, self.conn):
            if await close_connection(conn):
                logging.getLogger(__name__).warning("a database statement was still running at shutdown: interrupted")
        self._extra_conns.clear()

    async def writer(self) -> aiosqlite.Connection:
        """Another connection to the same file, for a component that writes often (the trivia
        store's scores): aiosqlite runs a connection's statements one at a time in one thread, so
        a write waiting for SQLite's lock (held by an article being saved in the worker process)
        would hold up every film read queued behind it. Closed with the library. An in-memory
        database has only the one connection."""
        if self.path is None:
            return self.conn
        conn = await connect(self.path)
        self._extra_conns.append(conn)
        return conn

    async def refresh(self, *, additions: bool = False, added: Iterable[int] = (),
                      others: tuple[int, int] | None = None, removed: Iterable[int] = ()) -> None:
        """Rebuild the title index after the set of films changed.

        The titles are read and turned into the index in a thread, on a connection of its own
        (reading 40,000 rows through the shared connection held up every command's reads queued
        behind it, and building the index is ~1 s of pure Python, which on the event loop would
        be one long stall); the new index replaces the old one in one step.

        *additions*: the caller only saved new films (an article added). If no film went away
        meanwhile, what is cached about the other films stays (``added_since``): emptied after
        every added article, the caches refilled under load through one database connection and
        made the slowest answers of the seconds that followed.

        *added*: the ids of the films just saved. If the file then holds every film the index has,
        the new ones are read alone and added to the index (``TitleIndex.with_added``) instead of
        reading and indexing every title again: the same index, without seconds of a thread holding
        the GIL a piece at a time while the loop's answers fell behind (the slowest answers of
        ``make load`` came in the seconds after a large article was added).

        *others*: the digest of every other film in the file (``IngestResult.others_digest``, from
        the worker process that saved the article). When it is the digest of the films in hand,
        nothing else changed and the 40,000 rows are not read and compared here at all: half of
        this refresh's CPU, which the event loop shares (GIL), moved to the worker.

        *removed*: the ids of the films just deleted (and nothing else changed): when the file has
        none of them any more, they are taken out of the films and the index
        (``TitleIndex.with_removed``) instead of reading and indexing every title again."""
        removed = frozenset(removed)
        if removed and not additions and self.path is not None and self._films:
            version = self.version
            got = await asyncio.to_thread(_read_removed, self.path, self._films, self.index, self._weight,
                                          self.freeze_index, removed, self._digest)
            if got is not None and version == self.version:
                await _let_go(self._swap(*got[:3], additions=False, removed=removed))
                self._digest = got[3]
                return
        if additions and added and self.path is not None and self._films:
            version = self.version
            with quick_gil_handoff():
                got = await asyncio.to_thread(_read_added, self.path, self._films, self.index, self._weight,
                                              self.freeze_index, frozenset(added), others, self._digest)
            if got is not None and version == self.version:
                await _let_go(self._swap(*got[:3], additions=True, others=others))
                self._digest = got[3]
                return
        digest = None
        if self.path is not None:
            with quick_gil_handoff():
                # not while the default library loads: a full read every few seconds, each 0.1 s longer
                films, index, weight, digest = await asyncio.to_thread(_read_index, self.path, self.freeze_index,
                                                                       self.loading is None or self.loading.finished)
        else:  # an in-memory database has only the one connection
            rows = await queries.film_rows(self.conn)
            aliases = await queries.alt_titles(self.conn)
            with quick_gil_handoff():
                films, index = await asyncio.to_thread(_build_index, rows, aliases, self.freeze_index)
            shared = [e.id for group in index.shared() for e in group]
            weight = await queries.fact_totals(self.conn, shared) if shared else {}
        old = self._swap(films, index, weight, additions=additions)
        self._digest = digest
        await _let_go(old)

    def _swap(self, films: dict[int, Film], index: TitleIndex, weight: dict[int, int], *, additions: bool,
              others: tuple[int, int] | None = None, removed: frozenset[int] | None = None) -> list:
        """The new films and index in place of the old, in one step; returns what to let go of."""
        added: frozenset[int] | None = None
        if additions and not self._films.keys() - films.keys():
            added = frozenset(films.keys() - self._films.keys())
        old = [self._films, self.index] if added is not None else [self._films, self.index, self._facts]
        self._films, self.index, self._weight = films, index, weight
        if added is None:
            self._facts = OrderedDict()
        else:  # an id SQLite reused after a removal must not find the old film's facts
            for key in [k for k in self._facts if k[0] in added]:
                del self._facts[key]
        self.version += 1
        self._changes = [*self._changes[-(CHANGES_KEPT - 1):], (self.version, added)]
        self.last_change = (added, others, None) if added else (None, None, removed or None)
        for listener in self.on_refresh:
            listener()
        return old

    def added_since(self, version: int) -> frozenset[int] | None:
        """The films added since *version* if that is all that changed, else None.

        A cache of per-film data made at *version* stays right for every other film when films
        were only added; it forgets these ids and carries on. None (films removed or replaced, or
        a version too old to know) means: start again."""
        if version == self.version:
            return frozenset()
        newer = [ids for v, ids in self._changes if v > version]
        if len(newer) != self.version - version or any(ids is None for ids in newer):
            return None
        return frozenset().union(*newer)

    # --- films -----------------------------------------------------------------------------
    def film(self, film_id: int) -> Film | None:
        return self._films.get(film_id)

    @property
    def films(self) -> list[Film]:
        return list(self._films.values())

    def resolve(self, query: str | None) -> FilmLookup:
        q = (query or "").strip()
        if not q:
            return FilmLookup(status="empty")
        res = self.index.resolve(q)
        cands = [self._films[e.id] for e, _ in res.candidates if e.id in self._films]
        if res.status in ("exact", "match") and res.entry is not None and res.entry.id in self._films:
            return FilmLookup(self._films[res.entry.id], res.status, cands)
        if res.status == "shared" and cands:
            likely = self.most_likely(cands)
            return FilmLookup(likely, "shared", cands, [f for f in cands if f.id != likely.id])
        return FilmLookup(None, res.status, cands)

    def most_likely(self, films: list[Film]) -> Film:
        """Of films sharing a title, the one a user most likely means: the most facts, then the
        longest article, then the most recent."""
        return max(films, key=lambda f: (self._weight.get(f.id, 0), f.n_chars, f.year or 0, -f.id))

    async def facts(self, film_id: int, kind: str) -> list[dict]:
        """One kind of fact of a film (as ``queries.facts``), from memory when read recently.

        Members ask about the same films over and over, and every read is a trip to the
        database's thread and back to the event loop, which waits behind everything else the loop
        is doing: commands that read six kinds of fact were the slowest answers under load. The
        rows are shared, so callers must not change them (the list itself is a copy)."""
        key = (film_id, kind)
        rows = self._facts.get(key)
        if rows is None:
            version = self.version
            rows = await queries.facts(self.conn, film_id, kind)
            if version != self.version:  # the films changed while reading: don't keep it
                return rows
            self._facts[key] = rows
            if len(self._facts) > FACT_CACHE:
                self._facts.popitem(last=False)
        else:
            self._facts.move_to_end(key)
        return list(rows)

    async def find_titles(self, query: str, limit: int = 25, *, short: bool = False) -> list[Film]:
        """``autocomplete``, asked of the title search process when the bot has one (``bot.search``)."""
        if not short and self.search is not None:
            ids = await self.search.autocomplete(query, limit)
            if ids is not None:
                return [self._films[i] for i in ids if i in self._films]
        return self.autocomplete(query, limit, short=short)

    def autocomplete(self, query: str, limit: int = 25, *, short: bool = False) -> list[Film]:
        """Films for an autocomplete box; ``short``: the cheap prefix lookup a bot under load uses."""
        found = self.index.prefix(query, limit) if short else self.index.autocomplete(query, limit)
        return [self._films[e.id] for e in found if e.id in self._films]

    # --- changes ---------------------------------------------------------------------------
    async def ingest(self, paths, progress=None) -> list[IngestResult]:
        if self.shared is None:
            return await self._ingest_locally(paths, progress)
        async with self.shared.lock:
            results = await self._ingest_locally(paths, progress)
            await self._publish(results)
        await self.refresh()
        return results

    async def add_article(self, data: bytes, source: str) -> IngestResult:
        """Check, parse, extract and save one article (published to PostgreSQL when films are shared)."""
        if self.shared is None:
            return await self._add_locally(data, source)
        async with self.shared.lock:
            result = await self._add_locally(data, source)
            local_id = result.film_id
            await self._publish([result])
        if result.film_id != local_id:
            # Published under other ids (or not at all): the film the index has is gone. When
            # PostgreSQL kept this file's ids, the index already has the film (``_add_locally``)
            # and a full rebuild here was seconds of a thread holding the GIL under load.
            await self.refresh()
        return result

    async def _publish(self, results: list[IngestResult]) -> None:
        """Shared films: the films just saved here go to PostgreSQL and come back with its ids; if it
        cannot take them they are not kept here either, and each result says why."""
        saved = [r for r in results if r.ok and r.film_id is not None]
        if not saved:
            return
        from .filmsync import FilmSyncError

        try:
            ids = await self.shared.publish([r.film_id for r in saved])
        except FilmSyncError as exc:
            for r in saved:
                r.film_id, r.error = None, str(exc)
            return
        for r in saved:
            r.film_id = ids.get(r.film_id, r.film_id)

    async def _ingest_locally(self, paths, progress=None) -> list[IngestResult]:
        results = await ingest_paths(self.conn, paths, progress)
        if any(r.ok for r in results):
            await self.refresh()
        return results

    async def _add_locally(self, data: bytes, source: str) -> IngestResult:
        """Check, parse, extract and save one article; in the bot's worker process when it has one."""
        try:
            if self.workers is not None and self.path is not None:
                result = await self.workers.ingest(self.path, data, source)
            else:
                result = await ingest_bytes(self.conn, data, source=source)
        except sqlite3.Error as exc:
            logging.getLogger(__name__).warning("could not save %s: %s", source, exc)
            return IngestResult(path=source, error=friendly(exc))
        if result.ok:
            await self.refresh(additions=True, added=[result.film_id] if result.film_id is not None else [],
                               others=result.others_digest)
        return result

    async def remove(self, film_id: int) -> bool:
        """Remove a film; raises StorageError with a friendly reason when SQLite refuses."""
        if self.shared is not None:  # everywhere: PostgreSQL first (the other processes are told), then here
            from .filmsync import FilmSyncError

            async with self.shared.lock:
                try:
                    removed = await self.shared.unpublish(film_id)
                except FilmSyncError as exc:
                    raise StorageError(str(exc)) from None
            if removed:
                await self.refresh(removed=[film_id])
            return removed
        try:
            removed = await delete_film(self.conn, film_id)
        except sqlite3.Error as exc:
            raise StorageError(friendly(exc)) from None
        if removed:
            await self.refresh(removed=[film_id])
        return removed


async def _let_go(old: list) -> None:
    """Free a replaced index a piece at a time. Dropped at once, its few hundred thousand objects
    are freed in one chain of deallocations that holds the GIL (~100 ms at 40,000 films, in any
    thread); one attribute at a time, with the event loop served in between, each piece is short."""
    while old:
        obj = old.pop()
        parts = list(vars(obj).values()) if hasattr(obj, "__dict__") else [obj]
        if hasattr(obj, "__dict__"):
            vars(obj).clear()
        del obj
        while parts:
            parts.pop()
            await asyncio.sleep(0)


def _read_index(path: Path, freeze: bool = False, digest: bool = True,
                ) -> tuple[dict[int, Film], TitleIndex, dict[int, int], tuple[int, int] | None]:
    """Read the titles from the file (read-only, a connection of this thread's own), build the
    index (see ``_build_index``) and count the facts of the films that share a title; with the
    films' digest (``queries.films_digest``, ~0.1 s at 40,000 films here rather than in the first
    added article's refresh, see ``refresh``)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(queries.FILMS_SQL).fetchall()
        aliases = [(r[0], r[1]) for r in conn.execute(queries.ALT_TITLES_SQL) if r[1]]
        films, index = _build_index(rows, aliases, freeze)
        shared = [e.id for group in index.shared() for e in group]
        return (films, index, queries.fact_totals_sync(conn, shared) if shared else {},
                queries.films_digest(map(queries.film_row, films.values())) if digest else None)
    finally:
        conn.close()


def _read_added(path: Path, films: dict[int, Film], index: TitleIndex, weight: dict[int, int], freeze: bool = False,
                added: frozenset[int] = frozenset(), others: tuple[int, int] | None = None,
                digest: tuple[int, int] | None = None) -> tuple[dict[int, Film], TitleIndex, dict[int, int],
                                                                 tuple[int, int] | None] | None:
    """What ``_read_index`` would return after films were only added, from the films and index
    before them: the new films' rows alone are read and their titles added to *index*. None when
    a film of *films* is gone from the file or is not the same film any more (removed, or
    replaced, maybe under the same id: SQLite reuses the highest id; *added*, the ids just saved,
    must all be new): then everything is read again.

    *others*: ``queries.films_digest`` of every film in the file but *added*, from the process
    that saved them; when it is the digest of *films* (*digest*, or made here), that is the check,
    and the other rows are not read. The fourth value returned is the digest of the films returned
    (None when not known)."""
    if added & films.keys():
        return None
    vouched = False
    if others is not None and added:
        digest = digest if digest is not None else queries.films_digest(map(queries.film_row, films.values()))
        vouched = digest == others
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.row_factory = sqlite3.Row
        cur = conn.cursor()
        cur.row_factory = None  # plain tuples: 40,000 of them
        order: list[int] | None = None
        if vouched:
            new_ids = sorted(added)
        else:  # every row read and compared (*digest*, of *films*, stays right: they are checked unchanged)
            new_ids = []
            order = []
            for row in cur.execute(_FILM_ORDER_SQL):  # the films' order, as FILMS_SQL gives it
                i = row[0]
                order.append(i)
                f = films.get(i)
                if f is None:
                    new_ids.append(i)
                elif (f.title, f.page_title, f.year, f.n_chars) != row[1:]:
                    return None
            if len(order) - len(new_ids) != len(films):
                return None
        rows = []
        for chunk in range(0, len(new_ids), 500):
            part = new_ids[chunk:chunk + 500]
            marks = ",".join("?" * len(part))
            rows += conn.execute(f"{_FILMS_SELECT} WHERE id IN ({marks})", part).fetchall()
        if len(rows) != len(new_ids):  # an added film already gone again
            return None
        aliases = []  # the new films' alone (every film's were a read of thousands of rows)
        for chunk in range(0, len(new_ids), 500):
            part = new_ids[chunk:chunk + 500]
            aliases += [(r[0], r[1]) for r in conn.execute(
                f"{queries.ALT_TITLES_SQL} AND film_id IN ({','.join('?' * len(part))})", part) if r[1]]
        paused = gc.isenabled()
        gc.disable()
        try:
            new = {f.id: f for f in queries.films_from_rows(rows)}
            out = _in_order(films, list(new.values())) if order is None else {i: films.get(i) or new[i] for i in order}
            index = index.with_added([TitleEntry(f.id, f.title, f.year) for f in new.values()], aliases)
            if freeze:
                gc.freeze()
        finally:
            if paused:
                gc.enable()
        # The fact counts of every film sharing a title with a new one (old films' counts stay).
        shared = [e.id for group in index.groups_of(new) for e in group]
        totals = dict(weight)
        for i in shared:
            totals.pop(i, None)
        if shared:
            totals.update(queries.fact_totals_sync(conn, shared))
        if digest is not None:
            digest = queries.add_digests(digest, queries.films_digest(map(queries.film_row, new.values())))
        return out, index, totals, digest
    finally:
        conn.close()


def _read_removed(path: Path, films: dict[int, Film], index: TitleIndex, weight: dict[int, int], freeze: bool = False,
                  removed: frozenset[int] = frozenset(), digest: tuple[int, int] | None = None,
                  ) -> tuple[dict[int, Film], TitleIndex, dict[int, int], tuple[int, int] | None] | None:
    """What ``_read_index`` would return after the films *removed* were deleted, from the films and
    index before: nothing is read but whether the file still has one of them (then None, and
    everything is read again). The fact counts of the films left sharing a title are unchanged;
    a film whose namesakes are all gone no longer needs one."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        ids = sorted(removed)
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            if conn.execute(f"SELECT 1 FROM films WHERE id IN ({','.join('?' * len(part))}) LIMIT 1", part).fetchone():
                return None
    finally:
        conn.close()
    paused = gc.isenabled()
    gc.disable()
    try:
        groups = index.groups_of(removed)
        out = {i: f for i, f in films.items() if i not in removed}
        new_index = index.with_removed(removed)
        if freeze:
            gc.freeze()
    finally:
        if paused:
            gc.enable()
    totals = {i: n for i, n in weight.items() if i not in removed}
    for group in groups:
        left = [e.id for e in group if e.id not in removed]
        if len(left) < 2:
            for i in left:
                totals.pop(i, None)
    if digest is not None:
        gone = queries.films_digest(queries.film_row(films[i]) for i in removed if i in films)
        digest = queries.add_digests(digest, (-gone[0], -gone[1]))
    return out, new_index, totals, digest


_FILMS_SELECT = queries.FILM_ROWS_SQL
_FILM_ORDER_SQL = queries.FILMS_SQL


def _film_order(f: Film) -> tuple:
    """A film's place in FILMS_SQL's order (title COLLATE NOCASE, year; then id): NOCASE folds
    ASCII letters only and compares UTF-8 bytes, as ``bytes.lower`` and bytes comparison do; a
    NULL year comes first."""
    return f.title.encode("utf-8").lower(), f.year is not None, f.year or 0, f.id


def _in_order(films: dict[int, Film], new: list[Film]) -> dict[int, Film]:
    """*films* (in FILMS_SQL's order) with the *new* ones put in their places, as a read of every
    film would order them: a binary search each (a few keys made, not 40,000)."""
    order = list(films.values())
    for f in sorted(new, key=_film_order):
        order.insert(bisect.bisect_right(order, _film_order(f), key=_film_order), f)
    return dict(zip(map(_film_id, order), order, strict=True))  # C-level: a comprehension over 40,000 films was ~5 ms


_film_id = operator.attrgetter("id")


def _build_index(rows: list, aliases: list[tuple[int, str]], freeze: bool = False) -> tuple[dict[int, Film], TitleIndex]:
    """Films and their title index from the rows of ``queries.film_rows`` (run in a thread).

    The build makes a few hundred thousand objects, none of them in a cycle, that live as long as
    the index. A garbage collection walking them holds the GIL, which stops the event loop too
    (~120 ms at 40,000 films, triggered by the build itself or by the first allocations after it),
    so the collector is paused while they are made and, in the bot (*freeze*, see ``bot.runtime``),
    they are then moved out of its sight."""
    paused = gc.isenabled()
    gc.disable()
    try:
        films = queries.films_from_rows(rows)
        built = {f.id: f for f in films}, TitleIndex((TitleEntry(f.id, f.title, f.year) for f in films), aliases)
        if freeze:
            gc.freeze()
        return built
    finally:
        if paused:
            gc.enable()
