"""Free-form questions about films, answered from the facts and text of their articles.

Entry points: :func:`answer` (one question, optionally in a channel that is talking about a
film) and :func:`person_credits` (one person's credits across the library). Both never raise on
user input: a question they cannot handle gets a plain, low-confidence "don't know".
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from .. import namekeys
from ..matching import normalize, title_key
from ..vocab import load
from . import across, focus, tags
from .across import person_credits
from .data import FILM_ROWIDS, cache_for, film_data
from .film import Q, answer_film_question
from .model import ABSTAIN_KINDS, CONFIDENT, Answer
from .retrieve import best_sentences, sentence_source
from .text import (
    STOPWORDS,
    FilmMention,
    clean_question,
    films_of_a_title_word,
    find_film,
    in_title_slot,
    is_common_title,
)

__all__ = ["ABSTAIN_KINDS", "CONFIDENT", "Answer", "answer", "person_credits", "warm"]

log = logging.getLogger(__name__)

_POSSESSIVE = re.compile(r"(?<=[\w.])['’]s\b")
#: A word that may be a name with its possessive's apostrophe left out ("swedes", "eddies").
_BARE_POSSESSIVE = re.compile(r"\b([A-Za-z]{3,}?[^s\W])s\b")
#: A question's only word before the title that belongs with it ("in <title>, who ...").
#: Words right before a title ("for <title>", "the movie <title>"): a part of a title after them is the title.
_BEFORE_A_TITLE = frozenset(load("ask_words")["text"]["before_title"])
_TITLE_PREPOSITIONS = frozenset(load("ask_words")["ask"]["title_prepositions"])
#: The shortest name ending in s that may be a shorter name's possessive typed without its apostrophe.
SHORT_NAME_S = 3
#: The most an answer may claim when its film was guessed from one word of a name.
GUESSED_FILM = 0.45
#: ... or was the likeliest of several films sharing the title typed (the others are named).
SHARED_TITLE = 0.45


async def answer(lib, question: str, *, channel_film_id: int | None = None) -> Answer:
    """Answer *question*; ``channel_film_id`` is the film the channel was last talking about."""
    text = _fronted_clause_moved(clean_question(question))
    try:
        return await _answer(lib, text, channel_film_id)
    except Exception:  # never let one odd question break the command; the log keeps the bug visible
        log.exception("ask failed for %r", text[:200])
        return Answer(text, "Sorry, I couldn't work that one out.", "abstain", 0.0)


#: "before <B>, who ...": the words that open such a clause, the question words that end it, and the most
#: words it may hold (a name, not a sentence).
_FRONTED_OPENERS = frozenset(load("ask_words")["ask"]["fronted_clause_openers"])
_FRONTED_ASKS = frozenset(load("ask_words")["ask"]["fronted_clause_asks"])
FRONTED_MOST = 4


def _fronted_clause_moved(text: str) -> str:
    """"before Ora Pell, who did the director consider" -> "who did the director consider before Ora Pell":
    the casting paths read "before B" as the clause after the question (B is who got the part; the names
    after it are not B). With the clause in front every name of the question was read as B, and the
    sentence quoted was the wrong offer. Only a short clause (a name) ended by a question word moves."""
    toks = text.split()
    if len(toks) < 4 or toks[0].lower() not in _FRONTED_OPENERS:
        return text
    for k in range(2, min(len(toks) - 1, 2 + FRONTED_MOST)):
        if toks[k].lower() in _FRONTED_ASKS:
            clause = " ".join(toks[1:k]).rstrip(",;:")
            rest = " ".join(toks[k:])
            end = "?" if rest.endswith("?") else ""
            return f"{rest.rstrip('?').rstrip()} {toks[0]} {clause}{end}"
        if toks[k - 1].endswith((",", ";", ":")):
            return text  # the clause ended with no question word after it
    return text


#: The shapes of question answered once at start-up (see :func:`warm`), about a film of the library.
_WARM_QUESTIONS = ("who directed {t}", "who played the lead in {t}", "who voiced the hero of {t}",
                   "how much did {t} make", "when was {t} released", "what is {t} about",
                   "did {t} win an oscar", "where was {t} filmed")


async def warm(lib) -> None:
    """Build the cross-film indexes (:func:`across.warm`), then answer a few questions of the commonest
    shapes about one film of the library: every answer path compiles its patterns on first use, and the
    first member to ask paid for them (about 20 ms of a first /ask at 40,000 films). Before that the database
    file is read once into the page cache (:meth:`Library.prewarm`): a cold cache, not the code, made a
    film's first search slow. Read-only."""
    await lib.prewarm()
    await across.warm(lib)
    # the focus families are compiled on the first answer that quotes a sentence, which the shapes below
    # may never give (about 10 ms, paid by whichever member's question quoted first)
    focus.families()
    _squeezed_titles(lib)  # the titles typed with doubled letters single, read only when no film was found
    async with lib.conn.execute("SELECT title FROM films ORDER BY n_chars DESC LIMIT 1") as cur:
        row = await cur.fetchone()
    if row:
        for shape in _WARM_QUESTIONS:
            await answer(lib, shape.format(t=row[0]))


_SPELLINGS = {k: v for k, v in load("question")["typed_spellings"].items()}
_SPELLED = re.compile(r"\b(" + "|".join(map(re.escape, sorted(_SPELLINGS, key=len, reverse=True))) + r")\b", re.IGNORECASE)


_AMPERSAND = re.compile(r"\s+&\s+")


def _written_out(text: str) -> str:
    """*text* with its short spellings written out ("midnite cowboy" -> "midnight cowboy", "run & become" ->
    "run and become")."""
    return _SPELLED.sub(lambda m: _SPELLINGS[m.group(1).lower()], _AMPERSAND.sub(" and ", text))


