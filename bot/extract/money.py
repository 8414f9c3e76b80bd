"""Money facts: budget, opening weekend, per-theatre average, territory grosses, home media.

Every figure of money in a sentence is found by ``common.iter_money``; what the figure *is*
comes from the words around it. A sentence often carries several figures ("$12.5 million in
the United States and Canada and $9.5 million in other territories for a worldwide gross of
$22 million"), so each figure is read with its own window: the text since the previous
figure (where "grossed", "a budget of" and "a worldwide gross of" stand) and the text up to
the next one (where "in other territories", "per theater" and "budget" stand).

The words of every cue (budget words, gross verbs, territories, periods, currencies) live in
``bot/vocab/money.toml``; the regular expressions below are frames compiled once from it.

Precision comes first. A figure is kept only when its window names what it is; figures for
a part of the run (a second weekend, a single day, previews), for other films ("surpassing
X's $100 million"), forecasts, deals, salaries, rights and video rentals are dropped, as are
conversions in brackets ("₹100 crore (US$14 million)" keeps the rupee figure only: one fact).

Territory: "in other territories" / "worldwide" / "in the United States and Canada" set the
kind (international, worldwide, domestic); a named country ("in Ruritania", "Collections in
Ruritania were …") is kept as the region of a ``gross`` figure, never filed as worldwide.

Conflicting figures are all kept, each with its own sentence: the lead's "over $22 million"
and the box-office section's "$21.6 million" are both facts, for the answer to cite both.

Theatrical rentals (the distributors' share, what older films report: "earned $7 million in rentals in
North America") are kind ``rentals`` with their territory: takings, but never to be answered as a gross.

The first weekend of a wide release after a limited run is filed as ``opening_weekend``
(it is the opening weekend of that release); the sentence says which release it was.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import vocab
from ..article import Article, Sentence
from ..facts import Fact, MoneyFact
from ..rxgate import gate
from .common import NUMBER_WORD_RX, MoneySpan, iter_money

V = vocab.load("money")
_K, _P, _T = V["kinds"], V["period"], V["territory"]
_alt = vocab.alternation


def _words(words) -> str:
    """Whole words or phrases: '\\b(?:a|b c)\\b' (a phrase may end in a non-word mark)."""
    return rf"(?<!\w)(?:{_alt(words)[3:-1]})(?!\w)"


def _stems(words) -> str:
    """Word starts: 'advertis' covers 'advertising'."""
    return rf"(?<!\w){_alt(words)}"


# Sections whose money is about something else (a plot's ransom, a cast member's fee, a
# soundtrack's sales) or not prose at all.
_SKIP_SECTIONS = {"plot", "cast", "references", "music", "accolades", "themes"}

# --- what kind of figure: cues read in the window around one figure ------------------------
_PER_THEATER = re.compile(
    rf"^\W{{0,3}}(?:\w+\s+){{0,2}}?{_alt(_K['per_unit'])}\s+{_alt(_K['venues'])}s?\b", re.I)
_BUDGET_AFTER = re.compile(
    rf"^[\s)]*(?:{_alt(_K['budget_modifiers'])}[\s-]+){{0,2}}{_words(_K['budget_nouns'])}", re.I)
# "cost" alone is any expense ("the costumes cost $100,000"); only the film's own cost is a budget.
_BUDGET_BEFORE = re.compile(rf"{_words(_K['budget_before'])}[^.;$₹£€¥]{{0,60}}$", re.I)
# "made the film for $6 million", "shot it on only $20,000": the cost of making, not takings.
_MADE_FOR = re.compile(
    rf"{_words(_K['made_verbs'])}(?:\s+[\w'’.-]+){{1,5}}?\s+{_alt(_K['made_preps'])}\s+(?:(?:only|just|a\s+mere|an?|under|over|less\s+than|about|around|roughly|approximately|some|nearly|almost|an\s+estimated|estimated)\s+)*$",
    re.I)
_COST_TO_MAKE_AFTER = re.compile(rf"^[\s)]*(?:\([^()]{{0,60}}\)\s*)?(?:\w+\s+){{0,1}}to\s+{_alt(_K['to_make'])}\b", re.I)
_BUDGET_PART = re.compile(_stems(_K["budget_parts"]), re.I)
_BUDGET_CHANGE = re.compile(rf"{_words(_K['budget_change'])}\W*$", re.I)
_OVER_HEDGE = re.compile(rf"{_words(_K['over_hedges'])}\W*$", re.I)
_HOME_MEDIA = re.compile(_words(_K["home_media"]), re.I)
_OPENING = re.compile(_words(_P["opening"]), re.I)
# Opening verbs count only right before the figure: "debuted to harsh reviews and took in
# only $2 million" is not an opening weekend figure.
_OPENING_VERB = re.compile(
    rf"{_words(_P['opening_verbs'])}(?:\s+(?:at|to|with|earning|grossing|of|No\.\s?\d+|number|\w+)){{0,4}}\s*$", re.I)
# A holiday weekend ("the Eid weekend", "the four-day Presidents Day weekend"), and a weekend told by its
# drop from the one before ("$X, a 53% drop from the previous weekend"): parts of the run.
_HOLIDAY_WEEKEND = (rf"(?:\b(?:{NUMBER_WORD_RX}|\d+)-day\s+|\blong\s+)?(?<![\w'’-]){_alt(_P['holidays'])}"
                    rf"(?:\s+(?:holiday|long))?\s+(?:{_alt(_P['holiday_spans'])[3:-1]})\b")
_OVER_OPENING_COMPARED = [p for p in _P["weekend_compared"] if p.startswith("over ") and "opening" in p]
_WEEKEND_COMPARED = (rf"(?:\d+(?:\.\d+)?\s?%\s+(?:[a-z]+\s+){{0,2}})?"
                     rf"{_words([p for p in _P['weekend_compared'] if p not in _OVER_OPENING_COMPARED])}"
                     rf"|(?:\d+(?:\.\d+)?\s?%\s+(?:[a-z]+\s+){{0,2}}|{_words(_P['weekend_compared_movements'])}\s+)"
                     rf"{_words(_OVER_OPENING_COMPARED)}")
_WEEKEND_COMPARED_RX = re.compile(_WEEKEND_COMPARED, re.I)  # its "previous" is no other figure's
# Part of the run, not a total: dropped (no kind fits it).
_PARTIAL = re.compile(
    rf"\b{_alt(_P['partial_ordinals'])}\s+{_alt(_P['partial_units'])}\b"
    rf"|\b(?:{_alt(_P['single_day'])[3:-1]}|\d+(?:st|nd|rd|th))\s+day\b|\bon its (?:\w+ )?day\b"
    rf"|{_words(_P['partial_words'])}|{_stems(_P['partial_stems'])}",
    re.I,
)
# "dropped 70% in its second weekend to $X": a takings figure by its movement.
_MOVED_TO = re.compile(r"\b(?:dropped|dropping|fell|falling|declined|declining|slipped|rose|rising|increased)\b[^;$₹£€¥]*\bto\s*$", re.I)
# "debuted at number 11 at the Ruritanian box office, earning $X": the opening, at a chart rank
_OPENED_AT_RANK = re.compile(
    rf"{_words(_P['opening_verbs'])}\s+at\s+(?:number|No\.|#)\s?[\w-]+(?:\s+(?:at|in|on)\s+[^.;$₹£€¥]{{0,40}}?)?"
    rf",?\s+{_words(_P['rank_figure_verbs'])}\s*(?:(?:about|around|approximately|an\s+estimated|over|nearly)\s+)?$", re.I)
# "opened on March 3 to a weekend gross of $X"
_OPENED_TO_WEEKEND = re.compile(r"\b(?:opened|debuted)\b[^.;$₹£€¥]*\bto\s+(?:an?\s+)?weekend\s+(?:gross|total|take|haul)\s+of\s*$", re.I)
# The period a partial figure covers, as worded.
_PERIOD = re.compile(
    rf"\bday\s+\d{{1,2}}\b|"
    rf"\b(?:{_alt(_P['period_ordinals'])[3:-1]}|{NUMBER_WORD_RX}|\d+(?:st|nd|rd|th)?)(?:-|\s+)(?:{_alt(_P['period_units'])[3:-1]})\b"
    rf"|\b(?:{_alt(_P['period_days'])[3:-1]})(?:\s+(?:night|midnight))?\s+(?:previews?|screenings?|shows?|showings?|launch)\b"
    rf"|\bpreviews\b",
    re.I,
)
# Weekends told by a holiday or by their drop from the one before: read only where "weekend" is written (most
# windows have none), one pattern apart from the others.
_WEEKEND_PART = re.compile(rf"{_HOLIDAY_WEEKEND}|{_WEEKEND_COMPARED}", re.I)
# Its cheap necessary test: "weekend", and a holiday's name (a trie of literals, read fast) or a compared weekend's
# last two words ("previous weekend"). The pattern itself, with its optional lead, is tried at every character.
_HOLIDAY_HINT = re.compile(vocab.trie_alternation(_P["holidays"]))
_COMPARED_HINTS = tuple({" ".join(p.split()[-2:]) for p in _P["weekend_compared"]})


_SPAN_WORDS = tuple(_P["holiday_spans"])
_RUNNING_TOTAL = re.compile(r"\b(?:running|cumulative)\s+total\b")


def _weekend_hint(text: str) -> bool:
    """Whether ``_WEEKEND_PART`` may match ``text`` (False: it cannot)."""
    return (("weekend" in text and any(h in text for h in _COMPARED_HINTS))
            or (any(w in text for w in _SPAN_WORDS) and _HOLIDAY_HINT.search(text) is not None))


def _partial(text: str) -> bool:
    """Whether the text names a part of the run (``_PARTIAL``, or a holiday or compared weekend)."""
    return bool(_PARTIAL.search(text) or (_weekend_hint(text) and _WEEKEND_PART.search(text)))


def _periods(text: str) -> list[re.Match[str]]:
    """The periods the text words (``_PERIOD`` and ``_WEEKEND_PART``), in order; of two starting together the
    weekend's ("the four-day Presidents Day weekend", not "four-day")."""
    found = list(_PERIOD.finditer(text))
    if "total" in text:  # "… in its second weekend (for a running total of $X)": the total so far, not that weekend
        found = sorted(found + list(_RUNNING_TOTAL.finditer(text)), key=lambda m: m.start())
    if _weekend_hint(text):
        weekends = list(_WEEKEND_PART.finditer(text))
        if weekends:
            spans = [(w.start(), w.end()) for w in weekends]
            found = sorted(weekends + [m for m in found if not any(a <= m.start() < b for a, b in spans)],
                           key=lambda m: m.start())
    return found
