"""The review gate and the verdict's word counts read an ASCII text without their prefilters
(``_GATE_TEST_ASCII`` …): the answers must be those of the prefiltered tests."""

from __future__ import annotations

import pytest

from bot.extract import reviews as R

TEXTS = [
    "Ora Pell of The Daily Lamp praised the film, calling it a wonderful, moving triumph.",
    "Bede Marrow found it dull, tedious and overlong, though the cast was fine.",
    "The film was shot in Ruritania over six weeks.",
    "Kip Morrow wrote the score; Tam Osk edited it.",
    "ACCORDING TO Lune Varga, the ending is a MASTERPIECE.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_ascii_twins_answer_as_the_prefiltered_tests(text: str) -> None:
    assert R._GATE_TEST_ASCII.test(text) == R._GATE_TEST.test(text)
    assert R._POS_COUNT_ASCII.count(text) == R._POS_COUNT.count(text) == len(R._POS_WORDS.findall(text))
    assert R._NEG_COUNT_ASCII.count(text) == R._NEG_COUNT.count(text) == len(R._NEG_WORDS.findall(text))


def test_gate_lets_a_review_through_and_turns_the_shoot_away() -> None:
    assert R._GATE_TEST_ASCII.test(TEXTS[0])
    assert not R._GATE_TEST_ASCII.test(TEXTS[2])
