"""Fallback: quote the article sentence that best matches the question.

BM25 (FTS5) narrows the article to ~20 candidate sentences cheaply; rapidfuzz then re-ranks them
against the question's content words, which rewards sentences that contain the *phrases* asked
about rather than merely frequent terms. The result is never confident: a quoted sentence may
well be beside the point.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from .. import queries
from ..matching import normalize
from ..vocab import alternation, given_names, load
from .text import STOPWORDS, content_words

#: A publication's or a place's short form typed ("nyt", "nyc") and the full name an article writes.
_SHORT_FORMS: dict[str, str] = {k: normalize(v) for table in (load("reviews").get("short_forms", {}),
                                                            load("retrieval").get("place_short_forms", {}))
                                for k, v in table.items()}
def spelled_out(word: str) -> str:
    """The full name an article writes for *word* when it is a short form members type ("nyc": "new york
    city"), else *word* itself."""
    return _SHORT_FORMS.get(word, word)


_QUESTION_WORDS = frozenset(load("ask_words")["retrieve"]["question_words"])


#: Endings a question's word may have where the article's has another ("stunts" / "stunt choreographer",
#: "choreography" / "choreographer", "paintings" / "painted"), longest first; the stem keeps 4 letters.
_ENDINGS = tuple(load("ask_words")["retrieve"]["endings"])


def stem(word: str) -> str:
    """*word* without one common ending, when at least four letters stay: a word start to search for."""
    if len(word) > 5 and not word.isdigit():
        for end in _ENDINGS:
            if word.endswith(end) and len(word) - len(end) >= 4:
                return word[: -len(end)]
    return word


_RETRIEVAL = load("retrieval")
#: Words of a question's frame ("what happens to", "really"): no sentence needs them.
_FRAME = frozenset(_RETRIEVAL["frame"])
_IRREGULAR: dict[str, tuple[str, ...]] = {w: tuple(forms) for forms in _RETRIEVAL["irregular"] for w in forms}
_SYNONYMS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _RETRIEVAL["synonyms"].items()}
# a kinship word as a member types it finds the article's ("kip's mom" is told "Kip's mother, Ora")
for _typed, _word in load("question").get("relation_words", {}).items():
    for _t in (_typed, _typed + "s"):
        _SYNONYMS[_t] = tuple(dict.fromkeys((*_SYNONYMS.get(_t, ()), _word)))
_SECTION_WORDS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _RETRIEVAL["sections"].items()}
#: The section kinds each of those points to (a production question is told under "Filming" too).
_SECTION_KINDS = {"production": frozenset({"production", "filming", "development"}), "plot": frozenset({"plot"})}
#: The score's parts: how alike the question's words and the sentence read (token set, best window), and
#: how many of the question's words (names, forms, synonyms) the sentence holds. The fuzzy parts favour
#: short sentences that repeat a name ("Ora has Kip sign it"); what the sentence holds decides more.
FUZZ_SET, FUZZ_PART, COVER = 0.2, 0.1, 70.0
#: ... and for a search whose *must* already says which sentences tell it (a casting verb, a filming word),
#: where the callers' thresholds were set on these.
MUST_WEIGHTS = (0.45, 0.25, 30.0)
#: Credit a term gets when the sentence writes a synonym of it rather than the word (or one of its forms).
SYNONYM_CREDIT = 0.75
#: Credit a name gets when the sentence does not write it but goes on about it ("He ..." right after a
#: sentence that names him).
COREF_CREDIT = 0.75
#: Score added for a sentence in the sections the question points to, and taken from a cast list's line
#: ("Ora Pell as Kip Morrow") when the question is about the story or the production, not the cast.
SECTION_BONUS, CAST_LINE_COST = 4.0, 8.0
#: ... and taken from a sentence of the lead when the question is about the story.
LEAD_COST = 8.0
#: Weight of a question's word in a clause of time ("where does A go *when his battery drains*", "how does
#: A die *before becoming B*"): it sets the scene; the main clause's words say what is asked.
CLAUSE_WEIGHT = 0.75
_SUBORDINATE = frozenset(_RETRIEVAL["subordinate"])
_CONTRAST = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _RETRIEVAL["contrast"]) + r")\b")
_CONTRAST_REACH = int(_RETRIEVAL["contrast_reach"])


def set_aside(question: str) -> frozenset[str]:
    """The words *question* sets aside after "instead of", "other than" ... (a few words, up to the next
    question word or clause): the one not asked about ("who does A fight instead of B": B), whose naming
    tells nothing of the answer (when it is someone's name: a thing set aside is often echoed)."""
    norm = normalize(question)
    out: set[str] = set()
    for m in _CONTRAST.finditer(norm):
        for w in norm[m.end():].split()[:_CONTRAST_REACH]:
            if w in _SUBORDINATE or w in _QUESTION_WORDS:
                break
            out.add(w)
    return frozenset(out)
#: A time told by reference to the sentence before ("that same day", "later that year"): vocab/retrieval.toml.
_TIME_BACK = re.compile("|".join(_RETRIEVAL["time_back"]), re.IGNORECASE)
#: A sentence that adds to the one before ("It was also announced that ...", "Also, ..."): dated by it.
_ALSO = re.compile(r"^(?:it|this)\s+(?:was|were|is)\s+also\b|^also\b", re.IGNORECASE)


def dated_before(text: str) -> bool:
    """Does *text* tell its time by the sentence before it ("Filming began that same day", "It was also
    announced that filming had begun")? Then that sentence's date is its own."""
    return bool(_TIME_BACK.search(text) or _ALSO.search(text))