_HEDGE = re.compile(rf"{_words(_K['comparison_hedges'])}\s*(?:\w+\s+)?$", re.I)
# … and one before a count that is no money ("booked into more than 2,300 houses"): a hedge, no comparison
_HEDGED_COUNT = re.compile(rf"{_words(_K['comparison_hedges'])}(?=\s+(?:\d|(?:{NUMBER_WORD_RX})\b))", re.I)
_LEAD_IN = re.compile(rf"{_words(_K['lead_ins'])}\s+(?=\w+\s*$)", re.I)
# Money that is not the film's takings or cost.
_OTHER_MONEY = re.compile(rf"{_words(_K['other_money'])}|{_stems(_K['other_money_stems'])}", re.I)
# Money of a deal named earlier in the clause ("covered by presales, totalling $X").
_OTHER_MONEY_CLAUSE = re.compile(_stems(_K["other_money_clause"]), re.I)
# A person's pay ("he only earned $10,000"); case-sensitive so a title that is a pronoun is not caught.
_PERSON = re.compile(r"\b(?:he|she|they|him|her|his)\b")
_POSSESSIVE_TAIL = re.compile(r"(?:'s|’s|s')\s+(?:\w+\s+){0,2}$")
# a name's, a few words back: "Another Tale's opening three-day gross of $X"
_NAME_POSSESSIVE_TAIL = re.compile(r"\b[A-Z0-9][\w:-]*(?:'s|’s)\s+(?:[\w-]+\s+){3,4}$")


def _possessive_tail(text: str) -> bool:
    """Whether the text before a figure ends in another's possessive (``_POSSESSIVE_TAIL``, or a name's a few words
    back, read in its last characters only: it is anchored at the end), asked only of a text with an apostrophe."""
    return ("'" in text or "’" in text) and bool(_POSSESSIVE_TAIL.search(text) or _NAME_POSSESSIVE_TAIL.search(text[-70:]))
# "the $10 million opening of Another Film's …": a figure of another film, named after it
_OTHER_FILM_AFTER = re.compile(r"^\W*(?:[a-z]+\s+){0,2}(?:of|for|by)\s+(?:the\s+)?(?:[A-Z][\w'’:-]*\s+){0,5}?[A-Z][\w-]*(?:'s|’s)\s")
_GROSS = re.compile(_words(_K["gross_words"]), re.I)
_LAST_BREAK = re.compile(r",\s|;\s|\band\b|—|–\s")
_FIRST_BREAK = re.compile(r",\s|;\s|\s—|—\s|\s–\s|\sand\s|\sbut\s|\s(?:resulting|leading|bringing|giving)\s")
# ("again" in lower case: "Other Tale Again" is a title)
_RERUN = re.compile(rf"{_stems(_P['rerun_stems'])}|(?-i:{_words(_P['rerun_words'])})", re.I)
_CUMULATIVE = re.compile(_words(_P["cumulative"]), re.I)
# "$X including its re-releases", "$X over its original run and re-releases": a total, no part of the run
_WITH_RERUNS = re.compile(r"\b(?:including|includes|included|with|counting|over|from|across)\s+(?:[\w'’-]+\s+){0,4}?"
                          r"re-?(?:releas|issu)\w*", re.I)
# A re-release named in a figure's own window: the run a partial figure covers.
_RERUN_PERIOD = re.compile(_stems(_P["rerun_periods"]) + r"\w*", re.I)
_CUMULATIVE_AFTER = re.compile(_words(_P["cumulative_after"]), re.I)
_YEAR_RANK = re.compile("|".join(_K["year_rank"]), re.I)  # regular-expression fragments
_RANKING = re.compile(rf"{_words(_K['ranking'])}|\bNo\. ?\d|#\d", re.I)
# "weekend" that is not the opening one ("the weekend's total", "its second weekend").
_OTHER_WEEKEND = re.compile(r"(?<!opening )(?<!first )(?<!debut )(?<!opening-)\bweekends?\b(?! of (?:its )?(?:wide )?release)", re.I)
_LIMITED_RUN = re.compile(_words(_K["limited_run"]), re.I)
# Theatrical rentals, which older films report instead of a gross: "earned $7 million in (theatrical) rentals",
# "its North American rentals of $7 million". Their own kind ("rentals"), never filed as a gross.
_RENTAL_AFTER = re.compile(
    rf"^[\s)]*(?:\([^()]{{0,60}}\)\s*)?(?:in|as)\s+(?:(?:{_alt(_K['rental_modifiers'])[3:-1]})\s+){{0,2}}"
    rf"{_words(_K['rental_nouns'])}", re.I)
_RENTAL_BEFORE = re.compile(
    rf"{_words(_K['rental_nouns'])}\s+(?:{_alt(_K['rental_before_links'])[3:-1]})\s+"
    rf"(?:(?:about|around|approximately|roughly|some|nearly|almost|an\s+estimated|estimated|over|more\s+than|"
    rf"under|less\s+than|just|an?)\s+)*$", re.I)
_RENTAL_NOT = re.compile(_words(_K["rental_not"]), re.I)
_RENTAL_ADDITIVE = frozenset(w.lower() for w in _K["rental_additive"])

