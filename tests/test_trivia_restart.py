"""A trivia night survives the bot being killed: scores up to the last finished question are
kept, and on restart the game is closed and the channel told."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import sys

from tests.conftest import ROOT
from tests.fakediscord import Perm

PACK = b"""AUTHOR: Host
Which studio made Toy Story?:
- Pixar
Which city hosts the Cannes festival?:
- Cannes
What colour is the Palme d'Or?:
- gold
How many Oscars make the Big Five?:
- five
"""
ANSWERS = {"Toy Story": "Pixar", "Cannes festival": "Cannes", "Palme": "gold", "Big Five": "five"}


async def start_bot(fake, db):
    env = fake.bot_env(db, FILMBOT_TYPED_TRIVIA="1")
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", cwd=ROOT, env=env,
                                                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    before = len(fake.gateway.identifies)
    # Commands are answered from IDENTIFY on: the server arrives in the GUILD_CREATE the fake sends
    # right after it, before any interaction on the same websocket, so there is no need to sit out
    # discord.py's 2 s guild-ready wait (only READY, and the restart notice, come after it).
    await fake.wait_for(lambda: len(fake.gateway.identifies) > before, timeout=20, what="IDENTIFY")
    return proc


def question_texts(fake) -> list[str]:
    return [e.get("description", "") for m in fake.channel_messages("trivia") for e in m.get("embeds") or []
            if e.get("title", "").startswith("Question") and "The answer" not in e.get("description", "")]


async def test_sigkill_mid_game_keeps_scores_and_restart_closes_the_game(fake_discord, seeded_copy):
    fake = fake_discord
    host = fake.make_user("host", permissions=Perm.MANAGE_GUILD)
    alice = fake.make_user("alice")
    proc = await start_bot(fake, seeded_copy)
    try:
        rec = await fake.slash("trivia pack upload", {"file": fake.make_attachment("p.yaml", PACK), "name": "night"}, user=host, timeout=10)
        await rec.wait_followups(1)
        rec = await fake.slash("trivia start", {"pack": "night", "mode": "typed", "questions": 4, "time": 30},
                               user=host, channel="trivia", timeout=10)
        await rec.wait_followups(1)
        await fake.wait_for(lambda: len(question_texts(fake)) >= 1, timeout=10, what="question 1")
        text = question_texts(fake)[0]
        answer = next(a for k, a in ANSWERS.items() if k in text)
        await fake.send_message("trivia", answer, user=alice)
        await fake.wait_for(lambda: len(question_texts(fake)) >= 2, timeout=15, what="question 2")
    finally:
        proc.send_signal(signal.SIGKILL)
        await proc.wait()
    with sqlite3.connect(seeded_copy) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        game = c.execute("SELECT id, ended_at FROM trivia_games").fetchone()
        assert game[1] is None  # killed: nobody closed it
        points = c.execute("SELECT points FROM trivia_scores WHERE user_id = ?", (alice.user.id,)).fetchone()[0]
        assert points > 0
    fake.strict = False  # the killed bot's websocket vanished mid-frame
    proc = await start_bot(fake, seeded_copy)
    try:
        await fake.wait_for(lambda: any("restarted" in (m.get("content") or "") for m in fake.channel_messages("trivia")),
                            timeout=15, what="restart notice")
    finally:
        proc.send_signal(signal.SIGINT)
        await proc.wait()
    with sqlite3.connect(seeded_copy) as c:
        ended, reason = c.execute("SELECT ended_at, end_reason FROM trivia_games").fetchone()
        assert ended is not None and reason == "restart"
        assert c.execute("SELECT points FROM trivia_scores WHERE user_id = ?", (alice.user.id,)).fetchone()[0] == points
