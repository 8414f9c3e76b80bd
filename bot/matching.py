"""Fuzzy matching of film titles, names and trivia answers: pure functions, no Discord, no database.

Why a module of its own: every surface (slash commands, autocomplete, free-form questions,
trivia grading) must agree on what "the same title" means, and the rules are subtle enough
that they deserve one tested home.

House rules, and why:

* Everything is compared in a *normalised* form (:func:`normalize`): lowercase, accents and
  diacritics stripped, smart quotes straightened, ``&`` spelled ``and``, apostrophes dropped
  (so ``it's`` == ``its``), punctuation turned into spaces. ``rapidfuzz`` no longer preprocesses
  by default (since 3.0), so we do it ourselves, once, when an index is built.
* Titles are keyed without a leading article (:func:`title_key`), because users drop the
  article as often as they type it.
* Exact key lookups come before any fuzzy step. Short common-word titles are otherwise
  swamped by partial matches of longer titles that merely contain the word.
* Lenient scorers (``WRatio``, ``token_set_ratio``) *search*; a strict scorer (``fuzz.ratio``
  with a cutoff) *grades* answers. A lenient grader accepts "air" for "chair".
* Lenient scorers find candidates; a title is *accepted* only when it is the same title up to
  typos (:func:`title_relation`): every significant word of the query matches a word of the title
  and the other way round (a missing "The", a year and sequel markers such as "Part" aside),
  and the numbers are equal, so "Example II" is never the first "Example", "Example Street"
  never "Example". A candidate that is merely close is *suggested* ("did you mean"), never
  substituted; an unrelated best-scoring title is not even suggested.
* Never a silent guess: when two different titles are both accepted, the caller gets
  ``"ambiguous"`` and a list to offer, not a coin flip. Films sharing one title are
  ``"shared"``: the caller decides (the library answers for the best-documented one).
* Names follow the same rule (:meth:`NameIndex.match`): every word typed must be a word of the
  name (typos, initials and a typed prefix allowed); the nearest other person is never an answer.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein
from rapidfuzz.utils import default_process

from .trigrams import TrigramIndex
from .vocab import load

__all__ = [
    "AMBIGUITY_GAP",
    "MATCH_CUTOFF",
    "NameEntry",
    "NameIndex",
    "Resolution",
    "TitleEntry",
    "TitleIndex",
    "choice_value",
    "grade_answer",
    "label",
    "normalize",
    "parse_number",
    "title_key",
]

# --- tunables --------------------------------------------------------------------------------------
#: Queries longer than this are clipped before matching: nobody types a 300-character title,
#: and hostile 6,000-character inputs must not cost 6,000-character comparisons.
MAX_QUERY_CHARS = 200
#: WRatio (on processed strings) a fuzzy title candidate needs to be returned as a match.
MATCH_CUTOFF = 80.0
#: Candidates this far below the best one still count as "close": the result is ambiguous.
AMBIGUITY_GAP = 4.0
#: Lowest score worth offering in a "did you mean" list.
SUGGEST_CUTOFF = 50.0
#: Penalty for a fuzzy candidate whose year differs from the year given in the query.
YEAR_MISMATCH_PENALTY = 10.0
#: Penalty for a fuzzy candidate that lacks a number the query has (sequels: "... 2").
NUMBER_MISMATCH_PENALTY = 15.0
#: Discord limits: 25 choices per autocomplete answer, 100 characters per choice name.
DISCORD_CHOICES = 25
AUTOCOMPLETE_CACHE = 4096  # recent autocomplete answers kept per title index
FUZZY_CACHE = 20_000  # fuzzy matches of question windows kept per title index
DISCORD_CHOICE_NAME = 100
#: Name indexes up to this size are judged whole by NameIndex.match; larger ones (every person of
#: every film) judge what the lenient search and exact words shortlist.
NAME_SCAN_ALL = 400
#: Cutoff of the strict scorer used to find titles inside free text.
TEXT_FUZZY_CUTOFF = 90.0
#: Answers (after normalisation) this short must match exactly: one edit changes their meaning.
SHORT_ANSWER = 4

_ARTICLES = frozenset({"the", "a", "an"})
# Words that never identify a title on their own in free text or in a multi-word query.
_STOPWORDS = frozenset(
    "the a an of and or in on at to for from by with is was are were be did does do who whom what "
    "which when where why how that this it its his her their there film movie".split()
)
_ROMAN = {
    "ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9",
    "xi": "11", "xii": "12", "xiii": "13", "xiv": "14", "xv": "15",
}
# Letters that NFKD does not decompose into base letter + combining mark.
_CHAR_MAP = str.maketrans({
    "\u2018": "", "\u2019": "", "\u201a": "", "\u201b": "", "\u2032": "", "`": "", "\u00b4": "",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00df": "ss", "\u00e6": "ae", "\u00c6": "AE", "\u0153": "oe", "\u0152": "OE", "\u00f8": "o",
    "\u00d8": "O", "\u0142": "l", "\u0141": "L", "\u0111": "d", "\u0110": "D", "\u00f0": "d",
    "\u00d0": "D", "\u00fe": "th", "\u00de": "Th", "\u0131": "i",
    "&": " and ", "'": "",
})
_ACRONYM = re.compile(r"\b(?:[^\W\d_]\.){2,}")  # U.S. / L.A. -> US / LA, not "u s"
_TRAILING_ARTICLE = re.compile(r"^(?P<body>.+?),\s*(?P<art>the|a|an)\s*$", re.IGNORECASE)
_YEAR_SUFFIX = re.compile(r"^(?P<rest>.+?) (?P<year>1[89]\d\d|20\d\d)(?: film| movie)?$")
_YEAR_PREFIX = re.compile(r"^(?P<year>1[89]\d\d|20\d\d) (?P<rest>.+)$")
_ID_QUERY = re.compile(r"^\s*(?:#|id\s*[:=#]?\s*)(?P<id>\d{1,12})\s*$", re.IGNORECASE)
# A word of free text, keeping apostrophes inside words and acronyms with dots together.
_TEXT_WORD = re.compile(r"(?:[^\W\d_]\.){2,}(?:[a-z]{1,2}\b)?|[^\W_]+(?:['\u2019\u2018`\u00b4][^\W_]+)*|&")


# --- normalisation ---------------------------------------------------------------------------------
def normalize(text: str) -> str:
    """Fold *text* into the form every comparison uses.

    Lowercase, accents stripped (NFKD), smart quotes straightened, ``&`` -> ``and``,
    apostrophes dropped (``it's`` -> ``its``, so the contraction survives as one word),
    dotted acronyms joined (``U.S.`` -> ``us``), every other non-alphanumeric character a
    space, runs of spaces collapsed. Articles are kept: see :func:`title_key`.
    """
    if not text:
        return ""
    if text.isascii() and text.replace(" ", "").isalnum():
        # plain ASCII letters, digits and spaces (most names and words a question is folded by): nothing to
        # translate or join, and default_process only lower-cases them; a third of the time of the general
        # path below, which a question runs a few hundred times
        return " ".join(text.lower().split())
    if not text.isascii():
        text = text.translate(_CHAR_MAP)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    else:
        text = text.translate(_CHAR_MAP)
    if "." in text:
        text = _ACRONYM.sub(lambda m: m.group().replace(".", ""), text)
    return " ".join(default_process(text).split())


def _strip_article(norm: str) -> str:
    """Drop one leading article from a normalised string, unless it is the whole string."""
    head, sep, rest = norm.partition(" ")
    if sep and head in _ARTICLES and rest:
        return rest
    return norm


_TITLE_VOCAB = load("titles")
#: Words typed for the same title word: roman numerals, number words, ordinals, abbreviations.
_CANON: dict[str, str] = {**_TITLE_VOCAB["numbers"], **_TITLE_VOCAB["ordinals"], **_TITLE_VOCAB["abbreviations"],
                          **_ROMAN}


#: Words and letters that join or stand for digits when typed around number words: "hundred n four",
#: "two point o" (a decimal point typed as a word, its zero as the letter), "4point0" typed run together.
_JOINERS = frozenset({"and", "n"})
_DECIMAL_RUN = re.compile(r"(?<![^\W\d_])(\d+)point(\d+|o)(?![^\W_])")
#: A roman numeral that is a sequel's number only after a sequel marker ("episode v", never "v" alone).
_MARKED_ROMAN = {"i": "1", "v": "5", "x": "10"}
_MARKERS = frozenset({"part", "pt", "chapter", "episode", "ep", "vol", "volume", "book"})
#: Words that are a number only next to one: the letters above, "point" and its "o".
_TRIGGERS = frozenset({*_MARKED_ROMAN, "point", "o"})


def _canon_numbers(norm: str) -> str:
    """One spelling per title word: "Part II" = "part 2", "Second Half" = "2nd half", "48 Hrs." =
    "48 hours" (the table is ``vocab/titles.toml``). Number words typed as one number are one number
    ("hundred and four" = "104", "twenty one" = "21"), and a decimal point typed as a word is the one
    "4.0" leaves ("four point o" = "4point0" = "4.o" = "4 0"): both the stored title and what a
    member types go through here, so each spelling finds the other."""
    if "point" in norm:
        norm = _DECIMAL_RUN.sub(lambda m: f"{m.group(1)} point {m.group(2)}", norm)
    ws = norm.split()
    if not any(t in _CANON or (t in _TRIGGERS and i and (ws[i - 1] in _MARKERS or ws[i - 1].isdigit()))
               for i, t in enumerate(ws)):
        return norm
    out: list[str] = []
    worded: list[bool] = []  # out[i] came from a number word (only those join into one number)
    for t in ws:
        c = _CANON.get(t, t)
        if t in _MARKED_ROMAN and out and out[-1] in _MARKERS:
            c = _MARKED_ROMAN[t]
        word = t in _TITLE_VOCAB["numbers"] or (t == "one" and bool(out) and (
            worded[-1] or (len(out) >= 2 and out[-1] in _JOINERS and worded[-2])))
        if word and c == "one":
            c = "1"
        if word and out and worded[-1] and out[-1].isdigit():
            prev = int(out[-1])
            if c == "100" and prev < 10:  # "two hundred"
                out[-1] = str(prev * 100)
                continue
            if (prev >= 100 and prev % 100 == 0 and int(c) < 100) or (prev % 10 == 0 and 20 <= prev < 100 and int(c) < 10):
                out[-1] = str(prev + int(c))  # "hundred two", "twenty one"
                continue
        if c == "100" and out and out[-1] == "one":  # "one hundred"
            out[-1], worded[-1] = c, True
            continue
        if word and len(out) >= 2 and out[-1] in _JOINERS and worded[-2] and out[-2].isdigit() \
                and int(out[-2]) >= 100 and int(out[-2]) % 100 == 0 and int(c) < 100:
            out.pop()
            worded.pop()
            out[-1] = str(int(out[-1]) + int(c))  # "hundred and four", "hundred n four"
            continue
        out.append(c)
        worded.append(word)
    for i in range(len(out) - 1, 0, -1):
        # "4 point 0" / "4 point o" / "4.o": the point a stored "4.0" leaves as a space, its zero a letter
        if out[i] == "o" and (out[i - 1].isdigit() or (out[i - 1] == "point" and i >= 2 and out[i - 2].isdigit())) \
                and out[i + 1: i + 2] != ["clock"]:
            out[i] = "0"
        if out[i] == "point" and i + 1 < len(out) and out[i - 1].isdigit() and out[i + 1].isdigit():
            del out[i]
    return " ".join(out)


def title_key(title: str) -> str:
    """The lookup key of a title: :func:`normalize`, minus a leading article, numerals canonical.

    Library-style "Example, The" is folded to the same key as "The Example".
    """
    if not title:
        return ""
    m = _TRAILING_ARTICLE.match(title)
    if m:
        title = m.group("body")
    return _canon_numbers(_strip_article(normalize(title)))


def _clip(text: str | None) -> str:
    return (text or "")[:MAX_QUERY_CHARS]


def _split_year(norm: str) -> tuple[str, int] | None:
    """``"title 2013"`` / ``"2013 title"`` / ``"title 2013 film"`` -> ``("title", 2013)``."""
    m = _YEAR_SUFFIX.match(norm) or _YEAR_PREFIX.match(norm)
    if not m:
        return None
    return m.group("rest"), int(m.group("year"))


def _numbers(key: str) -> set[str]:
    return {t for t in key.split() if t.isdigit()}


# --- titles ----------------------------------------------------------------------------------------
# Fuzzy title resolution scores a shortlist, not every title, on large indexes (see _fuzzy_candidates).
SHORTLIST_MIN_INDEX = 2000
SHORTLIST_RATIO = 80
SHORTLIST_POSTING_CAP = 1500
#: From this many title keys, typo candidates come from letter-trigram postings (bot/trigrams.py)
#: instead of scoring every key: that scan grows with the library (~30 ms at 40,000 titles on
#: these machines, ~150 ms at 200,000), the postings read a few thousand positions whatever the size.
TRIGRAM_FROM = 60_000
#: Keys taken from the trigram postings and then scored with ``fuzz.ratio`` like the full scan.
TRIGRAM_CANDIDATES = 300
VOCAB_CANDIDATES = 60  # the same for a typed word among the titles' words
#: Autocomplete's word shortlist: titles gathered for the typed words at most, and kept for
#: scoring (the shortest), for a library below TRIGRAM_FROM and for a larger one, where common
#: words and half-typed prefixes hold ten times the titles and each one kept costs a WRatio.
WORD_HITS, WORD_POOL = 20_000, 3000
WORD_HITS_LARGE, WORD_POOL_LARGE, PREFIXES_LARGE = 4000, 300, 100
#: In a large library, what one to three typed letters begin is thousands of titles that all score
#: alike (WRatio finds the letters in each): the shortest few hundred are as good an answer.
SHORT_QUERY, SHORT_PREFIXES, SHORT_POOL = 3, 100, 150
#: A large library keeps, for every two- and three-letter beginning of a title word, the shortest
#: titles holding a word that begins so (as many as a word shortlist keeps): a half-typed word
#: typed alone gathered and sorted thousands of titles per keystroke, 2-3 ms at 200,000 titles.
PREFIX_BUCKET_LENGTHS = (2, 3)
#: A typo search whose band of possible key lengths holds no more keys than this scans the band
#: (exactly what a scan of every key finds) instead of asking the trigram postings.
BAND_SCAN_MAX = 2000


@dataclass(frozen=True)
class TitleEntry:
    """One film as the matcher sees it: an id to return, a title to show, a year to disambiguate."""

    id: int
    title: str
    year: int | None = None


def label(entry: TitleEntry, limit: int = DISCORD_CHOICE_NAME) -> str:
    """``"Title (2013)"``, clipped to Discord's 100-character choice-name limit (year kept visible)."""
    suffix = f" ({entry.year})" if entry.year else ""
    title = " ".join((entry.title or "").split()) or f"#{entry.id}"
    if len(title) + len(suffix) > limit:
        title = title[: max(1, limit - len(suffix) - 1)].rstrip() + "\u2026"
    return (title + suffix)[:limit]


def choice_value(entry: TitleEntry) -> str:
    """An autocomplete choice *value* that :meth:`TitleIndex.resolve` maps straight back to the id.

    Using ``"#<id>"`` rather than the bare id keeps titles made of digits unambiguous.
    """
    return f"#{entry.id}"


@dataclass(frozen=True)
class Resolution:
    """What a title query resolved to.

    ``status``: ``"exact"`` (key or id hit), ``"match"`` (the same title up to typos, see
    :func:`title_relation`), ``"shared"`` (several films with this very title and no year given:
    ``candidates`` lists them oldest first, the caller picks), ``"ambiguous"`` (several different
    titles accepted: ask the user), ``"suggest"`` (nothing accepted, but ``candidates`` are close
    enough for "did you mean"), ``"none"`` (nothing accepted; ``candidates`` are only titles that
    are related but differ in a number or year, worth naming, never worth a button).
    ``entry`` is set only for exact/match. ``candidates`` are best first with a 0-100 score.
    """

    status: str
    entry: TitleEntry | None = None
    candidates: list[tuple[TitleEntry, float]] = field(default_factory=list)
    query_year: int | None = None

    @property
    def found(self) -> bool:
        return self.status in ("exact", "match") and self.entry is not None


def _year_order(e: TitleEntry) -> tuple[int, int]:
    return (e.year if e.year is not None else 10_000, e.id)


_HEAD_ENDS = frozenset({"for", "of", "in", "from", "and", "with", "on", "at", "to", "by", "under", "over", "without"})
_JOINED_WORDS = re.compile(r"[^\W\d_][.·][^\W\d_]")  # "Ab.Cde": words joined by a dot, no space
_SPLIT_TITLE = re.compile(r"\s*(?::|!|\s[-\u2013\u2014]\s)\s*")
_JOINED_NUMBERS = re.compile(r"\b(\d+)[:.](\d+)\b")


def _key_forms(key: str, group: list[TitleEntry]) -> set[str]:
    """The shorter or run-together forms that may stand for the title *key* (of the films in
    *group*): the candidates of :func:`_alternative_keys`, each still to be checked for being
    another title's form too."""
    min_letters = _TITLE_VOCAB["min_part_letters"]
    forms: set[str] = set()
    whole: set[str] = set()  # run-together forms with their own, shorter letter minimum
    words = key.split()
    if len(words) > 1 and len(key) >= min_letters:
        forms.add(key.replace(" ", ""))
    for e in group:
        # The whole title run together as typed, abbreviations and all ("48hrs", "abcdef"); five
        # letters are enough when the title itself joins its words without a space ("Ab.Cde") or
        # holds a number: such a form is no English word.
        typed = normalize(e.title or "")
        squashed = typed.replace(" ", "")
        if " " in typed and (len(squashed) >= min_letters or (
                len(squashed) >= min_letters - 1 and (_JOINED_WORDS.search(e.title or "") or any(c.isdigit() for c in squashed)))):
            whole.add(squashed)
    for e in group:
        parts = [p for p in _SPLIT_TITLE.split(e.title or "") if p.strip()]
        if len(parts) > 1:
            forms.update(title_key(p) for p in parts)
    # the title's head before a small word ("nine lanterns" for "Nine Lanterns for Nine Sisters"),
    # of two words at least: one word alone names too many titles
    for i in range(2, len(words) - 1):
        if words[i] in _HEAD_ENDS and sum(w not in _STOPWORDS for w in words[:i]) >= 2:
            forms.add(" ".join(words[:i]))
            break
    # the title without its first words ("the ballad of A B" by "A B")
    for i in range(1, len(words) - 1):
        tail = words[i:]
        if tail[0] in _STOPWORDS:
            continue
        if sum(w not in _STOPWORDS for w in tail) >= 2:
            forms.add(" ".join(tail))
    for e in group:
        # numbers the title writes with a colon or a point, typed run together ("1045 to x" for "10:45 to X")
        joined = _JOINED_NUMBERS.sub(r"\1\2", e.title or "")
        if joined != (e.title or ""):
            forms.add(title_key(joined))
    shorts = _TITLE_VOCAB.get("short_forms", {})
    if any(w in shorts for w in words):
        forms.add(" ".join(shorts.get(w, w) for w in words))  # "scarlet st" for "... Street"
    forms |= {f.replace(" ", "") for f in forms if " " in f}  # each part run together too
    out = {f for f in forms if f and f != key and len(f.replace(" ", "")) >= min_letters}
    out.update(f for f in whole if f != key)
    initials = _initials(words)
    if initials:
        out.add(initials)
    # the initials typed with the title's leading article ("tlnocs" for "The Long Night of Caleb Stone"), and of its
    # words that are no small words ("bbs" for "The Ballad of Bede Sorn"): members type both
    for e in group:
        first = normalize(e.title or "").split()[:1]
        if first and first[0] in _ARTICLES and words and words[0] != first[0]:
            out.add(_initials(first + words))
    content = [w for w in words if w not in _STOPWORDS]
    if len(content) < len(words):
        out.add(_initials(content))
    out.discard("")
    return out


def _initials(words: list[str]) -> str:
    """The initialism of a title key of three words or more, numbers kept whole ("ora bede kip 2" ->
    "obk2"): members name long titles by their initials. None for two words (too many titles share
    two letters) or when the initials are a function word; :meth:`TitleIndex.find_in_text` also
    refuses one that is a word of some title, and forms two titles share are dropped like any other."""
    if len(words) < 3:
        return ""
    got = "".join(w if w.isdigit() else w[0] for w in words)
    if sum(c.isalpha() for c in got) < 3 or got in _STOPWORDS:
        return ""
    return got


def _alias_forms(key: str, alias: str) -> list[str]:
    """The forms an original-language or alternative title gives the title *key*."""
    f = title_key(alias)
    if not (f and f != key and len(f.replace(" ", "")) >= 4):
        return []
    parts = [p for p in _SPLIT_TITLE.split(alias) if p.strip()]
    numbered = next((i for i, p in enumerate(parts) if i and _NUMBERED_PART.search(title_key(p))), None)
    if numbered is not None:
        # "Series: Episode V – The Name": the series and its number name the film ("series episode 5",
        # "series 5"), a form of its own beside the whole alias
        head = title_key(" ".join(parts[: numbered + 1]))
        return [f, head, _NUMBERED_PART.sub(r"\2", head)]
    head, _sep, rest = f.partition(" ")
    if head in _TITLE_VOCAB.get("foreign_articles", ()) and len(rest.split()) >= 2:
        return [f, rest]  # "le quai des x" typed "quai des x"
    # "Kip Osk or: Seven Nights at Sea": the subtitle of a full title, of three words at least, typed alone
    subtitles = [k for p in parts[1:] if len((k := title_key(p)).split()) >= 3 and len(k.replace(" ", "")) >= 10]
    return [f, *subtitles]


_NUMBERED_PART = re.compile(r"\b(part|pt|chapter|episode|ep|vol|volume|book) (\d+)$")


def _alternatives(by_key: dict[str, list[TitleEntry]], aliases=()) -> tuple[dict[str, str], set[str], dict[str, set[str]]]:
    """Forms that stand for exactly one title key and are no title themselves (see
    :meth:`TitleIndex.alt_key`), and those dropped because two titles share them (a form two
    titles share names neither): what :meth:`TitleIndex.with_added` needs to tell whether a new
    title's form is still free. Third, the keys claiming each form that is not in the first (the
    shared forms, and forms that are titles themselves): what :meth:`TitleIndex.with_removed`
    needs to tell whom a form falls to when a title claiming it, or the title it is, goes."""
    cands: dict[str, set[str]] = {}
    for key, group in by_key.items():
        for f in _key_forms(key, group):
            cands.setdefault(f, set()).add(key)
    for key, alias in aliases:
        for f in _alias_forms(key, alias):
            cands.setdefault(f, set()).add(key)
    alt: dict[str, str] = {}
    shared: set[str] = set()
    claims: dict[str, set[str]] = {}
    for f, ks in cands.items():
        if f in by_key:
            claims[f] = ks
            continue
        if len(ks) == 1:
            alt[f] = next(iter(ks))
        else:
            shared.add(f)
            claims[f] = ks
    return alt, shared, claims


class TitleIndex:
    """All film titles, preprocessed once, for resolving, autocompleting and spotting in text.

    Build cost is linear and dominated by :func:`title_key` (about 0.1-0.2 s for 40,000 titles);
    queries never re-process the choices.
    """

    def __init__(self, entries: Iterable[TitleEntry], aliases: Iterable[tuple[int, str]] = ()) -> None:
        """*aliases* are ``(film id, other title)``: an original-language or alternative title
        from the article, found in questions like a part of the title (see :meth:`alt_key`)."""
        by_id: dict[int, TitleEntry] = {}
        by_key: dict[str, list[TitleEntry]] = {}
        for e in entries:
            if e.id in by_id:  # first one wins; the database guarantees unique ids anyway
                continue
            by_id[e.id] = e
            by_key.setdefault(_entry_key(e), []).append(e)
        for group in by_key.values():
            group.sort(key=_year_order)
        aliases = [(i, a) for i, a in aliases if i in by_id]
        alt, alt_shared, claims = _alternatives(by_key, [(title_key(by_id[i].title), a) for i, a in aliases])
        self._derive(by_id, by_key, alt, alt_shared, claims, _alias_map(aliases))

    def with_added(self, entries: Iterable[TitleEntry], aliases: Iterable[tuple[int, str]] = ()) -> TitleIndex:
        """A new index of these titles and the new *entries* (with their *aliases*), the same as
        one built from all of them, made from this one's work: only the new titles are processed,
        and every structure of this index is copied (C-level, a pointer per element) with the new
        keys and words put in place by binary search. Nothing holds a position in the keys' order
        (see ``_derive``), so a key put in place moves nothing else: a film added to 40,000 costs a
        few milliseconds (the index rebuilt from this one's titles, 0.13-0.16 s of CPU holding the
        GIL, made the bot's slowest answers of the seconds after an article was added). A library
        large enough for the trigram postings (``TRIGRAM_FROM`` keys) still builds those, and the
        one-word pools' prefix lists, again.
        This index is unchanged."""
        by_id = dict(self._by_id)
        by_key = dict(self._by_key)
        changed: dict[str, list[TitleEntry]] = {}
        new_ids: set[int] = set()
        for e in entries:
            if e.id in by_id:
                continue
            by_id[e.id] = e
            new_ids.add(e.id)
            key = _entry_key(e)
            group = changed.get(key)
            if group is None:  # a copy: the groups not changed are shared with this index
                group = changed[key] = by_key[key] = list(by_key.get(key, ()))
            group.append(e)
        if not changed:
            return self
        for group in changed.values():
            group.sort(key=_year_order)
        alt, alt_shared = dict(self._alt), set(self._alt_shared)
        alt_words = dict(self._alt_words)
        claims = dict(self._claims)  # the sets are copied where they change: the others are shared

        def note(form: str, *keys: str) -> None:
            claims[form] = set(claims.get(form, ())) | set(keys)

        def drop(form: str) -> None:
            if alt.pop(form, None) is not None:
                n = len(form.split())
                alt_words[n] -= 1
                if not alt_words[n]:
                    del alt_words[n]

        def claim(form: str, key: str) -> None:
            if form in by_key or form in alt_shared:
                if key not in claims.get(form, ()):
                    note(form, key)
                return
            owner = alt.get(form)
            if owner is None:
                alt[form] = key
                n = len(form.split())
                alt_words[n] = alt_words.get(n, 0) + 1
            elif owner != key:  # now two titles' form: it names neither
                drop(form)
                alt_shared.add(form)
                note(form, owner, key)

        for key in changed:  # a form that is now a title itself stands for nothing else
            owner = alt.get(key)
            if owner is not None:
                note(key, owner)
            drop(key)
            alt_shared.discard(key)
        for key, group in changed.items():
            for f in _key_forms(key, group):
                claim(f, key)
        aliases = [(i, a) for i, a in aliases if i in new_ids]
        for i, a in aliases:
            key = title_key(by_id[i].title)
            for f in _alias_forms(key, a):
                claim(f, key)
        alias_map = {**self._aliases, **_alias_map(aliases)} if aliases else self._aliases
        new_keys = sorted(k for k in changed if k not in self._by_key)
        index = TitleIndex.__new__(TitleIndex)
        index._by_id, index._by_key, index._alt, index._alt_shared, index._alt_words = by_id, by_key, alt, alt_shared, alt_words
        index._claims, index._aliases = claims, alias_map
        keys = list(self._keys)
        postings = dict(self._postings)
        by_len_keys, by_len_lens = list(self._by_len_keys), list(self._by_len_lens)
        singles, singles_len = list(self._singles), list(self._singles_len)
        key_words = self._key_words
        vocab_new: set[str] = set()
        for k in new_keys:
            bisect.insort(keys, k)
            words = k.split()
            key_words = max(key_words, len(words))
            for w in set(words):
                post = postings.get(w)
                if post is None:
                    postings[w] = [k]
                    vocab_new.add(w)
                else:  # a copy: the lists of the other words are shared with this index
                    post = postings[w] = list(post)
                    bisect.insort(post, k)
            at = bisect.bisect_right(by_len_keys, (len(k), k), key=_len_order)
            by_len_keys.insert(at, k)
            by_len_lens.insert(at, len(k))
            if len(words) == 1:
                at = bisect.bisect_right(singles, (len(k), k), key=_len_order)
                singles.insert(at, k)
                singles_len.insert(at, len(k))
        vocab = list(self._vocab)
        for w in sorted(vocab_new):
            bisect.insort(vocab, w)
        index._keys, index._postings, index._vocab = keys, postings, vocab
        index._by_len_keys, index._by_len_lens, index._singles, index._singles_len = by_len_keys, by_len_lens, singles, singles_len
        index._key_words = key_words
        index._finish()
        return index

    def with_removed(self, ids: Iterable[int]) -> TitleIndex:
        """A new index without the films *ids*, the same as one built from the titles left (with
        their other titles), made from this one's work as :meth:`with_added` is: only the removed
        films' titles are processed. A form a gone title claimed falls to the one title still
        claiming it (or to none); a gone title's own key, once a title, is now a form of whoever
        claims it (``_claims`` keeps who does). Rebuilding the index from every title for one
        removal held the GIL for 0.13-0.16 s of CPU at 40,000 titles, in the middle of the answers.
        This index is unchanged."""
        gone_ids = {i for i in ids if i in self._by_id}
        if not gone_ids:
            return self
        changed: dict[str, list[TitleEntry]] = {}
        for i in gone_ids:
            e = self._by_id[i]
            key = _entry_key(e)
            if key != title_key(e.title) and self._aliases.get(i):
                # its other titles were claimed for another key than its own: rare, built whole
                rest = [x for x in self._by_id.values() if x.id not in gone_ids]
                return TitleIndex(rest, [(j, a) for j, al in self._aliases.items() if j not in gone_ids for a in al])
            changed.setdefault(key, list(self._by_key[key]))
        by_id = dict(self._by_id)
        for i in gone_ids:
            del by_id[i]
        by_key = dict(self._by_key)
        alias_map = {i: a for i, a in self._aliases.items() if i not in gone_ids}
        alt, alt_shared, claims = dict(self._alt), set(self._alt_shared), dict(self._claims)
        alt_words = dict(self._alt_words)
        touched: set[str] = set()
        gone_keys: list[str] = []

        def pairs(key: str, group: list[TitleEntry], aliases: dict[int, tuple[str, ...]]) -> set[str]:
            forms = _key_forms(key, group) if group else set()
            for e in group:
                for a in aliases.get(e.id, ()):
                    forms.update(_alias_forms(key, a))
            return forms

        for key, old in changed.items():
            group = [e for e in old if e.id not in gone_ids]  # still in year order
            if group:
                by_key[key] = group
            else:
                del by_key[key]
                gone_keys.append(key)
            for f in pairs(key, old, self._aliases) - pairs(key, group, alias_map):  # forms it claims no more
                touched.add(f)
                if f in claims:
                    claims[f] = claims[f] - {key}
                elif alt.get(f) == key:
                    del alt[f]
                    n = len(f.split())
                    alt_words[n] -= 1
                    if not alt_words[n]:
                        del alt_words[n]
        for f in sorted(touched.union(gone_keys)):
            if f in by_key:  # still a title: who claims it is only kept
                if f in claims and not claims[f]:
                    del claims[f]
                continue
            got = claims.get(f)
            if got is None:
                continue
            if len(got) >= 2:
                alt_shared.add(f)
                continue
            del claims[f]
            alt_shared.discard(f)
            if got:
                alt[f] = next(iter(got))
                n = len(f.split())
                alt_words[n] = alt_words.get(n, 0) + 1
        index = TitleIndex.__new__(TitleIndex)
        index._by_id, index._by_key, index._alt, index._alt_shared, index._alt_words = by_id, by_key, alt, alt_shared, alt_words
        index._claims, index._aliases = claims, alias_map
        keys = list(self._keys)
        postings = dict(self._postings)
        vocab = list(self._vocab)
        by_len_keys, by_len_lens = list(self._by_len_keys), list(self._by_len_lens)
        singles, singles_len = list(self._singles), list(self._singles_len)
        key_words = self._key_words
        for k in gone_keys:
            del keys[bisect.bisect_left(keys, k)]
            words = k.split()
            for w in set(words):
                post = [x for x in postings[w] if x != k]
                if post:
                    postings[w] = post
                else:
                    del postings[w]
                    del vocab[bisect.bisect_left(vocab, w)]
            at = bisect.bisect_left(by_len_keys, (len(k), k), key=_len_order)
            del by_len_keys[at], by_len_lens[at]
            if len(words) == 1:
                at = bisect.bisect_left(singles, (len(k), k), key=_len_order)
                del singles[at], singles_len[at]
        if gone_keys and max(len(k.split()) for k in gone_keys) >= key_words:
            key_words = max((len(k.split()) for k in keys), default=1)
        index._keys, index._postings, index._vocab = keys, postings, vocab
        index._by_len_keys, index._by_len_lens, index._singles, index._singles_len = by_len_keys, by_len_lens, singles, singles_len
        index._key_words = max(key_words, 1)
        index._finish()
        return index

    def _derive(self, by_id: dict[int, TitleEntry], by_key: dict[str, list[TitleEntry]], alt: dict[str, str],
                alt_shared: set[str], claims: dict[str, set[str]], aliases: dict[int, tuple[str, ...]]) -> None:
        """Everything else from the titles by id and by key and their alternative forms, in one
        pass of plain loops. Keys stand for themselves in every structure (a word's postings, the
        keys by length), not for their position in the sorted keys: the keys' order is their own
        (a tie broken by position was broken by key), and a key added later (``with_added``) shifts
        no number anywhere."""
        self._by_id = by_id
        self._by_key = by_key
        #: Unique keys in sorted order, for prefix bisects.
        self._keys: list[str] = sorted(by_key)
        #: Each word's keys, in key order.
        postings: dict[str, list[str]] = {}
        key_words = 1
        for k in self._keys:
            words = k.split()
            key_words = max(key_words, len(words))
            for w in set(words):
                got = postings.get(w)
                if got is None:
                    postings[w] = [k]
                else:
                    got.append(k)
        self._postings = postings
        self._vocab: list[str] = sorted(postings)
        #: The keys ordered by length (then key): ``fuzz.ratio`` >= 60 is impossible between strings
        #: whose lengths differ by more than 7:3, so a typo search scores one band of lengths.
        self._by_len_keys: list[str] = sorted(self._keys, key=len)  # stable: ties stay in key order
        self._by_len_lens: list[int] = [len(k) for k in self._by_len_keys]
        #: One-word keys ordered by length, for a length band in one slice.
        self._singles: list[str] = [k for k in self._by_len_keys if len(k.split()) == 1]
        self._singles_len: list[int] = [len(k) for k in self._singles]
        self._key_words = key_words
        self._alt = alt
        #: Forms two titles share (no title themselves): dropped from ``_alt``, kept for ``with_added``.
        self._alt_shared = alt_shared
        #: The keys claiming each shared form and each form that is a title itself (``with_removed``).
        self._claims = claims
        #: Each film's other titles, as given (``with_removed`` takes back the forms they gave).
        self._aliases = aliases
        #: How many forms of ``_alt`` have each number of words (``_max_words`` without a scan of them).
        alt_words: dict[int, int] = {}
        for f in alt:
            n = len(f.split())
            alt_words[n] = alt_words.get(n, 0) + 1
        self._alt_words = alt_words
        self._finish()

    def _finish(self) -> None:
        """What follows from the structures above, the same for a built index and an added-to one."""
        #: Recent autocomplete answers: members type the same popular prefixes, and the index
        #: never changes (a new one replaces it), so an answer stays right for the index's life.
        self._ac_cache: dict[tuple[str, int], list[TitleEntry]] = {}
        #: Fuzzy matches of question windows ("who directed", "the film"): questions repeat them.
        self._fuzzy_cache: dict[str, tuple[str, float] | None] = {}
        #: A word's keys ordered by length (built on first use), for length-banded lookups.
        self._postings_by_len: dict[str, tuple[list[int], list[str]]] = {}
        self._alpha: list[TitleEntry] = [e for k in self._keys[:DISCORD_CHOICES] for e in self._by_key[k]][:DISCORD_CHOICES]
        # an original-language title may be longer than every English one: windows must reach it
        self._max_words = min(max(self._key_words, max(self._alt_words, default=0)), 15)
        self._trigrams = TrigramIndex(self._keys) if len(self._keys) >= TRIGRAM_FROM else None
        self._vocab_trigrams = TrigramIndex(self._vocab) if self._trigrams is not None else None
        self._word_hits, self._word_pool = (WORD_HITS, WORD_POOL) if self._trigrams is None else (WORD_HITS_LARGE, WORD_POOL_LARGE)
        if self._trigrams is not None:  # common words ordered by title length now, not on a keystroke
            for w, post in self._postings.items():
                if len(post) > WORD_HITS_LARGE // 4:
                    self._word_by_len(w)
        self._prefix_buckets = self._buckets() if self._trigrams is not None else {}

    def _buckets(self) -> dict[str, list[str]]:
        """For each two- or three-letter beginning of a title word, the :data:`WORD_POOL_LARGE`
        shortest keys (then in key order) with a word that begins so: the keys are walked shortest
        first, so each list fills with its shortest keys and is then left alone."""
        cap, sizes = WORD_POOL_LARGE, PREFIX_BUCKET_LENGTHS
        buckets: dict[str, list[str]] = {}
        full: set[str] = set()
        for k in self._by_len_keys:
            seen: set[str] = set()
            for w in k.split():
                for n in sizes:
                    if len(w) < n:
                        break
                    p = w[:n]
                    if p in seen or p in full:
                        continue
                    seen.add(p)
                    got = buckets.get(p)
                    if got is None:
                        buckets[p] = [k]
                    else:
                        got.append(k)
                        if len(got) >= cap:
                            full.add(p)
        return buckets

    def _close_keys(self, key: str, limit: int, cutoff: float = 0.0) -> list[tuple[float, str]]:
        """The *limit* keys most like *key* by ``fuzz.ratio`` (at least *cutoff*), best first and
        ties in key order, as ``(-score, key)``: over every key of a small library, over the
        trigram candidates of a large one."""
        if self._trigrams is None:
            found = process.extract(key, self._keys, scorer=fuzz.ratio, processor=None, limit=None,
                                    score_cutoff=cutoff or None)
        else:
            band: list[str] | None = None
            if cutoff >= 60:  # only keys of 3/7 to 7/3 of the typed length can score 60
                n = len(key)
                lo = bisect.bisect_left(self._by_len_lens, math.floor(n * 3 / 7))
                hi = bisect.bisect_right(self._by_len_lens, math.ceil(n * 7 / 3))
                if hi - lo <= BAND_SCAN_MAX:  # a short key: a few hundred short keys, scanned whole
                    band = self._by_len_keys[lo:hi]
            pool = band if band is not None else [self._keys[i] for i in self._trigrams.candidates(key, TRIGRAM_CANDIDATES)]
            found = process.extract(key, pool, scorer=fuzz.ratio, processor=None, limit=None, score_cutoff=cutoff or None)
        return sorted((-s, c) for c, s, _i in found)[:limit]

    def memory(self) -> dict[str, int]:
        """Bytes held by the index's structures (containers and their strings and numbers, each
        object counted once), for ``make bench`` and the log: what a larger library costs."""
        import sys

        seen: set[int] = set()

        def size(obj: object) -> int:
            if id(obj) in seen:
                return 0
            seen.add(id(obj))
            n = sys.getsizeof(obj)
            if isinstance(obj, dict):
                n += sum(size(k) + size(v) for k, v in obj.items())
            elif isinstance(obj, (list, tuple, set, frozenset)):
                n += sum(size(v) for v in obj)
            elif isinstance(obj, TitleEntry):
                n += size(obj.title) + size(obj.year)
            return n

        parts = {name: size(value) for name, value in vars(self).items() if name not in ("_trigrams", "_vocab_trigrams")}
        parts["_trigrams"] = sum(t.nbytes() for t in (self._trigrams, self._vocab_trigrams) if t is not None)
        parts["total"] = sum(parts.values())
        return parts

    def alt_key(self, key: str) -> str | None:
        """The full title key a typed form stands for when it is not itself a title: the words run
        together ("titleword" for "Title Word"), or a part only one title has (its subtitle, the
        title without its first words)."""
        return self._alt.get(key)

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, entry_id: int) -> TitleEntry | None:
        """The entry with this id, if any (a "did you mean" button carries an id)."""
        return self._by_id.get(entry_id)

    def shared(self) -> list[list[TitleEntry]]:
        """Every group of films sharing one title (remakes, namesakes), oldest first."""
        return [list(self._by_key[k]) for k in self._keys if len(self._by_key[k]) > 1]

    def groups_of(self, ids: Iterable[int]) -> list[list[TitleEntry]]:
        """The groups of films sharing a title (as :meth:`shared`) that hold one of *ids*, in key
        order: what an added film changed, without a walk over every title."""
        keys = {_entry_key(e) for i in ids if (e := self._by_id.get(i)) is not None}
        return [list(self._by_key[k]) for k in sorted(keys) if len(self._by_key.get(k, ())) > 1]

    def by_key(self, title: str) -> list[TitleEntry]:
        """All films whose title has the same key as *title* (remakes share one), oldest first."""
        return list(self._by_key.get(title_key(title), ()))

    # --- resolve ----------------------------------------------------------------------------------
    def resolve(self, query: str) -> Resolution:
        """Which film did the user mean? See :class:`Resolution` for the possible answers.

        Order: ``#id`` -> exact key (whole query, then query minus a year) -> fuzzy WRatio over
        every key. The fuzzy step is exhaustive on purpose: a candidate-pruned search could
        miss the close runner-up that should have made the answer ambiguous.
        """
        q = _clip(query)
        m = _ID_QUERY.match(q)
        if m:
            e = self._by_id.get(int(m.group("id")))
            if e is not None:
                return Resolution("exact", e, [(e, 100.0)])
        norm = normalize(q)
        if not norm or not self._keys:
            return Resolution("none")
        split = _split_year(norm)
        year = split[1] if split else None
        interps: list[tuple[str, int | None]] = [(_canon_numbers(_strip_article(norm)), None)]
        if split:
            interps.append((title_key(split[0]), split[1]))

        # 1. exact key
        for key, y in interps:
            group = self._by_key.get(key)
            if not group:
                continue
            if y is None:
                if len(group) == 1:
                    return Resolution("exact", group[0], [(group[0], 100.0)])
                return Resolution("shared", None, [(e, 100.0) for e in group[:DISCORD_CHOICES]])
            return _by_year(group, y, "exact")

        # 2. lenient search for candidates, strict acceptance (title_relation)
        best: dict[str, tuple[int, float, int | None, str]] = {}  # title key -> (rank, score, year, query key)
        for key, y in interps:
            if not key:
                continue
            for idx, score in self._fuzzy_hits(key):
                rel = title_relation(key, idx)
                if rel is None:
                    continue
                rank = _RELATION_RANK[rel]
                if y is not None and rel == "accept" and not any(_near_year(e.year, y) for e in self._by_key[idx]):
                    rank = _RELATION_RANK["related"]  # the title, but not in that year: name it, don't use it
                if idx not in best or (rank, -score) < (best[idx][0], -best[idx][1]):
                    best[idx] = (rank, score, y, key)
        if not best:
            return Resolution("none", None, [], year)
        order = sorted(best, key=lambda i: (best[i][0], -best[i][1], i))
        accepted = [i for i in order if best[i][0] == 0]
        if len(accepted) > 1:
            # Two titles each a typo away ("exampel" for "Example" and "Exampels"): a title wins
            # only with fewer edits than every other; as many edits, and the user chooses.
            edits = sorted((_edits(best[i][3], i), i) for i in accepted)
            if edits[0][0] < edits[1][0]:
                accepted = [edits[0][1]]
        if len(accepted) == 1:
            idx = accepted[0]
            group, y = self._by_key[idx], best[idx][2]
            score = round(best[idx][1], 1)
            if y is not None:
                return _by_year(group, y, "match", score)
            if len(group) == 1:
                return Resolution("match", group[0], [(group[0], score)])
            return Resolution("shared", None, [(e, score) for e in group[:DISCORD_CHOICES]])
        flat = [(e, round(best[i][1], 1)) for i in order for e in self._by_key[i]]
        if accepted:
            n = sum(len(self._by_key[i]) for i in accepted)
            return Resolution("ambiguous", None, flat[: max(5, min(n, DISCORD_CHOICES))], year)
        suggested = [(e, round(best[i][1], 1)) for i in order if best[i][0] == 1 for e in self._by_key[i]]
        if suggested:
            return Resolution("suggest", None, suggested[:5], year)
        return Resolution("none", None, flat[:5], year)

    def _fuzzy_hits(self, key: str) -> list[tuple[str, float]]:
        """``(title key, 0-100 score)`` of the titles worth judging for *key*: the best lenient
        (``WRatio``) hits plus the best whole-title (``ratio``) hits, so that a typo'd short title is
        judged even when longer titles containing its words score higher."""
        pool = self._fuzzy_candidates(key)
        # A query of a few letters "partially matches" every title containing them
        # (any title with "xyz" in a word scores 90 for "xyz"): only whole-title similarity counts.
        scorers = (fuzz.ratio,) if len(key) <= SHORT_ANSWER else (fuzz.WRatio, fuzz.ratio)
        out: dict[str, float] = {}
        for scorer in scorers:
            for choice, score, _i in process.extract(
                key, pool, scorer=scorer, processor=None, limit=12, score_cutoff=SUGGEST_CUTOFF
            ):
                out[choice] = max(out.get(choice, 0.0), score)
        return list(out.items())

    def _fuzzy_candidates(self, key: str) -> list[str]:
        """Candidates for the lenient (and slow) WRatio scorer.

        WRatio over 40,000 titles costs ~20 ms; the bit-parallel plain ratio costs ~1.5 ms.
        Candidates are the best plain-ratio titles (typos, transpositions) plus every title
        sharing a distinctive word with the query (partial titles such as a franchise word),
        which between them hold any title WRatio would rank near the top. Small indexes
        are scored whole. In key order: equal scores are taken in that order."""
        if len(self._keys) <= SHORTLIST_MIN_INDEX:
            return self._keys
        if self._trigrams is None:
            cand: set[str] = {c for c, _s, _i in process.extract(key, self._keys, scorer=fuzz.ratio, processor=None,
                                                                 limit=SHORTLIST_RATIO)}
        else:
            cand = {k for _s, k in self._close_keys(key, SHORTLIST_RATIO)}
        for w in set(key.split()):
            if len(w) < 3 or w in _STOPWORDS:
                continue
            post = self._postings.get(w)
            if post and len(post) <= SHORTLIST_POSTING_CAP:
                cand.update(post)
        return sorted(cand)

    # --- autocomplete -----------------------------------------------------------------------------
    def autocomplete(self, query: str, limit: int = DISCORD_CHOICES) -> list[TitleEntry]:
        """Up to *limit* (max 25) films for an autocomplete box, best first.

        Empty query: the first titles in alphabetical key order (articles ignored). Otherwise a
        shortlist is gathered cheaply (key prefix, word postings incl. the half-typed last word,
        typo-tolerant vocabulary lookups, and plain ``fuzz.ratio`` over all keys) and only that
        shortlist is ranked with ``WRatio``: a full WRatio scan of 40,000 keys costs ~30 ms,
        three times the budget of a keystroke. Trade-off: a query that is only a fragment
        from the middle of a word ("credibles") is not found.
        """
        limit = max(0, min(int(limit), DISCORD_CHOICES))
        if limit == 0 or not self._keys:
            return []
        q = _clip(query)
        m = _ID_QUERY.match(q)
        if m and int(m.group("id")) in self._by_id:
            return [self._by_id[int(m.group("id"))]]
        norm = normalize(q)
        if not norm:
            return self._alpha[:limit]
        cached = self._ac_cache.get((norm, limit))
        if cached is None:
            cached = self._autocomplete(norm, limit)
            if len(self._ac_cache) >= AUTOCOMPLETE_CACHE:
                del self._ac_cache[next(iter(self._ac_cache))]  # the oldest answer goes first
            self._ac_cache[(norm, limit)] = cached
        return list(cached)

    def _autocomplete(self, norm: str, limit: int) -> list[TitleEntry]:
        key = _canon_numbers(_strip_article(norm))
        split = _split_year(norm)
        want_year = split[1] if split else None
        keys_to_try = [key] + ([title_key(split[0])] if split else [])
        cands: set[str] = set()
        for k in keys_to_try:
            cands |= self._shortlist(k)
        if not cands:
            return []
        choices = list(cands)  # their order makes no difference: the answer is sorted in full below
        qnums = _numbers(key)
        scored: dict[str, float] = {}
        for k in keys_to_try:
            found = process.extract(k, choices, scorer=fuzz.WRatio, processor=None, limit=None, score_cutoff=SUGGEST_CUTOFF)
            # Best raw score first, and an adjustment only lowers a score or adds the 0.5 prefix bonus:
            # once `limit` films score above what is left (+0.5), nothing left can enter the answer.
            top: list[float] = []  # the best adjusted scores so far, negated (ascending), one per film
            for i, s, _j in found:
                if len(keys_to_try) == 1 and len(top) >= limit and -top[limit - 1] > s + 0.5:
                    break
                s = _adjust(s, qnums if k == key else set(), i)
                if i.startswith(k):
                    s += 0.5  # typed-so-far prefix beats an equal-scoring infix match
                if s > scored.get(i, -1.0):
                    scored[i] = s
                    if len(top) < limit or -s < top[-1]:  # else it would be inserted past the limit, then cut
                        for _film in self._by_key[i]:
                            bisect.insort(top, -s)
                        del top[limit:]
        # Only the first *limit* keys can be answered (a key is one film or more): sorting every one
        # scored (hundreds for a short query in a large library) is wasted (same order: nsmallest is
        # sorted()[:n]).
        order = heapq.nsmallest(limit, scored, key=lambda i: (-scored[i], len(i), i))
        out: list[TitleEntry] = []
        for i in order:
            group = self._by_key[i]
            if want_year is not None:
                group = sorted(group, key=lambda e: (e.year != want_year, _year_order(e)))
            for e in group:
                out.append(e)
                if len(out) >= limit:
                    return out
        return out

    def prefix(self, query: str, limit: int = DISCORD_CHOICES) -> list[TitleEntry]:
        """The short path of autocomplete, for a bot under load: titles whose key begins with what
        was typed, in key order. One bisect in the sorted keys (microseconds, where
        :meth:`autocomplete` scores thousands of keys), no typo tolerance: fewer choices, but some."""
        limit = max(0, min(int(limit), DISCORD_CHOICES))
        norm = normalize(_clip(query))
        if not norm:
            return self._alpha[:limit]
        key = _canon_numbers(_strip_article(norm))
        out: list[TitleEntry] = []
        i = bisect.bisect_left(self._keys, key)
        while i < len(self._keys) and len(out) < limit and self._keys[i].startswith(key):
            out.extend(self._by_key[self._keys[i]])
            i += 1
        return out[:limit]

    def _shortlist(self, key: str) -> set[str]:
        """Title keys worth scoring properly for *key* (see :meth:`autocomplete`)."""
        keys = self._keys
        out: set[str] = set()
        short = self._trigrams is not None and len(key) <= SHORT_QUERY
        # a. keys starting with what was typed (the common case while typing)
        lo = bisect.bisect_left(keys, key)
        hi, most = lo, SHORT_PREFIXES if short else 300 if self._trigrams is None else PREFIXES_LARGE
        while hi < len(keys) and hi - lo < most and keys[hi].startswith(key):
            hi += 1
        out.update(keys[lo:hi])
        # b. whole-key typos: plain ratio is ~20x cheaper than WRatio over all keys, and only keys
        #    whose length allows a ratio of 60 are scored (3/7 to 7/3 of the typed length); the 40
        #    best, ties in key order, as a scan of every key would give
        if self._trigrams is not None:
            out.update(i for _s, i in self._close_keys(key, 40, cutoff=60))
        else:
            n = len(key)
            lo = bisect.bisect_left(self._by_len_lens, math.floor(n * 3 / 7))
            hi = bisect.bisect_right(self._by_len_lens, math.ceil(n * 7 / 3))
            found = process.extract(key, self._by_len_keys[lo:hi], scorer=fuzz.ratio, processor=None, limit=None,
                                    score_cutoff=60)
            ranked = sorted((-s, c) for c, s, _j in found)
            out.update(i for _s, i in ranked[:40])
        # c. words: every complete word must appear (exactly or as a close typo); the last,
        #    half-typed word may be a prefix.
        words = key.split()
        typed = [(w, n == len(words) - 1) for n, w in enumerate(words)
                 if not (w in _STOPWORDS and len(words) > 1) and not (n == len(words) - 1 and len(w) < 2 and len(words) == 1)]
        cap = SHORT_POOL if short else self._word_pool
        if len(typed) == 1 and self._trigrams is not None:
            # One word to hold (the others, if any, are function words): nothing to intersect, so the
            # pool is the shortest titles holding the word or a word standing for it, read from lists
            # the index keeps ordered by length instead of gathering thousands of titles and sorting
            # them (2-4 ms of a large library's keystroke, most of it reading keys spread over memory)
            w, last = typed[0]
            if last and len(w) in PREFIX_BUCKET_LENGTHS and w in self._prefix_buckets:
                out.update(self._prefix_buckets[w][:cap])  # a half-typed word: kept for its first letters
            else:
                out |= self._shortest_holding(self._word_variants(w, prefix=last), cap)
            return out
        sets: list[set[str]] = []
        for w, last in typed:
            hit: set[str] = set()
            variants = self._word_variants(w, prefix=last)
            for v in variants:
                post = self._postings[v]
                room = self._word_hits - len(hit)
                if self._trigrams is not None and len(post) > room:
                    post = self._word_by_len(v)[1][:max(room, 0) + 1]  # a common word: its shortest titles
                hit.update(post)
                if len(hit) > self._word_hits:
                    break
            sets.append(hit)
        if sets:
            sets.sort(key=len)
            inter = set(sets[0])
            for s in sets[1:]:
                inter &= s
            pool = inter if inter else sets[0]
            if len(pool) > cap:  # keep the rerank bounded; prefer shorter keys (closer to query), then key order
                pool = _shortest(pool, cap)
            out |= pool
        return out

    def _shortest_holding(self, words: list[str], n: int) -> set[str]:
        """The *n* shortest keys (then in key order) holding one of *words*, from each word's keys
        ordered by length: the length at which they add up to *n* is found by bisection on the
        lengths, and only the keys up to it are read."""
        lists = [self._word_by_len(w) for w in dict.fromkeys(words)]
        lists = [(lens, ks) for lens, ks in lists if ks]
        if sum(len(ks) for _l, ks in lists) <= n:
            return {k for _l, ks in lists for k in ks}
        lo, top = 0, max(lens[-1] for lens, _k in lists)
        hi = top
        while lo < hi:  # the least length at which the words' keys, counted per word, reach n
            mid = (lo + hi) // 2
            if sum(bisect.bisect_right(lens, mid) for lens, _k in lists) >= n:
                hi = mid
            else:
                lo = mid + 1
        while True:  # a key holding two of the words counts once: a little longer, then
            got: set[str] = set()
            for lens, ks in lists:
                got.update(ks[:bisect.bisect_right(lens, lo)])
            if len(got) >= n or lo >= top:
                break
            lo += 1
        return _shortest(got, n) if len(got) > n else got

    def _word_variants(self, w: str, *, prefix: bool) -> list[str]:
        """Vocabulary words standing for query word *w*: itself, typo fixes, completions."""
        out: list[str] = []
        if w in self._postings:
            out.append(w)
        if prefix and len(w) >= 2:
            lo = bisect.bisect_left(self._vocab, w)
            hi = lo
            while hi < len(self._vocab) and hi - lo < 200 and self._vocab[hi].startswith(w):
                hi += 1
            out.extend(self._vocab[lo:hi])
        if w not in self._postings and len(w) >= 4:
            vocab: list[str] | dict[int, str] = self._vocab
            if self._vocab_trigrams is not None:  # a large library's words: the close ones by their pieces
                vocab = {i: self._vocab[i] for i in self._vocab_trigrams.candidates(w, VOCAB_CANDIDATES)}
            found = process.extract(w, vocab, scorer=fuzz.ratio, processor=None, limit=None, score_cutoff=75)
            out.extend(c for c, _s, _i in sorted(found, key=lambda f: (-f[1], f[2]))[:5])
        return out

    # --- titles inside free text ------------------------------------------------------------------
    def find_in_text(self, text: str) -> list[tuple[TitleEntry, int, int, float]]:
        """Films mentioned in a free-form question, as ``(entry, start, end, score)``.

        ``text[start:end]`` is the mention (including a leading article and a directly
        following year), so callers can cut it out of the question. Every n-gram window is
        looked up as an exact key; windows that are not keys and have >= 2 words or >= 5 letters
        are also matched with the strict ``fuzz.ratio`` >= :data:`TEXT_FUZZY_CUTOFF`. Overlaps
        go to the title with the most words, then exact over fuzzy, so a four-word title beats
        a one-word title inside it, and one-word common-word titles (pronouns, prepositions)
        only count when typed exactly. A title shared by several films yields one tuple per
        film with the same span. Results are ordered most specific first.
        """
        text = (text or "")[:2000]
        toks: list[tuple[str, int, int]] = []
        for m in _TEXT_WORD.finditer(text):
            for w in normalize(m.group()).split():
                toks.append((w, m.start(), m.end()))
        if not toks or not self._keys:
            return []
        words = [t[0] for t in toks]
        n = len(words)
        maxw = self._max_words + 1  # + a leading article
        # Every exact hit, and a strict fuzzy hit for windows that are not already an exact key;
        # then the most specific (most title words) wins each overlap, exact before fuzzy.
        hits: list[tuple[int, int, float, int, int, str]] = []  # (words, exact, score, i, j, key)
        memo: dict[str, tuple[str, float] | None] = {}
        for i in range(n):
            for j in range(i + 1, min(n, i + maxw) + 1):
                k = _canon_numbers(_strip_article(" ".join(words[i:j])))
                kw = k.split()
                if k in self._by_key:
                    if not (j - i == 1 and words[i] in _ARTICLES):
                        hits.append((len(kw), 1, 100.0, i, j, k))
                    continue
                alt = self._alt.get(k)
                if alt is not None and len(kw) == 1 and len(k) < _TITLE_VOCAB["min_part_letters"] and k.isalpha() \
                        and (k in self._postings or k in _STOPWORDS):
                    alt = None  # a short form (initials) that is a word of some title is that word
                if alt is not None and j - i <= 12:
                    # a part or run-together form (a full title or its subtitle runs to a dozen words): as specific
                    # as the words typed, never above a title
                    hits.append((len(kw), 1, 99.0, i, j, alt))
                    continue
                if not (len(kw) >= 2 or len(k) >= 5) or all(w in _STOPWORDS for w in kw):
                    continue
                if k not in memo:
                    memo[k] = self._fuzzy_key(k)
                got = memo[k]
                if got is not None:
                    hits.append((len(got[0].split()), 0, got[1], i, j, got[0]))
        # a fuzzy window that runs into an exact title of two words or more without holding it whole
        # borrows the question's own words ("the release year of the ora is dead" is no "Year of the Dove"
        # beside the exact "Ora Is Dead"): the exact title stands, the fuzzy window goes; so does one that
        # holds it whole only by a function word of the question ("the script for ora dead" is no
        # "More Ora Dead")
        exact = [(i, j) for w, x, _s, i, j, _k in hits if x and w >= 2]
        if exact:
            hits = [h for h in hits if h[1] or not any(
                i < h[4] and h[3] < j and (not (h[3] <= i and j <= h[4])
                                           or all(w in _STOPWORDS for w in words[h[3]:i] + words[j:h[4]]))
                for i, j in exact)]
        hits.sort(key=lambda h: (-h[0], -h[1], -h[2], -(h[4] - h[3]), h[3]))
        taken = [False] * n
        picked: list[tuple[int, int, str, float]] = []
        for _w, _x, score, i, j, k in hits:
            if not any(taken[i:j]):
                taken[i:j] = [True] * (j - i)
                picked.append((i, j, k, score))

        out: list[tuple[TitleEntry, int, int, float, int]] = []
        for i, j, k, score in picked:
            group = self._by_key[k]
            start, end = toks[i][1], toks[j - 1][2]
            # "title (2013)" / "title 2013": a year right after the title picks the film
            if j < n and words[j].isdigit() and len(words[j]) == 4 and not taken[j]:
                same = [e for e in group if e.year == int(words[j])]
                if same:
                    group = same
                    end = toks[j][2]
                    if end < len(text) and text[end] in ")]":
                        end += 1
            for e in group:
                out.append((e, start, end, score, len(k)))
        out.sort(key=lambda r: (-len(title_key(r[0].title).split()), -r[4], -r[3], r[1]))
        return [(e, s, t, sc) for e, s, t, sc, _ in out]

    def _fuzzy_key(self, k: str) -> tuple[str, float] | None:
        """Best key within strict ``fuzz.ratio`` reach of *k*, or None.

        Only plausible keys are scored: ``ratio >= 90`` implies the shorter string is at least
        0.818 of the longer, so other lengths are skipped; a one-word window is compared with
        one-word keys, a longer window with keys sharing its first or last word (so a typo in
        *both* end words of a multi-word title is not found - the price of ~1 ms questions).
        Answers are kept for the index's life: questions share most of their windows.
        """
        if k in self._fuzzy_cache:
            return self._fuzzy_cache[k]
        got = self._fuzzy_key_uncached(k)
        if len(self._fuzzy_cache) >= FUZZY_CACHE:
            del self._fuzzy_cache[next(iter(self._fuzzy_cache))]
        self._fuzzy_cache[k] = got
        return got

    def _fuzzy_key_uncached(self, k: str) -> tuple[str, float] | None:
        lo = math.ceil(len(k) * 0.81)
        hi = math.floor(len(k) / 0.81)
        words = k.split()
        if len(words) == 1:
            pool = self._singles[bisect.bisect_left(self._singles_len, lo):bisect.bisect_right(self._singles_len, hi)]
        else:
            ids: set[str] = set()
            for w in {words[0], words[-1]}:
                if w not in _STOPWORDS and w in self._postings:
                    lens, by_len = self._word_by_len(w)
                    ids.update(by_len[bisect.bisect_left(lens, lo):bisect.bisect_right(lens, hi)])
            pool = sorted(ids)
        if not pool:
            return None
        got = process.extractOne(k, pool, scorer=fuzz.ratio, processor=None, score_cutoff=TEXT_FUZZY_CUTOFF)
        return (got[0], got[1]) if got else None

    def _word_by_len(self, w: str) -> tuple[list[int], list[str]]:
        """The keys containing word *w*, as (their lengths ascending, the keys; equal lengths in key
        order), built once."""
        got = self._postings_by_len.get(w)
        if got is None:
            ids = sorted(self._postings[w], key=len)  # stable: the postings are in key order
            got = self._postings_by_len[w] = ([len(k) for k in ids], ids)
        return got


def _alias_map(aliases: Iterable[tuple[int, str]]) -> dict[int, tuple[str, ...]]:
    """Each film's other titles, once each and sorted: the same whatever order they came in."""
    out: dict[int, set[str]] = {}
    for i, a in aliases:
        out.setdefault(i, set()).add(a)
    return {i: tuple(sorted(a)) for i, a in out.items()}


def _entry_key(e: TitleEntry) -> str:
    """The key an entry is indexed under (an empty key falls back to the title's words)."""
    return title_key(e.title) or " ".join((e.title or "").casefold().split())


def _len_order(key: str) -> tuple[int, str]:
    """Where a key goes among the keys ordered by length, then key."""
    return len(key), key


def _shortest(keys: set[str], n: int) -> set[str]:
    """The *n* shortest of *keys*, those of the longest length kept taken in key order: what
    ``sorted(keys, key=lambda k: (len(k), k))[:n]`` keeps, without sorting thousands of keys to keep
    a few hundred (the lengths are counted, and only the keys of the one length cut are sorted)."""
    count = Counter(map(len, keys))
    room = n
    for length in sorted(count):
        if count[length] >= room:
            break
        room -= count[length]
    kept = [k for k in keys if len(k) <= length]
    cut = [k for k in kept if len(k) == length]
    if len(cut) <= room:
        return set(kept)
    cut.sort()
    out = {k for k in kept if len(k) < length}
    out.update(cut[:room])
    return out