async def _answer(lib, text: str, channel_film_id: int | None, *, respelled: bool = False) -> Answer:
    if not normalize(text):
        return Answer(text, "Ask me something about a film, e.g. “who directed it?”", "need_film", 0.0)
    cross = await across.try_answer(lib, text)
    if cross is not None:
        return cross
    mention = find_film(lib.index, tags.without_frame(text), lenient=channel_film_id is None)
    if not mention.film_ids and not mention.typed_longer and _POSSESSIVE.search(text):
        # "<title>'s rotten tomatoes score": the possessive glued onto the title's last word hides it; the
        # 's is blanked (same length, so the mention's place in the text holds)
        mention = find_film(lib.index, tags.without_frame(_POSSESSIVE.sub("  ", text)), lenient=channel_film_id is None)
    if mention.found and mention.score < 100 \
            and await _a_common_form(lib, text[mention.start: mention.end], fuzzy=mention.score != 99.0):
        # "hot" is a word, never the initials of a loaded "Holy Old Tale"; "the thing he filmed" is no
        # loaded "Things" mistyped
        mention = type(mention)()
        if _POSSESSIVE.search(text):
            # "<title>'s budget": the title with its 's, no typo of it, is the title exactly once the 's goes
            again = find_film(lib.index, tags.without_frame(_POSSESSIVE.sub("  ", text)), lenient=channel_film_id is None)
            if again.found and again.score >= 100:
                mention = again
    written_by, written = None, ""
    if mention.found and mention.score < 99:
        # "the umpire strikes back" up to a typo is a loaded title, but another article writes those very
        # words (a segment, a film within the film): that article is the one asked about, as a guess
        written = text[mention.start: mention.end]
        written_by = await _written_verbatim_elsewhere(lib, written, mention.film_ids[0])
        if written_by is not None:
            mention = type(mention)()
    if mention.sequel_of:
        # "<title> ii" is another film than <title>: never answered about the one loaded, though the
        # loaded one's article may name it ("<title>, Part II was released in 1976")
        return await _named_in_article(lib, text, mention) or _not_the_loaded_film(lib, text, mention)
    mention.film_ids = _drop_duplicates(lib, mention.film_ids)
    if mention.found and mention.score >= 100:
        longer = await _title_run_on(lib, text, mention)
        if longer:
            # "when did <title> back come out", the article naming a sequel "<Title> Back": that film, not loaded,
            # never the one whose title it starts with
            longer_mention = FilmMention(typed_longer=longer, near=list(mention.film_ids))
            return await _named_in_article(lib, text, longer_mention) or _not_the_loaded_film(lib, text, longer_mention)
    film = None
    also: list = []
    if mention.found and channel_film_id is None and (is_common_title(lib.film(mention.film_ids[0]).title)
                                                      or await _a_word_title_used_as_word(lib, text, mention)):
        # "what does <a character of another film> brand on her": a pronoun that is also a title
        # yields to the one film a name in the question belongs to, when the titled film's article
        # never writes that name ("what did <a paper its article cites> think of her" keeps the title)
        named, key, *_ = await _film_of_a_name(lib, text)
        if named is not None and named.id not in mention.film_ids and key \
                and not await _writes(lib, mention.film_ids[0], key) and not await _a_critic_of(lib, named.id, key):
            mention = type(mention)()
    if mention.found and channel_film_id is None and await _title_inside_a_name(lib, text, mention):
        mention = type(mention)()
    if mention.film_ids and channel_film_id is None and await _title_typed_as_a_part(lib, text, mention):
        mention = type(mention)()
    if mention.found:
        film = lib.film(mention.film_ids[0])
    elif mention.film_ids:
        if channel_film_id in mention.film_ids:
            film = lib.film(channel_film_id)
        else:
            cands = [f for f in (lib.film(i) for i in mention.film_ids) if f is not None]
            if len(cands) > 1 and len({title_key(f.title) for f in cands}) == 1:
                # "the 1966 <title> film", "<title> 66": the year typed beside the title picks one of them
                dated = _by_year(lib, [f.id for f in cands], _year_after_title(text, mention.end))
                if len(dated) == 1:
                    cands = [lib.film(dated[0])]
            if len(cands) > 1 and len({title_key(f.title) for f in cands}) == 1:
                # "<title>: the movie" where one of them is promoted under that longer form: the form typed
                # is that film's own other title, never the others'
                own = await _by_other_title(lib, cands, text[mention.start: mention.end])
                if own is not None:
                    cands = [own]
            if cands and len({title_key(f.title) for f in cands}) == 1:
                # Films sharing the title typed, no year: the one a whole name of the question belongs to
                # ("... in the <its lead actor> movie"), else the likeliest; the others named in one line.
                film = await _the_one_naming(lib, cands, text, mention) or lib.most_likely(cands)
                also = [f for f in cands if f.id != film.id]
            else:
                labels = ", ".join(f.label for f in cands[:10])
                return Answer(text, f"Which film do you mean: {labels}?", "need_film", 0.1,
                              candidates=[{"film_id": f.id, "film": f.label} for f in cands])
    if film is None and channel_film_id is not None:
        film = lib.film(channel_film_id)
        mention = type(mention)()  # the film came from the channel: nothing to cut out of the text
        stranger = await _words_foreign_to(lib, film, text) if film is not None else ""
        if stranger:
            # "who directed <a film not loaded>" in a channel about another film: never answer for that one
            return Answer(text, f"I don't know a film with “{stranger}” (yet), and the film this channel was "
                                f"talking about, {film.label}, never mentions it. Name the film, or add it.",
                          "need_film", 0.1)
    assumed, assumed_whole = "", False
    if film is None and written_by is not None:
        film, assumed = lib.film(written_by), normalize(written)  # a guess: said, and never confident
    spaced = ""
    if film is None and not mention.film_ids:
        # "what is <first half> <second half> based on": a one-word title typed with a space inside it; before any name
        # of the question is read as a character of another film
        found, spaced_mention, spaced = await _title_typed_spaced(lib, text)
        if found is not None:
            film, mention = lib.film(found), spaced_mention
    if film is None:
        film, assumed, assumed_whole, ask_which = await _film_of_a_name(lib, text)
        if film is None and ask_which is None and _BARE_POSSESSIVE.search(text):
            # "what ended the swedes boxing career": a possessive typed without its apostrophe
            film, assumed, assumed_whole, ask_which = await _film_of_a_name(lib, _BARE_POSSESSIVE.sub(r"\1", text))
            assumed_whole = False  # a guess at the name, so a guess at the film
        if ask_which is not None:
            return ask_which
        if film is not None and mention.typed_longer and film.id in mention.near \
                and set(assumed.split()) <= set(normalize(mention.typed_longer).split()):
            # "who directed <title> hill": the loaded title's own words never stand for it as a name
            return await _named_in_article(lib, text, mention) or _not_the_loaded_film(lib, text, mention)
    typo = spaced  # a title found with its words joined is a guess the answer says it made
    if mention.found and mention.score == 99.0 and _short_form(text[mention.start: mention.end]):
        # a title named by its initials ("osb"): a few letters may name it by chance, so the answer says which
        # film it took them for and is never confident
        typo = text[mention.start: mention.end].strip()
    if film is None:
        # last: a run of the question's words that is a loaded title up to typos ("aiyari", two words
        # each one letter off), answered as a guess that says which title it took the words for
        found, mention, typo = await _title_typed_with_typos(lib, text)
        film = lib.film(found) if found is not None else None
    if film is None and not typo:
        # "where was strangewood shot": one distinctive word of a longer loaded title, typed alone; a guess
        # the answer says it made, or a question back when several titles have the word
        film, assumed, ask_which = await _film_of_a_title_word(lib, text)
        if ask_which is not None:
            return ask_which
    if film is None and not respelled and _written_out(text) != text:
        # "who directed midnite cowboy": no title as typed; once more with the short spellings written out
        return await _answer(lib, _written_out(text), channel_film_id, respelled=True)
    if film is None:
        # last of all: a word only one article writes ("who built the <vehicle> for the movie", a word of the
        # original-language title): a guess the answer says it made, or a question back when words differ
        film, assumed, ask_which = await _film_of_a_term(lib, text)
        if ask_which is not None:
            return ask_which
    if film is None and not typo:
        # "where was tarvel shot" for a loaded "Taarvell": a title spelled with its doubled letters typed single (the
        # same name transliterated), a guess the answer says it made
        found, mention, typo = await _title_typed_squeezed(lib, text)
        film = lib.film(found) if found is not None else None
    sequel_named = ""
    if film is None:
        # "the <title not loaded> sequel": the one loaded film whose article calls itself a sequel to that title,
        # a guess the answer says it made
        film, assumed = await _film_sequel_to(lib, text)
        sequel_named = assumed
    if film is None:
        return Answer(text, "Which film is this about? I couldn't find a film I know in the question.", "need_film", 0.1)
    data = await film_data(lib, film.id)
    before = normalize(text[: mention.start]).split() if mention.film_ids else []
    span = normalize(text[mention.start: mention.end]).split() if mention.film_ids else []
    # "in <title> where is she going": the preposition went with the title; the question opens at "where"
    lead = [] if len(before) == 1 and before[0] in _TITLE_PREPOSITIONS else before
    rest_words = lead + normalize(text[mention.end:] if mention.film_ids else text).split()
    if sequel_named:
        # the words that named the film ("the <X> sequel", "the sequel to <X>") say nothing asked, as a title would not
        said = " ".join(rest_words)
        x = sequel_named.removeprefix("sequel to ")
        for form in (f"sequel to {x}", f"sequel of {x}", f"{x} sequel", f"{x} follow up", f"{x} followup"):
            if form in said:
                rest_words = said.replace(form, " ", 1).split()
                break
    all_words = normalize(text).split()
    # ... a part of a longer title, typed where no title goes ("who kills <name>", not "score for <name>")
    story_slot = mention.score < 100 and not in_title_slot(all_words, len(before), len(span)) \
        and not (before and before[-1] in _BEFORE_A_TITLE)
    names = _names(data, all_words, len(before), len(span), part_of_title=story_slot) if span \
        else data.names.find(all_words)
    if story_slot and any(h.start == len(before) and h.end == len(before) + len(span) for h in names):
        # the name is asked about, so it stays in what is asked ("who kills <name>": the one killed)
        rest_words = before + span + rest_words[len(lead):]
    owner = {w for h in names if _owns_the_film(h, all_words) for w in all_words[h.start: h.end]}
    if owner and not mention.film_ids:
        # "the promo song for <producer>'s anthology", the film found by that name: the name is cut out of
        # what is asked as a title would be, so no sentence is chosen for naming the producer
        rest_words = [w for w in rest_words if w not in owner]
    kept = _not_describing_the_film(names, all_words, len(before) if span else -1)
    describing = {w for h in names if h not in kept for w in all_words[h.start: h.end]}
    if describing:
        # "what does the hero use in the <Ora Pell> movie": the name only says which film, like a title, so
        # no sentence is chosen for naming Ora Pell
        rest_words = [w for w in rest_words if w not in describing] or rest_words
    names = kept
    q = Q(lib, film, data, text, " ".join(rest_words), names)
    # a quote that writes nothing of the thing asked (a country, a span of time) is no answer
    ans = focus.kept(q.rest, normalize(text), await answer_film_question(q))
    if also and not ans.abstained:
        years = ", ".join(f"({f.year})" if f.year else f.label for f in sorted(also, key=lambda f: f.year or 0)[:6])
        ans.answer = f"{ans.answer}\nAbout {film.label}; also: {film.title} {years} — add the year to ask about another."
        ans.confidence = min(ans.confidence, SHARED_TITLE)
        ans.candidates = [{"film_id": f.id, "film": f.label} for f in also[:24]]
    if mention.film_ids and film.id in mention.film_ids and not also and not ans.abstained \
            and not _YEAR.search(text):
        other = await _same_name_elsewhere(lib, film)
        if other:
            # "<title>", no year, and the article names an older film of that title the library lacks:
            # the member may mean that one, so the answer says which film it is about, never confidently
            ans.answer = (f"{ans.answer}\nAbout {film.label}; its article names a {other} film or version of the "
                          f"same name, which I don't have.")
            ans.confidence = min(ans.confidence, SHARED_TITLE)
    other_year = _another_year_typed(text, mention, film)
    if other_year and not ans.abstained:
        # "was <title> 1994 directed by A", the loaded <title> being of 1990: maybe another film of that title,
        # which the library lacks; said, and never confidently
        ans.answer = f"(About {film.label}; I don't know a {other_year} film of that title.) {ans.answer}"
        ans.confidence = min(ans.confidence, SHARED_TITLE)
    if typo:
        ans.answer = f"(About {film.label}, which I took “{typo}” for.) {ans.answer}"
        ans.confidence = min(ans.confidence, GUESSED_FILM)
    if assumed and ans.film_id not in (None, film.id):
        assumed = ""  # the answer came from another film's article, which it names itself
    if assumed:
        # said even when the article has no answer: the member learns which article was read
        ans.assumed_from = assumed
        ans.answer = f"(About {film.label}, the film I know with “{assumed}”.) {ans.answer}"
        if not assumed_whole:
            # One word of a name ("vell") is a guess at the film, however sure the answer is about it.
            ans.confidence = min(ans.confidence, GUESSED_FILM)
    return ans


