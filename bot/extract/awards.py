"""Awards: who won or was nominated for what, at which ceremony, and the stated totals.

Award prose packs several facts into one sentence ("received five nominations, including
Best Picture, and won the award for Best Original Screenplay"), so a sentence is read as
a sequence of *triggers* (won / nominated) and *categories* ("Best ..."): each category
takes the outcome of the nearest trigger before it. Ceremonies are found by the shape of
their names ("... Awards", "... Film Festival", guilds, circles) rather than from a list,
so unseen ceremonies are read the same way; a festival may also be named by its place ("At
Ruritania, …" when the table knows the place). The words (ceremony endings and aliases, places,
named prizes, outcome phrases, other works) live in ``bot/vocab/awards.toml``; the expressions
below are frames compiled once from it.

Outcomes are 'won', 'nominated', 'submitted' (selected as an entry, shortlisted, not
nominated) and 'competed' (in competition for a prize, not said to have won it). An award
whose clause is about another work ("The soundtrack album won …", "the remake was nominated …")
is not this film's and is skipped. Precision comes first: a category with no trigger before
it, a negated or hypothetical trigger, or no ceremony at all yields nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import vocab
from ..article import Article, Sentence
from ..facts import AwardCountFact, AwardFact, CrewFact, Fact
from ..rxgate import _opening_class, gate, opening, prune
from .common import (
    NAME_RX,
    NUMBER_WORD_RX,
    cue_words,
    has_cue,
    mask_long_quotes,
    parse_int,
    parse_ordinal,
    sentence_words,
)
from .coref import holder_index, surname_holders
from .names import PARTICLES, STOP_CAPS, People, is_company, is_person, words

# --- vocabulary (bot/vocab/awards.toml) -------------------------------------------------------

V = vocab.load("awards")
_CER, _CATS, _OUT, _WHO = V["ceremonies"], V["categories"], V["outcomes"], V["awardees"]


def _phrase(p: str, award_any_case: bool = False) -> str:
    """A literal phrase as a regex: any whitespace between words, either apostrophe (and, for a
    prize, 'Award' in either case: "People's Choice award")."""
    rx = re.sub("['’]", "['’]", re.escape(p).replace(r"\ ", r"\s+"))
    return re.sub(r"Award$", "[Aa]ward", rx) if award_any_case else rx


def _phrases(words, award_any_case: bool = False) -> str:
    return "(?:" + "|".join(_phrase(w, award_any_case) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


_UP = r"[A-ZÀ-ÖØ-ÞĀ-ž]"  # a capital, accented ones included ("Ōra", "Émile"; not "ſ", which a gate folds to "s")
_CAP = _UP + r"[\w'’.&\-]*"
_ORD = r"\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_CONNECT = r"(?:of|and|for|de|du|des|di|del|&|in)"

# Ceremony-name endings, tried on a run of capitalised words. "Award-winning" is excluded by
# the look-ahead: an adjective about somebody else, not an award to this film.
_CEREMONY_END = (
    r"(?:Film\s+Festival\s+of(?:\s+(?:the\s+)?" + _CAP + r")+|" + _phrases(_CER["endings"])[3:-1] + r"|Festival\s+du\s+Film(?:\s+" + _CAP + r")?"
    # ("the Festival des 3 Zendas": a French name, a number among its words)
    r"|Festival\s+(?:des|de\s+la|du|de)(?:\s+\d{1,2})?(?:\s+" + _CAP + r"){1,3}"
    r"|Festival(?:\s+of(?:\s+" + _CAP + r")+)?)"
)
CEREMONY_RE = re.compile(
    r"(?:(?:\b(?P<ord>\d{1,3}(?:st|nd|rd|th))|(?<=the\s)(?P<word_ord>" + _ORD + r"))\s+|\b(?P<year>(?:18|19|20)\d\d)\s+)?"
    r"(?P<name>(?:" + _CAP + r"\s+(?:" + _CONNECT + r"\s+)*)*?" + _CEREMONY_END + r")"
    r"(?![\w\-])(?:\s+(?P<year2>(?:19|20)\d\d)\b)?"
)
# Every character a ceremony mention can hold (its words, connectors, editions and years). A mention lies
# inside one run of them, a run between commas, quotes or brackets, and holds an ending (``_CEREMONY_END``):
# ``_ceremony_matches`` searches only the runs that hold an ending.
_OUTSIDE_MENTION = re.compile(r"[^\w'’.&\-\s]")
_ENDING = re.compile(_CEREMONY_END + r"(?![\w\-])")
# Words that may open a sentence or clause but never a ceremony name.
_LEAD_STOP = set(_CER["lead_stop"])
# Pronouns, compared in lower case: a capitalised one opens a sentence, it names nobody.
PRONOUNS = {"it", "its", "he", "his", "she", "her", "hers", "they", "their", "this", "that", "these", "those"}
# Named prizes handed out inside a ceremony or festival: they are categories, not ceremonies.
_NAMED_AWARD = re.compile(r"(?<![\w'’.])(?P<cat>(?:" + _UP + r"(?:[\w'’-]*|\.)\s+){1,5}(?:[Aa]wards?|[Pp]rizes?))(?![\w'’])")
_PRIZE_WORDS = set(_CATS["prize_words"])
# "the only major Ruritanian award nomination": a lower-case prize word that describes a noun after it (awards.toml)
_DESCRIBED_AFTER = re.compile(rf"\s+{_phrases(_CATS['prize_descriptor_nouns'])}(?![\w'’-])")
# "the Golden Example (for Best Director)": a festival's trophy by its shape, not its name (see _categories).
_METAL_PRIZE = re.compile(
    rf"(?<=\bthe\s)(?P<cat>{_phrases(_CATS['metals'])}\s+(?!{_phrases(_CATS['metal_not_prizes'])}\b)[A-Z][\w'’\-]+"
    r"(?:\s+for\s+(?:Best|Outstanding)(?:\s+[A-Z][\w'’\-]+)+)?)(?![\w'’\-]|\s+[A-Z])")
_METAL_CUES = cue_words(_CATS["metals"])
# "where it won the audience prize": a festival's prize in lower case, as written.
_LOWER_PRIZE = re.compile(rf"\b(?:the|an?)\s+(?P<cat>{_phrases(_CATS['lower_prizes'])})(?![\w'’\-])")
_LOWER_PRIZE_CUES = cue_words(["prize", "award", "mention", "diploma"])

# A category: "Best ..." with capitalised words and the few small words category names use,
# a dash qualifier ("– Drama") or a comma qualifier from a closed set ("Best Music, Scoring of ...").
_CAT_WORD = r"(?!(?:Awards?|Oscars?|Academy|BAFTA|Nominations?|Prize|Golden)\b)" + _UP + r"[\w\-]*(?:['’]s)?"
_CAT_BODY = (r"(?:\s+(?:(?:in|a|an|the|of|or|from|on|to|with|by\s+an?(?=\s+(?:Actor|Actress|Performer)\b))\s+)*"
             + _CAT_WORD + r")+")
# (a prize and what it is given for: "Silver Bear for Best Actress in a Leading Role")
# (and a festival's golden prize named the French way: "the Example d'or", as "the Palme d'Or")
PRIZE_RE = re.compile(
    r"(?<![\w'’])(?:" + _phrases(_CATS["prizes"], award_any_case=True)[3:-1] + r"|" + _UP + r"[\w-]*+\s+d['’][Oo]r)(?![\w'’])"
    r"(?:(?:\s+[Aa]ward)?\s+for\s+(?:Best|Outstanding)" + _CAT_BODY + r")?"
)
_COMMA_QUAL = r"(?:Scoring|Screenplay|Long\s+Form|Short\s+Form|Male|Female|Drama|Comedy|Musical|Color|Black[- ]and[- ]White|Adapted|Original)"
_MOST = rf"Most\s+{_phrases(_CATS['most_openers'])}"  # ("Most Popular Film")
CATEGORY_RE = re.compile(
    rf"\b(?:{_phrases(_CATS['openers'])}|{_MOST})" + _CAT_BODY
    + r"(?:\s+for\s+(?:Television|TV)(?![\w'’-]))?"  # "… Motion Picture Made for Television": no one called Television
    + r"(?:\s+[–—-]\s+" + _CAT_WORD + r"(?:\s+(?:or\s+)?" + _CAT_WORD + r")*"
    + r"|,\s+" + _COMMA_QUAL + _CAT_BODY.replace(")+", ")*") + r")*"
    + r"(?:\s+\((?:Musical|Comedy|Drama|Male|Female|Fiction|Non-[Ff]iction|Critics['’]?|Popular|Jury|Documentary"
      r"|Animation|Short|Feature|Black[- ]and[- ]White|Colou?r|(?:First|Second|Third)\s+Prize|Tamil|Telugu|Hindi|Malayalam"
      r"|Kannada|Bengali|Marathi|Punjabi|Gujarati|Odia)(?:\s+or\s+(?:Musical|Comedy|Drama))?\))?"
)

# "the Best Canadian film award": a lower-case noun that is still part of the category.
_RANKED_BEST = re.compile(r"\b(?:Second|Third)\s+$")
_LOWER_TAIL = re.compile(r"(\s+(?:film|feature|picture|documentary|short))(?=\s+(?:award|prize)\b)")

# Triggers. Lower-case only, so a quoted title ("... to Win Best Picture ...") is no trigger.
def _trigger_rx(words) -> str:
    return rf"(?<![\w\-]){_phrases(words)}(?![\w\-])"


# Submitted and competed come first: "chosen as the entry" is not a win, "to compete for" not a hypothetical.
TRIGGER_RE = re.compile(rf"(?P<sub>{_trigger_rx(_OUT['submitted'])})|(?P<comp>{_trigger_rx(_OUT['competed'])})"
                        rf"|(?P<win>{_trigger_rx(_OUT['won'])})|(?P<nom>{_trigger_rx(_OUT['nominated'])})")
_OUTCOME_OF_GROUP = {"sub": "submitted", "comp": "competed", "win": "won", "nom": "nominated"}
_TRIGGER_GROUPS = (("sub", _OUT["submitted"]), ("comp", _OUT["competed"]), ("win", _OUT["won"]), ("nom", _OUT["nominated"]))
#: Each group's phrases with their cue word (``cue_words``: the longest word; None for a phrase without one,
#: which every sentence keeps), read once: finding them again for each new set of a sentence's cue words
#: cost several times the compiling of the cut-down pattern.
_TRIGGER_PHRASE_CUES = tuple((group, tuple((p, next(iter(cue_words([p])), None)) for p in phrases))
                             for group, phrases in _TRIGGER_GROUPS)


#: Each trigger phrase alone, as TRIGGER_RE tries them (group by group, each group's phrases longest first),
#: with its group's name and its cue word: compiled once, at import (with the pattern cache), and behind
#: the set of characters a match opens with (``_opening_class``), so a search skips to them.
_TRIGGER_PHRASE_RX = tuple(
    (_opening_class(re.compile(rf"(?P<{group}>{_trigger_rx([p])})")), cue)
    for group, phrases in _TRIGGER_PHRASE_CUES
    for p, cue in sorted(dict(phrases).items(), key=lambda pc: (-len(pc[0]), pc[0])))


@lru_cache(maxsize=1024)
def _triggers_for(cues: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """The phrases of TRIGGER_RE whose longest word a sentence holds (no other phrase can match in it), in
    TRIGGER_RE's order. Compiling TRIGGER_RE cut down to them for each new set of cue words cost about
    1.6 ms a set, a hundred and more sets over the corpus (most met once): the phrases are compiled once."""
    return tuple(rx for rx, cue in _TRIGGER_PHRASE_RX if cue is None or cue in cues)


def _trigger_matches(text: str, cues: frozenset[str]) -> Iterator[re.Match[str]]:
    """The matches ``TRIGGER_RE.finditer(text)`` gives, read from its phrases whose cue word the text holds:
    at the leftmost place where a phrase matches, the first such phrase in TRIGGER_RE's order (the
    alternation tries them in that order at each place), then on from that match's end (no phrase matches
    the empty string). Each match's group is its phrase's group, as in TRIGGER_RE."""
    parts = _triggers_for(cues)
    if len(parts) == 1:
        yield from parts[0].finditer(text)
        return
    pos = 0
    while parts:
        best = None
        for rx in parts:
            m = rx.search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end()
# Strength of an outcome when one award is stated twice: a win beats a nomination beats an entry.
OUTCOME_RANK = {"won": 3, "nominated": 2, "competed": 1, "submitted": 0}
_NEG_WORDS = [w for w in _OUT["negations"] if "'" not in w]
_NEG_CLITICS = [w for w in _OUT["negations"] if "'" in w]
_NEGATED = re.compile(rf"(?:(?<!\w){_phrases(_NEG_WORDS)}|{_phrases(_NEG_CLITICS)})\s+(?:\w+\s+){{0,2}}$")
_HYPOTHETICAL = re.compile(rf"\b(?:{_phrases(_OUT['hypotheticals'])[3:-1]}|(?<!on )to)\s+(?:\w+\s+)?$|\bpredicted\b[^.;]*$")
# "The film would later win the Example Prize": the past told forward (a biography's "would"), no hope, unless
# the sentence forecasts ("Critics predicted it would also win …", "if it would later win …")
_TOLD_FORWARD = re.compile(rf"\bwould\s+{_phrases(_OUT['told_forward'])}\s+$")
_FORECAST = re.compile(rf"\b{_phrases(_OUT['forecast_stems'])}", re.I)
_PRIOR = re.compile(rf"(?<![\w\-]){_phrases(_OUT['prior'])}\s+(?:\w+\s+)?$")
# "the second biographical film to win …": a record (an ordinal or superlative, then the noun, then "to")
_RECORD_TO = re.compile(
    rf"\b(?:{_phrases(_OUT['record_words'])[3:-1]}|\w+est)\s+(?:[\w-]+\s+){{0,3}}?(?:{_phrases(_OUT['record_nouns'])[3:-1]})"
    r"\s+(?:ever\s+|yet\s+)?to\s+(?:be\s+)?$")
# "a Best Actor nomination": the outcome written after the category.
_NOMINATION_AFTER = re.compile(r"\s*(?:[Aa]ward\s+)?(?:nominations?|nods?)\b")
# Competition at a festival without a category ("in the main competition section of the X Festival").
# (the phrase may end in its own preposition: "competed at the X Festival")
_COMPETITION = re.compile(rf"(?<![\w\-]){_phrases(_OUT['competition_section'])}(?![\w\-])(?:[^.;]{{0,12}}?\b(?:of|at|in|into))?\s+(?:the\s+)?", re.I)
# A festival named by its place: "At Ruritania, …", "won the Golden Lion at Ruritania".
_PLACES = _CER["places"]
_ORGANISER_OF: dict[str, str] = _CER["organisers"]
_ORGANISER_RE = re.compile(_phrases(_ORGANISER_OF))
_ORGANISER_CUES = cue_words(_ORGANISER_OF)
_PLACE_WORDS = set(_PLACES)
_CEREMONY_CUES = cue_words(_CER["endings"]) | {"festival"}
_TRIGGER_CUES = cue_words([w for k in ("submitted", "competed", "won", "nominated") for w in _OUT[k]])
_CATEGORY_CUES = cue_words(_CATS["prizes"]) | cue_words(_CATS["openers"]) | cue_words(_CATS["most_openers"])
_COUNT_CUES = cue_words(["nominated", "nominations", "nods", "won", "win", "winning", "received", "took home",
                         "collected", "picked up", "garnered", "earned"])
# What a match of COUNT_NOM_RE / COUNT_WIN_RE must hold, as written in them (case and all): a plain test
# before each, since a sentence with a count's cue word mostly holds only one of the two frames' words.
_NOM_WORDS = ("nominated", "nominations", "nods")
_WIN_WORDS = ("won", "win", "received", "took", "collected", "picked", "garnered", "earned")


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


_COMPETITION_CUES = cue_words(_OUT["competition_section"])
_PLACE_CUES = cue_words(_PLACES)
# Ceremonies no ending word finds ("the Example di Nome for Best Actress"), matched as written
_NAMED_CER_RE = re.compile(rf"(?<![\w'’\-]){_phrases(_CER['named'])}(?![\w'’\-])")
_NAMED_CER_CUES = cue_words(_CER["named"])
_PLACE_RE = re.compile(rf"\b[Aa]t\s+(?:the\s+)?(?P<place>{_phrases(_PLACES)})(?![\w\-])(?!\s+(?:[A-Z]|Film|International|Festival))")
_PRIX = re.compile(r"(?<!Grand )(?<!Grand-)\bPrix\s+(?:(?:de|du|des|de\s+la)\s+|[dl]['’])?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}")
# "the 2011 Zenda Tudo festival": a festival named with its edition and a lower-case "festival" (not a holiday's)
_LOWER_FESTIVAL = re.compile(rf"\b(?:(?P<ord>\d{{1,3}}(?:st|nd|rd|th))|(?P<year>(?:19|20)\d\d))\s+"
                             rf"(?P<name>{_CAP}(?:\s+(?:{_CONNECT}\s+)?{_CAP}){{0,4}})\s+festival\b")
_HOLIDAYS = frozenset(vocab.load("money")["period"]["holidays"])
# "at the Berlin, Busan and Toronto film festivals": each place's festival
_PLACE_FESTIVALS = re.compile(rf"\b(?P<list>(?:{_phrases(_PLACES)})(?:\s*,\s*(?:{_phrases(_PLACES)}))*,?\s+and\s+(?:{_phrases(_PLACES)}))"
                              r"\s+(?:[Ii]nternational\s+)?[Ff]ilm\s+[Ff]estivals\b")
_PLACE_ONE = re.compile(_phrases(_PLACES))
_PLACE_FESTIVAL = re.compile(rf"(?:\b(?P<ord>\d{{1,3}}(?:st|nd|rd|th))\s+)?\b(?P<place>{_phrases(_PLACES)})\s+(?:international\s+)?film\s+festival\b")
# The clause is about another work (its awards are not this film's).
_OTHER_WORK = re.compile(
    rf"^\W*(?:(?:the|its|a|an|this|that|his|her|their)\s+)?(?:[\w’'\-]+\s+){{0,2}}?(?i:{_phrases(_WHO['other_works'])})s?\b"
    r"(?![^,;]*?\b(?:was|were)\s+(?:also\s+)?(?:not\s+)?(?:nominated|awarded)\s+(?:along|together)\b)")
# Another work as the subject of the clause's verbs, after an opening phrase: "..., an abridged
# soundtrack album was released ... and went on to be nominated".
_OTHER_WORK_SUBJECT = re.compile(
    rf",\s+(?:(?:the|its|a|an|this|that)\s+)(?:[\w’'\-]+\s+){{0,2}}?(?i:{_phrases(_WHO['other_works'])})s?\s+"
    r"(?:was|were|is|has|had|went|also|later)\b(?![^;]*\b(?:the\s+film|the\s+movie|it)\s+(?:was|were|also|later|won|received)\b)[^;]*$")
_FOR_WHICH = re.compile(r"\bfor\s+which\s+\w+\s+(?:was|were|had\s+been)\s+$")

_PERSON = rf"(?!(?:Best|Outstanding|Worst|The)\b){NAME_RX}"
_NAME_LIST = rf"{_PERSON}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_PERSON})*"
_FOR_RECIPIENT = re.compile(rf"\s*(?:\(\s*(?:for\s+)?(?P<paren>{_NAME_LIST})\s*(?:;[^()]*)?\)|\s+for\s+(?P<for>{_NAME_LIST}))")
# "Lead actress A won …", "…, and composer B was nominated …": the player's billing or the job before the name
_LEAD_ROLE = (r"(?:(?:[Ll]ead(?:ing)?|[Ss]upporting|[Tt]itle)\s+(?:actor|actress|player|star)\s+|[Cc]o-?star\s+"
              r"|(?:[Tt]he\s+film['’]s\s+|[Ii]ts\s+)?(?:music\s+director|composer|cinematographer|editor|director|producer|"
              r"screenwriter|writer|lyricist|choreographer|art\s+director|costume\s+designer)\s+)?")
_SUBJECT = re.compile(
    # ("…, and in 1978 A and B were awarded …": a year opening the clause, before its subject)
    rf"(?:^\s*|[;,:]\s*|\b(?:where|while|and|with|as)\s+|\b[Ii]n\s+(?:18|19|20)\d\d,?\s+"
    rf"|(?:(?<=\bAwards\s)|(?<=\bFestival\s))(?![\w'’.-]+,)){_LEAD_ROLE}(?P<names>{_NAME_LIST})\s+"
    r"(?:(?:also|was|were|has|had|have|been|both|each|later|eventually|subsequently|then|all|jointly|himself|herself)\s+)*$"
)
# "Steiger received a ... nomination for ...": the person opening the clause, before its verb.
_CLAUSE_SUBJECT = re.compile(
    rf"\s*{_LEAD_ROLE}(?P<names>{_NAME_LIST})\s+(?:(?:also|later|eventually|subsequently|then)\s+)?"
    r"(?:received|earned|garnered|won|was|were|got)\b"
)
# "…, and A and B received a nomination for …": a later clause's own subject, right before its verb and the
# trigger's article (the sentence's first subject is another clause's)
_TAIL_SUBJECT = re.compile(
    rf"(?:[;,]\s*(?:and\s+|but\s+|while\s+)?|\b(?:where|while|whereas)\s+){_LEAD_ROLE}(?P<names>{_NAME_LIST})\s+"
    r"(?:(?:also|later|eventually|then|jointly)\s+)?(?:received|earned|garnered|got|shared)\s+(?:an?|the|their|his|her)?\s*$")
# "A's performance won the Best Actress award": the person whose part it is
_POSSESSED_PART = re.compile(
    rf"(?:^|[;,]\s*(?:and\s+|but\s+)?|\b(?:and|while|whereas)\s+)\s*(?P<names>{_PERSON})['’]s\s+(?:\w+\s+)?"
    rf"{_phrases(_WHO['parts'])}\s+(?:(?:also|later|eventually|had|was|were)\s+){{0,2}}$")  # ("A's score was nominated")
_ROLE_PREFIX = re.compile(rf"^{_phrases(_WHO['role_prefixes'])}\s+")
# Words that make a capitalised phrase a category, a work or an organisation rather than a person.
_NOT_PERSON = set(_WHO["not_person"])
_ALIASES = {alias.lower(): name for name, aliases in _CER["aliases"].items() for alias in aliases}
_ALIAS_PREFIX = re.compile(rf"^(?:{_phrases(_CER['alias_prefixes'])}\s+)+")
_ORG_NEEDS_AWARDS = re.compile(rf"{_phrases(_CER['needs_awards'])}$")

_COUNT_NOUN = r"(?:(?:" + _CAP + r"\s+){0,5}?(?:nominations|nods|Awards|awards|Oscars|Globes|BAFTAs|prizes|categories))"
COUNT_NOM_RE = re.compile(
    rf"(?:\bnominated\s+(?:for|in)\s+(?:a\s+total\s+of\s+)?(?P<n1>{NUMBER_WORD_RX})\s+(?P<noun1>{_COUNT_NOUN})"
    rf"|\b(?P<n2>{NUMBER_WORD_RX})\s+(?P<noun2>(?:{_CAP}\s+){{0,5}}?(?:nominations|nods))\b(?!\s+each))"
)
COUNT_WIN_RE = re.compile(
    rf"(?<![\w\-])(?:won|win|winning|received|took\s+home|collected|picked\s+up|garnered|earned)\s+"
    rf"(?:a\s+total\s+of\s+)?(?P<n>{NUMBER_WORD_RX})(?:\s+(?P<noun>(?:{_CAP}\s+){{0,5}}?(?:Awards|awards|Oscars|Globes|BAFTAs|prizes))\b"
    r"|(?=\s*[:;,.]|\s*$|\s+of\s+the\b))(?!\s+each)"
)
_CLAUSE_CONTINUES = re.compile(r"^(?:(?:However|Ultimately|Eventually|Finally|Additionally|In\s+addition|In\s+the\s+end),\s+)?"
                               r"(?:It|it|The film|the film|He|She|They|This|(?:(?:[A-Z][a-z]+\s+)?(?:actor|actress|star|co-star|director|composer"
                               r"|cinematographer|editor|producer|screenwriter|writer)\s+)?"
                               r"[A-Z][\w'’.\-]+(?:\s+(?:and\s+)?[A-Z][\w'’.\-]+)*\s+(?:also|was|were|won|received)"
                               r"|(?:(?:Its|The|Other|Its\s+other)\s+)?(?:[Nn]ominations|[Ww]ins)\s+(?:included|include|were|went))\b")
# ("Nominations included Best Picture …": the sentence lists the nominations of the ceremony before it.)
# "… won Best Actress at the same ceremony": the ceremony named last, even in an earlier paragraph
_SAME_CEREMONY = re.compile(r"\b(?:[Aa]t|[Ii]n|[Dd]uring|[Ff]rom)\s+the\s+same\s+(?:ceremony|ceremonies|event|awards?|festival|edition|year['’]s\s+(?:ceremony|awards))\b")
# "At the ceremony, Ora Pell won Best Director", "At that year's ceremony …", "At the 2019 ceremony …": the ceremony named
# last in the paragraph (of that year, when a year is said); "the festival" only for a festival
_THE_CEREMONY = re.compile(r"\b(?:[Aa]t|[Dd]uring)\s+(?:the\s+(?:(?P<year>(?:19|20)\d\d)\s+)?|that\s+year['’]s\s+)"
                           r"(?:(?:awards?\s+)?(?P<cer>ceremony|gala)|(?P<fest>festival))\b")


@dataclass
class _Mention:
    start: int
    end: int
    name: str
    ordinal: int | None
    year: int | None


# --- ceremonies ----------------------------------------------------------------------------------


_SPACES = re.compile(r"\s+")


def normalise_ceremony(raw: str) -> str:
    """One name per ceremony: 'Academy Award'/'Oscars' → 'Academy Awards', 'Saturn Award' →
    'Saturn Awards', 'Writers Guild of America' → '... Awards', so counts and wins line up."""
    name = _SPACES.sub(" ", raw).strip()
    for key in (name, _ALIAS_PREFIX.sub("", name)):
        if key.lower() in _ALIASES:
            return _ALIASES[key.lower()]
    if name.endswith("Globes") or name.endswith("Globe"):
        return name.rsplit(" ", 1)[0] + " Globe Awards"
    if name.endswith(" Award"):
        return name + "s"
    if _ORG_NEEDS_AWARDS.search(name):
        return name + " Awards"
    return name


_OPENERS = set(_CATS["openers"])
# Words that end a category and open a ceremony ("Best Actor Academy Award"), as the category frame reads them
_CEREMONY_OPENERS = ("Academy", "BAFTA", "Golden", "Oscar", "Oscars", "Award", "Awards", "Prize")
# Ceremonies named by one word: whatever stands before it is no part of the name ("the Vietnam Oscars")
_ONE_WORD = {"Oscar", "Oscars", "BAFTA", "BAFTAs", "Bafta", "Baftas", "Emmy", "Emmys", "Grammy", "Grammys", "Razzie",
             "Razzies", "César", "Césars", "Goya", "Goyas"}


def _ceremony_tail(words: list[str]) -> int | None:
    """Where the ceremony's name starts in a capitalised run (0: all of it), or None for no ceremony: a run
    opening with a category keeps what follows it ("Best Editing Oscar" → "Oscar"); a one-word name drops
    the words before it; a "Globe" is a Golden Globe only when so named ("the Globes"), not a newspaper."""
    cut = 0
    if words[0] in _OPENERS:
        cut = next((i for i, w in enumerate(words) if w in _CEREMONY_OPENERS), None)
        if cut is None:
            return None
    last = words[-1]
    if last in _ONE_WORD and len(words) - cut > 1 and " ".join(words[cut:]).lower() not in _ALIASES:
        return len(words) - 1
    if last in {"Globe", "Globes"}:
        if len(words) - cut >= 2 and words[-2] == "Golden":
            return len(words) - 2
        return len(words) - 1 if last == "Globes" else None
    return cut


def _ceremony_matches(text: str) -> list[re.Match[str]]:
    """``CEREMONY_RE.finditer(text)``, searched only in the runs of ``_OUTSIDE_MENTION``'s complement that
    hold an ending: the same matches (no match crosses a run's edge, and a search bounded to a run sees
    the characters around it as the whole text's search does), without trying the pattern at every
    position of an award sentence's list of categories and names."""
    out: list[re.Match[str]] = []
    pos = 0
    while (end := _ENDING.search(text, pos)) is not None:
        start = pos
        for m in _OUTSIDE_MENTION.finditer(text, pos, end.start()):
            start = m.end()  # the run holding the ending opens after the last character no mention holds
        stop = _OUTSIDE_MENTION.search(text, end.end())
        pos = stop.start() if stop else len(text)
        out.extend(CEREMONY_RE.finditer(text, start, pos))
    return out


def find_ceremonies(text: str) -> list[_Mention]:
    """Ceremony mentions in a sentence, with the edition (ordinal or year) when written."""
    out: list[_Mention] = []
    # The full patterns backtrack over every capitalised run; most sentences hold no ending word
    # ("Awards", "Festival") and no festival place, and are passed over by a plain search first.
    for m in _ceremony_matches(text) if has_cue(text, _CEREMONY_CUES) else ():
        words = m.group("name").split()
        start = m.start("name")
        while words and (words[0] in _LEAD_STOP or words[0].lower() in PRONOUNS or words[0].islower()):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        if not words:
            continue
        cut = _ceremony_tail(words)
        if cut is None:
            continue
        opener = next((k for k, w in enumerate(words) if k > cut and w in _OPENERS), None)
        if opener is not None and " ".join(words[cut:opener]).lower() in _ALIASES:
            # "won the Example Best Actress Award": the ceremony before the category it names inside its own
            name = normalise_ceremony(" ".join(words[cut:opener]))
            at = text.index(words[cut], start) if cut else start
            out.append(_Mention(at, at + len(" ".join(words[cut:opener])), name, None, None))
            continue
        if cut:  # "a Best Editing Oscar", "the Best Director Golden Globe": the ceremony after the category
            start = text.index(words[cut], start + len(" ".join(words[:cut])))
            words = words[cut:]
        if all(w in _PRIZE_WORDS for w in words):
            continue
        if re.match(r"(?:People|Viewer|Audience)['’]?s?\s+Choice\b", " ".join(words)) and not (
                words[-1] == "Awards" and (m.group("ord") or m.group("word_ord") or m.group("year"))):
            continue  # (a festival's prize; but "the 44th People's Choice Awards" is a ceremony of its own)
        if len(words) == 1 and words[0] in {"Award", "Awards", "Festival"}:
            continue
        name = normalise_ceremony(" ".join(words).rstrip(".") if len(words[-1]) > 3 else " ".join(words))
        ord_tok = m.group("ord") or m.group("word_ord")
        ordinal = parse_ordinal(ord_tok) if ord_tok and start == m.start("name") else None
        year_tok = m.group("year") if start == m.start("name") else None
        year_tok = year_tok or m.group("year2")
        out.append(_Mention(start if cut else m.start(), m.end(), name, ordinal, int(year_tok) if year_tok else None))
    for m in _PLACE_RE.finditer(text) if has_cue(text, _PLACE_CUES) else ():
        place = re.sub(r"\s+", " ", m.group("place"))
        name = next((v for k, v in _PLACES.items() if k.lower() == place.lower().replace("’", "'")), None)
        if name and not any(x.start <= m.start("place") < x.end for x in out):
            out.append(_Mention(m.start("place"), m.end("place"), name, None, None))
    for m in _PLACE_FESTIVAL.finditer(text) if "festival" in text and has_cue(text, _PLACE_CUES) else ():
        # "the 14th Ruritania film festival": the place's festival, written in lower case
        name = next((v for k, v in _PLACES.items() if k.lower() == m.group("place").lower().replace("’", "'")), None)
        if name and not any(x.start <= m.start("place") < x.end for x in out):
            ord_tok = m.group("ord")
            out.append(_Mention(m.start(), m.end(), name, parse_ordinal(ord_tok) if ord_tok else None, None))
    for m in _LOWER_FESTIVAL.finditer(text) if " festival" in text else ():
        name = m.group("name")
        if name in _HOLIDAYS or name.split()[0] in _LEAD_STOP or any(x.start <= m.start("name") < x.end for x in out):
            continue
        ord_tok = m.group("ord")
        out.append(_Mention(m.start(), m.end(), _PLACES.get(name) or name + " Festival",
                            parse_ordinal(ord_tok) if ord_tok else None, int(m.group("year")) if m.group("year") else None))
    listed: set[int] = set()  # (a list's places are no appositive of the one before: "Berlin, Busan and …")
    for m in _PLACE_FESTIVALS.finditer(text) if "estivals" in text and has_cue(text, _PLACE_CUES) else ():
        for p in _PLACE_ONE.finditer(m.group("list")):
            name = next((v for k, v in _PLACES.items() if k.lower() == p.group(0).lower().replace("’", "'")), None)
            at = m.start("list") + p.start()
            if name and not any(x.start <= at < x.end for x in out):
                out.append(_Mention(at, m.start("list") + p.end(), name, None, None))
            listed.add(at)
    for m in _NAMED_CER_RE.finditer(text) if has_cue(text, _NAMED_CER_CUES) else ():
        # "won the Example di Nome for Best Actress": a national ceremony whose name ends in no ending word
        if not any(x.start <= m.start() < x.end or m.start() <= x.start < m.end() for x in out):
            out.append(_Mention(m.start(), m.end(), normalise_ceremony(m.group(0).replace("’", "'")), None, None))
    for m in _PRIX.finditer(text) if "Prix " in text else ():
        # "the Prix Example-Name": a prize named for its own body or patron, a ceremony of its own
        if not any(x.start <= m.start() < x.end for x in out):
            out.append(_Mention(m.start(), m.end(), normalise_ceremony(m.group(0)), None, None))
    for m in _ORGANISER_RE.finditer(text) if has_cue(text, _ORGANISER_CUES) else ():
        # "the Ruritanian Academy of Film Arts nominated it": the body named for its ceremony
        out = [x for x in out if not (m.start() <= x.start < m.end())]
        out.append(_Mention(m.start(), m.end(), _ORGANISER_OF[re.sub(r"\s+", " ", m.group(0)).replace("’", "'")], None, None))
    out.sort(key=lambda x: x.start)
    # "at Ruritania, the Ruritanian International Film Festival": the appositive is the same festival
    places = [x for x in out if x.name in _PLACES.values() and text[x.start : x.end] in _PLACE_WORDS]
    return [x for x in out if x.start in listed or not any(
        p.end < x.start and re.fullmatch(r",\s+(?:the\s+)?", text[p.end : x.start]) for p in places)]


# --- categories, outcomes, recipients ------------------------------------------------------------------


# An award named in quotation marks right before its noun: 'the "Example Prize Best Feature" award'
# "competed for the Glass Kite for a Feature Film": the capitalised name after "competed for the", up to the clause's end
_COMPETED_FOR = re.compile(r"\b(?:competed|competing|to\s+compete)\s+for\s+the\s+(?P<cat>" + _UP + r"[\w'’-]*+"
                           r"(?:\s+(?:" + _UP + r"[\w'’-]*+|for\s+an?|for|of|the)){0,5})(?=\s*[,;.]|\s+(?:at|and|but|in|with)\b)")
_QUOTED_PRIZE = re.compile(r"[\"“](?P<cat>[A-Z][^\"“”]{2,60}?)[\"”]\s+(?:[Aa]ward|[Pp]rize)\b")
_PERSON_PRIZE = re.compile(r"(?<=:\s)(?:the\s+)?(?P<cat>(?P<who>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’.\-]+){1,2})\s+(?:Award|Prize)"
                           r"\s+for\s+(?:Best\s+)?[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|in|of|a|an|the)){0,5})(?<![\s,])")
_CATEGORY_LIST = re.compile(r"\b(?:in|for)\s+(?:\w+\s+)?(?:other\s+)?categories\s*\((?P<items>[^()]{3,300})\)")
_CATEGORY_ITEM = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|in|a|an|the|of|for|and|or|&)){0,7}")


