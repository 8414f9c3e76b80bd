"""The trivia store, the same tests against both backends: the SQLite file and PostgreSQL.

Each test gets a fresh database (a temporary file; a fresh database on the session's throwaway
PostgreSQL server, tests/pgserver.py) and a ``Backend`` that can open a second store on the same
database: a restart of the bot, or a second process when several share PostgreSQL. The PostgreSQL
variants are skipped, with one reason, where PostgreSQL's binaries are missing.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import asyncpg
import pytest

from bot.config import ShardPlan
from bot.database import connect
from bot.trivia import pg_store, sqlite_store
from bot.trivia.packs import PackError, parse_pack
from bot.trivia.session import Game, GameConfig, QuestionAsked, run_game
from bot.trivia.settings import SettingError, TriviaSettings
from bot.trivia.sqlite_store import SqliteTriviaStore
from bot.trivia.store import GameRecorder, StoreError, TriviaStore
from tests.test_trivia_session import ALICE, BOB, CAROL, QUESTIONS, FakeClock, buttons, step, typed

PACK = b"""\
AUTHOR: Jane Example
DESCRIPTION: Made-up questions about made-up films
CONFIG:
  delay: 30
Who directed The Lighthouse Example?:
  - Anna Example
  - Example
In which year is Night Train Example set?:
  - 1987
