"""The plain tests in front of the award-count frames (awards._NOM_WORDS / _WIN_WORDS) must pass every
sentence the frames match (a speed gate changes no fact)."""

from __future__ import annotations

import pytest

from bot.extract import awards

NOM = ["Other Tale was nominated for four Ruritania Film Awards.", "Other Tale earned seven Golden Reel nominations.",
       "The film picked up three nods."]
WIN = ["Other Tale won three Ruritania Film Awards.", "Ora Pell's film received two awards.",
       "It took home five prizes.", "The film collected four Awards.", "It picked up two awards.",
       "Other Tale garnered three awards.", "Bede Marrow's film earned two awards.", "It went on to win three awards."]


@pytest.mark.parametrize("text", NOM)
def test_nomination_count_shapes_pass(text: str) -> None:
    assert awards.COUNT_NOM_RE.search(text) is not None
    assert awards._has_any(text, awards._NOM_WORDS)


@pytest.mark.parametrize("text", WIN)
def test_win_count_shapes_pass(text: str) -> None:
    assert awards.COUNT_WIN_RE.search(text) is not None
    assert awards._has_any(text, awards._WIN_WORDS)
