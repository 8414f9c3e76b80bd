"""``cogkit.cooldown``: discord.py's cooldown semantics (rate per window, ``CommandOnCooldown`` with
the wait), with idle buckets forgotten oldest first rather than by a scan of all of them per command."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from discord import app_commands

from bot.cogkit import cooldown


def _interaction(user: int, at: float) -> SimpleNamespace:
    return SimpleNamespace(user=SimpleNamespace(id=user), created_at=dt.datetime.fromtimestamp(at, dt.timezone.utc))


def _predicate(rate: int, per: float):
    @cooldown(rate, per, key=lambda i: i.user.id)
    async def command() -> None:  # pragma: no cover - only its checks are used
        pass

    return command.__discord_app_commands_checks__[0]


async def test_the_rate_holds_per_key_and_a_refusal_says_how_long():
    check = _predicate(2, 10.0)
    t = 1_000_000.0
    assert await check(_interaction(1, t)) and await check(_interaction(1, t + 1))
    with pytest.raises(app_commands.CommandOnCooldown) as refused:
        await check(_interaction(1, t + 2))
    assert 7.5 <= refused.value.retry_after <= 8.5
    assert await check(_interaction(2, t + 2))  # another member is not held back
    assert await check(_interaction(1, t + 10.5))  # the window is over


async def test_idle_buckets_are_forgotten_and_a_forgotten_one_starts_afresh():
    check = _predicate(1, 5.0)
    buckets = next(c.cell_contents for c in check.__closure__ if isinstance(c.cell_contents, dict))
    t = 2_000_000.0
    for user in range(100):
        assert await check(_interaction(user, t + user * 0.01))
    assert len(buckets) == 100
    assert await check(_interaction(500, t + 6.0))  # every other bucket idle past the window: gone
    assert list(buckets) == [500]
    assert await check(_interaction(3, t + 6.1))
    with pytest.raises(app_commands.CommandOnCooldown):
        await check(_interaction(3, t + 6.2))