#: ... and of a year beside other words ("where does A crash in 1976"): the time of what is asked, not it.
YEAR_WEIGHT = 0.5
_YEAR_RX = re.compile(r"(?:1[89]|20)\d\d")
_NEGATED = re.compile(r"\b(not|never|wasnt|didnt|doesnt|isnt|werent|dont|arent|hasnt|havent)\b")
#: Score added for a sentence giving a reason when the question asks why, and for one holding the kind
#: of thing asked for (a place for "where", a date for "when", a figure for "how many"); the words decide
#: the rest (a sentence picked for merely holding a name was worse, so never for "who").
REASON_BONUS, WANTED_BONUS = 5.0, 3.0
#: ... more for a figure: a sentence holding no figure at all can hardly tell "how much", "what cut".
NUMBER_BONUS = 5.0
_REASON = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _RETRIEVAL["reasons"]) + r")\b|"
                     + "|".join(_RETRIEVAL["reason_frames"]),
                     re.IGNORECASE)
_CAST_LINE = re.compile(r"^[^.;:]{0,60}\bas\b")
#: Score added, for "who <verb>s X", to a sentence that writes that verb (a form or a synonym) done by someone
#: named: a capitalised name right before it ("Vell severs A's hand") or after "by" ("A's hand is severed by
#: Vell"). A sentence writing the deed without its doer ("A's severed hand is replaced") tells no who.
DOER_BONUS = 5.0
_WHO_VERB = re.compile(r"^(?:who|whom)\s+(\w+)")
#: The words after "who" that ask no deed ("who is", "who does A marry"): the verb is further on.
_NO_DEED = frozenset(load("ask_words")["retrieve"]["question_words"]) | frozenset(load("ask_words")["retrieve"]["no_deed"])


def _doer_rx(question: str) -> re.Pattern | None:
    """For "who <verb>s ..." (the verb right after "who"), a pattern finding that verb in a sentence with its
    doer named: a capitalised word before it (an adverb between) or "by <Name>" after it; None otherwise."""
    m = _WHO_VERB.match(normalize(question))
    if m is None or m.group(1) in _NO_DEED or m.group(1) in STOPWORDS or len(m.group(1)) < 3:
        return None
    verb = m.group(1)
    alts = sorted({*forms(verb), *(y for y in _SYNONYMS.get(verb, ()) if " " not in y)}, key=len, reverse=True)
    told = "(?:" + "|".join(map(re.escape, alts)) + r")\w*"
    return re.compile(rf"\b[A-Z][\w'’-]+\s+(?:\w+ly\s+)?{told}\b|(?i:\b{told}\s+by)\s+(?:the\s+)?[A-Z]")
#: A sentence that goes on about someone the sentence before it named: a pronoun among its first words.
_PRONOUN_START = re.compile(r"^(?:[\w'’,-]+\s+){0,5}?(he|she|they|him|her|them|his|their)\b", re.IGNORECASE)


def synonyms(word: str) -> tuple[str, ...]:
    """The one-word starts an article may write for *word* (vocab/retrieval.toml [synonyms]: "parent" for
    "mom"), for the plot's own searches that read sentence by sentence."""
    return tuple(y for y in _SYNONYMS.get(word, ()) if " " not in y)


_RANKS = frozenset(_RETRIEVAL["ranks"])


def ranked(question: str, name_words: frozenset[str] | set[str]) -> frozenset[str]:
    """The ranks and titles *question* types right before a word of a name ("general" of "what happens to
    general ripper", "major" of "major kong's bomber"), and a given name or an initial typed before a surname
    the facts know alone ("jack d" of "general jack d ripper"): how it names someone, nothing asked of them."""
    toks = normalize(question).split()

    def part(t: str) -> bool:
        return (t in _RANKS or t in _GIVEN or len(t) == 1) and t not in name_words
    out = set()
    for i in range(len(toks)):
        # ... a run of them up to the name's word ("general jack d ripper")
        j = i
        while j < len(toks) and j - i < 4 and part(toks[j]):
            j += 1
        if j > i and j < len(toks) and (toks[j] in name_words or toks[j][:-1] in name_words):
            out.update(toks[i:j])
    return frozenset(out)


def is_frame(word: str) -> bool:
    """Is *word* one of a question's frame ("happens", "really"), which no answering sentence needs?"""
    return word in _FRAME


