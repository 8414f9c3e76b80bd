"""Wrong options a host would write (bot/trivia/options.py): what a player at a trivia night would
notice, on invented films and people. Round 6's blind judges marked each class below once or more:
a composer offered for a film made years after his known work, a cinematography award offered for
an animated film, directors offered for an art-direction award, a baby's player offered for an adult
role, a real priest offered for an acting award, a space opera offered for a war drama's premise,
an English narrator of a dub offered among a Japanese voice cast, films of another year offered as
contenders at one ceremony."""

from __future__ import annotations

import random

from bot.queries import Film
from bot.trivia import options
from bot.trivia.questions import Pool, _feed_genders, across_films, questions_for_film


def _row(sentence: str, section: str = "Lead", ref: str = "p0.s0", **kw) -> dict:
    return {**kw, "source": {"section": section, "sentence": sentence, "ref": ref}}


def _questions(film: Film, facts: dict, pool: Pool) -> dict[str, object]:
    return {q.text: q for q in questions_for_film(film, facts, pool, random.Random(0))}


def _country(pool: Pool, fid: int, year: int, title: str, *genres: str) -> None:
    pool.years[fid] = year
    pool.add("title", fid, title, 20_000)
    pool.add_film(fid, {"identity": [{"key": "country", "value": "Ruritanian"},
                                     *({"key": "genre", "value": g} for g in genres)]})


def test_era_rank_reads_a_persons_known_working_years():
    assert options.era_rank((1950, 1957), 1955) == options.FAIR  # films either side
    assert options.era_rank((1952,), 1955) == options.FAIR  # three years before
    assert options.era_rank((1957,), 1955) == options.FAIR  # a debut two years after
    assert options.era_rank((1946,), 1955) == options.WEAK  # nine years before: may have retired
    assert options.era_rank((1961,), 1955) == options.NEVER  # all his films came later
    assert options.era_rank((1924, 1926, 1948), 1955) == options.NEVER  # a 1920s man with one late credit
    assert options.era_rank((1925,), 1955) == options.NEVER
    assert options.era_rank(None, 1955) == options.WEAK  # nothing dates him


def test_a_1955_composer_question_never_offers_a_composer_of_the_1920s_or_of_later_films():
    pool = Pool()
    _country(pool, 1, 1955, "Saltmarsh", "war drama")
    scores = {2: (1953, "Tam Osk"), 3: (1950, "Lune Varga"), 4: (1957, "Lune Varga"), 5: (1954, "Kip Morrow"),
              6: (1924, "Bede Marrow"), 7: (1926, "Bede Marrow"), 8: (1948, "Bede Marrow"), 9: (1961, "Ivo Brandt"),
              10: (1956, "Wren Dale")}
    for fid, (year, name) in scores.items():
        _country(pool, fid, year, f"Other Tale {fid}", "drama")
        pool.add("crew:composer", fid, name)
    pool.finish()
    facts = {"crew": [_row("Saltmarsh is a 1955 Ruritanian war drama film scored by Ora Pell.", role="composer",
                           name="Ora Pell")]}
    offered: set[str] = set()
    for seed in range(12):  # whichever options a game draws
        qs = {q.text: q for q in questions_for_film(Film(1, "Saltmarsh", "Saltmarsh", 1955, 20_000), facts, pool,
                                                    random.Random(seed))}
        q = qs["Who composed the score of Saltmarsh (1955)?"]
        assert len(q.distractors) == 3
        offered |= set(q.distractors)
    assert "Bede Marrow" not in offered and "Ivo Brandt" not in offered
    assert offered <= {"Tam Osk", "Lune Varga", "Kip Morrow", "Wren Dale"}


def _award_categories_offered(title: str, year: int, genre: str, about: str, won: str,
                              categories: tuple[str, ...], others_year: int) -> list[list[str]]:
    """The wrong options of "Which award did TITLE win at the 9th Example Awards?" over twelve seeds
    (one list a question asked), other films of *others_year* having won each of *categories* there."""
    pool = Pool()
    _country(pool, 1, year, title, genre)
    for fid, category in enumerate(categories, start=2):
        _country(pool, fid, others_year, f"Other Tale {fid}", "drama")
        pool.add_film(fid, {"award": [{"ceremony": "Example Awards", "category": category}]})
    pool.finish()
    sentence = f"At the 9th Example Awards, {title} won {won}."
    facts = {"award": [_row(sentence, ceremony="Example Awards", ordinal=9, year=None, category=won,
                            outcome="won", recipient="")],
             "identity": [_row(about, key="genre", value=genre)]}
    asked = []
    for seed in range(12):
        for q in questions_for_film(Film(1, title, title, year, 20_000), facts, pool, random.Random(seed)):
            if q.text.startswith(f"Which award did {title}"):
                asked.append(q.distractors)
    return asked


def test_an_animated_films_award_question_never_offers_an_acting_or_cinematography_category():
    asked = _award_categories_offered(
        "Gullhaven", 2001, "animated fantasy", "Gullhaven is a 2001 Ruritanian animated fantasy film.",
        "Best Animated Feature", ("Best Cinematography", "Best Actress", "Best Supporting Actor", "Best Film Editing",
                                  "Best Original Song", "Best Sound Editing", "Best Original Screenplay",
                                  "Best Visual Effects"), 2001)
    assert len(asked) == 12 and all(len(d) == 3 for d in asked)  # asked with buttons every time
    offered = {c for d in asked for c in d}
    assert not offered & {"Best Cinematography", "Best Actress", "Best Supporting Actor"}


def test_an_animated_film_is_never_offered_makeup_or_costume():
    asked = _award_categories_offered(
        "Gullhaven", 2001, "animated fantasy", "Gullhaven is a 2001 Ruritanian animated fantasy film.",
        "Best Animated Feature", ("Best Makeup", "Best Costume Design", "Best Makeup and Hairstyling",
                                  "Best Original Song", "Best Sound Editing", "Best Original Screenplay",
                                  "Best Visual Effects", "Best Original Score"), 2001)
    offered = {c for d in asked for c in d}
    assert asked and not offered & {"Best Makeup", "Best Costume Design", "Best Makeup and Hairstyling"}


def test_a_documentarys_award_question_offers_only_documentary_categories():
    """Round 23: "Best Picture" and a dramatic score beside a documentary's win: the answer stood out."""
    asked = _award_categories_offered(
        "Saltflats", 1943, "war documentary", "Saltflats is a 1943 Ruritanian war documentary film.",
        "Best Documentary", ("Best Picture", "Best Music, Scoring of a Dramatic Picture", "Best Original Screenplay",
                             "Best Film Editing", "Best Documentary Short Subject", "Best Documentary Feature",
                             "Best Sound Recording"), 1943)
    offered = {c for d in asked for c in d}
    assert not offered & {"Best Picture", "Best Music, Scoring of a Dramatic Picture", "Best Original Screenplay",
                          "Best Film Editing", "Best Sound Recording"}


def test_an_award_for_a_craft_nobody_is_credited_with_never_offers_the_director():
    sentence = "At the 9th Example Awards, Anna Osk won Best Art Direction for Tidewater."
    facts = {"award": [_row(sentence, ceremony="Example Awards", ordinal=9, year=None,
                            category="Best Art Direction", outcome="won", recipient="Anna Osk")],
             "crew": [_row("Tidewater is a 1989 film directed by Ora Pell and written by Bede Marrow.",
                           role="director", name="Ora Pell"),
                      _row("Tidewater is a 1989 film directed by Ora Pell and written by Bede Marrow.",
                           role="writer", name="Bede Marrow")]}
    pool = Pool()
    pool.years[1] = 1989
    for fid, name in ((2, "Tam Osk"), (3, "Kip Morrow"), (4, "Lune Varga")):  # other films' directors
        pool.years[fid] = 1989
        pool.add("crew:director", fid, name)
        pool.add("person", fid, name)
    pool.finish()
    qs = _questions(Film(1, "Tidewater", "Tidewater", 1989, 20_000), facts, pool)
    art = [q for t, q in qs.items() if "Art Direction" in t and t.startswith("Who")]
    assert all(not q.distractors for q in art)  # no art director is credited anywhere: typed at most
    assert not any("Ora Pell" in q.distractors for q in art)


def test_an_acting_award_never_offers_a_bit_player_or_a_babys_player():
    sentence = ("John Pell as Cal, Peter Marrow as Tobin, Frank Osk as Oren, Anna Dale as Nell, Tom Varga as "
                "Abel, Paul Brandt as himself, and Mark Hale as the ferryman's baby.")
    cast = [("John Pell", "Cal", 1), ("Peter Marrow", "Tobin", 2), ("Frank Osk", "Oren", 3), ("Anna Dale", "Nell", 4),
            ("Tom Varga", "Abel", 5), ("Paul Brandt", "", 6), ("Mark Hale", "the ferryman's baby", 7)]
    won = "At the 9th Example Awards, Peter Marrow won Best Supporting Actor for Tidewater."
    facts = {"cast": [_row(sentence, section="Cast", actor=a, character=c, voice=False, order=o) for a, c, o in cast],
             "award": [_row(won, ceremony="Example Awards", ordinal=9, year=None, category="Best Supporting Actor",
                            outcome="won", recipient="Peter Marrow")]}
    pool = Pool()
    for fid in range(2, 6):  # other films' men, of the film's time
        pool.years[fid] = 1989
        pool.add_film(fid, {"cast": [{"actor": f"David Osk {fid}", "character": "Hal", "order": 1}]})
    pool.years[1] = 1989
    pool.finish()
    qs = _questions(Film(1, "Tidewater", "Tidewater", 1989, 20_000), facts, pool)
    q = qs["Who won Best Supporting Actor at the 9th Example Awards for Tidewater (1989)?"]
    assert len(q.distractors) == 3
    assert "Paul Brandt" not in q.distractors and "Mark Hale" not in q.distractors
    for role in ("Cal", "Oren", "Abel"):
        role_q = qs.get(f"Who played {role} in Tidewater (1989)?")
        assert role_q is None or "Mark Hale" not in role_q.distractors  # a baby's player for a grown man


def test_a_dubs_narrator_is_no_option_for_the_films_industry():
    pool = Pool()
    for fid in (1, 2):
        pool.years[fid] = 1993
        pool.add_film(fid, {"identity": [{"key": "country", "value": "Ruritanian"}]})
    pool.add_film(2, {"cast": [_row("The original version is narrated by Tam Osk.", actor="Tam Osk", character="",
                                    order=1),
                               _row("A shorter English-language version, narrated by Kip Morrow, was released in "
                                    "1995.", actor="Kip Morrow", character="", order=2)]})
    pool.finish()
    assert {v for _f, v, _x in pool.compatriots("actor", 1, 1993)} == {"Tam Osk"}


def test_a_premise_question_offers_films_of_its_genre_never_a_space_opera_for_a_war_drama():
    pool = Pool()
    _country(pool, 1, 1955, "Saltmarsh", "war drama")
    # (Round 21: a plain drama shares only the broad "drama" with a war drama: no option for its story.)
    for fid, title, genre in ((2, "Gullhaven", "war drama"), (3, "Tidewater", "war film"), (4, "Brackwater", "anti-war drama"),
                              (5, "Old Quay", "melodrama"), (6, "Void Harbour", "space opera"),
                              (7, "Farrow Deep", "superhero film"), (8, "Kelp Row", "war comedy")):
        _country(pool, fid, 1955, title, genre)
    pool.finish()
    facts = {"identity": [_row("Saltmarsh is a 1955 Ruritanian war drama film.", key="genre", value="war drama")],
             "cast": [_row("Ivo Brandt stars as Tobin Hale.", actor="Ivo Brandt", character="Tobin Hale", voice=False,
                           order=1)],
             "text": [{"text": "Saltmarsh is a 1955 Ruritanian war drama film.", "section": "Lead"},
                      {"text": "In wartime Ruritania, Tobin Hale, a ferryman, hides two deserters from the army in "
                               "his boathouse.", "section": "Plot"}]}
    offered: set[str] = set()
    for seed in range(12):
        qs = {q.text: q for q in questions_for_film(Film(1, "Saltmarsh", "Saltmarsh", 1955, 20_000), facts, pool,
                                                    random.Random(seed))}
        q = next(q for q in qs.values() if q.family == "title.from_premise")
        assert len(q.distractors) == 3
        offered |= set(q.distractors)
    assert offered == {"Gullhaven", "Tidewater", "Brackwater"}  # never a melodrama, a space opera or a war comedy


def test_which_film_won_at_a_ceremony_offers_only_films_of_the_winners_season():
    films = [Film(i, t, t, y, 20_000) for i, t, y in ((1, "Gullhaven", 1950), (2, "Saltmarsh", 1950),
                                                      (3, "Tidewater", 1951), (4, "Brackwater", 1950),
                                                      (5, "Old Quay", 1952), (6, "Farrow Deep", 1948))]
    # (each in contention at a ceremony players remember: round 21)
    facts = {f.id: {"identity": [_row(f"{f.title} is a {f.year} drama film.", key="year", value=str(f.year))],
                    "award": [_row("It was nominated at the Golden Globe Awards.", ceremony="Golden Globe Awards",
                                   ordinal=None, year=None, category="Best Actor", outcome="nominated",
                                   recipient="Ora Pell")], "crew": [], "money": []} for f in films}
    won = "At the 23rd Academy Awards, the film won Best Picture."
    facts[1]["award"] = [_row(won, ceremony="Academy Awards", ordinal=23, year=None, category="Best Picture",
                              outcome="won", recipient="")]
    # Round 7: only the winner's very year (a next year's film could not have won); two films of
    # 1950 beside it are too few, so the question is not asked ...
    for seed in range(6):
        assert not [q for q in across_films(films, facts, random.Random(seed)) if q.family == "films.won_award"]
    # ... and with a third film of 1950 its options are exactly those three.
    films.append(Film(7, "Kelp Row", "Kelp Row", 1950, 20_000))
    facts[7] = {"identity": [_row("Kelp Row is a 1950 drama film.", key="year", value="1950")],
                "award": facts[2]["award"], "crew": [], "money": []}
    for seed in range(6):
        q = next(q for q in across_films(films, facts, random.Random(seed)) if q.family == "films.won_award")
        assert set(q.distractors) == {"Saltmarsh", "Brackwater", "Kelp Row"}  # never 1951's, 1952's or 1948's


def test_an_undated_film_takes_its_options_from_its_first_releases_time():
    assert options.release_era({"release": [{"date": "2019-10-05"}, {"date": "2018-02-23"}, {"date": ""}]}) == 2018
    assert options.release_era({"release": []}) is None


def test_a_winners_own_year_comes_before_the_next_years_films():
    films = [Film(i, t, t, y, 20_000) for i, t, y in ((1, "Gullhaven", 1975), (2, "Saltmarsh", 1975),
                                                      (3, "Tidewater", 1976), (4, "Brackwater", 1975),
                                                      (5, "Kelp Row", 1975))]
    # (each in contention at a ceremony players remember: round 21)
    facts = {f.id: {"identity": [_row(f"{f.title} is a {f.year} drama film.", key="year", value=str(f.year))],
                    "award": [_row("It was nominated at the Golden Globe Awards.", ceremony="Golden Globe Awards",
                                   ordinal=None, year=None, category="Best Actor", outcome="nominated",
                                   recipient="Ora Pell")], "crew": [], "money": []} for f in films}
    won = "At the 48th Academy Awards, the film won Best Original Score."
    facts[1]["award"] = [_row(won, ceremony="Academy Awards", ordinal=48, year=None, category="Best Original Score",
                              outcome="won", recipient="")]
    for seed in range(6):
        q = next(q for q in across_films(films, facts, random.Random(seed)) if q.family == "films.won_award")
        assert set(q.distractors) == {"Saltmarsh", "Brackwater", "Kelp Row"}  # the 1976 film only if short


# --- round 7's classes -------------------------------------------------------------------------------

def test_a_person_whose_films_are_all_of_another_industry_is_placed_there():
    # Ora Pell made only Ruritanian-language films; Bede Marrow only Borduran ones; Ivo Brandt one of
    # each; Tam Osk one whose origin nothing tells (so she is placed nowhere).
    films = {"Ora Pell": frozenset({1, 2}), "Bede Marrow": frozenset({3}), "Ivo Brandt": frozenset({1, 3}),
             "Tam Osk": frozenset({1, 4})}
    places = {1: {"ruritania", "ruritanian"}, 2: {"ruritanian"}, 3: {"borduran"}}
    got = options.industries(films, places, animated={3})
    assert got["Ora Pell"][0] == frozenset({"ruritania", "ruritanian"})
    assert got["Bede Marrow"] == (frozenset({"borduran"}), True, True)  # and known only for animation
    assert got["Ivo Brandt"][0] == frozenset({"ruritania", "ruritanian", "borduran"})
    assert got["Tam Osk"][0] is None


def test_a_cast_option_of_another_generation_is_never_offered():
    assert options.generation_rank(1990, 2012) == options.NEVER  # a star twenty-two years before the lead
    assert options.generation_rank(1998, 2012) == options.WEAK  # fourteen years: taken only when nothing fairer
    assert options.generation_rank(2008, 2012) == options.FAIR
    assert options.generation_rank(2015, 2012) == options.FAIR  # a younger player is of the generation too
    assert options.generation_rank(None, 2012) == options.FAIR


def test_a_young_leads_question_offers_no_star_of_an_older_generation():
    pool = Pool()
    _country(pool, 1, 2013, "Other Tale", "drama")
    pool.add("actor", 1, "Ora Pell", 1)
    cast = {2: (2011, "Lune Varga"), 3: (2012, "Kip Morrow"), 4: (2013, "Wren Dale"), 5: (2010, "Tam Osk"),
            6: (1975, "Bede Marrow"), 7: (2012, "Bede Marrow"), 8: (1992, "Ivo Brandt"), 9: (2013, "Ivo Brandt")}
    for fid, (year, name) in cast.items():
        _country(pool, fid, year, f"Tale {fid}", "drama")
        pool.add("actor", fid, name, 1)
    pool.finish()
    facts = {"cast": [_row("Other Tale is a 2013 Ruritanian drama film starring Ora Pell as Mira.", actor="Ora Pell",
                           character="Mira", order=1, voice=False)]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2013, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Ora Pell"]:
                offered |= set(q.distractors)
    assert offered  # asked with buttons
    assert "Bede Marrow" not in offered  # first film 38 years before hers: another generation
    assert offered - {"Ivo Brandt"} <= {"Lune Varga", "Kip Morrow", "Wren Dale", "Tam Osk"}


def test_award_categories_need_the_films_traits():
    assert not options.category_fits("Best Scoring of a Musical Picture", {"colour"})
    assert options.category_fits("Best Scoring of a Musical Picture", {"musical"})
    assert not options.category_fits("Best Documentary Feature", set())
    assert not options.category_fits("Best Foreign Language Film", set())
    assert options.category_fits("Best Foreign Language Film", {"non_english"})
    assert not options.category_fits("Best Animated Feature", set())
    assert not options.category_fits("Best Cinematography, Black-and-White", {"colour"})
    assert options.category_fits("Best Cinematography, Black-and-White", set())
    assert options.category_fits("Best Picture", set())
    # a short only ever beside short-film categories
    assert not options.category_fits_film("Best Film Editing", {"short", "animated"})
    assert options.category_fits_film("Best Short Subject, Cartoons", {"short", "animated"})


def test_a_retired_category_is_out_of_era_three_years_on():
    rows = [(2, "Best Cinematography, Black-and-White", 0.0), (3, "Best Cinematography, Black-and-White", 0.0),
            (4, "Best Picture", 0.0), (5, "Best Picture", 0.0)]
    years = {2: 1960, 3: 1966, 4: 1950, 5: 1975}
    assert options.out_of_era(rows, years, 1969) == {options.q.norm("Best Cinematography, Black-and-White")}
    assert options.out_of_era(rows, years, 1967) == set()


def test_a_colour_films_award_question_offers_no_black_and_white_or_musical_category():
    asked = _award_categories_offered(
        "Other Tale", 1961, "drama", "Other Tale is a 1961 Ruritanian drama film shot in Technicolor.", "Best Sound",
        ("Best Cinematography, Black-and-White", "Best Scoring of a Musical Picture", "Best Film Editing",
         "Best Original Score", "Best Adapted Screenplay", "Best Picture", "Best Documentary Feature"), 1960)
    offered = {c for d in asked for c in d}
    assert offered  # asked with buttons
    assert not offered & {"Best Cinematography, Black-and-White", "Best Scoring of a Musical Picture",
                          "Best Documentary Feature"}


def test_which_film_won_a_national_award_offers_only_that_countrys_films_of_that_year():
    rows = [(1, "Other Tale", 2018, "Ruritania"), (2, "Saltmarsh", 2018, "Ruritania"), (3, "Tidewater", 2018, "Ruritania"),
            (4, "Brackwater", 2018, "Borduria"), (5, "Kelp Row", 2018, "Ruritania"), (6, "Old Quay", 2019, "Ruritania")]
    films = [Film(i, t, t, y, 20_000) for i, t, y, _c in rows]
    facts = {i: {"identity": [_row(f"{t} is a {y} film.", key="year", value=str(y)), {"key": "country", "value": c}],
                 "award": [], "crew": [], "money": []} for i, t, y, c in rows}
    won = "At the 5th Example Awards, the film won Best Picture."
    facts[1]["award"] = [_row(won, ceremony="Example Awards", ordinal=5, year=None, category="Best Picture",
                              outcome="won", recipient="")]
    q = next(q for q in across_films(films, facts, random.Random(0)) if q.family == "films.won_award")
    # (an ordinary ceremony: any country's film shares the film's country or none is known)
    assert set(q.distractors) == {"Saltmarsh", "Tidewater", "Kelp Row"}  # never Borduran, never 2019's
    # A national ceremony of the vocabulary: options of its country only (none here, so not asked)
    facts[1]["award"] = [_row(won, ceremony="National Film Awards", ordinal=5, year=None, category="Best Picture",
                              outcome="won", recipient="")]
    assert not [q for q in across_films(films, facts, random.Random(0)) if q.family == "films.won_award"]


def test_an_animation_directors_films_question_offers_only_animated_films():
    rows = [(1, "Other Tale", "Ora Pell", True), (2, "Saltmarsh", "Bede Marrow", False),
            (3, "Tidewater", "Ivo Brandt", True), (4, "Brackwater", "Tam Osk", True), (5, "Kelp Row", "Lune Varga", True),
            (6, "Old Quay", "Kip Morrow", False)]
    films = [Film(i, t, t, 2001, 20_000) for i, t, _d, _a in rows]
    facts = {i: {"identity": [_row(f"{t} is a 2001 Ruritanian film directed by {d}.", key="genre",
                                   value="animated fantasy" if a else "drama"), {"key": "country", "value": "Ruritanian"}],
                 "crew": [_row(f"{t} is a 2001 Ruritanian film directed by {d}.", role="director", name=d)],
                 "award": [], "money": []} for i, t, d, a in rows}
    for seed in range(6):
        for q in across_films(films, facts, random.Random(seed)):
            if q.family == "films.directed_by" and q.answers == ["Other Tale"]:
                assert not {"Saltmarsh", "Old Quay"} & set(q.distractors)


def test_a_source_works_options_are_source_works_of_its_kind():
    book = {"value": "Other Tale", "source": {"sentence": "It is based on the 2009 non-fiction book Other Tale by Ora Pell."}}
    series = {"value": "Tidewater", "source": {"sentence": "It is based on the animated web series Tidewater."}}
    assert options.source_kind(book) == "nonfiction" and options.source_kind(series) == "screen"
    kinds = {"tidewater": "screen", "kelp row": "nonfiction", "salt lanterns": "print"}
    assert not options.same_source_kind(kinds, [book], "Tidewater")  # a web series for a memoir's film
    assert not options.same_source_kind(kinds, [book], "Salt Lanterns")  # nor a novel (round 24)
    assert options.same_source_kind(kinds, [book], "Kelp Row")
    assert options.same_source_kind(kinds, [book], "Old Quay")  # its kind untold: kept


def test_a_player_known_only_as_himself_is_no_actors_option():
    pool = Pool()
    _country(pool, 1, 1964, "Other Tale", "drama")
    pool.add_film(1, {"cast": [{"actor": "Ora Pell", "character": "Mira", "order": 1}]})
    for fid, (name, part) in enumerate((("Lune Varga", "Ada"), ("Kip Morrow", "Gus"), ("Wren Dale", "Lena"),
                                        ("Tam Osk", "Tam Osk"), ("Bede Marrow", "Himself")), start=2):
        _country(pool, fid, 1963, f"Tale {fid}", "drama")
        pool.add_film(fid, {"cast": [{"actor": name, "character": part, "order": 1}]})
    pool.finish()
    assert pool.self_only == {"Tam Osk", "Bede Marrow"}
    assert options.as_self("Himself", "Bede Marrow") and not options.as_self("Gus", "Kip Morrow")


# --- round 8's classes ---------------------------------------------------------------------------------
def _lang_film(pool: Pool, fid: int, year: int, title: str, language: str | None, director: str, *cast: str) -> None:
    """A Ruritanian film (a land of several film languages) of this language, or of none stated."""
    pool.years[fid] = year
    pool.add("title", fid, title, 20_000)
    identity = [{"key": "country", "value": "Ruritanian"}, {"key": "genre", "value": "drama"}]
    if language:
        identity.append({"key": "language", "value": language})
    pool.add_film(fid, {"identity": identity, "crew": [{"role": "director", "name": director}],
                        "cast": [{"actor": a, "character": f"Part {i}", "order": i + 1} for i, a in enumerate(cast)]})


def test_a_land_of_several_film_languages_places_people_by_language():
    pool = Pool()
    _lang_film(pool, 1, 2018, "Other Tale", "Lowland", "Ora Pell", "Kip Morrow")
    low, high = ["Asa Quill", "Dov Fenn", "Hal Brisk", "Jory Lanth"], ["Cai Dorne", "Esk Whitby", "Fen Olliver", "Gil Sarrow"]
    for fid, name in enumerate(low, start=2):  # other Lowland films' directors
        _lang_film(pool, fid, 2017, f"Low Tale {fid}", "Lowland", name, "Kip Morrow")
    for fid, name in enumerate(high, start=6):
        _lang_film(pool, fid, 2017, f"High Tale {fid}", "Highland", name, "Lune Varga")
    _lang_film(pool, 10, 2017, "Plain Tale", None, "Bede Marrow", "Ivo Brandt")  # says only "Ruritanian"
    _lang_film(pool, 11, 2016, "Plain Tale Two", None, "Tam Osk", "Wren Dale")
    pool.finish()
    assert "ruritanian" in pool.multilingual
    assert pool.tongues["Asa Quill"] == {"lowland"} and "Bede Marrow" not in pool.tongues
    facts = {"crew": [_row("Other Tale is a 2018 Ruritanian Lowland-language drama directed by Ora Pell.",
                           role="director", name="Ora Pell")]}
    offered: set[str] = set()
    for seed in range(12):
        qs = {q.text: q for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2018, 20_000), facts, pool,
                                                    random.Random(seed))}
        offered |= set(qs["Who directed Other Tale (2018)?"].distractors)
    assert offered and offered <= set(low)  # never a Highland director, never one of no language known