#: The most films sharing a title whose names are read to tell which one a question means.
NAMING_SHARED = 8


async def _the_one_naming(lib, cands: list, text: str, mention):
    """Of films sharing the title typed (a remake, a serial's feature), the one whose cast or crew or story
    has a whole name the question types outside the title ("what does <hero> use in the <Ora Pell> movie"
    where only the older film stars Ora Pell), or None when no name, or names of several, tell them apart.
    Reads the few films of that one title, never the library (none when more than NAMING_SHARED share it: a
    title remade that often is asked with a year). Whole names only (both words, or a one-word name billed
    whole): one shared surname or first name would pick a film by chance."""
    if len(cands) > NAMING_SHARED:
        return None
    words = normalize(text).split()
    before = len(normalize(text[: mention.start]).split())
    span = set(range(before, before + len(normalize(text[mention.start: mention.end]).split())))
    named = []
    for f in cands:
        data = await film_data(lib, f.id)
        title = set(normalize(f.title).split())
        hits = [h for h in data.names.find(words, skip=span)
                if h.exact and (h.end - h.start > 1 or data.names.is_full(h.form)) and not set(h.form.split()) <= title]
        if hits:
            named.append(f)
    return named[0] if len(named) == 1 else None


async def _a_word_title_used_as_word(lib, text: str, mention) -> bool:
    """Is the title typed one word of the language ("why do <name>'s parents <title> turn against him"): a
    one-word title the articles also write in lower case, typed where no title goes? Then, like a pronoun
    title, it yields to the film a name of the question belongs to (when its own article lacks that name)."""
    key = normalize(text[mention.start: mention.end])
    if " " in key or normalize(lib.film(mention.film_ids[0]).title) != key or _used_as_title(text, key):
        return False
    return await namekeys.written_in_lower_case(lib.conn, key)


async def _title_inside_a_name(lib, text: str, mention) -> bool:
    """Is the one word of a title typed ("who plays tide marlow" and a film "The Tide") a word of the
    whole name of someone of another film, a name the titled film's article never writes? Then the name
    says which film is asked about, and the word is no title."""
    typed = [w for w in normalize(text[mention.start: mention.end]).split() if w not in STOPWORDS]
    if len(typed) != 1:
        return False
    named, key, whole, _ask = await _film_of_a_name(lib, text)
    return named is not None and whole and named.id not in mention.film_ids and len(key.split()) > 1 \
        and typed[0] in key.split() and not await _writes(lib, mention.film_ids[0], key)


