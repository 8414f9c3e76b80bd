"""Wikicode → the text a reader sees, the way the plain-text extracts show it.

mwparserfromhell parses; this module only decides what each node shows: link text, the text of
the handful of inline templates that carry visible words (money, dates, runtimes, lists, dashes,
nowrap and friends), nothing for references, citations, files, categories, maintenance and
data templates. Tables are never rendered inline: they are handed to ``Render.on_table`` so the
caller can read them as data (accolades, cast tables) in the section where they stand.

Two modes: ``prose`` joins the items of a list template with commas and a ``<br>`` with a space,
as a sentence would; ``value`` (infobox fields) puts each item on its own line, so a field's
names can be told apart. List markers (``*``, ``#``, ``:``, ``;``) always start a new line that
begins with :data:`ITEM`, so callers see list items as lines of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import mwparserfromhell as mw
from mwparserfromhell import nodes as N
from mwparserfromhell import utils as _mw_utils
from mwparserfromhell.nodes import Node
from mwparserfromhell.parser import Parser
from mwparserfromhell.smart_list import SmartList
from mwparserfromhell.utils import parse_anything
from mwparserfromhell.wikicode import Wikicode

from .. import vocab

ITEM = "\x02"  # starts a line that was a list item in the wikitext

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
# References go before parsing: a malformed citation inside one unbalances the braces of the
# template around it, and the infobox would be lost with it.
_REF = re.compile(r"<ref\b[^>/]*/>|<ref\b[^>]*>.*?</ref\s*>", re.S | re.I)
_DROP_TAGS = {"ref", "references", "gallery", "math", "timeline", "imagemap", "score", "syntaxhighlight", "source",
              "templatedata", "graph", "mapframe", "maplink", "inputbox", "categorytree", "chem", "ce", "hiero",
              "noinclude", "includeonly", "onlyinclude", "section", "indicator", "s", "del", "strike"}
_BREAK_TAGS = {"br", "hr"}
_BLOCK_TAGS = {"p", "div", "blockquote", "poem", "center", "li", "ul", "ol", "dl", "dd", "dt", "table"}
_LINK_DROP = re.compile(r"^\s*(?:file|image|category|media|wikipedia|wp|template|help|portal|special|user|talk)\s*:", re.I)
_BLOCK_LIST = re.compile(r"(?:^|\n)\s*[*#]")
_INTERLANG = re.compile(r"^\s*[a-z]{2,3}(?:-[a-z]+)?\s*:", re.I)


@cache
def _v() -> dict:
    return vocab.load("wikitext")


def template_name(t: N.Template) -> str:
    """A template's name as the vocabulary spells it: lower case, '_' as space, one space."""
    return re.sub(r"[\s_]+", " ", str(t.name).replace("Template:", "")).strip().lower()


def pre_clean(wikitext: str) -> str:
    """Comments and references out before parsing (see ``_REF``)."""
    return _REF.sub("", _COMMENT.sub("", wikitext))


def _parse_anything(value, context=0, *, skip_style_tags=False):  # noqa: ANN001, ANN202 - the library's signature
    """mwparserfromhell 0.7.2's ``utils.parse_anything`` without its four imports inside the function
    (see ``_quick_parse_anything``); the same branches in the same order."""
    if isinstance(value, Wikicode):
        return value
    if isinstance(value, Node):
        return Wikicode(SmartList([value]))
    if isinstance(value, str):
        return Parser().parse(value, context, skip_style_tags)
    if isinstance(value, bytes):
        return Parser().parse(value.decode("utf8"), context, skip_style_tags)
    if isinstance(value, int):
        return Parser().parse(str(value), context, skip_style_tags)
    if value is None:
        return Wikicode(SmartList())
    if hasattr(value, "read"):
        return parse_anything(value.read(), context, skip_style_tags=skip_style_tags)
    try:
        nodelist = SmartList()
        for item in value:
            nodelist += parse_anything(item, context, skip_style_tags=skip_style_tags).nodes
        return Wikicode(nodelist)
    except TypeError as exc:
        error = "Needs string, Node, Wikicode, file, int, None, or iterable of these, but got {0}: {1}"
        raise ValueError(error.format(type(value).__name__, value)) from exc


def _quick_parse_anything() -> None:
    """The parser's tree builder calls ``parse_anything`` for every node it makes (every template
    name, parameter and link: five hundred calls a film page), and that function imports four names
    of the library at each call; three are packages, whose ``from ... import`` runs importlib's Python
    code each time: 3.4 µs a call, about 6% of a dump page's parsing and extraction. The function's
    code is swapped for the same code reading those names from its module (put there once), so the
    library's modules that imported it by name get it too. Only for the version it was read from."""
    if getattr(mw, "__version__", "") != "0.7.2" or getattr(parse_anything, "_quick", False):
        return
    _mw_utils.__dict__.update(Node=Node, Parser=Parser, SmartList=SmartList, Wikicode=Wikicode)
    parse_anything.__code__ = _parse_anything.__code__
    parse_anything._quick = True


