"""Cast extraction measured broadly on film leads nobody here wrote: the lead extracts of the
corpus's ``prust-wikipedia-movie-data`` (about 36,000 American films, 1900s to 2020s), each with the
cast list of its infobox.

Like ``../shared/tools/infobox``, the gold of a film is its infobox cast restricted to the names its
lead mentions (a lead names its stars, rarely the whole cast); recall is the share of those the
extractors find as cast. Precision is informative only: a lead often names a player the infobox
list leaves out. The films are split by a hash of their title into a dev half (misses may be read
with ``--show``) and a held-out half that is only ever reported in aggregate.

    python -m bench.leads_cast [--split dev|heldout] [--limit N] [--show]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import unicodedata
from pathlib import Path

from bot.article import parse_article
from bot.extract import extract_all

PRUST = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "prust-wikipedia-movie-data"


def _key(name: str) -> str:
    """A name compared without accents, case or dots ("J.K. Doe" = "J. K. Doe")."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(folded.replace(".", " ").lower().split())


def split_of(title: str, year: object) -> str:
    digest = hashlib.sha256(f"{title} ({year})".encode()).digest()
    return "dev" if digest[0] % 2 == 0 else "heldout"


def records(split: str, limit: int | None):
    """(title, year, lead, gold cast names mentioned in the lead), spread evenly over the decades."""
    files = sorted(PRUST.glob("movies-*.json.gz"))
    per_file = None if limit is None else max(1, limit // max(1, len(files)))
    for f in files:
        n = 0
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for rec in json.load(fh):
                title, lead = (rec.get("title") or "").strip(), (rec.get("extract") or "").strip()
                if not title or not lead or split_of(title, rec.get("year")) != split:
                    continue
                mentioned = [c for c in rec.get("cast") or [] if c and c in lead]
                if not mentioned:
                    continue
                yield title, rec.get("year"), lead, mentioned
                n += 1
                if per_file is not None and n >= per_file:
                    break


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "heldout"], default="dev")
    ap.add_argument("--limit", type=int, default=3000, help="films (spread over the decades); 0 for all")
    ap.add_argument("--show", action="store_true", help="print each miss (dev only)")
    args = ap.parse_args(argv)
    if args.show and args.split == "heldout":
        print("the held-out half is reported in aggregate only", file=sys.stderr)
        return 2
    if not PRUST.exists():
        print(f"{PRUST} not found: this measure needs ../shared", file=sys.stderr)
        return 1
    films = gold_n = found_n = extracted_n = extra_n = 0
    for title, year, lead, gold in records(args.split, args.limit or None):
        article = parse_article(f"{title}\n{lead}\n")
        cast = {_key(f.actor) for f in extract_all(article).items if f.KIND == "cast"}
        want = {_key(g) for g in gold}
        films += 1
        gold_n += len(want)
        found_n += len(want & cast)
        extracted_n += len(cast)
        extra_n += len(cast - want)
        if args.show:
            for g in sorted(want - cast):
                print(f"MISS  {title} ({year}): {g}  ||  {lead[:300]}")
    print(f"{args.split}: {films} films, lead cast recall {found_n / max(1, gold_n):.1%} ({found_n}/{gold_n}); "
          f"extracted {extracted_n}, of which not in the infobox list {extra_n} (informative)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