async def _title_typed_as_a_part(lib, text: str, mention) -> bool:
    """Is the title typed, where no title goes, the name of a part ("where does <villain> end up after <hero>
    beats him", a film titled <Hero> loaded), with another name of the question billed in another film that
    has that part too and never a name of the titled film's? Then the part says no film, and the name that
    belongs to one film says which (found by the names, as a guess the answer says it made)."""
    words = normalize(text).split()
    before = len(normalize(text[: mention.start]).split())
    typed = normalize(text[mention.start: mention.end])
    titled = lib.film(mention.film_ids[0])
    if titled is None or in_title_slot(words, before, len(typed.split())) or typed != normalize(titled.title):
        return False
    parts = {r[0] for r in await lib.conn.execute_fetchall(
        "SELECT film_id FROM name_keys WHERE key = ? AND kind = 'character'", (typed,))}
    if not parts & set(mention.film_ids) or not parts - set(mention.film_ids):
        return False
    named, key, *_ = await _film_of_a_name(lib, text)
    if named is None or named.id in mention.film_ids or named.id not in parts or not key or key == typed:
        return False
    marks = ", ".join("?" for _ in mention.film_ids)
    theirs = await lib.conn.execute_fetchall(f"SELECT 1 FROM name_keys WHERE key = ? AND film_id IN ({marks}) LIMIT 1",
                                             (key, *mention.film_ids))
    return not theirs


#: "a remake of the 1950 Ruritanian film of the same name": another film that shares this one's title.
_SAME_NAME = re.compile(r"\b(1[89]\d\d|20\d\d)\b[^.;]{0,60}?\b(?:film|movie|picture|motion picture)\b[^.;]{0,30}?"
                        r"\bof the same (?:name|title)\b", re.IGNORECASE)


#: "the first of two adaptations of the play, with a 1934 adaptation directed by Ora Pell": another
#: version of the same source, which a member naming the title without a year may mean.
_OTHER_VERSION = re.compile(r"\b(?:a|an|the|another|later|earlier)\s+(1[89]\d\d|20\d\d)\s+(?:film\s+|sound\s+)?"
                            r"(?:adaptation|version|remake)\b", re.IGNORECASE)


async def _same_name_elsewhere(lib, film) -> str:
    """The year of another film of the same title that the lead of *film* names and the library does
    not hold ("based on the 2011 film of the same name"), or ''.

    Asked after nearly every answer about a film named without a year, and the same until the library
    changes: kept in the library's cache (``cache_for``, emptied when films change; one short string a
    film asked about), so a film's later questions make no read for it."""
    known = cache_for(lib).extra.setdefault("same_name_elsewhere", {})
    if film.id in known:
        return known[film.id]
    # execute_fetchall: one trip to the database thread, not three (execute, fetch, close)
    rows = await lib.conn.execute_fetchall("SELECT text FROM sentences WHERE film_id = ? ORDER BY idx LIMIT 4", (film.id,))
    known[film.id] = _year_named_elsewhere(lib, film, rows)
    return known[film.id]


def _year_named_elsewhere(lib, film, rows) -> str:
    """The first year the lead's *rows* give another film of *film*'s title the library lacks, or ''."""
    for (sentence,) in rows:
        for m in [*_SAME_NAME.finditer(sentence or ""), *_OTHER_VERSION.finditer(sentence or "")]:
            year = int(m.group(1))
            if year != film.year and not any(e.year == year for e in lib.index.by_key(film.title)):
                return str(year)
    return ""


def _used_as_title(text: str, key: str) -> bool:
    ws, kw = normalize(text).split(), key.split()
    return any(ws[i: i + len(kw)] == kw and in_title_slot(ws, i, len(kw)) for i in range(len(ws) - len(kw) + 1))


#: A sequel's number as digits, Roman numerals or a word: each form finds the others in an article.
_NUMBER_FORMS = [("1", "i", "one"), ("2", "ii", "two"), ("3", "iii", "three"), ("4", "iv", "four"), ("5", "v", "five"),
                 ("6", "vi", "six"), ("7", "vii", "seven"), ("8", "viii", "eight"), ("9", "ix", "nine"),
                 ("10", "x", "ten")]
_ROMAN = {form: forms for forms in _NUMBER_FORMS for form in forms}


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_NAMED_IN_ARTICLE_RX1 = re.compile(r"[^\W_]+")


#: Sections that tell the story or the cast: a title's words run on there are a part's name.
_STORY_PATH = re.compile(r"\b(plot|synopsis|story|premise|summary|cast|characters?)\b", re.IGNORECASE)
#: The most words typed after a title that may make, with it, another work's title.
RUN_ON_WORDS = 2


async def _title_run_on(lib, text: str, mention) -> str:
    """The title typed with the next word or two after it, when the film's own article writes those words right
    after its title, each capitalised, as another work ("spawned a sequel named <Title> Back") and no name of the
    film's people or parts holds them: the member typed that other title. '' otherwise."""
    film = lib.film(mention.film_ids[0])
    after = _NAMED_IN_ARTICLE_RX1.findall(text[mention.end:])[:RUN_ON_WORDS]
    if film is None or not after or after[0].lower() in STOPWORDS or after[0].isdigit():
        return ""
    typed = text[mention.start: mention.end].strip()
    all_words = normalize(text).split()
    at = len(normalize(text[: mention.end]).split())
    data = None
    for n in range(len(after), 0, -1):
        extra = after[:n]
        if extra[-1].lower() in STOPWORDS:
            continue
        phrase = f"{typed} {' '.join(extra)}"
        if title_key(phrase) == title_key(film.title) or not await _writes(lib, film.id, normalize(phrase)):
            continue
        if data is None:
            data = await film_data(lib, film.id)
        if any(h.start < at + n and h.end > at for h in data.names.find(all_words)):
            return ""  # "<title> <surname>": a person or part of the film, no title
        told = re.compile(r"\b" + r"[\W_]+".join(re.escape(w) for w in _NAMED_IN_ARTICLE_RX1.findall(typed)) + r"[\W_]+"
                          + r"[\W_]+".join("(" + re.escape(w) + ")" for w in extra) + r"\b", re.IGNORECASE)
        got = await best_sentences(lib.conn, film.id, phrase, must=told, limit=10)
        if any(row.get("kind") == "plot" or _STORY_PATH.search(row.get("path") or "") for _score, row in got):
            return ""  # the story or the cast writes it: a part's name ("<Title> <surname>"), no other work
        for _score, row in got:
            for m in told.finditer(row["text"]):
                if all(g[:1].isupper() for g in m.groups()):
                    return phrase
    return ""


async def _named_in_article(lib, text: str, mention) -> Answer | None:
    """The sentence of a loaded film's article that names the film typed and not loaded ("<title> part 2"
    written "<Title>, Part II"), the question's other words choosing among several, quoted below
    confidence with the article it comes from; None when no article of the near titles names it."""
    typed = [w.lower() for w in _NAMED_IN_ARTICLE_RX1.findall(mention.typed_longer)]
    if len(typed) < 2:
        return None
    parts = ["(?:" + "|".join(map(re.escape, _ROMAN[w])) + ")" if w in _ROMAN else re.escape(w) for w in typed]
    named = re.compile(r"\b" + r"[\W_]+".join(parts) + r"\b", re.IGNORECASE)
    for fid in mention.near[:5]:
        got = await best_sentences(lib.conn, fid, text, must=named, limit=40)
        film = lib.film(fid)
        if got and film is not None:
            row = got[0][1]
            return Answer(text, f"I don't have “{mention.typed_longer}” (yet); the article of {film.label} says: "
                                f"“{row['text']}”", "fallback.sentence", 0.35, film.label, fid, [sentence_source(row)],
                          candidates=[{"film_id": fid, "film": film.label}])
    return None


