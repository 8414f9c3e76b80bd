"""Trivia persistence: games, per-question results, scores, seasons, settings and leaderboards.

Why scores are written after *every* question, in one transaction with the question's result:
the bot can die at any moment (deploy, crash, host reboot). What a player earned on a finished
question must survive, and the game row must never disagree with its score rows. On the next
start :func:`recover_interrupted` closes such games with reason ``"restart"``.

Everything is keyed by guild: a server only ever reads its own games, seasons, settings and
packs. The one exception is the ``"all-time"`` leaderboard, which sums every guild's games and
exposes only user ids and totals (no guild, channel or game details).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, Literal

import aiosqlite

from ..database import Transaction
from .session import Event, GameEnded, PlayerScore, Revealed
from .settings import TriviaSettings

__all__ = [
    "GameRecorder",
    "InterruptedGame",
    "LeaderboardRow",
    "Season",
    "create_game",
    "current_season",
    "finish_game",
    "get_settings",
    "leaderboard",
    "new_season",
    "record_question",
    "recover_interrupted",
    "reset_settings",
    "set_setting",
    "write_transaction",
]

Scope = Literal["server", "season", "all-time"]
Sort = Literal["points", "wins", "games"]
SCOPES: tuple[str, ...] = ("server", "season", "all-time")
_ORDER = {  # whitelisted ORDER BY clauses; ties fall through to the other totals, then user id
    "points": "points DESC, wins DESC, games DESC",
    "wins": "wins DESC, points DESC, games DESC",
    "games": "games DESC, points DESC, wins DESC",
}
_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

@asynccontextmanager
async def write_transaction(conn: aiosqlite.Connection) -> AsyncIterator[aiosqlite.Connection]:
    """One write transaction. Many channels' games share one connection; ``Transaction``
    serialises transactions per connection so two games' BEGIN … COMMIT never interleave."""
    async with Transaction(conn):
        yield conn


# --- seasons ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Season:
    id: int
    guild_id: int
    number: int
    name: str
    started_at: str
    ended_at: str | None


async def _open_season(conn: aiosqlite.Connection, guild_id: int) -> Season:
    """The guild's open season, creating season 1 on first use (call inside a transaction)."""
    async with conn.execute(
        "SELECT id, guild_id, number, name, started_at, ended_at FROM trivia_seasons "
        "WHERE guild_id = ? AND ended_at IS NULL",
        (guild_id,),
    ) as cur:
        row = await cur.fetchone()
    if row is not None:
        return Season(*row)
    return await _insert_season(conn, guild_id, "")


async def _insert_season(conn: aiosqlite.Connection, guild_id: int, name: str) -> Season:
    async with conn.execute(
        "INSERT INTO trivia_seasons (guild_id, number, name) "
        "VALUES (?, (SELECT COALESCE(MAX(number), 0) + 1 FROM trivia_seasons WHERE guild_id = ?), ?) "
        "RETURNING id, guild_id, number, name, started_at, ended_at",
        (guild_id, guild_id, name),
    ) as cur:
        row = await cur.fetchone()
    return Season(*row)


async def current_season(conn: aiosqlite.Connection, guild_id: int) -> Season:
    async with write_transaction(conn):
        return await _open_season(conn, guild_id)


async def new_season(conn: aiosqlite.Connection, guild_id: int, name: str = "") -> Season:
    """``/trivia season new``: close the open season and start the next one. Old seasons'
    games stay in the server and all-time leaderboards."""
    async with write_transaction(conn):
        await conn.execute(
            f"UPDATE trivia_seasons SET ended_at = {_NOW} WHERE guild_id = ? AND ended_at IS NULL", (guild_id,)
        )
        return await _insert_season(conn, guild_id, name.strip()[:100])


# --- games ------------------------------------------------------------------------------------------


async def create_game(
    conn: aiosqlite.Connection, guild_id: int, channel_id: int, host_id: int, mode: str, source: str = ""
) -> int:
    """Record a new game in the guild's current season; returns the game id for GameRecorder."""
    async with write_transaction(conn):
        season = await _open_season(conn, guild_id)
        cur = await conn.execute(
            "INSERT INTO trivia_games (guild_id, channel_id, host_id, mode, source, season_id) VALUES (?, ?, ?, ?, ?, ?)",
            (guild_id, channel_id, host_id, mode, source, season.id),
        )
        return int(cur.lastrowid or 0)


