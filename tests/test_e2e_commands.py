"""Every film command end to end: the real bot, real discord.py, our fake Discord on 127.0.0.1."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
import pytest_asyncio
from aiohttp import web

from bot.config import Settings
from bot.discord_bot import FilmBot
from tests.fakediscord import Perm

RUSH_1991 = (
    "Rush (1991 film)\n"
    "Rush is a 1991 American crime drama film directed by Lili Fini Zanuck. "
    "It stars Jason Patric and Jennifer Jason Leigh.\n"
    "Plot\nTwo narcotics officers go undercover.\n"
)


def film_count(path) -> int:
    with sqlite3.connect(path) as c:
        return c.execute("SELECT count(*) FROM films").fetchone()[0]


@pytest_asyncio.fixture
async def running(fake_discord, seeded_copy):
    """The bot on a copy of the seeded database, commands synced to the fake's guild."""
    settings = Settings(token=fake_discord.token, db_path=str(seeded_copy), dev_guild_id=fake_discord.guild.id)
    bot = FilmBot(settings, guild_ready_timeout=0.05)
    async with fake_discord.run_bot(bot):
        yield fake_discord, bot, seeded_copy


def text_of(rec) -> str:
    parts = [rec.content or ""]
    for e in rec.embeds:
        parts += [e.get("title", ""), e.get("description", "")]
        parts += [f["name"] + " " + f["value"] for f in e.get("fields", [])]
    return "\n".join(parts)


def assert_safe(rec) -> None:
    """No reply may ping anyone, and it must have come within Discord's 3 seconds."""
    assert rec.allowed_mentions == {"parse": []} or rec.allowed_mentions.get("parse") == []
    assert rec.response_time is not None and rec.response_time < 3.0


async def test_commands_are_registered_to_the_dev_guild_only(running):
    fake, bot, _ = running
    names = {c["name"] for c in fake.registered_commands(fake.guild.id)}
    assert {"film", "boxoffice", "release", "cast", "awards", "plot", "reviews", "films", "filmadmin", "sync"} <= names
    assert fake.registered_commands("global") == []


async def test_film_overview(running):
    fake, _, _ = running
    rec = await fake.slash("film", {"film": "her"}, user=fake.make_user("alice"))
    assert_safe(rec)
    e = rec.embeds[0]
    assert e["title"] == "Her (2013)"
    body = text_of(rec)
    assert "Spike Jonze" in body and "Joaquin Phoenix" in body
    assert "94%" in body and "B−" in body
    assert "Source:" in e["footer"]["text"]
    assert not rec.ephemeral


async def test_cast_character_and_actor(running):
    fake, _, _ = running
    alice = fake.make_user("alice")
    rec = await fake.slash("cast", {"film": "her", "character": "samantha"}, user=alice)
    assert_safe(rec)
    assert "Scarlett Johansson" in text_of(rec)
    rec = await fake.slash("cast", {"film": "Her (2013)", "actor": "phoenix"}, user=alice)
    assert "Theodore Twombly" in text_of(rec)
    rec = await fake.slash("cast", {"film": "her"}, user=alice)
    body = text_of(rec)
    assert "Amy Adams" in body and "Casting history" in body


async def test_awards_reviews_boxoffice_release_plot(running):
    fake, _, _ = running
    bob = fake.make_user("bob")
    rec = await fake.slash("awards", {"film": "her", "outcome": "nominated"}, user=bob)
    assert "Best Picture" in text_of(rec)
    rec = await fake.slash("awards", {"film": "her", "ceremony": "golden globes"}, user=bob)
    body = text_of(rec)
    assert "Golden Globe" in body and "Saturn" not in body
    rec = await fake.slash("reviews", {"film": "her", "publication": "rolling stone"}, user=bob)
    body = text_of(rec)
    assert "Peter Travers" in body and "3.5/4" in body and "Corliss" not in body
    rec = await fake.slash("boxoffice", {"film": "her"}, user=bob)
    body = text_of(rec)
    assert "$47.4 million" in body and "over $48 million" in body  # conflicting figures side by side
    rec = await fake.slash("release", {"film": "her"}, user=bob)
    assert "New York Film Festival" in text_of(rec)
    rec = await fake.slash("plot", {"film": "her"}, user=bob)
    assert rec.embeds[0]["description"].startswith("||")
    rec = await fake.slash("plot", {"film": "her", "character": "catherine"}, user=bob)
    assert "Catherine" in text_of(rec)


async def test_autocomplete_is_ranked_and_capped(running):
    fake, _, _ = running
    alice = fake.make_user("alice")
    choices = await fake.autocomplete("cast", {}, focused="film", value="incredbles", user=alice)
    assert 0 < len(choices) <= 25
    assert choices[0]["name"] == "The Incredibles (2004)"
    choices = await fake.autocomplete("cast", {"film": "her"}, focused="character", value="sam", user=alice)
    assert choices and choices[0]["name"] == "Samantha"
    choices = await fake.autocomplete("reviews", {"film": "her"}, focused="critic", value="traver", user=alice)
    assert choices[0]["name"] == "Peter Travers"
    choices = await fake.autocomplete("awards", {"film": "her"}, focused="ceremony", value="acad", user=alice)
    assert "Academy Awards" in choices[0]["name"]


