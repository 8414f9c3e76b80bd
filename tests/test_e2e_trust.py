"""Answers a moderator can read out: never another film's card, never the nearest other person,
and nothing deleted without its user's explicit yes. Through the real bot on our fake Discord,
and through the offline console, with only seeds/ loaded."""

from __future__ import annotations

import io
import itertools
import sqlite3

import pytest_asyncio

from bot.config import Settings
from bot.discord_bot import FilmBot
from tests.fakediscord import Perm

SEED_TITLES = {
    "BlacKkKlansman (2018)", "Her (2013)", "Rocky (1976)", "Roman Holiday (1953)", "Rush (2013)",
    "Spirited Away (2001)", "Taxi Driver (1976)", "The Incredibles (2004)",
}
# Titles of films that are not loaded, each close (by a word, a sequel number or some letters) to one that is.
NEAR_MISSES = [
    "the godfather", "mother", "weather", "together", "her majesty", "rocky ii", "rocky balboa", "rocketman",
    "incredibles 2", "rushmore", "rush hour", "titanic", "out of africa", "army of one", "rocky part two",
    "the incredibles 3", "spirited", "roman", "taxi", "blackkklansman 2", "her 1950",
]
TYPOS = {
    "taxi drivr": "Taxi Driver (1976)", "the incredibels": "The Incredibles (2004)",
    "spirted away": "Spirited Away (2001)", "blackkklansmen": "BlacKkKlansman (2018)",
    "roman holliday": "Roman Holiday (1953)", "rokcy": "Rocky (1976)", "incredibles": "The Incredibles (2004)",
    "Her (2013)": "Her (2013)", "HER": "Her (2013)", "rush 2013": "Rush (2013)", "black kk klansman": "BlacKkKlansman (2018)",
}
_users = itertools.count()


def film_count(path) -> int:
    with sqlite3.connect(path) as c:
        return c.execute("SELECT count(*) FROM films").fetchone()[0]


def has_film(path, title: str) -> bool:
    with sqlite3.connect(path) as c:
        return c.execute("SELECT 1 FROM films WHERE title = ?", (title,)).fetchone() is not None


def text_of(rec) -> str:
    parts = [rec.content or ""]
    for e in rec.embeds:
        parts += [e.get("title", ""), e.get("description", "")]
        parts += [f["name"] + " " + f["value"] for f in e.get("fields", [])]
    return "\n".join(parts)


def buttons(rec) -> list[dict]:
    return [c for row in rec.components for c in row["components"]]


def assert_safe(rec) -> None:
    assert rec.allowed_mentions == {"parse": []} or rec.allowed_mentions.get("parse") == []


def user(fake, **kw):
    """A fresh user per command: the per-user cooldown must not shape these tests."""
    return fake.make_user(f"u{next(_users)}", **kw)


@pytest_asyncio.fixture
async def running(fake_discord, seeded_copy):
    settings = Settings(token=fake_discord.token, db_path=str(seeded_copy), dev_guild_id=fake_discord.guild.id)
    bot = FilmBot(settings, guild_ready_timeout=0.05)
    async with fake_discord.run_bot(bot):
        yield fake_discord, bot, seeded_copy


# --- titles ------------------------------------------------------------------------------------------
async def test_near_miss_titles_never_answer_with_another_films_card(running):
    fake, _, _ = running
    for title in NEAR_MISSES:
        rec = await fake.slash("film", {"film": title}, user=user(fake))
        assert_safe(rec)
        assert rec.ephemeral, title  # a question back or "not found", never a public card
        assert rec.embeds[0]["title"] not in SEED_TITLES, (title, rec.embeds[0]["title"])
        body = text_of(rec)
        assert "Did you mean" in body or "don't know" in body, (title, body)


async def test_not_found_names_only_genuinely_close_titles(running):
    fake, _, _ = running
    cases = {
        "titanic": [], "the godfather": [], "her majesty": [], "rush hour": [], "mother": [],
        "rocky ii": ["Rocky (1976)"], "incredibles 2": ["The Incredibles (2004)"],
    }
    for title, named in cases.items():
        rec = await fake.slash("film", {"film": title}, user=user(fake))
        body = text_of(rec)
        mentioned = sorted(t for t in SEED_TITLES if t in body)
        assert mentioned == named, (title, body)
        assert not buttons(rec), title  # a sequel that is not loaded is named, not offered


