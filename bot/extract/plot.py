"""Characters named in the plot, and where and when the film was shot.

Characters: plain text has no links or markup, so a character is a capitalised name that the plot
summary uses like a person's name. Capitals also mark places, organisations, titles of works and
every sentence's first word, so each candidate has to earn its place: precision matters more than
recall, since a wrong "character" is an answer the bot gives with confidence. The cues are
structural, never a list of known names: where the word sits in the sentence, whether the article
also writes it in lower case, what precedes it ("in", "the", "the novel"), and whether the cast
list names it as a role.

Production: filming locations and dates come from sentences that talk about filming; each value is
cut from the clause that follows the filming word, so a premiere city in the same sentence is not
mistaken for a location.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..article import Article, Sentence
from ..facts import Fact, PlotCharacterFact, ProductionFact
from ..rxgate import _fold, gate, opening, prune
from ..vocab import load
from .common import DATE_RX, MONTHS, YEAR_RX, AskedWords, parse_date
from .identity import LANGUAGES, NATIONALITIES
from .names import PLACES

# --- characters: vocabulary ----------------------------------------------------------------------
# Capitalised only because they open a sentence or clause: never a name.
_FUNCTION_WORDS = frozenset(
    """
    a an the this that these those there then than when while where whereupon after before during
    later meanwhile soon eventually finally afterwards afterward later once upon as at in on of to for
    from with without by but and or so yet nor if unless although though because since until till
    he she it they we you i his her its their our your him them us me my mine hers theirs ours
    who whom whose which what why how however nevertheless nonetheless instead also still even only
    back next now today tonight tomorrow yesterday here everyone everybody someone somebody nobody
    none all both each every some many several most few another other others one two three four
    five six seven eight nine ten first second third last years months weeks days hours
    mr mrs ms dr sir madam lady lord
    not no yes oh upon into onto over under above below across through throughout against among
    along around behind beside besides beyond inside outside near toward towards despite
    unable unaware realizing seeing hearing knowing having being feeling meanwhile furious angry
    """.split()
)
# Forms of address and ranks: part of a name ("Dr. Smith", "Princess Jane"), never a name alone.
_TITLES = frozenset(
    """
    mr mr. mrs mrs. ms ms. dr dr. sir madam miss lady lord king queen prince princess duke duchess
    count countess baron baroness emperor empress pope father mother sister brother uncle aunt
    captain capt. general colonel col. major lieutenant lt. sergeant sgt. corporal private admiral
    commander officer detective inspector agent professor prof. doctor judge senator governor
    president mayor sheriff deputy chief reverend rev. saint st. mister master grandma grandpa
    """.split()
)
# Capitalised common nouns a plot uses that are not people.
_NOT_PEOPLE = frozenset(
    """
    god heaven hell earth moon sun mars christmas easter halloween thanksgiving internet
    monday tuesday wednesday thursday friday saturday sunday
    north south east west english bible church army navy police
    jewish christian muslim catholic protestant hindu buddhist sikh confederate nazi nazis communist
    republican democrat african asian european latino latina arab black white
    """.split()
) | frozenset(m for m in MONTHS if len(m) > 3)
# Words that make a capitalised sequence a place or an organisation.
_PLACE_ORG_WORDS = frozenset(
    """
    city town village street avenue road lane boulevard square bridge river lake sea ocean island
    islands mountain mountains valley hills county province state states republic kingdom empire
    union park station airport harbor harbour port beach bay coast desert forest castle palace
    temple tower hotel hospital prison university college school academy institute church cathedral
    company corporation corp inc ltd industries enterprises records studios studio agency bureau
    department ministry council party club team league bank house hall court office service
    force forces corps army navy police society foundation center centre museum library theater
    theatre cinema restaurant bar cafe farm ranch mansion manor estate district region
    festival games olympics war revolution church prix cup championship championships race racing
    tournament award awards trophy motors airlines
    """.split()
)
# First words of place names ("San X", "New X", "Fort X", "Los X").
_GEO_PREFIX = frozenset("los las san santa new fort port mount lake cape upper lower greater".split())
# Before a capitalised word, these make it a place.
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|into|across|outside|inside|throughout|around|toward|towards|via|of\s+the\s+city\s+of)"
    r"|\b(?:go|goes|went|gone|going|move|moves|moved|moving|travel|travels|traveled|travelled|fly|flies|flew|"
    r"return|returns|returned|returning|head|heads|headed|drive|drives|drove|sail|sails|sailed|arrive|arrives|"
    r"arrived|flee|flees|fled|escape|escapes|escaped|relocate|relocates|relocated|sent|back|out|leave|leaves|"
    r"left|bound)\s+(?:to|for|from)"
    r")\s+$",
    re.I,
)
# Before a capitalised word, these make it the title of a work.
_WORK_BEFORE = re.compile(
    r"\b(?:novel|book|song|film|movie|play|show|magazine|newspaper|album|series|poem|opera|painting|"
    r"titled|entitled|programme|program|column|channel|ship|vessel|boat|aboard|company|firm|band|"
    r"brand|hotel|restaurant|bar|club|school|college|university|gang|organization|organisation|"
    r"planet|town|city|village|country|island|street|operation|project)\s+$",
    re.I,
)
_THE_BEFORE = re.compile(r"\bthe\s+$")
# ``_WORK_BEFORE``'s words, read off the pattern (one alternation of plain lower-case words)
_WORK_WORDS = frozenset(_WORK_BEFORE.pattern.removeprefix(r"\b(?:").removesuffix(r")\s+$").split("|"))
if not all(w.isascii() and w.isalpha() and w.islower() for w in _WORK_WORDS):  # (a pattern of another shape: the test below would not be its own)
    raise ValueError("_WORK_BEFORE is no longer one alternation of plain words")


def _last_word_before_space(before: str) -> str:
    r"""The word ``\b(?:...)\s+$`` would end on: the run of word characters (``\w``, as ``re`` reads it on a str)
    that ends ``before`` once its trailing spaces (one at least) are stripped; '' when none.

    ``_WORK_BEFORE`` and ``_THE_BEFORE`` were searched before every capitalised word of every plot sentence;
    a word ending the text, with a boundary before it and spaces after it, is the whole run of word characters
    there (no boundary stands inside a run), so a set test of that run answers the same (``str.rstrip`` and
    ``\s`` agree on what a space is; ``$`` before a last line break is inside the spaces too)."""
    stripped = before.rstrip()
    if len(stripped) == len(before):
        return ""
    i = len(stripped)
    while i and (stripped[i - 1].isalnum() or stripped[i - 1] == "_"):
        i -= 1
    return stripped[i:]


def _after_work_word(before: str) -> bool:
    """``_WORK_BEFORE.search(before) is not None`` (case-insensitive: folded as ``re.IGNORECASE`` folds, rxgate._fold)."""
    word = _last_word_before_space(before)
    return bool(word) and _fold(word) in _WORK_WORDS
_CAP_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\w\.?|[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ])"
_PARTICLE = r"(?:van|von|der|de|del|della|di|da|du|la|le|bin|al|el|dos|das|ten|ter|st\.)"
_PARTICLE_RE = re.compile(_PARTICLE)
_CAP_SEQ = re.compile(rf"(?<![\w'’-]){_CAP_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_CAP_WORD})*")
_POSSESSIVE = re.compile(r"['’]s?$")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_PAREN = re.compile(r"\([^()]*\)")
# Written to open on its letter, with the word-start test behind it (the character before the letter),
# so the engine skips to the next lower-case letter instead of testing a lookbehind at every character
# of the article (one call an article, 7.2 -> 6.6 M instructions on the seed; same words).
_LOWER_WORD = re.compile(r"[a-z](?<![\w'’-][a-z])[\w'’-]*")
# Where the cast list names a role: "Jane Actor as Mary Smith".
_CAST_AS = re.compile(
    rf"\bas\s+(?:the\s+|a\s+|an\s+)?(?P<role>{_CAP_WORD}(?:(?:\s+(?:{_PARTICLE}\s+)*|\s*/\s*){_CAP_WORD})*)"
)
_QUOTE_MARKS = re.compile(r"[\"“”]")
# "Mary Smith (Jane Actor)": a name followed by an actor in parentheses.
_NAME_ACTOR = re.compile(rf"(?P<role>{_CAP_WORD}(?:\s+{_CAP_WORD})*)\s+\((?:voiced\s+by\s+|played\s+by\s+)?[A-Z][^()]*\)")
_COMPOUND_WORD = re.compile(r"[-–][a-z]")
_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}(?:ing|ed)")
_INITIAL = re.compile(r"[A-Z]\.?")
_ACRONYM = re.compile(r"[A-Z]{2,}s?")
_DIGIT = re.compile(r"\d")
_TITLE_ARTICLE = re.compile(r"^(?:The|A|An)\s+")
_ABBREV = frozenset({"Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Jr.", "Sr.", "Capt.", "Col.", "Lt.", "Sgt.", "Prof.", "Rev."})


@dataclass
class _Candidate:
    name: str
    sentences: set[int] = field(default_factory=set)
    non_initial: int = 0
    place_hits: int = 0
    the_hits: int = 0
    mentions: int = 0


def extract(article: Article) -> list[Fact]:
    """Plot characters, then production facts."""
    return [*plot_characters(article), *production_facts(article)]


# --- characters -----------------------------------------------------------------------------------
def plot_characters(article: Article) -> list[PlotCharacterFact]:
    """Characters of the plot sections, one fact per character, in order of first mention."""
    plot = article.sentences_under("plot")
    if not plot:
        return []
    # one pass over the article: a line break is no word character, so each sentence reads as alone
    # the distinct words lowered in one call: a line break ends a word for str.lower's context rules too
    lower_words = _LowerWords("\n".join(s.text for s in article.sentences))
    roles, listed = _cast_roles(article)
    cands: dict[str, _Candidate] = {}
    for s in plot:
        for name, initial, before, tail in _names_in(s.text, lower_words):
            c = cands.setdefault(name, _Candidate(name))
            c.sentences.add(s.idx)
            c.mentions += 1
            c.non_initial += not initial
            if before:  # (both end in ``\s+$``: an empty text before a possessive holds neither)
                c.place_hits += bool(_PLACE_BEFORE.search(before, tail))
                c.the_hits += _last_word_before_space(before) == "the"  # (``_THE_BEFORE``)
    _fold_openers(cands, lower_words)
    # the film's title as a name would be written, read once an article rather than once a candidate
    title = _TITLE_ARTICLE.sub("", article.title.split(":")[0].strip())
    kept = [c for c in cands.values() if _could_be_character(c, title, roles)]
    groups = [g for g in _merge(kept) if _enough_evidence(g, roles, listed)]
    return _facts(groups, article)


class _LowerWords(AskedWords):
    """The article's words written with a lower-case first letter (``_LOWER_WORD``), lowered: asked only
    of a few sentence-opening words an article, so each question is answered when asked.

    Reading every word of the article up front was one ``findall`` over the whole text (about 3% of an
    extraction). A word's lower-case form is found in the article lowered whole, then checked against
    the pattern at that place: the same answer, because when the text has no length-changing or
    context-dependent lower-case letter ("İ", "Σ") every character lowers alone, in place. An article
    that has one is read the old way."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text
        self._low = text.lower()
        self._all: set[str] | None = None
        if len(self._low) != len(text) or "Σ" in text:
            self._all = set("\n".join(set(_LOWER_WORD.findall(text))).lower().split("\n"))

    def __contains__(self, word: object) -> bool:
        if self._all is not None:
            return word in self._all
        return super().__contains__(word)

    def _find(self, word: str) -> bool:
        if not word:  # (the whole set holds "" only when the article has no such word: "".split("\n"))
            return _LOWER_WORD.search(self._text) is None
        text, low, n = self._text, self._low, len(word)
        at = low.find(word)
        while at >= 0:
            m = _LOWER_WORD.match(text, at)
            if m and m.end() == at + n and m.group().lower() == word:
                return True
            at = low.find(word, at + 1)
        return False


