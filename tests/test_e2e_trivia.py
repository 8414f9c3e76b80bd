"""Trivia nights end to end through the fake Discord: typed and buttons games, two channels at
once, a non-host refused, a pack uploaded and played, the leaderboard after."""

from __future__ import annotations

import sqlite3

import pytest_asyncio

from bot.config import Settings
from bot.discord_bot import FilmBot
from tests.fakediscord import Perm

PACK = b"""AUTHOR: Quizmaster
DESCRIPTION: Film basics
CONFIG:
  max_score: 50
Which studio made Toy Story?:
- Pixar
- Pixar Animation Studios
How many Oscars make a clean sweep of the Big Five?:
- 5
- five
Which city hosts the Cannes festival?:
- Cannes
Which colour is the Palme d'Or?:
- gold
- golden
"""


@pytest_asyncio.fixture
async def running(fake_discord, seeded_copy):
    settings = Settings(token=fake_discord.token, db_path=str(seeded_copy), dev_guild_id=fake_discord.guild.id,
                        typed_trivia=True)
    bot = FilmBot(settings, guild_ready_timeout=0.05)
    fake_discord.add_channel("quiz")
    async with fake_discord.run_bot(bot):
        host = fake_discord.make_user("host", permissions=Perm.MANAGE_GUILD)
        rec = await fake_discord.slash("trivia settings", {"key": "delay", "value": "1"}, user=host)
        assert "delay" in str(rec.embeds)
        yield fake_discord, bot, seeded_copy, host


def game_of(bot, fake, channel: str):
    svc = bot.get_cog("Trivia").service
    return svc.manager.get(fake.guild.id, fake.resolve_channel(channel).id)


def bot_embeds(fake, channel: str) -> list[dict]:
    out = []
    for m in fake.channel_messages(channel):
        out += m.get("embeds") or []
    return out


async def wait_question(fake, bot, channel: str, number: int):
    await fake.wait_for(lambda: (g := game_of(bot, fake, channel)) is not None and g.number == number and g.current is not None,
                        timeout=15, what=f"question {number} in #{channel}")
    return game_of(bot, fake, channel)


async def wait_ended(fake, channel: str):
    await fake.wait_for(lambda: any(e.get("title") == "Trivia over" for e in bot_embeds(fake, channel)), timeout=30,
                        what=f"end of the game in #{channel}")


async def test_typed_games_in_two_channels_at_once(running):
    fake, bot, db, host = running
    alice, bob = fake.make_user("alice"), fake.make_user("bob")
    for ch in ("trivia", "quiz"):
        rec = await fake.slash("trivia start", {"mode": "typed", "questions": 2, "time": 20, "films": "her"}, user=host, channel=ch)
        await rec.wait_followups(1)
        assert "starting" in str(rec.followups[0]).lower()
    # A second game in the same channel is refused; the first keeps going.
    rec = await fake.slash("trivia start", {"mode": "typed"}, user=host, channel="trivia")
    await rec.wait_followups(1)
    assert "already running" in str(rec.followups[0])
    for number in (1, 2):
        for ch, player in (("trivia", alice), ("quiz", bob)):
            game = await wait_question(fake, bot, ch, number)
            await fake.send_message(ch, "definitely not it", user=bob if player is alice else alice)
            await fake.send_message(ch, game.current.answers[0], user=player)
    for ch in ("trivia", "quiz"):
        await wait_ended(fake, ch)
    final = [e for e in bot_embeds(fake, "trivia") if e.get("title") == "Trivia over"][0]
    assert f"<@{alice.user.id}>" in final["description"]
    # Every reveal cites its source sentence.
    reveals = [e for e in bot_embeds(fake, "quiz") if e.get("title", "").startswith("Question") and "answer" in e.get("description", "")]
    assert reveals and all(any(f["name"].startswith("From") for f in e.get("fields", [])) for e in reveals)
    rec = await fake.slash("leaderboard", {}, user=alice)
    body = str(rec.embeds)
    assert f"<@{alice.user.id}>" in body and f"<@{bob.user.id}>" in body
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT count(*) FROM trivia_games WHERE ended_at IS NOT NULL").fetchone()[0] == 2


async def test_buttons_game_one_answer_per_player(running):
    fake, bot, db, host = running
    alice, bob = fake.make_user("alice"), fake.make_user("bob")
    rec = await fake.slash("trivia start", {"mode": "buttons", "questions": 1, "time": 5, "films": "her, rocky"}, user=host, channel="trivia")
    await rec.wait_followups(1)
    game = await wait_question(fake, bot, "trivia", 1)
    msg = await fake.wait_for_message("trivia", lambda m: any(c for c in m.get("components") or []), timeout=10)
    right = game.options.index(next(o for o in game.options if o in game.current.answers))
    wrong = (right + 1) % 4
    click = await fake.click(msg, f"trivia:{game.channel_id}:1:{right}", user=alice)
    assert click.ephemeral and "Locked in" in (click.content or "")
    again = await fake.click(msg, f"trivia:{game.channel_id}:1:{wrong}", user=alice)
    assert "already answered" in (again.content or "")
    await fake.click(msg, f"trivia:{game.channel_id}:1:{wrong}", user=bob)
    await wait_ended(fake, "trivia")
    with sqlite3.connect(db) as c:
        points = dict(c.execute("SELECT user_id, points FROM trivia_scores").fetchall())
    assert points.get(alice.user.id, 0) > 0 and points.get(bob.user.id, 0) == 0