def _near_year(have: int | None, want: int) -> bool:
    """Off-by-one years are common (festival vs release year); an unknown year never matches."""
    return have is not None and abs(have - want) <= 1


def _by_year(group: list[TitleEntry], y: int, status: str, score: float = 100.0) -> Resolution:
    """Pick from films of one title by the year typed: the same year, else one a year off, else
    nothing (the title exists but not in that year: offer what exists instead of guessing)."""
    same = [e for e in group if e.year == y]
    if len(same) == 1:
        return Resolution(status, same[0], [(same[0], score)], y)
    if same:
        return Resolution("ambiguous", None, [(e, score) for e in same[:DISCORD_CHOICES]], y)
    near = [e for e in group if _near_year(e.year, y)]
    if len(near) == 1:
        return Resolution("match", near[0], [(near[0], min(score, 95.0))], y)
    return Resolution("none", None, [(e, 90.0) for e in group[:DISCORD_CHOICES]], y)


# --- what a typed title is to a loaded one ---------------------------------------------------------
#: Words that mark a sequel's number and say nothing by themselves: "Part 2" is "2".
_SEQUEL_MARKERS = frozenset({"part", "pt", "chapter", "episode", "ep", "vol", "volume", "book"})
#: Words that are a number only next to one: the letters above, "point" and its "o".
_TRIGGERS = frozenset({*_MARKED_ROMAN, "point", "o"})
_NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
#: "The" as it is often typed: a three-letter transposition is otherwise not a typo (see _word_alike).
_ARTICLE_TYPOS = frozenset({"teh", "hte", "eth"})
#: Words a user adds around a title that are not part of it.
_OPTIONAL_WORDS = frozenset({"film", "movie"})
#: Whole-title similarity (fuzz.ratio) that makes a title worth suggesting although words differ.
SUGGEST_RATIO = 75.0
_RELATION_RANK = {"accept": 0, "suggest": 1, "related": 2}


