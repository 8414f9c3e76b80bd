"""Red-style packs end to end through the fake Discord: a refused pack lists every problem (in pages),
an accepted one says what its CONFIG does and what FilmBot ignores, and a game plays by Red's CONFIG
(4 s to answer, the bot takes what nobody answers, answers behind spoiler tags, chatty typed answers)."""

from __future__ import annotations

import sqlite3

import pytest_asyncio

from bot.config import Settings
from bot.discord_bot import FilmBot
from tests.fakediscord import Perm

RED_STYLE = b"""\
$schema: https://example.org/red-trivia.schema.json
CONFIG:
  delay: 4
  timeout: 600
  max_score: 3
  bot_plays: true
  use_spoilers: true
  payout_multiplier: 2
Which invented river runs through Example Valley?:
- Examplewater
Which made-up city hosts the Sample Festival?:
- Samplegrad
What is the name of the imaginary lighthouse keeper?:
- Pemberton
Which fictional studio made the Example Trilogy?:
- Mockworks
"""


@pytest_asyncio.fixture
async def running(fake_discord, seeded_copy):
    settings = Settings(token=fake_discord.token, db_path=str(seeded_copy), dev_guild_id=fake_discord.guild.id,
                        typed_trivia=True)
    bot = FilmBot(settings, guild_ready_timeout=0.05)
    async with fake_discord.run_bot(bot):
        host = fake_discord.make_user("host", permissions=Perm.MANAGE_GUILD)
        rec = await fake_discord.slash("trivia settings", {"key": "delay", "value": "1"}, user=host)
        assert "delay" in str(rec.embeds)
        yield fake_discord, bot, seeded_copy, host


def shown(embeds: list[dict]) -> str:
    """The text of embeds as a member reads it (markdown escapes like "max\\_score" rendered)."""
    parts = []
    for e in embeds:
        parts += [e.get("title", ""), e.get("description", "")]
        parts += [f"{f['name']}\n{f['value']}" for f in e.get("fields", [])]
    return "\n".join(parts).replace("\\", "")


async def upload(fake, host, name: str, data: bytes) -> dict:
    rec = await fake.slash("trivia pack upload", {"file": fake.make_attachment(f"{name}.yaml", data), "name": name}, user=host)
    (reply,) = await rec.wait_followups(1)
    return reply


async def test_a_refused_pack_lists_every_problem_and_saves_nothing(running):
    fake, bot, db, host = running
    bad = b"CONFIG: {delay: 3}\n" + b"".join(f"Question {i}?: not a list\n".encode() for i in range(60))
    reply = await upload(fake, host, "broken", bad)
    first = reply["embeds"][0]
    assert first["title"] == "Pack not accepted: 61 problems"
    assert "CONFIG: delay must be a number of at least 4, not 3" in first["description"]
    assert "question 1 (line 2) 'Question 0?': answers must be a non-empty list" in first["description"]
    assert first["footer"]["text"].startswith("Page 1/")
    assert reply.get("components"), "the other problems are one button away"
    assert int(reply.get("flags", 0)) & 64  # only the uploader sees it
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT count(*) FROM trivia_packs").fetchone()[0] == 0


async def test_a_red_style_pack_says_what_its_config_does(running):
    fake, bot, db, host = running
    reply = await upload(fake, host, "redstyle", RED_STYLE)
    text = shown(reply["embeds"])
    assert "Pack saved" in text and "**redstyle**: 4 questions" in text  # no AUTHOR: no "by"
    assert "delay: 4 — seconds to answer each question" in text
    assert "max_score: 3 — right answers a player needs to win" in text
    assert "payout_multiplier is accepted and ignored: FilmBot has no currency" in text
    rec = await fake.slash("trivia pack info", {"name": "redstyle"}, user=host)
    assert "4 questions" in shown(rec.embeds) and "bot_plays: yes" in shown(rec.embeds)


async def test_a_game_plays_by_reds_config(running):
    fake, bot, db, host = running
    alice = fake.make_user("alice")
    await upload(fake, host, "redstyle", RED_STYLE)
    rec = await fake.slash("trivia start", {"pack": "redstyle", "mode": "typed", "questions": 2}, user=host, channel="trivia")
    await rec.wait_followups(1)
    assert "4 s each" in str(rec.followups[0])
    svc = bot.get_cog("Trivia").service
    channel = fake.resolve_channel("trivia").id

    def game():
        return svc.manager.get(fake.guild.id, channel)

    def reveals():
        return [e for m in fake.channel_messages("trivia") for e in m.get("embeds") or []
                if e.get("title", "").startswith("Question") and "The answer" in e.get("description", "")]

    # Question 1: nobody answers within the pack's 4 s, so the bot takes it, and the answer is a spoiler.
    await fake.wait_for(lambda: game() is not None and game().number == 1 and game().current is not None, timeout=10)
    first_answer = game().current.answers[0]
    await fake.wait_for(lambda: len(reveals()) == 1, timeout=10, what="the first reveal")
    assert f"||**{first_answer}**||" in reveals()[0]["description"]
    assert "🤖 +1,000 for me!" in reveals()[0]["description"]

    # Question 2: a chatty answer counts.
    await fake.wait_for(lambda: game() is not None and game().number == 2 and game().current is not None, timeout=10)
    await fake.send_message("trivia", f"i think it's {game().current.answers[0].lower()}", user=alice)
    await fake.wait_for(lambda: len(reveals()) == 2, timeout=10, what="the second reveal")
    assert f"Right: <@{alice.user.id}>" in reveals()[1]["description"]

    await fake.wait_for(lambda: any(e.get("title") == "Trivia over" for m in fake.channel_messages("trivia")
                                    for e in m.get("embeds") or []), timeout=10, what="the end")
    final = [e for m in fake.channel_messages("trivia") for e in m.get("embeds") or [] if e.get("title") == "Trivia over"][0]
    assert "🤖 me — 1,000 pts" in final["description"] and f"<@{alice.user.id}>" in final["description"]
    with sqlite3.connect(db) as c:  # the bot's points are never saved as a player's
        assert [r[0] for r in c.execute("SELECT user_id FROM trivia_scores").fetchall()] == [alice.user.id]
