"""Title forms members type, derived by rule from each title (never listed per film): number words as one
number, a decimal point typed as a word, digits a title writes with a colon typed run together, the
initials of a long title, and a series name with its episode number from the film's other title."""

from __future__ import annotations

import pytest

from bot.matching import TitleEntry, TitleIndex, title_key

ENTRIES = [TitleEntry(1, "The Ora Strikes Back", 1980), TitleEntry(2, "2.0", 2018), TitleEntry(3, "102 Not Out", 2018),
           TitleEntry(4, "The 15:17 to Ruritania", 2018), TitleEntry(5, "Bede Marrow", 1990),
           TitleEntry(6, "Kip Ivo Tale", 2001), TitleEntry(7, "Kip", 1999)]
ALIASES = [(1, "Lune Wars: Episode V – The Ora Strikes Back")]


@pytest.fixture(scope="module")
def index():
    return TitleIndex(ENTRIES, ALIASES)


def _found(index, text):
    return [e.title for e, *_ in index.find_in_text(text)]


@pytest.mark.parametrize("typed, title", [
    ("hundred n two not out", "102 Not Out"), ("one hundred and two not out", "102 Not Out"),
    ("2point0", "2.0"), ("two point o", "2.0"), ("2.o", "2.0"), ("2 point 0", "2.0"),
])
def test_numbers_typed_in_words_or_with_the_point_spelt(typed, title):
    assert title_key(typed) == title_key(title)


def test_number_words_join_only_as_one_number():
    assert title_key("twenty one") == "21" and title_key("twenty two july") == "22 july"
    assert title_key("ten one") != title_key("11")
    assert title_key("o brother") == "o brother" and title_key("point break") == "point break"


@pytest.mark.parametrize("question, title", [
    ("who wrote 1517 to ruritania", "The 15:17 to Ruritania"),
    ("who directed osb", "The Ora Strikes Back"),
    ("when was lune wars episode 5 filmed", "The Ora Strikes Back"),
    ("who was in the cast of kit", "Kip Ivo Tale"),
])
def test_forms_of_a_title_find_it(index, question, title):
    assert _found(index, question)[:1] == [title]


def test_initials_that_are_a_title_word_or_function_word_are_that_word(index):
    # "kit" is no word of any title: the initials stand; "kip" is a title word (and a title): no initialism
    assert TitleIndex([TitleEntry(1, "Kip Is Pale", 2001), TitleEntry(2, "Kip", 1999)]).find_in_text("who was kip")[0][0].id == 2
    assert _found(TitleIndex([TitleEntry(1, "Was It Him", 2001)]), "who was in it") == []


def test_a_sequel_number_is_still_no_other_film(index):
    # "bede marrow 2" is not Bede Marrow: typed longer, the loaded title is only the closest
    hits = index.find_in_text("who directed bede marrow 2")
    assert all(e.title == "Bede Marrow" for e, *_ in hits)
    assert index.resolve("bede marrow ii").status not in ("exact", "match")