async def test_paged_reply_only_the_caller_turns_pages(running):
    fake, _, _ = running
    alice, bob = fake.make_user("alice"), fake.make_user("bob")
    rec = await fake.slash("plot", {"film": "spirited away", "length": "full"}, user=alice)
    footer = rec.embeds[0]["footer"]["text"]
    assert footer.startswith("Page 1/")
    first = rec.embeds[0]["description"]
    other = await fake.click(rec, "filmbot:page:next", user=bob)
    assert other.ephemeral and "belong" in (other.content or "")
    turned = await fake.click(rec, "filmbot:page:next", user=alice)
    assert turned.callback_type == 7  # message updated in place
    assert turned.callback_data["embeds"][0]["description"] != first
    assert turned.callback_data["embeds"][0]["footer"]["text"].startswith("Page 2/")


async def test_same_title_answers_the_likely_film_and_names_the_other(fake_discord, seeded_copy, tmp_path):
    from bot.database import connect
    from bot.ingest import ingest_bytes

    conn = await connect(seeded_copy)
    await ingest_bytes(conn, RUSH_1991.encode(), source="rush-1991.txt")
    await conn.close()
    settings = Settings(token=fake_discord.token, db_path=str(seeded_copy), dev_guild_id=fake_discord.guild.id)
    async with fake_discord.run_bot(FilmBot(settings, guild_ready_timeout=0.05)):
        alice = fake_discord.make_user("alice")
        # No year: the better-documented Rush answers, and the other is named in one line with a button.
        rec = await fake_discord.slash("film", {"film": "rush"}, user=alice)
        assert not rec.ephemeral and rec.embeds[0]["title"] == "Rush (2013)"
        assert "Also: Rush (1991)" in text_of(rec)
        buttons = [c for row in rec.components for c in row["components"]]
        assert [b["label"] for b in buttons] == ["Rush (1991)"]
        click = await fake_discord.click(rec, buttons[0]["custom_id"], user=alice)
        assert click.callback_type == 7  # the answer switches in place
        switched = click.callback_data["embeds"][0]
        assert switched["title"] == "Rush (1991)" and "Lili Fini Zanuck" in str(switched)
        # With the year the title is not ambiguous.
        rec = await fake_discord.slash("film", {"film": "rush 2013"}, user=alice)
        assert rec.embeds[0]["title"] == "Rush (2013)" and "Also" not in text_of(rec)
        rec = await fake_discord.slash("film", {"film": "Rush (1991)"}, user=alice)
        assert rec.embeds[0]["title"] == "Rush (1991)"


async def test_unknown_film_is_an_ephemeral_hint(running):
    fake, _, _ = running
    rec = await fake.slash("film", {"film": "qqqqzzzz"}, user=fake.make_user("b"))
    assert rec.ephemeral and "don't know" in text_of(rec)
    # A near miss names the closest titles.
    rec = await fake.slash("film", {"film": "taxi drivr xyz"}, user=fake.make_user("a"))
    assert "Taxi Driver" in text_of(rec)


async def test_film_less_use_remembers_the_channel_film(running):
    fake, _, _ = running
    alice = fake.make_user("alice")
    await fake.slash("film", {"film": "taxi driver"}, user=alice, channel="general")
    rec = await fake.slash("cast", {}, user=alice, channel="general")
    assert "Taxi Driver" in rec.embeds[0]["title"]
    rec = await fake.slash("cast", {}, user=alice, channel="trivia")
    assert rec.ephemeral and "Which film" in text_of(rec)


async def test_hostile_input_never_pings_and_stays_in_limits(running):
    fake, _, _ = running
    alice = fake.make_user("alice")
    for value in ["@everyone", "**bold** `code` ||x||", "'; DROP TABLE films; --", "\u202eevil", "x" * 99]:
        rec = await fake.slash("film", {"film": value}, user=alice)
        assert_safe(rec)
        assert "@everyone" not in text_of(rec).replace("@\u2060everyone", "")
    rec = await fake.slash("cast", {"film": "her", "character": "@here" + "a" * 90}, user=alice)
    assert_safe(rec)


