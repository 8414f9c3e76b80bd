"""Blind /ask evaluation: questions written by people who never read ``bot/``, its tests or its facts.

``python -m bench.ask_eval [--split dev|heldout|heldout2|both] [--show] [--json FILE]``

The questions in ``bench/ask/<split>/<article>.jsonl`` were written by helpers who saw only the corpus
article and ``bench/ask/FORMAT.md``: phrased as Discord members type them (lowercase, typos, surnames,
possessives, often no title at all), with about one in five that the article cannot answer. The split
was fixed by film before any question was written; ``heldout/`` is never read while /ask is tuned, only
its figures are (``--show`` refuses it). ``heldout2/`` is a later held-out batch (stop 32: 80 questions over ten
articles whose gold facts are held out too), kept apart so its first run is read on its own.

The library the bot answers from holds exactly what the writers were told: ``seeds/`` and the articles
of both halves (89 at the last count), ingested by the project's own ``ingest`` into a fresh database. Grading is
``bot.evaluate.grade``: right when the answer names the expected film and contains an accepted phrase
(or abstains where the article is silent); confidently wrong when wrong at confidence >= 0.5.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASK = ROOT / "bench" / "ask"
CORPUS = ROOT.parent / "shared" / "corpus" / "articles"
SPLITS = ("dev", "heldout", "heldout2")


def question_files(split: str) -> list[Path]:
    return sorted((ASK / split).glob("*.jsonl"))


def article_of(question_file: Path) -> Path:
    """The corpus article a question file asks about: ``<article>.jsonl``, or ``<article>--<batch>.jsonl``
    for a later blind batch written over an article an earlier batch already used (the library, and so
    the other half's figures, stay the same)."""
    return CORPUS / f"{question_file.stem.split('--')[0]}.txt"


def articles() -> list[Path]:
    """The corpus article behind every question file, both halves (the library is the same for both),
    each once."""
    return list(dict.fromkeys(article_of(p) for s in SPLITS for p in question_files(s)))


async def build_library(db_path: Path) -> None:
    from bot.database import connect
    from bot.ingest import ingest_paths

    conn = await connect(db_path)
    try:
        results = await ingest_paths(conn, [ROOT / "seeds", *articles()])
        bad = [r for r in results if not r.ok]
        if bad:
            raise SystemExit(f"{len(bad)} articles failed to ingest: {bad[0].error}")
    finally:
        await conn.close()


def _row_kind(item: dict) -> str:
    return "abstain" if item.get("abstain") else item.get("kind", "other")


async def run_split(db_path: Path, split: str) -> dict:
    from bot.evaluate import evaluate
    from bot.library import Library

    combined = Path(tempfile.mkdtemp(prefix="ask-eval-")) / f"{split}.jsonl"
    items = []
    with combined.open("w", encoding="utf-8") as out:
        for path in question_files(split):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    out.write(line + "\n")
                    items.append(json.loads(line))
    lib = await Library.open(db_path)
    try:
        result = await evaluate(lib, combined)
    finally:
        await lib.close()
    by_kind: dict[str, Counter] = {}
    for item, row in zip(items, result["rows"], strict=True):
        c = by_kind.setdefault(_row_kind(item), Counter())
        c["n"] += 1
        c["ok"] += row["ok"]
        c["wrong_confident"] += (not row["ok"]) and row["confident"]
        row["expected"] = item.get("expected") or item.get("expected_all") or ("(abstain)" if item.get("abstain") else "")
        row["film_expected"] = item.get("film")
    result["split"] = split
    result["by_kind"] = {k: dict(v) for k, v in sorted(by_kind.items())}
    return result


def summary(result: dict) -> dict:
    keys = ("split", "questions", "films", "correct", "accuracy", "abstention_rate", "confident_wrong_rate",
            "expected_abstain", "by_kind")
    return {k: result[k] for k in keys}


def report(result: dict, show: bool) -> str:
    lines = [
        f"{result['split']}: {result['questions']} questions over {result['films']} films "
        f"({result['expected_abstain']} the article cannot answer)",
        f"  right            {result['accuracy']:.1%} ({result['correct']}/{result['questions']})",
        f"  abstained        {result['abstention_rate']:.1%}",
        f"  confident-wrong  {result['confident_wrong_rate']:.1%}",
        "  by kind: " + ", ".join(f"{k} {v['ok']}/{v['n']} (!{v['wrong_confident']})"
                                  for k, v in result["by_kind"].items()),
    ]
    if show:
        for r in result["rows"]:
            if not r["ok"]:
                flag = "!" if r["confident"] else " "
                lines.append(f" {flag} {r['question'][:70]!r} [{r['film_expected']}] want {r['expected']}\n"
                             f"      -> [{r['kind']} {r['confidence']:.2f} {r['film']}] {r['answer'][:160]!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ask_eval", description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=[*SPLITS, "both"], default="dev")
    ap.add_argument("--show", action="store_true", help="list every miss (dev only)")
    ap.add_argument("--json", help="write the figures (summary only for heldout) to this file")
    args = ap.parse_args(argv)
    splits = ("dev", "heldout") if args.split == "both" else (args.split,)
    if args.show and any(s.startswith("heldout") for s in splits):
        print("--show is refused for the held-out half: only its figures are read.", file=sys.stderr)
        return 2
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    db = Path(tempfile.mkdtemp(prefix="ask-eval-db-")) / "films.db"
    asyncio.run(build_library(db))
    out = {}
    for split in splits:
        result = asyncio.run(run_split(db, split))
        print(report(result, args.show))
        out[split] = summary(result)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
