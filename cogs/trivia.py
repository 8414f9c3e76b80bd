"""/trivia …: games run by the engine in bot/trivia, rendered into the channel.

The cog only translates: options in, embeds and buttons out, answers (buttons or typed
messages) to the game. Every decision is in bot.trivia.service and bot.trivia.session.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.admission import admit
from bot.cogkit import ctx_of
from bot.discord_io import NO_PINGS, respond, safe_send, send_followup, to_embeds
from bot.render import Reply, clip, error
from bot.trivia.packs import MAX_BYTES
from bot.trivia.service import LETTERS, Started, TriviaService, join_team, render_event, team_picker
from bot.trivia.session import GameEnded, GameManager, run_game
from bot.trivia.settings import SETTING_KEYS
from bot.trivia.store import StoreError

log = logging.getLogger(__name__)
#: How long the buttons of a host-paced question, and team buttons, keep answering presses.
HOST_VIEW_TIMEOUT = 6 * 3600.0


def role_ids(interaction: discord.Interaction) -> tuple[int, ...]:
    return tuple(r.id for r in getattr(interaction.user, "roles", ()))


class AnswerView(discord.ui.View):
    """A, B, C, D for one question: anyone may press, once (in a host-paced game, again until the
    reveal, to change their answer); the game decides what counts."""

    def __init__(self, game, number: int, options: list[str], timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.game = game
        self.number = number
        for i, option in enumerate(options[:4]):
            button = discord.ui.Button(label=clip(f"{LETTERS[i]}. {option}", 80), style=discord.ButtonStyle.primary,
                                       custom_id=f"trivia:{game.channel_id}:{number}:{i}")
            button.callback = self._make(i)
            self.add_item(button)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.bot or not await admit(interaction):  # not admitted: answered "busy" or dropped
            return False
        if self.game.ended or self.game.number != self.number:
            await interaction.response.send_message("That question is closed.", ephemeral=True, allowed_mentions=NO_PINGS)
            return False
        return True

    def _make(self, option: int):
        async def callback(interaction: discord.Interaction) -> None:
            result = self.game.choose(interaction.user.id, option)
            text = {
                "correct": f"Locked in: **{LETTERS[option]}**.",
                "incorrect": f"Locked in: **{LETTERS[option]}**.",  # no spoilers before the reveal
                "changed": f"Changed to **{LETTERS[option]}**.",
                "already-answered": "You already answered this one.",
                "too-late": "Too late for this question.",
                "paused": "The game is paused.",
            }.get(result.status, "Noted.")
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)

        return callback


class TeamView(discord.ui.View):
    """One join button per team, for the whole game; only the presser hears back."""

    def __init__(self, game, teams: list[str]) -> None:
        super().__init__(timeout=HOST_VIEW_TIMEOUT)  # after the game, a press is told it is over
        self.game = game
        for i, team in enumerate(teams):
            button = discord.ui.Button(label=clip(team, 80), style=discord.ButtonStyle.secondary,
                                       custom_id=f"trivia-team:{game.channel_id}:{i}")
            button.callback = self._make(team)
            self.add_item(button)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return not interaction.user.bot

    def _make(self, team: str):
        async def callback(interaction: discord.Interaction) -> None:
            text = join_team(self.game, interaction.user.id, team)
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)

        return callback


class Trivia(commands.Cog):
    trivia = app_commands.Group(
        name="trivia", description="Trivia nights from the film facts",
        default_permissions=discord.Permissions(manage_guild=True), guild_only=True,
    )
    season = app_commands.Group(name="season", description="Trivia seasons", parent=trivia)
    pack = app_commands.Group(name="pack", description="Custom question packs (YAML, Red's format)", parent=trivia)

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.service = TriviaService(bot.library, GameManager(), store=bot.trivia_store)  # type: ignore[attr-defined]
        self.service.manager.set_message_content_intent(bot.intents.message_content)
        self.tasks: dict[tuple[int, int], asyncio.Task] = {}

    async def cog_load(self) -> None:
        await self.service.pool()  # built once at start, not during the first game's start
        # Only this process's shards: with FILMBOT_SHARDS, other processes' games are still running.
        interrupted = await self.service.store.recover_interrupted(self.bot.settings.shards)  # type: ignore[attr-defined]
        if interrupted:
            self.bot.loop.create_task(self._announce_recovered(interrupted))

    async def cog_unload(self) -> None:
        for task in self.tasks.values():
            task.cancel()

    async def _announce_recovered(self, games) -> None:
        await self.bot.wait_until_ready()
        for g in games:
            channel = self.bot.get_channel(g.channel_id)
            if channel is None:
                continue
            top = ", ".join(f"<@{u}> {p:,}" for u, p in g.scores[:5]) or "no scores yet"
            try:
                await channel.send(f"I restarted during a trivia game, so it ended after {g.questions_asked} question(s). "
                                   f"Scores kept: {top}.", allowed_mentions=NO_PINGS)
            except discord.HTTPException:
                log.warning("could not announce recovered game %s", g.game_id)

    # --- running games ---------------------------------------------------------------------------
    def _launch(self, started: Started, channel: discord.abc.Messageable) -> None:
        game = started.game

        async def sink(event) -> None:
            reply = render_event(event)
            if reply is None:
                return
            view = None
            options = reply.data.get("options") if reply.data else None
            if options:
                # A host-paced question stays open until the host reveals it, however long they chat.
                timeout = HOST_VIEW_TIMEOUT if game.host_paced else game.config.time_limit + 60
                view = AnswerView(game, reply.data["number"], options, timeout=timeout)
            kwargs = {"embeds": to_embeds(reply), "allowed_mentions": NO_PINGS}
            if view is not None:
                kwargs["view"] = view
            await channel.send(**kwargs)
            if isinstance(event, GameEnded):
                self.service.manager.discard(game)

        async def runner() -> None:
            try:
                if game.config.teams:
                    picker = team_picker(game)
                    await channel.send(embeds=to_embeds(picker), view=TeamView(game, picker.data["teams"]),
                                       allowed_mentions=NO_PINGS)
                await run_game(game, sink, recorder=started.recorder)
            finally:
                self.service.manager.discard(game)
                self.tasks.pop(game.key, None)

        self.tasks[game.key] = asyncio.create_task(runner(), name=f"trivia-{game.key}")

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.guild is None or message.author.bot or not message.content:
            return
        game = self.service.manager.get(message.guild.id, message.channel.id)
        if game is None or game.mode != "typed":
            return
        game.answer(message.author.id, message.content[:200])

    async def cog_app_command_error(self, interaction: discord.Interaction, err: app_commands.AppCommandError) -> None:
        cause = getattr(err, "original", err)
        if isinstance(cause, StoreError):  # the database is unreachable, busy or full: say so, once
            log.warning("trivia command could not reach its store: %s", cause)
            await safe_send(interaction, error(str(cause)))
            return
        log.exception("trivia command failed", exc_info=err)
        await safe_send(interaction, error("Something went wrong with that trivia command. Please try again."))

    async def _reply(self, interaction: discord.Interaction, reply: Reply) -> None:
        await respond(interaction, reply)

    # --- commands ----------------------------------------------------------------------------------
    @trivia.command(name="start", description="Start a trivia game in this channel")
    @app_commands.describe(films="Comma-separated film titles (default: a mix)", categories="Comma-separated categories",
                           questions="How many questions (1–50)", mode="buttons (multiple choice) or typed answers",
                           difficulty="easy, medium, hard or any", time="Seconds per question (5–120)",
                           pack="A question pack uploaded to this server",
                           pace="timed (each question has a timer) or host (you reveal and move on with /trivia next)",
                           teams="Play in teams: how many (2–5), or their names separated by commas")
    async def start(self, interaction: discord.Interaction, films: app_commands.Range[str, 1, 300] | None = None,
                    categories: app_commands.Range[str, 1, 200] | None = None,
                    questions: app_commands.Range[int, 1, 50] | None = None,
                    mode: Literal["buttons", "typed"] | None = None,
                    difficulty: Literal["easy", "medium", "hard", "any"] | None = None,
                    time: app_commands.Range[int, 5, 120] | None = None,
                    pack: app_commands.Range[str, 1, 40] | None = None,
                    pace: Literal["timed", "host"] | None = None,
                    teams: app_commands.Range[str, 1, 150] | None = None) -> None:
        await interaction.response.defer(thinking=True)
        got = await self.service.start(ctx_of(interaction), role_ids=role_ids(interaction), films=films,
                                       categories=categories, questions=questions, mode=mode, difficulty=difficulty,
                                       time=time, pack=pack, pace=pace, teams=teams)
        if isinstance(got, Reply):
            await interaction.followup.send(embeds=to_embeds(got), allowed_mentions=NO_PINGS)
            return
        await interaction.followup.send(embeds=to_embeds(got.reply), allowed_mentions=NO_PINGS)
        self._launch(got, interaction.channel)

    async def _control(self, interaction: discord.Interaction, action: str) -> None:
        await self._reply(interaction, await self.service.control(ctx_of(interaction), action, role_ids(interaction)))

    @trivia.command(name="stop", description="Stop this channel's game (scores are kept)")
    async def stop(self, interaction: discord.Interaction) -> None:
        await self._control(interaction, "stop")

    @trivia.command(name="next", description="Host-paced games: reveal the answer, then ask the next question")
    async def next_question(self, interaction: discord.Interaction) -> None:
        await self._control(interaction, "next")

    @trivia.command(name="skip", description="Skip the current question")
    async def skip(self, interaction: discord.Interaction) -> None:
        await self._control(interaction, "skip")

    @trivia.command(name="pause", description="Pause the game")
    async def pause(self, interaction: discord.Interaction) -> None:
        await self._control(interaction, "pause")

    @trivia.command(name="resume", description="Resume a paused game")
    async def resume(self, interaction: discord.Interaction) -> None:
        await self._control(interaction, "resume")

    @trivia.command(name="hint", description="Give a hint (costs the players points)")
    async def hint(self, interaction: discord.Interaction) -> None:
        await self._control(interaction, "hint")

    @trivia.command(name="scores", description="Scores of this channel's game")
    async def scores(self, interaction: discord.Interaction) -> None:
        await self._reply(interaction, await self.service.scores(ctx_of(interaction)))

    @trivia.command(name="leaderboard", description="Totals across games")
    async def leaderboard(self, interaction: discord.Interaction, scope: Literal["server", "season", "all-time"] = "server",
                          sort: Literal["points", "wins", "games"] = "points") -> None:
        await self._reply(interaction, await self.service.leaderboard(ctx_of(interaction), scope, sort))

    @app_commands.command(name="leaderboard", description="Trivia totals (this server, this season, or all-time)")
    @app_commands.guild_only()
    async def public_leaderboard(self, interaction: discord.Interaction,
                                 scope: Literal["server", "season", "all-time"] = "server",
                                 sort: Literal["points", "wins", "games"] = "points") -> None:
        await self._reply(interaction, await self.service.leaderboard(ctx_of(interaction), scope, sort))

    @season.command(name="new", description="Start a new trivia season")
    async def season_new(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 60] | None = None) -> None:
        await self._reply(interaction, await self.service.season_new(ctx_of(interaction), name, role_ids(interaction)))

    @trivia.command(name="settings", description="Show or change this server's trivia defaults")
    @app_commands.describe(key="Setting to change (leave empty to see them all)", value="New value")
    async def settings(self, interaction: discord.Interaction, key: app_commands.Range[str, 1, 30] | None = None,
                       value: app_commands.Range[str, 1, 200] | None = None) -> None:
        await self._reply(interaction, await self.service.settings_cmd(ctx_of(interaction), key, value, role_ids(interaction)))

    @settings.autocomplete("key")
    async def _settings_keys(self, interaction: discord.Interaction, current: str):
        return [app_commands.Choice(name=k, value=k) for k in SETTING_KEYS if current.lower() in k][:25]

    @trivia.command(name="preview", description="See the next questions privately (hosts)")
    async def preview(self, interaction: discord.Interaction, films: app_commands.Range[str, 1, 300] | None = None,
                      categories: app_commands.Range[str, 1, 200] | None = None,
                      count: app_commands.Range[int, 1, 20] = 5, seed: app_commands.Range[int, 0, 2**31] | None = None) -> None:
        await self._reply(interaction, await self.service.preview(ctx_of(interaction), films=films, categories=categories,
                                                                   count=count, seed=seed, role_ids=role_ids(interaction)))

    @pack.command(name="upload", description="Upload a YAML question pack (Red's trivia list format)")
    async def pack_upload(self, interaction: discord.Interaction, file: discord.Attachment,
                          name: app_commands.Range[str, 1, 32]) -> None:
        ctx = ctx_of(interaction)
        if file.size > MAX_BYTES:
            await safe_send(interaction, error(f"Packs are limited to {MAX_BYTES // 1024} KB."))
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            data = await file.read()
        except discord.HTTPException:
            await safe_send(interaction, error("Could not download the attachment."))
            return
        reply = await self.service.pack_upload(ctx, name, data, role_ids(interaction))
        await send_followup(interaction, reply)  # every problem of a refused pack, in pages

    @pack.command(name="list", description="This server's question packs")
    async def pack_list(self, interaction: discord.Interaction) -> None:
        await self._reply(interaction, await self.service.pack_list(ctx_of(interaction)))

    @pack.command(name="info", description="About one pack")
    async def pack_info(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 32]) -> None:
        await self._reply(interaction, await self.service.pack_info(ctx_of(interaction), name))

    @pack.command(name="delete", description="Delete a pack")
    async def pack_delete(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 32]) -> None:
        await self._reply(interaction, await self.service.pack_delete(ctx_of(interaction), name, role_ids(interaction)))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Trivia(bot))
