"""Money facts: budget, opening weekend, per-theatre average, territory grosses, home media.

Every figure of money in a sentence is found by ``common.iter_money``; what the figure *is*
comes from the words around it. A sentence often carries several figures ("$12.5 million in
the United States and Canada and $9.5 million in other territories for a worldwide gross of
$22 million"), so each figure is read with its own window: the text since the previous
figure (where "grossed", "a budget of" and "a worldwide gross of" stand) and the text up to
the next one (where "in other territories", "per theater" and "budget" stand).

Precision comes first. A figure is kept only when its window names what it is; figures for
a part of the run (a second weekend, a single day, previews), for other films ("surpassing
X's $100 million"), forecasts, deals, salaries, rights and rentals are dropped, as are
conversions in brackets ("₹100 crore (US$14 million)" keeps the rupee figure only).

Conflicting figures are all kept, each with its own sentence: the lead's "over $22 million"
and the box-office section's "$21.6 million" are both facts, for the answer to cite both.

The first weekend of a wide release after a limited run is filed as ``opening_weekend``
(it is the opening weekend of that release); the sentence says which release it was.
"""

from __future__ import annotations

import re

from ..article import Article, Sentence
from ..facts import Fact, MoneyFact
from .common import MoneySpan, iter_money

# Sections whose money is about something else (a plot's ransom, a cast member's fee, a
# soundtrack's sales) or not prose at all.
_SKIP_SECTIONS = {"plot", "cast", "references", "music", "accolades", "themes"}

