"""Custom trivia packs (Red-DiscordBot list format): Red's rules, Red's own 54 lists, hostile YAML."""

from __future__ import annotations

import time

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.trivia.packs import (
    MAX_BYTES,
    Pack,
    PackError,
    parse_pack,
)
from bot.trivia.session import Game, GameConfig
from bot.trivia.settings import TriviaSettings
from tests.conftest import SHARED

RED_LISTS = SHARED / "corpus" / "red-trivia-lists"

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
    # Red's meanings: max_score counts right answers, timeout is seconds without any answer
    assert pack.game_overrides() == {"time_limit": 30.0, "target_correct": 5, "idle_timeout": 120.0,
                                     "reveal_answer": True, "bot_plays": False}
    assert pack.notes == ()


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
        (b"AUTHOR: [me]\nWho?: [Bob]\n", "AUTHOR must be text"),
        (b"AUTHOR: 1234\nWho?: [Bob]\n", "AUTHOR must be text (put it in quotes)"),
        (b"DESCRIPTION: {a: b}\nWho?: [Bob]\n", "DESCRIPTION must be text"),
        (b"$schema: [x]\nWho?: [Bob]\n", "$schema must be text"),
        (b"AUTHOR: me\n", "no questions"),
        (b"AUTHOR: me\nWho directed it?: Bob\n", "question 1 (line 2) 'Who directed it?': answers must be a non-empty list"),
        (b"AUTHOR: me\nA?: [x]\nB?: [x]\nWho directed it?: []\n", "question 3 (line 4) 'Who directed it?': answers must be a non-empty list"),
        (b"AUTHOR: me\nWho?:\n", "question 1 (line 2) 'Who?': answers must be a non-empty list"),
        (b"AUTHOR: me\nWhen?: [2001-09-11]\n", "answer 1 is a date"),
        (b"AUTHOR: me\nWho?: [[a, b]]\n", "answer 1 is a list"),
        (b"AUTHOR: me\nWho?: [{a: b}]\n", "answer 1 is a mapping"),
        (b"AUTHOR: me\nWho?: [~]\n", "answer 1 is empty"),
        (b"AUTHOR: me\nWho?: [a, null]\n", "answer 2 is empty"),
        (b"AUTHOR: me\nWho?: ['  ']\n", "answer 1 is empty"),
        (b"AUTHOR: me\n1969: [a]\n", "question 1 (line 2): the question '1969' is a number; put it in quotes"),
        (b"AUTHOR: me\nyes: [a]\n", "the question 'True' reads as true/false; put it in quotes"),
        (b"AUTHOR: me\n2001-09-11: [a]\n", "the question '2001-09-11' is a date; put it in quotes"),
        (b"AUTHOR: me\n~: [a]\n", "question 1 (line 2): the question is empty"),
        (b"AUTHOR: me\n'  ': [a]\n", "question 1 (line 2): the question is empty"),
        (b"AUTHOR: me\n? " + b"Q" * 1901 + b"?\n: [a]\n", "the question is 1,902 characters; the limit is 1,900"),
        (b"AUTHOR: me\nWho?: [" + b"a" * 1901 + b"]\n", "answer 1 is 1,901 characters; the limit is 1,900"),
        (b"AUTHOR: me\nWho?: [" + b"a," * 100 + b"b]\n", "101 answers; the limit is 100"),
        (b"AUTHOR: " + b"x" * 1001 + b"\nWho?: [a]\n", "AUTHOR is 1,001 characters; the limit is 1,000"),
        (b"AUTHOR: me\nCONFIG: 5\nWho?: [a]\n", "CONFIG must be a mapping"),
        (b"AUTHOR: me\nCONFIG: {colour: red}\nWho?: [a]\n", "CONFIG: unknown key 'colour' (Red's keys are: max_score, delay"),
        (b"AUTHOR: me\nWho?: [a\n", "not valid YAML"),
        (b"AUTHOR: me\n\tWho?: [a]\n", "not valid YAML"),
        (b"\xff\xfe AUTHOR", "not UTF-8"),
        (b"AUTHOR: me\nWho?: [a]\n---\nAUTHOR: you\n", "line 3: the file must contain a single YAML document"),
        (b"AUTHOR: &a me\nWho?: [*a]\n", "anchors and aliases (& and *) are not allowed in packs (lines 1, 2)"),
        (b"AUTHOR: me\nWho?: !!python/object:os.system [a]\n", "line 2: custom YAML tags like '!!python/object:os.system'"),
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
    assert shown[0].startswith("question 1 (line 2) 'Question 0?'")


