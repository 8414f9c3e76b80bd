"""Shared vocabulary of the extractors: number words, ordinals, dates, person-name shapes.

Kept in one place so that "five nominations", "the 86th Academy Awards" and
"January 10, 2014" are read the same way by every extractor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..vocab import alternation, load

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
# ("Anna van der Berg", "J. R. Smith", "Maria del Campo", "O'Brien").
_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-ſ]"
# A bare initial counts only before another capitalised word ("K Doe", "R K Doe"), so "A" alone is no name.
_NAME_WORD = rf"(?:{_UPPER}[\w'’.\-]*\w\.?|{_UPPER}\.|{_UPPER}(?=\s+(?:{_UPPER}\s+)?{_UPPER}[a-z]))"
# Particles are data (bot/vocab/names.toml), shared with the name recogniser.
_PARTICLE = alternation(load("names")["particles"])
# Inside a name also "d'Arcy"-style particles, and a closing bare initial ("Jane G, ...").
# ... and a hyphen-glued particle's surname ("Vask el-Dorra", "al-Osk"): names.toml hyphen_particles
_HYPHEN_PARTICLE = rf"(?:{alternation(load('names')['hyphen_particles'])})-(?:{_UPPER}|[a-z])[\w'’-]*+"
_INNER_WORD = rf"(?:{_NAME_WORD}|[dl]['’]{_UPPER}\w+|{_HYPHEN_PARTICLE}|{_UPPER}(?=[,;)]|\s+and\b|$))"
# A quoted nickname inside a name ('Ora "Kit" Pell'), only when a capitalised word follows it (tried after the
# name's words and particles fail, so a name without one pays a character's test at its end).
_NICK = r"[\"“][A-Z][\w.'’-]*(?:\s[\w.'’-]+){0,2}[\"”](?=\s+[A-Z])"
NAME_RX = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*(?:{_INNER_WORD}|{_NICK})){{0,4}}(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?"
#: A name ending the text searched ("…, directed by Ora Pell"): the subject just before a cue.
NAME_AT_END = re.compile(rf"(?:{NAME_RX})$")
# NAME_RX for a frame whose next character after the name can never be a word's ([\w'’.-]: a space, a comma, a
# bracket, the end): each word is read whole, atomically. A shorter reading of a word ends before one of those
# characters, so it could never be followed there; the engine gave words back one character at a time at every
# capital of a sentence where the frame's follower ("of", a verb) was missing. Same matches.
_NAME_WORD_WHOLE = rf"(?:(?>{_UPPER}[\w'’.\-]*\w\.?)|{_UPPER}\.|{_UPPER}(?=\s+(?:{_UPPER}\s+)?{_UPPER}[a-z]))"
_INNER_WORD_WHOLE = rf"(?:{_NAME_WORD_WHOLE}|[dl]['’]{_UPPER}\w+|{_HYPHEN_PARTICLE}|{_UPPER}(?=[,;)]|\s+and\b|$))"
NAME_RX_SPACED = (rf"{_NAME_WORD_WHOLE}(?:\s+(?:{_PARTICLE}\s+)*(?:{_INNER_WORD_WHOLE}|{_NICK})){{0,4}}"
                  r"(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?")
NAME_RE = re.compile(NAME_RX)


def clean_name(text: str) -> str:
    """Whitespace runs as one space, quotes and list punctuation trimmed from both ends.

    Joining ``str.split()`` is replacing every run of ``\\s`` with one space (both know the same
    whitespace) once the ends are stripped, which the strip does anyway; it costs a fraction of
    the regex, and every extractor cleans every name it reads."""
    return " ".join(text.split()).strip(" ,;:'\"“”‘’")


# --- money -------------------------------------------------------------------------------
# Currency marks as written before a figure, most specific first ("US$" before "$").
_CURRENCY_PREFIX: list[tuple[str, str]] = [
    (r"US\s?\$", "USD"), (r"A\$|AU\$", "AUD"), (r"CA\$|C\$", "CAD"), (r"NZ\$", "NZD"),
    (r"HK\$", "HKD"), (r"NT\$", "TWD"), (r"S\$", "SGD"), (r"R\$", "BRL"), (r"MX\$", "MXN"),
    (r"CN¥|RMB\b", "CNY"), (r"\bUSD\b", "USD"), (r"\bINR\b|₹|\bRs\b\.?", "INR"), (r"\bPKR\b", "PKR"),
    (r"\bBDT\b|৳|\bTk\b\.?", "BDT"), (r"\bRM\b", "MYR"), (r"\$", "USD"), (r"£", "GBP"), (r"€", "EUR"),
    (r"¥", "JPY"), (r"₩", "KRW"), (r"₱", "PHP"), (r"₽", "RUB"), (r"₺", "TRY"), (r"₦", "NGN"),
]
# Currency words written after a figure ("50,000 dollars", "5 million yuan").
_CURRENCY_SUFFIX: dict[str, str] = {
    "us dollars": "USD", "dollars": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP",
    "pounds": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "won": "KRW", "rupees": "INR",
    "pesos": "PHP", "ringgit": "MYR", "baht": "THB", "taka": "BDT",
}
# Words that are currencies only after a multiplier: "lost 35 pounds", "won 3 awards".
_SUFFIX_NEEDS_SCALE = {"pounds", "won"}
# … and the other countries' currency words of bot/vocab/money.toml ("1.2 billion lire", "450,000 new francs")
_CURRENCY_SUFFIX.update({w.lower(): code for w, code in load("money")["currencies"]["suffix"].items()})
_SUFFIX_NEEDS_SCALE.update(load("money")["currencies"]["suffix_needs_scale"])
MONEY_SCALES: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
    "trillion": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
}
# … and the other abbreviations of bot/vocab/money.toml ("DM 4.6 million"), first (whole words: never inside one)
# (a mark that ends in a sign, "GH₵", may be followed by a space or the digit)
_CURRENCY_PREFIX[:0] = [(rf"\b{re.escape(w)}" + (r"\b" if w[-1].isalnum() else ""), code)
                        for w, code in load("money")["currencies"]["prefix"].items()]
_PREFIX_RXS = [(re.compile(p), code) for p, code in _CURRENCY_PREFIX]
_SYM = "|".join(f"(?:{p})" for p, _ in _CURRENCY_PREFIX)
_MNUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A scale word after a space or hyphen ("$5 million", "a $5-million budget") or glued ("£3m", "$2bn").
_SCALE = r"(?:[\s-](?:million|billion|trillion|thousand|crores?|lakhs?|lacs?)\b|(?:mn|bn|m|M|k)\b)"
_SUFFIX_WORDS = "(?i:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _CURRENCY_SUFFIX), key=len, reverse=True)) + ")"
# Bare crore/lakh figures count as money unless they count people or views.
_NOT_MONEY_AFTER = r"(?!\s+(?:views|viewers|people|tickets|footfalls?|admissions|audiences?|hits|likes|subscribers|copies|units))"

MONEY_RX = re.compile(
    rf"(?P<between>\b[Bb]etween\s+)?"
    rf"(?:(?P<sym>{_SYM})\s?(?P<n1>{_MNUM})(?P<s1>{_SCALE})?"
    rf"(?:\s?(?P<sep>–|—|-|\bto\b|\band\b)\s?(?P<sym2>{_SYM})?\s?(?P<n2>{_MNUM})(?P<s2>{_SCALE})?)?"
    rf"|(?P<n3>{_MNUM})(?P<s3>{_SCALE})?\s+(?P<word>{_SUFFIX_WORDS})\b"
    rf"|(?P<n4>{_MNUM})(?P<s4>\s?(?:crores?|lakhs?|lacs?))\b{_NOT_MONEY_AFTER})"
)

_QUALIFIERS: list[tuple[str, str]] = [
    ("more than", "over"), ("in excess of", "over"), ("upwards of", "over"), ("just over", "over"),
    ("over", "over"), ("above", "over"), ("exceeding", "over"),
    ("less than", "under"), ("just under", "under"), ("under", "under"), ("below", "under"),
    ("at least", "at least"),
    ("an estimated", "about"), ("estimated", "about"), ("approximately", "about"), ("approximate", "about"),
    ("an approximate", "about"), ("around", "about"), ("about", "about"), ("roughly", "about"),
    ("nearly", "about"), ("almost", "about"), ("close to", "about"), ("some", "about"),
    ("approx.", "about"), ("circa", "about"), ("a reported", "about"), ("reportedly", "about"),
]
_QUALIFIER_RX = re.compile(
    r"\b(" + "|".join(sorted((re.escape(q) for q, _ in _QUALIFIERS), key=len, reverse=True)) + r")\s+(?:\w+\s+)?$",
    re.I,
)
_QUALIFIER_MAP = dict(_QUALIFIERS)


class AskedWords:
    """A set of an article's words answered word by word when asked, each answer kept: extractors ask a
    few words an article, where reading every word up front cost more than all the questions. A subclass
    says how one word is found (``_find``)."""

    def __init__(self) -> None:
        self._seen: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        hit = self._seen.get(word)
        if hit is None:
            hit = self._seen[word] = self._find(word)
        return hit

    def _find(self, word: str) -> bool:
        raise NotImplementedError


@dataclass(frozen=True)
class MoneySpan:
    """One figure of money as written: offsets into the text, the verbatim span and its value."""

    start: int
    end: int
    text: str
    amount: float
    amount_high: float | None
    currency: str
    qualifier: str


def _currency_of(symbol: str) -> str:
    sym = symbol.strip()
    for rx, code in _PREFIX_RXS:
        if rx.fullmatch(sym):
            return code
    return "USD"


def _scale(word: str | None) -> float:
    if not word:
        return 1.0
    w = word.strip(" -").lower()
    return MONEY_SCALES.get(w, MONEY_SCALES.get(w.rstrip("s"), 1.0))


def _num(token: str) -> float:
    return float(token.replace(",", ""))


def _value(token: str, scale: str | None) -> float:
    """Figure times scale, rounded to cents: binary floats would turn some "x.4 million" into …399.99."""
    return round(_num(token) * _scale(scale), 2)


def money_qualifier(before: str) -> str:
    """The hedge just before a figure ("over", "an estimated", "nearly" …), normalised to
    over / under / about / at least, so "over $20 million" and "more than $20 million" compare equal."""
    m = _QUALIFIER_RX.search(before[-40:])
    if not m:
        return ""
    return _QUALIFIER_MAP.get(m.group(1).lower(), "")


def _span_from_match(text: str, m: re.Match[str]) -> MoneySpan | None:
    """Read one match; returns None for look-alikes ("won 3" with no scale, "35 pounds")."""
    before = text[: m.start()]
    if m.group("n4"):
        cur = "INR"
        return MoneySpan(m.start(), m.end(), m.group(0), _value(m.group("n4"), m.group("s4")), None, cur,
                         money_qualifier(before))
    if m.group("n3"):
        word = " ".join(m.group("word").lower().split())
        if word in _SUFFIX_NEEDS_SCALE and not m.group("s3") and word != "pounds sterling":
            return None
        return MoneySpan(m.start(), m.end(), m.group(0), _value(m.group("n3"), m.group("s3")), None,
                         _CURRENCY_SUFFIX[word], money_qualifier(before))
    between = bool(m.group("between"))
    start = m.start("sym") if not between else m.start()
    end = m.end()
    high: float | None = None
    s1, s2 = m.group("s1"), m.group("s2")
    sep = (m.group("sep") or "").lower()
    is_range = bool(m.group("n2")) and (
        sep in {"–", "—", "-"}
        or (sep == "and" and between)
        or (sep == "to" and not re.search(r"\bfrom\s+(?:\w+\s+)?$", before[-30:], re.I))
    )
    if m.group("n2") and sep == "-" and not s1 and not s2 and not m.group("sym2"):
        is_range = True  # "$56-57" with the scale elsewhere is still a range of plain figures
    if is_range:
        low = _value(m.group("n1"), s1 or s2)
        high = _value(m.group("n2"), s2 or s1)
        if high < low:
            return None
    else:
        if between:
            start = m.start("sym")
        end = m.end("s1") if s1 else m.end("n1")
        low = _value(m.group("n1"), s1)
    qual_before = text[: (m.start() if between and is_range else m.start("sym"))]
    return MoneySpan(start, end, text[start:end], low, high, _currency_of(m.group("sym")), money_qualifier(qual_before))


_DIGIT = re.compile(r"\d")


def _money_search(text: str, pos: int) -> re.Match[str] | None:
    """``MONEY_RX.search(text, pos)``, started a few characters before the next digit: every figure holds one,
    and before its first digit a match holds only a currency mark (four characters at most) and a space, or
    "between" and the spaces after it (then the search starts at ``pos``). The pattern's thirty openings were
    tried at every character of a sentence's words."""
    digit = _DIGIT.search(text, pos)
    if digit is None:
        return None
    at = digit.start()
    if at - pos > 8 and "etween" not in text[pos:at]:
        pos = at - 8
    return MONEY_RX.search(text, pos)


