"""Adding films from Wikipedia (``/filmadmin add wikipedia:``, ``category:``, ``list:``) against an
in-process fake MediaWiki API that serves real wikitext (tests/fixtures/wikitext/, and the piki
exports in ../shared when present): pages, redirects, a missing page, a page that is not a film,
categories with continuation, list pages, a 5xx, a timeout, a lagged server, and the etiquette
(User-Agent, maxlag, formatversion 2, one request at a time per server)."""

from __future__ import annotations

import asyncio
import re

import aiohttp
import pytest

from bot import queries
from bot.dumps import Page
from bot.facts import CastFact, CrewFact
from bot.library import Library
from bot.wikiadd import CONFIRM_ABOVE, Plan, add_page, plan, run
from bot.wikipedia import MediaWiki
from tests.conftest import ROOT, SHARED
from tests.fakewiki import FakeWiki

LOCAL = ROOT / "tests" / "fixtures" / "wikitext"
PIKI = SHARED / "corpus" / "piki-wikipedia-film-database" / "fixtures"


@pytest.fixture
async def wiki():
    fake = FakeWiki([LOCAL], page_size=10)
    fake.redirects["Rocky (1976 film)"] = "Rocky"
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
async def lib(tmp_path):
    library = await Library.open(tmp_path / "w.db")
    yield library
    await library.close()


def client(fake: FakeWiki, key: object = 1, **kw) -> MediaWiki:
    return MediaWiki(fake.url, key=key, backoff=0.01, **kw)


def text(reply) -> str:
    return " ".join(f"{e.get('title', '')} {e.get('description', '')} "
                    + " ".join(f"{f['name']} {f['value']}" for f in e.get("fields", [])) for e in reply.embeds)


async def test_add_a_page_from_its_wikitext(wiki, lib):
    reply = await add_page(lib, client(wiki), "Rocky")
    assert "Film added" in text(reply) and "Rocky (1976)" in text(reply)
    assert len(wiki.requests) == 1  # wikitext and extract in one request
    q = wiki.requests[0]
    assert q["prop"] == "revisions|extracts" and q["redirects"] == "1"
    assert q["formatversion"] == "2" and q["maxlag"] == "5" and q["format"] == "json"
    assert wiki.agents[0].startswith("FilmBot/")
    film = lib.resolve("rocky").film
    crew = await queries.typed_facts(lib.conn, film.id, CrewFact)
    assert ("director", "John G. Avildsen", "Infobox") in {(c.role, c.name, c.cited.section) for c in crew}
    cast = await queries.typed_facts(lib.conn, film.id, CastFact)
    assert ("Carl Weathers", "Apollo Creed") in {(c.actor, c.character) for c in cast}
    again = await add_page(lib, client(wiki), "Rocky")
    assert "Film updated" in text(again)


async def test_redirects_are_followed_and_said(wiki, lib):
    reply = await add_page(lib, client(wiki), "Rocky (1976 film)")
    assert "Film added" in text(reply) and "redirected from" in text(reply)
    assert lib.resolve("rocky").found


async def test_missing_and_non_film_pages_are_one_line(wiki, lib):
    reply = await add_page(lib, client(wiki), "No Such Film (2099)")
    assert reply.error and "no page called" in text(reply)
    reply = await add_page(lib, client(wiki), "Werner Herzog")
    assert reply.error and "not a film article (its infobox is {{Infobox person}})" in text(reply)
    assert not lib.films


async def test_a_page_without_wikitext_falls_back_to_its_extract(wiki, lib):
    wiki.pages["Plain Film"] = Page(99, "Plain Film", 0, None, "")
    reply = await add_page(lib, client(wiki), "Plain Film")
    assert "Film added" in text(reply) and lib.resolve("plain film").found


async def test_a_5xx_is_retried_then_one_line(wiki, lib):
    wiki.mode = "503"
    reply = await add_page(lib, client(wiki, retries=2), "Rocky")
    assert reply.error and "HTTP 503" in text(reply) and "tried 3 times" in text(reply)
    assert len(wiki.requests) == 3


