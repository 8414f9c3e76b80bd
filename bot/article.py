"""The article model: title, a tree of sections, paragraphs and sentences with stable ids.

Plain-text extracts carry no markup, so headings are recognised from the shape of a
line and from the vocabulary film articles use for their sections. Levels are not
written either; the tree is rebuilt from which headings usually nest under which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .sentences import split_sentences
from .vocab import load

LEAD = "Lead"

# Canonical section kinds, by the words their headings use. Order matters: first match wins.
_KIND_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("references", re.compile(r"^(references|external links|see also|notes|further reading|bibliography|sources|citations|works cited|footnotes)\b|\bon imdb$", re.I)),
    ("box_office", re.compile(r"box[ -]?office|commercial (performance|response)|\bgross", re.I)),
    ("critical", re.compile(r"critic|critical|reviews?\b|reception", re.I)),
    ("accolades", re.compile(r"accolade|award|honou?rs|nominations|recognition|"
                             + "|".join(re.escape(h) for h in load("headings")["honour_lists"]), re.I)),
    ("home_media", re.compile(r"home (media|video|entertainment|release)|video release|dvd|blu-?ray|streaming", re.I)),
    ("plot", re.compile(r"^(plot|synopsis|premise|story|storyline|summary|plot summary|plot synopsis)$", re.I)),
    # "English dub", "Dubbing", "English-language version": who voices whom in another language's release
    # a documentary's "Participants" / "Interviewees": the people who appear as themselves; an anthology's
    # "Segments": each segment's credits and players ("Title (Place), directed by A, follows Tam (B)")
    ("cast", re.compile(r"\bcast\b|casting|voice cast|characters|special appearances|\bdub(?:bing|bed)?\b|^participants$|^interviewees$|"
                        r"^segments$|^starring$|^actors$|^cameos?$|^cameo (?:appearances|roles)$|^guest appearances$|^appearances$|"
                        r"^english(?:-language)? version$", re.I)),
    ("filming", re.compile(r"filming|principal photography|shooting|locations?\b|cinematography", re.I)),
    ("production", re.compile(r"production|development|pre-production|post-production|writing|script|background|effects|design|conception", re.I)),
    ("music", re.compile(r"music|soundtrack|score\b|songs?\b|track ?list", re.I)),
    # (a silent or a lost film's "Restoration" / "Preservation": the restored copy's premieres and editions)
    ("release", re.compile(r"release|distribution|marketing|premiere|screenings?|theatrical|restoration|preservation", re.I)),
    ("legacy", re.compile(r"legacy|influence|cultural impact|in popular culture|sequel|remake|adaptation", re.I)),
    ("themes", re.compile(r"theme|analysis|interpretation|style", re.I)),
]

# Headings that normally start a top-level section.
_TOP_LEVEL = re.compile(
    r"^(plot|synopsis|premise|story|storyline|summary|plot summary|cast|cast and crew|voice cast|"
    r"production|release|reception|release and reception|accolades|awards|awards and nominations|"
    r"awards and honou?rs|soundtrack|music|legacy|themes|references|external links|see also|notes|"
    r"further reading|bibliography|sources|citations|works cited|sequels?|remakes?|marketing|"
    r"home media|in popular culture|adaptations?|cultural impact|background|historical accuracy|"
    r"controversy|controversies|trivia|preservation|restoration)$",
    re.I,
)
# Top-level sections that commonly hold sub-sections.
_PARENTS = {"production", "release", "reception", "release and reception", "music", "soundtrack",
            "legacy", "themes", "accolades", "marketing and release", "production and release"}

_KNOWN_SUB = re.compile(
    r"^(development|writing|pre-production|casting|filming|principal photography|post-production|"
    r"design|visual effects|effects|music|soundtrack|score|critical (response|reception|reaction)|"
    r"box[ -]office|home (media|video)|accolades|awards|marketing|release|premiere|distribution|"
    r"filming locations|locations|cinematography|editing|top ten lists|audience response|"
    r"commercial performance|theatrical release|broadcast|television broadcast|"
    + "|".join(re.escape(h) for h in load("headings")["known_sub"] + load("headings")["honour_lists"]) + r")\b",
    re.I,
)

_DISAMBIG = re.compile(r"\s*\(([^()]*\bfilm\b[^()]*|\d{4})\)\s*$", re.I)
_WIKI_HEADING = re.compile(r"^=+\s*(.*?)\s*=+$")
# ("Ora Pell in a special appearance", "Ora Pell (cameo)": a cast list's line with its note, never a heading)
_LIST_ITEM_MARK = re.compile(r"\s[-–—]\s|\.\.\.|…|\bas\b|^\W|\bin\s+an?\s+(?:special|guest|cameo|brief|friendly|extended|"
                             r"uncredited)\s+(?:appearance|role|part|cameo)\b|\bin\s+a\s+cameo\b|\((?:cameo|uncredited|voice)\)")


@dataclass
class Sentence:
    idx: int
    text: str
    para: int
    section: int
    ref: str  # stable id: "p<paragraph>.s<sentence>" within the article


@dataclass
class Paragraph:
    idx: int
    section: int
    text: str
    sentences: list[int] = field(default_factory=list)
    is_list_item: bool = False


@dataclass
class Section:
    idx: int
    heading: str
    level: int
    parent: int | None
    kind: str
    paragraphs: list[int] = field(default_factory=list)


@dataclass
class Article:
    page_title: str
    title: str
    disambiguation: str
    sections: list[Section]
    paragraphs: list[Paragraph]
    sentences: list[Sentence]

    # --- navigation helpers used by every extractor -------------------------------------
    def section_path(self, section_idx: int) -> str:
        parts: list[str] = []
        cur: int | None = section_idx
        while cur is not None:
            parts.append(self.sections[cur].heading)
            cur = self.sections[cur].parent
        return " > ".join(reversed(parts))

    def _kinds_table(self) -> list[frozenset[str]]:
        """The kinds of every section with its ancestors', worked out once per article (again if
        sections were added since): every extractor asks for every sentence."""
        table = self.__dict__.get("_kinds_of")
        if table is None or len(table) != len(self.sections):
            table = []
            for idx in range(len(self.sections)):
                kinds: set[str] = set()
                cur: int | None = idx
                while cur is not None:
                    kinds.add(self.sections[cur].kind)
                    kinds.update(joint_kinds(self.sections[cur].heading))
                    cur = self.sections[cur].parent
                table.append(frozenset(kinds))
            self.__dict__["_kinds_of"] = table
        return table

    def section_kinds(self, section_idx: int) -> frozenset[str]:
        """Kinds of a section and of its ancestors ("Box office" under "Reception" is both).

        A shared frozenset: callers test and combine it (``&``, ``in``), never change it. (The table is
        read as an attribute, which the interpreter looks up faster than ``__dict__.get``: every
        extractor asks about every sentence.)"""
        try:
            table = self._kinds_of
        except AttributeError:
            table = self._kinds_table()
        if len(table) != len(self.sections):
            table = self._kinds_table()
        return table[section_idx]

    def sentences_of_kind(self, *kinds: str) -> list[Sentence]:
        want = set(kinds)
        return [s for s in self.sentences if self.sections[s.section].kind in want]

    def sentences_under(self, *kinds: str) -> list[Sentence]:
        """Sentences in sections of these kinds or nested below one."""
        want = set(kinds)
        under = [bool(k & want) for k in self._kinds_table()]
        return [s for s in self.sentences if under[s.section]]

    def lead(self) -> list[Sentence]:
        return [s for s in self.sentences if s.section == 0]

    def has_kind(self, kind: str) -> bool:
        return any(s.kind == kind for s in self.sections)

    @property
    def n_chars(self) -> int:
        return sum(len(p.text) for p in self.paragraphs)


def strip_disambiguator(page_title: str) -> tuple[str, str]:
    """'Title (film)' → ('Title', 'film'); 'Title (2013 film)' → ('Title', '2013 film')."""
    m = _DISAMBIG.search(page_title)
    if not m:
        return page_title.strip(), ""
    return page_title[: m.start()].strip(), m.group(1).strip()


def section_kind(heading: str) -> str:
    h = heading.strip()
    for kind, rx in _KIND_RULES:
        if rx.search(h):
            return kind
    return "other"


_JOINT = re.compile(r"\s+(?:and|&)\s+|,\s+")


@lru_cache(maxsize=4096)
def joint_kinds(heading: str) -> frozenset[str]:
    """The kinds of each part of a heading that joins several ("Box office and reception" is a
    reception section too, "Writing and casting" a casting one); empty for a plain heading, whose
    one kind is ``section_kind``'s. The section keeps its first kind; these are added to it."""
    parts = _JOINT.split(heading.strip())
    if len(parts) < 2:
        return frozenset()
    return frozenset(k for k in map(section_kind, parts) if k not in {"other", "references"})


