"""The film card a member sees on Discord: runtime, release date, ratings, genres, figures that
disagree shown with where each is stated, a link to the Wikipedia page and the licence line; and
each kind of answer in its own colour. Through the fake Discord, with an invented film."""

from __future__ import annotations

import pytest_asyncio

from bot.config import Settings
from bot.database import connect
from bot.discord_bot import FilmBot
from bot.ingest import ingest_wikitext
from bot.render import COLORS

PAGE_URL = "https://en.wikipedia.org/wiki/The_Lantern_Keeper"
LANTERN = """{{Infobox film
| name = The Lantern Keeper
| director = [[Mara Quill]]
| writer = [[Tobin Ashe]]
| starring = {{Plainlist|
* [[Ilse Varga]]
* [[Dorian Pike]]
}}
| released = {{Film date|2011|3|4|United States}}
| runtime = 104 minutes
| country = United States
| budget = $48 million
| gross = $120.5 million
}}
'''''The Lantern Keeper''''' is a 2011 American mystery drama film directed by [[Mara Quill]] and written by \
[[Tobin Ashe]]. It stars [[Ilse Varga]] and [[Dorian Pike]].

== Plot ==
A lighthouse keeper finds a lantern that shows the past.

== Reception ==
=== Box office ===
The film was made on a budget of $47.4 million and grossed $120.5 million worldwide.

=== Critical response ===
On [[Rotten Tomatoes]], the film holds an approval rating of 81% based on 150 reviews, with an average rating \
of 7.1/10. On [[Metacritic]], the film has a weighted average score of 68 out of 100, based on 35 critics, \
indicating "generally favorable reviews".
"""


@pytest_asyncio.fixture
async def running(fake_discord, seeded_copy):
    conn = await connect(seeded_copy)
    try:  # added from Wikipedia, as /filmadmin add wikipedia: does (its source is the page's URL)
        assert (await ingest_wikitext(conn, "The Lantern Keeper", LANTERN, source=PAGE_URL)).ok
    finally:
        await conn.close()
    bot = FilmBot(Settings(token=fake_discord.token, db_path=str(seeded_copy), dev_guild_id=fake_discord.guild.id),
                  guild_ready_timeout=0.05)
    async with fake_discord.run_bot(bot):
        yield fake_discord


async def test_the_film_card_says_what_a_movie_bot_shows(running):
    fake = running
    alice = fake.make_user("alice")
    rec = await fake.slash("film", {"film": "lantern keeper"}, user=alice)
    card = rec.embeds[0]
    fields = {f["name"]: f["value"] for f in card["fields"]}
    assert card["title"] == "The Lantern Keeper (2011)"
    assert fields["Director"] == "Mara Quill" and fields["Starring"] == "Ilse Varga, Dorian Pike"
    assert fields["Runtime"] == "104 minutes"
    assert "March 4, 2011" in fields["Released"]
    assert fields["Genres"] == "mystery drama"
    # The infobox and the Box office section disagree: both figures, each with where it is stated.
    assert fields["Budget"] == "$47.4 million (Box office) · $48 million (infobox)"
    assert fields["Worldwide"] == "$120.5 million"
    assert fields["Ratings"].splitlines() == ["**Rotten Tomatoes**: 81%, 150 reviews, average 7.1/10",
                                              "**Metacritic**: 68/100, 35 critics, “generally favorable reviews”"]
    # The title links the Wikipedia page; the card names it and carries the licence line.
    assert card["url"] == PAGE_URL and PAGE_URL in fields["Wikipedia"]
    assert card["footer"]["text"].endswith("Text from Wikipedia, CC BY-SA 4.0")
    assert card["color"] == COLORS["film"]
    assert rec.allowed_mentions.get("parse") == []

    # Every kind of answer has its colour; an error is red.
    money = await fake.slash("boxoffice", {"film": "lantern keeper"}, user=alice)
    plot = await fake.slash("plot", {"film": "lantern keeper"}, user=alice)
    missing = await fake.slash("film", {"film": "no such picture at all"}, user=alice)
    colours = [money.embeds[0]["color"], plot.embeds[0]["color"], missing.embeds[0]["color"]]
    assert colours == [COLORS["money"], COLORS["plot"], COLORS["error"]]
    assert len({card["color"], *colours}) == 4

    # A seed (an English Wikipedia article, seeds/SOURCES.md) links its page too; and where its
    # lead and its Box office section give different grosses, the card says which is which.
    her = (await fake.slash("film", {"film": "her"}, user=alice)).embeds[0]
    assert her["url"] == "https://en.wikipedia.org/wiki/Her_(film)"
    worldwide = next(f["value"] for f in her["fields"] if f["name"] == "Worldwide")
    assert worldwide == "over $48 million (lead) · $47.4 million (Box office)"