def _strict_words(key: str) -> list[str]:
    """A title key as the words that must correspond: articles dropped anywhere, number words as
    digits, sequel markers before a number dropped ("the return part two" -> ["return", "2"])."""
    words = [_NUMBER_WORDS.get(w, w) for w in key.split() if w not in _ARTICLES and w not in _ARTICLE_TYPOS]
    out = [w for i, w in enumerate(words) if not (w in _SEQUEL_MARKERS and i + 1 < len(words) and words[i + 1].isdigit())]
    return out or key.split()


def _edits(query_key: str, title_key_: str) -> int:
    """Typing edits between two title keys, compared as the words that must correspond."""
    return OSA.distance(" ".join(_strict_words(query_key)), " ".join(_strict_words(title_key_)))


def _edits_allowed(word: str, *, lenient: bool) -> int:
    n = len(word)
    if n <= 2:
        return 0
    if lenient:
        return 1 if n <= 4 else 2 if n <= 7 else 3
    return 1 if n <= 7 else 2


def _word_alike(typed: str, word: str, *, lenient: bool = False) -> bool:
    """Is *typed* the word *word* up to a typo? Numbers must be equal; three-letter words allow one
    insertion, deletion or substitution but not a transposition ("hre" is not "her"), longer ones
    count a transposition as one edit ("incredibels"); lenient (suggestions only) allows more."""
    if typed == word:
        return True
    if typed.isdigit() or word.isdigit():
        return False
    allowed = _edits_allowed(word, lenient=lenient)
    if allowed == 0 or abs(len(typed) - len(word)) > allowed:
        return False
    dist = OSA.distance if lenient or len(word) > 3 else Levenshtein.distance
    return dist(typed, word, score_cutoff=allowed) <= allowed


