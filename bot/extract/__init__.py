"""Fact extractors. Each module exposes ``extract(article) -> list[Fact]``."""

from __future__ import annotations

import logging
import sys

from ..article import Article
from ..facts import Facts

log = logging.getLogger(__name__)

#: Whether :func:`load_all` has run (the first :func:`extract_all` calls it).
_loaded = False


def load_all() -> None:
    """Import every extractor now (their patterns compile on import): a process about to fork
    workers loads them once for all of them. The compiling reads bot/rxcache.py's cache on disk,
    so only a process whose patterns or pattern code changed pays for it in full."""
    global _loaded
    from ..rxcache import compiling
    from ..rxgate import first_sets

    with compiling():
        from . import awards, identity, money, people, plot, release, reviews  # noqa: F401

        # every plain pattern the engine would try at every position skips to where a match can open
        first_sets([vars(m) for n, m in sorted(sys.modules.items())
                    if m is not None and (n.startswith(__name__ + ".") or n in ("bot.sentences", "bot.article"))])
    _loaded = True


def extract_all(article: Article) -> Facts:
    """Run every extractor over one article.

    An extractor that fails on an odd article must not cost the film its other facts,
    so each one runs on its own and a failure is logged, not raised."""
    if not _loaded:
        load_all()  # the first call: the extractors are imported with the pattern cache
    from . import awards, identity, money, people, plot, release, reviews

    facts = Facts()
    for mod in (identity, people, awards, reviews, money, release, plot):
        try:
            facts.extend(mod.extract(article))
        except Exception:  # noqa: BLE001 - one extractor must not sink the article
            log.exception("extractor %s failed on %r", mod.__name__, article.title)
    # A surname several people of the article share: the one the film credits ("Doe" → its director).
    from .coref import resolve_shared_given_names, resolve_shared_surnames

    facts.items[:] = resolve_shared_given_names(resolve_shared_surnames(facts.items, article), article)
    # Craft awards name crew the prose may credit nowhere else ("Best Cinematography (A)").
    known = {(f.role, f.name) for f in facts.items if f.KIND == "crew"}
    facts.extend(awards.crew_from_awards(facts.items, known))
    return facts
