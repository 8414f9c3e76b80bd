"""The bot configured for scale, end to end through the fake Discord: with FILMBOT_DATABASE_URL its
trivia lives in PostgreSQL (and nothing of it in the SQLite file), FILMBOT_SHARDS becomes the shards
it identifies with, and a PostgreSQL that does not answer at start is one line per attempt."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys

import asyncpg
import discord
from discord.ext import commands

from bot.config import Settings, ShardPlan
from bot.discord_bot import FilmBot
from bot.trivia.pg_store import PostgresTriviaStore
from bot.trivia.sqlite_store import SqliteTriviaStore
from tests.conftest import ROOT
from tests.fakediscord import Perm

PACK = b"""AUTHOR: Host
Which studio made Toy Story?:
- Pixar
Which city hosts the Cannes festival?:
- Cannes
"""


async def test_trivia_lives_in_postgresql_when_a_url_is_set(fake_discord, seeded_copy, pg_migrated):
    fake = fake_discord
    settings = Settings(token=fake.token, db_path=str(seeded_copy), dev_guild_id=fake.guild.id, typed_trivia=True,
                        database_url=pg_migrated)
    bot = FilmBot(settings, guild_ready_timeout=0.05)
    async with fake.run_bot(bot):
        assert isinstance(bot.trivia_store, PostgresTriviaStore)
        host = fake.make_user("host", permissions=Perm.MANAGE_GUILD)
        alice = fake.make_user("alice")
        rec = await fake.slash("trivia settings", {"key": "delay", "value": "1"}, user=host)
        assert "delay" in str(rec.embeds)
        rec = await fake.slash("trivia pack upload", {"file": fake.make_attachment("p.yaml", PACK), "name": "night"},
                               user=host)
        await rec.wait_followups(1)
        rec = await fake.slash("trivia start", {"pack": "night", "mode": "typed", "questions": 2, "time": 20},
                               user=host, channel="trivia")
        await rec.wait_followups(1)
        svc = bot.get_cog("Trivia").service
        for number in (1, 2):
            await fake.wait_for(lambda n=number: (g := svc.manager.get(fake.guild.id, fake.resolve_channel("trivia").id))
                                is not None and g.number == n and g.current is not None, timeout=15, what=f"question {number}")
            game = svc.manager.get(fake.guild.id, fake.resolve_channel("trivia").id)
            await fake.send_message("trivia", game.current.answers[0], user=alice)
        await fake.wait_for(lambda: any(e.get("title") == "Trivia over" for m in fake.channel_messages("trivia")
                                        for e in m.get("embeds") or []), timeout=30, what="the end of the game")
        rec = await fake.slash("leaderboard", {"scope": "all-time"}, user=alice)
        assert f"<@{alice.user.id}>" in str(rec.embeds)
    conn = await asyncpg.connect(pg_migrated)
    try:
        assert await conn.fetchval("SELECT COUNT(*) FROM trivia_games WHERE ended_at IS NOT NULL") == 1
        assert await conn.fetchval("SELECT points FROM trivia_scores WHERE user_id = $1", alice.user.id) > 0
        assert await conn.fetchval("SELECT COUNT(*) FROM trivia_packs") == 1
        assert await conn.fetchval("SELECT settings->>'delay' FROM trivia_settings") == "1"
    finally:
        await conn.close()
    with sqlite3.connect(seeded_copy) as c:  # the films stay in the file; no trivia state goes there
        for table in ("trivia_games", "trivia_scores", "trivia_packs", "trivia_settings"):
            assert c.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
    assert bot.pool is None  # closed with the bot


async def test_without_a_url_nothing_changes(fake_discord, seeded_copy):
    fake = fake_discord
    bot = FilmBot(Settings(token=fake.token, db_path=str(seeded_copy), dev_guild_id=fake.guild.id),
                  guild_ready_timeout=0.05)
    async with fake.run_bot(bot):
        assert isinstance(bot.trivia_store, SqliteTriviaStore) and bot.pool is None
        rec = await fake.slash("film", {"film": "her"})
        assert "Her" in str(rec.embeds)
    # One shard, as many as Discord recommends for this bot (the fake recommends one).
    assert fake.gateway.identifies[-1]["shard"] == [0, 1]


async def test_shards_are_those_of_filmbot_shards(fake_discord, seeded_copy):
    fake = fake_discord
    bot = FilmBot(Settings(token=fake.token, db_path=str(seeded_copy), dev_guild_id=fake.guild.id,
                           shards=ShardPlan((0,), 1)), guild_ready_timeout=0.05)
    assert isinstance(bot, commands.AutoShardedBot) and (bot.shard_ids, bot.shard_count) == ([0], 1)
    async with fake.run_bot(bot):
        rec = await fake.slash("films", {})
        assert rec.embeds
    assert [i["shard"] for i in fake.gateway.identifies] == [[0, 1]]
    several = FilmBot(Settings(shards=ShardPlan((4, 5, 6, 7), 16)))
    assert (several.shard_ids, several.shard_count) == ([4, 5, 6, 7], 16)
    assert isinstance(several, discord.AutoShardedClient)


async def test_a_postgresql_that_does_not_answer_is_one_line_per_attempt(fake_discord, seeded_copy):
    env = fake_discord.bot_env(seeded_copy, FILMBOT_DATABASE_URL="postgresql://bot:hunter2@127.0.0.1:9/filmbot",
                               FILMBOT_CONNECT_ATTEMPTS="2")
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", cwd=ROOT, env=env,
                                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, err = await asyncio.wait_for(proc.communicate(), timeout=120)
    text = err.decode()
    assert proc.returncode == 3
    lines = [ln for ln in text.splitlines() if ln.startswith("filmbot: ")]
    assert lines == [
        "filmbot: cannot reach PostgreSQL at postgresql://bot@127.0.0.1:9/filmbot (" + lines[0].split(" (", 1)[1],
        "filmbot: cannot reach PostgreSQL at postgresql://bot@127.0.0.1:9/filmbot (" + lines[1].split(" (", 1)[1],
    ]
    assert lines[0].endswith("; retrying in 2 s.") and lines[1].endswith("; giving up after 2 attempt(s).")
    assert "Traceback" not in text and "hunter2" not in text
    fake_discord.strict = False  # the bot logged in and left twice without finishing a session


# --- IDENTIFY across processes ------------------------------------------------------------------------------


async def test_processes_identify_one_at_a_time_per_bucket(pg_migrated):
    """Two processes' shards in one rate-limit bucket: the second IDENTIFYs only after the first's
    window has closed; a shard of another bucket does not wait."""
    from bot.identify import IdentifyGate
    from bot.postgres import open_pool

    pools = [await open_pool(pg_migrated, min_size=1, max_size=3) for _ in range(2)]
    first, second = IdentifyGate(pools[0], 1, window=0.3), IdentifyGate(pools[1], 1, window=0.3)
    try:
        await first.wait(0)
        assert first.holding == 1
        await second.wait(1)  # bucket 1 % 1 = 0: taken by the other process until its window closes
        assert first.holding == 0 and second.holding == 1
    finally:
        await first.close()
        await second.close()
    wide = [IdentifyGate(pool, 2, window=30) for pool in pools]  # max_concurrency 2: buckets 0 and 1
    try:
        await wide[0].wait(4)  # bucket 0
        await asyncio.wait_for(wide[1].wait(5), 10)  # bucket 1 is free at once
        assert wide[0].holding == 1 and wide[1].holding == 1
    finally:
        for gate in wide:
            await gate.close()  # closing ends the windows: nothing waits for 30 s
        for pool in pools:
            await pool.close()


async def test_a_sharded_bot_on_postgresql_identifies_through_the_gate(fake_discord, seeded_copy, pg_migrated):
    fake = fake_discord
    bot = FilmBot(Settings(token=fake.token, db_path=str(seeded_copy), dev_guild_id=fake.guild.id,
                           database_url=pg_migrated, shards=ShardPlan((0,), 1)), guild_ready_timeout=0.05)
    async with fake.run_bot(bot):
        assert bot.identify_gate is not None and bot.identify_gate.holding == 1  # its window is open
        rec = await fake.slash("films", {})
        assert rec.embeds
    assert [i["shard"] for i in fake.gateway.identifies] == [[0, 1]]
    assert bot.identify_gate is None  # closed with the bot; the window did not hold up the close


# --- films shared -------------------------------------------------------------------------------------------


async def test_a_film_added_in_another_process_is_answered_here(fake_discord, seeded_copy, pg_migrated, tmp_path):
    from tests.conftest import article_path
    from tests.test_filmsync import Process

    fake = fake_discord
    bot = FilmBot(Settings(token=fake.token, db_path=str(seeded_copy), dev_guild_id=fake.guild.id,
                           database_url=pg_migrated), guild_ready_timeout=0.05)
    async with fake.run_bot(bot):
        rec = await fake.slash("film", {"film": "barry lyndon"})
        assert "Barry Lyndon (1975)" not in str(rec.embeds)
        other = await Process.start(tmp_path / "other.db", pg_migrated)  # another process, on its own file
        try:
            assert other.has("her")  # it got the bot's films from PostgreSQL
            added = await other.lib.add_article(article_path("barry-lyndon-1975").read_bytes(), "barry-lyndon-1975.txt")
            assert added.ok, added.error
            await bot.films.wait_for(lambda: bot.library.resolve("barry lyndon").found, 20)
            rec = await fake.slash("film", {"film": "barry lyndon"})
            assert "Barry Lyndon" in str(rec.embeds) and "Kubrick" in str(rec.embeds)
        finally:
            await other.stop()
    assert bot.films is None and bot.pool is None


def test_one_process_syncs_the_commands():
    """Of a bot's processes only the one running shard 0 syncs at start (or the only process)."""
    from bot.discord_bot import syncs_commands

    assert syncs_commands(Settings())
    assert syncs_commands(Settings(shards=ShardPlan((0, 1), 4)))
    assert not syncs_commands(Settings(shards=ShardPlan((2, 3), 4)))
