"""/ask classes of the dev misses (plot and production): which film a shared title means, and what a question
asks when its words are also another kind's frame.

Each test is one class, asked of invented articles; what a member would notice is asserted: the film the
answer is about, the sentence it quotes, and that a guess is never confident.
"""

from __future__ import annotations

import pytest

from bot.ask import CONFIDENT

from .askkit import ask, library

# Two films of one title: the later one has the longer article and more facts, so it is the likelier
# without a year; only the older one stars Ora Pell.
_LANTERN_OLD = (
    "Lantern\n"
    "Lantern is a 1958 Ruritanian adventure film directed by Kel Oster and starring Ora Pell as the Lantern.\n"
    "Plot\n"
    "The Lantern chases the smugglers to the harbour. He climbs down into the sea with an eel biting his boot. "
    "After the Lantern dislodges it with eel paste, the eel swims away.\n"
    "Release\n"
    "Lantern was released in Ruritania on 2 June 1958.\n"
)
_LANTERN_NEW = (
    "Lantern\n"
    "Lantern is a 1991 Ruritanian action film directed by Bede Marrow and starring Tam Osk, Lune Varga and Ivo Brandt.\n"
    "Plot\n"
    "The Lantern protects the city of Marrowgate from the Gull, a thief who steals the harbour's bells. "
    "The Gull hides in the old lighthouse. The Lantern finds the bells in the lighthouse and returns them. "
    "The Gull escapes on a ferry, and the Lantern follows him across the bay. "
    "On the ferry the Lantern fights the Gull, who falls into the bay.\n"
    "Cast\n"
    "Tam Osk as the Lantern\n"
    "Lune Varga as the Gull\n"
    "Ivo Brandt as the Mayor\n"
    "Production\n"
    "Filming took place in the port of Velik over eleven weeks. The budget was 40 million crowns.\n"
    "Release\n"
    "Lantern was released in Ruritania on 4 May 1991. It grossed 90 million crowns.\n"
)


@pytest.fixture
def lanterns(tmp_path):
    return library(tmp_path, _LANTERN_OLD, _LANTERN_NEW)


def test_a_shared_title_goes_to_the_film_a_whole_name_of_the_question_belongs_to(lanterns):
    """"... in the <actor> movie": of two films of that title, the one that actor is in; the sentence is
    chosen by what is asked, not by the actor's name, and the other film is named, below confidence."""
    ans = ask(lanterns, "what does the lantern use to get rid of the eel in the ora pell movie")
    assert "(1958)" in ans.film, ans.film
    assert "eel paste" in ans.answer, ans.answer
    assert "1991" in ans.answer  # the other film of the title is named
    assert ans.confidence < CONFIDENT


def test_a_shared_title_with_no_name_still_goes_to_the_likelier_film(lanterns):
    ans = ask(lanterns, "where was lantern filmed")
    assert "(1991)" in ans.film, ans.film
    assert ans.confidence < CONFIDENT


_REGATTA = (
    "The Long Regatta\n"
    "The Long Regatta is a 1977 Ruritanian sports drama film directed by Kel Oster, starring Tam Osk and Ora Pell.\n"
    "Plot\n"
    "Kip Morrow and Lune Varga are rival rowers who first meet at a village race. "
    "Kip Morrow trains through the winter on the frozen lake. "
    "In the final race, Kip Morrow beats Lune Varga by two lengths and takes the cup.\n"
    "Cast\n"
    "Tam Osk as Kip Morrow\n"
    "Ora Pell as Lune Varga\n"
    "Release\n"
    "The Long Regatta was released in Ruritania on 3 March 1977.\n"
)


@pytest.fixture
def regatta(tmp_path):
    return library(tmp_path, _REGATTA)


def test_a_preposition_typed_before_the_wh_word_still_asks_what_the_wh_word_asks(regatta):
    """"by how many lengths does <character> beat B": a count of the story, not who played the character."""
    ans = ask(regatta, "by how many lengths does kip morrow beat lune varga in the long regatta")
    assert "two lengths" in ans.answer, ans.answer
    assert "Tam Osk played" not in ans.answer
    assert ans.confidence < CONFIDENT


