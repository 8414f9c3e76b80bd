"""MediaWiki XML, streamed: Special:Export files and ``pages-articles`` dumps (.xml, .xml.bz2, .xml.gz).

A dump of English Wikipedia is about 20 GB compressed, so nothing here reads a file whole: the
standard library's ``iterparse`` hands over one ``<page>`` at a time and the tree is cleared
behind it, which keeps memory flat however long the file is. Pages that are not film articles
(redirects, other namespaces, people, TV series) are skipped with a reason from the raw text,
before any parsing; film pages are parsed and extracted in worker processes (the extractors are
the cost) while this process reads the XML and writes to SQLite, one transaction per batch.

Resuming: after each batch is committed, a small JSON state file beside the database records
how many pages of this file are done and the id of the last one. A rerun after an interruption
(even ``kill -9``) skips that many pages without parsing them and goes on; the batch that was in
flight when it died is done again, and since a film is stored under its title and year, a film
written twice is replaced, never duplicated. A file imported to its end is forgotten: running
it again imports it again, as re-ingesting a .txt article does.
"""

from __future__ import annotations

import asyncio
import bz2
import gzip
import json
import logging
import os
import sqlite3
import time
import xml.etree.ElementTree as ET
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import BinaryIO

import aiosqlite

from .database import friendly
from .ingest import BadArticle, prepare_wikitext
from .store import save_films
from .wikitext import not_film_reason
from .workers import end_with_parent

log = logging.getLogger(__name__)

XML_SUFFIXES = (".xml", ".xml.bz2", ".xml.gz", ".bz2")
BATCH = 20  # films per transaction
# A batch also closes after this many pages, so the resume point advances through long runs of
# pages that are not films.
PAGES_PER_BATCH = 2000
# Less XML than this is parsed in this process: starting worker processes would cost more.
POOL_MIN_BYTES = 2 * 1024 * 1024


class DumpError(Exception):
    """A file that cannot be read as MediaWiki XML; str() is one line for the user."""


def is_xml_path(path: str | Path) -> bool:
    name = str(path).lower()
    return name.endswith(XML_SUFFIXES)


def xml_files(paths) -> tuple[list[Path], list[Path]]:
    """(XML files, everything else) among the given paths; folders contribute their XML files
    (sorted, recursive) and stay in the second list for their text articles."""
    xml: list[Path] = []
    other: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            xml.extend(sorted(q for q in p.rglob("*") if q.is_file() and is_xml_path(q)))
            other.append(p)
        elif is_xml_path(p):
            xml.append(p)
        else:
            other.append(p)
    return xml, other


@dataclass
class Page:
    page_id: int | None
    title: str
    ns: int
    redirect: str | None
    text: str


def open_xml(path: str | Path) -> BinaryIO:
    name = str(path).lower()
    if name.endswith(".bz2"):
        return bz2.open(path, "rb")
    if name.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _page(el: ET.Element) -> Page:
    title, ns, page_id, redirect, text = "", 0, None, None, ""
    for child in el:
        tag = _local(child.tag)
        if tag == "title":
            title = child.text or ""
        elif tag == "ns":
            ns = int((child.text or "0").strip() or 0)
        elif tag == "id":
            page_id = int((child.text or "").strip() or 0) or None
        elif tag == "redirect":
            redirect = child.get("title") or ""
        elif tag == "revision":  # the last revision is the page's current text
            text = next((c.text or "" for c in child if _local(c.tag) == "text"), "")
    return Page(page_id, title, ns, redirect, text)


def iter_pages(source: BinaryIO) -> Iterator[Page]:
    """Every ``<page>`` of a MediaWiki XML stream, in order, with the tree cleared behind it.

    Works with or without the export namespace, with a ``<mediawiki>`` root or a bare ``<page>``."""
    root: ET.Element | None = None
    try:
        for event, el in ET.iterparse(source, events=("start", "end")):
            if event == "start":
                if root is None:
                    root = el
                continue
            if _local(el.tag) == "page":
                yield _page(el)
                el.clear()
                if root is not None and root is not el:
                    root.clear()  # drop the finished pages (and siteinfo) from the root
    except ET.ParseError as exc:
        raise DumpError(f"not well-formed MediaWiki XML ({exc})") from None
    except EOFError:
        raise DumpError("the compressed file ends early (an interrupted download?)") from None
    except OSError as exc:
        raise DumpError(f"cannot read the file ({exc.strerror or exc})") from None


