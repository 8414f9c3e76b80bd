"""Typed answers as players write them: a short message containing the answer counts, as in Red,
unless it also names another option; "air" is still not "chair"."""

from __future__ import annotations

import pytest

from bot.trivia.answers import MAX_EXTRA_WORDS, accepts, listed_options, other_options
from bot.trivia.packs import parse_pack
from bot.trivia.session import Game, GameConfig

CHAMPIONS = ["Darius", "Katarina", "Lux"]


@pytest.mark.parametrize(
    "message",
    [
        "garen",
        "Garen!",
        "i think it's garen",
        "I think it's Garen?",
        "pretty sure the answer is garen lol",
        "'garen'",
        "garen, obviously",
        "it's garen i think",
    ],
)
def test_a_short_message_containing_the_answer_counts(message):
    assert accepts(message, ["Garen"], others=CHAMPIONS)


@pytest.mark.parametrize(
    "message",
    [
        "garen or darius",
        "darius? no wait, garen",
        "garen katarina lux darius",
        "either lux or garen",
        "darius",
        "i have no idea",
        "gareth",
    ],
)
def test_naming_another_option_or_a_wrong_one_does_not(message):
    assert not accepts(message, ["Garen"], others=CHAMPIONS)


def test_a_long_message_does_not_count():
    words = ["word"] * MAX_EXTRA_WORDS
    assert accepts(" ".join([*words, "garen"]), ["Garen"])
    assert not accepts(" ".join([*words, "extra", "garen"]), ["Garen"])


@pytest.mark.parametrize(
    "message, answer, right",
    [
        ("it's a chair", "air", False),  # never inside another word
        ("chair", "air", False),
        ("the air", "air", True),
        ("i'd say hot air", "hot air", True),
        ("i'd say hot airplane", "hot air", False),
        ("cat", "cut", False),
        ("is it the cat?", "cat", True),
    ],
)
def test_whole_words_only(message, answer, right):
    assert accepts(message, [answer]) is right


def test_people_numbers_and_money_inside_a_sentence():
    assert accepts("i think it was anna example", ["Anna Example"], kind="person")
    assert accepts("surely example", ["Anna Example"], kind="person")  # the surname alone, as for a whole answer
    assert not accepts("surely anna", ["Anna Example"], kind="person")  # the first name alone is not enough
    assert accepts("maybe 1969?", ["1969"], kind="year")
    assert not accepts("maybe 1969 or 1970", ["1969"], kind="year", others=["1970", "1971", "1968"])
    assert accepts("about $47.4 million i reckon", ["$47.4 million"], kind="money")
    assert accepts("i'd say five", ["5"])
    assert accepts("it must be katarna", ["Katarina"])  # a typo inside a sentence, as for a whole answer
    # another option's surname names another person
    assert not accepts("example not sample", ["Anna Example"], kind="person", others=["Bob Sample"])
    # an option sharing a word with the answer does not count against it
    assert accepts("i think anna example", ["Anna Example"], kind="person", others=["Anna Sample"])


def test_options_listed_in_the_question_are_other_options():
    text = "Who am I?\nA) First One\nB) Second Two\nC) Third Three\nD) Fourth Four"
    assert listed_options(text) == (("A", "First One"), ("B", "Second Two"), ("C", "Third Three"), ("D", "Fourth Four"))
    others = other_options(text, ["D"])
    assert others == ("First One", "Second Two", "Third Three")
    assert accepts("it's d", ["D"], others=others)
    assert not accepts("d or second two", ["D"], others=others)
    assert other_options(text, ["Fourth Four"], ["Elsewhere"]) == ("Elsewhere", "First One", "Second Two", "Third Three")
    assert listed_options("No list here.\nB) starts at B\nC) and goes on") == ()
    assert listed_options("Only one:\nA) lonely") == ()


def test_typed_game_takes_chatty_answers_and_refuses_two_guesses():
    pack = parse_pack("champions", b"Which champion?: [Garen]\n")
    game = Game(pack.questions(), GameConfig(mode="typed", questions=1, seed=1), clock=lambda: 0.0)
    game.start()
    game.tick()
    assert game.answer(1, "is it garen or lux").status == "correct"  # a pack question has no wrong options


def test_typed_game_refuses_a_message_naming_a_wrong_option():
    from tests.test_trivia_session import QUESTIONS

    game = Game(QUESTIONS, GameConfig(mode="typed", questions=1, seed=1), clock=lambda: 0.0)
    game.start()
    game.tick()
    assert game.answer(1, "spike jonze or wes anderson").status == "incorrect"
    assert game.answer(2, "hmm, i think spike jonze").status == "correct"
