"""IDENTIFY pacing across processes, through PostgreSQL.

Why: Discord lets a bot start ``max_concurrency`` gateway sessions per 5 seconds, one per rate-limit
bucket (``shard_id % max_concurrency``); an IDENTIFY beyond that is refused and must be retried.
discord.py paces the shards of one process (its ``before_identify_hook`` waits 5 s before each
shard after the first) but knows nothing of other processes, so several processes started together
(``FILMBOT_SHARDS=0-3/16``, ``4-7/16``, …) would all IDENTIFY at once. Large bots share a lock for
this (IdleRPG's launcher and others use Redis or a gateway proxy); FilmBot's processes already
share PostgreSQL, so a session-level advisory lock per bucket, held for the 5-second window after
each IDENTIFY, spaces them across every process. A process that dies mid-window loses its
connection, and PostgreSQL releases the lock with it.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncpg

log = logging.getLogger(__name__)

IDENTIFY_WINDOW = 5.0  # seconds a bucket stays taken after an IDENTIFY (Discord's rule)
POLL = 0.25  # seconds between tries for a taken bucket: short, and no statement left waiting in the server
LOCK_BASE = int.from_bytes(b"FBIDENT", "big")  # advisory-lock keys LOCK_BASE + bucket


class IdentifyGate:
    """``await gate.wait(shard_id)`` returns when that shard may IDENTIFY: no other process (or
    shard of this one) has identified in its bucket in the last :data:`IDENTIFY_WINDOW` seconds."""

    def __init__(self, pool: asyncpg.Pool, max_concurrency: int = 1, window: float = IDENTIFY_WINDOW) -> None:
        self.pool = pool
        self.max_concurrency = max(1, int(max_concurrency))
        self.window = window
        self._held: dict[asyncio.Task, object] = {}  # open windows: the task ending each, and its connection

    @property
    def holding(self) -> int:
        """Windows of this process still open."""
        return len(self._held)

    async def wait(self, shard_id: int) -> None:
        bucket = shard_id % self.max_concurrency
        conn = await self.pool.acquire()
        try:
            waited = False
            while not await conn.fetchval("SELECT pg_try_advisory_lock($1)", LOCK_BASE + bucket):
                if not waited:
                    log.info("shard %s waits for its turn to identify (bucket %s)", shard_id, bucket)
                    waited = True
                await asyncio.sleep(POLL)
        except BaseException:
            await self.pool.release(conn)
            raise
        hold = asyncio.create_task(self._hold(conn, bucket), name=f"identify-window-{bucket}")
        self._held[hold] = conn

    async def _hold(self, conn, bucket: int) -> None:
        try:
            await asyncio.sleep(self.window)
            await conn.execute("SELECT pg_advisory_unlock($1)", LOCK_BASE + bucket)
        except Exception as exc:  # noqa: BLE001 - the connection died: PostgreSQL dropped the lock with it
            log.warning("identify window of bucket %s ended early: %s", bucket, exc)
        finally:
            await self._release(asyncio.current_task())

    async def _release(self, hold: asyncio.Task | None) -> None:
        conn = self._held.pop(hold, None) if hold is not None else None
        if conn is not None:
            await self.pool.release(conn)  # releasing also drops any lock left (asyncpg resets the session)

    async def close(self) -> None:
        """End open windows early (the bot is closing): other processes may go on."""
        holds = list(self._held)
        for hold in holds:
            hold.cancel()
        await asyncio.gather(*holds, return_exceptions=True)
        for hold in holds:  # a window cancelled before it began, or mid-way: give its connection back
            await self._release(hold)
