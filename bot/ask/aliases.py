"""One character known by two names in one article: a question using one name finds sentences using the other.

The plot of "Other Tale" may call a girl Ora Pell until a witch renames her Lune, and a hero Kip Morrow in his
civilian life and the Fox in the story's fights: "what happens to Ora's parents" is told about Lune, "why is
the Fox fired" about Kip. The pairs are read once per film from what the article states (a cast line's
"Kip Morrow/The Fox", "A, known as B", "A, the alter ego of B", "A, who becomes his sidekick B", "renames
her B") and kept with the film's data (:class:`~bot.ask.data.FilmData`), never per question over all films;
an open search then counts a sentence holding either name (:func:`with_aliases`).
"""

from __future__ import annotations

import re

from ..matching import normalize
from ..vocab import load
from .text import STOPWORDS

_V = load("retrieval")["character_aliases"]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


#: A character's name as a plot writes it: up to three capitalised words, an honorific or "the" before.
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+|the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_ASIDE = r"(?:\s*\([^()]{1,60}\))?"
#: "A and B Pell, a couple of heroes, known as C and D": two names each side pair in order.
_FORWARD = re.compile(rf"(?P<a>{_NAME})(?:\s+and\s+(?P<a2>{_NAME}))?{_ASIDE}"
                      rf"(?:\s*[,—–]\s*(?:[^,.;—–()]{{1,40}}[,—–]\s*)?|\s+)(?:{_alt(_V['forward'])})\s+"
                      rf"(?P<b>{_NAME})(?:\s+and\s+(?P<b2>{_NAME}))?")
_OF = re.compile(rf"(?P<a>{_NAME}){_ASIDE},\s+(?:{_alt(_V['of'])})\s+(?:[a-z-]+\s+){{0,4}}(?P<b>{_NAME})")
#: "A (Pell), who becomes his sidekick B", "A, inspired by C, turns himself into a thief called the B".
_BECOMES = re.compile(rf"(?P<a>{_NAME}){_ASIDE}(?:,[^,.;]{{1,80}},|,)?\s+(?:{_alt(_V['becomes'])})\s+"
                      rf"(?:(?:the|his|her|their|a|an)\s+)?(?:(?:[a-z-]+\s+){{1,2}}(?:called|named)\s+|[a-z-]+\s+)?"
                      rf"(?P<b>{_NAME})")
#: The cue words of _FORWARD, _OF and _BECOMES as each frame writes them, searched first: a paragraph that
#: holds none of a frame's cues cannot match it. The frames open with a name, so a paragraph without the
#: cue was tried at every capital it holds (most of a long article's first open search).
_FORWARD_CUE = re.compile(rf"(?:{_alt(_V['forward'])})\s")
_OF_CUE = re.compile(rf",\s+(?:{_alt(_V['of'])})\s")
_BECOMES_CUE = re.compile(rf"\s(?:{_alt(_V['becomes'])})\s")
_RENAMES = re.compile(rf"\b(?:{_alt(_V['renames'])})\s+(?:her|him)\s+(?:as\s+|to\s+)?(?P<b>{_NAME})")
#: Capitalised words that open a clause, not a name ("Meanwhile, A ...").
_NOT_A_NAME = frozenset(_V["not_names"])


def _key(name: str) -> frozenset[str]:
    """The words that tell a name (no honorific, no function word, no possessive)."""
    return frozenset(w for w in normalize(re.sub(r"['’]s\b", "", name)).split()
                     if len(w) > 2 and w not in STOPWORDS and w not in _NOT_A_NAME)


def _characters(facts: dict[str, list[dict]]) -> list[str]:
    out = [r["character"] for r in facts.get("cast", []) if r.get("character")]
    out += [r["character"] for r in facts.get("casting", []) if r.get("character")]
    out += [r["name"] for r in facts.get("plot_character", []) if r.get("name")]
    return out


