"""``/filmadmin add wikipedia:`` / ``category:`` / ``list:`` end to end: the real bot and discord.py
against our fake Discord, fetching from the fake MediaWiki API (tests/fakewiki.py) that serves
real wikitext."""

from __future__ import annotations

import sqlite3

import pytest_asyncio

from bot.config import Settings
from bot.discord_bot import FilmBot
from tests.conftest import ROOT
from tests.fakediscord import Perm
from tests.fakewiki import FakeWiki

LOCAL = ROOT / "tests" / "fixtures" / "wikitext"


def titles(path) -> set[str]:
    with sqlite3.connect(path) as c:
        return {r[0] for r in c.execute("SELECT page_title FROM films")}


@pytest_asyncio.fixture
async def running(fake_discord, seeded_copy, monkeypatch):
    wiki = FakeWiki([LOCAL])
    wiki.redirects["Rocky (1976 film)"] = "Rocky"
    wiki.redirects["Original Sin (film)"] = "Original Sin (2001 film)"
    monkeypatch.setenv("WIKIPEDIA_API", await wiki.start())
    settings = Settings(token=fake_discord.token, db_path=str(seeded_copy), dev_guild_id=fake_discord.guild.id)
    bot = FilmBot(settings, guild_ready_timeout=0.05)
    try:
        async with fake_discord.run_bot(bot):
            yield fake_discord, wiki, seeded_copy
    finally:
        await wiki.stop()


async def test_add_a_page_by_title_with_its_infobox(running):
    fake, wiki, db = running
    mod = fake.make_user("mod", permissions=Perm.MANAGE_GUILD)
    rec = await fake.slash("filmadmin add", {"wikipedia": "Original Sin (film)"}, user=mod)
    await rec.wait_followups(1)
    assert "Film added" in rec.text and "redirected from" in rec.text and "CC BY-SA" in rec.text
    assert "Original Sin (2001 film)" in titles(db)
    rec = await fake.slash("film", {"film": "original sin 2001"}, user=fake.make_user("alice"))
    await rec.wait_response()
    assert "Michael Cristofer" in rec.text
    # A seed film fetched from Wikipedia: the fuller wikitext article replaces it, not doubled.
    rec = await fake.slash("filmadmin add", {"wikipedia": "Rocky (1976 film)"}, user=mod)
    await rec.wait_followups(1)
    assert "Film updated" in rec.text and "Rocky (1976)" in rec.text
    rec = await fake.slash("filmadmin add", {"wikipedia": "Werner Herzog"}, user=mod)
    await rec.wait_followups(1)
    assert "not a film article" in rec.text


async def test_add_a_small_category_with_a_summary(running):
    fake, wiki, db = running
    wiki.categories["Category:Test films"] = ["Original Sin (2001 film)", "The Incredibles", "Werner Herzog"]
    mod = fake.make_user("mod", permissions=Perm.MANAGE_GUILD)
    rec = await fake.slash("filmadmin add", {"category": "Test films"}, user=mod)
    await fake.wait_for(lambda: "Import finished" in rec.text, timeout=60, what="the import summary")
    # The Incredibles is a seed: updated, not doubled.
    assert "**1** added" in rec.text and "**1** updated" in rec.text and "**1** skipped" in rec.text and rec.ephemeral
    assert {"The Incredibles", "Original Sin (2001 film)"} <= titles(db)


async def test_a_large_category_asks_first(running):
    fake, wiki, db = running
    wiki.categories["Category:Many"] = [f"Missing film {i}" for i in range(30)] + ["Original Sin (2001 film)"]
    mod = fake.make_user("mod", permissions=Perm.MANAGE_GUILD)
    rec = await fake.slash("filmadmin add", {"category": "Many"}, user=mod)
    await rec.wait_followups(1)
    assert "31" in rec.text and "Original Sin (2001 film)" not in titles(db)  # asks before doing anything
    done = await fake.click(rec, "filmbot:confirm:yes", user=mod)
    await fake.wait_for(lambda: "Import finished" in done.text, timeout=60, what="the import summary")
    assert "Import finished" in done.text and "**1** added" in done.text and "**30** skipped" in done.text
    assert "Original Sin (2001 film)" in titles(db)


async def test_only_moderators_add_and_wikipedia_down_is_one_line(running, monkeypatch):
    fake, wiki, db = running
    monkeypatch.setattr("bot.wikipedia.BACKOFF", 0.05)  # the retries, without their real seconds of waiting
    rec = await fake.slash("filmadmin add", {"category": "Test films"}, user=fake.make_user("bob"), check_permissions=False)
    assert rec.ephemeral and "Manage Server" in rec.text
    wiki.mode = "503"
    mod = fake.make_user("mod", permissions=Perm.MANAGE_GUILD)
    rec = await fake.slash("filmadmin add", {"wikipedia": "Rocky"}, user=mod, timeout=30)
    await rec.wait_followups(1, timeout=30)
    assert "HTTP 503" in rec.text and "Traceback" not in rec.text
