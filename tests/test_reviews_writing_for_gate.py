"""The plain test in front of the 'writing for The Daily, A said' frame (reviews._may_write_for) must pass
every sentence the frame matches, one shape of each of its branches (a speed gate changes no fact)."""

from __future__ import annotations

import pytest

from bot.extract import reviews

SHAPES = [
    "Writing for The Daily Planet, Ora Pell praised the film.",
    "Reviewing the film for The Daily Planet, Ora Pell praised its score.",
    "In her review for The Daily Planet, Ora Pell praised the film.",
    "In his weekly column in The Ruritania Herald, Bede Marrow called it a triumph.",
    "For The Daily Planet, Ora Pell praised the film.",
    "The premiere was quiet; for The Daily Planet, Ora Pell praised the film.",
    "In his 1998 book Other Tale Revisited, Bede Marrow called the film a triumph.",
]


@pytest.mark.parametrize("text", SHAPES)
def test_gate_passes_every_shape_the_frame_reads(text: str) -> None:
    assert reviews._WRITING_FOR.search(text) is not None
    assert reviews._may_write_for(text)


def test_gate_turns_away_a_sentence_without_its_words() -> None:
    text = "Ora Pell praised the film, and Bede Marrow called it a triumph."
    assert not reviews._may_write_for(text)
    assert reviews._WRITING_FOR.search(text) is None
