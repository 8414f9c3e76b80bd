"""Fallback: quote the article sentence that best matches the question.

BM25 (FTS5) narrows the article to ~20 candidate sentences cheaply; rapidfuzz then re-ranks them
against the question's content words, which rewards sentences that contain the *phrases* asked
about rather than merely frequent terms. The result is never confident: a quoted sentence may
well be beside the point.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .. import queries
from ..matching import normalize
from .text import content_words

_QUESTION_WORDS = frozenset(
    "who whom what when where why how which did does was is were tell know article say says".split()
)


async def best_sentences(conn, film_id: int, question: str, *, drop: frozenset[str] = frozenset(),
                         must: re.Pattern | None = None, limit: int = 20) -> list[tuple[float, dict]]:
    """``(score 0-100, row)`` best first; *must* (a regex on the sentence) filters candidates."""
    terms = [w for w in content_words(question, drop) if w not in _QUESTION_WORDS]
    if not terms:
        return []
    rows = await queries.search_sentences(conn, film_id, " ".join(terms), limit)
    query = " ".join(terms)
    scored = []
    for rank, row in enumerate(rows):
        text = row["text"]
        if must is not None and not must.search(text):
            continue
        norm = normalize(text)
        covered = sum(1 for t in set(terms) if re.search(rf"\b{re.escape(t)}", norm)) / len(set(terms))
        s = 0.45 * fuzz.token_set_ratio(query, norm) + 0.25 * fuzz.partial_ratio(query, norm) + 30 * covered
        s -= rank * 0.3  # BM25 order breaks near-ties
        scored.append((s, row))
    scored.sort(key=lambda x: -x[0])
    return scored


def sentence_source(row: dict) -> dict:
    return {"section": row.get("path", ""), "sentence": row.get("text", "")}