def test_a_films_language_is_taken_from_its_director_or_most_of_its_people_not_one_co_star():
    pool = Pool()
    _lang_film(pool, 1, 2018, "High Tale", "Highland", "Ora Pell", "Kip Morrow")
    _lang_film(pool, 2, 2018, "Low Tale", "Lowland", "Lune Varga", "Kip Morrow")
    _lang_film(pool, 3, 2018, "Other Tale", None, "Bede Marrow", "Kip Morrow", "Ivo Brandt", "Tam Osk")
    _lang_film(pool, 4, 2018, "Next Tale", None, "Ora Pell", "Ivo Brandt")  # its director made a Highland film
    _lang_film(pool, 5, 2018, "Last Tale", None, "Wren Dale", "Lune Varga", "Tam Osk", "Ivo Brandt")
    pool.finish()
    assert 3 not in pool.languages  # one co-star of two languages: nothing said
    assert pool.languages[4] == {"highland"}
    assert 5 not in pool.languages  # one of four people: not most of them


def test_a_source_author_of_another_era_or_genre_is_never_offered():
    assert options.author_rank(((1948,), frozenset({"crime"})), 1950, frozenset({"crime"})) == options.FAIR
    assert options.author_rank(((1910,), frozenset({"crime"})), 1950, frozenset({"crime"})) == options.NEVER
    assert options.author_rank(((1952,), frozenset({"comedy"})), 1950, frozenset({"crime"})) == options.NEVER
    assert options.author_rank(((1952,), frozenset()), 1950, frozenset({"crime"})) == options.FAIR
    assert options.author_rank(None, 1950, frozenset({"crime"})) == options.WEAK
    items = {"crew:based_on_author": [(2, "Ora Pell", 0.0), (3, "Ora Pell", 0.0)], "genre": [(2, "film noir", 0.0)]}
    assert options.authors(items, {2: 1946, 3: 1951}) == {"Ora Pell": ((1946, 1951), frozenset({"crime"}))}


def test_a_category_first_given_years_after_the_film_is_out_of_era():
    rows = [(2, "Best Scoring of a Drama", 0.0), (3, "Best Picture", 0.0), (4, "Best Picture", 0.0)]
    years = {2: 1941, 3: 1930, 4: 1950}
    assert options.q.norm("Best Scoring of a Drama") in options.out_of_era(rows, years, 1937)
    assert options.out_of_era(rows, years, 1939) == set()  # two years before: it may have been given
    assert options.out_of_era([(2, "Best Scoring of a Drama", 0.0)], years, 1937) == set()  # nothing seen before


def test_a_host_a_cameo_or_a_documentary_subject_is_no_actor_option():
    assert options.non_actor("It stars Ora Pell and YouTube personality Bede Marrow.", "Bede Marrow")
    assert options.non_actor("Ivo Brandt has a cameo as a man on a rooftop.", "Ivo Brandt")
    assert not options.non_actor("It stars Ora Pell and Bede Marrow.", "Bede Marrow")
    pool = Pool()
    _country(pool, 1, 2013, "Other Tale", "drama")
    _country(pool, 2, 2012, "Tale 2", "documentary")
    _country(pool, 3, 2012, "Tale 3", "comedy")
    pool.add_film(2, {"cast": [_row("Tale 2 follows Tam Osk.", actor="Tam Osk", character="", order=1)]})
    pool.add_film(3, {"cast": [_row("It stars Ora Pell and fitness host Bede Marrow.", actor="Bede Marrow",
                                    character="Gus", order=2),
                               _row("Ivo Brandt has a cameo as a guard.", actor="Ivo Brandt", character="Guard",
                                    order=3),
                               _row("It stars Ora Pell and fitness host Bede Marrow.", actor="Ora Pell",
                                    character="Mira", order=1)],
                      "crew": [{"role": "writer", "name": "Lune Varga"}, {"role": "based_on_author", "name": "Lune Varga"}]})
    pool.finish()
    assert pool.non_actors == {"Tam Osk", "Bede Marrow", "Ivo Brandt"}
    assert pool.own_writers == {"Lune Varga"}  # wrote only the film of his own book


# --- round 9's classes ---------------------------------------------------------------------------------
def test_a_player_whose_given_name_the_films_industry_never_gives_is_no_option():
    # A well-known Ruritanian industry whose players are named Oro, Tavi, Senn …; a Borduran one whose
    # players are named Kip. Kip Morrow's only known film is Ruritanian (so his credits place him
    # there), yet no Ruritanian player is named Kip and three Borduran ones are.
    players: dict[str, frozenset[int]] = {}
    places: dict[int, set[str]] = {1: {"ruritanian"}, 2: {"borduran"}}
    for i in range(options.FOREIGN_HOME_SIZE):
        players[f"{('Oro', 'Tavi', 'Senn')[i % 3]} Pell{i}"] = frozenset({1})
    for i in range(3):
        players[f"Kip Osk{i}"] = frozenset({2})
    players["Kip Morrow"] = frozenset({1})
    by_first, sizes = options.given_name_origins(players, places)
    home = frozenset({"ruritanian"})
    assert options.foreign_name("Kip Morrow", home, by_first, sizes)
    assert not options.foreign_name("Oro Pell7", home, by_first, sizes)
    assert not options.foreign_name("Ivo Brandt", home, by_first, sizes)  # a name nobody else bears: no evidence
    # A home surname makes a player of a given name rare at home a compatriot.
    kin = {**{k: v for k, v in players.items() if k != "Kip Morrow"}, "Kip Pell7": frozenset({1})}
    assert not options.foreign_name("Kip Pell7", home, *options.given_name_origins(kin, places))
    # An industry the library knows little of tells nothing by its silence.
    small = {k: v for k, v in players.items() if not k.startswith(("Tavi", "Senn"))}
    assert not options.foreign_name("Kip Morrow", home, *options.given_name_origins(small, places))


def test_the_author_a_film_adapts_is_no_option_for_its_director():
    # The article credits the novelist with the "story" too (the film's writers drew on it).
    source = "The film is based on the novel Saltmarsh by Bede Marrow, from a story by Bede Marrow and Tam Osk."
    facts = {"crew": [_row("Other Tale is a 1983 film directed by Ivo Brandt.", role="director", name="Ivo Brandt"),
                      _row(source, role="based_on_author", name="Bede Marrow"),
                      _row(source, role="story", name="Bede Marrow"), _row(source, role="story", name="Tam Osk"),
                      _row("It was written by Kip Morrow.", role="writer", name="Kip Morrow"),
                      _row("It was produced by Wren Dale.", role="producer", name="Wren Dale")]}
    pool = Pool()
    _country(pool, 1, 1983, "Other Tale", "drama")
    for fid, name in enumerate(("Lune Varga", "Jo Bell", "Cal Reed"), start=2):
        _country(pool, fid, 1982, f"Tale {fid}", "drama")
        pool.add("crew:director", fid, name)
    pool.finish()
    for seed in range(12):
        q = {q.text: q for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1983, 20_000), facts, pool,
                                                   random.Random(seed))}["Who directed Other Tale (1983)?"]
        assert "Bede Marrow" not in q.distractors


def test_a_given_name_of_either_gender_tells_no_gender():
    # "Sunny" is given to men and women alike: a player known by it alone (no pronoun, no part) is no
    # option for a man's part, lest she be a woman.
    from bot.trivia.questions import _given_names

    assert "sunny" not in _given_names() and "lee" not in _given_names() and _given_names().get("ivo") in (None, "m")
    facts = {"cast": [_row("Ivo Brandt as Tobin Hale, a ferryman who hides his brother.", section="Cast",
                           actor="Ivo Brandt", character="Tobin Hale", order=1, voice=False),
                      _row("Kip Morrow as Abel Hale, his brother.", section="Cast", actor="Kip Morrow",
                           character="Abel Hale", order=2, voice=False),
                      _row("Sunny Osk was signed for a special appearance in a song.", section="Casting",
                           actor="Sunny Osk", character="", order=3, voice=False)]}
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2017, 20_000), facts, Pool(), random.Random(seed)):
            if q.family.startswith("cast.") and q.answers[0] in ("Ivo Brandt", "Kip Morrow"):
                assert "Sunny Osk" not in q.distractors


def test_a_compilation_dates_nobody_and_is_no_premise_option():
    # Tam Osk is seen in a 1974 compilation of old footage; his own films ended in 1946.
    items = {"actor": [(1, "Tam Osk", 1), (2, "Tam Osk", 1)], "genre": [(2, "compilation film", 0)]}
    assert options.careers(items, {1: 1946, 2: 1974}) == {"Tam Osk": (1946,)}
    assert "documentary" in options.genre_families("compilation")
    assert options._genre_rank(options.genre_families("space opera"), options.genre_families("compilation film")) \
        == options.NEVER  # no story to take for a space opera's, not merely another genre
    pool = Pool()
    _country(pool, 1, 1980, "Void Harbour", "space opera")
    for fid, title, genre in ((2, "Star Tide", "science fiction"), (3, "Cold Nebula", "space opera"),
                              (4, "Dust Orbit", "science fiction"), (5, "Old Reels", "compilation"),
                              (6, "Brass Gallery", "compilation film"), (7, "Iron Comet", "space opera")):
        _country(pool, fid, 1980, title, genre)
    pool.finish()
    facts = {"identity": [_row("Void Harbour is a 1980 Ruritanian space opera film.", key="genre", value="space opera")],
             "cast": [_row("Ivo Brandt stars as Tobin Hale.", actor="Ivo Brandt", character="Tobin Hale", voice=False,
                           order=1)],
             "text": [{"text": "Void Harbour is a 1980 Ruritanian space opera film.", "section": "Lead"},
                      {"text": "Three years after the war, the rebels led by Tobin Hale set up a new base on an ice "
                               "moon far from the capital.", "section": "Plot"}]}
    offered: set[str] = set()
    for seed in range(12):
        qs = questions_for_film(Film(1, "Void Harbour", "Void Harbour", 1980, 20_000), facts, pool, random.Random(seed))
        offered |= {d for q in qs if q.family == "title.from_premise" for d in q.distractors}
    assert offered and offered.isdisjoint({"Old Reels", "Brass Gallery"})


def test_a_word_inside_a_one_word_title_gives_it_away():
    from bot.trivia.questions import _echoes_title, _inside, distinct_tokens

    assert _inside(distinct_tokens("Bede Klansmen"), distinct_tokens("Oraklansmen"))
    assert _echoes_title(distinct_tokens("the local klan chapter"), distinct_tokens("Blackklansmen"))
    assert not _inside(distinct_tokens("the old harbour"), distinct_tokens("Saltmarsh"))
    source = "Oraklansmen is based on the memoir Ora Klansmen by Bede Marrow."
    facts = {"identity": [_row(source, key="based_on", value="Ora Klansmen")]}
    texts = [q.text for q in questions_for_film(Film(1, "Oraklansmen", "Oraklansmen", 2018, 20_000), facts, Pool(),
                                                random.Random(0))]
    assert not [t for t in texts if "based on which work" in t]


def test_a_player_known_only_as_a_cartoons_voice_is_a_weak_option_for_a_live_action_part():
    # Round 9: a veteran known to the library only as a voice in an animated film, offered beside a
    # live-action star's recast part. Taken only when no fairer option is left.
    pool = Pool()
    _country(pool, 1, 2013, "Other Tale", "drama")
    pool.add("actor", 1, "Ora Pell", 1)
    for fid, name, genre in ((2, "Lune Varga", "drama"), (3, "Kip Morrow", "comedy"), (4, "Tam Osk", "drama"),
                             (5, "Wren Dale", "computer-animated comedy")):
        _country(pool, fid, 2012, f"Tale {fid}", genre)
        pool.add_film(fid, {"cast": [{"actor": name, "character": "Mira", "order": 1, "voice": genre != "drama"}]})
    pool.finish()
    facts = {"cast": [_row("Other Tale is a 2013 Ruritanian drama film starring Ora Pell as Mira, a widow.",
                           actor="Ora Pell", character="Mira", order=1, voice=False)]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2013, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Ora Pell"]:
                offered |= set(q.distractors)
    assert offered == {"Lune Varga", "Kip Morrow", "Tam Osk"}


def test_the_plot_summarys_word_beside_a_part_tells_its_gender_and_nothing_else_does():
    from bot.trivia.questions import _titled_gender, gender_of

    assert _titled_gender(["Mrs. Osk"]) == "f" and _titled_gender(["Uncle Ivo"]) == "m"
    assert _titled_gender(["Kang Dae-man"]) == ""  # a syllable of a name, not "man"
    assert _titled_gender(["Father Ivo", "Ivo's wife"]) == ""  # two words that disagree tell nothing
    plot = dict(predicates=False)
    assert gender_of(["Tessa"], ["Ivo Brandt and his wife Tessa (Ora Pell) run a ferry."], **plot) == "f"
    assert gender_of(["Vasu"], ["Her roommate Vasu was in love with a married man named Kip."], **plot) == ""
    assert gender_of(["Bede"], ["Kip is afraid of the elder sister of Bede's bride."], **plot) == ""
    assert gender_of(["Mara"], ["He knows the honest Mara (Ora Pell), club owner and businessman Kip."], **plot) == ""
    cast = "Other Tale stars Ora Pell as Tessa, Lune Varga as Ada, a widow, Wren Dale as Nell, a nurse, and Jo Bell as Kay, a girl."
    facts = {"cast": [_row(cast, section="Lead", actor=a, character=c, order=o, voice=False)
                      for o, (a, c) in enumerate((("Ora Pell", "Tessa"), ("Lune Varga", "Ada"), ("Wren Dale", "Nell"),
                                                  ("Jo Bell", "Kay")), start=1)],
             "text": [{"text": cast, "section": "Lead"},
                      {"text": "Ivo Brandt and his wife Tessa (Ora Pell) run a ferry on the river.", "section": "Plot"}]}
    q = {q.text: q for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1950, 20_000), facts, Pool(),
                                               random.Random(0))}["Who played Tessa in Other Tale (1950)?"]
    assert sorted(q.distractors) == ["Jo Bell", "Lune Varga", "Wren Dale"]


