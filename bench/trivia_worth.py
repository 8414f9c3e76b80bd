"""What the blind judges' "worth" (0-3) of a trivia question depends on: its family, its film, its part.

Why: every round's judges (bench/trivia/judged_round*/) mark a question's worth, and the game's
weights (bot/vocab/trivia.toml [family_weight], [game], [notability]) are set from those marks. This
script puts every judged round together and tabulates worth by question family, by the signals the
library has of the film (article length, number of facts, awards, box office, year, language,
whether the article is a lead only, notability), by the size of the part a cast question asks
about, and by the reason the judges' notes give. It also estimates the worth of a new sample (a
question identical in text to a judged one keeps its verdict; the others are counted as unjudged).

    .venv/bin/python -m bench.trivia_worth [--rounds 3-20] [--cache /tmp/trivia_worth_films.json]
    .venv/bin/python -m bench.trivia_worth --estimate /tmp/new_round20.jsonl [--against 20]

The library (seeds/, ../shared/corpus/articles and every round's leads) is ingested once into a
temporary database to read each film's signals; ``--cache`` keeps them for the next run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.trivia_tally import load  # noqa: E402

TRIVIA = ROOT / "bench" / "trivia"
CORPUS = ROOT.parent / "shared" / "corpus" / "articles"

#: Reasons in the judges' notes, by the words that say them (first match wins in this order).
REASONS: list[tuple[str, re.Pattern]] = [
    ("obscure film", re.compile(r"obscur|niche|regional|little[- ]known|unknown film|direct[- ]to|small film|"
                                r"b-?movie|b-picture|streaming|nobody|few (?:players|people)|not well known", re.I)),
    ("too easy", re.compile(r"easy|give ?away|obvious|famous (?:role|part)|everyone knows|iconic", re.I)),
    ("dull filler", re.compile(r"dull|dry|filler|trivial|boring|nationality|review count|box office|gross", re.I)),
    ("bit part", re.compile(r"bit (?:part|player|role)|minor (?:role|character|part)|obscure character|"
                            r"small (?:role|part)|supporting player", re.I)),
    ("liked", re.compile(r"great|good|nice|fun|interesting|memorable|solid|classic|strong|excellent", re.I)),
]


def reason(note: str) -> str:
    for name, rx in REASONS:
        if rx.search(note or ""):
            return name
    return "(no reason)" if not (note or "").strip() else "(other)"


def rounds_arg(text: str) -> list[int]:
    lo, _, hi = text.partition("-")
    return list(range(int(lo), int(hi or lo) + 1))


def judged(rounds: Iterable[int]) -> list[tuple[int, dict, dict]]:
    out = []
    for r in rounds:
        folder = TRIVIA / f"judged_round{r}"
        if folder.is_dir():
            out += [(r, q, v) for q, v in load(folder)]
    return out


def article_key(article: str) -> str:
    """An article path as the samples write it, made comparable across rounds (the file name under
    its folder: the corpus, seeds/ or a round's leads/)."""
    p = Path(article.split(" ")[0])
    return f"{p.parent.name}/{p.name}" if p.parent.name == "leads" and "judged_round" in str(p) else p.name


async def _signals(paths: list[Path]) -> dict[str, dict]:
    from bot import queries
    from bot.database import connect
    from bot.ingest import ingest_paths
    from bot.trivia.questions import (
        BILLED,
        _regional,
        film_rng,
        load_facts,
        load_pool,
        notability,
        questions_for_film,
    )

    with tempfile.TemporaryDirectory() as d:
        conn = await connect(Path(d) / "worth.db")
        results = await ingest_paths(conn, paths)
        pool = await load_pool(conn)
        out: dict[str, dict] = {}
        for r in results:
            fid = getattr(r, "film_id", None)
            if not fid:
                continue
            film = await queries.get_film(conn, fid)
            if film is None:
                continue  # the same film in two files: the later one replaced it
            facts = await load_facts(conn, fid)
            n_facts = sum(len(v) for k, v in facts.items() if k != "text")
            major = re.compile(r"academy award|oscar|golden globe|bafta|cannes|venice|berlin", re.I)
            wins = [a for a in facts.get("award", ()) if a.get("outcome") == "won"]
            gross = max((float(m.get("amount") or 0) for m in facts.get("money", ())
                         if m.get("currency") == "USD" and m.get("kind") in ("worldwide", "gross", "domestic")),
                        default=0.0)
            langs = {(i.get("value") or "").lower() for i in facts.get("identity", ()) if i.get("key") == "language"}
            cast = sorted((c for c in facts.get("cast", ()) if c.get("actor")), key=lambda c: c.get("order") or 99)
            lead_order = cast[0].get("order") or 99 if cast else 99
            parts = {}
            for c in cast:
                order = c.get("order") or 99
                lead_sec = (c["source"]["section"] or "Lead").lower() == "lead"
                parts[c["actor"].lower()] = ("lead" if order == lead_order else "supporting"
                                             if order <= BILLED + 2 or lead_sec else "bit")
            qs = questions_for_film(film, facts, pool, film_rng(film, 0))
            key = article_key(str(r.path))
            out[key] = {
                "title": film.title, "year": film.year, "chars": film.n_chars or 0, "facts": n_facts,
                "wins": len(wins), "major_wins": sum(bool(major.search(a.get("ceremony") or "")) for a in wins),
                "gross": gross, "regional": _regional(facts),
                "english": "english" in langs, "languages": sorted(langs),
                "lead_only": "/leads/" in str(r.path),
                "notability": notability(film, facts, pool, film.n_chars),
                "parts": parts, "candidates": len(qs),
            }
        await conn.close()
    return out


def film_signals(cache: Path | None) -> dict[str, dict]:
    if cache and cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    paths = [ROOT / "seeds", CORPUS, *sorted(TRIVIA.glob("judged_round*/leads"))]
    sig = asyncio.run(_signals(paths))
    if cache:
        cache.write_text(json.dumps(sig), encoding="utf-8")
    return sig


def table(title: str, rows: list[tuple[str, list[float]]], least: int = 1) -> None:
    print(f"\n{title}")
    print(f"  {'':<34} {'n':>5} {'worth':>6} {'=3':>5} {'<=1':>5}")
    for name, ws in rows:
        if len(ws) < least:
            continue
        n = len(ws)
        print(f"  {name:<34} {n:5d} {sum(ws) / n:6.2f} {100 * sum(w == 3 for w in ws) / n:4.0f}% "
              f"{100 * sum(w <= 1 for w in ws) / n:4.0f}%")


def grouped(items: list[tuple[int, dict, dict]], key: Callable[[int, dict, dict], str | None],
            order: list[str] | None = None) -> list[tuple[str, list[float]]]:
    g: dict[str, list[float]] = defaultdict(list)
    for r, q, v in items:
        k = key(r, q, v)
        if k is not None:
            g[k].append(v["worth"])
    names = order or sorted(g, key=lambda k: -len(g[k]))
    return [(k, g[k]) for k in names if k in g]


def bucket(value: float, edges: list[float], fmt: str = "{:g}") -> str:
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        if lo <= value < hi:
            return f"{fmt.format(lo)}-{fmt.format(hi)}"
    return f">={fmt.format(edges[-1])}"


def analyse(items: list[tuple[int, dict, dict]], sig: dict[str, dict]) -> None:
    def film(q: dict) -> dict | None:
        return sig.get(article_key(q.get("article") or ""))

    print(f"{len(items)} judged questions over {len({(q['film'], r) for r, q, _v in items})} round-films; "
          f"mean worth {sum(v['worth'] for _r, _q, v in items) / len(items):.2f}; "
          f"film signals for {sum(film(q) is not None for _r, q, _v in items)}")
    table("By round", grouped(items, lambda r, q, v: f"round {r:02d}", [f"round {r:02d}" for r in range(3, 21)]))
    table("By family (kind), >= 8 questions", grouped(items, lambda r, q, v: q.get("kind") or "?"), least=8)
    recent = [t for t in items if t[0] >= 14]
    table("By family, rounds 14-20, >= 5 questions", grouped(recent, lambda r, q, v: q.get("kind") or "?"), least=5)

    def sigkey(fn: Callable[[dict], str]) -> Callable[[int, dict, dict], str | None]:
        return lambda r, q, v: fn(f) if (f := film(q)) else None

    table("By article length (characters)", grouped(items, sigkey(lambda f: bucket(
        f["chars"], [0, 3000, 4500, 6000, 9000, 15000, 25000, 40000])),
        [*(f"{a}-{b}" for a, b in zip([0, 3000, 4500, 6000, 9000, 15000, 25000], [3000, 4500, 6000, 9000, 15000,
                                                                                   25000, 40000], strict=True)), ">=40000"]))
    table("By number of facts", grouped(items, sigkey(lambda f: bucket(f["facts"], [0, 20, 40, 80, 150, 300]))))
    table("By notability", grouped(items, sigkey(lambda f: bucket(f["notability"], [0, 0.1, 0.2, 0.35, 0.5, 0.65, 0.8],
                                                                   "{:.2f}"))))
    table("By wins (any / at the big three ceremonies and festivals)", grouped(items, sigkey(
        lambda f: "major win" if f["major_wins"] else "other win" if f["wins"] else "no win")))
    table("By box office (USD)", grouped(items, sigkey(lambda f: "none" if not f["gross"] else bucket(
        f["gross"], [0, 1e7, 1e8, 3e8], "{:.0e}"))))
    table("By year", grouped(items, sigkey(lambda f: "?" if not f["year"] else bucket(
        f["year"], [1900, 1960, 1980, 2000, 2010, 2016, 2020]))))
    table("By language", grouped(items, sigkey(lambda f: "regional (India)" if f["regional"] else "English"
                                              if f["english"] else "other" if f["languages"] else "none said")))
    table("Lead-only article (round's leads/) or whole article", grouped(items, sigkey(
        lambda f: "lead only" if f["lead_only"] else "whole article")))

    def part(r: int, q: dict, v: dict) -> str | None:
        if not (q.get("kind") or "").startswith("cast.") or q["kind"] in ("cast.alongside", "cast.stars_in"):
            return None
        f = film(q)
        if not f:
            return None
        return f["parts"].get((q.get("answer") or "").lower(), "(not in cast)")
    table("Cast questions by part size (lead / supporting / bit)", grouped(items, part))
    table("By the notes' reason", grouped(items, lambda r, q, v: reason(v.get("note", ""))))

    def fam_fame(r: int, q: dict, v: dict) -> str | None:
        f = film(q)
        if not f or (q.get("kind") or "") not in ("crew.director", "cast.lead", "crew.composer", "cast.actor_of_role",
                                                  "awards.won", "title.from_premise", "cast.alongside",
                                                  "production.based_on", "crew.based_on_author", "cast.debut"):
            return None
        return f"{q['kind']:<22} {'famous' if f['notability'] >= 0.5 else 'known' if f['notability'] >= 0.3 else 'little'}"
    table("Family x fame (notability >= 0.5 famous, >= 0.3 known)", sorted(grouped(items, fam_fame)))


def estimate(sample: Path, rounds: list[int], target: int | None = None) -> None:
    """Worth of a new sample from the verdicts of judged questions of identical text: the *target*
    round's verdict when it judged that text, else the mean of the other rounds' verdicts of it.
    Unjudged questions are reported (unknown, not good), not guessed."""
    own: dict[str, float] = {}
    other: dict[str, list[float]] = defaultdict(list)
    for r, q, v in judged(rounds):
        if r == target:
            own[q["question"]] = v["worth"]
        else:
            other[q["question"]].append(v["worth"])
    lines = [json.loads(x) for x in sample.read_text(encoding="utf-8").splitlines() if x.strip()]
    worth: list[float] = []
    n_own = 0
    unjudged: dict[str, int] = defaultdict(int)
    for q in lines:
        t = q["question"]
        if t in own:
            worth.append(own[t])
            n_own += 1
        elif other.get(t):
            worth.append(sum(other[t]) / len(other[t]))
        else:
            unjudged[q["kind"]] += 1
    films = {q["film"] for q in lines}
    print(f"{sample}: {len(lines)} questions over {len(films)} films; judged {len(worth)} ({n_own} in round "
          f"{target}, {len(worth) - n_own} in others only): estimated worth {sum(worth) / max(1, len(worth)):.3f}; "
          f"unjudged {sum(unjudged.values())}")
    if unjudged:
        print("  unjudged by family: " + ", ".join(f"{k} {n}" for k, n in sorted(unjudged.items(), key=lambda kv: -kv[1])))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=rounds_arg, default=rounds_arg("3-20"))
    p.add_argument("--cache", type=Path, default=None, help="film signals JSON (written when absent)")
    p.add_argument("--estimate", type=Path, nargs="*", default=None, help="samples to estimate from the verdicts")
    p.add_argument("--against", type=int, default=None, help="the round the sample re-draws (its verdicts first)")
    args = p.parse_args()
    if args.estimate is not None:
        for s in args.estimate:
            estimate(s, args.rounds, args.against)
        return
    analyse(judged(args.rounds), film_signals(args.cache))


if __name__ == "__main__":
    main()