def _clean_heading(line: str) -> str:
    m = _WIKI_HEADING.match(line.strip())
    return (m.group(1) if m else line).strip()


# "Music: Jane Doe", "Visual effects: Example Digital": a stripped credits line, label and value,
# never a heading (even when its label is a heading's word).
_LABEL_LINE = re.compile(r"^[A-Z][\w'’ -]{1,40}:\s+\S")


def _is_known_heading(line: str) -> bool:
    h = _clean_heading(line)
    if h and (h[-1] in ".,;:!?" or len(h.split()) > 8 or _LABEL_LINE.match(h)):
        return False
    return bool(_WIKI_HEADING.match(line.strip()) or _TOP_LEVEL.match(h) or _KNOWN_SUB.match(h)) and len(h) < 60


_LIST_SUBHEADINGS = frozenset(load("headings")["list_subheadings"])


def listy(line: str) -> bool:
    """Is this line a stripped list's item ("A as B", "Song – Singer"), by its marks and length?"""
    s = line.strip()
    return bool(s) and len(s) <= 120 and not _is_known_heading(s) and bool(_LIST_ITEM_MARK.search(s))


def _heading_shape(line: str) -> bool:
    """Could this line be a heading by its shape alone?"""
    s = line.strip()
    if not s or len(s) > 60:
        return False
    if _WIKI_HEADING.match(s):
        return True
    if s[-1] in ".,;:!?\"'”)]" or not (s[0].isupper() or s[0].isdigit()):
        return False
    words = s.split()
    if len(words) > 7:
        return False
    if _LIST_ITEM_MARK.search(s) or _LABEL_LINE.match(s):
        return False
    return True


