"""Name keys: which films a name belongs to, so a question that names no film can still find its film.

A member types "who played the ferryman's daughter Mira Vell" without a title. If "mira vell" (or the
distinctive word "vell") belongs to the characters or people of exactly one loaded film, that is the
film; if to several, the bot asks which. The keys are written with each film's facts
(``store.save_film``) into ``name_keys`` and looked up with one indexed query per question, so this
costs the same with 8 films or 40,000.

Keys are folded with ``matching.normalize``: the full name, its alternatives ("A / B", "Mr. X" → "X"),
and each word of a multi-word name long enough to identify someone. Words of ``vocab/question.toml``
are never keys: "who played the director" must not pick the one film with a character called Director.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import aiosqlite

from .database import Transaction
from .facts import CastFact, CastingEventFact, CrewFact, Fact, PlotCharacterFact
from .matching import normalize
from .vocab import load

NOT_NAMES = frozenset(load("question")["not_names"])
_TITLES = frozenset("mr mrs ms miss dr sir lord lady professor general captain king queen prince princess "
                    "commissioner mayor agent officer detective inspector sergeant colonel major jr sr".split())
_FUNCTION = frozenset("a an the of and or in on at to for from by with de la le van von da del di der den".split())
_SPLIT = re.compile(r"\s*/\s*|\s+\baka\b\s+|\s+\bor\b\s+|\s*\(|\)", re.IGNORECASE)
MIN_WORD = 4
#: The fewest letters of a one-word name: shorter than MIN_WORD only as a last resort (see films_named).
SHORT_NAME = 3
MAX_WORDS = 4
NON_PEOPLE = frozenset({"production_company", "distributor"})


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_KEYS_OF_RX1 = re.compile(r"[^\W\d_][\w'’-]*")


def keys_of(name: str) -> set[str]:
    """The folded forms a question may use for *name*: whole, alternatives, distinctive words."""
    out: set[str] = set()
    for part in [name, *_SPLIT.split(name or "")]:
        words = normalize(part or "").split()
        if words and words[0] in _TITLES:
            words = words[1:]
        if not words or len(words) > MAX_WORDS:
            continue
        whole = " ".join(words)
        # a word the name writes in lower case is a description, not a name ("Ora Pell's boyfriend":
        # "boyfriend" alone would tie any question with that word to this film)
        lower = {normalize(t) for t in _KEYS_OF_RX1.findall(part or "") if t[:1].islower()}
        # a three-letter name ("Tam", "Tam Osk") is a key too, looked up only when no longer one is in the
        # question and never when the articles write it as a word (see :func:`films_named`)
        shortest = SHORT_NAME if (len(words) > 1 or whole not in lower) else MIN_WORD
        if whole not in NOT_NAMES and not (len(words) == 1 and (len(whole) < shortest or whole in _FUNCTION)):
            out.add(whole)
        if len(words) > 1:
            out.update(w for w in words if (len(w) >= MIN_WORD or (len(w) == SHORT_NAME and w.isalpha()))
                       and w not in NOT_NAMES
                       and w not in _TITLES and w not in _FUNCTION and w not in lower)
    return out


def _untitled(name: str) -> list[str]:
    """The folded words of *name* without a title before it ("Mr. Grell" -> ["grell"])."""
    words = normalize(name or "").split()
    return words[1:] if len(words) > 1 and words[0] in _TITLES else words


@lru_cache(maxsize=1 << 16)
def _forms(name: str) -> tuple[str, str]:
    """*name* folded whole and without a title before it ("Mr. Grell" -> ("mr grell", "grell")), once a
    name: :func:`films_named` compares every name key row a question's words hit with both, and a common
    first name ("Ann") hits a thousand rows at 40,000 films, many of them the same name, each folded
    three times (two thirds of that question's answer)."""
    return " ".join(normalize(name or "").split()), " ".join(_untitled(name))


def names_of(facts: Iterable[Fact]) -> list[tuple[str, str]]:
    """(kind, name) for every person or character the facts hold."""
    out: list[tuple[str, str]] = []
    for f in facts:
        if isinstance(f, CastFact):
            out.append(("actor", f.actor))
            if f.character:
                out.append(("character", f.character))
        elif isinstance(f, CrewFact) and f.role not in NON_PEOPLE:
            out.append(("crew", f.name))
        elif isinstance(f, PlotCharacterFact):
            out.append(("character", f.name))
        elif isinstance(f, CastingEventFact) and f.event == "cast":
            if f.character:
                out.append(("character", f.character))
    return out


def key_rows(facts: Iterable[Fact]) -> list[tuple[str, str, str]]:
    """(key, kind, name), one per distinct triple, sorted: a film's ``name_keys`` rows before its id
    is known (a bulk ingest works them out in the worker that read the article)."""
    seen: set[tuple[str, str, str]] = set()
    for kind, name in names_of(facts):
        for k in keys_of(name):
            seen.add((k, kind, name))
    return sorted(seen)


def rows(film_id: int, facts: Iterable[Fact]) -> list[tuple[str, int, str, str]]:
    """``name_keys`` rows (key, film_id, kind, name), one per distinct (key, kind, name)."""
    return [(k, film_id, kind, name) for k, kind, name in key_rows(facts)]


async def write(conn: aiosqlite.Connection, film_id: int, facts: Iterable[Fact]) -> None:
    await conn.executemany("INSERT INTO name_keys (key, film_id, kind, name) VALUES (?, ?, ?, ?)",
                           rows(film_id, facts))


async def ensure(conn: aiosqlite.Connection) -> None:
    """Fill ``name_keys`` once for a database whose films were stored before the table existed."""
    async with conn.execute("SELECT value FROM meta WHERE key = 'name_keys'") as cur:
        row = await cur.fetchone()
    if row is None or row[0] == "fresh":
        return
    from .queries import typed_facts  # the query layer reads the facts back typed

    async with conn.execute("SELECT id FROM films") as cur:
        film_ids = [r[0] for r in await cur.fetchall()]
    async with Transaction(conn):
        await conn.execute("DELETE FROM name_keys")
        for fid in film_ids:
            facts: list[Fact] = []
            for cls in (CastFact, CrewFact, PlotCharacterFact, CastingEventFact):
                facts.extend(await typed_facts(conn, fid, cls))
            await write(conn, fid, facts)
        await conn.execute("UPDATE meta SET value = 'fresh' WHERE key = 'name_keys'")


def question_grams(words: list[str], min_word: int = MIN_WORD) -> list[str]:
    """Windows of the question (1..MAX_WORDS words) that could be a name key (one word: *min_word*
    letters at least)."""
    out = []
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + MAX_WORDS) + 1):
            gram = words[i:j]
            if gram[0] in _FUNCTION or gram[-1] in _FUNCTION:
                continue
            if j - i == 1 and (gram[0] in NOT_NAMES or len(gram[0]) < min_word):
                continue
            out.append(" ".join(gram))
    return out


