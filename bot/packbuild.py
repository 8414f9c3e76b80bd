"""Builds the default library's data pack from the prust/wikipedia-movie-data lead extracts.

Run once by a maintainer, not by the bot: ``python -m bot.packbuild SOURCE_DIR packs/american-films``
(SOURCE_DIR holds ``movies-<decade>.json.gz``; ``../shared/corpus/prust-wikipedia-movie-data``).
The pack is what ``bot.datapack`` loads in the background on a new database. It is data: the
records are copied as they are (the page title, the year of the list the film is in, the lead
paragraph), never rewritten, so the facts are extracted from Wikipedia's words at load time by the
same extractors as every other article, and improve with them.

Records are kept when they have a lead that reads as a film article (``parse_checked``, the check
every added article passes), once per page, and not when the page's disambiguator says it is
something else (a TV miniseries, a person). They are ordered so that the films members ask about
arrive in the first parts of the load: first the films other films' leads name (a sequel, a remake
or a parody names its original: "the 1975 film Example"), most named first, then the rest by the
length of the lead, longest first (well-known films have long leads: awards, box office, sequels),
so the thousands of short-lead silent shorts come last.
Parts hold ``PART_SIZE`` films each (the first few fewer, see ``part_bounds``), gzip-compressed JSON
lines, far under the 5 MB a file may be.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import unquote

from .datapack import MANIFEST, PART_SIZE
from .ingest import BadArticle, parse_checked

FIRST_PARTS = 5  # the first PART_SIZE films come in this many parts

#: Disambiguators of pages the film lists link to that are not films.
NOT_A_FILM = re.compile(r"\b(tv|television|miniseries|series|actor|actress|novel|play|album|song)\b", re.I)


def page_title(href: str) -> str:
    """The page title a list's link points at: ``Example_%27s_(1999_film)`` → ``Example's (1999 film)``."""
    return unquote(href).replace("_", " ").strip()


def keep(rec: dict) -> tuple[str, int | None, str] | None:
    """(page title, year, lead) of a record worth shipping, or None."""
    lead = " ".join((rec.get("extract") or "").split())
    href = rec.get("href") or ""
    if not lead or not href:
        return None
    page = page_title(href)
    m = re.search(r"\(([^()]*)\)$", page)
    if m and NOT_A_FILM.search(m.group(1)):
        return None
    try:
        parse_checked(f"{page}\n{lead}\n")
    except BadArticle:
        return None
    year = rec.get("year")
    return page, year if isinstance(year, int) else None, lead


#: How other leads name a film: "Title (1975)", "the 1975 film Title", "the 1975 American horror film Title".
_NAMED_WITH_YEAR = re.compile(r"([A-Z0-9][^()]{0,80}?)\s\((\d{4})(?: film)?\)")
_YEAR_THEN_NAME = re.compile(r"\b(\d{4}) (?:[A-Za-z-]+ ){0,3}film,? (?:of the same name,? )?([A-Z0-9][^,.;:()]{0,80})")


def _bare(page: str) -> str:
    return re.sub(r"\s*\([^()]*\)$", "", page).lower()


def times_named(records: list[tuple[str, int | None, str]]) -> dict[str, int]:
    """How many other films' leads name each film, with its year (a sequel, a remake, a parody or
    a spin-off names its original): the best sign in this data of the films members ask about."""
    by_title: dict[tuple[str, int], list[str]] = {}
    for page, year, _ in records:
        if year:
            by_title.setdefault((_bare(page), year), []).append(page)
    named: dict[str, int] = {}
    for page, _, lead in records:
        found: set[str] = set()
        mentions = [(m.group(1).split(), int(m.group(2)), True) for m in _NAMED_WITH_YEAR.finditer(lead)]
        mentions += [(m.group(2).split(), int(m.group(1)), False) for m in _YEAR_THEN_NAME.finditer(lead)]
        for words, year, title_last in mentions:
            for k in range(min(len(words), 10), 0, -1):  # the longest run of words that is a title of that year
                run = words[-k:] if title_last else words[:k]
                hit = by_title.get((" ".join(run).strip(" ,;:'\"“”").lower(), year))
                if hit:
                    found.update(p for p in hit if p != page)
                    break
        for p in found:
            named[p] = named.get(p, 0) + 1
    return named


def part_bounds(total: int) -> list[tuple[int, int]]:
    """(start, size) of each part: the first ``PART_SIZE`` films in ``FIRST_PARTS`` small parts (two
    loading processes start on the first two at once, and the title index is rebuilt when the first
    lands: small, they land in seconds, with the most-asked films), then parts of ``PART_SIZE``."""
    bounds = []
    at = 0
    small = PART_SIZE // FIRST_PARTS
    while at < total:
        size = small if at < PART_SIZE else PART_SIZE
        bounds.append((at, size))
        at += size
    return bounds


def build(source: Path, dest: Path) -> dict:
    records: dict[str, tuple[str, int | None, str]] = {}
    read = 0
    for f in sorted(source.glob("movies-*.json.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for rec in json.load(fh):
                read += 1
                got = keep(rec)
                if got and got[0] not in records:
                    records[got[0]] = got
    named = times_named(list(records.values()))
    ordered = sorted(records.values(), key=lambda r: (-named.get(r[0], 0), -len(r[2]), r[0]))
    dest.mkdir(parents=True, exist_ok=True)
    for old in dest.glob("part-*.jsonl.gz"):
        old.unlink()
    parts = []
    for n, (at, size) in enumerate(part_bounds(len(ordered)), 1):
        name = f"part-{n:03d}.jsonl.gz"
        lines = "".join(json.dumps({"page": p, "year": y, "lead": lead}, ensure_ascii=False) + "\n"
                        for p, y, lead in ordered[at:at + size])
        # mtime=0: the same records give the same bytes, so a rebuild shows no change in git.
        data = gzip.compress(lines.encode("utf-8"), compresslevel=9, mtime=0)
        (dest / name).write_bytes(data)
        parts.append({"file": name, "films": min(size, len(ordered) - at), "sha256": hashlib.sha256(data).hexdigest()})
    manifest = {
        "name": dest.name,
        "description": "lead paragraphs of American films on English Wikipedia",
        "source": "the prust/wikipedia-movie-data data set (MIT); text from English Wikipedia, CC BY-SA 4.0",
        "source_commit": "prust/wikipedia-movie-data@91ae721d3672e8ef4f15b213c763a634250ef61a",
        "url_base": "https://en.wikipedia.org/wiki/",
        "records_read": read,
        "films": len(ordered),
        "order": "most often named in other films' leads first, then longest lead first",
        "parts": parts,
    }
    (dest / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bot.packbuild", description=__doc__.splitlines()[0])
    p.add_argument("source", type=Path, help="folder with movies-<decade>.json.gz")
    p.add_argument("dest", type=Path, help="the pack folder to write (e.g. packs/american-films)")
    args = p.parse_args(argv)
    m = build(args.source, args.dest)
    size = sum((args.dest / part["file"]).stat().st_size for part in m["parts"])
    print(f"{m['films']:,} films of {m['records_read']:,} records in {len(m['parts'])} parts, {size / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