_quick_parse_anything()


def parse(wikitext: str) -> Wikicode:
    # Bold and italic stay quote marks (tidy() drops them): parsing them as tags costs a quarter of the parse.
    return mw.parse(pre_clean(wikitext), skip_style_tags=True)


def param(t: N.Template, key: str | int) -> Wikicode | None:
    """A parameter's value by name or position, or None."""
    key = str(key)
    for p in t.params:
        if str(p.name).strip() == key:
            return p.value
    return None


def positional(t: N.Template) -> list[Wikicode]:
    return [p.value for p in t.params if not p.showkey]


class Render:
    """Visible text of wikicode. ``on_table`` receives every table met (default: dropped)."""

    def __init__(self, mode: str = "prose", on_table: Callable[[N.Tag], None] | None = None) -> None:
        self.value = mode == "value"
        self.on_table = on_table

    # --- nodes ----------------------------------------------------------------------------------
    def __call__(self, code: Wikicode | None) -> str:
        if code is None:
            return ""
        out: list[str] = []
        for node in code.nodes:
            out.append(self.node(node))
        return "".join(out)

    def node(self, node) -> str:
        if isinstance(node, N.Text):
            return str(node)
        if isinstance(node, N.Wikilink):
            return self.link(node)
        if isinstance(node, N.Template):
            return self.template(node)
        if isinstance(node, N.Tag):
            return self.tag(node)
        if isinstance(node, N.HTMLEntity):
            return node.normalize().replace("\xa0", " ")
        if isinstance(node, N.ExternalLink):
            return self(node.title) if node.title is not None else ""
        if isinstance(node, N.Heading):
            return "\n" + self(node.title).strip() + "\n"
        return ""  # comments, arguments ({{{1}}})

    def link(self, node: N.Wikilink) -> str:
        title = str(node.title).strip()
        if title.startswith(":"):
            title = title[1:]
        elif _LINK_DROP.match(title) or (_INTERLANG.match(title) and node.text is None):
            return ""
        if node.text is not None:
            return self(node.text)
        return re.sub(r"^[a-z]{2,3}:", "", title.split("#")[0] if not title.startswith("#") else title[1:])

    def tag(self, node: N.Tag) -> str:
        name = str(node.tag).strip().lower()
        markup = node.wiki_markup
        if markup and name in {"li", "dd", "dt"}:
            return "\n" + ITEM
        if name == "table":
            if self.on_table is not None:
                self.on_table(node)
            return "\n"
        if name in _DROP_TAGS:
            return ""
        if name in _BREAK_TAGS:
            return "\n" if self.value else " "
        inner = self(node.contents) if node.contents is not None else ""
        if name in _BLOCK_TAGS:
            return "\n\n" + inner + "\n\n" if name in {"p", "blockquote"} else "\n" + inner + "\n"
        return inner

    # --- templates ------------------------------------------------------------------------------
    def template(self, t: N.Template) -> str:
        name = template_name(t)
        v = _v()["templates"]
        if name in v["containers"] or (name in v["lists"] and not self.value
                                       and any(ITEM in self(p) for p in positional(t))):
            # A block list wrapped in a template ({{castlist|* A as X ...}}): its items stay lines.
            return "\n" + "\n".join(self(p) for p in positional(t)) + "\n"
        if name in v["lists"]:
            items = [self(p).strip() for p in positional(t)]
            items = [ln.strip().lstrip(ITEM).strip() for it in items for ln in it.split("\n")]
            items = [i for i in items if i]
            return ("\n" + "\n".join(items) + "\n") if self.value else ", ".join(items)
        if name in v["breaks"]:
            return "\n" if self.value else " "
        if name in v["literal"]:
            return v["literal"][name]
        if name in v["money"]:
            return v["money"][name] + self(param(t, 1)).strip()
        if name.startswith("inrconvert"):
            unit = v["inr_units"].get(self(param(t, 2)).strip().lower(), "")
            return "₹" + self(param(t, 1)).strip() + unit
        if name in v["film_dates"]:
            return self.film_date(t)
        if name in v["dates"]:
            return self.date(t)
        if name in v["runtime"]:
            return self.runtime(t)
        if name in v["won"]:
            return self(param(t, 1)).strip() or "Won"
        if name in v["nominated"]:
            return self(param(t, 1)).strip() or "Nominated"
        if name in v["pending"]:
            return "Pending"
        if name in v["first_param"]:
            text = param(t, "text") or param(t, "quote") or param(t, 1)
            return self(text)
        if name in v["second_param"]:
            return self(param(t, 2) if param(t, 2) is not None else param(t, 1))
        if name.startswith("lang-"):
            pos = positional(t)
            return self(pos[-1]) if pos else ""
        if name in ("sortname", "sort name"):
            first, last = self(param(t, 1)).strip(), self(param(t, 2)).strip()
            return f"{first} {last}".strip()
        if name in ("convert", "cvt"):
            return f"{self(param(t, 1)).strip()} {self(param(t, 2)).strip()}".strip()
        if name in ("as of",):
            parts = [self(p).strip() for p in positional(t)]
            return "As of " + self._date_parts(parts)
        if name in ("based on",):
            pos = positional(t)
            if not pos:
                return ""
            work = self(pos[0]).strip()
            authors = [self(p).strip() for p in pos[1:] if self(p).strip()]
            return work + (" by " + " and ".join(authors) if authors else "")
        if name.startswith("#expr"):
            m = re.fullmatch(r"\s*(\d+(?:\.\d+)?(?:\s*\+\s*\d+(?:\.\d+)?)*)\s*(?:round\s*(\d+))?\s*",
                             name.split(":", 1)[1] if ":" in name else "")
            if m:  # sums only ("66.72+29.22 round 1")
                return f"{round(sum(float(x) for x in m.group(1).split('+')), int(m.group(2) or 0)):g}"
            return ""
        if name.startswith("formatnum"):
            return name.split(":", 1)[1].strip() if ":" in name else ""
        if not self.value and any(_BLOCK_LIST.search(str(p)) for p in positional(t)):
            # An unknown wrapper around a bulleted list ({{Cast listing|* A as X ...}}): the list is text.
            return "\n" + "\n".join(self(p) for p in positional(t)) + "\n"
        return ""  # citations, notes, navboxes, maintenance and data templates show nothing

    def _date_parts(self, parts: list[str], dmy: bool = False) -> str:
        nums = [p for p in parts if p]
        if not nums or not nums[0].isdigit():
            return " ".join(nums)
        year = nums[0]
        month = int(nums[1]) if len(nums) > 1 and nums[1].isdigit() and 1 <= int(nums[1]) <= 12 else None
        day = int(nums[2]) if len(nums) > 2 and nums[2].isdigit() else None
        if month is None:
            return year
        if day is None:
            return f"{_MONTHS[month - 1]} {year}"
        return f"{day} {_MONTHS[month - 1]} {year}" if dmy else f"{_MONTHS[month - 1]} {day}, {year}"

    def _dmy(self, t: N.Template) -> bool:
        df = param(t, "df")
        return df is not None and str(df).strip().lower() in {"y", "yes", "1", "true"}

    def date(self, t: N.Template) -> str:
        pos = [self(p).strip() for p in positional(t)]
        if pos and not pos[0].isdigit():
            return pos[0]  # {{date|12 October 2013}}
        return self._date_parts(pos[:3], self._dmy(t))

    def film_date(self, t: N.Template) -> str:
        """{{Film date|1976|11|21|Place|1976|12|03|Other place}}: each date with its place in brackets."""
        pos = [self(p).strip() for p in positional(t)]
        out = []
        for i in range(0, len(pos), 4):
            group = pos[i : i + 4]
            when = self._date_parts(group[:3], self._dmy(t))
            where = group[3] if len(group) > 3 else ""
            if when:
                out.append(f"{when} ({where})" if where else when)
        return ("\n" if self.value else ", ").join(out)

    def runtime(self, t: N.Template) -> str:
        pos = [self(p).strip() for p in positional(t)]
        nums = [float(p) for p in pos if re.fullmatch(r"\d+(?:\.\d+)?", p)]
        if not nums:
            return ""
        minutes = nums[0] * 60 + nums[1] if len(nums) > 1 else nums[0]
        return f"{minutes:g} minutes"


