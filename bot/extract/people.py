"""People of a film: crew credits, the final cast, and the casting history.

Film articles state credits in a handful of prose shapes ("a 2013 film written and
directed by X", "X served as the film's editor", "the score was composed by X") and the
cast in a few more ("stars A as B", "Character (Actor)", list lines "Actor as Role" or
"Actor - Role", "B is played by A"). Every pattern here is anchored on such a shape and
every name must look like a person (or, for studios, a company): a missed pair costs
less than a confident wrong one, so anything ambiguous is dropped rather than guessed.

Casting history (negotiations, replacements, recasts) is kept apart from the cast, and a
person the article says left or was replaced is removed from the final cast unless the
lead or the cast list still bills them.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..article import Article, Sentence
from ..facts import CastFact, CastingEventFact, CrewFact, Fact, described_part_mention, stock_part
from ..rxgate import _literal_trie, gate, gated, prune
from ..vocab import alternation, given_names, load
from .common import MONTHS, NAME_AT_END, NAME_RX, AskedWords, has_whole_word, whole_word_starts
from .crew import NOUN_ROLE as _CREW_NOUN
from .crew import credits as crew_credits
from .crew import films_own_appositives as crew_films_own
from .crew import replacement as crew_replacement
from .names import (
    FORMAL_NAME,
    NAME_RE,
    PLACES,
    People,
    all_names,
    clean_name,
    family_surname,
    is_company,
    is_person,
    resolve,
)
from .names import HONORIFICS as _HONORIFICS
from .names import NON_PERSON as _NON_PERSON
from .names import OFFICE_LEAD as _OFFICE_LEAD
from .names import PARTICLES as _PARTICLES
from .names import STOP_CAPS as _STOP_CAPS
from .names import trim_leading_stops as _trim_leading_stops
from .names import without_office as _without_office
from .names import words as _words

_PRONOUN_START = re.compile(r"^(?:he|she|they)\b", re.I)
# lowercase words inside a character's name: the name recogniser's particles ("de los", "ben"), "of", "the"
_PEOPLE_WORDS = load("casting")["people_words"]
_CHAR_INNER_LOWER = set(_PEOPLE_WORDS["character_inner_lower"]) | set(_PARTICLES)
_CHAR_REJECT = set(_PEOPLE_WORDS["character_rejects"])
_PREPOSITIONS = set(_PEOPLE_WORDS["prepositions"])
_ARTICLES = frozenset(_PEOPLE_WORDS["articles"])
# (and a craft's category: "Best Cinematography (Color)" is a category and its kind, no part and player)
_AWARD_WORDS = re.compile(r"\bBest\s+(?:Actor|Actress|Picture|Director|Supporting|Film|Original|Screenplay)\b|"
                          r"\b(?:Awards?|Oscars?|Academy|Prize|Festival|Globes?)\b|"
                          rf"\bBest\s+(?:[A-Z][\w-]*\s+)?{alternation(load('awards')['categories']['role_nouns'])}\b")

# A run of names ("A, B, and C"), its separator, and the cut between a list and prose.
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*")
_NAME_AT = re.compile(NAME_RX)

# --------------------------------------------------------------------------------------
# Name shape
# --------------------------------------------------------------------------------------


def _names_list(text: str, start: int = 0) -> tuple[list[str], int]:
    """Read "A, B and C" from ``start``; returns the names and where the list ended."""
    names: list[str] = []
    pos = start
    while True:
        m = _NAME_AT.match(text, pos)
        if not m:
            break
        names.append(clean_name(m.group(0)))
        pos = m.end()
        sep = _LIST_SEP.match(text, pos)
        if not sep or not _NAME_AT.match(text, sep.end()):
            break
        pos = sep.end()
    return names, pos


def _name_before(text: str, end: int) -> str:
    """The capitalised name run that ends exactly at ``end`` (subject of a verb)."""
    best = ""
    for m in NAME_RE.finditer(text[:end]):
        if m.end() == len(text[:end].rstrip()):
            best = m.group(0)
    return _trim_leading_stops(clean_name(best))


# --------------------------------------------------------------------------------------
# Characters
# --------------------------------------------------------------------------------------

_CHAR_CUT = re.compile(
    r"\s*(?:,|;|:|\(|\)|\[|\b(?i:aka|a\.k\.a\.)\s|\s[-–—]\s|–|—|\bwho\b|\bwhose\b|\bwhich\b|\bwhile\b|\bwhen\b|\bbut\b|"
    r"\bin\s+(?:the|a|an|his|her|their|three|two|both|what|which|only|one|its|each|every|several)\b|\bfrom\s+(?:the\b|(?=[A-Z]))|\bwith\b|\bafter\b|"
    # "plays the young Tam and Master B the young Lune": the next player's clause, its verb left out
    r"\band\s+(?=(?:[A-Z][\w'’.-]*\s+){1,3}the\s)|"
    # "was cast as Tam in May 2003", "as Tam on 3 May", "as Tam in early 2003": the date of the casting, not the part
    r"\b(?:in|on|by|during)\s+(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b|\d{4}\b)|"
    r"\bbefore\b|\bbecause\b|\bsince\b|\bfor\s+(?:the|a|which|his|her)\b|\bopposite\b|"
    r"\band\s+(?=[a-z])|\bas\s+well\b"  # "as Elsa and caused a stir": a clause goes on after the name
    # "plays Tam and Ivo Brandt plays Lune": the next player's clause
    r"|\band\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:also\s+)?(?:plays|played|playing|portrays|portrayed|portraying|voices|voiced|"
    r"dubs|dubbed|stars|starred|appears|appeared|is|was|as)\b)"
    r"|\bas\s+(?:an?|the)\s+[a-z])"  # "plays Hamlet as a film student": the role, then how it is played
)
# "as Clyde the rooster": a name, then what the character is
_NAME_THE_KIND = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+the\s+[a-z][\w-]*\.?")
_QUOTED = re.compile(r"[\"“”'‘’]")
_NAMED_AT_END = re.compile(r"^(?:an?|the|his|her|their)\s+(?:[a-z][\w-]*\s+){1,3}(?:named|called|nicknamed)\s+"
                           r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$")
_TIED = re.compile(rf"^(?:the\s+)?(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}['’]s?\s+(?:(?:elder|younger|"
                   rf"older|little|big|first|second|late)\s+)?(?i:{alternation(load('names')['relations'])})"
                   r"(?i:\s+in\s+law|-in-law)?)$")
# "Anitha's mother (Jane Doe)": the tied role right before an actor in brackets.
_TIED_BEFORE = re.compile(_TIED.pattern.replace("^(?:the\\s+)?", "(?:^|(?<=[\\s,;:(]))(?:the\\s+)?").rstrip("$") + r"\s*$")
_AGE_PREFIXED = re.compile(rf"^(?:(?:a|an|the)\s+)?(?P<name>(?i:{alternation(load('names')['age_prefixes'])})\s+"
                           r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$")
# "SmithAdditionally", "TamA retired boxer who": two words glued by a lost line break (a cast list's item and
# its description, the article "A" opening the description)
_GLUED_WORD = re.compile(r"(?<=[a-z]{3})[a-z](?=[A-Z][a-z])|(?<=[A-Za-z])[a-z](?=A\s+[a-z])")


# "as the voice of Tam", "as the singing voice of Mina": the part is the one voiced, never "voice"
_VOICE_OF = re.compile(rf"^(?:the\s+|an?\s+)?{alternation(load('casting')['voice_nouns'])}\s+of\s+(?=\S)")


def character(raw: str) -> str:
    """Reduce the text after "as" / "plays" to a character name, or '' when it is a description.

    "Ann's brother Bob" → "Bob"; "the Villain" → "Villain"; "Captain John Roe, the
    team's commander" → "Captain John Roe"; "the champion" → ''; "the voice of Tam" → "Tam"."""
    text = raw.strip()
    voice_of = _VOICE_OF.match(text)
    if voice_of:
        text = text[voice_of.end():]
    glued = _GLUED_WORD.search(text)
    if glued:
        text = text[: glued.start() + 1]
    m = _CHAR_CUT.search(text)
    if m:
        text = text[: m.start()]
    text = text.strip().rstrip(",;:")
    kind = _NAME_THE_KIND.fullmatch(text) if " the " in text else None
    if kind:
        text = kind.group("name")
    if text.endswith(".") and not re.search(r"(?:\b[A-Z]|\b(?:Jr|Sr|Dr|Mr|Mrs|Ms|St|Mt|Ft|Bros|Co|Inc|Ltd|Adv|Bro|Fr|Lt|Col|Gen|Capt|Prof|Rev|Sgt|Insp|"
                                             r"Supt|Hon|Sri|Smt|Shri|Dept))\.$", text):
        text = text[:-1]  # the sentence's full stop; "Jr." and an initial keep theirs
    ws = _words(text)
    if not ws:
        return ""
    tie = _TIED.match(text)
    if tie:
        return tie.group("name")  # "Jane's father": a role the article gives by its tie to Jane
    named = _NAMED_AT_END.match(text) if ("named " in text or "called " in text) else None
    if named:
        return named.group("name")  # "a retired boxer named Kip": the name the description gives
    age = _AGE_PREFIXED.match(text)
    if age and len(_words(age.group("name"))) <= 3:
        return age.group("name")  # "a young Jane": another character than Jane, as the article writes it
    # Drop a description in front: everything up to the last lowercase word.
    last_lower = -1
    for i, w in enumerate(ws):
        bare = w.strip("\"“”'‘’")
        if bare and bare[0].islower() and bare.lower() not in _CHAR_INNER_LOWER:
            last_lower = i
    if last_lower >= 0:
        # "the robotic bounty hunter Kip-4" keeps its name: three words of description after an article
        long_desc = last_lower >= 4 or (last_lower == 3 and ws[0].lower() not in {"the", "a", "an", "his", "her", "their"})
        if long_desc or any(w.lower() in _PREPOSITIONS or w.lower() in {"alongside", "and", "that"}
                            for w in ws[: last_lower + 1]):
            return ""  # a long description ending in a name: too loose to trust
            return ""  # "Son in Law", "boy from Town": not a name
        ws = ws[last_lower + 1 :]
    while ws and ws[0].lower() in {"the", "a", "an"}:
        ws = ws[1:]
    while ws and ws[-1] in _CHAR_INNER_LOWER:  # "Tam of": a particle ends no name ("Tam Das" keeps its surname)
        ws = ws[:-1]
    if not ws or len(ws) > 6:
        return ""
    if ws[0].endswith("'s") or ws[0].endswith("’s"):
        return ""
    first = ws[0].lstrip("\"“'‘")
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return ""
    out = " ".join(ws)
    if out.lower() in _CHAR_REJECT or _AWARD_WORDS.search(out):
        return ""
    if len(ws) == 1 and len(out) <= 4 and out.endswith("."):
        return ""  # "Adv." - a title cut off by the sentence splitter
    if out.count('"') % 2 or out.count("“") != out.count("”"):
        return ""
    return out


_BILLED_CUT = re.compile(r"\s*(?:,|;|:|\(|\)|\[|\s[-–—]\s|–|—|\bwho\b|\bwhose\b|\bwhich\b|\bwhile\b)")


def billed_role(raw: str) -> str:
    """The role a cast-list line bills, kept as written when it is a description.

    In prose, "as the champion" is a description to drop; in a cast list ("Ora Pell as Night
    porter", "Bede Marrow as herself") the line is the credit, and the description is the role
    the film gives. Cut at the first clause break (a comma, a bracket, "who"); refuse what is too long
    or starts like a clause rather than a role."""
    m = _BILLED_CUT.search(raw)
    text = (raw[: m.start()] if m else raw).strip()
    if re.fullmatch(r"\w{1,4}\.", text):
        return ""  # "Adv.": a title the sentence splitter cut from its name
    text = text.rstrip(",;:.")
    ws = _words(text)
    if not ws or len(ws) > 6 or ws[0].lower() in _PREPOSITIONS or ws[0].lower() in _CHAR_REJECT:
        return ""
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return ""
    return text


# --------------------------------------------------------------------------------------
# Collected state for one article
# --------------------------------------------------------------------------------------


# "Master Tam Osk", "Baby Lune": a child player's billing word, not part of the name (casting.toml)
_CHILD_HONORIFIC = re.compile(rf"^(?:{alternation(load('casting')['child_honorifics'])})\s+(?=[A-Z])")


def _without_child_honorific(name: str) -> str:
    """"Master Tam Osk" → "Tam Osk"; but "Baby Lune" and "Master Ivo" stay whole: a child billed by one
    name is known by the billing word with it (the blind gold of every dev set writes "Master Pappu", "Baby
    Lune"), and a common given name alone would be no one in particular."""
    rest = _CHILD_HONORIFIC.sub("", name)
    if rest != name and len(_words(rest)) == 1:
        return name
    return rest


_BRACKETED = re.compile(r"\([^()]*\)")


# A given name and a quoted nickname before a name a frame read from its last words: 'Rubén "El Coya"
# Mamaní appears as himself' bills Rubén "El Coya" Mamaní, not Mamaní.
_NICKNAME_BEFORE = re.compile(r"(?:^|(?<=[\s(,;]))(?P<given>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+[\"“][A-Z][^\"”]{0,24}[\"”]\s+$")


# 'the wrestler Tam Osk "Kip", later a villain': a quoted nickname closing a full name, then the clause ends
_NICKNAME_AFTER = re.compile(r"\s+[\"“][A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?[\"”](?=\s*[,;.)]|\s*$)")


def _with_nickname(text: str, actor: str) -> str:
    """*actor* with the given name and quoted nickname written just before it, when they are; or with the quoted
    nickname that closes it ('Tam Osk "Kip",'), for a full name of two or more words."""
    at = text.find(actor)
    m = _NICKNAME_BEFORE.search(text, max(0, at - 60), at) if at > 0 else None
    given = _trim_leading_stops(m.group("given")) if m else ""  # "Singer Jo "Tam" Osk": the trade is no name
    if not given or not is_person(given, 1):
        after = _NICKNAME_AFTER.match(text, at + len(actor)) if at >= 0 and " " in actor and '"' not in actor \
            and "“" not in actor else None
        return actor + after.group(0) if after else actor
    return text[m.end("given") - len(given): at + len(actor)]


_LOWER_START = re.compile(r"\b[a-z][\w'’-]*")


