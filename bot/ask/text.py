"""Question text: cleaning hostile input, spotting the film, spotting names of people and characters.

Why here and not in matching.py: these rules are about *questions* (pronoun-like titles, the
film named twice, a character's name that looks like a title), not about titles in general.
"""

from __future__ import annotations

import re
import threading
import weakref
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from ..matching import normalize, title_key
from ..namekeys import NOT_NAMES
from ..vocab import load

MAX_QUESTION = 500  # characters kept: nobody asks a 6,000-character film question

_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")

#: Function words: never a name or a title on their own, and dropped from retrieval queries.
STOPWORDS = frozenset(load("ask_words")["text"]["stopwords"])

#: Single words that are also titles of films (pronouns, prepositions): they name a film in a question
#: only in a position where a title fits (see :func:`_title_position_ok`).
_FILM_VERBS = frozenset(load("ask_words")["text"]["film_verbs"])
_CREW_VERBS = frozenset(load("ask_words")["text"]["crew_verbs"])
_BEFORE_TITLE = frozenset(load("ask_words")["text"]["before_title"])
_AUXILIARIES = frozenset(load("ask_words")["text"]["auxiliaries"])


def clean_question(text: str | None) -> str:
    """Discord mentions, control and bidi characters removed; clipped; whitespace collapsed."""
    t = (text or "")[: MAX_QUESTION * 4]
    t = _MENTION.sub(" ", t)
    t = _CONTROL.sub("", t)
    return " ".join(t.split())[:MAX_QUESTION]


def words(text: str) -> list[str]:
    return normalize(text).split()


def content_words(text: str, extra: frozenset[str] = frozenset()) -> list[str]:
    """The words that carry meaning: what retrieval and name matching should look at."""
    return [w for w in words(text) if w not in STOPWORDS and w not in extra]


# --- the film ---------------------------------------------------------------------------------------
@dataclass
class FilmMention:
    """Which film a question is about and where it was named (to cut it out before parsing intent)."""

    film_ids: list[int] = field(default_factory=list)
    start: int = 0
    end: int = 0
    score: float = 0.0
    #: A loaded title typed as part of a longer one ("<title> ii", "<title> hour"): what was typed, and
    #: whether it is a sequel of the loaded film (a number or numeral after it). No film is found then.
    typed_longer: str = ""
    sequel_of: list[int] = field(default_factory=list)
    near: list[int] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return len(self.film_ids) == 1


def is_common_title(title: str) -> bool:
    """A one-word title that is also a function word (a pronoun or a preposition)."""
    key = normalize(title)
    return (" " not in key and key in STOPWORDS) or len(key) <= 2


def _title_position_ok(text: str, start: int, end: int) -> bool:
    """Does a common-word title sit where a film name fits: last word, first word, before a verb,
    or right after a crew verb ("who directed <title>")?"""
    before = words(text[:start])
    after = [w for w in words(text[end:]) if not (w.isdigit() and len(w) == 4)]
    if not after or not before:
        return True
    return after[0] in _FILM_VERBS or before[-1] in _CREW_VERBS


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_SAME_NUMBERS_RX1 = re.compile(r"\d+")


def _same_numbers(typed: str, title: str) -> bool:
    """A fuzzy title match must not change a sequel number ("part 4" is not "part 3")."""
    def nums(t: str) -> set[str]:
        # digit runs anywhere, so a title typed run together ("48abc") keeps its number
        return set(_SAME_NUMBERS_RX1.findall(title_key(t)))
    return nums(typed) == nums(title)


def _a_form_of(index, typed: str, title: str) -> bool:
    """Is *typed* one of the forms the index derives from *title* itself ("1045 to x" for "10:45 to X",
    "<series> episode 5" from its other title)? Such a form keeps the title's number by construction."""
    alt_key = getattr(index, "alt_key", None)
    return alt_key is not None and alt_key(title_key(typed)) == title_key(title)


