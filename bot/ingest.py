"""Checking and ingesting article files.

Each file is checked before anything is written, and each film is written in its
own transaction (a bulk ingest's in batches, each film its own savepoint), so one
bad file is reported in one line and costs nothing else.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import multiprocessing
import os
import re
import sqlite3
import sys
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import aiosqlite

from .article import Article, parse_article
from .database import friendly
from .extract import extract_all
from .facts import Facts
from .store import ONE_TRIP_SENTENCES, FilmRows, film_rows, film_year, save_batch, save_film, save_rows
from .workers import end_with_parent

log = logging.getLogger(__name__)

MAX_BYTES = 2 * 1024 * 1024
ARTICLE_SUFFIXES = {".txt"}

_FILM_WORDS = re.compile(
    r"\b(film|films|movie|motion picture|documentary|anime|animated|directed|starring|screenplay|"
    r"feature|cinema|picture)\b",
    re.I,
)


# Control characters other than tab, newline and carriage return: many of them mean binary or garbled
# text. Counted by a pattern, not a loop over every character of the file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class BadArticle(Exception):
    """A file that is not a usable film article; str() is the reason, fit for one line."""


@dataclass
class IngestResult:
    path: str
    film_id: int | None = None
    title: str = ""
    year: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    error: str = ""
    #: Set by the worker process that saved it: ``queries.films_digest`` of every other film in the
    #: file right after (the bot then need not read them all to know nothing else changed).
    others_digest: tuple[int, int] | None = None

    @property
    def ok(self) -> bool:
        return not self.error


def decode_article(data: bytes) -> str:
    """Bytes → text, or BadArticle naming why not."""
    if not data.strip():
        raise BadArticle("empty file")
    if len(data) > MAX_BYTES:
        raise BadArticle(f"file is {len(data) / 1024 / 1024:.1f} MB, over the 2 MB limit")
    if b"\x00" in data:
        raise BadArticle("binary file (contains NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadArticle(f"not UTF-8 text (invalid byte at offset {exc.start})") from None
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 200):
        raise BadArticle("binary or garbled text (too many control characters)")
    return text


def parse_checked(text: str) -> Article:
    """Parse and make sure it reads like a film article."""
    try:
        article = parse_article(text)
    except ValueError as exc:
        raise BadArticle(f"not a film article ({exc})") from None
    if len(article.page_title) > 300:
        raise BadArticle("not a film article (the first line is not a title)")
    if not article.sentences:
        raise BadArticle("not a film article (a title but no text)")
    head = " ".join(s.text for s in article.sentences[:6])
    looks_like_film = (
        "film" in article.disambiguation.lower()
        or _FILM_WORDS.search(head)
        or any(s.kind in {"plot", "cast"} for s in article.sections)
    )
    if not looks_like_film:
        raise BadArticle("not a film article (its lead never says it is a film)")
    return article


def prepare(data: bytes) -> tuple[Article, Facts, str]:
    """Check, parse and extract, without touching the database."""
    text = decode_article(data)
    article = parse_checked(text)
    facts = extract_all(article)
    return article, facts, hashlib.sha256(data).hexdigest()


def prepare_wikitext(page_title: str, wikitext: str) -> tuple[Article, Facts, str]:
    """Check, parse and extract one wikitext page (an XML export, a dump, the MediaWiki API).

    A page that is not a film article (a redirect, a person, a TV series, a film series) is
    BadArticle naming why, decided from the raw text before anything is parsed."""
    from .wikitext import not_film_reason, parse_page

    page_title = " ".join((page_title or "").split())
    if not page_title:
        raise BadArticle("a page without a title")
    size = len(wikitext.encode("utf-8"))
    if size > 4 * MAX_BYTES:
        raise BadArticle(f"page is {size / 1024 / 1024:.1f} MB of wikitext, over the 8 MB limit")
    reason = not_film_reason(page_title, wikitext)
    if reason:
        raise BadArticle(reason)
    article, facts = parse_page(page_title, wikitext)
    if not article.sentences:
        raise BadArticle("not a film article (an infobox but no text)")
    return article, facts, hashlib.sha256(wikitext.encode("utf-8")).hexdigest()


async def ingest_wikitext(conn: aiosqlite.Connection, page_title: str, wikitext: str, *, source: str) -> IngestResult:
    """One wikitext page into the database, as ``ingest_bytes`` does for a plain-text article."""
    result = IngestResult(path=source)
    try:
        article, facts, digest = prepare_wikitext(page_title, wikitext)
    except BadArticle as exc:
        result.error = str(exc)
        return result
    result.film_id = await save_film(conn, article, facts, source_file=source, sha256=digest)
    result.title = article.title
    result.year = film_year(article, facts)  # what save_film stored, without asking the database again
    result.counts = facts.counts()
    return result


async def ingest_bytes(conn: aiosqlite.Connection, data: bytes, *, source: str, year: int | None = None) -> IngestResult:
    result = IngestResult(path=source)
    try:
        article, facts, digest = prepare(data)
    except BadArticle as exc:
        result.error = str(exc)
        return result
    result.film_id = await save_film(conn, article, facts, source_file=source, sha256=digest, year=year)
    result.title = article.title
    # what save_film stored, without a query (each statement is a round trip to the database thread)
    result.year = year if year is not None else film_year(article, facts)
    result.counts = facts.counts()
    return result


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders as their article files (sorted, recursive)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in ARTICLE_SUFFIXES))
        else:
            out.append(p)
    return out


#: From this many files, articles are parsed in worker processes while this one writes: parsing is
#: pure Python and several times the cost of the writes, so a bulk ingest on a machine with two cores
#: or more reads ahead in parallel instead of one article at a time. Fewer files (a test, an added
#: article or two) are read here: forking workers would cost more than it saves.
PARALLEL_FROM = 24
#: Worker processes at most (one per core otherwise), and articles read ahead per worker.
MAX_WORKERS, AHEAD = 4, 4


def _read_file(path: Path) -> bytes:
    if path.stat().st_size > MAX_BYTES:
        raise BadArticle(f"file is {path.stat().st_size / 1024 / 1024:.1f} MB, over the 2 MB limit")
    return path.read_bytes()


def _prepare_file(path: Path) -> FilmRows | str:
    """Runs in a worker: one file checked, parsed and extracted, and its film's rows built (see
    ``store.FilmRows``: only they travel back, not the article and its facts); the reason as a
    string when it is not a usable article (the same one line the sequential path gives)."""
    try:
        article, facts, digest = prepare(_read_file(path))
    except BadArticle as exc:
        return str(exc)
    except OSError as exc:
        return f"cannot read file ({exc.strerror or exc})"
    return film_rows(article, facts, source_file=str(path), sha256=digest)


def _workers(n_files: int) -> int:
    """Worker processes for a bulk ingest, or 0 to read every file in this process. Only where a
    process can be forked (Linux): a forked worker starts with the extractors already loaded, where
    a spawned one would spend a second of CPU importing and compiling them."""
    cores = os.cpu_count() or 1
    if n_files < PARALLEL_FROM or cores < 2 or not sys.platform.startswith("linux"):
        return 0
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    return min(cores, MAX_WORKERS)


#: A bulk ingest writes the films its workers prepared in batches, one transaction each, their
#: sentences indexed for full-text search once a batch (``store.write_batch``): a commit and an
#: index segment (merged again later) a film were a fifth of its writing. A batch is at most this
#: many films, ...
BATCH_FILMS = 32
#: ... and at most this many sentences: a batch holds the connection (and the bot's queries queued
#: on it) while it is written, ~45 µs of CPU a sentence with its facts and index entries, so about
#: what one film of ``store.ONE_TRIP_SENTENCES`` already held it; a longer film is written alone, in
#: several trips, as before.
BATCH_SENTENCES = ONE_TRIP_SENTENCES
#: ... and written when a film comes this long (seconds) after the batch's first, so a slow read-ahead
#: (long articles, a busy host) does not keep films that are ready from the library and progress unreported.
BATCH_SECONDS = 1.0


def _result(path: Path, prepared: FilmRows, film_id: int) -> IngestResult:
    return IngestResult(path=str(path), film_id=film_id, title=prepared.title, year=prepared.year,
                        counts=prepared.counts)


async def _save_batch(conn: aiosqlite.Connection, batch: list[tuple[Path, FilmRows | str]]) -> list[IngestResult]:
    """The write half of ``ingest_bytes`` for several films the workers prepared, in one transaction
    (``store.save_batch``); a result each, in order, with the reason for a file that is not a usable
    article or a film SQLite refused (the others are written all the same)."""
    rows = [p for _path, p in batch if not isinstance(p, str)]
    written: list[int | sqlite3.Error]
    try:
        written = await save_batch(conn, rows) if rows else []
    except sqlite3.Error as exc:  # the transaction itself failed (busy, full disk): nothing of it was written
        written = [exc] * len(rows)
    out: list[IngestResult] = []
    each = iter(written)
    for path, prepared in batch:
        if isinstance(prepared, str):
            out.append(IngestResult(path=str(path), error=prepared))
            continue
        got = next(each)
        if isinstance(got, sqlite3.Error):
            out.append(IngestResult(path=str(path), error=friendly(got)))
        else:
            out.append(_result(path, prepared, got))
    return out


async def _save_prepared(conn: aiosqlite.Connection, path: Path, prepared: FilmRows | str) -> IngestResult:
    """The write half of ``ingest_bytes`` for a film a worker prepared (or the reason it is not one)."""
    result = IngestResult(path=str(path))
    if isinstance(prepared, str):
        result.error = prepared
        return result
    try:
        result.film_id = await save_rows(conn, prepared)
    except sqlite3.Error as exc:
        return IngestResult(path=str(path), error=friendly(exc))
    result.title = prepared.title
    result.year = prepared.year
    result.counts = prepared.counts
    return result


async def ingest_paths(
    conn: aiosqlite.Connection,
    paths: Iterable[str | Path],
    progress: Callable[[int, int, IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Every article file under *paths* into the database, in order: one transaction per film, or
    for a bulk ingest one per batch of films (see ``BATCH_FILMS``).

    A bulk ingest parses in worker processes (see ``PARALLEL_FROM``) while this process writes the
    films in the order of the files, so the results, the film ids and every row are the same as
    when the files are read one by one here, and so are the full-text index's entries (written once
    a batch instead of once a film)."""
    files = expand_paths(paths)
    workers = _workers(len(files))
    if workers:
        return await _ingest_parallel(conn, files, workers, progress)
    results: list[IngestResult] = []
    for i, path in enumerate(files, 1):
        try:
            data = _read_file(path)
            result = await ingest_bytes(conn, data, source=str(path))
        except BadArticle as exc:
            result = IngestResult(path=str(path), error=str(exc))
        except OSError as exc:
            result = IngestResult(path=str(path), error=f"cannot read file ({exc.strerror or exc})")
        except sqlite3.Error as exc:
            result = IngestResult(path=str(path), error=friendly(exc))
        results.append(result)
        if progress:
            progress(i, len(files), result)
    return results


