"""``python -m bot eval FILE.jsonl``: how well /ask answers a question set.

Each line: ``{"question", "film" (title or null), "expected": [acceptable substrings]}`` or
``{"question", "film", "abstain": true}``; optional ``"expected_all"`` lists substrings that must
all appear. Why these three figures: accuracy alone hides the costly failure. A confident wrong
answer misleads a channel; "the article doesn't say" merely disappoints. So we report how often
the bot abstained and, separately, how often it was wrong while confident (confidence >= 0.5).
"""

from __future__ import annotations

import json
from pathlib import Path

from .article import strip_disambiguator
from .ask import CONFIDENT, Answer, answer
from .matching import normalize, title_key


def load_questions(path: str | Path) -> list[dict]:
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        item = json.loads(line)
        if "question" not in item:
            raise ValueError(f"{path}:{n}: no 'question'")
        out.append(item)
    return out


def _contains(answer_text: str, expected: str) -> bool:
    """Substring match on normalised text, so "$12.5 million" matches "12.5 million" and "A−" "A-"."""
    a, e = normalize(answer_text), normalize(expected)
    # Short expectations ("no", "92") count only as whole words: "no" is not in "nominated".
    return bool(e) and (f" {e} " in f" {a} " or (len(e) > 3 and e in a))


def grade(item: dict, ans: Answer, film_title: str | None) -> bool:
    """Is *ans* a correct reply to *item*? Abstentions are correct only where abstaining was expected."""
    if item.get("abstain"):
        return ans.abstained
    if ans.abstained:
        return False
    want_film = item.get("film")
    if want_film:
        # A question set may name the film by its page title ("Title (2018 film)").
        want_film = strip_disambiguator(want_film)[0]
    if want_film and film_title and title_key(want_film) != title_key(film_title):
        return False
    expected = item.get("expected") or []
    if expected and not any(_contains(ans.answer, e) for e in expected):
        return False
    return all(_contains(ans.answer, e) for e in item.get("expected_all") or [])


async def evaluate(lib, path: str | Path) -> dict:
    """Run every question of *path* and return the figures plus per-question rows."""
    items = load_questions(path)
    rows = []
    for item in items:
        ans = await answer(lib, item["question"])
        film = lib.film(ans.film_id) if ans.film_id is not None else None
        ok = grade(item, ans, film.title if film else None)
        rows.append({"question": item["question"], "ok": ok, "abstained": ans.abstained, "confident": ans.confidence >= CONFIDENT,
                     "expect_abstain": bool(item.get("abstain")), "answer": ans.answer, "kind": ans.kind,
                     "confidence": round(ans.confidence, 3), "film": ans.film})
    n = len(rows) or 1
    films = {normalize(i["film"]) for i in items if i.get("film")}
    return {
        "file": str(path),
        "questions": len(rows),
        "films": len(films),
        "correct": sum(r["ok"] for r in rows),
        "accuracy": sum(r["ok"] for r in rows) / n,
        "abstention_rate": sum(r["abstained"] for r in rows) / n,
        "confident_wrong_rate": sum((not r["ok"]) and r["confident"] for r in rows) / n,
        "expected_abstain": sum(r["expect_abstain"] for r in rows),
        "rows": rows,
    }


def format_report(result: dict, *, show_failures: bool = True) -> str:
    """The human summary printed by ``eval``: the three figures, then every miss."""
    lines = [
        f"{result['file']}: {result['questions']} questions over {result['films']} films "
        f"({result['expected_abstain']} expect 'the article doesn't say')",
        f"accuracy        {result['accuracy']:.1%}  ({result['correct']}/{result['questions']})",
        f"abstention      {result['abstention_rate']:.1%}",
        f"confident-wrong {result['confident_wrong_rate']:.1%}  (wrong with confidence >= {CONFIDENT})",
    ]
    if show_failures:
        misses = [r for r in result["rows"] if not r["ok"]]
        if misses:
            lines.append("misses:")
        for r in misses:
            flag = "!" if r["confident"] else " "
            lines.append(f" {flag} {r['question'][:70]!r} -> [{r['kind']} {r['confidence']:.2f}] {r['answer'][:140]}")
    return "\n".join(lines)


async def run_eval(db_path: str | Path, path: str | Path, *, as_json: bool = False) -> str:
    """Open the library at *db_path*, evaluate *path*, and return the printable report."""
    from .library import Library

    lib = await Library.open(db_path)
    try:
        result = await evaluate(lib, path)
    finally:
        await lib.close()
    if as_json:
        return json.dumps({k: v for k, v in result.items()}, ensure_ascii=False, indent=1)
    return format_report(result)
