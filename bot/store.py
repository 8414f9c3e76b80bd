"""Writing one parsed article and its facts, and removing films.

One film is one transaction: a reader never sees a half-ingested film, and a
re-ingest of the same film replaces its facts instead of adding duplicates.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from typing import NamedTuple

import aiosqlite

from . import namekeys
from .article import Article
from .database import Transaction, on_db_thread, transact
from .facts import FACT_TYPES, Fact, Facts


def _insert_sql(cls: type[Fact]) -> str:
    """The INSERT of one fact class: table and columns come from the registry in bot/facts.py."""
    cols = cls.columns()
    quoted = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    return f"INSERT INTO {cls.TABLE} (film_id, sentence_id, {quoted}) VALUES (?, ?, {marks})"


_INSERT = {cls.TABLE: _insert_sql(cls) for cls in FACT_TYPES}

#: Rows per multi-row INSERT of sentences: 6 values a row stays under SQLite's oldest limit of 999 variables.
_SENTENCE_ROWS = 150
_SENTENCE_SQL = "INSERT INTO sentences (film_id, idx, section, para, ref, text) VALUES "
_RETURNING = sqlite3.sqlite_version_info >= (3, 35)


def film_key(page_title: str, year: int | None) -> str:
    """Identity of a film across re-ingests: its page title and year, normalised."""
    t = unicodedata.normalize("NFKD", page_title).encode("ascii", "ignore").decode().lower()
    t = re.sub(r"[^a-z0-9]+", " ", t).strip()
    return f"{t}|{year or ''}"


def film_year(article: Article, facts: Facts) -> int | None:
    for f in facts.items:
        if f.KIND == "identity" and f.key == "year" and f.value.isdigit():
            return int(f.value)
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", article.disambiguation)
    return int(m.group(1)) if m else None


class FilmRows(NamedTuple):
    """Everything one film writes, as rows ready for ``executemany`` (see :func:`film_rows`).

    Built where the article was read (a bulk ingest's worker process), so the process that writes
    does no per-film work in Python beyond the writes, and what crosses between the processes is
    these rows, not the article and its facts (pickling those back was ~7% of an ingest). Ids are
    not known yet: rows name their film implicitly and their sentence by its ``idx``."""

    key: str
    title: str
    page_title: str
    year: int | None
    source_file: str
    sha256: str
    n_chars: int
    #: (idx, heading, level, parent, kind, path)
    sections: list[tuple]
    #: (idx, section, para, ref, text), in order
    sentences: list[tuple]
    #: (table, rows of (sentence idx, *columns)), tables in the order of their first fact
    facts: list[tuple[str, list[tuple]]]
    #: ``name_keys`` rows without the film: (key, kind, name)
    names: list[tuple[str, str, str]]
    #: ``Facts.counts()``: every fact, also one citing no sentence of the article (never written)
    counts: dict[str, int]


def film_rows(article: Article, facts: Facts, *, source_file: str = "", sha256: str = "",
              year: int | None = None) -> FilmRows:
    """The rows one film writes: what ``save_film`` stores, worked out without the database."""
    year = year if year is not None else film_year(article, facts)
    have = {s.idx for s in article.sentences}
    kept: list[Fact] = []
    by_table: dict[str, list[tuple]] = {}
    for f in facts.items:
        if f.sentence not in have:
            continue  # a fact must cite a real sentence
        kept.append(f)
        cls = type(f)
        by_table.setdefault(cls.TABLE, []).append((f.sentence, *(getattr(f, c) for c in cls.columns())))
    return FilmRows(
        key=film_key(article.page_title, year), title=article.title, page_title=article.page_title, year=year,
        source_file=source_file, sha256=sha256, n_chars=article.n_chars,
        sections=[(s.idx, s.heading, s.level, s.parent, s.kind, article.section_path(s.idx)) for s in article.sections],
        sentences=[(s.idx, s.section, s.para, s.ref, s.text) for s in article.sentences],
        facts=list(by_table.items()),
        names=namekeys.key_rows(kept),
        counts=facts.counts(),
    )


async def save_film(
    conn: aiosqlite.Connection,
    article: Article,
    facts: Facts,
    *,
    source_file: str = "",
    sha256: str = "",
    year: int | None = None,
) -> int:
    """Insert or replace one film with its text and facts, atomically. Returns the film id."""
    return await save_rows(conn, film_rows(article, facts, source_file=source_file, sha256=sha256, year=year))


#: A film of more sentences than this is written in several trips to the database thread, one a
#: chunk of sentences: one trip holds the connection, and the bot's other queries on it, for the
#: whole film (25-40 µs a sentence: a few milliseconds for most films, ~100 ms for an article of a
#: few thousand), where a trip a chunk lets them in between.
ONE_TRIP_SENTENCES = 4 * _SENTENCE_ROWS


async def save_rows(conn: aiosqlite.Connection, rows: FilmRows) -> int:
    """Insert or replace one film given as its rows, atomically: in one round trip to the database
    thread, the transaction included, unless it is long (``ONE_TRIP_SENTENCES``). Returns the film id."""
    if len(rows.sentences) <= ONE_TRIP_SENTENCES:
        return await transact(conn, write_rows, rows)
    async with Transaction(conn):
        film_id = await on_db_thread(conn, _write_film_row, rows)
        ids: dict[int, int] = {}
        for i in range(0, len(rows.sentences), _SENTENCE_ROWS):
            ids.update(await on_db_thread(conn, _write_sentences, film_id, rows.sentences[i: i + _SENTENCE_ROWS]))
        await on_db_thread(conn, _write_facts, rows, film_id, ids)
    return film_id


async def save_batch(conn: aiosqlite.Connection, batch: list[FilmRows]) -> list[int | sqlite3.Error]:
    """Insert or replace several films given as their rows in one transaction and one round trip,
    their sentences indexed for full-text search once for all of them (:func:`write_batch`): a film
    SQLite refuses is its error in the list, the others are written."""
    return await transact(conn, write_batch, batch)


async def save_films(conn: aiosqlite.Connection, films: list[tuple[Article, Facts, str, str]]) -> list[int]:
    """Insert or replace several films, given as (article, facts, source, sha256), in one transaction.

    A bulk import (a dump) commits once per batch instead of once per film; a batch is still
    all or nothing, so an import killed mid-batch loses that batch and nothing else."""
    batch = [film_rows(a, f, source_file=src, sha256=digest) for a, f, src, digest in films]
    return await transact(conn, lambda db: [write_rows(db, r) for r in batch])


#: ``source_file`` of a data pack's film starts so (``bot.datapack.LEAD_PREFIX``): a lead paragraph only.
_LEAD = "pack:"


async def save_pack_films(conn: aiosqlite.Connection, films: list[tuple[Article, Facts, str, str, int | None]]) -> int:
    """Write a data pack's films, given as (article, facts, source, sha256, year), in one transaction
    (a part of a pack is loaded whole or not at all, which is what makes its load resumable), each
    unless a fuller article of the same film is loaded: the same page and year, or the same title
    and year from any other source (a seed, an added file or page). Returns how many were written."""
    batch = [film_rows(a, f, source_file=source, sha256=digest, year=year) for a, f, source, digest, year in films]

    def write(db: sqlite3.Connection) -> int:
        written = 0
        for r in batch:
            fuller = db.execute(
                "SELECT 1 FROM films WHERE (key = ? OR (title = ? COLLATE NOCASE AND year = ?)) "
                f"AND source_file NOT LIKE '{_LEAD}%' LIMIT 1", (r.key, r.title, r.year)).fetchone()
            if fuller is None:
                write_rows(db, r)
                written += 1
        return written

    return await transact(conn, write)


#: A data pack's lead of the same film. The pattern is written in the statement, not bound: SQLite
#: prepares a statement again each time a value bound to the right of LIKE is bound (the plan may
#: depend on it), and this one, with the cascades of a film's deletion, took more time to prepare
#: than any insert of the film to run.
_DELETE_LEADS = f"DELETE FROM films WHERE title = ? COLLATE NOCASE AND year = ? AND source_file LIKE '{_LEAD}%'"


def write_rows(db: sqlite3.Connection, r: FilmRows, *, defer_fts: bool = False) -> int:
    """On the database thread, inside the caller's transaction: the writes of one film. A fuller
    article replaces a data pack's lead paragraph of the same film (the same title and year) as
    well as its own earlier copy. Returns the film id.

    With *defer_fts* its sentences are left out of the full-text index (migration 0009): the
    caller, :func:`write_batch`, indexes them with the rest of its batch before it commits."""
    film_id = _write_film_row(db, r)
    if defer_fts:
        db.execute("INSERT OR IGNORE INTO sentences_fts_deferred (film_id) VALUES (?)", (film_id,))
    ids: dict[int, int] = {}
    for i in range(0, len(r.sentences), _SENTENCE_ROWS):
        ids.update(_write_sentences(db, film_id, r.sentences[i: i + _SENTENCE_ROWS]))
    _write_facts(db, r, film_id, ids)
    return film_id


#: A batch's deferred sentences, indexed in one statement (see migration 0009).
_INDEX_DEFERRED = ("INSERT INTO sentences_fts (rowid, text) SELECT s.id, s.text FROM sentences_fts_deferred d "
                   "JOIN sentences s ON s.film_id = d.film_id")


def write_batch(db: sqlite3.Connection, batch: list[FilmRows]) -> list[int | sqlite3.Error]:
    """On the database thread, inside the caller's transaction: several films, each as
    :func:`write_rows` writes it, and then all their sentences into the full-text index at once.

    A bulk ingest wrote one film a transaction, and each film's sentences went into the FTS5 index
    by trigger, a segment per film to merge later: on the corpus, 3.5 ms of CPU a film written so,
    2.8 in batches of ten (0.8 of it the index's one statement). Each film is its own savepoint, so one SQLite refuses (a full disk, a
    constraint) is that film's error in the list and costs the batch nothing else; the others' film
    ids are returned in order. Readers see the whole batch, indexed, when the caller commits."""
    out: list[int | sqlite3.Error] = []
    for r in batch:
        db.execute("SAVEPOINT film")
        try:
            out.append(write_rows(db, r, defer_fts=True))
        except sqlite3.Error as exc:
            if not db.in_transaction:
                raise  # SQLite rolled the whole transaction back on its own (SQLITE_FULL, SQLITE_IOERR)
            db.execute("ROLLBACK TO film")
            out.append(exc)
        db.execute("RELEASE film")
    db.execute(_INDEX_DEFERRED)
    db.execute("DELETE FROM sentences_fts_deferred")
    return out


def _write_film_row(db: sqlite3.Connection, r: FilmRows) -> int:
    """The film's earlier copy (and a pack's lead of it) deleted, its row and its sections written."""
    db.execute("DELETE FROM films WHERE key = ?", (r.key,))
    if r.year is not None and not r.source_file.startswith(_LEAD):
        db.execute(_DELETE_LEADS, (r.title, r.year))
    film_id = db.execute(
        "INSERT INTO films (key, title, page_title, year, source_file, sha256, n_chars) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (r.key, r.title, r.page_title, r.year, r.source_file, r.sha256, r.n_chars),
    ).lastrowid
    db.executemany("INSERT INTO sections (film_id, idx, heading, level, parent, kind, path) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [(film_id, *s) for s in r.sections])
    return film_id


def _write_sentences(db: sqlite3.Connection, film_id: int, chunk: list[tuple]) -> list[tuple[int, int]]:
    """One chunk of sentences (``_SENTENCE_ROWS`` at most) in one statement, in order; their
    (idx, id), or nothing without RETURNING (``_write_facts`` then reads them).

    The full-text index is filled by a trigger, and FTS5 flushes its pending terms at every
    statement's savepoint, so ``executemany`` (one statement a row) made each sentence a segment of
    its own to merge later (about two thirds of a film's write time); one multi-row statement
    flushes once. The ids come back with the insert (RETURNING, SQLite 3.35+)."""
    sql = _SENTENCE_SQL + ", ".join(["(?, ?, ?, ?, ?, ?)"] * len(chunk))
    params = [v for row in chunk for v in (film_id, *row)]
    if _RETURNING:
        return db.execute(sql + " RETURNING idx, id", params).fetchall()
    db.execute(sql, params)
    return []


def _write_facts(db: sqlite3.Connection, r: FilmRows, film_id: int, ids: dict[int, int]) -> None:
    """The film's facts, each pointing at its sentence's id, and its name keys."""
    if not _RETURNING:
        ids = dict(db.execute("SELECT idx, id FROM sentences WHERE film_id = ?", (film_id,)).fetchall())
    for table, rows in r.facts:
        db.executemany(_INSERT[table], [(film_id, ids[idx], *rest) for idx, *rest in rows])
    db.executemany("INSERT INTO name_keys (key, film_id, kind, name) VALUES (?, ?, ?, ?)",
                   [(k, film_id, kind, name) for k, kind, name in r.names])


async def delete_film(conn: aiosqlite.Connection, film_id: int) -> bool:
    async with Transaction(conn):
        cur = await conn.execute("DELETE FROM films WHERE id = ?", (film_id,))
        return cur.rowcount > 0
