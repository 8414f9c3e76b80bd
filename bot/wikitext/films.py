"""Is this page a film article? Decided from the raw wikitext, before any parsing.

A pages-articles dump is mostly people, places and redirects; reading the infobox name and the
categories with two regular expressions keeps the expensive parse for the pages that are
films. A page is a film when it carries a film infobox, or no infobox of another kind and a
film category ("1987 films", "English-language films"). Pages about many films or none (a
film series, a TV series, a soundtrack) are named so by their title's disambiguator.
"""

from __future__ import annotations

import re
from functools import cache

from .. import vocab

_INFOBOX = re.compile(r"\{\{\s*(?:Template:)?(Infobox[ _][^|}\n<]*)", re.I)
_CATEGORY = re.compile(r"\[\[\s*Category\s*:\s*([^\]|\n]+)", re.I)
_TYPE = re.compile(r"\|\s*type\s*=\s*([^|\n}]*)", re.I)
_DISAMBIG = re.compile(r"\(([^()]*)\)\s*$")


@cache
def _rules() -> tuple[set[str], set[str], set[str], re.Pattern[str], re.Pattern[str], set[str]]:
    v = vocab.load("wikitext")["film"]
    return (set(v["infoboxes"]), set(v["typed_infoboxes"]), set(v["film_types"]),
            re.compile("|".join(v["categories"]), re.I), re.compile("|".join(v["not_categories"]), re.I),
            set(v["not_film_titles"]))


def _norm(name: str) -> str:
    return re.sub(r"[\s_]+", " ", name).strip().lower()


def infobox_names(wikitext: str) -> list[str]:
    return [_norm(m.group(1)) for m in _INFOBOX.finditer(wikitext)]


def film_categories(wikitext: str) -> list[str]:
    _, _, _, cats, not_cats, _ = _rules()
    out = []
    for m in _CATEGORY.finditer(wikitext):
        c = m.group(1).strip()
        if cats.search(c) and not not_cats.search(c):
            out.append(c)
    return out


def not_film_reason(title: str, wikitext: str, *, ns: int = 0, redirect: str | None = None) -> str:
    """Why this page is not a film article, in a few words; '' when it is one."""
    if ns != 0:
        return f"not an article (namespace {ns})"
    if redirect is not None or re.match(r"\s*#redirect\b", wikitext, re.I):
        target = redirect or (re.search(r"\[\[([^\]|]+)", wikitext) or [None, "?"])[1]
        return f"a redirect to {target}"
    boxes, typed, types, _, _, not_titles = _rules()
    m = _DISAMBIG.search(title)
    if m:
        dis = m.group(1).strip().lower()
        bare = re.sub(r"^\d{4}\s+", "", dis)
        if bare in not_titles:
            return f"not a film article ('{m.group(1)}' in its title)"
    names = infobox_names(wikitext)
    if any(n in boxes for n in names):
        return ""
    for n in names:
        if n in typed:
            t = _TYPE.search(wikitext[wikitext.lower().find(n.split("/")[0]):])
            if t and _norm(t.group(1)) in types:
                return ""
    if names:
        return f"not a film article (its infobox is {{{{{names[0].capitalize()}}}}})"
    if film_categories(wikitext):
        return ""
    if not wikitext.strip():
        return "an empty page"
    return "not a film article (no film infobox and no film category)"
