"""Nights the host runs, end to end through the fake Discord: a host-paced game (`/trivia next`
reveals, then asks; players change their button answer until the reveal), teams (join buttons, team
scores at every reveal, the winning team), a buttons question that ends as soon as every player has
answered, and the final podium with each player's accuracy and fastest right answer."""

from __future__ import annotations

import re
import sqlite3

import pytest_asyncio

from bot.config import Settings
from bot.discord_bot import FilmBot
from tests.fakediscord import Perm
from tests.fakediscord.models import iter_components


@pytest_asyncio.fixture
async def night(fake_discord, seeded_copy):
    settings = Settings(token=fake_discord.token, db_path=str(seeded_copy), dev_guild_id=fake_discord.guild.id,
                        typed_trivia=True)
    bot = FilmBot(settings, guild_ready_timeout=0.05)
    async with fake_discord.run_bot(bot):
        host = fake_discord.make_user("host", permissions=Perm.MANAGE_GUILD)
        rec = await fake_discord.slash("trivia settings", {"key": "delay", "value": "1"}, user=host)
        assert "delay" in str(rec.embeds)
        yield fake_discord, bot, seeded_copy, host


def embeds(fake, channel: str = "trivia") -> list[dict]:
    return [e for m in fake.channel_messages(channel) for e in m.get("embeds") or []]


def reveals(fake, channel: str = "trivia") -> list[dict]:
    return [e for e in embeds(fake, channel) if e.get("title", "").startswith("Question") and "Right:" in e.get("description", "")
            or e.get("title", "").startswith("Question") and "nobody got it" in e.get("description", "").lower()]


def game_of(bot, fake, channel: str = "trivia"):
    return bot.get_cog("Trivia").service.manager.get(fake.guild.id, fake.resolve_channel(channel).id)


async def question(fake, bot, number: int, channel: str = "trivia"):
    """The game once question ``number`` is open, and the message carrying its buttons."""
    await fake.wait_for(lambda: (g := game_of(bot, fake, channel)) is not None and g.number == number and g.current is not None,
                        timeout=10, what=f"question {number}")
    game = game_of(bot, fake, channel)
    prefix = f"trivia:{game.channel_id}:{number}:"
    msg = await fake.wait_for_message(channel, lambda m: any(str(c.get("custom_id", "")).startswith(prefix)
                                                             for c in iter_components(m.get("components") or [])))
    right = game.options.index(next(o for o in game.options if o in game.current.answers))
    return game, msg, right


async def test_host_paced_game_the_host_reveals_and_players_change_their_minds(night):
    fake, bot, db, host = night
    alice, bob = fake.make_user("alice"), fake.make_user("bob")
    rec = await fake.slash("trivia start", {"mode": "buttons", "questions": 2, "films": "her", "pace": "host"}, user=host, channel="trivia")
    (started,) = await rec.wait_followups(1)
    assert "/trivia next" in str(started["embeds"]) and "change your mind" in str(started["embeds"])

    game, msg, right = await question(fake, bot, 1)
    assert "the host reveals" in embeds(fake)[-1]["footer"]["text"]
    wrong = (right + 1) % 4
    click = await fake.click(msg, f"trivia:{game.channel_id}:1:{wrong}", user=alice)
    assert "Locked in" in click.content
    click = await fake.click(msg, f"trivia:{game.channel_id}:1:{right}", user=alice)
    assert click.content == f"Changed to **{'ABCD'[right]}**."
    await fake.click(msg, f"trivia:{game.channel_id}:1:{right}", user=bob)
    assert reveals(fake) == [] and game.number == 1  # no timer: the question waits for the host

    rec = await fake.slash("trivia next", {}, user=host, channel="trivia")
    assert rec.ephemeral and "Revealed" in str(rec.embeds)
    await fake.wait_for(lambda: len(reveals(fake)) == 1, what="the host's reveal")
    first = reveals(fake)[0]["description"]
    assert f"<@{alice.user.id}> (+1,000)" in first and f"<@{bob.user.id}> (+1,000)" in first  # no speed race
    assert "`/trivia next` for the next question" in first
    late = await fake.click(msg, f"trivia:{game.channel_id}:1:{right}", user=fake.make_user("carol"))
    assert "Too late" in late.content

    await fake.slash("trivia next", {}, user=host, channel="trivia")
    game, msg, right = await question(fake, bot, 2)
    await fake.click(msg, f"trivia:{game.channel_id}:2:{right}", user=bob)
    await fake.click(msg, f"trivia:{game.channel_id}:2:{(right + 1) % 4}", user=alice)
    await fake.slash("trivia next", {}, user=host, channel="trivia")
    await fake.wait_for(lambda: any(e.get("title") == "Trivia over" for e in embeds(fake)), what="the podium")
    final = next(e for e in embeds(fake) if e.get("title") == "Trivia over")["description"]
    lines = final.splitlines()
    assert lines[0] == f"🏆 Winner: <@{bob.user.id}>"
    assert lines[1].startswith(f"🥇 <@{bob.user.id}> — 2,") and "2/2 right (100%)" in lines[1] and "fastest" in lines[1]
    assert lines[2].startswith(f"🥈 <@{alice.user.id}> — 1,") and "1/2 right (50%)" in lines[2]