# --- the resume point ------------------------------------------------------------------------------


class ResumeState:
    """Pages done per file, in a small JSON file written atomically after each committed batch."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = Path(path) if path else None

    @staticmethod
    def key(dump: Path) -> str:
        st = dump.stat()
        return f"{dump.resolve()}|{st.st_size}|{int(st.st_mtime)}"

    def _all(self) -> dict:
        if self.path is None or not self.path.is_file():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, key: str) -> dict:
        entry = self._all().get(key)
        return entry if isinstance(entry, dict) else {}

    def put(self, key: str, entry: dict | None) -> None:
        """Record a file's resume point; None forgets it (the file was imported to its end)."""
        if self.path is None:
            return
        data = self._all()
        if entry is None:
            if key not in data:
                return
            del data[key]
            if not data:
                self.path.unlink(missing_ok=True)
                return
        else:
            data[key] = entry
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)


def state_path_for(db_path: str | Path) -> Path | None:
    """The resume file beside a database file (none for an in-memory database)."""
    if str(db_path) == ":memory:":
        return None
    return Path(f"{db_path}.dumps.json")


# --- the import -------------------------------------------------------------------------------------


@dataclass
class DumpReport:
    path: str
    pages: int = 0  # pages read in this run (resumed pages not counted)
    films: int = 0  # films written in this run
    skipped: Counter[str] = field(default_factory=Counter)  # reason kind → pages
    rejected: list[tuple[str, str]] = field(default_factory=list)  # film pages that failed: (title, why)
    counts: Counter[str] = field(default_factory=Counter)  # facts by kind
    resumed_at: int = 0  # pages skipped because an earlier, interrupted run committed them
    seconds: float = 0.0
    error: str = ""

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0


def skip_kind(reason: str) -> str:
    """The summary bucket of a skip reason ("a redirect to X" → "redirect")."""
    if reason.startswith("a redirect"):
        return "redirect"
    if reason.startswith("not an article"):
        return "other namespace"
    return "not a film"


def _prepare(title: str, text: str) -> tuple[str, object]:
    """In a worker: ("ok", (article, facts, sha256)) or ("bad", reason)."""
    try:
        return "ok", prepare_wikitext(title, text)
    except BadArticle as exc:
        return "bad", str(exc)
    except Exception as exc:  # noqa: BLE001 - one odd page must not end a 20 GB import
        log.exception("could not parse %r", title)
        return "bad", f"could not be parsed ({type(exc).__name__})"


def _worker_start(parent: int) -> None:
    """In each worker: exit when the importing process is gone (killed with -9, it cannot say so),
    instead of lingering as an orphan."""
    end_with_parent(parent)


def default_workers(total_bytes: int) -> int:
    """One worker per core (at most 4) for XML worth it; none below ``POOL_MIN_BYTES``."""
    return min(os.cpu_count() or 1, 4) if total_bytes >= POOL_MIN_BYTES else 0


def make_pool(workers: int) -> ProcessPoolExecutor | None:
    """Worker processes that parse film pages (None for ``workers`` 0: parse in this process).
    One pool can serve several files (``ingest_dump(pool=...)``), so a folder of small exports
    pays for starting it once."""
    if workers <= 0:
        return None
    return ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_worker_start,
                               initargs=(os.getpid(),))


@dataclass
class _Entry:
    pos: int
    page_id: int | None
    title: str
    result: asyncio.Future | tuple[str, object] | None  # None: a skipped page


