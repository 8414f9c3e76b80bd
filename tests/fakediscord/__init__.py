"""In-process fake Discord (gateway websocket + REST + attachment CDN) for end-to-end
tests of an unmodified discord.py bot. See :class:`FakeDiscord` for the API and
``tests/test_fakediscord.py`` for a worked example.

Fixtures live in ``tests.fakediscord.pytest_plugin`` (enable with
``pytest_plugins = ["tests.fakediscord.pytest_plugin"]`` in the top-level conftest).
"""

from __future__ import annotations

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
    message_text,
)
from .server import FakeDiscord

__all__ = [
    "FakeAttachment",
    "FakeChannel",
    "FakeDiscord",
    "FakeDiscordError",
    "FakeGuild",
    "FakeMember",
    "FakeRole",
    "FakeUser",
    "Intent",
    "InteractionRecord",
    "MessageFlag",
    "Perm",
    "message_text",
]
