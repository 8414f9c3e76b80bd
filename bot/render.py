"""Rendering replies as Discord embed dicts that always fit Discord's limits.

Handlers produce a ``Reply`` made of plain dicts (the shape of ``discord.Embed.to_dict()``),
so the console can print them and tests can check the limits without Discord. Every
piece of user or article text passes through ``clip`` here: nothing downstream has to
think about the limits again.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

# Discord's documented limits.
MESSAGE_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELDS_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
EMBED_TOTAL_LIMIT = 6000
CHOICES_LIMIT = 25
CHOICE_NAME_LIMIT = 100

# Our own, tighter page budget: readable pages, and room for title/fields/footer under 6,000.
PAGE_CHARS = 1800

COLOR = 0x5865F2
ERROR_COLOR = 0xED4245
URL_LIMIT = 2048  # a link Discord accepts on an embed's title

#: One colour per kind of answer, so a member tells a film card from a box-office answer, a quoted
#: answer from "the article doesn't say", or an error, before reading a word.
COLORS = {
    "film": COLOR,  # the film card
    "money": 0x2ECC71,  # budget and grosses
    "release": 0x1ABC9C,
    "cast": 0xE91E63,
    "awards": 0xF1C40F,
    "plot": 0x9B59B6,
    "reviews": 0xE67E22,
    "person": 0x11806A,
    "answer": 0x3498DB,  # /ask answered from a sentence
    "unsure": 0x95A5A6,  # /ask: not sure, the article doesn't say, or which film?
    "list": 0x99AAB5,  # /films and other listings
    "error": ERROR_COLOR,
}

_BIDI_AND_CONTROL = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def clean_text(text: str) -> str:
    """Strip control and bidi-override characters that could garble or disguise a reply."""
    return _BIDI_AND_CONTROL.sub("", unicodedata.normalize("NFC", text or ""))


def clip(text: str, limit: int) -> str:
    text = clean_text(text)
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + "…"


_MD_SPECIAL = re.compile(r"([\\*_~`|>\[\]])")


def escape(text: str) -> str:
    """Escape markdown in text that came from a user, and defuse mass mentions."""
    t = _MD_SPECIAL.sub(r"\\\1", clean_text(text))
    return t.replace("@", "@\u2060")  # a word joiner: "@everyone" no longer parses as a mention


def quote_user(text: str, limit: int = 80) -> str:
    """A user's input echoed back: cleaned, clipped, escaped."""
    return escape(clip(" ".join((text or "").split()), limit))


def spoiler(text: str) -> str:
    """Wrap text in a spoiler tag, escaping any '||' inside so the tag cannot be broken out of."""
    return "||" + text.replace("||", "|\u200b|") + "||"


@dataclass(frozen=True)
class Confirm:
    """A destructive action waiting for its user's explicit yes.

    ``action`` names what to do and ``target`` what to do it to (a film id); ``expect`` is what
    the target must still be when the yes comes (its label), so a stale button acts on nothing;
    ``label`` is the confirm button's text and says exactly what happens ("Remove Example
    (1999)"); ``cancelled`` is what to say when the user cancels or lets it time out.
    """

    action: str
    target: int
    label: str
    expect: str = ""
    cancelled: str = "Cancelled: nothing was changed."


@dataclass
class Reply:
    """What a handler answers: embed pages (the first is shown; the rest behind buttons),
    or plain content; ``choices`` asks "did you mean" with film (id, label) pairs;
    ``alternatives`` are other films the answer could have been about (same title), one button
    each to switch; ``confirm`` asks for a yes before a destructive action runs."""

    embeds: list[dict] = field(default_factory=list)
    content: str = ""
    ephemeral: bool = False
    error: bool = False
    choices: list[tuple[int, str]] = field(default_factory=list)
    film_id: int | None = None  # the film this reply is about (remembered per channel)
    data: dict[str, Any] = field(default_factory=dict)  # extra structured output (console --json, tests)
    alternatives: list[tuple[int, str]] = field(default_factory=list)
    confirm: Confirm | None = None

    @property
    def pages(self) -> int:
        return len(self.embeds)


def embed(
    title: str,
    description: str = "",
    *,
    fields: list[tuple[str, str, bool]] | None = None,
    footer: str = "",
    color: int = COLOR,
    url: str = "",
) -> dict:
    """One embed dict with every part clipped to its limit and the total kept under 6,000;
    ``url`` (an http(s) link Discord accepts) makes the title a link."""
    e: dict[str, Any] = {"type": "rich", "title": clip(title, TITLE_LIMIT), "color": color}
    if url.startswith(("https://", "http://")) and len(url) <= URL_LIMIT and not any(c.isspace() for c in url):
        e["url"] = url
    if description:
        e["description"] = clip(description, DESCRIPTION_LIMIT)
    out_fields = []
    for name, value, inline in (fields or [])[:FIELDS_LIMIT]:
        value = value.strip() or "—"
        out_fields.append({"name": clip(name, FIELD_NAME_LIMIT) or "—", "value": clip(value, FIELD_VALUE_LIMIT), "inline": inline})
    if out_fields:
        e["fields"] = out_fields
    if footer:
        e["footer"] = {"text": clip(footer, FOOTER_LIMIT)}
    return fit_total(e)