# Regions: after the figure ("$12.5 million in the United States and Canada") or before it
# ("a worldwide gross of $22 million").
_WORLD = _alt(_T["world"])[3:-1]
_DOMESTIC = rf"(?:in|from|at)\s+(?:the\s+)?{_alt(_T['domestic_markets'])}(?!\w)|{_alt(_T['domestic_words'])[3:-1]}"
_INTL = (rf"(?:in|from|on)\s+{_alt(_T['international_adjectives'])}\s+{_alt(_T['international_nouns'])}"
         rf"|outside (?:of )?(?:the )?{_alt(_T['outside_of'])}\w*|{_alt(_T['international_words'])[3:-1]}")
_INTL_BEFORE = re.compile(
    rf"(?P<r>\b(?:in|from|across)\s+(?:\d[\d,]*\s+)?{_alt(_T['international_adjectives'])}\s+{_alt(_T['international_nouns'])})"
    r"(?![\w-])[^.;$₹£€¥]{0,40}$", re.I)
# (the words skipped before the place never open a clause of their own: in "€5 million, and in Zenda €3 million"
# Zenda is the next figure's)
# (nor does a subordinate clause's opener: in "grossed $41,000, before it began streaming worldwide" the world is the
# streaming's)
_NEW_CLAUSE = r"(?!(?:and|but|while|whereas|compared|versus|before|until|when|which|who|although|though)\b)"
_REGION_AFTER = re.compile(rf"^[\s,)]*(?:\([^)]*\)\s*)?(?:{_NEW_CLAUSE}\w+\s+){{0,4}}?(?P<r>{_WORLD}|{_DOMESTIC}|{_INTL})", re.I)
_COUNTRY_AFTER = re.compile(
    rf"^[\s,)]*(?:\([^)]*\)\s*)?(?:{_NEW_CLAUSE}\w+\s+){{0,2}}?(?:in|from)\s+(?P<r>(?:the\s+)?[A-Z][\w.'’-]+(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w.'’-]+){{0,3}})"
)
_REGION_BEFORE = re.compile(
    rf"\b(?P<r>{_WORLD}|{_alt(_T['before_adjectives'])[3:-1]})\s+(?:box[- ]office\s+)?"
    rf"{_alt(_T['before_nouns'])}\b[^.;$₹£€¥]{{0,25}}$",
    re.I,
)
_MONTH_WORD = re.compile(rf"^(?:the\s+)?{_alt(_T['not_territory'])}\b")
# a market the table names is one even when its first word is a language's ("Tamil Nadu")
_KNOWN_MARKET = re.compile(rf"^(?:the\s+)?{_alt(_T['countries'])}(?![\w-])")


def _not_territory(text: str) -> bool:
    """Whether a capitalised run after "in" is no territory (a month, a language, IMAX …) and no market the table knows."""
    return bool(_MONTH_WORD.match(text)) and not _KNOWN_MARKET.match(text)
# "grossed ₹22 crore at the Ruritania box office": a market named after the figure by its name before "box office"
# (tried only where "box" follows the figure). Not by its adjective: "the Japanese box office" is kept, as written,
# only before the figure.
_BOX_OFFICE_AFTER = re.compile(
    rf"^[\s,)]*(?:{_NEW_CLAUSE}\w+\s+){{0,2}}?(?:at|in|on|from)\s+the\s+(?P<r>{_alt(_T['countries'])[3:-1]})\s+box[- ]office\b")
# A named country or market before the figure ("Collections in Ruritania, …, were ₹X",
# "in Ruritania, where it grossed $X", "the Ruritanian box office"). Case-sensitive.
_COUNTRY_BEFORE = re.compile(
    rf"\b(?:in|from|across|within)\s+(?:the\s+)?(?P<r>{_alt(_T['countries'])})(?![\w-])"
    rf"|(?P<adj>{_alt(list(_T['adjectives']))}\s+(?:box[- ]office|market|theatres|theaters|cinemas))"
    rf"|\b(?:at\s+)?the\s+(?P<at>{_alt(_T['countries'])})\s+box[- ]office")  # "at number one at the Ruritania box office"
_LIST_GOES_ON = re.compile(r",\s+(?:the\s+)?[A-Z]|\s+and\s+(?:the\s+)?[A-Z]")
_WORLD_RX = re.compile(_WORLD, re.I)
_INTL_WORD = re.compile(r"other|foreign|international|overseas|outside|rest of|abroad|elsewhere", re.I)
_DOMESTIC_WORD = re.compile(r"domestic|north america|united states|u\.s\.|\bus\b|^american", re.I)


# A territory that opens the sentence ("In Japan, the film grossed …", "Worldwide, it earned …").
_LEADING_REGION = re.compile(
    r"^(?:(?:In|Across|Within)\s+(?P<r>(?:the\s+)?[A-Z][\w.'’-]+(?:\s+(?:and\s+|of\s+)?[A-Z][\w.'’-]+){0,4})\s*,"
    r"|(?P<w>Worldwide|Globally|Overseas|Internationally|Domestically|Outside (?:of )?(?:the )?[A-Z][\w.]+(?: [A-Z]\w+)?)"
    # (a word of the world's markets with its comma, or straight before the film as the subject: "Overseas it grossed
    # a further $3 million")
    r"(?:\s*,|(?=\s+(?:it|the\s+(?:film|movie|picture))\s)))"
)
# Which sentences can hold money at all: a currency mark, or a number before a currency or scale word.
# Asked of every sentence, as two searches: a scan for a mark, then (none found) one that opens on a digit.
_MONEY_MARK = re.compile(rf"[{''.join(re.escape(s) for s in V['currencies']['symbols'])}]")
_MONEY_WORD = re.compile(
    rf"\d(?:[\s-]{_alt(V['scales']['words'])})?\s?(?i:new\s+|old\s+)?{_alt(V['currencies']['names'], flags='i')}")
# … or an abbreviation written before the figure ("DM 4.6 million": money.toml [currencies.prefix])
_MONEY_ABBREV = re.compile(rf"\b{_alt(list(V['currencies']['prefix']))}\s?\d")
_LOCAL_RUPEE = {code: re.compile(rf"\b{_alt(places)}", re.I) for code, places in V["currencies"]["local_rupee"].items()}
# "3.2 million pesos in Mexico": a currency word several countries use, that of the country the sentence names
_LOCAL = {word: [(code, re.compile(rf"\b{_alt(places)}\b")) for code, places in by_code.items()]
          for word, by_code in V["currencies"]["local"].items()}


_IN_NAME = re.compile(r"\b(?:in|from)\s+((?:the\s+)?[A-Z][\w.'’-]*)")


def _region_kind(region: str) -> str:
    if _WORLD_RX.search(region):
        return "worldwide"
    if _INTL_WORD.search(region):
        return "international"
    if _DOMESTIC_WORD.search(region):
        return "domestic"
    return ""


def _tidy(region: str) -> str:
    """Drop a sentence's full stop caught with the last word, keep abbreviations ("U.S.")."""
    region = region.strip()
    last = region.split()[-1] if region else ""
    return region[:-1] if last.endswith(".") and last.count(".") == 1 else region