def _categories(text: str, cers: list[_Mention] | None = None) -> list[tuple[int, int, str]]:
    """Category spans, named prizes first; a "Best ..." inside a prize span is not counted twice.
    *cers*: the sentence's ceremony mentions when the caller has found them already."""
    spans: list[tuple[int, int, str]] = []
    for m in _CATEGORY_LIST.finditer(text) if "categor" in text else ():
        # "nominated it in six categories (Production Design, Makeup and Actor in a Supporting Role for A)":
        # categories named without "Best", each an item of the bracket
        pos = m.start("items")
        for item in re.split(r",\s*(?:and\s+)?|\s+and\s+(?=[A-Z])", m.group("items")):
            at = text.find(item, pos)
            pos = at + len(item)
            name = re.split(r"\s+for\s+", item, maxsplit=1)[0].strip()
            if at < 0 or not _CATEGORY_ITEM.fullmatch(name) or any(s0 <= at < e0 for s0, e0, _ in spans):
                continue
            spans.append((at, at + len(name), name))
    for m in _COMPETED_FOR.finditer(text) if "compet" in text else ():
        # "where it competed for the Glass Kite for a Feature Film": the prize competed for, named whole (a known prize or
        # a "Best …" category is read below, and kept: this span is only for a name they do not know)
        if not PRIZE_RE.match(text, m.start("cat")) and not CATEGORY_RE.match(text, m.start("cat")):
            spans.append((m.start("cat"), m.end("cat"), m.group("cat")))
    for m in _QUOTED_PRIZE.finditer(text) if '" ' in text or "” " in text else ():
        # 'won the "Example Prize Best Feature" award': the quoted words name the award, all of them
        spans.append((m.start("cat"), m.end("cat"), m.group("cat")))
    for m in _PERSON_PRIZE.finditer(text) if ": " in text and " for " in text else ():
        # "awarded the Example Award for his compositions: the Ora Pell Award for Film Music": the prize
        # named for a person is the category of the ceremony before it
        if is_person(m.group("who")):
            spans.append((m.start("cat"), m.end("cat"), m.group("cat")))
    for m in _NAMED_LOWER_CATEGORY.finditer(text) if "category" in text else ():
        # "A's score was nominated in the music category": a category named in lower case before the word
        spans.append((m.start("cat"), m.end("cat"), m.group("cat")))
    if not has_cue(text, _CATEGORY_CUES) and " d'" not in text and " d’" not in text:  # (PRIZE_RE's "Example d'or")
        return sorted(spans + _role_categories(text, spans))
    for m in PRIZE_RE.finditer(text):
        if any(s0 <= m.start() < e0 for s0, e0, _ in spans):
            continue
        prize = m.group(0).rstrip(".") if m.group(0).endswith(tuple("abcdefghijklmnopqrstuvwxyz.")) else m.group(0)
        prize = prize.rstrip(".") if len(prize.rsplit(" ", 1)[-1]) > 3 else prize
        spans.append((m.start(), m.start() + len(prize), prize))
    for m in CATEGORY_RE.finditer(text):
        cat = m.group(0).rstrip(" ,'’")
        tail = _LOWER_TAIL.match(text, m.start() + len(cat))
        if tail:
            cat += tail.group(1)
        if any(s <= m.start() < e for s, e, _ in spans):
            continue
        if len(cat.split()) < 2:
            continue
        start = m.start()
        rank = _RANKED_BEST.search(text, max(0, start - 8), start) if start >= 7 else None
        if rank:  # "the Example State Film Award for Second Best Actress": the rank is the category's
            cat = text[rank.start() : start] + cat
            start = rank.start()
        spans.append((start, start + len(cat), cat))
    named = [*_NAMED_AWARD.finditer(text)] if _NAMED_AWARD.search(text) else []
    if has_cue(text, _METAL_CUES):
        named.extend(_METAL_PRIZE.finditer(text))  # "won the Golden Example at the X Festival"
    if has_cue(text, _LOWER_PRIZE_CUES):
        named.extend(_LOWER_PRIZE.finditer(text))  # "where it won the audience prize"
    if named:
        # "won the Asia Star award at the X Festival", "the Grand Prize and Interfilm awards": a prize
        # named by its own words, when a ceremony elsewhere in the sentence hands it out
        cers = find_ceremonies(text) if cers is None else cers
        for m in named:
            a, b = m.span("cat")
            cat = m.group("cat")
            head = next((c for c in cers if c.start <= a < c.end < b and text[c.end] == " "), None)
            if head is not None and head.name in _KNOWN_CEREMONIES:
                # "the BAFTA Ora Pell Award": the known ceremony's prize after its name
                a = head.end + 1
                cat = text[a:b]
            words = cat.split()
            if len(words) < 2:
                continue
            if words[-1][0] in "ap" and _DESCRIBED_AFTER.match(text, b):
                continue  # "the only major Ruritanian award nomination": no prize named
            if any(c.start < b and a < c.end for c in cers) or not any(c.end <= a or c.start >= b for c in cers):
                continue
            if m.re is _METAL_PRIZE and " for " in m.group("cat"):
                spans = [sp for sp in spans if not a < sp[0] < sp[1] <= b]  # "Golden Example for Best Actor": one prize
            if words[0] in {"Best", "Outstanding", "Worst"} or any(s0 <= a < e0 or a <= s0 < b for s0, e0, _ in spans):
                continue
            if words[0] in _LEAD_STOP or words[0].lower() in PRONOUNS:
                continue
            spans.append((a, b, cat))
    return _prize_for(text, sorted(spans + _role_categories(text, spans)))


