"""Blind shapes: extraction scored on mini-articles in the many ways film articles state facts.

``python -m bench.shapes_eval [--split dev|heldout|both] [--show] [--json FILE]``

The corpus has a few hundred articles, and rules tuned to them learn their sentences. The mini-articles in
``bench/shapes/<split>/*.jsonl`` were written by helpers who never read ``bot/``, from ``bench/shapes/FORMAT.md``
alone: a title, a lead and one paragraph each, in the ways real articles of every era and industry state a
cast member, a credit, an award, a figure, a release or a review, with invented names and the distractions real
prose has. Each line holds the text and its gold in the shape of ``bench/gold/FORMAT.md``; this scorer runs the
project's own parser and extractors on the text and compares with ``bench.gold_eval``'s matching rules. The
``heldout`` half was written by another helper and is read only as aggregate figures (``--show`` refuses it).
Needs no corpus: the texts are self-contained.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench.gold_eval import KINDS, Tally, score_film, table

SHAPES = Path(__file__).resolve().parent / "shapes"


def items(split: str) -> list[dict]:
    """Every mini-article of a split, in file and line order."""
    out: list[dict] = []
    for path in sorted((SHAPES / split).glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                row["_where"] = f"{path.name}:{row.get('id') or n}"
                out.append(row)
    return out


def run(split: str) -> tuple[dict[str, Tally], int]:
    from bot.extract import extract_all
    from bot.ingest import parse_checked

    totals = {k: Tally() for k in KINDS}
    rows = items(split)
    for row in rows:
        gold = {**row["gold"], "file": row["_where"]}
        facts = extract_all(parse_checked(row["text"]))
        for kind, t in score_film(gold, facts).items():
            totals[kind].add(t)
    return totals, len(rows)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--split", choices=("dev", "heldout", "both", "long-dev", "long-dev2", "long-dev3", "long-dev4", "long-heldout", "long-heldout2", "long"), default="dev")
    p.add_argument("--show", action="store_true", help="list misses and extras (dev only)")
    p.add_argument("--json", help="write the figures as JSON to this file")
    args = p.parse_args(argv)
    splits = {"both": ("dev", "heldout"), "long": ("long-dev", "long-heldout")}.get(args.split, (args.split,))
    figures = {}
    for split in splits:
        totals, n = run(split)
        print(table(f"{split} ({n} mini-articles)", totals, args.show and "heldout" not in split))
        figures[split] = {k: {"gold": t.gold, "found": t.found, "bot": t.bot, "correct": t.correct}
                          for k, t in totals.items()}
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