def test_a_film_of_unknown_origin_takes_its_players_options_from_the_librarys_usual_origin():
    # Round 9's sample: Tamil, Chinese and Malayalam players offered for a film whose article names no
    # country. Most of the library is Ruritanian; one Borduran film's player is never offered.
    pool = Pool()
    pool.years[1] = 2001
    pool.add("title", 1, "Other Tale", 20_000)
    for fid, name in enumerate(("Lune Varga", "Kip Morrow", "Tam Osk", "Wren Dale", "Cal Reed"), start=2):
        _country(pool, fid, 2000, f"Tale {fid}", "drama")
        pool.add_film(fid, {"cast": [_row(f"{name} as Gus, a farmer.", actor=name, character="Gus", order=1)]})
    pool.years[9] = 2000
    pool.add("title", 9, "Tale 9", 20_000)
    pool.add_film(9, {"identity": [{"key": "country", "value": "Borduran"}],
                      "cast": [_row("Bede Marrow as Gus, a farmer.", actor="Bede Marrow", character="Gus", order=1)]})
    pool.finish()
    facts = {"cast": [_row("Other Tale stars Ivo Brandt as Tobin Hale, a ferryman.", actor="Ivo Brandt",
                           character="Tobin Hale", order=1, voice=False)]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2001, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Ivo Brandt"]:
                offered |= set(q.distractors)
    assert offered and "Bede Marrow" not in offered


def test_a_star_already_up_for_an_acting_award_is_a_weak_option_for_a_newcomers_part():
    # Round 9: stars of the era's award-winning dramas offered for a first-film player's young part.
    pool = Pool()
    _country(pool, 1, 1966, "Other Tale", "adventure")
    pool.add("actor", 1, "Ivo Brandt", 2)
    for fid, name, year in ((2, "Lune Varga", 1965), (3, "Kip Morrow", 1964), (4, "Tam Osk", 1966),
                            (5, "Cal Reed", 1965)):
        _country(pool, fid, year, f"Tale {fid}", "drama")
        pool.add_film(fid, {"cast": [_row(f"{name} as Gus, a farmer.", actor=name, character="Gus", order=1)]})
    pool.add_film(3, {"award": [_row("Kip Morrow was nominated for Best Actor.", ceremony="Example Awards",
                                     category="Best Actor", recipient="Kip Morrow", outcome="nominated")]})
    pool.finish()
    assert pool.acclaimed == {"Kip Morrow": 1964}
    facts = {"cast": [_row("Other Tale stars Ivo Brandt as Tobin Hale, a stable boy.", actor="Ivo Brandt",
                           character="Tobin Hale", order=1, voice=False)]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1966, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Ivo Brandt"]:
                offered |= set(q.distractors)
    assert offered == {"Lune Varga", "Tam Osk", "Cal Reed"}


def test_a_parts_age_is_read_from_its_words_its_cast_sentence_and_the_plot():
    # Round 10: the library holds no ages, so what the article says beside the part is the witness.
    assert options.part_age(["Tessa Osk"], [("Tessa Osk", "Ora Pell as Tessa Osk, Kip's mother")], []) == "grown"
    assert options.part_age(["Tessa"], [("Tessa", "Ora Pell as Tessa")],
                            ["Ivo runs a ferry, and his estranged teenage daughter Tessa comes to stay."]) == "young"
    assert options.part_age(["Young Tobin"], [], []) == "young"
    assert options.part_age(["Tess"], [], ["Tess is a nurse; his teenage daughter Tessa is not."]) == ""  # not "Tessa"
    assert options.part_age(["Tessa"], [("Tessa", "Ora Pell as Tessa, a nurse")], []) == ""
    # words of both kinds (a mother who is someone's daughter) tell nothing
    assert options.part_age(["Tessa"], [("Tessa", "Ora Pell as Tessa, Kip's mother")],
                            ["Bede visits his daughter Tessa."]) == ""
    assert options.part_names(["Mrs. Osk", "Young Tobin", "Tessa Osk"]) == ["Mrs. Osk", "Young Tobin", "Tessa Osk", "Tessa"]


def test_age_rank_reads_a_players_first_known_film_against_the_parts_age():
    assert options.age_rank("young", 1940, 1966, 1966) == options.NEVER  # 26 years of films before a teenage part
    assert options.age_rank("young", 1954, 1966, 1966) == options.WEAK
    assert options.age_rank("young", 1962, 1966, 1966) == options.FAIR
    assert options.age_rank("young", 1940, 1966, 1950) == options.FAIR  # the answer too is known long before
    assert options.age_rank("grown", 2018, 2018, 2007) == options.WEAK  # a newcomer for a seasoned player's mother
    assert options.age_rank("grown", 2018, 2018, 2016) == options.FAIR
    assert options.age_rank("grown", 2009, 2018, 2007) == options.FAIR
    assert options.age_rank("", 1900, 2018, 2018) == options.FAIR


def _part_options(part: str, plot: str, year: int, cast: dict[int, tuple[int, str]], answer_years=(),
                  theirs: str = "a man of the hills") -> set[str]:
    """The options offered for "Who played Tobin?" (Ivo Brandt's part, described by *part* in the
    cast sentence and by *plot*), the other players being credited in films of the given years as
    *theirs* (a man, so of the part's gender)."""
    pool = Pool()
    _country(pool, 1, year, "Other Tale", "drama")
    pool.add("actor", 1, "Ivo Brandt", 2)
    for fid, ay in enumerate(answer_years, start=50):
        _country(pool, fid, ay, f"Tale {fid}", "drama")
        pool.add("actor", fid, "Ivo Brandt", 1)
    for fid, (y, name) in cast.items():
        _country(pool, fid, y, f"Tale {fid}", "drama")
        pool.add_film(fid, {"cast": [_row(f"{name} as Gus, {theirs}.", actor=name, character="Gus", order=1)]})
    pool.finish()
    facts = {"cast": [_row(f"Other Tale stars Ivo Brandt as Tobin Hale, {part}.", actor="Ivo Brandt", character="Tobin Hale",
                           order=1, voice=False)],
             **({"text": [{"text": plot, "section": "Plot"}]} if plot else {})}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", year, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Ivo Brandt"] and "Tobin" in q.text:
                offered |= set(q.distractors)
    return offered


def test_a_teenage_part_offers_no_player_of_decades_of_films():
    # Round 10: a star of decades' films offered for a teenage sidekick. Bede Marrow's first known
    # film is 22 years before this one (16 before the answer's first): a weak option for an unmarked
    # part, never one for a young part. Round 24: nor Cal Reed's (16 years before), in no part the
    # library reads young; two fair players are not enough buttons, so the question is not asked.
    # (both weak ones also in a film of 1966: a weak fill is taken nearest the film's year, so as
    # near, either may be drawn)
    cast = {2: (1966, "Lune Varga"), 3: (1965, "Kip Morrow"), 6: (1944, "Bede Marrow"), 7: (1966, "Bede Marrow"),
            8: (1950, "Cal Reed"), 9: (1966, "Cal Reed")}
    young = _part_options("a stable boy", "", 1966, cast, answer_years=(1960,))
    assert not young & {"Bede Marrow", "Cal Reed"}
    # the plot summary's word before the part marks it too
    assert not _part_options("a man of the hills", "Gus takes on his teenage nephew Tobin, a drifter.", 1966, cast,
                             answer_years=(1960,)) & {"Bede Marrow", "Cal Reed"}
    # a player the library shows in a young part (a child then) stays a fill for a young part
    assert _part_options("a stable boy", "", 1966, cast, answer_years=(1960,), theirs="a young boy") \
        == {"Lune Varga", "Kip Morrow", "Cal Reed"}
    # the same part unmarked: Bede Marrow is as weak as Cal Reed
    assert "Bede Marrow" in _part_options("a man of the hills", "", 1966, cast, answer_years=(1960,))


def test_a_grown_parents_part_takes_a_newcomer_only_when_nothing_fairer_is_left():
    # Round 10: a teenager of the film's own year offered for a grown soldier's mother (here a
    # father, played by Ivo Brandt, whose first known film is 13 years before).
    cast = {2: (2016, "Lune Varga"), 3: (2017, "Kip Morrow"), 4: (2015, "Wren Dale"), 5: (2018, "Tam Osk")}
    offered = _part_options("Kip's father", "", 2018, cast, answer_years=(2005,))
    assert offered == {"Lune Varga", "Kip Morrow", "Wren Dale"}
    # with only two fair players, the newcomer still completes the buttons
    offered = _part_options("Kip's father", "", 2018, {k: v for k, v in cast.items() if k != 4}, answer_years=(2005,))
    assert offered == {"Lune Varga", "Kip Morrow", "Tam Osk"}
    # an unmarked part takes him as fairly as the others
    assert "Tam Osk" in _part_options("a man of the hills", "", 2018, cast, answer_years=(2005,))


def test_the_films_own_player_of_a_part_of_the_same_age_is_a_fair_option():
    # Round 10's fix kept the other soldier's mother (a player of the film whose only known film is
    # this one) among a mother's options: her own part says she is of the age.
    pool = Pool()
    _country(pool, 1, 2018, "Other Tale", "drama")
    pool.add("actor", 1, "Ivo Brandt", 1)
    pool.add("actor", 1, "Bede Marrow", 2)
    _country(pool, 50, 2005, "Tale 50", "drama")
    pool.add("actor", 50, "Ivo Brandt", 1)
    for fid, (y, name) in {2: (2016, "Lune Varga"), 3: (2017, "Kip Morrow"), 4: (2015, "Wren Dale"),
                           5: (2018, "Tam Osk")}.items():
        _country(pool, fid, y, f"Tale {fid}", "drama")
        pool.add_film(fid, {"cast": [_row(f"{name} as Gus, a man of the hills.", actor=name, character="Gus", order=1)]})
    pool.finish()
    sentence = "Other Tale stars Ivo Brandt as Tobin Hale, Kip's father, and Bede Marrow as Gus Osk, Lars's father."
    facts = {"cast": [_row(sentence, actor="Ivo Brandt", character="Tobin Hale", order=1, voice=False),
                      _row(sentence, actor="Bede Marrow", character="Gus Osk", order=2, voice=False)]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2018, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Ivo Brandt"] and "Tobin" in q.text:
                offered |= set(q.distractors)
    assert "Bede Marrow" in offered and "Tam Osk" not in offered


def test_a_leads_acting_award_takes_from_other_films_only_players_the_library_shows_as_stars():
    # Round 10: a television bit player, known from one film billed second, offered for a Best Actor
    # winner. Kip Morrow's only known film bills him second: a weak option for a lead's award, fair
    # for a supporting one; Tam Osk has two films, Wren Dale was nominated. Round 11: Lune Varga,
    # who led one film only (a television show's star in its one film), is no star either.
    assert options.established_leads([(2, "Lune Varga", 1), (3, "Kip Morrow", 2), (4, "Tam Osk", 3),
                                       (5, "Tam Osk", 4), (6, "Wren Dale", 2)], {"Wren Dale": 1967}) == {
        "Tam Osk", "Wren Dale"}
    pool = Pool()
    _country(pool, 1, 1968, "Other Tale", "drama")
    pool.add("actor", 1, "Ivo Brandt", 1)
    for fid, name, order in ((2, "Lune Varga", 1), (3, "Kip Morrow", 2), (4, "Tam Osk", 3), (5, "Tam Osk", 4),
                             (6, "Wren Dale", 1)):
        _country(pool, fid, 1967, f"Tale {fid}", "drama")
        pool.add_film(fid, {"cast": [_row(f"{name} as Gus, a man of the hills.", actor=name, character="Gus",
                                          order=order)]})
    pool.finish()
    offered: dict[str, set[str]] = {}
    each: list[set[str]] = []
    for category in ("Best Actor", "Best Supporting Actor"):
        won = f"At the 9th Example Awards, Ivo Brandt won {category} for Other Tale."
        facts = {"cast": [_row("Other Tale stars Ivo Brandt as Tobin Hale, a man of the hills.", actor="Ivo Brandt",
                               character="Tobin Hale", order=1, voice=False)],
                 "award": [_row(won, ceremony="Example Awards", ordinal=9, year=None, category=category,
                                outcome="won", recipient="Ivo Brandt")]}
        for seed in range(12):
            for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1968, 20_000), facts, pool,
                                        random.Random(seed)):
                if category in q.text and q.answers == ["Ivo Brandt"]:
                    offered.setdefault(category, set()).update(q.distractors)
                    if category == "Best Actor":
                        each.append(set(q.distractors))
    # the star (two films) every time, the others one-film players (nothing fairer is left)
    assert each and all("Tam Osk" in d for d in each)
    assert offered["Best Actor"] <= {"Lune Varga", "Kip Morrow", "Tam Osk", "Wren Dale"}
    assert "Kip Morrow" in offered["Best Supporting Actor"]


# --- round 10's remaining classes ---------------------------------------------------------------------
def _made(pool: Pool, fid: int, year: int, title: str, director: str, genre: str, dollars: float | None = None,
          country: str | None = "Ruritanian", language: str | None = None, cast: tuple[str, ...] = ()) -> None:
    pool.years[fid] = year
    pool.add("title", fid, title, 20_000)
    identity = [{"key": "genre", "value": genre}]
    if country:
        identity.append({"key": "country", "value": country})
    if language:
        identity.append({"key": "language", "value": language})
    facts: dict = {"identity": identity, "crew": [{"role": "director", "name": director}],
                   "cast": [_row(f"{a} as Gus, a man of the hills.", actor=a, character="Gus", order=i + 1)
                            for i, a in enumerate(cast)]}
    if dollars:
        facts["money"] = [{"kind": "budget", "currency": "USD", "text": f"${dollars:,.0f}", "amount": dollars}]
    pool.add_film(fid, facts)


def _directors_offered(pool: Pool, film: Film, sentence: str, director: str, seeds: int = 12) -> set[str]:
    facts = {"crew": [_row(sentence, role="director", name=director)]}
    offered: set[str] = set()
    for seed in range(seeds):
        for q in questions_for_film(film, facts, pool, random.Random(seed)):
            if q.text.startswith("Who directed"):
                offered |= set(q.distractors)
    return offered


def test_kind_rank_reads_the_genre_and_dollar_scale_a_director_is_known_for():
    superhero = frozenset({"superhero"})
    assert options.kind_rank(superhero, 2e8, [(superhero, 1.5e8)]) == options.FAIR
    assert options.kind_rank(superhero, 2e8, [(frozenset({"horror", "comedy"}), 2e6)]) == options.NEVER
    # another genre only: a poor fill, after every weak one (round 20)
    assert options.kind_rank(superhero, 2e8, [(frozenset({"horror"}), 1e8)]) == options.POOR
    assert options.kind_rank(superhero, 2e8, [(superhero, None)]) == options.WEAK  # no known film of its scale
    assert options.kind_rank(frozenset({"drama"}), 3e6, [(None, None)]) == options.FAIR  # nothing to compare


def test_a_blockbusters_director_question_never_offers_the_director_of_a_cheap_film_of_another_genre():
    # Round 10: a director known for one $2 million video horror comedy offered for a studio superhero film.
    pool = Pool()
    _made(pool, 1, 1995, "Other Tale", "Ora Pell", "superhero", 2e8)
    for fid, name in ((2, "Lune Varga"), (3, "Ivo Brandt"), (4, "Tam Osk"), (5, "Wren Dale")):
        _made(pool, fid, 1993, f"Tale {fid}", name, "superhero", 9e7)
    _made(pool, 6, 1994, "Cold Cone", "Bede Marrow", "comedy horror", 2e6)
    pool.finish()
    offered = _directors_offered(pool, Film(1, "Other Tale", "Other Tale", 1995, 20_000),
                                 "Other Tale is a 1995 Ruritanian superhero film directed by Ora Pell.", "Ora Pell")
    assert offered and "Bede Marrow" not in offered


def test_a_foreigners_award_offers_nobody_the_library_cannot_place_abroad():
    # Round 10: a British star (known from a film whose country the library only guessed) offered for
    # BAFTA's foreign actor award.
    rule = options.nation_rule("Who won Best Foreign Actor at the British Academy Film Awards for {film}?")
    assert rule == ("foreign", "british")
    assert options.nation_rank(rule, [frozenset({"american"})]) == options.FAIR
    assert options.nation_rank(rule, [frozenset({"british"})]) == options.NEVER
    assert options.nation_rank(rule, [frozenset({"american"}), None]) == options.NEVER  # one film unplaced
    assert options.nation_rule("Who won Best British Actor at the Example Awards for {film}?") == ("of", "british")
    assert options.nation_rule("Who won Best Actor at the British Academy Film Awards for {film}?") is None
    pool = Pool()
    _made(pool, 1, 1964, "Other Tale", "Ora Pell", "drama", country="American", cast=("Ivo Brandt",))
    for fid, name in ((2, "Lune Varga"), (3, "Tam Osk"), (4, "Wren Dale")):
        _made(pool, fid, 1963, f"Tale {fid}", f"Director {fid}", "drama", country="American", cast=(name,))
    _made(pool, 5, 1963, "Isle Tale", "Asa Quill", "drama", country="British", cast=("Kip Morrow",))
    _made(pool, 6, 1963, "Quiet Tale", "Asa Quill", "drama", country=None, cast=("Bede Marrow",))
    pool.finish()
    won = "At the British Academy Film Awards, Ivo Brandt won Best Foreign Actor for Other Tale."
    facts = {"cast": [_row("Other Tale stars Ivo Brandt as Tobin Hale, a pawnbroker.", actor="Ivo Brandt",
                           character="Tobin Hale", order=1, voice=False)],
             "award": [_row(won, ceremony="British Academy Film Awards", ordinal=18, year=None,
                            category="Best Foreign Actor", outcome="won", recipient="Ivo Brandt")]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1964, 20_000), facts, pool, random.Random(seed)):
            if "Foreign Actor" in q.text:
                offered |= set(q.distractors)
    assert offered == {"Lune Varga", "Tam Osk", "Wren Dale"}  # never the Briton, never the unplaced player


def test_a_film_of_no_stated_language_takes_directors_of_the_language_its_people_lean_to():
    # Round 10: a film only known to be Indian, whose placed player works in Hindi films, was offered a
    # Tamil director. Other Tale says only "Ruritanian"; Kip Morrow, of its cast, made a Lowland film.
    pool = Pool()
    _made(pool, 1, 2018, "Other Tale", "Ora Pell", "thriller", language=None, cast=("Kip Morrow", "Ivo Brandt"))
    _made(pool, 2, 2016, "Low Tale", "Asa Quill", "thriller", language="Lowland", cast=("Kip Morrow",))
    for fid, name in ((3, "Dov Fenn"), (4, "Hal Brisk")):
        _made(pool, fid, 2017, f"Low Tale {fid}", name, "thriller", language="Lowland", cast=(f"Player {fid}",))
    _made(pool, 5, 2017, "High Tale", "Cai Dorne", "thriller", language="Highland", cast=("Lune Varga",))
    _made(pool, 8, 2017, "High Tale Two", "Esk Whitby", "thriller", language="Highland", cast=("Player 8",))
    _made(pool, 6, 2018, "Plain Tale", "Bede Marrow", "thriller", language=None, cast=("Lune Varga",))
    _made(pool, 7, 2017, "Plain Tale Two", "Tam Osk", "thriller", language=None, cast=("Wren Dale",))
    pool.finish()
    assert 1 not in pool.languages and pool.leanings[1] == {"lowland"}
    assert pool.leanings[6] == {"highland"} and "ruritanian" in pool.multilingual
    offered = _directors_offered(pool, Film(1, "Other Tale", "Other Tale", 2018, 20_000),
                                 "Other Tale is a 2018 Ruritanian thriller directed by Ora Pell.", "Ora Pell")
    assert {"Asa Quill", "Dov Fenn", "Hal Brisk"} & offered  # the Lowland films' directors
    assert "Bede Marrow" not in offered and "Cai Dorne" not in offered  # Highland's, leaning or stated


def test_a_player_cast_as_a_teenager_near_the_films_year_is_a_weak_option_for_a_grown_mothers_part():
    # Round 10: a teenager offered for a grown soldier's mother. Lune Varga played a teenage daughter
    # in a film the year before; Wren Dale, Tam Osk, Ora Pell and Esk Whitby played grown women.
    assert options.other_age("grown", [(2017, "young")], 2018) and not options.other_age("grown", [(2005, "young")], 2018)
    assert not options.other_age("young", [(2017, "young")], 2018)
    pool = Pool()
    _country(pool, 1, 2018, "Other Tale", "drama")
    pool.add("actor", 1, "Ivo Brandt", 1)
    parts = ((2, "Lune Varga", "Tessa", "Kip's teenage daughter"), (3, "Wren Dale", "Mara", "a widow"),
             (4, "Tam Osk", "Nell", "a teacher"), (5, "Ora Pell", "Ada", "a nurse"), (6, "Esk Whitby", "Iva", "a cook"))
    for fid, name, character, what in parts:
        _country(pool, fid, 2017, f"Tale {fid}", "drama")
        pool.add_film(fid, {"cast": [_row(f"{name} as {character}, {what} and a woman of the town.", actor=name,
                                          character=character, order=1)]})
    pool.finish()
    assert pool.part_ages["Lune Varga"] == ((2017, "young"),)
    facts = {"cast": [_row("Other Tale stars Ivo Brandt as Tobin Hale, a soldier, and Jenna Holt as Ruth, Tobin's mother.",
                           actor="Jenna Holt", character="Ruth", order=2, voice=False),
                      _row("Other Tale stars Ivo Brandt as Tobin Hale, a soldier.", actor="Ivo Brandt",
                           character="Tobin Hale", order=1, voice=False)]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2018, 20_000), facts, pool, random.Random(seed)):
            if q.text.startswith("Who played Ruth"):
                offered |= set(q.distractors)
    assert offered and "Lune Varga" not in offered  # three grown women are fairer


def test_an_age_told_in_years_marks_a_young_part():
    # Round 10's fresh sample: the film's grown lead offered for "Fifteen-year-old Kitty".
    assert options.part_age(["Fifteen-year-old Tessa"], [], []) == "young"
    assert options.part_age(["Tessa"], [], ["Bede meets a 16-year-old Tessa at the fair."]) == "young"
    assert options.part_age(["Tessa Osk"], [], ["Bede meets Tessa Osk at the fair."]) == ""


def test_a_blockbusters_director_question_offers_no_director_known_only_from_a_stub_of_another_genre():
    # Round 10's fresh sample: the director of one low-budget action film (a stub article, no
    # dollars stated) offered for a $300 million superhero film.
    superhero = frozenset({"superhero"})
    assert options.kind_rank(superhero, 3e8, [(frozenset({"action"}), None, 4000)]) == options.NEVER
    assert options.kind_rank(superhero, 3e8, [(frozenset({"action"}), None, 16000)]) == options.POOR  # round 20
    assert options.kind_rank(superhero, 6e7, [(frozenset({"action"}), None, 4000)]) == options.POOR  # no blockbuster: a fill of another genre (round 20)
    assert options.kind_rank(superhero, 3e8, [(superhero, None, 4000)]) == options.WEAK  # its genre


# --- round 11's bad-option classes ---------------------------------------------------------------------
def test_a_bit_part_is_a_described_part_a_self_a_cameo_or_uncredited():
    # Round 11: a real priest cast as the wedding's priest; an agent's wife as a woman in a restaurant.
    assert options.bit_part("priest", "Bede Marrow", "Father Bede Marrow was cast as the priest at the wedding.")
    assert options.bit_part("a woman in a restaurant", "Ora Pell", "Ora Pell appears as a woman in a restaurant.")
    assert options.bit_part("herself", "Ora Pell", "Ora Pell as herself.")
    assert options.bit_part("Tessa", "Ora Pell", "Ora Pell, uncredited, as Tessa.")
    assert options.bit_part("Tessa", "Ora Pell", "Ora Pell has a cameo as Tessa.")
    assert not options.bit_part("Tessa Osk", "Ora Pell", "Ora Pell as Tessa Osk, Kip's mother.")
    assert not options.bit_part("Dr. Hale", "Ivo Brandt", "Ivo Brandt as Dr. Hale.")
    assert not options.bit_part("\u30c6\u30c3\u30b5", "Ivo Brandt", "Ivo Brandt as Tessa.")  # a script without capitals


def test_a_player_known_only_from_bit_parts_is_never_offered_for_a_lead_or_an_acting_award():
    pool = Pool()
    _country(pool, 1, 1980, "Other Tale", "drama")
    _country(pool, 2, 1979, "Tale 2", "drama")
    _country(pool, 3, 1981, "Tale 3", "drama")
    # Bede Marrow: only a described part; Lune Varga: twelfth of a star list, no part; Kip Morrow and
    # Tam Osk: named parts in two films each.
    pool.add_film(2, {"cast": [
        _row("Bede Marrow was cast as the priest at the wedding.", actor="Bede Marrow", character="priest", order=9),
        _row("Kip Morrow as Gus Osk.", actor="Kip Morrow", character="Gus Osk", order=1),
        _row("Tam Osk as Lars Hale.", actor="Tam Osk", character="Lars Hale", order=2)]})
    pool.add_film(3, {"cast": [
        _row("The film stars Kip Morrow, Tam Osk and Lune Varga.", actor="Lune Varga", character="", order=12),
        _row("Kip Morrow as Gus.", actor="Kip Morrow", character="Gus", order=1),
        _row("Tam Osk as Lars.", actor="Tam Osk", character="Lars", order=2),
        _row("Wren Dale as Pim.", actor="Wren Dale", character="Pim", order=3)]})
    pool.finish()
    assert "Bede Marrow" in pool.bit_only and "Lune Varga" in pool.faint and "Kip Morrow" not in pool.faint
    sentence = "Other Tale stars Ivo Brandt as Tobin Hale, a man of the hills, and Ora Pell as Tessa Osk."
    facts = {"cast": [_row(sentence, actor="Ivo Brandt", character="Tobin Hale", order=1, voice=False),
                      _row(sentence, actor="Ora Pell", character="Tessa Osk", order=2, voice=False),
                      _row("Ora Pell's brother Ivo Osk was cast as the priest.", actor="Ivo Osk", character="priest",
                           order=14, voice=False)]}
    offered: list[set[str]] = []
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1980, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Ivo Brandt"] and "Tobin" in q.text:
                offered.append(set(q.distractors))
    assert offered
    assert not any({"Bede Marrow", "Ivo Osk"} & o for o in offered)  # never a bit part's player
    assert all("Lune Varga" not in o for o in offered if len(o & {"Kip Morrow", "Tam Osk", "Wren Dale"}) == 3)


def test_a_source_works_kind_is_read_before_its_later_mention():
    # Round 11: a film named for its comic source opens its sentence with the name, so the kind
    # ('comic character') was never read and the comic was offered as a war memoir's source.
    row = _row("Other Tale: Homecoming is a 2017 film based on the Example Comics character Other Tale.",
               value="Other Tale")
    assert options.source_kind(row) == "comic"
    assert options.source_kind(_row("The film is based on Ora Pell's non-fiction book Other Tale.",
                                    value="Other Tale")) == "nonfiction"


