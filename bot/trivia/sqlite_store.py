"""The trivia store in the embedded SQLite file: the default, one process, no server to run.

The bot gives it a long-lived connection of its own to the library's file (``Library.writer``), so
a score write waiting for SQLite's write lock never holds up film reads; :class:`~bot.database.Transaction`
serialises transactions on it (``BEGIN IMMEDIATE`` … ``COMMIT``), so many channels' games and a
settings change never interleave their statements, SQLite's lock keeps them apart from an ingest,
and a guild's season or settings are never written by two transactions at once.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import aiosqlite

from ..config import ShardPlan
from ..database import Transaction, friendly
from .packs import MAX_PACKS_PER_GUILD, Pack, PackError, PackInfo
from .session import GameEnded, PlayerScore, Revealed
from .settings import TriviaSettings
from .store import (
    InterruptedGame,
    LeaderboardRow,
    Scope,
    Season,
    Sort,
    StoreError,
    TriviaStore,
    board_query,
    interrupted,
    pack_from_row,
    ranked,
    season_name,
)

__all__ = ["SqliteTriviaStore"]

_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"


class SqliteTriviaStore(TriviaStore):
    backend = "sqlite"

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn

    def _tx(self) -> _Tx:
        return _Tx(self.conn)

    # --- seasons -------------------------------------------------------------------------------------
    async def _open_season(self, guild_id: int) -> Season:
        """The guild's open season, creating season 1 on first use (inside a transaction)."""
        async with self.conn.execute(
            "SELECT id, guild_id, number, name, started_at, ended_at FROM trivia_seasons "
            "WHERE guild_id = ? AND ended_at IS NULL",
            (guild_id,),
        ) as cur:
            row = await cur.fetchone()
        if row is not None:
            return Season(*row)
        return await self._insert_season(guild_id, "")

    async def _insert_season(self, guild_id: int, name: str) -> Season:
        async with self.conn.execute(
            "INSERT INTO trivia_seasons (guild_id, number, name) "
            "VALUES (?, (SELECT COALESCE(MAX(number), 0) + 1 FROM trivia_seasons WHERE guild_id = ?), ?) "
            "RETURNING id, guild_id, number, name, started_at, ended_at",
            (guild_id, guild_id, name),
        ) as cur:
            row = await cur.fetchone()
        return Season(*row)

    async def current_season(self, guild_id: int) -> Season:
        async with self._tx():
            return await self._open_season(guild_id)

    async def new_season(self, guild_id: int, name: str = "") -> Season:
        async with self._tx():
            await self.conn.execute(
                f"UPDATE trivia_seasons SET ended_at = {_NOW} WHERE guild_id = ? AND ended_at IS NULL", (guild_id,)
            )
            return await self._insert_season(guild_id, season_name(name))

    # --- games ---------------------------------------------------------------------------------------
    async def create_game(self, guild_id: int, channel_id: int, host_id: int, mode: str, source: str = "") -> int:
        async with self._tx():
            season = await self._open_season(guild_id)
            cur = await self.conn.execute(
                "INSERT INTO trivia_games (guild_id, channel_id, host_id, mode, source, season_id) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (guild_id, channel_id, host_id, mode, source, season.id),
            )
            return int(cur.lastrowid or 0)

    async def _upsert_scores(self, game_id: int, scores: tuple[PlayerScore, ...]) -> None:
        await self.conn.executemany(
            """INSERT INTO trivia_scores (game_id, user_id, points, correct, answered, best_streak)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (game_id, user_id) DO UPDATE SET points = excluded.points, correct = excluded.correct,
                 answered = excluded.answered, best_streak = excluded.best_streak""",
            [(game_id, s.user_id, s.points, s.correct, s.answered, s.best_streak) for s in scores],
        )

    async def record_question(self, game_id: int, revealed: Revealed) -> None:
        q = revealed.question
        film_id = q.film_id if isinstance(q.film_id, int) else None
        async with self._tx():
            await self.conn.execute(
                "INSERT OR REPLACE INTO trivia_questions "
                "(game_id, number, question_key, film_id, category, text, answer, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (game_id, revealed.number, "" if q.id is None else str(q.id), film_id, q.category or "",
                 q.text, revealed.answer, revealed.reason),
            )
            await self.conn.executemany(
                "INSERT OR REPLACE INTO trivia_answers "
                "(game_id, number, user_id, correct, points, elapsed, hints, attempts, option) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(game_id, revealed.number, a.user_id, int(a.correct), a.points, round(a.elapsed, 3), a.hints,
                  a.attempts, a.option) for a in revealed.answers],
            )
            await self._upsert_scores(game_id, revealed.scores)
            await self.conn.execute(
                "UPDATE trivia_games SET questions_asked = MAX(questions_asked, ?) WHERE id = ?",
                (revealed.number, game_id),
            )

    async def _mark_winners(self, game_id: int) -> None:
        await self.conn.execute(
            "UPDATE trivia_scores SET won = (points > 0 AND points = "
            "(SELECT MAX(points) FROM trivia_scores WHERE game_id = ?)) WHERE game_id = ?",
            (game_id, game_id),
        )

    async def finish_game(self, game_id: int, ended: GameEnded) -> None:
        async with self._tx():
            await self._upsert_scores(game_id, ended.scores)
            await self._mark_winners(game_id)
            await self.conn.execute(
                f"UPDATE trivia_games SET ended_at = {_NOW}, end_reason = ?, "
                "questions_asked = MAX(questions_asked, ?) WHERE id = ? AND ended_at IS NULL",
                (ended.reason, ended.questions_asked, game_id),
            )

    async def recover_interrupted(self, shards: ShardPlan | None = None) -> list[InterruptedGame]:
        where, params = "ended_at IS NULL", []
        if shards is not None:
            where += f" AND ((guild_id >> 22) % ?) IN ({', '.join('?' * len(shards.ids))})"
            params = [shards.count, *shards.ids]
        out: list[InterruptedGame] = []
        async with self._tx():
            async with self.conn.execute(
                f"SELECT id, guild_id, channel_id, host_id, questions_asked FROM trivia_games WHERE {where} ORDER BY id",
                params,
            ) as cur:
                games = await cur.fetchall()
            for game in games:
                await self._mark_winners(game[0])
                await self.conn.execute(
                    f"UPDATE trivia_games SET ended_at = {_NOW}, end_reason = 'restart' WHERE id = ?", (game[0],)
                )
                async with self.conn.execute(
                    "SELECT user_id, points, won FROM trivia_scores WHERE game_id = ? ORDER BY points DESC, user_id",
                    (game[0],),
                ) as cur:
                    out.append(interrupted(game, await cur.fetchall()))
        return out

    # --- leaderboards --------------------------------------------------------------------------------
    async def leaderboard(self, guild_id: int, scope: Scope = "server", sort: Sort = "points",
                          limit: int = 10) -> list[LeaderboardRow]:
        order, limit = board_query(scope, sort, limit)
        where, params = "1 = 1", []
        if scope == "server":
            where, params = "g.guild_id = ?", [guild_id]
        elif scope == "season":
            where = ("g.guild_id = ? AND g.season_id = "
                     "(SELECT id FROM trivia_seasons WHERE guild_id = ? AND ended_at IS NULL)")
            params = [guild_id, guild_id]
        sql = (
            "SELECT s.user_id, SUM(s.points) AS points, SUM(s.won) AS wins, COUNT(*) AS games, "
            "SUM(s.correct) AS correct "
            f"FROM trivia_scores s JOIN trivia_games g ON g.id = s.game_id WHERE {where} "
            f"GROUP BY s.user_id ORDER BY {order}, s.user_id LIMIT ?"
        )
        async with self.conn.execute(sql, (*params, limit)) as cur:
            return ranked(await cur.fetchall(), sort)

    # --- settings ------------------------------------------------------------------------------------
    async def get_settings(self, guild_id: int) -> TriviaSettings:
        async with self.conn.execute("SELECT settings FROM trivia_settings WHERE guild_id = ?", (guild_id,)) as cur:
            row = await cur.fetchone()
        return TriviaSettings.from_json(json.loads(row[0]) if row else None)

    async def set_setting(self, guild_id: int, key: str, value: Any) -> TriviaSettings:
        async with self._tx():
            updated = (await self.get_settings(guild_id)).with_value(key, value)
            await self.conn.execute(
                f"INSERT INTO trivia_settings (guild_id, settings) VALUES (?, ?) "
                f"ON CONFLICT (guild_id) DO UPDATE SET settings = excluded.settings, updated_at = {_NOW}",
                (guild_id, json.dumps(updated.to_json(), sort_keys=True)),
            )
        return updated

    async def reset_settings(self, guild_id: int) -> None:
        async with self._tx():
            await self.conn.execute("DELETE FROM trivia_settings WHERE guild_id = ?", (guild_id,))

    # --- packs ---------------------------------------------------------------------------------------
    async def save_pack(self, guild_id: int, pack: Pack, user_id: int) -> int:
        config_json, questions_json = pack.to_json()
        async with self._tx():
            async with self.conn.execute(
                "SELECT COUNT(*) FROM trivia_packs WHERE guild_id = ? AND name != ?", (guild_id, pack.name)
            ) as cur:
                (count,) = await cur.fetchone()
            if count >= MAX_PACKS_PER_GUILD:
                raise PackError([f"this server already has {count} packs; delete one first"])
            async with self.conn.execute(
                """INSERT INTO trivia_packs (guild_id, name, author, description, config, questions, n_questions, created_by)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (guild_id, name) DO UPDATE SET
                     author = excluded.author, description = excluded.description, config = excluded.config,
                     questions = excluded.questions, n_questions = excluded.n_questions,
                     created_by = excluded.created_by, created_at = excluded.created_at
                   RETURNING id""",
                (guild_id, pack.name, pack.author, pack.description, config_json, questions_json,
                 len(pack.entries), user_id),
            ) as cur:
                (pack_id,) = await cur.fetchone()
        return int(pack_id)

    async def list_packs(self, guild_id: int) -> list[PackInfo]:
        async with self.conn.execute(
            "SELECT name, author, description, n_questions, created_by, created_at FROM trivia_packs "
            "WHERE guild_id = ? ORDER BY name",
            (guild_id,),
        ) as cur:
            return [PackInfo(*row) for row in await cur.fetchall()]

    async def get_pack(self, guild_id: int, name: str) -> Pack | None:
        async with self.conn.execute(
            "SELECT name, author, description, config, questions FROM trivia_packs WHERE guild_id = ? AND name = ?",
            (guild_id, name.strip().lower()),
        ) as cur:
            row = await cur.fetchone()
        return None if row is None else pack_from_row(*row)

    async def delete_pack(self, guild_id: int, name: str) -> bool:
        async with self._tx():
            cur = await self.conn.execute(
                "DELETE FROM trivia_packs WHERE guild_id = ? AND name = ?", (guild_id, name.strip().lower())
            )
            return cur.rowcount > 0


class _Tx(Transaction):
    """A write transaction whose SQLite refusals (busy, full, read-only) become a StoreError with
    the sentence :func:`~bot.database.friendly` gives; validation errors pass through untouched."""

    async def __aexit__(self, exc_type, exc, tb) -> None:
        try:
            await super().__aexit__(exc_type, exc, tb)  # COMMIT can fail too (disk full)
        except sqlite3.Error as failed:
            raise StoreError(friendly(failed).capitalize() + ".") from failed
        if isinstance(exc, sqlite3.Error):
            raise StoreError(friendly(exc).capitalize() + ".") from exc