def _region(before: str, after: str, sentence: str) -> tuple[str, str]:
    """(region text as written, kind it implies) for one figure; ('', '') when none is named."""
    m = _REGION_AFTER.match(after[:90])
    if m:
        return m.group("r"), _region_kind(m.group("r"))
    m = _REGION_BEFORE.search(before)
    if m:
        return m.group("r"), _region_kind(m.group("r"))
    m = _BOX_OFFICE_AFTER.match(after[:90]) if "box" in after[:90] else None
    if m:  # the country itself, as "Collections in Ruritania" gives it
        return m.group("r"), ""
    m = _COUNTRY_AFTER.match(after[:80])
    if m and not _not_territory(m.group("r")) and not _HOME_MEDIA.search(m.group("r")):
        return _tidy(m.group("r")), _region_kind(m.group("r")) if _DOMESTIC_WORD.search(m.group("r")) else ""
    # (the sentence's first figure only: after another figure, its "in other territories" is that one's)
    m = _INTL_BEFORE.search(_tail(before, 120)) if sentence.startswith(before) and _INTL_WORD.search(before) else None
    if m:  # "it opened in 74 overseas markets, which brought in $X"
        return m.group("r"), "international"
    # one market named in the clause before the figure; a list of markets names none of them
    clause = _tail(before, 120).rsplit(";", 1)[-1]
    hits = {m.group("r") or m.group("adj") or m.group("at") for m in _COUNTRY_BEFORE.finditer(clause)
            if not _LIST_GOES_ON.match(clause, m.end())}
    if len(hits) == 1:
        return hits.pop(), ""
    m = _LEADING_REGION.match(sentence)
    if m and not _not_territory(m.group("r") or "") and not any(
            not _not_territory(n.group(1)) for n in _IN_NAME.finditer(before)):
        # (not when the figure's own clause names a place of its own: "In Osterlich, …, while in Zenda it made $X")
        r = m.group("r") or m.group("w")
        return _tidy(r), _region_kind(r)
    return "", ""


def _tail(text: str, n: int) -> str:
    """The last ``n`` characters or so, starting at a word: a cut "The" must not read as "he"."""
    if len(text) <= n:
        return text
    cut = text[-n:]
    return cut[cut.find(" ") + 1 :] if " " in cut else cut


def _own(before: str, after: str, first: bool) -> tuple[str, str]:
    """The part of the window that belongs to this figure alone.

    Between two figures the words after a comma or "and" introduce the next one: in "grossed
    $2 million in its opening weekend and $9 million overall" the opening weekend is the first
    figure's. The first figure keeps its whole lead-in ("In its opening weekend, it grossed $X")."""
    own_before = _tail(before, 80) if first else _LAST_BREAK.split(before)[-1]
    own_after = _FIRST_BREAK.split(after, maxsplit=1)[0]
    return own_before, own_after


def _is_budget(near_before: str, after: str) -> bool:
    if _BUDGET_AFTER.match(after) or _COST_TO_MAKE_AFTER.match(after) or _MADE_FOR.search(near_before):
        return True
    m = _BUDGET_BEFORE.search(near_before)
    # ("despite its $60 million budget, grossed only $30 million": a takings verb after the budget word)
    return bool(m) and not _GROSS_VERB.search(near_before, m.start())


# ("recouped its $20 million budget, earning $60 million": the participle's figure is takings too)
_GROSS_VERB = re.compile(r",\s+(?:\w+\s+){0,2}?(?:grossed|earned|collected|made|took|netted|raked|grossing|earning"
                         r"|collecting|making|taking|netting|raking)\b")
# "…, for a total budget of $X": "total" there is the cost's, not the takings'
_TOTAL_COST = re.compile(r"\btotal\s+(?:production\s+)?(?:budget|cost)", re.I)


# Words of other_money that point at a figure after them ("compared with Another Tale's $X", "behind Another
# Tale ($X)"): they count in the figure's own clause before it, not after it ("$X during its run, compared with
# the original's $Y" is this film's) nor in an earlier clause ("when compared to other ventures, it grossed $X").
_BEFORE_ONLY = frozenset(w.lower() for w in _K["other_money_before_only"])


def _others_money(window: str, split: int) -> bool:
    """Whether the window (its own text before the figure up to ``split``, then the text after) names money that
    is not the film's takings or cost."""
    m = _OTHER_MONEY.search(window)
    if m is None:
        return False
    if m.group(0).lower() not in _BEFORE_ONLY:
        return True  # (most texts: the first word found says so, no need to read on)
    cut = max(window.rfind(", ", 0, split), window.rfind(" but ", 0, split)) + 1
    return any(m.group(0).lower() not in _BEFORE_ONLY or cut <= m.start() < split for m in _OTHER_MONEY.finditer(window))


# "opened at #5 at that week's box office, grossing $X": a chart, no part of the run
_CHART_WEEK = re.compile(r"\b(?:that|the|this)\s+week(?:end)?['’]s\s+(?:box[- ]office|chart)", re.I)
# "… opened in 74 markets, which brought in $X during the weekend": the weekend of the opening the sentence tells
_THE_WEEKEND = re.compile(r"\b(?:during|over|in|for|on)\s+(?:the|that)\s+weekend\b(?!['’])", re.I)
_OPENED_EARLIER = re.compile(r"\b(?:opened|debuted|opening|premiered)\b", re.I)


# "…, and a 1976 re-release added another $X": a re-release's takings told as what it added
_ADDED = re.compile(r"\badded\b[^$₹£€¥]{0,20}$")
# Where the next clause starts after a figure ("$X in Ruritania, and a 1976 re-release added …"): a re-release
# named there is the next figure's run, not this one's.
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s")


def _clause_after(after: str) -> str:
    m = _NEXT_CLAUSE.search(after)
    return after[: m.start()] if m else after