async def test_every_typod_seed_title_resolves(running):
    fake, _, _ = running
    for typed, want in TYPOS.items():
        rec = await fake.slash("film", {"film": typed}, user=user(fake))
        assert_safe(rec)
        assert not rec.ephemeral and rec.embeds[0]["title"] == want, (typed, text_of(rec))


async def test_sequels_differ_from_the_first_film(running):
    fake, _, _ = running
    for typed in ("rocky ii", "rocky 2", "rocky part two", "incredibles 2", "the incredibles part 2"):
        rec = await fake.slash("cast", {"film": typed}, user=user(fake))
        assert rec.ephemeral and "Film not found" in rec.embeds[0]["title"], typed


async def test_a_close_title_is_offered_and_answered_only_when_chosen(running):
    fake, _, _ = running
    alice, bob = user(fake), user(fake)
    rec = await fake.slash("film", {"film": "taxi"}, user=alice)
    assert rec.ephemeral and "Did you mean" in text_of(rec) and "Taxi Driver (1976)" in text_of(rec)
    [choice] = buttons(rec)
    assert choice["label"] == "Taxi Driver (1976)"
    other = await fake.click(rec, choice["custom_id"], user=bob)
    assert other.ephemeral and "belong" in (other.content or "")
    click = await fake.click(rec, choice["custom_id"], user=alice)
    [card] = await click.wait_followups(1)
    assert card["embeds"][0]["title"] == "Taxi Driver (1976)"


# --- names -------------------------------------------------------------------------------------------
async def test_unknown_names_are_not_in_the_article(running):
    fake, _, _ = running
    cases = [
        ("cast", {"film": "her", "actor": "nobody famous"}, "doesn't list", ["Amy Adams", "Joaquin Phoenix"]),
        ("cast", {"film": "her", "character": "the terminator"}, "doesn't say who played", ["was played by"]),
        ("reviews", {"film": "her", "critic": "ebert"}, "doesn't quote a critic", ["Roeper", "Travers"]),
        ("reviews", {"film": "her", "publication": "the daily planet"}, "doesn't quote", ["Rolling Stone"]),
        ("plot", {"film": "her", "character": "gandalf"}, "doesn't mention", ["||"]),
        ("person", {"name": "nobody famous"}, "No film I know credits", ["Acted in", "Directed"]),
    ]
    for command, options, says, never in cases:
        rec = await fake.slash(command, options, user=user(fake))
        assert_safe(rec)
        body = text_of(rec)
        assert rec.ephemeral and says in body, (command, options, body)
        for word in never:
            assert word not in body.split("\n", 2)[-1], (command, options, body)


async def test_names_with_particles_and_surnames_alone(running):
    fake, _, _ = running
    for name, film in [("de niro", "Taxi Driver"), ("niro", "Taxi Driver"), ("van hoytema", "Her"),
                       ("hoytema", "Her"), ("scorsese", "Taxi Driver")]:
        rec = await fake.slash("person", {"name": name}, user=user(fake))
        assert not rec.ephemeral and film in text_of(rec), (name, text_of(rec))
    rec = await fake.slash("cast", {"film": "her", "actor": "phoenix"}, user=user(fake))
    assert "Theodore Twombly" in text_of(rec)
    rec = await fake.slash("reviews", {"film": "her", "critic": "travers"}, user=user(fake))
    assert "Peter Travers" in text_of(rec)


