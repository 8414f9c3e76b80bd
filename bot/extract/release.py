"""Release facts: premieres, festival screenings, limited and wide releases, home media, streaming.

A sentence is cut into clauses ("It was later pushed back to a limited December 5, 2001
release, with a January 9, 2002 wide release" holds two releases); a clause that names no
kind of release joins the one before it, so "released on 2 March 2001 in the United States
and on 4 May 2001 in the United Kingdom" stays one release with two dates. Each clause
takes the most specific kind it names (a DVD release is home media even though the word
"released" is there too) and gives one fact per date, or one undated fact when it still says
something (a festival, a theatre count, a distributor).

Festival screenings that are not premieres are kind ``release`` with ``event`` set.

Precision first: sentences about a trailer, a soundtrack, a sequel or a game are skipped, as are
plans ("was scheduled for release on …") unless the sentence says where the date moved to.
A date without a year ("on December 5") takes the latest year written before it in the same
paragraph; with none, the date stays ''.
"""

from __future__ import annotations

import re
from datetime import date as _Day
from datetime import timedelta

from ..article import Article, Sentence, joint_kinds
from ..facts import Fact, ReleaseFact
from ..rxgate import gate, gated, opening, prune, which_match
from ..vocab import alternation, load
from .common import NUMBER_WORD_RX, YEAR_RX, parse_int
from .common import parse_date as _parse_date
from .names import is_company

_D = load("dates")
_R = _D["release"]


def _any(words: list[str]) -> str:
    """An alternation of regular-expression fragments from the table, longest first."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


# --- dates, in every common format -------------------------------------------------------------------
_MONTH_WORDS = {w: i + 1 for i, (name, abbrs) in enumerate(_D["months"].items()) for w in [name, *abbrs]}
_MONTH = alternation([w.capitalize() if w.islower() else w for w in _MONTH_WORDS])
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# A holiday on a fixed day ("on Christmas Day 1962", "on New Year's Day"): dates.toml holidays, read as that day.
_HOLIDAYS: dict[str, str] = dict(_D["holidays"])
_HOLIDAY = alternation(list(_HOLIDAYS))
# "October 12, 2013" | "12 October 2013" | "the 12th of October, 2013" | "2013-10-12" | "October 2013" |
# "12 October in 2013" | "October 12" | "12 October"
DATE_RX = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY},?\s+(?:in\s+|of\s+)?{_YEAR}\b"
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+(?:in\s+|of\s+)?{_YEAR}\b"
    rf"|{_YEAR}-[01]\d-[0-3]\d\b"
    rf"|{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"
    rf"|{_MONTH}\s+{_DAY}\b"
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH}\b"
    rf"|\b{_HOLIDAY}(?:,?\s+{_YEAR})?\b)"
)
_ISO = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
# A month named alone after "in"/"during" ("released in Osk in April"): no day or year after it.
# …told of the release's own verb, in the same stretch of words ("it opened in December", "released in Osk in April"),
# not of a box-office week or a film's setting ("debuted at No. 1 …, marking … in June")
# ("went into general release in October": the noun after a verb of going)
_MONTH_ALONE_VERB = re.compile(r"(?<!films\s)(?<!movies\s)\b(?:released|re-released|issued|reissued|(?:into|on)\s+(?:\w+\s+)?release|opened|premiered|screened|shown|aired|"
                               r"broadcast|debuted)\b[^,;.$£€¥₹]{0,50}$")
# …or the next place of a list after a dated release ("in Zenda in March 2012, and in Osk in April")
_MONTH_ALONE_NEXT = re.compile(r"(?:,\s*|\s)and\s+(?:later\s+)?in\s+(?:the\s+)?[A-Z][\w.'’ -]{0,30}?\s+$")
_MONTH_NAMES = tuple(name.capitalize() for name in _D["months"])
# …or right after a festival's name, whose year it takes ("at the 2006 Zenda Film Festival in May")
# (or its edition's ordinal, the year told before: "competed at the 6th Zenda Festival of Ghosts and Other Films in
# October of that year")
# (or its name alone, the year told before: "its Ruritanian premiere at the Zenda Film Festival in June")
_FESTIVAL_BEFORE_MONTH = re.compile(r"(?:(?:(?:1[89]|20)\d\d|\d{1,2}(?:st|nd|rd|th))\s+)?(?:[A-Z][\w'’.&-]*+\s+){0,5}"
                                    r"(?:Festival|Fest|Berlinale|Biennale)(?:\s+(?:of|de|du|del|di)(?:\s+(?:[A-Z][\w'’.&-]*+|and|the|&)){1,5})?\s+$")
# ("went on general release that August", "issued on Blu-ray that October": the month of the year told before it; not
# "the script that August Pell wrote")
_MONTH_ALONE = re.compile(rf"\b(?:[Ii]n|[Dd]uring|(?-i:that))\s({alternation(_MONTH_NAMES)})\b(?![\s,]*(?:\d|of\s+\d|in\s+\d))"
                          r"(?!\s+[A-Z])")


def parse_date(text: str, default_year: int | None = None) -> str:
    """ISO as precise as written; ISO dates as they are ("2013-10-12")."""
    m = _ISO.fullmatch(text.strip())
    if m:
        return m.group(0)
    for name, day in _HOLIDAYS.items():
        if text.startswith(name):  # "Christmas Day 1962": that day of that year
            year = YEAR_RX.search(text)
            y = int(year.group(0)) if year else default_year
            return f"{y:04d}-{day}" if y else ""
    return _parse_date(text, default_year)


# Production and filming sections talk of planned dates; music sections of albums.
_SKIP_SECTIONS = {"plot", "cast", "music", "references", "production", "filming", "accolades", "themes"}

# Cue words by kind, most specific first: the first kind found in a clause wins.
_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("rerelease", re.compile(r"\bre-?releas\w*|\breissu\w*|\breturned\s+to\s+(?:cinemas|theat(?:er|re)s)\b", re.I)),
    ("television", re.compile(rf"\b{_any(_R['television'])}\b")),
    ("home_media", re.compile(rf"\b{_any(_R['home_media'])}\b")),
    ("streaming", re.compile(rf"\b{_any(_R['streaming'])}(?!\w)")),
    # lower case, or opening the sentence: "Premiere" inside a sentence is mostly the magazine
    ("premiere", re.compile(r"\bpremi[eè]r(?:e|ed|es|ing)\b|^\s*Premi[eè]r(?:e|ed)\b|\b(?:World|North American|"
                            r"International|European|Asian|U\.?S\.?|Royal|Charity|Gala) Premiere\b|\b(?i:debuted at)\b"
                            # "made its debut at the Example Film Festival", "had its world debut at …" (its theatrical
                            # or broadcast debut is a release of those kinds)
                            r"|\b(?i:(?:made|had)\s+its\s+(?:(?!theatrical|cinema|cinematic|public|commercial|television|TV|"
                            r"broadcast|streaming|digital|home)[\w-]+\s+){0,2}?debut\s+at)\b"
                            + rf"|\b(?i:{_any(_R['premiere_cues'])})\b")),
    ("limited", re.compile(r"\blimited(?:\s+[\w,]+){0,4}?\s+(?:releases?|run|engagements?|theatrical run)\b", re.I)),
    ("wide", re.compile(r"\b(?:wide|wider|nationwide|general)(?:\s+[\w,]+){0,4}?\s+(?:release|expansion)\b"
                        # after a limited run: "before going wide on …", "expanded nationwide on …", "expanding to
                        # 2,000 theaters on …"
                        r"|\b(?:go|goes|going|went|gone)\s+(?:\w+ly\s+)?(?:wide|nationwide)\b"
                        # "it expanded across the United States in the spring of 1978"
                        r"|\bexpand(?:ed|ing|s)?\s+(?:\w+ly\s+)?(?:across|throughout)\s+(?:the\s+)?(?-i:[A-Z])"
                        r"|\bexpand(?:ed|ing|s)?\s+(?:its\s+(?:release|run)\s+)?(?:\w+ly\s+)?(?:wide\b|wider\b|nationwide\b|"
                        r"to\s+(?:[\d,]+|\w+)\s+(?:theat|screen|cinema|location))", re.I)),
    ("screening", re.compile(r"\b(?:screened|(?:was|were|and)\s+(?:(?:also|first|later|then|again|subsequently)\s+)?shown|showcased|competed|to\s+compete|"
                            r"(?:was|were)\s+entered\s+(?:into|in)|"
                            r"in competition|selected for|presented at|" + _any(_R["screening_cues"]) + r")\b", re.I)),
    ("release", re.compile(r"\breleas(?:e|ed|es|ing)\b|\bopened in (?:theat|cinema)\w*|\bhit (?:the\s+)?(?:theat\w+|screens|cinemas)\b"
                           r"|\bopened\s+theatrically\b|\b(?:film|movie|picture|it)\s+(?:\w+ly\s+)?opened\s+(?:at|in|on)\s+"
                           r"(?!(?:the\s+)?(?:weekend|box\s+office|number|#|No\.|first|second|third|top)\b)"
                           r"|\b" + _any(_R["release_cues"]), re.I)),
]
_KIND_ORDER = [k for k, _ in _CUES]

# Sentences about something other than the film itself.
_OTHER_SUBJECT = re.compile(rf"\b{_any(_R['other_subjects'])}\b", re.I)
_PLANNED = re.compile(rf"\b{_any(_R['planned'])}\b", re.I)
_MOVED = re.compile(rf"\b{_any(_R['moved'])}\b", re.I)
_CAP_RUN = re.compile(r"\b[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)+")
_NAMED_SUBJECT = re.compile(rf"\b{_any([w for w in _R['other_subjects'] if w[:1].isupper()])}\b")


def _blank_company(m: re.Match[str]) -> str:
    """"Manga Entertainment", a distributor, hides its "manga" from the other-subject test; a
    console's name ("… Entertainment System") never does."""
    run = m.group()
    return " " * len(run) if is_company(run) and not _NAMED_SUBJECT.search(run) else run

