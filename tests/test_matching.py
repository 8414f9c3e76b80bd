"""Tests of bot.matching: title resolution, autocomplete, titles in text, names, answer grading.

No timing assertions here (shared CI machines are noisy): speed is measured by bench/matching_bench.py.
"""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from bot.matching import (
    NameEntry,
    NameIndex,
    Resolution,
    TitleEntry,
    TitleIndex,
    choice_value,
    grade_answer,
    label,
    normalize,
    parse_number,
    title_key,
)

FILMS = [
    (1, "Her", 2013), (2, "Up", 2009), (3, "It", 2017), (4, "It", 1990),
    (5, "The Incredibles", 2004), (6, "Incredibles 2", 2018), (7, "Rush", 2013), (8, "Rush", 1991),
    (9, "Amélie", 2001), (10, "It's a Wonderful Life", 1946), (11, "The Godfather", 1972),
    (12, "The Godfather Part II", 1974), (13, "E.T. the Extra-Terrestrial", 1982), (14, "Hereditary", 2018),
    (15, "Hero", 2002), (16, "Herbie", 1968), (17, "Star Wars", 1977), (18, "Life", 2017),
    (19, "Titanic", 1997), (20, "2001: A Space Odyssey", 1968), (21, "1917", 2019), (22, "Heat", 1995),
    (23, "Alien", 1979), (24, "Aliens", 1986), (25, "Us", 2019), (26, "Three Kings", 1999),
    (27, "Léon: The Professional", 1994), (28, "Fast & Furious", 2009),
]


@pytest.fixture(scope="module")
def idx() -> TitleIndex:
    return TitleIndex(TitleEntry(i, t, y) for i, t, y in FILMS)


def ids(res: Resolution) -> list[int]:
    return [e.id for e, _s in res.candidates]


# --- normalisation ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Amélie", "amelie"),
        ("It\u2019s a Wonderful Life", "its a wonderful life"),
        ("Fast & Furious", "fast and furious"),
        ("E.T. the Extra-Terrestrial", "et the extra terrestrial"),
        ("  The   Godfather!! ", "the godfather"),
        ("Straße Æon Łódź", "strasse aeon lodz"),
        ("", ""),
    ],
)
def test_normalize(raw: str, want: str) -> None:
    assert normalize(raw) == want


def test_title_key_drops_article_and_canonicalises_numerals() -> None:
    assert title_key("The Incredibles") == title_key("incredibles") == "incredibles"
    assert title_key("Incredibles, The") == "incredibles"
    assert title_key("A") == "a"  # an article alone is the title
    assert title_key("The Godfather Part II") == title_key("godfather part 2")
    assert title_key("An American in Paris") == "american in paris"


def test_label_and_choice_value() -> None:
    assert label(TitleEntry(1, "Her", 2013)) == "Her (2013)"
    assert label(TitleEntry(1, "Her", None)) == "Her"
    long = label(TitleEntry(1, "x" * 300, 1999))
    assert len(long) == 100 and long.endswith("(1999)")
    assert choice_value(TitleEntry(21, "1917", 2019)) == "#21"


# --- resolve ---------------------------------------------------------------------------------------
def test_exact_short_titles_are_not_swamped(idx: TitleIndex) -> None:
    for q, want in [("Her", 1), ("HER", 1), ("up", 2), ("Us", 25), ("life", 18), ("1917", 21)]:
        r = idx.resolve(q)
        assert (r.status, r.entry.id if r.entry else None) == ("exact", want), q


def test_typo_resolves_to_close_title(idx: TitleIndex) -> None:
    r = idx.resolve("herr")  # one edit from "Her" and from "Hero": the user chooses
    assert r.status == "ambiguous" and r.entry is None and sorted(ids(r)[:2]) == [1, 15]
    r = TitleIndex([TitleEntry(1, "Her", 2013), TitleEntry(2, "Herbie", 1968)]).resolve("herr")
    assert r.status == "match" and r.entry is not None and r.entry.id == 1
    r = idx.resolve("incredibels")
    assert r.status == "match" and r.entry is not None and r.entry.id == 5
    r = idx.resolve("star wrs")
    assert r.status == "match" and r.entry is not None and r.entry.id == 17


def test_transposed_three_letters_is_a_suggestion_not_a_guess(idx: TitleIndex) -> None:
    # "hre" is one transposition from "Her" but also a fragment of "three": too little to act on.
    r = idx.resolve("hre")
    assert r.status == "suggest" and r.entry is None
    assert ids(r)[0] == 1


def test_articles_either_way(idx: TitleIndex) -> None:
    assert idx.resolve("the incredibles").entry.id == 5
    assert idx.resolve("incredibles").entry.id == 5
    assert idx.resolve("the her").entry.id == 1  # an extra article is harmless
    assert idx.resolve("godfather").entry.id == 11


def test_year_disambiguates_shared_title(idx: TitleIndex) -> None:
    for q in ["Rush (2013)", "rush 2013", "2013 rush", "Rush [2013]", "rush 2013 film"]:
        r = idx.resolve(q)
        assert r.status == "exact" and r.entry.id == 7, q
    assert idx.resolve("Rush (1991)").entry.id == 8
    assert idx.resolve("Her (2013)").entry.id == 1
    r = idx.resolve("rsh 2013")  # typo + year
    assert r.status == "match" and r.entry.id == 7


def test_shared_title_without_year_is_shared(idx: TitleIndex) -> None:
    """Films with one title are "shared": the library answers for one and names the others."""
    r = idx.resolve("rush")
    assert r.status == "shared" and r.entry is None and ids(r) == [8, 7]  # oldest first
    r = idx.resolve("it")
    assert r.status == "shared" and sorted(ids(r)) == [3, 4]
    r = idx.resolve("rsh")  # a typo of a shared title is shared too
    assert r.status == "shared" and sorted(ids(r)) == [7, 8]


def test_wrong_year_is_not_silently_ignored(idx: TitleIndex) -> None:
    r = idx.resolve("her 1950")
    assert r.status == "none" and ids(r) == [1]
    r = idx.resolve("her 2014")  # off by one: festival vs release year
    assert r.status == "match" and r.entry.id == 1


def test_titles_that_start_with_a_number(idx: TitleIndex) -> None:
    assert idx.resolve("2001 a space odyssey").entry.id == 20
    r = idx.resolve("2001 a spce odyssey")
    assert r.status == "match" and r.entry.id == 20
    assert idx.resolve("1917 (2019)").entry.id == 21


def test_sequel_number_is_respected(idx: TitleIndex) -> None:
    r = idx.resolve("godfather 2")
    assert r.status == "match" and r.entry.id == 12
    assert idx.resolve("incredibles 2").entry.id == 6


def test_close_fuzzy_candidates_are_ambiguous() -> None:
    index = TitleIndex([TitleEntry(1, "Shadow of the Moon", 2007), TitleEntry(2, "Shadow of the Moor", 1999)])
    r = index.resolve("shadow of the mooo")
    assert r.status == "ambiguous" and sorted(ids(r)) == [1, 2]


def test_diacritics_and_symbols(idx: TitleIndex) -> None:
    assert idx.resolve("Amelie").entry.id == 9
    assert idx.resolve("leon the professional").entry.id == 27
    assert idx.resolve("fast and furious").entry.id == 28
    assert idx.resolve("et the extra terrestrial").entry.id == 13
    assert idx.resolve("its a wonderful life").entry.id == 10


def test_garbage_is_none_with_suggestions(idx: TitleIndex) -> None:
    r = idx.resolve("qzxv wplk")
    assert r.status == "none" and r.entry is None
    r = idx.resolve("heridatery sisters")
    assert r.status in ("none", "match")
    r = idx.resolve("the godfather part 9")
    assert r.status == "none" and 12 in ids(r)[:3]


def test_id_lookup(idx: TitleIndex) -> None:
    assert idx.resolve("#7").entry.id == 7
    assert idx.resolve("id:8").entry.id == 8
    assert idx.resolve(choice_value(idx.get(21))).entry.id == 21
    assert idx.resolve("#99999").status == "none"


