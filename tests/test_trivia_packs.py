"""Custom trivia packs (Red-DiscordBot list format): validation, hostile YAML, per-guild storage."""

from __future__ import annotations

import time

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.database import connect
from bot.trivia.packs import (
    MAX_BYTES,
    Pack,
    PackError,
    delete_pack,
    get_pack,
    list_packs,
    parse_pack,
    save_pack,
)
from bot.trivia.session import Game, GameConfig

GOOD = b"""\
AUTHOR: Jane Example
DESCRIPTION: Made-up questions about made-up films
CONFIG:
  max_score: 5
  delay: 30
  timeout: 120
  bot_plays: false
  reveal_answer: true
Who directed The Lighthouse Example?:
  - Anna Example
  - Example
In which year is Night Train Example set?:
  - 1987
How many moons does the planet in Orbit Example have?: [2.5, two and a half]
What colour is the car in Red Road Example?: [red, crimson]
Which city hosts the festival in Example Nights?: [Lisbon]
"""


def problems_of(name: str, data: bytes) -> str:
    with pytest.raises(PackError) as info:
        parse_pack(name, data)
    return str(info.value)


def test_good_pack():
    pack = parse_pack("Example_Pack.yaml", GOOD)
    assert pack.name == "example_pack" and pack.author == "Jane Example"
    assert pack.description.startswith("Made-up")
    assert pack.config == {"max_score": 5, "delay": 30, "timeout": 120, "bot_plays": False, "reveal_answer": True}
    assert pack.entries[0] == ("Who directed The Lighthouse Example?", ("Anna Example", "Example"))
    assert pack.entries[1][1] == ("1987",)  # numbers become text
    assert pack.entries[2][1] == ("2.5", "two and a half")
    qs = pack.questions()
    assert len(qs) == 5
    q = qs[0]
    assert (q.category, q.kind, q.distractors, q.film_id, q.source_sentence) == ("pack:example_pack", "text", (), None, "")
    assert pack.game_overrides() == {"time_limit": 30.0, "max_score": 5000, "reveal_answer": True, "idle_limit": 4}


def test_pack_questions_play_in_typed_and_buttons_games():
    pack = parse_pack("example", GOOD)
    assert pack.supports_buttons
    t = [0.0]
    game = Game(pack.questions(), GameConfig(mode="typed", questions=5, seed=1, **pack.game_overrides()), clock=lambda: t[0])
    game.start()
    game.tick()
    assert game.answer(1, "anna exampel").status == "correct"
    with_options = pack.questions(distractors=True, seed=3)
    assert len(with_options) == 5
    for q in with_options:
        assert len(q.distractors) == 3 and q.answers[0] not in q.distractors
    year = with_options[1]
    assert year.distractors[0] == "2.5"  # numbers are offered as wrong options for numbers first
    assert pack.questions(distractors=True, seed=3) == with_options  # deterministic
    Game(with_options, GameConfig(mode="buttons", questions=5, seed=1))  # accepted


def test_small_pack_is_typed_only():
    pack = parse_pack("tiny", b"AUTHOR: me\nQ one?: [a1]\nQ two?: [a2]\nQ three?: [a3]\n")
    assert not pack.supports_buttons
    assert pack.questions(distractors=True) == []


