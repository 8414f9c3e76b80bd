"""Writing one parsed article and its facts, and removing films.

One film is one transaction: a reader never sees a half-ingested film, and a
re-ingest of the same film replaces its facts instead of adding duplicates.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata

import aiosqlite

from . import namekeys
from .article import Article
from .database import Transaction
from .facts import FACT_TYPES, Fact, Facts


def _insert_sql(cls: type[Fact]) -> str:
    """The INSERT of one fact class: table and columns come from the registry in bot/facts.py."""
    cols = cls.columns()
    quoted = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    return f"INSERT INTO {cls.TABLE} (film_id, sentence_id, {quoted}) VALUES (?, ?, {marks})"


_INSERT = {cls: _insert_sql(cls) for cls in FACT_TYPES}


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
    async with Transaction(conn):
        return await _write_film(conn, article, facts, source_file=source_file, sha256=sha256, year=year)


async def save_films(conn: aiosqlite.Connection, films: list[tuple[Article, Facts, str, str]]) -> list[int]:
    """Insert or replace several films, given as (article, facts, source, sha256), in one transaction.

    A bulk import (a dump) commits once per batch instead of once per film; a batch is still
    all or nothing, so an import killed mid-batch loses that batch and nothing else."""
    async with Transaction(conn):
        return [await _write_film(conn, a, f, source_file=src, sha256=digest) for a, f, src, digest in films]


#: ``source_file`` of a data pack's film starts so (``bot.datapack.LEAD_PREFIX``): a lead paragraph only.
_LEAD = "pack:"


async def save_pack_films(conn: aiosqlite.Connection, films: list[tuple[Article, Facts, str, str, int | None]]) -> int:
    """Write a data pack's films, given as (article, facts, source, sha256, year), in one transaction
    (a part of a pack is loaded whole or not at all, which is what makes its load resumable), each
    unless a fuller article of the same film is loaded: the same page and year, or the same title
    and year from any other source (a seed, an added file or page). Returns how many were written."""
    written = 0
    async with Transaction(conn):
        for article, facts, source, digest, year in films:
            year = year if year is not None else film_year(article, facts)
            rows = await conn.execute_fetchall(
                "SELECT 1 FROM films WHERE (key = ? OR (title = ? COLLATE NOCASE AND year = ?)) "
                "AND source_file NOT LIKE ? LIMIT 1",
                (film_key(article.page_title, year), article.title, year, _LEAD + "%"))
            if rows:
                continue
            await _write_film(conn, article, facts, source_file=source, sha256=digest, year=year)
            written += 1
    return written


async def _write_film(conn: aiosqlite.Connection, article: Article, facts: Facts, *, source_file: str,
                      sha256: str, year: int | None = None) -> int:
    """The writes of one film, inside the caller's transaction. A fuller article replaces a data
    pack's lead paragraph of the same film (the same title and year) as well as its own earlier copy."""
    year = year if year is not None else film_year(article, facts)
    key = film_key(article.page_title, year)
    await conn.execute("DELETE FROM films WHERE key = ?", (key,))
    if year is not None and not source_file.startswith(_LEAD):
        await conn.execute("DELETE FROM films WHERE title = ? COLLATE NOCASE AND year = ? AND source_file LIKE ?",
                           (article.title, year, _LEAD + "%"))
    cur = await conn.execute(
        "INSERT INTO films (key, title, page_title, year, source_file, sha256, n_chars) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (key, article.title, article.page_title, year, source_file, sha256, article.n_chars),
    )
    film_id = cur.lastrowid
    await conn.executemany(
        "INSERT INTO sections (film_id, idx, heading, level, parent, kind, path) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(film_id, s.idx, s.heading, s.level, s.parent, s.kind, article.section_path(s.idx)) for s in article.sections],
    )
    sentence_ids = await _insert_sentences(
        conn, film_id, [(film_id, s.idx, s.section, s.para, s.ref, s.text) for s in article.sentences])
    by_type: dict[type[Fact], list[tuple]] = {}
    for f in facts.items:
        sid = sentence_ids.get(f.sentence)
        if sid is None:
            continue  # a fact must cite a real sentence
        row = (film_id, sid, *(getattr(f, c) for c in type(f).columns()))
        by_type.setdefault(type(f), []).append(row)
    for cls, rows in by_type.items():
        await conn.executemany(_INSERT[cls], rows)
    await namekeys.write(conn, film_id, [f for f in facts.items if f.sentence in sentence_ids])
    return film_id


#: Rows per multi-row INSERT of sentences: 6 values a row stays under SQLite's oldest limit of 999 variables.
_SENTENCE_ROWS = 150
_SENTENCE_SQL = "INSERT INTO sentences (film_id, idx, section, para, ref, text) VALUES "
_RETURNING = sqlite3.sqlite_version_info >= (3, 35)


async def _insert_sentences(conn: aiosqlite.Connection, film_id: int, rows: list[tuple]) -> dict[int, int]:
    """Insert a film's sentences a few hundred at a time, in order; returns {sentence idx: row id}.

    The full-text index is filled by a trigger, and FTS5 flushes its pending terms at every
    statement's savepoint: ``executemany`` runs one statement a row, so each sentence became a
    segment of its own to merge later (about two thirds of a film's write time). One multi-row
    statement flushes once. Rows keep their order, so sentence ids are the same as before. The ids
    come back with the insert (RETURNING, SQLite 3.35+), not from a query after it: each statement
    is a round trip to the database thread."""
    ids: dict[int, int] = {}
    for i in range(0, len(rows), _SENTENCE_ROWS):
        chunk = rows[i: i + _SENTENCE_ROWS]
        sql = _SENTENCE_SQL + ", ".join(["(?, ?, ?, ?, ?, ?)"] * len(chunk))
        params = [v for row in chunk for v in row]
        if _RETURNING:
            ids.update(await conn.execute_fetchall(sql + " RETURNING idx, id", params))
        else:
            await conn.execute(sql, params)
    if not _RETURNING:
        ids = dict(await conn.execute_fetchall("SELECT idx, id FROM sentences WHERE film_id = ?", (film_id,)))
    return ids


async def delete_film(conn: aiosqlite.Connection, film_id: int) -> bool:
    async with Transaction(conn):
        cur = await conn.execute("DELETE FROM films WHERE id = ?", (film_id,))
        return cur.rowcount > 0
