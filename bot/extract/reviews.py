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
from dataclasses import dataclass, field

from ..article import Article, Sentence
from ..facts import Fact, ReviewFact, ScoreFact
from .awards import PRONOUNS
from .common import NAME_RX, NUMBER_WORD_RX, parse_int

# --- aggregates ------------------------------------------------------------------------------------

_NUM = NUMBER_WORD_RX
_PERCENT = re.compile(r"\b(\d{1,3})\s?%")
_COUNT = re.compile(
    rf"\b(?:based\s+on|from|of|with)\s+(?:reviews\s+from\s+|the\s+)?(?P<n>{_NUM})\s+"
    r"(?:surveyed\s+|critical\s+|critic\s+|professional\s+)?(?:reviews|critics|reviewers)\b"
)
_AVERAGE = re.compile(
    r"\b(?:average|weighted\s+average|average\s+(?:critic\s+)?(?:rating|score))\s+(?:rating\s+|score\s+)?"
    r"(?:of\s+|is\s+)?(?P<v>\d{1,2}(?:\.\d{1,2})?)(?:\s*/\s*(?P<s>10|5|100)|\s+out\s+of\s+(?P<s2>10|5))?"
)
_MC_SCORE = re.compile(
    r"\b(?:(?P<a>\d{1,3})\s+out\s+of\s+100|(?:score|rating|scored|rated)\s+(?:of\s+|an?\s+)?(?P<b>\d{1,3})%?(?![\d/]|[.,]\d))"
)
_DESCRIPTOR = re.compile(r"\b(?:indicating|signifying|meaning|denoting)\s+[\"“](?P<d>[^\"”]+?)[\s.,]*[\"”]")
_QUOTE = re.compile(r"[\"“](?P<q>[^\"”]{2,})(?:[\"”]|$)")
_GRADE_Q = re.compile(r"[\"“](?P<g>[A-F]\s?[+\-−–]?)[\"”]")
_GRADE_BARE = re.compile(r"\b(?:grade|rating)\s+of\s+(?:an?\s+)?(?P<g>[A-F][+\-−–]?)(?![\w+\-−–])")
_POSTTRAK_POS = re.compile(r"\b(?P<n>\d{1,3})%\s+(?:overall\s+)?(?P<d>positive)\b")
_POSTTRAK_REC = re.compile(r"\b(?P<n>\d{1,3})%\s+[\"“]?(?P<d>definite\s+recommend)")
_GLUED = re.compile(r"(?<=[a-z0-9\"”)\]])\.(?=[“\"]?[A-Z][a-z])")

_SOURCES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("rotten_tomatoes", re.compile(r"Rotten\s+Tomatoes")),
    ("metacritic", re.compile(r"Metacritic(?!['’]s)")),
    ("cinemascore", re.compile(r"CinemaScore")),
    ("posttrak", re.compile(r"PostTrak")),
)


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


def _rotten_tomatoes(sent: Sentence, text: str, a: int, b: int, consensus: str) -> ScoreFact | None:
    if re.search(r"\buser\b|\baudience\b", text[a:b]):
        return None  # audience scores are not the critics' aggregate
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


def _metacritic(sent: Sentence, text: str, a: int, b: int) -> ScoreFact | None:
    score = _MC_SCORE.search(text, a, b)
    if not score:
        return None
    value = float(score.group("a") or score.group("b"))
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
    return ScoreFact(sent.idx, source="cinemascore", grade=m.group("g"), text=text[start : m.end()].strip())


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
        if "references" in article.section_kinds(sent.section):
            continue
        text = sent.text
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
                f = _metacritic(sent, text, a, b)
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

