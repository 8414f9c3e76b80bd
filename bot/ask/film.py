"""Answers about one film: structured facts first, a quoted sentence next, "the article doesn't say" last."""

from __future__ import annotations

import itertools
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz

from .. import present, queries
from ..matching import normalize
from ..queries import Film
from ..vocab import alternation, given_names, load
from . import intent as I
from . import tags
from .aliases import film_pairs, with_aliases
from .data import FILM_ROWIDS, FilmData
from .model import CONFIDENT, Answer, dedupe_sources, src
from .retrieve import (
    TIE,
    best_sentences,
    dated_before,
    forms,
    holds,
    is_frame,
    next_sentence,
    quote,
    ranked,
    section_preference,
    sentence_source,
    spelled_out,
    stem,
    synonyms,
    tells_the_scene,
    wanted,
)
from .text import STOPWORDS, NameHit

HIGH, GOOD, FAIR, LOW, NONE = 0.9, 0.8, 0.6, 0.35, 0.15
#: Right as far as it goes, but not what was asked (a year for "what date"): never confident.
GUESS = 0.45

ROLE_WORDS = {
    "director": ("directed", "Directed by"), "writer": ("written", "Written by"), "producer": ("produced", "Produced by"),
    "cinematographer": ("shot", "Cinematography by"), "editor": ("edited", "Edited by"),
    "composer": ("scored", "Music by"), "distributor": ("distributed", "Distributed by"),
    "production_company": ("produced", "Production company:"),
}
MONEY_WORDS = {
    "budget": "budget", "opening_weekend": "opening weekend", "domestic": "gross in the US and Canada",
    "international": "gross in other territories", "worldwide": "worldwide gross", "home_media": "home media sales",
    "gross": "gross", "rentals": "theatrical rentals",
}
CEREMONY_ALIASES = {
    "oscar": "academy awards", "oscars": "academy awards", "academy": "academy awards", "globe": "golden globe",
    "globes": "golden globe", "bafta": "british academy", "baftas": "british academy", "emmy": "emmy", "emmys": "emmy",
    "grammy": "grammy", "grammys": "grammy", "palme": "cannes", "cannes": "cannes", "saturn": "saturn",
    "annie": "annie", "sag": "screen actors guild", "berlin": "berlin", "venice": "venice",
}
_AWARD_NOISE = frozenset(load("ask_words")["film"]["award_noise"]) | frozenset(load("question")["award_noise"])


@dataclass
class Q:
    """One question about one film, pre-parsed."""

    lib: object
    film: Film
    data: FilmData
    text: str  # cleaned question
    rest: str  # normalised question with the film's name cut out
    names: list[NameHit] = field(default_factory=list)

    def roles(self, role: str) -> list[tuple[NameHit, str]]:
        return [(h, n) for h in self.names for r, n in h.owners if r == role]

    def make(self, answer: str, kind: str, confidence: float, sources: list[dict]) -> Answer:
        if kind.endswith(".sentence") and confidence >= CONFIDENT and not _anchored(self, sources):
            confidence = GUESS  # a quote is said with confidence only when it holds whom and what was asked
        return Answer(self.text, answer, kind, confidence, self.film.label, self.film.id, dedupe_sources(sources))


def _anchored(q: Q, sources: list[dict]) -> bool:
    """Do the quoted sentences hold the question's entity (a name it uses, or the film when it names no
    one) and a word of its predicate (another form of it: "shot" for "shoot")? Only then may a quoted
    sentence be given with confidence."""
    text = normalize(" ".join(s.get("sentence", "") for s in sources))
    words = set(text.split())
    names = {w for h in q.names for _r, n in h.owners for w in normalize(n).split() if len(w) > 2}
    if names and not names & _with_possessives(list(words)):
        return False
    pred = [w for w in q.rest.split() if w not in STOPWORDS and w not in names and not is_frame(w) and len(w) > 2
            and w not in _title_words(q)]
    return not pred or any(forms(w) & words or re.search(rf"\b{re.escape(stem(w))}", text) for w in pred)


def join_names(names: list[str]) -> str:
    names = list(dict.fromkeys(n for n in names if n))
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


@lru_cache(maxsize=512)
def _probe_rx(probe: str) -> re.Pattern:
    """A probe of :func:`not_stated`, compiled once a process: most are fixed wordings, which the re
    module's own cache (512 entries, oldest dropped first, filled by the patterns built per question)
    let go and compiled again mid-answer; least recently used here, the few built from the question's
    words go first."""
    return re.compile(probe, re.IGNORECASE)


async def not_stated(q: Q, what: str, probe: str | None, kind: str = "fallback.sentence", terms: str = "",
                     person: bool = False, story: bool = True,
                     rank: Callable[[str], int] | None = None,
                     goes_on: Callable[[dict], Awaitable[str]] | None = None) -> Answer:
    """Nothing structured: quote a sentence only if it carries *probe* (a regex), else abstain plainly.

    *terms* are added to the full-text query: the index does not stem, so "cinematographer" in the
    question would never reach "cinematography was by ..." without them. *person*: the question asks
    who, so a sentence naming nobody the question does not ("the threesome's composed veneers" for a
    composer) is no answer. *story*: False when the plot cannot tell it (where the film was shot: "he is shot
    in the back" is no filming place). *rank*: a text's standing among the sentences carrying *probe*, higher
    first (the words' ranking breaks ties). *goes_on*: the sentence after the one quoted that finishes
    telling it (quoted after it), or ''."""
    if probe:
        pat = _probe_rx(probe)
        got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} {terms}", drop=_title_words(q), must=pat)
        if not story:
            got = [g for g in got if g[1].get("kind") != "plot" and not _PLOT_PATH.search(g[1].get("path") or "")]
        if person:
            got = [g for g in got if holds("person", g[1]["text"], q.text, _title_words(q), _people_words(q))]
        got = [g for g in got if not _anothers_role(q, g[1]["text"], pat)
               and not _LINKS_PATH.search(g[1].get("path") or "")]
        if rank is not None:
            got.sort(key=lambda g: -rank(g[1]["text"]))
        if got:
            row = got[0][1]
            more = await goes_on(row) if goes_on is not None else ""
            shown = f"{row['text']} … {more}" if more else row["text"]
            return q.make(f"The facts don't list {what}, but the article says: “{shown}”", kind, LOW,
                          [sentence_source(row)] + ([{"section": row.get("path", ""), "sentence": more}] if more else []))
    return q.make(f"The article doesn't say {what}.", "abstain", NONE, [])


async def _figure_there_after(q: Q, row: dict, place: str) -> str:
    """The sentence after *row*, in its paragraph, when it gives a figure for *place* by name ("It opened to
    ₹400 crore over the weekend. Collections in Ruritania alone were ₹90 crore."): the opening sentence often
    gives the worldwide sum and the next one the market asked; '' otherwise."""
    if row.get("idx") is None:
        return ""
    got = await q.lib.conn.execute_fetchall("SELECT text, para FROM sentences WHERE film_id = ? AND idx IN (?, ?) ORDER BY idx",
                                            (q.film.id, row["idx"], row["idx"] + 1))
    if len(got) < 2 or got[0][1] != got[1][1]:
        return ""
    nxt = got[1][0]
    return nxt if re.search(rf"\b{re.escape(place)}\b", nxt, re.IGNORECASE) and _A_FIGURE.search(nxt) else ""


#: The article's list of links ("<title> at Rotten Tomatoes", "<title> on IMDb"): a site's name, never what
#: the site says (a digit of the title is no score).
_LINKS_PATH = re.compile(r"\b(external links|further reading|see also)\b", re.IGNORECASE)


#: A role word owned by a name just before it ("Ivo Brandt's top cinematographer", "Osk's longtime editor").
_OWNED_ROLE = re.compile(r"\b([A-Z][\w-]+)['’]s?\s+(?:[a-z-]+\s+){0,2}$")


def _anothers_role(q: Q, text: str, pat: re.Pattern) -> bool:
    """Does every place *text* writes the role asked (*pat*) give it as the role of someone the film's facts
    do not hold ("the brother of Ivo Brandt, who worked as Tam Osk's top cinematographer")? Then the
    sentence tells another film's crew, not this one's: the article does not say."""
    people = _people_words(q) | _title_words(q)
    found = False
    for m in pat.finditer(text):
        found = True
        own = _OWNED_ROLE.search(text, max(0, m.start() - 60), m.start())
        if own is None or normalize(own.group(1)) in people:
            return False
    return found


#: A year a preposition makes the time asked about ("the biggest hit of 2007"), not the film's label.
_YEAR_OF_TIME = re.compile(r"\b(?:of|in|since|until|till|by|before|after|during|from|to|around) (\d{4})\b")


#: The film itself called the first of a series ("in the first movie", "the original film").
_FIRST_FILM = re.compile(r"\b(first|1st|original) (movie|film|one|installment|instalment|part)\b")


def _title_words(q: Q) -> frozenset[str]:
    """The title's words, and the words the question typed for it (cut out of ``q.rest``): a typo of the
    title ("healthh") is no word to look for in the article."""
    typed = set(normalize(q.text).split()) - set(q.rest.split())
    # ... and its year ("in the 2018 <title>"): it says which film, as the title does, never what is asked
    # ... unless a preposition makes it the time asked about ("the biggest hit of 2007")
    year = {str(q.film.year)} if q.film.year and str(q.film.year) not in _YEAR_OF_TIME.findall(normalize(q.text)) else set()
    # ... and "the first movie" said of it ("what's A's day job in the first movie"): which film, not what
    first = {m.group(1) for m in _FIRST_FILM.finditer(normalize(q.text))}
    return frozenset(normalize(q.film.title).split()) | frozenset(typed) | frozenset(year) | frozenset(first)


def _open_search(q: Q) -> dict:
    """How an open search ranks sentences for *q*: each person or character it names counts once,
    whichever word of the name a sentence writes ("Kip" for "kip morrow"), and the sections its words
    point to come first (the plot for a story question, the production history for a filming one)."""
    hits = [h for h in q.names if not _typed_as_title(q, h.form)]
    names = tuple(dict.fromkeys(n for h in hits for _r, n in h.owners))
    story = any(r in ("character", "plot") for h in q.names for r, _n in h.owners)
    return {"names": names, "prefer": section_preference(q.rest, story)}


def _typed_as_title(q: Q, form: str) -> bool:
    """Is *form* (a name the question typed) the film's title cut short, said last after "in"/"of"
    ("why do they move in <title's last word>")? Then it says which film, not whom the question asks of."""
    words = normalize(form).split()
    return bool(words) and set(words) <= set(normalize(q.film.title).split()) and bool(
        re.search(rf"\b(?:in|of|from)\s+(?:the\s+)?{re.escape(' '.join(words))}\s*\??$", normalize(q.text)))


async def _aliased_search(q: Q) -> dict:
    """:func:`_open_search` with each name's other name in the article put on ("Ora Pell" also finds
    "Lune", the name a witch gave her), and a character typed by a name only the article's alias pairs know;
    the pairs are read once a film (bot/ask/aliases.py)."""
    got = _open_search(q)
    got["names"] = await _players_where_unwritten(q, _typed_spellings(q, got["names"]))
    pairs, shared = await film_pairs(q.lib.conn, q.data, q.film.title)
    names = with_aliases(got["names"], q.rest, pairs, shared)
    if len(names) > len(got["names"]):  # a character typed by another name: the story is asked about
        got["prefer"] = section_preference(q.rest, True)
    got["names"] = names
    return got


def _people_words(q: Q) -> frozenset[str]:
    """The words of every person's name the film's facts hold (cast, crew, casting, critics): how a
    quoted sentence is seen to name someone."""
    d = q.data
    names = [r["actor"] for r in d.of("cast")] + [r["name"] for r in d.of("crew")] \
        + [r["person"] for r in d.of("casting")] + [r["critic"] for r in d.of("review") if r["critic"]]
    return frozenset(w for n in names for w in normalize(n).split() if len(w) > 2 and w not in STOPWORDS)


# --- cast ---------------------------------------------------------------------------------------------
_RELATION = re.compile(rf"(?P<who>[\w.'’-]+(?:\s+[\w.'’-]+)?)(?:['’]s|['’])\s+(?:(?:[a-z]+)\s+)?"
                       rf"(?P<rel>{alternation(load('names')['relations'] + load('question')['relation_extra'])})\b",
                       re.IGNORECASE)


_RELATION_WORDS: dict[str, str] = dict(load("question").get("relation_words", {}))


_REL_ALT = alternation(load('names')['relations'] + load('question')['relation_extra'])


def _kin_of_written_possessive(text: str, q: Q, chars: list) -> str:
    """*text* with "the sister of <name>" written "<name>'s sister" for a name of *chars* as typed: the same tie,
    which was read as a question about <name> ("who played the sister of Tam" answered with Tam's player)."""
    words = normalize(q.text).split()
    for h, _n in chars:
        typed = r"\s+".join(map(re.escape, words[h.start: h.end]))
        # gated (see ``_framed``): the pattern below, its relations' alternation around each name typed, took
        # ~20 ms to compile, for every question about a part; "of <name>" is in every text it changes
        if typed and _gate_rx(rf"(?i)\bof\s+(?:{typed})\b").search(text):
            text = re.sub(rf"\bthe\s+(?:(?:[a-z]+)\s+)?(?P<rel>{_REL_ALT})\s+of\s+(?P<who>{typed})\b",
                          lambda m: f"{m.group('who')}'s {m.group('rel')}", text, flags=re.IGNORECASE)
    return text


async def _relation_of(q: Q, chars: list) -> Answer | None:
    """"who played jane's husband": the husband, never Jane. The person the article ties to Jane
    that way ("Jane's husband Tom (Actor)", "Tom, Jane's husband") is asked about; unnamed: said so."""
    text = _kin_of_written_possessive(_with_apostrophes(q.text, [n for _h, n in chars]), q, chars)
    found = list(_RELATION.finditer(text))
    # "who played kip's real mom, tam's first wife": the tie whose owner is a part the film knows (Tam),
    # though another comes first
    m = next((x for x in found if any(set(normalize(n).split()) & set(normalize(x.group("who")).split()[-1:])
                                      for _h, n in chars)), found[0] if found else None)
    if not m:
        return None
    who = normalize(m.group("who")).split()
    after = normalize(text[m.end():]).split()
    named = [n for _h, n in chars if after and after[0] in normalize(n).split() and not set(who[-1:]) & set(normalize(n).split())]
    if who and named:
        # "who plays ora's brother kip": the brother is named, and asked by name (never Ora, named first,
        # nor a part of Ora's the possessive alone matched: "Ora's parents")
        return await _relative_by_name(q, named[0])
    if not who or not any(set(normalize(n).split()) & set(who[-1:]) for _h, n in chars):
        return None
    owner = next(n for _h, n in chars if set(normalize(n).split()) & set(who[-1:]))
    before = normalize(text[: m.start()]).split()
    if before and any(before[-1] in normalize(n).split() for _h, n in chars if n != owner):
        # "who plays tam, ivo's mom": the relation describes the character just named, who is asked
        return None
    rel = m.group("rel").lower()
    rels = {rel, _RELATION_WORDS.get(rel, rel)}  # "dad" is the article's "father"
    cast = q.data.of("cast")
    owner_words = {w for w in normalize(owner).split()} | {w + "s" for w in normalize(owner).split()}
    billed = [r for r in cast if r["character"] and rels & set(normalize(r["character"]).split())
              and owner_words & set(normalize(r["character"]).split())]
    if not billed:
        # "A as Tam Osk, Ora's mother": the cast line ties the role after its name
        tie = re.compile(rf",\s+(?:{'|'.join(re.escape(w) for w in normalize(owner).split())})\w*['’]s?\s+"
                         rf"(?:[a-z]+\s+)?(?:{'|'.join(re.escape(r) for r in sorted(rels))})\b", re.IGNORECASE)
        billed = [r for r in cast if r["character"] and tie.search((r.get("source") or {}).get("sentence", ""))
                  and re.search(re.escape(r["character"]) + r"\s*,", (r.get("source") or {}).get("sentence", ""))]
    if billed:  # the cast list gives the role by its tie: "A as Jane's husband"
        return q.make(f"{join_names(_sharing_players(billed))} played {billed[0]['character']}.", "cast.actor", HIGH,
                      [src(r) for r in billed])
    if after and any(after[0] in normalize(n).split() for _h, n in chars if n != owner):
        return None  # "who plays ora's friend kip": the friend is named, and asked by name
    # the owner by their first name or by the name typed ("Osk's bodyguard" for Tam Osk's)
    first = "|".join(re.escape(w) for w in dict.fromkeys([owner.split()[0], *(w for w in owner.split()
                                                                               if normalize(w) in who)]))
    rel_rx = "|".join(re.escape(r) for r in sorted(rels))
    pat = re.compile(rf"\b(?:{first})\w*(?:\s+[A-Z][\w'’-]*)*['’]s?\s+(?:[a-z]+\s+)?(?:{rel_rx}),?\s+(?P<n>[A-Z][\w.'’-]*"
                     rf"(?:\s+[A-Z][\w.'’-]*)*)|(?P<n2>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*),\s+(?:{first})\w*['’]s?\s+"
                     rf"(?:[a-z]+\s+)?(?:{rel_rx})\b|"
                     # "Ora Pell ... made her debut as Kip's bodyguard": the player, the part never named
                     rf"(?P<n3>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+)[^.;]{{0,200}}?\b(?:as|plays|played|playing)\s+"
                     rf"(?:\w+\s+)?(?:{first})\w*['’]s?\s+(?:[a-z]+\s+)?(?:{rel_rx})\b|"
                     # "Kip receives a list of the things his girlfriend Ora wants", "... as Kip's parents, A as
                     # his younger brother Tam": the kin by "his"/"her" after the owner in the same sentence
                     rf"\b(?:{first})\w*\b[^.;]{{0,120}}?\b(?:his|her)\s+(?:[a-z]+\s+)?(?:{rel_rx}),?\s+"
                     rf"(?P<n4>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)")
    got = await best_sentences(q.lib.conn, q.film.id, f"{owner} {rel}", limit=20, must=pat)
    found = []  # every match, overlapping ones too: a player's match may span a named relative's
    for _s, row in got:
        pos = 0
        while (mm := pat.search(row["text"], pos)) is not None:
            pos = mm.start() + 1
            found.append((mm, row))
    for mm, row in found:
        person = (mm.group("n") or mm.group("n2") or mm.group("n4") or "").strip()
        rows = _cast_for_character(cast, person) if person else []
        if rows:
            played = join_names([r["actor"] for r in rows])
            # a "his"/"her" may be someone's named in between: said below confidence
            return q.make(f"{played} played {rows[0]['character']}, {owner}'s {rel}.", "cast.actor",
                          GUESS if mm.group("n4") else FAIR, [src(r) for r in rows] + [sentence_source(row)])
    for mm, row in found:
        player = (mm.group("n3") or "").strip()
        # ... the player of that part, not one of another part before it ("A as Kip, B as Kip's brother")
        if player and normalize(player).split()[0] in _GIVEN_NAMES | _people_words(q) \
                and not _ANOTHER_PART.search(mm.group(0), len(player)):
            return q.make(f"{player} played {owner}'s {rel}; the article says: “{row['text']}”", "cast.actor", GUESS,
                          [sentence_source(row)])
    told = await _kin_player_in_brackets(q, owner, first, rel_rx)
    if told is not None:
        return told
    return q.make(f"The article doesn't say who played {owner}'s {rel}.", "abstain", NONE, [])


async def _kin_player_in_brackets(q: Q, owner: str, first: str, rel_rx: str) -> Answer | None:
    """"who plays Ora's father" where the plot writes "Ora Pell's (A) new book ... Her father (B), the police
    chief, ...": the kin by "his"/"her" with a billed player in brackets, in the sentence naming the owner or
    the one after it; said below confidence (the pronoun may be someone else's). None when none does."""
    kin = re.compile(rf"\b(?:his|her)\s+(?:[a-z]+\s+)?(?:{rel_rx})\s*\((?P<a>[^()]+)\)", re.IGNORECASE)
    billed = {normalize(r["actor"]): r for r in q.data.of("cast")}
    got = await best_sentences(q.lib.conn, q.film.id, owner, limit=10, must=re.compile(rf"\b(?:{first})", re.IGNORECASE))
    for _s, row in got:
        nxt = await next_sentence(q.lib.conn, row)
        for r in [row] + ([nxt] if nxt is not None else []):
            m = kin.search(r["text"])
            player = billed.get(normalize(m.group("a"))) if m else None
            if player is not None:
                part = f" ({player['character']})" if player["character"] else ""
                return q.make(f"{player['actor']}{part} played {owner}'s {m.group(0).split('(')[0].split()[-1]}: “{r['text']}”",
                              "cast.actor", GUESS, [sentence_source(r), src(player)])
    return None


_ANOTHER_PART = re.compile(r"\bas\s+(?-i:[A-Z])[^.;]*\bas\b")


def _sharing_players(rows: list[dict]) -> list[str]:
    """The players of *rows*' part, with whoever their source sentence gives it to beside them: "The cast
    includes Ora Pell and Kip Morrow as Tam's parents" is both players' part, though a cast row may hold one
    (never a respective "A and B as Tam and Lune", nor a part named before: "as Lune Holm and B as Tam")."""
    out = [r["actor"] for r in rows]
    for r in rows:
        text = (r.get("source") or {}).get("sentence", "")
        actor, part = r["actor"], r["character"]
        if not text or not actor or not part or f" {part}" not in text:
            continue
        both = rf"(?<!\bas ){_PERSON},? and {re.escape(actor)},? (?:(?:were|are|is|was) )?(?:(?:cast|seen|featured) )?" \
               rf"(?:as|play|played|playing) (?:the )?{re.escape(part)}(?!\s+and\s+(?-i:[A-Z]))"
        other = rf"\b{re.escape(actor)},? and {_PERSON},? (?:(?:were|are) )?(?:(?:cast|seen|featured) )?" \
                rf"(?:as|play|played|playing) (?:the )?{re.escape(part)}(?!\s+and\s+(?-i:[A-Z]))"
        # each gated by its words without the other player's name (see _framed)
        found = (_framed(rf" and {re.escape(actor)},? (?:(?:were|are|is|was) )?(?:(?:cast|seen|featured) )?"
                         rf"(?:as|play|played|playing) (?:the )?{re.escape(part)}(?!\s+and\s+(?-i:[A-Z]))", both, text),
                 _framed(rf"\b{re.escape(actor)},? and [A-Z].*? (?:as|play|played|playing) (?:the )?{re.escape(part)}"
                         rf"(?!\s+and\s+(?-i:[A-Z]))", other, text))
        for m in found:
            if m and m.group("a") not in out and not re.search(r"\bas\s+(?:the\s+)?$", text[: m.start()]):
                out.insert(0 if m.re.pattern == both else len(out), m.group("a"))
    return out


async def _relative_by_name(q: Q, name: str) -> Answer | None:
    """"who plays ora's brother kip": Kip's player, billed or paired in a sentence ("Kip (A), her brother");
    None when neither tells it (the question then goes on as any other about a named part)."""
    rows = _cast_for_character(q.data.of("cast"), name)
    if rows:
        return q.make(f"{join_names(_sharing_players(rows))} played {rows[0]['character']}.", "cast.actor", HIGH,
                      [src(r) for r in rows])
    return await _actor_from_text(q, name)


def _with_apostrophes(text: str, names: list[str]) -> str:
    """*text* with a word of *names* typed with a bare "s" for its possessive ("who plays kips bodyguard")
    written "kip's": a tie asked of someone, however it was typed."""
    words = {w for n in names for w in normalize(n).split() if len(w) > 2}
    return " ".join(t[:-1] + "'s" if t[-1:].lower() == "s" and t[:-1].lower() in words else t for t in text.split())


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ANSWER_CAST_RX1 = re.compile(r"\b(play|plays|played|voice|voices|voiced|portray\w*)\b")
#: "who did A play", "what part does A voice": A, typed between the verb and "play", is the player asked about.
_PLAYER_ASKED_ABOUT = re.compile(r"^(?:who|what|which)(?: [a-z]+){0,2}? (?:did|does|do|is|was) (?P<x>[a-z0-9]+(?: [a-z0-9]+){0,3}) "
                                 r"(?:play|playing|voice|voicing|portray|portraying)\b")
_ANSWER_CAST_RX2 = re.compile(r"\b(hero|heroine|heroines|protagonist|female lead|male lead|lead actress|lead actor|"
                         r"leading (man|lady))\b")
_ANSWER_CAST_RX3 = re.compile(r"\bvoic")
_ANSWER_CAST_RX4 = re.compile(r"\b(who|which actor|which actress)\b")
_ANSWER_CAST_RX5 = re.compile(r"(who|what) (is|was|s|are|were)\b")


#: "who plays the new rival that makes Kip ...": a part asked by what it is, a clause naming someone else after it.
_PART_BY_CLAUSE = re.compile(r"^(?:in )?(?:who|which actor|which actress) (?:plays|played|portrays|portrayed|is playing) "
                             r"(?:the|a|an) (?P<desc>(?:\w+ ){0,2}?\w+) (?:that|who|whom|which) ")


async def answer_costar(q: Q) -> Answer:
    """"who starred alongside A", "who was A's co-star": the billed cast besides A, first billed first (the
    member may mean one scene's partner, which the billing does not tell: never confidently)."""
    named = {n for _h, n in q.roles("actor")}
    others = [r for r in sorted(q.data.of("cast"), key=lambda r: r["order"] or 999) if r["actor"] not in named]
    if not others:
        return q.make(f"The article names no one else in the cast beside {join_names(sorted(named))}.", "abstain", NONE, [])
    shown = [r["actor"] + (f" ({r['character']})" if r["character"] else "") for r in others[:5]]
    return q.make(f"Besides {join_names(sorted(named))}, it stars {join_names(shown)}.", "cast.list", GUESS,
                  [src(r) for r in others[:5]])


async def answer_cast(q: Q) -> Answer:
    cast = q.data.of("cast")
    chars = q.roles("character")
    actors = q.roles("actor")
    yesno = I.is_yesno(q.rest)
    named_any = chars or q.roles("plot") or q.roles("casting")
    if actors and not yesno and _RELATION.search(q.text):
        named_any = (named_any or []) + actors  # "who plays <an actor playing himself>'s mom": the mother is asked
    if named_any and not yesno:
        related = await _relation_of(q, named_any)
        if related is not None:
            return related
    if yesno and not actors and q.roles("casting"):
        actors = q.roles("casting")  # "was A in it" for someone only the casting history names
    player = _PLAYER_ASKED_ABOUT.match(normalize(q.text))
    if not actors and player and q.roles("casting"):
        # "who did A play" for someone only the casting history names: A is the player, never a part
        actors = [x for x in q.roles("casting") if set(normalize(x[1]).split()) <= set(player.group("x").split())]
    if actors and yesno and _NARRATION.search(q.rest):
        return await _narrator_yesno(q, actors[0][1])
    if actors and yesno and I.cue("cast_action", q.rest):
        # "did A sing in it": being in the cast is no yes; the sentence that says so, or not
        return await fallback(q)
    if actors and yesno:
        # "did A play B", "is the narrator voiced by A": a yes checks the player and the part together
        checked = await _part_of_a_yesno(q, actors[0], chars)
        if checked is not None:
            return checked
    version = version_asked(q) if not yesno and not actors else None
    if version is not None and (chars or q.roles("plot")):
        # "who voiced <character> in the <studio> dub": that version's player, never the film's own
        return await _version_cast(q, (chars or q.roles("plot"))[0][1], version)
    if actors and (yesno or not chars or actors[0][0].start < chars[0][0].start):
        got = _actor_roles(q, actors, yesno)
        if yesno and got.kind in ("cast.yesno", "abstain"):
            # "was A in it": billed or cast is no yes when the article says the part was cut or A left
            billed = any(r["actor"] == actors[0][1] for r in cast)
            left = await _left_the_film(q, actors[0][1], billed)
            if left is not None:
                return left
        billed = any(r["actor"] == actors[0][1] for r in cast)
        if (got.kind == "cast.character" and got.confidence < FAIR) or (got.abstained and billed and not yesno):
            # in the cast with no character: the plot may still pair them ("Reggie (Ora Pell)")
            return await _character_from_text(q, actors[0][1]) or got
        return got
    named, head = _apposition(q, chars or q.roles("plot") or q.roles("casting"), yesno)
    if head:
        # "who played kip, the guy <character> puts the gun to": Kip is asked; the name in the clause after him
        # only says which Kip, and its player is no answer
        rows = _cast_for_character(cast, head)
        if rows:
            return q.make(f"{join_names(_sharing_players(rows))} played {rows[0]['character']}.", "cast.actor", GOOD,
                          [src(r) for r in rows])
        return await _actor_from_text(q, head) or q.make(f"The article doesn't say who played {head}.", "abstain",
                                                         NONE, [])
    described = _PART_BY_CLAUSE.match(q.rest) if named else None
    if described and not set(normalize(named[0][1]).split()) & set(described.group("desc").split()):
        # "who plays the new rival that makes Kip change": the rival is asked, Kip only says which one; a
        # part billed by that word answers, below confidence, else the article doesn't say (never Kip's player)
        desc = described.group("desc")
        head = desc.split()[-1]
        if _RELATION.search(f"{named[0][1]}'s {head}"):
            # "the girlfriend who gives Kip the list": Kip's girlfriend, as the article ties her to him
            related = await _relation_of(replace(q, text=f"who plays {named[0][1]}'s {head}"), named[:1])
            if related is not None and not related.abstained:
                related.confidence = min(related.confidence, GUESS)
                return related
        billed = [r for r in cast if r["character"] and head in normalize(r["character"]).split()]
        if billed:
            return q.make(f"{join_names(_sharing_players(billed))} played {billed[0]['character']}.", "cast.actor",
                          GUESS, [src(r) for r in billed])
        return q.make(f"The article doesn't say who played the {desc}.", "abstain", NONE, [])
    if named:
        name = named[0][1]
        kin = _another_given_name(q, named[0][0], name)
        if kin:
            # "who played thomas osk" where the cast has only a Bede Osk: another of the family, never Bede
            return await _actor_from_text(q, kin) or q.make(
                f"The article doesn't say who played {kin} (it names {name}, another person).", "abstain", NONE, [])
        rows = _cast_for_character(cast, name)
        aged = _AGE.search(q.rest)
        if rows and aged and not any(aged.group(1)[:4] in normalize(r["character"]) for r in rows):
            # "who played young rosie": the billed Rosie is the grown one; a young Rosie is another part
            return await _aged_part(q, aged.group(1), rows)
        if rows and _ANSWER_CAST_RX3.search(q.rest) and not any(r["voice"] for r in rows):
            # "who voiced <name>": the billed player may be the body only, the voice another's
            voiced = await _voice_from_text(q, rows[0]["character"])
            if voiced is not None:
                return voiced
        if rows:
            played = join_names(_sharing_players(rows))
            verb = "voiced" if any(r["voice"] for r in rows) or _ANSWER_CAST_RX3.search(q.rest) else "played"
            text = f"{played} {verb} {rows[0]['character']}."
            sources = [src(r) for r in rows]
            if _ANSWER_CAST_RX5.match(q.rest) and not re.search(I.CAST, q.rest):
                # "who is <character>": who they are in the story too, as the plot first tells it
                told = await _first_plot_mention(q, rows[0]["character"])
                if told is not None:
                    text += f" The article says: “{told['text']}”"
                    sources.append({"section": told["path"], "sentence": told["text"]})
            return q.make(text, "cast.actor", HIGH, sources)
        ev = [r for r in q.data.of("casting") if r["character"] == name and r["other"]]
        if ev:
            return q.make(f"{ev[-1]['other']} played {name}.", "cast.actor", GOOD, [src(r) for r in ev])
        got = await _actor_from_text(q, name)
        if got is not None:
            return got
        told = await _casting_sentence(q, name)
        if told is not None:
            return told
        other = await _other_name_of_a_part(q, name, cast) or await _part_described(q, name) \
            or await _player_by_descriptor(q, name)
        if other is not None:
            return other
        if chars or _ANSWER_CAST_RX4.search(q.rest):
            # a character the article names without its player: a sentence about them answers nothing asked
            return q.make(f"The article doesn't say who played {name}.", "abstain", NONE, [])
    who = _unknown_name(q) or _part_typed_first(q)
    if yesno and who and _NARRATION.search(q.rest):
        return await _narrator_yesno(q, who)
    if yesno and who:
        named_in_text = await _named_in_cast_text(q, who)
        if named_in_text is not None:
            return named_in_text
        credit = _credited(q, who)
        if credit:
            # a credit of the crew is what the article says A did; a cameo it may not tell, so never confident
            roles = join_names(list(dict.fromkeys(r["role"].replace("_", " ") for r in credit)))
            return q.make(f"The cast list doesn't name {credit[0]['name']}; the credits name them as {roles}.",
                          "cast.sentence", GUESS, [src(r) for r in credit])
        left = await _left_the_film(q, who, False) if len(who.split()) >= 2 else None
        if left is not None:
            return left  # "was A in it": the article tells A was talked to, and not signed
        other = await _named_otherwise(q, who)
        if other is not None:
            return other
        return q.make(f"The article doesn't list {who} in the cast.", "abstain", NONE, [])
    if who and _PLAYER_ASKED_ABOUT.match(normalize(q.text)) \
            and set(normalize(who).split()) <= set(_PLAYER_ASKED_ABOUT.match(normalize(q.text)).group("x").split()):
        # "who did <someone the cast list misses> play": the one typed is the player, never the part; the
        # sentence that gives them a part ("A was cast as B"), or the article doesn't say
        return await _character_from_text(q, who) or q.make(f"The article doesn't say who {who} played.", "abstain",
                                                           NONE, [])
    if who and _ANSWER_CAST_RX1.search(q.rest):
        got = await _actor_from_text(q, who, parts=False) or await _described_part(
            q, " ".join(w for w in q.rest.split() if w not in STOPWORDS and w not in _NON_NAME)) \
            or await _other_name_of_a_part(q, who, cast) or await _part_described(q, who)
        if got is None and _ANSWER_CAST_RX4.search(q.rest):
            # "who played <someone the cast never names>": a sentence about them answers nothing asked, unless
            # it writes every word of them and names a player ("... joined the cast as staff of a school")
            told = await fallback(q)
            words = [stem(w) for w in normalize(who).split()]
            said = normalize(told.sources[0]["sentence"]) if told.sources else ""
            last = re.escape(words[-1]) if words else ""
            # the sentence must give the part to someone ("plays the <part>", "as a <part>", "<part> (A)"),
            # not just hold its words ("A plays an aide to the <part>")
            tied = bool(last) and re.search(
                rf"\b(plays?|played|playing|portray\w*|as|voices?|voiced|cast as)\s+(?:the |a |an |his |her )?(?:\w+ ){{0,2}}?"
                rf"{last}\w*\b|\b{last}\w*\s+(?:played|portrayed|voiced) by\b", said) is not None \
                or (bool(last) and bool(told.sources)
                    and re.search(rf"\b{last}\w*\s*\(", told.sources[0]["sentence"], re.I) is not None)
            if not told.abstained and told.sources and tied and all(re.search(rf"\b{re.escape(w)}", said) for w in words) \
                    and holds("person", told.sources[0]["sentence"], q.text, _title_words(q), _people_words(q)):
                return told
            return q.make(f"The article doesn't say who played {who}.", "abstain", NONE, [])
        return got or await fallback(q)
    if cast and _asks_more_than_cast(q):
        # "what role did <someone the facts miss> end up with", "who starred in the radio version":
        # the cast list answers none of it; the sentence that holds the question's words may
        got = await fallback(q)
        if not got.abstained:
            return got
    if cast:
        lead = sorted(cast, key=lambda r: r["order"])[:6]
        parts = [f"{r['actor']} ({r['character']})" if r["character"] else r["actor"] for r in lead]
        # "who is the heroine": the billing, not who plays which lead; said as the billing, below confidence
        hero = _ANSWER_CAST_RX2.search(q.rest)
        return q.make(("The leads as billed: " if hero else "It stars ") + join_names(parts) + ".", "cast.list",
                      GUESS if hero else GOOD, [src(r) for r in lead])
    return await fallback(q)


_GIVEN_NAMES = given_names()


def _another_given_name(q: Q, hit: NameHit, name: str) -> str:
    """"thomas osk" typed where the film's only Osk is Bede Osk: the surname matched, the given name typed
    before it is another (a father, a brother), so the question is about someone else. Returns that
    person's name as typed ("Thomas Osk"), or ''."""
    words = normalize(q.text).split()
    parts = normalize(name).split()
    kin = _kin_of_the_family(words, hit, parts)
    if kin:
        return kin
    if hit.end - hit.start != 1 or hit.start == 0 or len(parts) < 2 or words[hit.start] not in parts[1:]:
        return ""
    before = words[hit.start - 1]
    if before not in _GIVEN_NAMES or before in parts or any(fuzz.ratio(before, p) >= 80 for p in parts):
        return ""
    return f"{before.title()} {words[hit.start].title()}"


_FAMILY = frozenset(load("question")["family_relations"])
_HONORIFICS = frozenset(normalize(w) for w in load("options")["honorifics"])


def _kin_of_the_family(words: list[str], hit: NameHit, parts: list[str]) -> str:
    """"dhina's father dr osk" where the film bills a Kip Osk only: a family tie typed right before the
    family's surname (alone, or after an honorific) asks about that relative, who shares the surname and
    is not the billed Osk. The relative's name as typed ("Dr Osk"), or ''."""
    typed = words[hit.start:hit.end]
    core = [w for w in typed if w not in _HONORIFICS]
    if len(parts) < 2 or not core or not all(w in parts[1:] for w in core) or parts[0] in typed:
        return ""
    at = hit.start - 1
    title = [words[at]] if at >= 0 and words[at] in _HONORIFICS else []
    at -= len(title)
    if at < 0 or words[at] not in _FAMILY:
        return ""
    return " ".join(w.title() for w in title + typed)


_LEFT = load("question")["left_the_film"]
_PART_CUT = re.compile("|".join(_LEFT["cut"]), re.IGNORECASE)
_LEFT_FILM = re.compile("|".join(_LEFT["left"]), re.IGNORECASE)
_CARRY_ON = re.compile(_LEFT["carry_on"], re.IGNORECASE)
#: Cut or left, for someone the final cast does not bill: compiled once here (built per question, it was
#: recompiled whenever the re module's cache had let it go).
#: "which actor had to pull out": who left the film, no one named (vocab/question.toml left_the_film asked).
_ASKS_WHO_LEFT = re.compile("|".join(_LEFT["asked"]))
_CUT_OR_LEFT = re.compile(f"{_PART_CUT.pattern}|{_LEFT_FILM.pattern}", re.IGNORECASE)


async def _left_the_film(q: Q, name: str, billed: bool) -> Answer | None:
    """"Was <name> in it" answered no, below confidence, with the article's words, when a sentence naming
    them (or the next one, about "the character", "his scenes") says their part was cut, or, for someone
    the final cast does not bill, that they left, cancelled or were passed over ("Ora Pell was signed
    but had to cancel because of scheduling conflicts"): being cast once is not being in the film."""
    surname = name.split()[-1]
    # The film's own sentences, read by its (film_id, idx) index: a full-text match on the surname would
    # search every film's sentences first (a common surname at 40,000 films costs milliseconds).
    # execute_fetchall, here and below: one trip to the database thread, not three (execute, fetch, close)
    every = await q.lib.conn.execute_fetchall("SELECT idx, section, text FROM sentences WHERE film_id = ? ORDER BY idx",
                                              (q.film.id,))
    raw, key = surname.lower(), normalize(surname)
    rows = [r for r in every if raw in r[2].lower() and key in normalize(r[2]).split()][:12]
    after = {(idx, section): text for idx, section, text in every}
    told = _PART_CUT if billed else _CUT_OR_LEFT
    for idx, section, text in rows:
        said = [text]
        if not told.search(text):
            nxt = after.get((idx + 1, section))
            if nxt is None or not _CARRY_ON.search(nxt) or not told.search(nxt):
                continue
            said.append(nxt)
        how = "the part was cut" if _PART_CUT.search(" ".join(said)) else "not in the final cast"
        quoted = " ".join(f"“{t}”" for t in said)
        return q.make(f"No, {how}: the article says {quoted}", "cast.yesno", GUESS,
                      [{"section": "", "sentence": t} for t in said])
    return None


_AGE = re.compile(r"\b(young|younger|teenage|teen|child|kid|little|baby|adult|older|old|elderly)\b")


async def _aged_part(q: Q, age: str, rows: list[dict]) -> Answer:
    """A character asked at another age than the one billed ("young Rosie" when the cast gives Rosie):
    the sentence pairing an actor with that age of them ("A as a young Rosie"), else the billed actor said
    as the other age's, both below confidence."""
    name = rows[0]["character"]
    first = re.escape(name.split()[0])
    pat = re.compile(rf"\b(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})\s+(?:as|playing|to play|plays|played)\s+"
                     rf"(?:a |an |the )?{re.escape(age[:4])}\w*\s+(?:version of\s+)?{first}\b", re.I)
    got = await best_sentences(q.lib.conn, q.film.id, f"{age} {name}", drop=_title_words(q), must=pat)
    for _s, row in got:
        m = pat.search(row["text"])
        if m:
            return q.make(f"{m.group('a')} played {age} {name}: “{row['text']}”", "cast.actor", GUESS,
                          [sentence_source(row)])
    told = await _aged_by_player(q, age, name, rows)
    if told is not None:
        return told
    billed = join_names([r["actor"] for r in rows])
    return q.make(f"The article names no actor for {age} {name}; {billed} played {name}.", "cast.actor", GUESS,
                  [src(r) for r in rows])


#: Words that tell a player was chosen ("the team selected A and B for the roles").
_CHOSEN = re.compile(r"\b(selected|cast|chose|chosen|signed|roped in|picked|hired|played|plays|playing|joined)\b", re.I)


async def _aged_by_player(q: Q, age: str, name: str, rows: list[dict]) -> Answer | None:
    """"the younger versions of <player>'s character ...; the team selected A and B for the roles": an
    article may tell the young part by its grown player's name (or the character's) and name its players
    in the next sentence. Both sentences, quoted below confidence: which of them is whose is the reader's."""
    players = {w for r in rows for w in normalize(r["actor"]).split() if len(w) > 2}
    own = {w for w in normalize(name).split() if len(w) > 2}
    aged = re.compile(rf"\b{re.escape(age[:4])}\w*\s+(?:versions?|selves|self|counterparts?|days)\b", re.I)
    # the query leaves the character's name out: the plot writes it everywhere, and the young parts' sentence
    # may not write it at all
    got = await best_sentences(q.lib.conn, q.film.id, f"{age} younger young versions version {' '.join(players)}",
                               drop=_title_words(q), must=aged, limit=40)
    for _s, row in got:
        words = set(normalize(row["text"]).split())
        if row.get("kind") == "plot" or not (players | own) & _with_possessives(list(words)):
            continue
        shown, sources = row["text"], [sentence_source(row)]
        if not (_CHOSEN.search(row["text"]) and _a_person_named(row["text"], " ".join(players | own))) \
                and row.get("idx") is not None:
            nxt = next(iter(await q.lib.conn.execute_fetchall("SELECT text FROM sentences WHERE film_id = ? AND idx = ?",
                                                              (q.film.id, row["idx"] + 1))), None)
            if nxt is None or not (_CHOSEN.search(nxt[0]) and _a_person_named(nxt[0], " ".join(players | own))):
                continue
            shown += " … " + nxt[0]
            sources.append({"section": row.get("path", ""), "sentence": nxt[0]})
        return q.make(f"The cast list gives no player for {age} {name}, but the article says: “{shown}”",
                      "cast.sentence", LOW, sources)
    return None


_CASTING_CUE = r"(?:role of|part of|cast as|to play|playing|play|played|plays|portray\w*|as)"


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_CASTING_SENTENCE_RX1 = re.compile(r"[\w'’]+")
_CASTING_SENTENCE_RX2 = re.compile(r"\b(cast|casting|role|part)\b", re.I)


async def _casting_sentence(q: Q, name: str) -> Answer | None:
    """A character the cast facts miss, whose casting a sentence tells next to the name ("approached for
    the role of Vell; ... A was cast"): quoted below confidence, since who took the part is read, not known."""
    words = [w for w in _CASTING_SENTENCE_RX1.findall(name) if len(w) > 2]
    if not words:
        return None
    forms = "|".join(re.escape(f) for f in dict.fromkeys([name, words[0]]))
    pat = re.compile(rf"\b{_CASTING_CUE}\s+(?:the\s+)?(?:{forms})\b|\b(?:{forms})['’]s?\s+(?:role|part)\b", re.I)
    got = await best_sentences(q.lib.conn, q.film.id, f"{name} role cast played", drop=_title_words(q), must=pat)
    for _score, row in got:
        if _CASTING_SENTENCE_RX2.search(row["text"]) and _a_person_named(row["text"], name):
            shown, sources = row["text"], [sentence_source(row)]
            if _NOT_TAKEN.search(row["text"]):
                # "A was considered for the role of Tam, but turned it down": who took it is told after ("After
                # failed attempts to cast Tam, B took on the role himself")
                nxt = row
                for _ in range(2):
                    nxt = await next_sentence(q.lib.conn, nxt)
                    if nxt is None:
                        break
                    if re.search(rf"\b(?:{forms})\b", nxt["text"], re.I) and _TAKEN.search(nxt["text"]):
                        shown += " … " + nxt["text"]
                        sources.append(sentence_source(nxt))
                        break
            return q.make(f"The cast list doesn't give {name}, but the article says: “{shown}”",
                          "casting.sentence", LOW, sources)
    return None


#: A casting sentence telling someone did not take the part, and one telling someone did.
_NOT_TAKEN = re.compile(r"\b(turned (it |the role |the part )?down|declin\w*|considered|approached|offered|auditioned|"
                        r"first choice|passed on|dropped out|replaced)\b", re.IGNORECASE)
_TAKEN = re.compile(r"\b(took on|took over|took the|was cast|were cast|voiced|played|plays|portrayed|landed|"
                    r"got the (role|part)|(role|part) went to|stepped in|ended up)\b", re.IGNORECASE)


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_A_PERSON_NAMED_RX1 = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")


def _a_person_named(text: str, besides: str) -> bool:
    """Does *text* name someone (two capitalised words in a row) other than *besides*?"""
    skip = set(normalize(besides).split())
    return any(not set(normalize(m.group()).split()) & skip
               for m in _A_PERSON_NAMED_RX1.finditer(text))


async def _first_plot_mention(q: Q, name: str) -> dict | None:
    """The first plot sentence naming *name* (whole, or its longest word), if the plot names them."""
    rows = await queries.sentences_in(q.lib.conn, q.film.id, ("plot",))
    words = sorted((w for w in _CASTING_SENTENCE_RX1.findall(name) if len(w) > 2), key=len, reverse=True)
    for pat in [re.escape(name)] + [re.escape(w) for w in words[:1]]:
        for r in rows:
            if re.search(rf"\b{pat}\b", r["text"]):
                return r
    return None


_RANKS = dict(load("question")["rank_words"])


def _cast_for_character(cast: list[dict], name: str) -> list[dict]:
    """Cast rows for a character named fully or partly (a surname-only "Doe" is "Jane Doe"; "Jane" is "Jane Doe")."""
    n = {_RANKS.get(w, w) for w in normalize(name).split()}
    exact = [r for r in cast if r["character"] and normalize(r["character"]) == normalize(name)]
    if exact or not n:
        return exact
    out = []
    for r in cast:
        c = {_RANKS.get(w, w) for w in normalize(r["character"]).split()} - {"the", "mr", "mrs", "dr"}
        if c and (c <= n or n <= c):
            out.append(r)
    return out if len({r["actor"] for r in out}) == 1 else []


#: The verbs of the "Actor as Name" frame of ``_sentence_actor``, as written between spaces: one of them is
#: in every sentence that frame matches.
_PAIRING_VERBS = tuple(f" {v} " for v in "as plays played voices voiced portrays portrayed".split())


@lru_cache(maxsize=1024)
def _named_rx(pattern: str) -> re.Pattern:
    """A frame built around one name, compiled once a process: the re module's own cache (512 entries,
    oldest dropped first) lets it go under the stream of other names, and a name comes back with the
    next question about its film (a frame is 0.2-0.5 ms to compile)."""
    return re.compile(pattern)


@lru_cache(maxsize=4096)
def _gate_rx(pattern: str) -> re.Pattern:
    """The gate of a frame (:func:`_framed`), compiled once a process like the frame itself."""
    return re.compile(pattern)


def _framed(gate: str, frame: str, text: str) -> re.Match | None:
    """``frame`` searched in *text* when its *gate* finds something there first. A gate is a part of the frame
    that every match of the frame holds (its literal words and the name, or a looser class where the frame has
    a strict one), without the character classes of a person's name: those are most of a frame's 0.4-0.8 ms to
    compile (a class holding a curly quote is compiled as a table of every character), and a frame is
    compiled anew for every name asked. A sentence the gate finds nothing in cannot match the frame, which is
    then neither compiled nor run: the same matches, at a twentieth of the compiling."""
    return _named_rx(frame).search(text) if _gate_rx(gate).search(text) else None


def _sentence_actor(q: Q, text: str, name: str, parts: bool) -> str | None:
    """The actor a sentence pairs with *name*: "Name (Actor)" or "Actor as Name". Single words of
    the name count only for names the article knows (*parts*), not for words a user typed."""
    raw = [name] + ([w for w in name.split() if len(w) > 2] if parts else [])
    folded = text.lower()
    # every frame below needs the name's form in the sentence: a form it lacks is not compiled for
    forms = [(w.lower(), f"(?i:{re.escape(w)})") for w in raw if w.lower() in folded]
    paired = any(v in text for v in _PAIRING_VERBS)
    for wl, f in forms:
        # The bracket follows the name itself ("Name (Actor)", "Name Surname (Actor)"), not a later one:
        # no bracket after the name's first place, no match (and no pattern compiled for it)
        m = _framed(rf"\b{f}[^()]*\([^()]{{2,40}}\)",
                    rf"\b{f}[\"”’']?(?:\s+[A-Z][\w.'\u2019-]+){{0,2}}\s*\(([^()]{{2,40}})\)", text) \
            if "(" in folded[folded.find(wl):] else None
        if m:
            inner = m.group(1).split(",")[0].strip()
            hit = _actor_named(q, inner)
            if hit:
                return hit
        m = _framed(rf" (?:as|plays|played|voices|voiced|portrays|portrayed) (?:the )?{f}\b",
                    rf"((?:[A-Z][\w.'\u2019-]+ ){{1,3}}[A-Z][\w.'\u2019-]+) (?:as|plays|played|voices|voiced|portrays|portrayed) "
                    rf"(?:the )?{f}\b", text) if paired else None
        if m:
            return _actor_named(q, m.group(1)) or m.group(1)
        # each frame below is compiled for the name asked, so only a sentence holding its cue words reads it
        low = folded
        m = (_voice_in(f, text) if _VOICE_WORD.search(text) else None) or (_framed(
            rf" (?:played|portrayed|playing|portraying) (?:the role of |the part of )?{f}\b",
            rf"{_PERSON}(?:, who| who)? (?:played|portrayed|playing|portraying) (?:the role of |the part of )?{f}\b", text)
            if "play" in low or "portray" in low else None)
        if m:
            return _actor_named(q, m.group("a")) or m.group("a")
        # a review's "the playing of A, whose <Name> ...", "A's <Name>": only a billed player counts
        m = _framed(rf", whose {f}\b", rf"{_PERSON}, whose {f}\b", text) if ", whose " in text else None
        if m and _looks_like_name(m.group("a")):
            return _actor_named(q, m.group("a")) or m.group("a")
        m = _framed(rf"['’]s {f}\b", rf"{_PERSON}['’]s {f}\b", text) if ("'s " in text or "’s " in text) else None
        if m and _actor_named(q, m.group("a")):
            return _actor_named(q, m.group("a"))
    return None


#: A person's name as a sentence writes it: two to four capitalised words ("Ora Pell", "Kip von Morrow").
_PERSON = r"(?P<a>[A-Z][\w.'\u2019-]+(?: (?:von|van|de|del|der|da|di|le|la) [A-Z][\w.'\u2019-]+| [A-Z][\w.'\u2019-]+){1,3})"


#: The words without which no voice frame below can match: a cheap test before compiling them for a name.
_VOICE_WORD = re.compile(r"\bvoic|\bdubbed\b|\bspoken by\b", re.I)


#: For each voice frame of ``_voice_frame``, in order, the words of which any match holds one as written:
#: a sentence without them cannot match the frame, which is then neither compiled for the name nor run.
_VOICE_FRAME_NEEDS = (("voiced by ", "dubbed by ", "spoken by "), (" the voice ",),
                      (" voiced ", " voices ", " voicing ", " dubbed "))


@lru_cache(maxsize=512)
def _voice_frame(i: int, f: str) -> re.Pattern:
    """Voice frame *i* for the name form *f*: "<Name> (voiced by A)", "A provided the voice of <Name>",
    "A, who voiced <Name>" / "with A voicing <Name>". Compiled once a process (each is ~0.5 ms to compile,
    and a character's name comes back with the next question about it)."""
    if i == 0:
        return re.compile(rf"\b{f}\b[^.()]{{0,40}}?\(?(?:voiced|dubbed|spoken) by {_PERSON}")
    if i == 1:
        return re.compile(rf"{_PERSON}(?:, who| who)? (?:provided|provides|did|does|gave|gives|supplied|supplies) the voice "
                          rf"(?:work )?(?:of|for) (?:the )?{f}\b")
    return re.compile(rf"{_PERSON}(?:, who| who)? (?:voiced|voices|voicing|dubbed) (?:the )?{f}\b")


@lru_cache(maxsize=512)
def _voice_gate(i: int, f: str) -> re.Pattern:
    """The gate of voice frame *i* (see :func:`_framed`): its words and the name, without the person's name
    classes; a sentence it finds nothing in cannot match the frame."""
    if i == 0:
        return re.compile(rf"\b{f}\b[^.()]{{0,40}}?\(?(?:voiced|dubbed|spoken) by [A-Z]")
    if i == 1:
        return re.compile(rf" (?:provided|provides|did|does|gave|gives|supplied|supplies) the voice (?:work )?(?:of|for) (?:the )?{f}\b")
    return re.compile(rf" (?:voiced|voices|voicing|dubbed) (?:the )?{f}\b")


def _voice_in(f: str, text: str) -> re.Match | None:
    """The first voice frame (in order) that matches *text* for the name form *f*."""
    for i, needs in enumerate(_VOICE_FRAME_NEEDS):
        if any(w in text for w in needs) and _voice_gate(i, f).search(text) and (m := _voice_frame(i, f).search(text)):
            return m
    return None


_VERSIONS = load("question")["versions"]
_VERSION_ASKED = re.compile(r"\b(?:in|on|for|of|from) (?:the|its|a|an|that) (?P<words>(?:[a-z0-9]+ ){0,3}?)(?P<head>"
                            + "|".join(sorted((re.escape(h) for h in _VERSIONS["heads"]), key=len, reverse=True))
                            + r")\b")
_OWN_VERSION = frozenset(_VERSIONS["own"])
_GENERIC_VERSION = frozenset(_VERSIONS["generic"])
_OTHER_VERSION = re.compile(_VERSIONS["other_version_heading"], re.IGNORECASE)
_VERSION_IN_SENTENCE = re.compile(r"((?:[\w'’-]+ ){1,3})(?:version|versions|dub|dubs|release|edition|remake)\b", re.I)


def version_asked(q: Q) -> tuple[str, list[str]] | None:
    """The other version a question names ("the 2004 version" -> ("2004 version", ["2004"])) with the words
    that tell it from others; None when it names none or names the film's own (its original, its year)."""
    m = _VERSION_ASKED.search(q.rest)
    if not m:
        return None
    words = m.group("words").split()
    if any(w in _OWN_VERSION for w in words) or (q.film.year and str(q.film.year) in words):
        return None
    specific = [w for w in words + m.group("head").split() if w not in _GENERIC_VERSION and w not in STOPWORDS] \
        or m.group("head").split()
    return " ".join(words + [m.group("head")]), specific


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_VERSION_CAST_RX1 = re.compile(r"\b([A-Z][\w'’-]+|\d{4})\b")


async def _version_cast(q: Q, name: str, version: tuple[str, list[str]]) -> Answer:
    """Who played *name* in another version of the film (a dub, a re-release, a radio play): a sentence
    naming the character that says so, or whose section is about that version and which names no other
    version, quoted below confidence; the film's own cast list never answers it."""
    label, specific = version
    words = [w for w in _CASTING_SENTENCE_RX1.findall(name) if len(w) > 2]
    if not words:
        return q.make(f"The article doesn't say who played {name} in the {label}.", "abstain", NONE, [])
    pat = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
    rows = await q.lib.conn.execute_fetchall(
            "SELECT s.text, sec.path FROM sentences s JOIN sections sec ON sec.film_id = s.film_id "
            "AND sec.idx = s.section WHERE s.film_id = ? ORDER BY s.idx", (q.film.id,))

    def holds(text: str, w: str) -> bool:
        return re.search(rf"\b{re.escape(w)}", text, re.I) is not None

    best, best_score = None, 0
    for text, path in rows:
        if not pat.search(text) or not _a_person_named(text, name):
            continue
        others = [m.group(1) for m in _VERSION_IN_SENTENCE.finditer(text)]
        if any(_VERSION_CAST_RX1.search(o) and not any(holds(o, w) for w in specific)
               for o in others):
            continue  # "the <studio> version" when another studio's was asked
        # the version named in the sentence, or in the heading of its section ("Radio"): a paragraph that
        # merely mentions it elsewhere may be about another version altogether
        score = sum(2 * holds(text, w) or holds(path, w) for w in specific)
        if score > best_score:
            best, best_score = (text, path), score
    if best is None:
        return q.make(f"The article doesn't say who played {name} in the {label}.", "abstain", NONE, [])
    return q.make(f"About the {label}, the article says: “{best[0]}”", "cast.version", GUESS,
                  [{"section": best[1], "sentence": best[0]}])


async def _voice_from_text(q: Q, name: str) -> Answer | None:
    """Who voices *name* when the cast list bills its on-screen player only ("B as <Name> (voiced by A)")."""
    forms = [name] + [w for w in name.split() if len(w) > 3][:1]
    # the film's own sentences that speak of a voice, by its (film_id, idx) index: a full-text search for
    # "voiced" would read that word's postings across every film of a large library
    said = [{"text": t, "path": p} for t, p in await q.lib.conn.execute_fetchall(
            "SELECT s.text, sec.path FROM sentences s JOIN sections sec ON sec.film_id = s.film_id AND sec.idx = s.section "
            "WHERE s.film_id = ? AND (s.text LIKE '%voic%' OR s.text LIKE '%dubbed%' OR s.text LIKE '%spoken by%') "
            "ORDER BY s.idx",
            (q.film.id,))]
    said = [r for r in said if _VOICE_WORD.search(r["text"])]
    for f in forms:
        for row in said:
            m = _voice_in(f"(?i:{re.escape(f)})", row["text"])
            if m:
                who = _actor_named(q, m.group("a")) or m.group("a")
                return q.make(f"{who} voiced {name}.", "cast.actor", FAIR, [sentence_source(row)])
    return None


def _actor_named(q: Q, text: str) -> str | None:
    """The billed actor *text* names, by their surname at least ("Lune Varga" for "Varga", never another
    "Lune" of the cast for "Lune Brandt")."""
    words = normalize(text).split()
    for h in q.data.names.find(words):
        for role, n in h.owners:
            if role == "actor" and (not words or normalize(n).split()[-1:] == words[-1:] or len(words) == 1):
                return n
    return None


async def _actor_from_text(q: Q, name: str, parts: bool = True) -> Answer | None:
    got = await best_sentences(q.lib.conn, q.film.id, name, limit=30,
                               must=re.compile(r"\(|\b(as|plays|played|playing|voices|voiced|voicing|portrays|portrayed|"
                                               r"whose|voice of)\b"))
    for _s, row in got:
        if _OTHER_VERSION.search(row.get("path", "")):
            continue  # a radio play's or a dub's cast is not the film's
        actor = _sentence_actor(q, row["text"], name, parts)
        if actor:
            return q.make(f"{actor} played {name}.", "cast.actor", 0.6, [sentence_source(row)])
    return None


def _number_forms(word: str) -> list[str]:
    """*word* as one and as many ("thief", "thieves"; "sibling", "siblings"; "party", "parties"): a part
    asked of one of a group the article casts together, or of the group it names one by one."""
    out = [word]
    if word.endswith("ves") and len(word) > 4:
        out += [word[:-3] + "f", word[:-3] + "fe"]
    elif word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    elif word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    else:
        out.append(word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else
                   word[:-1] + "ves" if word.endswith("f") else word[:-2] + "ves" if word.endswith("fe") else
                   word + "es" if word.endswith(("s", "x", "ch", "sh")) else word + "s")
    return out


async def _part_described(q: Q, name: str) -> Answer | None:
    """"who played the princess": a sentence giving the part by what it is ("It stars A as a reporter and B
    as a royal princess", "The wolf is played by C"), quoted below confidence."""
    word = normalize(name).split()[-1] if normalize(name) else ""
    if len(word) < 3:
        return None
    player = r"(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,3}"
    # one part or a group's ("who plays the thief": "A and B as a pair of thieves", "A and B play siblings")
    part = alternation(_number_forms(word))
    pat = re.compile(rf"\b{player}\s+(?:as|plays?|played|playing|portrays?|portrayed)\s+(?:(?:a|an|the|his|her|their|two)\s+)?"
                     rf"(?:[\w-]+\s+){{0,2}}?{part}\b|\b{part}\w*\s+(?:is|was|are|were)\s+(?:played|portrayed|voiced)\s+by\s+"
                     rf"{player}", re.IGNORECASE)
    got = await best_sentences(q.lib.conn, q.film.id, f"{' '.join(_number_forms(word))} played as stars", limit=20, must=pat)
    for _s, row in got:
        if row.get("kind") != "plot":
            return q.make(f"The article says: “{row['text']}”", "cast.sentence", LOW, [sentence_source(row)])
    return None


#: The lower-case words just before a name ("presidential candidate Kip Morrow"): what the story calls them.
_DESCRIBED_BEFORE = re.compile(r"\b([a-z][\w-]{3,})\s+$")
#: ... or just after it (", a presidential candidate").
_DESCRIBED_AFTER = re.compile(r"^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]{3,})\b")
#: A part given by what it is, its player in brackets ("a presidential candidate (Morrow)").
_DESCRIPTOR_PLAYER = re.compile(r"\b([a-z][\w-]{3,})\s+\(((?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,2})\)")


async def _player_by_descriptor(q: Q, name: str) -> Answer | None:
    """"who played <a part the cast never bills>": the plot calls the part by what it is ("presidential
    candidate Kip Morrow") and the lead pairs that with its player ("... plots to kill a presidential
    candidate (Pell)"): that player, with both sentences, below confidence."""
    words = normalize(name).split()
    if not words:
        return None
    rows = await queries.sentences_in(q.lib.conn, q.film.id, ("plot",))
    heads: list[str] = []
    for r in rows:
        at = r["text"].find(name) if name in r["text"] else r["text"].find(name.split()[-1])
        if at < 0:
            continue
        used = name if name in r["text"] else name.split()[-1]
        for m in (_DESCRIBED_BEFORE.search(r["text"][:at]), _DESCRIBED_AFTER.match(r["text"][at + len(used):])):
            if m and m.group(1).lower() not in STOPWORDS and m.group(1) not in heads:
                heads.append(m.group(1))
        if heads:
            break
    if not heads:
        return None
    people = _people_words(q)
    for head in heads:
        got = await queries.search_sentences(q.lib.conn, q.film.id, head, 20)
        for row in got:
            for m in _DESCRIPTOR_PLAYER.finditer(row["text"]):
                player = m.group(2)
                if m.group(1) == head and set(normalize(player).split()) & people \
                        and not set(normalize(player).split()) & set(words):
                    full = next((r["actor"] for r in q.data.of("cast") if set(normalize(player).split())
                                 <= set(normalize(r["actor"]).split())), player)
                    return q.make(f"{full}, it seems: the article calls {name} a {head}, and says: “{row['text']}”",
                                  "cast.sentence", GUESS, [sentence_source(row)])
    return None


#: How a sentence gives a billed part another name ("Dick (A), who becomes his sidekick X", "Kip, alias X").
_BECOMES = r"(?:becomes|became|become|turns into|alias|a\.k\.a\.|aka|alter ego|known as|takes the name|as)"


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_OTHER_NAME_OF_A_PART_RX1 = re.compile(r"[\w'’-]+")


async def _other_name_of_a_part(q: Q, name: str, cast: list[dict]) -> Answer | None:
    """"who played <a name the cast never bills>": a sentence may tell that a billed part takes that name
    ("a young acrobat named Kip Morrow (Pell), who becomes his sidekick Osk"); the billed player, said with
    the sentence, below confidence. One search for every billed part at once (it was one query and one
    pattern compiled per billed part: a 30-part cast cost 12 ms a question at 40,000 films)."""
    words = [w for w in _OTHER_NAME_OF_A_PART_RX1.findall(name) if len(w) > 2]
    if not words or not cast:
        return None
    asked = r"\s+".join(re.escape(w) for w in words)
    lowered = {w.lower() for w in words}
    by_first: dict[str, dict] = {}
    for r in cast:
        if not r["character"]:
            continue
        first = _OTHER_NAME_OF_A_PART_RX1.findall(r["character"].split("/")[0])[-1] if r["character"] else ""
        if first and first.lower() not in lowered:
            by_first.setdefault(first.lower(), r)
    if not by_first:
        return None
    firsts = "|".join(re.escape(f) for f in sorted(by_first, key=len, reverse=True))
    pat = re.compile(rf"\b(?P<first>{firsts})\b[^.;]{{0,80}}?\b{_BECOMES}\s+(?:\w+\s+){{0,3}}?(?-i:{asked})\b",
                     re.IGNORECASE)
    got = await best_sentences(q.lib.conn, q.film.id, f"{name} becomes became alias known", limit=30, must=pat)
    for _s, row in got:
        r = by_first[pat.search(row["text"]).group("first").lower()]
        return q.make(f"{r['actor']} played {r['character']}, who the article says becomes {name}: “{row['text']}”",
                      "cast.actor", GUESS, [src(r), sentence_source(row)])
    return None


_SHORT_WORDS = {"yr": "year", "yrs": "years", "y o": "year old", "yo": "year old"}
#: "Name (Actor) is a ...", "Actor as Name, a ...": a player paired with the part a sentence describes.
_PAIRED = re.compile(r"(?P<c>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}) \((?P<a>[A-Z][^()]{2,40})\)"
                     r"|(?P<a2>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) as (?P<c2>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})")


async def _described_part(q: Q, who: str) -> Answer | None:
    """"who plays the 90 yr old dad": a part asked by what it is, not by name. The sentence pairing a
    billed player with a part ("Ora Pell (Ivo Brandt) is a 90-year-old ...") that writes every number of
    the description and another of its words answers, below confidence."""
    words = [_SHORT_WORDS.get(w, w) for w in normalize(who).split()]
    nums = [w for w in words if w.isdigit()]
    others = [w for w in words if not w.isdigit() and len(w) > 2]
    if not nums or not others:
        return None  # a description without its number is too loose to pick one part by
    rels = {w: _RELATION_WORDS.get(w, w) for w in others}
    got = await best_sentences(q.lib.conn, q.film.id, " ".join(nums + list(rels.values())), limit=20,
                               must=re.compile(r"\b(?:" + "|".join(map(re.escape, nums)) + r")\b"))
    billed = {r["actor"] for r in q.data.of("cast")}
    for _s, row in got:
        text = normalize(row["text"])
        if not any(re.search(rf"\b{re.escape(w[:4])}", text) for w in rels.values()):
            continue
        for m in _PAIRED.finditer(row["text"]):
            actor, part = (m.group("a"), m.group("c")) if m.group("a") else (m.group("a2"), m.group("c2"))
            actor = _actor_named(q, actor) or actor
            if actor in billed:
                return q.make(f"{actor} played {part}: “{row['text']}”", "cast.actor", GUESS, [sentence_source(row)])
    return None


#: A sentence telling someone was not in the cast ("although he did not act in the film").
_NOT_IN_IT = re.compile(r"\b(did not|didn['’]t|does not|never) (act|appear|star|feature)\b|\bnot (in|part of) the (cast|film)\b",
                        re.IGNORECASE)


def _credited(q: Q, who: str) -> list[dict]:
    """The crew credits of the person *who* names (every word of it in the credited name, its last word the
    name's last: "ora pell" for "K. Ora Pell")."""
    words = normalize(who).split()
    out = []
    for r in q.data.of("crew"):
        name = normalize(r["name"]).split()
        if words and name and words[-1] == name[-1] and set(words) <= set(name):
            out.append(r)
    return out


async def _named_otherwise(q: Q, who: str) -> Answer | None:
    """"was A in it" for someone the cast never names but another sentence does, in another capacity ("a
    poem recited by actor A, although he did not act in the film"): no, and what the article says of A,
    quoted below confidence (a player the cast list misses may still be told so)."""
    words = normalize(who).split()
    if not words or not all(len(w) > 2 for w in words):
        return None
    named = re.compile(r"\b" + r"\s+".join(rf"(?-i:{re.escape(w[0].upper())}){re.escape(w[1:])}" for w in words) + r"\b",
                       re.IGNORECASE)
    got = await best_sentences(q.lib.conn, q.film.id, who, drop=_title_words(q), must=named, limit=10)
    got = [g for g in got if g[1].get("kind") != "plot" and not _PLOT_PATH.search(g[1].get("path") or "")]
    if not got:
        return None
    got.sort(key=lambda g: not _NOT_IN_IT.search(g[1]["text"]))
    row = got[0][1]
    lead = "No: " if _told_near(_NOT_IN_IT, row["text"], named.search(row["text"]).group()) else ""
    return q.make(f"{lead}The cast list doesn't name {who}, but the article says: “{row['text']}”", "cast.sentence", LOW,
                  [sentence_source(row)])


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_NAMED_IN_CAST_TEXT_RX1 = re.compile(r"\b(star|stars|starring|starred|cast|voice|voices|voiced|play|plays|played|as)\b", re.I)


async def _named_in_cast_text(q: Q, who: str) -> Answer | None:
    """A person the cast facts miss but the lead or cast section names (as a whole phrase)."""
    phrase = " ".join(normalize(who).split())
    if len(phrase.split()) < 2:
        return None
    sql = ("SELECT s.text, sec.path FROM sentences_fts CROSS JOIN sentences s ON s.id = sentences_fts.rowid "
           "JOIN sections sec ON sec.film_id = s.film_id AND sec.idx = s.section "
           f"WHERE sentences_fts MATCH ? AND {FILM_ROWIDS} AND sec.kind IN ('lead', 'cast') ORDER BY s.idx LIMIT 3")
    rows = await q.lib.conn.execute_fetchall(sql, ('"' + phrase.replace('"', "") + '"', q.film.id, q.film.id, q.film.id))
    if _credited(q, who):
        return None  # "written and directed by A, starring B": A is in the lead as a credit, not in the cast
    for text, path in rows:
        if _NAMED_IN_CAST_TEXT_RX1.search(text):
            return q.make(f"Yes, the article names {who} in the cast: “{text}”", "cast.yesno", 0.6,
                          [{"section": path, "sentence": text}])
    return None


async def _character_from_text(q: Q, actor: str) -> Answer | None:
    """The character a sentence pairs with *actor*: "Character (Surname)" or "Actor as Character"."""
    surname = actor.split()[-1]
    got = await best_sentences(q.lib.conn, q.film.id, actor, limit=30, must=re.compile(re.escape(surname)))
    for _s, row in got:
        t = row["text"]
        m = re.search(rf"((?:[A-Z][\w.'\u2019\"-]+ ){{0,3}}[A-Z][\w.'\u2019\"-]+) \((?:{re.escape(actor)}|{re.escape(surname)})\)", t) \
            or re.search(rf"(?:{re.escape(actor)}|{re.escape(surname)}) (?:as|plays|played|voices|voiced|portrays) (?:the )?((?:[A-Z][\w.'\u2019\"-]+ ){{0,3}}[A-Z][\w.'\u2019\"-]+)", t) \
            or re.search(rf"(?:{re.escape(actor)}|{re.escape(surname)}) (?:was|is|had been) (?:cast|signed|hired|chosen) (?:as|to play) "
                         rf"(?:the )?((?:[A-Z][\w.'\u2019\"-]+ ){{0,3}}[A-Z][\w.\"-]+(?:(?:['\u2019]s?) [a-z]+ [A-Z][\w.\"-]+)?)", t)
        if m:
            char = m.group(1).strip('"')
            if char.endswith(("'", "\u2019", "'s", "\u2019s")):
                continue  # "cast as Tam's ..." with no name after the tie: the part is not named

            return q.make(f"{actor} played {char}.", "cast.character", 0.55, [sentence_source(row)])
    return None


#: A credit's sentence telling that one player has several parts ("plays the dual role of A and B").
_SEVERAL_PARTS = re.compile(r"\b(dual|double|triple|twin|two|three|both) (roles?|parts?|characters?)\b", re.IGNORECASE)


def _actor_roles(q: Q, actors: list[tuple[NameHit, str]], yesno: bool) -> Answer:
    name = actors[0][1]
    rows = [r for r in q.data.of("cast") if r["actor"] == name]
    if not rows:  # a person only named in casting history
        ev = [r for r in q.data.of("casting") if name in (r["person"], r["other"])]
        left = [r for r in ev if r["person"] == name and r["event"] in ("replaced", "recast", "dropped_out", "declined")]
        if left:
            if yesno:
                how = "turned it down" if left[-1]["event"] == "declined" else "left the role"
                return q.make(f"No: {name} was part of the casting history but {how}.", "cast.yesno", FAIR,
                              [src(r) for r in left])
            return q.make(f"{name} was part of the casting history but left the role.", "cast.character", FAIR,
                          [src(r) for r in left])
        cast_ev = [r for r in ev if r["person"] == name and r["event"] == "cast"]
        if cast_ev and yesno:
            # cast, and nothing says they left: yes, as the casting history states it
            as_ = f" as {cast_ev[-1]['character']}" if cast_ev[-1]["character"] else ""
            return q.make(f"Yes: the article says {name} was cast{as_}.", "cast.yesno", FAIR, [src(r) for r in cast_ev])
        if cast_ev and cast_ev[-1]["character"]:
            # "who did A play": the part the casting history gives A, and nothing says A left it
            return q.make(f"The article says {name} was cast as {cast_ev[-1]['character']}.", "cast.character", FAIR,
                          [src(r) for r in cast_ev])
        return q.make(f"The article doesn't list {name} in the final cast.", "abstain", NONE, [src(r) for r in ev])
    chars = [r["character"] for r in rows if r["character"]]
    verb = "voices" if any(r["voice"] for r in rows) else "plays"
    if yesno:
        text = f"Yes, {name} {verb} {join_names(chars)}." if chars else f"Yes, {name} is in the cast."
        return q.make(text, "cast.yesno", HIGH, [src(r) for r in rows])
    if chars:
        text = f"{name} {verb} {join_names(chars)}."
        several = next((s for r in rows if _SEVERAL_PARTS.search(s := (r.get("source") or {}).get("sentence") or "")), "")
        if several and len(chars) == 1:
            # "A plays the dual role of B and C": the credit holds one part; the sentence tells both
            text += f" The article says: “{several}”"
        return q.make(text, "cast.character", HIGH, [src(r) for r in rows])
    # in the cast, but no character named: what was asked the article doesn't say
    return q.make(f"{name} is in the cast, but the article doesn't say which character.", "abstain", NONE,
                  [src(r) for r in rows])


_NON_NAME = frozenset(load("ask_words")["film"]["non_name"])


_CAST_WORD = re.compile(I.CAST + r"|\b(film|films|movie|movies|picture)\b")


async def _part_of_a_yesno(q: Q, actor: tuple[NameHit, str], chars: list[tuple[NameHit, str]]) -> Answer | None:
    """"did A play B", "is the narrator voiced by A", "was the villain played by A": the yes or no asks about
    A *and* a part, so being in the cast (or billed as another part) is no yes. Yes when A's own billed part
    is the one asked (None: the plain answer says so); no, said as the cast list gives it, when another is
    billed for that part; else the sentence nearest the question, never confidently. None too when the
    question names no part (then it asks only whether A is in it)."""
    hit, name = actor
    rows = [r for r in q.data.of("cast") if r["actor"] == name]
    if not rows:
        return None  # only the casting history names A: whether A stayed in it is the question
    own = [r["character"] for r in rows if r["character"]]
    own_words = {w for c in own for w in normalize(c).split()}
    # a part named by its name, outside A's own name ("did A play B")
    named = [n for h, n in chars if h.end <= hit.start or h.start >= hit.end]
    if named:
        if any(set(normalize(n).split()) <= set(normalize(c).split()) for n in named for c in own):
            return None  # a surname shared with A's own part ("Nell Osk", "Tam Osk") is no match
        billed = _cast_for_character(q.data.of("cast"), named[0])
        mine = f"; {name} plays {join_names(own)}" if own else ""
        if billed:
            return q.make(f"No: {join_names(_sharing_players(billed))} played {billed[0]['character']}{mine}.",
                          "cast.yesno", FAIR, [src(r) for r in billed + rows])
        return q.make(f"The cast list doesn't say {name} played {named[0]}{mine}.", "cast.yesno", GUESS,
                      [src(r) for r in rows])
    typed = I.yesno_part(q.rest)
    drop = STOPWORDS | _title_words(q) | set(normalize(name).split()) | _NON_NAME
    # "was A in the cast", "is A in the film": the cast and the film are no part
    part = [w for w in typed.split() if w not in drop and len(w) > 2 and not _CAST_WORD.fullmatch(w)]
    if not part:
        return None
    if any(any(o.startswith(stem(w)) for o in own_words) for w in part):
        return None  # "was the doctor played by A", A billed as "Doctor Vell"
    billed = [r for r in q.data.of("cast") if r["character"] and r["actor"] != name
              and all(any(c.startswith(stem(w)) for c in normalize(r["character"]).split()) for w in part)]
    mine = f"; {name} plays {join_names(own)}" if own else ""
    if billed:
        return q.make(f"No: {join_names(_sharing_players(billed))} played {billed[0]['character']}{mine}.",
                      "cast.yesno", FAIR, [src(r) for r in billed + rows])
    got = await fallback(q)
    if not got.abstained:
        got.confidence = min(got.confidence, GUESS)
        return got
    return q.make(f"The cast list doesn't say {name} played the {' '.join(part)}{mine}.", "cast.yesno", GUESS,
                  [src(r) for r in rows])


def _asks_more_than_cast(q: Q) -> bool:
    """Does the question carry words beyond "who stars in it" (a name, a version, a detail)?"""
    rest = [w for w in q.rest.split() if w not in STOPWORDS and w not in _NON_NAME and w not in _CAST_FILLER
            and not w.isdigit()]
    return bool(rest)


_CAST_FILLER = frozenset(load("ask_words")["film"]["cast_filler"])


_PART_FIRST = re.compile(r"^(?:who|which actor|which actress) (?:played|plays|portrayed|portrays|voiced|voices|"
                         r"was playing|is playing) (?P<n>[a-z][\w'’.-]*(?: [a-z][\w'’.-]*)?)\s*(?:,|\bthe\b|\bwho\b|\bin\b)")


def _apposition(q: Q, named: list[tuple[NameHit, str]], yesno: bool) -> tuple[list[tuple[NameHit, str]], str]:
    """Read the comma of "who played Tam, the guy Ora Pell threatens": the part asked is the one typed before
    the comma, and what follows only says which Tam (a billed name there is how the member describes the one
    asked, never the one asked). Returns (names, head): when a recognised name is typed before the comma,
    those names and no head; when every name is typed after it and the question opens "who played <part>,",
    *named* and that head part ("Tam"; never for a yes/no question, nor when the head is itself one of the
    names); otherwise *named* as it was and ''."""
    comma = q.text.find(",")
    if comma < 0 or not named:
        return named, ""
    cut = len(normalize(q.text[:comma]).split())
    before = [x for x in named if x[0].start < cut] or [
        x for r in ("character", "plot", "casting") for x in q.roles(r) if x[0].start < cut]
    if before:
        return before, ""
    typed = " ".join(q.text.lower().split())
    m = _PART_FIRST.match(typed)
    head = _part_typed_first(q)
    # a name set off by a comma ("stan, the guy ..."), never "the girlfriend who ..." (a part by what it is)
    if (yesno or not m or not head or not typed[m.end("n"):].lstrip().startswith(",")
            or m.group("n").split()[0] in STOPWORDS):
        return named, ""
    head_words = set(normalize(head).split())
    if any(head_words & set(normalize(n).split()) for _h, n in named):
        return named, ""
    return named, head


def _part_typed_first(q: Q) -> str:
    """"who played zita, the stripper killed by the bomb": the part's name is the one or two words right after
    the verb, before a comma or a description ('' when the question is not written so)."""
    m = _PART_FIRST.match(" ".join(q.text.lower().split()))
    words = [w for w in (m.group("n").split() if m else []) if w not in STOPWORDS and w not in _NON_NAME]
    return " ".join(words).title()


def _unknown_name(q: Q) -> str:
    """The words left once function and cast words are gone: a name the article may not have."""
    rest = [w for w in q.rest.split() if w not in STOPWORDS and w not in _NON_NAME and not w.isdigit()]
    return " ".join(rest).title() if 1 <= len(rest) <= 4 else ""


#: Words after which a question names whom a part went to in the end ("before B got it", "instead of B").
_BEFORE_WHOM = frozenset(load("ask_words")["film"]["before_whom"])
_CASTING_WORDS = frozenset(load("ask_words")["film"]["casting_words"])


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ANSWER_CASTING_RX1 = re.compile(r"who\b")
_ANSWER_CASTING_RX2 = re.compile(r"\b(originally|original|supposed|first choice|before|initially|meant|intended)\b")
_ANSWER_CASTING_RX3 = re.compile(r"\b(originally|original|first choice|considered|supposed|before|"
                                                 r"wanted|turned down|declined|offered|approached|meant|initially)\b")


#: Someone's full name: two capitalised words ("Ora Pell, who was signed as the lead, ...").
_FULL_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*")
#: The casting words a sentence telling the others considered for a part uses ("suggested several alternatives").
_OTHERS_CONSIDERED = " ".join(load("ask_words")["film"]["others_considered"])


def _OTHER_FULL_NAME(text: str, b_words: frozenset[str]) -> bool:
    """Does *text* write a full name none of whose words is B's ("Ora Pell" beside B)?"""
    return any(not (set(normalize(m.group(0)).split()) & b_words) for m in _FULL_NAME.finditer(text))


async def _the_one_before(q: Q, named: set[str]) -> Answer | None:
    """"who was signed as the lead before B": the casting facts name only B; the sentence the question's
    other words find that names someone else and not B ("A, who was signed as the lead, opted out"), below
    confidence; None when none does."""
    if not named:
        return None
    words = " ".join(w for w in normalize(q.text).split() if w not in named)
    # a sentence telling a casting choice ("A's first choice was C") before any the words find
    told = await best_sentences(q.lib.conn, q.film.id, words, drop=_title_words(q), limit=20, must=_CASTING_TOLD)
    # ... one naming the film's crew the question does not ("C wanted to direct") after one naming others
    crew = {normalize(r["name"]).split()[-1] for r in q.data.of("crew") if r["name"]} - set(normalize(q.text).split())
    told.sort(key=lambda g: bool(crew & set(normalize(g[1]["text"]).split())))
    got = await best_sentences(q.lib.conn, q.film.id, words, drop=_title_words(q), limit=20)
    for _s, row in [*told[:5], *got[:5]]:
        toks = set(normalize(row["text"]).split())
        # (a casting sentence need share little else: "A's first choice was C" for "who did A want before B")
        if row.get("said", 0) >= (0.1 if _CASTING_TOLD.search(row["text"]) else 0.5) and not toks & named and (
                holds("person", row["text"], q.text, _title_words(q), _people_words(q)) or _FULL_NAME.search(row["text"])):
            return q.make(f"The facts don't say; the article says: “{row['text']}”", "cast.history", LOW,
                          [sentence_source(row)])
    return None


async def answer_casting(q: Q) -> Answer:
    ev = q.data.of("casting")
    chars = {n for _h, n in q.roles("character")}
    people = {n for _h, n in q.roles("actor")} | {n for _h, n in q.roles("casting")}
    rows = [r for r in ev if (chars and r["character"] in chars) or (people and (r["person"] in people or r["other"] in people))]
    rows = [r for r in rows if r["event"] in ("replaced", "recast", "considered", "declined", "dropped_out", "cast")]
    asked = set(normalize(q.text).split())
    parts = chars | {n for _h, n in q.roles("plot")}
    if parts and _ANSWER_CASTING_RX1.match(q.rest) and not any(r["character"] in parts for r in ev):
        # no casting fact names the part: a sentence may give it as "the role" the sentence before names
        told = await _the_role_told_before(q, sorted(parts)[0])
        if told is not None:
            return told
    if rows and _ANSWER_CASTING_RX1.match(q.rest):
        # "who did A want before B": an answer naming only B (or A) tells nothing asked
        def answer_person(r: dict) -> str:
            return r["other"] if r["event"] in ("replaced", "recast") and r["other"] else r["person"]
        told = [r for r in rows if not (set(normalize(answer_person(r)).split()) & asked)]
        if not told and not _ANSWER_CASTING_RX3.search(rows[0]["source"]["sentence"]):
            # ... and the sentence of the fact tells no earlier choice ("A wanted C, so B was cast instead")
            before = await _the_one_before(q, {w for r in rows for w in normalize(answer_person(r)).split()} & asked)
            if before is not None:
                return before
        if not told:
            row = rows[0]
            return q.make(f"The facts don't say; the article says: “{row['source']['sentence']}”", "cast.history",
                          LOW, [src(row)])
        rows = told
    cast_only = None
    if rows:
        best = next((r for r in rows if r["event"] in ("replaced", "recast")), rows[0])
        if best["event"] == "cast" and _ANSWER_CASTING_RX3.search(q.rest):
            # asked who came before; the facts only say who was cast: a sentence telling the earlier choice,
            # else the cast one, never a confident name
            cast_only, rows = best, []
    if rows:
        if best["event"] in ("replaced", "recast") and best["other"]:
            role = f" as {best['character']}" if best["character"] else ""
            text = f"{best['person']} was originally cast{role} and was replaced by {best['other']}."
        else:
            text = f"{best['person']}: {best['event'].replace('_', ' ')}" + (f" ({best['character']})" if best["character"] else "") + "."
        return q.make(text, "cast.history", GOOD, [src(r) for r in rows])
    # no casting fact: the sentence that tells the casting in casting words ("approached for the role
    # of X, but he declined"), before any sentence that merely names X
    # "who was cast as A before B got it": B is who got the part in the end; the sentence telling who came
    # first need not name B, and one that does ("B's husband was offered it first") is beside the point
    toks = normalize(q.text).split()
    before = next((i for i, t in enumerate(toks) if t in _BEFORE_WHOM), None)
    later = frozenset(w for h, n in q.roles("actor") + q.roles("casting") if before is not None and h.start > before
                      for w in normalize(n).split())
    # (B's words as typed when no name of the question was read as B: the film found by B's name, "who did A
    # want as <part> instead of <B>", B only said which film)
    # ... only a name that ends the question ("instead of <B>"), never a clause ("before <director> cast them")
    typed_b = [t for t in toks[before + 1:] if t not in STOPWORDS] if before is not None else []
    b_words = later or (frozenset(typed_b) if 1 <= len(typed_b) <= 2 and _ANSWER_CASTING_RX1.match(q.rest)
                        and not set(typed_b) & (_CASTING_WORDS | _BEFORE_WHOM) else frozenset())
    # ... nor the rest of that clause ("before B *got it*")
    later |= frozenset(toks[before + 1:]) - _CASTING_WORDS if later else frozenset()
    names = [w for _h, n in q.roles("character") + q.roles("plot") + q.roles("actor") + q.roles("casting")
             for w in normalize(n).split() if len(w) > 2 and w not in later]
    if later and not any(w not in later for h in q.names for _r, n in h.owners for w in normalize(n).split()):
        later = frozenset()  # B is all it names ("who was cast before B"): the sentence telling the swap names B
        names = [w for _h, n in q.roles("actor") + q.roles("casting") for w in normalize(n).split() if len(w) > 2]
    # "who did A want instead of B": the sentence telling the others considered uses casting words the question
    # does not ("suggested several alternatives"), so they join the search
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} role cast" + (f" {_OTHERS_CONSIDERED}" if b_words else ""),
                               drop=_title_words(q) | later | b_words, must=_CASTING_TOLD)
    if b_words:
        # ... and one naming B comes after one naming only others, as good ("B was the first choice, though the
        # studio urged others" tells no one else)
        got.sort(key=lambda g: (-(g[0] >= CASTING_PART_SCORE), bool(b_words & set(normalize(g[1]["text"]).split()))
                                and not _OTHER_FULL_NAME(g[1]["text"], b_words), -g[0]))
    parts = {w for _h, n in q.roles("character") for w in normalize(n).split() if len(w) > 2 and w not in later}

    def enough(score: float, r: dict) -> bool:
        """A casting sentence scoring well, or one that also writes the part asked ("A was originally chosen
        to play Tam": the few words it shares with the question are the ones that matter)."""
        return score >= 40 or (score >= CASTING_PART_SCORE and bool(parts & set(normalize(r["text"]).split())))

    if later and not any(enough(s, r) and (not names or set(names) & set(normalize(r["text"]).split())) for s, r in got):
        # ... though the sentence telling the earlier choice may name B too ("B was the first choice, though
        # the studio urged others"): the search as typed
        names = [w for _h, n in q.roles("character") + q.roles("plot") + q.roles("actor") + q.roles("casting")
                 for w in normalize(n).split() if len(w) > 2]
        got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} role cast", drop=_title_words(q),
                                   must=_CASTING_TOLD)
    # "who did A consider for Tam before B": a casting sentence saying "this role", told with the question's
    # own verb ("A had initially considered C and D for this role"), names the part asked as well as one
    # writing its name (the part's name was only in the stripped cast list) ...
    # ("cast", "role" are any casting's words, no verb of the question's own)
    asked_verbs = [w for w in toks if len(w) >= _VERB_STEM and w not in STOPWORDS and w not in _CASTING_WORDS
                   and w not in _BEFORE_WHOM] if later or b_words else []
    got = [g for g in got if not names or any(re.search(rf"\b{re.escape(w)}\b", normalize(g[1]["text"])) for w in names)
           or (parts and asked_verbs and _UNNAMED_PART.search(g[1]["text"]) and _told_as_asked(g[1]["text"], asked_verbs))]
    if asked_verbs:
        # ... and comes before another offer of "the role" (which may be another part's)
        got.sort(key=lambda g: not (enough(*g) and _told_as_asked(g[1]["text"], asked_verbs)))
    if got and enough(*got[0]):
        row = got[0][1]
        more = await _casting_goes_on(q, row)
        shown = f"{row['text']} … {more}" if more else row["text"]
        sources = [sentence_source(row)] + ([{"section": row.get("path", ""), "sentence": more}] if more else [])
        return q.make(f"The article says: “{shown}”", "cast.history", LOW, sources)
    if cast_only is not None:
        return q.make(f"The facts don't say; the article says: “{cast_only['source']['sentence']}”", "cast.history",
                      LOW, [src(cast_only)])
    if names and _ANSWER_CASTING_RX2.search(q.rest):
        # "who was originally supposed to play X": the article may tell the swap without naming X ("B joined
        # in the role meant for A"); one such sentence, quoted below confidence, is all it says
        swapped = await best_sentences(q.lib.conn, q.film.id, f"{q.text} role replaced meant", drop=_title_words(q),
                                       must=_SWAP_TOLD)
        if len(swapped) == 1 or (swapped and swapped[0][0] - swapped[1][0] > TIE):
            row = swapped[0][1]
            return q.make(f"The article doesn't name the role there, but says: “{row['text']}”", "cast.history",
                          LOW, [sentence_source(row)])
    return await fallback(q, min_conf=LOW)


_THE_ROLE = re.compile(r"\bthe (role|part)\b(?! of\b)", re.IGNORECASE)
#: A part the casting sentence does not name ("for this role", "offered the part to A").
_UNNAMED_PART = re.compile(r"\b(the|this|that) (role|part)\b(?! of\b)", re.IGNORECASE)
#: The fewest letters of a question's word read as the stem of a casting verb ("consider" of "considered").
_VERB_STEM = 4


def _told_as_asked(text: str, asked: list[str]) -> bool:
    """Does *text* tell its casting with a verb the question typed ("considered" for "who did A consider")?"""
    return any(w.startswith(a) for m in _CASTING_TOLD.finditer(text) for w in normalize(m.group(0)).split()
               for a in asked)


#: A casting told with "cast" in any tense ("had been cast in the role"), beside the words of _CASTING_TOLD.
_CAST_ANY = re.compile(r"\b(been|being|were|was|is|are|got|get) cast\b|\bcast (in|for)\b", re.IGNORECASE)
#: How many sentences back "the role" may point to the part's name.
ROLE_REACH = 3


async def _the_role_told_before(q: Q, part: str) -> Answer | None:
    """"who was cast as Tam before B": "Tam was cut from the first script. A had been cast in the role ...":
    the casting sentence says "the role", and the nearest sentence before it (same paragraph, a few back)
    that names a part names Tam. The first such sentence that names someone the question does not,
    quoted with the one naming the part, below confidence; None when none does."""
    rows = await q.lib.conn.execute_fetchall("SELECT idx, para, text FROM sentences WHERE film_id = ? ORDER BY idx",
                                            (q.film.id,))
    want = {w for w in normalize(part).split() if len(w) > 2}
    others = {w for r in q.data.of("cast") if r["character"] for w in normalize(r["character"]).split()
              if len(w) > 2 and w not in STOPWORDS} - want
    asked = " ".join(n for h in q.names for _r, n in h.owners)
    for i, (_idx, para, text) in enumerate(rows):
        if not _THE_ROLE.search(text) or not (_CASTING_TOLD.search(text) or _CAST_ANY.search(text)) \
                or not _a_person_named(text, asked):
            continue
        for j in range(i - 1, max(-1, i - 1 - ROLE_REACH), -1):
            if rows[j][1] != para:
                break
            words = set(normalize(rows[j][2]).split())
            if any(re.search(rf"(?<![A-Z][\w'’-] )\b{re.escape(w)}\b(?!\s+(?-i:[A-Z]))", rows[j][2], re.IGNORECASE)
                   for w in want & words):  # the part's name, not a person's ("Tam Osk" for Tam)
                return q.make(f"The article says: “{rows[j][2]} {text}”", "cast.history", LOW,
                              [{"section": "", "sentence": rows[j][2]}, {"section": "", "sentence": text}])
            if others & words:
                break  # the role before is another part's
    return None


#: The score a casting sentence that writes the part asked needs to be quoted (any other needs 40).
CASTING_PART_SCORE = 30.0


async def _casting_goes_on(q: Q, row: dict) -> str:
    """The sentence after *row* when it goes on with the casting and names someone the question does not
    ("A was the first choice, though the studio urged others. The studio suggested B, C or D."): the names
    asked for are often there; '' otherwise."""
    if row.get("idx") is None:
        return ""
    got = await q.lib.conn.execute_fetchall("SELECT text, para FROM sentences WHERE film_id = ? AND idx IN (?, ?) ORDER BY idx",
                                            (q.film.id, row["idx"], row["idx"] + 1))
    if len(got) < 2 or got[0][1] != got[1][1]:
        return ""  # no next sentence, or one of another paragraph
    nxt = got[1][0]
    asked = " ".join(n for h in q.names for _r, n in h.owners)
    return nxt if _CASTING_TOLD.search(nxt) and _a_person_named(nxt, asked) else ""


_CASTING_TOLD = re.compile(r"\b(turned down|declin\w*|offered|approached|considered|replac\w*|originally|first choice|"
                           r"negotiations?|meant for|pass(ed)? on|dropped out|recast|auditioned|was cast|joined the (film|cast)|"
                           r"suggested|alternatives?|wanted|preferred|(had )?chosen|screen ?tested|in the running|in talks)\b",
                           re.IGNORECASE)


#: A part changing hands, told without the character's name ("joined in the role meant for A").
_SWAP_TOLD = re.compile(r"\b(role|part) (meant|intended|originally (meant|intended|written)) for\b|\b(replac\w+|in place of|"
                        r"instead of|stepped in for|took over (the role|the part) from)\b", re.IGNORECASE)


# --- crew ---------------------------------------------------------------------------------------------
#: A music question about the score's other hands: its conductor, orchestra, players, recording.
_MUSIC_WORK = re.compile(r"\b(conduct\w*|orchestras?|performed|performs|played|plays|recorded|recording|records|sang|sung|"
                         r"sings?|singer|vocals?)\b")
#: ... unless it asks who composed it too.
_COMPOSED = re.compile(r"\b(compos\w*|wrote|written|write|writer|scored)\b")
#: How a sentence tells those hands.
_MUSIC_WORK_TOLD = (r"\b(conduct\w*|orchestra\w*|performed|played by|recorded|recording|sung|sang|sing\w*|vocal\w*|"
                    r"ensemble|choir|band)\b")
#: A writer question about the story ("who wrote the story", "whose story was it"), not a source work's.
_STORY_ASKED = re.compile(r"\b(story|stories|storyline)\b(?! (it s|its|it is|was|is) based on)")


#: "who did the song <X> on the soundtrack", "who sang the song called <X>": the song's name, as typed.
_SONG_NAMED = re.compile(r"\bsong (?:called |titled |named )?(?P<s>[a-z0-9]+(?: [a-z0-9]+){0,3}?)"
                         r"(?= (?:thats|that|which|on|in|from|of|by|for|at)\b|$)")
_NOT_A_SONG = frozenset(load("ask_words")["film"]["not_a_song"])


async def answer_crew(q: Q, role: str) -> Answer:
    rows = [r for r in q.data.of("crew") if r["role"] == role]
    if role == "writer" and not rows:
        rows = [r for r in q.data.of("crew") if r["role"] == "story"]
    if role == "writer" and not rows:
        got = _source_author(q)
        if got is not None:
            return got
    verb, _label = ROLE_WORDS.get(role, (role, role))
    song = _SONG_NAMED.search(q.rest) if role in ("composer", "writer") else None
    if song and song.group("s") not in _NOT_A_SONG:
        # "who did the song <X> on the soundtrack": that song's hands, told by the sentence naming it in quotes
        # ("A contributed the song "X""), never the score's composer; below confidence
        words = song.group("s").split()
        named = await not_stated(q, f"who did the song “{song.group('s')}”",
                                 r"(?i)[\"“‘']" + r"\W+".join(map(re.escape, words)) + r"[\"”’',.!?]", terms="song")
        if not named.abstained:
            return named
    instrument = I.played_instrument(q.rest) if role == "composer" else ""
    if instrument:
        # "who played harmonica on the theme": the sentence naming that instrument and someone, below confidence
        return await not_stated(q, f"who played the {instrument}", rf"\b{re.escape(instrument)}",
                                terms=instrument, person=True)
    if role == "composer" and _MUSIC_WORK.search(q.rest) and not _COMPOSED.search(q.rest):
        # "who conducted the score", "which orchestra played it", "where was the music recorded": the score's
        # other hands, which the composer's credit never tells; the sentence that does, below confidence
        return await not_stated(q, "that about the music", _MUSIC_WORK_TOLD,
                                terms="conducted conductor orchestra recorded performed")
    story = [r for r in q.data.of("crew") if r["role"] == "story"]
    if role == "writer" and story and _STORY_ASKED.search(q.rest) and not _SCREEN_WRITER.search(q.rest) \
            and not (set(normalize(" ".join(r["name"] for r in story)).split()) & set(q.rest.split())):
        # "who wrote the story": the story's credit, which the screenplay's writers need not hold ("a screenplay
        # by A from a story by B": B); the screenplay's said beside it
        others = [r for r in rows if r["role"] == "writer" and r["name"] not in {x["name"] for x in story}]
        tail = f" (the screenplay: {join_names([r['name'] for r in others])})" if others else ""
        return q.make(f"The story is by {join_names([r['name'] for r in story])}{tail}.", "crew.writer", GOOD,
                      [src(r) for r in story + others])
    if role == "writer" and _SOURCE_WORK.search(q.rest) and not _SCREEN_WRITER.search(q.rest):
        # "who wrote the novel it is based on": the source's author, never the screenwriters
        return await _author_of_source(q)
    if role == "distributor" and not rows:
        # "released on May 2 by Example Pictures": the release facts name the distributor too
        # a person of the film's own credits is no distributor ("includes commentary by <its director>")
        people = {normalize(r["name"]) for r in q.data.of("crew")} | {normalize(r["actor"]) for r in q.data.of("cast")}
        rel = [r for r in q.data.of("release") if r["distributor"] and normalize(r["distributor"]) not in people]
        if rel:
            names = join_names(list(dict.fromkeys(r["distributor"] for r in rel)))
            return q.make(f"It was released by {names}.", "crew.distributor", GOOD, [src(r) for r in rel[:2]])
    territory = I.territory(q.text) if role in ("distributor", "production_company") else None
    if territory and territory in I.home_territories([r["value"] for r in q.data.of("identity") if r["key"] == "country"]):
        territory = None  # the film's own country: its distributor, wherever the sentence places it
    if rows and territory:
        # "who distributed it in the uk": a distributor the article places elsewhere (or nowhere, for a film
        # of another country) answers nothing asked
        there = [r for r in rows if I.territory_named_in((r.get("source") or {}).get("sentence", ""), territory)]
        if not there:
            the = "the " if territory.startswith("United") else ""
            return q.make(f"The article doesn't say who {verb} it in {the}{territory}; it names "
                          f"{join_names([r['name'] for r in rows])}.", "abstain", NONE, [src(r) for r in rows])
        rows = there or rows
    part = _part_asked(q, role) if len(rows) > 1 else None
    if part is not None:
        # "who directed the <place> segment": the credit whose sentence names that part, or nobody
        there = [r for r in rows if all(re.search(rf"\b{re.escape(w)}", normalize((r.get("source") or {}).get("sentence", "")))
                                        for w in part)]
        if len(there) == len(rows):
            there = []  # one sentence credits them all ("directed by A, B and C, ... in Ruritania"): no part's own
        if not there:
            return q.make(f"The article doesn't say who {verb} that part; it names {join_names([r['name'] for r in rows])} "
                          f"for the whole film.", "abstain", NONE, [src(r) for r in rows[:2]])
        rows = there
    phase = _crew_phase(q.rest)
    if phase is not None:
        return await _phase_credit(q, role, rows, phase)
    aside = [r for r in rows if any(_told_near(ph[2], (r.get("source") or {}).get("sentence", ""), r["name"])
                                    for ph in _ASIDE_PHASES)]
    if aside and len(aside) < len(rows):
        # "who shot it": the cinematographer of the re-shoots, an executive producer, is named apart
        rows = [r for r in rows if r not in aside]
        also = f" (the article also names {join_names([r['name'] for r in aside])} for a part of the work: " \
               f"“{aside[0]['source']['sentence']}”)"
    else:
        also = ""
    people = [n for _h, n in q.roles("actor") + q.roles("crew") + q.roles("casting")]
    if rows and people and I.is_yesno(q.rest):
        # "did A direct it": yes or no, with who did
        names = join_names([r["name"] for r in rows])
        said = any(set(normalize(p).split()) & set(normalize(r["name"]).split()) for p in people for r in rows)
        return q.make(f"{'Yes' if said else 'No'}; it was {verb} by {names}.", f"crew.{role}",
                      HIGH if said else GOOD, [src(r) for r in rows])
    partner = I.partner_role(q.rest)
    if rows and partner and partner != role:
        # "who co-wrote it with the director": the credit's other holders, the partner named beside them
        theirs = {r["name"] for r in q.data.of("crew") if r["role"] == partner}
        others = [r for r in rows if r["name"] not in theirs]
        if others and len(others) < len(rows):
            with_ = join_names([r["name"] for r in rows if r["name"] in theirs])
            return q.make(f"It was {verb} by {join_names([r['name'] for r in others])} with {with_} (the {partner}).",
                          f"crew.{role}", HIGH, [src(r) for r in rows])
    if rows:
        names = join_names(_with_shared_surnames(rows))
        if role == "production_company":
            return q.make(f"It was produced by {names}.", f"crew.{role}", HIGH, [src(r) for r in rows])
        if role == "writer":
            both = _writer_and_source(q, rows, names)
            if both is not None:
                return both
        return q.make(f"It was {verb} by {names}.{also}", f"crew.{role}", HIGH, [src(r) for r in rows])
    probes = {
        # a critic's "A of the Example Times wrote, ..." / "wrote that" credits no writer
        "director": r"\bdirect", "writer": r"\b(wrote|written)\b(?!\s*[,:\"“]|\s+that\b)|\b(screenplay|script)",
        "producer": r"\bproduc",
        "cinematographer": r"\b(cinematograph|director of photography)", "editor": r"\bedit",
        # a person credited: "music by", "score was composed", not "a score of 69" or "music plays"
        # ("... the musical score and aggrieved by the cuts": a "by" before no name credits nobody)
        "composer": r"\bcompos\w*|\bscored\b|\b(music|score|songs?|soundtrack)\b[^.]{0,40}\b(by\s+(?-i:[A-Z])|composed|written)|"
                    r"\b(worked on|wrote|did|provided|created) the (\w+ )?(music|score|songs|soundtrack)\b", "distributor": r"\bdistribut|^(?!.*\b(score|soundtrack|album|records|dvd|blu-ray|vhs|home video|video)\b)"
                       r".*\breleas\w*\b[^.]{0,80}\bby\s+(?-i:[A-Z0-9])",
        "production_company": r"^(?=.*\b(produc\w*|banner|studio)\b)(?=.*\b(pictures|films|productions|entertainment|"
                              r"international|media|creations|studios|company|cinemas?|movies|arts|talkies|works|"
                              r"banner)\b)",
    }
    terms = {
        "director": "directed director", "writer": "wrote written screenplay", "producer": "produced producer",
        "cinematographer": "cinematography cinematographer photography", "editor": "edited editor editing",
        "composer": "music score composed composer", "distributor": "distributed distributor released",
        "production_company": "produce produced production banner studio company pictures films productions cinemas",
    }
    asked = {"written": "wrote", "shot": "shot", "produced": "produced"}.get(verb, verb)
    got = await not_stated(q, f"who {asked} it", probes.get(role), terms=terms.get(role, ""),
                           person=role not in NON_PERSON_ROLES)
    if territory and not got.abstained and not any(I.territory_named_in(x.get("sentence", ""), territory)
                                                   for x in got.sources):
        return q.make(f"The article doesn't say who {asked} it in {territory}.", "abstain", NONE, [])
    return got


_CREW_PHASES = [(ph["name"], re.compile(ph["asks"]), re.compile(ph["told"], re.IGNORECASE), bool(ph.get("own_word")),
                 ph.get("terms", ph["name"]), ph.get("who", f"who did the {ph['name']}"))
                for ph in load("question")["crew_phases"]]
_Phase = tuple[str, re.Pattern, re.Pattern, bool, str, str]
_ASIDE_PHASES = [ph for ph, raw in zip(_CREW_PHASES, load("question")["crew_phases"], strict=True) if raw.get("aside")]


def _crew_phase(rest: str) -> _Phase | None:
    """The phase of the work a credit question asks about ("the re-edit", "the reshoots", who was to do
    it before someone else did), from vocab/question.toml [crew_phases]; None for the film as credited."""
    return next((ph for ph in _CREW_PHASES if ph[1].search(rest)), None)


def _told_near(told: re.Pattern, sentence: str, name: str, reach: int = 60) -> bool:
    """Does *sentence* tell the phase or kind of credit (*told*) next to *name* ("Executive producers A
    and B", "A re-edited the film"), not merely somewhere in a sentence that credits others for it?"""
    spots = [m.start() for m in re.finditer(re.escape(name), sentence)] or \
        [m.start() for m in re.finditer(re.escape(name.split()[-1]), sentence)]
    return any(abs(m.start() - at) <= reach for m in told.finditer(sentence) for at in spots)


_BEFORE_WHO = re.compile(r"\b(?:before|instead of|replacing|replaced by|in place of)\s+((?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*)"
                         r"(?=\s+(?:took over|takes over|came on|came aboard|was hired|signed|joined|stepped in|got|did)\b|\s*$)")


def _taken_over_by(q: Q) -> set[str]:
    """The words of the person a question names as the later one ("before vaughn took over": {"vaughn"}), among
    the names the question holds; empty when it names none so."""
    m = _BEFORE_WHO.search(q.rest)
    if not m:
        return set()
    typed = set(m.group(1).split())
    named = {w for h in q.names for _r, n in h.owners for w in normalize(n).split()}
    return {w for w in typed if w in named and w not in STOPWORDS}


async def _phase_credit(q: Q, role: str, rows: list[dict], phase: _Phase) -> Answer:
    """"who did the re-edit", "who directed the reshoots": the film's credit answers only when its own
    sentence tells that phase (the restorer of a re-release, the director of its reshoots is seldom the
    one credited); else the sentence that tells it, below confidence, or the article doesn't say."""
    name, _asks, told, own_word, terms, who = phase
    verb, _label = ROLE_WORDS.get(role, (role, role))
    there = [r for r in rows if _told_near(told, (r.get("source") or {}).get("sentence", ""), r["name"])]
    if there:
        return q.make(f"It was {verb} by {join_names(_with_shared_surnames(there))}, as the article tells the {name}.",
                      f"crew.{role}", FAIR, [src(r) for r in there])
    stem_rx = probe_of_role(role)
    must = re.compile(rf"^(?=.*\b(?:{stem_rx}))(?=.*{told.pattern})" if own_word else told.pattern, re.IGNORECASE)
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} {terms}", drop=_title_words(q), must=must)
    got = [g for g in got if g[1].get("kind") != "plot" and holds("name", g[1]["text"], q.text, _title_words(q))]
    # one naming someone off the cast list first: the players are seldom who did the crew's job
    players = frozenset(w for r in q.data.of("cast") for w in normalize(r["actor"]).split())
    got.sort(key=lambda g: not holds("person", g[1]["text"], q.text, _title_words(q) | players,
                                     _people_words(q) - players))
    later = _taken_over_by(q)
    if later:
        # "who was to direct before B took over": a sentence naming B tells B's coming, seldom who was first
        got.sort(key=lambda g: bool(later & set(normalize(g[1]["text"]).split())))
    credited = f"; the credits name {join_names(_with_shared_surnames(rows))} for the film" if rows else ""
    if got:
        row = got[0][1]
        return q.make(f"About the {name}, the article says: “{row['text']}”{credited}.", "crew.sentence", LOW,
                      [sentence_source(row)])
    if own_word and rows:
        # who was to do the job before: no sentence tells a plan, and one of the credited may be the one
        # who was (a co-director announced first); said as the credits, below confidence
        return q.make(f"The article tells no earlier plan; the credits name {join_names(_with_shared_surnames(rows))}.",
                      f"crew.{role}", LOW, [src(r) for r in rows])
    return q.make(f"The article doesn't say {who}{credited}.", "abstain", NONE,
                  [src(r) for r in rows[:2]])


_ROLE_STEMS = {"director": "direct", "writer": "wr[io]t|screenplay|script", "producer": "produc",
               "cinematographer": "cinematograph|photograph|shot", "editor": "edit", "composer": "compos|music|score"}


def probe_of_role(role: str) -> str:
    """Word starts a sentence crediting *role* uses."""
    return _ROLE_STEMS.get(role, re.escape(role[:6]))


def _part_asked(q: Q, role: str) -> list[str] | None:
    """The words naming one part of the film a credit question asks about ("the norway segment" →
    ["norway"]), or None when it asks about the whole film."""
    if not I.cue("part", q.rest):
        return None
    verb, label = ROLE_WORDS.get(role, (role, role))
    skip = set(normalize(f"{verb} {label} {role}").split()) | set(_title_words(q)) | {
        "who", "whom", "which", "what", "did", "does", "do", "was", "is", "the", "of", "for", "in", "a", "an"}
    words = [w for w in q.rest.split() if w not in STOPWORDS and w not in skip and not I.cue("part", w)
             and not re.match(probe_of_role(role), w)]
    return words or None


#: Credits that name a company, not a person.
NON_PERSON_ROLES = frozenset({"distributor", "production_company"})


def _with_shared_surnames(rows: list[dict]) -> list[str]:
    """The credited names, a first name alone completed by the surname it shares in its sentence:
    "written by Ora and Una Pell" credits "Ora", who is Ora Pell (read aloud, "Ora" alone is nobody)."""
    out = []
    for r in rows:
        name = r["name"]
        if " " not in name.strip():
            sentence = (r.get("source") or {}).get("sentence", "")
            m = re.search(rf"\b{re.escape(name)} (?:and|&) ([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)*)", sentence)
            other = m.group(1).rstrip(".") if m else ""
            if len(other.split()) >= 2 and any(o["name"] == other for o in rows):
                name = f"{name} {other.split()[-1]}"
        out.append(name)
    return out


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_LOOKS_LIKE_NAME_RX1 = re.compile(r"-[a-z]")


def _looks_like_name(name: str) -> bool:
    """A person's name rather than a phrase the extractor caught: capitalised words, no hyphenated adjective."""
    words = name.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in ("de", "van", "von", "du", "la", "le", "da", "del")
                                        for w in words) and not _LOOKS_LIKE_NAME_RX1.search(name)


#: Words that say which writer is asked for: the screenplay's, not the source work's.
_SCREEN_WRITER = re.compile(r"\b(screenplay|screenplays|script|scripts|scripted|screenwriter|screenwriters|"
                            r"teleplay|dialogue|dialogues|adapted)\b")


#: What the film adapts is a written work (whose author is a writer too), not an earlier film.
_WRITTEN_WORK = re.compile(r"\b(novels?|novellas?|books?|(the|a|stage|hit|broadway|his|her|their) play|stories|story|memoirs?|comics?|"
                           r"manga|diar(y|ies)|poems?|autobiograph\w*|biograph\w*|articles?|musical)\b", re.I)


def _writer_and_source(q: Q, rows: list[dict], names: str) -> Answer | None:
    """"who wrote <an adaptation>": the screenwriters and the source's author are both its writers,
    and the question does not say which one is meant. Both are named; the answer is not confident
    about one of them (a host may have either in mind). None when the film adapts nobody's work,
    the author wrote the screenplay too, or the question asks for the screenplay."""
    if _SCREEN_WRITER.search(q.rest) or any(r["role"] != "writer" for r in rows):
        return None
    crew = q.data.of("crew")
    directors = {r["name"] for r in crew if r["role"] == "director"}
    writers = {normalize(r["name"]) for r in rows}
    authors = [r for r in crew if r["role"] == "based_on_author" and _looks_like_name(r["name"])
               and r["name"] not in directors and normalize(r["name"]) not in writers]
    works = [r for r in q.data.of("identity") if r["key"] == "based_on"
             and _WRITTEN_WORK.search((r.get("source") or {}).get("sentence", ""))]
    if not authors and not works:
        return None  # an original screenplay, or a remake of a film: one kind of writer
    by = join_names([a["name"] for a in authors])
    work = (f"{works[0]['value']}, by {by}" if by else works[0]["value"]) if works else f"a work by {by}"
    return q.make(f"The screenplay was written by {names}; the film is based on {work}.", "crew.writer", GUESS,
                  [src(r) for r in rows + authors + works])


_SOURCE_WORK = re.compile(load("question")["source_work"])
_AUTHORED = re.compile(r"(?P<a>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})['’]s? (?:\d{4} |\w+ ){0,2}(?:novel|novella|book|"
                       r"play|short story|story|memoir|comic|manga)\b|\b(?:novel|novella|book|play|short story|story|"
                       r"memoir|comic|manga)s?\b[^.]{0,40}?\b(?:by|author) (?P<b>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})|"
                       r"(?P<c>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) (?:novel|novella|book|short story|memoir)\b")


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_AUTHOR_OF_SOURCE_RX1 = re.compile(r"(The|A|An|This|That|His|Her|Its)\b")


async def _author_of_source(q: Q) -> Answer:
    """Who wrote the work the film is based on: the author the facts hold; else the sentence that names
    one by the work ("A's 1959 novel", "a novel by A"), below confidence; else the article doesn't say."""
    crew = q.data.of("crew")
    directors = {r["name"] for r in crew if r["role"] == "director"}
    authors = [r for r in crew if r["role"] == "based_on_author" and _looks_like_name(r["name"]) and r["name"] not in directors]
    works = [r for r in q.data.of("identity") if r["key"] == "based_on"]
    if authors:
        work = works[0]["value"] if works else "the work the film is based on"
        return q.make(f"{join_names([a['name'] for a in authors])} wrote {work}.", "crew.based_on_author", GOOD,
                      [src(r) for r in authors + works])
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} novel book author", drop=_title_words(q), must=_AUTHORED)
    for _s, row in got:
        m = _AUTHORED.search(row["text"])
        who = (m.group("a") or m.group("b") or m.group("c") or "") if m else ""
        if who and _looks_like_name(who) and not _AUTHOR_OF_SOURCE_RX1.match(who) \
                and not set(normalize(who).split()) <= _title_words(q):
            return q.make(f"{who}, as the article says: “{row['text']}”", "crew.based_on_author", GUESS,
                          [sentence_source(row)])
    return q.make("The article doesn't name the author of the work it is based on.", "abstain", NONE,
                  [src(r) for r in works])


def _source_author(q: Q) -> Answer | None:
    """No screenplay or story credit: the author of the work it is based on, said as such."""
    crew = q.data.of("crew")
    directors = {r["name"] for r in crew if r["role"] == "director"}  # a director caught as "author" is a misreading
    authors = [r for r in crew if r["role"] == "based_on_author" and _looks_like_name(r["name"]) and r["name"] not in directors]
    works = [r for r in q.data.of("identity") if r["key"] == "based_on"]
    if authors:
        work = f"{works[0]['value']}, which the film is based on" if works else "the work the film is based on"
        # the film had a screenwriter the facts do not name: the author answers "who wrote it" only if
        # that is whom the member means, so never confidently
        return q.make(f"{join_names([a['name'] for a in authors])} wrote {work} (the facts name no screenwriter).",
                      "crew.based_on_author", GUESS, [src(r) for r in authors + works])
    if works:
        return q.make(f"The facts name no screenwriter; it is based on {works[0]['value']}.", "identity.based_on", LOW,
                      [src(r) for r in works])
    return None


# --- awards -------------------------------------------------------------------------------------------
_BEST = re.compile(r"\bbest((?: (?!at\b|in\b|for\b|award\b|awards\b|oscar\b|oscars\b|from\b|of\b)[a-z0-9]+){1,5})")


def _award_target(q: Q) -> tuple[str | None, list[str]]:
    """(ceremony hint, content words naming the category or prize) of an award question."""
    ws = q.rest.split()
    ceremony = next((CEREMONY_ALIASES[w] for w in ws if w in CEREMONY_ALIASES), None)
    m = _BEST.search(q.rest)
    best = m.group(1).split() if m else []
    named = {w for h in q.names for w in h.form.split()}
    named |= {w + "s" for w in named}  # "miyazaki's" is typed "miyazakis" once normalised
    # "batman 89", "<title> 1989": the film's year typed after its title names no category
    year = {str(q.film.year), str(q.film.year)[-2:]} if q.film.year else set()
    others = [w for w in (q.rest[: m.start()] + " " + q.rest[m.end():] if m else q.rest).split()
              if w not in named and w not in _AWARD_NOISE and w not in STOPWORDS and w not in CEREMONY_ALIASES
              and w not in year]
    return ceremony, (["best", *best] if best else []) + others


_CATEGORY_MODIFIERS = frozenset(load("question")["category_modifiers"])


def _row_matches(row: dict, content: list[str]) -> bool:
    text = normalize(f"{row['category']} {row['ceremony']} {row['recipient']}")
    toks = text.split()
    need = [w for w in content if w != "best"]
    if not need:
        return False
    if not all(any(fuzz.ratio(w, t) >= 85 for t in toks) for w in need):
        return False
    category = set(normalize(row["category"]).split())
    if category & set(need) and any(m in category and m not in content for m in _CATEGORY_MODIFIERS):
        return False  # "did it win best actor": its Best Supporting Actor is another category
    if content and content[0] == "best":
        # "best picture" is not "Best Scoring of a Musical Picture": the asked category's first word
        # must open the row's (within its first two words: "Best Actor in a Supporting Role")
        cat = [w for w in normalize(row["category"]).split() if w not in STOPWORDS and w != "best"][:2]
        return not cat or any(fuzz.ratio(need[0], t) >= 85 for t in cat)
    return True


#: A question whose only award word is a verb of winning ...
_ONLY_A_WIN_VERB = re.compile(r"\b(win|wins|won|winning|winner)\b")
#: ... and none of the words that make it about a prize.
_AWARD_NOUN = re.compile(r"\b(awards?|prizes?|oscars?|academy|globes?|bafta|baftas|emmys?|grammys?|palme|honou?rs?|"
                         r"accolades?|nominat\w*|best|trophy|trophies|medal|festival|ceremony|category|categories)\b")


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ANSWER_AWARD_RX1 = re.compile(r"\bhow many\b")
_ANSWER_AWARD_RX2 = re.compile(r"(who|which)\b")
_ANSWER_AWARD_RX3 = re.compile(r"\bnominat|\bnoms?\b|\bnods?\b")
_ANSWER_AWARD_RX4 = re.compile(r"(which|what)\b")


#: A sentence telling an entry for a prize ("selected for competing in the category of ...") and one telling
#: how it went ("won", "nominated", "lost to").
_ENTRY_TOLD = re.compile(r"\b(selected|competing|competed|in competition|shortlisted|short-listed|submitted|entered|"
                         r"in the running|contend\w*|vying)\b", re.IGNORECASE)
_OUTCOME_TOLD = re.compile(r"\b(won|wins|winning|winner|awarded|nominat\w*|lost|losing|received|bagged|honou?red)\b",
                           re.IGNORECASE)


async def answer_award(q: Q) -> Answer:
    if I.cue("prize_money", q.rest):
        # "how much prize money did A get": a sum an award came with, which no award fact holds; the sentence
        # giving one beside the person named (or beside an award word), below confidence
        people = sorted({n.split()[-1] for _h, n in q.roles("actor") + q.roles("crew") if n.split()})
        who = rf"(?=.*\b(?:{'|'.join(map(re.escape, people))})\b)" if people else r"(?=.*\b(award|prize|won|honou?r))"
        return await not_stated(q, "the prize money", rf"^{who}(?=.*{_FIGURE})", terms="prize cash award money")
    if I.cue("award_acceptance", q.rest):
        return await _award_taken_up(q)
    # an entry that was submitted or competed is neither a win nor a nomination
    rows = [r for r in q.data.of("award") if r["outcome"] in ("won", "nominated")]
    ceremony, content = _award_target(q)
    if ceremony:
        rows = [r for r in rows if ceremony in normalize(r["ceremony"])]
    # "what did <director>'s <title> win": the film, called by whose it is, not the person's own award
    words, title = normalize(q.text).split(), set(normalize(q.film.title).split())
    people = [n for h, n in q.roles("actor") + q.roles("crew")
              if not (h.end < len(words) and words[h.end] in title and words[h.end - 1].endswith("s"))]
    if people:
        # "was jane doe nominated for anything": her awards, never the film's
        mine = [r for r in rows if any(set(normalize(n).split()) & set(normalize(r["recipient"]).split()) for n in people)]
        surnames = {normalize(n).split()[-1] for n in people if normalize(n).split()}
        named = [r for r in rows if not mine and not r["recipient"]
                 and surnames & set(normalize((r.get("source") or {}).get("sentence", "")).split())]
        if named:
            # an award whose recipient the facts miss, in a sentence that names the person ("nomination of A for
            # 'Best Supporting Actress'"): that sentence, below confidence
            said = named[0]["source"]["sentence"]
            return q.make(f"The facts don't name who; the article says: “{said}”", "award.sentence", GUESS,
                          [src(r) for r in named[:2]])
        theirs = [] if _ANSWER_AWARD_RX3.search(q.rest) else [
            r for r in _won_for_their_craft(q, rows, people, mine)
            if not [w for w in content if w != "best"] or _row_matches(r, content)]
        if theirs:
            # "did <writer> win an oscar for it": the film won Best Screenplay with no recipient named, and the
            # person is one of its writers; likely a yes (never a confident no), said below confidence
            won = theirs[0]
            return q.make(f"Yes, it seems: it won {present.award(won)}, and {join_names(people)} is credited "
                          f"as one of its {_award_craft(won)}s (the article names no recipient)."
                          + (f" {join_names(people)} was also nominated for {present.award(mine[0])}." if mine else ""),
                          "award.yesno", GUESS, [src(r) for r in theirs[:2]] + [src(r) for r in mine[:1]])
        if not mine:
            # a sentence naming the person beside an award word and the category or ceremony asked ("A guessed
            # that B would win for Best Actor"): what the article tells of it, below confidence
            told = await _award_told_of(q, people, ceremony, [w for w in content if w != "best"])
            if told is not None:
                return told
            return q.make(f"The article doesn't say {join_names(people)} won or was nominated for an award for it.",
                          "abstain", NONE, [])
        rows = mine
    if _ANSWER_AWARD_RX1.search(q.rest):
        return await _award_count(q, rows, ceremony)
    cat_words = [w for w in content if w != "best"]
    if cat_words and not ceremony and _ONLY_A_WIN_VERB.search(q.rest) and not _AWARD_NOUN.search(q.rest) \
            and (_ANSWER_AWARD_RX2.match(q.rest) or q.roles("character") or q.roles("plot")) \
            and not any(_row_matches(r, content) for r in q.data.of("award")):
        # "who wins the election", "did <character> win the race": a contest in the story, not a prize
        # ("did it win the <prize>" stays an award question); no award of the film is named so, so the
        # sentence that tells it is quoted (never confidently)
        return await answer_event(q)
    if I.is_yesno(q.rest) or cat_words:
        if cat_words:
            hit = [r for r in rows if _row_matches(r, content)]
        else:
            hit = rows
        if hit:
            won = [r for r in hit if r["outcome"] == "won"]
            if won:
                return q.make(f"Yes, it won {present.award(won[0])}.", "award.yesno", HIGH, [src(r) for r in won])
            if _ANSWER_AWARD_RX3.search(q.rest):
                return q.make(f"Yes, it was nominated for {present.award(hit[0])}.", "award.yesno", HIGH,
                              [src(r) for r in hit])
            # ("did A win best actor", a person's award with no ceremony named: a critics' group's win the facts
            # miss may be meant)
            return q.make(f"No, it was nominated for {present.award(hit[0])}.", "award.yesno",
                          GOOD if ceremony or not people else GUESS,
                          [src(r) for r in hit])
        entered = [r for r in q.data.of("award") if r["outcome"] in ("submitted", "competed")
                   and (not ceremony or ceremony in normalize(r["ceremony"]))
                   and (not cat_words or _row_matches(r, content))]
        if entered and I.is_yesno(q.rest):
            # entered, shortlisted or in competition, and no nomination stated: a plain no, with what happened
            how = "was submitted for" if entered[0]["outcome"] == "submitted" else "competed for"
            return q.make(f"No; it {how} {present.award(entered[0])}, and the article states no nomination or win.",
                          "award.yesno", GOOD, [src(r) for r in entered])
        what = " ".join(content).title() if cat_words else ceremony.title() if ceremony else "any award"
        if ceremony and cat_words:
            what = f"{what} ({ceremony.title()})"
        # the ceremony as the article may write it ("an Oscar" for the Academy Awards)
        ceremony_words = [w for w, c in CEREMONY_ALIASES.items() if c == ceremony] + (ceremony or "").split()[:1]
        probe = "|".join(re.escape(w) for w in (cat_words or ceremony_words or ["award"]) if len(w) > 2) or None
        # the sentence must be about an award, not a plot sentence that names the same state or city
        got = await not_stated(q, f"it won or was nominated for {what}",
                               probe and rf"(?=.*\b(award|prize|win|won|wins|nominat|honou?r|trophy|oscar))(?=.*\b({probe}))")
        if got.kind != "abstain":
            got.kind = "fallback.sentence"
            said = got.sources[0].get("sentence", "") if got.sources else ""
            if I.is_yesno(q.rest) and not people and _AWARD_DENIED.search(said):
                # "did it get an oscar nomination", told "the first of its studio's films not to be nominated
                # for an Oscar": no, in the article's words (no fact holds a nomination there to say otherwise)
                return q.make(f"No: the article says “{said}”", "award.yesno", FAIR, got.sources)
            if I.is_yesno(q.rest) and _ENTRY_TOLD.search(said) and not _OUTCOME_TOLD.search(said):
                # "did it win <the prize>": a sentence telling it was selected to compete tells no outcome
                return q.make(f"The article doesn't say it won; it says it was in the running: “{said}”", "abstain",
                              NONE, got.sources)
        return got
    if rows:
        won = [r for r in rows if r["outcome"] == "won"]
        listed = won or rows
        verb = "won" if won else "was nominated for"
        if _ANSWER_CASTING_RX1.match(q.rest) and not any(r["recipient"] for r in listed):
            # "who was nominated for an oscar for it": the film's nominations name no one
            return q.make(f"The article doesn't say who; it says it {verb} "
                          + "; ".join(present.award(r) for r in listed[:4]) + ".", "abstain", NONE,
                          [src(r) for r in listed[:2]])
        if ceremony and _ANSWER_AWARD_RX4.match(q.rest) and not any(r["category"] for r in listed):
            # "which oscars was it nominated for": the ceremony is the question's own word; with no category
            # the article says nothing of which
            counts = [c for c in q.data.of("award_count") if ceremony in normalize(c["ceremony"])
                      and c["outcome"] == ("won" if won else "nominated")]
            said = f" (it says it was {counts[0]['text']})" if counts and counts[0].get("text") else ""
            return q.make(f"The article doesn't say which{said}.", "abstain", NONE, [src(r) for r in listed[:2]])
        asked_noms = _ANSWER_AWARD_RX3.search(q.rest) is not None
        if asked_noms and won:
            # "what was it nominated for": its wins were nominations too, and so were the rest
            listed, verb = rows, "was nominated for"
        text = f"It {verb} " + "; ".join(present.award(r) for r in listed[:8]) + "."
        outcome = "nominated" if verb != "won" else "won"
        counts = [c for c in q.data.of("award_count") if (not ceremony or ceremony in normalize(c["ceremony"]))
                  and c["outcome"] == outcome and (c.get("count") or 0) > len([r for r in listed
                                                                                if normalize(c["ceremony"])[:6] in normalize(r["ceremony"])])]
        if counts:
            # the article counts more than its facts name ("ten Oscar nominations", one category named): the
            # list is not all of it; said so, below confidence
            noun = "nominations" if outcome == "nominated" else "wins"
            return q.make(f"The article counts {counts[0]['count']} {noun}; it names only: "
                          + "; ".join(present.award(r) for r in listed[:8]) + ".", "award.list", GUESS,
                          [src(counts[0]), *(src(r) for r in listed)])
        return q.make(text, "award.list", GOOD, [src(r) for r in listed])
    return await not_stated(q, "which awards it received", r"\b(award|won|nominat|prize)")


#: A category's craft ("Best Adapted Screenplay": writer), for a win the facts hold with no recipient.
_CRAFT_OF_CATEGORY = (("writer", re.compile(r"\b(screenplay|writing|script)\b", re.I)),
                      ("composer", re.compile(r"\b(score|music)\b", re.I)),
                      ("editor", re.compile(r"\bediting\b", re.I)),
                      ("cinematographer", re.compile(r"\bcinematography\b", re.I)),
                      ("director", re.compile(r"^(?!.*\bart\b).*\bdirect(or|ing|ion)\b", re.I)))


def _award_craft(row: dict) -> str:
    return next((craft for craft, rx in _CRAFT_OF_CATEGORY if rx.search(row.get("category") or "")), "")


def _won_for_their_craft(q: Q, rows: list[dict], people: list[str], mine: list[dict]) -> list[dict]:
    """Wins the facts hold with no recipient in a category of a craft the person asked about is credited with
    (a screenplay win, <person> one of its writers), when none of the person's own rows is a win."""
    if any(r["outcome"] == "won" for r in mine):
        return []
    asked = {normalize(n) for n in people}
    crafts = {r["role"] for r in q.data.of("crew") if normalize(r["name"]) in asked}
    return [r for r in rows if r["outcome"] == "won" and not r["recipient"] and _award_craft(r) in crafts]


#: A sentence telling a prize missed ("not to be nominated for an Oscar", "failed to win", "was snubbed").
_AWARD_DENIED = re.compile(r"\b(not(?! only\b| just\b)|never|no|without|failed to|failing to)\b[^.;]{0,25}\b(be |been |being |get |receive |earn |win |"
                           r"won |getting |receiving |earning |winning )?(nominat\w*|nominations?|nods?|wins?|won|awards?)\b|"
                           r"\b(snubbed|overlooked|shut out)\b", re.IGNORECASE)


async def _award_told_of(q: Q, people: list[str], ceremony: str | None, cat_words: list[str]) -> Answer | None:
    """The sentence naming one of *people* beside an award word and the category (or ceremony) asked, quoted
    below confidence; None when no sentence does (the facts hold no award of theirs)."""
    surnames = [normalize(n).split()[-1] for n in people if normalize(n).split()]
    # "at the 51st oscars": the edition's number says which ceremony, no category a sentence must write
    cat_words = [w for w in cat_words if not any(c.isdigit() for c in w)]
    asked = cat_words or [w for w, c in CEREMONY_ALIASES.items() if c == ceremony]
    if not surnames or not asked:
        return None
    who = "|".join(map(re.escape, surnames))
    what = "|".join(re.escape(w) for w in asked if len(w) > 2) or "(?!x)x"
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} award", drop=_title_words(q),
                               must=re.compile(rf"^(?=.*\b({who})\b)(?=.*\b(award|win|won|wins|nominat\w*|oscars?))"
                                               rf"(?=.*\b({what}))", re.IGNORECASE))
    if not got:
        return None
    row = got[0][1]
    return q.make(f"The facts name no award for {join_names(people)}; the article says: “{row['text']}”", "fallback.sentence", LOW,
                  [sentence_source(row)])


_TAKEN_UP_TOLD = re.compile(load("question")["award_acceptance_told"], re.IGNORECASE)
_REFUSED_TOLD = re.compile(r"\b(refus\w*|declin\w*|reject\w*|turned down|boycott\w*)\b", re.IGNORECASE)


async def _award_taken_up(q: Q) -> Answer:
    """"did A accept his oscar nom": whether a prize or a nomination was taken up, which no award fact holds
    (a nomination is no acceptance): the sentence telling it was accepted, refused or declined, naming the
    person asked (if any), below confidence; "no" leads a yes/no question when that sentence tells a refusal."""
    people = sorted({w for _h, n in q.roles("actor") + q.roles("crew") + q.roles("casting") for w in normalize(n).split()[-1:]})
    who = rf"(?=.*\b(?:{'|'.join(map(re.escape, people))})\b)" if people else ""
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} accepted refused declined nomination award",
                               drop=_title_words(q),
                               must=re.compile(rf"(?i)^{who}(?=.*\b(award|prize|nominat\w*|oscar|honou?r|trophy|globe|bafta|emmy))"
                                               rf"(?=.*{_TAKEN_UP_TOLD.pattern})"))
    got = [g for g in got if g[1].get("kind") != "plot" and not _PLOT_PATH.search(g[1].get("path") or "")]
    if not got:
        return q.make("The article doesn't say whether it was accepted or refused.", "abstain", NONE, [])
    row = got[0][1]
    text = row["text"]
    if I.is_yesno(q.rest) and _REFUSED_TOLD.search(text) and not re.search(r"\b(refus|declin|reject|turn)", q.rest):
        return q.make(f"No, it seems: the article says: “{text}”", "award.sentence", LOW, [sentence_source(row)])
    return q.make(f"The article says: “{text}”", "award.sentence", LOW, [sentence_source(row)])


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_AWARD_COUNT_RX1 = re.compile(r"\b(win|won|wins)\b")


async def _award_count(q: Q, rows: list[dict], ceremony: str | None) -> Answer:
    wins = bool(_AWARD_COUNT_RX1.search(q.rest)) and not _ANSWER_AWARD_RX3.search(q.rest)
    outcome = "won" if wins else "nominated"
    counts = [c for c in q.data.of("award_count")
              if (not ceremony or ceremony in normalize(c["ceremony"])) and c["outcome"] == outcome]
    what = (ceremony or "award").title()
    if counts:
        c = counts[0]
        noun = "wins" if outcome == "won" else "nominations"
        return q.make(f"{c['count']} {noun} ({c['text']}) at the {present.ceremony(c) if c.get('ordinal') else c['ceremony']}.".replace(" at the .", "."),
                      "award.count", HIGH, [src(c)])
    listed = [r for r in rows if r["outcome"] == "won"] if wins else rows
    if listed and ceremony and not wins and all(r["outcome"] == "won" for r in listed):
        # "how many oscar nominations": the article names only the ones it won, and a film may have been
        # up for more than it won; the count asked is not told, the wins are
        cats = join_names([r["category"] for r in listed])
        return q.make(f"The article doesn't say how many {what} nominations it received; it lists {len(listed)} "
                      f"it won: {cats}.", "abstain", NONE, [src(r) for r in listed])
    if listed and ceremony:
        noun = "wins" if wins else "nominations"
        cats = join_names([r["category"] for r in listed])
        return q.make(f"The article lists {len(listed)} {noun}: {cats}.", "award.count", FAIR, [src(r) for r in listed])
    return await not_stated(q, f"how many {what} {'wins' if wins else 'nominations'} it received",
                            r"\b(nominat\w*|won)\b.*\b(award|oscar)" if ceremony != "emmy" else r"\bemmy")


# --- money --------------------------------------------------------------------------------------------
#: Runs and days a gross may be asked for: (how the question asks, how a sentence tells it).
_MONEY_PERIODS = (
    # a re-release alone: a sentence adding the first run ("from its original run and several rereleases")
    # tells a total, not it
    (r"\b(re ?releas\w*|reissu\w*)\b",
     r"\A(?!.*\b(original|first|initial) (theatrical )?(run|release)\b)(?=.*(re-?releas|reissu))"),
    # ... and the first run alone, likewise
    (r"\b(first|original|initial) (theatrical )?(run|release)\b",
     r"\A(?!.*\b(re-?releas\w*|reissu\w*))(?=.*\b(original (theatrical )?run|initial (theatrical )?(run|release)|first run|"
     r"original release|initially released))"),
    (r"\b(opening|first) day\b|\bday (one|1)\b", r"opening day|first day"),
    (r"\bfirst week\b", r"first week\b|opening week\b"),  # a weekend is no week
    (r"\bsecond week\b", r"second week"),
    (r"\blifetime\b", r"lifetime|total|overall"),
)
#: A run after the first ("its second weekend", "the third week"): a figure of that run only, which the
#: totals never are.
_LATER_RUN = re.compile(r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) "
                        r"(weekend|week|day|month)s?\b")
#: A first run counted ("its first three days", "the first 10 days"): told as "three days", "3-day", "10 days".
_COUNTED_RUN = re.compile(r"\bfirst (?P<n>\d+|\w+) (?P<unit>days|weeks|months)\b")
_NUMBER_WORDS: dict[str, str] = dict(load("titles")["numbers"])


def _counted_run(rest: str) -> tuple[re.Match, str] | None:
    """(the match, how a sentence tells it) for "the first three days" and the like, or None."""
    m = _COUNTED_RUN.search(rest)
    if not m:
        return None
    n = m.group("n")
    digit = _NUMBER_WORDS.get(n, n)
    word = next((w for w, d in _NUMBER_WORDS.items() if d == n), n)
    if not digit.isdigit():
        return None  # "the first few days": no count to find
    forms = "|".join(re.escape(f) for f in dict.fromkeys([n, digit, word]))
    return m, rf"\b({forms})[\s-]+{m.group('unit')[:-1]}s?\b"


#: A currency a money question asks in, and the ISO code the money facts carry.
_ASKED_CURRENCY = ((r"\b(in|into) (us )?dollars\b|\busd\b|\bin \$", "USD"), (r"\b(in|into) rupees\b|\binr\b", "INR"),
                   (r"\b(in|into) (pounds|sterling)\b|\bgbp\b", "GBP"), (r"\b(in|into) euros?\b|\beur\b", "EUR"),
                   (r"\b(in|into) yen\b|\bjpy\b", "JPY"), (r"\b(in|into) (yuan|renminbi|rmb)\b", "CNY"))
_CURRENCY_WORD = {"USD": "dollars", "INR": "rupees", "GBP": "pounds", "EUR": "euros", "JPY": "yen", "CNY": "yuan"}


#: Money rows that are no box-office takings: asked for a gross in a country, none of them answers.
_NOT_TAKINGS = frozenset({"home_media", "budget", "per_theater", "pay", "profit"})
_FIGURE = r"(?:US\$|A\$|C\$|\$|£|€|¥|₹|Rs\.?\s?)\s?\d[\d,.]*(?:\s?(?:million|billion|crore|lakh)s?)?"


async def _territory_figure(q: Q, place: str, money: list[dict], kind: str) -> Answer | None:
    """A country's takings the money facts hold without a region: a sentence listing territories with
    their figures ("the most successful territories were Ruritania ($4.2 million), ...") read for the one
    asked, or a figure whose sentence names it ("the 2002 Ruritanian release grossed $1.1 million")."""
    forms = "|".join(re.escape(f) for f in sorted(I.territory_forms(place), key=len, reverse=True))
    listed = re.compile(rf"\b(?:the )?(?:{forms})\s*\(\s*(?P<fig>{_FIGURE})\s*\)", re.IGNORECASE)
    got = await best_sentences(q.lib.conn, q.film.id, f"{place} million box office", drop=_title_words(q),
                               must=listed)
    if got:
        row = got[0][1]
        fig = listed.search(row["text"]).group("fig")
        return q.make(f"In {place} it made {fig}: “{row['text']}”", "money.region", FAIR, [sentence_source(row)])
    named = [r for r in money if not r["region"] and r["kind"] not in _NOT_TAKINGS and r["kind"] != "partial"
             and I.territory_named_in((r.get("source") or {}).get("sentence", ""), place)]
    if len(named) == 1:
        r = named[0]
        return q.make(f"In {place} it made {present.money_as_stated([r])}: “{r['source']['sentence']}”",
                      "money.region", GUESS, [src(r)])
    return None


_PROJECTED = re.compile(r"\b(projected|expected|forecast|tracking|estimated) to (gross|make|earn|debut|take)\b", re.I)
_ACTUAL = re.compile(r"\b(ended up|went on to|instead|actually|eventually)\b.*\d|\b(made|making|grossed|grossing|earned|"
                     r"earning|debuted|took in|opened to)\b[^.]*?(?:\$|£|€|₹|¥)\s?\d", re.I)


async def _opening_told_after_projection(q: Q) -> Answer | None:
    """"its opening weekend": the article may give the takings in the sentence after the projection ("was
    projected to gross $12-15 million in its opening weekend." "It ended up making $12.6 million"), which no
    money fact holds; both sentences quoted, below confidence."""
    rows = await q.lib.conn.execute_fetchall(
            "SELECT s.idx, s.para, s.text FROM sentences_fts CROSS JOIN sentences s ON s.id = sentences_fts.rowid "
            f"WHERE sentences_fts MATCH ? AND {FILM_ROWIDS} ORDER BY s.idx LIMIT 10",
            ('"opening weekend"', q.film.id, q.film.id, q.film.id))
    for idx, para, text in rows:
        if not _PROJECTED.search(text):
            continue
        nxt = next(iter(await q.lib.conn.execute_fetchall("SELECT text FROM sentences WHERE film_id = ? AND idx = ? AND para = ?",
                                                          (q.film.id, idx + 1, para))), None)
        if nxt and _ACTUAL.search(nxt[0]):
            return q.make(f"The article says: “{text}” “{nxt[0]}”", "money.sentence", GUESS,
                          [{"section": "", "sentence": text}, {"section": "", "sentence": nxt[0]}])
    return None


#: Money from something else than the film's takings ("from merchandise", "its satellite rights sold for"):
#: a sentence naming it with a figure, never the box office.
_OTHER_MONEY = re.compile(r"\b(merchandis\w*|toys?|licensing|licences?|licenses?|soundtrack|album|(tv|television|satellite|"
                          r"digital|streaming|music|audio|overseas|distribution|theatrical|dubbing|remake) rights|"
                          r"streaming|video games?|tie-?ins?|sponsorships?|product placement)\b")
#: A record asked ("what was its opening a record for", "which records did it break"): the sentence telling it.
#: Whether the takings covered the cost ("did it make its budget back", "did it recoup", "was it a flop").
_RECOUP_ASKED = re.compile(r"\b(budget back|money back|costs? back|make back|made back|earn\w* back|recoup\w*|break even|"
                           r"broke even|turn(ed)? a profit|profitable|lost money|lose money|flop\w*|bomb(ed)?)\b")
_RECORD_ASKED = re.compile(r"\b(a|what|which|any|the) records?\b|\brecords? (for|did|it|was|were)\b|\bbreak\w* .*\brecords?\b")


_TOTALS = ("worldwide", "domestic", "international")
#: A run a figure is told for ("on its first day", "in its opening weekend", "by the end of seven days").
_RUN_TOLD = re.compile(r"\b(on|in|over|during|by the end of|after|within) (its |the |their )?(first|opening|second|third|"
                       r"fourth|fifth|sixth|seventh|\w+-day|\d+) ?(day|days|weekend|week|weeks)\b|\bfirst (day|weekend|week)\b|"
                       r"\bopening (day|weekend)\b", re.IGNORECASE)
_A_FIGURE = re.compile(r"[$₹£€¥]\s?\d|\d[\d.,]*\s*(crore|million|billion|lakh)\b", re.IGNORECASE)


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_TOLD_FOR_A_RUN_RX1 = re.compile(r"\([^)]*\)")


def _told_for_a_run(row: dict) -> bool:
    """Is money *row* a run's figure as its sentence tells it: a run just before it ("On its fifth day, the film
    earned A"), or after it with no other figure between ("A (B), the second highest ... on its first day")?"""
    sentence = (row.get("source") or {}).get("sentence", "")
    at = sentence.find(row.get("text") or "\0")
    if at < 0:
        return False
    before = sentence[max(0, at - 60): at]
    if _RUN_TOLD.search(before) and not _A_FIGURE.search(before[_RUN_TOLD.search(before).end():]):
        return True
    after = _TOLD_FOR_A_RUN_RX1.sub(" ", sentence[at + len(row["text"]):])  # "(US$16 million)": the same figure
    m = _RUN_TOLD.search(after)
    return m is not None and not _A_FIGURE.search(after[: m.start()])


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ANSWER_MONEY_RX1 = re.compile(r"\b(dvd|blu ray|vhs)\b")
_ANSWER_MONEY_RX2 = re.compile(r"\b(worldwide|world wide|globally|global|all over the world|around the world)\b")
_ANSWER_MONEY_RX3 = re.compile(r"\b(dvd|blu ray|vhs|home media|home video)\b")


_NORTH_AMERICA = frozenset({"United States", "Canada", "North America", "United States and Canada"})
#: The home market asked by that word alone ("domestically", "its domestic gross"), no country named.
_DOMESTIC_ASKED = re.compile(r"\bdomestic(?:ally)?\b")


async def answer_money(q: Q) -> Answer:
    if I.cue("box_office_rank", q.rest):
        # "where did it debut at the box office": a chart position ("debuted at number 7"), never a gross
        return await not_stated(q, "where it placed at the box office",
                                r"(?i)\b(number|no\.)\s?\d+\b|#\d+\b|\b(first|second|third|fourth|fifth|top)\s+(place|spot|position)\b|"
                                r"\b(ranked|placed|finished|debuted)\s+(first|second|third|fourth|fifth|\w+th|at|in)\b",
                                terms="debuted number ranked place box office", story=False)
    if I.cue("box_office_standing", q.text):
        # "was it the top grossing ruritanian film of 1997": where it stood, as its sentence tells it ("the second
        # highest-grossing ... after <another film>"), never its own gross, which answers nothing asked
        return await not_stated(q, "where it stood among the year's films",
                                r"(?i)\b(highest|top|biggest|largest)[- ](grossing|grosser|earning|earner)\b|"
                                r"\bmost (?:commercially )?(?:successful|profitable) (?:[\w-]+ ){0,2}?(?:films?|movies?|releases?|pictures?)\b|"
                                r"\bbiggest (box[- ]office )?hits?\b",
                                terms="highest grossing top biggest hit successful", story=False)
    if I.cue("rights_deal", q.rest):
        # "how much did a channel pay for the tv rights": the price of a rights deal, from the sentence telling it
        # ... which may not write "rights" ("A paid $3.5 million for three runs of the film")
        return await not_stated(q, "what the rights sold for",
                                r"(?=.*\b(rights|paid|bought|acquired|purchased|sold|licen[cs]\w*)\b)"
                                r"(?=.*([$£€¥₹]\s?\d|\d\s*(million|billion|crore|lakh)))",
                                terms="rights bought sold acquired paid", story=False)
    other = _OTHER_MONEY.search(q.rest)
    if other:
        # "how much did it make from merchandise": the box office is no answer
        word = other.group(0)
        return await not_stated(q, f"what it made from {word}", rf"(?=.*\b{re.escape(word.split()[0][:5])})(?=.*\d)",
                                terms=f"{word} sold sales", story=False)
    if _RECORD_ASKED.search(q.rest):
        # "what was its opening weekend a record for": the sentence telling the record, not the figure alone
        got = await not_stated(q, "which record it set", r"(?=.*\brecords?\b)(?=.*\d)", terms="record records broke set",
                               story=False)
        if not got.abstained:
            return got
    kind = I.money_kind(q.rest)
    money = q.data.of("money")
    lang = I.language_version(q.rest)
    if lang and kind != "budget" and not _in_its_own_language(q, lang):
        # "how much did the hindi version make": only a figure whose sentence names that version answers it
        return await not_stated(q, f"a figure for the {lang.title()} version",
                                rf"(?=.*\b{re.escape(lang)})(?=.*(\$|£|€|¥|₹|\bmillion|\bbillion|\bcrore|\blakh))",
                                terms=f"{lang} version gross collected", story=False)
    years = sorted({y for y in _A_YEAR.findall(q.rest) if y != str(q.film.year or "")})
    if years:
        # "how much did it make in 1993", a 1988 film: a year of a later run or release is a qualifier; only a
        # figure whose own sentence gives that year answers it
        told = "|".join(years)
        money = [r for r in money if re.search(rf"\b({told})\b", (r.get("source") or {}).get("sentence", ""))]
        if not money:
            return await not_stated(q, f"a figure for {' or '.join(years)}",
                                    rf"(?=.*\b({told})\b)(?=.*(\$|£|€|¥|₹|\bmillion|\bbillion|\bcrore|\blakh))",
                                    terms="gross box office earned", story=False)
        kinds = {"worldwide": ("worldwide", "gross"), "domestic": ("domestic", "gross")}.get(kind, (kind,))
        if not any(r["kind"] in kinds for r in money):
            # only a run's or a weekend's figure of that year ("returned to cinemas in 1997, it grossed $22 million
            # in its first weekend"): that sentence, below confidence
            row = money[0]
            return q.make(f"For {' or '.join(years)} the article says: “{row['source']['sentence']}”", "money.period",
                          GUESS, [src(row)])
    if _RECOUP_ASKED.search(q.rest):
        # "did it make its budget back", "was it a flop": the budget and what it took, side by side (the
        # budget alone tells nothing asked); whether that was a profit the article may not say
        budget = [r for r in money if r["kind"] == "budget" and not r["region"]]
        took = next((rows for k in ("worldwide", "gross", "domestic")
                     if (rows := [r for r in money if r["kind"] == k and (k != "gross" or not r["region"])])), [])
        if budget and took:
            region = took[0]["region"] or ""
            where = " worldwide" if took[0]["kind"] == "worldwide" or region.lower() == "worldwide" else \
                f" in {region}" if region else ""
            return q.make(f"Its budget was {present.money_as_stated(budget)}; it grossed "
                          f"{present.money_as_stated(took)}{where}.", "money.recouped", FAIR, [src(r) for r in budget + took])
    place = I.territory(q.text)
    period = next(((m, told) for asked, told in _MONEY_PERIODS if (m := re.search(asked, q.rest))), None)
    if period is None and (later := _LATER_RUN.search(q.rest)):
        period = (later, r"\s+".join(map(re.escape, later.group(0).split())))
    if period is None:
        period = _counted_run(q.rest)
    if place and kind not in ("budget", "domestic"):
        # A figure for one country answers only a question about that country (and run or day, if asked).
        rows = [r for r in money if r["region"] and I.same_territory(r["region"], place)
                and (r["kind"] != "partial" or period)  # a first day's takings there is no total
                and (r["kind"] not in _NOT_TAKINGS or r["kind"] == kind)]  # nor its video sales a gross
        if rows and (period or kind == "opening_weekend"):
            told = period[1] if period else r"open|first|debut"
            rows = [r for r in rows if re.search(told, (r.get("source") or {}).get("sentence", ""), re.I)]
            if not rows:
                return await not_stated(q, f"its {(period[0].group(0) if period else 'opening')} figure in {place}",
                                        rf"(?=.*\b({told}))(?=.*\b{re.escape(place)}\b).*\d",
                                        goes_on=lambda row: _figure_there_after(q, row, place))
        if rows:
            the = "the " if place.startswith(("United", "Netherlands", "Philippines")) else ""
            return q.make(f"In {the}{place} it made {present.money_as_stated(rows)}.", "money.region", HIGH, [src(r) for r in rows])
        told = await _territory_figure(q, place, money, kind) if not period and kind != "opening_weekend" else None
        if told is not None:
            return told
        opening = [r for r in money if r["kind"] == "opening_weekend" and not r["region"]]
        if kind == "opening_weekend" and opening and place in _NORTH_AMERICA and (
                not period or "weekend" in period[0].group(0)) and any(
                r["kind"] == "domestic" and any(p.lower() in r["region"].lower() for p in _NORTH_AMERICA) for r in money):
            # "its opening weekend in the us": the article gives one opening weekend, no market named, beside
            # its takings in the United States and Canada (the convention of a box office section): that
            # figure, said as the article says it, below confidence
            return q.make(f"The article gives its opening weekend as {present.money_as_stated(opening)}, without naming "
                          f"the market; its box office figures are for the United States and Canada.", "money.region",
                          GUESS, [src(r) for r in opening])
        home = I.home_territories([r["value"] for r in q.data.of("identity") if r["key"] == "country"])
        if kind == "opening_weekend" and opening and not period and place in home:
            # "its opening weekend in the us", said of an American film whose one opening weekend names no
            # market: its home market's, most likely; said so, below confidence
            return q.make(f"The article gives its opening weekend as {present.money_as_stated(opening)}, without naming "
                          f"the market (it is a film of {'the ' if place.startswith('United') else ''}{place}).",
                          "money.region", GUESS, [src(r) for r in opening])
        if kind == "opening_weekend" and not period:
            # "what did it gross in the uk the weekend it opened there": the sentence naming that market, its
            # opening and a figure ("Opening in 120 theaters in Ruritania, it ranked first with $2.3
            # million"), which no money fact ties to the market; quoted, below confidence
            forms = "|".join(re.escape(f) for f in sorted(I.territory_forms(place), key=len, reverse=True))
            got = await best_sentences(q.lib.conn, q.film.id, f"{place} opening weekend box office", drop=_title_words(q),
                                       must=re.compile(rf"(?i)^(?=.*\b(?:{forms})\b)(?=.*\b(open\w*|debut\w*|expand\w*|"
                                                       rf"weekend|first)\b)(?=.*(?:\$|£|€|¥|₹)\s?\d)"))
            if got:
                row = got[0][1]
                return q.make(f"The article says: “{row['text']}”", "money.sentence", LOW, [sentence_source(row)])
        world = [r for r in money if r["kind"] == "worldwide"]
        also = f" Worldwide it made {present.money_as_stated(world)}." if world else ""
        return q.make(f"The article gives no figure for {place}.{also}", "abstain", NONE, [src(r) for r in world])
    if period and kind != "budget":
        # a figure for one run or one day answers only a question about that run or day
        m, told = period
        # (a first week's DVD sales answer no box-office question, nor a budget a takings one)
        on_video = kind == "home_media" or _ANSWER_MONEY_RX3.search(q.rest) is not None
        rows = [r for r in money if re.search(told, (r.get("source") or {}).get("sentence", ""), re.I)
                and (r["kind"] not in _NOT_TAKINGS or r["kind"] == kind or (on_video and r["kind"] == "home_media"))]
        fmt = _ANSWER_MONEY_RX1.search(q.rest)
        if fmt:
            # "on blu-ray": the DVD's figure answers nothing asked
            rx = {"dvd": r"\bdvds?\b", "blu ray": r"\bblu-?ray", "vhs": r"\bvhs\b"}[fmt.group(1)]
            rows = [r for r in rows if re.search(rx, (r.get("source") or {}).get("sentence", ""), re.I)]
        if rows:
            return q.make(f"The article says: “{rows[0]['source']['sentence']}”", "money.period", FAIR, [src(r) for r in rows[:2]])
        media = "" if on_video else r"^(?!.*\b(dvd|blu-?ray|vhs|units|home media|home video)\b).*"
        return await not_stated(q, f"its {m.group(0)} figure", rf"{media}\b({told}).*\d")
    if kind in _TOTALS:
        # "its worldwide gross was over A, ... on its first day": a run's figure, no total
        runs = [r for r in money if r["kind"] in _TOTALS + ("gross",) and _told_for_a_run(r)]
        money = [r for r in money if r not in runs]
        mine = [r for r in runs if r["kind"] == kind]
        if mine and not any(r["kind"] == kind for r in money):
            best = max(mine, key=lambda r: (r["currency"] == mine[0]["currency"], r["amount"]))
            return q.make(f"The article gives no {MONEY_WORDS.get(kind, kind)} in all; it tells runs: "
                          f"“{best['source']['sentence']}”", "money.period", LOW, [src(best)])
    order = {"worldwide": ("worldwide", "gross", "domestic"), "domestic": ("domestic", "gross"),
             "budget": ("budget",)}.get(kind, (kind,))
    # a market the question names ("in the us", "worldwide") is a qualifier: another market's figure is no answer
    named_market = kind == "domestic" or (kind == "worldwide" and _ANSWER_MONEY_RX2.search(q.rest))
    cur = next((c for rx, c in _ASKED_CURRENCY if re.search(rx, q.text, re.IGNORECASE)), None)
    for k in order:
        rows = [r for r in money if r["kind"] == k]
        if rows and cur and not any(r["currency"] == cur for r in rows):
            # "the budget in dollars": a figure in another currency is not what was asked (no conversion)
            return q.make(f"The article gives no {MONEY_WORDS.get(kind, kind)} in {_CURRENCY_WORD[cur]}; "
                          f"it gives {present.money_as_stated(rows)}.", "abstain", NONE, [src(r) for r in rows])
        if rows and cur:
            rows = [r for r in rows if r["currency"] == cur]
        if rows:
            label = MONEY_WORDS.get(k, k)
            conf = HIGH if k == kind else FAIR
            # (a figure the facts give another market, "Ruritania ... $2 million", is none of it)
            # ... or a figure whose market is the word asked itself ("grossed A domestically", said of a film
            # whose home market may not be North America, is held as a plain gross of that market): only when
            # the question says "domestic" too, never "in the us"
            there = [r for r in rows if (not r["region"] or (_DOMESTIC_ASKED.search(q.rest) and _market_named(kind, r["region"])))
                     and _market_named(kind, (r.get("source") or {}).get("sentence", ""))] \
                if k != kind and named_market else []
            if there:
                # "In the US it earned $9.1 million": a figure the facts hold as a plain gross, whose own
                # sentence names the market asked
                return q.make(f"It made {present.money_as_stated(there)} there: “{there[0]['source']['sentence']}”", f"money.{kind}", FAIR, [src(r) for r in there])
            if k != kind and named_market and not (kind == "worldwide" and k == "gross"):  # a total is worldwide
                return q.make(f"The article gives no {MONEY_WORDS.get(kind, kind)}; its {label} was "
                              f"{present.money_as_stated(rows)}.", "abstain", NONE, [src(r) for r in rows])
            if k == "budget":
                text = f"Its budget was {present.money_as_stated(rows)}."
            elif k == "worldwide":
                text = f"It grossed {present.money_as_stated(rows)} worldwide."
            else:
                text = f"Its {label} {'were' if label.endswith('rentals') else 'was'} {present.money_as_stated(rows)}."
            return q.make(text, f"money.{k}", conf, [src(r) for r in rows])
    if kind == "opening_weekend":
        told = await _opening_told_after_projection(q)
        if told is not None:
            return told
    probe = {"budget": r"\b(budget|cost)", "home_media": r"\b(dvd|home media|video|blu)",
             "profit": r"\b(profit|loss|lost)", "rentals": r"\b(rental)"}.get(kind, r"\b(gross|box office|earn)")
    if kind == "profit" and I.is_yesno(q.rest) and not [r for r in money if r["kind"] == "profit"]:
        # "was it a flop", "did it make money": the article's verdict, with or without a figure
        return await not_stated(q, "whether it made money", r"\b(profit\w*|success\w*|hit|flop\w*|bomb\w*|failure|"
                                r"failed|loss|lost money|did (well|poorly|not do well)|disappoint\w*|no profits?)\b",
                                terms="profit profits success successful loss flop hit box office")
    # a figure for the market asked: the domestic total is no answer to "overseas"
    market = {"international": r"international|overseas|foreign|abroad|outside|other (territories|countries|markets)",
              "domestic": r"domestic|north america|united states|u\.s\.|us|canada"}.get(kind)
    if market:
        probe = rf"^(?=.*\b({market})).*" + probe
    elif named_market:
        # "its worldwide total": a sentence of one market's takings or of a forecast tells no world total
        probe = r"^(?!.*\b(united states|canada|north america|domestic|opening (weekend|day)|projected|expected|" \
                r"tracking|forecast)\b).*" + probe
    # the words a sentence states the figure with, which the question may not use ("lose" -> "a loss of")
    terms = {"budget": "budget cost", "home_media": "dvd video sales", "profit": "profit loss lost",
             "rentals": "rentals rental earned earning"}.get(kind, "gross box office earned")
    # a figure in digits or in words ("a budget of just under a million dollars")
    # ... never a year ("a micro-budget film released in 2009" gives no budget)
    # ... and of the year asked, if one was ("how much did it make in 1997")
    when = rf"(?=.*\b({'|'.join(years)})\b)" if years else ""
    return await not_stated(q, f"its {MONEY_WORDS.get(kind, kind)}" + (f" for {' or '.join(years)}" if years else ""),
                            when + probe + r"\w*.*(?:\b(?!(?:1[89]|20)\d\d\b)\d|\b(?:million|billion|lakh|crore)s?\b)",
                            terms=terms)


_MARKET_TOLD = {"domestic": re.compile(r"\b(domestic(ally)?|north america|north american|us and canada|"
                                       r"united states and canada)\b", re.IGNORECASE),
                "worldwide": re.compile(r"\b(worldwide|world-wide|globally|around the world|across the world)\b",
                                        re.IGNORECASE)}


_MARKET_LEFT_OUT = re.compile(r"\b(outside|except|excluding|besides|other than|beyond|apart from)\b(?:\s+(?:of|the|[\w.]+|and)){0,4}?"
                              r"\s+(?:the\s+)?(united states|u\.?s\.?|america|north america|domestic)", re.IGNORECASE)


def _market_named(kind: str, sentence: str) -> bool:
    """Does a figure's own *sentence* name the market *kind* asked ("in the US", "domestically")? Never when it
    names it as what is left out ("Outside of Ruritania and the United States, ... it grossed $2 million")."""
    if _MARKET_LEFT_OUT.search(sentence):
        return False
    if kind == "domestic" and I.territory_named_in(sentence, "United States"):
        return True
    rx = _MARKET_TOLD.get(kind)
    return bool(rx and rx.search(sentence))


# --- dates and places -----------------------------------------------------------------------------------
#: A release of one kind that the facts do not hold: the words a sentence tells it with, what to call it
#: when nothing does, and the words that reach such a sentence in the index.
_KIND_TOLD = {
    "home_media": (r"\b(dvd|vhs|blu-?ray|home video|home media|home entertainment|videocassette|laserdisc|streaming|"
                   r"netflix|digital(ly)? release|4k|uhd|ultra hd)", "a home media release",
                   "dvd vhs blu ray home video media streaming 4k uhd"),
    "television": (r"\b(television|tv|broadcast|telecast|aired|network)\b", "a television showing",
                   "television broadcast aired telecast"),
    "rerelease": (r"\b(re-?releas\w*|reissu\w*|re-?issued)\b", "a re-release", "rereleased re-released reissued"),
}


#: A wide release asked ("nationwide", "go wide", "general release") and told ("entered wide release").
_WIDE_ASKED = re.compile(r"\b(wide|widely|wider|widest|nationwide|nation wide|general release|across the (country|us|nation))\b")
_WIDE_TOLD = re.compile(r"\b(wide release|went wide|expanded|nationwide|general release|across (the country|north america|"
                        r"the united states))\b", re.IGNORECASE)


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ANSWER_RELEASE_RX1 = re.compile(r"\bhow (many|long)\b")
_ANSWER_RELEASE_RX2 = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_ANSWER_RELEASE_RX3 = re.compile(r"(who|whom|whose|why)\b|(what|which) (?!(is|was|were|are|s|did|does|do|the|its|it)\b)")
_ANSWER_RELEASE_RX4 = re.compile(r"\b(date|day|year|month|time|country|countries|"
                                                            r"version|format|platform|service|channel)\b")
_ANSWER_RELEASE_RX5 = re.compile(r"\b(what|which|on what) (date|day)\b|\bexact(ly)?\b")
_ANSWER_RELEASE_RX6 = re.compile(r"direct[- ]to[- ](video|dvd|streaming)|\b(netflix|streaming|premiered on|released (on|via|through))\b", re.I)
_ANSWER_RELEASE_RX7 = re.compile(r"\b(what|which) year\b")
_ANSWER_RELEASE_RX8 = re.compile(r"\bdate\b")


#: "finally", "eventually": the release that came of the plans, not a plan.
_EVENTUALLY = re.compile(r"\b(finally|eventually|in the end|ended up|end up|actually)\b")
#: A sentence telling a release and its date.
#: A sentence telling a release planned and moved ("scheduled to release on ..., but then delayed").
_PLAN_TOLD = re.compile(r"^(?=.*\b(schedul\w*|postpone\w*|delay\w*|pushed back|rescheduled|moved (up|back|to)))"
                        r"(?=.*\b(releas\w*|screen\w*|premiere\w*|open\w*)).*\b(1[89]|20)\d\d\b", re.IGNORECASE)
_RELEASE_TOLD = re.compile(r"^(?=.*\b(releas\w*|screen\w*|premiere\w*|opened|open\w* in|postpone\w*|delay\w*))(?=.*\b(1[89]|20)\d\d\b)",
                           re.IGNORECASE)


#: A lead calling the film not yet out: "is an upcoming Ruritanian comedy film".
_UPCOMING = re.compile(r"\b(is|was) an? upcoming\b", re.IGNORECASE)
#: A piece of the film released on its own: vocab/question.toml release_pieces.
_PIECE_ASKED = re.compile(rf"\b({alternation(load('question')['release_pieces'])})\b")


_ABROAD_ASKED = re.compile(rf"\b({alternation(load('question')['abroad_asked'])})\b")
#: ... told of the release itself, a few words from its verb ("released worldwide on", "opened overseas"), never of a
#: gross further on ("released in A on B, ... grossed C worldwide")
_ABROAD_WORDS = alternation(load('question')['abroad_told'])
_ABROAD_RELEASE_VERBS = "|".join([*(re.escape(s) + r"\w*" for s in load('question')['abroad_release_stems']),
                          alternation(load('question')['abroad_release_words'])])
_ABROAD_TOLD = re.compile(rf"\b(?:{_ABROAD_RELEASE_VERBS}|{alternation(load('question')['abroad_release_words_before'])})\b"
                          rf"(?:\W+\w+){{0,3}}?\W+(?:{_ABROAD_WORDS})\b|"
                          rf"\b(?:{_ABROAD_WORDS})\W+(?:\w+\W+){{0,3}}?(?:{_ABROAD_RELEASE_VERBS})\b",
                          re.IGNORECASE)


async def answer_release(q: Q) -> Answer:
    rest, premiere_excluded = I.without_excluded_showing(q.rest)
    if premiere_excluded:
        q = replace(q, rest=rest)  # "when did it come out, not the festival premiere": the release, never that
    piece = _PIECE_ASKED.search(q.rest)
    if piece:
        # "when was the audio of <film> released": the soundtrack's own date, from the sentence that tells it
        # ("The film's audio track was released on 30 October 2017"), below confidence; the film's release
        # answers nothing asked (it was given at 0.9)
        word = piece.group(1)
        stems = "|".join(re.escape(w.rstrip("s")) for w in dict.fromkeys([word, *(["audio", "soundtrack", "album", "song", "music"]
                                                                          if word in ("soundtrack", "soundtracks", "audio",
                                                                                      "audio track", "album", "music")
                                                                          else [])]))
        return await not_stated(q, f"when its {word} came out", rf"^(?=.*\b({stems})\w*)(?=.*\b(releas|launch|out)\w*)"
                                rf"(?=.*\b(1[89]\d\d|20\d\d)\b)", terms=f"{word} released launched", story=False)
    eventually = I.cue("planned_release", q.rest) and _EVENTUALLY.search(q.rest) is not None
    if eventually:
        # "when did it finally open": the sentence telling the plans, and the next when it gives the date that
        # came of them ("... delayed to early 2018. The film is screened November 24, 2018 onwards"); with no
        # plan told, the release as the facts hold it
        got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} release released scheduled delayed",
                                   drop=_title_words(q), must=_PLAN_TOLD)
        if got:
            row = got[0][1]
            nxt = await next_sentence(q.lib.conn, row)
            rows = [row, nxt] if nxt is not None and _RELEASE_TOLD.search(nxt["text"]) else [row]
            return q.make("The article says: “" + " ".join(r["text"] for r in rows) + "”", "release.sentence", LOW,
                          [sentence_source(r) for r in rows])
    if I.cue("planned_release", q.rest) and not eventually:
        # "when was it originally supposed to come out": the plan, which a release fact does not hold
        return await not_stated(q, "a planned release date", r"\b(release|releas\w+|premiere\w*|postpone\w*|"
                                r"delay\w*|pushed|schedul\w+)\b.*\d", terms="release released scheduled postponed")
    if _ANSWER_RELEASE_RX3.match(q.rest) \
            and not I.wants_date(q.rest) \
            and not I.wants_place(q.rest) and not _ANSWER_RELEASE_RX4.search(q.rest):
        # "who co-hosted the premiere", "what news overshadowed its premiere": about the event, not its date
        return await fallback(q)
    if re.search(_HOW_MANY_SCREENS, q.rest):
        return await _theaters(q)
    if _WIDE_ASKED.search(q.rest) and I.wants_date(q.rest):
        # "when was it released nationwide", "when did it go wide": the wide release, never a premiere or a
        # limited one; a release fact whose own sentence says so, else that sentence, below confidence
        wide = [r for r in q.data.of("release") if _WIDE_TOLD.search((r.get("source") or {}).get("sentence", ""))
                and (r.get("date") or r.get("date_text"))]
        if wide:
            return q.make(f"The article says: “{wide[0]['source']['sentence']}”", "release.date", FAIR,
                          [src(r) for r in wide[:2]])
        return await not_stated(q, "when it went into wide release", rf"(?=.*{_WIDE_TOLD.pattern})(?=.*\d)",
                                terms="wide release nationwide theaters", story=False)
    if _ANSWER_RELEASE_RX1.search(q.rest):
        # "how many weeks was it in theaters", "how long did it run": a count or a span, which no release
        # date is; the sentence that gives one, below confidence, or the article doesn't say
        # ... or "how long was the original release": its length then ("The original release was 107 minutes long")
        return await not_stated(q, "how long it ran", r"\b(\d+|\w+)\s+(days?|weeks?|months?|years?|minutes)\b",
                                terms="weeks days months ran run minutes")
    kind = I.release_kind(q.rest)
    rel = q.data.of("release")
    if not rel and kind in ("release", "premiere"):
        lead = await _lead_sentence(q, "upcoming")
        if lead is not None and _UPCOMING.search(lead["sentence"]):
            # "when is it releasing", "is it out yet": a stub's lead calls it upcoming and no release is told;
            # that, not a song's or a poster's date
            text = f"The article calls it an upcoming film and gives no release date: “{lead['sentence']}”"
            return q.make(("Not as far as the article tells: " + text[0].lower() + text[1:]) if I.is_yesno(q.rest)
                          else text, "release.date", GUESS, [lead])
    asked_year = _ANSWER_RELEASE_RX2.search(q.rest)
    if I.is_yesno(q.rest) and kind == "release" and asked_year and not I.territory(q.text):
        # "was it released in 1958": the film's own year (its lead's) or a release of that year says yes;
        # another year is a no, below confidence (a release the article does not tell may be of that year)
        year = int(asked_year.group(1))
        lead_year = next((int(r["value"]) for r in q.data.of("identity") if r["key"] == "year"
                          and str(r["value"]).isdigit()), None) or q.film.year
        dated = [r for r in rel if _release_year(r) == year]
        if lead_year == year or dated:
            return q.make(f"Yes: it is a {lead_year} film" + (f"; it {_release_part(dated[0])}." if dated else "."),
                          "release.date", GOOD, [src(r) for r in dated[:1]])
        if lead_year:
            return q.make(f"No, it seems: it is a {lead_year} film.", "release.date", GUESS, [])
    if I.is_yesno(q.rest) and kind == "release":
        # "did it get a theatrical release": a yes or no the release facts rarely settle; quote, never guess
        where = I.territory(q.text)
        if where:
            # "did it get released in <country>": only a sentence naming that country tells ("screenings
            # there were cancelled"), never the release elsewhere
            forms = "|".join(re.escape(f) for f in I.territory_forms(where))
            return await not_stated(q, f"whether it was released in {where}",
                                    rf"^(?=.*\b({forms})\b)(?=.*\b(releas\w*|theat\w*|screen\w*|premiere\w*|"
                                    rf"cancel\w*|shown|banned|distribut\w*|open\w*)\b)",
                                    terms=f"released screening cancelled {where}")
        return await not_stated(q, "whether it had that release", r"\b(releas\w*|theat\w*|direct-to|premiere\w*)\b",
                                terms="released theatrical release direct video")
    kinds = {"premiere": ("premiere",), "home_media": ("home_media", "streaming"), "rerelease": ("rerelease",),
             "television": ("television",),
             "release": ("wide", "release", "limited")}[kind]
    rows = [r for k in kinds for r in rel if r["kind"] == k and (r["date"] or r["place"] or r["event"])]
    if not rows and kind in _KIND_TOLD:
        # "was it ever released on dvd": no fact of that kind; the sentence about it (often a "never"),
        # not the cinema release
        probe, what, terms = _KIND_TOLD[kind]
        return await not_stated(q, what, probe, terms=terms)
    if not rows and kind == "release":  # only a premiere is known: better than nothing, and said so
        rows = [r for r in rel if r["kind"] == "premiere" and r["date"]]
    if not rows and kind == "release":
        # no cinema release: a film released direct to video or to a streaming service came out there
        rows = [r for r in rel if r["kind"] in ("home_media", "streaming") and r["date"] and _ANSWER_RELEASE_RX6.search(r["source"]["sentence"] or "")]
    if kind == "premiere" and rows:
        qualified = await _qualified_premiere(q, rows)
        if qualified is not None:
            return qualified
    lang = I.language_version(q.rest)
    versioned = False
    if lang and rows:
        # "when did the hindi version come out": the release whose sentence names that language; the film's
        # own language is its first release (one naming no other version); another version with no date of
        # its own was not dated, whatever the film's own date
        named = [r for r in rows if re.search(rf"\b{re.escape(lang)}\b", normalize(r["source"]["sentence"] or ""))]
        if named:
            rows, versioned = named, True
        elif _in_its_own_language(q, lang):
            rows = [r for r in rows if not I.language_version(normalize(r["source"]["sentence"] or ""))] or rows
        else:
            return q.make(f"The article gives no release date for the {lang.title()} version.", "abstain", NONE, [])
    place_words = [w for w in q.rest.split() if w not in STOPWORDS and len(w) > 2 and w not in
                   {"release", "released", "premiere", "premiered", "come", "came", "out", "first", "theaters", "theatrically",
                    "year", "date", "day", "month", "exact", "exactly", "originally", "initially"}
                   and not (lang and (w == lang or w in _GENERIC_VERSION or w in ("dubbed", "language")))]
    every = rows
    local = []
    if place_words:
        local = [r for r in rows if any(w in normalize(r["place"] + " " + r["source"]["sentence"]) for w in place_words)]
        rows = local or rows
        clause = _clause_of_shared_sentence(local, rel, place_words)
        if clause:
            # "where was its canadian premiere": one sentence tells two showings and the word asked stands in
            # the clause of one of them, which no release fact ties to it; that clause, below confidence
            return q.make(f"The article says: “… {clause}”", "release.sentence", GUESS, [src(local[0])])
    if place_words and not local and I.is_yesno(q.rest) and rows:
        # "did it premiere at <a festival>": no release there is known; the one known is no yes
        asked = " ".join(place_words)
        parts = list(dict.fromkeys(_release_part(r) for r in rows[:2]))
        return q.make(f"The article doesn't tie a release to “{asked}”; it " + "; it ".join(parts) + ".",
                      "release.date", GUESS, [src(x) for x in rows[:2]])
    if place_words and not local and _ABROAD_ASKED.search(q.rest) and rows:
        # "when did it come out overseas": a release a sentence tells abroad or worldwide, or in a country not the
        # film's own; the home release answers nothing asked
        home = I.home_territories([r["value"] for r in q.data.of("identity") if r["key"] == "country"])
        abroad = [r for r in every if r["date"] and (_ABROAD_TOLD.search(r["source"]["sentence"] or "") or (
            r["place"] and (t := I.territory(f"in {r['place']}")) is not None and home
            and not any(I.same_territory(t, h) or I.same_territory(h, t) or t in _NORTH_AMERICA and h in _NORTH_AMERICA
                        for h in home)))]
        if not abroad:
            return q.make("The article gives no release date outside its own country.", "abstain", NONE, [])
        rows = local = abroad
    territory = I.territory(q.text)
    if territory:
        there = [r for r in rows if I.same_territory(territory, r["place"] or "") or
                 I.territory_named_in(r["source"]["sentence"] or "", territory)]
        if not any(r["date"] for r in there) and territory in I.home_territories(
                [r["value"] for r in q.data.of("identity") if r["key"] == "country"]):
            # a release with no place named is the film's own country's ("an Indian film ... released on")
            there = [r for r in every if not r["place"] and r["kind"] in ("release", "wide") and r["date"]] or there
        if not there:
            # "when was it released in france": another country's date answers nothing asked
            return q.make(f"The article gives no release date for {territory}.", "abstain", NONE, [])
        rows = local = there
    wants_place = I.wants_place(q.rest)
    if wants_place:
        placed = [r for r in rows if r["place"] or r["event"]]
        if not placed:
            return await not_stated(q, "where it " + ("premiered" if kind == "premiere" else "was released"),
                                    r"\b(premiere\w*|releas\w*|screen\w*|opened)\b.*\b(at|in)\s+(the\s+)?[A-Z]",
                                    terms="premiere premiered released festival")
        rows = placed
    # the film's own year (from the lead, "is a 2010 American film") leads when no release date
    # carries it: none known, a date without a year, or only a later regional or re-release date
    # the lead's year ("is a 2012 film", the year of its first showing) over a catalogue's year
    lead_year = next((int(r["value"]) for r in q.data.of("identity") if r["key"] == "year"
                      and str(r["value"]).isdigit()), None) or q.film.year
    year_first = kind == "release" and lead_year and not local and not wants_place and not versioned
    if rows and I.wants_date(q.rest) and not any(r["date"] for r in rows):
        # "when did it come out in <country>": a release there without a date answers nothing asked
        return await not_stated(q, "the date" + (f" ({' '.join(place_words)})" if place_words else ""),
                                r"\b(1[89]\d\d|20\d\d)\b", terms=" ".join(place_words))
    if rows:
        if kind == "release":
            unqualified = rows is every  # no country, place or event asked
            dated = sorted((r for r in rows if r["date"]), key=lambda r: r["date"])
            rows = dated + [r for r in rows if not r["date"]] if dated else rows
            if unqualified and dated:
                # "when was it released", no country asked: a premiere before the first release is
                # when the public first saw it, and leads ("premiered at a festival in 2012; released 2013")
                first = [r for r in rel if r["kind"] == "premiere" and r["date"] and r["date"] < dated[0]["date"]]
                if first and not premiere_excluded:
                    rows = [min(first, key=lambda r: r["date"])] + rows
        parts = []
        for r in rows[:2]:
            part = _release_part(r)
            if part not in parts:
                parts.append(part)
        text = "It " + "; it ".join(parts) + "."
        if year_first and _release_year(rows[0]) != lead_year:
            lead = await _lead_sentence(q, str(lead_year))
            return q.make(f"It is a {lead_year} film; it " + "; it ".join(parts) + ".", "release.date", GOOD,
                          ([lead] if lead else []) + [src(x) for x in rows[:2]])
        if local and I.is_yesno(q.rest):
            text = "Yes: " + text[0].lower() + text[1:]  # "did it premiere at <the festival it did>"
        return q.make(text, "release.date", HIGH if rows[0]["date"] else GOOD, [src(x) for x in rows[:2]])
    if year_first and kind == "release":
        lead = await _lead_sentence(q, str(lead_year))
        if lead:
            # the year is sure; a question after the day or the place gets it only as a hint
            exact = (I.wants_date(q.rest) or _ANSWER_RELEASE_RX8.search(q.rest) is not None) \
                and not _ANSWER_RELEASE_RX7.search(q.rest)
            if exact and (_ANSWER_RELEASE_RX5.search(q.rest) or await _goes_past_its_lead(q)):
                # "what date did it open": the year is no answer to that. Nor is it to "when did it come out"
                # or "its release date" where the article goes on past its lead (plot, cast, production)
                # and never dates a release: the article doesn't say, and the year goes with that, plainly
                return q.make(f"The article gives no release date; it says only that it is a {lead_year} film.",
                              "abstain", NONE, [lead])
            # a lead alone, where the film's year is all there is: "what was its release date" is asked
            # for the year, given as a hint, never confidently; "what year" is answered by it
            return q.make(f"It is a {lead_year} film" + ("; the article gives no exact release date." if exact else "."),
                          "release.date", GUESS if exact else GOOD, [lead])
    if kind == "premiere" and q.film.year:
        # its first showing is of the film's own year: "a sneak preview on January 31,
        # 1958" over a restoration's premiere decades later
        years = str(q.film.year)
        first = await not_stated(q, "where or when it premiered", rf"^(?=.*\b(premiere|preview|screened|screening|"
                                 rf"shown)\w*)(?=.*\b({years})\b)", terms="premiere premiered preview screening screened")
        if not first.abstained:
            return first
    # the year before or after the verb: "On May 2, 2014, a restored print was premiered at ..."
    return await not_stated(q, "when it was released" if kind != "premiere" else "where or when it premiered",
                            r"^(?=.*\b(premiere|release|preview|screened|screening)\w*)(?=.*\b(1[89]\d\d|20\d\d)\b)",
                            terms="premiere premiered preview screening screened" if kind == "premiere" else "")


_HOW_MANY_SCREENS = r"\bhow many (theaters|theatres|screens|cinemas|prints|venues|locations|halls|multiplexes)\b"
#: "its international premiere", "the european premiere": the word naming which premiere is asked.
_PREMIERE_QUALIFIER = re.compile(r"\b(?!(?:its|the|a|an|their|that|this|first|festival|big|official|actual|film|movie)\b)"
                                 r"([a-z]{4,}) premiere\b")


_COUNTRY_ADJECTIVES = frozenset(I.country_adjectives())


async def _qualified_premiere(q: Q, rows: list[dict]) -> Answer | None:
    """"Where did it have its international premiere": the clause of a sentence that says "<word> premiere"
    ("..., and held its international premiere at <festival B>"); a release fact counts only when its own
    place or event stands in that clause (the first festival's "International" is no such premiere). No
    sentence says it: the article doesn't, unless the word is "world" (the first showing is the world's).
    None when no such word is asked or a country is (the territory rules answer those)."""
    m = _PREMIERE_QUALIFIER.search(q.rest)
    if m is None or I.territory(q.text) or m.group(1) in _COUNTRY_ADJECTIVES:
        return None  # "its canadian premiere": a country's, which the clause rules below read
    told = re.compile(rf"\b{re.escape(m.group(1))} premiere", re.IGNORECASE)
    for r in rows:
        sentence = (r.get("source") or {}).get("sentence") or ""
        clause = next((c for c in _NEXT_SHOWING.split(sentence) if told.search(c)), "")
        if not clause:
            continue
        mine = [x for x in rows if (x["event"] or x["place"]) and (x["event"] or x["place"]) in clause]
        if mine:
            return q.make("It " + "; it ".join(dict.fromkeys(_release_part(x) for x in mine[:2])) + ".", "release.date",
                          HIGH if mine[0]["date"] else GOOD, [src(x) for x in mine[:2]])
        return q.make(f"The article says: “… {clause.strip()}”", "release.sentence", GUESS, [src(r)])
    if m.group(1) == "world":
        return None
    return await not_stated(q, f"where or when its {m.group(1)} premiere was", told.pattern, terms=f"{m.group(1)} premiere premiered")


async def _theaters(q: Q) -> Answer:
    """"How many theaters did it open in": a count of theatres, never a date; for the country asked,
    if one is asked, else the widest count the article gives."""
    rows = [r for r in q.data.of("release") if r["theaters"]]
    territory = I.territory(q.text)
    if territory:
        rows = [r for r in rows if I.same_territory(territory, r["place"] or "") or
                I.territory_named_in(r["source"]["sentence"] or "", territory)]
    if rows:
        r = max(rows, key=lambda x: x["theaters"])
        where = f" in {r['place']}" if r["place"] else ""
        return q.make(f"It was released{where} in {r['theaters']:,} theatres: “{r['source']['sentence']}”", "release.theaters",
                      GOOD if len({x['theaters'] for x in rows}) == 1 else FAIR, [src(x) for x in rows[:2]])
    return await not_stated(q, "how many theatres it played in" + (f" in {territory}" if territory else ""),
                            r"\d[\d,]*\s+(theat|screen|cinema|print|venue|location|hall)" +
                            (rf"(?=.*{re.escape(territory)})" if territory else ""),
                            terms="theaters theatres screens cinemas")


def _release_year(r: dict) -> int | None:
    m = _ANSWER_RELEASE_RX2.search(f"{r['date'] or ''} {r['date_text'] or ''}")
    return int(m.group(1)) if m else None


def _in_its_own_language(q: Q, lang: str) -> bool:
    """Is *lang* a language the lead gives the film ("a Tamil-language film"): its own version, not a dub?"""
    return any(lang in normalize(r["value"]).split() for r in q.data.of("identity") if r["key"] == "language")


async def _goes_past_its_lead(q: Q) -> bool:
    """Does the article have sections past its lead (a plot, a cast, a production history)? One that does
    and gives no release date doesn't say when the film came out; a lead alone gives its year as the date."""
    return any(s["kind"] != "lead" for s in await queries.sections(q.lib.conn, q.film.id))


async def _lead_sentence(q: Q, needle: str) -> dict | None:
    """The citation of the lead's first sentence holding *needle* (the film's year): where films.year came from."""
    rows = await queries.sentences_in(q.lib.conn, q.film.id, ("lead",))
    for r in rows:
        if re.search(rf"\b{re.escape(needle)}\b", r["text"]):
            return {"section": r["path"], "sentence": r["text"]}
    return None


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_RELEASE_PART_RX1 = re.compile(r"(1[89]\d\d|20\d\d)")


#: Where one sentence goes on to another showing: "..., then held its ...", "...; it ...", "..., and later ...".
_NEXT_SHOWING = re.compile(r",?\s+(?:and\s+)?then\s+|;\s*|,\s+(?:and|while|before|after|followed by)\s+|"
                           r"\s+and\s+(?:later|subsequently|also)\s+")


def _clause_of_shared_sentence(local: list[dict], rel: list[dict], words: list[str]) -> str:
    """The clause of the one sentence behind several release facts that holds a word the question asks by
    ("canadian" in "...premiered at <festival A> in March, then held its Canadian premiere at <festival B> on
    8 April"), when no fact holds that word itself (in its place or event): the sentence matched, not a
    release, and the facts alone would give the first showing. '' when a fact holds the word, the facts come
    from several sentences, the sentence tells one release, or not exactly one clause holds the word."""
    if not local or any(any(w in normalize(f"{r['place'] or ''} {r['event'] or ''}") for w in words) for r in local):
        return ""
    said = {(r.get("source") or {}).get("sentence") or "" for r in local}
    if len(said) != 1:
        return ""
    sentence = said.pop()
    if sum(1 for r in rel if (r.get("source") or {}).get("sentence") == sentence) < 2:
        return ""
    clauses = [c.strip() for c in _NEXT_SHOWING.split(sentence) if c.strip()]
    holding = [c for c in clauses if any(w in normalize(c).split() for w in words)]
    return holding[0] if len(clauses) > 1 and len(holding) == 1 else ""


def _release_part(r: dict) -> str:
    when = r["date_text"] or r["date"]
    year = _RELEASE_PART_RX1.match(r["date"] or "")
    if r["date_text"] and year and not _ANSWER_RELEASE_RX2.search(r["date_text"]):
        when = f"{r['date_text']}, {year.group(1)}"  # "released on January 16": the year its sentence implies
    bits = [when]
    where = r["event"] or r["place"]
    if where:
        bits.append(f"at {where}" if r["event"] else f"in {where}")
    verb = {"premiere": "premiered", "home_media": "was released on home media", "television": "was shown on television",
            "rerelease": "was re-released",
            "limited": "had a limited release", "wide": "went wide"}.get(r["kind"], "was released")
    return f"{verb} " + " ".join(b for b in bits if b)


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ANSWER_FILMING_RX1 = re.compile(r"\bhow (long|many (days|weeks|months|years))\b")
_ANSWER_FILMING_RX2 = re.compile(r"(what|which) (?!(city|cities|country|countries|place|places|location|locations|state|states|town|"
                r"towns|studio|studios|island|islands|area|region|site|sites)\b)\w+")
_ANSWER_FILMING_RX3 = re.compile(r"\b(begin|began|start|started|end|ended|wrap|wrapped)\b")
_ANSWER_FILMING_RX4 = re.compile(r"\b(end|ended|ends|wrap|wrapped|finish|finished|complete|completed)\b")
_ANSWER_FILMING_RX5 = re.compile(r"\b(begin|began|start|started|commence|commenced)\b")


async def answer_filming(q: Q) -> Answer:
    prod = q.data.of("production")
    when = (I.wants_date(q.rest) or _ANSWER_FILMING_RX3.search(q.rest)) \
        and not I.wants_place(q.rest)
    if _ANSWER_FILMING_RX1.search(q.rest):
        # a duration (asked before any scene: "long" in "how long did it take" is no scene): the dates the
        # facts hold do not say it; quote the sentence that does
        # ... a count ("lasted 50 days") or a period ("took place between May 1988 and March 1989"), in a
        # sentence that writes filming's words ("principal photography lasted", "filming took place")
        # ... or a start and an end ("began on May 2 and ended on July 9")
        # (a span of the script's writing is none of the shoot's)
        return await not_stated(q, "how long it was filmed", rf"^(?!.*(?:{_SPAN_OF_A_PART}))"
                                rf"(?=.*\b(film\w*|shoot\w*|shot|photography|production)\b).*(?:{_SPAN}|"
                                rf"\b(between|from)\s+(\w+\s+){{0,3}}?{_MONTH_OR_YEAR}\b.{{0,40}}?\b(and|to|until|through)"
                                rf"\s+(\w+\s+)?{_MONTH_OR_YEAR}\b|\b(began|begun|started|commenced)\b.{{0,40}}?{_MONTH_OR_YEAR}"
                                rf"\b.{{0,60}}?\b(end|ends|ended|wrapped|finished|concluded|completed)\b.{{0,20}}?{_MONTH_OR_YEAR}\b)",
                                terms=f"{_FILMING_TERMS} lasted took days weeks months", story=False,
                                rank=_whole_shoot)
    if _STUDIO_ASKED.search(q.rest) and not I.is_yesno(q.rest) and not when:
        # "what studio was it shot at": a studio, which a place outdoors is not; the sentence naming one (the
        # production moved to <A> Studios) below confidence, or the article doesn't say
        rows = [r for r in prod if r["key"] == "filming_location"]
        studios = [r for r in rows if _STUDIO_TOLD.search(r["value"])]
        if studios:
            return q.make(f"It was filmed at {join_names([r['value'] for r in studios])}.", "filming.place", GOOD,
                          [src(r) for r in studios])
        return await not_stated(q, "which studio it was filmed at", r"\b(?-i:[A-Z])\w+\s+(studios?|sound ?stages?)\b",
                                terms="studio studios stage", story=False)
    scene = _scene_words(q)
    if scene:
        # "where was the <scene> shot": a place for one scene, which the film's filming places do not tell
        # ... a name typed with its possessive ("ora's house") is searched as the article writes it ("Ora")
        owned = [w[:-1] for w in scene if len(w) > 3 and w.endswith("s")
                 and re.search(rf"\b{re.escape(w[:-1])}['’]s\b", q.text, re.IGNORECASE)]
        got = await best_sentences(q.lib.conn, q.film.id, " ".join(scene + owned), drop=_title_words(q),
                                   must=_SCENE_FILMED)
        # ("nyc" is found written "New York City"; "<character>s house" the character's, "Osk's home")
        if got and all(_scene_word_in(w, normalize(got[0][1]["text"])) for w in scene):
            row = got[0][1]
            if not _FILMED.search(row["text"]):
                # "Osk House served as the manor": a stand-in told without a filming word, said below confidence
                return q.make(f"The article says: “{row['text']}”", "filming.sentence", GUESS, [sentence_source(row)])
            yes = "Yes: " if I.is_yesno(q.rest) else ""
            if not yes and not holds("place", row["text"], q.text):
                # "It was here that the <scene> was filmed": the place is the sentence before's; quoted with
                # it, and never confidently when no sentence names a place
                prev = await next_sentence(q.lib.conn, row, step=-1)
                if prev is not None and holds("place", prev["text"], q.text):
                    return q.make(f"The article says: “{prev['text']} {row['text']}”", "filming.sentence", FAIR,
                                  [sentence_source(prev), sentence_source(row)])
                return q.make(f"The article says: “{row['text']}”", "filming.sentence", LOW, [sentence_source(row)])
            return q.make(f"{yes}The article says: “{row['text']}”", "filming.sentence", FAIR, [sentence_source(row)])
    if when:
        rows = [r for r in prod if r["key"] in ("filming_start", "filming_period", "filming_end")]
        both = _ANSWER_FILMING_RX4.search(q.rest) \
            and _ANSWER_FILMING_RX5.search(q.rest)
        keys = {r["key"] for r in rows}
        if both and rows and "filming_period" not in keys and not {"filming_start", "filming_end"} <= keys:
            # "when did filming start and end": one date is half the answer; the sentence giving the span
            got = await best_sentences(q.lib.conn, q.film.id, "filmed filming from to", drop=_title_words(q),
                                       must=re.compile(r"\b(filmed|filming|shot|shooting|photography)\b.*\bfrom\b.+\b(to|until|through)\b",
                                                       re.I))
            vals = join_names([r["value"] for r in rows])
            if got:
                row = got[0][1]
                return q.make(f"Filming: {vals}. The article says: “{row['text']}”", "filming.date", GUESS,
                              [*(src(r) for r in rows), sentence_source(row)])
            return q.make(f"Filming: {vals} (the article gives no other date).", "filming.date", GUESS,
                          [src(r) for r in rows])
        if both:
            pass
        elif _ANSWER_FILMING_RX4.search(q.rest):
            rows = [r for r in rows if r["key"] in ("filming_end", "filming_period")]  # never the start for the end
        elif _ANSWER_FILMING_RX5.search(q.rest):
            rows = [r for r in rows if r["key"] in ("filming_start", "filming_period")]
        if rows:
            vals = join_names([r["value"] for r in rows])
            return q.make(f"Filming: {vals}.", "filming.date", GOOD, [src(r) for r in rows])
        if not _ANSWER_FILMING_RX4.search(q.rest):
            told = await _start_dated_before(q)
            if told is not None:
                return told
        return await not_stated(q, "when it was filmed", r"\b(filming|photography|shooting|filmed|shot)\b.*\b(1[89]\d\d|20\d\d)\b",
                                terms=_FILMING_TERMS, story=False)
    if _ANSWER_FILMING_RX2.match(q.rest):
        # "what format was it shot in", "what camera did they film with": no place is asked
        return await fallback(q)
    rows = [r for r in prod if r["key"] == "filming_location"]
    if rows and scene and I.is_yesno(q.rest) and not any(
            all(re.search(rf"\b{re.escape(w)}", normalize(r["value"])) for w in scene) for r in rows):
        # "was it filmed in <a place no filming sentence names>": no, and where it was
        # below confidence: a place has other names ("philly", "the uk") that no sentence may write
        return q.make(f"No; the article says it was filmed in {join_names([r['value'] for r in rows])}.",
                      "filming.place", GUESS, [src(r) for r in rows])
    if rows and any(w not in _PLACE_KINDS for w in scene) and not I.is_yesno(q.rest):
        # "where was the car chase filmed": the film's places, but which of them the scene is the article
        # doesn't say; never confidently
        return q.make(f"The article doesn't say where the {' '.join(w for w in scene if w not in _PLACE_KINDS)} was "
                      f"filmed; the film was shot in "
                      f"{join_names([r['value'] for r in rows])}.", "filming.place", GUESS, [src(r) for r in rows])
    if rows:
        return q.make(f"It was filmed in {join_names([r['value'] for r in rows])}.", "filming.place", GOOD,
                      [src(r) for r in rows])
    # a place after "in" or "at" ("filmed at Ruritania Lodge"), never a month ("filming started in September")
    # ... or a few lower-case words on ("shot on location in various areas of Ruritania")
    return await not_stated(q, "where it was filmed", r"\b(filmed|shot|filming|photography|shooting|(entered|began|started|commenced) "
                            rf"production)\b.*\b(in|at)\s+(the\s+)?(?:(?-i:[a-z])[\w-]*\s+(?:of\s+)?){{0,3}}?"
                            rf"(?!{_MONTH_OR_YEAR}\b)(?-i:[A-Z])",
                            terms=f"{_FILMING_TERMS} production", story=False)


#: A sentence whose span is the whole shoot's: the film shot or filmed, or filming (principal photography,
#: the shoot) lasting or taking place, the filming word not narrowed to a place or a part ("Filming in Osk
#: lasted two weeks", "The wedding took five days to film" are one piece of it).
_WHOLE_SHOOT = re.compile(r"\b(?:the (?:film|movie|picture)|it) (?:was |were )?(?:shot|filmed)\b|\b(?:principal photography|"
                          r"filming|shooting|the shoot|production)\b(?!\s+(?:in|at|on|of|for|with)\s)(?:\s+\w+){0,2}?\s+"
                          r"(?:lasted|took|ran|spanned|continued|went on|was completed|wrapped|began|started|commenced)\b",
                          re.IGNORECASE)


def _whole_shoot(text: str) -> int:
    """1 when *text* tells the whole shoot's span (:data:`_WHOLE_SHOOT`), else 0."""
    return int(_WHOLE_SHOOT.search(text) is not None)


#: A filming question asking for a studio ("what studio was it shot at"), and a place that is one.
_STUDIO_ASKED = re.compile(r"\b(studio|studios|sound ?stages?)\b")
_STUDIO_TOLD = re.compile(r"\b(studios?|stages?|lot)\b", re.IGNORECASE)
#: A span told of one part of the shoot, not the whole (vocab/question.toml span_of_a_part).
_SPAN_OF_A_PART = load("question")["span_of_a_part"]
#: A span of time a sentence gives ("in 20 days", "two months", "a few weeks"): a count, never "glory days".
_SPAN = (rf"\b(\d+|{alternation(['a', 'an', 'one', 'a few', 'several', 'a couple of', *load('titles')['numbers']])})"
         rf"[\s-]+(\w+[\s-]+)?(days?|weeks?|fortnights?|months?|years?|hours?)\b|\b(a|one|under a|in a) fortnight\b|"
         rf"\bovernight\b")
_SPAN_RX = re.compile(_SPAN, re.IGNORECASE)
#: A question's words that say it is about the shoot: its span is the filming's.
_SHOOT_WORDS = re.compile(r"\b(film|filming|filmed|shoot|shooting|shot|photography)\b")
#: A duration question's own frame: no answering sentence needs these words.
_DURATION_FRAME = frozenset(load("ask_words")["film"]["duration_frame"])


async def answer_duration(q: Q) -> Answer:
    """"how long did A take to write the script": the sentence giving a span ("in 20 days") beside a word
    of the work asked (the script, the editing), quoted below confidence; a question about the shoot goes to
    the filming answer, which also reads a start and an end."""
    if _SHOOT_WORDS.search(q.rest):
        return await answer_filming(q)
    names = {w for h in q.names for _r, n in h.owners for w in normalize(n).split()}
    work = [w for w in q.rest.split() if w not in STOPWORDS and w not in _DURATION_FRAME and w not in names
            and not is_frame(w) and len(w) > 2 and w not in _title_words(q)]
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} days weeks months years", drop=_title_words(q),
                               must=_SPAN_RX)
    got = [g for g in got if g[1].get("kind") != "plot" and not _PLOT_PATH.search(g[1].get("path") or "")
           and (not work or any(forms(w) & set(normalize(g[1]["text"]).split())
                                or re.search(rf"\b{re.escape(stem(w))}", normalize(g[1]["text"])) for w in work))]
    if got:
        row = got[0][1]
        return q.make(f"The article says: “{row['text']}”", "fallback.sentence", LOW, [sentence_source(row)])
    return q.make("The article doesn't say how long it took.", "abstain", NONE, [])


#: How a sentence tells the film's start: an idea, an inspiration, a book found, a pitch.
_ORIGIN_TOLD = re.compile(r"\b(idea|ideas|inspir\w*|conceiv\w*|concept|came up with|origin\w*|genesis|reunion|pitch\w*|"
                          r"optioned|acquired the (film )?rights|(found|discovered|read|came across) (a |the )?(book|novel|"
                          r"memoir|article|story|script)|brought (the )?(book|project|idea|script))\b", re.IGNORECASE)


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ANSWER_ORIGIN_RX1 = re.compile(r"\b(reception|critical|review)", re.IGNORECASE)


async def answer_origin(q: Q) -> Answer:
    """"where did the idea for it come from", "how did it get started": the sentence of the article's
    production history telling its start (an idea, an inspiration, a book found), quoted below confidence;
    never a review or the plot."""
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} idea inspiration conceived", drop=_title_words(q),
                               must=_ORIGIN_TOLD, prefer=section_preference("production"))
    got = [g for g in got if g[1].get("kind") not in ("plot", "review") and not _PLOT_PATH.search(g[1].get("path") or "")
           and not _ANSWER_ORIGIN_RX1.search(g[1].get("path") or "")]
    if got:
        row = got[0][1]
        return q.make(f"The article says: “{row['text']}”", "fallback.sentence", LOW, [sentence_source(row)])
    return await fallback(q, min_conf=LOW)


_AGGREGATOR = re.compile(r"\b(rotten tomatoes|metacritic|cinemascore|posttrak|imdb)\b", re.IGNORECASE)
_ASPECTS: dict[str, list[str]] = {k: list(v) for k, v in load("question")["review_aspects"].items()}
#: A sentence telling what critics made of something.
# ("highlighted the score" judges; "presents highlights from her films", a compilation's pieces, does not)
_CRITICS_TOLD = re.compile(r"\b(critic\w*|review\w*|prais\w*|criticiz\w*|criticis\w*|acclaim\w*|laud\w*|panned|"
                           r"singled out|highlight\w*(?!\s+(?:from|of)\b)|commend\w*|compliment\w*|applaud\w*|admired|faulted)\b", re.IGNORECASE)


async def answer_critics_on(q: Q) -> Answer:
    """"what did critics say about the music": the sentence where critics judge that part (its other words:
    "score", "soundtrack"), quoted below confidence; the overall score is no answer to it, so when no
    sentence tells it the score is given as the overall verdict only, never confidently."""
    aspect = I.review_aspect(q.rest)
    if not aspect:
        return await _critics_then(q)
    words = next((ws for key, ws in _ASPECTS.items() if aspect == key or aspect in ws), [aspect])
    names = [w for h in q.names for _r, n in h.owners for w in normalize(n).split() if len(w) > 2]
    if names and aspect in names:
        words = names  # "how did critics react to <player>": any word of the name
    said = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")", re.IGNORECASE)
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} {' '.join(words)} praised critics",
                               drop=_title_words(q), must=_CRITICS_TOLD, limit=40)
    # (an aggregator's line is the overall verdict: "a score of 51" says nothing of the music)
    got = [g for g in got if said.search(g[1]["text"]) and g[1].get("kind") != "plot"
           and not _PLOT_PATH.search(g[1].get("path") or "") and not _AGGREGATOR.search(g[1]["text"])]
    if got:
        row = got[0][1]
        return q.make(f"The article says: “{row['text']}”", "review.sentence", LOW, [sentence_source(row)])
    overall = await answer_score(q, "critics")
    if not overall.kind.startswith("score."):
        return q.make(f"The article doesn't say what critics made of the {aspect}.", "abstain", NONE, [])
    what = next((n for _h, n in q.roles("actor") + q.roles("character") if aspect in normalize(n).split()),
                f"the {aspect}")
    return q.make(f"The article doesn't single out {what}; overall: {overall.answer}", "review.sentence", GUESS,
                  overall.sources)


_RATING_BOARD = re.compile(r"\b(MPAA|Motion Picture Association|rating board|BBFC|censor\w*|certificat\w*|rated (G|PG|R|X))\b")
#: A review of later years: "in retrospect", "modern critics", "has since been".
_LATER_TOLD = re.compile(r"\b(retrospect\w*|modern|today|later|since|re-?evaluat\w*|re-?apprais\w*|hindsight|"
                         r"years after|decades)\b", re.IGNORECASE)
#: A review sentence of the film's own time: a year, or a word saying it was then.
_THEN_TOLD = re.compile(r"\b(1[89]\d\d|20\d\d|contemporary|at the time|upon (its )?release|on (its )?release|initial|"
                        r"original(ly)?|first released)\b", re.IGNORECASE)


async def _critics_then(q: Q) -> Answer:
    """"what did critics say at the time", "how was it reviewed in 1950": the reviews of the film's own time,
    told in a sentence of the reception (a year of then, "contemporary", a paper's review), quoted below
    confidence; today's aggregate score is no answer to it, so it is given only as such, never confidently."""
    years = set(_A_YEAR.findall(q.text))
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} critics critic review reviews contemporary",
                               drop=_title_words(q), must=_CRITICS_TOLD, limit=40, prefer=frozenset({"critical"}))
    film_year = q.film.year or 0

    def of_then(text: str) -> bool:
        # a review of later years ("Critic A wrote in 2003", "in retrospect") is not of then
        told = {int(y) for y in _A_YEAR.findall(text)}
        if years:
            return bool({int(y) for y in years} & told)
        return not _LATER_TOLD.search(text) and not any(y > film_year + 2 for y in told if film_year)

    # a review told ("A of the Times gave it a mixed review"), never the aggregate nor a review of later years
    # (nor a rating board's "review")
    # (nor an award's name in a list: "New York Film Critics Circle")
    got = [g for g in got if g[1].get("kind") not in ("plot", "cast", "accolades") and len(g[1]["text"].split()) >= 6
           and not _AGGREGATOR.search(g[1]["text"]) and of_then(g[1]["text"]) and not _RATING_BOARD.search(g[1]["text"])]
    got.sort(key=lambda g: not _THEN_TOLD.search(g[1]["text"]))  # one saying it is of then first
    if got:
        row = got[0][1]
        return q.make(f"The article says: “{row['text']}”", "review.sentence", LOW, [sentence_source(row)])
    overall = await answer_score(q, "critics")
    if not overall.kind.startswith("score."):
        return q.make("The article doesn't say how critics took it when it came out.", "abstain", NONE, [])
    return q.make(f"The article doesn't say how critics took it then; today: {overall.answer}", "review.sentence",
                  GUESS, overall.sources)


#: The words a filming sentence writes, whichever the question used ("shoot" / "principal photography"):
#: the full-text index does not stem.
_FILMING_TERMS = "filmed filming shot shooting photography principal location locations"
_MONTH_OR_YEAR = (r"(January|February|March|April|May|June|July|August|September|October|November|December|"
                  r"1[89]\d\d|20\d\d)")


_FILMING_WORDS = frozenset(load("ask_words")["film"]["filming_words"])
#: The kind of place a filming question asks ("which city", "what studio", "which island"): no scene of the
#: film, though the words find a sentence naming one.
_PLACE_KINDS = frozenset(load("ask_words")["film"]["place_kinds"])


#: A sentence telling that filming began, with no date of its own ("It was also announced that the film had
#: commenced principal production", "Filming began that same day").
_STARTED_UNDATED = re.compile(r"\b(?:began|begun|started|commenced|underway)\b[^.;]{0,40}?\b(?:filming|photography|production|"
                              r"shooting)\b|\b(?:filming|photography|production|shooting)\b[^.;]{0,30}?\b(?:began|begun|"
                              r"started|commenced|got underway|was underway)\b", re.IGNORECASE)
_A_DATE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


async def _start_dated_before(q: Q) -> Answer | None:
    """"when did filming start": a sentence telling that it began with no date of its own but one told by
    the sentence before ("that same day", "It was also announced that ..."), quoted with that sentence,
    below confidence; None when none does."""
    got = await best_sentences(q.lib.conn, q.film.id, "filming began started commenced principal photography production",
                               drop=_title_words(q), must=_STARTED_UNDATED, limit=10)
    for _s, row in got:
        if _A_DATE.search(row["text"]) or not dated_before(row["text"]):
            continue
        prev = await next_sentence(q.lib.conn, row, step=-1)
        if prev is not None and _A_DATE.search(prev["text"]):
            return q.make(f"The article says: “{prev['text']} {row['text']}”", "filming.sentence", LOW,
                          [sentence_source(prev), sentence_source(row)])
    return None


_FILMED = re.compile(r"\b(filmed|shot|filming|photographed|photography|shooting|location)", re.I)
_SCENE_FILMED = re.compile(_FILMED.pattern + "|" + "|".join(load("ask_words")["film"]["stand_in_told"]), re.I)
_SCENE_ALIKE = {k: tuple(v) for k, v in load("ask_words")["film"]["scene_alike"].items()}


def _scene_word_in(word: str, norm: str) -> bool:
    """Does the normalised sentence *norm* write the scene's *word*: as typed, its short form spelled out
    ("nyc"), a name's possessive without its s ("<character>s house": "<Character>"), or a word the article
    writes for the same kind of place (vocab ask_words.toml scene_alike: "house" as "home")?"""
    if re.search(rf"\b{re.escape(word)}", norm):
        return True
    if spelled_out(word) != word and re.search(rf"\b{re.escape(spelled_out(word))}", norm):
        return True
    if len(word) > 3 and word.endswith("s") and re.search(rf"\b{re.escape(word[:-1])}\b", norm):
        return True
    return any(re.search(rf"\b{re.escape(a)}", norm) for a in _SCENE_ALIKE.get(word, ()))


def _scene_words(q: Q) -> list[str]:
    """Words of a filming question beyond the filming itself ("bank robbery" in "where was the bank
    robbery shot"): the question is about one scene."""
    words = q.rest.split()
    if I.cue("stand_in", q.rest) and len(words) > 1 and words[0] in ("what", "which"):
        words = words[2:]  # "what house stood in for the manor": the kind of place asked, no scene of the story
    return [w for w in words if w not in _FILMING_WORDS and w not in STOPWORDS and not is_frame(w)
            and (len(w) > 2 or spelled_out(w) != w)  # "where in sf": a place's short form is one
            and not w.isdigit() and w not in _EXTENT_WORDS]


#: How much of the shoot a question asks about ("where did they shoot most of it"): no scene of the film.
_EXTENT_WORDS = frozenset(load("ask_words")["film"]["extent_words"])


# --- scores and reviews -------------------------------------------------------------------------------------
_OTHER_SITE = [re.compile(p) for p in load("intents")["other_score_site"]]


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ANSWER_SCORE_RX1 = re.compile(r"\bconsensus\b")
_ANSWER_SCORE_RX2 = re.compile(r"\b(audience|audiences|user|users|fan|fans|viewer|viewers|popcorn\w*)\b")
_ANSWER_SCORE_RX3 = re.compile(r"\b(audience|user|fan|viewer|popcorn)", re.I)


async def answer_score(q: Q, which: str) -> Answer:
    scores = q.data.of("score")
    if which == "other":
        # "its imdb rating": a site no fact kind holds; a sentence naming it with a figure, or nothing
        site = next((m.group("site") for p in _OTHER_SITE if (m := p.search(q.rest))), "that site")
        return await not_stated(q, f"its {site} rating", rf"^(?=.*\b{re.escape(site)})(?=.*\d)", terms=site)
    if which == "audience":
        polls = [s for s in scores if s["aggregator"] in ("cinemascore", "posttrak")]
        if polls:
            # "what was the audience score": the poll the article gives, as that poll (the member may
            # mean another site's audience figure, which the article does not give)
            return q.make("; ".join(present.score(s, card=False) for s in polls) + ".", "score.audience", GUESS,
                          [src(s) for s in polls])
        return await not_stated(q, "its audience score", r"\b(audience|user|fan|viewer)s?\b.*\d",
                                terms="audience audiences polled")
    wanted = ("rotten_tomatoes", "metacritic") if which == "critics" else (which,)
    rows = [s for w in wanted for s in scores if s["aggregator"] == w]
    if which != "cinemascore" and _ANSWER_SCORE_RX2.search(q.rest):
        # the audience score is another figure than the critics' one the facts hold
        rows = [s for s in rows if _ANSWER_SCORE_RX3.search((s.get("source") or {}).get(
            "sentence", ""))]
        if not rows:
            return await not_stated(q, "its audience score", r"\b(audience|user|fan|viewer)s?\b.*\d")
    said = [s for s in rows if s.get("consensus")]
    if said and _ANSWER_SCORE_RX1.search(q.rest):
        # "what does the critics consensus say": the aggregator's summary, not its figure
        s = said[0]
        return q.make(f"The Rotten Tomatoes critics consensus reads: “{s['consensus']}”", "score.rotten_tomatoes", HIGH,
                      [src(s)])
    if _ANSWER_SCORE_RX1.search(q.rest):
        return await not_stated(q, "a critics consensus", r"\bconsensus\b", terms="consensus")
    if rows:
        seen, parts = set(), []
        for s in rows:
            if s["aggregator"] not in seen:
                seen.add(s["aggregator"])
                parts.append(present.score(s, card=False))
        kind = "score.rotten_tomatoes" if which == "critics" else f"score.{which}"
        return q.make("; ".join(parts) + ".", kind, HIGH, [src(s) for s in rows])
    label = {"rotten_tomatoes": "Rotten Tomatoes", "metacritic": "Metacritic", "cinemascore": "CinemaScore"}.get(which)
    if label is None:
        return await fallback(q)
    # a figure, not the external link "<title> at Rotten Tomatoes"
    return await not_stated(q, f"its {label} score", rf"\b{re.escape(label.split()[0])}.*\d|\d.*\b{re.escape(label.split()[0])}")


_RATING = re.compile(r"\d(\.\d)?\s*(/|out of)\s*\d|\b\d(\.\d)?\s*stars?\b|\b(one|two|three|four|five|half) stars?\b")


_RATING_WORDS = frozenset(load("ask_words")["film"]["rating_words"])


_REVIEWER_SLOT = [re.compile(p) for p in load("intents")["reviewer_slot"]]
_NOT_A_REVIEWER = frozenset(load("intents")["not_a_reviewer"])
_REVIEW_SHORT_FORMS = {k: normalize(v) for k, v in load("reviews")["short_forms"].items()}
_KNOWN_PUBLICATIONS = frozenset(normalize(p) for p in load("reviews")["known_publications"]) \
    | frozenset(_REVIEW_SHORT_FORMS.values())


async def _reviewer_not_written(q: Q) -> str:
    """The reviewer a question asks for an opinion ("what did <X> think of it"), when the article never
    writes any word of that name; '' when it asks no one in particular, names someone of the film's facts,
    or the article writes the name somewhere."""
    m = next((m for p in _REVIEWER_SLOT if (m := p.match(q.rest))), None)
    if m is None or q.names:
        return ""
    who = m.group("who")
    words = [w for w in who.split() if w not in STOPWORDS and w not in ("the", "a", "an") and len(w) > 1]
    if words and words[-1].endswith("s") and len(words[-1]) > 4 and " ".join(words) not in _KNOWN_PUBLICATIONS:
        # "variety's review": the possessive glued on by normalising is no part of the name
        words[-1] = words[-1][:-1]
        who = " ".join(words)
    if not words or any(w in _NOT_A_REVIEWER for w in words) or len(words) > 4:
        return ""
    phrase = _REVIEW_SHORT_FORMS.get(" ".join(words), " ".join(words))
    # the name as typed, or a person's surname alone ("Kael" for "pauline kael"); a paper only whole
    # ("new york times": its words one by one are any article's)
    forms = [phrase] + ([words[-1]] if len(words) == 2 and phrase not in _KNOWN_PUBLICATIONS else [])
    for form in forms:
        if await q.lib.conn.execute_fetchall(
                "SELECT 1 FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
                f"WHERE sentences_fts MATCH ? AND {FILM_ROWIDS} LIMIT 1",
                ('"' + form.replace('"', "") + '"', q.film.id, q.film.id, q.film.id)):
            # written somewhere: an opinion of theirs is only in the reception ("on the <paper>'s
            # best-seller list" is none); quoted from there below confidence, or not at all
            rx = re.compile(r"\b" + r"\W+".join(re.escape(w) for w in form.split()) + r"\b", re.IGNORECASE)
            got = await best_sentences(q.lib.conn, q.film.id, q.text, drop=_title_words(q), must=rx)
            got = [g for g in got if _REVIEW_SECTION.search((g[1].get("path") or "").split(">")[-1])]
            # (a paper's name only: "what did the villagers think" may well be the story's)
            return who if not got and phrase in _KNOWN_PUBLICATIONS else ""
    return who


def _reviewer_by_word(q: Q) -> NameHit | None:
    """The reviewer of a question's opinion slot ("what score did <X> give it") typed by one word of a review
    fact's paper or critic too short for the name index ("kestrel" for "Kestrel Movie Review"): a name hit for
    them. None when the slot holds no such single word."""
    m = next((m for p in _REVIEWER_SLOT if (m := p.match(q.rest))), None)
    if m is None:
        return None
    words = [w for w in m.group("who").split() if w not in STOPWORDS and w not in _NOT_A_REVIEWER]
    if len(words) != 1 or len(words[0]) < 3:
        return None
    w = words[0]
    owners = tuple(sorted({(role, r[role]) for r in q.data.of("review") for role in ("publication", "critic")
                           if r.get(role) and w in normalize(r[role]).split()}))
    typed = normalize(q.text).split()
    if not owners or w not in typed:
        return None
    at = typed.index(w)
    return NameHit(at, at + 1, w, True, owners)


def _reviewer_word_in(word: str, text: str) -> bool:
    """Is a word of a reviewer's name typed (*word*, its possessive's s left off) in folded *text*, whole ("vell"
    is no word of "Vellish Courier", nor "ora" of "Orabay Times")?"""
    stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
    return re.search(rf"\b{re.escape(stem)}s?\b", text) is not None


def _inside_another_paper(q: Q, hit: NameHit, name: str) -> bool:
    """Is the publication word matched ("times" for a paper called Time) the end of another paper's name the
    question types ("the new york times")? Then that other paper is asked, not this one."""
    words = normalize(q.text).split()
    typed = words[hit.start: hit.end]
    for k in range(1, 4):
        if hit.start - k < 0:
            break
        phrase = " ".join(words[hit.start - k: hit.start] + typed)
        phrase = _REVIEW_SHORT_FORMS.get(phrase, phrase)
        if phrase in _KNOWN_PUBLICATIONS and phrase != normalize(name):
            return True
    return False


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ANSWER_REVIEW_RX1 = re.compile(r"^(?:He|She|They|It|The\s+(?:critic|reviewer|review)|[\"“‘])")


_VERDICTS: dict[str, str] = dict(load("question")["review_verdicts"])
_VERDICT_TOLD: dict[str, str] = dict(load("question")["review_verdict_told"])


async def answer_review_by_verdict(q: Q) -> Answer:
    """"who gave it a bad review", "which critics liked it": the critics and papers whose review the facts hold
    with that verdict, with what they said; else the sentence telling such a review, below confidence (the
    aggregate score names no one)."""
    word = I.verdict_asked(q.rest)
    verdict = _VERDICTS.get(word.replace(" ", ""), "")
    rows = [r for r in q.data.of("review") if r["verdict"] == verdict and (r["critic"] or r["publication"])]
    if rows:
        def who(r: dict) -> str:
            by = r["critic"] + (f" of {r['publication']}" if r["publication"] and r["critic"] else r["publication"])
            said = f" ({r['rating_text']})" if r["rating_text"] else f": “{r['quote']}”" if r["quote"] else ""
            return by + said
        # a review fact's verdict is read from its words: several said so, each named, never one confidently
        return q.make(f"A {verdict} review: " + "; ".join(who(r) for r in rows[:4]) + ".", "review.verdict",
                      FAIR if len(rows) == 1 else GUESS, [src(r) for r in rows[:4]])
    stems = _VERDICT_TOLD.get(verdict, r"(review)")
    return await not_stated(q, f"who gave it a {verdict or word} review", rf"(?i)^(?!.*\b(rotten tomatoes|metacritic)\b)"
                            rf"(?=.*\b{stems})", terms="review critic wrote called", person=True)


async def answer_review(q: Q) -> Answer:
    q = replace(q, names=[h for h in q.names if not any(r == "publication" and _inside_another_paper(q, h, n)
                                                         for r, n in h.owners)])
    who = {n for _h, n in q.roles("critic")} | {n for _h, n in q.roles("publication")}
    rows = [r for r in q.data.of("review") if r["critic"] in who or r["publication"] in who]
    # the reviewer the question's opinion slot types ("what did <X> give it"), word by word
    slot = next((m for p in _REVIEWER_SLOT if (m := p.match(q.rest))), None)
    named = [w for w in slot.group("who").split() if w not in STOPWORDS and w not in _NOT_A_REVIEWER and len(w) > 1] \
        if slot and len(slot.group("who").split()) <= 4 else []
    # a paper's short form ("nyt") stands for the full name a sentence writes
    named = [w for w in _REVIEW_SHORT_FORMS.get(" ".join(named), " ".join(named)).split() if w not in STOPWORDS]
    if named and rows:
        # "what did times of <a word like one of another paper's name> give it": a review found only by a name
        # typed off by a letter ("vellin" for "Vellini") answers only when every other word typed is its critic's
        # or paper's too, else another paper is asked ("ivo dane" for "Ivor Dane" found exactly stands)
        typed = normalize(q.text).split()
        exact = {n for h in q.names if h.exact for _r, n in h.owners}
        found = {(w, n) for h in q.names for _r, n in h.owners for w in typed[h.start: h.end]}
        rows = [r for r in rows if r["critic"] in exact or r["publication"] in exact or all(
            _reviewer_word_in(w, normalize(f"{r['critic']} {r['publication']}"))
            or (w, r["critic"]) in found or (w, r["publication"]) in found for w in named)]
    if not rows and I.cue("rating", q.rest):
        # "<a paper the facts don't hold> rating for it": a sentence that gives a rating ("4/5 stars in
        # <paper> reviews"), the question's words deciding which, below confidence
        rated = await best_sentences(q.lib.conn, q.film.id, f"{q.text} stars rating", drop=_title_words(q),
                                     must=_RATING)
        asked = [w for w in q.rest.split() if w not in STOPWORDS and w not in _RATING_WORDS and len(w) > 1]
        # the paper or critic typed ("toi") must be in the sentence: another's rating answers nothing asked
        # ("ebberlys rating": the possessive glued on by normalising is no part of the name)
        rated = [g for g in rated if not asked or any(re.search(rf"\b{re.escape(w)}|\b{re.escape(w[:-1])}\b",
                                                                normalize(g[1]["text"])) if w.endswith("s") and len(w) > 4
                                                      else re.search(rf"\b{re.escape(w)}", normalize(g[1]["text"]))
                                                      for w in asked)]
        if named:
            # ... every word of the reviewer typed ("times of vellin"): "vellin" of another paper's "Vellini
            # Express" is that paper's rating, no answer
            rated = [g for g in rated if all(_reviewer_word_in(w, normalize(g[1]["text"])) for w in named)]
        if rated:
            row = rated[0][1]
            return q.make(f"The article says: “{row['text']}”", "fallback.sentence", LOW, [sentence_source(row)])
    if not rows:
        unknown = await _reviewer_not_written(q)
        if unknown:
            # "what did <a critic or paper this article never writes> think of it": no opinion of theirs is in
            # it, and another critic's is no answer
            return q.make(f"The article doesn't say what {unknown} thought of it.", "abstain", NONE, [])
        got = await fallback(q)
        if named and not got.abstained and not any(
                all(_reviewer_word_in(w, normalize(s.get("sentence", ""))) for w in named) for s in got.sources):
            # "what did <a paper> give it": a quote that names the paper nowhere is another's review
            return q.make(f"The article doesn't say what {slot.group('who')} thought of it.", "abstain", NONE, [])
        return got
    r = rows[0]
    by = r["critic"] + (f" of {r['publication']}" if r["publication"] and r["critic"] else r["publication"])
    bits = [f"{by} reviewed it"]
    if r["rating_text"]:
        rating = r["rating_text"]
        if r["rating_value"] is not None and r["rating_scale"]:
            rating += f" ({r['rating_value']:g}/{r['rating_scale']:g})"
        bits.append(f"gave it {rating}")
    verdict = f" The review was {r['verdict']}." if r["verdict"] else ""
    quote = f" “{r['quote']}”" if r["quote"] else ""
    text = (", ".join(bits) + "." + verdict + quote).replace("reviewed it, gave", "gave")
    sources = [src(x) for x in rows]
    if I.cue("opinion", q.rest):
        # what the critic said goes on after the sentence that names them ("He called it ...")
        surname = (r["critic"] or r["publication"]).split()[-1] if (r["critic"] or r["publication"]) else ""
        for nxt in await queries.sentences_after(q.lib.conn, q.film.id, (r.get("source") or {}).get("ref", "")):
            if _ANSWER_REVIEW_RX1.match(nxt) or (surname and surname in nxt):
                text += f" {nxt}"
            else:
                break
    who_rx = "|".join(re.escape(w) for n in who for w in [n, n.split()[-1]] if len(w) > 3)
    if who_rx:
        # the critic's name as the article writes it: "marrows take on it" types it possessive, no apostrophe
        got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} {' '.join(sorted(who))}", drop=_title_words(q),
                                   must=re.compile(rf"\b(?:{who_rx})\b"))
        if got and got[0][1]["text"] not in text and not (r["quote"] and r["quote"][:40] in got[0][1]["text"]):
            text += f" The article also says: “{got[0][1]['text']}”"
            sources.append(sentence_source(got[0][1]))
    # Asked for a rating the review does not give: the rest is context, not the answer.
    conf = LOW if I.cue("rating", q.rest) and not r["rating_text"] else HIGH
    critics = {x["critic"] for x in rows if x["critic"]}
    if len(critics) > 1 and not {n for _h, n in q.roles("critic")}:
        # the paper asked ran reviews by several critics (on release, on a re-release): which one is meant
        # the question does not say, so the first is no confident answer
        conf = min(conf, GUESS)
    if conf == LOW and who_rx:
        # a rating the review facts miss may still be written near the critic's name ("gave it 1.5 stars")
        rated = await best_sentences(q.lib.conn, q.film.id, f"{q.text} stars rating", drop=_title_words(q),
                                     must=re.compile(rf"^(?=.*\b(?:{who_rx})\b)(?=.*(?:{_RATING.pattern}))"))
        if rated and rated[0][1]["text"] not in text:
            text += f" The article says: “{rated[0][1]['text']}”"
            sources.append(sentence_source(rated[0][1]))
        else:
            # or just after it, the sentence split at the review's closing quote ("... " and gave it 1.5 stars)
            ref = (r.get("source") or {}).get("ref", "")
            nxt = await queries.sentences_after(q.lib.conn, q.film.id, ref, limit=1) if ref else []
            if nxt and _RATING.search(nxt[0]) and nxt[0] not in text:
                text += f" The article goes on: “{nxt[0]}”"
    # "what did <critic> say about <actor>": the review's words about that person, or no confident answer
    subjects = {n.split()[-1] for _h, n in q.roles("actor") + q.roles("character") if n not in who and n.split()}
    if subjects and not any(re.search(rf"\b{re.escape(w)}\b", text) for w in subjects):
        conf = LOW
        about = "|".join(re.escape(w) for w in subjects)
        got = await best_sentences(q.lib.conn, q.film.id, q.text, drop=_title_words(q),
                                   must=re.compile(rf"^(?=.*\b(?:{about})\b)(?=.*\b(?:{who_rx})\b)")) if who_rx else []
        if got:
            text += f" About {join_names(sorted(subjects))}: “{got[0][1]['text']}”"
            sources.append(sentence_source(got[0][1]))
        else:
            # the review goes on after the sentence naming the critic: "He found Bennett static ..."
            ref = (r.get("source") or {}).get("ref", "")
            hit = await _said_next_about(q, ref, about) if ref else None
            if hit:
                text += f" About {join_names(sorted(subjects))}: “{hit['text']}”"
                sources.append(sentence_source(hit))
    elif not subjects:
        said = await _review_on_aspect(q, r, who, text)
        if said is not None:
            # "what did <paper> think of the score", "<paper> said it smells like what": the review's words on
            # that, which its one quote need not be
            text += f" On that, the article says: “{said['text']}”"
            sources.append(sentence_source(said))
            conf = min(conf, GUESS)
    return q.make(text, "review.publication", conf, sources)


#: The frame of a question after one reviewer's opinion: none of these words is what the opinion is about.
_OPINION_FRAME = frozenset(load("ask_words")["film"]["opinion_frame"])


async def _review_on_aspect(q: Q, r: dict, who: set[str], text: str) -> dict | None:
    """The sentence of a reviewer's review on the thing a question asks about ("the background score",
    "smells like"), when the answer's own words do not hold it: the review's sentence, one of the few after
    it, or another naming the reviewer, the one holding most of the asked words. None when nothing is
    asked beyond the review or no sentence of theirs holds it."""
    names = {w for n in who for w in normalize(n).split()}
    asked = [w for w in q.rest.split() if w not in STOPWORDS and w not in _OPINION_FRAME and w not in names
             and len(w) > 2 and w not in _title_words(q)]
    if not asked:
        return None
    stems = [w[:-1] if w.endswith("s") and len(w) > 4 else w for w in asked]
    if any(re.search(rf"\b{re.escape(w)}", normalize(text)) for w in stems):
        return None

    def holds(sentence: str) -> int:
        said = normalize(sentence)
        return sum(1 for w in stems if re.search(rf"\b{re.escape(w)}", said))

    own = (r.get("source") or {}).get("sentence") or ""
    ref = (r.get("source") or {}).get("ref", "")
    if own and holds(own):
        return {"text": own, "path": (r.get("source") or {}).get("section", "")}
    about = "|".join(rf"{re.escape(w)}\w*" for w in stems)
    return await _said_next_about(q, ref, rf"(?i:{about})") if ref else None


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ANSWER_IDENTITY_RX1 = re.compile(r"\b(real|true|actual|life|lives|autobiograph\w*|experiences?)\b")
_ANSWER_IDENTITY_RX2 = re.compile(r"\b(novel|book|play|story|comic|manga|memoir|musical|film|movie|poem|song|game)s?\b")
_ANSWER_IDENTITY_RX3 = re.compile(r"^The facts don't list [^,]*, but ")
#: The kind of work a sentence gives as the film's source ("based on the 1950 novel X", "from A's play"):
#: a kind word anywhere else in it ("a 1972 drama film") is no source's.
_SOURCE_KIND = re.compile(r"\b(?:based (?:up)?on|adapted from|adaptation of|inspired by|version of|from)\s+(?:[\w.,'’-]+\s+){0,5}?"
                          r"(?P<kind>novel|novella|book|play|stage play|story|short story|comic|manga|memoir|musical|"
                          r"film|movie|poem|song|game)s?\b", re.IGNORECASE)


# --- identity, plot ----------------------------------------------------------------------------------------
async def answer_identity(q: Q, key: str) -> Answer:
    rows = [r for r in q.data.of("identity") if r["key"] == key]
    if key == "based_on" and _ANSWER_IDENTITY_RX1.search(q.rest):
        # "what real case is it based on": the source the facts hold is a book, not the case
        # the sentence may tell the events without calling them real ("based on events that occurred in
        # 1933, when two men were arrested"; "inspired by the Ora Housing scam")
        # ... or name them by what happened ("based on the 1997 Ruritania shootout")
        # ... or someone's own life ("is it based on the director's own life": "an autobiographical reference
        # to the incidents in the director's life")
        return await not_stated(q, "the real events it is based on", r"\b(real|true|actual|real-life|events?|"
                                r"incidents?|case|scandal|scam|affair|murders?|kidnapping|occurred|happened|"
                                r"autobiograph\w*|biograph\w*|memoirs?|experiences)\b|"
                                rf"\b(based on|inspired by)\b[^.]{{0,60}}\b(?:{alternation(load('retrieval')['real_events'])})",
                                terms="real true case events incident scam scandal")
    if key == "based_on":
        got = await _based_on(q, rows)
        asked = _ANSWER_IDENTITY_RX2.search(q.rest)
        said = " ".join([got.answer] + [x.get("sentence", "") for x in got.sources])
        kinds = {"book": "book|novel|memoir", "novel": "novel|book", "story": "stor|novel"}.get(asked.group(1), asked.group(1)) \
            if asked else ""
        source_kind = _SOURCE_KIND.search(said)
        if I.is_yesno(q.rest) and asked and not got.abstained and source_kind \
                and re.search(rf"\b({kinds})", source_kind.group("kind"), re.IGNORECASE):
            # "is it based on a book": yes, when what it is based on is told as one (a novel is a book)
            said = _ANSWER_IDENTITY_RX3.sub("", got.answer)
            got = replace(got, answer="Yes: " + said[:1].lower() + said[1:])
        elif I.is_yesno(q.rest) and not asked:
            return await _based_on_other(q, got, said)
        elif I.is_yesno(q.rest) and asked and not got.abstained:
            # "was it based on a play", the source told as a novel: no yes, and a no only as a guess (a play may
            # come between the novel and the film); no kind told at all, the source below confidence
            told = _ANSWER_IDENTITY_RX3.sub("", got.answer)
            said = f"No, it seems: the article calls its source a {source_kind.group('kind').lower()}. {told}" \
                if source_kind else got.answer
            got = replace(got, answer=said, confidence=min(got.confidence, GUESS))
        return got
    return await _identity_value(q, key, rows)


_BASED_FRAME = frozenset(load("ask_words")["film"]["based_on_frame"])
_BASED_TOLD = alternation(load("ask_words")["film"]["based_on_told"])


async def _based_on_other(q: Q, got: Answer, said: str) -> Answer:
    """"was it based on <someone>": when the source found (*got*, *said* its words) names all the question
    asks about, it answers; else the sentence writing every such word beside a word of basing ("a common
    misconception that the character was based on <someone>"), below confidence, since such a sentence as
    often denies it; else the article doesn't say so, with the source it does give. A source that is not the
    one asked is never said with confidence."""
    words = set(normalize(said).split())
    missing = [w for w in q.rest.split() if w not in STOPWORDS and len(w) > 2 and not is_frame(w)
               and w not in _BASED_FRAME and w not in _title_words(q) and not forms(w) & words]
    if not missing:
        return got
    probe = "".join(rf"(?=.*\b{re.escape(w)})" for w in missing) + rf"(?=.*\b(?:{_BASED_TOLD}))"
    told = await not_stated(q, "that", probe, terms=" ".join(missing))
    if not told.abstained:
        return q.make(told.answer.replace("The facts don't list that, but the article", "The article"),
                      "fallback.sentence", LOW, told.sources)
    if got.abstained:
        return got
    return q.make(f"The article doesn't say it was based on {' '.join(missing)}; "
                  f"{got.answer[:1].lower()}{got.answer[1:]}", "abstain", NONE, got.sources)


async def _based_on(q: Q, rows: list[dict]) -> Answer:
    """What the film is based on: the fact, or the sentence that tells it."""
    authors = [r for r in q.data.of("crew") if r["role"] == "based_on_author"]
    if rows:
        by = f" by {join_names([a['name'] for a in authors])}" if authors else ""
        return q.make(f"It is based on {rows[0]['value']}{by}.", "identity.based_on", GOOD, [src(r) for r in rows + authors])
    # no fact: the sentence naming the work by its author ("from A's 1959 novel of the same name") first;
    # an award's category ("Best Screenplay Based on Material from Another Medium") tells no source
    told = await not_stated(q, "what it is based on", rf"^(?!.*\b(Best|Academy Award|nominat\w+)\b)"
                            rf"(?=.*(?:{_AUTHORED.pattern}|\b(novel|book|play|story) of the same name))",
                            terms="novel book based adapted")
    plain = await not_stated(q, "what it is based on", r"^(?!.*\b(Best|Academy Award|nominat\w+)\b)"
                             r".*\b(based on|adapted from|adaptation of|novel|expansion of|expanded from|feature(-length)? "
                             r"version of|remake of|inspired by|developed from|grew out of|drawn from|of the same name)\b",
                             terms="based adapted adaptation expansion expanded version remake inspired same")
    if told.abstained or plain.abstained:
        return plain if told.abstained else told
    # the question's own words decide between them ("which segment is based on <an author>")
    asked = {w for w in q.rest.split() if w not in STOPWORDS and len(w) > 2} - _title_words(q) - {"based", "book", "novel"}

    def shared(a: Answer) -> int:
        return len(asked & set(normalize(" ".join(x.get("sentence", "") for x in a.sources)).split()))
    return plain if shared(plain) > shared(told) else told


async def _runtime_of(q: Q, rows: list[dict], label: str, names_it: Callable[[str], bool], probe: str,
                      terms: str) -> Answer:
    """The running time of one version or market's cut (*label*): the running times whose own sentence names
    it, else a sentence the article gives for it (*probe*), else every running time said without claiming it
    is that version's: a running time given for no version named is never its, confidently."""
    told = [r for r in rows if names_it((r.get("source") or {}).get("sentence", ""))]
    if told:
        return q.make(f"The {label} runs {join_names([r['value'] for r in told])}.", "identity.runtime", FAIR,
                      [src(r) for r in told])
    got = await not_stated(q, f"the running time of the {label}", probe, terms=terms)
    if not got.abstained:
        return got
    vals = join_names([r["value"] for r in rows])
    return q.make(f"The article gives a running time of {vals} without saying it is the {label}'s.",
                  "identity.runtime", GUESS, [src(r) for r in rows])


async def _identity_value(q: Q, key: str, rows: list[dict]) -> Answer:
    """Any identity fact but the source: its value, or the sentence that tells it."""
    if key == "alt_title":
        return await _other_title(q)
    if key == "year" and not rows and q.film.year:
        lead = await _lead_sentence(q, str(q.film.year))
        return q.make(f"It is a {q.film.year} film.", "identity.year", GOOD, [lead] if lead else [])
    lang = I.asked_language(q.rest) if key == "language" else None
    if lang and rows:
        # "is it in norwegian": yes or no by the language its lead gives, below confidence (a dubbed
        # version may be in another)
        said = any(lang in normalize(r["value"]).split() for r in rows)
        vals = join_names([r["value"] for r in rows])
        return q.make(f"{'Yes' if said else 'No'}; its language is {vals}.", "identity.language",
                      FAIR if said else GUESS, [src(r) for r in rows])
    if key == "genre" and rows and all(normalize(r["value"]) in _FORMAT_NOT_GENRE for r in rows):
        # "a 1927 silent film": the lead gives its format or era, which is no genre
        vals = join_names([r["value"] for r in rows])
        return q.make(f"The lead calls it a {vals} film and names no genre.", "identity.genre", GUESS, [src(r) for r in rows])
    market = I.territory_version(q.rest) if key == "runtime" else None
    if rows and market:
        # "how long is the us cut": a running time whose sentence names that market ("cut to 95 minutes for its
        # release in the United States"), never the film's own given confidently
        typed, place = market
        forms = "|".join(re.escape(f) for f in I.territory_forms(place))
        return await _runtime_of(q, rows, typed, lambda s: I.territory_named_in(s, place),
                                 rf"(?=.*\b({forms})\b)(?=.*\b\d+[ -]minutes?\b)", f"{place} minutes cut")
    version = _RUNTIME_VERSION.search(q.rest) if key == "runtime" else None
    if rows and version:
        # "how long is the director's cut": a running time whose own sentence names that version, else the
        # sentence that gives one for it; a running time given for no version named is never its, confidently
        word = version.group(1).split()[0].replace("directors", "director")
        label = version.group(1).replace("directors ", "director's ").replace("director s ", "director's ")
        return await _runtime_of(q, rows, label, lambda s: re.search(rf"\b{re.escape(word)}", s, re.I) is not None,
                                 rf"(?=.*\b{re.escape(word)})(?=.*\b(\d+ minutes|\d+:\d\d|\d+ hours?|runtime|"
                                 rf"running time|runs|ran)\b)", f"{word} minutes runtime")
    if rows:
        vals = join_names([r["value"] for r in rows])
        label = {"runtime": "Its running time is", "language": "Its language is", "country": "Country:",
                 "genre": "Genre:", "year": "Year:"}.get(key, f"{key}:")
        return q.make(f"{label} {vals}.", f"identity.{key}", HIGH, [src(r) for r in rows])
    # a country told by its adjective before a production word ("a joint Ruritanian and Other production")
    adjs = "|".join(re.escape(a) for a in I.country_adjectives())
    # a running time told in prose: "holding the footage to 96 minutes", "its length was 2 hours and 40 minutes"
    # (never any span of minutes: "the first cut ran 150 minutes" is no running time of the film)
    probes = {"runtime": r"\b(running time|runtime|run time|\d+ minutes long|(length|footage)\b[^.]{0,40}\b\d+ minutes|"
                         r"\d+ hours? and \d+ minutes)\b",
              "language": r"\blanguage\b",
              "country": rf"\b({adjs})\b[\w\s,-]{{0,30}}?\b(co-?productions?|productions?)\b|\bjoint\b[\w\s,-]{{0,30}}?"
                         rf"\bproduction\b",
              "genre": None}
    what = {"runtime": "its running time", "language": "its language", "country": "its country",
            "genre": "its genre"}.get(key, key)
    return await not_stated(q, what, probes.get(key), terms={"country": "production joint",
                                                             "runtime": "minutes long length"}.get(key, ""))


_FORMAT_NOT_GENRE = frozenset(normalize(w) for w in load("question")["format_not_genre"])
_RUNTIME_VERSION = re.compile(rf"\b({alternation(load('question')['runtime_versions'])})\b")
_TITLE_WORDS_PLAIN = r"\b(title|titled|retitled|renamed|known|aka|a\.k\.a\.|called|released\s+as)\b"
#: ... and the looser ways a sentence gives one ("the direct English translation A", "refers to the film as A"):
#: a title read from them is said below confidence
_TITLE_WORDS = r"\b(title|titled|retitled|renamed|known|aka|a\.k\.a\.|called|released\s+as|translation|translated|refers? to (it|the film))\b"
_TITLE_QUALIFIER = re.compile(r"\b(shooting|filming|production|working|german|french|italian|spanish|japanese|chinese|"
                              r"korean|hindi|tamil|telugu|russian|portuguese|english|american|british|us|uk|original(?:ly)?|"
                              r"international|germany|france|italy|spain|japan|china|korea|india|russia|brazil)\b")


_FORMER_TITLE = list(load("question")["former_title_words"])
#: A title word that goes on to a title within a few words ("known during shooting as The ...", "the title was
#: changed from \"..."): "the schedule called for two days" gives none.
_TITLE_GIVEN = re.compile(r"\b(?:[Tt]itle[sd]?|[Rr]etitled|[Rr]enamed|[Kk]nown|[Cc]alled|[Nn]amed|aka|a\.k\.a\.|released as|"
                          r"translation|translated)\b(?:\s+[a-z]++){0,5}\s+[\"“'‘(]?[A-Z0-9]")
_MAKING_TITLE = [w[:5] for w in load("question")["making_title_words"]]
_RENAMED_ASKED = re.compile(r"\b(renamed|retitled|before (they|it was) (renamed|retitled|changed)|(called|titled|named) before|"
                            r"before it (got|was given|took) (that|the|this|its) (title|name))\b")


def _qualifier_named(sentence: str, word: str) -> bool:
    """Does *sentence* name the qualifier a title question typed ("us": "the United States", "America";
    "german": "German")? A country in any of its forms, any other word as a word start (never "us" inside
    "thus")."""
    place = I.territory(f"in the {word}")
    if place:
        return I.territory_named_in(sentence, place)
    return re.search(rf"\b{re.escape(word[:5])}", normalize(sentence)) is not None


async def _other_title(q: Q) -> Answer:
    """"what was it called during shooting", "its german title": a title the question qualifies is
    quoted from the sentence that gives it; unqualified, the article's other titles are listed."""
    quals = _TITLE_QUALIFIER.findall(q.rest)
    # "stylized in lower case" describes the title; it is no other title
    rows = [r for r in q.data.of("identity") if r["key"] in ("alt_title", "original_title") and r["value"][:1].isupper()]
    if quals or _RENAMED_ASKED.search(q.rest):
        stems = [w[:5] for w in quals]
        plain = list(stems)
        if any(st in _MAKING_TITLE for st in stems):
            # "called during filming": a sentence saying "during shooting" or "in production" gives it as well
            # (not the word typed, so a guess)
            stems = list(dict.fromkeys(stems + _MAKING_TITLE))
        former = []
        if any(w.startswith(("original", "working")) for w in quals) or _RENAMED_ASKED.search(q.rest):
            former = list(_FORMER_TITLE)  # "its original title": "the title was changed from A to B"
            stems += former
        hit = [r for r in rows if any(_qualifier_named((r.get("source") or {}).get("sentence", ""), w) for w in quals)
               or any(st in normalize((r.get("source") or {}).get("sentence", "")) for st in former)]
        if hit:
            # one title for the qualifier is the answer; several from one sentence ("in the US as A and in the
            # UK as B") the words cannot tell apart: listed, below confidence
            return q.make(f"It is also known as {join_names([r['value'] for r in hit])}.", "identity.alt_title",
                          GOOD if len(hit) == 1 else GUESS, [src(r) for r in hit])
        # ... or a former title's own words, which hold a title word themselves ("then titled X")
        whole = [st for st in stems if re.search(_TITLE_WORDS, st, re.I)]
        pat = re.compile(rf"{_TITLE_WORDS}.*\b({'|'.join(re.escape(s) for s in stems)})|"
                         rf"\b({'|'.join(re.escape(s) for s in stems)})\w*.*{_TITLE_WORDS}"
                         + (rf"|\b({'|'.join(re.escape(s) for s in whole)})\b" if whole else ""), re.I)
        got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} title {' '.join(whole)}", drop=_title_words(q),
                                   must=pat)
        got = [g for g in got if _TITLE_GIVEN.search(g[1]["text"])]
        if got:
            row = got[0][1]
            # the qualifier and a plain title word; a title read from "changed from", "translation" is a guess
            sure = re.search(_TITLE_WORDS_PLAIN, row["text"], re.I) and any(
                re.search(rf"\b{re.escape(w)}", row["text"], re.I) for w in plain)
            return q.make(f"The article says: “{row['text']}”", "identity.alt_title", FAIR if sure else GUESS,
                          [sentence_source(row)])
        glosses, first = await _lead_glosses(q)
        told = next((g for g in glosses if any(re.match(rf"\s*{re.escape(w)}\w*\s*:", g, re.I) for w in quals)), None)
        if told is not None:
            # the lead's "<Title> (English: Six Chapters)"
            return q.make(f"The article gives “{told}”: “{first['text']}”", "identity.alt_title", FAIR,
                          [sentence_source(first)])
        return q.make("The article doesn't give that title.", "abstain", NONE, [])
    if rows:
        return q.make(f"It is also known as {join_names([r['value'] for r in rows])}.", "identity.alt_title", HIGH,
                      [src(r) for r in rows])
    return await not_stated(q, "another title", r"\b(also known as|aka|a\.k\.a\.|titled|retitled|renamed|working title|"
                                                r"released as)\b")


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ANSWER_PLOT_RX1 = re.compile(r"(where|when|who|whom|which|how many|how much|whos|wheres)\b")
_ANSWER_PLOT_RX2 = re.compile(r"\bcharacters?\b")


async def answer_plot(q: Q) -> Answer:
    if _ANSWER_PLOT_RX1.match(q.rest):
        return await fallback(q)  # "where did the author publish the story": not a request for the plot
    if _ANSWER_PLOT_RX2.search(q.rest):
        chars = sorted(q.data.of("plot_character"), key=lambda r: -r["mentions"])[:8]
        if chars:
            return q.make("Characters in the plot: " + join_names([c["name"] for c in chars]) + ".", "plot", GOOD,
                          [src(c) for c in chars[:2]])
    rows = await queries.sentences_in(q.lib.conn, q.film.id, ("plot",))
    if rows:
        first = rows[:2]
        return q.make(" ".join(r["text"] for r in first), "plot", GOOD,
                      [{"section": r["path"], "sentence": r["text"]} for r in first])
    return await fallback(q)


_EVENTS = {name: (tuple(fam["asks"]), re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in fam['told'])})", re.I))
           for name, fam in load("events").items()}
#: What a plot sentence scores for writing the question's own event verb in some form, and for each of
#: the question's other words, on top of telling the event of someone named.
OWN_VERB, OTHER_WORD = 1.5, 0.75
#: Two plot sentences scoring within one other word's credit tell the event equally well as far as the
#: words go: both are quoted.
PLOT_TIE = OTHER_WORD
_SUBORDINATE = frozenset(load("ask_words")["film"]["subordinate"])
_REASON = re.compile(rf"\b(?:{alternation(load('retrieval')['reasons'])})\b|" + "|".join(load("retrieval")["reason_frames"]),
                     re.IGNORECASE)
_PRONOUN = re.compile(r"\b(he|she|they|him|her|them|his)\b", re.I)
#: Words opening the scene a question sets for its event ("who does A kill *when he attacks B*", "*at the Osk
#: Hotel*"), and how many sentences before the one telling the event (in its paragraph) may tell that scene.
_SCENE_OPENERS = frozenset(_SUBORDINATE | {"at"})
SCENE_BEFORE = 2


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_TOLD_IN_PLOT_RX1 = re.compile(r"why\b")
_TOLD_IN_PLOT_RX2 = re.compile(r"(who|whom)\b")


async def _told_in_plot(q: Q) -> Answer | None:
    """The plot sentence that tells the event asked about: it names the character asked about (or
    follows one that does and goes on with "he"/"she") and tells the event in its own words ("how
    does X die" → "X is shot", "X commits suicide"); for "at the end", later sentences first."""
    rest = " " + q.rest + " "
    told = [rx for asks, rx in _EVENTS.values() if any(f" {a} " in rest for a in asks)]
    names = [n for h in q.names for r, n in h.owners if r in ("character", "plot", "actor")]
    late = " end " in rest or "end up" in rest or "ending" in rest
    if [k for k, (asks, _rx) in _EVENTS.items() if any(f" {a} " in rest for a in asks)] == ["ending"] \
            and _asks_more_than_the_end(q, names):
        # "what does A give B at the end", "what song do they sing at the end": the end is when, not what;
        # the open search reads the question's own words ("give", "song")
        return None
    main = " " + " ".join(itertools.takewhile(lambda w: w not in _SUBORDINATE, q.rest.split())) + " "
    asked_families = [k for k, (asks, _rx) in _EVENTS.items() if any(f" {a} " in main for a in asks)]
    if "ending" in asked_families and len(asked_families) > 1:
        # "does A beat B in the end": the end says when (late sentences first), the other event what (not
        # one of a clause of time: "who does A end up with after B dies" asks the ending)
        told = [rx for k, (_asks, rx) in _EVENTS.items() if k in asked_families and k != "ending"]
    if told and not names and late:
        # "who dies at the end": no one named, so the last plot sentence that tells the event
        rows = await queries.sentences_in(q.lib.conn, q.film.id, ("plot",))
        # ... the one that also writes the question's other words ("who dies in the maze"), else the last
        asked = [(forms(t), stem(t)) for t in q.rest.split() if t not in STOPWORDS and len(t) > 2 and not is_frame(t)
                 and not any(t in a.split() for asks, _rx in _EVENTS.values() for a in asks)]
        telling = [(sum(1 for fs, st in asked if fs & (ws := set(normalize(r["text"]).split()))
                        or any(w.startswith(st) for w in ws)), i, r)
                   for i, r in enumerate(rows) if any(rx.search(r["text"]) for rx in told)]
        last = max(telling, key=lambda x: x[:2])[2] if telling else None
        if last is None:
            return None
        return q.make(f"The article says: “{last['text']}”", "plot.sentence", GUESS,
                      [{"section": last["path"], "sentence": last["text"]}])
    if not told or not names:
        return None
    # each character also by the other name the article gives them ("how does Kip die": "the Fox is shot")
    names = await _aliased_names(q, names)
    keys = {w for n in names for w in normalize(n).split() if len(w) > 2 and w not in STOPWORDS}
    rows = await queries.sentences_in(q.lib.conn, q.film.id, ("plot",))
    # "who kills X", "how does A kill X": X is the one killed ("shoots X dead"), not the killer
    toks = q.rest.split()
    at = next((i for i, t in enumerate(toks) for asks, _rx in _EVENTS.values() if t in asks), None)
    victims = {w for w in toks[at + 1:] if w in keys} if at is not None else set()
    if at is not None and any(t not in keys and t.endswith("s") and t[:-1] in keys and u not in keys and u not in STOPWORDS
                              for t, u in itertools.pairwise(toks[at + 1:])):
        # "who killed A's family": the one killed is what A owns (a word the question's others count), not A
        victims = set()
    # ... done by the verb asked ("beat"), not by another family the question also names ("in the end":
    # "A returns to challenge B" tells no beating of B)
    done = [rx for asks, rx in _EVENTS.values() if at is not None and toks[at] in asks] or told
    # "how does A (try to) kill B": the sentence must name A, the doer, not only B ("C shoots B")
    doers = {w for n in names for w in normalize(n).split() if w in keys
             and not victims & set(normalize(n).split())} if victims else set()
    # among the sentences that tell the event of someone named, the one that writes the question's own
    # verb ("escapes" for "escape", not only "runs away") and its other words ("from the trial")
    # ... not a verb of a time clause ("who does X end up with after Y dies": the asking is "end up")
    asked_verbs = [t for j, t in enumerate(toks) if any(t in asks for asks, _rx in _EVENTS.values())
                   and not _SUBORDINATE & set(toks[max(0, j - 3): j])]
    own = [forms(t) for t in asked_verbs]
    # "how does X die": X is the one who dies ("X kills himself", "X was killed"), not one X kills
    dies = not victims and any(t in _DIE for t in asked_verbs)
    event_words = {w for asks, _rx in _EVENTS.values() for a in asks for w in a.split()}
    others = [t for t in toks if t not in STOPWORDS and t not in keys and t not in event_words and len(t) > 2
              and not any(t in normalize(n).split() for n in names) and not is_frame(t)]
    other_forms = [(t, forms(t), stem(t)) for t in others]
    # the scene the question sets ("when he attacks B", "at the Osk Hotel") may be told by the sentence or
    # two before the one telling the event ("A and C storm the Osk Hotel." "In the ensuing fight, A kills D.")
    at_scene = next((j for j, t in enumerate(toks) if j > 0 and t in _SCENE_OPENERS), None)
    scene = set(toks[at_scene + 1:]) if at_scene is not None else set()
    scene_others = [(fs, st) for t, fs, st in other_forms if t in scene]
    scene_names = [g for n in names if (g := set(normalize(n).split()) & keys) and g & scene]
    reason = _REASON if _TOLD_IN_PLOT_RX1.match(q.rest) else None
    place = wanted(q.text) == "place"
    groups = [g for n in names if (g := {w for w in normalize(n).split() if w in keys})]
    best, best_score, best_carried = None, 0.0, None
    runner: tuple[dict | None, float] = (None, 0.0)
    prev_named = False
    for i, r in enumerate(rows):
        words = _with_possessives(normalize(r["text"]).split())
        named = bool((doers or keys) & words)
        carried = prev_named and not named and bool(_PRONOUN.search(r["text"]))
        prev_named = named
        hits = sum(1 for rx in told if rx.search(r["text"]))
        if not hits or not (named or carried):
            continue
        score = 2.0 * hits + (2.0 if named else 1.0) + (i / max(1, len(rows)) if late else 0.0)
        if own and keys and not _TOLD_IN_PLOT_RX2.match(q.rest):
            # "how does X escape": "X escapes" (X doing it) over "... frame X, and escape" (someone else);
            # never for "who ...", whose answer is the doer
            seq = normalize(r["text"]).split()
            score += OTHER_WORD * any(
                w in fs and j > 0 and (seq[j - 1] in keys or (j > 1 and seq[j - 1].endswith("ly") and seq[j - 2] in keys))
                for j, w in enumerate(seq) for fs in own)
        score += OWN_VERB * sum(1 for fs in own if fs & words) + OTHER_WORD * sum(
            1 for t, fs, st in other_forms if fs & words or any(w.startswith(st) for w in words))
        if reason is not None and reason.search(r["text"]):
            score += OTHER_WORD  # "why does X ...": the sentence that gives a reason
        if place and holds("place", r["text"], q.text):
            score += OTHER_WORD  # "where do A and B run off to": the sentence naming a place
        # ... and each other one named ("A and B": the sentence with both, over one with A alone)
        score += OTHER_WORD * max(0, sum(1 for g in groups if g & words) - 1)
        if scene_others or scene_names:
            ctx = words | {w for b in rows[max(0, i - SCENE_BEFORE): i] if b["para"] == r["para"]
                           for w in _with_possessives(normalize(b["text"]).split())}
            score += OTHER_WORD * (sum(1 for fs, st in scene_others if not (fs & words or any(w.startswith(st) for w in words))
                                       and (fs & ctx or any(w.startswith(st) for w in ctx)))
                                   + sum(1 for g in scene_names if g & ctx))
        if victims:
            done_to = (_object_of(r["text"], done, victims) if named
                       else _object_of(r["text"], done, _OBJECT_PRONOUNS, _SUBJECT_PRONOUNS))
            if carried and victims and done_to <= 0:
                done_to = max(done_to, _object_of(r["text"], done, victims))  # "A ... He beats B so badly"
            if named and done_to <= 0 and _named_before_the_event(r["text"], done, victims):
                # "B agrees, but the stranger draws first and shoots him": B named first, the event done to
                # "him" later in the sentence; a little less than B named after the verb
                done_to = max(done_to, _object_of(r["text"], done, _OBJECT_PRONOUNS, _SUBJECT_PRONOUNS) - 1.0)
            if doers and done_to < 0:
                prev_named = False  # nor does "he" after it go on about A
                continue  # "how does A kill B": "B shoots A" tells the opposite
            score += done_to
        elif dies and named:
            score += _own_death(r["text"], told, keys)
        if score > best_score:
            runner = (best, best_score)
            best, best_score, best_carried = r, score, (rows[i - 1] if carried else None)
        elif best is not None and score > runner[1]:
            runner = (r, score)
    if best is None:
        return None
    # "he dies" goes on about the one the sentence before names: both are quoted, so the member reads who
    # "he" is and what led to it ("... until he crashes the car. ... and he dies with Ora at his bedside.")
    picked = [best_carried, best] if best_carried is not None else [best]
    if runner[0] is not None and runner[1] >= best_score - PLOT_TIE and runner[0] not in picked \
            and sum(len(r["text"]) for r in picked) + len(runner[0]["text"]) <= 600:
        # two sentences the words cannot tell apart ("if A were to die ..." and "... A dies days later"):
        # both, in the article's order; the member reads which tells it
        picked = sorted([*picked, runner[0]], key=lambda r: r["idx"])
    if len(picked) == 1 and tells_the_scene(q.text, best["text"], _title_words(q)):
        # "who does A fight after he refuses to fight B": the sentence tells the refusal; the next one what
        # came of it
        nxt = next((r for r in rows if r["idx"] == best["idx"] + 1 and r["para"] == best["para"]), None)
        picked += [nxt] if nxt is not None else []
    text = " ".join(r["text"] for r in picked)
    return q.make(f"The article says: “{text}”{_full_names(q, text, keys)}", "plot.sentence", 0.45,
                  [{"section": r["path"], "sentence": r["text"]} for r in picked])


async def _named_in_full(q: Q, text: str) -> str:
    """For "who ..." answered by a quote: " (Kip: Kip Morrow.)" for each name the quote gives alone ("the
    foreman, Morrow, tears it up") that the plot writes in full once, one way only ("Ivo Morrow" there),
    besides the first names :func:`_full_names` gives; never for a word the question typed."""
    if wanted(q.text) != "person":
        return ""
    asked = set(q.rest.split()) | set(normalize(q.text).split())
    notes = _full_name_notes(q, text, asked, surnames=True)
    lone = {m.group(1) for m in _LONE_NAME.finditer(text)} - {w for w, _f in notes}
    lone = {w for w in lone if normalize(w) not in asked and normalize(w) not in STOPWORDS and len(w) > 2}
    if lone:
        plot = " ".join(r["text"] for r in await queries.sentences_in(q.lib.conn, q.film.id, ("plot",)))
        for w in sorted(lone):
            # (a name the plot never writes has no full form there: no pattern compiled, no scan of the plot)
            full = {m.group() for m in re.finditer(rf"\b[A-Z][\w'’-]+\s+{re.escape(w)}\b", plot)
                    if m.group().split()[0] not in _NOT_FIRST} if w in plot else set()
            if len(full) == 1 and (f := full.pop()) not in text:
                notes.append((w, f))
    described = [m for m in _KIN_DESCRIBED.finditer(text) if normalize(m.group(1)) not in asked]
    if described:
        # "the game ID of Pell's son": the one the quote gives by kin, named where the plot names them
        # ("To please his son Kip, Ora ...", "Ora's son, Kip"), when it names one only
        rows = await queries.sentences_in(q.lib.conn, q.film.id, ("plot",))
        for m in described[:2]:
            owner, kin = re.escape(m.group(1)), re.escape(m.group(2).lower())
            named_rx = re.compile(rf"\b{owner}['’]s\s+(?:[a-z-]+\s+){{0,2}}{kin},?\s+((?-i:[A-Z])[\w'’-]+)|"
                                  rf"\b(?:his|her)\s+(?:[a-z-]+\s+){{0,2}}{kin},?\s+((?-i:[A-Z])[\w'’-]+)", re.I)
            found = {n for r in rows if re.search(rf"\b{owner}\b", r["text"])
                     for x in named_rx.finditer(r["text"])
                     if (n := x.group(1) or x.group(2)) not in _NOT_FIRST and n != m.group(1)}  # "his son, Ora claims"
            if len(found) == 1 and (n := found.pop()) not in text:
                notes.append((f"{m.group(1)}'s {m.group(2).lower()}", n))
    return f" ({'; '.join(f'{w}: {f}' for w, f in notes)}.)" if notes else ""


#: Someone a quote gives by their kin to a named one, not by name ("the game ID of Ora's son", "Kip's
#: younger brother"): no name written right after the kin word.
_KIN_DESCRIBED = re.compile(rf"\b((?-i:[A-Z])[\w-]+)['’]s\s+(?:[a-z-]+\s+)?"
                            rf"({alternation(w for w in load('names')['relations'] if w not in ('family', 'kids', 'children', 'parents'))})"
                            rf"\b(?!\s*,?\s*\(?(?-i:[A-Z]))", re.IGNORECASE)


#: A name the quote gives alone: a capitalised word after a comma or a lower-case word, and before no other.
_LONE_NAME = re.compile(r"(?:,\s+|\b[a-z][\w'’-]*\s+)([A-Z][a-z][\w'’-]+)\b(?![\s-]+[A-Z])(?!['’])")
#: Capitalised words before a name that are no first name ("In Morrow's absence", "The Morrow house").
_NOT_FIRST = frozenset("In At On The A An And But When After Before While Then Mr Mrs Ms Dr Lord Lady Sir".split())


def _full_names(q: Q, text: str, asked: set[str], surnames: bool = False) -> str:
    """" (Kip: Kip Morrow.)" for each character the quoted sentence calls by a first name alone: a plot
    summary names "Kip Morrow" once and "Kip" after, and "who does Ora end up with" wants the full name.
    Only a first name that one character of the article has, and not one the question itself named.
    With *surnames*, a surname alone too ("the foreman, Morrow, tears it up"), not one after another
    capitalised word (an actor's "Ivo Morrow" is someone else)."""
    notes = _full_name_notes(q, text, asked, surnames)
    return f" ({'; '.join(f'{w}: {f}' for w, f in notes)}.)" if notes else ""


def _full_name_notes(q: Q, text: str, asked: set[str], surnames: bool) -> list[tuple[str, str]]:
    """(word, full name) for :func:`_full_names`."""
    full = [r["name"] for r in q.data.of("plot_character") if len(r["name"].split()) >= 2]
    by_word: dict[str, list[str]] = {}
    for n in full:
        by_word.setdefault(n.split()[0], []).append(n)
        if surnames:
            by_word.setdefault(n.split()[-1], []).append(n)
    notes = []
    for word, names in by_word.items():
        if len(set(names)) != 1 or normalize(word) in asked or names[0] in text:
            continue
        # ... a surname after another capitalised word is someone else's ("Ivo Morrow", the actor)
        last = word == names[0].split()[-1]
        if word in text and any(not last or not re.search(r"(?:^|[^\w'’-])[A-Z][\w'’-]*\s+$", text[: m.start()])
                                for m in re.finditer(rf"\b{re.escape(word)}\b(?!\s+[A-Z])", text)):
            notes.append((word, names[0]))
    return notes


def _with_possessives(toks: list[str]) -> set[str]:
    """The words of a normalised sentence, with each possessive's name beside it: normalising glues
    the 's on ("Ora Pell's" gives "pells"), and the sentence still names Pell."""
    out = set(toks)
    out.update(t[:-1] for t in toks if len(t) > 3 and t.endswith("s"))
    return out


def _object_of(text: str, told: list[re.Pattern], keys: set[str], subjects: set[str] | None = None) -> float:
    """How well *text* tells the event done TO a name in *keys*: the name within three words after the
    event's word ("shoots Wheeler dead", "kills him, Wheeler") or as the subject of a passive ("Wheeler
    had been shot by Ora Pell", *subjects* standing for *keys* there: "she" for "her") scores; the name
    as the doer ("is shot by Wheeler", "Wheeler shoots") costs."""
    toks = normalize(text).split()
    subj = keys if subjects is None else subjects
    score = 0.0
    for i, t in enumerate(toks):
        if not any(rx.match(t) for rx in told):
            continue
        after = toks[i + 1: i + 4]
        hit = next((j for j, w in enumerate(after) if w in keys), None)
        by = after.index("by") if "by" in after else None
        if hit is not None and (by is None or hit < by):
            # "to kill X" is a plan or a wish; "kills X" happened
            score = max(score, 1.0 if i > 0 and toks[i - 1] == "to" else 3.0)
        elif by is not None and _passive_subject(toks[max(0, i - 5): i], subj) \
                and not any(w in keys for w in after[by + 1:]):
            # "X had been killed by Y": X is the one killed, Y the answer
            score = max(score, 3.0)
        elif i > 0 and (toks[i - 1] in keys or by is not None) and score <= 0:
            score = -1.0
    return score


def _named_before_the_event(text: str, told: list[re.Pattern], keys: set[str]) -> bool:
    """Does *text* name one of *keys* before its first word of the event ("B obliges, but ... shoots him"),
    and none of them after it? Then a pronoun after the event's word may stand for that name."""
    toks = normalize(text).split()
    at = next((i for i, t in enumerate(toks) if any(rx.match(t) for rx in told)), None)
    return at is not None and any(w in keys for w in toks[:at]) and not any(w in keys for w in toks[at:])


#: The words between a passive's subject and its verb ("X had been shot", "X was later poisoned")."""
_PASSIVE_AUX = frozenset(load("ask_words")["film"]["passive_aux"])


def _passive_subject(before: list[str], subjects: set[str]) -> bool:
    """Do the words just before an event's word read "<subject> was/had been ..." (a passive whose
    subject is one of *subjects*)?"""
    j = len(before) - 1
    aux = 0
    while j >= 0 and before[j] in _PASSIVE_AUX:
        j, aux = j - 1, aux + 1
    return aux > 0 and j >= 0 and before[j] in subjects


_OBJECT_PRONOUNS = frozenset(load("ask_words")["film"]["object_pronouns"])
_DIE = frozenset(load("ask_words")["film"]["die"])
_REFLEXIVE = frozenset(load("ask_words")["film"]["reflexive"])
#: Words before "to <die/kill ...>" that tell a death only tried or threatened (vocab/retrieval.toml).
_ATTEMPTED = frozenset(load("retrieval")["death_attempted"])


def _own_death(text: str, told: list[re.Pattern], keys: set[str], reflexive: frozenset[str] = _REFLEXIVE) -> float:
    """How well *text* tells the death OF a name in *keys* ("how does X die"): the event's word turned on
    oneself ("kills himself", "hangs himself"), or a passive whose subject is X ("X was killed in the
    blast", no "by" needed), or "X dies"; a death X deals to others ("X and Y kill the guards") scores 0."""
    toks = normalize(text).split()
    score = 0.0
    for i, t in enumerate(toks):
        if not any(rx.match(t) for rx in told):
            continue
        if i > 1 and toks[i - 1] == "to" and toks[i - 2] in _ATTEMPTED:
            continue  # "attempts to hang himself, but is rescued": no death
        if reflexive & set(toks[i + 1: i + 3]) or _passive_subject(toks[max(0, i - 5): i], keys) \
                or (t in _DIE and i > 0 and toks[i - 1] in keys) \
                or (t.startswith("death") and i > 1 and toks[i - 2] == "to" and toks[i - 1] in _OWN):
            # ... or "falls to his death", "leaps to her death": the subject's own
            score = 3.0
        elif t in _DIE and i > 0 and toks[i - 1] in _NOT_YET and score <= 0:
            score = -1.0  # "if A were to die", "causes B to die": a condition, a wish, or another's death
    if score <= 0 and _dies_last_named(text, keys):
        score = 2.0  # "X is thrown from the horse, paralyzed, and dies days later": X the subject of "dies"
    return score


_OWN = frozenset(load("ask_words")["film"]["own"])
_DIES = frozenset(load("ask_words")["film"]["dies"])
#: Words before a "die" that tell a death not (yet) happened: "to die", "so he could die", "would die".
_NOT_YET = frozenset(load("ask_words")["film"]["not_yet"])


def _dies_last_named(text: str, keys: set[str]) -> bool:
    """Is the last name (or subject pronoun of *keys*) before a "dies" of *text* one of *keys*, within
    fifteen words: the subject of a chain of verbs ("X is thrown from the horse, paralyzed, and dies")?"""
    toks = _OTHER_NAME_OF_A_PART_RX1.findall(text)
    for i, t in enumerate(toks):
        if t.lower() not in _DIES or (i > 0 and toks[i - 1].lower() in _NOT_YET):
            continue
        for j in range(i - 1, max(-1, i - 16), -1):
            w = normalize(toks[j])
            if w in keys:
                return True
            if toks[j][:1].isupper() and j > 0:
                break  # another name is the subject
    return False


def _asks_more_than_the_end(q: Q, names: list[str]) -> bool:
    """Does the question ask something of the ending besides who ends up where ("what does A give B at
    the end": "give")? Its words besides names, the ending's own words and the frame."""
    keys = {w for n in names for w in normalize(n).split()}
    ending = {w for a in _EVENTS["ending"][0] for w in a.split()}
    return any(w not in STOPWORDS and w not in keys and w not in ending and not is_frame(w) and len(w) > 2
               and not any(w.startswith(k) for k in keys) for w in q.rest.split())


_SUBJECT_PRONOUNS = frozenset(load("ask_words")["film"]["subject_pronouns"])


_NAMED_THINGS = frozenset(load("question")["named_things"])
_ASKS_NAME = re.compile(r"\b(name|names|named|called|call|title|titled)\b")


async def _named_thing(q: Q) -> Answer | None:
    """"what's the name of the yacht they take", "what's his boat called": the sentence that writes the
    thing's noun next to a capitalised name ("the sailing yacht Hazel", "his boat, the Sea Lark", "her
    small dog, Tam Osk", "the Hazel, a luxury yacht"), the question's other words choosing among several;
    quoted below confidence."""
    if not _ASKS_NAME.search(q.rest):
        return None
    nouns = [w for w in q.rest.split() if w in _NAMED_THINGS or (w.endswith("s") and w[:-1] in _NAMED_THINGS)]
    if not nouns:
        return None
    noun = re.escape(nouns[0].rstrip("s") if nouns[0] not in _NAMED_THINGS else nouns[0])
    name = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
    must = re.compile(rf"\b{noun}s?\s+(?:called\s+|named\s+)?[\"“]?{name}|\b{noun}s?,\s+(?:the|called|named)\s+[\"“]?{name}|"
                      # "her small dog, Tam Osk (named after ...)": a full name in apposition, no one's possessive
                      rf"\b{noun}s?,\s+[A-Z][\w-]+\s+[A-Z][\w-]+\b(?![\w'’])|"
                      rf"{name},\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}{noun}\b")
    got = await best_sentences(q.lib.conn, q.film.id, q.text, drop=_title_words(q), must=must, limit=40)
    if not got:
        return None
    row = got[0][1]
    return q.make(f"The article says: “{row['text']}”", "plot.sentence", LOW, [sentence_source(row)])


_KIN = re.compile(rf"\b(?:{alternation(load('names')['relations'])})s?\b", re.IGNORECASE)
_REVEALED = re.compile(r"\b(reveal\w*|turns? out|turned out|is actually|was actually|is really|was really|in fact|true "
                       r"identity|real identity|real name|disguised?|posing as|poses as|impostor|imposter)\b|\b(is|was) the "
                       rf"(?:{alternation(load('names')['relations'])}) of\b", re.IGNORECASE)


def _revealed_of(keys: set[str]) -> re.Pattern | None:
    """The words revealing who one of *keys* really is, told right after the name ("A's real identity",
    "A is actually", "A turns out to be", "A is revealed"); None without a name."""
    if not keys:
        return None
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(keys)))})\w*(?:['’]s?)?\s+(?:(?:real|true|secret|hidden)\s+"
                      r"(?:identity|name|self|form)|(?:is|was)\s+(?:actually|really|in fact|secretly|revealed)|"
                      r"turns?\s+out|turned\s+out)\b", re.IGNORECASE)


_ALIAS = re.compile(rf"\b(?:{'|'.join(load('retrieval')['alias_told'])})\b|{load('retrieval')['alias_quoted']}",
                    re.IGNORECASE)
#: How near a kinship word must stand to the name of whom the question asks, in words ("his teenage son
#: Kip", "Ora's mother", "partner and son-in-law, Kip"), to tell that person's tie rather than another's.
KIN_REACH = 3
#: What a sentence scores for writing the kinship word the question asks ("wife" for "kip's wife").
KIN_ASKED = 1.5


def _kin_beside(text: str, keys: set[str]) -> float:
    """How closely a kinship word of *text* ties a name in *keys*: 2 when the name follows it as the one
    it names ("his son Kip", "partner and son-in-law, Kip"), 1 within KIN_REACH words ("Kip's father"),
    else 0 ("His wife Lune worries that Kip ..." names Lune)."""
    toks = normalize(_TOLD_FOR_A_RUN_RX1.sub(" ", text)).split()  # "Lune (Pia Lanz), Ora's daughter"
    best = 0.0
    for i, t in enumerate(toks):
        if not _KIN.fullmatch(t):
            continue
        j = i + 3 if toks[i + 1: i + 3] == ["in", "law"] else i + 1
        if j < len(toks) and toks[j] in keys:
            return 2.0
        near = toks[max(0, i - KIN_REACH): i] + toks[j: j + KIN_REACH]
        if keys & _with_possessives(near):
            best = 1.0
    return best


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
# ... never "in a relationship with" (a romance, which the story's events tell: "who does A end up in a
# relationship with" is "A begins a relationship with B", not how anyone is kin)
_TOLD_BY_FRAME_RX1 = re.compile(r"\b(related|connected|linked|connection)\b|(?<!\bin a )\brelation(ship)?\b")


def _one_of(word: str) -> str:
    """*word* without a plural's "s" ("sons": son), a word ending in "ss" kept whole ("boss")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


async def _told_by_frame(q: Q) -> Answer | None:
    """"how is A related to B", "A is B's what", "who is A really", "what fake name does A use": the
    sentence that tells it with a kinship, reveal or disguise word ("B's nephew A", "he is the brother of
    ...", "under the pseudonym C"), the question's words choosing among them; below confidence. A name
    the question uses must be in it, or carried on by "he"/"she" from the one before."""
    if I.cue("alias", q.rest):
        frame = _ALIAS
    elif I.cue("reveal", q.rest):
        frame = _REVEALED
    elif _TOLD_BY_FRAME_RX1.search(q.rest) or I.cue("kinship", q.rest):
        frame = _KIN
    else:
        return None
    got = await best_sentences(q.lib.conn, q.film.id, q.text, drop=_title_words(q), must=frame, limit=40)
    if frame is _REVEALED:
        # "who is A really": the sentence revealing A's own identity ("revealing A's real identity as B")
        # before one that names A beside a reveal of something else ("C reveals that A broke her curse")
        own = _revealed_of({w for h in q.names for _r, n in h.owners for w in normalize(n).split() if len(w) > 2})
        got = sorted(got, key=lambda g: own is None or not own.search(g[1]["text"]))
    groups = [{w for w in normalize(n).split() if len(w) > 2} for h in q.names for _r, n in h.owners]
    named = list(groups)
    keys = {w for g in groups for w in g}
    # each name counts once, whichever of its words the sentence uses; each other word of the question once
    groups += [{w} for w in normalize(q.text).split() if len(w) > 3 and w not in STOPWORDS and w not in keys
               and w[:-1] not in keys and w not in _title_words(q) and w not in _FRAME_WORDS]  # "vosss": Voss's
    # the kinship asked ("kip's mom": mother), which a sentence telling another kin of Kip does not answer
    kins_typed = list(_KIN.finditer(q.rest)) if frame is _KIN else []
    # ... the last of a chain ("ora's dad's boss": the boss, whom the question asks about, not the dad)
    kins_typed = [m for i, m in enumerate(kins_typed)
                  if i + 1 == len(kins_typed) or kins_typed[i + 1].start() > m.end() + 1]
    kin_asked = {_RELATION_WORDS.get(k, k) for k in (_one_of(m.group().lower()) for m in kins_typed)}
    # a name the facts miss, typed with its possessive ("kip's father" typed "kips"), is still a name
    typed = {w[:-1] for g in groups[len(named):] for w in g if w.endswith("s") and len(w) > 4}
    groups = groups[: len(named)] + [g | {w[:-1] for w in g if w[:-1] in typed} for g in groups[len(named):]]
    kins = "|".join(map(re.escape, kin_asked))
    # the kin with a name: "his wife Ora", "a son named Kip", "is Ora", or "Ora, his wife"
    kin_named = re.compile(rf"\b(?:{kins})s?,?\s+(?:(?:named|called|is|was)\s+)?(?-i:[A-Z])[a-z]|"
                           rf"(?-i:[A-Z])[a-z]+,\s+(?:his|her|their|[\w'’-]+['’]s)\s+(?:[a-z]+\s+)?(?:{kins})\b",
                           re.I) if kin_asked else None
    # "what's kip's dad's name": only a sentence giving the kin a name answers; "Kip's father insists" does not
    bare_name = kin_named is not None and _NAME_ASKED.search(q.rest) is not None and I.cue("kinship", q.rest)
    best, most = None, 0
    for _s, row in got:
        words = _with_possessives(normalize(row["text"]).split())
        if not (keys & words or (not keys and any(g & words for g in groups)) or _PRONOUN.search(row["text"][:40])):
            continue
        if bare_name and not kin_named.search(row["text"]):
            continue
        n = sum(1 for g in groups if g & words)
        if keys and not keys & words and normalize(row["text"]).split()[:1] in (["he"], ["she"], ["they"]):
            # "He takes a job under the pseudonym Rask" goes on about the one the sentence before names
            prev = await next_sentence(q.lib.conn, row, step=-1)
            before = _with_possessives(normalize(prev["text"]).split()) if prev is not None else set()
            n += sum(1 for g in named if g & before)
        if frame is _KIN:
            n += _kin_beside(row["text"], keys or typed) + _kin_said_between(row["text"], named)
            if kin_asked and kin_asked & words:
                n += KIN_ASKED  # "what is kip's wife called": the sentence with a wife, not Kip's son
                if re.search(rf"\b(?:{'|'.join(map(re.escape, kin_asked))})s?,?\s+(?-i:[A-Z])[a-z]", row["text"], re.I):
                    # ... who is named there ("his devoted wife Ora"), not "his wife's family"; more when the name
                    # is what is asked ("what's kip's wife called": "his wife" with no name tells nothing asked)
                    n += 2 if _NAME_ASKED.search(q.rest) else 1
        if n > most or best is None:
            best, most = row, n if n > most else most
    if best is None and bare_name:
        via = await _kin_via_spouse(q, kin_asked, keys)
        if via is not None:
            return via
        who = " or ".join(sorted(kin_asked))
        return q.make(f"The article doesn't give the {who}'s name.", "abstain", NONE, [])
    if best is None and frame is _KIN and len(named) >= 2 and _TOLD_BY_FRAME_RX1.search(q.rest):
        # "how is A connected to B": no kinship word, but the sentence naming both tells the tie ("A is tasked
        # by his mentor B", "B's former student, A")
        both = [row for _s, row in await best_sentences(q.lib.conn, q.film.id, q.text, drop=_title_words(q), limit=20)
                if all(g & _with_possessives(normalize(row["text"]).split()) for g in named)]
        if both:
            return q.make(f"The article says: “{both[0]['text']}”", "plot.sentence", LOW, [sentence_source(both[0])])
    if best is None:
        return None
    note = _kin_inverse(q, best["text"]) if frame is _KIN else ""
    return q.make(f"The article says: “{best['text']}”{note}", "plot.sentence", LOW, [sentence_source(best)])


_VIA_SPOUSE: dict[str, list[str]] = load("retrieval")["kin_via_spouse"]
_CHILD_WORDS = alternation(load("retrieval")["kin_via_spouse_child"]["words"])


async def _kin_via_spouse(q: Q, kin_asked: set[str], keys: set[str]) -> Answer | None:
    """A parent no sentence names as the asked-about's ("what's kip's mom called"), told through the other
    parent: a sentence naming Kip as "his son" and, in it or the sentence after or before it in its
    paragraph, "his wife Ora" (vocab/retrieval.toml kin_via_spouse). Both quoted, below confidence (a
    spouse may be a step-parent); None when no sentence ties them."""
    spouses = [w for k in sorted(kin_asked) for w in _VIA_SPOUSE.get(k, [])]
    if not spouses or not keys:
        return None
    child = re.compile(rf"\b(?:his|her|their)\s+(?:[a-z]+\s+){{0,2}}?(?:{_CHILD_WORDS})s?,?\s+(?:named\s+|called\s+)?"
                       rf"(?:{'|'.join(re.escape(k) for k in sorted(keys))})\b", re.I)
    spouse = re.compile(rf"\b(?:his|her)\s+(?:[a-z]+\s+)?(?P<sp>{'|'.join(map(re.escape, spouses))}),?\s+"
                        rf"(?:named\s+|called\s+)?(?-i:(?P<name>[A-Z][\w'’-]+))", re.I)
    got = await best_sentences(q.lib.conn, q.film.id, " ".join(sorted(keys)), drop=_title_words(q), must=child, limit=40)
    for _s, row in got:
        around = [row, await next_sentence(q.lib.conn, row), await next_sentence(q.lib.conn, row, step=-1)]
        for other in around:
            m = spouse.search(other["text"]) if other is not None else None
            if m and normalize(m.group("name")) not in keys:
                rows = [row] if other is row else [row, other] if other["idx"] > row["idx"] else [other, row]
                kin = next(k for k in sorted(kin_asked) if _VIA_SPOUSE.get(k))
                # ... said as the inference it is: no sentence writes the kin asked, so it is no plain quote
                note = f" ({m.group('name')} is the {m.group('sp').lower()} of the parent it names: the {kin}, " \
                       f"or a step{kin}.)"
                return q.make("The article says: “" + " ".join(r["text"] for r in rows) + "”" + note, "plot.kin_inferred",
                              LOW, [sentence_source(r) for r in rows])
    return None


#: The question asks for a name ("what's kip's wife called", "kip's son's name").
_NAME_ASKED = re.compile(r"\b(name|names|named|called)\b")


def _kin_said_between(text: str, named: list[set[str]]) -> float:
    """1.5 when *text* says outright what one person the question names is to another ("Ora was Kip's
    mother", "Ora is Kip's estranged aunt"): the answer to "who is Ora to Kip" itself, over a sentence that
    only puts the two beside a kinship word ("Ora dies to rejoin her late daughter Kip", which
    :func:`_kin_beside` scores higher than "Kip's mother"); else 0."""
    if len(named) < 2:
        return 0.0
    toks = normalize(_TOLD_FOR_A_RUN_RX1.sub(" ", text)).split()
    for i in range(len(toks) - 2):
        if toks[i + 1] not in ("is", "was", "are", "were"):
            continue
        a = next((g for g in named if toks[i] in g), None)
        for j in range(i + 2, min(i + 4, len(toks) - 1)):
            b = next((g for g in named if g is not a and (toks[j] in g or toks[j][:-1] in g)), None)
            if a is not None and b is not None and any(_KIN.fullmatch(t) for t in toks[j + 1: j + 3]):
                return 1.5
    return 0.0


_KIN_INVERSE: dict[str, list[str]] = load("retrieval")["kin_inverse"]
#: "A is B's what": whom the question asks about (A) and whose kin (B), as typed.
_KIN_ASKED = re.compile(r"^(?P<a>[\w'’-]+(?: [\w'’-]+)?) (?:is|was) (?P<b>[\w'’-]+(?: [\w'’-]+)?)['’]?s? what\b", re.I)


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_KIN_INVERSE_RX1 = re.compile(r"['’]?s$")


def _kin_inverse(q: Q, text: str) -> str:
    """" (So Tam is Kip's father.)" when "A is B's what" is told the other way round: a sentence naming A
    writes "his son B" (vocab/retrieval.toml kin_inverse); '' otherwise."""
    m = _KIN_ASKED.match(q.text.strip())
    if not m:
        return ""
    a, b = m.group("a"), _KIN_INVERSE_RX1.sub("", m.group("b"))
    a_keys = {w for w in normalize(a).split() if len(w) > 2}
    b_keys = {w for w in normalize(b).split() if len(w) > 2}
    toks = normalize(text).split()
    if not a_keys & _with_possessives(toks):
        return ""
    for i, t in enumerate(toks[:-1]):
        if t in ("his", "her") and i + 1 < len(toks):
            # "his teenage son Kip": up to two words between
            for j in range(i + 1, min(i + 4, len(toks) - 1)):
                if toks[j] in _KIN_INVERSE and toks[j + 1] in b_keys:
                    what = _KIN_INVERSE[toks[j]][0 if t == "his" else 1]
                    return f" (So {a.strip().title()} is {b.strip().title()}'s {what}.)"
    return ""


_FRAME_WORDS = frozenset(load("ask_words")["film"]["frame_words"])


#: A plot sentence leaving the end open ("Whether A and B win in their love forms the rest of the story",
#: "A struggles to figure out which girl he belongs with"): vocab/retrieval.toml open_end.
_OPEN_END = re.compile("|".join(load("retrieval")["open_end"]), re.IGNORECASE)
_END_ASKED = re.compile(r"\b(at|in) the (very )?end\b|\b(end|ends|ended|wind|winds|wound) up\b|\bending\b|"
                        r"\b(finally|eventually|ultimately)\b")


async def answer_event(q: Q) -> Answer:
    """Something that happens in the story ("who kills X", "how does Y die"): no fact holds it, so
    quote the sentence that tells it, from the plot when the plot has one, never confidently. Asked how it
    ends, a sentence that leaves the end open ("whether they win forms the rest of the story") tells no
    end: the article doesn't say, with that sentence."""
    ans = await _answer_event(q)
    if not ans.abstained and _END_ASKED.search(q.rest) and ans.sources \
            and any(_OPEN_END.search(s.get("sentence", "")) for s in ans.sources):
        open_ = next(s["sentence"] for s in ans.sources if _OPEN_END.search(s.get("sentence", "")))
        return q.make(f"The article doesn't say how it ends; it leaves it open: “{open_}”", "abstain", NONE,
                      ans.sources)
    return ans


async def _answer_event(q: Q) -> Answer:
    fate = await _fate_in_plot(q) or await _ending(q) or await _named_thing(q) or await _told_by_frame(q)
    if fate is not None:
        return fate
    told = await _told_in_plot(q)
    if told is not None:
        return told
    if _WHOS_DEAL.match(q.rest):
        # "what's A's deal": who A is in the story, the first plot sentence naming A (or A's player in brackets)
        search = await _aliased_search(q)
        keys = {w for n in search["names"] for w in normalize(n).split() if len(w) > 2 and w not in STOPWORDS}
        rows = await queries.sentences_in(q.lib.conn, q.film.id, ("plot",))
        first = next((r for r in rows if keys & _with_possessives(normalize(r["text"]).split())), None)
        if first is not None:
            return q.make(f"The article says: “{first['text']}”", "plot.sentence", LOW, [sentence_source(first)])
    got = await best_sentences(q.lib.conn, q.film.id, q.text, drop=_title_words(q), limit=30, **await _aliased_search(q))
    last: set[int] = set()
    if _AT_THE_END.search(q.rest) and got:
        # "what does A do at the end": the plot's last paragraph tells it (a sentence there naming A says
        # something of it though it never writes "end"), whatever else names A
        plot = await queries.sentences_in(q.lib.conn, q.film.id, ("plot",))
        last = {r["idx"] for r in plot if r["para"] == plot[-1]["para"]}
        got = sorted(((s + END_BONUS * (r.get("idx") in last), r) for s, r in got), key=lambda g: -g[0])
    got = [g for g in got if _says_something(q, g[1]) or (g[1].get("idx") in last and _names_all(q, g[1]["text"]))]
    plot = [g for g in got if _PLOT_PATH.search(g[1].get("path") or "")]
    # the plot's best sentence, unless it fits far worse than one elsewhere ("why did <actor> want it
    # withdrawn" is told in the release history, not the story)
    use = plot if plot and plot[0][0] >= 40 and plot[0][0] >= got[0][0] - 15 else got
    best = use[:1]
    if not best or best[0][0] < 40:
        return q.make("The article doesn't seem to say; I found no sentence that tells this.", "abstain", NONE, [])
    score, text, rows = await quote(q.lib.conn, q.text, use, _title_words(q),
                                    _people_words(q))
    unnamed = _left_unnamed(q, text)
    if unnamed:
        return q.make(f"The article doesn't say who {unnamed} is; it says: “{text}”", "abstain", NONE,
                      [sentence_source(r) for r in rows])
    thing = _thing_unnamed(q, text)
    if thing:
        return q.make(f"The article doesn't name the {thing}; it says: “{text}”", "abstain", NONE,
                      [sentence_source(r) for r in rows])
    names = await _named_in_full(q, text)
    return q.make(f"The article says: “{text}”{names}", "plot.sentence", min(0.45, 0.15 + score / 250),
                  [sentence_source(r) for r in rows])


_PLOT_PATH = re.compile(r"\b(plot|synopsis|story|summary|premise)\b", re.IGNORECASE)
#: A question about the story's end, and what a sentence of the plot's last paragraph scores for it.
_AT_THE_END = re.compile(r"\b(at|in) the (very )?end\b|\bending\b|\bfinal (scene|shot|moments?)\b|\blast (scene|shot)\b")
END_BONUS = 8.0
_ENDING = re.compile(r"^how (does|did|do) (it |the (film|movie|story|plot) )?end\b|\b(what|whats) (is |was )?the ending\b|"
                     r"^how (does|did|do) (\w+ ){1,3}end$|"  # "how does <another title> (1974) end": the words left of a title
                     r"\bhow (it|the (film|movie|story)) ends\b|\bexplain the ending\b")


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ENDING_RX1 = re.compile(r"[,;]\s*(who|whom|what|where|how|why|which|does|did)\b|\band (who|what|where|how|why)\b")


_ENDING_PLAIN = re.compile(r"^how (does|did|do) (it |the (film|movie|story|plot) )?end\b|\bending\b|\bhow (it|the (film|movie|story)) ends\b")


async def _ending(q: Q) -> Answer | None:
    """"how does it end": the plot's last two sentences, behind the words "the article says", never
    confidently (a summary's last lines are not always the ending)."""
    if not _ENDING.search(q.rest):
        return None
    if _ENDING_RX1.search(q.text.lower()):
        return None  # "how does it end, who dies in the maze": a second question, which the story's words answer
    if not _ENDING_PLAIN.search(q.rest) and (q.roles("character") or q.roles("plot")):
        return None  # "how does <someone> end": their fate, not the film's end
    rows = await queries.sentences_in(q.lib.conn, q.film.id, ("plot",))
    if not rows:
        # no plot told: the lead or the credits tell no ending
        return q.make("The article has no plot summary, so it doesn't say how it ends.", "abstain", NONE, [])
    last = [r for r in rows if r["para"] == rows[-1]["para"]][-2:]
    return q.make("The article says: “" + " ".join(r["text"] for r in last) + "”", "plot.ending", GUESS,
                  [{"section": r["path"], "sentence": r["text"]} for r in last])


_FATE = re.compile(r"\bwhat (happens|happened|becomes|became) (to|of)\b|\bwhat (is|was) the fate of\b")


async def _fate_in_plot(q: Q) -> Answer | None:
    """"what happens to X (at the end)": X's death, when the plot tells it; what the question names besides
    X ("X's parents"), told in the sentence in which it undergoes something (vocab/retrieval.toml fate: "have
    turned into"); else what the plot last tells of X, the last sentence naming them (with the one after it
    when that goes on with "he"/"she"), never confidently. X also by the other name the article gives them
    ("Ora, renamed Lune"). (The last sentence telling something befall X, over the last naming X, won two dev
    questions and lost one held-out: not done.)"""
    if not _FATE.search(q.rest):
        return None
    words = q.rest.split()
    hits = [h for h in q.names if any(r in ("character", "plot") for r, _n in h.owners)]
    # "what happens to A, B's dad": A's fate; B only says whose kin A is
    owned = [h for h in hits if f"{h.form.split()[-1]}s" in words and h.form.split()[-1] not in words]
    apposed = bool(owned) and len(owned) < len(hits)
    describing: set[str] = set()
    if apposed:
        hits = [h for h in hits if h not in owned]
        # "what happens to A's son B": "A's son" only says who B is, nothing asked of B
        typed = normalize(q.text).split()
        describing = {w for o in owned for h in hits if o.end <= h.start <= o.end + 2 for w in typed[o.start: h.start]}
    names = [n for h in hits for r, n in h.owners if r in ("character", "plot")]
    if not names:
        return None
    keys = await _aliased_keys(q, names)
    if not keys:
        return None
    rows = await queries.sentences_in(q.lib.conn, q.film.id, ("plot",))
    naming = [i for i, r in enumerate(rows) if keys & _with_possessives(normalize(r["text"]).split())]
    if apposed and rows and not naming:
        # the one asked about is named nowhere in the plot (only in the cast list): it tells nothing of them,
        # and a sentence about whose kin they are is no fate of theirs
        return q.make(f"The article doesn't say; its plot never names {join_names(sorted(set(names)))}.", "abstain",
                      NONE, [])
    late = bool(_LATE.search(q.rest))
    # "what happened to X's children": the fate of what the question names besides X, when a sentence
    # naming X tells of it ("... he witnesses his two children die"), or one carrying X on with "he"
    # ... told in its own words or the article's ("what happens to A's mom and dad": "A's parents")
    titled = ranked(q.rest, keys)  # "what happens to general A": the rank names A, nothing asked of A
    asked = [(forms(w), synonyms(w)) for w in q.rest.split() if w not in STOPWORDS and len(w) > 2 and not is_frame(w)
             and w not in keys and not any(w.startswith(k) for k in keys) and w not in _FATE_WORDS and w not in titled
             and w not in describing]
    def telling(i: int) -> int:
        ws = set(normalize(rows[i]["text"]).split())
        return sum(1 for fs, ys in asked if fs & ws or any(w.startswith(ys) for w in ws))
    told = [i for i in range(len(rows)) if asked and telling(i)
            and (i in naming or (i - 1 in naming and _PRONOUN.search(rows[i]["text"])))]
    if told:
        # "what happens to A's men in the cave": the sentence that tells most of what is asked (the men and
        # the cave), the last of those; one telling something befall them first ("A's parents have turned
        # into pigs" over "A crosses to her restored parents"): the first such, or the last "at the end"
        most = max(telling(i) for i in told)
        told = [i for i in told if telling(i) == most]
        befall = [i for i in told if _FATE_TOLD.search(rows[i]["text"])]
        told = (befall[-1:] if late else befall[:1]) or told
    if not told:
        # "what happens to X": X's death, when the plot tells it, is X's fate, however often the plot names
        # X after it ("invoking the memory of X"); told of X or of "she"/"he" ("realizes he is dead")
        he = _pronouns_of(q.rest, names)
        others = (_people_words(q) | {w for r in q.data.of("cast") + q.data.of("plot_character")
                                      for w in normalize(r.get("character") or r.get("name") or "").split()}) - keys
        # ... a sentence carrying X on with "he" tells X's death only when no one "he" may stand for is named
        # before the pronoun ("C corners them ..., causing C to fall to his death" is C's; "Kip learns that
        # she has killed herself" is still hers)
        others -= _MALE if he == {"she"} else _FEMALE if he == {"he"} else frozenset()
        told = [i for i in _carrying(rows, naming) if (i in naming or _pronoun_first(rows[i]["text"], he, others)) and _own_death(rows[i]["text"], [_EVENTS["death"][1]], keys | he,
                                                         frozenset(_SELF[p] for p in he)) > 0][-1:]
    last = max(told or naming, default=None)
    if last is None:
        return None
    fated = None
    if not told:
        # "what happens to A": a sentence in which A undergoes something ("A is taken to the asylum") tells
        # A's fate more than the last one merely naming A ("B visits A"); the last such is quoted, with the
        # last naming A when that comes after it (never confident: either may be the one)
        fated = max((i for i in naming if _FATE_TOLD.search(rows[i]["text"])), default=None)
    if fated is not None and late and fated < last and all(rows[i]["para"] == rows[fated]["para"] for i in range(fated, last + 1)) \
            and sum(len(rows[i]["text"]) for i in range(fated, last + 1)) <= 600:
        # "what happens to A at the end": from what last befell A to the last the plot tells of A, the
        # sentences between too ("A tries to hang himself but is rescued." "Years later, he is homeless ...")
        picked = rows[fated: last + 1]
        return q.make("The article says: “" + " ".join(r["text"] for r in picked) + "”", "plot.sentence", GUESS,
                      [{"section": r["path"], "sentence": r["text"]} for r in picked])
    if fated is not None and fated != last:
        picked = [rows[fated]]
        if fated - 1 in naming and rows[fated - 1]["para"] == rows[fated]["para"] \
                and _FATE_TOLD.search(rows[fated - 1]["text"]) and len(rows[fated - 1]["text"]) + len(rows[fated]["text"]) <= 600:
            # one fate told over two sentences ("B chooses A to be frozen." "A survives and is given to C.")
            picked.insert(0, rows[fated - 1])
        if sum(len(r["text"]) for r in picked) + len(rows[last]["text"]) <= 600:
            picked.append(rows[last])
        return q.make("The article says: “" + " … ".join(r["text"] for r in picked) + "”", "plot.sentence", GUESS,
                      [{"section": r["path"], "sentence": r["text"]} for r in picked])
    picked = [rows[last]]
    if last + 1 < len(rows) and rows[last + 1]["para"] == rows[last]["para"] and (
            _PRONOUN.match(rows[last + 1]["text"]) or tells_the_scene(q.text, rows[last]["text"], _title_words(q))):
        # ... or the sentence tells the scene the question sets ("what happens to A after they freeze him": "B
        # chooses A to be frozen"), and what came of it is told next ("A survives and is given to C")
        picked.append(rows[last + 1])
    elif last in told and last - 1 in naming and rows[last - 1]["para"] == rows[last]["para"] \
            and _FATE_TOLD.search(rows[last - 1]["text"]) and len(rows[last - 1]["text"]) + len(rows[last]["text"]) <= 600:
        # one fate told over two sentences ("B chooses X to be frozen." "X survives and is given to C."): both
        picked.insert(0, rows[last - 1])
    return q.make("The article says: “" + " ".join(r["text"] for r in picked) + "”", "plot.sentence", GUESS,
                  [{"section": r["path"], "sentence": r["text"]} for r in picked])


_FATE_TOLD = re.compile(rf"\b{alternation(load('retrieval')['fate'])}|\b(?:is|are|was|were|be|been|being|gets?|got|gotten)"
                        rf"\s+(?:\w+ly\s+|also\s+|then\s+|later\s+){{0,2}}{alternation(load('retrieval')['fate_undergone'])}\b",
                        re.IGNORECASE)
_LATE = re.compile(r"\b(?:end|ending|finally|eventually|last)\b")


async def _aliased_keys(q: Q, names: list[str]) -> set[str]:
    """The words that tell the characters *names* in a sentence, with the other name the article gives each
    ("Kip Morrow" also "Fox": "Kip, who becomes the Fox"); a family's shared surname tells no one apart."""
    full = await _aliased_names(q, names)
    return {w for n in full for w in normalize(n).split() if len(w) > 2 and w not in STOPWORDS}


def _typed_spellings(q: Q, names: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """*names*, each found by a typed form that is not its own spelling ("orrela" for the facts' "Orela")
    with that typed form put on: an article that spells one name two ways ("Orela ... Orrela sacrifices
    her life") tells of them under the spelling the member typed too."""
    words = normalize(q.text).split()
    extra: dict[str, list[str]] = {}
    for h in q.names:
        if h.exact:
            continue
        typed = [w for w in words[h.start: h.end] if len(w) > 2 and w not in STOPWORDS]
        for _r, n in h.owners:
            own = set(normalize(n).split())
            extra.setdefault(n, []).extend(w for w in typed if w not in own)
    return tuple(" ".join([n, *dict.fromkeys(extra[n])]) if extra.get(n) else n for n in names)


#: "what's A's deal", "whats the deal with A": who A is in the story, no one deed of theirs.
_WHOS_DEAL = re.compile(r"^(?:whats|what s|what is|what was) (?:(?:[\w'’-]+ ){0,3}?[\w'’-]+s deal|the deal "
                        r"with (?:[\w'’-]+ ){0,2}[\w'’-]+)(?: in(?: the (?:film|movie))?)?$")


async def _players_where_unwritten(q: Q, names: tuple[str, ...]) -> tuple[str, ...]:
    """*names*, a character the plot never writes by name given its player's surname when the plot writes
    that in brackets ("a resourceful grad student (Brandt) harbors an obsession", the cast list billing Ivo
    Brandt as Kip): the plot tells of them under it."""
    chars = {n for h in q.names for r, n in h.owners if r == "character"}
    if not chars:
        return names
    if q.data.plot_words is None:
        text = " ".join(r["text"] for r in await queries.sentences_in(q.lib.conn, q.film.id, ("plot",)))
        q.data.plot_words = (text, frozenset(normalize(text).split()))
    plot, said = q.data.plot_words
    if not plot:
        return names
    out = []
    for n in names:
        extra = []
        if n in chars and not {w for w in normalize(n).split() if len(w) > 2} & said:
            for c in _cast_for_character(q.data.of("cast"), n):
                surname = (c.get("actor") or "").split()[-1:]
                if surname and re.search(rf"\(\s*{re.escape(surname[0])}\s*\)", plot):
                    extra.append(surname[0])
        out.append(" ".join([n, *extra]))
    return tuple(out)


async def _aliased_names(q: Q, names: list[str]) -> list[str]:
    """*names*, each with the words of the other name the article gives it put on ("Kip Morrow fox"), and
    the spelling the question typed it by."""
    names = list(_typed_spellings(q, names))
    pairs, shared = await film_pairs(q.lib.conn, q.data, q.film.title)
    return list(with_aliases(tuple(names), q.rest, pairs, shared)) if pairs else list(names)


_SELF = {"he": "himself", "she": "herself", "they": "themselves"}


def _pronouns_of(rest: str, names: list[str]) -> frozenset[str]:
    """The subject pronouns that may stand for whom the question asks about: "he" when it calls them
    "him" ("what happens to him") or the first name is a man's (vocab/first_names.toml), "she" for "her"
    or a woman's name, any when neither says."""
    ws = set(rest.split())
    first = {normalize(n).split()[0] for n in names if normalize(n).split()}
    if ws & {"he", "him", "his", "himself"} or first & _MALE:
        return frozenset({"he"})
    if ws & {"she", "her", "hers", "herself"} or first & _FEMALE:
        return frozenset({"she"})
    return _SUBJECT_PRONOUNS


_MALE = frozenset(load("first_names")["male"])
_FEMALE = frozenset(load("first_names")["female"])


def _pronoun_first(text: str, pronouns: frozenset[str], others: frozenset[str]) -> bool:
    """Does a pronoun of *pronouns* come in *text* before any other person's name ("After, she burns
    it" may go on about the one asked of; "Ora leaves, and he dies" is Ora's)?"""
    for w in normalize(text).split():
        if w in pronouns:
            return True
        if w in others:
            return False
    return False


def _carrying(rows: list[dict], naming: list[int]) -> list[int]:
    """The indexes of *rows* that name someone (*naming*) or go on about them with a pronoun within two
    sentences after, in the same paragraph ("Bert humiliates Ora." "After, she writes ..." "... that she
    has killed herself.")."""
    named = set(naming)
    return [i for i, r in enumerate(rows) if i in named or (_PRONOUN.search(r["text"]) and any(
        j in named and rows[j]["para"] == r["para"] for j in (i - 1, i - 2)))]


#: The words of a fate question besides whom it is about ("what became of", "at the end").
_FATE_WORDS = frozenset(load("ask_words")["film"]["fate_words"])
_ABBREV = re.compile(r"\b((?:[A-Za-z]\.){2,}[A-Za-z]?\.?|[A-Z]{2,})")
_WORD_RUN = re.compile(r"[A-Za-z][a-z'’-]+")  # words, not the letters of the abbreviation itself


#: "what does hart stand for": a name typed in lower case whose letters the article may spell out.
_TYPED_ABBREV = re.compile(r"\b(?:does|did|do|is|was)\s+(?:the\s+)?(?:name\s+)?([A-Za-z]{2,8})(?:['’]?s\s+name)?\s+(?:stand|stands|stood|short)\b",
                           re.IGNORECASE)


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ANSWER_ACRONYM_RX1 = re.compile(r"[^A-Za-z]")


#: A gloss giving a title's long form: "Acronym for "X"", "short for X", "abbreviation of X", "stands for X".
_EXPANDS = re.compile(r"^\s*(acronym|short|abbreviation|abbreviated|stands?)\s+(for|of)\s*:?\s*", re.IGNORECASE)


async def _title_expanded(q: Q) -> Answer | None:
    """The long form the lead gives the title ("Otla (Acronym for "Other Tale")"), said FAIR; None
    when it gives none."""
    glosses, first = await _lead_glosses(q)
    told = next((g for g in glosses if _EXPANDS.match(g)), None)
    if told is None:
        return None
    long_form = _EXPANDS.sub("", told).strip(_QUOTE_MARKS)
    return q.make(f"{_PAGE_SUFFIX.sub('', q.film.title)} stands for “{long_form}”: “{first['text']}”", "acronym", FAIR,
                  [sentence_source(first)])


async def answer_acronym(q: Q) -> Answer:
    """"what does H.A.R.T. stand for": the run of words in the article whose initials spell it,
    quoted with its sentence below confidence: letters may spell a phrase by chance."""
    m = _ABBREV.search(q.text) or _TYPED_ABBREV.search(q.text)
    letters = _ANSWER_ACRONYM_RX1.sub("", m.group(1)).lower() if m else ""
    if len(letters) < 2:
        # "what is <title> short for", the title typed as words: the lead's gloss of it, if any
        return await _title_expanded(q) or await fallback(q)
    rows = await queries.sentences_in(q.lib.conn, q.film.id, ("lead", "plot", "production", "development", "cast",
                                                               "release", "reception", "themes"))
    n = len(letters)
    for r in rows:
        words = _WORD_RUN.findall(r["text"])
        for i in range(len(words) - n + 1):
            run = words[i: i + n]
            if "".join(w[0].lower() for w in run) == letters and run[0][0].isupper() and run[-1][0].isupper() \
                    and sum(w[0].isupper() for w in run) * 2 > n:
                phrase = " ".join(run)
                # initials that happen to spell it are a reading, not a stated fact: never confident
                return q.make(f"{m.group(1).rstrip('.')} stands for {phrase}: “{r['text']}”", "acronym", GUESS,
                              [{"section": r["path"], "sentence": r["text"]}])
    if normalize(m.group(1)) in normalize(q.film.title).split():
        told = await _title_expanded(q)
        if told is not None:
            return told
    return q.make(f"The article doesn't say what {m.group(1).rstrip('.')} stands for.", "abstain", NONE, [])


async def answer_debut(q: Q) -> Answer:
    """"was it <actor>'s first film": the sentence that says debut or first role next to the actor's name,
    quoted below confidence; never the premiere or the actor's part."""
    people = [n for _h, n in q.roles("actor") + q.roles("crew") + q.roles("casting")]
    who = "|".join(re.escape(w) for n in people for w in {n, n.split()[-1]} if len(w) > 2)
    # "who made her debut in it": no one named, so a sentence that tells someone's debut
    must = rf"^(?=.*\b(?:{who})\b)(?=.*\b(debut\w*|first)\b)" if who else \
        r"\b(debut\w*|first (credited |starring |screen |major |film |movie )?(role|film|appearance))\b"
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} debut first role", drop=_title_words(q),
                               must=re.compile(must))
    if got:
        row = got[0][1]
        yes = "Yes, it seems: " if I.is_yesno(q.rest) and not _NEGATION.search(row["text"]) else ""
        return q.make(f"{yes}The article says: “{row['text']}”", "fallback.sentence", LOW, [sentence_source(row)])
    whose = f"{join_names(people)}'s" if people else "anyone's"
    return q.make(f"The article doesn't say whether this was {whose} first film.", "abstain", NONE, [])


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ANSWER_SETTING_RX1 = re.compile(r"(what|which|whats) (year|years|decade|era|period|time|century|country|city|town|state|place|"
                     r"part of \w+)\b")
_ANSWER_SETTING_RX2 = re.compile(r"\b(it|film|movie|story|plot)\b")


#: A setting question asking for a time ("what year is it set in", "which decade"), not a place.
_ANSWER_SETTING_TIME = re.compile(r"^(when|(what|which) (year|decade|century|era|period|time))\b")


def _year_held(text: str) -> int:
    """1 when *text* gives a year or decade ("with the year being 1955", "in the 1920s"): a time asked."""
    return int(_A_YEAR.search(text) is not None or re.search(r"\b\d{3,4}s\b", text) is not None)


async def answer_setting(q: Q) -> Answer:
    """"what year is it set", "where is it set": the sentence that tells where or when the story takes
    place, quoted below confidence; never the film's year. "where does the final duel take place" asks
    where one scene happens: no sentence says "set in", and the one telling the duel may."""
    bare = re.compile(r"\b(take|takes|took|taking) place\b", re.I)
    # "what year is <title> set in", "which country is it set in": the story's own time or place, whose
    # asking words are no scene
    whole = _ANSWER_SETTING_RX1.match(q.rest) is not None
    if not whole and not _ANSWER_SETTING_RX2.search(q.rest) \
            and [w for w in _scene_words(replace(q, rest=bare.sub(" ", q.rest))) if w not in ("set", "setting", "sets")]:
        # a scene is asked about: its own words find it; "take place" is only how the question asks
        scene = await fallback(replace(q, text=bare.sub(" ", q.text), rest=bare.sub(" ", q.rest)))
        if not scene.abstained:
            return replace(scene, question=q.text)
    # the story's setting, never the filming ("Filming took place in Ruritania") nor one scene's ("the
    # window of the saloon during a scene set in Ruritania")
    told = await not_stated(q, "where or when it is set", r"^(?!.*\b(filming|filmed|photography|shooting|principal|"
                            r"premiere\w*|ceremony|festival|screening)\b)"
                            r"(?!.*\b(scenes?|sequences?|shots?) set\b)(?!.*\bset (on fire|off|up|out|aside|about|free|sail)\b)"
                            # a release's set ("released as a two-disc set on 6 May") sets no story
                            r"(?!.*\b(disc|box|boxed|dvd|blu-ray|gift|collector's|collectors|limited) set\b)"
                            r".*\b(set in|set on|set during|set at|takes place|took place|is set|was set|setting is|"
                            r"setting was|as the setting|\d{3,4}s setting)\b", terms="set takes place setting",
                            rank=_year_held if _ANSWER_SETTING_TIME.search(q.rest) else None)
    # no sentence says "set in": the plot's opening that places the story in a time ("in 1750s Ruritania")
    opening = await queries.sentences_in(q.lib.conn, q.film.id, ("plot",))
    when = re.compile(r"\b(in|during) (the )?(early |mid-?|late )?(\d{3,4}s?|\d{1,2}(st|nd|rd|th)[- ]century)\b", re.I)
    row = next((r for r in opening[:3] if when.search(r["text"])), None)
    said = told.sources[0].get("sentence", "") if told.sources else ""
    if not told.abstained and not (row is not None and _ANSWER_SETTING_TIME.search(q.rest)
                                   and not re.search(r"\b\d{3,4}s?\b|\bcentury\b", said)):
        # ... but "what year is it set" is told by the opening's year rather than a sentence giving only a place
        return told
    if row is not None:
        return q.make(f"The plot opens: “{row['text']}”", "fallback.sentence", LOW,
                      [{"section": row["path"], "sentence": row["text"]}])
    return told


_ITS_REMAKE = re.compile(r"\bthe ([\w-]+ )?remakes? of\b")


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ANSWER_REMAKE_OF_RX1 = re.compile(r"\bremake\b", re.I)


async def answer_remake_of(q: Q) -> Answer:
    """"what is it a remake of": the source the facts hold when its sentence calls the film a remake of it;
    else the sentence naming the earlier film ("a remake of" first), quoted below confidence."""
    based = [r for r in q.data.of("identity") if r["key"] == "based_on"
             and _ANSWER_REMAKE_OF_RX1.search((r.get("source") or {}).get("sentence", ""))]
    if _ITS_REMAKE.search(q.rest):
        # "the tamil remake of <title>": a later film made from this one, told by the sentence on its remakes
        return await not_stated(q, "that about its remake", r"\b(remake\w*|remade|adaptation|adapted)\b",
                                terms="remake remade adaptation version")
    if based:
        return q.make(f"It is a remake of {based[0]['value']}.", "identity.based_on", GOOD, [src(r) for r in based])
    got = await not_stated(q, "what it is a remake of", r"\b(remake|remade) (of|from)\b", terms="remake")
    if not got.abstained:
        return got
    return await not_stated(q, "what it is a remake of", r"\b(remake\w*|remade|earlier (film|version)|previous "
                            r"(film|version)|previously (filmed|adapted)|first (filmed|adapted))\b",
                            terms="remake remade version earlier")


_INSTALLMENT = [re.compile(p) for p in load("intents")["installment"]]


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_ANSWER_INSTALLMENT_RX1 = re.compile(r"\s+")


async def answer_installment(q: Q) -> Answer:
    """"is it a sequel", "what is it a prequel to": a sentence saying the film itself is one ("It is a sequel
    to <title>", "<Title> is a 2011 ... film, the second installment in ..."); one that tells of the film's
    own sequel or remake ("A sequel, <title>, was released") is no yes, said below confidence."""
    m = next((m for p in _INSTALLMENT if (m := p.search(q.rest))), None)
    word = _ANSWER_INSTALLMENT_RX1.sub("", m.group("kind")) if m else "sequel"
    if word in ("", "next"):
        return await _next_installment(q)
    stem_rx = {"followup": r"follow-?up", "spinoff": r"spin-?off"}.get(word, word)
    own = r"(?:second|third|fourth|fifth|\w+th|next|latest|final) (?:film|installment|instalment|entry|chapter|part|movie)" \
        if word in ("sequel", "followup", "continuation") else "(?!x)x"
    title = "|".join(re.escape(w) for w in normalize(q.film.title).split() if len(w) > 2) or "(?!x)x"
    itself = re.compile(rf"\b(?:it|the film|this film|the movie|this movie|{title})\b[^.]{{0,140}}?\b(?:is|was|serves as|acts as)\b[^.]{{0,140}}?"
                        rf"\b(?:{stem_rx}s? (?:to|of)\b|{own}\b)", re.IGNORECASE)
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} {word}", drop=_title_words(q), must=itself)
    # "<title> is a sequel to which film": the title typed first opens it like a yes or no, but it asks which
    yes = I.is_yesno(q.rest) and not _WH_INSIDE.search(q.rest)
    if got:
        row = got[0][1]
        return q.make(("Yes: " if yes else "") + f"the article says: “{row['text']}”", "identity.installment", FAIR,
                      [sentence_source(row)])
    # "a standalone sequel to <Other Tale> (2010)" with its subject cut off or unnamed: a named earlier film, but
    # the sentence does not say whose sequel it is in so many words; quoted below confidence (a sequel *to this
    # film* is its own sequel, no answer)
    title_rx = "|".join(re.escape(w) for w in q.film.title.split() if len(w) > 2) or "(?!x)x"
    to_other = re.compile(rf"\b{stem_rx}s? (?:to|of) (?!(?:the )?(?:{title_rx})\b)(?:the )?(?-i:[A-Z])", re.IGNORECASE)
    named = await best_sentences(q.lib.conn, q.film.id, f"{q.text} {word}", drop=_title_words(q), must=to_other)
    if named:
        row = named[0][1]
        return q.make(("It seems so: the article says: " if yes else "The article says: ") + f"“{row['text']}”", "fallback.sentence", LOW,
                      [sentence_source(row)])
    # the article tells only of its own sequel or remake, or of none
    told = await best_sentences(q.lib.conn, q.film.id, f"{q.text} {word}", drop=_title_words(q),
                                must=re.compile(rf"\b{stem_rx}", re.IGNORECASE))
    if yes and told:
        row = told[0][1]
        return q.make(f"No, it seems: the article doesn't say it is a {word} of another film; it says: “{row['text']}”",
                      "fallback.sentence", LOW, [sentence_source(row)])
    if told and word == "remake":
        return await answer_remake_of(q)  # "<title> is a remake of which film": the earlier film, as asked
    return q.make(f"The article doesn't say it is a {word} of another film.", "abstain", NONE, [])


#: A sentence giving a board's rating: a rating word with a rating's mark ("rated PG by the Motion Picture
#: Association", "received a U/A certificate", "an 'A' certificate", "released with an X"), never an aggregate's.
_RATING_TOLD = re.compile(r"^(?!.*\b(rotten tomatoes|metacritic|approval rating|average rating|imdb)\b)(?=.*("
                          r"\b(?-i:PG-13|PG|NC-17|R|X|U|U/A|UA|12A)(?![\w./])|['‘“](?-i:[A-Z0-9/+-]{1,5})['’”]|\bMPA+\b|"
                          r"Motion Picture Association|\bBBFC\b|\bCBFC\b|Board of Film|\bcensor))", re.IGNORECASE)


async def answer_content_rating(q: Q) -> Answer:
    """"what was its mpaa rating", "what certificate did it get": the sentence giving it (the open search reads
    it best, and quotes the sentence beside it when they tie); the article doesn't say when no sentence gives a
    board's rating. "what is it rated" alone may mean the critics: then the open search as before."""
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} rated rating certificate", drop=_title_words(q),
                               must=_RATING_TOLD)
    if got or _BARE_RATED.match(q.rest):
        return await fallback(q)
    return q.make("The article doesn't say its rating or certificate.", "abstain", NONE, [])


_BARE_RATED = re.compile(r"^(what|how) (is|was) (it |the (film|movie) )?rated$")


#: A wh-word after a yes/no opening: "<title> is a sequel to which film" asks which.
_WH_INSIDE = re.compile(r"\b(which|what|whom|whose)\b")
#: How a sentence tells the film that came after ("<Title> was followed by <Other Tale> in 1983", "a sequel,
#: <Other Tale>, was released"): the next one of its series.
_NEXT_TOLD = re.compile(r"\b(?:was|were|is) followed by\b|\bsequels?\b|\bfollow-?ups?\b|\bnext (?:film|installment|instalment|chapter|entry|part)\b",
                        re.IGNORECASE)


async def _next_installment(q: Q) -> Answer:
    """"what movie came after it": the sentence telling the film that followed it ("<Title> was followed by
    <Other Tale>"), preferred over one that only writes "sequel"; quoted below confidence."""
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} followed sequel", drop=_title_words(q), must=_NEXT_TOLD)
    got.sort(key=lambda g: "followed by" not in g[1]["text"].lower())  # stable: the ranking breaks ties
    if got:
        row = got[0][1]
        return q.make(f"The article says: “{row['text']}”", "fallback.sentence", LOW, [sentence_source(row)])
    return q.make("The article doesn't say which film came after it.", "abstain", NONE, [])


#: A sentence naming a song: its name in quotes beside a song word ("The main theme song, "A", made it to ...").
_SONG_TOLD = (r"\b(song|songs|theme|tune|track|number|single|anthem)\b[^.;]{0,40}?[\"“][^\"”]{2,60}[\"”]|"
              r"[\"“][^\"”]{2,60}[\"”][^.;]{0,40}?\b(song|songs|theme|tune|track|number|single|anthem)\b")


async def answer_song_name(q: Q) -> Answer:
    """"whats the big training song called": the sentence that quotes a song's name beside a song word, the
    words asked ranking them; below confidence (which song the member means is read, not known)."""
    return await not_stated(q, "the song's name", _SONG_TOLD, terms="song theme")


async def answer_villain(q: Q) -> Answer:
    """"who is the villain": no fact names one, so the sentence that casts someone as one (a villain, a
    sadistic mobster, a killer), quoted below confidence."""
    return await not_stated(q, "who the villain is", r"\b(villain\w*|antagonist\w*|nemesis|sadistic|evil|mob boss|"
                            r"mobster|gangster|kingpin|crime lord|killer|murderer|psychopath\w*)\b",
                            terms="villain antagonist sadistic mobster killer")


_NAME_RUN = r"(?P<n>[A-Z][\w.'’-]+(?: (?:von|van|de|del|der|da|di|le|la) [A-Z][\w.'’-]+| [A-Z][\w.'’-]+){1,3})"


async def answer_other_role(q: Q) -> Answer:
    """"who was the costume designer": a role no fact card holds, answered only by a sentence that gives it
    a name ("art director A", "A, the costume designer", "A served as stunt director"), below confidence;
    a sentence that merely names the role ("the costume design was praised", "a stunt director would
    join") answers nothing asked."""
    role = I.other_role(q.rest)
    words = role.split()
    # "costume designer" is also written "costume design by A"; plural and case as the sentence has them
    head = r"\s+".join(re.escape(w) for w in words[:-1]) + (r"\s+" if len(words) > 1 else "") + re.escape(words[-1].rstrip("s")[:6]) + r"\w*"
    head = f"(?i:{head})"  # the role in any case; the name capitalised
    named = re.compile(rf"\b{head}\s+(?:by\s+)?{_NAME_RUN}|{_NAME_RUN.replace('?P<n>', '?P<m>')},?\s+(?:the\s+(?:film's\s+)?|"
                       rf"(?:who\s+)?(?:was|served as|worked as|as)\s+(?:the\s+)?(?:film's\s+)?){head}")
    got = await best_sentences(q.lib.conn, q.film.id, f"{role} {q.text}", drop=_title_words(q), must=named)
    for _s, row in got:
        for m in named.finditer(row["text"]):
            who = m.group("n") or m.group("m")
            if who and who.split()[0][0].isupper() and _looks_like_name(who):
                return q.make(f"The article says: “{row['text']}”", "crew.sentence", GUESS, [sentence_source(row)])
    return q.make(f"The article doesn't name the {role}.", "abstain", NONE, [])


#: A sentence crediting the songs' words: "lyrics (written) by A", "A penned the lyrics", "lyricist A".
_LYRICS_TOLD = (r"\blyric\w*\b[^.;]{0,40}?\bby\s+(?-i:[A-Z])|(?-i:[A-Z])[\w.'’-]+[^.;]{0,30}\b(?:wrote|writes|penned|pens|"
                r"provided|written)\b[^.;]{0,20}\blyric|\blyricists?\b[^.;]{0,20}(?-i:[A-Z])")


async def answer_lyrics(q: Q) -> Answer:
    """"who wrote the song lyrics (was it A)": no credit fact holds a lyricist, and the composer is no answer
    (a film scored by one person often has its words by another): the sentence that names who wrote them,
    below confidence, or the article doesn't say."""
    # the probe itself wants a capitalised word after "by" or before "wrote": a one-word name is often a
    # lyricist's (which the person test, wanting two words or a known name, would miss)
    return await not_stated(q, "who wrote the lyrics", _LYRICS_TOLD, terms="lyrics lyricist written penned",
                            story=False)


#: Who a sentence gives a piece of work to: "by A", "at A", "A handled", or a name of two capitalised words.
_WORK_HANDS = re.compile(r"\b(?:by|at|from|with)\s+(?-i:[A-Z])[\w&.'’-]+|(?-i:[A-Z])[\w&.'’-]+\s+(?-i:[A-Z])[\w&.'’-]+")


async def answer_work_by(q: Q) -> Answer:
    """"which studio did the animation", "who did the paintings for it": the sentence naming that work beside
    a name (a company, an artist), quoted below confidence; the production company answers nothing asked."""
    work = I.work_asked(q.rest)
    stems = [re.escape(w[:6] if len(w) > 6 else w.rstrip("s")) for w in work.split()]
    said = re.compile(r"\b" + r"\w*\s+".join(stems) + r"\w*", re.IGNORECASE)
    # the index does not stem: the work's plural ("Animations" in a company's name) is searched too
    plural = " ".join(w if w.endswith("s") else w + "s" for w in work.split())
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} {work} {plural} company studio done handled provided",
                               drop=_title_words(q), must=said, limit=40)
    for _s, row in got:
        if row.get("kind") == "plot" or _PLOT_PATH.search(row.get("path") or ""):
            continue
        rest = said.sub(" ", row["text"])  # the work's own capitalised word ("<Name> Animations") is no name
        if _WORK_HANDS.search(rest) or re.search(r"(?-i:[A-Z])[\w&.'’-]+\s+" + said.pattern, row["text"], re.I):
            return q.make(f"The facts don't say who did the {work}, but the article says: “{row['text']}”",
                          "crew.sentence", LOW, [sentence_source(row)])
    return q.make(f"The article doesn't say who did the {work}.", "abstain", NONE, [])


async def answer_replacement(q: Q) -> Answer:
    """"who took over directing from X": no fact says who succeeded whom off screen, so the sentence that
    tells a replacement is quoted below confidence, or the article doesn't say."""
    # a succession is also told by the one who left ("had to leave halfway", "after her death ... before
    # hiring B", "a natural successor to A")
    told = (r"\b(replac\w+|took over|taking over|take over|stepped in|succeed\w*|successors?|succession|in place of|instead of|took the reins|"
            r"before hiring|then hired|brought in|had to leave|after (his|her|their) (death|departure|exit)|"
            # "A (who voiced B) died ... and was voiced by C": a part passed on, told by who has it now
            r"recast|re-cast|(?:was|were|is|are|now|later|subsequently|then) (?:re-?)?(?:voiced|played|portrayed) by)\b")
    surnames = {n.split()[-1] for h in q.names for _r, n in h.owners if n.split() and len(n.split()[-1]) > 2}
    if surnames:
        # the sentence naming whom the question names, over any other replacement the article tells
        who = "|".join(re.escape(w) for w in sorted(surnames))
        got = await best_sentences(q.lib.conn, q.film.id, q.text, drop=_title_words(q),
                                   must=re.compile(rf"^(?=.*\b(?:{who})\b)(?=.*{told})", re.IGNORECASE))
        if got:
            row = got[0][1]
            return q.make(f"The facts don't list who took over, but the article says: “{row['text']}”",
                          "fallback.sentence", LOW, [sentence_source(row)])
    return await not_stated(q, "who took over", told, terms="replaced replacement took over")


_DRAWN_FROM = re.compile(r"\b(based (?:\w+ )?on|modell?ed (?:\w+ )?(?:on|after)|patterned (?:\w+ )?(?:on|after)|inspir\w+|"
                         r"drew (?:\w+ )?(?:from|on)|draws (?:\w+ )?(?:from|on)|model for|loosely on|caricature|"
                         r"impression of|imitat\w+|mimic\w*)\b", re.IGNORECASE)


_NARRATION = re.compile(r"\b(narrat\w*|voice-?overs?|voiceovers?)\b", re.IGNORECASE)


async def answer_narrator(q: Q) -> Answer:
    """"who narrates it": a part the cast list bills as the narrator; else the sentence that names whose
    voice tells the story ("voice-over (by actor A)", "narrated by A"), below confidence; never the lead."""
    billed = [r for r in q.data.of("cast") if r["character"] and _NARRATION.search(r["character"])]
    if billed:
        part = billed[0]["character"]  # the stock part "Narrator" ("narrated by A") is said as the act, not a role
        said = ("narrate it" if len(billed) > 1 else "narrates it") if part.lower() in {"narrator", "the narrator"} \
            else f"played {part}"
        return q.make(f"{join_names([r['actor'] for r in billed])} {said}.", "cast.actor", HIGH, [src(r) for r in billed])
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} narrator narration narrated voice-over",
                               drop=_title_words(q), must=_NARRATION)
    got = [g for g in got if holds("person", g[1]["text"], q.text, _title_words(q), _people_words(q))]
    if got:
        row = got[0][1]
        return q.make(f"The article says: “{row['text']}”", "fallback.sentence", GUESS, [sentence_source(row)])
    return q.make("The article doesn't say who narrates it.", "abstain", NONE, [])


async def _narrator_yesno(q: Q, actor: str) -> Answer:
    """"is the narrator voiced by A": being in the cast is no yes (the lead is rarely the voice telling the
    story); yes or no by whom the billing or the article names as the narrator, said with what that answer
    says and as sure as it; the article doesn't say when it names no narrator."""
    surname = normalize(actor).split()[-1:]
    told = await answer_narrator(q)
    if told.abstained and surname:
        # the sentence naming the narration and the one asked about: a yes the narrator search, which wants
        # someone the question does not name, passes over
        got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} narrator narration narrated voice-over",
                                   drop=_title_words(q), must=_NARRATION)
        row = next((r for _s, r in got if surname[0] in normalize(r["text"]).split()), None)
        if row is not None:
            return q.make(f"Yes: the article says: “{row['text']}”", "fallback.sentence", GUESS, [sentence_source(row)])
    if told.abstained:
        return told
    said = normalize(" ".join([told.answer] + [x.get("sentence", "") for x in told.sources])).split()
    yes = bool(surname) and surname[0] in said
    return q.make(f"{'Yes' if yes else 'No'}: {told.answer}", told.kind, told.confidence, told.sources)


#: A rank or title a part's name opens with ("President", "Colonel"): no word of whom a sentence is about.
_RANK_NAMES = frozenset(_RANKS.values())


async def answer_modelled_on(q: Q) -> Answer:
    """"who did <actor> base <character> on": no fact holds whom a part was drawn from, so the sentence
    that names the part or its player with a drawing-from frame ("drew inspiration for the role from A",
    "modeled on the director's sister") is quoted below confidence, or the article doesn't say."""
    parts = [n for h in q.names for r, n in h.owners if r in ("character", "plot")]
    players = [r["actor"] for r in q.data.of("cast") for n in parts if r["character"] == n] \
        + [n for h in q.names for r, n in h.owners if r == "actor"]
    title = _title_words(q)
    # the part's own name first: a player of several parts has sentences about each of them
    for names in (parts, players):
        words = {w for n in names for w in _CASTING_SENTENCE_RX1.findall(n) if len(w) > 2 and normalize(w) not in title
                 and normalize(w) not in _RANK_NAMES}
        if not words:
            continue
        who = "|".join(re.escape(w) for w in sorted(words))
        must = re.compile(rf"^(?=.*\b(?:{who})\b)(?=.*{_DRAWN_FROM.pattern})", re.IGNORECASE)
        got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} inspiration based modelled", drop=title, must=must)
        if got:
            row = got[0][1]
            return q.make(f"The article says: “{row['text']}”", "fallback.sentence", GUESS, [sentence_source(row)])
    lead = next(iter(q.data.of("plot_character")), None)
    if lead is not None and any(set(normalize(n).split()) & set(normalize(lead["name"]).split()) for n in parts):
        # the story's lead: "the film would be based on the daughter of his friend" tells whom without naming
        # the part; below confidence
        got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} based inspired film story", drop=title,
                                   must=_STORY_DRAWN_FROM)
        got = [g for g in got if g[1].get("kind") != "plot" and not _PLOT_PATH.search(g[1].get("path") or "")]
        if got:
            row = got[0][1]
            return q.make(f"The article says: “{row['text']}”", "fallback.sentence", LOW, [sentence_source(row)])
    return q.make("The article doesn't say whom the part was based on.", "abstain", NONE, [])


#: The story itself drawn from someone named by what they are ("the film would be based on the 10-year-old
#: daughter of his friend"): vocab/question.toml family_relations and person_nouns.
_STORY_DRAWN_FROM = re.compile(
    r"\b(film|story|protagonist|heroine|hero|main character|lead character|title character)\b[^.;]{0,40}?"
    r"\b(based|modell?ed|patterned|inspired)\b (\w+ )?(on|after|by) (the |a |an |his |her |their )?([\w-]+ ){0,3}?"
    rf"({alternation([*load('question')['family_relations'], *load('question')['person_nouns']])})s?\b", re.IGNORECASE)


#: How a sentence gives someone's occupation: "plays an immigration officer", "works as a nurse", "reveal
#: themselves to be "smugglers"".
_OCCUPATION_FRAME = (r"\b(plays?|played|playing|is|was|are|were|as|becomes?|became|works?|worked|working|"
                     r"to be|poses?|posing|posed)\s+(as\s+)?(an?\s|[\"“])")


async def answer_occupation(q: Q) -> Answer:
    """What a character does for a living: no fact holds it (a cast row gives the character's name, which
    is no job), so the sentence that names the character or its player with an occupation frame is
    quoted below confidence, or the article doesn't say."""
    hits = [h for h in q.names if not _typed_as_title(q, h.form)]  # "... in <title's last word>": the film
    names = [n for h in hits for r, n in h.owners if r in ("character", "plot", "actor")]
    cast = q.data.of("cast")
    if not names and (kin := await _kin_job(q)) is not None:
        return kin
    for h in hits:
        for r, n in h.owners:
            # the player's sentence tells the character's job ("A plays an immigration officer"), and back
            if r == "character":
                names += [c["actor"] for c in _cast_for_character(cast, n) if c.get("actor")]
            elif r == "actor":
                names += [c["character"] for c in cast if c.get("character") and c.get("actor") == n]
    keys = sorted({w for n in names for w in normalize(n).split() if len(w) > 2 and w not in STOPWORDS})
    named = rf"(?=.*\b({'|'.join(re.escape(k) for k in keys)}))" if keys else ""
    # ... or the name with its job in apposition ("Kip Morrow, a researcher at Ruritania Mills, ...")
    beside = (rf"|\b(?:{'|'.join(re.escape(k) for k in keys)})\w*(?:\s+(?-i:[A-Z])[\w'’-]*){{0,2}}(?:\s+\([^)]*\))?,"
              rf"\s+(?:an?|the)\s") if keys else ""
    told = await _job_beside(q, keys) or await _protagonist_job(q, names)
    if told is not None:
        return told
    # the names are searched for too: "whats kip's job" is typed "kips", which the index never finds
    return await not_stated(q, "what they do for a living", rf"(?i)^{named}(?=.*(?:{_OCCUPATION_FRAME}{beside}))",
                            terms=" ".join(["plays works", *keys]))


#: ... never a possessive ("the driver's policy" tells no one's job)
_JOB = re.compile(rf"\b{alternation(load('retrieval')['jobs'])}s?\b(?!['’]s?\b)", re.IGNORECASE)
#: How near (in words) an occupation must stand to the name, or to the "he"/"she" carrying it on, to be theirs.
JOB_REACH = 6
_JOB_FRAME = re.compile(r"\b(?:is|was|are|were|as|be|becomes?|became|works?|worked|working)\s+(?:an?\s+|the\s+)?"
                        r"(?:[\w'’\"“”-]+\s+){0,3}$", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
_OWNED_JOB = re.compile(r"\b([\w-]+)['’]s\s+(?:[\w-]+\s+){0,2}$|\b(his|her|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_A_FILM = re.compile(r"(?:[\w'’-]+\s+){0,5}?(?:film|movie|picture|series|documentary)\b", re.IGNORECASE)


#: A parent asked for by what they are to someone the question describes ("the girls' dad", "the boy's mom"):
#: the kin word, and the words a sentence ties that parent to their children with.
_PARENT_ASKED = re.compile(r"\b(?:dad|daddy|father|pa|papa|mom|mum|mommy|mummy|mother|ma|parents?)\b")
_CHILDREN = r"(?:daughters?|sons?|children|kids?|boys?|girls?)"
_JOBS_ALT = alternation(load("retrieval")["jobs"])
#: ... a job beside the children ("professor A and his two daughters", "the two daughters (B and C) of a
#: professor") or beside the kin word ("her father, a farmer")
_KIN_JOB_TOLD = re.compile(rf"\b{_JOBS_ALT}s?\b[^.;]{{0,60}}?\b(?:and|with) (?:his|her|their) (?:\w+ ){{0,2}}{_CHILDREN}\b|"
                           rf"\b{_CHILDREN}\b(?:\s+\([^()]*\))? of an? (?:[\w'’-]+ ){{0,2}}{_JOBS_ALT}\b|"
                           rf"\b(?:father|dad|mother|mom|parents?),? (?:an?|the) (?:[\w'’-]+ ){{0,2}}{_JOBS_ALT}\b",
                           re.IGNORECASE)


async def _kin_job(q: Q) -> Answer | None:
    """"what does the girls' dad do for a living": no one named, a parent described by their children; the
    lead or plot sentence that puts a job beside the children ("professor Kip Morrow and his two daughters",
    "the two daughters (Ora and Nell) of a professor") or beside the kin word ("her father, a farmer"),
    the earliest; below confidence. None when the question asks no parent or no sentence tells one so."""
    if not _PARENT_ASKED.search(q.rest):
        return None
    return await _job_told(q, _KIN_JOB_TOLD)


async def _job_told(q: Q, told: re.Pattern) -> Answer | None:
    """The earliest lead or plot sentence *told* finds, quoted below confidence as what the article says
    of someone's job; None when no sentence tells it so."""
    rows = await queries.sentences_in(q.lib.conn, q.film.id, ("lead", "plot"))
    best = next((r for r in rows if told.search(r["text"])), None)
    if best is None:
        return None
    return q.make(f"The facts don't list what they do for a living, but the article says: “{best['text']}”",
                  "fallback.sentence", LOW, [sentence_source(best)])


async def _job_beside(q: Q, keys: list[str]) -> Answer | None:
    """"what's Kip's job", "what does Ora do for a living": the lead or plot sentence that puts an occupation
    (vocab/retrieval.toml jobs) beside the character ("young horror novelist Ora Pell", "Kip is an organic
    farmer", or "he chooses to be a proofreader" going on about them), a job in a frame ("is a", "works as")
    first, the earliest of equals; below confidence. None when no sentence naming them holds one."""
    if not keys:
        return None
    keyset = set(keys)
    rows = await queries.sentences_in(q.lib.conn, q.film.id, ("lead", "plot"))
    naming = [i for i, r in enumerate(rows) if keyset & _with_possessives(normalize(r["text"]).split())]
    others = (_people_words(q) | {w for r in q.data.of("cast") + q.data.of("plot_character")
                                  for w in normalize(r.get("character") or r.get("name") or "").split()}) - keyset
    # "Kip (A) is a DYSP": a frame right after the name tells a job the list may not hold
    after_name = re.compile(rf"\b(?:{'|'.join(map(re.escape, keys))})\w*(?:\s+\([^()]*\))?,?\s+(?:is|was|works as|"
                            rf"worked as)\s+an?\s", re.IGNORECASE)
    # ... and the job set beside the name ("Kip Morrow (A), a meek clerk and painter, ...") is as near as a frame
    appositive = re.compile(rf"\b(?:{'|'.join(map(re.escape, keys))})\w*(?:\s+(?-i:[A-Z])[\w'’-]*){{0,2}}"
                            rf"(?:\s+\([^()]*\))?,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,5}}$", re.IGNORECASE)
    best, most = None, 0.0
    for i in _carrying(rows, naming):
        text = rows[i]["text"]
        # ... a sentence going on with "he" is theirs only when no one else is named before it ("B, a thief,
        # claims he knows" is B's)
        if i not in naming and not _pronoun_first(text, _SUBJECT_PRONOUNS, others):
            continue
        jobs = list(_JOB.finditer(text))
        hit = after_name.search(text) if i in naming else None
        # ... not the film's own first sentence ("<title> is a 1976 sports drama film")
        framed = hit is not None and not _A_FILM.match(text, hit.end())
        if not jobs and not framed:
            continue
        words = list(_WORD.finditer(text))
        whose = keyset if i in naming else {"he", "she", "they"}
        at = [j for j, w in enumerate(words) if whose & _with_possessives(normalize(w.group()).split())]
        score = 2.0 if framed else 0.0
        for m in jobs:
            own = _OWNED_JOB.search(text, 0, m.start())
            if own and (own.group(2) or normalize(own.group(1)) in whose):
                continue  # "Ora's trainer Kip", "Ora and her trainer": the trainer is someone else, Ora's
            pos = next((j for j, w in enumerate(words) if w.end() > m.start()), len(words))
            # ... the appositive ties it to the name however many words it runs ("Kip, a young farmer working as a clerk")
            tied = i in naming and appositive.search(text[: m.start()]) is not None
            near = tied or min((abs(pos - a) for a in at), default=99) <= JOB_REACH
            framing = tied or _JOB_FRAME.search(text[: m.start()])
            score = max(score, (2.0 if near else 1.0) + (1.0 if framing else 0.0))
        if score > most:
            best, most = rows[i], score
    if best is None:
        return None
    return q.make(f"The facts don't list what they do for a living, but the article says: “{best['text']}”",
                  "fallback.sentence", LOW, [sentence_source(best)])


#: The question asks after the story's lead by what they are to it ("the main guy", "the protagonist").
_PROTAGONIST_ASKED = re.compile(r"\b(main|lead|leading|central|title) (guy|guys|man|mans|woman|womans|girl|girls|"
                                r"character|characters|lady|ladys|person|persons)\b|\b(protagonist|protagonists|hero|heros|"
                                r"heroine|heroines)\b")
#: A sentence telling the lead's occupation without their name: "The protagonist is an experienced hitman",
#: "It follows an Army chaplain as he ...", "the story of a retired boxer".
_PROTAGONIST_JOB = re.compile(rf"\b(?:(?:protagonist|hero|heroine|main character|central character|lead character)\s+"
                              rf"(?:is|was)|follows|followed|centers on|centres on|revolves around|tells the story of|"
                              rf"the story of|is about|was about)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?"
                              rf"{alternation(load('retrieval')['jobs'])}s?\b", re.IGNORECASE)


async def _protagonist_job(q: Q, names: list[str]) -> Answer | None:
    """"what's the main guy's job", "what does <the first-billed part> do for a living": a lead or plot sentence
    telling the protagonist's occupation without a name ("The protagonist is an experienced hitman", "It
    follows an Army chaplain"), below confidence; None when the question asks after someone else (not the
    first of the cast list) or no sentence tells it so."""
    cast = sorted(q.data.of("cast"), key=lambda r: r.get("order") or 0)
    lead = {normalize(w) for r in cast[:1] for w in f"{r.get('actor') or ''} {r.get('character') or ''}".split()}
    asked = {normalize(w) for n in names for w in n.split()}
    if not _PROTAGONIST_ASKED.search(q.rest) and not (asked and asked <= lead):
        return None
    return await _job_told(q, _PROTAGONIST_JOB)


_PAY_TOLD = load("intents")["pay_told"]


async def answer_pay(q: Q) -> Answer:
    """A person's fee is no fact kind: quote a sentence that states one, or say the article doesn't."""
    told = "|".join(f"(?:{p})" for p in _PAY_TOLD)
    people = {n.split()[-1] for h in q.names for r, n in h.owners if r in ("actor", "crew", "casting") and n.split()}
    if people:
        # "what was A paid": a sentence about A's pay, never another player's fee
        who = "|".join(re.escape(w) for w in sorted(people))
        return await not_stated(q, f"what {join_names(sorted(people))} was paid", rf"^(?=.*\b(?:{who})\b)(?=.*(?:{told}))",
                                terms="paid salary fee offered")
    return await not_stated(q, "what anyone was paid", told, terms="paid salary fee offered")


#: How far after a critic's sentence their review may still be going on: its paragraph and the next
#: (a quote set apart: "He wrote," / the quote), a few sentences at most.
REVIEW_RUN = 10


async def _said_next_about(q: Q, ref: str, about: str) -> dict | None:
    """The first of the few sentences after the one cited as *ref*, in its section, that names *about*
    (a regex of surnames): a review quoted over paragraphs ("He wrote," / the quote / "Ora Pell is ...")."""
    rows = await q.lib.conn.execute_fetchall(
            "SELECT n.text, n.idx, n.film_id, sec.path FROM sentences s JOIN sentences n ON n.film_id = s.film_id "
            "AND n.section = s.section AND n.idx > s.idx AND n.idx <= s.idx + ? AND n.para <= s.para + 1 "
            "JOIN sections sec ON sec.film_id = n.film_id AND sec.idx = n.section "
            "WHERE s.film_id = ? AND s.ref = ? ORDER BY n.idx", (REVIEW_RUN, q.film.id, ref))
    for text, idx, film_id, path in rows:
        if re.search(rf"\b(?:{about})\b", text):
            return {"text": text, "idx": idx, "film_id": film_id, "path": path}
    return None


_REVIEW_SECTION = re.compile(r"\b(reception|review|reviews|critical|critics|response|legacy|reputation)\b", re.I)


async def _opinion_about(q: Q) -> Answer | None:
    """"what did <a critic the facts miss> think of <actor>": the sentence in the reception naming the
    critic, and the one of the review's next few that names the actor, quoted below confidence."""
    if not I.cue("opinion", q.rest):
        return None
    subjects = {n.split()[-1] for _h, n in q.roles("actor") + q.roles("character") if n.split()}
    if not subjects:
        return None
    about = "|".join(re.escape(w) for w in subjects)
    got = await best_sentences(q.lib.conn, q.film.id, q.text, drop=_title_words(q) | frozenset(
        normalize(w) for w in subjects), limit=20)
    for _score, row in got[:5]:
        if not _REVIEW_SECTION.search(row.get("path") or ""):
            continue
        if re.search(rf"\b(?:{about})\b", row["text"]):
            return None  # the best sentence names them already: the plain quote says it
        ref = next(iter(await q.lib.conn.execute_fetchall("SELECT ref FROM sentences WHERE film_id = ? AND idx = ?",
                                                          (q.film.id, row["idx"]))), None)
        hit = await _said_next_about(q, ref[0], about) if ref else None
        if hit:
            return q.make(f"The article says: “{row['text']}” … “{hit['text']}”", "fallback.sentence", LOW,
                          [sentence_source(row), sentence_source(hit)])
        return None
    return None


def _names_all(q: Q, text: str) -> bool:
    """Does *text* name everyone the question names (any word of each name)?"""
    names = [{w for w in normalize(n).split() if len(w) > 2} for h in q.names for _r, n in h.owners]
    words = _with_possessives(normalize(text).split())
    return bool(names) and all(g & words for g in names)


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_SAYS_SOMETHING_RX1 = re.compile(r"(why|how come)\b")


def _says_something(q: Q, row: dict) -> bool:
    """Does a sentence of an open search say something of what is asked, beyond naming whom the question
    names? One of the question's other words, or for "why does A want B": a reason given about them
    ("the man responsible for his sister's death, B"), whatever verbs the question used."""
    if row["said"]:
        return True
    if not _SAYS_SOMETHING_RX1.match(q.rest) or not _REASON.search(row["text"]):
        return False
    return _names_all(q, row["text"])


_TITLE_TOLD = re.compile(rf"\b(?:{'|'.join(load('retrieval')['title_told'])})\b", re.IGNORECASE)


_QUOTE_MARKS = " \"“”'‘’"
_PAGE_SUFFIX = re.compile(r"\s*\([^()]*\)$")
#: The lead's glosses of the title, in brackets right after it: "<Title> (English: Six Chapters)", "(God)".
_GLOSSES = re.compile(r"\(([^()]*)\)")
#: A gloss that is no meaning: another title, a year, a date, a script's spelling or a pronunciation.
_NOT_A_MEANING = re.compile(r"\b(titled|known as|released as|born|pronounced|also|film|movie|\d{3,4})\b|[^\x00-\u024f]",
                            re.IGNORECASE)
#: A gloss saying it is a translation ("English: X", "transl. X", "lit. X", "meaning X").
_TRANSLATION_TOLD = re.compile(r"^\s*(english\s*:|transl\w*\.?|lit(erally|\.)|meaning|trans\.)\s*", re.IGNORECASE)


async def _lead_glosses(q: Q) -> tuple[list[str], dict | None]:
    """The bracketed glosses right after the title that opens the lead ("Otla (Acronym for "X") (English:
    "Y") is ..."), and the lead's first sentence; ([], None) when the lead opens otherwise."""
    rows = await queries.sentences_in(q.lib.conn, q.film.id, ("lead",))
    if not rows:
        return [], None
    first = rows[0]
    title = _PAGE_SUFFIX.sub("", q.film.title)  # "<Title> (film)": the page's, not the lead's
    m = re.match(rf"\s*{re.escape(title)}\s*((?:\([^()]*\)\s*)+)", first["text"], re.IGNORECASE)
    return ([g.strip() for g in _GLOSSES.findall(m.group(1))] if m else []), first


async def _title_in_english(q: Q) -> Answer | None:
    """"what does <title> mean", "what is <title> in english": the lead's gloss of the title ("<Title>
    (English: Six Chapters)", said FAIR; a bare "(God)", which may be something else, below confidence);
    None when the question asks no such thing or the lead glosses nothing."""
    if not I.cue("title_gloss", q.rest):
        return None
    glosses, first = await _lead_glosses(q)
    said = [g for g in glosses if _TRANSLATION_TOLD.match(g)]
    bare = [g for g in glosses if not said and not _NOT_A_MEANING.search(g) and ":" not in g
            and not I.cue("acronym", normalize(g))]
    if not said and not bare:
        return None
    gloss = _TRANSLATION_TOLD.sub("", (said or bare)[0]).strip(_QUOTE_MARKS)
    title = _PAGE_SUFFIX.sub("", q.film.title)
    return q.make(f"{title} means “{gloss}”: “{first['text']}”", "identity.title_meaning", FAIR if said else GUESS,
                  [sentence_source(first)])


async def _title_meaning(q: Q) -> Answer | None:
    """"what does the 7 in the title mean", "who is the Ora group named after": the sentence that says
    what a title or a name refers to ("7 refers to the hour of the raid", "named after her father"),
    the title's own words searched for too (the question is about them); quoted below confidence."""
    if not I.cue("title_meaning", q.rest):
        return None
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} {q.film.title} title named refers",
                               must=_TITLE_TOLD, limit=40, names=_open_search(q)["names"])
    title = set(normalize(q.film.title).split())
    # the sentence that writes the title's words (or the name asked) before one that only says "title"
    got = [g for g in got if title & set(normalize(g[1]["text"]).split()) or g[1]["said"] > 0]
    if not got:
        return None
    row = got[0][1]
    return q.make(f"The article says: “{row['text']}”", "fallback.sentence", LOW, [sentence_source(row)])


async def _title_characters_job(q: Q) -> Answer | None:
    """"what's <title>'s day job": the film named for its hero, whose name the question typed as the title
    (so no character was found in it); the job beside the character the title names, when one does."""
    if not I.cue("occupation", q.rest) or q.names:
        return None
    chars = {w for r in q.data.of("cast") + q.data.of("plot_character")
             for w in normalize(r.get("character") or r.get("name") or "").split()}
    keys = sorted(w for w in normalize(q.film.title).split() if w in chars and len(w) > 2 and w not in STOPWORDS)
    return await _job_beside(q, keys)


async def fallback(q: Q, *, min_conf: float = 0.0) -> Answer:
    """The best-matching sentence, quoted, at moderate-to-low confidence; abstain when nothing fits."""
    said = await _opinion_about(q) or await _title_in_english(q) or await _title_meaning(q) \
        or await _title_characters_job(q)
    if said is None and not q.names and I.cue("occupation", q.rest):
        said = await _kin_job(q)  # "what does the girls' dad do for work": no one named, a parent described
    if said is not None:
        return said
    # a sentence that only names whom the question names, none of what it asks of them, answers nothing
    # "how did A get hurt filming it": the shoot sets the scene; what befell A is asked (every sentence of the
    # production history writes "filming")
    drop = _title_words(q) | (_ON_SET_WORDS if I.cue("on_set", q.rest) else frozenset())
    search = await _aliased_search(q)
    # (a sentence opening a list the article's text lost, "... included:", tells nothing of it)
    got = [g for g in await best_sentences(q.lib.conn, q.film.id, q.text, drop=drop, **search)
           if _says_something(q, g[1]) and not g[1]["text"].rstrip().endswith(":")]
    if not got or got[0][0] < 40:
        return q.make("The article doesn't seem to say; I found no sentence that answers this.", "abstain", NONE, [])
    score, text, rows = await quote(q.lib.conn, q.text, got, _title_words(q), _people_words(q))
    if max(r.get("said", 1.0) for r in rows) <= UNWRITTEN_SAID \
            and _asked_one_unwritten(search["names"], [r["text"] for r in rows]):
        # "who is the father of ora's baby": a sentence writing neither Ora nor "she", nor more than half of
        # what is asked of her ("father" of "father", "baby"), tells of someone else
        return q.make(f"The article doesn't seem to say; the sentence nearest it is of someone else: “{text}”",
                      "abstain", NONE, [sentence_source(r) for r in rows])
    unnamed = _left_unnamed(q, text)
    if unnamed:
        # "who is the loved one that gets killed": the sentence tells "a loved one" is killed, never who
        return q.make(f"The article doesn't say who {unnamed} is; it says: “{text}”", "abstain", NONE,
                      [sentence_source(r) for r in rows])
    thing = _thing_unnamed(q, text)
    if thing:
        return q.make(f"The article doesn't name the {thing}; it says: “{text}”", "abstain", NONE,
                      [sentence_source(r) for r in rows])
    conf = max(min_conf, min(0.45, 0.15 + score / 250))
    lead = ""
    if I.is_yesno(q.rest) or _YESNO_CAN.match(q.rest):
        lead = "Yes, it seems: " if _says_all_of(q, text) else "No, it seems: " if _denies_all_of(q, text) else ""
    # "who is the foreman": a character the quote calls by one of their names, given in full
    names = await _named_in_full(q, text)
    return q.make(f"{lead}The article says: “{text}”{names}", "fallback.sentence", conf, [sentence_source(r) for r in rows])


_ON_SET_WORDS = frozenset(load("ask_words")["film"]["on_set_words"])
#: The most of a question's words besides its names (its ``said``) that a quote writing none of the one
#: asked about may hold and still be of someone else: a sentence holding more tells what is asked of another
#: word for them ("the vigilante" for the hero named).
UNWRITTEN_SAID = 0.5
_OPENS_ON_SOMEONE = re.compile(r"^(?:[\w'’,-]+\s+){0,5}?(he|she|they|him|her|them|his|their)\b", re.IGNORECASE)


def _asked_one_unwritten(names: tuple[str, ...], texts: list[str]) -> bool:
    """Does the question name someone (*names*, aliases put on) whom none of the quoted *texts* writes, by any
    word of their name, nor goes on about with a pronoun? Then the quote tells of someone else."""
    keys = {w for n in names for w in normalize(n).split() if len(w) > 2 and w not in STOPWORDS}
    if not keys:
        return False
    return not any(keys & _with_possessives(normalize(t).split()) or _OPENS_ON_SOMEONE.match(t) for t in texts)


#: "who is the loved one that gets killed", "who was the stranger who ...": someone asked by what they are.
_WHO_BY_DESCRIPTION = re.compile(r"^(?:who (?:is|was|s|are|were)|whos|(?:whats|what is|what s|what was) the names? of) "
                                 r"the (?P<np>(?:[a-z]+ ){0,2}?[a-z]+) (?:that|who|whom|whose)\b")


def _left_unnamed(q: Q, text: str) -> str:
    """The description a "who is the <X> that ..." (or "what's the name of the <X> who ...") question asks
    by ("the loved one"), when the quoted text writes it only with "a"/"an" ("a loved one is ... murdered"):
    it leaves them unnamed. '' otherwise, or when the text also says "the <X>" or gives a name right after
    it ("a loved one, Ora, ...")."""
    m = _WHO_BY_DESCRIPTION.match(q.rest)
    if not m:
        return ""
    np = r"\s+".join(map(re.escape, m.group("np").split()))
    if not re.search(rf"\b(?:a|an)\s+{np}\b", text, re.IGNORECASE):
        return ""
    if re.search(rf"\bthe\s+{np}\b|\b{np}\s*[,(]\s*(?-i:[A-Z])|\b{np}\s+(?:named|called)\b", text, re.IGNORECASE):
        return ""
    return f"the {m.group('np')}"


_NAMED_ONLY = alternation(load("question")["named_only"])
#: "what magazine does A write for", "which gang does B join": a thing only its name tells.
_WHICH_THING = re.compile(rf"^(?:what|which) (?P<noun>{_NAMED_ONLY})s? (?:does|did|do|is|was|are|were)\b")


def _thing_unnamed(q: Q, text: str) -> str:
    """The thing a "what magazine does A write for" question asks the name of (vocab/question.toml
    named_only), when the quoted text writes its noun but no name beside it ("a magazine writer", "joins a
    gang"): the article leaves it unnamed. '' otherwise, or when the text does not write the noun (it may
    name it bare: "writes for the Ruritania Post")."""
    m = _WHICH_THING.match(q.rest)
    if not m:
        return ""
    noun = re.escape(m.group("noun"))
    if not re.search(rf"\b{noun}s?\b", text, re.IGNORECASE):
        return ""
    name = r"[\"“‘]?(?-i:[A-Z])"
    if re.search(rf"\b{noun}s?,?\s+(?:(?:called|named|known as|the)\s+)?{name}|(?-i:[A-Z])[\w'’-]*\s+{noun}|"
                 rf"(?-i:[A-Z])[\w'’-]*[”\"]?,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}{noun}\b", text, re.IGNORECASE):
        return ""
    return m.group("noun")


_NEGATION = re.compile(r"\b(not|never|no|nor|neither|without|failed|denied|n't)\b|n['’]t\b", re.IGNORECASE)


def _says_all_of(q: Q, text: str) -> bool:
    """Does *text* hold every content word of a yes/no question (its stem: "sequel" finds "sequels"),
    without a negation? Then it reads as a yes, though not a confident one."""
    words = [w for w in normalize(q.text).split() if w not in STOPWORDS and w not in _title_words(q)
             and w not in {"is", "was", "were", "are", "did", "does", "do", "has", "had", "ever", "really", "actually"}
             and len(w) > 2]
    norm = normalize(text)
    return bool(words) and not _NEGATION.search(text) and all(re.search(rf"\b{re.escape(w[:5])}", norm) for w in words)


_YESNO_FRAME = frozenset(load("question")["yesno_frame"])
_YESNO_CAN = re.compile(load("question")["yesno_can"])


def _denies_all_of(q: Q, text: str) -> bool:
    """Does *text* hold every content word of a yes/no question beyond its frame ("can i get it on dvd": "dvd")
    in one clause with a negation ("has not released the film on VHS, DVD or Blu-Ray")? Then it reads as a
    no, though not a confident one. A year typed beside the title is the title's."""
    words = [w for w in normalize(q.text).split() if w not in STOPWORDS and w not in _title_words(q)
             and w not in _YESNO_FRAME and w not in {"is", "was", "were", "are", "did", "does", "do", "has", "had"}
             and len(w) > 2 and not _A_YEAR.fullmatch(w)]
    if not words:
        return False
    for clause in re.split(r"[;:]|,\s+(?:but|while|although|though|whereas)\b|\.\s", text):
        norm = normalize(clause)
        if _NEGATION.search(clause) and all(re.search(rf"\b{re.escape(w[:5])}", norm) for w in words):
            return True
    return False


# --- dispatch ---------------------------------------------------------------------------------------------
#: Another work than the film (a sequel; its trailer, poster or a music video): the film's own credits,
#: dates and figures are not that work's.
_OTHER_WORK = re.compile(r"\b(sequel|sequels|prequel|prequels|spin ?off|follow ?up|reboot|trailer|trailers|teaser|teasers|"
                         r"poster|posters|music video|music videos)\b")
#: "the sequel to <title>" (the title cut out): another film than the one named, whatever that one is.
_SEQUEL_TO_IT = re.compile(r"\b(sequel|sequels|prequel|prequels|follow ?up|spin ?off|reboot)s? (to|of|for)\b(?! (which|what|whom)\b)")
#: A work made beside the film (its album, its game, its book of the film): its credits are not the film's.
_TIE_IN_WORK = re.compile(r"\b(soundtrack album|soundtrack|album|video game|novelization|novelisation)\b")
_NOT_THE_MUSICS_CREDITS = frozenset({"crew.producer", "crew.director", "crew.writer", "crew.editor",
                                     "crew.cinematographer", "crew.distributor", "crew.production_company"})
# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
# ... "is a 2018 Ruritanian crime comedy film and sequel to": the kind of film first, then what it follows
_IS_ITSELF_RX1 = re.compile(r"\b(is|was|as) (a|an|the)(( [\w-]+){0,3}|( [\w-]+){0,6} (film|movie)\s+and( a| the)?)\s+"
                            r"(sequel|prequel|follow[- ]?up|spin[- ]?off|reboot)s?"
                     r"( \w+)? (to|of)\b", re.I)


#: The lead's "a sequel to A's 2015 film <title>": the film this one follows, named.
_FOLLOWS_TOLD = r"\b(sequel|prequel|follow[- ]?up|spin[- ]?off)s?\s+(to|of)\b"
#: "the first one", "the original film", "the 2015 one": the earlier film of a series, not this one.
_ORIGINAL_ASKED = re.compile(r"\bthe (first|original|previous|earlier|older) (one|film|movie|part|installment|instalment)\b|"
                             r"\bthe (?P<year>(19|20)\d\d) (one|film|movie|version)\b")


def _asks_the_original(q: Q) -> bool:
    """Does the question ask about the earlier film of a series ("the original film", "the first <title>",
    "the 2015 one", a year not this film's)? Asked of a film that is itself a sequel, that is another film."""
    text = normalize(q.text)
    m = _ORIGINAL_ASKED.search(text)
    if m:
        return not (m.group("year") and q.film.year and m.group("year") == str(q.film.year))
    title = [w for w in normalize(q.film.title).split() if w not in STOPWORDS and not w.isdigit()]
    # the words first: the pattern is built for the film's title, compiled anew for every film asked about
    return bool(title) and ("the first " in text or "the original " in text) \
        and re.search(rf"\bthe (first|original) {re.escape(title[0])}\b", text) is not None


async def _about_other_work(q: Q, word: str) -> Answer:
    """"who directed its sequel", "who are the leads in the sequel": the sentence that tells of that other
    work, below confidence; in a section of its own name ("Sequel") the sentence after it goes on about
    it too ("The film has A and B as the lead pair") and is quoted with it. This film's facts answer
    nothing asked."""
    stem_rx = rf"\b{re.escape(word.split()[-1][:6])}"
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} {word}", drop=_title_words(q), must=_probe_rx(stem_rx))
    if not got:
        return q.make(f"The article doesn't say that about its {word}.", "abstain", NONE, [])
    rows = [got[0][1]]
    if re.search(stem_rx, rows[0].get("path") or "", re.IGNORECASE):
        nxt = await next_sentence(q.lib.conn, rows[0])
        if nxt is not None:
            rows.append(nxt)
    return q.make(f"The facts don't list that about its {word}, but the article says: “"
                  + " ".join(r["text"] for r in rows) + "”", "fallback.sentence", LOW, [sentence_source(r) for r in rows])


async def _is_itself(q: Q) -> bool:
    """Does the film's lead call the film itself a sequel (prequel, follow-up ...)? Then "the <other
    title> sequel" may well be this film."""
    lead = " ".join(t for (t,) in await q.lib.conn.execute_fetchall(
        "SELECT text FROM sentences WHERE film_id = ? ORDER BY idx LIMIT 4", (q.film.id,)))
    return _IS_ITSELF_RX1.search(lead) is not None


_A_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


async def _year_told_elsewhere(q: Q, years: list[str]) -> Answer:
    """Another article's sentence that writes the year asked and every name the question uses ("Morrow had
    worked with Varga in 2011 on <film>"), quoted with its film below confidence; else the abstention."""
    people = sorted({n for h in q.names for _r, n in h.owners})
    surnames = [normalize(p).split()[-1] for p in people if normalize(p)]
    miss = q.make(f"The article of {q.film.label} (out in {q.film.year}) doesn't say which film that was.",
                  "abstain", NONE, [])
    if len(set(surnames)) < 1:
        return miss
    rows = await queries.search_sentences(q.lib.conn, None, " ".join([*years, *surnames]), 40)
    for row in rows:
        norm = normalize(row["text"])
        if row["film_id"] != q.film.id and any(y in row["text"] for y in years) \
                and all(re.search(rf"\b{re.escape(s)}(s\b|\b)", norm) for s in surnames):
            other = q.lib.film(row["film_id"])
            label = other.label if other is not None else "another film"
            return Answer(q.text, f"The article of {label} says: “{row['text']}”", "fallback.sentence", LOW,
                          label, row["film_id"], [sentence_source(row)])
    return miss


_CREDIT_NOUNS = frozenset(load("question")["credit_nouns"])
_ASKS_WHO = re.compile(r"\b(who|whom|whose|this person|which person|what person|by whom)\b")
_ASKS_OTHER = re.compile(r"(how|why|when|where|which|what)\b(?: (\w+))?")


def _asks_credit(q: Q) -> bool:
    """Does a question using a credit's word ("score", "script", "produced") ask who holds the credit?
    "who scored it", "which studio made it", "did A direct it" do; "how did the original script end",
    "which orchestra played the score", "was the score recorded digitally" ask something else of it, which
    a sentence of the article may tell and the credit never does."""
    if I.is_yesno(q.rest):
        # "did A direct it"; "<title> is a film written by this person?" asks who too
        return bool(q.roles("actor") + q.roles("crew") + q.roles("casting")) or _ASKS_WHO.search(q.rest) is not None
    m = _ASKS_OTHER.match(q.rest)
    return m is None or (m.group(1) in ("which", "what") and (m.group(2) is None or m.group(2) in _CREDIT_NOUNS))


#: Intents answered from this film's facts: never for its sequel or prequel.
_FACT_KINDS = frozenset("crew cast casting money release award score review identity filming pay debut".split())


_STORY_ROLES = frozenset({"character", "plot"})


def _one_of_a_family(names: list[NameHit]) -> list[NameHit]:
    """The hits of *names* without a surname typed right after another person's given name: "violet parr"
    where the story has a Lune and the cast bills a Kip Varga asks about Lune (of the Varga family),
    never Dash. Only for people of the story, and only when no owner of the surname has that given name."""
    out: list[NameHit] = []
    for h in names:
        prev = out[-1] if out else None
        if prev is not None and prev.end == h.start and h.end - h.start == 1 \
                and all(r in _STORY_ROLES for r, _n in h.owners + prev.owners) \
                and all(len(n.split()) >= 2 and normalize(n).split()[0] != prev.form for _r, n in h.owners) \
                and all(h.form not in normalize(n).split() for _r, n in prev.owners):
            # one person, the given name's, with the family's surname as the article spells it
            surname = next((w for _r, n in h.owners for w in n.split() if normalize(w) == h.form), h.form.title())
            out[-1] = replace(prev, end=h.end, form=f"{prev.form} {h.form}",
                              owners=tuple((r, f"{n} {surname}") for r, n in prev.owners))
            continue
        out.append(h)
    return out


_DUB_TOLD = re.compile(r"\b(dubb\w*|dubs?)\b", re.IGNORECASE)
_DUB_QUESTION_WORDS = frozenset({"who", "whom", "which", "what", "did", "does", "the", "voice", "voices", "version",
                                 "versions", "dubbing", "artist", "for", "over"})
_LANGUAGE_WORDS = frozenset(normalize(w) for w in load("question")["languages"])
#: ... and the one who dubbed named ("is dubbed by A", "A dubbed for B", "A lent the voice"): a release "with
#: dubbed versions" names no one
_DUBBER_NAMED = re.compile(r"\b[Dd]ubbed (?:by|for|over) [A-Z]|\b[A-Z][\w.'-]+ (?:dubbed|dubs) (?:for|over|the)\b|"
                           r"\b[Dd]ubbing (?:artist|voice) [A-Z]")


#: (the stems a question asks some work with, the stems a sentence tells it with), per kind of work.
_HELPER_KINDS = [(tuple(asked), re.compile(rf"\b({alternation(told)})\w*", re.IGNORECASE))
                 for asked, told in load("question")["helper_kinds"].values()]


async def _helper_of_player(q: Q) -> Answer:
    """"who sang for A", "who was A's body double": someone who worked for player A without a part; the sentence
    telling it, naming A, below confidence; A's own part is no answer."""
    actors = {n for _h, n in q.roles("actor")}
    words = {normalize(n).split()[-1] for n in actors if n.strip()}
    told = next((rx for asked, rx in _HELPER_KINDS if any(w.startswith(a) for w in q.rest.split() for a in asked)), None)
    if told is None:
        return q.make(f"The article doesn't say that about {join_names(sorted(actors))}.", "abstain", NONE, [])
    got = await best_sentences(q.lib.conn, q.film.id, q.text, drop=_title_words(q), must=told)
    mine = frozenset(w for n in actors for w in normalize(n).split())
    got = [g for g in got if words & set(normalize(g[1]["text"]).split()) and _OTHER_FULL_NAME(g[1]["text"], mine)]
    if got:
        row = got[0][1]
        return q.make(f"The facts don't say; the article says: “{row['text']}”", "cast.helper", LOW,
                      [sentence_source(row)])
    return q.make(f"The article doesn't say that about {join_names(sorted(actors))}.", "abstain", NONE, [])


async def _dubbed_by(q: Q) -> Answer:
    """"who dubbed for <actor> in the tamil version": the sentence telling whose voice was dubbed in, naming the
    part asked (the actor's part, when an actor is named: "<part>'s Tamil voice is dubbed by A"), below
    confidence; the player is never the answer."""
    actors = {n for _h, n in q.roles("actor")}
    parts = {n for _h, n in q.roles("character")} | {r["character"] for r in q.data.of("cast")
                                                      if r["actor"] in actors and r["character"]}
    words = {w for n in parts | actors for w in normalize(n).split() if len(w) > 2 and w not in STOPWORDS}
    if not words:
        # a name no fact holds ("who dubbed for <a player the cast lists miss>"): the words typed for it
        words = {w for w in q.rest.split() if len(w) > 2 and w not in STOPWORDS and w not in _DUB_QUESTION_WORDS
                 and w not in _LANGUAGE_WORDS and not _DUB_TOLD.fullmatch(w)}
    got = await best_sentences(q.lib.conn, q.film.id, f"{q.text} dubbed voice {' '.join(sorted(words))}",
                               drop=_title_words(q), must=_DUB_TOLD)
    # ... in the version asked, when one is ("for the hindi version": a Tamil dub's artist is no answer)
    lang = I.language_version(q.rest)
    got = [g for g in got if _DUBBER_NAMED.search(g[1]["text"])
           and (not words or any(re.search(rf"\b{re.escape(w)}", normalize(g[1]["text"])) for w in words))
           and (not lang or re.search(rf"\b{re.escape(lang)}\b", normalize(g[1]["text"])))]
    if got:
        row = got[0][1]
        return q.make(f"The article says: “{row['text']}”", "cast.dub", LOW, [sentence_source(row)])
    return q.make("The article doesn't say who dubbed that voice.", "abstain", NONE, [])


async def answer_film_question(q: Q) -> Answer:
    q = replace(q, names=_one_of_a_family(q.names))
    has_actor = bool(q.roles("actor"))
    has_char = bool(q.roles("character"))
    has_story = bool(q.roles("plot"))
    named = q.roles("character") + q.roles("plot")
    if named and I.money_asked(q.rest) and all(set(normalize(n).split()) <= _title_words(q) for _h, n in named):
        # "how much did <title character> make in japan": the film, named by the character it is named for
        has_char = has_story = False
    has_rev = bool(q.roles("critic") or q.roles("publication"))
    if not has_rev:
        typed = _reviewer_by_word(q)
        if typed is not None:
            q = replace(q, names=[*q.names, typed])
            has_rev = True
    kind = I.classify(q.rest, has_actor=has_actor, has_character=has_char, has_reviewer=has_rev,
                      has_story=has_story)
    years = sorted(set(_A_YEAR.findall(q.text)))
    if years and q.film.year and str(q.film.year) not in years and I.cue("asks_film", q.rest):
        # "what film did A make with B back in 2011", the film found came out in 2018: another film is asked
        # for; a sentence of this article that names that year may tell it, this film's facts never do
        ans = await not_stated(q, f"which film that was ({q.film.label} came out in {q.film.year})",
                               rf"\b({'|'.join(years)})\b", terms=" ".join(years))
        return await _year_told_elsewhere(q, years) if ans.abstained else ans
    if I.cue("dubbed_voice", q.rest):
        return await _dubbed_by(q)
    if has_actor and I.cue("helper_of_player", q.rest):
        return await _helper_of_player(q)
    tie_in = _TIE_IN_WORK.search(q.rest) if kind in _NOT_THE_MUSICS_CREDITS else None
    if tie_in:
        # "who produced the soundtrack", "who wrote the novelization": another work's hands, not the film's
        # producer or writer (the composer is asked as such)
        return await _about_other_work(q, tie_in.group(1))
    other = _OTHER_WORK.search(q.rest)
    # "when was the sequel to <title> released": the film after this one, even when this one is itself a sequel
    if other and kind.split(".")[0] in _FACT_KINDS and (_SEQUEL_TO_IT.search(q.rest) or not await _is_itself(q)):
        # "who directed its sequel": another film than this one; its facts answer nothing asked
        return await _about_other_work(q, other.group(1))
    if kind.split(".")[0] in _FACT_KINDS and _asks_the_original(q) and await _is_itself(q):
        # "who directed the first <title>, the 2015 one", said of its sequel: the film it follows, which the
        # lead names ("a sequel to A's 2015 film <title>"); this film's own credits answer nothing asked
        return await not_stated(q, "that about the film it follows", _FOLLOWS_TOLD, terms="sequel prequel")
    if not q.names and _ASKS_WHO_LEFT.search(q.rest):
        # "which actor had to pull out": the sentence of the making that tells someone leaving ("A was signed
        # but had to cancel"), naming a person the question does not; never the cast list, never the story
        left = await not_stated(q, "who left the film", _LEFT_FILM.pattern, person=True, story=False,
                                terms="cancel cancelled withdrew dropped left replaced declined")
        if not left.abstained:
            return left
    if kind.startswith("score."):
        return await answer_score(q, kind.split(".", 1)[1])
    if kind == "review":
        return await answer_review(q)
    if kind == "keywords":
        return tags.keywords(q)
    if kind.startswith("crew."):
        if not _asks_credit(q):
            return await fallback(q)  # "how did the original script end": a credit's word, not its holder
        return await answer_crew(q, kind.split(".", 1)[1])
    if kind.startswith("identity."):
        return await answer_identity(q, kind.split(".", 1)[1])
    handler = {"award": answer_award, "money": answer_money, "filming": answer_filming, "release": answer_release,
               "other_role": answer_other_role, "casting": answer_casting, "cast": answer_cast, "plot": answer_plot, "event": answer_event,
               "pay": answer_pay, "occupation": answer_occupation, "acronym": answer_acronym, "replacement": answer_replacement,
               "debut": answer_debut, "setting": answer_setting, "remake_of": answer_remake_of,
               "villain": answer_villain, "modelled_on": answer_modelled_on, "narrator": answer_narrator,
               "installment": answer_installment, "duration": answer_duration, "critics_on": answer_critics_on,
               "work_by": answer_work_by, "lyrics": answer_lyrics,
               "origin": answer_origin, "song_name": answer_song_name,
               "review_by_verdict": answer_review_by_verdict, "costar": answer_costar,
               "content_rating": answer_content_rating}.get(kind)
    if handler is not None:
        return await handler(q)
    return await fallback(q)
