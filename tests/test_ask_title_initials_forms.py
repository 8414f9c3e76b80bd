"""Members type a long title as its initials: with its leading article ("tlnocs" for "The Long Night of
Caleb Stone") or without its small words ("lncs"); either finds the film, and a short run of letters,
which may spell another thing by chance, is answered as the guess it is."""

from __future__ import annotations

from .askkit import ask, library

ARTICLES = ("The Long Night of Caleb Stone\nThe Long Night of Caleb Stone is a 1952 western film directed by Una "
            "Vance. It stars Cal Mercer as Caleb Stone.\n",
            "Harbour Nights\nHarbour Nights is a 1980 crime film directed by Bede Marrow.\n")


def test_initials_with_the_article_find_the_film(tmp_path) -> None:
    db = library(tmp_path, *ARTICLES)
    ans = ask(db, "who directed tlnocs")
    assert ans.film and ans.film.startswith("The Long Night of Caleb Stone") and "Una Vance" in ans.answer


def test_initials_of_the_words_that_matter_find_the_film_as_a_guess(tmp_path) -> None:
    db = library(tmp_path, *ARTICLES)
    ans = ask(db, "who directed lncs")
    assert ans.film and ans.film.startswith("The Long Night of Caleb Stone") and "Una Vance" in ans.answer
    assert not ans.confident and "lncs" in ans.answer  # says which title it took the letters for
