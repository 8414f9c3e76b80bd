"""Choosing a question's wrong options (the buttons beside the right answer).

Why a module of its own: what makes a wrong option fair (same kind, gender, era, industry; never
also right, never a fragment, never a giveaway) is one concern, separate from which questions a
film yields and which answers they accept (bot/trivia/questions.py). A family of questions hands
over candidate tiers, best first; this module picks three from them or none (the question is then
typed-only).

Each candidate is also ranked by what the library knows of it (round 6's blind judges): a person
whose credited films place their working years around the film's is a fair option; one whose known
films all end years before it (a composer whose last score is six years older, a star of a film a
decade earlier: either may have retired or died) is a weak one, taken only when no fair one is left;
one whose films are all far from it is never offered. The same for "name the film" options and
genre: a film of no genre family in common is weak, and never offered when either is of a marked
family (a space opera for a war drama's premise).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import vocab
from . import questions as q

if TYPE_CHECKING:
    from ..queries import Film
    from .questions import _Builder, _Draft

__all__ = ["careers", "child_part", "choose", "dubbed", "era_rank", "genre_families", "live_action_only",
           "uncredited_craft"]

#: A person whose last known film is at most this many years before the question's film is of its time.
NEAR_YEARS = 5
#: ... and one whose first known film is at most this many years after it (a star's debut follows).
LATER_YEARS = 3
#: Beyond this many years from every one of a person's known films (or from the middle of their
#: known working years, when the film falls outside them), they are never offered: a 1920s composer
#: for a 1955 score. Between NEAR_YEARS and this, outside their known years, they are weak.
KEEP_YEARS = 15

FAIR, WEAK, NEVER = 0, 1, 2


@lru_cache(maxsize=1)
def _table() -> dict:
    return vocab.load("options")


@lru_cache(maxsize=1)
def _words(key: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + vocab.alternation(_table()[key]) + r")(?![\w-])", re.I)


def uncredited_craft(category: str) -> bool:
    """Is this an award for a craft the library credits nobody with (art direction, make-up)?
    Its options could only be people of other jobs (round 6: directors offered for art direction)."""
    return bool(_words("uncredited_crafts").search(category or ""))


def live_action_only(category: str) -> bool:
    """Is this a category no animated film competes in (cinematography, acting)?"""
    return bool(_words("live_action_only").search(category or ""))


def dubbed(sentence: str) -> bool:
    """Is this cast sentence about another language's version of the film (a dub)?"""
    return bool(_words("dub_cues").search(sentence or ""))


def child_part(character: str) -> bool:
    """Is this part a child's ("the ferryman's baby")?"""
    return bool(_words("child_parts").search(character or ""))


@lru_cache(maxsize=1)
def _families() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((name, re.compile(r"(?<![\w-])(?:" + vocab.alternation(words) + r")(?![\w-])", re.I))
                 for name, words in _table()["genre_families"].items())


@lru_cache(maxsize=1 << 12)
def genre_families(genre: str) -> frozenset[str]:
    """The families ("crime", "speculative") a genre fact ("neo-noir crime thriller") belongs to."""
    return frozenset(name for name, rx in _families() if rx.search(genre or ""))


def careers(items: dict[str, list[tuple[int, str, float]]], years: dict[int, int]) -> dict[str, tuple[int, ...]]:
    """Each person's known working years: the years of the dated films that credit them (as actor
    or crew; not as the author a film adapts, whose works are filmed long after), by name as
    written. Worked out once per pool (Pool.finish), before long lists are thinned."""
    out: dict[str, set[int]] = {}
    for key, rows in items.items():
        if key == "actor" or (key.startswith("crew:") and key != "crew:based_on_author"):
            for fid, value, _x in rows:
                y = years.get(fid)
                if y:
                    out.setdefault(value, set()).add(y)
    return {name: tuple(sorted(ys)) for name, ys in out.items()}


