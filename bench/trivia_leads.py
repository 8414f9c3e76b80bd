"""Draw film leads nobody here has read, for a round of blind trivia judging.

``python -m bench.trivia_leads OUT_DIR COUNT --seed S [--exclude DIR ...]``

From the dev half of the corpus's lead extracts (``prust-wikipedia-movie-data``, split as in
``bench.leads_cast``), leads of 700 characters or more (long leads are what a lead-only film yields
questions from), none whose file name is already in a gold or earlier round's folder. Each lead is
written as a two-line article (title, then the lead) named ``<title-slug>-<year>.txt``; never a film
whose whole article is in ``../shared/corpus/articles`` or ``seeds/`` (the library the sample builds holds
those, and the same film twice reads as a remake). Wikipedia text under CC BY-SA: record the draw in
``bench/SOURCES.md``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import unicodedata
from pathlib import Path

from bench.leads_cast import PRUST, split_of

ROOT = Path(__file__).resolve().parent.parent
USED = ("bench/gold/leads", "bench/gold/leads-dev")
#: Whole articles the judging library already holds: a lead of one of them is the same film twice.
LIBRARY = (ROOT.parent / "shared" / "corpus" / "articles", ROOT / "seeds")
MIN_CHARS = 700


def slug(title: str, year: object) -> str:
    s = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") + f"-{year}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("count", type=int)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--exclude", action="append", default=[], help="a folder of leads already used")
    args = ap.parse_args(argv)
    used = {p.stem for d in (*USED, *args.exclude) for p in (ROOT / d).glob("*.txt")}
    used |= {p.stem for d in LIBRARY for p in d.glob("*.txt")}
    pool = []
    for f in sorted(PRUST.glob("movies-*.json.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for rec in json.load(fh):
                title, lead, year = (rec.get("title") or "").strip(), (rec.get("extract") or "").strip(), rec.get("year")
                if title and len(lead) >= MIN_CHARS and split_of(title, year) == "dev" and slug(title, year) not in used:
                    pool.append((title, year, lead))
    picked = random.Random(args.seed).sample(pool, args.count)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for title, year, lead in picked:
        (out / f"{slug(title, year)}.txt").write_text(f"{title}\n{lead}\n", encoding="utf-8")
    print(f"{len(pool)} candidates; drew {', '.join(slug(t, y) for t, y, _ in picked)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
