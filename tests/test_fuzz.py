"""Property tests: hostile or random input never raises, replies stay within Discord's limits,
and the database stays consistent."""

from __future__ import annotations

import asyncio
import random
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.article import parse_article
from bot.console import commands_for, parse_line
from bot.handlers import Ctx, Handlers
from bot.ingest import BadArticle, prepare
from bot.library import Library
from bot.render import check_limits
from tests.conftest import sample_articles

HOSTILE = st.one_of(
    st.text(max_size=300),
    st.sampled_from([
        "@everyone", "@here", "<@123456789012345678>", "<@&1>", "**bold** __u__ ~~s~~ `c` ||spoiler||",
        "'; DROP TABLE films; --", "\" OR 1=1 --", "%", "_", "\\", "\u202e\u2066evil\u2069", "\x00\x07\x1b[31m",
        "x" * 6000, "🎬" * 500, "Her (2013)", "her", "", " ", "#1", "#999999999999999999999",
    ]),
)


def _assert_reply_ok(reply) -> None:
    for e in reply.embeds:
        assert not check_limits(e), (check_limits(e), e.get("title"))
    assert len(reply.content) <= 2000
    assert len(reply.choices) <= 25


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(film=HOSTILE, other=HOSTILE, pick=st.integers(0, 6))
def test_handlers_survive_any_option(seeded_db, film, other, pick):
    async def go() -> None:
        lib = await Library.open(seeded_db)
        try:
            h = Handlers(lib)
            ctx = Ctx(user_id=1, guild_id=2, channel_id=3)
            calls = [
                lambda: h.film(ctx, film),
                lambda: h.cast(ctx, film, character=other),
                lambda: h.cast(ctx, "her", actor=other),
                lambda: h.awards(ctx, film, ceremony=other, outcome=other[:10]),
                lambda: h.plot(ctx, "her", character=other, length=other[:5]),
                lambda: h.reviews(ctx, film, critic=other, publication=other),
                lambda: h.boxoffice(ctx, film),
            ]
            reply = await calls[pick]()
            _assert_reply_ok(reply)
            text = str(reply.embeds) + reply.content
            assert "@everyone" not in text and "@here" not in text
        finally:
            await lib.close()

    asyncio.run(go())


@settings(max_examples=80, deadline=None)
@given(line=st.text(max_size=400))
def test_console_lines_parse_or_explain(line):
    class Dummy:
        def __getattr__(self, name):
            return None

    known = commands_for(Dummy())  # type: ignore[arg-type]
    out = parse_line(line, known)
    assert isinstance(out, str | tuple)


def _mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 12)):
        op = rng.randrange(6)
        i = rng.randrange(len(lines)) if lines else 0
        if op == 0 and lines:
            del lines[i]
        elif op == 1 and lines:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif op == 2 and lines:
            s = lines[i]
            cut = rng.randrange(len(s) + 1)
            lines[i] = s[:cut] + rng.choice(["", "\n", "(", ")", "$", "%", "\"", "  ", "\u200b", "Plot", "Cast"]) + s[cut:]
        elif op == 3:
            lines.insert(i, rng.choice(["", "Reception", "== Box office ==", "Accolades", "x" * 300]))
        elif op == 4 and lines:
            lines[i] = lines[i].upper()
        else:
            rng.shuffle(lines)
    return "\n".join(lines)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10**6))
def test_parser_and_extractors_survive_mutated_corpus_articles(seed):
    rng = random.Random(seed)
    files = sample_articles()
    text = _mutate(files[rng.randrange(len(files))].read_text(encoding="utf-8"), rng)
    try:
        article, facts, _ = prepare(text.encode("utf-8"))
    except BadArticle:
        return
    for f in facts.items:
        sentence = article.sentences[f.sentence].text
        for field, value in f.evidence_texts():
            assert value in sentence, (field, value, sentence)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=2000) | st.text(max_size=2000).map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_arbitrary_bytes_are_an_article_or_one_clear_reason(data):
    try:
        prepare(data)
    except BadArticle as exc:
        assert str(exc) and "\n" not in str(exc)


@given(text=st.text(max_size=3000))
@settings(max_examples=100, deadline=None)
def test_parse_article_never_loses_text(text):
    try:
        a = parse_article(text)
    except ValueError:
        assert not text.strip()
        return
    for p in a.paragraphs:
        assert "".join(a.sentences[i].text for i in p.sentences).replace(" ", "") == p.text.replace(" ", "")


async def test_ingesting_hostile_articles_keeps_the_database_consistent(seeded_copy):
    from bot.database import connect
    from bot.ingest import ingest_bytes

    conn = await connect(seeded_copy)
    rng = random.Random(11)
    files = sample_articles()
    for _ in range(25):
        text = _mutate(files[rng.randrange(len(files))].read_text(encoding="utf-8"), rng)
        await ingest_bytes(conn, text.encode(), source="fuzz.txt")
    await conn.close()
    with sqlite3.connect(seeded_copy) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        c.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")


async def test_caches_follow_the_set_of_films(seeded_copy):
    """Name indexes cached per film are dropped when films change (keyed on Library.version)."""
    lib = await Library.open(seeded_copy)
    try:
        h = Handlers(lib)
        ctx = Ctx(user_id=1, guild_id=2, channel_id=3)
        before = lib.version
        await h.cast(ctx, "her", character="samantha")
        assert h._names
        her = lib.resolve("her").film
        await lib.remove(her.id)
        assert lib.version == before + 1
        reply = await h.cast(ctx, "taxi driver", character="nobody at all")
        assert reply.error and all(key[0] != her.id for key in h._names)
    finally:
        await lib.close()
