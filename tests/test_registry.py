"""The fact registry: each kind declared once on its dataclass, and everything derived from it.

The SQL schema (after every migration, on a real SQLite file) has exactly the columns of each
dataclass; facts come back from the database typed and equal to what was extracted, with their
source; the ``facts --json`` export keeps every key it ever had; and the evidence rule
(a coreferred name is evidenced by its mention) is stated once, on ``Fact``."""

from __future__ import annotations

import sqlite3

import pytest

from bot import queries
from bot.database import connect, migrations
from bot.facts import (
    BY_KIND,
    FACT_TYPES,
    KINDS,
    CastFact,
    CastingEventFact,
    CrewFact,
    Fact,
    ReviewFact,
    ScoreFact,
    Source,
)
from bot.ingest import prepare
from bot.store import save_film
from tests.conftest import SEED

FACT_BASE_COLUMNS = {"id", "film_id", "sentence_id"}


def _table_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


async def test_schema_has_exactly_the_columns_of_each_dataclass(db_path):
    conn = await connect(db_path)  # a real file, every migration applied
    await conn.close()
    with sqlite3.connect(db_path) as c:
        for cls in FACT_TYPES:
            assert _table_columns(c, cls.TABLE) == FACT_BASE_COLUMNS | set(cls.columns()), cls.__name__
        # …and no fact table the registry does not know.
        tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        fact_tables = {t for t in tables if "sentence_id" in _table_columns(c, t)}
        assert fact_tables == {cls.TABLE for cls in FACT_TYPES}


async def test_an_old_database_gains_the_mention_columns(db_path):
    with sqlite3.connect(db_path) as c:
        for number, _name, sql in migrations():
            if number <= 2:
                c.executescript(sql)
        c.execute("PRAGMA user_version = 2")
        c.execute("INSERT INTO films (id, key, title, page_title) VALUES (1, 'x|', 'X', 'X')")
        c.execute("INSERT INTO sentences (id, film_id, idx, section, para, ref, text) VALUES (1, 1, 0, 0, 0, 'p0.s0', 'A B.')")
        c.execute("INSERT INTO cast_members (film_id, sentence_id, actor) VALUES (1, 1, 'A B')")
    conn = await connect(db_path)
    await conn.close()
    with sqlite3.connect(db_path) as c:
        assert c.execute("SELECT actor, mention FROM cast_members").fetchall() == [("A B", "")]
        for cls in (CrewFact, CastFact, CastingEventFact):
            assert "mention" in _table_columns(c, cls.TABLE)


def test_registry_is_one_declaration_per_kind():
    assert KINDS == tuple(cls.KIND for cls in FACT_TYPES)
    for cls in FACT_TYPES:
        assert BY_KIND[cls.KIND] is cls
        assert "cited" not in cls.columns() and "sentence" not in cls.columns()
        for name in cls.EVIDENCE:
            assert name in cls.columns(), (cls.__name__, name)
        if cls.MENTION_OF:
            assert {"mention", cls.MENTION_OF} <= set(cls.columns()) and cls.MENTION_OF in cls.EVIDENCE
    for cls in (CrewFact, CastFact, CastingEventFact):
        assert cls.MENTION_OF


def test_evidence_texts_use_the_mention_for_a_coreferred_name():
    plain = CastFact(sentence=0, actor="Dan Aykroyd", character="Ray")
    assert plain.evidence_texts() == [("actor", "Dan Aykroyd"), ("character", "Ray")]
    coref = CastFact(sentence=0, actor="Dan Aykroyd", character="Ray", mention="Aykroyd")
    assert coref.evidence_texts() == [("actor", "Aykroyd"), ("character", "Ray")]
    assert coref.missing_evidence("It stars Bill Murray and Aykroyd as Ray.") == []
    assert plain.missing_evidence("It stars Bill Murray and Aykroyd as Ray.") == [("actor", "Dan Aykroyd")]
    crew = CrewFact(sentence=0, role="composer", name="Elmer Bernstein", mention="Bernstein")
    assert crew.evidence_texts() == [("name", "Bernstein")]
    event = CastingEventFact(sentence=0, person="Eddie Murphy", event="declined", mention="Murphy")
    assert event.evidence_texts() == [("person", "Murphy")]  # empty fields are never evidence
    review = ReviewFact(sentence=0, critic="", publication="Variety", quote="")
    assert review.evidence_texts() == [("publication", "Variety")]


