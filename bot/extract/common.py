"""Shared vocabulary of the extractors: number words, ordinals, dates, person-name shapes.

Kept in one place so that "five nominations", "the 86th Academy Awards" and
"January 10, 2014" are read the same way by every extractor.
"""

from __future__ import annotations

import re

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "one hundred": 100, "a dozen": 12, "a single": 1, "single": 1,
}
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
NUMBER_WORD_RX = r"(?:\d[\d,]*|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"


def parse_int(token: str) -> int | None:
    """'five' → 5, '1,729' → 1729, 'twenty-one' → 21; None when it is not a count."""
    t = token.strip().lower()
    if re.fullmatch(r"\d[\d,]*", t):
        return int(t.replace(",", ""))
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)", t)
    if m:
        return NUMBER_WORDS[m.group(1)] + NUMBER_WORDS[m.group(2)]
    return None


def parse_ordinal(token: str) -> int | None:
    """'86th' → 86, 'first' → 1."""
    t = token.strip().lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", t)
    if m:
        return int(m.group(1))
    return ORDINAL_WORDS.get(t)


MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"]
    )
}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH_RX = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"

# "October 12, 2013" | "12 October 2013" | "October 2013" | "October 12" | "2013"
DATE_RX = re.compile(
    rf"\b(?:{_MONTH_RX}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RX},?\s+\d{{4}}"
    rf"|{_MONTH_RX},?\s+\d{{4}}"
    rf"|{_MONTH_RX}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RX}\b)"
)
YEAR_RX = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def parse_date(text: str, default_year: int | None = None) -> str:
    """Turn a date as written into ISO as precise as it is: '2013-10-12', '2013-10' or '2013'.

    A day and month without a year take ``default_year`` when given, else ''."""
    t = text.strip().rstrip(",")
    mon = None
    for tok in re.findall(r"[A-Za-z]+", t):
        if tok.lower() in MONTHS or tok.lower()[:3] in MONTHS and len(tok) <= 4:
            mon = MONTHS.get(tok.lower(), MONTHS.get(tok.lower()[:3]))
            break
    year_m = YEAR_RX.search(t)
    year = int(year_m.group(1)) if year_m else default_year
    nums = [int(x) for x in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", YEAR_RX.sub(" ", t))]
    day = nums[0] if nums and 1 <= nums[0] <= 31 else None
    if year is None:
        return ""
    if mon is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{mon:02d}"
    return f"{year:04d}-{mon:02d}-{day:02d}"


# A person's name as written in prose: capitalised words, with particles and initials
# ("Hoyte van Hoytema", "J. R. Jones", "Guillermo del Toro", "Lupita Nyong'o", "Ōtomo").
_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-ſ]"
_NAME_WORD = rf"(?:{_UPPER}[\w'’.\-]*\w\.?|{_UPPER}\.)"
_PARTICLE = r"(?:van|von|der|de|del|della|di|da|du|la|le|bin|al|el|dos|das|ten|ter|y|st\.)"
NAME_RX = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{0,4}}(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?"
NAME_RE = re.compile(NAME_RX)


def clean_name(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:'\"“”‘’")