def read_pairs(paragraphs: list[list[str]], characters: list[str],
               title: str = "") -> list[tuple[frozenset[str], frozenset[str]]]:
    """The alias pairs *paragraphs* (each a list of its sentences, in order) and the film's *characters*
    (cast lines, plot characters) state, each side as the words that tell it. A pair needs one side to
    share a word with a character the facts hold: "Meanwhile" or a place is nobody's other name; the film's
    *title* "also known as" another is no character's."""
    title_key = _key(title)
    known = [k for k in (_key(c) for c in characters) if k]
    known_words = frozenset(w for k in known for w in k)
    pairs: list[tuple[frozenset[str], frozenset[str]]] = []

    def add(a: str | None, b: str | None, told: bool = True) -> None:
        if not a or not b or re.search(r"['’]s$", b):
            return
        ka, kb = _key(a), _key(b)
        if ka and kb and ka != kb and not (ka & kb) and (ka | kb) & known_words \
                and not (told and title_key in (ka, kb)):
            pairs.append((ka, kb))

    for c in characters:  # a cast line's "Kip Morrow/The Fox"
        if "/" in c:
            parts = [p for p in c.split("/") if p.strip()]
            for p in parts[1:]:
                add(parts[0], p, told=False)
    names_rx = re.compile(r"\b(?:" + "|".join(sorted({re.escape(w) for k in known for w in k}, key=len, reverse=True))
                          + r")\b", re.IGNORECASE) if known_words else None
    for sentences in paragraphs:
        # one text a paragraph: a sentence cut after "Mr." is whole again
        text = " ".join(sentences)
        for m in (_FORWARD.finditer(text) if _FORWARD_CUE.search(text) else ()):
            add(m.group("a"), m.group("b"))
            if m.group("a2") and m.group("b2"):
                add(m.group("a2"), m.group("b2"))
        for rx, cue in ((_OF, _OF_CUE), (_BECOMES, _BECOMES_CUE)):
            for m in (rx.finditer(text) if cue.search(text) else ()):
                add(m.group("a"), m.group("b"))
        if names_rx is None:
            continue
        starts, at = [], 0
        for s in sentences:
            starts.append(at)
            at += len(s) + 1
        for m in _RENAMES.finditer(text):
            # "renames her B": she is the last character the sentences before named (not this one's subject)
            own = max(s for s in starts if s <= m.start())
            subject = _key(" ".join(text[own:m.start()].split()[:1]))
            before = [w for w in (x.group().lower() for x in names_rx.finditer(text, 0, own)) if w not in subject]
            if before:
                add(before[-1].capitalize(), m.group("b"))
    return list(dict.fromkeys(pairs))


def shared_words(characters: list[str]) -> frozenset[str]:
    """Words more than one character's name holds (a family's surname): they tell no one alias apart."""
    seen: dict[str, int] = {}
    for k in {_key(c.split("/")[0]) for c in characters}:
        for w in k:
            seen[w] = seen.get(w, 0) + 1
    return frozenset(w for w, n in seen.items() if n > 1)


def with_aliases(names: tuple[str, ...], rest: str, pairs: list[tuple[frozenset[str], frozenset[str]]],
                 shared: frozenset[str]) -> tuple[str, ...]:
    """*names* (the full names a question names), each with the words of its other name put on ("Ora Pell
    Lune"), and a name the question types that only the pairs know ("the fox" in *rest*) added with its
    other one: a search then counts a sentence holding either."""
    if not pairs:
        return names
    typed = set(rest.split())
    out = []
    for n in names:
        k = _key(n) - shared
        extra = [w for a, b in pairs for one, other in ((a, b), (b, a)) if k and (one - shared) and (one - shared) <= k
                 for w in sorted(other - shared) if w not in k]
        out.append(" ".join([n, *dict.fromkeys(extra)]))
    have = {w for n in out for w in _key(n)}
    for a, b in pairs:
        for one, other in ((a, b), (b, a)):
            own = one - shared
            if own and own <= typed and not own <= have:
                out.append(" ".join(sorted(own) + sorted(other - shared)))
                have |= own | other
    return tuple(dict.fromkeys(out))


async def film_pairs(conn, data, title: str = "") -> tuple[list[tuple[frozenset[str], frozenset[str]]], frozenset[str]]:
    """The alias pairs of *data*'s film and its shared name words, read once (one query: the lead, plot and
    cast sentences) and kept on the film's cached data."""
    got = getattr(data, "aliases", None)
    if got is not None:
        return got
    rows = await conn.execute_fetchall(
        "SELECT s.para, s.text FROM sentences s JOIN sections sec ON sec.film_id = s.film_id AND sec.idx = s.section "
        "LEFT JOIN sections p ON p.film_id = sec.film_id AND p.idx = sec.parent WHERE s.film_id = ? AND "
        "(sec.kind IN ('lead', 'plot', 'cast') OR (sec.kind = 'other' AND p.kind IN ('plot', 'cast'))) "
        "ORDER BY s.idx", (data.film_id,))
    paragraphs: list[list[str]] = []
    last = None
    for para, text in rows:
        if para != last or not paragraphs:
            paragraphs.append([])
            last = para
        paragraphs[-1].append(text)
    characters = _characters(data.facts)
    data.aliases = (read_pairs(paragraphs, characters, title), shared_words(characters))
    return data.aliases
