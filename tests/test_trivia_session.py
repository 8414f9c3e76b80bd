"""Trivia game engine, runner and settings — no Discord, no real waits. (Persistence, leaderboards
and restart recovery: tests/test_trivia_store.py, against both backends.)

Time is a FakeClock the tests move by hand; the asyncio runner is driven with a sleep that
advances that clock (or a 1000× scaled clock where real concurrency matters, ~30 ms total).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import pytest

from bot.trivia.session import (
    AnswerResult,
    Game,
    GameConfig,
    GameEnded,
    GameError,
    GameManager,
    GamePaused,
    GameRefused,
    GameResumed,
    Hint,
    QuestionAsked,
    Revealed,
    make_hint,
    make_options,
    may_control,
    run_game,
)
from bot.trivia.settings import SettingError, TriviaSettings, validate_setting

ALICE, BOB, CAROL = 101, 202, 303
#: Seconds before a game runner that has not ended counts as hung: it ends in milliseconds (the clock
#: is fake), and a machine under heavy load may still hold it up for a second or two.
HANG = 60


@dataclass(frozen=True)
class Q:
    text: str
    answers: list[str]
    distractors: list[str] = field(default_factory=list)
    category: str = "crew"
    difficulty: str = "easy"
    kind: str = "text"
    film_id: int | None = 1
    film_title: str = "Her"
    source_section: str = "Production"
    source_sentence: str = "The film was made somewhere."
    id: int | None = None


QUESTIONS = [
    Q("Who directed Her?", ["Spike Jonze"], ["Sofia Coppola", "Wes Anderson", "David Fincher"], kind="person", id=1),
    Q("What does Theodore sit on?", ["chair"], ["sofa", "bench", "stool"], id=2),
    Q("Which year was Her released?", ["2013"], ["2011", "2012", "2014"], kind="year", id=3),
    Q("Who voices Samantha?", ["Scarlett Johansson"], ["Amy Adams", "Rooney Mara", "Olivia Wilde"], kind="person", id=4),
    Q("Which city stands in for Los Angeles?", ["Shanghai"], ["Tokyo", "Seoul", "Hong Kong"], id=5),
]


class FakeClock:
    def __init__(self, t: float = 1000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def typed(clock: FakeClock, n: int = 3, **kw) -> Game:
    cfg = GameConfig(mode="typed", questions=n, time_limit=20, delay=5, seed=7, **kw)
    return Game(QUESTIONS, cfg, clock=clock, guild_id=1, channel_id=10, host_id=ALICE)


def buttons(clock: FakeClock, n: int = 3, **kw) -> Game:
    cfg = GameConfig(mode="buttons", questions=n, time_limit=20, delay=5, seed=7, **kw)
    return Game(QUESTIONS, cfg, clock=clock, guild_id=1, channel_id=11, host_id=ALICE)


def only(events, kind):
    return [e for e in events if isinstance(e, kind)]


def step(game: Game, clock: FakeClock, seconds: float):
    clock.advance(seconds)
    return game.tick()


# --- typed mode -------------------------------------------------------------------------------------


def test_typed_game_full_run():
    clock = FakeClock()
    game = typed(clock, n=3)
    game.start()
    (asked,) = game.tick()
    assert isinstance(asked, QuestionAsked) and asked.number == 1 and asked.total == 3 and asked.options == ()

    clock.advance(3)
    assert game.answer(BOB, "Sofia Coppola").status == "incorrect"
    ok = game.answer(ALICE, "Spike Jonez")  # near-miss typo accepted
    assert ok.status == "correct" and ok.points == 1000 and ok.streak == 1
    assert game.answer(BOB, "Spike Jonze").status == "too-late"
    (revealed,) = game.tick()
    assert isinstance(revealed, Revealed) and revealed.reason == "answered"
    assert revealed.winners == (ALICE,) and revealed.points == {ALICE: 1000}
    assert revealed.answer == "Spike Jonze" and revealed.source == "The film was made somewhere."
    assert {a.user_id: a.attempts for a in revealed.answers} == {ALICE: 1, BOB: 1}
    assert not revealed.is_last

    # the pause between questions, then question 2
    assert step(game, clock, 4.9) == []
    (asked2,) = step(game, clock, 0.1)
    assert asked2.number == 2
    assert game.answer(BOB, "air").status == "incorrect"  # "air" is not "chair"
    # second consecutive correct answer by Alice: +10% streak bonus
    res = game.answer(ALICE, "Chair")
    assert res.status == "correct" and res.points == 1100 and res.streak == 2
    game.tick()

    # question 3 nobody gets: timeout reveal, then the game ends by question count
    step(game, clock, 5)
    assert step(game, clock, 19.9) == []
    events = step(game, clock, 0.1)
    revealed3, ended = events
    assert revealed3.reason == "timeout" and revealed3.winners == () and revealed3.is_last
    assert revealed3.answer == "2013" and revealed3.show_answer
    assert isinstance(ended, GameEnded) and ended.reason == "questions" and ended.questions_asked == 3
    assert [(s.user_id, s.points) for s in ended.scores] == [(ALICE, 2100), (BOB, 0)]
    assert ended.winners == (ALICE,)
    assert game.ended and game.tick() == []


def test_hints_cost_points_and_never_reveal_the_whole_answer():
    clock = FakeClock()
    game = typed(clock, n=1)
    game.start()
    game.tick()
    h1 = game.hint()
    assert isinstance(h1, Hint) and h1.level == 1 and h1.hints_left == 1 and h1.cost_percent == 25
    assert h1.text == "S____ J____ (2 words)"
    h2 = game.hint()
    assert h2.text == "Sp___ Jo___" and h2.hints_left == 0
    with pytest.raises(GameError, match="No more hints"):
        game.hint()
    assert only(game.tick(), Hint) == [h1, h2]  # hints are also queued for the channel
    assert game.answer(ALICE, "spike jonze").points == 500  # two hints: -25% each


@pytest.mark.parametrize("answer", ["A", "U2", "Up", "2013", "$47.4 million", "E.T. the Extra-Terrestrial", "Amélie"])
def test_make_hint_always_hides_something(answer):
    for level in (1, 2):
        masked = make_hint(answer, level).split(" (")[0]
        assert "_" in masked
        assert len(masked) == len(" ".join(answer.split()))


def test_streak_bonus_is_capped_and_resets():
    clock = FakeClock()
    qs = [Q(f"Q{i}?", [f"answer number {i}"], id=i) for i in range(9)]
    game = Game(qs, GameConfig(mode="typed", questions=9, delay=0, seed=1), clock=clock)
    game.start()
    got = []
    for _ in range(7):
        game.tick()
        got.append(game.answer(ALICE, game.current.answers[0]).points)
    assert got == [1000, 1100, 1200, 1300, 1400, 1500, 1500]
    game.tick()
    game.answer(BOB, game.current.answers[0])  # Alice misses one: her streak resets
    game.tick()
    assert game.answer(ALICE, game.current.answers[0]).points == 1000


def test_game_ends_at_max_score():
    clock = FakeClock()
    game = typed(clock, n=5, max_score=2000)
    game.start()
    game.tick()
    game.answer(ALICE, "Spike Jonze")
    game.tick()
    step(game, clock, 5)
    game.answer(ALICE, "chair")
    revealed, ended = game.tick()
    assert revealed.is_last and ended.reason == "max_score" and ended.questions_asked == 2


def test_answer_after_deadline_but_before_tick_is_too_late():
    clock = FakeClock()
    game = typed(clock, n=1)
    game.start()
    game.tick()
    clock.advance(20)
    assert game.answer(ALICE, "Spike Jonze").status == "too-late"
    (revealed, _ended) = game.tick()
    assert revealed.reason == "timeout"


def test_idle_games_end():
    clock = FakeClock()
    game = typed(clock, n=5, idle_limit=2)
    game.start()
    game.tick()
    step(game, clock, 20)
    step(game, clock, 5)
    events = step(game, clock, 20)
    assert only(events, GameEnded)[0].reason == "idle"


# --- Red's CONFIG keys, as Red means them ------------------------------------------------------------


def test_target_correct_is_reds_max_score_and_replaces_the_points_target():
    """Red's max_score counts right answers: the first player to 2 wins, whatever the points."""
    clock = FakeClock()
    game = typed(clock, n=5, target_correct=2, max_score=100)  # the points target would end it at once
    game.start()
    game.tick()
    game.answer(ALICE, "Spike Jonze")
    (revealed,) = game.tick()
    assert not revealed.is_last
    step(game, clock, 5)
    game.answer(ALICE, "chair")
    revealed, ended = game.tick()
    assert revealed.is_last and ended.reason == "max_score" and ended.questions_asked == 2 and ended.winners == (ALICE,)


