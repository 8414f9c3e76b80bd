"""Data packs: films shipped with the project as compressed data, and how one part is loaded.

A pack is a folder under ``packs/`` (built by ``bot.packbuild``): ``pack.json`` names its parts,
each part a gzip file of JSON lines ``{"page", "year", "lead"}``. A film from a pack is an ordinary
film whose ``source_file`` says where it came from (``pack:NAME/PART URL``), so it needs no table of
its own and travels with the film: ``is_lead`` tells a pack's film from a fuller article, and a
part counts as loaded when any of its films is in the database (a part is written in one
transaction, so it is there whole or not at all).

Fuller articles take precedence over a pack's leads for the same film (the same title and year):
a lead is not written over one (``store.save_pack_films``) and a fuller article written later
replaces it (``store.write_rows``). Parsing and extracting a part is seconds of CPU, so it runs
in a worker process (``load_part``), never on the event loop.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import quote

import aiosqlite

MANIFEST = "pack.json"
PART_SIZE = 500  # films per part: the unit of loading, resuming and refreshing the title index
PACKS_DIR = Path(__file__).resolve().parent.parent / "packs"
DEFAULT_PACK = "american-films"
LEAD_PREFIX = "pack:"
DEFAULT_WIKI = "https://en.wikipedia.org/wiki/"
_URL_SAFE = "()_,'!:&-."


@dataclass(frozen=True)
class Part:
    file: str
    films: int
    sha256: str = ""

    @property
    def name(self) -> str:
        return self.file.split(".", 1)[0]


@dataclass(frozen=True)
class Pack:
    """A pack's manifest: what it holds and where it came from (for ``/films`` and the log)."""

    folder: Path
    name: str
    description: str
    source: str
    films: int
    url_base: str = DEFAULT_WIKI
    parts: tuple[Part, ...] = field(default_factory=tuple)

    @classmethod
    def open(cls, folder: str | Path) -> Pack:
        folder = Path(folder)
        m = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        parts = tuple(Part(p["file"], int(p["films"]), p.get("sha256", "")) for p in m["parts"])
        return cls(folder, m.get("name") or folder.name, m.get("description", ""), m.get("source", ""),
                   int(m.get("films", sum(p.films for p in parts))), m.get("url_base") or cls.url_base, parts)

    def url(self, page: str) -> str:
        return self.url_base + quote(page.replace(" ", "_"), safe=_URL_SAFE)


@cache
def shipped(name: str = DEFAULT_PACK) -> Pack | None:
    """The pack shipped in ``packs/NAME``, or None when this copy of the project has none."""
    try:
        return Pack.open(PACKS_DIR / name)
    except (OSError, ValueError, KeyError):
        return None


def lead_source(pack: str, part: str, url: str) -> str:
    """The ``source_file`` of a film from a pack: ``pack:american-films/part-007 https://…``."""
    return f"{LEAD_PREFIX}{pack}/{part} {url}"


def is_lead(source_file: str) -> bool:
    return (source_file or "").startswith(LEAD_PREFIX)


def source_url(source_file: str) -> str:
    """The web page a film was read from, when its source says (a pack's lead, a page added from
    Wikipedia), else ""."""
    s = source_file or ""
    if is_lead(s):
        s = s.partition(" ")[2]
    return s if s.startswith(("https://", "http://")) else ""


def is_seed(source_file: str) -> bool:
    """A film ingested from the project's seeds/ (English Wikipedia articles, seeds/SOURCES.md)."""
    path = Path(source_file or "")
    return path.parent.name == "seeds" and path.suffix == ".txt"


def wikipedia_page(source_file: str, page_title: str) -> str:
    """The Wikipedia page a film's text came from, or "" when it did not come from Wikipedia (as far
    as its source says): a pack's lead or a page added from Wikipedia carries its URL; a seed is the
    English Wikipedia article named on its first line."""
    url = source_url(source_file)
    if url:
        host = url.split("/", 3)[2] if url.count("/") >= 2 else ""
        return url if host == "wikipedia.org" or host.endswith(".wikipedia.org") else ""
    if is_seed(source_file) and page_title:
        return DEFAULT_WIKI + quote(page_title.replace(" ", "_"), safe=_URL_SAFE)
    return ""


def part_of(source_file: str) -> tuple[str, str] | None:
    """(pack, part) of a pack's film."""
    if not is_lead(source_file):
        return None
    pack, _, part = source_file[len(LEAD_PREFIX):].partition(" ")[0].partition("/")
    return pack, part


async def loaded_parts(conn: aiosqlite.Connection, pack: str) -> set[str]:
    """The parts of *pack* with films in the database (one indexed-free scan of the films' sources,
    grouped in SQLite: a few ms at 40,000 films)."""
    prefix = f"{LEAD_PREFIX}{pack}/"
    rows = await conn.execute_fetchall(
        "SELECT DISTINCT substr(source_file, 1, instr(source_file, ' ') - 1) FROM films "
        "WHERE substr(source_file, 1, ?) = ?", (len(prefix), prefix))
    return {r[0][len(prefix):] for r in rows if r[0]}


def read_part(pack: Pack, part: Part) -> list[dict]:
    with gzip.open(pack.folder / part.file, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@dataclass
class PartResult:
    part: str
    films: int = 0  # written
    kept_fuller: int = 0  # not written: a fuller article of the same film is loaded
    rejected: int = 0  # not a usable article
    seconds: float = 0.0


def load_part(db_path: str, folder: str, part_file: str) -> PartResult:
    """Runs in a worker process: parse and extract one part's leads, then write them in one
    transaction through a connection of its own (WAL lets the bot read meanwhile)."""
    return asyncio.run(_load_part(db_path, Path(folder), part_file))


async def _load_part(db_path: str, folder: Path, part_file: str) -> PartResult:
    from .database import connect
    from .ingest import BadArticle, prepare
    from .store import save_pack_films

    began = time.perf_counter()
    pack = Pack.open(folder)
    part = next(p for p in pack.parts if p.file == part_file)
    result = PartResult(part.name)
    ready = []
    for rec in read_part(pack, part):
        try:
            article, facts, digest = prepare(f"{rec['page']}\n{rec['lead']}\n".encode())
        except BadArticle:
            result.rejected += 1
            continue
        ready.append((article, facts, lead_source(pack.name, part.name, pack.url(rec["page"])), digest, rec.get("year")))
    conn = await connect(db_path)
    try:
        written = await save_pack_films(conn, ready)
    finally:
        await conn.close()
    result.films = written
    result.kept_fuller = len(ready) - written
    result.seconds = time.perf_counter() - began
    return result