def test_every_kind_of_problem_is_reported_at_once():
    data = b"""\
AUTHOR: [me]
$schema: 3
CONFIG:
  delay: 3
  max_score: 0
  colour: red
Fine question?: [fine]
No answers?: []
1999: [a number as a question]
Bad answer?: [ok, 2001-09-11]
Too long?: [""" + b"a" * 1901 + b"""]
"""
    with pytest.raises(PackError) as info:
        parse_pack("bad name!", data)
    assert info.value.problems == [
        "pack name 'bad name!' must be 1–32 characters of a-z, 0-9, _ or -",
        "AUTHOR must be text (put it in quotes)",
        "$schema must be text (the address of a schema), or left out",
        "CONFIG: delay must be a number of at least 4, not 3",
        "CONFIG: max_score must be a whole number of at least 1, not 0",
        "CONFIG: unknown key 'colour' (Red's keys are: max_score, delay, timeout, bot_plays, reveal_answer, "
        "use_spoilers, payout_multiplier)",
        "question 2 (line 8) 'No answers?': answers must be a non-empty list, like `[answer one, answer two]`",
        "question 3 (line 9): the question '1999' is a number; put it in quotes",
        "question 4 (line 10) 'Bad answer?': answer 2 is a date; answers must be text, numbers or yes/no (quote it)",
        "question 5 (line 11) 'Too long?': answer 1 is 1,901 characters; the limit is 1,900",
    ]


def test_unsafe_yaml_problems_are_reported_together_without_building_anything():
    data = b"AUTHOR: &who me\nQ1?: [*who]\nQ2?: !!python/object:os.system [a]\nQ3?: !custom [b]\n"
    problems = problems_of("unsafe", data).splitlines()
    assert problems == [
        "YAML anchors and aliases (& and *) are not allowed in packs (lines 1, 2)",
        "line 3: custom YAML tags like '!!python/object:os.system' are not allowed in packs",
        "line 4: custom YAML tags like '!custom' are not allowed in packs",
    ]


def test_no_question_cap_and_large_packs_are_said_in_the_notes():
    data = b"".join(f"Question number {i}?: [answer {i}]\n".encode() for i in range(3000))
    pack = parse_pack("big", data)
    assert len(pack.entries) == 3000 and pack.entries[-1] == ("Question number 2999?", ("answer 2999",))
    assert pack.notes == ("All 3,000 questions kept, in one pack: each game draws up to 50 of them at random.",)


# --- Red's rules, as Red applies them ---------------------------------------------------------------


def red_answers(raw: list) -> tuple[str, ...]:
    """Red's session reading of a YAML answer list (redbot/cogs/trivia/session.py, _parse_answers),
    written out here as the oracle our reading must equal."""
    out: list[str] = []
    for answer in raw:
        if isinstance(answer, bool):
            out.extend(["True", "Yes", "On"] if answer else ["False", "No", "Off"])
        else:
            out.append(str(answer))
    return tuple(dict.fromkeys(out))


def test_answers_are_read_as_red_reads_them():
    pack = parse_pack("red", b"""\
Is it yes?: [yes]
Is it no?:
  - No
  - false
Which year?: [1969]
Which map?: [07, Map07]
What fraction?: [1.50, 0.333]
Which stardate?: [48650.1]
Every way of saying it?: [True, "True", on]
How far?: [.inf]
""")
    assert dict(pack.entries) == {
        "Is it yes?": ("True", "Yes", "On"),
        "Is it no?": ("False", "No", "Off"),
        "Which year?": ("1969",),
        "Which map?": ("7", "Map07"),  # YAML 1.1 reads 07 as the number 7, and Red compares "7"
        "What fraction?": ("1.5", "0.333"),
        "Which stardate?": ("48650.1",),
        "Every way of saying it?": ("True", "Yes", "On"),  # repeats dropped, as in Red
        "How far?": ("inf",),
    }


