"""Questions over every film: a person's credits, films of a year, winners of a category.

All lookups are indexed SQL with parameters (cast_actor, crew_name, films_year, awards_category);
fuzzy person matching uses one NameIndex over distinct names, built lazily once per library.
"""

from __future__ import annotations

import asyncio
import re

from ..matching import NameIndex, normalize
from . import tags
from .data import cache_for
from .model import Answer, dedupe_sources
from .text import prepare_title_words

ROLE_VERBS = {
    "acted": r"star|stars|starred|act|acted|appear|appeared|play|played|perform|performed|feature|featured|been in|voice|voiced",
    "director": r"direct|directed|helm|helmed",
    "writer": r"write|wrote|written|pen|penned|script|scripted",
    "producer": r"produce|produced",
    "cinematographer": r"shoot|shot|photograph|photographed",
    "editor": r"edit|edited|cut",
    "composer": r"score|scored|compose|composed",
}
CREDIT_LABELS = {"acted": "acted in", "director": "directed", "writer": "wrote", "producer": "produced",
                 "cinematographer": "shot", "editor": "edited", "composer": "scored", "story": "wrote the story of",
                 "executive_producer": "executive-produced", "based_on_author": "wrote the source of"}
_FILMS = r"(?:films?|movies?|pictures?)"
#: A credit read from a sentence's words, not from the facts: said, never confidently.
TOLD = 0.45
#: The most a person's credits may claim when the name typed was not their whole name.
GUESSED_PERSON = 0.45
#: ... or the one film a question asks for ("which movie did X direct") is one of several credited.
ONE_OF_SEVERAL = 0.45
_ONE_FILM = re.compile(r"\b(film|movie|picture|flick)\b")
_MANY_FILMS = re.compile(r"\b(films|movies|pictures|flicks|all|every|list)\b")
_LIST = rf"^(?:which|what|list|name|show)(?: (?:of )?(?:the |these |all |all the )?)?{_FILMS}\b"


ROLE_NOUNS = {
    "acted": r"actor|actress|actors|star|cast member|performer",
    "director": r"director|co director|filmmaker",
    "writer": r"writer|screenwriter|screenplay writer|scriptwriter|co writer",
    "producer": r"producer|co producer",
    "cinematographer": r"cinematographer|director of photography",
    "editor": r"editor|film editor",
    "composer": r"composer",
}
_NOUNS = "|".join(ROLE_NOUNS.values())
_ACT_VERBS = r"star|stars|starred|act|acts|acted|appear|appears|appeared|feature|features|featured|perform|performs|performed"
_BY_VERBS = r"directed|written|produced|shot|edited|scored|starring|featuring"
_ASK_ONE = (r"^(?:(?:can|could) you (?:name|list|tell me)|what is|what s|whats|what are|name|list|give me|tell me|show me)"
            rf" (?:an? |one |some |any |the )?(?:other )?{_FILMS}")


def _role_of_noun(noun: str) -> str:
    for role, pat in ROLE_NOUNS.items():
        if re.fullmatch(rf"(?:{pat})", noun):
            return role
    return "acted"


def _role_of(verb: str) -> str | None:
    for role, pat in ROLE_VERBS.items():
        if re.fullmatch(rf"(?:{pat})", verb):
            return role
    return None


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_PARSE_PERSON_QUESTION_RX1 = re.compile(r"^(?:what|which) (?:has|did) (?P<name>.+?) (?P<verb>directed|direct|written|write|starred in|star in|acted in|act in|produced|produce)$")