# --- what kind of figure: cues read in the window around one figure ------------------------
_PER_THEATER = re.compile(r"^\W{0,3}(?:\w+\s+){0,2}?(?:per|a|each)\s+(?:theat(?:er|re)|screen|location|venue|cinema|site|print)s?\b", re.I)
_BUDGET_AFTER = re.compile(
    r"^[\s)]*(?:(?:production|estimated|total|original|initial|reported|approximate|final|shooting|modest|"
    r"small|low|tight|big|large|huge|combined|overall)[\s-]+){0,2}budget\b",
    re.I,
)
# "cost" alone is any expense ("the costumes cost $100,000"); only the film's own cost is a budget.
_BUDGET_BEFORE = re.compile(
    r"(?:\bbudget(?:ed)?\b|\bproduction costs?\b|\bnegative cost\b|\b(?:film|movie|picture|it|which)\s+cost\b|\bcosting\b"
    r"|\bmade for\b|\bfinanced\b|\bproduced for\b)[^.;$₹£€¥]{0,60}$",
    re.I,
)
_COST_TO_MAKE_AFTER = re.compile(r"^[\s)]*(?:\w+\s+){0,1}to (?:make|produce|film|shoot)\b", re.I)
_HOME_MEDIA = re.compile(r"\b(?:DVDs?|Blu-?ray|VHS|home (?:media|video|entertainment)|video sales|laserdisc|digital (?:sales|downloads?))\b", re.I)
_OPENING = re.compile(
    r"\bopening[\s-]weekend\b|\bfirst weekend\b|\bdebut weekend\b|\b(?:its|an?|the) opening (?:of|gross|collection|haul|figure)\b",
    re.I,
)
# Opening verbs count only right before the figure: "debuted to harsh reviews and took in
# only $2 million" is not an opening weekend figure.
_OPENING_VERB = re.compile(
    r"\b(?:debut(?:ed|ing|s)?|opened|opening|premiered)\b(?:\s+(?:at|to|with|earning|grossing|of|No\.\s?\d+|number|\w+)){0,4}\s*$",
    re.I,
)
# Part of the run, not a total: dropped (no kind fits it).
_PARTIAL = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|following|next|subsequent|last|final)\s+"
    r"(?:weekend|week|day|days|weeks)\b|\b(?:opening|first|single|\d+(?:st|nd|rd|th)) day\b|\bon its (?:\w+ )?day\b"
    r"|\bpreviews?\b|\bmidnight\b|\bThursday|\bFriday|\bSaturday|\bSunday|\bMonday|\bTuesday|\bWednesday"
    r"|\bper day\b|\bdaily\b|\bfirst week\b|\bopening week\b|\bweekday|\bfour-day|\bthree-day|\bfive-day"
    r"|\bdays?\b|\bweeks?\b|\bholiday weekend\b|\bdropp(?:ed|ing)\b|\bfell\b|\bdeclin|\bversions?\b|\bdubbed\b"
    r"|\bre-?(?:release|issue|entered)|\ba further\b|\badditional\b|\banother\b",
    re.I,
)
# Money that is not the film's takings or cost.
_OTHER_MONEY = re.compile(
    r"\b(?:salary|salaries|paid|pay|payment|fees?|rights|sold for|bought|acquired|purchased|lawsuit|sued|damages|"
    r"settlement|prints and|loans?|tax(?:es)?|commission|costs?|fastest|milestone|mark|club|to (?:cross|reach|earn|gross|pass)|prize|award(?:ed)?|fund(?:ed|ing|s)?|spent|spend|"
    r"rentals?|distribution income|toys?|soundtrack|album|profits?|loss|lost|deficit|debt|bonus|"
    r"projected|projection|expected|forecast|tracking|estimates? (?:to|of)|predicted|would|could|worth of|bid|offer|"
    r"record (?:of|held|set)|ahead of|than|behind|compared|previous|previously|per capita|"
    r"ticket prices?|prices?|pre-release|equivalent|inflation|adjusted|satellite|grant|raised|crowdfund\w*|Kickstarter|short of|short)\b"
    r"|\b(?:donat|advertis|promot|marketing|insur|invest|merchandis|royalt|licens|surpass|beat|outgross|overt(?:ook|aking))",
    re.I,
)
# A person's pay ("he only earned $10,000"); case-sensitive so a title that is a pronoun is not caught.
_PERSON = re.compile(r"\b(?:he|she|they|him|her|his)\b")
_POSSESSIVE_TAIL = re.compile(r"(?:'s|’s|s')\s+(?:\w+\s+){0,2}$")
_GROSS = re.compile(
    r"\bgross(?:ed|ing|es)?\b|\bearn(?:ed|ing|ings|s)?\b|\bcollect(?:ed|ing|ions?|s)?\b|\btook in\b|\btaking\b|\btakings\b"
    r"|\bbox[ -]office\b|\bmade\b|\bmaking\b|\bearner\b|\brevenue\b|\bbusiness\b|\bhaul\b|\bcume\b|\btotal(?:led|ing)?\b|\bbringing\b",
    re.I,
)
_LAST_BREAK = re.compile(r",\s|;\s|\band\b|—|–\s")
_FIRST_BREAK = re.compile(r",\s|;\s|\s—|—\s|\s–\s")
_RERUN = re.compile(r"\bre-?(?:releas|issu|entered)\w*|\bagain\b|\banniversary\b|\bscreenings\b", re.I)
_CUMULATIVE = re.compile(r"\b(?:bring(?:ing)?|rais(?:ed|ing)|total(?:ling|ing)?|overall|cumulative|lifetime|worldwide gross)\b", re.I)
_RANKING = re.compile(r"\b(?:ranked|topp(?:ed|ing)|finish(?:ed|ing)|number (?:one|\d+)|No\. ?\d|#\d|first place|top spot|at number)\b", re.I)
# "weekend" that is not the opening one ("the weekend's total", "its second weekend").
_OTHER_WEEKEND = re.compile(r"(?<!opening )(?<!first )(?<!debut )(?<!opening-)\bweekends?\b(?! of (?:its )?(?:wide )?release)", re.I)
_BUDGET_CHANGE = re.compile(r"\b(?:increased|rose|grew|went up|more|additional|extra|further|over|overrun|by)\W*$", re.I)
_LIMITED_RUN = re.compile(r"\bon (?:its )?limited release\b|\bduring (?:its )?limited (?:release|run)\b|\blimited run\b", re.I)

