"""/reviews: aggregate scores, then critics with verdict, rating and a quote."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogkit import FilmCog, ctx_of, limited


class Reviews(FilmCog):
    @app_commands.command(name="reviews", description="Scores and what critics said")
    @limited
    @app_commands.describe(film="Film title", critic="Only this critic", publication="Only this publication")
    async def reviews(self, interaction: discord.Interaction, film: str | None = None, critic: str | None = None, publication: str | None = None) -> None:
        ctx = ctx_of(interaction)
        await self.answer(
            interaction,
            self.handlers.reviews(ctx, film, critic, publication),
            rerun=lambda fid: self.handlers.reviews(ctx, fid, critic, publication),
        )

    reviews.autocomplete("film")(FilmCog.film_autocomplete)
    reviews.autocomplete("critic")(FilmCog.critic_autocomplete)
    reviews.autocomplete("publication")(FilmCog.publication_autocomplete)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Reviews(bot))