def parse_person_question(q: str) -> tuple[str, str] | None:
    """``(name, role)`` from "which films did X star in", "what films has X directed",
    "films directed by X", "movies starring X"; None when the question is not of that shape."""
    all_verbs = "|".join(ROLE_VERBS.values())
    m = re.match(rf"{_LIST} (?:did|has|have|does|was|is) (?P<name>.+?) (?P<verb>{all_verbs})(?: in| on)?$", q)
    if m:
        return m.group("name"), _role_of(m.group("verb")) or "acted"
    m = re.match(rf"{_LIST} (?:were |was |are |is )?(?P<verb>directed|written|produced|shot|edited|scored) by (?P<name>.+)$", q)
    if m:
        return m.group("name"), _role_of(m.group("verb")) or "acted"
    m = re.match(rf"{_LIST} (?:star|stars|starring|feature|features|featuring|with) (?P<name>.+?)(?: in (?:it|them))?$", q)
    if m:
        return m.group("name"), "acted"
    m = _PARSE_PERSON_QUESTION_RX1.match(q)
    if m:
        return m.group("name"), _role_of(m.group("verb").split()[0]) or "acted"
    # "what does X star in", "what has X appeared in"
    m = re.match(rf"^(?:what|which)(?: {_FILMS})? (?:does|did|has|have|do) (?P<name>.+?) (?:{_ACT_VERBS}) in$", q)
    if m:
        return m.group("name"), "acted"
    # "X appears in which movies", "X directed which films", "X wrote what movies"
    m = re.match(rf"^(?P<name>.+?) (?:(?P<act>{_ACT_VERBS}) in|(?P<verb>directed|wrote|written|produced|scored|edited|shot)) (?:which|what) {_FILMS}$", q)
    if m:
        return m.group("name"), "acted" if m.group("act") else (_role_of(m.group("verb")) or "acted")
    # "what movies was X an actor in", "which movie was X the director for", "which films was X a writer on"
    m = re.match(rf"{_LIST} (?:was|is|has|has been|did|were) (?P<name>.+?) (?:the |an? )?(?:main |lead )?(?P<noun>{_NOUNS})(?: in| on| of| for)?$", q)
    if m:
        return m.group("name"), _role_of_noun(m.group("noun"))
    # "X was the director of which films", "X was a writer on what movies"
    m = re.match(rf"^(?P<name>.+?) (?:was|is|has been|were) (?:the |an? )?(?P<noun>{_NOUNS}) (?:in|on|of|for) (?:which|what) {_FILMS}$", q)
    if m:
        return m.group("name"), _role_of_noun(m.group("noun"))
    # "what was X the director of", "what has X been an actor in"
    m = re.match(rf"^what (?:was|is|has|were) (?P<name>.+?) (?:been )?(?:the |an? )(?P<noun>{_NOUNS}) (?:in|on|of|for)$", q)
    if m:
        return m.group("name"), _role_of_noun(m.group("noun"))
    # "which film did X write the story for", "what movies did X write the screenplay of"
    m = re.match(rf"{_LIST} (?:did|has|have) (?P<name>.+?) (?:write|written|wrote|pen|penned) the (?:story|screenplay|script)(?: for| of| to)?$", q)
    if m:
        return m.group("name"), "writer"
    # "can you name a film directed by X", "what is a movie written by X", "name a film starring X"
    m = re.match(rf"{_ASK_ONE} (?:that |which )?(?:was |were |is )?(?P<verb>{_BY_VERBS})(?: by)? (?P<name>.+)$", q)
    if m and (m.group("verb") in ("starring", "featuring") or re.search(rf"\b{m.group('verb')} by ", q)):
        return m.group("name"), _role_of(m.group("verb")) or "acted"
    return None


async def _people_index(lib) -> tuple[NameIndex, list[str]]:
    c = cache_for(lib)
    got = c.extra.get("people")
    if got is None:
        async with lib.conn.execute(
            "SELECT actor FROM cast_members UNION SELECT name FROM crew "
            "WHERE role NOT IN ('production_company', 'distributor')"
        ) as cur:
            names = [r[0] for r in await cur.fetchall() if r[0]]
        got = (NameIndex(dict(enumerate(names))), names)
        c.extra["people"] = got
    return got


async def warm(lib) -> None:
    """Build the cross-film name index now (about half a second at 40,000 films) rather than on
    the first fuzzy /person lookup, and the title-word table (a third of a second) in a worker
    thread rather than on the first question that names a film by one word of its title."""
    await _people_index(lib)
    await asyncio.to_thread(prepare_title_words, lib.index)


async def resolve_person(lib, name: str) -> tuple[str, str | None, list[str]]:
    """``(status, canonical name, candidates)``: an exact name (any case) first, then the names
    every typed word belongs to (``NameIndex.match``: surnames, particle surnames such as
    "van x", typos), never merely the nearest other person."""
    name = " ".join((name or "").split())[:120]
    typed = normalize(name)
    if not typed:
        return "none", None, []
    one_word = len(typed.split()) == 1
    if not one_word:  # a bare surname may be stored as such for one film; it still means the full names
        for sql in ("SELECT actor FROM cast_members WHERE actor = ? COLLATE NOCASE LIMIT 1",
                    "SELECT name FROM crew WHERE name = ? COLLATE NOCASE LIMIT 1"):
            # execute_fetchall, here and below: one trip to the database thread, not three (execute, fetch, close)
            row = next(iter(await lib.conn.execute_fetchall(sql, (name,))), None)
            if row:
                return "found", row[0], [row[0]]
    index, _names = await _people_index(lib)
    hits = index.match(name, 12)
    exact = [h for h in hits if normalize(h[1]) == typed]
    if exact and not one_word:
        return "found", exact[0][1], [exact[0][1]]
    if one_word:  # "x" alone means the full names ending in it, not a film's bare "X"
        hits = [h for h in hits if len(h[1].split()) > 1] or hits
    if not hits:
        return "none", None, []
    close = [h for h in hits if h[2] >= hits[0][2] - 3]
    if len({normalize(h[1]) for h in close}) > 1:
        return "ambiguous", None, [h[1] for h in close]
    return "found", hits[0][1], [hits[0][1]]


