"""Release extraction: golden facts on the seed, hand-checked corpus releases, the evidence contract."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.article import Article, parse_article
from bot.extract import release
from bot.facts import ReleaseFact
from tests.conftest import SEED, article_path, corpus_files

KINDS = {"premiere", "limited", "wide", "release", "home_media", "streaming", "rerelease", "television"}


def _load(path: Path) -> Article:
    return parse_article(path.read_text(encoding="utf-8"))


def _article(text: str) -> Article:
    return parse_article("Test (film)\n" + text + "\n")


def _facts(article: Article) -> list[ReleaseFact]:
    facts = release.extract(article)
    assert all(isinstance(f, ReleaseFact) for f in facts)
    return facts  # type: ignore[return-value]


def _rows(facts: list[ReleaseFact]) -> set[tuple]:
    return {(f.kind, f.date, f.date_text, f.event, f.place, f.theaters, f.distributor) for f in facts}


@pytest.fixture(scope="module")
def seed() -> Article:
    return _load(SEED)


@pytest.fixture(scope="module")
def corpus() -> dict[str, Article]:
    return {p.name: _load(p) for p in corpus_files()}


# --- the seed -----------------------------------------------------------------------------------
def test_seed_golden(seed: Article) -> None:
    rows = _rows(_facts(seed))
    expected = {
        ("premiere", "2013-10-12", "October 12, 2013", "2013 New York Film Festival", "", None, ""),
        # "on December 18" takes its year from the paragraph.
        ("limited", "2013-12-18", "December 18", "", "", 6, ""),
        ("wide", "2014-01-10", "January 10, 2014", "", "the United States and Canada", 1700, ""),
        ("limited", "2013-12-18", "December 18, 2013", "", "", None, ""),
        ("wide", "2014-01-10", "January 10, 2014", "", "", None, ""),
        ("home_media", "2014-03-04", "March 4, 2014", "", "", None, "Warner Home Video"),
        ("wide", "2014-01-10", "January 10, 2014", "", "", 1729, ""),
        # Festival screenings that are not premieres: kind 'release' with the event.
        ("release", "", "", "Hamptons International Film Festival", "", None, ""),
        ("release", "", "", "8th Rome International Film Festival", "", None, ""),
    }
    assert expected <= rows


def test_seed_skips_the_planned_date_and_the_soundtrack(seed: Article) -> None:
    facts = _facts(seed)
    assert not any(f.date == "2013-11-20" for f in facts)  # "was set to have a limited release"
    assert not any(f.date.startswith("2021") or f.date == "2014-01" for f in facts)  # score and vinyl
    assert len(facts) == 10


# --- small cases ----------------------------------------------------------------------------------
def test_plain_release_and_distributor() -> None:
    facts = _facts(_article("Release\nThe film was released on 4 May 2018 by Example Pictures."))
    assert _rows(facts) == {("release", "2018-05-04", "4 May 2018", "", "", None, "Example Pictures")}


def test_two_dates_two_places() -> None:
    facts = _facts(_article(
        "Release\nThe film was released on 6 February 2018 in the United States and on 16 April 2018 in the United Kingdom."))
    assert [(f.kind, f.date) for f in facts] == [("release", "2018-02-06"), ("release", "2018-04-16")]


def test_leading_date_and_rerelease() -> None:
    facts = _facts(_article("Home media\nOn September 13, 2016, the film was re-released on Blu-ray by Example Video."))
    assert [(f.kind, f.date, f.distributor) for f in facts] == [("rerelease", "2016-09-13", "Example Video")]


def test_date_without_year_and_no_context_stays_empty() -> None:
    facts = _facts(_article("Release\nThe film was released on DVD on November 15."))
    assert [(f.kind, f.date, f.date_text) for f in facts] == [("home_media", "", "November 15")]


@pytest.mark.parametrize("text, want", [
    ("The film was entered into the 1947 Ruritania Film Festival.", [("release", "1947", "1947 Ruritania Film Festival")]),
    ("It premiered on 5 October at the 24th Osterlich International Film Festival held from 3 to 12 October 2019.",
     [("premiere", "2019-10-05", "24th Osterlich International Film Festival")]),
    ("It was shown at the 1986 Ruritania Film Festival before opening in Osterlich on July 12, 1986.",
     [("release", "1986", "1986 Ruritania Film Festival")]),
])
def test_festival_years_and_spans(text, want) -> None:
    assert [(f.kind, f.date, f.event) for f in _facts(_article("Release\n" + text))] == want


def test_a_date_counted_from_the_one_before() -> None:
    facts = _facts(_article("Release\nIt opened in Osterlich on 20 December 2018 and in Ruritania the following day. "
                            "It opened in Varga on 3 March 2019, and in Lune two weeks later."))
    assert [(f.date, f.date_text, f.place) for f in facts] == [
        ("2018-12-20", "20 December 2018", "Osterlich"), ("2018-12-21", "the following day", "Ruritania"),
        ("2019-03-03", "3 March 2019", "Varga"), ("2019-03-17", "two weeks later", "Lune")]


def test_a_yearless_date_after_december_is_next_january() -> None:
    facts = _facts(_article(
        "Release\nThe film was released on 21 December 2018 in Ruritania. "
        "It was released in Osterlich on 11 January, and in Varga on 22 December."))
    assert [f.date for f in facts] == ["2018-12-21", "2019-01-11", "2018-12-22"]


def test_a_date_that_looks_back_keeps_the_year() -> None:
    facts = _facts(_article(
        "Release\nThe film was released on 21 December 2018. It had premiered in Osterlich on 5 November. "
        "It was released in Varga on 2 November."))
    assert [f.date for f in facts][1:] == ["2018-11-05", "2018-11-02"]


@pytest.mark.parametrize(
    "text",
    [
        "The first trailer was released on December 21, 2017.",
        "The soundtrack album was released on 19 December 2018.",
        "The film has come to be regarded as a classic in the years since its release, and in 2008 it was preserved.",
        'In June 2008, the Example Institute released its "Five top Five" after polling critics.',
        "The Ruritanian Film Board released its list of the hundred best films in March 2012.",
    ],
)
def test_not_a_release(text: str) -> None:
    assert _facts(_article("Release\n" + text)) == []


def test_a_plan_gives_way_to_the_release() -> None:
    facts = _facts(_article("Release\nThe film is scheduled for release on 16 November 2019.\n"
                            "It was eventually shown on 1 March 2020 in cinemas and was released on 1 March 2020."))
    assert [f.date for f in facts] == ["2020-03-01"]


def test_the_last_plan_stands_when_no_release_is_stated() -> None:
    facts = _facts(_article("Release\nAn earlier announcement said the film would be released in December 2017.\n"
                            "It was later confirmed that it is scheduled for release in February 2018."))
    assert [(f.kind, f.date, f.date_text) for f in facts] == [("release", "2018-02", "February 2018")]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The film was released on 23 November 2018.", ("release", "2018-11-23", "23 November 2018")),
        ("It was released June 12, 2018, by Example Pictures.", ("release", "2018-06-12", "June 12, 2018")),
        ("It was released under the banner Example Films on 23 November in 2018.",
         ("release", "2018-11-23", "23 November in 2018")),
        ("It was released on the 12th of June, 2018.", ("release", "2018-06-12", "12th of June, 2018")),
        ("It was released on 2018-06-12.", ("release", "2018-06-12", "2018-06-12")),
        ("The film was released in the summer of 1999.", ("release", "1999", "the summer of 1999")),
        ("The film was released on DVD in 2004.", ("home_media", "2004", "2004")),
        ("Both cuts are available on the 2004 DVD release.", ("home_media", "2004", "2004")),
        ("It premiered on television on 3 May 1999.", ("television", "1999-05-03", "3 May 1999")),
        ("It made its television debut on Example Channel on September 15, 2018.",
         ("television", "2018-09-15", "September 15, 2018")),
        ("The film, scored by Jane Doe with a musical score, was released on 5 December 1997.",
         ("release", "1997-12-05", "5 December 1997")),
    ],
)
def test_release_shapes(text: str, row: tuple) -> None:
    assert [(f.kind, f.date, f.date_text) for f in _facts(_article("Release\n" + text))] == [row]


def test_the_year_of_the_film_is_not_a_release() -> None:
    assert _facts(_article("Example is a 1950 American drama film directed by Jane Doe.")) == []


def test_home_media_in_a_production_section() -> None:
    facts = _facts(_article("Production\nThe film was shot in two versions; both are on the 2004 DVD release.\n"
                            "It was scheduled for release in May 1954."))
    assert [(f.kind, f.date) for f in facts] == [("home_media", "2004")]


# --- hand-checked corpus articles -------------------------------------------------------------
def _find(name: str) -> set[tuple]:
    return _rows(_facts(_load(article_path(name))))


def test_premiere_in_a_city_then_release() -> None:
    rows = _find("rush-2013.txt")
    assert ("premiere", "2013-09-02", "2 September 2013", "", "London", None, "") in rows
    # the festival named with its year dates the screening to that year
    assert ("release", "2013", "2013", "2013 Toronto International Film Festival", "", None, "") in rows


def test_festival_premiere_and_distributor() -> None:
    rows = _find("american-animals-2018.txt")
    assert ("premiere", "2018-01-19", "January 19, 2018", "2018 Sundance Film Festival", "", None, "") in rows
    paris = _find("the-15-17-to-paris-2018.txt")
    assert ("release", "2018-02-09", "February 9, 2018", "", "the United States", None, "Warner Bros. Pictures") in paris


def test_general_release_is_wide() -> None:
    rows = _find("the-empire-strikes-back-1980.txt")
    assert ("wide", "1980-05-21", "May 21, 1980", "", "North America and the U.K.", None, "") in rows


def test_home_media_distributor() -> None:
    rows = _find("spirited-away-2001.txt")
    assert ("home_media", "2002-07-19", "19 July 2002", "", "", None, "Buena Vista Home Entertainment") in rows


# --- contract over the whole corpus --------------------------------------------------------------
@pytest.mark.corpus
def test_evidence_and_sanity_over_corpus(corpus: dict[str, Article]) -> None:
    total = 0
    for name, article in corpus.items():
        for f in _facts(article):
            total += 1
            text = article.sentences[f.sentence].text
            assert isinstance(f, ReleaseFact)
            for field, value in f.evidence_texts():
                assert value in text, (name, field, value, text)
            for value in (f.place, f.distributor):
                assert value == "" or value in text, (name, value, text)
            assert f.kind in KINDS
            assert f.date == "" or f.date[:4].isdigit()
            assert f.date == "" or f.date_text
            assert f.theaters is None or f.theaters > 0
            assert article.sections[article.sentences[f.sentence].section].kind not in {"plot", "cast", "music"}
    assert total > 200  # the extractor is not silently off


@pytest.mark.corpus
def test_no_exception_on_any_article(corpus: dict[str, Article]) -> None:
    for article in corpus.values():
        release.extract(article)
    release.extract(_article(""))
    release.extract(_article("Release\nreleased on , premiered at the Festival on 31 February. released by"))


def test_leading_year_and_festival_year_date_a_release() -> None:
    from bot.article import parse_article
    from bot.extract import release

    art = parse_article("T\nT is a 2001 film.\nRelease\nIn 2005, the film was released on DVD. It was also shown at "
                        "the 2003 Example International Film Festival. On 2 May 2002, it was selected to compete at the "
                        "Sample Film Festival. In 2006, Premiere named it one of the best films.\n")
    rows = {(f.kind, f.date, f.event) for f in release.extract(art)}
    assert ("home_media", "2005", "") in rows
    assert ("release", "2003", "2003 Example International Film Festival") in rows
    assert not any(d == "2002-05-02" for _k, d, _e in rows)  # the selection's date, not a screening
    assert not any(d == "2006" for _k, d, _e in rows)  # the magazine, not a premiere


@pytest.mark.parametrize("sentence, want", [
    ("On September 17, 1943, the film opened theatrically at the Rialto Theatre in Hallow City.", {("1943-09-17", "release")}),
    ("The film opened at number one at the box office on June 5, 1993.", set()),
    # a distributor's name is not the subject "manga"
    ("The film was released in Japan on June 5, 1993, and in Western countries through Manga Entertainment in 1995.",
     {("1993-06-05", "release"), ("1995", "release")}),
    ("The manga was released on June 5, 1993.", set()),
    ("On October 2, 2007, the film was released on Blu-ray, and on November 15, 2011, it was re-released on DVD.",
     {("2007-10-02", "home_media"), ("2011-11-15", "rerelease")}),
])
def test_opened_and_company_names(sentence, want) -> None:
    art = parse_article(f"Invented Film\nInvented Film is a 1993 film.\nRelease\n{sentence}\n")
    assert {(f.date, f.kind) for f in _facts(art)} == want


@pytest.mark.parametrize("text, want", [
    ("The film was released on 7 December 2018 on Netflix.", [("streaming", "2018-12-07")]),
    ("On 5 September, the film was screened at the 75th Example Film Festival and released online and in select "
     "theaters on 10 October 2018, by Netflix.", [("release", "2018-09-05"), ("streaming", "2018-10-10")]),
    ("After having its release date moved from 26 January to 9 February, it was released on 16 February 2018.",
     [("release", "2018-02-16")]),
    ("Ora Pell, whose debut film Other Tale also premiered in 2018, took to a podcast on 17 August to criticize the film.",
     []),
    ("An unofficial Tamil-language adaptation, titled Other Tale, was released in 1994.", []),
])
def test_release_clauses_about_the_film_only(text: str, want: list[tuple[str, str]]) -> None:
    """A streaming date given with the verb, a release date after a moved plan; never another film's
    premiere named in a relative clause, nor an adaptation's release."""
    assert [(f.kind, f.date) for f in _facts(_article("Release\n" + text)) if f.date] == want