def _key(f: Fact) -> tuple:
    return (type(f).__name__, f.sentence, repr(f))


async def test_typed_facts_round_trip_with_their_source(db_path):
    article, facts, _ = prepare(SEED.read_bytes())
    # A coreferred cast member survives the round trip with its mention.
    first_cast = facts.of(CastFact)[0]
    extra = CastFact(sentence=first_cast.sentence, actor="Zed Example Person", character="", mention=first_cast.actor)
    facts.extend([extra])
    conn = await connect(db_path)
    try:
        film_id = await save_film(conn, article, facts)
        for cls in FACT_TYPES:
            got = await queries.typed_facts(conn, film_id, cls)
            assert all(type(f) is cls for f in got)
            assert sorted(got, key=_key) == sorted(facts.of(cls), key=_key), cls.__name__
            for f in got:
                assert isinstance(f.cited, Source)
                assert f.cited.idx == f.sentence and f.cited.sentence == article.sentences[f.sentence].text
                assert f.cited.section and f.cited.ref == article.sentences[f.sentence].ref
                assert f.missing_evidence(f.cited.sentence) == []
        cast = await queries.typed_facts(conn, film_id, CastFact)
        assert any(c.actor == "Zed Example Person" and c.mention == first_cast.actor for c in cast)
        assert all(isinstance(c.voice, bool) for c in cast)
        # The dict view is the same facts; ScoreFact's aggregator keeps its old key.
        rows = await queries.facts(conn, film_id, "score")
        scores = await queries.typed_facts(conn, film_id, ScoreFact)
        assert [r["aggregator"] for r in rows] == [s.source for s in scores]
        assert all(r["source"]["sentence"] for r in rows)
    finally:
        await conn.close()


# Every key the export had before the registry: the format may gain fields, never lose one.
EXPORT_V1 = {
    "cast": {"actor", "character", "voice", "source"},
    "crew": {"role", "name", "source"},
    "awards": {"ceremony", "ordinal", "year", "category", "recipient", "outcome", "source"},
    "award_counts": {"ceremony", "count", "outcome", "text", "source"},
    "reviews": {"critic", "publication", "rating", "rating_value", "rating_scale", "verdict", "quote", "source"},
    "money": {"kind", "amount", "amount_high", "currency", "qualifier", "text", "source"},
    "release": {"kind", "date", "event", "place", "theaters", "distributor", "source"},
    "identity": {"key", "value", "source"},
    "casting_history": {"person", "event", "character", "other", "source"},
    "production": {"key", "value", "date", "source"},
    "plot_characters": {"name", "mentions", "source"},
}


@pytest.mark.parametrize("group", sorted(EXPORT_V1))
async def test_export_keeps_every_old_key(seeded_copy, group):
    conn = await connect(seeded_copy)
    try:
        films = await queries.list_films(conn)
        seen = 0
        for film in films:
            data = await queries.export_film(conn, film)
            assert list(data)[:2] == ["title", "year"]
            assert set(data) >= {"title", "year", *EXPORT_V1, "scores"}
            for fact in data[group]:
                seen += 1
                assert EXPORT_V1[group] <= set(fact), (group, fact)
                assert set(fact["source"]) == {"section", "sentence"}
            assert set(data["scores"]) >= {"rotten_tomatoes", "metacritic", "cinemascore", "posttrak"}
            for entry in data["scores"].values():
                if entry is not None:
                    assert "aggregator" not in entry and entry["source"]["sentence"]
            for r in data["reviews"]:
                assert r["rating"] == r["rating_text"]
        assert seen, group
    finally:
        await conn.close()