How many moons does the planet in Orbit Example have?: [2.5, two and a half]
"""


@dataclass
class Backend:
    """One database, and what a test needs to act as a restart or as another process on it."""

    name: str
    store: TriviaStore
    open_store: Callable[[], Awaitable[TriviaStore]]  # another connection (pool) on the same database
    fetch: Callable[..., Awaitable[list[tuple]]]  # raw SQL with ? placeholders, for what users can't see
    #: The database fails under the store the way it does in production: SQLite's file turns
    #: read-only; PostgreSQL cuts every connection and refuses new ones (a server going down).
    #: Returns how to repair it.
    sabotage: Callable[[], Awaitable[Callable[[], Awaitable[None]]]]
    closers: list[Callable[[], Awaitable[Any]]] = field(default_factory=list)

    async def restart(self) -> TriviaStore:
        """The bot dies (its connection goes away without a goodbye) and starts again."""
        await self.closers.pop(0)()
        self.store = await self.open_store()
        return self.store


@pytest.fixture(params=["sqlite", "postgresql"])
async def backend(request, tmp_path):
    closers: list = []
    repairs: list = []
    if request.param == "sqlite":
        path = tmp_path / "trivia.db"

        async def open_store() -> TriviaStore:
            conn = await connect(path)
            closers.append(conn.close)
            return SqliteTriviaStore(conn)

        async def fetch(sql: str, *args: Any) -> list[tuple]:
            conn = await connect(path)
            try:
                async with conn.execute(sql, args) as cur:
                    return [tuple(r) for r in await cur.fetchall()]
            finally:
                await conn.close()

        async def sabotage():
            conn = await connect(path, readonly=True)
            closers.append(conn.close)
            b.store = SqliteTriviaStore(conn)

            async def repair() -> None:
                pass

            return repair
    else:
        url = request.getfixturevalue("pg_migrated")
        from bot.postgres import open_pool

        async def open_store() -> TriviaStore:
            pool = await open_pool(url)
            closers.append(pool.close)
            return pg_store.PostgresTriviaStore(pool)

        async def fetch(sql: str, *args: Any) -> list[tuple]:
            counter = iter(range(1, 100))
            pool = await open_pool(url, min_size=1, max_size=1)
            try:
                return [tuple(r) for r in await pool.fetch(re.sub(r"\?", lambda _: f"${next(counter)}", sql), *args)]
            finally:
                await pool.close()

        async def sabotage():
            database = urlsplit(url).path.lstrip("/")
            server = request.getfixturevalue("pg_server")
            admin = await asyncpg.connect(server.url("postgres"))
            try:
                await admin.execute(f"ALTER DATABASE {database} ALLOW_CONNECTIONS false")
                await admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1",
                                    database)
            finally:
                await admin.close()

            async def repair() -> None:
                admin = await asyncpg.connect(server.url("postgres"))
                try:
                    await admin.execute(f"ALTER DATABASE {database} ALLOW_CONNECTIONS true")
                finally:
                    await admin.close()

            repairs.append(repair)  # the next tests use this database: repaired even if this one fails
            return repair

    b = Backend(request.param, None, open_store, fetch, sabotage, closers)  # type: ignore[arg-type]
    b.store = await open_store()
    yield b
    for close in closers:
        await close()
    for repair in repairs:
        await repair()


async def deliver(recorder: GameRecorder, events) -> None:
    for e in events:
        await recorder(e)


async def play(store: TriviaStore, guild: int, winners: list[int | None], losers: tuple[int, ...] = (),
               channel: int = 10) -> int:
    """A typed game where winners[i] answers question i (None: nobody); losers guess wrong."""
    clock = FakeClock()
    game = Game(QUESTIONS, GameConfig(mode="typed", questions=len(winners), delay=0, seed=1), clock=clock)
    game_id = await store.create_game(guild, channel, 1, "typed")
    recorder = GameRecorder(store, game_id)
    game.start()
    for winner in winners:
        await deliver(recorder, game.tick())
        for loser in losers:
            game.answer(loser, "no idea")
        if winner is None:
            clock.advance(20)
        else:
            assert game.answer(winner, game.current.answers[0]).status == "correct"
    await deliver(recorder, game.tick())
    assert game.ended
    return game_id


def table(rows):
    return [(r.user_id, r.points, r.wins, r.games) for r in rows]


# --- games, scores, restart ------------------------------------------------------------------------------


async def test_scores_saved_after_every_question_and_restart_recovery(backend):
    store = backend.store
    clock = FakeClock()
    game = typed(clock, n=5)
    game_id = await store.create_game(1, 10, ALICE, "typed", "films")
    recorder = GameRecorder(store, game_id)
    game.start()
    await deliver(recorder, game.tick())
    game.answer(ALICE, "Spike Jonze")
    await deliver(recorder, game.tick())
    assert table(await store.leaderboard(1)) == [(ALICE, 1000, 0, 1)]  # saved before the game ends
    await deliver(recorder, step(game, clock, 5))
    game.answer(BOB, "nope")
    game.answer(BOB, "chair")
    await deliver(recorder, game.tick())
    await deliver(recorder, step(game, clock, 5))
    game.answer(ALICE, "2013")  # answered, but the bot dies before the question closes

    store = await backend.restart()
    (lost,) = await store.recover_interrupted()
    assert (lost.game_id, lost.guild_id, lost.channel_id, lost.questions_asked) == (game_id, 1, 10, 2)
    assert lost.scores == ((ALICE, 1000), (BOB, 1000)) and lost.winners == (ALICE, BOB)
    assert await backend.fetch("SELECT end_reason, ended_at IS NOT NULL FROM trivia_games") == [("restart", True)]
    assert await backend.fetch("SELECT number, outcome FROM trivia_questions ORDER BY number") == [
        (1, "answered"), (2, "answered")]
    assert await backend.fetch("SELECT user_id, correct, attempts FROM trivia_answers WHERE number = 2") == [(BOB, 1, 2)]
    assert await store.recover_interrupted() == []
    assert table(await store.leaderboard(1)) == [(ALICE, 1000, 1, 1), (BOB, 1000, 1, 1)]


async def test_run_game_with_recorder_persists_and_finishes(backend):
    store = backend.store
    clock = FakeClock()
    game = buttons(clock, n=2)
    game_id = await store.create_game(1, 11, ALICE, "buttons")

    async def fake_sleep(seconds: float) -> None:
        clock.advance(seconds)
        await asyncio.sleep(0)

    async def sink(event) -> None:
        if isinstance(event, QuestionAsked):  # Carol presses the right button once the question is shown
            asyncio.get_running_loop().call_soon(game.choose, CAROL, event.options.index(event.question.answers[0]))

    ended = await asyncio.wait_for(run_game(game, sink, fake_sleep, recorder=GameRecorder(store, game_id)), 60)
    assert ended.winners == (CAROL,)
    assert await backend.fetch("SELECT end_reason, questions_asked FROM trivia_games WHERE id = ?", game_id) == [
        ("questions", 2)]
    assert table(await store.leaderboard(1)) == [(CAROL, 2100, 1, 1)]
    assert await store.recover_interrupted() == []


async def test_restart_closes_only_the_games_of_this_process_shards(backend):
    """With FILMBOT_SHARDS, a process that restarts closes its own games, not the other processes'."""
    store = backend.store
    on_shard = {k: (1000 + k) << 22 for k in range(4)}  # guild ids on shards 0…3 of 4 (Discord's formula)
    games = {k: await store.create_game(guild, 10 + k, ALICE, "typed") for k, guild in on_shard.items()}
    mine = ShardPlan((0, 2), 4)
    closed = await store.recover_interrupted(mine)
    assert sorted(g.game_id for g in closed) == sorted([games[0], games[2]])
    assert all(mine.owns(g.guild_id) for g in closed)
    still_running = await backend.fetch("SELECT id FROM trivia_games WHERE ended_at IS NULL ORDER BY id")
    assert still_running == [(games[1],), (games[3],)]
    assert [g.game_id for g in await store.recover_interrupted(ShardPlan((3,), 4))] == [games[3]]
    assert [g.game_id for g in await store.recover_interrupted()] == [games[1]]