_POSSESSIVE = re.compile(r"(\w)['’]s?(?=\s|$|[,.?!])")


async def films_named(conn: aiosqlite.Connection, question: str) -> tuple[list[int], str, bool]:
    """The films a name in *question* belongs to, by the longest name it uses, that name, and whether
    it is somebody's whole name of two words or more ("mira vell", not just "vell" or "mira").

    One film: the question is about it (a guess, unless the name is whole). Several: ask.
    None: ``([], "", False)``."""
    grams = question_grams(normalize(question).split())
    bare = _POSSESSIVE.sub(r"\1", question)
    if bare != question:
        # "who played mira's father": normalising glues the possessive on ("miras"); the name is "mira"
        grams = list(dict.fromkeys(grams + question_grams(normalize(bare).split())))
    hits = await _key_rows(conn, grams)
    short: list | None = None
    if hits and all(" " not in h[0] for h in hits):
        # "how old is kiran when he meets ova": a three-letter name beside a longer one is a name too, so
        # the films of both are weighed (the one article that writes both, over one that has one of them).
        # Not beside a name of two words or more: that name is the one decided by (the longest wins, and
        # only names as long are weighed against it below), so a common first name's rows ("is tom vell in
        # it": a thousand rows of "tom" at 40,000 films, and its search in the articles) changed nothing
        # and were half the question's time.
        short = await _short_hits(conn, question, bare)
        seen = {h[0] for h in hits}
        hits += [h for h in short if h[0] not in seen]
    # one word of a longer name that the articles also write as a word ("falls" of "Kip Falls", "hope" of
    # "Hope Varga"): "where does tam take lune after she falls asleep" names Tam and Lune, not Kip Falls,
    # when a three-letter name of the question is a name; the word stays the name when nothing else is
    partial = {key for key, _f, name in hits if " " not in key and key != _forms(name)[1]}
    common = {k for k in partial if all(" " not in h[0] and h[0] in partial for h in hits)
              and await written_in_lower_case(conn, k)}
    if common and all(h[0] in common for h in hits):
        # (only one-word names were found, so the three-letter names were looked up above: not again)
        short = short if short is not None else await _short_hits(conn, question, bare)
        hits = short or hits
    if not hits:
        # last: a three-letter name typed as a whole word ("who kills tam"), unless the articles write it
        # in lower case somewhere (a word, "the red car", not a name)
        hits = await _short_hits(conn, question, bare)
    if not hits:
        return [], "", False
    by_key: dict[str, set[int]] = {}
    whole: set[str] = set()
    entire: set[tuple[str, int]] = set()  # (key, film) where the key is that film's name in full ("Tesk")
    for key, fid, name in hits:
        by_key.setdefault(key, set()).add(fid)
        folded, untitled = _forms(name)
        if key == folded or key == untitled:
            entire.add((key, fid))  # "Mr. Grell" is wholly "grell", as "Judge" is "judge"
        if " " in key and key == folded and key in keys_of(name):
            whole.add(key)
    # The longest name wins ("mira vell" over "vell"); among equals, the one that names fewest films.
    best = max(by_key, key=lambda k: (len(k.split()), -len(by_key[k]), len(k)))
    films = set(by_key[best])
    # Other names of the same length narrow it down ("vell" and "anto" both in one film).
    for k, fids in by_key.items():
        if k != best and len(k.split()) == len(best.split()) and films & fids:
            films &= fids
    rivals = [fids for k, fids in by_key.items() if len(k.split()) == len(best.split()) and not fids & by_key[best]]
    if rivals:
        # Another name as long belongs to other films only ("lune" there, "harbour" here): which name the
        # question is about is not known from the names alone, so every film holding the most of them
        # stays a candidate and the question's other words decide (or the member is asked).
        same = [k for k in by_key if len(k.split()) == len(best.split())]
        # a name in full ("Tesk") over a word of a longer one ("Ivo Brandt" for "brandt"), then how many
        held = Counter(f for k in same for f in by_key[k])
        for k in same:
            for f in by_key[k]:
                held[f] += 0.5 * ((k, f) in entire)
        top = max(held.values())
        films = {f for f, n in held.items() if n == top}
        words = normalize(question).split()
        for k in sorted(same, key=lambda k: (len(by_key[k]), -len(k))):
            # "tesk brandt": the one article that writes a name of the question together with its neighbour
            one = await _narrow_by_phrase(conn, films, k, words) if len(films) > 1 else films
            if len(one) == 1:
                films = one
                best = k
                break
        else:
            if len(films) > 1:
                # the names themselves are what is being decided: none of them counts as a telling word
                best = " / ".join(sorted(same))
        return sorted(films), best, False
    if len(films) > 1 and not _CREDIT_ASKED.search(normalize(question)):
        # "what does ora do for work": "Ora" is one film's character in full and only the first word of a
        # player's or crew member's name elsewhere ("Ora Pell"); a question about no credit means the former
        full = {f for f in films if (best, f) in entire}
        if full and full != films:
            marks = ", ".join("?" for _ in films)
            kinds = await conn.execute_fetchall(
                f"SELECT film_id, kind FROM name_keys WHERE key = ? AND film_id IN ({marks})", (best, *sorted(films)))
            people = {f for f in films - full if all(k != "character" for fid, k in kinds if fid == f)}
            films = films - people or films
    if len(films) > 1:
        films = await _narrow_by_phrase(conn, films, best, normalize(question).split())
    return sorted(films), best, best in whole