_CAST_SQL = (
    "SELECT c.film_id, c.character, c.voice, c.\"order\", s.text, sec.path FROM cast_members c "
    "JOIN sentences s ON s.id = c.sentence_id JOIN sections sec ON sec.film_id = s.film_id AND sec.idx = s.section "
    "WHERE c.actor = ? COLLATE NOCASE ORDER BY c.film_id"
)
_CREW_SQL = (
    "SELECT c.film_id, c.role, s.text, sec.path FROM crew c "
    "JOIN sentences s ON s.id = c.sentence_id JOIN sections sec ON sec.film_id = s.film_id AND sec.idx = s.section "
    "WHERE c.name = ? COLLATE NOCASE ORDER BY c.film_id"
)


async def credits_of(lib, name: str) -> dict[str, list[dict]]:
    """Every credit of exactly *name*, grouped: acted (with characters), director, writer, ..."""
    out: dict[str, list[dict]] = {}
    seen: set[tuple[str, int, str]] = set()
    # both reads queued at once: the database thread runs them back to back
    cast_rows, crew_rows = await asyncio.gather(lib.conn.execute_fetchall(_CAST_SQL, (name,)),
                                                lib.conn.execute_fetchall(_CREW_SQL, (name,)))
    for fid, char, voice, billing, text, path in cast_rows:
        film = lib.film(fid)
        if film is None or ("acted", fid, char) in seen:
            continue
        seen.add(("acted", fid, char))
        out.setdefault("acted", []).append({"film_id": fid, "film": film.label, "character": char, "voice": bool(voice),
                                            "billing": billing, "source": {"section": path, "sentence": text}})
    for fid, role, text, path in crew_rows:
        film = lib.film(fid)
        if film is None or (role, fid, "") in seen or role in ("production_company", "distributor"):
            continue
        seen.add((role, fid, ""))
        out.setdefault(role, []).append({"film_id": fid, "film": film.label, "source": {"section": path, "sentence": text}})
    return out


async def person_credits(lib, name: str) -> dict:
    """One person's credits across every film, for /person.

    Returns ``{"query", "status": found|ambiguous|none, "name", "candidates", "credits"}`` where
    credits maps acted/director/writer/producer/cinematographer/editor/composer/... to lists of
    ``{"film_id", "film", "character"?, "voice"?, "source"}``.
    """
    status, canonical, cands = await resolve_person(lib, name)
    credits = await credits_of(lib, canonical) if canonical else {}
    return {"query": name, "status": status, "name": canonical, "candidates": cands, "credits": credits}


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_TRY_ANSWER_RX1 = re.compile(r"\b(in (?:the|this|our) (?:database|library|collection)|do you (?:know|have))\b")
_TRY_ANSWER_RX2 = re.compile(r"^(which|what|list|name|show|films|movies|any)")


async def try_answer(lib, question: str) -> Answer | None:
    """An answer when *question* is about films in general, else None."""
    q = normalize(question).replace("motion pictures", "films")
    q = _TRY_ANSWER_RX1.sub("", q)
    q = " ".join(q.split())
    parsed = parse_person_question(q)
    if parsed:
        return await _person_answer(lib, question, *parsed)
    tag = tags.described_by(q)
    if tag:
        return await tags.films_described_by(lib, question, tag)
    m = re.search(rf"\b{_FILMS} (?:that |which )?(?:came out|were released|released|come out|from|of|made|premiered) in (?P<y>1[89]\d\d|20\d\d)\b", q) \
        or re.search(rf"^(?:which|what) (?P<y>1[89]\d\d|20\d\d) {_FILMS}\b", q)
    if m and _TRY_ANSWER_RX2.match(q):
        return await _year_answer(lib, question, int(m.group("y")))
    m = re.match(rf"{_LIST} (?:have |has )?(?P<verb>won|win|got|received|were nominated for|was nominated for|are nominated for) (?:an? |the )?(?P<cat>.+?)(?: award| oscar| academy award)?$", q)
    if m:
        return await _award_answer(lib, question, m.group("cat"), "nominated" if "nominat" in m.group("verb") else "won")
    return None