def iter_money(text: str):
    """Every figure of money in ``text``, left to right.

    A range joined by "and" needs "between" and one joined by "to" must not follow "from"
    ("rose from $10 million to $15 million" is two figures, not a range); when the match is cut
    short the scan resumes after the part kept, so the second figure is still found."""
    pos = 0
    while True:
        m = _money_search(text, pos)
        if not m:
            return
        span = _span_from_match(text, m)
        if span is None:
            pos = m.end()
            continue
        yield span
        pos = max(span.end, m.start() + 1)


def parse_money(text: str) -> tuple[float, float | None, str, str] | None:
    """The first figure of money in ``text`` as (amount, amount_high, currency, qualifier).

    "over $20 million" → (20_000_000.0, None, 'USD', 'over'); "₹500 crore" → (5e9, None, 'INR', '');
    "between $200 and $250 million" → (2e8, 2.5e8, 'USD', ''); None when there is no figure."""
    for span in iter_money(text):
        return span.amount, span.amount_high, span.currency, span.qualifier
    return None


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def mask_long_quotes(text: str, max_words: int = 4) -> str:
    """Blank out quotations longer than ``max_words`` words, keeping every offset.

    What people say ("... when we both got Academy Awards") is not what happened; short
    quoted names ("Best Comedy", "B−") are kept. Offsets are kept so that spans found in the
    masked text are verbatim in the original."""

    def blank(m: re.Match[str]) -> str:
        inner = m.group(0)[1:-1]
        if len(inner.split()) <= max_words:
            return m.group(0)
        return m.group(0)[0] + " " * len(inner) + m.group(0)[-1]

    return _QUOTED.sub(blank, text)


