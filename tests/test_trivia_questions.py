"""Trivia question generation: every question over seeds/ and the whole corpus is checked against
its cited sentence by rules written here independently of the generator, so a generator bug can't
hide behind its own helpers."""

from __future__ import annotations

import asyncio
import json
import random
import re
import unicodedata
from collections import Counter

import pytest

from bot.database import connect
from bot.ingest import ingest_paths
from bot.queries import Film
from bot.trivia.questions import (
    CATEGORIES,
    KINDS,
    Pool,
    Question,
    export_json,
    generate,
    money_like,
    questions_for_film,
)
from tests.conftest import CORPUS

RICH_SEEDS = ("Her", "Rush", "Taxi Driver", "Spirited Away", "BlacKkKlansman", "The Incredibles", "Rocky",
              "Roman Holiday")


# --- independent checking rules ----------------------------------------------------------------------
def _fold(text: str) -> str:
    t = unicodedata.normalize("NFKD", text.replace("\u2212", "-").replace("\u2013", "-").replace("\u2014", "-"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w+\-%$.,/']+", " ", t).split())


_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "crore": 1e7, "crores": 1e7, "lakh": 1e5}


def _values(text: str) -> set[float]:
    """Every number a text states: digits (with a scale word after), and small number words."""
    out = set()
    for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)\s*([a-z]+)?", text.lower()):
        v = float(m.group(1).replace(",", "").rstrip("."))
        out.add(v)
        out.add(v * _SCALE.get(m.group(2) or "", 1))
    out.update(float(n) for w, n in _WORDS.items() if re.search(rf"\b{w}\b", text.lower()))
    return out


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", _fold(text)))


_OUTCOME = {"Won": r"\b(won|win|wins|winning|awarded)\b", "Nominated": r"\bnominat"}


def supported(q: Question, answer: str) -> bool:
    """The cited sentence states this answer (as text, or for figures by value; a won/nominated
    answer by the category and the outcome's word)."""
    if _fold(answer) in _fold(q.source_sentence):
        return True
    if answer in _OUTCOME and q.text.startswith("Did "):
        category = re.search(r" win (.+?) at ", q.text).group(1)
        return _fold(category) in _fold(q.source_sentence) and bool(re.search(_OUTCOME[answer], _fold(q.source_sentence)))
    if q.kind in ("money", "number", "year"):
        wanted = _values(answer)
        return bool(wanted) and max(wanted) in _values(q.source_sentence)
    if q.kind == "person":
        # A name resolved by coreference: the sentence states the mention, the surname ("Doe" for
        # Jane Doe) or, for a performer billed by first name, the first name ("Jane").
        ws = re.findall(r"\w+", _fold(answer))
        said = re.findall(r"\w+", _fold(q.source_sentence))
        return bool(ws) and (ws[-1] in said or ws[0] in said)
    return False


