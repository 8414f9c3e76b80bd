"""Credits whose name comes after a description, and authors named before their work.

Round 7's blind trivia judges found two wrong answers of one shape each: a studio read as the
director in "directed by former Acme animation director A" and the film's director read as the
novelist in "based on the 1941 B novel of the same name, directed by C". Invented names only.
"""

from __future__ import annotations

from bot.article import parse_article
from bot.extract import people


def _crew(lead: str) -> set[tuple[str, str]]:
    text = f"Other Tale\n{lead}\n"
    return {(f.role, f.name) for f in people.extract(parse_article(text)) if f.KIND == "crew"}


def test_a_studio_in_the_directors_description_is_not_the_director():
    crew = _crew("Other Tale is a 1994 animated film. Featuring Ora Pell and Bede Marrow, the film is directed "
                 "by former Acme animation director Ivo Brandt and scored by Tam Osk.")
    assert ("director", "Ivo Brandt") in crew
    assert not any(role == "director" and name == "Acme" for role, name in crew)
    assert ("composer", "Tam Osk") in crew


def test_the_author_named_before_the_novel_and_not_the_director_after_it():
    crew = _crew("Other Tale is a 1942 film based on the 1941 Ora Pell novel of the same name, directed by "
                 "Bede Marrow.")
    assert ("based_on_author", "Ora Pell") in crew
    assert ("based_on_author", "Bede Marrow") not in crew
    assert ("director", "Bede Marrow") in crew


def test_an_author_after_a_comma_and_by_is_still_the_author():
    crew = _crew("Other Tale is a 1951 film noir based on the 1945 novel Winter Road, by Lune Varga.")
    assert ("based_on_author", "Lune Varga") in crew
