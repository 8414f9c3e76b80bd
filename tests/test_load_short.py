"""The load test in its short form (``make load`` runs the full one, with overload and recovery):
every interaction answered within Discord's deadline (or told "busy"), none dropped, no error,
no traceback in the bot's log, the database intact afterwards."""

from __future__ import annotations

from bench.load import run_load


async def test_short_load_through_the_fake_discord(seeded_copy, tmp_path):
    r = await run_load(seeded_copy, seconds=4, rate=40, channels=8, games=2, users=100, guild_ready_wait=0,
                       out_dir=tmp_path)
    assert r["sent"] >= 150
    assert r["errors"] == 0 and r["late"] == 0 and r["dropped"] == 0 and r["protocol_errors"] == 0
    assert r["bot_tracebacks"] == 0
    assert r["integrity"] == "ok"
    assert r["trivia_games"] == 2
    assert r["exit"]["code"] == 0 and not r["exit"].get("killed")  # stopped by SIGINT, as an operator would
