"""A title the film had before ("what was it called before it got that title", "its working title") is
read from the sentence that gives it in running text ("the sequel, then titled Harbour Lights: Part Two,
..."), below confidence; the film's other known titles are no answer to it."""

from __future__ import annotations

from .askkit import ask, library

FILM = ("Harbour Lights Returns\nHarbour Lights Returns is a 1980 adventure film directed by Ora Pell.\nProduction\n"
        "Before production on the sequel, then titled Harbour Lights: Part Two, could begin, Pell had to find a "
        "studio. Filming took place in a coastal village.\n")


def test_a_former_title_told_in_running_text(tmp_path) -> None:
    db = library(tmp_path, FILM)
    for question in ("what was harbour lights returns called before it got that title",
                     "what was the working title of harbour lights returns"):
        ans = ask(db, question)
        assert "Part Two" in ans.answer and not ans.confident, (question, ans.answer)