def _tail_start(before: str) -> int:
    """Where a search for a phrase ending ``before`` may start: its last four words.

    ``_PLACE_BEFORE``, ``_THE_BEFORE`` and ``_WORK_BEFORE`` end in ``\\s+$`` and hold four words at
    most ("of the city of"), so any match starts inside the text's last four runs of non-space characters (``str.split``
    and ``\\s`` agree on what a space is). Searching the whole text before every capitalised word of a
    sentence tried each of its positions again for each name; the answer is the same (a search from
    ``pos`` still sees the characters before it for ``\\b``)."""
    head = before.rsplit(None, 4)
    return len(head[0]) if len(head) == 5 else 0


def _fold_openers(cands: dict[str, _Candidate], lower_words: _LowerWords) -> None:
    """"Recognizing Mary", "Enraged Mary": a word that opens a sentence, is never seen
    mid-sentence and reads as a common word (a participle, or written in lower case elsewhere) is
    not part of the name when the rest is a name found elsewhere."""
    mid_words = {w for c in cands.values() if c.non_initial for w in c.name.split()}
    for name in list(cands):
        c = cands[name]
        first, _, rest = name.partition(" ")
        common = first.lower() in lower_words or bool(_PARTICIPLE.fullmatch(first))
        if rest and c.non_initial == 0 and first not in mid_words and common and rest in cands:
            target = cands.pop(name) and cands[rest]
            target.sentences |= c.sentences
            target.mentions += c.mentions
            target.place_hits += c.place_hits