@pytest.mark.parametrize(
    "data, message",
    [
        (b"- just\n- a list\n", "must be a mapping"),
        (b"hello", "must be a mapping"),
        (b"", "must be a mapping"),
        (b"Who?: [Bob]\n", "AUTHOR is missing"),
        (b"AUTHOR: [me]\nWho?: [Bob]\n", "AUTHOR must be text"),
        (b"AUTHOR: me\n", "no questions"),
        (b"AUTHOR: me\nWho directed it?: Bob\n", "question 1 'Who directed it?': answers must be a non-empty list"),
        (b"AUTHOR: me\nA?: [x]\nB?: [x]\nWho directed it?: []\n", "question 3 'Who directed it?': answers must be a non-empty list"),
        (b"AUTHOR: me\nWho?: [yes]\n", "answer 1 reads as true/false; put it in quotes"),
        (b"AUTHOR: me\nWhen?: [2001-09-11]\n", "answer 1 is a date"),
        (b"AUTHOR: me\nWho?: [[a, b]]\n", "answer 1 is a list"),
        (b"AUTHOR: me\nWho?: [{a: b}]\n", "answer 1 is a mapping"),
        (b"AUTHOR: me\nWho?: [~]\n", "answer 1 is a date or other value"),
        (b"AUTHOR: me\nWho?: ['  ']\n", "answer 1 is empty"),
        (b"AUTHOR: me\nHow much?: [.inf]\n", "not a usable number"),
        (b"AUTHOR: me\n" + b"Q" * 301 + b"?: [a]\n", "the question is 302 characters; the limit is 300"),
        (b"AUTHOR: me\nWho?: [" + b"a" * 201 + b"]\n", "201 characters; the limit is 200"),
        (b"AUTHOR: me\nCONFIG: 5\nWho?: [a]\n", "CONFIG must be a mapping"),
        (b"AUTHOR: me\nCONFIG: {colour: red}\nWho?: [a]\n", "CONFIG: unknown key 'colour'"),
        (b"AUTHOR: me\nCONFIG: {delay: 1}\nWho?: [a]\n", "CONFIG: delay must be between 5 and 120, not 1"),
        (b"AUTHOR: me\nCONFIG: {delay: soon}\nWho?: [a]\n", "CONFIG: delay must be a number"),
        (b"AUTHOR: me\nCONFIG: {max_score: 2.5}\nWho?: [a]\n", "max_score must be a whole number"),
        (b"AUTHOR: me\nCONFIG: {bot_plays: 1}\nWho?: [a]\n", "bot_plays must be true or false"),
        (b"AUTHOR: me\nWho?: [a\n", "not valid YAML"),
        (b"AUTHOR: me\n\tWho?: [a]\n", "not valid YAML"),
        (b"\xff\xfe AUTHOR", "not UTF-8"),
        (b"AUTHOR: me\nWho?: [a]\n---\nAUTHOR: you\n", "single YAML document"),
        (b"AUTHOR: &a me\nWho?: [*a]\n", "anchors and aliases"),
        (b"AUTHOR: me\nWho?: !!python/object:os.system [a]\n", "custom YAML tags"),
        (b"AUTHOR: !!python/name:os.system me\nWho?: [a]\n", "custom YAML tags"),
        (b"AUTHOR: me\n? [a, b]\n: [c]\n", "not valid YAML"),
    ],
)
def test_bad_packs_give_readable_messages(data, message):
    assert message in problems_of("pack", data)


def test_bad_name():
    assert "pack name" in problems_of("no spaces!", GOOD)
    assert "pack name" in problems_of("x" * 33, GOOD)
    assert "pack name" in problems_of("", GOOD)


def test_all_problems_are_listed_but_capped():
    lines = [b"AUTHOR: me"] + [f"Question {i}?: nope".encode() for i in range(30)]
    with pytest.raises(PackError) as info:
        parse_pack("many", b"\n".join(lines))
    assert len(info.value.problems) == 30
    shown = str(info.value).splitlines()
    assert len(shown) == 10 and shown[-1] == "… and 21 more problems"
    assert shown[0].startswith("question 1 'Question 0?'")


def test_too_many_questions():
    data = b"AUTHOR: me\n" + b"".join(f"Q{i}?: [a]\n".encode() for i in range(501))
    assert "501 questions; the limit is 500" in problems_of("big", data)
    ok = b"AUTHOR: me\n" + b"".join(f"Q{i}?: [a{i}]\n".encode() for i in range(500))
    assert len(parse_pack("big", ok).entries) == 500


