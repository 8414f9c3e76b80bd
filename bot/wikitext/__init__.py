"""Wikitext (MediaWiki markup) → the Article the extractors read, plus typed facts from the infobox,
the cast lists and the accolades tables. Parsing is mwparserfromhell's; these modules only decide
what each part means. ``parse_page`` is the entry point; ``not_film_reason`` decides, from the raw
text alone, whether a page is a film article at all."""

from __future__ import annotations

from .films import not_film_reason
from .page import parse_page

__all__ = ["not_film_reason", "parse_page"]
