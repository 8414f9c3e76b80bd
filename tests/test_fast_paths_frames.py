"""Shortcuts taken for speed in the extractors' frames answer exactly as the plain code they replaced
(kept here as the reference), over random texts built from the pieces the frames read."""

from __future__ import annotations

import random
import re

from bot.extract import awards, common, crew, money, people, plot
from bot.rxgate import _literal_trie

RNG = random.Random(29)


def _text(pieces: list[str], n: int) -> str:
    return "".join(RNG.choice(pieces) for _ in range(RNG.randint(0, n)))


def test_lower_words_looked_up_as_the_whole_set() -> None:
    pieces = [" ", "\n", "-", "'", "’", ".", ",", "tam", "Tam", "osk", "oSK", "é", "É", "İ", "Σ", "σ", "ς", "a", "1", "_",
              "marrow", "Marrow", "x-ray", "don't"]
    queries = ["tam", "osk", "marrow", "x-ray", "don't", "don", "t", "a", "é", "i̇", "σ", "ς", "tam-osk", "", "dr.", "-", "'"]
    for _ in range(5000):
        text = _text(pieces, 14)
        reference = set("\n".join(set(plot._LOWER_WORD.findall(text))).lower().split("\n"))
        lazy = plot._LowerWords(text)
        for q in [*queries, *reference]:
            assert (q in lazy) == (q in reference), (text, q)


def test_ceremonies_searched_in_the_runs_holding_an_ending() -> None:
    pieces = [" ", "  ", ", ", "; ", "(", ")", '"', ".", "-", "the ", "The ", "at the ", "of ", "and ", "for ", "du ", "won ",
              "71st ", "first ", "2001 ", "2001", "Ruritania ", "Osk ", "Golden ", "Globe ", "Globes", "Film ", "Festival",
              "Festival ", "Awards", "Award", "Award-winning ", "Academy ", "Critics ", "Circle", "Board ", "Review", "Prize",
              "Tam's ", "Ora Pell ", "St. ", "&", "Best Actress", "Oscar", "é", "Émile "]
    for _ in range(20000):
        text = _text(pieces, 16)
        reference = [(m.span(), m.groupdict()) for m in awards.CEREMONY_RE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in awards._ceremony_matches(text)] == reference, text


def test_name_led_crew_frames_tried_only_with_their_tail() -> None:
    pieces = [" ", ", ", " and ", "Ora Pell", "Bede Marrow", "Ivo Brandt", "Tam Osk", ", who had shot it,", ", a former editor,",
              " also", " later", " directed", " wrote", " edited", " handled", " the", " film", " film's", " editing",
              " screenplay", " score", " music for", " it", " segments", " Osk", " composed", " and conducted", "-", "."]
    for _ in range(20000):
        text = _text(pieces, 12)
        for rx, tail in ((crew._ACTIVE_RX, "active"), (crew._HANDLED_RX, "handled")):
            if crew._TAILS[tail].search(text) is None:
                assert rx.search(text) is None, (text, tail)


def test_verb_frame_opens_only_on_its_first_words() -> None:
    rx = getattr(people._VERB_PLAYS, "rx", people._VERB_PLAYS)
    guard = f"(?={_literal_trie(tuple(people._VERB_PLAYS_OPENERS)).pattern})"
    assert guard in rx.pattern
    reference = re.compile(rx.pattern.replace(guard, "", 1), rx.flags)
    pieces = ["Ora Pell", "Tam", " ", "  ", ",", ".", "plays", "played", "playing", "the", "role", "part", "of", "as", "also",
              "briefly", "himself", "was", "were", "is", "are", "cast", "in", "to", "play", "returns", "returned", "brought",
              "back", "came", "comes", "has", "had", "been", "being", "made", "makes", "a", "an", "guest", "cameo",
              "appearance", "appears", "uncredited", "reprises", "reprising", "his", "her", "starring", "stars", "co-stars",
              "voices", "voiced", "provides", "voice", "can", "be", "seen", "signed", "on", "joined", "added", "debut",
              "would", "will", "confirmed", "announced", "essays", "depicts", "takes", "got", "isle"]
    for _ in range(20000):
        text = " ".join(RNG.choice(pieces) for _ in range(RNG.randint(1, 12)))
        assert [(m.span(), m.group("verb")) for m in rx.finditer(text)] == \
            [(m.span(), m.group("verb")) for m in reference.finditer(text)], text


def test_money_searched_from_near_its_first_digit() -> None:
    pieces = ["$", "US$", "US $", "£", "€", "¥", "₹", "Rs.", "RMB", "HK$", "between", "Between", "  ", " ", "and", "to", "-",
              "–", "5", "12", "1,200", "3.5", " million", "m", "bn", " crore", " lakh", " dollars", " pounds", " yen", "x",
              "The film earned ", "٣"]
    for _ in range(20000):
        text = _text(pieces, 12)
        for pos in range(0, len(text) + 1, 3):
            m, ref = common._money_search(text, pos), common.MONEY_RX.search(text, pos)
            assert (m and (m.span(), m.groupdict())) == (ref and (ref.span(), ref.groupdict())), (text, pos)


def test_money_hint_as_one_alternation() -> None:
    reference = re.compile(money._MONEY_MARK.pattern + "|" + money._MONEY_WORD.pattern)
    pieces = ["$", "£", "₹", "5", "12 ", "3.5", " million ", "-million ", "crore", " dollars", "Dollars", " new ", "pesos",
              "x", " ", "won", "yen", "Rs", "2001"]
    for _ in range(20000):
        text = _text(pieces, 8)
        hint = money._MONEY_MARK.search(text) is not None or money._MONEY_WORD.search(text) is not None
        assert hint == bool(reference.search(text)), text


def test_words_written_in_lower_case_looked_up_as_the_whole_set() -> None:
    pieces = ["a", "B", "ab", "x-ray", "-", "'", "’", "_", "1", "é", "É", " ", ".", "tam", "Tam", "osk", "oSK", "²"]
    for _ in range(5000):
        texts = [_text(pieces, 10) for _ in range(RNG.randint(1, 3))]
        reference = frozenset(w for t in texts for w in re.findall(r"\b[a-z][\w'’-]*", t))
        lazy = people._LowerWritten("\n".join(texts))
        for q in [*reference, "tam", "osk", "x-ray", "ray", "b", "", "é", "am"]:
            assert (q in lazy) == (q in reference), (texts, q)


def test_cast_role_frame_needs_its_bracket() -> None:
    pieces = ["Tam", "Osk", "Ora Pell", " ", "(", ")", "voiced by ", "played by ", ",", "the", "Lune"]
    for _ in range(20000):
        text = _text(pieces, 10)
        if "(" not in text:
            assert plot._NAME_ACTOR.search(text) is None, text