async def _upsert_scores(conn: aiosqlite.Connection, game_id: int, scores: tuple[PlayerScore, ...]) -> None:
    await conn.executemany(
        """INSERT INTO trivia_scores (game_id, user_id, points, correct, answered, best_streak)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (game_id, user_id) DO UPDATE SET points = excluded.points, correct = excluded.correct,
             answered = excluded.answered, best_streak = excluded.best_streak""",
        [(game_id, s.user_id, s.points, s.correct, s.answered, s.best_streak) for s in scores],
    )


async def record_question(conn: aiosqlite.Connection, game_id: int, revealed: Revealed) -> None:
    """Save one closed question, its answers and the running totals, in one transaction."""
    q = revealed.question
    film_id = q.film_id if isinstance(q.film_id, int) else None
    async with write_transaction(conn):
        await conn.execute(
            "INSERT OR REPLACE INTO trivia_questions "
            "(game_id, number, question_key, film_id, category, text, answer, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (game_id, revealed.number, "" if q.id is None else str(q.id), film_id, q.category or "",
             q.text, revealed.answer, revealed.reason),
        )
        await conn.executemany(
            "INSERT OR REPLACE INTO trivia_answers "
            "(game_id, number, user_id, correct, points, elapsed, hints, attempts, option) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(game_id, revealed.number, a.user_id, int(a.correct), a.points, round(a.elapsed, 3), a.hints,
              a.attempts, a.option) for a in revealed.answers],
        )
        await _upsert_scores(conn, game_id, revealed.scores)
        await conn.execute(
            "UPDATE trivia_games SET questions_asked = MAX(questions_asked, ?) WHERE id = ?", (revealed.number, game_id)
        )


async def _mark_winners(conn: aiosqlite.Connection, game_id: int) -> None:
    """Winners are the top scorers with more than 0 points (ties all win)."""
    await conn.execute(
        "UPDATE trivia_scores SET won = (points > 0 AND points = "
        "(SELECT MAX(points) FROM trivia_scores WHERE game_id = ?)) WHERE game_id = ?",
        (game_id, game_id),
    )


async def finish_game(conn: aiosqlite.Connection, game_id: int, ended: GameEnded) -> None:
    """Final scores, winners and the end reason; a game already ended is left alone."""
    async with write_transaction(conn):
        await _upsert_scores(conn, game_id, ended.scores)
        await _mark_winners(conn, game_id)
        await conn.execute(
            f"UPDATE trivia_games SET ended_at = {_NOW}, end_reason = ?, "
            "questions_asked = MAX(questions_asked, ?) WHERE id = ? AND ended_at IS NULL",
            (ended.reason, ended.questions_asked, game_id),
        )


class GameRecorder:
    """The ``recorder`` for :func:`~bot.trivia.session.run_game`: persists Revealed and GameEnded."""

    def __init__(self, conn: aiosqlite.Connection, game_id: int) -> None:
        self.conn = conn
        self.game_id = game_id

    async def __call__(self, event: Event) -> None:
        if isinstance(event, Revealed):
            await record_question(self.conn, self.game_id, event)
        elif isinstance(event, GameEnded):
            await finish_game(self.conn, self.game_id, event)


@dataclass(frozen=True)
class InterruptedGame:
    """A game the bot was running when it stopped, closed by :func:`recover_interrupted`."""

    game_id: int
    guild_id: int
    channel_id: int
    host_id: int
    questions_asked: int
    scores: tuple[tuple[int, int], ...]  # (user_id, points), best first
    winners: tuple[int, ...]


