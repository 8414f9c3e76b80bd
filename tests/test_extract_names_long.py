"""Issue 9 (held-out cast/crew recall): names, narrators and credits stated the ways long articles state them.

Invented articles only (Ora Pell, Bede Marrow, Ivo Brandt, Tam Osk, Lune Varga, Kip Morrow, Ruritania)."""

from __future__ import annotations

from bot.article import parse_article
from bot.extract import extract_all


def _facts(body: str, lead: str = "Other Tale is a 2004 drama film."):
    return extract_all(parse_article(f"Other Tale\n{lead} {body}\n")).items


def _crew(body: str, lead: str = "Other Tale is a 2004 drama film.") -> set[tuple[str, str]]:
    return {(f.role, f.name) for f in _facts(body, lead) if f.KIND == "crew"}


def _cast(body: str, lead: str = "Other Tale is a 2004 drama film.") -> set[tuple[str, str]]:
    return {(f.actor, f.character) for f in _facts(body, lead) if f.KIND == "cast"}


def test_a_quoted_nickname_stays_inside_the_name():
    """'directed by Ora "Kit" Pell' credits the whole name, never the given name alone."""
    crew = _crew("", lead='Other Tale is a 1984 drama film directed by Ora "Kit" Pell from a screenplay by Tam Osk.')
    assert ("director", 'Ora "Kit" Pell') in crew
    assert ("director", "Ora") not in crew
    cast = _cast('Wen was played by the comedian Bede "Big Bede" Marrow in his first dramatic role.')
    assert ("Bede \"Big Bede\" Marrow", "Wen") in cast


def test_a_title_in_quotes_before_a_part_is_no_nickname():
    """'In "Other Tale," Nurse Wen (Ora Pell)': a segment's title is no player's nickname."""
    cast = _cast('In "Salt Road," Nurse Wen (Ora Pell) returns home.')
    assert all(not a.startswith("In ") for a, _ in cast)


def test_a_catalan_i_joins_two_surnames():
    """'Bede Marrow i Osk' is one name (Catalan joins a person's two surnames with 'i')."""
    crew = _crew("", lead="Other Tale is a 2004 drama film directed by Bede Marrow i Osk.")
    assert ("director", "Bede Marrow i Osk") in crew
