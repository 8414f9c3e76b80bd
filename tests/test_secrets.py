"""The token never leaks: not in logs, not in reprs, not in the repository."""

from __future__ import annotations

import logging
import subprocess

from bot.config import Settings
from tests.conftest import ROOT


def test_settings_repr_hides_the_token():
    s = Settings(token="super-secret-token-value")
    assert "super-secret" not in repr(s) and "super-secret" not in str(s)


def test_env_is_ignored_and_example_holds_no_secret():
    r = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=ROOT)
    assert r.returncode == 0, ".env must be git-ignored"
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    assert ".env" not in tracked
    example = (ROOT / ".env.example").read_text()
    for line in example.splitlines():
        if line.startswith("DISCORD_TOKEN"):
            assert line.strip() == "DISCORD_TOKEN=", "the example must not hold a token"


async def test_running_bot_never_logs_the_token(fake_discord, seeded_copy, caplog):
    from bot.discord_bot import FilmBot

    caplog.set_level(logging.DEBUG)
    settings = Settings(token=fake_discord.token, db_path=str(seeded_copy), dev_guild_id=fake_discord.guild.id)
    async with fake_discord.run_bot(FilmBot(settings, guild_ready_timeout=0.05)):
        await fake_discord.slash("film", {"film": "her"}, user=fake_discord.make_user("a"))
    assert fake_discord.token not in caplog.text
