"""/ask story and production questions whose frame the older rules missed (blind dev batch 5's classes).

A member asks "who does <character> strangle", "whose bullet hits <character>", "does A beat B in the
end", "how long did filming take"; the article tells it in one sentence of the plot or the production
history. Each test is one class, asked of an invented article ("Other Tale"); the answer must quote the
sentence that tells it, below confidence (a quoted sentence is never a confident answer), and never
answer with the cast card of the character named.
"""

from __future__ import annotations

import pytest

from bot.ask import CONFIDENT

from .askkit import add_articles, ask, assert_quoted

_OTHER_TALE = (
    "Other Tale\n"
    "Other Tale is a 1971 Ruritanian crime film directed by Bede Marrow.\n"
    "Plot\n"
    "Part I\n"
    "Kip Morrow, a card sharp, arrives in the capital with his partner Tam Osk. "
    "At the autumn fair, Lune Varga arranges a game for Kip against a rich farmer named Bede Voss. "
    "Ivo Brandt cheats Kip out of his winnings by pretending to sell him a map of the mine. "
    "Tam warns Kip that if Bede Voss were to die, the farm would pass to Lune and Kip would be penniless. "
    "Kip believes that with a stake he could have gone on to beat Ivo.\n"
    "Suddenly, Tam learns that the farmer has promised the prize to Ivo Brandt, a rival of Lune. "
    "When Tam tells Lune, the furious dealer promptly abandons the fair.\n"
    "Ivo takes Lune to the top of a cathedral to show her the mine. "
    "When Kip loses badly, Ivo refuses to keep staking him. "
    "Ivo calls him a born loser but offers to stake Kip again in return for 60% of his winnings. "
    "Ivo makes ten copies of the map of the mine. Kip realises that only one map has a wax seal. "
    "One night Tam Osk flees the inn through the kitchen. Later Tam Osk runs from the fair on a stolen horse.\n"
    "Part II\n"
    "Instead, Ivo Brandt strangles Tam Osk in the cellar and leaves the body by the river. "
    "Lune fires at Ivo, but he ducks, and one of her bullets hits Kip in the shoulder. "
    "Kip returns to challenge Ivo at cards again. "
    "He wins every hand, beating Ivo so badly that Ivo is forced to quit the table. "
    "The proud Bede Voss is thrown from his horse at the fair, paralyzed, and dies a week later.\n"
    "Ivo mocks Lune at the inn. After, she burns the map in the stove. "
    "Later that night, she drowns herself in the river. "
    "Ivo poisons the wells, which causes the cattle to die in the fields. "
    "Ivo tries to escape over the roof, but Kip pulls at his coat, and Ivo falls to his death.\n"
    "Invoking the memory of Lune, Kip spares Ivo's men. Kip begins a relationship with the widow of Bede Voss. "
    "Kip leaves the capital, and he dies alone years later.\n"
    "Cast\n"
    "Ora Pell as Kip Morrow\n"
    "Rhea Quist as Lune Varga\n"
    "Sten Aldo as Ivo Brandt\n"
    "Mila Rook as Tam Osk\n"
    "Production\n"
    "Filming\n"
    "The film is known for its long takes in the cellar. "
    "Principal photography took 90 days, from spring 1970 to early 1971. "
    "Several interiors were filmed in Ruritania Lodge, an old mansion near the capital. "
    "The house burned down in an accidental fire a year after filming. "
    "Bede Marrow told Ora Pell to cut her long hair and dye it grey for the role. "
    "Bede Marrow was first offered the part of Kip Morrow, but turned it down to direct. "
    "Mila Rook (who played Tam Osk) fell ill during the shoot and was played by Sten Aldo in the last scenes.\n"
)


@pytest.fixture
def tale(seeded_copy):
    add_articles(seeded_copy, {"other-tale.txt": _OTHER_TALE})
    return seeded_copy


