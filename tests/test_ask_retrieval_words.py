"""/ask story and production questions whose verb the article writes with another verb.

A member asks "where does A go to find B", "what does the king give A", "who was A based on"; the
article tells it "A returns to Ruritania in search of B", "A is awarded the Silver Anchor", "A was
modeled on the director's sister". Each test is one class of such a question (bot/vocab/retrieval.toml
synonyms), asked of an invented article; the answer must quote the sentence that tells it, below
confidence (a quoted sentence is never a confident answer).
"""

from __future__ import annotations

import pytest

from bot.ask import CONFIDENT

from .askkit import add_articles, ask, assert_quoted

_HARBOUR_LIGHTS = (
    "Harbour Lights\n"
    "Harbour Lights is a 1983 Ruritanian adventure film directed by Bede Marrow and starring Ora Pell.\n"
    "Plot\n"
    "Kip Morrow and Lune Varga grow up together in a fishing village. Lune leaves the village to work at sea. "
    "Kip finds Lune's old letter at the harbour after the storm. "
    "Kip returns to Ruritania in search of Lune.\n"
    "Ivo Brandt tells his daughter about the storm. Ivo Brandt falls ill and tells his daughter he has cancer. "
    "Tam Osk convinces Lune to flee with him to the capital.\n"
    "Bede Voss cuts the nets of the village. The king gives a speech at the harbour. In the duel on the pier, Bede Voss severs Kip's left hand. "
    "In a formal ceremony at the end, Kip is awarded the Silver Anchor for his courage.\n"
    "Ivo and Tam break out of the fort, and they kill the guards at the gate. "
    "Ivo recalls the storm and smiles before pulling the trigger and killing himself as Tam watches. "
    "Bede Voss shoots a sailor and leaves him for dead. Bede Voss was killed because of the fire on the pier.\n"
    "Moved, Lune begins to sing \"Sea Rose\" in honour of Ivo, and everyone joins in. Kip returns home at last.\n"
    "The dog finds the lost Lune by the road. Lune decides to walk to the hospital to bring bread to Tam. "
    "Kip goes to the market with Tam every Sunday. Kip's boat sinks, and he swims to the nearest island.\n"
    "Tam Osk frees Lune from the lighthouse tower. Tam Osk poisons the wine Bede Voss drinks. "
    "Bede Voss shoots at Tam Osk from the roof and tries to kill him.\n"
    "Cast\n"
    "Ora Pell as Lune Varga\n"
    "Production\n"
    "It was the third film directed by Marrow in Ruritania. "
    "The schedule called for two days to be spent filming the storm. "
    "Principal photography lasted about 40 days from May 1982 to July 1982. "
    "The character of Lune was modeled on the director's sister. "
    "Ivo Brandt told the story to his crew. Ivo Brandt adapted the story from his own serial in the Harbour Weekly magazine.\n"
    "Release\n"
    "Harbour Lights was released in Ruritania on 2 June 1983.\n"
)


@pytest.fixture
def harbour(seeded_copy):
    add_articles(seeded_copy, {"harbour-lights.txt": _HARBOUR_LIGHTS})
    return seeded_copy


# (what the answer must quote, the question), each named for the class it stands for.
_TOLD_WITH_ANOTHER_VERB = [
    pytest.param("in search of Lune", "where does kip morrow go to find lune in harbour lights",
                 id="going_to_find_someone_is_told_as_returning_in_search_of_them"),
    pytest.param("flee with him to the capital", "where does tam osk get lune to run away to in harbour lights",
                 id="running_away_is_told_as_fleeing"),
    pytest.param("Silver Anchor", "what does the king give kip morrow at the end of harbour lights",
                 id="what_someone_is_given_is_told_as_awarded"),
    pytest.param("severs Kip's left hand", "what does bede voss cut off kip in harbour lights",
                 id="cutting_off_is_told_as_severing"),
    pytest.param("cancer", "what disease does ivo brandt tell his daughter he has in harbour lights",
                 id="a_disease_is_told_by_its_name"),
    pytest.param("modeled on the director's sister", "who was lune varga based on in harbour lights",
                 id="whom_a_character_is_based_on_is_told_as_modeled_on"),
    pytest.param("Harbour Weekly", "where did ivo brandt first publish the harbour lights story",
                 id="where_a_story_was_published_is_told_by_its_serial"),
]


@pytest.mark.parametrize(("quoted", "question"), _TOLD_WITH_ANOTHER_VERB)
def test_a_question_verb_finds_the_sentence_that_writes_another_verb(harbour, quoted: str, question: str):
    assert_quoted(harbour, question, quoted)


# (what the answer must quote, the question): the story's events asked with the ending or a death.
_EVENTS_ASKED = [
    pytest.param("killing himself", "how does ivo brandt die in harbour lights",
                 id="how_someone_dies_is_their_own_death_not_the_guards_they_kill"),
    pytest.param("killed because of the fire", "how does bede voss die in harbour lights",
                 id="how_someone_dies_is_told_by_a_passive_without_by"),
    pytest.param("Sea Rose", "what song do they sing at the end of harbour lights",
                 id="what_happens_at_the_end_asked_with_its_own_words_is_read_by_them"),
    pytest.param("40 days", "how long did filming take on harbour lights",
                 id="how_long_filming_took_is_the_sentence_about_the_shoot_not_one_scene"),
]


@pytest.mark.parametrize(("quoted", "question"), _EVENTS_ASKED)
def test_an_event_of_the_story_is_quoted_from_the_sentence_that_tells_it(harbour, quoted: str, question: str):
    assert_quoted(harbour, question, quoted)


_WHAT_IS_ASKED = [
    # "in <title> where ...": the wh-word still says a place is wanted, and "the hospital" is one
    pytest.param("walk to the hospital", "in harbour lights where is lune trying to walk to when she gets lost",
                 id="where_after_the_title_wants_a_place_named_by_a_common_noun"),
    # the clause of time ("when his boat sinks") sets the scene; the main clause's "go" asks where
    pytest.param("swims to the nearest island", "where does kip morrow go when his boat sinks in harbour lights",
                 id="a_clause_of_time_sets_the_scene_of_what_is_asked"),
    pytest.param("third film directed by Marrow", "which number film was harbour lights for bede marrow",
                 id="which_number_is_told_by_an_ordinal"),
]


@pytest.mark.parametrize(("quoted", "question"), _WHAT_IS_ASKED)
def test_what_the_question_asks_decides_among_sentences(harbour, quoted: str, question: str):
    assert_quoted(harbour, question, quoted)


def test_who_did_something_to_a_character_is_the_story_not_the_cast_card(harbour):
    """"who frees <character>": the one who does it in the story, not who played the character."""
    ans = ask(harbour, "who frees lune varga from the tower in harbour lights")
    assert "Tam Osk frees Lune" in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


def test_how_one_tries_to_kill_another_is_told_with_the_doer_not_the_other_way_round(harbour):
    """"how does A try to kill B": "B shoots at A and tries to kill him" tells the opposite."""
    ans = ask(harbour, "how does tam osk try to kill bede voss in harbour lights")
    assert "poisons the wine" in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT
