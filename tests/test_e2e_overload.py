"""The bot when it is behind, through the fake Discord: every interaction is answered, told
"busy" or (when even that would be late) left alone — never a traceback — another server is
still served, autocomplete offers fewer choices rather than none, and adding a large article
does not hold up anyone else."""

from __future__ import annotations

import asyncio
import io
import logging
from pathlib import Path

import pytest_asyncio

from bot.admission import BUSY_TEXT, FairGate
from bot.config import Settings
from bot.discord_bot import FilmBot
from bot.logs import QueueLogging

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


@pytest_asyncio.fixture
async def running(fake_discord, seeded_copy):
    quiet = fake_discord.add_guild("Quiet Server", channels=("quiet",))
    settings = Settings(token=fake_discord.token, db_path=str(seeded_copy), dev_guild_id=fake_discord.guild.id)
    bot = FilmBot(settings, guild_ready_timeout=0.05)
    async with fake_discord.run_bot(bot):
        # The bot syncs its commands to one server; the quiet one sees the same commands.
        fake_discord.commands[quiet.id] = dict(fake_discord.commands[fake_discord.guild.id])
        yield fake_discord, bot, quiet


class aged:
    """Interactions created *seconds* before they are dispatched: as if they had waited that long
    to reach a bot that fell behind (Discord stamps the time in the interaction's id)."""

    def __init__(self, fake, seconds: float) -> None:
        self.fake, self.shift = fake, int(seconds * 1000) << 22

    def __enter__(self) -> None:
        self.real = real = self.fake.new_id
        self.fake.new_id = lambda: real() - self.shift

    def __exit__(self, *exc) -> None:
        self.fake.new_id = self.real


def a_title(bot) -> str:
    return sorted(f.title for f in bot.library.films)[0]


async def test_a_flood_from_one_server_is_answered_or_told_busy_and_another_server_is_still_served(running):
    fake, bot, quiet = running
    bot.admission.gate = FairGate(slots=2, per_key=5)  # a small bot: two at work, five waiting per server
    title = a_title(bot)
    flood = [await fake.slash("film", {"film": title}, user=fake.make_user(f"u{i}"), wait=False) for i in range(40)]
    other = await fake.slash("film", {"film": title}, user=fake.make_user("q", guild=quiet), channel="quiet", wait=False)
    for rec in [*flood, other]:
        await rec.wait_response(timeout=5)
    busy = [r for r in flood if r.content == BUSY_TEXT]
    answered = [r for r in flood if r.content != BUSY_TEXT]
    assert busy and answered  # the bot bent: some answers, the rest told to try again
    assert all(r.response_time < 3.0 for r in flood)
    assert all(r.flags & 64 for r in busy)  # "busy" is ephemeral
    assert title in other.embeds[0]["title"]  # the other server got its answer, not "busy"


async def test_an_interaction_that_waited_too_long_is_told_busy_or_left_alone(running):
    fake, bot, _ = running
    with aged(fake, 2.0):
        late = await fake.slash("film", {"film": a_title(bot)}, user=fake.make_user("late"))
    assert late.content == BUSY_TEXT and late.flags & 64
    with aged(fake, 2.8):
        hopeless = await fake.slash("film", {"film": a_title(bot)}, user=fake.make_user("gone"), wait=False)
    await asyncio.sleep(0.5)
    assert not hopeless.responded  # a reply now would arrive after Discord gave up: none is sent
    assert not fake.interaction_errors and not fake.discord_errors


async def test_autocomplete_under_pressure_offers_fewer_choices_rather_than_none(running):
    fake, bot, _ = running
    typed = a_title(bot)[:3].lower()
    full = await fake.autocomplete("film", focused="film", value=typed)
    with aged(fake, 0.6):  # keystrokes arriving late: the bot is behind
        short = await fake.autocomplete("film", focused="film", value=typed)
    assert short and len(short) <= len(full)
    assert all(typed in c["name"].lower() for c in short)  # the short path: titles beginning with what was typed
    with aged(fake, 2.8):
        rec = await fake.autocomplete_record("film", focused="film", value=typed, wait=False)
    await asyncio.sleep(0.5)
    assert not rec.responded


async def test_a_reply_discord_refuses_is_one_log_line_not_a_traceback(running):
    fake, bot, _ = running
    out = io.StringIO()
    ql = QueueLogging(out)
    logging.getLogger().addHandler(ql.handler)
    try:
        for i in range(5):
            fake.fail_next("POST", "/interactions/*/callback", status=404, body={"code": 10062, "message": "Unknown interaction"})
            rec = await fake.slash("film", {"film": a_title(bot)}, user=fake.make_user(f"x{i}"), wait=False)
            await asyncio.sleep(0.3)
            assert not rec.responded
    finally:
        logging.getLogger().removeHandler(ql.handler)
        ql.close()
    text = out.getvalue()
    assert text.count("expired before it was answered") == 1, text
    assert "Traceback" not in text
    fake.strict = False  # the refused callbacks were on purpose


async def test_adding_a_large_article_does_not_hold_up_other_members(running):
    fake, bot, _ = running
    mod = fake.make_user("mod", permissions=0x20)  # Manage Server
    big = max(ARTICLES.glob("*.txt"), key=lambda p: p.stat().st_size).read_text(encoding="utf-8")
    head, _, body = big.partition("\n")
    data = ("Large Test Picture (film)\nLarge Test Picture is a film.\n" + "\n".join([body] * 4)).encode()
    add = await fake.slash("filmadmin add", {"file": fake.make_attachment("large.txt", data)}, user=mod)
    meanwhile = await fake.slash("film", {"film": a_title(bot)}, user=fake.make_user("member"))
    assert a_title(bot) in meanwhile.embeds[0]["title"]
    assert not add.followup_ids  # still being read in the worker process while the member was answered
    done = await add.wait_followups(1, timeout=120)
    assert done[0]["embeds"][0]["title"] == "Film added"
    found = await fake.slash("film", {"film": "Large Test Picture"}, user=fake.make_user("after"))
    assert "Large Test Picture" in found.embeds[0]["title"]
