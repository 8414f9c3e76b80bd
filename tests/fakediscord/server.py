"""``FakeDiscord``: an in-process Discord (gateway + REST + CDN) on 127.0.0.1, and the
simulated-user API tests drive it with.

The bot under test is a real, unmodified ``discord.py`` client; only two class attributes
are redirected (``Route.BASE`` and ``DiscordWebSocket.DEFAULT_GATEWAY``) by
:meth:`FakeDiscord.patch`. Simulated interactions are built from the commands the bot
*registered* (so an option renamed in a cog but not in a test fails loudly), dispatched
over the websocket and their callbacks collected into :class:`InteractionRecord`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import secrets
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import discord
import discord.gateway
import discord.http
import yarl
from aiohttp import web

from .gateway import Gateway
from .models import (
    FakeAttachment,
    FakeChannel,
    FakeDiscordError,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    Intent,
    InteractionRecord,
    MessageFlag,
    Perm,
    RequestRecord,
    SnowflakeFactory,
    iter_components,
    message_payload,
    strip_private,
)
from .rest import Fault, Rest

ChannelRef = FakeChannel | int | str | None
GuildRef = FakeGuild | int | None
MessageRef = InteractionRecord | dict[str, Any] | int

#: Seconds a wait for the bot lasts at least, whatever a test asked (see ``FakeDiscord.wait_for``).
MIN_WAIT = 60.0

OPTION_TYPE_NAMES = {1: "subcommand", 2: "group", 3: "string", 4: "integer", 5: "boolean", 6: "user", 7: "channel",
                     8: "role", 9: "mentionable", 10: "number", 11: "attachment"}


class FakeDiscord:
    """In-process fake Discord. Typical use::

        async with FakeDiscord() as fake:          # starts server, patches discord.py
            bot = make_bot()
            async with fake.run_bot(bot):          # login, connect, wait for on_ready
                alice = fake.make_user("alice")
                rec = await fake.slash("ping", user=alice)
                assert rec.embeds[0]["title"] == "Pong"
            fake.assert_clean()
    """

    def __init__(
        self,
        *,
        token: str = "fake-token",
        bot_name: str = "FilmBot",
        guild_name: str = "FilmBot Test Server",
        channels: tuple[str, ...] = ("general", "trivia"),
        everyone_permissions: int = Perm.EVERYONE_DEFAULT,
        bot_permissions: int = Perm.BOT_DEFAULT,
        allowed_privileged_intents: int = Intent.PRIVILEGED,
        interaction_deadline: float | None = 3.0,
        enforce_message_content_intent: bool = True,
        application_flags: int = 0,
        shard_count: int = 1,
        max_concurrency: int = 1,
    ) -> None:
        self.new_id = SnowflakeFactory()
        self.token = token
        self.application_id = self.new_id()
        self.application_flags = application_flags
        #: What GET /gateway/bot recommends; with more than one, IDENTIFY must carry this count.
        self.shard_count = shard_count
        #: IDENTIFYs Discord starts at once per 5 s (shard_id % max_concurrency is the bucket).
        self.max_concurrency = max_concurrency
        self.bot_user = FakeUser(id=self.application_id, username=bot_name, bot=True)
        self.app_owner = FakeUser(id=self.new_id(), username="app-owner")
        self.allowed_privileged_intents = allowed_privileged_intents
        #: Seconds after dispatch within which the initial callback must arrive (None = off).
        self.interaction_deadline = interaction_deadline
        #: The shortest a wait for the bot lasts (see ``wait_for``); FAKEDISCORD_MIN_WAIT overrides it.
        self.min_wait = float(os.environ.get("FAKEDISCORD_MIN_WAIT", MIN_WAIT))
        #: Blank MESSAGE_CREATE content for bots without the message_content intent, like Discord.
        self.enforce_message_content_intent = enforce_message_content_intent
        self.bot_permissions = bot_permissions

        self.users: dict[int, FakeUser] = {self.bot_user.id: self.bot_user, self.app_owner.id: self.app_owner}
        self.guilds: dict[int, FakeGuild] = {}
        self.channels: dict[int, FakeChannel] = {}
        #: scope (guild id or None for global) -> command id -> registered command payload.
        self.commands: dict[int | None, dict[int, dict[str, Any]]] = {}
        self.sync_count = 0
        self.interactions: dict[int, InteractionRecord] = {}
        self.interactions_by_token: dict[str, InteractionRecord] = {}
        self.messages: dict[int, dict[str, Any]] = {}
        self._channel_msgs: dict[int, list[int]] = {}
        self.blobs: dict[int, tuple[str, bytes]] = {}
        self.requests: list[RequestRecord] = []
        #: "METHOD /path" for every request no route handled. Must stay empty.
        self.unknown_routes: list[str] = []
        #: Requests Discord would reject as malformed (400 Invalid Form Body etc.).
        self.protocol_errors: list[str] = []
        #: Late/duplicate acknowledgements, webhook use before the initial response.
        self.interaction_errors: list[str] = []
        self.faults: list[Fault] = []
        #: ERROR-level log lines from the ``discord`` logger while the fake is entered (an
        #: exception in a command or view callback is logged by discord.py, not raised).
        self.discord_errors: list[str] = []
        self._log_handler = _ErrorCollector(self.discord_errors)
        #: The pytest fixture runs ``assert_clean()`` at teardown unless a test clears this.
        self.strict = True

        self.gateway = Gateway(self)
        self.rest = Rest(self)
        self._changed = asyncio.Event() if _has_loop() else None
        self._runner: web.AppRunner | None = None
        self.port: int = 0

        self.guild = self.add_guild(guild_name, channels=channels, everyone_permissions=everyone_permissions,
                                    shard=0 if shard_count > 1 else None)

    # -- lifecycle ---------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return f"{self.url}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    def bot_env(self, db: Any, **extra: str) -> dict[str, str]:
        """The environment for ``python -m bot run`` as a separate process pointed at this fake."""
        import os

        return {**os.environ, "DISCORD_TOKEN": self.token, "DISCORD_API_BASE": self.api_base,
                "DISCORD_GATEWAY": self.gateway_url, "FILMBOT_DB": str(db), "DEV_GUILD_ID": str(self.guild.id),
                **extra}

    async def start(self) -> FakeDiscord:
        """Bind an ephemeral port on 127.0.0.1 and serve."""
        self._changed = asyncio.Event()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        self.rest.install(app)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None and server.sockets
        self.port = server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        """Close websockets, then the HTTP server. Call after ``bot.close()``."""
        await self.gateway.close_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @contextlib.contextmanager
    def patch(self) -> Iterator[None]:
        """Point discord.py's REST base and default gateway at this fake; restore on exit."""
        if not self.port:
            raise RuntimeError("start() the fake before patching discord.py")
        old_base = discord.http.Route.BASE
        old_gw = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        discord.http.Route.BASE = self.api_base  # type: ignore[misc]
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)
        try:
            yield
        finally:
            discord.http.Route.BASE = old_base  # type: ignore[misc]
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gw

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        self._patch_cm = self.patch()
        self._patch_cm.__enter__()
        logging.getLogger("discord").addHandler(self._log_handler)
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            await self.stop()
        finally:
            logging.getLogger("discord").removeHandler(self._log_handler)
            self._patch_cm.__exit__(None, None, None)

    @contextlib.asynccontextmanager
    async def run_bot(self, bot: discord.Client, *, timeout: float = 30.0) -> AsyncIterator[discord.Client]:
        """Run ``bot.start(token)`` in a task until it is ready; close it cleanly afterwards.

        Waits for ``on_ready`` (i.e. after ``setup_hook`` - so guild command syncs are done -
        and after ``guild_ready_timeout``). If the bot task dies first its exception is raised.
        *timeout* is generous and costs nothing when the bot is quick: a start that opens
        PostgreSQL, migrates it and syncs commands took over 5 s (the old limit) on a 2-core
        machine under load (load average 13), and the test failed for it.
        """
        task = asyncio.create_task(bot.start(self.token), name="fakediscord-bot")
        ready = asyncio.create_task(bot.wait_until_ready())
        try:
            done, _ = await asyncio.wait({task, ready}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            if task in done:
                task.result()  # raises the bot's startup error
                raise FakeDiscordError("bot.start() returned before becoming ready")
            if ready not in done:
                raise FakeDiscordError(f"bot not ready within {timeout}s (sessions: {len(self.gateway.sessions)}, "
                                       f"requests: {[f'{r.method} {r.path} {r.status}' for r in self.requests]})")
            yield bot
        finally:
            ready.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ready
            await bot.close()
            try:
                await asyncio.wait_for(task, timeout=timeout)
            except (asyncio.CancelledError, asyncio.TimeoutError):
                task.cancel()
                with contextlib.suppress(BaseException):
                    await task
            except Exception:
                pass  # the start error (if any) was raised above; closing errors are not ours

    # -- waiting -------------------------------------------------------------------------------
    def _notify(self) -> None:
        if self._changed is not None:
            self._changed.set()
            self._changed = asyncio.Event()

    async def wait_for(self, predicate: Callable[[], Any], *, timeout: float = 5.0, what: str = "condition") -> Any:
        """Wait until ``predicate()`` is truthy (re-checked whenever the fake's state
        changes, and every 50 ms as a fallback); returns its value.

        The wait lasts at least ``min_wait`` seconds whatever *timeout* says: it ends as soon as
        the predicate holds, so only a test about to fail waits longer, and on a machine whose
        load average is 10 or more on 2 cores a bot in good health has taken more than 5 s to
        send a follow-up (the wait, not the bot, failed the test). Discord's own deadline (3 s
        for the first callback, ``interaction_deadline``) is enforced separately."""
        timeout = max(timeout, self.min_wait)
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FakeDiscordError(f"timed out after {timeout}s waiting for {what}")
            ev = self._changed or asyncio.Event()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(ev.wait(), timeout=min(remaining, 0.05))

    async def wait_until_connected(self, timeout: float = 5.0) -> None:
        await self.wait_for(lambda: self.gateway.active_sessions, timeout=timeout, what="a bot to IDENTIFY")

    async def wait_for_message(self, channel: ChannelRef = None, predicate: Callable[[dict[str, Any]], bool] | None = None,
                               *, after: int = 0, timeout: float = 5.0) -> dict[str, Any]:
        """Wait for a (bot or user) message in ``channel`` newer than snowflake ``after``."""
        ch = self.resolve_channel(channel)

        def find() -> dict[str, Any] | None:
            for m in self.channel_messages(ch.id):
                if int(m["id"]) > after and (predicate is None or predicate(m)):
                    return m
            return None

        return await self.wait_for(find, timeout=timeout, what=f"a message in #{ch.name}")

    # -- world building ------------------------------------------------------------------------
    def add_guild(self, name: str, *, channels: tuple[str, ...] = ("general",), everyone_permissions: int = Perm.EVERYONE_DEFAULT,
                  owner: FakeUser | None = None, shard: int | None = None) -> FakeGuild:
        """Add a guild (the bot is a member). Before the bot connects it appears in READY;
        afterwards a GUILD_CREATE is dispatched, as when a bot is invited. ``shard``: an id whose
        shard (``(id >> 22) % shard_count``) is that one, so a test can place guilds on shards."""
        gid = self.new_id()
        if shard is not None:
            ms = gid >> 22
            ms += (shard - ms) % self.shard_count
            gid = (ms << 22) | (gid & 0x3FFFFF)
            self.new_id._last = max(self.new_id._last, gid)  # ids stay increasing after it
        owner_user = owner or FakeUser(id=self.new_id(), username=f"owner-{len(self.guilds) + 1}")
        self.users[owner_user.id] = owner_user
        guild = FakeGuild(id=gid, name=name, owner_id=owner_user.id, everyone_permissions=everyone_permissions)
        self.guilds[gid] = guild
        guild.members[owner_user.id] = FakeMember(user=owner_user, guild=guild)
        bot_role = FakeRole(id=self.new_id(), name=self.bot_user.username, permissions=self.bot_permissions, position=1,
                            managed=True, tags={"bot_id": str(self.bot_user.id)})
        guild.roles[bot_role.id] = bot_role
        guild.members[self.bot_user.id] = FakeMember(user=self.bot_user, guild=guild, roles=[bot_role.id])
        for i, ch_name in enumerate(channels):
            ch = FakeChannel(id=self.new_id(), name=ch_name, guild_id=gid, position=i)
            guild.channels[ch.id] = ch
            self.channels[ch.id] = ch
        if self.gateway.active_sessions:
            self.gateway.dispatch_nowait("GUILD_CREATE", guild.create_payload())
        return guild

    def shard_of(self, guild: GuildRef) -> int:
        """The shard a guild's events go to."""
        return (self.resolve_guild(guild).id >> 22) % max(self.shard_count, 1)

    @property
    def owner(self) -> FakeMember:
        """The default guild's owner (has every permission)."""
        return self.guild.members[self.guild.owner_id]

    def bot_member(self, guild_id: int) -> FakeMember:
        return self.guilds[guild_id].members[self.bot_user.id]

    def add_channel(self, name: str, *, guild: GuildRef = None, type: int = 0, topic: str | None = None) -> FakeChannel:
        g = self.resolve_guild(guild)
        ch = FakeChannel(id=self.new_id(), name=name, guild_id=g.id, type=type, topic=topic, position=len(g.channels))
        g.channels[ch.id] = ch
        self.channels[ch.id] = ch
        self.gateway.dispatch_nowait("CHANNEL_CREATE", ch.payload())
        return ch

    def make_role(self, name: str, permissions: int = 0, *, guild: GuildRef = None) -> FakeRole:
        """Create a role; if a bot is connected it receives GUILD_ROLE_CREATE (queued before
        any interaction dispatched afterwards, so its cache knows the role in time)."""
        g = self.resolve_guild(guild)
        role = FakeRole(id=self.new_id(), name=name, permissions=permissions, position=len(g.roles))
        g.roles[role.id] = role
        self.gateway.dispatch_nowait("GUILD_ROLE_CREATE", {"guild_id": str(g.id), "role": role.payload()})
        return role

    def make_user(self, name: str, *, permissions: int = 0, roles: tuple[FakeRole, ...] | list[FakeRole] = (),
                  guild: GuildRef = None, nick: str | None = None, bot: bool = False,
                  global_name: str | None = None) -> FakeMember:
        """A guild member. ``permissions`` are granted through a personal role on top of
        @everyone (e.g. ``Perm.MANAGE_GUILD`` for a server manager, ``Perm.ADMINISTRATOR``);
        ``permissions=0`` gives a plain member."""
        g = self.resolve_guild(guild)
        user = FakeUser(id=self.new_id(), username=name, global_name=global_name or name.title(), bot=bot)
        self.users[user.id] = user
        member = FakeMember(user=user, guild=g, nick=nick, roles=[r.id for r in roles])
        if permissions:
            member.roles.append(self.make_role(f"{name}-perms", permissions, guild=g).id)
        g.members[user.id] = member
        if self.gateway.active_sessions:
            payload = {**member.payload(), "guild_id": str(g.id)}
            self.gateway.dispatch_nowait("GUILD_MEMBER_ADD", payload, intent=Intent.GUILD_MEMBERS)
        return member

    def make_attachment(self, filename: str, content: bytes | str, *, content_type: str | None = None) -> FakeAttachment:
        """A file a user attaches to a slash command; served on 127.0.0.1 by the fake CDN."""
        data = content.encode("utf-8") if isinstance(content, str) else content
        ct = content_type or ("text/plain; charset=utf-8" if filename.endswith(".txt") else "application/octet-stream")
        att = FakeAttachment(filename=filename, content=data, content_type=ct, id=self.new_id())
        att.url = f"{self.url}/attachments/0/{att.id}/{filename}"
        self.blobs[att.id] = (ct, data)
        return att

    def resolve_guild(self, guild: GuildRef) -> FakeGuild:
        if guild is None:
            return self.guild
        if isinstance(guild, FakeGuild):
            return guild
        try:
            return self.guilds[int(guild)]
        except KeyError:
            raise FakeDiscordError(f"unknown guild {guild!r}") from None

    def resolve_channel(self, channel: ChannelRef, guild: GuildRef = None) -> FakeChannel:
        if channel is None:
            return next(iter(self.resolve_guild(guild).channels.values()))
        if isinstance(channel, FakeChannel):
            return channel
        if isinstance(channel, str):
            return self.resolve_guild(guild).channel(channel.lstrip("#"))
        try:
            return self.channels[int(channel)]
        except KeyError:
            raise FakeDiscordError(f"unknown channel {channel!r}") from None

    # -- messages store ------------------------------------------------------------------------
    def store_message(self, msg: dict[str, Any]) -> None:
        mid = int(msg["id"])
        self.messages[mid] = msg
        self._channel_msgs.setdefault(int(msg["channel_id"]), []).append(mid)
        self._notify()

    def delete_message(self, mid: int) -> None:
        msg = self.messages.pop(mid, None)
        if msg is None:
            return
        ids = self._channel_msgs.get(int(msg["channel_id"]), [])
        if mid in ids:
            ids.remove(mid)
        if not int(msg.get("flags", 0)) & MessageFlag.EPHEMERAL:
            data = {"id": str(mid), "channel_id": msg["channel_id"]}
            if msg.get("guild_id"):
                data["guild_id"] = msg["guild_id"]
            self.gateway.dispatch_nowait("MESSAGE_DELETE", data, intent=Intent.GUILD_MESSAGES)
        self._notify()

    def channel_messages(self, channel: ChannelRef = None) -> list[dict[str, Any]]:
        """Messages (bot and user, incl. ephemeral) currently in a channel, oldest first."""
        ch = self.resolve_channel(channel)
        return [self.messages[i] for i in self._channel_msgs.get(ch.id, []) if i in self.messages]

    # -- registered commands ------------------------------------------------------------------
    def registered_commands(self, scope: str | FakeGuild | int = "all") -> list[dict[str, Any]]:
        """Registered command payloads (as the bot sent them, plus ids): ``"all"`` scopes,
        ``"global"`` only, or one guild's (a ``FakeGuild`` or guild id)."""
        if scope == "all":
            return [c for cmds in self.commands.values() for c in cmds.values()]
        if scope == "global":
            return list(self.commands.get(None, {}).values())
        return list(self.commands.get(self.resolve_guild(scope).id, {}).values())  # type: ignore[arg-type]

    def get_command(self, name: str, *, guild: GuildRef = None, type: int = 1) -> dict[str, Any]:
        """The registered command ``name`` as the interaction's guild would see it (guild
        scope first, then global); raises if the bot never registered it."""
        g = self.resolve_guild(guild)
        for scope in (g.id, None):
            for cmd in self.commands.get(scope, {}).values():
                if cmd["name"] == name and cmd.get("type", 1) == type:
                    return cmd
        have = sorted(c["name"] for c in self.registered_commands())
        raise FakeDiscordError(f"command {name!r} is not registered (registered: {have}); did setup_hook sync the tree?")

    def command_option(self, command: str, option: str | None = None, *, guild: GuildRef = None) -> dict[str, Any]:
        """Registered definition of ``"group sub"`` (or of one of its options)."""
        parts = command.split()
        node = self.get_command(parts[0], guild=guild)
        for part in parts[1:]:
            node = _find_option(node, part, (1, 2), command)
        if option is None:
            return node
        return _find_option(node, option, None, command)

    # -- simulated interactions -----------------------------------------------------------------
    def _new_record(self, itype: int, data: dict[str, Any], member: FakeMember, channel: FakeChannel,
                    *, locale: str, message: dict[str, Any] | None = None) -> InteractionRecord:
        guild = member.guild
        if channel.guild_id != guild.id:
            raise FakeDiscordError(f"channel #{channel.name} is not in guild {guild.name!r}")
        iid = self.new_id()
        token = f"fake-interaction-{secrets.token_urlsafe(24)}"
        perms = guild.permissions_for(member)
        payload: dict[str, Any] = {
            "id": str(iid),
            "application_id": str(self.application_id),
            "type": itype,
            "data": data,
            "guild_id": str(guild.id),
            "guild": {"id": str(guild.id), "locale": guild.preferred_locale, "features": []},
            "channel_id": str(channel.id),
            "channel": {**channel.payload(), "permissions": str(perms)},
            "member": member.payload(with_permissions=True),
            "app_permissions": str(guild.permissions_for(self.bot_member(guild.id))),
            "token": token,
            "version": 1,
            "locale": locale,
            "guild_locale": guild.preferred_locale,
            "entitlements": [],
            "entitlement_sku_ids": [],
            "authorizing_integration_owners": {"0": str(guild.id)},
            "context": 0,
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if message is not None:
            payload["message"] = strip_private(message)
        rec = InteractionRecord(fake=self, id=iid, token=token, type=itype, payload=payload, member=member,
                                channel_id=channel.id, guild_id=guild.id,
                                source_message_id=int(message["id"]) if message is not None else None)
        self.interactions[iid] = rec
        self.interactions_by_token[token] = rec
        return rec

    async def _dispatch_interaction(self, rec: InteractionRecord, *, wait: bool, timeout: float) -> InteractionRecord:
        if not self.gateway.active_sessions:
            raise FakeDiscordError("no bot is connected to the fake gateway (use fake.run_bot(bot))")
        live = [x for x in self.gateway.sessions_for(rec.guild_id) if x.connection is not None and not x.connection.closed]
        if not live:
            raise FakeDiscordError(f"no bot is connected for shard {self.shard_of(rec.guild_id)} of {self.shard_count}, "
                                   f"which guild {rec.guild_id} is on")
        rec.shards = [x.shard for x in live]
        sent_at = await self.gateway.dispatch("INTERACTION_CREATE", rec.payload)
        if rec.dispatched_at is None:
            rec.dispatched_at = sent_at
        if wait:
            try:
                await rec.wait_response(timeout=timeout)
            except FakeDiscordError:
                extra = ""
                if rec.late_callbacks:
                    extra = " (a callback arrived after the deadline and was rejected with 10062)"
                raise FakeDiscordError(f"bot did not acknowledge interaction {rec.id} ({_describe(rec)}) within "
                                       f"{timeout}s{extra}") from None
        return rec

    def _check_member(self, user: FakeMember | None) -> FakeMember:
        if user is None:
            return self.owner
        if not isinstance(user, FakeMember):
            raise FakeDiscordError("user= must be a FakeMember from fake.make_user()")
        return user

    def _build_command_data(self, command: str, options: dict[str, Any] | None, subcommand: str | None,
                            member: FakeMember, *, focused: str | None = None, focused_value: Any = None,
                            check_permissions: bool = True) -> dict[str, Any]:
        parts = command.split() + (subcommand.split() if subcommand else [])
        if not parts:
            raise FakeDiscordError("empty command name")
        guild = member.guild
        cmd = self.get_command(parts[0], guild=guild)
        if check_permissions:
            required = cmd.get("default_member_permissions")
            perms = guild.permissions_for(member)
            if required is not None and (int(required) & perms) != int(required):
                raise FakeDiscordError(
                    f"/{parts[0]} requires default_member_permissions={required}; {member.name} has {perms:#x}. "
                    "Discord would not show the command to this user (pass check_permissions=False to bypass).")
        data: dict[str, Any] = {"id": cmd["id"], "name": cmd["name"], "type": 1}
        if cmd.get("guild_id"):
            data["guild_id"] = cmd["guild_id"]
        container: list[dict[str, Any]] = []
        data["options"] = container
        node: dict[str, Any] = cmd
        for part in parts[1:]:
            opt = _find_option(node, part, (1, 2), command)
            new: dict[str, Any] = {"name": opt["name"], "type": opt["type"], "options": []}
            container.append(new)
            container = new["options"]
            node = opt
        subs = [o["name"] for o in node.get("options") or [] if o.get("type") in (1, 2)]
        if subs:
            raise FakeDiscordError(f"/{' '.join(parts)} needs a subcommand: one of {subs}")
        given = dict(options or {})
        if focused is not None:
            given[focused] = focused_value
        defs = {o["name"]: o for o in node.get("options") or []}
        unknown = sorted(set(given) - set(defs))
        if unknown:
            raise FakeDiscordError(f"/{' '.join(parts)} has no option(s) {unknown}; registered: {sorted(defs)}")
        resolved: dict[str, dict[str, Any]] = {}
        for name, opt in defs.items():  # Discord sends options in declaration order
            if name not in given:
                if opt.get("required") and focused is None:
                    raise FakeDiscordError(f"/{' '.join(parts)}: required option {name!r} missing")
                continue
            value = given[name]
            if value is None:
                continue
            if focused is not None and name == focused:
                if not opt.get("autocomplete"):
                    raise FakeDiscordError(f"option {name!r} of /{' '.join(parts)} is not registered with autocomplete")
                container.append({"name": name, "type": opt["type"], "value": value, "focused": True})
                continue
            container.append({"name": name, "type": opt["type"],
                              "value": self._convert_option(opt, value, resolved, guild, validate=focused is None)})
        if focused is not None and focused not in defs:
            raise FakeDiscordError(f"focused option {focused!r} not in /{' '.join(parts)}")
        if resolved and focused is None:
            data["resolved"] = resolved
        if not data["options"]:
            del data["options"]
        return data

    def _convert_option(self, opt: dict[str, Any], value: Any, resolved: dict[str, dict[str, Any]], guild: FakeGuild,
                        *, validate: bool) -> Any:
        t = opt["type"]
        name = opt["name"]
        if t == 3:
            value = str(value)
            if validate:
                if "min_length" in opt and len(value) < opt["min_length"]:
                    raise FakeDiscordError(f"option {name!r}: {value!r} shorter than min_length {opt['min_length']}")
                if "max_length" in opt and len(value) > opt["max_length"]:
                    raise FakeDiscordError(f"option {name!r}: longer than max_length {opt['max_length']}")
        elif t == 4:
            if isinstance(value, bool) or not isinstance(value, int):
                raise FakeDiscordError(f"option {name!r} is an integer option; got {value!r}")
        elif t == 10:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise FakeDiscordError(f"option {name!r} is a number option; got {value!r}")
        elif t == 5:
            if not isinstance(value, bool):
                raise FakeDiscordError(f"option {name!r} is a boolean option; got {value!r}")
        elif t in (6, 9) and isinstance(value, (FakeMember, FakeUser)):
            member = value if isinstance(value, FakeMember) else guild.members.get(value.id)
            user = value.user if isinstance(value, FakeMember) else value
            resolved.setdefault("users", {})[str(user.id)] = user.payload()
            if member is not None:
                resolved.setdefault("members", {})[str(user.id)] = member.payload(with_user=False, with_permissions=True)
            value = str(user.id)
        elif t in (8, 9) and isinstance(value, FakeRole):
            resolved.setdefault("roles", {})[str(value.id)] = value.payload()
            value = str(value.id)
        elif t == 7:
            ch = self.resolve_channel(value, guild)
            types = opt.get("channel_types")
            if validate and types and ch.type not in types:
                raise FakeDiscordError(f"option {name!r} only accepts channel types {types}; #{ch.name} is {ch.type}")
            resolved.setdefault("channels", {})[str(ch.id)] = {
                "id": str(ch.id), "name": ch.name, "type": ch.type, "permissions": str(Perm.ALL),
                "parent_id": str(ch.parent_id) if ch.parent_id else None, "guild_id": str(guild.id)}
            value = str(ch.id)
        elif t == 11:
            if isinstance(value, tuple):
                value = self.make_attachment(*value)
            if not isinstance(value, FakeAttachment):
                raise FakeDiscordError(f"option {name!r} is an attachment; pass fake.make_attachment(...)")
            resolved.setdefault("attachments", {})[str(value.id)] = value.payload()
            value = str(value.id)
        elif t in (6, 8, 9):
            raise FakeDiscordError(f"option {name!r} ({OPTION_TYPE_NAMES[t]}) needs a FakeMember/FakeRole, got {value!r}")
        if validate and t in (4, 10):
            if "min_value" in opt and value < opt["min_value"]:
                raise FakeDiscordError(f"option {name!r}: {value} < min_value {opt['min_value']}")
            if "max_value" in opt and value > opt["max_value"]:
                raise FakeDiscordError(f"option {name!r}: {value} > max_value {opt['max_value']}")
        if validate and opt.get("choices"):
            allowed = [c["value"] for c in opt["choices"]]
            if value not in allowed:
                raise FakeDiscordError(f"option {name!r}: {value!r} is not one of the registered choices {allowed}")
        return value

    async def slash(self, command: str, options: dict[str, Any] | None = None, *, user: FakeMember | None = None,
                    channel: ChannelRef = None, subcommand: str | None = None, wait: bool = True, timeout: float = 5.0,
                    locale: str = "en-US", check_permissions: bool = True, **kwargs: Any) -> InteractionRecord:
        """Invoke ``/command [subcommand] options...`` as ``user`` and return once the bot has
        sent its initial callback (``wait=False`` returns right after dispatch).

        ``command`` may include the group path (``"filmadmin add"``). Options are converted
        with the types the bot registered: pass ``FakeMember``/``FakeRole``/``FakeChannel`` (or
        channel name) for snowflake options and ``fake.make_attachment(...)`` (or a
        ``(filename, bytes)`` tuple) for attachments. ``channel_id=``/``guild_id=`` are accepted
        as aliases of ``channel=``.
        """
        channel = kwargs.pop("channel_id", channel)
        guild_id = kwargs.pop("guild_id", None)  # the member's guild decides; must agree
        if kwargs:
            raise TypeError(f"unexpected arguments {sorted(kwargs)}")
        member = self._check_member(user)
        if guild_id is not None and self.resolve_guild(guild_id).id != member.guild.id:
            raise FakeDiscordError(f"{member.name} is a member of {member.guild.name!r}, not guild {guild_id}")
        ch = self.resolve_channel(channel, member.guild)
        data = self._build_command_data(command, options, subcommand, member, check_permissions=check_permissions)
        rec = self._new_record(2, data, member, ch, locale=locale)
        return await self._dispatch_interaction(rec, wait=wait, timeout=timeout)

    async def autocomplete(self, command: str, options: dict[str, Any] | None = None, *, focused: str, value: Any = "",
                           user: FakeMember | None = None, channel: ChannelRef = None, subcommand: str | None = None,
                           timeout: float = 5.0, locale: str = "en-US") -> list[dict[str, Any]]:
        """Simulate typing ``value`` into option ``focused``; returns the bot's choices
        (list of ``{"name", "value"}``). Use :meth:`autocomplete_record` for timings."""
        rec = await self.autocomplete_record(command, options, focused=focused, value=value, user=user, channel=channel,
                                             subcommand=subcommand, timeout=timeout, locale=locale)
        return rec.choices

    async def autocomplete_record(self, command: str, options: dict[str, Any] | None = None, *, focused: str, value: Any = "",
                                  user: FakeMember | None = None, channel: ChannelRef = None, subcommand: str | None = None,
                                  timeout: float = 5.0, locale: str = "en-US", wait: bool = True) -> InteractionRecord:
        """The autocomplete interaction's record (``wait=False``: right after dispatch, as ``slash``)."""
        member = self._check_member(user)
        ch = self.resolve_channel(channel, member.guild)
        data = self._build_command_data(command, options, subcommand, member, focused=focused, focused_value=value,
                                        check_permissions=False)
        rec = self._new_record(4, data, member, ch, locale=locale)
        return await self._dispatch_interaction(rec, wait=wait, timeout=timeout)

    def _resolve_message(self, message: MessageRef) -> dict[str, Any]:
        if isinstance(message, InteractionRecord):
            msg = message.original
            if msg is None:
                raise FakeDiscordError(f"interaction {message.id} has no original message to click on")
            return msg
        if isinstance(message, dict):
            msg = self.messages.get(int(message["id"]))
            return msg if msg is not None else message
        msg = self.messages.get(int(message))
        if msg is None:
            raise FakeDiscordError(f"unknown message {message!r}")
        return msg

    def find_component(self, message: MessageRef, custom_id: str | None = None, *, label: str | None = None) -> dict[str, Any]:
        """A component on a message, by ``custom_id`` or by button ``label``."""
        msg = self._resolve_message(message)
        comps = iter_components(msg.get("components") or [])
        for c in comps:
            if (custom_id is not None and c.get("custom_id") == custom_id) or (label is not None and c.get("label") == label):
                return c
        have = [(c.get("custom_id"), c.get("label")) for c in comps if c.get("custom_id")]
        raise FakeDiscordError(f"no component {custom_id or label!r} on message {msg['id']}; have {have}")

    async def click(self, message: MessageRef, custom_id: str | None = None, *, user: FakeMember | None = None,
                    values: list[Any] | None = None, label: str | None = None, wait: bool = True,
                    timeout: float = 5.0, locale: str = "en-US") -> InteractionRecord:
        """Press a button (or choose ``values`` in a select) on ``message`` - an
        ``InteractionRecord`` (its current original message), a message dict or an id."""
        member = self._check_member(user)
        msg = self._resolve_message(message)
        comp = self.find_component(msg, custom_id, label=label)
        if comp.get("disabled"):
            raise FakeDiscordError(f"component {comp.get('custom_id')!r} is disabled; a user cannot click it")
        ctype = comp.get("type")
        if ctype == 2 and comp.get("style") in (5, 6):
            raise FakeDiscordError("link/premium buttons do not send interactions")
        data: dict[str, Any] = {"custom_id": comp["custom_id"], "component_type": ctype}
        if ctype in (3, 5, 6, 7, 8):
            vals = list(values or [])
            lo, hi = comp.get("min_values", 1), comp.get("max_values", 1)
            if not lo <= len(vals) <= hi:
                raise FakeDiscordError(f"select {comp['custom_id']!r} needs {lo}..{hi} values, got {len(vals)}")
            resolved: dict[str, dict[str, Any]] = {}
            out: list[str] = []
            for v in vals:
                if ctype == 3:
                    allowed = [o["value"] for o in comp.get("options", [])]
                    if v not in allowed:
                        raise FakeDiscordError(f"{v!r} is not an option of select {comp['custom_id']!r}: {allowed}")
                    out.append(v)
                else:
                    opt_type = {5: 6, 6: 8, 7: 9, 8: 7}[ctype]
                    out.append(self._convert_option({"type": opt_type, "name": comp["custom_id"]}, v, resolved, member.guild,
                                                    validate=False))
            data["values"] = out
            if resolved:
                data["resolved"] = resolved
        elif values is not None:
            raise FakeDiscordError("values= is only for select menus")
        ch = self.channels[int(msg["channel_id"])]
        rec = self._new_record(3, data, member, ch, locale=locale, message=msg)
        return await self._dispatch_interaction(rec, wait=wait, timeout=timeout)

    async def submit_modal(self, record: InteractionRecord, values: dict[str, Any], *, user: FakeMember | None = None,
                           wait: bool = True, timeout: float = 5.0, locale: str = "en-US") -> InteractionRecord:
        """Fill in and submit the modal the bot opened in ``record`` (callback type 9).
        ``values`` maps text-input custom_id -> text (select custom_id -> list)."""
        modal = record.modal
        member = user or record.member
        if member is None:
            raise FakeDiscordError("no user for modal submit")
        given = dict(values)
        out_components: list[dict[str, Any]] = []

        def answer(comp: dict[str, Any]) -> dict[str, Any] | None:
            cid = comp.get("custom_id")
            if cid is None:
                return None
            if comp.get("type") == 4:
                value = str(given.pop(cid, comp.get("value") or ""))
                if comp.get("required", True) and not value:
                    raise FakeDiscordError(f"modal text input {cid!r} is required")
                if len(value) > comp.get("max_length", 4000) or len(value) < comp.get("min_length", 0):
                    raise FakeDiscordError(f"modal text input {cid!r}: length {len(value)} outside limits")
                return {"type": 4, "custom_id": cid, "value": value}
            return {"type": comp["type"], "custom_id": cid, "values": [str(v) for v in given.pop(cid, [])]}

        for top in modal.get("components") or []:
            if top.get("type") == 1:
                kids = [a for a in (answer(c) for c in top.get("components") or []) if a]
                out_components.append({"type": 1, "components": kids})
            elif top.get("type") == 18 and isinstance(top.get("component"), dict):
                a = answer(top["component"])
                if a:
                    out_components.append({"type": 18, "id": top.get("id", 0), "component": a})
        if given:
            raise FakeDiscordError(f"modal {modal['custom_id']!r} has no inputs {sorted(given)}")
        data = {"custom_id": modal["custom_id"], "components": out_components}
        ch = self.channels[record.channel_id or 0]
        source = self.messages.get(record.source_message_id or 0)
        rec = self._new_record(5, data, member, ch, locale=locale, message=source)
        return await self._dispatch_interaction(rec, wait=wait, timeout=timeout)

    async def send_message(self, channel: ChannelRef, content: str, *, user: FakeMember | None = None,
                           mentions: list[FakeMember] | None = None, reply_to: dict[str, Any] | None = None) -> dict[str, Any]:
        """A user types ``content`` in ``channel`` -> MESSAGE_CREATE (sent only to bots with
        the GUILD_MESSAGES intent; content blanked without MESSAGE_CONTENT unless the bot is
        mentioned, as on Discord). Returns the stored message."""
        member = self._check_member(user)
        ch = self.resolve_channel(channel, member.guild)
        mention_list = list(mentions or [])
        # Discord derives mentions from <@id> / <@!id> / <@&id> in the content.
        for uid in re.findall(r"<@!?(\d+)>", content):
            m = member.guild.members.get(int(uid))
            if m is not None and m not in mention_list:
                mention_list.append(m)
        msg = message_payload(
            id=self.new_id(), channel_id=ch.id, guild_id=ch.guild_id, author=member.user.payload(), content=content,
            member=member.payload(with_user=False),
            message_reference={"message_id": reply_to["id"], "channel_id": str(ch.id), "guild_id": str(ch.guild_id)} if reply_to else None,
            type=19 if reply_to else 0,
        )
        msg["mentions"] = [{**m.user.payload(), "member": m.payload(with_user=False)} for m in mention_list]
        msg["mention_roles"] = [r for r in re.findall(r"<@&(\d+)>", content) if int(r) in member.guild.roles]
        self.store_message(msg)
        bot_mentioned = any(m.id == self.bot_user.id for m in mention_list)
        for session in self.gateway.sessions_for(ch.guild_id):
            if not session.wants(Intent.GUILD_MESSAGES):
                continue
            data = strip_private(msg)
            if self.enforce_message_content_intent and not session.wants(Intent.MESSAGE_CONTENT) and not bot_mentioned:
                data = {**data, "content": "", "embeds": [], "attachments": [], "components": []}
            fut = self.gateway._send_dispatch(session, "MESSAGE_CREATE", data)
            if fut is not None:
                await fut
        return msg

    async def dispatch(self, event: str, data: dict[str, Any]) -> float | None:
        """Send an arbitrary gateway event to every connected bot (sequence numbers handled)."""
        return await self.gateway.dispatch(event, data)

    # -- faults & assertions ------------------------------------------------------------------
    def fail_next(self, method: str, path: str, *, status: int = 429, times: int = 1, retry_after: float = 0.05,
                  is_global: bool = False, body: dict[str, Any] | None = None) -> Fault:
        """Make the next ``times`` requests matching ``method`` (or ``*``) and the path glob
        (relative to /api/v10, e.g. ``"/interactions/*/callback"``) fail with ``status``;
        429s carry Retry-After/X-RateLimit-*/Via headers so discord.py retries them."""
        fault = Fault(method=method.upper(), path=path, status=status, times=times, retry_after=retry_after,
                      is_global=is_global, body=body)
        self.faults.append(fault)
        return fault

    def assert_no_unknown_routes(self) -> None:
        assert not self.unknown_routes, f"bot called routes the fake does not implement: {self.unknown_routes}"

    def assert_clean(self, *, allow_interaction_errors: bool = False, allow_logged_errors: bool = False) -> None:
        """No unknown routes, no malformed requests, no gateway ops we do not understand,
        and (unless allowed) no late/duplicate acknowledgements and no exceptions that
        discord.py logged instead of raising (command/view callback errors)."""
        self.assert_no_unknown_routes()
        assert not self.protocol_errors, f"Discord would have rejected: {self.protocol_errors}"
        assert not self.gateway.unknown_ops, f"unknown gateway ops: {self.gateway.unknown_ops}"
        if not allow_interaction_errors:
            assert not self.interaction_errors, f"interaction errors: {self.interaction_errors}"
        if not allow_logged_errors:
            assert not self.discord_errors, "discord.py logged errors:\n" + "\n\n".join(self.discord_errors)


class _ErrorCollector(logging.Handler):
    def __init__(self, sink: list[str]) -> None:
        super().__init__(level=logging.ERROR)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            text += f"\n{type(exc).__name__}: {exc}"
            cause = exc.__cause__
            if cause is not None:
                text += f" (caused by {type(cause).__name__}: {cause})"
        self.sink.append(f"{record.name}: {text}")


def _find_option(node: dict[str, Any], name: str, types: tuple[int, ...] | None, command: str) -> dict[str, Any]:
    for opt in node.get("options") or []:
        if opt["name"] == name and (types is None or opt.get("type") in types):
            return opt
    have = [o["name"] for o in node.get("options") or [] if types is None or o.get("type") in types]
    raise FakeDiscordError(f"/{command}: {node['name']!r} has no {'subcommand/group' if types else 'option'} {name!r}; has {have}")


def _describe(rec: InteractionRecord) -> str:
    data = rec.payload.get("data") or {}
    if rec.type in (2, 4):
        return f"/{data.get('name')}"
    if rec.type == 3:
        return f"component {data.get('custom_id')!r}"
    return f"modal {data.get('custom_id')!r}"


def _has_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True