def _slot(text: str, start: int, end: int) -> int:
    """2: a title position (last, after in/of/from/about; or before a film verb); 1: last word; 0: elsewhere."""
    before = words(text[:start])
    after = [w for w in words(text[end:]) if not (w.isdigit() and len(w) == 4)]
    if (not after and before and before[-1] in _BEFORE_TITLE) or (after and after[0] in _FILM_VERBS and after[0] not in
                                                                   {"is", "was", "do", "does", "did", "has"}):
        return 2
    if before and before[-1] in _CREW_VERBS:
        return 2
    if before and before[-1] in _AUXILIARIES and after:
        return 2  # "what genre does <title> fall under": the auxiliary's subject, before the question's verb
    return 1 if not after else 0


def in_title_slot(ws: list[str], i: int, n: int) -> bool:
    """Do words ws[i:i+n] of a normalised question sit where a title goes ("directed (the) X",
    "... of X" at the end, "did X make")?"""
    before = [w for w in ws[:i] if w != "the"]
    after = [w for w in ws[i + n:] if not (w.isdigit() and len(w) == 4)]
    if before and before[-1] in _CREW_VERBS:
        return True
    if not after and before and before[-1] in _BEFORE_TITLE:
        return True
    return bool(after) and after[0] in _FILM_VERBS and after[0] not in {"is", "was", "do", "does", "did", "has"}


_CAP = re.compile(r"[A-Z][\w.'\u2019-]*")


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_INSIDE_NAME_RX1 = re.compile(r"[\w'\u2019.-]+")
_INSIDE_NAME_RX2 = re.compile(r" ([\w.'\u2019-]+)")
_INSIDE_NAME_RX3 = re.compile(r"([\w.'\u2019-]+) $")


def _inside_name(text: str, start: int, end: int) -> bool:
    """A one-word title that is only part of a capitalised two-word name ("directed by <First> <Last>"
    is not a question about a film titled <First>). Not applied to questions typed in title case."""
    span = text[start:end]
    if len(span.split()) != 1 or not span[:1].isupper():
        return False
    typed = _INSIDE_NAME_RX1.findall(text)
    if typed and sum(1 for w in typed if w[:1].isupper()) / len(typed) > 0.6:
        return False
    common = STOPWORDS | _FILM_VERBS | _CREW_VERBS | _BEFORE_TITLE
    after = _INSIDE_NAME_RX2.match(text[end:])
    before = _INSIDE_NAME_RX3.search(text[:start])
    for m in (after, before):
        if m and _CAP.fullmatch(m.group(1)) and normalize(m.group(1)) not in common and len(m.group(1).rstrip(".")) > 1:
            return True
    return False


_TOKEN = re.compile(r"[^\s]+")
_WORDISH = re.compile(r"[^\W\d_]")
_OPENERS = frozenset(load("ask_words")["text"]["openers"])


def _cased(text: str) -> bool:
    """Is the question typed with capitals for its names only ("what genre does Ora Dawn fall under?"),
    so that the capitals tell a title from the question's own words? Not when typed all in lower case
    (the usual Discord way) nor in title case."""
    toks = [t for t in _TOKEN.findall(text) if _WORDISH.match(t)]
    caps = [t for t in toks[1:] if t[:1].isupper() and t != "I"]
    return bool(caps) and any(t[:1].islower() and normalize(t) not in STOPWORDS for t in toks)


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_MISCASED_RX1 = re.compile(r"[,;:?!)]$")
_MISCASED_RX2 = re.compile(r"['\u2019]s$")