def test_a_date_without_a_year_in_a_section_that_never_states_one_is_of_the_films_year():
    """A home-media section that never repeats the year: "on DVD May 1" is of the film's release
    year (from the lead's first sentence), not left undated; a first lead date of the shoot is no guide."""
    from bot.article import parse_article
    from bot.extract import release

    art = parse_article("Other Tale\nOther Tale is a 2001 drama film. Filming began in May 2000. It was released on "
                        "January 19, 2001.\nHome media\nExample Home Entertainment released Other Tale digitally "
                        "April 10, and on Blu-ray Disc and DVD May 1.\n")
    got = {(f.kind, f.date) for f in release.extract(art)}
    assert ("home_media", "2001-04-10") in got and ("home_media", "2001-05-01") in got


def test_a_release_held_back_in_production_prose_is_the_release_when_no_other_is_given():
    """"the release was delayed until late January 2002" in a production section is what happened,
    not a plan; it dates the release only when no release section gives one."""
    from bot.article import parse_article
    from bot.extract import release

    text = ("Other Tale\nOther Tale is a 2001 film.\nProduction\nThe film was weeks from its scheduled premiere, but "
            "because of the storm, the release was delayed until late January 2002.\n")
    assert ("release", "2002-01") in {(f.kind, f.date) for f in release.extract(parse_article(text))}
    both = parse_article(text + "Release\nThe film was released on 8 February 2002.\n")
    assert ("release", "2002-01") not in {(f.kind, f.date) for f in release.extract(both)}


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # a one-off theatrical showing in a region, a screening in a city, a place before "opening"
        ("It was screened at a festival on May 1, 2018, it also had a special presentation in Ruritania theaters on October 4, 2018.",
         ("2018-10-04", "release", "Ruritania", "")),
        ("The film also received a screening in Zenda, Ruritania, on March 28, 1981.", ("1981-03-28", "release", "Zenda", "")),
        ("On the day of the film's Zenda opening on September 12, 1980, Ora Pell reviewed it.", ("1980-09-12", "release", "", "")),
        # a film event not named "Festival" (dates.toml film_events)
        ("In June 2018, the film participated in the Kinotavr debut competition.", ("2018-06", "release", "", "Kinotavr")),
    ],
)
def test_release_in_a_place_and_at_a_named_event(sentence, expected):
    facts = _facts(_article("Other Tale is a 2018 film.\n\nRelease\n" + sentence + "\n"))
    assert expected in {(f.date, f.kind, f.place, f.event) for f in facts}