_PUB_WORD = r"(?:[A-Z][\w.'’\-]*[\w.]|[A-Z])"
PUBLICATION_RX = rf"(?:The\s+)?{_PUB_WORD}(?:\s+(?:(?:of|and|&|on|de|du|la|le)\s+)?{_PUB_WORD}){{0,5}}"
_REVIEW_VERB = (
    r"(?:said|says|wrote|writes|writing|called|calls|praised|praises|praising|criticized|criticised|criticizes|"
    r"criticizing|gave|gives|giving|awarded|described|describes|opined|felt|feels|noted|notes|stated|states|named|"
    r"applauded|panned|commented|remarked|argued|argues|liked|disliked|found|finds|considered|declared|dismissed|"
    r"complained|lauded|rated|rates|reviewed|reviewing|summed|concluded|observed|hailed|labeled|labelled|"
    r"compared|admired|enjoyed|loved|deemed|thought|believed|claimed|added|expressed|suggested|positively|"
    r"negatively|also|was|had|in|for|,)"
)
_CRITIC_NAME = (
    r"(?!(?:The|A|An|In|On|At|For|Writing|Reviewing|Critic|Critics|Film|Conversely|However|But|Also|Both|Other|"
    r"Some|Many|While|When|After|Although|Though|Despite|Meanwhile|Later|Upon|Like|Unlike|As|If|Today)\s)"
    + NAME_RX
)
_ROLE = r"(?:(?:[Ff]ilm\s+|[Mm]ovie\s+)?[Cc]ritics?\s+|[Rr]eviewer\s+|[Cc]olumnist\s+)?"

# "Jane Doe of The Daily Paper", "John Roe at Film Monthly"
_NAME_OF_PUB = re.compile(
    rf"(?:^|(?<=[\s(\"“,;.]))(?:Conversely,\s+|However,\s+|But\s+|Meanwhile,\s+)?{_ROLE}(?P<critic>{_CRITIC_NAME})"
    rf"\s*,?\s+(?:of|from|at|for)\s+(?:the\s+)?(?P<pub>{PUBLICATION_RX})(?=\s*,?\s+{_REVIEW_VERB}\b|\s*,)"
)
# "The Weekly's John Roe"
_PUB_S_NAME = re.compile(
    rf"(?:^|(?<=[\s(\"“,;]))(?P<pub>{PUBLICATION_RX})['’]s\s+{_ROLE}(?P<critic>{_CRITIC_NAME})(?=\s*,?\s+{_REVIEW_VERB}\b)"
)
# "Writing for Variety, Peter Debruge called ..."
_WRITING_FOR = re.compile(
    rf"\b[Ww]riting\s+(?:for|in)\s+(?:the\s+)?(?P<pub>{PUBLICATION_RX}),\s+{_ROLE}(?P<critic>{_CRITIC_NAME})(?=\s+{_REVIEW_VERB}\b)"
)
# "Jane Doe said ..." at the head of a sentence (or a glued one), with no publication
_NAME_SAID = re.compile(
    rf"(?:^|(?<=[.\"”]))(?:Conversely,\s+|However,\s+|But\s+|Meanwhile,\s+)?{_ROLE}(?P<critic>{_CRITIC_NAME})\s+(?:also\s+)?"
    r"(?=said|wrote|called|praised|criticized|criticised|gave|awarded|described|opined|felt|noted|stated|named|"
    r"applauded|panned|liked|disliked|found|considered|declared|dismissed|complained|lauded|rated|reviewed|hailed|"
    r"labeled|labelled|deemed|thought|enjoyed|admired|loved)\b"
)

_NOT_CRITIC_WORD = {
    "Rotten", "Tomatoes", "Metacritic", "CinemaScore", "PostTrak", "Audiences", "Critics", "Reviewers", "Variety",
    "Time", "Newsweek", "Empire", "Reuters", "Academy", "Award", "Awards", "Festival", "Film", "Magazine",
    "Times", "Post", "Guardian", "Review", "Reporter", "Journal", "Chronicle", "Tribune", "Weekly", "Daily", "News",
    "Telegraph", "Observer", "Today", "Express", "Herald", "Sun", "Globe", "Mail", "Voice", "Club",
    "Online", "Hindu", "Wire", "Guide", "Digest", "Monthly", "Studios", "Pictures", "Entertainment", "Website",
    "He", "She", "They", "It", "His", "Its", "This", "That", "Conversely", "However",
    # award and organisation vocabulary: "Grand Jury Prize at ...", "U.S. Court of Appeals"
    "Best", "Worst", "Greatest", "Prize", "Jury", "Guild", "Movies", "Court", "University", "Institute",
    "Department", "Association", "Society", "Council", "Corporation", "Network", "Channel", "Video", "Home",
    "DVD", "Blu-ray", "Records", "Actor", "Actress", "Director", "Writer", "Producer", "Composer", "Editor",
    "Screenwriter", "Novelist", "Author", "Star", "Museum", "Library", "Box", "Office",
}

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
    pos = len(_POS_WORDS.findall(joined))
    neg = len(_NEG_WORDS.findall(joined))
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