async def _person_answer(lib, question: str, name: str, role: str) -> Answer:
    status, canonical, cands = await resolve_person(lib, name)
    if status == "ambiguous":
        return Answer(question, f"Which {name.title()} do you mean: {', '.join(cands[:5])}?", "need_film", 0.2,
                      candidates=[{"name": c} for c in cands])
    if canonical is None:
        told = await _named_in_role_text(lib, name, role, set())
        if told:
            return _told_answer(lib, question, name.title(), role, told)
        return Answer(question, f"I have no film crediting {name.title()}.", "abstain", 0.15,
                      candidates=[{"name": c} for c in cands])
    credits = await credits_of(lib, canonical)
    rows = credits.get(role, [])
    if role == "acted":
        rows = rows + await _named_in_cast_text(lib, canonical, {r["film_id"] for r in rows})
    if role == "writer":
        rows = rows + credits.get("story", [])
        source_only = not rows
        rows = rows + credits.get("based_on_author", [])  # the novel or story the film adapts
        if source_only and rows:
            role = "based_on_author"
    if not rows:
        told = await _named_in_role_text(lib, canonical, role, set())
        if told:
            return _told_answer(lib, question, canonical, role, told)
        other = ", ".join(f"{CREDIT_LABELS.get(k, k)} {len(v)}" for k, v in credits.items())
        return Answer(question, f"No film in the library credits {canonical} that way" + (f" ({other})." if other else "."),
                      "abstain", 0.2)
    rows = sorted(rows, key=lambda r: _prominence(lib, r))
    items = []
    for r in rows:
        extra = f" as {r['character']}" if r.get("character") else ""
        items.append(f"{r['film']}{extra}")
    items = list(dict.fromkeys(items))
    text = f"{canonical} {CREDIT_LABELS.get(role, role)}: " + "; ".join(items[:25]) + ("…" if len(items) > 25 else "") + "."
    confidence = 0.85
    if len(items) > 1 and _ONE_FILM.search(normalize(question)) and not _MANY_FILMS.search(normalize(question)):
        # "which movie did X write", "what is a film directed by X": one film asked for, several credited
        # and nothing in the question says which: all are listed, none claimed as the one meant
        text = text.replace(f"{CREDIT_LABELS.get(role, role)}: ", f"{CREDIT_LABELS.get(role, role)} more than one: ", 1)
        confidence = ONE_OF_SEVERAL
    if normalize(canonical) != normalize(name):
        # a surname, a first name or a typo taken to mean one full name: a guess at the person, said
        # as such ("madonna" may be someone the library does not hold, not the nearest name it does)
        text = f"(I took “{name.strip()}” to mean {canonical}.) {text}"
        confidence = GUESSED_PERSON
    return Answer(question, text, "films.list", confidence, sources=dedupe_sources([r["source"] for r in rows]))


def _prominence(lib, row: dict) -> tuple:
    """Sort key of a credit: billed higher first (the lead before a cameo), then the film with the
    longer article (usually the better-known one), then article order."""
    billing = row.get("billing")
    film = lib.film(row["film_id"])
    return (billing if isinstance(billing, int) else 10_000, -(film.n_chars if film else 0), row["film_id"])


async def _named_in_cast_text(lib, name: str, known: set[int]) -> list[dict]:
    """Films whose lead or cast section names *name* among the cast ("starring A and X") but whose
    cast facts missed it; never a sentence that only names X as a maker next to a cast list
    ("directed by X, starring A")."""
    return await _named_in_role_text(lib, name, "acted", known)


#: Words a sentence gives a credit with, for a name shortly after them ("written and directed by X").
_ROLE_TEXT = {
    "acted": r"star|stars|starring|starred|co starring|costarring|cast|played|plays|portrayed|voiced|voices|featuring|features",
    "director": r"directed|director|directors|direction",
    "writer": r"written|wrote|writer|writers|screenplay|script|screenwriter|screenwriters|story|novel|book|based on|adapted",
    "producer": r"produced|producer|producers",
}
#: ... and for a name right before them ("X's novel", "X wrote").
_ROLE_AFTER = {"writer": r"s (novel|book|play|story|short story)|wrote|co wrote", "director": r"directed",
               "acted": r"stars|starred|played|plays"}