def _lemmas(word: str) -> set[str]:
    """The plain forms *word* may be an inflection of ("stabbed" -> stab, "dies" -> die, "hoped" -> hope)."""
    for end in ("ing", "ied", "ies", "es", "ed", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3 and not word.endswith(("ss", "us", "is")):
            base = word[: -len(end)]
            if end in ("ied", "ies"):
                return {base + "y"}
            out = {base, base + "e"} if end in ("ing", "ed", "es") else {base}
            if end in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsfz":
                out.add(base[:-1])  # "stabbed" -> "stab"; "killed" stays "kill"
            return out
    return {word}


@lru_cache(maxsize=8192)
def forms(word: str) -> frozenset[str]:
    """The forms of *word* a sentence may write instead ("kill": kills, killed, killing; "shoot": shot):
    its plain form with the endings -s, -ed, -ing put on, and the irregular forms of vocab/retrieval.toml."""
    out = {word, *_IRREGULAR.get(word, ())}
    if word.isdigit() or len(word) < 3:
        return frozenset(out)
    for b in _lemmas(word):
        if b in STOPWORDS and b != word:
            continue  # "filmed" is no "film", nor are its "films"
        out.update(_IRREGULAR.get(b, ()))
        out.add(b)
        if b.endswith("y") and len(b) > 3 and b[-2] not in "aeiou":
            out.update((b[:-1] + "ies", b[:-1] + "ied", b + "ing"))
        elif b.endswith("e"):
            out.update((b + "s", b + "d"))
            if not b.endswith(("ee", "ie", "oe", "ye")):
                out.add(b[:-1] + "ing")
        else:
            out.update((b + "es" if b.endswith(("s", "sh", "ch", "x", "z")) else b + "s", b + "ed", b + "ing"))
            if len(b) <= 4 and b[-1] not in "aeiouwxy" and b[-2] in "aeiou" and b[-3] not in "aeiou":
                out.update((b + b[-1] + "ed", b + b[-1] + "ing"))  # "stab" -> "stabbed"
    # "filmed" is no "film": a function word (the film's own noun among them) tells nothing
    return frozenset(f for f in out if f == word or f not in STOPWORDS)


def section_preference(question: str, story: bool = False) -> frozenset[str]:
    """The section kinds *question* points to: the production history for "where was it shot", "who was
    first offered the part"; the plot for "how does X die" or any question naming someone of the story
    (*story*). Empty when its words point nowhere."""
    ws = set(normalize(question).split())
    if ws & _SECTION_WORDS["production"]:
        return _SECTION_KINDS["production"]
    if story or ws & _SECTION_WORDS["plot"]:
        return _SECTION_KINDS["plot"]
    return frozenset()


#: Words opening a question with its scene ("after A tells B the truth, what does B do"), and the words that
#: then open what is asked.
_LEADING_CLAUSE = frozenset(load("ask_words")["retrieve"]["leading_clause"])
_WH = frozenset(load("ask_words")["retrieve"]["wh"])


def leading_clause(toks: list[str]) -> int | None:
    """Where what is asked opens when *toks* (a normalised question) opens with a clause of time ("after A
    tells B the truth what does B do": at "what"); None otherwise."""
    if not toks or toks[0] not in _LEADING_CLAUSE:
        return None
    return next((i for i, t in enumerate(toks) if i > 2 and t in _WH), None)


def clause_words(question: str) -> frozenset[str]:
    """The words of *question* after a word opening a clause of time ("when", "after", "before" ...) that
    does not open the question itself, or of such a clause opening it ("after A leaves, where does B go"):
    the scene of what is asked, not what is asked."""
    toks = normalize(question).split()
    lead = leading_clause(toks)
    if lead is not None:
        return frozenset(toks[1:lead]) - frozenset(toks[lead:])
    at = next((i for i, t in enumerate(toks) if i > 0 and t in _SUBORDINATE), None)
    return frozenset(toks[at + 1:]) if at is not None else frozenset()


def _word_rx(words) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?:s|es)?\b")


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_BEST_SENTENCES_RX1 = re.compile(r"(\w+)['’]s\b")
_BEST_SENTENCES_RX2 = re.compile(r"\s*why\b")


