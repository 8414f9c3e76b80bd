"""Trivia game sessions as a plain state machine: no Discord, no real time, no database.

Why a state machine: a game is mostly *waiting* (for answers, for a timer, for the host to
resume), and the rules (first correct answer wins, one button press per player, hints that cost
points, streaks, pause/skip/stop) are subtle enough to need tests that step time by hand. So:

* a :class:`Game` never reads the wall clock; it calls an injected ``clock()`` (monotonic
  seconds), and time only moves forward when someone calls :meth:`Game.tick`;
* players and hosts act through methods (:meth:`Game.answer`, :meth:`Game.choose`,
  :meth:`Game.hint`, :meth:`Game.pause` …) that return at once;
* everything the channel should see is an *event* dataclass queued in the game and handed out
  by :meth:`Game.tick`; the Discord cog only renders events;
* :func:`run_game` is the small asyncio loop that sleeps until the next deadline (or until a
  player's action changes the game), ticks, and passes events to a sink.

Two paces: ``timed`` (each question closes at its deadline, or as soon as every player has
answered) and ``host`` (no deadlines: the host reveals and moves on with :meth:`Game.next`, and
players may change their button answer until the reveal, as at a pub quiz). Players may form
teams (:meth:`Game.join_team`); a team's score is its members' points.

:class:`GameManager` keeps one game per (guild, channel) so many channels can play at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from ..matching import grade_answer
from .answers import accepts, other_options
from .settings import GAME_TIME_RANGE, MAX_SCORE_RANGE, MODES, QUESTIONS_RANGE, TriviaSettings

__all__ = [
    "AnswerResult",
    "Event",
    "Game",
    "GameConfig",
    "GameEnded",
    "GameError",
    "GameManager",
    "GamePaused",
    "GameRefused",
    "GameResumed",
    "Hint",
    "PlayerAnswer",
    "PlayerScore",
    "QuestionAsked",
    "QuestionLike",
    "Revealed",
    "TeamScore",
    "make_hint",
    "make_options",
    "may_control",
    "run_game",
]

log = logging.getLogger(__name__)

Clock = Callable[[], float]
Grader = Callable[..., bool]
AnswerStatus = Literal["correct", "incorrect", "changed", "already-answered", "too-late", "paused"]
RevealReason = Literal["answered", "everyone", "host", "timeout", "skipped", "stopped"]
PACES = ("timed", "host")
MAX_TEAMS = 5  # one row of join buttons
MAX_TEAM_NAME = 24
EndReason = Literal["questions", "max_score", "stopped", "idle", "restart"]
OPTION_LETTERS = "ABCD"
INTENT_MISSING_MESSAGE = (
    "Typed trivia reads chat messages, which needs the Message Content intent, and this bot "
    "doesn't have it. Start the game with mode: buttons instead (multiple choice, no intent needed)."
)


class QuestionLike(Protocol):
    """What a game needs from a question (``bot.trivia.questions.Question`` or a pack question)."""

    @property
    def text(self) -> str: ...
    @property
    def answers(self) -> Sequence[str]: ...  # accepted answers, best first
    @property
    def distractors(self) -> Sequence[str]: ...  # 3 wrong options, or empty
    @property
    def category(self) -> str: ...
    @property
    def difficulty(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def film_id(self) -> Any: ...
    @property
    def film_title(self) -> str: ...
    @property
    def source_section(self) -> str: ...
    @property
    def source_sentence(self) -> str: ...
    @property
    def id(self) -> Any: ...


class GameError(Exception):
    """An action that the game cannot take now; the message is fit to show the user."""


class GameRefused(GameError):
    """A game that cannot start (channel busy, intent missing, no questions)."""


@dataclass(frozen=True)
class GameConfig:
    """Rules for one game. Bounds match the per-server settings; the extras are tunables."""

    mode: str = "buttons"
    questions: int = 10
    time_limit: float = 20.0
    delay: float = 5.0  # pause between a reveal and the next question
    max_score: int | None = None  # end as soon as somebody reaches it
    max_hints: int = 2
    hint_cost: float = 0.25  # fraction of the question's points each hint takes away
    base_points: int = 1000
    speed_weight: float = 0.5  # buttons: an answer at the buzzer earns (1 - speed_weight) of base
    streak_step: float = 0.10  # +10% per consecutive correct answer before this one …
    streak_cap: float = 0.50  # … up to +50%
    reveal_answer: bool = True  # packs may ask not to show unanswered answers
    idle_limit: int = 3  # end after this many questions in a row nobody answered (0 = never)
    # Red's CONFIG keys, as Red means them (a pack's CONFIG sets them; see packs.Pack.game_overrides):
    target_correct: int | None = None  # Red's max_score: the first to this many right answers wins
    idle_timeout: float | None = None  # Red's timeout: seconds without any answer; replaces idle_limit
    bot_plays: bool = False  # Red's bot_plays: the bot takes the point of a question nobody gets
    use_spoilers: bool = False  # Red's use_spoilers: reveals hide the answer behind a spoiler tag
    pace: str = "timed"  # "timed", or "host": no deadlines, the host reveals and moves on (Game.next)
    teams: tuple[str, ...] = ()  # team names, when players play in teams (2 to MAX_TEAMS)
    #: Seconds to pick teams before the first question of a timed game; a host-paced game with teams
    #: waits for the host's first ``next`` instead.
    lobby: float = 0.0
    #: Option order and 50/50 hints depend only on this: random per game by default, so the
    #: right answer isn't always behind the same letter; tests pass a fixed one.
    seed: int | str = field(default_factory=lambda: random.randrange(1 << 32))

    def __post_init__(self) -> None:
        problems = []
        if self.mode not in MODES:
            problems.append(f"mode must be one of {', '.join(MODES)}")
        if not QUESTIONS_RANGE[0] <= self.questions <= QUESTIONS_RANGE[1]:
            problems.append(f"questions must be between {QUESTIONS_RANGE[0]} and {QUESTIONS_RANGE[1]}")
        if not GAME_TIME_RANGE[0] <= self.time_limit <= GAME_TIME_RANGE[1]:
            problems.append(f"time must be between {GAME_TIME_RANGE[0]} and {GAME_TIME_RANGE[1]:,} seconds")
        if not 0 <= self.delay <= 60:
            problems.append("delay must be between 0 and 60 seconds")
        if self.max_score is not None and not MAX_SCORE_RANGE[0] <= self.max_score <= MAX_SCORE_RANGE[1]:
            problems.append(f"max score must be between {MAX_SCORE_RANGE[0]} and {MAX_SCORE_RANGE[1]}")
        if self.target_correct is not None and self.target_correct < 1:
            problems.append("the number of right answers to win must be at least 1")
        if self.idle_timeout is not None and not self.idle_timeout > 0:
            problems.append("the idle timeout must be more than 0 seconds")
        if self.pace not in PACES:
            problems.append(f"pace must be one of {', '.join(PACES)}")
        if self.teams:
            names = [t.casefold() for t in self.teams]
            if not 2 <= len(self.teams) <= MAX_TEAMS:
                problems.append(f"teams must be 2 to {MAX_TEAMS}")
            elif len(set(names)) != len(names) or not all(0 < len(t) <= MAX_TEAM_NAME for t in self.teams):
                problems.append(f"team names must be different, each 1 to {MAX_TEAM_NAME} characters")
        if not 0 <= self.lobby <= 600:
            problems.append("the time to pick teams must be between 0 and 600 seconds")
        if not 0 <= self.max_hints <= 2:
            problems.append("hints must be 0, 1 or 2")
        if not 0 <= self.hint_cost * self.max_hints <= 1 or not 0 <= self.speed_weight <= 1:
            problems.append("hint cost and speed weight must leave points non-negative")
        if problems:
            raise GameError("; ".join(problems))

    @classmethod
    def from_settings(cls, settings: TriviaSettings, **overrides: Any) -> GameConfig:
        """The game a server's defaults describe; command options override single fields."""
        base: dict[str, Any] = {
            "mode": settings.mode,
            "questions": settings.questions,
            "time_limit": float(settings.time),
            "delay": float(settings.delay),
            "max_score": settings.max_score,
            "max_hints": settings.hints,
            "use_spoilers": settings.spoilers,
        }
        base.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**base)