def _kind(before: str, after: str, earlier: str, first: bool) -> str:
    """The kind of one figure from its window, or '' when the window does not say.

    ``before`` is the text since the previous figure, ``after`` the text up to the next one and
    ``earlier`` all of the sentence before the figure: in "grossed $12.5 million in the United
    States and Canada and $9.5 million in other territories" the second figure's verb is far back."""
    near_before = _tail(before, 80)
    if _PER_THEATER.match(after):
        return "per_theater"
    if _is_budget(near_before, after):
        if (_BUDGET_CHANGE.search(near_before) and not _OVER_HEDGE.search(near_before)) or re.match(
                r"\s*(?:more|over budget)\b", after):
            return ""  # an increase or overrun, not the budget itself
        if _BUDGET_PART.search(near_before + after[:30]):
            return ""
        return "budget"
    own_before, own_after = _own(before, after, first)
    window = _HEDGE.sub(" ", _LEAD_IN.sub(" ", own_before) if "on to" in own_before else own_before) + " " + own_after[:60]
    if "than" in window:
        window = _HEDGED_COUNT.sub(lambda m: " " * len(m.group()), window)
    if _RENTAL_AFTER.match(own_after) or _RENTAL_BEFORE.search(own_before):
        # theatrical rentals, unless a home video's, a person's or a part of the run's
        if not (_HOME_MEDIA.search(window) or _RENTAL_NOT.search(window) or _PERSON.search(own_before)
                or any(m.group(0).lower() not in _RENTAL_ADDITIVE for m in _PARTIAL.finditer(window))
                or _RERUN.search(earlier + after)):
            return "rentals"
    split = len(window) - len(own_after[:60]) - 1
    if ((_others_money(window, split) and not (  # (a weekend's "drop from the previous weekend" is no other's figure)
            _weekend_hint(window) and not _others_money(_WEEKEND_COMPARED_RX.sub(lambda m: " " * len(m.group()), window), split)))
            or _possessive_tail(own_before) or _PERSON.search(own_before)
            or _OTHER_FILM_AFTER.match(own_after) or _OTHER_MONEY_CLAUSE.search(near_before)):
        return ""
    if _HOME_MEDIA.search(window) and not _rerun_own_clause(own_before, own_after):
        return "home_media"
    if (_RERUN_PERIOD.search(window) and not _CUMULATIVE.search(window) and not _WITH_RERUNS.search(window)
            and (_GROSS.search(near_before) or _GROSS.search(own_after[:40]) or _ADDED.search(own_before))):
        return "partial"  # "In its 1975 re-release, it earned an additional $2 million": that run's takings
    if "s box" in window:
        window = _CHART_WEEK.sub(" ", window)  # "at that week's box office": the chart, no part of the run
    if " for " in window and _RAN_FOR.search(window):
        window = _RAN_FOR.sub(lambda m: " " * len(m.group()), window)  # "ran for 150 days": the whole run's length
    if _OVER_OPENING.match(own_after) and (_GROSS.search(near_before) or _OPENED_EARLIER.search(own_before + earlier[-80:])):
        return "opening_weekend"  # "opened at number one with ₩5.8 billion over its opening weekend": during, not compared with
    part_window = window
    where = own_before.rfind(", where ")
    if where >= 0 and not _periods(own_before[:where]):
        # "released a dubbed version cut to 93 minutes in Zenda, where it grossed $X": Zenda's takings; the version
        # before the place's clause is no part of the run (a period there would be: "in its second week in Zenda, where …")
        part_window = own_before[where:] + " " + own_after[:60]
    last = _LAST_BREAK.split(own_before)[-1] if first else own_before
    if last != own_before and _CUMULATIVE.search(last):
        # "It held well in the following weeks and finished with a total of $X": the period is the earlier clause's,
        # the figure's own clause tells a total
        part_window = last + " " + own_after[:60]
    if _partial(part_window) and not _WITH_RERUNS.search(window):
        # part of the run: kept, with its period, only when the figure is plainly takings
        if (_PERIOD.search(window) or (_weekend_hint(window) and _WEEKEND_PART.search(window))) and (_GROSS.search(near_before) or _GROSS.search(after[:40]) or _GROSS.search(earlier)
                                       or _MOVED_TO.search(near_before)) and not _RERUN.search(earlier + after):
            return "partial"
        if _another_territory(window, own_after, earlier, first):
            return "gross"
        return ""
    if (_OPENING.search(window) or _OPENING_VERB.search(own_before) or _OPENED_TO_WEEKEND.search(own_before)
            or _OPENED_AT_RANK.search(near_before)):
        return "opening_weekend"
    if "weekend" in window and _THE_WEEKEND.search(window) and _OPENED_EARLIER.search(earlier) and (
            _GROSS.search(near_before) or _GROSS.search(after[:40])):
        return "opening_weekend"  # "it opened in 74 markets, which brought in $61 million during the weekend"
    if _RERUN.search(earlier + _clause_after(after)) and not (_CUMULATIVE.search(before[-60:]) or _CUMULATIVE_AFTER.search(after[:60])
                                               or _WITH_RERUNS.search(window)):
        return ""  # a re-release's takings, unless the figure is the new running total
    if (_RANKING.search(before[-60:] + after[:60]) or _OTHER_WEEKEND.search(earlier + after)) and not (
            _YEAR_RANK.search(before[-80:] + after[:80]) and not _OTHER_WEEKEND.search(earlier + after)):
        return ""  # a weekend's chart position without saying which weekend
    if _GROSS.search(near_before) or _GROSS.search(_TOTAL_COST.sub(" ", after[:40])) or _LIMITED_RUN.search(after[:60]):
        return "gross"
    if _GROSS.search(earlier) and _region(before, after, earlier)[1]:
        return "gross"
    if _GROSS.search(earlier) and _WHOLE_RUN.match(after):
        return "gross"  # "grossed $3 million in its opening weekend, and $31 million over its full run"
    if _GROSS.search(earlier) and _OF_WHICH.search(near_before) and (m := _COUNTRY_AFTER.match(after[:80])) \
            and not _not_territory(m.group("r")) and not _HOME_MEDIA.search(m.group("r")):
        return "gross"  # "a worldwide gross of ₹93 crore, of which ₹71 crore came from Zenda": that place's share
    return ""


def _rerun_own_clause(own_before: str, own_after: str) -> bool:
    """Whether the figure's own clause is a re-release's and names no home media: in "It was released on VHS in
    1998, and a 2002 re-release in IMAX theatres added $X" the video is the earlier clause's."""
    last = _LAST_BREAK.split(own_before)[-1]
    return bool(_RERUN_PERIOD.search(last)) and not _HOME_MEDIA.search(last + " " + own_after[:60])


def _another_territory(window: str, own_after: str, earlier: str, first: bool = False) -> bool:
    """"earned $3 million in the United States, and a further $900,000 in Zenda": an additive word ("a further",
    "another") before a figure a place follows adds that place's takings to the sentence's, no part of the run
    (the only part-of-the-run words in the window are the additive ones, a takings verb stands earlier)."""
    if not all(m.group(0).lower() in _RENTAL_ADDITIVE for m in _PARTIAL.finditer(window)):
        return False
    if _RERUN.search(earlier + own_after) or not _GROSS.search(earlier):
        return False
    if _REGION_AFTER.match(own_after[:90]):
        return True  # "… and a further $2 million overseas"
    m = _COUNTRY_AFTER.match(own_after[:80])
    if m:
        return not _not_territory(m.group("r")) and not _HOME_MEDIA.search(m.group("r"))
    # "Overseas it grossed a further $3 million": the sentence's first figure, its place opening the sentence
    m = _LEADING_REGION.match(earlier) if first else None
    return bool(m) and not _not_territory(m.group("r") or "")


# A figure of the whole run after the sentence's takings verb: "…, and $31 million over its full Ruritanian run"
_WHOLE_RUN = re.compile(r"\s*(?:(?:over|during|in|across|for|from)\s+(?:its|the)\s+(?:(?:full|entire|whole|complete|total|"
                        r"theatrical|original|first)\s+)*(?:[A-Z][\w-]+\s+)?(?:run|release)\b|(?:in\s+total|overall|in\s+all"
                        r"|altogether)\b)")


_FROM_TO = re.compile(r"\s*(?:to|and then to|and later to|and eventually to)\s*")
# Below this a figure is a ticket or retail price, not takings or a budget.
_MIN_AMOUNT = 1000
_CONVERSION_OPEN = re.compile(r"\(\s*(?:about|around|approx\.?|approximately|roughly|c\.|~|est\.|equivalent\s+to|or)?\s*$", re.I)


def _bracketed(sentence: str, span: MoneySpan) -> bool:
    """A figure alone in brackets is a conversion of the one before ("₹100 crore (US$14 million)",
    "(US$14 million in 2018)") or an aside about something else ("behind another new release
    ($15 million)"): never a fact of its own."""
    return bool(_CONVERSION_OPEN.search(sentence[: span.start])
                and re.match(r"\s*(?:(?:in|as\s+of|at)\s+\d{4})?\s*\)", sentence[span.end :])
                and not _PLACE_OPEN.search(sentence[: span.start]))


_PLACES = rf"{_alt(_T['countries'] + _T['domestic_markets'])}"
_PLACE_ITEM = re.compile(rf"(?<![\w-])(?:the\s+)?(?P<p>{_PLACES})\s*\(\s*$")
# "… in France ($7.1 million), Mexico ($5 million)": a figure in brackets after a place is that place's.
_PLACE_OPEN = re.compile(rf"(?:^|[,;]\s+|\bin\s+|\band\s+)(?:the\s+)?(?:{_PLACES})\s*\(\s*$")


# A list of places, each with its figure, after one verb: the text between two figures is the first
# one's place and a separator, and the next figure names its own place right after it.
_LIST_SEP = re.compile(r"\s*(?:[,;.]\s*(?:and\s+)?|\s+and\s+)")
_REGION_KINDS = frozenset({"domestic", "international", "worldwide"})
_LISTED_KINDS = frozenset({"gross", "rentals", "opening_weekend"}) | _REGION_KINDS


def _list_goes_on(prev: MoneyFact, before: str, after: str) -> bool:
    """Whether a figure continues a list of places whose previous item was ``prev`` ("₹2 crore in
    Ruritania, ₹40 lakh in Osterlich"): the text between them is only ``prev``'s place and a
    separator, and this figure is followed by a place of its own."""
    if prev.kind not in _LISTED_KINDS or not prev.region:
        return False
    at = before.find(prev.region)
    if at < 0 or not re.fullmatch(r"\s*(?:(?:in|from|across)\s+)?(?:the\s+)?", before[:at]):
        return False
    if not _LIST_SEP.fullmatch(before[at + len(prev.region):]):
        return False
    m = _COUNTRY_AFTER.match(after[:80])
    return bool(m) and not _not_territory(m.group("r")) and not _HOME_MEDIA.search(m.group("r"))