_NAMED_LOWER_CATEGORY = re.compile(r"\b(?:nominated|shortlisted|won|competed)\s+in\s+the\s+(?P<cat>(?!(?:same|other|this|that|each|every|one|"
                                r"main|following|latter|former|best|its|their)\b)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)"
                                r"\s+category\b")
_FOR_GAP = re.compile(r"\s+for\s+")
_PRIZE_END = re.compile(r"\b(?:Award|Prize)$")


def _prize_for(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"the Globe Award for Best Ruritanian Film", "the Special Jury Award for Editing": a named prize and the
    category it is given for are one award, one category (not the prize and the category twice)."""
    out: list[tuple[int, int, str]] = []
    for sp in spans:
        if out and _PRIZE_END.search(out[-1][2]) and (sp[2].split()[0] in _OPENERS or sp[2] in _ROLE_NOUN_SET) \
                and _FOR_GAP.fullmatch(text, out[-1][1], sp[0]):
            a = out[-1][0]
            out[-1] = (a, sp[1], text[a : sp[1]])
            continue
        out.append(sp)
    for i, (a, b, cat) in enumerate(out):
        craft = _FOR_CRAFT.match(text, b) if _PRIZE_END.search(cat) and " for " in text else None
        if craft and craft.group("craft") in _ROLE_ALONE and not any(b < o[0] < craft.end() for o in out):
            out[i] = (a, craft.end(), text[a : craft.end()])
    return out


_FOR_CRAFT = re.compile(r"\s+for\s+(?P<craft>[A-Z][\w-]*)(?![\w'’-])")


_ROLE_NOUNS, _ROLE_ALONE = _CATS["role_nouns"], set(_CATS["role_nouns_alone"])
_ROLE_CUES = cue_words(_ROLE_NOUNS)
_ROLE_NOUN_SET = frozenset(_ROLE_NOUNS)
# an item of a list: the craft noun, then what may follow it (its bracket, the next item, the ceremony) and,
# read backwards, up to two capitalised words and what may precede them ("for", "in", a comma, "and", ":", "(")
# (an Annie-style qualifier may follow the noun: "Production Design in a Feature Production")
_ROLE_NOUN = re.compile(r"(?<![\w\-])" + _phrases(_ROLE_NOUNS) + r"(?![\w\-])(?:\s+in\s+an?\s+(?:[A-Z][\w\-]*\s+){0,2}"
                        r"(?:Production|Feature|Film|Short|Series|Special))?(?=\s*(?:\(|,|;|\.|\band\b|\bat\b|\bfor\b|$))")
_ROLE_BEFORE = re.compile(
    r"(?:\bfor |\bin |, |\band |: |\(|\bwon )(?P<pre>(?:(?!(?:Best|Outstanding|Worst|The|Its|His|Her|Their|For|And)\b)"
    r"[A-Z][\w'’\-]*\s+){0,2})$")


_CRAFT = _phrases(_CATS["crafts"])
_CRAFT_CUES = cue_words(_CATS["crafts"])
_PRIZE_NOUN = r"(?:[Aa]wards?|[Pp]rizes?|honou?rs?|citations?|Oscars?|BAFTAs?|Globes?|Emmys?|Grammys?)"
# "an award for its cinematography", "an Example Award for the film's stunning score" (a person's craft, "for his
# score", names its person, and the category stays unsaid)
_CRAFT_FOR = re.compile(rf"\b{_PRIZE_NOUN}\s+for\s+(?:its|the\s+film['’]s)\s+(?:[a-z]+\s+)?(?P<cat>{_CRAFT})(?![\w\-])")
# "won the screenplay award"
_CRAFT_AWARD = re.compile(rf"\bthe\s+(?P<cat>{_CRAFT})\s+(?:award|prize)\b")
# "the award for best foreign actor in a leading role": a category in lower case after the prize's noun
_LOWER_WORD = r"(?!(?:at|from|by|for|was|were|is|and|with|in)\b)[a-z][\w\-]*(?:['’]s)?"
_LOWER_BEST = re.compile(
    rf"\b(?:[Aa]ward|[Pp]rize)\s+for\s+(?:the\s+)?(?P<cat>best\s+{_LOWER_WORD}(?:\s+(?:(?:in|of|for)\s+(?:a|an|the)\s+)?{_LOWER_WORD}){{0,4}})"
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:at|from|by|for|in|and|was|were|is|with)\b)")


_NAMED_FOR_PERSON = re.compile(r"(?P<who>[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+)\s+(?:[Aa]ward|[Pp]rize)\s+for\s+$")


def _role_categories(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Categories named by their craft alone in a list ("nominated for Cinematography (lost to A), Sound
    Mixing (B and C) and Costume Design"); a lone word only when it names a craft by itself. In lower
    case, after a prize's noun ("an award for its cinematography", "the award for best score") or before
    it ("the screenplay award")."""
    out: list[tuple[int, int, str]] = []
    for m in _ROLE_NOUN.finditer(text) if has_cue(text, _ROLE_CUES) else ():
        lead = _ROLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if lead is None:
            continue
        a, b = lead.start("pre"), m.end()
        cat = text[a:b]
        # (a lone noun with its Annie-style qualifier, "Music in a Feature Production", is a category by itself)
        if (a == m.start() and cat not in _ROLE_ALONE and " in " not in m.group(0)) or any(s0 < b and a < e0 for s0, e0, _ in spans):
            continue
        named = _NAMED_FOR_PERSON.search(text, max(0, a - 60), a)
        if named and is_person(named.group("who")):
            continue  # "…: the Ora Pell Award for Film Music": a prize named for a person, inside another ceremony
        out.append((a, b, cat))
    lower = [*(_CRAFT_FOR.finditer(text)), *(_CRAFT_AWARD.finditer(text))] if has_cue(text, _CRAFT_CUES) else []
    if "best" in text:
        lower.extend(_LOWER_BEST.finditer(text))
    for m in lower:
        a, b = m.span("cat")
        if not any(s0 < b and a < e0 for s0, e0, _ in (*spans, *out)):
            out.append((a, b, m.group("cat")))
    return out


def _triggers(text: str) -> list[tuple[int, int, str | None, int]]:
    """(start, end, outcome) of each trigger; outcome None for negated or hypothetical ones,
    which stop an earlier trigger from reaching the categories after them."""
    out: list[tuple[int, int, str | None, int]] = []
    for m in _trigger_matches(text, _TRIGGER_CUES & sentence_words(text)):
        before = text[max(0, m.start() - 40) : m.start()]
        outcome: str | None = _OUTCOME_OF_GROUP[m.lastgroup or "nom"]
        if outcome == "nominated" and _FOR_WHICH.search(before):
            continue
        if _NEGATED.search(before) or (_HYPOTHETICAL.search(before) and not _RECORD_TO.search(before) and not (
                _TOLD_FORWARD.search(before) and not _FORECAST.search(text, 0, m.start()))) or _PRIOR.search(before):
            outcome = None
        if re.search(r"\bfor\s+which\s+(?:he|she|they)\s+(?:\w+\s+)?$", before):
            outcome = None  # another work's award, named in passing
        reach = len(text)
        if m.group(0) == "nomination":
            # "a Golden Globe nomination for X, the Silver Bear ...": a singular nomination
            # governs its own 'for' phrase, not the next item of a list
            cut = re.compile(r",\s+(?:the|an?)\s+|;").search(text, m.end())
            reach = cut.start() if cut else reach
        out.append((m.start(), m.end(), outcome, reach))
    for m in _DATIVE.finditer(text) if has_cue(text, _DATIVE_CUES) else ():
        # "the role earned A the Example Award for Best Actress": a win, its recipient between verb and award
        before = text[max(0, m.start() - 40) : m.start()]
        if not any(t[0] <= m.start() < t[1] or m.start() <= t[0] < m.end() for t in out) and not (
                _NEGATED.search(before) or _HYPOTHETICAL.search(before) or _PRIOR.search(before)):
            out.append((m.start(), m.end(), "won", len(text)))
    lead = _LIST_LEAD.match(text)
    if lead:  # "Nominations included Best Picture, …": the sentence lists a carried ceremony's awards
        out.append((lead.start("noun"), lead.end(), "won" if lead.group("noun").lower() in _LEAD_WINS else "nominated", len(text)))
    for m in COUNT_WIN_RE.finditer(text) if has_cue(text, _COUNT_CUES) and _has_any(text, _WIN_WORDS) else ():
        # "received two Example Awards: Best A and Best B": the count of wins governs the list after it
        if m.group("noun") and not any(t[0] <= m.start() < t[1] for t in out):
            before = text[max(0, m.start() - 40) : m.start()]
            if not (_NEGATED.search(before) or _HYPOTHETICAL.search(before) or _PRIOR.search(before)):
                out.append((m.start(), m.end(), "won", len(text)))
    if lead or len(out) > 1:
        out.sort(key=lambda t: t[0])
    return out


# "earned A the …", "fetched him a …": a verb giving an award to the person after it
_DATIVE_VERBS = tuple(V["outcomes"]["dative_verbs"])
_DATIVE_CUES = frozenset(_DATIVE_VERBS)
_DATIVE = re.compile(rf"\b(?:{'|'.join(_DATIVE_VERBS)})\s+(?P<who>{_PERSON}|him|her|them)\s+(?:(?:the|an?|his|her|their|its)\s+"
                     r"(?=[A-Z]|nominations?\b|awards?\b|prizes?\b)|(?=nominations\b))")  # ("earned her nominations for …")
# "Nominations included …", "Its wins were …" at the head of a sentence: an outcome with no verb
_LEAD_NOUNS = V["outcomes"]["list_lead_nouns"]
_LIST_LEAD = re.compile(r"^(?:(?:Its|The|Other|Its\s+other|The\s+film['’]s)\s+)?(?:(?:other|international|further|many)\s+)?"
                        rf"(?P<noun>{'|'.join('[' + w[0].upper() + w[0] + ']' + re.escape(w[1:]) for w in _LEAD_NOUNS)})\s+(?:also\s+)?(?:included|include|were)\b")
# (honours, accolades and prizes are wins, as wins are: "The film's honours also included the Golden Example at …")
_LEAD_WINS = frozenset(V["outcomes"]["list_lead_wins"])


# Countries (money.toml's territories): "it was Ruritania's submission for …" names the country that entered it,
# no recipient
_COUNTRIES = frozenset(vocab.load("money")["territory"]["countries"])


def _is_person(name: str, article: Article) -> bool:
    words = [w for w in re.split(r"[\s,]+", name) if w and w != "and"]
    if not words or any(w in _NOT_PERSON or w.lower() in PRONOUNS for w in words) or name in _COUNTRIES:
        return False
    title = article.title.lower()
    return name.lower() != title and title not in name.lower()


def _clean_names(raw: str) -> str:
    """Drop a role word before the name, a sentence's full stop after it ('Doe.') and a possessive ('for Doe's
    song': the song's singer)."""
    name = _ROLE_PREFIX.sub("", raw.strip())
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    if name.endswith(".") and len(name.rsplit(" ", 1)[-1]) > 3 and not name.endswith(("Jr.", "Sr.")):
        name = name[:-1]
    return name


def _recipient_after(text: str, end: int, article: Article) -> str:
    """'Best Actor for Spacey', 'Best Actor (Spacey)', 'Best Actor (for Spacey)'."""
    m = _FOR_RECIPIENT.match(text, end)
    if not m:
        return ""
    names = _clean_names(m.group("paren") or m.group("for") or "")
    if text.startswith("–", m.end()) and " " not in names:
        # "Best Music Director for Ora–Bede": a duo credited under the parts of its members' names (its people are
        # named when the article gives them in full: _resolved)
        duo = _DUO_NAME.match(text, m.end() - len(names))
        return duo.group(0) if duo else ""
    if m.group("for"):  # a name must end there, not run into a title or a clause
        after = text[m.end() : m.end() + 2]
        if after and after[0].isalnum():
            return ""
        if _NEXT_SUBJECT_VERB.match(text, m.end()):
            # "Best Screenplay for A, and B won Best Actor": the last name opens the next clause
            cut = _LAST_LIST_SEP.search(names)
            names = names[: cut.start()] if cut else ""
    return names if _is_person(names, article) else ""


_DUO_NAME = re.compile(r"[A-Z][\w'’]*(?:–[A-Z][\w'’]*)+(?![\w'’–-])")
_NEXT_SUBJECT_VERB = re.compile(r"\s+(?:(?:also|later|then)\s+)?(?:won|was|were|received|earned|got|took|shared|is)\b")
_LAST_LIST_SEP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?!.*(?:,|\band\b))")


