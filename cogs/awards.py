"""/awards: wins and nominations grouped by ceremony."""

from __future__ import annotations

from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogkit import FilmCog, ctx_of, limited


class Awards(FilmCog):
    @app_commands.command(name="awards", description="Awards and nominations, grouped by ceremony")
    @limited
    @app_commands.describe(film="Film title", ceremony="Only this ceremony", outcome="won, nominated, submitted, competed or all")
    async def awards(
        self,
        interaction: discord.Interaction,
        film: str | None = None,
        ceremony: str | None = None,
        outcome: Literal["all", "won", "nominated", "submitted", "competed"] = "all",
    ) -> None:
        ctx = ctx_of(interaction)
        await self.answer(
            interaction,
            self.handlers.awards(ctx, film, ceremony, outcome),
            rerun=lambda fid: self.handlers.awards(ctx, fid, ceremony, outcome),
        )

    awards.autocomplete("film")(FilmCog.film_autocomplete)
    awards.autocomplete("ceremony")(FilmCog.ceremony_autocomplete)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Awards(bot))