def test_idle_timeout_counts_seconds_since_anyone_answered():
    """Red's timeout: after a question nobody gets, the game stops if nobody has tried for that long."""
    clock = FakeClock()
    game = typed(clock, n=5, idle_timeout=50)
    game.start()
    game.tick()
    step(game, clock, 20)  # question 1: nobody answers (20 s quiet)
    step(game, clock, 5)
    clock.advance(10)
    assert game.answer(BOB, "wrong guess").status == "incorrect"  # a wrong answer still counts as activity
    events = step(game, clock, 10)  # question 2 runs out 10 s after Bob's try
    assert not only(events, GameEnded)
    step(game, clock, 5)
    events = step(game, clock, 20)  # question 3 runs out 35 s after it: goes on
    assert not only(events, GameEnded)
    step(game, clock, 5)
    events = step(game, clock, 20)  # question 4 runs out 60 s after it: stop
    (revealed,) = only(events, Revealed)
    assert revealed.is_last and only(events, GameEnded)[0].reason == "idle"


def test_idle_timeout_replaces_the_question_count():
    clock = FakeClock()
    game = typed(clock, n=5, idle_limit=1, idle_timeout=1000)
    game.start()
    game.tick()
    events = step(game, clock, 20)
    assert not only(events, GameEnded)  # idle_limit=1 would have ended it here


