"""Another title the lead gives in words or in its brackets ("known in English as X", "released abroad as
X", "(lit.X)") is stored as an alternative title, so a question naming the film that way finds it; a
sentence going on to a second title ("as X and in the UK as Y") never makes "X and" a title."""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extract import identity

from .askkit import ask, library


def _alt_titles(lead: str) -> set[str]:
    article = parse_article("Kalo Sarovar\n" + lead + "\n")
    return {f.value for f in identity.extract(article) if f.key == "alt_title"}


@pytest.mark.parametrize("lead", [
    "Kalo Sarovar (known in English as Dark Lake) is a 1972 drama film directed by Ora Pell.",
    "Kalo Sarovar (released internationally as Dark Lake) is a 1972 drama film directed by Ora Pell.",
    "Kalo Sarovar, internationally known as Dark Lake, is a 1972 drama film directed by Ora Pell.",
    "Kalo Sarovar is a 1972 drama film directed by Ora Pell. It was released in English-speaking countries as Dark Lake.",
    "Kalo Sarovar is a 1972 drama film directed by Ora Pell. It was released in the United States under the title Dark Lake.",
    "Kalo Sarovar is a 1972 drama film directed by Ora Pell. It was marketed abroad as Dark Lake.",
    "Kalo Sarovar is a 1972 drama film directed by Ora Pell. Its English title is Dark Lake.",
    "Kalo Sarovar (lit.Dark Lake) is a 1972 drama film directed by Ora Pell.",
])
def test_another_title_said_in_words_is_stored(lead: str) -> None:
    assert "Dark Lake" in _alt_titles(lead)


def test_two_titles_in_one_sentence_are_each_a_title_and_and_is_no_part_of_one() -> None:
    titles = _alt_titles("Kalo Sarovar is a 1972 drama film directed by Ora Pell. It was released in the US as "
                         "Dark Lake and in the UK as The Still Water.")
    assert "Dark Lake" in titles
    assert not any(t.endswith(" and") for t in titles)


def test_a_question_naming_the_film_by_its_english_title_finds_it(tmp_path) -> None:
    db = library(tmp_path,
                 "Kalo Sarovar\nKalo Sarovar, known in English as Dark Lake, is a 1972 Bengali drama film directed "
                 "by Ora Pell. It stars Dee Rowan and Vic Amsel.\n",
                 "Harbour Nights\nHarbour Nights is a 1980 crime film directed by Bede Marrow.\n")
    ans = ask(db, "who directed dark lake")
    assert ans.film and ans.film.startswith("Kalo Sarovar") and "Ora Pell" in ans.answer


def test_the_english_title_of_the_source_novel_is_not_the_films() -> None:
    titles = _alt_titles("Kalo Sarovar is a 1972 drama film by Ora Pell, based on the novel of the same title (known "
                         "in English as Harbour Lights) by Bede Marrow.")
    assert not any("Harbour" in t for t in titles)


def test_the_title_a_market_had_is_the_one_its_sentence_ties_to_that_market(tmp_path) -> None:
    db = library(tmp_path,
                 "Nocturno Rojo\nNocturno Rojo, also known as Red Nocturne, is a 1981 Italian thriller film directed by "
                 "Bede Marrow. It was released in the United States as The Crimson Hour.\n")
    for question in ("what was nocturno rojo called in the us", "what is nocturno rojo's us title"):
        ans = ask(db, question)
        assert "The Crimson Hour" in ans.answer and "Red Nocturne" not in ans.answer, (question, ans.answer)
