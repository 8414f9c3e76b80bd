"""Shortcuts taken for speed in the extractors' frames answer exactly as the plain code they replaced
(kept here as the reference), over random texts built from the pieces the frames read."""

from __future__ import annotations

import random

from bot.extract import awards, crew, plot

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
