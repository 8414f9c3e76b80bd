"""A version of the film named by its language ("the hindi version", "its telugu dub", "released in hindi"):
its release date and its takings are that version's, from a sentence that names it; the film's own language
is its first release; a version the article never dates or never figures is "the article doesn't say",
never the film's own date or gross given confidently."""

from __future__ import annotations

from .askkit import ask, library

FILM = ("Velli Nila\nVelli Nila is a 2011 Indian Tamil-language action film directed by Ora Pell. It stars Kiran "
        "Das and Meera Vasan.\nPlot\nArun, a dock worker, takes on a smuggling ring.\nRelease\nThe film was released "
        "on 14 January 2011. A Hindi dubbed version was released on 2 March 2012. The Telugu version was released on "
        "20 January 2011.\nBox office\nThe film grossed ₹85 crore worldwide. The Hindi version grossed ₹4 crore.\n")


def test_a_language_version_has_its_own_release_date(tmp_path) -> None:
    db = library(tmp_path, FILM)
    hindi = ask(db, "when did the hindi version of velli nila come out")
    assert "2 March 2012" in hindi.answer and "20 January" not in hindi.answer
    own = ask(db, "when did the tamil version of velli nila come out")
    assert "14 January 2011" in own.answer and "20 January" not in own.answer
    telugu = ask(db, "when did velli nila release in telugu")
    assert "20 January 2011" in telugu.answer and "2012" not in telugu.answer


def test_a_version_the_article_never_dates_is_not_given_the_films_date(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "when did the kannada version of velli nila come out")
    assert ans.abstained and "2011" not in ans.answer


def test_a_language_versions_takings_are_never_the_films(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "how much did the hindi version of velli nila make")
    assert "4 crore" in ans.answer and not ans.confident
