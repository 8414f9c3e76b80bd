"""Choosing a question's wrong options (the buttons beside the right answer).

Why a module of its own: what makes a wrong option fair (same kind, gender, era, industry; never
also right, never a fragment, never a giveaway) is one concern, separate from which questions a
film yields and which answers they accept (bot/trivia/questions.py). A family of questions hands
over candidate tiers, best first; this module picks three from them or none (the question is then
typed-only).

Each candidate is also ranked by what the library knows of it (round 6's blind judges): a person
whose credited films place their working years around the film's is a fair option; one whose known
films all end years before it (a composer whose last score is six years older, a star of a film a
decade earlier: either may have retired or died) is a weak one, taken only when no fair one is left;
one whose films are all far from it is never offered. The same for "name the film" options and
genre: a film of no genre family in common is weak, and never offered when either is of a marked
family (a space opera for a war drama's premise).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import vocab
from . import questions as q

if TYPE_CHECKING:
    from ..queries import Film
    from .questions import _Builder, _Draft

__all__ = ["animation_fill", "typecast_apart", "borrowed_music", "drawn_lead", "career_ends", "parent_part", "placed_grown", "billed_twins", "fame_apart", "elder_near", "film_fame", "major_counts", "one_film_name", "small_name", "lead_fame", "lead_part_ages", "person_fame", "pool_part_age", "stub_known", "bit_part", "partless_twins", "faint_players", "other_age", "film_genre_families", "film_scales", "kind_rank", "nation_rank", "nation_rule", "audience_apart", "own_families", "premise_alike", "acclaimed", "acting_category", "author_kind_rank", "author_kinds", "author_rank", "authors", "documentary_only", "multilingual", "non_actor", "own_work_writers", "tongues", "as_self", "national_country", "part_age", "same_source_kind", "source_kind", "age_rank", "careers", "category_film_traits", "category_fits", "category_fits_film", "child_part", "choose", "dubbed", "era_rank", "established_leads", "foreign_name", "genre_families", "given_name_origins", "live_action_only",
           "uncredited_craft"]

#: A person whose last known film is at most this many years before the question's film is of its time.
NEAR_YEARS = 5
#: ... and one whose first known film is at most this many years after it (a star's debut follows).
LATER_YEARS = 3
#: Beyond this many years from every one of a person's known films (or from the middle of their
#: known working years, when the film falls outside them), they are never offered: a 1920s composer
#: for a 1955 score. Between NEAR_YEARS and this, outside their known years, they are weak.
KEEP_YEARS = 15
#: A cast option whose first known film is this many years or more before the answer's first is of
#: another generation and never offered (a 1930s child star for a 1966 sidekick); from
#: GENERATION_WEAK years on, weak.
GENERATION_NEVER = 20
GENERATION_WEAK = 10
#: An award category the library last shows given this many years or more before the film's year
#: (or first shows given this many years after it) is of another era: a retired black-and-white
#: category for a film three years after its last award.
CATEGORY_GONE = 3

#: A source author is offered only when a film adapting them came out within this many years of the
#: film asked (round 8: a 19th-century novelist offered for a 1950s musical's source).
AUTHOR_YEARS = 25
#: A country whose films stating a language state one language at least this share of the time
#: has a usual language; below it the country makes films in several (multilingual()).
USUAL_LANGUAGE = 0.7

#: A player's name is foreign to a film's industry when nobody else of the library's films of that
#: industry bears their given name or their surname, at least FOREIGN_ELSEWHERE people of other
#: industries' films bear the given name, and the industry's films credit at least FOREIGN_HOME_SIZE
#: people in all (so its silence means something). Set to catch rather than spare: a compatriot
#: wrongly taken for a foreigner only goes unoffered, a foreigner offered is a giveaway.
FOREIGN_ELSEWHERE = 2
FOREIGN_HOME_SIZE = 150

#: POOR: weaker than weak, taken only when no weak option is left either (the film's own editor as
#: its director beside other films' directors of another genre). LAST: after every poor fill too
#: (someone the library credits only with another job, offered for a crew job: job_rank).
FAIR, WEAK, POOR, LAST, NEVER = 0, 1, 2, 3, 4

#: The money kinds whose US-dollar figures tell a film's scale (film_scales), and how many times
#: apart two scales are of another tier (a $2 million video film beside a $100 million one).
SCALE_KINDS = ("budget", "gross", "worldwide", "domestic")
SCALE_APART = 20.0
#: A film of this many dollars or more is a studio blockbuster: its director options are people known
#: for films of a stated scale near it (kind_rank).
BLOCKBUSTER = 100e6
#: An article shorter than this is a stub about a film few know (as trivia.toml [game] thin_chars).
OBSCURE_CHARS = 4500


@lru_cache(maxsize=1)
def _table() -> dict:
    return vocab.load("options")


@lru_cache(maxsize=32)
def _words(key: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + vocab.alternation(_table()[key]) + r")(?![\w-])", re.I)


def uncredited_craft(category: str) -> bool:
    """Is this an award for a craft the library credits nobody with (art direction, make-up)?
    Its options could only be people of other jobs (round 6: directors offered for art direction).
    A hyphen joins two crafts in one category's name ("Art Direction-Set Decoration"): read as a space,
    or the words' hyphen-aware edges miss both (round 21: directors offered for such an award again)."""
    return bool(_words("uncredited_crafts").search((category or "").replace("-", " ")))


def live_action_only(category: str) -> bool:
    """Is this a category no animated film competes in (cinematography, acting)?"""
    return bool(_words("live_action_only").search(category or ""))


def dubbed(sentence: str) -> bool:
    """Is this cast sentence about another language's version of the film (a dub)?"""
    return bool(_words("dub_cues").search(sentence or ""))


def acting_category(category: str) -> bool:
    """Is this award category for a performance ("Best Supporting Actress")?"""
    return bool(_words("acting_categories").search(category or ""))


def acclaimed(awards: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Each player's first year the library shows them nominated for (or winning) a performance
    award, from (recipient as written, the film's year) pairs; several recipients in one are split."""
    out: dict[str, int] = {}
    for recipient, year in awards:
        for name in re.split(r",\s*|\s+and\s+", recipient or ""):
            name = name.strip()
            if name and year and (name not in out or year < out[name]):
                out[name] = year
    return out


def child_part(character: str) -> bool:
    """Is this part a child's ("the ferryman's baby")?"""
    return bool(_words("child_parts").search(character or ""))


#: The families of "Who played <part>?" questions (their keys are the part's names).
PART_FAMILIES = frozenset({"cast.actor_of_role", "cast.lead", "cast.minor_role", "cast.title_role"})
_WORDS_BEFORE = re.compile(r"((?:[\w'’.-]+\s+){1,3})$")
_APPOSITIVE = re.compile(r"\s*[,(–—-]\s*([^,;.()]{1,40})")


@lru_cache(maxsize=1)
def _described() -> re.Pattern:
    """A part's description in a sentence of its own ("Tessa is a rebellious student on ..."): the
    cue (options.toml part_description_cues) and the up to three words after it, each word whole."""
    return re.compile(r"\s+(?:" + vocab.alternation(_table()["part_description_cues"])
                      + r")\s+((?:[\w'’-]++\s+){0,2}[\w'’-]++)", re.I)


def part_age(parts: Iterable[str], cast_sentences: Iterable[tuple[str, str]], plot: Iterable[str]) -> str:
    """"young", "grown" or "" for a part, from the words options.toml marks young ("teenage",
    "daughter") or grown ("mother", "Mrs"): in the part's own name ("young Tobin"), just after it in
    its cast sentence ("Ora Pell as Tessa, Kip's mother": pairs of part and sentence), or in the
    three words before it in the plot summary ("his estranged teenage daughter Tessa"). Why: the
    library holds no ages, only working years, so what the article says of the part is the only
    witness of the age its options should be (round 10). Words of both kinds tell nothing."""
    return age_of(part_words(parts, cast_sentences, plot))


def age_of(said: Iterable[str]) -> str:
    """part_age of what part_words read of a part."""
    young, grown = _words("young_parts"), _words("grown_parts")
    found = {kind for kind, rx in (("young", young), ("grown", grown)) for s in said if rx.search(s)}
    return found.pop() if len(found) == 1 else ""


_PAREN_PLAYER = re.compile(r"((?:[\w'’-]+\s+){1,3})\(([^()\d]{2,40})\)")


def lead_part_ages(rows: Iterable[tuple[int, str]], actors: Iterable[tuple[int, str, float]]
                   ) -> list[tuple[str, int, str]]:
    """(player, film id, "young" / "grown") for each part a film's sentence describes by a person's
    word just before its player's name in brackets ("under the tutelage of her estranged grandmother
    (Lune Varga)", "(Varga)" alone when one of the film's players bears that surname): the lead of an
    article with no cast list names many a part this way and nowhere else. From (film id, sentence)
    rows and the pool's actor rows (film id, name, billing). Why: round 16 offered a grandmother's
    player, known to the library from that one film, for two young women's parts; her age is told
    only by the word before her name."""
    young, grown = _words("young_parts"), _words("grown_parts")
    players: dict[int, dict[str, list[str]]] = {}
    for fid, name, _o in actors:
        for key in {name, name.split()[-1]}:
            players.setdefault(fid, {}).setdefault(key, [])
            if name not in players[fid][key]:
                players[fid][key].append(name)
    out: list[tuple[str, int, str]] = []
    for fid, text in rows:
        mine = players.get(fid)
        if not mine or "(" not in (text or ""):
            continue
        for m in _PAREN_PLAYER.finditer(text):
            who = mine.get(m.group(2).strip(), [])
            if len(who) != 1:
                continue
            words = m.group(1)
            found = {k for k, rx in (("young", young), ("grown", grown)) if rx.search(words)}
            if len(found) == 1:
                age = found.pop()
                out.append((who[0], fid, "old" if age == "grown" and _words("elder_parts").search(words) else age))
    return out


def pool_part_age(character: str, sentence: str) -> str:
    """part_age of a cast row's part for Pool.part_ages, "old" for a grown part of the oldest
    generation (options.toml elder_parts: "Ora Pell as Tessa, Kip's grandmother")."""
    age = part_age([character], [(character, sentence or "")], ())
    if age == "grown" and any(_words("elder_parts").search(w) for w in part_words([character], [(character, sentence or "")], ())):
        return "old"
    return age


_CAREER_NAME = re.compile(r"\s+(?:[a-z]+\s+){0,3}?((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+)")


def typecast_apart(typecast: frozenset[str], mine: frozenset[str], theirs: Sequence[frozenset[str] | None]) -> bool:
    """Is every film of a player's (their genre families, as film_genre_families reads them) of one of
    the *typecast* families the asked film lacks (a comedy, for a drama), and of none of the asked
    film's own families *mine* (a comedy-drama's player may stand for a drama's lead)? False when any
    film's families are unknown or none is credited: the library cannot tell their type."""
    return bool(theirs) and all(f is not None and bool(f & typecast) and not f & mine for f in theirs)


def borrowed_music(rows: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The composers every credit of whom the library reads from a sentence of music a film took
    from them ("Ora Pell's music was used throughout, arranged by Kip Morrow": the name, a
    possessive, a word of music (options.toml borrowed_music_words) and a cue of reuse
    (borrowed_music_cues)), from (name, sentence) rows of composer credits. Why: round 23 offered a
    nineteenth-century concert composer, credited so on a 1930s film, among a 1940s film's score
    composers: a composer of another century, no film composer at all to players."""
    music, cue = _words("borrowed_music_words"), _words("borrowed_music_cues")
    seen: dict[str, bool] = {}
    for name, text in rows:
        text = text or ""
        at = text.find(name) if name else -1
        after = text[at + len(name):at + len(name) + 40] if at >= 0 else ""
        borrowed = bool(re.match(r"['’]s?\s", after)) and bool(music.match(after.split(None, 1)[-1])) \
            and bool(cue.search(text))
        seen[name] = seen.get(name, True) and borrowed
    return frozenset(n for n, b in seen.items() if b)


def career_ends(rows: Iterable[tuple[int, str]], actors: Iterable[tuple[int, str, float]]) -> list[tuple[str, int]]:
    """(player, film id) for each film a sentence calls a player's last (options.toml career_end_cues:
    "This is the final film starring Ora Pell", "... the last film featuring Pell"): the player's
    name, or a surname only one of the film's players bears, within a few lower-case words after the
    cue. From (film id, sentence) rows and the pool's actor rows (film id, name, billing). Why: round
    17 offered a comedy star for a young racing driver's part; the library knew him from one film of
    the next year, whose article says it was the last released in his lifetime. A career's end is a
    veteran's, so load_pool records the player as of an elder's age there (pool_part_age "old")."""
    players: dict[int, dict[str, list[str]]] = {}
    for fid, name, _o in actors:
        for key in {name, name.split()[-1]}:
            who = players.setdefault(fid, {}).setdefault(key, [])
            if name not in who:
                who.append(name)
    cue = _words("career_end_cues")
    out: list[tuple[str, int]] = []
    for fid, text in rows:
        mine = players.get(fid)
        if not mine:
            continue
        for m in cue.finditer(text or ""):
            after = _CAREER_NAME.match(text, m.end())
            if not after:
                continue
            name = after.group(1).rstrip(".,'’")
            who = mine.get(name) or mine.get(name.split()[-1]) if name else None
            if who and len(who) == 1 and (who[0], fid) not in out:
                out.append((who[0], fid))
    return out


def elder_near(parts: Iterable[tuple[int, str]], year: int | None) -> bool:
    """Does the library show this player in an elder's part ("old": a grandmother) within
    AGE_NEAR_YEARS of *year* ((year, age) pairs: Pool.part_ages)?"""
    return bool(year) and any(a == "old" and abs(y - year) <= AGE_NEAR_YEARS for y, a in parts)


def part_words(parts: Iterable[str], cast_sentences: Iterable[tuple[str, str]], plot: Iterable[str]) -> list[str]:
    """What the article says of a part (part_age): its names, the apposition after it in its cast
    sentence, and the three words before each of its names in the plot summary (past a quotation
    mark: 'her young son "Kip"')."""
    said: list[str] = [p for p in parts if p]
    names = part_names(parts)
    for part, sentence in cast_sentences:
        at = (sentence or "").find(part) if part else -1
        if at >= 0 and (m := _APPOSITIVE.match(sentence, at + len(part))):
            said.append(m.group(1))
    # The words before a part are read in the plot and in its cast sentences ("… infatuated with his
    # teenaged daughter's best friend, Tessa (Ora Pell)" in a lead).
    for text in dict.fromkeys([*plot, *(s for _p, s in cast_sentences if s)]):
        low = text.lower()
        for part in names:
            at = low.find(part.lower())
            while at >= 0:
                end = at + len(part)  # a whole word ("Ann", not the start of "Anne")
                before = text[max(0, at - 60):at].rstrip(_OPENERS)
                if before.endswith(","):  # an appositive: only a phrase headed by a person's word
                    before = before[:-1] if _appositive_head(before[:-1]) else ""
                if before and (end == len(text) or not text[end].isalnum()) and (
                        m := _WORDS_BEFORE.search(before + " ")):
                    said.append(m.group(1))
                if (end == len(text) or not text[end].isalnum()) and (m := _described().match(text, end)):
                    said.append(m.group(1))  # "Tessa is a rebellious student": the words after the cue
                at = low.find(part.lower(), at + 1)
    return said


def _appositive_head(phrase: str) -> bool:
    """Does this phrase, set before a part's name by a comma, end in a word naming a person
    (options.toml appositive_heads, young_parts, grown_parts: "his best friend")?"""
    words = re.findall(r"[\w'’.-]+", phrase)
    if not words:
        return False
    last, two = words[-1], " ".join(words[-2:])
    return any(_words(k).fullmatch(w) for k in ("appositive_heads", "young_parts", "grown_parts") for w in (last, two))


#: Marks that may stand between a plot's words and the part they describe ('her son "Kip"').
_OPENERS = " \"'“‘("


def part_names(parts: Iterable[str]) -> list[str]:
    """A part's names and its given name alone ("Tessa" of "Tessa Osk", as a plot summary calls
    her), never a title or an age word ("Mrs", "Young")."""
    names = [p for p in parts if p and len(p) > 2]
    for part in list(names):
        first = part.split()[0].strip(".,'’")
        if (len(part.split()) > 1 and len(first) > 2 and first[:1].isupper() and first not in names
                and not _words("young_parts").search(first) and not _words("grown_parts").search(first)
                and not _words("honorifics").search(first)):
            names.append(first)
    return names


def established_leads(actors: Iterable[tuple[int, str, float]], acclaimed: dict[str, int]) -> frozenset[str]:
    """The players the library shows as stars: credited in two films or more, or nominated for a
    performance award. Why: a lead's acting award's options from other films should be players a
    host would name for it, not someone the library knows from one film billed second (round 10)
    nor one billed first in the one film of a television show's star (round 11: a series' star
    offered for an Academy Award winner). From the pool's actor rows (film id, name, billing)."""
    films: dict[str, set[int]] = {}
    for fid, name, _order in actors:
        films.setdefault(name, set()).add(fid)
    return frozenset({n for n, f in films.items() if len(f) >= 2} | set(acclaimed))


