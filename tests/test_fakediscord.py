"""End-to-end tests of the fake Discord against a real, unmodified discord.py ``commands.Bot``.

The bot is defined here (not imported from ``bot/``) so these tests prove the harness, not
FilmBot: slash command with an embed, autocomplete, a button view guarded by
``interaction_check``, defer + follow-up, attachment download, a command group, a modal,
typed messages, RESUME, and a 429 on an interaction callback.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator

import discord
import pytest
import pytest_asyncio
from discord import app_commands
from discord.ext import commands

from tests.fakediscord import FakeDiscord, FakeDiscordError, InteractionRecord, MessageFlag, Perm
from tests.fakediscord.pytest_plugin import fake_discord  # noqa: F401  (the shared fixture, used below)

FILMS = ["Her", "Heat", "Hereditary", "Alien"]


class VoteView(discord.ui.View):
    """Only the invoker may vote; others get an ephemeral refusal (interaction_check)."""

    def __init__(self, owner_id: int) -> None:
        super().__init__(timeout=30)
        self.owner_id = owner_id

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message("Not your vote.", ephemeral=True)
            return False
        return True

    @discord.ui.button(label="Yes", custom_id="vote:yes", style=discord.ButtonStyle.green)
    async def yes(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        button.disabled = True
        await interaction.response.edit_message(content=f"{interaction.user.name} voted yes", view=self)

    @discord.ui.select(custom_id="vote:film", options=[discord.SelectOption(label=f, value=f.lower()) for f in FILMS])
    async def pick(self, interaction: discord.Interaction, select: discord.ui.Select) -> None:
        await interaction.response.send_message(f"picked {select.values[0]}", ephemeral=True)


class NoteModal(discord.ui.Modal, title="Add a note"):
    note = discord.ui.TextInput(label="Note", custom_id="note:text", max_length=200)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"noted: {self.note.value}", ephemeral=True)


filmadmin = app_commands.Group(name="filmadmin", description="Manage films",
                               default_permissions=discord.Permissions(manage_guild=True))


@filmadmin.command(name="add", description="Add a film")
@app_commands.describe(title="Film title", year="Release year")
async def filmadmin_add(interaction: discord.Interaction, title: str, year: app_commands.Range[int, 1880, 2100] = 2000) -> None:
    # guild_permissions comes from the bot's role cache (GUILD_CREATE / GUILD_ROLE_CREATE),
    # interaction.permissions from the payload; both must agree.
    assert isinstance(interaction.user, discord.Member)
    cached = interaction.user.guild_permissions.manage_guild
    await interaction.response.send_message(
        f"added {title} ({year}) cached={cached} payload={interaction.permissions.manage_guild}", ephemeral=True)


def make_bot(guild_id: int, seen_messages: list[discord.Message]) -> commands.Bot:
    intents = discord.Intents.default()  # default() already excludes the privileged intents
    bot = commands.Bot(command_prefix="!", intents=intents, help_command=None)
    bot._connection.guild_ready_timeout = 0.1

    @bot.tree.command(name="ping", description="Latency check")
    async def ping(interaction: discord.Interaction) -> None:
        embed = discord.Embed(title="Pong", description=f"guild={interaction.guild_id}")
        await interaction.response.send_message(embed=embed)

    @bot.tree.command(name="cast", description="Who played a character")
    @app_commands.describe(film="Film", character="Character")
    async def cast(interaction: discord.Interaction, film: str, character: str) -> None:
        await interaction.response.send_message(f"{character} in {film}", allowed_mentions=discord.AllowedMentions.none())

    @cast.autocomplete("film")
    async def cast_film(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=f, value=f.lower()) for f in FILMS if f.lower().startswith(current.lower())][:25]

    @bot.tree.command(name="vote", description="Start a vote")
    async def vote(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("Vote now", view=VoteView(interaction.user.id))

    @bot.tree.command(name="slow", description="Deferred answer")
    async def slow(interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        await asyncio.sleep(0.05)
        await interaction.followup.send("done thinking")
        await interaction.followup.send("second follow-up", embed=discord.Embed(title="Extra"))

    @bot.tree.command(name="upload", description="Count lines of a text file")
    async def upload(interaction: discord.Interaction, file: discord.Attachment) -> None:
        text = (await file.read()).decode("utf-8")
        await interaction.response.send_message(f"{file.filename}: {len(text.splitlines())} lines",
                                                file=discord.File(io.BytesIO(b"line count report\n"), filename="report.txt"))

    @bot.tree.command(name="progress", description="Edit the original response")
    async def progress(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("step 1")
        await interaction.edit_original_response(content="step 2")
        fetched = await interaction.original_response()
        await interaction.followup.send(f"fetched: {fetched.content}", ephemeral=True)

    @bot.tree.command(name="note", description="Open a modal")
    async def note(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(NoteModal())

    bot.tree.add_command(filmadmin)

    @bot.event
    async def on_message(message: discord.Message) -> None:
        if message.author.bot:
            return
        seen_messages.append(message)
        if bot.user in message.mentions:
            await message.reply("answer received", mention_author=False)
            await message.add_reaction("\N{WHITE HEAVY CHECK MARK}")

    async def setup_hook() -> None:
        guild = discord.Object(id=guild_id)
        bot.tree.copy_global_to(guild=guild)
        await bot.tree.sync(guild=guild)

    bot.setup_hook = setup_hook  # type: ignore[method-assign]
    return bot


@pytest_asyncio.fixture
async def fake(fake_discord: FakeDiscord) -> FakeDiscord:  # noqa: F811
    """The plugin fixture: started, discord.py patched, ``assert_clean()`` at teardown."""
    return fake_discord


@pytest_asyncio.fixture
async def running(fake: FakeDiscord) -> AsyncIterator[tuple[FakeDiscord, commands.Bot, list[discord.Message]]]:
    seen: list[discord.Message] = []
    bot = make_bot(fake.guild.id, seen)
    async with fake.run_bot(bot):
        yield fake, bot, seen
    assert bot.is_closed()


async def test_connects_and_registers_guild_commands(running) -> None:
    fake, bot, _ = running
    assert bot.user is not None and bot.user.id == fake.bot_user.id
    guild = bot.get_guild(fake.guild.id)
    assert guild is not None and guild.me is not None
    assert {c.name for c in guild.text_channels} == {"general", "trivia"}
    assert guild.default_role.permissions.value == Perm.EVERYONE_DEFAULT
    names = {c["name"] for c in fake.registered_commands(fake.guild)}
    assert names == {"ping", "cast", "vote", "slow", "upload", "progress", "note", "filmadmin"}
    assert fake.registered_commands("global") == []
    film = fake.command_option("cast", "film")
    assert film["autocomplete"] is True and film["type"] == 3
    add = fake.command_option("filmadmin add")
    assert [o["name"] for o in add["options"]] == ["title", "year"]
    assert fake.gateway.identifies[0]["intents"] == discord.Intents.default().value
    fake.assert_clean()


async def test_slash_with_embed_and_deadline(running) -> None:
    fake, _, _ = running
    alice = fake.make_user("alice")
    rec = await fake.slash("ping", user=alice, channel="general")
    assert rec.callback_type == 4
    assert rec.embeds[0]["title"] == "Pong"
    assert rec.embeds[0]["description"] == f"guild={fake.guild.id}"
    assert not rec.ephemeral
    assert rec.response_time is not None and rec.response_time < 3.0
    # the response became a real message in the channel
    assert fake.channel_messages("general")[-1]["id"] == rec.original["id"]
    fake.assert_clean()


async def test_slash_options_validated_against_registration(running) -> None:
    fake, _, _ = running
    alice = fake.make_user("alice")
    rec = await fake.slash("cast", {"film": "her", "character": "samantha"}, user=alice)
    assert rec.content == "samantha in her"
    assert rec.allowed_mentions == {"parse": []}
    with pytest.raises(FakeDiscordError, match="no option"):
        await fake.slash("cast", {"movie": "her", "character": "x"}, user=alice)
    with pytest.raises(FakeDiscordError, match="required option 'character'"):
        await fake.slash("cast", {"film": "her"}, user=alice)
    with pytest.raises(FakeDiscordError, match="not registered"):
        await fake.slash("nope", user=alice)
    fake.assert_clean()


async def test_autocomplete(running) -> None:
    fake, _, _ = running
    alice = fake.make_user("alice")
    choices = await fake.autocomplete("cast", {"character": "sam"}, focused="film", value="he", user=alice)
    assert choices == [{"name": "Her", "value": "her"}, {"name": "Heat", "value": "heat"},
                       {"name": "Hereditary", "value": "hereditary"}]
    with pytest.raises(FakeDiscordError, match="not registered with autocomplete"):
        await fake.autocomplete("cast", focused="character", value="x", user=alice)
    fake.assert_clean()


async def test_button_view_with_interaction_check(running) -> None:
    fake, _, _ = running
    alice = fake.make_user("alice")
    bob = fake.make_user("bob")
    rec = await fake.slash("vote", user=alice)
    assert rec.content == "Vote now"
    assert [c["custom_id"] for row in rec.components for c in row["components"]] == ["vote:yes", "vote:film"]

    refused = await fake.click(rec, "vote:yes", user=bob)
    assert refused.callback_type == 4 and refused.ephemeral and refused.content == "Not your vote."

    picked = await fake.click(rec, "vote:film", user=alice, values=["heat"])
    assert picked.content == "picked heat" and picked.ephemeral

    clicked = await fake.click(rec, "vote:yes", user=alice)
    assert clicked.callback_type == 7
    assert rec.original["content"] == "alice voted yes"  # same message, edited in place
    assert fake.find_component(rec, "vote:yes")["disabled"] is True
    with pytest.raises(FakeDiscordError, match="disabled"):
        await fake.click(rec, "vote:yes", user=alice)
    fake.assert_clean()


async def test_deferred_then_followups(running) -> None:
    fake, _, _ = running
    alice = fake.make_user("alice")
    rec = await fake.slash("slow", user=alice)
    assert rec.callback_type == 5 and rec.ephemeral
    assert rec.response_time is not None and rec.response_time < 3.0
    original = await rec.wait_original()
    assert original["content"] == "done thinking"
    assert original["flags"] & MessageFlag.EPHEMERAL  # inherits the defer's ephemerality
    followups = await rec.wait_followups(2)
    assert followups[1]["embeds"][0]["title"] == "Extra"
    assert "done thinking" in rec.text and "Extra" in rec.text
    fake.assert_clean()


async def test_edit_and_fetch_original(running) -> None:
    fake, _, _ = running
    alice = fake.make_user("alice")
    rec = await fake.slash("progress", user=alice)
    assert rec.content == "step 1"  # what the initial callback said
    followups = await rec.wait_followups(1)
    assert followups[0]["content"] == "fetched: step 2"
    assert rec.original["content"] == "step 2"  # current state after the edit
    assert [kind for kind, _ in rec.events] == ["callback", "edit_original", "followup"]
    fake.assert_clean()


async def test_attachment_option_is_downloadable(running) -> None:
    fake, _, _ = running
    alice = fake.make_user("alice")
    att = fake.make_attachment("Her.txt", "Her (2013)\nDirected by Spike Jonze\nStarring Joaquin Phoenix\n")
    rec = await fake.slash("upload", {"file": att}, user=alice)
    assert rec.content == "Her.txt: 3 lines"
    uploaded = rec.original["attachments"]
    assert uploaded[0]["filename"] == "report.txt"
    assert fake.blobs[int(uploaded[0]["id"])][1] == b"line count report\n"  # multipart upload stored and served
    fake.assert_clean()


async def test_group_subcommand_and_default_permissions(running) -> None:
    fake, _, _ = running
    plain = fake.make_user("plain")
    manager = fake.make_user("manager", permissions=Perm.MANAGE_GUILD)
    with pytest.raises(FakeDiscordError, match="default_member_permissions"):
        await fake.slash("filmadmin add", {"title": "Heat"}, user=plain)
    rec = await fake.slash("filmadmin", {"title": "Heat", "year": 1995}, subcommand="add", user=manager)
    assert rec.content == "added Heat (1995) cached=True payload=True" and rec.ephemeral
    with pytest.raises(FakeDiscordError, match="max_value"):
        await fake.slash("filmadmin add", {"title": "Heat", "year": 3000}, user=manager)
    with pytest.raises(FakeDiscordError, match="needs a subcommand"):
        await fake.slash("filmadmin", user=manager)
    fake.assert_clean()


async def test_modal_roundtrip(running) -> None:
    fake, _, _ = running
    alice = fake.make_user("alice")
    rec = await fake.slash("note", user=alice)
    assert rec.callback_type == 9 and rec.modal["title"] == "Add a note"
    submitted = await fake.submit_modal(rec, {"note:text": "great score"})
    assert submitted.content == "noted: great score"
    fake.assert_clean()


async def test_typed_message_without_message_content_intent(running) -> None:
    fake, _, seen = running
    alice = fake.make_user("alice")
    await fake.send_message("trivia", "joaquin phoenix", user=alice)
    asked = await fake.send_message("trivia", f"{fake.bot_user.mention} joaquin", user=alice)
    await fake.wait_for(lambda: len(seen) == 2, what="two on_message calls")
    assert seen[0].content == ""  # no privileged message_content intent -> blanked, like Discord
    assert seen[1].content.endswith("joaquin")  # mentions the bot -> content delivered
    assert seen[0].channel.name == "trivia" and seen[0].author.id == alice.id
    reply = await fake.wait_for_message("trivia", lambda m: m["author"]["id"] == str(fake.bot_user.id))
    assert reply["content"] == "answer received"
    assert reply["message_reference"]["message_id"] == asked["id"]
    await fake.wait_for(lambda: asked["reactions"], what="a reaction")
    assert asked["reactions"][0]["emoji"]["name"] == "\N{WHITE HEAVY CHECK MARK}"
    fake.assert_clean()


async def test_resume_after_reconnect_request(running) -> None:
    fake, bot, _ = running
    alice = fake.make_user("alice")
    await fake.gateway.send_reconnect()
    await fake.wait_for(lambda: fake.gateway.resumes and fake.gateway.active_sessions, what="RESUME")
    assert len(fake.gateway.identifies) == 1  # resumed, not re-identified
    rec = await fake.slash("ping", user=alice)
    assert rec.embeds[0]["title"] == "Pong"
    fake.assert_clean()


async def test_rate_limited_callback_is_retried(running) -> None:
    fake, _, _ = running
    alice = fake.make_user("alice")
    fault = fake.fail_next("POST", "/interactions/*/callback", status=429, retry_after=0.05)
    rec = await fake.slash("ping", user=alice)
    assert fault.hits == 1
    assert rec.embeds[0]["title"] == "Pong"
    assert [r.status for r in fake.requests if r.path.endswith("/callback")] == [429, 200]
    fake.assert_clean()


async def test_unknown_routes_are_recorded(running) -> None:
    fake, bot, _ = running
    with pytest.raises(discord.NotFound):
        await bot.http.request(discord.http.Route("GET", "/guilds/{guild_id}/bans", guild_id=fake.guild.id))
    assert fake.unknown_routes == [f"GET /api/v10/guilds/{fake.guild.id}/bans"]
    with pytest.raises(AssertionError, match="does not implement"):
        fake.assert_no_unknown_routes()
    fake.unknown_routes.clear()  # keep the fixture's teardown check green
    fake.discord_errors.clear()


async def test_late_and_double_acknowledgement_are_flagged(fake: FakeDiscord) -> None:
    seen: list[discord.Message] = []
    bot = make_bot(fake.guild.id, seen)
    fake.interaction_deadline = 0.05

    @bot.tree.command(name="late", description="Too slow")
    async def late(interaction: discord.Interaction) -> None:
        await asyncio.sleep(0.15)
        await interaction.response.send_message("too late")

    fake.strict = False  # this test provokes errors on purpose
    async with fake.run_bot(bot):
        alice = fake.make_user("alice")
        with pytest.raises(FakeDiscordError, match="after the deadline"):
            await fake.slash("late", user=alice, timeout=0.5)
        assert fake.interaction_errors and "callback after" in fake.interaction_errors[0]
        rec: InteractionRecord = list(fake.interactions.values())[-1]
        assert rec.late_callbacks == 1 and not rec.responded
        # discord.py logs (does not raise) the bot-side NotFound; the fake captures it
        await fake.wait_for(lambda: fake.discord_errors, what="the logged 10062")
        assert "Unknown interaction" in fake.discord_errors[0]
        with pytest.raises(AssertionError, match="logged errors"):
            fake.assert_clean(allow_interaction_errors=True)
    fake.assert_no_unknown_routes()


def test_patch_restores_discord_globals() -> None:
    before = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)

    async def main() -> None:
        async with FakeDiscord() as fake:
            assert discord.http.Route.BASE == fake.api_base
            assert str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == fake.gateway_url

    asyncio.run(main())
    assert (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == before