def test_bot_plays_takes_unanswered_questions_but_is_never_a_player():
    clock = FakeClock()
    game = typed(clock, n=3, bot_plays=True)
    game.start()
    game.tick()
    (revealed,) = step(game, clock, 20)  # nobody: the bot takes it
    assert revealed.bot_points == 1000 and revealed.winners == () and revealed.scores == ()
    step(game, clock, 5)
    game.answer(ALICE, "chair")
    (revealed,) = game.tick()
    assert revealed.bot_points == 0
    step(game, clock, 5)
    revealed, ended = step(game, clock, 20)
    assert revealed.bot_points == 1000
    assert [s.user_id for s in ended.scores] == [ALICE]  # the bot is not saved as a player
    assert ended.bot is not None and (ended.bot.points, ended.bot.correct) == (2000, 2)
    assert ended.winners == ()  # the bot beat everyone: no player wins


def test_bot_plays_counts_toward_reds_max_score():
    clock = FakeClock()
    game = typed(clock, n=5, bot_plays=True, target_correct=1)
    game.start()
    game.tick()
    revealed, ended = step(game, clock, 20)
    assert ended.reason == "max_score" and ended.winners == ()


def test_bot_does_not_play_by_default_and_answers_are_not_spoilered():
    clock = FakeClock()
    game = typed(clock, n=1)
    game.start()
    game.tick()
    revealed, ended = step(game, clock, 20)
    assert revealed.bot_points == 0 and not revealed.spoiler and ended.bot is None


def test_use_spoilers_marks_reveals():
    clock = FakeClock()
    game = buttons(clock, n=1, use_spoilers=True)
    game.start()
    game.tick()
    revealed, _ended = step(game, clock, 20)
    assert revealed.spoiler and revealed.show_answer


def test_game_accepts_reds_shortest_and_long_answer_times():
    assert GameConfig(time_limit=4).time_limit == 4
    assert GameConfig(time_limit=7200).time_limit == 7200
    for bad in ({"target_correct": 0}, {"idle_timeout": 0}):
        with pytest.raises(GameError):
            GameConfig(**bad)


# --- buttons mode -----------------------------------------------------------------------------------


