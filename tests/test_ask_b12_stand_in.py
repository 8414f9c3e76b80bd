"""/ask: where a place of the story was filmed when the article tells it as a stand-in ("Osk House served as the
manor", "doubling for the manor", "a townhouse ... which served as the home of <character>"), asked of an
invented article; quoted below confidence (no filming word says it was shot there). A dev batch 12 class.
"""

from __future__ import annotations

import pytest

from bot.ask import intent as I
from bot.matching import normalize

from .askkit import assert_quoted, library

_GREY_WATER = (
    "Grey Water\n"
    "Grey Water is a 1991 Ruritanian mystery film directed by Ilse Dorn and starring Ivo Brandt and Pia Lanz.\n"
    "Plot\n"
    "Kip Morrow inherits the Vell Manor and moves in with his cousin Ora Pell, who lives in a house by the lake.\n"
    "Production\n"
    "The film was shot in Ruritania in 1990.\n"
    "Osk Hall in Lower Marsh served as the Vell Manor, with its library rebuilt for the film.\n"
    "Other locations included a townhouse on Birch Lane, which served as the lakeside home of Ora, and the old "
    "ferry station.\n"
    "Cast\n"
    "Ivo Brandt as Kip Morrow\n"
    "Pia Lanz as Ora Pell\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return library(tmp_path_factory.mktemp("standin"), _GREY_WATER)


def test_what_stood_in_for_a_place_of_the_story_is_a_filming_question():
    assert I.classify(normalize("what house stood in for the vell manor")) == "filming"
    assert I.classify(normalize("what building doubled as the school")) == "filming"


def test_the_stand_in_sentence_answers_where_the_manor_was_filmed(db):
    assert_quoted(db, "where did they film the vell manor in grey water", "Osk Hall")


def test_a_characters_house_is_the_home_the_article_names(db):
    assert_quoted(db, "where was ora's house actually filmed in grey water", "Birch Lane")


def test_what_stood_in_for_the_manor(db):
    assert_quoted(db, "what house stood in for vell manor in grey water", "Osk Hall")