def embed_length(e: dict) -> int:
    n = len(e.get("title", "")) + len(e.get("description", ""))
    n += sum(len(f["name"]) + len(f["value"]) for f in e.get("fields", []))
    n += len(e.get("footer", {}).get("text", "")) + len(e.get("author", {}).get("name", ""))
    return n


def fit_total(e: dict) -> dict:
    """Drop trailing fields, then shorten the description, until the embed is ≤ 6,000 characters."""
    while embed_length(e) > EMBED_TOTAL_LIMIT and e.get("fields"):
        e["fields"].pop()
    over = embed_length(e) - EMBED_TOTAL_LIMIT
    if over > 0 and e.get("description"):
        e["description"] = clip(e["description"], max(1, len(e["description"]) - over))
    return e


def paginate(
    title: str,
    lines: list[str],
    *,
    footer: str = "",
    header: str = "",
    page_chars: int = PAGE_CHARS,
    wrap=None,
) -> list[dict]:
    """Split lines into embed pages of at most ``page_chars`` characters each.

    A line longer than a page is clipped rather than split, so a page never ends inside
    a markdown or spoiler tag. ``wrap`` (e.g. ``spoiler``) is applied to each page body."""
    pages: list[list[str]] = []
    cur: list[str] = []
    size = len(header)
    for line in lines:
        line = clip(line, page_chars - len(header) - 8)
        if cur and size + len(line) + 1 > page_chars:
            pages.append(cur)
            cur, size = [], len(header)
        cur.append(line)
        size += len(line) + 1
    if cur or not pages:
        pages.append(cur)
    out = []
    total = len(pages)
    for i, body in enumerate(pages, 1):
        text = "\n".join(body)
        if wrap is not None and text:
            text = wrap(text)
        desc = (header + "\n" if header else "") + text
        foot = footer
        if total > 1:
            foot = f"Page {i}/{total}" + (f" · {footer}" if footer else "")
        out.append(embed(title, desc, footer=foot))
    return out


def tint(reply: Reply, kind: str) -> Reply:
    """Colour a reply's embeds by the kind of answer (``COLORS``); an error keeps the error colour."""
    color = COLORS.get(kind, COLOR)
    if not reply.error:
        for e in reply.embeds:
            e["color"] = color
    return reply


def prepend_note(reply: Reply, note: str) -> Reply:
    """Put one line above the first page's text (e.g. the other films a title could mean),
    keeping the embed within Discord's limits."""
    if not reply.embeds:
        reply.embeds = [embed("", note)]
        return reply
    first = dict(reply.embeds[0])
    if "fields" in first:
        first["fields"] = list(first["fields"])
    body = first.get("description", "")
    first["description"] = clip(note + ("\n\n" + body if body else ""), DESCRIPTION_LIMIT)
    reply.embeds = [fit_total(first)] + reply.embeds[1:]
    return reply


def error(message: str, *, title: str = "Sorry") -> Reply:
    return Reply(embeds=[embed(title, message, color=ERROR_COLOR)], ephemeral=True, error=True)


def cite(sections: list[str]) -> str:
    """A footer naming the article sections a reply drew on, most used first."""
    seen: dict[str, int] = {}
    for s in sections:
        if s:
            seen[s] = seen.get(s, 0) + 1
    ordered = sorted(seen, key=lambda s: -seen[s])
    return clip("Source: " + "; ".join(ordered[:4]) if ordered else "", FOOTER_LIMIT)


def money_text(amount: float | None, currency: str = "USD") -> str:
    """12_300_000 → '$12.3 million'; keeps other currencies' symbols."""
    if amount is None:
        return "?"
    symbols = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹"}
    sym = symbols.get(currency, "")
    if amount >= 1e9:
        num = f"{amount / 1e9:.2f}".rstrip("0").rstrip(".") + " billion"
    elif amount >= 1e6:
        num = f"{amount / 1e6:.2f}".rstrip("0").rstrip(".") + " million"
    else:
        num = f"{amount:,.0f}"
    return f"{sym}{num}" if sym else f"{num} {currency}"


def check_limits(e: dict) -> list[str]:
    """Every way an embed dict breaks Discord's limits (empty when it fits). Used by tests and fuzzers."""
    problems = []
    if len(e.get("title", "")) > TITLE_LIMIT:
        problems.append("title")
    if len(e.get("description", "")) > DESCRIPTION_LIMIT:
        problems.append("description")
    if len(e.get("fields", [])) > FIELDS_LIMIT:
        problems.append("fields")
    for f in e.get("fields", []):
        if len(f["name"]) > FIELD_NAME_LIMIT or not f["name"]:
            problems.append("field name")
        if len(f["value"]) > FIELD_VALUE_LIMIT or not f["value"]:
            problems.append("field value")
    if len(e.get("footer", {}).get("text", "")) > FOOTER_LIMIT:
        problems.append("footer")
    if embed_length(e) > EMBED_TOTAL_LIMIT:
        problems.append("total")
    return problems
