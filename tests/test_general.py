"""General, not tuned: no film title or person's name from any article the project knows
appears in the bot's code (bot/ and cogs/)."""

from __future__ import annotations

import json

import pytest

from bot.article import parse_article
from bot.extract import extract_all
from tests.conftest import CORPUS, ROOT, SEEDS_DIR, corpus_files


def known_names() -> set[str]:
    names: set[str] = set()
    for rec in json.loads((CORPUS / "index.json").read_text(encoding="utf-8")):
        names.add(rec["title"])
    for path in [*corpus_files(), *SEEDS_DIR.glob("*.txt")]:
        a = parse_article(path.read_text(encoding="utf-8"))
        names.add(a.title)
        for f in extract_all(a).items:
            for field in ("actor", "character", "name", "critic", "person"):
                value = getattr(f, field, "")
                if value:
                    names.add(value)
    # Single common words ("Her", "Up", "Rocky") would flag ordinary code; two words and up are names.
    return {n for n in names if len(n.split()) >= 2 and len(n) >= 8}


@pytest.mark.corpus
def test_no_article_names_in_the_code():
    # Names are indexed by their first four characters (every name has at least eight), so each line costs a
    # dictionary probe per position instead of a pass of one alternation of thousands of names.
    by_head: dict[str, list[str]] = {}
    for n in sorted(known_names(), key=len, reverse=True):
        by_head.setdefault(n[:4], []).append(n)
    hits = []
    for path in [*(ROOT / "bot").rglob("*.py"), *(ROOT / "cogs").rglob("*.py")]:
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found = next((n for p in range(len(line) - 7) for n in by_head.get(line[p:p + 4], ())
                          if line.startswith(n, p)), None)
            if found:
                hits.append(f"{path.relative_to(ROOT)}:{i}: {found}")
    assert not hits, "article names in code:\n" + "\n".join(hits[:30])