def _cast_roles(article: Article) -> tuple[set[str], bool]:
    """Words of the role names the cast list and the lead give, and whether there is a real cast
    list: a name missing from a real list needs more evidence than one from an article without."""
    words: set[str] = set()
    n_listed = 0
    for s in article.sentences_under("cast"):
        for m in _CAST_AS.finditer(_QUOTE_MARKS.sub("", s.text)):
            words.update(_key_tokens(m.group("role").replace("/", " ")))
            n_listed += 1
    for s in article.lead() + article.sentences_under("plot"):
        for m in _NAME_ACTOR.finditer(s.text) if "(" in s.text else ():  # (the actor's bracket: most sentences have none)
            words.update(_key_tokens(m.group("role")))
    return words, n_listed >= 3


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _mask(text: str) -> str:
    """Blank out quotations and parentheses (titles of works, actors' names), keeping offsets.
    (Each pattern opens on its mark: a text without the mark is its own answer, spared the scan.)"""
    if '"' in text or "“" in text:
        text = _QUOTED.sub(_blank, text)
    return _PAREN.sub(_blank, text) if "(" in text else text


def _names_in(text: str, lower_words: _LowerWords) -> list[tuple[str, bool, str, int]]:
    """(name, at sentence start, text before, where the frames before a name may start in it:
    ``_tail_start``) for each capitalised run that can be a name."""
    masked = _mask(text)
    out: list[tuple[str, bool, str, int]] = []
    for m in _CAP_SEQ.finditer(masked):
        before = masked[: m.start()]
        stripped = before.rstrip()
        initial = not stripped or stripped[-1] in ":;\"“(—–"
        words = m.group(0).split()
        start = 0
        # Drop capitalised function words and common words that only open the sentence.
        while start < len(words) and _ignorable(words[start], initial and start == 0, lower_words):
            start += 1
        if start:
            initial = False
            before = masked[: m.start()] + " ".join(words[:start]) + " "
        words = _upto_possessive(words[start:])
        if not words:
            continue
        # (``_POSSESSIVE``, ``['’]s?$``, as a suffix test: a word of str.split holds no line break)
        possessive = words[-1].endswith(("'", "’", "'s", "’s"))
        name = _clean(" ".join(words))
        if name and name in text:
            tail = _tail_start(before)
            if not _after_work_word(before):  # (``_WORK_BEFORE``)
                out.append((name, initial, "", 0) if possessive else (name, initial, before, tail))
    return out