# --- leaderboards and seasons -------------------------------------------------------------------------------


async def test_leaderboard_scopes_sorts_and_guild_isolation(backend):
    store = backend.store
    await play(store, 1, [ALICE, ALICE, BOB])  # Alice 1000 + 1100, Bob 1000: Alice wins
    season2 = await store.new_season(1, "Spring")
    assert season2.number == 2 and season2.name == "Spring"
    await play(store, 1, [BOB], losers=(CAROL,))  # season 2: Bob wins, Carol played
    await play(store, 2, [ALICE, ALICE, ALICE])  # another server: 1000 + 1100 + 1200

    server = await store.leaderboard(1, "server", "points")
    assert table(server) == [(ALICE, 2100, 1, 1), (BOB, 2000, 1, 2), (CAROL, 0, 0, 1)]
    assert [r.rank for r in server] == [1, 2, 3]
    by_games = await store.leaderboard(1, "server", "games")
    assert [r.user_id for r in by_games] == [BOB, ALICE, CAROL]
    by_wins = await store.leaderboard(1, "server", "wins")
    assert [(r.user_id, r.rank) for r in by_wins] == [(ALICE, 1), (BOB, 1), (CAROL, 3)]
    season = await store.leaderboard(1, "season")
    assert table(season) == [(BOB, 1000, 1, 1), (CAROL, 0, 0, 1)]
    everywhere = await store.leaderboard(1, "all-time", "points")
    assert table(everywhere)[0] == (ALICE, 5400, 2, 2)
    assert table(await store.leaderboard(2, "server")) == [(ALICE, 3300, 1, 1)]
    assert await store.leaderboard(3, "server") == []  # a new server sees nothing
    assert await store.leaderboard(3, "season") == []
    assert len(await store.leaderboard(1, "server", limit=1)) == 1
    with pytest.raises(ValueError):
        await store.leaderboard(1, "galaxy")
    with pytest.raises(ValueError):
        await store.leaderboard(1, "server", "points; DROP TABLE trivia_games")
    current = await store.current_season(1)
    assert current.id == season2.id and current.ended_at is None
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", current.started_at)  # the same text on both backends
    assert (await store.current_season(2)).number == 1


