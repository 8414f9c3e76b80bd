"""Trivia question generation from the typed facts of stored film articles.

Why templates over facts rather than anything cleverer: every question must be *checkable*. Each
one cites the sentence that states its answer, and the answer comes from an extractor field that
the fact contract guarantees occurs verbatim in that sentence. So a question is never asked
unless the article supports its answer, and the rules below only ever *drop* questions:

* a question whose text would give its answer away (the answer, or for a person the surname, or
  any distinctive word of it, occurs in the question) is tried once with the bare title instead
  of "Title (year)" and otherwise dropped;
* a fact stated twice with figures that disagree (two different opening weekends, a "worldwide"
  figure that is really the overseas one) is skipped; figures that agree within rounding
  ("over $13 million" and "$12.6 million") are all accepted;
* "which award did it win / which was it nominated for" is skipped when a stated count says the
  article's list is incomplete, because a distractor could then be a real but unlisted win;
* a distractor must differ from every accepted answer after normalisation (a person's surname
  too), and distractors drawn from other films must not occur in the cited sentence.

Generation is deterministic: the random generator of each film is seeded from the caller's seed
and the film's title and year, and every candidate list is sorted before it is shuffled.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import random
import re
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import aiosqlite

from .. import present, queries
from ..facts import KINDS as FACT_KINDS
from ..facts import fact_type
from ..queries import Film

__all__ = [
    "CATEGORIES",
    "DIFFICULTIES",
    "KINDS",
    "Pool",
    "Question",
    "bench_generation",
    "export_json",
    "generate",
    "load_facts",
    "load_pool",
    "questions_for_film",
]

CATEGORIES = ("cast", "characters", "crew", "awards", "reviews", "box_office", "release", "production", "plot")
DIFFICULTIES = ("easy", "medium", "hard")
KINDS = ("person", "text", "number", "money", "year", "title")

#: Upper bounds of the numeric estimate for "easy" and "medium"; above is "hard".
EASY_BELOW = 0.34
MEDIUM_BELOW = 0.67
#: Figures stated more than once are one answer if they agree within this ratio (rounding, "over").
AGREE_RATIO = 1.15
#: Longest list of distractor candidates kept per pool key (see Pool.finish).
POOL_CAP = 3000
#: Candidates looked at per distractor tier: a random sample keeps a 5,000-actor pool cheap.
SAMPLE = 60
#: A money distractor must differ from every accepted figure by more than this fraction.
MONEY_GAP = 0.12
#: Release facts only count from sections about release or box office (others mention other films).
_RELEASE_SECTIONS = re.compile(r"^lead$|release|box office|distribution|premiere|theatrical|festival", re.I)

_STOP = frozenset(
    "the a an of and or in on at to for from by with as its his her their is was de la le".split()
)
# Words too common in names of awards, festivals and places to tell two of them apart.
_GENERIC = _STOP | frozenset(
    "best film films award awards festival international motion picture prize academy".split()
)
_METACRITIC_WORDS = (
    "universal acclaim",
    "generally favorable reviews",
    "mixed or average reviews",
    "generally unfavorable reviews",
    "overwhelming dislike",
)
_GRADES = ("A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F")
_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
).split()
_UNITS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5}
_MONEY_TEXT = re.compile(r"^(?P<pre>\D*?)(?P<num>\d[\d,]*(?:\.\d+)?)(?P<post>\s*(?P<unit>[A-Za-z]+)?.*)$")
_DASHES = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-"})


# --- the question ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Question:
    """One trivia question. ``answers`` are accepted answers, best first (buttons show the first);
    ``distractors`` are exactly 3 wrong options for buttons mode, or [] when the question is
    typed-only (yes/no style, or too few plausible wrong options)."""

    text: str
    answers: list[str]
    distractors: list[str]
    category: str
    difficulty: str
    kind: str
    film_id: int
    film_title: str
    source_section: str
    source_sentence: str
    id: str
    estimate: float = 0.5  # 0 (everyone knows) .. 1 (only the article's readers)

    def to_dict(self) -> dict:
        """The export JSON object (``trivia --export --json``)."""
        return {
            "id": self.id,
            "question": self.text,
            "answers": list(self.answers),
            "distractors": list(self.distractors),
            "category": self.category,
            "difficulty": self.difficulty,
            "estimate": round(self.estimate, 2),
            "kind": self.kind,
            "film": {"id": self.film_id, "title": self.film_title},
            "source": {"section": self.source_section, "sentence": self.source_sentence},
        }


def difficulty_of(estimate: float) -> str:
    return "easy" if estimate < EASY_BELOW else "medium" if estimate < MEDIUM_BELOW else "hard"


def question_id(film: Film, category: str, text: str) -> str:
    """Stable across databases: built from title and year, never from the row id."""
    key = f"{film.title}|{film.year or ''}|{category}|{text}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


# --- text helpers ------------------------------------------------------------------------------------
@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Lowercase, accents and punctuation folded, dashes unified; '+'/'-' kept for grades."""
    t = unicodedata.normalize("NFKD", (text or "").translate(_DASHES))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"['\u2019\u2018`]", "", t)
    t = re.sub(r"(?<=\d)[,.](?=\d)", "", t)  # 1,234 == 1234; 12.5 stays one token (125)
    t = re.sub(r"[^\w+\-]+|_", " ", t)
    return " ".join(t.split())


@lru_cache(maxsize=1 << 16)
def tokens(text: str) -> tuple[str, ...]:
    return tuple(norm(text).replace("-", " ").split())


def distinct_tokens(text: str) -> set[str]:
    return {t for t in tokens(text) if t not in _GENERIC and len(t) > 1}


def surname(name: str) -> str:
    parts = [t for t in tokens(name) if t not in {"jr", "sr", "ii", "iii"}]
    return parts[-1] if parts else ""


def _contains(haystack: str, needle: str) -> bool:
    """Whole-word containment on normalised text."""
    n = norm(needle)
    return bool(n) and f" {n} " in f" {norm(haystack)} "