# --- autocomplete ----------------------------------------------------------------------------------
def test_autocomplete_ranking_and_limits(idx: TitleIndex) -> None:
    assert [e.id for e in idx.autocomplete("her", 3)][0] == 1
    assert [e.id for e in idx.autocomplete("the inc")][:2] == [5, 6]
    assert idx.autocomplete("godf")[0].id == 11
    assert idx.autocomplete("amel")[0].id == 9
    assert idx.autocomplete("wonderfu")[0].id == 10
    rush = idx.autocomplete("rush 1991")
    assert rush[0].id == 8 and {7, 8} <= {e.id for e in rush}
    assert len(idx.autocomplete("e", 100)) <= 25
    assert idx.autocomplete("her", 0) == []


def test_autocomplete_empty_is_alphabetical(idx: TitleIndex) -> None:
    got = idx.autocomplete("", 5)
    keys = [title_key(e.title) for e in got]
    assert len(got) == 5 and keys == sorted(keys)


# --- text ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want", "span"),
    [
        ("who played samantha in her", 1, "her"),
        ("how much did the incredibles make", 5, "the incredibles"),
        ("did its a wonderful life win", 10, "its a wonderful life"),
        ("did It\u2019s a Wonderful Life win anything", 10, "It\u2019s a Wonderful Life"),
        ("tell me about the incredibels", 5, "the incredibels"),
        ("did its a wonderfull life win", 10, "its a wonderfull life"),  # fuzzy 4 words beat exact "Life"
        ("who directed Rush (2013)?", 7, "Rush (2013)"),
        ("is amélie any good", 9, "amélie"),
    ],
)
def test_find_in_text(idx: TitleIndex, text: str, want: int, span: str) -> None:
    hits = idx.find_in_text(text)
    assert hits, text
    entry, start, end, _score = hits[0]
    assert entry.id == want and text[start:end] == span


def test_find_in_text_common_words_need_exact_match(idx: TitleIndex) -> None:
    assert idx.find_in_text("hre we go again") == []  # no fuzzy for short words
    assert idx.find_in_text("what a wonderful day") == []
    # the longest title wins an overlap with a shorter one ("Life")
    assert [e.id for e, *_ in idx.find_in_text("its a wonderful life")] == [10]


# --- scale -----------------------------------------------------------------------------------------
def synthetic_titles(n: int, seed: int = 7) -> list[TitleEntry]:
    rnd = random.Random(seed)
    words = [
        "".join(rnd.choice(string.ascii_lowercase) for _ in range(rnd.randint(2, 9))) for _ in range(6000)
    ]
    return [
        TitleEntry(i, " ".join(rnd.choice(words) for _ in range(rnd.choice([1, 2, 2, 3, 3, 4, 5]))).title(),
                   rnd.randint(1920, 2024))
        for i in range(1, n + 1)
    ]


def test_forty_thousand_titles() -> None:
    entries = synthetic_titles(40_000) + [TitleEntry(10**6 + i, t, y) for i, t, y in FILMS]
    index = TitleIndex(entries)
    assert len(index) == len(entries)
    assert index.resolve("Her (2013)").entry.id == 10**6 + 1
    assert index.resolve("the incredibles").entry.id == 10**6 + 5
    got = index.autocomplete(entries[123].title[:6])
    assert 0 < len(got) <= 25
    r = index.resolve(entries[500].title)
    assert r.status in ("exact", "ambiguous") and entries[500].id in ids(r)


# --- hostile input ---------------------------------------------------------------------------------
HOSTILE = [
    "", " ", "\x00\x01\x02", "a" * 6000, "@everyone", "@here <@123456789>", "**bold** __u__ `code` ||spoiler||",
    "'; DROP TABLE films; --", "%_%", "\\", "\U0001f3ac\U0001f37f\U0001f600", "\u202e\u200b\ufeff", "(((((",
    "#", "#-1", "id:", "2013", "(2013)", "the", "a", "\n\t\r", "é" * 3000, "1" * 500, "$$$", "&&&",
]


