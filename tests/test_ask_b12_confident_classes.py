"""/ask classes behind dev batch 12's confidently wrong first run, each asked of an invented article: a yes or
no on who voices the narrator (being in the cast is no yes); "was it based on <someone>" when the source the
facts hold is a novel (the sentence naming that someone, or the article doesn't say so); a part named before a
comma and described after it by another billed part ("who played Tam, the guy Ora threatens"); a maker's name
typed right before the title ("the music for <director>s <title>"), which says whose film it is. Never a
confident wrong answer.
"""

from __future__ import annotations

import pytest

from bot.ask.model import CONFIDENT

from .askkit import ask, library

_HARBOUR_TALE = (
    "Harbour Tale\n"
    "Harbour Tale is a 1971 Ruritanian drama film directed by Ilse Dorn and starring Ivo Brandt and Pia Lanz. "
    "It is based on the novel The Salt Road by Bede Marrow.\n"
    "Plot\n"
    "Ora Pell, a fisherman, returns to the harbour town. Her cousin Tam jokes with a pistol at the inn.\n"
    "Ora grabs the pistol from Tam and points it at his head.\n"
    "Cast\n"
    "Ivo Brandt as Kip Morrow\n"
    "Pia Lanz as Ora Pell\n"
    "Production\n"
    "Though the film contains voice-over (by actor Lune Varga), the comments are not Ora's but those of an "
    "omniscient narrator.\n"
    "There is a common misconception that the character of Kip was based on the explorer Anselm Grieg, but Dorn "
    "denied this.\n"
    "The music was composed by Tam Vell.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return library(tmp_path_factory.mktemp("b12cw"), _HARBOUR_TALE)


def test_narrator_asked_of_a_cast_member_is_no_with_the_voice_named(db):
    ans = ask(db, "is the narrator in harbour tale voiced by pia lanz")
    assert ans.answer.startswith("No"), ans.answer
    assert "Varga" in ans.answer


def test_narrator_asked_of_the_voice_is_yes(db):
    ans = ask(db, "is the narrator in harbour tale voiced by lune varga")
    assert ans.answer.startswith("Yes"), ans.answer


def test_based_on_someone_the_source_does_not_name_quotes_the_sentence_naming_them(db):
    ans = ask(db, "was harbour tale based on anselm grieg")
    assert "misconception" in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


def test_based_on_someone_the_article_never_names_is_not_said(db):
    ans = ask(db, "was harbour tale based on bruno kessel")
    assert ans.abstained, ans.answer
    assert "The Salt Road" in ans.answer  # what the article does say it is based on


def test_based_on_the_source_itself_is_still_answered(db):
    ans = ask(db, "was harbour tale based on the salt road")
    assert "The Salt Road" in ans.answer and not ans.abstained


def test_the_part_before_the_comma_is_the_one_asked(db):
    ans = ask(db, "who played tam, the guy ora pell points the pistol at")
    assert "Lanz" not in ans.answer, ans.answer  # Ora's player answers nothing asked
    assert ans.abstained or ans.confidence < CONFIDENT


def test_a_makers_name_before_the_title_says_whose_film_it_is(db):
    ans = ask(db, "who did the music for brandts harbour tale")
    assert "Vell" in ans.answer, ans.answer
    assert "Kip Morrow" not in ans.answer
