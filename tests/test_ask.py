"""The /ask engine: intents on the seed film, cross-film questions, hostile input, evaluation thresholds."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.ask import CONFIDENT, answer, person_credits
from bot.evaluate import evaluate, format_report, grade, load_questions
from bot.library import Library

from .conftest import SEEDS_DIR, article_path

ASK_DIR = Path(__file__).parent / "ask"
#: Corpus articles behind the question sets, in tests/fixtures/articles/ (the seeds are always ingested too).
EVAL_FILMS = [
    "taxi-driver-1976", "the-deer-hunter-1978", "dr-strangelove-1964", "american-beauty-1999", "midnight-cowboy-1969",
    "the-hustler-1961", "enter-the-dragon-1973", "cars-2-2011", "touch-of-evil-1958",
    "monty-python-and-the-holy-grail-1975", "barry-lyndon-1975", "batman-1989", "batman-1966",
    "the-empire-strikes-back-1980", "my-neighbor-totoro-1988", "x-men-first-class-2011",
]


def run(coro):
    return asyncio.run(coro)


async def _ask(db: Path, question: str, **kw):
    lib = await Library.open(db)
    try:
        return await answer(lib, question, **kw)
    finally:
        await lib.close()


@pytest.fixture(scope="module")
def eval_db(tmp_path_factory) -> Path:
    """Seeds plus the corpus films the question sets are about, ingested once for this module."""
    from bot.database import connect
    from bot.ingest import ingest_paths

    path = tmp_path_factory.mktemp("ask") / "films.db"

    async def build() -> None:
        conn = await connect(path)
        results = await ingest_paths(conn, [SEEDS_DIR, *[article_path(f) for f in EVAL_FILMS]])
        assert all(r.ok for r in results), [r.error for r in results if not r.ok]
        await conn.close()

    run(build())
    return path


# --- intents on the seed -------------------------------------------------------------------------------
SEED_CASES = [
    ("who played samantha in her", "cast.actor", ["Scarlett Johansson"]),
    ("Who voiced Samantha in Her?", "cast.actor", ["Scarlett Johansson"]),
    ("who did joaquin phoenix play in her", "cast.character", ["Theodore Twombly"]),
    ("is amy adams in her", "cast.yesno", ["Yes"]),
    ("who directed her", "crew.director", ["Spike Jonze"]),
    ("who was the cinematographer of her", "crew.cinematographer", ["Hoyte"]),
    ("who edited her", "crew.editor", ["Zumbrunnen"]),
    ("who scored her", "crew.composer", ["Arcade Fire"]),
    ("how much did her make", "money.worldwide", ["$47.4 million", "$48 million"]),
    ("what was the budget of her", "money.budget", ["$23 million"]),
    ("did her win best picture", "award.yesno", ["No, it was nominated for Best Picture", "86th Academy Awards"]),
    ("did her win best original screenplay", "award.yesno", ["Yes, it won Best Original Screenplay"]),
    ("how many oscar nominations did her get", "award.count", ["5"]),
    ("what did rolling stone think of her", "review.publication", ["Peter Travers", "3.5/4", "positive"]),
    ("her rotten tomatoes score", "score.rotten_tomatoes", ["94%"]),
    ("what did her get on metacritic", "score.metacritic", ["91"]),
    ("where was her filmed", "filming.place", ["Los Angeles", "Shanghai"]),
    ("when did her premiere", "release.date", ["October 12, 2013"]),
    ("who was originally cast as samantha in her", "cast.history", ["Samantha Morton"]),
]


@pytest.mark.parametrize(("question", "kind", "needles"), SEED_CASES)
def test_seed_intents(seeded_db, question, kind, needles):
    a = run(_ask(seeded_db, question))
    assert a.kind == kind, a
    assert a.film and a.film.startswith("Her")
    for n in needles:
        assert n in a.answer, a.answer
    assert a.confidence >= CONFIDENT
    assert a.sources and all(s["sentence"] for s in a.sources)


@pytest.mark.parametrize("question", ["what is the runtime of her", "did her win an emmy", "is tom cruise in her"])
def test_seed_abstains(seeded_db, question):
    a = run(_ask(seeded_db, question))
    assert a.kind == "abstain", a
    assert "doesn't" in a.answer
    assert a.confidence < CONFIDENT


def test_channel_film_is_used_and_named_film_wins(seeded_db):
    async def go():
        lib = await Library.open(seeded_db)
        try:
            her = lib.resolve("Her").film
            rocky = lib.resolve("Rocky").film
            a = await answer(lib, "who directed it?", channel_film_id=her.id)
            b = await answer(lib, "who directed rocky", channel_film_id=her.id)
            c = await answer(lib, "who directed it?")
            return a, b, c, rocky
        finally:
            await lib.close()

    a, b, c, rocky = run(go())
    assert "Spike Jonze" in a.answer
    assert b.film_id == rocky.id and "Avildsen" in b.answer
    assert c.kind == "need_film" and c.confidence < CONFIDENT


def test_typo_and_missing_apostrophe_titles(seeded_db):
    assert "Wyler" in run(_ask(seeded_db, "who directed roman holliday")).answer
    assert "Scorsese" in run(_ask(seeded_db, "who directed taxi drivr")).answer


def test_json_line_shape(seeded_db):
    a = run(_ask(seeded_db, "who directed her"))
    d = json.loads(a.to_json())
    assert set(d) == {"question", "film", "answer", "kind", "confidence", "sources"}
    assert set(d["sources"][0]) == {"section", "sentence"}


# --- across films -----------------------------------------------------------------------------------------
def test_cross_film_questions(seeded_db):
    a = run(_ask(seeded_db, "which films did spike jonze direct"))
    assert a.kind == "films.list" and "Her" in a.answer
    b = run(_ask(seeded_db, "what films came out in 2013"))
    assert "Her" in b.answer and "Rush" in b.answer
    c = run(_ask(seeded_db, "which of these films won best picture"))
    assert "Rocky" in c.answer and "Her" not in c.answer.replace("Here", "")


def test_person_credits(seeded_db):
    async def go():
        lib = await Library.open(seeded_db)
        try:
            return (await person_credits(lib, "Spike Jonze"), await person_credits(lib, "jonze"),
                    await person_credits(lib, "Nobody Atall"))
        finally:
            await lib.close()

    full, surname, none = run(go())
    assert full["status"] == "found" and full["name"] == "Spike Jonze"
    assert {c["film"] for c in full["credits"]["director"]} == {"Her (2013)"}
    assert surname["name"] == "Spike Jonze"
    assert none["status"] == "none" and not none["credits"]


# --- hostile input ----------------------------------------------------------------------------------------
HOSTILE = [
    "", "   ", "?", "@everyone", "<@123456789> @here who directed her", "x" * 6000, "her " * 1500,
    "'; DROP TABLE films; --", 'who directed "her" OR 1=1 --', "who played % in _", "NEAR(her rocky)",
    "\u202ehidden\u202c who directed her", "which films did '; DELETE FROM cast_members; -- star in",
    "what films came out in 0000", "which of these films won ' OR '1'='1",
]


@pytest.mark.parametrize("question", HOSTILE)
def test_hostile_inputs_never_raise(seeded_copy, question):
    a = run(_ask(seeded_copy, question))
    assert isinstance(a.answer, str) and 0.0 <= a.confidence <= 1.0
    assert "@everyone" not in a.answer and "@here" not in a.answer


def test_hostile_inputs_leave_the_database_intact(seeded_copy):
    for q in HOSTILE:
        run(_ask(seeded_copy, q))
    assert "Spike Jonze" in run(_ask(seeded_copy, "who directed her")).answer


# --- evaluation -------------------------------------------------------------------------------------------
def test_grade_rules():
    from bot.ask import Answer

    ok = Answer("q", "It grossed $47.4 million worldwide.", "money.worldwide", 0.9)
    assert grade({"expected": ["47.4 million"]}, ok, None)
    assert not grade({"abstain": True}, ok, None)
    assert grade({"abstain": True}, Answer("q", "The article doesn't say.", "abstain", 0.1), None)
    assert not grade({"expected": ["Her"], "film": "Rocky"}, Answer("q", "Her", "x", 0.9), "Her")


def test_question_sets_are_well_formed():
    for path in ASK_DIR.glob("*.jsonl"):
        items = load_questions(path)
        assert len(items) >= 90
        for it in items:
            assert it.get("abstain") or it.get("expected"), it
    films = {it["film"] for p in ASK_DIR.glob("*.jsonl") for it in load_questions(p) if it.get("film")}
    assert len(films) >= 15


@pytest.mark.parametrize(("name", "min_acc", "max_cw"), [("heldout", 0.90, 0.03), ("dev", 0.93, 0.03)])
def test_eval_thresholds(eval_db, name, min_acc, max_cw):
    # (how fast /ask answers is measured in `make bench`, not here: a timed assertion fails on a busy machine)
    async def go():
        lib = await Library.open(eval_db)
        try:
            return await evaluate(lib, ASK_DIR / f"{name}.jsonl")
        finally:
            await lib.close()

    res = run(go())
    report = format_report(res)
    assert res["accuracy"] >= min_acc, report
    assert res["confident_wrong_rate"] <= max_cw, report


# --- wording: cross-film person questions, genre, writer ----------------------------------------------------
PERSON_WORDINGS = [
    ("what does Jane Doe star in?", ("jane doe", "acted")),
    ("Jane Doe appears in which movies?", ("jane doe", "acted")),
    ("what movies was Jane Doe an actor in?", ("jane doe", "acted")),
    ("Jane Doe directed which movies?", ("jane doe", "director")),
    ("Jane Doe was the director on which films?", ("jane doe", "director")),
    ("which movie was Jane Doe the director for?", ("jane doe", "director")),
    ("can you name a film directed by Jane Doe?", ("jane doe", "director")),
    ("what is a film directed by Jane Doe?", ("jane doe", "director")),
    ("which movies was Jane Doe the writer of?", ("jane doe", "writer")),
    ("which movies was Jane Doe a writer on?", ("jane doe", "writer")),
    ("which film did Jane Doe write the story for?", ("jane doe", "writer")),
    ("what is a film written by Jane Doe?", ("jane doe", "writer")),
    ("what was Jane Doe the director of?", ("jane doe", "director")),
    ("what is the film about?", None),
    ("who directed the film?", None),
]


@pytest.mark.parametrize("question,expected", PERSON_WORDINGS)
def test_person_question_wordings(question, expected):
    from bot.ask.across import parse_person_question
    from bot.matching import normalize

    assert parse_person_question(normalize(question)) == expected


@pytest.mark.parametrize("rest,kind", [
    ("what sort of film is", "identity.genre"), ("what kind of movie is", "identity.genre"),
    ("what type of film is", "identity.genre"), ("who is the author of", "crew.writer"),
    ("what year was released", "release"), ("when was the film released", "release"),
])
def test_intent_wordings(rest, kind):
    from bot.ask.intent import classify

    assert classify(rest) == kind


def test_a_story_question_opening_at_the_very_end_or_asking_what_a_character_turned_down_is_no_casting():
    """Dev batch 10: "at the very end of <title> what does <part> say ..." was answered with the part's player
    (0.9), "what did <part> invent that <part> turned down" with the casting history (0.8)."""
    from bot.ask.intent import classify

    assert classify("at the very end of  what does brandt say to do with the file", has_character=True,
                    has_story=True) == "event"
    assert classify("what did ivo brandt invent that tam turned down", has_character=True, has_story=True) != "casting"
    # Casting questions keep their reading: they ask for people, or name a part.
    assert classify("who turned down the role of brandt", has_character=True) == "casting"
    assert classify("what actor turned down the part of brandt", has_character=True) == "casting"