# --- events ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlayerScore:
    """One player's standing in a game."""

    user_id: int
    points: int
    correct: int
    answered: int  # questions this player answered (right or wrong)
    streak: int
    best_streak: int
    fastest: float | None = None  # seconds to this player's quickest right answer
    team: str = ""

    @property
    def accuracy(self) -> float:
        """Right answers out of the questions this player answered (0 when none)."""
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class TeamScore:
    """One team's standing: its members' points and right answers added up."""

    name: str
    points: int
    correct: int
    members: tuple[int, ...]


@dataclass(frozen=True)
class PlayerAnswer:
    """One player's answer to one question, as decided when the question closed."""

    user_id: int
    correct: bool
    points: int
    elapsed: float
    hints: int  # hints shown before this answer
    attempts: int = 1
    option: int | None = None  # buttons: the chosen option index


@dataclass(frozen=True)
class QuestionAsked:
    """A new question is open. ``options`` is empty in typed mode."""

    number: int
    total: int
    question: QuestionLike = field(compare=False)
    text: str
    options: tuple[str, ...]
    time_limit: float
    max_hints: int
    mode: str
    category: str
    difficulty: str
    host_paced: bool = False  # no deadline: the host reveals (time_limit is then meaningless)


@dataclass(frozen=True)
class Hint:
    """A hint for the open question. Buttons mode hints remove wrong options (``removed_options``)."""

    number: int
    level: int  # 1 or 2
    text: str
    cost_percent: int  # points taken off answers given after this hint
    hints_left: int
    removed_options: tuple[int, ...] = ()


