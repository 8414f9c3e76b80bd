"""The answer record every surface (CLI, /ask cog, evaluation) consumes."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

#: An answer at or above this confidence counts as "confident" (and a wrong one is the worst case).
CONFIDENT = 0.5

#: Kinds that mean "I am not answering": the bot said the article does not say, or asked which film.
ABSTAIN_KINDS = frozenset({"abstain", "need_film"})


@dataclass
class Answer:
    """One reply to one question, with the sentences that back it.

    ``sources`` items are ``{"section", "sentence"}`` so a renderer can cite them verbatim.
    """

    question: str
    answer: str
    kind: str
    confidence: float
    film: str | None = None
    film_id: int | None = None
    sources: list[dict] = field(default_factory=list)
    candidates: list[dict] = field(default_factory=list)  # films or people to offer ("did you mean")
    #: The question named no film; a name in it belongs to this one film only (said in the answer).
    assumed_from: str = ""

    @property
    def confident(self) -> bool:
        return self.confidence >= CONFIDENT

    @property
    def abstained(self) -> bool:
        return self.kind in ABSTAIN_KINDS

    def to_dict(self) -> dict:
        """The JSON-line shape: question, film, answer, kind, confidence, sources."""
        return {
            "question": self.question,
            "film": self.film,
            "answer": self.answer,
            "kind": self.kind,
            "confidence": round(self.confidence, 3),
            "sources": [{"section": s.get("section", ""), "sentence": s.get("sentence", "")} for s in self.sources],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


def src(row: dict) -> dict:
    """The citation of a fact row from ``queries.facts``."""
    s = row.get("source") or {}
    return {"section": s.get("section", ""), "sentence": s.get("sentence", "")}


def dedupe_sources(sources: list[dict], limit: int = 4) -> list[dict]:
    """Each sentence cited once, in first-seen order, at most *limit*: embeds have little room."""
    seen: set[str] = set()
    out = []
    for s in sources:
        key = s.get("sentence", "")
        if key and key not in seen:
            seen.add(key)
            out.append(s)
        if len(out) >= limit:
            break
    return out