async def ingest_dump(
    conn: aiosqlite.Connection,
    path: str | Path,
    *,
    state: ResumeState | None = None,
    restart: bool = False,
    workers: int | None = None,
    pool: ProcessPoolExecutor | None = None,
    batch: int = BATCH,
    progress: Callable[[DumpReport], None] | None = None,
    on_skip: Callable[[str, str], None] | None = None,
) -> DumpReport:
    """Stream one XML file into the database, keeping film pages only. Never raises for bad input:
    ``report.error`` says what went wrong (the pages committed before it stay committed).

    Film pages are parsed by ``pool`` when given (left running for the caller), else by a pool of
    ``workers`` processes made for this file (by default one per core when the file is large)."""
    path = Path(path)
    report = DumpReport(str(path))
    state = state or ResumeState(None)
    try:
        key = ResumeState.key(path)
        size = path.stat().st_size
    except OSError as exc:
        report.error = f"cannot read the file ({exc.strerror or exc})"
        return report
    entry = {} if restart else state.get(key)
    start = int(entry.get("pages", 0))
    report.resumed_at = start
    own_pool = pool is None
    if pool is None:
        pool = make_pool(default_workers(size) if workers is None else workers)
    loop = asyncio.get_running_loop()
    began = time.perf_counter()
    chunks: deque[list[_Entry]] = deque()
    current: list[_Entry] = []
    films_in_current = 0
    last_progress = 0.0

    async def commit(chunk: list[_Entry]) -> None:
        ready = []
        for e in chunk:
            if e.result is None:
                continue
            status, value = await e.result if isinstance(e.result, asyncio.Future) else e.result
            if status == "ok":
                article, facts, digest = value
                ready.append((article, facts, f"{path.name}#{e.page_id or e.title}", digest))
                report.counts.update(facts.counts())
            else:
                report.rejected.append((e.title, str(value)))
        if ready:
            await save_films(conn, ready)
            report.films += len(ready)
        last = chunk[-1]
        state.put(key, {"pages": last.pos + 1, "last_id": last.page_id, "title": last.title,
                        "updated": int(time.time())})

    try:
        with open_xml(path) as fh:
            for pos, page in enumerate(iter_pages(fh)):
                if pos < start:
                    if pos == start - 1 and entry.get("last_id") not in (None, page.page_id):
                        raise DumpError(f"the resume point does not match this file (page {start} is not id "
                                        f"{entry.get('last_id')}); run again with --restart")
                    continue
                report.pages += 1
                reason = not_film_reason(page.title, page.text, ns=page.ns, redirect=page.redirect)
                if reason:
                    report.skipped[skip_kind(reason)] += 1
                    if on_skip is not None:
                        on_skip(page.title, reason)
                    current.append(_Entry(pos, page.page_id, page.title, None))
                else:
                    if pool is not None:
                        result: asyncio.Future | tuple = loop.run_in_executor(pool, _prepare, page.title, page.text)
                    else:
                        result = _prepare(page.title, page.text)
                    current.append(_Entry(pos, page.page_id, page.title, result))
                    films_in_current += 1
                if films_in_current >= batch or len(current) >= PAGES_PER_BATCH:
                    chunks.append(current)
                    current, films_in_current = [], 0
                    # Two batches in flight keep the workers busy while one is written.
                    while len(chunks) > (2 if pool is not None else 0):
                        await commit(chunks.popleft())
                now = time.perf_counter()
                if progress is not None and now - last_progress >= 1.0:
                    last_progress = now
                    report.seconds = now - began
                    progress(report)
        if current:
            chunks.append(current)
        while chunks:
            await commit(chunks.popleft())
        state.put(key, None)  # imported to the end: a rerun imports the file again, as for a .txt
    except DumpError as exc:
        # What was read before the bad part is good: commit it, so a rerun goes on from there.
        report.error = str(exc)
        try:
            if current:
                chunks.append(current)
            while chunks:
                await commit(chunks.popleft())
        except sqlite3.Error as db_exc:
            report.error += f"; {friendly(db_exc)}"
    except sqlite3.Error as exc:
        report.error = friendly(exc)
    finally:
        if pool is not None and own_pool:
            pool.shutdown(wait=True, cancel_futures=True)
        report.seconds = time.perf_counter() - began
    if progress is not None:
        progress(report)
    return report


# --- writing ---------------------------------------------------------------------------------------

_EXPORT_NS = "http://www.mediawiki.org/xml/export-0.10/"


def write_pages(pages, out: BinaryIO) -> int:
    """Write pages as a MediaWiki export (the dump format ``iter_pages`` reads), one page at a time.

    For test and benchmark files built from real pages; returns the number of pages written."""
    from xml.sax.saxutils import escape, quoteattr

    out.write(f'<mediawiki xmlns="{_EXPORT_NS}" version="0.10" xml:lang="en">\n'.encode())
    n = 0
    for page in pages:
        redirect = f"    <redirect title={quoteattr(page.redirect)} />\n" if page.redirect is not None else ""
        out.write((f"  <page>\n    <title>{escape(page.title)}</title>\n    <ns>{page.ns}</ns>\n"
                   f"    <id>{page.page_id or 0}</id>\n{redirect}    <revision>\n"
                   f'      <text xml:space="preserve">{escape(page.text)}</text>\n'
                   "    </revision>\n  </page>\n").encode())
        n += 1
    out.write(b"</mediawiki>\n")
    return n