async def best_sentences(conn, film_id: int, question: str, *, drop: frozenset[str] = frozenset(),
                         must: re.Pattern | None = None, limit: int = 20, names: tuple[str, ...] = (),
                         prefer: frozenset[str] = frozenset()) -> list[tuple[float, dict]]:
    """``(score 0-100, row)`` best first; *must* (a regex on the sentence) filters candidates.

    For an open search (no *must*), a word of the question counts where the sentence writes another form
    of it ("kills" for "kill", "shot" for "shoot") and, a little less, a synonym ("stabbed to death" for
    "die", "principal photography" for "filming"); the words of the question's frame ("what happens to",
    "really") count not at all. *names*: the full names of the people and characters the question names;
    each counts once, whichever of its words a sentence writes ("Kip" for "kip morrow"), or a little less
    when the sentence goes on about the one before it with "he"/"she". *prefer*: section kinds the
    question points to (:func:`section_preference`). Each row comes back with ``said``: the share of the
    question's words besides its names (what it asks of them) the sentence holds, 0 when it holds none."""
    name_sets = [frozenset(w for w in normalize(n).split() if len(w) > 2 and w not in STOPWORDS) for n in names]
    name_sets = [g for g in name_sets if g]
    name_words = frozenset(w for g in name_sets for w in g)
    drop = drop - name_words  # a character named like the film ("how does <title> die") is still asked about
    drop = drop | {w + "s" for w in drop if len(w) > 3}  # "<title>'s release" is typed "<title>s" once normalised
    terms = [w for w in content_words(question, drop) if w not in _QUESTION_WORDS]
    # "who does A fight instead of B": B is named as the one not fought; a sentence naming B earns nothing
    # for it (a thing set aside may still be echoed by the answer: "punches a carcass instead of a bag")
    aside = (set_aside(question) & name_words) if must is None else frozenset()
    if aside:
        terms = [w for w in terms if w not in aside and not (w.endswith("s") and w[:-1] in aside)] or terms
    if must is None:
        # neither the frame nor a lone small number ("<title> 2", "the 62 movie") finds the sentence asked for
        terms = [w for w in terms if w not in _FRAME and not (w.isdigit() and len(w) < 3)] or terms
    # the question's words of a name: one unit per name asked about, whichever word the sentence uses;
    # "kip morrow's" is typed "morrows" (the possessive glued on by normalising)
    plain = {t: t[:-1] if t.endswith("s") and t[:-1] in name_words else t for t in terms}
    typed_names = {plain[t] for t in terms}
    asked_names = [g for g in name_sets if g & typed_names]
    # a name weighs as many words as the question typed of it ("kip morrow" two), as before it was one unit
    weights = [len(g & typed_names) for g in asked_names]
    typed = terms  # the words as typed, names too: what the fuzzy comparison reads
    # ... a rank typed before a name ("major kong") names them, as the name does
    titled = ranked(question, name_words)
    terms = [t for t in terms if not any(plain[t] in g for g in asked_names) and t not in titled]
    if not terms and not asked_names:
        return []
    # "nyt": the article writes "The New York Times"; a short form counts as found when either is
    long = {t: _SHORT_FORMS[t].split() for t in terms if t in _SHORT_FORMS}
    wide = terms + [w for t in terms for w in long.get(t, [])] + sorted({w for g in asked_names for w in g})
    # "kip's father" is "kips" once normalised: the index holds "kip" (a name the facts miss is no asked name
    # above); only a word typed with its apostrophe, never a plural ("awards" is no "award" asked)
    owned = {normalize(m.group(1)) for m in _BEST_SENTENCES_RX1.finditer(question)}
    wide += [t[:-1] for t in terms if t.endswith("s") and t[:-1] in owned and t[:-1] not in wide]
    # word starts only for an open search: with *must* the caller already said which words tell it, and
    # stems there let a sentence of another kind through ("edit" in any word for "who edited it")
    stems = {t: stem(t) if must is None else t for t in terms}
    open_search = must is None
    alt_forms = {t: forms(t) - {t} for t in terms} if open_search else {}
    if open_search and _NEGATED.search(normalize(question)):
        # "why wasn't she credited": the article writes "uncredited"
        alt_forms = {t: fs | {"un" + f for f in fs | {t}} for t, fs in alt_forms.items()}
    syns = {t: _SYNONYMS.get(t, ()) for t in terms} if open_search else {}
    if open_search:
        wide += sorted({f for fs in alt_forms.values() for f in fs if " " not in f})
    prefixes = {s for t, s in stems.items() if s != t} | {y for ys in syns.values() for y in ys if " " not in y}
    rows = await queries.search_sentences(conn, film_id, " ".join(wide), max(limit, 30) if open_search and
                                          (syns or asked_names) else limit, prefixes=tuple(sorted(prefixes)))
    query = " ".join(w for t in typed for w in long.get(t, [t]))
    form_rx = {t: _word_rx(fs) for t, fs in alt_forms.items() if fs}
    syn_rx = {t: re.compile(r"\b(?:" + "|".join(map(re.escape, ys)) + ")") for t, ys in syns.items() if ys}
    name_rx = [_word_rx(g) for g in asked_names]
    before = await _sentences_before(conn, film_id, rows) if name_rx else {}
    scene = clause_words(question) if open_search else frozenset()
    term_weight = {t: CLAUSE_WEIGHT if t in scene else 1.0 for t in set(terms)}
    if open_search and any(not _YEAR_RX.fullmatch(t) for t in term_weight):
        # "where does A crash in 1976": the year says when, the other words what is asked
        term_weight.update({t: YEAR_WEIGHT for t in term_weight if _YEAR_RX.fullmatch(t)})
    # ... a name only in that clause sets the scene too ("who's watching A when B flies off": A is asked about)
    main_words = set(normalize(question).split()) - scene
    weights = [w * (CLAUSE_WEIGHT if scene and not ({x for t in main_words for x in (t, plain.get(t, t))} & g) else 1.0)
               for w, g in zip(weights, asked_names, strict=True)]
    units = sum(term_weight.values()) + sum(weights)
    reason = _REASON if open_search and _BEST_SENTENCES_RX2.match(normalize(question)) else None
    want = wanted(question) if open_search else None
    doer = _doer_rx(question) if open_search else None
    want = want if want in ("date", "number", "place") else None
    scored = []
    for rank, row in enumerate(rows):
        text = row["text"]
        if must is not None and not must.search(text):
            continue
        norm = normalize(text)
        covered = dated = 0.0
        for t in set(terms):  # the question's words besides the names: what it asks of them
            had = covered
            if re.search(rf"\b{re.escape(t)}", norm) or (t in form_rx and form_rx[t].search(norm)):
                covered += term_weight[t]
            elif re.search(rf"\b{re.escape(stems[t])}", norm) or (
                    t in long and re.search(r"\b" + r"\s+".join(map(re.escape, long[t])) + r"\b", norm)):
                covered += term_weight[t] * (0.5 if stems[t] != t or t not in long else 1)
            elif t in syn_rx and syn_rx[t].search(norm):
                covered += term_weight[t] * SYNONYM_CREDIT
            if term_weight[t] == YEAR_WEIGHT and _YEAR_RX.fullmatch(t):
                dated += covered - had
        # ... the year asked beside other words says nothing of what is asked: a sentence holding it alone
        # has said nothing ("The 1976 season starts with A leading" for "where does A crash in 1976")
        said = (covered - dated) / sum(term_weight.values()) if terms else 1.0
        for rx, weight in zip(name_rx, weights, strict=True):
            if rx.search(norm):
                covered += weight
            elif _PRONOUN_START.match(text) and (prev := before.get(row.get("idx"))) is not None \
                    and prev["para"] == row.get("para") and rx.search(normalize(prev["text"])):
                covered += COREF_CREDIT * weight
        covered /= units
        fs, fp, cw = (FUZZ_SET, FUZZ_PART, COVER) if open_search else MUST_WEIGHTS
        s = fs * fuzz.token_set_ratio(query, norm) + fp * fuzz.partial_ratio(query, norm) + cw * covered
        s -= rank * 0.3  # BM25 order breaks near-ties
        if reason is not None and reason.search(text):
            s += REASON_BONUS  # "why ...": the sentence that gives a reason ("because", "in exchange")
        if doer is not None and doer.search(text):
            s += DOER_BONUS  # "who severs A's hand": "Vell severs A's hand", not "A's severed hand is replaced"
        if want is not None and holds(want, text, question):
            # "where ...": a sentence naming a place; "when ...": one giving a date
            s += NUMBER_BONUS if want == "number" else WANTED_BONUS
        if prefer:
            if row.get("kind") in prefer:
                s += SECTION_BONUS
            elif row.get("kind") == "cast" and _CAST_LINE.search(text):
                s -= CAST_LINE_COST
            elif row.get("kind") == "lead" and prefer == _SECTION_KINDS["plot"]:
                # the lead names the film's people and its premise; what they do in the story is told below
                s -= LEAD_COST
        scored.append((s, {**row, "said": said}))
    scored.sort(key=lambda x: -x[0])
    return scored


