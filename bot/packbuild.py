"""Builds the default library's data pack from the prust/wikipedia-movie-data lead extracts.

Run once by a maintainer, not by the bot: ``python -m bot.packbuild SOURCE_DIR packs/american-films``
(SOURCE_DIR holds ``movies-<decade>.json.gz``; ``../shared/corpus/prust-wikipedia-movie-data``).
The pack is what ``bot.datapack`` loads in the background on a new database. It is data: the
records are copied as they are (the page title, the year of the list the film is in, the lead
paragraph), never rewritten, so the facts are extracted from Wikipedia's words at load time by the
same extractors as every other article, and improve with them.

Records are kept when they have a lead that reads as a film article (``parse_checked``, the check
every added article passes), once per page, and not when the page's disambiguator says it is
something else (a TV miniseries, a person). They are ordered by the length of the lead, longest
first: well-known films have long leads (awards, box office, sequels), so the films members ask
about arrive in the first parts of the load, and the thousands of short-lead silent shorts last.
Parts hold ``PART_SIZE`` films each, gzip-compressed JSON lines, far under the 5 MB a file may be.
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
    ordered = sorted(records.values(), key=lambda r: (-len(r[2]), r[0]))
    dest.mkdir(parents=True, exist_ok=True)
    for old in dest.glob("part-*.jsonl.gz"):
        old.unlink()
    parts = []
    for n, at in enumerate(range(0, len(ordered), PART_SIZE), 1):
        name = f"part-{n:03d}.jsonl.gz"
        lines = "".join(json.dumps({"page": p, "year": y, "lead": lead}, ensure_ascii=False) + "\n"
                        for p, y, lead in ordered[at:at + PART_SIZE])
        # mtime=0: the same records give the same bytes, so a rebuild shows no change in git.
        data = gzip.compress(lines.encode("utf-8"), compresslevel=9, mtime=0)
        (dest / name).write_bytes(data)
        parts.append({"file": name, "films": min(PART_SIZE, len(ordered) - at), "sha256": hashlib.sha256(data).hexdigest()})
    manifest = {
        "name": dest.name,
        "description": "lead paragraphs of American films on English Wikipedia",
        "source": "the prust/wikipedia-movie-data data set (MIT); text from English Wikipedia, CC BY-SA 4.0",
        "source_commit": "prust/wikipedia-movie-data@91ae721d3672e8ef4f15b213c763a634250ef61a",
        "url_base": "https://en.wikipedia.org/wiki/",
        "records_read": read,
        "films": len(ordered),
        "order": "longest lead first",
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
