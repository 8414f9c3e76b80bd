"""``TitleIndex.with_added``: a film added to the index gives the same index as building it again
from every title (what the bot did for each added article, seconds of work at 40,000 films)."""

from __future__ import annotations

import random

from bot.matching import TitleEntry, TitleIndex

# Invented titles with the shapes the index treats specially: subtitles after a colon or a dash,
# heads before a small word, run-together forms, numbers, shared titles (remakes), one-word titles.
TITLES = [
    ("Nine Lanterns for Nine Sisters", 1954), ("Nine Lanterns", 1990), ("The Ballad of Ora Pell", 1971),
    ("Ora Pell", 2003), ("Bede Marrow: The Long Night", 1988), ("Bede Marrow", 1980), ("Glass River", 1999),
    ("Glass River", 2019), ("48 Hrs. to Dawn", 1982), ("Ab.Cde", 2005), ("Scarlet Street Blues", 1945),
    ("Ivo Brandt - Last Watch", 2011), ("The Last Watch", 2012), ("Night Road", 2001), ("Night River", 1990),
    ("Grass", 2020), ("Green", 2001), ("Seven Keys for Seven Doors", 1960), ("Dust Road", 1950),
    ("Le Quai des Ombres Pâles", 1938), ("Return of the Quiet Men", 1977), ("The Quiet Men", 1976),
]
ALIASES = [(20, "Le Quai des Brumes Lointaines"), (5, "Marrow of the Night"), (3, "Ballade d'Ora")]


def _state(index: TitleIndex) -> dict:
    """Everything the index holds but its answer caches (empty in a new index either way)."""
    out = {k: v for k, v in vars(index).items() if k not in ("_ac_cache", "_fuzzy_cache", "_trigrams", "_vocab_trigrams")}
    for name in ("_trigrams", "_vocab_trigrams"):
        t = getattr(index, name)
        out[name] = None if t is None else (t._postings, t._lens)
    return out


def _entries(rows) -> list[TitleEntry]:
    return [TitleEntry(i, t, y) for i, (t, y) in rows]


def test_each_title_added_in_turn_gives_the_index_built_at_once():
    rows = list(enumerate(TITLES, 1))
    rng = random.Random(7)
    for _ in range(20):
        rng.shuffle(rows)
        cut = rng.randint(0, len(rows) - 1)
        ids = {i for i, _ in rows[:cut]}
        index = TitleIndex(_entries(rows[:cut]), [a for a in ALIASES if a[0] in ids])
        for i, row in rows[cut:]:  # one film at a time, as articles are added
            index = index.with_added(_entries([(i, row)]), [a for a in ALIASES if a[0] == i])
        assert _state(index) == _state(TitleIndex(_entries(rows), ALIASES))


def test_several_at_once_and_a_known_id_is_ignored():
    rows = list(enumerate(TITLES, 1))
    old = TitleIndex(_entries(rows[:10]), [a for a in ALIASES if a[0] <= 10])
    new = old.with_added(_entries(rows[10:]) + [TitleEntry(1, "Another Title", 1999)], ALIASES)
    assert _state(new) == _state(TitleIndex(_entries(rows), ALIASES))
    assert len(old) == 10 and old.resolve("dust road").status == "none"  # the old index is unchanged
    assert new.resolve("dust road").entry.id == 19
    assert old.with_added([TitleEntry(2, "Nine Lanterns", 1990)]) is old


async def test_an_article_added_to_the_library_gives_what_reading_every_film_gives(seeded_copy, monkeypatch):
    from bot import library as library_module
    from bot.library import Library
    from tests.conftest import article_path

    full_reads = []
    real = library_module._read_index
    monkeypatch.setattr(library_module, "_read_index", lambda *a: full_reads.append(1) or real(*a))
    lib = await Library.open(seeded_copy)
    assert full_reads == [1]
    old_ids = [f.id for f in lib.films]
    # a new title, then one a seed film already has (a remake: the index's shared titles change)
    first = await lib.add_article(article_path("the-empire-strikes-back-1980").read_bytes(), "empire.txt")
    remake = seeded_copy.parent / "remake.txt"
    remake.write_bytes(article_path("her-2013").read_bytes().replace(b"2013", b"2031"))
    second = await lib.add_article(remake.read_bytes(), "remake.txt")
    assert first.ok and second.ok and full_reads == [1]  # the index grew; nothing was read again
    assert lib.added_since(lib.version - 2) == {first.film_id, second.film_id}  # the caches of the others stay
    fresh = await Library.open(seeded_copy)
    try:
        assert [f.id for f in lib.films] == [f.id for f in fresh.films] and set(old_ids) < {f.id for f in lib.films}
        assert _state(lib.index) == _state(fresh.index)
        assert lib._weight == fresh._weight and second.film_id in lib._weight
        assert lib.resolve("her").status == "shared"
    finally:
        await fresh.close()
        await lib.close()


async def test_a_film_replaced_under_its_own_id_is_read_again(seeded_copy):
    """SQLite gives a new film the highest id again after that film was deleted: such a film is no
    addition, and the index is rebuilt from every title instead."""
    import dataclasses

    from bot.library import Library, _read_added

    lib = await Library.open(seeded_copy)
    try:
        last = max(lib._films)
        assert _read_added(seeded_copy, lib._films, lib.index, lib._weight) is not None  # nothing changed
        assert _read_added(seeded_copy, lib._films, lib.index, lib._weight, added=frozenset({last})) is None
        changed = dict(lib._films)
        changed[last] = dataclasses.replace(changed[last], title="Another Film Entirely")
        assert _read_added(seeded_copy, changed, lib.index, lib._weight) is None
    finally:
        await lib.close()