async def _named_in_role_text(lib, name: str, role: str, known: set[int]) -> list[dict]:
    """Films whose lead names *name* (a whole phrase of two words or more) in the words of *role*
    ("written and directed by X", "X's novel") where the facts hold no such credit: a reading of
    the text, so the answer that uses it is never confident."""
    phrase = " ".join(normalize(name).split())
    before, after = _ROLE_TEXT.get(role), _ROLE_AFTER.get(role)
    if len(phrase.split()) < 2 or before is None:
        return []
    # the words between may not hand the name to the cast ("written by A, starring X") or, for the
    # cast, to a maker ("starring A, directed by X")
    gap = r"(?:(?!\b(?:by|directed|written)\b).)" if role == "acted" else rf"(?:(?!\b(?:{_ROLE_TEXT['acted']})\b).)"
    reach = 160 if role == "acted" else 70  # a cast list runs long: "starring A in the title role, with B, C and X"
    pat = re.compile(rf"\b({before})\b{gap}{{0,{reach}}}?\b{re.escape(phrase)}\b"
                     + (rf"|\b{re.escape(phrase)} ({after})\b" if after else ""))
    sql = ("SELECT s.film_id, s.text, sec.path FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
           "JOIN sections sec ON sec.film_id = s.film_id AND sec.idx = s.section "
           "WHERE sentences_fts MATCH ? AND sec.kind IN ('lead', 'cast', 'production') LIMIT 200")
    fts = " ".join("".join(ch if ch.isalnum() else " " for ch in name).split())
    rows = await lib.conn.execute_fetchall(sql, ('"' + fts.replace('"', "") + '"',))
    out = []
    for fid, text, path in rows:
        film = lib.film(fid)
        if film is None or fid in known or not pat.search(normalize(text)):
            continue
        known.add(fid)
        out.append({"film_id": fid, "film": film.label, "character": "", "source": {"section": path, "sentence": text}})
    return out


def _told_answer(lib, question: str, name: str, role: str, rows: list[dict]) -> Answer:
    """Films only the text ties *name* to in *role*: listed, the longer article first, at 0.45."""
    rows = sorted(rows, key=lambda r: _prominence(lib, r))
    films = list(dict.fromkeys(r["film"] for r in rows))
    what = {"acted": "among the cast", "director": "as director", "writer": "as writer or source author",
            "producer": "as producer"}[role]
    return Answer(question, f"The facts credit no {name} that way, but these articles name {name} {what}: "
                  + "; ".join(films[:25]) + ("…" if len(films) > 25 else "") + ".", "films.list", TOLD,
                  sources=dedupe_sources([r["source"] for r in rows]))


async def _year_answer(lib, question: str, year: int) -> Answer:
    ids = [r[0] for r in await lib.conn.execute_fetchall(
        "SELECT id FROM films WHERE year = ? ORDER BY title COLLATE NOCASE LIMIT 101", (year,))]
    films = [lib.film(i) for i in ids if lib.film(i) is not None]
    if not films:
        return Answer(question, f"No film from {year} is in the library.", "abstain", 0.3)
    total = (await lib.conn.execute_fetchall("SELECT count(*) FROM films WHERE year = ?", (year,)))[0][0]
    head = f"{total} films from {year}" + (" (the first 100 alphabetically)" if total > 100 else "")
    return Answer(question, f"{head}: " + "; ".join(f.title for f in films[:100]) + ".", "films.list", 0.85)


async def _award_answer(lib, question: str, category: str, outcome: str) -> Answer:
    cat = " ".join(w.capitalize() for w in category.split())
    sql = ("SELECT a.film_id, a.category, a.ceremony, s.text, sec.path FROM awards a "
           "JOIN sentences s ON s.id = a.sentence_id JOIN sections sec ON sec.film_id = s.film_id AND sec.idx = s.section "
           "WHERE a.category = ? COLLATE NOCASE AND a.outcome IN (?, 'won') ORDER BY a.film_id LIMIT 500")
    rows = await lib.conn.execute_fetchall(sql, (cat, outcome))
    films: dict[int, str] = {}
    sources = []
    for fid, _cat, _cer, text, path in rows:
        film = lib.film(fid)
        if film is not None and fid not in films:
            films[fid] = film.label
            sources.append({"section": path, "sentence": text})
    if not films:
        return Answer(question, f"No film in the library is recorded as having {outcome} {cat}.", "abstain", 0.2)
    verb = "won" if outcome == "won" else "were nominated for"
    return Answer(question, f"Films that {verb} {cat}: " + "; ".join(films.values()) + ".", "films.list", 0.8,
                  sources=dedupe_sources(sources))