# A name right before the takings verb: "In the same year, Another Tale made $22 million" is another film's figure.
# ("; the comedy Another Tale, released the same month, grossed $X": a described name, a participle's clause between)
_NAMED_EARNER = re.compile(
    r"(?:^|[,;]\s+|\b(?:while|whereas|and|but)\s+)(?:the\s+(?:[a-z-]+\s+){1,3})?"
    r"(?P<s>[A-Z][\w'’:.!-]*(?:\s+(?:[A-Z0-9][\w'’:.!-]*|of|the|and|a|an|in|to|for|e|y|et|und|as|os|da|do|de|la|le|el|du|di))*)"
    r"(?:,\s+(?:released|directed|made|produced|starring|opening|out)\b[^,;$₹£€¥]{0,50},"
    r"|,\s+(?:despite|with|on)\s+(?:its|a|an)\s+[^,;]{0,40},)?"  # "Another Tale, despite its $60 million budget, grossed"
    rf"\s+(?:(?:has|had|have)\s+)?(?:also\s+|only\s+)?{_words(_K['earner_verbs'])}\s*"
    r"(?:(?:about|around|approximately|over|nearly|almost|just|only|under|more\s+than|less\s+than|an\s+estimated|some)\s+)*$")
_FILM_SUBJECTS = frozenset(w.lower() for w in _K["film_subjects"])
# "Another Tale, despite its $60 million budget, …": a named film's own budget, told beside this one's
_NAMED_BUDGET = re.compile(r"(?:^|[,;]\s+|\b(?:while|whereas|and|but)\s+)(?:the\s+(?:[a-z-]+\s+){0,3})?"
                           r"(?P<s>[A-Z][\w'’:.!-]*(?:\s+(?:[A-Z0-9][\w'’:.!-]*|of|the|and|a|an|in|to|for))*)"
                           r",\s+(?:despite|with|on)\s+its\s*$")


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


_NAME_RUN = r"(?<![\w'’.-])(?P<s>[A-Z][\w'’:.!-]*(?:\s+(?:[A-Z0-9][\w'’:.!-]*|of|the|and|a|an|in|to|for))*)"
_HEDGES = r"(?:(?:about|around|approximately|over|nearly|almost|just|under|more\s+than|less\s+than|an\s+estimated|some)\s+)*"
# "… the same weekend as the comedy Another Tale, which opened to $X", "Another Tale (2001), a thriller that grossed
# $X", "Another Tale, released the same day, which made $X": a named film's takings in a clause about it
_WHICH_EARNER = re.compile(
    rf"{_NAME_RUN}(?:\s+\(\d{{4}}\))?(?:,\s+(?:an?\s+(?:[\w-]+\s+){{1,3}}?that|(?:[^,;$₹£€¥]{{1,60}},\s+)?which)|\s+that)\s+"
    rf"(?:(?:had|has|also|only|then|later)\s+)*(?:{_words(_K['earner_verbs'])}"
    rf"|{_words(_K['lead_ins'])}\s+{_words(_K['earner_infinitives'])}|(?:opened|debuted)\s+(?:[\w,-]+\s+){{0,5}}?"
    rf"(?:to|with|at))\s*{_HEDGES}$")
# "…; the comedy Another Tale opened second with $X": another named film's opening, told beside this one's
_NAMED_OPENER = re.compile(
    rf"(?:^|[,;]\s+|\b(?:while|whereas|and|but)\s+)(?:the\s+(?:[a-z-]+\s+){{0,3}})?{_NAME_RUN}(?:\s+\(\d{{4}}\))?\s+"
    rf"(?:opened|debuted)\s+(?!it\b|the\s+(?:film|movie|picture)\b)(?:[\w,-]+\s+){{0,5}}?(?:to|with|at)\s*{_HEDGES}$")
_OTHER_HINTS = ("which", "that", "opened", "debuted")


def _other_earner(before: str, title: str) -> bool:
    """Whether the figure's subject is a name that is no part of the film's title (another film's takings)."""
    if not title:
        return False
    tail = before[-160:]
    m = _NAMED_EARNER.search(tail[-120:])
    if (m is None or _ours(m.group("s"), title)) and any(h in tail for h in _OTHER_HINTS):
        m = _WHICH_EARNER.search(tail) or _NAMED_OPENER.search(tail)
    return bool(m) and not _ours(m.group("s"), title)


def _ours(subject: str, title: str) -> bool:
    """Whether a subject names this film (its title, or a word that is the film all the same)."""
    subject = _fold(subject)
    if subject in _FILM_SUBJECTS or subject.split()[0] in _FILM_SUBJECTS:
        return True
    return f" {subject.removeprefix('the ')} " in f" {_fold(title)} "


# "…, and in Zenda €3 million": a figure for another place after one with its place, the verb not repeated
_AND_IN_PLACE = re.compile(r",?\s*(?:and|while|whereas|but)\s+(?:in|from)\s+(?:the\s+)?"
                           r"(?P<p>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})\s*,?\s*"
                           r"(?:(?:about|around|approximately|over|nearly|another|a\s+further)\s+)?")
# "Another Tale's $15 million opening day takings, and $43 million opening weekend earnings": a figure joined to
# another's by a few lower-case words and "and" is of the same film.
_ANOTHERS_GOES_ON = re.compile(r"(?:\s+[a-z][\w-]*){0,4},?\s+and\s+")
# "Ora Pell's next film, Another Tale (2001), debuted … and took in $3 million": another film of the same
# people, its takings named later in the clause (not "first" or "debut": that may be this film).
_NEXT_FILM = re.compile(
    rf"(?:^|[;,]\s+|\b(?:and|while|but|whereas)\s+)(?:(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.-]*(?:'s|’s)|[Hh]is|[Hh]er|[Tt]heir"
    # "Another Tale, the director's previous film, had grossed $X": the people named by their part
    rf"|[Tt]he\s+(?:{_alt(_K['film_people'])[3:-1]})(?:'s|’s))"
    rf"\s+{_alt(_K['other_film_steps'])}\s+(?:feature\s+)?(?:film|movie|picture|feature)\b")
# "…, with the director Tam Osk, whose own film Kip's Run (2018) had grossed $40 million, …": a person's film, in the
# relative clause the figure stands in
_WHOSE_FILM = re.compile(r"\bwhose\s+(?:[a-z]+\s+){0,2}(?:film|movie|feature|picture|debut|documentary)\b[^,;]*$")
# (its cheap test: one of the nouns _NEXT_FILM ends in, "Ora Pell's previous feature, Another Tale, had grossed $X")
_FILM_NOUN = re.compile(r"film|feature|movie|picture")
# A budget's stage, kept as its period: "The initial budget was $X", "the final cost of $X", "announced with a
# budget of $X" (a plan): what a card shows beside the figure, so a first estimate is never read as the cost.
BUDGET_STAGES = frozenset(_K["budget_stages"].values())
# (the stage word may stand a clause back, "announced in late 1983 for a mid-1985 release date on a budget of $X", as
# long as no verb of the making stands between it and the figure: "announced in 2019 and made on a budget of $X" is
# the cost; the last stage word before the figure is its stage)
_BUDGET_STAGE = re.compile(rf"{_words(list(_K['budget_stages']))}(?=[^.;$₹£€¥]{{0,70}}$)", re.I)
_MADE_BETWEEN = re.compile(_words(_K["made_verbs"]), re.I)
# "The initial budget was $X, but ballooned to $Y": the budget it grew to
_BUDGET_GREW = re.compile(rf"\s*,?\s*(?:(?:but|and|which)\s+)?(?:(?:later|eventually|then|soon|ultimately)\s+)?"
                          rf"{_words(_K['budget_grew'])}\s+to\s+(?:(?:about|around|approximately|over|nearly|some)\s+)?")
