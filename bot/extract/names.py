"""One name recogniser for every extractor: what a person's name looks like in film prose.

A name is a run of capitalised words, with particles ("de", "van", "bin"), initials with or
without dots ("J. R. Doe", "Raja K."), hyphens and apostrophes. One-word stage names exist
("Jaya", "Ravi"), so a single word is a name when its context says so (an item of a list of
names, a credit after "directed by", a bracket after a character), never on its own in prose.
What is never a name (sentence openers, role words, company, place and work words, descriptors
such as "Paris-born") is data in ``bot/vocab/names.toml``.

Coreference inside one article lives here too: a surname met alone ("Doe") resolves to the one
full name the article gives for it ("Jane Doe"); "the Doe brothers" to every Doe it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property, lru_cache

from ..vocab import alternation, given_names, load
from .common import NAME_RX
from .common import clean_name as _clean_base

_V = load("names")
STOP_CAPS: frozenset[str] = frozenset(_V["stop_caps"])
NON_PERSON: frozenset[str] = frozenset(_V["non_person"])
#: Countries and markets (the money vocabulary's territories): a name that is one is no person.
PLACES: frozenset[str] = frozenset(t.lower() for t in [*load("money")["territory"]["countries"], *_V["places"]])
COMPANY_WORDS: frozenset[str] = frozenset(_V["company"])
PARTICLES: frozenset[str] = frozenset(_V["particles"])
FAMILY_NOUNS: tuple[str, ...] = tuple(_V["family_nouns"])
#: A nationality or a calling written before a full name ("Spaniard Jo Doe"): no word of the name.
NAME_PREFIXES: frozenset[str] = frozenset(_V["name_prefixes"])
_DESCRIPTOR = re.compile("|".join(re.escape(s) for s in _V["descriptor_suffixes"]), re.I)
#: A character every descriptor suffix holds ("-"), or "" when they share none: a word without it holds no
#: suffix, so most words ("Jane", "Doe") are answered by a substring test, not a search of the alternation.
_DESCRIPTOR_MARK = "-" if all("-" in s for s in _V["descriptor_suffixes"]) else ""


def _descriptor(w: str) -> bool:
    """``_DESCRIPTOR.search(w)``, as a truth value."""
    return _DESCRIPTOR_MARK in w and _DESCRIPTOR.search(w) is not None


NAME_RE = re.compile(NAME_RX)
_KEEP_DOT = re.compile(r"(?:\b(?:Jr|Sr|Bros|St|Co|Inc|Ltd|Corp)|\b[A-Z])\.$")
# "SmithAdditionally" / "Smith.The": two sentences glued by a lost line break.
_GLUED = re.compile(r"(?<=[a-z]{3})\.+(?=[A-Z][a-z])")  # "Doe.The", "Doe...The": a lost space or an ellipsis
# A word after a closing initial ("Sundar K. The"), where an unsplit sentence may go on.
_AFTER_INITIAL = re.compile(r"(?<=\b[A-Z]\.)\s+([\w'’-]+)")


# clean_name, trim_leading_stops, is_person and is_company are pure functions of a string, asked
# again and again for the same names by every extractor: each keeps its answers (lru_cache).


def words(name: str) -> list[str]:
    """The words of a name; ``str.split`` already splits at no-break spaces."""
    return name.split()


@lru_cache(maxsize=16384)
def clean_name(text: str) -> str:
    """Whitespace, quotes and the sentence's final period ("Jane Doe." → "Jane Doe")."""
    out = _clean_base(text)
    if "." not in out:
        return out  # every step below is about a full stop
    out = _GLUED.split(out)[0]
    for m in _AFTER_INITIAL.finditer(out):
        if len(m.group(1)) > 1 and m.group(1).lower() in STOP_CAPS:  # "Sundar K. The film ...": the sentence went on after an initial
            out = out[: m.start()]
            break
    if out.endswith(".") and not _KEEP_DOT.search(out):
        out = out[:-1]
    return out


@lru_cache(maxsize=16384)
def trim_leading_stops(name: str) -> str:
    """'The Villain' → 'Villain', 'Actress Jane Doe' → 'Jane Doe', 'Paris-born Jane Doe' → 'Jane Doe':
    openers, job titles and descriptors swallowed by the name pattern must go."""
    ws = words(name)
    while ws and (ws[0].lower() in STOP_CAPS or _descriptor(ws[0])):
        ws.pop(0)
    return " ".join(ws)