# Clause breaks: a comma not inside a date ("October 3, 2001"), a semicolon, or a conjunction
# that starts a new statement.
_CLAUSE_BREAK = re.compile(
    r",\s+(?!\d)|;\s+|\s+(?=and\s+(?:was|is|it|later|then|on|in|the|its|a|has|had|premiered|released|opened|screened|expanded|went)\b)"
    r"|\s+(?=(?:while|before|after|with|following)\s)",
)

_FESTIVAL = re.compile(
    r"(?:(?:\d{4}|\d+(?:st|nd|rd|th)|[A-Z][\w'’.&-]*)\s+){0,7}"
    r"(?:Film Festival|Festival|Fest|Berlinale|Biennale|Film Market|Fortnight|Showcase|Film Series)\b"
    r"(?:\s+(?:of|de|du|del|di|dei)\s+(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*)*)?(?:\s+\d{4})?"
)
# A known film event not named "Festival" (dates.toml film_events): "at Example", "in the Example debut competition".
# A capitalised word after the name makes it a venue's ("at the Example Bell Lightbox"), not the event.
_FESTIVAL_NAMES = re.compile(rf"\b(?:at|in|during)\s+(?:the\s+)?({alternation(_R['film_events'])}|(?-i:{_R['festival_initials']})(?:\s+{_YEAR})?)\b(?!\s+[A-Z][a-z])")
_VENUE = re.compile(
    r"\bat\s+(?:the\s+)?((?:[A-Z][\w'’.&-]*\s+){1,5}(?:Theatre|Theater|Cinema|Cinemas|Center|Centre|Hall|Palace|Auditorium|"
    r"Arena|Studios|Museum|Institute|Square|Plaza|Bowl))\b"
)
_PLACE = re.compile(r"\bin\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:and\s+(?:the\s+)?|of\s+)?[A-Z][\w.'’-]*){0,4}"
                    r"(?:\s+(?:countries|territories|markets|regions|states|cities))?)")
_NOT_PLACE = re.compile(
    r"^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|IMAX|"
    r"3D|2D|Dolby|RealD|ScreenX|English|Hindi|Tamil|Telugu|Kannada|Malayalam|Bengali|Marathi|Punjabi|Gujarati|Urdu|"
    r"Chinese|Mandarin|Cantonese|Japanese|Korean|French|German|Spanish|Italian|Russian|Portuguese|Arabic|Persian|"
    r"Turkish|Dutch|Swedish|Norwegian|Danish|Polish|Greek|Hebrew|Thai|Indonesian|Tagalog|Filipino|Odia|Region|"
    r"Competition|Official|Un Certain|Directors|Special|Blu|DVD|Ultra)\b"
)
_THEATERS = re.compile(rf"(?<![$₹£€¥\d.,])({NUMBER_WORD_RX})\s+(?:theat(?:er|re)s|screens|cinemas|locations|venues|theatrical locations)\b", re.I)
_DISTRIBUTOR = re.compile(
    r"\b(?:releas\w*|distribut\w*|release)\b[^;]{0,60}?\b(?:by|through|via)\s+(?:(?:the\s+)?distributors?\s+)?"
    r"((?:[A-Z0-9][\w'’.&+!-]*)(?:\s+(?:[A-Z0-9][\w'’.&+!-]*|of|&|and(?=\s+[A-Z])))*)"
)
_YEAR_ONLY = re.compile(
    # ("during the Onam season of 1996": a time of the year named, then its year)
    rf"\b(?:[Ii]n|[Dd]uring|[Bb]y|As\s+of|Since|season\s+of)\s+((?:{_any(_R['year_parts'])}\s*)?(1[89]\d\d|20\d\d))\b"
    r"(?!\s*(?:film|Film|edition))"
    # "the 2004 DVD release", "a 1999 VHS edition"
    # (a name between: "the 2004 Special Edition DVD release", "the 2004 10th Anniversary release")
    rf"|\b(?:the|a|its|an)\s+((1[89]\d\d|20\d\d))(?=\s+(?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w'’-]*)\s+){{0,3}}?"
    rf"(?:(?:{_any(_R['home_media'])}|theatrical|television|TV|Anniversary)\s+"
    r"(?:release|edition|reissue|debut|premiere|broadcast)|re-?release|reissue)\b)"  # ("a 1976 re-release added …")
)
# More years after a year of _YEAR_ONLY: "in 2014 and 2019", "in 2001, 2004 and 2009" (group 1, as _YEAR_ONLY's)
_YEAR_AND = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)((1[89]\d\d|20\d\d))\b(?![\d,.]\d)")
_LEADING_PLACE = re.compile(r"^\s*In\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,3})"
                            r"(?=,|\s+(?:it|the\s+film|the\s+movie)\s+(?:was|were|had|opened|premiered|debuted)\b)")
_LEADING_DATE = re.compile(r"^\s*(?:(?:and|but|then|later)\s+)?(?:(?:[Oo]n|[Ii]n|[Bb]y|[Ff]rom|[Aa]s of)\s+)?"
                           rf"(?:the\s+{alternation(_R['date_parts'])}\s+of\s+)?$")
_NOUN_RELEASE = re.compile(
    r"\b(?:since|after|before|upon|until|prior to|at the time of|following|of|around|ahead of)\s+"
    r"(?:its|the film's|the movie's|their|the|initial|original|theatrical|\s)+release\b(?!\s+(?:on|in)\s+\d)"
    r"|\brelease title\b",
    re.I,
)
# A restored print or an anniversary edition shown anew is a re-release, not the premiere.
# A showing at no festival and no cinema, years after the film's year, is a revival ("On 5 May 1990 it was
# screened at the Example Museum"), not its first run.
_REVIVAL_YEARS = 3
_SHOWN = re.compile(r"\b(?:screened|shown)\b")
_RESTORED = re.compile(r"\b(?:restor\w*|remaster\w*|anniversary (?:edition|re-?release|release|screening|print))\b", re.I)
_RANGE_END = re.compile(r"(?:\bto|\buntil|\btill|\bthrough|–|-)\s*$")
# Home media and streaming cues name a format; the clause must still say something came out.
# A screening at a cinema ("at the Example Theatre", "in a theater in Zenda"), not at a test or private show.
_SCREEN_VENUE = re.compile(rf"\b(?:at|in)\s+(?:[\w'’.-]+\s+){{0,4}}?{_any(_R['screening_venues'])}\b", re.I)
_SCREEN_PRIVATE = re.compile(rf"\b{_any(_R['screening_private'])}\b", re.I)
_RELEASE_VERB = re.compile(rf"\b{_any(_R['release_verbs'])}\b", re.I)
# "as part of their Example Classics series": where the film sits, no other subject (blanked before that test)
_NOT_SUBJECT = re.compile(rf"\b{_any(_R['not_subjects'])}\b", re.I)
_ABBREV = {"bros.", "inc.", "ltd.", "co.", "corp.", "jr.", "u.s.", "u.k."}


def _tidy(name: str) -> str:
    """Drop a full stop that ends the sentence, keep one that ends an abbreviation ("Bros.")."""
    name = name.strip()
    if name.endswith(".") and name.split()[-1].lower() not in _ABBREV:
        name = name[:-1]
    return re.sub(r"\s+(?:and|of|&)$", "", name)