async def test_teams_pick_play_and_win_and_a_question_ends_when_everyone_answered(night):
    fake, bot, db, host = night
    alice, bob, carol = fake.make_user("alice"), fake.make_user("bob"), fake.make_user("carol")
    rec = await fake.slash("trivia start", {"mode": "buttons", "questions": 2, "films": "her", "time": 120,
                                            "teams": "Owls, Foxes"}, user=host, channel="trivia")
    (started,) = await rec.wait_followups(1)
    assert "**Owls**, **Foxes**" in str(started["embeds"])
    picker = await fake.wait_for_message("trivia", lambda m: any(str(c.get("custom_id", "")).startswith("trivia-team:")
                                                                 for c in iter_components(m.get("components") or [])))
    assert "Pick your team" in str(picker["embeds"]) and "20 s" in str(picker["embeds"])
    channel_id = fake.resolve_channel("trivia").id
    joined = await fake.click(picker, f"trivia-team:{channel_id}:0", user=alice)
    assert joined.ephemeral and "You're on **Owls**" in joined.content
    await fake.click(picker, f"trivia-team:{channel_id}:1", user=bob)
    await fake.click(picker, f"trivia-team:{channel_id}:0", user=carol)
    await fake.slash("trivia skip", {}, user=host, channel="trivia")  # everyone is in: no need to wait out the lobby

    game, msg, right = await question(fake, bot, 1)
    for player, option in ((alice, right), (bob, (right + 1) % 4)):
        await fake.click(msg, f"trivia:{game.channel_id}:1:{option}", user=player)
    assert reveals(fake) == []  # Carol hasn't answered
    await fake.click(msg, f"trivia:{game.channel_id}:1:{right}", user=carol)
    await fake.wait_for(lambda: len(reveals(fake)) == 1, timeout=5, what="a reveal long before the 120 s timer")
    first = reveals(fake)[0]["description"]
    assert "Everyone has answered." in first
    assert re.search(r"Teams: \*\*Owls\*\* 1,\d{3} · \*\*Foxes\*\* 0|Teams: \*\*Owls\*\* 2,000 · \*\*Foxes\*\* 0", first)
    switch = await fake.click(picker, f"trivia-team:{channel_id}:1", user=alice)
    assert "you stay with them" in switch.content

    game, msg, right = await question(fake, bot, 2)
    for player in (alice, bob, carol):
        await fake.click(msg, f"trivia:{game.channel_id}:2:{right}", user=player)
    await fake.wait_for(lambda: any(e.get("title") == "Trivia over" for e in embeds(fake)), what="the end")
    final = next(e for e in embeds(fake) if e.get("title") == "Trivia over")["description"]
    assert final.startswith("🏆 **Owls** win the night!")
    assert "1. **Owls** — " in final and f"<@{alice.user.id}>, <@{carol.user.id}>" in final
    assert "2. **Foxes** — " in final and "1/2 right (50%)" in final and "· Foxes" in final
    assert "🥇" in final and "fastest" in final
    with sqlite3.connect(db) as c:  # the players' points are saved as usual
        saved = dict(c.execute("SELECT user_id, correct FROM trivia_scores").fetchall())
    assert saved == {alice.user.id: 2, bob.user.id: 1, carol.user.id: 2}