async def _ingest_parallel(conn: aiosqlite.Connection, files: list[Path], workers: int,
                           progress: Callable[[int, int, IngestResult], None] | None) -> list[IngestResult]:
    from .extract import load_all

    load_all()  # loaded before the fork: every worker starts with the extractors compiled
    loop = asyncio.get_running_loop()
    results: list[IngestResult] = []
    pending: deque = deque()
    todo = iter(files)
    rest: list[Path] = []
    # The workers end with this process: killed with SIGKILL, it left them waiting forever.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=end_with_parent,
                             initargs=(os.getpid(),)) as pool:
        def submit() -> None:
            path = next(todo, None)
            if path is not None:
                pending.append((path, loop.run_in_executor(pool, _prepare_file, path)))

        def report(done: list[IngestResult]) -> None:
            for result in done:
                results.append(result)
                if progress:
                    progress(len(results), len(files), result)

        batch: list[tuple[Path, FilmRows | str]] = []
        sentences, since = 0, 0.0

        async def write_batch() -> None:
            nonlocal sentences
            if batch:
                report(await _save_batch(conn, batch))
                batch.clear()
                sentences = 0

        for _ in range(workers * AHEAD):
            submit()
        while pending:
            path, fut = pending.popleft()
            try:
                prepared = await fut
            except BrokenProcessPool:
                # a worker died (killed, out of memory): the rest is read here, one by one
                log.warning("an ingest worker died; reading the remaining %d files in this process",
                            len(files) - len(results) - len(batch))
                rest = [path, *(p for p, _f in pending), *todo]
                for _p, f in pending:
                    if not f.cancel() and not f.cancelled():
                        f.exception()  # retrieved: the pool's failure is this warning, not a traceback later
                pending.clear()
                break
            submit()
            if not isinstance(prepared, str) and len(prepared.sentences) > ONE_TRIP_SENTENCES:
                await write_batch()  # the films before it first: ids and rows as in file order
                report([await _save_prepared(conn, path, prepared)])
                continue
            if not batch:
                since = loop.time()
            batch.append((path, prepared))
            sentences += 0 if isinstance(prepared, str) else len(prepared.sentences)
            if len(batch) >= BATCH_FILMS or sentences >= BATCH_SENTENCES or loop.time() - since >= BATCH_SECONDS:
                await write_batch()
        await write_batch()
    for path in rest:
        result = await _save_prepared(conn, path, _prepare_file(path))
        results.append(result)
        if progress:
            progress(len(results), len(files), result)
    return results
