"""The fake REST API (``/api/v10/...``) plus the attachment CDN.

Design points, each matching what discord.py 2.7 relies on:

* JSON responses carry exactly ``Content-Type: application/json`` (no charset), because
  ``discord.http.json_or_text`` compares the header for equality and would otherwise
  hand the bot a ``str``.
* Bodies may be JSON or ``multipart/form-data`` (``payload_json`` + ``files[n]``);
  both are normalised by a middleware into ``request[BODY_KEY]`` / ``request[FILES_KEY]``.
* Every request is logged in ``fake.requests``; anything unrouted lands in
  ``fake.unknown_routes`` and gets a 404, so tests notice API calls the fake does not
  model instead of passing by accident.
* Message bodies are validated against Discord's documented limits (2000 chars, 10
  embeds, 25 fields, 5 rows x 5 buttons, ...); violations return Discord's 400
  "Invalid Form Body" and are recorded in ``fake.protocol_errors``.
* Interaction callbacks enforce the acknowledgement rules: one callback per interaction
  (40060 on the second), callback types valid for the interaction type, and the
  3-second deadline (10062 "Unknown interaction" when late).
"""

from __future__ import annotations

import fnmatch
import json
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiohttp import web

from .models import MessageFlag, Perm, RequestRecord, iter_components, message_payload, strip_private

if TYPE_CHECKING:
    from .models import InteractionRecord
    from .server import FakeDiscord

API = "/api/v10"

# Typed request-storage keys where aiohttp supports them (avoids NotAppKeyWarning).
if hasattr(web, "RequestKey"):
    BODY_KEY: Any = web.RequestKey("fakediscord_body", object)
    FILES_KEY: Any = web.RequestKey("fakediscord_files", list)
else:  # pragma: no cover - older aiohttp
    BODY_KEY = "fakediscord_body"
    FILES_KEY = "fakediscord_files"

