"""A lead that opens with the film's full name ("Kip Osk or: Seven Nights on the Harbour Storm, more
commonly known simply as Kip Osk, is a ...") gives a title members type too, whole or by its subtitle,
however many words it runs to; a lead opening "A also known as B" stores no "A also known as B"."""

from __future__ import annotations

from bot.article import parse_article
from bot.extract import identity

from .askkit import ask, library

FULL = ("Kip Osk\nKip Osk or: Seven Nights on the Harbour Storm Again, more commonly known simply as Kip Osk, "
        "is a 1964 comedy film directed by Ora Pell.\n")


def test_the_subtitle_of_the_full_name_finds_the_film(tmp_path) -> None:
    db = library(tmp_path, FULL, "Harbour Nights\nHarbour Nights is a 1980 crime film directed by Bede Marrow.\n")
    ans = ask(db, "who directed seven nights on the harbour storm again")
    assert ans.film and ans.film.startswith("Kip Osk") and "Ora Pell" in ans.answer and ans.confident


def test_a_lead_naming_two_titles_stores_neither_run_together() -> None:
    article = parse_article("Sea Lanterns\nSea Lanterns also known as Lanterns of the Sea is a 2018 drama film.\n")
    titles = {f.value for f in identity.extract(article) if f.key == "alt_title"}
    assert not any("also known" in t for t in titles)
