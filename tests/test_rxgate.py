"""The literal prefilter of bot/rxgate.py never turns away a text its pattern matches."""

from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

import pytest

from bot.article import parse_article
from bot.extract import awards, crew, identity, money, people, plot, release, reviews
from bot.rxgate import Folded, Gated, Pruned, _opening_class, gated, pruned, required

ROOT = Path(__file__).resolve().parent.parent


def _words(rx: str, flags: int = 0) -> list[set[str]]:
    return [{w for w, _ in c} for c in required(re.compile(rx, flags))]


def test_required_words_of_small_patterns() -> None:
    assert _words(r"(?P<n>[A-Z]\w+)\s+was\s+replaced\s+by") == [{"was"}, {"replaced"}]
    assert _words(r"\b(?:played|voiced)\s+by") == [{"played", "voiced"}]
    assert _words(r"\b(?:played|by)\s+him") == [{"him"}]  # a branch of two letters tells nothing
    assert _words(r"(?:foo)?bar(?=baz)") == [{"bar"}, {"baz"}]
    assert _words(r"(?!nope)x{0,3}(?:abc)+") == [{"abc"}]
    assert _words(r"(?i:Critic)s?") == [{"critic"}]
    assert _words(r"play|played") == [{"play"}]  # "played" holds "play"
    assert not isinstance(gated(re.compile(r"[A-Z]\w+")), Gated)


def test_an_alternative_needs_all_its_words() -> None:
    # "role" alone lets "landed the role" through the one-clause gate; with its other words needed, a text
    # holding "role" but no "landed" is turned away without running the pattern, and every match still passes
    rx = gated(re.compile(r"(?P<a>[A-Z]\w+)\s+(?:was|is)\s+(?:chosen|picked)\b|(?P<b>[A-Z]\w+)\s+landed\s+the\s+role"))
    assert isinstance(rx, Gated)
    assert not rx.possible("The role of Tam Osk was small.")
    assert not rx.possible("Mara Velik landed in Ruritania.")
    for text in ("Mara Velik landed the role.", "Velik was chosen early.", "Osk is picked", "Osk landed  the\nrole"):
        assert rx.possible(text) and rx.search(text) is not None, text
    flat = gated(re.compile(r"(?:played|voiced)\s+by"))
    assert isinstance(flat, Gated) and not flat._combos  # one word an alternative: the clause says it all


def test_case_insensitive_words_meet_folded_letters() -> None:
    rx = gated(re.compile(r"\bcritics?\b", re.I))
    for text in ("CRITIC", "crıtic", "crİtic", "\u212aritic".replace("\u212a", "c"), "The critic's view"):
        assert bool(rx.search(text)) == bool(rx.rx.search(text)), text
    kelvin = gated(re.compile(r"kelvin", re.I))
    assert kelvin.search("\u212aelvin")
    long_s = gated(re.compile(r"stars", re.I))
    assert long_s.search("\u017ftars")


def _module_patterns() -> list[tuple[str, Gated]]:
    out = []
    for mod in (awards, crew, identity, money, people, plot, release, reviews):
        for name, value in vars(mod).items():
            if isinstance(value, Gated):
                out.append((f"{mod.__name__}.{name}", value))
    return out


@lru_cache(maxsize=1)
def _texts() -> tuple[str, ...]:
    texts = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        texts += [s.text for s in parse_article(path.read_text(encoding="utf-8")).sentences]
    rng = random.Random(5)
    # the same sentences shouted and whispered, to exercise the case-insensitive words
    texts += [t.upper() for t in rng.sample(texts, 100)] + [t.lower() for t in rng.sample(texts, 100)]
    return tuple(texts)


@pytest.mark.parametrize(("name", "rx"), _module_patterns(), ids=lambda v: v if isinstance(v, str) else "")
def test_gate_never_rejects_a_match(name: str, rx: Gated) -> None:
    for text in _texts():
        if not rx.possible(text):
            assert rx.rx.search(text) is None, (name, text)


def test_trie_alternation_matches_what_the_flat_one_matches() -> None:
    from bot.vocab import alternation, trie_alternation

    phrases = ["star", "stars", "starring", "co-star", "was less enthusiastic", "was", "rated", "rate", "A.B."]
    flat = re.compile(rf"\b{alternation(phrases)}\b", re.I)
    trie = re.compile(rf"\b{trie_alternation(phrases)}\b", re.I)
    texts = ["she stars", "a starlet", "co-starring", "it was  less\nenthusiastic", "Rated R", "rater", "A.B. said",
             "wasn't", "", "STARRING"]
    for t in texts:
        assert bool(flat.search(t)) == bool(trie.search(t)), t
    g = gated(trie, like=flat)
    assert isinstance(g, Gated) and not g.possible("nothing here") and g.search("she stars")


def test_ascii_case_trie_reads_ascii_texts_as_the_ignorecase_trie_does() -> None:
    from bot.vocab import ascii_case_trie, trie_alternation

    phrases = ["Film critic", "critic", "co-reviewer", "A.B.", "écrivain", "kip"]
    folded = re.compile(rf"(?i:{trie_alternation(phrases)})\s+[A-Z]")
    plain = re.compile(rf"{ascii_case_trie(phrases)}\s+[A-Z]")
    assert not plain.flags & re.I
    texts = ["the FILM  CRITIC Ora Pell", "film critic said", "a Co-Reviewer Bede Marrow", "a.b. Tam", "KIP Osk",
             "critics Lune", "kipper Ivo", "", "critic\nIvo"]
    for t in texts:
        assert bool(folded.search(t)) == bool(plain.search(t)), t