async def _short_hits(conn: aiosqlite.Connection, question: str, bare: str) -> list:
    """The name keys among the question's three-letter words, without one the articles write in lower
    case somewhere (a word, "the red car", not a name)."""
    short = [w for w in dict.fromkeys(normalize(bare).split() + normalize(question).split())
             if len(w) == SHORT_NAME and w.isalpha() and w not in NOT_NAMES and w not in _FUNCTION]
    hits = await _key_rows(conn, short)
    words_seen = {key for key, _f, _n in hits}
    common = {w for w in words_seen if await written_in_lower_case(conn, w)}
    return [h for h in hits if h[0] not in common]


async def _key_rows(conn: aiosqlite.Connection, grams: list[str]) -> list:
    """``(key, film_id, name)`` of every name key among *grams* (one indexed query)."""
    if not grams:
        return []
    marks = ", ".join("?" for _ in grams)
    # execute_fetchall here and below: one trip to the database thread, not three (execute, fetch, close)
    return list(await conn.execute_fetchall(f"SELECT key, film_id, name FROM name_keys WHERE key IN ({marks})", grams))


async def written_in_lower_case(conn: aiosqlite.Connection, word: str) -> bool:
    """Do the articles write *word* in lower case somewhere (among its first 50 sentences)? Then it is a
    word of the language ("red", "may"), never taken alone for a name."""
    rows = await conn.execute_fetchall(
            "SELECT s.text FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid WHERE sentences_fts "
            "MATCH ? LIMIT 50", ('"' + word.replace('"', "") + '"',))
    return any(capitalised_in(t, word.split()) is False for (t,) in rows)


