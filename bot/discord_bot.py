"""The Discord bot: an ``AutoShardedBot`` that opens the library and loads every cog in ``cogs/``.

Sharded because a bot past 2,500 guilds must be (Discord's rule), and discord.py runs any number of
shards in one process: with ``FILMBOT_SHARDS=0-3/16`` this process runs shards 0 to 3 of 16 and
other processes run the rest, sharing PostgreSQL (``FILMBOT_DATABASE_URL``); without it, one process
runs as many shards as Discord recommends for the bot's guild count, which is one for a small bot.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pkgutil
import signal
import sys

import aiohttp
import discord
from discord.ext import commands

from .admission import AdmittedTree, shed_early
from .config import Settings, describe_database_url
from .database import DatabaseError, DatabaseUnreachable
from .defaultlib import DefaultLibrary
from .handlers import Handlers
from .library import Library
from .logs import setup_logging
from .runtime import HTTP_CONNECTIONS, Runtime
from .trivia.store import TriviaStore

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


def syncs_commands(settings: Settings) -> bool:
    """Whether this process syncs the slash commands at start: one process of a bot does, the one
    running shard 0 (every process would send the same commands, and Discord rate-limits syncs),
    or the only process when FILMBOT_SHARDS is unset."""
    return settings.shards is None or 0 in settings.shards.ids


def cog_modules() -> list[str]:
    import cogs

    return [f"cogs.{m.name}" for m in pkgutil.iter_modules(cogs.__path__) if not m.name.startswith("_")]


class FilmBot(commands.AutoShardedBot):
    def __init__(self, settings: Settings, **kwargs) -> None:
        kwargs.setdefault("intents", intents(settings.typed_trivia))
        kwargs.setdefault("tree_cls", AdmittedTree)  # admission control before every command
        kwargs.setdefault("connector", aiohttp.TCPConnector(limit=HTTP_CONNECTIONS))
        if settings.shards is not None:
            kwargs.setdefault("shard_ids", list(settings.shards.ids))
            kwargs.setdefault("shard_count", settings.shards.count)
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
        #: Admission control, the event-loop probe and health line, the worker process.
        self.runtime = Runtime()
        self.admission = self.runtime.admission
        shed_early(self, self.admission)  # interactions too old to answer dropped before discord.py parses them
        #: Per-server state: trivia games, results, scores, seasons, settings and packs.
        self.trivia_store: TriviaStore | None = None
        self.pool = None  # the asyncpg pool when FILMBOT_DATABASE_URL is set
        #: With FILMBOT_SHARDS and PostgreSQL: IDENTIFYs paced across every process (bot/identify.py).
        self.identify_gate = None
        #: With PostgreSQL: the films are shared, and this process's file is a copy (bot/filmsync.py).
        self.films = None
        #: Loading the default library into a new database (bot/defaultlib.py), while it runs.
        self.default_library: DefaultLibrary | None = None

    async def setup_hook(self) -> None:
        self.library = await Library.open(self.settings.db_path)
        self.handlers = Handlers(self.library)
        self.trivia_store = await self._open_trivia_store()
        if self.pool is not None and self.settings.shards is not None:
            from .identify import IdentifyGate

            limits = await self.fetch_session_start_limits()
            self.identify_gate = IdentifyGate(self.pool, limits.max_concurrency)
        if self.pool is not None:
            self.films = await self._share_films()
        for name in cog_modules():
            await self.load_extension(name)
        if self.settings.dev_guild_id and syncs_commands(self.settings):
            guild = discord.Object(id=self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to dev guild %s", len(synced), self.settings.dev_guild_id)
        elif self.settings.dev_guild_id:
            log.info("commands are synced by the process running shard 0, not this one (shards %s)", self.settings.shards)
        await self.runtime.start(self.library)
        # A new database gets the shipped films in the background; commands are answered meanwhile.
        self.default_library = DefaultLibrary.start(self.library, enabled=self.settings.default_library)

    async def _open_trivia_store(self) -> TriviaStore:
        """The SQLite file's store, or PostgreSQL's (connected and migrated) when a URL is set."""
        if not self.settings.database_url:
            from .trivia.sqlite_store import SqliteTriviaStore

            return SqliteTriviaStore(await self.library.writer())  # its writes never hold up film reads
        from . import postgres
        from .trivia.pg_store import PostgresTriviaStore

        self.pool = await postgres.open_pool(self.settings.database_url)
        log.info("per-server state in PostgreSQL at %s%s", describe_database_url(self.settings.database_url),
                 f"; this process runs shards {self.settings.shards}" if self.settings.shards else "")
        return PostgresTriviaStore(self.pool)

    async def _share_films(self):
        """This process's film file becomes a copy of PostgreSQL's films, kept current by LISTEN/NOTIFY."""
        from . import postgres
        from .filmsync import SharedFilms

        films = SharedFilms(self.pool, self.settings.database_url, self.library)
        try:
            await films.start()
        except Exception as exc:
            await films.close()
            raise postgres.connect_error(exc, describe_database_url(self.settings.database_url)) from None
        self.library.shared = films
        log.info("films shared through PostgreSQL: %d in this process's copy", len(self.library.films))
        return films

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """Several processes: wait for this shard's IDENTIFY bucket to be free in all of them.
        Otherwise discord.py's own pacing (5 s between this process's shards)."""
        if self.identify_gate is None or shard_id is None:
            return await super().before_identify_hook(shard_id, initial=initial)
        await self.identify_gate.wait(shard_id)

    async def on_ready(self) -> None:
        log.info("logged in as %s (%s) with %d film(s)", self.user, getattr(self.user, "id", "?"), len(self.library.films) if self.library else 0)

    async def close(self) -> None:
        if self.default_library is not None:
            await self.default_library.stop()
            self.default_library = None
        await super().close()
        await self.runtime.stop()
        if self.identify_gate is not None:
            await self.identify_gate.close()
            self.identify_gate = None
        if self.films is not None:
            await self.films.close()
            self.films = None
            if self.library is not None:
                self.library.shared = None
        if self.pool is not None:
            pool, self.pool = self.pool, None
            try:
                await asyncio.wait_for(pool.close(), timeout=10)
            except asyncio.TimeoutError:  # a query still running: do not hang the shutdown on it
                pool.terminate()
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
    """Run until stopped. No network at start (Discord or PostgreSQL down) is one line per attempt
    and a retry with backoff, never a traceback; a rejected token or an unusable database stops."""
    logs = setup_logging(getattr(logging, settings.log_level, logging.INFO))  # never blocks the loop
    use_endpoints(os.environ.get("DISCORD_API_BASE", ""), os.environ.get("DISCORD_GATEWAY", ""))
    attempts = int(os.environ.get("FILMBOT_CONNECT_ATTEMPTS", "0") or 0)  # 0: keep trying
    try:
        return run_loop(_run(settings, attempts))
    except KeyboardInterrupt:
        return 0
    finally:
        logs.close()


def run_loop(coro):
    """Run an event loop to the end of *coro*: uvloop's when it is installed (``FILMBOT_UVLOOP=0``
    turns it off), else asyncio's. The bot runs on it, and so does ``make load``'s harness, so the
    two measure alike. Most of the bot's CPU per interaction is the loop and its sockets (the
    gateway event read, the callback's HTTP request and its reply), which uvloop does in C."""
    if os.environ.get("FILMBOT_UVLOOP", "1") != "0":
        try:
            import uvloop
        except ImportError:
            pass
        else:
            return uvloop.run(coro)
    return asyncio.run(coro)


