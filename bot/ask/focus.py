"""The asked thing's word in a quoted sentence: a quote that writes none of it tells nothing of it.

An open search ranks the article's sentences by the question's words. For some questions the thing asked
is one word of a kind the question only names by its family ("what country is Ora from": a country;
"how many days was the shoot": a span of time; "who did the effects": an effects word), and the sentence
sharing most words can be about its neighbourhood instead ("Ora leaves her country's embassy in Osk";
"the tracking shot took weeks of preparation" is one; "Ora's visit to Osk" is not). Such a quote reads as
an answer and is none. The families and their words are data (bot/vocab/focus.toml); this module only
checks a sentence-quoting answer against them, after the answer is chosen, so every path that quotes
(plot, production, the open search) is held to the same rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..matching import normalize
from ..vocab import alternation, load
from .model import Answer

#: The abstention's confidence (film.py's NONE).
_NONE = 0.15


@dataclass(frozen=True)
class Family:
    """One asked thing: the question patterns that ask for it and the sentence patterns that tell it."""

    name: str
    what: str
    ask: tuple[re.Pattern, ...]
    tell: tuple[re.Pattern, ...]


def _list_words(ref: str) -> list[str]:
    """The phrases of another vocabulary list named "table.key" (a list, or a table of lists)."""
    table, key = ref.split(".", 1)
    value = load(table)[key]
    if isinstance(value, dict):
        value = value.get("words", [w for v in value.values() if isinstance(v, list) for w in v])
    return [w for w in value if isinstance(w, str)]


@cache
def families() -> tuple[Family, ...]:
    """The families of vocab/focus.toml, compiled once a process."""
    out = []
    for f in load("focus")["family"]:
        tell = [re.compile(t, re.IGNORECASE) for t in f.get("tell", [])]
        words = [*f.get("words", []), *(w for ref in f.get("lists", []) for w in _list_words(ref))]
        if words:
            tell.append(re.compile(rf"\b{alternation(words)}\b", re.IGNORECASE))
        out.append(Family(f["name"], f["what"], tuple(re.compile(a) for a in f["ask"]), tuple(tell)))
    return tuple(out)


def asked(question: str) -> list[tuple[Family, str]]:
    """The families *question* (normalised) asks for, each with the question's own focus word ("" when
    the family's patterns name none)."""
    out = []
    for fam in families():
        for rx in fam.ask:
            m = rx.search(question)
            if m:
                out.append((fam, (m.groupdict().get("focus") or "")))
                break
    return out


def tells(fam: Family, focus: str, text: str) -> bool:
    """Does *text* tell the family's thing (one of its words, and the question's focus word if any)?"""
    if focus:
        words = set(normalize(text).split())
        if focus not in words and f"{focus}s" not in words:
            return False
    return not fam.tell or any(rx.search(text) for rx in fam.tell)


def _quoted(ans: Answer) -> list[str]:
    """The sentences an answer quotes: its sources' sentences, else its own text."""
    return [s["sentence"] for s in ans.sources if s.get("sentence")] or [ans.answer]


def kept(rest: str, whole: str, ans: Answer) -> Answer:
    """*ans*, unless it quotes sentences that write nothing of what the question asks for: then the
    abstention, naming what the article does not say. *rest* is the question's normalised words after
    the title, *whole* all of them (the frame may come before the title: "how long did the animation
    for <title> take")."""
    if ans.abstained or not ans.kind.endswith(".sentence"):
        return ans
    for fam, focus in asked(rest) or asked(whole):
        if not any(tells(fam, focus, t) for t in _quoted(ans)):
            return Answer(ans.question, f"The article doesn't say {fam.what}.", "abstain", _NONE,
                          ans.film, ans.film_id, [])
    return ans
