"""The load test in its short form (``make load`` runs the full one): zero errors, every
reply within Discord's deadline, the database intact afterwards."""

from __future__ import annotations

from bench.load import run_load


async def test_short_load_through_the_fake_discord(seeded_copy):
    r = await run_load(seeded_copy, seconds=4, rate=40, channels=8, games=2, users=100)
    assert r["sent"] >= 150
    assert r["errors"] == 0 and r["late"] == 0 and r["protocol_errors"] == 0
    assert r["bot_tracebacks"] == 0
    assert r["integrity"] == "ok"
    assert r["trivia_games"] == 2
