"""A cut of the film named by its market ("the us cut", "the american version"): its running time is the
one a sentence about that market gives ("cut to 95 minutes ... released in the United States"), never the
film's own running time given confidently."""

from __future__ import annotations

from .askkit import ask, library

FILM = ("Iron Meadow\nIron Meadow is a 1984 Japanese animated fantasy film directed by Ora Pell. The film has a "
        "running time of 124 minutes.\nPlot\nSana, a young pilot, searches for her missing brother Teo.\nRelease\n"
        "The film was released in Japan on 11 March 1984. An edited version, cut to 95 minutes, was released in the "
        "United States in 1986.\n")


def test_a_market_cut_runs_what_its_own_sentence_says(tmp_path) -> None:
    db = library(tmp_path, FILM)
    for question in ("how long is the us cut of iron meadow", "how long is the american version of iron meadow"):
        ans = ask(db, question)
        assert "95 minutes" in ans.answer and not ans.confident, (question, ans.answer)
    assert "124 minutes" in ask(db, "how long is iron meadow").answer


def test_a_market_cut_the_article_never_times_is_never_the_films_running_time_confidently(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "how long is the uk cut of iron meadow")
    assert not ans.confident
