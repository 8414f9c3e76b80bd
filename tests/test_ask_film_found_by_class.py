"""Which film a question is about, found for classes of questions that lost it or found another, never by
loosening title matching so that a wrong film gets answered.

Each test is one class seen in the blind dev questions, asked of invented articles: a title whose doubled
letters were typed single (one name transliterated two ways); a common noun that is a word of two films'
billed parts ("the police chief") taken for a name; a one-word title that is also the hero's name, typed as the
hero beside a villain billed only in the sequel; a year typed after the title that is not the found film's.
"""

from __future__ import annotations

import pytest

from bot.ask.model import CONFIDENT

from .askkit import add_articles, ask

_TAARVELL = (
    "Taarvell\n"
    "Taarvell is a 2016 Ruritanian action film directed by Ilse Dorn and starring Ivo Brandt.\n"
    "Plot\n"
    "Tam Osk, a smuggler, returns to the harbour town to settle a debt.\n"
    "Cast\n"
    "Ivo Brandt as Tam Osk\n"
    "Production\n"
    "The film was shot in Vellmark and Osk Harbour.\n"
)
_HARBOUR_WATCH = (
    "Harbour Watch\n"
    "Harbour Watch is a 2011 Ruritanian crime film directed by Bede Marrow.\n"
    "Plot\n"
    "Chief Dallow hunts a thief through the docks.\n"
    "Cast\n"
    "Pia Lanz as Chief Dallow\n"
    "Kip Morrow as the thief\n"
)
_VELL_PASS = (
    "Vell Pass\n"
    "Vell Pass is a 2013 Ruritanian western film directed by Lune Varga.\n"
    "Plot\n"
    "Chief Orren guards the mountain pass against raiders, and sends the investigation files to the capital.\n"
    "Production\n"
    "The chief of the studio visited the shoot.\n"
    "Cast\n"
    "Jory Kask as Chief Orren\n"
)
_HARROW = (
    "Harrow\n"
    "Harrow is a 1990 Ruritanian adventure film directed by Ilse Dorn, starring Ivo Brandt as Harrow.\n"
    "Plot\n"
    "Harrow, a masked rider, fights the Gravedigger in the streets of Osk and beats him at the old mill.\n"
    "Cast\n"
    "Ivo Brandt as Harrow\n"
    "Pia Lanz as the Gravedigger\n"
)
_HARROW_RETURNS = (
    "Harrow Returns\n"
    "Harrow Returns is a 1994 Ruritanian adventure film directed by Ilse Dorn, the sequel to Harrow.\n"
    "Plot\n"
    "The Glassmaker floods Osk with mirrors. Harrow beats him on the bell tower, and the Glassmaker ends up "
    "locked in the Vellmark asylum.\n"
    "Cast\n"
    "Ivo Brandt as Harrow\n"
    "Kip Morrow as the Glassmaker\n"
)


@pytest.fixture
def films(seeded_copy):
    add_articles(seeded_copy, {"taarvell.txt": _TAARVELL, "harbour-watch.txt": _HARBOUR_WATCH,
                               "vell-pass.txt": _VELL_PASS, "harrow.txt": _HARROW,
                               "harrow-returns.txt": _HARROW_RETURNS})
    return seeded_copy


def test_a_title_typed_with_its_doubled_letters_single(films):
    # "tarvel" for "Taarvell": the same name transliterated; a guess the answer says it made
    ans = ask(films, "where was tarvel shot")
    assert ans.film is not None and ans.film.startswith("Taarvell"), ans.answer
    assert "Vellmark" in ans.answer and "Taarvell" in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


def test_a_common_noun_of_two_parts_names_no_film(films):
    # "the police chief": a word of parts billed in two films, used as a noun; never one of them by chance
    ans = ask(films, "what does the police chief order them to do with the investigation files")
    assert ans.kind == "need_film", ans.answer


def test_a_title_typed_as_the_hero_beside_a_villain_of_the_sequel(films):
    # "after harrow beats him": the hero, not the film titled Harrow; the Glassmaker is billed in the sequel only
    ans = ask(films, "where does the glassmaker end up after harrow beats him")
    assert ans.film is not None and ans.film.startswith("Harrow Returns"), (ans.film, ans.answer)
    # ... while the title typed where a title goes is the film
    ans = ask(films, "who directed harrow")
    assert ans.film is not None and ans.film.startswith("Harrow (1990)"), (ans.film, ans.answer)


def test_a_year_typed_after_the_title_that_is_not_its_year(films):
    # "<title> 1994" with the loaded <title> of 1990: maybe another film of that title; said, never confident
    ans = ask(films, "was harrow 1994 directed by ilse dorn")
    assert "1994" in ans.answer and ans.confidence < CONFIDENT, ans.answer
    # ... its own year (or the next) is its own
    ans = ask(films, "who directed harrow 1990")
    assert ans.confident and "Ilse Dorn" in ans.answer, ans.answer
