"""The table of a blind trivia judging: correct, ambiguous, with a bad wrong option, mean worth.

Why a script: each round's judges write one verdict per question (``batchN.jsonl``) beside the
questions they saw (``questions_batchN.jsonl``); the figures reported for issue 12 are computed
the same way every round, by category and by question family.

    .venv/bin/python -m bench.trivia_tally bench/trivia/judged_round3 [--by kind]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path


def load(folder: Path) -> list[tuple[dict, dict]]:
    """(question, verdict) pairs, matched by id; a question without a verdict is left out."""
    questions = {}
    for path in sorted(folder.glob("questions_batch*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                q = json.loads(line)
                questions[q["id"]] = q
    pairs = []
    for path in sorted(folder.glob("batch*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                v = json.loads(line)
                if v["id"] in questions:
                    pairs.append((questions[v["id"]], v))
    return pairs


def row(verdicts: list[dict]) -> str:
    n = len(verdicts)
    correct = sum(bool(v["correct"]) for v in verdicts)
    ambiguous = sum(bool(v["ambiguous"]) for v in verdicts)
    bad = sum(bool(v["bad_options"]) for v in verdicts)
    worth = sum(v["worth"] for v in verdicts) / n
    return (f"{n:4d}  correct {100 * correct / n:5.1f}%  ambiguous {100 * ambiguous / n:4.1f}% ({ambiguous})  "
            f"bad option {100 * bad / n:4.1f}% ({bad})  worth {worth:.2f}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("folder", type=Path)
    p.add_argument("--by", choices=["category", "kind"], default="category")
    args = p.parse_args()
    pairs = load(args.folder)
    if not pairs:
        raise SystemExit(f"no verdicts in {args.folder}")
    films = {q["film"] for q, _v in pairs}
    print(f"{len(pairs)} questions over {len(films)} films")
    print("all  " + row([v for _q, v in pairs]))
    groups: dict[str, list[dict]] = defaultdict(list)
    for q, v in pairs:
        groups[q[args.by]].append(v)
    for name, vs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"  {name:<30} {row(vs)}")


if __name__ == "__main__":
    main()
