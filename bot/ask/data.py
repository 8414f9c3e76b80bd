"""Per-film facts and name index, loaded once per film and cached (questions come in bursts)."""

from __future__ import annotations

import asyncio
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field

from .. import queries
from ..facts import KINDS
from .text import NameFinder

CACHE_FILMS = 256

#: One film's sentences in a full-text search (its id given twice, then once more for ``s.film_id = ?``):
#: its sentences are one run of rowids, handed to the index as its range (as ``queries.search_sentences``
#: does). Without it the planner walked the film's sentences and ran the word's search once for each
#: (a common word: 2 ms of a question at 40,000 films, 0.1 ms bounded). Same rows; a query that reads
#: more than one keeps the article's order by its own ``ORDER BY s.idx``, the order the walk gave, and
#: keeps the search outside by a CROSS JOIN (left to itself the planner walks the film for that order).
FILM_ROWIDS = ("sentences_fts.rowid BETWEEN (SELECT min(id) FROM sentences WHERE film_id = ?) "
               "AND (SELECT max(id) FROM sentences WHERE film_id = ?) AND s.film_id = ?")


@dataclass
class FilmData:
    film_id: int
    facts: dict[str, list[dict]] = field(default_factory=dict)
    names: NameFinder | None = None
    #: the film's character alias pairs and shared name words (bot/ask/aliases.py), read at its first open search
    aliases: tuple | None = None
    #: the plot's text, joined, and its words (bot/ask/film.py reads which parts it names), read once a film
    plot_words: tuple[str, frozenset[str]] | None = None

    def of(self, kind: str) -> list[dict]:
        return self.facts.get(kind, [])


class _Cache:
    """An LRU of FilmData for one library; emptied when the library's set of films changes."""

    def __init__(self) -> None:
        self.version = -1
        self.films: OrderedDict[int, FilmData] = OrderedDict()
        self.extra: dict[str, object] = {}


_CACHES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def cache_for(lib) -> _Cache:
    """The cache of *lib*, reset when its films changed (removed, re-ingested). When films were
    only added (``Library.added_since``) each other film's data is still right and stays: emptied
    after every added article, it refilled under load, six reads a film, and those were the slowest
    answers of the seconds that followed. What spans films (``extra``) starts again."""
    c = _CACHES.get(lib)
    if c is None or c.version != lib.version:
        added = lib.added_since(c.version) if c is not None and hasattr(lib, "added_since") else None
        if c is None or added is None:
            c = _Cache()
            _CACHES[lib] = c
        else:
            for film_id in added:
                c.films.pop(film_id, None)
            c.extra.clear()
        c.version = lib.version
    return c


async def film_data(lib, film_id: int) -> FilmData:
    c = cache_for(lib)
    got = c.films.get(film_id)
    if got is not None:
        c.films.move_to_end(film_id)
        return got
    data = FilmData(film_id)
    # Every kind's read queued at once: the database thread runs them back to back, where awaiting
    # each in turn woke it and then the event loop once a kind (ten hand-overs a first question about
    # a film, each a wait for a core on a busy host). Same reads, same rows.
    for kind, rows in zip(KINDS, await asyncio.gather(*(queries.facts(lib.conn, film_id, k) for k in KINDS)), strict=True):
        data.facts[kind] = rows
    data.names = NameFinder(_names(data))
    c.films[film_id] = data
    while len(c.films) > CACHE_FILMS:
        c.films.popitem(last=False)
    return data


def _names(d: FilmData) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for r in d.of("cast"):
        out.append(("actor", r["actor"]))
        if r["character"]:
            out.append(("character", r["character"]))
    for r in d.of("crew"):
        if r["role"] not in ("production_company", "distributor"):
            out.append(("crew", r["name"]))
    for r in d.of("casting"):
        out.append(("casting", r["person"]))
        if r["character"]:
            out.append(("character", r["character"]))
        if r["other"]:
            out.append(("casting", r["other"]))
    for r in d.of("plot_character"):
        out.append(("plot", r["name"]))
    for r in d.of("review"):
        if r["critic"]:
            out.append(("critic", r["critic"]))
        if r["publication"]:
            out.append(("publication", r["publication"]))
    return out