async def _sentences_before(conn, film_id: int, rows: list[dict]) -> dict[int, dict]:
    """The sentence before each of *rows* that opens with a pronoun, by the row's idx (one query)."""
    want = [r["idx"] for r in rows if r.get("idx") and _PRONOUN_START.match(r["text"])]
    if not want:
        return {}
    marks = ", ".join("?" for _ in want)
    # execute_fetchall, here and below: one trip to the database thread, not three (execute, fetch, close)
    return {i + 1: {"para": p, "text": t} for i, p, t in await conn.execute_fetchall(
        f"SELECT idx, para, text FROM sentences WHERE film_id = ? AND idx IN ({marks})", (film_id, *[i - 1 for i in want]))}


def sentence_source(row: dict) -> dict:
    return {"section": row.get("path", ""), "sentence": row.get("text", "")}


# --- what kind of thing the question wants, and whether a quoted sentence holds one ------------------
#: The answer a question asks for, by its opening words: a quoted sentence that holds none (a person
#: for "who", a figure for "how much") is likely beside the point, however many words it shares.
_WANTS = (
    ("reason", re.compile(r"^why\b")),
    ("person", re.compile(r"^(who|whom|whose)\b|\b(which|what) (actor|actress|person|director|critic|company|"
                          r"studio|organi[sz]ation|foundation|group)\b")),
    ("number", re.compile(r"\bhow (much|many|long|old)\b|\b(what|which) (percent|percentage|cut|share|number|"
                          r"amount|fraction)\b")),
    ("date", re.compile(r"^when\b|\b(what|which) (year|date|day|month|decade)\b")),
    ("place", re.compile(r"^where\b|\b(what|which) (city|country|theater|theatre|place|town|state|venue|location)\b")),
    ("name", re.compile(r"\b(called|named|name of|(what|which) (song|title|boat|ship|car|horse|dog|book))\b")),
    # "what did A think of it": A's own words, which the sentence after the one naming the occasion often quotes
    ("opinion", re.compile("|".join(load("intents")["opinion"]))),
)
_NUMBER = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                     r"hundred|thousand|million|billion|half|quarter|third|dozen|percent)\b", re.IGNORECASE)
_DATE = re.compile(r"\b(1[89]\d\d|20\d\d)\b|\b(January|February|March|April|May|June|July|August|September|October|"
                   r"November|December)\b")
_PLACE = re.compile(r"\b(in|at|to|from|near|over|into|inside|outside) (the |an? )?[A-Z][\w'’-]+")
#: A place named by a common noun ("walks to the hospital", "rushes to the nearest power station").
_PLACE_NOUN = re.compile(r"\b(?:in|at|to|into|from|near|inside|outside|toward|towards|over|on) (?:the|a|an|his|her|their|its) "
                         r"(?:[\w-]+ ){0,2}?(" + "|".join(map(re.escape, _RETRIEVAL["place_nouns"])) + r")s?\b",
                         re.IGNORECASE)
_CAPITAL = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]+")
#: Capitalised words that name nobody: months, days, and words capitalised for the sentence's sake.
_NOT_NEW = frozenset(load("ask_words")["retrieve"]["not_new"])
_GIVEN = given_names()
#: Words a person's full name follows ("starred Ora Pell", "directed by Ora Pell").
_BEFORE_PERSON = frozenset(load("ask_words")["retrieve"]["before_person"])
_QUOTED = re.compile(r"[\"“‘][^\"”’]{2,60}[\"”’]")
#: Words quoted, a few at least (an opinion told in the speaker's words); an opening mark is enough, as a
#: sentence may end inside a quotation that goes on.
_SAID_IN_QUOTES = re.compile(r"[\"“][^\"”]{12}")


_LEAD_IN = re.compile(r"^(?:in|for|about|from|on) (?:\S+ ){1,5}?(?=(?:who|whom|whose|where|when|why|how|what|which)\b)")


def wanted(question: str) -> str | None:
    """"reason", "person", "number", "date", "place" or "name": what *question* asks for, when its words say."""
    q = _LEAD_IN.sub("", normalize(question))  # "in <title> where does ...": the wh-word opens what is asked
    return next((kind for kind, rx in _WANTS if rx.search(q)), None)


def holds(kind: str | None, text: str, question: str, known: frozenset[str] = frozenset(),
          people: frozenset[str] = frozenset()) -> bool:
    """Does *text* hold something of *kind* that the question (or *known*: the title's words) does not
    already name?"""
    if kind is None:
        return True
    asked = set(normalize(question).split()) | known | _NOT_NEW
    if kind == "reason":
        return bool(_REASON.search(text))
    if kind == "number":
        return bool(_NUMBER.search(text))
    if kind == "date":
        return bool(_DATE.search(text))
    if kind == "place":
        # ... not someone's ("in Ora's car" is no place)
        return any(normalize(m.group().split()[-1]) not in asked and not m.group().endswith(("'s", "’s"))
                   for m in _PLACE.finditer(text)) \
            or any(m.group(1).lower() not in asked for m in _PLACE_NOUN.finditer(text))
    if kind == "name" and _QUOTED.search(text):
        return True
    if kind == "opinion":
        # someone's view is told in their words: a quotation of a few words ("he called it "the worst ..."")
        return bool(_SAID_IN_QUOTES.search(text))
    if kind == "person":
        return _a_person(text, asked, people)
    return any(normalize(m.group()) not in asked for m in _CAPITAL.finditer(text))


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_A_PERSON_RX1 = re.compile(r"[\w'’-]+")


def _a_person(text: str, asked: set[str], people: frozenset[str]) -> bool:
    """A person the question does not name: a word of a name the film's facts hold (its cast, crew,
    characters, critics), or a full name after a given name's first word or a verb that precedes people
    ("... starred Ora Pell")."""
    toks = _A_PERSON_RX1.findall(text)
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