def _nums(text: str) -> set[float]:
    return {float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", text or "")}


def _fmt_num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for it in items:
        k = norm(it)
        if it and k and k not in seen:
            seen.add(k)
            out.append(it)
    return out


def number_forms(n: int, sentence: str) -> list[str]:
    """The ways *n* is written in *sentence* (digits, grouped digits, a word), digits first."""
    forms = [str(n), f"{n:,}"] + ([_WORDS[n]] if 0 <= n < len(_WORDS) else [])
    low = sentence.lower()
    found = [f for f in _dedupe(forms) if re.search(rf"(?<![\w.,]){re.escape(f.lower())}(?![\w]|[.,]\d)", low)]
    if found and not found[0][0].isdigit():
        found.insert(0, str(n))  # the digit form is how a player types it
    return found


def money_like(template: str, amount: float) -> str:
    """*amount* written the way *template* writes money ("$12.3 million", "₹12 crore", "$250,000"),
    rounded to the template's precision, so a distractor button never stands out by format."""
    m = _MONEY_TEXT.match(template.strip())
    if not m:
        return ""
    num, unit = m.group("num"), (m.group("unit") or "").lower()
    if re.search(r"\d", m.group("post")):
        return ""  # a range ("between $15 million and $40 million"): no honest single-figure look-alike
    scale = _UNITS.get(unit, 1.0)
    value = amount / scale
    if "." in num:
        decimals = len(num.split(".")[1])
        body = f"{value:,.{decimals}f}" if "," in num else f"{value:.{decimals}f}"
    else:
        digits = num.replace(",", "")
        zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
        step = 10 ** min(zeros, max(len(str(int(value))) - 2, 0))
        rounded = int(round(value / step) * step) if step > 1 else int(round(value))
        body = f"{rounded:,}" if "," in num else str(rounded)
    if body.strip("0.,") == "":
        return ""
    return f"{m.group('pre')}{body}{m.group('post')}"


def money_value(text: str) -> float | None:
    m = _MONEY_TEXT.match((text or "").strip())
    if not m:
        return None
    return float(m.group("num").replace(",", "")) * _UNITS.get((m.group("unit") or "").lower(), 1.0)


def _agree(values: Sequence[float]) -> bool:
    lo, hi = min(values), max(values)
    return lo > 0 and hi / lo <= AGREE_RATIO


# --- the distractor pool (all films) -----------------------------------------------------------------
@dataclass
class Pool:
    """Candidate wrong answers drawn from every film, keyed by what they are.

    Values are (film_id, value, extra) triples; ``extra`` is billing order for actors, the amount
    for money, the scale for ratings. Kept sorted so shuffles are reproducible."""

    items: dict[str, list[tuple[int, str, float]]] = field(default_factory=dict)

    def add(self, key: str, film_id: int, value: str, extra: float = 0.0) -> None:
        if value:
            self.items.setdefault(key, []).append((film_id, value, extra))

    def finish(self) -> Pool:
        """Sort each list, and thin very long ones to an even, deterministic spread.

        Distractors are sampled a few dozen at a time, so 40,000 films' directors add
        nothing over a few thousand of them — except the cost of scanning them per question."""
        for key, v in self.items.items():
            v.sort(key=lambda t: (t[0], t[1], t[2]))
            if len(v) > POOL_CAP:
                step = len(v) / POOL_CAP
                self.items[key] = [v[int(i * step)] for i in range(POOL_CAP)]
        return self

    def others(self, key: str, film_id: int) -> list[tuple[int, str, float]]:
        return [t for t in self.items.get(key, ()) if t[0] != film_id]

    def add_film(self, film_id: int, facts: dict[str, list[dict]]) -> None:
        """Feed one film's facts (rows as from :func:`bot.queries.facts`, source optional)."""
        for c in facts.get("cast", ()):
            self.add("actor", film_id, c["actor"], c.get("order") or 0)
            self.add("character", film_id, c["character"])
        for p in facts.get("plot_character", ()):
            if (p.get("mentions") or 0) >= 2:
                self.add("plot_character", film_id, p["name"], p.get("mentions") or 0)
        for c in facts.get("crew", ()):
            self.add(f"crew:{c['role']}", film_id, c["name"])
            if c["role"] in _PERSON_ROLES:
                self.add("person", film_id, c["name"])
        for a in facts.get("award", ()):
            self.add(f"category:{a['ceremony']}", film_id, a["category"])
            self.add("category", film_id, a["category"])
        for r in facts.get("review", ()):
            self.add("critic", film_id, r["critic"])
            self.add("publication", film_id, r["publication"])
            if r.get("rating_text") and r.get("rating_scale"):
                self.add(f"rating:{_fmt_num(r['rating_scale'])}", film_id, r["rating_text"], r["rating_value"] or 0)
        for m in facts.get("money", ()):
            self.add(f"money:{m['kind']}:{m['currency']}", film_id, m["text"], m["amount"])
        for r in facts.get("release", ()):
            if r.get("event") and "festival" in r["event"].lower():
                self.add("festival", film_id, strip_edition(r["event"]))
        for p in facts.get("production", ()):
            if p["key"] == "filming_location":
                self.add("location", film_id, p["value"])
        for i in facts.get("identity", ()):
            if i["key"] in ("country", "language", "genre", "based_on"):
                self.add(i["key"], film_id, i["value"])


async def load_pool(conn: aiosqlite.Connection) -> Pool:
    """The pool over every film, one fixed SELECT per fact table (no user input in any SQL).

    Rows are streamed in batches, so a 40,000-film library never holds every fact row at once,
    and each batch is sorted into the pool in a thread: over such a library that is seconds of
    pure Python, which on the event loop would be taken from every other interaction."""
    pool = Pool()
    for kind in ("cast", "plot_character", "crew", "award", "review", "money", "release", "production", "identity"):
        async with conn.execute(f"SELECT * FROM {fact_type(kind).TABLE} ORDER BY film_id, id") as cur:
            while rows := await cur.fetchmany(2000):
                await asyncio.to_thread(_feed_pool, pool, kind, rows)
    return await asyncio.to_thread(pool.finish)


def _feed_pool(pool: Pool, kind: str, rows: Iterable) -> None:
    for row in rows:
        d = dict(row)
        pool.add_film(d["film_id"], {kind: [d]})


async def load_facts(conn: aiosqlite.Connection, film_id: int) -> dict[str, list[dict]]:
    return {kind: await queries.facts(conn, film_id, kind) for kind in FACT_KINDS}


def strip_edition(event: str) -> str:
    """"2013 New York Film Festival" / "75th Venice …" → the festival's own name."""
    return re.sub(r"^(?:(?:1[89]|20)\d\d|\d+(?:st|nd|rd|th))\s+", "", event.strip())


# --- building one film's questions -------------------------------------------------------------------
@dataclass
class _Draft:
    category: str
    template: str  # with "{film}"
    answers: list[str]
    kind: str
    estimate: float
    rows: list[dict]  # the fact behind each answer (parallel to answers)
    tiers: list[list[str]] = field(default_factory=list)  # distractor candidates, best tier first
    any_of: bool = False  # several true answers, any one is right ("which of these …")
    typed_only: bool = False  # yes/no style: no buttons
    strict_from: int = 1  # tiers from this index on must not occur in the cited sentence
    exclude: tuple[str, ...] = ()  # true values that must never be offered as wrong
    loose: bool = False  # compare candidates whole, not word by word (dates, ratings, fixed scales)


class _Builder:
    """Turns one film's facts into drafts, then drafts into checked questions."""

    def __init__(self, film: Film, facts: dict[str, list[dict]], pool: Pool, rng: random.Random) -> None:
        self.film, self.facts, self.pool, self.rng = film, facts, pool, rng
        self.label = f"{film.title} ({film.year})" if film.year else film.title
        self.people = _dedupe(
            [c["actor"] for c in facts.get("cast", ())]
            + [c["name"] for c in facts.get("crew", ())]
            + [c["person"] for c in facts.get("casting", ())]
            + [c["other"] for c in facts.get("casting", ())]
        )
        self.drafts: list[_Draft] = []

    def rows(self, kind: str) -> list[dict]:
        return [r for r in self.facts.get(kind, ()) if r.get("source")]

    def full_name(self, name: str) -> str:
        """A surname alone ("Mulligan") as the full name the article uses elsewhere, if unique."""
        if len(tokens(name)) > 1:
            return name
        hits = [p for p in self.people if len(tokens(p)) > 1 and surname(p) == norm(name)]
        return hits[0] if len(hits) == 1 else name

    def add(self, category: str, template: str, answers: list[str], kind: str, estimate: float,
            rows: dict | list[dict], tiers: list[list[str]] | None = None, **kw) -> None:
        """Queue a draft; ``rows`` is the fact behind each answer, or one fact behind them all."""
        rows = rows if isinstance(rows, list) else [rows] * len(answers)
        kept: dict[str, tuple[str, dict]] = {}
        for a, r in zip(answers, rows, strict=True):
            if a and a.strip() and norm(a) and norm(a) not in kept:
                kept[norm(a)] = (a.strip(), r)
        if kept:
            pairs = list(kept.values())
            self.drafts.append(_Draft(category, template, [a for a, _ in pairs], kind,
                                      min(max(estimate, 0.0), 1.0), [r for _, r in pairs], tiers or [], **kw))

    # -- finishing --------------------------------------------------------------------------------
    def finish(self) -> list[Question]:
        out: list[Question] = []
        seen: set[str] = set()
        for d in self.drafts:
            q = self._finish(d)
            if q and norm(q.text) not in seen:
                seen.add(norm(q.text))
                out.append(q)
        return out

    def _finish(self, d: _Draft) -> Question | None:
        for ref in _dedupe([self.label, self.film.title]):
            text = d.template.replace("{film}", ref)
            kept = [(a, r) for a, r in zip(d.answers, d.rows, strict=True) if not leaks(text, a, d.kind)]
            if kept and (d.any_of or len(kept) == len(d.answers)):
                break
        else:
            return None
        kept = _cite(kept)
        answers = [a for a, _ in kept]
        sources = _dedupe_rows([r for _, r in kept])
        section = "; ".join(_dedupe([r["source"]["section"] for r in sources]))
        sentence = " … ".join(r["source"]["sentence"] for r in sources)
        distractors = [] if d.typed_only else self._distractors(d, text, answers, sentence, d.answers)
        return Question(
            text=text, answers=answers, distractors=distractors, category=d.category,
            difficulty=difficulty_of(d.estimate), kind=d.kind, film_id=self.film.id, film_title=self.film.title,
            source_section=section, source_sentence=sentence,
            id=question_id(self.film, d.category, text), estimate=d.estimate,
        )

    def _distractors(self, d: _Draft, text: str, answers: list[str], sentence: str, true: list[str]) -> list[str]:
        chosen: list[str] = []
        forbidden = list(answers) + list(true) + list(d.exclude)
        kind = "exact" if d.loose else d.kind
        surnames_only = d.kind == "person" and all(len(a.split()) == 1 for a in answers)
        for i, tier in enumerate(d.tiers):
            if surnames_only:  # "Myers" among full names would stand out: offer surnames too
                tier = [t.split()[-1] for t in tier if t.split()]
            cands = list(dict.fromkeys(tier))  # tiers come in a fixed order: same seed, same draw
            if len(cands) > SAMPLE:
                cands = self.rng.sample(cands, SAMPLE)
            else:
                self.rng.shuffle(cands)
            for c in cands:
                if len(chosen) == 3:
                    return chosen
                if not distinct(c, forbidden, kind) or not distinct(c, chosen, "exact") or _contains(text, c):
                    continue
                if d.kind == "person" and surname(c) in {surname(x) for x in chosen}:
                    continue
                if i >= d.strict_from and in_sentence(c, sentence, d.kind):
                    continue
                chosen.append(c)
        return chosen if len(chosen) == 3 else []


MAX_CITED = 3  # sentences one question may cite; answers stated only elsewhere are not accepted


def _cite(pairs: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """Keep the answers whose sentences fit in one citation: the best answer's sentence first,
    then others in article order, at most MAX_CITED sentences."""
    allowed: list[str] = [pairs[0][1]["source"]["sentence"]]
    for _a, r in sorted(pairs, key=lambda p: _ref_key(p[1]["source"].get("ref") or "")):
        s = r["source"]["sentence"]
        if s not in allowed and len(allowed) < MAX_CITED:
            allowed.append(s)
    return [(a, r) for a, r in pairs if r["source"]["sentence"] in allowed]


def _dedupe_rows(rows: list[dict]) -> list[dict]:
    """One row per cited sentence, in article order."""
    seen: dict[str, dict] = {}
    for r in rows:
        seen.setdefault(r["source"]["sentence"], r)
    return sorted(seen.values(), key=lambda r: _ref_key(r["source"].get("ref") or ""))


def _ref_key(ref: str) -> tuple:
    return tuple(int(x) if x.isdigit() else x for x in re.split(r"(\d+)", ref))


def leaks(question: str, answer: str, kind: str) -> bool:
    """Does the question give this answer away?"""
    if kind in ("number", "money", "year"):
        return _first_num(answer) in _nums(question) or _contains(question, answer)
    if _contains(question, answer):
        return True
    qt = set(tokens(question))
    if kind == "person":
        return surname(answer) in qt
    return bool(distinct_tokens(answer) & qt)


def distinct(candidate: str, others: Sequence[str], kind: str) -> bool:
    """Is *candidate* clearly a different answer from every one of *others*?"""
    c = norm(candidate)
    if not c:
        return False
    for o in others:
        n = norm(o)
        if c == n or _canon(candidate) == _canon(o):
            return False
        if kind == "person" and (surname(candidate) == surname(o) or set(tokens(candidate)) <= set(tokens(o))):
            return False
        if kind == "text" and distinct_tokens(candidate) & distinct_tokens(o):
            return False
        if kind == "money":
            a, b = money_value(candidate), money_value(o)
            if a is None or (b is not None and abs(a - b) <= MONEY_GAP * max(a, b)):
                return False
        if kind in ("number", "year") and (_first_num(candidate) is None or _first_num(candidate) == _first_num(o)):
            return False
    return True


_SYNONYMS = {"picture": "film", "movie": "film", "motion": "", "feature": "film", "the": ""}


def _canon(text: str) -> frozenset[str]:
    """Words of an answer with synonyms folded: "Best Picture" and "Best Film" are one award."""
    return frozenset(w for w in (_SYNONYMS.get(t, t) for t in tokens(text)) if w)


def _first_num(text: str) -> float | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text or "")
    return float(m.group().replace(",", "")) if m else None


def in_sentence(candidate: str, sentence: str, kind: str) -> bool:
    """Does the cited sentence mention this candidate (so it may be a true but unlisted answer)?"""
    if kind in ("money", "number", "year"):
        return _first_num(candidate) in _nums(sentence)
    if _contains(sentence, candidate):
        return True
    words = distinct_tokens(candidate)
    if kind == "person":
        return surname(candidate) in set(tokens(sentence))
    return bool(words) and words <= set(tokens(sentence))


# --- templates, one function per category -------------------------------------------------------------
def _cast(b: _Builder) -> None:
    cast = [c for c in b.rows("cast") if c["actor"]]
    fid = b.film.id
    by_char: dict[str, list[dict]] = {}
    for c in cast:
        if c["character"]:
            by_char.setdefault(norm(c["character"]), []).append(c)
    own_actors = [c["actor"] for c in cast]
    others = b.pool.others("actor", fid)
    for rows in by_char.values():
        first = min(rows, key=lambda r: r["order"] or 99)
        verb = "voiced" if all(r["voice"] for r in rows) else "played"
        order = first["order"] or 9
        similar = [v for _f, v, o in others if abs(o - order) <= 1]
        rows = sorted(rows, key=lambda r: r["order"] or 99)
        b.add("cast", f"Who {verb} {first['character']} in {{film}}?", [r["actor"] for r in rows], "person",
              0.1 + 0.1 * order + (0.1 if verb == "voiced" else 0), rows,
              [[a for a in own_actors if a not in {r["actor"] for r in rows}], similar, [v for _f, v, _o in others]])
    if cast:
        billed = sorted(cast, key=lambda r: r["order"] or 99)
        lead = billed[0]
        stranger_tiers = [[v for _f, v, o in others if o <= 3], [v for _f, v, _o in others]]
        b.add("cast", "Which of these actors stars in {film}?", [c["actor"] for c in billed], "person", 0.2, billed,
              stranger_tiers, any_of=True, strict_from=0, exclude=tuple(b.people))
        rest = [c for c in billed if norm(c["actor"]) != norm(lead["actor"])]
        if rest:
            b.add("cast", f"Which of these actors appears in {{film}} alongside {lead['actor']}?",
                  [c["actor"] for c in rest], "person", 0.35, rest, stranger_tiers,
                  any_of=True, strict_from=0, exclude=tuple(b.people))
    _replacements(b)


def _replacements(b: _Builder) -> None:
    done: set[str] = set()
    for e in b.rows("casting"):
        if e["event"] != "replaced" or not e["person"] or not e["other"]:
            continue
        left = b.full_name(e["person"])
        if surname(left) in done:
            continue
        done.add(surname(left))
        tiers = [[c["actor"] for c in b.rows("cast")], [v for _f, v, _o in b.pool.others("actor", b.film.id)]]
        b.add("cast", f"Who replaced {left} during the casting of {{film}}?", [e["other"]], "person", 0.8, e,
              tiers, exclude=(left,))


def _characters(b: _Builder) -> None:
    cast = [c for c in b.rows("cast") if c["actor"] and c["character"]]
    own = _dedupe([c["character"] for c in cast])
    plot = [p["name"] for p in b.rows("plot_character") if (p["mentions"] or 0) >= 2]
    others = [v for _f, v, _x in b.pool.others("character", b.film.id)]
    by_actor: dict[str, list[dict]] = {}
    for c in cast:
        by_actor.setdefault(norm(c["actor"]), []).append(c)
    for rows in by_actor.values():
        first = rows[0]
        mine = [r["character"] for r in rows]
        verb = "voice" if first["voice"] else "play"
        b.add("characters", f"Which character did {first['actor']} {verb} in {{film}}?", mine, "text",
              0.2 + 0.1 * (first["order"] or 5), rows, [[c for c in own if c not in mine], plot, others])


def _plot(b: _Builder) -> None:
    chars = [p for p in b.rows("plot_character") if p["name"]]
    if not chars:
        return
    own = [p["name"] for p in chars] + [c["character"] for c in b.rows("cast")] + b.people
    strangers = [v for _f, v, m in b.pool.others("plot_character", b.film.id) if m >= 3]
    ranked = sorted(chars, key=lambda p: -(p["mentions"] or 0))
    b.add("plot", "Which of these characters appears in the plot of {film}?", [p["name"] for p in ranked], "text",
          0.3, ranked, [strangers], any_of=True, strict_from=0, exclude=tuple(own))
    top = ranked[0]["mentions"] or 0
    second = (ranked[1]["mentions"] or 0) if len(ranked) > 1 else 0
    if top >= 5 and top >= 1.5 * second:
        b.add("plot", "Which character is mentioned most often in the plot summary of {film}?", [ranked[0]["name"]],
              "text", 0.35, ranked[0], [[p["name"] for p in ranked[1:]], strangers])


_CREW = {  # role: (template, kind, estimate)
    "director": ("Who directed {film}?", "person", 0.15),
    "writer": ("Who wrote {film}?", "person", 0.4),
    "composer": ("Who composed the score of {film}?", "person", 0.5),
    "producer": ("Who produced {film}?", "person", 0.6),
    "executive_producer": ("Who was an executive producer of {film}?", "person", 0.85),
    "cinematographer": ("Who was the cinematographer of {film}?", "person", 0.8),
    "editor": ("Who edited {film}?", "person", 0.8),
    "story": ("Who wrote the story of {film}?", "person", 0.6),
    "based_on_author": ("{film} is based on a work by which author?", "person", 0.45),
    "production_company": ("Which company produced {film}?", "text", 0.6),
    "distributor": ("Which company distributed {film}?", "text", 0.55),
}


_PERSON_ROLES = frozenset(r for r, (_t, k, _e) in _CREW.items() if k == "person")


def _crew(b: _Builder) -> None:
    crew = [c for c in b.rows("crew") if c["name"]]
    for role, (template, kind, est) in _CREW.items():
        rows = [c for c in crew if c["role"] == role]
        if not rows:
            continue
        full = [c["name"] for c in rows if len(tokens(c["name"])) > 1]  # "Doe" beside "Jane Doe": one person
        rows = [c for c in rows if len(tokens(c["name"])) > 1 or not any(surname(f) == norm(c["name"]) for f in full)]
        names = [c["name"] for c in rows]
        same_film = [c["name"] for c in crew if c["role"] != role and c["role"] in _PERSON_ROLES and kind == "person"]
        tiers = [same_film, [v for _f, v, _x in b.pool.others(f"crew:{role}", b.film.id)]]
        if kind == "person":
            tiers.append([v for _f, v, _x in b.pool.others("person", b.film.id)])
        if role == "director" and len(names) == 1:
            est = 0.15
        elif role == "writer" and any(norm(n) in {norm(c["name"]) for c in crew if c["role"] == "director"} for n in names):
            est = 0.3
        b.add("crew", template, names, kind, est, rows, tiers, any_of=len(names) > 1)


# -- awards --
def _editions(rows: list[dict]) -> dict[tuple, list[dict]]:
    """Award rows grouped by edition; a row without ordinal/year joins its ceremony's only edition."""
    known: dict[str, set[tuple]] = {}
    for r in rows:
        if r["ordinal"] or r.get("year"):
            known.setdefault(r["ceremony"], set()).add((r["ceremony"], r["ordinal"], r.get("year")))
    out: dict[tuple, list[dict]] = {}
    for r in rows:
        key = (r["ceremony"], r["ordinal"], r.get("year"))
        if not (r["ordinal"] or r.get("year")) and len(known.get(r["ceremony"], ())) == 1:
            key = next(iter(known[r["ceremony"]]))
        out.setdefault(key, []).append(r)
    return out


def _edition_name(key: tuple) -> str:
    ceremony, ordinal, year = key
    if ordinal:
        return f"the {present.ordinal(ordinal)} {ceremony}"
    if year:
        return f"the {year} {ceremony}"
    return f"the {ceremony}"


def _awards(b: _Builder) -> None:
    rows = [a for a in b.rows("award") if a["ceremony"] and a["category"] and a["outcome"] in ("won", "nominated")]
    stated = [c for c in b.rows("award_count") if c["ceremony"]]
    editions: dict[tuple, list[dict]] = {}
    counts: dict[tuple, list[dict]] = {}
    for key, group in _editions(rows + stated).items():  # together, so "won three Oscars" meets its edition
        editions[key] = [r for r in group if "category" in r]
        counts[key] = [r for r in group if "category" not in r]
    for key, group in editions.items():
        if group:
            _award_edition(b, key, group, counts[key])
    for key, group in counts.items():
        if group:
            _award_counts(b, key, group, editions[key])


def _award_edition(b: _Builder, key: tuple, group: list[dict], counts: list[dict]) -> None:
    ceremony, name = key[0], _edition_name(key)
    academy = 0.0 if "academy" in ceremony.lower() else 0.15
    won_rows = [a for a in group if a["outcome"] == "won"]
    won = _dedupe([a["category"] for a in won_rows])
    nom_rows = [a for a in group if norm(a["category"]) not in {norm(w) for w in won}]
    nominated = _dedupe([a["category"] for a in nom_rows])
    same = [v for _f, v, _x in b.pool.others(f"category:{ceremony}", b.film.id)]
    anywhere = [v for _f, v, _x in b.pool.others("category", b.film.id)]
    stated = {c["outcome"]: c["count"] for c in counts}
    if won and stated.get("won", len(won)) <= len(won):
        b.add("awards", f"Which award did {{film}} win at {name}?", [a["category"] for a in won_rows], "text",
              0.4 + academy, won_rows,
              [nominated, same, anywhere], any_of=True, exclude=tuple(won))
    all_cats = won + nominated
    complete = stated.get("nominated") == len(all_cats) if "nominated" in stated else not any(
        "including" in a["source"]["sentence"] for a in group)
    if nominated and complete:
        b.add("awards", f"Which category was {{film}} nominated for at {name}?", [a["category"] for a in group],
              "text", 0.45 + academy, group, [same, anywhere], any_of=True, strict_from=0, exclude=tuple(all_cats))
    if nominated:  # a ceremony with nominations: "won, or only nominated?" makes sense there
        for a in group:
            outcome = "Won" if norm(a["category"]) in {norm(w) for w in won} else "Nominated"
            b.add("awards", f"Did {{film}} win {a['category']} at {name}, or only receive a nomination?", [outcome],
                  "text", 0.5, a, typed_only=True)
    _recipients(b, name, group, academy)


def _recipients(b: _Builder, name: str, group: list[dict], academy: float) -> None:
    by_cat: dict[tuple, list[dict]] = {}
    for a in group:
        if a["recipient"]:
            by_cat.setdefault((norm(a["category"]), a["outcome"]), []).append(a)
    actors = [c["actor"] for c in b.rows("cast")]
    crew = [c["name"] for c in b.rows("crew") if c["role"] in _PERSON_ROLES - {"composer"}]  # bands aren't people
    for (cat, outcome), rows in by_cat.items():
        acting = bool(re.search(r"\b(actor|actress|performance|male|female|lead|supporting)\b", cat))
        people = actors + crew if acting else crew + actors
        split = [(n, r) for r in rows for n in re.split(r",\s*|\s+and\s+", r["recipient"]) if n.strip()]
        names = _dedupe(n for n, _r in split)
        others = [v for _f, v, _x in b.pool.others("actor" if acting else "person", b.film.id)]
        verb = "won" if outcome == "won" else "was nominated for"
        b.add("awards", f"Who {verb} {rows[0]['category']} at {name} for {{film}}?", [n for n, _r in split],
              "person", 0.4 + academy, [r for _n, r in split], [people, others], any_of=len(names) > 1)


def _award_counts(b: _Builder, key: tuple, group: list[dict], awards: list[dict]) -> None:
    name = _edition_name(key)
    for outcome in ("nominated", "won"):
        rows = [c for c in group if c["outcome"] == outcome and c["count"] > 0]
        if not rows or len({c["count"] for c in rows}) > 1:
            continue
        n = rows[0]["count"]
        known = {norm(a["category"]) for a in awards if outcome == "nominated" or a["outcome"] == "won"}
        if n < len(known):
            continue  # the count contradicts the listed categories
        forms = number_forms(n, rows[0]["source"]["sentence"])
        if not forms:
            continue
        near = [str(n + d) for d in (-3, -2, -1, 1, 2, 3) if n + d >= 1]
        what = "nominations did {film} receive" if outcome == "nominated" else "awards did {film} win"
        b.add("awards", f"How many {what} at {name}?", forms, "number", 0.6, rows[0], [near])


# -- reviews and scores --
def _reviews(b: _Builder) -> None:
    rows = [r for r in b.rows("review") if r["critic"]]
    pubs = [r["publication"] for r in rows if r["publication"]]
    critics = [r["critic"] for r in rows]
    other_pubs = [v for _f, v, _x in b.pool.others("publication", b.film.id)]
    other_critics = [v for _f, v, _x in b.pool.others("critic", b.film.id)]
    for r in rows:
        if r["publication"]:
            b.add("reviews", f"For which publication did critic {r['critic']} review {{film}}?", [r["publication"]],
                  "text", 0.7, r, [[p for p in pubs if p != r["publication"]], other_pubs])
        quote = (r["quote"] or "").strip().strip(",.;: ")
        if 4 <= len(quote.split()) <= 30:
            b.add("reviews", f'Which critic said of {{film}}: "{quote}"?', [r["critic"]], "person", 0.85, r,
                  [[c for c in critics if c != r["critic"]], other_critics])
        if r["rating_text"] and r["rating_scale"] and r["publication"]:
            same = [v for _f, v, x in b.pool.others(f"rating:{_fmt_num(r['rating_scale'])}", b.film.id)
                    if x != r["rating_value"] and _style(v) == _style(r["rating_text"])]
            b.add("reviews", f"What rating did {r['critic']} of {r['publication']} give {{film}}?", [r["rating_text"]],
                  "text", 0.8, r, [same], loose=True, exclude=tuple(v for _f, v, x in b.pool.items.get(
                      f"rating:{_fmt_num(r['rating_scale'])}", ()) if x == r["rating_value"]))


def _style(rating: str) -> tuple[bool, bool, bool]:
    """How a rating is written ("3 out of 5", "three stars out of five"): buttons should all match."""
    low = rating.lower()
    return bool(re.search(r"\d", low)), "star" in low, low.split()[0] in {"a", "an"}


def _near_numbers(value: float, lo: float, hi: float, steps: Sequence[float], fmt: str) -> list[str]:
    out = []
    for s in steps:
        v = value + s
        if lo <= v <= hi:
            out.append(fmt.format(_fmt_num(round(v, 1))))
    return out


def _scaled(value: float, fmt: str = "{}") -> list[str]:
    return [fmt.format(f"{int(round(value * f)):,}") for f in (0.6, 0.7, 0.8, 1.2, 1.3, 1.4) if round(value * f) >= 1]


def _single(rows: list[dict], field_name: str) -> dict | None:
    """The one row stating this field, or None if absent or stated with different values."""
    rows = [r for r in rows if r.get(field_name) not in (None, "")]
    if not rows or len({r[field_name] for r in rows}) > 1:
        return None
    return rows[0]


def _scores(b: _Builder) -> None:
    by_agg: dict[str, list[dict]] = {}
    for s in b.rows("score"):
        by_agg.setdefault(s["aggregator"], []).append(s)
    rt, mc = by_agg.get("rotten_tomatoes", []), by_agg.get("metacritic", [])
    steps = (-15, -11, -8, -5, -3, 3, 5, 8, 11, 15)
    if r := _single(rt, "score"):
        forms = [f for f in (f"{_fmt_num(r['score'])}%", _fmt_num(r["score"])) if _contains(r["text"], f)]
        if forms and "%" in forms[0]:
            b.add("reviews", "What approval rating does {film} have on Rotten Tomatoes?", forms, "number", 0.5, r,
                  [_near_numbers(r["score"], 0, 100, steps, "{}%")])
    if r := _single(rt, "count"):
        forms = number_forms(r["count"], r["text"])
        if forms:
            b.add("reviews", "On how many reviews is the Rotten Tomatoes rating of {film} based?", forms, "number",
                  0.85, r, [_scaled(r["count"])])
    if (r := _single(rt, "average")) and r["average_scale"] == 10:
        avg = f"{r['average']:g}"
        forms = [f for f in (avg, f"{avg}/10") if f in r["text"]]
        near = [f"{r['average'] + d:.{len(avg.split('.')[1]) if '.' in avg else 0}f}/10"
                for d in (-1.2, -0.8, -0.5, 0.4, 0.7, 1.1) if 0 < r["average"] + d < 10]
        if forms:
            b.add("reviews", "What is the average critics' rating of {film} on Rotten Tomatoes, out of 10?", forms,
                  "number", 0.8, r, [[x.split("/")[0] for x in near]])
    if (r := _single(mc, "score")) and _contains(r["text"], _fmt_num(r["score"])):
        b.add("reviews", "What score out of 100 does {film} have on Metacritic?", [_fmt_num(r["score"])], "number",
              0.6, r, [_near_numbers(r["score"], 1, 100, steps, "{}")])
    if r := _single(mc, "count"):
        forms = number_forms(r["count"], r["text"])
        if forms:
            b.add("reviews", "On how many critics' reviews is the Metacritic score of {film} based?", forms, "number",
                  0.85, r, [_scaled(r["count"])])
    if r := _single(mc, "descriptor"):
        b.add("reviews", "According to Metacritic, what kind of reviews did {film} receive?", [r["descriptor"]], "text",
              0.55, r, [list(_METACRITIC_WORDS)], strict_from=9, loose=True)
    _audience(b, by_agg)


def _audience(b: _Builder, by_agg: dict[str, list[dict]]) -> None:
    if r := _single(by_agg.get("cinemascore", []), "grade"):
        grade = r["grade"].strip()
        ascii_grade = grade.translate(_DASHES)
        if ascii_grade in _GRADES:
            dash = next((c for c in grade if c in "\u2212\u2013\u2014-"), "-")
            i = _GRADES.index(ascii_grade)
            near = [g.replace("-", dash) for g in _GRADES[max(0, i - 3): i + 4] if g != ascii_grade]
            b.add("reviews", "What grade did audiences polled by CinemaScore give {film}?", [grade, ascii_grade],
                  "text", 0.6, r, [near[:6]], strict_from=9, loose=True)
    post = [p for p in by_agg.get("posttrak", []) if norm(p["descriptor"]) == "positive"]
    if (r := _single(post, "score")) and f"{_fmt_num(r['score'])}%" in r["text"]:
        b.add("reviews", "What percentage of positive scores did PostTrak audiences give {film}?",
              [f"{_fmt_num(r['score'])}%", _fmt_num(r["score"])], "number", 0.8, r,
              [_near_numbers(r["score"], 0, 100, (-12, -8, -5, 4, 7, 10), "{}%")])


# -- box office --
_MONEY = {  # kind: (template, estimate)
    "worldwide": ("How much did {film} gross worldwide?", 0.55),
    "budget": ("What was the budget of {film}?", 0.55),
    "domestic": ("How much did {film} gross {region}?", 0.65),
    "international": ("How much did {film} gross {region}?", 0.7),
    "opening_weekend": ("How much did {film} gross in its opening weekend?", 0.7),
    "per_theater": ("What was the per-theater average of {film} in its opening weekend?", 0.9),
    "home_media": ("How much did {film} earn from home media sales?", 0.85),
}
_DEFAULT_REGION = {"domestic": "in its home market", "international": "outside its home market"}


def _box_office(b: _Builder) -> None:
    money = [m for m in b.rows("money") if m["text"] and m["amount"] > 0 and not m.get("amount_high")]  # no ranges
    for kind, (template, est) in _MONEY.items():
        rows = [m for m in money if m["kind"] == kind]
        if not rows:
            continue
        by_cur: dict[str, list[dict]] = {}
        for m in rows:
            by_cur.setdefault(m["currency"], []).append(m)
        if not all(_agree([m["amount"] for m in ms]) for ms in by_cur.values()):
            continue  # the article states two different figures for one thing
        if kind == "home_media" and len({m["amount"] for m in rows}) > 1:
            continue  # DVD, Blu-ray and total: not one figure
        rows.sort(key=lambda m: (bool(m["qualifier"]), m["source"]["section"] == "Lead", -len(m["text"])))
        first = rows[0]
        region = first["region"] if re.match(r"(in|at|on)\s", first["region"] or "") else _DEFAULT_REGION.get(kind, "")
        text = template.replace("{region}", region)
        b.add("box_office", text, [m["text"] for m in rows], "money", est, rows,
              _money_tiers(b, first, [m["text"] for m in rows]))


def _money_tiers(b: _Builder, first: dict, answers: list[str]) -> list[list[str]]:
    amount = first["amount"]
    others = [x for _f, _v, x in b.pool.others(f"money:{first['kind']}:{first['currency']}", b.film.id)
              if 0.5 * amount <= x <= 2 * amount]
    same_format = [money_like(first["text"], x) for x in others]
    factors = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 1.15, 1.2, 1.25, 1.3, 1.35, 1.4)
    scaled = [money_like(first["text"], amount * f) for f in factors]
    return [[s for s in same_format if s], [s for s in scaled if s]]