def _miscased(text: str, start: int, end: int, *, exact: bool = True) -> bool:
    """In a question typed with capitals for names, is this title match no title typed? Three signs:
    the capitalised run it sits in goes on past it ("The Ora Is Dawn" is not the loaded "Dawn"); its
    own words mix capitals and lower case when matched up to typos ("year of The Ora" is no "Year of the
    Oak"; an exact "Dark harbour" is that title typed carelessly); or it is typed in lower case
    right after a capitalised name, outside a title position ("what genre does The Ora fall under":
    "fall" is the question's verb)."""
    span = text[start:end]
    content = [t for t in _TOKEN.findall(span) if _WORDISH.match(t) and normalize(t) not in STOPWORDS]
    if not exact and content and len({t[:1].isupper() for t in content}) > 1:
        return True
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    first = next((i for i, t in enumerate(toks) if t[2] > start), None)
    last = max((i for i, t in enumerate(toks) if t[1] < end), default=None)
    if first is None or last is None:
        return False
    if not any(c.isupper() for c in span):
        # right after a capitalised name, in lower case, where no title goes: the name's verb
        return first > 1 and toks[first - 1][0][:1].isupper() and _slot(text, start, end) < 2

    def capital(t: str) -> bool:
        return t[:1].isupper() and not _MISCASED_RX2.search(t)

    extra = []
    i = first - 1
    while i > 0 and capital(toks[i][0]) and not _MISCASED_RX1.search(toks[i][0]):
        extra.append(toks[i][0])
        i -= 1
    if extra and normalize(extra[0]) in _OPENERS and len(extra) == 1:
        extra = []  # "The Dawn" for a loaded "Dawn": the article the index already forgives
    j = last + 1
    while j < len(toks) and capital(toks[j][0]) and not _MISCASED_RX1.search(toks[j - 1][0]):
        extra.append(toks[j][0])
        j += 1
    return bool(extra)


def find_film(index, text: str, *, lenient: bool = False) -> FilmMention:
    """The film named in *text* (most specific title wins; one-word function-word titles only in
    a title position unless *lenient*, i.e. no channel film to fall back on; a title named twice
    counts at its last mention, the first often being a character of the same name)."""
    try:
        hits = index.find_in_text(text)
    except Exception:  # a half-built index must not take the whole answer down
        return FilmMention()
    if not hits:
        return FilmMention()
    hits = _exact_inside_fuzzy(index, text, hits)
    hits = [h for h in hits if (h[3] >= 100 or _same_numbers(text[h[1]:h[2]], h[0].title)
                                or _a_form_of(index, text[h[1]:h[2]], h[0].title))
            and not _inside_name(text, h[1], h[2])]
    if _cased(text):
        hits = [h for h in hits if not _miscased(text, h[1], h[2], exact=h[3] >= 100)]
    strong = [h for h in hits if not is_common_title(h[0].title)]
    weak = [h for h in hits if is_common_title(h[0].title) and h[3] >= 100
            and (lenient or _title_position_ok(text, h[1], h[2]))]
    pool = strong + weak
    if not pool:
        return FilmMention()
    # A title where titles go ("... in <title>", "did <title> win") beats one that merely occurs
    # (a character sharing a film's name); then more title words; then strong over common-word titles.
    pool.sort(key=lambda h: (-_slot(text, h[1], h[2]), -len(title_key(h[0].title).split()), is_common_title(h[0].title)))
    if not strong and not pool:
        return FilmMention()
    best_words = len(title_key(pool[0][0].title).split())
    best_slot = _slot(text, pool[0][1], pool[0][2])
    pool = [h for h in pool if len(title_key(h[0].title).split()) == best_words and _slot(text, h[1], h[2]) == best_slot]
    # group by span; keep the last-mentioned span of the best title
    spans: dict[tuple[int, int], list] = {}
    for h in pool:
        spans.setdefault((h[1], h[2]), []).append(h)
    first_key = title_key(pool[0][0].title)
    same = [s for s, hs in spans.items() if title_key(hs[0][0].title) == first_key]
    span = max(same) if same else next(iter(spans))
    group = spans[span]
    ids = list(dict.fromkeys(h[0].id for h in group))
    # a part or another form of a title (score 99) may well be followed by its number ("<part> 2")
    longer = _typed_longer(text, span[0], span[1], group[0][0].title) if max(h[3] for h in group) != 99.0 else ""
    if longer:
        m = _SEQUEL_AFTER.match(text[span[1]:])
        typed = text[span[0]: span[1] + m.end()] if longer == "sequel" and m else text[span[0]:].strip()
        return FilmMention(typed_longer=typed, sequel_of=ids if longer == "sequel" else [], near=ids)
    return FilmMention(ids, span[0], span[1], max(h[3] for h in group))


_EDGE_WORD = re.compile(r"[^\s]+")