def _valid_critic(name: str, article: Article) -> bool:
    """A person's name: two words at least, no award or organisation word, not glued to a
    previous sentence ('Film.Catherine'), not possessive, not part of the film's title."""
    if len(name.split()) < 2 or re.search(r"[a-z]\.[A-Z]|['’]s\b", name):
        return False
    if any(w.strip(".,") in _NOT_CRITIC_WORD or w.lower() in PRONOUNS for w in name.split()):
        return False
    title, low = article.title.lower(), name.lower()
    return title not in low and low not in title


def _valid_pub(pub: str, article: Article) -> bool:
    if not pub or len(pub) < 3 or pub.lower() in article.title.lower():
        return False
    return not re.search(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", pub)


def _find_critics(sent: Sentence, article: Article) -> list[_Critic]:
    """Critic anchors in one sentence, left to right, one per critic."""
    text = sent.text
    found: list[_Critic] = []
    for rx in (_NAME_OF_PUB, _PUB_S_NAME, _WRITING_FOR):
        for m in rx.finditer(text):
            critic = m.group("critic").strip()
            pub = m.group("pub").strip().rstrip(".,")
            if not _valid_critic(critic, article) or not _valid_pub(pub, article):
                continue
            found.append(_Critic(sent.idx, critic, pub, m.start()))
    for m in _NAME_SAID.finditer(text):
        critic = m.group("critic").strip()
        if re.search(r"['’]s\b", critic):
            continue  # "The Weekly's John Roe": the possessive frame already read it
        if _valid_critic(critic, article) and not any(c.start <= m.start("critic") < c.start + 120 and critic in c.critic for c in found):
            found.append(_Critic(sent.idx, critic, "", m.start()))
    found.sort(key=lambda c: c.start)
    uniq: list[_Critic] = []
    for c in found:
        if not any(u.critic == c.critic for u in uniq):
            uniq.append(c)
    return uniq


_FOLLOW_UP = r"^(?:However,\s+|But\s+|Still,\s+|Yet\s+|Later,\s+|In\s+addition,\s+)?(?:{who})\b"


def _follow_ups(article: Article, sent: Sentence, critic: _Critic) -> list[str]:
    """Later sentences of the paragraph about the same critic: 'He also went on to call ...',
    'Corliss cited ...'. They feed the verdict; the fact still cites the first sentence."""
    surname = re.escape(critic.critic.split()[-1])
    rx = re.compile(_FOLLOW_UP.format(who=rf"(?i:he|she|the\s+critic)|{surname}"))
    para = article.paragraphs[sent.para].sentences
    out: list[str] = []
    for idx in para[para.index(sent.idx) + 1 :]:
        text = article.sentences[idx].text
        if _find_critics(article.sentences[idx], article) or not rx.match(text):
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


def _reviews(article: Article) -> list[Fact]:
    out: list[Fact] = []
    seen: set[str] = set()
    for sent in article.sentences:
        kinds = article.section_kinds(sent.section)
        if "critical" not in kinds or "box_office" in kinds or "accolades" in kinds:
            continue
        critics = _find_critics(sent, article)
        para_first = article.paragraphs[sent.para].sentences[0]
        contrast = bool(_CONTRAST_OPENER.match(article.sentences[para_first].text))
        for i, c in enumerate(critics):
            key = c.critic.lower()
            surname = key.split()[-1]
            if key in seen or any(s.split()[-1] == surname and s.split()[0][0] == key[0] for s in seen):
                continue
            seen.add(key)
            end = critics[i + 1].start if i + 1 < len(critics) else len(sent.text)
            own = _critic_text(sent.text, c.start, end)
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
