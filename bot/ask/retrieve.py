"""Fallback: quote the article sentence that best matches the question.

BM25 (FTS5) narrows the article to ~20 candidate sentences cheaply; rapidfuzz then re-ranks them
against the question's content words, which rewards sentences that contain the *phrases* asked
about rather than merely frequent terms. The result is never confident: a quoted sentence may
well be beside the point.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .. import queries
from ..matching import normalize
from ..vocab import load
from .text import content_words

_SHORT_FORMS: dict[str, str] = {k: normalize(v) for k, v in load("reviews").get("short_forms", {}).items()}
_QUESTION_WORDS = frozenset(
    "who whom what when where why how which did does was is were tell know article say says".split()
)


#: Endings a question's word may have where the article's has another ("stunts" / "stunt choreographer",
#: "choreography" / "choreographer", "paintings" / "painted"), longest first; the stem keeps 4 letters.
_ENDINGS = ("ations", "ation", "ings", "ing", "ers", "er", "ies", "es", "ed", "s", "y")


def stem(word: str) -> str:
    """*word* without one common ending, when at least four letters stay: a word start to search for."""
    if len(word) > 5 and not word.isdigit():
        for end in _ENDINGS:
            if word.endswith(end) and len(word) - len(end) >= 4:
                return word[: -len(end)]
    return word


async def best_sentences(conn, film_id: int, question: str, *, drop: frozenset[str] = frozenset(),
                         must: re.Pattern | None = None, limit: int = 20) -> list[tuple[float, dict]]:
    """``(score 0-100, row)`` best first; *must* (a regex on the sentence) filters candidates."""
    terms = [w for w in content_words(question, drop) if w not in _QUESTION_WORDS]
    if not terms:
        return []
    # "nyt": the article writes "The New York Times"; a short form counts as found when either is
    long = {t: _SHORT_FORMS[t].split() for t in terms if t in _SHORT_FORMS}
    wide = terms + [w for t in terms for w in long.get(t, [])]
    # word starts only for an open search: with *must* the caller already said which words tell it, and
    # stems there let a sentence of another kind through ("edit" in any word for "who edited it")
    stems = {t: stem(t) if must is None else t for t in terms}
    rows = await queries.search_sentences(conn, film_id, " ".join(wide), limit,
                                          prefixes=tuple(sorted({s for t, s in stems.items() if s != t})))
    query = " ".join(w for t in terms for w in long.get(t, [t]))
    scored = []
    for rank, row in enumerate(rows):
        text = row["text"]
        if must is not None and not must.search(text):
            continue
        norm = normalize(text)
        covered = sum(1 if re.search(rf"\b{re.escape(t)}", norm) else 0.5 for t in set(terms)
                      if re.search(rf"\b{re.escape(stems[t])}", norm) or (
            t in long and re.search(r"\b" + r"\s+".join(map(re.escape, long[t])) + r"\b", norm))) / len(set(terms))
        s = 0.45 * fuzz.token_set_ratio(query, norm) + 0.25 * fuzz.partial_ratio(query, norm) + 30 * covered
        s -= rank * 0.3  # BM25 order breaks near-ties
        scored.append((s, row))
    scored.sort(key=lambda x: -x[0])
    return scored


def sentence_source(row: dict) -> dict:
    return {"section": row.get("path", ""), "sentence": row.get("text", "")}


# --- what kind of thing the question wants, and whether a quoted sentence holds one ------------------
#: The answer a question asks for, by its opening words: a quoted sentence that holds none (a person
#: for "who", a figure for "how much") is likely beside the point, however many words it shares.
_WANTS = (
    ("person", re.compile(r"^(who|whom|whose)\b|\b(which|what) (actor|actress|person|director|critic|company|"
                          r"studio|organi[sz]ation|foundation|group)\b")),
    ("number", re.compile(r"\bhow (much|many|long|old)\b|\b(what|which) (percent|percentage|cut|share|number|"
                          r"amount|fraction)\b")),
    ("date", re.compile(r"^when\b|\b(what|which) (year|date|day|month|decade)\b")),
    ("place", re.compile(r"^where\b|\b(what|which) (city|country|theater|theatre|place|town|state|venue|location)\b")),
    ("name", re.compile(r"\b(called|named|name of|(what|which) (song|title|boat|ship|car|horse|dog|book))\b")),
)
_NUMBER = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                     r"hundred|thousand|million|billion|half|quarter|third|dozen|percent)\b", re.IGNORECASE)
_DATE = re.compile(r"\b(1[89]\d\d|20\d\d)\b|\b(January|February|March|April|May|June|July|August|September|October|"
                   r"November|December)\b")
_PLACE = re.compile(r"\b(in|at|to|from|near) (the )?[A-Z][\w'’-]+")
_CAPITAL = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]+")
#: Capitalised words that name nobody: months, days, and words capitalised for the sentence's sake.
_NOT_NEW = frozenset("january february march april may june july august september october november december "
                     "monday tuesday wednesday thursday friday saturday sunday the a an in on at it he she they his her "
                     "their this that however after before when while although during".split())
_GIVEN = frozenset(w for names in load("first_names").values() if isinstance(names, list) for w in names)
#: Words a person's full name follows ("starred Ora Pell", "directed by Ora Pell").
_BEFORE_PERSON = frozenset("starred starring stars played plays featured featuring voiced by cast hired replaced "
                           "actor actress director".split())
_QUOTED = re.compile(r"[\"“‘][^\"”’]{2,60}[\"”’]")


def wanted(question: str) -> str | None:
    """"person", "number", "date", "place" or "name": what *question* asks for, when its words say."""
    q = normalize(question)
    return next((kind for kind, rx in _WANTS if rx.search(q)), None)


def holds(kind: str | None, text: str, question: str, known: frozenset[str] = frozenset(),
          people: frozenset[str] = frozenset()) -> bool:
    """Does *text* hold something of *kind* that the question (or *known*: the title's words) does not
    already name?"""
    if kind is None:
        return True
    asked = set(normalize(question).split()) | known | _NOT_NEW
    if kind == "number":
        return bool(_NUMBER.search(text))
    if kind == "date":
        return bool(_DATE.search(text))
    if kind == "place":
        return any(normalize(m.group().split()[-1]) not in asked for m in _PLACE.finditer(text))
    if kind == "name" and _QUOTED.search(text):
        return True
    if kind == "person":
        return _a_person(text, asked, people)
    return any(normalize(m.group()) not in asked for m in _CAPITAL.finditer(text))


def _a_person(text: str, asked: set[str], people: frozenset[str]) -> bool:
    """A person the question does not name: a word of a name the film's facts hold (its cast, crew,
    characters, critics), or a full name after a given name's first word or a verb that precedes people
    ("... starred Ora Pell")."""
    toks = re.findall(r"[\w'’-]+", text)
    for i, t in enumerate(toks):
        if not t[:1].isupper():
            continue
        w = normalize(t)
        if w in asked:
            continue
        if w in people:
            return True
        full = i + 1 < len(toks) and toks[i + 1][:1].isupper() and normalize(toks[i + 1]) not in asked
        if full and (w in _GIVEN or (i > 0 and toks[i - 1] in _BEFORE_PERSON)):
            return True
    return False


async def next_sentence(conn, row: dict) -> dict | None:
    """The sentence after *row* in its paragraph (a quote's answer is often the sentence that follows)."""
    async with conn.execute(
            "SELECT n.text, n.idx FROM sentences s JOIN sentences n ON n.film_id = s.film_id AND n.idx = s.idx + 1 "
            "AND n.para = s.para AND n.section = s.section WHERE s.film_id = ? AND s.idx = ?",
            (row.get("film_id"), row.get("idx"))) as cur:
        got = await cur.fetchone()
    return {**row, "text": got[0], "idx": got[1]} if got else None


async def quote(conn, question: str, got: list[tuple[float, dict]], known: frozenset[str] = frozenset(),
                people: frozenset[str] = frozenset()) -> tuple[float, str, list[dict]]:
    """The best of *got* for *question* as (score, quoted text, cited rows): when it holds none of the
    kind of answer asked for (no one new for "who", no figure for "how much") and the sentence after it
    in its paragraph does, both are quoted ("... adapted it for radio. The adaptation starred A.").
    The ranking itself stays the words': a sentence picked for merely holding a name was worse."""
    kind = wanted(question)
    score, row = got[0]
    if kind is None or holds(kind, row["text"], question, known, people):
        goes_on = await _carried_on(conn, question, row, known)
        if goes_on is not None:
            return score, f"{row['text']} {goes_on['text']}", [row, goes_on]
        return _with_tie(score, row["text"], [row], got)
    nxt = await next_sentence(conn, row)
    if nxt is not None and holds(kind, nxt["text"], question, known, people):
        return score, f"{row['text']} {nxt['text']}", [row, nxt]
    return _with_tie(score, row["text"], [row], got)


#: A sentence that goes on about the one before it: a pronoun among its first words ("In his diaries that
#: day, he called it ...").
_CONTINUES = re.compile(r"^(?:[\w'’,-]+\s+){0,5}?(he|she|they|his|her|their)\b", re.IGNORECASE)


async def _carried_on(conn, question: str, row: dict, known: frozenset[str]) -> dict | None:
    """The next sentence of *row*'s paragraph when it goes on with a pronoun and holds a word of the
    question that *row* lacks ("what did A call it in his diary": "A screened the film ..." then "In his
    diaries that day, he called it ..."); None otherwise."""
    terms = [w for w in content_words(question, known) if w not in _QUESTION_WORDS]
    norm = normalize(row["text"])
    missing = [t for t in terms if not re.search(rf"\b{re.escape(stem(t))}", norm)]
    if not missing:
        return None
    nxt = await next_sentence(conn, row)
    if nxt is None or not _CONTINUES.match(nxt["text"]):
        return None
    after = normalize(nxt["text"])
    return nxt if any(re.search(rf"\b{re.escape(stem(t))}", after) for t in missing) else None


#: Two sentences this close in score are a tie the words cannot break: both are quoted.
TIE = 1.5
#: ... unless the two together would be longer than this many characters.
TIE_CHARS = 600


def _with_tie(score: float, text: str, rows: list[dict], got: list[tuple[float, dict]]) -> tuple[float, str, list[dict]]:
    """The quote, with the runner-up sentence after it when the two score alike: the ranking cannot
    tell which one answers, so the member reads both (still a quote, never a confident answer)."""
    if len(got) < 2 or got[1][0] < score - TIE:
        return score, text, rows
    other = got[1][1]
    if other["text"] in text or len(text) + len(other["text"]) > TIE_CHARS:
        return score, text, rows
    return score, f"{text} … {other['text']}", [*rows, other]