def leaked(q: Question, answer: str) -> bool:
    """The question text gives this answer away."""
    if q.kind in ("money", "number", "year"):
        first = re.search(r"\d[\d,]*(?:\.\d+)?", answer)
        return bool(first) and float(first.group().replace(",", "")) in {
            float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", q.text)}
    if f" {_fold(answer)} " in f" {_fold(q.text)} ":
        return True
    if q.kind == "person":
        return re.findall(r"\w+", _fold(answer))[-1] in _words(q.text)
    return False


def _same(a: str, b: str, kind: str) -> bool:
    if _fold(a) == _fold(b):
        return True
    if kind == "person":  # the same surname ("Jr." is none: Ivo Brandt Jr. and Ora Pell Jr. differ)
        def last(name: str) -> list[str]:
            return [w for w in re.findall(r"\w+", _fold(name)) if w not in ("jr", "sr", "ii", "iii")][-1:]
        return last(a) == last(b)
    if kind in ("money", "number", "year"):
        return _primary(a) is not None and _primary(a) == _primary(b)
    return False


def _primary(text: str) -> float | None:
    """The first figure of a text, scaled by its unit word ("$47.4 million" → 47_400_000)."""
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*([a-z]+)?", text.lower())
    return float(m.group(1).replace(",", "")) * _SCALE.get(m.group(2) or "", 1) if m else None


def problems(questions: list[Question]) -> list[str]:
    out = []
    for q in questions:
        where = f"{q.film_title}: {q.text}"
        if not q.answers or not q.source_sentence or not q.source_section:
            out.append(f"{where}: no answer or no source")
        for a in q.answers:
            if not supported(q, a):
                out.append(f"{where}: answer {a!r} not in the cited sentence")
            if leaked(q, a):
                out.append(f"{where}: gives away {a!r}")
        if len(q.distractors) not in (0, 3):
            out.append(f"{where}: {len(q.distractors)} distractors")
        for i, d in enumerate(q.distractors):
            if any(_same(d, a, q.kind) for a in q.answers):
                out.append(f"{where}: distractor {d!r} is an answer")
            if any(_fold(d) == _fold(e) for e in q.distractors[:i]):
                out.append(f"{where}: distractor {d!r} twice")
        if q.kind not in KINDS or q.category not in CATEGORIES or q.difficulty not in ("easy", "medium", "hard"):
            out.append(f"{where}: bad kind/category/difficulty")
    return out


# --- databases ---------------------------------------------------------------------------------------
async def _generate(path, **kw) -> list[Question]:
    conn = await connect(path, readonly=True)
    try:
        return await generate(conn, **kw)
    finally:
        await conn.close()


async def _build(path, source) -> None:
    conn = await connect(path)
    await ingest_paths(conn, [source])
    await conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    await conn.close()


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "films.db"
    asyncio.run(_build(path, CORPUS))
    return path


@pytest.fixture(scope="module")
def seed_questions(seeded_db) -> list[Question]:
    return asyncio.run(_generate(seeded_db))


@pytest.fixture(scope="module")
def corpus_questions(corpus_db) -> list[Question]:
    return asyncio.run(_generate(corpus_db))


# --- the done-when criteria --------------------------------------------------------------------------
def test_every_seed_film_gets_at_least_20_distinct_questions(seed_questions):
    per_film = Counter(q.film_title for q in seed_questions)
    distinct = {t: len({q.text for q in seed_questions if q.film_title == t}) for t in per_film}
    assert set(RICH_SEEDS) <= set(distinct), distinct
    assert {t: n for t, n in distinct.items() if n < 20} == {}, distinct
    assert distinct["Her"] >= 50


def test_seed_questions_are_supported_unleaked_and_well_formed(seed_questions):
    assert problems(seed_questions) == []


@pytest.mark.corpus
def test_corpus_questions_are_supported_unleaked_and_well_formed(corpus_questions):
    assert len(corpus_questions) > 3000
    assert problems(corpus_questions) == []


@pytest.mark.corpus
def test_most_corpus_films_reach_20_questions(corpus_questions):
    per_film = Counter(q.film_id for q in corpus_questions)
    reach = sum(1 for n in per_film.values() if n >= 20)
    assert reach >= 90, sorted(per_film.values())


@pytest.mark.corpus
def test_typed_grading_accepts_the_answer_and_refuses_distractors(seed_questions, corpus_questions):
    """Through the real grader, for the kinds it compares by value or by name. (Free text is graded
    fuzzily: near-identical dates, ratings, letter grades and festival names are a grader matter.)"""
    matching = pytest.importorskip("bot.matching")
    wrong = []
    for q in seed_questions + corpus_questions:
        if q.kind == "text" or re.search(r"crore|lakh", q.answers[0]):  # the grader reads no Indian units yet
            continue
        if not matching.grade_answer(q.answers[0], q.answers, kind=q.kind):
            wrong.append(f"{q.text}: best answer {q.answers[0]!r} graded wrong")
        for d in q.distractors:
            if matching.grade_answer(d, q.answers, kind=q.kind):
                wrong.append(f"{q.text}: distractor {d!r} graded right for {q.answers}")
    assert wrong == []


@pytest.mark.corpus
def test_most_questions_have_buttons(seed_questions, corpus_questions):
    # Not all: a question whose wrong options would have to come from another era, country or
    # gender is typed-only (blind judges marked such options as giveaways). Round 3 of judging found
    # 14 of 69 cast questions with a man offered for a woman's role or the reverse: a role whose
    # gender the cast sentence and the names do not agree on is typed-only now (72% -> 67% buttons).
    # Round 20: a genre film's director question with no director of its kind, a premise with no
    # three films of its tone, goes typed (3419 -> 3413 of 5514 questions, 62.0% -> 61.9%).
    # Round 21: a premise with no three films of its own genre besides "drama", a person question of a film
    # the library can date no way, go typed (3413 -> 3383 of 5507, 61.4%).
    with_buttons = sum(1 for q in seed_questions + corpus_questions if q.distractors)
    assert with_buttons / len(seed_questions + corpus_questions) > 0.61


def test_ids_are_stable_and_unique(seed_questions):
    ids = [q.id for q in seed_questions]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[0-9a-f]{12}", i) for i in ids)


# --- the templates the issue names -------------------------------------------------------------------
def _by_text(questions, film: str) -> dict[str, Question]:
    return {q.text: q for q in questions if q.film_title == film}


def test_her_examples(seed_questions):
    her = _by_text(seed_questions, "Her")
    q = her["Who played Samantha in Her (2013)?"]
    assert q.answers == ["Scarlett Johansson"] and q.kind == "person" and q.difficulty == "easy"
    assert len(q.distractors) == 3 and "Samantha (Scarlett Johansson)" in q.source_sentence
    assert her["Which character did Joaquin Phoenix play in Her (2013)?"].answers == ["Theodore Twombly"]
    assert her["Who directed Her (2013)?"].answers == ["Spike Jonze"]
    assert her["Who composed the score of Her (2013)?"].answers == ["Arcade Fire"]
    assert her["Which award did Her (2013) win at the 86th Academy Awards?"].answers == ["Best Original Screenplay"]
    assert her["How many nominations did Her (2013) receive at the 86th Academy Awards?"].answers[0] == "5"
    binary = her["Did Her (2013) win Best Picture at the 86th Academy Awards, or only receive a nomination?"]
    assert binary.answers == ["Nominated"] and binary.distractors == []
    assert her["What approval rating does Her (2013) have on Rotten Tomatoes?"].answers[0] == "94%"
    assert her["What grade did audiences polled by CinemaScore give Her (2013)?"].answers[0] == "B\u2212"
    assert her["For which publication did critic Peter Travers review Her (2013)?"].answers == ["Rolling Stone"]
    assert her["At which film festival did Her (2013) premiere?"].answers[0] == "New York Film Festival"
    year = her["In what year was Her released?"]  # the bare title: "Her (2013)" would give it away
    assert year.answers == ["2013"] and year.kind == "year"
    assert set(her["Where was Her (2013) filmed?"].answers) == {"Los Angeles", "Shanghai"}


def test_conflicting_figures_accept_both_when_they_agree_and_skip_when_not(seed_questions):
    her = _by_text(seed_questions, "Her")
    worldwide = her["How much did Her (2013) gross worldwide?"]
    assert worldwide.answers == ["$47.4 million", "$48 million"]  # the body's figure first, the lead's "over" too
    assert "$47.4 million" in worldwide.source_sentence and "$48 million" in worldwide.source_sentence
    assert not any("opening weekend" in t and "gross in" in t for t in her)  # $258,000 limited vs $5.35m wide
    rocky = _by_text(seed_questions, "Rocky")
    assert not any("gross worldwide" in t for t in rocky)  # $225 million vs a mislabelled $107 million


def test_incomplete_award_lists_are_not_asked_as_complete(seed_questions):
    her = _by_text(seed_questions, "Her")
    # five nominations stated, four categories known: "which category was it nominated for" is skipped
    assert "Which category was Her (2013) nominated for at the 86th Academy Awards?" not in her
    rocky = _by_text(seed_questions, "Rocky")
    # "three Oscars", one category known (its other ceremonies' wins, named in full, may be asked)
    assert not any(t.startswith("Which award did Rocky") and "Academy Awards" in t for t in rocky)


# --- determinism, filters, export --------------------------------------------------------------------
def test_same_seed_same_questions_in_the_same_order(seeded_db):
    a = asyncio.run(_generate(seeded_db, n=25, seed=7))
    b = asyncio.run(_generate(seeded_db, n=25, seed=7))
    c = asyncio.run(_generate(seeded_db, n=25, seed=8))
    assert [q.to_dict() for q in a] == [q.to_dict() for q in b]
    assert len(a) == 25 and len({q.id for q in a}) == 25
    assert [q.id for q in a] != [q.id for q in c]
    assert len({q.film_title for q in a}) >= 6  # spread over films


def test_full_generation_is_deterministic(seeded_db, seed_questions):
    again = asyncio.run(_generate(seeded_db))
    assert [q.to_dict() for q in again] == [q.to_dict() for q in seed_questions]


def test_filters(seeded_db):
    async def run():
        conn = await connect(seeded_db, readonly=True)
        try:
            async with conn.execute("SELECT id FROM films WHERE title = 'Rocky'") as cur:
                rocky = (await cur.fetchone())[0]
            qs = await generate(conn, films=[rocky], categories=["crew", "cast"], difficulty="easy")
            with pytest.raises(ValueError):
                await generate(conn, categories=["gossip"])
            return qs
        finally:
            await conn.close()

    qs = asyncio.run(run())
    assert qs and {q.film_title for q in qs} == {"Rocky"}
    assert {q.category for q in qs} <= {"crew", "cast"} and {q.difficulty for q in qs} == {"easy"}


def test_export_json_shape(seed_questions):
    data = json.loads(export_json(seed_questions[:5]))
    assert len(data) == 5
    for obj in data:
        assert {"question", "answers", "distractors", "category", "difficulty", "source"} <= set(obj)
        assert set(obj["source"]) == {"section", "sentence"}
        assert obj["film"]["title"] and obj["kind"] in KINDS


# --- the pure core, without a database ---------------------------------------------------------------
def _row(sentence: str, section: str = "Lead", ref: str = "p0.s0", **kw) -> dict:
    return {**kw, "source": {"section": section, "sentence": sentence, "ref": ref}}


def test_pure_core_drops_questions_that_give_the_answer_away():
    film = Film(1, "Marguerite", "Marguerite", 2001, 1000)
    sentence = "It stars Ada Example as Marguerite and Bo Sample as Lucien."
    facts = {
        "cast": [
            _row(sentence, actor="Ada Example", character="Marguerite", voice=False, order=1),
            _row(sentence, actor="Bo Sample", character="Lucien", voice=False, order=2),
        ],
    }
    qs = questions_for_film(film, facts, Pool(), random.Random(0))
    texts = [q.text for q in qs]
    assert "Who played Marguerite in Marguerite (2001)?" in texts  # the answer is the actor: fine
    assert not any(t.startswith("Which character did Ada Example") for t in texts)  # answer = title
    assert "Which character did Bo Sample play in Marguerite (2001)?" in texts
    assert problems(qs) == []


def test_pure_core_skips_disagreeing_figures_and_empty_fields():
    film = Film(1, "Example", "Example", 2010, 1000)
    facts = {
        "money": [
            _row("It grossed $10 million worldwide.", kind="worldwide", amount=1e7, currency="USD", qualifier="",
                 region="worldwide", text="$10 million"),
            _row("Its worldwide gross was $25 million.", ref="p1.s0", kind="worldwide", amount=2.5e7, currency="USD",
                 qualifier="", region="worldwide", text="$25 million"),
            _row("It cost $4 million.", ref="p2.s0", kind="budget", amount=4e6, currency="USD", qualifier="",
                 region="", text="$4 million"),
        ],
        "crew": [_row("Directed by nobody.", role="director", name="")],
    }
    qs = questions_for_film(film, facts, Pool(), random.Random(0))
    assert [q.text for q in qs] == ["What was the budget of Example (2010)?"]
    assert qs[0].answers == ["$4 million"] and len(qs[0].distractors) == 3  # generated by scaling
    assert all(d.startswith("$") and d.endswith(" million") for d in qs[0].distractors)


def test_money_like_keeps_the_format():
    assert money_like("$47.4 million", 52_360_000) == "$52.4 million"
    assert money_like("$258,000", 301_234) == "$301,000"
    assert money_like("₹12 crore", 150_000_000) == "₹15 crore"
    assert money_like("US$1,075,000", 1_300_000) == "US$1,300,000"


# --- a game as a host would run it (issue 12) --------------------------------------------------------
async def _games(path, titles: tuple[str, ...], per_film: int = 12) -> dict[str, list[Question]]:
    from bot.trivia.questions import game_questions, load_pool

    conn = await connect(path, readonly=True)
    try:
        pool = await load_pool(conn)
        async with conn.execute("SELECT id, title FROM films ORDER BY id") as cur:
            films = [(fid, t) for fid, t in await cur.fetchall() if t in titles]
        return {title: await game_questions(conn, [fid], per_film, seed=3, pool=pool) for fid, title in films}
    finally:
        await conn.close()


@pytest.fixture(scope="module")
def seed_games(corpus_db) -> dict[str, list[Question]]:
    """Games over the seed films as a library of the whole corpus holds them (wrong options come
    from films of the same era, which eight seed articles alone barely have)."""
    return asyncio.run(_games(corpus_db, RICH_SEEDS))


@pytest.mark.corpus
def test_a_game_asks_about_each_person_once_and_no_question_answers_another(seed_games):
    for title, qs in seed_games.items():
        # Filler is rare, so a film has only so many worth asking; round 3's options rules (no festival
        # founded after the film, no option the article names) and round 4's (name-the-film options of
        # its year or within three, "alongside" as filler) leave Spirited Away two.
        # Round 7 (no live-action director offered for an animated film's, and the library holds
        # no other animation director of its time) left The Incredibles' director question
        # typed-only; live-action directors of its era fill such a question (medium_fill), and
        # since round 16's sample those of a family film known by its fame and an animated film's
        # crew of a wider era of its industry too (options.animation_fill): it asks its director.
        assert len(qs) >= 2, (title, len(qs))
        assert all(len(q.distractors) == 3 for q in qs)
        for q in qs:
            for other in qs:
                if other is not q:
                    assert not _words(q.answers[0]) <= _words(other.text.replace(title, "")), (q.text, other.text)
        texts = " | ".join(q.text for q in qs)
        assert "In what year was" not in texts  # every title already shows the year
        assert "mentioned most often" not in texts and "appears in the plot of" not in texts


@pytest.mark.corpus
def test_a_game_leads_with_memorable_facts_and_keeps_filler_rare(seed_games):
    for title, qs in seed_games.items():
        families = [q.family for q in qs]
        filler = [f for f in families if f in ("production.country", "production.genre", "reviews.review_count",
                                                "reviews.publication", "reviews.average", "release.theaters")]
        assert len(filler) <= 1, (title, filler)
        assert len(set(families)) >= len(families) - 4, (title, families)  # spread, not one family
        # (The Incredibles: its one memorable question with fair buttons is "Who directed", whose
        # live-action options round 7 ruled out; round 16's animated-film rules fill it again)
        assert any(
            f.startswith(("cast.lead", "cast.replaced", "crew.director", "awards.", "title.")) for f in families[:3])


def test_name_the_film_questions_and_same_gender_options(seed_questions):
    her = _by_text(seed_questions, "Her")
    # (eight seeds hold no other 2013 film: the year is left out of a question without options of it)
    premise = next(q for t, q in her.items() if t.startswith(("Name the 2013 film:", "Name the film:")))
    # (the masked name told as the sentence describes it, never a bare blank: round 14)
    assert premise.answers == ["Her"] and "___" not in premise.text and "Theodore" not in premise.text
    assert "a man who" in premise.text
    assert "Phoenix" not in premise.text  # (wrong options: 2013 films, which eight seeds barely have)
    credits = next(q for t, q in her.items() if t.startswith(("Which 2013 American film was directed by",
                                                                 "Which American film was directed by")))
    assert credits.answers == ["Her"] and "Spike Jonze" in credits.text
    samantha = her["Who played Samantha in Her (2013)?"]
    assert not {"Joaquin Phoenix", "Chris Pratt"} & set(samantha.distractors)  # a woman's role: no men offered
    debut = _by_text(seed_questions, "The Incredibles")["Which actor made their feature film debut in The Incredibles (2004)?"]
    assert debut.answers == ["Spencer Fox"] and "his feature film debut" in debut.source_sentence


@pytest.mark.corpus
def test_across_films_the_options_are_the_nights_other_films(corpus_db):
    from bot.trivia.questions import _films, _lead_facts, across_films

    async def run() -> tuple[list, dict, list[Question]]:
        conn = await connect(corpus_db, readonly=True)
        try:
            # The rich seeds and the corpus's films of Taxi Driver's and Rocky's decade: round 11's
            # rule (a live-action director's options are live-action films) leaves the eight seeds
            # alone two live-action films of one era, too few for a question.
            async with conn.execute("SELECT id, title, year FROM films ORDER BY id") as cur:
                ids = [fid for fid, t, y in await cur.fetchall() if t in RICH_SEEDS or (y and 1970 <= y <= 1982)]
            films = await _films(conn, ids)
            facts = {f.id: await _lead_facts(conn, f.id) for f in films}
            return films, facts, across_films(films, facts, random.Random(1))
        finally:
            await conn.close()

    films, facts, qs = asyncio.run(run())
    titles = {f.title: f for f in films}
    # Round 3: options only of the answer's country and within 12 years (judges marked a 1950s film
    # beside a 2010s one, or a Tamil film for an American director, as giveaways): fewer, not none.
    assert len([q for q in qs if q.family == "films.directed_by"]) >= 1
    for q in qs:
        if q.family == "films.directed_by":  # round 11: never a film of the other medium
            anim = {t: any(i["key"] == "genre" and "anim" in (i["value"] or "").lower()
                           for i in facts[titles[t].id].get("identity", ())) for t in [q.answers[0], *q.distractors]}
            assert len(set(anim.values())) == 1, anim
        if q.family == "films.directed_by":
            director = q.text.removeprefix("Which of these films did ").removesuffix(" direct?")
            assert director in q.source_sentence
        assert q.answers[0] in q.source_sentence
        assert len(set(q.distractors)) == 3 and q.answers[0] not in q.distractors
        assert set(q.distractors) <= set(titles)


# --- round 3 of the blind judging: the classes of their complaints, on invented films ---------------
def _cast_film(rows: list[tuple[str, str, int]], sentence: str, section: str = "Cast") -> dict:
    return {"cast": [_row(sentence, section=section, actor=a, character=c, voice=False, order=o) for a, c, o in rows]}


def test_a_role_played_at_two_ages_is_not_asked():
    sentence = "Ora Pell as Tessa, Wren Dale as young Tessa, and Ivo Brandt as Bede, a fisherman."
    facts = _cast_film([("Ora Pell", "Tessa", 1), ("Wren Dale", "young Tessa", 2), ("Ivo Brandt", "Bede", 3)], sentence)
    texts = [q.text for q in questions_for_film(Film(1, "Saltmarsh", "Saltmarsh", 1990, 1000), facts, Pool(),
                                                random.Random(0))]
    assert not any("Tessa" in t for t in texts)  # two right answers: Ora Pell and Wren Dale
    assert "Who played Bede in Saltmarsh (1990)?" in texts


def test_the_roles_given_name_tells_its_gender_over_a_misleading_pronoun():
    from bot.trivia.questions import _Builder

    # "she" after the actor's name is about someone else; the role's name is a man's.
    sentence = "Kell Varo as Bill, whose daughter she raised, and Ona Brisk as Mary."
    facts = _cast_film([("Kell Varo", "Bill", 1), ("Ona Brisk", "Mary", 2)], sentence)
    facts["text"] = [{"text": sentence, "section": "Cast"}]
    b = _Builder(Film(1, "Tidewater", "Tidewater", 1990, 1000), facts, Pool(), random.Random(0))
    assert b.gender("Kell Varo") == "m" and b.gender("Ona Brisk") == "f"


def test_only_the_description_beside_a_name_tells_its_gender():
    from bot.trivia.questions import gender_of

    # The next clause is about someone else: a judge is not a woman because she "kills a girl".
    assert gender_of(["Ivo Brandt", "Kell"], ["Kell (Ivo Brandt), a corrupt judge, kills a girl."]) == ""
    assert gender_of(["Ona Brisk", "Mira"], ["He is married to Mira (Ona Brisk), whom he calls Bell."]) == ""
    assert gender_of(["Ona Brisk", "Mira"], ["Mira (Ona Brisk), his younger sister, runs the inn."]) == "f"
    assert gender_of(["Ivo Brandt", "Kell"], ["Ivo Brandt as Kell, a lonely widower."]) == "m"


def test_a_man_is_never_offered_for_a_woman_s_role_when_the_evidence_disagrees():
    # "Mira" is nobody's given name in the vocabulary; the sentence after her name is about him.
    sentence = ("Bede Marrow as Tobin, a ferryman, Ivo Brandt as Cal, a smuggler, Kell Varo as Oren, a priest, "
                "Ora Pell as Nell, a widow, and Mira (Ona Brisk), whom he marries.")
    facts = _cast_film([("Bede Marrow", "Tobin", 1), ("Ivo Brandt", "Cal", 2), ("Kell Varo", "Oren", 3),
                        ("Ora Pell", "Nell", 4), ("Ona Brisk", "Mira", 5)], sentence)
    qs = {q.text: q for q in questions_for_film(Film(1, "Tidewater", "Tidewater", 1990, 1000), facts, Pool(),
                                                 random.Random(0))}
    assert "Ona Brisk" not in qs["Who played Tobin in Tidewater (1990)?"].distractors
    assert qs["Who played Mira in Tidewater (1990)?"].distractors == []


def test_a_role_of_unknown_gender_gets_no_buttons_and_bit_parts_are_not_in_a_game():
    from bot.trivia.questions import family_weight

    sentence = "Kell Varo as Sorrel, Ona Brisk as Mary, Ivo Brandt as John, Bede Marrow as Peter, Ora Pell as Ann."
    facts = _cast_film([("Kell Varo", "Sorrel", 1), ("Ona Brisk", "Mary", 2), ("Ivo Brandt", "John", 3),
                        ("Bede Marrow", "Peter", 4), ("Ora Pell", "Ann", 5)], sentence)
    qs = {q.text: q for q in questions_for_film(Film(1, "Tidewater", "Tidewater", 1990, 1000), facts, Pool(),
                                                 random.Random(0))}
    assert qs["Who played Sorrel in Tidewater (1990)?"].distractors == []  # neither name nor pronoun tells
    assert qs["Who played Peter in Tidewater (1990)?"].family == "cast.minor_role"  # fourth in a cast list
    assert family_weight("cast.minor_role") == 0 and family_weight("cast.lead") > family_weight("reviews.quote")


def test_wrong_options_come_from_the_films_country_language_and_era():
    pool = Pool()
    pool.years.update({1: 1948, 2: 1947, 3: 1946, 4: 1958, 5: 1947, 6: 1945})
    for fid, lang in ((1, "Malayalam"), (2, "Malayalam"), (3, "Hindi"), (4, "Malayalam"), (5, "Malayalam"),
                      (6, "Malayalam")):
        pool.add_film(fid, {"identity": [{"key": "country", "value": "Indian"}, {"key": "language", "value": lang}]})
        pool.add("actor", fid, f"Actor {fid}")
    pool.finish()
    got = {v for _f, v, _x in pool.compatriots("actor", 1, 1948)}
    assert got == {"Actor 2", "Actor 5", "Actor 6"}  # not the Hindi film's, not the 1958 film's


def test_a_film_without_a_stated_country_takes_its_peoples():
    pool = Pool()
    pool.add_film(1, {"identity": [{"key": "country", "value": "Ruritanian"}]})
    pool.add("actor", 1, "Ora Pell")
    pool.add("actor", 2, "Ora Pell")  # film 2's article names no country
    pool.finish()
    assert pool.countries[2] == {"ruritanian"}


def test_a_writer_of_an_adaptation_is_asked_for_the_screenplay():
    facts = {"crew": [_row("It was written by Ora Pell, based on the novel by Ivo Brandt.", role="writer",
                           name="Ora Pell"),
                      _row("It was written by Ora Pell, based on the novel by Ivo Brandt.", role="based_on_author",
                           name="Ivo Brandt")]}
    texts = [q.text for q in questions_for_film(Film(1, "Gullhaven", "Gullhaven", 1950, 1000), facts, Pool(),
                                                random.Random(0))]
    assert "Who wrote the screenplay of Gullhaven (1950)?" in texts and "Who wrote Gullhaven (1950)?" not in texts


def test_across_films_which_won_an_award_and_which_came_out_first():
    from bot.trivia.questions import across_films, pick_game

    # (round 7: only films of the winner's very year are options, so the season's are all of 1950)
    films = [Film(i, t, t, y, 20_000) for i, t, y in ((1, "Gullhaven", 1950), (2, "Saltmarsh", 1950),
                                                      (3, "Tidewater", 1950), (4, "Brackwater", 1950),
                                                      (5, "Farrow Deep", 2018), (6, "Old Quay", 1951))]
    facts = {f.id: {"identity": [_row(f"{f.title} is a {f.year} drama film.", key="year", value=str(f.year))],
                    "award": [], "crew": [], "money": []} for f in films}
    won = "At the 23rd Academy Awards, the film won Best Picture."
    facts[1]["award"] = [_row(won, ceremony="Academy Awards", ordinal=23, year=None, category="Best Picture",
                              outcome="won", recipient="")]
    # Round 21: films of the season the library shows in contention nowhere are no options for an Academy
    # Award ("no one would think they won an Oscar"): the question is not asked ...
    assert "films.won_award" not in {q.family for q in across_films(films, facts, random.Random(0))}
    # ... and it is once they were nominated somewhere players remember.
    for fid in (2, 3, 4, 5, 6):
        facts[fid]["award"] = [_row("It was nominated for Best Actor at the Golden Globe Awards.",
                                    ceremony="Golden Globe Awards", ordinal=None, year=None, category="Best Actor",
                                    outcome="nominated", recipient="Ora Pell")]
    qs = {q.family: q for q in across_films(films, facts, random.Random(0))}
    award = qs["films.won_award"]
    assert award.text == "Which of these films won Best Picture at the 23rd Academy Awards?"
    # films of that season only (the category had one winner that night): never the 1951 or the 2018 film,
    # which a player rules out by their dates
    assert award.answers == ["Gullhaven"] and set(award.distractors) == {"Saltmarsh", "Tidewater", "Brackwater"}
    # which came out first: films some years apart
    films = [Film(i, t, t, y, 20_000) for i, t, y in ((1, "Gullhaven", 1950), (2, "Saltmarsh", 1953),
                                                      (3, "Tidewater", 1958), (4, "Brackwater", 1960))]
    facts = {f.id: {**facts[f.id], "identity": [_row(f"{f.title} is a {f.year} drama film.", key="year",
                                                     value=str(f.year))]} for f in films}
    qs = {q.family: q for q in across_films(films, facts, random.Random(0))}
    first = qs["films.came_first"]
    assert first.answers == ["Gullhaven"] and "1950" in first.source_sentence
    game = pick_game(list(qs.values()), 4, random.Random(0))
    assert game[0].family == "films.came_first"  # before any question shows a year


def test_which_came_out_first_is_not_asked_across_decades():
    from bot.trivia.questions import across_films

    films = [Film(i, t, t, y, 20_000) for i, t, y in ((1, "Gullhaven", 1938), (2, "Saltmarsh", 2011),
                                                      (3, "Tidewater", 2013), (4, "Brackwater", 2018))]
    facts = {f.id: {"identity": [_row(f"{f.title} is a {f.year} drama film.", key="year", value=str(f.year))],
                    "award": [], "crew": [], "money": []} for f in films}
    assert not [q for q in across_films(films, facts, random.Random(0)) if q.family == "films.came_first"]


def _q(family: str, n: int, film_id: int = 1) -> Question:
    return Question(text=f"{family} question {n}?", answers=[f"answer {family} {n}"], distractors=["x", "y", "z"],
                    category=family.split(".")[0] if family.split(".")[0] in CATEGORIES else "cast",
                    difficulty="easy", kind="text", film_id=film_id, film_title="Gullhaven",
                    source_section="Lead", source_sentence=f"{family} {n}.", id=f"{family}{n}", family=family,
                    keys=(f"{family} {n}",))


def test_filler_only_fills_a_game_short_of_questions():
    from bot.trivia.questions import pick_game

    good = [_q("crew.director", 1), _q("cast.lead", 2), _q("awards.won", 3), _q("cast.debut", 4)]
    # (cast.alongside: filler above dull_weight; a dull one is the next test's)
    filler = [_q("reviews.rotten_tomatoes", 5), _q("cast.alongside", 6)]
    assert {q.family for q in pick_game(good + filler, 8, random.Random(0))} == {q.family for q in good}
    short = pick_game(good[:2] + filler, 8, random.Random(0))  # two good ones: under half of eight
    assert len(short) == 3 and sum(q.family in ("reviews.rotten_tomatoes", "cast.alongside") for q in short) == 1


def test_dull_filler_is_asked_only_of_a_film_with_nothing_else():
    """A critic's quote, a gross, a language (weight at most dull_weight) never pads a film's game
    that has a good question (rounds 13-15: 1.0-1.3), but stays a film's one question when it has
    no other, and another film's questions do not count against it."""
    from bot.trivia.questions import pick_game

    good = [_q("crew.director", 1), _q("cast.lead", 2)]
    dull = [_q("box_office", 6), _q("reviews.quote", 7), _q("production.language", 8)]
    assert {q.family for q in pick_game(good + dull, 8, random.Random(0))} == {"crew.director", "cast.lead"}
    alone = pick_game(dull, 8, random.Random(0))
    assert len(alone) == 1 and alone[0].family in {"box_office", "reviews.quote", "production.language"}
    other_film = [_q("crew.director", 9, film_id=2)]
    both = pick_game(other_film + dull, 8, random.Random(0))
    assert sorted(q.film_id for q in both) == [1, 2]


def test_descriptions_are_no_roles_and_a_source_of_a_source_is_not_asked():
    sentence = "Ora Pell as Tessa, Ivo Brandt as a tall fisherman, and Kell Varo as Bede."
    facts = _cast_film([("Ora Pell", "Tessa", 1), ("Ivo Brandt", "tall fisherman", 2), ("Kell Varo", "Bede", 3)],
                       sentence)
    chain = "It is based on the story Gull Song, which was based in turn on an old sea legend."
    facts["identity"] = [_row(chain, key="based_on", value="Gull Song")]
    qs = questions_for_film(Film(1, "Saltmarsh", "Saltmarsh", 1990, 1000), facts, Pool(), random.Random(0))
    texts = [q.text for q in qs]
    assert not any("tall fisherman" in q.text + " ".join(q.distractors) for q in qs)
    assert "Saltmarsh (1990) is based on which work?" not in texts


def test_a_role_another_actor_plays_under_one_of_its_names_is_not_asked():
    sentence = "Ora Pell as Ann Roe/Red Fox and Ivo Brandt as Bede; in the sequel Wren Dale replaced Pell as Red Fox."
    facts = _cast_film([("Ora Pell", "Ann Roe/Red Fox", 1), ("Ivo Brandt", "Bede", 2), ("Wren Dale", "Red Fox", 3)],
                       sentence, section="Lead")
    texts = [q.text for q in questions_for_film(Film(1, "Saltmarsh", "Saltmarsh", 1990, 1000), facts, Pool(),
                                                random.Random(0))]
    assert not any("Red Fox" in t for t in texts) and "Who played Bede in Saltmarsh (1990)?" in texts


# --- round 3 of the blind judging, after the verdicts: classes, on invented films --------------------
def test_descriptions_in_capitals_are_neither_asked_nor_offered_as_characters():
    sentence = ("Ivo Brandt as Tobin Vale, Kell Varo as Police Officer, Bede Marrow as Nell's Father, "
                "Ora Pell as Girl, Ona Brisk as Mira Holt, and Rook Anders as Big Rook.")
    facts = _cast_film([("Ivo Brandt", "Tobin Vale", 1), ("Kell Varo", "Police Officer", 2),
                        ("Bede Marrow", "Nell's Father", 3), ("Ora Pell", "Girl", 4), ("Ona Brisk", "Mira Holt", 5),
                        ("Rook Anders", "Big Rook", 6)], sentence)
    qs = questions_for_film(Film(1, "Tidewater", "Tidewater", 1990, 1000), facts, Pool(), random.Random(0))
    shown = " | ".join(q.text + " " + " ".join(q.answers + q.distractors) for q in qs
                       if q.family.startswith(("characters", "cast.actor", "cast.lead", "cast.minor")))
    for description in ("Police Officer", "Nell's Father", "Girl"):
        assert description not in shown
    assert "Big Rook" not in shown  # "Who played Big Rook?" — Rook Anders: the name gives it away
    assert "Which character did Ivo Brandt play in Tidewater (1990)?" in [q.text for q in qs]


def test_a_pageant_title_is_no_performer():
    sentence = "Ona Brisk as Mira Holt, Ora Pell as Nell Vance, and Miss Ruritania World as herself."
    facts = _cast_film([("Ona Brisk", "Mira Holt", 1), ("Ora Pell", "Nell Vance", 2),
                        ("Miss Ruritania World", "Tessa", 3)], sentence)
    qs = questions_for_film(Film(1, "Tidewater", "Tidewater", 1990, 1000), facts, Pool(), random.Random(0))
    assert not any("Miss Ruritania World" in q.answers + q.distractors for q in qs)


def test_a_festival_younger_than_the_film_is_no_option():
    from bot.trivia.questions import _festival_founded

    # Read from the vocabulary: the festival of a 1992 premiere cannot be one first held in 2002.
    founded = _festival_founded()
    assert founded["tribeca film festival"] > 1992 >= founded["cannes film festival"]


def test_options_are_of_the_films_language_even_when_another_film_names_none():
    pool = Pool()
    pool.years.update({1: 2018, 2: 2017, 3: 2018, 4: 2016})
    for fid, langs in ((1, ["Tamil"]), (2, ["Tamil"]), (3, []), (4, ["Hindi"])):
        pool.add_film(fid, {"identity": [{"key": "country", "value": "Indian"},
                                         *({"key": "language", "value": x} for x in langs)]})
        pool.add("actor", fid, f"Actor {fid}")
    pool.add("actor", 3, "Actor 4")  # film 3 names no language, but shares a star with the Hindi film
    pool.finish()
    assert {v for _f, v, _x in pool.compatriots("actor", 1, 2018)} == {"Actor 2"}


def test_filming_places_a_host_would_ask():
    from bot.trivia.questions import _Builder, _production

    def asked(sentence: str, place: str, country: str) -> list[Question]:
        pool = Pool()
        for fid, loc in ((2, "Ostmark"), (3, "Vellmoor"), (4, "Brackwater"), (5, "Saltmarsh")):
            pool.years[fid] = 1990
            pool.add_film(fid, {"identity": [{"key": "country", "value": "Ruritanian"}]})
            pool.add("location", fid, loc)
        pool.add_film(1, {"identity": [{"key": "country", "value": country}]})
        pool.finish()
        facts = {"production": [_row(sentence, key="filming_location", value=place, date=None)], "identity": []}
        b = _Builder(Film(1, "Tidewater", "Tidewater", 1990, 1000), facts, pool, random.Random(0))
        _production(b)
        return [q for q in b.finish() if q.family == "production.filming_location"]

    assert asked("The film was shot in Gullhaven.", "Gullhaven", "Ruritanian")[0].distractors
    # a Ruritanian film shot in Ruritania is no question worth buttons; "some scenes" is not all of them
    assert not asked("The film was shot in Ruritania.", "Ruritania", "Ruritanian")[0].distractors
    assert not asked("Some scenes were shot in Gullhaven.", "Gullhaven", "Ruritanian")


def test_a_premise_that_spells_the_title_out_is_not_asked():
    from bot.trivia.questions import _folded

    assert _folded(["two", "harbour"]) & _folded(["2", "harbours"])  # "a two Harbour town" names "2 Harbours"


def test_a_stub_is_no_option_of_which_came_out_first():
    from bot.trivia.questions import across_films

    films = [Film(i, t, t, y, n) for i, t, y, n in ((1, "Gullhaven", 1950, 1000), (2, "Saltmarsh", 1953, 20_000),
                                                    (3, "Tidewater", 1955, 20_000), (4, "Brackwater", 1958, 20_000))]
    facts = {f.id: {"identity": [_row(f"{f.title} is a {f.year} drama film.", key="year", value=str(f.year))],
                    "award": [], "crew": [], "money": []} for f in films}
    assert not [q for q in across_films(films, facts, random.Random(0)) if q.family == "films.came_first"]


def test_a_thin_film_gets_its_headline_questions_only():
    from bot.trivia.questions import film_budget, pick_game

    thin = [Question(text=f"{fam} {n}?", answers=[f"a {fam} {n}"], distractors=["x", "y", "z"], category="crew",
                     difficulty="easy", kind="person", film_id=1, film_title="Gullhaven", source_section="Lead",
                     source_sentence=f"s {fam} {n}", id=f"{fam}{n}", family=fam, article_chars=2000)
            for n, fam in enumerate(("crew.director", "cast.lead", "crew.writer", "reviews.quote"))]
    most, least = film_budget(2000)
    game = pick_game(thin, 12, random.Random(0))
    assert 0 < len(game) <= most and all(q.family in ("crew.director", "cast.lead") for q in game)
    assert film_budget(0) == film_budget(100_000)  # unknown or rich: no limit


def test_premise_echoing_the_title_is_not_asked():
    from bot.trivia.questions import _echoes_title, distinct_tokens

    assert _echoes_title(distinct_tokens("a princess on a visit to Rome"), distinct_tokens("Roman Days"))
    assert not _echoes_title(distinct_tokens("a princess on a visit to Paris"), distinct_tokens("Roman Days"))


def test_also_known_as_a_and_b_is_two_titles():
    from bot.trivia.questions import _alt_parts

    assert _alt_parts("Gullhaven and G.U.L.L.", "Gullhaven") == ["G.U.L.L."]
    assert _alt_parts("Salt and Pepper", "Gullhaven") == ["Salt and Pepper"]


def test_a_dialogue_credit_is_no_writer_and_one_song_no_score():
    facts = {"crew": [_row("With dialogues by Ora Pell, the film is an engrossing watch.", role="writer",
                           name="Ora Pell"),
                      _row("The soundtrack consists of just one song, composed by Ivo Brandt.", role="composer",
                           name="Ivo Brandt")]}
    texts = [q.text for q in questions_for_film(Film(1, "Gullhaven", "Gullhaven", 1950, 1000), facts, Pool(),
                                                random.Random(0))]
    assert not [t for t in texts if t.startswith(("Who wrote", "Who composed"))]


def test_a_cast_list_s_next_player_tells_no_gender():
    from bot.trivia.questions import gender_of

    s = "The film also stars Ora Pell as Lune, Ivo Brandt as Lune's brother Bede, and Jo Bell as Mara."
    assert gender_of(["Ora Pell", "Lune"], [s]) == ""


def _texts(facts: dict) -> list[str]:
    return [q.text for q in questions_for_film(Film(1, "Gullhaven", "Gullhaven", 1950, 1000), facts, Pool(),
                                               random.Random(0))]


def _money(sentence: str, kind: str, amount: float, text: str, region: str = "") -> dict:
    return _row(sentence, section="Box office", kind=kind, amount=amount, amount_high=None, text=text,
                currency="USD", region=region, qualifier="")


def test_a_budget_the_sentence_gives_twice_is_not_asked():
    two = "The film cost about $160 million without tax breaks, with the eventual cost around $140 million."
    assert not [t for t in _texts({"money": [_money(two, "budget", 160e6, "$160 million")]}) if "budget" in t]
    both = "It grossed $98.2 million worldwide against a budget of $38 million."
    asked = _texts({"money": [_money(both, "worldwide", 98.2e6, "$98.2 million"), _money(both, "budget", 38e6, "$38 million")]})
    assert "What was the budget of Gullhaven (1950)?" in asked and "How much did Gullhaven (1950) gross worldwide?" in asked


def test_no_home_market_guess_and_no_gross_to_the_dollar():
    us = "In the United States, it grossed US$13.3 million."
    assert not [t for t in _texts({"money": [_money(us, "domestic", 13.3e6, "US$13.3 million")]}) if "gross" in t]
    exact = "The film grossed $74,134,790 worldwide."
    assert not [t for t in _texts({"money": [_money(exact, "worldwide", 74134790, "$74,134,790")]}) if "gross" in t]


def test_two_directors_from_two_sentences_are_not_asked():
    facts = {"crew": [_row("The film was directed by Ora Pell.", role="director", name="Ora Pell"),
                      _row("In 2007, Ivo Brandt was hired to direct.", ref="p3.s1", role="director", name="Ivo Brandt")]}
    assert "Who directed Gullhaven (1950)?" not in _texts(facts)


def test_a_directing_award_to_the_director_is_not_asked():
    won = "Ora Pell won Best Director at the Example Critics Awards."
    facts = {"crew": [_row("It was directed by Ora Pell.", role="director", name="Ora Pell")],
             "award": [_row(won, section="Accolades", ceremony="Example Critics Awards", ordinal=None, year=None,
                            category="Best Director", outcome="won", recipient="Ora Pell")]}
    assert not [t for t in _texts(facts) if t.startswith("Who won Best Director")]


def test_award_options_are_not_of_a_right_answer_s_field():
    from bot.trivia.questions import _category_words, _echoes_title

    right = _category_words("Best Scoring of a Musical Picture")
    assert _echoes_title(_category_words("Best Original Score"), right)
    assert not _echoes_title(_category_words("Best Costume Design"), right)


def test_the_source_author_of_another_adaptation_is_not_this_films():
    """Round 6: an aside on a later film of the same novel gave its author as this film's source."""
    facts = {"crew": [
        _row("It is based on the novel by Ora Pell.", role="based_on_author", name="Ora Pell"),
        _row("Ivo Brandt's later film Other Tale (1961) was based on a stage version of Bede Marrow's novel.",
             ref="p1.s0", role="based_on_author", name="Bede Marrow"),
    ]}
    qs = questions_for_film(Film(1, "Gullhaven", "Gullhaven", 1945, 1000), facts, Pool(), random.Random(0))
    source = [q for q in qs if q.text == "Gullhaven (1945) is based on a work by which author?"]
    assert source and "Ora Pell" in source[0].answers
    assert not any("Bede Marrow" in q.answers for q in qs)


def test_a_pair_the_article_names_jointly_is_accepted_by_that_name():
    """Round 6: 'the <Surname> brothers', as the article credits a directing pair, was marked wrong."""
    sentence = "The film was written and directed by the Tesk brothers, Ivo Tesk and Kip Tesk."
    facts = {"crew": [_row(sentence, role="director", name="Ivo Tesk"), _row(sentence, role="director", name="Kip Tesk")],
             "text": [{"text": sentence, "section": "Lead"}]}
    qs = questions_for_film(Film(1, "Saltmarsh", "Saltmarsh", 1990, 1000), facts, Pool(), random.Random(0))
    director = [q for q in qs if q.text == "Who directed Saltmarsh (1990)?"]
    assert director, [q.text for q in qs]
    assert {"Ivo Tesk", "Kip Tesk", "the Tesk brothers"} <= set(director[0].answers)


def test_only_the_films_first_showing_is_asked_as_its_premiere():
    # Round 9's two wrong answers: one territory's premiere and a dub's premiere a year after the film
    # were asked as "the" premiere.
    from bot.trivia.questions import _Builder, _release

    def premiere_questions(sentence: str, date: str) -> list[Question]:
        pool = Pool()
        for fid, fest in ((2, "Ostmark Film Festival"), (3, "Vellmoor Film Festival"), (4, "Brackwater Film Festival")):
            pool.years[fid] = 2001
            pool.add("festival", fid, fest)
        pool.finish()
        facts = {"release": [_row(sentence, section="Release", kind="premiere", event="Gullhaven Film Festival",
                                  date=date, date_text="", territory="")], "identity": []}
        b = _Builder(Film(1, "Tidewater", "Tidewater", 2001, 1000), facts, pool, random.Random(0))
        _release(b)
        return [q for q in b.finish() if q.family == "release.premiere_event"]

    assert premiere_questions("Tidewater had its world premiere at the Gullhaven Film Festival.", "2001-05-02")
    assert premiere_questions("The film's world premiere was at the Gullhaven Film Festival.", "2001-05-02")
    assert not premiere_questions("Tidewater had its Ruritanian premiere at the Gullhaven Film Festival.", "2001-05-02")
    assert not premiere_questions("The dubbed version premiered at the Gullhaven Film Festival.", "2001-09-07")
    assert not premiere_questions("It premiered at the Gullhaven Film Festival.", "2002-09-07")  # a year after the film


def test_a_part_is_asked_by_the_articles_fullest_name_never_a_plot_descriptor():
    # Round 13: "Fifteen-year-old Kitty" lifted from a plot sentence; a lead's part cut to a surname.
    from bot.trivia.questions import asked_role
    assert asked_role("Tessa", "Fifteen-year-old Tessa (Ora Pell), the niece of Kip, runs away.", []) == "Tessa"
    texts = ["Ivo Brandt, a ferry pilot, returns to Ruritania.", "When Brandt arrives, Ivo Brandt finds the quay shut.",
             "Ivo Brandt leaves.", "Dora Brandt, his aunt, stays."]
    assert asked_role("Brandt", "Tam Osk as Brandt", texts) == "Ivo Brandt"  # three to one: the lead's name
    # Two fuller forms as common: the article does not say which one the credit means.
    assert asked_role("Brandt", "Tam Osk as Brandt", ["Ivo Brandt left.", "Ivo Brandt came.", "Dora Brandt left.",
                                                      "Dora Brandt came."]) == "Brandt"
    # A sentence's first word is no given name ("When Brandt …" twice).
    assert asked_role("Brandt", "Tam Osk as Brandt", ["When Brandt left.", "When Brandt came."]) == "Brandt"
    assert asked_role("Lune Varga", "Ora Pell as Lune Varga", texts) == "Lune Varga"


def test_a_nickname_in_single_quotes_is_asked_whole_never_cut_at_its_quote():
    # Round 17: "Who played Doc' Penny?" from a plot sentence opening "'Doc' Penny (actor) and ...".
    from bot.trivia.questions import asked_role
    assert asked_role("Brandt", "'Doc' Brandt (Tam Osk) and two other members of his gang rob a bank.", []) == "'Doc' Brandt"
    assert asked_role("Brandt", "‘Doc’ Brandt (Tam Osk) robs a bank.", []) == "‘Doc’ Brandt"
    # An apostrophe inside a name stays part of it; a possessive before the part is no nickname.
    assert asked_role("Brandt", "Kip O'Dea Brandt (Tam Osk) robs a bank.", []) == "Kip O'Dea Brandt"
    assert "'" not in asked_role("Brandt", "The gang's Brandt (Tam Osk) robs a bank.", []).replace("Brandt", "")


def _ruritanian_part_questions(lead: str) -> list[Question]:
    pool = Pool()
    for fid in range(2, 9):
        pool.years[fid] = 2012
        pool.add("title", fid, f"Tale {fid}", 20_000)
        pool.add("actor", fid, ("Peter Marrow", "John Morrow", "Tom Osk", "Paul Dale", "Mark Pell", "Carl Brandt",
                                "Hugh Varga")[fid - 2], 2)
        pool.add_film(fid, {"identity": [{"key": "country", "value": "Ruritanian"}]})
    pool.years[1] = 2013
    pool.finish()
    row = lambda s, sec, **kw: {**kw, "source": {"section": sec, "sentence": s, "ref": "p0.s0"}}  # noqa: E731
    facts = {"identity": [row(lead, "Lead", key="country", value="Ruritanian")],
             "cast": [row(lead, "Lead", actor="Ivo Brandt", character="Kip Hale", order=1, voice=False),
                      row("Tam Osk as Bede Morrow, his brother", "Cast", actor="Tam Osk", character="Bede Morrow",
                          order=2, voice=False)],
             "text": [{"text": lead, "section": "Lead"}]}
    return questions_for_film(Film(1, "Other Tale", "Other Tale", 2013, 20_000), facts, pool, random.Random(0))


def test_a_part_the_lead_section_never_names_weighs_less_in_a_game():
    # Round 13: parts met only in the cast list of a little-known film ("Chief Osk") judged 1, the
    # parts its lead names 2-3.
    opening = "Other Tale is a 2013 Ruritanian film starring Ivo Brandt as Kip Hale"
    def share(lead: str, part: str = "Bede Morrow") -> float:
        return next(q.share for q in _ruritanian_part_questions(lead) if part in q.text)
    assert share(f"{opening} and Tam Osk as Bede Morrow.") == 1.0
    assert share(f"{opening} and Tam Osk.") == 1.0  # a star the lead names: a part players may know
    assert share(f"{opening}.") < 1.0  # met only in the cast list
    assert share(f"{opening}.", "Kip Hale") == 1.0


def test_an_upcoming_film_of_no_year_is_asked_nothing():
    # Round 15: an upcoming film's director, its year unknown, was worth 0 ("unreleased; not
    # trivia-night material").
    from bot.trivia.questions import unreleased

    facts = {"crew": [_row("Other Tale is an upcoming Ruritanian thriller film directed by Ivo Brandt.",
                           role="director", name="Ivo Brandt")],
             "text": [{"text": "Other Tale is an upcoming Ruritanian thriller film directed by Ivo Brandt.",
                       "section": "Lead"}]}
    assert unreleased(Film(1, "Other Tale", "Other Tale", None, 3000), facts)
    assert questions_for_film(Film(1, "Other Tale", "Other Tale", None, 3000), facts, Pool(), random.Random(0)) == []
    # a known year, or a lead that calls it no such thing: asked as before
    assert not unreleased(Film(1, "Other Tale", "Other Tale", 2019, 3000), facts)
    released = {**facts, "text": [{"text": "Other Tale is a Ruritanian thriller film directed by Ivo Brandt.",
                                   "section": "Lead"}]}
    assert not unreleased(Film(1, "Other Tale", "Other Tale", None, 3000), released)
    # shown at a festival already, though its article still calls it upcoming
    shown = {**facts, "release": [_row("It premiered at the Example Film Festival on 5 October 2019.",
                                       date="2019-10-05", event="Example Film Festival")]}
    assert not unreleased(Film(1, "Other Tale", "Other Tale", None, 3000), shown)


def test_round18_a_part_whose_young_version_is_told_by_its_players_name_is_asked_as_the_older_one():
    # Round 18: "actors to play the younger versions of <lead> and <co-star>'s characters" named the
    # lead's player, not the part: "Who played <part>?" did not accept the young version's player.
    pool = Pool()
    pool.years[1] = 2018
    pool.add("title", 1, "Other Tale", 20_000)
    pool.finish()
    lead = "Other Tale is a 2018 Ruritanian romantic drama film starring Ora Pell and Kip Morrow."
    plot = "Tessa (Ora Pell) is a travel photographer; Ivo (Kip Morrow) is a teacher."
    film = Film(1, "Other Tale", "Other Tale", 2018, 20_000)

    def asked(production: str) -> set[str]:
        facts = {"cast": [_row(plot, section="Plot", actor="Ora Pell", character="Tessa", order=1, voice=0),
                          _row(plot, section="Plot", actor="Kip Morrow", character="Ivo", order=2, voice=0),
                          _row(plot, section="Plot", actor="Bede Marrow", character="Lune", order=3, voice=0)],
                 "text": [{"text": lead, "section": "Lead"}, {"text": plot, "section": "Plot"},
                          {"text": production, "section": "Production"}]}
        return {q.text for q in questions_for_film(film, facts, pool, random.Random(0)) if q.category == "cast"}

    plain = asked("Principal photography began in May.")
    assert "Who played Tessa in Other Tale (2018)?" in plain
    texts = asked("The crew looked for actors to play the younger versions of Pell and Kip Morrow's characters, "
                  "and selected Lune Varga and Tam Osk for the roles.")
    assert "Who played Tessa in Other Tale (2018)?" not in texts
    assert "Who played Ivo in Other Tale (2018)?" not in texts
    assert "Who played the older Tessa in Other Tale (2018)?" in texts
    assert "Who played the older Ivo in Other Tale (2018)?" in texts
    # A part whose player no age phrase names is asked as before.
    assert ("Who played Lune in Other Tale (2018)?" in texts) == ("Who played Lune in Other Tale (2018)?" in plain)
    # "the young Ora Pell" (the player's name after the age word) is the same class.
    aged = asked("Lune Varga was cast as the young Ora Pell.")
    assert "Who played Tessa in Other Tale (2018)?" not in aged
    assert "Who played the older Tessa in Other Tale (2018)?" in aged
    assert "Who played Ivo in Other Tale (2018)?" in aged


def test_round18_a_one_word_part_the_article_writes_with_the_is_asked_with_the():
    # Rounds 5-18: "'played Raven' should read 'played the Raven'", on every such part.
    from bot.trivia.questions import asked_role
    texts = ["Bede Marrow as the Raven, a masked thief.", "The Raven robs the harbour bank.",
             "Tessa follows the Raven home."]
    assert asked_role("Raven", "Bede Marrow as the Raven, a masked thief.", texts) == "the Raven"
    # Written bare inside sentences more often than with "the": a name, asked as it is.
    texts = ["Tessa meets Raven at the docks.", "Later Raven leaves.", "The Raven is her boat."]
    assert asked_role("Raven", "Bede Marrow as Raven", texts) == "Raven"
    # A given name is never asked with "the"; a bare sentence opening is no witness for the bare form.
    assert asked_role("Anna", "Ora Pell as Anna", ["Ivo meets the Anna of his dreams.", "Anna runs."]) == "Anna"
    assert asked_role("Raven", "Bede Marrow as Raven", ["Raven robs a bank.", "Raven flees.",
                                                         "Tessa follows the Raven."]) == "the Raven"


def test_round18_a_film_made_only_in_a_regional_language_counts_as_less_known():
    # Rounds 14-18: such films' questions judged 1.17 at notability 0.2-0.5 ("regional, niche for a
    # general film night"), other films of that notability 1.8-2.05: fewer of their questions a game.
    from bot.trivia.questions import _regional_languages, film_budget, notability
    pool = Pool()
    pool.finish()
    film = Film(1, "Other Tale", "Other Tale", 2018, 16_000)
    regional = sorted(_regional_languages())[0].title()

    def fame(*languages: str) -> float:
        facts = {"identity": [{"key": "language", "value": v} for v in languages],
                 "award": [{"ceremony": "Ruritania Film Awards", "category": "Best Film", "outcome": "won"}]}
        return notability(film, facts, pool, 16_000)

    assert fame(regional) < fame("English") == fame() == fame("Ruritanian")
    assert fame(regional, "English") == fame("English")  # made in a widely seen language too
    # The same article: a fuller game for the other film, its headline question only for the regional one.
    assert film_budget(16_000, fame(regional))[0] < film_budget(16_000, fame("English"))[0]


def test_a_child_players_billing_is_no_younger_version_and_an_older_part_keeps_one_the():
    # A child player billed "Baby Lune Varga as Tessa" plays the part, not a young version of it; a
    # part written with "the" and played young by another is "the older Raven", never "the older the Raven".
    pool = Pool()
    pool.years[1] = 2018
    pool.add("title", 1, "Other Tale", 20_000)
    pool.finish()
    film = Film(1, "Other Tale", "Other Tale", 2018, 20_000)
    lead = "Other Tale is a 2018 Ruritanian drama film starring Kip Morrow."
    billing = "Baby Lune Varga as Tessa"
    facts = {"cast": [_row(lead, actor="Kip Morrow", character="Raven", order=1, voice=0),
                      _row(billing, section="Cast", actor="Lune Varga", character="Tessa", order=2, voice=0)],
             "text": [{"text": lead, "section": "Lead"}, {"text": billing, "section": "Cast"},
                      {"text": "Kip Morrow plays the Raven, a masked thief.", "section": "Production"},
                      {"text": "The Raven robs the bank while the Raven's men wait.", "section": "Production"},
                      {"text": "Tam Osk was cast as the younger version of Morrow's character.", "section": "Casting"}]}
    texts = {q.text for q in questions_for_film(film, facts, pool, random.Random(0)) if q.category == "cast"}
    assert "Who played the older Raven in Other Tale (2018)?" in texts
    assert "Who played Tessa in Other Tale (2018)?" in texts


def test_a_lead_only_article_is_as_known_as_the_players_it_names_not_as_its_length():
    # Round 22: famous films known here from their lead alone (a blockbuster's 800 characters) scored
    # near 0, as a stub does, and got one dull question. A lead's length tells nothing of fame: the
    # players it names, known from other loaded films, do; a lead calling the film direct-to-video
    # stays little known.
    from bot import vocab
    from bot.trivia.questions import notability
    known_below = float(vocab.load("trivia")["game"]["known_below"])
    pool = Pool()
    stars = ["Kip Morrow", "Tam Osk", "Ned Hale", "Wren Dale"]
    for fid in (2, 3, 4):
        pool.add("title", fid, f"Tale {fid}", 20_000)
        for name in stars:
            pool.add("actor", fid, name)
    pool.finish()
    film = Film(1, "Other Tale", "Other Tale", 2008, 800)
    lead = "Other Tale is a 2008 superhero film directed by Ivo Brandt."

    def fame(players: list[str], text: str = lead) -> float:
        facts = {"cast": [_row(text, actor=p, order=i) for i, p in enumerate(players, 1)],
                 "text": [{"text": text, "section": "Lead"}]}
        return notability(film, facts, pool, 800)

    assert fame(stars) >= known_below
    assert fame(["Lune Varga", "Bede Marrow"]) < 0.1
    assert fame(stars, "Other Tale is a 2008 direct-to-video superhero film.") < 0.2  # (obscure_below)
