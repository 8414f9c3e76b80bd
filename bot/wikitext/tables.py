"""Wikitables as grids of cell texts, with rowspan and colspan filled in.

An accolades table writes an award once with ``rowspan="4"`` beside four categories; read row by
row, three of those rows would have no award. The grid repeats a spanning cell in every row and
column it covers, so each row stands alone (award, date, category, recipient, result).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mwparserfromhell import nodes as N

from .render import ITEM, Render, tidy


@dataclass
class Grid:
    header: list[str]  # the column headers, lower-cased, footnote marks removed
    rows: list[list[str]]  # every body row, as long as the header


def _span(cell: N.Tag, attr: str) -> int:
    if not cell.has(attr):
        return 1
    m = re.match(r"\s*[\"']?\s*(\d+)", str(cell.get(attr).value))
    return max(1, min(int(m.group(1)), 200)) if m else 1


def _rows(table: N.Tag) -> list[list[N.Tag]]:
    """Cells grouped by row; cells before the first ``|-`` form the first row."""
    rows: list[list[N.Tag]] = []
    loose: list[N.Tag] = []
    for node in table.contents.nodes:
        if not isinstance(node, N.Tag):
            continue
        tag = str(node.tag).lower()
        if tag in ("td", "th"):
            loose.append(node)
        elif tag == "tr":
            if loose:
                rows.append(loose)
                loose = []
            rows.append([c for c in node.contents.nodes if isinstance(c, N.Tag) and str(c.tag).lower() in ("td", "th")])
    if loose:
        rows.append(loose)
    return [r for r in rows if r]


def read_table(table: N.Tag, render: Render | None = None) -> Grid | None:
    """The table as a grid; None when it has no header row or no body."""
    render = render or Render("value")
    raw = _rows(table)
    if len(raw) < 2:
        return None
    grid: list[list[str]] = []
    header_rows = 0
    pending: dict[int, tuple[int, str]] = {}  # column → (rows still covered, text)
    for r, cells in enumerate(raw):
        row: list[str] = []
        col = 0
        is_header = all(str(c.tag).lower() == "th" for c in cells) and r == header_rows
        for cell in cells:
            while col in pending:
                left, text = pending[col]
                row.append(text)
                pending[col] = (left - 1, text)
                if left - 1 <= 0:
                    del pending[col]
                col += 1
            text = ", ".join(t for t in (tidy(ln.replace(ITEM, " ")) for ln in render(cell.contents).split("\n")) if t)
            for _ in range(_span(cell, "colspan")):
                row.append(text)
                rowspan = _span(cell, "rowspan")
                if rowspan > 1:
                    pending[col] = (rowspan - 1, text)
                col += 1
        while col in pending:
            left, text = pending[col]
            row.append(text)
            pending[col] = (left - 1, text)
            if left - 1 <= 0:
                del pending[col]
            col += 1
        if is_header:
            header_rows += 1
        grid.append(row)
    if not header_rows or header_rows >= len(grid):
        return None
    header = [re.sub(r"\s+", " ", re.sub(r"\[[^\]]*\]|\([^)]*\)$", "", h)).strip().lower() for h in grid[header_rows - 1]]
    width = len(header)
    rows = [(row + [""] * width)[:width] for row in grid[header_rows:]]
    return Grid(header, rows)


def column(header: list[str], words: list[str]) -> int:
    """The first column whose header is one of ``words`` (or starts with one); -1 when none."""
    for i, h in enumerate(header):
        if h in words:
            return i
    for i, h in enumerate(header):
        if any(h.startswith(w + " ") or h.startswith(w + "(") for w in words):
            return i
    return -1
