"""A plot answer told across two sentences: the one found names the character asked about and the story
goes on in the next with "he"/"she" ("Kip finds a bag of money." "He buries it under the chapel floor."),
or comes back there to the thing asked about with the kind of answer asked; both are quoted, so the
member reads the answer, still below confidence."""

from __future__ import annotations

from .askkit import ask, library

FILM = ("Copper Hollow\nCopper Hollow is a 1997 American drama film directed by Ora Pell, starring Ivo Crane as Kip "
        "Dorran and Mara Voss as Lune Dorran.\nPlot\nKip Dorran, a miner, lives with his sister Lune in a mountain "
        "town. One winter Kip finds a bag of stolen money in the old mine. He buries it under the chapel floor and "
        "tells no one.\nLune grows suspicious when Kip buys a new truck.\n")


def test_the_sentence_going_on_with_he_is_quoted_too(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "what does kip do with the money in copper hollow")
    assert "buries it under the chapel floor" in ans.answer and not ans.confident