@pytest.mark.parametrize("s", HOSTILE)
def test_hostile_strings_never_raise(idx: TitleIndex, s: str) -> None:
    assert isinstance(idx.resolve(s), Resolution)
    assert len(idx.autocomplete(s)) <= 25
    assert isinstance(idx.find_in_text(s), list)
    names = NameIndex({1: "Joaquin Phoenix", 2: "Amy Adams"})
    names.search(s, 5)
    names.best(s)
    names.autocomplete(s)
    assert grade_answer(s, ["chair"]) in (True, False)
    grade_answer("chair", [s], kind="person")
    grade_answer(s, ["47.4m"], kind="money")
    parse_number(s)
    normalize(s)
    title_key(s)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_random_text_never_raises(idx: TitleIndex, s: str) -> None:
    idx.resolve(s)
    assert len(idx.autocomplete(s)) <= 25
    idx.find_in_text(s)
    grade_answer(s, ["Joaquin Phoenix"], kind="person")
    grade_answer(s, ["$47.4 million"], kind="money")
    parse_number(s)


def test_empty_index() -> None:
    empty = TitleIndex([])
    assert empty.resolve("her").status == "none"
    assert empty.autocomplete("") == [] and empty.autocomplete("her") == []
    assert empty.find_in_text("her") == []
    assert NameIndex({}).search("x") == [] and NameIndex({}).best("x") is None


# --- names -----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def cast() -> NameIndex:
    return NameIndex({
        1: "Joaquin Phoenix", 2: "Scarlett Johansson", 3: "Amy Adams", 4: "Rooney Mara",
        5: "Hoyte van Hoytema", 6: "Olivia Wilde", 7: "Chris Pratt", 8: "Zoë Kravitz",
    })


@pytest.mark.parametrize(
    ("q", "want"),
    [("phoenix", 1), ("joaquin", 1), ("Joaqin Phoenix", 1), ("johansson", 2), ("scarlet", 2),
     ("van hoytema", 5), ("hoytema", 5), ("zoe kravitz", 8), ("KRAVITZ", 8)],
)
def test_name_search(cast: NameIndex, q: str, want: int) -> None:
    hits = cast.search(q, 5)
    assert hits and hits[0][0] == want
    assert cast.best(q) is not None and cast.best(q)[0] == want


def test_name_best_refuses_ambiguous_or_weak() -> None:
    brothers = NameIndex({1: "Joaquin Phoenix", 2: "River Phoenix"})
    assert brothers.best("phoenix") is None
    assert {h[0] for h in brothers.search("phoenix")} == {1, 2}
    assert brothers.best("joaquin phoenix")[0] == 1
    assert brothers.best("zzzz") is None
    assert brothers.best("ix") is None


def test_name_aliases_and_autocomplete() -> None:
    names = NameIndex([NameEntry(1, "Marion Crane", ("Mary",)), NameEntry(2, "Norman Bates")])
    assert names.best("mary")[0] == 1
    assert [i for i, _n in names.autocomplete("")] == [1, 2]
    assert names.autocomplete("nor")[0][0] == 2
    assert len(names.autocomplete("a", 100)) <= 25


# --- grading ---------------------------------------------------------------------------------------
def test_grade_basic() -> None:
    assert grade_answer("The Godfather", ["Godfather"])
    assert grade_answer("godfather!!", ["The Godfather"])
    assert grade_answer("amelie", ["Amélie"])
    assert grade_answer("chairs", ["chair"])
    assert grade_answer("spiderman", ["Spider-Man"])
    assert not grade_answer("air", ["chair"])
    assert not grade_answer("Up", ["Us"])
    assert not grade_answer("", ["chair"])
    assert not grade_answer("chair", [])


def test_grade_numbers() -> None:
    assert grade_answer("5", ["five"]) and grade_answer("five", ["5"])
    for form in ["$47.4 million", "47.4m", "47,400,000", "47.4 million dollars", "$47.4M", "47400000"]:
        assert grade_answer(form, ["$47.4 million"], kind="money"), form
    assert not grade_answer("47 million", ["$47.4 million"], kind="money")
    assert not grade_answer("lots", ["$47.4 million"], kind="money")
    assert grade_answer("eleven", ["11"], kind="number")
    assert not grade_answer("five easy pieces", ["5"])
    assert parse_number("twenty-five") == 25
    assert parse_number("$1.2bn") == 1.2e9
    assert parse_number("Five Easy Pieces") is None
    assert parse_number("") is None


