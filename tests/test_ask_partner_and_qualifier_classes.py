"""/ask's answers where the question names something beside what it asks: the partner of a credit ("who
co-wrote it with the director"), a showing it sets aside ("not the festival premiere") or qualifies ("its
international premiere"), the thing a critic's opinion is asked about ("what did <paper> think of the
score"), a player's several parts, a stand someone of the story takes ("who's against the marriage") and a
fee told without a pay word ("agreed to do it for free")."""

from __future__ import annotations

from bot.ask import CONFIDENT

from .askkit import ask, library

OTHER_TALE = (
    "Other Tale\n"
    "Other Tale is a 2018 Ruritanian romantic drama film. It was directed by Ora Pell, and starring Ivo Brandt, "
    "Lune Varga and Kip Morrow. The film was written by Ora Pell along with Tam Osk. It had its world premiere at "
    "the Ruritania International Film Festival on October 13, 2018. It was released on January 18, 2019, by "
    "Example Films.\n\n"
    "Plot\n"
    "Ivo (Ivo Brandt), a college student, comes back to his village. He meets the headman's daughter Lune "
    "(Lune Varga), and both of them fall in love with each other. Lune's brother Bede (Bede Marrow) opposes "
    "their marriage. Kip Morrow plays the dual role of the river spirit Sela, and the mountain spirit Oren.\n\n"
    "Cast\n"
    "Ivo Brandt as Ivo\nLune Varga as Lune\nBede Marrow as Bede\n\n"
    "Production\n"
    "Ora Pell decided to cast Kip Morrow alongside Ivo Brandt, to which he agreed to do for free.\n\n"
    "Reception\n"
    "The Ruritania Courier called the film \"hilarious\" and said it \"smells like a cult hit.\"\n"
)

HARBOR_LIGHTS = (
    "Harbor Lights\n"
    "Harbor Lights is a 2009 Ruritanian comedy film directed by Tam Osk.\n\n"
    "Release\n"
    "Harbor Lights premiered at the 2009 Ruritania International Film Festival, where it received strong "
    "reviews and sold out screenings, and held its international premiere at the 2009 Osk Bay International "
    "Film Festival.\n"
)


def test_the_partner_named_after_with_is_not_the_role_asked(tmp_path):
    db = library(tmp_path, OTHER_TALE)
    ans = ask(db, "who co-wrote other tale with the director")
    assert ans.kind == "crew.writer" and ans.answer.startswith("It was written by Tam Osk"), ans.answer
    ans = ask(db, "who directed other tale")
    assert "Ora Pell" in ans.answer and "Tam Osk" not in ans.answer


def test_a_showing_set_aside_is_never_the_one_answered(tmp_path):
    db = library(tmp_path, OTHER_TALE)
    ans = ask(db, "when did other tale come out, not the festival premiere")
    assert "January 18, 2019" in ans.answer and "October 13" not in ans.answer, ans.answer
    ans = ask(db, "when did other tale premiere")
    assert "October 13, 2018" in ans.answer


def test_a_qualified_premiere_is_the_clause_that_says_it(tmp_path):
    db = library(tmp_path, HARBOR_LIGHTS)
    ans = ask(db, "where did harbor lights have its international premiere")
    # (the second festival is a premiere fact of its own since two festivals in one sentence are two screenings: the
    # answer may now be confident; it must still be Osk Bay)
    assert "Osk Bay" in ans.answer, ans.answer
    ans = ask(db, "where did harbor lights have its european premiere")
    assert "Osk Bay" not in ans.answer and ans.confidence < CONFIDENT, ans.answer


def test_a_critics_words_on_the_thing_asked(tmp_path):
    db = library(tmp_path, OTHER_TALE)
    ans = ask(db, "ruritania courier said other tale smells like what")
    assert "cult hit" in ans.answer, ans.answer


def test_a_dual_role_is_told_whole(tmp_path):
    db = library(tmp_path, OTHER_TALE)
    ans = ask(db, "what roles does kip morrow play in other tale")
    assert "Oren" in ans.answer, ans.answer


def test_who_is_against_a_marriage_is_the_story(tmp_path):
    db = library(tmp_path, OTHER_TALE)
    ans = ask(db, "in other tale who's against ivo and lune getting married")
    assert "opposes their marriage" in ans.answer and ans.confidence < CONFIDENT, ans.answer


def test_a_fee_waived_without_a_pay_word(tmp_path):
    db = library(tmp_path, OTHER_TALE)
    ans = ask(db, "did kip morrow charge anything for other tale")
    assert "for free" in ans.answer and ans.confidence < CONFIDENT, ans.answer
