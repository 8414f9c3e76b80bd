"""Accolades tables → awards with their outcomes.

The columns are found by their headers (vocab/wikitext.toml ``[accolades]``): award or ceremony,
date or year, category, recipient, result. A table without a result column, or without an award
or category column, is some other table. An award cell that names the category itself
("Ruritania Film Award for Best Picture") is split at "for"; the edition comes from an ordinal or a
year in the award cell ("12th Ruritania Film Awards") or from the date column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import vocab
from ..extract.awards import find_ceremonies, normalise_ceremony
from ..extract.common import YEAR_RX
from ..facts import AwardFact
from .tables import Grid, column


@cache
def _v() -> dict:
    return vocab.load("wikitext")


@dataclass
class Row:
    text: str  # the row as one line, which the award cites
    award: dict  # AwardFact fields but the sentence


def _outcome(cell: str) -> str:
    words = _v()["templates"]
    low = cell.strip().lower()
    first = re.split(r"[\s(,;:]", low, maxsplit=1)[0] if low else ""
    if first in words["won"] or low.startswith("won") or re.match(r"(?:1st|first)\b", low):
        return "won"
    if first in words["nominated"] or low.startswith("nominat"):
        return "nominated"
    if re.match(r"(?:2nd|3rd|second|third|runner)", low):
        return "nominated"
    return ""


_CATEGORY_LIKE = re.compile(r"^(?:Best|Outstanding|Worst|Most|Favou?rite|Special|Top)\b")


def read(grid: Grid, context: str = "") -> list[Row] | None:
    """The award rows of an accolades table; None when the table is not one.

    ``context`` is the text just before the table: when the award column holds categories
    ("Best Picture"), the ceremony is the last one that text names ("... at the 12th Ruritania Film Awards:")."""
    cols = _v()["accolades"]
    h = grid.header
    result = column(h, cols["result"])
    ceremony = column(h, cols["ceremony"])
    category = column(h, cols["category"])
    if result < 0 or (ceremony < 0 and category < 0):
        return None
    date = column(h, cols["date"])
    recipient = column(h, cols["recipient"])
    if category == ceremony:
        category = -1
    out: list[Row] = []
    for row in grid.rows:
        outcome = _outcome(row[result])
        if not outcome:
            continue
        award_cell = row[ceremony] if ceremony >= 0 else ""
        cat = row[category] if category >= 0 else ""
        if not cat and _CATEGORY_LIKE.match(award_cell):
            award_cell, cat = "", award_cell
        elif not cat and " for " in award_cell:
            award_cell, cat = award_cell.split(" for ", 1)
        mentions = find_ceremonies(award_cell) if award_cell else []
        if not award_cell and context:
            mentions = find_ceremonies(context)[-1:]
        name = mentions[0].name if mentions else normalise_ceremony(award_cell) if award_cell else ""
        ordinal = mentions[0].ordinal if mentions else None
        year = mentions[0].year if mentions and mentions[0].year else None
        when = row[date] if date >= 0 else ""
        if year is None and when:
            y = YEAR_RX.search(when)
            year = int(y.group(1)) if y else None
        rec = row[recipient] if recipient >= 0 else ""
        if not (name or cat):
            continue
        text = award_cell or name
        text += f" ({when})" if when and when not in award_cell else ""
        text += f": {cat}" if cat else ""
        text += f" – {rec}" if rec else ""
        text += f" – {row[result]}"
        out.append(Row(text, {"ceremony": name, "ordinal": ordinal, "year": year, "category": cat,
                              "recipient": rec, "outcome": outcome}))
    return out


def award_fact(row: Row, sentence: int) -> AwardFact:
    return AwardFact(sentence=sentence, **row.award)