@dataclass(frozen=True)
class AnswerResult:
    """The outcome of one answer, returned to the caller (not queued: it is a reply, not news).

    In buttons mode the cog should only say "locked in" and keep ``status`` for itself until
    the reveal, or the first players would tell the rest."""

    user_id: int
    status: AnswerStatus
    points: int = 0
    streak: int = 0
    option: int | None = None


@dataclass(frozen=True)
class Revealed:
    """The open question closed. ``points`` maps each winner to the points this question gave."""

    number: int
    total: int
    question: QuestionLike = field(compare=False)
    answer: str
    source: str  # the article sentence the question came from ("" for pack questions)
    reason: RevealReason
    winners: tuple[int, ...]
    points: dict[int, int]
    answers: tuple[PlayerAnswer, ...]
    correct_option: int | None
    show_answer: bool
    scores: tuple[PlayerScore, ...]
    is_last: bool  # the game ends right after this reveal
    spoiler: bool = False  # show the answer behind a spoiler tag (Red's use_spoilers)
    bot_points: int = 0  # what the bot took for this question (Red's bot_plays), 0 if nothing
    teams: tuple[TeamScore, ...] = ()  # team standings after this question, best first
    host_paced: bool = False  # the host moves on (``Game.next``), not a timer


@dataclass(frozen=True)
class GamePaused:
    number: int
    remaining: float


@dataclass(frozen=True)
class GameResumed:
    number: int
    remaining: float


@dataclass(frozen=True)
class GameEnded:
    """The game is over; ``scores`` are sorted best first and ``winners`` are the top scorers."""

    scores: tuple[PlayerScore, ...]
    reason: EndReason
    questions_asked: int
    winners: tuple[int, ...]
    #: The bot's own standing when it plays (Red's bot_plays), kept out of ``scores`` so it is never
    #: saved to the leaderboard, as in Red; when it tops the table, ``winners`` is empty.
    bot: PlayerScore | None = None
    teams: tuple[TeamScore, ...] = ()  # team standings, best first (the first team won if it has points)


Event = QuestionAsked | Hint | Revealed | GamePaused | GameResumed | GameEnded


# --- pure helpers -----------------------------------------------------------------------------------


def make_options(question: QuestionLike, seed: int | str, number: int) -> tuple[tuple[str, ...], int]:
    """Answer + 3 distractors in a shuffled order that depends only on (seed, number, text).

    Deterministic so a restarted render, a test, or a replayed game shows the same letters.
    Returns (options, index of the correct option)."""
    items = [str(question.answers[0]), *(str(d) for d in list(question.distractors)[:3])]
    order = list(range(len(items)))
    random.Random(f"{seed}:{number}:{question.text}").shuffle(order)
    return tuple(items[i] for i in order), order.index(0)