def test_buttons_one_answer_per_player_and_speed_weighting():
    clock = FakeClock()
    game = buttons(clock, n=2)
    game.start()
    (asked,) = game.tick()
    assert sorted(asked.options) == sorted(["Spike Jonze", *QUESTIONS[0].distractors])
    right = asked.options.index("Spike Jonze")
    wrong = (right + 1) % 4

    assert game.choose(ALICE, right).status == "correct"  # at t=0: full points
    assert game.choose(ALICE, wrong).status == "already-answered"
    clock.advance(10)
    bob = game.choose(BOB, right)
    assert bob.status == "correct" and bob.points == 750  # 1000 * (1 - 0.5 * 10/20)
    assert game.choose(CAROL, wrong).status == "incorrect"
    assert game.tick() == []  # everyone answers, but the question runs to its timer

    revealed = step(game, clock, 10)[0]
    assert revealed.reason == "timeout" and revealed.correct_option == right
    assert revealed.winners == (ALICE, BOB) and revealed.points == {ALICE: 1000, BOB: 750}
    assert {a.user_id: a.option for a in revealed.answers} == {ALICE: right, BOB: right, CAROL: wrong}

    (asked2,) = step(game, clock, 5)
    right2 = asked2.options.index("chair")
    clock.advance(20 - 1e-9)
    late = game.choose(CAROL, right2)
    assert late.points == 500  # at the buzzer: half points (Carol has no streak)
    assert game.choose(ALICE, right2).points == 550  # Alice's +10% streak: round(500 * 1.1)
    _, ended = step(game, clock, 1)
    assert [(s.user_id, s.points) for s in ended.scores] == [(ALICE, 1550), (BOB, 750), (CAROL, 500)]
    with pytest.raises(GameError):
        game.answer(ALICE, "chair")  # typed answers are not for buttons games


def test_buttons_question_ends_as_soon_as_every_player_has_answered():
    clock = FakeClock()
    game = buttons(clock, n=3)
    game.start()
    (asked,) = game.tick()
    right = asked.options.index("Spike Jonze")
    game.choose(ALICE, right)
    game.choose(BOB, (right + 1) % 4)
    assert game.tick() == []  # question 1: nobody knows who is playing yet, so it runs to its timer
    step(game, clock, 20)
    (asked2,) = step(game, clock, 5)
    clock.advance(3)
    game.choose(BOB, asked2.options.index("chair"))
    assert game.tick() == []  # Alice hasn't answered yet
    clock.advance(1)
    game.choose(ALICE, 0)
    (revealed,) = game.tick()  # both players answered: the reveal comes 16 s early
    assert revealed.reason == "everyone" and revealed.winners == (BOB,)
    (asked3,) = step(game, clock, 5)  # then the usual pause before the next question
    assert asked3.number == 3


def test_host_paced_game_waits_for_the_host_and_answers_can_change():
    clock = FakeClock()
    game = buttons(clock, n=2, pace="host")
    game.start()
    (asked,) = game.tick()
    assert asked.host_paced and game.time_left() is None
    right = asked.options.index("Spike Jonze")
    wrong = (right + 1) % 4
    assert game.choose(ALICE, wrong).status == "incorrect"
    clock.advance(600)
    assert game.tick() == []  # no timer: ten minutes later the question is still open
    assert game.choose(ALICE, right).status == "changed"  # until the reveal, players may change their mind
    assert game.choose(BOB, right).status == "correct"
    with pytest.raises(GameError, match="next"):
        game.pause()
    assert game.next() == "revealed"
    (revealed,) = game.tick()
    assert revealed.reason == "host" and revealed.host_paced and not revealed.is_last
    assert revealed.points == {ALICE: 1000, BOB: 1000}  # no speed bonus without a timer
    assert {a.user_id: a.attempts for a in revealed.answers} == {ALICE: 2, BOB: 1}
    assert game.choose(CAROL, right).status == "too-late"
    clock.advance(600)
    assert game.tick() == []  # the host is chatting about the answer
    assert game.next() == "asked"
    (asked2,) = game.tick()
    assert asked2.number == 2
    game.choose(ALICE, asked2.options.index("chair"))
    game.choose(BOB, asked2.options.index("chair"))
    assert game.tick() == []  # everyone answered, but the host reveals
    game.next()
    revealed2, ended = game.tick()
    assert revealed2.is_last and ended.reason == "questions"
    with pytest.raises(GameError):
        game.next()


def test_host_paced_typed_game_and_skip():
    clock = FakeClock()
    game = typed(clock, n=3, pace="host")
    game.start()
    game.tick()
    assert game.answer(ALICE, "spike jonze").status == "correct"  # the first right answer still closes it
    (revealed,) = game.tick()
    assert revealed.reason == "answered"
    clock.advance(300)
    assert game.tick() == []
    game.next()
    game.tick()
    game.skip()
    (skipped,) = game.tick()
    assert skipped.reason == "skipped"
    game.skip()  # skipping between questions moves on, as in timed games
    (asked3,) = game.tick()
    assert asked3.number == 3
    with pytest.raises(GameError, match="timer"):
        typed(FakeClock(), n=1).next()