_ONE_INITIAL = re.compile(r"[A-Z]\.")
_POSS_NAME = re.compile(r"['’]s$|s['’]$")


def _upto_possessive(words: list[str]) -> list[str]:
    """"Mary's Silver Sedan" names a thing the person owns: the name ends at the possessive."""
    for i, w in enumerate(words):
        if w.endswith(("'s", "’s")):  # (``_POSS_WORD``: a word of str.split holds no line break for ``$``)
            return words[: i + 1]
    return words


def _bare(word: str) -> str:
    """The word without a trailing possessive (``_POSSESSIVE``) or full stop; "Dr." and "Jr." as they are.
    Read with ``endswith``: every name word of every plot sentence asks."""
    if word in _ABBREV:
        return word
    word = word.rstrip(".,")
    if word.endswith(("'", "’")):
        return word[:-1]
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _ignorable(word: str, initial: bool, lower_words: _LowerWords) -> bool:
    low = _bare(word).lower()
    if _COMPOUND_WORD.search(word):
        return True  # "Ten-year-old", "Self-styled": a hyphenated common word, not a name
    if low in _FUNCTION_WORDS:
        return True
    return initial and low in lower_words


def _clean(name: str) -> str:
    """Strip a possessive and a sentence-final full stop, keeping "Dr." and "Jr."."""
    name = name.strip()
    last = name.split()[-1]
    if last.endswith(".") and last not in _ABBREV and not _ONE_INITIAL.fullmatch(last):
        name = name[:-1]
    return _POSSESSIVE.sub("", name) if _POSS_NAME.search(name) else name


