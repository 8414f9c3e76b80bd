"""/ask answered from the article's sentences: story and production questions, the sentence a member sees.

Each test is one class of question (another form of the verb, a first name and its verb, a pronoun
carrying the name, an actor named in a production question, a count no date answers ...), asked of an
invented article as a member would type it; the answer must quote the sentence that tells it, below
confidence.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.ask import CONFIDENT
from bot.ask.retrieve import best_sentences, forms, section_preference
from bot.library import Library

from .askkit import add_articles, ask

_OTHER_TALE = (
    "Other Tale\n"
    "Other Tale is a 1990 Ruritanian drama film directed by Bede Marrow and starring Ora Pell and Ivo Brandt.\n"
    "Plot\n"
    "Lune Varga is a clerk at the harbour bank in Ruritania. Kip Morrow is a clerk at the harbour bank too. "
    "Lune keeps her small dog, Tam Osk, under the counter.\n"
    "One night Kip stole the harbour ledger. Lune runs away to the hills with the ledger's copy.\n"
    "The police catch Lune and put her on trial. During the trial, Lune escapes by hiding in a laundry cart.\n"
    "Kip drives to the coast in a storm until he crashes the car. The family comes to the hospital, and he dies "
    "with Lune at his bedside. The closing duel between Lune and the harbour master is fought in a hall of "
    "mirrors. In the harbour master's place Kip finds the sinister Ora Quill, who has been sent by Bede Voss. "
    "She bewitches Kip, driving a wedge between him and Lune. Years before, Lune's two brothers drowned in the "
    "harbour while Lune watched. Lune is later cleared by a judge, Ivo Marsh, at a second hearing. Before the "
    "war Lune had been an art student in the capital.\n"
    "Production\n"
    "Marrow cast Pell as Lune and told her to cut her long hair short for the part. Principal photography lasted "
    "six weeks. An uncredited Ivo Brandt co-wrote the screenplay, which was credited to Tam Osk. Brandt went "
    "uncredited because of his contract with a studio in Ruritania. On 3 March 1989, Ora Pell was cast in the "
    "film. Filming took place in Ruritania. The film was shot in the IMAX 3D format. Marrow was unable to finish "
    "directing the film because of his work on another picture, so he gave the job to Tam Osk.\n"
    "Music\n"
    "The tune 'Harbour Lights' is the soundtrack that can be heard throughout.\n"
    "Release\n"
    "Other Tale was released in Ruritania on 4 May 1990.\n"
)


@pytest.fixture
def tale(seeded_copy):
    add_articles(seeded_copy, {"other-tale.txt": _OTHER_TALE})
    return seeded_copy


def test_a_verb_asked_in_one_form_finds_the_sentence_that_writes_another():
    assert {"stole", "stolen", "steals"} <= forms("steal")
    assert {"kill", "kills", "killing"} <= forms("killed")
    assert {"stab", "stabbing"} <= forms("stabbed")
    assert "film" not in forms("filmed")  # the film's own noun tells nothing


def test_a_story_or_production_question_prefers_its_sections():
    assert "plot" in section_preference("how does kip die")
    assert "production" in section_preference("where did they shoot it")
    assert not section_preference("what is the runtime")


def test_an_irregular_past_and_a_first_name_find_the_story_sentence(tale):
    """"what does kip morrow steal": the plot writes "Kip stole", a first name and the verb's past."""
    ans = ask(tale, "what does kip morrow steal")
    assert "Kip stole the harbour ledger" in ans.answer
    assert not ans.abstained and ans.confidence < CONFIDENT


def test_a_first_name_followed_by_a_verb_is_the_character_and_its_own_verb_decides(tale):
    """"how does lune escape": "escape" is no surname of Lune; "escapes" beats "runs away"."""
    ans = ask(tale, "how does lune escape from the trial")
    assert ans.film.startswith("Other Tale")
    assert "escapes by hiding in a laundry cart" in ans.answer
    assert ans.confidence < CONFIDENT


def test_a_death_told_with_a_pronoun_is_quoted_with_the_sentence_naming_him(tale):
    """"he dies" goes on about Kip from the sentence before: both are shown, the crash and the death."""
    ans = ask(tale, "how does kip morrow die")
    assert "crashes the car" in ans.answer and "he dies" in ans.answer
    assert ans.confidence < CONFIDENT


def test_an_actor_named_in_a_production_question_gets_the_sentence_not_the_cast_card(tale):
    ans = ask(tale, "what did marrow tell ora pell to do with her hair")
    assert not ans.abstained
    assert "cut her long hair short" in ans.answer and ans.confidence < CONFIDENT


def test_a_name_given_in_apposition_is_the_things_name(tale):
    ans = ask(tale, "whats the name of lune's dog")
    assert "Tam Osk" in ans.answer


def test_a_verb_after_a_title_does_not_make_it_a_longer_title(tale):
    """"how long did filming of other tale take": "take" ends the question; no film "Other Tale Take"."""
    ans = ask(tale, "how long did filming of other tale take")
    assert ans.film.startswith("Other Tale")
    assert "six weeks" in ans.answer


def test_a_count_of_weeks_is_never_answered_with_a_date(tale):
    ans = ask(tale, "how many weeks was other tale in theaters")
    assert "4 May 1990" not in ans.answer or ans.confidence < CONFIDENT
    assert ans.confidence < CONFIDENT