# Which kinds of sub-section a top-level section of a given kind usually holds.
_NESTS: dict[str, set[str]] = {
    "production": {"production", "cast", "filming", "music", "themes", "other"},
    "release": {"release", "home_media", "box_office", "critical", "accolades", "other"},
    "critical": {"critical", "box_office", "accolades", "home_media", "legacy", "other"},
    "music": {"music", "other"},
    "legacy": {"legacy", "other"},
    "themes": {"themes", "other"},
    "accolades": {"accolades", "other"},
    "plot": {"other"},
    "cast": {"cast", "other"},
    "box_office": {"box_office", "other"},
}


def _nests_under(heading: str, kind: str, parent: Section) -> bool:
    """Decide whether a heading is a sub-section of the current top-level section."""
    allowed = _NESTS.get(parent.kind, set())
    if parent.heading.lower() in {"release and reception", "marketing and release", "production and release"}:
        allowed = allowed | _NESTS["release"] | _NESTS["critical"]
    if _TOP_LEVEL.match(heading) and not _KNOWN_SUB.match(heading):
        return False
    if kind in {"plot", "references"}:
        return False
    return kind in allowed


def parse_article(text: str) -> Article:
    """Parse one plain-text article. Raises ValueError when there is no title line."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [ln.rstrip() for ln in raw_lines]
    # Title: first non-empty line.
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines):
        raise ValueError("no title line")
    page_title = _clean_heading(lines[i].strip())
    title, disambig = strip_disambiguator(page_title)
    body = lines[i + 1 :]

    # Classify lines: heading or paragraph.
    n = len(body)
    is_heading = [False] * n
    shaped = [_heading_shape(ln) for ln in body]
    known = [bool(ln.strip()) and _is_known_heading(ln) for ln in body]
    # Some extracts put a blank line before every heading; there, a heading never follows text directly.
    known_idx = [j for j in range(n) if known[j]]
    blank_style = len(known_idx) >= 2 and sum(1 for j in known_idx if j > 0 and not body[j - 1].strip()) >= 0.6 * len(known_idx)
    for j, ln in enumerate(body):
        if not ln.strip():
            continue
        if known[j]:
            is_heading[j] = True
            continue
        if not shaped[j]:
            continue
        if blank_style and j > 0 and body[j - 1].strip():
            continue
        prev_j = j - 1
        while prev_j >= 0 and not body[prev_j].strip():
            prev_j -= 1
        next_j = j + 1
        while next_j < n and not body[next_j].strip():
            next_j += 1
        if next_j >= n:
            continue  # trailing short lines ("X on IMDb") belong to the last section
        # A run of short unknown lines is a stripped list (cast lists, track listings), not headings:
        # a heading is followed by prose or by a known heading.
        if shaped[next_j] and not known[next_j]:
            continue
        # A bare name inside a stripped cast list ("A as B", then "C", then "D as E") is one of its lines,
        # not a heading: a heading is never both preceded and followed by list lines.
        if prev_j >= 0 and listy(body[prev_j]) and listy(body[next_j]) and section_kind(_clean_heading(ln)) == "other" \
                and _clean_heading(ln).lower() not in _LIST_SUBHEADINGS:
            continue
        if prev_j >= 0 and shaped[prev_j] and not known[prev_j] and not is_heading[prev_j]:
            continue
        is_heading[j] = True

    sections: list[Section] = [Section(0, LEAD, 0, None, "lead")]
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    current_top: int | None = None
    current = 0
    group: int | None = None  # an empty section whose unknown sub-headings nest under it
    for j, ln in enumerate(body):
        s = ln.strip()
        if not s:
            continue
        if is_heading[j]:
            heading = _clean_heading(s)
            kind = section_kind(heading)
            parent_sec = sections[current_top] if current_top is not None else None
            here = sections[current]
            if kind == "other" and not _TOP_LEVEL.match(heading) and here.idx and not here.paragraphs \
                    and here.kind not in {"references", "other"}:
                # "Critical response" with no text of its own, then "Contemporaneous": a heading
                # that only opens sub-sections. Its unknown sub-headings (and their unknown
                # siblings) take its kind, which the flat text would otherwise lose.
                level, parent = here.level + 1, here.idx
                group = here.idx
            elif kind == "other" and group is not None and not _TOP_LEVEL.match(heading):
                level, parent = sections[group].level + 1, group
            elif parent_sec is not None and parent_sec.kind != "references" and _nests_under(heading, kind, parent_sec):
                level, parent, group = 2, parent_sec.idx, None
            else:
                level, parent, group = 1, None, None
            sec = Section(len(sections), heading, level, parent, kind)
            sections.append(sec)
            current = sec.idx
            if level == 1:
                current_top = sec.idx
            continue
        para = Paragraph(len(paragraphs), current, s, is_list_item=shaped[j])
        paragraphs.append(para)
        sections[current].paragraphs.append(para.idx)
        for k, sent in enumerate(split_sentences(s)):
            sentences.append(Sentence(len(sentences), sent, para.idx, current, f"p{para.idx}.s{k}"))
            para.sentences.append(len(sentences) - 1)
    return Article(page_title, title, disambig, sections, paragraphs, sentences)
