"""Loose, keyword-style questions: "describe <film> in a few words" and "which films are about <x>".

Why a module of its own: neither asks for one fact. The first wants a handful of words that
place a film (who made it, who is in it, what kind of film it is); the second names a person,
a theme or a place and wants the films it fits. Both are answered from facts and lead sentences
the library already holds, as a list whose first item is the best guess, and never confidently:
"about" and "in a few words" have no single right answer an article could state.
"""

from __future__ import annotations

import re

from ..matching import normalize
from ..vocab import load
from .model import Answer, dedupe_sources, src

#: A list of loose keywords or of films a word may describe: worth saying, never said as certain.
LOOSE = 0.45
_CUES = load("intents")
_DESCRIBED_BY = [re.compile(p) for p in _CUES["described_by"]]
#: How many items a keyword answer names (the embed has room; the first is the best guess).
KEYWORDS = 8


_FRAME = re.compile(r"\s+in (?:a )?few words\W*$", re.IGNORECASE)


def without_frame(text: str) -> str:
    """*text* without a trailing "in a few words": a way of asking, never part of a title (a film
    called "Words" must not win over the title typed before it). Only a tail is cut, so positions
    in the result are positions in *text*."""
    return _FRAME.sub("", text)


def described_by(q: str) -> str | None:
    """The person or theme of "which films are about X" / "what movies can be described by X"
    (normalised question *q*), or None when the question is not of that shape."""
    for p in _DESCRIBED_BY:
        m = p.match(q)
        if m:
            return m.group("tag").strip() or None
    return None


# compiled at import, not through re's shared cache (the patterns built per question keep emptying it)
_KEYWORDS_RX1 = re.compile(r"\d")


def keywords(q) -> Answer:
    """A few words that place film ``q.film`` from its facts: director first (the credit a film is
    most often known by), then the leads, the genre and the source work. *q* is a ``film.Q``."""
    crew = q.data.of("crew")
    items: list[str] = []
    sources: list[dict] = []

    def add(text: str, row: dict | None) -> None:
        if text and normalize(text) not in {normalize(i) for i in items}:
            items.append(text)
            if row is not None:
                sources.append(src(row))

    for r in crew:
        if r["role"] == "director":
            add(r["name"], r)
    cast = sorted(q.data.of("cast"), key=lambda r: r.get("order") or 0)
    for r in cast[:3]:
        add(r["actor"], r)
    identity = q.data.of("identity")
    for r in identity:
        if r["key"] == "genre" and not _KEYWORDS_RX1.search(r["value"]):
            add(r["value"], r)
    for r in crew:
        if r["role"] in ("based_on_author", "writer"):
            add(r["name"], r)
    for r in identity:
        if r["key"] == "based_on":
            add(r["value"], r)
    if not items:
        return q.make("The article gives me no credits or genre to describe it with.", "abstain", 0.15, [])
    return q.make("In a few words: " + "; ".join(items[:KEYWORDS]) + ".", "identity.keywords", LOOSE, sources)


async def films_described_by(lib, question: str, tag: str) -> Answer:
    """Films a tag fits: a person's credits when the tag is exactly a credited name (directed first,
    then written, then acted; billed higher, then longer article, first), else films whose lead
    names the words, the more mentions (then the longer article) the earlier."""
    from .across import credits_of  # across imports this module

    phrase = " ".join(normalize(tag).split())
    if not phrase:
        return Answer(question, "Which person or theme do you mean?", "need_film", 0.1)
    name = await _credited_name(lib, tag)
    if name is not None:
        credits = await credits_of(lib, name)
        rows = [r for role in ("director", "writer", "story", "based_on_author", "acted", "producer") for r in
                sorted(credits.get(role, []), key=lambda r: _prominence(lib, r))]
        films = list(dict.fromkeys(r["film"] for r in rows))
        if films:
            return Answer(question, f"Films of {name}: " + "; ".join(films[:25]) + ("…" if len(films) > 25 else "") + ".",
                          "films.list", LOOSE, sources=dedupe_sources([r["source"] for r in rows]))
    counts: dict[int, int] = {}
    sources: dict[int, dict] = {}
    sql = ("SELECT s.film_id, s.text, sec.path FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid "
           "JOIN sections sec ON sec.film_id = s.film_id AND sec.idx = s.section "
           "WHERE sentences_fts MATCH ? AND sec.kind = 'lead' LIMIT 400")
    fts = " ".join("".join(ch if ch.isalnum() else " " for ch in tag).split())
    # execute_fetchall, here and below: one trip to the database thread, not three (execute, fetch, close)
    for fid, text, path in await lib.conn.execute_fetchall(sql, ('"' + fts + '"',)):
        if f" {phrase} " in f" {normalize(text)} ":
            counts[fid] = counts.get(fid, 0) + 1
            sources.setdefault(fid, {"section": path, "sentence": text})
    order = sorted(counts, key=lambda i: (-counts[i], -(lib.film(i).n_chars if lib.film(i) else 0)))
    films = [lib.film(i) for i in order if lib.film(i) is not None]
    if not films:
        return Answer(question, f"No film in the library mentions “{tag}” in its lead.", "abstain", 0.2)
    return Answer(question, f"Films whose article mentions “{tag}”: " + "; ".join(f.label for f in films[:25])
                  + ("…" if len(films) > 25 else "") + ".", "films.list", LOOSE,
                  sources=dedupe_sources([sources[f.id] for f in films]))


async def _credited_name(lib, tag: str) -> str | None:
    """*tag* as a name the cast or crew facts hold exactly (any case), else None: a theme word is
    never stretched to the nearest person."""
    for sql in ("SELECT actor FROM cast_members WHERE actor = ? COLLATE NOCASE LIMIT 1",
                "SELECT name FROM crew WHERE name = ? COLLATE NOCASE "
                "AND role NOT IN ('production_company', 'distributor') LIMIT 1"):
        row = next(iter(await lib.conn.execute_fetchall(sql, (tag.strip(),))), None)
        if row:
            return row[0]
    return None


def _prominence(lib, row: dict) -> tuple:
    billing = row.get("billing")
    film = lib.film(row["film_id"])
    return (billing if isinstance(billing, int) else 10_000, -(film.n_chars if film else 0), row["film_id"])