def test_teams_join_switch_and_score_together():
    clock = FakeClock()
    game = buttons(clock, n=2, teams=("Owls", "Foxes"))
    assert game.join_team(ALICE, "owls") == "Owls"
    assert game.join_team(ALICE, "Foxes") == "Foxes"  # may switch before answering
    with pytest.raises(GameError, match="no team"):
        game.join_team(BOB, "Badgers")
    game.start()
    (asked,) = game.tick()
    right = asked.options.index("Spike Jonze")
    game.choose(BOB, right)  # Bob never picked: he joins the smaller team
    assert game.team_of(BOB) == "Owls"
    game.choose(CAROL, right)  # a tie: the first team named
    assert game.team_of(CAROL) == "Owls"
    clock.advance(10)
    game.choose(ALICE, right)  # the last known player answered: the question ends early
    (revealed,) = game.tick()
    assert revealed.reason == "everyone"
    assert [(t.name, t.points, t.correct, t.members) for t in revealed.teams] == [
        ("Owls", 2000, 2, (BOB, CAROL)), ("Foxes", 750, 1, (ALICE,))]
    with pytest.raises(GameError, match="stay with them"):
        game.join_team(ALICE, "Owls")
    assert game.join_team(ALICE, "Foxes") == "Foxes"  # re-joining one's own team is fine
    step(game, clock, 5)
    revealed2, ended = step(game, clock, 20)
    assert [t.name for t in ended.teams] == ["Owls", "Foxes"] and {s.team for s in ended.scores} == {"Owls", "Foxes"}
    with pytest.raises(GameError):
        buttons(FakeClock(), n=1).join_team(ALICE, "Owls")


def test_teams_pick_before_the_first_question():
    clock = FakeClock()
    game = buttons(clock, n=2, teams=("Owls", "Foxes"), lobby=20)
    game.start()
    assert game.tick() == [] and game.current is None
    game.join_team(ALICE, "Owls")
    game.join_team(BOB, "Foxes")
    assert step(game, clock, 19.9) == []
    (asked,) = step(game, clock, 0.1)
    assert asked.number == 1
    right = asked.options.index("Spike Jonze")
    game.choose(ALICE, right)
    game.choose(BOB, right)
    (revealed,) = game.tick()  # both team players answered: no waiting, even on question 1
    assert revealed.reason == "everyone"

    hosted = buttons(FakeClock(), n=2, teams=("Owls", "Foxes"), pace="host")
    hosted.start()
    assert hosted.tick() == [] and hosted.current is None  # the host says when teams are ready
    assert hosted.next() == "asked"
    assert hosted.tick()[0].number == 1


@pytest.mark.parametrize("teams", [("Solo",), ("A", "a"), ("A", ""), ("A", "B", "C", "D", "E", "F")])
def test_team_names_are_checked(teams):
    with pytest.raises(GameError, match="team"):
        GameConfig(teams=teams)


def test_final_standings_carry_accuracy_and_fastest_right_answer():
    clock = FakeClock()
    game = typed(clock, n=3)
    game.start()
    game.tick()
    clock.advance(7)
    game.answer(BOB, "nope")
    game.answer(ALICE, "Spike Jonze")
    game.tick()
    step(game, clock, 5)
    clock.advance(2.5)
    game.answer(ALICE, "chair")
    game.tick()
    step(game, clock, 5)
    clock.advance(4)
    game.answer(BOB, "2013")
    _revealed, ended = game.tick()
    alice, bob = ended.scores
    assert (alice.user_id, alice.correct, alice.answered, alice.accuracy, alice.fastest) == (ALICE, 2, 2, 1.0, 2.5)
    assert (bob.user_id, bob.correct, bob.answered, bob.accuracy, bob.fastest) == (BOB, 1, 2, 0.5, 4.0)


def test_server_spoilers_setting_reaches_the_game():
    s = TriviaSettings().with_value("spoilers", "on")
    assert s.spoilers and GameConfig.from_settings(s).use_spoilers
    assert not TriviaSettings().with_value("spoilers", "off").spoilers
    with pytest.raises(SettingError, match="on or off"):
        TriviaSettings().with_value("spoilers", "sometimes")


