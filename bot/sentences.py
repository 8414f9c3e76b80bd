"""Sentence splitting tuned for encyclopedic prose.

A naive split on ". " breaks "Acme Bros. Pictures", "J. R. Smith", "U.S." and
"Dr. Somebody" into fragments, which would cut cast and review patterns in half.
"""

from __future__ import annotations

import re

from .rxgate import gated
from .vocab import alternation, load

_V = load("sentences")
# Tokens that end with a period but rarely end a sentence (bot/vocab/sentences.toml).
ABBREVIATIONS = frozenset(_V["abbreviations"])
NAME_SYLLABLES = frozenset(_V["name_syllables"])
# "Kip Dorr Jr. The film ...": a name's suffix, then a word that opens sentences and is never a name's
_NAME_SUFFIXES = frozenset(_V["name_suffixes"])
_OPENERS = frozenset(load("names")["stop_caps"])
_NEXT_WORD = re.compile(r"[A-Za-z]+")
# The syllable capitalised, after a lower-case word, an initial or the paragraph's start
_SYLLABLE_INITIAL = re.compile(r"(?:^|\b[a-z][\w,]*\s+|\b[A-Z][a-z]{0,3}\.\s+)[A-Z][a-z]{0,3}$")
# A title that carries its own "..." or "!!" ("Other Tale!! Weekend"): its punctuation ends no sentence.
# Behind its literal prefilter (bot/rxgate.py): nearly every full stop asks, and almost no text holds one
# of the titles' words; the windows asked about are one-off pieces, so their lower case is not kept.
_TITLE_PUNCT = gated(re.compile(rf"(?:^|(?<=\W)){alternation(_V['title_punct'])}$", re.I), remember=False)

# A full stop and the space after it, or a full stop that lost its space between two sentences
# ("released in 2001.The sequel …", 'a "fine film".The critic …', "was fine.''The critic …"): three
# lower-case letters or digits or a closing quote before it, a capitalised word after it, so "Ra.One",
# "Lt.Gen" and "J.R." stay whole.
# Written to open on the punctuation in both branches (the glued branch checks its letters behind
# the dot it has read): a pattern that opens on a character class lets the engine skip to the next
# full stop, where a leading lookbehind was tried at every character (six times slower, same matches).
_CANDIDATE = re.compile(r"""[.!?…](?:[.!?…]*["'”’)\]]*\s+|(?:(?<=[a-z0-9]{3}\.)|(?<=["”]\.))(?=[A-Z][a-z]|[AI]\s)"""
                        r"""|["”'’]{1,2}(?=[A-Z][a-z]))""")
_NEXT_START = re.compile(r"""["'“‘(\[]?[A-Z0-9À-ÖØ-Þ]""")


_LAST_TOKEN = re.compile(r"([\w.'’-]+)$")
_DOTTED_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]")  # "u.s": compiled once, every full stop of the article asks
_TOKEN_TAIL = 64


def _last_token(text: str) -> str:
    """The run of word characters, dots, hyphens and apostrophes that ends ``text``.

    No such run holds a space, so when ``text`` ends on one of its characters the run is inside the
    last space-separated chunk (``rsplit`` reads from the end), and the pattern reads only that chunk:
    it is tried at every position of what it is given. Otherwise (an empty text, or a closing
    character: the run may still end before a closing line break) it is searched for in the last few
    characters first; only a token reaching back to the window's start can be longer than the
    window, and then the whole text is searched, so the answer is the same."""
    last = text[-1:]
    if last and (last.isalnum() or last in "_.'’-"):  # what [\w.'’-] matches (\w: isalnum or "_")
        m = _LAST_TOKEN.search(text.rsplit(None, 1)[-1])
        return m.group(1) if m else ""
    start = max(0, len(text) - _TOKEN_TAIL)
    m = _LAST_TOKEN.search(text, start)
    if m and m.start() == start and start > 0:
        m = _LAST_TOKEN.search(text)
    return m.group(1) if m else ""


def _inside_title(text: str, start: int, at: int) -> bool:
    """Does the run of punctuation opening at ``at`` end a title that carries it ("Other Tale!!
    Weekend", "100 Years... 100 Tales")? Then it ends no sentence."""
    end = at
    while end < len(text) and text[end] in ".!?…":
        end += 1
    return bool(_TITLE_PUNCT.search(text[max(start, at - 40) : end]))


def _opens_sentence(text: str, at: int) -> bool:
    """Is the word at ``at`` one that opens sentences and never continues a name ("The", "It", "In")?"""
    m = _NEXT_WORD.match(text, at)
    return bool(m) and m.group(0)[:1].isupper() and m.group(0).lower() in _OPENERS


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences, keeping every character of it in order."""
    text = paragraph.strip()
    if not text:
        return []
    out: list[str] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        end = m.end()
        if end >= len(text):
            break
        if not _NEXT_START.match(text, end):
            continue
        punct = text[m.start()]
        if punct in ".!…" and _inside_title(text, start, m.start()):
            continue
        seg = text[start : m.start()]  # (one slice for both tests below)
        if punct == ".":
            tok = _last_token(seg).lower().rstrip(".")
            # Single initials ("J. R. Smith", "Peter S.") and known abbreviations.
            if len(tok) == 1 and tok.isalpha():
                continue
            if tok in ABBREVIATIONS and not (tok in _NAME_SUFFIXES and _opens_sentence(text, end)):
                continue
            if tok in NAME_SYLLABLES and _SYLLABLE_INITIAL.search(seg):
                continue  # "written by Ku. Va. Ora Pell": a name's syllable initials
            # "U.S." style acronyms written with inner dots.
            if _DOTTED_ACRONYM.fullmatch(tok):
                continue
        # Do not end a sentence inside an open parenthesis.
        if seg.count("(") > seg.count(")"):
            continue
        out.append(text[start:end].strip())
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out
