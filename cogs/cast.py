"""/cast: the cast, who played a character, whom an actor played, casting history."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogkit import FilmCog, ctx_of, limited


class Cast(FilmCog):
    @app_commands.command(name="cast", description="The cast with characters; who played whom")
    @limited
    @app_commands.describe(film="Film title", character="Who played this character?", actor="Whom did this actor play?")
    async def cast(self, interaction: discord.Interaction, film: str | None = None, character: str | None = None, actor: str | None = None) -> None:
        ctx = ctx_of(interaction)
        await self.answer(
            interaction,
            self.handlers.cast(ctx, film, character, actor),
            rerun=lambda fid: self.handlers.cast(ctx, fid, character, actor),
        )

    cast.autocomplete("film")(FilmCog.film_autocomplete)
    cast.autocomplete("character")(FilmCog.character_autocomplete)
    cast.autocomplete("actor")(FilmCog.actor_autocomplete)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Cast(bot))