# Regions: after the figure ("$12.5 million in the United States and Canada") or before it
# ("a worldwide gross of $22 million").
_WORLD = r"worldwide|world-wide|globally|global|around the world|across the world|all over the world|world over"
_DOMESTIC = (r"(?:in|from|at)\s+(?:the\s+)?(?:United States and Canada|US and Canada|U\.S\. and Canada|North America|"
             r"United States|U\.S\.|US|domestic box office|North American box office|American box office)\b|domestically|in North American")
_INTL = (r"(?:in|from)\s+(?:other|foreign|international|overseas)\s+(?:territories|markets|countries|regions)|overseas|"
         r"internationally|outside (?:of )?(?:the )?(?:United States|US|U\.S\.|North America|India|its home)\w*|"
         r"in the rest of the world|abroad|from international markets|from overseas")
_REGION_AFTER = re.compile(rf"^[\s,)]*(?:\([^)]*\)\s*)?(?:\w+\s+){{0,4}}?(?P<r>{_WORLD}|{_DOMESTIC}|{_INTL})", re.I)
_COUNTRY_AFTER = re.compile(
    r"^[\s,)]*(?:\([^)]*\)\s*)?(?:\w+\s+){0,2}?(?:in|from)\s+(?P<r>(?:the\s+)?[A-Z][\w.'’-]+(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w.'’-]+){0,3})"
)
_REGION_BEFORE = re.compile(
    rf"\b(?P<r>{_WORLD}|domestic|North American|international|overseas|foreign)\s+(?:box[- ]office\s+)?"
    r"(?:gross|total|collection|earnings|box office|cume|haul|run|takings|revenue)\b[^.;$₹£€¥]{0,25}$",
    re.I,
)
_MONTH_WORD = re.compile(r"^(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                         r"IMAX|Tamil|Telugu|Hindi|Kannada|Malayalam|English|Region)\b")


# A territory that opens the sentence ("In Japan, the film grossed …", "Worldwide, it earned …").
_LEADING_REGION = re.compile(
    r"^(?:(?:In|Across|Within)\s+(?P<r>(?:the\s+)?[A-Z][\w.'’-]+(?:\s+(?:and\s+|of\s+)?[A-Z][\w.'’-]+){0,4})"
    r"|(?P<w>Worldwide|Globally|Overseas|Internationally|Domestically|Outside (?:of )?(?:the )?[A-Z][\w.]+(?: [A-Z]\w+)?))\s*,"
)


def _region_kind(region: str) -> str:
    r = region.lower()
    if re.search(_WORLD, r):
        return "worldwide"
    if re.search(r"other|foreign|international|overseas|outside|rest of|abroad", r):
        return "international"
    if re.search(r"domestic|north america|united states|u\.s\.|\bus\b|^american", r):
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
    m = _COUNTRY_AFTER.match(after[:80])
    if m and not _MONTH_WORD.match(m.group("r")) and not _HOME_MEDIA.search(m.group("r")):
        return _tidy(m.group("r")), ""
    m = _LEADING_REGION.match(sentence)
    if m and not _MONTH_WORD.match(m.group("r") or ""):
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