async def test_members_cannot_host_and_nothing_changes(running):
    fake, bot, db, host = running
    member = fake.make_user("member")
    assert int(fake.get_command("trivia")["default_member_permissions"]) & Perm.MANAGE_GUILD
    for cmd, opts in [("trivia start", {}), ("trivia settings", {"key": "questions", "value": "50"}),
                      ("trivia season new", {}), ("trivia preview", {}),
                      ("trivia pack upload", {"file": fake.make_attachment("p.yaml", PACK), "name": "basics"})]:
        rec = await fake.slash(cmd, opts, user=member, channel="trivia", check_permissions=False)
        if rec.callback_type == 5:
            await rec.wait_followups(1)
        text = str(rec.embeds) + str(rec.followups[0] if getattr(rec, "followups", None) else "")
        assert "Not allowed" in text or "Only moderators" in text, cmd
    assert game_of(bot, fake, "trivia") is None
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT count(*) FROM trivia_packs").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM trivia_settings WHERE settings LIKE '%\"questions\": 50%'").fetchone()[0] == 0


async def test_pack_uploaded_and_played(running):
    fake, bot, db, host = running
    alice = fake.make_user("alice")
    bad = await fake.slash("trivia pack upload", {"file": fake.make_attachment("bad.yaml", b"AUTHOR: x\nQ?: []\n"), "name": "bad"}, user=host)
    await bad.wait_followups(1)
    assert "not accepted" in str(bad.followups[0]).lower()
    rec = await fake.slash("trivia pack upload", {"file": fake.make_attachment("basics.yaml", PACK), "name": "basics"}, user=host)
    await rec.wait_followups(1)
    assert "Pack saved" in str(rec.followups[0])
    rec = await fake.slash("trivia pack list", {}, user=host)
    assert "basics" in str(rec.embeds)
    rec = await fake.slash("trivia start", {"pack": "basics", "mode": "typed", "questions": 2, "time": 20}, user=host, channel="quiz")
    await rec.wait_followups(1)
    for number in (1, 2):
        game = await wait_question(fake, bot, "quiz", number)
        await fake.send_message("quiz", game.current.answers[0].upper(), user=alice)
    await wait_ended(fake, "quiz")
    rec = await fake.slash("trivia leaderboard", {"scope": "season"}, user=host)
    assert f"<@{alice.user.id}>" in str(rec.embeds)


async def test_stop_keeps_scores(running):
    fake, bot, db, host = running
    alice = fake.make_user("alice")
    rec = await fake.slash("trivia start", {"mode": "typed", "questions": 5, "time": 30, "films": "her"}, user=host, channel="trivia")
    await rec.wait_followups(1)
    game = await wait_question(fake, bot, "trivia", 1)
    await fake.send_message("trivia", game.current.answers[0], user=alice)
    await wait_question(fake, bot, "trivia", 2)
    rec = await fake.slash("trivia stop", {}, user=host, channel="trivia")
    assert "stopped" in str(rec.embeds).lower()
    await wait_ended(fake, "trivia")
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT points FROM trivia_scores WHERE user_id = ?", (alice.user.id,)).fetchone()[0] > 0


async def test_members_cannot_control_a_running_game(running):
    fake, bot, db, host = running
    member = fake.make_user("member")
    rec = await fake.slash("trivia start", {"mode": "typed", "questions": 3, "time": 30, "films": "her"}, user=host, channel="trivia")
    await rec.wait_followups(1)
    game = await wait_question(fake, bot, "trivia", 1)
    for cmd in ("trivia stop", "trivia skip", "trivia pause", "trivia hint"):
        rec = await fake.slash(cmd, {}, user=member, channel="trivia", check_permissions=False)
        assert rec.ephemeral and "Not allowed" in str(rec.embeds), cmd
    assert game.number == 1 and not game.paused and not game.ended
    rec = await fake.slash("trivia pack delete", {"name": "anything"}, user=member, check_permissions=False)
    assert "Not allowed" in str(rec.embeds)
    await fake.slash("trivia stop", {}, user=host, channel="trivia")
    await wait_ended(fake, "trivia")


async def test_preview_shows_the_running_games_next_questions(running):
    fake, bot, db, host = running
    rec = await fake.slash("trivia start", {"mode": "typed", "questions": 3, "time": 30, "films": "her"}, user=host, channel="trivia")
    await rec.wait_followups(1)
    game = await wait_question(fake, bot, "trivia", 1)
    rec = await fake.slash("trivia preview", {"count": 2}, user=host, channel="trivia")
    assert rec.ephemeral
    body = rec.embeds[0]["description"]
    assert "Next questions in this game" in rec.embeds[0]["title"]
    assert game.questions[1].answers[0] in body and game.questions[2].answers[0] in body
    await fake.slash("trivia stop", {}, user=host, channel="trivia")
    await wait_ended(fake, "trivia")