# -- release --
def _release(b: _Builder) -> None:
    rows = [r for r in b.rows("release") if _RELEASE_SECTIONS.search(r["source"]["section"].split(" > ")[-1])
            or _RELEASE_SECTIONS.search(r["source"]["section"])]
    _year(b)
    festivals = [v for _f, v, _x in b.pool.others("festival", b.film.id)]
    premieres = [r for r in rows if r["kind"] == "premiere" and r["event"]]
    if premieres:
        what = "film festival" if all("festival" in r["event"].lower() for r in premieres) else "event"
        events, rows_ = _events(premieres)
        b.add("release", f"At which {what} did {{film}} premiere?", events, "text", 0.55, rows_, [festivals],
              any_of=len(premieres) > 1, strict_from=0)
    shown = [r for r in rows if r["event"] and "festival" in r["event"].lower()]
    if len({norm(strip_edition(r["event"])) for r in shown}) > len({norm(strip_edition(r["event"])) for r in premieres}):
        events, rows_ = _events(shown)
        b.add("release", "At which of these film festivals was {film} shown?", events, "text", 0.5, rows_,
              [festivals], any_of=True, strict_from=0)
    _dates(b, [r for r in premieres if r["kind"] == "premiere"], "On what date did {film} premiere?")
    for kind, label in (("limited", "limited"), ("wide", "wide")):
        _theaters(b, [r for r in rows if r["kind"] == kind and r["theaters"]], label)


