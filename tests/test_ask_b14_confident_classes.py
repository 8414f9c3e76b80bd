"""Classes behind the confident misses of the fourteenth blind dev batch, on invented articles: a gross asked
"domestically" is the home market's figure (held as a plain gross with that word for a film whose home is not
North America), never the worldwide one; "was it the top grossing film of its year" is told by the sentence
giving its standing, never by its gross."""

from __future__ import annotations

from .askkit import ask, library

FILM = ("Lantern Feast\nLantern Feast is a 2006 Ruritanian comedy film directed by Ovid Marsh and starring Pell Anand. "
        "The third highest-grossing Ruritanian film of 2006 after Salt Harbour and Nine Kites, it spawned a sequel.\n"
        "Box office\nLantern Feast opened to a strong response, grossing ₹120 million in its opening week. "
        "It grossed ₹450 million domestically. The worldwide gross was around ₹900 million.\n")


def test_a_domestic_gross_is_not_the_worldwide_one(tmp_path) -> None:
    db = library(tmp_path, FILM)
    for q in ("how much did lantern feast make domestically", "lantern feast domestic gross"):
        ans = ask(db, q)
        assert "450 million" in ans.answer and "900" not in ans.answer, ans.answer


def test_the_years_standing_is_told_by_its_sentence_not_a_gross(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "was lantern feast the top grossing ruritanian film of 2006")
    assert "Salt Harbour" in ans.answer and not ans.confident, ans.answer
    ans = ask(db, "was lantern feast the biggest hit of 2006")
    assert not ans.confident and "900" not in ans.answer, ans.answer
