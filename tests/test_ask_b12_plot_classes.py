"""/ask plot classes of dev batch 12, each asked of an invented article: the one a question sets aside ("who
does A fight instead of B") earns a sentence nothing for being named there; "who <verb>s X" is told by the
sentence writing that deed with its doer ("Vell severs Kip's hand"), not by one writing the deed alone ("his
severed hand is replaced"). Quoted, never confidently.
"""

from __future__ import annotations

import pytest

from bot.ask.retrieve import set_aside

from .askkit import assert_quoted, library

_SALT_MARSH = (
    "Salt Marsh\n"
    "Salt Marsh is a 1983 Ruritanian adventure film directed by Ilse Dorn and starring Ivo Brandt and Pia Lanz.\n"
    "Plot\n"
    "Kip Morrow, a boxer, comes to the island for the tournament. Tam Vell, its owner, arranges for Kip to fight "
    "Ora Pell, but Kip refuses. As a punishment, Kip has to fight the giant Bede instead, whom he beats.\n"
    "Kip later duels Tam Vell in the mirror room. Kip Morrow rejoins the rebels and his severed hand is replaced with a "
    "wooden one. In the mirror room, Vell severs Kip's right hand and tempts him to join the guild.\n"
    "Cast\n"
    "Ivo Brandt as Kip Morrow\n"
    "Pia Lanz as Ora Pell\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return library(tmp_path_factory.mktemp("b12plot"), _SALT_MARSH)


def test_set_aside_reads_the_few_words_after_instead_of():
    assert set_aside("who does kip fight instead of ora pell") == frozenset({"ora", "pell"})
    assert set_aside("who does kip fight besides ora when he gets there") == frozenset({"ora"})
    assert set_aside("who does kip fight") == frozenset()


def test_the_one_set_aside_does_not_pick_the_sentence(db):
    assert_quoted(db, "who does kip morrow end up fighting instead of ora pell", "giant Bede")


def test_who_did_a_deed_is_the_sentence_naming_its_doer(db):
    assert_quoted(db, "who cuts off kip morrows hand", "Vell severs")