@lru_cache(maxsize=4096)
def _key_tokens(name: str) -> tuple[str, ...]:
    """Name words that identify a person: titles and particles dropped ("Dr. Ann Smith" → Ann, Smith).
    Kept per name (a tuple, never changed by a caller): a candidate is asked again by the filter, the
    evidence test and the merge's sort and loop."""
    return tuple([_bare(w) for w in name.split() if w.lower() not in _TITLES and not _PARTICLE_RE.fullmatch(w)])


def _could_be_character(c: _Candidate, title: str, roles: set[str]) -> bool:
    """Reject the forms that name places, organisations, groups and works, whatever their count."""
    words = c.name.split()
    keys = _key_tokens(c.name)
    if not keys:
        return False  # a title alone: "the King", "Father"
    lows = [_bare(w).lower() for w in words]
    if any(w in _NOT_PEOPLE or w in _PLACE_ORG_WORDS for w in lows) or lows[0] in _GEO_PREFIX:
        return False
    if any(w in NATIONALITIES or w in LANGUAGES for w in words):
        return False
    if c.name.lower() in PLACES:
        return False  # a country ("returns to Ruritania") is never a character
    if any(_ACRONYM.fullmatch(k) or _DIGIT.search(k) for k in keys) or all(_INITIAL.fullmatch(k) for k in keys):
        return False  # acronyms (agencies, machines), model numbers, stray initials
    if c.name == title and (len(words) > 1 or c.non_initial < 3):
        return False  # the film's own title, unless a one-word title is used as a name throughout
    if all(k in roles for k in keys):
        return True
    # A name written as a destination or a setting ("in Springfield", "travels to the Capital") is a place,
    # unless it is mostly used otherwise ("the storm heads towards Mary" once in thirty mentions).
    if c.place_hits and (c.place_hits * 2 >= c.mentions or c.mentions <= 3):
        return False
    return c.the_hits * 2 < c.mentions