def _covers(typed: list[str], words: list[str], *, prefix: bool = False) -> bool:
    """Every typed word is one of *words* up to a typo (or, with *prefix*, begins one: "spiri")."""
    return all(any(_word_alike(t, w) or (prefix and len(t) >= 4 and w.startswith(t)) for w in words) for t in typed)


def title_relation(query_key: str, title_key_: str) -> str | None:
    """What the typed title (a :func:`title_key`) is to a loaded one.

    ``"accept"``: the same title up to typos: every significant typed word is a word of the title
    and every word of the title is typed (articles, "film"/"movie" and sequel markers aside, one
    typo per word, a word split or joined), and the numbers are equal. ``"suggest"``: close but
    not the same, and the query has no number the title lacks: the typed words begin words of
    the title ("exam" for "Example Street"), or the whole is similar (``fuzz.ratio`` >= 75), or
    word for word a little more than a typo apart: worth a "did you mean". ``"related"``: the same
    words with a different or extra number ("Example 2" typed, "Example" loaded): worth naming,
    never offering. ``None``: unrelated, even if a lenient scorer liked it.
    """
    c = _strict_words(title_key_)
    q = [w for w in _strict_words(query_key) if w not in _OPTIONAL_WORDS or w in c] or _strict_words(query_key)
    qn, cn = {w for w in q if w.isdigit()}, {w for w in c if w.isdigit()}
    qw, cw = [w for w in q if not w.isdigit()], [w for w in c if not w.isdigit()]
    # Spaces typed in the wrong place ("exam plestreet") compare the titles without them.
    spaced = [("".join(qw), "".join(cw)), (query_key.replace(" ", ""), title_key_.replace(" ", ""))]
    same_words = bool(qw) and (
        (_covers(qw, cw) and _covers(cw, qw))
        or any(a == b or (len(b) >= 6 and OSA.distance(a, b, score_cutoff=1) <= 1) for a, b in spaced)
    )
    if not qw and qn and qn == cn and not cw:
        same_words = True  # a title that is only a number
    if same_words:
        if qn == cn:
            return "accept"
        return "suggest" if qn < cn else "related"
    if not qn <= cn:
        return None  # a number the title lacks, and other words too: another film
    significant = [w for w in qw if w not in _STOPWORDS and len(w) >= 3] or [w for w in qn if len(w) >= 2]
    part_of = bool(significant) and _covers(qw, cw, prefix=True)
    close = fuzz.ratio(" ".join(q), " ".join(c)) >= SUGGEST_RATIO
    aligned = len(qw) == len(cw) and all(_word_alike(a, b, lenient=True) for a, b in zip(qw, cw, strict=True))
    return "suggest" if part_of or close or aligned else None