def _exact_inside_fuzzy(index, text: str, hits: list) -> list:
    """A title matched only up to typos whose window, with a function word of the question cut
    from its edges, is another loaded title exactly: that title was typed. "director of the ora"
    holds the loaded "The Ora" and is no typo of a loaded "On the Ora" ("of" is the question's);
    "ora is a film by" is "Ora", not "Ora's Kin". The exact title's hits replace the fuzzy ones
    of that window (every film sharing the exact title)."""
    out = []
    replaced: set[tuple[int, int]] = set()
    for h in hits:
        if h[3] >= 100:
            out.append(h)
            continue
        if (h[1], h[2]) in replaced:
            continue
        toks = [(m.start() + h[1], m.end() + h[1]) for m in _EDGE_WORD.finditer(text[h[1]:h[2]])]
        while toks and normalize(text[toks[0][0]:toks[0][1]]) in _EDGE_FUNCTION:
            toks.pop(0)
        while toks and normalize(text[toks[-1][0]:toks[-1][1]]) in _EDGE_FUNCTION:
            toks.pop()
        if not toks or (toks[0][0], toks[-1][1]) == (h[1], h[2]):
            out.append(h)
            continue
        lo, hi = toks[0][0], toks[-1][1]
        try:
            sub = index.find_in_text(text[lo:hi])
        except Exception:  # a half-built index: keep what was found
            sub = []
        exact = [(e, lo + s, lo + t, sc) for e, s, t, sc in sub
                 if sc >= 100 and s == 0 and lo + t >= hi - 1 and not is_common_title(e.title)]
        if exact:
            replaced.add((h[1], h[2]))
            out.extend(exact)
        else:
            out.append(h)
    return out


#: Question words a typo'd title window may have swallowed at its edges ("of", "in", "is").
_EDGE_FUNCTION = frozenset(load("ask_words")["text"]["edge_function"])


_SEQUEL_AFTER = re.compile(r"\s*(?:[:\-\u2013]\s*)?(?:part\s+|chapter\s+)?([2-9]|ii|iii|iv|vi|vii|viii|two|three|four|five|six)\b(?!\s*(?:%|percent|min|minutes|hours?|times|stars?|out|of|/))",
                          re.IGNORECASE)
_NOT_TITLE_WORDS = STOPWORDS | _FILM_VERBS | NOT_NAMES | frozenset(load("ask_words")["text"]["not_title_words"])


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_TYPED_LONGER_RX1 = re.compile(r"\d")


def _typed_longer(text: str, start: int, end: int, title: str) -> str:
    """"sequel" when a number or numeral follows a title that has none ("<title> ii", "<title> 2"),
    "longer" when a title typed where titles go ("directed <title>", "the plot of <title>") runs on
    to the question's end with one or two words no question uses ("<title> hour"): the member typed
    another title than the one loaded."""
    after = text[end:]
    rest = words(after)
    m = _SEQUEL_AFTER.match(after)
    if m and not _TYPED_LONGER_RX1.search(title_key(title)):
        nxt = words(after[m.end():])[:1]
        # "too late 4 tears": a number that is a word of the title ("for"), not a sequel's
        if not (nxt and nxt[0] in title_key(title).split()):
            return "sequel"
    before = words(text[:start])
    if before and (before[-1] in _CREW_VERBS or before[-1] in _BEFORE_TITLE) and 1 <= len(rest) <= 2 \
            and rest[0] not in _NOT_TITLE_WORDS and not rest[0].isdigit() and after[:1] in (" ", "") \
            and rest[-1] not in _DESCRIBES_FILM \
            and not (_AUXILIARIES & set(before) and is_bare_verb(rest[0])) \
            and not (len(rest) == 1 and _BE & set(before) and _participle(rest[0])) \
            and not (len(rest) == 2 and _BE & set(before) and _participle(rest[0]) and rest[1] in _PARTICLES):
        # ("what were the wagons in <title> modeled on": the passive's verb and its preposition)
        # ... "how long did filming of <title> take"; "where's the race in <title> held": the question's verb
        return "longer"
    return ""