def _enough_evidence(group: list[_Candidate], roles: set[str], listed: bool) -> bool:
    """A character the cast names passes; any other must recur and appear mid-sentence at least once."""
    if any(all(k in roles for k in _key_tokens(c.name)) for c in group):
        return True
    n = len(set().union(*(c.sentences for c in group)))
    if not any(c.non_initial for c in group):
        return False  # seen only where every word is capitalised
    return n >= (3 if listed else 2)


def _merge(cands: list[_Candidate]) -> list[list[_Candidate]]:
    """Join the forms of one character ("Mary Smith", "Mary", "Smith").

    A shorter form joins the fuller one whose name words contain it; a form that fits several
    fuller names (a shared surname) stays on its own. The first of each group is its fullest form."""
    cands.sort(key=lambda c: (-len(_key_tokens(c.name)), -c.mentions, c.name))
    groups: list[list[_Candidate]] = []
    heads: list[set[str]] = []  # the key words of each group's first form, read once
    for c in cands:
        keys = set(_key_tokens(c.name))
        homes = [g for g, head in zip(groups, heads, strict=True) if keys <= head]
        if len(homes) == 1:
            homes[0].append(c)
        else:
            groups.append([c])
            heads.append(keys)
    return groups


def _facts(groups: list[list[_Candidate]], article: Article) -> list[PlotCharacterFact]:
    """One fact per character. Its sentence is the first that holds the name as given, so the
    name is always found in its sentence; mentions counts sentences naming any form."""
    rows: list[tuple[int, PlotCharacterFact]] = []
    for g in groups:
        name = g[0].name
        sentences = set().union(*(c.sentences for c in g))
        first = min(i for i in sentences if name in article.sentences[i].text)
        rows.append((min(sentences), PlotCharacterFact(first, name=name, mentions=len(sentences))))
    rows.sort(key=lambda r: (r[0], r[1].name))
    return [f for _, f in rows]


# --- production -----------------------------------------------------------------------------------
_FILMING_WORD = re.compile(
    r"\b(?:principal\s+photography|filming|filmed|shooting|shot|photographed|lensed|location\s+shooting|"
    r"photography|(?:the|film['’]s|movie['’]s|its)\s+shoot)\b",
    re.I,
)
_NOT_FILMING = re.compile(r"\bshot\s+(?:dead|down|and\s+killed|by\s+(?:a|an|the|his|her)\s+(?!cinematographer))\b|\bshot\s+(?:him|her|them|himself|herself)\b", re.I)
# A filming clause ends at the next clause about something else.
_CLAUSE_END = re.compile(
    r";|\.\s|\s(?:but|while|whereas|before|after|which|although|though|premiered|released|screened|set)\b|"
    r",\s+(?:and\s+)?(?:the|it|he|she|they|with|where|who)\b"
)
#: "in the Ruritania suburb of Tesk": the larger place and its area noun come before the place itself.
_AREA_OF = (r"(?:(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){1,2}(?:" + "|".join(load("places")["area_nouns"]) + r")\s+of\s+)?")
_LOCATIVE = re.compile(
    r"\b(?:in|at|on\s+location\s+in|on\s+location\s+at|around|near|across|throughout)\s+(?:the\s+)?"
    + _AREA_OF +
    r"(?P<place>(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*)(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+|\s+(?:of|de|del|la|on|upon)\s+)"
    r"(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]*)*)"
)
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+&\s+")
_FORMATS = frozenset(
    "panavision technicolor cinemascope vistavision imax eastmancolor metrocolor ansco color colour "
    "super todd-ao techniscope cinerama dolby digital hd 3d 35mm 16mm 70mm black white".split()
)
_PERIOD = re.compile(
    rf"\b(?:(?:early|mid|late)[- ](?:(?:{DATE_RX.pattern})|\d{{4}})|(?:{DATE_RX.pattern})|"
    r"(?:early|mid|late)[- ]\d{4}|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?\d{4}|\d{4})\b"
)
_START = re.compile(
    r"\b(?:(?:principal\s+photography|filming|shooting|photography|(?<![-\w])production|the\s+shoot)\b[^.;]{0,40}?"
    r"\b(?:began|begun|begins|started|starts|commenced|commences|kicked\s+off|got\s+underway|was\s+underway|"
    r"started\s+rolling)"
    r"|\b(?:began|started|commenced|starts|begins)\s+(?:principal\s+photography|filming|shooting))\b",
    re.I,
)
_END = re.compile(
    r"\b(?:(?:principal\s+photography|filming|shooting|photography|the\s+shoot)\b[^.;]{0,40}?"
    r"\b(?:wrapped|ended|concluded|finished|completed|ceased)"
    r"|\b(?:wrapped(?:\s+up)?|completed|finished|concluded)\s+(?:principal\s+photography|filming|shooting))\b",
    re.I,
)
_BETWEEN = re.compile(
    r"\b(?:from|between)\s+(?P<a>[^.;]{3,40}?)\s+(?:to|until|and|through|till)\s+(?P<b>[^.;]{3,40}?)(?=[\s.,;]|$)"
)
_PERIOD_CUE = re.compile(r"\b(?:in|during|over|throughout|by|on|from|until|through)\s+(?:the\s+)?$", re.I)
# What may separate the links of a filming chain: a few lower-case words ("took place", "began on").
# Each word, number and space run is taken whole (possessive): a word split in two only spends more of
# the eight, so the answers are the same, but a gap too long to fit no longer makes the engine try every
# way of splitting its words (about 6 ms for a gap of twenty words, 4 µs now).
_GAP_OK = re.compile(r"[\s,]*+(?:(?:[a-z][\w'’-]*+|\d++|,)\s*+){0,8}")
# Re-shoots and additional photography are not the film's main filming period.
_RESHOOT = re.compile(r"\b(?:additional|re-?shoots?|re-?shot|pick-?ups?|second\s+unit|retakes?|new\s+scenes|recast|"
                      r"remaining\s+(?:portions|scenes))\b", re.I)


