"""Plot characters and production facts: golden output on the seeds and hand-checked corpus
articles, the evidence contract on every corpus article, and no exception anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.article import Article, parse_article
from bot.extract import plot
from bot.facts import PlotCharacterFact, ProductionFact
from tests.conftest import ROOT, article_path, corpus_files


def _load(path: Path) -> Article:
    return parse_article(path.read_text(encoding="utf-8"))


def _characters(article: Article) -> dict[str, PlotCharacterFact]:
    return {f.name: f for f in plot.extract(article) if isinstance(f, PlotCharacterFact)}


def _production(article: Article) -> set[tuple[str, str, str]]:
    return {(f.key, f.value, f.date) for f in plot.extract(article) if isinstance(f, ProductionFact)}


def _corpus_article(name: str) -> Article:
    return _load(article_path(name))


@pytest.fixture(scope="module")
def her() -> Article:
    return _load(ROOT / "seeds" / "her-2013.txt")


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    return [_load(p) for p in corpus_files()]


def test_her_characters(her: Article) -> None:
    chars = _characters(her)
    assert {"Theodore Twombly", "Samantha", "Catherine", "Amy", "Charles", "Isabella"} <= set(chars)
    assert set(chars) <= {"Theodore Twombly", "Samantha", "Catherine", "Amy", "Charles", "Isabella", "Alan Watts"}
    for wrong in ("Los Angeles", "AI", "AIs", "OS", "Theodore", "Twombly", "Her", "The", "After", "When", "Later"):
        assert wrong not in chars


def test_her_merge_and_counts(her: Article) -> None:
    theo = _characters(her)["Theodore Twombly"]
    plot_idx = [s.idx for s in her.sentences_under("plot")]
    mentioning = [i for i in plot_idx if "Theodore" in her.sentences[i].text or "Twombly" in her.sentences[i].text]
    assert theo.mentions == len(mentioning)
    assert theo.sentence == min(mentioning)
    assert list(_characters(her))[0] == "Theodore Twombly"  # order of first mention


def test_her_production(her: Article) -> None:
    facts = _production(her)
    assert ("filming_location", "Los Angeles", "") in facts
    assert ("filming_location", "Shanghai", "") in facts
    assert ("filming_period", "mid-2012", "2012") in facts
    assert not any(v == "August 2013" and k == "filming_period" for k, v, _ in facts)  # re-shoots


def test_seed_characters_precision() -> None:
    rocky = _characters(_load(ROOT / "seeds" / "rocky-1976.txt"))
    assert {"Rocky", "Apollo Creed", "Adrian Pennino"} <= set(rocky)
    roman = _characters(_load(ROOT / "seeds" / "roman-holiday-1953.txt"))
    assert set(roman) == {"Ann", "Joe Bradley", "Hennessy", "Irving Radovich"}
    spirited = _characters(_load(ROOT / "seeds" / "spirited-away-2001.txt"))
    assert {"Chihiro Ogino", "Haku", "Yubaba", "No-Face"} <= set(spirited)


def test_seed_rocky_filming_start() -> None:
    facts = _production(_load(ROOT / "seeds" / "rocky-1976.txt"))
    assert ("filming_start", "January 9, 1976", "1976-01-09") in facts
    assert ("filming_location", "Philadelphia", "") in facts


@pytest.mark.parametrize(
    ("name", "present", "absent"),
    [
        ("alpha-2018.txt", {"Keda", "Tau", "Alpha"}, {"Recognizing Alpha"}),
        ("x-men-first-class-2011.txt", {"Erik Lehnsherr", "Charles Xavier", "Sebastian Shaw"}, {"CIA"}),
        ("my-neighbor-totoro-1988.txt", {"Mei", "Satsuki", "Totoro"}, set()),
        ("aadhi-2018.txt", {"Aadhi", "Jayakrishnan"}, {"Bangalore"}),
        ("the-owner-2012.txt", set(), {"Owner"}),
    ],
)
def test_hand_checked_characters(name: str, present: set, absent: set) -> None:
    chars = set(_characters(_corpus_article(name)))
    assert present <= chars
    assert not (absent & chars)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("211-2018.txt", {("filming_location", "Sofia", ""), ("filming_location", "Bulgaria", "")}),
        ("12-strong-2018.txt", {("filming_location", "New Mexico", ""),
                                ("filming_start", "early January 2017", "2017-01")}),
        ("ghostbusters-ii-1989.txt", {("filming_start", "November 28, 1988", "1988-11-28"),
                                      ("filming_end", "March 7, 1989", "1989-03-07")}),
    ],
)
def test_hand_checked_production(name: str, expected: set) -> None:
    assert expected <= _production(_corpus_article(name))


@pytest.mark.corpus
def test_evidence_and_no_exceptions(corpus: list[Article]) -> None:
    for article in corpus:
        for fact in plot.extract(article):
            text = article.sentences[fact.sentence].text
            for _field, value in fact.evidence_texts():
                assert value in text, (article.title, fact)
            if isinstance(fact, PlotCharacterFact):
                assert fact.mentions >= 1


@pytest.mark.corpus
def test_characters_come_from_plot_sections(corpus: list[Article]) -> None:
    for article in corpus:
        plot_idx = {s.idx for s in article.sentences_under("plot")}
        for fact in plot.extract(article):
            if isinstance(fact, PlotCharacterFact):
                assert fact.sentence in plot_idx, (article.title, fact)


def test_a_filming_plan_that_did_not_happen_is_no_location_and_the_shoot_is():
    from bot.article import parse_article
    from bot.extract import plot

    art = parse_article("Invented Film\nInvented Film is a 2018 film.\nProduction\nThe film was planned to be shot in "
                        "Examplevale, but the star backed out. The movie's shoot is to take place over 25 days in "
                        "Otherton.\n")
    places = {f.value for f in plot.production_facts(art) if f.key == "filming_location"}
    assert places == {"Otherton"}


def test_a_country_is_no_plot_character_and_a_quoted_title_in_brackets_no_actor():
    from bot.article import parse_article
    from bot.extract import extract_all, plot

    art = parse_article("Invented Film\nInvented Film is a 2018 film.\nPlot\nMira Vell flees to Japan. In Japan, Mira "
                        "Vell meets Tam Osk. Tam Osk and Mira Vell return to Japan. Later Sky (“A Song Title”) sings "
                        "with Mira Vell.\n")
    chars = {f.name for f in plot.extract(art) if f.KIND == "plot_character"}
    assert "Japan" not in chars and "Mira Vell" in chars
    actors = {f.actor for f in extract_all(art).items if f.KIND == "cast"}
    assert "A Song Title" not in actors


@pytest.mark.parametrize("sentence, key, value", [
    ("Principal photography began in October 2016.", "filming_start", "October 2016"),
    ("Filming was completed in May 2018.", "filming_end", "May 2018"),
    ("Pre-production began in June 2017, and principal photography commenced in April 2018.", "filming_start",
     "April 2018"),
])
def test_filming_dates_after_in(sentence, key, value):
    from bot.article import parse_article
    from bot.extract import plot

    art = parse_article("Zzyzx Road\nZzyzx Road is a film.\nProduction\n" + sentence + "\n")
    got = [(f.key, f.value) for f in plot.production_facts(art)]
    assert (key, value) in got and ("filming_start", "June 2017") not in got


def test_a_filming_still_to_come_is_no_date():
    from bot.article import parse_article
    from bot.extract import plot

    art = parse_article("Zzyzx Road\nZzyzx Road is a film.\nProduction\nPrincipal photography will commence sometime "
                        "in October 2016.\n")
    assert not [f for f in plot.production_facts(art) if f.key.startswith("filming_") and f.key != "filming_location"]


def test_a_place_named_as_an_area_of_a_larger_one_is_where_it_was_shot():
    """'shot in the Ruritania suburb of Tesk': Tesk is the location, not the larger place before 'suburb'."""
    art = parse_article("Other Tale\nOther Tale is a 1990 film. Shot in the Ruritania suburb of Tesk, Osklund, it "
                        "starred Ora Pell.\nProduction\nIt was filmed in the Ruritanian province of Lune Vale.\n")
    places = {f.value for f in plot.production_facts(art) if f.key == "filming_location"}
    assert places == {"Tesk", "Osklund", "Lune Vale"}


def test_lower_words_open_where_a_word_starts() -> None:
    """_LOWER_WORD opens on its letter and looks back one character: the same words as a lookbehind
    before the letter (at the text's start, after an apostrophe, hyphen, digit or curly quote)."""
    import re

    before = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
    for text in ("ora met Bede", "Ora's tale-teller o'clock", "the 2nd act, Kip’s mother-in-law", "x\nyé ’twas 3d",
                 "Tam—lune, (ivo) ‘osk’ _kip 9a a-b"):
        assert plot._LOWER_WORD.findall(text) == before.findall(text), text