def _leads(b: _Builder) -> frozenset[str]:
    """established_leads of the pool, worked out once per film (only when a lead's award is asked)."""
    key = ("options:leads", "")
    if key not in b._memo:
        b._memo[key] = established_leads(b.pool.items.get("actor", ()), b.pool.acclaimed)  # type: ignore[assignment]
    return b._memo[key]  # type: ignore[return-value]


#: A player billed this high (or higher) in a film at least SEASONED_YEARS before the one asked is a
#: seasoned lead there: no option for a newcomer's part (seasoned_leads).
SEASONED_BILLING = 3
SEASONED_YEARS = 4


def seasoned_leads(actors: Iterable[tuple[int, str, float]], years: dict[int, int]) -> dict[str, int]:
    """Each player's first year the library shows them billed SEASONED_BILLING or higher (pool actor
    rows: film id, name, billing; film id -> year). Why: round 18's judges struck a star of the
    decade's films (a middle-aged comic) offered for a newcomer's teenage sidekick and two veteran
    stage actors for a young man's voice part: the library holds no ages and only those stars'
    later films, so their first films do not show their generation, but a lead billed years before
    the newcomer's first film is of another generation than the part."""
    out: dict[str, int] = {}
    for fid, name, order in actors:
        y = years.get(fid)
        if y and order and int(order) <= SEASONED_BILLING and (name not in out or y < out[name]):
            out[name] = y
    return out


_SEASONED: list = [None, {}]


def _seasoned(b: _Builder) -> dict[str, int]:
    """seasoned_leads of the pool, worked out once per pool (the pool outlives the films' builders)."""
    rows = b.pool.items.get("actor", ())
    if _SEASONED[0] is not rows:
        _SEASONED[:] = [rows, seasoned_leads(rows, b.pool.years)]
    return _SEASONED[1]


def newcomer_rank(seasoned_from: int | None, year: int | None) -> int:
    """An option from another film for a part whose player the library first knows from this film
    (a newcomer's part, its age not marked grown): NEVER when the option was a billed lead
    SEASONED_YEARS or more before the film (seasoned_leads), else FAIR. The facts cannot tell such
    a star's age, and a host strikes an older star for a newcomer's part first; a fill the library
    cannot place leaves the question short an option (typed only) rather than bad."""
    if seasoned_from is None or not year:
        return FAIR
    return NEVER if seasoned_from <= year - SEASONED_YEARS else FAIR


def genre_apart(mine: frozenset[str], theirs: Iterable[frozenset[str] | None]) -> bool:
    """Is every film of a crew option's whose genre families the library knows of none of the
    film's (*mine*), with at least one known?"""
    known = [f for f in theirs if f]
    return bool(mine) and bool(known) and all(not (mine & f) for f in known)


def award_fill_rank(acclaim: Sequence[int] | None, known: Sequence[int] | None, year: int, star: bool,
                    mine: frozenset[str], theirs: Sequence[frozenset[str] | None]) -> int:
    """Another film's player offered for an acting award, when the library never shows them up for
    one within KEEP_YEARS of it (*acclaim*: their years up for acting awards): NEVER when their known
    films do not place them at work in the award's years (era_rank short of FAIR: a silent star
    retired years before a 1937 award, or nothing dates them), or, for a lead's award, when they are
    no star by the library's lights (*star*: established_leads) and known only from films of a
    marked family the film shares nothing with (*theirs*, genre families, against *mine*: a camp
    superhero film's hero and sidekick offered as a 1968 drama's Best Actor winner, round 18).
    FAIR otherwise (the caller's other ranks still apply). Why never rather than weak: round 18's
    such options were weak fills, taken because nothing fairer was left; a host would ask the
    question typed rather than offer them."""
    if acclaim and any(abs(y - year) <= KEEP_YEARS for y in acclaim):
        return FAIR
    if era_rank(known, year) != FAIR:
        return NEVER
    marked = frozenset(_table()["marked_families"])
    if not star and genre_apart(mine, theirs) and all((f or frozenset()) & marked for f in theirs):
        return NEVER
    return FAIR


def age_rank(age: str, first: int | None, year: int | None, answer_first: int | None) -> int:
    """An option for a part of a marked age, by the working years the library knows (part_age):
    for a young part, a player whose first known film is GENERATION_NEVER years or more before the
    film is NEVER offered (a star of thirty years' films for a teenager), GENERATION_WEAK years
    WEAK; for a grown parent's part, a player first known from the film's year or later is WEAK
    when the answer's first film is GENERATION_WEAK years or more before it (a newcomer beside a
    seasoned player's mother), and one first known only after the film always WEAK. Either only when the answer's own years agree with the part (a young
    part whose player the library knows from long before is a grown player's flashback)."""
    if not age or not first or not year:
        return FAIR
    if age == "young":
        if answer_first is not None and answer_first <= year - GENERATION_WEAK:
            return FAIR
        gap = year - first
        return NEVER if gap >= GENERATION_NEVER else WEAK if gap >= GENERATION_WEAK else FAIR
    if answer_first is not None and answer_first <= year - GENERATION_WEAK and first >= year:
        return WEAK
    # ... and a player the library first knows only after the film (round 11: a teenage sidekick
    # of two years later offered for a film's President) whatever the answer's years.
    return WEAK if first > year else FAIR


#: A player the library shows in a part of the other age (a teenager's, a parent's) within this many
#: years of the film is a weak option for a part the article marks young or grown (other_age).
AGE_NEAR_YEARS = 5


def other_age(age: str, parts: Iterable[tuple[int, str]], year: int | None) -> bool:
    """Does the library show this player, in another film within AGE_NEAR_YEARS of *year*, in a
    part its article marks of the other age than *age* ((year, "young" / "grown") pairs:
    Pool.part_ages)? Round 10: a player cast as a teenage daughter the year before offered for a
    grown soldier's mother; the library holds no ages, but the parts a player is given tell one."""
    if not age or not year:
        return False
    # an elder's part ("old") is a grown one here
    return any(("grown" if a == "old" else a) != age and abs(y - year) <= AGE_NEAR_YEARS for y, a in parts)


def grown_versions(rows: Iterable[tuple[int, str, str]]) -> list[tuple[int, str]]:
    """The (film id, player) pairs whose part another player of the same film plays at an older age
    (options.toml older_versions: "Ora Pell as Tessa" beside "Lune Varga as adult Tessa"): the
    first plays the part young. Why: round 12's judges marked a player cast as a girl whose grown
    self another played, offered for a grown soldier's mother; the cast list's "adult" is the only
    witness of her age the library has."""
    older = _words("older_versions")
    by_film: dict[int, list[tuple[str, str]]] = {}
    for fid, actor, part in rows:
        by_film.setdefault(fid, []).append((actor, part))
    out: set[tuple[int, str]] = set()
    for fid, parts in by_film.items():
        grown = {q.role_key(p): a for a, p in parts if older.search(p)}
        if not grown:
            continue
        for actor, part in parts:
            key = q.role_key(part)
            if key in grown and grown[key] != actor and q.norm(part) == key:
                out.add((fid, actor))
    return sorted(out)


#: An article this long or longer is about a film much written of (a classic, a famous flop).
RENOWNED_CHARS = 25000


def renowned(chars: dict[int, int]) -> frozenset[int]:
    """The films whose article runs to RENOWNED_CHARS or more: films much written of (a classic, a
    famous flop). Not the award rows: the articles give them sparsely, and an early ceremony's winner
    of a short article is no household name (its director stays a fair option for its era)."""
    return frozenset(fid for fid, n in chars.items() if n >= RENOWNED_CHARS)


def prestige(films: dict[str, frozenset[int]], renowned_films: frozenset[int]) -> dict[str, bool]:
    """The people (name -> True) credited in two films or more, every one of them renowned: an
    auteur by the library's lights, the option players strike first for a B-movie's director."""
    return {n: True for n, f in films.items() if len(f) >= 2 and f <= renowned_films}


def stub_known(films: Iterable[int], chars: dict[int, int]) -> bool:
    """Is every film the library credits this person with a stub (an article under OBSCURE_CHARS)?
    Such a person is one players cannot place: a poor option beside a famous film's director
    (round 14: small indie directors offered for a studio film's). False when nothing is known."""
    sizes = [chars.get(f, 0) for f in films]
    return bool(sizes) and all(0 < n < OBSCURE_CHARS for n in sizes)


def medium_fill(films: Iterable[int], chars: dict[int, int]) -> bool:
    """May a director known only for live-action films be offered (a poor fill) for an animated
    film's director? Only when the library credits them with a film whose article is substantial
    (OBSCURE_CHARS or more): a name players can place as a director, so the option reads as a
    director of the day, not a giveaway or a stranger. Why: the library holds too few animation
    directors to fill four buttons, and a famous cartoon then lost its director question (the kind
    players like best) for a critic's quote."""
    return any(chars.get(f, 0) >= OBSCURE_CHARS for f in films)


def animation_fill(films: Iterable[int], chars: dict[int, int], fame: dict[int, int]) -> bool:
    """medium_fill, or a film of theirs the library knows to be known or famous (film_fame 1 or
    more: major nominations, a studio's dollar scale) though its article here is only a lead. Why:
    round 16's sample held a family blockbuster's director, known from its lead alone, while a
    famous cartoon of his years lost its director question for want of a third option."""
    films = list(films)
    return medium_fill(films, chars) or any(fame.get(f, 0) >= 1 for f in films)


#: A film's article this long or longer, or with MAJOR_FAMOUS nominations at major ceremonies, or
#: of a BLOCKBUSTER's dollar scale, is a famous film (fame 2); OBSCURE_CHARS or longer, or with
#: MAJOR_KNOWN nominations, a known one (1); else, when its article runs to LEAD_CHARS, one few know (0).
FAMOUS_CHARS = 15000
MAJOR_FAMOUS = 3
MAJOR_KNOWN = 2
#: Shorter than this, an article is a lead alone (a famous film's first paragraph reads as long as a
#: stub's): its length tells nothing of the film's fame.
LEAD_CHARS = 1500
#: A crew option whose fame (person_fame) is this many steps from the answer's is a poor fill: an
#: auteur of a famous film beside a serial's director, a nobody beside a famous film's director.
FAME_APART = 2


def major_counts(items: dict[str, list[tuple[int, str, float]]]) -> dict[int, int]:
    """Each film's number of nominations and wins at the major ceremonies (options.toml
    major_ceremonies), for the films that have any."""
    majors: dict[int, int] = {}
    for ceremony in _table()["major_ceremonies"]:
        for fid, _cat, _x in items.get(f"category:{ceremony}", ()):
            majors[fid] = majors.get(fid, 0) + 1
    return majors


def one_film_name(films: Iterable[int], fame: dict[int, int], majors: dict[int, int]) -> bool:
    """Is this person known to the library from one film only (the asked film aside), a film not
    famous (film_fame under 2) and never up for a major award? Players can place such a director by
    no film they know. Why: round 23's judges marked three directors of one small recent film each
    (a streaming comedy, a thriller stub) offered beside a famous awards film's director whom the
    library knows from several films: "unknown TV directors: a giveaway by standing"."""
    films = list(films)
    return len(films) == 1 and fame.get(films[0], 0) < 2 and not majors.get(films[0], 0)


def small_name(films: Iterable[int], fame: dict[int, int], majors: dict[int, int], obscure: set[int]) -> bool:
    """Does the library know this person from little-known films only (the asked film aside)? At
    least one film, and every one of them of a standing it can tell (film_fame, or a first sentence
    calling it a kind few know: Pool.obscure) and not famous (film_fame under 2, never up for a
    major award). Why: round 24's judges marked famous auteurs offered for a micro-budget satire's
    and a low-budget independent film's director, "a giveaway by standing"; the library knew two of
    them only from lead-only articles, whose length says nothing of a film's fame, so a name is of a
    little-known film's standing only when every film of theirs is known to be little known."""
    films = list(films)
    return bool(films) and all((f in fame or f in obscure) and fame.get(f, 0) < 2 and not majors.get(f, 0)
                               for f in films)


def film_fame(items: dict[str, list[tuple[int, str, float]]], chars: dict[int, int],
              scales: dict[int, float] | None = None) -> dict[int, int]:
    """Each film's notability where the library can tell it: 0 (few know it), 1 (known) or 2
    (famous), from how much its article says (chars: film id -> length), how many nominations it
    has at major ceremonies (options.toml major_ceremonies) and its dollar scale (film_scales). A
    film of a lead-sized article (under LEAD_CHARS) and no such signal is left out: unknown. Why:
    round 16's judges struck famous directors offered beside an obscure film's director first ("a
    giveaway by elimination"); prestige() needs two films per person, and the library mostly knows
    one. Worked out once per pool, before long lists are thinned."""
    majors = major_counts(items)
    scales = scales or {}
    out: dict[int, int] = {}
    for fid in set(chars) | set(majors) | set(scales):
        n, m, big = chars.get(fid, 0), majors.get(fid, 0), scales.get(fid, 0.0) >= BLOCKBUSTER
        if n >= FAMOUS_CHARS or m >= MAJOR_FAMOUS or big:
            out[fid] = 2
        elif n >= OBSCURE_CHARS or m >= MAJOR_KNOWN:
            out[fid] = 1
        elif n >= LEAD_CHARS and not m:
            out[fid] = 0
    return out


def person_fame(films: Iterable[int], fame: dict[int, int]) -> int | None:
    """A person's notability: the fame of the best known film the library credits them with (None
    when it can tell for none of them)."""
    return max((fame[f] for f in films if f in fame), default=None)


def fame_apart(theirs: int | None, answer: int | None) -> bool:
    """Is a crew option FAME_APART or more from the answer's notability (either way; never when
    either is unknown)?"""
    return theirs is not None and answer is not None and abs(theirs - answer) >= FAME_APART


def lead_fame(lead: str) -> int | None:
    """0 when a film's lead calls it a kind few know (options.toml obscure_film_words: a serial, a
    direct-to-video film), else None. Why: the lead-only articles of films nobody here has read run
    as short as a famous film's, so their length cannot tell a serial from a classic."""
    return 0 if _words("obscure_film_words").search(lead or "") else None


