"""/ask: a quoted sentence must write a word of the thing asked (bot/vocab/focus.toml).

"What country is A from" answered with "A leaves her country's embassy in Osk", "how long did the
animation take" with "a ten-year-old girl ...", "who is the voice of B" with praise of the voice acting
at large: each quote shares the question's words and tells nothing of what it asks. The article does
not say, and the bot says so; a sentence that writes the thing (a nation's word, a span of time, the
part's name) is still quoted. Invented articles only.
"""

from __future__ import annotations

import pytest

from bot.ask import CONFIDENT

from .askkit import ask, library

_SILENT = (
    "Other Tale\n"
    "Other Tale is a 1953 romantic comedy film directed by Bede Marrow. It stars Ora Pell and Kip Morrow.\n"
    "Plot\n"
    "Lune, a crown princess on a state visit to Osk, becomes frustrated with her life and secretly leaves "
    "her country's embassy. Tam finds her asleep on a bench and takes her home, where Lune gives him a false name. "
    "Lune takes a last look back at the embassy and goes with Tam to the harbour, where the river spirit Pim "
    "guides them.\n"
    "Cast\n"
    "Ora Pell as Lune\n"
    "Kip Morrow as Tam\n"
    "Production\n"
    "The animation of the dream scene was drawn by a ten-year-old girl from Osk who had won a school prize. "
    "Critics praised the voice acting of the dubbed version.\n"
)

_TOLD = (
    "Bright Harbour\n"
    "Bright Harbour is a 1961 drama film directed by Ivo Brandt. It stars Lune Varga and Tam Osk.\n"
    "Plot\n"
    "Mira, a Ruritanian diplomat stranded in Osk, meets a fisherman named Sten. Sten teaches Mira to sail.\n"
    "Cast\n"
    "Lune Varga as Mira\n"
    "Tam Osk as Sten\n"
    "Production\n"
    "The animation of the storm took eighteen months to complete. "
    "The voice of the harbour ghost Quill was given by Rhea Quist, who was not otherwise in the film. "
    "The lullaby Sten sings was recorded in the Ruritanian language by a children's choir.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return library(tmp_path_factory.mktemp("focus"), _SILENT, _TOLD)


@pytest.mark.parametrize("question, what", [
    ("what country is lune from in other tale", "which country"),
    ("how long did the animation for other tale take", "how long"),
    ("who's the voice of pim in other tale", "who plays"),
    ("whats lune's dad's name in other tale", "father"),
])
def test_a_quote_without_the_asked_thing_is_no_answer(db, question, what):
    ans = ask(db, question)
    assert ans.abstained, ans.answer
    assert what in ans.answer


@pytest.mark.parametrize("question, told", [
    ("how long did the animation for bright harbour take", "eighteen months"),
    ("what language is the lullaby sten sings in bright harbour", "Ruritanian language"),
])
def test_a_quote_that_writes_it_is_kept(db, question, told):
    ans = ask(db, question)
    assert told in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT
