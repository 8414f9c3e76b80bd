"""Reviews: aggregate scores (Rotten Tomatoes, Metacritic, CinemaScore, PostTrak) and
individual critics' reviews with their rating, verdict and a quote.

Aggregates are written in a handful of stock phrasings, so each part (percentage, review
count, average, descriptor) is found on its own and the fact's ``text`` is the verbatim
span from the first part to the last. Critics are anchored on how reception sections name
them ("Jane Doe of The Daily Paper", "The Weekly's John Roe", "Jane Doe
said"); a name is taken as a critic only in such a frame, which keeps actors and
directors named inside a review ("comparing his role to X's in Y") out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..article import Article, Sentence, joint_kinds
from ..facts import Fact, ReviewFact, ScoreFact
from ..rxgate import Folded, Gated, gate, gated, opening
from ..vocab import alternation, ascii_case_trie, load, trie_alternation
from .awards import PRONOUNS
from .common import (
    _UPPER,
    MONTHS,
    NAME_RE,
    NAME_RX,
    NAME_RX_SPACED,
    NUMBER_WORD_RX,
    cue_words,
    has_cue,
    parse_int,
)
from .names import NON_PERSON, PARTICLES, is_person

# --- aggregates ------------------------------------------------------------------------------------

_NUM = NUMBER_WORD_RX
# (a share written out: "75 percent of 20 critics", "75 per cent")
_PERCENT = re.compile(r"\b(\d{1,3})(?:\s?%|\s+per\s?cent\b)")
_COUNT = re.compile(
    rf"\b(?:based\s+on|from|of|with)\s+(?:reviews\s+from\s+|the\s+)?(?P<n>{_NUM})\s+"
    r"(?:surveyed\s+|critical\s+|critic\s+|professional\s+)?(?:reviews|critics|reviewers)\b"
)
_AVERAGE = re.compile(
    r"\b(?:average|weighted\s+average|average\s+(?:critic\s+)?(?:rating|score))\s+(?:rating\s+|score\s+)?"
    r"(?:of\s+|is\s+)?(?P<v>\d{1,2}(?:\.\d{1,2})?)(?:\s*/\s*(?P<s>10|5|100)|\s+out\s+of\s+(?P<s2>10|5))?"
)
# "70 out of 100", "a score of 70", "a weighted average score of 55/100", "a Metascore of 61", "… and 41 on Metacritic"
_MC_SCORE = re.compile(
    r"\b(?:(?P<a>\d{1,3})\s*(?:out\s+of\s+|/\s*)100\b|(?:score|rating|scored|rated|Metascore)\s+(?:of\s+|an?\s+)?(?P<b>\d{1,3})%?(?![\d/]|[.,]\d)"
    r"|(?P<c>\d{1,3})\s+on\s+Metacritic)"
)
_DESCRIPTOR = re.compile(r"\b(?:indicating|signifying|meaning|denoting)\s+[\"“](?P<d>[^\"”]+?)[\s.,]*[\"”]")
_QUOTE = re.compile(r"[\"“](?P<q>[^\"”]{2,})(?:[\"”]|$)")
_GRADE_Q = re.compile(r"[\"“](?P<g>[A-F]\s?[+\-−–]?)[\"”]")
# a grade unquoted: "a grade of B+", "gave it an A–", "gave the film an A-minus" (the sign may be spelt out)
_GRADE_BARE = re.compile(r"\b(?:(?:grade|rating)\s+of|gave\s+(?:it|the\s+(?:film|movie|picture))(?:\s+a\s+rare)?)\s+(?:an?\s+)?"
                         r"(?P<g>[A-F](?:[+\-−–](?!\w)|-?(?:plus|minus)\b)?)(?![\w+\-−–])")
_GRADE_SIGN = {"plus": "+", "minus": "-"}
_POSTTRAK_POS = re.compile(r"\b(?P<n>\d{1,3})%\s+(?:overall\s+)?(?P<d>positive)\b")
_POSTTRAK_REC = re.compile(r"\b(?P<n>\d{1,3})%\s+[\"“]?(?P<d>definite\s+recommend)")
_GLUED = re.compile(r"(?<=[a-z0-9\"”)\]])\.(?=[“\"]?[A-Z][a-z])")

_SOURCES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("rotten_tomatoes", re.compile(r"Rotten\s*Tomatoes")),
    ("metacritic", re.compile(r"Meta(?:critic(?!['’]s)|score\b)")),  # (its figure named alone: "a Metascore of 61")
    ("cinemascore", re.compile(r"CinemaScore")),
    ("posttrak", re.compile(r"PostTrak")),
)
# The literal word each source's pattern opens with: a sentence holding none names no source.
_SOURCE_WORDS = tuple(re.match(r"\w+", rx.pattern).group(0) for _, rx in _SOURCES)
# (named one by one for the test every sentence is asked: a generator over the four cost twice the tests)
_RT_WORD, _MC_WORD, _CS_WORD, _PT_WORD = _SOURCE_WORDS


def _segment(text: str, pos: int) -> tuple[int, int]:
    """Bounds of the sub-sentence around ``pos``: plain-text extracts sometimes glue two
    sentences ('... scale.Jane Doe of ...'), and one aggregate must not reach into the next."""
    start, end = 0, len(text)
    for m in _GLUED.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start() + 1
            break
    return start, end


def _span(text: str, parts: list[tuple[int, int]]) -> str:
    return text[min(s for s, _ in parts) : max(e for _, e in parts)].strip() if parts else ""


def _clip_at_other_source(text: str, start: int, end: int, source: str) -> int:
    """Where the next aggregate's clause starts ('..., while PostTrak reported ...')."""
    for name, rx in _SOURCES:
        if name == source:
            continue
        m = rx.search(text, start, end)
        if m and m.start() > start:
            end = min(end, m.start())
    return end


# A critics' percentage named as theirs: "93% among critic reviews", "a critics' score of 93%"
_CRITICS_PERCENT = re.compile(r"\b(?P<n>\d{1,3})\s?%\s+(?:approval\s+)?(?:among|from|of|with)\s+(?:the\s+)?(?:professional\s+)?"
                              r"(?:critic\s+reviews|critics?|reviewers)\b"
                              r"|\bcritics?['’]?\s+(?:approval\s+)?(?:score|rating)\s+(?:of\s+|is\s+|was\s+|stands\s+at\s+)?(?P<n2>\d{1,3})\s?%")


def _rotten_tomatoes(sent: Sentence, text: str, a: int, b: int, consensus: str) -> ScoreFact | None:
    if re.search(r"\buser\b|\baudience\b", text[a:b]):
        # audience scores are not the critics' aggregate; the critics' figure told beside one is ("a user rating
        # of 99%, … and 93% among critic reviews")
        crit = _CRITICS_PERCENT.search(text, a, b)
        return ScoreFact(sent.idx, source="rotten_tomatoes", score=float(crit.group("n") or crit.group("n2")), consensus=consensus,
                         text=crit.group(0)) if crit else None
    pct = _PERCENT.search(text, a, b)
    if not pct:
        return None
    parts = [pct.span()]
    count = _COUNT.search(text, a, b)
    n = parse_int(count.group("n")) if count else None
    if count:
        parts.append(count.span())
    avg = _AVERAGE.search(text, a, b)
    average = scale = None
    if avg:
        average = float(avg.group("v"))
        sc = avg.group("s") or avg.group("s2")
        scale = float(sc) if sc else None
        parts.append(avg.span())
    return ScoreFact(sent.idx, source="rotten_tomatoes", score=float(pct.group(1)), count=n, average=average,
                     average_scale=scale, consensus=consensus, text=_span(text, parts))


def _metacritic(sent: Sentence, text: str, a: int, b: int, percent: bool = True) -> ScoreFact | None:
    score = _MC_SCORE.search(text, a, b)
    if not score or not percent and score.group(0).endswith("%"):
        return None
    value = float(score.group("a") or score.group("b") or score.group("c"))
    if value > 100:
        return None
    parts = [score.span()]
    count = _COUNT.search(text, a, b)
    if count:
        parts.append(count.span())
    desc = _DESCRIPTOR.search(text, a, b)
    descriptor = desc.group("d").strip() if desc else ""
    return ScoreFact(sent.idx, source="metacritic", score=value, count=parse_int(count.group("n")) if count else None,
                     descriptor=descriptor, text=_span(text, parts))


def _cinemascore(sent: Sentence, text: str, a: int, b: int) -> ScoreFact | None:
    m = _GRADE_Q.search(text, a, b) or _GRADE_BARE.search(text, a, b)
    if not m:
        return None
    lead = re.search(r"(?:an?\s+)?(?:rare\s+)?(?:average\s+)?(?:grade|rating)\s+of\s+$", text[a : m.start()])
    start = a + lead.start() if lead else m.start()
    grade = re.sub(r"-?(plus|minus)$", lambda s: _GRADE_SIGN[s.group(1)], m.group("g"))
    return ScoreFact(sent.idx, source="cinemascore", grade=grade, text=text[start : m.end()].strip())


def _posttrak(sent: Sentence, text: str, a: int, b: int) -> list[ScoreFact]:
    out: list[ScoreFact] = []
    for rx in (_POSTTRAK_POS, _POSTTRAK_REC):
        m = rx.search(text, a, b)
        if m:
            out.append(ScoreFact(sent.idx, source="posttrak", score=float(m.group("n")), descriptor=m.group("d"),
                                 text=m.group(0).strip()))
    return out


def _consensus(article: Article, sent: Sentence) -> str:
    """The critics' consensus quoted in this sentence or the next one of the paragraph."""
    para = article.paragraphs[sent.para].sentences
    pos = para.index(sent.idx)
    for idx in para[pos : pos + 2]:
        text = article.sentences[idx].text
        m = re.search(r"consensus[^\"“]{0,40}?[\"“]", text)
        if not m:
            continue
        body = text[m.end() :]
        close = re.search(r"[\"”]", body)
        if close:
            return body[: close.start()].strip()
        # the quotation runs on over the sentence splitter's cut
        rest = [article.sentences[j].text for j in para[para.index(idx) + 1 : para.index(idx) + 4]]
        joined = " ".join([body, *rest])
        close = re.search(r"[\"”]", joined)
        return joined[: close.start()].strip() if close else ""
    return ""


def _scores(article: Article) -> list[Fact]:
    out: list[Fact] = []
    seen: set[str] = set()
    for sent in article.sentences:
        text = sent.text
        if not (_RT_WORD in text or _MC_WORD in text or _CS_WORD in text or _PT_WORD in text) or "references" in article.section_kinds(sent.section) \
                or sent.section and _other_work_section(article, sent.section):
            continue  # (a sequel's section: its scores are the sequel's)
        for source, rx in _SOURCES:
            m = rx.search(text)
            if not m or source in seen and source != "posttrak":
                continue
            a, b = _segment(text, m.start())
            b = _clip_at_other_source(text, m.start(), b, source)
            if source != "posttrak":
                # the figures may come before the name ("a 93% rating on Rotten Tomatoes")
                a = max(a, _previous_source_end(text, m.start(), source))
            facts: list[ScoreFact] = []
            if source == "rotten_tomatoes":
                f = _rotten_tomatoes(sent, text, a, b, _consensus(article, sent))
                facts = [f] if f else []
            elif source == "metacritic":
                # "71% on Rotten Tomatoes, and on Metacritic a score of 62": the figure after the name first,
                # before it ("a score of 62 on Metacritic") only when none follows
                # (not a percentage there: "… on Metacritic and a rating of 80% on Rotten Tomatoes")
                f = _metacritic(sent, text, m.start(), b, percent=False) if a < m.start() else None
                f = f or _metacritic(sent, text, a, b)
                facts = [f] if f else []
            elif source == "cinemascore":
                f = _cinemascore(sent, text, a, b)
                facts = [f] if f else []
            elif "posttrak" not in seen:
                facts = _posttrak(sent, text, a, b)
            if facts:
                seen.add(source)
                out.extend(facts)
    return out


def _previous_source_end(text: str, pos: int, source: str) -> int:
    end = 0
    for name, rx in _SOURCES:
        if name == source:
            continue
        for m in rx.finditer(text, 0, pos):
            nxt = re.search(r"[;]|,\s+while\b", text[m.end() : pos])
            if nxt:
                end = max(end, m.end() + nxt.end())
            else:
                end = max(end, pos)
    return end if end < pos else 0


# --- critics ---------------------------------------------------------------------------------------
# The words come from bot/vocab/reviews.toml; the frames below are compiled once at import.

_V = load("reviews")
_VERB = alternation(_V["verbs"])
_PUB_VERB_WORDS = alternation(_V["publication_verbs"])
# (reviews.toml quoted_publication_verbs: a news verb counts only with the paper's quote right after it)
_PUB_VERB = rf"(?:{_PUB_VERB_WORDS}|{alternation(_V['quoted_publication_verbs'])}(?=,?\s+[\"“]))"
_LEAD_IN = rf"(?:(?:{alternation(_V['verb_lead_ins'])}|[a-z]+ly|in\s+(?:1[89]|20)\d\d)\s+)*"
# a reviewer's verb, after optional adverbs ("also", "strongly", "in 2005") and a comma
_THEN_VERB = rf"\s*,?\s+{_LEAD_IN}(?:{_VERB})\b"
_THEN_PUB_VERB = rf"\s*,?\s+{_LEAD_IN}(?:{_PUB_VERB})\b"
# "Jane Doe of The Daily allowed that it had "a kind of charm"": any few lowercase words, then the
# critic's quoted words. Only a critic named with a publication that is firmly one takes it, and only
# in a reception section.
_THEN_QUOTE = r"\s+(?:[a-z][\w'’-]*\s+){1,8}?(?:that\s+|as\s+)?[\"“]"
_ROLES = alternation(_V["role_nouns"], flags="i")
# A rank before a role noun: "Ora Pell, chief film critic for The Daily"
_RANK = r"(?:(?:chief|lead|senior|head|former|longtime|veteran|staff)\s+)?"
# Nouns of a medium (reviews.toml medium_nouns): "Ora Pell of the trade paper The Daily", "website Example said"
_MEDIUM = alternation(_V["medium_nouns"])
_STRONG_ROLES = {r.lower() for r in _V["strong_role_nouns"]}
_ROLE_PREFIX = rf"(?:(?:[Tt]he\s+|[Aa]n?\s+)?{_ROLES}\s+)"

# ("Example/12": a paper named with a slash; "123Example rated it 3/5", "123example …": a site named with its digits
# first, then a word of four letters at least, never "1950s", "35mm" or "3rd")
_PUB_WORD = r"(?:[A-Z][\w.'’!\-/]*[\w.!]|[A-Z]|\d++(?:[A-Z][a-z]|[a-z]{4})\w*+)"
# (each run of word characters is read whole, possessively: a domain's runs end at its dots, so a shorter run
# never matches, and the engine gave it back one character at a time at every word of every sentence)
_DOMAIN = rf"(?:[A-Za-z][\w\-]*+(?:\.[\w\-]++)*\.{alternation(_V['domains'])}(?![\w.]))"
# "Corriere della Example", "Cahiers du cinéma": a Romance paper's joining word, and a lower-case word after "du"
_PUB_JOIN = r"(?:of|and|&|on|de|du|la|le|des|della|del|dei|di|da|do|dos|das|der|y)"
_PUB_LOWER_END = r"(?:du|della|del|di|do|da)\s+[a-zà-ÿ]{3,}\b(?!\s+[a-z])"
PUBLICATION_RX = (rf"(?:The\s+)?(?:{_DOMAIN}|{_PUB_WORD}(?:\s+(?:{_PUB_LOWER_END}|(?:{_PUB_JOIN}\s+)?{_PUB_WORD})){{0,5}})"
                  r"(?:\s+\d{1,3}(?![\d.,/]|\s*(?:stars?|out|points?)\b))?"  # a channel's number: "Example News 18"
                  r"(?:\s+(?:magazine|newspaper|website|daily|weekly)\b)?")
# a book or a long title: "Example Noir: A Reference to the Style"
_TITLE_RX = (rf"{_PUB_WORD}(?:\s+{_PUB_LOWER_END}|(?::\s+|\s+(?:(?:of|and|&|on|to|the|a|an|in|for|at|from|with|de|du|la|le|della|del|di)\s+)*)"
             rf"{_PUB_WORD}){{0,12}}")
# The one-word callings of reviews.toml role_nouns, capitalised as a sentence opens them ("Historian", "Scholars")
_CAP_ROLE_WORDS = trie_alternation(sorted({w[:1].upper() + w[1:] for w in _V["role_nouns"] if " " not in w}))
# A name opens on a capital (NAME_RX's first word, or a bare initial before it): looked at first, so
# the openers' alternation below is tried at capitals only, not at every word of the sentence.
_CRITIC_NAME = (
    rf"(?={_UPPER})"
    r"(?!(?:The|A|An|In|On|At|For|Writing|Reviewing|Critic|Critics|Film|Conversely|However|But|Also|Both|Other|"
    r"Some|Many|While|When|After|Although|Though|Despite|Meanwhile|Later|Upon|Like|Unlike|As|If|Today)\s)"
    # (nor a reviewer's calling written before the name: "Scholars Ora Pell and Tam Osk cited …", reviews.toml role_nouns)
    + rf"(?!{_CAP_ROLE_WORDS}\s)"
    + r"(?:[A-Z]\s+(?=[A-Z][a-z]))?" + NAME_RX
)
# The same, for frames whose next character after the critic is no word's (a space, a comma, a bracket):
# its words read whole (common.NAME_RX_SPACED), same matches.
_CRITIC_NAME_SP = _CRITIC_NAME[: -len(NAME_RX)] + NAME_RX_SPACED
_ROLE = r"(?:(?:[Ff]ilm\s+|[Mm]ovie\s+)?[Cc]ritics?\s+|[Rr]eviewer\s+|[Cc]olumnist\s+)?"
_START = r"(?:^|(?<=[\s(\"“,;.]))"
# Where a clause starts: a new subject may stand here ("... 3/5 and The Weekly gave it 2/5").
# Each way ends on a space or a closing mark, or is the start: the first test rules out the middle of a word at once.
_CLAUSE = r"(?<![^\s.!?\"”])(?:^|(?<=[.!?\"”;]\s)|(?<=[.!?\"”])|(?<=\sand\s)|(?<=\swhile\s)|(?<=\swhereas\s)|(?<=\sbut\s)|(?<=\sthat\s))"
# (reviews.toml review_participles, each either case, and what was reviewed: "Reviewing the 2016 restoration for …")
_PARTICIPLE = "(?:" + "|".join(f"[{w[0]}{w[0].lower()}]{re.escape(w[1:])}" for w in _V["review_participles"]) + ")"
_REVIEWED = (rf"(?:\s+(?:it|(?:the|its|this)\s+(?:(?:[A-Za-z][\w-]*+|\d{{4}})\s+){{0,3}}?"
             rf"{alternation(_V['reviewed_things'])}(?![\w-])))")
# An opening phrase before the subject: "By contrast, ", "In his review, ", "When the film was released ".
# (its words read whole, atomically, where a space or a comma must follow them: a shorter reading of one ends before
# a word's character, so it could never be followed there; the engine gave each word back a character at a time
# at every capital of a clause with no comma after its first words; same matches)
_OPENER = (r"(?:(?:(?>[A-Z][\w\-]*)(?:\s+(?:(?>[a-z][\w\-']*)|\d{4})){0,5},\s+)"
           r"|(?:(?:In|On|At|From|During)\s+(?:(?>[a-z][\w\-']*)\s+|\d{4}\s+){1,5}(?:[A-Z][\w\-']*\s*){1,4}(?:(?:release|edition|version|reissue|restoration)\s*)?,\s+)"
           r"|(?:When|After|Upon|On)\s+(?:the\s+(?:film|movie|picture)|it)\s+(?:was\s+)?(?:first\s+|initially\s+)?"
           r"(?:released|opened|premiered)(?:\s+in\s+\d{4})?,?\s+"
           # "Following a July 1992 release by Example Pictures, …", "After its premiere at the Example Festival, …"
           r"|(?:After|Following|Upon)\s+(?:a|an|the|its)\s+[^,;\"“]{0,40}?\b(?:release|premiere|screening|re-release|reissue)\b[^,;\"“]{0,40},\s+"
           # "Reviewing the festival screening, The Daily called it …" (reviews.toml review_participles, reviewed_things)
           rf"|(?:{'|'.join(re.escape(w) for w in _V['review_participles'])}){_REVIEWED},\s+)?")
_NOT_OPENER = re.compile(r"\b(?:" + "|".join(_V["not_review_openers"]) + r")\b", re.I)

# "Jane Doe of The Daily Paper praised", "Jane Doe of the Daily and John Roe of the Weekly both ..."
_NAME_OF_PUB = re.compile(
    rf"{_START}(?:Conversely,\s+|However,\s+|But\s+|Meanwhile,\s+)?{_ROLE}(?P<critic>{_CRITIC_NAME_SP})"
    rf"\s*,?\s+(?:of|from|at|for|with)\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){{0,3}}?(?:{_MEDIUM})\s+)?(?P<pub>{PUBLICATION_RX})"
    rf"(?=\s*[,;:(]|\s+(?:was|is|had|has|in|for|on|also|both)\b|\s+and\s+[A-Z]|{_THEN_VERB}"
    # "… and Jane Doe of the Daily Times singled the star out": any verb in the past tense, taken only for a paper
    # firm by its shape in a reception section (the critic and paper vouch for a verb the tables lack)
    r"|(?P<ed>\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b))"
)
# "critic Tam of The Daily praised …", "Tam from example.com called it …": a critic named by one word, taken only
# where the sentence vouches for a person (a role noun before the word, or a web address as the paper).
_ONE_NAME_OF_PUB = re.compile(
    rf"{_START}(?P<role>(?:[Ff]ilm\s+|[Mm]ovie\s+)?(?:[Cc]ritic|[Rr]eviewer)\s+)?(?P<critic>[A-Z][a-z]{{2,}})\s+(?:of|from|at)\s+"
    rf"(?:the\s+)?(?P<pub>{PUBLICATION_RX})(?={_THEN_VERB}|\s*,)")
_WORD_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
_PRE_ONE_ROLE = re.compile(r"(?:[Cc]ritic|[Rr]eviewer)\s+[A-Z]")
# "Jane Doe (The Daily Paper) called it …": the paper in brackets after the critic (firm by its shape only: a
# bracket after a name holds a part or a year as often).
_NAME_PAREN_PUB = re.compile(
    rf"{_START}{_ROLE}(?P<critic>{_CRITIC_NAME_SP})\s+\((?:the\s+)?(?P<pub>{PUBLICATION_RX})\)(?={_THEN_VERB})")
# "... is described as a "routine tale" by Jane Doe of The Daily.": the critic as a passive agent.
_BY_NAME_OF_PUB = re.compile(
    rf"\bby\s+{_ROLE}(?P<critic>{_CRITIC_NAME_SP})\s*,?\s+(?:of|from|at)\s+(?:the\s+)?(?P<pub>{PUBLICATION_RX})(?=\s*(?:[.,;]|$))")
# "Jane Doe of The Daily allowed that it had "a kind of charm"": no reviewer's verb, but a quote.
_NAME_OF_PUB_QUOTE = re.compile(
    rf"{_START}{_ROLE}(?P<critic>{_CRITIC_NAME_SP})\s*,?\s+(?:of|from|at|for|with)\s+(?:the\s+)?(?P<pub>{PUBLICATION_RX})"
    rf"(?={_THEN_QUOTE})"
)
# "Jane Doe, writing for The Daily Paper, ...", "Jane Doe, film critic for The Daily, ..."
_NAME_COMMA_ROLE = re.compile(
    # ("Jane Doe, reviewing it for The Daily, …", "Jane Doe, reviewing from Example City for The Daily, …": the place the
    # critic wrote from before the paper)
    rf"{_START}(?P<critic>{_CRITIC_NAME_SP}),\s+(?:(?:the|an?)\s+)?{_RANK}(?:{_ROLES}|writing|reviewing(?:\s+(?:the\s+(?:film|movie)|it))?)"
    rf"(?:\s+from\s+[A-Z][\w'’.-]*+(?:\s+[A-Z][\w'’.-]*+){{0,3}}(?=\s+for\s))?"
    rf"\s+(?:for|of|at|in|with|from)\s+(?:the\s+)?(?P<pub>{PUBLICATION_RX})"
    # ("Jane Doe, writing in The Daily in 2004, called it …": the year of the review after the paper)
    rf"(?:\s+in\s+(?:1[89]|20)\d\d(?=\s*,))?(?=\s*[,;:.)]|\s+and\b|{_THEN_VERB})"
)
# "Jane Doe writing for The Daily called it", "Jane Doe (reviewing for The Daily) found it": the frame above
# without its commas; the paper must be firm by its shape or known.
_NAME_WRITING_FOR = re.compile(
    rf"{_START}(?P<critic>{_CRITIC_NAME_SP})\s+\(?(?:writing|reviewing(?:\s+the\s+(?:film|movie))?)\s+(?:for|in)\s+(?:the\s+)?"
    rf"(?P<pub>{PUBLICATION_RX})\)?(?={_THEN_VERB})")
_PRE_WRITING_FOR = re.compile(r"[\w.]\s+\(?(?:writing|reviewing)\s")
# "Jane Doe in The Daily Paper wrote", "Jane Doe, in Example Noir: A Reference, notes"
_NAME_IN_PUB = re.compile(
    rf"{_START}{_ROLE}(?P<critic>{_CRITIC_NAME_SP}),?\s+(?:in|on)\s+(?:the\s+)?(?P<pub>{_TITLE_RX})(?:\s+magazine)?(?:\s+\((?:1[89]|20)\d\d\))?(?={_THEN_VERB})"
)
# "The Weekly's John Roe", "The Weekly's critic, John Roe, found …"
_ROLE_COMMA = r"(?:[Ff]ilm\s+|[Mm]ovie\s+)?(?:[Cc]ritic|[Rr]eviewer),\s+"
_PUB_S_NAME = re.compile(
    rf"(?:^|(?<=[\s(\"“,;]))(?P<pub>{PUBLICATION_RX})(?:['’]s|(?<=s)['’])\s+(?:{_ROLE}|{_ROLE_COMMA})(?P<critic>{_CRITIC_NAME_SP})"
    # (or another paper's critic next: "The Daily's Jane Doe and The Weekly's John Roe both praised …")
    rf"(?={_THEN_VERB}|\s+and\s+(?:[Tt]he\s+)?(?:{_PUB_WORD}\s+){{0,3}}?{_PUB_WORD}['’]s\s+{_UPPER})"
)
# "The Daily Paper critic Jane Doe called it ..."
_PUB_ROLE_NAME = re.compile(
    rf"{_START}(?P<pub>{PUBLICATION_RX})\s+(?:(?:film|movie|chief|lead|senior|staff)\s+)?(?:critic|reviewer|columnist|staffer|writer)\s+"
    rf"(?P<critic>{_CRITIC_NAME_SP})(?=\s*,|{_THEN_VERB})"
)
# "Writing for Variety, Peter Debruge called ...", "For The Weekly, Jane Doe gave ...",
# "In his review for The Daily, ...", "In her book Example Noir, Jane Doe wrote ..."
_WRITING_FOR = re.compile(
    rf"(?:\b{_PARTICIPLE}{_REVIEWED}?\s+(?:for|in)"
    r"|\b[Ii]n\s+(?:his|her|their|a|an|its)\s+(?:[a-z][\w-]*\s+)?(?:review|column|piece|article|critique|essay|list|ranking)(?P<of>\s+of\s+[^,]{1,60}?)?\s+(?:for|in)"
    r"|(?:^|(?<=[.;]\s))[Ff]or)"
    rf"\s+(?:the\s+)?(?P<pub>{PUBLICATION_RX})(?:\s+in\s+(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d|\s+from\s+[A-Z][a-z]+"
    # ("Writing in The Daily after the 2016 restoration, Ora Pell called …")
    rf"|\s+(?:after|on|for)\s+(?:the|its)\s+(?:(?:1[89]|20)\d\d\s+)?{alternation(_V['reviewed_things'])}(?![\w-]))?"
    rf",\s+{_ROLE}(?P<critic>{_CRITIC_NAME_SP})(?={_THEN_VERB})"
    rf"|\b[Ii]n\s+(?:his|her|their|the|a)\s+(?:\d{{4}}\s+)?(?:book|history|study|survey|monograph|memoir|guide)"
    rf"(?:\s+of\s+(?:the\s+)?[a-z][\w\s'’-]{{0,30}}?)?,?\s+(?P<book>{_TITLE_RX})(?:\s+\((?:1[89]|20)\d\d\))?,\s+"
    rf"(?P<bcritic>{_CRITIC_NAME_SP})(?={_THEN_VERB})"
)
# "In Example Film Guide, Jane Doe called it …": a work named by a publication's word, opening the
# sentence, then its critic.
# ("In the Example Daily film pages, Jane Doe wrote …": the part of the paper named after it vouches for the paper)
_IN_WORK = re.compile(rf"^[Ii]n\s+(?:(?P<the>the)\s+)?(?P<pub>{_TITLE_RX})"
                      rf"(?P<part>\s+(?:{alternation(_V['publication_part_modifiers'])}\s+)?{alternation(_V['publication_parts'])})?"
                      rf",\s+{_ROLE}(?P<critic>{_CRITIC_NAME_SP})(?={_THEN_VERB})")
# "Jane Doe and John Roe write in Example Noir: A Reference: …", "Jane Doe writes fondly about the
# film in Another Book, arguing …": the critic's verb, then the work it is written in.
_WRITES_IN = re.compile(
    rf"{_START}(?P<critic>{_CRITIC_NAME_SP})(?:\s+and\s+(?P<critic2>{_CRITIC_NAME_SP}))?\s+(?:writes?|wrote|argued?|argues|noted?|notes)"
    rf"\s+(?:[a-z]+\s+){{0,4}}?in\s+(?!(?:his|her|their|a|an)\s)(?:the\s+)?(?P<pub>{_TITLE_RX})(?=\s*[,:;.]|\s+that\b|$)")
# "In his Daily Lamp review, Jane Doe was of the opinion ...": the review names the publication.
_IN_PUB_REVIEW = re.compile(
    rf"\b[Ii]n\s+(?:his|her|their|a|an|its|the)\s+(?:\d{{4}}\s+)?(?:[a-z]+\s+)?(?P<pub>{PUBLICATION_RX})\s+(?:review|column|critique|notice|article|piece|essay)"
    rf"(?:\s+[\"“][^\"”]{{1,80}}[\"”])?,\s+{_ROLE}(?P<critic>{_CRITIC_NAME})\b"
)
# "Jane Doe's capsule review reads ...", "Jane Doe's review called it ..."
_NAME_S_REVIEW = re.compile(
    # (the paper may stand before the noun, "A's Example Post review", and the film after it, "A's review of the film")
    rf"{_START}(?P<critic>{_CRITIC_NAME})['’]s\s+(?:(?P<pub2>(?:[A-Z][\w.'’!-]*\s+){{1,4}})|[a-z]+\s+)?(?:review|critique|notice|verdict)"
    rf"(?:\s+of\s+(?:it|the\s+(?:film|movie|picture)))?"
    rf"(?:\s+(?:in|for)\s+(?:the\s+)?(?P<pub>{PUBLICATION_RX}),?)?\s+(?:which\s+(?:reads|read)\b|reads|read|says|said|called|"
    rf"calls|states|stated|described|concluded|was|is|praised|criticized|criticised|dismissed|lauded|"
    rf"hailed|panned|faulted|noted|found|singled\s+out|highlighted|commended|complimented)\b"
)
_ROLE_ASIDE = r"(?:\([^()]{1,60}\)\s+)?"
# "Film critic Jane Doe gave ...", "critic and biographer Jane Doe notes", "Author Jane Doe of The Daily said"
_ROLE_NAME = re.compile(
    rf"(?:^|(?<=[\s(\"“,;]))(?:(?:[Tt]he\s+|[Aa]n?\s+)?(?:[A-Z][a-z]+\s+)?)?(?P<role>{_ROLES}(?:\s+and\s+{_ROLES})?)\s+"
    # ("Screenwriter (and one-time critic) Jane Doe called it …": an aside on the calling, in brackets)
    rf"{_ROLE_ASIDE}(?P<critic>{_CRITIC_NAME_SP})(?:\s+(?:of|from|at|for)\s+(?:the\s+)?(?P<pub>{PUBLICATION_RX}))?(?=\s*,|{_THEN_VERB})"
)
# "Jane Doe said ..." at the head of a clause, after an optional opening phrase, with no publication
_NAME_SAID = re.compile(
    rf"{_CLAUSE}(?P<opener>{_OPENER}){_ROLE}(?P<critic>{_CRITIC_NAME_SP})(?=\s+{_LEAD_IN}(?:{_VERB})\b)"
)
# "Jane Doe and John Roe both praised …", "Critics A, B and C called it …": a list of critics sharing one verb (``_NAME_SAID``
# reads the last of them, at the clause "and" opens).
_NAMES_SAID = re.compile(
    rf"{_CLAUSE}(?P<opener>{_OPENER}){_ROLE}(?P<names>{_CRITIC_NAME_SP}(?:\s*,\s*{_CRITIC_NAME_SP}){{0,3}}),?\s+and\s+"
    rf"(?P<last>{_CRITIC_NAME_SP})(?=\s+(?:(?:all|each)\s+)?{_LEAD_IN}(?:{_VERB})\b)")
_NAME_PART = re.compile(_CRITIC_NAME)
# (read only where two names of two words stand either side of "and" or a comma: "Ora Pell and Bede Marrow")
_PRE_NAMES_AND = re.compile(r"[A-Z][\w'’.-]*\s+[A-Z][\w'’-]+(?:,?\s+and|,)\s+[A-Z][\w'’.-]*\s+[A-Z]")
# "Jane Doe, writing about the film for its reissue, called it ...", "Jane Doe, who reviewed it for The Daily, praised …"
_NAME_WRITING = re.compile(
    rf"{_CLAUSE}(?P<opener>{_OPENER})(?P<critic>{_CRITIC_NAME_SP})(?:\s+and\s+(?P<critic2>{_CRITIC_NAME_SP}))?,\s+"
    rf"(?:writing|reviewing|speaking|who|in\s+(?:a|an|the|his|her|their|this)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:work|book|study|essay|review|survey|history|article|column|guide|monograph|retrospective)"
    # (or a reservation: "A, while critical of the screenplay, praised …", "B, though no admirer of the book, called …")
    rf"|(?:while|though|although|despite)(?=\s))\b"
    # (the aside's closing comma is sometimes left out: "A, in his review for The Daily praised …")
    # (read a word at a time up to the verb, which may follow a comma or not: the verb is tried at words, not letters;
    # each word is taken whole (possessive), else a word could be split in every way and a sentence without the
    # verb took the engine seconds)
    rf"(?:\s*[^\s,;\"“]++){{0,14}}?(?={_THEN_VERB})"
)
# The inverted attribution after a quote: '"A fine film," said The Daily Example', '"Dull," wrote Ora Pell
# of The Daily Example': the quote ends on its own punctuation, the verb (reviews.toml inverted_verbs) and
# the speaker follow.
_QUOTE_SAID = re.compile(
    rf"[,!?…][\"”]\s+(?:{alternation(_V['inverted_verbs'])})\s+"
    rf"(?:(?P<critic>{_CRITIC_NAME_SP})\s+(?:of|from|at|for|in)\s+(?:the\s+)?(?P<pub>{PUBLICATION_RX})|(?P<who>{PUBLICATION_RX}))"
    rf"(?=\s*[,.;]|\s*$)"
)
# "Another American reviewer in 1950, The Daily Example, gave it high marks": the reviewer noun
# (reviews.toml apposition_heads) set beside the paper or critic, then a reviewer's verb.
_APPOSED_REVIEWER = re.compile(
    rf"{_CLAUSE}(?i:{alternation(_V['apposition_determiners'])})\s+(?:[A-Z][a-z]+\s+)?(?i:{alternation(_V['apposition_heads'])})"
    rf"(?:\s+(?:in|from|of|at)\s+[^,;\"“]{{1,30}})?,\s+(?P<who>{PUBLICATION_RX}),(?={_THEN_VERB})"
)
# A publication alone: "Variety wrote: ...", "The Daily, The Weekly and Example.com gave it 3/5".
_PUB_LIST = rf"{PUBLICATION_RX}(?:\s*,\s*(?:and\s+)?(?:the\s+)?{PUBLICATION_RX})*(?:,?\s+and\s+(?:the\s+)?{PUBLICATION_RX})?"
# A paper's opener may also be a date ("In February 2004, Example listed it …"); a person's is not read so, lest "In
# April 2012, A said that …" (news of the making) read as a review.
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PUB_OPENER = (rf"(?:(?:In|On|By|During)\s+(?:(?:early|late|mid)[\s-]+)?(?:\d{{1,2}}\s+)?{_MONTH_NAMES}\s+(?:\d{{1,2}},?\s+)?\d{{4}},\s+)?"
               rf"{_OPENER}")
_PUB_ALONE = re.compile(rf"{_CLAUSE}(?<![A-Z]\.\s)(?<![A-Z]\.)(?P<opener>{_PUB_OPENER})(?:the\s+)?(?P<pubs>{_PUB_LIST})(?={_THEN_PUB_VERB})")
# "Critics from The Daily and The Weekly each described it ...", "a review from Example.com wrote ...", "an
# unsigned notice in The Daily was cooler"
_FROM_PUBS = re.compile(rf"\b(?:[Aa]n?\s+|[Tt]he\s+)?(?:(?:[Rr]eviews?|[Cc]ritics|[Rr]eviewers)\s+(?:from|at|of)|(?<!his\s)(?<!her\s)(?<!its\s)(?<!their\s)(?:[Rr]eviews?|[Nn]otices?)\s+(?P<in>in))\s+(?:the\s+)?"
                        rf"(?P<pubs>{_PUB_LIST})(?={_THEN_PUB_VERB})")
_PUB_SPLIT = re.compile(rf"{PUBLICATION_RX}")
# What only a review does: "gave the film positive reviews", "rated it 3/5", "gave it four stars".
_REVIEW_PREDICATE = re.compile(
    r"\s*,?\s+(?:(?:also|both|each|all)\s+)?(?:gave|awarded|rated|scored)\s+(?:the\s+(?:film|movie)|it)\s+"
    r"(?:(?:an?|the)\s+)?(?:(?:very|generally|largely|mostly|mixed|positive|negative|favou?rable|unfavou?rable|good|poor|"
    r"glowing|rave|average)\s+)*(?:reviews?|ratings?|verdicts?|\d|one|two|three|four|five|half)", re.I)
# "It received a positive review in The Daily", "... favourable reviews from The Daily and The Weekly"
_REVIEWED_IN = re.compile(
    r"\b(?:received|got|earned|garnered|drew|won)\s+(?:an?\s+)?(?:(?:very|generally|largely|mostly|mixed|positive|negative|"
    r"favou?rable|unfavou?rable|good|poor|glowing|rave|warm|strong|excellent|enthusiastic|lukewarm|scathing|harsh|bad)\s+)*"
    rf"(?:reviews?|notices?)\s+(?:in|from)\s+(?:the\s+)?(?P<pubs>{_PUB_LIST})"
)
# "It got three stars from The Daily", "received 3/5 from Example.com", "was given a rating of 3.5 by The Daily":
# a rating received, its reviewer after "from"/"by".
_RATED_FROM = re.compile(
    r"\b(?:got|gets|received|receives|earned|garnered|secured|was\s+(?:given|awarded|rated)|were\s+given)\s+"
    r"(?:(?:an?|the)\s+)?(?:(?:rating|score)\s+of\s+)?(?:(?:\d+(?:\.\d+)?|one|two|three|four|five|half|a\s+half)(?:[\s-]+and[\s-]+a[\s-]+half)?)"
    r"(?:\s*/\s*(?:4|5|10)|\s+out\s+of\s+(?:four|five|ten|4|5|10))?(?:[\s-]+stars?)?(?:\s+out\s+of\s+(?:four|five|ten|4|5|10))?"
    rf"(?:\s+(?:ratings?|rating))?\s+(?:from|by)\s+(?:the\s+)?(?P<pubs>{_PUB_LIST})")


def _may_rate_from(text: str) -> bool:
    """The frame's necessary words (a star, a slash, a rating or "out of", and "from" or "by"), by plain substring
    tests: most sentences lack them, and this asks every sentence before the review gate lets it through."""
    return ("star" in text or "/" in text or "rating" in text or "out of" in text) and (" from " in text or " by " in text)
# A ranking: "Example listed it among the top ten …", "… named it one of the best films of the decade", "… placed
# the film at number 12 in its poll": a rank or list word follows the verb in its clause.
_RANKS_IT = re.compile(
    r"\s*,?\s+(?:also\s+)?(?:ranked|listed|named|placed|included|selected|chose|voted)\s+(?!(?:him|her|them|his|their)\b)"
    r"[^.;:\"“]{0,60}?\b(?:lists?|polls?|rankings?|best|greatest|top|essential|favou?rites?|number|No\.|#\d|\d+(?:st|nd|rd|th)|one\s+of)\b")
_RANKING_BODY = re.compile(rf"\b{alternation(_V['ranking_bodies'])}\b")
def _may_list(text: str) -> bool:
    """``_ON_LIST``'s necessary words, by substring tests: a possessive and a list's noun."""
    return ("'s " in text or "’s " in text) and (" list" in text or " poll" in text or " ranking" in text)


# "The film ranks No. 40 on Example magazine's 2008 list of the 500 greatest films", "It is on Ora Pell's list of The Great
# Movies": a paper's or a critic's own ranking, named by its possessive (words in lower case or a year between, so a
# chart's name, "Example's Hot 100 list", is not read so).
_ON_LIST = re.compile(
    rf"\b(?:on|in|to|topped|atop)\s+(?:the\s+)?(?P<who>{PUBLICATION_RX})['’]s\s+(?:(?:\d{{4}}|[a-z][\w-]*)\s+){{0,3}}"
    r"(?:list|poll|ranking|countdown)\b")
# "A critic for The Daily gave it ...", "the reviewer from Example.com"
_CRITIC_FOR_PUB = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[a-z]+\s+)?(?:critic|reviewer|writer|columnist|staff|editors|reviewers|critics)\s+(?:for|from|at|of|with)\s+"
    # ("The reviewer for the Ruritanian weekly Example praised …": the paper named after its medium, which vouches for it)
    rf"(?:the\s+)?(?P<medium>(?:[A-Z][a-z]+\s+)?(?:{_MEDIUM})\s+(?=[A-Z]))?(?P<pub>{PUBLICATION_RX})(?=\s*,|{_THEN_VERB})"
)
# "Ora Pell, The Daily Lamp critic, gave the film a mixed review": the critic, then the paper and role noun
# set beside the name.
_NAME_COMMA_PUB_ROLE = re.compile(
    rf"{_START}(?P<critic>{_CRITIC_NAME}),\s+(?:the\s+)?(?P<pub>{PUBLICATION_RX})(?:['’]s)?\s+"
    rf"(?:(?:film|movie|chief|lead|senior|staff|drama)\s+)?(?:critic|reviewer|columnist)\s*,(?={_THEN_VERB})"
)
# "The Daily Lamp movie review said: …", "The Weekly's original review called it …", "The Weekly's critic found
# it …": the paper's review, or its unnamed critic, as the subject.
_PUB_REVIEW_SAID = re.compile(
    rf"{_CLAUSE}(?:the\s+)?(?P<pub>{PUBLICATION_RX})(?:['’]s|(?<=s)['’])?\s+(?:(?:original|contemporary|initial|own|film|movie)\s+)?"
    rf"(?:review|critique|notice|(?:film\s+)?critic|reviewer)(?={_THEN_PUB_VERB})"
)
# "The film has been hailed by The Daily Lamp as …", "It was praised by Ora Pell of The Weekly", "It was reviewed
# favourably by Ora Pell in The Weekly": a review verb in the passive (reviews.toml passive_verbs), its reviewer
# after "by".
_PASSIVE_HOW = r"(?:favou?rably|unfavou?rably|positively|negatively|warmly|well|poorly|harshly|kindly|glowingly)"
# (what the reviewer called it, quoted, between the verb and "by": "was described as "a bore" by The Daily")
_PASSIVE_AS = r"(?:\s+(?:as\s+)?(?:an?\s+)?[\"“][^\"”]{1,80}[,.]?[\"”])?"
_PASSIVE_BY = re.compile(
    rf"\b(?:was|were|is|are|has\s+been|had\s+been|have\s+been|been)\s+(?:(?:also|widely|highly|particularly|"
    rf"strongly|warmly|roundly|heavily|generally)\s+)?(?:{alternation(_V['passive_verbs'])})(?:\s+{_PASSIVE_HOW})?{_PASSIVE_AS}\s+by\s+(?:the\s+)?"
    rf"(?P<who>{PUBLICATION_RX})(?:\s+in\s+(?:the\s+)?(?P<inpub>{PUBLICATION_RX}))?(?=\s*[,.;:]|\s+(?:as|for|on)\b|\s*$)"
)
# "The harshest notice came from Ora Pell of The Daily, who …", "praise came from The Weekly": the reviewer after "came from",
# read as the passive's agent is.
_CAME_FROM = re.compile(
    rf"\b(?i:reviews?|notices?|praise|criticism|verdicts?|dissent)\s+came\s+from\s+(?:the\s+)?(?:(?:critic|reviewer)\s+)?"
    # (or a list of papers: "Positive reviews came from The Daily, The Weekly and the Example Post")
    rf"(?P<who>{PUBLICATION_RX}(?:\s*,\s*(?:and\s+)?(?:the\s+)?{PUBLICATION_RX})*(?:,?\s+and\s+(?:the\s+)?{PUBLICATION_RX})?)"
    rf"(?:\s+in\s+(?:the\s+)?(?P<inpub>{PUBLICATION_RX}))?(?=\s*[,.;:]|\s+(?:who|which)\b|\s*$)")
# Their necessary conditions, read off the frames (as ``_PRE_IN_PUB`` and the rest below): the passive verb
# right before "by"; the role noun right before the comma.
_PRE_PASSIVE_BY = re.compile(rf"{trie_alternation(_V['passive_verbs'])}(?:\s+{_PASSIVE_HOW})?{_PASSIVE_AS}\s+by\s")
_PRE_PUB_ROLE_COMMA = re.compile(r"(?:critic|reviewer|columnist)\s*,")
# "…, with Ora Pell of The Daily calling it "…"", "with The Weekly praising the cast": a lead's or a summary's
# critics, each with a review's verb as a participle (reviews.toml participles).
_WITH_CRITIC = re.compile(
    rf"\bwith\s+(?:(?:[Ff]ilm\s+)?(?:[Cc]ritic|[Rr]eviewer)\s+)?(?:(?P<critic>{_CRITIC_NAME})(?:\s*,?\s+(?:of|from|at|for)\s+"
    rf"(?:the\s+)?(?P<pub>{PUBLICATION_RX}))?|(?:the\s+)?(?P<pubonly>{PUBLICATION_RX}))\s+(?:(?:also|both|even)\s+)?"
    rf"(?:{alternation(_V['participles'])})\b")
# "According to The Daily, the film is …": a paper's opinion in a reception section, unless the clause is
# about money or the audience (a box-office report).
# "The film is "a quiet triumph", according to Ora Pell of The Daily.": a critic of a paper after the quoted verdict.
_ACCORDING_TO_CRITIC = re.compile(rf"[\"”],?\s+according\s+to\s+{_ROLE}(?P<critic>{_CRITIC_NAME})\s+(?:of|from|at|in)\s+(?:the\s+)?"
                                  rf"(?P<pub>{PUBLICATION_RX})(?=\s*[.;]|\s*$)")
_ACCORDING_TO = re.compile(rf"\b[Aa]ccording\s+to\s+(?:the\s+)?(?P<pub>{PUBLICATION_RX}),\s+(?P<rest>[^.;]*)")
_REPORTED_FIGURES = re.compile(r"[$£€₹¥]|\d|\b(?:gross\w*|earn\w*|rentals?|box[\s-]+office|budget|tickets?|"
                               r"audiences?|viewers|admissions|sales|sold|revenue|profit\w*|crores?|lakhs?|million|"
                               r"billion|interview\w*|said\s+(?:that\s+)?(?:he|she|they))\b", re.I)
_WHO_OF_PUB = re.compile(rf"(?P<critic>{_CRITIC_NAME})\s+(?:of|from|at)\s+(?:the\s+)?(?P<pub>.+)$")
# A publication read past its end into the next critic of a list: "The Daily and Bede Marrow of The Weekly".
_POSS_CRITIC_AND = re.compile(rf"(?P<first>.+?)['’]s\s+(?P<critic>{_CRITIC_NAME})\s+and\s+(?P<pub>.+)$")
_PUB_AND_CRITIC = re.compile(rf"(?P<first>.+?)\s+and\s+(?P<critic>{_CRITIC_NAME})\s*,?\s+(?:of|from|at)\s+(?:the\s+)?(?P<pub>.+)$")
# Guides named for their critic: "Ora Pell's Movie Guide gave it …" is Ora Pell's review.
_OWNED_PUB = re.compile(rf"(?P<who>{NAME_RX})['’]s\s+\S")
# "Ora Pell wrote the story from a novel": the film's writer, not a critic (reviews.toml writer_verbs, written_objects).
_WROTE_THE_WORK = re.compile(
    rf"\s+{_LEAD_IN}(?:{alternation(_V['writer_verbs'])})\s+(?:the|its|a|an)\s+(?:original\s+)?"
    rf"(?:{alternation(_V['written_objects'])})\b")
# A work quoted straight after its title ("… write in Example Noir: A Reference: "…""): a book or study named
# as where the critic writes, vouched for as one by the quotation.
_QUOTED_AFTER = re.compile(r"\s*:\s*[\"“]")

_YEARISH = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)")
_APPOSED_CRITIC = re.compile(rf"\s*,\s+(?P<critic>{_CRITIC_NAME})\s*,")
_CUES = set(_V["publication_cues"])
_KNOWN_PUBS = {p.lower() for p in _V["known_publications"]}
_NOT_HEADS = {h.lower() for h in _V["not_reviewer_heads"]}
_NOT_CRITIC_WORD = set(_V["not_critic_words"]) | _CUES
# Words no person's surname is made of (names.toml non_person, less the ones that are also surnames).
_NOT_A_PERSONS = NON_PERSON - set(load("names")["surnames_too"]) - set(load("names")["list_vouched"]) - set(MONTHS)
_OTHER_WORK = re.compile(
    rf"\breview(?:ed|ing|s)?\s+(?:of\s+)?(?:the\s+|its\s+|this\s+)?(?:film['’]s\s+)?{alternation(_V['other_work'])}\b", re.I)
_REVIEW_OF = re.compile(rf"\breview\s+of\s+(?P<t>{_TITLE_RX})")
_MONTHS_RX = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_DOMAIN_RE = re.compile(_DOMAIN)
# A domain's end, which every match of ``_DOMAIN`` holds: one search of the text's dots, where ``_DOMAIN_RE``
# tries every letter of every word.
_DOMAIN_END = re.compile(rf"\.{alternation(_V['domains'])}(?![\w.])")


def _has_domain(text: str) -> bool:
    """``_DOMAIN_RE.search(text)``, told as a truth: the cheap test of its end first."""
    return _DOMAIN_END.search(text) is not None and _DOMAIN_RE.search(text) is not None
_PERSON_SHAPE = re.compile(r"(?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w'’\-]+")


# --- ratings ---------------------------------------------------------------------------------------

_HALF = r"(?:[\s-]+and[\s-]+(?:a[\s-]+)?half|\s*½)?"
_RATING_NUM = rf"(?:\d+(?:\.\d+)?|{NUMBER_WORD_RX}|a\s+full\s+{NUMBER_WORD_RX}|full\s+{NUMBER_WORD_RX})"
_STARS_OUT_OF = re.compile(
    rf"\b(?P<v>{_RATING_NUM}){_HALF}(?P<half>)\s*(?:stars?\s+)?out\s+of\s+(?:a\s+possible\s+)?(?P<s>\d+|{NUMBER_WORD_RX})(?:\s+stars?)?",
    re.I,
)
_SLASH = re.compile(r"(?<![\d.])(?P<v>\d(?:\.\d)?)\s*/\s*(?P<s>4|5|10)(?![\d%])")
_STARS_ONLY = re.compile(rf"\b(?P<v>{_RATING_NUM}){_HALF}\s+stars?\b", re.I)
_LETTER = re.compile(r"(?:gave\s+(?:the\s+film|it|the\s+movie)\s+(?:a|an)\s+|grade\s+of\s+(?:a|an)?\s*|a\s+grade\s+)"
                     r"[\"“]?(?P<g>[A-F][+\-−–]?)[\"”]?(?![\w])")
GRADE_VALUES = {"F": 0, "D-": 1, "D": 2, "D+": 3, "C-": 4, "C": 5, "C+": 6, "B-": 7, "B": 8, "B+": 9, "A-": 10, "A": 11, "A+": 12}


def _num(token: str) -> float | None:
    t = re.sub(r"^(?:a\s+)?full\s+", "", token.strip().lower())
    try:
        return float(t)
    except ValueError:
        v = parse_int(t)
        return float(v) if v is not None else None


def parse_rating(text: str) -> tuple[str, float | None, float | None]:
    """A critic's rating as written and normalised: 'three and a half stars out of four' →
    3.5/4; '2 out of 4 stars' → 2/4; '4/5'; a letter grade 'B+' → 9 on a 0 (F) to 12 (A+) scale."""
    m = _STARS_OUT_OF.search(text)
    if m:
        v, s = _num(m.group("v")), _num(m.group("s"))
        if v is not None and s and v <= s:
            if re.search(r"half|½", m.group(0)):
                v += 0.5
            return m.group(0), v, s
    m = _SLASH.search(text)
    if m and float(m.group("v")) <= float(m.group("s")):
        return m.group(0), float(m.group("v")), float(m.group("s"))
    m = _LETTER.search(text)
    if m:
        g = m.group("g").replace("−", "-").replace("–", "-")
        return m.group("g"), float(GRADE_VALUES[g]), 12.0
    m = _STARS_ONLY.search(text)
    if m:
        v = _num(m.group("v"))
        if v is not None and v <= 5:
            if re.search(r"half|½", m.group(0)):
                v += 0.5
            scale = v if re.match(r"(?:a\s+)?full\b", m.group("v"), re.I) else None
            return m.group(0), v, scale
    return "", None, None


# --- verdicts --------------------------------------------------------------------------------------

_POS_WORDS = re.compile(
    r"\b(?:prais\w*|acclaim\w*|applaud\w*|laud\w*|hail\w*|celebrat\w*|admir\w*|liked|loved|enjoy\w*|recommend\w*|"
    r"positive(?:ly)?|favou?rabl\w*|glowing|rave|masterpiece|masterful|brilliant\w*|gem|delight\w*|wonderful|excellent|"
    r"superb|marvel\w*|beautiful\w*|perfect\w*|stunning|charming|sensational|winning|funny|hilarious|original|"
    r"inventive|visionary|great|greatest|moving|powerful|compelling|engaging|gripping|fine|best|remarkable|"
    r"extraordinary|triumph\w*|impressive|impressed|enchant\w*|dazzling|smart|clever|witty|sincere|"
    r"heartfelt|heartwarming|likeable|likable|satisfying|entertaining|fun|thrilling|terrific|grace|award-worthy|"
    r"order|seductive|empathetic|creative|poignant|tender|gorgeous|magnificent|splendid|wry|wryly)\b",
    re.I,
)
_NEG_WORDS = re.compile(
    r"\b(?:critici[sz]\w*|critique\w*|pan|panned|disliked|dismiss\w*|disappoint\w*|complain\w*|negative(?:ly)?|"
    r"unfavou?rabl\w*|lambast\w*|derid\w*|slammed|worst|boring|bored|dull|tedious|forgettable|mess|messy|idiot|"
    r"unbearable|flawed|flaws?|lack\w*|fails?|failed|bad|awful|terrible|weak|uneven|pretentious|tiresome|"
    r"misses|missed|overlong|clumsy|clich\w*|bland|predictable|shallow|premeditated|weigh\s+\w+\s+down|"
    r"unfunny|unconvincing|lifeless|poor|poorly|mediocre|waste|problem\w*|shortcomings|bloated|silly|"
    r"tired|contrived|annoying|disjointed|disgusting|generic|unintentionally|rather\s+than\s+watch|than\s+watch)\b",
    re.I,
)
_CONTRAST_OPENER = re.compile(r"^(?:Conversely|On\s+the\s+other\s+hand|In\s+contrast|By\s+contrast|Less\s+enthusiastic\w*)\b")
_EXPLICIT = re.compile(
    r"\b(?:an?\s+)?(?:largely\s+|generally\s+|mostly\s+|very\s+|highly\s+)?(positive|negative|mixed|favou?rable|"
    r"unfavou?rable|dismissive|glowing|scathing|rave|harsh|lukewarm)\s+review", re.I)
_MIXED = re.compile(r"\bmixed\b|\bambivalent\b|\blukewarm\b", re.I)


def verdict_of(texts: list[str], rating: tuple[float | None, float | None], contrast: bool) -> str:
    """positive / mixed / negative from the words used; a stated rating settles it when
    there is one, and a 'Conversely,' paragraph tips a tie towards negative."""
    value, scale = rating
    if value is not None and scale:
        frac = value / scale
        return "positive" if frac >= 0.7 else "negative" if frac < 0.45 else "mixed"
    if value is not None and (value >= 4 or value <= 1.5):
        return "positive" if value >= 4 else "negative"  # "four stars", "one star": unstated scale
    explicit = _EXPLICIT.search(texts[0]) if texts else None
    if explicit:
        word = explicit.group(1).lower()
        return "positive" if word in {"positive", "favorable", "favourable", "glowing", "rave"} else \
            "mixed" if word == "mixed" else "negative"
    joined = " ".join(texts)
    if _MIXED.search(joined):
        return "mixed"
    ascii_ = joined.isascii()
    pos = (_POS_COUNT_ASCII if ascii_ else _POS_COUNT).count(joined)  # len(_POS_WORDS.findall(joined))
    neg = (_NEG_COUNT_ASCII if ascii_ else _NEG_COUNT).count(joined)
    if contrast and neg:
        # in a 'Conversely,' paragraph, praise only softens the verdict
        return "negative" if pos == 0 else "mixed" if pos <= neg * 2 else "positive"
    if pos and neg:
        return "mixed" if min(pos, neg) * 3 >= max(pos, neg) else "positive" if pos > neg else "negative"
    if neg:
        return "negative"
    if pos:
        return "positive"
    return "negative" if contrast else ""


# --- critic sentences ------------------------------------------------------------------------------------


@dataclass
class _Critic:
    sentence: int
    critic: str
    publication: str
    start: int
    texts: list[str] = field(default_factory=list)


# Patterns of the small helpers every candidate critic and publication asks, compiled once.
_MEDIUM_TAIL = re.compile(r"\s+(?:magazine|newspaper|website|daily|weekly)$")
_GLUED_OR_POSS = re.compile(r"[a-z]\.[A-Z]|['’]s\b")
_AGGREGATOR = re.compile(r"Rotten\s+Tomatoes|Metacritic|CinemaScore|PostTrak")
_POSS_END = re.compile(r"['’]s$")
_CAP_WORD = re.compile(r"\b[A-Z][\w'’\-]+")
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s*,?\s+and\s+(?:the\s+)?")
_AND_LEAD = re.compile(r"^and\s+")
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|,?\s+and\s+(?:the\s+)?(?=[Tt]he\s)")
_PLOT_CAST = frozenset({"plot", "cast"})


def _strip_pub(pub: str) -> str:
    pub = _MEDIUM_TAIL.sub("", pub.strip().rstrip(".,:;"))
    if pub.endswith(".") and not _DOMAIN_RE.fullmatch(pub):
        pub = pub.rstrip(".")
    return pub


def _valid_critic(name: str, article: Article) -> bool:
    """A person's name: two words at least, no award, organisation or publication word, not glued to
    a previous sentence ('Film.Jane'), not possessive, not part of the film's title, not a
    publication's name ("Example Spy")."""
    if len(name.split()) < 2 or _GLUED_OR_POSS.search(name):
        return False
    if any(w.strip(".,") in _NOT_CRITIC_WORD or w.lower() in PRONOUNS for w in name.split()):
        return False
    if any(w.lower().strip(".,") in _NOT_A_PERSONS and not (w.islower() and w in PARTICLES) for w in name.split()[1:]):
        return False  # "Example World", "Example Digital": a publication's name, not a critic's
    if name.lower() in _KNOWN_PUBS or _has_domain(name):
        return False
    title, low = article.title.lower(), name.lower()
    return title not in low and low not in title


def _valid_pub(pub: str, article: Article) -> bool:
    if not pub or len(pub) < 2 or pub.lower() in article.title.lower() or pub.lower() in _NOT_HEADS:
        return False
    head, _, rest = pub.partition(" ")
    if rest and (head in _PREPOSITION_HEADS or head.lower() in _ONE_WORD_ROLES and is_person(rest)):
        # "Reporter Ora Pell wrote in The Daily": a role noun and a name, not a paper ("Reporter" is a cue); "In The
        # Daily, Ora Pell called it …": the paper is read by the critic's frame, the preposition is no paper's word
        return False
    return not _MONTHS_RX.search(pub) and not _AGGREGATOR.search(pub)


_PREPOSITION_HEADS = frozenset(_V["not_publication_heads"])
_ONE_WORD_ROLES = frozenset(r for r in (w.lower() for w in _V["role_nouns"]) if " " not in r)


def _firm_pub(pub: str) -> bool:
    """A name that is a publication by its shape: a cue word ("Times", "Weekly"), a web address, or a
    title known as one."""
    bare = pub.removeprefix("The ").removeprefix("the ")
    if _DOMAIN_RE.fullmatch(bare) or bare.lower() in _KNOWN_PUBS or pub.lower() in _KNOWN_PUBS:
        return True
    return any(w.strip(".,!") in _CUES or _POSS_END.sub("", w) in _CUES for w in bare.split())


_MEMO: dict[str, object] = {}


def _memo(article: Article, key: str, make):
    """Per-article values, kept for the article being read only (articles are not hashable)."""
    if _MEMO.get("article") is not article:
        _MEMO.clear()
        _MEMO["article"] = article
    if key not in _MEMO:
        _MEMO[key] = make()
    return _MEMO[key]


def _is_person_word(word: str, article: Article) -> bool:
    """Is ``word`` part of a person's name somewhere in the article ("Doe" from "Jane Doe"), or a word
    of its plot or cast? A single capitalised subject made of one is a person or a character ("Doe
    praised ..."), never a publication. Asked of a word at a time, each answer kept: only the sentences
    that hold the word can give it (every name part and capitalised word read is a piece of the
    sentence's text), so the others are passed over by one substring test."""
    memo = _memo(article, "person_words", dict)
    if word not in memo:
        memo[word] = any(word in _sentence_person_words(sent, article) for sent in article.sentences if word in sent.text)
    return memo[word]


def _sentence_person_words(sent: Sentence, article: Article) -> set[str]:
    """The words of one sentence that ``_is_person_word`` counts: the parts of names of two words or
    more (no publication cue among them), and in the plot or cast every capitalised word."""
    words: set[str] = set()
    for name in NAME_RE.findall(sent.text):  # (the pattern has no group: whole matches)
        parts = name.split()
        if parts[0] == "The" or parts[0] in _PAPER_ARTICLES:
            parts = parts[1:]  # "The Kinoblatt was cooler": a word led by an article is no person's name part
        if len(parts) >= 2 and _CUES.isdisjoint(parts):
            words.update([p.strip(".,") for p in parts])
    if article.section_kinds(sent.section) & _PLOT_CAST:
        words.update(_CAP_WORD.findall(sent.text))
    return words


def _outside_reception(article: Article) -> str:
    """The article's text outside reception-like sections: a name met there is cast or crew."""
    return _memo(article, "outside", lambda: _make_outside(article))


def _make_outside(article: Article) -> str:
    keep = []
    idx = _memo(article, "outside_idx", set)
    for sent in article.sentences:
        if not article.section_kinds(sent.section) & {"critical", "legacy", "home_media", "references", "accolades", "themes"}:
            keep.append(sent.text)
            idx.add(sent.idx)
    return "\n".join(keep)


def _met_outside(who: str, article: Article, idx: int) -> bool:
    """Is ``who`` named outside reception-like sections (cast or crew, not a critic)? Not counting the sentence at
    ``idx`` itself: a critic named in the lead or a release section ("At its premiere, Ora Pell of The Daily
    called it …") is not made one of the film's people by her own sentence."""
    outside = _outside_reception(article)
    if who not in outside:
        return False
    own = article.sentences[idx].text
    return idx not in _memo(article, "outside_idx", set) or outside.count(who) > own.count(who)


def _pub_alone_ok(pub: str, article: Article) -> bool:
    """A publication named as the reviewer: firm by shape, or one word that is nobody's name."""
    if not _valid_pub(pub, article):
        return False
    head = pub.split()[0].lower()
    if head in _NOT_HEADS - {"the"} and not (head in {"film", "movie"} and len(pub.split()) > 1 and _firm_pub(pub)):
        return False  # "Film critics said", but "Film Daily raved": a paper's name ending in a paper's word
    head = re.match(r"(?:The\s+)?(.+?)\s+(?:of|at|from|for|on)\s+", pub)
    if head and not _firm_pub(head.group(1)) and _PERSON_SHAPE.fullmatch(head.group(1)):
        return False  # "Jane Doe of The Daily": a critic and a publication, read by the critic frames
    if _PERSON_SHAPE.fullmatch(pub) and not pub.startswith("The ") and pub.lower() not in _KNOWN_PUBS \
            and pub in _outside_reception(article):
        return False  # "Jo Example said …": a person of the film whose name ends like a paper
    if _firm_pub(pub):
        # "The Daily's Jane Doe" is a critic's; "Example's Guide", "Example's Film Guide" are publications
        owned = re.split(r"['’]s\s+", pub, maxsplit=1)
        return len(owned) == 1 or len(owned[1].split()) == 1 or owned[1].split()[-1] in _CUES
    bare = pub.removeprefix("The ")
    if re.fullmatch(r"[A-Z]{2,}\s+[A-Z][\w\-!]+", bare):
        return True  # "DVD Verdict": a name led by an acronym is no person's
    if re.fullmatch(r"\d+(?:[A-Z][a-z]|[a-z]{4})\w*", bare):
        return True  # "123Example": a site's name led by digits is no person's
    if " " in bare or not re.fullmatch(r"[A-Z][\w\-!]+", bare):
        return False
    if bare.lower() in _ONE_WORD_ROLES and pub.lower() not in _KNOWN_PUBS:
        return False  # "The Critic concluded her review": the reviewer named by her role, capitalised
    return not _is_person_word(bare, article)


# A magazine named by a common word ("People") is the reviewer only when it rates the film: "People gave it a B".
_RATING_VOUCHED = frozenset(_V["rating_vouched_publications"])
_GIVES_RATING = re.compile(r"\s*,?\s+(?:gave|awarded|rated|graded)\s+(?:the\s+(?:film|movie)|it)\s+(?:(?:an?|the)\s+)?"
                           r"(?:[A-F][+\-−–]?(?![\w+\-−–])|\d|(?:one|two|three|four|five)\s+(?:stars|out)|(?:grade|rating)\s+of)")


def _medium_named_ok(pub: str, article: Article) -> bool:
    """A one-word name written with its medium's noun ("People magazine", "Example website"): the noun says it is
    a publication even when the word alone is a common one or heads no reviewer ("People", "Empire")."""
    return len(pub.split()) == 1 and len(pub) > 2 and pub[0].isupper() and pub.lower() not in article.title.lower() \
        and pub.lower() not in PRONOUNS and not _AGGREGATOR.search(pub) and not _MONTHS_RX.search(pub)


def _split_and(pub: str, start: int, article: Article, firm_ok: bool = False) -> list[tuple[int, str]]:
    """"The Daily and Example.com" is two publications; "The Globe and Example" (known) is one.
    ``firm_ok``: a sentence that plainly reviews vouches for two halves firm by shape."""
    if pub.lower() in _KNOWN_PUBS or " and " not in pub:
        return [(start, pub)]
    left, right = pub.split(" and ", 1)
    if all(_pub_alone_ok(half, article) or (firm_ok and _firm_pub(half) and _valid_pub(half, article))
           for half in (left, right)):
        return [(start, left), (start + len(left) + 5, right)]
    return [(start, pub)]


def _about_other_work(own: str, article: Article) -> bool:
    """'in his review of the soundtrack', 'in her review of Another Film': not this film's review."""
    if _OTHER_WORK.search(own):
        return True
    title = article.title.lower().removeprefix("the ")
    for m in _REVIEW_OF.finditer(own):
        t = m.group("t").lower().removeprefix("the ")
        if not (t.startswith(title) or title.startswith(t)):
            return True
    return False


def _find_critics(sent: Sentence, article: Article, strict: bool = False) -> list[_Critic]:
    """Critic and publication anchors in one sentence, left to right, one per reviewer.

    ``strict`` (outside reception sections) keeps only the frames that name a reviewer's role or
    publication. Read once per sentence (follow-ups look ahead at the next ones)."""
    memo = _memo(article, "critics", dict)
    key = (sent.idx, strict)
    if key not in memo:  # the gate too is read once per sentence: follow-ups ask again
        text = sent.text
        found = (_GATE_TEST_ASCII if text.isascii() else _GATE_TEST).test(text) or (("\"" in text or "“" in text) and _GATE_QUOTED.search(text)) \
            or _WITH_CRITIC.search(text) or _may_rate_from(text)
        memo[key] = _find_critics_in(sent, article, strict) if found else []
    return [_Critic(c.sentence, c.critic, c.publication, c.start) for c in memo[key]]


# Every frame needs a reviewer's verb, a role noun, an attribution or a quote after "of": a cheap test first.
# Two patterns, not one alternation: the words alone get a literal prefilter (bot/rxgate.py), which
# "of" and "from" are too short to give, and the quote frame runs only where a quote mark is.
# The words as a trie (bot.vocab.trie_alternation): the flat alternation of a hundred and more verbs
# cost a fifth of all review extraction on the sentences its prefilter lets through.
_GATE_FLAT = re.compile(rf"\b(?:{_VERB}|{_PUB_VERB_WORDS}|{alternation(_V['quoted_publication_verbs'])}|according\s+to|writing|reviewing|reviews?|notices|verdict|critique|critic|reviewer|columnist|staff)\b",
                        re.I)
_GATE = gated(re.compile(rf"\b{trie_alternation([*_V['verbs'], *_V['publication_verbs'], *_V['quoted_publication_verbs'], 'according to', 'writing', 'reviewing', 'review', 'reviews', 'notices', 'verdict', 'critique', 'critic', 'reviewer', 'columnist', 'staff'])}\b", re.I),
              like=_GATE_FLAT)
_GATE_QUOTED = re.compile(r"\s(?:of|from)\s[^\"“]*[\"“]", re.I)


_NOT_REVIEW_OUTSIDE = frozenset(_V["not_review_outside"])
# "…; its critic, Jane Doe, called it …", "Its reviewer, Jane Doe, dismissed the film": a paper's critic named
# after the paper, in an apposition between commas, then a reviewer's verb.
_ITS_CRITIC = re.compile(rf"(?:^|(?<=[;:,]\s))[Ii]ts\s+{_RANK}(?i:{alternation(_V['strong_role_nouns'])}),\s+"
                         rf"(?P<critic>{_CRITIC_NAME_SP}),(?={_THEN_VERB})")
_PRE_ITS_CRITIC = re.compile(r"\b[Ii]ts\s+(?:[a-z]+\s+)?(?:critic|reviewer|historian|scholar|columnist),")
# The paper that opens the sentence and is the subject of the clause before "its critic": "The Daily was among them:
# its critic, …" (up to the clause's mark, no other capitalised word before it).
_OPENING_PUB = re.compile(rf"(?P<pub>{PUBLICATION_RX})(?=\s+[a-z][^;:A-Z\"“]{{0,80}}[;:]\s+$)")
# Articles of other languages that open a paper's name, never a person's ("Der Example", "La Example")
_PAPER_ARTICLES = frozenset(_V["paper_articles"])
# "Punjabi website Example Films said …": the medium noun vouches for the name after it as a publication.
_MEDIUM_CUE = re.compile(rf"\b(?:{_MEDIUM})\s+[A-Z0-9]")
_MEDIUM_PUB = re.compile(rf"{_CLAUSE}(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+|[a-z]+(?:-[a-z]+)?\s+)?(?i:{_MEDIUM})\s+"
                         rf"(?P<pub>(?:[A-Z0-9][\w.'’&!-]*)(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z0-9][\w.'’&!-]*){{0,4}})(?={_THEN_PUB_VERB})")


# The film a quote is about, after the reviewer's verb: "it", "the film" or the article's title. The title is
# not written into the pattern (one pattern an article, each a compile of the long verb alternations, cost
# more than the rest of a review extraction): it is matched as a back-reference to the text's first part,
# ``_said_of_film`` reads "TITLE\0rest of the sentence".
# (what the reviewer's words are about: the film, or a part of it named by its own noun: "wrote that the storyline was "…"")
_FILM_SAID = (r"\b(?:it(?!['’])|the\s+(?:film|movie|picture)|(?P=title)|the\s+(?:film['’]s\s+)?(?:story(?:line)?|plot|script|"
              r"screenplay|direction|cast|performances?|acting|ending|dialogue|cinematography))\b[^.;]*[\"“]")
_SAID_OF_FILM = re.compile(rf"(?P<title>[^\x00]*+)\x00\s*,?\s+{_LEAD_IN}(?P<verb>{_VERB})\b[^.;\"“]{{0,40}}?{_FILM_SAID}")
_PUB_SAID_OF_FILM = re.compile(rf"(?P<title>[^\x00]*+)\x00\s*,?\s+{_LEAD_IN}(?P<verb>{_PUB_VERB})\b[^.;\"“]{{0,40}}?{_FILM_SAID}")


def _said_of_film(rx: re.Pattern[str], title: str, rest: str) -> str:
    """The reviewer's verb when ``rest`` opens with it and quotes words on the film (``_SAID_OF_FILM``),
    else ''."""
    if "\x00" in title:  # (no title holds one: a text holding one is refused before parsing)
        return ""
    m = rx.match(f"{title}\x00{rest}")
    return m.group("verb") if m else ""


def _strict_quoted(text: str, article: Article, add, verb: bool, pub_verb: bool, verb_clauses: list[int],
                   pub_clauses: list[int]) -> None:
    """Outside reception sections (legacy, themes): "A wrote the film "is about fate"", "B calls the
    film a "dark stunner"", "C concurs, citing Other Tale as "one of the few"": a reviewer (no one of
    the film's own people) whose verb takes the film as its object, with a quote, reviews it there too."""
    for m in _at_clauses(_NAME_SAID, text, verb_clauses) if verb else ():
        critic = m.group("critic").strip()
        if re.search(r"['’]s\b", critic) or critic in _outside_reception(article) \
                or _NOT_OPENER.search(m.group("opener") or ""):
            continue
        said = _said_of_film(_SAID_OF_FILM, article.title, text[m.end("critic"):])
        if said and said.lower() not in _NOT_REVIEW_OUTSIDE and is_person(critic):
            add(critic, "", m.start("critic"))
    for m in _at_clauses(_PUB_ALONE, text, pub_clauses) if pub_verb else ():
        pub = _strip_pub(m.group("pubs"))
        if _NOT_OPENER.search(m.groupdict().get("opener") or "") or not _pub_alone_ok(pub, article):
            continue
        said = _said_of_film(_PUB_SAID_OF_FILM, article.title, text[m.end("pubs"):])
        if said and said.lower() not in _NOT_REVIEW_OUTSIDE:
            add("", pub, m.start("pubs"))


# Cheap necessary conditions of the costliest frames, each read off its frame (a text failing one holds no
# match of it, so skipping the frame changes no answer): the name-led frames are otherwise tried at every
# capital of every sentence the gate lets through, and most of those sentences cannot hold them.
# A reviewer's verb after a space (``_THEN_VERB``, ``_THEN_PUB_VERB``: a lead-in ends on a space too).
_HAS_VERB = re.compile(rf"\s{trie_alternation(_V['verbs'])}\b")
_HAS_PUB_VERB = re.compile(rf"\s{trie_alternation(_V['publication_verbs'])}\b|\s{alternation(_V['quoted_publication_verbs'])},?\s+[\"“]")


def _last_start(rx: re.Pattern[str], text: str) -> int:
    """Where the last match of ``rx`` in ``text`` starts, overlapping ones counted; -1 when none.

    Every frame read at clause starts (``_at_clauses``) ends on a look ahead at its verb after a space
    (``_THEN_VERB``, ``_THEN_PUB_VERB``), which ``_HAS_VERB`` or ``_HAS_PUB_VERB`` finds starting on
    that space, after the frame's start: a clause start past the last such space holds no match, and
    most clauses of a review sentence follow its verb ("A of The Daily wrote that … and that …")."""
    last = -1
    m = rx.search(text)
    while m is not None:
        last = m.start()
        m = rx.search(text, last + 1)
    return last


# ``_NAME_IN_PUB``: "in" or "on", then a title's capital
_PRE_IN_PUB = re.compile(r"\s(?:in|on)\s+(?:the\s+)?[A-Z]")
# ``_PUB_S_NAME``: a possessive ("'s" or a plural's "s'"), then the critic's capital after an optional role
_PRE_POSS_NAME = re.compile(rf"['’]s?\s+(?:{_ROLE}|{_ROLE_COMMA}){_UPPER}")
# A paper's name (``PUBLICATION_RX``) is made of word characters, spaces and . ' ’ ! - / & (and "÷", which
# ``_PUB_LOWER_END``'s "à-ÿ" holds): any other character stands outside it.
_PUB_BARRIER = re.compile(r"[^\w\s.'’!\-/&÷]")


def _pub_s_names(text: str):
    """``_PUB_S_NAME.finditer(text)``, each search started where a match can start: its paper runs unbroken
    by a ``_PUB_BARRIER`` up to a possessive that ``_PRE_POSS_NAME`` finds, so none starts before the last
    barrier ahead of the next such possessive (the engine tried a paper's words at every word before it)."""
    bars = [m.end() for m in _PUB_BARRIER.finditer(text)]
    pos = 0
    for poss in _PRE_POSS_NAME.finditer(text):
        q = poss.start()
        if q < pos:
            continue
        i = bisect_right(bars, q)
        m = _PUB_S_NAME.search(text, max(pos, bars[i - 1] if i else 0))
        if m is None:
            return
        yield m
        pos = m.end()
# ``_NAME_COMMA_ROLE``: a comma, then the role noun or "writing"/"reviewing"
# "(Years later) Example gave the film four stars in a retrospective review by Jane Doe": the paper opening the
# sentence, its verb, then the review and its critic after "by".
_PUB_REVIEW_BY = re.compile(
    rf"(?:[A-Z][a-z]+\s+(?:later|earlier|afterwards?)\s+|(?:In|By)\s+(?:1[89]|20)\d\d,?\s+)?(?:the\s+)?(?P<pub>{PUBLICATION_RX})"
    rf"{_THEN_PUB_VERB}[^;:.\"“]{{0,60}}?\b(?:in|with)\s+an?\s+(?:[a-z]+\s+){{0,2}}?(?:review|notice|critique)"
    rf"\s+by\s+(?P<critic>{_CRITIC_NAME})")
# "Example magazine, reviewing the American release, called it …": a paper, an aside on what it reviewed, its verb
_PUB_REVIEWING_ASIDE = re.compile(
    rf"{_CLAUSE}(?:the\s+)?(?P<pub>{PUBLICATION_RX})(?P<medium>\s+(?i:{_MEDIUM}))?,\s+(?:reviewing|writing\s+(?:about|on))\s+"
    rf"[^,;.\"“]{{1,50}},{_THEN_PUB_VERB}")