# --- cue words: a cheap test before an expensive pattern ----------------------------------------
_CUE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: ``_CUE_WORD`` for an ASCII text in lower case, where a letter is [a-z] and the apostrophe is "'": the same
#: words, found with a range test a character instead of three Unicode category lookups (20 -> 8.5 µs a
#: sentence of the corpus).
_CUE_WORD_ASCII = re.compile(r"[a-z]+(?:'[a-z]+)?")


@lru_cache(maxsize=4096)
def sentence_words(text: str) -> frozenset[str]:
    """The lower-case words of a sentence, once per sentence (every extractor asks).

    An ASCII text is lowered whole before its words are found (the same words: lowering keeps every
    ASCII letter a letter), sparing a ``lower`` per word; other texts word by word, since lowering
    may change their length ("İ")."""
    text = text.replace("’", "'")
    if text.isascii():
        return frozenset(_CUE_WORD_ASCII.findall(text.lower()))
    return frozenset(w.lower() for w in _CUE_WORD.findall(text))


def cue_words(phrases) -> frozenset[str]:
    """For each phrase its longest word, lower case: a phrase can occur in a sentence only if that
    word is one of the sentence's words, so a set test spares most sentences a long alternation."""
    out = set()
    for p in phrases:
        ws = _CUE_WORD.findall((p or "").replace("’", "'"))
        if ws:
            out.add(max(ws, key=len).lower())
    return frozenset(out)


