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


_MILL_HOUSE = (
    "Mill House\n"
    "Mill House is a 1977 Ruritanian period drama film directed by Ilse Dorn and starring Ivo Brandt.\n"
    "Plot\n"
    "Tam Osk marries the widow Lune Varga. She bears Tam a son, Bede Osk. She warns her son that if Lune were to "
    "die, all her wealth would go to Bede, leaving Tam and his son Bede penniless.\n"
    "Tam gives Bede a pony for his birthday. Defying his parents, the spoiled Bede is thrown from the pony, "
    "paralyzed, and dies a few days later. Tam turns to drink.\n"
    "Kip Morrow learns that the man responsible for his sister's death, Ora Pell, is working at the mill.\n"
    "Cast\n"
    "Ivo Brandt as Tam Osk\n"
    "Pia Lanz as Lune Varga\n"
    "Anselm Grieg as Kip Morrow\n"
)


@pytest.fixture(scope="module")
def mill(tmp_path_factory):
    return library(tmp_path_factory.mktemp("b12mill"), _MILL_HOUSE)


def test_what_happens_to_a_son_named_after_whose_son_he_is_is_his_fate_not_the_word_son(mill):
    assert_quoted(mill, "what happens to tams son bede in mill house", "thrown from the pony")


def test_who_was_responsible_for_a_death_is_the_storys_culprit_not_a_player(mill):
    assert_quoted(mill, "who was responsible for kip's sister's death in mill house", "Ora Pell")


_LAMP_WORKS = (
    "Lamp Works\n"
    "Lamp Works is a 1995 Ruritanian comedy film directed by Ilse Dorn and starring Ivo Brandt.\n"
    "Plot\n"
    "Ivo Osk, a clerk at the lamp works who idolizes Kip Morrow, has developed a device that can beam songs into "
    "a person's dreams. However, after Osk demands an answer at once, Kip rejects the idea.\n"
    "Cast\n"
    "Ivo Brandt as Ivo Osk\n"
)


def test_what_someone_invented_is_told_as_developed(tmp_path):
    db = library(tmp_path, _LAMP_WORKS)
    assert_quoted(db, "what did ivo osk invent that kip turned down", "beam songs")
