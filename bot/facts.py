"""Typed facts extracted from one article.

Every fact carries ``sentence``: the index of the sentence (in ``Article.sentences``)
that states it, so any answer the bot gives can cite its source. Fields listed in a
class's ``EVIDENCE`` tuple must occur verbatim in that sentence: that is the
contract the property tests check, and what keeps extractors from inventing names
or figures.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import ClassVar


@dataclass(frozen=True)
class Fact:
    sentence: int

    EVIDENCE: ClassVar[tuple[str, ...]] = ()
    KIND: ClassVar[str] = "fact"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class IdentityFact(Fact):
    """key is one of: year, country, language, genre, original_title, alt_title, runtime, based_on."""

    key: str = ""
    value: str = ""
    EVIDENCE: ClassVar[tuple[str, ...]] = ("value",)
    KIND: ClassVar[str] = "identity"


@dataclass(frozen=True)
class CrewFact(Fact):
    """role is one of: director, writer, producer, executive_producer, cinematographer, editor,
    composer, story, based_on_author, production_company, distributor."""

    role: str = ""
    name: str = ""
    EVIDENCE: ClassVar[tuple[str, ...]] = ("name",)
    KIND: ClassVar[str] = "crew"


@dataclass(frozen=True)
class CastFact(Fact):
    """A member of the final cast. character may be empty when the article names the actor only."""

    actor: str = ""
    character: str = ""
    voice: bool = False
    order: int = 0  # billing order as met in the article (lead first)
    EVIDENCE: ClassVar[tuple[str, ...]] = ("actor", "character")
    KIND: ClassVar[str] = "cast"


@dataclass(frozen=True)
class CastingEventFact(Fact):
    """Casting history, kept apart from the final cast.

    event is one of: cast, negotiating, dropped_out, replaced, recast, considered, declined.
    For 'replaced', ``person`` is the one who left and ``other`` the replacement."""

    person: str = ""
    event: str = ""
    character: str = ""
    other: str = ""
    EVIDENCE: ClassVar[tuple[str, ...]] = ("person", "other")
    KIND: ClassVar[str] = "casting"


@dataclass(frozen=True)
class AwardFact(Fact):
    """outcome is 'won' or 'nominated'. ceremony is the name as written without the ordinal
    ("Academy Awards"); ordinal and year say which edition when the article does."""

    ceremony: str = ""
    ordinal: int | None = None
    year: int | None = None
    category: str = ""
    recipient: str = ""
    outcome: str = ""
    EVIDENCE: ClassVar[tuple[str, ...]] = ("category", "recipient")
    KIND: ClassVar[str] = "award"


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
    KIND: ClassVar[str] = "review"


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


@dataclass(frozen=True)
class MoneyFact(Fact):
    """kind is one of: budget, opening_weekend, per_theater, domestic, international,
    worldwide, home_media, gross (unspecified territory).

    amount is the number in currency units (12.3 million → 12_300_000.0); amount_high is
    set for ranges; qualifier is 'over', 'under', 'about', 'at least' or ''."""

    kind: str = ""
    amount: float = 0.0
    amount_high: float | None = None
    currency: str = "USD"
    qualifier: str = ""
    region: str = ""
    text: str = ""
    EVIDENCE: ClassVar[tuple[str, ...]] = ("text",)
    KIND: ClassVar[str] = "money"


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


@dataclass(frozen=True)
class ProductionFact(Fact):
    """key is one of: filming_location, filming_start, filming_end, filming_period."""

    key: str = ""
    value: str = ""
    date: str = ""
    EVIDENCE: ClassVar[tuple[str, ...]] = ("value",)
    KIND: ClassVar[str] = "production"


@dataclass(frozen=True)
class PlotCharacterFact(Fact):
    """A character named in the plot; sentence is the first mention, mentions counts sentences."""

    name: str = ""
    mentions: int = 0
    EVIDENCE: ClassVar[tuple[str, ...]] = ("name",)
    KIND: ClassVar[str] = "plot_character"


FACT_TYPES: tuple[type[Fact], ...] = (
    IdentityFact,
    CrewFact,
    CastFact,
    CastingEventFact,
    AwardFact,
    AwardCountFact,
    ReviewFact,
    ScoreFact,
    MoneyFact,
    ReleaseFact,
    ProductionFact,
    PlotCharacterFact,
)


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