def key_words(key: str) -> int:
    """How many words the name *key* of :func:`films_named` has ("a / b", names tied, counts as one of them)."""
    return len(key.split(" / ")[0].split())


async def _narrow_by_phrase(conn: aiosqlite.Connection, films: set[int], key: str, words: list[str]) -> set[int]:
    """Several films have a "mira": the one whose article also says "mira vell", as the question does."""
    kw = key.split()
    for i in range(len(words) - len(kw) + 1):
        if words[i: i + len(kw)] != kw:
            continue
        phrases = []
        if i + len(kw) < len(words) and words[i + len(kw)] not in NOT_NAMES | _FUNCTION:
            phrases.append(kw + [words[i + len(kw)]])
        if i > 0 and words[i - 1] not in NOT_NAMES | _FUNCTION:
            phrases.append([words[i - 1], *kw])
        for phrase in phrases:
            marks = ", ".join("?" for _ in films)
            rows = await conn.execute_fetchall(
                "SELECT s.film_id, s.text FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
                f"WHERE sentences_fts MATCH ? AND s.film_id IN ({marks}) LIMIT 200",
                ('"' + " ".join(phrase) + '"', *sorted(films)),
            )
            # a name written with its neighbour ("Mira Vell"), not a verb before it ("Ann saves Mira": the
            # question's "who saves mira" tells no film by that)
            found = {fid for fid, text in rows if capitalised_in(text, phrase)}
            if len(found) == 1:
                return found
    return films


#: How many sentences one phrase may match before it counts as too common to pick a film.
MENTION_ROWS = 40
#: How many phrases of a question are looked up at most (longest first).
MENTION_GRAMS = 16
_TOKEN = re.compile(r"[\w'’]+")


#: Two or three consonants typed as one word: a person's initials run together ("jk", "jrr").
_INITIALS = re.compile(r"[b-df-hj-np-tv-xz]{2,3}")


@lru_cache(maxsize=65536)
def _fold(token: str) -> str:
    """:func:`normalize` of one word of a sentence, remembered: the same few thousand words recur in
    every sentence a question's phrases are looked up in, and folding each anew was most of the cost."""
    return normalize(token)


def capitalised_in(sentence: str, words: list[str]) -> bool | None:
    """Does *sentence* write the phrase *words* with capitals (True), in lower case (False), or not
    at all (None)? "Maish" or "The Iron Harbour" is a name; "rope" anywhere in lower case is a word."""
    toks = _TOKEN.findall(sentence)
    # a word of plain letters and digits folds to itself in lower case (normalize does nothing else to
    # it): only the rest go through the fold. Each question reads up to fifty new sentences here ("does
    # any article write <name> in lower case"), whose words the fold's memory had mostly not seen: 3 ms
    # of a question at 40,000 films, for a name asked once
    folded = [t.lower() if t.isascii() and t.isalnum() else _fold(t) for t in toks]
    n = len(words)
    seen = None
    first = words[0] if n else None
    for i in range(len(toks) - n + 1):
        if (n and folded[i] != first) or folded[i: i + n] != words:  # the first word first: no slice made
            continue
        caps = all(t[:1].isupper() or t[:1].isdigit() for t, w in zip(toks[i: i + n], words, strict=True)
                   if w not in _FUNCTION)
        if not caps:
            return False
        seen = True
    return seen


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_FILMS_MENTIONING_RX1 = re.compile(r"(\w+)['’]s\b")