# Callback types allowed per interaction type (Discord's table).
ALLOWED_CALLBACKS: dict[int, set[int]] = {
    1: {1},
    2: {4, 5, 9},
    3: {4, 5, 6, 7, 9},
    4: {8},
    5: {4, 5, 6, 7},
}


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON response whose Content-Type is *exactly* ``application/json``."""
    hdrs = {"Content-Type": "application/json"}
    if headers:
        hdrs.update(headers)
    return web.Response(body=json.dumps(data).encode(), status=status, headers=hdrs)


def error_response(status: int, code: int, message: str, errors: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"message": message, "code": code}
    if errors:
        body["errors"] = errors
    return json_response(body, status=status)


@dataclass
class Fault:
    """An injected failure: the next ``times`` requests matching ``method`` + ``path`` glob
    (relative to /api/v10, e.g. ``/interactions/*/callback``) get ``status``."""

    method: str
    path: str
    status: int
    times: int
    retry_after: float
    is_global: bool
    body: dict[str, Any] | None
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        return self.times > 0 and (self.method == "*" or self.method == method) and fnmatch.fnmatchcase(path, self.path)

    def response(self) -> web.Response:
        self.times -= 1
        self.hits += 1
        if self.status == 429:
            body = self.body or {"message": "You are being rate limited.", "retry_after": self.retry_after, "global": self.is_global}
            return json_response(body, status=429, headers={
                "Retry-After": str(max(1, round(self.retry_after))),
                "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset-After": str(self.retry_after),
                "X-RateLimit-Bucket": "fake-bucket",
                "X-RateLimit-Scope": "global" if self.is_global else "user",
                "X-RateLimit-Global": "true" if self.is_global else "false",
                # discord.py treats a 429 without Via as a Cloudflare ban.
                "Via": "1.1 google",
            })
        return json_response(self.body or {"message": f"injected {self.status}", "code": 0}, status=self.status)


class _BadBody(Exception):
    """Raised while building a message from a body Discord would reject."""


class Rest:
    """Route table and handlers. State lives on the :class:`FakeDiscord`."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake

    # -- wiring ------------------------------------------------------------------------------
    def install(self, app: web.Application) -> None:
        app.middlewares.append(self._middleware)
        r = app.router
        a = API
        r.add_get(f"{a}/users/@me", self.get_me)
        r.add_get(f"{a}/users/{{user_id:\\d+}}", self.get_user)
        r.add_get(f"{a}/oauth2/applications/@me", self.get_application)
        r.add_get(f"{a}/applications/@me", self.get_application)
        r.add_get(f"{a}/gateway", self.get_gateway)
        r.add_get(f"{a}/gateway/bot", self.get_gateway_bot)
        for prefix in (f"{a}/applications/{{app_id}}/guilds/{{guild_id}}/commands", f"{a}/applications/{{app_id}}/commands"):
            r.add_get(f"{prefix}/permissions", self.get_command_permissions)
            r.add_get(prefix, self.list_commands)
            r.add_put(prefix, self.bulk_commands)
            r.add_post(prefix, self.create_command)
            r.add_get(f"{prefix}/{{command_id:\\d+}}", self.get_command)
            r.add_patch(f"{prefix}/{{command_id:\\d+}}", self.edit_command)
            r.add_delete(f"{prefix}/{{command_id:\\d+}}", self.delete_command)
        r.add_post(f"{a}/interactions/{{interaction_id}}/{{token}}/callback", self.interaction_callback)
        r.add_post(f"{a}/webhooks/{{app_id}}/{{token}}", self.webhook_execute)
        wm = f"{a}/webhooks/{{app_id}}/{{token}}/messages/{{message_id}}"
        r.add_get(wm, self.webhook_get_message)
        r.add_patch(wm, self.webhook_edit_message)
        r.add_delete(wm, self.webhook_delete_message)
        r.add_get(f"{a}/channels/{{channel_id}}", self.get_channel)
        r.add_get(f"{a}/channels/{{channel_id}}/messages", self.list_messages)
        r.add_post(f"{a}/channels/{{channel_id}}/messages", self.create_message)
        cm = f"{a}/channels/{{channel_id}}/messages/{{message_id:\\d+}}"
        r.add_get(cm, self.get_message)
        r.add_patch(cm, self.edit_message)
        r.add_delete(cm, self.delete_message)
        r.add_put(f"{cm}/reactions/{{emoji}}/@me", self.add_reaction)
        r.add_delete(f"{cm}/reactions/{{emoji}}/@me", self.remove_reaction)
        r.add_post(f"{a}/channels/{{channel_id}}/typing", self.typing)
        r.add_get(f"{a}/guilds/{{guild_id}}", self.get_guild)
        r.add_get(f"{a}/guilds/{{guild_id}}/channels", self.get_guild_channels)
        r.add_get(f"{a}/guilds/{{guild_id}}/roles", self.get_guild_roles)
        r.add_get(f"{a}/guilds/{{guild_id}}/members", self.list_members)
        r.add_get(f"{a}/guilds/{{guild_id}}/members/{{user_id:\\d+}}", self.get_member)
        r.add_get("/attachments/{channel_id}/{attachment_id}/{filename}", self.get_attachment)
        r.add_get("/", self.fake.gateway.handle)
        r.add_route("*", "/{tail:.*}", self.unknown)

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        fake = self.fake
        path = request.path
        if path == "/" or path.startswith("/attachments/"):
            return await handler(request)
        rel = path[len(API):] if path.startswith(API) else path
        body, files = await self._parse_body(request)
        request[BODY_KEY] = body
        request[FILES_KEY] = files
        rec = RequestRecord(method=request.method, path=rel, query=dict(request.query), body=body,
                            files=[(n, fn, data) for n, fn, _ct, data in files], at=time.perf_counter())
        fake.requests.append(rec)
        for fault in fake.faults:
            if fault.matches(request.method, rel):
                resp = fault.response()
                rec.status = resp.status
                return resp
        public = rel.startswith("/interactions/") or rel.startswith("/webhooks/")
        if not public and request.headers.get("Authorization") != f"Bot {fake.token}":
            rec.status = 401
            return error_response(401, 0, "401: Unauthorized")
        try:
            resp = await handler(request)
        except _BadBody as exc:
            resp = self._protocol_error(request, str(exc))
        rec.status = resp.status
        fake._notify()
        return resp

    async def _parse_body(self, request: web.Request) -> tuple[Any, list[tuple[str, str, str, bytes]]]:
        files: list[tuple[str, str, str, bytes]] = []
        if not request.can_read_body:
            return None, files
        if request.content_type == "multipart/form-data":
            form = await request.post()
            body: Any = None
            for name, value in form.items():
                if name == "payload_json":
                    raw = value if isinstance(value, str) else bytes(value).decode() if isinstance(value, (bytes, bytearray)) else value.file.read().decode()
                    body = json.loads(raw)
                elif isinstance(value, web.FileField):
                    files.append((name, value.filename, value.content_type, value.file.read()))
            return body, files
        raw = await request.read()
        if not raw:
            return None, files
        try:
            return json.loads(raw), files
        except ValueError:
            return raw.decode(errors="replace"), files

    async def unknown(self, request: web.Request) -> web.Response:
        """Catch-all: record it so the test fails loudly rather than the bot silently
        getting a 404 that it might swallow."""
        self.fake.unknown_routes.append(f"{request.method} {request.path}")
        return error_response(404, 0, "404: Not Found (route not implemented by fake discord)")

    def _protocol_error(self, request: web.Request, message: str, errors: dict[str, Any] | None = None) -> web.Response:
        self.fake.protocol_errors.append(f"{request.method} {request.path}: {message}")
        return error_response(400, 50035, "Invalid Form Body", errors or {"_errors": [{"code": "BASE_TYPE_INVALID", "message": message}]})

    # -- identity --------------------------------------------------------------------------
    async def get_me(self, request: web.Request) -> web.Response:
        return json_response({**self.fake.bot_user.payload(), "verified": True, "mfa_enabled": False, "email": None, "locale": "en-US"})

    async def get_user(self, request: web.Request) -> web.Response:
        user = self.fake.users.get(int(request.match_info["user_id"]))
        if user is None:
            return error_response(404, 10013, "Unknown User")
        return json_response(user.payload())

    async def get_application(self, request: web.Request) -> web.Response:
        fake = self.fake
        return json_response({
            "id": str(fake.application_id),
            "name": fake.bot_user.username,
            "icon": None,
            "description": "Fake application for tests",
            "summary": "",
            "type": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": fake.app_owner.payload(),
            "verify_key": "0" * 64,
            "flags": fake.application_flags,
            "team": None,
            "bot": fake.bot_user.payload(),
            "interactions_endpoint_url": None,
            "redirect_uris": [],
            "tags": [],
            "approximate_guild_count": len(fake.guilds),
        })

    async def get_gateway(self, request: web.Request) -> web.Response:
        return json_response({"url": self.fake.gateway_url})

    async def get_gateway_bot(self, request: web.Request) -> web.Response:
        return json_response({
            "url": self.fake.gateway_url,
            "shards": self.fake.shard_count,
            "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 14400000,
                                    "max_concurrency": self.fake.max_concurrency},
        })

    # -- application commands -------------------------------------------------------------
    def _scope(self, request: web.Request) -> int | None | web.Response:
        if int(request.match_info["app_id"]) != self.fake.application_id:
            return error_response(403, 50001, "Missing Access")
        gid = request.match_info.get("guild_id")
        if gid is None:
            return None
        if int(gid) not in self.fake.guilds:
            return error_response(403, 50001, "Missing Access")
        return int(gid)

    def _normalise_command(self, body: dict[str, Any], scope: int | None, existing: dict[str, Any] | None) -> dict[str, Any]:
        fake = self.fake
        cmd = dict(body)
        cmd.setdefault("type", 1)
        cmd["id"] = existing["id"] if existing else str(fake.new_id())
        cmd["application_id"] = str(fake.application_id)
        cmd["version"] = str(fake.new_id())
        cmd.setdefault("description", "")
        cmd.setdefault("options", [])
        cmd.setdefault("default_member_permissions", None)
        cmd.setdefault("nsfw", False)
        if scope is not None:
            cmd["guild_id"] = str(scope)
        else:
            cmd.setdefault("dm_permission", True)
            cmd.setdefault("contexts", None)
            cmd.setdefault("integration_types", [0])
        return cmd

    def _validate_command(self, cmd: Any) -> str | None:
        if not isinstance(cmd, dict) or not cmd.get("name"):
            return "command without a name"
        name = cmd["name"]
        ctype = cmd.get("type", 1)
        if ctype == 1:
            if not (1 <= len(name) <= 32) or name != name.lower() or " " in name:
                return f"invalid slash command name {name!r}"
            if not (1 <= len(cmd.get("description", "")) <= 100):
                return f"command {name!r}: description must be 1-100 chars"
        opts = cmd.get("options") or []
        if len(opts) > 25:
            return f"command {name!r}: more than 25 options"
        seen_optional = False
        for opt in opts:
            if not (1 <= len(opt.get("name", "")) <= 32) or opt["name"] != opt["name"].lower():
                return f"command {name!r}: invalid option name {opt.get('name')!r}"
            if not (1 <= len(opt.get("description", "")) <= 100):
                return f"command {name!r}: option {opt['name']!r} description must be 1-100 chars"
            if opt.get("type") in (1, 2):
                err = self._validate_command({**opt, "type": 1})
                if err:
                    return err
                continue
            if opt.get("required"):
                if seen_optional:
                    return f"command {name!r}: required option {opt['name']!r} after an optional one"
            else:
                seen_optional = True
            if len(opt.get("choices") or []) > 25:
                return f"command {name!r}: option {opt['name']!r} has more than 25 choices"
            if opt.get("choices") and opt.get("autocomplete"):
                return f"command {name!r}: option {opt['name']!r} has both choices and autocomplete"
        return None

    async def list_commands(self, request: web.Request) -> web.Response:
        scope = self._scope(request)
        if isinstance(scope, web.Response):
            return scope
        return json_response(list(self.fake.commands.get(scope, {}).values()))

    async def bulk_commands(self, request: web.Request) -> web.Response:
        scope = self._scope(request)
        if isinstance(scope, web.Response):
            return scope
        body = request[BODY_KEY]
        if not isinstance(body, list):
            return self._protocol_error(request, "bulk overwrite body must be a list")
        if len(body) > 100:
            return self._protocol_error(request, "more than 100 commands")
        names: set[tuple[int, str]] = set()
        for cmd in body:
            err = self._validate_command(cmd)
            if err:
                return self._protocol_error(request, err)
            key = (cmd.get("type", 1), cmd["name"])
            if key in names:
                return self._protocol_error(request, f"duplicate command name {cmd['name']!r}")
            names.add(key)
        old = {(c.get("type", 1), c["name"]): c for c in self.fake.commands.get(scope, {}).values()}
        new: dict[int, dict[str, Any]] = {}
        for cmd in body:
            norm = self._normalise_command(cmd, scope, old.get((cmd.get("type", 1), cmd["name"])))
            new[int(norm["id"])] = norm
        self.fake.commands[scope] = new
        self.fake.sync_count += 1
        return json_response(list(new.values()))

    async def create_command(self, request: web.Request) -> web.Response:
        scope = self._scope(request)
        if isinstance(scope, web.Response):
            return scope
        body = request[BODY_KEY]
        err = self._validate_command(body)
        if err:
            return self._protocol_error(request, err)
        cmds = self.fake.commands.setdefault(scope, {})
        existing = next((c for c in cmds.values() if c["name"] == body["name"] and c.get("type", 1) == body.get("type", 1)), None)
        norm = self._normalise_command(body, scope, existing)
        cmds[int(norm["id"])] = norm
        return json_response(norm, status=200 if existing else 201)

    async def get_command(self, request: web.Request) -> web.Response:
        scope = self._scope(request)
        if isinstance(scope, web.Response):
            return scope
        cmd = self.fake.commands.get(scope, {}).get(int(request.match_info["command_id"]))
        return json_response(cmd) if cmd else error_response(404, 10063, "Unknown application command")

    async def edit_command(self, request: web.Request) -> web.Response:
        scope = self._scope(request)
        if isinstance(scope, web.Response):
            return scope
        cmds = self.fake.commands.get(scope, {})
        cid = int(request.match_info["command_id"])
        if cid not in cmds:
            return error_response(404, 10063, "Unknown application command")
        merged = {**cmds[cid], **(request[BODY_KEY] or {})}
        err = self._validate_command(merged)
        if err:
            return self._protocol_error(request, err)
        cmds[cid] = self._normalise_command(merged, scope, cmds[cid])
        return json_response(cmds[cid])

    async def delete_command(self, request: web.Request) -> web.Response:
        scope = self._scope(request)
        if isinstance(scope, web.Response):
            return scope
        if self.fake.commands.get(scope, {}).pop(int(request.match_info["command_id"]), None) is None:
            return error_response(404, 10063, "Unknown application command")
        return web.Response(status=204)

    async def get_command_permissions(self, request: web.Request) -> web.Response:
        scope = self._scope(request)
        if isinstance(scope, web.Response):
            return scope
        return json_response([])

    # -- messages: shared building/validation -------------------------------------------
    def validate_message_body(self, body: dict[str, Any], files: list[tuple[str, str, str, bytes]], *, edit: bool) -> str | None:
        """Discord's documented limits; returns a message if the body would be rejected."""
        content = body.get("content")
        if content is not None and len(str(content)) > 2000:
            return f"content is {len(str(content))} chars (max 2000)"
        embeds = body.get("embeds") or []
        if len(embeds) > 10:
            return f"{len(embeds)} embeds (max 10)"
        total = 0
        for i, e in enumerate(embeds):
            limits = {"title": 256, "description": 4096}
            for key, lim in limits.items():
                n = len(e.get(key) or "")
                total += n
                if n > lim:
                    return f"embeds[{i}].{key} is {n} chars (max {lim})"
            fields = e.get("fields") or []
            if len(fields) > 25:
                return f"embeds[{i}] has {len(fields)} fields (max 25)"
            for j, f in enumerate(fields):
                name, value = str(f.get("name", "")), str(f.get("value", ""))
                if not name or not value:
                    return f"embeds[{i}].fields[{j}] has an empty name or value"
                if len(name) > 256 or len(value) > 1024:
                    return f"embeds[{i}].fields[{j}] too long (name {len(name)}/256, value {len(value)}/1024)"
                total += len(name) + len(value)
            footer = len((e.get("footer") or {}).get("text") or "")
            author = len((e.get("author") or {}).get("name") or "")
            if footer > 2048 or author > 256:
                return f"embeds[{i}] footer/author too long"
            total += footer + author
        if total > 6000:
            return f"embeds total {total} chars (max 6000)"
        comps = body.get("components") or []
        flags = int(body.get("flags") or 0)
        if not flags & MessageFlag.COMPONENTS_V2:
            if len(comps) > 5:
                return f"{len(comps)} action rows (max 5)"
            for i, row in enumerate(comps):
                if row.get("type") != 1:
                    return f"components[{i}] is type {row.get('type')}, top level must be action rows"
                kids = row.get("components") or []
                if not kids or len(kids) > 5:
                    return f"components[{i}] has {len(kids)} children (1-5)"
                if any(k.get("type") in (3, 5, 6, 7, 8) for k in kids) and len(kids) != 1:
                    return f"components[{i}]: a select menu must be alone in its row"
        custom_ids: set[str] = set()
        for c in iter_components(comps):
            cid = c.get("custom_id")
            if cid is not None:
                if len(cid) > 100:
                    return f"custom_id {cid[:20]!r}... longer than 100"
                if cid in custom_ids:
                    return f"duplicate custom_id {cid!r}"
                custom_ids.add(cid)
            if c.get("type") == 2 and len(c.get("label") or "") > 80:
                return f"button label {c['label']!r} longer than 80"
            if c.get("type") == 3:
                opts = c.get("options") or []
                if not 1 <= len(opts) <= 25:
                    return f"select {cid!r} has {len(opts)} options (1-25)"
                for o in opts:
                    if len(o.get("label", "")) > 100 or len(str(o.get("value", ""))) > 100:
                        return f"select {cid!r} option too long"
        if not edit:
            has_any = bool(content) or bool(embeds) or bool(comps) or bool(files) or bool(body.get("poll")) or bool(body.get("sticker_ids"))
            if not has_any:
                return "Cannot send an empty message"
        return None

    def _attachments_from(self, channel_id: int, body: dict[str, Any], files: list[tuple[str, str, str, bytes]],
                          existing: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
        """Turn uploaded ``files[n]`` parts (+ kept existing attachments on edit) into
        attachment objects served by the fake's CDN."""
        fake = self.fake
        by_field = {name: (fn, ct, data) for name, fn, ct, data in files}
        out: list[dict[str, Any]] = []
        existing_by_id = {a["id"]: a for a in (existing or [])}
        declared = body.get("attachments")
        if declared is None:
            declared = [{"id": i} for i in range(len(files))]
            keep_existing = list(existing or [])
        else:
            keep_existing = []
        out.extend(keep_existing)
        for item in declared:
            aid = str(item.get("id"))
            if aid in existing_by_id:
                out.append(existing_by_id[aid])
                continue
            field = by_field.get(f"files[{aid}]")
            if field is None:
                continue
            fn, ct, data = field
            new_id = fake.new_id()
            fake.blobs[new_id] = (ct, data)
            url = f"{fake.url}/attachments/{channel_id}/{new_id}/{fn}"
            att: dict[str, Any] = {"id": str(new_id), "filename": fn, "size": len(data), "url": url, "proxy_url": url,
                                   "content_type": ct}
            if item.get("description"):
                att["description"] = item["description"]
            out.append(att)
        return out

    def build_message(self, *, channel_id: int, guild_id: int | None, body: dict[str, Any],
                      files: list[tuple[str, str, str, bytes]], type: int = 0, webhook: bool = False,
                      extra_flags: int = 0, interaction: InteractionRecord | None = None) -> dict[str, Any]:
        fake = self.fake
        mid = fake.new_id()
        flags = (int(body.get("flags") or 0) & (MessageFlag.EPHEMERAL | MessageFlag.COMPONENTS_V2 | 4 | 4096)) | extra_flags
        metadata = None
        if interaction is not None and interaction.member is not None:
            metadata = {
                "id": str(interaction.id),
                "type": interaction.type,
                "user": interaction.member.user.payload(),
                "authorizing_integration_owners": interaction.payload.get("authorizing_integration_owners", {}),
            }
            if interaction.type == 2:
                metadata["name"] = interaction.payload.get("data", {}).get("name")
            if interaction.type == 3 and interaction.source_message_id:
                metadata["interacted_message_id"] = str(interaction.source_message_id)
        ref = body.get("message_reference")
        if isinstance(ref, dict):  # the API echoes snowflakes as strings
            ref = {k: str(v) if k.endswith("_id") and v is not None else v for k, v in ref.items()}
            ref.setdefault("channel_id", str(channel_id))
            if guild_id is not None:
                ref.setdefault("guild_id", str(guild_id))
            if ref.get("message_id") and int(ref["message_id"]) not in fake.messages and ref.get("fail_if_not_exists", True):
                raise _BadBody("Unknown message in message_reference")
        msg = message_payload(
            id=mid,
            channel_id=channel_id,
            guild_id=guild_id,
            author=fake.bot_user.payload(),
            content=str(body["content"]) if body.get("content") is not None else "",
            embeds=body.get("embeds") or [],
            components=body.get("components") or [],
            attachments=self._attachments_from(channel_id, body, files, None),
            flags=flags,
            type=19 if ref else type,
            member=None if webhook or guild_id is None else fake.bot_member(guild_id).payload(with_user=False),
            webhook_id=fake.application_id if webhook else None,
            application_id=fake.application_id if webhook else None,
            interaction_metadata=metadata,
            allowed_mentions=body.get("allowed_mentions"),
            tts=bool(body.get("tts")),
            message_reference=ref,
        )
        if body.get("poll"):
            msg["_poll"] = body["poll"]
        fake.store_message(msg)
        return msg

    def apply_edit(self, msg: dict[str, Any], body: dict[str, Any], files: list[tuple[str, str, str, bytes]]) -> dict[str, Any]:
        for key in ("content", "embeds", "components"):
            if key in body:
                default: Any = "" if key == "content" else []
                msg[key] = body[key] if body[key] is not None else default
        if "allowed_mentions" in body:
            msg["_allowed_mentions"] = body["allowed_mentions"]
        if "attachments" in body or files:
            msg["attachments"] = self._attachments_from(int(msg["channel_id"]), body, files, msg.get("attachments"))
        flags = int(msg.get("flags", 0)) & ~MessageFlag.LOADING
        if "flags" in body and body["flags"] is not None:
            # Only SUPPRESS_EMBEDS (4) and IS_COMPONENTS_V2 may be changed by an edit.
            mutable = 4 | MessageFlag.COMPONENTS_V2
            flags = (flags & ~mutable) | (int(body["flags"]) & mutable)
        msg["flags"] = flags
        msg["edited_timestamp"] = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
        return msg

    def _echo(self, event: str, msg: dict[str, Any]) -> None:
        """What Discord sends bots about their own messages (needs GUILD_MESSAGES)."""
        if int(msg.get("flags", 0)) & MessageFlag.EPHEMERAL:
            return
        from .models import Intent

        self.fake.gateway.dispatch_nowait(event, strip_private(msg), intent=Intent.GUILD_MESSAGES)

    # -- interactions ---------------------------------------------------------------------
    async def interaction_callback(self, request: web.Request) -> web.Response:
        fake = self.fake
        now = time.perf_counter()
        rec = fake.interactions.get(int(request.match_info["interaction_id"])) if request.match_info["interaction_id"].isdigit() else None
        if rec is None or rec.token != request.match_info["token"]:
            return error_response(404, 10062, "Unknown interaction")
        body = request[BODY_KEY] or {}
        files = request[FILES_KEY]
        if rec.callback_type is not None:
            rec.duplicate_callbacks += 1
            rec.events.append(("duplicate_callback", body))
            fake.interaction_errors.append(f"interaction {rec.id}: acknowledged twice")
            return error_response(400, 40060, "Interaction has already been acknowledged.")
        if fake.interaction_deadline and rec.dispatched_at is not None and now - rec.dispatched_at > fake.interaction_deadline:
            rec.late_callbacks += 1
            rec.events.append(("late_callback", {"after": now - rec.dispatched_at, "body": body}))
            fake.interaction_errors.append(f"interaction {rec.id}: callback after {now - rec.dispatched_at:.2f}s")
            return error_response(404, 10062, "Unknown interaction")
        ctype = body.get("type")
        data = body.get("data") or {}
        allowed = ALLOWED_CALLBACKS.get(rec.type, set())
        if ctype not in allowed:
            return self._protocol_error(request, f"callback type {ctype} not valid for interaction type {rec.type} (allowed {sorted(allowed)})")
        if ctype in (6, 7) and rec.source_message_id is None:
            return self._protocol_error(request, f"callback type {ctype} needs a message (interaction has none)")
        if ctype in (4, 7):
            err = self.validate_message_body(data, files, edit=ctype == 7)
            if err:
                return self._protocol_error(request, err)
        if ctype == 8:
            choices = data.get("choices")
            if not isinstance(choices, list) or len(choices) > 25:
                return self._protocol_error(request, "autocomplete needs a list of at most 25 choices")
            for ch in choices:
                if not 1 <= len(str(ch.get("name", ""))) <= 100 or (isinstance(ch.get("value"), str) and len(ch["value"]) > 100):
                    return self._protocol_error(request, f"bad autocomplete choice {ch!r}")
        if ctype == 9:
            if not data.get("custom_id") or not data.get("title") or len(data.get("title", "")) > 45:
                return self._protocol_error(request, "modal needs custom_id and a title of at most 45 chars")
            if not 1 <= len(data.get("components") or []) <= 5:
                return self._protocol_error(request, "modal needs 1-5 top-level components")

        rec.responded_at = now
        rec.callback_type = ctype
        rec.callback_data = dict(data)
        rec.events.append(("callback", body))

        resource: dict[str, Any] | None = None
        info: dict[str, Any] = {"id": str(rec.id), "type": rec.type}
        if ctype in (4, 5):
            msg = self.build_message(
                channel_id=rec.channel_id or 0, guild_id=rec.guild_id, body=data if ctype == 4 else {"flags": data.get("flags", 0)},
                files=files if ctype == 4 else [], type=20 if rec.type == 2 else 0, webhook=True,
                extra_flags=MessageFlag.LOADING if ctype == 5 else 0, interaction=rec,
            )
            rec.original_message_id = int(msg["id"])
            info.update(response_message_id=msg["id"], response_message_loading=ctype == 5,
                        response_message_ephemeral=bool(int(msg["flags"]) & MessageFlag.EPHEMERAL))
            resource = {"type": ctype, "message": strip_private(msg)}
            if ctype == 4:
                self._echo("MESSAGE_CREATE", msg)
        elif ctype in (6, 7):
            rec.original_message_id = rec.source_message_id
            msg = fake.messages.get(rec.source_message_id or 0)
            if msg is not None:
                info.update(response_message_id=msg["id"], response_message_loading=False,
                            response_message_ephemeral=bool(int(msg.get("flags", 0)) & MessageFlag.EPHEMERAL))
                if ctype == 7:
                    self.apply_edit(msg, data, files)
                    self._echo("MESSAGE_UPDATE", msg)
                    resource = {"type": 7, "message": strip_private(msg)}
        fake._notify()
        if request.query.get("with_response") in ("1", "true", "True"):
            out: dict[str, Any] = {"interaction": info}
            if resource is not None:
                out["resource"] = resource
            return json_response(out)
        return web.Response(status=204)

    def _webhook_record(self, request: web.Request) -> InteractionRecord | web.Response:
        if request.match_info["app_id"] != str(self.fake.application_id):
            return error_response(404, 10015, "Unknown Webhook")
        rec = self.fake.interactions_by_token.get(request.match_info["token"])
        if rec is None:
            return error_response(404, 10015, "Unknown Webhook")
        if rec.callback_type is None:
            # Discord only creates the webhook once the interaction is acknowledged.
            self.fake.interaction_errors.append(f"interaction {rec.id}: webhook used before the initial response")
            return error_response(404, 10015, "Unknown Webhook")
        return rec

    def _webhook_message_id(self, rec: InteractionRecord, raw: str) -> int | None:
        if raw == "@original":
            return rec.original_message_id
        return int(raw) if raw.isdigit() else None

    async def webhook_execute(self, request: web.Request) -> web.Response:
        rec = self._webhook_record(request)
        if isinstance(rec, web.Response):
            return rec
        body = request[BODY_KEY] or {}
        files = request[FILES_KEY]
        err = self.validate_message_body(body, files, edit=False)
        if err:
            return self._protocol_error(request, err)
        original = rec.original
        if rec.callback_type == 5 and original is not None and int(original.get("flags", 0)) & MessageFlag.LOADING:
            # Discord: the first follow-up after a deferred (type 5) response *replaces* the
            # "thinking..." message; its ephemerality is the defer's, not the follow-up's.
            msg = self.apply_edit(original, {k: v for k, v in body.items() if k != "flags"}, files)
            msg["edited_timestamp"] = None
        else:
            msg = self.build_message(channel_id=rec.channel_id or 0, guild_id=rec.guild_id, body=body, files=files,
                                     webhook=True, interaction=rec)
        rec.followup_ids.append(int(msg["id"]))
        rec.events.append(("followup", msg))
        self._echo("MESSAGE_CREATE", msg)
        self.fake._notify()
        if request.query.get("wait") in ("1", "true", "True"):
            return json_response(strip_private(msg))
        return web.Response(status=204)

    async def webhook_get_message(self, request: web.Request) -> web.Response:
        rec = self._webhook_record(request)
        if isinstance(rec, web.Response):
            return rec
        mid = self._webhook_message_id(rec, request.match_info["message_id"])
        msg = self.fake.messages.get(mid or 0)
        if msg is None:
            return error_response(404, 10008, "Unknown Message")
        return json_response(strip_private(msg))

    async def webhook_edit_message(self, request: web.Request) -> web.Response:
        rec = self._webhook_record(request)
        if isinstance(rec, web.Response):
            return rec
        raw = request.match_info["message_id"]
        mid = self._webhook_message_id(rec, raw)
        msg = self.fake.messages.get(mid or 0)
        if msg is None:
            return error_response(404, 10008, "Unknown Message")
        body = request[BODY_KEY] or {}
        files = request[FILES_KEY]
        err = self.validate_message_body(body, files, edit=True)
        if err:
            return self._protocol_error(request, err)
        was_loading = bool(int(msg.get("flags", 0)) & MessageFlag.LOADING)
        self.apply_edit(msg, body, files)
        if was_loading:
            candidate = {k: msg.get(k) for k in ("content", "embeds", "components")}
            if not (candidate["content"] or candidate["embeds"] or candidate["components"] or msg.get("attachments")):
                return self._protocol_error(request, "Cannot send an empty message")
        rec.events.append(("edit_original" if raw == "@original" or mid == rec.original_message_id else "edit", {"id": mid, **body}))
        self._echo("MESSAGE_CREATE" if was_loading else "MESSAGE_UPDATE", msg)
        self.fake._notify()
        return json_response(strip_private(msg))

    async def webhook_delete_message(self, request: web.Request) -> web.Response:
        rec = self._webhook_record(request)
        if isinstance(rec, web.Response):
            return rec
        mid = self._webhook_message_id(rec, request.match_info["message_id"])
        msg = self.fake.messages.get(mid or 0)
        if msg is None:
            return error_response(404, 10008, "Unknown Message")
        self.fake.delete_message(int(msg["id"]))
        rec.events.append(("delete", mid))
        self.fake._notify()
        return web.Response(status=204)

    # -- channels ---------------------------------------------------------------------------
    def _channel(self, request: web.Request) -> Any:
        raw = request.match_info["channel_id"]
        ch = self.fake.channels.get(int(raw)) if raw.isdigit() else None
        if ch is None:
            return error_response(404, 10003, "Unknown Channel")
        return ch

    async def get_channel(self, request: web.Request) -> web.Response:
        ch = self._channel(request)
        if isinstance(ch, web.Response):
            return ch
        return json_response(ch.payload())

    async def list_messages(self, request: web.Request) -> web.Response:
        ch = self._channel(request)
        if isinstance(ch, web.Response):
            return ch
        msgs = [m for m in self.fake.channel_messages(ch.id) if not int(m.get("flags", 0)) & MessageFlag.EPHEMERAL]
        before = request.query.get("before")
        after = request.query.get("after")
        if before:
            msgs = [m for m in msgs if int(m["id"]) < int(before)]
        if after:
            msgs = [m for m in msgs if int(m["id"]) > int(after)]
        limit = int(request.query.get("limit", 50))
        msgs = sorted(msgs, key=lambda m: int(m["id"]), reverse=True)[:limit]
        return json_response([strip_private(m) for m in msgs])

    async def create_message(self, request: web.Request) -> web.Response:
        ch = self._channel(request)
        if isinstance(ch, web.Response):
            return ch
        fake = self.fake
        if ch.guild_id is not None:
            guild = fake.guilds[ch.guild_id]
            if not guild.permissions_for(fake.bot_member(ch.guild_id)) & Perm.SEND_MESSAGES:
                return error_response(403, 50013, "Missing Permissions")
        body = request[BODY_KEY] or {}
        files = request[FILES_KEY]
        err = self.validate_message_body(body, files, edit=False)
        if err:
            return self._protocol_error(request, err)
        msg = self.build_message(channel_id=ch.id, guild_id=ch.guild_id, body=body, files=files)
        self._echo("MESSAGE_CREATE", msg)
        return json_response(strip_private(msg))

    def _channel_message(self, request: web.Request) -> dict[str, Any] | web.Response:
        ch = self._channel(request)
        if isinstance(ch, web.Response):
            return ch
        msg = self.fake.messages.get(int(request.match_info["message_id"]))
        if msg is None or int(msg["channel_id"]) != ch.id or int(msg.get("flags", 0)) & MessageFlag.EPHEMERAL:
            return error_response(404, 10008, "Unknown Message")
        return msg

    async def get_message(self, request: web.Request) -> web.Response:
        msg = self._channel_message(request)
        if isinstance(msg, web.Response):
            return msg
        return json_response(strip_private(msg))

    async def edit_message(self, request: web.Request) -> web.Response:
        msg = self._channel_message(request)
        if isinstance(msg, web.Response):
            return msg
        if msg["author"]["id"] != str(self.fake.bot_user.id):
            return error_response(403, 50005, "Cannot edit a message authored by another user")
        body = request[BODY_KEY] or {}
        err = self.validate_message_body(body, request[FILES_KEY], edit=True)
        if err:
            return self._protocol_error(request, err)
        self.apply_edit(msg, body, request[FILES_KEY])
        self._echo("MESSAGE_UPDATE", msg)
        return json_response(strip_private(msg))

    async def delete_message(self, request: web.Request) -> web.Response:
        msg = self._channel_message(request)
        if isinstance(msg, web.Response):
            return msg
        self.fake.delete_message(int(msg["id"]))
        return web.Response(status=204)

    async def add_reaction(self, request: web.Request) -> web.Response:
        msg = self._channel_message(request)
        if isinstance(msg, web.Response):
            return msg
        emoji = request.match_info["emoji"]
        reactions = msg.setdefault("reactions", [])
        for r in reactions:
            if r["emoji"].get("name") == emoji:
                if not r["me"]:
                    r["count"] += 1
                    r["me"] = True
                break
        else:
            reactions.append({"emoji": {"id": None, "name": emoji}, "count": 1, "me": True,
                              "count_details": {"burst": 0, "normal": 1}, "burst_colors": [], "me_burst": False, "burst_me": False})
        return web.Response(status=204)

    async def remove_reaction(self, request: web.Request) -> web.Response:
        msg = self._channel_message(request)
        if isinstance(msg, web.Response):
            return msg
        emoji = request.match_info["emoji"]
        msg["reactions"] = [r for r in msg.get("reactions", []) if not (r["emoji"].get("name") == emoji and r["me"] and r["count"] == 1)]
        return web.Response(status=204)

    async def typing(self, request: web.Request) -> web.Response:
        ch = self._channel(request)
        if isinstance(ch, web.Response):
            return ch
        return web.Response(status=204)

    # -- guilds --------------------------------------------------------------------------------
    def _guild(self, request: web.Request) -> Any:
        raw = request.match_info["guild_id"]
        guild = self.fake.guilds.get(int(raw)) if raw.isdigit() else None
        if guild is None:
            return error_response(404, 10004, "Unknown Guild")
        return guild

    async def get_guild(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        if isinstance(guild, web.Response):
            return guild
        return json_response(guild.rest_payload())

    async def get_guild_channels(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        if isinstance(guild, web.Response):
            return guild
        return json_response([c.payload() for c in guild.channels.values()])

    async def get_guild_roles(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        if isinstance(guild, web.Response):
            return guild
        return json_response([r.payload() for r in guild.roles.values()])

    async def list_members(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        if isinstance(guild, web.Response):
            return guild
        limit = int(request.query.get("limit", 1))
        after = int(request.query.get("after", 0))
        members = sorted((m for m in guild.members.values() if m.id > after), key=lambda m: m.id)[:limit]
        return json_response([m.payload() for m in members])

    async def get_member(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        if isinstance(guild, web.Response):
            return guild
        member = guild.members.get(int(request.match_info["user_id"]))
        if member is None:
            return error_response(404, 10007, "Unknown Member")
        return json_response(member.payload())

    # -- CDN -------------------------------------------------------------------------------------
    async def get_attachment(self, request: web.Request) -> web.Response:
        raw = request.match_info["attachment_id"]
        blob = self.fake.blobs.get(int(raw)) if raw.isdigit() else None
        if blob is None:
            self.fake.unknown_routes.append(f"{request.method} {request.path}")
            return web.Response(status=404)
        content_type, data = blob
        return web.Response(body=data, headers={"Content-Type": content_type})
