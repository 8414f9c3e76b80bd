"""Blind gold: extraction recall and precision against facts written by people who never read ``bot/``.

``python -m bench.gold_eval [--split dev|dev-leads|heldout|heldout-leads|both] [--show] [--json FILE]``

The gold files in ``bench/gold/<split>/<article>.json`` were written by helpers who saw only the
corpus article and a format (kept beside them in ``bench/gold/FORMAT.md``). Half of them, ``heldout/``,
are never read while the extractors are tuned: only their figures are looked at. ``heldout-leads/``
holds gold for 40 film leads drawn from the held-out half of the corpus's lead extracts (the texts are
in ``bench/gold/leads/``, Wikipedia text under CC BY-SA; see ``bench/gold/BATCHES.md``), held out too;
``dev-leads/`` is its dev counterpart (40 leads from the dev half, texts in ``bench/gold/leads-dev/``), read freely. The scorer runs the
project's own parser and extractors in process (the same code ``ingest`` runs) and compares, per kind:

- cast: the actor (names folded: case, accents, punctuation); when the gold names a character, the
  bot's character must share a word with it (characters are spelt loosely in prose);
- crew: the six infobox roles (writer covers screenplay and story), name folded;
- awards: outcome (won / nominated; "submitted" and "competed" gold count as not won), plus the
  category when gold gives one (token-set similarity), else the ceremony;
- reviews: the critic, or the publication when the gold names no critic;
- scores: the aggregator and the figure;
- money: budget or gross (any territory) with an amount within 1%, and the territory when the gold
  names a country (the gold files theatrical rentals as grosses, so the bot's ``rentals`` count as one);
- release: the date at the gold's precision.

Recall is gold items found; precision is bot facts of these kinds that match some gold item.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus"
KINDS = ("cast", "crew", "awards", "reviews", "scores", "money", "release")
CREW_ROLES = {"director": "director", "writer": "writer", "story": "writer", "producer": "producer",
              "composer": "composer", "cinematographer": "cinematographer", "editor": "editor"}
SCORE_SOURCES = {"rotten tomatoes": "rotten_tomatoes", "metacritic": "metacritic", "cinemascore": "cinemascore",
                 "posttrak": "posttrak"}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def words(text: str) -> set[str]:
    return {w for w in fold(text).split() if len(w) > 1 and w not in {"the", "of", "and", "mr", "mrs", "dr"}}


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    bot: int = 0
    correct: int = 0
    misses: list = field(default_factory=list)
    extras: list = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.found += other.found
        self.bot += other.bot
        self.correct += other.correct
        self.misses += other.misses
        self.extras += other.extras


def bot_items(facts) -> dict[str, list[dict]]:
    """The bot's facts of the gold kinds, as plain dicts."""
    out: dict[str, list[dict]] = {k: [] for k in KINDS}
    for f in facts.items:
        d = f.to_dict()
        kind = f.KIND
        if kind == "cast":
            out["cast"].append(d)
        elif kind == "crew" and d["role"] in CREW_ROLES:
            out["crew"].append({**d, "role": CREW_ROLES[d["role"]]})
        elif kind == "award":
            out["awards"].append(d)
        elif kind == "review":
            out["reviews"].append(d)
        elif kind == "score":
            out["scores"].append(d)
        elif kind == "money" and d["kind"] in {"budget", "gross", "worldwide", "domestic", "international",
                                               "opening_weekend", "partial", "rentals"}:  # gold figures carry a period
            out["money"].append(d)
        elif kind == "release" and d.get("date"):
            out["release"].append(d)
    return out


def _number(text: str) -> float | None:
    m = re.search(r"\d+(?:\.\d+)?", (text or "").replace(",", ""))
    return float(m.group()) if m else None


def match(kind: str, g: dict, b: dict) -> bool:
    if kind == "cast":
        if fold(g["actor"]) != fold(b["actor"]):
            return False
        gc = g.get("character") or ""
        return not gc or bool(words(gc) & words(b.get("character") or ""))
    if kind == "crew":
        return CREW_ROLES.get(g["role"], g["role"]) == b["role"] and fold(g["name"]) == fold(b["name"])
    if kind == "awards":
        won = g.get("outcome") == "won"
        if won != (b.get("outcome") == "won"):
            return False
        if g.get("recipient") and b.get("recipient") and fold(g["recipient"]) != fold(b["recipient"]):
            return False
        if g.get("category"):
            return fuzz.token_set_ratio(fold(g["category"]), fold(b.get("category") or "")) >= 80
        return fuzz.token_set_ratio(fold(g.get("ceremony") or ""), fold(b.get("ceremony") or "")) >= 70
    if kind == "reviews":
        if g.get("critic"):
            return fold(g["critic"]) == fold(b.get("critic") or "") or (
                fold(g["critic"]).split()[-1:] == fold(b.get("critic") or "").split()[-1:] and bool(b.get("critic")))
        return bool(g.get("publication")) and fold(g["publication"]).removeprefix("the ") == fold(
            b.get("publication") or "").removeprefix("the ")
    if kind == "scores":
        src = SCORE_SOURCES.get(fold(g.get("source") or ""))
        if src != b.get("source"):
            return False
        if src == "cinemascore":
            return fold(g.get("value") or "") == fold(b.get("grade") or "")
        n = _number(g.get("value") or "")
        return n is not None and b.get("score") is not None and abs(n - b["score"]) < 0.6
    if kind == "money":
        gk = "budget" if g.get("kind") == "budget" else "gross"
        bk = "budget" if b["kind"] == "budget" else "gross"
        if gk != bk:
            return False
        amount = float(g.get("amount") or 0)
        if not amount or abs(amount - b["amount"]) > 0.01 * amount:
            return False
        terr = fold(g.get("territory") or "")
        if terr and terr not in {"worldwide", "domestic", "unspecified", "international"} and b.get("region"):
            return terr in fold(b["region"]) or fold(b["region"]) in terr
        return True
    if kind == "release":
        gd, bd = g.get("date") or "", b.get("date") or ""
        return bool(gd) and (bd == gd or bd.startswith(gd) or gd.startswith(bd) and len(bd) >= 7)
    raise ValueError(kind)


