"""Trivia, stop 29: which questions a game asks, refitted on the blind judges' marks (rounds 3-14, 15-16
held out). A question's worth is mostly its film's, so families are weighed by how they score against
the other questions of the same film: a debut and a recast part open a famous film's game, a
little-known film's one question may be its source novel's author as well as its director, a mid-size
film may ask what it is based on, and a title that spells its source out is not asked it. Invented
films and people throughout."""

from __future__ import annotations

import random

from bot.queries import Film
from bot.trivia.questions import Pool, Question, pick_game, questions_for_film, source_echoes_title


def _row(sentence: str, section: str = "Lead", ref: str = "p0.s0", **kw) -> dict:
    return {**kw, "source": {"section": section, "sentence": sentence, "ref": ref}}


def _q(family: str, n: int, fame: float, film_id: int = 1, chars: int = 40_000) -> Question:
    return Question(text=f"{family} question {n}?", answers=[f"answer {family} {n}"], distractors=["x", "y", "z"],
                    category=family.split(".")[0], difficulty="easy", kind="text", film_id=film_id,
                    film_title=f"Film {film_id}", source_section="Lead", source_sentence=f"{family} {n}.",
                    id=f"{film_id}-{family}{n}", family=family, keys=(f"{film_id} {family} {n}",),
                    article_chars=chars, notability=fame)


def test_a_famous_films_game_opens_with_its_debut_and_recast_part_before_its_lead():
    qs = [_q("cast.lead", 1, 0.8), _q("crew.director", 2, 0.8), _q("cast.replaced", 3, 0.8), _q("cast.debut", 4, 0.8)]
    for seed in range(10):
        families = [q.family for q in pick_game(qs, 4, random.Random(seed))]
        assert families == ["cast.debut", "cast.replaced", "cast.lead", "crew.director"], families


def test_a_little_known_films_one_question_may_be_its_source_author_as_well_as_its_director():
    thin = [_q("crew.director", 1, 0.1, chars=3000), _q("crew.based_on_author", 2, 0.1, chars=3000)]
    asked = [pick_game(thin, 12, random.Random(seed)) for seed in range(60)]
    assert all(len(game) == 1 for game in asked)  # a thin film: one question
    assert {game[0].family for game in asked} == {"crew.director", "crew.based_on_author"}


def test_a_mid_size_film_may_ask_what_it_is_based_on():
    mid = [_q("crew.director", 1, 0.3, chars=7000), _q("production.based_on", 2, 0.3, chars=7000)]
    families = {q.family for seed in range(10) for q in pick_game(mid, 12, random.Random(seed))}
    assert "production.based_on" in families


def test_a_title_that_spells_its_source_out_is_not_asked_what_it_is_based_on():
    assert source_echoes_title("Othertale", "Other Tale")
    assert source_echoes_title("Kipp Morrow", "Kip Morrow")
    assert not source_echoes_title("Gull Song", "Saltmarsh")
    assert not source_echoes_title("Two Wrens", "Horse Wrens")  # one word shared, a different work
    assert not source_echoes_title("It", "It Waits")  # too short to tell
    for title, source, asked in (("Other Tale", "Othertale", False), ("Saltmarsh", "Gull Song", True)):
        said = f"{title} is a 1950 drama film based on the memoir {source} by Ora Pell."
        facts = {"identity": [_row(said, key="based_on", value=source)], "text": [{"text": said, "section": "Lead"}]}
        qs = questions_for_film(Film(1, title, title, 1950, 1000), facts, Pool(), random.Random(0))
        assert any(q.text == f"{title} (1950) is based on which work?" for q in qs) == asked, title
