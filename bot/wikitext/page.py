"""A wikitext page → the Article the extractors read, plus the facts its structure states.

The prose (lead and sections, list items as lines of their own, tables and the infobox left
out) becomes the same Article a plain-text extract makes, and every prose extractor runs on it
unchanged. Then the structured parts are added as sentences of their own so their facts can
cite them: the infobox as an "Infobox" section of "Label: value" lines, accolades and cast
tables as one line per row in the section where the table stands; a Cast list's items are
already sentences of the Cast section. Facts are merged: a cast list gives the billing order,
a structured fact stands in for the prose fact that repeats it, and two different figures for
one budget or gross are both kept, each with its source.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from mwparserfromhell import nodes as N

from .. import vocab
from ..article import Article
from ..extract import extract_all
from ..facts import AwardFact, CastFact, CrewFact, Fact, Facts, IdentityFact, MoneyFact, ReleaseFact
from . import accolades, cast
from .builder import ArticleBuilder
from .infobox import find_infobox, read_infobox
from .render import ITEM, Render, parse, tidy
from .tables import read_table

log = logging.getLogger(__name__)


def _is_reference_heading(heading: str) -> bool:
    return heading.strip().lower() in vocab.load("wikitext")["sections"]["references"]


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^\w]+", " ", "".join(c for c in s if not unicodedata.combining(c)).lower()).strip()


class _Page:
    def __init__(self, page_title: str, wikitext: str) -> None:
        self.code = parse(wikitext)
        self.b = ArticleBuilder(page_title)
        self.tables: list[tuple[int, N.Tag, str]] = []  # section, table, the text just before it
        self.cast_items: list[tuple[int, str, bool]] = []  # sentence, text, voice section
        self._prose()

    # --- prose ------------------------------------------------------------------------------------
    def _prose(self) -> None:
        section, skip, buf = 0, False, []
        for node in self.code.nodes:
            if isinstance(node, N.Heading):
                self._flush(section, skip, buf)
                buf = []
                heading = tidy(Render("prose")(node.title)) or "Section"
                section = self.b.add_section(heading, max(1, node.level - 1))
                skip = _is_reference_heading(heading) or self.b.sections[section].kind == "references"
                continue
            buf.append(node)
        self._flush(section, skip, buf)

    def _in_cast(self, section: int) -> tuple[bool, bool]:
        """(a cast section or below one, a voice cast)."""
        is_cast = voice = False
        cur: int | None = section
        while cur is not None:
            sec = self.b.sections[cur]
            if cur and cast.is_cast_heading(sec.heading):
                is_cast = True
                voice = voice or cast.is_voice_heading(sec.heading)
            cur = sec.parent
        return is_cast, voice

    def _flush(self, section: int, skip: bool, nodes: list) -> None:
        if skip or not nodes:
            return
        parts: list[str] = []
        render = Render("prose", on_table=lambda t: self.tables.append((section, t, "".join(parts)[-600:])))
        for n in nodes:
            parts.append(render.node(n))
        text = "".join(parts)
        is_cast, voice = self._in_cast(section)
        lines: list[str] = []

        def flush_lines() -> None:
            if lines:
                para = tidy(" ".join(lines))
                if re.search(r"[^\W\d_]{2}", para):
                    self.b.add_paragraph(section, para)
                lines.clear()

        for raw in text.split("\n"):
            if raw.lstrip().startswith(ITEM):
                flush_lines()
                item = tidy(raw.replace(ITEM, " "))
                if not re.search(r"[^\W\d_]{2}", item):
                    continue
                sents = self.b.add_paragraph(section, item, list_item=True, whole=is_cast)
                if is_cast:
                    self.cast_items.append((sents[0], item, voice))
            elif not raw.strip():
                flush_lines()
            else:
                lines.append(raw)
        flush_lines()

    # --- structure --------------------------------------------------------------------------------
    def structured(self) -> list[Fact]:
        out: list[Fact] = []
        for sid, text, voice in self.cast_items:
            for p in cast.from_item(text, voice):
                out.append(CastFact(sentence=sid, actor=p.actor, character=p.character, voice=p.voice))
        for section, table, before in self.tables:
            grid = read_table(table)
            if grid is None:
                continue
            rows = accolades.read(grid, tidy(before.replace(ITEM, " ")))
            if rows is not None:
                for row in rows:
                    sid = self.b.add_paragraph(section, row.text, whole=True)[0]
                    out.append(accolades.award_fact(row, sid))
                continue
            is_cast, voice = self._in_cast(section)
            per_row = cast.from_table(grid, voice)
            for row, pairs in zip(grid.rows, per_row, strict=False):
                if not pairs:
                    continue
                sid = self.b.add_paragraph(section, cast.row_text(grid, row), whole=True)[0]
                for p in pairs:
                    out.append(CastFact(sentence=sid, actor=p.actor, character=p.character, voice=p.voice))
        box = find_infobox(self.code)
        if box is not None:
            lines = read_infobox(box)
            if lines:
                section = self.b.add_section("Infobox", 1)
                for line in lines:
                    sid = self.b.add_paragraph(section, line.text, whole=True)[0]
                    out.extend(line.make(sid))
        return out


def parse_page(page_title: str, wikitext: str) -> tuple[Article, Facts]:
    """The Article and every fact of one wikitext page (prose extractors and structure merged)."""
    page = _Page(page_title, wikitext)
    prose = extract_all(page.b.article())
    structured = page.structured()
    article = page.b.article()
    kept = []
    for f in structured:
        missing = f.missing_evidence(article.sentences[f.sentence].text)
        if missing:
            log.debug("dropped %r: %s not in its line", f, missing)
            continue
        kept.append(f)
    return article, merge(article, prose.items, kept)


def _crew_key(f: CrewFact) -> tuple:
    return (f.role, _fold(f.name))


def merge(article: Article, prose: list[Fact], structured: list[Fact]) -> Facts:
    """One list of facts: structured first, prose facts that repeat them dropped; cast in billing
    order (cast lists, then the infobox's starring, then prose); differing money figures both kept."""
    out = Facts()
    # Cast.
    cast_facts = [f for f in structured if isinstance(f, CastFact)]
    in_infobox = [article.sections[article.sentences[f.sentence].section].heading == "Infobox" for f in cast_facts]
    listed = [f for f, box in zip(cast_facts, in_infobox, strict=True) if not box]  # cast lists and tables
    starring = [f for f, box in zip(cast_facts, in_infobox, strict=True) if box]
    prose_cast = [f for f in prose if isinstance(f, CastFact)]
    by_actor: dict[str, CastFact] = {}
    order: list[str] = []
    prose_by_actor = {_fold(f.actor): f for f in prose_cast}
    for f in [*listed, *starring, *prose_cast]:
        key = _fold(f.actor)
        have = by_actor.get(key)
        if have is None:
            if not f.character and key in prose_by_actor and prose_by_actor[key].character:
                f = prose_by_actor[key]
            by_actor[key] = f
            order.append(key)
        elif not have.character and f.character:
            by_actor[key] = f
    for n, key in enumerate(order, 1):
        f = by_actor[key]
        out.items.append(CastFact(sentence=f.sentence, actor=f.actor, character=f.character, voice=f.voice,
                                  order=n, mention=f.mention))
    # Crew, identity, awards, releases: structured first, repeats from prose dropped.
    crew = {_crew_key(f) for f in structured if isinstance(f, CrewFact)}
    ident = {(f.key, _fold(f.value)) for f in structured if isinstance(f, IdentityFact)}
    awards = {(f.ceremony, _fold(f.category), f.outcome) for f in structured if isinstance(f, AwardFact)}
    releases = {(f.date, f.kind) for f in structured if isinstance(f, ReleaseFact)}
    prose_money = [f for f in prose if isinstance(f, MoneyFact)]
    for f in structured:
        if isinstance(f, CastFact):
            continue
        if isinstance(f, MoneyFact) and any(_same_money(f, p) for p in prose_money):
            continue  # the prose states the same figure, in a fuller sentence
        out.items.append(f)
    for f in prose:
        if isinstance(f, CastFact):
            continue
        if isinstance(f, CrewFact) and _crew_key(f) in crew:
            continue
        if isinstance(f, IdentityFact) and (f.key, _fold(f.value)) in ident:
            continue
        if isinstance(f, AwardFact) and (f.ceremony, _fold(f.category), f.outcome) in awards:
            continue
        if isinstance(f, ReleaseFact) and (f.date, f.kind) in releases:
            continue
        out.items.append(f)
    if not any(isinstance(f, IdentityFact) and f.key == "year" for f in out.items):
        out.items.extend(_year_from_release(article, out.items))
    # The film's year is the first year fact (store.film_year): keep the prose's, the lead's, first.
    out.items.sort(key=lambda f: 0 if isinstance(f, IdentityFact) and f.key == "year" else 1)
    return out


_COMPATIBLE = {"budget": {"budget"}, "worldwide": {"worldwide", "gross"}, "domestic": {"domestic"},
               "gross": {"gross", "worldwide"}}


def _same_money(a: MoneyFact, b: MoneyFact) -> bool:
    if b.kind not in _COMPATIBLE.get(a.kind, {a.kind}) or a.currency != b.currency:
        return False
    return abs(a.amount - b.amount) <= 0.005 * max(a.amount, b.amount, 1)


def _year_from_release(article: Article, facts: list[Fact]) -> list[Fact]:
    dates = [f for f in facts if isinstance(f, ReleaseFact) and f.date[:4].isdigit()]
    if not dates:
        return []
    f = min(dates, key=lambda r: r.date)
    year = f.date[:4]
    if year not in article.sentences[f.sentence].text:
        return []
    return [IdentityFact(sentence=f.sentence, key="year", value=year)]