# "… won Best A and C Best B": a second winner right before its category, the verb gapped after a first category
_GAPPED_WINNER = re.compile(rf"\s+and\s+(?P<names>{_PERSON})\s+$")
_CAT_BEFORE_GAP = re.compile(r"\b(?:Best|Outstanding)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
_WITH_CO = re.compile(rf",\s+with\s+(?P<names>{_NAME_LIST}),\s+(?:for\s+)?(?:the\s+)?$")
_NAME_FOR_CAT = re.compile(rf"(?:^|[,;:(]\s*|\b(?:and|including|for)\s+)(?P<names>{_NAME_LIST})\s+(?:(?:for|as|in)\s+(?:the\s+)?|(?:its|their)\s+)$")


def _recipient_before(text: str, cat_start: int, trig_end: int, mentions: list[_Mention], article: Article) -> str:
    """An item of a list that names its person first: 'Lee for Best Director', '(A and B for Best
    Villain', 'received four Example Awards, for Ivo Brandt as Best Actor'. Only after the trigger."""
    if cat_start - trig_end < 4:
        return ""
    gapped = _GAPPED_WINNER.search(text, max(trig_end, cat_start - 60), cat_start)
    if gapped and _CAT_BEFORE_GAP.search(text, trig_end, gapped.start()):
        # "B won Best Cinematography and C Best Music": the verb left out before the second winner
        names = _clean_names(gapped.group("names"))
        return names if _is_person(names, article) else ""
    named = _named_person_before(text, cat_start)
    if named and text.rfind(named, trig_end - 6, cat_start) >= 0:
        return named  # "named Ora Pell Best Actress"
    m = _NAME_FOR_CAT.search(text, max(trig_end, cat_start - 80), cat_start)
    if not m or any(mt.start < m.end("names") and m.start("names") < mt.end for mt in mentions):
        return ""
    names = _clean_names(m.group("names"))
    return names if _is_person(names, article) else ""


# The film as the subject right before the trigger, after another clause's person
_FILM_SUBJECT = re.compile(r"(?:[;,]\s*|\b(?:and|but|while|whereas)\s+)(?:the\s+(?:film|picture|movie)|it)\s+"
                           r"(?:(?:also|was|has|had|been|later|eventually|then|itself)\s+)*"
                           r"(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+)?$")  # "… and it was Ruritania's submission"
_CAP_BEFORE = re.compile(r"[A-Z][\w'’\-]*\s+$")
_WHO_CLAUSE = re.compile(r",\s+who\s+[^,;]{3,80},\s*(?:(?:also|later|eventually)\s+)?$")


_OPENING_PLACE = re.compile(r"(?:At|In|During)\s+(?:the\s+)?(?:\d{4}\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5},\s+(?=[A-Z])")


def _subject(text: str, clause_start: int, trig_start: int, article: Article) -> str:
    """The person before a trigger: 'where Smith won', 'Composer Jane Doe was nominated', 'Jane
    Doe, who composed the score, won' (a relative clause between the person and the trigger)."""
    head = text[clause_start:trig_start]
    if head.startswith(("At ", "In ", "During ")) and (opening := _OPENING_PLACE.match(head)):
        head = head[opening.end() :]  # "At Zenda, A won …": the place or time that opens the clause is no one's name
    who = _WHO_CLAUSE.search(head)
    if who:
        head = head[: who.start()] + " "
    if _FILM_SUBJECT.search(head):
        return ""  # "A was nominated for Best Actress, and the film won the Example Prize": the film's own award
    m = _SUBJECT.search(head)
    if m and m.group(0).startswith("with") and _CAP_BEFORE.search(head, 0, m.start()):
        # "won Best Film with Example Appeal, and A won …": 'with' inside a category, not a co-winner
        m = _SUBJECT.search(head, m.start("names") + 1)
    if m and m.group("names").lower() in _ALIASES:
        m = None  # "A received Example Globe and BAFTA nominations": a ceremony's name, not a person's
    m = m or _TAIL_SUBJECT.search(head) or _CLAUSE_SUBJECT.match(head) or _POSSESSED_PART.search(head)
    if m is not None and m.re is _CLAUSE_SUBJECT and "s " in head[m.end():]:
        # "It was nominated for …, and A's score was nominated …": the part right before the trigger is the nearer subject
        m = _POSSESSED_PART.search(head, m.end()) or m
    if not m:
        return ""
    names = _clean_names(m.group("names"))
    at = head.find(names) if names else -1
    if any(o.start() <= at < o.end() for o in _ORGANISER_RE.finditer(head)):
        return ""  # "the Ruritanian Academy of Film Arts nominated it": the body that nominates, not a nominee
    return names if names and names in text and _is_person(names, article) else ""


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Is this span part of a longer quotation (a list title, a remark), not an award name?"""
    left = max(text.rfind("\"", 0, start), text.rfind("“", 0, start))
    if left < 0 or text.count("\"", 0, start) % 2 == 0 and text.count("“", 0, start) <= text.count("”", 0, start):
        return False
    inner = text[left + 1 : end + 2].strip("\"”' .")
    return len(inner) > (end - start) + 3


# --- sentence reading ------------------------------------------------------------------------------------


_NAME_BEFORE_CAT = re.compile(r"(?:^|(?<=\s))([A-Z][\w'’&.\-]*)\s+$")
_AWARD_AFTER_CAT = re.compile(r"\s+(?:[A-Z][\w'’&.\-]*\s+){1,4}(?:[Aa]wards?|[Pp]rizes?)\b")


# "The X Critics Circle named Ora Pell Best Actress": the name before the category is the person it names
_NAMED_PERSON = re.compile(rf"\b(?:named|voted|crowned)\s+(?P<who>{_PERSON})\s+$")


def _named_person_before(text: str, cat_start: int) -> str:
    """The person a body names right before the category ("named Ora Pell Best Actress"), or ''."""
    m = _NAMED_PERSON.search(text, max(0, cat_start - 60), cat_start) if "named" in text or "voted" in text \
        or "crowned" in text else None
    return m.group("who") if m and is_person(m.group("who")) else ""


_PRIZE_NAMED = re.compile(r"\b(?:Jury|Audience)\s+Awards$")
_JURY_PRIZE = re.compile(r"(?:Special\s+|Grand\s+)?(?:Jury|Audience)\s+(?:Award|Prize)\b")


def _unknown_organiser(text: str, cat_start: int, cat_end: int, mentions: list[_Mention]) -> bool:
    """A category written against a name that is no ceremony we know ("Example Arts Academy Best
    Short Film", "Best Song Golden Example Award"): that unknown name is its ceremony, so an
    earlier or carried-over one must not be given to it."""
    before = _NAME_BEFORE_CAT.search(text, max(0, cat_start - 40), cat_start)
    if before and _JURY_PRIZE.match(text, cat_start):
        before = None  # "the U.S. Documentary Special Jury Award": a festival section's prize, no organiser before it
    gapped = _GAPPED_WINNER.search(text, max(0, cat_start - 60), cat_start) if before else None
    if gapped and _CAT_BEFORE_GAP.search(text, max(0, gapped.start() - 80), gapped.start()):
        before = None  # "won Best A and Ora Pell Best B": the gapped clause's winner, no organiser
    if before and before.group(1).lower() not in STOP_CAPS and before.group(1) not in _LEAD_STOP \
            and not any(mt.start <= before.start(1) < mt.end for mt in mentions) \
            and not _named_person_before(text, cat_start):
        return True
    after = _AWARD_AFTER_CAT.match(text, cat_end)
    return bool(after) and not any(cat_end <= mt.start <= after.end() for mt in mentions)


# a ceremony that opens a clause of its own: its winner and verb right after it ("… and at the B Awards Ora Pell won")
_CLAUSE_AFTER = re.compile(rf"\s*,?\s*{_LEAD_ROLE}(?:{_NAME_LIST}|it|the\s+film|he|she|they)\s+(?:(?:also|later|then)\s+)?"
                           r"(?:won|wins|received|was|were|earned|took|collected|garnered|got|shared|picked)\b")
# between two ceremonies of a list: "…Golden Globe Awards, the 66th …", "… and at the …" (a name's own
# "Awards" may stand outside the mention: "the Golden Globe" + " Awards")
_NEXT_IN_CHAIN = re.compile(r"(?:\s+[Aa]wards?\b)?\s*(?:,\s*)?(?:and\s+)?(?:(?:at|from|by)\s+)?(?:the\s+)?")


# a ceremony bound to the category right after it: "Example Award for Best X", "… for his score"
_TIGHT = re.compile(r"\s*(?:[Aa]wards?\s+)?(?:nominations?\s+|nods?\s+)?(?:for|as)\s+(?:the\s+|(?:his|her|its|their)\s+(?:[a-z]+\s+)?)?")
_COUNTED = re.compile(rf"\b(?:{NUMBER_WORD_RX})\s+$")  # "two Example Awards": a count, not one award
_AND_NEXT = re.compile(r"(?:\s+[Aa]wards?)?\s+and\s+(?:the\s+|an?\s+)?")


_IN_CATEGORY = re.compile(r"\s+in\s+the\s+(?:[\w'’-]+\s+){1,5}(?:category|section|competition|[Dd]ivision)\b")


def _pick_ceremony(text: str, cat_start: int, cat_end: int, run_end: int,
                   mentions: list[_Mention], carried: _Mention | None) -> list[_Mention]:
    """Which ceremony a category belongs to, in order of how tightly the prose binds them:
    'Academy Award for Best X' > 'Best X, Best Y at the 40th Saturn Awards' > an earlier
    mention in the sentence > the ceremony carried over from the previous sentence."""
    for i, mt in enumerate(mentions):
        between = text[mt.end : cat_start]
        if 0 <= cat_start - mt.end <= 40 and _TIGHT.fullmatch(between):
            # "the A Award and the B Award for Best X": both for it
            shared = [p for p in mentions[:i] if _AND_NEXT.fullmatch(text, p.end, mt.start)
                      and not _COUNTED.search(text, max(0, p.start - 12), p.start)]
            return [*shared[-1:], mt]
    inside = _IN_CATEGORY.match(text, run_end)
    if inside:  # "the Grand Jury Prize in the World Documentary category at the X Festival"
        run_end = inside.end()
    tail = re.match(r"(?:\s*(?:[Aa]wards?\s+|[Pp]rize\s+)?(?:,\s*)?(?:(?:at|from|by|in|of)\s+)?(?:the\s+)?)", text[run_end:])
    chain: list[_Mention] = []
    pos = run_end + (tail.end() if tail else 0)
    for mt in mentions:
        if mt.start < run_end:
            continue
        if pos - 1 <= mt.start <= pos + 1:  # "the 86th ..." starts the mention itself
            if chain and _CLAUSE_AFTER.match(text, mt.end):
                break  # "Best Actor at the A Awards, and at the B Awards Ora Pell won …": B opens a clause of its own
            chain.append(mt)
            nxt = _NEXT_IN_CHAIN.match(text, mt.end)
            pos = nxt.end()
        elif not chain and re.fullmatch(r"[^,;]{0,40}?\b(?:at|from)\s+(?:the\s+)?(?:\w+\s+)?", text[run_end : mt.start]):
            # "the Grand Prize and Interfilm awards at the ... Festival"
            chain.append(mt)
            break
        else:
            break
    if chain:
        return chain
    if _unknown_organiser(text, cat_start, cat_end, mentions):
        return []
    before = [mt for mt in mentions if mt.end <= cat_start]
    if before:
        return [before[-1]]
    if carried:
        return [carried]
    # "The film won the Golden Bear.": a prize only one ceremony gives, named with none
    prize = _SPACES.sub(" ", text[cat_start:cat_end].split(" for ")[0]).replace("’", "'")
    home = _PRIZE_HOMES.get(prize) or _PRIZE_HOMES.get(prize.removesuffix(" Award"))
    return [_Mention(cat_start, cat_start, home, None, None)] if home else []


def _edition(name: str, mt: _Mention, mentions: list[_Mention]) -> tuple[int | None, int | None]:
    """Take the ordinal or year from any mention of the same ceremony in the sentence."""
    if mt.ordinal or mt.year:
        return mt.ordinal, mt.year
    for other in mentions:
        if other.name == name and (other.ordinal or other.year):
            return other.ordinal, other.year
    return None, None


def _runs(text: str, cats: list[tuple[int, int, str]]) -> list[int]:
    """End of the list each category belongs to ('Best A, Best B for X, and Best C at ...')."""
    ends = [0] * len(cats)
    i = len(cats) - 1
    run_end = cats[-1][1] if cats else 0
    while i >= 0:
        s, e, _ = cats[i]
        if i < len(cats) - 1:
            gap = text[e : cats[i + 1][0]]
            if not re.fullmatch(rf"(?:\s*(?:\((?:for\s+)?{_NAME_LIST}\))?(?:\s+for\s+{_NAME_LIST})?)\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?", gap):
                run_end = e
        else:
            run_end = e
        ends[i] = run_end
        i -= 1
    # extend each run end past a trailing recipient ("Best Writing for X at the ...")
    out = []
    for (_s, _e, _c), end in zip(cats, ends, strict=True):
        m = _FOR_RECIPIENT.match(text, end)
        out.append(m.end() if m else end)
    return out


_CLAUSE_BREAK = re.compile(r";|,\s+(?=where\b)|\bfor\s+which\s+(?:he|she|they)\b")


def _clause_start(text: str, pos: int) -> int:
    """Start of the clause holding ``pos``: a trigger does not reach across ';', into a
    ', where ...' clause, or out of 'for which he won' (said of another work)."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, pos):
        start = m.end()
    return start


# An accolades list line led by its ceremony's name and a dash or colon ("Example Prize — Best Debut
# (Jane Doe): won"): the name is the ceremony even when its shape is no known ceremony's.
_LINE_CEREMONY = re.compile(rf"^(?P<name>{_CAP}(?:\s+(?:{_CONNECT}\s+)?{_CAP}){{0,6}})\s*(?:[—–:]|\s-)\s+(?=Best\b|[A-Z])")


_AT_NEXT = re.compile(r"\s+(?:at|from)\s+(?:the\s+)?")
# "the Example Award in the Animation Division of the Zenda Festival": the prize's division, then its festival
_PRIZE_OF = re.compile(r"(?:\s+in\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Division|Category|Section|Competition))?"
                       r"\s+(?:at|from|of)\s+(?:the\s+)?")
_OPENING_AT = re.compile(r"\s*(?:At|During)\s+(?:the\s+)?")
_KNOWN_CEREMONIES = frozenset(_ALIASES.values())
_PRIZE_HOMES: dict[str, str] = _CER["prize_homes"]
_WHERE_PRIZE = re.compile(r"(?:\s+(?:in|on)\s+[^,;]{3,30})?,\s+where\s+(?:the\s+film|it|\w+)\s+(?:also\s+)?(?:won|received|was\s+given|took)\s+the\s+")


def _festival_prizes(text: str, cers: list[_Mention]) -> list[_Mention]:
    """"won the Example Award at the Zenda Film Festival": an award of a name no table knows, handed out at
    the festival named right after it, is that festival's prize (a category), not a ceremony of its own.
    Returned as the mentions to keep; the prize is found again as a category (its span holds no mention)."""
    out = []
    for i, mt in enumerate(cers):
        nxt = cers[i + 1] if i + 1 < len(cers) else None
        raw = text[mt.start : mt.end]
        if (nxt is not None and re.search(r"\b(?:Award|Prize)$", raw) and mt.name not in _KNOWN_CEREMONIES
                and "Festival" not in mt.name and (re.search(r"\bFest(?:ival)?\b", nxt.name) or (
                    # "the Ora Pell Award at the 52nd Zenda Film Awards": a prize handed out inside that ceremony
                    nxt.name.endswith("Awards") and nxt.name != mt.name))
                and (_AT_NEXT if nxt.name.endswith("Awards") else _PRIZE_OF).fullmatch(text, mt.end, nxt.start)):
            continue
        prev = cers[i - 1] if i else None
        if (prev is not None and re.search(r"\b(?:Award|Prize)$", raw) and mt.name not in _KNOWN_CEREMONIES
                and "Festival" not in mt.name and re.search(r"\bFest(?:ival)?\b", prev.name)
                and _OPENING_AT.fullmatch(text, 0, prev.start) and text.startswith(",", prev.end)):
            continue  # "At the Zenda Film Festival, A won Best Actor and the film won the Example Award"
        if (prev is not None and re.search(r"\b(?:Award|Prize)$", raw) and mt.name not in _KNOWN_CEREMONIES
                and "Festival" not in mt.name and prev.name != mt.name
                and re.search(r"\b(?:Fest(?:ival)?|Awards|Concours)$", prev.name) and _WHERE_PRIZE.fullmatch(text, prev.end, mt.start)):
            continue  # "… the Zenda Film Awards, where the film received the Ora Pell Award": that ceremony's prize
        if (prev is not None and re.search(r"\b(?:Award|Prize)$", raw) and mt.name not in _KNOWN_CEREMONIES
                and prev.name in _KNOWN_CEREMONIES and prev.end < mt.start and text[prev.end : mt.start].isspace()):
            continue  # "the BAFTA Ora Pell Award": a known ceremony's prize named for a person
        out.append(mt)
    return out


def _sentence_parts(text: str, list_line: bool = False) -> tuple[list[tuple[int, int, str]], list[_Mention]]:
    """Categories and ceremony mentions; a prize named like a ceremony ('Golden Osella
    Award') counts as a category only. In an accolades list line, the name that leads it."""
    cers = find_ceremonies(text)
    if len(cers) > 1:
        cers = _festival_prizes(text, cers)
    cats = [c for c in _categories(text, cers) if not _in_short_quote(text, c[0], c[1])]
    mentions = [mt for mt in cers if not any(c[0] <= mt.start < c[1] for c in cats)]
    if cats and "at the " in text and _EVENT_HINT.search(text):
        mentions = _dated_events(text, cats, mentions)
    if list_line and cats and not mentions:
        lead = _LINE_CEREMONY.match(text)
        if lead and lead.end("name") <= cats[0][0] and not is_person(lead.group("name")):
            mentions = [_Mention(0, lead.end("name"), lead.group("name"), None, None)]
    return cats, mentions


# "nominated for Best Documentary at the 2012 Grande Premio do Cinema Ruritano": an event of no known shape, named
# after a category with its year or edition, is that category's ceremony (never the one carried from before)
_EVENT_HINT = re.compile(r"\bat the (?:\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d) [A-Z]")
_DATED_EVENT = re.compile(rf"\bat\s+the\s+(?:(?P<ord>\d{{1,3}})(?:st|nd|rd|th)|(?P<year>(?:19|20)\d\d))\s+"
                          rf"(?P<name>{_CAP}(?:\s+(?:(?:do|da|dos|das|de|del|du|des|di|of|for|the|and)\s+)*{_CAP})+)")


def _dated_events(text: str, cats: list[tuple[int, int, str]], mentions: list[_Mention]) -> list[_Mention]:
    """The mentions with every dated event of two or more capitalised words named after a category ("… at the
    2012 Grande Premio do Cinema Ruritano"), in text order; a name a mention or category already covers is none."""
    found = []
    for m in _DATED_EVENT.finditer(text):
        s, e = m.start("name"), m.end("name")
        name = m.group("name")
        if name.endswith(".") and name.count(".") == 1:  # the sentence's full stop, caught with the last word
            name, e = name[:-1], e - 1
        if any(mt.start < e and s < mt.end for mt in mentions) or any(c[0] < e and s < c[1] for c in cats):
            continue
        if not any(c[1] <= m.start() for c in cats) or name.split()[0] in _LEAD_STOP:
            continue
        found.append(_Mention(s, e, name, int(m.group("ord")) if m.group("ord") else None,
                              int(m.group("year")) if m.group("year") else None))
    return sorted(mentions + found, key=lambda mt: mt.start) if found else mentions


_LIST_WON = re.compile(rf"(?<![\w-]){_phrases(_OUT['list_won'])}(?![\w-])", re.I)
_LIST_NOMINATED = re.compile(rf"(?<![\w-]){_phrases(_OUT['list_nominated'])}(?![\w-])", re.I)
_WIN_HEADING = re.compile(rf"\b{_phrases(_OUT['list_win_headings'])}\b", re.I)
_MIXED_HEADING = re.compile(rf"\b{_phrases(_OUT['list_mixed_headings'])}\b", re.I)


def _list_line_outcome(sent: Sentence, text: str, article: Article) -> str | None:
    """The outcome of an accolades list line (no sentence, no verb: "Best Debut, X Festival (2018)"):
    a bare outcome word anywhere in it, else a win under a heading of awards that names no
    nominations; None for prose or a line that says nothing."""
    if "accolades" not in article.section_kinds(sent.section) or len(text) > 200 or re.search(r"[.!?\"”]\s*$", text):
        return None
    won, nominated = bool(_LIST_WON.search(text)), bool(_LIST_NOMINATED.search(text))
    if won != nominated:
        return "won" if won else "nominated"
    if won:
        return None
    heading = article.section_path(sent.section).rsplit(">", 1)[-1]
    return "won" if _WIN_HEADING.search(heading) and not _MIXED_HEADING.search(heading) else None


# An accolades list line cut into its fields: "Best Debut, Example Horror Weekend (2018)",
# "Winner, Jury's Choice – Example Film Festival".
_FIELD_SPLIT = re.compile(r"\s*,\s+|\s+[-–—]\s+")
_LINE_YEAR = re.compile(r"\s*\((?:1[89]|20)\d\d\)\s*$")
_LINE_CEREMONY_END = re.compile(rf"\b{_phrases(_CER['line_endings'])}$")
_FIELD = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)\s+)?[A-Z0-9][\w'’.&-]*(?:\s+(?:[A-Z0-9][\w'’.&-]*|of|for|the|in|and|de|du|on|at|a)){0,8}$")