def test_typed_players_can_answer_a_yes_no_question_in_any_of_reds_words():
    pack = parse_pack("yn", b"Is it so?: [yes]\n")
    for said in ("yes", "True", "on"):
        game = Game(pack.questions(), GameConfig(mode="typed", questions=1, seed=1), clock=lambda: 0.0)
        game.start()
        game.tick()
        assert game.answer(1, said).status == "correct"


def test_author_description_and_schema_are_optional():
    pack = parse_pack("bare", b"Who?: [Bob]\n")
    assert (pack.author, pack.description, pack.config, pack.entries) == ("", "", {}, (("Who?", ("Bob",)),))
    pack = parse_pack("empty", b"AUTHOR:\nDESCRIPTION:\nCONFIG:\nWho?: [Bob]\n")
    assert (pack.author, pack.description, pack.config) == ("", "", {})
    data = b"$schema: https://example.org/trivia.schema.json\nAUTHOR: " + b"x" * 1000 + b"\nWho?: [Bob]\n"
    pack = parse_pack("schema", data)
    assert len(pack.author) == 1000 and pack.entries == (("Who?", ("Bob",)),)  # $schema is not a question
    assert len(parse_pack("d", b"DESCRIPTION: " + b"d" * 1000 + b"\nWho?: [Bob]\n").description) == 1000


def test_long_questions_and_answers_as_in_reds_lists():
    question = "Which " + "very " * 95 + "long question?"
    answer = "An answer " + "that goes on " * 45
    pack = parse_pack("long", f'"{question}": ["{answer}"]\n'.encode())
    assert pack.entries == ((question, (answer.strip(),)),)


@pytest.mark.parametrize(
    "config",
    [
        "{delay: 4}", "{delay: 4.5}", "{delay: 100000}", "{timeout: 0.5}", "{timeout: 7200}", "{max_score: 1}",
        "{max_score: 1000}", "{payout_multiplier: 0}", "{payout_multiplier: 2.5}", "{bot_plays: true}",
        "{reveal_answer: false}", "{use_spoilers: yes}",
        "{delay: 4, timeout: 3600.5, max_score: 500, bot_plays: true, reveal_answer: true, use_spoilers: true}",
    ],
)
def test_reds_config_ranges_are_accepted_and_start_a_game(config):
    pack = parse_pack("cfg", f"CONFIG: {config}\nQ1?: [a]\nQ2?: [b]\nQ3?: [c]\nQ4?: [d]\n".encode())
    assert pack.config == yaml.safe_load(f"c: {config}")["c"]
    cfg = GameConfig.from_settings(TriviaSettings(), **pack.game_overrides())
    Game(pack.questions(distractors=True), cfg)  # a game accepts what Red accepts


@pytest.mark.parametrize(
    "config, message",
    [
        ("{delay: 3.99}", "CONFIG: delay must be a number of at least 4, not 3.99"),
        ("{delay: 0}", "CONFIG: delay must be a number of at least 4, not 0"),
        ("{delay: .inf}", "CONFIG: delay must be a number of at least 4, not inf"),
        ("{delay: soon}", "CONFIG: delay must be a number of at least 4, not 'soon'"),
        ("{delay: true}", "CONFIG: delay must be a number of at least 4, not True"),
        ("{timeout: 0}", "CONFIG: timeout must be a number above 0, not 0"),
        ("{timeout: -5}", "CONFIG: timeout must be a number above 0, not -5"),
        ("{max_score: 0}", "CONFIG: max_score must be a whole number of at least 1, not 0"),
        ("{max_score: 2.5}", "CONFIG: max_score must be a whole number of at least 1, not 2.5"),
        ("{payout_multiplier: -1}", "CONFIG: payout_multiplier must be a number of at least 0, not -1"),
        ("{bot_plays: 1}", "CONFIG: bot_plays must be true or false, not 1"),
        ("{use_spoilers: maybe}", "CONFIG: use_spoilers must be true or false, not 'maybe'"),
        ("{allow_override: true}", "CONFIG: unknown key 'allow_override'"),
    ],
)
def test_config_outside_reds_ranges_is_refused(config, message):
    assert message in problems_of("cfg", f"CONFIG: {config}\nQ?: [a]\n".encode())