def era_rank(known: Sequence[int] | None, year: int) -> int:
    """FAIR when the person's known films span the film's year, their last one is at most
    NEAR_YEARS before it or their first at most LATER_YEARS after it; WEAK when nothing dates them,
    or their last film is up to KEEP_YEARS before it (they may have retired or died: a composer
    whose last known score is six years older); NEVER when their films all came more than
    LATER_YEARS later (a 1950s star for a 1948 noir), or the film falls outside their known years
    and far from the middle of them (a composer credited in 1941, 1951 and 1976, offered for 1982)."""
    if not known:
        return WEAK
    if known[0] <= year <= known[-1]:
        return FAIR
    if known[0] > year:
        return FAIR if known[0] - year <= LATER_YEARS else NEVER
    if abs(known[len(known) // 2] - year) > KEEP_YEARS:
        return NEVER
    gap = year - known[-1]
    return FAIR if gap <= NEAR_YEARS else WEAK if gap <= KEEP_YEARS else NEVER


def still_given(rows: Iterable[tuple[int, str, float]], years: dict[int, int], year: int | None) -> list[str]:
    """Award categories (pool rows of one ceremony) the library shows given both before and after
    *year*, so given that year too: never a category retired or not yet created by then."""
    if not year:
        return []
    seen: dict[str, list[int]] = {}
    first: dict[str, str] = {}
    for fid, value, _x in rows:
        y = years.get(fid)
        if y:
            key = q.norm(value)
            first.setdefault(key, value)
            seen.setdefault(key, []).append(y)
    return [first[k] for k, ys in seen.items() if min(ys) <= year <= max(ys)]


def season_films(films: Sequence[Film], year: int, rng: random.Random) -> list[str]:
    """Three titles of the films competing in a winner's season: of its very year when three are,
    a year either side only to make up the three (a late release may compete the next year)."""
    ranked = sorted(films, key=lambda g: (abs(g.year - year), g.title))
    near = [g.title for g in ranked if g.year == year]
    if len(near) >= 3:
        return rng.sample(sorted(near), 3)
    return near + rng.sample(sorted(g.title for g in ranked if g.year != year), 3 - len(near))


def release_era(facts: dict[str, list[dict]]) -> int | None:
    """The year of the film's first dated release, for a film whose year the library does not know."""
    years = [int(r["date"][:4]) for r in facts.get("release", ()) if re.match(r"\d{4}", r.get("date") or "")]
    return min(years) if years else None


def _title_families(b: _Builder) -> dict[str, frozenset[str]]:
    """Each title's genre families (norm(title) -> families), from the pool's genre facts; cached
    on the pool (the same for every film)."""
    pool = b.pool
    cached = pool.title_genres
    if cached is None:
        by_film: dict[int, set[str]] = {}
        for fid, value, _x in pool.items.get("genre", ()):
            by_film.setdefault(fid, set()).update(genre_families(value))
        cached = {}
        for fid, title, _x in pool.items.get("title", ()):
            if fid in by_film:
                cached[q.norm(title)] = frozenset(by_film[fid]) | cached.get(q.norm(title), frozenset())
        pool.title_genres = cached
    return cached


def _own_families(b: _Builder) -> frozenset[str]:
    return frozenset().union(*(genre_families(i["value"]) for i in b.facts.get("identity", ())
                               if i.get("key") == "genre" and i.get("value")))


def plausible_titles(b: _Builder, titles: Iterable[str]) -> set[str]:
    """The titles (normalised) a player could take for the film by genre: not of a marked family
    the film does not share (round 6: a space opera offered for a road-gang premise)."""
    mine, families = _own_families(b), _title_families(b)
    return {k for k in (q.norm(t) for t in titles) if _genre_rank(mine, families.get(k)) != NEVER}


def _genre_rank(mine: frozenset[str], theirs: frozenset[str] | None) -> int:
    if not mine or not theirs:
        return WEAK
    if mine & theirs:
        return FAIR
    marked = frozenset(_table()["marked_families"])
    return NEVER if (mine | theirs) & marked else WEAK


def _ranker(b: _Builder, d: _Draft, answers: list[str], text: str):
    """A function candidate -> FAIR / WEAK / NEVER for this draft, or None when nothing ranks."""
    pool = b.pool
    if d.kind == "person":
        year = b.era if d.family != "crew.based_on_author" else None
        kids = pool.kids
        child_answer = any(a in kids for a in answers)
        # The film's players credited with the asked role too (its young version, a shared part):
        # offering one is offering a right answer.
        same_role: set[str] = set()
        if d.family.startswith("cast.") and d.keys:
            asked = set().union(*(q.role_keys(k) for k in d.keys))
            same_role = {actor for actor, keys in _parts_of(b) if keys & asked}
        known = pool.careers

        def rank(c: str) -> int:
            if c in same_role or (not child_answer and c in kids):
                return NEVER
            return era_rank(known.get(c), year) if year else FAIR
        return rank
    if d.kind == "title":
        mine = _own_families(b)
        families = _title_families(b)
        said = q.distinct_tokens(text)

        def rank_title(c: str) -> int:
            if any(len(t) > 3 and t in said for t in q.distinct_tokens(c)):
                return NEVER  # a word of the option in the clue ("Other Tale" beside a clue about Tale)
            return _genre_rank(mine, families.get(q.norm(c)))
        return rank_title
    return None


def _parts_of(b: _Builder) -> list[tuple[str, set[str]]]:
    """The film's players and their parts' role keys, read once per film."""
    key = ("options:parts", "")
    if key not in b._memo:
        b._memo[key] = [(c["actor"], q.role_keys(c["character"])) for c in b.facts.get("cast", ())  # type: ignore[misc]
                        if c.get("actor") and c.get("character")]
    return b._memo[key]  # type: ignore[return-value]


def choose(b: _Builder, d: _Draft, text: str, answers: list[str], sentence: str, true: list[str]) -> list[str]:
    """Three wrong options for draft *d* from its tiers, in tier order (shuffled within a tier,
    reproducibly), fair ones from every tier before any weak one, or [] when three cannot be
    found."""
    chosen: list[str] = []
    kind = "exact" if d.loose else d.kind
    forbidden = q._Unlike([*answers, *true, *d.exclude], kind)
    cited = q._Cited(sentence, d.kind)
    # "Myers" for "Mike Myers": offer surnames too. A one-word name that is the whole name
    # ("Nissar"): offer one-word names first, then full names.
    surnames_only = d.kind == "person" and all(len(a.split()) == 1 and b.full_name(a) != a for a in answers)
    mononym = d.kind == "person" and not surnames_only and all(len(a.split()) == 1 for a in answers)
    rank = _ranker(b, d, answers, text)
    drawn: list[list[str]] = []  # each tier's candidates, shuffled once
    ranks: dict[str, int] = {}  # each candidate's rank, worked out when first looked at

    def tier_at(i: int) -> list[str]:
        while len(drawn) <= i:
            tier = d.tiers[len(drawn)]
            if surnames_only:  # "Myers" among full names would stand out: offer surnames too
                tier = [t.split()[-1] for t in tier if t.split()]
            if mononym:
                tier = [t for t in tier if len(t.split()) == 1] or tier
            cands = list(dict.fromkeys(tier))  # tiers come in a fixed order: same seed, same draw
            if len(cands) > q.SAMPLE:
                cands = b.rng.sample(cands, q.SAMPLE)
            else:
                b.rng.shuffle(cands)
            drawn.append(cands)
        return drawn[i]

    for wanted in (FAIR, WEAK):  # every tier's fair options first, then weak ones
        for i in range(len(d.tiers)):
            for c in tier_at(i):
                if len(chosen) == 3:
                    return chosen
                r = ranks.get(c)
                if r is None:
                    r = ranks[c] = rank(c) if rank else FAIR
                if r != wanted or not _fair(b, d, c, i, chosen, forbidden, cited, text, answers):
                    continue
                chosen.append(c)
    return chosen if len(chosen) == 3 else []


def _fair(b: _Builder, d: _Draft, c: str, i: int, chosen: list[str], forbidden: q._Unlike, cited: q._Cited,
          text: str, answers: list[str]) -> bool:
    """The checks every option passes: not also right, not a fragment or a misspelling, not named
    in the question or (from other films) in the article."""
    # Text options share no distinctive word either: "Best Cinematography" beside "Best
    # Cinematography, Black-and-White" reads as one award twice (round 5).
    if c in chosen or not forbidden.distinct(c) or not q.distinct(c, chosen, "text" if d.kind == "text" else "exact") \
            or q._contains(text, c):
        return False
    if d.kind == "person" and q.surname(c) in {q.surname(x) for x in chosen}:
        return False
    if i >= d.strict_from and cited.mentions(c):
        return False
    if d.kind == "person" and (q.fragment(c, answers, d.kind) or q.norm(c) in b.pool.twins or b.misspelt(c)):
        return False
    return not (i >= d.own_tiers and (b.in_article(c, d.kind) or q.fragment(c, answers, d.kind)))


def award_players(b: _Builder, actors: Iterable[str]) -> list[str]:
    """The film's players a host would offer for its acting award: a lead (billed third or higher),
    a named part billed eighth or higher, or a player the library credits in another film; never
    a bit player or a real person cast as themselves once (round 6: the priest of a wedding scene
    offered for Best Supporting Actor), nor a child's part."""
    rows: dict[str, list[dict]] = {}
    for c in b.facts.get("cast", ()):
        if c.get("actor"):
            rows.setdefault(c["actor"], []).append(c)
    known = b.pool.films_with
    out = []
    for a in actors:
        parts = rows.get(a, [])
        order = min((c.get("order") or 99 for c in parts), default=99)
        named = [c for c in parts if c.get("character")]
        if named and all(child_part(c["character"]) or _as_self(c["character"], a) for c in named):
            continue  # a child's part, or a real person cast as themselves ("Ora" played by Ora Pell)
        if order <= 3 or (named and order <= 8) or known.get(("actor", q.norm(a)), 0) >= 2:
            out.append(a)
    return out


def _as_self(character: str, actor: str) -> bool:
    """Is the part named only with the player's own names (a real person cast as themselves)?"""
    part, own = set(q.tokens(character)), set(q.tokens(actor))
    return bool(part) and part <= own
