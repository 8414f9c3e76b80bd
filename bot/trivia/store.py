"""Trivia persistence: games, per-question results, scores, seasons, settings, packs, leaderboards.

One interface, :class:`TriviaStore`, with two backends: :class:`~bot.trivia.sqlite_store.SqliteTriviaStore`
(the embedded file, the default) and :class:`~bot.trivia.pg_store.PostgresTriviaStore` (a PostgreSQL
server that several bot processes share, when ``FILMBOT_DATABASE_URL`` is set). The service, the cog
and the console only ever see the interface, and the same tests run against both backends.

Why scores are written after *every* question, in one transaction with the question's result:
the bot can die at any moment (deploy, crash, host reboot). What a player earned on a finished
question must survive, and the game row must never disagree with its score rows. On the next
start :meth:`TriviaStore.recover_interrupted` closes such games with reason ``"restart"``, and
only those of the shards this process runs, since other processes' games are still being played.

Everything is keyed by guild: a server only ever reads its own games, seasons, settings and
packs. The one exception is the ``"all-time"`` leaderboard, which sums every guild's games (of
every process, when they share PostgreSQL) and exposes only user ids and totals.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from ..config import ShardPlan
from .packs import Pack, PackInfo
from .session import Event, GameEnded, Revealed
from .settings import TriviaSettings

__all__ = [
    "SCOPES",
    "GameRecorder",
    "InterruptedGame",
    "LeaderboardRow",
    "Season",
    "StoreError",
    "TriviaStore",
]

Scope = Literal["server", "season", "all-time"]
Sort = Literal["points", "wins", "games"]
SCOPES: tuple[str, ...] = ("server", "season", "all-time")
ORDER = {  # whitelisted ORDER BY clauses; ties fall through to the other totals, then user id
    "points": "points DESC, wins DESC, games DESC",
    "wins": "wins DESC, points DESC, games DESC",
    "games": "games DESC, points DESC, wins DESC",
}


class StoreError(Exception):
    """The store could not do its work (database unreachable, full, busy); str() is one sentence
    fit for the user. Nothing half-done is left behind: every write is one transaction."""


@dataclass(frozen=True)
class Season:
    id: int
    guild_id: int
    number: int
    name: str
    started_at: str  # ISO 8601, UTC
    ended_at: str | None


@dataclass(frozen=True)
class InterruptedGame:
    """A game the bot was running when it stopped, closed by :meth:`TriviaStore.recover_interrupted`."""

    game_id: int
    guild_id: int
    channel_id: int
    host_id: int
    questions_asked: int
    scores: tuple[tuple[int, int], ...]  # (user_id, points), best first
    winners: tuple[int, ...]


@dataclass(frozen=True)
class LeaderboardRow:
    rank: int  # 1, 1, 3 … (ties share a rank)
    user_id: int
    points: int
    wins: int
    games: int
    correct: int


class TriviaStore(ABC):
    """Where trivia state lives. Every method is one transaction; methods that change a guild's
    seasons, settings or packs are serialised per guild (two hosts pressing at once, in one process
    or in two, get one season 1, and neither setting is lost)."""

    backend: ClassVar[str]  # "sqlite" | "postgresql"

    # --- seasons -------------------------------------------------------------------------------------
    @abstractmethod
    async def current_season(self, guild_id: int) -> Season:
        """The guild's open season, creating season 1 on first use."""

    @abstractmethod
    async def new_season(self, guild_id: int, name: str = "") -> Season:
        """``/trivia season new``: close the open season and start the next one. Old seasons'
        games stay in the server and all-time leaderboards."""

    # --- games ---------------------------------------------------------------------------------------
    @abstractmethod
    async def create_game(self, guild_id: int, channel_id: int, host_id: int, mode: str, source: str = "") -> int:
        """Record a new game in the guild's current season; returns the game id for GameRecorder."""

    @abstractmethod
    async def record_question(self, game_id: int, revealed: Revealed) -> None:
        """Save one closed question, its answers and the running totals, in one transaction."""

    @abstractmethod
    async def finish_game(self, game_id: int, ended: GameEnded) -> None:
        """Final scores, winners (top scorers above 0, ties all win) and the end reason; a game
        already ended is left alone."""

    @abstractmethod
    async def recover_interrupted(self, shards: ShardPlan | None = None) -> list[InterruptedGame]:
        """End every game without an end (reason "restart") in a guild of ``shards`` (all guilds
        when None), keeping the scores saved up to its last finished question, and return them so
        the bot can tell each channel."""

    # --- leaderboards --------------------------------------------------------------------------------
    @abstractmethod
    async def leaderboard(self, guild_id: int, scope: Scope = "server", sort: Sort = "points",
                          limit: int = 10) -> list[LeaderboardRow]:
        """Totals per user, best first.

        * ``"server"``: every game played in this guild;
        * ``"season"``: games in this guild's current (open) season;
        * ``"all-time"``: every game in every guild (``guild_id`` is ignored); only user ids and
          totals come out, so nothing about other servers is revealed.

        ``sort`` is ``"points"``, ``"wins"`` or ``"games"`` (games played). Running games count
        with the scores of their finished questions. Raises ValueError for another scope or sort."""

    # --- settings ------------------------------------------------------------------------------------
    @abstractmethod
    async def get_settings(self, guild_id: int) -> TriviaSettings:
        """This guild's settings; defaults for a guild that never changed any."""

    @abstractmethod
    async def set_setting(self, guild_id: int, key: str, value: Any) -> TriviaSettings:
        """Validate and save one setting (raises SettingError with a message for the admin)."""

    @abstractmethod
    async def reset_settings(self, guild_id: int) -> None: ...

    # --- packs ---------------------------------------------------------------------------------------
    @abstractmethod
    async def save_pack(self, guild_id: int, pack: Pack, user_id: int) -> int:
        """Store ``pack`` for this guild, replacing a pack of the same name; returns its row id.
        Raises PackError when the guild already has MAX_PACKS_PER_GUILD other packs."""

    @abstractmethod
    async def list_packs(self, guild_id: int) -> list[PackInfo]:
        """This guild's packs, by name."""

    @abstractmethod
    async def get_pack(self, guild_id: int, name: str) -> Pack | None: ...

    @abstractmethod
    async def delete_pack(self, guild_id: int, name: str) -> bool: ...


