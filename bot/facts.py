"""Typed facts extracted from one article.

Every fact carries ``sentence``: the index of the sentence (in ``Article.sentences``)
that states it, so any answer the bot gives can cite its source. Fields listed in a
class's ``EVIDENCE`` tuple must occur verbatim in that sentence: that is the
contract the property tests check, and what keeps extractors from inventing names
or figures. A name resolved by coreference (a surname alone → the full name stated
elsewhere in the article) keeps the words the sentence uses in ``mention``; then the
mention, not the name, must occur (:meth:`Fact.evidence_texts` states that rule once).

This module is also the registry of fact kinds: each dataclass declares, once, its
``KIND`` (the name used in code and on the command line), its ``TABLE`` in SQLite and
its ``JSON_KEY`` in the ``facts --json`` export; its columns are its fields. ``store``,
``queries``, the CLI and ``/ask`` derive everything from :data:`FACT_TYPES`, and a test
checks the migrated schema against it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cache
from typing import Any, ClassVar, TypeVar


@dataclass(frozen=True)
class Source:
    """Where a stored fact comes from: the section path and the sentence that states it."""

    section: str
    sentence: str
    ref: str = ""  # the sentence's stable id, "p12.s3"
    idx: int = -1  # the sentence's index in the article

    def to_dict(self) -> dict:
        """The citation as the JSON export writes it."""
        return {"section": self.section, "sentence": self.sentence}


@dataclass(frozen=True)
class Fact:
    sentence: int
    # Set on facts read back from the database (``queries.typed_facts``); never stored, never compared.
    cited: Source | None = field(default=None, compare=False, repr=False, kw_only=True)

    KIND: ClassVar[str] = "fact"  # the kind's name in code, the CLI (--kind) and queries.facts
    TABLE: ClassVar[str] = ""  # its SQLite table: columns are ``columns()`` plus id, film_id, sentence_id
    JSON_KEY: ClassVar[str] = ""  # its key in the ``facts --json`` export
    EVIDENCE: ClassVar[tuple[str, ...]] = ()  # fields that must occur verbatim in the sentence
    MENTION_OF: ClassVar[str] = ""  # the name field that ``mention`` stands for in the sentence
    EXPORT_ALIASES: ClassVar[dict[str, str]] = {}  # extra export key → field (names kept for old readers)

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        """The stored fields, in declaration order (``sentence`` is stored as sentence_id)."""
        return _columns(cls)

    def to_dict(self) -> dict:
        """Every field but the citation (``sentence`` included), as plain values."""
        return {"sentence": self.sentence, **{c: getattr(self, c) for c in self.columns()}}

    def evidence_texts(self) -> list[tuple[str, str]]:
        """(field, text) pairs that must occur verbatim in the source sentence.

        Each non-empty ``EVIDENCE`` field, except that the name field named by ``MENTION_OF``
        is represented by ``mention`` when the name was resolved by coreference."""
        mention = getattr(self, "mention", "") if self.MENTION_OF else ""
        out = []
        for name in self.EVIDENCE:
            value = mention if mention and name == self.MENTION_OF else getattr(self, name)
            if value:
                out.append((name, value))
        return out

    def missing_evidence(self, sentence_text: str) -> list[tuple[str, str]]:
        """The evidence pairs that do not occur in *sentence_text* (empty when the fact holds)."""
        return [(n, v) for n, v in self.evidence_texts() if v not in sentence_text]

    def export(self) -> dict[str, Any]:
        """One fact as the ``facts --json`` export writes it: every column, the aliases, its source."""
        row: dict[str, Any] = {}
        for c in self.columns():
            for alias, target in self.EXPORT_ALIASES.items():
                if target == c:
                    row[alias] = getattr(self, c)
            row[c] = getattr(self, c)
        if self.cited is not None:
            row["source"] = self.cited.to_dict()
        return row

    @classmethod
    def export_group(cls, facts: list) -> Any:
        """The export value of all of one film's facts of this kind (a list, by default)."""
        return [f.export() for f in facts]


@cache
def _columns(cls: type[Fact]) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in ("sentence", "cited"))


