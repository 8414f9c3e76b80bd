"""What every cog shares: the handler context of an interaction, autocomplete, error replies.

Autocomplete bends under load instead of failing: when interactions are queueing (see
``bot.admission``) a film box is filled from a prefix lookup and a name box from a plain
starts-with filter, so the member sees fewer choices rather than Discord's "loading failed".
An error that only means the bot was late or Discord was unreachable is one rate-limited log
line (``bot.logs``) and no attempt to answer an interaction that is already gone."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Hashable

import discord
from discord import app_commands
from discord.ext import commands

from .admission import note_degraded, under_pressure
from .discord_io import respond, safe_send
from .handlers import Ctx, Handlers
from .logs import expected_failure
from .matching import NameIndex
from .render import CHOICE_NAME_LIMIT, CHOICES_LIMIT, clip, error

log = logging.getLogger(__name__)


# Abuse limits on the film commands: a user may ask 8 questions per 10 s, a channel 60.
USER_RATE, USER_PER = 8, 10.0
CHANNEL_RATE, CHANNEL_PER = 60, 10.0


def cooldown(rate: int, per: float, key: Callable[[discord.Interaction], Hashable]):
    """``app_commands.checks.cooldown`` (discord.py's ``Cooldown`` buckets, ``CommandOnCooldown``
    raised), with the idle buckets forgotten oldest first instead of by a scan of every bucket on
    every command: discord.py's scan of the per-user buckets (a thousand members active within 10 s)
    was 4.6% of the bot's GIL samples at 200 interactions a second. Buckets are kept in the order
    they were last used, so the ones idle longer than *per* are at the front. A bucket idle that
    long counts as new anyway (its window is over), so when one is forgotten changes no answer."""
    buckets: OrderedDict[Hashable, app_commands.Cooldown] = OrderedDict()

    async def predicate(interaction: discord.Interaction) -> bool:
        now = interaction.created_at.timestamp()
        while buckets:
            first = next(iter(buckets.values()))
            if now <= first._last + first.per:
                break
            buckets.popitem(last=False)
        k = key(interaction)
        bucket = buckets.get(k)
        if bucket is None:
            bucket = buckets[k] = app_commands.Cooldown(rate, per)
        else:
            buckets.move_to_end(k)
        retry_after = bucket.update_rate_limit(now)
        if retry_after is None:
            return True
        raise app_commands.CommandOnCooldown(bucket, retry_after)

    return app_commands.check(predicate)


def limited(func):
    """Per-user and per-channel cooldowns; a refusal says when to try again (cog_app_command_error)."""
    func = cooldown(USER_RATE, USER_PER, key=lambda i: (i.guild_id, i.user.id))(func)
    return cooldown(CHANNEL_RATE, CHANNEL_PER, key=lambda i: i.channel_id)(func)


def is_moderator(interaction: discord.Interaction) -> bool:
    """Server-side check of Manage Server; the declared default permissions can be overridden per server."""
    if interaction.guild is None:
        return False
    if interaction.guild.owner_id == interaction.user.id:
        return True
    perms = interaction.permissions
    return bool(perms.manage_guild or perms.administrator)


def ctx_of(interaction: discord.Interaction) -> Ctx:
    return Ctx(
        user_id=interaction.user.id,
        guild_id=interaction.guild_id,
        channel_id=interaction.channel_id,
        is_moderator=is_moderator(interaction),
    )


def choices(values: list[str]) -> list[app_commands.Choice[str]]:
    out = []
    for v in values[:CHOICES_LIMIT]:
        v = clip(v, CHOICE_NAME_LIMIT)
        if v:
            out.append(app_commands.Choice(name=v, value=v))
    return out


class FilmCog(commands.Cog):
    """Base of the film cogs: the handlers, shared autocomplete and friendly errors."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @property
    def handlers(self) -> Handlers:
        return self.bot.handlers  # type: ignore[attr-defined]

    async def answer(self, interaction: discord.Interaction, make, *, rerun=None) -> None:
        await respond(interaction, make, rerun=rerun)

    async def cog_app_command_error(self, interaction: discord.Interaction, err: app_commands.AppCommandError) -> None:
        if isinstance(err, app_commands.CommandOnCooldown):
            await safe_send(interaction, error(f"Slow down a little: try again in {err.retry_after:.0f} s.", title="Cooldown"))
            return
        if isinstance(err, app_commands.CheckFailure):
            await safe_send(interaction, error("You are not allowed to use this command here.", title="Not allowed"))
            return
        if expected_failure(err):
            log.warning("command %s failed", getattr(interaction.command, "qualified_name", "?"), exc_info=err)
            return
        log.exception("command %s failed", getattr(interaction.command, "qualified_name", "?"), exc_info=err)
        await safe_send(interaction, error("Something went wrong on my side. Please try again."))

    # --- autocomplete ----------------------------------------------------------------------
    def _film_in_namespace(self, interaction: discord.Interaction):
        value = getattr(interaction.namespace, "film", None)
        pick = self.handlers.pick_film(ctx_of(interaction), value)
        return None if not hasattr(pick, "id") else pick

    async def film_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        short = under_pressure(interaction)
        if short:
            note_degraded(interaction)
        films = await self.handlers.lib.find_titles(current[:100], CHOICES_LIMIT, short=short)
        return choices([f.label for f in films])

    async def _names_autocomplete(self, interaction: discord.Interaction, current: str, kind: str, column: str) -> list[app_commands.Choice[str]]:
        film = self._film_in_namespace(interaction)
        if film is None:
            return []
        found = await self.handlers.lib.facts(film.id, kind)  # per keystroke: from memory once read
        names = list(dict.fromkeys(f[column] for f in found if f.get(column)))
        if not current.strip():
            return choices(names)
        if under_pressure(interaction):
            note_degraded(interaction)
            typed = current[:100].casefold().strip()
            return choices([n for n in names if any(w.startswith(typed) for w in [n.casefold(), *n.casefold().split()])])
        idx = NameIndex(dict(enumerate(names)))
        return choices([names[i] for i, _n, _s in idx.search(current[:100], CHOICES_LIMIT)])

    async def character_autocomplete(self, interaction: discord.Interaction, current: str):
        return await self._names_autocomplete(interaction, current, "cast", "character")

    async def actor_autocomplete(self, interaction: discord.Interaction, current: str):
        return await self._names_autocomplete(interaction, current, "cast", "actor")

    async def plot_character_autocomplete(self, interaction: discord.Interaction, current: str):
        got = await self._names_autocomplete(interaction, current, "plot_character", "name")
        return got or await self.character_autocomplete(interaction, current)

    async def ceremony_autocomplete(self, interaction: discord.Interaction, current: str):
        return await self._names_autocomplete(interaction, current, "award", "ceremony")

    async def critic_autocomplete(self, interaction: discord.Interaction, current: str):
        return await self._names_autocomplete(interaction, current, "review", "critic")

    async def publication_autocomplete(self, interaction: discord.Interaction, current: str):
        return await self._names_autocomplete(interaction, current, "review", "publication")