async def test_concurrent_games_write_without_clashing(backend):
    ids = await asyncio.gather(*(play(backend.store, g, [ALICE, BOB, ALICE]) for g in range(1, 9)))
    assert len(set(ids)) == 8
    everywhere = await backend.store.leaderboard(0, "all-time")
    assert [(r.user_id, r.games) for r in everywhere] == [(ALICE, 8), (BOB, 8)]


async def test_two_processes_on_one_database_see_each_others_scores(backend):
    """Processes sharing the database: the all-time board counts every process's games, and a
    server's settings changed through one process hold in the other."""
    other = await backend.open_store()
    await play(backend.store, 1, [ALICE, ALICE])  # guild 1 runs in this process
    await play(other, 2, [BOB, BOB, BOB])  # guild 2 in the other
    for store in (backend.store, other):
        assert table(await store.leaderboard(0, "all-time")) == [(BOB, 3300, 1, 1), (ALICE, 2100, 1, 1)]
    assert table(await backend.store.leaderboard(2, "server")) == [(BOB, 3300, 1, 1)]
    await other.set_setting(2, "time", "45")
    assert (await backend.store.get_settings(2)).time == 45


async def test_first_games_in_a_new_server_from_two_processes_share_season_1(backend):
    """Two processes (and many channels) starting the first games of a server at once: one season 1,
    not a clash on 'one open season per server'."""
    other = await backend.open_store()
    stores = [backend.store, other] * 4
    ids = await asyncio.gather(*(s.create_game(7, 100 + i, ALICE, "buttons") for i, s in enumerate(stores)))
    assert len(set(ids)) == 8
    assert await backend.fetch("SELECT COUNT(*), MIN(number) FROM trivia_seasons WHERE guild_id = 7") == [(1, 1)]
    assert await backend.fetch("SELECT COUNT(DISTINCT season_id) FROM trivia_games WHERE guild_id = 7") == [(1,)]
    seasons = await asyncio.gather(backend.store.new_season(7, "A"), other.new_season(7, "B"))
    assert sorted(s.number for s in seasons) == [2, 3]
    assert (await other.current_season(7)).number == 3


# --- settings -------------------------------------------------------------------------------------------------


async def test_settings_are_per_guild(backend):
    store = backend.store
    assert await store.get_settings(1) == TriviaSettings()
    updated = await store.set_setting(1, "time", "45s")
    assert updated.time == 45
    await store.set_setting(1, "categories", "Cast, crew")
    s1 = await store.get_settings(1)
    assert (s1.time, s1.categories) == (45, ("cast", "crew"))
    assert await store.get_settings(2) == TriviaSettings()
    with pytest.raises(SettingError, match="between 5 and 120"):
        await store.set_setting(1, "time", 3000)
    assert (await store.get_settings(1)).time == 45
    await store.reset_settings(1)
    assert await store.get_settings(1) == TriviaSettings()


async def test_two_admins_changing_different_settings_at_once_keep_both(backend):
    other = await backend.open_store()
    changes = [("time", "30"), ("questions", "12"), ("mode", "typed"), ("hints", "1"), ("difficulty", "hard"),
               ("delay", "3")]
    await asyncio.gather(*((backend.store if i % 2 else other).set_setting(5, k, v) for i, (k, v) in enumerate(changes)))
    s = await backend.store.get_settings(5)
    assert (s.time, s.questions, s.mode, s.hints, s.difficulty, s.delay) == (30, 12, "typed", 1, "hard", 3)


# --- packs ----------------------------------------------------------------------------------------------------