def _kind(before: str, after: str, earlier: str, first: bool) -> str:
    """The kind of one figure from its window, or '' when the window does not say.

    ``before`` is the text since the previous figure, ``after`` the text up to the next one and
    ``earlier`` all of the sentence before the figure: in "grossed $12.5 million in the United
    States and Canada and $9.5 million in other territories" the second figure's verb is far back."""
    near_before = _tail(before, 80)
    if _PER_THEATER.match(after):
        return "per_theater"
    if _BUDGET_AFTER.match(after) or _COST_TO_MAKE_AFTER.match(after) or _BUDGET_BEFORE.search(near_before):
        if _BUDGET_CHANGE.search(near_before) or re.match(r"\s*(?:more|over budget)\b", after):
            return ""  # an increase or overrun, not the budget itself
        if re.search(r"\b(?:marketing|advertis|promot|effects|salary|each|apiece|costume|suit|sequence|scene|song)\w*", near_before + after[:30], re.I):
            return ""
        return "budget"
    own_before, own_after = _own(before, after, first)
    window = own_before + " " + own_after[:60]
    if _OTHER_MONEY.search(window) or _POSSESSIVE_TAIL.search(own_before) or _PERSON.search(own_before):
        return ""
    if _HOME_MEDIA.search(window):
        return "home_media"
    if _PARTIAL.search(window):
        return ""
    if _OPENING.search(window) or _OPENING_VERB.search(own_before):
        return "opening_weekend"
    if _RERUN.search(earlier + after) and not _CUMULATIVE.search(before[-60:]):
        return ""  # a re-release's takings, unless the figure is the new running total
    if _RANKING.search(before[-60:] + after[:60]) or _OTHER_WEEKEND.search(earlier + after):
        return ""  # a weekend's chart position without saying which weekend
    if _GROSS.search(near_before) or _GROSS.search(after[:40]) or _LIMITED_RUN.search(after[:60]):
        return "gross"
    if _GROSS.search(earlier) and _region(before, after, earlier)[1]:
        return "gross"
    return ""


_FROM_TO = re.compile(r"\s*(?:to|and then to|and later to|and eventually to)\s*")
# Below this a figure is a ticket or retail price, not takings or a budget.
_MIN_AMOUNT = 1000


def _bracketed(sentence: str, span: MoneySpan) -> bool:
    """A figure alone in brackets is a conversion of the one before ("₹100 crore (US$14 million)")
    or an aside about something else ("behind another new release ($15 million)"): never the fact."""
    return bool(re.search(r"\(\s*(?:about|around|approx\.?|approximately|roughly|c\.|~|est\.)?\s*$", sentence[: span.start], re.I)
                and re.match(r"\s*\)", sentence[span.end :]))


def _facts_of_sentence(sent: Sentence) -> list[MoneyFact]:
    text = sent.text
    spans = [s for s in iter_money(text) if not _bracketed(text, s)]
    out: list[MoneyFact] = []
    for i, span in enumerate(spans):
        before = text[spans[i - 1].end if i else 0 : span.start]
        after = text[span.end : spans[i + 1].start if i + 1 < len(spans) else len(text)]
        kind = _kind(before, after, text[: span.start], i == 0)
        if not kind and out and out[-1].text == spans[i - 1].text and _FROM_TO.fullmatch(before):
            kind = out[-1].kind  # "escalated from $10 million to $15 million": both are budgets
        if not kind or (span.amount < _MIN_AMOUNT and kind != "per_theater"):
            continue
        currency = _currency(span, text)
        region, region_kind = ("", "") if kind in {"per_theater", "budget"} else _region(before, after, text)
        if region_kind == "domestic" and currency != "USD":
            region_kind = ""  # "domestic" means the North American market, reported in dollars
        if kind == "gross" and region_kind:
            kind = region_kind
        out.append(MoneyFact(sentence=sent.idx, kind=kind, amount=span.amount, amount_high=span.amount_high,
                             currency=currency, qualifier=span.qualifier, region=region, text=span.text))
    return out


_PAKISTAN = re.compile(r"\bPakistan", re.I)


def _currency(span: MoneySpan, sentence: str) -> str:
    """Rupee figures in a sentence about Pakistan are Pakistani rupees ("Rs. 5 crore in Pakistan")."""
    if span.currency == "INR" and "₹" not in span.text and _PAKISTAN.search(sentence):
        return "PKR"
    return span.currency


def extract(article: Article) -> list[Fact]:
    """Money facts of one article, in sentence order; the same figure in two sentences is two facts."""
    facts: list[Fact] = []
    for sent in article.sentences:
        if article.section_kinds(sent.section) & _SKIP_SECTIONS:
            continue
        if not any(ch in sent.text for ch in "$£€¥₹₩₱₽₺₦৳") and not re.search(r"\d\s?(?:crore|lakh|lac|dollars|yuan|yen|euro|pounds|won|rupees|pesos)", sent.text):
            continue
        facts.extend(_facts_of_sentence(sent))
    return facts
