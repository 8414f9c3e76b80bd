"""/film, /boxoffice, /release and /films."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogkit import FilmCog, ctx_of, limited


class Films(FilmCog):
    @app_commands.command(name="film", description="Overview of a film: credits, money, scores, awards")
    @limited
    @app_commands.describe(film="Film title (leave empty for this channel's current film)")
    async def film(self, interaction: discord.Interaction, film: str | None = None) -> None:
        ctx = ctx_of(interaction)
        await self.answer(interaction, self.handlers.film(ctx, film), rerun=lambda fid: self.handlers.film(ctx, fid))

    @app_commands.command(name="boxoffice", description="Budget and box-office figures, with their sources")
    @limited
    @app_commands.describe(film="Film title")
    async def boxoffice(self, interaction: discord.Interaction, film: str | None = None) -> None:
        ctx = ctx_of(interaction)
        await self.answer(interaction, self.handlers.boxoffice(ctx, film), rerun=lambda fid: self.handlers.boxoffice(ctx, fid))

    @app_commands.command(name="release", description="Premieres, releases and home media")
    @limited
    @app_commands.describe(film="Film title")
    async def release(self, interaction: discord.Interaction, film: str | None = None) -> None:
        ctx = ctx_of(interaction)
        await self.answer(interaction, self.handlers.release(ctx, film), rerun=lambda fid: self.handlers.release(ctx, fid))

    @app_commands.command(name="films", description="Every film I know about")
    async def films(self, interaction: discord.Interaction) -> None:
        await self.answer(interaction, self.handlers.films(ctx_of(interaction)))

    film.autocomplete("film")(FilmCog.film_autocomplete)
    boxoffice.autocomplete("film")(FilmCog.film_autocomplete)
    release.autocomplete("film")(FilmCog.film_autocomplete)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Films(bot))
