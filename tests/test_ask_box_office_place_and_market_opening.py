"""Box-office questions a money fact does not hold: where the film placed in a chart ("where did it debut at
the american box office": "debuted at number 7"), a position and never a gross; and its opening in one
market the sentence names with a figure ("Opening in 120 theaters in the United Kingdom, it ranked first
with $2.3 million"), quoted below confidence rather than "no figure for the United Kingdom"."""

from __future__ import annotations

from .askkit import ask, library

FILM = ("Ember Road\nEmber Road is a 1999 American drama film directed by Hale Dorrin.\nBox office\nThe film debuted "
        "at number 7 at the American box office, earning $3.2 million. It grossed $130 million worldwide. Expanding "
        "to 120 theaters in the United Kingdom, the film ranked first at the box office with $2.3 million.\n")


def test_a_chart_position_is_no_gross(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "where did ember road debut at the american box office")
    assert "number 7" in ans.answer and not ans.confident


def test_an_opening_in_one_market_is_read_from_the_sentence_naming_it(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "what did ember road gross in the uk the weekend it opened there")
    assert "2.3 million" in ans.answer and not ans.confident
