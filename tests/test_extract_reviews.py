"""Reviews extractor: aggregates and critics on the seed, hand-checked corpus articles,
and the evidence contract over the whole corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.article import parse_article
from bot.extract import reviews
from bot.extract.reviews import parse_rating
from bot.facts import ReviewFact, ScoreFact

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seeds" / "Her.txt"
CORPUS = sorted((SHARED / "corpus" / "articles").glob("*.txt"))

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared articles not available")


def _facts(path: Path):
    article = parse_article(path.read_text(encoding="utf-8"))
    return article, reviews.extract(article)


@pytest.fixture(scope="module")
def seed():
    return _facts(SEED)


def _score(facts, source: str) -> ScoreFact:
    found = [f for f in facts if isinstance(f, ScoreFact) and f.source == source]
    assert found, source
    return found[0]


def _critics(facts) -> dict[str, ReviewFact]:
    return {f.critic: f for f in facts if isinstance(f, ReviewFact)}


def test_seed_rotten_tomatoes(seed):
    _, facts = seed
    rt = _score(facts, "rotten_tomatoes")
    assert (rt.score, rt.count, rt.average, rt.average_scale) == (94, 288, 8.5, 10)
    assert rt.text.startswith("94% based on 288 reviews")
    assert rt.consensus.startswith("Sweet, soulful, and smart")


def test_seed_metacritic_and_cinemascore(seed):
    _, facts = seed
    mc = _score(facts, "metacritic")
    assert (mc.score, mc.count, mc.descriptor) == (91, 47, "universal acclaim")
    assert _score(facts, "cinemascore").grade == "B−"


def test_seed_critics(seed):
    _, facts = seed
    got = _critics(facts)
    expected = {
        "Peter Travers": ("Rolling Stone", {"positive"}),
        "Richard Corliss": ("Time", {"positive"}),
        "Todd McCarthy": ("The Hollywood Reporter", {"positive", "mixed"}),
        "Richard Roeper": ("", {"positive"}),
        "Manohla Dargis": ("The New York Times", {"positive"}),
        "Claudia Puig": ("USA Today", {"positive"}),
        "Scott Mendelson": ("Forbes", {"positive"}),
        "Liam Lacey": ("The Globe and Mail", {"positive", "mixed"}),
        "Mick LaSalle": ("San Francisco Chronicle", {"negative"}),
        "J. R. Jones": ("Chicago Reader", {"mixed", "negative"}),
        "Stephanie Zacharek": ("The Village Voice", {"mixed"}),
    }
    assert set(got) == set(expected)
    for critic, (pub, verdicts) in expected.items():
        assert got[critic].publication == pub, critic
        assert got[critic].verdict in verdicts, critic
    assert (got["Peter Travers"].rating_value, got["Peter Travers"].rating_scale) == (3.5, 4)
    assert got["Peter Travers"].rating_text == "three and a half stars out of four"
    assert (got["J. R. Jones"].rating_value, got["J. R. Jones"].rating_scale) == (2, 4)
    assert got["Manohla Dargis"].quote.startswith("at once a brilliant conceptual gag")


def test_seed_no_invented_critics(seed):
    _, facts = seed
    names = set(_critics(facts))
    assert not names & {"Sandra Bullock", "Robert Redford", "Charlie Kaufman"}


@pytest.mark.parametrize(
    ("text", "value", "scale"),
    [
        ("three and a half stars out of four", 3.5, 4),
        ("gave the film 2 out of 4 stars", 2, 4),
        ("three-and-a-half stars out of four", 3.5, 4),
        ("rated it 4/5", 4, 5),
        ("3½ stars out of four", 3.5, 4),
        ('gave the film a "B+"', 9, 12),
        ("a full four stars", 4, 4),
    ],
)
def test_parse_rating(text, value, scale):
    _, v, s = parse_rating(text)
    assert (v, s) == (value, scale)


def _corpus(name: str) -> Path:
    path = SHARED / "corpus" / "articles" / name
    if not path.exists():
        pytest.skip(f"{name} not in corpus")
    return path


def test_blackkklansman_posttrak_and_grade():
    _, facts = _facts(_corpus("blackkklansman-2018.txt"))
    post = {f.descriptor: f.score for f in facts if isinstance(f, ScoreFact) and f.source == "posttrak"}
    assert post == {"positive": 85, "definite recommend": 67}
    assert _score(facts, "cinemascore").grade == "A–"
    assert _critics(facts)["Peter Bradshaw"].rating_value == 3


def test_empire_strikes_back_reviews():
    _, facts = _facts(_corpus("the-empire-strikes-back-1980.txt"))
    got = _critics(facts)
    assert got["Vincent Canby"].verdict == "negative"  # "a largely dismissive review"
    assert (got["Gene Siskel"].rating_value, got["Gene Siskel"].rating_scale) == (3.5, 4)
    assert _score(facts, "metacritic").descriptor == "universal acclaim"


def test_glued_sentence_does_not_leak_into_score():
    _, facts = _facts(_corpus("12-strong-2018.txt"))
    cs = _score(facts, "cinemascore")
    assert cs.grade == "A" and "Roeper" not in cs.text
    assert _critics(facts)["Richard Roeper"].rating_value == 2.5


def test_evidence_and_no_exception_over_corpus():
    for path in [SEED, *CORPUS]:
        article, facts = _facts(path)
        sources = [f.source for f in facts if isinstance(f, ScoreFact) and f.source != "posttrak"]
        assert len(sources) == len(set(sources)), path.name
        critics = [f.critic for f in facts if isinstance(f, ReviewFact)]
        assert len(critics) == len(set(critics)), path.name
        for f in facts:
            text = article.sentences[f.sentence].text
            for name in type(f).EVIDENCE:
                value = getattr(f, name)
                assert not value or value in text, (path.name, name, value, text)
            if isinstance(f, ReviewFact):
                assert f.verdict in {"", "positive", "mixed", "negative"}
