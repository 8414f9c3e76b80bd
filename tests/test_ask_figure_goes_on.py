"""An opening figure asked for one market, when the facts hold none: the sentence telling the opening (often
the sum over every market) is quoted with the next one of its paragraph when that one gives a figure for the
market asked by name ("Collections in Japan alone were ..."); below confidence, never a plain figure."""

from __future__ import annotations

from .askkit import ask, library

FILM = ("Iron Monsoon\nIron Monsoon is a 2017 Japanese action film directed by Osk Marlin and starring Dara Pell.\n"
        "Box office\nIron Monsoon grossed ¥300 billion in Japan over its whole run.\n"
        "On its fourth day, business picked up over Japan, which led the film to an opening weekend collection "
        "of around ¥200 billion worldwide. Collections in Japan, discounting overseas, were ¥140 billion gross. "
        "The film was later dubbed into two languages.\n")


def test_the_markets_figure_told_in_the_next_sentence_is_quoted_too(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "iron monsoon opening weekend gross in japan")
    assert "¥200 billion" in ans.answer and "¥140 billion" in ans.answer and not ans.confident, ans.answer
    assert "dubbed" not in ans.answer, ans.answer


def test_a_next_sentence_of_no_figure_there_is_not_quoted(tmp_path) -> None:
    db = library(tmp_path, FILM.replace("Collections in Japan, discounting overseas, were ¥140 billion gross. ",
                                        "Crowds in Japan queued for hours. "))
    ans = ask(db, "iron monsoon opening weekend gross in japan")
    assert "¥200 billion" in ans.answer and "queued" not in ans.answer and not ans.confident, ans.answer