def test_a_director_known_only_for_a_marked_genre_is_never_offered_for_another():
    # Round 11: a director known only for a science-fiction film offered for a city drama.
    drama, scifi = frozenset({"drama"}), frozenset({"speculative"})
    assert options.kind_rank(drama, None, [(scifi, None)]) == options.NEVER
    assert options.kind_rank(drama, None, [(frozenset({"comedy"}), None)]) == options.POOR  # round 20: after weak fills
    assert options.kind_rank(drama, None, [(scifi, None), (drama, None)]) == options.FAIR
    assert options.kind_rank(scifi | drama, None, [(scifi, None)]) == options.FAIR


def test_a_grown_part_takes_a_player_first_known_after_the_film_only_as_weak():
    # Round 11: a player first known two years after the film (a teenage sidekick) offered for its
    # President; a head of state's title marks the part grown.
    assert options.part_age(["President Tobin Hale"], [], []) == "grown"
    assert options.age_rank("grown", 1966, 1964, None) == options.WEAK
    assert options.age_rank("grown", 1960, 1964, None) == options.FAIR


def test_a_critics_quote_naming_a_genre_takes_only_films_of_that_genre():
    # Round 11: 'the most influential kung fu movie' beside a costume drama, a comedy and a city drama.
    assert options.genre_families("the most influential kung fu movie") == {"action"}
    pool = Pool()
    _country(pool, 1, 1973, "Other Tale")
    for fid, title, genre in ((2, "Tale of Ruritania", "period drama"), (3, "Kip's Fist", "action"),
                              (4, "Lune Road", "comedy"), (5, "Osk Strikes", "action thriller"),
                              (6, "Bede's Revenge", "martial arts"), (7, "Pim Falls", "drama")):
        _country(pool, fid, 1974, title, genre)
    pool.finish()
    # (the film's own genre unstated: every title is then as weak as any other, the quote's genre aside)
    facts = {"identity": [{"key": "country", "value": "Ruritanian"}],
             "text": [{"section": "Lead", "text": "Other Tale is a 1973 Ruritanian film."}],
             "review": [_row('Ora Pell called Other Tale "arguably the most influential kung fu movie of all its decade".',
                             critic="Ora Pell", publication=None, rating_text=None, rating_scale=None,
                             quote="arguably the most influential kung fu movie of all its decade")]}
    seen = []
    for seed in range(8):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1973, 20_000), facts, pool, random.Random(seed)):
            if q.family == "title.from_quote":
                seen.append(set(q.distractors))
    assert seen, "the quote is asked"
    for d in seen:
        assert d == {"Kip's Fist", "Osk Strikes", "Bede's Revenge"}


def test_which_film_did_a_director_make_offers_films_of_one_medium_and_one_industry():
    # Round 11: an anime film offered as a live-action director's, and a film of another land's
    # language offered for a director whose film's article names no country.
    rows = ((1, "Other Tale", "Ivo Brandt", None, "drama"), (2, "Gullhaven", "Bede Marrow", "Ruritanian", "drama"),
            (3, "Tidewater", "Kip Morrow", "Ruritanian", "drama"), (4, "Brackwater", "Tam Osk", "Ruritanian", "drama"),
            (5, "Old Quay", "Lune Varga", "Ruritanian", "animated"), (6, "Farrow Deep", "Ora Pell", "Osterlich", "drama"))
    films = [Film(i, t, t, 1975, 20_000) for i, t, _d, _c, _g in rows]
    facts: dict[int, dict] = {}
    for i, t, d, c, g in rows:
        said = f"{t} is a 1975 {g} film directed by {d}."
        identity = [_row(said, key="year", value="1975"), _row(said, key="genre", value=g)]
        if c:
            identity.append(_row(said, key="country", value=c))
        facts[i] = {"identity": identity, "award": [], "money": [],
                    "crew": [_row(said, role="director", name=d, mention="")]}
    seen = []
    for seed in range(8):
        seen += [q for q in across_films(films, facts, random.Random(seed))
                 if q.family == "films.directed_by" and q.answers == ["Other Tale"]]
    assert seen
    for q in seen:
        assert set(q.distractors) == {"Gullhaven", "Tidewater", "Brackwater"}


# Round 12's classes (issue 12).

def test_the_films_title_player_is_never_an_option_for_another_of_its_parts():
    # Round 12: the star of a film named for his part offered for another part of the same film.
    assert options.title_part("Tale", "Other Tale") and options.title_part("Kip Tale", "Tale")
    assert not options.title_part("Gus", "Other Tale")
    pool = Pool()
    _country(pool, 1, 1989, "Tale", "drama")
    for fid, name in enumerate(["Tam Osk", "Kip Morrow", "Bede Marrow", "Cal Reed"], start=2):
        _country(pool, fid, 1988, f"Saltmarsh {fid}", "drama")
        pool.add_film(fid, {"cast": [_row(f"{name} as Gus, a man of the hills.", actor=name, character="Gus", order=2)]})
    pool.finish()
    cast = [("Ivo Brandt", "Tale", 1), ("Lune Varga", "Hal Dent", 2), ("Tam Osk", "Rook", 3)]
    facts = {"cast": [_row(f"Tale stars Ivo Brandt as Tale, a man of the hills, {a} as {c}, his brother.", section="Cast",
                           actor=a, character=c, voice=False, order=o) for a, c, o in cast]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Tale", "Tale", 1989, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Lune Varga"] and "Hal Dent" in q.text:
                offered |= set(q.distractors)
    assert offered and "Ivo Brandt" not in offered


def test_a_part_another_player_plays_grown_is_a_young_part():
    # Round 12: "Ora Pell as Tessa" beside "Lune Varga as adult Tessa": Ora Pell played a girl, no
    # option for a grown soldier's mother the same year.
    rows = [(1, "Ora Pell", "Tessa"), (1, "Lune Varga", "adult Tessa"), (1, "Kip Morrow", "Gus"), (2, "Tam Osk", "Tessa")]
    assert options.grown_versions(rows) == [(1, "Ora Pell")]
    pool = Pool()
    pool.years.update({1: 2018, 2: 2018})
    for actor, part in (("Ora Pell", "Tessa"), ("Lune Varga", "adult Tessa")):
        pool.part_age(1, actor, part, f"{actor} as {part}")
    pool.finish()
    assert pool.part_ages["Ora Pell"] == ((2018, "young"),)
    assert options.other_age("grown", pool.part_ages["Ora Pell"], 2018)
    assert "Lune Varga" not in pool.part_ages


def test_a_films_own_makers_are_poor_director_options_unless_they_direct():
    # Round 12: the film's screenwriters, uncredited script doctors, editor and cinematographer
    # offered as its director ("not directors; weak", "easily struck out").
    assert options.own_crew_rank("director", frozenset({"writer"}), frozenset({"writer"})) == options.POOR
    assert options.own_crew_rank("director", frozenset({"editor"}), frozenset({"editor", "director"})) == options.FAIR
    # a film's director is a fair option for its script (directors write); its editor is not
    assert options.own_crew_rank("writer", frozenset({"director"}), frozenset({"director"})) == options.FAIR
    assert options.own_crew_rank("screenplay", frozenset({"editor"}), frozenset({"editor"})) == options.POOR
    assert options.own_crew_rank("composer", frozenset({"editor"}), frozenset()) == options.FAIR  # no rule there
    assert options.jobs({"crew:director": [(1, "Bede Marrow", 0.0)], "crew:based_on_author": [(2, "Bede Marrow", 0.0)],
                         "crew:editor": [(3, "Bede Marrow", 0.0)]}) == {"Bede Marrow": frozenset({"director", "editor"})}


def test_a_director_of_films_much_written_of_is_a_poor_option_for_a_b_movie():
    # Round 12: an auteur offered as the director of a B-movie and of a car-chase comedy.
    chars = {1: 40_000, 2: 30_000, 3: 4_000, 4: 12_000}
    assert options.renowned(chars) == {1, 2}
    films = {"Ora Pell": frozenset({1, 2}), "Kip Morrow": frozenset({1}), "Tam Osk": frozenset({1, 3})}
    # two films or more, every one much written of (one such film is no auteur's body of work)
    assert options.prestige(films, options.renowned(chars)) == {"Ora Pell": True}


def test_an_undated_film_takes_its_era_from_the_years_its_lead_names():
    # Round 12: an upcoming film dated by nothing was offered a director who died a decade before it.
    facts = {"text": [{"text": "Other Tale is an upcoming Ruritanian film based on the 2020 novel by Ora Pell, "
                               "a prequel to Tale (2012).", "section": "Lead"},
                      {"text": "Ivo Brandt was born in 1950.", "section": "Production"}]}
    assert options.lead_era(facts) == 2020
    assert options.lead_era({"text": [{"text": "Other Tale is a film.", "section": "Lead"}]}) is None
    assert options.era_rank((1980,), options.lead_era(facts)) == options.NEVER


def test_a_novelist_the_library_knows_as_a_films_character_is_a_weak_source_option():
    # Round 12: a nineteenth-century novelist (the subject of another film of the library) offered
    # as the source of a 1942 romance.
    pool = Pool()
    _country(pool, 1, 1942, "Other Tale", "romance drama")
    _country(pool, 2, 1937, "The Life of Bede Marrow", "drama")
    pool.add("character", 2, "Bede Marrow")
    pool.finish()
    assert "bede marrow" in pool.portrayed


def test_an_anthologys_player_of_another_story_is_no_option_for_this_storys_part():
    # Round 12: a Norwegian lawyer's player, from another story of an anthology, offered for a
    # Ruritanian chef's part.
    plot = ["In “Other Tale,” Tessa arrives in Ruritania and meets the chef Gus Hale (Kip Morrow).",
            "Gus shows her the hills.",
            "In “Sunlight,” the nurse Lily meets a lawyer, Andrews (Bede Marrow).",
            "Lily stays."]
    stories = options.segments(plot)
    assert len(stories) == 2
    assert options.other_segment(["Gus Hale"], ["Andrews"], stories)
    assert not options.other_segment(["Gus Hale"], ["Tessa"], stories)  # the same story
    assert not options.other_segment(["Gus Hale"], ["Wren"], stories)  # told in no story: nothing known
    assert options.segments(plot[:2]) == []  # one story: no anthology


def test_a_player_known_only_as_a_cartoons_voice_is_never_offered_for_a_live_action_lead():
    # Round 12: an essayist known only as a cartoon's voice offered for a period drama's heroine
    # (round 9 made such a player weak; for a lead's part or an acting award, never).
    pool = Pool()
    _country(pool, 1, 2004, "Other Tale", "drama")
    pool.add("actor", 1, "Ivo Brandt", 1)
    # two fair players, one weak (his last film nine years before) and the voice
    names = {2: (2003, "Lune Varga"), 3: (2003, "Kip Morrow"), 4: (1995, "Tam Osk"), 6: (2003, "Bede Marrow")}
    for fid, (year, name) in names.items():
        _country(pool, fid, year, f"Tale {fid}", "drama")
        pool.add_film(fid, {"cast": [_row(f"{name} as Gus, a man of the hills.", actor=name, character="Gus", order=1)]})
    pool.animated.add(6)  # Bede Marrow: a voice in one cartoon, nothing more
    pool.finish()
    facts = {"cast": [_row("Other Tale stars Ivo Brandt as Tobin Hale, a man of the hills.", actor="Ivo Brandt",
                           character="Tobin Hale", order=1, voice=False)]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2004, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Ivo Brandt"] and "Tobin" in q.text:
                offered |= set(q.distractors)
    assert offered == {"Lune Varga", "Kip Morrow", "Tam Osk"}


def test_a_bare_category_is_not_the_only_option_without_best():
    """Round 13: "won the Oscar for screenplay" made "screenplay" the one option among "Best Picture",
    "Best Film Editing", ...: the answer read off its form. The options of such a question share the
    answer's form, and the answer stays as the cited sentence states it."""
    from bot.trivia.questions import _one_form

    peers = ["Best Picture", "Best Film Editing", "Best Cinematography"]
    form = _one_form(["screenplay"], peers)
    shown = [form(c) for c in ["screenplay", *peers]]
    assert shown == ["Screenplay", "Picture", "Film Editing", "Cinematography"]
    assert all(not s.startswith("Best ") for s in shown)
    # answers billed as the ceremony bills them keep every option as written
    same = _one_form(["Best Sound"], peers)
    assert [same(c) for c in peers] == peers
    # a ceremony whose categories carry no "Best" keeps its own form
    plain = _one_form(["Golden Bear"], ["Silver Bear", "Jury Prize"])
    assert plain("Silver Bear") == "Silver Bear"


def _premise_offers(genre: str, premise: str, others: dict[str, str]) -> set[str]:
    """Every film a premise question about "Other Tale" (2013, *genre*) offers over twelve seeds."""
    pool = Pool()
    _country(pool, 1, 2013, "Other Tale", genre)
    for fid, (title, their_genre) in enumerate(others.items(), 2):
        _country(pool, fid, 2013, title, their_genre)
    pool.finish()
    facts = {"identity": [_row(f"Other Tale is a 2013 Ruritanian {genre} film.", key="genre", value=genre)],
             "cast": [_row("Ivo Brandt stars as Tobin Hale.", actor="Ivo Brandt", character="Tobin Hale", voice=False,
                           order=1)],
             "text": [{"text": f"Other Tale is a 2013 Ruritanian {genre} film.", "section": "Lead"},
                      {"text": premise, "section": "Plot"}]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2013, 20_000), facts, pool, random.Random(seed)):
            if q.family == "title.from_premise":
                offered |= set(q.distractors)
    return offered


def test_a_premise_of_a_marked_kind_offers_only_films_of_that_kind_not_any_drama():
    # Round 13: an artificial mind's romance (science fiction, romance, drama) beside three true-story
    # dramas: they share "drama", yet the clue shows the kind and the player strikes them first.
    offered = _premise_offers("science-fiction romantic drama",
                              "In a future Ruritania, Tobin Hale, a lonely clerk, hides two robots from the army in his boathouse.",
                              {"Gullhaven": "biographical drama", "Brackwater": "romantic drama",
                               "Old Quay": "sports drama", "Star Weir": "science fiction", "Cold Orbit": "science-fiction drama",
                               "Glass Moon": "science fiction romance", "Dark Relay": "science fiction thriller"})
    # (round 21: never a science-fiction thriller either, a kind the romance is not)
    assert offered == {"Star Weir", "Cold Orbit", "Glass Moon"}


def test_a_premise_set_centuries_before_the_film_offers_only_period_films():
    # Round 13: "in 1750s Ireland" beside three modern dramas. The clue's own year marks the film a
    # period piece even when its genre fact says only "drama".
    offered = _premise_offers("drama", "In 1750s Ruritania, the father of Tobin Hale is killed in a duel over a horse.",
                              {"Gullhaven": "drama", "Brackwater": "crime drama", "Old Quay": "drama",
                               "Tallow Court": "period drama", "Queen's Ride": "historical drama",
                               "Lantern Year": "costume drama"})
    assert offered == {"Tallow Court", "Queen's Ride", "Lantern Year"}
    assert options.setting_year("an 18th-century rogue") == 1750
    assert options.setting_year("a clerk in 2010 Ruritania") == 2010
    assert options.setting_year("a clerk falls in love") is None


def test_a_premise_of_a_marked_kind_with_too_few_such_films_is_not_asked():
    others = {"Gullhaven": "drama", "Brackwater": "drama", "Old Quay": "drama", "Star Weir": "science fiction"}
    offered = _premise_offers("science-fiction drama",
                              "In a future Ruritania, Tobin Hale, a clerk, wakes on a starship bound for a dying star.", others)
    assert offered == set()  # fewer questions, never a giveaway
    # Nor when the clue does not show the kind (round 21: a fantasy's premise beside other dramas read as
    # a guess by kind once the film was seen).
    offered = _premise_offers("science-fiction drama",
                              "In Ruritania, Tobin Hale, a clerk, hides two deserters from the army in his boathouse.", others)
    assert offered == set()


def test_a_part_named_in_a_tradition_its_player_shares_offers_only_players_of_that_tradition():
    # Round 13: a Latin part played by the one Latin-named player among three others; and a Western
    # star offered for a Chinese part. A name-tradition table (options.toml) tells what a player hears.
    assert options.name_traditions("Diego Ferro") == {"latin"}
    assert options.name_traditions("Ivo Brandt") == frozenset()
    assert options.shared_tradition(["Diego Ferro"], ["Rafael Osk"]) == {"latin"}
    assert options.shared_tradition(["Diego Ferro"], ["Ivo Brandt"]) == frozenset()  # only when both are
    pool = Pool()
    _country(pool, 1, 2013, "Other Tale", "drama")
    for fid, name in ((2, "Peter Marrow"), (3, "John Morrow"), (4, "Tom Osk"), (5, "Carlos Pell"), (6, "Jorge Dale"),
                      (7, "Javier Brandt"), (8, "Paul Brandt")):
        _country(pool, fid, 2012, f"Tale {fid}", "drama")
        pool.add("actor", fid, name, 2)
    pool.finish()
    facts = {"cast": [_row("Other Tale is a 2013 Ruritanian drama film starring Miguel Osk as Diego Ferro, a lawyer "
                           "who defends his father.", actor="Miguel Osk", character="Diego Ferro", order=1, voice=False)]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2013, 20_000), facts, pool, random.Random(seed)):
            if q.family == "cast.lead":
                offered |= set(q.distractors)
    assert offered == {"Carlos Pell", "Jorge Dale", "Javier Brandt"}


def test_a_director_known_only_from_films_after_this_one_is_a_last_resort():
    # Round 13: a director whose first film came a year after the one asked about.
    pool = Pool()
    _country(pool, 1, 1998, "Other Tale", "drama")
    for fid, year, name in ((2, 1995, "Bede Marrow"), (3, 1996, "Kip Morrow"), (4, 1997, "Tam Osk"),
                            (5, 1999, "Lune Varga"), (6, 2001, "Wren Dale")):
        _country(pool, fid, year, f"Tale {fid}", "drama")
        pool.add("crew:director", fid, name, 1)
    pool.finish()
    facts = {"crew": [_row("Other Tale is a 1998 Ruritanian drama film directed by Ivo Brandt.", role="director",
                           name="Ivo Brandt")]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1998, 20_000), facts, pool, random.Random(seed)):
            if q.family == "crew.director":
                offered |= set(q.distractors)
    assert offered == {"Bede Marrow", "Kip Morrow", "Tam Osk"}


def test_an_appearance_that_names_no_part_is_a_bit_credit_for_a_leads_options():
    # Round 13: a player who "appears in the film recounting" a story (no part named), offered for the
    # young lead's part. Both ways a pool is fed: facts with their sentences, and (load_pool) the cast
    # sentences first, then fact rows without them.
    pool = Pool()
    pool.add_film(1, {"cast": [_row("Bede Marrow appears in the film recounting an old story.", actor="Bede Marrow",
                                    character="", order=5)]})
    _feed_genders(pool, [(2, "Kip Morrow", "Tobin", "Kip Morrow, in an uncredited role, as Tobin."),
                         (2, "Tam Osk", "", "Tam Osk appears in a brief fight scene."),
                         (2, "Ivo Brandt", "Hale", "Ivo Brandt appears as Hale, a ferryman.")])
    pool.add_film(2, {"cast": [{"actor": "Kip Morrow", "character": "Tobin", "order": 3},
                               {"actor": "Tam Osk", "character": "", "order": 4},
                               {"actor": "Ivo Brandt", "character": "Hale", "order": 1}]})
    pool.finish()
    assert {"Bede Marrow", "Kip Morrow", "Tam Osk"} <= pool.bit_only
    assert "Ivo Brandt" not in pool.bit_only  # "appears as Hale": a part


def test_round14_premise_blanks_read_as_descriptions():
    # (round 14: "Name the film: ___, a 26-year-old …" read as asking for the blank, a character)
    from bot.trivia.questions import describe_blanks
    assert describe_blanks("___, a 26-year-old drifter, is a lonely man in Ruritania.") == \
        "Its main character, a 26-year-old drifter, is a lonely man in Ruritania."
    assert describe_blanks("In 1975, the world champion, ___, announces a bout.") == \
        "In 1975, the world champion announces a bout."
    assert describe_blanks("With the war, ___, a university professor, is taken away.") == \
        "With the war, a university professor is taken away."
    assert describe_blanks("Convicted thief ___ is working when a big man named ___ drives up.") == \
        "A convicted thief is working when a big man drives up."
    assert describe_blanks("The film follows ___, a man who meets ___, a talking cat.") == \
        "The film follows a man who meets a talking cat."
    assert describe_blanks("The film begins with ___ awakening on a yacht.") == \
        "The film begins with someone awakening on a yacht."
    assert "___" not in describe_blanks('"___" is an officer of Ruritania.')


def test_round14_a_plot_child_is_marked_past_quotation_marks():
    # ('her young son "Kip"': the child offered as the gang's leader, round 14)
    plot = ['Tessa, a widow, lives with her young son "Kip" in Ruritania.']
    assert options.part_age(["Kip"], [], plot) == "young"
    assert any(options._words("child_parts").search(w) for w in options.part_words(["Kip"], [], plot))


def test_round14_fill_options_nearest_the_film_first():
    # A weak fill is taken nearest the film's years (round 14: a director last known ten years
    # before a 1959 film); one known only from films after it comes last; for a lead's award, a
    # player billed as a lead somewhere before one who never was.
    from types import SimpleNamespace
    pool = SimpleNamespace(careers={"Ora Pell": (1949,), "Bede Marrow": (1958,), "Ivo Brandt": (1961,)},
                           best_billing=lambda: {"Ora Pell": 1, "Bede Marrow": 7, "Ivo Brandt": 1})
    b = SimpleNamespace(year=1959, pool=pool)
    key = options._nearness(b, SimpleNamespace(kind="person", family="crew.director"), "Who directed it?")
    assert sorted(["Ivo Brandt", "Ora Pell", "Bede Marrow"], key=key) == ["Bede Marrow", "Ora Pell", "Ivo Brandt"]
    lead = options._nearness(b, SimpleNamespace(kind="person", family="awards.recipient_won"),
                             "Who won Best Actor at the Ruritanian Film Awards for Other Tale?")
    assert sorted(["Bede Marrow", "Ora Pell", "Ivo Brandt"], key=lead) == ["Ora Pell", "Ivo Brandt", "Bede Marrow"]