@dataclass(frozen=True)
class IdentityFact(Fact):
    """key is one of: year, country, language, genre, original_title, alt_title, runtime, based_on."""

    key: str = ""
    value: str = ""
    EVIDENCE: ClassVar[tuple[str, ...]] = ("value",)
    KIND: ClassVar[str] = "identity"
    TABLE: ClassVar[str] = "identity"
    JSON_KEY: ClassVar[str] = "identity"


@dataclass(frozen=True)
class CrewFact(Fact):
    """role is one of: director, writer, producer, executive_producer, cinematographer, editor,
    composer, story, based_on_author, production_company, distributor."""

    role: str = ""
    name: str = ""
    mention: str = ""  # the name as the sentence states it, when ``name`` was resolved elsewhere
    EVIDENCE: ClassVar[tuple[str, ...]] = ("name",)
    MENTION_OF: ClassVar[str] = "name"
    KIND: ClassVar[str] = "crew"
    TABLE: ClassVar[str] = "crew"
    JSON_KEY: ClassVar[str] = "crew"


@dataclass(frozen=True)
class CastFact(Fact):
    """A member of the final cast. character may be empty when the article names the actor only."""

    actor: str = ""
    character: str = ""
    voice: bool = False
    order: int = 0  # billing order as met in the article (lead first)
    # the actor as the sentence states it, when ``actor`` was resolved elsewhere; or, for a stock part ("Narrator",
    # "Herself") the sentence words otherwise, that word ("narrates", "themselves": casting.toml stock_parts)
    mention: str = ""
    EVIDENCE: ClassVar[tuple[str, ...]] = ("actor", "character")
    MENTION_OF: ClassVar[str] = "actor"
    KIND: ClassVar[str] = "cast"
    TABLE: ClassVar[str] = "cast_members"
    JSON_KEY: ClassVar[str] = "cast"

    def part_mention(self) -> bool:
        """Whether ``mention`` states the part, not the actor: the mention is a word the stock-part table maps to
        this very part ("narrated" -> Narrator; "themselves" -> Himself/Herself/Themselves), never a name; or the
        description the sentence gives a part the story names ("the sheriff" for "Cal Tobin", named so in the plot:
        coreference, like a surname for a full name). A description is an article and a lower-case word, the part a
        name; a job's words ("The film's composer", which stand for a player) never are one."""
        stock = stock_part(self.mention)
        if stock:
            return self.character in ((*_self_parts().values(),) if stock == "self" else (stock,))
        return described_part_mention(self.mention) and self.character[:1].isupper()

    def evidence_texts(self) -> list[tuple[str, str]]:
        """As :meth:`Fact.evidence_texts`, except that a stock part stated by another word is evidenced by that word
        (the mention), and the actor then by its own full name."""
        if self.mention and self.part_mention():
            return [("actor", self.actor), ("character", self.mention)]
        return super().evidence_texts()


def described_part_mention(words: str) -> bool:
    """Whether a cast fact's mention is a description of its part ("the sheriff", "The cook", "a drunken
    preacher"): an article, then lower-case words ending in a noun that is no job on the film (casting.toml
    job_cameo_nouns: "The film's composer" stands for a player)."""
    if not words or words.split(" ", 1)[0] not in {"the", "The", "a", "A", "an", "An"} or " " not in words:
        return False
    rest = words.split(" ", 1)[1]
    return rest[:1].islower() and rest.split()[-1].lower() not in _job_nouns()


@cache
def _job_nouns() -> frozenset[str]:
    from .vocab import load  # the vocabulary tables, read once
    return frozenset(load("casting")["job_cameo_nouns"])


def stock_part(word: str) -> str:
    """The stock part a stated word stands for ("narrates" -> "Narrator", "herself" -> "self"), '' for any other."""
    return _stock_parts().get(word.lower(), "") if word else ""


@cache
def _stock_parts() -> dict[str, str]:
    from .vocab import load  # the vocabulary tables, read once
    return load("casting")["stock_parts"]


@cache
def _self_parts() -> dict[str, str]:
    from .vocab import load
    return load("casting")["self_parts"]


@dataclass(frozen=True)
class CastingEventFact(Fact):
    """Casting history, kept apart from the final cast.

    event is one of: cast, negotiating, dropped_out, replaced, recast, considered, declined.
    For 'replaced', ``person`` is the one who left and ``other`` the replacement."""

    person: str = ""
    event: str = ""
    character: str = ""
    other: str = ""
    mention: str = ""  # ``person`` as the sentence states it, when it was resolved elsewhere
    EVIDENCE: ClassVar[tuple[str, ...]] = ("person", "other")
    MENTION_OF: ClassVar[str] = "person"
    KIND: ClassVar[str] = "casting"
    TABLE: ClassVar[str] = "casting_events"
    JSON_KEY: ClassVar[str] = "casting_history"