def production_facts(article: Article) -> list[ProductionFact]:
    """Filming locations, start, end and period, from the lead and the production sections."""
    pool = [s for s in article.lead() + article.sentences_under("production", "filming")
            if _FILMING_WORD.search(s.text) and not _NOT_FILMING.search(s.text)]
    facts: list[ProductionFact] = []
    seen: set[tuple[str, str]] = set()
    for s in sorted(pool, key=lambda x: x.idx):
        for f in _sentence_production(s):
            k = (f.key, f.value.lower())
            if k not in seen:
                seen.add(k)
                facts.append(f)
    return facts


# A filming plan that did not happen: "was planned to be shot in X, but the star backed out".
_PLAN = re.compile(r"\b(?:planned|intended|scheduled|supposed|set)\s+to\s+be\s+(?:shot|filmed)\b|\b(?:was|were)\s+to\s+be\s+"
                   r"(?:shot|filmed)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|is\s+(?:expected|scheduled|slated|set)\s+to|are\s+(?:expected|scheduled|set)\s+to)\s+"
                     r"(?:\w+\s+)?(?:commence|begin|start|be\s+shot|be\s+filmed|go\s+on\s+floors)\b", re.I)
_UNDONE = re.compile(r"\b(?:but|however|instead|never|cancel\w*|shelved|abandoned|backed\s+out|dropped|moved)\b", re.I)