# "The Daily, despite finding that the film "strays a bit", nonetheless found …": a paper, a conceding aside of its own
# (reviews.toml conceding_asides, then a participle), its verb
_PUB_CONCEDING_ASIDE = re.compile(
    rf"{_CLAUSE}(?:the\s+)?(?P<pub>{PUBLICATION_RX}),\s+(?:{alternation(_V['conceding_asides'])})\s+[a-z]+ing\b"
    rf"[^;.]{{1,160}}?,{_THEN_PUB_VERB}")
_GAVE_A_SHOWING = re.compile(rf"\s+gave\s+(?:it|the\s+(?:film|movie|picture))\s+(?:its|a|an)\s+(?:[\w-]+\s+){{0,3}}?"
                             rf"{alternation(_V['given_showings'])}\b")
_PLACE_PREP_BEFORE = re.compile(r"\b(?:from|in|at)\s+$")  # (not "to": "according to Jane Doe of The Daily")
_PRE_COMMA_ROLE = re.compile(rf",\s+(?:(?:the|an?)\s+)?{_RANK}(?:{_ROLES}|writing|reviewing)")
# ``_NAME_OF_PUB``: a capitalised word (the name's last), then "of"/"from"/"at"/"for"/"with": most sentences
# hold those words, but seldom right after a capital
_PRE_NAME_OF = re.compile(rf"{_UPPER}[^\s,]*\s*,?\s+(?:of|from|at|for|with)\s")
# ``_BY_NAME_OF_PUB``: "by", then the critic's capital after an optional role
_PRE_BY_NAME = re.compile(rf"\bby\s+{_ROLE}{_UPPER}")
# ``_PUB_ROLE_NAME``: the role noun, then the critic's capital
_PRE_ROLE_THEN_NAME = re.compile(rf"(?:critic|reviewer|columnist|staffer|writer)\s+{_UPPER}")
# ``_ROLE_NAME``: one of its role nouns (as a trie: one reading a letter), then the critic's capital
_PRE_ROLES_THEN_NAME = re.compile(rf"(?i:{trie_alternation(_V['role_nouns'])})\s+{_ROLE_ASIDE}{_UPPER}")
# (the same test on an ASCII text, without IGNORECASE: bot.vocab.ascii_case_trie)
_PRE_ROLES_THEN_NAME_ASCII = re.compile(rf"{ascii_case_trie(_V['role_nouns'])}\s+{_ROLE_ASIDE}{_UPPER}")
# ``_NAME_OF_PUB_QUOTE``: "of" (or "from", …), then a quote opening after a space with no quote mark between
_PRE_OF_QUOTE = re.compile(r"\s(?:of|from|at|for|with)\s[^\"“]*\s[\"“]")

# The frames led by ``_CLAUSE`` can match only where a clause starts: the engine would try them at every
# character (a lookbehind opens them, so it cannot skip ahead), while a sentence has a few clause starts.
# These marks find every position where ``_CLAUSE`` can hold (and some more: the frame tests it again).
_CLAUSE_MARK = re.compile(r"[.!?\"”;]|\s(?:and|while|whereas|but|that)(?=\s)")


def _clause_starts(text: str) -> list[int]:
    """Positions where ``_CLAUSE`` may hold, in order: the start, after a closing mark (and after the
    space that follows it), after " and " and the other joining words."""
    starts = [0]
    for m in _CLAUSE_MARK.finditer(text):  # marks do not overlap: each end is past the last one's end + 1
        end = m.end()
        # (every frame read at these starts opens on a letter: a start on a space, a quote mark or the
        # text's end, where most of these positions fall, is not tried)
        if end != starts[-1] and text[end:end + 1].isalnum():
            starts.append(end)
        if text[end + 1:end + 2].isalnum():
            starts.append(end + 1)
    if starts[-1] > len(text):
        starts.pop()
    return starts


# What any ``_WRITING_FOR`` match holds: "writing"/"reviewing", one of its work nouns, or "For" opening the text
# or a clause after a full stop or a semicolon. No gate can read it from the pattern ("for" is too short for one).
_WRITING_FOR_WORDS = (*(w[1:] for w in _V["review_participles"]), "review", "column", "piece", "article", "critique", "essay", "list", "ranking",
                      "book", "history", "study", "survey", "monograph", "memoir", "guide")
_FOR_AFTER_STOP = re.compile(r"[.;]\s[Ff]or")


def _may_write_for(text: str) -> bool:
    """False only where ``_WRITING_FOR`` cannot match (a plain test first: most sentences hold none of its words)."""
    return any(w in text for w in _WRITING_FOR_WORDS) or text[:3] in ("For", "for") \
        or _FOR_AFTER_STOP.search(text) is not None


def _may(rx, text: str) -> bool:
    """False only when the literal prefilter of a gated frame (bot/rxgate.py) turns ``text`` away."""
    return rx.possible(text) if isinstance(rx, Gated) else True


def _at_clauses(rx, text: str, starts: list[int]):
    """``rx.finditer(text)`` for a frame that opens with ``_CLAUSE``: the same matches, tried only at
    ``starts`` (``_clause_starts``), each after the last match's end, as ``finditer`` goes on."""
    if isinstance(rx, Gated):
        if not rx.possible(text):
            return
        rx = rx.rx
    end = 0
    for p in starts:
        if p >= end:
            m = rx.match(text, p)
            if m is not None:
                yield m
                end = m.end()


# The paper told after the critic's name, in the critic's own clause: "Ora Pell reviewed the film for The
# Daily", "Ora Pell, in her review for The Daily, said", "Ora Pell writing for The Daily called it", "Ora Pell
# (writing in The Daily)", "Ora Pell gave it three stars in The Daily". A review's noun or a rating comes right
# before "for"/"in", so "in Ruritania" or "for his role" never reads as a paper.
_TRAILING_PUB = re.compile(
    r"\b(?:(?:reviewed|reviewing|wrote\s+about|writing\s+about)\s+(?:the\s+(?:film|movie|picture)|it)|writing|reviewing|"
    r"review|notice|critique|column|stars?|out\s+of\s+(?:four|five|ten|4|5|10))"
    rf"\s+(?:for|in)\s+(?:the\s+)?(?P<pub>{PUBLICATION_RX})(?=\s*[,.;:)]|\s*$|\s+and\s|{_THEN_VERB})")
_HAS_TRAILING_CUE = re.compile(r"\b(?:writing|reviewing|reviewed|review|notice|critique|column|stars?|out\s+of\s+\w+)"
                               r"\s+(?:(?:the\s+(?:film|movie|picture)|it)\s+)?(?:for|in)\s")
_CLAUSE_STOP = re.compile(r"[;.!?](?:\s|$)")


def _trailing_pub(text: str, critic: _Critic, found: list[_Critic], article: Article) -> str:
    """The publication named after a critic who was found without one, in the critic's clause: up to the
    next critic's anchor or the end of the sentence or clause ("…; Bede Marrow gave it two stars in The Weekly"
    is Bede Marrow's, not Ora Pell's). The paper must be firm by its shape or known."""
    end = min([c.start for c in found if c.start > critic.start] + [len(text)])
    stop = _CLAUSE_STOP.search(text, critic.start + len(critic.critic), end)
    if stop:
        end = stop.start()
    m = _TRAILING_PUB.search(text, critic.start + len(critic.critic), end)
    if not m:
        return ""
    pub = _strip_pub(m.group("pub"))
    return pub if _firm_pub(pub) and _valid_pub(pub, article) and pub not in critic.critic else ""