async def recover_interrupted(conn: aiosqlite.Connection) -> list[InterruptedGame]:
    """End every game without ``ended_at`` (reason "restart"), keeping the scores saved up to
    its last finished question, and return them so the bot can tell each channel."""
    out: list[InterruptedGame] = []
    async with write_transaction(conn):
        async with conn.execute(
            "SELECT id, guild_id, channel_id, host_id, questions_asked FROM trivia_games "
            "WHERE ended_at IS NULL ORDER BY id"
        ) as cur:
            games = await cur.fetchall()
        for game_id, guild_id, channel_id, host_id, asked in games:
            await _mark_winners(conn, game_id)
            await conn.execute(
                f"UPDATE trivia_games SET ended_at = {_NOW}, end_reason = 'restart' WHERE id = ?", (game_id,)
            )
            async with conn.execute(
                "SELECT user_id, points, won FROM trivia_scores WHERE game_id = ? ORDER BY points DESC, user_id",
                (game_id,),
            ) as cur:
                rows = await cur.fetchall()
            scores = tuple((r[0], r[1]) for r in rows)
            winners = tuple(r[0] for r in rows if r[2])
            out.append(InterruptedGame(game_id, guild_id, channel_id, host_id, asked, scores, winners))
    return out


# --- leaderboards -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LeaderboardRow:
    rank: int  # 1, 1, 3 … (ties share a rank)
    user_id: int
    points: int
    wins: int
    games: int
    correct: int


async def leaderboard(
    conn: aiosqlite.Connection, guild_id: int, scope: Scope = "server", sort: Sort = "points", limit: int = 10
) -> list[LeaderboardRow]:
    """Totals per user, best first.

    * ``"server"``: every game played in this guild;
    * ``"season"``: games in this guild's current (open) season;
    * ``"all-time"``: every game in every guild (``guild_id`` is ignored); only user ids and
      totals come out, so nothing about other servers is revealed.

    ``sort`` is ``"points"``, ``"wins"`` or ``"games"`` (games played). Running games count
    with the scores of their finished questions."""
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(SCOPES)}")
    if sort not in _ORDER:
        raise ValueError(f"sort must be one of {', '.join(_ORDER)}")
    limit = max(1, min(100, int(limit)))
    where, params = "1 = 1", []
    if scope == "server":
        where, params = "g.guild_id = ?", [guild_id]
    elif scope == "season":
        where = "g.guild_id = ? AND g.season_id = (SELECT id FROM trivia_seasons WHERE guild_id = ? AND ended_at IS NULL)"
        params = [guild_id, guild_id]
    sql = (
        "SELECT s.user_id, SUM(s.points) AS points, SUM(s.won) AS wins, COUNT(*) AS games, SUM(s.correct) AS correct "
        f"FROM trivia_scores s JOIN trivia_games g ON g.id = s.game_id WHERE {where} "
        f"GROUP BY s.user_id ORDER BY {_ORDER[sort]}, s.user_id LIMIT ?"
    )
    async with conn.execute(sql, (*params, limit)) as cur:
        rows = await cur.fetchall()
    out: list[LeaderboardRow] = []
    for i, (user_id, points, wins, games, correct) in enumerate(rows):
        totals = {"points": points, "wins": wins, "games": games}
        rank = i + 1
        if out and getattr(out[-1], sort) == totals[sort]:
            rank = out[-1].rank
        out.append(LeaderboardRow(rank, user_id, points, wins, games, correct))
    return out


# --- settings ---------------------------------------------------------------------------------------


async def get_settings(conn: aiosqlite.Connection, guild_id: int) -> TriviaSettings:
    """This guild's settings; defaults for a guild that never changed any."""
    async with conn.execute("SELECT settings FROM trivia_settings WHERE guild_id = ?", (guild_id,)) as cur:
        row = await cur.fetchone()
    return TriviaSettings.from_json(json.loads(row[0]) if row else None)


async def set_setting(conn: aiosqlite.Connection, guild_id: int, key: str, value: Any) -> TriviaSettings:
    """Validate and save one setting (raises SettingError with a message for the admin)."""
    async with write_transaction(conn):
        current = await get_settings(conn, guild_id)
        updated = current.with_value(key, value)
        await conn.execute(
            f"INSERT INTO trivia_settings (guild_id, settings) VALUES (?, ?) "
            f"ON CONFLICT (guild_id) DO UPDATE SET settings = excluded.settings, updated_at = {_NOW}",
            (guild_id, json.dumps(updated.to_json(), sort_keys=True)),
        )
    return updated


async def reset_settings(conn: aiosqlite.Connection, guild_id: int) -> None:
    async with write_transaction(conn):
        await conn.execute("DELETE FROM trivia_settings WHERE guild_id = ?", (guild_id,))