def _pruned_patterns() -> list[tuple[str, Pruned]]:
    return [(f"{mod.__name__}.{name}", value) for mod in (awards, crew, identity, money, people, plot, release, reviews)
            for name, value in vars(mod).items() if isinstance(value, Pruned)]


def _answers(rx, text: str) -> tuple:
    """Every answer a caller may read: the matches of finditer, search, match and fullmatch, and findall."""
    def span(m):
        return None if m is None else (m.span(), m.group())
    return ([span(m) for m in rx.finditer(text)], span(rx.search(text)), span(rx.search(text, 5)),
            span(rx.match(text)), span(rx.fullmatch(text)), rx.findall(text))


@pytest.mark.parametrize(("name", "rx"), _pruned_patterns(), ids=lambda v: v if isinstance(v, str) else "")
def test_pruned_alternation_answers_as_the_whole_pattern(name: str, rx: Pruned) -> None:
    for text in _texts():
        assert _answers(rx, text) == _answers(rx.rx, text), (name, text)


def test_pruned_keeps_the_leftmost_match_and_the_first_alternative() -> None:
    whole = re.compile(r"\bstars\s+|\bstarring\s+|\bthe\s+cast\s+includes\s+|\bstars\s+as\s+|\w+ly\s+", re.I)
    rx = pruned(whole)
    assert isinstance(rx, Pruned)
    for text in ("Other Tale stars Ora Pell and, starring as well, Bede Marrow", "The cast includes Ivo Brandt; it stars as",
                 "Kip Morrow stars as Tam Osk", "nothing here", "Lune Varga quietly stars  STARRING   ", ""):
        assert _answers(rx, text) == _answers(whole, text), text
    assert not isinstance(pruned(re.compile(r"(?P<a>stars)|starring")), Pruned)  # groups: gated instead


def _folded_patterns() -> list[tuple[str, Folded]]:
    return [(f"{mod.__name__}.{name}", value) for mod in (awards, crew, identity, money, people, plot, release, reviews)
            for name, value in vars(mod).items() if isinstance(value, Folded)]


@pytest.mark.parametrize(("name", "rx"), _folded_patterns(), ids=lambda v: v if isinstance(v, str) else "")
def test_folded_twin_answers_as_the_pattern(name: str, rx: Folded) -> None:
    for text in _texts():
        assert rx.test(text) == bool(rx.rx.search(text)), (name, text)
        assert rx.count(text) == len(rx.rx.findall(text)), (name, text)


def test_folded_only_where_lower_case_reads_the_same() -> None:
    words = Folded(re.compile(r"\b(?:prais\w*|fine|rather\s+than\s+watch)\b", re.I))
    for text in ("Ora Pell PRAISED it, fine, FINE", "rather than  watch Other Tale", "Praise\u017f", ""):
        assert words.count(text) == len(words.rx.findall(text)), text
    for pattern in (r"Ora", r"[A-Z]\w+", r"(?-i:x)y", r"(a)\1", "\u212aelvin"):
        with pytest.raises(ValueError):
            Folded(re.compile(pattern, re.I))
    with pytest.raises(ValueError):
        Folded(re.compile(r"ora"))  # not case-insensitive: nothing to gain


def test_first_character_sets_hold_every_case_the_engine_matches() -> None:
    """A pattern opening on a case-insensitive letter skips to a first-character set (_first_set_code) that
    spells out its cases: every character re.IGNORECASE matches to an ASCII letter must be in it, or a
    match opening on it would be skipped."""
    from bot.rxgate import _FOLDS_TO

    letter = re.compile(r"[a-z]", re.I)
    for o in range(0x110000):
        ch = chr(o)
        if letter.fullmatch(ch):
            for low in "abcdefghijklmnopqrstuvwxyz":
                if re.fullmatch(low, ch, re.I):
                    assert ch in {low, low.upper(), *_FOLDS_TO.get(low, "")}, (hex(o), low)
    frame = _opening_class(re.compile(r"\b(?:kin|stars?|id)\s+of\b", re.I))
    text = "\u212aIN of Tam, \u017ftars of Ora, \u0130D of Kip, the kin of Ivo"
    assert [m.span() for m in frame.finditer(text)] == [m.span() for m in re.finditer(frame.pattern, text, re.I)]
    assert len(frame.findall(text)) == 4


def test_first_sets_rebind_plain_frames_alike_and_leave_held_ones() -> None:
    """first_sets: a frame tried at every position is rebound to one with a first-character set (same text,
    same matches), the same new object under every name that held it (so ``m.re is NAME`` holds); a frame
    a container also holds keeps its object."""
    from bot.rxgate import first_sets

    frame = re.compile(r"\b(?:Ora|Bede)\s+(?P<sur>[A-Z]\w+)\s+was\s+cast", re.I)
    listed = re.compile(r"\b(?:Kip|Tam)\s+Osk\b")
    one: dict = {"_FRAME": frame, "_LISTED": listed, "_BOTH": (listed,)}
    other: dict = {"_ALIAS": frame}
    first_sets([one, other])
    assert one["_FRAME"] is not frame and one["_FRAME"] is other["_ALIAS"]
    assert one["_FRAME"].pattern == frame.pattern and one["_LISTED"] is listed
    text = "In Ruritania, ora Pell was cast; later BEDE Marrow was cast as Kip Osk in Other Tale."
    assert [(m.span(), m.group("sur")) for m in one["_FRAME"].finditer(text)] == \
        [(m.span(), m.group("sur")) for m in frame.finditer(text)] == [((14, 31), "Pell"), ((39, 59), "Marrow")]