def _events(rows: list[dict]) -> tuple[list[str], list[dict]]:
    """Each event as written and without its edition ("2013 X Film Festival", "X Film Festival")."""
    pairs = [(e, r) for r in rows for e in (strip_edition(r["event"]), r["event"])]
    return [e for e, _r in pairs], [r for _e, r in pairs]


def _year(b: _Builder) -> None:
    row = next((i for i in b.rows("identity") if i["key"] == "year" and i["value"].isdigit()), None)
    if row and b.film.year and int(row["value"]) == b.film.year:
        y = b.film.year
        b.add("release", "In what year was {film} released?", [str(y)], "year", 0.2, row,
              [[str(y + d) for d in (-5, -4, -3, -2, -1, 1, 2, 3, 4, 5)]], strict_from=9)


_DATE_STYLES = ("%B %-d, %Y", "%-d %B %Y")


def _dates(b: _Builder, rows: list[dict], template: str) -> None:
    rows = [r for r in rows if re.fullmatch(r"\d{4}-\d\d-\d\d", r["date"] or "") and re.search(r"\d{4}", r["date_text"])]
    if not rows or len({r["date"] for r in rows}) > 1:
        return
    r = rows[0]
    day = date.fromisoformat(r["date"])
    style = next((s for s in _DATE_STYLES if day.strftime(s) == r["date_text"]), None)
    if style is None:
        return
    shifts = (-45, -30, -14, -7, -3, 4, 8, 15, 31, 60)
    near = [(day + timedelta(days=s)).strftime(style) for s in shifts]
    b.add("release", template, [x["date_text"] for x in rows], "text", 0.85, rows, [near], strict_from=9, loose=True)