_BARE_VERBS = frozenset(load("question")["bare_verbs"])
#: The preposition a passive question ends on after its verb ("... modeled on", "... shot in", "... named after").
_PARTICLES = frozenset(load("ask_words")["text"]["particles"])
#: "is/was ... <title> held": a passive's auxiliary before the title ("where's" typed "wheres" or "where s").
_BE = frozenset(load("ask_words")["text"]["be"])
_IRREGULAR_FORMS = frozenset(w for forms in load("retrieval")["irregular"] for w in forms[1:])


def _participle(word: str) -> bool:
    """Is *word* a verb's past form a question may end on ("held", "filmed", "shot")?"""
    return word.endswith("ed") or word in _IRREGULAR_FORMS or is_bare_verb(word)


def is_bare_verb(word: str) -> bool:
    """Is *word* (normalised) one of the verbs a question puts after a first name or at its end, in any
    of its -s, -es, -ed, -ing forms ("escapes", "stabbed", "taking")?"""
    if word in _BARE_VERBS:
        return True
    for end in ("ing", "es", "ed", "s", "d"):
        if word.endswith(end) and len(word) > len(end) + 1:
            base = word[: -len(end)]
            if base in _BARE_VERBS or base + "e" in _BARE_VERBS or (len(base) > 2 and base[-1] == base[-2]
                                                                    and base[:-1] in _BARE_VERBS):
                return True
    return False


#: Words that end a description of the film, not a title: "<title> kannada movie", "<title> the 1954 one".
_DESCRIBES_FILM = frozenset(load("ask_words")["text"]["describes_film"])


# --- a word of a title ------------------------------------------------------------------------------
#: The fewest letters of a title word that may stand for its film alone ("dawn" never does; "strangewood" may).
TITLE_WORD_MIN = 5
#: A word more titles than this share names none of them.
TITLE_WORD_FILMS = 5
class _TitleWords:
    """word -> every film whose title (of two words or more) holds it, with each film's words, kept for
    the latest title index and updated by difference when an index replaces it (a film added or removed
    touches only its own words; an id whose title changed, as in another library, counts as both), so
    neither a question nor an /filmadmin add rebuilds it over the library. The first build of a large
    library (40,000 titles: about a third of a second) runs in a worker thread, at start-up (``warm``)
    or when the library's titles first arrive; questions meanwhile go without this one guess."""

    #: Up to this many titles the first build is done in line (tests, small libraries).
    BUILD_IN_LINE = 5000

    def __init__(self) -> None:
        self.index_ref: weakref.ref | None = None
        self.words_of: dict[int, tuple[str, tuple[str, ...]]] = {}  # id -> (title, its words)
        self.films: dict[str, set[int]] = {}
        self.building = False

    @staticmethod
    def _words(title: str) -> tuple[str, ...]:
        ws = normalize(title).split()
        if len(ws) < 2:
            return ()  # a one-word title is found as a title
        return tuple(w for w in dict.fromkeys(ws)
                     if len(w) >= TITLE_WORD_MIN and w.isalpha() and w not in _NOT_TITLE_WORDS)

    def build(self, index) -> None:
        """A whole table for ``index``, made aside and put in place in one step (safe in a thread)."""
        words_of: dict[int, tuple[str, tuple[str, ...]]] = {}
        films: dict[str, set[int]] = {}
        for i, e in list(getattr(index, "_by_id", {}).items()):
            ws = _TitleWords._words(e.title)
            words_of[i] = (e.title, ws)
            for w in ws:
                films.setdefault(w, set()).add(i)
        try:
            ref = weakref.ref(index)
        except TypeError:  # an index that takes no weak reference: checked again next time
            ref = None
        self.words_of, self.films, self.index_ref, self.building = words_of, films, ref, False

    def table(self, index) -> dict[str, set[int]]:
        if self.index_ref is not None and self.index_ref() is index:
            return self.films
        if self.building:
            return self.films  # the last table, until the worker's is in place
        by_id = dict(getattr(index, "_by_id", {}))
        if not self.words_of and len(by_id) > self.BUILD_IN_LINE:
            self.building = True
            threading.Thread(target=self.build, args=(index,), name="title-words", daemon=True).start()
            return {}
        for gone in [i for i, (title, _ws) in self.words_of.items() if i not in by_id or by_id[i].title != title]:
            for w in self.words_of.pop(gone)[1]:
                ids = self.films.get(w)
                if ids is not None:
                    ids.discard(gone)
                    if not ids:
                        del self.films[w]
        for i, e in by_id.items():
            if i not in self.words_of:
                ws = self._words(e.title)
                self.words_of[i] = (e.title, ws)
                for w in ws:
                    self.films.setdefault(w, set()).add(i)
        try:
            self.index_ref = weakref.ref(index)
        except TypeError:
            self.index_ref = None
        return self.films