async def next_sentence(conn, row: dict, step: int = 1) -> dict | None:
    """The sentence after *row* in its paragraph (a quote's answer is often the sentence that follows);
    with *step* -1 the one before it."""
    got = next(iter(await conn.execute_fetchall(
            "SELECT n.text, n.idx FROM sentences s JOIN sentences n ON n.film_id = s.film_id AND n.idx = s.idx + ? "
            "AND n.para = s.para AND n.section = s.section WHERE s.film_id = ? AND s.idx = ?",
            (step, row.get("film_id"), row.get("idx")))), None)
    return {**row, "text": got[0], "idx": got[1]} if got else None


async def quote(conn, question: str, got: list[tuple[float, dict]], known: frozenset[str] = frozenset(),
                people: frozenset[str] = frozenset()) -> tuple[float, str, list[dict]]:
    """The best of *got* for *question* as (score, quoted text, cited rows): when it holds none of the
    kind of answer asked for (no one new for "who", no figure for "how much") and the sentence after it
    in its paragraph does, both are quoted ("... adapted it for radio. The adaptation starred A.").
    The ranking itself stays the words': a sentence picked for merely holding a name was worse."""
    kind = wanted(question)
    score, row = got[0]
    if kind in _TIE_BY_KIND and len(got) > 1 and got[1][0] >= score - QUOTE_TIE \
            and not holds(kind, row["text"], question, known, people) and holds(kind, got[1][1]["text"], question, known, people):
        # "why is A disqualified": two sentences the words cannot tell apart, and only the runner-up gives a
        # reason ("A is disqualified after an inspection finds ..." over "when A's disqualification is
        # overturned"): it is the one quoted
        score, row = got[1][0], got[1][1]
    if tells_the_scene(question, row["text"], known):
        # "who does A fight after he refuses to fight B": the sentence found tells the refusal, the scene
        # the question sets; what follows it is told next ("As a punishment, A has to fight C instead")
        # ... or, when that one writes none of what is asked, the first of the few after it in its section
        # that does ("after A leaves B": "A accepts." "He hobbles off." ... "A went back to Ruritania")
        later = await _told_after(conn, question, row, known)
        if later is not None and len(row["text"]) + len(later["text"]) <= TIE_CHARS:
            return score, f"{row['text']} … {later['text']}", [row, later]
        nxt = await next_sentence(conn, row)
        if nxt is not None and len(row["text"]) + len(nxt["text"]) <= TIE_CHARS:
            return score, f"{row['text']} {nxt['text']}", [row, nxt]
    if _ASKS_IN_TURN.search(row["text"]) and not _ASKS_IN_TURN.search(normalize(question)):
        # "what does B say to do with the file": the sentence found carries the question itself ("A asks B
        # what to do with the file"); the reply is the sentence after it, quoted with it
        nxt = await next_sentence(conn, row)
        if nxt is not None and len(row["text"]) + len(nxt["text"]) <= TIE_CHARS:
            return score, f"{row['text']} {nxt['text']}", [row, nxt]
    if kind == "person" and _SUBJECT_PRONOUN.match(row["text"]):
        # "who does A send to bewitch B": "She bewitches B" answers with a pronoun; the sentence before it
        # says who she is ("... finds Lune, who has been sent by A.")
        prev = await next_sentence(conn, row, step=-1)
        if prev is not None and holds("name", prev["text"], question, known, people):  # someone it names
            return score, f"{prev['text']} {row['text']}", [prev, row]
    if kind is None or holds(kind, row["text"], question, known, people):
        goes_on = await _carried_on(conn, question, row, known)
        if goes_on is not None:
            return score, f"{row['text']} {goes_on['text']}", [row, goes_on]
        before = await _carried_from(conn, question, row, known)
        if before is not None:
            return score, f"{before['text']} {row['text']}", [before, row]
        later = await _told_on(conn, question, row, kind, known, people)
        if later is not None:
            return score, f"{row['text']} {later['text']}", [row, later]
        return _with_tie(score, row["text"], [row], got)
    if kind == "date" and _TIME_BACK.search(row["text"]):
        # "when did filming begin": "Filming began that same day" is dated by the sentence before it ("In
        # May, A joined the cast ..."), quoted with it
        prev = await next_sentence(conn, row, step=-1)
        if prev is not None and holds(kind, prev["text"], question, known, people):
            return score, f"{prev['text']} {row['text']}", [prev, row]
    nxt = await next_sentence(conn, row)
    if nxt is not None and holds(kind, nxt["text"], question, known, people):
        return score, f"{row['text']} {nxt['text']}", [row, nxt]
    if kind == "place":
        # "where does A crash": "... A's car breaks, sending it into a wall" happens where the paragraph
        # set its scene a few sentences before ("At the Ruritanian Grand Prix, A urges ...")
        scene = await _scene_before(conn, row, question, known, people)
        if scene is not None:
            return score, f"{scene['text']} … {row['text']}", [scene, row]
    if kind == "reason" and _FOLLOWS_ON.match(row["text"]):
        # "why does A leave": "When B is told of it, A leaves" follows on from what the sentence before
        # tells, which is the reason
        prev = await next_sentence(conn, row, step=-1)
        if prev is not None:
            return score, f"{prev['text']} {row['text']}", [prev, row]
    if kind == "reason" and nxt is not None and len(row["text"]) + len(nxt["text"]) <= TIE_CHARS \
            and (len(got) < 2 or got[1][0] < score - QUOTE_TIE):
        # "why did A leave school": "It is understood that A has left the school" tells the leaving and no
        # reason; the story tells what led to it next, in words no reason list holds ("It is revealed that
        # A's father had debts and the family moved away"), unless a sentence elsewhere fits near as well
        # (both quoted below)
        return score, f"{row['text']} {nxt['text']}", [row, nxt]
    goes_on = await _carried_on(conn, question, row, known)
    if goes_on is not None and holds(kind, goes_on["text"], question, known, people | _capitals(goes_on["text"])):
        # "who does A fall for": "He has a son named A, ..." names A; the answer goes on with a pronoun in
        # the sentence after it ("All of a sudden he falls for Lune")
        return score, f"{row['text']} {goes_on['text']}", [row, goes_on]
    before = await _carried_from(conn, question, row, known)
    if before is not None:
        return score, f"{before['text']} {row['text']}", [before, row]
    return _with_tie(score, row["text"], [row], got)