async def films_mentioning(conn: aiosqlite.Connection, question: str) -> tuple[list[int], str]:
    """The one film whose article writes a name the question uses, when no title and no known
    cast or crew name is in the question ("who played Contessa Ilse" where the cast list missed her).

    A phrase counts only when every sentence that holds it writes it capitalised, so a common word
    that a small library happens to hold once never picks a film; the longest such phrase that
    belongs to exactly one film wins; names as good as it that belong to other films, one each, join it
    ("a / b", as :func:`films_named` ties). Returns ``([film_id, ...], phrase)`` or ``([], "")``: a guess
    the caller must say it made."""
    words = normalize(question).split()
    # Windows made only of name-like words first ("peter lawford", not "go back to"): a long question
    # has more four-word windows than are looked up, and a name is rarely four words.
    # a three-letter name ("Ket", "Ova") counts here: the phrase must be written capitalised wherever the
    # articles hold it, which a common word never is
    grams = question_grams(words, SHORT_NAME)
    # initials typed run together ("ora jk pell") are written "J. K." or "J.K.", two words of the articles
    grams += [" ".join(" ".join(w) if _INITIALS.fullmatch(w) else w for w in g.split()) for g in grams
              if " " in g and any(_INITIALS.fullmatch(w) for w in g.split())]
    grams = sorted(set(grams),
                   key=lambda g: (not _name_like(g.split()), -len(g.split()), -len(g), g))
    # "who got", "played by": the question's grammar, whatever some article capitalises, is never looked up
    grams = [g for g in grams[:MENTION_GRAMS] if not (all(w in NOT_NAMES or w in _FUNCTION for w in g.split())
                                                       or g.split()[0] in NOT_NAMES or g.split()[-1] in NOT_NAMES)]
    # "nobody's lantern": a word typed with its 's is two words of the search index ("nobody s")
    glued = {normalize(m.group(1)) + "s" for m in _FILMS_MENTIONING_RX1.finditer(question)}
    found = await _phrase_rows(conn, [" ".join(f"{w[:-1]} s" if w in glued else w for w in g.split()) for g in grams])
    hit: tuple[list[int], str] | None = None
    hit_rank: tuple[bool, int] = (False, 0)
    for n, gram in enumerate(grams):
        gw = gram.split()
        rows = found.get(n, [])
        if not rows or len(rows) > MENTION_ROWS:
            continue
        films: set[int] = set()
        common = False
        for film_id, text in rows:
            caps = capitalised_in(text, gw)
            if caps is False:
                common = True
                break
            if caps:
                films.add(film_id)
        if not common and len(films) == 1:
            if hit is None:
                hit, hit_rank = (sorted(films), gram), _rank(gram)
            elif _rank(gram) == hit_rank:
                # "was quillon older than vantreau": two names as good as each other, each one film's,
                # are both candidates (the caller narrows or asks); the first alone was a coin toss
                hit = (sorted({*hit[0], *films}), " / ".join(sorted({*hit[1].split(" / "), gram})))
            else:
                break
        elif hit is not None and _rank(gram) != hit_rank:
            break
    return hit or ([], "")


def _rank(gram: str) -> tuple[bool, int]:
    """How good a name a phrase of the question is: name-like words first, then more words."""
    return (not _name_like(gram.split()), -len(gram.split()))


async def _phrase_rows(conn: aiosqlite.Connection, grams: list[str]) -> dict[int, list[tuple[int, str]]]:
    """For each phrase (by position in *grams*), the first ``MENTION_ROWS + 1`` sentences holding it,
    as ``(film_id, text)``: one statement for all of them, since at 40,000 films each round trip to
    the database thread cost more than the lookup itself."""
    if not grams:
        return {}
    one = ("SELECT * FROM (SELECT ? AS n, s.film_id, s.text FROM sentences_fts JOIN sentences s "
           "ON s.id = sentences_fts.rowid WHERE sentences_fts MATCH ? LIMIT ?)")
    params: list = []
    for n, gram in enumerate(grams):
        params += [n, '"' + gram.replace('"', "") + '"', MENTION_ROWS + 1]
    out: dict[int, list[tuple[int, str]]] = {}
    for n, film_id, text in await conn.execute_fetchall(" UNION ALL ".join([one] * len(grams)), params):
        out.setdefault(n, []).append((film_id, text))
    return out