_TITLE_WORDS = _TitleWords()


def prepare_title_words(index) -> None:
    """Build the title-word table for ``index`` now (call it in a worker thread at start-up)."""
    if not _TITLE_WORDS.building:
        _TITLE_WORDS.build(index)


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_FILMS_OF_A_TITLE_WORD_RX1 = re.compile(r"(?<=\w)['’]s\b")


def films_of_a_title_word(index, text: str) -> list[tuple[str, tuple[int, ...]]]:
    """The question's words that are a distinctive word of a few loaded titles, typed alone ("where was
    strangewood shot" for a loaded "Doctor Strangewood"), longest first, with those films. Only a guess:
    the caller checks that the articles never write the word in lower case and says which film it took."""
    table = _TITLE_WORDS.table(index)
    bare = _FILMS_OF_A_TITLE_WORD_RX1.sub("", text)
    found = {w: tuple(sorted(table[w])) for w in dict.fromkeys(words(bare) + words(text))
             if w in table and len(table[w]) <= TITLE_WORD_FILMS}
    return sorted(found.items(), key=lambda kv: (-len(kv[0]), kv[0]))


# --- names ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NameHit:
    """A name spotted in the question: the form typed, the full names it stands for, by role."""

    start: int  # word positions in the normalised question
    end: int
    form: str
    exact: bool
    owners: tuple[tuple[str, str], ...]  # (role, full name)


