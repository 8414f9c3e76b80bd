"""Building an Article from sections whose headings and levels are known.

The plain-text parser has to guess headings from the shape of lines; wikitext states them
(``== Cast ==``, ``=== Box office ===``), so the Article is built directly with the same
sections, paragraphs and sentences (and stable ``p12.s3`` ids) that ``parse_article`` makes,
and every extractor reads it unchanged.
"""

from __future__ import annotations

from ..article import LEAD, Article, Paragraph, Section, Sentence, section_kind, strip_disambiguator
from ..sentences import split_sentences


class ArticleBuilder:
    def __init__(self, page_title: str) -> None:
        self.page_title = page_title
        self.sections: list[Section] = [Section(0, LEAD, 0, None, "lead")]
        self.paragraphs: list[Paragraph] = []
        self.sentences: list[Sentence] = []

    def add_section(self, heading: str, level: int) -> int:
        """A section at ``level`` (1: top, as ``== X ==``); its parent is the nearest earlier
        section of a lower level. Returns its index."""
        parent = None
        for sec in reversed(self.sections[1:]):
            if sec.level < level:
                parent = sec.idx
                break
        if parent is None:
            level = 1
        sec = Section(len(self.sections), heading, level, parent, section_kind(heading))
        self.sections.append(sec)
        return sec.idx

    def add_paragraph(self, section: int, text: str, *, list_item: bool = False, whole: bool = False) -> list[int]:
        """One paragraph; ``whole`` keeps it as one sentence (a list item or an infobox line whose
        names must stay together). Returns the indices of its sentences."""
        para = Paragraph(len(self.paragraphs), section, text, is_list_item=list_item)
        self.paragraphs.append(para)
        self.sections[section].paragraphs.append(para.idx)
        parts = [text] if whole else split_sentences(text)
        for k, sent in enumerate(parts):
            self.sentences.append(Sentence(len(self.sentences), sent, para.idx, section, f"p{para.idx}.s{k}"))
            para.sentences.append(len(self.sentences) - 1)
        return list(para.sentences)

    def article(self) -> Article:
        """The article as built so far (a copy: building on does not change it)."""
        title, disambiguation = strip_disambiguator(self.page_title)
        sections = [Section(s.idx, s.heading, s.level, s.parent, s.kind, list(s.paragraphs)) for s in self.sections]
        paragraphs = [Paragraph(p.idx, p.section, p.text, list(p.sentences), p.is_list_item) for p in self.paragraphs]
        return Article(self.page_title, title, disambiguation, sections, paragraphs, list(self.sentences))