def test_a_venue_named_after_an_event_is_no_festival():
    facts = _facts(_article("Other Tale is a 2018 film.\n\nRelease\n"
                            "The premiere in Zenda took place at the TIFF Bell Lightbox on 26 October 2011.\n"))
    assert all(f.event == "" for f in facts)


@pytest.mark.parametrize("sentence, want", [
    # two formats, each with its date; "Digital HD" capitalised
    ("Other Tale was released by Example Pictures Home Entertainment, in collaboration with Osk Films, on Digital HD on "
     "August 21, 2018 and DVD and Blu-ray on September 4, 2018.",
     [("home_media", "2018-08-21"), ("home_media", "2018-09-04")]),
    # a label's series is where the film sits, no other subject
    ("The film was released on Blu-ray in 2011 in Ruritania by Example Video as part of their Masters of Example series.",
     [("home_media", "2011")]),
    # a format that a transfer "appeared on"; a company named Manga is no manga
    ("In 2013, a second, remastered HD transfer appeared on Blu-ray.", [("home_media", "2013")]),
    ("In 2000 when Manga and Bede Marrow Entertainment released Other Tale on DVD, they used the uncut version.",
     [("home_media", "2000")]),
    # a channel named after the verb, with a year that opens the sentence
    ("In 1997 after it was screened on RBC, a minister appealed its classification.", [("television", "1997")]),
    ("As of 2010, a widescreen version has been shown on basic cable's Example Movie Channel.", [("television", "2010")]),
    ("Since 2001, the film has been released uncut in Ruritania.", [("release", "2001")]),
    # a showing at a cinema, at no festival
    ("Other Tale screened in 2001 at the Zenda Palace Theatre in a retrospective of Ora Pell's films.", [("release", "2001")]),
    ("The film was screened in a theater in Zenda from May 9 to May 14 in 2018.", [("release", "2018-05-09")]),
    ("On April 7, 1982, it received its official cinema opening at the Example Forum in Zenda.", [("release", "1982-04-07")]),
    # not: a date after the screen's name ("on May 4"), a format no channel, a record "as of" a year, a test screening
    ("The film was screened on May 4 at a party.", []),
    ("The film was the largest release for a Ruritanian film as of 2011.", []),
    ("In May 2000, the film was screened for test audiences in a theater in Zenda.", []),
])
def test_home_media_television_and_cinema_screenings(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2001 film.\n\nRelease\n{sentence}\n")
    facts = [f for f in _facts(art) if f.date]
    assert [(f.kind, f.date) for f in facts] == want
    assert all(f.date_text in art.sentences[f.sentence].text for f in facts)


@pytest.mark.parametrize("sentences, want", [
    # a plan nothing of its kind overtook is the latest word on that release
    (["Other Tale was released in Ruritania on 24 June 2011.", "A release in Osterlich is set for 22 July 2011."],
     [("release", "2011-06-24"), ("release", "2011-07-22")]),
    (["Other Tale premiered at the Zenda Film Festival on 19 April 2018.",
      "The film was acquired by Example Pictures and is set for release in November 2018."],
     [("premiere", "2018-04-19"), ("release", "2018-11")]),
    (["Other Tale was released on DVD on 5 May 2005.",
      "It has also been announced that a 4K Blu-ray version of the film is set to release on December 11, 2018."],
     [("home_media", "2005-05-05"), ("home_media", "2018-12-11")]),
    # a plan the release overtook, one given up, or the date of the telling, is none
    (["The film was set to have a limited release on 20 November 2013.", "It was released on 18 December 2013."],
     [("release", "2013-12-18")]),
    (["Other Tale was released on 5 May 2001.", "A sequel was originally scheduled for release in 2003."],
     [("release", "2001-05-05")]),
    (["Other Tale was released on 5 May 2001.",
      "In March 2014, Ora Pell announced that the film would be re-released in 3D."], [("release", "2001-05-05")]),
])
def test_the_latest_plan_of_a_release(sentences: list, want: list) -> None:
    art = parse_article("Other Tale\nOther Tale is a 2001 film.\n\nRelease\n" + "\n".join(sentences) + "\n")
    assert [(f.kind, f.date) for f in _facts(art) if f.date] == want


# --- classes from the batch-10 blind gold (invented sentences) ------------------------------------
def _dated(body: str, heading: str = "Release") -> list[tuple[str, str]]:
    art = parse_article(f"Other Tale\nOther Tale is a 2001 film directed by Ora Pell.\n\n{heading}\n{body}\n")
    facts = [f for f in _facts(art) if f.date]
    assert all(f.date_text in art.sentences[f.sentence].text for f in facts)
    return [(f.kind, f.date) for f in facts]


@pytest.mark.parametrize("body, want", [
    # the film is the clause's subject or object, in a sentence naming another subject
    ("Other Tale premiered at the Zenda Palace Theatre on July 30, 2001 (between the two seasons of the series).",
     [("premiere", "2001-07-30")]),
    ("Example TV, the network which aired the Other Tale series, first broadcast the film on July 4, 2004; "
     "the film was quickly rebroadcast on Example TV September 4 of that year.",
     [("television", "2004-07-04"), ("television", "2004-09-04")]),
    ("The film was also released by Example Archive in the \"Other Tale Movie Series Collection\" on August 1, 2011.",
     [("release", "2011-08-01")]),
    # …but not another work named as the subject, nor "it" after a sentence opening on another work
    ("Other Tale, Part II was released in 2004.", []),
    ("Another Tale was released in 2005.", []),
    ("Another Tale received a separate DVD release in 2007.", []),
    ("The first song released for the film was sung by Lune Varga. It was officially released on 13 January 2001.", []),
    # …while an edition of the film stays the film's
    ("A 25th Anniversary Edition was released in Ruritania by Example Video in 2007.", [("rerelease", "2007")]),
    # a showing in a named place on a date; a showing at no cinema years later is a revival
    ("It premiered in Zenda on September 8, 2001 and was later screened in Osterlich on September 19.",
     [("premiere", "2001-09-08"), ("release", "2001-09-19")]),
    ("On December 15, 2015, it was publicly screened at the Zenda Museum of Art.", [("rerelease", "2015-12-15")]),
    ("It was selected for preservation in the Ruritanian Film Registry in 1996.", []),
    # a year before a named edition
    ("These cuts were waived for the 2004 10th Anniversary release.", [("rerelease", "2004")]),
])
def test_release_subject_and_showing_classes(body: str, want: list) -> None:
    assert _dated(body) == want


@pytest.mark.parametrize("body, want", [
    # production prose: the film as subject, its own premiere, a release held back until a date
    ("The film was released on February 6, 2002.", [("release", "2002-02-06")]),
    ("Ivo Brandt died on September 14, four months before its Zenda premiere on January 29, 2002.",
     [("premiere", "2002-01-29")]),
    ("The film premiered in June 2001 at the Zenda Film Festival, and was released in Ruritania in April 2002.",
     [("premiere", "2001-06"), ("release", "2002-04")]),
    ("Filming began on 2 October 2000 and ended in March 2001, but it was not released in Ruritania until 9 June 2002.",
     [("release", "2002-06-09")]),
    # a television showing named in passing
    ("In his introduction to a showing on Example Classic Movies on January 17, 2009, the host said the studio "
     "cut its budget.", [("television", "2009-01-17")]),
    # not: another film, a plan, the time of release as a backdrop
    ("Bede Marrow directed the documentary Another Tale, released in 1999.", []),
    ("Another Tale was released in 1999 with financial success.", []),
    ("The team geared up to release the film during 2000, but it was further delayed.", []),
])
def test_release_in_production_prose(body: str, want: list) -> None:
    assert _dated(body, heading="Production") == want


def test_section_on_another_work_yields_no_release() -> None:
    assert _dated("Originally released in Ruritania in 2003, the short is shown at the Zenda Museum.",
                  heading="Animated short") == []
    assert _dated("Earlier reported to release on 19 December 2014, the project finally released on 4 September 2015.",
                  heading="Sequel") == []


def test_festival_year_alone_gives_way_to_the_dated_screening() -> None:
    body = ("Other Tale premiered on May 14, 2001, at the Zenda Film Festival.\n"
            "On April 12, 2001, the film was selected to compete at the 2001 Zenda Film Festival, where it premiered on May 14.")
    assert _dated(body) == [("premiere", "2001-05-14"), ("premiere", "2001-05-14")]


def test_festival_screenings_told_ahead_stand_beside_the_release() -> None:
    body = ("Other Tale was released in Ruritania on 1 June 2001.\n"
            "It was announced that the film would also screen at the Zenda Film Festival on April 19th and April 21st, 2001.")
    assert _dated(body) == [("release", "2001-06-01"), ("release", "2001-04-19"), ("release", "2001-04-21")]


@pytest.mark.parametrize("body, want", [
    ("The anthology was also released as a 4-disc Blu-ray set in 2009, with each film on a single disc.",
     [("home_media", "2009")]),
    ("The film was also included in the Example Collection DVD set in 2012, alongside its first sequel, Another Tale.",
     [("home_media", "2012")]),
    ("The first Collector's Edition DVD, released in 1999, was packaged as a single-disc edition release.",
     [("home_media", "1999")]),
])
def test_home_media_editions_beside_other_words(body: str, want: list) -> None:
    assert _dated(body, heading="Home media") == want


@pytest.mark.parametrize("body, want", [
    ("The Ruritanian theatrical debut was on 3 April 2003, with the home release following in October 2004.",
     [("release", "2003-04-03"), ("home_media", "2004-10")]),
    ("A second version was released as a two-disc set on September 6, 2005.", [("home_media", "2005-09-06")]),
])
def test_theatrical_debut_and_home_release_words(body: str, want: list) -> None:
    assert _dated(body, heading="Home media") == want


@pytest.mark.parametrize("body, want", [
    # what happened, told beside a plan
    ("The film which was initially slated to release in August was released in October 2001.", [("release", "2001-10")]),
    ("Originally titled Another Tale, the film was released in Ruritania on June 1, 2001, having previously been slated "
     "for March 23 and May 11, 2001 releases.", [("release", "2001-06-01")]),
    # …but not another work's
    ("A picture book based on the film and aimed at younger readers was released by Example Books on June 28, 2001.", []),
])
def test_a_release_told_beside_a_plan(body: str, want: list) -> None:
    assert _dated(body + "\nIt was released on DVD in 2003.") == want + [("home_media", "2003")]


@pytest.mark.parametrize("body, want", [
    # a limited release, then the wide one: each date its own kind, place and theatre count
    ("The film was given a limited release on December 5, 2001, before going wide on January 9, 2002.",
     [("limited", "2001-12-05", "", None), ("wide", "2002-01-09", "", None)]),
    ("It opened in limited release in Zenda and Osterlich on December 5, 2001, and expanded nationwide on January 9, 2002.",
     [("limited", "2001-12-05", "Zenda and Osterlich", None), ("wide", "2002-01-09", "", None)]),
    ("It opened in limited release on December 5, 2001, before expanding to 2,000 theaters on January 9, 2002.",
     [("limited", "2001-12-05", "", None), ("wide", "2002-01-09", "", 2000)]),
    ("The film opened in four theaters on December 5, 2001 and expanded to 600 theaters on January 9, 2002.",
     [("release", "2001-12-05", "", 4), ("wide", "2002-01-09", "", 600)]),
    # the film's debut in a country, its return to cinemas, a digital store's release
    ("On February 4, 2001, Other Tale debuted in Ruritania and Zenda.", [("release", "2001-02-04", "Ruritania and Zenda", None)]),
    ("Other Tale had its theatrical debut in Ruritania in 3 April 2001, followed by a Zenda release on 27 April 2001.",
     [("release", "2001-04-03", "Ruritania", None), ("release", "2001-04-27", "", None)]),
    ("When Other Tale returned to cinemas in 2011, it grossed $2 million in its first weekend.",
     [("rerelease", "2011", "", None)]),
    ("Other Tale was released through the iTunes Store and Vudu on April 10, 2015.", [("streaming", "2015-04-10", "", None)]),
    # a capitalised "Play" in a distributor's brand is no stage play
    ("The five reel film was released through Example Exchange as an Example Gold Rooster Play on October 7, 2001.",
     [("release", "2001-10-07", "", None)]),
    # "debuted in the top ten" names no place and no release
    ("Other Tale debuted in the top ten on its opening weekend.", []),
])
def test_limited_then_wide_and_debuts(body: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2001 film.\n\nRelease\n{body}\n")
    assert [(f.kind, f.date, f.place, f.theaters) for f in _facts(art) if f.date] == want


@pytest.mark.parametrize("body, want", [
    # more years after "in YEAR": each its own edition
    ("Blu-ray editions were released for the film's 25th and 30th anniversaries in 2014 and 2019 respectively.",
     [("home_media", "2014"), ("home_media", "2019")]),
    ("It was released on DVD in 2001, 2004 and 2009.", [("home_media", "2001"), ("home_media", "2004"), ("home_media", "2009")]),
    # a count after "and" is no year
    ("It was released on DVD in 2001 and 2,000 copies were sold.", [("home_media", "2001")]),
])
def test_years_listed_after_in(body: str, want: list) -> None:
    assert _dated(body, heading="Home media") == want


@pytest.mark.parametrize("body, want", [
    # a time told by another event names no other subject of the release
    ("The film was released April 3, 2001, eight months before the radio series came to an end.",
     [("release", "2001-04-03", "")]),
    # "shown theatrically" in a country named at the head of the sentence without a comma
    ("In Ruritania it was shown theatrically in 2002 as Another Tale.", [("release", "2002", "Ruritania")]),
    ("In Ruritania the film was released on 5 May 2002.", [("release", "2002-05-05", "Ruritania")]),
])
def test_release_beside_another_event_and_leading_country(body: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2001 film.\n\nRelease\n{body}\n")
    assert [(f.kind, f.date, f.place) for f in _facts(art) if f.date] == want


def test_hit_the_screens() -> None:
    art = parse_article("Other Tale\nOther Tale is a 2018 film.\n\nRelease\nIt hit the screens on 5 October 2018.\n")
    assert [(f.kind, f.date) for f in _facts(art) if f.date] == [("release", "2018-10-05")]


def _dated_in(text: str, heading: str = "Release") -> set[tuple[str, str]]:
    """(kind, date) of the releases one section's text states (issue 9's long shapes)."""
    art = parse_article(f"Other Tale\nOther Tale is a 1960 drama film directed by Ora Pell.\n\n{heading}\n{text}\n")
    return {(f.kind, f.date) for f in _facts(art)}


@pytest.mark.parametrize(("text", "want"), [
    # a box-office season and a time of the year are no television season
    ("The film was released in Ruritania on 22 December 1967 by Example and grossed 1.2 billion lire, placing it among "
     "the twenty highest-grossing films of the 1967–68 season.", {("release", "1967-12-22")}),
    ("It had its television premiere on Example TV during the harvest season of 1996 and was issued on VCD by Example "
     "Home Video in 2003.", {("television", "1996"), ("home_media", "2003")}),
    # a distributor's verb with the film as object; a cinema named where it opened
    ("Example Films opened it in six theaters in Zenda on July 14, 2006.", {("release", "2006-07-14")}),
    ("Other Tale opened at the Example cinema in Zenda on 9 March 1962.", {("release", "1962-03-09")}),
    # a network showing it again; a dated re-release
    ("Example TV repeated it on August 3, 1986.", {("television", "1986-08-03")}),
    ("It grossed $19.5 million, and a 1976 re-release added another $3.2 million.", {("rerelease", "1976")}),
    # a 4K restoration shown at a festival is no home edition; the festival is the event, not its section
    ("A 4K restoration premiered in the Example Classics section of the 2017 Cannes Film Festival and was released on "
     "Blu-ray in 2018.", {("rerelease", "2017"), ("home_media", "2018")}),
    # an edition's language tracks are no soundtrack album
    ("A Blu-ray edition including both the Ruritanian and English soundtracks was released in Zenda on 6 December 2013.",
     {("home_media", "2013-12-06")}),
    # the following year or month, from the release dated before it
    ("The film was released on VHS on November 18, 1997, and on DVD the following year.",
     {("home_media", "1997-11-18"), ("home_media", "1998")}),
    ("It was shown at the Example Film Festival on 14 September 1963 and opened in Ruritania the following month.",
     {("release", "1963-09-14"), ("release", "1963-10")}),
])
def test_long_article_release_shapes(text, want):
    assert _dated_in(text) == want


def test_a_festival_showing_in_the_accolades_is_a_release_but_a_prize_is_not():
    got = _dated_in("It was screened in the Example section of the Other Film Festival in January 1994.", "Accolades")
    assert got == {("release", "1994-01")}
    assert _dated_in("It won the main prize at the Other Film Festival in January 1994.", "Accolades") == set()
    # the place is no section of the festival
    art = parse_article("Other Tale\nOther Tale is a 1960 film.\n\nRelease\nIt was shown in the Example Classics "
                        "section of the Other Film Festival in February 2015.\n")
    (f,) = _facts(art)
    assert (f.event, f.place) == ("Other Film Festival", "")


def test_each_date_of_a_list_keeps_its_own_place():
    """'released in Zenda on 2 March 2001 and in Ruritania on 4 May 2001' (or 'on 2 March 2001 in Zenda and on 4 May
    2001 in Ruritania'): the second date is Ruritania's release, not Zenda's; one place for both when only one is
    named."""
    from bot.article import parse_article
    from bot.extract import release

    def got(sentence):
        art = parse_article(f"Other Tale\nOther Tale is a 2001 film.\nRelease\n{sentence}\n")
        return [(f.date, f.place) for f in release.extract(art)]
    want = [("2001-03-02", "Zenda"), ("2001-05-04", "Ruritania")]
    assert got("It was released in Zenda on 2 March 2001 and in Ruritania on 4 May 2001.") == want
    assert got("It was released on 2 March 2001 in Zenda and on 4 May 2001 in Ruritania.") == want
    assert got("It was released in Ruritania on 2 March 2001 and on 4 May 2001.") == [
        ("2001-03-02", "Ruritania"), ("2001-05-04", "Ruritania")]


def test_reaching_cinemas_is_a_release():
    """'It reached Ruritanian cinemas on 5 June 2005', 'arrived in theatres on …': a theatrical release."""
    from bot.article import parse_article
    from bot.extract import release

    art = parse_article("Other Tale\nOther Tale is a 2005 film.\nRelease\nIt reached cinemas in Ruritania on 5 June 2005.\n")
    assert [(f.kind, f.date) for f in release.extract(art)] == [("release", "2005-06-05")]


def test_an_english_adaptation_section_is_the_film_dubbed():
    """A section headed 'English adaptation' tells of the film's dub (its festival premiere, its release abroad), not
    of another work as 'Adaptations' does."""
    from bot.article import parse_article
    from bot.extract import release

    art = parse_article("Other Tale\nOther Tale is a 1997 Ruritanian animated film.\nEnglish adaptation\nThe dub premiered "
                        "at the Zenda International Film Festival in May 2001 before a limited release on 21 September 2001.\n")
    assert [(f.kind, f.date) for f in release.extract(art)] == [("premiere", "2001-05"), ("limited", "2001-09-21")]


def test_an_edition_that_followed():
    """'… and a restored DVD followed in 2010': the edition came out then."""
    from bot.article import parse_article
    from bot.extract import release

    art = parse_article("Other Tale\nOther Tale is a 1981 film.\nRelease\nIt had its television premiere on Zenda TV in "
                        "1986, and a restored DVD followed in 2010.\n")
    assert ("home_media", "2010") in [(f.kind, f.date) for f in release.extract(art)]


def _release_facts(body: str, lead: str = "Other Tale is a 2019 Ruritanian film directed by Ivo Brandt."):
    from bot.article import parse_article
    from bot.extract import release

    art = parse_article(f"Other Tale\n{lead}\n{body}\n")
    return [(f.kind, f.date) for f in release.extract(art)]


@pytest.mark.parametrize("sentence, want", [
    ("The film had its digital premiere on Zenda+ on 3 May 2020.", [("streaming", "2020-05-03")]),
    ("It had its OTT release on Ruritania Stream on 3 May 2020.", [("streaming", "2020-05-03")]),
    ("The film was released on OTT platform Zenda+ on 3 May 2020.", [("streaming", "2020-05-03")]),
])
def test_digital_and_ott_premieres(sentence, want):
    """A streaming premiere told by its noun ('had its digital premiere on …', 'its OTT release'): the film's
    streaming release, dated."""
    assert _release_facts(f"Release\n{sentence}") == want


@pytest.mark.parametrize("sentence, want", [
    ("The film's release was postponed from December 2018 to 14 January 2019.", [("release", "2019-01-14")]),
    ("The film was initially scheduled to release on 7 December 2018, but was postponed to 14 January 2019.",
     [("release", "2019-01-14")]),
    # an announcement of a move is one more plan
    ("In April 2018, Kip Morrow announced that the film's release had been postponed to 25 January 2019.", []),
])
def test_a_release_moved_to_a_date(sentence, want):
    """'postponed from X to Y' is a release on Y (the span rule would keep X); 'scheduled for X, but was postponed
    to Y' is a release on Y though the words after the move name no release."""
    assert _release_facts(f"Release\n{sentence}") == want


@pytest.mark.parametrize("sentence", [
    "Ivo Brandt's previous film, Kip's Run, was released on 3 May 2015.",
    "His next film opened on 3 May 2021.",
    "The film clashed at the box office with Kip's Run, which was released on 3 May 2019.",
])
def test_another_films_release_is_not_the_films(sentence):
    """A release whose subject is another film of the people named, or another title after a connective with its
    own verb, is that film's date."""
    assert _release_facts(f"Release\n{sentence}") == []


def test_a_week_after_another_title_released():
    """'released on 3 May 2019, a week after Kip's Run released on 26 April 2019': the first date only."""
    assert _release_facts("Release\nThe film was released on 3 May 2019, a week after Kip's Run released on "
                          "26 April 2019.") == [("release", "2019-05-03")]


def test_own_debut_film_is_still_the_film():
    """'Ivo Brandt's debut film' may be this film: its release counts."""
    assert _release_facts("Release\nIvo Brandt's debut film was released on 3 May 2019.") == [("release", "2019-05-03")]


def test_opened_in_a_count_of_theaters_in_a_box_office_section():
    """'Other Tale opened in 2,842 theaters in Ruritania on 16 June 2019, making $52 million': its release, with the
    count of theaters."""
    from bot.article import parse_article
    from bot.extract import release

    art = parse_article("Other Tale\nOther Tale is a 2019 film.\nBox office\nOther Tale opened in 2,842 theaters in "
                        "Ruritania on 16 June 2019, making $52.8 million in its opening weekend.\n")
    assert [(f.kind, f.date, f.theaters) for f in release.extract(art)] == [("release", "2019-06-16", 2842)]


def test_a_company_releasing_the_film_by_its_title():
    """'Example Video released Other Tale on Blu-ray, as part of Example's Classics Series': the film's edition (the
    series is the line it sits in, not another subject)."""
    assert _release_facts("Home media\nOn September 21, 2010, Zenda Home Video released Other Tale on Blu-ray, as part "
                          "of Zenda's Sapphire Series.") == [("home_media", "2010-09-21")]


def test_a_lead_year_summing_up_a_dated_release():
    """The lead's 'released in North America in 2001' beside the body's 'a limited North American release on 21
    September 2001' is one release."""
    got = _release_facts("Release\nThe dub premiered at the Zenda Film Festival in May 2001 before a limited North "
                         "American release on 21 September 2001.",
                         lead="Other Tale is a 1999 Ruritanian film. An English dub was released in North America in 2001.")
    assert ("release", "2001") not in got and ("limited", "2001-09-21") in got


@pytest.mark.parametrize("sentence, want", [
    # festivals listed after a dated one, each dated by its own name's year or a date right after it
    ("The film was screened at the 2011 Zenda Film Festival and the 2012 Osk Film Festival.",
     [("release", "2011", "2011 Zenda Film Festival"), ("release", "2012", "2012 Osk Film Festival")]),
    ("It was screened at the Zenda Film Festival in September 2011 and at the Osk Film Festival in January 2012.",
     [("release", "2011-09", "Zenda Film Festival"), ("release", "2012-01", "Osk Film Festival")]),
    # a prize at a second festival is no screening told
    ("It premiered at the 2011 Zenda Film Festival and won the top prize at the 2012 Osk Film Festival.",
     [("premiere", "2011", "2011 Zenda Film Festival")]),
    # a festival's selection, and a presentation on a date
    ("It was an official selection at the 2017 Zenda Film Festival.", [("release", "2017", "2017 Zenda Film Festival")]),
    ("The film will be presented on 9 June 2018 at the Osk Film Festival.", [("release", "2018-06-09", "Osk Film Festival")]),
])
def test_festival_lists_and_selections(sentence, want):
    """Every dated festival of a list is a screening, not only the first; an official selection and a presentation on
    a date at a festival are screenings too; a prize at another festival tells of no screening."""
    facts = _facts(_article("Release\n" + sentence))
    assert [(f.kind, f.date, f.event) for f in facts] == want


@pytest.mark.parametrize("sentence, want", [
    # an anniversary's year opening the clause dates the reissue
    ("For its 20th anniversary in 1997, Test was digitally remastered and re-released.", [("rerelease", "1997")]),
    ("As part of its 20th anniversary celebration in 1997, the film was re-released in theaters.", [("rerelease", "1997")]),
    ("During reshoots in April 2001, two months before its re-release, the cast changed.", []),
    # a holiday's season names the year
    ("It was released during Christmas 2011.", [("release", "2011")]),
    # the film moved to a date, earlier or later: the new date, not the one it moved from
    ("The film was preponed to 2 February 2011 from its original date of 4 March 2011.", [("release", "2011-02-02")]),
    ("The film was initially scheduled for 4 March 2011 but was preponed to 2 February 2011.", [("release", "2011-02-02")]),
    ("The film was postponed to 8 April 2011.", [("release", "2011-04-08")]),
])
def test_reissue_years_and_moved_dates(sentence, want):
    """A re-release dated by an anniversary's year in its opening phrase (not a shoot's date before "its re-release"), a
    holiday's year, and the date a film was moved to (preponed, postponed), never the original date it left."""
    facts = _facts(_article("Release\n" + sentence))
    assert [(f.kind, f.date) for f in facts] == want


@pytest.mark.parametrize("text, want", [
    # a month alone after the release's verb or in a list after a dated release: its year read from before it
    ("Release\nThe film premiered at the Zenda Film Festival in September 2011. It was released in Ruritania in November.",
     [("premiere", "2011-09"), ("release", "2011-11")]),
    ("Release\nIt was released in Ruritania in March 2012, and in Osk in April.", [("release", "2012-03"), ("release", "2012-04")]),
    ("Release\nIt premiered on 21 December 2011 and opened in Osk in January.", [("premiere", "2011-12-21"), ("release", "2012-01")]),
    # other films released in a month, or no year to read: no date
    ("Release\nThe film was released on 5 May 2011. It had the eighth largest opening among films released in June.",
     [("release", "2011-05-05")]),
])
def test_month_alone(text, want):
    """A month named alone ("in November") dates the release told of its own verb, or the next place of a list after
    a dated release, in the year read before it (the next year across the new year); never a month other films opened."""
    facts = _facts(_article(text))
    assert [(f.kind, f.date) for f in facts] == want


@pytest.mark.parametrize("text, want", [
    # a release date named as the plan the film moved from is no other subject
    ("The release was preponed to 3 May 2019 from its original release date of 14 June 2019.",
     [("release", "2019-05-03", "", "")]),
    # the time before the place: "and a week later in Zenda"
    ("It was released in Ruritania on 3 May 2019 and a week later in Zenda.",
     [("release", "2019-05-03", "Ruritania", ""), ("release", "2019-05-10", "Zenda", "")]),
    ("It was released in Ruritania on 3 May 2019 and a week later in theatres across Osk.",
     [("release", "2019-05-03", "Ruritania", "")]),
    # a festival named by its initials and its year
    ("The film was screened in ROFFK 2013.", [("release", "2013", "", "ROFFK 2013")]),
    ("It was screened at the STAFF club in 2013.", []),
    # an edition's date moved, with no "released"
    ("The DVD was delayed to 4 March 2014.", [("home_media", "2014-03-04", "", "")]),
    ("Its Blu-ray edition was pushed back to 4 March 2014.", [("home_media", "2014-03-04", "", "")]),
])
def test_moved_dates_relative_places_and_festival_initials(text, want) -> None:
    assert [(f.kind, f.date, f.place, f.event) for f in _facts(_article("Release\n" + text))] == want


@pytest.mark.parametrize("sentence, want", [
    ("The film made its debut at the Zenda Film Festival on 12 January 2010.",
     [("premiere", "2010-01-12", "Zenda Film Festival")]),
    ("It had its world debut at the Zenda Film Festival on 12 January 2010.",
     [("premiere", "2010-01-12", "Zenda Film Festival")]),
    # the film that opened or closed a festival was screened there
    ("The film opened the 2010 Zenda Film Festival.", [("release", "2010", "2010 Zenda Film Festival")]),
    ("The film closed the 45th Zenda International Film Festival on 20 May 2010.",
     [("release", "2010-05-20", "45th Zenda International Film Festival")]),
    # a weekend or a door opened is no festival's
    ("The film opened the weekend at number one in 2010.", []),
    # its broadcast debut is a television release, not a festival premiere
    ("The film made its television debut on Zenda One on 1 January 2012.", [("television", "2012-01-01", "")]),
])
def test_debuts_and_festival_openers(sentence, want):
    """ "made its debut at" a festival is its premiere there; a film that opened or closed a festival was shown there."""
    facts = _facts(_article(f"Release\n{sentence}"))
    assert [(f.kind, f.date, f.event) for f in facts] == want


@pytest.mark.parametrize("sentence, want", [
    ("The 2002 European release of Test grossed US$1.1 million at the box office.", [("release", "2002")]),
    ("The 2001 Special Edition DVD release of the film included a commentary.", [("home_media", "2001")]),
    ("Its 1976 re-release added footage.", [("rerelease", "1976")]),
    # another film's release, or a release the sentence does not say whose
    ("The 2002 release of Another Tale grossed US$1.1 million.", []),
    ("Critics were kind after the 1999 release, which grossed well.", []),
    ("The 2004 soundtrack release of the film included songs.", []),
])
def test_a_release_named_by_its_year(sentence, want):
    """ "The 2002 European release of <the film>", "its 1976 re-release": a release named by the year before its noun,
    the kind read from the noun and its words (a DVD edition is home media)."""
    facts = _facts(_article(f"Release\n{sentence}"))
    assert [(f.kind, f.date) for f in facts] == want


def test_a_year_named_release_dated_in_full_elsewhere_is_one_release():
    """ "after its 1960 American release" beside "released it in the United States on 14 March 1960": one release."""
    facts = _facts(_article("Release\nExample Films released it in the United States on 14 March 1960. "
                            "Critics rediscovered the film after its 1960 American release."))
    assert [(f.kind, f.date) for f in facts] == [("release", "1960-03-14")]


def _dated_rows(text: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.date, f.place) for f in _facts(parse_article(text)) if f.date]


def test_a_title_with_an_other_work_word_is_still_the_film() -> None:
    """"The Long Season premiered at Zenda in May 1963 and opened in Italy on 5 September 1963. It was released in France
    on …": the title's "Season" is no television season, so neither sentence is another work's."""
    assert _dated_rows("The Long Season\nThe Long Season is a 1963 Italian comedy film.\nRelease\nThe Long Season premiered "
                  "in competition at Cannes in May 1963 and opened in Italy on 5 September 1963. It was released in France "
                  "on 13 November 1963.\n") == [("premiere", "1963-05", ""), ("release", "1963-09-05", "Italy"),
                                                 ("release", "1963-11-13", "France")]


def test_distributed_in_a_year_a_rerelease_by_its_year_and_a_festivals_month() -> None:
    """"In Zenda it was distributed by Example Arts in 1965" is a release there; "A 1985 re-release in Zenda earned …"
    opening a sentence is a re-release of 1985; "the 2006 Zenda Film Festival in May" dates the showing to May 2006."""
    text = ("Other Tale\nOther Tale is a 1963 comedy film.\nRelease\nIn the United States it was distributed by "
            "Continental Arts in 1965 with English subtitles. A 1985 re-release in Bombay earned a further ₹60 lakh. "
            "The film screened out of competition in the Midnight section of the 2006 Zenda Film Festival in May before "
            "its domestic release on 10 August 2006.\n")
    assert _dated_rows(text) == [("release", "1965", "the United States"), ("rerelease", "1985", ""),
                            ("release", "2006-05", ""), ("release", "2006-08-10", "")]


def test_trade_shows_general_release_months_expansions_and_holiday_seasons() -> None:
    """A British trade show is the film's first showing; "went into general release in October" takes the sentence's
    year; "expanded across Zenda in the spring of 1978" is the wide release; "during the Onam season" is a time of
    year, not a television season (the sentence was dropped as another work's)."""
    text = ("Other Tale\nOther Tale is a 1934 film.\nRelease\nThe film was trade shown at the Phoenix Theatre in London on "
            "14 November 1934 and went into general release in October. Picked up for national distribution by Example "
            "Pictures, it expanded across the United States in the spring of 1978. Other Tale was released in Kerala on "
            "19 August 1994 during the Onam season.\n")
    assert [f[1] for f in _dated_rows(text)] == ["1934-11-14", "1934-10", "1978", "1994-08-19"]


def test_a_heading_joining_accolades_and_restoration() -> None:
    """Under "Accolades and restoration" the restored copy's festival premiere and its Blu-ray are releases; a prize
    told there is still no release."""
    text = ("Other Tale\nOther Tale is a 1966 western film.\nAccolades and restoration\nThe film won the Golden Example at "
            "the 1967 Zenda Film Festival. A 4K restoration premiered in the Classics section of the 73rd Venice "
            "International Film Festival on 2 September 2016 and was released on Blu-ray in Italy in March 2017.\n")
    assert [(k, d) for k, d, _ in _dated_rows(text)] == [("rerelease", "2016-09-02"), ("home_media", "2017-03")]


def test_a_leads_festival_year_beside_the_bodys_dated_showing() -> None:
    """The lead's "entered into the 2011 Cannes Film Festival" and the body's "premiered in competition at Cannes in May
    2011" (the festival by its place alone) are one showing, kept with its month; another festival stays."""
    text = ("Other Tale\nOther Tale is a 2011 comedy film; it was entered into the 2011 Cannes Film Festival.\nRelease\n"
            "Other Tale premiered in competition at Cannes in May 2011. It was also shown at the Osterlich Film Festival "
            "in July 2011.\n")
    assert [f[1] for f in _dated_rows(text)] == ["2011-05", "2011-07"]


def test_a_dubbed_version_that_followed_and_an_archives_presentation() -> None:
    """"A dubbed Zendan version, Other Tale, followed on 2 September 2016" is that version's release (a sequel that
    "followed" is not); an archive that "presented the restoration at" a festival on a date showed the film."""
    text = ("Other Tale\nOther Tale is a 2016 film.\nRelease\nOther Tale was released on 12 August 2016. A dubbed Zendan "
            "version, Otra Fabula, followed on 2 September 2016. A sequel, Other Tale II, followed in 2019. The print was "
            "restored by the Example Film Archive, which presented the restoration at the Festa del Cinema di Osk on 8 "
            "October 2015.\n")
    assert [f[1] for f in _dated_rows(text)] == ["2016-08-12", "2016-09-02", "2015-10-08"]


def test_a_channel_named_by_another_languages_word() -> None:
    """"was shown on Canal Example on 3 March 2014" is a television showing (the channel's word is Portuguese)."""
    text = ("Other Tale\nOther Tale is a 2013 Brazilian documentary film.\nRelease\nIt premiered at the Festival do Osk on "
            "28 September 2013 and was shown on Canal Zenda on 3 March 2014.\n")
    assert [(k, d) for k, d, _ in _dated_rows(text)] == [("premiere", "2013-09-28"), ("television", "2014-03-03")]


def test_a_work_made_from_the_film_in_another_medium_is_no_showing_of_it():
    """'A live television adaptation was broadcast by Example TV in 1956': another work's broadcast, not the film's
    television release; the film's own television premiere stays one."""
    assert _dated("A live television adaptation was broadcast by Example TV in 1956 with Ora Pell in the lead.") == []
    assert _dated("A radio adaptation aired in 1952.") == []
    assert ("television", "1958") in _dated("The film premiered on television in 1958.")


def test_the_maker_of_another_deed_or_work_after_by_is_no_distributor():
    """'released a shorter version, written by A, on …', 'optional commentary by A', 'the performance of "Other Song"
    by A', 'the record previously held by Other Tale': the name after "by" made something else; no distributor is
    given (a release done by a company still names it)."""
    def distributors(body: str) -> list[str]:
        art = parse_article(f"Other Tale\nOther Tale is a 2001 film directed by Ora Pell.\n\nRelease\n{body}\n")
        return [f.distributor for f in _facts(art)]
    assert distributors("Example Pictures released a shorter version, written by Tam Osk and narrated by Ivo Brandt, "
                        "on August 25, 1989.") == [""]
    assert "Tam Osk" not in distributors("The home video release also includes optional commentary by Tam Osk.")
    assert "Tam Osk" not in distributors("The box set held the first release of the complete performance of "
                                         "\"Other Song\" by Tam Osk.")
    assert distributors("It was released in 2,100 theatres, breaking the record previously held by Another Tale.") \
        in ([""], [])
    assert distributors("It was later released on DVD on 29 March 2004, with the distribution being done by Lumen "
                        "Releasing.")[-1] == "Lumen Releasing"


def test_the_film_named_as_a_festivals_opening_or_closing_film():
    """'It was the opening film at the 2019 Example Film Festival', '… the closing night film of …': a festival
    showing in the festival's year; 'The opening film at the … Festival was Other Tale' is another film's."""
    assert _dated("It will also serve as the opening feature at the 2019 Lakeside Film Festival.") == [("release", "2019")]
    assert _dated("It was the closing night film of the 2019 Harbour International Film Festival.") == [("release", "2019")]
    assert _dated("The opening film at the 2019 Lakeside Film Festival was Another Tale.") == []


def test_a_part_of_the_day_or_week_before_an_opening_date():
    """'On the weekend of March 3, 2000, it debuted in Zenda', 'On the evening of 17 May 2001, it premiered …': the
    date opening the sentence is still the event's."""
    assert _dated("On the weekend of June 8, 2004, the film debuted strongly in Zenda, Osterlich and Ruritania.") == [
        ("release", "2004-06-08")]
    assert _dated("On the evening of May 9, 2001, the film premiered at the Lakeside Palace Theater.") == [
        ("premiere", "2001-05-09")]


def test_what_an_edition_holds_is_no_other_subject():
    """'… on Blu-ray on 5 May 2011 with the theatrical trailer and two audio commentaries', '… and included deleted
    scenes and the soundtrack': the trailer, the audio and the soundtrack are the edition's content, and the edition's
    date stays; a soundtrack's own release is still no release of the film."""
    assert _dated("The film was released on Blu-ray on 5 May 2011 with the theatrical trailer and two audio "
                  "commentaries.", "Home media") == [("home_media", "2011-05-05")]
    assert _dated("A special edition DVD was released on 3 June 2005 and included deleted scenes and the soundtrack.",
                  "Home media") == [("home_media", "2005-06-03")]
    assert _dated("The soundtrack was released on CD in 2002 with a bonus DVD.", "Home media") == []


def test_a_series_of_premieres_and_a_year_in_an_aside():
    """'A series of charity premieres were held … on May 19 and 20': a count of showings, no television series; the
    date's year is the paragraph's events' (1983), never a year in a bracketed aside ("prior to 1961")."""
    art = parse_article("Other Tale\nOther Tale is a 1980 film directed by Ora Pell.\n\nRelease\n"
                        "The world premiere was held on May 11, 1983, at the Example Center. The day was dubbed "
                        "\"Example Day\" (a name used prior to 1961). A series of other charity premieres were held in "
                        "numerous locations on May 13 and 14.\n")
    assert ("premiere", "1983-05-13") in [(f.kind, f.date) for f in _facts(art)]
    assert not any(f.date.startswith("1961") for f in _facts(art))


def test_a_sneak_preview_and_a_double_bill():
    """'was given a sneak preview at a theater in Zenda' is the film's first showing (a premiere, where a trailer's
    "preview" is another subject); 'was attached in a double bill with Other Tale' is its release."""
    assert _dated("On March 4, 1961, the film was given a sneak preview at a theater in Lakeside, Zenda.") == [
        ("premiere", "1961-03-04")]
    assert _dated("In April 1961, the film was attached in a double bill with Another Tale.") == [
        ("release", "1961-04")]
    assert _dated("A preview of the film was released on 14 March 1961.") == []


def test_a_festival_after_as_well_as_dated_by_its_month_alone():
    """'… at the Example Fest on April 19th and April 21st, 2018, as well as the Other Festival in June': the second
    festival's showing, in June of the list's year."""
    rows = _dated("The film screened at the Lakeview Film Festival on May 2nd and May 5th, 2016, as well as the "
                  "Harbour Horror Film Festival in August.")
    assert ("release", "2016-08") in rows
    assert _dated("The film screened at the Lakeview Film Festival in May 2016 and at the Harbour Horror Film "
                  "Festival in August.") == [("release", "2016-05"), ("release", "2016-08")]


@pytest.mark.parametrize("text, want", [
    # a month after "that", the year told before it
    ("Release\nIt premiered at the Example Pavilion on 14 June 1962 and went on general release that August.",
     {("premiere", "1962-06-14"), ("wide", "1962-08")}),
    # a holiday on a fixed day
    ("Release\nThe network first broadcast the film on Christmas Day 1962.", {("television", "1962-12-25")}),
    # a leading date dates a showing in competition (a selection's date would not)
    ("Release\nIn June 1958 the film was shown in competition at the 8th Zenda International Film Festival.",
     {("release", "1958-06")}),
    # two festivals, two screenings
    ("Release\nIt was then shown at the 1996 Zenda Film Festival, competing in the Example section, and in September "
     "it screened at the Osk International Film Festival.", {("release", "1996"), ("release", "1996-09")}),
    # held back, then dated
    ("Release\nIt did not open in Ruritania until 14 March 1962, when Example Films released a subtitled print.",
     {("release", "1962-03-14")}),
    # a week after the release before it, after a semicolon
    ("Release\nExample Films released the film in Zenda on 8 December 2017; it opened in Ruritania a week later.",
     {("release", "2017-12-08"), ("release", "2017-12-15")}),
    # a list going on after a date counted from the one before it
    ("Release\nIt was released in Zenda on July 14, 2023, in Ruritania a week later, on July 21, in Osk on August 4, "
     "and in Osterlich on December 8, 2023.",
     {("release", "2023-07-14"), ("release", "2023-07-21"), ("release", "2023-08-04"), ("release", "2023-12-08")}),
    # a festival's month right after its name, a general release the following month, a count of cinemas played
    ("Release\nTest had its world premiere at Example in May 1985 and its Ruritanian premiere at the Zenda Film "
     "Festival in June.", {("premiere", "1985-05"), ("premiere", "1985-06")}),
    ("Release\nTest had its premiere at the Example Theatre on 14 March 1957, and went on general release across "
     "Ruritania the following month.", {("premiere", "1957-03-14"), ("release", "1957-04")}),
    ("Release\nIt played in 640 cinemas in Ruritania from November 17, 2023.", {("release", "2023-11-17")}),
    # a service named after "available"
    ("Release\nIt became available worldwide on Examplex on 8 February 2024.", {("streaming", "2024-02-08")}),
])
def test_release_dated_by_reference(text, want):
    """Dates a reader takes from the words around them: "that August", "Christmas Day 1962", "a week later"."""
    assert {(f.kind, f.date) for f in _facts(_article(text))} == want


@pytest.mark.parametrize("text", [
    # a plan set and moved, and another film's plan
    "Release\nExample Films originally set the film for release on November 23, 2022, but in March 2022 moved it to "
    "the following summer. It was released on July 14, 2023.",
    "Release\nIn February 2024, Example Films announced a third film, with Ora Pell returning as director and a planned "
    "release in 2027.",
    # a further film of the same people
    "Release\nPell and Marrow released a short follow-up film, Another Tale, in 2022.",
])
def test_plans_and_further_films_are_no_release(text):
    """Never a planned date or another film's release stored as the film's."""
    assert [f.date for f in _facts(_article(text))] in ([], ["2023-07-14"])