def _clauses(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each clause. A clause naming no kind of release joins the one before,
    unless a semicolon stands between them, or it is a bare date whose release follows
    ("…, and on October 1, the film entered wide release"): then it joins the one after."""
    parts: list[tuple[int, str, bool]] = []  # (offset, text, follows a semicolon)
    start, hard = 0, False
    for m in _CLAUSE_BREAK.finditer(text):
        parts.append((start, text[start : m.start()], hard))
        start, hard = m.end(), m.group(0).startswith(";")
    parts.append((start, text[start:], hard))
    cues = [bool(_kinds_in(p)) for _, p, _ in parts]
    merged: list[tuple[int, str]] = []
    pending: int | None = None  # offset of clauses waiting for the next one with a cue
    for i, (off, part, after_semicolon) in enumerate(parts):
        waiting = pending is not None
        if waiting:
            off, part, pending = pending, text[pending : off + len(part)], None
        nxt_needs_date = i + 1 < len(parts) and cues[i + 1] and not _dates(parts[i + 1][1])
        if not cues[i] and (waiting or not merged or after_semicolon or (_dates(part) and nxt_needs_date)):
            pending = off
        elif merged and (not cues[i] or _same_list(merged[-1][1], part) or (
                _AND_IN.match(part) and _kinds_in(merged[-1][1]) and not _dates(merged[-1][1]))):
            # ("released online and in select theaters on May 1": one release, its places listed)
            prev_off, _ = merged[-1]
            merged[-1] = (prev_off, text[prev_off : off + len(part)])
        else:
            merged.append((off, part))
    return merged


_RELEASED_VERB = re.compile(r"\breleased\b")
# (not a month: "…, and in September it screened at …" is a date of its own)
_AND_IN = re.compile(rf"and\s+(?:in|on|at)\s+(?!(?:\d|[A-Z][a-z]+\s+\d|{alternation(_MONTH_NAMES)}\b))")


def _same_list(prev: str, part: str) -> bool:
    """"on DVD, Blu-ray, and digital download on November 1": one release, listed."""
    # (two festivals are two screenings: "shown at the 2001 Example Film Festival, and in May it screened at the Other
    # Festival")
    return _kinds_in(prev)[:1] == _kinds_in(part)[:1] and not _dates(prev) and not (
        "Fest" in part and _FESTIVAL.search(prev) and _FESTIVAL.search(part))


_YEAR_IN_EVENT = re.compile(rf"\b({_YEAR})\b")


def _kinds_in(clause: str) -> list[str]:
    return _cue_kinds(clause)  # [kind for kind, rx in _CUES if rx.search(clause)], in one call


def _dates(clause: str) -> list[re.Match[str]]:
    """Dates in a clause, leaving out the end of a span ("from May 2, 2001, to June 30")."""
    found = list(DATE_RX.finditer(clause))
    taken = [(m.start(), m.end()) for m in found]
    if (" in " in clause or "In " in clause or "uring " in clause or "that " in clause) and any(
            name in clause for name in _MONTH_NAMES):
        # "… and in Osk in April": a month alone, its year read from before it (``_date_after``)
        found.extend(m for m in _MONTH_ALONE.finditer(clause) if not any(s <= m.start(1) < e for s, e in taken)
                     and (_MONTH_ALONE_VERB.search(clause, max(0, m.start() - 60), m.start())
                          or _LEADING_DATE.match(clause[: m.start()])  # "In November, it was released on DVD"
                          # "screened in the Example section of the 2006 Zenda Film Festival in May": the festival's month
                          or _FESTIVAL_BEFORE_MONTH.search(clause, max(0, m.start() - 90), m.start())
                          or (taken and _MONTH_ALONE_NEXT.search(clause, max(0, m.start() - 50), m.start()))))
    for m in _YEAR_ONLY.finditer(clause):
        if not any(s <= m.start(_year_group(m)) < e for s, e in taken):
            found.append(m)
            pos = m.end()
            while (more := _YEAR_AND.match(clause, pos)) is not None:  # "in 2014 and 2019", "in 2001, 2004 and 2009"
                found.append(more)
                pos = more.end()
    found.sort(key=lambda m: m.start())
    if len(found) > 1 and "from" in clause and _MOVED_FROM_HINT.search(clause):
        # "postponed from 7 December to 14 January": the release moved to the second date, the first was a plan
        moved = {i for i, m in enumerate(found[:-1]) if _MOVED_FROM.search(clause, 0, m.start())
                 and _RANGE_END.search(clause, 0, found[i + 1].start())}
        if moved:
            return [m for i, m in enumerate(found) if i not in moved]
    return [m for i, m in enumerate(found) if not (i and _RANGE_END.search(clause[: m.start()])
                                                   and not _HELD_UNTIL_END.search(clause[: m.start()]))
            and not (i and _FROM_ORIGINAL.search(clause, max(0, m.start() - 60), m.start()))]


# "… was preponed to 2 February from its original date of 4 March": the date it was moved away from was a plan.
_FROM_ORIGINAL = re.compile(r"\b(?:from|than)\s+(?:its|the)\s+(?:original(?:ly)?|initial(?:ly)?|earlier|previous|planned|scheduled)"
                            r"\s+(?:(?:release|premiere|opening)\s+)?(?:date\s+)?(?:of\s+)?(?:on\s+)?$")


# A date the release was moved away from: "postponed from 7 December 2001 to …", "pushed back from May to …".
_MOVED_FROM_HINT = re.compile(rf"\b{_any(_R['moved_from'])}\b")
_MOVED_FROM = re.compile(rf"\b{_any(_R['moved_from'])}\s+(?:[\w'’]+\s+){{0,3}}?from\s+(?:the\s+)?(?:[a-z]+\s+)?$")


def _held_until_end() -> re.Pattern[str]:
    """"was not released in Ruritania until 9 June 2001": that "until" ends no span, it dates the release."""
    return re.compile(_HELD_UNTIL.pattern + r"\s*$")


def _dates_for_cue(clause: str, kind: str, dates: list[re.Match[str]]) -> list[re.Match[str]]:
    """The dates that belong to the clause's release.

    Dates after the cue word are its own ("premiered on May 14"). A date before it counts only in
    "a January 9, 2002 wide release" (limited/wide) or when it opens the clause ("On May 2,
    2001, the film was re-released"): "re-shoots in April 2001, two months before its release"
    does not date the release."""
    cue = next(rx for k, rx in _CUES if k == kind).search(clause)
    if cue is None:
        return dates
    after = [m for m in dates if m.start() >= cue.start()]
    if after:
        return after
    verb = _RELEASED_VERB.search(clause) if kind in {"streaming", "home_media"} else None
    by_verb = [m for m in dates if m.start() >= verb.start()] if verb and verb.start() < cue.start() else []
    if by_verb:
        return by_verb  # "released online and in theaters on May 1, by Example Streaming": the verb's date
    if kind == "screening" and re.search(r"\b(?:selected|to\s+compete|in\s+competition)\b", clause[: cue.end() + 20]) and (
            _SELECTED.search(clause, 0, cue.end() + 20) or not _SHOWN.search(clause, 0, cue.end() + 20)):
        # "On May 2, the film was selected to compete at ...": the date of the selection ("In June 2001 it was shown in
        # competition at …" dates the showing)
        return []
    return [m for m in dates if kind in {"limited", "wide"} or _LEADING_DATE.match(clause[: m.start()])
            # "It did not open in Ruritania until 14 March 1962, when Example Films released it at …"
            or _NOT_UNTIL_END.search(clause, max(0, m.start() - 100), m.start())
            or (m.re is _YEAR_ONLY and m.group(3))
            or (kind == "rerelease" and _ANNIVERSARY_OPENER.match(clause[: m.end() + 2]))]


_SELECTED = re.compile(r"\b(?:selected|chosen|entered|to\s+(?:compete|be))\b")
# A release held back, then dated: "was not released in Ruritania until …", "did not open in Zenda until …".
_NOT_UNTIL_END = re.compile(r"\b(?:(?:was|were)\s+not\s+(?:released|shown|screened)|did\s+not\s+(?:open|premiere|reach))\b"
                            r"[^;,]{0,60}?\s+until\s+$")


# "For its 20th anniversary in 1997, the film was re-released": an anniversary's year opening the clause dates the reissue.
_ANNIVERSARY_OPENER = re.compile(r"^\s*(?:[A-Z][\w'’]*\s+)?(?:[\w'’.-]+\s+){0,6}?anniversary(?:\s+[a-z]+){0,2}\s+in\s+[^,]{0,14},\s?$")


def _near_cue(clause: str, kind: str) -> tuple[str, int]:
    """The clause from the cue on, plus a territory that opens it ("In India, …"), and how far
    into that text a place or theatre count may start.

    A place or theatre count further off, or before the cue, belongs to something else:
    "It debuted in X …, and limited releases in Y followed", "(US release title: … in Good Company)"."""
    cue = next(rx for k, rx in _CUES if k == kind).search(clause)
    if cue is None:
        return clause, len(clause)
    lead = _LEADING_PLACE.match(clause)
    head = f"in {lead.group(1)}, " if lead else ""
    return head + clause[cue.start() :], len(head) + cue.end() - cue.start() + 50


def _year_group(m: re.Match[str]) -> int:
    """The group holding the year of a _YEAR_ONLY match ("in early 2001" or "the 2001 DVD release")."""
    return 1 if m.group(1) else 3


def _date_text(m: re.Match[str]) -> str:
    if m.re is _MONTH_ALONE:
        return m.group(1)
    return m.group(_year_group(m)) if m.re is _YEAR_ONLY or m.re is _YEAR_AND else m.group(0)


_DATE_AND = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+(?:on\s+)?")


# "the Example Classics section of the Other Film Festival": the festival is the event, not its section
_SECTION_OF = re.compile(r"(?:\s+[A-Z][\w'’-]*)*\s+(?:section|sidebar|strand|programme|program)\s+of\s+(?:the\s+)?")


# "… in Zenda on 2 May 2001 and in Ruritania on 9 May 2001": the place that opens the next date's part of a list
_NEXT_PLACE = re.compile(r"\s*,?\s*(?:and\s+|then\s+)?(?:later\s+)?in\s+(?P<p>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
                         r"\s*,?\s*(?:on\s+|in\s+)?")

_PLACE_AFTER = re.compile(r"\s+in\s+(?P<p>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?=\s*(?:[,;.]|$)|\s+and\b)")


def _event(clause: str) -> str:
    m = _FESTIVAL.search(clause)
    if m and (sec := _SECTION_OF.match(clause, m.end())) and (whole := _FESTIVAL.search(clause, sec.end())):
        m = whole
    if m:
        return re.sub(r"^(?:The|At|In)\s+", "", m.group(0).strip())
    m = _FESTIVAL_NAMES.search(clause)
    return m.group(1) if m else ""


# "in the Example Classics section of the festival": a programme of an event, no place
_SECTION_AFTER = re.compile(r"\s+(?:section|sidebar|strand|programme|program|competition|lineup|line-up)\b")


def _place(near: tuple[str, int], event: str) -> str:
    text, limit = near
    m = _VENUE.search(text)
    if m and m.start() < limit and m.group(1) not in event:
        return m.group(1).strip()
    for m in _PLACE.finditer(text):
        if m.start() >= limit:
            break
        cand = _tidy(m.group(1))
        if cand and not _NOT_PLACE.match(cand) and cand.removeprefix("the ") not in event and not re.search(r"(?:'s|’s|s')$", cand) \
                and not _SECTION_AFTER.match(text, m.end()):
            return cand
    return ""


def _theaters(near: tuple[str, int]) -> int | None:
    text, limit = near
    m = _THEATERS.search(text)
    return parse_int(m.group(1)) if m and m.start() < limit else None


_NOT_DISTRIBUTOR_BEFORE = frozenset(w.lower() for w in _R["not_distributor_before"])


def _distributor(clause: str) -> str:
    m = _DISTRIBUTOR.search(clause)
    if not m:
        return ""
    lead_in = clause[: m.start(1)].split()
    verb = lead_in[-2].lower() if len(lead_in) >= 2 else ""
    if verb.endswith("ed") and not re.match(r"(?:re-?)?releas|distribut|issu|reissu", verb):
        return ""  # "released on 5 May, directed by X": X is not the distributor
    if verb.strip(",;:") in _NOT_DISTRIBUTOR_BEFORE or verb[-1:] in {'"', "”"}:
        return ""  # "…, written by A", "commentary by A", "the song "Other Song" by A": another deed's or work's maker
    name = _tidy(m.group(1))
    if not name or DATE_RX.match(name) or _FESTIVAL.fullmatch(name) or YEAR_RX.fullmatch(name):
        return ""
    return name


# The month of a written year's date ("21 December 2018", "December 21, 2018", "December 2018"),
# read just before the year.
_MONTH_OF_YEAR = re.compile(rf"(?:({_MONTH})\.?\s+{_DAY},?|{_DAY}\s+(?:of\s+)?({_MONTH})\.?,?|({_MONTH})\.?,?)\s+(?:in\s+|of\s+)?$")
# "… held from 3 to 12 October 2001": the dates of the festival, not of the film's screening.
_EVENT_SPAN = re.compile(r"\b(?:held|running|ran|took\s+place|taking\s+place)\s+(?:from|between)\s+\d[\w ]{0,18}$")
# Words that tell a date looks back from the one before it ("earlier, on 5 November").
_ROLLOVER_MONTHS = 4
_LOOKS_BACK = re.compile(r"\b(?:[Ee]arlier|[Bb]efore|[Pp]reviously|[Pp]rior|had)\b")


_PAREN_ASIDE = re.compile(r"\([^()]*\)")


def _year_before(article: Article, sent: Sentence, upto: str) -> tuple[int | None, int]:
    """Latest year written before a date in the same sentence, else earlier in the paragraph,
    with the month of the date it belongs to (0 for a year alone)."""
    texts = [upto]
    para = article.paragraphs[sent.para]
    texts += [article.sentences[idx].text for idx in reversed(para.sentences) if idx < sent.idx]
    for text in texts:
        if "(" in text:  # a year in an aside is no time of the paragraph's events: "(known as Example Day prior to
            text = _PAREN_ASIDE.sub(lambda a: " " * len(a.group()), text)  # 1958)", "Another Tale (2001)"
        years = list(YEAR_RX.finditer(text))
        if years:
            m = years[-1]
            month = _MONTH_OF_YEAR.search(text, max(0, m.start() - 25), m.start())
            word = next(g for g in month.groups() if g) if month else ""
            return int(m.group(0)), _MONTH_WORDS.get(word.lower()) or _MONTH_WORDS.get(word, 0)
    return None, 0


def _lead_release(article: Article) -> tuple[int | None, int]:
    """The film's year as its lead's first sentence states it ("Other Tale is a 2001 film"), with
    the month of the lead's release date of that year when one is given. A date written with no
    year anywhere near ("released on DVD on May 1", a home-media section that never repeats the
    year) is of that year (the next one when it falls a few months after a December release, as
    `_date_after` rolls over). The lead's first date is no guide: it is often the shoot's."""
    lead = article.lead()
    y = YEAR_RX.search(lead[0].text) if lead else None
    if not y:
        return None, 0
    year = int(y.group(0))
    for s in lead:
        if not _RELEASED_WORD.search(s.text):
            continue
        for m in DATE_RX.finditer(s.text):
            day = parse_date(_date_text(m))
            if len(day) >= 7 and day[:4] == str(year):
                return year, int(day[5:7])
    return year, 0


_RELEASED_WORD = re.compile(r"(?:released|premiered|opened)")


def _date_after(article: Article, sent: Sentence, start: int, dtext: str) -> str:
    """ISO date for a date as written; one without a year takes the year before it, and the next
    year when its month comes a few months after that date's across the new year ("released on 21
    December 2001 …, and in Ruritania on 11 January": 2002), unless the sentence looks back ("had
    premiered on 5 November"). A month just before the date's ("on 5 November") stays in its year."""
    year, month = _year_before(article, sent, sent.text[:start])
    if year is None and not YEAR_RX.search(dtext):
        later = YEAR_RX.search(sent.text, start + len(dtext))  # "premiered on 5 October at … in 2001"
        year = int(later.group(0)) if later else None
    if year is None and not YEAR_RX.search(dtext):
        year, month = _lead_release(article)
    date = parse_date(dtext, year)
    if year and month and date.startswith(str(year)) and len(date) >= 7 and not YEAR_RX.search(dtext):
        if 0 < int(date[5:7]) + 12 - month <= _ROLLOVER_MONTHS and not _LOOKS_BACK.search(sent.text):
            date = parse_date(dtext, year + 1)
    return date


# The film as the clause's subject ("the film was also re-released", "Other Tale premiered": the title is
# put as "\x00" first) or as the verb's object ("ABC first broadcast the film on …"): such a clause is about the
# film even in a sentence naming another subject.
_FILM_VERBS = _any(_R["film_verbs"])
# (after a time or a territory opening the clause: "In April 1956 it was screened …", "In the United Kingdom it was
# distributed by Example Films and released …")
_FILM_RELEASED = re.compile(r"\s*(?:(?:and|but|then)\s+)?(?:(?-i:In|On)\s+(?:(?:the\s+)?(?-i:[A-Z])[\w.'’-]*+(?:\s+(?-i:[A-Z])[\w.'’-]*+){0,3}"
                            r"(?:\s+\d{1,2},)?(?:\s+\d{4})?|\d{1,2}\s+[A-Za-z]+\s+\d{4}|\d{4}),?\s+)?"
                            rf"(?:it|the\s+(?:film|movie|picture)|\x00)\s+"
                            rf"(?:(?:was|were|had\s+been|has\s+been|is)\s+)?(?:{_any(_R['film_verb_adverbs'])}\s+){{0,2}}"
                            rf"{_FILM_VERBS}\b", re.I)
_FILM_OBJECT = re.compile(rf"\b{_FILM_VERBS}\s+(?:the\s+(?:film|movie|picture)|it)\b(?!['’])", re.I)


# The film's own release named in a clause of production prose: "its Ruritanian premiere on …".
_FILM_OWN = re.compile(r"\b(?:its|the\s+(?:film|movie|picture)['’]s)\s+(?:[\w.'’-]+\s+){0,3}?"
                       r"(?:premiere|release|debut|opening)\b", re.I)
# A clause that goes on with the subject of the one before: "… and was released in Ruritania in 2001".
_GOES_ON = re.compile(r"\s*(?:and|but|then)\s+(?:(?:was|were|had|has|is)\b|" + _FILM_VERBS + r"\b)", re.I)


# A sentence opening with a name and a release verb: "Another Tale was released in 1999", "Other Tale, Part II
# was re-released in 2001" (a part number after a comma stays in the name), "Another Tale received a DVD release".
_NAMED_SUBJECT_RELEASED = re.compile(
    r"^\s*(?P<s>[A-Z0-9][\w'’!?.:&-]*(?:(?:\s+|,\s+(?=Part\b|Vol|Chapter\b))(?:[A-Z0-9][\w'’!?.:&-]*|of|the|and|a|an|in|to|"
    rf"for|on|at|de|la|le))*?)\s+(?:(?:was|were)\s+(?:{_any(_R['film_verb_adverbs'])}\s+){{0,2}}{_FILM_VERBS}\b"
    r"|(?:received|had|got|saw)\s+(?:a|an|its)\s+)")
_FILM_WORDS = frozenset(_R["film_words"])
_EDITION = re.compile(rf"\b(?:{_any(_R['home_media'])}|Edition|Cut|Version)\b")


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _another_work(text: str, title: str) -> bool:
    """Whether the sentence's subject is a name that is no part of the film's title: another film or work
    ("Another Tale was released in 1999" in the article on Other Tale)."""
    m = _NAMED_SUBJECT_RELEASED.match(text)
    if not m:
        return False
    subject = _fold(m.group("s"))
    if subject.split()[0] in {"a", "an"} or _EDITION.search(m.group("s")):
        return False  # "A 25th Anniversary Edition was released", "The Blu-ray was released": an edition of the film
    if subject in _FILM_WORDS or subject.removeprefix("the ") in _FILM_WORDS or is_company(m.group("s")):
        return False
    return f" {subject.removeprefix('the ')} " not in f" {_fold(title)} "


# "Ora Pell's previous film, Another Tale, was released on …", "His next film opened on …": a sentence whose subject
# is another film of the people named (dates.toml other_film_adjectives).
_OTHER_FILM_SUBJECT = re.compile(
    rf"^\s*(?:(?:His|Her|Their)|(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.-]*['’]s?)\s+(?:{_any(_R['other_film_adjectives'])})\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:film|movie|picture|feature|project|venture|outing|production|directorial)\b")
# A release of another title told inside the sentence: "… clashed with Another Tale, which was released on …", "a
# week after Another Tale released on …". The name after a connective, then its own release verb (not "released
# the film": a distributor's).
_OTHER_TITLE_RELEASED = re.compile(
    r"\b(?:with|alongside|after|before|than|as|while|whereas|against|like|unlike)\s+"
    r"(?P<s>[A-Z0-9][\w'’!?:&.-]*(?:\s+(?:[A-Z0-9][\w'’!?:&.-]*|of|the|and|a|an|in|to|for|on|at))*?)(?:,?\s+which)?\s+"
    r"(?:(?:was|were|had|had\s+been|has\s+been)\s+)?(?:also\s+|first\s+|originally\s+|already\s+|just\s+)?"
    r"(?:released|premiered|opened|hit\s+the\s+screens)\b(?!\s+(?:the\s+(?:film|movie|picture)|it)\b)")
_OTHER_TITLE_HINT = re.compile(r"\b(?:released|premiered|opened|hit\s+the\s+screens)\b")


def _other_title_spans(clause: str, title: str) -> list[tuple[int, int]]:
    """Where another title's own release is told in the clause: from its verb up to the next clause mark. Dates
    there are that title's ("a week after Another Tale released on 26 April")."""
    out = []
    for m in _OTHER_TITLE_RELEASED.finditer(clause):
        name = m.group("s")
        subject = _fold(name).removeprefix("the ")
        if not subject or subject in _FILM_WORDS or _EDITION.search(name) or is_company(name):
            continue
        if f" {subject} " in f" {_fold(title)} " or _fold(title) in subject:
            continue
        stop = re.compile(r"[;)]|,\s+(?:and|but|while|whereas)\b|\s(?:and|but)\s+(?:it|the\s+film)\b").search(clause, m.end())
        out.append((m.start("s"), stop.start() if stop else len(clause)))
    return out


_IT_OPENS = re.compile(r"\s*It\s")
_FILM_NOUN = re.compile(r"\b(?:film|movie|picture)\b", re.I)
_HEAD_WORDS = 8


def _after_other_work(article: Article, sent: Sentence) -> bool:
    """Whether the sentence before, in the same paragraph, opens on another work ("The first song released for
    the film was …"): then "It was released on 13 January" is that work's release."""
    if sent.idx == 0 or article.sentences[sent.idx - 1].para != sent.para:
        return False
    head = _subject_text(" ".join(article.sentences[sent.idx - 1].text.split()[:_HEAD_WORDS]), article.title)
    other = _OTHER_SUBJECT.search(head)
    film = _FILM_NOUN.search(head)  # "A film adaptation of the play …" is the film
    return bool(other) and (film is None or other.start() < film.start())


# A release with no subject of its own, after a clause naming an edition ("The first DVD, released in 2001, …").
_BARE_RELEASED = re.compile(r"\s*(?:(?:and|which|that)\s+)?(?:(?:was|were)\s+)?(?:first\s+|later\s+|also\s+)?released\b")
_HOME_CUE = re.compile(rf"\b{_any(_R['home_media'])}\b")
# Companions of the film in a clause ("…, alongside its first sequel, Another Tale"): no subject of the clause.
_COMPANIONS = re.compile(r",\s+(?:alongside|along\s+with|together\s+with|as\s+well\s+as|with|including|"
                         r"followed\s+by|next\s+to|paired\s+with"
                         # what happened where it was shown: "…, where critics warmed to its songs"
                         r"|where"
                         # a time told by another event: "…, eight months before the radio series came to an end"
                         r"|(?:[\w-]+\s+){1,3}(?:before|after|prior\s+to|ahead\s+of))\b")


def _own_part(clause: str) -> str:
    """The clause up to its companions ("The film was included in the Example set in 2001, alongside its sequel")."""
    m = _COMPANIONS.search(clause)
    return clause[: m.start()] if m else clause


def _film_clause(clause: str, title: str) -> bool:
    """Whether the film is the clause's subject or its verb's object."""
    head = clause.lstrip()
    if title and head.startswith(title):
        clause = "\x00" + head[len(title):]
    elif title and len(title) > 3 and title in clause:
        clause = clause.replace(title, "it")  # "Example Video released Other Tale on DVD": the film as the object
    return bool(_FILM_RELEASED.match(clause) or _FILM_OBJECT.search(clause))


def _relevant_text(text: str, planned: bool = False) -> str | None:
    """The part of a sentence that states what happened; None for plans (other subjects are left
    to each clause: "after having its release date moved twice, it was released on May 1").

    "since its release" and the like name no release event: they are blanked (same length, so
    offsets hold) lest "in the years since its release, and in 2001, …" date one."""
    text = _NOUN_RELEASE.sub(lambda m: " " * len(m.group()), text)
    if _PLANNED.search(text) and not planned:
        moved = _MOVED.search(text)
        if not moved:
            done = _HAPPENED.search(text)
            if not done:
                return None
            # "…, which was initially slated for August, was released in October 2001": what happened, its
            # tail blanked from the next plan word on ("…, having previously been slated for March")
            rest = text[done.start() :]
            plan = _PLANNED.search(rest)
            return rest[: plan.start()] + " " * (len(rest) - plan.start()) if plan else rest
        rest = text[moved.start() :]
        return None if _PLANNED.search(rest) else rest
    return text


_HAPPENED = re.compile(rf"\b{_any(_R['happened'])}\b")
_REL = _D["relative"]
# "and in Ruritania the following day", "and in Osterlich two weeks later": a date counted from the
# release dated just before it in the sentence.
_RELATIVE_DATE = re.compile(
    # (the verb again after a semicolon: "…; it opened in Ruritania a week later")
    rf"(?:\b(?:and|,)|;)\s+(?:(?:it|the\s+(?:film|movie))\s+(?:opened|was\s+released|premiered|debuted)\s+)?"
    rf"(?:in|across)\s+(?P<place>(?:the\s+)?(?:rest\s+of\s+)?[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){{0,3}})\s+"
    rf"(?:on\s+)?(?P<rel>the\s+{_any(_REL['next'])}\s+(?P<unit1>{_any(list(_REL['units']))})"
    rf"|(?P<n>an?|{NUMBER_WORD_RX}|\d+)\s+(?P<unit2>{_any(list(_REL['units']))})\s+later)\b"
    # the time first: "…, and a week later in Ruritania"
    rf"|\b(?:and|,)\s+(?P<rel_b>(?P<n_b>an?|{NUMBER_WORD_RX}|\d+)\s+(?P<unit_b>{_any(list(_REL['units']))})\s+later)"
    rf"\s+(?:in|across)\s+(?P<place_b>(?:the\s+)?(?:rest\s+of\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){{0,3}})\b",
    re.I)


# The date a relative one restates right after it: "in Zenda a week later, on July 21"
_RESTATED = re.compile(rf",?\s+on\s+(?:{DATE_RX.pattern})")


def _relative_releases(sent: Sentence, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """Releases dated from the one before them in the sentence ("… on 21 June 2001, and in
    Ruritania the following day" is 22 June 2001 in Ruritania)."""
    out: list[ReleaseFact] = []
    # (each counted from the release dated nearest before it: a list may go on with dates of its own after it)
    placed = sorted(((sent.text.find(f.date_text), i) for i, f in enumerate(facts) if f.date_text), reverse=True)
    if not placed:
        return out
    for m in _RELATIVE_DATE.finditer(sent.text, max(0, min(p for p, _ in placed))):
        prev = next((facts[i] for p, i in placed if 0 <= p < m.start()), None)
        if prev is None or len(prev.date) != 10 or prev.kind not in {"release", "wide", "limited", "premiere"}:
            continue
        word = m.group("n") or m.group("n_b") or ""
        n = 1 if m.group("unit1") or word.lower() in {"a", "an"} else parse_int(word)
        days = _REL["units"][(m.group("unit1") or m.group("unit2") or m.group("unit_b")).lower()] * (n or 0)
        if not days:
            continue
        day = _Day.fromisoformat(prev.date) + timedelta(days=days)
        out.append(ReleaseFact(sentence=sent.idx, kind=prev.kind, date=day.isoformat(),
                               date_text=m.group("rel") or m.group("rel_b"), place=m.group("place") or m.group("place_b")))
    return out


# "released on VHS on 18 November 2001, and on DVD the following year", "shown at the festival on 14 September 2001
# and opened in Ruritania the following month": a release a calendar period after the one dated before it
_FOLLOWING = re.compile(rf",?\s+and\s+(?P<what>[^,;.\d]{{0,50}}?)\s*\b(?P<rel>(?:the\s+)?{_any(_REL['next'])}\s+(?P<unit>year|month))\b")
_HOME_WORD = re.compile(rf"\b{_any(_R['home_media'])}\b")
# ("… and went on general release across Ruritania the following month")
_RELEASED_WHAT = re.compile(r"\b(?:opened|released|premi[eè]red|debuted|screened|shown|(?:went|go|going)\s+on\s+(?:\w+\s+)?release)\b")


def _following_period(sent: Sentence, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """Releases dated "the following year" or "the following month" from the release dated just before them in
    the sentence (kind: a home-media format named, or a release verb or place; nothing else is read)."""
    if not facts or "following" not in sent.text and "next" not in sent.text:
        return []
    out: list[ReleaseFact] = []
    prev = facts[-1]
    pos = sent.text.find(prev.date_text) if prev.date_text else -1
    if pos < 0 or not prev.date[:4].isdigit():
        return []
    for m in _FOLLOWING.finditer(sent.text, pos + len(prev.date_text)):
        what = m.group("what")
        place_m = _PLACE.search(what)
        place = _tidy(place_m.group(1)) if place_m else ""
        if _HOME_WORD.search(what):
            kind, place = "home_media", ""
        elif _RELEASED_WHAT.search(what) or place:
            kind = "release"
        else:
            continue
        year, month = int(prev.date[:4]), prev.date[5:7]
        if m.group("unit") == "year":
            day = str(year + 1)
        elif month.isdigit():
            y, mo = (year + 1, 1) if month == "12" else (year, int(month) + 1)
            day = f"{y}-{mo:02d}"
        else:
            continue
        out.append(ReleaseFact(sentence=sent.idx, kind=kind, date=day, date_text=m.group("rel"), place=place))
    return out


def _subject_text(text: str, title: str = "") -> str:
    """The text the other-subject test reads: a company's name and a phrase placing the film in a
    series ("as part of their Example Classics series") say nothing of another subject, nor does the film's
    own title ("The Long Season premiered at …": the title's "Season" is no television season), nor what a
    home-media edition holds ("… on Blu-ray with the theatrical trailer": dates.toml edition_contents)."""
    if title and len(title) > 3 and title in text:
        text = text.replace(title, " " * len(title))
    if _HOME_CUE.search(text):
        text = _CONTENTS.sub(lambda m: " " * len(m.group()), text)
    text = _ASIDE.sub(lambda m: " " * len(m.group()), text) if _ASIDE_HINT.search(text) else text
    return _NOT_SUBJECT.sub(lambda m: " " * len(m.group()), _CAP_RUN.sub(_blank_company, text))


# What an edition holds, from its word to the clause's end (``_subject_text``)
_CONTENTS = re.compile(rf"\s(?:and\s+)?{alternation(_R['edition_contents'])}\s[^;]*")
# An aside in brackets ("(between the first and second seasons of the series)") or a quoted name the film sits
# in ("in the "Example Movie Series Collection"", "part of the "Example Series"") names no subject of the
# sentence; a quoted name of its own ("a "light novel"", "a programme titled "…"") still does.
_ASIDE_HINT = re.compile(r'[("“]|\b(?:which|that|who|whose)\b')
_ASIDE = re.compile(r'\([^()]*\)|(?<=\b(?:in|of) the )(?:"[^"]{1,80}"|“[^”]{1,80}”)'
                    # an appositive that describes a name: "Example TV, the network which aired the series, …"
                    r"|,\s+(?:the|a|an)\s+[^,;]{0,40}?\b(?:which|that|who|whose)\b[^,;]{0,80},")


# The film as the subject of a plan that moved ("The film was initially slated for …, but was postponed to …").
_FILM_MOVED = re.compile(r"\s*(?:The\s+(?:film|movie|picture)|It)\s+(?:was|is|had\s+been|has\s+been)\b")


def _facts_of_sentence(article: Article, sent: Sentence, planned: bool = False,
                       film_only: bool = False) -> list[ReleaseFact]:
    """Release facts of one sentence. ``film_only`` (production prose, which tells of other films, plans
    and the shoot): a clause counts only when the film is its subject or object ("It was first released in
    Zenda on …", "… and was released in Ruritania in April 2001" after such a clause), or it names the
    film's own premiere or release ("four months before its Ruritanian premiere on …"); a home-media
    edition or a television showing it names ("in his introduction to a showing on Example Classic Movies on
    …") counts anyway."""
    text = _relevant_text(sent.text, planned)
    if not text:
        return []
    offset = len(sent.text) - len(text)
    out: list[ReleaseFact] = []
    # "a trailer", but not "through Manga Entertainment" (a company's name is no subject): a sentence
    # naming another subject counts only in a clause whose subject is the film ("after having its
    # release date moved twice, it was released on May 1").
    if _another_work(text, article.title) or (_IT_OPENS.match(text) and _after_other_work(article, sent)) \
            or _OTHER_FILM_SUBJECT.match(text):
        return []
    other = bool(_OTHER_SUBJECT.search(_subject_text(text if len(text) == len(sent.text) else sent.text, article.title)))
    film = False
    # "initially scheduled to release on 7 December, but was postponed to 14 January": the move's date is the
    # release the plan before it named, though the words after the move name no release ("A announced that the
    # release had been postponed to …" is one more plan told)
    inherited = _kinds_in(sent.text[:offset]) if offset and _MOVED.match(text) and not _kinds_in(text) \
        and not _PLAN_TOLD.search(sent.text, 0, offset) else []
    if not inherited and offset and _MOVED.match(text) and not _PLAN_TOLD.search(sent.text, 0, offset) and (
            _FILM_MOVED.match(sent.text, 0, offset) or sent.text.startswith(f"{article.title} ")) and not _kinds_in(text):
        inherited = ["release"]  # "The film was initially slated for 4 March but was preponed to …": the film's release moved
    for c_off, clause in [(0, text)] if inherited else _clauses(text):
        if other and (not _film_clause(clause, article.title) or _OTHER_SUBJECT.search(_subject_text(_own_part(clause), article.title))):
            continue
        if film_only:
            film = _film_clause(clause, article.title) or bool(_FILM_OWN.search(clause)) or (
                film and bool(_GOES_ON.match(clause)))
        rel = _RELATIVE_DATE.search(clause)
        if rel:  # "…, and in Ruritania the following day": its own release (blanked, so the offsets hold)
            # (with the date it restates, and the list going on after it: "…, in Zenda a week later, on July 21, in
            # Osk on August 4")
            again = _RESTATED.match(clause, rel.end())
            cut = again.end() if again else rel.end()
            clause = clause[: rel.start()] + " " * (cut - rel.start()) + clause[cut:]
        kinds = _kinds_in(clause) or inherited
        if not kinds:
            continue
        kind = kinds[0]
        shown_again = False
        if kind == "release" and c_off and _BARE_RELEASED.match(clause) and _HOME_CUE.search(text[:c_off]):
            kind = "home_media"  # "The first Example Edition DVD, released in 2001, …": the edition's release
        if kind in {"premiere", "release"} and _RESTORED.search(clause):
            kind = "rerelease"
        if film_only and not film and kind not in {"home_media", "television"}:
            continue
        event = _event(clause)
        near = _near_cue(clause, kinds[0])
        if kind in {"home_media", "streaming"} and not _RELEASE_VERB.search(text):
            continue
        if kind == "screening":
            # at a festival, at a cinema, or in a named place on a date ("later screened in Zenda on 19 May"),
            # not to a few
            if not event and (_SCREEN_PRIVATE.search(text) or not (_SCREEN_VENUE.search(clause) or (
                    _SHOWN.search(clause) and _place(near, event) and _dates(clause)))):
                continue
            kind = "release"
            # a showing in a place that is no cinema, years after the film's year, is a revival (below)
            shown_again = not event and not _SCREEN_VENUE.search(clause)
        place = _place(near, event) if kind in {"premiere", "release", "limited", "wide", "rerelease"} else ""
        theaters = _theaters(near) if kind in {"limited", "wide", "release", "rerelease"} else None
        dates = _dates_for_cue(clause, kinds[0], _dates(clause))
        if not dates and event:
            yr = re.search(rf"\b({_YEAR})\b", event)  # "the 2001 Example Film Festival" dates its screening
            if yr:
                at = clause.find(event)
                dates = [_YEAR_IN_EVENT.search(clause, max(0, at))]
                dates = [d for d in dates if d]
        dates = [m for m in dates if not _EVENT_SPAN.search(clause, max(0, m.start() - 30), m.start())]
        if dates and _OTHER_TITLE_HINT.search(clause):
            others = _other_title_spans(clause, article.title)
            dates = [m for m in dates if not any(a <= m.start() < b for a, b in others)]
        if event and kind == "release":
            # A festival screening is dated only by a date next to the festival's name, or by the
            # year the name holds ("the 2001 Example Film Festival") when no date stands close by.
            at = clause.find(event)
            near_dates = [m for m in dates if abs(m.start() - at) < 25 + len(event)]
            yr = _YEAR_IN_EVENT.search(clause, max(0, at), at + len(event)) if at >= 0 else None
            dates = near_dates[:1] or ([yr] if yr else [m for m in dates if abs(m.start() - at) < 60 + len(event)][:1])
            for m in _dates(clause):  # "on April 19 and April 21, 2001": each day of its screenings
                if dates and m.start() > dates[-1].start() and _DATE_AND.fullmatch(clause, dates[-1].end(), m.start()):
                    dates.append(m)
        # With several dates the distributors may differ per date ("in 2001 by X, in 2003 by Y").
        distributor = _distributor(clause) if len(dates) <= 1 else ""
        if not dates:
            if event or theaters or distributor or (kind == "premiere" and place):
                out.append(ReleaseFact(sentence=sent.idx, kind=kind, event=event, place=place, theaters=theaters,
                                       distributor=distributor))
            continue
        prev_end, one_place = -1, place
        for m in dates:
            dtext = _date_text(m)
            start = offset + c_off + m.start()
            day = _date_after(article, sent, start, dtext)
            if not day and m.re is _MONTH_ALONE:
                continue  # a month alone with no year anywhere before it
            nxt = _NEXT_PLACE.fullmatch(clause, prev_end, m.start()) if prev_end >= 0 and place else None
            after = _PLACE_AFTER.match(clause, m.end()) if len(dates) > 1 and place else None
            if nxt and not _NOT_PLACE.match(nxt.group("p")):
                place = _tidy(nxt.group("p"))  # "in Zenda on 2 May and in Ruritania on 9 May": each date its place
            elif after and not _NOT_PLACE.match(after.group("p")) and not one_place.startswith(after.group("p")):
                place = _tidy(after.group("p"))  # "on 2 May in Zenda and on 9 May in Ruritania"
            elif prev_end >= 0:
                place = one_place
            prev_end = m.end()
            if shown_again and kind == "release":
                year = _lead_release(article)[0]
                kind = "rerelease" if year and day[:4].isdigit() and int(day[:4]) - year >= _REVIVAL_YEARS else kind
            out.append(ReleaseFact(sentence=sent.idx, kind=kind, date=day, date_text=dtext, event=event, place=place,
                                   theaters=theaters, distributor=distributor))
    return out + _more_festivals(sent, text, offset, out) + _relative_releases(sent, out) + _following_period(sent, out)


# "screened at the 2011 Example Film Festival and the 2012 Other Festival", "at Example in September 2011 and at Other
# in January 2012": festivals listed after a dated festival screening, each dated by its own name's year or a date right
# after it, are screenings too (the list's joint, and the first festival's own date, between them).
# ("… at Example Fest on April 19th and April 21st, 2018, as well as the Other Festival in June": the first festival's
# two days, then "as well as"; the month alone after the last festival takes the year of the first's date)
_FESTIVAL_JOINT = re.compile(r"(?:\s+(?:in|on)\s+[\w ,]{0,40}?\d{4})?\s*(?:,\s*)?(?:and\s+|as\s+well\s+as\s+)?(?:also\s+)?"
                             r"(?:(?:at|in)\s+)?(?:the\s+)?$")
_DATE_RIGHT_AFTER = re.compile(r"\s*,?\s+(?:in|on)\s+")
_MONTH_RIGHT_AFTER = re.compile(rf"({alternation(_MONTH_NAMES)})\b(?![\s,]*(?:\d|of\s+\d))")


def _more_festivals(sent: Sentence, text: str, offset: int, out: list[ReleaseFact]) -> list[ReleaseFact]:
    """The festivals of a list after the first dated one (see ``_FESTIVAL_JOINT``)."""
    firsts = [f for f in out if f.event and f.date and f.kind in {"release", "premiere"}]
    if not firsts or (" and " not in text and ", " not in text):
        return []
    seen = {f.event for f in out}
    more: list[ReleaseFact] = []
    prev_end = -1
    for m in _FESTIVAL.finditer(text):
        event = re.sub(r"^(?:The|At|In)\s+", "", m.group(0).strip())
        if event in seen:
            prev_end = m.end()
            continue
        if prev_end < 0 or not _FESTIVAL_JOINT.fullmatch(text, prev_end, m.start()):
            break
        prev_end = m.end()
        after = _DATE_RIGHT_AFTER.match(text, m.end())
        date = DATE_RX.match(text, after.end()) if after else None
        year = _YEAR_IN_EVENT.search(event)
        dtext = date.group(0) if date else (year.group(1) if year else "")
        day = parse_date(dtext) if dtext else ""
        month = _MONTH_RIGHT_AFTER.match(text, after.end()) if after and not dtext else None
        if month and firsts[-1].date[:4].isdigit():  # "… as well as the Other Festival in June": the list's year
            dtext, day = month.group(1), f"{firsts[-1].date[:4]}-{_MONTH_WORDS[month.group(1).lower()]:02d}"
        if not dtext:
            break
        more.append(ReleaseFact(sentence=sent.idx, kind="release", date=day, date_text=dtext, event=event))
        seen.add(event)
    return more


def extract(article: Article) -> list[Fact]:
    """Release facts of one article, in sentence order."""
    facts: list[ReleaseFact] = []
    plans: list[ReleaseFact] = []
    latest: list[ReleaseFact] = []  # the latest plan of each kind and place
    held: list[ReleaseFact] = []
    year_named: list[ReleaseFact] = []  # releases named by their year alone ("its 1960 American release")
    other_work: dict[int, bool] = {}
    for sent in article.sentences:
        kinds = article.section_kinds(sent.section)
        if kinds & _NEVER_SECTIONS and _joint_release(article, sent.section) and not _ACCOLADE_WON.search(sent.text):
            kinds = kinds - _NEVER_SECTIONS  # "Accolades and restoration": the restored copy's showings, not the prizes
        if kinds & _NEVER_SECTIONS:
            if kinds & _NEVER_SECTIONS == {"accolades"} and _ACCOLADE_SCREENING.search(sent.text) \
                    and not _ACCOLADE_WON.search(sent.text):
                # "It was screened in the Example section of the Other Film Festival in May 2001": the accolades'
                # festival showings, not its prizes
                facts.extend(f for f in _facts_of_sentence(article, sent) if f.event and f.date
                             and f.kind in {"release", "premiere"})
            continue
        if not _any_cue(sent.text):  # any(rx.search(sent.text) for _, rx in _CUES), in one call
            if "followed" in sent.text and not kinds & _SKIP_SECTIONS:
                facts.extend(_version_followed(sent, []))
            continue
        if sent.section not in other_work:
            heading = article.sections[sent.section].heading
            other_work[sent.section] = bool(_OTHER_WORK_HEADING.search(heading)) and not _DUB_HEADING.search(heading)
        if other_work[sent.section]:
            continue  # a section on a sequel, a short, a game: that work's releases
        if kinds & _SKIP_SECTIONS:
            # production prose talks of plans, the shoot and other films: a release counts when the film is
            # its clause's subject (or a home-media edition is named), and a release it says was held back
            # until a date ("was not released until 9 June 2001")
            found = [f for f in _facts_of_sentence(article, sent, film_only=True) if f.date]
            until = _HELD_UNTIL.search(sent.text)
            if until and not kinds & _NEVER_SECTIONS:
                late = [f for f in _facts_of_sentence(article, sent, planned=True)
                        if f.date and f.kind in _THEATRICAL and sent.text.find(f.date_text, until.end()) >= 0]
                # "it was not released in Ruritania until 9 June 2001" says when it was; "the release was
                # delayed until …" may be one more plan, kept only when no date it came out is given
                (found if until.group("not") else held).extend(f for f in late if f not in found)
            facts.extend(found)
            continue
        found = _facts_of_sentence(article, sent)
        if "followed" in sent.text:
            found = sorted(found + _version_followed(sent, found), key=lambda f: sent.text.find(f.date_text))
        if not found and ("releas" in sent.text or "reissue" in sent.text or "premiere" in sent.text):
            year_named.extend(_year_named_releases(article, sent))
        facts.extend(found)
        if not found and _PLANNED.search(sent.text):
            told = _PLAN_TOLD.search(sent.text)
            every = [f for f in _facts_of_sentence(article, sent, planned=True) if f.date
                     and not (told and 0 <= sent.text.find(f.date_text) < told.start())]
            planned = [f for f in every if f.kind in _THEATRICAL]
            if planned:
                plans = planned  # a later plan supersedes an earlier one
            if every and not _GIVEN_UP.search(sent.text):
                for f in every:  # a later plan of the same kind and place supersedes an earlier one
                    latest = [g for g in latest if (_group(g), g.place) != (_group(f), f.place)
                              or g.sentence == sent.idx]
                latest.extend(every)
    # "after its 1960 American release" beside "released … on 14 March 1960": the release the article dates in full
    facts.extend(f for f in year_named if not any(g.date[:4] == f.date and len(g.date) > 4 and _group(g) == _group(f)
                                                  for g in facts))
    if held and not any(f.date and f.kind in _THEATRICAL for f in facts):
        # the production prose's "delayed until late January 2001" is the only release date given
        facts.extend(held)
        facts.sort(key=lambda f: f.sentence)
    theatrical_plans = bool(plans and not any(f.date and f.kind in _THEATRICAL for f in facts))
    if theatrical_plans:
        # "It is scheduled for release in May 2001" and no date it came out: the plan is all there is
        facts.extend(plans)
    # A plan that nothing of its kind stated later overtook ("… released in Ruritania on 1 May; a release in
    # Osterlich is set for 1 June", "a 4K edition is set for release on …"): the latest word on that release.
    actual = [(_group(f), f.date) for f in facts if f.date]
    for p in latest:
        group = _group(p)
        if (theatrical_plans and group == "theatrical") or p in facts:
            continue
        if not any(g == group and d[: min(len(d), len(p.date))] >= p.date[: min(len(d), len(p.date))] for g, d in actual):
            facts.append(p)
    facts.sort(key=lambda f: f.sentence)
    return _without_named_again(article, _without_lead_years(article, _without_vaguer(facts)))


# A release named by its year, the year before the noun: "The 2002 European release of Other Tale grossed …", "the
# film's 1976 re-release", "The 2001 Special Edition DVD release of the film included …". The release is the
# film's when "of" names it (or the film), or when no "of" follows after "its"/"the film's"/a sentence's "The".
_YEAR_NOUN = re.compile(
    r"(?:^|(?<=[\s(]))(?P<det>[Tt]he\s+(?:(?:film|movie|picture)['’]s\s+)?|[Ii]ts\s+|An?\s+)(?P<year>(?:1[89]|20)\d\d)\s+"
    r"(?P<mods>(?:[\w-]+\s+){0,3}?)(?P<noun>re-?release|reissue|release|premiere)\b"
    r"(?:\s+of\s+(?P<of>(?:the\s+(?:film|movie|picture)\b|it\b|[A-Z][^,.;:]{0,60}?(?=\s+(?:[a-z]|\d)|[,.;:]|$))))?")
_YEAR_NOUN_HOME = re.compile(rf"\b(?:{_any(_R['home_media'])}|[Ss]pecial [Ee]dition|[Cc]ollector['’]s [Ee]dition)\b")


def _year_named_releases(article: Article, sent: Sentence) -> list[ReleaseFact]:
    """The releases a sentence names by their year before the noun (``_YEAR_NOUN``): kind from the noun and its
    words (a DVD or an edition is home media, a re-release or a reissue a re-release), date the year."""
    out: list[ReleaseFact] = []
    if _OTHER_SUBJECT.search(_subject_text(sent.text, article.title)) and not _YEAR_NOUN_HOME.search(sent.text):
        return out  # a soundtrack's, a sequel's or a game's release
    for m in _YEAR_NOUN.finditer(sent.text):
        of = m.group("of")
        if of is None and m.group("det").strip().lower() == "the" and not (m.start() == 0 or "'" in m.group("det")
                                                                               or "’" in m.group("det")):
            continue  # "… after the 1999 release, …": whose release, the sentence does not say
        if of is not None and not re.match(r"the\s+(?:film|movie|picture)\b|it\b", of) \
                and not _fold(of).removeprefix("the ").startswith(_fold(article.title).removeprefix("the ")):
            continue  # "the 2002 release of Another Tale": another film's
        noun, mods = m.group("noun").lower(), m.group("mods")
        if m.group("det").startswith("A") and (m.start() or noun not in {"re-release", "rerelease", "reissue"}):
            continue  # "A 1985 re-release in Zenda earned …" opening a release section's sentence is the film's; "a 1985 release" anywhere is anyone's
        if noun in {"re-release", "rerelease", "reissue"}:
            kind = "rerelease"
        elif _YEAR_NOUN_HOME.search(mods):
            kind = "home_media"
        elif noun == "premiere":
            kind = "premiere"
        else:
            kind = "release"
        out.append(ReleaseFact(sentence=sent.idx, kind=kind, date=m.group("year"), date_text=m.group("year")))
    return out


_LEAD_YEAR_KINDS = frozenset({"release", "wide", "limited"})


def _without_lead_years(article: Article, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """Drop the lead's release dated by a year alone when the article dates a theatrical release of that year in
    full ("It was released in North America in 2001" in the lead, "a limited North American release on 21 September
    2001" below): the lead sums up the releases the body tells, it is not one more."""
    vague = [f for f in facts if len(f.date) == 4 and not f.event and f.kind in _LEAD_YEAR_KINDS
             and article.sentences[f.sentence].section == 0]
    if not vague:
        return facts
    full = {f.date[:4] for f in facts if len(f.date) > 4 and f.kind in _THEATRICAL and not f.event}
    return [f for f in facts if not (f in vague and f.date in full)]


def _without_named_again(article: Article, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """Drop a release named by its year before the noun ("Reviewing the 2001 reissue for Example Weekly, …", "the 2001
    DVD release included …") when the article dates a release of that kind in that year in full: the noun phrase
    points back at that release, it is not one more."""
    full = {(_group(f), f.date[:4]) for f in facts if len(f.date) > 4 and not f.event}
    if not full:
        return facts
    out = []
    for f in facts:
        if len(f.date) == 4 and not f.event and (_group(f), f.date) in full and any(
                m.group(3) == f.date for m in _YEAR_ONLY.finditer(article.sentences[f.sentence].text)):
            continue
        out.append(f)
    return out


def _event_key(event: str) -> str:
    return _fold(re.sub(r"\b\d{4}\b|\b\d+(?:st|nd|rd|th)\b", " ", event)).removeprefix("the ")


def _without_vaguer(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """Drop a festival's screening dated by the year in its name alone when the article dates that festival's
    screening in full ("selected for the 2001 Example Film Festival", "since its premiere at the 2001 Example
    Film Festival", beside "premiered on 14 May 2001 at the Example Film Festival"): one screening, not two."""
    if not any(len(f.date) == 4 and f.event for f in facts):
        return facts
    events = {(_event_key(f.event), f.date[:4]) for f in facts if f.event and len(f.date) > 4}
    return [f for f in facts if not (len(f.date) == 4 and f.event and any(
        year == f.date and _same_event(_event_key(f.event), key) for key, year in events))]


def _same_event(a: str, b: str) -> bool:
    """Whether two festival names (``_event_key``) name one festival: the same words, or one named by its place alone
    ("Zenda" for "the Zenda International Film Festival", "Zendale" for "the Zenda Film Festival"), a word of five
    letters at least that the other's first word starts with or extends."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if not wa or not wb or (len(wa) > 1 and len(wb) > 1):
        return False
    short, long_ = sorted((wa[0], wb[0]), key=len)
    return len(short) >= 5 and long_.startswith(short)


# Kinds of release a plan is weighed against: a theatrical plan is overtaken by any theatrical release on or after
# its date, a home-media plan by a home-media edition, and so on.
_GROUP = {"release": "theatrical", "wide": "theatrical", "limited": "theatrical", "premiere": "theatrical"}


def _group(f: ReleaseFact) -> str:
    """The release a plan is weighed against: a festival's screening only by a screening at that festival
    ("the film would also screen at the Example Film Festival on 19 April" stands beside the theatrical release)."""
    if f.event and f.kind == "release":
        return "festival " + _event_key(f.event)
    return _GROUP.get(f.kind, f.kind)
# A plan the sentence says was given up or changed ("was originally scheduled for …", "… but was postponed")
_PLAN_TOLD = re.compile(rf"\b{_any(_R['plan_told'])}\b")
_GIVEN_UP = re.compile(rf"\b{_any(_R['plans_given_up'])}\b", re.I)


_THEATRICAL = {"release", "wide", "limited", "premiere"}
# A release that happened later than planned: "the release was delayed until …", "it was not released
# in Ruritania until …" (a fact, where "is scheduled for" is a plan).
_HELD_UNTIL = re.compile(r"\b(?:(?:release|premiere)\s+was\s+(?:delayed|postponed|held\s+back|pushed\s+back)|"
                         r"(?P<not>(?:was|were)\s+not\s+(?:released|shown|screened)\b[^;]{0,60}?))\s+until\b")
_NEVER_SECTIONS = {"plot", "cast", "music", "references", "accolades"}
def _version_followed(sent: Sentence, found: list[ReleaseFact]) -> list[ReleaseFact]:
    """ "A dubbed Zendan version, Other Tale, followed on 2 September 2016": that version's release, dated by the first
    date after "followed" (its name between commas is no other work's: the sentence's subject is the film's version);
    nothing when ``found`` already holds that date."""
    vf = _VERSION_FOLLOWED.match(sent.text)
    d = DATE_RX.search(sent.text, vf.end()) if vf else None
    day = parse_date(d.group(0)) if d else ""
    if not day or any(f.date_text == d.group(0) for f in found):
        return []
    return [ReleaseFact(sentence=sent.idx, kind="release", date=day, date_text=d.group(0))]


# The film's version told after its release, the verb "followed": "A dubbed Zendan version, Other Tale, followed on 2
# September 2016", "A Tamil dubbed version followed in 1995" (a sequel or a remake that "followed" is no version).
_VERSION_FOLLOWED = re.compile(r"(?:An?|The|Its)\s+(?:[\w-]+\s+){0,3}?(?:dubbed|dub|cut|subtitled|edited)\s+(?:[\w-]+\s+)?version"
                               r"(?:\s*,\s*[^,;]{1,50},)?\s+followed\s+(?=on\s|in\s)")


def _joint_release(article: Article, section: int) -> bool:
    """Whether the section's own heading joins a release part to another ("Accolades and restoration", "Awards and
    release"): its sentences that tell of no prize are read as a release section's."""
    return bool(joint_kinds(article.sections[section].heading) & {"release", "home_media"})
_ACCOLADE_SCREENING = re.compile(rf"\b{_any(_R['accolade_screenings'])}\b")
_ACCOLADE_WON = re.compile(rf"\b{_any(_R['accolade_prizes'])}\b", re.I)
_OTHER_WORK_HEADING = re.compile(rf"\b{_any(_R['other_work_headings'])}\b", re.I)
_DUB_HEADING = re.compile(rf"\b{_any(_R['dub_headings'])}\b")
_HELD_UNTIL_END = _held_until_end()


# Literal prefilters (bot/rxgate.py): these frames need words most sentences lack, and each is
# tried at every name or word boundary otherwise. The words are read from the patterns themselves.
gate(globals(), "_OTHER_SUBJECT", "_FESTIVAL", "_PLANNED", "_THEATERS", "DATE_RX")
# Picked by replaying the extractors' calls over the corpus and seed with and without a prefilter.
gate(globals(), "_NOUN_RELEASE", "_RELATIVE_DATE")
# every sentence is first asked whether it names any kind of release
# (the wide cue's gate read off a simpler pattern: every way of it holds "wide", "general" or "expand", which its
# alternation of phrases hides from the reader of words)
_CUE_LIKE = {"wide": re.compile(r"wide|general|expand", re.I),
             # (every home-media format holds one of these literals: the pattern, with no gate, was the costliest cue)
             "home_media": re.compile(r"DVD|Blu|VHS|LaserDisc|laserdisc|Ultra HD| 4K|\(4K|4K |home |-disc|igital|video on demand|"
                                      r"VOD|CED|Betamax|UMD|VCD|Video CD|direct-to-")}
_CUES[:] = [(kind, gated(rx, like=_CUE_LIKE.get(kind))) for kind, rx in _CUES]
# every sentence, then every clause of one that holds a cue, asks all of them in turn: one generated call
_cue_kinds, _any_cue = which_match(_CUES)
# Dates: a pattern with no word long enough for a gate, so behind a lookahead of its opening characters
# (found by replaying the extractor's calls over the seed and corpus; every answer compared, none differs).
opening(globals(), "DATE_RX")
# Alternations run as their alternatives, each only where the words it requires are (bot/rxgate.py's Pruned;
# picked by replaying the extractor's calls over the corpus and seed, every answer compared, none differs).
prune(globals(), "_ASIDE_HINT", "_CLAUSE_BREAK")
