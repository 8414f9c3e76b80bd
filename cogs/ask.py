"""/ask (free-form questions answered from the articles) and /person (one person's credits)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.cogkit import FilmCog, ctx_of, limited


class Ask(FilmCog):
    async def cog_load(self) -> None:
        from bot.ask import warm

        await warm(self.handlers.lib)  # the cross-film name index, built once, not on the first question

    @app_commands.command(name="ask", description="Ask anything about a film: who played whom, awards, money, reviews…")
    @app_commands.describe(question="Your question (mention the film, or ask in a channel that just used one)")
    @limited
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 500]) -> None:
        await self.answer(interaction, self.handlers.ask(ctx_of(interaction), question))

    @app_commands.command(name="person", description="One person's credits across every film")
    @app_commands.describe(name="A name or a surname")
    @limited
    async def person(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100]) -> None:
        await self.answer(interaction, self.handlers.person(ctx_of(interaction), name))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Ask(bot))