def _one_word_critic(m: re.Match[str], sent: Sentence, article: Article, found: list[_Critic]) -> None:
    """A critic named by one word ("critic Tam of The Daily", "Tam from example.com"): the word must not end a
    longer name, be a word the article writes in lower case ("Reviews from …"), or be a critic found already."""
    text, word, pub = sent.text, m.group("critic"), _strip_pub(m.group("pub"))
    lower = re.compile(rf"\b{word.lower()}\b")
    if not m.group("role") and (_WORD_BEFORE.search(text, 0, m.start("critic")) or not _DOMAIN_RE.fullmatch(pub)):
        return
    if word in _NOT_CRITIC_WORD or word.lower() in PRONOUNS or not _valid_pub(pub, article) \
            or any(lower.search(p.text) for p in article.paragraphs) or any(word in c.critic for c in found):
        return
    found.append(_Critic(sent.idx, word, pub, m.start()))


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of each quotation in a sentence. A straight quote opens where a space, a bracket or
    the start stands before it and a word after it, and closes otherwise; a close with no open before it ends a
    quotation the sentence splitter cut before ("… build up." while giving it 3/5"): no span. A quotation still
    open at the end runs on past the cut ('He wrote, "the story, as written by A from B's novel.'): to the end."""
    spans: list[tuple[int, int]] = []
    opened = -1
    n = len(text)
    for m in _QUOTE_MARK.finditer(text):
        i = m.start()
        ch = text[i]
        opens = ch == "“" or (ch == '"' and (i == 0 or text[i - 1] in " ([{—–-") and i + 1 < n and not text[i + 1].isspace())
        if opens and opened < 0:
            opened = i
        elif not opens and opened >= 0:
            spans.append((opened, i))
            opened = -1
    if opened >= 0:
        spans.append((opened, n))
    return spans


_QUOTE_MARK = re.compile(r'["“”]')


def _find_critics_in(sent: Sentence, article: Article, strict: bool) -> list[_Critic]:
    text = sent.text
    found: list[_Critic] = []
    last_verb, last_pub_verb = _last_start(_HAS_VERB, text), _last_start(_HAS_PUB_VERB, text)
    verb, pub_verb = last_verb >= 0, last_pub_verb >= 0
    clauses = _clause_starts(text) if verb or pub_verb else []
    # the clause-led frames each need their verb after the clause's start (see ``_last_start``)
    verb_clauses = [p for p in clauses if p <= last_verb]
    pub_clauses = [p for p in clauses if p <= last_pub_verb]

    def add(critic: str, pub: str, start: int, *, firm: bool = False, vouched: bool = False) -> None:
        critic, pub = critic.strip(), _strip_pub(pub)
        if critic and " and " in pub:
            two = _PUB_AND_CRITIC.match(pub)  # "A of The Daily and B of The Weekly praised": a paper's name took the next critic
            if two and is_person(two.group("critic").strip()):
                add(two.group("critic"), two.group("pub"), start + len(critic) + pub.find(two.group("critic")))
                pub = _strip_pub(two.group("first"))
            two = _POSS_CRITIC_AND.match(pub)  # "The Daily's A and The Weekly's B praised": B's paper took A
            if two and is_person(two.group("critic").strip()):
                add(two.group("critic"), two.group("first"), start)
                pub = _strip_pub(two.group("pub"))
        if critic and not pub and critic.split()[0] in _PAPER_ARTICLES and len(critic.split()) > 1:
            critic, pub = "", critic  # "Der Example named it …": a name led by an article is a paper's
        if not critic and pub and ("'" in pub or "’" in pub):
            owner = _OWNED_PUB.match(pub)  # "Ora Pell's Movie Guide": a guide named for its critic
            if owner and len(owner.group("who").split()) >= 2 and is_person(owner.group("who")) \
                    and _valid_critic(owner.group("who"), article):
                critic = owner.group("who")
        if critic and not _valid_critic(critic, article):
            return
        if pub and not vouched and not _valid_pub(pub, article):
            if critic and not firm:
                return
            pub = ""
        if pub and critic and pub in critic or not (pub or critic):
            return
        if quoted is not None and any(a < start < b for a, b in quoted):
            return  # a name inside the critic's quoted words ("… as written by A from B's novel"): no reviewer
        found.append(_Critic(sent.idx, critic, pub, start))

    quoted = _quoted_spans(text) if ('"' in text or "“" in text) else None

    name_of = _PRE_NAME_OF.search(text) is not None  # (asked by two frames: read once)
    for rx in (_NAME_OF_PUB if name_of else None, _NAME_COMMA_ROLE if _PRE_COMMA_ROLE.search(text) else None,
               _PUB_S_NAME if verb and _PRE_POSS_NAME.search(text) else None,
               _NAME_COMMA_PUB_ROLE if verb and _PRE_PUB_ROLE_COMMA.search(text) else None):
        for m in (_pub_s_names(text) if rx is _PUB_S_NAME else rx.finditer(text)) if rx is not None else ():
            if strict and not _firm_pub(m.group("pub")):
                continue
            if rx is _NAME_OF_PUB and _PLACE_PREP_BEFORE.search(text, max(0, m.start("critic") - 8), m.start("critic")):
                continue  # "A, reviewing from Example City for The Daily": a place the preposition governs, no critic
            if m.groupdict().get("ed") is not None and (strict or not _firm_pub(_strip_pub(m.group("pub")))):
                continue  # a verb no table holds: only beside a paper firm by its shape, in a reception section
            # ("Jane Doe, the Daily's critic": the paper without its possessive)
            add(m.group("critic"), _POSS_END.sub("", m.group("pub")) if rx is _NAME_COMMA_PUB_ROLE else m.group("pub"), m.start())
    # (only where a role noun or a web address stands: the frame takes a critic from nothing else)
    for m in _ONE_NAME_OF_PUB.finditer(text) if verb and name_of and (
            _PRE_ONE_ROLE.search(text) or _has_domain(text)) else ():
        _one_word_critic(m, sent, article, found)
    for m in _NAME_WRITING_FOR.finditer(text) if verb and ("writing " in text or "reviewing " in text) \
            and _PRE_WRITING_FOR.search(text) else ():
        if _firm_pub(_strip_pub(m.group("pub"))):
            add(m.group("critic"), m.group("pub"), m.start())
    for m in _NAME_PAREN_PUB.finditer(text) if verb and ") " in text else ():
        if _firm_pub(m.group("pub")):
            add(m.group("critic"), m.group("pub"), m.start())
    for m in _NAME_IN_PUB.finditer(text) if verb and _PRE_IN_PUB.search(text) else ():
        if not strict or _firm_pub(m.group("pub")):
            add(m.group("critic"), m.group("pub"), m.start())
    # (the frame's own literal test first: most sentences hold no role noun at all)
    for m in _PUB_ROLE_NAME.finditer(text) if _may(_PUB_ROLE_NAME, text) and _PRE_ROLE_THEN_NAME.search(text) else ():
        pub = m.group("pub")
        if _firm_pub(pub) or pub.startswith("The "):
            add(m.group("critic"), pub, m.start())
    for m in _WRITING_FOR.finditer(text) if verb and _may_write_for(text) else ():
        if m.group("critic"):
            if m.group("of") and _about_other_work("review" + m.group("of"), article):
                continue
            add(m.group("critic"), m.group("pub"), m.start())
        else:
            add(m.group("bcritic"), m.group("book"), m.start())
    for m in _IN_WORK.finditer(text) if verb else ():
        if (m.group("part") and _valid_pub(m.group("pub"), article)) or (not m.group("the") and _firm_pub(m.group("pub"))):
            add(m.group("critic"), m.group("pub"), m.start())
    for m in _WRITES_IN.finditer(text):
        pub = m.group("pub")
        if _YEARISH.search(pub) or (strict and not _firm_pub(pub) and not _QUOTED_AFTER.match(text, m.end("pub"))):
            continue
        add(m.group("critic"), pub, m.start())
        if m.group("critic2"):
            add(m.group("critic2"), pub, m.start("critic2"))
    if not strict:
        for m in _BY_NAME_OF_PUB.finditer(text) if "by" in text and _PRE_BY_NAME.search(text) else ():
            add(m.group("critic"), m.group("pub"), m.start())
        # (the quote mark the test ends on, looked for first as a substring: most sentences hold none)
        for m in _NAME_OF_PUB_QUOTE.finditer(text) if ("\"" in text or "“" in text) and _PRE_OF_QUOTE.search(text) else ():
            if _firm_pub(m.group("pub")):
                add(m.group("critic"), m.group("pub"), m.start())
    for m in _IN_PUB_REVIEW.finditer(text):
        if not strict or _firm_pub(m.group("pub")):
            add(m.group("critic"), m.group("pub"), m.start())
    for m in (*_REVIEWED_IN.finditer(text), *(_RATED_FROM.finditer(text) if _may_rate_from(text) else ())):
        for p in _PUB_SPLIT.finditer(m.group("pubs")):
            pub = _strip_pub(_AND_LEAD.sub("", p.group(0)))
            named = _WHO_OF_PUB.match(pub)
            if named and is_person(named.group("critic").strip()):
                add(named.group("critic"), named.group("pub"), m.start("pubs") + p.start())  # "… from A of The Daily"
                continue
            if not _firm_pub(pub) and _PERSON_SHAPE.fullmatch(pub) and is_person(pub):
                if not _met_outside(pub, article, sent.idx):  # "three stars from Ora Pell": a critic, not a paper
                    add(pub, "", m.start("pubs") + p.start())
                continue
            for start, one in _split_and(pub, m.start("pubs") + p.start(), article):
                if pub not in {"and", "And"} and _valid_pub(one, article):
                    add("", one, start)
    if not strict:
        for m in _NAME_S_REVIEW.finditer(text):
            pub = m.group("pub") or (m.group("pub2") or "").strip()
            add(m.group("critic"), pub if pub and _firm_pub(_strip_pub(pub)) else "", m.start())
    for m in _ROLE_NAME.finditer(text) if _may(_ROLE_NAME, text) and (
            _PRE_ROLES_THEN_NAME_ASCII if text.isascii() else _PRE_ROLES_THEN_NAME).search(text) else ():
        roles = set(re.split(r"\s+and\s+", re.sub(r"\s+", " ", m.group("role").lower())))
        critic = m.group("critic")
        if not roles & _STRONG_ROLES and (critic in _outside_reception(article) or (
                strict and not _CALLED_THE_FILM.match(text, m.end()))):
            continue  # "writer Jane Doe said": crew talking, not a review (unless she calls the film "…")
        if strict and _WHO_ASIDE.match(text, m.end()) and "\"" not in text and "“" not in text:
            continue  # "covered by the columnist A, who later sued the producers": a part in the story, no review
        add(critic, m.group("pub") or "", m.start())
    for m in _CRITICS_INCLUDING.finditer(text) if ("including" in text or "such as" in text or "among them" in text) else ():
        # "many critics, including Jane Doe and John Roe, maintain that …": each named critic
        for g in ("a", "b", "c"):
            who = (m.group(g) or "").strip()
            if who.endswith(".") and len(who.split()[-1]) > 3 and who.split()[-1] not in {"Jr.", "Sr."}:
                who = who[:-1]  # "Jane Q. Roe., maintain": the sentence's stray full stop, no initial
            if who and is_person(who) and not _met_outside(who, article, sent.idx):
                add(who, "", m.start(g))
    lists: list[tuple[int, int]] = []  # spans of "The Daily, The Weekly and Example.com" (publications)
    # each match with whether it is the "reviews from X" frame (a gated pattern's matches carry the
    # inner pattern, so ``m.re`` cannot tell the frames apart)
    pub_frames = [*((m, False) for m in _at_clauses(_PUB_ALONE, text, pub_clauses)), *((m, True) for m in _FROM_PUBS.finditer(text))] \
        if pub_verb else []
    if strict:  # outside reception sections a publication alone counts only when it plainly reviews or ranks the film
        # (a board, an institute or a society ranking films gives an honour, not a review)
        pub_frames = [(m, f) for m, f in pub_frames if _REVIEW_PREDICATE.match(text, m.end()) or (
            _RANKS_IT.match(text, m.end()) and not _RANKING_BODY.search(m.group("pubs")))]
    for m, from_pubs in pub_frames:
        if _NOT_OPENER.search(m.groupdict().get("opener") or ""):
            continue
        if "gave" in text and _GAVE_A_SHOWING.match(text, m.end()):
            continue  # "Example TV gave it its first network television showing": a broadcaster, no review

        parts = [p for p in _PUB_SPLIT.finditer(m.group("pubs")) if p.group(0) not in {"and", "And"}]
        gaps = [m.group("pubs")[a.end() : b.start()] for a, b in zip(parts, parts[1:], strict=False)]
        if not all(_LIST_SEP.fullmatch(g) for g in gaps):
            continue  # "Example.com's Jane Doe wrote": the possessive frame reads it
        if from_pubs and gaps and not re.search(r"\s(?:and|&)\s", m.group("pubs")):
            continue  # "a review from The Daily, Jane Doe wrote": a publication and its critic, no list
        items = []
        for p in parts:
            start, pub = m.start("pubs") + p.start(), _strip_pub(_AND_LEAD.sub("", p.group(0)))
            if len(parts) > 1 and " and " in pub and pub.lower() not in _KNOWN_PUBS:
                left, right = pub.split(" and ", 1)  # "A, B and C": the list's own "and"
                items.extend([(start, left), (start + len(left) + 5, right)])
            else:
                items.extend(_split_and(pub, start, article, firm_ok=strict))
        # "a review from X wrote" vouches for X as a publication; a bare subject must look like one
        ok = [(_valid_pub(pub, article) if from_pubs and not m.groupdict().get("in") else
               _pub_alone_ok(pub, article) or (strict and _firm_pub(pub) and _valid_pub(pub, article))) for _, pub in items]
        if len(items) == 1 and not ok[0] and (_MEDIUM_TAIL.search(m.group("pubs").rstrip(" ,")) or (
                items[0][1] in _RATING_VOUCHED and _GIVES_RATING.match(text, m.end()))) and _medium_named_ok(items[0][1], article):
            add("", items[0][1], items[0][0], vouched=True)  # "People magazine found …": the medium's noun vouches for a common word
            continue
        if len(items) == 2 and not ok[0] and ok[1] and not from_pubs and _LIST_SEP.fullmatch(gaps[0] if gaps else "") \
                and "and" not in gaps[0] and _PERSON_SHAPE.fullmatch(items[0][1]) and is_person(items[0][1]):
            # "Ora Pell, The Daily, gave it two stars": a critic and her paper set beside it, no list
            lists.append(m.span("pubs"))
            if not _met_outside(items[0][1], article, sent.idx):
                add(items[0][1], items[1][1], items[0][0])
            continue
        if len(items) > 1 and any(ok):
            lists.append(m.span("pubs"))
            # in a list led by publications, a name-shaped item is one too ("..., and Example Manorama"); an item
            # before the first publication is not led by one
            first = ok.index(True)
            ok = [o or (i > first and _valid_pub(pub, article) and bool(_PERSON_SHAPE.fullmatch(pub)))
                  for i, (o, (_, pub)) in enumerate(zip(ok, items, strict=False))]
        for (start, pub), good in zip(items, ok, strict=False):
            if good:
                add("", pub, start)
    for m in _ON_LIST.finditer(text) if _may_list(text) else ():
        who = _strip_pub(m.group("who"))
        if _RANKING_BODY.search(who):
            continue  # "the Example Film Institute's list": an honour, not a review
        if _PERSON_SHAPE.fullmatch(who) and not who.startswith("The ") and is_person(who):
            if not _met_outside(who, article, sent.idx):
                add(who, "", m.start("who"))
        elif _firm_pub(who) or _MEDIUM_TAIL.search(m.group("who")):
            add("", who, m.start("who"), vouched=_medium_named_ok(who, article) and _valid_pub(who, article))
    for m in _CRITIC_FOR_PUB.finditer(text):  # outside reception, for a paper firm by its shape only
        pub = _strip_pub(m.group("pub"))
        if (_firm_pub(pub) and _valid_pub(pub, article)) if strict else _pub_alone_ok(pub, article) or (
                m.group("medium") and _medium_named_ok(pub, article) and _valid_pub(pub, article)):
            named = _APPOSED_CRITIC.match(text, m.end())  # "The reviewer for The Daily, Jane Doe, called it"
            add(named.group("critic") if named else "", m.group("pub"), m.start(), vouched=bool(m.group("medium")))
    for m in _WITH_CRITIC.finditer(text):
        critic, pub, name = (m.group("critic") or "").strip(), m.group("pub") or "", m.group("pubonly") or ""
        if critic and pub:
            if not strict or _firm_pub(_strip_pub(pub)):
                add(critic, pub, m.start())
            continue
        name = name or critic
        if not name.startswith("The ") and len(name.split()) > 1 and is_person(name) and _valid_critic(name, article):
            if not strict and not _met_outside(name, article, sent.idx):
                add(name, "", m.start())
        elif (_firm_pub(_strip_pub(name)) and _valid_pub(_strip_pub(name), article)) if strict \
                else _pub_alone_ok(_strip_pub(name), article):
            add("", name, m.start())
    for m in _ACCORDING_TO_CRITIC.finditer(text) if "according to" in text else ():
        if is_person(m.group("critic").strip()) and (not strict or _firm_pub(_strip_pub(m.group("pub")))):
            add(m.group("critic"), m.group("pub"), m.start("critic"))
    for m in _ACCORDING_TO.finditer(text) if not strict else ():
        pub = _strip_pub(m.group("pub"))
        if not _REPORTED_FIGURES.search(m.group("rest")) and _pub_alone_ok(pub, article):
            add("", pub, m.start())
    for m in _at_clauses(_PUB_REVIEW_SAID, text, pub_clauses) if pub_verb else ():
        raw = _strip_pub(m.group("pub"))
        pub = _POSS_END.sub("", raw)  # "The Weekly's critic": the paper is "The Weekly"
        # (a name after "The" that owns a critic is a paper's, even with no paper's word: "The Example Minute's critic")
        owned = pub != raw and pub.startswith("The ") and _valid_pub(pub, article)
        if (owned or _pub_alone_ok(pub, article)) and (not strict or _firm_pub(pub)):
            add("", pub, m.start("pub"))
    if not strict:
        # (the test's "by" first, as a substring: the test itself tries its verbs at every letter)
        for m in (*(_PASSIVE_BY.finditer(text) if "by" in text and _PRE_PASSIVE_BY.search(text) else ()),
                  *(_CAME_FROM.finditer(text) if " from " in text and " came " in text else ())):
            who = m.group("who").strip().rstrip(".")
            named = _WHO_OF_PUB.match(who)
            # (the review's text opens on its verb, which says what it thought: "hailed by")
            if m.group("inpub") and not named and is_person(who) and _firm_pub(m.group("inpub")):
                add(who, m.group("inpub"), m.start())  # "reviewed favourably by A in The Daily"
            elif named and is_person(named.group("critic").strip()):
                add(named.group("critic"), named.group("pub"), m.start())
            elif not who.startswith("The ") and len(who.split()) > 1 and is_person(who):
                if not _met_outside(who, article, sent.idx):
                    add(who, "", m.start())
            else:  # a paper, or a list of them ("came from The Daily, The Weekly and the Example Post")
                at = m.start("who")
                for part in _LIST_SPLIT.split(who):
                    # (the first paper's review opens on the verb, as above; the next ones at their names)
                    first = at + who.find(part) if who.find(part) > 0 else m.start()
                    for start, one in _split_and(_strip_pub(part), first, article, firm_ok=True):
                        if _pub_alone_ok(_strip_pub(one), article):
                            add("", one, start)
        for m in _at_clauses(_APPOSED_REVIEWER, text, verb_clauses) if verb else ():
            who = m.group("who").strip()
            if _met_outside(who, article, sent.idx):
                continue
            if not who.startswith("The ") and len(who.split()) > 1 and is_person(who) and _valid_critic(who, article):
                add(who, "", m.start("who"))
            else:
                add("", who, m.start("who"))  # the reviewer noun vouches for the name as a paper
        for m in _QUOTE_SAID.finditer(text) if "\"" in text or "”" in text else ():
            who = (m.group("critic") or m.group("who")).strip().rstrip(".")
            pub = (m.group("pub") or "").strip().rstrip(".")
            if _met_outside(who, article, sent.idx):
                continue  # cast and crew quoted about the film
            if not who.startswith("The ") and len(who.split()) > 1 and is_person(who):
                add(who, pub, m.start("critic") if m.group("critic") else m.start("who"))
            elif not pub and (who.startswith("The ") or _firm_pub(who)) and _pub_alone_ok(_strip_pub(who), article):
                add("", who, m.start("who"))  # a lone word ("said Doe") is a person's surname, not a paper
        for rx in (_NAME_SAID, _NAME_WRITING) if verb else ():
            for m in _at_clauses(rx, text, verb_clauses):
                if m.groupdict().get("critic2") and not _met_outside(m.group("critic2").strip(), article, sent.idx):
                    add(m.group("critic2").strip(), "", m.start("critic2"))  # "A and B, in a study of ..., wrote"
                critic = m.group("critic").strip()
                if re.search(r"['’]s\b", critic):
                    continue  # "The Weekly's John Roe": the possessive frame already read it
                if "opener" in m.groupdict() and (_NOT_OPENER.search(m.group("opener") or "")
                                                  or _about_other_work(m.group("opener") or "", article)):
                    continue  # "In his review of Another Picture, A wrote"
                if _met_outside(critic, article, sent.idx):
                    continue  # cast and crew talking about the film
                if _WROTE_THE_WORK.match(text, m.end("critic")):
                    continue  # "A wrote the story from a novel": the film's writer
                if any(a <= m.start("critic") < b for a, b in lists):
                    continue  # an item of a list of publications
                add(critic, "", m.start("critic"))
        for m in _at_clauses(_NAMES_SAID, text, verb_clauses) if verb and " and " in text and _PRE_NAMES_AND.search(text) else ():
            if _NOT_OPENER.search(m.group("opener") or "") or _about_other_work(m.group("opener") or "", article):
                continue
            names = [(m.start("names") + n.start(), n.group(0).strip()) for n in _NAME_PART.finditer(m.group("names"))]
            names.append((m.start("last"), m.group("last").strip()))
            if _WROTE_THE_WORK.match(text, m.end("last")) or not all(is_person(w) for _, w in names):
                continue  # "A and B wrote the screenplay": the film's writers
            for start, who in names:
                if not _met_outside(who, article, sent.idx) and not re.search(r"['’]s\b", who):
                    add(who, "", start)
    if strict and ("\"" in text or "“" in text) and (verb or pub_verb):
        _strict_quoted(text, article, add, verb, pub_verb, verb_clauses, pub_clauses)
    for m in _at_clauses(_MEDIUM_PUB, text, pub_clauses) if pub_verb and _MEDIUM_CUE.search(text) else ():
        if not strict or _REVIEW_PREDICATE.match(text, m.end()):
            add("", m.group("pub"), m.start("pub"))
    for m in _ITS_CRITIC.finditer(text) if ("ts " in text and _PRE_ITS_CRITIC.search(text)) else ():
        # "The Daily gave it three stars; its critic, Jane Doe, called it …": the critic is the paper's named before
        # (read by a frame, or opening the sentence); a sentence of its own ("The Daily was cooler. Its critic, Jane
        # Doe, thought …") names the critic alone, its paper being the previous sentence's
        critic = m.group("critic").strip()
        if _met_outside(critic, article, sent.idx):
            continue
        before = [c for c in found if not c.critic and c.publication and c.start < m.start()]
        if before:
            add(critic, before[-1].publication, before[-1].start, vouched=True)
            continue
        opening_pub = _OPENING_PUB.match(text, 0, m.start())
        if opening_pub and (_pub_alone_ok(_strip_pub(opening_pub.group("pub")), article) or _firm_pub(opening_pub.group("pub"))):
            add(critic, opening_pub.group("pub"), 0, vouched=True)
        elif m.start() == 0:
            add(critic, "", m.start("critic"))
    for m in _at_clauses(_PUB_REVIEWING_ASIDE, text, pub_clauses) if pub_verb and ("reviewing " in text or "writing " in text) else ():
        pub = _strip_pub(m.group("pub"))
        if (_medium_named_ok(pub, article) if m.group("medium") else _pub_alone_ok(pub, article)) and not _PERSON_SHAPE.fullmatch(pub):
            add("", pub, m.start("pub"), vouched=True)
    for m in _at_clauses(_PUB_CONCEDING_ASIDE, text, pub_clauses) if pub_verb and "ing " in text and ", " in text else ():
        pub = _strip_pub(m.group("pub"))
        if _pub_alone_ok(pub, article) and (_firm_pub(pub) or not _PERSON_SHAPE.fullmatch(pub)):
            add("", pub, m.start("pub"), vouched=True)
    by = _PUB_REVIEW_BY.match(text) if " by " in text and pub_verb else None
    if by and _valid_pub(_strip_pub(by.group("pub")), article) and not _met_outside(by.group("critic").strip(), article, sent.idx):
        add(by.group("critic").rstrip("."), by.group("pub"), by.start("pub"), vouched=True)
    found = [c for c in found if not (c.critic and _reports_no_verdict(text, c))]
    found.sort(key=lambda c: (c.start, not c.publication))
    uniq: list[_Critic] = []
    for c in found:
        if c.critic and any(c.critic in u.publication and not u.publication.startswith(c.critic) for u in found):
            continue  # "In his book Example: The Films Most Critics Never Saw Coming, A stated": words of the book's title
        if c.critic:
            same = next((u for u in uniq if u.critic == c.critic or (u.critic and (c.critic in u.critic or u.critic in c.critic))), None)
            if same is not None:
                if not same.publication and c.publication:
                    same.publication = c.publication
                continue
        elif any(u.publication == c.publication for u in uniq):
            continue
        uniq.append(c)
    for c in uniq:
        if c.critic and not c.publication and (" for " in text or " in " in text) and _HAS_TRAILING_CUE.search(text, c.start):
            c.publication = _trailing_pub(text, c, uniq, article)
    # a publication alone that is inside a critic's anchor ("Jane Doe of The Daily") is that critic's
    # ("Jane Q. of The Daily" read whole as a publication is that critic's too)
    return [c for c in uniq if c.critic or not any(
        u.critic and (u.publication == c.publication or u.critic.replace(".", "") in c.publication.replace(".", ""))
        for u in uniq)]


# Outside reception sections a weak role noun ("writer A") makes a critic only when A calls the film something in
# quotation marks: "writer A called it "a postcard …"".
_CALLED_THE_FILM = re.compile(r"\s+(?:called|described|dubbed|termed)\s+(?:it|the\s+(?:film|movie|picture))\s+(?:as\s+)?(?:an?\s+)?[\"“]")
_WHO_ASIDE = re.compile(r"\s*,\s+who\b")
# A historian or scholar who reports a fact, not a verdict: "according to film historian Jane Doe, the film did not fare
# well with audiences" (a box-office report, as _REPORTED_FIGURES says), "scholar Jane Doe reported that the studio
# head ordered …" (news of the making: what follows "reported that" is not the film).
_ACCORDING_TO_PERSON = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
_REPORTED_THAT = re.compile(rf"\s+(?:also\s+|later\s+)?{alternation(_V['report_verbs'])}\s+(?:that\s+)?(?!(?:the\s+(?:film|movie|picture)|it)\b)")


_CLAUSE_END = re.compile(r"[.;]")


def _reports_no_verdict(text: str, c: _Critic) -> bool:
    """Whether a named critic only reports a fact (see ``_ACCORDING_TO_PERSON``): no review of the film."""
    at = text.find(c.critic, c.start)
    if at < 0:
        return False
    end = at + len(c.critic)
    reported = _REPORTED_THAT.match(text, end) is not None
    according = "ccording" in text[max(0, at - 60) : at] and _ACCORDING_TO_PERSON.search(text, max(0, at - 60), at)
    if not (reported or according):
        return False  # (most critics: neither frame, nothing more to read)
    rest = _CLAUSE_END.split(text[end:], maxsplit=1)[0]
    if '"' in rest or "“" in rest:
        return False  # the critic's own words quoted: a verdict
    return reported or bool(_REPORTED_FIGURES.search(rest))


# "critics, including Jane Doe and John Roe, maintain …", "historians and critics such as Jane Doe cited …"
_CRITICS_INCLUDING = re.compile(
    rf"\b(?:[Cc]ritics|[Rr]eviewers)\s*,?\s+(?:including|such\s+as|among\s+them)\s+(?P<a>{_CRITIC_NAME})"
    rf"(?:\s*,\s*(?P<b>{_CRITIC_NAME}))?(?:\s*,?\s+and\s+(?P<c>{_CRITIC_NAME}))?")
_LIST_GAP = re.compile(r"(?:[^,;]*?(?:,\s*(?:and\s+)?|\s+and\s+))+")
_FOLLOW_UP = r"^(?:However,\s+|But\s+|Still,\s+|Yet\s+|Later,\s+|In\s+addition,\s+)?(?:{who})\b"


_FOLLOW_PRONOUN = re.compile(_FOLLOW_UP.format(who=r"(?i:he|she|it|the\s+critic|the\s+reviewer)"))
_FOLLOW_OPENER = re.compile(r"(?:However,|But|Still,|Yet|Later,|In\s+addition,)(?=\s)")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


def _follows_up(text: str, who: str) -> bool:
    """Does ``text`` open as ``_FOLLOW_UP`` says, with ``who`` among the subjects? Answered without
    compiling a pattern for every critic (a compile cost more than reading the review): the pronouns
    by one fixed pattern, the critic's name as a literal at the start or after the opening word's
    spaces (any number of them, as ``\\s+`` may backtrack), followed by a word boundary."""
    if _FOLLOW_PRONOUN.match(text):
        return True
    starts = [0]
    m = _FOLLOW_OPENER.match(text)
    if m:
        j = m.end()
        while j < len(text) and text[j].isspace():
            j += 1
            starts.append(j)
    for p in starts:
        q = p + len(who)
        if text.startswith(who, p) and (q > 0 and _is_word(text[q - 1])) != (q < len(text) and _is_word(text[q])):
            return True
    return False


def _follow_ups(article: Article, sent: Sentence, critic: _Critic) -> list[str]:
    """Later sentences of the paragraph about the same critic: 'He also went on to call ...',
    'Corliss cited ...'. They feed the verdict; the fact still cites the first sentence."""
    who = critic.critic.split()[-1] if critic.critic else critic.publication
    para = article.paragraphs[sent.para].sentences
    out: list[str] = []
    for idx in para[para.index(sent.idx) + 1 :]:
        text = article.sentences[idx].text
        # The cheap opening test first: most next sentences do not open on the critic, and reading
        # one for critics runs every frame (the answer is the same in either order).
        if not _follows_up(text, who) or _find_critics(article.sentences[idx], article):
            break
        out.append(text)
    return out


def _critic_text(text: str, start: int, next_start: int) -> str:
    return text[start:next_start]


def _first_quote(text: str) -> str:
    for m in _QUOTE.finditer(text):
        q = m.group("q").strip()
        if len(q) > 3 and not _GRADE_Q.fullmatch(m.group(0)):
            return q.rstrip()
    return ""


def _joint_reception(article: Article, sent: Sentence) -> bool:
    """A sentence under a heading that joins reception to box office ("Box office and reception"),
    not under a box-office section of its own: its critics are read as in any reception section."""
    cur: int | None = sent.section
    while cur is not None:
        sec = article.sections[cur]
        if sec.kind != "other":
            return sec.kind in {"box_office", "critical"} and {"box_office", "critical"} <= joint_kinds(sec.heading) | {sec.kind}
        cur = sec.parent
    return False


# Sections outside reception where a critic is read only in a frame that names a reviewer's role or a
# firm publication: the lead and legacy, and the cast, music and production prose that quotes a critic on a
# performance or the songs ("Critic Ora Pell suggests that the film …", "Bede Marrow of The Daily said the
# songs …").
_STRICT_SECTIONS = {"lead", "legacy", "release", "home_media", "themes", "cast", "music", "production", "filming",
                    "other"}
# (the sections read before these were added: the rest are passed over unless a sentence holds a cue)
_READ_SECTIONS = {"lead", "legacy", "release", "home_media", "themes"}
# …of which these hold prose about the making: a critic there must name what is judged, a paper be one by its shape
_MAKING_SECTIONS = {"cast", "music", "production", "filming"}
_JUDGED = re.compile(rf"\b(?i:{alternation(_V['outside_objects'])})\b")
# A critic quoted there is quoted ("… of The Daily said the songs give "…"") or named by a strong role noun
# ("Critic Ora Pell suggests …"): a sentence with neither (most of the making's prose) is passed over before any
# frame is tried.
_MAKING_ROLE = re.compile(rf"(?i:{alternation(_V['strong_role_nouns'])})")
# …and a quoted one is named with a publication ("A of The Daily", "The Weekly Example stated …")
_MAKING_PUB_CUES = cue_words([*_V["publication_cues"], *_V["known_publications"]])
# (or a web address: "Ora Pell of example.in wrote that …")
_OF_PUB = re.compile(rf"\s(?:of|from)\s+(?:the\s+)?(?:[A-Z]|{_DOMAIN})")


def _other_work_section(article: Article, section: int) -> bool:
    """Is the section (or one it is under) about another work, by its heading ("Sequel", "Stage adaptation")?
    Asked once per section of an article."""
    memo = _memo(article, "other_work_sections", dict)
    if section not in memo:
        cur: int | None = section
        found = False
        while cur is not None and not found:
            found = bool(_OTHER_WORK_HEADING.search(article.sections[cur].heading))
            cur = article.sections[cur].parent
        memo[section] = found
    return memo[section]


def _reception_heading(article: Article, section: int) -> bool:
    """Is the section headed as the critics' response in words the section kinds do not read ("Response",
    "Retrospective assessment", "Reappraisal")? Its critics are read as in any reception section."""
    memo = _memo(article, "reception_headings", dict)
    if section not in memo:
        memo[section] = bool(section) and bool(_RECEPTION_HEADING.fullmatch(article.sections[section].heading.strip()))
    return memo[section]


_RECEPTION_HEADING = re.compile(r"(?i:" + "|".join(_V["reception_headings"]) + r")")
_OTHER_WORK_HEADING = re.compile(r"\b(?i:" + "|".join(_V["other_work_headings"]) + r")\b")


def _reviews(article: Article) -> list[Fact]:
    out: list[Fact] = []
    seen: set[str] = set()
    seen_pubs: set[str] = set()
    seen_dotless: set[str] = set()  # critics met, without their initials' dots
    for sent in article.sentences:
        if sent.section and _other_work_section(article, sent.section):
            continue  # a sequel's or a remake's section: its critics are that work's
        kinds = article.section_kinds(sent.section)
        listed: set[int] | None = None  # (in an honours section, only a paper's or a critic's own list is read)
        if kinds & {"box_office", "accolades", "references", "plot"} and not _joint_reception(article, sent):
            if kinds & {"box_office", "references", "plot"} or "critical" in kinds or not _may_list(sent.text):
                continue
            listed = {m.start("who") for m in _ON_LIST.finditer(sent.text)}
            strict = True
        elif "critical" in kinds or _reception_heading(article, sent.section):
            strict = False
        elif kinds & _STRICT_SECTIONS or sent.section == 0:
            strict = True
            if not (kinds & _READ_SECTIONS or sent.section == 0) and not (
                    _MAKING_ROLE.search(sent.text) or (('"' in sent.text or "“" in sent.text) and _OF_PUB.search(sent.text)
                                                       and (has_cue(sent.text, _MAKING_PUB_CUES) or _has_domain(sent.text)))):
                continue
        else:
            continue
        critics = _find_critics(sent, article, strict)
        if listed is not None:
            critics = [c for c in critics if c.start in listed]
        para_first = article.paragraphs[sent.para].sentences[0]
        contrast = bool(_CONTRAST_OPENER.match(article.sentences[para_first].text))
        for i, c in enumerate(critics):
            end = critics[i + 1].start if i + 1 < len(critics) else len(sent.text)
            own = _critic_text(sent.text, c.start, end)
            j = i + 1
            while j < len(critics) and _LIST_GAP.fullmatch(own):
                # "The Daily, The Weekly and Example.com gave it 3/5": the verdict is the list's
                j += 1
                own = sent.text[c.start : critics[j].start if j < len(critics) else len(sent.text)]
            if _about_other_work(own, article):
                continue
            if strict and kinds & _MAKING_SECTIONS and not kinds & (_STRICT_SECTIONS - _MAKING_SECTIONS - {"other"}) and (
                    not _JUDGED.search(own[len(c.critic or c.publication):]) or (not c.critic and not _firm_pub(c.publication))):
                continue  # the making's prose: a critic who judges nothing named, or a one-word "paper" (a surname)
            if c.critic:
                key = " ".join(c.critic.lower().split())
                surname = key.split()[-1]
                if key in seen or any(s.split()[-1] == surname and s.split()[0][0] == key[0] for s in seen):
                    continue
                seen.add(key)
                seen_dotless.add(key.replace(".", ""))
            else:
                key = c.publication.lower().removeprefix("the ")
                head = re.match(r"(.+?)\s+(?:of|from|at)\s+", key)
                if key in seen_pubs or (head and head.group(1).replace(".", "") in seen_dotless):
                    continue  # "Jane Q of The Daily" again, read whole as a publication the second time
                seen_pubs.add(key)
            own_contrast = contrast or bool(_CONTRAST_OPENER.match(own))
            rating_text, value, scale = parse_rating(own)
            extra = _follow_ups(article, sent, c) if i == len(critics) - 1 else []
            verdict = verdict_of([own, *extra], (value, scale), own_contrast)
            out.append(ReviewFact(sent.idx, critic=c.critic, publication=c.publication, rating_text=rating_text,
                                  rating_value=value, rating_scale=scale, verdict=verdict, quote=_first_quote(own)))
    return out


def extract(article: Article) -> list[Fact]:
    """Aggregate scores and critics' reviews of one article."""
    return [*_scores(article), *_reviews(article)]


# Literal prefilters (bot/rxgate.py): these frames need words most sentences lack, and each is
# tried at every name or word boundary otherwise. The words are read from the patterns themselves.
gate(globals(), "_NAME_COMMA_ROLE", "_ROLE_NAME", "_NAME_WRITING", "_PUB_ROLE_NAME", "_STARS_ONLY",
     "_STARS_OUT_OF", "_NAME_S_REVIEW", "_IN_PUB_REVIEW", "_REVIEWED_IN", "_CRITIC_FOR_PUB",
     # a verdict's words: long case-insensitive lists tried at every word of the review's text, which
     # half of the reviews (praise) to three quarters (blame) hold none of
     "_POS_WORDS", "_NEG_WORDS", "_EXPLICIT", "_WRITES_IN", "_REVIEW_OF")
# Picked by replaying the extractors' calls over the corpus and seed with and without a prefilter.
gate(globals(), "_FROM_PUBS", "_OTHER_WORK", "_MIXED", "_NAME_COMMA_PUB_ROLE", "_PUB_REVIEW_SAID", "_PASSIVE_BY",
     "_WITH_CRITIC", "_ACCORDING_TO")
# Marks too short for the words read from a pattern, but that any match holds: a possessive's
# apostrophe ("The Daily's Jane Doe"), the critic's quoted words.
_PUB_S_NAME = Gated(_PUB_S_NAME, [frozenset({("'", False), ("’", False)})])
_NAME_OF_PUB_QUOTE = Gated(_NAME_OF_PUB_QUOTE, [frozenset({('"', False), ("“", False)})])
# Frames led by a name, which no word gate can test: behind a lookahead of their opening letters (bot/rxgate.py).
opening(globals(), "_NAME_OF_PUB", "_WRITING_FOR", "_NAME_IN_PUB", "_BY_NAME_OF_PUB")
# Found by replaying the extractor's calls over the seed and corpus plain, gated and behind a lookahead
# (every answer compared, none differs): the making-of role nouns, a long case-insensitive list most
# sentences lack, and three frames whose words most sentences lack.
gate(globals(), "_MAKING_ROLE", "_NAME_SAID", "_APPOSED_REVIEWER", "_MEDIUM_CUE")
# Asked only whether they occur or how often: on an ASCII text, read without IGNORECASE from the text in
# lower case (bot/rxgate.py's Folded, same answers).
_GATE_TEST, _POS_COUNT, _NEG_COUNT = Folded(_GATE), Folded(_POS_WORDS), Folded(_NEG_WORDS)
# …and on an ASCII text without their prefilters: there the twin's own search costs less than the prefilter's
# before it (the words as a literal trie are tried at every letter, the twin's behind "\b" at word starts only;
# over the seed's sentences the gate 7.3 -> 4.3 M instructions). A text beyond ASCII keeps the prefilter, which
# spares it the case-insensitive pattern.
_GATE_TEST_ASCII, _POS_COUNT_ASCII, _NEG_COUNT_ASCII = (Folded(rx.rx if isinstance(rx, Gated) else rx)
                                                        for rx in (_GATE, _POS_WORDS, _NEG_WORDS))
