"""/plot: the plot summary, or what it says about one character, behind a spoiler tag."""

from __future__ import annotations

from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogkit import FilmCog, ctx_of, limited


class Plot(FilmCog):
    @app_commands.command(name="plot", description="The plot summary (spoilers are hidden)")
    @limited
    @app_commands.describe(film="Film title", character="Only the plot sentences about this character", length="short or full")
    async def plot(
        self,
        interaction: discord.Interaction,
        film: str | None = None,
        character: str | None = None,
        length: Literal["short", "full"] = "short",
    ) -> None:
        ctx = ctx_of(interaction)
        await self.answer(
            interaction,
            self.handlers.plot(ctx, film, character, length),
            rerun=lambda fid: self.handlers.plot(ctx, fid, character, length),
        )

    plot.autocomplete("film")(FilmCog.film_autocomplete)
    plot.autocomplete("character")(FilmCog.plot_character_autocomplete)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Plot(bot))