def _stop_on_signals(stop: asyncio.Event, running: list[FilmBot]) -> None:
    """SIGINT and SIGTERM close the bot cleanly (games and scores saved, helper processes ended).

    Installed on the loop rather than left to Python's KeyboardInterrupt: a process started in the
    background by a non-interactive shell (a start script, a CI runner) inherits SIGINT *ignored*,
    Python then installs no handler, and the bot went on running when told to stop (a test waiting
    for it hung until killed). SIGTERM, what service managers send, ended it without closing."""
    loop = asyncio.get_running_loop()

    def on_signal() -> None:
        stop.set()
        for bot in running:
            loop.create_task(bot.close())

    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, on_signal)
        except (NotImplementedError, RuntimeError, ValueError):  # not on this platform or thread: Python's default
            pass


async def _run(settings: Settings, attempts: int) -> int:
    delay, tried = RETRY_FIRST, 0
    stop, running = asyncio.Event(), []
    _stop_on_signals(stop, running)
    while True:
        tried += 1
        bot = FilmBot(settings)
        running[:] = [bot]
        try:
            async with bot:
                await bot.start(settings.token)
            return 0
        except discord.LoginFailure:
            print("filmbot: Discord rejected DISCORD_TOKEN (check the token in .env).", file=sys.stderr)
            return 2
        except DatabaseUnreachable as exc:  # PostgreSQL down or restarting: as transient as the network
            if attempts and tried >= attempts:
                print(f"filmbot: {exc}; giving up after {tried} attempt(s).", file=sys.stderr)
                return 3
            print(f"filmbot: {exc}; retrying in {delay:.0f} s.", file=sys.stderr, flush=True)
        except DatabaseError as exc:
            print(f"filmbot: {exc}", file=sys.stderr)
            return 2
        except _UNREACHABLE as exc:
            reason = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
            if attempts and tried >= attempts:
                print(f"filmbot: cannot reach Discord ({reason}); giving up after {tried} attempt(s).", file=sys.stderr)
                return 3
            print(f"filmbot: cannot reach Discord ({reason}); retrying in {delay:.0f} s.", file=sys.stderr, flush=True)
        if stop.is_set():
            return 0
        try:
            await asyncio.wait_for(stop.wait(), delay)
            return 0  # told to stop while waiting to retry
        except asyncio.TimeoutError:
            pass
        delay = min(delay * 2, RETRY_MAX)