def test_large_file_refused_before_parsing():
    data = b"AUTHOR: me\n" + b"# padding\n" * (300 * 1024 // 10)
    started = time.perf_counter()
    assert "KB; the limit is 256 KB" in problems_of("huge", data)
    assert time.perf_counter() - started < 0.05
    assert len(data) > MAX_BYTES


def test_yaml_bomb_refused_quickly():
    bomb = b"""\
AUTHOR: me
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""
    started = time.perf_counter()
    assert "anchors and aliases" in problems_of("bomb", bomb)
    assert time.perf_counter() - started < 0.1


@pytest.mark.parametrize("data", [b"[" * 20000 + b"]" * 20000, b"{a: " * 5000 + b"b" + b"}" * 5000])
def test_deep_nesting_refused_quickly(data):
    started = time.perf_counter()
    assert "nested too deeply" in problems_of("deep", data)
    assert time.perf_counter() - started < 0.5


def test_many_nodes_refused():
    data = b"AUTHOR: me\nQ?: [" + b"a," * 60000 + b"a]\n"
    assert len(data) < MAX_BYTES
    assert "more than 50000 YAML values" in problems_of("wide", data)


def test_huge_integer_does_not_escape():
    # Python refuses int("9" * 10000) with ValueError; it must come out as a PackError
    data = b"AUTHOR: me\nQ?: [" + b"9" * 10000 + b"]\n"
    assert "not valid YAML" in problems_of("int", data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_parse_pack_only_raises_pack_error_on_bytes(data):
    try:
        assert isinstance(parse_pack("fuzz", data), Pack)
    except PackError as exc:
        assert str(exc)


yaml_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30), st.dates(),
)
yaml_values = st.recursive(
    yaml_scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.one_of(st.sampled_from(["AUTHOR", "DESCRIPTION", "CONFIG"]), st.text(max_size=40), st.integers()),
        yaml_values,
        max_size=8,
    ),
    st.text(max_size=40),
)
def test_parse_pack_only_raises_pack_error_on_yaml_shaped_input(doc, name):
    data = yaml.safe_dump(doc, allow_unicode=True).encode("utf-8", "surrogatepass")
    try:
        pack = parse_pack(name, data)
    except PackError as exc:
        assert str(exc)
    else:
        assert pack.entries and all(answers for _, answers in pack.entries)


@given(st.text(max_size=500))
@settings(max_examples=200, deadline=None)
def test_parse_pack_only_raises_pack_error_on_text(text):
    try:
        parse_pack("fuzz", text)
    except PackError:
        pass


# --- storage ----------------------------------------------------------------------------------------


@pytest.fixture
async def conn(tmp_path):
    c = await connect(tmp_path / "packs.db")
    yield c
    await c.close()


async def test_packs_are_per_guild(conn):
    pack = parse_pack("example", GOOD)
    await save_pack(conn, 1, pack, 42)
    assert [p.name for p in await list_packs(conn, 1)] == ["example"]
    info = (await list_packs(conn, 1))[0]
    assert (info.author, info.questions, info.created_by) == ("Jane Example", 5, 42)
    assert await list_packs(conn, 2) == []
    assert await get_pack(conn, 2, "example") is None
    assert await delete_pack(conn, 2, "example") is False
    loaded = await get_pack(conn, 1, "Example")
    assert loaded == pack

    # the same name in another server is another pack
    other = parse_pack("example", b"AUTHOR: someone else\nQ?: [a]\n")
    await save_pack(conn, 2, other, 7)
    assert (await get_pack(conn, 1, "example")).author == "Jane Example"
    assert (await get_pack(conn, 2, "example")).author == "someone else"

    # saving again replaces
    await save_pack(conn, 1, other, 43)
    assert (await get_pack(conn, 1, "example")).entries == other.entries
    assert len(await list_packs(conn, 1)) == 1

    assert await delete_pack(conn, 1, "example") is True
    assert await get_pack(conn, 1, "example") is None
    assert (await get_pack(conn, 2, "example")) is not None
