"""The film infobox → lines of an "Infobox" section and the typed facts they state.

Each field the vocabulary knows (``[[infobox]]`` in vocab/wikitext.toml) becomes one line such
as "Directed by: Jane Roe" or "Budget: $12 million", and each of its names, dates and figures a
fact citing that line, so the evidence rule (a fact's words occur in its sentence) holds for
infobox facts as for prose ones. Values are cleaned by rendering (links → their text, list
templates and ``<br>`` → one item per line, money, date and runtime templates → their text);
references and comments never reach here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from mwparserfromhell import nodes as N
from mwparserfromhell.wikicode import Wikicode

from .. import vocab
from ..extract.common import DATE_RX, YEAR_RX, iter_money, parse_date
from ..facts import CastFact, CrewFact, Fact, IdentityFact, MoneyFact, ReleaseFact
from .render import ITEM, Render, positional, template_name, tidy


@dataclass
class Line:
    """One line of the Infobox section and the facts it states (``sentence`` is filled in later)."""

    label: str
    text: str
    facts: list[tuple[type[Fact], dict]] = field(default_factory=list)

    def make(self, sentence: int) -> list[Fact]:
        return [cls(sentence=sentence, **kw) for cls, kw in self.facts]


@cache
def _fields() -> dict[str, dict]:
    out = {}
    for row in vocab.load("wikitext")["infobox"]:
        for name in row["fields"]:
            out[_norm(name)] = row
    return out


@cache
def _notes() -> dict:
    return vocab.load("wikitext")["infobox_notes"]


def _norm(name: str) -> str:
    return re.sub(r"[\s_]+", " ", name).strip().lower()


def find_infobox(code: Wikicode) -> N.Template | None:
    """The page's film infobox (top level first, then anywhere)."""
    boxes = set(vocab.load("wikitext")["film"]["infoboxes"]) | set(vocab.load("wikitext")["film"]["typed_infoboxes"])
    for recursive in (False, True):
        for t in code.filter_templates(recursive=recursive):
            if template_name(t) in boxes:
                return t
    return None


_VALUE = Render("value")
_SPLIT = re.compile(r"\s*;\s*|,\s+(?!(?:Jr|Sr|II|III|IV)\b\.?)|\s+(?:and|&)\s+|\s+/\s+")
_PAREN = re.compile(r"\s*\(([^()]*)\)")
_EQUIVALENT = re.compile(r"\(\s*equivalent to[^()]*\)|\(\s*\)", re.I)


def _lines(value: Wikicode) -> list[str]:
    """A field's rendered items: one per list item, ``<br>`` or list template entry."""
    text = _VALUE(value)
    out = []
    for ln in text.split("\n"):
        t = tidy(_EQUIVALENT.sub("", ln.replace(ITEM, " ")))
        if t and re.search(r"\w", t):
            out.append(t)
    return out


def _names(items: list[str], *, role: str = "") -> list[tuple[str, str, str]]:
    """(shown text, name, role) per person or company in a field's items.

    "Jane Roe (story)" → shown "Jane Roe (story)", name "Jane Roe", role "story" in a writer field;
    "Songs: John Roe" → "John Roe"; notes such as "(uncredited)" stay in the shown text only."""
    notes = _notes()
    out: list[tuple[str, str, str]] = []
    for item in items:
        head = re.match(r"^([A-Za-z][\w ]{1,25}):\s*(.+)$", item)
        if head and head.group(1).strip().lower() in notes["music_headers"]:
            item = head.group(2)
        for part in _SPLIT.split(item):
            part = part.strip(" ,;:-–—*•")
            if not part:
                continue
            note = " ".join(m.group(1) for m in _PAREN.finditer(part)).strip().lower()
            name = _PAREN.sub("", part).strip(" ,;:-–—*•\"'")
            name = re.sub(r"^(?:with|by)\s+", "", name)
            if not name or not re.search(r"[^\W\d_]", name) or len(name) > 60 or "=" in name:
                continue
            if name.lower() in notes["dropped_items"]:
                continue
            this_role = role
            if role == "writer" and note in notes["story_notes"]:
                this_role = "story"
            out.append((part, name, this_role))
    return out


def _join(shown: list[str]) -> str:
    return ", ".join(dict.fromkeys(shown))


def read_infobox(box: N.Template) -> list[Line]:
    """The lines of the Infobox section, in the vocabulary's order of fields."""
    fields = _fields()
    by_row: dict[int, list[tuple[str, Wikicode]]] = {}
    rows = vocab.load("wikitext")["infobox"]
    for p in box.params:
        row = fields.get(_norm(str(p.name)))
        if row is None or not str(p.value).strip():
            continue
        by_row.setdefault(rows.index(row), []).append((_norm(str(p.name)), p.value))
    out: list[Line] = []
    for i in sorted(by_row):
        row = rows[i]
        for _name, value in by_row[i]:
            line = _read_field(row, value)
            if line is not None:
                out.append(line)
    return out


