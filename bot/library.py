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
    """The outcome of resolving what a user typed: one film, a choice to offer, or nothing."""

    film: Film | None = None
    status: str = "none"  # exact | match | ambiguous | none | empty
    candidates: list[Film] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.film is not None


class Library:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn
        self.index = TitleIndex([])
        self._films: dict[int, Film] = {}
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
        self.index = TitleIndex(TitleEntry(f.id, f.title, f.year) for f in films)
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
        return FilmLookup(None, res.status, cands)

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