def _list_line_fields(sent: Sentence, text: str, article: Article) -> list[Fact]:
    """An accolades list line with no verb, as two title-case fields (and an outcome word): the one
    that reads as a ceremony, or ends like one, is the ceremony and the other the category, even when
    neither is in the tables ("2nd Place for Best Short, Example Horror Weekend (2018)"). Nothing
    when both or neither read as a ceremony, a field is a person, or the line gives no outcome."""
    outcome = _list_line_outcome(sent, text, article)
    if outcome is None:
        return []
    year = _LINE_YEAR.search(text)
    body = text[: year.start()] if year else text
    fields = [f for f in _FIELD_SPLIT.split(body.strip()) if f]
    fields = [f for f in fields if not (_LIST_WON.fullmatch(f) or _LIST_NOMINATED.fullmatch(f))]
    if len(fields) != 2 or not all(_FIELD.match(f) for f in fields) or any(is_person(f) and not re.search(r"['’]s\b", f) for f in fields):
        return []
    known = [(find_ceremonies(f) or [None])[0] for f in fields]
    known = [mt.name if mt is not None and mt.start == 0 and mt.end == len(f) else "" for mt, f in zip(known, fields, strict=True)]
    ended = [bool(_LINE_CEREMONY_END.search(f)) for f in fields]
    cer_idx = [i for i in (0, 1) if known[i] or ended[i]]
    if not cer_idx:  # "Best Debut, Example Horror Weekend": the field that is no category is the ceremony
        is_cat = [any(c[0] == 0 and c[1] == len(f) for c in _categories(f)) for f in fields]
        cer_idx = [i for i in (0, 1) if is_cat[1 - i] and not is_cat[i]]
    if len(cer_idx) != 1:
        return []
    i = cer_idx[0]
    ceremony, category = known[i] or fields[i], fields[1 - i]
    if category.lower() in _PRIZE_WORDS or ceremony in text and category not in text:
        return []
    return [AwardFact(sent.idx, ceremony=ceremony, ordinal=None, year=int(year.group(0).strip(" ()")) if year else None,
                      category=category, recipient="", outcome=outcome)]


def _read_sentence(sent: Sentence, text: str, article: Article, carried: _Mention | None,
                   parts: tuple[list[tuple[int, int, str]], list[_Mention]]) -> list[Fact]:
    cats, mentions = parts
    trigs = _triggers(text)
    facts: list[Fact] = []
    run_ends = _runs(text, cats)
    line_outcome = _list_line_outcome(sent, text, article) if cats and mentions else None
    orphans: list[tuple[int, int, str, str, str]] = []  # categories with no ceremony yet (a later clause may name it)
    placed: list[tuple[int, _Mention]] = []
    for (start, end, cat), run_end in zip(cats, run_ends, strict=True):
        which_won = _WHICH_WON.match(text, end) if "which" in text else None
        if which_won and _is_person(_clean_names(which_won.group("names")), article) and not _other_work(text, start):
            # "… four nominations: …, and Best Costume Design, which Doe won": that nomination was won, by Doe
            who = _clean_names(which_won.group("names"))
            for mt in _pick_ceremony(text, start, end, run_end, mentions, carried):
                ordinal, year = _edition(mt.name, mt, mentions) if mt in mentions else (mt.ordinal, mt.year)
                facts.extend(AwardFact(sent.idx, ceremony=mt.name, ordinal=ordinal, year=year, category=cat,
                                       recipient=one, outcome="won") for one in _each_recipient(who))
            continue
        went = _WENT_TO.match(text, end) if "went to" in text else None
        if went:
            # "The Example Award for Best Villain went to Doe": won by the person named; by another film or a
            # person the article does not know ("Best Film went to Another Tale"), no award of this film
            who = _clean_names(went.group("names"))
            duo = _DUO_NAME.match(text, went.start("names")) if text.startswith("–", went.end("names")) else None
            if duo and _duo_members(duo.group(0), article):
                # "… went to Ora–Bede": a duo named by its members' given names (each given the award: _resolved)
                for mt in _pick_ceremony(text, start, end, run_end, mentions, carried):
                    ordinal, year = _edition(mt.name, mt, mentions) if mt in mentions else (mt.ordinal, mt.year)
                    facts.append(AwardFact(sent.idx, ceremony=mt.name, ordinal=ordinal, year=year, category=cat,
                                           recipient=duo.group(0), outcome="won"))
                continue
            if _NEXT_SUBJECT_VERB.match(text, went.end("names")):
                # "… went to A, and B was nominated for …": the last name opens the next clause
                cut = _LAST_LIST_SEP.search(who)
                who = who[: cut.start()] if cut else ""
            if who and _known_person(who, article) and not _other_work(text, start):
                for mt in _pick_ceremony(text, start, end, run_end, mentions, carried):
                    ordinal, year = _edition(mt.name, mt, mentions) if mt in mentions else (mt.ordinal, mt.year)
                    facts.extend(AwardFact(sent.idx, ceremony=mt.name, ordinal=ordinal, year=year, category=cat,
                                           recipient=one, outcome="won") for one in _each_recipient(who))
            continue
        # (a trigger may end inside the category's first word: "received a special" + "special jury mention")
        prev = [t for t in trigs if (t[1] <= start or t[0] < start < t[1] <= end) and _clause_start(text, start) <= t[0]]
        nomination_after = _NOMINATION_AFTER.match(text, end)
        if nomination_after and (not prev or prev[-1][2] is not None):
            # "received a Best Actor nomination", "earned him Best Actor nomination"
            trig = (start, start, "nominated", len(text))
        elif line_outcome and (not prev or prev[-1][2] is None):
            trig = (start, start, line_outcome, len(text))  # "Best Debut, X Festival (2018): won"
        elif (len(prev) > 1 and prev[-1][2] is None and prev[-2][2] == "submitted"
              and text.startswith("nominat", prev[-1][0])):
            trig = prev[-2]  # "shortlisted but not nominated for Best X": an entry, not a nomination
        elif not prev or prev[-1][2] is None or prev[-1][3] < end:
            continue
        else:
            trig = prev[-1]
        if _other_work(text, trig[0]) or _for_other_title(text, end, article) or _owners_title(text, trig[0], article):
            continue
        recipient = (_recipient_after(text, end, article) or _recipient_before(text, start, trig[1], mentions, article)
                     or _subject(text, _clause_start(text, trig[0]), trig[0], article)
                     or _dative_recipient(text, _clause_start(text, trig[0]), trig[1], article))
        if recipient and trig[1] < start:
            # "A received nominations for Best Director and, with B, for Best Writing": B shares the second
            co = _WITH_CO.search(text, trig[1], start)
            co_names = _clean_names(co.group("names")) if co else ""
            if co_names and _is_person(co_names, article):
                recipient = f"{recipient} and {co_names}"
        picked = _pick_ceremony(text, start, end, run_end, mentions, carried)
        if not picked and mentions and mentions[-1].start > end:
            orphans.append((start, end, cat, recipient, trig[2] or ""))
        for mt in picked:
            placed.append((start, mt))
            ordinal, year = _edition(mt.name, mt, mentions) if mt in mentions else (mt.ordinal, mt.year)
            for one in _each_recipient(recipient):  # "A and B were nominated for Best X": two nominations
                facts.append(AwardFact(sent.idx, ceremony=mt.name, ordinal=ordinal, year=year, category=cat,
                                       recipient=one, outcome=trig[2] or ""))
    for _start, end, cat, recipient, outcome in orphans:
        # "A received the Best Director award, and B received the Best Actress award at the X Awards": a clause's
        # award whose ceremony the next clause's award names after it, with no other ceremony or ';' between
        nxt = next(mt for mt in mentions if mt.start > end)
        if (";" not in text[end : nxt.start] and not _NAMED_AFTER.match(text, end)
                and any(end < t[0] < nxt.start for t in trigs)
                and any(end < at < nxt.start and mt is nxt for at, mt in placed)):
            ordinal, year = _edition(nxt.name, nxt, mentions)
            facts.extend(AwardFact(sent.idx, ceremony=nxt.name, ordinal=ordinal, year=year, category=cat,
                                   recipient=one, outcome=outcome) for one in _each_recipient(recipient))
    if "respectively" in text and len(facts) > 2:
        facts = _respectively(text, facts)
    if trigs and has_cue(text, _ROLE_CAT_CUES):
        facts.extend(_role_nominees(sent, text, article, mentions, carried, trigs, facts))
    if trigs and has_cue(text, _CRAFT_CUES):
        facts.extend(_crafts_as_subject(sent, text, mentions, carried, trigs))
    facts.extend(_ceremony_only_wins(sent, text, article, mentions, cats, trigs))
    if mentions and ("winner" in text or has_cue(text, _NOUN_PRIZE_CUES)):
        facts.extend(_noun_prizes(sent, text, mentions, trigs))
    facts.extend(_ceremony_only_nominations(sent, text, article, mentions, trigs, facts))
    facts.extend(_competed_at(sent, text, mentions, trigs))
    facts.extend(_honours(sent, text))
    if "10" in text or has_cue(text, _YEAR_LIST_CUES):
        facts.extend(_year_lists(sent, text, mentions))
    return facts


# "the Grand Jury Prize at the Example Texas Competition": a category's own ceremony, named (if unknown) right after it
_NAMED_AFTER = re.compile(r"\s+(?:at|from|in|by|of)\s")


# "… Best Actor for Another Tale (1985)": the category won for a dated title, another film; also after the ceremony
# ("Best Actress at the Zenda Awards for Another Tale (2004)"), and "for his earlier film …"
_FOR_DATED_TITLE = re.compile(r"\s+for\s+(?P<t>[A-Z][^,;()]{0,50}?)\s+\((?:18|19|20)\d\d\)")
_LATER_FOR_DATED_TITLE = re.compile(r"(?:(?!Best\b|Outstanding\b)[^,;()])*?\s+for\s+(?P<t>[A-Z][^,;()]{0,50}?)\s+\((?:18|19|20)\d\d\)")
_FOR_OTHER_FILM = re.compile(r"(?:(?!Best\b|Outstanding\b)[^,;()]){0,60}?\bfor\s+(?:his|her|their)\s+(?:earlier|previous|later|next|"
                             r"other|subsequent|following)\s+(?:film|feature|movie|picture|work)\b")


# "The same year Ora's Another Tale won the studio its only Oscar": a person's or a company's titled work as the subject
_OWNERS_TITLE = re.compile(r"(?:^\s*|,\s+|\b(?:year|time|month)\s+|\b(?:and|while|whereas)\s+)[A-Z][\w-]*['’]s\s+"
                           r"(?P<title>(?!(?:Best|Outstanding|Academy|Golden|Oscar|BAFTA|Emmy)\b)[A-Z][\w'’-]*"
                           r"(?:\s+(?:[A-Z][\w'’-]*|of|in|on|the|a|an|and|at|to|for|over)){0,6}?)\s+(?:also\s+)?$")


def _owners_title(text: str, trig_start: int, article: Article) -> bool:
    """Is the trigger's subject another work named after its owner's possessive ("Ora's Another Tale won …")? Not
    the film's own title, nor a person, a part, a score or any lower-case work ("A's performance won")."""
    m = _OWNERS_TITLE.search(text, _clause_start(text, trig_start), trig_start)
    if not m:
        return False
    title = m.group("title")
    return title.lower() not in article.title.lower() and not is_person(title) and len(title.split()) >= 2


def _for_other_title(text: str, end: int, article: Article) -> bool:
    window = text[end : end + 120]
    if "(" in window:
        m = _FOR_DATED_TITLE.match(text, end) or _LATER_FOR_DATED_TITLE.match(text, end, end + 120)
        if m and m.group("t").lower() not in article.title.lower():
            return True
    return ("for his " in window or "for her " in window or "for their " in window) and bool(_FOR_OTHER_FILM.match(text, end))


_WHICH_WON = re.compile(rf"(?:\s*\([^()]{{1,30}}\))?\s*,\s+which\s+(?P<names>{_NAME_LIST})\s+(?:(?:eventually|ultimately|later)\s+)?won\b")
_WENT_TO = re.compile(rf"\s+(?:[Aa]ward\s+|[Pp]rize\s+)?(?:instead\s+)?went\s+(?:instead\s+)?to\s+(?P<names>{_NAME_LIST})"
                      r"(?!\s*\(|\s+(?:for|in)\s+[A-Z\"“])")  # (not "… went to A for Another Tale")


def _known_person(who: str, article: Article) -> bool:
    """Every name of ``who`` is a person the article names in full (or by a surname one full name ends in)."""
    if not who or not _is_person(who, article):
        return False
    people = People(s.text for s in article.sentences)
    for n in _each_recipient(who):
        full = n if n in people.names else people.full(n)
        # (named in another sentence too: a title met once, "Best Film went to Another Tale", is no person of the film)
        if not full or sum(full in s.text or n in s.text for s in article.sentences) < 2:
            return False
    return True


def _respectively(text: str, facts: list[Fact]) -> list[Fact]:
    """'A and B won Best Actress and Best Actor respectively': the i-th person the i-th category, never each of
    them both (the facts of a category run come as every recipient times every category)."""
    people = list(dict.fromkeys(f.recipient for f in facts if f.recipient))
    cats = list(dict.fromkeys(f.category for f in facts if f.recipient))
    if len(people) < 2 or len(people) != len(cats):
        return facts
    people.sort(key=lambda n: text.find(n.split()[-1]))
    cats.sort(key=text.find)
    pairs = set(zip(people, cats, strict=True))
    return [f for f in facts if not f.recipient or (f.recipient, f.category) in pairs]


_ROLE_CAT_CUES = cue_words(_WHO["role_categories"])
# "nods for A, supporting actress B, director C and Best Picture": after "for", an item that is a role and a name
_ROLE_NOMINEE = re.compile(
    rf"(?:\bfor|,|\band)\s+(?:the\s+)?(?P<role>{_phrases(_WHO['role_categories'])})\s+(?P<name>{_PERSON})"
    r"(?=\s*(?:,|;|\.|\band\b|\(|$))")


def _role_nominees(sent: Sentence, text: str, article: Article, mentions: list[_Mention], carried: _Mention | None,
                   trigs: list, done: list[Fact]) -> list[Fact]:
    """'Its seven Example Award nominations included nods for supporting actress Ora Pell and director Bede
    Marrow': each a nomination (or win) in the category its role word names, the person its recipient."""
    out: list[Fact] = []
    for m in _ROLE_NOMINEE.finditer(text):
        prev = [t for t in trigs if t[1] <= m.start() and _clause_start(text, m.start()) <= t[0]]
        if not prev or prev[-1][2] not in ("won", "nominated") or prev[-1][3] < m.end():
            continue
        name = _clean_names(m.group("name"))
        if not _is_person(name, article) or any(f.recipient == name for f in done if isinstance(f, AwardFact)):
            continue
        before = [x for x in mentions if x.end <= m.start()]
        mt = before[-1] if before else carried
        if mt is None or _other_work(text, prev[-1][0]):
            continue
        out.append(AwardFact(sent.idx, ceremony=mt.name, ordinal=mt.ordinal, year=mt.year, category=m.group("role"),
                             recipient=name, outcome=prev[-1][2]))
    return out


# "…; the screenplay and costume design also won": crafts as the subject of the outcome
_CRAFT_SUBJECT = re.compile(
    rf"(?:^|[;,]\s+(?:and\s+|while\s+)?|\band\s+)[Tt]he\s+(?:film['’]s\s+)?(?P<list>{_CRAFT}(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?{_CRAFT})*)"
    r"\s+(?:(?:also|both|each)\s+)*(?=won\b|were\s+(?:also\s+)?nominated\b|was\s+(?:also\s+)?nominated\b)")
_CRAFT_ITEM = re.compile(_CRAFT)
_WON_ENDS = re.compile(r"\s*(?:[.;,]|$|\s*(?:awards?|prizes?|too|as\s+well)\b)")


_NOUN_PRIZE_CUES = frozenset({"citation", "commendation", "mention"})


def _crafts_as_subject(sent: Sentence, text: str, mentions: list[_Mention], carried: _Mention | None,
                       trigs: list) -> list[Fact]:
    """'Ora Pell won an Example Award for Best Actress; the screenplay and costume design also won': each
    craft an award at the ceremony named before it in the sentence (or carried), its outcome the verb after."""
    out: list[Fact] = []
    for m in _CRAFT_SUBJECT.finditer(text):
        trig = next((t for t in trigs if m.end() <= t[0] <= m.end() + 14), None)
        before = [x for x in mentions if x.end <= m.start()]
        mt = before[-1] if before else carried
        if trig is None or trig[2] not in ("won", "nominated") or mt is None:
            continue
        if trig[2] == "won" and not _WON_ENDS.match(text, trig[1]):
            continue  # "the screenplay won praise": no award
        for item in _CRAFT_ITEM.finditer(m.group("list")):
            out.append(AwardFact(sent.idx, ceremony=mt.name, ordinal=mt.ordinal, year=mt.year, category=item.group(0),
                                 recipient="", outcome=trig[2]))
    return out


_HONOURS = re.compile(
    rf"\b{_phrases(V['honours']['cues'])}\s+(?:(?:the|its|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['’]s?)\s+)?(?:[A-Z][\w.]*\s+){{0,3}}?"
    rf"(?P<name>{_phrases(V['honours']['names'])})\b")
_HONOUR_NAMES = tuple(V["honours"]["names"])
_YEAR_IN = re.compile(r"\b[Ii]n\s+(?P<y>1[89]\d\d|20\d\d)\b")


def _honours(sent: Sentence, text: str) -> list[Fact]:
    """"In 2004, the film was selected for preservation in the National Film Registry": an honour
    with no ceremony or category, recorded as won."""
    out: list[Fact] = []
    for m in _HONOURS.finditer(text) if any(n in text for n in _HONOUR_NAMES) else ():
        if _NEGATED.search(text[max(0, m.start() - 40) : m.start()]) or _other_work(text, m.start()):
            continue
        year = _YEAR_IN.search(text)
        out.append(AwardFact(sent.idx, ceremony=m.group("name"), ordinal=None, year=int(year.group("y")) if year else None,
                             category="", recipient="", outcome="won"))
    return out


