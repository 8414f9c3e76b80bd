"""Asked when a film came out where the article gives only its year: an article that goes on past its
lead (a plot, a cast, a production history) and dates no release doesn't say, and the answer says so,
with the year said plainly; a lead alone, where the year is all there is, gives the year as a hint;
"what year" is answered by the year."""

from __future__ import annotations

from .askkit import ask, library

FULL = ("Salt Orchard\nSalt Orchard is a 2018 Indian drama film directed by Ora Pell.\nPlot\nMara returns to her "
        "village after her father dies. Her brother Tomas has sold the family farm.\nProduction\nFilming took place "
        "in a coastal village.\n")
LEAD_ONLY = "Glass Harbour\nGlass Harbour is a 1994 drama film directed by Bede Marrow.\n"


def test_a_full_article_without_a_date_does_not_say_and_gives_the_year(tmp_path) -> None:
    db = library(tmp_path, FULL, LEAD_ONLY)
    for question in ("salt orchard release date", "when did salt orchard come out in theatres",
                     "when did salt orchard release"):
        ans = ask(db, question)
        assert ans.abstained and "2018" in ans.answer, (question, ans.answer)
    year = ask(db, "what year did salt orchard come out")
    assert not year.abstained and "2018" in year.answer


def test_a_lead_alone_gives_its_year_as_a_hint(tmp_path) -> None:
    db = library(tmp_path, FULL, LEAD_ONLY)
    ans = ask(db, "what was the release date of glass harbour")
    assert ans.kind == "release.date" and "1994" in ans.answer and not ans.confident
    assert ask(db, "what date did glass harbour open in theaters").abstained
