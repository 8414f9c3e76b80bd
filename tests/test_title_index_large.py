"""The title index of a large library (bot/trigrams.py) answers as the small library's scan does.

Past ``TRIGRAM_FROM`` title keys, typo candidates come from letter-trigram postings instead of
scoring every key (speed is in ``make bench``). What a member would notice is whether a typo'd
title still finds its film and autocomplete still offers it: checked here on a few thousand
invented titles with the threshold lowered, against the same index scanning every key.
"""

from __future__ import annotations

import random

import pytest

import bot.matching as matching
from bench.matching_bench import _typo, synthetic_titles
from bot.matching import TitleIndex


@pytest.fixture(scope="module")
def indexes():
    entries = synthetic_titles(4000, seed=11)
    small = TitleIndex(entries)
    saved = matching.TRIGRAM_FROM
    matching.TRIGRAM_FROM = 1000
    try:
        large = TitleIndex(entries)
    finally:
        matching.TRIGRAM_FROM = saved
    assert small._trigrams is None and large._trigrams is not None
    return entries, small, large


def test_a_typod_title_finds_the_same_film(indexes):
    entries, small, large = indexes
    rnd = random.Random(3)
    agreed = found = 0
    for e in rnd.sample(entries, 300):
        q = _typo(e.title.lower(), rnd)
        want = small.resolve(q)
        if not want.found:
            continue
        found += 1
        got = large.resolve(q)
        agreed += got.found and got.entry.id == want.entry.id
    assert found > 150
    assert agreed / found >= 0.97, (agreed, found)


def test_autocomplete_still_offers_the_film_being_typed(indexes):
    entries, small, large = indexes
    rnd = random.Random(4)
    offered_small = offered_large = 0
    picks = rnd.sample(entries, 300)
    for e in picks:
        q = _typo(e.title.lower(), rnd)[: rnd.randint(5, 16)]
        offered_small += any(x.id == e.id for x in small.autocomplete(q))
        offered_large += any(x.id == e.id for x in large.autocomplete(q))
    assert offered_large >= offered_small * 0.95, (offered_large, offered_small)


def test_the_index_reports_its_memory(indexes):
    _entries, small, large = indexes
    assert small.memory()["_trigrams"] == 0
    mem = large.memory()
    assert mem["_trigrams"] > 0 and mem["total"] > mem["_keys"] > 0


def test_a_lone_words_pool_is_the_shortest_titles_holding_it(indexes):
    """The pools a one-word query scores (a half-typed word's kept list, a word's and its completions'
    shortest titles) are exactly the shortest titles, then in key order, that hold such a word."""
    _entries, _small, large = indexes

    def shortest(pred, n):
        return sorted((k for k in large._keys if any(pred(w) for w in k.split())), key=lambda k: (len(k), k))[:n]

    rnd = random.Random(5)
    for p in rnd.sample(sorted(large._prefix_buckets), 40):
        assert large._prefix_buckets[p] == shortest(lambda w, p=p: w.startswith(p), matching.WORD_POOL_LARGE), p
    for w in rnd.sample(large._vocab, 40):
        variants = large._word_variants(w[:4], prefix=True)
        want = shortest(lambda x, v=set(variants): x in v, 25)
        assert sorted(large._shortest_holding(variants, 25), key=lambda k: (len(k), k)) == want, w
