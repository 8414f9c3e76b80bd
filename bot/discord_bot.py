"""The Discord bot: a ``commands.Bot`` that opens the library and loads every cog in ``cogs/``."""

from __future__ import annotations

import asyncio
import logging
import os
import pkgutil
import sys

import aiohttp
import discord
from discord.ext import commands

from .config import Settings
from .database import DatabaseError
from .handlers import Handlers
from .library import Library

log = logging.getLogger(__name__)


def intents(typed_trivia: bool = False) -> discord.Intents:
    """Only what the features need: guilds for slash commands and buttons. Typed trivia
    answers need guild messages and their content (a privileged intent, switched on in the
    developer portal and with FILMBOT_TYPED_TRIVIA=1); without it trivia offers buttons mode."""
    i = discord.Intents.none()
    i.guilds = True
    if typed_trivia:
        i.guild_messages = True
        i.message_content = True
    return i


def cog_modules() -> list[str]:
    import cogs

    return [f"cogs.{m.name}" for m in pkgutil.iter_modules(cogs.__path__) if not m.name.startswith("_")]


class FilmBot(commands.Bot):
    def __init__(self, settings: Settings, **kwargs) -> None:
        kwargs.setdefault("intents", intents(settings.typed_trivia))
        super().__init__(
            command_prefix=commands.when_mentioned,
            allowed_mentions=discord.AllowedMentions.none(),
            owner_ids=set(settings.owner_ids) or None,
            help_command=None,
            **kwargs,
        )
        self.settings = settings
        self.library: Library | None = None
        self.handlers: Handlers | None = None

    async def setup_hook(self) -> None:
        self.library = await Library.open(self.settings.db_path)
        self.handlers = Handlers(self.library)
        for name in cog_modules():
            await self.load_extension(name)
        if self.settings.dev_guild_id:
            guild = discord.Object(id=self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to dev guild %s", len(synced), self.settings.dev_guild_id)

    async def on_ready(self) -> None:
        log.info("logged in as %s (%s) with %d film(s)", self.user, getattr(self.user, "id", "?"), len(self.library.films) if self.library else 0)

    async def close(self) -> None:
        await super().close()
        if self.library is not None:
            await self.library.close()
            self.library = None


def use_endpoints(api_base: str = "", gateway: str = "") -> None:
    """Point discord.py at another Discord (the tests' fake one) when asked to.

    Read from DISCORD_API_BASE / DISCORD_GATEWAY; unset in production."""
    if api_base:
        discord.http.Route.BASE = api_base  # type: ignore[misc]
    if gateway:
        import yarl

        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)


#: Waits between attempts to reach Discord when the network is down: 2 s, doubling, at most 5 minutes.
RETRY_FIRST, RETRY_MAX = 2.0, 300.0
_UNREACHABLE = (aiohttp.ClientConnectionError, aiohttp.ClientResponseError, OSError, asyncio.TimeoutError,
                discord.GatewayNotFound)


def run_bot(settings: Settings) -> int:
    """Run until stopped. No network at start (or Discord down) is one line per attempt and a
    retry with backoff, never a traceback; a rejected token or an unusable database stops."""
    discord.utils.setup_logging(level=getattr(logging, settings.log_level, logging.INFO))
    use_endpoints(os.environ.get("DISCORD_API_BASE", ""), os.environ.get("DISCORD_GATEWAY", ""))
    attempts = int(os.environ.get("FILMBOT_CONNECT_ATTEMPTS", "0") or 0)  # 0: keep trying
    try:
        return asyncio.run(_run(settings, attempts))
    except KeyboardInterrupt:
        return 0


async def _run(settings: Settings, attempts: int) -> int:
    delay, tried = RETRY_FIRST, 0
    while True:
        tried += 1
        bot = FilmBot(settings)
        try:
            async with bot:
                await bot.start(settings.token)
            return 0
        except discord.LoginFailure:
            print("filmbot: Discord rejected DISCORD_TOKEN (check the token in .env).", file=sys.stderr)
            return 2
        except DatabaseError as exc:
            print(f"filmbot: {exc}", file=sys.stderr)
            return 2
        except _UNREACHABLE as exc:
            reason = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
            if attempts and tried >= attempts:
                print(f"filmbot: cannot reach Discord ({reason}); giving up after {tried} attempt(s).", file=sys.stderr)
                return 3
            print(f"filmbot: cannot reach Discord ({reason}); retrying in {delay:.0f} s.", file=sys.stderr, flush=True)
            await asyncio.sleep(delay)
            delay = min(delay * 2, RETRY_MAX)
