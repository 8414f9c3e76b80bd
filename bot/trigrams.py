"""Letter-trigram postings of the title keys: typo candidates without scoring every title.

Why: a typo'd title is found by its similarity to whole title keys (``fuzz.ratio``), and scoring
every key costs time in proportion to the library: about 1 µs a key on these machines, so 30 ms
at 40,000 titles and 150 ms at 200,000, for one keystroke. A title within a typo or two of what was
typed shares most of its three-letter pieces with it, so counting shared pieces over each piece's
list of keys finds the same close titles while reading only the lists of the typed pieces. Pieces
that a large share of titles contain (" th", "the") say little and cost the most to count, so they
are left out; a title is found by its rarer pieces.

Only :class:`~bot.matching.TitleIndex` uses this, and only for large libraries: below
``TRIGRAM_FROM`` keys it still scores every key, as it always did.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Sequence

#: Key positions counted at most per search: the rarest pieces first, until this many are read.
#: A title a typo or two away shares most pieces with what was typed, its rare ones included.
READ_BUDGET = 3000


def pieces(key: str) -> set[str]:
    """The three-letter pieces of a key with a space at each end ("ab" -> " ab", "ab ")."""
    padded = f" {key} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


class TrigramIndex:
    """For each three-letter piece, the positions of the keys holding it (4 bytes each)."""

    def __init__(self, keys: Sequence[str]) -> None:
        postings: dict[str, array] = {}
        for i, key in enumerate(keys):
            for p in pieces(key):
                got = postings.get(p)
                if got is None:
                    got = postings[p] = array("i")
                got.append(i)
        self._postings = postings
        self._lens = array("i", (len(k) for k in keys))

    def candidates(self, key: str, limit: int) -> list[int]:
        """Positions of up to *limit* keys sharing the most uncommon pieces with *key*, most first;
        among keys sharing as many, those whose length is closest to the key's (a typo changes
        the length by a letter or two), then by position, so answers never depend on the order
        pieces were counted in."""
        lists = sorted((got for p in pieces(key) if (got := self._postings.get(p)) is not None and len(got) <= READ_BUDGET),
                       key=len)
        counts: Counter[int] = Counter()
        read = 0
        for got in lists:
            if read + len(got) > READ_BUDGET:
                break
            counts.update(got)
            read += len(got)
        if len(counts) <= limit:
            return sorted(counts)
        # The keys sharing more pieces than the limit-th one, then those tied with it (as many as
        # make twice the limit, in the order they were counted: the same for every search on this
        # index), each part in length-then-position order. Only the counts are sorted in full (plain
        # integers); a sort of every (position, count) pair by count and then of up to twice the
        # limit by a tuple key was most of a large library's keystroke (0.7 of 1.7 ms).
        last = sorted(counts.values(), reverse=True)[limit - 1]
        greater = [i for i, c in counts.items() if c > last]
        ties = [i for i, c in counts.items() if c == last][:2 * limit - len(greater)]
        n, lens = len(key), self._lens
        greater.sort(key=lambda i: (-counts[i], abs(lens[i] - n), i))
        ties.sort(key=lambda i: (abs(lens[i] - n), i))
        return (greater + ties)[:limit]

    def nbytes(self) -> int:
        """The postings' memory, for the index's memory report."""
        return sum(a.itemsize * len(a) + 64 for a in self._postings.values())