def _not_the_loaded_film(lib, text: str, mention) -> Answer:
    """A title typed longer than a loaded one ("<title> ii", "<title> hill"): not that film; named as
    the closest, with a button."""
    near = [f for f in (lib.film(i) for i in mention.near) if f is not None]
    return Answer(text, f"I don't know “{mention.typed_longer}” (yet); the closest I know is "
                        f"{', '.join(f.label for f in near[:5])}.", "need_film", 0.1,
                  candidates=[{"film_id": f.id, "film": f.label} for f in near[:25]])


async def _film_of_a_name(lib, text: str):
    """No title in the question: the one loaded film a name in it belongs to, or a question back
    when the name belongs to several. Returns (film, the name, whole name?, None) or
    (None, "", False, Answer)."""
    film_ids, key, whole = await namekeys.films_named(lib.conn, text)
    film_ids = _drop_duplicates(lib, film_ids)
    if not whole and len(film_ids) == 1 and await _a_word_used_as_noun(lib, text, key, film_ids[0]):
        film_ids, key = [], ""
    if len(film_ids) > 1:
        film_ids = _by_year(lib, film_ids, text)  # "who played X in the 1937 movie"
    if not whole:
        # A name the article writes that no other article does: it beats a shorter name of the cast
        # lists ("<first> <surname>" over a first name some other film's character has), and joins
        # the candidates when as long (a first name here, a surname there: the question's words decide).
        m_ids, m_key = await namekeys.films_mentioning(lib.conn, text)
        if _POSSESSIVE.search(text):
            # "<given> <surname>'s idea": the article writes the name without the 's
            b_ids, b_key = await namekeys.films_mentioning(lib.conn, _POSSESSIVE.sub("", text))
            if b_ids and namekeys.key_words(b_key) > namekeys.key_words(m_key):
                m_ids, m_key = b_ids, b_key
        for word in {k for k in (key, m_key)
                     if " " not in k and len(k) > SHORT_NAME_S and k.endswith("s") and not k.endswith("ss")}:
            # "what is on vells island": one name ending in s ("Vells Orr") may be another's possessive typed
            # without its apostrophe ("Vell's Island"): the longer name one article writes that way is meant
            glued = re.sub(rf"\b{re.escape(word)}\b", word[:-1] + "'s", text, flags=re.IGNORECASE)
            b_ids, b_key = await namekeys.films_mentioning(lib.conn, glued)
            if b_ids and namekeys.key_words(b_key) > max(namekeys.key_words(m_key), namekeys.key_words(key)):
                m_ids, m_key = b_ids, b_key
        m_ids = _drop_duplicates(lib, m_ids)
        if m_ids and " " not in m_key and _used_as_title(text, m_key) and not any(
                m_key in normalize(f.title).split() for f in (lib.film(i) for i in m_ids) if f is not None):
            # "who directed <X>", "how much did <X> make": X is a title, and an article that merely
            # mentions that one-word title is not it (a word of its own title, a longer phrase, a segment
            # or a book only one article names, still picks it)
            m_ids = []
        if m_ids and (not film_ids or namekeys.key_words(m_key) > namekeys.key_words(key)):
            film_ids, key = m_ids, m_key
        elif m_ids and namekeys.key_words(m_key) == namekeys.key_words(key) and not set(m_ids) <= set(film_ids):
            film_ids = list(dict.fromkeys(film_ids + m_ids))
    if len(film_ids) > 1 and key and _ASKS_PLAYER.match(normalize(text)):
        film_ids = await _films_with_the_part(lib, film_ids, key)
    if len(film_ids) > 1:
        film_ids = await namekeys.narrow_by_words(lib.conn, film_ids, text, key)
        if len(film_ids) == 1 and not whole and await _a_word_used_as_noun(lib, text, key, film_ids[0]):
            # "what does the police chief order": a word of two films' parts ("Chief of ..."), one of them
            # kept by the question's other words, is still a common noun there, and names no film
            film_ids = []
    if len(film_ids) == 1:
        return lib.film(film_ids[0]), key, whole, None
    if len(film_ids) > 1:
        cands = [f for f in (lib.film(i) for i in film_ids) if f is not None]
        cands.sort(key=lambda f: -f.n_chars)
        labels = ", ".join(f.label for f in cands[:10]) + (" …" if len(cands) > 10 else "")
        return None, "", False, Answer(text, f"“{key}” is in more than one film: {labels}. Which one?", "need_film",
                                       0.1, candidates=[{"film_id": f.id, "film": f.label} for f in cands[:25]])
    return None, "", False, None


async def _film_of_a_title_word(lib, text: str):
    """(film, the word, None) when a word of the question is a distinctive word of one loaded title (or the
    question's other words pick one of a few), (None, "", Answer) asking which when they do not, else
    (None, "", None). A word the articles write in lower case is a word, never a title ("back", "harbour"
    in a library that says "the harbour")."""
    for word, ids in films_of_a_title_word(lib.index, text):
        if await namekeys.written_in_lower_case(lib.conn, word):
            # a word of the language ("empire"), unless the film's own article calls the film by it
            ids = [i for i in ids if await _calls_itself(lib, i, word)]
            if not ids:
                continue
        ids = _drop_duplicates(lib, list(ids))
        if len(ids) > 1:
            ids = await namekeys.narrow_by_words(lib.conn, ids, text, word)
        if len(ids) == 1:
            return lib.film(ids[0]), word, None
        asked = _which_film(lib, text, ids, f"“{word}” is in the title of more than one film: {{}}. Which one?")
        if asked:
            return None, "", asked
    return None, "", None


def _which_film(lib, text: str, ids, message: str) -> Answer | None:
    """Ask which of these films the question means (the longest article first; *message* takes their
    labels at its first ``{}``), or None when none of them is loaded."""
    cands = sorted((f for f in (lib.film(i) for i in ids) if f is not None), key=lambda f: -f.n_chars)
    if not cands:
        return None
    return Answer(text, message.replace("{}", ", ".join(f.label for f in cands), 1), "need_film", 0.1,
                  candidates=[{"film_id": f.id, "film": f.label} for f in cands])


async def _film_of_a_term(lib, text: str):
    """(film, the word, None) when a word of the question is written by one loaded film's article only,
    (None, "", Answer) asking which when such words point at several films, else (None, "", None)."""
    ids, word = await namekeys.films_of_a_term(lib.conn, text, STOPWORDS)
    # a word of the film's own title is the title-word rule's to judge ("doctor" of "Doctor <Name>")
    ids = [i for i in _drop_duplicates(lib, ids)
           if lib.film(i) is not None and not set(word.split(" / ")) & set(normalize(lib.film(i).title).split())]
    if len(ids) == 1:
        return lib.film(ids[0]), word, None
    asked = _which_film(lib, text, ids, f"I found “{word}” in the articles of different films: {{}}. Which one?")
    return None, "", asked


#: How often an article must call its film by one word of the title for that word to stand for it.
SHORT_FORM_USES = 2