#: Words that never make or break a name in a question (its grammar and filler).
_FILLER = frozenset("a an the of and or in on at to for from by with as is was are were be it its this that "
                    "he she his her him they them their do does did has have had s".split())


def _name_like(words: list[str]) -> bool:
    """A window that could be a name: no question word in it, no grammar word at its edges."""
    inner = words[1:-1]
    return (words[0] not in _FILLER and words[-1] not in _FILLER and not any(w in NOT_NAMES for w in words)
            and all(w not in _FILLER or w in _FUNCTION or w == "s" for w in inner))


#: Words of a question about someone's credit ("what did tam direct", "who did tam play"): a first name
#: there may well be a player's or a crew member's, not a character's.
_CREDIT_ASKED = re.compile(r"\b(direct\w*|wr[io]te|written|writer|produc\w*|compos\w*|music|score|scored|edit\w*|"
                           r"cinematograph\w*|shot|play|plays|played|playing|star|stars|starred|starring|actor|actress|"
                           r"cast|voice\w*|films?|movies?|career|born|married)\b")


#: A name a part goes by, written in quotes inside the billed name (Ivo "Tam" Brandt).
_NICKNAME = re.compile(r"[\"“]([^\"”]+)[\"”]")


async def narrow_by_words(conn: aiosqlite.Connection, film_ids: list[int], question: str, key: str) -> list[int]:
    """Several films have the name asked about ("who kills <first name> at the end with the rope"):
    the one whose article also holds the question's other words, a name written capitalised counting
    double ("<first name> <surname>", a place, a ship). All of them when nothing tells them apart (the
    caller asks which); the one picked is a guess the caller says it made."""
    if len(film_ids) < 2:
        return film_ids
    # names tied ("a / b": each belongs to other films) are themselves words that tell the films apart: the
    # article that writes both ("the judge" and "Grell") over the one whose character is only one of them
    key_words = set() if " / " in key else set(key.split())
    words = [w for w in dict.fromkeys(normalize(_POSSESSIVE.sub(r"\1", question)).split())
             if w not in key_words and w not in NOT_NAMES and w not in _FILLER and w not in _FUNCTION
             and len(w) >= 3 and not w.isdigit()]
    marks = ", ".join("?" for _ in film_ids)
    score = dict.fromkeys(film_ids, 0.0)
    for fid, title in await conn.execute_fetchall(f"SELECT id, title FROM films WHERE id IN ({marks})", film_ids):
        title_words = set(normalize(title or "").split())
        if key_words <= title_words:
            score[fid] += 3.0  # "how does <name> die": the film named after them ("The Life of <Name>")
        elif any(len(w) >= MIN_WORD and w in title_words for w in words):
            score[fid] += 3.0  # "what happens to <name> at the end of <a word of its title>"
    # ... each of tied names ("daughter / tam"): the film where one is a part of the story is still told apart
    parts = key.split(" / ")
    owners = await conn.execute_fetchall(
        f"SELECT film_id, name, kind FROM name_keys WHERE key IN ({', '.join('?' for _ in parts)}) AND film_id IN ({marks})",
        (*parts, *film_ids))
    # ... the whole name, or the name a part goes by in quotes (Ivo "Tam" Brandt), over a surname
    entire = {fid for fid, name, _kind in owners if " ".join(normalize(name).split()) in parts
              or any(normalize(q) in parts for q in _NICKNAME.findall(name))}
    for fid in entire:
        score[fid] += 0.5  # "tam" is the character billed "Tam" more than "Tam Osk" or "Bede Tam": a tie-break
    if not _CREDIT_ASKED.search(normalize(question)):
        # "why does tam have to leave": a part of the story called Tam more than a player or a crew member
        # of that first name, when the question asks no credit; a tie-break too
        for fid in {fid for fid, _name, kind in owners if kind == "character"}:
            score[fid] += 0.5
    for w in words[:12]:
        rows = await conn.execute_fetchall(
            "SELECT s.film_id, s.text FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
            f"WHERE sentences_fts MATCH ? AND s.film_id IN ({marks}) LIMIT 200",
            ('"' + w.replace('"', "") + '"' + ("*" if len(w) >= 4 else ""), *film_ids),  # "mend" finds "mends"
        )
        got: dict[int, float] = {}
        for fid, text in rows:
            got[fid] = max(got.get(fid, 0.0), 2.0 if capitalised_in(text, [w]) else 1.0)
        if not rows and len(w) >= 5:
            # "<first name> ortis", "reinhardt": a surname typed one letter off at its end is still the
            # name one article writes capitalised ("Ortiz", "Reinhard"), never a lower-case word
            near = await conn.execute_fetchall(
                "SELECT s.film_id, s.text FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
                f"WHERE sentences_fts MATCH ? AND s.film_id IN ({marks}) LIMIT 200",
                ('"' + w[:-1].replace('"', "") + '"*', *film_ids),
            )
            rx = re.compile(rf"\b{re.escape(w[:-1])}\w?\b", re.IGNORECASE)
            for fid, text in near:
                if any(m.group()[:1].isupper() for m in rx.finditer(text)):
                    got[fid] = 1.0
        if 0 < len(got) < len(film_ids):  # a word every candidate writes tells nothing
            for fid, v in got.items():
                score[fid] += v
    ranked = sorted(film_ids, key=lambda f: -score[f])
    if score[ranked[0]] == score[ranked[1]] and " / " not in key:
        # every article writes the question's words ("where does tam go to get his father's will"): the one
        # whose sentences write them beside the name ("Tam ... his father's will") is told apart
        await _near_the_name(conn, [f for f in ranked if score[f] == score[ranked[0]]], words, key, score)
        ranked = sorted(film_ids, key=lambda f: -score[f])
    if score[ranked[0]] > score[ranked[1]]:
        return [ranked[0]]
    return film_ids