def test_buttons_options_are_deterministic_and_hints_remove_wrong_options():
    a = make_options(QUESTIONS[0], 7, 1)
    assert a == make_options(QUESTIONS[0], 7, 1)
    orders = {make_options(QUESTIONS[0], seed, 1)[1] for seed in range(20)}
    assert len(orders) > 1  # the right answer moves around between games
    clock = FakeClock()
    game = buttons(clock, n=1)
    game.start()
    (asked,) = game.tick()
    h1, h2 = game.hint(), game.hint()
    right = asked.options.index("Spike Jonze")
    assert len(set(h2.removed_options)) == 2 and right not in h2.removed_options
    assert h1.text.startswith("It's not ")
    assert game.choose(ALICE, right).points == 500


def test_buttons_mode_needs_distractors():
    with pytest.raises(GameRefused, match="typed mode"):
        Game([Q("Q?", ["a"])], GameConfig(mode="buttons"))


# --- host controls --------------------------------------------------------------------------------------


def test_pause_resume_freezes_the_timer():
    clock = FakeClock()
    game = buttons(clock, n=2)
    game.start()
    (asked,) = game.tick()
    clock.advance(8)
    game.pause()
    (paused,) = game.tick()
    assert isinstance(paused, GamePaused) and paused.remaining == 12
    assert game.choose(ALICE, 0).status == "paused"
    with pytest.raises(GameError):
        game.hint()
    assert step(game, clock, 500) == []  # nothing happens while paused
    game.resume()
    (resumed,) = game.tick()
    assert isinstance(resumed, GameResumed) and resumed.remaining == 12
    clock.advance(2)
    res = game.choose(ALICE, asked.options.index("Spike Jonze"))
    assert res.points == 750  # 10 s of the 20 have passed, pauses don't count
    assert step(game, clock, 9.9) == []
    assert isinstance(step(game, clock, 0.1)[0], Revealed)


def test_skip_and_stop():
    clock = FakeClock()
    game = typed(clock, n=5)
    with pytest.raises(GameError):
        game.skip()  # not started
    game.start()
    game.tick()
    game.answer(BOB, "wrong")
    game.skip()
    (revealed,) = game.tick()
    assert revealed.reason == "skipped" and revealed.winners == ()
    game.skip()  # cuts the pause short
    (asked,) = game.tick()
    assert asked.number == 2
    game.answer(ALICE, "chair")
    game.tick()
    clock.advance(1)
    game.pause()
    with pytest.raises(GameError, match="Resume"):
        game.skip()
    game.resume()
    step(game, clock, 4)
    game.stop()
    revealed3, ended = game.tick()
    assert revealed3.reason == "stopped" and revealed3.number == 3
    assert ended.reason == "stopped" and ended.questions_asked == 3
    assert [(s.user_id, s.points) for s in ended.scores] == [(ALICE, 1000), (BOB, 0)]
    with pytest.raises(GameError):
        game.stop()
    with pytest.raises(GameError):
        game.pause()


def test_may_control():
    game = typed(FakeClock())
    assert may_control(game, ALICE)
    assert not may_control(game, BOB)
    assert may_control(game, BOB, role_ids=[5, 9], host_role_id=9)
    assert may_control(game, BOB, is_admin=True)


# --- many channels -------------------------------------------------------------------------------------


def test_manager_one_game_per_channel_and_channels_are_independent():
    clock = FakeClock()
    mgr = GameManager(clock=clock)
    cfg = GameConfig(mode="typed", questions=2, seed=1)
    g1 = mgr.start(1, 10, ALICE, QUESTIONS, cfg)
    with pytest.raises(GameRefused, match="already running"):
        mgr.start(1, 10, BOB, QUESTIONS, cfg)
    g2 = mgr.start(1, 11, BOB, QUESTIONS, cfg)
    g3 = mgr.start(2, 10, BOB, QUESTIONS, cfg)  # same channel id, other guild
    assert len(mgr.games()) == 3 and mgr.get(1, 11) is g2
    for g in (g1, g2, g3):
        g.start()
        g.tick()
    assert g1.answer(ALICE, "Spike Jonze").status == "correct"
    assert g2.answer(ALICE, "Spike Jonze").status == "correct"
    g2.pause()
    g1.tick()
    g2.tick()
    g3.tick()
    clock.advance(30)
    assert [type(e).__name__ for e in g1.tick()] == ["QuestionAsked"]
    assert g2.tick() == []  # paused
    assert [type(e).__name__ for e in g3.tick()] == ["Revealed"]  # the timer ran out
    clock.advance(5)
    assert [type(e).__name__ for e in g3.tick()] == ["QuestionAsked"]
    assert g1.scores[0].points == 1000 and g3.scores == ()
    g1.stop()
    assert mgr.get(1, 10) is None  # an ended game frees the channel
    assert mgr.start(1, 10, BOB, QUESTIONS, cfg) is not g1
    mgr.discard(g2)
    assert mgr.get(1, 11) is None