_YL = V["year_lists"]
# a cheap test first: every count holds "ten"/"10", every poll its noun (a plain "best" is in most award sentences)
_YEAR_LIST_CUES = cue_words(_YL["polls"]) | {"ten"}
_YEAR_OF = r"(?:\s+of\s+(?:the\s+[Yy]ear|(?P<y>1[89]\d\d|20\d\d)))"
# "Top Ten Films of 2001", "ten best films of the year", quoted or not
_YEAR_LIST = re.compile(
    rf"[\"“]?(?P<list>(?i:{_phrases(_YL['counts'])[3:-1]})\s+(?i:{_phrases(_YL['nouns'])[3:-1]}){_YEAR_OF}?)\b[\"”]?")
# "… poll of 531 critics as the best film of 2001"
_POLL_BEST = re.compile(
    rf"\b(?i:{_phrases(_YL['polls'])[3:-1]})\b[^.;]{{0,80}}?\bas\s+the\s+(?P<list>(?:year['’]s\s+)?best\s+"
    rf"(?:{_phrases(_YL['poll_nouns'])[3:-1]}){_YEAR_OF}?)\b")
_OWNER_WORDS = set(_YL["owner_words"])
_CAP_RUN = re.compile(r"[A-Z][\w.&'’-]*(?:\s+(?:of\s+|the\s+|for\s+|and\s+)*[A-Z][\w.&'’-]*)*")
_PERSONAL = re.compile(r"\b(?:his|her|my|your)\s+(?:own\s+)?(?:personal\s+)?(?:list\s+of\s+(?:the\s+)?)?$", re.I)


def _year_lists(sent: Sentence, text: str, mentions: list[_Mention]) -> list[Fact]:
    """A year's top-ten list of an organisation that names the film: won, the list its category.
    The organisation is a ceremony named in the sentence before the list, else a capitalised
    name there that holds a body's word ("Institute", "Board", "Daily"); a person's list is none."""
    out: list[Fact] = []
    for rx in (_YEAR_LIST, _POLL_BEST):
        for m in rx.finditer(text):
            before = text[: m.start()]
            if _PERSONAL.search(before[-40:]) or _NEGATED.search(before[-40:]) or _other_work(text, m.start()):
                continue
            # the nearest before the list: a ceremony named, or a body's name ("A won at the Example Awards,
            # and the Example Institute included it in its top ten"); else one right after ("… by the Example Society")
            cands = [(x.end, x.name) for x in mentions if x.end <= m.start()]
            cands += [(r.end(), re.sub(r"^The\s+|['’]s$", "", r.group(0))) for r in _CAP_RUN.finditer(before)
                      if _OWNER_WORDS & {re.sub(r"['’]s$", "", w) for w in r.group(0).split()}]
            owner = max(cands)[1] if cands else ""
            if " " not in owner:  # "the Board's ten best": the body named in full before ("… Board of Review …")
                owner = next((x.name for x in reversed(mentions) if x.end <= m.start() and owner in x.name.split()), owner)
            if not owner:
                by = re.match(r"\s+by\s+(?:the\s+)?", text[m.end() :])
                after = _CAP_RUN.match(text, m.end() + by.end()) if by else None
                if after and _OWNER_WORDS & {re.sub(r"['’]s$", "", w.rstrip(".,")) for w in after.group(0).split()}:
                    owner = re.sub(r"^The\s+", "", after.group(0).rstrip(".,"))
            if not owner:
                continue
            year = m.group("y")
            out.append(AwardFact(sent.idx, ceremony=owner, ordinal=None, year=int(year) if year else None,
                                 category=m.group("list"), recipient="", outcome="won"))
    return out


_HL = V["honour_lists"]
_HONOUR_LIST_HEADING = re.compile(rf"^(?:{'|'.join(re.escape(h) for h in vocab.load('headings')['honour_lists'])})$", re.I)
# "NAME - Nominated [CATEGORY]" or "NAME - # 6 [CATEGORY]": one item of an honour list.
_HONOUR_ITEM = re.compile(
    rf"^(?P<name>.+?)\s+[-–—]\s+(?:(?P<nom>{_phrases(_HL['nominated'])})|(?P<rank>{_phrases(_HL['rank_marks'])})\s*\d{{1,3}})"
    rf"(?:\s+(?P<cat>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,4}}))?$", re.I)


def _honour_lists(article: Article) -> list[Fact]:
    """The lines of an honour-list section ("Example Institute Lists"): each names a list the film
    was nominated for or ranked on. A line ending in ":" names a list whose items follow ("Ora Pell
    - Nominated Villain": the list is the award, "Villain" its category, the item a character or a
    quote, never a recipient); an item that opens like that list's name ("Example's 100 Tales") starts a new
    list instead."""
    out: list[Fact] = []
    header = ""
    for sent in article.sentences:
        heading = article.sections[sent.section].heading
        if not _HONOUR_LIST_HEADING.match(heading.strip()):
            header = ""
            continue
        text = sent.text.strip()
        if text.endswith(":") and len(text) < 120:
            header = text[:-1].strip()
            continue
        m = _HONOUR_ITEM.match(text)
        if not m:
            continue
        name = m.group("name").strip()
        under = header and name.split()[0] != header.split()[0]
        ceremony = header if under else name
        if not under:
            header = ""
        out.append(AwardFact(sent.idx, ceremony=ceremony, ordinal=None, year=None, category=m.group("cat") or "",
                             recipient="", outcome="nominated" if m.group("nom") else "won"))
    return out


def _other_work(text: str, trig_start: int) -> bool:
    """Is the clause holding this trigger about another work ("The soundtrack album won …",
    "Produced by A, an abridged soundtrack album was released in May and went on to be nominated …",
    "A, whose previous film Another Tale won …", "Another Tale (1971), which won …")?"""
    clause = text[_clause_start(text, trig_start) : trig_start]
    return bool(_OTHER_WORK.match(clause) or _OTHER_WORK_SUBJECT.search(clause)
                or (("whose" in clause or "his" in clause or "her" in clause or "their" in clause or "'s " in clause
                     or "’s " in clause)
                    and _PERSONS_WORK.search(clause))
                or (")" in text[max(0, trig_start - 40) : trig_start] and _DATED_WORK.search(text, max(0, trig_start - 40), trig_start))
                or (("'s " in clause or "’s " in clause) and _OWNED_TITLE_HAD.search(clause) is not None))


# "whose previous film Another Tale won", "his 1977 album Another Tale won", "whose debut Another Tale had won": a
# person's other work as the subject (a film needs a word that makes it another one: "his film" may be this one)
_PERSONS_WORK = re.compile(
    r"(?:\b(?:whose|his|her|their)|[A-Z][\w-]*['’]s)\s+(?:"
    r"(?:(?:own|previous|earlier|next|later|following|subsequent|first|other|\d{4})\s+)+(?:[a-z-]+\s+)?(?:film|feature|movie|documentary)"
    r"|(?:own\s+|\d{4}\s+)?debut(?:\s+(?:film|feature))?(?=\s+[A-Z])"
    rf"|(?:(?:own|\d{{4}}|first|debut|best-selling|bestselling)\s+)?(?i:{_phrases(_WHO['other_works'])})s?)\b[^,;]*(?:,\s+[^,;]{{1,60}},)?[^,;]*$")  # ("…'s next film, Another Tale, won")
# "Ora Pell's Another Tale had won the Example Award in 2013": a person's title as the subject of a trigger told in
# the past perfect, an earlier work's award (a part of this film would be in lower case: "Pell's performance won")
# ("Pell's short Another Tale had won …": a lower-case word of the work's kind before its title)
_OWNED_TITLE_HAD = re.compile(r"(?:^|\s)[A-Z][\w-]*+['’]s\s+(?:[a-z][\w-]*+\s+){0,2}(?:[A-Z][\w'’:-]*+\s+){1,5}(?:\(\d{4}\)\s+)?had\s+"
                              r"(?:(?:already|previously|also|earlier)\s+)?$")
# "Another Tale (1971), which won …", "…'s previous film, Another Tale (2016), had won …": a dated title right before
# the trigger names the work that won
_DATED_WORK = re.compile(r"\w[\w'’:-]*\s+\((?:18|19|20)\d\d\)\s*,?\s*(?:(?:which|that|had|has|also|already|previously)\s+)*$")


# "selected in the Example Panorama section of the X Festival": an entry, the section its category
# 'screened / premiered / competed in the Un Example section at the X Festival': in its competition, the section the category
_SECTION = re.compile(r"\b(?P<verb>selected|screened|shown|premiered|premiere|competed|played)\s+(?:to\s+be\s+(?:screened|shown)\s+)?"
                      r"(?:in|for|into)\s+(?:the\s+)?(?:[a-z]+\s+)?"
                      rf"(?:(?P<sec>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,3}})\s+(?:section|sidebar|strand)|(?P<named>{_phrases(_CER['sections'])}))"
                      r"\s+(?:(?:section|sidebar|strand|programme|program)\s+)?(?:of|at)\s+(?:the\s+)?")
_SECTION_CUES = cue_words(_CER["sections"]) | {"section", "sidebar", "strand", "selection"}
# "an official selection at the X Festival", "in the official selection of …": an entry, no category
_OFFICIAL = re.compile(r"\b(?:an\s+|the\s+)?official\s+selection\s+(?:at|of|for|in)\s+(?:the\s+)?", re.I)
# "… the X Festival within the official program": in competition, said after the festival
_PROGRAM_AFTER = re.compile(r"\s+(?:within|in)\s+(?:the\s+|its\s+)?(?:official\s+(?:program|programme|competition)|main\s+competition)\b")


# "At the X Festival, where it competed in the India Gold section", "premiered at the X Festival, where it competed in the
# Example feature competition": in that section's competition, the festival named before it (or right after it)
_COMPETED_IN_SECTION = re.compile(r"\b(?:competed|competing|to\s+compete)\s+in\s+the\s+(?P<sec>(?!(?:Main|Official)\s+(?:[Cc]ompetition|[Ss]election|[Ss]ection|[Pp]rogram)\b)[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)"
                                  r"\s+(?:section|competition|sidebar|strand)\b(?:\s+(?:of|at)\s+(?:the\s+)?)?")


def _competed_at(sent: Sentence, text: str, mentions: list[_Mention], trigs: list) -> list[Fact]:
    """'in the main competition section of the 75th X Film Festival': competed, no category; 'selected in
    the A section of the X Festival', 'an official selection at X': submitted (an entry of the festival)."""
    out: list[Fact] = []
    for rx in (_SECTION, _OFFICIAL) if has_cue(text, _SECTION_CUES) else ():
        for m in rx.finditer(text):
            if _NEGATED.search(text[max(0, m.start() - 40) : m.start()]) or _other_work(text, m.start()):
                continue
            pos = m.end()
            for mt in mentions:  # "at the A Festival and the B Festival": each
                if mt.start < pos - 1:
                    continue
                if mt.start > pos + 6:
                    break
                sec = (m.group("sec") or m.group("named")) if "sec" in rx.groupindex else ""
                out.append(AwardFact(sent.idx, ceremony=mt.name, ordinal=mt.ordinal, year=mt.year, category=sec,
                                     recipient="", outcome="submitted" if not sec or m.group("verb") == "selected" else "competed"))
                pos = _NEXT_IN_CHAIN.match(text, mt.end).end()
    for m in _COMPETED_IN_SECTION.finditer(text) if "compet" in text else ():
        if _NEGATED.search(text[max(0, m.start() - 40) : m.start()]) or _other_work(text, m.start()):
            continue
        after = next((x for x in mentions if m.end() - 1 <= x.start <= m.end() + 1), None)
        mt = after or next((x for x in reversed(mentions) if x.end <= m.start()), None)
        if mt is not None:
            out.append(AwardFact(sent.idx, ceremony=mt.name, ordinal=mt.ordinal, year=mt.year, category=m.group("sec"),
                                 recipient="", outcome="competed"))
    for mt in mentions if "official" in text or "competition" in text else ():
        if _PROGRAM_AFTER.match(text, mt.end) and not _NEGATED.search(text[max(0, mt.start - 40) : mt.start]):
            out.append(AwardFact(sent.idx, ceremony=mt.name, ordinal=mt.ordinal, year=mt.year, category="",
                                 recipient="", outcome="competed"))
    for m in _COMPETITION.finditer(text) if has_cue(text, _COMPETITION_CUES) else ():
        mt = next((x for x in mentions if m.end() - 1 <= x.start <= m.end() + 6), None)
        if mt is None or _NEGATED.search(text[max(0, m.start() - 40) : m.start()]) or _other_work(text, m.start()):
            continue
        out.append(AwardFact(sent.idx, ceremony=mt.name, ordinal=mt.ordinal, year=mt.year, category="",
                             recipient="", outcome="competed"))
    return out


_CN = V["ceremony_nominations"]
_DET = rf"(?:{_phrases(_CN['determiners'])[3:-1]})"
# "<verb> a/several <Ceremony>" right before the mention, "nomination(s)" right after it
_NOM_VERB_BEFORE = re.compile(rf"(?<![\w\-]){_phrases(_CN['verbs'])}\s+(?:also\s+)?{_DET}\s+(?:\d+(?:st|nd|rd|th)\s+)?$")
_NOM_NOUN_AFTER = re.compile(r"\s*(?:[Aa]wards?\s+)?(?:nominations?|nods?)\b")
# "nominated for a/an <Ceremony>" (the next item of a list: "… and a/an <Ceremony>")
_NOMINATED_FOR = re.compile(r"\bnominated\s+for\s+(?:an?|the)\s+$|\bnominated\s+for\s+(?:an?|the)\s+[^.;]{3,60}?\s+and\s+(?:an?|the)\s+$")
# "… nominations and a <Ceremony> nomination": the next item of a list of nominations
_LIST_NEXT = re.compile(rf"(?:,\s*|\s+and\s+){_DET}\s+$")
# a category or a "for Best …" right after the mention: the category frames read it
_CATEGORY_NEXT = re.compile(r"\s*(?:for\s+(?:the\s+)?(?:Best|Outstanding|Worst)\b|in\s+(?:the\s+)?(?:categor|Best))|\s+(?:Best|Outstanding)\b")


def _ceremony_only_nominations(sent: Sentence, text: str, article: Article, mentions: list[_Mention],
                               trigs: list, done: list[Fact]) -> list[Fact]:
    """'Composer Ora Pell was given a Grammy Award nomination', 'received several Example Award
    nominations', 'nominated for a Golden Globe Award and an Example Award for his score': a nomination
    at the ceremony with no category, unless the sentence gives this ceremony's category already."""
    out: list[Fact] = []
    for mt in mentions:
        before = text[max(0, mt.start - 80) : mt.start]
        noun_after = _NOM_NOUN_AFTER.match(text, mt.end)
        lead = (_NOM_VERB_BEFORE.search(before) or (out and _LIST_NEXT.search(before))) if noun_after else (
            None if noun_after else _NOMINATED_FOR.search(before))
        if not lead:
            continue
        ahead = before[: lead.start()][-40:]
        if _PRIOR.search(ahead) or _NEGATED.search(ahead) or (_HYPOTHETICAL.search(ahead) and not _RECORD_TO.search(ahead)):
            continue  # "who had received an Example Award nomination for Another Tale", "not to be nominated for"
        if _CATEGORY_NEXT.match(text, noun_after.end() if noun_after else mt.end):
            continue
        if any(isinstance(f, AwardFact) and f.ceremony == mt.name and f.category for f in done):
            continue
        clause = _clause_start(text, mt.start)
        if _NEGATED.search(before[-40:]) or _HYPOTHETICAL.search(before[-40:]) or _PRIOR.search(before[-40:]):
            continue
        if _other_work(text, max(clause, mt.start - 60)) or _other_work(text, mt.start):
            continue
        verb = max((t for t in trigs if t[0] < mt.start), default=None, key=lambda t: t[0])
        recipient = _subject(text, clause, verb[0] if verb else mt.start, article)
        for one in _each_recipient(recipient):
            out.append(AwardFact(sent.idx, ceremony=mt.name, ordinal=mt.ordinal, year=mt.year, category="",
                                 recipient=one, outcome="nominated"))
    return out


_AWARDS_AT = re.compile(r"\s+(?:(?:an?|several|numerous|top|the|two|both)\s+)?(?:top\s+)?(?:awards?|prizes?|honou?rs)(?:\s+for\s+(?:his|her|their|its)\s+\w+)?\s+(?:at|from)\s+(?:the\s+)?")
_FOR_OR_NOMINATION = re.compile(r"\s*(?:[Aa]wards?\s+)?(?:for|nominations?)\b")
_DIRECT_OBJECT = re.compile(r"\s+(?:(?:an?|the)\s+)?")
# "won an Example Award for her role": the person's part, not another work, after the ceremony
# ("were awarded the Example State Prize for the film": this film itself, for which the people were honoured)
_FOR_PART = re.compile(rf"\s*(?:[Aa]wards?\s+)?for\s+(?:(?:his|her|their)\s+(?:\w+\s+)?{_phrases(_WHO['parts'])}\b"
                       r"|(?:the|this)\s+(?:film|movie|picture)\b(?!['’]))")
_ENDS_IN_AWARDS = re.compile(r"(?:awards?|prizes?|honou?rs)$")
# "received the Example Prize in the 90-minute category": the prize's own category, in lower case (a capitalised
# one is read as a category already); "in the same category" names none
_IN_LOWER_CATEGORY = re.compile(r"\s+in\s+the\s+(?P<cat>(?!same\b|other\b|best\b)[a-z\d][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}\s+category)\b")
_FROM_THE = re.compile(r"\s+(?:at|from)\s+(?:the\s+)?")


def _ceremony_only_wins(sent: Sentence, text: str, article: Article, mentions: list[_Mention],
                        cats: list[tuple[int, int, str]], trigs: list) -> list[Fact]:
    """'won awards for his screenplay at the 71st Golden Globe Awards, the 66th ...' and 'won a
    Peabody Award': wins with no category, recorded with an empty one."""
    out: list[Fact] = []
    for t_start, t_end, outcome, _reach in trigs:
        if outcome != "won":
            continue
        after = text[t_end:]
        chain: list[_Mention] = []
        m = _AWARDS_AT.match(after)
        if m is None and _ENDS_IN_AWARDS.search(text, t_start, t_end):
            m = _FROM_THE.match(after)  # the trigger holds the noun: "received awards from the A, the B"
        if m:
            pos = t_end + m.end()
            for mt in mentions:
                if mt.start < pos - 5:
                    continue
                if mt.start > pos + 5:
                    break
                chain.append(mt)
                nxt = _NEXT_IN_CHAIN.match(text, mt.end)
                pos = nxt.end()
        else:
            m = _DIRECT_OBJECT.match(after)
            if m:
                mt = next((x for x in mentions if x.start == t_end + m.end() or x.start == t_end + m.end() - 4), None)
                if mt and (not _FOR_OR_NOMINATION.match(text, mt.end) or _FOR_PART.match(text, mt.end)) \
                        and not any(mt.end <= c[0] <= mt.end + 6 for c in cats):
                    chain.append(mt)
        if chain and _other_work(text, t_start):
            continue
        recipient = _subject(text, _clause_start(text, t_start), t_start, article) if chain else ""
        inside = _IN_LOWER_CATEGORY.match(text, chain[-1].end) if len(chain) == 1 and " category" in text else None
        for mt in chain:
            for one in _each_recipient(recipient):
                out.append(AwardFact(sent.idx, ceremony=mt.name, ordinal=mt.ordinal, year=mt.year,
                                     category=inside.group("cat") if inside else "", recipient=one, outcome="won"))
    return out


