"""The film library: the open database plus the in-memory title index built from it.

Everything that needs "which film did the user mean?" goes through here, so the CLI,
the console and the cogs resolve titles identically. The index is rebuilt only when
films are added or removed, never per query.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import aiosqlite

from . import namekeys, queries
from .database import connect, friendly
from .ingest import IngestResult, ingest_bytes, ingest_paths
from .matching import TitleEntry, TitleIndex
from .queries import Film
from .store import delete_film


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


class Library:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn
        self.index = TitleIndex([])
        self._films: dict[int, Film] = {}
        #: Fact counts of the films that share a title with another film ("which one is meant").
        self._weight: dict[int, int] = {}
        #: Bumped whenever the set of films changes; caches derived from the films key on it.
        self.version = 0

    @classmethod
    async def open(cls, path: str | Path) -> Library:
        lib = cls(await connect(path))
        await namekeys.ensure(lib.conn)
        await lib.refresh()
        return lib

    async def close(self) -> None:
        await self.conn.close()

    async def refresh(self) -> None:
        """Rebuild the title index after the set of films changed."""
        films = await queries.list_films(self.conn)
        self._films = {f.id: f for f in films}
        self.index = TitleIndex((TitleEntry(f.id, f.title, f.year) for f in films), await queries.alt_titles(self.conn))
        shared = [e.id for group in self.index.shared() for e in group]
        self._weight = await queries.fact_totals(self.conn, shared) if shared else {}
        self.version += 1

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

    def autocomplete(self, query: str, limit: int = 25) -> list[Film]:
        return [self._films[e.id] for e in self.index.autocomplete(query, limit) if e.id in self._films]

    # --- changes ---------------------------------------------------------------------------
    async def ingest(self, paths, progress=None) -> list[IngestResult]:
        results = await ingest_paths(self.conn, paths, progress)
        if any(r.ok for r in results):
            await self.refresh()
        return results

    async def add_article(self, data: bytes, source: str) -> IngestResult:
        try:
            result = await ingest_bytes(self.conn, data, source=source)
        except sqlite3.Error as exc:
            logging.getLogger(__name__).warning("could not save %s: %s", source, exc)
            return IngestResult(path=source, error=friendly(exc))
        if result.ok:
            await self.refresh()
        return result

    async def remove(self, film_id: int) -> bool:
        """Remove a film; raises StorageError with a friendly reason when SQLite refuses."""
        try:
            removed = await delete_film(self.conn, film_id)
        except sqlite3.Error as exc:
            raise StorageError(friendly(exc)) from None
        if removed:
            await self.refresh()
        return removed