def test_a_name_counts_once_whichever_word_the_sentence_writes(tale):
    """A sentence that calls Kip Morrow "Kip" and tells what was asked ranks above one that only repeats
    his full name."""

    async def go():
        lib = await Library.open(tale)
        try:
            fid = next(f.id for f in lib.index.by_key("other tale"))
            return await best_sentences(lib.conn, fid, "what does kip morrow steal", names=("Kip Morrow",),
                                        prefer=frozenset({"plot"}))
        finally:
            await lib.close()

    got = asyncio.run(go())
    assert got[0][1]["text"].startswith("One night Kip stole")


# Questions answered from one sentence at low confidence, the sentence shown: (what the answer must
# quote, the question), each named for the class it stands for.
_FROM_A_SENTENCE = [
    # "why wasnt X credited": the article writes "uncredited", and the sentence that says why ("because of
    # his contract") over the one that merely says he was.
    pytest.param("because of his contract", "why wasnt ivo brandt credited on other tale",
                 id="why_a_credit_is_missing_is_told_by_the_sentence_giving_the_reason"),
    # No sentence says where the story is set "in"; the one telling the duel says where it is fought.
    pytest.param("hall of mirrors", "where does the final duel take place in other tale",
                 id="where_a_scene_takes_place_is_told_by_the_scene_not_the_setting"),
    pytest.param("3 March 1989", "when was ora pell cast in other tale",
                 id="when_someone_was_cast_is_a_date_not_the_cast_card"),
    pytest.param("because of his work on another picture", "why couldnt bede marrow finish directing other tale",
                 id="why_the_director_could_not_direct_is_no_director_credit"),
    pytest.param("drowned", "what happened to lune vargas brothers",
                 id="what_happened_to_someones_kin_is_their_fate_not_the_persons_last_line"),
    # "who is the judge at lune's hearing": the sentences naming Lune alone tell nothing asked.
    pytest.param("Ivo Marsh", "who is the judge at lune varga's hearing",
                 id="a_sentence_holding_only_the_name_yields_to_one_holding_what_is_asked"),
    # "what did lune varga study": the article writes "an art student" (retrieval.toml synonyms).
    pytest.param("art student", "what did lune varga study",
                 id="what_someone_studies_is_told_by_student"),
    pytest.param("Harbour Lights", "what song plays all through other tale",
                 id="the_song_that_plays_all_through_is_the_soundtrack_heard_throughout"),
]


@pytest.mark.parametrize(("quoted", "question"), _FROM_A_SENTENCE)
def test_answered_from_the_sentence_that_tells_it(tale, quoted: str, question: str):
    ans = ask(tale, question)
    assert quoted in ans.answer and ans.confidence < CONFIDENT


def test_what_format_it_was_shot_in_is_no_filming_place(tale):
    ans = ask(tale, "what format was other tale shot in")
    assert "IMAX 3D" in ans.answer and ans.kind != "filming.place"


def test_a_possessive_typed_without_its_apostrophe_still_names_the_character(tale):
    """"what does kip morrows ledger ...": no title, and "morrows" is Morrow's."""
    ans = ask(tale, "what did kip morrows car crash into")
    assert ans.film is not None and ans.film.startswith("Other Tale")


def test_a_quote_missing_whom_the_question_asks_about_is_never_confident(tale):
    from bot.ask.data import film_data
    from bot.ask.film import Q

    async def go():
        lib = await Library.open(tale)
        try:
            film = lib.film(next(iter(lib.index.by_key("other tale"))).id)
            data = await film_data(lib, film.id)
            words = "where was the harbour scene shot".split()
            q = Q(lib, film, data, "where was the harbour scene shot", "where was the harbour scene shot",
                  data.names.find(words))
            held = q.make("The article says: “Filming took place in Ruritania.”", "filming.sentence", 0.6,
                          [{"section": "Production", "sentence": "Filming took place in Ruritania."}])
            told = q.make("The article says: “The harbour scene was shot in Ruritania.”", "filming.sentence", 0.6,
                          [{"section": "Production", "sentence": "The harbour scene was shot in Ruritania."}])
            return held, told
        finally:
            await lib.close()

    held, told = asyncio.run(go())
    assert held.confidence < CONFIDENT  # no word of "harbour scene" in it
    assert told.confidence >= CONFIDENT


def test_who_did_it_told_with_she_quotes_the_sentence_naming_her(tale):
    ans = ask(tale, "who does bede voss send to bewitch kip morrow")
    assert "Ora Quill" in ans.answer and "She bewitches Kip" in ans.answer
    assert ans.confidence < CONFIDENT


def test_a_surname_typed_a_letter_off_still_tells_two_films_apart(tale):
    """Two films have a Lune; "lune vargo" is the one whose article writes "Lune Varga"."""
    add_articles(tale, {"lantern-bay.txt": ("Lantern Bay\nLantern Bay is a 1974 drama film directed by Ora Pell.\n"
                                            "Plot\nLune Dunmore mends a net. Lune Dunmore sails to Ruritania.\n")})
    ans = ask(tale, "how does lune vargo escape from the trial")
    assert ans.film is not None and ans.film.startswith("Other Tale")
    assert "laundry cart" in ans.answer


def test_a_possessive_name_counts_as_the_name_not_as_a_word_every_sentence_holds(tale):
    """"kip morrow's" is normalised "morrows": still the name, so "car" decides among Kip's sentences."""

    async def go():
        lib = await Library.open(tale)
        try:
            fid = next(f.id for f in lib.index.by_key("other tale"))
            return await best_sentences(lib.conn, fid, "what happened to kip morrow's car", names=("Kip Morrow",))
        finally:
            await lib.close()

    got = asyncio.run(go())
    assert "crashes the car" in got[0][1]["text"]