# "awarded a special citation by the X", "received a special mention at the X": a prize named by a common noun
_NOUN_PRIZE = re.compile(r"\s*(?:(?:a|an|the)\s+)?(?P<cat>special\s+(?:citation|mention|commendation|jury\s+mention)|citation|commendation)"
                         r"\s+(?:by|from|at)\s+(?:the\s+)?")
# "the 1939 winner of Ruritania's top prize, the Prix Example": a win of the ceremony named soon after
_WINNER_OF = re.compile(r"\bwinner\s+of\s+(?:the\s+)?")
_APPOSITIVE = re.compile(r"[^,.;]{0,50},\s+(?:the\s+)?")
# "a former winner of …", "an Example Award winner": a person's earlier award, not this film's
_PERSON_WINNER = re.compile(r"\b(?:an?|former|previous|past)\s+(?:[\w-]+\s+)?$")


def _noun_prizes(sent: Sentence, text: str, mentions: list[_Mention], trigs: list) -> list[Fact]:
    """'for which it was awarded a special citation by the Example Board of Review': won, the noun its category;
    'the winner of Ruritania's top prize, the Prix Example': won, no category."""
    out: list[Fact] = []
    for t_start, t_end, outcome, _reach in trigs:
        m = _NOUN_PRIZE.match(text, t_end) if outcome == "won" else None
        mt = next((x for x in mentions if m and m.end() - 1 <= x.start <= m.end() + 6), None)
        if mt and not _other_work(text, t_start):
            out.append(AwardFact(sent.idx, ceremony=mt.name, ordinal=mt.ordinal, year=mt.year, category=m.group("cat"),
                                 recipient="", outcome="won"))
    for m in _WINNER_OF.finditer(text) if "winner" in text else ():
        before = text[max(0, m.start() - 40) : m.start()]
        mt = next((x for x in mentions if m.end() - 1 <= x.start <= m.end() + 6), None)
        app = _APPOSITIVE.match(text, m.end()) if mt is None else None
        if app:  # "winner of Ruritania's top prize, the Prix Example"
            mt = next((x for x in mentions if app.end() - 1 <= x.start <= app.end() + 6), None)
        if mt and not (_NEGATED.search(before) or _PRIOR.search(before) or _PERSON_WINNER.search(before)
                       or _other_work(text, m.start())):
            out.append(AwardFact(sent.idx, ceremony=mt.name, ordinal=mt.ordinal, year=mt.year, category="",
                                 recipient="", outcome="won"))
    return out


def _counts(sent: Sentence, text: str, mentions: list[_Mention], carried: _Mention | None) -> list[Fact]:
    """Stated totals: 'received five nominations', 'nominated for four Academy Awards', 'won three:'."""
    out: list[Fact] = []
    if not has_cue(text, _COUNT_CUES):
        return out
    for rx, outcome, own_words in ((COUNT_NOM_RE, "nominated", _NOM_WORDS), (COUNT_WIN_RE, "won", _WIN_WORDS)):
        for m in rx.finditer(text) if _has_any(text, own_words) else ():
            n = parse_int(m.group("n1") or m.group("n2") or "") if outcome == "nominated" else parse_int(m.group("n"))
            if not n or n > 60:
                continue
            noun = (m.group("noun1") or m.group("noun2") or "") if outcome == "nominated" else (m.group("noun") or "")
            before = text[max(0, m.start() - 40) : m.start()]
            if _NEGATED.search(before) or _HYPOTHETICAL.search(before) and not before.rstrip().endswith("on to"):
                continue
            if _PRIOR.search(before) or _other_work(text, m.start()):
                continue  # "The remake was nominated for three …", "who had won two …": not this film's
            name = ""
            inner = CEREMONY_RE.search(noun)
            if noun and re.search(r"[A-Z]", noun):
                word = re.sub(r"\s+(?:nominations|nods)$", "", noun.strip())
                name = normalise_ceremony(word if not inner else inner.group("name"))
                if word in {"Academy Award", "Oscar"}:
                    name = "Academy Awards"
            mt = None
            if not name:
                after = [x for x in mentions if x.start >= m.end() and re.fullmatch(r"[^,;.]*?\b(?:at|in|from)\s+(?:the\s+)?", text[m.end() : x.start] + "")]
                prior = [x for x in mentions if x.end <= m.start()]
                mt = after[0] if after else prior[-1] if prior else carried
                if mt is None:
                    continue
                name = mt.name
            ordinal = mt.ordinal if mt else None
            if ordinal is None:
                ordinal = next((x.ordinal for x in mentions if x.name == name and x.ordinal), None)
            out.append(AwardCountFact(sent.idx, ceremony=name, ordinal=ordinal, count=n, outcome=outcome,
                                      text=m.group(0).strip()))
    return out


# --- article ----------------------------------------------------------------------------------------------


_RECIPIENT_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def _each_recipient(recipient: str) -> list[str]:
    """A list of people is one award each; anything else (one name, a duo's name) stays whole."""
    parts = [p for p in _RECIPIENT_SEP.split(recipient or "") if p]
    if len(parts) > 1 and parts[-1].split()[-1] in _ROLE_NOUN_SET:
        parts = parts[:-1]  # "… for A and Production Design": the list's next category, no person
        recipient = recipient[: recipient.rfind(parts[-1]) + len(parts[-1])]
    if len(parts) > 1 and all(re.fullmatch(NAME_RX, p) for p in parts):
        last = words(parts[-1])
        if len(last) == 2:
            # "Ivo and Ora Pell": a lone common given name before the last name shares its surname
            parts = [f"{p} {last[-1]}" if " " not in p and p.lower() in _GIVEN_NAMES else p for p in parts]
        return parts
    return [recipient]


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One row per award: a win replaces the nomination for the same category, a named
    recipient beats none, a stated edition beats none; otherwise the first mention stays."""
    awards = [f for f in facts if isinstance(f, AwardFact)]
    counts = [f for f in facts if isinstance(f, AwardCountFact)]

    def rank(f: AwardFact) -> tuple[int, int, int]:
        return (OUTCOME_RANK.get(f.outcome, 0), bool(f.recipient), bool(f.ordinal or f.year))

    kept: list[AwardFact] = []
    for f in awards:
        same = [k for k in kept if k.ceremony == f.ceremony and k.category.lower() == f.category.lower()
                and (not k.recipient or not f.recipient or k.recipient == f.recipient)]
        if not same:
            kept.append(f)
            continue
        best = same[0]
        winner, loser = (f, best) if rank(f) > rank(best) else (best, f)
        if not (winner.ordinal or winner.year) and (loser.ordinal or loser.year):
            # one film, one edition of a ceremony: the edition stated elsewhere still holds
            winner = replace(winner, ordinal=loser.ordinal, year=loser.year)
        if not winner.recipient and loser.recipient and winner.outcome == "won" and loser.outcome == "nominated" \
                and winner.sentence == loser.sentence:
            # "… nominations, including Best Actress (A), winning Best Actress": her nomination was the one won
            winner = replace(winner, recipient=loser.recipient, mention=loser.mention)
        kept[kept.index(best)] = winner
    # An award with no category adds nothing when the same ceremony has a named one for that
    # person with an outcome at least as strong ("competed" at a festival where it won a prize). The film's
    # own competing is not said by a person's prize ("in competition at X, where A won the Silver Example").
    final = [f for f in kept if f.category or not any(
        k is not f and k.category and k.ceremony == f.ceremony
        and OUTCOME_RANK.get(k.outcome, 0) >= OUTCOME_RANK.get(f.outcome, 0)
        and (not f.recipient or k.recipient == f.recipient)
        and (f.outcome != "competed" or k.outcome == "competed") for k in kept)]
    final = [f for f in final if not _said_better(f, final)]
    seen: set[tuple] = set()
    uniq_counts = []
    for c in counts:
        key = (c.ceremony, c.count, c.outcome)
        if key not in seen:
            seen.add(key)
            uniq_counts.append(c)
    return [*final, *uniq_counts]


# A cheap test per sentence before any frame: every frame needs one of these words (an outcome, a
# count, a competition, a year's list) or an honour's name; most sentences of an article hold none.
# ("given several" and the like are read only in a sentence with "given": "several" alone is too common a word
# to let a sentence through this gate)
_GIVEN_PHRASES = [w for w in _OUT["won"] if w.startswith("given ")]
_ACTION_CUES = ((_TRIGGER_CUES - cue_words(_GIVEN_PHRASES)) | cue_words([w for k in ("submitted", "competed", "won", "nominated")
                for w in _OUT[k] if w not in _GIVEN_PHRASES]) | ({"given"} if _GIVEN_PHRASES else set())
                | _COUNT_CUES | _COMPETITION_CUES | _YEAR_LIST_CUES)
# ... and a ceremony can be named only with one of these (read on, to carry it to the next sentence).
_MENTION_CUES = _CEREMONY_CUES | _PLACE_CUES | _ORGANISER_CUES


# A quotation that names an award or a festival, kept when long quotations are blanked: 'won the "Example
# Prize Best Feature" award', 'at the "Example Science Fiction Film Festival"' (capitalised words only).
_QUOTED_NAME = re.compile(r"[\"“](?P<inner>[A-Z][\w'’.&\-]*(?:\s+(?:[A-Z][\w'’.&\-]*|of|for|and|the|de|du|in)){4,11})[\"”]"
                          r"(?P<after>\s+(?:[Aa]ward|[Pp]rize)\b)?")


def _masked(text: str) -> str:
    """The sentence with long quotations blanked (a remark is no award), but for a quoted award's or
    festival's own name."""
    out = mask_long_quotes(text)
    if out == text or ('"' not in text and "“" not in text):
        return out
    for m in _QUOTED_NAME.finditer(text):
        if m.group("after") or CEREMONY_RE.fullmatch(m.group("inner")):
            out = out[: m.start()] + text[m.start() : m.end()] + out[m.end() :]
    return out


def _acts(text: str) -> bool:
    """Can any frame read a fact from this sentence (outside an accolades list)?"""
    # (a festival's section an entry was shown in: "premiered in the Example section of the X Festival" in a lead)
    return (has_cue(text, _ACTION_CUES) or "10" in text or "winner" in text or any(n in text for n in _HONOUR_NAMES)
            or (" section" in text and has_cue(text, _SECTION_CUES))
            or ("includ" in text and _LIST_LEAD.match(text) is not None))


_FILLER = set(_CATS["filler_words"])
_OPENER = re.compile(r"(?i:best|outstanding|worst)\b")


def _said_better(f: AwardFact, kept: list[AwardFact]) -> bool:
    """A category named by its craft alone ("Sound Editing", "his screenplay") repeats an award the
    article names in full at the same ceremony: "Best Sound Editing", or any full category of the same
    person's there with an outcome at least as strong ("screenplay" beside "Best Writing")."""
    if not f.category:
        return False
    mine = set(f.category.lower().split())
    if _OPENER.match(f.category):
        # "Best Editing" beside "Best Film Editing" (one award, a filler word apart): the fuller name is kept,
        # unless only the shorter names the person ("Zinner won Best Editing")
        for k in kept:
            if k is f or k.ceremony != f.ceremony or k.outcome != f.outcome:
                continue
            theirs = set(k.category.lower().split())
            if mine < theirs and theirs - mine <= _FILLER and (not f.recipient or k.recipient == f.recipient):
                return True
            if theirs < mine and mine - theirs <= _FILLER and not f.recipient and k.recipient:
                return True
        return False
    for k in kept:
        if k is f or k.ceremony != f.ceremony or not _OPENER.match(k.category):
            continue
        if OUTCOME_RANK.get(k.outcome, 0) < OUTCOME_RANK.get(f.outcome, 0):
            continue
        if mine <= set(k.category.lower().split()) and (not f.recipient or not k.recipient or k.recipient == f.recipient):
            return True
        if f.category[0].islower() and f.recipient and k.recipient == f.recipient:
            return True
    return False


_WANTED = ("lead", "accolades", "critical", "release", "music", "legacy", "production", "other", "box_office")


def extract(article: Article) -> list[Fact]:
    """Award and award-count facts of one article."""
    facts: list[Fact] = []
    carried: _Mention | None = None
    pending: tuple[Sentence, str, tuple[list[tuple[int, int, str]], list[_Mention]]] | None = None
    last_para = -1
    last_mention: _Mention | None = None
    para_mention: _Mention | None = None  # the last ceremony named in this paragraph
    shorts: dict[str, str] = {}  # festivals named in full so far, by their short names ("Annecy")
    honours = _honour_lists(article) if any(_HONOUR_LIST_HEADING.match(s.heading.strip()) for s in article.sections) else []
    listed = {f.sentence for f in honours}
    facts.extend(honours)
    for sent in article.sentences:
        kinds = article.section_kinds(sent.section)
        if "plot" in kinds or "references" in kinds or "cast" in kinds or sent.idx in listed:
            continue
        if kinds.isdisjoint(_WANTED):  # (a set test, not a generator over the kinds wanted)
            continue
        if sent.para != last_para:
            carried = None
            pending = None
            para_mention = None
            last_para = sent.para
        acts = "accolades" in kinds or _acts(sent.text)
        if not acts and not has_cue(sent.text, _MENTION_CUES):
            # no frame can fire and no ceremony is named: only the carried one may end here
            if carried is not None and not _CLAUSE_CONTINUES.match(mask_long_quotes(sent.text)):
                carried = None
            continue
        text = _masked(sent.text)
        parts = _sentence_parts(text, "accolades" in kinds and len(text) <= 200 and not re.search(r"[.!?\"”]\s*$", text))
        mentions = parts[1]
        if mentions:
            shorts.update(_short_names(mentions))
        if shorts and ("At " in text or " at " in text) and (not mentions or text.startswith("At ") and all(
                _PRIZE_NAMED.search(m.name) for m in mentions)):
            # ("At Zenda, A won the Documentary Special Jury Award": the prize's own name is no festival)
            said = _short_mention(text, shorts, parts[0])
            if said is not None:
                parts = (parts[0], [said, *mentions])
                mentions = parts[1]
        carry = carried if not mentions and carried is not None and _CLAUSE_CONTINUES.match(text) else None
        if carry is None and not mentions and last_mention is not None and _SAME_CEREMONY.search(text):
            carry = last_mention  # "B won Best Actress at the same ceremony": the last ceremony named, any paragraph
        if carry is None and not mentions and para_mention is not None and (
                "ceremony" in text or "festival" in text or "gala" in text):
            the = _THE_CEREMONY.search(text)
            if the and (the.group("cer") or "Festival" in para_mention.name) and (
                    not the.group("year") or para_mention.year in (None, int(the.group("year")))):
                carry = para_mention
        if pending is not None and mentions and not parts[0] and _NAMES_EARLIER.match(text):
            # "It was nominated for Best A and Best B. The nominations were announced at the 12th Example
            # Awards.": the ceremony of the awards just named, stated after them
            facts.extend(_read_sentence(pending[0], pending[1], article, mentions[0], pending[2]))
        pending = None
        if not acts:  # a ceremony named with no outcome, count or list: carried to the next sentence only
            carried = mentions[-1] if mentions else carry
            continue
        read = _read_sentence(sent, text, article, carry, parts)
        if not any(isinstance(f, AwardFact) for f in read) and "accolades" in kinds:
            read.extend(_list_line_fields(sent, text, article))
        facts.extend(read)
        if parts[0] and not mentions and carry is None and not any(isinstance(f, AwardFact) for f in read):
            pending = (sent, text, parts)  # categories with no ceremony yet: the next sentence may name it
        facts.extend(_counts(sent, text, mentions, carry))
        if mentions:
            carried = last_mention = para_mention = mentions[-1]
        elif carry is None:
            carried = None
    if any(isinstance(f, AwardFact) and (f.ceremony in _INSIDE or f.category in _TROPHIES) for f in facts):
        facts = _inside(facts)
    if facts:
        facts = [f for f in facts if not _pluperfect_other(article, f.sentence)]
    if facts:  # (each sentence read once: a sentence holds several facts)
        career = {i: _career_words(article, i) for i in {f.sentence for f in facts}}
        facts = [f for f in facts if not (career[f.sentence] and (_career_honour(article, f) or _career_tally(article, f)))]
    facts.extend(_counted_awards(facts))
    if any(getattr(f, "ceremony", "") in _TELEVISION for f in facts) and not _made_for_tv(article):
        facts = [f for f in facts if getattr(f, "ceremony", "") not in _TELEVISION]
    if facts:
        facts = [f for f in facts if not (isinstance(f, AwardFact) and _won_for_another(article, f))]
    return _dedupe(_resolved(facts, article))


# "… for another film that year", "… for his 2001 film Another Tale", "… for The Other Tale" (awards.toml
# other_work_for), read after the fact's category up to the clause's end
_FOR_ANOTHER = re.compile(r"\bfor\s+(?P<w>" + "|".join(_WHO["other_work_for"]) + r")(?![\w'’-])", re.I)
_CLAUSE_END = re.compile(r"[;]|,\s+(?:and|but|while|whereas|where)\b|\s+but\s|\s+and\s+(?:the\s+film|it)\s")
# "The original series had won Best Drama at the Example Awards, where A also received Best Actor for his role in it":
# a clause hung on another work's award (its ", where …") is that work's too
_WHERE = re.compile(r",\s+(?:where|at\s+which)\s")
# A sequel's title with its base ("Other Tale 2: The Deep" → "Other Tale"): the base alone, right before a trigger, is
# the earlier film ("shortly after Other Tale won the Example Award")
_SEQUEL_TITLE = re.compile(r"^(?P<base>.+?)\s*(?:\s(?:\d{1,2}|II|III|IV|V|Part\s+\w+)\b\s*(?::.*)?|:\s.*)$")
_BASE_WON = r"(?:\s+(?:had\s+|has\s+)?(?:won|received|earned|took|was\s+nominated|had\s+been\s+nominated))\b"


