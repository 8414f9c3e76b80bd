"""The query layer: plain async functions over the database, shared by the CLI, the console and the cogs.

Facts come back typed (:func:`typed_facts`: the dataclasses of bot/facts.py, each with its
``cited`` :class:`~bot.facts.Source`) or as plain dicts carrying their source (:func:`facts`,
for the renderers that still read dicts); either way every renderer can cite where a fact
came from. Tables and columns come from the fact registry, never from the caller.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

import aiosqlite

from .facts import FACT_TYPES, F, Source, fact_type


@dataclass(frozen=True)
class Film:
    id: int
    title: str
    page_title: str
    year: int | None
    n_chars: int

    @property
    def label(self) -> str:
        return f"{self.title} ({self.year})" if self.year else self.title


def _film(row) -> Film:
    return Film(row["id"], row["title"], row["page_title"], row["year"], row["n_chars"])


async def count_films(conn: aiosqlite.Connection) -> int:
    async with conn.execute("SELECT count(*) FROM films") as cur:
        return (await cur.fetchone())[0]


async def list_films(conn: aiosqlite.Connection, *, limit: int | None = None) -> list[Film]:
    return films_from_rows(await film_rows(conn, limit=limit))


#: Every film, as ``list_films`` reads them (``Library.refresh`` runs it on a connection of its own).
FILMS_SQL = "SELECT id, title, page_title, year, n_chars FROM films ORDER BY title COLLATE NOCASE, year"
#: Every film's row as ``Film`` holds it, in no order.
FILM_ROWS_SQL = FILMS_SQL[:FILMS_SQL.index(" ORDER BY")]
_DIGEST_MASK = (1 << 64) - 1


def film_row(f: Film) -> tuple:
    """A film as a row of ``FILM_ROWS_SQL`` gives it."""
    return f.id, f.title, f.page_title, f.year, f.n_chars


def films_digest(rows: Iterable[tuple]) -> tuple[int, int]:
    """(how many, a 64-bit sum of each row's hash) of film rows: the same for the same rows in any
    order and in any process (no per-process hash seed), and the sum of two digests is the
    digest of both sets of rows (``add_digests``). Lets the process that saved an article tell the
    bot that the other films in the file are exactly the ones the bot has, without the bot reading
    all of them (see ``Library.refresh``)."""
    total = n = 0
    for r in rows:
        total += int.from_bytes(hashlib.blake2b(repr(tuple(r)).encode("utf-8"), digest_size=8).digest(), "little")
        n += 1
    return n, total & _DIGEST_MASK


def add_digests(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return a[0] + b[0], (a[1] + b[1]) & _DIGEST_MASK
#: Every original-language or alternative title the articles state, as (film id, title).
ALT_TITLES_SQL = "SELECT film_id, value FROM identity WHERE key IN ('original_title', 'alt_title')"


async def film_rows(conn: aiosqlite.Connection, *, limit: int | None = None) -> list:
    """The rows ``list_films`` reads, not yet converted: at 40,000 films the conversion is worth
    doing off the event loop (``films_from_rows`` in a thread, see ``Library.refresh``)."""
    sql = FILMS_SQL
    params: tuple = ()
    if limit is not None:
        sql += " LIMIT ?"
        params = (limit,)
    async with conn.execute(sql, params) as cur:
        return list(await cur.fetchall())


def films_from_rows(rows) -> list[Film]:
    return [_film(r) for r in rows]


#: Where each film came from, counted: a data pack (``pack:NAME``), a page added from Wikipedia, a page of
#: an XML export or dump (its source is ``file#page``), the seeds, or another article file.
ORIGINS_SQL = (
    "SELECT CASE WHEN source_file LIKE 'pack:%' THEN substr(source_file, 1, instr(source_file || ' ', ' ') - 1) "
    "WHEN source_file LIKE 'http%' THEN 'wikipedia' WHEN source_file LIKE '%#%' THEN 'xml' "
    "WHEN source_file LIKE '%seeds/%' OR source_file LIKE '%seeds\\%' THEN 'seeds' ELSE 'file' END AS origin, "
    "count(*) FROM films GROUP BY origin"
)


async def film_origins(conn: aiosqlite.Connection) -> dict[str, int]:
    """How many films came from where (see ``ORIGINS_SQL``); a pack's films under ``pack:NAME``."""
    out: dict[str, int] = {}
    for origin, n in await conn.execute_fetchall(ORIGINS_SQL):
        key = origin.split("/", 1)[0] if origin.startswith("pack:") else origin
        out[key] = out.get(key, 0) + n
    return out


async def film_source(conn: aiosqlite.Connection, film_id: int) -> str:
    """The ``source_file`` a film was read from (a path, a URL, or a data pack's mark)."""
    rows = await conn.execute_fetchall("SELECT source_file FROM films WHERE id = ?", (film_id,))
    return rows[0][0] if rows else ""


async def alt_titles(conn: aiosqlite.Connection) -> list[tuple[int, str]]:
    """(film id, title) of every original-language or alternative title the articles state."""
    async with conn.execute(ALT_TITLES_SQL) as cur:
        return [(r[0], r[1]) for r in await cur.fetchall() if r[1]]


async def title_rows(conn: aiosqlite.Connection) -> list[tuple[int, str, int | None]]:
    """(id, title, year) of every film: what the title index is built from."""
    async with conn.execute("SELECT id, title, year FROM films") as cur:
        return [(r[0], r[1], r[2]) for r in await cur.fetchall()]


async def get_film(conn: aiosqlite.Connection, film_id: int) -> Film | None:
    async with conn.execute("SELECT id, title, page_title, year, n_chars FROM films WHERE id = ?", (film_id,)) as cur:
        row = await cur.fetchone()
    return _film(row) if row else None


async def fact_counts(conn: aiosqlite.Connection, film_id: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for cls in FACT_TYPES:
        async with conn.execute(f"SELECT count(*) FROM {cls.TABLE} WHERE film_id = ?", (film_id,)) as cur:
            n = (await cur.fetchone())[0]
        if n:
            out[cls.KIND] = n
    return out


def _totals_queries(film_ids: list[int]):
    """(sql, ids) per fact table and chunk of 500 ids: the counts ``fact_totals`` adds up."""
    ids = sorted(set(film_ids))
    for at in range(0, len(ids), 500):
        chunk = ids[at : at + 500]
        marks = ",".join("?" * len(chunk))
        for cls in FACT_TYPES:
            yield f"SELECT film_id, count(*) FROM {cls.TABLE} WHERE film_id IN ({marks}) GROUP BY film_id", chunk


async def fact_totals(conn: aiosqlite.Connection, film_ids: list[int]) -> dict[int, int]:
    """How many facts each of *film_ids* has (all kinds together; films without any are left out)."""
    out: dict[int, int] = {}
    for sql, chunk in _totals_queries(film_ids):
        for film_id, n in await conn.execute_fetchall(sql, chunk):
            out[film_id] = out.get(film_id, 0) + n
    return out


def fact_totals_sync(conn: sqlite3.Connection, film_ids: list[int]) -> dict[int, int]:
    """``fact_totals`` on a plain sqlite3 connection, for a thread that has one of its own
    (``Library.refresh``: thousands of films share a title in a large library, and those counts
    read through the bot's shared connection held up every command's reads behind them)."""
    out: dict[int, int] = {}
    for sql, chunk in _totals_queries(film_ids):
        for film_id, n in conn.execute(sql, chunk):
            out[film_id] = out.get(film_id, 0) + n
    return out


def _select_sql(cls) -> str:
    select = ", ".join(f'f."{c}"' for c in cls.columns())
    return (
        f"SELECT {select}, s.idx AS s_idx, s.ref AS s_ref, s.text AS s_text, sec.path AS s_path "
        f"FROM {cls.TABLE} f JOIN sentences s ON s.id = f.sentence_id "
        f"JOIN sections sec ON sec.film_id = s.film_id AND sec.idx = s.section "
        f"WHERE f.film_id = ? ORDER BY s.idx, f.id"
    )


_SELECT = {cls: _select_sql(cls) for cls in FACT_TYPES}
# Columns SQLite stores as INTEGER 0/1 that the dataclass declares bool.
_BOOLS = {cls: tuple(f.name for f in cls.__dataclass_fields__.values() if f.type in ("bool", bool)) for cls in FACT_TYPES}


async def typed_facts(conn: aiosqlite.Connection, film_id: int, cls: type[F]) -> list[F]:
    """One kind of fact of a film, in article order, as its dataclass with ``cited`` set.

    ``sentence`` is the sentence's index in the article; ``cited`` its section path and text.
    One trip to the connection's thread (not three: execute, fetch, close): commands read several
    kinds per film, and under load each trip is a wake-up of that thread and a GIL hand-over."""
    rows = await conn.execute_fetchall(_SELECT[cls], (film_id,))
    cols = cls.columns()
    bools = _BOOLS[cls]
    out = []
    for r in rows:
        values = {c: r[c] for c in cols}
        for b in bools:
            values[b] = bool(values[b])
        source = Source(section=r["s_path"], sentence=r["s_text"], ref=r["s_ref"], idx=r["s_idx"])
        out.append(cls(sentence=r["s_idx"], cited=source, **values))
    return out


def fact_row(fact) -> dict:
    """The dict view of a typed fact: its columns and ``source`` {section, sentence, ref}.

    ScoreFact's own ``source`` field (the aggregator) is ``aggregator`` here, since ``source``
    is the citation."""
    d = {c: getattr(fact, c) for c in fact.columns()}
    if "source" in d:
        d["aggregator"] = d.pop("source")
    c = fact.cited
    d["source"] = {"section": c.section, "sentence": c.sentence, "ref": c.ref} if c else {}
    return d


async def facts(conn: aiosqlite.Connection, film_id: int, kind: str) -> list[dict]:
    """Rows of one fact kind for a film, in article order, each a dict with a ``source``
    (see :func:`fact_row`); :func:`typed_facts` gives the same facts typed.

    The dicts are made from the rows directly, as :func:`fact_row` makes them from the typed facts (the
    same keys in the same order, the same values): a film's first /ask reads every kind, and building a
    frozen dataclass for each fact only to take it apart again was ~12 µs a fact (1.7 ms for a film of
    136 facts, at every film's first question)."""
    cls = fact_type(kind)
    rows = await conn.execute_fetchall(_SELECT[cls], (film_id,))
    cols = cls.columns()
    bools = _BOOLS[cls]
    renamed = "source" in cols  # ScoreFact's own ``source`` (the aggregator) is ``aggregator`` here
    out = []
    for r in rows:
        d = {c: r[c] for c in cols}
        for b in bools:
            d[b] = bool(d[b])
        if renamed:
            d["aggregator"] = d.pop("source")
        d["source"] = {"section": r["s_path"], "sentence": r["s_text"], "ref": r["s_ref"]}
        out.append(d)
    return out


async def sections(conn: aiosqlite.Connection, film_id: int) -> list[dict]:
    return [dict(r) for r in await conn.execute_fetchall(
        "SELECT idx, heading, level, parent, kind, path FROM sections WHERE film_id = ? ORDER BY idx", (film_id,))]


async def sentences_in(conn: aiosqlite.Connection, film_id: int, kinds: tuple[str, ...]) -> list[dict]:
    """Sentences of the sections of these kinds (or below them), in article order."""
    marks = ", ".join("?" for _ in kinds)
    sql = (
        "SELECT s.idx, s.para, s.ref, s.text, sec.path, sec.kind FROM sentences s "
        "JOIN sections sec ON sec.film_id = s.film_id AND sec.idx = s.section "
        "LEFT JOIN sections p ON p.film_id = sec.film_id AND p.idx = sec.parent "
        f"WHERE s.film_id = ? AND (sec.kind IN ({marks}) OR p.kind IN ({marks})) ORDER BY s.idx"
    )
    return [dict(r) for r in await conn.execute_fetchall(sql, (film_id, *kinds, *kinds))]


async def search_sentences(conn: aiosqlite.Connection, film_id: int | None, query: str, limit: int = 10,
                           prefixes: tuple[str, ...] = ()) -> list[dict]:
    """Full-text search (BM25) over article sentences; the query is quoted term by term. *prefixes* are
    searched as word starts too ("stunt" finds "stunts"; the index does not stem). Each row carries its
    paragraph and its section's kind, so a ranking can prefer the plot or the production history."""
    terms = [t for t in "".join(ch if ch.isalnum() else " " for ch in query).split() if t]
    starts = [t for t in "".join(ch if ch.isalnum() else " " for ch in " ".join(prefixes)).split() if t]
    if not terms and not starts:
        return []
    match = " OR ".join([f'"{t}"' for t in terms[:32]] + [f'"{t}"*' for t in starts[:16]])
    if film_id is not None:
        # One film's sentences are one run of rowids: bounding the full-text scan by it keeps a
        # common word ("think") from walking every film of a large library first. The bounds are
        # scalar subqueries of the same statement (SQLite evaluates them once and hands them to the
        # full-text index as its rowid range): one trip to the connection's thread instead of a
        # bounds query first, and an unknown film's NULL bounds match nothing.
        # a subsection of no kind of its own ("Plot > Part II", "Production > Ending") is of its parent's kind
        sql = (
            "SELECT s.film_id, s.idx, s.para, s.text, sec.path, "
            "CASE WHEN sec.kind = 'other' AND p.kind IS NOT NULL THEN p.kind ELSE sec.kind END AS kind, "
            "bm25(sentences_fts) AS rank FROM sentences_fts "
            "JOIN sentences s ON s.id = sentences_fts.rowid "
            "JOIN sections sec ON sec.film_id = s.film_id AND sec.idx = s.section "
            "LEFT JOIN sections p ON p.film_id = sec.film_id AND p.idx = sec.parent "
            "WHERE sentences_fts MATCH ? AND sentences_fts.rowid BETWEEN (SELECT min(id) FROM sentences WHERE film_id = ?) "
            "AND (SELECT max(id) FROM sentences WHERE film_id = ?) AND s.film_id = ? ORDER BY rank LIMIT ?"
        )
        params: tuple = (match, film_id, film_id, film_id, limit)
    else:
        sql = (
            "SELECT s.film_id, s.idx, s.para, s.text, sec.path, sec.kind, bm25(sentences_fts) AS rank FROM sentences_fts "
            "JOIN sentences s ON s.id = sentences_fts.rowid "
            "JOIN sections sec ON sec.film_id = s.film_id AND sec.idx = s.section "
            "WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        params = (match, limit)
    # execute_fetchall: one trip to the connection's thread, not three (see typed_facts)
    return [dict(r) for r in await conn.execute_fetchall(sql, params)]


async def sentences_after(conn: aiosqlite.Connection, film_id: int, ref: str, limit: int = 2) -> list[str]:
    """The sentences that follow the one cited as *ref* ("p12.s0") in its paragraph.

    CROSS JOIN keeps the cited sentence the outer loop: left to the planner, it walked every
    sentence of the film and looked the cited one up for each (50 ms on a long article at 40,000
    films, the slowest /ask of the benchmark)."""
    return [r[0] for r in await conn.execute_fetchall(
        "SELECT n.text FROM sentences c CROSS JOIN sentences n ON n.film_id = c.film_id AND n.para = c.para AND n.idx > c.idx "
        "WHERE c.film_id = ? AND c.ref = ? ORDER BY n.idx LIMIT ?",
        (film_id, ref, limit),
    )]


async def export_film(conn: aiosqlite.Connection, film: Film) -> dict:
    """The stable JSON export of one film's facts (the `facts --json` format).

    One key per fact kind (its ``JSON_KEY``), each fact with every column and its ``source``
    {section, sentence}; the format only ever gains fields (see ``Fact.export``)."""
    out: dict = {"title": film.title, "year": film.year}
    for cls in FACT_TYPES:
        out[cls.JSON_KEY] = cls.export_group(await typed_facts(conn, film.id, cls))
    return out