def _capitals(text: str) -> frozenset[str]:
    """The capitalised words of *text* past its first, as names a sentence going on about someone may give
    ("he falls for Lune")."""
    return frozenset(normalize(t) for t in text.split()[1:] if t[:1].isupper())


#: Words opening a clause of what came before the thing asked ("what does A do after B leaves"): its
#: answer is told after the sentence telling the clause.
_THEN = frozenset(load("ask_words")["retrieve"]["then"])


def _scene_and_main(question: str) -> tuple[str, str] | None:
    """*question*'s clause of what came before ("after he refuses to fight B") and its main clause ("who does
    A fight"), whichever comes first; None without such a clause."""
    toks = normalize(question).split()
    at = next((i for i, t in enumerate(toks) if i > 0 and t in _THEN), None)
    if at is not None:
        return " ".join(toks[at + 1:]), " ".join(toks[:at])
    lead = leading_clause(toks) if toks[:1] and toks[0] in _THEN else None
    return (" ".join(toks[1:lead]), " ".join(toks[lead:])) if lead is not None else None


def tells_the_scene(question: str, text: str, known: frozenset[str]) -> bool:
    """Does *text* tell the clause that sets the scene of *question* ("after he refuses to fight B": "...
    but A refuses"), all its words (another form of each counts), and none of the main clause's words
    besides the names both share? Then the sentence after it tells what is asked."""
    parts = _scene_and_main(question)
    if parts is None:
        return False
    scene = [w for w in content_words(parts[0], known) if w not in _QUESTION_WORDS and w not in _FRAME]
    main = [w for w in content_words(parts[1], known) if w not in _QUESTION_WORDS and w not in _FRAME]
    if not scene:
        return False
    words = set(normalize(text).split())
    # ... the main clause's words as the sentence writes them in lower case: a name both share is no answer
    lower = set(normalize(" ".join(t for t in text.split() if not t[:1].isupper())).split())

    def has(w: str, among: set[str], alike: tuple[str, ...] = ()) -> bool:
        return bool(forms(w) & among) or any(x.startswith((stem(w), *alike)) for x in among)
    # ... the scene told in other words counts ("after A tells B": "A reveals to B")
    return all(has(w, words, synonyms(w)) for w in scene) and not any(has(w, lower) for w in main if w not in scene)


#: An indirect question in a sentence ("asks B what to do with it", "wonders whether she will return"): a verb
#: of asking (vocab retrieval.toml asking_verbs), a few words, then a question word. The reply comes next.
_ASKS_IN_TURN = re.compile(rf"\b{alternation(_RETRIEVAL['indirect_question']['verbs'])}\b(?:\s+[\w'’-]+){{0,4}}?\s+"
                           r"(?:what|whether|how|why|who|whom|where|when|which|if)\b", re.IGNORECASE)


#: How many sentences after one telling a question's scene (in its section) what is asked may be told.
TOLD_AFTER_REACH = 5


async def _told_after(conn, question: str, row: dict, known: frozenset[str]) -> dict | None:
    """The first of the few sentences after *row* in its section that writes a word of *question*'s main
    clause (another form counts: "went" for "go"), when the one right after it writes none; None otherwise.
    *row* tells the scene the question sets ("after he leaves B"), so what is asked is told after it."""
    parts = _scene_and_main(question)
    if parts is None:
        return None
    scene = set(content_words(parts[0], known))
    main = [w for w in content_words(parts[1], known)
            if w not in _QUESTION_WORDS and w not in _FRAME and w not in scene and w not in STOPWORDS]
    if not main:
        return None
    rows = await conn.execute_fetchall(
        "SELECT text, idx, para FROM sentences WHERE film_id = ? AND section = "
        "(SELECT section FROM sentences WHERE film_id = ? AND idx = ?) AND idx > ? ORDER BY idx LIMIT ?",
        (row.get("film_id"), row.get("film_id"), row.get("idx"), row.get("idx"), TOLD_AFTER_REACH))

    def tells(text: str) -> bool:
        # the main clause's words as the sentence writes them in lower case: a name is no answer
        ws = set(normalize(" ".join(t for t in text.split() if not t[:1].isupper())).split())
        return any(forms(w) & ws for w in main)
    for j, (text, idx, para) in enumerate(rows):
        if tells(text):
            return None if j == 0 else {**row, "text": text, "idx": idx, "para": para}
    return None


#: A sentence that follows on from the one before it: a clause of time or result first ("When B learns
#: this, ...", "As a result, ..."), or a reference back ("This", "The house", "It").
_FOLLOWS_ON = re.compile(r"^(?:when|after|once|as a result|so|thus|therefore|this|that|these|then|upon|following|"
                         r"consequently|subsequently|in (?:response|retaliation|return))\b", re.IGNORECASE)
_REFERS_BACK = re.compile(r"^(?i:it|this|these|those|the (?!film\b|movie\b)[a-z]+)\b(?!\s+[A-Z])")