def _theaters(b: _Builder, rows: list[dict], label: str) -> None:
    if not rows or not _agree([r["theaters"] for r in rows]):
        return
    pairs = [(f, r) for r in rows for f in number_forms(r["theaters"], r["source"]["sentence"])]
    if pairs:
        b.add("release", f"In how many theaters did {{film}} open in {label} release?", [f for f, _r in pairs],
              "number", 0.85, [r for _f, r in pairs], [_scaled(rows[0]["theaters"])])


# -- production --
def _production(b: _Builder) -> None:
    fid = b.film.id
    locs = [p for p in b.rows("production") if p["key"] == "filming_location" and p["value"]]
    if locs:
        b.add("production", "Where was {film} filmed?", [p["value"] for p in locs], "text", 0.5, locs,
              [[v for _f, v, _x in b.pool.others("location", fid)]], any_of=True, strict_from=0)
    _filming_year(b)
    ident = b.rows("identity")
    for key, template, est in (
        ("country", "What nationality is the film {film}?", 0.2),
        ("language", "In what language was {film} made?", 0.3),
        ("genre", "Which of these genres describes {film}?", 0.3),
        ("based_on", "{film} is based on which work?", 0.5),
    ):
        rows = [i for i in ident if i["key"] == key and i["value"]]
        if rows:
            b.add("production", template, [i["value"] for i in rows], "text", est, rows,
                  [[v for _f, v, _x in b.pool.others(key, fid)]], any_of=len(rows) > 1, strict_from=0)