@dataclass(frozen=True)
class AwardFact(Fact):
    """outcome is 'won', 'nominated', 'submitted' (an entry or shortlist, not nominated) or
    'competed' (in competition, not won): only 'won' is a win. ceremony is the name as written without the ordinal
    ("Academy Awards"); ordinal and year say which edition when the article does."""

    ceremony: str = ""
    ordinal: int | None = None
    year: int | None = None
    category: str = ""
    recipient: str = ""
    outcome: str = ""
    mention: str = ""  # the recipient as the sentence states it ("Doe"), when resolved to the article's full name
    EVIDENCE: ClassVar[tuple[str, ...]] = ("category", "recipient")
    MENTION_OF: ClassVar[str] = "recipient"
    KIND: ClassVar[str] = "award"
    TABLE: ClassVar[str] = "awards"
    JSON_KEY: ClassVar[str] = "awards"


@dataclass(frozen=True)
class AwardCountFact(Fact):
    """A stated count: "received five nominations" → count=5, outcome='nominated'."""

    ceremony: str = ""
    ordinal: int | None = None
    count: int = 0
    outcome: str = ""
    text: str = ""
    EVIDENCE: ClassVar[tuple[str, ...]] = ("text",)
    KIND: ClassVar[str] = "award_count"
    TABLE: ClassVar[str] = "award_counts"
    JSON_KEY: ClassVar[str] = "award_counts"


@dataclass(frozen=True)
class ReviewFact(Fact):
    """verdict is 'positive', 'mixed' or 'negative'. rating_value/rating_scale are the
    normalised rating ("three and a half stars out of four" → 3.5 / 4)."""

    critic: str = ""
    publication: str = ""
    rating_text: str = ""
    rating_value: float | None = None
    rating_scale: float | None = None
    verdict: str = ""
    quote: str = ""
    EVIDENCE: ClassVar[tuple[str, ...]] = ("critic", "publication", "rating_text", "quote")
    EXPORT_ALIASES: ClassVar[dict[str, str]] = {"rating": "rating_text"}  # the export's first name for it
    KIND: ClassVar[str] = "review"
    TABLE: ClassVar[str] = "reviews"
    JSON_KEY: ClassVar[str] = "reviews"


@dataclass(frozen=True)
class ScoreFact(Fact):
    """An aggregate. source is rotten_tomatoes, metacritic, cinemascore or posttrak.

    score: percent (RT, PostTrak) or 0-100 (Metacritic); grade: CinemaScore letter;
    count: reviews/critics; average: RT average rating out of 10."""

    source: str = ""
    score: float | None = None
    count: int | None = None
    average: float | None = None
    average_scale: float | None = None
    grade: str = ""
    descriptor: str = ""
    consensus: str = ""
    text: str = ""
    EVIDENCE: ClassVar[tuple[str, ...]] = ("text", "descriptor", "grade")
    KIND: ClassVar[str] = "score"
    TABLE: ClassVar[str] = "scores"
    JSON_KEY: ClassVar[str] = "scores"
    AGGREGATORS: ClassVar[tuple[str, ...]] = ("rotten_tomatoes", "metacritic", "cinemascore", "posttrak")

    def export(self) -> dict[str, Any]:
        """As every fact, but the aggregator is ``aggregator``: ``source`` is the citation."""
        row = {"aggregator": self.source, **{c: getattr(self, c) for c in self.columns() if c != "source"}}
        if self.cited is not None:
            row["source"] = self.cited.to_dict()
        return row

    @classmethod
    def export_group(cls, facts: list) -> dict[str, dict | None]:
        """One entry per aggregator (the first stated), keyed by it, its empty fields left out;
        every known aggregator is a key, null when the article gives none."""
        out: dict[str, dict | None] = {a: None for a in cls.AGGREGATORS}
        for f in facts:
            if out.get(f.source) is None:
                out[f.source] = {k: v for k, v in f.export().items() if k != "aggregator" and v not in (None, "")}
        return out


