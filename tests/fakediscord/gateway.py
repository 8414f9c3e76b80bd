"""The fake gateway: the websocket discord.py's ``DiscordWebSocket`` connects to.

Protocol as the client in discord.py 2.7 expects it (see ``discord/gateway.py``):
HELLO first, heartbeats ACKed, IDENTIFY -> READY + one GUILD_CREATE per guild, RESUME ->
replay of missed events + RESUMED, REQUEST_GUILD_MEMBERS -> GUILD_MEMBERS_CHUNK.

Sharding as Discord does it: an IDENTIFY with ``shard: [id, count]`` gets READY and GUILD_CREATE
for the guilds of that shard only (``(guild_id >> 22) % count == id``), and a guild's events go
only to the session of its shard; a shard id outside the count is closed with 4010 and a count
other than the fake's ``shard_count`` (when it has more than one) with 4011, as Discord does.

Frames are zlib-stream compressed when the client asks for ``compress=zlib-stream``
(it always does unless ``compress=False``): one ``compressobj`` per connection and a
``Z_SYNC_FLUSH`` after each frame, which is what the client's decompressor waits for.

Sequence numbers live on the *session*, not the connection, so an event dispatched while
the bot is reconnecting is buffered and replayed on RESUME, exactly like Discord.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import time
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from .models import Intent

if TYPE_CHECKING:
    from .server import FakeDiscord

log = logging.getLogger(__name__)

OP_DISPATCH = 0
OP_HEARTBEAT = 1
OP_IDENTIFY = 2
OP_PRESENCE = 3
OP_VOICE_STATE = 4
OP_RESUME = 6
OP_RECONNECT = 7
OP_REQUEST_MEMBERS = 8
OP_INVALID_SESSION = 9
OP_HELLO = 10
OP_HEARTBEAT_ACK = 11

HISTORY_LIMIT = 2000


def event_guild(event: str, data: dict[str, Any]) -> int | None:
    """The guild a gateway event belongs to (which decides its shard), None for none."""
    if event in ("GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE"):
        raw = data.get("id")
    else:
        raw = data.get("guild_id")
    return int(raw) if raw else None


class _Compressor:
    """Per-connection stream compressor matching discord.py's decompression contexts."""

    def __init__(self, kind: str | None) -> None:
        self.kind = kind
        self._zlib = zlib.compressobj() if kind == "zlib-stream" else None
        self._zstd: Any = None
        if kind == "zstd-stream":  # Python 3.14+ clients with compression.zstd
            from compression import zstd  # type: ignore[import-not-found]

            self._zstd = zstd.ZstdCompressor()
            self._zstd_flush = zstd.ZstdCompressor.FLUSH_FRAME

    def encode(self, text: str) -> str | bytes:
        raw = text.encode("utf-8")
        if self._zlib is not None:
            return self._zlib.compress(raw) + self._zlib.flush(zlib.Z_SYNC_FLUSH)
        if self._zstd is not None:
            return self._zstd.compress(raw, mode=self._zstd_flush)
        return text


@dataclass
class GatewaySession:
    """A gateway session (what RESUME refers to); outlives individual connections."""

    session_id: str
    intents: int
    identify: dict[str, Any]
    seq: int = 0
    history: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    connection: GatewayConnection | None = None
    shard: list[int] | None = None

    def wants(self, intent: int) -> bool:
        return bool(self.intents & intent)

    def owns(self, guild_id: int | None) -> bool:
        """Does this session receive the guild's events? Unsharded sessions receive every guild's."""
        if guild_id is None or not self.shard:
            return True
        shard_id, count = int(self.shard[0]), int(self.shard[1])
        return (guild_id >> 22) % max(count, 1) == shard_id


class GatewayConnection:
    """One websocket. Outgoing frames go through a queue drained by a single writer task so
    enqueue order == wire order == sequence order, even when events are dispatched from
    synchronous helpers (``make_user`` creating a role, for instance)."""

    def __init__(self, ws: web.WebSocketResponse, compressor: _Compressor) -> None:
        self.ws = ws
        self.compressor = compressor
        self.session: GatewaySession | None = None
        self.queue: asyncio.Queue[tuple[dict[str, Any], asyncio.Future[float] | None]] = asyncio.Queue()
        self.writer = asyncio.get_running_loop().create_task(self._write_loop(), name="fakediscord-gateway-writer")
        self.heartbeats = 0
        self.closed = False

    def enqueue(self, payload: dict[str, Any], want_future: bool = False) -> asyncio.Future[float] | None:
        fut: asyncio.Future[float] | None = asyncio.get_running_loop().create_future() if want_future else None
        if self.closed:
            if fut is not None:
                fut.set_exception(ConnectionError("gateway connection closed"))
            return fut
        self.queue.put_nowait((payload, fut))
        return fut

    async def _write_loop(self) -> None:
        while True:
            payload, fut = await self.queue.get()
            try:
                frame = self.compressor.encode(json.dumps(payload, separators=(",", ":")))
                if isinstance(frame, bytes):
                    await self.ws.send_bytes(frame)
                else:
                    await self.ws.send_str(frame)
            except Exception as exc:  # connection went away mid-send
                if fut is not None and not fut.done():
                    fut.set_exception(ConnectionError(f"gateway send failed: {exc!r}"))
                continue
            if fut is not None and not fut.done():
                # Time at which the frame hit the socket: the interaction "dispatch" instant.
                fut.set_result(time.perf_counter())

    async def close(self, code: int = 1000, message: str = "") -> None:
        self.closed = True
        with contextlib.suppress(Exception):
            await self.ws.close(code=code, message=message.encode())
        await self.shutdown_writer()

    async def shutdown_writer(self) -> None:
        self.closed = True
        self.writer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.writer
        while not self.queue.empty():
            _, fut = self.queue.get_nowait()
            if fut is not None and not fut.done():
                fut.set_exception(ConnectionError("gateway connection closed"))