def has_cue(text: str, cues: frozenset[str]) -> bool:
    return not cues.isdisjoint(sentence_words(text))


# --- a name as a whole word, found without compiling a pattern for it ----------------------------------
def _joins_word(ch: str) -> bool:
    """Whether ``ch`` is one of ``[\\w'’-]`` (``\\w`` as ``re`` reads it on a str: a letter, a digit of any
    kind, or "_"), the characters that would make a name part of a longer word."""
    return ch.isalnum() or ch in "_'’-"


def whole_word_starts(text: str, word: str):
    """Where ``word`` stands whole in ``text`` (no ``[\\w'’-]`` either side), left to right, each after the last
    one's end: the starts of ``re.finditer(rf"(?<![\\w'’-]){re.escape(word)}(?![\\w'’-])", text)``.

    Why: a frame asked about one article's name ("does the plot write Tam?") compiled a pattern for that name,
    a new one for every name of every article (about 1.5% of extracting the corpus went to compiling them);
    ``str.find`` and two character tests give the same places."""
    if not word:
        yield from (m.start() for m in re.finditer(r"(?<![\w'’-])(?![\w'’-])", text))
        return
    n = len(word)
    at = text.find(word)
    while at >= 0:
        if (at == 0 or not _joins_word(text[at - 1])) and (at + n == len(text) or not _joins_word(text[at + n])):
            yield at
            at = text.find(word, at + n)
        else:
            at = text.find(word, at + 1)


def has_whole_word(text: str, word: str) -> bool:
    """``re.search(rf"(?<![\\w'’-]){re.escape(word)}(?![\\w'’-])", text) is not None``, with no pattern compiled."""
    return next(whole_word_starts(text, word), None) is not None
