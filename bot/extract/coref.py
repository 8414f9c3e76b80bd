"""Article-wide coreference of surnames that several people of the article share.

``People.full`` resolves a lone surname only when one full name of the article ends in it, so
"Marrow" stays "Marrow" in an article naming both the director Bede Marrow and his daughter
Ora Marrow (who wrote a memoir about the shoot). Yet an award or a crew credit given to "Marrow"
is almost always the film's own credited person: when exactly one of the people sharing that
surname is credited in the film (its crew, or its cast for an acting category), the mention
resolves to that person. Run after every extractor, since the credits come from several of them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..article import Article
from ..facts import AwardFact, CastFact, CrewFact, Fact
from ..vocab import given_names, load
from .names import HONORIFICS, People, words

#: Common given names (first_names.toml) and the family nouns ("brothers", "twins": names.toml) that
#: tell a lone first word before "and A Surname" is a given name sharing that surname.
_GIVEN = given_names()
_FAMILY = frozenset(load("names")["family_nouns"])

#: An award category for a performance: its recipient is sought among the cast first.
_ACTING = re.compile(r"\b(?:act(?:or|ress|ing)|perform\w*|supporting|lead(?:ing)?\s+role|newcomer|debut)\b", re.I)


def _lone(name: str) -> bool:
    return len(words(name)) == 1


#: A given name of East Asian romanisation ("Su-ah"), written after the family name it follows.
_GIVEN_AFTER = re.compile(r"[A-Z][a-z]+-[a-z]+")


def holder_index(people: People) -> dict[str, set[str]]:
    """The full names a surname may stand for besides those ending in it, by that surname: a three-word
    name with it inside ("Ivo Osk Varga", the Spanish double surname) and a name it opens before a
    hyphenated given name ("Osk Su-ah"). Built once per article: most articles have none."""
    out: dict[str, set[str]] = {}
    lasts: set[str] | None = None
    for n in people.names:
        ws = words(n)
        if len(ws) == 3 and ws[0][-1] != ".":
            out.setdefault(ws[1], set()).add(n)
        elif len(ws) == 2 and _GIVEN_AFTER.fullmatch(ws[1]):
            out.setdefault(ws[0], set()).add(n)
        elif len(ws) == 2 and ws[0].lower() not in _GIVEN and ws[1].lower() not in _GIVEN:
            # "Lu Kai" beside "Ora Lu": a family name written first that another name ends in, neither word a common
            # given name, so a lone "Lu" may be either (the credit or the category decides, never the word order)
            if lasts is None:
                lasts = {words(m)[-1] for m in people.names if len(words(m)) > 1}
            if ws[0] in lasts:
                out.setdefault(ws[0], set()).add(n)
    return out


def surname_holders(people: People, surname: str, index: dict[str, set[str]]) -> list[str]:
    """Every full name of the article that may be called by ``surname`` alone: those ending in it
    ("Ivo Osk") and those of *index* (holder_index). An award's "Osk" with two holders is the one the
    film credits, not whichever happens to end in it (the director Ivo Osk Varga, not his father Bede
    Osk who appears in a cameo)."""
    full = people.full(surname)  # (one person under several spellings, "Mr. Doe" and "Jane Doe", is one holder)
    out = {full} if full else {n for n in people.family(surname) if words(n)[0] not in HONORIFICS}
    return sorted(out | index.get(surname, set()))


def resolve_shared_surnames(facts: list[Fact], article: Article) -> list[Fact]:
    """Facts with a lone, still unresolved surname (award recipients, crew names) given the one
    credited full name of the film that ends in it; the mention keeps the sentence's word.
    Left alone when none or several of the credited people share the surname."""
    todo = [f for f in facts if (isinstance(f, AwardFact) and f.recipient and not f.mention and _lone(f.recipient))
            or (isinstance(f, CrewFact) and not f.mention and _lone(f.name))]
    if not todo:
        return facts
    todo_ids = {id(f) for f in todo}
    crew = {f.name for f in facts if isinstance(f, CrewFact) and len(words(f.name)) > 1}
    cast = {f.actor for f in facts if isinstance(f, CastFact) and len(words(f.actor)) > 1}
    billing = {f.actor: f.order for f in facts if isinstance(f, CastFact)}
    people = People(s.text for s in article.sentences)
    index = holder_index(people) if any(isinstance(f, AwardFact) for f in todo) else {}

    def pick(surname: str, first: set[str], award: bool = False) -> str:
        family = surname_holders(people, surname, index) if award and surname in index else people.family(surname)
        if len(family) < 2:
            return ""  # one or no full name: People.full already decided
        for pool in (first, crew | cast):
            hits = [n for n in family if n in pool]
            if len(hits) == 1:
                return hits[0]
            if hits and award and pool is first and first is cast:
                # an acting award to "Osk" when the star Ivo Osk Varga and his nephew Kip Osk are both cast: the
                # player billed first, whom the article calls by the surname alone
                ranked = sorted(hits, key=lambda n: billing.get(n, 10**6))
                return ranked[0] if billing.get(ranked[0], 10**6) < billing.get(ranked[1], 10**6) else ""
            if hits:
                return ""
        return ""

    out: list[Fact] = []
    seen_crew = {(f.role, f.name) for f in facts if isinstance(f, CrewFact)}
    for f in facts:
        if isinstance(f, AwardFact) and id(f) in todo_ids:
            # (no credit decides: the one name ending in it, as awards' own resolver would have read it)
            full = pick(f.recipient, cast if _ACTING.search(f.category) else crew, award=True) or people.full(f.recipient)
            if full:
                f = replace(f, recipient=full, mention=f.recipient)
        elif isinstance(f, CrewFact) and id(f) in todo_ids:
            full = pick(f.name, crew)
            if full:
                if (f.role, full) in seen_crew:
                    continue  # the full credit is already there: the surname was its echo
                seen_crew.add((f.role, full))
                f = replace(f, name=full, mention=f.name)
        out.append(f)
    return out


def resolve_shared_given_names(facts: list[Fact], article: Article) -> list[Fact]:
    """Credits of a lone given name coordinated with a full name that carries the surname for both:
    "directed by Ivo and Bede Marrow" credits Ivo Marrow as well as Bede Marrow. The lone word must be
    a common given name, or the pair be called brothers, sisters, twins or a couple just before it
    (so "Mononym and Bede Marrow" stays as written), and no other full name of the article may start
    with it. The mention keeps the sentence's word."""
    lone = [f for f in facts if isinstance(f, CrewFact) and not f.mention and _lone(f.name)]
    if not lone:
        return facts
    full_names = {f.name for f in facts if isinstance(f, CrewFact) and len(words(f.name)) > 1} | \
                 {f.actor for f in facts if isinstance(f, CastFact) and len(words(f.actor)) > 1}
    texts = [s.text for s in article.sentences]
    resolved: dict[str, str] = {}
    for name in {f.name for f in lone}:
        if any(n.startswith(name + " ") for n in full_names):
            continue  # the article writes this given name with its own surname somewhere
        hits = set()
        for text in texts:
            if f"{name} and " not in text:
                continue  # a plain test first: most lone names are never coordinated, and the pattern is built per name
            for m in re.finditer(rf"(?<![\w'-])(?:(\w+)\s+)?{re.escape(name)}\s+and\s+([A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)+)", text):
                partner = next((n for n in full_names if m.group(2).startswith(n)), "")
                if partner and (name.lower() in _GIVEN or (m.group(1) or "").lower() in _FAMILY):
                    hits.add(partner.split()[-1])
        if len(hits) == 1:
            surname = hits.pop()
            others = {m.group(1) for text in texts if name in text
                      for m in re.finditer(rf"(?<![\w'-]){re.escape(name)}\s+([A-Z][\w'-]+)", text)}
            if others <= {surname}:
                resolved[name] = f"{name} {surname}"
    if not resolved:
        return facts
    seen = {(f.role, f.name) for f in facts if isinstance(f, CrewFact)}
    out: list[Fact] = []
    for f in facts:
        if isinstance(f, CrewFact) and not f.mention and f.name in resolved:
            full = resolved[f.name]
            if (f.role, full) in seen:
                continue
            seen.add((f.role, full))
            f = replace(f, name=full, mention=f.name)
        out.append(f)
    return out