async def test_an_article_vouched_for_by_the_worker_reads_no_other_film(seeded_copy, monkeypatch):
    """The worker process that saved an article tells the digest of every other film in the file
    (``IngestResult.others_digest``); when that is the digest of the films in hand, the refresh
    reads the new film alone, and gives what reading every film gives. A digest that does not
    match (another change meanwhile) falls back to reading every film."""
    from bot import library as library_module
    from bot import queries
    from bot.library import Library, _read_added
    from bot.workers import _ingest
    from tests.conftest import article_path

    lib = await Library.open(seeded_copy)
    try:
        result = await _ingest(str(seeded_copy), article_path("the-empire-strikes-back-1980").read_bytes(), "empire.txt")
        assert result.ok and result.others_digest == lib._digest  # made with the index when the library opened
        added = frozenset({result.film_id})
        wrong = (result.others_digest[0], result.others_digest[1] ^ 1)
        assert _read_added(seeded_copy, lib._films, lib.index, lib._weight, added=added, others=wrong) is not None
        # vouched for: the read of every film (made to fail here) is not made
        monkeypatch.setattr(library_module, "_FILM_ORDER_SQL", "SELECT no_such_column FROM films")
        got = _read_added(seeded_copy, lib._films, lib.index, lib._weight, added=added, others=result.others_digest)
        monkeypatch.undo()
        fresh = await Library.open(seeded_copy)
        try:
            assert list(got[0]) == [f.id for f in fresh.films] and got[2] == fresh._weight
            assert got[3] == queries.films_digest(map(queries.film_row, fresh._films.values()))
            assert got[1]._keys == fresh.index._keys and got[1]._postings == fresh.index._postings
        finally:
            await fresh.close()
    finally:
        await lib.close()


def test_films_removed_in_turn_give_the_index_built_from_the_titles_left():
    """``with_removed``: the forms a gone title claimed fall to the title still claiming them, a gone
    title's own key becomes a form of whoever claimed it, the words and lengths lose its key."""
    rows = list(enumerate(TITLES, 1))
    extra = [(100, ("Nine Lanterns for Nine Sisters", 1988)), (101, ("Quiet Men", 1990)),
             (102, ("Ora Pell", 1950))]  # a remake, a title that is another's tail, a shared title
    rows += extra
    aliases = [*ALIASES, (101, "Les Hommes Calmes"), (100, "Neun Laternen")]
    rng = random.Random(11)
    for _ in range(30):
        rng.shuffle(rows)
        index = TitleIndex(_entries(rows), aliases)
        left = list(rows)
        while left:
            n = rng.randint(1, 3)
            gone, left = left[:n], left[n:]
            index = index.with_removed([i for i, _ in gone])
            ids = {i for i, _ in left}
            assert _state(index) == _state(TitleIndex(_entries(left), [a for a in aliases if a[0] in ids]))


def test_removed_then_added_again_and_an_unknown_id_is_ignored():
    rows = list(enumerate(TITLES, 1))
    whole = TitleIndex(_entries(rows), ALIASES)
    assert whole.with_removed([999]) is whole
    less = whole.with_removed([20, 6])
    assert whole.resolve("bede marrow").entry.id == 6
    assert less.resolve("bede marrow").entry is None or less.resolve("bede marrow").entry.id != 6
    back = less.with_added(_entries([r for r in rows if r[0] in (20, 6)]), [a for a in ALIASES if a[0] in (20, 6)])
    assert _state(back) == _state(whole)
    assert len(whole) == len(rows)  # the old index is unchanged


async def test_a_removed_film_is_taken_out_without_reading_every_film(seeded_copy, monkeypatch):
    """``Library.remove`` takes the film out of the films and the index (``with_removed``) instead
    of reading every title again, and gives what reading every film gives: the same films in the
    same order, index, fact counts of namesakes and digest (a later added article is vouched for)."""
    from bot import library as library_module
    from bot import queries
    from bot.library import Library
    from tests.conftest import article_path

    full_reads = []
    real = library_module._read_index
    monkeypatch.setattr(library_module, "_read_index", lambda *a: full_reads.append(1) or real(*a))
    lib = await Library.open(seeded_copy)
    try:
        remake = seeded_copy.parent / "remake.txt"
        remake.write_bytes(article_path("her-2013").read_bytes().replace(b"2013", b"2031"))
        second = await lib.add_article(remake.read_bytes(), "remake.txt")
        assert second.ok and lib.resolve("her").status == "shared" and second.film_id in lib._weight
        version = lib.version
        assert await lib.remove(second.film_id)  # the namesake goes: the title is one film's again
        victim = lib.films[len(lib.films) // 2].id
        assert await lib.remove(victim)
        assert full_reads == [1] and lib.version == version + 2
        fresh = await Library.open(seeded_copy)
        try:
            assert [f.id for f in lib.films] == [f.id for f in fresh.films] and victim not in lib._films
            assert _state(lib.index) == _state(fresh.index)
            assert lib._weight == fresh._weight and lib.resolve("her").status != "shared"
            assert lib._digest == queries.films_digest(map(queries.film_row, fresh._films.values()))
        finally:
            await fresh.close()
    finally:
        await lib.close()
