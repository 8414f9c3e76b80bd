"""Autocomplete's shortcuts (a band of key lengths for the typo search, stopping once the answer
is settled, recent answers kept, a search process for large libraries) give exactly the answer
the long way gives, and a search process that is gone costs nothing but its speed."""

from __future__ import annotations

import asyncio
import random
import time

from rapidfuzz import fuzz, process

from bot import queries as film_queries
from bot.library import Library
from bot.matching import TitleEntry, TitleIndex, normalize
from bot.search import TitleSearch
from tests.conftest import article_path

WORDS = ["night", "river", "last", "summer", "blue", "city", "ghost", "return", "secret", "road", "star", "winter",
         "iron", "silent", "golden", "dark", "house", "heart", "storm", "king", "garden", "fire", "a", "of", "the"]


def index(n: int = 3000) -> TitleIndex:
    rng = random.Random(11)
    titles = {" ".join(rng.sample(WORDS, rng.randint(1, 4))).title() for _ in range(n)}
    return TitleIndex(TitleEntry(i, t, 1950 + i % 70) for i, t in enumerate(sorted(titles)))


def queries(idx: TitleIndex) -> list[str]:
    rng = random.Random(3)
    out = []
    for e in rng.sample(list(idx._by_id.values()), 300):
        t = e.title.lower()
        out.append(t[: rng.randint(1, len(t))])
        if len(t) > 4:
            i = rng.randrange(1, len(t) - 1)
            out.append(t[:i] + t[i + 1] + t[i] + t[i + 2:])  # a transposition typo
    return out


def test_the_typo_search_scores_only_lengths_that_can_match_and_finds_the_same_keys():
    idx = index()
    for q in queries(idx):
        key = normalize(q)
        every = {c for c, _s, _i in process.extract(key, idx._keys, scorer=fuzz.ratio, processor=None, limit=40,
                                                    score_cutoff=60)}
        assert every <= idx._shortlist(key), q


def test_a_repeated_keystroke_gets_the_same_answer():
    idx = index()
    for q in queries(idx)[:50]:
        first = [e.id for e in idx.autocomplete(q)]
        assert [e.id for e in idx.autocomplete(q)] == first
        assert [e.id for e in idx._autocomplete(normalize(q), 25)] == first  # the cache holds what was computed


async def test_the_search_process_answers_as_the_bot_would_and_its_loss_costs_only_speed(seeded_copy):
    lib = await Library.open(seeded_copy)
    search = TitleSearch(str(seeded_copy))
    try:
        search.start()
        answered = None
        give_up = time.monotonic() + 120  # a spawned process imports FilmBot and reads the titles: seconds, more under load
        while time.monotonic() < give_up:
            answered = await search.autocomplete("her", 25)
            if answered is not None:
                break
            await asyncio.sleep(0.05)
        assert answered == [e.id for e in lib.index.autocomplete("her", 25)]  # from the process
        # The library changed: the process rebuilds its copy and goes on answering meanwhile.
        search._send(("refresh", 0, None))
        assert await search.autocomplete("her", 25) == answered
        lib.search = search
        for typed in ("h", "her", "the g", "ghostbusterz", ""):
            assert [f.id for f in await lib.find_titles(typed)] == [f.id for f in lib.autocomplete(typed)]
        # A film added: the process adds it to its copy at once (the new row alone, the digest of the
        # others vouching for them) and answers as the bot does; an added film it cannot vouch for
        # (no digest) is found by comparing every row, as before.
        for name in ("the-empire-strikes-back-1980", "batman-1989"):
            before = film_queries.films_digest(map(film_queries.film_row, lib.films))
            added = await lib.add_article(article_path(name).read_bytes(), f"{name}.txt")
            assert added.ok
            search.refresh(frozenset({added.film_id}), before if name.startswith("the") else None)
            typed = lib.film(added.film_id).title.lower()
            want = [e.id for e in lib.index.autocomplete(typed, 25)]
            assert added.film_id in want
            give_up = time.monotonic() + 120  # bounded, not timed: a loaded machine may take seconds
            while time.monotonic() < give_up:
                if await search.autocomplete(typed, 25) == want:
                    break
                await asyncio.sleep(0.05)
            assert await search.autocomplete(typed, 25) == want
        # A film removed: the process takes it out of its copy at once, as the bot does.
        assert await lib.remove(added.film_id)
        assert lib.last_change == (None, None, frozenset({added.film_id}))
        search.refresh(*lib.last_change)
        want = [e.id for e in lib.index.autocomplete(typed, 25)]
        assert added.film_id not in want
        give_up = time.monotonic() + 120
        while time.monotonic() < give_up:
            if await search.autocomplete(typed, 25) == want:
                break
            await asyncio.sleep(0.05)
        assert await search.autocomplete(typed, 25) == want
        search._proc.kill()
        search._proc.join()
        await asyncio.sleep(0.1)
        assert [f.id for f in await lib.find_titles("her")] == [f.id for f in lib.autocomplete("her")]
        assert search._proc is None  # noticed, and answered in the bot meanwhile
    finally:
        search.close()
        await lib.close()