def _adjust(score: float, qnums: set[str], key: str) -> float:
    """Penalise a candidate that lacks a number the query has: "title 2" is not the first film."""
    if qnums and not qnums <= _numbers(key):
        return score - NUMBER_MISMATCH_PENALTY
    return score


# --- names -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NameEntry:
    """A person or character with optional aliases (nicknames, stage names, the surname used in prose)."""

    id: int
    name: str
    aliases: tuple[str, ...] = ()


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_PARTICLES = frozenset({
    "van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "la", "le", "st", "ten", "ter",
    "dos", "das", "do", "bin", "ibn", "al", "el", "mac", "mc", "y",
})


def _name_forms(name: str) -> tuple[str | None, set[str]]:
    """``(first name, surname forms)`` of a personal name, both normalised.

    Surname forms: the last word, the whole particle surname ("van der x") and a hyphenated
    surname kept whole ("x-y" -> "x y"). Generational suffixes (Jr., III) are ignored. Single-word
    names have no first name and no surname forms.
    """
    raw = [normalize(t) for t in (name or "").split()]
    raw = [t for t in raw if t]
    while len(raw) > 1 and raw[-1] in _SUFFIXES:
        raw.pop()
    if len(raw) < 2:
        return None, set()
    forms = {raw[-1], raw[-1].split()[-1]}
    for i in range(1, len(raw) - 1):
        if raw[i] in _PARTICLES:
            forms.add(" ".join(raw[i:]))
            break
    return raw[0].split()[0], forms