def _sentence_production(s: Sentence) -> list[ProductionFact]:
    text = s.text
    facts: list[ProductionFact] = []
    if (_PLAN.search(text) and _UNDONE.search(text)) or _FUTURE.search(text):
        return facts  # an undone plan, or one still to come ("will commence in May"), dates no filming
    dated = False
    for key, rx in (("filming_start", _START), ("filming_end", _END)):
        m = rx.search(text)
        if m:
            dated = True
            facts += _chain(s.idx, _clause(text, m.end()), key)
    for m in _FILMING_WORD.finditer(text):
        clause = _clause(text, m.end())
        between = _BETWEEN.match(clause.strip()) or _BETWEEN.search(clause[:80])
        if not dated and between and _is_period(between.group("a")) and _is_period(between.group("b")):
            a, b = between.group("a").strip(" ,"), between.group("b").strip(" ,")
            facts += [ProductionFact(s.idx, key="filming_start", value=a, date=parse_date(a, _year_of(b))),
                      ProductionFact(s.idx, key="filming_end", value=b, date=parse_date(b))]
            dated = True
        period_key = "" if dated or _RESHOOT.search(text) else "filming_period"
        facts += _chain(s.idx, clause, period_key)
    return facts


def _is_period(text: str) -> bool:
    return bool(_PERIOD.fullmatch(text.strip(" ,")))


def _clause(text: str, pos: int) -> str:
    rest = text[pos:]
    m = _CLAUSE_END.search(rest)
    return rest[: m.start()] if m else rest


def _chain(sid: int, clause: str, date_key: str) -> list[ProductionFact]:
    """Places and the first date that follow the filming word in an unbroken chain.

    "took place in Springfield and Shelbyville in mid-1999": only lower-case words (at most a few)
    may separate the links, so "shooting another film, the star visited a base in Springfield" yields nothing."""
    items = sorted(
        [(m.start(), m.end(), "place", m) for m in _LOCATIVE.finditer(clause)]
        + [(m.start(), m.end(), "date", m) for m in _PERIOD.finditer(clause)],
        key=lambda t: (t[0], -t[1]),
    )
    out: list[ProductionFact] = []
    pos = 0
    dated = False
    for start, end, kind, m in items:
        if start < pos:
            continue
        if kind == "place" and any(k == "date" and m.start("place") <= a < m.end("place") for a, _b, k, _m in items):
            continue  # "in October 2016": a date, not a place called October
        if not _GAP_OK.fullmatch(clause[pos:start]):
            break
        if kind == "place":
            out += [ProductionFact(sid, key="filming_location", value=p) for p in _places(m.group("place"))]
        elif date_key and not dated and (date_key != "filming_period" or _PERIOD_CUE.search(clause[:start])):
            value = m.group(0).strip()
            out.append(ProductionFact(sid, key=date_key, value=value, date=parse_date(value)))
            dated = True
        pos = end
    return out


def _places(run: str) -> list[str]:
    return [p for p in (item.strip(" .,") for item in _LIST_SEP.split(run)) if _is_place(p)]


def _is_place(place: str) -> bool:
    """Not a date, a film format or a language: "filmed in March", "shot in Panavision", "in Hindi"."""
    if not place or not place[0].isupper():
        return False
    lows = [w.lower().rstrip(".") for w in place.split()]
    if any(w in MONTHS or w in _FORMATS for w in lows) or YEAR_RX.search(place):
        return False
    if place in LANGUAGES or place in NATIONALITIES or lows[0] in _FUNCTION_WORDS:
        return False
    return not re.search(r"['’]s$", place)


def _year_of(text: str) -> int | None:
    m = YEAR_RX.search(text)
    return int(m.group(1)) if m else None


# Literal prefilters (bot/rxgate.py): these frames need words most sentences lack, and each is
# tried at every name or word boundary otherwise. The words are read from the patterns themselves.
gate(globals(), "_WORK_BEFORE", "_FILMING_WORD")
# Picked by replaying the extractors' calls over the corpus and seed with and without a prefilter.
gate(globals(), "_END", "_FUTURE")
# Frames no word gate can test: behind a lookahead of their opening letters (bot/rxgate.py).
opening(globals(), "_PLACE_BEFORE", "_CAP_SEQ", "_START", "_THE_BEFORE")
# Alternations run as their alternatives, each only where the words it requires are (bot/rxgate.py's Pruned;
# picked by replaying the extractor's calls over the corpus and seed, every answer compared, none differs).
prune(globals(), "_PLAN")