def test_round14_another_hand_in_the_directing_is_accepted_or_the_question_not_asked():
    # (round 14: a star-producer "acknowledged as director"; a director "shooting the star's sequences")
    pool = Pool()
    _country(pool, 1, 1946, "Other Tale", "musical")
    pool.finish()
    lead = "Other Tale is a 1946 Ruritanian musical film directed by Ora Pell."
    film = Film(1, "Other Tale", "Other Tale", 1946, 20_000)

    def asked(*production: str) -> list[str] | None:
        texts = [{"text": lead, "section": "Lead"}, *({"text": t, "section": "Production"} for t in production)]
        facts = {"crew": [_row(lead, role="director", name="Ora Pell")], "text": texts}
        q = _questions(film, facts, pool).get("Who directed Other Tale (1946)?")
        return q.answers if q else None
    assert asked() == ["Ora Pell"]
    assert asked("Modern filmographies acknowledge Bede Marrow's contributions as director.") == \
        ["Ora Pell", "Bede Marrow"]
    assert asked("The studio hired director Ivo Brandt in 1945.",
                 "Meanwhile, Brandt, rumored to take over the direction, was shooting the star's sequences.") == \
        ["Ora Pell", "Ivo Brandt"]
    assert asked("Meanwhile, someone else was shooting the dance sequences, the director said.") is None
    assert asked("Meanwhile, the studio's man was shooting the star's sequences under another direction.") is None
    assert asked("Ora Pell directed the battle scenes with great verve.") == ["Ora Pell"]


def test_round14_a_part_cast_young_elsewhere_is_asked_as_the_older_one():
    pool = Pool()
    _country(pool, 1, 2018, "Other Tale", "musical")
    pool.finish()
    lead = "Other Tale is a 2018 Ruritanian musical film starring Ora Pell as Tessa and Kip Morrow as Ivo."
    film = Film(1, "Other Tale", "Other Tale", 2018, 20_000)
    facts = {"cast": [_row(lead, actor="Ora Pell", character="Tessa", order=1, voice=0),
                      _row(lead, actor="Kip Morrow", character="Ivo", order=2, voice=0)],
             "text": [{"text": lead, "section": "Lead"},
                      {"text": "Lune Varga was cast as a young Tessa in August.", "section": "Casting"}]}
    qs = _questions(film, facts, pool)
    assert "Who played Tessa in Other Tale (2018)?" not in qs
    assert qs["Who played the older Tessa in Other Tale (2018)?"].answers == ["Ora Pell"]
    assert "Who played Ivo in Other Tale (2018)?" in qs


def test_a_director_known_only_from_stubs_is_a_poor_option_for_a_famous_film():
    # Round 14: two small indie directors offered beside a famous director for a studio film.
    chars = {1: 40_000, 2: 3_000, 3: 2_500, 4: 12_000}
    assert options.stub_known({2, 3}, chars)  # every film of theirs a stub
    assert not options.stub_known({2, 4}, chars)  # one film much more written of
    assert not options.stub_known(set(), chars)  # nothing known: no rule
    assert not options.stub_known({9}, chars)  # a film of unknown length is no stub


def test_which_film_won_a_festival_prize_offers_only_films_in_contention_somewhere():
    # Round 14: a thriller, a stunt comedy and a video film offered as a festival's screenplay winner.
    titles = ((1, "Other Tale"), (2, "Saltmarsh"), (3, "Tidewater"), (4, "Brackwater"), (5, "Kelp Row"))
    films = [Film(i, t, t, 1975, 20_000) for i, t in titles]
    facts = {f.id: {"identity": [_row(f"{f.title} is a 1975 drama film.", key="year", value="1975")],
                    "award": [], "crew": [], "money": []} for f in films}
    won = "At the 30th Ruritania Film Festival, Other Tale won the prize for Best Screenplay."
    facts[1]["award"] = [_row(won, ceremony="Ruritania Film Festival", ordinal=30, year=None,
                              category="Best Screenplay", outcome="won", recipient="")]
    # no other film in contention anywhere: not asked
    assert not [q for q in across_films(films, facts, random.Random(0)) if q.family == "films.won_award"]
    for fid, ceremony in ((2, "Academy Awards"), (3, "Osk Film Festival"), (4, "Golden Globe Awards")):
        facts[fid]["award"] = [_row(f"It was nominated at the {ceremony}.", ceremony=ceremony, ordinal=None,
                                    year=1976, category="Best Picture", outcome="nominated", recipient="")]
    for seed in range(6):
        q = next(q for q in across_films(films, facts, random.Random(seed)) if q.family == "films.won_award")
        assert set(q.distractors) == {"Saltmarsh", "Tidewater", "Brackwater"}  # never Kelp Row


def test_a_young_leads_film_offers_no_parent_for_a_part_of_no_marked_age():
    # Round 14: two players of mothers offered for the part of a high-school student's girlfriend.
    def offered(lead_part: str) -> set[str]:
        facts = {"cast": [_row(f"Ivo Brandt as Tobin Hale, {lead_part}.", actor="Ivo Brandt", character="Tobin Hale",
                               order=1, voice=False),
                          _row("Kip Morrow as Rob Dunn, a man of the town.", actor="Kip Morrow", character="Rob Dunn",
                               order=2, voice=False),
                          _row("Bede Marrow as Wade Hale, Tobin's father.", actor="Bede Marrow", character="Wade Hale",
                               order=3, voice=False)]}
        pool = Pool()
        _country(pool, 1, 2018, "Other Tale", "drama")
        pool.add_film(1, facts)
        for fid, name in ((2, "Lune Varga"), (3, "Tam Osk"), (4, "Cal Reed"), (5, "Wren Dale")):
            _country(pool, fid, 2017, f"Tale {fid}", "drama")
            pool.add_film(fid, {"cast": [_row(f"{name} as Gus, a man of the hills.", actor=name, character="Gus",
                                              order=1)]})
        pool.finish()
        got: set[str] = set()
        for seed in range(12):
            for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2018, 20_000), facts, pool,
                                        random.Random(seed)):
                if q.answers == ["Kip Morrow"] and "Rob Dunn" in q.text:
                    got |= set(q.distractors)
        return got
    assert offered("a man of the town") and "Bede Marrow" in offered("a man of the town")
    young = offered("a high school student")
    assert young and "Bede Marrow" not in young


def test_which_film_won_at_a_major_ceremony_offers_films_in_contention_when_the_season_has_three():
    titles = ((1, "Other Tale"), (2, "Saltmarsh"), (3, "Tidewater"), (4, "Brackwater"), (5, "Kelp Row"), (6, "Old Quay"))
    films = [Film(i, t, t, 1975, 20_000) for i, t in titles]
    facts = {f.id: {"identity": [_row(f"{f.title} is a 1975 drama film.", key="year", value="1975")],
                    "award": [], "crew": [], "money": []} for f in films}
    won = "At the 48th Academy Awards, Other Tale won Best Picture."
    facts[1]["award"] = [_row(won, ceremony="Academy Awards", ordinal=48, year=None, category="Best Picture",
                              outcome="won", recipient="")]
    for fid in (2, 3, 4):
        facts[fid]["award"] = [_row("It was nominated at the Golden Globe Awards.", ceremony="Golden Globe Awards",
                                    ordinal=None, year=1976, category="Best Actor", outcome="nominated", recipient="")]
    for seed in range(6):
        q = next(q for q in across_films(films, facts, random.Random(seed)) if q.family == "films.won_award")
        assert set(q.distractors) == {"Saltmarsh", "Tidewater", "Brackwater"}  # not the films of no prize


def test_a_crew_option_is_someone_credited_with_that_job():
    # Round 15: a film's screenwriter offered as its director; a star with one writing credit offered
    # as another film's writer; a player the library credits with no crew job is never a crew option.
    assert options.job_rank("director", frozenset({"writer"}), 0, 0) == options.LAST
    assert options.job_rank("director", frozenset({"director"}), 3, 1) == options.FAIR
    assert options.job_rank("writer", frozenset({"director"}), 1, 0) == options.FAIR  # directors write
    assert options.job_rank("writer", frozenset({"writer"}), 1, 2) == options.POOR  # a player first
    assert options.job_rank("writer", frozenset({"writer"}), 2, 2) == options.FAIR
    assert options.job_rank("director", frozenset(), 0, 3) == options.NEVER  # a player only
    assert options.job_rank("director", frozenset(), 0, 0) == options.FAIR  # nothing known of them
    assert options.LAST < options.NEVER and options.POOR < options.LAST
    counts = options.role_counts({"actor": [(1, "Ivo Brandt", 1.0), (2, "Ivo Brandt", 2.0)],
                                  "crew:writer": [(1, "Ivo Brandt", 0.0)], "title": [(1, "Other Tale", 0.0)]})
    assert counts == {("actor", "Ivo Brandt"): 2, ("crew:writer", "Ivo Brandt"): 1}


def test_a_screenwriter_is_the_last_director_option_and_a_player_with_one_script_no_fair_writer():
    # Two directors of the film's day, one whose only film came three years later (poor), the film's
    # own screenwriter (last); two writers of its day, one of nine years before (weak), and a
    # player of three films with one script (poor).
    facts = {"crew": [_row("Other Tale is a 1983 film directed by Ivo Brandt.", role="director", name="Ivo Brandt"),
                      _row("Other Tale is a 1983 film written by Kip Morrow.", role="writer", name="Kip Morrow")],
             "cast": [_row("It stars Lune Varga.", actor="Lune Varga", character="Tessa", order=1, voice=False)]}
    pool = Pool()
    _country(pool, 1, 1983, "Other Tale", "drama")
    for fid, (name, year) in enumerate((("Bede Marrow", 1982), ("Jo Bell", 1982), ("Wren Dale", 1986)), start=2):
        _country(pool, fid, year, f"Tale {fid}", "drama")
        pool.add("crew:director", fid, name)
    for fid, (name, year) in enumerate((("Cal Reed", 1982), ("Ada Voss", 1982), ("Rhee Lund", 1974)), start=5):
        _country(pool, fid, year, f"Tale {fid}", "drama")
        pool.add("crew:writer", fid, name)
    for fid in (8, 9, 10):
        _country(pool, fid, 1984, f"Tale {fid}", "drama")
        pool.add("actor", fid, "Tam Osk", 1.0)
    pool.add("crew:writer", 8, "Tam Osk")
    pool.finish()
    asked = 0
    for seed in range(6):
        qs = {q.text: q for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1983, 20_000), facts, pool,
                                                    random.Random(seed))}
        # (the film's own director is a fair writing option: directors write)
        for text, wrong, fill in (("Who directed Other Tale (1983)?", "Kip Morrow", {"Wren Dale"}),
                                  ("Who wrote Other Tale (1983)?", "Tam Osk", {"Rhee Lund", "Ivo Brandt"})):
            if text in qs and qs[text].distractors:
                asked += 1
                assert wrong not in qs[text].distractors and fill & set(qs[text].distractors)
    assert asked


def test_a_critic_option_is_of_the_quotes_era():
    # Round 15: a critic of recent films offered for a contemporary review of a 1954 film; their
    # own retrospective of the asked film does not place them in its day.
    years = options.critic_years({"critic": [(1, "Ora Pell", 0.0), (2, "Ora Pell", 0.0), (3, "Ora Pell", 0.0),
                                             (1, "Bede Marrow", 0.0)]}, {1: 1954, 2: 2013, 3: 2018})
    assert years["Ora Pell"] == ((1954, 1), (2013, 2), (2018, 3))
    assert options.era_of_critic(years["Ora Pell"], 1) == (2013, 2018)
    assert options.critic_rank(options.era_of_critic(years["Ora Pell"], 1), 1954) == options.NEVER
    assert options.critic_rank(options.era_of_critic(years["Bede Marrow"], 1), 1954) == options.FAIR  # nothing else
    assert options.critic_rank((1950, 1957), 1954) == options.FAIR
    assert options.critic_rank((2013,), 2016) == options.FAIR
    assert options.critic_rank((2013,), None) == options.FAIR


def test_an_acting_award_option_acclaimed_only_decades_before_is_never_offered():
    # Round 15: a star acclaimed only in the 1950s (a late cameo keeping her career in reach)
    # offered for a 1999 Best Actress award.
    years = options.acclaim_years([("Ora Pell", 1953), ("Ora Pell and Lune Varga", 1996), ("Kip Morrow", 0)])
    assert years == {"Ora Pell": (1953, 1996), "Lune Varga": (1996,)}
    assert options.acclaim_rank((1953,), 1999) == options.NEVER
    assert options.acclaim_rank(years["Ora Pell"], 1999) == options.FAIR
    assert options.acclaim_rank(None, 1999) == options.FAIR


def test_a_given_name_given_to_both_genders_settles_none():
    # Round 15: a woman named Jackie (no pronoun in the library) offered beside men for a man's part.
    from bot.trivia.questions import _all_given_names, _given_names

    assert "jackie" not in _given_names() and "terry" not in _given_names()
    assert {"jackie", "terry"} <= _all_given_names()


def test_a_noirs_source_options_are_noirs_sources_first():
    # Round 15: a musical drama's source novel offered beside noirs' novels for a noir's source.
    facts = {"identity": [_row("Other Tale is a 1947 film noir based on the novel Cold Harbour.", key="based_on",
                               value="Cold Harbour"),
                          _row("Other Tale is a 1947 film noir.", key="genre", value="film noir")]}
    pool = Pool()
    pool.years[1] = 1947
    pool.add("title", 1, "Other Tale", 20_000)
    works = {2: ("Grey Quay", "film noir"), 3: ("Night Ferry", "film noir"), 4: ("Salt Road", "film noir"),
             5: ("Sister Tessa", "musical drama"), 6: ("Ruritanian Waltz", "musical drama")}
    for fid, (work, genre) in works.items():
        pool.years[fid] = 1946
        pool.add("title", fid, f"Tale {fid}", 20_000)
        pool.add_film(fid, {"identity": [{"key": "genre", "value": genre}, {"key": "based_on", "value": work}]})
    pool.finish()
    asked = 0
    for seed in range(6):
        qs = {q.text: q for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1947, 20_000), facts, pool,
                                                    random.Random(seed))}
        q = qs.get("Other Tale (1947) is based on which work?")
        if q is not None and q.distractors:
            asked += 1
            assert set(q.distractors) == {"Grey Quay", "Night Ferry", "Salt Road"}
    assert asked


def _directed(pool: Pool, fid: int, year: int, name: str, genre: str, chars: int = 20_000) -> None:
    pool.years[fid] = year
    pool.add("title", fid, f"Tale {fid}", chars)
    pool.add_film(fid, {"identity": [{"key": "country", "value": "Ruritanian"}, {"key": "genre", "value": genre}]})
    pool.add("crew:director", fid, name)


def _director_options(pool: Pool, fid: int, title: str, year: int, genre: str) -> set[str] | None:
    """Every option a game draws (over twelve seeds) for the film's director question; None when it
    is not asked with buttons."""
    facts = {"crew": [_row(f"{title} is a {year} Ruritanian {genre} film directed by Ivo Brandt.",
                           role="director", name="Ivo Brandt")]}
    offered: set[str] = set()
    for seed in range(12):
        q = {q.text: q for q in questions_for_film(Film(fid, title, title, year, 30_000), facts, pool,
                                                    random.Random(seed))}[f"Who directed {title} ({year})?"]
        if len(q.distractors) != 3:
            return None
        offered |= set(q.distractors)
    return offered


def test_an_animated_films_director_question_takes_live_action_directors_of_its_era_when_short():
    # Rounds 10-15: a famous cartoon asked only a critic's quote, its director question dropped for
    # want of animation directors in the library. A live-action director of its era and industry,
    # known from a substantial article, fills it after every animation director; one known only from
    # a stub never does.
    pool = Pool()
    _directed(pool, 1, 2004, "Ivo Brandt", "animated comedy", 30_000)
    _directed(pool, 2, 2003, "Kip Morrow", "animated fantasy")
    _directed(pool, 3, 2002, "Bede Marrow", "drama")
    _directed(pool, 4, 2003, "Tam Osk", "comedy")
    _directed(pool, 5, 2004, "Cal Reed", "drama", 2_000)  # a stub's director: nobody places him
    pool.finish()
    assert _director_options(pool, 1, "Other Tale", 2004, "animated comedy") == {"Kip Morrow", "Bede Marrow",
                                                                                 "Tam Osk"}
    # Animation directors enough: the same medium only.
    pool = Pool()
    _directed(pool, 1, 2004, "Ivo Brandt", "animated comedy", 30_000)
    for fid, name in ((2, "Kip Morrow"), (6, "Ned Hale"), (7, "Rob Dunn")):
        _directed(pool, fid, 2003, name, "animated fantasy")
    _directed(pool, 3, 2002, "Bede Marrow", "drama")
    _directed(pool, 4, 2003, "Tam Osk", "comedy")
    pool.finish()
    assert _director_options(pool, 1, "Other Tale", 2004, "animated comedy") == {"Kip Morrow", "Ned Hale", "Rob Dunn"}
    # ... and a live-action film's director question never takes an animation director.
    pool = Pool()
    _directed(pool, 1, 2004, "Ivo Brandt", "comedy", 30_000)
    for fid, name in ((2, "Kip Morrow"), (6, "Ned Hale"), (7, "Rob Dunn")):
        _directed(pool, fid, 2003, name, "animated fantasy")
    _directed(pool, 3, 2002, "Bede Marrow", "drama")
    _directed(pool, 4, 2003, "Tam Osk", "comedy")
    pool.finish()
    assert _director_options(pool, 1, "Other Tale", 2004, "comedy") is None


def test_medium_fill_wants_a_substantial_article():
    chars = {1: 20_000, 2: 2_000}
    assert options.medium_fill({1, 2}, chars)
    assert not options.medium_fill({2}, chars) and not options.medium_fill(set(), chars)


def test_an_undated_animated_films_director_question_takes_no_live_action_fill():
    # A film of no stated year has no era to take a live-action director of (one guessed from its
    # people may be decades off: an undated cartoon of the 2020s was offered a 2013 director).
    pool = Pool()
    pool.add("title", 1, "Other Tale", 30_000)
    pool.add_film(1, {"identity": [{"key": "country", "value": "Ruritanian"}, {"key": "genre", "value": "animated comedy"}]})
    pool.add("crew:director", 1, "Ivo Brandt")
    _directed(pool, 2, 2003, "Kip Morrow", "animated fantasy")
    _directed(pool, 3, 2002, "Bede Marrow", "drama")
    _directed(pool, 4, 2003, "Tam Osk", "comedy")
    pool.finish()
    facts = {"crew": [_row("Other Tale is a Ruritanian animated comedy film directed by Ivo Brandt.",
                           role="director", name="Ivo Brandt")]}
    for seed in range(6):
        q = {q.text: q for q in questions_for_film(Film(1, "Other Tale", "Other Tale", None, 30_000), facts, pool,
                                                    random.Random(seed))}["Who directed Other Tale?"]
        assert not {"Bede Marrow", "Tam Osk"} & set(q.distractors)


def test_an_animated_films_premise_takes_other_lands_cartoons_of_its_era_when_its_own_lack():
    # Rounds 13-15: a famous cartoon of a small animation industry lost its premise question (its
    # game asked a critic's quote): the library held no three cartoons of its land near its year.
    pool = Pool()
    _country(pool, 1, 2001, "Other Tale", "animated fantasy")
    pool.animated.add(1)
    for fid, title, year in ((2, "Gullhaven", 1999), (3, "Tidewater", 2004), (4, "Brackwater", 2011),
                             (5, "Old Quay", 1970)):
        pool.years[fid] = year
        pool.add("title", fid, title, 20_000)
        pool.add_film(fid, {"identity": [{"key": "country", "value": "Freedonian"},
                                         {"key": "genre", "value": "animated fantasy"}]})
        pool.animated.add(fid)
    _country(pool, 6, 2001, "Kelp Row", "fantasy drama")  # its land's live-action film: no cartoon
    pool.finish()
    facts = {"identity": [_row("Other Tale is a 2001 Ruritanian animated fantasy film.", key="genre",
                               value="animated fantasy")],
             "cast": [_row("Lune Varga voices Tessa.", actor="Lune Varga", character="Tessa", voice=True, order=1)],
             "text": [{"text": "Other Tale is a 2001 Ruritanian animated fantasy film.", "section": "Lead"},
                      {"text": "The film follows Tessa, a girl who wanders into a spirit world where her parents "
                               "are turned into geese.", "section": "Plot"}]}
    offered: set[str] = set()
    for seed in range(8):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2001, 20_000), facts, pool, random.Random(seed)):
            if q.family == "title.from_premise":
                assert len(q.distractors) == 3
                offered |= set(q.distractors)
            if q.family == "title.from_credits":  # "Which Ruritanian film …?": never another land's
                assert not q.distractors
    # other lands' cartoons within PREMISE_NEAR years; never its land's live-action film, nor one of 1970
    assert offered == {"Gullhaven", "Tidewater", "Brackwater"}


def _sexed(pool: Pool, fid: int, year: int, title: str, players: dict[str, str]) -> None:
    """A Ruritanian drama of *year* crediting *players* (name -> "m" / "f", as its pronouns tell)."""
    _country(pool, fid, year, title, "drama")
    for order, (name, g) in enumerate(players.items(), start=1):
        pool.add("actor", fid, name, order)
        pool.genders[options.q.norm(name)] = g


def test_round16_a_debut_takes_its_own_cast_then_nobody_known_from_earlier_films():
    # Round 16: a comedy star of the decade's films offered beside the film's own cast as the one
    # who made a debut in it. The own cast who did not debut come first; a fill is never someone
    # the library shows in earlier films (Bede Marrow, known from 1938).
    pool = Pool()
    _sexed(pool, 1, 1946, "Other Tale", {"Ivo Brandt": "m", "Ora Pell": "f", "Kip Morrow": "m", "Tam Osk": "m"})
    _sexed(pool, 2, 1938, "Tale 2", {"Bede Marrow": "m"})
    _sexed(pool, 3, 1946, "Tale 3", {"Bede Marrow": "m", "Cal Reed": "m", "Wren Dale": "m", "Lune Varga": "f"})
    _sexed(pool, 4, 1947, "Tale 4", {"Jory Vale": "m"})
    pool.finish()
    lead = "Other Tale is a 1946 Ruritanian drama film starring Ivo Brandt (in his film debut), Ora Pell, Kip Morrow and Tam Osk."
    facts = {"cast": [_row(lead, actor=a, character="", order=i, voice=False)
                      for i, a in enumerate(("Ivo Brandt", "Ora Pell", "Kip Morrow", "Tam Osk"), start=1)],
             "text": [{"text": lead, "section": "Lead"}]}
    offered: list[set[str]] = []
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1946, 20_000), facts, pool, random.Random(seed)):
            if q.family == "cast.debut" and q.distractors:
                offered.append(set(q.distractors))
    assert offered
    for opts in offered:
        assert {"Kip Morrow", "Tam Osk"} <= opts  # the own cast first
        assert "Bede Marrow" not in opts  # known from a 1938 film: no debut here
        assert opts <= {"Kip Morrow", "Tam Osk", "Cal Reed", "Wren Dale", "Jory Vale"}