# "… acquired the rights to Ora Pell's book in 2015, a year after it won the Example d'Or": "it" is the work named
# before it in the sentence
_IT_AFTER_WORK = re.compile(rf"\b{_phrases(_WHO['other_works'])}s?\b[^.;]{{0,100}}?\b(?:after|when|since|before|as|once|because)\s+"
                            r"it\s+(?:had\s+|has\s+)?(?:also\s+)?(?:won|received|earned|took|was\s+nominated|been\s+nominated)\b", re.I)
# "… won the Example Award for Best Actress in 1955 for Another Tale", years after the film: that title's award
_LATE_FOR_TITLE = re.compile(r"(?:\s+(?:[Aa]ward|[Pp]rize))?\s+in\s+(?P<y>(?:18|19|20)\d\d)\s+for\s+(?P<t>[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+){0,4})")
_LATE_YEARS = 3


def _years_after(article: Article, year: int) -> bool:
    """Whether ``year`` is a few years after the film's own (its lead's first year): no ceremony of the film's."""
    lead = article.lead()
    first = re.search(r"\b(?:18|19|20)\d\d\b", lead[0].text) if lead else None
    return bool(first) and year - int(first.group()) >= _LATE_YEARS


def _won_for_another(article: Article, f: AwardFact) -> bool:
    """Whether the sentence tells this award as another work's (see ``_FOR_ANOTHER``, ``_WHERE``, ``_SEQUEL_TITLE``)."""
    text = article.sentences[f.sentence].text
    at, size = (text.find(f.category), len(f.category)) if f.category else (-1, 0)
    if at < 0 and f.ceremony:
        # no category: read after the ceremony's first word as written ("won a Grammy Award for his score for …")
        first = re.search(rf"\b{re.escape(f.ceremony.split()[0])}(?:\s+[Aa]wards?)?\b", text)
        at, size = (first.start(), len(first.group())) if first else (-1, 0)
    if at >= 0:
        tail = text[at + size : at + size + 140]
        stop = _CLAUSE_END.search(tail)
        m = _FOR_ANOTHER.search(tail[: stop.start()] if stop else tail)
        if m and m.group("w").lower() not in article.title.lower():
            return True
        late = _LATE_FOR_TITLE.match(tail)
        if late and late.group("t").lower() not in article.title.lower() and _years_after(article, int(late.group("y"))):
            return True
        where = _WHERE.search(text, 0, at)
        if where and _OTHER_WORK.match(text[: where.start()]):
            return True
        it_won = _IT_AFTER_WORK.search(text, max(0, at - 160), at) if " it " in text[max(0, at - 60) : at] else None
        if it_won and at - it_won.end() < 40:
            return True
    seq = _SEQUEL_TITLE.match(article.title)
    if seq and len(seq.group("base")) > 2:
        base = re.search(rf"(?<![\w'’-]){re.escape(seq.group('base'))}{_BASE_WON}", text)
        if base and (at < 0 or base.start() < at) and not _CLAUSE_END.search(text, base.end(), max(at, base.end())):
            return True
    return False


_FESTIVAL_WORDS = frozenset(["International", "Film", "Festival", "Animated", "Animation", "Documentary", "Short",
                             "Fantastic", "Independent", "Movie", "Cinema", "Festival", "Fest"])


def _short_names(mentions: list[_Mention]) -> dict[str, str]:
    """A festival named in full ("the Zenda International Animated Film Festival"), by the words before its
    kind ("Zenda"): a later "At Zenda, …" of the same article is that festival."""
    out = {}
    for mt in mentions:
        ws = mt.name.split()
        if ws[-1] not in ("Festival", "festival"):
            continue
        k = next((i for i, w in enumerate(ws) if w in _FESTIVAL_WORDS), len(ws))
        short = " ".join(ws[:k])
        if k and short[0].isupper() and len(short) > 2 and short not in _LEAD_STOP:
            out[short] = mt.name
    return out


def _short_mention(text: str, shorts: dict[str, str], cats: list[tuple[int, int, str]]) -> _Mention | None:
    """'At Zenda it received a Special Distinction' after the article named the Zenda Film Festival in full."""
    for short, name in shorts.items():
        if short not in text:
            continue
        m = re.search(rf"\b[Aa]t\s+(?:the\s+)?({re.escape(short)})(?![\w'’-])(?!\s+[A-Z0-9])", text)
        if m and not any(a <= m.start(1) < b for a, b, _c in cats):
            return _Mention(m.start(1), m.end(1), name, None, None)
    return None


# "Another Tale had won the Example Award four years earlier": a named work, not this film, opening the sentence
# with an earlier win
_PLUPERFECT = re.compile(r"^(?P<n>[A-Z][\w'’:-]*(?:\s+(?:[A-Z][\w'’:-]*|of|the|and|in|at|a))*)\s+(?:\((?:18|19|20)\d\d\)\s+)?"
                         r"had\s+(?:(?:also|already|previously)\s+)?(?:won|been\s+nominated|received|earned)\b")


def _pluperfect_other(article: Article, idx: int) -> bool:
    """Does sentence ``idx`` open with another named work's earlier award ("Another Tale had won …")? Not when the
    name is the film's title, the film itself or a person (whose earlier award may be for this film)."""
    text = article.sentences[idx].text
    if " had " not in text[:80]:
        return False
    m = _PLUPERFECT.match(text)
    if not m:
        return False
    name = m.group("n")
    title = article.title.lower()
    if name.lower() in title or title in name.lower() or name.split()[0].lower() in PRONOUNS | {"the"} and (
            len(name.split()) == 1 or name.split()[1].lower() in {"film", "movie", "picture"}):
        return False
    return not is_person(name)


_CAREER = re.compile(_phrases(_WHO["career_honours"]))


_CAREER_HINTS = ("chievement", "onorary", "ontribution", "body of work", "career", "services to", " has ", " have ")


def _career_words(article: Article, idx: int) -> bool:
    """Whether sentence ``idx`` holds any word ``_career_honour`` or ``_career_tally`` reads (most sentences: none)."""
    text = article.sentences[idx].text
    return any(h in text for h in _CAREER_HINTS)


def _career_honour(article: Article, f: Fact) -> bool:
    """Is ``f`` a person's honour for a career ("Pell received the Lifetime Achievement Award at the festival", "an
    honorary Golden Bear to Brandt")? Never this film's award; a film's own honorary prize has no recipient."""
    return isinstance(f, AwardFact) and bool(f.recipient) and bool(_CAREER.search(article.sentences[f.sentence].text))


_FILM_OPENS = re.compile(r"(?:The\s+(?:film|movie|picture)|It)\b(?!['’])")
_CAREER_TALLY = re.compile(rf"\b{_phrases(_WHO['career_tallies'])}\b")
# "Brandt has won three National Film Awards": a person's tally, in the present perfect, a count right after the verb
_HAS_WON = re.compile(rf"(?P<who>\b[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*),?\s+(?:has|have)\s+(?:also\s+)?(?:won|received|earned|"
                      rf"been\s+nominated\s+for)\s+(?:a\s+total\s+of\s+)?(?:\d+|{NUMBER_WORD_RX})\b")


def _career_tally(article: Article, f: Fact) -> bool:
    """Is ``f`` (a count, or an award with no category) a person's tally over a career ("Brandt has won three
    National Film Awards", "nominated for five Academy Awards during her career")? Not the film's."""
    if not (isinstance(f, AwardCountFact) or isinstance(f, AwardFact) and not f.category):
        return False
    text = article.sentences[f.sentence].text
    if _FILM_OPENS.match(text) or text.startswith(article.title):
        return False  # (the film's own tally: "The film received five nominations, the most in her career")
    if "career" in text and _CAREER_TALLY.search(text):
        return True
    m = _HAS_WON.search(text) if " ha" in text else None
    return bool(m) and is_person(m.group("who")) and m.group("who").lower() not in article.title.lower()


# A sentence that points back at awards just named: "The nominations were announced at …", "These were
# presented at …", "All were given at …"
_NAMES_EARLIER = re.compile(r"(?:The|These|Those|Both|All|They|Its|The\s+film['’]s)\s+(?:\w+\s+)?(?:nominations|awards|wins|"
                            r"prizes|honou?rs|were|ceremony|nods)\b")
_INSIDE: dict[str, str] = _CER.get("inside", {})
_TROPHIES = frozenset(_CATS["trophies"])


def _inside(facts: list[Fact]) -> list[Fact]:
    """A prize named for a person inside a larger ceremony is that ceremony's category ("the Ora Pell Award
    for Best Debut" of the Example Awards); a trophy named alone right after an award of its ceremony is that
    award again ("… the producer got a Rajat Kamal"), for whoever the sentence names."""
    out: list[Fact] = []
    for f in facts:
        if isinstance(f, AwardFact) and f.ceremony in _INSIDE:
            prize = f.ceremony.removesuffix("s")
            cat = f.category
            if not cat:
                cat = prize
            elif cat not in _TROPHIES and not cat.startswith(prize):
                cat = f"{prize} for {cat}"
            f = replace(f, ceremony=_INSIDE[f.ceremony], category=cat)
        if isinstance(f, AwardFact) and f.category in _TROPHIES:
            prev = [k for k in out if isinstance(k, AwardFact) and k.ceremony == f.ceremony and k.category
                    and k.category not in _TROPHIES and f.sentence - 2 <= k.sentence <= f.sentence]
            if prev and not (f.recipient and prev[-1].recipient != f.recipient):
                # (a trophy given to a person the earlier award does not name keeps its own name: a person's award
                # must cite words its sentence holds, and would otherwise replace the film's in the dedupe)
                f = replace(f, category=prev[-1].category)
        out.append(f)
    return out


_TELEVISION = set(_CER["television"])
_TV_FILM = re.compile(_phrases(_CER["tv_film_words"]), re.I)


def _made_for_tv(article: Article) -> bool:
    """Does the lead call the film one made for television (so television's awards may be its own)?"""
    return any(_TV_FILM.search(s.text) for s in article.sentences[:3])


def _counted_awards(facts: list[Fact]) -> list[Fact]:
    """"It was nominated for three Example Awards": a stated count at a named ceremony is at least one
    award there, category unstated. Dropped again by the dedupe when the article names a category at
    that ceremony with an outcome at least as strong."""
    return [AwardFact(c.sentence, ceremony=c.ceremony, ordinal=c.ordinal, year=None, category="", recipient="",
                      outcome=c.outcome) for c in facts if isinstance(c, AwardCountFact) and c.ceremony]


def _resolved(facts: list[Fact], article: Article) -> list[Fact]:
    """"Doe was nominated for Best Actor": a lone surname becomes the full name the article gives
    ("Jane Doe"), keeping the sentence's words as the mention; left alone when two people share it."""
    if not any(isinstance(f, AwardFact) and (_surname_only(f.recipient) or _cut_short(f.recipient)) for f in facts):
        return facts  # (most articles: no need to gather the article's names)
    people = People(s.text for s in article.sentences)
    index = holder_index(people)
    out: list[Fact] = []
    for f in facts:
        full = ""
        if isinstance(f, AwardFact) and "–" in f.recipient and _DUO_NAME.fullmatch(f.recipient):
            # "Ora–Bede", the duo of the article's "Ora Pell" and "Bede Marrow": an award each, the duo's name the mention
            members = _duo_members(f.recipient, article)
            if members:
                out.extend(replace(f, recipient=one, mention=f.recipient) for one in members)
                continue
        if isinstance(f, AwardFact) and _surname_only(f.recipient):
            if len(words(f.recipient)) == 1 and f.recipient in index and len(surname_holders(people, f.recipient, index)) > 1:
                out.append(f)  # two people it may name: the one the film credits is chosen later (coref)
                continue
            full = people.full(f.recipient) or _family_first(people, f.recipient, article) or _inner_surname(people, f.recipient)
        elif isinstance(f, AwardFact) and _cut_short(f.recipient):
            # "Lee Doe" for the article's "Ora Lee Doe": a name it ends, when only one does (the two-word
            # form itself, and other Does, are no rival: "Vela Ordaz" for "Tomás Vela Ordaz")
            ends = [n for n in people.family(f.recipient.split()[-1]) if n.endswith(" " + f.recipient)]
            # or "Dale Ng" for the article's "Dale Ng Wai-kit": a Western given name and the family name, the
            # name's hyphenated given name left off
            ends = ends or [n for n in people.names if n.startswith(f.recipient + " ")
                            and _GIVEN_LAST.fullmatch(n[len(f.recipient) + 1:])]
            full = ends[0] if len(ends) == 1 else ""
        out.append(replace(f, recipient=full, mention=f.mention or f.recipient) if full else f)
    return out


def _duo_members(duo: str, article: Article) -> list[str]:
    """'Ora–Bede' → ['Ora Pell', 'Bede Marrow']: the one full name of the article each part opens, or [] unless
    every part has one (and no two the same)."""
    people = People(s.text for s in article.sentences)
    members = [people.by_first(part) for part in duo.split("–")]
    return members if all(members) and len(set(members)) == len(members) else []


def _family_first(people: People, short: str, article: Article) -> str:
    """"Zhou won …" for the article's "Zhou Yiming", "Jeon" for "Jeon Su-ah": a family name written first,
    when exactly one full name opens with it and no name has it last. A one-word given name must never
    stand alone in the article (the family name is what it calls the person by): "Ivo" for "Ivo Brandt",
    whom the article calls "Brandt", is a given name, and may be somebody else's."""
    first = people.by_first(short)
    if not first or len(words(first)) != 2 or people.family(short):
        return ""
    given = words(first)[-1]
    if _GIVEN_LAST.fullmatch(given):
        return first  # ("Han" for "Han Yu-ri": a hyphenated given name after it says "Han" is the family name)
    if short.lower() in _GIVEN_NAMES:
        return ""
    if not _ONE_WORD_GIVEN.fullmatch(given):
        return ""
    alone = re.compile(rf"(?<![\w'’-]){re.escape(given)}(?![\w'’-])")
    pairs = [f"{short} and {n}" for n in people.names if len(words(n)) == 2]  # "Ivo and Ora Pell": Ivo Pell's given name
    return first if all(len(alone.findall(s.text)) == s.text.count(first) and not any(p in s.text for p in pairs)
                        for s in article.sentences) else ""


def _inner_surname(people: People, short: str) -> str:
    """"Ng" for "Dale Ng Wai-kit", "Vela" for "Tomás Vela Ordaz": the family name inside a three-word
    name (a Western given name before it, a hyphenated given name or a second surname after it), when
    exactly one full name has it there and none ends in it."""
    if short.lower() in PARTICLES or short.lower() in _GIVEN_NAMES:
        return ""
    if people.family(short):
        return ""
    hits = {n for n in people.names if len(words(n)) == 3 and words(n)[1] == short and words(n)[0][-1] != "."}
    return next(iter(hits)) if len(hits) == 1 else ""


# A given name of East Asian romanisation ("Su-ah", "Pei-ling"), which a family name precedes
_GIVEN_LAST = re.compile(r"[A-Z][a-z]+-[a-z]+")
# or one plain word ("Yiming")
_ONE_WORD_GIVEN = re.compile(r"[A-Z][a-z]{2,}")
_GIVEN_NAMES = vocab.given_names()


def _dative_recipient(text: str, clause: int, trig_end: int, article: Article) -> str:
    """'The role earned A the Example Award …', '… brought A a nomination for …': the person the verb gives it to."""
    if not has_cue(text, _DATIVE_CUES):
        return ""
    found = [m for m in _DATIVE.finditer(text, clause) if m.start() < trig_end]
    if not found:
        return ""
    who = found[-1].group("who")
    if not who[0].isupper():  # "A's performance earned her …": the possessor opening the clause
        poss = _POSSESSOR_PART.match(text, clause)
        who = poss.group("who") if poss else ""
    who = _clean_names(who) if who else ""
    return who if who and _is_person(who, article) and not is_company(who) else ""


_POSSESSOR_PART = re.compile(rf"\s*(?:(?:However|Later|In\s+\d{{4}}),\s+)?(?P<who>{_PERSON})['’]s?\s+(?:\w+\s+)?"
                             rf"{_phrases(_WHO['parts'])}\b")


def _cut_short(name: str) -> bool:
    """Two words that may be a longer name's last two ("Lee Doe")."""
    ws = words(name)
    return len(ws) == 2 and ws[0].lower() not in PARTICLES


def _surname_only(name: str) -> bool:
    """"Doe", "van Doe": a recipient named by surname (with its particle) alone."""
    ws = words(name)
    return len(ws) == 1 or (len(ws) == 2 and ws[0].lower() in PARTICLES)


# (a category's words, as a pattern compiled once: every award fact of every article asks each, role)
_ROLE_OF_CATEGORY = [(re.compile(rf"\b{re.escape(words)}\b"), role)
                     for words, role in sorted(V["category_roles"].items(), key=lambda kv: -len(kv[0]))]
_NOT_CRAFT = re.compile(r"\b(?:actor|actress|song|lyric\w*|art\s+direct(?:ion|or)|sound|costume|make-?up|visual|"
                        r"assistant|short|documentary|debut\s+film|dance|choreograph\w*|stunt|action)\b", re.I)


def crew_from_awards(facts: list[Fact], known: set[tuple[str, str]]) -> list[CrewFact]:
    """Crew the award categories name: the person nominated for or winning "Best Cinematography" for
    this film is its cinematographer, for "Best Film Editing" its editor. Cites the award's sentence.
    *known* (role, name) pairs are not repeated; a category that is also about acting, a song or
    another craft ("Best Art Direction") names no crew."""
    out: list[CrewFact] = []
    for f in facts:
        if not isinstance(f, AwardFact) or f.outcome not in ("won", "nominated") or not f.recipient:
            continue
        cat = f.category.lower()
        if _NOT_CRAFT.search(cat) or not is_person(f.recipient):
            continue
        role = next((r for rx, r in _ROLE_OF_CATEGORY if rx.search(cat)), "")
        if role and (role, f.recipient) not in known:
            known.add((role, f.recipient))
            out.append(CrewFact(sentence=f.sentence, role=role, name=f.recipient, mention=f.mention))
    return out


# Literal prefilters (bot/rxgate.py): these frames need words most sentences lack, and each is
# tried at every name or word boundary otherwise. The words are read from the patterns themselves.
gate(globals(), "CEREMONY_RE", "_NAMED_AWARD", "PRIZE_RE", "CATEGORY_RE", "_CRAFT_FOR", "_CRAFT_AWARD", "_LOWER_BEST")
# Found by replaying the extractor's calls over the seed and corpus (every answer compared, none differs).
gate(globals(), "_YEAR_LIST", "_POLL_BEST")
opening(globals(), "COUNT_WIN_RE")
# Alternations run as their alternatives, each only where the words it requires are (bot/rxgate.py's Pruned;
# picked by replaying the extractor's calls over the corpus and seed, every answer compared, none differs).
prune(globals(), "_CLAUSE_BREAK")
