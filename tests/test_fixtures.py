"""The fixture articles in tests/fixtures/articles/ are attributed, and are exact copies of the corpus."""

from __future__ import annotations

import re

import pytest

from tests.conftest import CORPUS, FIXTURES, SEED, SHARED


def test_every_fixture_article_is_attributed():
    listed = set(re.findall(r"^\| `([^`]+\.txt)` \|", (FIXTURES / "SOURCES.md").read_text(encoding="utf-8"), re.M))
    present = {p.name for p in FIXTURES.glob("*.txt")}
    assert present and listed == present


@pytest.mark.corpus
def test_fixture_articles_are_copies_of_the_corpus():
    for path in FIXTURES.glob("*.txt"):
        assert path.read_bytes() == (CORPUS / path.name).read_bytes(), path.name
    assert SEED.read_bytes() == (SHARED / "seeds" / "Her.txt").read_bytes()