def test_round16_partless_twins_billed_together_are_a_childs_players():
    cast = [{"actor": "Ora Pell", "character": "Tessa", "order": 1},
            {"actor": "Lune Osk", "character": "", "order": 2}, {"actor": "Mira Osk", "character": "", "order": 3},
            {"actor": "Tam Osk", "character": "", "order": 5}, {"actor": "Kip Morrow", "character": "", "order": 4}]
    for c in cast:
        c["source"] = {"sentence": "Other Tale stars Ora Pell, Lune Osk, Mira Osk, Kip Morrow and Tam Osk."}
    assert options.partless_twins(cast, True) == {"Lune Osk", "Mira Osk"}  # Tam Osk is not billed beside them
    assert options.partless_twins(cast, False) == set()  # no child in the plot: two kin, not a baby's twins


def test_round16_a_toddlers_twin_players_are_no_option_for_a_grown_part():
    # Round 16: one of the toddler twins the lead lists (the cast list names no part for them)
    # offered as the grown lead's player.
    pool = Pool()
    _sexed(pool, 1, 2018, "Other Tale", {"Ora Pell": "f", "Lune Osk": "f", "Mira Osk": "f", "Kip Morrow": "m",
                                         "Wren Dale": "f"})
    for fid in range(2, 8):
        _sexed(pool, fid, 2017, f"Tale {fid}", {f"Ada Vey{fid}": "f"})
    pool.finish()
    lead = "Other Tale is a 2018 Ruritanian drama film starring Ora Pell, Kip Morrow, Lune Osk, Mira Osk and Wren Dale."
    facts = {"cast": [_row("Ora Pell as Tessa, Kip's sister", section="Cast", actor="Ora Pell", character="Tessa",
                           order=1, voice=False),
                      _row("Kip Morrow as Kip, Tessa's brother", section="Cast", actor="Kip Morrow", character="Kip",
                           order=2, voice=False),
                      _row(lead, actor="Lune Osk", character="", order=3, voice=False),
                      _row(lead, actor="Mira Osk", character="", order=4, voice=False),
                      _row("Wren Dale as Vessa", section="Cast", actor="Wren Dale", character="Vessa", order=5,
                           voice=False)],
             "text": [{"text": lead, "section": "Lead"},
                      {"text": "Tessa picks up her brother Kip and his young daughter Mirel.", "section": "Plot"}]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2018, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Ora Pell"] and "Tessa" in q.text:
                offered |= set(q.distractors)
    assert offered
    assert not offered & {"Lune Osk", "Mira Osk"}


def test_round16_a_part_described_before_a_comma_takes_its_age():
    # Round 16: "his teenaged daughter's best friend, Tessa (Ora Pell)" in the lead marks Tessa young.
    said = "Kip Morrow stars as Tobin, who becomes infatuated with his teenaged daughter's best friend, Tessa (Ora Pell)."
    assert options.part_age(["Tessa"], [("Tessa", said)], []) == "young"
    assert options.part_age(["Tessa"], [], ["Tobin meets Kip's wife, Tessa, at the ferry."]) == "grown"
    # a clause before the comma describes nobody
    assert options.part_age(["Tessa"], [], ["After her father dies, Tessa leaves Ruritania."]) == ""
    assert options.part_age(["Tessa"], [], ["When his son is born, Tessa leaves."]) == ""


def test_round16_a_cast_of_one_gender_takes_alongside_options_of_it():
    # Round 16: two actresses beside a martial-arts film's actor as who appears alongside its star,
    # every credited player a man (two of them of unknown gender).
    pool = Pool()
    _sexed(pool, 1, 1973, "Other Tale", {"Ivo Brandt": "m", "Kip Morrow": "m", "Tam Osk": "m"})
    pool.add("actor", 1, "Zu Hal", 4)
    pool.add("actor", 1, "Qo Ren", 5)
    for fid, (name, g) in enumerate((("Ora Pell", "f"), ("Lune Varga", "f"), ("Bede Marrow", "m"), ("Cal Reed", "m"),
                                      ("Wren Dale", "f"), ("Jory Vale", "m"), ("Ada Vey", "f"), ("Dun Ash", "m")),
                                     start=2):
        _sexed(pool, fid, 1972, f"Tale {fid}", {name: g})
    pool.finish()
    lead = "Other Tale is a 1973 Ruritanian drama film starring Ivo Brandt, Kip Morrow, Tam Osk, Zu Hal and Qo Ren."
    facts = {"cast": [_row(lead, actor=a, character="", order=i, voice=False)
                      for i, a in enumerate(("Ivo Brandt", "Kip Morrow", "Tam Osk", "Zu Hal", "Qo Ren"), start=1)],
             "text": [{"text": lead, "section": "Lead"}]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1973, 20_000), facts, pool, random.Random(seed)):
            if q.family == "cast.alongside":
                offered |= set(q.distractors)
    assert offered
    assert offered <= {"Bede Marrow", "Cal Reed", "Jory Vale", "Dun Ash"}


def _director_options_of(pool: Pool, fid: int, title: str, year: int, genre: str, lead: str = "") -> set[str] | None:
    """_director_options with the film's genre among its facts (as an ingested article gives it)
    and, when given, its lead's text."""
    lead = lead or f"{title} is a {year} Ruritanian {genre} film directed by Ivo Brandt."
    facts = {"crew": [_row(lead, role="director", name="Ivo Brandt")],
             "identity": [_row(lead, key="genre", value=genre)],
             "text": [{"text": lead, "section": "Lead"}]}
    offered: set[str] = set()
    for seed in range(12):
        q = {q.text: q for q in questions_for_film(Film(fid, title, title, year, 30_000), facts, pool,
                                                    random.Random(seed))}.get(f"Who directed {title} ({year})?")
        if q is None or len(q.distractors) != 3:
            return None
        offered |= set(q.distractors)
    return offered


def test_round16_a_documentarys_director_options_are_documentary_makers():
    # Round 16: Hollywood comedy directors offered for a documentary's director. Its options are
    # people the library credits with a documentary; a fiction director never, even when that
    # leaves the question typed-only.
    pool = Pool()
    _directed(pool, 1, 2009, "Ivo Brandt", "documentary")
    for fid, name in ((2, "Kip Morrow"), (3, "Ned Hale"), (4, "Rob Dunn")):
        _directed(pool, fid, 2008, name, "documentary")
    _directed(pool, 5, 2009, "Bede Marrow", "comedy")
    _directed(pool, 6, 2010, "Tam Osk", "drama")
    pool.finish()
    assert _director_options_of(pool, 1, "Other Tale", 2009, "documentary") == {"Kip Morrow", "Ned Hale", "Rob Dunn"}
    pool = Pool()
    _directed(pool, 1, 2009, "Ivo Brandt", "documentary")
    _directed(pool, 2, 2008, "Kip Morrow", "documentary")
    for fid, name in ((5, "Bede Marrow"), (6, "Tam Osk"), (7, "Cal Reed")):
        _directed(pool, fid, 2009, name, "comedy")
    pool.finish()
    assert _director_options_of(pool, 1, "Other Tale", 2009, "documentary") is None


def test_round16_an_animated_films_live_action_fill_shares_a_genre_besides_animation():
    # Round 16: a period drama's director offered for an animated space opera's ("weak for an
    # animated Star Wars film"). A live-action fill must share a genre family with it besides animation.
    pool = Pool()
    _directed(pool, 1, 2008, "Ivo Brandt", "animated science fiction", 30_000)
    _directed(pool, 2, 2007, "Kip Morrow", "animated comedy")
    _directed(pool, 3, 2006, "Ned Hale", "animated fantasy")
    _directed(pool, 4, 2008, "Bede Marrow", "period drama")  # live action, nothing in common
    _directed(pool, 5, 2009, "Tam Osk", "science fiction thriller")  # live action, science fiction
    pool.finish()
    assert _director_options_of(pool, 1, "Other Tale", 2008, "animated science fiction") == {
        "Kip Morrow", "Ned Hale", "Tam Osk"}


def test_round16_film_fame_reads_article_length_major_nominations_and_scale():
    items = {"category:Academy Awards": [(3, "Best Picture", 0.0), (3, "Best Director", 0.0), (3, "Best Actor", 0.0)],
             "category:Ruritanian Film Festival": [(4, "Best Film", 0.0)] * 5}
    chars = {1: 30_000, 2: 2_500, 3: 800, 4: 800, 5: 8_000, 6: 900}
    fame = options.film_fame(items, chars, {6: 150e6})
    assert fame[1] == 2 and fame[3] == 2 and fame[6] == 2  # long, three major nominations, a blockbuster
    assert fame[5] == 1 and fame[2] == 0  # a full article; a short one that is no lead
    assert 4 not in fame  # a lead-sized article: a minor festival's prizes tell nothing of fame
    assert options.person_fame({2, 4}, fame) == 0 and options.person_fame({4}, fame) is None
    assert options.fame_apart(2, 0) and options.fame_apart(0, 2) and not options.fame_apart(1, 2)
    assert not options.fame_apart(None, 0)
    assert options.lead_fame("Other Tale is a 1953 Ruritanian 15-chapter science fiction film serial.") == 0
    assert options.lead_fame("Other Tale is a 1953 Ruritanian science fiction film.") is None
    assert options.lead_fame("Other Tale is a 2018 Ruritanian thriller about a serial killer.") is None


def test_round16_an_obscure_films_director_options_are_not_famous_auteurs():
    # Round 16: famous directors offered beside a serial's little-known director ("a giveaway by
    # elimination"). Directors known from famous films come after those of comparable notability.
    pool = Pool()
    _directed(pool, 1, 1953, "Ivo Brandt", "science fiction", 700)
    _directed(pool, 2, 1952, "Kip Morrow", "science fiction", 2_000)
    _directed(pool, 3, 1951, "Ned Hale", "science fiction", 6_000)
    _directed(pool, 4, 1953, "Rob Dunn", "science fiction", 3_000)
    _directed(pool, 5, 1953, "Bede Marrow", "science fiction", 40_000)  # a famous film's director
    pool.finish()
    lead = "Other Tale is a 1953 Ruritanian science fiction film serial directed by Ivo Brandt."
    assert _director_options_of(pool, 1, "Other Tale", 1953, "science fiction", lead) == {
        "Kip Morrow", "Ned Hale", "Rob Dunn"}
    # ... and the mirror: a famous film's director beside nobodies only when nobody fairer is left.
    pool = Pool()
    _directed(pool, 1, 1953, "Ivo Brandt", "science fiction", 40_000)
    _directed(pool, 2, 1952, "Kip Morrow", "science fiction", 2_000)  # a short article: few know it
    _directed(pool, 3, 1951, "Ned Hale", "science fiction", 6_000)
    _directed(pool, 6, 1955, "Ned Hale", "science fiction", 5_000)  # a career: two films
    _directed(pool, 4, 1953, "Rob Dunn", "science fiction", 30_000)
    _directed(pool, 5, 1953, "Bede Marrow", "science fiction", 20_000)
    pool.finish()
    assert _director_options_of(pool, 1, "Other Tale", 1953, "science fiction") == {"Ned Hale", "Rob Dunn",
                                                                                   "Bede Marrow"}


def test_round23_a_famous_films_director_takes_no_director_known_from_one_small_film():
    # Round 23: three directors of one small recent film each (a streaming comedy, a thriller stub)
    # beside a famous awards film's director, "a giveaway by standing". A famous film's director
    # options are people the library knows from a famous film, from a film up for a major award or
    # from two films; when fewer than three are left, the question gets no buttons at all.
    def library(with_third: bool) -> Pool:
        pool = Pool()
        _directed(pool, 1, 2018, "Ivo Brandt", "crime drama", 40_000)
        _directed(pool, 2, 2018, "Kip Morrow", "crime drama", 8_000)  # one film, known but not famous
        _directed(pool, 3, 2017, "Ned Hale", "crime drama", 6_000)  # likewise
        _directed(pool, 4, 2016, "Rob Dunn", "crime drama", 30_000)  # a famous film
        _directed(pool, 5, 2018, "Bede Marrow", "crime drama", 7_000)
        _directed(pool, 6, 2015, "Bede Marrow", "crime drama", 7_000)  # two films
        _directed(pool, 7, 2017, "Cal Vey", "crime drama", 7_000)
        if with_third:  # up for major awards
            for cat in ("Best Picture", "Best Director"):
                pool.add("category:Academy Awards", 7, cat)
        return pool.finish()
    assert _director_options_of(library(True), 1, "Other Tale", 2018, "crime drama") == {
        "Rob Dunn", "Bede Marrow", "Cal Vey"}
    assert _director_options_of(library(False), 1, "Other Tale", 2018, "crime drama") is None
    assert options.one_film_name([2], {2: 1}, {}) and not options.one_film_name([2], {2: 1}, {2: 2})
    assert not options.one_film_name([2, 3], {}, {}) and not options.one_film_name([2], {2: 2}, {})


def test_round16_billed_twins_across_the_library_are_a_childs_players():
    rows = [(1, "Ora Pell", 1), (1, "Lune Osk", 2), (1, "Mira Osk", 3), (1, "Kip Morrow", 4), (1, "Tam Osk", 5),
            (2, "Ivo Brandt", 1), (2, "Bede Vey", 2), (2, "Cal Vey", 3), (3, "Cal Vey", 1)]
    # Lune and Mira Osk: side by side, one surname, no part, one film; Tam Osk is not billed beside
    # them, Bede and Cal Vey are not both known from one film alone, Ora Pell has a part.
    assert options.billed_twins(rows, {"Ora Pell"}) == {"Lune Osk", "Mira Osk"}
    assert options.billed_twins(rows, {"Ora Pell", "Lune Osk"}) == frozenset()


def test_round16_another_films_toddler_twin_is_no_option_for_a_grown_part():
    # Round 16: a toddler twin of one film (billed beside her twin, no part named) offered for another
    # film's mother.
    pool = Pool()
    _sexed(pool, 1, 2018, "Other Tale", {"Ora Pell": "f", "Wren Dale": "f", "Ada Vey": "f", "Lin Roe": "f"})
    _sexed(pool, 2, 2018, "Tale 2", {"Nell Hart": "f", "Lune Osk": "f", "Mira Osk": "f", "Kip Morrow": "m"})
    for fid in range(3, 9):
        _sexed(pool, fid, 2017, f"Tale {fid}", {f"Eda Vey{fid}": "f"})
    pool.add_film(2, {"cast": [{"actor": "Nell Hart", "character": "Tessa", "order": 1}]})
    pool.finish()
    assert {"Lune Osk", "Mira Osk"} <= pool.kids
    facts = {"cast": [_row("Ora Pell as Maren, Kip's mother", section="Cast", actor="Ora Pell", character="Maren",
                           order=1, voice=False)],
             "text": [{"text": "Other Tale is a 2018 Ruritanian drama film starring Ora Pell.", "section": "Lead"}]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2018, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Ora Pell"]:
                offered |= set(q.distractors)
    assert offered
    assert not offered & {"Lune Osk", "Mira Osk"}


def test_round16_a_debut_never_takes_another_films_lead():
    # Round 16: a star of another film (its lead, not in this one) offered beside the film's own
    # cast for "made their debut in it", though the library first knows him from a later film.
    pool = Pool()
    _sexed(pool, 1, 1946, "Other Tale", {"Ivo Brandt": "m", "Ora Pell": "f", "Kip Morrow": "m", "Tam Osk": "m"})
    _sexed(pool, 2, 1948, "Tale 2", {"Bede Marrow": "m"})  # another film's lead, two years on
    _sexed(pool, 3, 1946, "Tale 3", {"Lune Varga": "f", "Wren Dale": "m", "Cal Reed": "m", "Jory Vale": "m"})
    pool.finish()
    lead = "Other Tale is a 1946 Ruritanian drama film starring Ivo Brandt (in his film debut), Ora Pell, Kip Morrow and Tam Osk."
    facts = {"cast": [_row(lead, actor=a, character="", order=i, voice=False)
                      for i, a in enumerate(("Ivo Brandt", "Ora Pell", "Kip Morrow", "Tam Osk"), start=1)],
             "text": [{"text": lead, "section": "Lead"}]}
    offered: list[set[str]] = []
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1946, 20_000), facts, pool, random.Random(seed)):
            if q.family == "cast.debut" and q.distractors:
                offered.append(set(q.distractors))
    assert offered
    for opts in offered:
        assert {"Kip Morrow", "Tam Osk"} <= opts and "Bede Marrow" not in opts


def test_round16_a_leads_bracketed_player_after_a_persons_word_tells_the_parts_age():
    rows = [(1, "Under the tutelage of her estranged grandmother (Varga), the kingdom's queen, Tessa must decide."),
            (1, "The film follows Tessa Osk (Pell), a shy teenager."),  # the word comes after: not read here
            (2, "It follows his teenage son (Kip Morrow) and his wife (Ada Vey) through one summer (1999)."),
            (3, "Her mother (Osk) leaves.")]  # two players of that surname: whose part is unknown
    actors = [(1, "Lune Varga", 2), (1, "Ora Pell", 1), (2, "Kip Morrow", 1), (2, "Ada Vey", 2),
              (3, "Tam Osk", 1), (3, "Mira Osk", 2)]
    assert sorted(options.lead_part_ages(rows, actors)) == [("Ada Vey", 2, "grown"), ("Kip Morrow", 2, "young"),
                                                             ("Lune Varga", 1, "old")]
    assert options.pool_part_age("Tessa", "Lune Varga as Tessa, Kip's grandmother") == "old"
    assert options.pool_part_age("Tessa", "Lune Varga as Tessa, Kip's mother") == "grown"
    assert options.elder_near(((2001, "old"),), 1999) and not options.elder_near(((2001, "old"),), 1990)
    assert options.other_age("young", ((2001, "old"),), 1999)  # an elder's part is a grown one
    assert not options.other_age("grown", ((2001, "old"),), 1999)


def test_round16_a_grandmothers_player_is_no_option_for_a_young_part():
    # Round 16: an actress known to the library only from a grandmother's part two years later
    # offered for a teenager's part (and for a young heroine's).
    pool = Pool()
    _sexed(pool, 1, 1999, "Other Tale", {"Kip Morrow": "m", "Ora Pell": "f", "Wren Dale": "f", "Ada Vey": "f"})
    _sexed(pool, 2, 2001, "Tale 2", {"Nell Hart": "f", "Lune Varga": "f"})
    for actor, fid, age in options.lead_part_ages(
            [(2, "Under the tutelage of her estranged grandmother (Varga), Tessa must decide."),
             (2, "Her mother (Hart) leaves.")],  # a mother's player: as weak a fill, never ruled out
            pool.items["actor"]):
        pool._part_ages.setdefault(actor, set()).add((fid, age))
    pool.finish()
    lead = ("Other Tale is a 1999 Ruritanian drama film. Kip Morrow stars as Tobin, who becomes infatuated with "
            "his teenaged daughter's best friend, Tessa (Ora Pell).")
    facts = {"cast": [_row(lead, actor="Kip Morrow", character="Tobin", order=1, voice=False),
                      _row(lead, actor="Ora Pell", character="Tessa", order=2, voice=False),
                      _row(lead, actor="Wren Dale", character="", order=3, voice=False),
                      _row(lead, actor="Ada Vey", character="", order=4, voice=False)],
             "text": [{"text": lead, "section": "Lead"}]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1999, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Ora Pell"] and "Tessa" in q.text:
                offered |= set(q.distractors)
    assert offered
    assert "Lune Varga" not in offered and "Nell Hart" in offered  # the fills run short: a weak one is taken


def _composer_options(pool: Pool, fid: int, title: str, year: int, genre: str) -> set[str] | None:
    """Every option twelve games draw for the film's composer question; None when it is typed-only."""
    lead = f"{title} is a {year} Ruritanian {genre} film scored by Ora Pell."
    facts = {"crew": [_row(lead, role="composer", name="Ora Pell")], "identity": [_row(lead, key="genre", value=genre)]}
    offered: set[str] = set()
    for seed in range(12):
        q = {q.text: q for q in questions_for_film(Film(fid, title, title, year, 30_000), facts, pool,
                                                    random.Random(seed))}.get(f"Who composed the score of {title} ({year})?")
        if q is None or len(q.distractors) != 3:
            return None
        offered |= set(q.distractors)
    return offered


def test_round16_an_animated_films_composer_options_come_from_a_wider_era_of_its_industry():
    # Round 16's sample: famous cartoons' composer questions dropped for want of three composers of
    # their land within the usual ten-year window, while their games asked a box-office figure. An
    # animated film's crew options may be its industry's people of KEEP_YEARS either side; one
    # further off never, and a live-action film's window is unchanged.
    def library(genre: str) -> Pool:
        pool = Pool()
        _country(pool, 1, 1990, "Other Tale", genre)
        for fid, (year, name) in {2: (1988, "Tam Osk"), 3: (1978, "Lune Varga"), 4: (2002, "Kip Morrow"),
                                  5: (1965, "Bede Marrow"), 6: (1977, "Wren Dale")}.items():
            _country(pool, fid, year, f"Tale {fid}", "drama")
            pool.add("crew:composer", fid, name)
        pool.finish()
        return pool
    assert _composer_options(library("animated fantasy"), 1, "Other Tale", 1990, "animated fantasy") == {
        "Tam Osk", "Lune Varga", "Wren Dale"}  # 2, 12 and 13 years before; never the 1965 one, nor one
    # known only from a film 12 years later (era_rank: all their films came after)
    assert _composer_options(library("fantasy"), 1, "Other Tale", 1990, "fantasy") is None  # live action: as before


def test_round16_an_animated_films_director_may_take_a_family_films_director_known_by_fame():
    # Round 16's sample: a famous animated superhero film lost its director question (its game asked
    # "who appears alongside"): the library's live-action directors of its era were known only from
    # leads (a studio family comedy among them) or shared no genre. A live-action fill may be known by
    # the film's fame (a studio's dollar scale, major nominations), not only a long article, and of a
    # family a cartoon's audience shares (family, fantasy, comedy); a period drama's director never.
    pool = Pool()
    _directed(pool, 1, 2004, "Ivo Brandt", "animated superhero", 30_000)
    _directed(pool, 2, 2001, "Kip Morrow", "animated comedy")
    _directed(pool, 3, 1997, "Tam Osk", "comedy", 800)  # a lead alone, of a film with three major nominations
    for category in ("Best Picture", "Best Director", "Best Actor"):
        pool.add("category:Academy Awards", 3, category)
    _directed(pool, 4, 1995, "Ned Hale", "superhero")  # shares a genre
    _directed(pool, 5, 2004, "Bede Marrow", "period drama")  # nothing a cartoon's audience shares
    _directed(pool, 6, 2001, "Cal Reed", "comedy", 800)  # a lead alone, nothing known of its fame
    pool.finish()
    assert _director_options_of(pool, 1, "Other Tale", 2004, "animated superhero") == {
        "Kip Morrow", "Tam Osk", "Ned Hale"}
    assert options.animation_fill({3}, pool.film_chars, pool.fame) and not options.animation_fill({6}, pool.film_chars, pool.fame)


def test_round17_a_bit_player_is_no_option_for_any_leads_part():
    # Round 17: an agent's wife, known from a restaurant cameo in another film ("appears as a woman
    # in a restaurant"), offered for a famous film's second-billed heroine ("Who played <part>?").
    pool = Pool()
    _sexed(pool, 1, 1989, "Other Tale", {"Ivo Brandt": "m", "Ora Pell": "f", "Kip Morrow": "m"})
    _sexed(pool, 2, 1989, "Tale 2", {"Lune Varga": "f", "Wren Dale": "f", "Ada Vey": "f", "Nell Hart": "f"})
    pool.add_film(2, {"cast": [
        _row("Lune Varga as Tessa.", actor="Lune Varga", character="Tessa", order=1),
        _row("Wren Dale as Mira.", actor="Wren Dale", character="Mira", order=2),
        _row("Ada Vey as Maren.", actor="Ada Vey", character="Maren", order=3),
        _row("Nell Hart, wife of a talent agent, appears as a woman in a restaurant who is slimed.",
             actor="Nell Hart", character="woman", order=12)]})
    pool.finish()
    assert "Nell Hart" in pool.bit_only
    sentence = "Other Tale stars Ivo Brandt as Pete Hale, Ora Pell as Dorrie Osk and Kip Morrow as Al."
    facts = {"cast": [_row(sentence, actor="Ivo Brandt", character="Pete Hale", order=1, voice=False),
                      _row(sentence, actor="Ora Pell", character="Dorrie Osk", order=2, voice=False),
                      _row(sentence, actor="Kip Morrow", character="Al", order=3, voice=False)],
             "text": [{"text": "Other Tale is a 1989 Ruritanian drama film.", "section": "Lead"}]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1989, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Ora Pell"] and "Dorrie" in q.text:
                offered |= set(q.distractors)
    assert {"Lune Varga", "Wren Dale", "Ada Vey"} <= offered
    assert "Nell Hart" not in offered


def test_round17_an_independent_films_director_comes_after_every_other_fill():
    # Round 17: a cult independent film's director, known only from that film's lead, offered for a
    # studio epic's director ("a joke option"). Options known only from films their own first
    # sentence calls of a kind few know (an independent film, a serial) come after every other fill.
    pool = Pool()
    _directed(pool, 1, 2004, "Ivo Brandt", "war", 800)
    _directed(pool, 2, 2004, "Kip Morrow", "drama", 800)
    _directed(pool, 3, 2003, "Ned Hale", "drama", 800)
    _directed(pool, 4, 2004, "Rob Dunn", "drama", 800)
    _directed(pool, 5, 2003, "Bede Marrow", "drama", 800)  # the independent film's
    pool.obscure = {5}
    pool.finish()
    lead = "Other Tale is a 2004 Ruritanian epic war film directed by Ivo Brandt."
    assert options.lead_fame("Tale 5 is a 2003 Ruritanian independent romantic drama film.") == 0
    assert _director_options_of(pool, 1, "Other Tale", 2004, "war", lead) == {"Kip Morrow", "Ned Hale", "Rob Dunn"}
    # ... and still a fill when nobody else is left (the nearest in years first)
    pool.obscure = {4, 5}
    assert _director_options_of(pool, 1, "Other Tale", 2004, "war", lead) == {"Kip Morrow", "Ned Hale", "Rob Dunn"}


def test_round17_a_source_adapted_only_by_a_film_of_other_genres_is_no_option():
    # Round 17: a 1930s novel whose title reads as a later comedy's, adapted by a musical drama,
    # offered as a noir's source. A source adapted only by films of other genre families than the
    # film's is never offered (the question goes without buttons rather).
    facts = {"identity": [_row("Other Tale is a 1946 film noir based on the novel Cold Harbour.", key="based_on",
                               value="Cold Harbour"),
                          _row("Other Tale is a 1946 film noir.", key="genre", value="film noir")]}
    pool = Pool()
    pool.years[1] = 1946
    pool.add("title", 1, "Other Tale", 20_000)
    works = {2: ("Grey Quay", "film noir"), 3: ("Night Ferry", "film noir"), 4: ("Sister Turn", "musical comedy"),
             5: ("Salt Road", ""), 6: ("Waltz Time", "musical crime drama")}  # a musical, though a crime one
    for fid, (work, genre) in works.items():
        pool.years[fid] = 1945
        pool.add("title", fid, f"Tale {fid}", 20_000)
        pool.add_film(fid, {"identity": [*([{"key": "genre", "value": genre}] if genre else []),
                                         {"key": "based_on", "value": work}]})
    pool.finish()
    offered: set[str] = set()
    for seed in range(6):
        qs = {q.text: q for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1946, 20_000), facts, pool,
                                                    random.Random(seed))}
        q = qs.get("Other Tale (1946) is based on which work?")
        if q is not None:
            offered |= set(q.distractors)
    assert offered == {"Grey Quay", "Night Ferry", "Salt Road"}  # a source of no known genre may still fill