@dataclass(frozen=True)
class MoneyFact(Fact):
    """kind is one of: budget, opening_weekend, per_theater, domestic, international,
    worldwide, home_media, gross (unspecified territory), partial (takings for part of the run),
    rentals (theatrical rentals: the distributors' share, which older films report instead of a gross).

    amount is the number in currency units (12.3 million → 12_300_000.0); amount_high is
    set for ranges; qualifier is 'over', 'under', 'about', 'at least' or ''. period is set for
    partial figures, as the article words it ("first day", "second weekend", "six weeks"): a
    total must never be answered with one. On a budget it is the budget's stage when the sentence
    names one ('initial', 'original', 'planned', 'final'): a first estimate is not what the film cost."""

    kind: str = ""
    amount: float = 0.0
    amount_high: float | None = None
    currency: str = "USD"
    qualifier: str = ""
    region: str = ""
    text: str = ""
    period: str = ""
    EVIDENCE: ClassVar[tuple[str, ...]] = ("text",)
    KIND: ClassVar[str] = "money"
    TABLE: ClassVar[str] = "money"
    JSON_KEY: ClassVar[str] = "money"


@dataclass(frozen=True)
class ReleaseFact(Fact):
    """kind is one of: premiere, limited, wide, release, home_media, streaming, rerelease.

    date is ISO (YYYY, YYYY-MM or YYYY-MM-DD, as precise as the article); date_text as written."""

    kind: str = ""
    date: str = ""
    date_text: str = ""
    event: str = ""
    place: str = ""
    theaters: int | None = None
    distributor: str = ""
    EVIDENCE: ClassVar[tuple[str, ...]] = ("date_text", "event")
    KIND: ClassVar[str] = "release"
    TABLE: ClassVar[str] = "releases"
    JSON_KEY: ClassVar[str] = "release"


@dataclass(frozen=True)
class ProductionFact(Fact):
    """key is one of: filming_location, filming_start, filming_end, filming_period."""

    key: str = ""
    value: str = ""
    date: str = ""
    EVIDENCE: ClassVar[tuple[str, ...]] = ("value",)
    KIND: ClassVar[str] = "production"
    TABLE: ClassVar[str] = "production"
    JSON_KEY: ClassVar[str] = "production"


@dataclass(frozen=True)
class PlotCharacterFact(Fact):
    """A character named in the plot; sentence is the first mention, mentions counts sentences."""

    name: str = ""
    mentions: int = 0
    EVIDENCE: ClassVar[tuple[str, ...]] = ("name",)
    KIND: ClassVar[str] = "plot_character"
    TABLE: ClassVar[str] = "plot_characters"
    JSON_KEY: ClassVar[str] = "plot_characters"


# The registry: every kind of fact, in the order the export (and the CLI) lists them.
FACT_TYPES: tuple[type[Fact], ...] = (
    CastFact,
    CrewFact,
    AwardFact,
    AwardCountFact,
    ReviewFact,
    ScoreFact,
    MoneyFact,
    ReleaseFact,
    IdentityFact,
    CastingEventFact,
    ProductionFact,
    PlotCharacterFact,
)
BY_KIND: dict[str, type[Fact]] = {cls.KIND: cls for cls in FACT_TYPES}
BY_TABLE: dict[str, type[Fact]] = {cls.TABLE: cls for cls in FACT_TYPES}
KINDS: tuple[str, ...] = tuple(BY_KIND)
assert len(BY_KIND) == len(BY_TABLE) == len({c.JSON_KEY for c in FACT_TYPES}) == len(FACT_TYPES)
assert all(c.KIND and c.TABLE and c.JSON_KEY for c in FACT_TYPES)

F = TypeVar("F", bound=Fact)


def fact_type(kind: str) -> type[Fact]:
    """The dataclass of a kind name ("cast" → CastFact); KeyError for an unknown kind."""
    return BY_KIND[kind]


@dataclass
class Facts:
    """All facts of one article, grouped by kind."""

    items: list[Fact] = field(default_factory=list)

    def of(self, cls: type[Fact]) -> list:
        return [f for f in self.items if type(f) is cls]

    def extend(self, facts) -> None:
        self.items.extend(facts)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.items:
            out[f.KIND] = out.get(f.KIND, 0) + 1
        return out
