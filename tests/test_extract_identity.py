"""Identity extractor: golden facts on the seed and hand-checked corpus articles, the evidence
contract on every corpus article, and year agreement with the corpus index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.article import Article, parse_article
from bot.extract import identity
from bot.facts import IdentityFact
from tests.conftest import CORPUS, ROOT, article_path


def _load(path: Path) -> Article:
    return parse_article(path.read_text(encoding="utf-8"))


def _pairs(article: Article) -> set[tuple[str, str]]:
    return {(f.key, f.value) for f in identity.extract(article)}


@pytest.fixture(scope="module")
def corpus() -> list[tuple[dict, Article]]:
    rows = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))
    return [(row, _load(CORPUS.parent / row["file"])) for row in rows]


def test_seed_her() -> None:
    pairs = _pairs(_load(ROOT / "seeds" / "her-2013.txt"))
    assert {("year", "2013"), ("country", "American"), ("genre", "science-fiction"),
            ("genre", "romantic drama"), ("alt_title", "stylized in lowercase")} <= pairs
    assert ("genre", "drama") not in pairs and ("genre", "romantic") not in pairs


def test_seed_spirited_away_titles() -> None:
    pairs = _pairs(_load(ROOT / "seeds" / "spirited-away-2001.txt"))
    assert ("original_title", "千と千尋の神隠し") in pairs
    assert ("alt_title", "Sen to Chihiro no Kamikakushi") in pairs
    assert {("country", "Japanese"), ("genre", "animated"), ("genre", "coming-of-age")} <= pairs


@pytest.mark.parametrize(
    ("name", "expected", "absent"),
    [
        ("102-not-out-2018.txt", {("language", "Hindi"), ("country", "Indian"), ("genre", "comedy-drama")}, set()),
        ("2-0-2018.txt", {("language", "Tamil"), ("genre", "science fiction"), ("genre", "action")}, set()),
        ("american-animals-2018.txt", {("country", "British-American"), ("genre", "crime drama")}, set()),
        ("caged-1950.txt", {("genre", "women-in-prison"), ("genre", "film noir")}, {("genre", "women")}),
        ("the-lady-from-shanghai-1947.txt", {("based_on", "If I Die Before I Wake")}, set()),
        ("acts-of-violence-2018.txt", {("runtime", "86 minutes")}, set()),
        ("the-devil-and-daniel-webster-1941.txt", {("alt_title", "All That Money Can Buy")}, set()),
        ("dr-strangelove-1964.txt", {("alt_title", "Dr. Strangelove"), ("based_on", "Red Alert")}, set()),
        ("1985-2018.txt", {("year", "2018"), ("country", "American")}, {("year", "2016")}),
        ("batman-forever-1995.txt", {("based_on", "Batman")}, set()),
        ("adarei-man-2018.txt", {("country", "Sri Lankan"), ("language", "Sinhala"), ("original_title", "ආදරෙයි මං")}, set()),
    ],
)
def test_hand_checked(name: str, expected: set, absent: set) -> None:
    pairs = _pairs(_load(article_path(name)))
    assert expected <= pairs
    assert not (absent & pairs)


@pytest.mark.corpus
def test_evidence_and_no_exceptions(corpus) -> None:
    for _, article in corpus:
        for fact in identity.extract(article):
            assert isinstance(fact, IdentityFact)
            text = article.sentences[fact.sentence].text
            for _field, value in fact.evidence_texts():
                assert value in text, (article.title, fact)


@pytest.mark.corpus
def test_one_year_per_article(corpus) -> None:
    for _, article in corpus:
        assert sum(f.key == "year" for f in identity.extract(article)) <= 1, article.title


@pytest.mark.corpus
def test_year_agreement(corpus) -> None:
    stated = agree = 0
    for row, article in corpus:
        years = [f.value for f in identity.extract(article) if f.key == "year"]
        if years and row.get("year"):
            stated += 1
            agree += years[0] == str(row["year"])
    assert stated >= 0.85 * len(corpus)
    assert agree >= 0.95 * stated