def test_typed_games_need_the_message_content_intent():
    mgr = GameManager(clock=FakeClock())
    mgr.set_message_content_intent(False)
    with pytest.raises(GameRefused, match="buttons"):
        mgr.start(1, 10, ALICE, QUESTIONS, GameConfig(mode="typed"))
    assert mgr.get(1, 10) is None
    assert mgr.start(1, 10, ALICE, QUESTIONS, GameConfig(mode="buttons")).mode == "buttons"


def test_config_bounds_and_settings():
    for bad in ({"questions": 0}, {"questions": 51}, {"time_limit": 3.9}, {"time_limit": 86_401}, {"mode": "voice"},
                {"max_score": 0}, {"max_hints": 3}):
        with pytest.raises(GameError):
            GameConfig(**bad)
    s = TriviaSettings(questions=5, time=30, mode="typed", max_score=5000, hints=1)
    cfg = GameConfig.from_settings(s, questions=3)
    assert (cfg.questions, cfg.time_limit, cfg.mode, cfg.max_score, cfg.max_hints) == (3, 30.0, "typed", 5000, 1)


# --- the asyncio runner ---------------------------------------------------------------------------------


async def test_run_game_with_fake_sleep():
    clock = FakeClock()
    game = typed(clock, n=2)
    seen = []

    async def fake_sleep(seconds: float) -> None:
        clock.advance(seconds)
        await asyncio.sleep(0)

    async def sink(event) -> None:
        seen.append(event)
        if isinstance(event, QuestionAsked) and event.number == 1:
            clock.advance(2)
            assert game.answer(BOB, "Spike Jonze").status == "correct"

    ended = await asyncio.wait_for(run_game(game, sink, fake_sleep), HANG)
    assert [type(e).__name__ for e in seen] == ["QuestionAsked", "Revealed", "QuestionAsked", "Revealed", "GameEnded"]
    assert seen[1].reason == "answered" and seen[3].reason == "timeout"
    assert ended is seen[-1] and ended.scores[0].user_id == BOB


async def test_run_game_delivers_an_end_that_an_answer_caused_during_delivery():
    """The last question closes early because everyone answered while the runner was still
    delivering its question: the reveal and the end still reach the channel and the recorder."""
    clock = FakeClock()
    game = typed(clock, n=1)
    seen, recorded = [], []

    async def fake_sleep(seconds: float) -> None:
        clock.advance(seconds)
        await asyncio.sleep(0)

    async def recorder(event) -> None:
        recorded.append(type(event).__name__)

    async def sink(event) -> None:
        seen.append(type(event).__name__)
        if isinstance(event, QuestionAsked):
            game.answer(ALICE, "Spike Jonze")  # closes the last question, ending the game, mid-delivery

    ended = await asyncio.wait_for(run_game(game, sink, fake_sleep, recorder=recorder), HANG)
    assert seen == recorded == ["QuestionAsked", "Revealed", "GameEnded"]
    assert ended.reason == "questions" and ended.winners == (ALICE,)


