"""Data model of the fake Discord: snowflakes, users, guilds, channels, roles and the
Discord-shaped JSON payloads built from them.

Payloads are built from discord.py 2.7's own parsers (``state.py``, ``guild.py``,
``member.py``, ``message.py``, ``interactions.py``) so that an unmodified client accepts
them; every key a parser indexes directly (``data['x']``) is always present here.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .server import FakeDiscord

DISCORD_EPOCH_MS = 1420070400000


class FakeDiscordError(AssertionError):
    """A test asked the fake for something real Discord would not allow (unregistered
    command, unknown option, disabled button...). An ``AssertionError`` so pytest reports
    it as a test failure with the message, not as an error inside the harness."""


class Perm:
    """Permission bits used by the harness (same values as ``discord.Permissions``)."""

    CREATE_INSTANT_INVITE = 1 << 0
    KICK_MEMBERS = 1 << 1
    BAN_MEMBERS = 1 << 2
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    CHANGE_NICKNAME = 1 << 26
    MANAGE_ROLES = 1 << 28
    USE_APPLICATION_COMMANDS = 1 << 31
    SEND_MESSAGES_IN_THREADS = 1 << 38
    ALL = (1 << 53) - 1

    #: What a fresh server grants @everyone (close to Discord's default set).
    EVERYONE_DEFAULT = (
        CREATE_INSTANT_INVITE
        | ADD_REACTIONS
        | VIEW_CHANNEL
        | SEND_MESSAGES
        | EMBED_LINKS
        | ATTACH_FILES
        | READ_MESSAGE_HISTORY
        | MENTION_EVERYONE
        | USE_EXTERNAL_EMOJIS
        | CHANGE_NICKNAME
        | USE_APPLICATION_COMMANDS
        | SEND_MESSAGES_IN_THREADS
    )
    #: What the bot's managed role grants by default (typical invite scope).
    BOT_DEFAULT = (
        VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY | ADD_REACTIONS
        | USE_APPLICATION_COMMANDS | SEND_MESSAGES_IN_THREADS
    )


class Intent:
    """Gateway intent bits the fake cares about."""

    GUILDS = 1 << 0
    GUILD_MEMBERS = 1 << 1
    GUILD_PRESENCES = 1 << 8
    GUILD_MESSAGES = 1 << 9
    DIRECT_MESSAGES = 1 << 12
    MESSAGE_CONTENT = 1 << 15
    PRIVILEGED = GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT


class MessageFlag:
    EPHEMERAL = 1 << 6
    LOADING = 1 << 7
    COMPONENTS_V2 = 1 << 15


class SnowflakeFactory:
    """Real-looking, strictly increasing snowflakes, so ``discord.utils.snowflake_time``
    gives sane dates and ordering-by-id behaves like on Discord."""

    def __init__(self) -> None:
        self._counter = itertools.count()
        self._last = 0

    def __call__(self) -> int:
        ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
        value = (ms << 22) | (next(self._counter) & 0xFFF)
        if value <= self._last:
            value = self._last + 1
        self._last = value
        return value


def iso_now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat()


@dataclass
class FakeUser:
    """A Discord account (human or bot)."""

    id: int
    username: str
    global_name: str | None = None
    bot: bool = False

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "public_flags": 0,
            "flags": 0,
        }
        if self.bot:
            data["bot"] = True
        return data

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"


@dataclass
class FakeRole:
    id: int
    name: str
    permissions: int
    position: int = 0
    managed: bool = False
    color: int = 0
    tags: dict[str, Any] | None = None

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "name": self.name,
            "color": self.color,
            "colors": {"primary_color": self.color, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": self.managed,
            "mentionable": False,
            "flags": 0,
        }
        if self.tags is not None:
            data["tags"] = self.tags
        return data


@dataclass
class FakeChannel:
    id: int
    name: str
    guild_id: int | None
    type: int = 0  # 0 text, 2 voice, 4 category, 5 news, 15 forum
    position: int = 0
    topic: str | None = None
    parent_id: int | None = None
    nsfw: bool = False

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": str(self.id),
            "type": self.type,
            "name": self.name,
            "position": self.position,
            "permission_overwrites": [],
            "nsfw": self.nsfw,
            "parent_id": str(self.parent_id) if self.parent_id else None,
            "topic": self.topic,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "flags": 0,
        }
        if self.guild_id is not None:
            data["guild_id"] = str(self.guild_id)
        if self.type == 2:
            data.update(bitrate=64000, user_limit=0, rtc_region=None)
        return data

    @property
    def mention(self) -> str:
        return f"<#{self.id}>"


@dataclass
class FakeMember:
    """A user's membership of one guild. Tests pass these as ``user=`` to the simulated
    interaction helpers; ``permissions`` is computed from roles like Discord does."""

    user: FakeUser
    guild: FakeGuild
    roles: list[int] = field(default_factory=list)
    nick: str | None = None
    joined_at: str = field(default_factory=iso_now)

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def name(self) -> str:
        return self.user.username

    @property
    def mention(self) -> str:
        return self.user.mention

    @property
    def permissions(self) -> int:
        return self.guild.permissions_for(self)

    def payload(self, *, with_user: bool = True, with_permissions: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "roles": [str(r) for r in self.roles],
            "nick": self.nick,
            "avatar": None,
            "banner": None,
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = self.user.payload()
        if with_permissions:
            data["permissions"] = str(self.permissions)
        return data


@dataclass
class FakeGuild:
    id: int
    name: str
    owner_id: int
    everyone_permissions: int = Perm.EVERYONE_DEFAULT
    roles: dict[int, FakeRole] = field(default_factory=dict)
    channels: dict[int, FakeChannel] = field(default_factory=dict)
    members: dict[int, FakeMember] = field(default_factory=dict)
    preferred_locale: str = "en-US"

    def __post_init__(self) -> None:
        # @everyone's id is the guild id, exactly as on Discord.
        if self.id not in self.roles:
            self.roles[self.id] = FakeRole(id=self.id, name="@everyone", permissions=self.everyone_permissions)

    @property
    def everyone(self) -> FakeRole:
        return self.roles[self.id]

    def channel(self, name: str) -> FakeChannel:
        """Look up a channel by name (tests read better with names than snowflakes)."""
        for ch in self.channels.values():
            if ch.name == name:
                return ch
        raise FakeDiscordError(f"guild {self.name!r} has no channel {name!r}; have {[c.name for c in self.channels.values()]}")

    def role(self, name: str) -> FakeRole:
        for r in self.roles.values():
            if r.name == name:
                return r
        raise FakeDiscordError(f"guild {self.name!r} has no role {name!r}")

    def permissions_for(self, member: FakeMember) -> int:
        """Guild-level permissions as Discord computes them (no channel overwrites)."""
        if member.id == self.owner_id:
            return Perm.ALL
        perms = self.everyone.permissions
        for rid in member.roles:
            role = self.roles.get(rid)
            if role is not None:
                perms |= role.permissions
        if perms & Perm.ADMINISTRATOR:
            return Perm.ALL
        return perms

    def create_payload(self) -> dict[str, Any]:
        """The GUILD_CREATE ``d`` payload (also what GET /guilds/{id} is built from)."""
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "premium_progress_bar_enabled": False,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "vanity_url_code": None,
            "preferred_locale": self.preferred_locale,
            "features": [],
            "emojis": [],
            "stickers": [],
            "roles": [r.payload() for r in self.roles.values()],
            "channels": [c.payload() for c in self.channels.values()],
            "threads": [],
            "members": [m.payload() for m in self.members.values()],
            "member_count": len(self.members),
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "large": False,
            "unavailable": False,
            "joined_at": iso_now(),
            "max_members": 500000,
            "max_video_channel_users": 25,
            "application_id": None,
        }

    def rest_payload(self) -> dict[str, Any]:
        """GET /guilds/{id}: no members/channels/presences, like the real endpoint."""
        data = self.create_payload()
        for key in ("channels", "threads", "members", "presences", "voice_states", "stage_instances",
                    "guild_scheduled_events", "soundboard_sounds", "joined_at", "large", "member_count"):
            data.pop(key, None)
        data["approximate_member_count"] = len(self.members)
        data["approximate_presence_count"] = 0
        return data


@dataclass
class FakeAttachment:
    """A file a simulated user attaches to a slash command (option type 11). The fake serves
    ``content`` at ``url`` on 127.0.0.1 so ``discord.Attachment.read()`` works offline."""

    filename: str
    content: bytes
    content_type: str = "text/plain; charset=utf-8"
    id: int = 0
    url: str = ""

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "filename": self.filename,
            "size": len(self.content),
            "url": self.url,
            "proxy_url": self.url,
            "content_type": self.content_type,
            "ephemeral": True,
        }


def message_payload(
    *,
    id: int,
    channel_id: int,
    guild_id: int | None,
    author: dict[str, Any],
    content: str = "",
    embeds: list[dict[str, Any]] | None = None,
    components: list[dict[str, Any]] | None = None,
    attachments: list[dict[str, Any]] | None = None,
    flags: int = 0,
    type: int = 0,
    member: dict[str, Any] | None = None,
    webhook_id: int | None = None,
    application_id: int | None = None,
    interaction_metadata: dict[str, Any] | None = None,
    allowed_mentions: dict[str, Any] | None = None,
    tts: bool = False,
    message_reference: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A message object as the REST API and MESSAGE_CREATE deliver it."""
    data: dict[str, Any] = {
        "id": str(id),
        "channel_id": str(channel_id),
        "author": author,
        "content": content,
        "timestamp": iso_now(),
        "edited_timestamp": None,
        "tts": tts,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": attachments or [],
        "embeds": embeds or [],
        "components": components or [],
        "reactions": [],
        "pinned": False,
        "type": type,
        "flags": flags,
    }
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
    if member is not None:
        data["member"] = member
    if webhook_id is not None:
        data["webhook_id"] = str(webhook_id)
    if application_id is not None:
        data["application_id"] = str(application_id)
    if interaction_metadata is not None:
        data["interaction_metadata"] = interaction_metadata
    if message_reference is not None:
        data["message_reference"] = message_reference
    # Not part of Discord's message object; kept so tests can assert what the bot asked for.
    if allowed_mentions is not None:
        data["_allowed_mentions"] = allowed_mentions
    return data


