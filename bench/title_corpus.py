"""Title lists the size of a very large bot's library, grown from the corpus's real titles.

Why not synthetic words alone: real titles have the shapes that make matching hard (shared words,
articles, numbers, colons, remakes), and their word frequencies decide how long a word's postings
are, which is what the title index's cost depends on. The corpus holds about 36,000 real American
films (the lead-extract lists, ``prust-wikipedia-movie-data``); a library of 200,000 is made by
adding what a larger film library has more of: remakes (the same title, another year), sequels
("Title 2", "Title III", "Title: Part Two"), subtitled and prefixed forms, and titles made of
other titles' words. Deterministic for a seed, so figures compare across runs.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

from bot.matching import TitleEntry

ROOT = Path(__file__).resolve().parent.parent
PRUST = ROOT.parent / "shared" / "corpus" / "prust-wikipedia-movie-data"

_ROMAN = ["II", "III", "IV", "V"]
_PARTS = ["Part Two", "Part 2", "Chapter Two", "The Return", "Reloaded", "Revenge", "The Beginning"]
_PREFIXES = ["Return to", "Beyond", "Son of", "Bride of", "Escape from", "Back to", "Curse of", "Daughter of"]


def real_titles() -> list[tuple[str, int | None]]:
    """(title, year) of every film in the corpus's lead-extract lists; empty without ../shared."""
    out: list[tuple[str, int | None]] = []
    for f in sorted(PRUST.glob("movies-*.json.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for rec in json.load(fh):
                title = (rec.get("title") or "").strip()
                if title:
                    out.append((title, rec.get("year")))
    return out


def corpus_titles(n: int = 200_000, seed: int = 2026) -> list[TitleEntry]:
    """*n* title entries: every real title once, then variants of random real ones until *n*."""
    real = real_titles()
    if not real:
        raise FileNotFoundError(f"{PRUST} not found: the corpus's title lists are in ../shared")
    rnd = random.Random(seed)
    out = [TitleEntry(i + 1, t, y) for i, (t, y) in enumerate(real[:n])]
    words = [w for t, _y in real for w in t.split() if len(w) > 2]
    while len(out) < n:
        title, year = rnd.choice(real)
        year = year or rnd.randint(1920, 2024)
        kind = rnd.random()
        if kind < 0.25:  # a remake: the same title, another year
            new, year = title, rnd.randint(1920, 2025)
        elif kind < 0.45:  # a sequel by number
            new, year = f"{title} {rnd.choice([str(rnd.randint(2, 6)), *_ROMAN])}", year + rnd.randint(1, 6)
        elif kind < 0.60:  # a sequel or spin-off by subtitle
            other = rnd.choice(real)[0].split(":")[0]
            new = f"{title}: {rnd.choice(_PARTS) if rnd.random() < 0.5 else other}"
            year += rnd.randint(1, 8)
        elif kind < 0.72:
            new = f"{rnd.choice(_PREFIXES)} {title}"
            year += rnd.randint(1, 15)
        else:  # a new title from real titles' words
            new = " ".join(rnd.choice(words) for _ in range(rnd.choice([1, 2, 2, 3, 3, 3, 4, 5])))
            year = rnd.randint(1910, 2025)
        out.append(TitleEntry(len(out) + 1, new, year))
    return out