class ManualSleep:
    """A sleep that only returns when the test says so, advancing the fake clock: the runner's
    timers are fully under the test's control, with no wall-clock dependence at all."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.pending: list[tuple[float, asyncio.Future]] = []

    async def __call__(self, seconds: float) -> None:
        fut = asyncio.get_running_loop().create_future()
        self.pending.append((seconds, fut))
        await fut

    def release(self) -> None:
        """Let the newest still-waiting sleep finish, as if its time had passed."""
        live = [(s, f) for s, f in self.pending if not f.done()]
        seconds, fut = live[-1]
        self.clock.advance(seconds)
        fut.set_result(None)


async def settle(rounds: int = 20) -> None:
    for _ in range(rounds):
        await asyncio.sleep(0)


async def test_run_game_wakes_up_for_actions_and_survives_a_failing_sink():
    clock = FakeClock()
    game = typed(clock, n=2)
    sleep = ManualSleep(clock)
    seen = []

    async def sink(event) -> None:
        seen.append(event)
        if isinstance(event, GamePaused):
            raise RuntimeError("discord is down")  # logged, the game goes on

    runner = asyncio.create_task(run_game(game, sink, sleep))
    await settle()
    assert [type(e) for e in seen] == [QuestionAsked] and sleep.pending[-1][0] > 20 - 1e-6
    clock.advance(3)
    assert game.answer(ALICE, "spike jonze").status == "correct"
    await settle()  # no timer ran: the answer itself woke the runner up
    assert isinstance(seen[-1], Revealed) and seen[-1].reason == "answered"
    assert sleep.pending[-1][1].done() is False and sleep.pending[0][1].cancelled()
    game.pause()
    await settle()
    clock.advance(100)  # paused: nothing happens however long we wait
    await settle()
    assert isinstance(seen[-1], GamePaused) and not runner.done()
    game.resume()
    await settle()
    sleep.release()  # the 5 s pause between questions passes
    await settle()
    assert isinstance(seen[-1], QuestionAsked) and seen[-1].number == 2
    sleep.release()  # nobody answers question 2
    ended = await asyncio.wait_for(runner, HANG)
    assert ended.reason == "questions"
    kinds = [type(e).__name__ for e in seen]
    assert kinds == ["QuestionAsked", "Revealed", "GamePaused", "GameResumed", "QuestionAsked", "Revealed", "GameEnded"]


async def test_cancelled_runner_leaves_no_stray_tasks():
    clock = FakeClock()
    game = typed(clock, n=2)
    sleep = ManualSleep(clock)
    events = []

    async def sink(event) -> None:
        events.append(event)

    runner = asyncio.create_task(run_game(game, sink, sleep))
    await settle()
    runner.cancel()
    with pytest.raises(asyncio.CancelledError):
        await runner
    await settle()
    assert all(f.cancelled() for _, f in sleep.pending)
    assert game._listeners == []  # unsubscribed
    assert not game.ended  # storage will see it as interrupted


# --- settings ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key, value, expected",
    [
        ("questions", "12", 12),
        ("questions", 50, 50),
        ("time", "2m", 120),
        ("time", 7.4, 7),
        ("delay", "3", 3),
        ("mode", " Typed ", "typed"),
        ("difficulty", "HARD", "hard"),
        ("difficulty", "", "any"),
        ("max_score", "none", None),
        ("max_score", "2500", 2500),
        ("host_role_id", "<@&123456789012345678>", 123456789012345678),
        ("host_role_id", "off", None),
        ("categories", "any", ()),
        ("categories", ["Plot", "plot", "awards"], ("plot", "awards")),
        ("hints", "0", 0),
    ],
)
def test_validate_setting_accepts(key, value, expected):
    assert validate_setting(key, value) == expected


@pytest.mark.parametrize(
    "key, value, message",
    [
        ("questions", 0, "between 1 and 50"),
        ("questions", "a hundred", "whole number"),
        ("questions", True, "whole number"),
        ("time", "3000", "between 5 and 120 seconds"),
        ("time", -5, "between 5 and 120"),
        ("mode", "voice", "typed' or 'buttons"),
        ("difficulty", "nightmare", "easy, medium, hard, any"),
        ("max_score", 10**9, "between 1 and 100000"),
        ("host_role_id", "12", "role id"),
        ("host_role_id", -1, "role id"),
        ("host_role_id", "@everyone", "role id"),
        ("categories", "!!!", "not a category"),
        ("hints", 3, "between 0 and 2"),
        ("colour", "red", "unknown setting"),
    ],
)
def test_validate_setting_refuses_absurd_values(key, value, message):
    with pytest.raises(SettingError, match=message):
        validate_setting(key, value)


def test_settings_from_json_is_tolerant():
    s = TriviaSettings.from_json({"time": 9999, "mode": "buttons", "questions": 7, "removed_key": 1})
    assert (s.time, s.questions) == (20, 7)
    assert TriviaSettings.from_json(s.to_json()) == s


def test_answer_result_is_plain_data():
    assert AnswerResult(1, "correct", 10) == AnswerResult(1, "correct", 10)


async def test_run_game_returns_for_a_game_already_over():
    clock = FakeClock()
    game = typed(clock, n=2)
    game.start()
    game.stop()
    game.tick()  # events drained elsewhere: the runner must not wait forever

    async def sink(event) -> None:
        raise AssertionError("nothing left to render")

    ended = await asyncio.wait_for(run_game(game, sink, ManualSleep(clock)), HANG)
    assert ended.reason == "stopped" and ended.questions_asked == 1