def make_hint(answer: str, level: int) -> str:
    """A masked answer: level 1 shows each word's first character and the word count, level 2
    about half of every word. At least one letter or digit always stays hidden."""
    words = answer.split()
    shown: list[list[bool]] = []
    for word in words:
        alnum = [i for i, ch in enumerate(word) if ch.isalnum()]
        keep = 1 if level <= 1 else max(1, len(alnum) // 2)
        reveal = set(alnum[:keep])
        shown.append([(not ch.isalnum()) or i in reveal for i, ch in enumerate(word)])
    hidden = [(w, i) for w, flags in enumerate(shown) for i, ok in enumerate(flags) if not ok]
    if not hidden:  # e.g. "A" or "U 2": hide the last character we meant to show
        for w in range(len(words) - 1, -1, -1):
            alnum = [i for i, ch in enumerate(words[w]) if ch.isalnum()]
            if alnum:
                shown[w][alnum[-1]] = False
                break
    masked = " ".join(
        "".join(ch if ok else "_" for ch, ok in zip(word, flags, strict=True))
        for word, flags in zip(words, shown, strict=True)
    )
    if level <= 1:
        count = len(words)
        masked += f" ({count} word{'s' if count != 1 else ''})"
    return masked


def may_control(
    game: Game, user_id: int, *, role_ids: Iterable[int] = (), host_role_id: int | None = None, is_admin: bool = False
) -> bool:
    """May this user pause/resume/skip/stop the game? The host, admins, or the server's host role."""
    return is_admin or user_id == game.host_id or (host_role_id is not None and host_role_id in set(role_ids))


# --- the game ---------------------------------------------------------------------------------------


@dataclass
class _Player:
    points: int = 0
    correct: int = 0
    answered: int = 0
    streak: int = 0
    best_streak: int = 0
    fastest: float | None = None


@dataclass
class _Attempt:
    user_id: int
    correct: bool = False
    points: int = 0
    elapsed: float = 0.0
    hints: int = 0
    attempts: int = 0
    option: int | None = None


class Game:
    """One trivia game in one channel. Phases: ready → asking ⇄ between → ended (+ paused flag).

    All methods are synchronous and cheap; they read ``clock()`` for the current time."""

    def __init__(
        self,
        questions: Sequence[QuestionLike],
        config: GameConfig | None = None,
        *,
        clock: Clock = time.monotonic,
        grader: Grader = grade_answer,
        guild_id: int = 0,
        channel_id: int = 0,
        host_id: int = 0,
    ) -> None:
        self.config = config or GameConfig()
        self.questions = [q for q in questions if q.answers][: self.config.questions]
        if not self.questions:
            raise GameRefused("No questions to ask: try other categories or another pack.")
        if self.config.mode == "buttons":
            bad = [i + 1 for i, q in enumerate(self.questions) if len(q.distractors) < 3]
            if bad:
                raise GameRefused(
                    f"Buttons mode needs 3 wrong options per question, and question {bad[0]} has none; "
                    "use typed mode for this pack."
                )
        self.clock = clock
        self.grader = grader
        self.guild_id, self.channel_id, self.host_id = guild_id, channel_id, host_id
        self.phase: Literal["ready", "asking", "between", "ended"] = "ready"
        self.number = 0  # 1-based number of the open (or last) question
        self.closed = 0  # questions that have closed, whatever the reason
        self.end_reason: EndReason | None = None
        self._deadline: float | None = None
        self._paused_remaining: float | None = None
        self._hints_used = 0
        self._removed: list[int] = []
        self._options: tuple[str, ...] = ()
        self._correct_option: int | None = None
        self._players: dict[int, _Player] = {}
        self._attempts: dict[int, _Attempt] = {}
        self._idle_run = 0
        self._idle_out = False  # Red's timeout: nobody answered for idle_timeout seconds
        self._last_activity = 0.0  # clock time of the start or of the latest answer attempt
        self._bot = _Player()  # the bot's own points when it plays (never in ``scores``)
        self._team_of: dict[int, str] = {}  # player → team name, when the game has teams
        self._expected: frozenset[int] = frozenset()  # the players known when the open question was asked
        self._asked_at = 0.0
        self._outbox: list[Event] = []
        self._listeners: list[Callable[[], None]] = []

    # -- read-only views ------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self.config.mode

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def key(self) -> tuple[int, int]:
        return (self.guild_id, self.channel_id)

    @property
    def paused(self) -> bool:
        return self._paused_remaining is not None

    @property
    def host_paced(self) -> bool:
        return self.config.pace == "host"

    @property
    def ended(self) -> bool:
        return self.phase == "ended"

    @property
    def current(self) -> QuestionLike | None:
        return self.questions[self.number - 1] if self.phase == "asking" else None

    @property
    def options(self) -> tuple[str, ...]:
        return self._options

    @property
    def scores(self) -> tuple[PlayerScore, ...]:
        """Standings, best first (points, then correct answers, then user id for stability)."""
        rows = [
            PlayerScore(uid, p.points, p.correct, p.answered, p.streak, p.best_streak, p.fastest,
                        self._team_of.get(uid, ""))
            for uid, p in self._players.items()
        ]
        return tuple(sorted(rows, key=lambda s: (-s.points, -s.correct, s.user_id)))

    @property
    def team_scores(self) -> tuple[TeamScore, ...]:
        """Team standings, best first (points, then right answers, then the order teams were named)."""
        if not self.config.teams:
            return ()
        rows = []
        for name in self.config.teams:
            members = tuple(sorted(uid for uid, team in self._team_of.items() if team == name))
            players = [self._players[uid] for uid in members if uid in self._players]
            rows.append(TeamScore(name, sum(p.points for p in players), sum(p.correct for p in players), members))
        order = {name: i for i, name in enumerate(self.config.teams)}
        return tuple(sorted(rows, key=lambda t: (-t.points, -t.correct, order[t.name])))

    def team_of(self, user_id: int) -> str | None:
        return self._team_of.get(user_id)

    def join_team(self, user_id: int, team: str) -> str:
        """Put a player on a team (by name, any case); returns the team's name. A player may switch
        until they have answered a question, so nobody carries points from one team to another."""
        if not self.config.teams:
            raise GameError("This game isn't played in teams.")
        if self.ended:
            raise GameError("The game is over.")
        name = next((t for t in self.config.teams if t.casefold() == team.strip().casefold()), None)
        if name is None:
            raise GameError(f"There's no team called {team[:30]!r}.")
        current = self._team_of.get(user_id)
        if current is not None and current != name and self._players.get(user_id, _Player()).answered:
            raise GameError(f"You've already played for {current}; you stay with them this game.")
        self._team_of[user_id] = name
        self._player(user_id)
        return name

    @property
    def has_events(self) -> bool:
        """Events queued for the next ``tick`` (an action may queue them while the runner delivers others)."""
        return bool(self._outbox)

    def next_deadline(self) -> float | None:
        """Clock time of the next timed transition; None while paused, before start, or ended."""
        return None if self.paused or self.ended else self._deadline

    def time_left(self, now: float | None = None) -> float | None:
        if self.paused:
            return self._paused_remaining
        deadline = self.next_deadline()
        return None if deadline is None else max(0.0, deadline - self._now(now))

    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback()`` whenever an action changes the game; returns an unsubscribe function.
        :func:`run_game` uses it to wake up early instead of polling."""
        self._listeners.append(callback)

        def unsubscribe() -> None:
            if callback in self._listeners:
                self._listeners.remove(callback)

        return unsubscribe

    # -- time ------------------------------------------------------------------------------------

    def start(self, now: float | None = None) -> None:
        """Ask the first question (queued as QuestionAsked), or open the lobby where players pick
        their teams: for ``config.lobby`` seconds, or, host-paced, until the host's ``next``."""
        if self.phase != "ready":
            raise GameError("This game has already started.")
        now = self._now(now)
        self._last_activity = now
        if self.config.teams and self.host_paced:
            self.phase, self._deadline = "between", None
        elif self.config.lobby > 0:
            self.phase, self._deadline = "between", now + self.config.lobby
        else:
            self._ask(now)

    def tick(self, now: float | None = None) -> list[Event]:
        """Apply every transition due at ``now`` and hand out all queued events, oldest first."""
        now = self._now(now)
        while not self.ended and not self.paused and self._deadline is not None and now >= self._deadline:
            if self.phase == "asking":
                self._close("timeout", now)
            elif self.phase == "between":
                self._ask(now)
            else:
                break
        events, self._outbox = self._outbox, []
        return events

    # -- player actions ------------------------------------------------------------------------------

    def answer(self, user_id: int, text: str, now: float | None = None) -> AnswerResult:
        """A typed answer. The first correct one wins the question and closes it at once; a short
        message containing the answer counts unless it names another option (``answers.accepts``)."""
        if self.mode != "typed":
            raise GameError("This game uses buttons: pick one of the options.")
        now = self._now(now)
        refusal = self._refusal(user_id, now)
        if refusal:
            return refusal
        self._last_activity = now
        self._join_smallest_team(user_id)
        question = self.questions[self.number - 1]
        attempt = self._attempts.setdefault(user_id, _Attempt(user_id))
        self._player(user_id)
        attempt.attempts += 1
        answers = [str(a) for a in question.answers]
        others = other_options(question.text, answers, tuple(question.distractors))
        if not accepts(text, answers, kind=question.kind, others=others, grade=self.grader):
            return AnswerResult(user_id, "incorrect")
        elapsed = self._elapsed(now)
        attempt.correct, attempt.elapsed, attempt.hints = True, elapsed, self._hints_used
        attempt.points = self._points(user_id, elapsed, speed=False)
        self._close("answered", now)
        return AnswerResult(user_id, "correct", attempt.points, self._players[user_id].streak)

    def choose(self, user_id: int, option: int, now: float | None = None) -> AnswerResult:
        """A button press. One per player per question; points are weighted by speed and given
        to everyone correct when the question closes."""
        if self.mode != "buttons":
            raise GameError("This game is typed: write your answer in the channel.")
        now = self._now(now)
        refusal = self._refusal(user_id, now)
        if refusal:
            return refusal
        if not 0 <= option < len(self._options):
            raise ValueError(f"option {option} out of range")
        self._last_activity = now
        previous = self._attempts.get(user_id)
        if previous is not None and not self.host_paced:
            return AnswerResult(user_id, "already-answered", option=previous.option)
        self._join_smallest_team(user_id)
        self._player(user_id)
        elapsed = self._elapsed(now)
        correct = option == self._correct_option
        # No deadline when the host paces the game, so no speed bonus: the host's reveal is the buzzer.
        points = self._points(user_id, elapsed, speed=not self.host_paced) if correct else 0
        attempts = previous.attempts + 1 if previous is not None else 1
        self._attempts[user_id] = _Attempt(user_id, correct, points, elapsed, self._hints_used, attempts, option)
        status: AnswerStatus = "changed" if previous is not None else "correct" if correct else "incorrect"
        if not self.host_paced and self._expected and self._expected <= self._attempts.keys():
            self._close("everyone", now)  # every player has answered: no need to wait for the timer
        return AnswerResult(user_id, status, points, option=option)

    def hint(self, now: float | None = None) -> Hint:
        """Show the next hint (queued for the channel, and returned for the command's reply)."""
        now = self._now(now)
        if self.phase != "asking" or self._deadline_passed(now):
            raise GameError("There's no open question to give a hint for.")
        if self.paused:
            raise GameError("The game is paused.")
        if self._hints_used >= self.config.max_hints:
            raise GameError("No more hints for this question.")
        self._hints_used += 1
        level = self._hints_used
        question = self.questions[self.number - 1]
        if self.mode == "buttons":
            text = self._remove_option()
        else:
            text = make_hint(str(question.answers[0]), level)
        event = Hint(
            self.number,
            level,
            text,
            round(self.config.hint_cost * 100),
            self.config.max_hints - level,
            tuple(self._removed),
        )
        self._emit(event)
        return event

    # -- host actions --------------------------------------------------------------------------------

    def next(self, now: float | None = None) -> str:
        """The host's button in a host-paced game: reveal the open question (everyone right scores),
        or ask the next one. Returns what it did: "revealed" or "asked"."""
        now = self._now(now)
        if not self.host_paced:
            raise GameError("This game runs on a timer; `next` is for host-paced games (use skip).")
        if self.phase == "asking":
            self._close("host", now)
            return "revealed"
        if self.phase == "between":
            self._ask(now)
            return "asked"
        raise GameError("There's no question to move on from.")

    def pause(self, now: float | None = None) -> None:
        """Freeze the current timer (question or between questions)."""
        now = self._now(now)
        if self.host_paced:
            raise GameError("A host-paced game waits for you anyway: use next when you're ready.")
        if self.phase in ("ready", "ended"):
            raise GameError("There's no running game to pause.")
        if self.paused:
            raise GameError("The game is already paused.")
        remaining = max(0.0, (self._deadline or now) - now)
        self._paused_remaining = remaining
        self._emit(GamePaused(self.number, remaining))

    def resume(self, now: float | None = None) -> None:
        """Restart the frozen timer with the time that was left."""
        now = self._now(now)
        if self._paused_remaining is None or self.ended:
            raise GameError("The game isn't paused.")
        remaining = self._paused_remaining
        self._paused_remaining = None
        self._deadline = now + remaining
        self._emit(GameResumed(self.number, remaining))

    def skip(self, now: float | None = None) -> None:
        """Close the open question without points, or cut the pause before the next one short."""
        now = self._now(now)
        if self.paused:
            raise GameError("Resume the game before skipping.")
        if self.phase == "asking":
            self._close("skipped", now)
        elif self.phase == "between":
            self._deadline = now
            self._notify()
        else:
            raise GameError("There's no question to skip.")

    def stop(self, now: float | None = None) -> None:
        """End the game now. An open question is revealed without points; scores so far stand."""
        now = self._now(now)
        if self.ended:
            raise GameError("The game has already ended.")
        if self.phase == "asking":
            self._emit(self._reveal("stopped", (), {}, is_last=True))
            self.closed += 1
        self._end("stopped")

    # -- internals ------------------------------------------------------------------------------------

    def _now(self, now: float | None) -> float:
        return self.clock() if now is None else now

    def _emit(self, event: Event) -> None:
        self._outbox.append(event)
        self._notify()

    def _notify(self) -> None:
        for callback in list(self._listeners):
            callback()

    def _player(self, user_id: int) -> _Player:
        return self._players.setdefault(user_id, _Player())

    def _deadline_passed(self, now: float) -> bool:
        return not self.paused and self._deadline is not None and now >= self._deadline

    def _refusal(self, user_id: int, now: float) -> AnswerResult | None:
        """Why an answer can't count now (too late, paused), or None if it can."""
        if self.phase != "asking" or self._deadline_passed(now):
            return AnswerResult(user_id, "too-late")
        if self.paused:
            return AnswerResult(user_id, "paused")
        return None

    def _elapsed(self, now: float) -> float:
        """Seconds the question has been open, not counting pauses."""
        if self.host_paced:
            return max(0.0, now - self._asked_at)
        remaining = self._deadline - now if self._deadline is not None else 0.0
        return min(self.config.time_limit, max(0.0, self.config.time_limit - remaining))

    def _points(self, user_id: int, elapsed: float, *, speed: bool) -> int:
        """Base points (speed-weighted in buttons mode) × hint penalty × streak bonus."""
        c = self.config
        base = c.base_points * (1 - c.speed_weight * elapsed / c.time_limit) if speed else c.base_points
        hint_factor = max(0.0, 1 - c.hint_cost * self._hints_used)
        streak = self._players[user_id].streak
        bonus = 1 + min(streak * c.streak_step, c.streak_cap)
        return max(0, round(base * hint_factor * bonus))

    def _join_smallest_team(self, user_id: int) -> None:
        """A player who answers without picking a team joins the smallest one (the first named, on a tie)."""
        if self.config.teams and user_id not in self._team_of:
            sizes = {name: 0 for name in self.config.teams}
            for team in self._team_of.values():
                sizes[team] += 1
            self._team_of[user_id] = min(self.config.teams, key=lambda name: sizes[name])

    def _remove_option(self) -> str:
        """Buttons hint: rule out one wrong option, chosen reproducibly."""
        wrong = [i for i in range(len(self._options)) if i != self._correct_option and i not in self._removed]
        rng = random.Random(f"{self.config.seed}:{self.number}:hint{self._hints_used}")
        if not wrong:
            return "No more options to rule out."
        out = rng.choice(wrong)
        self._removed.append(out)
        return f"It's not {OPTION_LETTERS[out]}: {self._options[out]}"

    def _ask(self, now: float) -> None:
        self.number += 1
        question = self.questions[self.number - 1]
        self.phase = "asking"
        self._hints_used = 0
        self._removed = []
        self._attempts = {}
        if self.mode == "buttons":
            self._options, self._correct_option = make_options(question, self.config.seed, self.number)
        else:
            self._options, self._correct_option = (), None
        self._asked_at = now
        self._deadline = None if self.host_paced else now + self.config.time_limit
        # The players this question waits for: everyone who has played so far, or joined a team.
        self._expected = frozenset(self._players)
        self._emit(
            QuestionAsked(
                self.number,
                self.total,
                question,
                question.text,
                self._options,
                self.config.time_limit,
                self.config.max_hints,
                self.mode,
                question.category,
                question.difficulty,
                self.host_paced,
            )
        )

    def _close(self, reason: RevealReason, now: float) -> None:
        """Score the open question, reveal it, then schedule the next one or end the game."""
        counts = reason in ("answered", "everyone", "host", "timeout")
        winners = sorted((a for a in self._attempts.values() if a.correct and counts), key=lambda a: a.elapsed)
        points = {a.user_id: a.points for a in winners}
        for uid, player in self._players.items():
            if uid in points:
                player.points += points[uid]
                player.correct += 1
                elapsed = self._attempts[uid].elapsed
                player.fastest = elapsed if player.fastest is None else min(player.fastest, elapsed)
                player.streak += 1
                player.best_streak = max(player.best_streak, player.streak)
            elif counts:
                player.streak = 0
        for uid in self._attempts:
            self._players[uid].answered += 1
        self._idle_run = self._idle_run + 1 if (reason == "timeout" and not self._attempts) else 0
        # Red's timeout and bot_plays act only when a question runs out with nobody right: first
        # "has anyone answered at all lately?", and only if the game goes on, the bot's point.
        timed_out = reason in ("timeout", "host") and not winners
        idle_timeout = self.config.idle_timeout
        self._idle_out = (reason == "timeout" and timed_out and idle_timeout is not None
                          and now - self._last_activity >= idle_timeout)
        bot_points = 0
        if timed_out and self.config.bot_plays and not self._idle_out:
            bot_points = self.config.base_points
            self._bot.points += bot_points
            self._bot.correct += 1
        self.closed += 1
        end = self._end_reason()
        self._emit(self._reveal(reason, tuple(a.user_id for a in winners), points, is_last=end is not None,
                                bot_points=bot_points))
        if end is not None:
            self._end(end)
        else:
            self.phase = "between"
            self._deadline = None if self.host_paced else now + self.config.delay

    def _end_reason(self) -> EndReason | None:
        c = self.config
        if c.target_correct is not None:  # a pack's own max_score replaces the server's points target
            if any(p.correct >= c.target_correct for p in (*self._players.values(), self._bot)):
                return "max_score"
        elif c.max_score is not None and any(p.points >= c.max_score for p in self._players.values()):
            return "max_score"
        if self.number >= self.total:
            return "questions"
        if c.idle_timeout is not None:
            return "idle" if self._idle_out else None
        if c.idle_limit and self._idle_run >= c.idle_limit:
            return "idle"
        return None

    def _reveal(
        self, reason: RevealReason, winners: tuple[int, ...], points: dict[int, int], *, is_last: bool,
        bot_points: int = 0,
    ) -> Revealed:
        question = self.questions[self.number - 1]
        answers = tuple(
            PlayerAnswer(a.user_id, a.correct and a.user_id in points, points.get(a.user_id, 0), a.elapsed, a.hints,
                         a.attempts, a.option)
            for a in sorted(self._attempts.values(), key=lambda a: (a.elapsed, a.user_id))
        )
        show = self.config.reveal_answer or bool(winners)
        return Revealed(
            self.number,
            self.total,
            question,
            str(question.answers[0]),
            question.source_sentence or "",
            reason,
            winners,
            points,
            answers,
            self._correct_option,
            show,
            self.scores,
            is_last,
            spoiler=self.config.use_spoilers,
            bot_points=bot_points,
            teams=self.team_scores,
            host_paced=self.host_paced,
        )

    def _end(self, reason: EndReason) -> None:
        self.phase = "ended"
        self.end_reason = reason
        self._deadline = None
        self._paused_remaining = None
        self._emit(self.result())

    def result(self) -> GameEnded:
        """The final standings (also fine mid-game: the standings so far, reason "stopped")."""
        scores = self.scores
        top = scores[0].points if scores else 0
        bot = None
        if self.config.bot_plays:
            b = self._bot
            bot = PlayerScore(0, b.points, b.correct, 0, 0, 0)
        if bot is not None and bot.points > top:
            winners: tuple[int, ...] = ()  # the bot won: no player gets the win
        else:
            winners = tuple(s.user_id for s in scores if top > 0 and s.points == top)
        return GameEnded(scores, self.end_reason or "stopped", self.closed, winners, bot, self.team_scores)


# --- many channels ------------------------------------------------------------------------------------


class GameManager:
    """The running games, one per (guild_id, channel_id). Ended games free their channel."""

    def __init__(self, *, clock: Clock = time.monotonic, grader: Grader = grade_answer) -> None:
        self.clock = clock
        self.grader = grader
        self.message_content_intent = True
        self._games: dict[tuple[int, int], Game] = {}

    def set_message_content_intent(self, available: bool) -> None:
        """The cog reports whether the bot has the Message Content intent; without it typed
        games can't see answers, so they are refused with a pointer to buttons mode."""
        self.message_content_intent = available

    def get(self, guild_id: int, channel_id: int) -> Game | None:
        game = self._games.get((guild_id, channel_id))
        return game if game is not None and not game.ended else None

    def games(self) -> list[Game]:
        return [g for g in self._games.values() if not g.ended]

    def start(
        self,
        guild_id: int,
        channel_id: int,
        host_id: int,
        questions: Sequence[QuestionLike],
        config: GameConfig | None = None,
    ) -> Game:
        """Create (not yet start) a game for this channel, or raise GameRefused with the reason."""
        config = config or GameConfig()
        if self.get(guild_id, channel_id) is not None:
            raise GameRefused("A trivia game is already running in this channel; stop it first.")
        if config.mode == "typed" and not self.message_content_intent:
            raise GameRefused(INTENT_MISSING_MESSAGE)
        game = Game(
            questions, config, clock=self.clock, grader=self.grader,
            guild_id=guild_id, channel_id=channel_id, host_id=host_id,
        )
        self._games[game.key] = game
        return game

    def discard(self, game: Game) -> None:
        """Forget a game (after it ended, or when its task died)."""
        if self._games.get(game.key) is game:
            del self._games[game.key]


# --- the asyncio runner ------------------------------------------------------------------------------

Sink = Callable[[Any], Awaitable[None]]


async def run_game(
    game: Game,
    sink: Sink,
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    *,
    recorder: Sink | None = None,
) -> GameEnded:
    """Drive ``game`` until it ends: start it, tick at each deadline or as soon as an action
    changes it, and pass every event to ``recorder`` (persistence, first) then ``sink`` (render).

    A failing sink or recorder is logged, not fatal: a Discord hiccup must not end the game.
    Cancelling the task leaves the game un-ended in storage; ``store.recover_interrupted``
    closes it on the next start. Only the runner should call ``game.tick()``: events are
    handed out once."""
    wake = asyncio.Event()
    unsubscribe = game.subscribe(wake.set)
    try:
        if game.phase == "ready":
            game.start()
        while True:
            wake.clear()
            for event in game.tick():
                for target in (recorder, sink):
                    if target is not None:
                        await _deliver(target, event)
                if isinstance(event, GameEnded):
                    return event
            if game.ended:
                if game.has_events:  # an answer during delivery ended it (the last question closed early)
                    continue
                return game.result()  # someone else drained the GameEnded event: don't wait forever
            await _wait(game, wake, sleep)
    finally:
        unsubscribe()


async def _deliver(target: Sink, event: Any) -> None:
    try:
        await target(event)
    except asyncio.CancelledError:
        raise
    except Exception:
        log.exception("trivia: handling %s failed", type(event).__name__)


async def _wait(game: Game, wake: asyncio.Event, sleep: Callable[[float], Awaitable[Any]]) -> None:
    """Sleep until the next deadline or until the game changes, whichever comes first."""
    left = game.time_left()
    if wake.is_set():
        return
    if left is None or game.paused:
        await wake.wait()
        return
    if left <= 0:
        await sleep(0)
        return
    sleeper = asyncio.ensure_future(sleep(math.nextafter(left, math.inf)))
    waiter = asyncio.ensure_future(wake.wait())
    try:
        await asyncio.wait({sleeper, waiter}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (sleeper, waiter):
            if not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