class GameRecorder:
    """The ``recorder`` for :func:`~bot.trivia.session.run_game`: persists Revealed and GameEnded."""

    def __init__(self, store: TriviaStore, game_id: int) -> None:
        self.store = store
        self.game_id = game_id

    async def __call__(self, event: Event) -> None:
        if isinstance(event, Revealed):
            await self.store.record_question(self.game_id, event)
        elif isinstance(event, GameEnded):
            await self.store.finish_game(self.game_id, event)


# --- what both backends share: checks and shaping, no SQL --------------------------------------------


def board_query(scope: str, sort: str, limit: int) -> tuple[str, int]:
    """Validate a leaderboard request; returns (ORDER BY clause, clamped limit)."""
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(SCOPES)}")
    if sort not in ORDER:
        raise ValueError(f"sort must be one of {', '.join(ORDER)}")
    return ORDER[sort], max(1, min(100, int(limit)))


def ranked(rows: Sequence[Sequence[int]], sort: str) -> list[LeaderboardRow]:
    """(user_id, points, wins, games, correct) rows, best first → rows with shared ranks for ties."""
    out: list[LeaderboardRow] = []
    for i, (user_id, points, wins, games, correct) in enumerate(rows):
        totals = {"points": points, "wins": wins, "games": games}
        rank = out[-1].rank if out and getattr(out[-1], sort) == totals[sort] else i + 1
        out.append(LeaderboardRow(rank, int(user_id), int(points), int(wins), int(games), int(correct)))
    return out


def interrupted(game: Sequence[int], score_rows: Sequence[Sequence[int]]) -> InterruptedGame:
    """(id, guild, channel, host, asked) and its (user_id, points, won) rows, best first."""
    game_id, guild_id, channel_id, host_id, asked = (int(v) for v in game)
    scores = tuple((int(r[0]), int(r[1])) for r in score_rows)
    winners = tuple(int(r[0]) for r in score_rows if r[2])
    return InterruptedGame(game_id, guild_id, channel_id, host_id, int(asked), scores, winners)


def pack_from_row(name: str, author: str, description: str, config: str, questions: str) -> Pack:
    """A stored pack (its config and questions as JSON text) back into a Pack."""
    entries = tuple((str(q), tuple(str(a) for a in answers)) for q, answers in json.loads(questions))
    return Pack(name, author, description, json.loads(config), entries)


def season_name(name: str) -> str:
    return name.strip()[:100]