def label(kind: str, item: dict) -> str:
    keys = {"cast": ("actor", "character"), "crew": ("role", "name"), "awards": ("ceremony", "category", "recipient",
            "outcome"), "reviews": ("critic", "publication"), "scores": ("source", "value", "score", "grade"),
            "money": ("kind", "amount", "territory", "region", "period"), "release": ("date", "kind", "place")}[kind]
    return " | ".join(str(item.get(k)) for k in keys if item.get(k) not in (None, ""))


def score_film(gold: dict, facts) -> dict[str, Tally]:
    bot = bot_items(facts)
    out: dict[str, Tally] = {}
    for kind in KINDS:
        t = Tally()
        gitems = [g for g in gold.get(kind) or [] if not (kind == "crew" and g.get("role") not in CREW_ROLES)]
        bitems = bot[kind]
        t.gold = len(gitems)
        for g in gitems:
            if any(match(kind, g, b) for b in bitems):
                t.found += 1
            else:
                t.misses.append(f"{gold['file']}: {label(kind, g)}")
        # Precision: distinct bot items (by label) that match a gold item.
        seen = set()
        for b in bitems:
            key = label(kind, b)
            if key in seen:
                continue
            seen.add(key)
            t.bot += 1
            if any(match(kind, g, b) for g in gitems):
                t.correct += 1
            else:
                t.extras.append(f"{gold['file']}: {label(kind, b)}")
        out[kind] = t
    return out


def run(split: str) -> dict[str, Tally]:
    from bot.extract import extract_all
    from bot.ingest import decode_article, parse_checked

    totals = {k: Tally() for k in KINDS}
    for path in sorted((GOLD / split).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        # corpus articles ("articles/x.txt"), or texts kept in this repository ("bench/gold/leads/x.txt")
        source = ROOT / gold["file"] if gold["file"].startswith("bench/") else CORPUS / gold["file"]
        text = decode_article(source.read_bytes())
        facts = extract_all(parse_checked(text))
        for kind, t in score_film(gold, facts).items():
            totals[kind].add(t)
    return totals


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}% ({a}/{b})" if b else "   -  "


def report(split: str, totals: dict[str, Tally], show: bool) -> str:
    n = len(list((GOLD / split).glob("*.json")))
    return table(f"{split} ({n} articles)", totals, show)


def table(header: str, totals: dict[str, Tally], show: bool) -> str:
    """Recall and precision per kind under a header line, then each miss and extra when asked."""
    lines = [header, f"  {'kind':<9} {'recall':>20} {'precision':>20}"]
    all_t = Tally()
    for kind in KINDS:
        t = totals[kind]
        all_t.add(t)
        lines.append(f"  {kind:<9} {pct(t.found, t.gold):>20} {pct(t.correct, t.bot):>20}")
    lines.append(f"  {'all':<9} {pct(all_t.found, all_t.gold):>20} {pct(all_t.correct, all_t.bot):>20}")
    if show:
        for kind in KINDS:
            for m in totals[kind].misses:
                lines.append(f"  MISS  {kind}: {m}")
            for e in totals[kind].extras:
                lines.append(f"  EXTRA {kind}: {e}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--split", choices=("dev", "dev-leads", "heldout", "heldout-leads", "both"), default="dev")
    p.add_argument("--show", action="store_true", help="list misses and extras (never use on heldout while tuning)")
    p.add_argument("--json", help="write the figures as JSON to this file")
    args = p.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: nothing to score", file=sys.stderr)
        return 0
    splits = ("dev", "heldout") if args.split == "both" else (args.split,)
    figures = {}
    for split in splits:
        totals = run(split)
        print(report(split, totals, args.show and not split.startswith("heldout")))
        figures[split] = {k: {"gold": t.gold, "found": t.found, "bot": t.bot, "correct": t.correct}
                          for k, t in totals.items()}
        figures[split]["kinds"] = dict(Counter({k: t.gold for k, t in totals.items()}))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