def test_round17_a_parents_part_takes_players_placed_of_a_parents_years():
    # Round 17: a child actress and a young actress, each known from one film of the year in a part of
    # no marked age, offered for a grown soldier's mother. Players the library places of a parent's
    # generation (a grown part near the year, or films from ten years before) come first.
    assert options.parent_part(["Maren"], [("Maren", "Ora Pell as Maren, Kip's mother")], ())
    assert not options.parent_part(["Maren"], [("Maren", "Ora Pell as Maren, Kip's wife")], ())
    assert options.placed_grown(2005, (), 2018) and options.placed_grown(None, ((2016, "grown"),), 2018)
    assert not options.placed_grown(2017, ((2018, "young"),), 2018) and not options.placed_grown(None, (), 2018)
    # a parent's word counts only as the last word read before the name ("his father to Tamsin's show": none)
    assert not options.parent_part(["Tamsin"], [], ["Abel invites his father to Tamsin's next show."])
    assert options.parent_part(["Maren"], [], ["Ivor visits his mother Maren."])
    pool = Pool()
    _sexed(pool, 1, 2018, "Other Tale", {"Kip Morrow": "m", "Ora Pell": "f", "Ada Vey": "f"})
    _sexed(pool, 2, 2018, "Tale 2", {"Gia Roe": "f", "Lin Dale": "f"})  # nothing tells their age
    _sexed(pool, 3, 2017, "Tale 3", {"Nell Hart": "f", "Wren Dale": "f"})
    _sexed(pool, 4, 2003, "Tale 4", {"Lune Varga": "f"})  # known from fifteen years before
    pool.add_film(2, {"cast": [_row("Gia Roe as Gia.", actor="Gia Roe", character="Gia", order=1),
                               _row("Lin Dale as Pim.", actor="Lin Dale", character="Pim", order=2)]})
    pool.add_film(3, {"cast": [_row("Nell Hart as Jean, Tobin's wife.", actor="Nell Hart", character="Jean", order=1),
                               _row("Wren Dale as Mae, Tobin's mother.", actor="Wren Dale", character="Mae", order=2)]})
    pool.finish()
    facts = {"cast": [_row("Kip Morrow as Ivor", section="Cast", actor="Kip Morrow", character="Ivor", order=1,
                           voice=False),
                      _row("Ora Pell as Maren, Ivor's mother", section="Cast", actor="Ora Pell", character="Maren",
                           order=2, voice=False),
                      _row("Ada Vey as Heidi, Alek's mother", section="Cast", actor="Ada Vey", character="Heidi",
                           order=3, voice=False)],
             "text": [{"text": "Other Tale is a 2018 Ruritanian drama film starring Kip Morrow.", "section": "Lead"}]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2018, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Ora Pell"] and "Maren" in q.text:
                offered |= set(q.distractors)
    assert offered <= {"Ada Vey", "Nell Hart", "Wren Dale", "Lune Varga"} and "Ada Vey" in offered


def test_round17_a_player_whose_last_film_the_library_tells_is_no_young_partner():
    # Round 17: a comedy star, known from one film of the next year whose article calls it the last
    # released in his lifetime, offered for a young racing driver's part (its player a newcomer).
    rows = [(2, "This is the final film starring Marrow to be released during his lifetime."),
            (3, "It was the last film of the decade for the studio."),  # no player named
            (4, "Her final screen appearance was in Tale 4, opposite Kip Morrow.")]  # a name, not of film 4's cast
    actors = [(2, "Bede Marrow", 1), (2, "Tam Osk", 2), (3, "Ned Hale", 1), (4, "Ada Vey", 1)]
    assert options.career_ends(rows, actors) == [("Bede Marrow", 2)]
    pool = Pool()
    _sexed(pool, 1, 2013, "Other Tale", {"Kip Morrow": "m", "Ivo Brandt": "m"})
    _sexed(pool, 2, 2014, "Tale 2", {"Bede Marrow": "m", "Tam Osk": "m"})
    _sexed(pool, 3, 2012, "Tale 3", {"Ned Hale": "m", "Rob Dunn": "m", "Cal Reed": "m"})
    for actor, fid in options.career_ends(rows, pool.items["actor"]):
        pool._part_ages.setdefault(actor, set()).add((fid, "old"))
    pool.finish()
    sentence = "Other Tale stars Kip Morrow as Holt and Ivo Brandt as Varn."
    facts = {"cast": [_row(sentence, actor="Kip Morrow", character="Holt", order=1, voice=False),
                      _row(sentence, actor="Ivo Brandt", character="Varn", order=2, voice=False)],
             "text": [{"text": "Other Tale is a 2013 Ruritanian sports drama film.", "section": "Lead"}]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2013, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Kip Morrow"] and "Holt" in q.text:
                offered |= set(q.distractors)
    assert offered and "Bede Marrow" not in offered and "Tam Osk" in offered


def test_one_person_under_two_credits_is_never_two_options():
    """Round 18: "Rebecca X" and "Rebecca X-Y" (one actress, credited with and without a married name) were
    both offered, so both dropped out at once."""
    from bot.trivia import options
    from bot.trivia.questions import _Unlike

    assert options._one_name_in_other("Ora Pell-Marrow", ["Kip Morrow", "Ora Pell"])
    assert options._one_name_in_other("Ora Pell", ["Ora Pell-Marrow"])
    assert not options._one_name_in_other("Ora Vance", ["Ora Pell", "Kip Morrow"])
    # Nor is the answer's longer or shorter credit a wrong option.
    assert not _Unlike(["Ora Pell"], "person").distinct("Ora Pell-Marrow")
    assert not _Unlike(["Ora Pell-Marrow"], "person").distinct("Ora Pell")
    assert _Unlike(["Ora Pell"], "person").distinct("Lune Varga")


# --- round 18's remaining classes ---------------------------------------------------------------------
def _played_options(pool: Pool, year: int, cast: list[tuple[str, str, int]], answer: str, part: str,
                    genre: str = "drama") -> set[str]:
    """Every option a game draws (over twelve seeds) for "Who played <part>?" in "Other Tale" (film 1)
    of *year*, its cast given as (player, part, billing)."""
    sentence = f"Other Tale is a {year} Ruritanian {genre} film."
    facts = {"cast": [_row(f"{a} as {p}.", section="Cast", actor=a, character=p, order=o, voice=False)
                      for a, p, o in cast],
             "text": [{"text": sentence, "section": "Lead"}]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", year, 20_000), facts, pool, random.Random(seed)):
            if q.answers == [answer] and part in q.text and q.text.startswith("Who played"):
                offered |= set(q.distractors)
    return offered


def test_round18_a_lead_of_years_before_is_no_option_for_a_newcomers_part():
    # Round 18: a middle-aged star, known to the library from a film four years before billed third,
    # offered for a newcomer's young sidekick; two veteran stage actors, leads of a film five years
    # before, for a newcomer's young voice part. A newcomer's part (billed below the film's top star)
    # takes no other film's player billed a lead SEASONED_YEARS or more before.
    assert options.seasoned_leads([(2, "Bede Marrow", 3), (3, "Bede Marrow", 1), (3, "Ned Hale", 5)],
                                  {2: 1962, 3: 1965}) == {"Bede Marrow": 1962}
    assert options.newcomer_rank(1962, 1966) == options.NEVER
    assert options.newcomer_rank(1963, 1966) == options.FAIR
    assert options.newcomer_rank(None, 1966) == options.FAIR
    pool = Pool()
    _sexed(pool, 1, 1966, "Other Tale", {"Ivo Brandt": "m", "Kip Morrow": "m"})
    _sexed(pool, 2, 1962, "Tale 2", {"Tam Osk": "m", "Jory Vale": "m", "Bede Marrow": "m"})  # Marrow billed third
    _sexed(pool, 3, 1965, "Tale 3", {"Ned Hale": "m", "Rob Dunn": "m", "Cal Reed": "m"})
    pool.finish()
    offered = _played_options(pool, 1966, [("Ivo Brandt", "Bat", 1), ("Kip Morrow", "Wren", 2)], "Kip Morrow", "Wren")
    assert offered and not offered & {"Bede Marrow", "Tam Osk", "Jory Vale"}
    assert offered <= {"Ivo Brandt", "Ned Hale", "Rob Dunn", "Cal Reed"}


def test_round18_an_acting_awards_fill_is_never_a_camp_films_hero_nor_a_star_of_another_era():
    # Round 18: a camp superhero film's star (his one film) offered as a 1968 drama's Best Actor
    # winner; round 18's sample also offered silent stars, retired a decade before, for a 1937 Best
    # Actress. Both were weak fills taken when nothing fairer was left (the camp hero first, of the
    # award's very year): now never, and the next fill (a drama's lead of two years before) is taken.
    assert options.award_fill_rank(None, (1966,), 1968, False, frozenset({"drama"}),
                                   [frozenset({"superhero"})]) == options.NEVER
    assert options.award_fill_rank(None, (1966,), 1968, True, frozenset({"drama"}),
                                   [frozenset({"superhero"})]) == options.FAIR  # a star of two films
    assert options.award_fill_rank(None, (1967,), 1968, False, frozenset({"drama"}),
                                   [frozenset({"comedy"})]) == options.FAIR  # no marked family: still a fill
    assert options.award_fill_rank(None, (1927, 1928), 1937, True, frozenset({"drama"}),
                                   [frozenset({"drama"})]) == options.NEVER  # retired years before
    assert options.award_fill_rank((1936,), (1927, 1928), 1937, True, frozenset({"drama"}),
                                   [frozenset({"drama"})]) == options.FAIR  # up for an award the year before
    pool = Pool()
    _country(pool, 1, 1968, "Other Tale", "drama")
    pool.add("actor", 1, "Ivo Brandt", 1)
    for fid, year, name, order, genre in ((2, 1968, "Lune Varga", 1, "superhero"), (3, 1966, "Kip Morrow", 1, "drama"),
                                          (4, 1967, "Tam Osk", 3, "drama"), (5, 1966, "Tam Osk", 4, "drama"),
                                          (6, 1957, "Bede Marrow", 1, "drama"), (7, 1967, "Wren Dale", 1, "drama")):
        _country(pool, fid, year, f"Tale {fid}", genre)
        pool.add_film(fid, {"cast": [_row(f"{name} as Gus, a man of the hills.", actor=name, character="Gus",
                                          order=order)]})
    pool.finish()
    won = "At the 9th Example Awards, Ivo Brandt won Best Actor for Other Tale."
    facts = {"cast": [_row("Other Tale stars Ivo Brandt as Tobin Hale, a man of the hills.", actor="Ivo Brandt",
                           character="Tobin Hale", order=1, voice=False)],
             "award": [_row(won, ceremony="Example Awards", ordinal=9, year=None, category="Best Actor",
                            outcome="won", recipient="Ivo Brandt")],
             "identity": [_row("Other Tale is a 1968 Ruritanian drama film.", key="genre", value="drama")]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1968, 20_000), facts, pool, random.Random(seed)):
            if "Best Actor" in q.text and q.answers == ["Ivo Brandt"]:
                offered |= set(q.distractors)
    assert offered == {"Kip Morrow", "Tam Osk", "Wren Dale"}  # never the camp hero, never the 1950s star


def test_round18_a_little_known_genre_films_director_options_are_of_its_genre_or_none():
    # Round 18: a romance's and a period drama's directors (and a superhero film's) offered for a
    # low-budget teen horror film's director, weak fills taken for want of horror directors. A film
    # of a marked family few know takes only directors known for a film of its families; the
    # question goes without buttons rather.
    assert options.genre_apart(frozenset({"horror"}), [frozenset({"romance"}), None])
    assert not options.genre_apart(frozenset({"horror"}), [frozenset({"romance"}), frozenset({"horror", "comedy"})])
    assert not options.genre_apart(frozenset({"horror"}), [None])  # nothing known
    pool = Pool()
    _directed(pool, 1, 2009, "Ivo Brandt", "horror", 10_000)
    _directed(pool, 2, 2008, "Kip Morrow", "horror", 10_000)
    _directed(pool, 3, 2010, "Ned Hale", "horror comedy", 10_000)
    _directed(pool, 4, 2009, "Bede Marrow", "romance", 10_000)
    _directed(pool, 5, 2008, "Tam Osk", "period drama", 10_000)
    _directed(pool, 6, 2007, "Rob Dunn", "superhero", 10_000)
    pool.finish()
    assert _director_options_of(pool, 1, "Other Tale", 2009, "horror") is None
    _directed(pool, 7, 2009, "Cal Reed", "horror", 10_000)
    pool.finish()
    assert _director_options_of(pool, 1, "Other Tale", 2009, "horror") == {"Kip Morrow", "Ned Hale", "Cal Reed"}


def test_round18_a_player_seen_only_in_a_young_part_is_no_option_for_a_leads_part():
    # Round 18: a bit player of another film's farmer's boy, four years before, offered as the star
    # who took over a grown lawyer's part. A lead's part of no young age takes no player the library
    # shows near its years only in young parts.
    pool = Pool()
    _sexed(pool, 1, 1941, "Other Tale", {"Ivo Brandt": "m", "Ora Pell": "f"})
    _sexed(pool, 2, 1937, "Tale 2", {"Bede Marrow": "m", "Kip Morrow": "m", "Ned Hale": "m", "Rob Dunn": "m"})
    pool._part_ages.setdefault("Bede Marrow", set()).add((2, "young"))
    pool.finish()
    offered = _played_options(pool, 1941, [("Ivo Brandt", "Dan Webb", 1), ("Ora Pell", "Mary", 2)], "Ivo Brandt",
                            "Dan Webb")
    assert offered == {"Kip Morrow", "Ned Hale", "Rob Dunn"}


def test_round18_a_cult_films_player_and_a_studio_star_keep_to_their_own_kind_of_film():
    # Rounds 17-18: a micro-budget cult film's heroine offered for a studio period film's heroine,
    # and the mirror: a player of well-known films for the cult film's heroine (the option a player
    # strikes first). A film of a kind few know (Pool.obscure: its lead calls it independent,
    # low-budget) and another film keep their players apart, unless the answer is of the other kind.
    def setup() -> Pool:
        pool = Pool()
        _sexed(pool, 1, 2004, "Other Tale", {"Ora Pell": "f", "Ivo Brandt": "m"})
        _sexed(pool, 2, 2003, "Tale 2", {"Nell Hart": "f"})
        _sexed(pool, 3, 2004, "Tale 3", {"Lune Varga": "f", "Wren Dale": "f", "Ada Vey": "f"})
        return pool
    pool = setup()
    pool.obscure = {2}
    pool.finish()
    cast = [("Ora Pell", "Becca", 1), ("Ivo Brandt", "Rod", 2)]
    assert _played_options(pool, 2004, cast, "Ora Pell", "Becca") == {"Lune Varga", "Wren Dale", "Ada Vey"}
    pool = setup()
    pool.obscure = {1, 2}
    pool.finish()
    assert not _played_options(pool, 2004, cast, "Ora Pell", "Becca") & {"Lune Varga", "Wren Dale", "Ada Vey"}


def test_round19_debut_is_the_newcomers_not_the_last_billed_players():
    # "A, B and C reprising their roles, as well as newcomer D in her film debut": the debut is D's,
    # whom the cast facts lack, never C's, the last player they hold before it (round 19: a wrong answer).
    pool = Pool()
    pool.finish()
    lead = ("Other Tale 2 is a 1992 Ruritanian comedy film. It stars Ivo Brandt, Ora Pell and Kip Morrow reprising "
            "their roles as the Osk family, as well as newcomer Lune Varga in her film debut.")
    facts = {"cast": [_row(lead, actor=a, character="", order=i, voice=False)
                      for i, a in enumerate(("Ivo Brandt", "Ora Pell", "Kip Morrow"), start=1)],
             "text": [{"text": lead, "section": "Lead"}]}
    for seed in range(6):
        qs = questions_for_film(Film(1, "Other Tale 2", "Other Tale 2", 1992, 20_000), facts, pool, random.Random(seed))
        assert not [q for q in qs if q.family == "cast.debut"]


def test_round19_a_cartoon_short_whose_genre_lacks_animated_takes_no_live_action_director():
    # Round 19: a seven-minute cartoon short (its genre fact only "comedy short") offered two
    # live-action feature directors beside its own. Its lead's first sentence calls it a cartoon:
    # it takes animation directors only.
    assert options.drawn_lead("Other Tale is a 1994 cartoon short starring a coyote.")
    assert options.drawn_lead("Other Tale is a 2019 computer-animated film. It stars Ora Pell.")
    assert options.drawn_lead("Other Tale is a 1990 film starring the voices of Ora Pell and Kip Morrow.")
    assert not options.drawn_lead("Other Tale is a 1990 live-action film of the cartoon. It stars Ora Pell.")
    assert not options.drawn_lead("Other Tale is a 1990 comedy film. It was remade as an animated film.")
    def library() -> Pool:
        pool = Pool()
        _directed(pool, 1, 1994, "Ivo Brandt", "comedy short", 30_000)
        for fid, name in ((2, "Kip Morrow"), (6, "Ned Hale"), (7, "Rob Dunn")):
            _directed(pool, fid, 1993, name, "animated comedy")
        _directed(pool, 3, 1994, "Bede Marrow", "comedy")  # live-action feature directors
        _directed(pool, 4, 1993, "Tam Osk", "comedy")
        _directed(pool, 5, 1995, "Cal Reed", "comedy")
        pool.finish()
        return pool
    lead = "Other Tale is a 1994 seven-minute cartoon short directed by Ivo Brandt."
    assert _director_options_of(library(), 1, "Other Tale", 1994, "comedy short", lead) == {
        "Kip Morrow", "Ned Hale", "Rob Dunn"}
    # ... and a cartoon short never takes a live-action fill, even when its animation directors
    # run short (a feature may: rounds 10-16): a typed question instead.
    def few() -> Pool:
        pool = Pool()
        _directed(pool, 1, 1994, "Ivo Brandt", "animated comedy short", 30_000)
        _directed(pool, 2, 1993, "Kip Morrow", "animated comedy")
        _directed(pool, 3, 1994, "Bede Marrow", "comedy")
        _directed(pool, 4, 1993, "Tam Osk", "comedy")
        pool.finish()
        return pool
    assert _director_options_of(few(), 1, "Other Tale", 1994, "animated comedy short") is None
    # the same film with a live-action lead: the live-action directors, never the animation ones
    lead = "Other Tale is a 1994 comedy short directed by Ivo Brandt."
    assert _director_options_of(library(), 1, "Other Tale", 1994, "comedy short", lead) == {
        "Bede Marrow", "Tam Osk", "Cal Reed"}


def test_round19_a_source_works_author_is_never_a_director_option():
    # Round 19: the short-story writer a film adapts (who also co-wrote its screenplay) offered for
    # its director. A source author the library knows adapted by another film, whom no article
    # credits with directing, is never a director option, though they co-wrote this one.
    pool = Pool()
    _directed(pool, 2, 1940, "Kip Morrow", "drama")
    _directed(pool, 3, 1942, "Ned Hale", "drama")
    _country(pool, 5, 1939, "Tale 5", "drama")
    pool.add("crew:writer", 5, "Lune Varga")
    pool.add("crew:based_on_author", 5, "Cal Reed")  # a novelist adapted by another film
    pool.add("crew:writer", 5, "Cal Reed")
    pool.finish()
    lead = "Other Tale is a 1941 Ruritanian drama film directed by Ivo Brandt, based on the story by Lune Varga."
    facts = {"crew": [_row(lead, role="director", name="Ivo Brandt"),
                      _row("The screenplay is by Lune Varga and Tam Osk.", role="writer", name="Lune Varga"),
                      _row("The screenplay is by Lune Varga and Tam Osk.", role="writer", name="Tam Osk"),
                      _row("The screenplay is by Lune Varga and Tam Osk.", role="writer", name="Cal Reed")],
             "identity": [_row(lead, key="genre", value="drama"), _row(lead, key="country", value="Ruritanian"),
                          _row(lead, key="based_on", value="the story by Lune Varga")],
             "text": [{"text": lead, "section": "Lead"}]}
    offered: set[str] = set()
    for seed in range(12):
        q = {q.text: q for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1941, 30_000), facts, pool,
                                                    random.Random(seed))}.get("Who directed Other Tale (1941)?")
        offered |= set(q.distractors) if q else set()
    assert "Lune Varga" not in offered and "Cal Reed" not in offered
    assert offered  # still asked with buttons: the other directors of its day