# "$7 million in its second weekend and $5 million in its third": the unit left out after the ordinal
_ORDINALS = _alt(_P["period_ordinals"])
_ORDINAL_PERIOD = re.compile(rf"{_ORDINALS}[\s-]+(?:weekend|week|day)s?", re.I)
_ELIDED_ORDINAL = re.compile(rf"\s*(?:in|during|over|on)\s+its\s+(?P<o>{_ORDINALS})\b(?!\s+\w)", re.I)
# "It ran for over 150 days in several centres and grossed ₹X": the run's length, no part of it
_RAN_FOR = re.compile(rf"{_words(_P['run_length_verbs'])}\s+for\s+(?:(?:over|more\s+than|about|nearly|some|around)\s+)?"
                      rf"(?:\d+|{NUMBER_WORD_RX})\s+(?:days|weeks|months)\b", re.I)
# "… $X over its opening weekend" right after the figure: the weekend it was taken in (weekend_compared reads "up 10%
# over its opening weekend", a later weekend's)
_OVER_OPENING = re.compile(r"\s*over\s+(?:its|the)\s+(?:\S+\s+)?(?:opening|first|debut)\s+weekend\b", re.I)
_OF_WHICH = re.compile(r"\bof\s+which\s*$")
# The additive words right before a figure ("and a further $X overseas")
_ADDITIVE_BEFORE = re.compile(rf"{_words(_K['rental_additive'])}\s*$", re.I)
# "It was re-released in 1981 and grossed a further $X, and again in 1982 with a gross of $Y": the same run's kind
_AGAIN = re.compile(r"\bagain\b")


# Another work as the subject of the sentence or of a clause after ";" (money.toml other_work_subjects): "A sequel, Other
# Tale II (1990), directed by Ora Pell, grossed HK$9 million", "Its remake earned $30 million". The figures after it
# are that work's until the clause names the film again ("…; it grossed", "but the film earned").
_OTHER_WORK_SUBJECT = re.compile(
    rf"(?:^|;\s+)(?:An?|Its|Their|His|Her|(?<=;\s)(?:an?|its|their|his|her))\s+(?:[a-z][\w-]*\s+){{0,3}}?{_words(_K['other_work_subjects'])}")
# … and after "The", only with the other work's name in apposition ("The sequel, Other Tale II, grossed $4 million"),
# a name that is not this film's title
_THE_OTHER_WORK = re.compile(
    rf"(?:^|;\s+)The\s+(?:[a-z][\w-]*\s+){{0,2}}?{_words(_K['other_work_subjects'])},\s+(?P<name>[A-Z][^,;()$₹£€¥]{{0,60}}?)"
    r"(?:\s+\(\d{4}\))?,")
# "the original" in an article whose lead makes the film a remake or sequel of another: that earlier film, as a
# subject anywhere ("By comparison, the Ruritanian original had grossed $X", "shortly after the original Other Tale
# grossed $Y"), never "the original run" (a noun after it is this film's)
_DERIVED_LEAD = re.compile(_words(_K["derived_work_leads"]), re.I)
_ORIGINAL_WORK = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts)\s+(?:[A-Z][\w-]*+\s+)?{_words(_K['original_work_nouns'])}(?:\s+(?:film|movie|picture))?"
    rf"(?=\s+(?:[A-Z]|(?:had|has|also|only|then|later)\b|{_words(_K['earner_verbs'])})|,)")
# "The American remake, directed by Ora Pell, grossed $14 million": another work named by one capitalised word (a
# country's or a language's) before the noun, in an article that is no remake or sequel itself
_THE_ADJ_WORK = re.compile(rf"(?:^|;\s+)The\s+[A-Z][\w-]*+\s+{_words(_K['other_work_subjects'])}")
_FILM_AGAIN = re.compile(r"\b(?:it|the\s+(?:film|movie|picture|original)|this\s+(?:film|movie|picture))\b|;", re.I)
_OTHER_WORK_HINT = re.compile(_alt(_K["other_work_subjects"] + _K["original_work_nouns"]), re.I)


def _other_work_until(text: str, title: str, derived: bool = False) -> list[tuple[int, int]]:
    """Spans of the sentence whose figures are another work's: from a clause whose subject is another work of the
    franchise to where the film is named again (or the clause ends)."""
    out = []
    named = [m for m in _THE_OTHER_WORK.finditer(text) if not _ours(m.group("name"), title)]
    more = _ORIGINAL_WORK.finditer(text) if derived else _THE_ADJ_WORK.finditer(text)
    for m in [*_OTHER_WORK_SUBJECT.finditer(text), *named, *more]:
        back = _FILM_AGAIN.search(text, m.end())
        out.append((m.end(), back.start() if back else len(text)))
    return out


def _title_possessive(text: str, title: str) -> str:
    """The text with the film's own possessive read as "its" ("Other Tale's lifetime gross was $X" is this film's
    gross, not another's), padded so every offset stays."""
    for mark in ("'s", "’s"):
        if title and title + mark in text:
            text = text.replace(title + mark, "its".ljust(len(title) + 2))
    return text


