"""pytest fixtures for the fake Discord.

Enable from the top-level ``tests/conftest.py`` with::

    pytest_plugins = ["tests.fakediscord.pytest_plugin"]

``fake_discord`` is function-scoped (pytest-asyncio runs each test in its own loop, and
the aiohttp server must live on that loop). It starts the server, patches discord.py's
REST base URL and gateway URL, and on teardown stops it, restores the globals and fails
the test if the bot hit a route the fake does not implement or sent a request Discord
would reject. Tests that provoke errors on purpose can set
``fake_discord.strict = False`` (skips the teardown assertions).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from .server import FakeDiscord


@pytest_asyncio.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    fake = FakeDiscord()
    async with fake:
        yield fake
    if fake.strict:
        fake.assert_clean()