_SURNAMES_TOO = frozenset(_V["surnames_too"])
_GIVEN_MONTHS = frozenset(_V["given_months"])


def _bad_word(w: str) -> bool:
    low = w.lower().strip("'’,")
    return low in STOP_CAPS or low in NON_PERSON or _descriptor(w)


@lru_cache(maxsize=16384)
def is_person(name: str, min_words: int = 2) -> bool:
    """Does this look like a person's name as written in prose?

    Two words by default: a single word in running prose is mostly a surname already met, a place
    or a title. Callers whose context vouches for a name (a credit, a list of names) pass 1."""
    ws = words(name)
    if not (min_words <= len(ws) <= 5):
        return False
    if name.lower() in PLACES:
        return False  # a country or market ("a segment set in Ruritania"), never a person
    given_month = len(ws) == 2 and ws[0].lower() in _GIVEN_MONTHS and not any(_bad_word(w) for w in ws[1:])
    # "St." inside a name is a surname's part ("Al St. Example"), not the saint or street it opens with
    # and a lower-case "i" joins Catalan surnames ("Ora Pell i Osk"); the pronoun "I" stays no name's word
    # and a lower-case particle inside a name is its surname's ("Ora de los Pell"), though "Los" opens a city's name
    inner = [w for w in ws[1:-1] if w not in ("St.", "St", "i") and not (w.islower() and w in PARTICLES)]
    if any(_bad_word(w) for w in [ws[0], *inner][: len(ws) - 1] if not (given_month and w is ws[0])) or (_bad_word(ws[-1]) and not (
            len(ws) >= 2 and ws[-1].lower() in _SURNAMES_TOO and ws[-1][0].isupper())):
        return False  # "Tara Singer": a stop word that is also a surname may end a name
    if any(map(str.isdigit, name)):  # (each character's isdigit, without a generator frame a character)
        return False
    if not ws[0][0].isupper():
        return False
    if len(ws) == 1:
        w = ws[0]
        # "Dr." or "K." alone, or a shouted acronym, is not a name.
        if len(w) < 3 or w.endswith(".") or (w.isupper() and len(w) > 1 and "-" not in w):
            return False
    if ws[-1].endswith(("'s", "’s")):  # (``['’]s$``: a word of str.split holds no line break for ``$`` to stop before)
        return False
    return True


@lru_cache(maxsize=16384)
def is_company(name: str) -> bool:
    """A studio or distributor: a capitalised run containing a company word."""
    ws = words(name)
    if not (1 <= len(ws) <= 6) or ws[0].lower() in STOP_CAPS:
        return False
    # (a hyphenated merger name counts its parts: "Ora Players-Marrow")
    return any(part in COMPANY_WORDS for w in ws for part in {w.lower(), *w.lower().split("-")})


@lru_cache(maxsize=8192)
def all_names(text: str) -> tuple[str, ...]:
    """Every capitalised run of ``text`` with openers trimmed (not yet judged as persons); cached,
    since every extractor reads the same sentences."""
    return tuple([_tidy(raw) for raw in NAME_RE.findall(text)])  # (the pattern has no group: findall gives the runs)


@lru_cache(maxsize=16384)
def _tidy(raw: str) -> str:
    """``trim_leading_stops(clean_name(raw))``, kept per run as written: a sentence's names are met again in
    the other sentences of an article, and one look-up a run costs less than two."""
    return trim_leading_stops(clean_name(raw))


HONORIFICS = frozenset(load("names")["honorifics"])


# "former Secretary of State A", "then-President B", "Rappers C": an office, rank or calling written before a
# real person's name (names.toml office_titles, office_modifiers), with up to two lower-case words before it
# ("former acting intelligence director D"). Read off a player's name; never off a character's ("General
# Drummel" is the part's name).
_OFFICE_MODS = alternation(_V["office_modifiers"])
OFFICE_LEAD = re.compile(rf"(?:(?i:{_OFFICE_MODS})(?:\s+|(?<=-)))*(?:[a-z][\w-]*\s+){{0,2}}?"
                         rf"(?i:{alternation(_V['office_titles'])})\s+(?=[A-Z])")