_CLANSMEN = (
    "NightkKrawler\n"
    "NightkKrawler is a 2016 Ruritanian crime drama film directed by Kel Oster and starring Ivo Brandt. "
    "It is based on the memoir Night Krawling by Bede Marrow.\n"
    "Plot\n"
    "A detective goes undercover in a gang of night thieves.\n"
    "Release\n"
    "NightkKrawler was released in Ruritania on 9 September 2016.\n"
)
_BLACK = (
    "The Twelve\n"
    "The Twelve is a 2015 Ruritanian war film directed by Ora Pell and starring Tam Osk as Captain Night.\n"
    "Plot\n"
    "Captain Night leads twelve soldiers across the mountains.\n"
)


@pytest.fixture
def spaced(tmp_path):
    return library(tmp_path, _CLANSMEN, _BLACK)


def test_a_one_word_title_typed_with_a_space_inside_it_is_that_film_not_a_name_of_another(spaced):
    """"what is night kkrawler based on": the title's word typed in two; never the film where "night" or a
    word of it is a character's name. A guess the answer says it made, so below confidence."""
    ans = ask(spaced, "what is night kkrawler based on")
    assert "NightkKrawler" in (ans.film or ""), ans.answer
    assert "Night Krawling" in ans.answer, ans.answer
    assert "night kkrawler" in ans.answer  # says which words it took for the title
    assert ans.confidence < CONFIDENT


_DOCKS = (
    "Dock Seven\n"
    "Dock Seven is a 1981 Ruritanian crime film directed by Kel Oster and starring Ivo Brandt.\n"
    "Plot\n"
    "A night watchman finds a stolen painting in a crate at the docks.\n"
    "Production\n"
    "The producers first looked at ports in the north. "
    "Shooting took place on San Francisco's Mission Bay waterfront, when the city was in a heat wave. "
    "Kel Oster later said he would finish shooting on a Friday and fly to Rome.\n"
    "Release\n"
    "Dock Seven was released in Ruritania on 1 May 1981.\n"
)


def test_a_place_typed_by_its_short_form_finds_the_sentence_that_writes_it_out(tmp_path):
    """"where in sf was it shot": the article writes "San Francisco"; the sentence of the shoot there is
    the answer (a filming place or the sentence telling it), never the sentence about flying to another city."""
    db = library(tmp_path, _DOCKS)
    ans = ask(db, "where in sf was dock seven shot")
    assert "Mission Bay" in ans.answer, ans.answer
    assert "Rome" not in ans.answer


# A title that holds its hero's whole name: the name typed alone is the film, and also the one asked about.
_SONG_OF_KIP = (
    "The Song of Kip Morrow\n"
    "The Song of Kip Morrow is a 2019 Ruritanian western film directed by Kel Oster and starring Tam Osk.\n"
    "Plot\n"
    "Kip Morrow, a cheerful gunman, rides into a harbour tavern and shoots everyone at the bar. "
    "Ivo Brandt, the tavern keeper, dies of a fever in the winter. "
    "A quiet young woman in grey then rides into town and challenges Kip. "
    "Kip gladly obliges, but the young woman is faster and shoots him through the heart.\n"
    "Cast\n"
    "Tam Osk as Kip Morrow\n"
    "Release\n"
    "The Song of Kip Morrow was released in Ruritania on 5 May 2019.\n"
)


@pytest.fixture
def kip(tmp_path):
    return library(tmp_path, _SONG_OF_KIP)


def test_a_part_of_the_title_that_is_the_heros_name_is_asked_about_where_no_title_goes(kip):
    """"what happens to kip morrow at the end": the words find the film by its title, and are the hero asked
    about, so the sentence about him is quoted (never another character's death)."""
    ans = ask(kip, "how does kip morrow die")
    assert "shoots him through the heart" in ans.answer, ans.answer
    assert "fever" not in ans.answer
    assert ans.confidence < CONFIDENT


def test_who_kills_someone_named_before_the_verb_is_the_doer_of_the_verb_on_him(kip):
    """"who kills <hero>": "<hero> obliges, but the young woman ... shoots him", not "<hero> shoots
    everyone", which tells him as the killer."""
    ans = ask(kip, "who kills kip morrow")
    assert "young woman is faster" in ans.answer, ans.answer
    assert "shoots everyone" not in ans.answer
    assert ans.confidence < CONFIDENT


