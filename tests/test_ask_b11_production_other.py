"""/ask classes of dev batch 11 outside the plot, each asked of an invented article: which film it is a sequel
to with the title typed first; the film that came after it; a deed of someone named by their crew role ("which
screenwriter sued"); how long someone was away from the set; the short shown before it; where most of it was
shot; a mishap of the shoot; an award the article says it missed, one asked with the film's year typed after its
title, and one asked of a person the award facts do not hold. Never a confident wrong answer.
"""

from __future__ import annotations

import pytest

from bot.ask import intent as I
from bot.ask.model import CONFIDENT
from bot.matching import normalize

from .askkit import ask, library

_OTHER_TALE_2 = (
    "Other Tale 2\n"
    "Other Tale 2 is a 1994 Ruritanian adventure film directed by Ilse Dorn and starring Ivo Brandt and Pia Lanz.\n"
    "Plot\n"
    "Ora Pell, a miller's daughter, runs away from the mill. Tam Osk, the miller, follows her to the coast.\n"
    "Cast\n"
    "Ivo Brandt as Tam Osk\n"
    "Pia Lanz as Ora Pell\n"
    "Production\n"
    "The screenplay was written by Lune Varga.\n"
    "It is a standalone sequel to The Mill Wheel (1990), with Ivo Brandt reprising his role.\n"
    "Most of the film was shot in Ruritania, around Osk Castle.\n"
    "Following his illness and recovery, Brandt returned to the sets of the film after a break of close to three months.\n"
    "Brandt was injured while breaking glass for a scene.\n"
    "In March 1995, Bede Marrow, a Ruritanian screenwriter, sued the studio alleging copyright infringement.\n"
    "Release\n"
    "Other Tale 2 was released on 3 March 1994. The film was preceded by a short film titled Kip's Holiday.\n"
    "Other Tale 2 was followed by Other Tale Returns in 1997.\n"
    "Accolades\n"
    "Other Tale 2 marks the first Osk Studios film not to be nominated for an Oscar.\n"
    "Critic Tam Vell wrongly guessed that Ivo Brandt would win Best Actor, while the award went to Kip Morrow.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return library(tmp_path_factory.mktemp("b11po"), _OTHER_TALE_2)


@pytest.mark.parametrize("question, intent", [
    ("which screenwriter sued the studio over", "fallback"),
    ("which actor had to pull out of", "fallback"),
    ("how long was brandt off the set when he got sick", "duration"),
    ("what short was shown before in theaters", "fallback"),
    ("what movie came after", "installment"),
    ("how did brandt get hurt filming", "fallback"),
    ("who said no to playing tam", "casting"),
    ("who fired the director", "fallback"),
    ("who sued the producers", "fallback"),
    ("which producer did the director clash with", "fallback"),
    ("who was the director's assistant", "fallback"),
    ("who replaced the original director", "replacement"),
    ("who released the soundtrack", "fallback"),
    ("which label put out the soundtrack album", "fallback"),
    ("was it turned into a musical", "fallback"),
    ("who composed the soundtrack", "crew.composer"),
    ("what book is it based on", "identity.based_on"),
    # the credit and the running time are still read as such
    ("who were the producers", "crew.producer"),
    ("who was the director of photography", "crew.cinematographer"),
    ("which screenwriter wrote", "crew.writer"),
    ("how long is", "identity.runtime"),
    ("how long did filming go on for", "filming"),
])
def test_intents(question, intent):
    assert I.classify(normalize(question)) == intent


@pytest.mark.parametrize("question, said", [
    ("other tale 2 is a sequel to which movie", "The Mill Wheel"),
    ("what movie came after other tale 2", "Other Tale Returns"),
    ("which screenwriter sued the studio over other tale 2", "Bede Marrow"),
    ("how long was brandt off the other tale 2 set when he got sick", "three months"),
    ("what short was shown before other tale 2 in theaters", "Kip's Holiday"),
    ("how did brandt get hurt filming other tale 2", "breaking glass"),
    ("did other tale 2 get an oscar nomination", "not to be nominated"),
    ("did ivo brandt win best actor for other tale 2", "Kip Morrow"),
])
def test_answers(db, question, said):
    ans = ask(db, question)
    assert said in ans.answer, ans.answer
    assert not ans.abstained


def test_the_credit_is_no_answer_to_who_sued(db):
    """The writer credited (Lune Varga) never answers which screenwriter sued."""
    ans = ask(db, "which screenwriter sued the studio over other tale 2")
    assert "Lune Varga" not in ans.answer and ans.confidence < CONFIDENT


def test_most_of_the_shoot_is_no_scene(db):
    """"where did they shoot most of it": the film's filming places, not a sentence writing "most"."""
    ans = ask(db, "where did they shoot most of other tale 2")
    assert "Ruritania" in ans.answer, ans.answer


def test_missed_award_is_a_no(db):
    ans = ask(db, "did other tale 2 get an oscar nomination")
    assert ans.answer.startswith("No"), ans.answer


_KIP = (
    "Kip Runs\n"
    "Kip Runs is a 2003 Ruritanian action film directed by Tam Osk and starring Ivo Brandt and Lune Varga.\n"
    "Plot\n"
    "Ivo Brandt plays Kip, a courier. Lune Varga plays Tala, a robot whose name is a contraction of "
    "\"Trusty, Able, Loyal Aide\".\n"
    "Release\n"
    "The Ruritanian Board of Film Classification rated the film 12A for \"moderate fantasy violence\".\n"
    "Reception\n"
    "Kip Runs holds a 71% approval rating on Rotten Tomatoes, with an average rating of 6.4/10.\n"
)
_MILL = (
    "The Mill Road\n"
    "The Mill Road is a 1999 Ruritanian drama film directed by Tam Osk and starring Bede Marrow.\n"
    "Reception\n"
    "The Mill Road holds an 88% approval rating on Rotten Tomatoes, with an average rating of 8.2/10.\n"
)


@pytest.fixture(scope="module")
def db2(tmp_path_factory):
    return library(tmp_path_factory.mktemp("b11rating"), _KIP, _MILL)


def test_certificate_is_the_boards(db2):
    ans = ask(db2, "what was kip runs rated in the uk")
    assert "12A" in ans.answer and ans.confidence < CONFIDENT, ans.answer


def test_no_certificate_told_is_no_critics_score(db2):
    """"what rating did it get from the mpaa": the aggregate's rating is no board's; the article doesn't say."""
    ans = ask(db2, "what rating did the mill road get from the mpaa")
    assert ans.abstained and "88%" not in ans.answer, ans.answer


def test_a_name_typed_in_lower_case_spelled_out(db2):
    ans = ask(db2, "what does tala's name stand for in kip runs")
    assert "Trusty Able Loyal Aide" in ans.answer.replace(",", ""), ans.answer


_PELL = (
    "Pell's Winter\n"
    "Pell's Winter is a 1978 Ruritanian war drama film directed by Tam Osk and starring Ora Pell and Kip Morrow.\n"
    "Plot\n"
    "In late 1968, three friends in Ruritania work in a mill and hunt in the hills.\n"
    "Release\n"
    "Pell's Winter was released in Ruritanian, along with its dubbed versions in Osk and Vellish.\n"
    "A second version was released as a two-disc set on September 6, 2005.\n"
    "Legacy\n"
    "Other films released later that showed the war included:\n"
    "Pell's Winter unleashed a new dynamic in combat scenes, paving the way for Lune's Road and Other Tale.\n"
)


@pytest.fixture(scope="module")
def db3(tmp_path_factory):
    return library(tmp_path_factory.mktemp("b11other"), _PELL)


def test_dubbed_languages_are_no_original_language():
    assert I.classify(normalize("what languages was it dubbed into")) == "fallback"
    assert I.classify(normalize("what language is it in")) == "identity.language"


def test_a_release_box_set_sets_no_story(db3):
    """"what year is it set in": a two-disc set's release date is no setting; the plot's opening year is."""
    ans = ask(db3, "what year is pell's winter set in")
    assert "1968" in ans.answer and "2005" not in ans.answer, ans.answer


def test_a_list_opening_whose_list_is_lost_is_no_answer(db3):
    ans = ask(db3, "what later films did pell's winter pave the way for")
    assert "included:" not in ans.answer, ans.answer


def test_a_tie_in_works_credits_are_not_the_films(db3):
    """"who produced the soundtrack": the album's producer, which the film's producer credit never answers."""
    ans = ask(db3, "who produced the soundtrack album of pell's winter")
    assert "Tam Osk" not in ans.answer and ans.confidence < CONFIDENT, ans.answer


def test_the_sequel_to_a_sequel_is_another_film(db):
    """"when was the sequel to <title> released", <title> being itself a sequel: never its own release date."""
    ans = ask(db, "when was the sequel to other tale 2 released")
    assert "3 March 1994" not in ans.answer and ans.confidence < CONFIDENT, ans.answer


_VARGA = (
    "Lune's Road\n"
    "Lune's Road is a 2018 Ruritanian crime drama film directed by Lune Varga and starring Kip Morrow.\n"
    "Production\n"
    "The screenplay was written by Lune Varga and Bede Marrow.\n"
    "Accolades\n"
    "Lune's Road was nominated for six Academy Awards, including Best Director for Varga, and won Best Adapted "
    "Screenplay.\n"
)


@pytest.fixture(scope="module")
def db4(tmp_path_factory):
    return library(tmp_path_factory.mktemp("b11award"), _VARGA)


def test_a_win_of_their_craft_is_no_confident_no(db4):
    """"did <writer-director> win an oscar": the film's screenplay win names no recipient and she is one of its
    writers; never "No, she was nominated for Best Director" said with confidence."""
    ans = ask(db4, "did lune varga win an oscar for lune's road")
    assert not ans.answer.startswith("No") and "Screenplay" in ans.answer and ans.confidence < CONFIDENT, ans.answer


def test_a_passive_question_ending_on_its_preposition_names_the_film(db3):
    """"what were the carts in <title> modeled on": the passive's verb and its preposition end the question,
    no longer title typed ("I don't know '<title> modeled on'")."""
    ans = ask(db3, "what were the carts in pell's winter modeled on")
    assert ans.kind != "need_film" and ans.film and ans.film.startswith("Pell's Winter"), ans.answer