_OFFICE_FIRST = frozenset(w.split()[0].lower().rstrip("-") for w in [*_V["office_titles"], *_V["office_modifiers"]])


@lru_cache(maxsize=8192)
def without_office(name: str) -> str:
    """'Senator Ivo Brandt' → 'Ivo Brandt', 'former Secretary of State Bede Marrow' → 'Bede Marrow': a player's
    name without the office or calling the prose writes before it; unchanged unless what is left is still a full
    name of two words or more ('Judge Osk' may be a performer's own billing, kept)."""
    first = name.split(" ", 1)[0].lower()
    if first not in _OFFICE_FIRST and first.split("-", 1)[0] not in _OFFICE_FIRST:
        return name
    m = OFFICE_LEAD.match(name)
    if not m:
        return name
    rest = name[m.end():]
    return rest if is_person(rest) else name
#: "Young Tam", "Older Tam": a character at another age, never the full name "Tam" stands for.
_AGE_NOT_GIVEN = frozenset(load("names")["age_not_given"])
#: A familiar first name → its formal form ("Bob" → "Robert"); a name two formal names share is left alone.
FORMAL_NAME: dict[str, str] = {}
for _formal, _familiar in load("names")["nicknames"].items():
    for _f in _familiar:
        FORMAL_NAME[_f] = "" if _f in FORMAL_NAME and FORMAL_NAME[_f] != _formal else _formal
FORMAL_NAME = {k: v for k, v in FORMAL_NAME.items() if v}


class People:
    """The full names an article gives, for resolving short mentions.

    Built once per article from every sentence; a short form resolves only when exactly one
    full name fits it, so two Does in one article leave "Doe" as written."""

    #: The last article's sentence texts and the full names read from them: the crew, cast, awards
    #: and coreference readers each build People from the same sentences of one article in turn.
    _last: tuple[tuple[str, ...], frozenset[str]] = ((), frozenset())

    def __init__(self, texts: Iterable[str]) -> None:
        texts = tuple(texts)
        last_texts, last_full = People._last
        if texts and texts == last_texts:  # equal texts give equal names (a copy: this one is its own)
            self._full: set[str] = set(last_full)
            return
        self._full = set()  # every full (two- to four-word) person name of the article
        for t in texts:
            for n in all_names(t):
                if n.endswith(("'s", "’s")) and " " in n:
                    n = n[:-2]  # "based on Ora Pell's novel": a full name the article writes only as an owner
                if is_person(n) and len(words(n)) <= 4:  # (min_words 2 is the default: one cache entry per name, as every caller asks)
                    self._full.add(n)
        People._last = (texts, frozenset(self._full))

    #: The last surname table built, with the full names it was built from: the readers that build People
    #: from one article's sentences in turn (cast, awards three times, coreference) each asked for the same
    #: table. Shared, never changed by its readers (they read it and copy from it).
    _last_by_last: tuple[frozenset[str], dict[str, set[str]]] = (frozenset(), {})

    @cached_property
    def _by_last(self) -> dict[str, set[str]]:
        full, table = People._last_by_last
        if len(full) == len(self._full) and full == self._full:
            return table
        out = self._build_by_last()
        People._last_by_last = (frozenset(self._full), out)
        return out

    def _build_by_last(self) -> dict[str, set[str]]:
        """Full names by surname (and by a surname with its particles)."""
        out: dict[str, set[str]] = {}
        for n in self._full:
            ws = words(n)
            # "Jane Doe Jr." is found under "Doe".
            last = ws[-2] if ws[-1] in {"Jr.", "Sr.", "II", "III", "IV"} and len(ws) > 2 else ws[-1]
            out.setdefault(last.rstrip(","), set()).add(n)
            # "Jane van der Berg": the surname with its particles.
            for i in range(1, len(ws) - 1):
                if ws[i].lower() in PARTICLES:
                    out.setdefault(" ".join(ws[i:]), set()).add(n)
                    break
        return out

    @property
    def names(self) -> frozenset[str]:
        """Every full name of the article (for readers that look inside names, not only at their ends)."""
        return frozenset(self._full)

    @property
    def surnames(self) -> set[str]:
        """The last word of every full name: the surnames this article has introduced."""
        return set(self._by_last)

    def full(self, short: str) -> str:
        """The one full name ending in ``short`` (a surname), or '' when none or several do."""
        if len(words(short)) > 3:
            return ""
        cands = {n for n in self._by_last.get(short, set()) if n != short and words(n)[0] not in HONORIFICS
                 and words(n)[0].lower() not in _AGE_NOT_GIVEN}
        if len(cands) > 1:
            # "Ora Lee Doe" met later as "Lee Doe" (a double given name or surname cut short): the
            # shorter spelling ends the longer one and is the same person, not a second Doe.
            cands = {c for c in cands if not any(o != c and o.endswith(" " + c) for o in cands)}
        # "Jane Doe" and "Jane Q. Doe" are one person: keep the longest spelling only if they agree;
        # so are "Bob Doe" and "Robert Doe" (the formal name is kept).
        if len(cands) > 1:
            firsts = {FORMAL_NAME.get(words(c)[0], words(c)[0]) for c in cands}
            if len(firsts) == 1:
                formal = [c for c in cands if words(c)[0] in firsts]
                return max(formal or cands, key=len)
            return ""
        return next(iter(cands), "")

    def by_first(self, first: str) -> str:
        """The one full name opening with *first*, or ''."""
        cands = {n for n in self._full if words(n)[0] == first}
        return next(iter(cands)) if len(cands) == 1 else ""

    def family(self, surname: str) -> list[str]:
        """Every full name with this surname ("the Doe brothers"), in a stable order."""
        return sorted(self._by_last.get(surname, set()))


