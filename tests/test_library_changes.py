"""An added article keeps what is cached about the other films; a removal empties it all.

Emptied after every added article, the caches refilled under load through one database
connection, and those reads were the slowest answers of the seconds that followed."""

from __future__ import annotations

from bot.ask.data import cache_for, film_data
from bot.handlers import Handlers
from bot.library import Library
from tests.conftest import FIXTURES


async def test_an_added_article_keeps_the_other_films_cached_and_a_removal_does_not(seeded_copy):
    lib = await Library.open(seeded_copy)
    handlers = Handlers(lib)
    try:
        known = lib.films[0]
        await lib.facts(known.id, "cast")
        await film_data(lib, known.id)
        source = await handlers._source(known)
        handlers._name_index(known.id, "cast", ["Ora Pell"])
        before = lib.version
        article = min(FIXTURES.glob("*.txt"), key=lambda p: p.stat().st_size)
        result = await lib.add_article(article.read_bytes(), article.name)
        assert result.ok, result.error
        assert lib.version > before and lib.film(result.film_id) is not None
        assert lib.added_since(before) == {result.film_id}
        assert (known.id, "cast") in lib._facts  # still cached: the known film did not change
        assert known.id in cache_for(lib).films
        assert await handlers._source(known) == source and known.id in handlers._sources
        assert handlers._name_index(known.id, "cast", ["Bede Marrow"]).search("Ora Pell")  # the one made before
        assert await lib.facts(result.film_id, "cast") == await lib.facts(result.film_id, "cast")

        after_add = lib.version
        assert await lib.remove(result.film_id)
        assert lib.added_since(after_add) is None and lib.added_since(before) is None
        assert not lib._facts and known.id not in cache_for(lib).films
        await handlers._source(known)
        assert list(handlers._sources) == [known.id]  # emptied, then read again
    finally:
        await lib.close()