def test_round19_a_listed_puppeteer_is_no_actor():
    # Round 19: a puppeteer, credited only in a list after "fellow puppeteers, including", offered
    # as a Worst Supporting Actress nominee. The cue before the list reaches each of its names.
    s = ("Ivo Brandt performed the puppetry, with assistance from fellow puppeteers, including Ora Pell,"
         " Kip Morrow, Lune Varga, and Tam Osk. Bede Marrow appears as a ghost.")
    assert all(options.non_actor(s, n) for n in ("Ora Pell", "Kip Morrow", "Lune Varga", "Tam Osk"))
    assert not options.non_actor(s, "Bede Marrow")
    assert not options.non_actor("The film stars Ora Pell, Kip Morrow and Lune Varga.", "Lune Varga")


def test_round20_a_superhero_films_director_options_are_genre_directors_never_comedy_or_costume_drama_ones():
    # Round 20: a prolific comedy director (a comedy-drama and a thriller in the library) and a period
    # drama's director offered for a superhero film; a host offers directors of films like it, from
    # a wider era when its own has too few.
    pool = Pool()
    _directed(pool, 2, 2008, "Kip Morrow", "superhero")
    _directed(pool, 3, 2009, "Tam Osk", "action")
    _directed(pool, 4, 1998, "Ned Hale", "superhero")  # twelve years before: the wider era's
    _directed(pool, 5, 2010, "Bede Marrow", "comedy")
    _directed(pool, 6, 2009, "Wren Dale", "comedy-drama")
    _directed(pool, 7, 2010, "Lune Varga", "period drama")
    pool.finish()
    assert _director_options_of(pool, 1, "Other Tale", 2010, "superhero") == {"Kip Morrow", "Tam Osk", "Ned Hale"}


def test_round20_a_comedy_drama_is_no_kin_of_a_drama_for_a_directors_kind():
    drama, comedy_drama = frozenset({"drama"}), options.genre_families("comedy-drama")
    assert not options.alike_kind(drama, comedy_drama)  # alike only through the comedy's "drama"
    assert options.alike_kind(comedy_drama, frozenset({"comedy"}))
    assert options.alike_kind(frozenset({"crime", "drama"}), frozenset({"crime", "comedy"}))  # crime stays
    assert options.kind_rank(frozenset({"western"}), None, [(comedy_drama, None)]) == options.NEVER
    assert options.kind_rank(drama, None, [(comedy_drama, None)]) == options.POOR


def test_round20_a_dramas_premise_takes_no_comedy_and_no_lead_only_film_beside_known_dramas():
    # Round 20: a family comedy (its article a lead alone) offered for a concentration-camp drama's,
    # a boxing drama's and a hustler drama's premises; a comedy-drama and a pet-detective comedy for
    # a suburban drama's.
    offered = _premise_offers("war drama", "Tobin Hale, a pawnbroker in a grey city, remembers the camp where his family died.",
                              {"Gullhaven": "war drama", "Brackwater": "war drama", "Pim Falls": "anti-war drama",
                               "Kip's Holiday": "family comedy", "Lune Road": "comedy-drama", "Osk Finds a Dog": "comedy"})
    assert offered == {"Gullhaven", "Brackwater", "Pim Falls"}
    # Round 21: a film known only as a "drama" has no options of its kind (a racing biopic, a robot-boxing film and a
    # period drama were struck for a suburban satire's premise): its premise is not asked.
    assert _premise_offers("drama", "Tobin Hale, a pawnbroker in a grey city, remembers the camp where his family died.",
                           {"Gullhaven": "drama", "Brackwater": "biographical drama", "Pim Falls": "sports drama",
                            "Lune Road": "drama"}) == set()


def test_round20_a_described_part_with_an_acronym_is_a_bit_part_and_a_ceremonys_male_award_is_an_acting_one():
    # Round 20: a news anchor's one scene "as a TV news reporter" offered for a 1981 acting nomination;
    # "Best Supporting Male" not read as an acting award, so an eighth-billed player stood as its nominee.
    assert options.bit_part("FBI filing clerk", "Ora Pell", "Ora Pell has a small scene as an FBI filing clerk.")
    assert not options.bit_part("Agent Tessa Osk", "Ora Pell", "Ora Pell as Agent Tessa Osk.")
    assert options.acting_category("Best Supporting Male") and options.acting_category("Best Female Lead")


def test_round21_an_award_for_two_crafts_joined_by_a_hyphen_is_not_asked_with_directors_as_options():
    # Round 21: "Best Art Direction-Set Decoration" read as a directing award ("direction"), its options the
    # film's director and two others of the era; the library credits nobody with set decoration.
    assert options.uncredited_craft("Best Art Direction-Set Decoration, Black-and-White")
    assert not options.uncredited_craft("Best Director")
    win = "At the Academy Awards, Bede Marrow won Best Art Direction-Set Decoration for Saltmarsh."
    facts = {"crew": [_row("Saltmarsh was directed by Ivo Brandt.", role="director", name="Ivo Brandt")],
             "award": [_row(win, ceremony="Academy Awards", ordinal=None, year=1955, outcome="won",
                            category="Best Art Direction-Set Decoration", recipient="Bede Marrow")]}
    pool = Pool()
    _country(pool, 1, 1955, "Saltmarsh", "drama")
    for fid, name in ((2, "Tam Osk"), (3, "Kip Morrow"), (4, "Cal Reed")):
        _country(pool, fid, 1954, f"Tale {fid}", "drama")
        pool.add("crew:director", fid, name)
    pool.finish()
    texts = [q.text for q in questions_for_film(Film(1, "Saltmarsh", "Saltmarsh", 1955, 20_000), facts, pool,
                                                random.Random(0))]
    assert not [t for t in texts if "Art Direction" in t and t.startswith("Who ")]


def test_round21_a_family_films_director_options_are_never_known_only_for_horror():
    # Round 21: a horror director offered for a family comedy; both were fantasies, so "speculative"
    # made them one kind.
    family = frozenset({"family", "comedy", "speculative"})
    horror = frozenset({"horror", "speculative"})
    assert options.audience_apart(family, [horror])
    assert options.audience_apart(horror, [family])  # both ways
    assert not options.audience_apart(family, [horror, frozenset({"comedy"})])  # known for a comedy too
    assert options.kind_rank(family, None, [(horror, None)]) == options.NEVER
    assert options.kind_rank(family, None, [(frozenset({"comedy", "speculative"}), None)]) == options.FAIR


def test_round21_a_film_the_library_cannot_date_gets_no_person_options():
    # Round-21 sample: a famous musical's year unread (no release, no dated lead), its director's options a
    # director retired by the 1960s and one of 2018 films. With no era, every era's people are alike to it.
    def directors(year: int | None) -> list:
        pool = Pool()
        _country(pool, 1, year or 0, "Saltmarsh", "musical comedy")
        if not year:
            pool.years.pop(1, None)
        for fid, name, y in ((2, "Tam Osk", 1972), (3, "Kip Morrow", 1975), (4, "Cal Reed", 1978),
                             (5, "Wren Dale", 1976)):
            _country(pool, fid, y, f"Tale {fid}", "musical comedy")
            pool.add("crew:director", fid, name)
        pool.finish()
        facts = {"crew": [_row("Saltmarsh is a musical comedy film directed by Ivo Brandt.", role="director",
                               name="Ivo Brandt")]}
        return [q for q in questions_for_film(Film(1, "Saltmarsh", "Saltmarsh", year, 20_000), facts, pool,
                                              random.Random(0)) if q.family == "crew.director"]

    undated = directors(None)
    assert undated and all(not q.distractors for q in undated)  # asked typed, never with buttons of any era
    dated = directors(1975)
    assert dated and all(len(q.distractors) == 3 for q in dated)


def test_round21_a_premise_whose_masked_name_leaves_its_title_behind_is_not_asked():
    # Round 21: a masked name left after its title ("... scientist someone witnesses ...", "awkward"); the
    # same for a name after an opening quotation mark. "by someone", "for someone", a sentence's start stay.
    from bot.trivia.questions import reads_whole

    assert not reads_whole("In Ruritania, ferryman someone watches a clerk lift a boat with his mind.")
    assert not reads_whole("'someone and his brother rob a toll house in Ruritania.")
    assert reads_whole("Just released from prison, someone plans a holdup at a casino run by someone")
    assert reads_whole("Its main character arrives in a mountain town, looking for someone.")
    # (a description opening the sentence is told whole, "A bitter police detective beats …": asked)
    texts = _premise_offers("crime thriller", "Bitter police detective Tobin Hale beats answers out of witnesses in a grey city.",
                            {"Gullhaven": "crime thriller", "Brackwater": "thriller", "Pim Falls": "crime"})
    assert texts == {"Gullhaven", "Brackwater", "Pim Falls"}


def test_round22_a_lead_only_films_unknown_director_gets_no_famous_names_as_options():
    # Round 22: three famous directors beside one the library knows from this film alone, for a
    # low-budget film known here from its lead only ("a giveaway by standing"), and a canonical
    # auteur for a sitcom spin-off. Its options are directors of films as little known.
    pool = Pool()
    pool.years[1] = 1993
    pool.add("title", 1, "Other Tale", 900)  # a lead alone
    _directed(pool, 2, 1992, "Kip Morrow", "drama", 2_500)
    _directed(pool, 3, 1994, "Tam Osk", "drama", 2_500)
    _directed(pool, 4, 1993, "Ned Hale", "drama", 2_500)
    _directed(pool, 5, 1991, "Bede Marrow", "drama", 30_000)  # a famous film's director
    _directed(pool, 6, 1995, "Wren Dale", "drama", 9_000)  # a known film's
    pool.finish()
    offered = _director_options_of(pool, 1, "Other Tale", 1993, "drama")
    assert offered == {"Kip Morrow", "Tam Osk", "Ned Hale"}


def test_round22_a_famous_films_major_acting_award_offers_no_player_known_only_from_an_unplaced_film():
    # Round 22: a B-film player, known here from one film's lead alone, offered beside stars for a
    # famous film's BAFTA: no contender a player would believe. A star of a famous film stays.
    pool = Pool()
    _country(pool, 1, 1968, "Other Tale", "drama")
    pool.add("title", 1, "Other Tale", 30_000)
    pool.add("actor", 1, "Ivo Brandt", 1)
    for fid, name, chars in ((2, "Tam Osk", 20_000), (3, "Wren Dale", 20_000), (4, "Ned Hale", 20_000),
                             (5, "Lune Varga", 20_000), (6, "Bede Marrow", 800)):
        _country(pool, fid, 1967, f"Tale {fid}", "drama")
        pool.add("title", fid, f"Tale {fid}", chars)
        pool.add_film(fid, {"cast": [_row(f"{name} as Gus, a man of the hills.", actor=name, character="Gus",
                                          order=1)]})
    pool.finish()
    offered: set[str] = set()
    won = "At the 9th Academy Awards, Ivo Brandt won Best Actor for Other Tale."
    facts = {"cast": [_row("Other Tale stars Ivo Brandt as Tobin Hale, a man of the hills.", actor="Ivo Brandt",
                           character="Tobin Hale", order=1, voice=False)],
             "award": [_row(won, ceremony="Academy Awards", ordinal=9, year=None, category="Best Actor",
                            outcome="won", recipient="Ivo Brandt")]}
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1968, 30_000), facts, pool, random.Random(seed)):
            if "Best Actor" in q.text and q.answers == ["Ivo Brandt"]:
                offered.update(q.distractors)
    assert offered and "Bede Marrow" not in offered


def test_round23_a_part_told_young_after_its_name_takes_no_player_of_a_grown_part():
    # Round 23: a college student's part ("Tessa is a rebellious student", told after the name) took
    # the film's players of a fence called "Mr. ..." and of the team's coach: "far too old".
    assert options.part_age(["Tessa Osk"], [], ["Tessa Osk is a rebellious student on a scholarship."]) == "young"
    assert options.part_age(["Tessa"], [], ["Tessa was the boss's daughter."]) == "young"
    assert options.part_age(["Mr. Osk"], [], []) == "grown"
    assert options.part_age(["Coach Bede Vey"], [], []) == "grown"
    assert options.part_age(["Tessa"], [], ["Tessa is the one who leaves."]) == ""
    pool = Pool()
    _sexed(pool, 1, 2018, "Other Tale", {"Ivo Brandt": "m", "Kip Morrow": "m", "Ned Hale": "m", "Rob Dunn": "m",
                                         "Cal Reed": "m"})
    pool.finish()
    sentence = "Other Tale is a 2018 Ruritanian drama film."
    cast = [("Ivo Brandt", "Tobin Hale", 1), ("Kip Morrow", "Wren Osk", 2), ("Ned Hale", "Bat Vey", 3),
            ("Rob Dunn", "Mr. Van Osk", 4), ("Cal Reed", "Coach Bede Marrow", 5)]
    facts = {"cast": [_row(f"{a} as {p}.", section="Cast", actor=a, character=p, order=o, voice=False)
                      for a, p, o in cast],
             "text": [{"text": sentence, "section": "Lead"},
                      {"text": "Tobin Hale is a rebellious student who hates sport.", "section": "Plot"}]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 2018, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Ivo Brandt"] and q.text.startswith("Who played"):
                offered |= set(q.distractors)
    assert not offered & {"Rob Dunn", "Cal Reed"}


def test_round23_a_composer_whose_music_a_film_took_is_no_option_for_a_score():
    # Round 23: a nineteenth-century concert composer, credited on a 1930s film whose article says
    # his music was used, arranged by its film composer, offered among a 1940s film's score composers.
    rows = [("Ora Pell", "Ora Pell's music was used throughout, re-orchestrated by Kip Morrow."),
            ("Kip Morrow", "The score was composed by Kip Morrow."),
            ("Ned Hale", "Ned Hale's music for the film was nominated for an award."),  # a film composer's own score
            ("Bede Vey", "Bede Vey's themes were adapted for the ballet scene."),
            ("Bede Vey", "The score is by Bede Vey.")]  # a film composer too, elsewhere
    assert options.borrowed_music(rows) == {"Ora Pell"}
    pool = Pool()
    for fid, year, name in ((2, 1935, "Ora Pell"), (3, 1942, "Kip Morrow"), (4, 1944, "Ned Hale"),
                            (5, 1941, "Bede Vey"), (6, 1943, "Cal Reed")):
        pool.years[fid] = year
        pool.add("title", fid, f"Tale {fid}", 9_000)
        pool.add_film(fid, {"identity": [{"key": "country", "value": "Ruritanian"}]})
        pool.add("crew:composer", fid, name)
    pool.borrowed_music = options.borrowed_music(rows)
    pool.finish()
    lead = "Other Tale is a 1943 Ruritanian drama film. The score was composed by Ivo Brandt."
    facts = {"crew": [_row(lead, role="composer", name="Ivo Brandt")], "text": [{"text": lead, "section": "Lead"}]}
    offered: set[str] = set()
    for seed in range(12):
        for q in questions_for_film(Film(1, "Other Tale", "Other Tale", 1943, 20_000), facts, pool, random.Random(seed)):
            if q.answers == ["Ivo Brandt"]:
                offered |= set(q.distractors)
    assert offered and "Ora Pell" not in offered


def test_round23_a_player_known_only_from_comedies_is_no_option_for_a_dramas_lead():
    # Rounds 20, 21, 23: the comic star of one satire offered for a drama's prizefighter ("the wrong type").
    comedy, drama = frozenset({"comedy"}), frozenset({"drama"})
    assert options.typecast_apart(comedy, drama, [comedy, frozenset({"comedy", "war"})])
    assert not options.typecast_apart(comedy, drama, [comedy, drama])
    assert not options.typecast_apart(comedy, drama, [comedy, None]) and not options.typecast_apart(comedy, drama, [])
    assert not options.typecast_apart(comedy, drama, [frozenset({"comedy", "drama"})])  # a comedy-drama's player
    pool = Pool()
    _sexed(pool, 1, 1962, "Other Tale", {"Ivo Brandt": "m", "Kip Morrow": "m"})
    _sexed(pool, 3, 1961, "Tale 3", {"Cal Reed": "m", "Tam Osk": "m"})
    _sexed(pool, 4, 1963, "Tale 4", {"Jory Vale": "m", "Bede Marrow": "m"})
    _country(pool, 2, 1964, "Tale 2", "black comedy")
    for order, name in enumerate(("Ned Hale", "Rob Dunn"), start=1):
        pool.add("actor", 2, name, order)
        pool.genders[options.q.norm(name)] = "m"
    pool.finish()
    offered = _played_options(pool, 1962, [("Ivo Brandt", "Mountain Osk", 1), ("Kip Morrow", "Wren", 2)],
                              "Ivo Brandt", "Mountain Osk")
    assert offered and not offered & {"Ned Hale", "Rob Dunn"}


def test_a_source_author_option_wrote_the_same_kind_of_work_for_the_same_audience():
    # Round 24: a children's author, adapted only by a cartoon, and a novelist were offered as a war
    # memoir's author. An author's kinds come from the works the films adapting them adapt.
    items = {"based_on": [(1, "Other Tale", 1.0), (2, "Salt Lanterns", 1.0), (3, "Kelp Row", 1.0), (4, "Old Quay", 1.0)],
             "crew:based_on_author": [(1, "Ora Pell", 1.0), (2, "Kip Morrow", 1.0), (3, "Wren Dale", 1.0),
                                      (4, "Tam Osk", 1.0)]}
    kinds = {"other tale": "nonfiction", "salt lanterns": "print", "kelp row": "nonfiction"}
    by_author = options.author_kinds(items, kinds, animated={4})
    memoir = frozenset({"nonfiction"})
    assert options.author_kind_rank(by_author["Wren Dale"], memoir, cartoon=False) == options.FAIR
    assert options.author_kind_rank(by_author["Kip Morrow"], memoir, cartoon=False) == options.NEVER  # a novelist
    assert options.author_kind_rank(by_author["Tam Osk"], memoir, cartoon=False) == options.NEVER  # cartoons only
    assert options.author_kind_rank(by_author["Tam Osk"], frozenset(), cartoon=True) == options.FAIR
    assert options.author_kind_rank(None, memoir, cartoon=False) == options.FAIR  # nothing known of them


def test_round24_a_little_known_films_director_takes_only_little_known_directors():
    # Round 24: two celebrated auteurs beside an unknown for a micro-budget satire's director, a
    # famous actor-director for a low-budget independent film's ("a giveaway by standing"); the
    # library knew two of them only from lead-only articles. A little-known film's director options
    # are directors the library knows, film by film, to be little known; when fewer than three are
    # left, the question gets no buttons at all.
    def library(smalls: int, answer_known: bool = False) -> Pool:
        pool = Pool()
        _directed(pool, 1, 2018, "Ivo Brandt", "science fiction", 3_000)  # a film few know
        if answer_known:
            _directed(pool, 9, 2012, "Ivo Brandt", "science fiction", 8_000)  # a known film of his
        _directed(pool, 5, 2017, "Bede Marrow", "science fiction", 30_000)  # a famous film's director
        _directed(pool, 6, 2018, "Rob Dunn", "science fiction", 900)  # a lead alone: fame untold
        _directed(pool, 7, 2016, "Wren Dale", "science fiction", 3_000)
        pool.add("category:Academy Awards", 7, "Best Director")  # up for a major award
        _directed(pool, 8, 2018, "Cal Vey", "science fiction", 900)
        pool.obscure = {8}  # a lead alone, calling itself a kind few know
        for fid, name, chars in ((2, "Kip Morrow", 3_000), (3, "Ned Hale", 2_500), (4, "Tam Osk", 6_000))[:smalls]:
            _directed(pool, fid, 2017, name, "science fiction", chars)
        return pool.finish()
    assert _director_options_of(library(3), 1, "Other Tale", 2018, "science fiction") == {
        "Kip Morrow", "Ned Hale", "Tam Osk", "Cal Vey"}
    assert _director_options_of(library(1), 1, "Other Tale", 2018, "science fiction") is None
    # ... not when the library knows the answer from a known film too: he stands among known names
    assert _director_options_of(library(1, answer_known=True), 1, "Other Tale", 2018, "science fiction") is not None
    assert options.small_name([2], {2: 0}, {}, set()) and options.small_name([8], {}, {}, {8})
    assert not options.small_name([6], {}, {}, set()) and not options.small_name([5], {5: 2}, {}, set())
    assert not options.small_name([7], {7: 0}, {7: 1}, set()) and not options.small_name([], {}, {}, set())
