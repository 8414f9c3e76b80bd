"""Cast lists and cast tables → (actor, character) pairs in billing order.

A Cast section's list is the most reliable statement of who played whom: "* [[Actor]] as
Character, a description", nested "** [[Actor]] as Young Character", "Actor and Actor as
Character", "Actor … Character", "Actor – Character", or a bare "Actor". Tables ("Actor | Role",
"Character | Japanese voice actor | English voice actor") say the same in columns. The
character is cut at the first comma, colon, dash or bracket that starts a description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import vocab
from ..extract.names import is_person
from .tables import Grid, column


@dataclass(frozen=True)
class Pair:
    actor: str
    character: str
    voice: bool


@cache
def _v() -> dict:
    return vocab.load("wikitext")


def is_cast_heading(heading: str) -> bool:
    h = heading.strip().lower()
    return h in _v()["sections"]["cast"] or bool(re.search(r"\bcast\b", h)) and "casting" not in h


def is_voice_heading(heading: str) -> bool:
    return _v()["sections"]["voice_word"] in heading.lower()


_NOTE = re.compile(r"\s*\((?:[^()]*)\)")
_VOICE_NOTE = re.compile(r"\((?:[^()]*\b)?voices?\b[^()]*\)", re.I)
_AS = re.compile(r"\s+as\s+(?=\S)")
_SEP = re.compile(r"\s+(?:\.{2,}|…+|[–—]|-{1,2})\s+|\s*(?:\.{3,}|…)\s*")
# Where a description starts after the character's name.
_CHAR_END = re.compile(r",\s|;|:\s|\s[–—-]\s|\s\(|\s+(?:who|whose|which|that|in|from|a|an|the)\s+(?=[a-z])|\.\s+(?=[A-Z])"
                       r"|\.$|\s\[")
_ACTOR_SPLIT = re.compile(r",\s+(?!(?:Jr|Sr)\b)|\s+(?:and|&)\s+")
_ABBREV_END = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Jr|Sr|St|Capt|Col|Gen|Lt|Sgt|Prof|Rev|[A-Z])$")


def _character(raw: str) -> str:
    text = raw.strip()
    pos = 0
    while True:
        m = _CHAR_END.search(text, pos)
        if not m:
            break
        if m.group(0).startswith(".") and _ABBREV_END.search(text[: m.start()]):
            pos = m.end()
            continue
        if m.group(0).startswith(",") and _inside_quotes(text[: m.start()]):
            pos = m.end()
            continue
        text = text[: m.start()]
        break
    text = text.strip().rstrip(".,;:")
    if text.endswith(".") and not _ABBREV_END.search(text[:-1]):
        text = text[:-1]
    if not text or len(text) > 80 or len(text.split()) > 10:
        return ""
    return text


def _inside_quotes(prefix: str) -> bool:
    return prefix.count('"') % 2 == 1 or prefix.count("“") > prefix.count("”")


_INNER_LOWER = {"the", "de", "del", "della", "der", "van", "von", "da", "di", "du", "la", "le", "bin", "al", "el", "y",
                "dos", "das", "ten", "ter", "of"}


def _actor_like(name: str) -> bool:
    """A list item's name: a person as the name recogniser reads one, or a stage name with small
    inner words ("Sam the Tall Man") that a cast list vouches for."""
    if is_person(name, 1):
        return True
    ws = name.split()
    return (2 <= len(ws) <= 6 and ws[0][:1].isupper() and ws[-1][:1].isupper() and not re.search(r"\d|[,:;]", name)
            and all(w[:1].isupper() or w in _INNER_LOWER for w in ws))


def _actors(raw: str) -> list[str]:
    text = _NOTE.sub("", raw).strip(" ,;:*•\"")
    parts = [p.strip(" ,;:") for p in _ACTOR_SPLIT.split(text)] if not _actor_like(text) or " and " in text else [text]
    names = [p for p in parts if p and _actor_like(p) and len(p.split()) <= 6]
    return names if len(names) == len([p for p in parts if p]) else []


def from_item(text: str, voice_section: bool) -> list[Pair]:
    """The pairs one list item states; [] when it is not a cast item."""
    voice = voice_section or bool(_VOICE_NOTE.search(text))
    m = _AS.search(text)
    if m:
        actors = _actors(text[: m.start()])
        if actors:
            ch = _character(text[m.end():])
            return [Pair(a, ch, voice) for a in actors]
    m = _SEP.search(text)
    if m:
        actors = _actors(text[: m.start()])
        if actors:
            ch = _character(text[m.end():])
            return [Pair(a, ch, voice) for a in actors]
    bare = _NOTE.sub("", text).strip(" .")
    if len(bare.split()) <= 5 and is_person(bare, 1) and not re.search(r"[,:;]", bare):
        return [Pair(bare, "", voice)]
    return []


def from_table(grid: Grid, voice_section: bool) -> list[list[Pair]]:
    """Pairs per table row (an empty list for rows that name no actor); [] when the table is not
    a cast table."""
    words = _v()["cast_tables"]
    char_col = column(grid.header, words["character"])
    actor_cols = [i for i, h in enumerate(grid.header) if i != char_col and column([h], words["actor"]) == 0]
    if char_col < 0 or not actor_cols:
        return []
    out = []
    for row in grid.rows:
        ch = _character(row[char_col]) if row[char_col] else ""
        pairs: list[Pair] = []
        for c in actor_cols:
            voice = voice_section or "voice" in grid.header[c] or "dub" in grid.header[c]
            for a in _actors(row[c]):
                pairs.append(Pair(a, ch, voice))
        out.append(pairs)
    return out


def row_text(grid: Grid, row: list[str]) -> str:
    """One table row as a line: "Header: cell; Header: cell"."""
    parts = []
    for h, cell in zip(grid.header, row, strict=False):
        if cell and h and not h.startswith("ref"):
            parts.append(f"{h.capitalize()}: {cell}")
    return "; ".join(dict.fromkeys(parts))