def test_config_is_said_in_a_hosts_words_and_payout_is_acknowledged_as_ignored():
    pack = parse_pack("cfg", b"CONFIG: {delay: 4, max_score: 3, bot_plays: true, payout_multiplier: 1.5}\nQ?: [a]\n")
    assert pack.config_summary() == [
        "delay: 4 — seconds to answer each question",
        "max_score: 3 — right answers a player needs to win",
        "bot_plays: yes — the bot takes the point when nobody answers",
        "payout_multiplier: 1.5 — accepted, ignored: FilmBot has no currency",
    ]
    assert pack.notes == ("CONFIG payout_multiplier is accepted and ignored: FilmBot has no currency to pay out.",)
    assert "payout_multiplier" not in str(pack.game_overrides())
    long = parse_pack("slow", b"CONFIG: {delay: 100000}\nQ?: [a]\n")
    assert long.game_overrides()["time_limit"] == 86_400
    assert long.notes == ("CONFIG delay is 100000 s; FilmBot waits at most 86,400 s (a day) for an answer.",)


def test_a_question_written_twice_is_kept_once_with_its_last_answers_and_said():
    pack = parse_pack("dup", b"Q?: [first]\nOther?: [x]\nQ?: [second]\n")
    assert pack.entries == (("Q?", ("second",)), ("Other?", ("x",)))
    assert pack.notes == ("1 question(s) appear more than once (lines 1 and 3); as in Red, each is asked once, "
                          "with the answers written last.",)


def test_yes_no_questions_are_left_to_typed_games():
    data = b"Is it so?: [yes]\nQ1?: [alpha]\nQ2?: [beta]\nQ3?: [gamma]\nQ4?: [delta]\n"
    pack = parse_pack("yn", data)
    assert [q.text for q in pack.questions()][0] == "Is it so?"
    with_options = pack.questions(distractors=True)
    assert [q.text for q in with_options] == ["Q1?", "Q2?", "Q3?", "Q4?"]
    assert all("True" not in q.distractors for q in with_options)
    assert any("yes/no" in note for note in pack.notes)


@pytest.mark.corpus
def test_all_of_reds_own_lists_import_unchanged():
    """Red-DiscordBot's 54 bundled lists (../shared): each imports, with every question and every
    answer exactly as Red's own loader and session read them."""
    paths = sorted(RED_LISTS.glob("*.yaml"))
    assert len(paths) == 54
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # what yaml.safe_load builds, only faster
    imported = 0
    for path in paths:
        raw = path.read_bytes()
        pack = parse_pack(path.stem, raw)  # raises, naming every problem, if a list is refused
        red = yaml.load(raw, Loader=loader)  # noqa: S506 - a safe loader
        expected = {str(q).strip(): red_answers(a) for q, a in red.items() if q not in ("AUTHOR", "DESCRIPTION", "CONFIG", "$schema")}
        assert len(pack.entries) == len(expected), path.name
        assert dict(pack.entries) == expected, path.name
        assert pack.author == (red.get("AUTHOR") or "").strip()
        imported += 1
    assert imported == 54


def test_large_file_refused_before_parsing():
    data = b"AUTHOR: me\n" + b"# padding\n" * (300 * 1024 // 10)
    started = time.perf_counter()
    assert "KB; the limit is 256 KB" in problems_of("huge", data)
    assert time.perf_counter() - started < 5  # parsing 300 KB would not take long either: read-size first, generous bound
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
    assert time.perf_counter() - started < 10  # expanded, the bomb would take minutes and gigabytes


@pytest.mark.parametrize("data", [b"[" * 20000 + b"]" * 20000, b"{a: " * 5000 + b"b" + b"}" * 5000])
def test_deep_nesting_refused_quickly(data):
    started = time.perf_counter()
    assert "nested too deeply" in problems_of("deep", data)
    assert time.perf_counter() - started < 10  # a generous bound: a busy machine is slow, a hang is forever


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