async def _calls_itself(lib, film_id: int, word: str) -> bool:
    """Does the article of *film_id* call the film by *word* of its title alone, capitalised, with no article
    or name before it and no name after ("… pull Other out of the slump", "Other marks a turn"), at least
    SHORT_FORM_USES times? "the Other", "Greater Other", "Other Day" are the story's or another thing's."""
    rows = await lib.conn.execute_fetchall(
            "SELECT s.text FROM sentences_fts CROSS JOIN sentences s ON s.id = sentences_fts.rowid "
            f"WHERE sentences_fts MATCH ? AND {FILM_ROWIDS} ORDER BY s.idx LIMIT 60",
            ('"' + word.replace('"', "") + '"', film_id, film_id, film_id))
    title = lib.film(film_id).title if lib.film(film_id) is not None else ""
    bare = re.compile(rf"(?P<before>\S+\s+)?\b{re.escape(word.capitalize())}\b(?P<after>\s+\S+)?")
    uses = 0
    for (text,) in rows:
        text = text.replace(title, " ")  # the whole title is no short form of it
        for m in bare.finditer(text):
            before = (m.group("before") or "").strip()
            after = (m.group("after") or "").strip()
            if before.lower() in ("the", "a", "an", "of") or (before[:1].isupper() and not before.endswith((".", ","))) \
                    or after[:1].isupper() or after[:1] in ("'", "’"):
                continue
            uses += 1
    return uses >= SHORT_FORM_USES


#: A determiner or a possessive before a word (one adjective between): the word is a common noun there.
_DETERMINED = r"(?:\b(?:a|an|the|their|his|her|its|my|our|your|this|that|these|those)\s+(?:[a-z]+\s+)?|['’]s\s+)"