def strip_private(message: dict[str, Any]) -> dict[str, Any]:
    """Remove the harness-only ``_``-prefixed keys before handing a message to the client."""
    return {k: v for k, v in message.items() if not k.startswith("_")}


@dataclass
class RequestRecord:
    """One REST request the bot made, for tests that want to assert traffic."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    files: list[tuple[str, str, bytes]]
    status: int = 0
    at: float = 0.0


@dataclass
class InteractionRecord:
    """Everything that happened to one simulated interaction.

    ``slash``/``click``/``autocomplete``/``submit_modal`` return this once the bot has sent
    its initial callback; follow-ups and edits keep arriving afterwards, hence the
    ``wait_*`` helpers. ``response_time`` is measured from the moment the payload was
    written to the bot's websocket to the moment the callback request arrived, which is
    what Discord's 3-second acknowledgement deadline is about.
    """

    fake: FakeDiscord = field(repr=False)
    id: int
    token: str
    type: int
    payload: dict[str, Any] = field(repr=False)
    member: FakeMember | None = None
    channel_id: int | None = None
    guild_id: int | None = None
    source_message_id: int | None = None
    dispatched_at: float | None = None
    responded_at: float | None = None
    callback_type: int | None = None
    callback_data: dict[str, Any] | None = None
    late_callbacks: int = 0
    duplicate_callbacks: int = 0
    original_message_id: int | None = None
    followup_ids: list[int] = field(default_factory=list)
    events: list[tuple[str, Any]] = field(default_factory=list, repr=False)
    #: The ``[shard_id, shard_count]`` of each session it was sent to (None: an unsharded one).
    shards: list[list[int] | None] = field(default_factory=list)

    # -- initial response --------------------------------------------------------------
    @property
    def responded(self) -> bool:
        return self.callback_type is not None

    @property
    def response_time(self) -> float | None:
        """Seconds from dispatch to the initial callback (Discord allows 3)."""
        if self.dispatched_at is None or self.responded_at is None:
            return None
        return self.responded_at - self.dispatched_at

    @property
    def data(self) -> dict[str, Any]:
        return self.callback_data or {}

    @property
    def content(self) -> str | None:
        return self.data.get("content")

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return self.data.get("embeds") or []

    @property
    def components(self) -> list[dict[str, Any]]:
        return self.data.get("components") or []

    @property
    def flags(self) -> int:
        return int(self.data.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & MessageFlag.EPHEMERAL)

    @property
    def allowed_mentions(self) -> dict[str, Any] | None:
        return self.data.get("allowed_mentions")

    @property
    def choices(self) -> list[dict[str, Any]]:
        """Autocomplete result (callback type 8)."""
        if self.callback_type != 8:
            raise FakeDiscordError(f"interaction answered with type {self.callback_type}, not autocomplete (8)")
        return self.data.get("choices") or []

    @property
    def modal(self) -> dict[str, Any]:
        """Modal the bot opened (callback type 9)."""
        if self.callback_type != 9:
            raise FakeDiscordError(f"interaction answered with type {self.callback_type}, not a modal (9)")
        return self.data

    # -- messages that exist because of this interaction -------------------------------
    @property
    def original(self) -> dict[str, Any] | None:
        """Current state of ``@original`` (after any edits), or None if deleted / none."""
        if self.original_message_id is None:
            return None
        return self.fake.messages.get(self.original_message_id)

    @property
    def message(self) -> dict[str, Any] | None:
        """Alias of ``original``; pass the record itself to ``fake.click``."""
        return self.original

    @property
    def followups(self) -> list[dict[str, Any]]:
        return [self.fake.messages[i] for i in self.followup_ids if i in self.fake.messages]

    @property
    def text(self) -> str:
        """All visible text of the current original message plus follow-ups (content, embed
        titles/descriptions/fields/footers), handy for substring assertions."""
        parts: list[str] = []
        msgs = ([self.original] if self.original else []) + self.followups
        if not msgs and self.callback_data:
            msgs = [self.callback_data]
        seen: set[str] = set()
        for msg in msgs:
            if msg.get("id") in seen:
                continue
            seen.add(msg.get("id", ""))
            parts.append(message_text(msg))
        return "\n".join(p for p in parts if p)

    async def wait_response(self, timeout: float = 5.0) -> InteractionRecord:
        """Until the callback arrives; a callback rejected as late ends the wait at once (no later
        one can be accepted), as a FakeDiscordError."""
        await self.fake.wait_for(lambda: self.responded or self.late_callbacks, timeout=timeout,
                                 what=f"a callback for interaction {self.id}")
        if not self.responded:
            raise FakeDiscordError(f"interaction {self.id}: its callback arrived after the deadline")
        return self

    async def wait_followups(self, count: int = 1, timeout: float = 5.0) -> list[dict[str, Any]]:
        await self.fake.wait_for(lambda: len(self.followup_ids) >= count, timeout=timeout,
                                 what=f"{count} follow-up(s) for interaction {self.id}")
        return self.followups

    async def wait_original(self, timeout: float = 5.0) -> dict[str, Any]:
        """Wait until ``@original`` exists and is no longer the 'thinking...' placeholder."""

        def done() -> bool:
            msg = self.original
            return msg is not None and not (int(msg.get("flags", 0)) & MessageFlag.LOADING)

        await self.fake.wait_for(done, timeout=timeout, what=f"a non-loading original response for interaction {self.id}")
        assert self.original is not None
        return self.original

    async def wait_event(self, kind: str, count: int = 1, timeout: float = 5.0) -> list[Any]:
        """Wait for ``count`` events of ``kind`` (callback, edit_original, followup, edit, delete)."""

        def matching() -> list[Any]:
            return [e[1] for e in self.events if e[0] == kind]

        await self.fake.wait_for(lambda: len(matching()) >= count, timeout=timeout,
                                 what=f"{count} {kind!r} event(s) for interaction {self.id}")
        return matching()


def message_text(msg: dict[str, Any]) -> str:
    parts: list[str] = []
    if msg.get("content"):
        parts.append(str(msg["content"]))
    for emb in msg.get("embeds") or []:
        for key in ("title", "description"):
            if emb.get(key):
                parts.append(str(emb[key]))
        for f in emb.get("fields") or []:
            parts.append(f"{f.get('name', '')}: {f.get('value', '')}")
        if (emb.get("footer") or {}).get("text"):
            parts.append(emb["footer"]["text"])
        if (emb.get("author") or {}).get("name"):
            parts.append(emb["author"]["name"])

    def walk(components: list[dict[str, Any]]) -> None:
        for c in components:
            if c.get("type") == 10 and c.get("content"):
                parts.append(str(c["content"]))
            walk(c.get("components") or [])
            if isinstance(c.get("component"), dict):
                walk([c["component"]])
            if isinstance(c.get("accessory"), dict):
                walk([c["accessory"]])

    walk(msg.get("components") or [])
    return "\n".join(parts)


def iter_components(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flatten action rows, containers, sections and labels into a list of components."""
    out: list[dict[str, Any]] = []
    for c in components:
        out.append(c)
        out.extend(iter_components(c.get("components") or []))
        for key in ("component", "accessory"):
            if isinstance(c.get(key), dict):
                out.extend(iter_components([c[key]]))
    return out