def _read_field(row: dict, value: Wikicode) -> Line | None:
    kind, label = row["kind"], row["label"]
    if kind == "based_on":
        return _based_on(label, value)
    items = _lines(value)
    if not items:
        return None
    if kind == "crew":
        names = _names(items, role=row["role"])
        if not names:
            return None
        line = Line(label, f"{label}: {_join([s for s, _, _ in names])}")
        for _, name, role in dict.fromkeys(names):
            line.facts.append((CrewFact, {"role": role, "name": name}))
        return line
    if kind in ("cast", "narrator"):
        names = _names(items)
        if not names:
            return None
        line = Line(label, f"{label}: {_join([s for s, _, _ in names])}")
        if kind == "cast":
            for order, (_, name, _) in enumerate(dict.fromkeys(names), 1):
                line.facts.append((CastFact, {"actor": name, "order": order}))
        return line
    if kind == "identity":
        return _identity(row["key"], label, items)
    if kind == "release":
        return _release(label, items)
    if kind == "money":
        return _money(row["money"], label, items)
    return None


_RUNTIME = re.compile(r"\d+(?:\.\d+)?\s*(?:minutes|mins?\b\.?|min\b)", re.I)


def _identity(key: str, label: str, items: list[str]) -> Line | None:
    if key == "runtime":
        text = items[0]
        line = Line(label, f"{label}: {text}")
        m = _RUNTIME.search(text)
        line.facts.append((IdentityFact, {"key": "runtime", "value": m.group(0) if m else text}))
        return line
    values = [v for v in (p.strip(" ,;") for it in items for p in re.split(r",\s+|\s*;\s*|\s+and\s+", it)) if v]
    values = [re.sub(r"\s*\([^)]*\)$", "", v) for v in values]
    values = list(dict.fromkeys(v for v in values if v and len(v) <= 60))
    if not values:
        return None
    line = Line(label, f"{label}: {', '.join(values)}")
    for v in values:
        line.facts.append((IdentityFact, {"key": key, "value": v}))
    return line


def _release(label: str, items: list[str]) -> Line | None:
    line = Line(label, f"{label}: {'; '.join(items)}")
    for item in items:
        m = DATE_RX.search(item)
        if not m or not YEAR_RX.search(m.group(0)):
            y = YEAR_RX.search(item)
            if not y:
                continue
            date_text, iso = y.group(0), y.group(0)
        else:
            date_text, iso = m.group(0), parse_date(m.group(0))
        place = " ".join(p.group(1) for p in _PAREN.finditer(item)).strip()
        festival = bool(re.search(r"festival|premiere", place, re.I))
        line.facts.append((ReleaseFact, {"kind": "premiere" if festival else "release", "date": iso,
                                         "date_text": date_text, "event": place if festival else "",
                                         "place": "" if festival else place}))
    return line if line.facts else None


_DOMESTIC = re.compile(r"\b(?:domestic|north america|united states|u\.s\.|us|usa|canada)\b", re.I)


def _money(kind: str, label: str, items: list[str]) -> Line | None:
    line = Line(label, f"{label}: {'; '.join(items)}")
    for item in items:
        for span in iter_money(item):
            region = " ".join(p.group(1) for p in _PAREN.finditer(item[span.end:])).strip()
            this = kind
            if kind == "worldwide" and region and not re.search(r"worldwide|world|global|total", region, re.I):
                this = "domestic" if _DOMESTIC.search(region) else "gross"
            line.facts.append((MoneyFact, {"kind": this, "amount": span.amount, "amount_high": span.amount_high,
                                           "currency": span.currency, "qualifier": span.qualifier,
                                           "region": region if this != kind else "", "text": span.text}))
            break  # the first figure of an item is its value; the rest are notes (an inflation figure)
    return line if line.facts else None


def _based_on(label: str, value: Wikicode) -> Line | None:
    """{{based on|''Work''|Author|Author2}} or free text "''Work'' by Author"."""
    tpl = next((t for t in value.filter_templates(recursive=False) if template_name(t) == "based on"), None)
    if tpl is not None:
        pos = positional(tpl)
        work = tidy(_VALUE(pos[0]).replace("\n", " ")) if pos else ""
        authors = [a for p in pos[1:] for a in _lines(p)]
    else:
        items = _lines(value)
        if not items:
            return None
        text = " ".join(items)
        m = re.match(r"^(.*?)\s+by\s+(.+)$", text)
        work, authors = (m.group(1), [m.group(2)]) if m else (text, [])
    work = work.strip(" ,")
    names = _names(authors)
    if not work and not names:
        return None
    shown = work + (" by " + " and ".join(s for s, _, _ in names) if names else "")
    line = Line(label, f"{label}: {shown}")
    if work:
        line.facts.append((IdentityFact, {"key": "based_on", "value": work}))
    for _, name, _ in names:
        line.facts.append((CrewFact, {"role": "based_on_author", "name": name}))
    return line
