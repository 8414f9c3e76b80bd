"""Choosing a question's wrong options (the buttons beside the right answer).

Why a module of its own: what makes a wrong option fair (same kind, gender, era, industry; never
also right, never a fragment, never a giveaway) is one concern, separate from which questions a
film yields and which answers they accept (bot/trivia/questions.py). A family of questions hands
over candidate tiers, best first; this module picks three from them or none (the question is then
typed-only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import questions as q

if TYPE_CHECKING:
    from .questions import _Builder, _Draft

__all__ = ["choose"]


def choose(b: _Builder, d: _Draft, text: str, answers: list[str], sentence: str, true: list[str]) -> list[str]:
    """Three wrong options for draft *d* from its tiers, in tier order (shuffled within a tier,
    reproducibly), or [] when three fair ones cannot be found."""
    chosen: list[str] = []
    kind = "exact" if d.loose else d.kind
    forbidden = q._Unlike([*answers, *true, *d.exclude], kind)
    cited = q._Cited(sentence, d.kind)
    # "Myers" for "Mike Myers": offer surnames too. A one-word name that is the whole name
    # ("Nissar"): offer one-word names first, then full names.
    surnames_only = d.kind == "person" and all(len(a.split()) == 1 and b.full_name(a) != a for a in answers)
    mononym = d.kind == "person" and not surnames_only and all(len(a.split()) == 1 for a in answers)
    for i, tier in enumerate(d.tiers):
        if surnames_only:  # "Myers" among full names would stand out: offer surnames too
            tier = [t.split()[-1] for t in tier if t.split()]
        if mononym:
            tier = [t for t in tier if len(t.split()) == 1] or tier
        cands = list(dict.fromkeys(tier))  # tiers come in a fixed order: same seed, same draw
        if len(cands) > q.SAMPLE:
            cands = b.rng.sample(cands, q.SAMPLE)
        else:
            b.rng.shuffle(cands)
        for c in cands:
            if len(chosen) == 3:
                return chosen
            # Text options share no distinctive word either: "Best Cinematography" beside "Best
            # Cinematography, Black-and-White" reads as one award twice (round 5).
            if not forbidden.distinct(c) or not q.distinct(c, chosen, "text" if d.kind == "text" else "exact") \
                    or q._contains(text, c):
                continue
            if d.kind == "person" and q.surname(c) in {q.surname(x) for x in chosen}:
                continue
            if i >= d.strict_from and cited.mentions(c):
                continue
            if d.kind == "person" and (q.fragment(c, answers, d.kind) or q.norm(c) in b.pool.twins
                                       or b.misspelt(c)):
                continue
            if i >= d.own_tiers and (b.in_article(c, d.kind) or q.fragment(c, answers, d.kind)):
                continue
            chosen.append(c)
    return chosen if len(chosen) == 3 else []