class NameFinder:
    """Names of one film (actors, characters, crew, critics...) spotted anywhere in a question.

    Each name is indexed by its full form and, for multi-word names, by each word long enough to
    identify someone (surname, first name). Exact forms are looked up by window; windows of five
    letters or more are also matched with strict ``fuzz.ratio`` to forgive typos.
    """

    FUZZY_CUTOFF = 86.0

    def __init__(self, names: list[tuple[str, str]], ignore: frozenset[str] = frozenset()) -> None:
        forms: dict[str, set[tuple[str, str]]] = {}
        full: set[str] = set()
        for role, name in names:
            variants = _variants(name)
            # "the new york times" is typed after a "the" of its own, and windows never start with one
            variants += [v[4:] for v in variants if v[:4].lower() == "the " and len(v) > 6]
            for variant in variants:
                n = normalize(variant)
                if not n or n in STOPWORDS or n in ignore:
                    continue
                forms.setdefault(n, set()).add((role, name))
                full.add(n)
                parts = n.split()
                if len(parts) > 1 and role == "publication":
                    # "guardian" for The Guardian, "nyt" for The New York Times; never "new" or "times"
                    content = [w for w in parts if w not in STOPWORDS]
                    keep = content if len(content) == 1 else [w for w in content if len(w) >= 5 and w not in _GENERIC_PUB]
                    if len(content) >= 3:
                        keep.append("".join(w[0] for w in content))
                    for w in keep:
                        if w not in ignore:
                            forms.setdefault(w, set()).add((role, name))
                elif len(parts) > 1:
                    if len(parts) > 2 and parts[-2] not in STOPWORDS and parts[-2] not in _TITLES:
                        # "Grand Wizard Ora Pell" typed "ora pell": a rank or a first name before the name's
                        # last two words; the two name the person, so the first word typed alone may not
                        # stand for another "ora"
                        forms.setdefault(" ".join(parts[-2:]), set()).add((role, name))
                    for w in parts:
                        if len(w) >= 3 and w not in STOPWORDS and w not in ignore and w not in _TITLES:
                            forms.setdefault(w, set()).add((role, name))
        self._forms = {k: tuple(sorted(v)) for k, v in forms.items()}
        self._full = full
        self._choices = sorted(forms)
        self._max = max((len(k.split()) for k in forms), default=1)

    def find(self, qwords: list[str], skip: set[int] = frozenset()) -> list[NameHit]:
        """Non-overlapping hits, longest first, exact before fuzzy."""
        hits: list[tuple[int, int, float, int, int, str]] = []
        n = len(qwords)
        for i in range(n):
            if i in skip or qwords[i] in STOPWORDS:
                continue
            for j in range(i + 1, min(n, i + self._max) + 1):
                if any(k in skip for k in range(i, j)) or qwords[j - 1] in STOPWORDS:
                    continue
                w = " ".join(qwords[i:j])
                if w in self._forms:
                    hits.append((j - i, 1, 100.0, i, j, w))
                elif w.endswith("s") and w[:-1] in self._forms and len(w) >= 4:
                    hits.append((j - i, 1, 99.0, i, j, w[:-1]))  # "tams mom": a possessive glued on by normalising
                elif len(w) >= 5 and self._choices:
                    got = process.extractOne(w, self._choices, scorer=fuzz.ratio, score_cutoff=self.FUZZY_CUTOFF)
                    if got and abs(len(got[0].split()) - (j - i)) == 0 and _typo_of(w, got[0]):
                        hits.append((j - i, 0, got[1], i, j, got[0]))
        hits.sort(key=lambda h: (-h[0], -h[1], -h[2], h[3]))
        taken: set[int] = set()
        out = []
        for _n, exact, _s, i, j, form in hits:
            if taken.intersection(range(i, j)):
                continue
            if j - i == 1 and form not in self._full and self._other_person(qwords, i, form):
                continue
            taken.update(range(i, j))
            out.append(NameHit(i, j, form, bool(exact), self._forms[form]))
        return sorted(out, key=lambda h: h.start)

    def _other_person(self, qwords: list[str], i: int, form: str) -> bool:
        """"ada lunt" where the article has only an Ada Quill: the first name matches, the
        surname typed next to it does not, so the question is about someone else."""
        nxt = qwords[i + 1] if i + 1 < len(qwords) else ""
        if qwords[i] == form + "s":
            return False  # "ada's drunk husband": a possessive, the next word is hers, not a surname
        if not nxt or nxt in STOPWORDS or nxt in NOT_NAMES or nxt in _VERBS_AFTER_NAME or len(nxt) < 3 \
                or is_bare_verb(nxt):
            return False  # "how does kitty escape": a verb, no surname
        for _role, name in self._forms[form]:
            parts = normalize(name).split()
            if not parts or form not in parts[:-1] or len(parts) < 2:
                return False  # a surname: the neighbour says nothing
            # a first or a middle word ("david duke" where the article has only a John David Ward): the
            # word typed after it must go on with the name
            at = parts.index(form)
            if nxt in parts[at + 1:] or fuzz.ratio(nxt, parts[at + 1]) >= 80:
                return False
        return True

    def is_full(self, form: str) -> bool:
        return form in self._full


def _typo_of(typed: str, name: str) -> bool:
    """Word by word a typo away (one edit, two in long words): "new yorker" is not "new york"."""
    return all(Levenshtein.distance(a, b) <= (1 if len(b) < 8 else 2)
               for a, b in zip(typed.split(), name.split(), strict=True))


#: Words many publications share: alone they name none of them.
_GENERIC_PUB = frozenset(load("ask_words")["text"]["generic_pub"])
_VERBS_AFTER_NAME = frozenset(load("ask_words")["text"]["verbs_after_name"])
_TITLES = frozenset(load("ask_words")["text"]["titles"])
_SPLIT = re.compile(r"\s*/\s*|\s+\baka\b\s+|\s+\bor\b\s+", re.IGNORECASE)


def _variants(name: str) -> list[str]:
    """A name and its alternatives: "A / B" gives both, quotes and titles dropped, "Mr. X" also "X"."""
    name = (name or "").strip()
    if not name:
        return []
    out = [name]
    parts = [p for p in _SPLIT.split(name) if p]
    if len(parts) > 1:
        out.extend(parts)
    for p in list(out):
        n = normalize(p).split()
        if len(n) > 1 and n[0] in _TITLES:
            out.append(" ".join(n[1:]))
    return out