def _name_word_score(t: str, words: list[str]) -> tuple[float, int]:
    """How well one typed word names a word of a name: ``(0-1, index of that word)``; 0 = none."""
    best = (0.0, -1)
    for k, w in enumerate(words):
        if t == w:
            return 1.0, k
        if len(t) == 1:
            s = 0.8 if w.startswith(t) else 0.0
        elif _word_alike(t, w):
            s = 0.85
        elif len(t) >= 3 and w.startswith(t):
            s = 0.7
        else:
            s = 0.0
        if k + 1 < len(words) and len(t) >= 4:
            pair = w + words[k + 1]
            if t == pair or _word_alike(t, pair):
                s = max(s, 0.95)  # "xyvan" for "xy van"
        if s > best[0]:
            best = (s, k)
    return best


def _name_score(typed: list[str], words: list[str]) -> float:
    """0-100: every typed word must name a word of the name; more of the name typed scores higher."""
    if not words:
        return 0.0
    got = [_name_word_score(t, words) for t in typed]
    if not all(s for s, _k in got):
        return 0.0
    coverage = len({k for _s, k in got}) / len(words)
    return 100.0 * (sum(s for s, _k in got) / len(got)) * (0.8 + 0.2 * min(1.0, coverage))


class NameIndex:
    """People or characters (of one film or many), searchable leniently.

    Each name is indexed as its full normalised form plus its parts (each word, the particle
    surname, aliases), so the surname, the first name and a typo'd full name all find the person;
    a name's score is the best of its forms.
    """

    def __init__(self, names: Mapping[int, str] | Iterable[NameEntry]) -> None:
        items: list[NameEntry]
        if isinstance(names, Mapping):
            items = [NameEntry(int(i), str(n)) for i, n in names.items()]
        else:
            items = list(names)
        self._names: dict[int, str] = {}
        #: Each name's normalised full forms (the name and its aliases), for strict matching.
        self._variants: dict[int, tuple[str, ...]] = {}
        forms: dict[str, set[int]] = {}
        full: dict[str, set[int]] = {}
        for it in items:
            if it.id in self._names:
                continue
            self._names[it.id] = it.name
            n = normalize(it.name)
            variants = {n} | {normalize(a) for a in it.aliases}
            self._variants[it.id] = tuple(v for v in sorted(variants, key=lambda v: v != n) if v)
            for v in list(variants):
                if v:
                    full.setdefault(v, set()).add(it.id)
            words = n.split()
            if len(words) > 1:
                variants.update(w for w in words if len(w) >= 2 and w not in _STOPWORDS)
                variants.update(_name_forms(it.name)[1])
            for v in variants:
                if v:
                    forms.setdefault(v, set()).add(it.id)
        self._forms: list[str] = sorted(forms)
        self._owners: list[tuple[int, ...]] = [tuple(sorted(forms[f])) for f in self._forms]
        self._full = full

    def __len__(self) -> int:
        return len(self._names)

    def search(self, query: str, limit: int = 10) -> list[tuple[int, str, float]]:
        """``(id, name, score)`` best first, only plausible ones (score >= 60).

        Ties prefer a name whose full form matched over one that matched by a single word.
        """
        q = normalize(_clip(query))
        if not q or not self._forms or limit <= 0:
            return []
        choices = self._forms
        if len(choices) > 20000:  # large cross-film indexes: rank a cheap shortlist only
            lo = bisect.bisect_left(choices, q)
            idxs = set(range(lo, min(len(choices), lo + 200)))
            idxs.update(i for _c, _s, i in process.extract(
                q, choices, scorer=fuzz.ratio, processor=None, limit=200, score_cutoff=50))
            pool: Mapping[int, str] | list[str] = {i: choices[i] for i in idxs}
        else:
            pool = choices
        best: dict[int, tuple[float, int]] = {}

        def note(idx: int, score: float) -> None:
            form = choices[idx]
            for owner in self._owners[idx]:
                is_full = 1 if owner in self._full.get(form, ()) else 0
                # token_set_ratio only against full forms: against a part (a surname) every
                # query containing that part would score 100.
                s = max(score, fuzz.token_set_ratio(q, form)) if is_full and len(q) > SHORT_ANSWER - 1 else score
                if (s, is_full) > best.get(owner, (-1.0, 0)):
                    best[owner] = (s, is_full)

        if len(q) <= 3:
            # Two or three letters "partially match" half the cast: only whole-form similarity
            # counts, plus a modest score for forms that start with what was typed (autocomplete).
            for _f, score, idx in process.extract(q, pool, scorer=fuzz.ratio, processor=None, limit=None, score_cutoff=60):
                note(idx, score)
            lo = bisect.bisect_left(choices, q)
            hi = lo
            while hi < len(choices) and hi - lo < 200 and choices[hi].startswith(q):
                note(hi, 80.0)
                hi += 1
        else:
            for _f, score, idx in process.extract(
                q, pool, scorer=fuzz.WRatio, processor=None, limit=max(limit * 4, 40), score_cutoff=60
            ):
                note(idx, score)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], -kv[1][1], self._names[kv[0]]))
        return [(i, self._names[i], round(s, 1)) for i, (s, _f) in ranked[:limit]]

    def match(self, query: str, limit: int = 5) -> list[tuple[int, str, float]]:
        """``(id, name, score)`` of the names *query* really names, best first; empty when none does.

        Strict, unlike :meth:`search`: every word typed must be a word of the name (or of an alias)
        up to one typo, an initial ("j"), a typed prefix of three letters or more, or two words
        typed as one; so a surname alone, a first name alone, a particle surname ("van x") and a
        typo'd full name all match, and an unknown name matches nobody instead of the nearest
        other person. Typing more of a name scores higher, so the full name beats a namesake."""
        typed = [w for w in normalize(_clip(query)).split() if w not in _ARTICLES] or normalize(_clip(query)).split()
        if not typed or limit <= 0 or all(len(w) == 1 for w in typed):
            return []
        if len(self._names) <= NAME_SCAN_ALL:
            pool: Iterable[int] = self._names
        else:  # large cross-film indexes: judge what the lenient search and the exact words find
            ids = {i for i, _n, _s in self.search(query, 60)}
            for w in typed:
                at = bisect.bisect_left(self._forms, w)
                if at < len(self._forms) and self._forms[at] == w:
                    ids.update(self._owners[at])
            pool = ids
        out: list[tuple[int, str, float]] = []
        for i in pool:
            score = max((_name_score(typed, v.split()) for v in self._variants.get(i, ())), default=0.0)
            if score > 0:
                out.append((i, self._names[i], round(score, 1)))
        out.sort(key=lambda h: (-h[2], normalize(h[1])))
        return out[:limit]

    def best(self, query: str, *, gap: float = 5.0) -> tuple[int, str, float] | None:
        """The one name meant (see :meth:`match`), or None when nobody or several people fit
        (a runner-up within *gap*: "the Examples" could be either brother)."""
        hits = self.match(query, 2)
        if not hits:
            return None
        if len(hits) > 1 and hits[1][2] >= hits[0][2] - gap:
            return None
        return hits[0]

    def autocomplete(self, query: str, limit: int = DISCORD_CHOICES) -> list[tuple[int, str]]:
        """``(id, name)`` for an autocomplete box; empty query lists names alphabetically."""
        limit = max(0, min(int(limit), DISCORD_CHOICES))
        if not normalize(_clip(query)):
            return sorted(self._names.items(), key=lambda kv: normalize(kv[1]))[:limit]
        return [(i, n) for i, n, _s in self.search(query, limit)]


