"""Smoke test of ``bench.wikimovies``: the WikiMovies evaluation end to end on ~30 dev questions.

Why: the benchmark is run by hand and rarely, so a rename in ``bot.ask`` or the question files'
layout would otherwise break it silently. A tiny database (only the extracts those questions
need) keeps this to a few seconds; the figures themselves are not asserted, only the report's shape.
"""

from __future__ import annotations

import pytest

from bench import wikimovies as wm


def _needed_docs(questions: list[wm.Question], index: dict[str, list[dict]]) -> list[dict]:
    """Every record a question could be answered from (all same-title records, so remakes stay ambiguous)."""
    out: dict[tuple, dict] = {}
    for q in questions:
        keys = [q.entity] if q.qtype in wm.FILM_TO_ATTR else q.answers
        for k in keys:
            for d in index.get(wm.normalize(k), []):
                out[(d["title"], d["year"], d["extract"][:50])] = d
    return list(out.values())


@pytest.mark.corpus
async def test_report_shape_on_30_dev_questions(tmp_path) -> None:
    docs = wm.load_docs()
    index = wm.docs_by_title(docs)
    questions, how = wm.typed_questions("dev")
    assert "templates" in how
    assert sum(q.qtype == "unknown" for q in questions) < 20  # the templates type nearly all of dev
    sample, _, _ = wm.select(questions, index, limit=30)
    assert len(sample) == 30

    res = await wm.run("dev", None, db=tmp_path / "wm.db", docs=_needed_docs(sample, index), questions=sample)

    overall = res["summary"]["overall"]
    assert overall["n"] == 30 and res["meta"]["restricted"] == 30
    for r in [overall, *res["summary"]["types"].values()]:
        assert set(r) >= {"n", "hits1", "abstained", "confident_wrong", "quote"}
        assert all(0.0 <= r[k] <= 1.0 for k in ("hits1", "abstained", "confident_wrong", "quote"))
    assert set(res["summary"]["types"]) <= wm.FILM_TO_ATTR | wm.ATTR_TO_FILM
    assert sum(r["n"] for r in res["summary"]["types"].values()) == 30
    rows = res["rows"]
    assert len(rows) == 30 and all(r["cause"] for r in rows)
    assert all((r["cause"] == "hit") == r["hit"] for r in rows)
    assert overall["hits1"] > 0  # the engine answers some WikiMovies questions (e.g. "who directed X?")

    text = wm.report(res["summary"], wm.Counter(res["totals"]), res["meta"])
    assert "hits@1" in text and "OVERALL" in text and "76.2%" in text
    assert wm.causes(rows) and wm.examples(rows, 1) is not None


class _Ans:
    """The fields of ``bot.ask.Answer`` the grader reads."""

    def __init__(self, answer: str, kind: str, confidence: float = 0.9) -> None:
        self.answer, self.kind, self.confidence = answer, kind, confidence
        self.abstained = kind in ("abstain", "need_film")
        self.confident = confidence >= 0.5


def test_top_item_and_hit_rules() -> None:
    q = wm.Question("who acted in Saw II?", ["Tobin Bell", "Shawnee Smith"], "movie_to_actors", "Saw II")
    assert wm.grade(q, _Ans("It stars Tobin Bell, Donnie Wahlberg and Shawnee Smith.", "cast.list"), "Saw II")["hit"]
    miss = wm.grade(q, _Ans("It stars Donnie Wahlberg, Tobin Bell and Shawnee Smith.", "cast.list"), "Saw II")
    assert not miss["hit"] and miss["confident_wrong"] and miss["cause"] == "gold in the answer, but not first"
    assert not wm.grade(q, _Ans("It stars Tobin Bell.", "cast.list"), "Saw")["hit"]  # another film
    year = wm.Question("when was Aquamarine released?", ["2006"], "movie_to_year", "Aquamarine")
    assert wm.grade(year, _Ans("It was released March 3, 2006 in the United States.", "release.date"), "Aquamarine")["hit"]
    quote = wm.grade(year, _Ans("The article says: “Aquamarine is a 2006 film.”", "fallback.sentence", 0.3), "Aquamarine")
    assert not quote["hit"] and quote["quote"] and not quote["confident_wrong"]
    films = wm.Question("what did Russell Crowe direct?", ["The Water Diviner"], "director_to_movie", "Russell Crowe")
    assert wm.grade(films, _Ans("Russell Crowe directed: The Water Diviner (2015); Other (2020).", "films.list"), None)["hit"]
    later = wm.grade(films, _Ans("Russell Crowe directed: Other (2020); The Water Diviner (2015).", "films.list"), None)
    assert not later["hit"] and later["cause"] == "gold film listed, but not first"
    assert wm.grade(films, _Ans("Which film is this about?", "need_film", 0.1), None)["abstained"]


def test_keywords_are_a_list_whose_first_item_counts() -> None:
    q = wm.Question("what words describe The Glass Orchard?", ["ora pell"], "movie_to_tags", "The Glass Orchard")
    first = _Ans("In a few words: Ora Pell; Bede Marrow; drama.", "identity.keywords", 0.45)
    assert wm.grade(q, first, "The Glass Orchard")["hit"]
    later = wm.grade(q, _Ans("In a few words: Bede Marrow; Ora Pell; drama.", "identity.keywords", 0.45), "The Glass Orchard")
    assert not later["hit"] and not later["confident_wrong"]


def test_the_same_title_note_is_no_part_of_the_answer() -> None:
    q = wm.Question("who directed Salt Harbour?", ["Ora Pell"], "movie_to_director", "Salt Harbour")
    note = "\nAbout Salt Harbour (1988); also: Salt Harbour (1950) — add the year to ask about another."
    assert wm.top_item(_Ans("It was directed by Ora Pell." + note, "crew.director", 0.45)) == "It was directed by Ora Pell."
    assert wm.grade(q, _Ans("It was directed by Ora Pell." + note, "crew.director", 0.45), "Salt Harbour")["hit"]
    year = wm.Question("when was Salt Harbour released?", ["1950"], "movie_to_year", "Salt Harbour")
    assert not wm.grade(year, _Ans("It is a 1988 film." + note, "release.date", 0.45), "Salt Harbour")["hit"]