async def test_packs_are_per_guild(backend):
    store = backend.store
    pack = parse_pack("example", PACK)
    await store.save_pack(1, pack, 42)
    assert [p.name for p in await store.list_packs(1)] == ["example"]
    info = (await store.list_packs(1))[0]
    assert (info.author, info.questions, info.created_by) == ("Jane Example", 3, 42)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", info.created_at)
    assert await store.list_packs(2) == []
    assert await store.get_pack(2, "example") is None
    assert await store.delete_pack(2, "example") is False
    loaded = await store.get_pack(1, "Example")
    assert loaded == pack  # every question, answer and CONFIG value comes back as uploaded

    # the same name in another server is another pack
    other = parse_pack("example", b"AUTHOR: someone else\nQ?: [a]\n")
    await store.save_pack(2, other, 7)
    assert (await store.get_pack(1, "example")).author == "Jane Example"
    assert (await store.get_pack(2, "example")).author == "someone else"

    # saving again replaces
    await store.save_pack(1, other, 43)
    assert (await store.get_pack(1, "example")).entries == other.entries
    assert len(await store.list_packs(1)) == 1

    assert await store.delete_pack(1, "example") is True
    assert await store.get_pack(1, "example") is None
    assert (await store.get_pack(2, "example")) is not None


async def test_a_server_full_of_packs_is_told_so(backend, monkeypatch):
    monkeypatch.setattr(sqlite_store, "MAX_PACKS_PER_GUILD", 2)
    monkeypatch.setattr(pg_store, "MAX_PACKS_PER_GUILD", 2)
    store = backend.store
    for name in ("one", "two"):
        await store.save_pack(1, parse_pack(name, PACK), 42)
    with pytest.raises(PackError, match="already has 2 packs"):
        await store.save_pack(1, parse_pack("three", PACK), 42)
    await store.save_pack(1, parse_pack("two", PACK), 42)  # replacing one is not a new one
    await store.save_pack(2, parse_pack("three", PACK), 42)  # another server has its own limit
    assert [p.name for p in await store.list_packs(1)] == ["one", "two"]


# --- failures -------------------------------------------------------------------------------------------------


async def test_a_failing_database_is_one_sentence_and_loses_nothing(backend):
    game_id = await play(backend.store, 1, [ALICE, BOB])
    repair = await backend.sabotage()
    for attempt in (backend.store.create_game(1, 10, ALICE, "typed"), backend.store.set_setting(1, "time", "30"),
                    backend.store.new_season(1)):
        with pytest.raises(StoreError) as caught:
            await attempt
        message = str(caught.value)
        assert message[0].isupper() and message.endswith(".") and "\n" not in message
        assert "Traceback" not in message and "asyncpg" not in message and "sqlite3" not in message
    await repair()
    fresh = await backend.open_store()  # the server back, or the bot restarted on a writable file
    assert table(await fresh.leaderboard(1)) == [(ALICE, 1000, 1, 1), (BOB, 1000, 1, 1)]
    assert await backend.fetch("SELECT id FROM trivia_games") == [(game_id,)]


async def test_a_game_that_cannot_be_saved_does_not_start_and_leaves_the_channel_free(seeded_copy):
    from bot.handlers import Ctx
    from bot.library import Library
    from bot.trivia.service import TriviaService

    class Unreachable(SqliteTriviaStore):
        async def create_game(self, *args, **kwargs) -> int:
            raise StoreError("The trivia database cannot be reached right now; please try again in a moment.")

    lib = await Library.open(seeded_copy)
    try:
        svc = TriviaService(lib, store=Unreachable(lib.conn))
        host = Ctx(user_id=ALICE, guild_id=1, channel_id=10, is_moderator=True)
        refused = await svc.start(host, films="her", mode="typed", questions=2)
        assert "cannot be reached" in refused.embeds[0]["description"]
        assert svc.manager.get(1, 10) is None  # not "a game is already running here" on the next try
        svc.store = SqliteTriviaStore(lib.conn)  # the database is back
        started = await svc.start(host, films="her", mode="typed", questions=2)
        assert started.game_id > 0 and svc.manager.get(1, 10) is started.game
    finally:
        await lib.close()