def _filming_year(b: _Builder) -> None:
    prod = [p for p in b.rows("production") if re.match(r"\d{4}", p["date"] or "")]
    start = [p for p in prod if p["key"] == "filming_start"]
    period = [p for p in prod if p["key"] == "filming_period"]
    for rows, template in ((start, "In what year did filming of {film} begin?"), (period, "In what year was {film} filmed?")):
        years = {p["date"][:4] for p in rows}
        if len(years) == 1 and rows[0]["date"][:4] in rows[0]["source"]["sentence"]:
            y = int(rows[0]["date"][:4])
            b.add("production", template, [str(y)], "year", 0.6, rows[0],
                  [[str(y + d) for d in (-3, -2, -1, 1, 2, 3)]], strict_from=9)
            return


_SECTIONS = (_cast, _characters, _crew, _awards, _reviews, _scores, _box_office, _release, _production, _plot)


def questions_for_film(film: Film, facts_by_kind: dict[str, list[dict]], pool: Pool, rng: random.Random) -> list[Question]:
    """Every checked question for one film, in template order. Pure: no database, no clock."""
    b = _Builder(film, facts_by_kind, pool, rng)
    for section in _SECTIONS:
        section(b)
    return b.finish()


def film_rng(film: Film, seed: int) -> random.Random:
    """A generator per film, so one film's questions don't depend on which other films were asked for."""
    digest = hashlib.sha256(f"{seed}|{film.title}|{film.year or ''}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


# --- the public entry points ------------------------------------------------------------------------
async def generate(
    conn: aiosqlite.Connection,
    *,
    films: list[int] | None = None,
    categories: list[str] | None = None,
    n: int | None = None,
    seed: int = 0,
    difficulty: str | None = None,
    pool: Pool | None = None,
) -> list[Question]:
    """Questions for these films (default: all), filtered by category and difficulty.

    ``pool`` (distractor candidates over every film) may be passed in by a caller that keeps
    it between games; building it reads every fact table.

    Each film's questions are built in a thread: drafting and drawing distractors is pure Python,
    tens of milliseconds per film and a second for a game's dozen, which on the bot's event loop
    would hold up every other interaction.

    With ``n``, a spread over films and categories is drawn (round-robin over shuffled buckets) and
    shuffled; without it, every question in film then template order. Same database, same
    arguments and same seed give the identical list."""
    unknown = set(categories or ()) - set(CATEGORIES)
    if unknown:
        raise ValueError(f"unknown trivia categories: {', '.join(sorted(unknown))}")
    if difficulty is not None and difficulty not in DIFFICULTIES:
        raise ValueError(f"difficulty must be one of {', '.join(DIFFICULTIES)}")
    chosen = await _films(conn, films)
    if pool is None:
        pool = await load_pool(conn)
    out: list[Question] = []
    for film in chosen:
        facts = await load_facts(conn, film.id)
        for q in await asyncio.to_thread(questions_for_film, film, facts, pool, film_rng(film, seed)):
            if (not categories or q.category in categories) and (difficulty is None or q.difficulty == difficulty):
                out.append(q)
    return out if n is None else spread(out, n, random.Random(seed))


async def _films(conn: aiosqlite.Connection, ids: list[int] | None) -> list[Film]:
    if ids is None:
        return sorted(await queries.list_films(conn), key=lambda f: f.id)
    found = [await queries.get_film(conn, i) for i in dict.fromkeys(ids)]
    return [f for f in found if f is not None]


def spread(questions: list[Question], n: int, rng: random.Random) -> list[Question]:
    """*n* questions taking turns over (film, category) buckets, so one rich film or category
    doesn't fill a quiz night; the result is shuffled."""
    buckets: dict[tuple[int, str], list[Question]] = {}
    for q in questions:
        buckets.setdefault((q.film_id, q.category), []).append(q)
    order = sorted(buckets)
    rng.shuffle(order)
    for key in order:
        rng.shuffle(buckets[key])
    picked: list[Question] = []
    while len(picked) < n and any(buckets[k] for k in order):
        for key in order:
            if buckets[key] and len(picked) < n:
                picked.append(buckets[key].pop())
    rng.shuffle(picked)
    return picked


def export_json(questions: Iterable[Question]) -> str:
    """The ``trivia --export N --json`` document: a JSON array of question objects."""
    return json.dumps([q.to_dict() for q in questions], ensure_ascii=False, indent=2)


async def bench_generation(conn: aiosqlite.Connection, *, seed: int = 0) -> dict:
    """Milliseconds per film to load facts and build questions (``make bench``)."""
    pool_start = time.perf_counter()
    pool = await load_pool(conn)
    pool_ms = (time.perf_counter() - pool_start) * 1000
    per_film: dict[str, float] = {}
    build: list[float] = []
    counts: list[int] = []
    for film in await _films(conn, None):
        t0 = time.perf_counter()
        facts = await load_facts(conn, film.id)
        t1 = time.perf_counter()
        qs = questions_for_film(film, facts, pool, film_rng(film, seed))
        t2 = time.perf_counter()
        label = f"{film.title} ({film.year})" if film.year else film.title
        per_film[label] = round((t2 - t0) * 1000, 3)
        build.append((t2 - t1) * 1000)
        counts.append(len(qs))
    total = sorted(per_film.values())
    return {
        "films": len(total),
        "pool_ms": round(pool_ms, 3),
        "per_film_ms": per_film,
        "mean_ms": round(sum(total) / len(total), 3) if total else 0.0,
        "p95_ms": round(total[min(len(total) - 1, math.ceil(0.95 * len(total)) - 1)], 3) if total else 0.0,
        "max_ms": round(total[-1], 3) if total else 0.0,
        "mean_build_ms": round(sum(build) / len(build), 3) if build else 0.0,
        "questions": sum(counts),
    }