def test_grade_years_exact() -> None:
    assert grade_answer("1994", ["1994"], kind="year")
    assert grade_answer("in 1994", ["1994"], kind="year")
    assert not grade_answer("1995", ["1994"], kind="year")
    assert not grade_answer("94", ["1994"], kind="year")


def test_grade_person_surname_not_first_name() -> None:
    assert grade_answer("phoenix", ["Joaquin Phoenix"], kind="person")
    assert grade_answer("Joaquin Phoenix", ["Joaquin Phoenix"], kind="person")
    assert not grade_answer("joaquin", ["Joaquin Phoenix"], kind="person")
    assert grade_answer("van Hoytema", ["Hoyte van Hoytema"], kind="person")
    assert grade_answer("hoytema", ["Hoyte van Hoytema"], kind="person")
    assert not grade_answer("hoyte", ["Hoyte van Hoytema"], kind="person")
    assert grade_answer("day-lewis", ["Daniel Day-Lewis"], kind="person")
    assert grade_answer("downey", ["Robert Downey Jr."], kind="person")
    assert grade_answer("cher", ["Cher"], kind="person")
    assert not grade_answer("phoenix", ["Joaquin Phoenix"], kind="text")  # surnames only for people


ANSWERS = ["The Godfather", "Joaquin Phoenix", "Amélie", "chair", "It's a Wonderful Life", "Rosebud",
           "Hoyte van Hoytema", "Up", "Schindler's List", "Casablanca"]
PEOPLE = {"Joaquin Phoenix", "Hoyte van Hoytema"}
ACCENTS = {"a": "áàâä", "e": "éèêë", "i": "íìîï", "o": "óòôö", "u": "úùûü", "n": "ñ", "c": "ç"}


@st.composite
def disguised(draw: st.DrawFn) -> tuple[str, str]:
    """An accepted answer with random case, accents, apostrophes and boundary punctuation."""
    answer = draw(st.sampled_from(ANSWERS))
    out = []
    for ch in answer:
        low = ch.lower()
        if low in ACCENTS and draw(st.booleans()):
            ch = draw(st.sampled_from(ACCENTS[low]))
        ch = ch.upper() if draw(st.booleans()) else ch.lower()
        out.append(ch)
        if ch.isalpha() and draw(st.integers(0, 9)) == 0:
            out.append(draw(st.sampled_from(["'", "\u2019"])))
    text = "".join(out).replace(" ", draw(st.sampled_from([" ", "  ", " - ", ", "])))
    pre = draw(st.sampled_from(["", " ", "\u201c", '"', "**", "(", "the "]))
    if pre == "the " and answer.lower().startswith("the "):
        pre = ""
    post = draw(st.sampled_from(["", " ", "!", "?", ".", "\u201d", '"', "**", ")", "..."]))
    return answer, pre + text + post


@settings(max_examples=300)
@given(disguised())
def test_property_disguised_answer_is_accepted(case: tuple[str, str]) -> None:
    answer, text = case
    kind = "person" if answer in PEOPLE else "text"
    assert grade_answer(text, [answer], kind=kind), (answer, text)


