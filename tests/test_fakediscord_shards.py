"""The fake Discord shards as Discord does, against real discord.py clients: /gateway/bot
recommends its shard count, an IDENTIFY for ``[shard_id, shard_count]`` receives only that
shard's guilds, a guild's events (an interaction, a message) reach only its shard's session,
and a shard that is not connected is a clear error rather than a silent drop."""

from __future__ import annotations

import discord
import pytest
from discord import app_commands

from tests.fakediscord import FakeDiscord, FakeDiscordError


def sharded_client(shard_id: int, seen: list[int]) -> discord.AutoShardedClient:
    client = discord.AutoShardedClient(intents=discord.Intents.none() | discord.Intents(guilds=True),
                                       shard_ids=[shard_id], shard_count=2)
    client.tree = tree = app_commands.CommandTree(client)

    @tree.command(name="where", description="Which shard answered")
    async def where(interaction: discord.Interaction) -> None:
        seen.append(shard_id)
        await interaction.response.send_message(f"shard {shard_id}")

    async def setup_hook() -> None:
        if shard_id == 0:
            await tree.sync()

    client.setup_hook = setup_hook
    return client


async def test_each_shard_gets_its_guilds_and_their_events():
    async with FakeDiscord(shard_count=2, max_concurrency=2) as fake:
        guild_a = fake.guild
        guild_b = fake.add_guild("Other", shard=1)
        assert (fake.shard_of(guild_a), fake.shard_of(guild_b)) == (0, 1)
        seen: list[int] = []
        first, second = sharded_client(0, seen), sharded_client(1, seen)
        async with fake.run_bot(first, timeout=10), fake.run_bot(second, timeout=10):
            assert {g.id for g in first.guilds} == {guild_a.id}
            assert {g.id for g in second.guilds} == {guild_b.id}
            limits = await first.fetch_session_start_limits()
            assert limits.max_concurrency == 2
            for guild, shard in ((guild_a, 0), (guild_b, 1)):
                rec = await fake.slash("where", user=fake.make_user(f"u{shard}", guild=guild))
                assert rec.content == f"shard {shard}" and rec.shards == [[shard, 2]]
            assert seen == [0, 1]  # each interaction reached one client only
        with pytest.raises(FakeDiscordError, match="no bot is connected"):
            await fake.slash("where", user=fake.make_user("late", guild=guild_b))
        assert sorted(i["shard"] for i in fake.gateway.identifies) == [[0, 2], [1, 2]]
        fake.strict = False


async def test_a_wrong_shard_count_is_refused_as_discord_does():
    async with FakeDiscord(shard_count=2) as fake:
        client = discord.AutoShardedClient(intents=discord.Intents(guilds=True), shard_ids=[0], shard_count=3)
        with pytest.raises((discord.ConnectionClosed, discord.HTTPException, FakeDiscordError)):
            async with fake.run_bot(client, timeout=5):
                pass
        fake.strict = False
