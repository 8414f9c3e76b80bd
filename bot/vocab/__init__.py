"""Vocabulary as data: the words extractors read, kept in TOML tables beside this file.

Rules in ``bot/extract`` are general frames ("ROLE-NOUN by NAME", "NAME served as the ROLE-NOUN");
which words fill them (a role's nouns and verbs, ceremonies and their aliases, currencies, scale
words, words that are never names) lives here, so adding a synonym is one line in a table and
never a new regular expression. Each table is parsed once and cached.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import tomllib

HERE = Path(__file__).resolve().parent


@cache
def load(name: str) -> dict:
    """The parsed table ``<name>.toml`` (read once per process)."""
    with (HERE / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def given_names() -> frozenset[str]:
    """Every common given name of ``first_names.toml``, lower case, whatever gender it is usually given
    to (the extractors, /ask and trivia ask "is this word a given name?" of one set)."""
    return frozenset(w for names in load("first_names").values() if isinstance(names, list) for w in names)


def alternation(words, *, flags: str = "") -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    parts = sorted({w for w in words if w}, key=lambda w: (-len(w), w))  # ties in a fixed order: same text every process
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def trie_alternation(words) -> str:
    """The phrases of :func:`alternation`, factored by their common beginnings ("cast", "casting"
    and "co-star" share letters): it matches where that one does, but the engine reads each letter
    once per position instead of trying a hundred phrases in turn. For tests of whether a text holds
    a phrase at all (a gate); where the match itself is used, keep :func:`alternation`."""
    trie: dict = {}
    for w in {w for w in words if w}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return f"(?:{emit(trie)})"


def ascii_case_trie(words) -> str:
    """:func:`trie_alternation` as ``(?i:...)`` reads it on an ASCII text, with no IGNORECASE: each ASCII
    letter a class of its two cases ("[cC]"), any other character under its own ``(?i:)``. Why: with
    IGNORECASE and no literal to skip to, the engine tries the whole trie at every position and folds
    each character it reads (a role-noun test before a name, 14 -> 9 µs a sentence). Only for a
    text with no character beyond ASCII (where "K" and "ſ" cannot stand for "k" and "s") and a
    test of whether the phrases occur, not which one."""
    trie: dict = {}
    for w in {w for w in words if w}:
        node = trie
        for ch in w:
            node = node.setdefault(ch.lower() if ch.isascii() and ch.isalpha() else ch, {})
        node[""] = {}

    def one(ch: str) -> str:
        if ch == " ":
            return r"\s+"
        if ch.isascii() and ch.isalpha():
            return f"[{ch}{ch.upper()}]"
        return re.escape(ch) if ch.isascii() else f"(?i:{re.escape(ch)})"

    def emit(node: dict) -> str:
        alts = [one(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    # The first letters as plain literals, one branch a case ("c...|C..."), not "[cC]": a pattern opening on
    # a branch of literals gives the engine a first-character set to skip to, so it no longer enters the
    # trie at every position (the role-noun test before a critic's name: 3x faster, same answers).
    first = [(re.escape(c) if c.isascii() else one(c)) + emit(sub)
             for ch, sub in sorted(trie.items()) if ch
             for c in ((ch, ch.upper()) if ch.isascii() and ch.isalpha() else (ch,))]
    return f"(?:{'|'.join(first)})"
