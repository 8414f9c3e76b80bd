"""/filmadmin add|remove|list for moderators, and the owner-only /sync."""

from __future__ import annotations

import logging
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot import wikiadd
from bot.cogkit import FilmCog, ctx_of
from bot.discord_io import respond, safe_send, send_followup, to_embeds
from bot.ingest import MAX_BYTES
from bot.render import Confirm, Reply, embed, error
from bot.wikipedia import MediaWiki

log = logging.getLogger(__name__)


class Admin(FilmCog):
    filmadmin = app_commands.Group(
        name="filmadmin",
        description="Add and remove films (Manage Server)",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )

    @filmadmin.command(name="add", description="Add films: an attached .txt, a Wikipedia title, a category or a list page")
    @app_commands.describe(file="A plain-text film article (.txt, UTF-8, at most 2 MB)", wikipedia="A Wikipedia page title",
                           category="A Wikipedia category, e.g. Category:1982 films (every film in it)",
                           list_page="A Wikipedia list page, e.g. List of Academy Award-winning films (every film it links)")
    @app_commands.rename(list_page="list")
    async def add(self, interaction: discord.Interaction, file: discord.Attachment | None = None,
                  wikipedia: str | None = None, category: str | None = None, list_page: str | None = None) -> None:
        ctx = ctx_of(interaction)
        if not ctx.is_moderator:
            await safe_send(interaction, error("You need the **Manage Server** permission to add films.", title="Not allowed"))
            return
        if sum(x is not None for x in (file, wikipedia, category, list_page)) != 1:
            await safe_send(interaction, error("Give one of: an attached `.txt` article, `wikipedia:` a page title, "
                                               "`category:` a category or `list:` a list page."))
            return
        if file is not None:
            if not file.filename.lower().endswith(".txt"):
                await safe_send(interaction, error("Only `.txt` articles can be added."))
                return
            if file.size > MAX_BYTES:
                await safe_send(interaction, error(f"That file is {file.size / 1024 / 1024:.1f} MB; the limit is 2 MB."))
                return
        await interaction.response.defer(ephemeral=True, thinking=True)
        client = MediaWiki(key=interaction.guild_id)  # one request at a time per server
        if wikipedia is not None:
            await safe_send(interaction, await wikiadd.add_page(self.handlers.lib, client, wikipedia))
            return
        if category is not None or list_page is not None:
            await self._add_many(interaction, client, "category" if category is not None else "list",
                                 category if category is not None else list_page or "")
            return
        try:
            data = await file.read()
        except discord.HTTPException:
            await safe_send(interaction, error("Could not download the attachment. Please try again."))
            return
        reply = await self.handlers.admin_add_bytes(ctx, data, file.filename)
        await safe_send(interaction, reply)

    async def _add_many(self, interaction: discord.Interaction, client: MediaWiki, kind: str, name: str) -> None:
        """A category or list import: its pages counted, a confirm above 25, progress edits, a summary."""
        plan = await wikiadd.plan(client, kind, name)
        if isinstance(plan, Reply):
            await safe_send(interaction, plan)
            return

        async def progress(done: int, total: int, tally) -> None:
            try:
                await interaction.edit_original_response(embeds=to_embeds(wikiadd.progress_reply(plan.source, done, total, tally)),
                                                         view=None)
            except discord.HTTPException:
                pass  # a progress edit that fails costs nothing; the summary still comes

        async def go(_pending: Confirm | None = None) -> Reply:
            return await wikiadd.run(self.handlers.lib, client, plan, progress)

        if plan.needs_confirm:
            ask = Reply(embeds=[embed("Add these films?", wikiadd.confirm_text(plan))], ephemeral=True,
                        confirm=Confirm("import_pages", len(plan.titles), f"Add {len(plan.titles)} pages",
                                        cancelled="Cancelled: nothing was added."))
            await send_followup(interaction, ask, act=go)
            return
        summary = await go()
        try:
            await interaction.edit_original_response(embeds=to_embeds(summary), view=None)
        except discord.HTTPException:
            await safe_send(interaction, summary)

    @filmadmin.command(name="remove", description="Remove a film and all its facts (asks to confirm)")
    @app_commands.describe(film="Film title")
    async def remove(self, interaction: discord.Interaction, film: str) -> None:
        ctx = ctx_of(interaction)
        await respond(interaction, self.handlers.admin_remove(ctx, film), rerun=lambda fid: self.handlers.admin_remove(ctx, fid),
                      act=lambda pending: self.handlers.confirm(ctx, pending))

    @filmadmin.command(name="list", description="Every film loaded")
    async def list_films(self, interaction: discord.Interaction) -> None:
        ctx = ctx_of(interaction)
        if not ctx.is_moderator:
            await safe_send(interaction, error("You need the **Manage Server** permission for this.", title="Not allowed"))
            return
        reply = await self.handlers.films(ctx)
        reply.ephemeral = True
        await respond(interaction, reply)

    remove.autocomplete("film")(FilmCog.film_autocomplete)

    @app_commands.command(name="sync", description="Sync slash commands (bot owner only)")
    @app_commands.describe(scope="guild: this server now; global: everywhere (takes up to an hour)")
    async def sync(self, interaction: discord.Interaction, scope: Literal["guild", "global"] = "guild") -> None:
        if not await self.bot.is_owner(interaction.user):
            await safe_send(interaction, error("Only the bot's owner can sync commands.", title="Not allowed"))
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        if scope == "guild" and interaction.guild is not None:
            self.bot.tree.copy_global_to(guild=interaction.guild)
            synced = await self.bot.tree.sync(guild=interaction.guild)
        else:
            synced = await self.bot.tree.sync()
        await interaction.followup.send(f"Synced {len(synced)} command(s) ({scope}).", ephemeral=True, allowed_mentions=discord.AllowedMentions.none())


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Admin(bot))