# (what the answer must quote, the question), each named for the class it stands for.
_DEEDS_OF_CHARACTERS = [
    pytest.param("strangles Tam Osk", "who does ivo brandt strangle in other tale",
                 id="who_a_character_does_something_to_is_the_story_not_the_cast_card"),
    pytest.param("bullets hits Kip", "whose bullet hits kip morrow in other tale",
                 id="whose_deed_is_the_story"),
    pytest.param("pretending to sell him a map", "who cheats kip morrow out of his winnings in other tale",
                 id="who_did_a_deed_to_a_character_with_no_listed_verb"),
    pytest.param("Bede Voss", "who does kip morrow play at the autumn fair in other tale",
                 id="who_a_character_plays_is_an_opponent_not_a_part"),
    pytest.param("forced to quit", "does kip beat ivo in the end of other tale",
                 id="does_a_beat_b_in_the_end_is_the_story"),
    pytest.param("top of a cathedral", "where does ivo brandt drag lune varga in other tale",
                 id="dragging_someone_somewhere_is_told_as_taking_them_to_a_place"),
    pytest.param("played by Sten Aldo", "who took over tam osk after mila rook fell ill in other tale",
                 id="who_took_over_a_part_is_told_by_who_played_it_after"),
    pytest.param("wax seal", "how does kip morrow figure out which of the ten maps is the real one in other tale",
                 id="figuring_out_is_told_as_realising"),
    pytest.param("60%", "what cut does ivo brandt want for staking kip in other tale",
                 id="what_cut_is_a_sentence_holding_a_figure"),
    pytest.param("dye it grey", "what did bede marrow make ora pell do to her hair for the role in other tale",
                 id="what_a_player_did_for_the_role_is_a_sentence_not_a_part"),
    pytest.param("90 days", "how long did filming take on other tale",
                 id="how_long_filming_took_is_no_scene_called_long"),
]


@pytest.mark.parametrize(("quoted", "question"), _DEEDS_OF_CHARACTERS)
def test_a_deed_of_the_story_is_quoted_from_the_sentence_that_tells_it(tale, quoted: str, question: str):
    assert_quoted(tale, question, quoted)


# (what the answer must quote, the question): a death, an ending asked with a second question, a fate.
_FATES = [
    pytest.param("falls to his death", "how does ivo brandt die in other tale",
                 id="falling_to_ones_death_is_ones_own_death_not_others_dying"),
    pytest.param("thrown from his horse", "how does bede voss die in other tale",
                 id="the_subject_of_a_chain_of_verbs_dies_not_one_who_were_to_die"),
    pytest.param("falls to his death", "how does other tale end, who dies on the roof",
                 id="an_ending_asked_with_a_second_question_reads_its_words"),
    pytest.param("relationship with the widow", "who does kip morrow end up with in other tale",
                 id="whom_one_ends_up_with_is_told_as_a_relationship"),
    pytest.param("drowns herself", "what happens to lune varga in other tale",
                 id="a_characters_fate_is_her_death_not_her_last_mention"),
]


@pytest.mark.parametrize(("quoted", "question"), _FATES)
def test_a_fate_is_the_sentence_that_tells_it(tale, quoted: str, question: str):
    assert_quoted(tale, question, quoted)


# (what the answer must quote, the question): the sentence found goes on from the one before it, which
# holds what is asked ("The house burned down": which house; "When Tam tells Lune, she leaves": why).
_TOLD_BEFORE = [
    pytest.param("Ruritania Lodge", "which mansion used for other tale burned down after filming",
                 id="a_sentence_referring_back_is_quoted_with_the_one_it_refers_to"),
    pytest.param("promised the prize to Ivo", "why does lune varga abandon the fair in other tale",
                 id="why_is_told_by_the_sentence_the_event_follows_on_from"),
]


@pytest.mark.parametrize(("quoted", "question"), _TOLD_BEFORE)
def test_the_sentence_before_is_quoted_when_the_found_one_follows_on_from_it(tale, quoted: str, question: str):
    assert_quoted(tale, question, quoted)


def test_two_plot_sentences_the_words_cannot_tell_apart_are_both_quoted(tale):
    """"how does A escape": two sentences tell A getting away, neither with the question's own verb; the
    ranking cannot say which is meant, so the member reads both (below confidence)."""
    ans = ask(tale, "how does tam osk escape in other tale")
    assert "through the kitchen" in ans.answer and "stolen horse" in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


def test_who_was_going_to_play_a_part_before_its_player_is_never_the_player(tale):
    """"who was gonna play A before B got it": the part's earlier plan, never "B played A" (B is named)."""
    for question in ("who was gonna play kip morrow in other tale before ora pell got it",
                     "who was supposed to play kip morrow in other tale"):
        ans = ask(tale, question)
        assert "Bede Marrow" in ans.answer, ans.answer
        assert ans.confidence < CONFIDENT