async def _carried_from(conn, question: str, row: dict, known: frozenset[str]) -> dict | None:
    """The sentence before *row* in its paragraph when *row* refers back to it ("The house was destroyed
    after filming", "It burned down") and it holds a word of the question that *row* lacks ("which
    mansion burned down": "Some scenes were filmed in Powerscourt House, a mansion ..."); None otherwise."""
    if not _REFERS_BACK.match(row["text"]):
        return None
    terms = [w for w in content_words(question, known) if w not in _QUESTION_WORDS and w not in _FRAME]
    norm = normalize(row["text"])
    missing = [t for t in terms if not re.search(rf"\b{re.escape(stem(t))}", norm)]
    if not missing:
        return None
    prev = await next_sentence(conn, row, step=-1)
    if prev is None:
        return None
    before = normalize(prev["text"])
    return prev if any(re.search(rf"\b{re.escape(stem(t))}", before) for t in missing) else None


#: A sentence that opens on a place, setting the scene of the ones after it ("At the Osk Grand Prix, ...").
_SCENE_START = re.compile(r"^(?:At|In|On|Inside|Outside|Near|Back in|Back at)\s+(?:the\s+)?[A-Z][^,]{0,60},")
#: How many sentences before a quote its paragraph's scene may have been set.
SCENE_REACH = 4


async def _scene_before(conn, row: dict, question: str, known: frozenset[str], people: frozenset[str]) -> dict | None:
    """The nearest of the few sentences before *row* in its paragraph that opens on a place ("At the Osk
    Grand Prix, ..."): where what *row* tells happens; None when none does."""
    prev = row
    for _ in range(SCENE_REACH):
        prev = await next_sentence(conn, prev, step=-1)
        if prev is None:
            return None
        m = _SCENE_START.match(prev["text"])
        # ... a place, not someone's absence or a time ("In Ora's absence,", "In May,")
        if m and not re.search(r"['’]s\b", m.group()) and normalize(m.group().split()[-1]) not in _NOT_NEW \
                and not set(normalize(m.group()).split()) & set(normalize(question).split()) - _NOT_NEW:
            return prev
    return None


_SUBJECT_PRONOUN = re.compile(r"^(he|she|they)\b", re.IGNORECASE)
#: A sentence that goes on about the one before it: a pronoun among its first words ("In his diaries that
#: day, he called it ...").
_CONTINUES = re.compile(r"^(?:[\w'’,-]+\s+){0,5}?(he|she|they|his|her|their)\b", re.IGNORECASE)


async def _told_on(conn, question: str, row: dict, kind: str | None, known: frozenset[str],
                   people: frozenset[str]) -> dict | None:
    """The next sentence of *row*'s paragraph when the story goes on there with what is asked: it comes back to
    the thing asked about ("where do they hide the bomb": "... planted a bomb in the pits." "... the bomb was
    fitted on the car's air filter") and holds the kind of answer asked, or it goes on with the subject typed
    in the question as a pronoun ("what does Kip do with the money": "Kip finds the money." "He buys a
    boat."). Quoted with *row*, so the member reads both; None otherwise."""
    nxt = await next_sentence(conn, row)
    if nxt is None or len(row["text"]) + len(nxt["text"]) > TIE_CHARS:
        return None
    terms = {stem(w) for w in content_words(question, known) if w not in _QUESTION_WORDS and len(w) > 2}
    here, after = normalize(row["text"]), normalize(nxt["text"])
    shared = [t for t in terms if re.search(rf"\b{re.escape(t)}", here) and re.search(rf"\b{re.escape(t)}", after)]
    if kind is not None and shared and holds(kind, nxt["text"], question, known, people):
        return nxt
    typed = set(normalize(question).split())
    if kind is None and _SUBJECT_PRONOUN.match(nxt["text"]) and typed & (people | _capitals(row["text"])):
        return nxt  # a name the question typed, which the next sentence goes on with as "he", "she"
    return None


async def _carried_on(conn, question: str, row: dict, known: frozenset[str]) -> dict | None:
    """The next sentence of *row*'s paragraph when it goes on with a pronoun (or refers back: "The game",
    "It") and holds a word of the question that *row* lacks ("what did A call it in his diary": "A screened
    the film ..." then "In his diaries that day, he called it ..."); None otherwise."""
    terms = [w for w in content_words(question, known) if w not in _QUESTION_WORDS]
    norm = normalize(row["text"])
    missing = [t for t in terms if not re.search(rf"\b{re.escape(stem(t))}", norm)]
    if not missing:
        return None
    nxt = await next_sentence(conn, row)
    # ... or goes on about what it told ("A arranges a match for B at the fair." "The game turns out to be ...")
    if nxt is None or not (_CONTINUES.match(nxt["text"]) or _REFERS_BACK.match(nxt["text"])):
        return None
    after = normalize(nxt["text"])
    return nxt if any(re.search(rf"\b{re.escape(stem(t))}", after) for t in missing) else None


#: The kinds of answer whose presence breaks a tie between two sentences (a reason for "why", a date for
#: "when", a figure, a place); never a name, which any sentence may hold.
_TIE_BY_KIND = frozenset({"reason", "date", "number", "place"})
#: Two sentences this close in score are a tie the words cannot break.
TIE = 1.5
#: ... and this close, both are quoted: a runner-up within a few points (about one word of the question
#: the best lacks) holds the answer often enough that the member should read it too (dev and held-out
#: each gained a question at 4.0 over 1.5; a quote is never a confident answer either way).
QUOTE_TIE = 4.0
#: ... unless the two together would be longer than this many characters.
TIE_CHARS = 600


def _with_tie(score: float, text: str, rows: list[dict], got: list[tuple[float, dict]]) -> tuple[float, str, list[dict]]:
    """The quote, with the runner-up sentence after it when the two score alike: the ranking cannot
    tell which one answers, so the member reads both (still a quote, never a confident answer)."""
    if len(got) < 2 or got[1][0] < score - QUOTE_TIE:
        return score, text, rows
    other = got[1][1]
    if other["text"] in text or len(text) + len(other["text"]) > TIE_CHARS:
        return score, text, rows
    return score, f"{text} … {other['text']}", [*rows, other]