async def test_moderator_commands_and_permission_denial(running, tmp_path):
    fake, bot, db = running
    mod = fake.make_user("mod", permissions=Perm.MANAGE_GUILD)
    member = fake.make_user("member")
    before = film_count(db)
    # Declared default permissions: a member does not even see /filmadmin …
    cmd = fake.get_command("filmadmin")
    assert int(cmd["default_member_permissions"]) & Perm.MANAGE_GUILD
    # … and if a server overrides that, the bot checks again itself.
    rec = await fake.slash("filmadmin remove", {"film": "her"}, user=member, check_permissions=False)
    assert rec.ephemeral and "Manage Server" in text_of(rec)
    assert film_count(db) == before
    rec = await fake.slash("filmadmin add", {"file": fake.make_attachment("rush-1991.txt", RUSH_1991)}, user=member, check_permissions=False)
    assert rec.ephemeral and film_count(db) == before
    # A moderator adds a film from an attachment, lists, and removes it.
    rec = await fake.slash("filmadmin add", {"file": fake.make_attachment("rush-1991.txt", RUSH_1991)}, user=mod)
    # The first article starts the worker process: a second of imports, several on a busy machine.
    await rec.wait_followups(1, timeout=30)
    assert film_count(db) == before + 1
    assert "Film added" in str(rec.followups[0])
    rec = await fake.slash("filmadmin add", {"file": fake.make_attachment("junk.txt", b"\x00\x01binary")}, user=mod)
    await rec.wait_followups(1)
    assert "binary" in str(rec.followups[0]) and film_count(db) == before + 1
    rec = await fake.slash("filmadmin list", {}, user=mod)
    assert rec.ephemeral and "Rush (1991)" in text_of(rec)
    rec = await fake.slash("filmadmin remove", {"film": "rush 1991"}, user=mod)
    assert rec.ephemeral and "Rush (1991)" in text_of(rec) and film_count(db) == before + 1  # asks first
    done = await fake.click(rec, "filmbot:confirm:yes", user=mod)
    await done.wait_event("edit_original")
    assert "removed" in done.text
    assert film_count(db) == before


async def test_filmadmin_add_from_a_wikipedia_title(running, monkeypatch):
    fake, bot, db = running
    seen = {}

    async def api(request: web.Request) -> web.Response:
        seen.update(request.query)
        page = {"pageid": 1, "ns": 0, "title": "Rush (1991 film)", "extract": RUSH_1991.split("\n", 1)[1]}
        return web.json_response({"batchcomplete": True, "query": {"pages": [page]}})

    app = web.Application()
    app.router.add_get("/w/api.php", api)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    monkeypatch.setenv("WIKIPEDIA_API", f"http://127.0.0.1:{port}/w/api.php")
    try:
        mod = fake.make_user("mod", permissions=Perm.MANAGE_GUILD)
        before = film_count(db)
        rec = await fake.slash("filmadmin add", {"wikipedia": "Rush (1991 film)"}, user=mod)
        await rec.wait_followups(1)
        assert "Film added" in str(rec.followups[0])
        assert seen["explaintext"] == "1" and seen["titles"] == "Rush (1991 film)"
        assert film_count(db) == before + 1
    finally:
        await runner.cleanup()


async def test_slow_handler_is_deferred_within_three_seconds(running, monkeypatch):
    fake, bot, _ = running
    real = bot.handlers.film

    async def slow(ctx, film=None):
        await asyncio.sleep(2.4)
        return await real(ctx, film)

    monkeypatch.setattr(bot.handlers, "film", slow)
    rec = await fake.slash("film", {"film": "her"}, user=fake.make_user("alice"), timeout=8)
    assert rec.callback_type == 5 and rec.response_time < 3.0
    await rec.wait_followups(1)
    assert "Her (2013)" in str(rec.followups[0])


async def test_sync_is_owner_only(running):
    fake, _, _ = running
    rec = await fake.slash("sync", {}, user=fake.make_user("stranger"))
    assert rec.ephemeral and "owner" in text_of(rec)


@pytest.mark.parametrize("command", ["films"])
async def test_films_list(running, command):
    fake, _, _ = running
    rec = await fake.slash(command, {}, user=fake.make_user("alice"))
    assert "Her (2013)" in text_of(rec)


async def test_spamming_a_command_hits_a_friendly_cooldown(running):
    fake, _, _ = running
    spammer = fake.make_user("spammer")
    replies = [await fake.slash("film", {"film": "her"}, user=spammer) for _ in range(10)]
    refused = [r for r in replies if r.ephemeral and "try again in" in text_of(r)]
    assert refused and all(r.response_time < 3.0 for r in replies)
    # Someone else in the same channel is not punished for it.
    rec = await fake.slash("film", {"film": "her"}, user=fake.make_user("polite"))
    assert not rec.ephemeral


async def test_ask_and_person(running):
    fake, _, _ = running
    alice = fake.make_user("alice")
    rec = await fake.slash("ask", {"question": "who played samantha in her"}, user=alice)
    assert_safe(rec)
    assert "Scarlett Johansson" in text_of(rec)
    assert "Source:" in rec.embeds[0]["footer"]["text"]
    rec = await fake.slash("ask", {"question": "did it win best picture?"}, user=alice)  # the channel's film
    assert "nominated" in text_of(rec).lower()
    rec = await fake.slash("ask", {"question": "what is the runtime of her"}, user=alice)
    assert "doesn't say" in text_of(rec) or "does not say" in text_of(rec)
    rec = await fake.slash("person", {"name": "scorsese"}, user=alice)
    assert "Taxi Driver" in text_of(rec)