@settings(max_examples=300)
@given(st.sampled_from(ANSWERS), st.text(alphabet=string.ascii_letters + " ", min_size=1, max_size=25))
def test_property_different_word_is_rejected(answer: str, other: str) -> None:
    a, o = title_key(answer), title_key(other)
    assume(o and Levenshtein.distance(a, o) > max(3, len(a) // 3))
    for kind in ("text", "person"):
        first = normalize(answer).split()[0]
        if kind == "person" and " " in normalize(answer):
            surname = normalize(answer).split()[-1]
            assume(Levenshtein.distance(o, surname) > 2 and o != first)
        if kind == "person" and " " not in normalize(answer) and normalize(other).split():
            # a one-word person answer is the surname the article gives: a full name ending in it is
            # right by design ("Ora Myers" for "Myers"); the property is about a different word
            assume(Levenshtein.distance(normalize(other).split()[-1], normalize(answer)) > 2)
        assert not grade_answer(other, [answer], kind=kind), (answer, other)


@settings(max_examples=200)
@given(st.integers(0, 10**12))
def test_property_number_forms_agree(n: int) -> None:
    assert grade_answer(f"{n:,}", [str(n)], kind="number")
    assert grade_answer(f"${n:,}", [f"{n} dollars"], kind="money")
    assert not grade_answer(str(n + 1), [str(n)], kind="number")
    if n % 100_000 == 0 and n:
        assert grade_answer(f"{n // 1_000_000}.{(n // 100_000) % 10}m", [f"${n:,}"], kind="money")


def test_shortlisted_resolution_agrees_with_the_exhaustive_one(monkeypatch):
    """Large indexes score a shortlist; on typo'd queries it must pick what a full scan picks."""
    import random

    import bot.matching as m

    rng = random.Random(5)
    words = ["night", "river", "last", "summer", "blue", "city", "ghost", "return", "secret", "road", "star",
             "winter", "iron", "silent", "golden", "dark", "house", "heart", "storm", "king", "garden", "fire"]
    titles = {" ".join(rng.sample(words, rng.randint(1, 4))).title() for _ in range(4000)}
    titles |= {"The Incredibles", "Her", "Taxi Driver", "Spirited Away", "The Empire Strikes Back", "Rocky"}
    entries = [m.TitleEntry(i, t, 1950 + i % 70) for i, t in enumerate(sorted(titles))]
    idx = m.TitleIndex(entries)
    queries = ["the incredbles", "taxi drvier", "spirted away", "empire strikes bak", "rokcy"]
    queries += [t.lower()[:-1] + "x" for t in rng.sample(sorted(titles), 40)]
    fast = [idx.resolve(q) for q in queries]
    monkeypatch.setattr(m, "SHORTLIST_MIN_INDEX", 10**9)
    slow = [idx.resolve(q) for q in queries]
    for q, a, b in zip(queries, fast, slow, strict=True):
        assert (a.status, a.entry) == (b.status, b.entry), q


def test_grades_and_surname_only_answers():
    from bot.matching import grade_answer

    assert not grade_answer("A+", ["A"]) and grade_answer("B-", ["B−"]) and grade_answer("b -", ["B−"])
    assert grade_answer("Spike Jonze", ["Jonze"], kind="person")  # the article named only the surname
    assert not grade_answer("Spike", ["Spike Jonze"], kind="person")


# --- never the wrong film ------------------------------------------------------------------------------
SEEDS = [(1, "BlacKkKlansman", 2018), (2, "Her", 2013), (3, "Rocky", 1976), (4, "Roman Holiday", 1953),
         (5, "Rush", 2013), (6, "Spirited Away", 2001), (7, "Taxi Driver", 1976), (8, "The Incredibles", 2004)]


@pytest.fixture(scope="module")
def seeds() -> TitleIndex:
    return TitleIndex(TitleEntry(i, t, y) for i, t, y in SEEDS)


@pytest.mark.parametrize(
    ("typed", "status", "named"),
    [
        # unrelated: nothing offered, nothing named
        ("the godfather", "none", []), ("mother", "none", []), ("weather", "none", []), ("together", "none", []),
        ("her majesty", "none", []), ("rocky balboa", "none", []), ("rocketman", "none", []),
        ("rushmore", "none", []), ("rush hour", "none", []), ("titanic", "none", []), ("out of africa", "none", []),
        ("army of one", "none", []),
        # the same words, another number: named, not offered
        ("rocky ii", "none", [3]), ("rocky 2", "none", [3]), ("rocky part two", "none", [3]),
        ("incredibles 2", "none", [8]), ("the incredibles chapter 2", "none", [8]),
        # part of a title, or close: "did you mean"
        ("taxi", "suggest", [7]), ("spirited", "suggest", [6]), ("taxi drivr xyz", "suggest", [7]),
    ],
)
def test_near_misses_are_never_another_film(seeds: TitleIndex, typed: str, status: str, named: list[int]) -> None:
    r = seeds.resolve(typed)
    assert (r.status, r.entry, ids(r)) == (status, None, named), typed


@pytest.mark.parametrize(
    ("typed", "want"),
    [("taxi drivr", 7), ("the incredibels", 8), ("spirted away", 6), ("blackkklansmen", 1), ("roman holliday", 4),
     ("rokcy", 3), ("incredbles", 8), ("black kk klansman", 1), ("taxi driver film", 7), ("spirited away 2002", 6),
     ("Incredibles, The", 8), ("roman holiday (1953)", 4)],
)
def test_typod_seed_titles_resolve(seeds: TitleIndex, typed: str, want: int) -> None:
    r = seeds.resolve(typed)
    assert r.found and r.entry.id == want, (typed, r.status)


@pytest.mark.parametrize(
    ("typed", "title", "want"),
    [
        ("example ii", "Example", "related"), ("example part 2", "Example Part II", "accept"),
        ("example 2", "Example Part Two", "accept"), ("example chapter one", "Example Chapter 2", "related"),
        ("example", "Example 2", "suggest"), ("exampel", "Example", "accept"), ("examples", "Example", "accept"),
        ("the example street", "Example", None), ("example street", "Example Road", None),
        # one word differs: worth a "did you mean", never taken
        ("my mother the hero", "My Father the Hero", "suggest"), ("first avenger", "Last Avenger", "suggest"),
        ("lord of rings", "The Lord of the Rings", "accept"), ("spider man", "Spiderman", "accept"),
        ("hre", "Her", "suggest"), ("herr", "Her", "accept"), ("2001", "2001: A Space Odyssey", "suggest"),
        ("example movie", "Example", "accept"), ("example", "Example Movie", "suggest"),
        # a few letters in common with a longer title is not "close"
        ("mother", "Not Another B Movie", None), ("mother", "Seven Brides for Seven Brothers", None),
        ("the matrix", "Aa Karaala Ratri", None), ("army of one", "Army of Darkness", None),
        # how titles are really mistyped: "teh", a space in the wrong place
        ("enter teh dragon", "Enter the Dragon", "accept"), ("raisin gthe wind", "Raising the Wind", "accept"),
        ("out o fthe past", "Out of the Past", "accept"),
    ],
)
def test_title_relation(typed: str, title: str, want: str | None) -> None:
    from bot.matching import title_relation

    assert title_relation(title_key(typed), title_key(title)) == want


def test_one_typo_from_two_titles_is_a_choice() -> None:
    index = TitleIndex([TitleEntry(1, "Glass", 2019), TitleEntry(2, "Grass", 2020), TitleEntry(3, "Green", 2001)])
    r = index.resolve("glasss")
    assert r.status == "match" and r.entry.id == 1
    r = index.resolve("gsass")
    assert r.status == "ambiguous" and sorted(ids(r)[:2]) == [1, 2]


@pytest.mark.parametrize("q", ["nobody famous", "ebert", "zzzz", "ix", "j", "the", "johansen scarlett x"])
def test_unknown_names_match_nobody(cast: NameIndex, q: str) -> None:
    assert cast.match(q) == [] and cast.best(q) is None


@pytest.mark.parametrize(
    ("q", "want"),
    [("van hoytema", 5), ("hoytema", 5), ("hoyte van hoytema", 5), ("h van hoytema", 5), ("scarlet johanson", 2),
     ("johansson", 2), ("amy", 3), ("rooney", 4), ("kravitz", 8), ("vanhoytema", 5), ("the joaquin phoenix", 1)],
)
def test_name_match_by_every_word(cast: NameIndex, q: str, want: int) -> None:
    hits = cast.match(q)
    assert [h[0] for h in hits] == [want], (q, hits)


def test_name_match_prefers_the_fuller_name_and_keeps_namesakes() -> None:
    names = NameIndex({1: "Joaquin Phoenix", 2: "River Phoenix", 3: "Robert De Niro", 4: "Niro"})
    assert {h[0] for h in names.match("phoenix")} == {1, 2} and names.best("phoenix") is None
    assert [h[0] for h in names.match("river phoenix")] == [2]
    assert names.match("de niro")[0][0] == 3 and names.best("de niro")[0] == 3
    assert names.match("robert niro")[0][0] == 3
    # one typed word covers one word of a name: "lee" is not two thirds of a name with "hee" in it
    lees = NameIndex({1: "Lee Eon-hee", 2: "Spike Lee", 3: "Bruce Lee"})
    assert lees.best("lee") is None and {h[0] for h in lees.match("lee")} == {1, 2, 3}
