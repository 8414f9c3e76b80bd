"""Loose questions: "describe <film> in a few words" and "which films are about <x>" (bot/ask/tags.py).

Invented films only. Why: both are answered as a list whose first item is the best guess and never
confidently, and a trailing "in a few words" must not be read as a film titled "Words".
"""

from __future__ import annotations

import pytest

from tests.askkit import add_articles, ask

ARTICLES = {
    "glass-orchard.txt": "The Glass Orchard\nThe Glass Orchard is a 1994 drama film directed by Ora Pell and starring "
                         "Bede Marrow and Ivo Brandt. It follows a lighthouse keeper during a long winter.\n",
    "words.txt": "Words\nWords is a 2001 comedy film directed by Lise Varro, starring Tamsin Quell.\n",
    "salt-harbour.txt": "Salt Harbour\nSalt Harbour is a 1988 thriller film directed by Ora Pell. A lighthouse "
                        "keeper is its hero. The lighthouse "
                        "burns in the last reel.\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("tags") / "tags.db"
    add_articles(path, ARTICLES)
    return path


def test_describe_in_a_few_words_is_the_named_film_director_first(db) -> None:
    a = ask(db, "describe The Glass Orchard in a few words?")
    assert a.film.startswith("The Glass Orchard") and a.kind == "identity.keywords"
    assert a.answer.startswith("In a few words: Ora Pell;") and "Bede Marrow" in a.answer
    assert not a.confident
    assert ask(db, "which words describe movie Words?").film.startswith("Words")


def test_films_about_a_person_are_their_credits(db) -> None:
    a = ask(db, "which movies are about ora pell?")
    assert a.kind == "films.list" and "The Glass Orchard" in a.answer and "Salt Harbour" in a.answer
    assert not a.confident


def test_films_about_a_theme_mention_it_most_first(db) -> None:
    a = ask(db, "what movies can be described by lighthouse?")
    assert a.kind == "films.list" and a.answer.index("Salt Harbour") < a.answer.index("The Glass Orchard")
    none = ask(db, "which films are about submarines?")
    assert none.abstained


def test_release_date_when_only_the_year_is_known(db) -> None:
    a = ask(db, "what was the release date of The Glass Orchard?")
    assert a.kind == "release.date" and "1994" in a.answer and "no exact release date" in a.answer and not a.confident
    assert ask(db, "what date did The Glass Orchard open in theaters").abstained


def test_a_credit_only_the_text_gives_is_listed_never_confidently(tmp_path) -> None:
    db = tmp_path / "told.db"
    add_articles(db, {"ember-road.txt": "Ember Road\nEmber Road is a 1979 drama film written and directed by "
                                        "Hale Dorrin, starring Mara Voss and Tove Lindqvar.\n"})
    assert "Ember Road" in ask(db, "which films did Hale Dorrin write?").answer
    cast = ask(db, "what films was Hale Dorrin an actor in?")
    assert cast.abstained  # "directed by X, starring A" is no acting credit of X


def test_a_name_taken_for_another_full_name_is_a_guess(db) -> None:
    whole = ask(db, "which films did Ora Pell direct?")
    assert whole.confident and "Salt Harbour" in whole.answer
    part = ask(db, "which films did pell direct?")
    assert "Salt Harbour" in part.answer and not part.confident and "to mean Ora Pell" in part.answer