# --- answers ---------------------------------------------------------------------------------------
_NUM_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1,
    "dozen": 12,
}
_NUM_SCALES = {
    "hundred": 100, "thousand": 1e3, "k": 1e3, "grand": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6,
    "mn": 1e6, "mil": 1e6, "mill": 1e6, "billion": 1e9, "billions": 1e9, "b": 1e9, "bn": 1e9,
    "trillion": 1e12, "tn": 1e12,
}
_NUM_NOISE = frozenset({
    "dollars", "dollar", "usd", "us", "bucks", "about", "around", "approximately", "approx", "roughly",
    "over", "some", "nearly", "almost", "and", "of", "percent", "pct", "minutes", "mins", "min",
    "euros", "euro", "eur", "pounds", "gbp", "worldwide", "total",
})
_NUM_TOKEN = re.compile(r"\d+(?:\.\d+)?|\.\d+|[a-z]+")
_GROUPED = re.compile(r"(?<!\d)(\d{1,3}(?:[, ]\d{3})+)(?!\d)")


def parse_number(text: str) -> float | None:
    """A number written any common way, or None if *text* is more than a number.

    ``"$12.5 million"``, ``"12.5m"``, ``"12,500,000"``, ``"12.5 million dollars"`` -> 12500000;
    ``"five"`` -> 5; ``"twenty-five"`` -> 25. Strict on purpose: "Five Easy Pieces" is a title,
    not 5, so any word that is neither a number, a scale nor currency noise gives None.
    """
    if not text:
        return None
    s = text[:200].translate(_CHAR_MAP).lower()
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = _GROUPED.sub(lambda m: m.group().replace(",", "").replace(" ", ""), s)
    s = re.sub(r"[$\u00a3\u20ac\u00a5~%]", " ", s)
    s = re.sub(r"(\d)(?=[a-z])", r"\1 ", s)  # "12.5m" -> "12.5 m"
    s = re.sub(r"[^a-z0-9.]+", " ", s)
    s = s.replace(". ", " ").strip(" .")
    tokens = [t for t in _NUM_TOKEN.findall(s) if t not in _NUM_NOISE]
    if not tokens:
        return None
    total = 0.0
    current: float | None = None
    for t in tokens:
        if t[0].isdigit() or t[0] == ".":
            if current is not None:
                return None  # "5 6": two numbers
            current = float(t)
        elif t in _NUM_UNITS and t != "a":
            current = (current or 0.0) + _NUM_UNITS[t]
        elif t == "a" and current is None:
            current = 1.0
        elif t in _NUM_SCALES:
            if current is None:
                return None
            scale = _NUM_SCALES[t]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = None
        else:
            return None
    if current is not None:
        total += current
    return total


def _answer_key(text: str) -> str:
    return _strip_article(normalize((text or "")[:500]))


def _close(given: str, accepted: str, cutoff: float) -> bool:
    """Strict similarity of two normalised answers; short ones must be identical."""
    if given == accepted or given.replace(" ", "") == accepted.replace(" ", ""):
        return True
    if min(len(given), len(accepted)) <= SHORT_ANSWER:
        return False
    return fuzz.ratio(given, accepted, score_cutoff=cutoff) >= cutoff


def _same_number(a: float, b: float) -> bool:
    """Equal up to float noise ("12.5 * 1e6"), never up to a whole unit of a large figure."""
    return math.isclose(a, b, rel_tol=1e-13, abs_tol=1e-9)


_YEAR_IN = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _one_year(text: str) -> int | None:
    years = set(_YEAR_IN.findall(text or ""))
    return int(years.pop()) if len(years) == 1 else None


_GRADE = re.compile(r"[A-F]\s?[+\-−–]?")


def _grade_key(text: str) -> str:
    t = text.strip().upper().replace(" ", "").replace("−", "-").replace("–", "-")
    return t


def grade_answer(given: str, accepted: list[str], *, kind: str = "text", cutoff: float = 88) -> bool:
    """Is *given* a correct trivia answer? Strict, because a false "correct!" is worse than a miss.

    ``kind``: ``"text"`` (titles, words; numbers written as digits or words compare by value),
    ``"person"`` (also accepts the surname alone, never the first name alone),
    ``"number"``/``"money"`` (compared by value: "$12.5 million" == "12.5m"), ``"year"`` (exact).
    Text is normalised and compared with ``fuzz.ratio >= cutoff``; answers of 4 characters or
    fewer must match exactly (so "air" is not "chair", "cat" is not "cut").
    """
    if not given or not given.strip() or not accepted:
        return False
    given = given[:500]
    if kind == "year":
        gy = _one_year(normalize(given))
        return gy is not None and any(_one_year(normalize(a)) == gy for a in accepted if a)
    if kind in ("number", "money"):
        g = parse_number(given)
        if g is None:
            return False
        for a in accepted:
            v = parse_number(a) if a else None
            if v is not None and _same_number(g, v):
                return True
        return False
    g = _answer_key(given)
    if not g:
        return False
    gnum = parse_number(given)
    for a in accepted:
        ak = _answer_key(a)
        if not ak:
            continue
        if _GRADE.fullmatch(a.strip()):
            # Letter grades: "A" is not "A+", so signs count (minus written any way).
            if _grade_key(given) == _grade_key(a):
                return True
            continue
        if kind == "person" and " " not in ak and g.split()[-1:] and _close(g.split()[-1], ak, cutoff):
            return True  # the article names only the surname; a full name ending in it is right
        if _close(g, ak, cutoff):
            return True
        if gnum is not None:
            anum = parse_number(a)
            if anum is not None and _same_number(gnum, anum):
                return True
        if kind == "person":
            first, surnames = _name_forms(a)
            if first is not None and g == first and g not in surnames:
                continue  # the first name alone: not enough
            if any(_close(g, s, cutoff) for s in surnames):
                return True
    return False