async def _a_word_used_as_noun(lib, text: str, key: str, film_id: int) -> bool:
    """Is the one-word name *key* used in *text* as a common noun ("locked up in a quiet harbour",
    "their mom's harbour window"): after a determiner or a possessive, and a word the articles write
    in lower case? Then it names no character (a part billed "Harbour Clerk"), and no film."""
    if not key or " " in key:
        return False
    if not re.search(rf"{_DETERMINED}{re.escape(key)}\b", text, re.IGNORECASE):
        return False
    owners = await lib.conn.execute_fetchall("SELECT kind, name FROM name_keys WHERE key = ? AND film_id = ?", (key, film_id))
    # only a part billed by a description of two words or more ("Harbour Clerk"), never a person's name
    if not owners or any(kind != "character" or len(normalize(name).split()) < 2 for kind, name in owners):
        return False
    return await _a_common_word(lib, key)


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b|(?:['’]|\bthe\s+)(\d\d)\b(?=\s*(?:film|movie|version|one|picture)?\b)")


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_YEAR_AFTER_TITLE_RX1 = re.compile(r"\s+(\d\d)\b(?!\s*(?:%|percent|minutes?|mins?|million|years?))")


_TYPED_YEAR = re.compile(r"\s*[(\[]?((?:18|19|20)\d\d)\b")
#: How far a year typed after a title may be from the film's own and still be its (a release a year later).
YEAR_SLACK = 1


def _another_year_typed(text: str, mention, film) -> str:
    """The year typed right after the title ("<title> 1994"), when it is not the found film's (give or take
    YEAR_SLACK); '' otherwise. Films sharing the title are told apart by it before this (:func:`_by_year`)."""
    if not mention.film_ids or film.id not in mention.film_ids or not film.year:
        return ""
    m = _TYPED_YEAR.match(text[mention.end:])
    return m.group(1) if m and abs(int(m.group(1)) - film.year) > YEAR_SLACK else ""


def _year_after_title(text: str, end: int) -> str:
    """*text* with a bare two-digit year typed right after the title ("<title> 66") marked as a year
    ("'66"), so :func:`_by_year` reads it; other numbers stay as typed."""
    m = _YEAR_AFTER_TITLE_RX1.match(text[end:])
    return f"{text[:end]} '{m.group(1)}{text[end + m.end():]}" if m else text


async def _by_other_title(lib, films: list, typed: str):
    """The one film of several sharing a title whose other title (an alternative or original one, held in its
    identity facts) is *typed* word for word while differing from the shared title; None when none or several
    are. The title index maps such a form to the shared title's key, which every one of them holds."""
    key = title_key(typed)
    if not key or key == title_key(films[0].title):
        return None
    owners = []
    for f in films:
        data = await film_data(lib, f.id)
        if any(r["key"] in ("alt_title", "original_title") and title_key(r["value"]) == key for r in data.of("identity")):
            owners.append(f)
    return owners[0] if len(owners) == 1 else None


def _by_year(lib, ids: list[int], text: str) -> list[int]:
    """Films of several that came out in a year the question gives ("the 1937 movie", "the '62 one");
    all of them when it gives none or none fits."""
    years = {int(a) for a, _ in _YEAR.findall(text) if a}
    short = {int(b) for _, b in _YEAR.findall(text) if b}
    if not years and not short:
        return ids
    fit = [i for i in ids if (f := lib.film(i)) is not None and f.year is not None
           and (f.year in years or f.year % 100 in short)]
    return fit or ids


_POINTS_AT_FILM = re.compile(r"\b(it|its|this|that|the (film|movie|picture)|this (film|movie|one))\b")
_TITLE_SLOT = frozenset(load("ask_words")["ask"]["title_slot"])


async def _words_foreign_to(lib, film, text: str) -> str:
    """The question's content words that the channel's film never writes, or '' when it writes them
    all: "who directed it" leans on the channel's film; "who directed the iron harbour" names another."""
    allw = normalize(text).split()
    if _POINTS_AT_FILM.search(" ".join(allw)):
        return ""  # "who directed it", "is this film a remake": about the channel's film
    slots = [i for i, w in enumerate(allw) if w in _TITLE_SLOT]
    if not slots:
        return ""
    # the words where a title goes: after the last "directed", "in", "of", "about" ...
    words = [w for w in allw[slots[-1] + 1:] if w not in STOPWORDS and w not in namekeys.NOT_NAMES
             and len(w) > 2 and not w.isdigit()]
    if not words or all(w in normalize(film.title).split() for w in words):
        return ""
    missing = []
    for w in dict.fromkeys(words):
        if not await lib.conn.execute_fetchall(
                "SELECT 1 FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
                f"WHERE sentences_fts MATCH ? AND {FILM_ROWIDS} LIMIT 1",
                ('"' + w.replace('"', "") + '"', film.id, film.id, film.id)):
            missing.append(w)
    # one stray word may be a typo or a paraphrase; a question whose every content word is foreign is not
    return " ".join(missing) if missing and len(missing) == len(list(dict.fromkeys(words))) else ""


async def _a_critic_of(lib, film_id: int, key: str) -> bool:
    """Is *key* (a folded name) a critic or publication whose review of *film_id* its article gives? A critic
    reviews many films, so such a name tells no film ("what did <a critic> rate <a one-word title>" is about
    that title, though only another article quotes the critic)."""
    rows = await lib.conn.execute_fetchall("SELECT critic, publication FROM reviews WHERE film_id = ?", (film_id,))
    return any(key in (normalize(c), normalize(p)) for c, p in rows)


async def _writes(lib, film_id: int, phrase: str) -> bool:
    """Does the article of *film_id* write *phrase* (folded words, in order)?"""
    return bool(await lib.conn.execute_fetchall(
            "SELECT 1 FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
            f"WHERE sentences_fts MATCH ? AND {FILM_ROWIDS} LIMIT 1",
            ('"' + phrase.replace('"', "") + '"', film_id, film_id, film_id)))


_WORD = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*")
#: The fewest letters of a one-word title found by joining two or three words typed apart.
SPACED_LETTERS = 7


async def _title_typed_spaced(lib, text: str):
    """(film id, a mention of it, the words typed) for a run of two or three words that, joined, is exactly
    the key of a one-word loaded title ("harbour kwatch" for a loaded "HarbourKwatch"); (None, empty mention, "")
    otherwise. Each run is one lookup of the title index's keys, so the library's size costs nothing.
    A title that is a word of the language ("sunlight") is never taken from "sun light"."""
    toks = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    for n in (3, 2):
        for i in range(len(toks) - n + 1):
            words = [normalize(t) for t, _s, _e in toks[i: i + n]]
            if any(not w or " " in w or w in STOPWORDS for w in words):
                continue
            joined = "".join(words)
            if len(joined) < SPACED_LETTERS:
                continue
            entries = [e for e in lib.index.by_key(joined) if " " not in title_key(e.title)]
            if len(entries) != 1 or lib.film(entries[0].id) is None:
                continue
            if await _a_common_word(lib, joined):
                continue
            m = FilmMention([entries[0].id], toks[i][1], toks[i + n - 1][2], 90.0)
            return entries[0].id, m, text[toks[i][1]: toks[i + n - 1][2]]
    return None, FilmMention(), ""


#: The longest run of words tried as a mistyped title, and the fewest letters it must have.
TYPO_WORDS, TYPO_LETTERS = 4, 5


async def _title_typed_with_typos(lib, text: str):
    """(film id, a mention of it, the words typed) for the longest run of content words that the
    title index accepts as one loaded title up to typos; (None, empty mention, "") otherwise."""
    toks = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    keep = [normalize(t).replace(" ", "") not in STOPWORDS and normalize(t) not in namekeys.NOT_NAMES
            for t, _s, _e in toks]
    for n in range(min(TYPO_WORDS, len(toks)), 0, -1):
        for i in range(len(toks) - n + 1):
            if not all(keep[i: i + n]):
                continue
            typed = text[toks[i][1]: toks[i + n - 1][2]]
            if len(normalize(typed).replace(" ", "")) < TYPO_LETTERS:
                continue
            res = lib.index.resolve(typed)
            if res.status == "match" and res.entry is not None and not await _a_common_word(lib, typed):
                m = FilmMention([res.entry.id], toks[i][1], toks[i + n - 1][2], 90.0)
                return res.entry.id, m, typed
    return None, FilmMention(), ""


#: "who plays X": X is a part, so a film where X is only a player's name is not the one asked about.
_ASKS_PLAYER = re.compile(r"^(?:who|which actor|which actress) (?:plays|played|portrays|portrayed|voices|voiced|is playing|was playing)\b")


async def _films_with_the_part(lib, film_ids: list[int], key: str) -> list[int]:
    """Of several films a name belongs to, those where it is a character's ("who plays ora": the film with
    a part called Ora, not the one with a player called Ora Pell); all of them when none or all are."""
    marks = ", ".join("?" for _ in film_ids)
    parts = {r[0] for r in await lib.conn.execute_fetchall(
        f"SELECT DISTINCT film_id FROM name_keys WHERE key = ? AND kind = 'character' AND film_id IN ({marks})",
        (key, *film_ids))}
    kept = [i for i in film_ids if i in parts]
    return kept or film_ids


#: "<X> sequel", "the sequel to <X>": the title a film named by description follows (its words as typed).
_SEQUEL_BEFORE = re.compile(r"\b((?:[\w.'-]+ ){0,3}[\w.'-]+) (?:sequel|follow ?up)\b")
_SEQUEL_AFTER = re.compile(r"\b(?:sequel|follow ?up) (?:to|of) ((?:[\w.'-]+ ){0,3}[\w.'-]+)")


async def _film_sequel_to(lib, text: str):
    """(film, "sequel to <X>") for the one loaded film whose article says it is a sequel to X, X typed before
    "sequel" or after "sequel to" (its last words first: "the <X> sequel"); (None, "") otherwise."""
    norm = " ".join(normalize(text).split())
    tries = []
    if (m := _SEQUEL_BEFORE.search(norm)) is not None:
        words = m.group(1).split()
        tries += [words[-n:] for n in range(len(words), 0, -1)]
    if (m := _SEQUEL_AFTER.search(norm)) is not None:
        words = m.group(1).split()
        tries += [words[:n] for n in range(len(words), 0, -1)]
    for typed in tries:
        if not typed or typed[0] in STOPWORDS or typed[-1] in STOPWORDS:
            continue
        phrase = " ".join(typed)
        ids = [r[0] for r in await lib.conn.execute_fetchall(
            "SELECT DISTINCT s.film_id FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
            "WHERE sentences_fts MATCH ? LIMIT 5", (f'"sequel to {phrase}" OR "sequel of {phrase}"',))]
        ids = _drop_duplicates(lib, ids)
        if len(ids) == 1 and (film := lib.film(ids[0])) is not None and title_key(film.title) != title_key(phrase):
            return film, f"sequel to {phrase}"
    return None, ""


async def _written_verbatim_elsewhere(lib, typed: str, fuzzy_id: int) -> int | None:
    """The one film whose article writes *typed* word for word, when the film *typed* was matched to up to
    a typo does not; None otherwise."""
    words = normalize(typed).split()
    words = words[1:] if len(words) > 2 and words[0] in ("the", "a", "an") else words
    if len(words) < 2:
        return None
    ids = [r[0] for r in await lib.conn.execute_fetchall(
            "SELECT DISTINCT s.film_id FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
            "WHERE sentences_fts MATCH ? LIMIT 5", ('"' + " ".join(words).replace('"', "") + '"',))]
    ids = _drop_duplicates(lib, ids)
    return ids[0] if len(ids) == 1 and ids[0] != fuzzy_id else None


def _short_form(typed: str) -> bool:
    """Is *typed* one short run of letters (a title's initials), not words of the title?"""
    key = normalize(typed).split()
    key = key[1:] if len(key) == 2 and key[0] in ("the", "a", "an") else key
    return len(key) == 1 and len(key[0]) < 6 and key[0].isalnum()


async def _a_common_form(lib, typed: str, *, fuzzy: bool) -> bool:
    """Is *typed*, which stands for a title only as a short form of it (its initials) or up to a typo
    (*fuzzy*), one word the articles write in lower case? Then it is that word in the question."""
    key = normalize(typed).split()
    key = key[1:] if len(key) == 2 and key[0] in ("the", "a", "an") else key
    return len(key) == 1 and key[0].isalpha() and (fuzzy or len(key[0]) < 6) and await _a_common_word(lib, key[0])


_DOUBLED = re.compile(r"([a-z])\1+")
#: The fewest letters a title typed with its doubled letters single must have ("tarvel" for "Taarvell").
SQUEEZED_LETTERS = 4


def _squeezed(key: str) -> str:
    """*key* (normalised) with each run of one letter written once and no spaces: "taarvell" and "tarvel", two
    transliterations of one name, are one form."""
    return _DOUBLED.sub(r"\1", key.replace(" ", ""))


def _squeezed_titles(lib) -> dict[str, list[int]]:
    """The films whose title has a doubled letter, by its squeezed form (:func:`_squeezed`); built once for
    the library (emptied with the library's cache when films change), since a title typed so is found only
    when nothing else found a film."""
    cache = cache_for(lib).extra
    got = cache.get("squeezed_titles")
    if got is None:
        got = {}
        for f in lib.films:
            if not _DOUBLED.search(f.title.lower()):
                continue  # most titles: no doubled letter, and no normalising (40,000 of them cost 0.2 s)
            key = normalize(f.title)
            if _DOUBLED.search(key):
                got.setdefault(_squeezed(key), []).append(f.id)
        cache["squeezed_titles"] = got
    return got


async def _title_typed_squeezed(lib, text: str):
    """(film id, a mention of it, the words typed) for a run of the question's content words that is a loaded
    title once doubled letters are written once ("tarvel" for "Taarvell"), when one film only has that form and
    the articles never write the words typed in lower case (a word, not a name); (None, empty mention, "")."""
    table = _squeezed_titles(lib)
    if not table:
        return None, FilmMention(), ""
    toks = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    keep = [normalize(t) not in STOPWORDS and normalize(t) not in namekeys.NOT_NAMES for t, _s, _e in toks]
    for n in range(min(TYPO_WORDS, len(toks)), 0, -1):
        for i in range(len(toks) - n + 1):
            if not all(keep[i: i + n]):
                continue
            typed = text[toks[i][1]: toks[i + n - 1][2]]
            key = _squeezed(normalize(typed))
            ids = _drop_duplicates(lib, table.get(key, []))
            if len(key) >= SQUEEZED_LETTERS and len(ids) == 1 and not await _a_common_word(lib, typed):
                return ids[0], FilmMention([ids[0]], toks[i][1], toks[i + n - 1][2], 90.0), typed
    return None, FilmMention(), ""


async def _a_common_word(lib, typed: str) -> bool:
    """Do the articles write *typed* in lower case somewhere ("wealth" is a word, not "Health" mistyped)?"""
    words = normalize(typed).split()
    rows = await lib.conn.execute_fetchall(
            "SELECT s.text FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid WHERE sentences_fts "
            "MATCH ? LIMIT 50", ('"' + " ".join(words).replace('"', "") + '"',))
    return any(namekeys.capitalised_in(t, words) is False for (t,) in rows)


@lru_cache(maxsize=65536)
def _title_key(title: str) -> str:
    """:func:`title_key`, remembered: a common name can hand :func:`_drop_duplicates` hundreds of films."""
    return title_key(title)


def _drop_duplicates(lib, ids: list[int]) -> list[int]:
    """One film per (title, year): the same film ingested from two sources is not a real ambiguity,
    so the one with the longer article stands for it. Remakes (other years) stay distinct."""
    best: dict[tuple[str, int | None], int] = {}
    for i in ids:
        f = lib.film(i)
        if f is None:
            continue
        key = (_title_key(f.title), f.year)
        if key not in best or f.n_chars > lib.film(best[key]).n_chars:
            best[key] = i
    return list(best.values())


_FILM_NOUNS = frozenset(load("ask_words")["ask"]["film_nouns"])


#: A film called by its kind after its maker's name ("<producer>'s anthology"): vocab/question.toml film_kinds.
_FILM_KINDS = frozenset(load("question")["film_kinds"])
#: The words before "<name>'s film" when it says which film is meant ("the song for A's film", "in A's movie").
_OWNER_BEFORE = frozenset(load("ask_words")["ask"]["owner_before"])
_BETWEEN_NOT = frozenset(load("ask_words")["ask"]["between_not"])


#: "<director>'s first feature", "<director>'s debut": which of their films, said of the film asked about.
_NTH_FILM = frozenset(load("ask_words")["ask"]["nth_film"])
_FEATURE = frozenset(load("ask_words")["ask"]["feature"]) | _FILM_NOUNS


def _owns_the_film(h, words: list[str]) -> bool:
    """Is name hit *h* the film's maker said to say which film ("for <producer>'s anthology", "in
    <director>'s movie", "what score did A give <director>'s debut", "<director>'s first feature")? Then it
    is no one the question asks about, and its words no part of what it asks. (A yes or no question asks
    about them: "was it <director>'s first feature".)"""
    if h.start > 0 and h.end < len(words) and words[h.end - 1].endswith("s") and words[h.end] in _NTH_FILM \
            and words[0] not in _YESNO_OPENERS \
            and (words[h.end] == "debut" or (h.end + 1 < len(words) and words[h.end + 1] in _FEATURE)):
        return True
    return h.start > 0 and words[h.start - 1] in _OWNER_BEFORE and words[h.end - 1].endswith("s") \
        and h.end < len(words) and (words[h.end] in _FILM_NOUNS or words[h.end] in _FILM_KINDS)


_YESNO_OPENERS = frozenset(load("ask_words")["ask"]["yesno_openers"])


_YEAR_WORD = re.compile(r"(1[89]|20)\d\d")


def _not_describing_the_film(names: list, words: list[str], title_at: int = -1) -> list:
    """The names the question asks about, without one that only says which film is meant: "the <actor>
    film", "in the <director> movie", "the <actor> army film", "the <actor> triple role film" (a word or two
    between) describe the film, so "who did the guest role as <character> in the <actor> film" asks about the
    character, not the actor. So does a maker's name typed right before the title found at word *title_at*
    after "for", "in" ... or with its possessive ("who did the music for <director> <title>", "where was
    <director>'s <title> shot"): whose film it is, no one asked about (a name of the story there may be asked:
    "who kills <character> <title>")."""
    def describes(h) -> bool:
        if 0 < h.end == title_at and all(r in ("actor", "crew", "casting") for r, _n in h.owners) and (
                (h.start > 0 and words[h.start - 1] in _OWNER_BEFORE)
                or any(words[h.end - 1] == normalize(n).split()[-1] + "s" for _r, n in h.owners)):
            return True  # ... "where was <director>'s <title> shot", "for <director> <title>"
        after = words[h.end: h.end + 3]
        at = next((i for i, w in enumerate(after) if w in _FILM_NOUNS), None)
        if _owns_the_film(h, words):
            return True  # "the promo song for <producer>'s anthology", "in <director>'s film": which film
        # ... the words between describe it too ("army", "triple role"), never "in the film" after a part
        # ... a year between ("in the 1993 <actor> movie") is the film's too
        before = 2 if h.start > 1 and _YEAR_WORD.fullmatch(words[h.start - 1]) else 1
        return h.start >= before and words[h.start - before] == "the" and at is not None \
            and not any(w in _BETWEEN_NOT for w in after[:at])
    return [h for h in names if not describes(h)]


_CAST_VERBS = frozenset(load("ask_words")["ask"]["cast_verbs"])


def _names(data, words: list[str], start: int, length: int, *, part_of_title: bool = False):
    """Names in the question, keeping the film's title out unless a longer name covers it
    (a character called "Captain Example" in a question about a film called "Example"), or the words typed
    are only a part of the title and are the whole name of someone of its story (*part_of_title*: "who kills
    ora pell" of "The Ballad of Ora Pell" asks about Ora Pell; the film is found by the name all the same)."""
    span = set(range(start, start + length))
    hits = data.names.find(words)
    # "who plays <title>" where the title is a character's name too: the character is asked about
    played = start > 0 and words[start - 1] in _CAST_VERBS
    keep = []
    for h in hits:
        covered = span.intersection(range(h.start, h.end))
        if not covered or (h.end - h.start > length and any(r in ("character", "actor") for r, _ in h.owners)) \
                or (played and h.start == start and any(r == "character" for r, _ in h.owners)) \
                or (part_of_title and h.start == start and h.end == start + length and h.end - h.start > 1
                    and any(r in ("character", "plot") for r, _ in h.owners)):
            keep.append(h)
    if len(keep) < len(hits):  # retry without the title's words, so a name next to it is still found
        extra = [h for h in data.names.find(words, skip=span) if not any(k.start == h.start for k in keep)]
        keep.extend(extra)
    return sorted(keep, key=lambda h: h.start)