class Gateway:
    """Gateway endpoint + session bookkeeping for a :class:`FakeDiscord`."""

    heartbeat_interval_ms = 41250

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.sessions: dict[str, GatewaySession] = {}
        self.connections: set[GatewayConnection] = set()
        self.identifies: list[dict[str, Any]] = []
        self.resumes: list[dict[str, Any]] = []
        self.unknown_ops: list[dict[str, Any]] = []
        self.heartbeats_received = 0

    # -- public --------------------------------------------------------------------------
    @property
    def active_sessions(self) -> list[GatewaySession]:
        return [s for s in self.sessions.values() if s.connection is not None and not s.connection.closed]

    def sessions_for(self, guild_id: int | None) -> list[GatewaySession]:
        """The identified sessions that receive this guild's events (its shard's), live or not."""
        return [s for s in self.sessions.values() if s.owns(guild_id)]

    def dispatch_nowait(self, event: str, data: dict[str, Any], *, intent: int | None = None) -> list[asyncio.Future[float]]:
        """Queue a DISPATCH to every identified session of the event's guild's shard (optionally
        only those that asked for ``intent``). Returns futures resolving to the send time, one
        per live connection."""
        futures: list[asyncio.Future[float]] = []
        guild_id = event_guild(event, data)
        for session in self.sessions_for(guild_id):
            if intent is not None and not session.wants(intent):
                continue
            fut = self._send_dispatch(session, event, data)
            if fut is not None:
                futures.append(fut)
        return futures

    async def dispatch(self, event: str, data: dict[str, Any], *, intent: int | None = None) -> float | None:
        """Dispatch and wait until written; returns the (first) send time."""
        futures = self.dispatch_nowait(event, data, intent=intent)
        if not futures:
            return None
        times = await asyncio.gather(*futures)
        return min(times)

    async def send_reconnect(self) -> None:
        """Ask every client to reconnect (op 7); discord.py will then RESUME."""
        for conn in list(self.connections):
            conn.enqueue({"op": OP_RECONNECT, "d": None})

    async def drop_connections(self, code: int = 4000) -> None:
        """Close every websocket abruptly with ``code`` (4000 = unknown error: client resumes)."""
        for conn in list(self.connections):
            await conn.close(code=code)

    async def close_all(self) -> None:
        for conn in list(self.connections):
            await conn.close(code=1001, message="fake discord shutting down")
        self.connections.clear()

    # -- websocket handler -----------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.StreamResponse:
        if request.headers.get("Upgrade", "").lower() != "websocket":
            return await self.fake.rest.unknown(request)
        encoding = request.query.get("encoding", "json")
        compress = request.query.get("compress")
        ws = web.WebSocketResponse(autoping=True, max_msg_size=0)
        await ws.prepare(request)
        if encoding != "json":
            await ws.close(code=4002, message=b"fake discord only speaks encoding=json")
            return ws
        try:
            compressor = _Compressor(compress)
        except ImportError:
            await ws.close(code=4000, message=f"compress={compress} unsupported by the fake".encode())
            return ws
        if compress not in (None, "zlib-stream", "zstd-stream"):
            await ws.close(code=4000, message=f"unknown compress={compress}".encode())
            return ws

        conn = GatewayConnection(ws, compressor)
        self.connections.add(conn)
        conn.enqueue({"op": OP_HELLO, "d": {"heartbeat_interval": self.heartbeat_interval_ms, "_trace": ["fake-gateway"]}, "s": None, "t": None})
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    await self._on_frame(conn, json.loads(msg.data))
                elif msg.type == WSMsgType.BINARY:
                    await self._on_frame(conn, json.loads(zlib.decompress(msg.data)))
                elif msg.type == WSMsgType.ERROR:
                    break
        finally:
            self.connections.discard(conn)
            if conn.session is not None and conn.session.connection is conn:
                conn.session.connection = None
            await conn.shutdown_writer()
            self.fake._notify()
        return ws

    # -- protocol ------------------------------------------------------------------------
    async def _on_frame(self, conn: GatewayConnection, frame: dict[str, Any]) -> None:
        op = frame.get("op")
        data = frame.get("d")
        if op == OP_HEARTBEAT:
            conn.heartbeats += 1
            self.heartbeats_received += 1
            conn.enqueue({"op": OP_HEARTBEAT_ACK, "d": None, "s": None, "t": None})
        elif op == OP_IDENTIFY:
            await self._identify(conn, data or {})
        elif op == OP_RESUME:
            await self._resume(conn, data or {})
        elif op == OP_REQUEST_MEMBERS:
            self._request_members(conn, data or {})
        elif op in (OP_PRESENCE, OP_VOICE_STATE):
            pass
        else:
            self.unknown_ops.append(frame)
            log.warning("fake gateway: unknown op %r", frame)

    async def _identify(self, conn: GatewayConnection, data: dict[str, Any]) -> None:
        self.identifies.append(data)
        if data.get("token") != self.fake.token:
            await conn.close(code=4004, message="Authentication failed.")
            return
        intents = int(data.get("intents", 0))
        forbidden = intents & Intent.PRIVILEGED & ~self.fake.allowed_privileged_intents
        if forbidden:
            await conn.close(code=4014, message="Disallowed intent(s).")
            return
        shard = data.get("shard")
        if shard is not None:
            shard_id, count = int(shard[0]), int(shard[1])
            if not 0 <= shard_id < count:
                await conn.close(code=4010, message="Invalid shard.")
                return
            if self.fake.shard_count > 1 and count != self.fake.shard_count:
                await conn.close(code=4011, message="Sharding required.")
                return
        session = GatewaySession(session_id=secrets.token_hex(16), intents=intents, identify=data, shard=shard)
        self.sessions[session.session_id] = session
        session.connection = conn
        conn.session = session
        fake = self.fake
        ready: dict[str, Any] = {
            "v": 10,
            "user": {**fake.bot_user.payload(), "verified": True, "mfa_enabled": False, "email": None},
            "guilds": [{"id": str(g.id), "unavailable": True} for g in fake.guilds.values() if session.owns(g.id)],
            "session_id": session.session_id,
            "session_type": "normal",
            "resume_gateway_url": fake.gateway_url,
            "application": {"id": str(fake.application_id), "flags": fake.application_flags},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "user_settings": {},
            "_trace": ["fake-gateway"],
        }
        if session.shard is not None:
            ready["shard"] = session.shard
        self._send_dispatch(session, "READY", ready)
        for guild in fake.guilds.values():
            if session.owns(guild.id):
                self._send_dispatch(session, "GUILD_CREATE", guild.create_payload())
        fake._notify()

    async def _resume(self, conn: GatewayConnection, data: dict[str, Any]) -> None:
        self.resumes.append(data)
        session = self.sessions.get(str(data.get("session_id")))
        if session is None or data.get("token") != self.fake.token:
            conn.enqueue({"op": OP_INVALID_SESSION, "d": False, "s": None, "t": None})
            return
        old = session.connection
        if old is not None and old is not conn:
            await old.close(code=4000)
        session.connection = conn
        conn.session = session
        last = int(data.get("seq") or 0)
        for seq, payload in session.history:
            if seq > last:
                conn.enqueue(payload)
        self._send_dispatch(session, "RESUMED", {"_trace": ["fake-gateway"]})
        self.fake._notify()

    def _request_members(self, conn: GatewayConnection, data: dict[str, Any]) -> None:
        if conn.session is None:
            return
        guild = self.fake.guilds.get(int(data.get("guild_id", 0)))
        if guild is None:
            return
        members = list(guild.members.values())
        ids = data.get("user_ids")
        if ids:
            wanted = {int(i) for i in (ids if isinstance(ids, list) else [ids])}
            members = [m for m in members if m.id in wanted]
        query = data.get("query")
        if query:
            members = [m for m in members if m.user.username.lower().startswith(str(query).lower())]
        limit = int(data.get("limit") or 0)
        if limit:
            members = members[:limit]
        chunk: dict[str, Any] = {
            "guild_id": str(guild.id),
            "members": [m.payload() for m in members],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if data.get("nonce") is not None:
            chunk["nonce"] = data["nonce"]
        self._send_dispatch(conn.session, "GUILD_MEMBERS_CHUNK", chunk)

    def _send_dispatch(self, session: GatewaySession, event: str, data: dict[str, Any]) -> asyncio.Future[float] | None:
        session.seq += 1
        payload = {"op": OP_DISPATCH, "t": event, "s": session.seq, "d": data}
        session.history.append((session.seq, payload))
        if len(session.history) > HISTORY_LIMIT:
            del session.history[: len(session.history) - HISTORY_LIMIT]
        conn = session.connection
        if conn is None or conn.closed:
            return None  # buffered; replayed on RESUME
        return conn.enqueue(payload, want_future=True)