def drawn_lead(lead: str) -> bool:
    """Does the film's lead call it animated (a cartoon, an anime, a voice cast) in its first
    sentence, and not live action? Why: a cartoon short's genre fact may lack "animated", and its
    director question then took live-action directors (round 19); the first sentence only, since a
    later one may name another work ("based on the animated series")."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", lead or "", maxsplit=1)[0]
    return bool(_words("drawn_words").search(first)) and not _words("live_words").search(first)


def billed_twins(actors: Iterable[tuple[int, str, float]], parted: Iterable[str]) -> frozenset[str]:
    """Players billed side by side in one film under one surname (different given names), neither
    credited with any part anywhere in the library and both known from that film alone: the twins
    films credit for a baby's or a toddler's part (partless_twins, read across the library from the
    pool's actor rows: film id, name, billing). Why: round 16 offered such a toddler twin for another
    film's mother; Pool.kids keeps them from every grown part."""
    named = set(parted)
    rows = [(fid, name, int(order)) for fid, name, order in actors if order]
    films: dict[str, set[int]] = {}
    for fid, name, _o in rows:
        films.setdefault(name, set()).add(fid)
    by_film: dict[int, dict[int, str]] = {}
    for fid, name, order in rows:
        if name not in named and len(films[name]) == 1 and len(name.split()) > 1:
            by_film.setdefault(fid, {})[order] = name
    out: set[str] = set()
    for billed in by_film.values():
        for order, name in billed.items():
            other = billed.get(order + 1)
            if other and name.split()[-1] == other.split()[-1] and name.split()[0] != other.split()[0]:
                out |= {name, other}
    return frozenset(out)


def jobs(items: dict[str, list[tuple[int, str, float]]]) -> dict[str, frozenset[str]]:
    """Each person's crew jobs anywhere in the library ("director", "writer"; not an adapted author)."""
    out: dict[str, set[str]] = {}
    for key, rows in items.items():
        if key.startswith("crew:") and key != "crew:based_on_author":
            for _fid, value, _x in rows:
                out.setdefault(value, set()).add(key[5:])
    return {n: frozenset(j) for n, j in out.items()}


@lru_cache(maxsize=1)
def _families() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((name, re.compile(r"(?<![\w-])(?:" + vocab.alternation(words) + r")(?![\w-])", re.I))
                 for name, words in _table()["genre_families"].items())


@lru_cache(maxsize=1 << 12)
def genre_families(genre: str) -> frozenset[str]:
    """The families ("crime", "speculative") a genre fact ("neo-noir crime thriller") belongs to."""
    return frozenset(name for name, rx in _families() if rx.search(genre or ""))


def careers(items: dict[str, list[tuple[int, str, float]]], years: dict[int, int]) -> dict[str, tuple[int, ...]]:
    """Each person's known working years: the years of the dated films that credit them (as actor
    or crew; not as the author a film adapts, whose works are filmed long after, nor as a player of
    a compilation of old footage: round 9's options of a star who died years before the film, "seen"
    in a compilation two years before it), by name as written. Worked out once per pool
    (Pool.finish), before long lists are thinned."""
    clips = {fid for fid, value, _x in items.get("genre", ()) if _words("compilation_genres").search(value or "")}
    out: dict[str, set[int]] = {}
    for key, rows in items.items():
        if key == "actor" or (key.startswith("crew:") and key != "crew:based_on_author"):
            for fid, value, _x in rows:
                if key == "actor" and fid in clips:
                    continue
                y = years.get(fid)
                if y:
                    out.setdefault(value, set()).add(y)
    return {name: tuple(sorted(ys)) for name, ys in out.items()}


def film_scales(items: dict[str, list[tuple[int, str, float]]]) -> dict[int, float]:
    """Each film's dollar scale: the largest of its budget and grosses stated in US dollars (the
    pool's money items, before thinning). Why: a director known only for a $2 million direct-to-video
    film is no option for a $100 million studio film (round 10), and dollars are the one scale the
    library states for films of every size."""
    out: dict[int, float] = {}
    for key in SCALE_KINDS:
        for fid, _text, amount in items.get(f"money:{key}:USD", ()):
            if amount and amount > out.get(fid, 0.0):
                out[fid] = float(amount)
    return out


def film_genre_families(items: dict[str, list[tuple[int, str, float]]]) -> dict[int, frozenset[str]]:
    """Each film's genre families (genre_families of its genre facts), by film id."""
    out: dict[int, set[str]] = {}
    for fid, value, _x in items.get("genre", ()):
        out.setdefault(fid, set()).update(genre_families(value))
    return {fid: frozenset(f) for fid, f in out.items() if f}


def alike_kind(mine: frozenset[str], theirs: frozenset[str] | None) -> bool:
    """Are two films of one kind, by their genre families? They share a family, not counting the
    ones a tone family masks when only one of them is of that tone (options.toml [tone_masks]: a
    comedy-drama is a comedy, no kin of a racing biopic through "drama"). Why: round 20's judges
    struck a comedy director offered for a biopic, alike only through the comedy's "drama"."""
    if not mine or not theirs:
        return False
    shared = mine & theirs
    for tone, masked in _tone_masks().items():
        if (tone in mine) != (tone in theirs):
            shared -= masked
    return bool(shared)


def other_tone(mine: frozenset[str] | None, theirs: frozenset[str] | None) -> bool:
    """Is a film of another tone or audience than the asked one (a comedy or a family film, options.toml
    [tone_masks], beside one that is not) and alike in nothing else (alike_kind)? Unknown families
    tell nothing. Why: round 20's judges struck a family comedy offered for a Holocaust drama's
    premise, and three comedies offered as a famous drama director's film."""
    if not mine or not theirs or alike_kind(mine, theirs):
        return False
    return any((tone in mine) != (tone in theirs) for tone in _tone_masks())


@lru_cache(maxsize=1)
def _premise_broad() -> frozenset[str]:
    return frozenset(_table()["premise_broad_families"])


def premise_alike(mine: frozenset[str] | None, theirs: frozenset[str] | None) -> bool:
    """May a film of genre families *theirs* be offered for a premise of a film of *mine*? Both must
    be known, of the same marked kinds (options.toml marked_families), share a family besides the broad
    ones (premise_broad_families: "drama") and bring no family the asked film lacks (a romance for a
    satire, an adventure for a romance). Why: the premise question shows the story, so an option of
    another kind is struck at once; round 21's judges marked half the premise questions for such
    options, each sharing only "drama" or "comedy" with the answer. Too few such films, and the
    question is not asked: a premise with a giveaway option is worse than none."""
    if not mine or not theirs:
        return False
    if (mine ^ theirs) & frozenset(_table()["marked_families"]):
        return False
    broad = _premise_broad()
    own, other = mine - broad, theirs - broad
    return bool(own & other) and other <= own


@lru_cache(maxsize=1)
def _audience_pairs() -> tuple[tuple[str, str], ...]:
    pairs = [(a, b) for a, others in _table().get("audience_apart", {}).items() for b in others]
    return tuple(pairs + [(b, a) for a, b in pairs])


def audience_apart(mine: frozenset[str], theirs: Sequence[frozenset[str]]) -> bool:
    """Is the film of one audience (options.toml [audience_apart]: a family film) and every known film
    of the option's of the other (horror) and not of the first? Why: round 21's judges struck a horror
    director offered for a family comedy; both films were fantasies, so they read as one kind."""
    return any(a in mine and all(b in f and a not in f for f in theirs) for a, b in _audience_pairs())


@lru_cache(maxsize=1)
def _kind_kin() -> dict[str, frozenset[str]]:
    return {family: frozenset(kin) for family, kin in _table().get("kind_kin", {}).items()}


@lru_cache(maxsize=1)
def _tone_masks() -> dict[str, frozenset[str]]:
    return {tone: frozenset(masked) for tone, masked in _table().get("tone_masks", {}).items()}


def kind_rank(mine: frozenset[str], my_scale: float | None,
              theirs: Iterable[tuple[frozenset[str] | None, float | None] | tuple[frozenset[str] | None, float | None, int]],
              strict: bool = True) -> int:
    """A crew option by the kind of film they are known for (their credited films' genre families
    and dollar scales, pairs of which either may be unknown) against the film's: FAIR when one of
    their films is of its kind (alike_kind) or nothing can be compared; WEAK when every film of
    theirs with a known scale is SCALE_APART times smaller or larger, or the film is a BLOCKBUSTER
    and none of theirs has a stated scale near it; POOR (after every weak fill) when no film of
    theirs is of its kind; NEVER when of another kind and a stated scale apart both (a director
    known only for a cheap horror comedy offered for a superhero blockbuster, round 10), or for a
    blockbuster when of another kind and known only from stubs (an optional third item: each
    film's article length; OBSCURE_CHARS), when every film of theirs is of a marked family and the
    film of none (round 11), or when the film is of a marked family (a superhero film, a western, a
    horror film: not a period one) and no film of theirs of any (round 20: a comedy director and a
    period drama's offered for a superhero film, a western, a horror remake). That last rule only
    when *strict* (the library's usual industry: a smaller cinema's directors it knows from a film
    or two each, too few to tell their kind; there such a director stays a poor fill)."""
    rows = list(theirs)
    films = [(t[0], t[1]) for t in rows]
    sizes = [t[2] for t in rows if len(t) > 2]  # type: ignore[misc]
    genre_known = [f for f, _s in films if f]
    apart_genre = bool(mine) and bool(genre_known) and not any(alike_kind(mine, f) for f in genre_known)
    scales = [s for _f, s in films if s]
    apart_scale = bool(my_scale) and bool(scales) and all(
        max(s, my_scale) / min(s, my_scale) >= SCALE_APART for s in scales)  # type: ignore[type-var, arg-type]
    # A studio blockbuster's director options are people the library shows making films of a
    # scale near it; one known for no film of a stated scale is weak there (a director of
    # direct-to-video action films for a $300 million superhero film).
    small = bool(my_scale) and my_scale >= BLOCKBUSTER and not any(  # type: ignore[operator]
        s * SCALE_APART > my_scale for s in scales)  # type: ignore[operator]
    stubs = bool(sizes) and len(sizes) == len(films) and all(0 < c < OBSCURE_CHARS for c in sizes)
    if apart_genre and (apart_scale or small and stubs):
        return NEVER
    # A film of no marked family (options.toml marked_families: science fiction, horror,
    # animation...) and a director every film of whose is of one: a science-fiction director
    # offered for a city drama is the giveaway (round 11), as a space opera is for a drama's premise.
    marked = frozenset(_table()["marked_families"])
    if apart_genre and not (mine & marked) and len(genre_known) == len(films) \
            and all(f & marked for f in genre_known):
        return NEVER
    # ... and the mirror: a genre film's director options know some genre film (a horror director
    # for a superhero film stays a poor fill; a comedy or a costume drama director never is).
    # (An animated film's live-action fills follow options._ranker's crossing: a comedy's director
    # may stand for a cartoon's, round 16.)
    # A film's kin families (options.toml [kind_kin]: an action film's director for a superhero
    # film's) count as its genre here.
    if genre_known and audience_apart(mine, genre_known):
        return NEVER
    genre = marked - {"period", "animation"}
    if apart_genre and "animation" not in mine and (own := mine & genre):
        kin = own.union(*(_kind_kin().get(f, frozenset()) for f in own))
        if not any(f & kin for f in genre_known):
            return NEVER if strict else POOR
    return POOR if apart_genre else WEAK if apart_scale or small else FAIR


def _nations() -> dict[str, re.Pattern]:
    return _nation_table()[0]


@lru_cache(maxsize=1)
def _nation_table() -> tuple[dict[str, re.Pattern], tuple[tuple[re.Pattern, str], ...], re.Pattern]:
    t = _table()
    nations = {n: re.compile(r"(?<![\w-])(?:" + vocab.alternation(words) + r")(?![\w-])", re.I)
               for n, words in t["nations"].items()}
    homes = tuple((re.compile(r"(?<![\w-])(?:" + vocab.alternation([c]) + r")(?![\w-])", re.I), n)
                  for c, n in t["ceremony_nations"].items())
    return nations, homes, _words("foreign_category_words")


def nation_rule(text: str) -> tuple[str, str] | None:
    """What a person award's category says of its nominees' nationality, from the question's
    text: ("foreign", home) for a category for foreigners at a ceremony of the home nation
    ("best foreign actor" at the British Academy's), ("of", nation) for a category naming one
    ("Best British Actor"); None when it says nothing (options.toml nations, ceremony_nations)."""
    nations, homes, foreign = _nation_table()
    category, _sep, ceremony = (text or "").partition(" at ")
    if foreign.search(category):
        home = next((n for rx, n in homes if rx.search(ceremony)), None)
        return ("foreign", home) if home else ("foreign", "")
    for n, rx in nations.items():
        if rx.search(category):
            return ("of", n)
    return None


def nation_rank(rule: tuple[str, str], places: Iterable[frozenset[str] | None]) -> int:
    """An option for a category that names a nationality or foreigners (nation_rule), by the
    countries its articles state for each of the person's films (None: a film stating none): FAIR
    only when every film states one and they agree with the rule (none of the home nation for a
    foreigners' award; the nation named for "Best British Actor"); else NEVER, since the library
    cannot tell (round 10: a British star, known from a film whose country the library guessed,
    offered for BAFTA's foreign actor award). A foreigners' award at a ceremony of no known
    nation takes nobody."""
    kind, nation = rule
    got = list(places)
    if not got or any(p is None for p in got) or not nation:
        return NEVER
    rx = _nations().get(nation)
    if rx is None:
        return NEVER
    hit = [any(rx.search(c) for c in p) for p in got if p is not None]
    if kind == "foreign":
        return NEVER if any(hit) else FAIR
    return FAIR if all(hit) else NEVER


def credits(items: dict[str, list[tuple[int, str, float]]]) -> dict[str, frozenset[int]]:
    """Each person's credited films (as actor or crew, not as an adapted author), by name as
    written; read before long lists are thinned, so a person's industry is judged on all of them."""
    out: dict[str, set[int]] = {}
    for key, rows in items.items():
        if key == "actor" or (key.startswith("crew:") and key != "crew:based_on_author"):
            for fid, value, _x in rows:
                out.setdefault(value, set()).add(fid)
    return {name: frozenset(f) for name, f in out.items()}


def industries(films: dict[str, frozenset[int]], places: dict[int, set[str]],
               animated: set[int]) -> dict[str, tuple[frozenset[str] | None, bool, bool]]:
    """Each person's industry: the union of their films' countries and languages (None unless every
    credited film names one: a person is placed only when all their known films are), and whether
    any / all of their films are animated. Worked out once per pool, after origins are inferred,
    so a Hindi-film star is never offered for a Tamil film's part, nor a Hollywood director for a
    Ruritanian exploitation film."""
    out: dict[str, tuple[frozenset[str] | None, bool, bool]] = {}
    for name, fids in films.items():
        union: set[str] = set()
        placed = True
        for fid in fids:
            got = places.get(fid)
            if got:
                union.update(got)
            else:
                placed = False
        cartoons = sum(1 for fid in fids if fid in animated)
        out[name] = (frozenset(union) if placed and union else None, cartoons > 0, cartoons == len(fids))
    return out


def given_name_origins(people: dict[str, frozenset[int]], countries: dict[int, set[str]]
                       ) -> tuple[dict[str, list[tuple[str, frozenset[str]]]], dict[str, int]]:
    """Each given name's and each surname's people (players and crew) with the industries (countries
    and languages) of their films, and how many people each industry's films credit. Worked out once
    per pool (after origins are inferred), for foreign_name(). Surnames are keyed with a leading
    space, so one table holds both."""
    by_name: dict[str, list[tuple[str, frozenset[str]]]] = {}
    sizes: dict[str, int] = {}
    for name, fids in people.items():
        toks = q.tokens(name)
        if len(toks) < 2 or len(toks[0]) < 3:
            continue
        places = frozenset().union(*(countries.get(f, ()) for f in fids))
        if not places:
            continue
        by_name.setdefault(toks[0], []).append((name, places))
        by_name.setdefault(" " + toks[-1], []).append((name, places))
        for p in places:
            sizes[p] = sizes.get(p, 0) + 1
    return by_name, sizes


def _borne(key: str, name: str, home: frozenset[str] | set[str],
           by_name: dict[str, list[tuple[str, frozenset[str]]]]) -> tuple[bool, int]:
    """Whether someone else of the home industry bears this name, and how many elsewhere do."""
    away = 0
    for other, places in by_name.get(key, ()):
        if other == name:
            continue
        if places & home:
            return True, away
        away += 1
    return False, away


def foreign_name(name: str, home: frozenset[str] | set[str], by_name: dict[str, list[tuple[str, frozenset[str]]]],
                 sizes: dict[str, int]) -> bool:
    """Is this player's name one the film's industry never gives its people, while other industries
    often do: a given name nobody else of the industry bears but FOREIGN_ELSEWHERE people of others
    do, and a surname nobody else of the industry bears either? Round 9: a Western bit player of an
    Indian film (his only known film, so its industry is his) offered for an Indian officer's part
    is a giveaway whatever his credits say. (A home surname keeps a player of a given name rare at
    home a compatriot.) Only for an industry the library knows well (FOREIGN_HOME_SIZE people)."""
    toks = q.tokens(name)
    if not home or len(toks) < 2 or max((sizes.get(h, 0) for h in home), default=0) < FOREIGN_HOME_SIZE:
        return False
    at_home, away = _borne(toks[0], name, home, by_name)
    return not at_home and away >= FOREIGN_ELSEWHERE and not _borne(" " + toks[-1], name, home, by_name)[0]


def tongues(films: dict[str, frozenset[int]], languages: dict[int, set[str]]) -> dict[str, frozenset[str]]:
    """Each person's languages: the union of the languages their credited films state or were given
    from their people (Pool.infer_origins). A person none of whose films has one is left out
    (unplaced). Worked out once per pool, like industries()."""
    out: dict[str, frozenset[str]] = {}
    for name, fids in films.items():
        got = frozenset().union(*(languages.get(f, ()) for f in fids))
        if got:
            out[name] = got
    return out


def multilingual(countries: dict[int, set[str]], languages: dict[int, set[str]]) -> frozenset[str]:
    """The countries (normalised) whose films make no one language usual: fewer than USUAL_LANGUAGE
    of the library's films of that country that state a language state the same one. A film of
    such a country is placed by its language, and a person of its films whose language is not
    known is no option for a film whose language is, nor the other way round (round 8: a director
    of a film its article calls only "Indian" offered for a Tamil film)."""
    tally: dict[str, dict[str, int]] = {}
    for fid, tongue in languages.items():
        for country in countries.get(fid, set()) - tongue:
            t = tally.setdefault(country, {})
            for lang in tongue:
                t[lang] = t.get(lang, 0) + 1
            t[""] = t.get("", 0) + 1  # the country's films stating a language
    out = set()
    for country, t in tally.items():
        total = t.pop("")
        if len(t) > 1 and max(t.values()) < USUAL_LANGUAGE * total:
            out.add(country)
    return frozenset(out)


def documentary_only(films: dict[str, frozenset[int]], items: dict[str, list[tuple[int, str, float]]]) -> frozenset[str]:
    """The people every credited film of whom is a documentary (or compilation): the library knows
    them as a documentary's subject or interviewee, not as a player or a writer of drama."""
    docs = {fid for fid, value, _x in items.get("genre", ()) if "documentary" in genre_families(value)
            or _words("compilation_genres").search(value or "")}
    return frozenset(name for name, fids in films.items() if fids and fids <= docs)


#: The names listed just before a name ("including Ora Pell, Kip Morrow, and "), dropped so that a
#: cue before the list reaches each of its names (non_actor).
_LISTED = re.compile(r"(?:(?:including|such as)\s+)?(?:[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,3}(?:,\s+(?:and\s+)?|\s+and\s+))*$")


def non_actor(sentence: str, name: str) -> bool:
    """Does the sentence crediting *name* describe them as no actor: the words just before the name
    (options.toml non_actor_cues: "YouTube personality Ora Pell", "fitness host") or a cameo just
    after it ("Ora Pell has a cameo as a man on a balcony")?"""
    at = (sentence or "").find(name) if name else -1
    if at < 0:
        return False
    # A name inside a list ("puppeteers, including Ora Pell, Kip Morrow, Lune Varga"): the cue
    # before the list's first name counts for each (round 19: a puppeteer listed third was
    # offered as a supporting actress).
    head = _LISTED.sub("", sentence[max(0, at - 200):at])
    before = head[max(0, len(head) - 40):]
    after = sentence[at + len(name):at + len(name) + 25]
    return bool(_words("non_actor_cues").search(before)) or bool(_words("cameo_cues").search(after))


#: A player billed below this in every credit of theirs, none naming a part, is faint (faint_players).
FAINT_BILLING = 8


#: An all-capitals word of at most this many letters in a part ("TV", "FBI") is an acronym.
ACRONYM_CHARS = 4


def bit_part(character: str, actor: str, sentence: str) -> bool:
    """Is this credit a bit part: a part described, not named ("priest", "a woman in a restaurant":
    no capital letter in it), the player as themselves (as_self), or a cameo or uncredited turn by
    the sentence's words just after the name (non_actor's cameo_cues, bit_part_cues)? Why: round 11's
    judges marked a real priest cast as the wedding's priest, offered for a lead's part, and an
    agent's wife in a restaurant cameo, offered for Best Actress."""
    part = (character or "").strip()
    # (a part in a script without capitals tells nothing: only a cased part with none is described;
    # an acronym's capitals name nothing: "FBI filing clerk" is described, round 20)
    cased = " ".join(w for w in part.split() if not (w.isupper() and len(w) <= ACRONYM_CHARS))
    if any(ch.islower() for ch in cased) and not any(ch.isupper() for ch in cased):
        return True
    if part and as_self(part, actor):
        return True
    at = (sentence or "").find(actor) if actor else -1
    if at < 0:
        return False
    after = sentence[at + len(actor):at + len(actor) + 40]
    return bool(_words("cameo_cues").search(after)) or bool(_words("bit_part_cues").search(after))


def faint_players(actors: Iterable[tuple[int, str, float]], bits: dict[str, list[bool]]) -> frozenset[str]:
    """The players the library knows only from credits that name no part of theirs, each billed
    below FAINT_BILLING in its film's list (the twelfth name of a star list): nothing shows them
    able to carry a lead's part (round 11: such a player, a generation older, offered for a
    teenage heroine). From the pool's actor rows (film id, name, billing) and Pool._bits."""
    low: dict[str, bool] = {}
    for _f, name, order in actors:
        low[name] = low.get(name, True) and (order or 0) > FAINT_BILLING  # unknown billing: not faint
    return frozenset(n for n, all_low in low.items() if all_low and n not in bits)


def own_work_writers(items: dict[str, list[tuple[int, str, float]]]) -> frozenset[str]:
    """Writers credited only for films adapted from their own work (a memoirist who co-wrote the
    film of his memoir): an author, not a screenwriter, and no option for another film's script."""
    own: dict[str, set[int]] = {}
    for fid, value, _x in items.get("crew:based_on_author", ()):
        own.setdefault(value, set()).add(fid)
    wrote: dict[str, set[int]] = {}
    for key in ("crew:writer", "crew:screenplay", "crew:story"):
        for fid, value, _x in items.get(key, ()):
            wrote.setdefault(value, set()).add(fid)
    return frozenset(name for name, fids in wrote.items() if name in own and fids <= own[name])


def authors(items: dict[str, list[tuple[int, str, float]]], years: dict[int, int]) -> dict[str, tuple[tuple[int, ...], frozenset[str]]]:
    """Each adapted author's films' years and genre families (the films that adapt them), for
    source-author options of the film's era and kind (author_rank)."""
    fams: dict[int, set[str]] = {}
    for fid, value, _x in items.get("genre", ()):
        fams.setdefault(fid, set()).update(genre_families(value))
    out: dict[str, tuple[set[int], set[str]]] = {}
    for fid, value, _x in items.get("crew:based_on_author", ()):
        ys, fs = out.setdefault(value, (set(), set()))
        if years.get(fid):
            ys.add(years[fid])
        fs.update(fams.get(fid, ()))
    return {name: (tuple(sorted(ys)), frozenset(fs)) for name, (ys, fs) in out.items()}


def author_kinds(items: dict[str, list[tuple[int, str, float]]], kinds: dict[str, str],
                 animated: set[int]) -> dict[str, tuple[frozenset[str], bool]]:
    """Each adapted author's kinds of work (source_kind of the works their films adapt, where told)
    and whether every film adapting them is animated: a memoir's author is no option for a novel's
    film, nor a picture-book author whose books only cartoons adapt for a live-action film's source."""
    works: dict[int, set[str]] = {}
    for fid, value, _x in items.get("based_on", ()):
        if value and (kind := kinds.get(q.norm(value))):
            works.setdefault(fid, set()).add(kind)
    out: dict[str, tuple[set[str], set[int]]] = {}
    for fid, value, _x in items.get("crew:based_on_author", ()):
        ks, fids = out.setdefault(value, (set(), set()))
        ks.update(works.get(fid, ()))
        fids.add(fid)
    return {name: (frozenset(ks), bool(fids) and fids <= animated) for name, (ks, fids) in out.items()}


def author_kind_rank(theirs: tuple[frozenset[str], bool] | None, mine: frozenset[str], cartoon: bool) -> int:
    """NEVER when both kinds of work are told and share none, or when the author is adapted only by
    animated films and the asked film is live action; FAIR otherwise."""
    if not theirs:
        return FAIR
    kinds, drawn_only = theirs
    if mine and kinds and mine.isdisjoint(kinds):
        return NEVER
    return NEVER if drawn_only and not cartoon else FAIR


def author_rank(known: tuple[tuple[int, ...], frozenset[str]] | None, year: int | None, mine: frozenset[str]) -> int:
    """A source author is FAIR when a film adapting them came out within AUTHOR_YEARS of the film
    and, when both are known, one of those films shares a genre family with it; NEVER when every
    adaptation is further away or of other families only (a playwright of comedies for a noir);
    WEAK when nothing dates them."""
    if not known:
        return WEAK
    ys, fams = known
    if year and ys and all(abs(y - year) > AUTHOR_YEARS for y in ys):
        return NEVER
    if mine and fams and mine.isdisjoint(fams):
        return NEVER
    return FAIR if ys else WEAK


def generation_rank(first: int | None, answer_first: int | None) -> int:
    """FAIR unless the candidate's first known film is GENERATION_WEAK (WEAK) or GENERATION_NEVER
    (NEVER) years or more before the answer's first: a star of the 1970s is no option for a 2013
    young lead whose first film is that one."""
    if not first or not answer_first:
        return FAIR
    gap = answer_first - first
    return NEVER if gap >= GENERATION_NEVER else WEAK if gap >= GENERATION_WEAK else FAIR


def era_rank(known: Sequence[int] | None, year: int) -> int:
    """FAIR when the person's known films span the film's year, their last one is at most
    NEAR_YEARS before it or their first at most LATER_YEARS after it; WEAK when nothing dates them,
    or their last film is up to KEEP_YEARS before it (they may have retired or died: a composer
    whose last known score is six years older); NEVER when their films all came more than
    LATER_YEARS later (a 1950s star for a 1948 noir), or the film falls outside their known years
    and far from the middle of them (a composer credited in 1941, 1951 and 1976, offered for 1982)."""
    if not known:
        return WEAK
    if known[0] <= year <= known[-1]:
        return FAIR
    if known[0] > year:
        return FAIR if known[0] - year <= LATER_YEARS else NEVER
    if abs(known[len(known) // 2] - year) > KEEP_YEARS:
        return NEVER
    gap = year - known[-1]
    return FAIR if gap <= NEAR_YEARS else WEAK if gap <= KEEP_YEARS else NEVER


def _category_years(rows: Iterable[tuple[int, str, float]], years: dict[int, int]) -> tuple[dict[str, list[int]], dict[str, str]]:
    seen: dict[str, list[int]] = {}
    first: dict[str, str] = {}
    for fid, value, _x in rows:
        y = years.get(fid)
        if y:
            key = q.norm(value)
            first.setdefault(key, value)
            seen.setdefault(key, []).append(y)
    return seen, first


def still_given(rows: Iterable[tuple[int, str, float]], years: dict[int, int], year: int | None) -> list[str]:
    """Award categories (pool rows of one ceremony) the library shows given both before and after
    *year*, so given that year too: never a category retired or not yet created by then."""
    if not year:
        return []
    seen, first = _category_years(rows, years)
    return [first[k] for k, ys in seen.items() if min(ys) <= year <= max(ys)]


def out_of_era(rows: Iterable[tuple[int, str, float]], years: dict[int, int], year: int | None) -> set[str]:
    """Categories (normalised) of one ceremony the library last shows given CATEGORY_GONE years or
    more before *year*: a black-and-white category retired in the land of Ruritania three years
    before "Other Tale" came out; and those it first shows more than CATEGORY_GONE years after it,
    when it shows the ceremony given before the film (the library's early years are sparse, and a
    category first seen a year or two later was often given before)."""
    if not year:
        return set()
    seen, _first = _category_years(rows, years)
    # First seen CATEGORY_GONE+1 years or more after it, while the library shows the ceremony given
    # before the film: not yet created (round 8: a scoring category first given four years later).
    covered = any(min(ys) <= year for ys in seen.values())
    return {k for k, ys in seen.items() if max(ys) <= year - CATEGORY_GONE
            or covered and min(ys) > year + CATEGORY_GONE}


@lru_cache(maxsize=1)
def _category_traits() -> tuple[tuple[re.Pattern, str, bool], ...]:
    out = []
    for row in _table()["category_traits"]:
        rx = re.compile(r"(?<![\w-])(?:" + vocab.alternation(row["words"]) + r")(?![\w-])", re.I)
        out.append((rx, row["trait"], bool(row.get("absent", False))))
    return tuple(out)


def category_fits(category: str, traits: set[str]) -> bool:
    """Could a film of these traits ("animated", "short", "musical", "documentary", "non_english",
    "colour") have won this category? Its words name the traits it needs (options.toml
    category_traits): 'Musical' only for a musical, 'Black-and-White' never for a film stated to
    be in colour."""
    for rx, trait, absent in _category_traits():
        if rx.search(category or "") and ((trait in traits) == absent):
            return False
    return True


def source_kind(row: dict) -> str | None:
    """The kind of work (options.toml source_kinds: print, stage, screen, comic) a based_on fact's
    sentence names just before the work ("based on the animated web series Other Tale")."""
    value, sentence = row.get("value") or "", ((row.get("source") or {}).get("sentence") or "")
    # Every mention of the work, last first: a film named for its source opens its own sentence
    # with the work's name ("Other Tale: Homecoming is a film based on the comic character Other
    # Tale"), and the kind is told only before the later mention (round 11: a comic character went
    # unkinded and was offered as a war memoir's source).
    at = sentence.rfind(value) if value else -1
    while at > 0:
        before = sentence[max(0, at - 60):at].lower()
        best: tuple[int, int, str] | None = None
        for kind, words in _table()["source_kinds"].items():
            for w in words:
                for m in re.finditer(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", before):
                    # the word nearest the work, and of two ending there the longer ("non-fiction book")
                    if best is None or (m.end(), -m.start()) > best[:2]:
                        best = (m.end(), -m.start(), kind)
        if best:
            return best[2]
        at = sentence.rfind(value, 0, at)
    return None


def same_source_kind(kinds: dict[str, str], rows: Iterable[dict], candidate: str) -> bool:
    """Is *candidate* (another film's source work) of the answer's kind, when both kinds are told?"""
    theirs = kinds.get(q.norm(candidate))
    mine = {k for r in rows if (k := source_kind(r))}
    return not theirs or not mine or theirs in mine


def national_country(ceremony: str) -> frozenset[str]:
    """The country (normalised words) of a national ceremony (options.toml national_ceremonies),
    or an empty set: only that country's films could have won there."""
    low = (ceremony or "").lower()
    for name, countries in _table()["national_ceremonies"].items():
        if name in low:
            return frozenset(q.norm(c) for c in countries)
    return frozenset()


def category_film_traits(b: _Builder, categories: Iterable[str]) -> set[str]:
    """What the library knows of the film that award categories ask for (category_fits): its medium
    (animated; a short when one of its own categories is a short's), genre families (musical,
    documentary), a language other than English, colour stated in any of its facts' sentences."""
    traits = set(own_families(b)) & {"musical", "documentary"}
    if b.film.id in b.pool.animated:
        traits.add("animated")
    if any(_words("short_categories").search(c or "") for c in categories):
        traits.add("short")
    if any(rx.search(c or "") for rx, trait, _absent in _category_traits() if trait == "documentary" for c in categories):
        traits.add("documentary")  # a film in a documentary category is one, whatever its genre facts say
    tongues = b.pool.languages.get(b.film.id)
    if tongues and "english" not in tongues:
        traits.add("non_english")
    colour = _words("colour_cues")
    # (each sentence once: a film's facts cite the same sentences many times over)
    if any(colour.search(s) for s in {(r.get("source") or {}).get("sentence") or "" for rows in b.facts.values()
                                      for r in rows if isinstance(r, dict)}):
        traits.add("colour")
    return traits


def category_fits_film(category: str, traits: set[str]) -> bool:
    """category_fits, and a short film only ever offered short-film categories (round 7: feature
    awards beside a one-reel cartoon's win), a documentary only documentary categories (round 23:
    "Best Picture" and a dramatic score beside a documentary's win gave the answer away)."""
    if "short" in traits and not _words("short_categories").search(category or ""):
        return False
    if "documentary" in traits and not any(rx.search(category or "") for rx, trait, _absent in _category_traits()
                                           if trait == "documentary"):
        return False
    return category_fits(category, traits)


def season_films(films: Sequence[Film], year: int, rng: random.Random) -> list[str]:
    """Three titles of the films of a winner's very year, or [] when fewer than three are (round 7:
    a next year's film offered for a festival prize of the year before, which it could not have
    won; the question is then not asked)."""
    near = sorted(g.title for g in films if g.year == year)
    return rng.sample(near, 3) if len(near) >= 3 else []


def release_era(facts: dict[str, list[dict]]) -> int | None:
    """The year of the film's first dated release, for a film whose year the library does not know."""
    years = [int(r["date"][:4]) for r in facts.get("release", ()) if re.match(r"\d{4}", r.get("date") or "")]
    return min(years) if years else None


_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def lead_era(facts: dict[str, list[dict]]) -> int | None:
    """The latest year the article's lead names, for a film the library can date no other way (an
    upcoming film: "based on the 2020 novel", "a prequel to the 2012 film"): it is no older than the
    works and films its lead sets it after. Round 12: an undated upcoming film, dated by nothing,
    was offered a director who died a decade before it."""
    years = [int(y) for t in facts.get("text", ()) if (t.get("section") or "Lead").lower() == "lead"
             for y in _YEAR.findall(t.get("text") or "")]
    return max(years) if years else None


def _title_families(b: _Builder) -> dict[str, frozenset[str]]:
    """Each title's genre families (norm(title) -> families), from the pool's genre facts; cached
    on the pool (the same for every film)."""
    pool = b.pool
    cached = pool.title_genres
    if cached is None:
        by_film: dict[int, set[str]] = {}
        for fid, value, _x in pool.items.get("genre", ()):
            by_film.setdefault(fid, set()).update(genre_families(value))
        cached = {}
        for fid, title, _x in pool.items.get("title", ()):
            if fid in by_film:
                cached[q.norm(title)] = frozenset(by_film[fid]) | cached.get(q.norm(title), frozenset())
        pool.title_genres = cached
    return cached


def _title_chars(b: _Builder) -> dict[str, int]:
    """Each title's longest article (norm(title) -> characters); cached on the pool."""
    pool = b.pool
    cached = pool.title_chars
    if cached is None:
        cached = {}
        for fid, title, _x in pool.items.get("title", ()):
            key = q.norm(title)
            cached[key] = max(cached.get(key, 0), pool.film_chars.get(fid, 0))
        pool.title_chars = cached
    return cached


def own_families(b: _Builder) -> frozenset[str]:
    """The asked film's genre families, from its own genre facts."""
    return frozenset().union(*(genre_families(i["value"]) for i in b.facts.get("identity", ())
                               if i.get("key") == "genre" and i.get("value")))


def plausible_titles(b: _Builder, titles: Iterable[str]) -> set[str]:
    """The titles (normalised) a player could take for the film by genre: not of a marked family
    the film does not share (round 6: a space opera offered for a road-gang premise)."""
    mine, families = own_families(b), _title_families(b)
    return {k for k in (q.norm(t) for t in titles) if _genre_rank(mine, families.get(k)) != NEVER}


def _genre_rank(mine: frozenset[str], theirs: frozenset[str] | None) -> int:
    if not mine or not theirs:
        return WEAK
    if mine & theirs:
        return FAIR
    marked = frozenset(_table()["marked_families"])
    return NEVER if (mine | theirs) & marked else WEAK


@lru_cache(maxsize=1)
def _traditions() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((k, frozenset(v)) for k, v in _table()["name_traditions"].items())


@lru_cache(maxsize=1 << 14)
def name_traditions(name: str) -> frozenset[str]:
    """The naming traditions (options.toml name_traditions: "latin", "chinese") a name's words
    belong to: "Diego Ferro" -> latin. A name of none is of none a player would hear."""
    words = {w.strip(".,'’\"()").lower() for w in (name or "").replace("-", " ").split()}
    return frozenset(k for k, table in _traditions() if words & table)


def shared_tradition(parts: Iterable[str], answers: Iterable[str]) -> frozenset[str]:
    """The traditions both the part's name and every answer's name are of: their wrong options
    must be of one of them too, or the one name of the part's tradition gives the answer away."""
    mine = frozenset().union(*(name_traditions(p) for p in parts))
    for a in answers:
        mine &= name_traditions(a)
    return mine


def marked_apart(mine: frozenset[str], theirs: frozenset[str] | None) -> bool:
    """Is one film of a marked genre family (options.toml marked_families: science fiction, a
    period piece, animation, horror) the other is not? For a premise such an option may be the
    giveaway even when both are dramas: never when the clue shows the kind (clue_kinds), weak
    otherwise. Unknown families tell nothing."""
    if not mine or not theirs:
        return False
    return bool((mine ^ theirs) & frozenset(_table()["marked_families"]))


@lru_cache(maxsize=1)
def _clue_kinds() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((k, re.compile(r"(?<![\w-])(?:" + vocab.alternation(v) + r")(?![\w-])", re.I))
                 for k, v in _table()["premise_kind_cues"].items())


def clue_kinds(text: str) -> frozenset[str]:
    """The marked kinds a premise's words show a player ("an artificially intelligent assistant":
    speculative; "a haunted house": horror), from options.toml premise_kind_cues."""
    return frozenset(k for k, rx in _clue_kinds() if rx.search(text or ""))


_SETTING = re.compile(r"(?<!\d)(1\d\d\d|20\d\d)s?(?!\d)|\b(\d{1,2})(?:st|nd|rd|th)[- ]century\b", re.I)


def setting_year(text: str) -> int | None:
    """The earliest year a clue names ("in 1750s Ruritania" -> 1750, "an 18th-century rogue" ->
    1750, "in 1921" -> 1921), or None: when the story is set, as far as the clue tells."""
    years = [int(m.group(1)) if m.group(1) else (int(m.group(2)) - 1) * 100 + 50 for m in _SETTING.finditer(text)]
    return min(years) if years else None


def _ranker(b: _Builder, d: _Draft, answers: list[str], text: str):
    """A function candidate -> FAIR / WEAK / NEVER for this draft, or None when nothing ranks."""
    pool = b.pool
    if d.kind == "person" and d.family == "crew.based_on_author":
        # Source authors: adapted within AUTHOR_YEARS of the film and of a genre family it shares.
        by_author, era, mine_f = pool.authors, b.era, own_families(b)
        # An author the library also knows as a film's character (a biopic's subject) is a figure of
        # history, not of the adaptations it dates them by: weak (round 12: a nineteenth-century
        # novelist offered as a 1942 romance's source).
        portrayed = pool.portrayed
        # ... and of the kind of work the film adapts, for its audience (author_kind_rank)
        kinds = pool.author_kinds
        own_kinds = frozenset(k for i in b.facts.get("identity", ()) if i.get("key") == "based_on"
                              and (k := source_kind(i)))
        cartoon = b.film.id in pool.animated
        return lambda c: max(author_rank(by_author.get(c), era, mine_f), author_kind_rank(kinds.get(c), own_kinds, cartoon),
                             WEAK if q.norm(c) in portrayed else FAIR)
    if d.kind == "person":
        year = b.era
        kids = pool.kids
        child_answer = any(a in kids for a in answers)
        # The film's players credited with the asked role too (its young version, a shared part):
        # offering one is offering a right answer.
        same_role: set[str] = set()
        if d.family.startswith("cast.") and d.keys:
            asked = set().union(*(q.role_keys(k) for k in d.keys))
            same_role = {actor for actor, keys in _parts_of(b) if keys & asked}
        known = pool.careers
        # The film's industry (its countries and languages) and medium: a candidate placed wholly in
        # another industry, or (for crew) wholly in another medium, is never offered.
        home = pool.countries.get(b.film.id)
        cartoon = b.film.id in pool.animated  # (its genre fact, or its lead: options.drawn_lead)
        # (directors only: an animated film's director is known for animation, while composers,
        # writers and players cross between the media freely)
        crew = d.family == "crew.director"
        placed = pool.industries
        # A cast option of the answer's generation: compared with the answer's first known film.
        cast = d.family.startswith("cast.")
        firsts = [known[a][0] for a in answers if known.get(a)]
        answer_first = min(firsts) if cast and firsts else None
        # A part whose player the library first knows from this very film (a newcomer, as far as it
        # can tell): a star already nominated for a performance award is a weak option for it.
        stars = pool.acclaimed if year and answer_first is not None and answer_first >= year else {}
        # The part's age as the article marks it (part_age): a young part takes no star of decades'
        # films, a grown parent's part a newcomer only when nothing fairer is left (round 10).
        age = _part_age(b, d, answers) if year and d.family in PART_FAMILIES else ""
        # A parent's part (options.toml parent_parts): players the library cannot place of a
        # parent's generation (placed_grown) come after every placed one (round 17).
        parent = age == "grown" and _parent_part(b, d, answers)
        children = _own_children(b) if d.family in PART_FAMILIES else frozenset()
        parted = bool(year) and d.family in PART_FAMILIES
        if any(a in children for a in answers):
            children = frozenset()
        answer_start = min(firsts) if firsts else None
        # A part of no marked age in a film whose lead the article marks young (a high-school
        # student's story): the grown parts' players (the parents) are weak options for it
        # (round 14: two players of mothers offered for a schoolgirl's part).
        youth = not age and d.family in PART_FAMILIES and _lead_age(b) == "young" \
            and not any(_own_part_ages(b).get(a) == "grown" for a in answers)
        newcomer = bool(year) and d.family in PART_FAMILIES and answer_first is not None and answer_first >= year
        # ... and for it, no other film's lead billed years before (newcomer_rank; round 18): for a
        # voice part of a cartoon, or a part the film bills below its top star (a newcomer billed
        # first is mostly a star whose earlier films the library lacks), and only in the library's
        # usual industry (a smaller cinema's players the library knows from a film or two, so a
        # newcomer there is mostly a film it lacks, not a young player).
        usual_home = bool(home) and bool(home & pool.usual_origin())
        # (only in the library's usual industry, as for a newcomer's part: a smaller cinema's players
        # it knows from a film or two, a lead years before tells little there)
        young_seasoned = _seasoned(b) if age == "young" and year and usual_home else {}
        if any(newcomer_rank(young_seasoned.get(a), year) == NEVER for a in answers):
            young_seasoned = {}
        seasoned = _seasoned(b) if newcomer and usual_home and age != "grown" and (cartoon or not any(
            c.get("actor") in answers and (c.get("order") or 99) == 1 for c in b.facts.get("cast", ()))) else {}
        # A part or an acting award of a film of a kind few know (its lead calls it low-budget,
        # independent, direct-to-video: Pool.obscure) takes no star of famous films, and a film of no
        # such kind no player known only from such films (round 17-18: a micro-budget cult film's
        # heroine offered for a studio period film's, studio stars for the cult film's heroine): the
        # option a player strikes first either way. Unless an answer is of the same kind.
        playing = d.family in PART_FAMILIES or d.family == "cast.replaced" or d.family.startswith("awards.")
        small_film = playing and b.film.id in pool.obscure
        answer_films = [pool.credited.get(a, frozenset()) - {b.film.id} for a in answers]
        cult_answer = any(f and f <= pool.obscure for f in answer_films)
        answer_known = max((person_fame(f, pool.fame) or 0 for f in answer_films), default=0)
        # "Which actor made their film debut in it?": another film's player the library already
        # knows from earlier films plainly did not debut here (round 16: a comedy star of the
        # decade's films beside the film's own cast); its own cast stays fair.
        debut = d.family == "cast.debut" and bool(year)

        # A player the library knows only cast as themselves (a champion of some sport in a cameo)
        # is no option for an actor's part or award, unless an answer is one too.
        selves = frozenset() if any(a in pool.self_only for a in answers) else pool.self_only
        # A person the library knows only as a documentary's subject, a host or a cameo is no option
        # for a part, an award, a script or a review, unless an answer is one too (round 8).
        docs = "documentary" in own_families(b)
        non_actors = frozenset() if docs or any(a in pool.non_actors for a in answers) else pool.non_actors
        writing = d.family in ("crew.writer", "crew.screenplay", "crew.story")
        own_writers = pool.own_writers if writing and not any(a in pool.own_writers for a in answers) else frozenset()
        # A critic option is a critic: never someone the library credits in a film (a screenwriter).
        critic = d.family == "reviews.quote"
        # An award's nominee had a known film by the film's year.
        award = d.family.startswith("awards.") and bool(year)
        # A lead's acting award ("Best Actor"): a player of another film is a fair option only when
        # the library shows them a star (established_leads).
        leads = (_leads(b) if award and acting_category(text) and not _words("minor_acting_categories").search(text)
                 else None)
        # A lead's part or any acting award: no player known only from bit parts (bit_part), and one
        # known only as a faint credit (faint_players) only when nothing fairer is left (round 11).
        # (a replacement in a casting story is a lead's too: round 12, a bit player of a B-movie
        # offered as the star who replaced another)
        starring = d.family in ("cast.lead", "cast.title_role", "cast.replaced") or award and acting_category(text)
        # No bit player either for any part whose player the film bills among its leads (round 17: an
        # agent's wife, known from a restaurant cameo, offered for a famous film's second-billed heroine).
        bits = pool.bit_only if (starring or d.family in PART_FAMILIES and _lead_billed(b, answers)) \
            and not any(a in pool.bit_only for a in answers) else frozenset()
        faint = pool.faint if starring and not any(a in pool.faint for a in answers) else frozenset()
        # The film's language, and whether its country makes films in several (multilingual()).
        tongue = pool.languages.get(b.film.id)
        plural = (home - tongue if tongue else home) & pool.multilingual if home else frozenset()
        spoken = pool.tongues
        # A film of a land of several languages whose language the library cannot say, but whose
        # placed people lean to one (Pool.leanings): a person of that language's films is a fair
        # option, one leaning only to others weak (round 10: a Tamil director for a Hindi film).
        lean = pool.leanings.get(b.film.id) if plural and not tongue else None
        # A film of no known origin whose article gives an original title (in another language) is
        # not of the library's usual origin: no one who worked there is offered (round 8: a
        # Ruritanian-titled exploitation film of no stated country offered Hollywood directors).
        foreign = not home and any(i.get("key") == "original_title" and i.get("value")
                                   for i in b.facts.get("identity", ()))
        # ... nor is one whose lead names another nation ("a biopic of the Ruritanian bush war",
        # "premiered in Ruritania's capital" aside): round 14 offered only American directors for
        # a film of a small industry whose country the facts missed.
        foreign = foreign or not home and _names_other_nation(b, pool.usual_origin())
        usual = pool.usual_origin() if foreign else set()
        # A player whose given name the film's industry never gives (foreign_name) stands out among
        # its players, unless an answer's does too.
        named_home = frozenset(home or ()) if cast else frozenset()
        by_name, sizes = pool.given_names
        if named_home and any(foreign_name(a, named_home, by_name, sizes) for a in answers):
            named_home = frozenset()
        # A director by the kind of film they are known for (kind_rank: genre families, dollar scale).
        mine_f, my_scale = (own_families(b), pool.scales.get(b.film.id)) if crew else (frozenset(), None)
        kinds = crew and bool(mine_f or my_scale)
        # A celebrated director (every known film of theirs up for a major award, two films or more:
        # Pool.prestige) for a film the library shows up for none (round 12: an auteur offered for a
        # B-movie's and a car-chase comedy's director: the option a player strikes first): poor.
        humble = crew and b.film.id not in pool.renowned
        # A genre film of a marked family (a teen horror film) few know: its director options are
        # people known for some film of its families, never only for others' (round 18: a romance's
        # and a period drama's directors, "prestige names", offered for a low-budget teen horror
        # film's; kind_rank had them weak, and a weak fill is still taken when nothing fairer is left).
        # (a period film's setting is no kind of film: its directors cross genres; and a film whose
        # fame the library cannot tell, a lead-only article, may be a blockbuster)
        genre_bound = crew and humble and usual_home and bool(mine_f & frozenset(_table()["marked_families"]) - {"period"}) \
            and pool.fame.get(b.film.id, 2) <= 1
        # ... and the mirror: a director the library knows only from stubs (films few know) for a
        # film much written of, or whose director the library credits with one (round 13-14: two
        # unknown indie directors beside a famous director of a studio film, "a giveaway"): poor.
        famed = crew and (b.film.id in pool.renowned
                          or any(pool.credited.get(a, frozenset()) & pool.renowned for a in answers))
        # ... and a famous film's director (film_fame 2): never a director the library knows from one
        # unfamous film alone (one_film_name; round 23: three directors of one small recent film each
        # beside a famous awards film's director, "a giveaway by standing"). Rather no director
        # question than that: the game asks the film's other questions. (Not for a cartoon: the
        # library knows animation directors mostly from one film each, and a live-action fill there
        # is of another craft.)
        career = crew and not cartoon and pool.fame.get(b.film.id) == 2
        # A crew option of another notability than the answer's (film_fame: the film's and the
        # answer's best known film against the option's, the asked film aside): a poor fill either way
        # (round 16: famous directors beside a serial's, the film's little-known editors beside a
        # famous film's director; "a giveaway by elimination").
        fame = pool.fame
        answer_fame: int | None = None
        if d.family.startswith("crew.") and d.family != "crew.based_on_author":
            known_fame = [x for x in (_lead_fame(b), fame.get(b.film.id),
                                      *(person_fame(pool.credited.get(a, frozenset()), fame) for a in answers))
                          if x is not None]
            answer_fame = max(known_fame) if known_fame else None
        # ... and when the library can tell nothing of the answer's standing (a lead-only article, a
        # director it credits with no other film): a name of known or famous films (film_fame 1 or
        # more) or an auteur (Pool.prestige) is of another standing than the answer's as far as
        # players can tell, never an option (round 22: a canonical auteur offered for a sitcom
        # spin-off's director, three famous names beside one unknown for a low-budget film's, "a
        # giveaway by standing"). Not for a film the game itself deems known (questions.notability
        # from [game] known_below: a blockbuster's lead naming stars of many loaded films), whose
        # director stands among famous names.
        own_chars = pool.film_chars.get(b.film.id) or b.film.n_chars or 0
        unplaced = crew and answer_fame is None and 0 < own_chars < LEAD_CHARS and b.notability < _known_below()
        # ... and the reverse of `career`: a little-known film's director (film_fame 0, or a first
        # sentence calling it a kind few know and film_fame under 2; never up for a major award, and
        # not a film the game deems known), whose director the library knows from no other known
        # film (a director of a known film elsewhere stands among known names, as a classic's): its
        # options are directors the library knows from little-known films alone (small_name), never
        # a famous one nor one it cannot place (round 24: two celebrated auteurs beside an unknown for
        # a micro-budget satire's director, a famous actor-director for a low-budget independent
        # film's, "a giveaway by standing"). Rather no director question than that.
        little = d.family == "crew.director" and not pool.majors.get(b.film.id) and b.notability < _known_below() \
            and (pool.fame.get(b.film.id) == 0 or b.film.id in pool.obscure and pool.fame.get(b.film.id, 0) <= 1) \
            and not any(pool.prestige.get(a) or (person_fame(pool.credited.get(a, frozenset()) - {b.film.id}, fame) or 0) >= 1
                        or any(pool.majors.get(f) for f in pool.credited.get(a, frozenset()) - {b.film.id})
                        for a in answers)
        # A film of a medium family (a documentary): its director options are people the library
        # credits with a film of that medium (round 16: Hollywood comedy directors for a documentary).
        medium = mine_f & frozenset(_table()["medium_families"]) if crew else frozenset()
        # The film's own makers offered for a job none of them is credited with anywhere (the film's
        # editor or uncredited script doctors as its director: rounds 11-12's judges, "not directors;
        # weak"): weak beside people known for the job (own_crew_rank).
        asked_role = d.family.partition(".")[2] if d.family.startswith("crew.") else ""
        own_crew = _own_crew(b) if asked_role in JOB_KIN else {}
        # Every crew option by the jobs the library credits them with (job_rank, round 15: a film's
        # screenwriter offered as its director, a star with one writing credit as another's writer).
        film_crew = _own_crew(b) if asked_role else {}
        job_kin = JOB_KIN.get(asked_role, frozenset({asked_role}))
        counts = pool.role_counts

        # A source work's author (a novelist, a playwright) whom the library knows adapted by another
        # film and no article credits with directing is never a director option (round 19: the
        # short-story writer a film adapts offered for its director). (This film's own source author
        # who also co-wrote its screenplay stays a last fill: excluding them too left too many
        # director questions without buttons; see the round-19 report.)
        sources = " ".join(i.get("value") or "" for i in b.facts.get("identity", ()) if i.get("key") == "based_on") \
            if asked_role == "director" else ""
        own_authors = {c["name"] for c in b.facts.get("crew", ()) if c.get("role") == "based_on_author" and c.get("name")}
        borrowed = pool.borrowed_music if asked_role == "composer" and not any(
            a in pool.borrowed_music for a in answers) else frozenset()

        def source_author(c: str) -> bool:
            return asked_role == "director" and "director" not in pool.jobs.get(c, frozenset()) and (
                c in pool.authors and c not in own_authors and not (len(c) > 3 and c in sources))

        def job_of(c: str) -> int:
            jobs = pool.jobs.get(c, frozenset()) | film_crew.get(c, frozenset())
            return job_rank(asked_role, jobs, sum(counts.get((f"crew:{k}", c), 0) for k in job_kin),
                            counts.get(("actor", c), 0))
        # A critic option of the quote's era (critic_rank): the answer critic's other films date the
        # quote, else the film's year does (most quoted reviews are of its day).
        quote_era: int | None = None
        if critic:
            dated = sorted(y for a in answers for y in era_of_critic(pool.critic_years.get(a), b.film.id))
            quote_era = dated[len(dated) // 2] if dated else year
        # An acting award's option acclaimed only in another era (acclaim_rank).
        acclaim = award and acting_category(text)
        # ... at a ceremony players remember (options.toml major_ceremonies), for a famous film (film_fame 2)
        major_acting = bool(acclaim) and pool.fame.get(b.film.id) == 2 and any(
            m.lower() in text.lower() for m in _table()["major_ceremonies"])
        own_f = own_families(b) if acclaim else frozenset()
        # A lead's part or an acting award of a film of none of the typecast families (options.toml
        # typecast_families: comedy): no player of another film known only from films of such a
        # family (round 20, 21, 23: a comic star of one satire offered three times for a drama's
        # prizefighter, "the wrong type"). Unless an answer is such a player too.
        typecast = (frozenset(_table()["typecast_families"]) - own_families(b)) if (starring or acclaim) else frozenset()
        if typecast and any(typecast_apart(typecast, own_families(b), [pool.film_families.get(f) for f in pool.credited.get(a, ())
                                                      if f != b.film.id]) for a in answers):
            typecast = frozenset()
        # The film's player of its title part (the star of "Other Tale" as Tale) is no option for
        # another part of it: every player knows whom the film is named for (round 12).
        title_players = _title_players(b) if d.family in PART_FAMILIES else frozenset()
        # An anthology's player of another story (segments) is no option for this story's part.
        elsewhere = _segment_players(b, d, answers) if d.family in PART_FAMILIES else frozenset()
        # A person award whose category names a nationality or foreigners (nation_rule).
        nation = nation_rule(text) if award else None
        # A part named in the tradition its player's name is of (a Latin part, a Latin player):
        # every option's name of that tradition too (round 13).
        told = shared_tradition(d.keys, answers) if d.family in PART_FAMILIES else frozenset()
        # ... in the tradition's own lands (a Chinese film) its cast is fair whatever their names.
        own_cast = b.own_names if told and home and any(home & frozenset(_table()["tradition_countries"].get(t, ()))
                                                        for t in told) else frozenset()

        # A cartoon short (its genre or its lead's first sentence says short): never a live-action fill
        # (round 19: two live-action feature directors offered for a seven-minute cartoon's).
        short = crew and cartoon and any(_words("short_categories").search(t) for t in (
            [i.get("value") or "" for i in b.facts.get("identity", ()) if i.get("key") == "genre"]
            + [re.split(r"(?<=[.!?])\s+(?=[A-Z])", next((t["text"] for t in b.facts.get("text", ()) if t.get("text")
                                                         and (t.get("section") or "Lead").lower() == "lead"), ""),
                        maxsplit=1)[0]]))

        def crossing(c: str) -> bool:
            """May this live-action director stand, as a fill, for an animated feature's? (medium_fill;
            only for a film of stated year: the fill is a director of its era, and an era guessed
            from an undated film's people may be decades off; never a celebrated auteur, whom
            round 19's judges struck for a computer-animated feature, nor for a cartoon short)"""
            if short or pool.prestige.get(c):
                return False
            theirs = pool.credited.get(c, frozenset()) - {b.film.id}
            # ... and shares a genre family with the film besides animation, or made a film of a
            # family a cartoon's audience shares (options.toml animation_kin: family, fantasy,
            # comedy; round 16: a period drama's director offered for an animated space opera's
            # struck, while a famous cartoon lost its director question for want of options)
            genres = mine_f - {"animation"}
            kin = genres | frozenset(_table()["animation_kin"]) if genres else genres
            return bool(b.year) and animation_fill(theirs, pool.film_chars, pool.fame) and (
                not genres or any(kin & pool.film_families.get(f, frozenset()) for f in theirs))

        def rank(c: str) -> int:
            r = _rank(c)
            if r != NEVER and crew and cartoon and not (placed.get(c) or (None, True, True))[1]:
                # A live-action director of the film's era and industry, known from substantial
                # articles, for an animated feature's director (crossing): after every same-medium
                # fill, not never. Why: the library knows few animation directors, and a famous
                # cartoon's director question was dropped for lack of options while it asked a
                # critic's quote instead (rounds 10-15: worth follows fame).
                r = max(r, POOR)
            if r != NEVER and nation:
                r = max(r, nation_rank(nation, [pool.stated_countries.get(f) for f in pool.credited.get(c, ())]))
            if r != NEVER and kinds:
                r = max(r, kind_rank(mine_f, my_scale, [(pool.film_families.get(f), pool.scales.get(f),
                                                         pool.film_chars.get(f, 0))
                                                        for f in pool.credited.get(c, ()) if f != b.film.id],
                                   usual_home or not home and not foreign))
            if r != NEVER and genre_bound and c not in b.own_names and genre_apart(
                    mine_f, [pool.film_families.get(f) for f in pool.credited.get(c, ()) if f != b.film.id]):
                return NEVER
            if r == FAIR and lean and (theirs := pool.lean_tongues.get(c)) and lean.isdisjoint(theirs) \
                    and not spoken.get(c):
                r = WEAK  # leaning to another language's films (round 10: a Tamil director, a Hindi film)
            # A player the library knows only as a voice in animated films (an author or a veteran
            # cast for a cartoon) is a weak option for a live-action part or its award: round 9's
            # judges marked such a voice player, of another generation, offered for a live-action
            # star's part.
            if r != NEVER and (cast or award) and not cartoon and (placed.get(c) or (None, False, False))[2]:
                # ... and never for a lead's part or an acting award (round 12: an essayist known only
                # as a cartoon's voice offered for a period drama's heroine)
                return NEVER if starring else WEAK
            if r != NEVER and asked_role and source_author(c):
                return NEVER
            if asked_role == "composer" and c in borrowed:
                return NEVER  # a concert composer whose music a film took (borrowed_music), for a film's score
            if r != NEVER and asked_role:
                r = max(r, job_of(c))
            if r != NEVER and critic:
                r = max(r, critic_rank(era_of_critic(pool.critic_years.get(c), b.film.id), quote_era))
            if r != NEVER and acclaim and c not in b.own_names:
                r = max(r, acclaim_rank(pool.acclaim_years.get(c), year))
            if r in (FAIR, WEAK) and humble and pool.prestige.get(c):
                r = POOR
            if r != NEVER and unplaced and c not in b.own_names and (pool.prestige.get(c) or (person_fame(
                    (x for x in pool.credited.get(c, ()) if x != b.film.id), fame) or 0) >= 1):
                return NEVER
            if r != NEVER and little and c not in b.own_names and (pool.prestige.get(c) or not small_name(
                    pool.credited.get(c, frozenset()) - {b.film.id}, fame, pool.majors, pool.obscure)):
                return NEVER
            if r != NEVER and career and c not in b.own_names and not pool.prestige.get(c) and one_film_name(
                    pool.credited.get(c, frozenset()) - {b.film.id}, fame, pool.majors):
                return NEVER
            if r in (FAIR, WEAK) and famed and stub_known(pool.credited.get(c, frozenset()) - {b.film.id},
                                                          pool.film_chars):
                r = POOR
            if r == FAIR and c in own_crew:
                r = own_crew_rank(asked_role, own_crew[c], b.pool.jobs.get(c, frozenset()))
            if r in (FAIR, WEAK, POOR) and answer_fame is not None and fame_apart(
                    theirs_fame := person_fame((x for x in pool.credited.get(c, ()) if x != b.film.id), fame),
                    answer_fame):
                if theirs_fame == 0 and c not in b.own_names:
                    # Known only from a film few know (a B-movie whose article names them once) for
                    # a famous film's job: never (round 20: a B-movie's credited composer, a session
                    # bassist to the judges, offered for a superhero blockbuster's score).
                    return NEVER
                # the film's own makers of another job (its editors) after other films' poor fills
                r = LAST if c in own_crew and r == POOR else max(r, POOR)
            elif r in (FAIR, WEAK, POOR) and asked_role and answer_fame != 0 and c not in b.own_names \
                    and _lead_fame(b) is None and (theirs := pool.credited.get(c, frozenset()) - {b.film.id}) \
                    and theirs <= pool.obscure:
                # Known only from films their own first sentences call of a kind few know (an
                # independent film, a serial), for a film of no such word: after every other fill
                # (round 17: a cult independent film's director, "a joke option" for a studio epic's;
                # after the poor fills of another genre too, round 20).
                r = POOR if r < POOR else LAST
            if r == FAIR and stars and stars.get(c, year) < year:
                return WEAK  # an acclaimed star for a newcomer's part
            if r == FAIR and leads is not None and c not in b.own_names and c not in leads:
                r = WEAK  # one film billed below its lead: no star for a lead's award
            if r != NEVER and acclaim and c not in b.own_names and award_fill_rank(
                    pool.acclaim_years.get(c), known.get(c), year, leads is None or c in leads,
                    own_f, [pool.film_families.get(f) for f in pool.credited.get(c, ())]) == NEVER:
                return NEVER
            if r == FAIR and c in faint and c not in b.own_names:
                return WEAK  # a twelfth name of a star list, nothing more known, for a lead's part
            if r == FAIR and acclaim and c not in b.own_names and pool.best_billing().get(c, 99) > AWARD_BILLING \
                    and not pool.acclaim_years.get(c):
                # An acting award's option from another film the library shows billed below its top
                # names everywhere, never nominated: a fill after the credited leads and featured
                # players (round 20: an eighth-billed player offered as a festival award's nominee).
                r = WEAK
            if r == FAIR and newcomer and not age and c not in b.own_names \
                    and any(a in ("grown", "old") and y <= year for y, a in pool.part_ages.get(c, ())):
                # A part whose player the library first knows from this film, its age unmarked, and
                # a player it shows before in a grown part (a president, a father): round 12's judges
                # marked a comic star of such parts offered for a newcomer's sidekick. Weak.
                r = WEAK
            if children and c in children and age != "young":
                # The film's child (its plot's 'young son', the toddler twins credited for one) offered
                # for a part not marked young: the one option no player takes (round 14: a boy
                # offered as an assassins' leader; round 16: a toddler twin as the adult lead).
                return NEVER
            if r != NEVER and typecast and c not in b.own_names and typecast_apart(
                    typecast, own_families(b), [pool.film_families.get(f) for f in pool.credited.get(c, ()) if f != b.film.id]):
                return NEVER  # known only from comedies, for a drama's lead (typecast_apart)
            if r != NEVER and playing and c not in b.own_names and (cast or acclaim):
                theirs = pool.credited.get(c, frozenset()) - {b.film.id}
                if not small_film and not cult_answer and theirs and theirs <= pool.obscure:
                    return NEVER  # known only from films few know, for a film of another kind
                if small_film and (person_fame(theirs, pool.fame) or 0) > answer_known:
                    return NEVER  # a player of better known films than the answer's, for a film few know
                if major_acting and theirs and not pool.acclaim_years.get(c) and not person_fame(theirs, pool.fame):
                    # A major ceremony's acting award for a famous film: a player known only from films
                    # few know or the library cannot place (a lead-only B-film's), never nominated, is
                    # no contender players would believe (round 22: a B-film's player for a British academy award).
                    return NEVER
            if r != NEVER and seasoned and c not in b.own_names and newcomer_rank(seasoned.get(c), year) == NEVER:
                return NEVER  # a lead of years before for a newcomer's part (round 18)
            if r != NEVER and young_seasoned and c not in b.own_names \
                    and newcomer_rank(young_seasoned.get(c), year) == NEVER:
                # A part the article marks young (a teenage son) and a player the library shows
                # billed a lead years before: a grown star (round 20: two stars of a racing film five
                # years before offered for a prehistoric hunter's teenage son), whoever the answer is,
                # unless an answer was such a lead too.
                return NEVER
            if r != NEVER and starring and age != "young" and c not in b.own_names \
                    and other_age("grown", pool.part_ages.get(c, ()), year) \
                    and not other_age("young", pool.part_ages.get(c, ()), year) \
                    and not any(other_age("grown", pool.part_ages.get(a, ()), year) for a in answers):
                # A player the library shows only near the film's years in a young part (a farmer's
                # boy) for a lead's or a replacing star's part of no young age: never (round 18: a
                # bit player of a child's part offered as the star who replaced another).
                return NEVER
            if r != NEVER and parted and c not in b.own_names and elder_near(pool.part_ages.get(c, ()), year) \
                    and not any(elder_near(pool.part_ages.get(a, ()), year) for a in answers):
                # An elder's player (a grandmother near the film's year) for a young part: never; for
                # another part whose player plays no elder, weak (round 16: a teenager, a young wife).
                if age == "young":
                    return NEVER
                r = max(r, WEAK)
            if r == FAIR and youth and (_own_part_ages(b).get(c) == "grown"
                                        or c not in b.own_names and other_age("young", pool.part_ages.get(c, ()), year)):
                r = WEAK
            if r != NEVER and age:
                # A player of the film's own cast whose own part the article marks of the same age
                # is a fair option whatever their years (the other soldier's mother); one whose own
                # part is of the other age is weak.
                theirs = _own_part_ages(b).get(c, "")
                if theirs == age:
                    return r
                if age == "young" and theirs == "grown":
                    # ... and for a part the article marks young (a student), the player of a part it
                    # marks grown (a parent, the team's coach): never, even when that leaves the
                    # question without buttons (round 23: a coach's and a fence's players offered
                    # for a college student's part, "far too old").
                    return NEVER
                mine = known.get(c)
                by_years = age_rank(age, mine[0] if mine else None, year, answer_start)
                if by_years == WEAK and age == "young" and c not in b.own_names \
                        and not any(a == "young" for _y, a in pool.part_ages.get(c, ())):
                    # another film's player known from a decade or more before a young part, in no
                    # part the library reads young: never (round 24: a player of a grown part ten
                    # years earlier offered for a teenage daughter, "too old")
                    return NEVER
                r = max(r, by_years, WEAK if theirs else FAIR)
                if not theirs and c not in b.own_names and other_age(age, pool.part_ages.get(c, ()), year):
                    r = max(r, WEAK)  # cast in a part of the other age near the film's year
                if r != NEVER and parent and c not in b.own_names and not placed_grown(
                        mine[0] if mine else None, pool.part_ages.get(c, ()), year):
                    # nothing shows them of a mother's or a father's years: after every placed
                    # option, in the order they had among themselves (a fair one before a weak one)
                    r = min(r + POOR, LAST)
            return r

        def _rank(c: str) -> int:
            if c in title_players or c in elsewhere:
                return NEVER
            if told and c not in own_cast and not told & name_traditions(c):
                return NEVER
            if c in same_role or (not child_answer and c in kids) or c in selves or c in non_actors or c in own_writers \
                    or c in bits:
                return NEVER
            if named_home and foreign_name(c, named_home, by_name, sizes):
                return NEVER
            if medium and not any(medium & pool.film_families.get(f, frozenset())
                                  for f in pool.credited.get(c, frozenset()) - {b.film.id}):
                return NEVER  # no film of the medium (a fiction director for a documentary)
            where = placed.get(c)
            if critic and where is not None:
                return NEVER
            if where is not None:
                places, some_cartoon, all_cartoon = where
                if home and places is not None and home.isdisjoint(places):
                    return NEVER
                if crew and not cartoon and all_cartoon:  # an animation director for a live-action film
                    return NEVER
                if crew and cartoon and not some_cartoon and not crossing(c):
                    return NEVER  # a live-action director the library barely knows, or an auteur, or for a short
                theirs = spoken.get(c)
                if tongue and theirs and tongue.isdisjoint(theirs):
                    return NEVER  # another language's films only
                if plural and bool(tongue) != bool(theirs) and (places is None or not plural.isdisjoint(places)) \
                        and not (lean and theirs and not lean.isdisjoint(theirs)):
                    return NEVER  # one of a language, the other of none known, in a land of several
            mine = known.get(c)
            if award and mine and mine[0] > year:
                return NEVER  # no known film yet in the award's year
            if debut and mine and mine[0] < year and c not in b.own_names:
                return NEVER  # known from films before this one: no debut here
            if debut and c not in b.own_names:
                # Another film's player beside the film's own cast stands out (round 16: a comedy
                # star of other films, "not in the film"): never another film's lead (billed
                # LEAD_BILLING or higher there), and the others only when its own cast runs out.
                if pool.best_billing().get(c, 99) <= LEAD_BILLING:
                    return NEVER
                return max(WEAK, generation_rank(mine[0] if mine else None, answer_first))
            if foreign and where is not None and where[0] is not None and usual & where[0]:
                return NEVER
            if crew and not home and where is not None and where[0] is not None:
                # A film of no known origin (its people's other films do not agree on one): a
                # director placed in some industry is weak beside one as unplaced as the film.
                r = max(WEAK, generation_rank(mine[0] if mine else None, answer_first))
                return max(r, era_rank(mine, year)) if year else r
            r = generation_rank(mine[0] if mine else None, answer_first)
            if crew and year and mine and mine[0] > year:
                # A director the library knows only from films after this one (round 13: a director
                # whose first film came a year later, offered for a sequel): weak beside those
                # already directing by its year, though the library may not know their first film;
                # poor, after every weak fill (round 14: two directors whose first films came years
                # later offered for a 1990s comedy).
                r = max(r, POOR)
            return max(r, era_rank(mine, year)) if year else r
        return rank
    if d.kind == "title":
        mine = own_families(b)
        families = _title_families(b)
        said = q.distinct_tokens(text)
        # A critic's quote that names a genre ("the most influential kung fu film") takes only
        # films of that genre: any other is the giveaway (round 11).
        told = genre_families(text) if d.family == "title.from_quote" else frozenset()
        # A premise that shows the kind of film it is (an artificial mind's romance, a rogue's life
        # in a century long past: clue_kinds, setting_year) takes only films of that kind, not
        # merely of one family in common (round 13: a science-fiction romance's premise beside three
        # true-story dramas, all "drama"; "1750s Ireland" beside three modern dramas); a film of
        # another marked kind is weak.
        premise = d.family == "title.from_premise"
        marked = frozenset(_table()["marked_families"])
        shown: frozenset[str] = frozenset()
        if premise and b.era and (setting := setting_year(text)) is not None \
                and setting <= b.era - int(_table()["period_setting_years"]):
            mine = mine | {"period"}  # set long before it was made: a period film, whatever its genre fact says
            shown = frozenset({"period"})
        if premise:
            shown |= mine & marked & clue_kinds(text)

        # A premise of a film written of beyond a stub: an option known only from a stub (a lead alone) is a
        # film few players have heard of beside it, a fill after the known ones (round 20: a
        # lead-only family film offered for three famous dramas' premises).
        chars = _title_chars(b) if premise and b.pool.film_chars.get(b.film.id, 0) >= OBSCURE_CHARS else {}

        def rank_title(c: str) -> int:
            if any(len(t) > 3 and t in said for t in q.distinct_tokens(c)):
                return NEVER  # a word of the option in the clue ("Other Tale" beside a clue about Tale)
            theirs = families.get(q.norm(c))
            if premise and not premise_alike(mine, theirs):
                return NEVER  # of another or an unknown kind: the story tells it apart (premise_alike)
            if premise and other_tone(mine, theirs):
                # Of another tone or audience (a comedy, a family film: options.toml [tone_masks]) and
                # alike in nothing else (alike_kind): never (round 20: a comedy-drama and a
                # pet-detective comedy offered for a suburban satire's premise, a car cartoon comedy
                # for a girl's fantasy journey, alike only as cartoons). (Of one tone and no family in
                # common, the rules below apply: weak, or never when marked.)
                return NEVER
            r = _rank_title(c, theirs)
            if r < WEAK and chars and 0 < chars.get(q.norm(c), OBSCURE_CHARS) < OBSCURE_CHARS:
                r = WEAK
            return r

        def _rank_title(c: str, theirs: frozenset[str] | None) -> int:
            if told and not (theirs and told & theirs):
                return NEVER
            if premise and shown and not (theirs and shown <= theirs):
                return NEVER  # the clue shows a kind this film is not (or of no known genre: may be anything)
            if premise and (marked_apart(mine, theirs) or not theirs and mine & marked):
                # of another marked kind the clue does not show: only when nothing fairer is left (and
                # never when they share no family at all: _genre_rank)
                return max(WEAK, _genre_rank(mine, theirs))
            return _genre_rank(mine, theirs)
        return rank_title
    return None


#: The jobs that make someone a fair option for an asked crew job when the film credits them
#: with another: a director is a fair writing option (directors write), never an editor.
JOB_KIN: dict[str, frozenset[str]] = {
    "director": frozenset({"director"}),
    "writer": frozenset({"writer", "screenplay", "story", "director"}),
    "screenplay": frozenset({"writer", "screenplay", "story", "director"}),
    "story": frozenset({"writer", "screenplay", "story", "director"}),
}


def own_crew_rank(asked: str, own_jobs: frozenset[str], all_jobs: frozenset[str]) -> int:
    """A film's own maker offered for the job asked of it (a director, a writer), from the jobs the
    film credits them with and those the library credits them with anywhere: FAIR when some job of
    theirs is kin to the asked one (JOB_KIN: credited as a director elsewhere, or this film's director
    for its script); else WEAK. Why: round 12's judges called the film's uncredited script doctors,
    editors and cinematographer offered as its director a giveaway, and its screenwriter offered as
    its director easily struck out. POOR, not only weak: a director of another genre is the fairer fill."""
    kin = JOB_KIN.get(asked)
    if kin is None:
        return FAIR
    return FAIR if (own_jobs | all_jobs) & kin else POOR


#: A crew option credited as a player in at least this many films, and with the asked job (or a job
#: kin to it) in fewer, is known as a player first: poor (job_rank).
PLAYER_FIRST = 2


def job_rank(asked: str, jobs: frozenset[str], job_films: int, player_films: int) -> int:
    """A person offered for a crew job (*asked*: "director", "writer"), from the crew jobs the library
    credits them with anywhere (*jobs*, this film's included), the number of films crediting them
    with the asked job or a kin one (*job_films*) and as a player (*player_films*): NEVER when they
    are credited with no crew job at all but play (a player only is no director); LAST when none of
    their jobs is kin to the asked one (a screenwriter as a director, taken after every poor fill);
    POOR when they play in PLAYER_FIRST films or more and hold the job in fewer (a star with one
    writing credit offered as a writer); else FAIR. Why: round 15's judges marked a
    film's screenwriter offered as its director and a star actor offered as another film's writer."""
    if not jobs:
        return NEVER if player_films else FAIR
    kin = JOB_KIN.get(asked, frozenset({asked}))
    if not jobs & kin:
        return LAST
    if player_films >= PLAYER_FIRST and job_films < player_films:
        return POOR
    return FAIR


def role_counts(items: dict[str, list[tuple[int, str, float]]]) -> dict[tuple[str, str], int]:
    """How many films credit each person as a player ("actor") or with each crew job ("crew:writer"),
    by (key, name as written): read before the pool's lists are thinned, for job_rank."""
    seen: dict[tuple[str, str], set[int]] = {}
    for key, rows in items.items():
        if key == "actor" or key.startswith("crew:"):
            for fid, value, _x in rows:
                seen.setdefault((key, value), set()).add(fid)
    return {k: len(v) for k, v in seen.items()}


def critic_years(items: dict[str, list[tuple[int, str, float]]], years: dict[int, int]) -> dict[str, tuple[tuple[int, int], ...]]:
    """Each critic's reviewed films as (film year, film id), sorted: the years a critic wrote in, read
    from the films the library has their reviews of (a critic reviews the films of their day, an old
    film now and then: the asked film itself is left out by era_of_critic)."""
    out: dict[str, set[tuple[int, int]]] = {}
    for fid, critic, _x in items.get("critic", ()):
        if years.get(fid):
            out.setdefault(critic, set()).add((years[fid], fid))
    return {c: tuple(sorted(v)) for c, v in out.items()}


def era_of_critic(known: Sequence[tuple[int, int]] | None, film_id: int) -> tuple[int, ...]:
    """The years of the films a critic reviewed other than *film_id* (a retrospective of the asked
    film tells nothing of when they wrote)."""
    return tuple(y for y, f in known or () if f != film_id)


def critic_rank(theirs: Sequence[int], reference: int | None) -> int:
    """A critic option by the years of their other reviewed films against the quote's era
    (*reference*: the answer critic's other films' middle year, else the film's year): NEVER when
    era_rank says so (a critic of recent films for a contemporary review of a 1950s film, round 15),
    else FAIR; FAIR too when nothing dates them."""
    if not theirs or not reference:
        return FAIR
    return NEVER if era_rank(theirs, reference) == NEVER else FAIR


def acclaim_years(awards: Iterable[tuple[str, int]]) -> dict[str, tuple[int, ...]]:
    """Each player's years the library shows them nominated for (or winning) a performance award,
    sorted (as acclaimed(), every year): the era a player was a star in."""
    out: dict[str, set[int]] = {}
    for recipient, year in awards:
        for name in re.split(r",\s*|\s+and\s+", recipient or ""):
            name = name.strip()
            if name and year:
                out.setdefault(name, set()).add(year)
    return {n: tuple(sorted(v)) for n, v in out.items()}


def acclaim_rank(years: Sequence[int] | None, year: int) -> int:
    """An acting award's option by the years the library shows them up for acting awards: NEVER when
    every one is more than KEEP_YEARS from the award's year (a star acclaimed only in the 1950s for a
    1999 award, though a late cameo keeps their career within reach: round 15), else FAIR."""
    if years and all(abs(y - year) > KEEP_YEARS for y in years):
        return NEVER
    return FAIR


def _own_crew(b: _Builder) -> dict[str, frozenset[str]]:
    """The film's crew (name -> the jobs it credits them with here), read once per film."""
    key = ("options:crew", "")
    if key not in b._memo:
        jobs: dict[str, set[str]] = {}
        for c in b.facts.get("crew", ()):
            if c.get("name") and c.get("role"):
                jobs.setdefault(c["name"], set()).add(c["role"])
        b._memo[key] = {n: frozenset(j) for n, j in jobs.items()}  # type: ignore[assignment]
    return b._memo[key]  # type: ignore[return-value]


def title_part(part: str, title: str) -> bool:
    """Is this part the one the film is named for ("Tale" of "Other Tale", "Kip Morrow" of "Kip")?"""
    return bool(part) and bool(title) and q._echoes_title(q.distinct_tokens(part), q.distinct_tokens(title))


def _title_players(b: _Builder) -> frozenset[str]:
    """The film's players of its title part (title_part), read once per film."""
    key = ("options:title", "")
    if key not in b._memo:
        b._memo[key] = frozenset(c["actor"] for c in b.facts.get("cast", ())  # type: ignore[assignment]
                                 if c.get("actor") and c.get("character") and title_part(c["character"], b.film.title))
    return b._memo[key]  # type: ignore[return-value]


_SEGMENT = re.compile(r"^\s*In\s+[“\"‘'][^”\"’']{2,80}[”\"’']")


def segments(plot: Sequence[str]) -> list[list[str]]:
    """An anthology's plot summary cut into its stories: a sentence opening with a quoted story title
    ('In “Other Tale,” Tessa …') starts one, the sentences after it belong to it. [] unless two
    stories or more are told that way."""
    out: list[list[str]] = []
    for sentence in plot:
        if _SEGMENT.match(sentence):
            out.append([sentence])
        elif out:
            out[-1].append(sentence)
    return out if len(out) >= 2 else []


def other_segment(asked: Iterable[str], theirs: Iterable[str], stories: Sequence[Sequence[str]]) -> bool:
    """Are the asked part's names told only in stories of an anthology where none of the other
    player's parts is? Round 12: a Norwegian lawyer's player from another story offered for a
    Chinese chef's part (a player picks the option who never shares the chef's story)."""
    def where(names: Iterable[str]) -> set[int]:
        keys = [n for n in part_names(list(names)) if len(n) > 2]
        return {i for i, story in enumerate(stories) for n in keys if any(n in t for t in story)}
    mine, other = where(asked), where(theirs)
    return bool(mine) and bool(other) and mine.isdisjoint(other)


def _segment_players(b: _Builder, d: _Draft, answers: list[str]) -> frozenset[str]:
    """The film's players whose parts are told only in other stories of its anthology than the
    asked part (other_segment)."""
    b._plot_about([])
    stories = segments(b._plot_sentences or [])
    if not stories:
        return frozenset()
    asked = list(d.keys) + [c["character"] for c in b.facts.get("cast", ()) if c.get("actor") in answers and c.get("character")]
    parts: dict[str, list[str]] = {}
    for c in b.facts.get("cast", ()):
        if c.get("actor") and c.get("character") and c["actor"] not in answers:
            parts.setdefault(c["actor"], []).append(c["character"])
    return frozenset(a for a, ps in parts.items() if other_segment(asked, ps, stories))


def _part_age(b: _Builder, d: _Draft, answers: list[str]) -> str:
    """part_age for the draft's part: its names (the draft's keys and the answers' characters of
    them), the answers' cast sentences and the plot summary's sentences naming it."""
    rows = [c for c in b.facts.get("cast", ()) if c.get("actor") in answers and c.get("character")
            and (not d.keys or c["character"] in d.keys)]
    parts = list(dict.fromkeys([*d.keys, *(c["character"] for c in rows)]))
    pairs = [(c["character"], (c.get("source") or {}).get("sentence") or "") for c in rows]
    return part_age(parts, pairs, b._plot_about(part_names(parts)))


def parent_part(parts: Iterable[str], cast_sentences: Iterable[tuple[str, str]], plot: Iterable[str]) -> bool:
    """Does the article call the part a parent ("Ora Pell as Maren, Kip's mother", "his mother
    Maren": options.toml parent_parts as the last word of what part_words reads, so "invites his
    father to Tam's show" makes no parent of Tam)?"""
    rx = _words("parent_parts")
    for said in part_words(parts, cast_sentences, plot):
        words = re.findall(r"[\w'’-]+", said)
        if words and rx.fullmatch(words[-1]):
            return True
    return False


def _parent_part(b: _Builder, d: _Draft, answers: list[str]) -> bool:
    """parent_part for the draft's part (the same words _part_age reads)."""
    rows = [c for c in b.facts.get("cast", ()) if c.get("actor") in answers and c.get("character")
            and (not d.keys or c["character"] in d.keys)]
    parts = list(dict.fromkeys([*d.keys, *(c["character"] for c in rows)]))
    pairs = [(c["character"], (c.get("source") or {}).get("sentence") or "") for c in rows]
    return parent_part(parts, pairs, b._plot_about(part_names(parts)))


def placed_grown(first: int | None, parts: Iterable[tuple[int, str]], year: int | None) -> bool:
    """Can the library place this player of a parent's generation by *year*: a first known film
    GENERATION_WEAK years or more before it, or a grown or elder's part within AGE_NEAR_YEARS of it
    ((year, age) pairs: Pool.part_ages)? Why: round 17 offered, for a grown soldier's mother, a child
    actress and a young actress, each known from one film of those years in a part of no marked age;
    the library cannot tell their age, and a host offers only players of a mother's years."""
    if not year:
        return True
    if first is not None and first <= year - GENERATION_WEAK:
        return True
    return any(a in ("grown", "old") and abs(y - year) <= AGE_NEAR_YEARS for y, a in parts)


#: An acting award's option from another film billed below this everywhere is a fill (options._ranker).
AWARD_BILLING = 5


#: A part whose player the film bills this high or higher is a lead's part (award_players' leads too).
#: (Four, round 20: a fourth-billed heroine of a star list took a bit player of a possessed coat.)
LEAD_PART_BILLING = 4


def _lead_billed(b: _Builder, answers: list[str]) -> bool:
    """Does the film bill an answer among its leads (LEAD_PART_BILLING or higher)?"""
    return any(c.get("actor") in answers and 0 < (c.get("order") or 99) <= LEAD_PART_BILLING
               for c in b.facts.get("cast", ()))


def _lead_fame(b: _Builder) -> int | None:
    """lead_fame of the film's lead (its first text of the Lead section), read once per film."""
    key = ("options:fame", "")
    if key not in b._memo:
        lead = [t["text"] for t in b.facts.get("text", ()) if t.get("text")
                and (t.get("section") or "Lead").lower() == "lead"][:1]
        b._memo[key] = lead_fame(lead[0] if lead else "")  # type: ignore[assignment]
    return b._memo[key]  # type: ignore[return-value]


def _lead_age(b: _Builder) -> str:
    """The age the article marks the film's first-billed part ("young", "grown" or ""): a film
    about a schoolboy is a young cast's story whatever its other parts say."""
    billed = sorted((c for c in b.facts.get("cast", ()) if c.get("actor") and c.get("character")),
                    key=lambda c: c.get("order") or 99)
    return _own_part_ages(b).get(billed[0]["actor"], "") if billed else ""


def _said_of(b: _Builder, c: dict) -> list[str]:
    """part_words of one cast row's part (its name, its cast sentence, the plot naming it), read once
    per film: _own_part_ages and _own_children both read every row's (the trivia bench's cold pass
    read each twice)."""
    part = c["character"]
    sentence = (c.get("source") or {}).get("sentence") or ""
    key = ("options:said", f"{part}\x00{sentence}")
    if key not in b._memo:
        b._memo[key] = part_words([part], [(part, sentence)], b._plot_about(part_names([part])))  # type: ignore[assignment]
    return b._memo[key]  # type: ignore[return-value]


def _own_part_ages(b: _Builder) -> dict[str, str]:
    """Each of the film's players' part's age as the article marks it (part_age), when it marks
    one of their parts and none the other way; read once per film."""
    key = ("options:ages", "")
    if key not in b._memo:
        ages: dict[str, set[str]] = {}
        for c in b.facts.get("cast", ()):
            if c.get("actor") and c.get("character"):
                ages.setdefault(c["actor"], set()).add(age_of(_said_of(b, c)))
        b._memo[key] = {a: next(iter(g - {""})) for a, g in ages.items() if len(g - {""}) == 1}  # type: ignore[assignment]
    return b._memo[key]  # type: ignore[return-value]


def _names_other_nation(b: _Builder, usual: set[str]) -> bool:
    """Does the film's first sentence call something by a nation's word (one
    the library's films are placed by, or options.toml nation_words) that is not the library's
    usual origin, and never the usual one's? Only asked of a film whose origin the facts do not tell."""
    if not usual:
        return False
    key = ("options:nation", "")
    if key not in b._memo:
        known = {w for c in b.pool.countries.values() for w in c} | set(_table()["nation_words"]["words"])
        lead = [t["text"] for t in b.facts.get("text", ()) if t.get("text")
                and (t.get("section") or "Lead").lower() == "lead"][:1]
        words = {w for t in lead for w in re.findall(r"[a-z]+", t.lower())}
        mine = usual | _usual_words(usual)  # ("a 2018 American documentary on a Ruritanian scheme": American)
        b._memo[key] = bool((words & known) - mine) and not words & mine  # type: ignore[assignment]
    return b._memo[key]  # type: ignore[return-value]


def _usual_words(usual: set[str]) -> set[str]:
    """The usual origin's other words ("american": "united", "states", "usa"), from [nations]."""
    return {w for n in usual for phrase in _table()["nations"].get(n, ()) for w in phrase.split()}


def _own_children(b: _Builder) -> frozenset[str]:
    """The film's players of a part its article marks a child's (options.toml child_parts in what
    part_words reads: 'her young son "Kip"'), read once per film."""
    key = ("options:children", "")
    if key not in b._memo:
        rx = _words("child_parts")
        kids = set()
        for c in b.facts.get("cast", ()):
            if c.get("actor") and c.get("character") and any(rx.search(w) for w in _said_of(b, c)):
                kids.add(c["actor"])
        plot = (t.get("text") or "" for t in b.facts.get("text", ())
                if any(w in (t.get("section") or "").lower() for w in ("plot", "synopsis")))
        kids |= partless_twins(b.facts.get("cast", ()), any(rx.search(t) for t in plot))
        b._memo[key] = frozenset(kids)  # type: ignore[assignment]
    return b._memo[key]  # type: ignore[return-value]


def partless_twins(cast: Iterable[dict], child_named: bool) -> set[str]:
    """Two players billed side by side under one surname, neither credited with any part, in a film
    whose plot names a child ('his young daughter Tessa'): the twins who share a baby's or a
    toddler's part, as films credit them (round 16: one offered as the adult lead's player). Why
    structural, not worded: the article that lists such twins seldom says whom they play."""
    if not child_named:
        return set()
    rows = [c for c in cast if c.get("actor")]
    parted = {c["actor"] for c in rows if c.get("character")}
    bare = sorted((c for c in rows if not c.get("character") and c["actor"] not in parted
                   and len(c["actor"].split()) > 1), key=lambda c: c.get("order") or 99)
    out: set[str] = set()
    for a, b in zip(bare, bare[1:], strict=False):
        sa, sb = a["actor"].split(), b["actor"].split()
        if (a.get("order") and b.get("order") and b["order"] - a["order"] == 1 and sa[-1] == sb[-1]
                and sa[0] != sb[0] and (a.get("source") or {}).get("sentence") == (b.get("source") or {}).get("sentence")):
            out |= {a["actor"], b["actor"]}
    return out


def _parts_of(b: _Builder) -> list[tuple[str, set[str]]]:
    """The film's players and their parts' role keys, read once per film."""
    key = ("options:parts", "")
    if key not in b._memo:
        b._memo[key] = [(c["actor"], q.role_keys(c["character"])) for c in b.facts.get("cast", ())  # type: ignore[misc]
                        if c.get("actor") and c.get("character")]
    return b._memo[key]  # type: ignore[return-value]


def choose(b: _Builder, d: _Draft, text: str, answers: list[str], sentence: str, true: list[str]) -> list[str]:
    """Three wrong options for draft *d* from its tiers, in tier order (shuffled within a tier,
    reproducibly), fair ones from every tier before any weak one, or [] when three cannot be
    found.

    A person question of a film the library can date no way (no year, release, era of its people or
    year in its lead) has none: every era's people are alike to it, and a director of the 2010s offered
    beside one retired by the 1960s is the giveaway (round-21 sample: a famous musical's year unread,
    its director's options from 1930 to 2018)."""
    if d.kind == "person" and not b.era:
        return []
    kind = "exact" if d.loose else d.kind
    forbidden = q._Unlike([*answers, *true, *d.exclude], kind)
    cited = q._Cited(sentence, d.kind)
    # "Myers" for "Mike Myers": offer surnames too. A one-word name that is the whole name
    # ("Nissar"): offer one-word names first, then full names.
    surnames_only = d.kind == "person" and all(len(a.split()) == 1 and b.full_name(a) != a for a in answers)
    mononym = d.kind == "person" and not surnames_only and all(len(a.split()) == 1 for a in answers)
    rank = _ranker(b, d, answers, text)
    nearer = _nearness(b, d, text)
    drawn: list[list[str]] = []  # each tier's candidates, shuffled once
    ranks: dict[str, int] = {}  # each candidate's rank, worked out when first looked at

    def tier_at(i: int) -> list[str]:
        while len(drawn) <= i:
            tier = d.tiers[len(drawn)]
            if surnames_only:  # "Myers" among full names would stand out: offer surnames too
                tier = [t.split()[-1] for t in tier if t.split()]
            if mononym:
                tier = [t for t in tier if len(t.split()) == 1] or tier
            cands = list(dict.fromkeys(tier))  # tiers come in a fixed order: same seed, same draw
            if len(cands) > q.SAMPLE:
                cands = b.rng.sample(cands, q.SAMPLE)
            else:
                b.rng.shuffle(cands)
            drawn.append(cands)
        return drawn[i]

    def pick(skip: str | None) -> list[str]:
        chosen: list[str] = []
        for wanted in (FAIR, WEAK, POOR, LAST):  # every tier's fair options first, then weak ones, then poor
            for i in range(len(d.tiers)):
                # A weak or poor option is a fill: the one nearest the film's years (and, for a
                # lead's part or award, a lead of their own film) reads least like a giveaway.
                cands = tier_at(i) if wanted == FAIR or nearer is None else sorted(tier_at(i), key=nearer)
                for c in cands:
                    if len(chosen) == 3:
                        return chosen
                    if c == skip:
                        continue
                    r = ranks.get(c)
                    if r is None:
                        r = ranks[c] = rank(c) if rank else FAIR
                    if r != wanted or not _fair(b, d, c, i, chosen, forbidden, cited, text, answers):
                        continue
                    chosen.append(c)
        return chosen

    chosen = pick(None)
    # Greedy choice can strand a question: "Best Original Screenplay" drawn first rules out both
    # "Best Original Score" and "Best Adapted Screenplay", which together with a third would do.
    # Then each drawn option is left out in turn (only when the first draw fails).
    for skip in list(chosen) if len(chosen) < 3 else ():
        again = pick(skip)
        if len(again) == 3:
            return again
    return chosen if len(chosen) == 3 else []


@lru_cache(maxsize=1)
def _known_below() -> float:
    return float(vocab.load("trivia")["game"]["known_below"])


#: A fill option known only from films after the one asked about ranks as if this many years
#: further off (a director whose first film came later is the worst fill: round 14).
LATER_PENALTY = 10
#: A fill option for a lead's part or an acting award billed below this in every film it is known
#: from comes after those billed at or above it (round 14: a B-movie's supporting player offered
#: as a Best Actor winner beside the era's stars).
LEAD_BILLING = 2


def _nearness(b: _Builder, d: _Draft, text: str):
    """The order a person question's weak fill is taken in: a key of (billed as a lead or not, for a
    lead's part or an acting award; years between the film and the nearest of the option's known
    films). Why: round 14's judges marked fills by what the library could tell but the draw left
    to chance: a director last known ten years before (dead by then) over one working that very
    year; a supporting player of a B-movie, not one of the era's leads, offered for Best Actor.
    None when the question is not of people or the film has no year."""
    year = b.year
    if d.kind != "person" or not year:
        return None
    careers = b.pool.careers
    lead = d.family in ("cast.lead", "cast.title_role", "cast.replaced") or (
        d.family.startswith("awards.") and bool(acting_category(text)))
    billing = b.pool.best_billing() if lead else {}

    def key(c: str) -> tuple[int, int]:
        known = careers.get(c)
        if not known:
            far = 99
        elif known[0] > year:
            far = known[0] - year + LATER_PENALTY
        else:
            far = min(abs(y - year) for y in known)
        return (int(lead and billing.get(c, 99) > LEAD_BILLING), far)
    return key


def _one_name_in_other(c: str, chosen: Sequence[str]) -> bool:
    """Is *c* one of *chosen* under another credit, one name's words inside the other's ("Ora Pell" and
    "Ora Pell-Marrow": round 18 offered both, so both dropped out at once)?"""
    mine = set(q.tokens(c))
    return any(mine <= (theirs := set(q.tokens(x))) or theirs <= mine for x in chosen)


def _fair(b: _Builder, d: _Draft, c: str, i: int, chosen: list[str], forbidden: q._Unlike, cited: q._Cited,
          text: str, answers: list[str]) -> bool:
    """The checks every option passes: not also right, not a fragment or a misspelling, not named
    in the question or (from other films) in the article."""
    # Text options share no distinctive word either: "Best Cinematography" beside "Best
    # Cinematography, Black-and-White" reads as one award twice (round 5).
    # (A date's options are compared whole among themselves too, as with its answer: two dates of
    # one year share a word and are still two dates; no premiere date ever got buttons. Ratings
    # stay word by word: "3½ stars out of four" beside "3.5 out of 4 stars" is one rating twice.)
    among = "exact" if d.kind != "text" or d.loose and d.family.endswith("_date") else "text"
    if c in chosen or not forbidden.distinct(c) or not q.distinct(c, chosen, among) \
            or q._contains(text, c):
        return False
    if d.kind == "person" and (q.surname(c) in {q.surname(x) for x in chosen} or _one_name_in_other(c, chosen)):
        return False
    if i >= d.strict_from and cited.mentions(c):
        return False
    if d.kind == "person" and (q.fragment(c, answers, d.kind) or q.norm(c) in b.pool.twins or b.misspelt(c)):
        return False
    return not (i >= d.own_tiers and (b.in_article(c, d.kind) or q.fragment(c, answers, d.kind)))


def award_players(b: _Builder, actors: Iterable[str]) -> list[str]:
    """The film's players a host would offer for its acting award: a lead (billed third or higher),
    a named part billed eighth or higher, or a player the library credits in another film; never
    a bit player or a real person cast as themselves once (round 6: the priest of a wedding scene
    offered for Best Supporting Actor), nor a child's part."""
    rows: dict[str, list[dict]] = {}
    for c in b.facts.get("cast", ()):
        if c.get("actor"):
            rows.setdefault(c["actor"], []).append(c)
    known = b.pool.films_with
    out = []
    for a in actors:
        parts = rows.get(a, [])
        order = min((c.get("order") or 99 for c in parts), default=99)
        named = [c for c in parts if c.get("character")]
        if named and all(child_part(c["character"]) or _as_self(c["character"], a) for c in named):
            continue  # a child's part, or a real person cast as themselves ("Ora" played by Ora Pell)
        if order <= 3 or (named and order <= 8) or known.get(("actor", q.norm(a)), 0) >= 2:
            out.append(a)
    return out


def _as_self(character: str, actor: str) -> bool:
    """Is the part named only with the player's own names (a real person cast as themselves)?"""
    part, own = set(q.tokens(character)), set(q.tokens(actor))
    return bool(part) and part <= own


def as_self(character: str, actor: str) -> bool:
    """_as_self, or a part written as "himself" / "herself" ("Ora Pell as herself")."""
    return _as_self(character, actor) or q.norm(character) in {"himself", "herself", "themselves", "self"}
