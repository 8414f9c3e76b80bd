"""`python -m bot run` as a real process, connecting to the fake Discord over loopback."""

from __future__ import annotations

import asyncio
import signal
import sys

from tests.conftest import ROOT


def _as_a_background_job() -> None:
    """What a non-interactive shell does to a command it starts with ``&``: SIGINT ignored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


async def test_python_m_bot_run_connects_and_answers(fake_discord, seeded_copy, tmp_path):
    env = fake_discord.bot_env(seeded_copy, LOG_LEVEL="INFO")
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        preexec_fn=_as_a_background_job,  # it must still stop on SIGINT (it hung there, ignoring it)
    )
    killed = False
    try:
        await fake_discord.wait_for(lambda: fake_discord.registered_commands(fake_discord.guild.id), timeout=20, what="command sync")
        await fake_discord.wait_for(lambda: fake_discord.gateway.identifies, timeout=20, what="IDENTIFY")
        # No sleep through discord.py's 2 s guild-ready wait: the server came in the GUILD_CREATE sent
        # right after IDENTIFY, ahead of this interaction on the same websocket.
        rec = await fake_discord.slash("cast", {"film": "her", "character": "samantha"}, user=fake_discord.make_user("alice"), timeout=10)
        assert "Scarlett Johansson" in str(rec.embeds)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            _, err = await asyncio.wait_for(proc.communicate(), timeout=60)  # a hang, not a speed
        except TimeoutError:
            killed = True
            proc.kill()
            _, err = await proc.communicate()
    log = err.decode(errors="replace")
    assert not killed and proc.returncode == 0, log[-2000:]  # closed cleanly on SIGINT
    assert fake_discord.token not in log  # the token is never logged
    assert "Traceback" not in log, log[-2000:]