_MAGIC = re.compile(r"__[A-Z]+__")
_QUOTES = re.compile(r"'{2,}")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u200b]+")
_SPACE_PUNCT = re.compile(r"\s+([,.;:!?)\]])")
_EMPTY_BRACKETS = re.compile(r"\(\s*[,;]?\s*\)|\[\s*\]")


_OPEN_SPACE = re.compile(r"\(\s+")


def _single_spaced(t: str) -> str:
    """``_SPACES`` made one space; a text whose every run is already one plain space is returned as
    it is (the substitution would give the same text, after a pass over every space of it)."""
    if "  " in t or "\t" in t or "\u00a0" in t or "\u2009" in t or "\u200b" in t:
        return _SPACES.sub(" ", t)
    return t


def tidy(text: str) -> str:
    """One line of rendered text as the extracts read: no leftover quote marks or magic words, single
    spaces, no space before punctuation, no empty brackets left where a template was.

    Every line of a page passes here (thousands a page), so a step is skipped where the text lacks
    what its pattern needs ("__", "''", a bracket, a space that is not one plain space): the same
    text comes out."""
    t = _MAGIC.sub("", text) if "__" in text else text
    t = _QUOTES.sub("", t) if "''" in t else t
    t = t.replace("[[", "").replace("]]", "").replace("{{", "").replace("}}", "")
    t = _single_spaced(t)
    bracket = "(" in t
    if bracket or "[" in t:
        t = _EMPTY_BRACKETS.sub("", t)
    t = _SPACE_PUNCT.sub(r"\1", t)
    if bracket:
        t = _OPEN_SPACE.sub("(", t)
    return _single_spaced(t).strip()