def _facts_of_sentence(sent: Sentence, title: str = "", lead: str = "", derived: bool = False) -> list[MoneyFact]:
    """Money facts of one sentence; ``lead`` is the article's first sentence, ``derived`` whether its lead makes the
    film a remake or sequel of another (``_DERIVED_LEAD``)."""
    text = sent.text
    spans = [s for s in iter_money(text) if not _bracketed(text, s)]
    if ("'s" in text or "’s" in text) and title:
        text = _title_possessive(text, title)
    out: list[MoneyFact] = []
    last_before = ""  # the text the figure before had to itself: another's figure if it ends in a possessive
    others = _other_work_until(text, title, derived) if _OTHER_WORK_HINT.search(text) else []
    if others:  # "A sequel, Other Tale II, … grossed $9 million": that work's figures
        spans = [s for s in spans if not any(a <= s.start < b for a, b in others)]
    for i, span in enumerate(spans):
        before = text[spans[i - 1].end if i else 0 : span.start]
        after = text[span.end : spans[i + 1].start if i + 1 < len(spans) else len(text)]
        kind = _kind(before, after, text[: span.start], i == 0)
        prev_before_own, last_before = last_before, before
        if kind and kind != "budget" and (_other_earner(text[: span.start], title) or (
                i and _ANOTHERS_GOES_ON.fullmatch(before) and _possessive_tail(_own(prev_before_own, "", i == 1)[0]))):
            continue
        if kind == "budget" and ", " in before and (named := _NAMED_BUDGET.search(before[-120:])) and not _ours(
                named.group("s"), title):
            continue
        if kind and kind != "budget" and _FILM_NOUN.search(text[: span.start]) and (
                _NEXT_FILM.search(text[: span.start]) or "whose" in before and _WHOSE_FILM.search(before)):
            continue
        prev = out[-1] if i and out and out[-1].text == spans[i - 1].text else None
        inherited = ""
        if not kind and prev and prev.kind == "budget" and _BUDGET_GREW.fullmatch(before):
            kind = "budget"
        if not kind and prev and prev.kind in {"partial", "opening_weekend"} and before.strip() == "(" and (
                _partial(after[:60]) and _periods(after[:60])):
            kind = "partial"  # "$7 million ($9 million over the four-day holiday weekend)": its own period
        if not kind and prev and prev.kind == "partial" and " its " in after[:12] and _ORDINAL_PERIOD.fullmatch(prev.period):
            elided = _ELIDED_ORDINAL.match(after)
            if elided:  # "$7 million in its second weekend and $5 million in its third": that weekend's
                kind, inherited = "partial", elided.group("o")
        if not kind and prev and prev.kind == "partial" and _RERUN_PERIOD.fullmatch(prev.period) and _AGAIN.search(
                before) and _GROSS.search(before):
            kind, inherited = "partial", prev.period  # "… and again in 1982 with a gross of $X": another re-release
        if not kind and out and out[-1].text == spans[i - 1].text and _FROM_TO.fullmatch(before):
            kind = out[-1].kind  # "escalated from $10 million to $15 million": both are budgets
        if not kind and i and out and out[-1].text == spans[i - 1].text and _list_goes_on(out[-1], before, after):
            # "₹2 crore in Ruritania, ₹40 lakh in Osterlich and …": one verb, a figure for each place
            kind = "gross" if out[-1].kind in _REGION_KINDS else out[-1].kind
        if kind == "gross" and prev and prev.kind == "rentals" and _ADDITIVE_BEFORE.search(before):
            kind = "rentals"  # "$4 million in rentals from North America and a further $2 million overseas": rentals too
        and_in = None
        if not kind and prev and prev.kind in _LISTED_KINDS and prev.region and " in " in before:
            and_in = _AND_IN_PLACE.fullmatch(before)
            if and_in and not _not_territory(and_in.group("p")):
                # "In Ruritania it grossed €5 million, and in Zenda €3 million": the same kind, that place's
                kind = "gross" if prev.kind in _REGION_KINDS else prev.kind
            else:
                and_in = None
        place = _PLACE_ITEM.search(text[: span.start]) if i else None
        if place and out and out[-1].text == spans[i - 1].text and out[-1].region and re.fullmatch(
                rf"[^$₹£€¥.;]*\)\s*,?\s*(?:and\s+)?(?:the\s+)?(?:{_PLACES})\s*\(\s*", before):
            # "… in the United Kingdom ($9 million), France ($7.1 million)": the list's kind, each its own place
            out.append(replace(out[-1], amount=span.amount, amount_high=span.amount_high, region=place.group("p"),
                               text=span.text, qualifier=span.qualifier))
            continue
        if not kind or (span.amount < _MIN_AMOUNT and kind != "per_theater"):
            continue
        currency = _currency(span, text, lead)
        if kind in {"per_theater", "budget"}:
            region, region_kind = "", ""
        elif i and before.rstrip().endswith("(") and ")" not in before:
            # "… in Ruritania, it topped the box office with $5 million ($7 million with previews)": a figure
            # in brackets after another is of that one's place
            prev_before = text[spans[i - 2].end if i > 1 else 0 : spans[i - 1].start]
            region, region_kind = _region(prev_before, before, text)
        elif and_in:
            region, region_kind = and_in.group("p"), ""
        else:
            region, region_kind = _region(before, after, text)
        place = _PLACE_ITEM.search(text[: span.start]) if kind not in {"per_theater", "budget"} and not region else None
        if place and re.search(r"\bin\s+(?:the\s+)?" + re.escape(place.group("p")) + r"\s*\(\s*$", text[: span.start]):
            region = place.group("p")  # "the highest-grossing film of 2011 in Ruritania ($477,117)"
        if region_kind == "domestic" and currency != "USD":
            region_kind = ""  # "domestic" means the North American market, reported in dollars
        if kind == "gross" and region_kind:
            kind = region_kind
        period = ""
        if kind == "budget":
            tail = _tail(before, 90)
            stages = list(_BUDGET_STAGE.finditer(tail))
            stage = stages[-1] if stages else None  # the last stage word said before the figure
            if stage is not None and _K["budget_stages"][" ".join(stage.group(0).lower().split())] != "final" \
                    and _MADE_BETWEEN.search(tail, stage.end()):
                stage = None  # "announced in 2019 and made on a budget of $X": the cost it was made for
            period = _K["budget_stages"][" ".join(stage.group(0).lower().split())] if stage else ""
        if kind == "partial" and inherited:
            period = inherited
        elif kind == "partial":
            own = _own(before, after, i == 0)
            period = _period(*own)
            # the re-release named nearest the figure: right after it, else the last before it
            rerun = _RERUN_PERIOD.search(own[1][:60]) or next(reversed(list(_RERUN_PERIOD.finditer(own[0]))), None)
            if rerun and (not period or _OPENING.fullmatch(period)):
                period = rerun.group(0)  # a re-release's takings ("its first weekend of re-release"): that run
            elif _OPENING.fullmatch(period):
                kind, period = "opening_weekend", ""  # "First weekend collections stood at ₹X"
        out.append(MoneyFact(sentence=sent.idx, kind=kind, amount=span.amount, amount_high=span.amount_high,
                             currency=currency, qualifier=span.qualifier, region=region, text=span.text,
                             period=period))
    return out


def _period(own_before: str, own_after: str) -> str:
    """The period nearest the figure: right after it ("$1 million from Thursday night previews"),
    else the last one before it ("in its second weekend, it made $X")."""
    # (a running total after the figure leads the next one: "$X (for a running total of $Y)")
    found = [m for m in _periods(own_after[:60]) if m.re is not _RUNNING_TOTAL]
    m = found[0] if found else None
    if not m:
        found = _periods(own_before)
        m = found[-1] if found else None
    if m is None:
        return ""
    return m.group(0)


def _currency(span: MoneySpan, sentence: str, lead: str = "") -> str:
    """Rupee figures in a sentence about a country with its own rupee are that rupee ("Rs. 5 crore in X"); a peso,
    franc or krone figure is the country's its sentence names, else the one the lead names ("… is a 2006 Argentine
    drama film": "The budget was 2.9 million pesos" is in Argentine pesos)."""
    if span.currency == "INR" and "₹" not in span.text:
        for code, rx in _LOCAL_RUPEE.items():
            if rx.search(sentence):
                return code
    word = span.text.rsplit(None, 1)[-1].lower()
    if word in _LOCAL:
        for text in (sentence, lead):
            found = {code for code, rx in _LOCAL[word] if rx.search(text)}
            if len(found) == 1:
                return found.pop()
            if found:
                break  # two countries named: the mark's own currency
    return span.currency


# A section about another work, by its heading alone ("Sequel", "Remake", "Sequels and remakes"): its figures are
# that work's ("Other Tale II (1990) … grossed $9 million", "It grossed $1 billion worldwide").
_WORK_HEADS = "(?:" + "|".join(sorted(vocab.load("dates")["release"]["other_work_headings"], key=len, reverse=True)) + ")"
_OTHER_WORK_SECTION = re.compile(rf"(?:the\s+)?{_WORK_HEADS}(?:\s*(?:,|and|&)\s*(?:the\s+)?{_WORK_HEADS})*", re.I)


def extract(article: Article) -> list[Fact]:
    """Money facts of one article, in sentence order; the same figure in two sentences is two facts."""
    facts: list[Fact] = []
    other: dict[int, bool] = {}
    derived = bool(_DERIVED_LEAD.search(" ".join(s.text for s in article.lead()[:3])))
    for sent in article.sentences:
        if article.section_kinds(sent.section) & _SKIP_SECTIONS:
            continue
        if sent.section not in other:
            other[sent.section] = bool(_OTHER_WORK_SECTION.fullmatch(article.sections[sent.section].heading.strip()))
        if other[sent.section]:
            continue
        if _MONEY_MARK.search(sent.text) is None and _MONEY_WORD.search(sent.text) is None \
                and _MONEY_ABBREV.search(sent.text) is None:
            continue
        facts.extend(_facts_of_sentence(sent, article.title, article.sentences[0].text if article.sentences else "",
                                        derived))
    return facts


# Literal prefilters (bot/rxgate.py): these frames need words most sentences lack, and each is
# tried at every name or word boundary otherwise. The words are read from the patterns themselves.
gate(globals(), "_OTHER_WEEKEND", "_OTHER_MONEY", "_PARTIAL")
# Picked by replaying the extractors' calls over the corpus and seed with and without a prefilter.
gate(globals(), "_RERUN")
# Frames of this stop whose words most money sentences lack.
gate(globals(), "_NEXT_FILM", "_BUDGET_STAGE")
# (``_MONEY_WORD``, asked of every sentence with no currency mark, stays a plain pattern: it opens on a digit, which
# the engine skips to, while its gate read thirty-five currency words in every sentence and the words again with
# "deutsche marks" (corpus sentences: 4.8 -> 2.4 µs a sentence, the same answers).)
