"""The trivia store in PostgreSQL (``FILMBOT_DATABASE_URL``), shared by every process of the bot.

The same behaviour as :mod:`bot.trivia.sqlite_store`, through an asyncpg pool. What differs is
what several processes (and several pool connections within one) writing at once require:

* A guild's seasons, settings and packs are changed under a transaction-scoped advisory lock keyed
  by the guild (:func:`_guild_lock`), so two first games in a new server get one season 1, two hosts
  changing different settings both keep their change, and the per-server pack limit holds. Game
  writes need no lock: each game's rows are its own.
* Times are ``TIMESTAMPTZ`` and come back as the same ISO 8601 UTC text SQLite stores.
* A lost connection, a server restarting or a statement timeout becomes a :class:`StoreError` with
  one sentence for the user; the transaction it was in rolled back, so nothing is half-written, and
  the next question's save writes the running totals again.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import asyncpg

from ..config import ShardPlan
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

if TYPE_CHECKING:
    from asyncpg.pool import PoolConnectionProxy

__all__ = ["PostgresTriviaStore"]


def _iso(column: str) -> str:
    """SQL for a TIMESTAMPTZ column as the ISO text SQLite stores (``2026-01-31T20:15:00Z``)."""
    return f"""to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"""


_SEASON_COLUMNS = f"id, guild_id, number, name, {_iso('started_at')}, {_iso('ended_at')}"
#: A connection lost mid-statement (server restarting, network gone) or a statement that timed out.
_LOST = (OSError, asyncio.TimeoutError, asyncpg.PostgresConnectionError, asyncpg.InterfaceError,
         asyncpg.OperatorInterventionError, asyncpg.QueryCanceledError, asyncpg.TooManyConnectionsError,
         asyncpg.InternalClientError)  # the last: a connection cut while a statement was being sent
UNREACHABLE = "The trivia database cannot be reached right now; please try again in a moment."
REFUSED = "The trivia database refused the change; please try again later."
log = logging.getLogger(__name__)


class PostgresTriviaStore(TriviaStore):
    backend = "postgresql"

    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    @asynccontextmanager
    async def _connection(self) -> AsyncIterator[PoolConnectionProxy]:
        """A pooled connection. The pool replaces connections the server dropped while idle; a
        server that does not answer (or refuses the connection) is a StoreError, as is a failure of
        a statement, which the transaction around it has rolled back. Errors of the caller's own
        (a setting out of range, a full pack shelf) pass through."""
        try:
            conn = await self.pool.acquire()
        except (*_LOST, asyncpg.PostgresError) as exc:
            log.warning("trivia store: cannot get a PostgreSQL connection: %s", _line(exc))
            raise StoreError(UNREACHABLE) from None
        try:
            yield conn
        except _LOST as exc:
            log.warning("trivia store: PostgreSQL connection lost: %s", _line(exc))
            raise StoreError(UNREACHABLE) from None
        except asyncpg.PostgresError as exc:
            log.warning("trivia store: PostgreSQL refused a statement: %s", _line(exc))
            raise StoreError(REFUSED) from None
        finally:
            await self.pool.release(conn)

    @asynccontextmanager
    async def _tx(self) -> AsyncIterator[PoolConnectionProxy]:
        """One pooled connection in one transaction (see :meth:`_connection` for failures)."""
        async with self._connection() as conn, conn.transaction():
            yield conn

    async def _read(self, sql: str, *args: Any) -> list[asyncpg.Record]:
        async with self._connection() as conn:
            return await conn.fetch(sql, *args)

    # --- seasons -------------------------------------------------------------------------------------
    async def _open_season(self, conn: PoolConnectionProxy, guild_id: int) -> Season:
        row = await conn.fetchrow(
            f"SELECT {_SEASON_COLUMNS} FROM trivia_seasons WHERE guild_id = $1 AND ended_at IS NULL", guild_id
        )
        if row is None:
            await _guild_lock(conn, guild_id)  # then look again: another process may have just made it
            row = await conn.fetchrow(
                f"SELECT {_SEASON_COLUMNS} FROM trivia_seasons WHERE guild_id = $1 AND ended_at IS NULL", guild_id
            )
        return Season(*row) if row is not None else await self._insert_season(conn, guild_id, "")

    async def _insert_season(self, conn: PoolConnectionProxy, guild_id: int, name: str) -> Season:
        row = await conn.fetchrow(
            "INSERT INTO trivia_seasons (guild_id, number, name) "
            "VALUES ($1, (SELECT COALESCE(MAX(number), 0) + 1 FROM trivia_seasons WHERE guild_id = $1), $2) "
            f"RETURNING {_SEASON_COLUMNS}",
            guild_id, name,
        )
        return Season(*row)

    async def current_season(self, guild_id: int) -> Season:
        async with self._tx() as conn:
            return await self._open_season(conn, guild_id)

    async def new_season(self, guild_id: int, name: str = "") -> Season:
        async with self._tx() as conn:
            await _guild_lock(conn, guild_id)
            await conn.execute("UPDATE trivia_seasons SET ended_at = now() WHERE guild_id = $1 AND ended_at IS NULL",
                               guild_id)
            return await self._insert_season(conn, guild_id, season_name(name))

    # --- games ---------------------------------------------------------------------------------------
    async def create_game(self, guild_id: int, channel_id: int, host_id: int, mode: str, source: str = "") -> int:
        async with self._tx() as conn:
            season = await self._open_season(conn, guild_id)
            return int(await conn.fetchval(
                "INSERT INTO trivia_games (guild_id, channel_id, host_id, mode, source, season_id) "
                "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                guild_id, channel_id, host_id, mode, source, season.id,
            ))

    @staticmethod
    async def _upsert_scores(conn: PoolConnectionProxy, game_id: int, scores: tuple[PlayerScore, ...]) -> None:
        if not scores:
            return
        await conn.executemany(
            """INSERT INTO trivia_scores (game_id, user_id, points, correct, answered, best_streak)
               VALUES ($1, $2, $3, $4, $5, $6)
               ON CONFLICT (game_id, user_id) DO UPDATE SET points = EXCLUDED.points, correct = EXCLUDED.correct,
                 answered = EXCLUDED.answered, best_streak = EXCLUDED.best_streak""",
            [(game_id, s.user_id, s.points, s.correct, s.answered, s.best_streak) for s in scores],
        )

    async def record_question(self, game_id: int, revealed: Revealed) -> None:
        q = revealed.question
        film_id = q.film_id if isinstance(q.film_id, int) else None
        async with self._tx() as conn:
            await conn.execute(
                """INSERT INTO trivia_questions (game_id, number, question_key, film_id, category, text, answer, outcome)
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                   ON CONFLICT (game_id, number) DO UPDATE SET question_key = EXCLUDED.question_key,
                     film_id = EXCLUDED.film_id, category = EXCLUDED.category, text = EXCLUDED.text,
                     answer = EXCLUDED.answer, outcome = EXCLUDED.outcome, closed_at = now()""",
                game_id, revealed.number, "" if q.id is None else str(q.id), film_id, q.category or "",
                q.text, revealed.answer, revealed.reason,
            )
            if revealed.answers:
                await conn.executemany(
                    """INSERT INTO trivia_answers (game_id, number, user_id, correct, points, elapsed, hints, attempts, option)
                       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                       ON CONFLICT (game_id, number, user_id) DO UPDATE SET correct = EXCLUDED.correct,
                         points = EXCLUDED.points, elapsed = EXCLUDED.elapsed, hints = EXCLUDED.hints,
                         attempts = EXCLUDED.attempts, option = EXCLUDED.option""",
                    [(game_id, revealed.number, a.user_id, int(a.correct), a.points, round(a.elapsed, 3), a.hints,
                      a.attempts, a.option) for a in revealed.answers],
                )
            await self._upsert_scores(conn, game_id, revealed.scores)
            await conn.execute("UPDATE trivia_games SET questions_asked = GREATEST(questions_asked, $1) WHERE id = $2",
                               revealed.number, game_id)

    @staticmethod
    async def _mark_winners(conn: PoolConnectionProxy, game_id: int) -> None:
        await conn.execute(
            "UPDATE trivia_scores SET won = CASE WHEN points > 0 AND points = "
            "(SELECT MAX(points) FROM trivia_scores WHERE game_id = $1) THEN 1 ELSE 0 END WHERE game_id = $1",
            game_id,
        )

    async def finish_game(self, game_id: int, ended: GameEnded) -> None:
        async with self._tx() as conn:
            await self._upsert_scores(conn, game_id, ended.scores)
            await self._mark_winners(conn, game_id)
            await conn.execute(
                "UPDATE trivia_games SET ended_at = now(), end_reason = $1, "
                "questions_asked = GREATEST(questions_asked, $2) WHERE id = $3 AND ended_at IS NULL",
                ended.reason, ended.questions_asked, game_id,
            )

    async def recover_interrupted(self, shards: ShardPlan | None = None) -> list[InterruptedGame]:
        where, params = "ended_at IS NULL", []
        if shards is not None:
            where += " AND ((guild_id >> 22) % $1) = ANY($2::bigint[])"
            params = [shards.count, list(shards.ids)]
        out: list[InterruptedGame] = []
        async with self._tx() as conn:
            # FOR UPDATE: a second process recovering the same shards at the same moment (a restart
            # that overlapped its predecessor) waits, then finds nothing left to close.
            games = await conn.fetch(
                f"SELECT id, guild_id, channel_id, host_id, questions_asked FROM trivia_games WHERE {where} "
                "ORDER BY id FOR UPDATE",
                *params,
            )
            for game in games:
                await self._mark_winners(conn, game[0])
                await conn.execute("UPDATE trivia_games SET ended_at = now(), end_reason = 'restart' WHERE id = $1",
                                   game[0])
                rows = await conn.fetch(
                    "SELECT user_id, points, won FROM trivia_scores WHERE game_id = $1 ORDER BY points DESC, user_id",
                    game[0],
                )
                out.append(interrupted(tuple(game), [tuple(r) for r in rows]))
        return out

    # --- leaderboards --------------------------------------------------------------------------------
    async def leaderboard(self, guild_id: int, scope: Scope = "server", sort: Sort = "points",
                          limit: int = 10) -> list[LeaderboardRow]:
        order, limit = board_query(scope, sort, limit)
        where, params = "TRUE", []
        if scope == "server":
            where, params = "g.guild_id = $1", [guild_id]
        elif scope == "season":
            where = ("g.guild_id = $1 AND g.season_id = "
                     "(SELECT id FROM trivia_seasons WHERE guild_id = $1 AND ended_at IS NULL)")
            params = [guild_id]
        sql = (
            "SELECT s.user_id, SUM(s.points) AS points, SUM(s.won) AS wins, COUNT(*) AS games, "
            "SUM(s.correct) AS correct "
            f"FROM trivia_scores s JOIN trivia_games g ON g.id = s.game_id WHERE {where} "
            f"GROUP BY s.user_id ORDER BY {order}, s.user_id LIMIT ${len(params) + 1}"
        )
        return ranked([tuple(r) for r in await self._read(sql, *params, limit)], sort)

    # --- settings ------------------------------------------------------------------------------------
    @staticmethod
    async def _settings(conn: Any, guild_id: int) -> TriviaSettings:
        raw = await conn.fetchval("SELECT settings::text FROM trivia_settings WHERE guild_id = $1", guild_id)
        return TriviaSettings.from_json(json.loads(raw) if raw is not None else None)

    async def get_settings(self, guild_id: int) -> TriviaSettings:
        rows = await self._read("SELECT settings::text FROM trivia_settings WHERE guild_id = $1", guild_id)
        return TriviaSettings.from_json(json.loads(rows[0][0]) if rows else None)

    async def set_setting(self, guild_id: int, key: str, value: Any) -> TriviaSettings:
        async with self._tx() as conn:
            await _guild_lock(conn, guild_id)  # read-modify-write: another key changed meanwhile is kept
            updated = (await self._settings(conn, guild_id)).with_value(key, value)
            await conn.execute(
                "INSERT INTO trivia_settings (guild_id, settings) VALUES ($1, $2::jsonb) "
                "ON CONFLICT (guild_id) DO UPDATE SET settings = EXCLUDED.settings, updated_at = now()",
                guild_id, json.dumps(updated.to_json(), sort_keys=True),
            )
        return updated

    async def reset_settings(self, guild_id: int) -> None:
        async with self._tx() as conn:
            await _guild_lock(conn, guild_id)
            await conn.execute("DELETE FROM trivia_settings WHERE guild_id = $1", guild_id)

    # --- packs ---------------------------------------------------------------------------------------
    async def save_pack(self, guild_id: int, pack: Pack, user_id: int) -> int:
        config_json, questions_json = pack.to_json()
        async with self._tx() as conn:
            await _guild_lock(conn, guild_id)  # the per-server limit holds against concurrent uploads
            count = await conn.fetchval(
                "SELECT COUNT(*) FROM trivia_packs WHERE guild_id = $1 AND name <> $2", guild_id, pack.name
            )
            if count >= MAX_PACKS_PER_GUILD:
                raise PackError([f"this server already has {count} packs; delete one first"])
            return int(await conn.fetchval(
                """INSERT INTO trivia_packs (guild_id, name, author, description, config, questions, n_questions, created_by)
                   VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8)
                   ON CONFLICT (guild_id, name) DO UPDATE SET
                     author = EXCLUDED.author, description = EXCLUDED.description, config = EXCLUDED.config,
                     questions = EXCLUDED.questions, n_questions = EXCLUDED.n_questions,
                     created_by = EXCLUDED.created_by, created_at = EXCLUDED.created_at
                   RETURNING id""",
                guild_id, pack.name, pack.author, pack.description, config_json, questions_json,
                len(pack.entries), user_id,
            ))

    async def list_packs(self, guild_id: int) -> list[PackInfo]:
        rows = await self._read(
            f"SELECT name, author, description, n_questions, created_by, {_iso('created_at')} FROM trivia_packs "
            "WHERE guild_id = $1 ORDER BY name",
            guild_id,
        )
        return [PackInfo(*row) for row in rows]

    async def get_pack(self, guild_id: int, name: str) -> Pack | None:
        rows = await self._read(
            "SELECT name, author, description, config::text, questions::text FROM trivia_packs "
            "WHERE guild_id = $1 AND name = $2",
            guild_id, name.strip().lower(),
        )
        return pack_from_row(*rows[0]) if rows else None

    async def delete_pack(self, guild_id: int, name: str) -> bool:
        async with self._tx() as conn:
            status = await conn.execute("DELETE FROM trivia_packs WHERE guild_id = $1 AND name = $2",
                                        guild_id, name.strip().lower())
        return status != "DELETE 0"


async def _guild_lock(conn: PoolConnectionProxy, guild_id: int) -> None:
    """Serialise this guild's season, settings and pack changes until the transaction ends."""
    await conn.execute("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", f"filmbot:trivia:{guild_id}")


def _line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__