class _LowerWritten(AskedWords):
    """The words of a text that ``_LOWER_START`` reads (a lower-case letter at a word's start, and what follows
    it), asked of a few one-word names an article: each question answered when asked, where reading every
    word of the article up front cost more than all the questions. A word of ``_LOWER_START.findall`` is the
    end of a run of word characters, apostrophes and hyphens from the run's first lower-case letter at a word
    boundary, so an occurrence of the word counts when that letter is where it starts and the run ends with it."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def _find(self, word: str) -> bool:
        text, n = self._text, len(word)
        at = text.find(word) if n else -1
        while at >= 0:
            run = at
            while run > 0 and (text[run - 1].isalnum() or text[run - 1] in "_'’-"):  # what [\w'’-] matches
                run -= 1
            m = _LOWER_START.search(text, run)
            if m is not None and m.start() == at and m.end() == at + n:
                return True
            at = text.find(word, at + 1)
        return False


@dataclass
class _Pair:
    actor: str
    character: str
    sentence: int
    voice: bool
    strong: bool  # billed in the lead or a cast list: survives casting-history removal
    short: bool = False  # a one-word name in brackets, kept only if the article vouches for it


_OWNER_BEFORE_NAME = re.compile(r"[A-Z][\w-]*['’]s\s+(?=[A-Z])")
# "Mia and Lune Osk" after the given name "Mia": "and", a given name, then the surname they share
_AND_SURNAME = re.compile(r"\s+and\s+[A-Z][a-z]+\s+(?P<sur>[A-Z][\w'’-]+)(?![\w'’-]|\s+[A-Z])")


def _and_surname_after(text: str, given: str) -> tuple[int, str] | None:
    r"""(where ``given`` starts, the surname) for the first ``given`` standing as a word's start and followed by
    ``_AND_SURNAME``: ``re.search(rf"(?<![\w'’-]){re.escape(given)}" + _AND_SURNAME.pattern, text)`` read with
    ``str.find`` and the one pattern, not a pattern compiled for every given name."""
    at = text.find(given)
    while at >= 0:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'’-"):
            m = _AND_SURNAME.match(text, at + len(given))
            if m:
                return at, m.group("sur")
        at = text.find(given, at + 1)
    return None


_SIBLINGS_BEFORE = re.compile(rf"\b{alternation(_PEOPLE_WORDS['sibling_group_nouns'], flags='i')}\b[^.;]{{0,30}}$")


@dataclass
class _State:
    article: Article
    pairs: list[_Pair] = field(default_factory=list)
    crew: list[CrewFact] = field(default_factory=list)
    events: list[CastingEventFact] = field(default_factory=list)
    parens: list[_Pair] = field(default_factory=list)
    people: People = field(default_factory=lambda: People(()))
    #: A given name stated alone whose full name the sentence implies ("Bill and Mary Osk": Bill → Bill Osk).
    aliases: dict[str, str] = field(default_factory=dict)
    #: Players shown as themselves by another person's word ("A appears as himself, as do B"): B's own self part.
    own_selves: dict[str, str] = field(default_factory=dict)

    def add_pair(self, s: Sentence, actor: str, char: str, voice: bool, strong: bool) -> None:
        # "Senator A", "Rappers B": a real person's office or calling is no part of the player's name
        actor = _without_office(_without_child_honorific(clean_name(actor)))
        owner = _OWNER_BEFORE_NAME.match(actor)
        if owner and is_person(actor[owner.end():]):
            actor = actor[owner.end():]  # "Broadway's Ora Pell", "Vorland's Tam Osk": a place's or a company's own
        for quote, closing in (('"', '"'), ("“", "”")):  # '"Tich" Osk': a quoted given name opening the name
            if actor.count(quote) + (actor.count(closing) if closing != quote else 0) == 1 and quote + actor in s.text:
                actor = quote + actor  # keeps its opening quote
        if char and char not in s.text:
            char = ""
        if self.is_title(actor) or (s.idx == 0 and self.is_title(char) and f"{char} (" in s.text):
            return  # the film's own name or its translation in the opening sentence ("Ora (Morning) is a …");
            # a biopic's "starring A as Title Name" keeps its role
        if " " not in actor and f"{actor} and " in s.text and actor not in self.aliases and not self.people.full(actor):
            # "the sisters Mia and Lune Osk": a given name alone before "and" and a full name shares its surname
            # (siblings, twins or a couple said so just before: "Tam Osk, Zarko and Lune Varga" is
            # three players, one of them billed by a single name)
            shared = _and_surname_after(s.text, actor)
            if shared and is_person(f"{actor} {shared[1]}") and _SIBLINGS_BEFORE.search(
                    s.text, max(0, shared[0] - 40), shared[0]):
                self.aliases[actor] = f"{actor} {shared[1]}"
        if actor and actor in s.text and not _other_work_player(self, s.text, actor) \
                and not _other_version_player(self, s.text, actor):
            if ('"' in s.text or '“' in s.text) and len(_words(actor)) <= 2:
                actor = _with_nickname(s.text, actor)
            self.pairs.append(_Pair(actor, char, s.idx, voice, strong))

    def add_cast_choice(self, s: Sentence, actor: str, char: str, voice: bool) -> None:
        """A casting that is the final cast ("Ora Pell was cast as Tam"): the pair and the event (neither
        for another version's casting: "For the sequel, Ora Pell was cast as Tam")."""
        if _other_version_player(self, s.text, actor):
            return
        self.add_pair(s, actor, char, voice, False)
        self.add_event(s, actor, "cast", char)

    def is_title(self, text: str) -> bool:
        return bool(text) and text.casefold() == self.article.title.casefold()

    @cached_property
    def lead_text(self) -> str:
        """The lead's sentences, read once: an all-capitals role counts only for an actor it bills."""
        return " ".join(s.text for s in self.article.sentences if s.section == 0)

    @cached_property
    def plot_unbracketed(self) -> str:
        """The plot's sentences with their brackets taken out: a one-word name the story uses there is a
        character of the story, not a player (players stand only inside its brackets)."""
        sents = self.article.sentences_under("plot")
        return "\n".join(_BRACKETED.sub("", s.text) for s in sents)

    @cached_property
    def full_text(self) -> str:
        """Every sentence, joined once (one scan for a rare cue; how often a spelling of a name is written)."""
        return "\n".join(s.text for s in self.article.sentences)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts in ``full_text``."""
        out, pos = [], 0
        for s in self.article.sentences:
            out.append(pos)
            pos += len(s.text) + 1
        return out

    @cached_property
    def lower_words(self) -> _LowerWritten:
        """Every word the article writes in lower case somewhere: those are not stage names."""
        return _LowerWritten(self.full_text)

    def stage_name(self, word: str) -> bool:
        """A one-word name a verb vouches for ("A stars as B"): capitalised, a name word, and never
        written in lower case in the article ("Critics", "Everyone" are)."""
        return len(_words(word)) == 1 and is_person(word, 1) and word.lower() not in self.lower_words

    def add_crew(self, s: Sentence, role: str, name: str) -> None:
        name = clean_name(name)
        if name and name in s.text:
            self.crew.append(CrewFact(sentence=s.idx, role=role, name=name))

    def add_event(self, s: Sentence, person: str, event: str, char: str = "", other: str = "") -> None:
        person, other = clean_name(person), clean_name(other)
        if person and person in s.text and (not other or other in s.text):
            self.events.append(CastingEventFact(sentence=s.idx, person=person, event=event,
                                                character=char, other=other))


# --------------------------------------------------------------------------------------
# Crew
# --------------------------------------------------------------------------------------

_BY_PREFIX = r"(?:the\s+)?(?:[A-Z][\w-]+['’]s\s+(?:[a-z][\w-]*\s+){1,3})?"
_DISTRIB_CUED = [  # the frames that open on a cue word ("distributed by A", "through A")
    r"\b(?:distributed|released)\s+(?:[^.;,]{0,40}?\s)?by\s+(?P<name>" + NAME_RX + r")",
    r"\bthrough\s+(?P<name2>" + NAME_RX + r")\s*(?:\.|$|,)",
]
_DISTRIB_NAMED = [  # the frames that open on the name, the engine's try at every capital letter
    r"(?P<name3>" + NAME_RX + r")\s+(?:initially\s+|later\s+)?(?:acquired|acquiring|bought|"
    r"purchased|picked\s+up|handled|handling|would\s+handle)\s+(?:the\s+)?(?:[\w\s-]{0,30}?)"
    r"distribution\s+rights",
    r"(?P<name4>" + NAME_RX + r")\s+(?:would\s+)?(?:handle[sd]?|handling)\s+the\s+film's\s+distribution",
    r"(?P<name5>" + NAME_RX + r")\s+(?:initially\s+)?(?:provided|gave\s+the\s+film)\s+"
    r"(?:a|its)\s+(?:limited\s+|wide\s+|theatrical\s+)?release",
]
_DISTRIB = re.compile("|".join([*_DISTRIB_CUED, *_DISTRIB_NAMED]))
#: ``_DISTRIB`` for a text holding none of the words its name-led frames need ("distribution", or "provided"
#: or "gave"): those frames become groups that never match, so the groups keep their numbers and names and the
#: cue-led frames match as in the whole alternation, without a try of the three names at every capital.
_DISTRIB_NAMED_CUES = ("distribution", "provided", "gave")
_DISTRIB_CUED_ONLY = re.compile("|".join([*_DISTRIB_CUED, *(f"(?P<{g}>(?!))" for b in _DISTRIB_NAMED
                                                             for g in re.compile(b).groupindex)]))
_DISTRIB_CUED_LIKE = re.compile("|".join(_DISTRIB_CUED))  # its words, for its prefilter
_BASED_ON = re.compile(
    r"\b[Bb]ased\s+on\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:novel|book|play|short\s+story|"
    # "…, by A" is the author; "…, directed by A" is not
    r"comic|memoir|novella|manga|article)s?\s+(?:of\s+the\s+same\s+name\s+)?(?:[^.;,]{0,40}?(?:\s|,\s+))?by\s+"
    r"|\b[Bb]ased\s+on\s+(?P<poss>" + NAME_RX + r")['’]s?\s+(?:[\w-]+\s+){0,3}?(?:novel|book|play|"
    r"short\s+story|story|comic|memoir|novella|manga)\b"
    # "based on the 1941 Ora Pell novel": the author named before the work
    r"|\b[Bb]ased\s+on\s+(?:the|an?)\s+(?:(?:1[5-9]|20)\d\d\s+)?(?P<pre>" + NAME_RX + r")\s+(?:novel|book|play|"
    r"short\s+story|memoir|novella|manga)s?\b"
)

def _credit_names(text: str, pos: int) -> list[str]:
    m = re.compile(_BY_PREFIX).match(text, pos)
    if m:
        pos = m.end()
    names, _ = _names_list(text, pos)
    names = [n for n in names if not re.search(r"['’]s?$", n)]
    return [_trim_leading_stops(n) for n in names if _trim_leading_stops(n)]


def _distributors(st: _State, s: Sentence) -> None:
    text = s.text
    for m in (_DISTRIB if any(w in text for w in _DISTRIB_NAMED_CUES) else _DISTRIB_CUED_ONLY).finditer(text):
        name = next((g for g in m.groups() if g), "")
        name = _trim_leading_stops(clean_name(name))
        if name and (is_company(name) or (len(_words(name)) == 1 and m.group("name"))) and not is_person(name):
            if len(_words(name)) == 1 and (name.lower() in _NON_PERSON or name.lower() in _STOP_CAPS):
                continue
            st.add_crew(s, "distributor", name)


# A list of names ending the text ("A, B and C"): compiled once, not built, hashed and looked up in re's cache
# (three copies of the name pattern) at every call.
_SUBJECT_LIST = re.compile(rf"((?:{NAME_RX})(?:\s*,\s*(?:and\s+)?(?:{NAME_RX})|\s+and\s+(?:{NAME_RX}))*)$")


def _subject_names(text: str, end: int) -> list[str]:
    """Names in the list that ends right before ``end`` ("A and B served as ...")."""
    head = text[:end].rstrip()
    # Walk back over "A, B and C".
    m = _SUBJECT_LIST.search(head)
    if not m:
        return []
    names = [_trim_leading_stops(clean_name(x)) for x in _LIST_SEP.split(m.group(1))]
    return [n for n in names if n]


# --------------------------------------------------------------------------------------
# Cast
# --------------------------------------------------------------------------------------

_STARS = re.compile(
    r"\bstarring(?:\s*,\s*(?:co-)?[a-z]+(?:ed|en))*\s*,?\s+and\s+(?:co-)?[a-z]+(?:ed|en)\s+by\s+|"  # "starring, written and directed by A"
    r"\b(?:(?:it|film)\s+(?:also\s+)?)?(?:starring|stars|features|featuring|appearances\s+by)\s+(?:several|many|a\s+number\s+of|numerous|other)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}(?:actors|actresses|performers|stars|players)\s*,?\s+(?:including|such\s+as)\s+|"
    r"\bco-?stars\s+(?:also\s+)?(?:include|included|includes|are|were)\s+|"
    r"\b(?:also\s+)?star(?:s|red)?\s+in\s+the\s+(?:film|movie)\s+(?:along\s+with|alongside|with)\s+|"
    r"\b(?:voices|voice\s+talents?|vocal\s+talents?)\s+of\s+|\b(?:the\s+)?(?:rest\s+of\s+the\s+|supporting\s+|ensemble\s+|main\s+)?cast\s+"
    r"(?:also\s+)?(?:includes|included|including|consists\s+of|consisted\s+of|features|featured)\s+"
    r"|\bensemble\s+cast\s+(?:of|including|that\s+includes)\s+"
    r"|\b(?:a|an|the|its)\s+(?:supporting|main|large|star-studded|ensemble|principal|international|all-star|stellar|"
    r"multi-starrer|young|veteran)\s+cast\s+(?:of|including|that\s+includes)\s+"

    r"|\bcast\s*,\s+(?:including|includes)\s+"
    r"|\b(?:roles|parts)\s+(?:were|are)\s+(?:co-)?played\s+by\s+"
    r"|\bthe\s+(?:title\s+|lead\s+|leading\s+|main\s+|central\s+)?role\s+(?:was|is)\s+(?:played|portrayed|essayed)\s+by\s+"
    r"|\b(?:film|cast)\s+(?:is|was)\s+(?:led|headed|headlined|fronted)\s+by\s+|\b(?:it|movie)\s+(?:is|was)\s+(?:headlined|fronted)\s+by\s+|\b(?:its|the\s+film's)\s+stars\s+(?:include|included|includes|are|were)\s+"
    r"|\b(?:it|film)\s+stars\s+and\s+(?:was\s+)?(?:also\s+)?(?:directed|written|produced|co-written)(?:\s+and\s+[a-z-]+)?\s+by\s+"
    r"|\b(?:roles|parts)\s+(?:were\s+|are\s+|being\s+)?(?:filled|taken|taken\s+up|essayed)\s+by\s+"
    r"|\b(?:supporting|character|minor|smaller|other)\s+(?:roles|parts)\s+(?:went|were\s+given|were\s+handed)\s+to\s+"
    r"|\b(?:actors|actresses|cast\s+members|players|performers)\s+(?:also\s+)?(?:include|included|includes)\s+"
    r"|\b(?:other\s+|additional\s+)?voice\s+(?:talent|cast)\s*,?\s+(?:including|includes|included)\s+"
    r"|\b(?:feature|features|featured|include|includes|included|with)\s+(?:\w+\s+)?appearances\s+by\s+"
    # "with a cameo appearance by A", "with the special participation of B" (a Filipino billing's words)
    r"|\b(?:with|features|featuring|includes|including)\s+an?\s+(?:cameo|special|guest|brief)\s+appearance\s+(?:by|from)\s+"
    r"|\bwith\s+the\s+(?:special\s+)?participation\s+of\s+"
    r"|\bplay(?:s|ed|ing)?\s+(?:a|the)\s+(?:supporting|lead|leading|main|pivotal|key|cameo|guest|minor|small)\s+"
    r"roles?\s+(?:alongside|opposite|with)\s+"
    r"|\b(?:play(?:s|ed|ing)?\s+the\s+(?:lead|title\s+role)|headline(?:s|d)?\s+the\s+(?:film|movie))\s*,?\s+(?:alongside|opposite)\s+"
    r"|\b(?:it|film)\s+(?:also\s+)?stars\s+"
    r"|\b(?:feature|features|featured|include|includes|included|with)\s+(?:\w+\s+)?appearances\s+by\s+"
    r"|\b(?:leading|lead|main|principal)\s+(?:actors|actresses|players|cast)\s+(?:are|were|include|included)\s+"
    r"|\b(?:also\s+)?appearing\s+(?:in\s+the\s+(?:film|movie)\s+)?(?:were|are)\s+"
    r"|\bcast\s+(?:consisting|composed)\s+of\s+|\bcast\s*,?\s+(?:led|headed|headlined|fronted)\s+by\s+"
    # "Also reprising their roles are A, B", "A number of people appear as themselves, including A, B",
    # "it features interviews with A, B", "the returning cast are joined by A, B"
    r"|\b(?:also\s+)?(?:reprising\s+their\s+roles|returning|co-starring|featured|appearing|seen)\s+(?:in\s+the\s+(?:film|movie)\s+)?(?:are|were)\s+"
    # "features supporting performances from A, B", "features early roles by A"
    r"|\b(?:features|featuring|featured|includes|including|included|with)\s+(?:[a-z]+\s+){0,2}(?:performances|roles|turns)\s+(?:from|by)\s+"
    # "Numerous actors, including A, B and C, appear in the film"
    r"|\b(?:numerous|several|many|various|other|prominent|notable|famous)\s+(?:[a-z]+\s+)?(?:actors|actresses|performers|players)\s*"
    r"(?:,|[—–])\s*including\s+(?=[^.;]*\b(?:appear|appears|appeared|are\s+in\s+the\s+film|were\s+in\s+the\s+film|co-star\w*)\b)"
    r"|\bappear(?:s|ed)?\s+as\s+(?:[\w-]+\s+){0,4}?themselves\s*,?\s+(?:including|such\s+as)\s+"
    r"|\b(?:features|featuring|featured|includes|including|included|with)\s+(?:\w+\s+)?(?:interviews|conversations)\s+with\s+"
    r"|\b(?:film|documentary|segments?|it|movie|special|programme|program)\s+(?:is|was|are|were)\s+(?:also\s+)?(?:hosted|presented)\s+by\s+"
    r"|\b(?:are|were)\s+(?:also\s+)?joined\s+(?:in\s+the\s+(?:film|cast)\s+)?by\s+"
    # "Also in the cast are A, B", "Prominent among the supporting players were A", "The star of the film is A",
    # "features a cast that also includes A"
    r"|\b(?:also\s+)?in\s+the\s+(?:supporting\s+)?cast\s+(?:are|were)\s+"
    r"|\bamong\s+the\s+(?:film's\s+)?(?:supporting\s+)?(?:players|cast|actors|performers)\s+(?:are|were)\s+"
    r"|\b(?:the\s+)?stars?\s+of\s+(?:the|this)\s+(?:film|movie|picture)\s+(?:is|was|are|were)\s+"
    r"|\bcast\s+that\s+(?:also\s+)?(?:includes|included)\s+"

    r"|(?-i:(?<!writing\s)(?<!producing\s)(?<!directing\s)(?<!filmmaking\s)(?<!production\s)(?<!songwriting\s)"
    r"\b(?:team|duo|act)\s+of\s+(?=[A-Z]))|\bfilm\s+pairing\s+|\bsupporting\s+roles?\s+(?:(?:played|portrayed|essayed|filled|taken)\s+)?by\s+"
    r"|\b(?:couple|pair|duo|brothers|sisters|friends)\s*,?\s+played\s+(?:respectively\s+)?by\s+"
    r"|\b(?:acted|acts|appeared|appears|performed)\s+(?:along\s+with|alongside|opposite)\s+"
    r"|(?-i:\b(?:a|an)\s+(?:[a-z][\w-]*\s+|[A-Z][a-z]+(?:an|ish|ese|ch|i)\s+){0,6}?[a-z]+\s*,?\s+(?:played|portrayed|essayed)\s+by\s+(?=[A-Z]))"
    r"|(?-i:(?:^|,\s+)with\s+(?=[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+as\s+(?:the\s+)?[A-Z]))"
    r"|(?-i:\b(?:is|was)\s+an?\s+(?:[\w'’-]+\s+){0,8}?(?:film|movie|comedy|drama|thriller|western|musical|picture)\s+with\s+"
    r"(?=[A-Z][\w'’.-]+\s+[A-Z]))"
    # the plain billing verb last: a longer cue at the same word ("features cameo appearances by") wins
    r"|\b(?:co-?)?(?:stars|starring|starred|star|co-starring|features|featuring|"
    r"feature)\s+(?:the\s+voices?\s+(?:talents?\s+)?of\s+|the\s+vocal\s+talents\s+of\s+|(?:\w+\s+)?(?:interviews|conversations)\s+with\s+)?",
    re.I,
)
_ITEM_PREFIX = re.compile(r"^(?:with\s+(?:the\s+)?support\s+(?:from|of)|supported\s+by|alongside|along\s+with|with|as\s+well\s+as|also|and|plus|"
                          r"child\s+artist|newcomer|newcomers|actors?|actress(?:es)?|(?:and\s+)?introducing|(?:and\s+)?introduces)\s+", re.I)
_AS = re.compile(r"\s+as\s+")
_VOICE_WORD = re.compile(r"\bvoices?\b|\bvoiced\b", re.I)


def _split_items(segment: str) -> list[str]:
    """Split a cast list at commas and 'and', keeping quoted nicknames and parentheses whole."""
    items: list[str] = []
    depth = 0
    buf = ""
    i = 0
    while i < len(segment):
        ch = segment[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if depth == 0:
            m = _LIST_SEP.match(segment, i)
            if m and m.end() > i and (segment[i] == "," or segment[i] == "&" or segment[i].isspace()):
                if segment[i] == "," or re.match(r"\s+and\s+|\s*&\s*", segment[i:]):
                    items.append(buf)
                    buf = ""
                    i = m.end()
                    continue
        buf += ch
        i += 1
    items.append(buf)
    return [x.strip() for x in items if x.strip()]


_ITEM_NAME = re.compile(rf"^(?P<name>{NAME_RX})(?P<rest>.*)$")
_CASTING = load("casting")
_LIST_VOUCHED = frozenset(load("names")["list_vouched"])
_LIST_NOTE = alternation(_CASTING["list_notes"], flags="i")  # "(voice)", "(Cameo Role)", "(Special appearance)"
_VOICE_PAREN = re.compile(rf"^\s*\({_LIST_NOTE}\)\s*$")
_LIST_HEADINGS = {w.lower() for w in _CASTING["list_headings"]}


_LIST_DESCRIPTOR = re.compile(
    rf"^(?:(?:his|her|their|the|a|an)\s+)?(?:(?:[A-Z][\w-]*(?:['’]s)?\s+){{1,3}}|(?:[A-Z][\w-]*(?:['’]s)?\s+)?"
    rf"(?:(?!(?:as|and|or)\s)[a-z][\w-]*\s+){{0,3}}?)"
    rf"(?:[a-z]+-)?(?:{alternation(load('names')['list_descriptors'])})\s+(?=[A-Z])")  # "singer-actor A"
# "23-year-old A", "the fifteen-year-old B": an age before the player.
_TWO_AS_TWO = re.compile(rf"(?P<a>{NAME_RX})\s+and\s+(?P<b>{NAME_RX})\s+as\s+(?P<x>{NAME_RX})\s+and\s+(?P<y>{NAME_RX})\s*(?:[,.;]|$)")
_AGE_BEFORE = re.compile(r"^(?:(?:a|the)\s+)?(?:\d{1,2}|[a-z]+)-year[- ]old\s+(?=[A-Z])")
# "A in her film debut", "B in his first role": a note after the player, not part of the item.
_DEBUT_NOTE = re.compile(r"\s+in\s+(?:(?:one\s+of\s+)?(?:his|her|their)\s+(?:[\w-]+\s+){0,3}(?:debut|roles?|appearances?|performances?|films?|features?|pictures?|talkies?|movies?)"
                         r"|an?\s+(?:[a-z-]+\s+)?(?:role|part)\s+(?:whose|that|which|kept|not)\b)\b.*$")  # "B in a role whose identity is kept secret"


def _parse_item(item: str) -> tuple[str, str | None, bool] | None:
    """One list item → (actor, raw role or None, voice-marked); None when it is not a cast item."""
    item = _ITEM_PREFIX.sub("", item.strip()).strip().rstrip(".")
    item = _LIST_DESCRIPTOR.sub("", item)  # "his son A", "newcomer B", "YouTube personality C"
    item = _DEBUT_NOTE.sub("", _AGE_BEFORE.sub("", item))
    # "A (in her film debut) as B": a note between the actor and the role.
    item = re.sub(rf"^([^()]+?)\s*\((?!{_LIST_NOTE}\))[^()]*\)(?=\s+as\s|\s*$)", r"\1", item)
    m = _NICKNAMED.match(item) or _ITEM_NAME.match(item)
    if not m:
        return None
    name = _trim_leading_stops(clean_name(m.group("name")))
    rest = m.group("rest")
    if not name:
        return None
    if not rest.strip():
        return name, None, False
    if _VOICE_PAREN.match(rest):
        return name, None, _VOICE_WORD.search(rest) is not None
    am = re.match(r"^\s+as\s+(.+)$", rest)
    if am:
        return name, am.group(1), False
    am = re.match(r"^\s+in\s+(?:the\s+|an?\s+)?(?:title|lead|leading|dual|double|triple)\s+roles?$", rest)
    if am or _ITEM_TAIL.match(rest):
        return name, None, False
    return None


# 'Jo "Red" Doe', 'Tam "el Rojo" Osk': a billed name with its nickname in quotes, kept whole
_NICKNAMED = re.compile(r"^(?P<name>[A-Z][\w.'’-]*\s+[\"“](?:[A-Z]|[a-z]{1,3}\s+[A-Z])[^\"”]{0,20}[\"”]\s+[A-Z][\w'’-]*(?:\s+(?:Jr\.?|Sr\.?|[A-Z][\w'’-]*))?)"
                        r"(?P<rest>.*)$")
# "starring A and B in CinemaScope.": the list's last name, then how the film was made (one capitalised word that
# ends the clause; "in Jo Doe's role" or "in Other Tale Lane" is no such note)
_ITEM_TAIL = re.compile(r"^\s+in\s+[A-Z][\w-]*\s*$")


_NOUN_STARS_BEFORE = set(_PEOPLE_WORDS["noun_stars_before"])


# "A and B star, …", "A and B starred.", "A appears in the film": the players as the subject of the
# billing verb, in the lead only (elsewhere such a sentence is as often about another film).
# The verbs (casting.toml subject_verbs) also take the list after "while", "with" or "and": "with A and B
# starring", "while C and D join the cast", "and E and F star".
_SUBJECT_STARS = re.compile(
    rf"(?:^|(?<=[.;:]\s)|(?<=\bwhile\s)|(?<=\bwith\s)|(?<=\band\s))(?:(?:His|Her|Their)\s+(?:[a-z][\w-]*\s+){{1,2}})?"
    rf"(?P<names>{NAME_RX}(?:\s*,\s*{NAME_RX})*(?:,?\s+and\s+{NAME_RX})?)\s+(?:also\s+|all\s+)?"
    rf"(?:{alternation(_CASTING['subject_verbs'])})\b(?=(?P<after>[^.;]{{0,40}}))")


# "written by A and B, who also plays the title character": the credited person is in the cast too.
_WHO_ALSO_STARS = re.compile(rf"(?P<name>{NAME_RX}),?\s+who\s+(?:also\s+(?:stars|starred|plays|played|co-stars|co-starred|appears|appeared)\b|"
                             rf"(?:stars|plays|co-stars)\s+(?:in\s+the\s+(?:title|lead|leading|main|central)\s+role|as\s+))")


# "a fisherman torn between two women, played by top-billed A and B", "a mother played by A": in the
# lead, the players of a described part (a short description of the players may come first).
_DESC_PLAYED_BY = re.compile(
    rf"(?P<pre>[\w'’\"”]+)(?P<gap>,?\s+(?:who\s+(?:is|was)\s+)?)(?:played|portrayed|essayed|voiced)\s+by\s+"
    rf"(?:(?:[a-z][\w-]*|[A-Z][\w'’-]*['’]s(?:\s+[a-z][\w-]*)?)\s+){{0,2}}?"
    rf"(?P<names>{NAME_RX}(?:\s*,\s*{NAME_RX})*(?:,?\s+and\s+{NAME_RX})?)(?!['’]s\b)")
_EARLIER_PLAYER = re.compile(r"\b(?:previously|originally|formerly|first|earlier|once|later)\b[^,;]{0,30}$"
                             r"|\b(?:score|music|song|songs|theme|soundtrack|tune|piano|instrument|organ|guitar|violin)\b[^,;]{0,40}$")
# "played by A in the original …", "… in the initial film", "in two episodes": another run or film of the part
_OTHER_RUN = re.compile(rf"\s+in\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:\d|(?:{alternation(_CASTING['earlier_film_words'])}|"
                        r"two|three|several|episodes?|series|play|stage)\b)", re.I)


def _cast_from_played_by(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """In the lead: players named after "played by" behind a described part, with the part's name when
    a name stands right before it ("Wendy played by A"); never the earlier player of a part."""
    text = s.text
    for m in _DESC_PLAYED_BY.finditer(text):
        if _EARLIER_PLAYER.search(text[: m.start("gap")]) or _OTHER_RUN.match(text, m.end()) \
                or _ABSENT.search(text[: m.start()]) \
                or _OTHER_PRODUCTION.search(text[: m.start()]):
            continue
        names = [n for n in _names_list(m.group("names"))[0] if is_person(n)]
        before = _name_before(text, m.start("gap")) if m.group("pre")[:1].isupper() and "," not in m.group("gap") else ""
        ch = character(before) if before and len(names) == 1 and not is_person(before) or (before and before not in
                                                                                              {p.actor for p in st.pairs}) else ""
        for n in names:
            if n != ch:
                st.add_pair(s, n, ch if len(names) == 1 else "", voice_ctx or "voiced" in m.group(0), False)


def _cast_from_subjects(st: _State, s: Sentence, voice_ctx: bool) -> None:
    for m in _WHO_ALSO_STARS.finditer(s.text):
        name = _trim_leading_stops(clean_name(m.group("name")))
        if is_person(name):
            st.add_pair(s, name, "", voice_ctx, True)
    for m in _SUBJECT_STARS.finditer(s.text):
        after = m.group("after")
        if re.match(r"\s+(?:in|as)\s+(?!(?:the|this|its)\s+(?:film|movie|picture)\b)(?:[A-Z\"“](?![\w'’-]*['’]s\s+[a-z])|an?\s)", after):
            continue  # "A starred in Another Title", "A appeared as a guest": not this film's billing (but "A and
            # B co-star as Tessa's bridesmaids" gives them parts the story ties to its own character)
        verb = s.text[m.end("names"): m.start("after")]
        if re.search(r"starring$", verb) and not re.match(r"\s*(?:[,.;)]|$)", after):
            continue  # "a play by A starring B": a participle before its object is no postposed billing
        before = s.text[: m.start()]
        if re.search(r"\band\s$", before) and not re.search(r"\b(?:the|this)\s+(?:film|movie|picture)\b|^It\b", before):
            continue  # "C directed the film and A and B star"; after any other clause the work may be another
        if re.search(r"\bwith\s$", before) and not re.search(r"(?:starring|voicing|star|appear\w*)$", verb):
            continue  # "with A and B" reads as players only before a billing participle
        names = _names_list(m.group("names"))[0]
        if all(is_person(n) for n in names):
            for n in names:
                st.add_pair(s, n, "", voice_ctx, True)


def _vouched_list_name(item: str) -> bool:
    """A name-shaped item of a list of players ("Ora May", "Lune Day") that the name rules alone
    doubt for one word: no company word, place or function word in it, no month first."""
    if not _LIST_NAME.fullmatch(item) or is_company(item) or item.lower() in PLACES:
        return False
    ws = _words(item)
    doubtful = [w.lower() for w in ws if w.lower() in _NON_PERSON]
    return not any(w.lower() in _STOP_CAPS for w in ws) and ws[0].lower() not in MONTHS \
        and all(w in MONTHS or w in _LIST_VOUCHED for w in doubtful)


def _stars_is_noun(text: str, start: int, title: str = "") -> bool:
    """"Bollywood stars A and B" names famous people, not this film's cast; "Other Tale stars A" and
    "…, set in Ruritania, stars A" (the verb after the title or after an aside's comma) bill them."""
    m = re.search(r"(\S+)\s*$", text[:start])
    if not m:
        return False
    prev = m.group(1)
    if re.match(r"(?i)(?:also\s+)?(?:co-?)?stars?\b", text[start:].lstrip()) is None:
        return False
    if prev.lower() in _NOUN_STARS_BEFORE and not re.search(r"(?i)\b(?:the|this)\s+(?:film|movie)\s*$", text[:start]):
        return True
    if prev.endswith((",", ")")):
        return False  # "The film, a satire set in Ruritania, stars A": the aside ends, the verb follows
    if title and text[:start].strip().casefold() in {title.casefold(), re.sub(r"\s*\(.*$", "", title).casefold()}:
        return False  # the title is the subject
    # A capitalised word in mid-sentence before "stars" is an adjective ("Hollywood stars").
    return prev[0].isupper() and m.start() > 0 and prev not in {"It", "It also"}


# Outside the lead and the cast section only an unmistakable shape starts a cast list.
_FILM_STARS = re.compile(
    r"\b(?:the|this)\s+(?:film|movie)\s+(?:also\s+)?(?:stars|starred|co-stars|features|featured)\s+"
    r"|\b(?:actors|actresses|cast\s+members|players|performers)\s+(?:also\s+)?(?:include|included|includes)\s+"
    r"|\b(?:other\s+|additional\s+)?voice\s+(?:talent|cast)\s*,?\s+(?:including|includes|included)\s+"
    r"|\b(?:feature|features|featured|include|includes|included|with)\s+(?:\w+\s+)?appearances\s+by\s+"
    r"|\b(?:the\s+)?(?:film's\s+|movie's\s+)?(?:supporting\s+|ensemble\s+|main\s+)?cast\s+(?:also\s+)?"
    r"(?:includes|included|consists\s+of|consisted\s+of)\s+",
    re.I,
)


# A cast list of another production of the story: "adapted into a Broadway version starring A".
_OTHER_PRODUCTION = re.compile(
    r"\b(?:Broadway|stage|theatre|theater|radio|television|TV|musical|West\s+End|remake|remade)\b[^.;]{0,60}?"
    r"\b(?:version|production|adaptation|remake|revival|series|play|musical|special)\b[^.;]{0,80}$"
    # "a remake of a 1940 film starring A": a film dated by its own year, just before the cue
    # ("following the 1982 film starring A and the 1999 television film starring B": the same after a word that
    # joins it to another work, never after "is"/"was", which date this film)
    r"|\b(?:of|on|from|following|after|before|than|and|to|like|unlike)\s+(?:a|an|the)\s+(?:1[89]|20)\d\d\s+(?:[\w-]+\s+){0,2}"
    r"(?:film|movie|picture|version)\s+(?:also\s+)?$"
    # "It was remade in 1975 as Dark Water, starring A": the film remade is this one, the players the remake's
    r"|\b(?:was|were|been|being)\s+(?:\w+\s+)?remade\b(?!\s+from)[^.;]{0,80}$",
    re.I,
)


# "Based on a stage play of the same name, the film starred A", "It is based on the play by B and
# stars A": the film itself is the subject of the billing verb, whatever production came before.
_OWN_BILLING = re.compile(r"(?:\b(?:the|this)\s+(?:film|movie|picture)\s+(?:also\s+)?$|^(?:It|The\s+(?:film|movie))\s+(?:is|was)\s+"
                          r"(?:loosely\s+)?(?:based|adapted)\s+on\b[^,;]*\s(?:and|,)\s*$)", re.I)


_STILL_PLAYS = re.compile(r"\s+(?:also\s+)?(?:play|played|plays|portray|portrayed|portrays|appear|appeared|appears|star|starred)\b")


def _semicolon_list(st: _State, s: Sentence, seg: str, voice: bool, strong: bool) -> bool:
    """"include A as B, a young woman; C as D, father of E (…); F; G; and H also played small roles": a list
    whose items hold commas of their own, so semicolons part them. Each item is a player, with "as" and a
    role before its first comma. False (nothing read) unless its first two items are players."""
    body = re.split(r"(?<![A-Z])\.(?:\s|$)", seg, maxsplit=1)[0]
    chunks = [c for c in re.split(r"\s*;\s*(?:and\s+)?", body) if c.strip()]
    firsts = [_parse_item(re.split(r",\s", c, maxsplit=1)[0]) for c in chunks[:2]]
    if len(chunks) < 3 or any(p is None or not is_person(p[0]) for p in firsts):
        return False
    for chunk in chunks:
        head = re.split(r",\s|\s+\(", chunk, maxsplit=1)[0]
        parsed = _parse_item(head)
        if parsed is None:
            lead_name = _ITEM_NAME.match(head)
            if lead_name and _STILL_PLAYS.match(lead_name.group("rest")):
                parsed = (_trim_leading_stops(clean_name(lead_name.group("name"))), None, False)
            else:
                break
        actor, role, vmark = parsed
        if not is_person(actor):
            break
        st.add_pair(s, actor, character(role) if role else "", voice or vmark, strong)
    return True


def _bare_player_next(items: list[str], at: int) -> bool:
    """Whether the two items after *at* are more players with no role: "A as the villain, B, C and D" goes
    on as a list of players, while in "A as the champion, Char Name, and B as his rival" (or "…, and B")
    the name after the description is the champion's."""
    if at + 2 >= len(items):
        return False
    after = [_parse_item(raw) for raw in items[at + 1: at + 3]]
    return all(p is not None and p[1] is None and is_person(p[0]) for p in after)


def _shares_next_part(seg: str, items: list[str], at: int) -> bool:
    """Is the bare item at *at* joined by a plain "and" to a next item with a plural part ("B and C as the
    honeymooners"): two players of one described part, the bare one no appositive of the part before."""
    if at + 1 >= len(items):
        return False
    nxt = _parse_item(items[at + 1])
    if nxt is None or not nxt[1]:
        return False
    here = seg.find(items[at])
    between = seg[here + len(items[at]): seg.find(items[at + 1], here + len(items[at]))] if here >= 0 else ""
    return between.strip() == "and" and bool(re.match(r"\s*(?:the\s+|two\s+|three\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\b", nxt[1]))


# A plural noun whose singular is the word less its "s" ("honeymooners", "twins", "guards"; not "actress",
# "actresses", "witches", "babies", "heroes", "thieves", "fishermen": their singular is not the plural less an "s")
_REGULAR_PLURAL = re.compile(r"(?<=[a-z][a-z])(?<![sui])(?<!ie)(?<!che)(?<!she)(?<!xe)(?<!se)(?<!ze)(?<!oe)(?<![eilr]ve)(?<!ave)s$")


def _one_of(part: str) -> str:
    """The part one of two players has when both are credited with a plural description ("B and C as the
    honeymooners": each a "honeymooner", the words written in the sentence); '' when the last word is no
    regular plural."""
    cut = _REGULAR_PLURAL.search(part)
    return part[: cut.start()] if cut and part[:1].islower() else ""


def _after_comma(seg: str, item: str) -> bool:
    """Does *item* follow a bare comma in *seg* ("as the champion, Tam Osk"), not "and" or ", and"?"""
    at = seg.find(item)
    before = seg[:at].rstrip() if at > 0 else ""
    return before.endswith(",")


def _cast_from_lists(st: _State, s: Sentence, voice_ctx: bool, strong: bool, rx: re.Pattern = _STARS) -> None:
    """"stars A as B, C as D, and E", "starring A and B", "the cast included A as B"."""
    text = s.text
    for m in rx.finditer(text):
        if _stars_is_noun(text, m.start(), st.article.title):
            continue
        if m.start() > 0 and m.group(0)[:1].isupper() and not re.search(r"[.:;\"“(]\s*$", text[: m.start()]):
            continue  # "Star Example Release", "Star Example: The Series": a capitalised cue inside a name
        own = "" if re.search(r",\s+and\s+$", text[: m.start()]) else text[: m.start()].rsplit(";", 1)[-1]
        if _OTHER_PRODUCTION.search(own) and st.article.title not in text[: m.start()] and not _OWN_BILLING.search(own):
            # ("It is an adaptation of the Broadway musical, and stars A": the film's own cast after ", and")
            continue
        seg = _LIST_GOES_ON_WITH.sub(_with_as_comma, text[m.end():])
        if seg.count(";") >= 2 and _semicolon_list(st, s, seg, voice_ctx, strong):
            continue
        group = _GROUP_THEN_LIST.match(seg)
        if group:  # "stars an ensemble cast and five members of a troupe: A, B" (blanked, so offsets hold)
            seg = " " * group.end() + seg[group.end():]
        head = _HEAD_CALLING.match(seg) if seg[:1].islower() and not group else None
        if head and _is_crew_noun(_words(head.group(0))[-1]):
            head = None  # "a drama feature by feature director A": a crew job before the name is a credit, not a billing
        if head:  # "starring rodeo champion A and B": the calling before the first player (blanked too)
            seg = " " * head.end() + seg[head.end():]
        cut = re.search(r"\s[-–—]\s|;|:|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])\.\s|\bin\s+(?:the|a|an|supporting|lead|leading|key|pivotal|"
                        r"major|minor|prominent|title|main|central|important|principal|cameo|guest|special|"
                        r"negative|titular|dual|double|triple|other|various|small|smaller|brief|crucial|significant|"
                        r"notable|integral|recurring)\b|\bwho\b|" + _LIST_ENDS_AT, seg)
        more = None
        who = None
        cut_at_who = bool(cut and re.match(r"\s*who\b", seg[cut.start():]))
        if cut:
            # "A and B in the lead roles with C and D in cameo roles": a second list after the first's roles
            more = _MORE_ROLES.match(seg, cut.start())
            # "..., C and D, who reprises his role as Name": the last player's role
            who = _WHO_PLAYS.match(seg, cut.start())
            # "A as an android in the park, with B and C as guests": players after the first's role
            tail = re.split(r"[;:]|\.(?:\s|$)", seg[cut.start():], maxsplit=1)[0]
            with_as = _WITH_AS_AFTER.search(tail) if re.match(r"\s*in\s", seg[cut.start():]) else None
            if with_as and not _is_crew_noun(with_as.group("role")):  # "with B as producer" is crew
                plural = re.match(r"[a-z]+s\b", with_as.group("role"))
                for name in _split_items(with_as.group("names")):
                    if is_person(name):
                        st.add_pair(s, name, "" if plural else character(with_as.group("role")), voice_ctx, strong)
            seg = re.sub(r"(?:,|\s+and)\s*$", "", seg[: cut.start()])  # "starring A and [directed by B]"
        voice = voice_ctx or bool(re.search(r"voice", m.group(0), re.I))
        bare = _LIST_DESCRIPTOR.sub("", seg.lstrip() if head else seg)  # (a calling read off: the pair may open the list)
        two = _TWO_AS_TWO.match(bare)
        if two:  # "A and B as Tam and Ora Doe": the roles pair up in order; the list goes on after
            for actor, raw_role in ((two.group("a"), two.group("x")), (two.group("b"), two.group("y"))):
                if is_person(actor):
                    st.add_pair(s, actor, character(raw_role), voice, strong)
            seg = bare[two.end("y"):]
        prev_desc: tuple[str, str] | None = None
        listed, aside = 0, False
        last: tuple[str, str | None] = ("", None)
        shared = ""  # the singular of a plural part the bare player before shares ("B and C as the honeymooners")
        items = _split_items(seg)
        for at, raw in enumerate(items):
            if listed and _ASIDE_ITEM.match(raw):
                aside = True  # "A, a former Miss Ruritania and model, and B": a description of A
                continue
            if aside and re.search(r"\b[a-z][\w'’-]*$", raw) and not _BILLED_ITEM.match(raw):
                continue  # the description goes on ("… and model")
            aside = False
            parsed = _parse_item(raw)
            if parsed is None:
                # "A as the champion, Char Name": the appositive names the role.
                if prev_desc is not None:
                    ch = character(raw)
                    if _PLACE_AT_END.search(prev_desc[1]) or ch.lower() in PLACES:
                        break  # "A as three friends posing as guests in Monte Carlo, Ruritania": a place goes on
                    if ch and ch == raw.strip().rstrip("."):
                        st.add_pair(s, prev_desc[0], ch, voice, strong)
                    elif raw[:1].islower() and not _ITEM_PREFIX.match(raw):
                        if _BILLING_VERB_ITEM.match(raw):
                            break  # "The cast, led by A as the leader, features B": a new clause, not A's role
                        continue  # "A as a tired, lonely clerk, and B as ...": the description goes on
                elif _NAME_SHAPED.fullmatch(raw.strip().rstrip(".")):
                    continue  # 'Jo "J.D." Doe': a name the item rules cannot read, but the list goes on
                elif listed and _ANIMAL_ITEM.match(raw):
                    continue  # "A and his horse Trigger, along with B": the list goes on
                break
            actor, role, vmark = parsed
            if prev_desc is not None and role is None and not _JOINS_LIST.match(raw) and _PLACE_AT_END.search(prev_desc[1]) \
                    and (actor.lower() in PLACES or len(_words(actor)) == 1 and at + 1 < len(items) and _JOINS_LIST.match(items[at + 1])):
                prev_desc = None  # "A as a mother in Tondo, Manila, with B and C": the place goes on, no player
                continue
            if prev_desc is not None and role is None and not _JOINS_LIST.match(raw) and _bare_player_next(items, at):
                prev_desc = None  # "A as the title character, B, C and D": more bare players follow, so a list
            if prev_desc is not None and role is None and not _JOINS_LIST.match(raw) and not _after_comma(seg, raw):
                prev_desc = None  # "A as the heroine and B": 'and' adds a player, only a comma names the part
            if role is None and _shares_next_part(seg, items, at):
                prev_desc = None  # "A as the colonel, B and C as the honeymooners": B is C's partner, not the colonel's name
                nxt_role = (_parse_item(items[at + 1]) or ("", ""))[1] or ""
                shared = "" if strong or _is_crew_noun(nxt_role) else _one_of(_described(nxt_role.strip()))
                if shared and (is_person(actor) or is_person(actor, 1)):
                    st.add_pair(s, actor, shared, voice, strong)  # B is one of the two, as C is
                    listed += 1
                    continue
            elif shared and role is not None:
                role_desc = _described(role.strip())
                shared = "" if _one_of(role_desc) != shared else shared
                if shared and is_person(actor):
                    st.add_pair(s, actor, shared, voice or vmark, strong)  # C: the other of the two
                    listed += 1
                    last, shared = (actor, role), ""
                    continue
            shared = ""
            if prev_desc is not None and role is None and not _JOINS_LIST.match(raw):
                ch = character(actor)
                if ch and not (_PLACE_AT_END.search(prev_desc[1]) or ch.lower() in PLACES):
                    st.add_pair(s, prev_desc[0], ch, voice, strong)
                break
            if not is_person(actor) and not (len(_words(actor)) == 1 and is_person(actor, 1)):
                if _vouched_list_name(actor):
                    st.add_pair(s, actor, character(role) if role else "", voice or vmark, strong)
                    listed += 1
                    continue
                if _NAME_SHAPED.fullmatch(raw.strip().rstrip(".")):
                    continue  # "America Doe", 'Jo "J.D." Doe': a doubtful name, but the list goes on
                break  # a one-word item is a stage name here: the list's verb vouches for it
            prev_desc = None
            ch = character(role) if role else ""
            if role and not ch and (role.strip()[:1].islower() or _POSSESSIVE_DESC.match(role.strip())):
                prev_desc = (actor, role)  # "A as the champion, Name" / "A as Jane's rival, Name"
                nxt = _parse_item(items[at + 1]) if at + 1 < len(items) else None
                if nxt is not None and nxt[1] is None and (not _after_comma(seg, items[at + 1])
                                                          or _shares_next_part(seg, items, at + 1)):
                    nxt = None  # "as the heroine and B": B is the next player, not the part's name (nor in "…, B and C as the twins")
                if not strong and (nxt is None or nxt[1] is not None):
                    # "A as a wary lender, B as a shop owner" in prose: no name follows, so the described
                    # part is the credit a cast list would give (a lead's is left for the plot to name)
                    ch = _described(role.strip())
                elif nxt is None or nxt[1] is not None:
                    # the lead's "with A as the villain", "B as her father": the part a story names a person by,
                    # kept weak so that a name the plot or cast list gives wins
                    desc = _described_part(role, text[: max(0, text.find(raw))])
                    if desc:
                        st.add_pair(s, actor, desc, voice or vmark, False)
            st.add_pair(s, actor, ch, voice or vmark, strong)
            listed += 1
            last = (actor, role)
        if cut_at_who and listed:
            # "A as the hero, a clerk who moonlights as a thief, and B as his friend": the list goes on after the clause
            after_who = _MORE_AS.search(text, m.end() + cut.start())
            if after_who and not re.search(r"[;:]|\.\s", text[m.end() + cut.start(): after_who.start()]):
                after = re.split(r"[;:]|\.\s", text[after_who.end():], maxsplit=1)[0]
                prev: tuple[str, str] | None = None
                for raw in _split_items(after):
                    parsed = _parse_item(raw)
                    if parsed is not None and parsed[1] is None and prev and is_person(parsed[0]):
                        if not _after_comma(after, raw):
                            st.add_pair(s, parsed[0], "", voice, strong)  # "…, with B as the heroine and C": C too
                        elif prev[1][:1].islower() and character(parsed[0]):
                            st.add_pair(s, prev[0], character(parsed[0]), voice, strong)  # "B as her assistant, Wen Osk"
                        prev = None
                        continue
                    if parsed is None or parsed[1] is None or not is_person(parsed[0]) or _is_crew_noun(parsed[1]):
                        break
                    prev = (parsed[0], parsed[1].strip())
                    st.add_pair(s, parsed[0], character(parsed[1]) or ("" if strong else _described(parsed[1].strip())),
                                voice, strong)
        if who is not None and listed and last[1] is None and character(who.group("char")):
            st.add_pair(s, last[0], character(who.group("char")), voice, strong)
        if more is not None:
            rest = text[m.end() + more.end():]
            end = re.search(r"\s+(?:in|portraying|playing|essaying|as)\s+(?:\w+\s+){0,2}roles?\b|[;:]|(?<!\b[A-Z])\.(?:\s|$)", rest)
            for raw in _split_items(rest[: end.start()] if end else rest):
                parsed = _parse_item(raw)
                if parsed is None and raw[:1].islower() and not _ITEM_PREFIX.match(raw):
                    continue  # "A as general and politician Tam Osk, B as …": the role's description goes on
                if parsed is None or (parsed[1] and _is_crew_noun(parsed[1])) or not (is_person(parsed[0]) or (len(_words(parsed[0])) == 1 and is_person(parsed[0], 1))):
                    break
                st.add_pair(s, parsed[0], character(parsed[1]) if parsed[1] else "", voice or parsed[2], strong)


def _is_crew_noun(role: str) -> bool:
    """"producer", "music director": a role after "as" that is a job on the film, not a part in it."""
    ws = re.sub(r"^(?:the|an?|its|their)\s+", "", role.strip().lower()).split()
    return bool(ws) and (" ".join(ws[:2]) in _CREW_NOUN or ws[0] in _CREW_NOUN)


_WITH_AS_AFTER = re.compile(rf",\s+with\s+(?P<names>(?:{NAME_RX})(?:\s*,\s*(?:{NAME_RX}))*(?:\s*,?\s+and\s+(?:{NAME_RX}))?)"
                            rf"\s+as\s+(?:the\s+|an?\s+)?(?P<role>[^,;]+)")
_WHO_PLAYS = re.compile(rf"who\s+(?:also\s+)?(?:reprises|reprised|plays|played|portrays|portrayed)\s+(?:(?:his|her|their)\s+"
                        rf"(?:[a-z]+\s+)?role\s+(?:as|of)|the\s+(?:[a-z]+\s+)?role\s+of)\s+(?:the\s+)?(?P<char>{NAME_RX})")
_POSSESSIVE_DESC = re.compile(r"[A-Z][\w-]*['’]s\s+[a-z]")
# "starring A and B with C, D and E": the players after "with" are the list's too (the "with" is
# replaced by a comma of the same length, so offsets hold).
_LIST_GOES_ON_WITH = re.compile(r"(?P<prev>[\w'’.-]+)\s+(?:with\s+(?:the\s+)?support\s+(?:from|of)|supported\s+by|with|alongside|opposite|along\s+with|together\s+with)(?=\s+[A-Z][\w'’.-]+\s+[A-Z])")


def _with_as_comma(m: re.Match[str]) -> str:
    """" with", " alongside" after a player's name become a comma of the same length; "roles with" stays."""
    prev = m.group("prev")
    return m.group(0) if not prev[:1].isupper() else prev + "," + " " * (len(m.group(0)) - len(prev) - 1)
# Where prose takes over from a list of players: "starring A and B directed by C", "A and B about a
# group of …", "A and B and is their second film together".
_LIST_ENDS_AT = (r"(?<=[a-z.])\s+(?:directed|produced|written|co-written|created|released|distributed|about|set|based|reprising|"
                 r"which|that|whose|where|filmed|shot|while|whereas)\b|\s+and\s+(?:is|was|are|were|has|had|marks?|marked|became)\b"
                 r"|\s+with\s+(?=(?:supporting|special|guest|cameo|additional|minor|small|smaller|brief)\s)")
# A name-shaped item a list of players vouches for although one of its words is usually no name's
# ("Ora May", "Lune Day"): two to four capitalised words, no company, place or function word.
_JOINS_LIST = re.compile(r"(?:alongside|along\s+with|together\s+with|with|as\s+well\s+as|opposite)\s", re.I)
_NAME_SHAPED = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[\"“][^\"”]{1,20}[\"”]|['‘][^'’\s]{1,12}['’]|[a-z]{1,3}|[A-Z][\w'’.-]*)){0,4}")
# "and B as his love interest" after an aside about A: the next player, not the aside going on.
_BILLED_ITEM = re.compile(rf"^(?:and\s+)?{NAME_RX}\s+as\s+")
_LIST_NAME = re.compile(r"[A-Z][\w'’.-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]+){1,3}")
# A group described before a colon that opens the list: "an ensemble cast and five members of a troupe: A, B".
_GROUP_THEN_LIST = re.compile(r"(?=[a-z])[^:;.()\"“]{0,120}?\s*:\s*(?=[A-Z])")
# "starring rodeo champion A", "starred stage and matinee idol B and C", "starring comedian and actor D", "real-life
# husband and wife E and F": the players' calling, in lower-case words (one "and" may join two), before the list's first
# name. Its last word is a calling (casting.toml performer_callings, names.toml list_descriptors) and no word of it is a
# preposition, so "featuring music by A" or "a score from composer B" is no calling. Blanked like a group's words.
_HEAD_CALLING = re.compile(
    rf"(?:(?:the|a|an)\s+)?(?:(?!(?:{alternation(_PEOPLE_WORDS['prepositions'])}|and|or|as|who|whose)\s)[a-z][\w'’-]*\s+(?:and\s+)?){{0,4}}"
    rf"(?:[a-z]+-)?(?:{alternation(sorted({*_CASTING['performer_callings'], *load('names')['list_descriptors']}))})\s+(?=[A-Z])")
# A description ending in a place ("… guests in Lune City"): a capitalised item after it is the place's country.
_PLACE_AT_END = re.compile(r"\b(?:in|at|from|near|to|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*$")
_BILLING_VERB_ITEM = re.compile(r"(?:also\s+)?(?:features|featured|stars|starred|co-stars|includes|included|starring|featuring|"
                                r"(?:played|portrayed|voiced|essayed)\s+by)\s")
_ASIDE_ITEM = re.compile(r"^(?:a|an)\s+[a-z]")
_ANIMAL_ITEM = re.compile(r"^(?:his|her|their)\s+(?:horse|dog|pet|horses|dogs|band|orchestra|wonder\s+horse|wonder\s+dog)\s+[A-Z][\w'’-]*$")
_BILLED_AS = re.compile(rf"^(?:{NAME_RX})\s+as\s+[^(),;]+$")
_MORE_ROLES = re.compile(r"in\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,2}(?:roles?|lead|leads|appearances?|cameos?)\s*,?\s+(?:with|and|alongside|while|besides|along\s+with|"
                         r"together\s+with|as\s+well\s+as)\s+"
                         r"|in\s+(?:the\s+)?(?:\w+\s+){0,2}roles?\s*,\s+(?=[A-Z])")  # "A in the main role, B and C"


# "A played a guest role as B", "A does a cameo as B": a verb of taking a part, the part's noun, then "as".
_PART_VERBS = alternation(_CASTING["part_verbs"])
_NO_CREDIT = alternation(_PEOPLE_WORDS["credit_not_given"])  # "uncredited", "without credit" (casting.toml)
_PART_NOUNS = alternation(_CASTING["part_nouns"])
# The words a phrase of ``_VERB_PLAYS`` can open with (an adverb, or the first word of one of its shapes, a
# part verb of casting.toml among them), as one factored alternation of literals: checked after each space
# before the forty shapes are tried there one by one, which most words of a sentence open none of.
_VERB_PLAYS_OPENERS = sorted({
    "also", "briefly", "physically", "later", "himself", "herself", "again", "play", "portray", "essay", "perform", "enact",
    "repris", "return", "was", "were", "came", "comes", "voic", "appear", "star", "co-star", "featur", "cameo", "is",
    "had", "has", "being", "cast", "would", "will", "to", "are", "provide", "can", "depict", "made", "makes", "signed",
    "joined", "turn", *_CASTING["part_verbs"]})
_VERB_PLAYS = re.compile(
    # the longer shapes first: "plays the role of B", "played a guest role as B" (not "played" alone)
    rf"\s+(?={_literal_trie(tuple(_VERB_PLAYS_OPENERS)).pattern})"
    r"(?:also\s+|briefly\s+|physically\s+|later\s+|himself\s+|herself\s+|again\s+)?(?P<verb>(?:plays|played|playing|portrays|portrayed|portraying|essays|"
    r"essayed|essaying|performed|performs|enacts|enacted|reprises|reprised|reprising)\s+the\s+(?:[a-z]+\s+)?(?:role|part|character)\s+of|"
    # "A returns to play Tam", "B was brought back to play Tam", "C came back as Tam": a returning player's part
    r"(?:returns|returned)\s+to\s+play|(?:was|were)\s+brought\s+back\s+(?:to\s+play|as)|(?:came|comes)\s+back\s+as|"
    rf"(?:{_PART_VERBS})\s+(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_PART_NOUNS})(?:\s+appearance)?\s+as|"
    # "A was given his first starring role as Tam": a part given to the player
    rf"(?:was|is)\s+given\s+(?:an?|the|his|her|their)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_PART_NOUNS})\s+as|"
    # ("B plays, without credit, the corpse": a credit not given between commas)
    rf"(?:plays|played)(?=,)(?:,\s+(?:{_NO_CREDIT}),)|"
    r"plays|played|portrays|portrayed|voices|voiced|"
    r"(?:turns|turned)\s+up\s+as|"
    r"appears\s+(?:uncredited\s+|briefly\s+|on[\s-]?screen\s+)?as|appeared\s+(?:uncredited\s+|briefly\s+|on[\s-]?screen\s+)?as|reprises\s+(?:his|her|their)\s+(?:starring\s+|title\s+|lead\s+|leading\s+|iconic\s+)?role\s+as|reprised\s+(?:his|her|their)\s+"
    r"(?:starring\s+|title\s+|lead\s+|leading\s+|iconic\s+)?role\s+as|stars\s+as|starred\s+as|co-stars\s+as|features\s+as|featured\s+as|cameos\s+as|cameoed\s+as|cameo\s+as|"
    r"(?:(?:is|was|were|had\s+been|has\s+been|being)\s+)?cast\s+(?:as|in\s+the\s+(?:[a-z]+\s+)?(?:role|part)\s+of|to\s+play(?:\s+the\s+"
    r"(?:role|part)\s+of)?)|performs\s+as|performed\s+as|"
    r"(?:would\s+|will\s+|to\s+)?(?:return|returns|returned|returning)\s+as|reprising\s+(?:his|her|their|the)\s+roles?\s+(?:of|as)|(?:is|was|were|are)\s+(?:also\s+)?"
    r"(?:confirmed|set|announced)\s+to\s+(?:return|reprise\s+(?:his|her|their)\s+role)\s+as|to\s+play|playing|"
    r"provides\s+the\s+voice\s+of|provided\s+the\s+voice\s+of|(?:is|was|can\s+be)\s+seen\s+as|plays\s+the\s+role\s+of|"
    r"played\s+the\s+role\s+of|portrays\s+the\s+role\s+of|essays\s+the\s+role\s+of|essayed\s+the\s+role\s+of|"
    r"essays|essayed|enacts|enacted|depicts|depicted|portraying|essaying|voicing|depicting|appearing\s+(?:on[\s-]?screen\s+)?as|starring\s+as|"
    r"(?:made|makes)\s+(?:his|her|their)\s+(?:acting\s+|film\s+|screen\s+|feature\s+film\s+|big[- ]screen\s+)?debut\s+as|"
    r"performed\s+the\s+role\s+of|(?:was|is)\s+signed\s+(?:on\s+)?(?:to\s+play|as)|joined\s+the\s+cast\s+as|"
    r"(?:was|were)\s+(?:later\s+|also\s+)?added\s+to\s+the\s+cast\s+as|"
    r"(?:made|makes)\s+(?:his|her|their)\s+(?:acting\s+|film\s+|screen\s+|feature\s+film\s+)?debut\s+in\s+the\s+role\s+of)\s+"
)
# "Mina of the girl group", "Tam Osk of the comedy troupe": a member before the group that ends at the player's place
_OF_GROUP = rf"of\s+the\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{alternation([*_CASTING['troupe_nouns'], *_CASTING['member_group_nouns']])})\s+$"
_MEMBER_OF_GROUP = re.compile(rf"(?P<member>{NAME_RX})\s+{_OF_GROUP}")
_OF_GROUP_END = re.compile(rf"\b{_OF_GROUP}")
# "was given his first starring role as": "first" there is the role's place in a career, not a casting undone
_GIVEN_ROLE = re.compile(r"(?:was|is)\s+given\s")
_RETURNS_AS = re.compile(r"(?:returns|returned)\s+as")
_SEVERAL_ROLES = re.compile(
    rf"(?P<actor>{NAME_RX})\s+(?:also\s+)?(?:(?:plays|played|portrays|portrayed|essays|essayed|appears|appeared|stars|starred|"
    rf"features|featured|(?:is|was)\s+seen|(?:is|was)\s+cast)\s+)?(?:in\s+)?(?:a\s+|the\s+)?(?:dual|double|triple|twin)\s+roles?"
    rf"\s*,?\s*(?:as|of|:)\s+(?P<chars>{NAME_RX}(?:\s*,\s*{NAME_RX})*,?\s+and\s+(?:(?:his|her|their)\s+(?:[a-z]+\s+){{0,2}})?{NAME_RX})")
# "A voices both the River King and his twin Old Tam", "B plays both Tam and Lune": one player, two parts
_BOTH_ROLES = re.compile(
    rf"(?P<actor>{NAME_RX})\s+(?:also\s+)?(?:plays|played|portrays|portrayed|voices|voiced)\s+both\s+"
    rf"(?P<chars>(?:the\s+)?{NAME_RX},?\s+and\s+(?:the\s+)?(?:(?:his|her|their)\s+(?:[a-z]+\s+){{0,2}})?{NAME_RX})")
_COMMA_PLAYED_BY = re.compile(rf"(?P<char>{NAME_RX}),\s+(?:who\s+(?:is|was)\s+)?(?P<verb>played|portrayed|voiced)\s+by\s+"
                              rf"(?:the\s+)?(?:actor\s+|actress\s+)?(?P<actor>{NAME_RX})")
# "The story does not involve the character …, played by B": a part the film leaves out
_ABSENT = re.compile(rf"\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?(?:{alternation(_CASTING['absent_verbs'])})\b[^.;]*$", re.I)
_FEATURED_IN_ROLE = re.compile(rf"\b(?:It|The\s+film|The\s+movie)\s+(?:also\s+)?(?:featured|features)\s+(?P<actor>{NAME_RX})\s+in\s+"
                               r"(?:his|her|their)\s+(?:[\w-]+\s+){0,3}(?:role|appearance|performance)\b")
_OTHER_FILM = re.compile(rf"\b(?:{alternation(_CASTING['other_film_cues'])})\b", re.I)
# A relative clause after another work, dated or titled ("Quiet Shore (1954), which starred A", "the 1979
# film Dark Water, in which B played the lead", "a remake of a 1954 film that starred C"): its players are
# that work's cast. The clause runs to the player unless a new subject and verb start after a comma.
_YEAR = r"(?:1[89]|20)\d\d"
_YEAR_IN = re.compile(rf"\b{_YEAR}\b")
_WORK_NOUN = alternation(_CASTING["other_work_nouns"])
_OTHER_WORK_CLAUSE = re.compile(
    rf"(?:[A-Z\"“][^,;()]{{0,60}}?\s+\((?:[^()]{{0,30}}\b)?{_YEAR}(?:\s+[a-z]+)?\)"
    rf"|\b{_YEAR}\s+(?:[\w-]+\s+){{0,2}}?(?:{_WORK_NOUN})\s*,?\s+[A-Z\"“][^,;()]{{0,60}}?"
    rf"|\b(?:of|to|from|on|like|with)\s+(?:an?|the)\s+(?:{_YEAR}|original|earlier|previous|first)\s+(?:[\w-]+\s+){{0,2}}?(?:{_WORK_NOUN}))"
    rf"\s*,?\s+(?P<rel>in\s+which|which|that|where)\s+(?P<between>[^;:.()]*)$")
_CLAUSE_OVER = re.compile(r",\s+(?:and\s+)?(?:it|its|the|this|he|she|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
                          r"(?:plays|played|stars|starred|reprises|reprised|returns|returned|is|was))\b")


def _other_work_player(st: _State, text: str, actor: str) -> bool:
    """Whether *actor* stands in a relative clause about another work (see ``_OTHER_WORK_CLAUSE``): never
    the film's own title ("Other Tale (1998), which stars A" is this film's billing)."""
    if "which " not in text and "that " not in text and "where " not in text:
        return False
    at = text.find(actor)
    if at <= 0:
        return False
    before = text[max(0, at - 200): at]
    if "which " not in before and "that " not in before and "where " not in before:
        return False
    m = _OTHER_WORK_CLAUSE.search(before)
    if m is None or _CLAUSE_OVER.search(m.group("between")):
        return False
    return not (st.article.title and st.article.title in m.group(0))


# "in the original film", "in the 1939 version", "on Broadway": a phrase placing a player in another version.
_OTHER_VERSION = (rf"\b(?:[Ii]n|[Oo]n|[Ff]or)\s+(?:the|a|an|its|that)\s+(?:(?P<year>{_YEAR})\s+|"
                  rf"(?:{alternation(_CASTING['other_version_modifiers'])})\s+)(?:[\w'’-]+\s+){{0,2}}?(?:{_WORK_NOUN}|"
                  r"staging|broadcast|drama)\b|\b[Ii]n\s+the\s+original\b(?!\s+(?:cut|script|screenplay|draft|ending|story|"
                  r"novel|language|title))|\b[Oo]n\s+(?:Broadway|stage|the\s+stage|radio|the\s+radio)\b"
                  # "In the sequel, A played Tam", "For the planned remake, B was cast as Tam": another film's cast
                  r"|\b(?:[Ii]n|[Ff]or)\s+(?:the|a|its)\s+(?:(?:planned|proposed|upcoming|later|eventual|subsequent|second|"
                  r"third|\d{4})\s+)?(?:sequel|prequel|remake|follow-up|spin-off|reboot)s?\b")
_OTHER_VERSION_AFTER = re.compile(rf"[^,;()]*?(?:{_OTHER_VERSION})")  # matched at the player's end
_OTHER_VERSION_FRONT = re.compile(rf"(?:{_OTHER_VERSION})[^,;]{{0,40}},")  # matched at the sentence's start
_OWN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _other_version_player(st: _State, text: str, actor: str) -> bool:
    """Whether the clause that names *actor* places them in another version ("Cato Wren played Vic in the
    original film", "Tam was played by Lune Varga in the 1939 version", "In the stage production, Tam was
    played by B"): a phrase after the player with no comma between, or one opening the sentence. A year
    is another version's only when it is not the film's own, and "the original (Japanese) version" is the
    film's own beside its dub."""
    if not ("original" in text or "version" in text or "stage" in text or "radio" in text or "Broadway" in text
            or "West End" in text or "earlier" in text or "previous" in text or "prior" in text or _YEAR_IN.search(text)
            or "quel" in text or "remake" in text or "follow-up" in text or "spin-off" in text or "reboot" in text):
        return False
    at = text.find(actor)
    if at < 0:
        return False
    m = _OTHER_VERSION_AFTER.match(text, at + len(actor)) or _OTHER_VERSION_FRONT.match(text)
    if m is None or re.search(r"\boriginal\s+(?:[\w-]+\s+)?version\b", m.group(0)):
        return False  # "In the original Japanese version, Tam is voiced by A": the film's own, beside a dub
    if m.group("year"):
        own = _OWN_YEAR.search(st.article.sentences[0].text) if st.article.sentences else None
        return not (own and own.group(0) == m.group("year"))
    return True


_REPLACING_AS = re.compile(rf"(?P<new>{NAME_RX})\s+(?:replacing|replaces|replaced)\s+(?:{NAME_RX})\s+(?:as|in\s+the\s+(?:role|part)\s+of)\s+")
# "by the Ruritanian character actor Tam Osk", "by newcomer Lune Varga": the player's calling before the name
_CALLING = rf"(?:(?:the|an?)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(_CASTING['performer_callings'])})\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])"
_PLAYED_BY = re.compile(
    # ("Tam is played for most of the film by A": how much of the film comes between the verb and "by")
    r"(?P<char>" + NAME_RX + r")\s+(?:is|was)\s+(?:also\s+)?(?P<verb>played|portrayed|voiced|essayed)"
    r"(?:\s+(?:for|in|through|throughout)\s+(?:most|much|all|part|the\s+rest)\s+of\s+the\s+(?:film|picture|movie|story))?\s+by\s+"
    r"(?:" + _CALLING + r"|(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:" + alternation(_CASTING["list_descriptors"]) + r")\s+)?)(?P<actor>" + NAME_RX + r")"
)
_PORTRAYED_BY_LIST = re.compile(r"\b(?:were|are)\s+(?:\w+\s+)?(?:played|portrayed)\s+by\s+")
_NAME_LIST = rf"(?:{NAME_RX})(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{NAME_RX}))+"
# "X and Y, played respectively by A and B", "X and Y are played by A and B, respectively",
# "A and B play X and Y respectively": two lists paired in order.
_RESP_CHARS_FIRST = re.compile(
    rf"(?P<chars>{_NAME_LIST}),?\s+(?:(?:are|were|is|was)\s+)?(?P<verb>played|portrayed|voiced)\s+(?:respectively\s+)?by\s+"
    rf"(?:the\s+)?(?:actors\s+|actresses\s+)?(?P<actors>{_NAME_LIST})(?P<tail>,?\s+respectively)?")
_RESP_ACTORS_FIRST = re.compile(
    rf"(?P<actors>{_NAME_LIST})\s+(?:also\s+)?(?P<verb>play|played|portray|portrayed|voice|voiced|star\s+as|starred\s+as|"
    rf"reprise\s+their\s+roles\s+as|reprised\s+their\s+roles\s+as|return\s+as|returned\s+as|"
    rf"(?:were|are)\s+(?:(?:later|also|eventually|then)\s+)?cast\s+as|joined\s+the\s+(?:cast|film)\s+as)\s+"
    rf"(?:the\s+roles\s+of\s+|the\s+characters\s+)?(?P<chars>{_NAME_LIST}),?\s+respectively\b")
_ROLE_WORDS = (r"(?:lead|leading|supporting|main|pivotal|key|important|prominent|cameo|guest|title|negative|central|"
               r"major|minor|small|brief|special|significant|other|uncredited)")
# "A, B and C (also) played supporting roles", "A and B reprise their roles", "A appears in a cameo".
# "A (in his final role), B and C played supporting roles": a bracketed note after a listed name
_NOTE = r"(?:\s+\([a-z][^()]{1,40}\))?"
_NAMES_IN_ROLES = re.compile(
    rf"(?P<names>(?:{NAME_RX}){_NOTE}(?:\s*,\s*(?:and\s+)?(?:{NAME_RX}){_NOTE}|\s+and\s+(?:{NAME_RX}){_NOTE})*)\s+(?:also\s+|all\s+)?"
    rf"(?:play|played|plays|playing|essay|essayed|essays|essaying|portray|portrayed|portraying|appear|appeared|appears|"
    rf"appearing|feature|features|featured|star|starred|reprise|reprised|reprises|have|has|had|make|makes|made|making)\s+(?:in\s+)?(?:the|their|his|her|a|an)?\s*(?:{_ROLE_WORDS}\s+)?"
    rf"(?:[a-z]+\s+)?(?:roles?|parts?|appearances?|cameos?|leads?|scenes?|sequences?)\b"  # a part's noun, never "has other plans"
)
# "…, with C and D in supporting roles", "…, with E in a cameo appearance": players a lead's sentence names by
# the parts they have, no verb of their own
_WITH_IN_ROLES = re.compile(
    rf"\b(?:with|and|while)\s+(?P<names>(?:{NAME_RX}){_NOTE}(?:\s*,\s*(?:and\s+)?(?:{NAME_RX}){_NOTE}|\s+and\s+(?:{NAME_RX}){_NOTE})*)"
    rf"\s+in\s+(?:the|a|an)?\s*(?:{_ROLE_WORDS}\s+)?(?:[a-z]+\s+)?(?:roles?|parts?|appearances?|cameos?|leads?)\b")
# "A appears in the film recounting …", "A and B also appeared in the film": players named by no role.
_APPEARS_IN_FILM = re.compile(
    rf"(?P<names>(?:{NAME_RX})(?:\s*,\s*(?:and\s+)?(?:{NAME_RX})|\s+and\s+(?:{NAME_RX}))*)\s+(?:also\s+|briefly\s+)?"
    rf"(?:appears|appeared|is\s+seen|was\s+seen|can\s+be\s+seen)\s+in\s+the\s+(?:film|movie|picture)\b(?!\s+(?:version|adaptation)\b)"
)
# "the returning cast is joined by A, B and C"; "marks the film debut of actress A"; "A, B and C were
# confirmed as the voice cast".
_JOINED_BY = re.compile(r"\b(?:cast|film)\s+(?:is|was|are|were)\s+(?:also\s+)?joined\s+by\s+|"
                        r"\b(?:reprising|reprises|reprised)\s+(?:his|her|their)\s+(?:[a-z]+\s+)?roles?\b[^,;.]{0,40},\s+(?:and\s+)?joined\s+by\s+|"
                        r"\b(?:screen|film|acting|big[- ]screen|feature|movie)\s+debut\s+of\s+(?:actor\s+|actress\s+)?")
_CAST_LIST_CUE = re.compile(rf"\b(?:{alternation(_CASTING['cast_list_cues'])})\s+")
_LIST_DESCRIPTOR_WORDS = re.compile(rf"(?P<sep>^|,\s+(?:and\s+)?|\s+and\s+)(?:[a-z][\w-]*\s+){{0,2}}"
                                    rf"(?:{alternation(_CASTING['list_descriptors'])})\s+(?=[A-Z])")
_APPEARING = tuple(_CASTING["appearing_verbs"])
_OWN_CAST_OF = re.compile(r"\s+of\s+(?:this|the\s+(?:film|movie|picture)\b)")  # "the cast of this R-rated thriller"
_APPEARING_VERB = re.compile(rf"\s(?:{alternation(_CASTING['appearing_verbs'])})\b")
_CAST_LIST_WORDS = tuple(_CASTING["cast_list_cues"])
_CONFIRMED_AS_CAST = re.compile(r"\s+(?:were|are|was)\s+(?:all\s+)?(?:confirmed|announced|cast|revealed)\s+as\s+(?:the\s+)?"
                                r"(?:film's\s+)?(?:voice\s+|main\s+|supporting\s+)?(?:cast|talent|voice\s+talent|ensemble)\b")
_WISH = re.compile(rf"\b{alternation(load('casting')['wishes'])}\b", re.I)
_ORIGINALLY = re.compile(r"\b(?:originally|initially|first|was\s+to|were\s+to|had\s+been|"
                         r"would\s+have|had\s+planned|expected|considered|offered)\b", re.I)


# A casting its own sentence puts in doubt: "Initially A was signed, but had to cancel".
_UNDONE_CASTING = re.compile(_ORIGINALLY.pattern + r"|\b(?:cancel\w*|quit|exit\w*|withdr[ae]w\w*|left|leave|"
                             r"replac\w+|drop\w*|fired|rumou?r\w*|reportedly|would\s+play|will\s+play|if)\b", re.I)


_TROUPE = alternation(_CASTING["troupe_nouns"])
# "performed by the Ruritania comedy group of A, B and C", "members of the troupe A, B and C": the group's members
_TROUPE_MEMBERS = re.compile(
    rf"\b(?:(?:performed|played|acted|portrayed)\s+by|members\s+of|starring|stars|features|featuring)\s+(?:the\s+)?"
    rf"(?:[A-Z][\w'’-]*\s+){{0,3}}(?:[a-z]+\s+)?(?:{_TROUPE})\s*(?:of\b|,|:|–|—)?\s*(?:members\s+)?(?=[A-Z])")
# "A, B and C play younger versions of them": players as the plural subject of a part described in words
_PLURAL_PLAY = re.compile(
    rf"(?P<names>{NAME_RX}(?:\s*,\s*{NAME_RX})*,?\s+and\s+{NAME_RX})\s+(?:also\s+)?(?:play|portray)\s+"
    r"(?=(?:the|an?|their|younger|older|teenage|child|adult|various|several|minor|supporting)\s|[A-Z][\w-]*['’]s\s+[a-z])")
# "A and B cameo as talk show hosts", "A and B also appear as the honeymooners": two players of one plural
# part, each one of them (the part's singular the plural less its "s": _one_of)
_PLURAL_AS = re.compile(
    rf"(?P<names>{NAME_RX},?\s+and\s+{NAME_RX})\s+(?:also\s+|briefly\s+)?(?:cameo|appear|play|portray)\s+"
    r"(?:briefly\s+)?(?:as\s+)?(?P<d>(?:the\s+|two\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?s)(?=[.,;]|\s+(?:in|at|who|during)\b|$)")


# "The film has A, B and C in the lead", "A and B are in the lead roles", "It casts A and B in lead roles": a list
# of players placed in the film's parts with no verb of playing
_IN_THE_PARTS = re.compile(
    rf"(?P<names>{NAME_RX}(?:\s*,\s*{NAME_RX})*,?\s+and\s+{NAME_RX})\s+(?:(?:are|were)\s+)?in\s+(?:the\s+)?"
    rf"(?:{_ROLE_WORDS})(?:\s+(?:roles|parts))?(?=\s*[,.;]|$)")
# "a 1947 film by Cole Bray, with A, B and C.": a lead's closing list of players
_WITH_AT_END = re.compile(rf",\s+with\s+(?P<names>{NAME_RX}(?:\s*,\s*{NAME_RX})*,?\s+and\s+{NAME_RX})\.?$")


def _cast_from_groups(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """Players named as a group: a troupe's members billed as the cast, or a list that together plays
    parts told in words ("A, B and C play younger versions of the heroes")."""
    text = s.text
    if any(w in text for w in _CASTING["troupe_nouns"]):
        for m in _TROUPE_MEMBERS.finditer(text):
            names = _names_list(text, m.end())[0]
            if len(names) >= 2 and not _WISH.search(text[: m.start()]) and not _OTHER_FILM.search(text[: m.start()]):
                _add_listed(st, s, names, voice_ctx)
    if " in " in text:
        for m in _IN_THE_PARTS.finditer(text):
            if not re.search(r"(?:\b(?:of|the|with|who|if|would|by|as)|[A-Z][\w'’-]*)\s+$", text[: m.start()]) \
                    and not _WISH.search(text[: m.start()]):
                _add_listed(st, s, _LIST_SEP.split(m.group("names")), voice_ctx)
    if ", with " in text and st.article.sections[s.section].kind == "lead":
        m = _WITH_AT_END.search(text)
        names = _LIST_SEP.split(m.group("names")) if m else []
        if m and all(is_person(n) for n in names) and not re.search(r"\b(?:music|songs?|score|lyrics|cinematography|"
                                                                     r"screenplay|story|dialogues?)\b", text[: m.start()][-60:]):
            _add_listed(st, s, names, voice_ctx)
    if " and " in text and ("cameo as" in text or "appear as" in text or " play the " in text or " portray the " in text):
        for m in _PLURAL_AS.finditer(text):
            names = [_trim_leading_stops(clean_name(n)) for n in _LIST_SEP.split(m.group("names"))]
            part = _one_of(re.sub(r"^(?:the|two)\s+", "", m.group("d")))
            if part and len(names) == 2 and all(is_person(n) for n in names) and not _is_crew_noun(part) \
                    and part.split()[-1] not in _NOT_A_PART_NOUN \
                    and not re.search(r"(?:\b(?:of|with|who|if|would|by|as)|[A-Z][\w'’-]*)\s+$", text[: m.start()]):
                for n in names:
                    st.add_pair(s, n, part, voice_ctx, False)
    if " play" in text or " portray" in text:
        for m in _PLURAL_PLAY.finditer(text):
            names = _LIST_SEP.split(m.group("names"))
            glued = [i for i, n in enumerate(names) if _GLUED_WORD.search(n)]
            if glued:  # "A as TamAdditionally, B and C play ...": a lost line break; the list starts after it
                names = names[glued[-1] + 1:]
            elif re.search(r"(?:\b(?:of|the|with|who|if|would|and|by|as)|[A-Z][\w'’-]*)\s+$", text[: m.start()]):
                continue
            if len(names) >= 2:
                _add_listed(st, s, names, voice_ctx)


# "A gives the voice and puppetry for Tam, with fellow puppeteers, including B and C", "Tam was puppeteered by B
# and C": performers who physically give a puppet character its movement are its players
_PUPPET_FOR = re.compile(rf"\b(?:puppetry|puppeteering|puppet)\s+(?:for|of)\s+(?:the\s+)?(?P<char>{NAME_RX})")
_PUPPETEERS = re.compile(r"\bpuppeteers\s*,?\s*(?:including|such\s+as|were|:|–|—)?\s*(?=[A-Z])")
_PUPPETEERED_BY = re.compile(rf"(?P<char>{NAME_RX})\s+(?:is|was)\s+(?:also\s+)?puppeteered\s+by\s+")


def _cast_from_puppetry(st: _State, s: Sentence) -> None:
    """Puppeteers of a named character, as its players (never a puppeteer with no character named)."""
    text = s.text
    for m in _PUPPETEERED_BY.finditer(text):
        ch = character(_trim_leading_stops(clean_name(m.group("char"))))
        for n in _names_list(text, m.end())[0] if ch else ():
            if is_person(n):
                st.add_pair(s, n, ch, False, False)
    named = _PUPPET_FOR.search(text)
    ch = character(_trim_leading_stops(clean_name(named.group("char")))) if named else ""
    for m in _PUPPETEERS.finditer(text) if ch else ():
        for n in _names_list(text, m.end())[0]:
            if is_person(n):
                st.add_pair(s, n, ch, False, False)


_REVIEW_INTENSIFIERS = r"(?:(?:very|quite|particularly|especially|suitably|equally|also|wonderfully|perfectly|thoroughly|" \
                      r"superbly|convincingly|genuinely|truly|most|so|rather|appropriately|memorably)\s+)?"
# "A is crisp as a sly smuggler", "A, the gangster, is believable as Tam", "A gives a fine performance as the sheriff",
# "A's chilling turn as Tam", "A shines as the villain": a review naming a player by the part
_REVIEW_AS = re.compile(
    rf"(?P<actor>{NAME_RX})(?:,\s+(?:an?|the)\s+[^,;()]{{2,40}},)?(?:\s+(?:is|was)\s+{_REVIEW_INTENSIFIERS}(?P<adj>[a-z]{{3,}})|"
    rf"\s+(?:gives|gave|delivers|delivered|turns\s+in|turned\s+in)\s+(?:an?|the|his|her)\s+(?:[a-z-]+\s+){{0,3}}"
    rf"(?:performance|turn|portrayal)|['’]s\s+(?:[a-z-]+\s+){{0,3}}(?:performance|turn|portrayal)|"
    rf"\s+(?:also\s+)?(?:{alternation(_CASTING['review_part_verbs'])}))\s+as\s+")
_NOT_JUDGEMENT = frozenset(_CASTING["review_not_judgements"])
# "A, B, C and D are fine in other roles": a review's list of the rest of the cast
_REVIEW_OTHER_ROLES = re.compile(
    rf"(?P<names>{NAME_RX}(?:\s*,\s*{NAME_RX})*,?\s+and\s+{NAME_RX})\s+(?:are|were)\s+(?:[a-z]+\s+){{1,2}}in\s+"
    r"(?:their\s+|the\s+)?(?:other|supporting|minor|small|smaller|various|secondary|respective|bit)\s+(?:roles|parts)\b")
_ANOTHER_WORK = re.compile(r"^[^,;.]{0,40}?\bin\s+(?:the\s+|an?\s+)?(?:\d{4}\s+)?(?:[a-z]+\s+){0,2}(?:[A-Z\"“]|film\b|films\b|movie\b)")


def _cast_from_reviews(st: _State, s: Sentence) -> None:
    """Players a review names by their parts; never in a sentence about another work (a remake, a sequel,
    "as Tam in Other Tale"), after "who"/"if", or with a wish."""
    text = s.text
    if " as " not in text and " roles" not in text and " parts" not in text:
        return
    found = list(_REVIEW_AS.finditer(text)) if " as " in text else []
    listed = list(_REVIEW_OTHER_ROLES.finditer(text)) if (" roles" in text or " parts" in text) else []
    if not (found or listed) or _OTHER_FILM.search(text) or _WISH.search(text):
        return
    for m in found:
        adj = m.group("adj")
        if adj and (adj in _NOT_JUDGEMENT or adj.endswith(("ed", "en"))):
            continue
        if re.search(r"\b(?:who|if|would|had|of|by|with)\s*$", text[: m.start()]):
            continue
        rest = text[m.end():]
        if rest.startswith(("his ", "her ", "their ", "its ")):
            continue  # "sleek as his Lune": a figure of speech, not the part's name
        # "is crisp as a sly smuggler and B, C and D are ...": a description is read as one, never as an apposition
        ch = _described(rest) if _DESCRIBED_ROLE.match(rest) else character(rest)
        if ch and _DESCRIBED_ROLE.match(rest) and re.match(r"\s+[A-Z]", rest[rest.find(ch) + len(ch):]):
            ch = character(rest)  # "as the doomed Swede": the words before a name describe it, the name is the part
        end = text.find(ch, m.end()) + len(ch) if ch else -1
        if not ch or _ANOTHER_WORK.match(text, end) or ch in {"himself", "herself", "themselves"}:
            continue
        actor, _mention = resolve(st.people, _trim_leading_stops(clean_name(m.group("actor"))))
        if is_person(actor) and ch != actor and not is_company(ch):
            st.add_pair(s, actor if actor in text else m.group("actor"), ch, False, False)
    for m in listed:
        if not re.search(r"\b(?:of|the|with|who|if|by)\s+$|[A-Z][\w'’-]*\s+$", text[: m.start()]):
            _add_listed(st, s, _LIST_SEP.split(m.group("names")), False)


def _add_listed(st: _State, s: Sentence, names: list[str], voice: bool) -> None:
    """Actors of a list with no character: two words, or one word when the list has others."""
    names = [n for n in (_trim_leading_stops(clean_name(x)) for x in names) if n]
    # ("A played Tam, and B made a guest appearance": "Tam" is the part the sentence just gave, no player)
    given = {p.character for p in st.pairs if p.sentence == s.idx and p.character}
    for n in names:
        if (is_person(n) or (len(names) > 1 and is_person(n, 1))) and n not in given:
            st.add_pair(s, n, "", voice, False)


_NARRATED = re.compile(rf"\b(?i:{alternation(_CASTING['narrator_cues'])})\s+(?:the\s+)?(?:actor\s+|actress\s+)?"
                       rf"(?P<actor>{NAME_RX})")


_VOICE_NOUN = alternation(_CASTING["voice_nouns"])
# "A provides the character's voice", "A provided Fett's voice", "A lends her voice to Ora": a voice actor.
_VOICE_GIVEN = re.compile(
    rf"(?P<actor>{NAME_RX})\s+(?:also\s+)?(?:{alternation(_CASTING['voice_verbs'])})\s+(?:(?P<poss>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)['’]s?|"
    rf"(?P<ref>the\s+character['’]s|his|her|its)|the|their)\s+(?:[a-z]+\s+)?(?:{_VOICE_NOUN})\b(?:\s+(?:to|for)\s+(?:the\s+)?(?P<char>{NAME_RX}))?"
    # "A gives voice to Tam": no determiner, the part named
    rf"|(?P<giver>{NAME_RX})\s+(?:also\s+)?(?:gives|gave)\s+voice\s+to\s+(?:the\s+)?(?P<given>{NAME_RX})")
# "C portrays him physically": a player giving a part its body while another gives its voice
_BODY_OF = re.compile(rf"(?P<actor>{NAME_RX})\s+(?:physically\s+)?(?:portrays|portrayed|plays|played|performs|performed)\s+"
                      r"(?:him|her|it|the\s+character)\s+physically")
# The part a clause names: "portrays Tam", "have portrayed the Envoy"
_PART_NAMED = re.compile(rf"\b(?:portrays|portrayed|plays|played|voices|voiced|depicts|depicted)\s+(?:the\s+)?(?P<char>{NAME_RX})")


def _referent(st: _State, s: Sentence, pos: int) -> str:
    """The part "the character's" / "his" / "him" stands for: the last one a playing verb names earlier in the
    sentence; '' when none does (a part named only in the sentence before is not this sentence's evidence)."""
    named = [m.group("char") for m in _PART_NAMED.finditer(s.text[:pos])]
    if named:
        ch = character(_trim_leading_stops(clean_name(named[-1])))
        return "" if not ch or is_person(ch) and ch in {p.actor for p in st.pairs} else ch
    return ""
# "the voice-over was provided by A", "Ora's voice is supplied by A".
# ("The Envoy's booming voice was supplied by the radio announcer A", "Tam's lines in the English version are
# spoken by B": the owner is the part, and a calling may come before the player)
# ("The voice of Tam is provided by A", "the voice of Tam the parrot was supplied, without credit, by B": the
# part named after "of", a kind after it; a credit not given between the verb and "by")
_VOICE_BY = re.compile(rf"\b(?P<noun>{_VOICE_NOUN}|lines)(?:\s+in\s+the\s+[\w-]+\s+(?:version|dub)"
                       rf"|\s+of\s+(?P<of>[A-Z][\w'’.-]*+(?:\s+[A-Z][\w'’.-]*+){{0,2}})(?:\s+the\s+[a-z]+)?)?\s+(?:was|is|were|are)\s+(?:also\s+)?"
                       rf"(?P<verb>{alternation(_CASTING['voice_passive_verbs'])})(?:,\s+(?:{_NO_CREDIT}),)?\s+by\s+"
                       rf"(?:{_CALLING}|the\s+)?(?:actor\s+|actress\s+)?(?P<actor>{NAME_RX})")
# the owner before the voice noun, looked for once the noun is found (a pattern opening with it costs every capital)
# ("Tam's Ruritanian and Vorlish voice": the versions' languages may stand between)
_VOICE_OWNER = re.compile(r"\b(?P<own>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)['’]s\s+"
                          r"(?:[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?\s+)?(?:[a-z][\w-]*\s+)?$")
# "A narrates the film while also playing a supporting role": the narrator is in the cast.
# ("A narrates the animated passages": the film's own parts narrated)
_NARRATES = re.compile(rf"(?P<actor>{NAME_RX})\s+(?:also\s+)?(?P<verb>narrates|narrated)\s+(?:the\s+(?:film|movie|story|picture|"
                       r"(?:[a-z-]+\s+)?(?:passages|sequences|segments|prologue|epilogue|interludes))|it)\b")


def _cast_from_voices(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """Players named by the voice or the narration they give, not by a billing verb. In production
    prose only for a player the film already bills (elsewhere the voice may be another work's)."""
    text = s.text
    billed_only = not st.article.section_kinds(s.section) & {"lead", "cast"}
    found: list[tuple[str, str, bool]] = []
    for m in _VOICE_GIVEN.finditer(text):
        actor = _trim_leading_stops(clean_name(m.group("actor") or m.group("giver")))
        char = m.group("char") or m.group("poss") or m.group("given") or ""
        found.append((actor, character(char) if char and char != actor else "", True))
        if not char and m.group("ref") and not re.match(r"\s+(?:to|for|in|on)\b", text[m.end():]):
            # "While A portrays Tam, B provides the character's voice", "... portrayed the Envoy. B provides his
            # voice": the part the clause before (or the sentence before) names
            found[-1] = (actor, _referent(st, s, m.start()), True)
    for m in _BODY_OF.finditer(text) if "physically" in text else ():
        # "B provides his voice, while C portrays him physically": the body of the part just named
        found.append((_trim_leading_stops(clean_name(m.group("actor"))), _referent(st, s, m.start()), False))
    for m in _VOICE_BY.finditer(text):
        ow = _VOICE_OWNER.search(text, max(0, m.start() - 60), m.start()) if not m.group("of") else None
        own = character(ow.group("own")) if ow else character(m.group("of")) if m.group("of") else ""
        if own and any(own in (p.actor, _words(p.actor)[-1]) for p in st.pairs):
            own = ""  # "Ora Pell's voice was provided by B": a player dubbed, not a part
        part = "" if not own or st.is_title(own) else own
        if not part and not own and re.search(r"\b(?:his|her|their)\s+(?:[a-z]+\s+)?$", text[max(0, m.start() - 20): m.start()]):
            # "A voices Tam; her singing voice was provided by B": the pronoun's player is the clause before's,
            # and B sings the part that clause names (none named there: no part)
            part = _referent(st, s, m.start())
            if not part:
                continue
        if not part and m.group("verb") == "dubbed":
            continue  # "Ora Pell's singing voice was dubbed by B": a player's dubber, not one of the cast
        if not part and m.group("noun") == "narration":
            part = m.group("noun")  # "The narration is spoken by A": the stock part Narrator (stated by this word)
        found.append((_trim_leading_stops(clean_name(m.group("actor"))), part, True))
    for m in _NARRATES.finditer(text):
        found.append((_trim_leading_stops(clean_name(m.group("actor"))), m.group("verb"), voice_ctx))
    for actor, char, voice in found:
        if not is_person(actor) or (billed_only and not any(p.actor == actor for p in st.pairs)):
            continue
        if re.search(r"\b(?:who|if|would|had)\s+(?:also\s+)?$", text[: text.find(actor)]):
            continue
        st.add_pair(s, actor, char, voice, False)


# A part named as the subject of a plain "was" in a cast section: "Kip was Tam Osk, in his first talking
# picture", "The preacher was the veteran stage actor B", "Wen was C's first screen part", "Kip was the screen
# debut of the wrestler D" ("Kessel's henchman Wen was ...": an owner's tie before the name), "the dim-witted
# sergeant went to E". The subject must be the story's (a name the plot
# writes outside brackets, or a noun it uses), never a player, a crew noun or the film.
_STORY_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*){0,2}"  # (accented capitals: "Mrs. Šolcová")
_PART_WAS = re.compile(
    rf"(?:^|(?<=;\s)|(?<=,\s)(?:and\s+)?|(?<=\band\s))(?:(?P<owner>[A-Z][\w'’-]*(?:['’]s|s['’]))\s+[a-z][\w-]*\s+(?=[A-Z]))?"
    rf"(?P<subj>[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*|{_STORY_NAME})\s+"
    rf"(?:was\s+(?:(?P<poss>{NAME_RX})['’]s\s+(?:first|last|final|only|second|third)\s+(?:(?:screen|film|speaking|credited|talking|movie)\s+)?(?:part|role)\b"
    rf"|(?:the\s+)?(?:screen|film|acting|feature|movie)\s+debut\s+of\s+(?:{_CALLING})?(?P<deb>{NAME_RX})"
    rf"|(?:{_CALLING})?(?P<actor>{NAME_RX})(?=\s*(?:[.;]|,\s+(?:in|who|whose|then|a|an|the|his|her)\b|$)))"
    rf"|went\s+to\s+(?:{_CALLING})?(?P<went>(?:[\"“][A-Z][\w'’.-]*[\"”]\s+)?{NAME_RX})(?=\s*(?:[.;,]|$)))")
_NOT_STORY_SUBJECT = frozenset(_PEOPLE_WORDS["not_story_subjects"])
# The other way round, a billed player as the subject of a plain "is" in a cast section, the part a name the
# story uses closing the clause: "A plays Tam and B is Chief Osk", "C is Miss Varga and D plays Lune".
_PLAYER_IS = re.compile(rf"(?:^|(?<=;\s)|(?<=,\s)|(?<=\band\s))(?P<actor>{NAME_RX})\s+is\s+(?P<char>{_STORY_NAME})"
                        r"(?=\s*(?:[.;]|,\s+(?:and|while|with)\s|\s+and\s|$))")


def _parts_that_were(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """A story's part as the subject and its player after "was" (or "went to") in a cast section."""
    text = s.text
    players = {p.actor for p in st.pairs} | {_words(p.actor)[-1] for p in st.pairs}
    for m in _PART_WAS.finditer(text):
        raw = m.group("poss") or m.group("deb") or m.group("actor") or m.group("went") or ""
        actor = _trim_leading_stops(clean_name(raw))
        if not is_person(actor) and not (m.group("went") and is_person(_QUOTED.sub("", actor).strip())):
            continue
        before = text[: m.start()]
        clause = before.rsplit(";", 1)[-1]  # "…; Wen was B, in his first talking picture; and Tam went to C": not C's "first"
        if _WISH.search(before) or _ORIGINALLY.search(clause[-40:]) or re.search(r"\b(?:would|if|not|never)\b", m.group(0)):
            continue
        subj = m.group("subj")
        if subj[:4].lower() == "the ":
            noun = _words(subj)[-1].lower()
            if noun in _NOT_STORY_SUBJECT or noun in _NOT_A_PART_NOUN or _is_crew_noun(noun) \
                    or not re.search(rf"\b{re.escape(noun)}\b", st.plot_unbracketed.lower()):
                continue
            ch = subj[4:]
        else:
            ch = character(subj)
            if not ch or ch in players or st.is_title(ch) or is_person(ch) and st.people.full(ch) in players \
                    or not has_whole_word(st.plot_unbracketed, ch):
                continue
        if ch and ch != actor:
            st.add_pair(s, actor, ch, voice_ctx, False)
    for m in _PLAYER_IS.finditer(text) if " is " in text else ():
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        ch = character(m.group("char"))
        if not (actor in players or is_person(actor) and " " in actor and actor not in st.plot_unbracketed) \
                or not ch or ch in players or is_person(ch) and st.people.full(ch) in players \
                or st.is_title(ch) or _WISH.search(text[: m.start()]):
            continue  # a player the film bills (or a full name the story never writes), a part that is no player's name
        if not all(has_whole_word(st.plot_unbracketed, w) for w in _words(ch)[-1:]) \
                or _words(ch)[-1] not in st.plot_unbracketed:
            continue  # the part's name (its last word at least) as the story writes it
        st.add_pair(s, actor, ch, voice_ctx, False)


# A part dubbed by another player: "For the Vorlish release, Tam was dubbed by B", "A plays Tam and was also
# dubbed, by B" (the part the clause before names). A player dubbed ("in the Vorlish version Pell is dubbed by B")
# names no part in the sentence: left out.
# ("whose lines were redubbed in Vorlish by B": a language alone after "in")
_DUBBED_BY = re.compile(rf"\b(?:is|was|were|are)\s+(?:also\s+)?(?:dubbed|revoiced|re-voiced|redubbed|re-dubbed)(?:\s+in\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+"
                        rf"(?:version|release|dub|print)|\s+in\s+[A-Z][a-z]+)?,?\s+by\s+(?:{_CALLING}|the\s+)?(?P<actor>{NAME_RX})")


# "her lines", "his singing voice", "their dialogue in the Vorlish version": the dubbed player's own words
_OWN_LINES = re.compile(r"\b(?:his|her|their|whose)\s+(?:(?:singing|speaking)\s+)?(?:lines|voice|dialogue)"
                        r"(?:\s+in\s+the\s+[\w-]+\s+(?:version|dub|release))?$")
# "plays the widow", "portrayed a retired colonel": a described part a playing verb gives
_PLAYS_DESC = re.compile(r"\b(?:plays|played|portrays|portrayed)\s+(?P<d>(?:the|an?)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})")


def _cast_from_dubbing(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """The dubbing player of a part the sentence names (as subject, or the part its clause before plays)."""
    text = s.text
    players = {p.actor for p in st.pairs} | {_words(p.actor)[-1] for p in st.pairs}
    for m in _DUBBED_BY.finditer(text):
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        if not is_person(actor) or actor in players:
            continue
        before = text[: m.start()].rstrip()
        subject = _name_before(before, len(before))
        if subject:
            ch = character(subject)
            if not ch or ch in players or st.people.full(ch) in players or st.is_title(ch) \
                    or resolve(st.people, ch)[0] in players or any(ch in _words(p) for p in players):
                continue  # "Pell is dubbed by B": a player dubbed, the part not in this sentence (a family name
                # written first, "Osk Tam-ra", or a middle name of the billing: "Ora Osk Tam", both "Osk")
        elif re.search(r"\band(?:\s+(?:also|later))?$", before[-24:]):
            ch = _referent(st, s, m.start())  # "A plays Tam and was also dubbed, by B"
        elif _OWN_LINES.search(before[-60:]):
            # "A plays the widow; her lines were dubbed in the Vorlish version by B": the part the clause before
            # names, by its name or its description (which the plot may name: _plot_named_parts)
            ch = _referent(st, s, m.start())
            desc = None if ch else list(_PLAYS_DESC.finditer(text, 0, m.start()))
            ch = ch or (_described(desc[-1].group("d")) if desc else "")
            if not ch:
                # "Tam was played by the actress A, whose lines were redubbed by B": the part the clause's subject names
                played = list(_PLAYED_BY.finditer(text[: m.start()]))
                ch = character(_trim_leading_stops(clean_name(played[-1].group("char")))) if played else ""
        else:
            continue
        if ch and ch in text:
            st.pairs.append(_Pair(actor, ch, s.idx, True, False))


# A documentary's subjects: "follows A, a courier, and B, a cellist", "features the stories of three
# runners–A, a guide, B of the hill people, and C" (verbs in casting.toml documentary_verbs).
_SUBJECTS_CUE = re.compile(rf"\b(?:{alternation(_CASTING['documentary_verbs'])})\s+(?:the\s+(?:stories|lives|journeys|portraits)\s+of\s+)?"
                           r"(?:[a-z][\w-]*[\s–—:]+){0,5}?(?=[A-Z])")
_SUBJECT_ITEM = re.compile(rf"(?P<name>{NAME_RX})(?:,\s+(?:a|an|the|his|her|their)\s+[^,;.]*?(?=,|\s*[.;]|$)|\s+of\s+[^,;.]*?(?=,|\s*[.;]|$))?")
_SUBJECT_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# A subject other than the film before a documentary's verb ("The soundtrack features", "The DVD release includes")
_NOT_THE_FILM = re.compile(r"\b(?:soundtrack|album|score|songs?|trailer|poster|DVD|Blu-ray|release|edition|book|"
                           r"exhibition|website|series)\s+(?:also\s+)?$")
# "follows A, a retired boxer, and his son B": the tie before the next subject's name
_SUBJECT_TIE = re.compile(rf"(?:his|her|their)\s+(?:[a-z][\w-]*\s+)?(?:{alternation(load('names')['relations'])})\s+(?=[A-Z])")


# "Interviewees include A, B and C", "includes interviews with former diplomat A, journalist B, and historian C":
# the people a film interviews are its cast (as a documentary's subjects are)
_INTERVIEWEES = re.compile(r"\b(?:[Ii]nterviewees\s+(?:include|included|are|were)|(?:include|includes|included|features|featured|"
                           r"featuring|including|contains|contained)\s+interviews\s+(?:with|of))\s+(?:the\s+)?")


# "Interviewed in the film are A, B", "Participants include A", "It features performances by A": a list of the people
# the film shows as themselves, at the sentence's start or after the film as subject (casting.toml appearance_list_cues)
_APPEARANCE_CUE = re.compile(rf"(?i:{alternation(_CASTING['appearance_list_cues'])})\s+(?:the\s+)?(?=[A-Za-z])")
_APPEARANCE_GATE = tuple({max(c.split(), key=len)[1:] for c in _CASTING["appearance_list_cues"]})
_FILM_SUBJECT = re.compile(r"(?:The\s+(?:film|documentary|movie)|It|This\s+(?:film|documentary))\s+(?:also\s+)?"
                           r"(?:includes|included|features|featured|contains|contained|showcases|showcased|has|had)\s+$")
# "A, B and C are among those interviewed", "A and B appear as themselves": the list before the words
_APPEARANCE_TAIL = re.compile(rf"\s+(?:{alternation(_CASTING['appearance_list_tails'])})\s*[.;]?$")
# "interviews with Ruritanian politicians including A, B": the group's words before its members
# ("people such as: A, B", "founders and investors from Ruritania, including A"): read only when the list opens
# with a lower-case group word, never past a name the list starts with
_GROUP_BEFORE = re.compile(r"^(?:[A-Z][\w-]*\s+)?[a-z][^;.:]{0,120}?\b(?:including|such\s+as|among\s+them|among\s+others)\s*:?\s+(?=(?:[a-z][\w-]*\s+){0,3}[A-Z])")
_AKA = re.compile(r"\s+(?:aka|a\.k\.a\.?|also\s+known\s+as)\s+.*$")  # 'A (CIA) aka "B"': the name as first given
_GROUP_ITEM = re.compile(rf"^(?:and\s+)?(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+)?(?:{alternation(_CASTING['appearance_group_items'])})\s+[A-Z]")
_LIST_END = re.compile(r"[;:]|(?<!\b[A-Z][a-z])(?<!\b[A-Z])\.\s|\s[-–—]\s")  # never at "Dr. A" or "J. Doe"
_JOB_BEFORE = re.compile(r"^(?:and\s+)?(?:[a-z][\w-]*\s+){0,3}(?=[A-Z])")


# "the dancer Zarina", "the singer Kiko": a performer's calling, then one capitalised word (a stage name)
_CALLED_ONE_WORD = re.compile(rf"^(?:and\s+)?(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+)?(?i:{alternation(_CASTING['performer_callings'])})"
                              r"\s+[A-Z][\w'’-]*$")
# The word of a list's cue that says its people appear as themselves: the stock part's mention (casting.toml stock_parts)
_OWN_NAME = alternation(_PEOPLE_WORDS["own_name_phrases"])
_SELF_WORD = re.compile(rf"\b(?:themselves|[Ii]nterview(?:s|ed|ees)|{_OWN_NAME})\b")
# "… who appear under their own names, among them A and B": the list after the phrase
_OWN_NAME_LIST = re.compile(rf"\b(?:appear|appears|appeared|appearing|feature|featured|are\s+seen|were\s+seen)\s+"
                            rf"(?P<cue>{_OWN_NAME}),?\s+(?:among\s+them|including|such\s+as|notably)\s+(?:the\s+)?(?=[A-Za-z])")


def _appearance_items(st: _State, s: Sentence, seg: str, whole: bool, cue: str = "") -> None:
    """The people of one list of those a film shows as themselves, each named without the job or office before
    it ("journalist A", "Senator B"); a band's item is passed over. The list ends where its items stop being
    people; when ``whole``, it must be people throughout (a sentence's subject: nothing is read otherwise). When
    the ``cue`` words it ("appear as themselves", "interviews with"), each plays their own self (Himself ...)."""
    found: list[str] = []
    for raw in _split_items(seg):
        raw = _AKA.sub("", raw.strip()) if "a" in raw else raw.strip()
        if _GROUP_ITEM.match(raw):
            continue  # "the band Grey Harbour": a group, not a person
        bare = _JOB_BEFORE.sub("", _without_office(raw))
        parsed = _parse_item(bare)
        if parsed is not None and parsed[1] is None and not is_person(parsed[0]) and bare != raw.strip() \
                and _CALLED_ONE_WORD.match(raw.strip()) and is_person(parsed[0], 1) and st.stage_name(parsed[0]):
            found.append(parsed[0])  # "the dancer Zarina": a one-word stage name its calling vouches for
            continue
        if parsed is None or parsed[1] is not None or not is_person(parsed[0]):
            if whole:
                return
            break
        found.append(parsed[0])
    word = _SELF_WORD.search(cue) if cue else None
    for n in found:
        st.add_pair(s, n, word.group(0) if word else "", False, False)


def _interviewees(st: _State, s: Sentence) -> None:
    """The people named after "interviewees include" / "interviews with" / "participants include" ..., each a
    person (a job or office before the name is read off: "journalist A", "former Senator B"); or before "are among
    those interviewed" / "appear as themselves"."""
    text = s.text
    cues = [*_INTERVIEWEES.finditer(text)] if "nterview" in text else []
    for m in _APPEARANCE_CUE.finditer(text):
        before = text[: m.start()]
        if not before.strip() or _FILM_SUBJECT.search(before) or (
                before.startswith(st.article.title) and _FILM_SUBJECT.search("It " + before[len(st.article.title):].lstrip())):
            cues.append(m)
    for m in cues:
        if _OTHER_FILM.search(text[: m.start()]) or _OTHER_PRODUCTION.search(text[: m.start()]):
            continue
        rest = text[m.end():]
        g = _GROUP_BEFORE.match(rest)
        _appearance_items(st, s, _LIST_END.split(rest[g.end():] if g else rest, maxsplit=1)[0], False, m.group(0))
    if "themselves" in text or "nterview" in text:
        tail = _APPEARANCE_TAIL.search(text)
        if tail and not _OTHER_FILM.search(text):
            _appearance_items(st, s, text[: tail.start()], True, tail.group(0))
        elif "themselves" in text and not _OTHER_FILM.search(text) and not _WISH.search(text):
            _selves_in_clause(st, s)
        if " as d" in text and not _OTHER_FILM.search(text):
            # "A, B and C appear as themselves, as does Tam Osk": the one after "as does" too (a full name only:
            # a surname's mention is the surname, so the part could not be the word the sentence writes)
            for m in re.finditer(r"\bas\s+themselves\b", text):
                _as_do_selves(st, s, m.end(), "themselves")
    if " own name" in text and not _OTHER_FILM.search(text) and not _WISH.search(text):
        for m in _OWN_NAME_LIST.finditer(text):
            _appearance_items(st, s, _LIST_END.split(text[m.end():], maxsplit=1)[0], False, m.group("cue"))


# "The number features the dancer A and the bandleader B and his orchestra as themselves", "the twins, C and D,
# performing as themselves": the players of the clause before the words, each named past its calling, a band's
# "and his orchestra" passed over; the list read back to the clause's billing word
_SELVES_WORDS = re.compile(r",?\s+(?:(?:also\s+)?(?:appear|appears|appeared|appearing|perform|performs|performed|performing|"
                           r"play|plays|played|playing)\s+)?as\s+themselves\b")
_CLAUSE_BILLING = re.compile(r".*\b(?:features|featured|featuring|includes|included|including|with|among\s+them|"
                             r"stars|starring|[Tt]he\s+[a-z]+s|[Tt]he\s+(?:[A-Z][\w-]+\s+)+(?:Twins|Sisters|Brothers))\s*,?\s+|^", re.S)
_OWN_BAND = re.compile(r"\s+and\s+(?:his|her|their)\s+(?:[A-Z][\w'’-]*\s+)*(?:[A-Z][\w'’-]*|orchestra|band|group|troupe|quartet|trio)\b")


_CALLING_OPENS = re.compile(rf"^(?i:{alternation(_CASTING['performer_callings'])})\s+(?=[A-Z])")
_GIVEN_AND_FULL = re.compile(r"(?P<one>[A-Z][a-z]+)\s+and\s+(?P<two>[A-Z][a-z]+\s+[A-Z][\w'’-]+)")


def _selves_in_clause(st: _State, s: Sentence) -> None:
    """The people just before "(performing) as themselves" inside a sentence, each its own self part."""
    text = s.text
    for m in _SELVES_WORDS.finditer(text):
        head = text[: m.start()]
        start = _CLAUSE_BILLING.match(head).end()
        band = _OWN_BAND.search(head, start)
        if band and band.group(0).split()[1] in {"his", "her"}:
            # "B and his orchestra as themselves": the band's owner is a man ("his") or a woman ("her")
            owner = NAME_AT_END.search(head, start, band.start())
            if owner:
                st.own_selves.setdefault(_trim_leading_stops(owner.group(0)),
                                         "Himself" if band.group(0).split()[1] == "his" else "Herself")
        seg = _CALLING_OPENS.sub("", _OWN_BAND.sub("", head[start:]))
        if not seg or any(c in seg for c in ";:"):
            continue
        pair = _GIVEN_AND_FULL.fullmatch(seg.strip())
        if pair and _SIBLINGS_BEFORE.search(head, 0, start + 1):
            # "the Varga Twins, Mia and Lune Varga": the given name alone shares the full name's surname
            st.add_pair(s, pair.group("one"), "themselves", False, False)
            st.add_pair(s, pair.group("two"), "themselves", False, False)
            continue
        _appearance_items(st, s, seg, True, "themselves")


def _documentary_subjects(st: _State, s: Sentence) -> None:
    """The people a documentary follows, named in its lead or synopsis; a one-word name counts there,
    each item being a person the film is about (a description in apposition or "of" a place may follow)."""
    for m in _SUBJECTS_CUE.finditer(s.text):
        if _NOT_THE_FILM.search(s.text, 0, m.start()):
            continue  # "The soundtrack features performances by A": the album's people, not the film's
        pos, names = m.end(), []
        while True:
            # "Senator A", "then-President B", "his son C": the office or tie before a subject's name
            lead = _OFFICE_LEAD.match(s.text, pos) or (_SUBJECT_TIE.match(s.text, pos) if names else None)
            pos = lead.end() if lead else pos
            item = _SUBJECT_ITEM.match(s.text, pos)
            if not item:
                break
            names.append(_trim_leading_stops(clean_name(item.group("name"))))
            sep = _SUBJECT_SEP.match(s.text, item.end())
            if not sep:
                break
            pos = sep.end()
        for n in names:
            if n and (is_person(n) or (len(names) > 1 and is_person(n, 1))) and n.lower() not in PLACES and not is_company(n):
                st.add_pair(s, n, "", False, False)


def _cast_from_narration(st: _State, s: Sentence) -> None:
    """"Narrated by Jane Doe": the narrator is in the cast (in the lead or the cast section only,
    where it is this film's narration). The role is named only as the sentence words it."""
    for m in _NARRATED.finditer(s.text):
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        if not is_person(actor):
            continue
        role = re.search(rf"\b{_CASTING['narrator_role']}\b", s.text, re.I) or _NARRATION_WORD.search(m.group(0))
        st.add_pair(s, actor, role.group(0) if role else "", False, False)  # the stock part, stated by this word


_NARRATION_WORD = re.compile(r"\b[Nn]arrat(?:ed|ion)\b")


# "cameo appearances by several notable actors, including A, B and C": the group's words before its members
_GROUP_INCLUDING = re.compile(r"^(?:(?:several|many|various|numerous|other|some|a\s+number\s+of|a\s+host\s+of)\s+)?"
                              r"(?:[a-z][\w-]*\s+){0,2}(?:actors|actresses|stars|celebrities|performers|personalities|"
                              r"figures|people|musicians|athletes|comedians)\s*,?\s*(?:including|such\s+as|like)\s+")


# "The song's music video features cameos from A and B", "the play's cast included C": another work's people
_OTHER_WORK_CAST = re.compile(r"\b(?:video|trailer|commercial|advert\w*|song|album|single|episode|play|musical|"
                              r"show|series|sequel|remake|novel|book|game)(?:['’]s)?\b")


# "A played a pivotal role in eradicating the rebellion", "B played a key role in the founding of the republic":
# a part in events, not in the film (a real person the film is about).
_ROLE_IN_EVENTS = re.compile(r"\s+in\s+(?:[a-z]+ing\b|the\s+[a-z]+(?:tion|ment|ing|ance|ence|sion)\s+of\b)")
_PART_IN_EVENTS = re.compile(r"(?:an?|the)\s+(?:[a-z]+\s+){0,2}(?:role|part)" + _ROLE_IN_EVENTS.pattern)


def _cast_from_roles(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """Actors named by the roles they have, not by a character: "A and B played lead roles", "A, B
    and C reprise their roles", "the cast is joined by A and B", "the film debut of actress A"."""
    text = s.text
    for m in _NAMES_IN_ROLES.finditer(text):
        if re.search(r"\b(?:who|if|would|had|when|before|after|in)\s*$", text[: m.start()]) or _ROLE_IN_EVENTS.match(text, m.end()):
            continue
        names = _LIST_SEP.split(re.sub(r"\s+\([^()]*\)", "", m.group("names")))
        if re.search(r"(?:\bthe|\bof|[A-Z][\w'’-]*)\s+$", text[: m.start()]) \
                or _OF_GROUP_END.search(text, max(0, m.start() - 60), m.start()):
            names = names[1:]  # "Jon the Stage Name, B and C": the first item is the tail of a longer name
            # (or a group's name: "Mina of the girl group Vorlish Dawn makes a special appearance")
        _add_listed(st, s, names, voice_ctx)
    for m in _WITH_IN_ROLES.finditer(text) if " in " in text and ("with " in text or "and " in text or "while " in text) else ():
        if not _ROLE_IN_EVENTS.match(text, m.end()) and not _OTHER_FILM.search(text) and not _WISH.search(text[: m.start()]) \
                and not _ORIGINALLY.search(text[: m.start()]):  # "initially set to be filmed with A in the lead"
            _add_listed(st, s, _LIST_SEP.split(re.sub(r"\s+\([^()]*\)", "", m.group("names"))), voice_ctx)
    for m in _APPEARS_IN_FILM.finditer(text):
        if not re.search(r"\b(?:who|if|would|had|when|before|after|in|not|never)\s*$|[A-Z][\w'’-]*\s+$", text[: m.start()]):
            _add_listed(st, s, _LIST_SEP.split(m.group("names")), voice_ctx)
    for m in _JOINED_BY.finditer(text):
        _add_listed(st, s, _names_list(text, m.end())[0], voice_ctx)
    for m in (_CAST_LIST_CUE.finditer(text) if ("cast " in text or "footage" in text or "cameo" in text or "appearances " in text)
              and any(c in text for c in _CAST_LIST_WORDS) else ()):
        # "the cast consisted of A and B", "featuring archive footage of A, B and C": a descriptor
        # before a name ("co-writer A", "film star B") is skipped, one or two lower-case words
        rest = _LIST_DESCRIPTOR_WORDS.sub(r"\g<sep>", _GROUP_INCLUDING.sub("", text[m.end(): m.end() + 400]))
        if not _WISH.search(text[: m.start()]) and not re.search(r"\b(?:would|not|never|originally|initially)\b",
                                                                 text[max(0, m.start() - 30): m.start()]) \
                and not _OTHER_WORK_CAST.search(text, max(0, m.start() - 50), m.start()):
            _add_listed(st, s, _names_list(rest)[0], voice_ctx)
    for verb in (_APPEARING_VERB.finditer(text) if ("appear" in text or "out the" in text or "complete" in text
                                                    or " cast" in text) and any(v in text for v in _APPEARING) else ()):
        # the list is read back from the verb phrase, only when the sentence has one
        if text.startswith(" of ", verb.end()) and not _OWN_CAST_OF.match(text, verb.end()):
            continue  # "A and B are among the cast of the stage version": another work's (not "of this film")
        names = _subject_names(text, verb.start())
        if len(names) > 1:
            first = text.rfind(names[0], 0, verb.start())
            if not re.search(r"\b(?:who|if|would|had|when|before|after|in|not|never)\s*$|[A-Z][\w'’-]*\s+$", text[: first]):
                _add_listed(st, s, names, voice_ctx)
    for m in _CONFIRMED_AS_CAST.finditer(text):
        for n in _subject_names(text, m.start()):
            if is_person(n) and not re.search(rf"\b(?:the|of)\s+{re.escape(n)}", text):
                st.add_pair(s, n, "", voice_ctx or "voice" in m.group(0), False)


# "starring A in the title role", "B plays the titular character", "C was cast in the title role": the part is
# the one the film is named for (read only when the sentence writes the title, the part's evidence)
_TITLE_ROLE = re.compile(
    rf"(?P<actor>{NAME_RX})\s+(?:(?:also\s+)?(?:plays|played|portrays|portrayed|essays|essayed|takes|took|has|had|"
    r"(?:is|was|had\s+been)\s+cast\s+in|stars\s+in|starred\s+in|appears\s+in|appeared\s+in)\s+|in\s+)the\s+"
    r"(?:title|titular)\s+(?:role|character|part)\b(?!\s+(?:of|in)\b)")


def _title_role(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """"Other Tale stars A in the title role": A plays the title's character, when the sentence names the title."""
    title = st.article.title
    text = s.text
    if not title or title not in text:
        return
    for m in _TITLE_ROLE.finditer(text):
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        if (is_person(actor) or st.people.full(actor)) and not _WISH.search(text[: m.start()]) and \
                not re.search(r"\b(?:who|if|would|not|never|originally)\s+(?:\w+\s+)?$", text[: m.start()]):
            st.add_pair(s, actor, title, voice_ctx, False)


# "with B featuring in an item number", "The dancer C appears in the item song ...", "D was cast for an item number":
# a dancer or star shown in one song of the film is in its cast (no part named)
_ITEM_NUMBER = re.compile(
    rf"(?P<actor>{NAME_RX})\s+(?:also\s+|briefly\s+)?(?:appears|appeared|appearing|features|featured|featuring|dances|danced|"
    r"dancing|performs|performed|performing|(?:is|was)\s+(?:cast|signed|roped\s+in|seen)|(?:makes|made|making)\s+(?:a\s+)?"
    r"(?:special\s+|guest\s+)?appearance)\s+(?:in|for)\s+(?:an?|the)\s+(?:special\s+)?(?:item\s+(?:number|song|dance)|"
    r"dance\s+number|song\s+sequence|musical\s+number)\b")


def _item_numbers(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """Players the film shows in one song ("B featuring in an item number"): in its cast, with no part."""
    text = s.text
    for m in _ITEM_NUMBER.finditer(text):
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        before = text[: m.start()]
        if is_person(actor) and not _WISH.search(before) and not _OTHER_FILM.search(before) and \
                not re.search(r"\b(?:who|if|would|not|never|originally)\s+(?:\w+\s+)?$", before):
            st.add_pair(s, actor, "", voice_ctx, False)


def _glimpsed(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """An uncredited glimpse of a player among a crowd: in the cast, no part named."""
    text = s.text
    for m in _GLIMPSED.finditer(text):
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        before = text[: m.start()]
        if actor.startswith(("A ", "An ")):
            actor = actor.split(" ", 1)[1]  # "A young Tam Osk": the sentence's article swallowed by the name
        if is_person(actor) and not _WISH.search(before) and not _OTHER_FILM.search(before) and \
                not re.search(r"\b(?:who|if|would|not|never)\s+(?:\w+\s+)?$", before):
            st.add_pair(s, actor, "", voice_ctx, False)


# "A plays a harbour pilot", "A appears as a guard": a player credited by a description (kept as the credit, see _described).
# "the harbour's pilot", "the Rebels' medic": a possessive owner may stand between the article and the description
_OWNER = r"(?:[A-Z][\w-]*(?:['’]s|s['’])\s+)?"
_DESCRIBED_ROLE = re.compile(rf"(?:an?|the)\s+{_OWNER}(?![\w-]+\s+(?:[\w-]+\s+)?(?:role|part|character|cameo)\b)(?:[a-z]|\d+(?:st|nd|rd|th)-)")
_PLAYS_A_PART = re.compile(rf"(?:plays|played),\s+(?:{_NO_CREDIT}),|"
                           r"(?:plays|played|portrays|portrayed|playing|portraying|appears\s+(?:uncredited\s+|briefly\s+|on[\s-]?screen\s+)?as|"
                           r"appearing\s+(?:on[\s-]?screen\s+)?as|"  # "…, with B appearing as his victim"
                           r"voices|voiced|(?:is|was|can\s+be)\s+seen\s+as|(?:turns|turned)\s+up\s+as|"
                           r"appeared\s+(?:uncredited\s+|briefly\s+|on[\s-]?screen\s+)?as|cameo\w*\s+as|"
                           rf"(?:{_PART_VERBS})\s+(?:an?|the)\s+.*(?:{_PART_NOUNS})(?:\s+appearance)?\s+as)$")
_SELF_ROLE = re.compile(r"\s*(himself|herself|themselves)\b")
# (and "The Vorlish version featured the singer A as Tam": a dubbed version's voice cast, read in the loop only
# where the clause before names a dub or a version and the sentence a dub: casting.toml dub_cues)
_ACTIVE_CAST = re.compile(rf"\b(?P<verb>cast|chose|picked|selected|hired|borrowed|featured|features)\s+(?:(?:his|her|their)\s+(?:[a-z][\w-]*\s+){{1,2}}|"
                          rf"(?:newcomer|then-unknown|unknown|actor|actress|singer|comedian|model)\s+|{_CALLING})?(?P<actor>{NAME_RX})\s+"
                          r"(?:from\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+)?"  # "borrowed A from Other Studios for the role of B"
                          rf"(?:as|to\s+play|for\s+the\s+(?:[a-z]+\s+)?(?:role|part)\s+of)\s+")
# an honorific's or an initial's period inside the name is no sentence end ("the engineer, Mr. Tam Osk.")
# "the Vorlish version", "An English-dubbed export version prepared for television in 1979", "the dub": the
# clause before a verb that opens a dubbed version's cast (no stop or semicolon between)
_VERSION_CLAUSE = re.compile(r"\b(?:version|dub|dubbing)\b[^.;]{0,80}$")
_ABBREVIATED = alternation(h.rstrip(".") for h in _HONORIFICS if h.endswith(".")) + "|[A-Z]"
_APPOSITIVE = re.compile(r"^\s*(?P<desc>(?:(?:an?|the|his|her|their)\s+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*['’]s\s+)"
                         rf"[^,;()]{{0,50}}?),\s+(?P<name>(?:(?:{_ABBREVIATED})\.\s+)*[A-ZÀ-ÖØ-ÞĀ-ſ\"“][^,;()]{{0,40}}?)"
                         r"(?=\s*(?:,|;|\.(?:\s|$)|$))")


_DESCRIPTION = re.compile(rf"(?:an?|the)\s+{_OWNER}(?P<d>(?:[a-z]|\d+(?:st|nd|rd|th)-)[\w'’-]*(?:\s+[a-z][\w'’-]*){{0,5}})")
# "a woman wearing a fur coat", "a man standing at the bar": a participle after the head starts a clause
_DESCRIPTION_PARTICIPLE = re.compile(r"(?<=\S)\s+[a-z]{3,}ing(?=\s|$)")
_DESCRIPTION_CUT = re.compile(rf"\s+(?:{alternation(_CASTING['description_cuts'])})(?=\s|$)")
_NOT_A_DESCRIPTION = frozenset(_CASTING["description_rejects"])


def _described(raw: str) -> str:
    """The description a player is credited by, cut to its noun phrase ("appears as a guard during
    the hall fight" → "guard"; "has a cameo as a man on a balcony with dancers" → "man on a balcony"),
    or '' when it is about the part rather than a person in the story ("a small role", "the lead")."""
    m = _DESCRIPTION.match(raw)
    if not m:
        return ""
    d = m.group("d")
    cut = _DESCRIPTION_CUT.search(d)
    if cut:
        d = d[: cut.start()]
    cut = _DESCRIPTION_PARTICIPLE.search(d)
    if cut:
        d = d[: cut.start()]
    if len(_words(d)) > 4 and " of " in d:
        d = d[: d.index(" of ")]  # "the host of a neighbour's party": the head noun before its long complement
    ws = _words(d)
    if len(ws) > 1 and (ws[-1] in _PREPOSITIONS or ws[-1] in _ARTICLES):
        # "the ghost of a Ruritania Park jogger": cut where a name begins, the head noun before the complement
        while len(ws) > 1 and (ws[-1] in _PREPOSITIONS or ws[-1] in _ARTICLES):
            ws.pop()
        at = next((i for i, w in enumerate(ws) if w in _PREPOSITIONS), len(ws))
        ws = ws[:at] if at else ws
        d = " ".join(ws)
    if not ws or len(ws) > 4 or any(w.lower().strip("'’") in _NOT_A_DESCRIPTION for w in ws):
        return ""
    return d if d in raw else ""


def _role_after(raw: str) -> str:
    """The role after "plays"/"as": a name, or the name in apposition to a description ("as the
    hero's butler, Jo Vane"; "as Jane's trainer, Tom Roe")."""
    own = _SELF_ROLE.match(raw)
    if own:
        return own.group(1)  # "makes a cameo as herself"
    app = _APPOSITIVE.match(raw)
    # "as the villain's henchman, Tam Osk": a tie to another character, then the name it has
    if app and (not character(app.group("desc")) or _TIED.match(app.group("desc").strip())):
        named = character(app.group("name"))
        if named:
            return named
    return character(raw)


_ROLE_OF = r"(?:the\s+)?(?:(?:lead|leading|main|title|pivotal|key|central|supporting|female|male|titular|crucial)\s+)?(?:role|part|character)\s+of"
_CHOSEN = re.compile(
    rf"(?P<actor>{NAME_RX})\s+(?:was|were|is|had\s+been|has\s+been|got)\s+"
    rf"(?:(?:also|eventually|finally|later|then|subsequently|ultimately|soon|officially)\s+)?"
    rf"(?:{alternation(_CASTING['chosen_participles'])})\b(?:[^.;]{{0,60}}?\s)??"
    rf"(?:(?:for|in)\s+{_ROLE_OF}|to\s+(?:play|portray|essay|enact)(?:\s+{_ROLE_OF})?|as)\s+"
    # ("A, a former boxer, takes the part of B", "A, making his debut, was given the role of B": one aside)
    rf"|(?P<getter>{NAME_RX})(?:,\s+(?:an?|the|then|making|in|who)\s[^,;()]{{1,60}}?,)?\s+(?:(?:also|eventually|finally|later|then|ultimately)\s+)?"
    rf"(?:{alternation(_CASTING['role_getting_verbs'])})\s+{_ROLE_OF}\s+")
# "In the role of Mayor Tam Osk, A returns from the first film": the part named first, its player the subject
_IN_THE_ROLE_OF = re.compile(rf"\b[Ii]n\s+the\s+(?:[a-z]+\s+)?(?:role|part)\s+of\s+(?P<char>{NAME_RX}),\s+(?P<actor>{NAME_RX})\s+"
                             r"(?=(?:also\s+)?[a-z])(?!(?:who|whose|which|and|or|but|would|could|was\s+to|had\s+been)\b)")
_WENT_TO = re.compile(rf"\b(?:[Tt]he\s+)?(?:(?:lead|leading|main|title|pivotal|key|central|supporting)\s+)?(?:role|part)"
                      rf"(?:\s+of\s+(?P<char>{NAME_RX})|\s+of\s+(?P<desc>(?:the|his|her|their)\s+[^,;()]{{1,40}}?))?,?\s+"
                      # "The role of Tam, which Osk wrote with his father in mind, went to A": an aside about the part
                      r"(?:(?<=,\s)(?:which|whom)\s[^,;()]{1,80}?,\s+)?"
                      rf"(?:(?:eventually|finally|ultimately|later|then|instead)\s+)?"
                      rf"(?:went|was\s+(?:(?:eventually|finally|ultimately|later|then|instead)\s+)?(?:given|handed))\s+to\s+(?:{_CALLING}|(?:(?:stage|screen|film|child|television|veteran|young)\s+)?"
                      rf"(?:(?:actor|actress|newcomer|singer|comedian|[a-z]+-year-old)\s+)?)(?P<actor>{NAME_RX})"
                      rf"|(?P<chosen>{NAME_RX})\s+was\s+(?:(?:also|eventually|finally|later|then|ultimately)\s+)?"
                      rf"(?:(?:{alternation(_CASTING['chosen_participles'])})\s+for\s+the\s+(?:role|part)\b(?!\s+of)"
                      rf"|cast(?:\s+in\s+the\s+(?:film|movie|role|part))?\b(?!\s+(?:as|to|in\s+the\s+(?:role|part)\s+of)\b))")
# "The villain, Tam Osk, went to A": a part a story noun describes, its name in apposition, and its player
_APPOSED_WENT_TO = re.compile(rf"(?:^|;\s+|,\s+and\s+)[Tt]he\s+(?:[a-z][\w-]*\s+)?(?P<noun>{alternation(load('names')['story_person_nouns'])}),\s+"
                              rf"(?P<char>{NAME_RX}),\s+(?:(?:eventually|finally|ultimately|later|then)\s+)?(?:went|was\s+given)\s+to\s+"
                              rf"(?:{_CALLING})?(?P<actor>{NAME_RX})")
_TRIP_AFTER = re.compile(r"\s+(?:for|to|in|at|on|with)\b")  # "went to A for advice": a visit, not a part
# "Tam was the last role of the stage actress A", "The janitor, Tam Osk, was the final screen role of B": the
# subject is the part, the player after "of" (a calling may come before the name)
_LAST_ROLE_OF = re.compile(r",?\s+(?:was|is)\s+(?:the|his|her)\s+(?:final|last|first|only|debut|breakthrough|farewell)\s+"
                           rf"(?:(?:screen|film|feature|movie|credited|speaking)\s+)?(?:role|part)\s+of\s+(?:{_CALLING})?(?P<actor>{NAME_RX})")
_EARLIER_ROLE_OF = re.compile(rf"\b(?:role|part)\s+of\s+(?P<char>{NAME_RX})")


# "A has a cameo as a peanut seller", "B herself can be seen as a waitress", "C makes his customary cameo as a
# guard", "D, the director's mother, has an uncredited walk-on as a woman at the wake": a brief part a
# description names, told in any section that speaks of the film's people. Without a cameo's word the
# verb must say the player is the film's own person ("himself appears as").
# "as a customer in the Vorlish noodle shop": a capitalised word before a lower-case noun, a place of the story,
# not another film's title ("as a waiter in Other Tale")
_PLACE_NOUN_AFTER = re.compile(r"\s+in\s+the\s+[A-Z][\w'’-]*\s+(?!(?:of|and|the|in|on|at|to|for|a|an)\b)[a-z]")
_SIGHTING = alternation(_PEOPLE_WORDS["sighting_verbs"])
_BRIEF_SIGHTING = re.compile(rf"\b(?:{alternation(_PEOPLE_WORDS['brief_sighting_verbs'])})\b")
_CAMEO_AS = re.compile(
    rf"(?P<actor>{NAME_RX})(?P<aside>,\s+(?:the|an?|his|her|their|later|then|now|once|formerly|[A-Z][\w'’-]*['’]s)\s[^,;()]{{2,60}},|,)?\s+"
    r"(?P<self>(?:(?:himself|herself|also|briefly|too)\s+)*)"
    r"(?P<verb>(?:has|had|makes|made|does|did|gets|got|plays|played)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cameo|walk-on|bit\s+part)(?:\s+(?:appearance|role))?"
    # "has a one-line part as", "has a single scene as": a part its brevity marks as a walk-on
    # ("makes a brief, uncredited appearance as": a credit not given may follow the brevity)
    rf"|(?:has|had|makes|made)\s+an?\s+(?P<brief>one-line|single|small|tiny|brief|short|non-speaking|wordless)(?:,?\s+(?:{_NO_CREDIT}),?)?"
    r"\s+(?:speaking\s+)?(?:part|role|scene|appearance)"
    rf"|(?:appears|appeared|(?:can\s+be|is|was)\s+(?:{_SIGHTING}))"
    rf"(?P<how>(?:\s+(?:{_NO_CREDIT}|in\s+(?:an?\s+)?(?:(?:uncredited|brief|short|special)\s+)?(?:cameo|bit))|,\s+(?:{_NO_CREDIT}),)*))"
    # ("can be glimpsed in the wedding scene as": the scene may come between)
    r"(?:\s+in\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:scene|sequence|scenes|sequences))?"
    # ("as one of the village boys": one of a plural description; "as the voice of a forecaster": a voice's part)
    rf"\s+as\s+(?P<one>one\s+of\s+(?=the\s))?(?P<voice_of>(?:the\s+)?(?:{_VOICE_NOUN})\s+of\s+)?"
    r"(?=(?:an?|the)\s+(?:[A-Z][\w-]+\s+)?[a-z]|[A-Z][\w-]*['’]s\s+[a-z])")
_CAMEO_PART_WORDS = tuple(_PEOPLE_WORDS["cameo_part_words"])
_CAMEO_CUE = (*_CAMEO_PART_WORDS, *_PEOPLE_WORDS["cameo_cues"])
_ANOTHER_TITLE = re.compile(r"\b[Ii]n\s+(?:the\s+)?(?:\d{4}\s+)?(?:[a-z]+\s+)?(?:[A-Z\"“])")


# "A young Tam Osk, who would become a star, can be glimpsed without credit among the villagers": an uncredited
# glimpse of a player, with no part named (the words of an uncredited appearance are required)
_GLIMPSED = re.compile(
    rf"(?P<actor>{NAME_RX})(?:,\s+(?:the|an?|his|her|their|later|then|now|once|formerly|who)\s[^,;()]{{2,90}},)?\s+(?:also\s+)?"
    r"(?:can\s+be|is|was|are|were)\s+(?:briefly\s+)?(?:seen|glimpsed|spotted)(?:\s+(?:briefly|uncredited|without\s+credit))+"
    r"\s+(?:among|in\s+the\s+(?:crowd|background))\b")


_CAPPED_DESC = re.compile(r"(?:an?|the)\s+(?P<cap>[A-Z][\w'’-]+)\s+(?=[a-z])")


def _cast_from_cameos(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """A cameo or walk-on by a described part: "A has a cameo as a peanut seller" (a full name, or a
    surname the article completes)."""
    text = s.text
    for m in _CAMEO_AS.finditer(text):
        verb = m.group("verb")
        if not (m.group("self").strip() or m.group("how") or m.group("brief") or any(c in verb for c in _CAMEO_PART_WORDS)
                or _BRIEF_SIGHTING.search(verb)):
            continue  # "A appears as a nurse" outside a cast section: the cast frames' own, with their checks
            # ("A can be glimpsed as a cigarette girl": the verb itself tells a glimpse)
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        if not is_person(actor) and len(_words(actor)) == 1 and not st.people.full(actor) and m.group("self").strip():
            # "Osk himself can be spotted as the executioner": a family name written first ("Osk Tam-lun"), the
            # one full name it opens
            head = st.people.by_first(actor)
            if head and " " in head and not st.people.family(actor):
                st.aliases.setdefault(actor, head)
            # "Osk himself can be glimpsed as a passenger" beside several Osks (the director's niece and wife
            # among them): the one the film credits for its making is the "himself" of its own people
            crew = {c.name for c in st.crew if c.name.endswith(" " + actor) and is_person(c.name)}
            if not head and len(crew) == 1 and len(st.people.family(actor)) > 1:
                st.aliases.setdefault(actor, crew.pop())
        if not is_person(actor) and not (len(_words(actor)) == 1 and (st.people.full(actor) or actor in st.aliases)):
            continue
        before = text[: m.start()]
        desc = _described(text[m.end():])
        if m.group("one"):
            desc = _one_of(desc) if desc else ""  # "as one of the village boys": a village boy
        capped = _CAPPED_DESC.match(text, m.end()) if not desc and not m.group("one") else None
        if capped:
            # "a cameo as a Vorlish fisherman", "a small scene as a TV reporter": one capitalised word qualifies the noun
            rest = _described("a " + text[capped.end():])
            desc = f"{capped.group('cap')} {rest}" if rest and f"{capped.group('cap')} {rest}" in text else ""
        if not desc and text[m.end(): m.end() + 1].isupper():
            desc = character(text[m.end():])  # "has a single scene as Mina's husband": a part tied to a named one
            desc = desc if _TIED.match(desc) else ""
        if not desc:
            continue
        after = text[text.find(desc, m.end()) + len(desc):]
        if _WISH.search(before) or _ORIGINALLY.search(before[-40:]) or _OTHER_FILM.search(before) \
                or _OTHER_PRODUCTION.search(before) or _ANOTHER_TITLE.search(before[-60:]) \
                or (re.match(r"\s+in\s+(?:the\s+)?(?:\d{4}\s+)?(?:[a-z]+\s+)?[A-Z\"“]", after) and not _PLACE_NOUN_AFTER.match(after)) \
                or re.search(r"\b(?:would|could|if|not|never|who)\s*$", before):
            continue
        st.add_pair(s, actor, desc, voice_ctx or bool(m.group("voice_of")) or verb.endswith("heard"), False)


# "The retired judge A, who presided over the trial, also appears as himself", "B appears as herself": a real
# person shown as themselves, named by the subject before the verb (past a description or a relative clause);
# "a cameo by the poet C as himself". (Not "..., as do D and E": their own word is not written, and a surname
# among them would complete the subject's to the wrong one of a family.)
# ("appears as an animated version of himself", "voices a cartoon version of herself": the self part, drawn;
# "Grandmaster A, playing himself, referees the bout": an aside naming the part)
_AS_SELF = re.compile(r"(?:\s+(?:also|too|briefly))*\s+(?:(?:appears|appeared|appear|is\s+seen|was\s+seen)\s+as|"
                      r"plays|played|portrays|portrayed|voices|voiced|(?:performs|performed)(?:\s+[\"“][^\"”]{1,60}[\"”])?\s+as)"
                      r"\s+(?:an?\s+(?:[a-z-]+\s+){0,2}?version\s+of\s+)?(?P<self>himself|herself)\b"
                      r"|(?<=[A-Za-z]),\s+playing\s+(?P<aside>himself|herself),")
# "A and his Orchestra appear as themselves", "the bandleader B and his band The Osk Kings appear as themselves":
# a leader and their group, the leader shown as themselves (the group is no person)
_LEADER_AND_GROUP_SELVES = re.compile(rf"(?P<name>{NAME_RX})\s+and\s+(?P<own>[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+){{0,4}}?"
                                      r"(?:appear|appears|appeared|appearing)\s+as\s+themselves\b")
# "the singer A, who performs "Tam" as herself": the player before a who-clause; "the journalist A of the
# Ruritania Ledger appears as herself": the employer after the name is no part of it
_WHO_END = re.compile(r",\s+who$")
_OF_EMPLOYER = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$")
# "The singer Big Osk (Kip Ross) appears as himself": the real name in brackets after a stage name
_REAL_NAME_AT_END = re.compile(rf"(?P<stage>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})\s+\((?P<real>{NAME_RX})\)\s*$")
_SELF_SUBJECT_ASIDE = re.compile(r",\s+(?:who|whose|then|now|an?|the)\b[^,;()]*,\s*$")
# (or an organisation's words before a calling, opening the sentence: "Osk Press co-publisher A appears as himself")
_SELF_SUBJECT_HEAD = re.compile(r"(?:^|;\s+|,\s+and\s+)(?:(?:[Tt]he|[Aa]n?|[A-Z][\w'’-]*['’]s)\s+(?:[\w-]+\s+){0,4}?)?$"
                                r"|^(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z][\w-]*\s+){1,2}$")
_CAMEO_BY_SELF = re.compile(rf"\bcameos?\s+(?:appearances?\s+)?(?:by|from)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<actor>{NAME_RX})"
                            r"\s+as\s+(?P<self>himself|herself)\b")


def _billed_surname(st: _State, name: str) -> bool:
    """A lone surname that stands for one player the film already bills ("the role of Tam went to Pell" after
    "starring Ora Pell"): read as that player (the merge completes the name) where a frame asks for a person."""
    if " " in name or not name[:1].isupper():
        return False
    if any(p.actor == name and p.strong for p in st.pairs):
        return True  # a one-word stage name the lead bills ("starring Ora Pell and Zarko"): "Tam was played by Zarko"
    full = st.people.full(name)
    return bool(full) and any(p.actor == full for p in st.pairs)


def _self_player(st: _State, name: str, self_word: str = "") -> str:
    """A full name, or a surname the article completes ("Osk" after "the manager, Tam Osk"); '' else."""
    name = _without_office(_trim_leading_stops(clean_name(name)))
    if is_person(name):
        return name
    if len(_words(name)) != 1:
        return ""
    family = st.people.family(name)
    if len(family) == 1 and st.people.full(name):
        return name
    if self_word and len(family) > 1:
        # "Osk appears as herself" with Tam Osk and Sela Osk named: the one of them the word can be
        other = "Himself" if self_word.lower() == "herself" else "Herself"
        fits = [n for n in family if _self_part(n) != other]
        if len(fits) == 1:
            st.aliases.setdefault(name, fits[0])  # the pair keeps the sentence's word; the merge completes it
            return name
    return ""  # one Osk of two ("Tam Osk", "Sela Osk") is neither


_FIRST_NAMES = load("first_names")
_MEN = frozenset(_FIRST_NAMES["male"]) - frozenset(_FIRST_NAMES["either"])
_WOMEN = frozenset(_FIRST_NAMES["female"]) - frozenset(_FIRST_NAMES["either"])


_HE = re.compile(r"\b(?:he|him|his|himself)\b")
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b")


def _self_part(name: str, st: _State | None = None) -> str:
    """"Himself" / "Herself" for a person shown as themselves, when the given name tells which (a common
    given name of one gender, first_names.toml) or, failing that, the pronouns of the article's sentences that
    open with the person's name ("Kip Morrow is a student, though he ..."), all of one gender; '' else: no part
    is better than a wrong one."""
    first = _words(name)[0].lower()
    if first in _MEN or first in _WOMEN:
        return "Himself" if first in _MEN else "Herself"
    if st is None or len(_words(name)) < 2:
        return ""
    he = she = False
    for sent in st.article.sentences:
        at = 0 if sent.text.startswith(name) else sent.text.find(name + " is ") if name + " is " in sent.text else -1
        if at >= 0:  # the person the sentence is about: "A is an art student who feels his life ..."
            rest = sent.text[at + len(name):]
            he, she = he or bool(_HE.search(rest)), she or bool(_SHE.search(rest))
    return "Himself" if he and not she else "Herself" if she and not he else ""


# "A appears as himself, as do B, C and D": the people after "as do" are shown as themselves too
_AS_DO = re.compile(r",\s+as\s+(?:do|does|did)\s+(?:also\s+)?(?=[A-Z])")


def _as_do_selves(st: _State, s: Sentence, pos: int, word: str) -> None:
    """The list after ", as do" that follows a self appearance (``word``, "himself") ending at ``pos``: each one
    shown as themselves (a surname the article completes: "as do Grier and Aldana"). A part is the sentence's own
    word, so only a person known to be of the word's gender is read (a woman after "as himself, as do" is not
    given "himself" by a surname, nor a person of unknown gender a part the sentence never words; a full name of
    the other gender is given its own self part, stated by the sentence's word: casting.toml stock_parts)."""
    m = _AS_DO.search(s.text, pos)
    if not m or ";" in s.text[pos: m.start()]:
        return
    names, _ = _names_list(s.text, m.end())
    for raw in names:
        actor = _self_player(st, raw)
        own = _self_part(st.people.full(actor) or actor, st) if actor else ""
        if own and (own == word.capitalize() or len(_words(actor)) > 1):  # a full name: its own self part, by the
            st.own_selves[actor] = own  # stock table (a surname's mention must stay the surname)
            st.add_pair(s, actor, word, False, False)


_JOB_NOUNS = _CASTING["job_cameo_nouns"]
_JOB_CAMEO = re.compile(
    rf"(?:^|;\s+|,\s+and\s+)(?P<who>[Tt]he\s+(?:film['’]s\s+|movie['’]s\s+)?(?:{alternation(_JOB_NOUNS)}))\s+(?:himself\s+|herself\s+)?"
    r"(?:also\s+|briefly\s+)?(?:appears|appeared|can\s+be\s+seen|is\s+seen|was\s+seen|makes|made|has|had)\b"
    r"(?P<mid>[^.;]{0,40}?)\s+as\s+")


def _cast_from_job_cameos(st: _State, s: Sentence) -> None:
    """"The film's composer appears briefly, uncredited, as a bandleader", "The novelist herself appears in a cameo
    as a fish auctioneer": the one person the article credits with that job plays the part (the sentence's words
    for the person are the mention)."""
    for m in _JOB_CAMEO.finditer(s.text):
        if re.search(r"\b(?:not|never|declined|refused|would|was\s+to)\b", m.group("mid")):
            continue
        role = _JOB_NOUNS[_words(m.group("who"))[-1].lower()]
        holders = {c.name for c in st.crew if c.role == role}
        part = _described(s.text[m.end():])
        if len(holders) != 1 or not part:
            continue
        who = m.group("who")
        st.aliases[who] = holders.pop()
        st.add_pair(s, who, part, False, False)


def _cast_as_themselves(st: _State, s: Sentence) -> None:
    """People the prose says appear as themselves, one subject at a time (a list's frames read the lists)."""
    text = s.text
    if _OTHER_FILM.search(text) or _WISH.search(text):
        return
    found: list[tuple[str, str]] = []
    if "themselves" in text:
        for m in _LEADER_AND_GROUP_SELVES.finditer(text):
            name = _trim_leading_stops(clean_name(m.group("name")))
            own = m.group("own").lower()
            if is_person(name) and own != "their":
                st.own_selves.setdefault(name, "Himself" if own == "his" else "Herself")
                found.append((name, "themselves"))
    for m in _AS_SELF.finditer(text):
        if m.group("aside"):
            before = text[: m.start()]
            name = NAME_AT_END.search(before)
            if name and _SELF_SUBJECT_HEAD.search(before[: name.start()]):
                found.append((name.group(0), m.group("aside")))
            continue
        before = _SELF_SUBJECT_ASIDE.sub("", text[: m.start()])
        real = _REAL_NAME_AT_END.search(before) if before.endswith(")") else None
        if real and _SELF_SUBJECT_HEAD.search(before[: real.start()]) and is_person(real.group("real")):
            found.append((real.group("real"), m.group("self")))
            stage = (real.group("real"), real.group("stage"))  # the bracket read the stage name as a part: it is none
            st.parens[:] = [p for p in st.parens if p.sentence != s.idx or (p.actor, p.character) != stage]
            st.pairs[:] = [p for p in st.pairs if p.sentence != s.idx or (p.actor, p.character) != stage]
            continue
        who = _WHO_END.search(before)
        if who:
            name = NAME_AT_END.search(before, 0, who.start())
            if name and is_person(name.group(0)):
                found.append((name.group(0), m.group("self")))
            continue
        employer = _OF_EMPLOYER.search(before)
        if employer and NAME_AT_END.search(before, 0, employer.start()):
            before = before[: employer.start()]
        name = NAME_AT_END.search(before)
        if name and _SELF_SUBJECT_HEAD.search(before[: name.start()]):
            found.append((name.group(0), m.group("self")))
        if " as d" in text:
            _as_do_selves(st, s, m.end(), m.group("self"))
    for m in _CAMEO_BY_SELF.finditer(text):
        found.append((m.group("actor"), m.group("self")))
    for raw, part in found:
        actor = _self_player(st, raw, part)
        if actor and not re.search(r"\b(?:not|never|declined|refused)\b", text[: text.find(raw)][-40:]):
            st.add_pair(s, actor, part, False, False)


_CREW_TITLE_HEADS = frozenset(_CASTING["crew_title_heads"])


def _crew_title(ch: str) -> bool:
    """"hired as the Creative Director", "signed as Production Designer": a job title, not a part. A part
    named by one such word alone ("chosen as the Director" in a film with a character so called) stays."""
    ws = _words(ch)
    return len(ws) >= 2 and ws[-1].lower() in _CREW_TITLE_HEADS


def _cast_from_choices(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """"A was selected for the role of B", "A was roped in to play B", "A landed the role of B",
    "B was offered to C, but the role went to A": a choice that is the casting (a wish is not)."""
    text = s.text
    for m in _CHOSEN.finditer(text):
        actor = _trim_leading_stops(clean_name(m.group("actor") or m.group("getter")))
        before = text[: m.start()]
        if (not is_person(actor) and not st.stage_name(actor) and not st.people.full(actor)) \
                or _WISH.search(before) or _ORIGINALLY.search(before[-40:] + m.group(0)) \
                or re.search(r"\b(?:not|never|n't|who|if|whether|would)\b", m.group(0) + before[-12:]):
            continue
        ch = _role_after(text[m.end():])
        if not ch and not m.group(0).rstrip().endswith(" as") and _DESCRIBED_ROLE.match(text, m.end()) \
                and "respectively" not in text[m.end():]:
            # "A was hired to play a detective", "B landed the role of the nurse" (never "hired as a columnist": a job)
            ch = _described(text[m.end():])
            ch = "" if _is_crew_noun(ch) else ch
        if ch and not _crew_title(ch):
            st.add_cast_choice(s, actor, ch, voice_ctx)
    for m in _WENT_TO.finditer(text):
        actor = _trim_leading_stops(clean_name(m.group("actor") or m.group("chosen")))
        earlier = list(_EARLIER_ROLE_OF.finditer(text, 0, m.start()))
        raw = m.group("char") or (earlier[-1].group("char") if earlier and not m.group("desc") else "")
        ch = character(_trim_leading_stops(clean_name(raw))) if raw else ""
        if not ch and m.group("desc"):
            # "the part of her uncle Walt went to B": the name the description gives, or the described part
            ch = _role_after(m.group("desc")) or _described_part(m.group("desc"), "as the")
        if ch and (is_person(actor) or _billed_surname(st, actor)) and not re.search(r"\b(?:would|if|not|never)\b", text[m.start(): m.end()]):
            st.add_cast_choice(s, actor, ch, voice_ctx)
    for m in _IN_THE_ROLE_OF.finditer(text) if "n the role of " in text or "n the part of " in text else ():
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        ch = character(_trim_leading_stops(clean_name(m.group("char"))))
        if ch and ch != actor and (is_person(actor) or _billed_surname(st, actor)) and not _WISH.search(text) \
                and not _ORIGINALLY.search(text[: m.end()]) and not _OTHER_FILM.search(text[: m.start("actor")]):
            st.add_pair(s, actor, ch, voice_ctx, False)
    for m in _APPOSED_WENT_TO.finditer(text) if " went to " in text or " given to " in text else ():
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        ch = character(_trim_leading_stops(clean_name(m.group("char"))))
        if ch and is_person(actor) and ch != actor and not _TRIP_AFTER.match(text, m.end()):
            st.add_cast_choice(s, actor, ch, voice_ctx)
    if " role of " in text or " part of " in text:
        for m in _LAST_ROLE_OF.finditer(text):
            actor = _trim_leading_stops(clean_name(m.group("actor")))
            before = text[: m.start()]
            subject = before[_CLAUSE_START.match(before).end():] if _CLAUSE_START.match(before) else before
            aside = _SUBJECT_ASIDE.search(subject)
            ch = _part_of_subject(st, subject[: aside.start()] if aside else subject)
            if ch and is_person(actor) and ch != actor and not _OTHER_RUN.match(text, m.end()) \
                    and not re.search(r"\b(?:would|if|not|never)\b|\bin\s+(?:the\s+)?[A-Z\"“\d]", before):  # "Tam in Other Tale was …"
                st.add_pair(s, actor, ch, voice_ctx, False)


# A part given to a player the sentence names only as its subject, by a pronoun in a later clause: "Pell, then
# fifty-one, had played leads since the silent era; the part of Mina was written for her", "Lune Varga made her
# screen debut in the film, and she plays Ivo's sister Rena". (The sentence's subject is the pronoun's only
# possible person: another person named between them, a pronoun of the other gender, a wish or an undoing
# ("written for her, but she fell ill") and the frame reads nothing.)
_PRONOUN_SUBJECT = re.compile(rf"^(?:(?:[Tt]he\s+)?(?:{_CALLING}))?(?P<subj>{NAME_RX})(?=,|\s+[a-z])")
_PRONOUN_PART = re.compile(
    r"(?:;\s+|,\s+(?:and|so)\s+|\s+and\s+)"
    r"(?:(?P<pro>he|she)\s+(?:also\s+|now\s+)?(?:plays|played|portrays|portrayed)\s+(?=[A-Z]|(?:the|an?)\s)"
    r"|the\s+(?:(?:title|lead|leading|main|central)\s+)?(?:part|role)\s+of\s+"
    rf"(?P<char>{_STORY_NAME})\s+(?:was|had\s+been)\s+(?:(?:specially|especially|specifically|expressly)\s+)?"
    r"(?:written|created|tailored|conceived)\s+(?:(?:especially|specially|specifically|expressly)\s+)?"
    r"(?:for\s+(?P<obj>him|her)|with\s+(?P<obj2>him|her)\s+in\s+mind)\b)")
_UNDONE_AFTER = re.compile(rf"\b(?:{alternation(_PEOPLE_WORDS['undone_after'])})\b")


# A part as the sentence's subject, its player by a pronoun in a later clause: "Tam has no dialogue until his
# final scene, in which he is voiced by A", "Mina never speaks; she is played by B"
_PART_PRONOUN_BY = re.compile(r"(?:,\s+(?:in\s+which|where|when)\s+|;\s+|,\s+and\s+|\s+and\s+)(?P<pro>he|she)\s+"
                              r"(?:is|was)\s+(?:also\s+|only\s+)?(?P<verb>voiced|played|portrayed)\s+by\s+"
                              rf"(?:{_CALLING}|the\s+)?(?P<actor>{NAME_RX})")


def _part_then_pronoun_player(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """The part the sentence opens with (a name the plot writes, no player's), played or voiced by the player a
    later clause names after "he is voiced by" ("Tam has no dialogue until his final scene, in which he is voiced
    by A"); no other person named between them."""
    text = s.text
    subj = _PRONOUN_SUBJECT.match(text)
    if not subj or _WISH.search(text) or _OTHER_FILM.search(text):
        return
    ch = character(_trim_leading_stops(clean_name(subj.group("subj"))))
    players = {p.actor for p in st.pairs} | {w for p in st.pairs for w in (_words(p.actor)[0], _words(p.actor)[-1])}
    if not ch or ch in players or st.is_title(ch) or _billed_surname(st, ch) \
            or not has_whole_word(st.plot_unbracketed, ch):
        return
    m = _PART_PRONOUN_BY.search(text, subj.end())
    if not m or any(n.group(0) != ch for n in _NAME_AT.finditer(text, subj.end(), m.start())):
        return  # "Tam meets Ora, and she is played by A": the pronoun may be another's
    actor = _trim_leading_stops(clean_name(m.group("actor")))
    if is_person(actor) and actor != ch:
        st.add_pair(s, actor, ch, voice_ctx or m.group("verb") == "voiced", False)


def _pronoun_parts(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """The part a later clause gives by a pronoun ("…; she plays Rena", "…; the part of Mina was written for
    her") to the sentence's subject, a player the film bills or a full name; the part a name (the story's, or
    one after a description: "Ivo's sister Rena"), never a player."""
    text = s.text
    subj = _PRONOUN_SUBJECT.match(text)
    if not subj or _WISH.search(text) or _OTHER_FILM.search(text):
        return
    actor = _trim_leading_stops(clean_name(subj.group("subj")))
    if not actor or not (is_person(actor) or _billed_surname(st, actor)):
        return
    players = {p.actor for p in st.pairs} | {_words(p.actor)[-1] for p in st.pairs}
    for m in _PRONOUN_PART.finditer(text, subj.end()):
        between = text[subj.end(): m.start()]
        if any(is_person(n.group(0)) or _billed_surname(st, n.group(0)) or n.group(0) in players
               or has_whole_word(st.plot_unbracketed, n.group(0))
               for n in _NAME_AT.finditer(between)):
            return  # "Pell met Marrow, and he plays Tam": the pronoun may be the other's
        pro = m.group("pro") or m.group("obj") or m.group("obj2")
        own = _self_part(st.people.full(actor) or actor, st)
        if own and own != ("Himself" if pro in {"he", "him"} else "Herself"):
            return
        rest = text[m.end():]
        if _UNDONE_AFTER.search(rest) or re.search(r"\b(?:would|if|not|never)\b", between[-40:]):
            return
        ch = character(m.group("char")) if m.group("char") else _role_after(rest)
        if not ch or ch in players or ch == actor or st.is_title(ch):
            return
        if not is_person(ch) or has_whole_word(st.plot_unbracketed, ch):
            st.add_pair(s, actor, ch, voice_ctx, False)  # a full name only when the story writes it (not a person)
        return


# "…, B as Eva", "…, with B as the rancher's daughter Eva", "… Geli, a baker, alongside B as Eva": the next player
_MORE_AS = re.compile(r"(?:,\s+(?:an?|the|his|her|their)\s+[^,;()]{1,40}?(?=,))?"
                      rf"(?:,\s+(?:and\s+|with\s+|alongside\s+|opposite\s+)?|\s+(?:and|with|alongside|opposite)\s+)(?={NAME_RX}\s+as\s+)")


# "A plays Mina, and B the young clerk Kip": the next player and part, the verb left out (the part a name the
# plot writes, the player a full name or a billed surname)
# ("…, and B the landlady, Mrs. Osk": a description in apposition before the name)
_GAPPED_PLAYS = re.compile(rf",?\s+and\s+(?P<b>{NAME_RX})\s+(?P<part>(?:(?:the|his|her|their)\s+(?:[a-z][\w'’-]*,?\s+){{0,3}})?{_STORY_NAME})\s*(?=[.;]|$)")


def _gapped_player(st: _State, s: Sentence, text: str, pos: int, voice: bool) -> None:
    """The player and part after ", and" that share the clause before's verb ("…, and B the clerk Kip")."""
    m = _GAPPED_PLAYS.match(text, pos) if " and " in text[pos: pos + 8] else None
    if not m:
        return
    actor = _trim_leading_stops(clean_name(m.group("b")))
    ch = _role_after(m.group("part")) if "," in m.group("part") else character(m.group("part"))
    players = {p.actor for p in st.pairs} | {_words(p.actor)[-1] for p in st.pairs}
    named = _AGE_PREFIXED.match(ch)  # "the young Kip": the plot writes Kip
    story = _words(ch)[-1] if named else ch
    if not ch or ch.rstrip(".") + "." in _HONORIFICS or ch in players or ch == actor \
            or not (is_person(actor) or _billed_surname(st, actor)) or not has_whole_word(st.plot_unbracketed, story):
        return
    st.add_pair(s, actor, ch, voice, False)


def _more_players_as(st: _State, s: Sentence, text: str, pos: int, voice: bool) -> None:
    """"A stars as Geli Ross, B as Eva Dunn and C as Kip": the players after the first one's role,
    each with "as" and a role, up to the clause's end."""
    more = _MORE_AS.match(text, pos) if pos > 0 else None
    if not more:
        return
    tail = re.split(r"[;:]|\.\s", text[more.end():], maxsplit=1)[0]
    for raw in _split_items(tail):
        parsed = _parse_item(raw)
        if parsed is None or parsed[1] is None or not (is_person(parsed[0]) or (
                len(_words(parsed[0])) == 1 and st.people.full(parsed[0]) in {p.actor for p in st.pairs})):
            break  # a full name, or the surname of a player already billed ("…, with Osk as her husband Tam")
        # a name ("as the rancher's daughter Eva": Eva), or the part a story names a person by ("as her father")
        ch = _role_after(parsed[1]) or _described_role(parsed[1].rstrip(". "))
        if not ch:
            break
        st.add_pair(s, parsed[0], ch, voice, False)


# The rest of a list of roles paired "respectively" with a list of players: "… as X and the Ys, respectively".
_RESPECTIVE_TAIL = re.compile(r"(?:\s*,?\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*\s*,?\s+respectively\b")


_GIVEN_NAMES = given_names()
_GIVEN_AND = re.compile(r"(?:^|[\s,;(])(?P<given>[A-Z][a-z]+)\s+and\s+$")


def _partner_by_surname(st: _State, s: Sentence, before: str, actor: str, char: str, voice: bool) -> None:
    """"Bill and Mary Osk cameo as hosts": a given name joined to a player's full name shares the
    surname (Bill Osk), when it is a common given name (first_names.toml) the article writes only there."""
    ws = _words(actor)
    m = _GIVEN_AND.search(before[: len(before) - len(actor)].rstrip() + " ") if len(ws) == 2 else None
    if not m or m.group("given").lower() not in _GIVEN_NAMES or st.people.full(m.group("given")):
        return
    alone = re.compile(rf"\b{re.escape(m.group('given'))}\b")
    if sum(len(alone.findall(t.text)) for t in st.article.sentences) > 1:
        return  # a given name the article uses again is a one-word stage name ("Yash and Ora Osk star")
    st.aliases[m.group("given")] = f"{m.group('given')} {ws[-1]}"
    st.add_pair(s, m.group("given"), char, voice, False)  # stated as "Bill", stored in full with that mention


# "Ora Pell, wife of the producer, cameos as", "Bede Marrow (credited as B. Marrow), who wrote a song, plays":
# a name opening the sentence or a clause, then one aside set off by commas, then the verb.
# ("The comedian Zarko, a star of the halls, plays Tam": a calling may open the subject)
# ("The nine-year-old A, a pupil at the village school, plays Tam", "… and the fourteen-year-old B, in his first
# film, plays Rudi": a child player's age before the name, and a subject after a bare "and")
_APPOSED_SUBJECT = re.compile(rf"(?:^|;\s+|,?\s+and\s+)(?:(?:[Tt]he|[Aa]n?)\s+(?:(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:{alternation(_CASTING['performer_callings'])})"
                              rf"|(?:\d{{1,2}}|[a-z]+(?:-[a-z]+)?)-year-old)\s+)?(?P<name>{NAME_RX})(?:\s+\([^()]{{1,60}}\))?,\s+(?=[a-z])[^,;()]{{3,120}},$")


_PERFORMER_APPOSED = re.compile(rf"^[^,;]{{2,40}},\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:actor|actress|singer|comedian|dancer|director|"
                                rf"wrestler|model)\s+(?P<name>{NAME_RX}),$")
_CAST_AS = re.compile(r"(?:(?:is|was|were|had\s+been|has\s+been|being)\s+)?cast\s+(?:as|in\s+the\s+(?:[a-z]+\s+)?(?:role|part)\s+of)"
                      r"|(?:was|is)\s+signed\s+(?:on\s+)?to\s+play|joined\s+the\s+cast\s+as")


_PLACE_BEFORE = re.compile(r"\b(?:from|in|at|into|near|on|to|across|through)\s+$")


# "A and B star as Jim and Kitty", "A and B play Jim and Kitty": two players, two parts, in order
_TWO_PLAY_TWO = re.compile(rf"(?P<a>{NAME_RX})\s+and\s+(?P<b>{NAME_RX})\s+(?:also\s+)?(?:star|starred|co-star|co-starred|play|played|"
                           rf"portray|portrayed|(?:were|are)\s+(?:later\s+|also\s+)?cast\s+as|joined\s+the\s+(?:cast|film)\s+as)\s+(?:as\s+)?(?P<x>{NAME_RX})\s+and\s+(?P<y>{NAME_RX})\s*(?:[,.;]|$)")


# "A and B play Tam's parents", "A, B and C were cast as Lune's brothers": each player has the shared tie
_SHARED_TIE = re.compile(
    rf"(?P<names>{NAME_RX}(?:\s*,\s*{NAME_RX})*,?\s+and\s+{NAME_RX})\s+(?:also\s+)?(?:play|played|portray|portrayed|"
    r"(?:are|were)\s+cast\s+as|appear\s+as|appeared\s+as)\s+"
    r"(?P<tie>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s\s+(?:(?:elder|younger|older|twin|two|three|teenage|adult)\s+)?"
    rf"(?:{alternation(_CASTING['plural_tie_nouns'])}))\b(?!['’-])")


def _shared_ties(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """"A and B play Tam's parents": the tie as written is each player's part (a list after "of", "by" or a
    capitalised word is not the clause's subject: "the daughters of A and B play ...")."""
    text = s.text
    for m in _SHARED_TIE.finditer(text):
        if re.search(r"(?:\b(?:of|the|with|who|if|would|and|by|as)|[A-Z][\w'’-]*)\s+$", text[: m.start()]) \
                or _WISH.search(text[: m.start()]):
            continue
        if "respectively" in text and re.match(r"\s+[A-Z]", text[m.end():]):
            continue  # "A and B play Tam's cousins Ora and Lune, respectively": the tie describes named parts
        names = [_trim_leading_stops(clean_name(n)) for n in _LIST_SEP.split(m.group("names"))]
        if len(names) >= 2 and all(is_person(n) for n in names):
            for n in names:
                st.add_pair(s, n, m.group("tie"), voice_ctx, False)


def _production_part(st: _State, kinds: set[str], actor: str, verb: str, after: str) -> bool:
    """"Among the supporting players, A played the sheriff", "Osk also portrayed the ghost of a jogger": a part
    given by a description in the production's own prose, as a named part there is, by a verb of playing (a
    script's "Tam appears as a ghost" is the story's) and a player the plot does not name as one of its people.
    The description must be a person of the story (its noun a story person's, names.toml story_person_nouns, or
    one the plot uses) unless the film already bills the player: "B played the organ on the score" is no part."""
    if not kinds & {"production", "filming", "casting"} or not _PLAYING_VERB.fullmatch(verb):
        return False
    full = actor if " " in actor else st.people.full(actor)
    if not full or full in st.plot_unbracketed or actor in st.plot_unbracketed:
        return False
    if any(p.actor in (full, actor) for p in st.pairs):
        return True
    ws = _words(_described(after))
    head = next((ws[i - 1] for i, w in enumerate(ws) if i and w in _PREPOSITIONS), ws[-1] if ws else "").lower()
    return bool(head) and (head in _STORY_PERSON_NOUNS or re.search(rf"(?i)\b{re.escape(head)}(?:s|es)?\b", st.plot_unbracketed) is not None)


_STORY_PERSON_NOUNS = frozenset(load("names")["story_person_nouns"])


_PLAYING_VERB = re.compile(r"(?:plays|played|portrays|portrayed)")


def _billed_apposed_subject(st: _State, text: str, end: int) -> str:
    """The subject before a comma-bound aside in the production's prose ("Osk, borrowed from another studio,
    played the gangster's moll Tam Varn", "Ora Pell, who had tested for the part, plays the widow"): only a
    player the film already bills (full name, or a surname of one), and only when the aside names no year or
    other film ("A, years before in Other Tale, starred as C" is that film's part)."""
    app = _APPOSED_SUBJECT.search(text, 0, end)
    if not app:
        return ""
    actor = _trim_leading_stops(clean_name(app.group("name")))
    full = actor if " " in actor else st.people.full(actor)
    aside = text[app.end("name"): end]
    if not full or _YEAR_IN.search(aside) or _OTHER_FILM.search(text[:end]) or _ANOTHER_TITLE.search(aside):
        return ""
    return actor if any(p.actor in (full, actor) for p in st.pairs) else ""


def _cast_from_verbs(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """"A plays B", "A voices B", "B is played by A", "A was cast as B"."""
    text = s.text
    if "s " in text and " and " in text and _SHARED_TIE.search(text):
        _shared_ties(st, s, voice_ctx)
    for m in (_TWO_PLAY_TWO.finditer(text) if text.count(" and ") >= 2 else ()):
        a, b = (_trim_leading_stops(clean_name(m.group(g))) for g in ("a", "b"))
        x, y = character(m.group("x")), character(m.group("y"))
        if is_person(a) and is_person(b) and x and y and not _WISH.search(text[: m.start()]):
            st.add_pair(s, a, x, voice_ctx, False)
            st.add_pair(s, b, y, voice_ctx, False)
    for m in (*_SEVERAL_ROLES.finditer(text), *(_BOTH_ROLES.finditer(text) if " both " in text else ())):
        # "A plays a dual role as Tam and his son Lune", "stars A in a double role as Tam and Lune": one
        # player, the roles as the sentence lists them
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        if (is_person(actor) or st.stage_name(actor)) and not _WISH.search(text[: m.start()]):
            st.add_pair(s, actor, re.sub(r"^the\s+", "", clean_name(m.group("chars"))), voice_ctx, False)
    for m in _VERB_PLAYS.finditer(text):
        actor = _name_before(text, m.start())
        if not actor and text[m.start() - 1: m.start()] == "," and st.article.sections[s.section].kind in {"lead", "cast"}:
            # "Ora Pell, wife of the producer, appears as a nurse": the subject before a comma-bound aside
            # (in the billing only: elsewhere the aside is often another film's, "A, years before B, starred as C")
            app = _APPOSED_SUBJECT.search(text, 0, m.start())
            actor = _trim_leading_stops(clean_name(app.group("name"))) if app else ""
            if not actor:
                # "Tam's wife, actress Lune Varga, makes a special appearance as a florist": the player named in
                # apposition to the subject, after a performer's noun
                app = _PERFORMER_APPOSED.search(text, 0, m.start())
                actor = _trim_leading_stops(clean_name(app.group("name"))) if app else ""
        elif not actor and text[m.start() - 1: m.start()] == "," and st.article.section_kinds(s.section) & {"production", "filming", "casting"}:
            actor = _billed_apposed_subject(st, text, m.start())  # "Osk, borrowed from another studio, played Tam"
        member = _MEMBER_OF_GROUP.search(text, max(0, m.start() - len(actor) - 80), m.start() - len(actor)) if actor else None
        if member:
            # "Mina of the girl group The Osk Sisters makes a special appearance as herself": the group is no player;
            # its member before "of" is, named by a full name or a one-word stage name
            actor = _trim_leading_stops(clean_name(member.group("member")))
            if not (is_person(actor) or st.stage_name(actor)):
                continue
        # a lone surname counts when the article gives the full name ("Doe returns as X"; a family name written
        # first, "Osk himself turns up as a baker" for "Osk Tam-ra")
        resolved = bool(st.people.full(actor) or (actor and " " not in actor and resolve(st.people, actor)[1]))
        if not is_person(actor) and not st.stage_name(actor) and not resolved:
            continue
        verb = m.group("verb")
        planned = "cast" in verb or "return" in verb or verb.startswith(("to ", "playing"))
        if _ORIGINALLY.search(text[max(0, m.start() - 40): m.end()]) and planned or \
                (_ORIGINALLY.search(text[m.start(): m.end()]) and not _GIVEN_ROLE.match(verb)) \
                or (planned and _WISH.search(text[: m.start()])):
            continue  # "the studio suggested A to play B": a wish, not the cast
        before = text[: m.start()]
        # "who voiced X" and "if X played" describe other films or conditions.
        if re.search(r"\b(?:who|if|whether|would|had)\s*$", before[: len(before) - len(actor)].rstrip()):
            continue
        ch = _role_after(text[m.end():])
        if ch and _RESPECTIVE_TAIL.match(text, text.find(ch, m.end()) + len(ch)):
            ch = ""  # "A, B and C return as X and Y, respectively": the last player is not both (paired by the list frames)
            if is_person(actor):
                st.add_pair(s, actor, "", voice_ctx or "voice" in verb, False)
            continue
        if not ch:
            kinds = st.article.section_kinds(s.section)
            if _CAST_AS.fullmatch(verb) and not verb.startswith("were") and is_person(actor) \
                    and _DESCRIBED_ROLE.match(text, m.end()) and not _OTHER_FILM.search(before) \
                    and "respectively" not in text[m.end():]:
                desc = _described(text[m.end():])  # "A was cast as the priest at the wedding": a described part
                if desc and not _crew_title(desc):
                    st.add_cast_choice(s, actor, desc, voice_ctx)
                    _more_players_as(st, s, text, text.find(desc, m.end()) + len(desc), voice_ctx)  # ", and B as his wife"
                    continue
            # "It stars A, with B playing the hero's friend": a with-clause's "playing" is the billing, no plan
            billed_with = verb == "playing" and before[: len(before) - len(actor)].endswith((", with ", " with "))
            if (not planned or billed_with) and (is_person(actor) or resolved) and not _PART_IN_EVENTS.match(text, m.end()) and (
                    (_PLAYS_A_PART.match(verb) and _DESCRIBED_ROLE.match(text, m.end()) and ("cast" in kinds or "uncredited" in verb
                                                                              or _production_part(st, kinds, actor, verb, text[m.end():])))
                    # "A stars as the singer Tam, and B plays her manager": a tie to the part before, in a cast section
                    or ("cast" in kinds and _PLAYS_A_PART.match(verb) and re.match(r"(?:his|her|their)\s", text[m.end():])
                        and _described_part(text[m.end():], before))
                    or ("lead" in kinds and (_PLAYS_A_PART.match(verb) or verb.startswith(("stars", "starred")))
                        and re.match(r"(?:an?|the|two|three|his|her|their)\s+(?:[A-Z][a-z]+\s+)?[a-z]|(?:[a-z]+\s+){0,2}[a-z]+s\b(?!\s+[a-z])",
                                     text[m.end():]))):
                # "A plays a harbour pilot"; in the lead "A portrays a senior agent", "A stars as the title character":
                # the description is the credit a cast list would give ("Dock supervisor")
                desc = _described(text[m.end():]) if _PLAYS_A_PART.match(verb) else ""
                desc = desc or (_described_part(text[m.end():], before) if "lead" in kinds or "cast" in kinds
                                and re.match(r"(?:his|her|their)\s", text[m.end():]) else "")
                _partner_by_surname(st, s, text[: m.start()], actor, "", voice_ctx or "voice" in verb)
                st.add_pair(s, actor, desc, voice_ctx or "voice" in verb, False)
            continue
        voice = voice_ctx or "voice" in verb
        _partner_by_surname(st, s, text[: m.start()], actor, ch if ch in {"himself", "herself", "themselves"} else "", voice)
        st.add_pair(s, actor, ch, voice, False)
        if ("cast" in verb or "signed" in verb) and not _other_version_player(st, text, actor):
            st.add_event(s, actor, "cast", ch)
            if _CAST_AS.fullmatch(verb):
                _more_players_as(st, s, text, text.find(ch, m.end()) + len(ch), voice)  # "A was cast as X, and B as Y"
        elif not planned or _RETURNS_AS.fullmatch(verb):
            # ("A returns as Tam and B as Mina": a return told, not planned, is the cast's as "plays" is)
            _more_players_as(st, s, text, text.find(ch, m.end()) + len(ch), voice)
            _gapped_player(st, s, text, text.find(ch, m.end()) + len(ch), voice)
    for m in _ACTIVE_CAST.finditer(text):
        # "Pell cast Marrow as the butler, Ivo Brandt": the director's choice is the cast
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        if not is_person(actor) and not st.people.full(actor):
            continue
        before = text[: m.start()]
        if _WISH.search(before) or _ORIGINALLY.search(before[-60:]) or re.search(
                r"\b(?:not|never|n't|refused\s+to|declined\s+to|who|if|would|could)\b[^,;]{0,30}$", before):
            continue
        dub = m.group("verb").startswith("featur")
        if dub and not (_DUB_CUE.search(text) and _VERSION_CLAUSE.search(before) and not _OTHER_FILM.search(before)):
            continue  # "The remake featured A as Tam": another film's; only a dubbed version's voice cast is read
        ch = _role_after(text[m.end():])
        if ch:
            if dub:
                st.add_pair(s, actor, ch, True, False)  # a dub's voice, no casting event of the film's
            else:
                st.add_cast_choice(s, actor, ch, voice_ctx)
            # "cast A as the voice of Tam and B as Lune": the players after the first, each with "as" and a part
            _more_players_as(st, s, text, text.find(ch, m.end()) + len(ch), voice_ctx or dub)
    for m in _COMMA_PLAYED_BY.finditer(text):
        # "main character Jane Vane, played by Ann Poe": the appositive names the player
        ch = character(_trim_leading_stops(clean_name(m.group("char"))))
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        if _OTHER_RUN.match(text, m.end("actor")) or _ABSENT.search(text[: m.start()]):
            continue  # played in another film of the series, or a character this film leaves out
        if _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "a detective from Ruritania City, played by A": a place, the part is the described person
        if _more_players_follow(text, m.end("actor")):
            continue  # "soldiers of the Ninth Division, played by A, B and C": a group, no one's part
        if ch and is_person(actor) and ch != actor:
            st.add_pair(s, actor, ch, voice_ctx or m.group("verb") == "voiced", False)
    for m in _FEATURED_IN_ROLE.finditer(text):
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        if is_person(actor) and not _OTHER_PRODUCTION.search(text[: m.start()]):
            st.add_pair(s, actor, "", voice_ctx, False)  # "It also featured A in his second role"
    for m in _REPLACING_AS.finditer(text):
        # "with A replacing B as Char": A plays Char (B's leaving is a casting event)
        new = _trim_leading_stops(clean_name(m.group("new")))
        ch = character(text[m.end():])
        if ch and (is_person(new) or st.stage_name(new)) and not _WISH.search(text[: m.start()]) \
                and not _OTHER_FILM.search(text[: m.start()]):  # "followed by a sequel, with A replacing B as C"
            st.add_pair(s, new, ch, voice_ctx, False)
    if "respectively" in text:
        paired = False
        for rx in (_RESP_CHARS_FIRST, _RESP_ACTORS_FIRST):
            for m in rx.finditer(text):
                if rx is _RESP_CHARS_FIRST and "respectively" not in m.group(0):
                    continue
                chars = _names_list(m.group("chars"))[0]
                actors = _names_list(m.group("actors"))[0]
                if len(chars) != len(actors) or len(chars) < 2:
                    continue
                voice = voice_ctx or m.group("verb").startswith("voice")
                for actor, ch in zip(actors, chars, strict=True):
                    ch = character(ch)
                    if (is_person(actor) or _billed_surname(st, actor)) and ch:
                        st.add_pair(s, actor, ch, voice, False)
                        paired = True
        if not paired:
            _respective_described(st, s, voice_ctx)
    for m in _PORTRAYED_BY_LIST.finditer(text):
        # "The other brothers were portrayed by professional dancers – A, B and C": actors, roles unnamed.
        rest = re.sub(r"^(?:[a-z][\w-]*\s+){0,3}(?:[–—-]|:)?\s*", "", text[m.end():])
        _add_listed(st, s, _names_list(rest)[0], voice_ctx)
    for m in _PLAYED_BY.finditer(text):
        ch = character(_trim_leading_stops(clean_name(m.group("char"))))
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        pre = text[: m.start()].rstrip()
        if not ch or not (is_person(actor) or " " not in actor and _billed_surname(st, actor)) \
                or re.search(r"\b(?:who|character)$", pre):
            continue
        st.add_pair(s, actor, ch, voice_ctx or m.group("verb") == "voiced", False)


# "A and B play the porters X and Y respectively", "The Ruritanian actor A and the singer B voice the heron
# captain and the reed spirit respectively", "A and B, identical twins, play X and Y respectively": two lists
# paired in order where either list's items carry a description the name-only frames above do not read. Read
# item by item (split at the list's commas and "and"), never by one regex over the whole clause.
_RESP_VERB = re.compile(rf"(?<=[\w,])\s+(?:also\s+)?(?P<verb>{alternation(_CASTING['respective_verbs'])})\s+")
_RESP_APPOSITION = re.compile(r",\s+(?:an?\s+|the\s+|both\s+)?[a-z][^,;()]{0,60},$")  # "A and B, a comedy duo,"
_RESP_TAIL = re.compile(r"\s*,?\s+respectively\b")
_RESP_DESCRIBED = re.compile(r"^(?:the|his|her|their)\s+(?P<d>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})$")
_SIBLING_NOUN = re.compile(rf"\b{alternation(_PEOPLE_WORDS['sibling_group_nouns'], flags='i')}\b")
_RESP_ROLES_OF = re.compile(r"^(?:the\s+(?:roles|parts|characters)\s+(?:of\s+)?)")


def _respective_player(st: _State, item: str) -> str:
    """The player an item of the players' list names ("the Taiwanese singer Ai Lin": "Ai Lin"), or ''."""
    item = item.strip()
    if len(item) > 80:
        return ""
    m = NAME_AT_END.search(item)
    if not m:
        return ""
    name = _trim_leading_stops(clean_name(m.group(0)))
    before = item[: m.start()].strip()
    if before and not re.fullmatch(r"(?:(?:the|an?|[A-Z][\w-]*)\s+)?(?:[A-Z][\w-]*\s+)*[a-z][\w\s-]{0,40}", before):
        return ""  # "In 1990 Tam Osk": not a description of the player
    if is_person(name) or _billed_surname(st, name) or (before and st.stage_name(name)):
        return name
    return ""


def _respective_described(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """Pair a players' list with a parts' list "respectively", each item allowed its own description."""
    text = s.text
    end = _RESP_TAIL.search(text)
    if not end:
        return
    start = max(text.rfind(";", 0, end.start()), text.rfind(":", 0, end.start())) + 1
    clause = text[start: end.start()]
    for verb in _RESP_VERB.finditer(clause):
        left = _RESP_APPOSITION.sub("", clause[: verb.start()].rstrip())
        items = _LIST_SEP.split(left)
        actors: list[str] = []
        for item in reversed(items):
            name = _respective_player(st, item)
            if not name and len(actors) == 1 and len(_words(actors[0])) == 2 and re.fullmatch(r"[A-Z][a-z]+", item) \
                    and _SIBLING_NOUN.search(clause, 0, verb.start()) and is_person(f"{item} {_words(actors[0])[-1]}"):
                # "Mia and Lune Osk, identical twins,": a given name alone before a full name shares its surname
                # when the clause says the two are kin
                st.aliases.setdefault(item, f"{item} {_words(actors[0])[-1]}")
                name = item
            if not name:
                break
            actors.insert(0, name)
        if len(actors) < 2:
            continue
        parts_text = _RESP_ROLES_OF.sub("", clause[verb.end():].strip())
        parts = [p for p in _LIST_SEP.split(parts_text) if p.strip()]
        if len(parts) == len(actors) + 1 and parts[0][:1].islower() and not character(parts[0]):
            parts = parts[1:]  # "play two of Tam's servants, X and Y": the group, then its members
        if len(parts) != len(actors):
            return
        chars = []
        for part in parts:
            ch = character(part)
            if not ch:
                described = _RESP_DESCRIBED.match(part.strip())
                ch = described.group("d") if described and described.group("d") not in _NOT_A_PART_NOUN else ""
            if not ch:
                return
            chars.append(ch)
        voice = voice_ctx or verb.group("verb").startswith("voice")
        for actor, ch in zip(actors, chars, strict=True):
            st.add_pair(s, actor, ch, voice, False)
        return


# "Kitty, played by A, betrays him", "Penny's sister is played by A, and her uncle Walt by B", "The station agent
# was played by an uncredited A": the part is the clause's subject, a name or a description ("sister").
# "performed by" names a part's player only where no song, score or dance is about (casting.toml performed_works)
_MUSIC_WORK = re.compile(rf"\b(?:{alternation(_CASTING['performed_works'])})\b", re.I)
_SUBJECT_PLAYED_BY = re.compile(
    r"(?P<gap>,?\s+(?:(?:is|was)\s+(?:also\s+)?)?)(?P<verb>played|portrayed|voiced|performed)\s+by\s+(?:" + _CALLING + r"|(?:an?\s+(?:uncredited|young|"
    rf"then-unknown|unknown|little-known)\s+|the\s+)?(?:actor\s+|actress\s+|newcomer\s+)?)(?P<actor>{NAME_RX})")
# "…, and his daughter Ruth by B": the next part of the same frame, its verb left out.
# ("…, a veteran of the stage, and Ruth by newcomer B": an aside about the first player may come between)
# ("…, then thirteen, and Ruth by B", "…, Ruth by B and Kip by C": a part opening with a capital or a determiner)
# ("…, and the grandfather, seen in flashbacks, by B": an aside after the part)
# ("…, and Kip by an American bodybuilder, B", "…, and the sheriff by Osk's father, C": a description, then the name)
_DESC_COMMA = r"(?:(?:an?|the)\s+(?:[A-Z][\w-]+\s+)?(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*|[A-Z][\w'’-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*),\s+"
_AND_PART_BY = re.compile(rf"(?:,\s+(?:an?|the|then)\s+(?:[A-Z][\w-]+\s+)?[a-z](?:[^,;()]|(?<=\d),(?=\d{{3}})){{2,60}}(?=,))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                          rf"(?P<part>(?:[A-Z]|(?:the|his|her|their)\s)[^,;()]{{1,49}}?)(?:,\s+(?:seen|heard|shown|glimpsed|met)\s[^,;()A-Z]{{2,50}},)?"
                          rf"\s+by\s+(?:{_CALLING}|{_DESC_COMMA})?(?P<actor>{NAME_RX})")
# "soldiers of the Ninth Division, played by A, B and C": a part shared by a list of players is a group, no one's
# part (the players themselves are found by the list frames); "…, played by A, and Ruth by B" is the next part
_MORE_PLAYERS = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<next>{NAME_RX})(?![\w'’-])(?!\s+by\b|['’]s\b)"
                           r"(?=\s*(?:[,.;)]|$)|\s+and\s)")  # a whole name ("Miss Wen Osk by B" is no "Miss Wen Os") that
# goes on as a list does ("…, played by A, and B appears as Mina": B opens a clause of its own)


def _more_players_follow(text: str, end: int) -> bool:
    """Does a list of players go on after the player ending at *end* (then the part before is a group's)?"""
    more = _MORE_PLAYERS.match(text, end)
    return bool(more) and is_person(_trim_leading_stops(clean_name(more.group("next"))))


_SUBJECT_ASIDE = re.compile(r"(?<=[A-Za-z]),\s+(?:seen|heard|known|shown|glimpsed|met|called|named|nicknamed|who|whose|"
                            r"a|an|the)\s[^,;()A-Z]{2,60},?\s*$")  # an aside naming no one ("the forest guard")
_CLAUSE_START = re.compile(r".*(?:^|[;:]|,\s+(?:and|while|but|whereas)\s+|\s(?:while|whereas)\s)", re.S)
_POSSESSOR = re.compile(r"(?:\b(?P<own>[A-Z][\w-]*['’]s|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2})?$")


_THE_DESCRIBED = re.compile(r"^[Tt]he\s+(?P<d>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?:\s+(?:of|in|at)\s+the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?$")
_NOT_A_PART_NOUN = frozenset({*_CHAR_REJECT, *_CASTING["not_part_nouns"]})


def _part_of_subject(st: _State, subject: str, described: bool = False) -> str:
    """The part a clause's subject names: "Reverend Gilpin" from "The vicar, Reverend Gilpin,"; a described
    part keeps its owner ("Penny's sister", "her manager"), or its head noun ("the station agent": "agent")."""
    subject = subject.strip().rstrip(",").strip()
    name = _name_before(subject, len(subject))
    if name and name.lower() not in {"he", "she", "it", "they", "who"} and not st.is_title(name):
        if re.search(r"\b(?:from|in|at|into|near|on|to|across|through|of|for|with)\s+(?:the\s+)?$",
                     subject[: subject.rfind(name)]):
            return ""  # "a detective from Ruritania City, played by A": a place, not the part
        return character(name)
    noun = _described_role(subject)
    if not noun:
        # "The lighthouse keeper is voiced by A", "the sister superior of the convent is played by B": a part
        # the story names only by what it is, as written ("lighthouse keeper"), its place left out
        # (in a cast section only: elsewhere "The devil was played by A" may be a spoof's)
        m = _THE_DESCRIBED.match(subject) if described else None
        return m.group("d") if m and m.group("d").split()[-1] not in _NOT_A_PART_NOUN else ""
    own = _POSSESSOR.search(subject[: len(subject) - len(noun)])
    if own and own.group("own") and own.group("own")[0].isupper() and own.group("own").lower() not in {"his", "her", "their"}:
        return f"{own.group('own')} {noun}"
    return noun


# "Lead actress A won Best Actress", "lead actor B was nominated": the film's lead, in any section that speaks of
# this film's people (accolades too)
_LEAD_PLAYER = re.compile(rf"\b(?:[Ll]ead|[Ll]eading)\s+(?:actor|actress)\s+(?P<actor>{NAME_RX})")


def _cast_from_lead_player(st: _State, s: Sentence) -> None:
    """"lead actress A": a player of this film, unless another work or a wish is spoken of before."""
    for m in _LEAD_PLAYER.finditer(s.text):
        before = s.text[: m.start()]
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        if is_person(actor) and not re.search(r"\b(?:former|original|originally|previous|other|another)\s+$", before) \
                and not _WISH.search(before) and not _OTHER_FILM.search(before) and not _OTHER_PRODUCTION.search(before):
            st.add_pair(s, actor, "", False, False)


def _cast_from_subject_played_by(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """A part as a clause's subject, its player after "played by" (in the story's section as in the cast's)."""
    text = s.text
    in_cast = "cast" in st.article.section_kinds(s.section)
    for m in _SUBJECT_PLAYED_BY.finditer(text):
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        before = text[: m.start()]
        if not (is_person(actor) or _billed_surname(st, actor)) or _EARLIER_PLAYER.search(before) or _OTHER_RUN.match(text, m.end()) \
                or _ABSENT.search(before) or _OTHER_PRODUCTION.search(before) or _WISH.search(before):
            continue
        if "," not in m.group("gap") and not m.group("gap").strip():
            continue  # "the role played by A": the cast frames' own
        if _more_players_follow(text, m.end()):
            continue  # "soldiers of the Ninth Division, played by A, B and C": a group, no one's part
        subject = before[_CLAUSE_START.match(before).end():] if _CLAUSE_START.match(before) else before
        aside = _SUBJECT_ASIDE.search(subject)
        if aside:
            subject = subject[: aside.start()]  # "Tam Osk, seen only in old films, is played by A": the part before the aside
        ch = _part_of_subject(st, subject, in_cast)
        if not ch or ch == actor:
            continue
        if m.group("verb") == "performed" and ('"' in text or "“" in text or _MUSIC_WORK.search(text)
                                               or ch not in st.plot_unbracketed):
            continue  # "The song "Tam", written by B, is performed by A": a song's singer, not a part's player
        voice = voice_ctx or m.group("verb") == "voiced"
        st.add_pair(s, actor, ch, voice, False)
        nxt = _AND_PART_BY.match(text, m.end())
        while nxt:  # "…, Gonroku by B and Tae by C": each next part with its player, the verb left out
            actor2 = _trim_leading_stops(clean_name(nxt.group("actor")))
            ch2 = _part_of_subject(st, nxt.group("part"), in_cast)
            if not (ch2 and (is_person(actor2) or _billed_surname(st, actor2)) and ch2 != actor2):
                break
            st.add_pair(s, actor2, ch2, voice, False)
            nxt = _AND_PART_BY.match(text, nxt.end())


# A younger (or older) self of a part, played by another player: "Tam as a child in the prologue was played by
# six-year-old A", "Young Tam in the opening sequence was played by the child artist B", "The younger Tam in the
# flashbacks was Ora's real nephew, C", "Mina is voiced by D, and the younger Mina in the flashbacks by E". The part
# is written as the sentence writes it ("Young Tam", "younger Tam", or "Tam" before "as a child").
_AGE_WORD = rf"(?:{alternation(w2 for w in _PEOPLE_WORDS['age_self_words'] for w2 in (w, w.capitalize()))})"
_AGE_AS = (r"(?:an?\s+)?(?:child|boy|girl|teenager|youth|baby|toddler|adult|young\s+(?:man|woman|boy|girl)|"
           r"old(?:er)?\s+(?:man|woman))")
_PART_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
# ("in the flashbacks", "during the prologue", "of the 1990 framing scenes": the scenes the self is seen in)
_SCENE_NOTE = r"(?:\s+(?:in|during|of)\s+(?:the\s+|an?\s+|its\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)?"
_YOUNGER_SELF = re.compile(
    rf"(?:^|(?<=[;:]\s)|(?<=,\s)|(?<=\band\s))(?:(?P<lead>(?:[Tt]he\s+)?{_AGE_WORD}\s+(?P<char>{_PART_NAME}))|"
    rf"(?P<char2>{_PART_NAME})\s+as\s+{_AGE_AS})(?=\s){_SCENE_NOTE}"
    # ("is played not by Ora Pell in make-up but by A": the player after "but")
    rf"(?:,?\s+(?:is|was)\s+(?:(?:also|then)\s+)?(?:played|portrayed|voiced)(?:\s+(?:in|during)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?)?"
    r"(?:\s+not\s+by\s+[^,;.]{1,40}?\s+but)?\s+by"
    rf"|(?P<gap>\s+by)|(?P<cop>\s+(?:is|was)))\s+"
    rf"(?:{_CALLING}|(?:(?:his|her|their|the|an?|[A-Z][\w'’-]*['’]s)\s+)?(?:[a-z][\w'’-]*\s+){{0,3}}?(?:(?:\d+|[a-z]+)-year-old\s+|"
    rf"(?:nephew|niece|son|daughter|brother|sister|grandson|granddaughter|cousin),\s+))?(?P<actor>{NAME_RX})")
_YOUNGER_CUE = tuple(_PEOPLE_WORDS["younger_cues"])


def _younger_selves(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """A part's younger or older self and its own player (the part as written, the player after "by" or "was").
    A gapped "…, and the younger Tam by B" counts only after a "played by" of the same sentence, and "was B" only
    for an age-worded part ("The younger Tam was B"), the player a whole name."""
    text = s.text
    for m in _YOUNGER_SELF.finditer(text):
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        lead = m.group("lead")
        if (m.group("gap") or m.group("cop")) and not lead:
            continue
        if m.group("gap") and not re.search(r"\b(?:played|portrayed|voiced)\s+by\b", text[: m.start()]):
            continue
        if m.group("cop") and not (re.match(r"\s*(?:[.;]|,\s+(?:who|whose|then|in|a|an|the)\b|$)", text[m.end():])):
            continue  # "The younger Tam was B." / "…, B, …": a whole name closes the clause
        if not is_person(actor) or _WISH.search(text[: m.start()]) or _OTHER_RUN.match(text, m.end()):
            continue
        ch = re.sub(r"^[Tt]he\s+", "", lead) if lead else m.group("char2")
        name = m.group("char") or m.group("char2")
        if name in {p.actor for p in st.pairs} or is_person(name) and st.people.full(name) == name \
                and any(p.actor == name for p in st.pairs):
            continue  # a player's name, not a part's
        if ch not in text:
            continue
        voiced = "voiced" in m.group(0) or bool(m.group("gap")) and "voiced by" in text[: m.start()]
        st.pairs.append(_Pair(actor, ch, s.idx, voice_ctx or voiced, False))


# "Rudi Dorn (also Varga)": a dual role's second part, its player named again in the bracket by "also"
_PAREN = re.compile(r"\((?:also\s+)?(?P<pre>voiced\s+by\s+|played\s+by\s+|portrayed\s+by\s+)?(?P<inner>[^()]{2,60})\)")


# ... or one of a list of them after a first ("his father (A), mother (B) and elder brother (C)").
_DESCRIBED_BEFORE = re.compile(r"(?:(?:^|[\s,;(])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]+['’]s)\s+(?:[a-z][\w-]*,?\s+){0,3}"
                               r"|\)(?:,\s*|\s+)(?:and\s+)?(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[a-z][\w-]*\s+)?)"
                               rf"(?:{alternation(load('names')['story_person_nouns'])})\s*$")


# "a street vendor (A)", "her gloomy, idle uncle (B)": the role a description gives, as its head noun
# ("vendor", "uncle"): the words before it judge or qualify, and cannot be told from one another.
_DESC_ROLE = re.compile(rf"\b(?P<noun>{alternation(load('names')['story_person_nouns'])})\s*$")


# "plays the antagonist", "as her father": a part a story names a person by, right after the verb or "as", and
# nothing more of the clause (one another character owns, "the gang's leader", is left for the plot to name)
_DESCRIBED_PART = re.compile(rf"(?:(?:the|an?)\s+|(?:his|her|their)\s+)(?P<d>(?:[a-z][\w-]*\s+){{0,2}}?"
                             rf"(?:{alternation(load('names')['story_person_nouns'])}))(?=\s*(?:[,.;)]|$|\s+(?:and|in|who|while|with|from|of)\b))")


def _described_part(raw: str, before: str = "") -> str:
    """The part "the antagonist", "her father" names ("antagonist", "her father"); '' for anything longer or not a person of the story. "her father" only after another part of
    the same sentence ("A as a young girl and B as her father"): alone ("A plays his partner") it is nobody's."""
    m = _DESCRIBED_PART.match(raw.strip())
    if not m:
        return ""
    own = raw.strip()[: m.start("d")].strip().lower()
    if own in {"his", "her", "their"} and not re.search(r"\b(?:as|plays|played|portrays|portrayed)\s+(?:an?|the)\s", before):
        return ""
    return f"{own} {m.group('d')}" if own in {"his", "her", "their"} else m.group("d")


def _described_role(before: str) -> str:
    """The role of "a rich landlord (Jane Doe)": "landlord"; "his worthless uncle (A)": "uncle"."""
    m = _DESC_ROLE.search(before)
    return m.group("noun") if m else ""


# "by the name of X (A)", "with the support of X (A)": "of" before a person, not a place
_OF_PERSON = re.compile(rf"\b(?i:{alternation(load('names')['of_person_nouns'])})\s+of\s+$")
_CREDIT_AFTER = re.compile(r",?\s+(?:(?:co-)?written(?:\s+and\s+directed)?|directed|produced|photographed|scored)\s+by\b")
_NAME_GOES_ON = re.compile(r"\s([A-Z][a-z][\w'’-]*)")


_PLAYED_THING = re.compile(r"\b(?:play|plays|played|playing|sing|sings|sang|singing|perform|performs|performed)\s+"
                           r"(?:(?!(?:with|to|for|against|by|alongside|opposite|beside)\s)[\w'’-]+\s+){0,3}$")


_PRIZES = frozenset(p.casefold() for p in load("awards")["categories"]["prizes"])


def _person_after_of(ch: str, before: str) -> bool:
    """"the manor of Orrin Bel Vask (Osk)", "the son of Dr. Tam Osk (Osk)": after "of", a part whose name is
    a person's (a title or given name first, or three words a person's name takes), not a place's."""
    if not before.endswith("of "):
        return False
    ws = _words(ch)
    return ch.lower() not in PLACES and (ws[0] in _HONORIFICS or ws[0].lower() in _GIVEN_NAMES
                                         or (len(ws) >= 3 and is_person(ch)))


# "Mina (da Costa)", "Tam (d'Osk)", "Lune (van der Berg)": a surname opening with a lower-case particle
# (names.toml particles), which the capitalised name frame does not read; a player only where the article
# gives the one full name it ends ("Ora da Costa")
_LOWER_SURNAME = re.compile(rf"(?:(?:{alternation(load('names')['particles'])})\s+){{1,3}}[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*"
                            r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*)?|[dl]['’][A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*")


def _cast_from_parens(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """"Hero Name (Actor Name), a man who..." as used in leads and plots."""
    text = s.text
    for m in _PAREN.finditer(text):
        if m.group("inner").lstrip()[:1] in "\"“‘'":
            continue  # Sky ("A Song Title"): a quoted title in brackets names a song or a work, not a player
        inner = clean_name(m.group("inner"))
        full = NAME_RE.fullmatch(inner)
        if not full and not (_LOWER_SURNAME.fullmatch(inner) and st.people.full(inner)):
            continue
        if _BILLED_AS.match(text[: m.start()]):
            continue  # "Jane Doe as Hero Name (Nickname)": a billing line's bracket names the role again
        if _CREDIT_AFTER.match(text, m.end()):
            continue  # "Segment Title (City), written and directed by A": a work's bracket (a place, a translation)
        goes_on = _NAME_GOES_ON.match(text, m.end())
        if goes_on and goes_on.group(1).lower() not in _STOP_CAPS and not m.group("inner").rstrip().endswith("."):
            continue  # "Brother (Given) Surname": a bracket inside one name, not an actor after a role
        actor = inner
        short = False
        surname_of = (len(_words(inner)) == 1 or _words(inner)[0].lower() in _PARTICLES) and not inner.isupper() \
            and is_person(resolve(st.people, inner)[0]) or not full  # "Tam (Osk)", "Tam (De Osk)": a surname the article completes
        # a billed "Xu Tam" or "Ora May" vouches for a word names do not otherwise take ("Xu", "May")
        # (or a double surname: "Tam (Osk Varga)" for the billed "Ora Osk Varga")
        billed_end = not surname_of and len(_words(inner)) <= 2 and inner[:1].isupper() and inner[1:2].islower() \
            and any(a.endswith(" " + inner) or a.startswith(inner + " ") or _family_inside(a, inner) for a in {q.actor for q in st.pairs})
        if surname_of or billed_end:
            pass  # "Hero Name (Surname)": the one full name the article gives it (resolved when merged)
        elif _part_of_longer_name(st.article, inner):
            continue  # "(Stage Name)" for a performer billed elsewhere under a longer name
        if not is_person(actor) and not surname_of:
            # "Hero Name (Surname)": a surname is kept only if its full name is in the sentence.
            if len(_words(inner)) != 1:
                continue
            fulls = [f for f in all_names(text) if f.endswith(" " + inner) and is_person(f)]
            if len(set(fulls)) == 1:
                actor = fulls[0]
            elif is_person(inner, 1) or billed_end:
                short = True
            else:
                continue
        tied = _TIED_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if tied and (is_person(actor) or not short):
            st.parens.append(_Pair(actor, tied.group("name"), s.idx, voice_ctx, False, short))
            continue  # "Anitha's mother (Jane Doe)": the role as the article ties it
        ch_raw = _name_before(text, m.start())
        poss = re.search(rf"({NAME_RX})['’]s\s*$", text[: m.start()])  # "Hero's (Actor) trip"
        if poss:
            ch_raw = _trim_leading_stops(clean_name(poss.group(1)))
        ch = character(ch_raw) if ch_raw else ""
        if ch and not poss and re.search(r"\b(?:from|in|at|into|near|of|on|through|across)\s+$",
                                         text[: text.rfind(ch, 0, m.start())]) \
                and not _OF_PERSON.search(text[: text.rfind(ch, 0, m.start())]) and not _person_after_of(ch, text[: text.rfind(ch, 0, m.start())]):
            continue  # "a boy from Town (Actor)": a place, not the character ("with the help of X" is one)
        billed_word = short and any(p.actor == actor for p in st.pairs)  # "his father (Mononym)", billed in the lead
        if not ch and not poss and (is_person(actor) or short) \
                and _DESCRIBED_BEFORE.search(text[: m.start()]) \
                and "plot" in _scope(st.article, s):  # a lead may name the real people a story is based on
            # "a rich landlord (Jane Doe)", "Tam's man (Jane Doe)": a player the story names by a description
            # only; "her mother (Mononym)" is kept when billed or when the article's brackets vouch for
            # one-word names (_resolve_parens)
            st.parens.append(_Pair(actor, _described_role(text[: m.start()]), s.idx, voice_ctx, False,
                                   short and not billed_word))
            continue
        if ch and _PLAYED_THING.search(text, max(0, text.rfind(ch, 0, m.start()) - 60), max(0, text.rfind(ch, 0, m.start()))):
            continue  # "they play Passing the Parcel (Tag)": a game, a song or a piece played, not a role
        # "Tam (Tam)": a billed player whose part has the player's own name, as a plot writes it
        same = ch == actor and not (any(p.actor == actor for p in st.pairs) and "plot" in _scope(st.article, s))
        if not ch or same or is_company(ch) or _AWARD_WORDS.search(ch) or \
                ch.casefold() in _PRIZES or inner.casefold() in _PRIZES:
            continue  # "a Golden Osk (Silver Osk)": a prize and its translation (awards.toml prizes), never a part
        if not re.search(r"[a-z]", ch) and not (len(ch) >= 2 and ch.isalpha() and actor in st.lead_text):
            continue  # "FBI (Jane Doe)": an acronym, unless the lead bills Jane Doe (a role called "RDX")
        voice = voice_ctx or bool(m.group("pre") and m.group("pre").startswith("voiced"))
        st.parens.append(_Pair(actor, ch, s.idx, voice, False, short))


#: Prose outside the lead, cast and plot may write "Hero Name (Actor)" about the film's own cast,
#: but also about the films it remakes or follows: there the bracket counts only for an actor the
#: film bills. Not in these sections, whose brackets hold songs' singers, awards' winners, figures.
_NO_PROSE_PARENS = frozenset({"references", "music", "box_office", "accolades"})


def _billed_parens(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """"the detective Kip Morrow (Ivo Brandt)" in production or reception prose: a role for an actor
    the lead, cast list or plot already bills (read before this prose, in billing order); a bracketed
    player the film does not bill is someone else's (an original film's, a remake's) and is dropped."""
    billed = {p.actor for p in st.pairs}
    n = len(st.parens)
    _cast_from_parens(st, s, voice_ctx)
    st.parens[n:] = [p for p in st.parens[n:] if p.actor in billed and not p.short and p.character
                     and p.character not in billed]


_PROSE_SECTIONS = frozenset({"production", "development", "casting", "filming", "cast"})
_BILLED_AS_CUE = re.compile(r"\b(?:starring|stars|starred|with|cast|casting|featuring)\s+(?:(?:his|her|their|the)\s+(?:[a-z][\w-]*\s+){0,2})?$")


def _roles_of_billed(st: _State) -> None:
    """"The studio set out to make the film, starring Ora Pell as Tam": the role of a player the lead or the
    cast list bills without one, named in production prose after a billing word. A wish, a plan or a
    condition before it ("if he would make it with A as B") names no role."""
    unroled = {p.actor for p in st.pairs if p.strong} - {p.actor for p in st.pairs if p.character}
    if not unroled:
        return
    for s in st.article.sentences:
        if " as " not in s.text or not st.article.section_kinds(s.section) & _PROSE_SECTIONS \
                or st.article.section_kinds(s.section) & {"lead", "plot"}:
            continue
        text = s.text
        for actor in unroled:
            i = text.find(actor + " as ")
            if i < 0 or not _BILLED_AS_CUE.search(text, max(0, i - 40), i):
                continue
            before = text[:i]
            if _WISH.search(before) or _ORIGINALLY.search(before) or re.search(r"\b(?:if|would|could|might|not|never)\b", before) \
                    or _OTHER_PRODUCTION.search(before):
                continue
            ch = _role_after(text[i + len(actor) + 4:])
            if ch and ch != actor:
                st.add_pair(s, actor, ch, False, False)


_CHAR_RUN = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.'’-]*){0,3}"
_POSS_NOUNS = alternation(_CASTING["possessive_character_nouns"])
_PART_OF = alternation(_CASTING["possessive_part_nouns"])
# After a possessive cue: "'s character Lune", "'s portrayal of Lune", "'s character," (the name before).
_POSS_AFTER = re.compile(
    rf"['’]s?\s+(?:(?:{_POSS_NOUNS}),?\s+(?:(?:named|called)\s+)?|(?:[a-z]+\s+)?(?:{_PART_OF})\s+(?:of|as)\s+)"
    rf"(?P<char>{_CHAR_RUN})|['’]s?\s+(?:{_POSS_NOUNS})\s*(?P<aside>,)")
# "For his performance as Tam, Doe assumed an accent": the part first, the player the clause's subject.
_OWN_PART_AFTER = re.compile(rf"(?:[Ff]or|[Ii]n)\s+(?:his|her|their)\s+(?:[a-z]+\s+)?(?:{_PART_OF})\s+as\s+"
                             rf"(?P<char>{_CHAR_RUN}),\s+(?P<actor>{NAME_RX})\s+[a-z]")


def _name_ending_at(text: str, end: int) -> str:
    """The capitalised run that ends at ``end``, read from the words just before it (up to five, a
    particle inside), without trying the name pattern at every capital of the sentence."""
    ws = text[max(0, end - 80): end].split(" ")
    take: list[str] = []
    for w in reversed(ws):
        if w.lstrip("(\"“‘")[:1].isupper() or (take and w in _CHAR_INNER_LOWER and w not in {"and", "&"}):
            take.append(w)
            if len(take) >= 6:
                break
        else:
            break
    while take and not take[-1][:1].isupper():
        take.pop()  # a particle cannot open the name
    run = " ".join(reversed(take))
    m = NAME_AT_END.search(run) if run else None
    return m.group(0) if m else ""


# Where the frame may start, found by one scan of the article each (a pattern opening with a
# character set scans fast; an alternation at the top does not): a possessive before a part noun, and
# (only when some "<part> as " is written at all) "his/her/their <part> as".
_OWN_PART_CUE = re.compile(rf"(?:his|her|their)\s+(?:[a-z]+\s+)?(?:{_PART_OF})\s+as\s")
_OWN_PART_WORDS = tuple(_CASTING["own_part_cues"])
_APOSTROPHES = ("'s ", "’s ", "s' ", "s’ ")
_CREATOR = re.compile(rf"\b(?:{alternation(_CASTING['creator_words'])})\b", re.I)


def _possessive_characters(st: _State) -> None:
    """"the home of Tam Osk's character Lune", "Lune, Osk's character, was softer": a player's
    character named beside the player in production or reception prose, away from the billing.

    A lone surname or given name counts only for a player the article already bills; a full name
    counts on its own unless the sentence speaks of books or their writers (a novelist's character
    is written the same way)."""
    text_all = st.full_text
    starts = st.sentence_starts
    # where the frame may start, found with plain-text searches of the whole article (a pattern
    # scanned over every character of it costs more than the frame itself): each possessive, and "his
    # <part> as" only when some "<part> as " is written at all
    at: list[int] = []
    for apo in _APOSTROPHES:
        k = text_all.find(apo)
        while k >= 0:
            at.append(k + 1 if apo[0] == "s" else k)
            k = text_all.find(apo, k + 3)
    own_at: set[int] = set()
    if any(w in text_all for w in _OWN_PART_WORDS):
        own_at = {max(0, c.start() - 4) for c in _OWN_PART_CUE.finditer(text_all)}  # "For his": the frame opens before
        at += own_at
    # (actor, raw character, where the character ends) per sentence
    by_sentence: dict[int, list[tuple[str, str, int]]] = {}
    for g in at:
        i = bisect_right(starts, g) - 1
        text = st.article.sentences[i].text
        c = max(g, starts[i]) - starts[i]
        if g in own_at:
            own = _OWN_PART_AFTER.match(text, c) or _OWN_PART_AFTER.match(text, c + 1)  # "For his" / "In his"
            if own:
                by_sentence.setdefault(i, []).append((own.group("actor"), own.group("char"), own.end("char")))
            continue
        m = _POSS_AFTER.match(text, c)
        if not m:
            continue
        actor = _name_ending_at(text, c)
        if m.group("char"):
            by_sentence.setdefault(i, []).append((actor, m.group("char"), m.end("char")))
        elif actor and text[: c - len(actor)].endswith(", "):
            # "Lune, Osk's character, was softer": the name before the aside is the character
            by_sentence.setdefault(i, []).append((actor, _name_ending_at(text, c - len(actor) - 2), m.end()))
    billed = {p.actor for p in st.pairs}
    for i, found in by_sentence.items():
        s = st.article.sentences[i]
        text = s.text
        if st.article.section_kinds(s.section) & {"references", "plot"}:
            continue
        for actor, raw, end in found:
            actor = _trim_leading_stops(clean_name(actor))
            if not raw:
                continue
            ch = character(_trim_leading_stops(clean_name(raw)))
            if not actor or not ch or ch == actor or ch in billed or is_company(actor) or _OTHER_RUN.match(text, end):
                continue
            if len(_words(actor)) == 1:
                full = st.people.full(actor) or st.people.by_first(actor)
                if full not in billed:
                    continue
            elif not is_person(actor):
                continue
            elif actor not in billed:
                full = st.people.full(actor)  # "De Doe" for the billed "Jo De Doe": a surname with its particle
                if full in billed:
                    st.aliases.setdefault(actor, full)
                elif _CREATOR.search(text):
                    continue
            st.add_pair(s, actor, ch, False, False)


_REPLACED_LATER = re.compile(
    r"\b(?:was|were|been|being|got)\s+(?:(?:later|eventually|subsequently|then|ultimately|quickly|soon)\s+)?replaced\s+"
    rf"(?:by|with)\s+(?:actor\s+|actress\s+)?(?P<new>{NAME_RX})")
# What the sentence says the first player had before the replacement: "the original choice for B",
# "had played B", "was cast as B", "the role of B".
_HELD_ROLE = re.compile(
    rf"\b(?:(?:original|first|initial)\s+choice\s+(?:for|to\s+play)|(?:had\s+)?(?:played|portrayed|voiced)|"
    rf"(?:was|been)\s+(?:(?:originally|initially|first)\s+)?cast\s+as|(?:role|part)\s+of)\s+(?:the\s+(?:role|part)\s+of\s+)?(?P<char>{_CHAR_RUN})")


def _replaced_in_role(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """"A was the original choice for B, but fell ill and was replaced by C": C plays B, and A,
    replaced, is no longer the cast. The role is read from the first player's part of the sentence,
    the replaced player is the sentence's subject (a pronoun carries it on to "was replaced")."""
    text = s.text
    m = _REPLACED_LATER.search(text)
    if not m:
        return
    before = text[: m.start()]
    held = _HELD_ROLE.search(before)
    if not held or _WISH.search(before[: held.start()]) or re.search(r"\b(?:would|if|not|never)\b", before[held.end():]):
        return
    new = _trim_leading_stops(clean_name(m.group("new")))
    ch = character(text[held.start("char"):])
    subjects = [n for n in _subject_names(text, held.start()) if is_person(n)] or \
        [n for n in all_names(before[: held.start()]) if is_person(n)][:1]
    if not ch or not is_person(new) or len(subjects) != 1 or new == subjects[0] or ch in (new, subjects[0]):
        return
    st.add_cast_choice(s, new, ch, voice_ctx)
    st.add_event(s, subjects[0], "replaced", ch, new)


# "Tam Osk, who played the sheriff, was injured": a player met in an anecdote, the part in a
# relative clause closed by a comma (a part followed by "in" and a work is another film's).
_WHO_PLAYED_ASIDE = re.compile(
    rf"(?P<actor>{NAME_RX}),\s+who\s+(?:also\s+)?(?P<verb>plays|played|portrays|portrayed|voices|voiced|essays|essayed)\s+"
    r"(?P<role>[^,;()]{2,60}?)\s*(?P<end>,|\)|;|\.?$)")


# "Kip actor Ora Pell's scars", "Tam's actress Ora Pell": a part named before its billed player's calling
_PART_ACTOR = re.compile(rf"(?:^|(?<=[\s(]))(?P<char>[A-Z][\w-]+)(?:['’]s)?\s+(?:actor|actress)\s+(?P<actor>{NAME_RX})")
# "Ora Pell, as Tam, wears a wig": the part in apposition to a billed player
_AS_APPOSED = re.compile(rf"(?P<actor>{NAME_RX}),\s+as\s+(?P<char>{NAME_RX}),\s+[a-z]")


def _story_subject(st: _State, word: str) -> bool:
    """Whether the plot writes ``word`` as a name: possessive, or before a stop, a comma or "and" ("kills Tam.",
    "Tam's boat", "Tam and Lune"); a nationality before "actor" ("Ruritanian actor A") stands before its noun
    ("Ruritanian troops"), never so."""
    return re.search(rf"(?<![\w'’-]){re.escape(word)}(?:\s+[A-Z][\w-]+)?(?:['’]s\b|[.,;:!?)]|\s+and\s)",
                     st.plot_unbracketed) is not None


def _linked_parts(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """The part of a player the film already bills, named in production prose by a calling or an apposition
    ("Kip actor A", "Tam's actress A", "A, as Tam, ..."): only a billed player, only a part the plot names."""
    text = s.text
    billed = {p.actor for p in st.pairs}
    found = [*(_PART_ACTOR.finditer(text) if " actor " in text or " actress " in text else ()),
             *(_AS_APPOSED.finditer(text) if ", as " in text else ())]
    for m in found:
        actor = re.sub(r"['’]s$", "", _trim_leading_stops(clean_name(m.group("actor"))))  # "Kip actor A's scars"
        ch = character(m.group("char"))
        full = actor if actor in billed else st.people.full(actor) if _billed_surname(st, actor) else ""
        if full and ch and ch != actor and ch not in full and _story_subject(st, _words(ch)[0]):
            st.add_pair(s, actor, ch, voice_ctx, False)


def _cast_from_asides(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """"Tam Osk, who played the sheriff, was injured during filming"; "Lune Varga, who plays Wen,
    broke her arm": this film's player, unless the clause speaks of another run of the part
    ("who voiced Kip in the first film", "who previously played Kip")."""
    text = s.text
    for m in _WHO_PLAYED_ASIDE.finditer(text):
        actor = _trim_leading_stops(clean_name(m.group("actor")))
        role = m.group("role")
        if not is_person(actor) and len(_words(actor)) == 1:
            # "Osk, who plays Wen, ...": a surname (or an East Asian family name) of a player already billed,
            # kept as written (completed when merged)
            billed = {p.actor for p in st.pairs}
            full = actor if actor in billed else st.people.full(actor)  # a one-word stage name billed as such
            if full not in billed:
                full = _billed_heads(st, billed).get(actor, "")
                if full:
                    st.aliases.setdefault(actor, full)
            if not full:
                continue
        elif not is_person(actor):
            continue
        if re.search(r"\b(?:in|on|for|from|at|with|before|until)\b", role) \
                or _EARLIER_PLAYER.search(text[: m.start("role")]) or _WISH.search(text[: m.start()]):
            continue
        if m.group("end") in {",", ")", ";"}:
            ch = character(role) or _described(role)
            # "Lune Varga, who plays a runaway girl, Tessa Lowry.": the name the description is apposed to
            app = _APPOSITIVE.match(text[m.start("role"):]) if m.group("end") == "," and not character(role) else None
            if app and m.start("role") + app.end() >= len(text.rstrip(". ")) - 1 and character(app.group("name")):
                ch = character(app.group("name"))
        else:
            # at the sentence's end ("…, according to Tam Osk, who plays Lino's nephew Buboy."): a name, or a
            # part a story names a person by ("the villain's henchman")
            ch = _role_after(role) or _described_role(role)
        if ch and ch not in {"himself", "herself", "themselves"}:
            st.add_pair(s, actor, ch, voice_ctx or m.group("verb").startswith("voice"), False)


def _billed_heads(st: _State, actors: set[str]) -> dict[str, str]:
    """The first word of a billed player's full name, when it opens exactly one billed name and ends
    none of the article's full names: "Tam (Osk)" in a plot names the billed "Osk Tam", whose family
    name comes first (East Asian order) or whom the plot calls by a given name. A word that is also
    someone's surname stays as written."""
    firsts: dict[str, set[str]] = {}
    for a in actors:
        ws = _words(a)
        if len(ws) >= 2:
            firsts.setdefault(ws[0], set()).add(a)
    return {w: next(iter(names)) for w, names in firsts.items()
            if len(names) == 1 and not st.people.family(w)}


def _resolve_parens(st: _State) -> None:
    """Add "Character (Actor)" pairs once the billed cast is known.

    Some articles write "Actor (Character)" instead; when the name outside the brackets is
    a billed actor and the one inside is not, the pair is read the other way round."""
    actors = {p.actor for p in st.pairs}
    # An article that writes "Hero (Jane Doe)" for its billed cast writes "Hero (Mononym)" the same way.
    vouched = [p for p in st.parens if not p.short and p.actor in actors]
    # ... and an article that writes "Hero (Word)" three times or more has that habit too (casts of
    # one-word stage names)
    convention = len(vouched) >= 2 or len({p.actor for p in st.parens}) >= 3
    heads = _billed_heads(st, actors)
    for p in st.parens:
        s = st.article.sentences[p.sentence]
        if p.character in actors and p.actor not in actors:
            if is_person(p.character):
                st.add_pair(s, p.character, p.actor, p.voice, False)
            continue
        if p.character in actors and p.character != p.actor:
            continue
        if p.short and p.actor in heads and not st.people.full(p.actor):
            st.aliases.setdefault(p.actor, heads[p.actor])  # "Tam (Osk)" for the billed "Osk Tam": resolved when merged
            st.add_pair(s, p.actor, p.character, p.voice, False)
            continue
        if p.short and p.actor not in actors and not st.people.full(p.actor) and not convention:
            continue  # "(Word)" is a name only when the cast, a full name or the article's habit vouches for it
        if p.actor not in actors and len(_words(p.actor)) == 1 and p.actor in st.plot_unbracketed and re.search(
                rf"(?<![\w'’-]){re.escape(p.actor)}(?![\w-])", st.plot_unbracketed):
            continue  # "an envoy (Wen)" then "Wen says ...": the story's own person, named again outside brackets
        st.add_pair(s, p.actor, p.character, p.voice, False)


_WORD_BEFORE = re.compile(r"(?:^|(?<=[^\w'’-]))([A-Z][\w'’-]+|the|de|van|von)\s+$")
_CAP_BEFORE = re.compile(r"(?:^|(?<=[^\w'’-]))[A-Z][\w'’-]+\s+$")


def _part_of_longer_name(article: Article, name: str) -> bool:
    """Is ``name`` elsewhere the tail of a longer name ("Bob the Stage Name")? (A plain search per
    occurrence: a pattern per name would be compiled hundreds of times an article.)"""
    n = len(name)
    for s in article.sentences:
        t = s.text
        i = t.find(name)
        while i > 0:
            after = t[i + n: i + n + 1]
            if not (after.isalnum() or after == "_"):
                m = _WORD_BEFORE.search(t, max(0, i - 60), i)
                if m and m.group(1) == "the":
                    # "Bob the Stage Name", but not "in the Jane Doe role"
                    if _CAP_BEFORE.search(t, max(0, m.start(1) - 40), m.start(1)):
                        return True
                elif m and m.group(1).lower() not in _STOP_CAPS:
                    return True
            i = t.find(name, i + 1)
    return False


def _named_as_place(st: _State, word: str) -> bool:
    """A one-word line of a cast list that the article writes as a place ("lives in Ruritania", "set
    at Lune"): a segment's sub-heading, never a player."""
    if len(_words(word)) != 1:
        return False
    return any(word in t.text and _after_place_word(t.text, word) for t in st.article.sentences)


_PLACE_WORD_END = re.compile(r"\b(?:in|at|near)\Z")


def _after_place_word(text: str, word: str) -> bool:
    r"""``re.search(rf"\b(?:in|at|near)\s+{re.escape(word)}(?![\w'’])", text)``, with no pattern compiled for the
    word: each place the word stands, not run on into ``[\w'’]``, with spaces before it (``str.rstrip`` and ``\s``
    agree on what a space is) right after "in", "at" or "near"."""
    if not word or word[0].isspace():
        return re.search(rf"\b(?:in|at|near)\s+{re.escape(word)}(?![\w'’])", text) is not None
    at, n = text.find(word), len(word)
    while at >= 0:
        if at + n == len(text) or not (text[at + n].isalnum() or text[at + n] in "_'’"):
            head = text[:at].rstrip()
            if len(head) < at and _PLACE_WORD_END.search(head, max(0, len(head) - 4)):
                return True
        at = text.find(word, at + 1)
    return False


# "Ora Pell as Kip", "Child actress Lune Varga as Mira", "Ivo Brandt in a comic role as the barber"
_LIST_LINE_AS = re.compile(r"^(?:(?:[A-Z][a-z]+\s+)?(?:actor|actress|artist|newcomer)\s+(?=[A-Z]))?"
                           rf"(?P<actor>{NAME_RX})(?:\s*\({_LIST_NOTE}\))?(?:\s+in\s+an?\s+(?:[a-z-]+\s+)?(?:role|part|cameo))?"
                           r"\s+as\s+(?P<role>.+)$")
_LIST_LINE_DASH = re.compile(rf"^(?P<actor>{NAME_RX})\s+[-–—]\s+(?P<role>.+)$")
# "Ora Pell: Kip": a full name (two words at least) before the colon, never a credit's heading ("Choreography: A")
_LIST_LINE_COLON = re.compile(r"^(?P<actor>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}):\s+(?P<role>[A-Z].*)$")
_LIST_LINE_BARE = re.compile(rf"^(?P<actor>{NAME_RX})\s*(?:\({_LIST_NOTE}\))?(?:\s+as)?"
                             # "Ora Pell in a special appearance": a line's note of how the player appears
                             r"(?:\s+in\s+(?:an?|the)\s+(?:special|guest|cameo|brief|friendly|extended|uncredited)\s+"
                             r"(?:appearance|role|part|cameo)|\s+in\s+a\s+cameo(?:\s+(?:appearance|role))?)?\.?$")


_ALONGSIDE = re.compile(
    rf",\s+(?P<cue>alongside|along\s+with|together\s+with)\s+(?:(?:new|other|returning|fellow|supporting)\s+)?(?:(?:cast\s+members?|newcomers?|co-stars?)\s+)?"
    rf"(?P<names>{NAME_RX}(?:\s*,\s*(?!and\b){NAME_RX})*(?:,?\s+and\s+{NAME_RX})?)")
_STAR_VERB = re.compile(r"\b(?:stars|starring|starred|features|featuring|co-stars)\b")


def _cast_alongside(st: _State, s: Sentence, voice_ctx: bool) -> None:
    """"It stars A, B and C reprising their roles from the first film, alongside new cast members D,
    E and F": the players after "alongside", once the sentence's star list has ended in a clause of
    its own (a list that runs straight on is the list frames' to read)."""
    text = s.text
    verb = _STAR_VERB.search(text)
    if not verb:
        return
    for m in _ALONGSIDE.finditer(text, verb.end()):
        if m.group("cue") != "alongside":
            # "It stars A, along with B and C", "A also starred in the film, together with B": the same billing; but
            # after a credit ("It stars A and was produced by B, along with C") the list is the credit's, and after
            # a relative clause ("A, who co-wrote it with B, along with C") it may be the clause's
            if re.search(r"\b(?:by|who)\b|[;:]", text[verb.end(): m.start()]):
                continue
        for name in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("names")):
            name = clean_name(name)
            if is_person(name) and not any(p.actor == name for p in st.pairs):
                st.add_pair(s, name, "", voice_ctx, True)


def _lost_separator(st: _State, text: str, by_role: bool) -> tuple[str, str] | None:
    """"Jane Doe Hero Name": a list line that lost its "as" between player and role. Split where the
    first two or three words are a player the article bills elsewhere, or where the rest opens with
    a role the list already names ("A as Hero Teenage", then "B Hero Childhood": only *by_role*, in a
    section that is visibly a list); None otherwise."""
    ws = _words(text.rstrip("."))
    if not 3 <= len(ws) <= 7 or not all(w[:1].isupper() for w in ws):
        return None
    billed = {p.actor for p in st.pairs}
    roles = {_words(p.character)[0] for p in st.pairs if p.character}
    for k in (2, 3):
        actor, role = " ".join(ws[:k]), " ".join(ws[k:])
        if len(ws) - k < 1 or not is_person(actor):
            continue
        if actor in billed or (by_role and ws[k] in roles):
            return actor, role
    return None


def _cast_from_list_lines(st: _State, sents: list[Sentence], voice_ctx: bool) -> None:
    """Stripped cast lists: each item is its own paragraph ("Actor as Role", "Actor - Role").

    Bare names count only inside a section that is visibly such a list, since a lone
    capitalised line elsewhere is more likely a heading or a character."""
    art = st.article
    first_sents = [s for s in sents if art.paragraphs[s.para].sentences[0] == s.idx]
    shaped = 0
    bare = 0
    for s in first_sents:
        if _LIST_LINE_AS.match(s.text) or _LIST_LINE_DASH.match(s.text) or _LIST_LINE_COLON.match(s.text):
            shaped += 1
        elif _LIST_LINE_BARE.match(s.text.strip()) and len(_words(s.text)) <= 4:
            bare += 1
    # A run of bare names ("Jane Doe", "Ravi", "John Roe") is a stripped cast list too.
    listed = shaped >= 2 or (bare >= 3 and bare + shaped >= 0.6 * len(first_sents))
    # A list flattened into one paragraph ("Ora Pell as Kitty. Bede Marrow as the Swede.") bills a player in
    # each of its sentences: the later ones count once the paragraph opens with such a line.
    items = list(first_sents)
    for s in first_sents:
        para = art.paragraphs[s.para].sentences
        if len(para) > 1 and _LIST_LINE_AS.match(s.text.strip()):
            items += [art.sentences[i] for i in para[1:] if _LIST_LINE_AS.match(art.sentences[i].text.strip())]
    for s in items:
        text = s.text.strip()
        m = _LIST_LINE_AS.match(text) or _LIST_LINE_DASH.match(text) or _LIST_LINE_COLON.match(text)
        if m:
            actor = _trim_leading_stops(clean_name(m.group("actor")))
            if actor != clean_name(m.group("actor")) or not is_person(actor, 1) or \
                    (m.re is _LIST_LINE_COLON and (_is_crew_noun(actor) or not is_person(actor))):
                continue
            ch = character(m.group("role")) or billed_role(m.group("role"))
            voice = voice_ctx or bool(re.search(r"\(voice\)", text, re.I))
            st.add_pair(s, actor, ch, voice, True)
            continue
        one_line = len(art.paragraphs[s.para].sentences) == 1
        split = _lost_separator(st, text, by_role=listed) if one_line else None
        if split:
            st.add_pair(s, split[0], split[1], voice_ctx, True)
            continue
        if listed and one_line:
            m = _LIST_LINE_BARE.match(text)
            if m:
                actor = clean_name(m.group("actor")).rstrip(".") if not m.group("actor").endswith(("Jr.", "Sr.")) else clean_name(m.group("actor"))
                if actor.lower() in _LIST_HEADINGS:
                    continue  # "Main", "Supporting": a cast list's own sub-heading
                if is_person(actor, 1) and len(_words(actor)) <= 4 and not _named_as_place(st, actor):
                    st.add_pair(s, actor, "", voice_ctx or _VOICE_WORD.search(text) is not None, True)


# --------------------------------------------------------------------------------------
# Casting history
# --------------------------------------------------------------------------------------

_ADV = r"(?:\s+(?:also|later|eventually|initially|originally|subsequently|first|reportedly|then|" \
       r"ultimately|soon|briefly|officially|finally|quickly|immediately|had|has|have))*"
_EV_NEGOTIATING = re.compile(rf"{_ADV}\s+(?:had\s+)?(?:entered|was\s+in|were\s+in|went\s+into|began|was|were|is|are)"
                             r"\s+(?:into\s+)?(?:final\s+|early\s+|advanced\s+)?(?:negotiations|talks)\b")
_EV_CAST = re.compile(rf"{_ADV}\s+(?:signed\s+on|signed\s+to|signed\s+as|was\s+signed|were\s+signed|joined\s+the\s+"
                      r"(?:cast|film|project)|joining\s+the\s+(?:cast|film|project)|been\s+cast|was\s+cast|were\s+cast|was\s+hired\s+to\s+play|boarded\s+the|"
                      r"came\s+on\s+board|was\s+chosen\s+to\s+play|was\s+selected\s+to\s+play)\b")
_EV_DROPPED = re.compile(rf"{_ADV}\s+(?:dropped\s+out|pulled\s+out|withdrew|exited\s+the|left\s+the\s+"
                         r"(?:project|film|production|role|cast)|opted\s+out|backed\s+out|quit\s+the)\b")
_EV_CONSIDERED = re.compile(rf"{_ADV}\s+(?:was|were|had\s+been)(?:\s+(?:also|originally|initially|first|"
                            r"reportedly|briefly|all|seriously))*\s+(?:considered|sought|approached|"
                            r"in\s+contention|offered\s+(?:the|a)\s+(?:role|part)|speculated)\b"
                            rf"|{_ADV}\s+auditioned\b|{_ADV}\s+lobbied\s+(?:hard\s+)?for\s+the\s+(?:part|role)")
_EV_DECLINED = re.compile(rf"{_ADV}\s+(?:declined|turned\s+(?:it|the\s+role|the\s+part|the\s+offer)\s+down|"
                          r"turned\s+down|refused\s+the|passed\s+on\s+the|rejected\s+the\s+(?:role|part|offer))\b")
_CONT = {
    "declined": re.compile(r"\bbut\b[^.;]{0,40}?(?:(?:he|she|they)\s+)?(?:later\s+|eventually\s+|immediately\s+)?"
                           r"(?:declined|turned\s+(?:it|the\s+role|the\s+part|the\s+offer)\s+down|refused)\b"),
    "dropped_out": re.compile(r"\bbut\b[^.;]{0,40}?(?:(?:he|she|they)\s+)?(?:later\s+|eventually\s+)?"
                              r"(?:dropped\s+out|pulled\s+out|withdrew|opted\s+out|backed\s+out|quit|"
                              r"(?:left|exited)\s+the\s+(?:project|film|production|cast|role|part))\b"),
}
_REPLACED_BY = re.compile(
    rf"(?P<old>{NAME_RX})(?:\s+(?:was|were|being|had\s+been|is|got))?(?:\s+(?:later|eventually|"
    r"subsequently|ultimately|then|also))?\s+replaced\s+(?:by|with)\s+(?P<new>" + NAME_RX + r")"
)
# The names listed before "were replaced by" and after it ("A and B were replaced by C and D, respectively"):
# read only when "replaced" is in the sentence.
_LIST_BEFORE = re.compile(rf"(?:(?:{NAME_RX}),\s+)*(?:{NAME_RX}),?\s+and\s+$")
_LIST_AFTER = re.compile(rf"^(?:,\s+(?:{NAME_RX}))*,?\s+and\s+(?:{NAME_RX})(?P<resp>,?\s+respectively\b)?")
_ONE_NAME = re.compile(NAME_RX)
_REPLACES = re.compile(
    rf"(?P<new>{NAME_RX})(?P<mid>\s+(?:[a-z][\w-]*\s+){{0,6}}?)(?:to\s+)?(?:replace|replaced|replacing)\s+"
    rf"(?P<old>{NAME_RX})"
)
_LET_GO = re.compile(rf"\b(?:{alternation(_CASTING['dropping_verbs'])})\s+(?:actor\s+|actress\s+)?(?P<name>{NAME_RX})"
                     r"\s+(?:as\s+(?P<c>[A-Z].{0,60})|from\s+the\s+(?:film|cast|project|role|part|production|movie)\b)")
_WITH_JOINING = re.compile(rf"\bwith\s+(?:actor\s+|actress\s+)?(?P<name>{NAME_RX})\s+(?:also\s+)?joining\b")
_CASTING_ANNOUNCED = re.compile(rf"(?P<name>{NAME_RX})['’]s?\s+casting\s+(?:was|had\s+been)\s+(?:announced|"
                                r"confirmed|reported)")
_GIVEN_TO = re.compile(rf"\brole\s+was\s+(?:ultimately\s+|eventually\s+|finally\s+|then\s+)?(?:given|offered)\s+to\s+"
                       rf"(?P<name>{NAME_RX})")
_ROLE_OF = re.compile(r"^(?:\s+(?:in\s+the\s+film|later|initially|originally|also))*\s+(?:(?:for|in)\s+the\s+"
                      r"(?:role|part)\s+of\s+(?P<c>.+)|(?:in\s+the\s+film\s+)?to\s+play\s+(?:the\s+role\s+of\s+)?"
                      r"(?P<c2>.+)|as\s+(?P<c3>.+)|for\s+(?:the\s+)?(?P<c4>[A-Z].+))")
_RECAST_ROLE = re.compile(r"\b[Tt]he\s+(?:role|part)\s+of\s+(?P<c>.+?)\s+was\s+recast\b")
# "A was originally announced as Tam ...; B, a newcomer, replaced her": the part of the first clause's player
# goes to the one who replaced them ("took over", "stepped in", "took her place" too).
_FIRST_AS = re.compile(rf"(?P<old>{NAME_RX})\s+(?:was|had\s+been)\s+(?:originally\s+|initially\s+|first\s+)?"
                       r"(?:announced|cast|chosen|signed|hired|set)(?P<verb>\s+(?:as|to\s+play)\s+)")
_TOOK_OVER = re.compile(rf"(?:^|[;,.]\s+|\b(?:and|but|when|until)\s+)(?P<new>{NAME_RX})(?:,\s+[^,;]{{2,90}},)?\s+(?:later\s+|eventually\s+|then\s+)?"
                        r"(?:replaced\s+(?:her|him)|took\s+over(?:\s+the\s+(?:role|part))?|stepped\s+in|took\s+(?:her|his)\s+place)\b")


def _event_character(tail: str) -> str:
    m = _ROLE_OF.search(tail)
    if not m:
        return ""
    raw = next(g for g in m.groups() if g is not None)
    return character(raw)


def _subjects_before(text: str, end: int) -> list[str]:
    names = _subject_names(text, end)
    return [n for n in names if is_person(n) or _is_known_surname(n, text)]


def _is_known_surname(n: str, _text: str) -> bool:
    return len(_words(n)) == 1 and is_person(n, 1) and n[0].isupper()


_ACTING = re.compile(r"\b(?:roles?|cast|casting|recast|play|played|playing|plays|star|stars|starring|actors?|"
                     r"actress(?:es)?|parts?|characters?|lead|leads|voices?|voiced|portray\w*|appear\w*|"
                     r"audition\w*|co-star\w*)\b|\b(?:considered|approached|sought)\s+(?:for|as)\s+(?:the\s+)?(?-i:[A-Z])", re.I)
_CREW_DUTY = re.compile(r"\bto\s+(?:direct|write|produce|score|edit|shoot|compose|co-write|helm)\b|\bas\s+(?:the\s+)?"
                        r"(?:film's\s+)?(?:co-)?(?:director|cinematographer|producer|production\s+designer|designer|"
                        r"editor|composer|screenwriter|writer|choreographer|director\s+of\s+photography)\b", re.I)


def _events_in(st: _State, s: Sentence, known: set[str], actors: set[str]) -> list[str]:
    """Events stated in one sentence; returns the people they are about (for pronoun carry-over).

    Crews are hired and replaced in the same words as actors, so a sentence counts only when
    it speaks of acting or names someone already known from the cast."""
    text = s.text
    people: list[str] = []
    if _CREW_DUTY.search(text) or (text[:3] in ("In ", "For") and _OTHER_VERSION_FRONT.match(text)):
        return people  # a crew's hiring; "For the sequel, A was cast as Tam": another film's casting
    if not _ACTING.search(text) and not any(n in actors or _words(n)[-1] in actors for n in all_names(text) if n):
        return people

    def ok(n: str) -> bool:
        return is_person(n) or (len(_words(n)) == 1 and n in known)

    for ev, rx in (("negotiating", _EV_NEGOTIATING), ("cast", _EV_CAST), ("dropped_out", _EV_DROPPED),
                   ("considered", _EV_CONSIDERED), ("declined", _EV_DECLINED)):
        for m in rx.finditer(text):
            subs = [n for n in _subject_names(text, m.start()) if ok(n)]
            if not subs:
                continue
            ch = _event_character(text[m.end(): m.end() + 80]) if ev in {"cast", "considered", "negotiating"} else ""
            if len(subs) > 1:
                ch = ""
            for n in subs:
                st.add_event(s, n, ev, ch)
                people.append(n)
                for cev, crx in _CONT.items():
                    if cev != ev and crx.search(text, m.end()):
                        st.add_event(s, n, cev, ch)
    for m in _LET_GO.finditer(text):
        # "the studio dropped A as Tam", "the director fired A from the film": A left
        n = _trim_leading_stops(clean_name(m.group("name")))
        if ok(n) and not re.search(r"\b(?:not|never|nearly|almost|would|if)\s+(?:\w+\s+)?$", text[: m.start()]):
            st.add_event(s, n, "dropped_out", character(m.group("c")) if m.group("c") else "")
            people.append(n)
    if "joined" in text and re.search(r"\bjoined\s+the\s+(?:cast|film|project)\b", text):  # (the word first)
        # "In May, A and B joined the cast, with C joining a month later": C joined it too
        for m in _WITH_JOINING.finditer(text):
            n = _trim_leading_stops(clean_name(m.group("name")))
            if is_person(n):
                st.add_event(s, n, "cast")
                people.append(n)
    for m in _CASTING_ANNOUNCED.finditer(text):
        n = _trim_leading_stops(clean_name(m.group("name")))
        if ok(n):
            st.add_event(s, n, "cast")
            people.append(n)
    for m in _GIVEN_TO.finditer(text):
        n = _trim_leading_stops(clean_name(m.group("name")))
        if is_person(n):
            st.add_event(s, n, "cast")
    recast = "recast" in text and bool(re.search(r"\brecast\b", text))  # (the word first)
    rc = _RECAST_ROLE.search(text)
    recast_char = character(rc.group("c")) if rc else ""
    for m in _REPLACED_BY.finditer(text):
        old = _trim_leading_stops(clean_name(m.group("old")))
        new = _trim_leading_stops(clean_name(m.group("new")))
        before = _LIST_BEFORE.search(text, 0, m.start("old"))
        after = _LIST_AFTER.match(text[m.end("new"):])
        if before or after:
            # "A and B were replaced by C and D, respectively": pair the two lists in order; without
            # "respectively", or when the lists differ in length, who replaced whom is not said.
            if not (before and after and after.group("resp")):
                continue
            olds = [_trim_leading_stops(clean_name(x.group(0))) for x in _ONE_NAME.finditer(before.group(0))] + [old]
            tail = text[m.end("new"): m.end("new") + after.end()]
            news = [new] + [_trim_leading_stops(clean_name(x.group(0))) for x in _ONE_NAME.finditer(tail)]
            if len(olds) != len(news):
                continue
            for o, n in zip(olds, news, strict=True):
                if ok(o) and is_person(n) and o != n:
                    st.add_event(s, o, "replaced", "", n)
                    people.append(o)
            continue
        if ok(old) and is_person(new) and old != new:
            st.add_event(s, old, "replaced", recast_char, new)
            if recast:
                st.add_event(s, old, "recast", recast_char, new)
            people.append(old)
    for m in _REPLACES.finditer(text):
        new = _trim_leading_stops(clean_name(m.group("new")))
        old = _trim_leading_stops(clean_name(m.group("old")))
        mid = m.group("mid")
        if re.search(r"\b(?:not|never|was|were|being|by|who)\b", mid) and not re.search(r"\b(?:chosen|signed|cast|hired|brought)\b", mid):
            continue
        if ok(old) and is_person(new) and old != new:
            ch = _event_character(text[m.end(): m.end() + 60])
            st.add_event(s, old, "replaced", ch or recast_char, new)
            st.add_event(s, new, "cast", ch or recast_char)
            if recast:
                st.add_event(s, old, "recast", ch or recast_char, new)
    if " replaced h" in text or " took " in text or " stepped in" in text:
        _took_over(st, s, ok)
    return people


def _took_over(st: _State, s: Sentence, ok) -> None:
    """"A was originally announced as Tam ...; B, a newcomer from Ruritania, replaced her": B plays Tam."""
    text = s.text
    first = _FIRST_AS.search(text)
    if first is None:
        return
    old = _trim_leading_stops(clean_name(first.group("old")))
    ch = _event_character(text[first.start("verb"): first.end() + 60])
    m = _TOOK_OVER.search(text, first.end())
    if not (ch and ok(old)) or m is None:
        return
    new = _trim_leading_stops(clean_name(m.group("new")))
    if ok(new) and new != old:
        st.add_event(s, old, "replaced", ch, new)
        st.add_pair(s, new, ch, False, False)


_PRONOUN_EVENT = [
    ("cast", re.compile(r"\b(?:he|she|they)\s+(?:was|were)\s+(?:eventually\s+|initially\s+)?cast\b", re.I)),
    ("dropped_out", re.compile(r"\b(?:he|she|they)\s+(?:later\s+|eventually\s+|subsequently\s+)?(?:dropped\s+out|"
                               r"pulled\s+out|withdrew|backed\s+out|opted\s+out)\b", re.I)),
    ("declined", re.compile(r"\b(?:he|she|they)\s+(?:later\s+|eventually\s+)?(?:declined|turned\s+(?:it|the\s+role)"
                            r"\s+down)\b", re.I)),
]


def _pronoun_events(st: _State, s: Sentence, prev: Sentence, prev_people: list[str]) -> None:
    """"Jane Doe entered negotiations. Although she was cast, she later dropped out."

    The pronoun is resolved only when the previous sentence of the same paragraph was about
    exactly one person and this one names nobody. The fact cites that previous sentence,
    the one that names the person (a fact must cite a sentence containing its name)."""
    if prev.para != s.para or len(set(prev_people)) != 1 or _all_persons(s.text):
        return
    person = prev_people[0]
    for ev, rx in _PRONOUN_EVENT:
        if rx.search(s.text):
            st.add_event(prev, person, ev)


def _all_persons(text: str) -> list[str]:
    return [n for n in all_names(text) if is_person(n)]


# --------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------

_CAST_KINDS = {"lead", "cast", "production", "filming"}
_CAST_OR_PLOT = frozenset(_CAST_KINDS | {"plot"})
_VOICE_OR_NARRATION = re.compile(r"voice|vocals|narrat|spoken by")
_DUB_CUE = re.compile(rf"(?<![\w'’]){alternation(_CASTING['dub_cues'], flags='i')}(?![\w'’])")


def _scope(article: Article, s: Sentence) -> set[str]:
    return article.section_kinds(s.section)


def _voice_section(article: Article, s: Sentence) -> bool:
    """Whether the sentence's section or one above it is about voices ("Voice cast"). Read once per
    section of the article (kept on it, as its section kinds are): every sentence of the cast pass asks."""
    table = article.__dict__.get("_voice_sections")
    if table is None or len(table) != len(article.sections):
        table = [_voice_heading(article, i) for i in range(len(article.sections))]
        article.__dict__["_voice_sections"] = table
    return table[s.section]


_DUB_HEADING = re.compile(r"\bdub(?:bing|bed)?\b|^english(?:-language)? version$", re.I)


def _voice_heading(article: Article, section: int) -> bool:
    cur: int | None = section
    while cur is not None:
        if _VOICE_WORD.search(article.sections[cur].heading) or _DUB_HEADING.search(article.sections[cur].heading):
            return True  # "Voice cast", "English dub": the parts its players give are voices
        cur = article.sections[cur].parent
    return False


def _ordered(article: Article, sec_kinds: list[frozenset[str]] | None = None) -> list[Sentence]:
    """Lead first, then cast sections, then the plot, then the rest: billing order."""
    rank = {"lead": 0, "cast": 1, "plot": 2}
    if sec_kinds is None:
        sec_kinds = [article.section_kinds(i) for i in range(len(article.sections))]
    sec_rank = [min((rank[k] for k in kinds if k in rank), default=3) for kinds in sec_kinds]
    return sorted(article.sentences, key=lambda s: (sec_rank[s.section], s.idx))


def _same_given(a: str, b: str) -> bool:
    """"Phil" and "Phillip", "Alex" and "Alexander", "Ed" and "Edward": a given name and its short
    form (three letters at least, or a nickname the table declares; the caller checks the surname)."""
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= 3 and short[-1] != "." and long_.startswith(short)) \
        or FORMAL_NAME.get(short) == long_ or FORMAL_NAME.get(long_) == short  # "Ed" / "Edward" (names.toml)


_CONSONANTS = re.compile(r"[aeiouy]+")  # what is left of a name once its vowels go: "pln" for "Pelina" and "Peleena"


def _same_person(actor: str, known: dict) -> str:
    """An actor already met under a near spelling ("Jane Doeson" / "Jane Doesson"): same first name,
    same number of words, other words nearly equal. Returns the first spelling, or ''."""
    ws = _words(actor)
    if len(ws) < 2:
        return ""  # (no other spelling can match: the test below wants two words or more)
    for other in known:
        if other != actor and other.rstrip(".") == actor.rstrip("."):
            return other  # "Kip Dorr Jr" / "Kip Dorr Jr.": a suffix's period one frame keeps and another reads off
        ow = _words(other)
        if other != actor and len(ow) == len(ws) >= 2 and _same_given(ow[0], ws[0]) and \
                (fuzz.ratio(ow[-1], ws[-1]) >= 85 and ow[-1][:3] == ws[-1][:3]
                 or min(len(ow[-1]), len(ws[-1])) >= 4 and ow[-1][0] == ws[-1][0] and Levenshtein.distance(ow[-1], ws[-1]) <= 1
                 # a transliteration's vowels ("Jo Pelina" / "Jo Peleena")
                 or min(len(ow[-1]), len(ws[-1])) >= 5 and ow[-1][:3] == ws[-1][:3] and Levenshtein.distance(ow[-1], ws[-1]) <= 2
                 and _CONSONANTS.sub("", ow[-1].lower()) == _CONSONANTS.sub("", ws[-1].lower())) and \
                all(a.casefold() == b.casefold() or (a[0] == b[0] and fuzz.ratio(a, b) >= 85)
                    for a, b in zip(ow[1:-1], ws[1:-1], strict=True)):
            return other  # a middle name spelt two ways too ("Jo Raana Doe" / "Jo Rana Doe", "Jo Van der Doe")
    return ""


# "A was cast as Tam. ... but his scenes were cut": a part edited out of the film is not in its cast
_SCENES_CUT = re.compile(r"\b(?:his|her|their|(?P<owner>[A-Z][\w'’-]+)['’]s)\s+(?:(?:entire|whole|only)\s+)?"
                         r"(?:scenes?|role|part|footage|appearance|performance)\s+(?:was|were)\s+(?:\w+\s+)?"
                         r"(?:cut|deleted|removed|excised|edited\s+out|left\s+out)\b")


def _drop_cut_players(st: _State) -> None:
    """Remove players whose part the sentence (or the one after, in the same paragraph) says was cut;
    a billed player (lead, cast list) stays: the billing is of the released film."""
    sents = st.article.sentences
    full = st.full_text
    if " cut" not in full and "deleted" not in full and "removed" not in full and "excised" not in full \
            and " out" not in full:
        return
    for s in sents:
        m = _SCENES_CUT.search(s.text)
        if not m:
            continue
        near = {s.idx} | ({s.idx - 1} if s.idx and sents[s.idx - 1].para == s.para else set())
        owner = m.group("owner")
        st.pairs = [p for p in st.pairs if p.strong or p.sentence not in near
                    or (owner is not None and owner not in p.actor)]


_HYPHEN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Tam-ra": an East Asian given name, after the family name


def _family_inside(name: str, word: str) -> bool:
    """Is ``word`` the family name inside "Rolo Osk Tam-ra" (a Western given name, the family name, then a
    hyphenated East Asian given name)?"""
    ws = _words(name)
    return len(ws) == 3 and ws[1] == word and bool(_HYPHEN_GIVEN_NAME.fullmatch(ws[2]))


def _cast_surnames(pairs: list[_Pair]) -> dict[str, str]:
    """A surname the cast itself completes: "Osk" (or "De Osk") beside exactly one cast member "Tam Osk"
    is that player, even when the article names another Osk (a character, a relative) elsewhere. Beside two
    cast members "Tam Osk" and "Kip Osk", the one the lead bills when only one of them is billed there: a plot's
    "Mina (Osk)" is the star's, not the star's son's walk-on told in the cast prose."""
    words_of = {a: _words(a) for a in {p.actor for p in pairs}}
    multi = {a for a, ws in words_of.items() if len(ws) >= 2}
    billed = {p.actor for p in pairs if p.strong}
    out: dict[str, str] = {}
    for actor, ws in words_of.items():
        if ws and (len(ws) == 1 or ws[0].lower() in _PARTICLES
                   or (len(ws) == 2 and ws[0].lower() not in _GIVEN_NAMES and not ws[0].endswith("."))):  # "Osk Varga" of "Ora Osk Varga"
            tail = " " + actor.casefold()
            # (or the family name inside "Rolo Osk Tam-ra", a Western given name first: a cast member only)
            fits = {m for m in multi if m.casefold().endswith(tail) or len(ws) == 1 and _family_inside(m, actor)}
            if len(fits) > 1 and len(fits & billed) == 1:
                fits &= billed
            if len(fits) == 1:
                out[actor] = fits.pop()
    return out


def _desc_like(st: _State, p: _Pair) -> bool:
    """Is the pair's part a description, not a name: lower case ("harbour pilot"), or capitalised words its sentence
    writes after an article and a lower-case word ("as a disgraced harbour pilot")?"""
    ch = p.character
    if not ch or ch[0].islower():
        return bool(ch)
    text = st.article.sentences[p.sentence].text
    if f" {ch}" not in text:
        return False
    # each place the part is written, whole at its end, with the article and words right before it: the
    # search ``\b[Aa]n?\s+(?:[a-z][\w-]*\s+){1,3}<part>\b`` without a pattern compiled for every part
    # (a compile costs more than the rest of the test, and parts are seldom met twice)
    i = text.find(ch)
    while i >= 0:
        if _BOUNDARY.match(text, i + len(ch)) and _DESC_BEFORE.search(text, 0, i):
            return True
        i = text.find(ch, i + 1)
    return False


_BOUNDARY = re.compile(r"\b")
_DESC_BEFORE = re.compile(r"\b[Aa]n?\s+(?:[a-z][\w-]*\s+){1,3}\Z")  # ends where the part starts (endpos)


def _drop_dubbed_players(st: _State) -> None:
    """A voice whose "part" is another player's surname ("Pell was voiced by the actress B" in a dub's sentence,
    Ora Pell billed for Mina): B dubbed a player, and the part is not in the sentence: no pair (a part given to
    the wrong name is worse than a miss). A one-word part some pair names as a part is kept."""
    surnames: dict[str, set[str]] = {}
    for p in st.pairs:
        ws = _words(p.actor)
        if len(ws) >= 2:
            surnames.setdefault(ws[-1], set()).add(p.actor)
    parts = {p.character for p in st.pairs if not p.voice}
    st.pairs[:] = [p for p in st.pairs if not (p.voice and p.character in surnames and p.character not in parts
                                               and p.actor not in surnames[p.character])]


def _merge_cast(st: _State, leavers: set[str], departed_roles: set[tuple[str, str]]) -> list[CastFact]:
    """One fact per actor, in the order first met; a character from any pattern wins over none."""
    by_actor: dict[str, _Pair] = {}
    order: list[str] = []
    strong: set[str] = set()
    mentions: dict[str, list[str]] = {}  # each short form a player was written with, first first
    spellings: dict[str, set[str]] = {}  # one actor written two ways in the article
    cast_full = _cast_surnames(st.pairs)
    cast_players = {p.actor for p in st.pairs}
    weak_desc: set[str] = set()  # players whose described part came from a prose frame, not a billing
    for p in st.pairs:
        full, mention = (st.aliases[p.actor], p.actor) if p.actor in st.aliases else \
            resolve(st.people, p.actor, first_names=True)
        if p.actor in cast_full and (not mention or p.actor not in st.aliases and full not in cast_players):
            # (the cast's own completion wins over a first name that opens a crew member's: "Osk" is the billed
            # "Rolo Osk Tam-ra", not the editor "Osk Ming-la")
            full, mention = cast_full[p.actor], p.actor
        if mention and _CHILD_HONORIFIC.match(full):
            full = _without_child_honorific(full)  # "Lune" is not completed to the billing's "Baby Lune"
            mention = "" if full == p.actor else mention
        if mention and _without_office(full) != full:
            full = _without_office(full)  # "Brandt" is not completed to the prose's "Senator Ivo Brandt"
            mention = "" if full == p.actor else mention
        if mention:
            if mention not in (forms_of := mentions.setdefault(full, [])):
                forms_of.append(mention)
            p = _Pair(full, p.character, p.sentence, p.voice, p.strong)
        twin = _same_person(p.actor, by_actor)
        if twin:
            spellings.setdefault(twin, set()).add(p.actor)
            p = _Pair(twin, p.character, p.sentence, p.voice, p.strong)
        if p.strong:
            strong.add(p.actor)
        cur = by_actor.get(p.actor)
        if cur is None:
            by_actor[p.actor] = _Pair(p.actor, p.character, p.sentence, p.voice, p.strong)
            order.append(p.actor)
            continue
        there = st.article.sentences[p.sentence].text
        if p.actor in mentions and cur.sentence != p.sentence and p.actor in there and \
                (not cur.character or cur.character in there):
            # cite a sentence that states the full name when one does, and the character too if one
            # is known ("Ora plays Mina" cited, not a later "stars Ora Pell in the title role")
            cur.sentence = p.sentence
        cur.voice = cur.voice or p.voice
        if p.character and (not cur.character or (
                # "voices both Tam and Lune" read whole after its first part alone: both parts, as written
                p.sentence == cur.sentence and " and " in p.character and cur.character in p.character
                and re.search(rf"\bboth\s+(?:the\s+)?{re.escape(p.character)}", st.article.sentences[p.sentence].text)) or (
                _desc_like(st, cur) and p.character[0].isupper() and not _desc_like(st, p)
                and (not cur.strong or p.actor in weak_desc or cur.character[0].isupper()))):
            # a character from any pattern wins over none, and a named one over a prose description
            # ("A plays a harbour pilot" then "Tam (A)"; "stars A as a disgraced river guide" then "Tam Varga (A)"),
            # a billing's too when a prose frame gave it
            if not cur.character and not p.strong and _desc_like(st, p):
                weak_desc.add(p.actor)
            else:
                weak_desc.discard(p.actor)
            cur.character, cur.sentence = p.character, p.sentence
    # A short form (a surname) never stands alone when the full name is also in the cast.
    out: list[CastFact] = []
    for actor in order:
        p = by_actor[actor]
        surname = _words(actor)[-1]
        left = actor in leavers or (surname in leavers and actor not in strong)
        if left and actor not in strong:
            continue
        if (actor, p.character) in departed_roles and actor not in strong:
            continue
        stated = st.article.sentences[p.sentence].text
        # one player is one name. A given name written two ways ("Ed Doe" / "Edward Doe") is kept as the
        # cited sentence writes it; a surname spelt two ways ("Jo Doeyan" / "Jo Doean") is one
        # transliteration: the article's usual one (the billing's when as frequent), with the cited
        # sentence's spelling as the mention
        forms = [p.actor, *sorted(spellings.get(p.actor, ()))]
        variant = next((v for v in forms if v in stated), "")
        name = variant or p.actor
        if len({f.casefold() for f in forms}) > 1 and len({_words(f)[0] for f in forms}) == 1:  # not a capital alone
            text = st.full_text
            name = max(forms, key=lambda f: (sum(1 for _ in whole_word_starts(text, f)), f == p.actor))
        # the short form the cited sentence writes: a part read from a later sentence than the first
        # short form ("Ora" alone on a line, then "Pell as Tam") cites that later one
        said = mentions.get(p.actor, [])
        mention = "" if name in stated else variant or next((m for m in said if m in stated), said[0] if said else "")
        part = p.character
        if stock_part(part):
            part, mention = _stock(st, name, part, mention)
        out.append(CastFact(sentence=p.sentence, actor=name, character=part,
                            voice=p.voice, order=len(out) + 1, mention=mention))
    return out


_SELF_PARTS: dict[str, str] = _CASTING["self_parts"]


def _stock(st: _State, actor: str, word: str, mention: str) -> tuple[str, str]:
    """The part and mention of a player whose part the sentence states by a word that is not the part's name
    ("narrated by A", "A appears as herself": casting.toml stock_parts): the stock part, with the word as the
    mention. A self part is the word's ("herself" -> Herself), "themselves" the person's gender when known (else
    Themselves; an interviewee's, none), and another person's word ("as himself, as do B") B's own. When the
    mention already stands for the actor (a surname completed), the part stays a word the sentence writes only if
    it is a part's own word ("himself", "narrator"), never a verb ("narrates", "interviews")."""
    stock = stock_part(word)
    if mention:
        return (word if word.lower() in _SELF_PARTS and word.lower() != "themselves" or word.lower() == "narrator" else ""), mention
    if stock == "self":
        own = st.own_selves.get(actor) or (_self_part(actor, st) if word.lower() not in {"himself", "herself"} else "")
        stock = own or _SELF_PARTS.get(word.lower(), "")  # an interviewee of unknown gender: no part
        if not stock:
            return "", ""
    return stock, ("" if stock == word else word)  # "A as Narrator": the part is the word


def _dedupe(facts: Iterable[Fact]) -> list[Fact]:
    seen: set[tuple] = set()
    out: list[Fact] = []
    for f in facts:
        key = tuple(v for k, v in sorted(f.to_dict().items()) if k != "sentence")
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def _add_credit(st: _State, s: Sentence, role: str, name: str, people: People, *, owner: bool = False) -> None:
    """One credit, with "the Doe brothers" as each Doe and a lone surname as the article's full name
    (``owner``: the sentence ties a banner to the person, so a one-word producer is no company)."""
    surname = family_surname(name)
    if surname:
        for full in people.family(surname):
            st.crew.append(CrewFact(sentence=s.idx, role=role, name=full, mention=surname))
        return
    full, mention = resolve(people, name)
    if len(_words(name)) == 1 and name[:1].isupper():
        # "Doe produced the film" where the article names two Does, or "Doe" of the director "Jo Doe Roe": the
        # one person already credited whose surnames hold it (the lead's director before a brother in the cast)
        crewed = {c.name for c in st.crew if name in _words(c.name)[1:]}
        if len(crewed) == 1 and (not mention or full not in crewed and not any(c.name == full for c in st.crew)):
            full, mention = crewed.pop(), name
    if not mention and name.endswith("s") and len(_words(name)) == 1 and len(people.family(name[:-1])) >= 2:
        for member in people.family(name[:-1]):  # "the Does produced it": each Doe
            st.crew.append(CrewFact(sentence=s.idx, role=role, name=member, mention=name))
        return
    if role == "producer" and len(_words(full)) == 1 and not owner:
        return  # a one-word producer is a company far more often than a person (but not a banner's owner)
    if name in s.text:
        st.crew.append(CrewFact(sentence=s.idx, role=role, name=full, mention=mention))
    elif "–" in s.text and _in_duo(name, s.text):
        st.crew.append(CrewFact(sentence=s.idx, role=role, name=full, mention=_in_duo(name, s.text)))


def _in_duo(name: str, text: str) -> str:
    """'directed by Ora–Bede' credits 'Ora Pell' (crew.py names a duo's people when the article gives them in full):
    the duo the sentence writes with an en dash that the name's first word is a part of (its mention), or ''."""
    first = re.escape(_words(name)[0])
    m = re.search(rf"(?<![\w–])(?:[\w]+–)*{first}(?:–[\w]+)*(?![\w–])", text)
    return m.group(0) if m and "–" in m.group(0) else ""


def _based_on(st: _State, s: Sentence) -> None:
    for m in _BASED_ON.finditer(s.text):
        named = m.group("poss") or m.group("pre")
        names = [_trim_leading_stops(clean_name(named))] if named else _credit_names(s.text, m.end())
        for n in names:
            if n and is_person(n, 2):
                st.add_crew(s, "based_on_author", n)


def _drop_partial_crew(crew: list[CrewFact]) -> list[CrewFact]:
    """"Doe" as writer beside "Jane Doe" as writer is the same credit: keep the full name. One person
    spelt two ways in the article ("Jo Bellaton" / "Jo Bellatan") is one credit too: the first met."""
    full = {(c.role, w) for c in crew for w in [_words(c.name)[-1]] if len(_words(c.name)) > 1}
    kept = [c for c in crew if len(_words(c.name)) > 1 or (c.role, c.name) not in full]
    out: list[CrewFact] = []
    for c in kept:
        ws = _words(c.name)
        if any(o.role == c.role and o.name != c.name and len(ow := _words(o.name)) == len(ws) >= 2 and ow[1:] == ws[1:]
               and ow[0][:3] == ws[0][:3] and fuzz.ratio(ow[0], ws[0]) >= 85 for o in out):
            continue
        if len(ws) >= 2 and any(o.role == c.role and o.name != c.name and len(ow := _words(o.name)) >= 2
                                and ow[-1].casefold() == ws[-1].casefold() and ow[0][:3] == ws[0][:3]
                                and fuzz.ratio(ow[0], ws[0]) >= 70 for o in out):
            continue  # "Ivo K. de Brandt" then "Ivo De Brandt": one writer, his middle initial and case aside
        out.append(c)
    return out


def extract(article: Article) -> list[Fact]:
    """Crew, final cast and casting events of one article."""
    st = _State(article)
    # each section's kinds, read once: every loop below asks them of every sentence
    sec_kinds = [article.section_kinds(i) for i in range(len(article.sections))]

    # Crew: the general frames of ``crew``, then surnames resolved to the article's full names.
    people = st.people = People(s.text for s in article.sentences)
    known_people = people.surnames
    prev: Sentence | None = None
    for s in article.sentences:
        kinds = sec_kinds[s.section]
        if kinds & {"references", "plot", "legacy"}:
            if "legacy" in kinds and not kinds & {"references", "plot"}:  # but "A, the film's producer," is the film's
                for c in crew_films_own(article, s, kinds):
                    _add_credit(st, s, c.role, c.name, people)
            continue  # a plot's "music by" is the story's, a sequel's director another film's
        for c in [*crew_credits(article, s, kinds), *crew_replacement(prev, s)]:
            _add_credit(st, s, c.role, c.name, people, owner=c.owner)
        if "lead" in kinds or kinds & {"production", "filming", "music", "cast"}:
            _based_on(st, s)
        if "lead" in kinds or (kinds & {"release"} and not kinds & {"home_media"}):
            _distributors(st, s)
        prev = s

    # Cast, in billing order.
    cast_sents: list[Sentence] = []
    documentary = bool(article.sentences) and "documentary" in article.sentences[0].text.lower()
    ordered = _ordered(article, sec_kinds)  # sorted once: the billing order below is the same list
    for s in ordered:
        kinds = sec_kinds[s.section]
        voice_ctx = _voice_section(article, s)
        if kinds & {"lead", "cast"}:
            _cast_from_lists(st, s, voice_ctx, strong="lead" in kinds, rx=_STARS)
            if "lead" in kinds:
                _cast_from_subjects(st, s, voice_ctx)
                if " by " in s.text:
                    _cast_from_played_by(st, s, voice_ctx)
                _cast_alongside(st, s, voice_ctx)
        elif kinds & {"plot", "production", "development", "filming", "casting"} and _FILM_STARS.search(s.text):
            _cast_from_lists(st, s, voice_ctx, strong=False, rx=_FILM_STARS)
        if kinds & {"lead", "plot", "cast"}:
            _cast_from_parens(st, s, voice_ctx)
        elif "(" in s.text and not kinds & _NO_PROSE_PARENS:
            _billed_parens(st, s, voice_ctx)
        if kinds & {"lead", "cast"}:
            _cast_from_narration(st, s)
            _cast_from_groups(st, s, voice_ctx)
        if documentary and kinds & {"lead", "plot", "cast"}:
            _documentary_subjects(st, s)
        if not kinds & {"references", "legacy", "critical", "release", "box_office"} \
                and (any(k in s.text for k in _APPEARANCE_GATE) or " own name" in s.text):  # (the section first: one set test)
            _interviewees(st, s)
        if ("ead actor " in s.text or "ead actress " in s.text or "eading actor" in s.text or "eading actress" in s.text) \
                and not kinds & {"references", "legacy", "plot"}:
            _cast_from_lead_player(st, s)
        # a release section's sentence about a dubbed version is its voice cast ("In the Vorlish dub, Tam is voiced by A")
        dub_release = "release" in kinds and not kinds & {"references", "legacy", "home_media"} and bool(_DUB_CUE.search(s.text))
        if ("played by" in s.text or "portrayed by" in s.text or "voiced by" in s.text or "performed by" in s.text) \
                and (kinds & _CAST_OR_PLOT or dub_release) \
                and not kinds & {"references", "legacy"}:
            _cast_from_subject_played_by(st, s, voice_ctx)
        if kinds & _CAST_OR_PLOT and not kinds & {"references", "legacy"} and (" by " in s.text or " was " in s.text) \
                and any(c in s.text for c in _YOUNGER_CUE):
            _younger_selves(st, s, voice_ctx)
        if kinds & _CAST_KINDS or dub_release:
            if _VOICE_OR_NARRATION.search(s.text) or "physically" in s.text:
                _cast_from_voices(st, s, voice_ctx)
            if "cast" in kinds and (" was " in s.text or " went to " in s.text or " is " in s.text):
                _parts_that_were(st, s, voice_ctx)
            if "dubbed" in s.text or "revoiced" in s.text or "re-voiced" in s.text or "re-dubbed" in s.text:
                _cast_from_dubbing(st, s, voice_ctx)
            _cast_from_verbs(st, s, voice_ctx)
            _cast_from_choices(st, s, voice_ctx)
            if " he " in s.text or " she " in s.text or " for h" in s.text or " in mind" in s.text:
                _pronoun_parts(st, s, voice_ctx)
            if "he is " in s.text or "he was " in s.text:
                _part_then_pronoun_player(st, s, voice_ctx)
            if " as " in s.text and any(c in s.text for c in _CAMEO_CUE):
                _cast_from_cameos(st, s, voice_ctx)
            if (" actor " in s.text or " actress " in s.text or ", as " in s.text) and not kinds & {"plot", "cast"}:
                _linked_parts(st, s, voice_ctx)
            if ("uncredited" in s.text or "without credit" in s.text or "briefly" in s.text) and _GLIMPSED.search(s.text):
                _glimpsed(st, s, voice_ctx)
            if " as " in s.text and any(j in s.text for j in _JOB_NOUNS) and _JOB_CAMEO.search(s.text):
                _cast_from_job_cameos(st, s)
            if ("imself" in s.text or "erself" in s.text or "themselves" in s.text) \
                    and (" as " in s.text or "play" in s.text or "portray" in s.text or "voice" in s.text):
                _cast_as_themselves(st, s)
            _cast_from_roles(st, s, voice_ctx)
            if "title role" in s.text or "titular" in s.text or "title character" in s.text or "title part" in s.text:
                _title_role(st, s, voice_ctx)
            if "item " in s.text or "dance number" in s.text or "musical number" in s.text or "song sequence" in s.text:
                _item_numbers(st, s, voice_ctx)
            if "replaced " in s.text:
                _replaced_in_role(st, s, voice_ctx)
            if "puppeteer" in s.text:
                _cast_from_puppetry(st, s)
        elif "plot" in kinds and _VERB_PLAYS.search(s.text):
            # a plot's "A plays B" counts for a billed actor only: its characters play games and pianos
            billed, n = {p.actor for p in st.pairs}, len(st.pairs)
            _cast_from_verbs(st, s, voice_ctx)
            # (a billed player spelt another way counts: "Jo Pelina plays Tam" for the billed "Jo Peleena")
            st.pairs[n:] = [p for p in st.pairs[n:] if p.actor in billed or _same_person(p.actor, dict.fromkeys(billed))]
        if "critical" in kinds and not kinds & {"references", "legacy"}:
            _cast_from_reviews(st, s)
        if ", who " in s.text and not kinds & {"references", "plot"}:
            _cast_from_asides(st, s, voice_ctx)  # an anecdote in any section but the story's
        if "cast" in kinds:
            cast_sents.append(s)
    by_section: dict[int, list[Sentence]] = {}
    for s in cast_sents:
        by_section.setdefault(s.section, []).append(s)
    for sec_sents in by_section.values():
        _cast_from_list_lines(st, sec_sents, _voice_section(article, sec_sents[0]))
    _roles_of_billed(st)
    _resolve_parens(st)
    _possessive_characters(st)
    _drop_dubbed_players(st)
    # Billing order: lead, then cast sections, then plot, then the rest, each in reading order.
    rank = {s.idx: i for i, s in enumerate(ordered)}
    st.pairs.sort(key=lambda p: rank[p.sentence])

    # Casting history.
    actor_names = {p.actor for p in st.pairs} | {_words(p.actor)[-1] for p in st.pairs}
    prev = None
    prev_people: list[str] = []
    for s in article.sentences:
        kinds = sec_kinds[s.section]
        if not kinds & _CAST_KINDS or "references" in kinds:
            prev, prev_people = s, []
            continue
        people = _events_in(st, s, known_people, actor_names)
        if prev is not None and not people:
            _pronoun_events(st, s, prev, prev_people)
        prev, prev_people = s, people

    leavers = {e.person for e in st.events if e.event in {"dropped_out", "replaced", "recast", "declined"}}
    departed = {(e.person, e.character) for e in st.events if e.event in {"replaced", "recast"} and e.character}
    # A casting the history records and nothing undoes ("In May, A was cast", "A and B joined the
    # cast") is the final cast's too; its role fills a billed player's missing one.
    for e in st.events:
        if e.event == "cast" and e.person not in leavers and _words(e.person)[-1] not in leavers and not \
                _UNDONE_CASTING.search(article.sentences[e.sentence].text) and \
                not _other_version_player(st, article.sentences[e.sentence].text, e.person):  # "For the sequel, A was cast"
            st.pairs.append(_Pair(e.person, e.character, e.sentence, False, False))
    _drop_cut_players(st)
    cast = _plot_named_parts(st, _merge_cast(st, leavers, departed))
    return _dedupe([*_drop_partial_crew(st.crew), *cast, *st.events])


# The name the story gives a described part, in apposition to the description or right after it: "The local
# sheriff, Cal Tobin, begins to suspect her", "the rig's cook, Bo "Skillet" Rand, and", "the old schoolteacher
# Kip, who", "Sergeant Tobin of the station" (the description's noun as the name's title), "Tam, a widower,".
# The name must close the apposition (a comma, a stop, a bracket): "After Krug kills the preacher, Tam opens
# the coffin" names no preacher.
_NAME_CLOSE = r"(?=\s*[,.;:)]|\s+(?:who|whose|of|from)\b|\s*$)"
_ARTICLE_OR_OWNER = r"(?:(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+)"


def _plot_name_of(st: _State, desc: str) -> str:
    """The one name the plot gives the part a description ("sheriff", "rickshaw puller") stands for; '' when it
    gives none, or more than one (two sheriffs, or a name that is also a player's)."""
    plot = st.plot_unbracketed
    words = _words(desc)
    if not plot or not words or not re.search(rf"(?i)\b{re.escape(words[-1])}\b", plot):
        return ""
    body = r"\s+".join(re.escape(w) for w in words)
    adj = r"(?:[\w'’-]+\s+){0,3}?"
    names: set[str] = set()
    for rx in (rf"{_ARTICLE_OR_OWNER}{adj}{body},\s+(?P<name>(?:[\"“][^\"”]{{1,20}}[\"”]\s+)?{NAME_RX}){_NAME_CLOSE}",
               rf"{_ARTICLE_OR_OWNER}{adj}{body}\s+(?P<name>{NAME_RX}){_NAME_CLOSE}",
               rf"(?<![\w'’-]){re.escape(words[-1].capitalize())}\s+(?P<name>[A-Z][\w'’-]*)(?![\w'’-]|\s+[A-Z])",
               rf"(?:^|(?<=[.;]\s)|(?<=\n))(?P<name>{NAME_RX}),\s+(?:an?|the)\s+{adj}{body}(?=[,;.]|\s+(?:who|whose)\b)"):
        for m in re.finditer(rx, plot):
            raw = m.group("name")
            name = character(_trim_leading_stops(clean_name(raw))) if '"' not in raw and "“" not in raw else raw.strip()
            if rx.startswith("(?<![\\w'’-])") and name:
                name = f"{words[-1].capitalize()} {name}"  # "Sergeant Tobin": the title is the name's
            if name:
                names.add(name)
    return names.pop() if len(names) == 1 else ""


def _plot_named_parts(st: _State, cast: list[CastFact]) -> list[CastFact]:
    """A part the cast prose gives by a description the plot names ("The cook was played by A" with "the rig's
    cook, Bo Rand," in the plot): the part is that name, and the description the sentence writes is its mention
    (facts.CastFact.part_mention). Only for a player the sentence names in full (the mention can stand for one of
    the two), and a name no other player is given and that is no player's."""
    if not any(f.character.islower() for f in cast):  # a description, all lower case ("the younger Tam" is a name's)
        return cast
    taken = {f.character for f in cast if f.character}
    # a player's whole name, surname or given name (a character written "Ivo" beside the player Ivo Brandt may
    # be the plot's way of naming the player's part: not this description's to take)
    players = {f.actor for f in cast} | {w for f in cast for w in (_words(f.actor)[0], _words(f.actor)[-1])}
    out: list[CastFact] = []
    for f in cast:
        text = st.article.sentences[f.sentence].text
        ch = f.character
        if f.mention or not ch.islower() or f.actor not in text or _is_crew_noun(ch) \
                or "plot" in st.article.section_kinds(st.article.sentences[f.sentence].section):
            out.append(f)
            continue
        said = re.search(rf"(?<![\w'’-])(?:[Tt]he|[Aa]n?)\s+{re.escape(ch)}(?![\w'’-])", text)
        name = _plot_name_of(st, ch) if said else ""
        if not name or name in taken or name in players or st.is_title(name) or not described_part_mention(said.group(0)):
            out.append(f)
            continue
        taken.add(name)
        out.append(dataclasses.replace(f, character=name, mention=said.group(0)))
    return out


# Literal prefilters (bot/rxgate.py): these frames need words most sentences lack, and each is
# tried at every name or word boundary otherwise. The words are read from the patterns themselves.
# The cast-list cues: forty-five alternatives, each run only where the words it needs are (bot/rxgate.py's Pruned).
prune(globals(), "_STARS")
_DISTRIB_CUED_ONLY = gated(_DISTRIB_CUED_ONLY, like=_DISTRIB_CUED_LIKE)
gate(globals(), "_NARRATED", "_ACTIVE_CAST", "_DISTRIB", "_NAMES_IN_ROLES", "_EV_CONSIDERED", "_ACTING", "_FILM_STARS", "_PLAYED_BY",
     "_REPLACED_BY", "_REPLACES", "_CASTING_ANNOUNCED", "_EV_NEGOTIATING", "_EV_DECLINED", "_EV_DROPPED",
     "_JOINED_BY", "_BASED_ON", "_VERB_PLAYS", "_EV_CAST", "_CONFIRMED_AS_CAST", "_CHOSEN", "_WENT_TO",
     "_SUBJECT_STARS", "_WHO_ALSO_STARS")
# Picked by replaying the calls the extractor makes over the corpus with and without a prefilter.
gate(globals(), "_COMMA_PLAYED_BY", "_REPLACING_AS", "_PORTRAYED_BY_LIST", "_FEATURED_IN_ROLE", "_RECAST_ROLE", "_GIVEN_TO",
     "_LIST_GOES_ON_WITH")
# Frames most sentences cannot match (no 'appears'/'seen', no crew verb), found by timing each frame's calls over
# the corpus: behind their prefilters too.
gate(globals(), "_APPEARS_IN_FILM", "_CREW_DUTY", "_LET_GO")
# Frames of voices, narrations and late joinings: behind their prefilters as well.
gate(globals(), "_VOICE_GIVEN", "_VOICE_BY", "_NARRATES", "_WITH_JOINING", "_BILLED_AS_CUE", "_SEVERAL_ROLES", "_DESC_PLAYED_BY")
# Found by replaying the extractor's calls over the seed and corpus (every answer compared, none differs).
gate(globals(), "_STAR_VERB")
# The frames of blind batch 11's classes (groups, troupes, puppetry, reviews, cut scenes): each needs words most
# sentences lack.
gate(globals(), "_IN_THE_PARTS", "_PLURAL_PLAY", "_TROUPE_MEMBERS", "_WITH_AT_END", "_REVIEW_AS", "_REVIEW_OTHER_ROLES",
     "_PUPPET_FOR", "_PUPPETEERED_BY", "_BODY_OF", "_PART_NAMED", "_SCENES_CUT")
gate(globals(), "_PART_ACTOR", "_AS_APPOSED", "_WITH_IN_ROLES", "_SUBJECT_PLAYED_BY", "_TWO_PLAY_TWO", "_LEAD_PLAYER", "_INTERVIEWEES", "_SHARED_TIE")
# Alternations run as their alternatives, each only where the words it requires are (bot/rxgate.py's Pruned;
# picked by replaying the extractor's calls over the corpus and seed, every answer compared, none differs).
prune(globals(), "_VOICE_OR_NARRATION", "_FILM_STARS", "_EV_CONSIDERED")
