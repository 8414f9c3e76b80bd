"""``_pub_s_names`` reads the possessive frame ("The Daily's Ora Pell praised …") from where a match can
start only: its matches must be exactly those of the frame's own ``finditer``."""

from __future__ import annotations

import pytest

from bot.extract import reviews as R

SENTENCES = [
    "The Daily Lamp's Ora Pell praised the film, calling it \"a quiet triumph\".",
    "In a mixed notice, Other Tale's director was faulted, and The Weekly's critic, Bede Marrow, called it dull.",
    "Kip Morrow's score was admired (The Ruritania Herald's Tam Osk wrote that it soared), but Lune Varga's reviewer, Ivo Brandt, found it slight.",
    "The Daily's Ora Pell and The Weekly's Bede Marrow both praised it.",
    "Critics' Choice: the film's cast, said Example.com's Tam Osk, was superb.",
    "Ora Pell's review called it dull; Bede Marrow's did not.",
    "No possessive here, Ora Pell of The Daily said.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_pub_s_names_same_matches_as_the_frame(text: str) -> None:
    got = [(m.span(), m.groupdict()) for m in R._pub_s_names(text)]
    want = [(m.span(), m.groupdict()) for m in R._PUB_S_NAME.finditer(text)]
    assert got == want


def test_possessive_critic_found() -> None:
    found = [(m.group("pub"), m.group("critic").strip()) for m in R._pub_s_names(SENTENCES[0])]
    assert found == [("The Daily Lamp", "Ora Pell")]
