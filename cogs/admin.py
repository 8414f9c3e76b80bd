"""/filmadmin add|remove|list for moderators, and the owner-only /sync."""

from __future__ import annotations

import logging
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogkit import FilmCog, ctx_of
from bot.discord_io import respond, safe_send
from bot.ingest import MAX_BYTES
from bot.render import error
from bot.wikipedia import FetchError, fetch_extract

log = logging.getLogger(__name__)


class Admin(FilmCog):
    filmadmin = app_commands.Group(
        name="filmadmin",
        description="Add and remove films (Manage Server)",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )

    @filmadmin.command(name="add", description="Add a film from an attached .txt article or a Wikipedia title")
    @app_commands.describe(file="A plain-text film article (.txt, UTF-8, at most 2 MB)", wikipedia="A Wikipedia page title")
    async def add(self, interaction: discord.Interaction, file: discord.Attachment | None = None, wikipedia: str | None = None) -> None:
        ctx = ctx_of(interaction)
        if not ctx.is_moderator:
            await safe_send(interaction, error("You need the **Manage Server** permission to add films.", title="Not allowed"))
            return
        if (file is None) == (wikipedia is None):
            await safe_send(interaction, error("Attach one `.txt` article **or** give one Wikipedia title."))
            return
        if file is not None:
            if not file.filename.lower().endswith(".txt"):
                await safe_send(interaction, error("Only `.txt` articles can be added."))
                return
            if file.size > MAX_BYTES:
                await safe_send(interaction, error(f"That file is {file.size / 1024 / 1024:.1f} MB; the limit is 2 MB."))
                return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            if file is not None:
                data, source = await file.read(), file.filename
            else:
                source, data = await fetch_extract(wikipedia or "")
        except FetchError as exc:
            await safe_send(interaction, error(f"Could not fetch that article: {exc}."))
            return
        except discord.HTTPException:
            await safe_send(interaction, error("Could not download the attachment. Please try again."))
            return
        reply = await self.handlers.admin_add_bytes(ctx, data, source)
        await safe_send(interaction, reply)

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