def test_who_someone_ends_up_having_to_fight_is_a_deed_of_the_story_not_a_credit(tmp_path):
    """"who does <character> end up having to fight": several words between the name and the verb, still
    the story's opponent, quoted from the plot; never a cast card or "the article doesn't say which
    character" of a player whose name is typed too."""
    db = library(tmp_path, _REGATTA.replace(
        "and takes the cup.\n", "and takes the cup. The judges ask Kip Morrow to fight Lune, but Kip Morrow refuses. "
                                 "As a punishment, Kip Morrow has to fight the giant Bolt instead.\n"))
    ans = ask(db, "who does kip morrow end up having to fight when he wont fight ora pell in the long regatta")
    assert "giant Bolt" in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


_QUARRY = (
    "Quarry Road\n"
    "Quarry Road is a 2018 Ruritanian thriller film directed by Kel Oster and starring Tam Osk and Lune Varga.\n"
    "Plot\n"
    "A quarry worker leaves his village after an accident and walks the road to the capital.\n"
    "Production\n"
    "The film marks the return of Tam Osk as an actor, who had earlier appeared as a child actor. "
    "Initially Ivo Brandt was signed for a role but had to cancel because of scheduling conflicts. "
    "Filming took place in Velik.\n"
    "Release\n"
    "Quarry Road was released in Ruritania on 1 June 2018.\n"
)


@pytest.mark.parametrize("question", [
    pytest.param("which actor had to pull out of quarry road", id="pull_out"),
    pytest.param("which actor dropped out of quarry road", id="drop_out"),
])
def test_who_left_the_film_naming_no_one_is_the_sentence_of_someone_leaving(tmp_path, question):
    """"which actor had to pull out": the sentence telling someone signed and then cancelling, not one
    that merely says "actor"; quoted, below confidence."""
    db = library(tmp_path, _QUARRY)
    ans = ask(db, question)
    assert "Ivo Brandt was signed" in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


_LAKE = (
    "Lake Hours\n"
    "Lake Hours is a 1984 Ruritanian comedy film directed by Kel Oster and starring Lune Varga.\n"
    "Plot\n"
    "A family spends a summer at a lake house.\n"
    "Reception\n"
    "The film was a modest success in Ruritania. "
    "On 3 July 1985, Governor Mara Velik screened the film at her lake house during a storm. "
    "In her diary that day, she called it \"the finest comedy of the decade\".\n"
)


def test_what_someone_thought_is_the_quotation_after_the_sentence_naming_the_occasion(tmp_path):
    """"what did <person> think of it when she watched it": the sentence naming the screening tells no view;
    the one after it, in her words, does: both are quoted, below confidence."""
    db = library(tmp_path, _LAKE)
    ans = ask(db, "what did mara velik think of lake hours when she watched it at her lake house")
    assert "finest comedy of the decade" in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


_LEDGER = (
    "The Ledger\n"
    "The Ledger is a 1952 Ruritanian drama film directed by Kel Oster and starring Ivo Brandt as Judge Osk.\n"
    "Plot\n"
    "Judge Osk presides over the trial of a bookkeeper accused of theft. The bookkeeper is set free. "
    "After the trial, a clerk asks Osk what to do with the bookkeeper's ledger. Osk replies, \"Burn it tonight.\"\n"
    "Cast\n"
    "Ivo Brandt as Judge Osk\n"
)


def test_a_sentence_that_carries_the_question_is_quoted_with_the_reply_after_it(tmp_path):
    """"what does Osk say to do with the ledger": "a clerk asks Osk what to do with the ledger" asks it; the
    reply is the sentence after it, quoted with it, below confidence."""
    db = library(tmp_path, _LEDGER)
    ans = ask(db, "what does osk say to do with the bookkeeper's ledger")
    assert "Burn it tonight" in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


_FAMILIES = (
    "Two Houses\n"
    "Two Houses is a 2018 Ruritanian romantic drama film directed by Kel Oster and starring Tam Osk and Lune Varga.\n"
    "Plot\n"
    "Kip and Ada fall in love at university. "
    "When their families meet at the wedding, a shocking secret is revealed: Kip is Ada's half-brother.\n"
    "Release\n"
    "Two Houses was released on 25 May 2018.\n"
)


def test_a_secret_that_comes_out_is_the_story_not_the_release(tmp_path):
    """"what's the big secret that comes out when the families meet": "comes out" of a secret is a reveal of
    the story; the release date answers nothing asked."""
    db = library(tmp_path, _FAMILIES)
    ans = ask(db, "what's the big secret that comes out when the families meet in two houses")
    assert "half-brother" in ans.answer, ans.answer
    assert "released" not in ans.answer
    assert ans.confidence < CONFIDENT