# --- removing a film ---------------------------------------------------------------------------------
async def test_remove_names_what_goes_and_deletes_only_after_its_users_yes(running):
    fake, _, db = running
    mod, other_mod = user(fake, permissions=Perm.MANAGE_GUILD), user(fake, permissions=Perm.MANAGE_GUILD)
    before = film_count(db)
    rec = await fake.slash("filmadmin remove", {"film": "her"}, user=mod)
    assert_safe(rec)
    body = text_of(rec)
    assert rec.ephemeral and "Her (2013)" in body and "91 facts" in body  # (the seed's facts, its top-ten list's award too)
    assert {b["custom_id"] for b in buttons(rec)} == {"filmbot:confirm:yes", "filmbot:confirm:no"}
    assert film_count(db) == before  # asking deletes nothing
    # Someone else pressing the button does nothing, even a moderator.
    refused = await fake.click(rec, "filmbot:confirm:yes", user=other_mod)
    assert refused.ephemeral and "belong" in (refused.content or "")
    assert film_count(db) == before and has_film(db, "Her")
    done = await fake.click(rec, "filmbot:confirm:yes", user=mod)
    await done.wait_event("edit_original")
    assert "removed" in done.text and "Her (2013)" in done.text
    assert film_count(db) == before - 1 and not has_film(db, "Her")
    rec = await fake.slash("film", {"film": "her"}, user=user(fake))
    assert rec.ephemeral and "don't know" in text_of(rec)


async def test_remove_cancel_and_timeout_delete_nothing(running, monkeypatch):
    fake, _, db = running
    mod = user(fake, permissions=Perm.MANAGE_GUILD)
    before = film_count(db)
    rec = await fake.slash("filmadmin remove", {"film": "rocky"}, user=mod)
    cancelled = await fake.click(rec, "filmbot:confirm:no", user=mod)
    assert cancelled.callback_type == 7 and "not removed" in str(cancelled.callback_data)
    assert film_count(db) == before and has_film(db, "Rocky")
    monkeypatch.setattr("bot.discord_io.CONFIRM_TIMEOUT", 0.3)
    rec = await fake.slash("filmadmin remove", {"film": "rocky"}, user=mod)
    await rec.wait_event("edit_original", timeout=5)
    assert "Timed out" in rec.text and "not removed" in rec.text
    assert not any(b.get("custom_id", "").startswith("filmbot:confirm") for row in rec.original.get("components") or []
                   for b in row.get("components", []))
    assert film_count(db) == before and has_film(db, "Rocky")


async def test_a_fuzzy_title_never_removes(running):
    fake, _, db = running
    mod = user(fake, permissions=Perm.MANAGE_GUILD)
    before = film_count(db)
    for typed in ("the godfather", "rocky ii", "rushmore", "titanic"):
        rec = await fake.slash("filmadmin remove", {"film": typed}, user=mod)
        assert rec.ephemeral and not any(b["custom_id"].startswith("filmbot:confirm") for b in buttons(rec)), typed
    # A typo is offered, and choosing it only asks.
    rec = await fake.slash("filmadmin remove", {"film": "taxi drivr"}, user=mod)
    assert "Did you mean" in text_of(rec) and "exact title" in text_of(rec)
    [choice] = buttons(rec)
    click = await fake.click(rec, choice["custom_id"], user=mod)
    [prompt] = await click.wait_followups(1)
    assert "Remove this film?" in str(prompt) and "Taxi Driver (1976)" in str(prompt)
    assert film_count(db) == before and has_film(db, "Taxi Driver")


# --- the console -------------------------------------------------------------------------------------
async def console(db, script: str) -> str:
    from bot.console import run_console

    out = io.StringIO()
    await run_console(Settings(db_path=str(db)), stdin=io.StringIO(script), stdout=out)
    return out.getvalue()


async def test_console_asks_y_n_before_removing(seeded_copy):
    before = film_count(seeded_copy)
    out = await console(seeded_copy, "/filmadmin remove film:her\n")  # end of input: no
    assert "Remove Her (2013)? [y/N]" in out and "not removed" in out
    out = await console(seeded_copy, "/filmadmin remove film:her\nn\n/filmadmin remove film:her\n/films\n")
    assert out.count("not removed") == 2 and "Films (8)" in out  # a command instead of an answer cancels, then runs
    assert film_count(seeded_copy) == before
    out = await console(seeded_copy, "/filmadmin remove film:her\ny\n")
    assert "Film removed" in out and film_count(seeded_copy) == before - 1


async def test_console_numbered_suggestion(seeded_copy):
    out = await console(seeded_copy, "/film film:taxi\n1\n")
    assert "[1] Taxi Driver (1976)" in out and "== Taxi Driver (1976) ==" in out
    out = await console(seeded_copy, "/film film:the godfather\n1\n")
    assert "== Film not found ==" in out and "== Her (2013) ==" not in out