async def test_a_timeout_is_one_line(wiki, lib):
    wiki.mode = "timeout"
    reply = await add_page(lib, client(wiki, retries=0, timeout=aiohttp.ClientTimeout(total=0.3)), "Rocky")
    assert reply.error and "could not reach Wikipedia" in text(reply)


async def test_a_lagged_server_is_asked_again(wiki, lib):
    wiki.mode = "maxlag"
    reply = await add_page(lib, client(wiki), "Rocky")
    assert "Film added" in text(reply) and len(wiki.requests) == 2


async def test_offline_is_one_line(lib):
    reply = await add_page(lib, MediaWiki("http://127.0.0.1:9/w/api.php", retries=0), "Rocky")
    assert reply.error and "could not reach Wikipedia" in text(reply)


async def test_a_category_is_planned_then_imported_with_progress(wiki, lib):
    for title in ("Rocky", "The Incredibles", "Werner Herzog", "Gone Page"):
        wiki.categories.setdefault("Category:Test films", []).append(title)
    p = await plan(client(wiki), "category", "Test films")
    assert isinstance(p, Plan) and p.source == "Category:Test films" and not p.needs_confirm
    assert p.titles == ["Rocky", "The Incredibles", "Werner Herzog", "Gone Page"]
    seen = []

    async def progress(done, total, tally):
        seen.append((done, total, dict(tally)))

    reply = await run(lib, client(wiki), p, progress)
    body = text(reply)
    assert "2** added" in body and "0** updated" in body and "2** skipped" in body
    assert "not a film 1" in body and "missing 1" in body
    assert seen[-1][:2] == (4, 4)
    assert {f.title for f in lib.films} == {"Rocky", "The Incredibles"}
    reply = await run(lib, client(wiki), p)
    assert "0** added" in text(reply) and "2** updated" in text(reply)


async def test_a_large_category_asks_first_and_is_bounded(wiki):
    members = [f"Film {i}" for i in range(CONFIRM_ABOVE + 6)]
    wiki.categories["Category:Big"] = members
    p = await plan(client(wiki), "category", "Category:Big")
    assert p.needs_confirm and p.titles == members and not p.more
    assert len([r for r in wiki.requests if r.get("list") == "categorymembers"]) == 4  # continued, 10 a page
    wiki.categories["Category:Huge"] = [f"Film {i}" for i in range(620)]
    fake_client = client(wiki)
    p = await plan(fake_client, "category", "Huge")
    assert len(p.titles) == 500 and p.more


async def test_a_list_page_gives_its_linked_articles(wiki, lib):
    wiki.pages["List of test films"] = Page(77, "List of test films", 0, None, "* [[Rocky]]\n* [[Werner Herzog]]")
    wiki.links["List of test films"] = ["Rocky", "Werner Herzog"]
    p = await plan(client(wiki), "list", "List of test films")
    assert p.titles == ["Rocky", "Werner Herzog"]
    reply = await run(lib, client(wiki), p)
    assert "1** added" in text(reply) and "1** skipped" in text(reply)
    missing = await plan(client(wiki), "list", "List of nothing")
    assert missing.error and "no page called" in text(missing)


async def test_one_request_at_a_time_per_server(wiki):
    same = [client(wiki, key="guild-1").page("Rocky") for _ in range(4)]
    await asyncio.gather(*same)
    assert wiki.max_in_flight == 1
    wiki.max_in_flight = 0
    other = [client(wiki, key=f"guild-{i}").page("Rocky") for i in range(4)]
    await asyncio.gather(*other)
    assert wiki.max_in_flight > 1


@pytest.mark.corpus
async def test_a_category_of_real_exports(tmp_path):
    if not PIKI.is_dir():
        pytest.skip("../shared not found")
    fake = FakeWiki([PIKI])
    await fake.start()
    library = await Library.open(tmp_path / "p.db")
    try:
        p = await plan(MediaWiki(fake.url, backoff=0.01), "category", "Japanese films")
        assert isinstance(p, Plan) and len(p.titles) >= 3
        reply = await run(library, MediaWiki(fake.url, backoff=0.01), p)
        added = int(re.search(r"\*\*(\d+)\*\* added", text(reply)).group(1))
        assert added == len(library.films) >= 3
    finally:
        await library.close()
        await fake.stop()