def resolve(people: People, name: str, *, first_names: bool = False) -> tuple[str, str]:
    """(resolved name, mention): a lone surname becomes the article's full name, keeping the mention.
    With *first_names* (a performer billed by first name: "Pranav plays the hero"), a first name
    that opens exactly one full name of the article resolves too."""
    ws = words(name)
    if len(ws) == 1:
        full = people.full(name) or (people.by_first(name) if first_names else "")
        if full:
            return full, name
    elif len(ws) <= 3 and ws[0].lower() in PARTICLES:
        # "De Doe" / "Von Doe" (a particle surname, capitalised where it opens a sentence): "Jo de Doe"
        full = people.full(name) or people.full(ws[0].lower() + name[len(ws[0]):])
        if full:
            return full, name
    if len(ws) == 2 and ws[0].lower() not in given_names():
        # "Doe Roe", the two surnames of "Jo Doe Roe" (a double surname, a patronymic and a family name):
        # the one longer full name of the article it ends (not "Jo Doe", a given name and a surname, which
        # a longer run ending in it only wraps: "Frenchman Jo Doe")
        longer = [n for n in people.names if n.endswith(" " + name) and len(words(n)) > 2
                  and not any(w.lower() in STOP_CAPS or w in NAME_PREFIXES or _LOWER_PART.search(w) for w in words(n)[:-2])]
        if len(longer) == 1:
            return longer[0], name
    elif len(ws) == 1 and not people.family(name):
        # "Doe", the family name that opens "Doe Jo-ra" (a family name written first, before a hyphenated
        # given name): the one full name of the article it opens, when no full name ends in it
        # (or any one given word after it, when the mention is no given name itself: "Zhou" of "Zhou Ora")
        # ("Vorn" of "Lilo Vorn Mei-ra" too: a Western given name before the family name and its hyphenated given name)
        first = [n for n in people.names if n.startswith(name + " ") and (
            _HYPHEN_GIVEN.fullmatch(n[len(name) + 1:]) or (len(words(n)) == 2 and name.lower() not in given_names()
                                                           and not _LOWER_PART.search(n)))
                 or len(words(n)) == 3 and words(n)[1] == name and _HYPHEN_GIVEN.fullmatch(words(n)[2])]
        if len(first) == 1:
            return first[0], name
    return name, ""


_HYPHEN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
_LOWER_PART = re.compile(r"-[a-z]|['’]s$")


FAMILY_RE = re.compile(rf"(?:the\s+)?(?P<family>[A-Z][\w'’-]+)\s+{alternation(FAMILY_NOUNS)}\b")


def family_surname(name: str) -> str:
    """'the Doe brothers' → 'Doe': a credit shared by every Doe the article names; '' otherwise."""
    m = FAMILY_RE.fullmatch(name)
    return m.group("family") if m else ""