async def _near_the_name(conn: aiosqlite.Connection, tied: list[int], words: list[str], key: str,
                         score: dict[int, float]) -> None:
    """Add to *score* one for each of *words* that a sentence of some of the *tied* films (not all) writes
    beside the name *key*: a tie-break for articles that all write those words somewhere."""
    marks = ", ".join("?" for _ in tied)
    name = '"' + key.replace('"', "") + '"'
    for w in words[:12]:
        rows = await conn.execute_fetchall(
            "SELECT DISTINCT s.film_id FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
            f"WHERE sentences_fts MATCH ? AND s.film_id IN ({marks})",
            (name + ' AND "' + w.replace('"', "") + '"' + ("*" if len(w) >= 4 else ""), *tied),
        )
        if 0 < len(rows) < len(tied):
            for (fid,) in rows:
                score[fid] += 1.0


#: The shortest word of a question looked up as a term of one film's article ("the <term> they built").
TERM_MIN = 5
#: How many sentences must write a word for it to be one film's term.
TERM_USES = 2
#: How many of a question's words are looked up as terms at most (longest first).
TERM_WORDS = 8


async def films_of_a_term(conn: aiosqlite.Connection, question: str, stop: frozenset[str]) -> tuple[list[int], str]:
    """The films whose article alone writes a word of *question* that no other article writes ("who built
    the <vehicle> for the film", "what does <a word of the original title> mean"), when nothing else in
    the question names a film; ``([film_id], word)`` for one film, ``([ids...], "a / b")`` when distinct
    words point at different films (the caller asks which), ``([], "")`` when none.

    One indexed query for the question's longest few words (*stop*: words never looked up); a word is a
    film's term only when every sentence of the library holding it (at most MENTION_ROWS) is that film's,
    so in a library of many films only a truly distinctive word ever picks one. A guess the caller says."""
    words = [w for w in dict.fromkeys(normalize(question).split())
             if len(w) >= TERM_MIN and w.isalpha() and w not in stop and w not in NOT_NAMES and w not in _FUNCTION]
    words = sorted(words, key=lambda w: (-len(w), w))[:TERM_WORDS]
    found = await _phrase_rows(conn, words)
    by_film: dict[int, list[str]] = {}
    for n, word in enumerate(words):
        rows = found.get(n, [])
        films = {fid for fid, _t in rows}
        # written twice at least: a word one article happens to use once ("a narrow bridge") is no term of it
        if TERM_USES <= len(rows) <= MENTION_ROWS and len(films) == 1:
            by_film.setdefault(next(iter(films)), []).append(word)
    if not by_film:
        return [], ""
    top = max(len(ws) for ws in by_film.values())
    films = sorted(f for f, ws in by_film.items() if len(ws) == top)
    return films, " / ".join(sorted(w for f in films for w in by_film[f][:1]))
