"""Money extraction: golden facts on the seed, hand-checked corpus figures, the evidence contract."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.article import Article, parse_article
from bot.extract import money
from bot.extract.common import parse_money
from bot.facts import MoneyFact
from tests.conftest import SEED, article_path, corpus_files


def _load(path: Path) -> Article:
    return parse_article(path.read_text(encoding="utf-8"))


def _article(text: str) -> Article:
    return parse_article("Test (film)\n" + text + "\n")


def _facts(article: Article) -> list[MoneyFact]:
    facts = money.extract(article)
    assert all(isinstance(f, MoneyFact) for f in facts)
    return facts  # type: ignore[return-value]


def _rows(facts: list[MoneyFact]) -> set[tuple]:
    return {(f.kind, f.amount, f.amount_high, f.currency, f.qualifier, f.text) for f in facts}


@pytest.fixture(scope="module")
def seed() -> Article:
    return _load(SEED)


@pytest.fixture(scope="module")
def corpus() -> dict[str, Article]:
    return {p.name: _load(p) for p in corpus_files()}


# --- parse_money ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("over $48 million", (48_000_000.0, None, "USD", "over")),
        ("$47.4 million", (47_400_000.0, None, "USD", "")),
        ("$258,000", (258_000.0, None, "USD", "")),
        ("₹500 crore", (5_000_000_000.0, None, "INR", "")),
        ("₹39.65 lakh", (3_965_000.0, None, "INR", "")),
        ("£3 million", (3_000_000.0, None, "GBP", "")),
        ("£3m", (3_000_000.0, None, "GBP", "")),
        ("€12 million", (12_000_000.0, None, "EUR", "")),
        ("¥1.9 billion", (1_900_000_000.0, None, "JPY", "")),
        ("US$76 million", (76_000_000.0, None, "USD", "")),
        ("A$3.5 million", (3_500_000.0, None, "AUD", "")),
        ("CA$12 million", (12_000_000.0, None, "CAD", "")),
        ("between $200 and $250 million", (200_000_000.0, 250_000_000.0, "USD", "")),
        ("$200–250 million", (200_000_000.0, 250_000_000.0, "USD", "")),
        ("an estimated $30 million", (30_000_000.0, None, "USD", "about")),
        ("more than $5 million", (5_000_000.0, None, "USD", "over")),
        ("less than $1 million", (1_000_000.0, None, "USD", "under")),
        ("at least $2 million", (2_000_000.0, None, "USD", "at least")),
        ("nearly $10 million", (10_000_000.0, None, "USD", "about")),
        ("50,000 dollars", (50_000.0, None, "USD", "")),
        ("$261.4 million", (261_400_000.0, None, "USD", "")),
    ],
)
def test_parse_money(text: str, expected: tuple) -> None:
    assert parse_money(text) == expected


@pytest.mark.parametrize(
    "text",
    ["released in 2013", "a runtime of 126 minutes", "in 1,729 theaters", "he lost 35 pounds",
     "won 3 awards", "1 crore views on YouTube"],
)
def test_parse_money_ignores_non_money(text: str) -> None:
    assert parse_money(text) is None


def test_from_to_is_two_figures_not_a_range() -> None:
    facts = _facts(_article("Production\nThe budget escalated from $30 million to $48 million."))
    assert [(f.kind, f.amount, f.amount_high) for f in facts] == [
        ("budget", 30_000_000.0, None), ("budget", 48_000_000.0, None)]


# --- the seed -----------------------------------------------------------------------------------
def test_seed_golden(seed: Article) -> None:
    facts = _facts(seed)
    rows = _rows(facts)
    expected = {
        ("budget", 23_000_000.0, None, "USD", "", "$23 million"),
        ("worldwide", 48_000_000.0, None, "USD", "over", "$48 million"),
        ("worldwide", 47_400_000.0, None, "USD", "", "$47.4 million"),
        ("opening_weekend", 258_000.0, None, "USD", "", "$258,000"),
        ("per_theater", 43_000.0, None, "USD", "", "$43,000"),
        ("domestic", 25_600_000.0, None, "USD", "", "$25.6 million"),
        ("international", 21_800_000.0, None, "USD", "", "$21.8 million"),
        ("home_media", 4_900_000.0, None, "USD", "", "$4.9 million"),
        ("home_media", 2_700_000.0, None, "USD", "", "$2.7 million"),
        ("home_media", 2_200_000.0, None, "USD", "", "$2.2 million"),
        ("gross", 3_000_000.0, None, "USD", "over", "$3 million"),
        # The first weekend of the wide release is filed as an opening weekend.
        ("opening_weekend", 5_350_000.0, None, "USD", "", "$5.35 million"),
    }
    assert expected <= rows
    assert len(facts) == 13  # nothing else: no year, runtime or theatre count read as money


def test_seed_conflicting_figures_kept_with_their_sentences(seed: Article) -> None:
    facts = _facts(seed)
    worldwide = {f.text: f for f in facts if f.kind == "worldwide"}
    assert set(worldwide) == {"$48 million", "$47.4 million"}
    assert seed.sections[seed.sentences[worldwide["$48 million"].sentence].section].kind == "lead"
    assert seed.sections[seed.sentences[worldwide["$47.4 million"].sentence].section].kind == "box_office"
    budgets = [f for f in facts if f.kind == "budget"]
    assert len(budgets) == 2 and len({f.sentence for f in budgets}) == 2
    assert {seed.sections[seed.sentences[f.sentence].section].kind for f in budgets} == {"lead", "filming"}


def test_seed_regions(seed: Article) -> None:
    by_text = {f.text: f for f in _facts(seed)}
    assert by_text["$25.6 million"].region == "in the United States and Canada"
    assert by_text["$21.8 million"].region == "in other territories"
    assert by_text["$47.4 million"].region == "worldwide"


# --- hand-checked corpus articles -------------------------------------------------------------
def _find(name: str) -> list[MoneyFact]:
    return _facts(_load(article_path(name)))


def test_crore_budget_keeps_rupees_and_drops_the_conversion() -> None:
    facts = _find("2-0-2018.txt")
    budget = [f for f in facts if f.kind == "budget"]
    assert [(f.amount, f.currency, f.text) for f in budget] == [(5_430_000_000.0, "INR", "₹543 crore")]
    assert not any(f.text.startswith("US$76") for f in facts)  # the bracketed conversion


def test_crore_gross_against_budget() -> None:
    rows = {(f.kind, f.amount, f.currency) for f in _find("agnyaathavaasi-2018.txt")}
    assert rows == {("gross", 900_000_000.0, "INR"), ("budget", 700_000_000.0, "INR")}


def test_pound_budget() -> None:
    facts = _find("monty-python-and-the-holy-grail-1975.txt")
    assert [(f.kind, f.amount, f.currency, f.qualifier, f.text) for f in facts] == [
        ("budget", 200_000.0, "GBP", "about", "£200,000")]  # the investors' £20,000 stakes are not a budget


def test_yen_and_range() -> None:
    spirited = {(f.kind, f.amount, f.currency) for f in _find("spirited-away-2001.txt")}
    assert ("budget", 1_900_000_000.0, "JPY") in spirited
    assert ("worldwide", 289_000_000.0, "USD") in spirited
    gb2 = _find("ghostbusters-ii-1989.txt")
    assert ("budget", 30_000_000.0, 40_000_000.0, "$30–40 million") in {
        (f.kind, f.amount, f.amount_high, f.text) for f in gb2}
    outside = [f for f in gb2 if f.text == "$102.9 million"]
    assert [(f.kind, f.region, f.qualifier) for f in outside] == [("international", "Outside North America", "about")]


# --- contract over the whole corpus --------------------------------------------------------------
@pytest.mark.corpus
def test_evidence_and_sanity_over_corpus(corpus: dict[str, Article]) -> None:
    kinds = {"budget", "opening_weekend", "per_theater", "domestic", "international", "worldwide", "home_media", "gross",
             "partial", "rentals"}
    total = 0
    for name, article in corpus.items():
        for f in _facts(article):
            total += 1
            text = article.sentences[f.sentence].text
            assert isinstance(f, MoneyFact)
            for field, value in f.evidence_texts():
                assert value in text, (name, field, value, text)
            assert f.region == "" or f.region in text, (name, f.region)
            assert f.kind in kinds
            if f.kind == "budget":  # a budget's stage ("initial", "final", "planned"), named by a word of the sentence
                assert f.period in {"", *money.BUDGET_STAGES}, (name, f)
            else:  # a part of the run, as worded
                assert (f.kind == "partial") == bool(f.period) and (not f.period or f.period in text), (name, f)
            assert f.amount > 0 and (f.amount_high is None or f.amount_high > f.amount)
            assert article.sections[article.sentences[f.sentence].section].kind not in {"plot", "cast"}
    assert total > 150  # the extractor is not silently off


@pytest.mark.corpus
def test_no_exception_on_any_article(corpus: dict[str, Article]) -> None:
    for article in corpus.values():
        money.extract(article)
    money.extract(_article(""))
    money.extract(_article("Box office\n$ million. ₹ crore. US$million. between $ and $5. $5–. £."))


# --- shapes read by meaning (invented sentences) -------------------------------------------------
def _one(text: str) -> list[tuple]:
    return [(f.kind, f.amount, f.currency, f.qualifier, f.region, f.text) for f in _facts(_article(text))]


def test_budgeted_film_is_a_budget() -> None:
    assert _one("Production\nA set painter worked on the $42 million budgeted film.") == [
        ("budget", 42_000_000.0, "USD", "", "", "$42 million")]


def test_allotted_is_a_budget() -> None:
    assert _one("Production\nThe studio allotted only $2.7 million for the shoot.")[0][:2] == ("budget", 2_700_000.0)


def test_made_the_film_for_is_a_budget_not_a_gross() -> None:
    assert _one("Production\nThe director made Quillfeather for US$8 million through his own company.") == [
        ("budget", 8_000_000.0, "USD", "", "", "US$8 million")]


def test_more_than_is_a_hedge_not_a_comparison() -> None:
    assert _one("Box office\nAs the film earned more than ₹123 crores, it was declared a hit.") == [
        ("gross", 1_230_000_000.0, "INR", "over", "", "₹123 crores")]


def test_named_country_is_the_region_not_worldwide() -> None:
    rows = _one("Box office\nIt did best in Ruritania, no, in Germany, where it grossed €4 million.")
    assert rows == [("gross", 4_000_000.0, "EUR", "", "Germany", "€4 million")]
    rows = _one("Box office\nCollections in India, leaving out overseas, were ₹55 crore gross.")
    assert rows == [("gross", 550_000_000.0, "INR", "", "India", "₹55 crore")]


def test_a_list_of_countries_names_none_of_them() -> None:
    rows = _one("Box office\nAfter openings in Spain, Italy and Norway, the film had earned $3 million in 9 countries.")
    assert [r[4] for r in rows] in ([""], ["9 countries"])
    assert all(r[4] != "Spain" for r in rows)


def test_conversion_in_brackets_is_one_fact() -> None:
    rows = _one("Box office\nThe film grossed ₹80 crore (US$11 million in 2019) worldwide.")
    assert [(r[0], r[5]) for r in rows] == [("worldwide", "₹80 crore")]


def test_another_films_opening_is_not_this_films() -> None:
    rows = _one("Box office\nIt debuted to $12 million, beating the $9 million opening of Other Film's sequel.")
    assert [(r[0], r[5]) for r in rows] == [("opening_weekend", "$12 million")]


def test_presales_are_not_takings() -> None:
    assert _one("Production\nThe shoot was covered by foreign presales, totalling $6 million.") == []


@pytest.mark.parametrize("sentence, want", [
    ("It made $7.6 million on its first day, including $1 million from Thursday night previews.",
     {(7_600_000, "partial", "first day"), (1_000_000, "partial", "Thursday night previews")}),
    ("The film dropped 70.2% in its second weekend to $8.4 million, finishing fifth.", {(8_400_000, "partial", "second weekend")}),
    ("The film opened on March 13, 1987 to a weekend gross of $807,260.", {(807_260, "opening_weekend", "")}),
    ("The film earned $2,002,000 in the US and Canada and $1,555,000 elsewhere but because of its high cost "
     "incurred a loss of $96,000.", {(2_002_000, "domestic", ""), (1_555_000, "international", "")}),
    ("First weekend collections stood around ₹60 crore worldwide.", {(600_000_000, "opening_weekend", "")}),
    ("The film was released in 2001 and grossed $5 million.", {(5_000_000, "gross", "")}),
    ("Invented Film made $25.7 million on its debut Friday (June 24, 2011).", {(25_700_000, "partial", "debut Friday")}),
    ("The following week dropped 45% to $8.6 million, finishing sixth.", {(8_600_000, "partial", "following week")}),
])
def test_parts_of_the_run_keep_their_period(sentence, want) -> None:
    art = parse_article(f"Invented Film\nInvented Film is a 2001 film.\nBox office\n{sentence}\n")
    assert {(f.amount, f.kind, f.period) for f in _facts(art)} == want


@pytest.mark.parametrize("sentence, want", [
    ("Ora Dawn Part 1 and 2 took ₩40 billion (around US$36.6 million) to produce.", [("budget", 40_000_000_000.0)]),
    ("The film accumulated $46.2 million from 6.2 million admissions.", [("gross", 46_200_000.0)]),
])
def test_more_words_of_cost_and_takings(sentence: str, want: list) -> None:
    art = parse_article(f"Ora Dawn\nOra Dawn is a 2018 film.\n\nBox office\n{sentence}\n")
    assert [(f.kind, f.amount) for f in _facts(art)] == want


def test_a_list_of_places_with_figures_in_brackets() -> None:
    """"in the United Kingdom ($9 million), France ($7.1 million) and Mexico ($5 million)": each figure is its
    place's gross, not a conversion of the one before; a film's title before a bracket is no place."""
    facts = _facts(_article("Box office\nIt opened atop the box office in twenty countries, with the biggest grosses "
                            "being in the United Kingdom ($9 million, including previews), France ($7.1 million) and "
                            "Mexico ($5 million), ahead of Other Picture ($11.7 million)."))
    assert [(f.amount, f.region) for f in facts] == [(9e6, "United Kingdom"), (7.1e6, "France"), (5e6, "Mexico")]


@pytest.mark.parametrize("sentence, want", [
    ("Other Tale was a hit, earning $7.25 million in theatrical rentals during its release in North America, and it "
     "earned an additional $1.25 million in theatrical rentals overseas.",
     [("rentals", 7_250_000.0, ""), ("rentals", 1_250_000.0, "overseas")]),
    ("Other Tale earned $11 million in rentals at the North American box office.",
     [("rentals", 11_000_000.0, "at the North American box office")]),
    ("According to The Weekly Example, the film earned rentals of $2.5 million in Ruritania.",
     [("rentals", 2_500_000.0, "Ruritania")]),
    ("It was the number-one film on the domestic market in 1950, earning ¥5.4 billion in distribution income.",
     [("rentals", 5_400_000_000.0, "")]),
    # a home video's rentals, or a part of the run, are no theatrical rentals
    ("Other Tale earned $2 million in video rentals.", []),
    ("The Other Tale VHS was priced at $90 and aimed towards rentals.", []),
    ("It earned $2 million in rentals in its second week.", []),
])
def test_theatrical_rentals_are_their_own_kind(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 1950 film.\n\nBox office\n{sentence}\n")
    facts = _facts(art)
    assert [(f.kind, f.amount, f.region) for f in facts] == want
    assert all(f.text in art.sentences[f.sentence].text for f in facts)


@pytest.mark.parametrize("sentence, want", [
    ("Other Tale grossed $5 million in Ruritania, $3 million in Osterlich and $2 million in Zenda.",
     [(5e6, "Ruritania"), (3e6, "Osterlich"), (2e6, "Zenda")]),
    ("Other Tale grossed ₹2.17 crore in Ruritania, ₹39.65 lakh in the United States and ₹26.47 lacs in Osterlich.",
     [(21_700_000.0, "Ruritania"), (3_965_000.0, "in the United States"), (2_647_000.0, "Osterlich")]),
    # the next figure names no place of its own: not the list's
    ("Other Tale grossed $5 million in Ruritania, $3 million of which came in its first week.",
     [(5e6, "Ruritania"), (3e6, "")]),
])
def test_a_list_of_places_each_with_its_figure(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2018 film.\n\nBox office\n{sentence}\n")
    assert [(f.amount, f.region) for f in _facts(art)] == want


# --- classes from the batch-10 blind gold (invented sentences) ------------------------------------
@pytest.mark.parametrize("sentence, want", [
    # "went on to gross" is the film's takings, not a milestone "to gross"
    ("The film went on to gross $184 million in North America, and $152.5 million in other countries.",
     [("domestic", 184e6), ("international", 152.5e6)]),
    # "in international box office" is international, not the domestic figure named before it
    ("It earned $26.9 million in domestic box office and $71.3 million in international box office.",
     [("domestic", 26.9e6), ("international", 71.3e6)]),
    # a rank among the year's films beside a figure: the total, not a weekend's chart position
    ("It earned $632 million worldwide, finishing its theatrical run as the fourth-highest-grossing film of 2001.",
     [("worldwide", 632e6)]),
    ("It earned $9 million, finishing second at the box office behind Another Tale.", []),
    # a running total over the first run and re-releases
    ("The film has grossed over $547 million worldwide from its original run and several re-releases.",
     [("worldwide", 547e6)]),
    ("It was re-released in 2005 with a gross of $14.5 million to bring its gross to $300 million.", [("gross", 300e6)]),
])
def test_gross_lead_ins_ranks_and_running_totals(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2001 film.\n\nBox office\n{sentence}\n")
    assert [(f.kind, f.amount) for f in _facts(art)] == want


@pytest.mark.parametrize("sentence, want", [
    # the eventual cost is the budget; "just over" is a hedge, not an overrun; the remaining budget is a part
    ("The film cost approximately $160 million to produce without tax breaks, with the eventual cost around $140 million.",
     [("budget", 160e6), ("budget", 140e6)]),
    ("The film, made on a budget of just over $1 million, was a sleeper hit.", [("budget", 1e6)]),
    ("Example Films accounted for $3 million out of the film's remaining $15 million budget.", []),
    ("The film was made at a cost of $5 million.", [("budget", 5e6)]),
    ("It was produced at a cost of ₹20 crore.", [("budget", 2e8)]),
    ("The cost of the film's sets was $1 million.", []),
    # a part of the costume budget is no budget of the film
    ("Six different capes were made, accumulating a total cost of $250,000.", []),
])
def test_budget_cost_words(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2001 film.\n\nProduction\n{sentence}\n")
    assert [(f.kind, f.amount) for f in _facts(art)] == want


@pytest.mark.parametrize("sentence, want", [
    # an opening at a chart rank, the figure after the market's name
    ("The film debuted at number 11 at the American box office, earning $4.09 million.",
     [("opening_weekend", 4.09e6, "American")]),
    ("In its opening weekend, the film opened at number one at the United Arab Emirates box office, earning $2.5 million.",
     [("opening_weekend", 2.5e6, "United Arab Emirates")]),
    # not: an opening with reviews, the figure further off
    ("It debuted to harsh reviews from critics in Ruritania and took in only $2 million.", [("gross", 2e6, "")]),
])
def test_opening_at_a_chart_rank(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2001 film.\n\nBox office\n{sentence}\n")
    assert [(f.kind, f.amount, f.region) for f in _facts(art)] == want


@pytest.mark.parametrize("sentence, want", [
    # another film named as the subject of the takings verb
    ("In the same year, Another Tale made $22 million, while Other Tale made $8.1 million.", [("gross", 8.1e6, "")]),
    ("In Ruritania, Other Tale and Another Tale grossed $5 million at the box office.", []),
    ("In Ruritania, Other Tale grossed $5 million at the box office.", [("gross", 5e6, "Ruritania")]),
    # a bracketed figure after a figure is of that figure's place; a place the clause names is never the
    # sentence's leading one, even when it is no market the table knows (then none is given)
    ("In Osterlich, it made $8.24 million during its first weekend, while in Zenda it made $5.19 million on its "
     "first day ($7.08 million with previews).",
     [("opening_weekend", 8.24e6, "Osterlich"), ("partial", 5.19e6, ""), ("partial", 7.08e6, "")]),
    ("In France, it made $8.24 million during its first weekend, while in Germany it made $5.19 million on its "
     "first day ($7.08 million with previews).",
     [("opening_weekend", 8.24e6, "France"), ("partial", 5.19e6, "Germany"), ("partial", 7.08e6, "Germany")]),
])
def test_another_film_and_bracketed_figures(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2001 film.\n\nBox office\n{sentence}\n")
    assert [(f.kind, f.amount, f.region) for f in _facts(art)] == want


@pytest.mark.parametrize("sentence, want", [
    # a re-release's takings: kept as a part of the run, that run the period
    ("In its re-release in 1975, it earned an additional $2 million.", [("partial", 2e6, "re-release")]),
    ("When Other Tale returned to cinemas in 1997, it grossed $22 million in its first weekend of re-release.",
     [("partial", 22e6, "re-release")]),
    # a total that counts the re-releases is the total
    ("It grossed $500 million worldwide including its re-releases.", [("worldwide", 500e6, "")]),
    ("The 1997 re-release brought its total gross to $300 million.", []),
])
def test_re_release_takings(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 1980 film.\n\nBox office\n{sentence}\n")
    assert [(f.kind, f.amount, f.period) for f in _facts(art)] == want


@pytest.mark.parametrize("sentence, want", [
    # another re-release told with "again", and a return to the cinemas: each that run's takings
    ("It was re-released in 1981 and grossed a further $26 million and again in 1982 with a gross of $14 million.",
     [("partial", 26e6, "re-released"), ("partial", 14e6, "re-released")]),
    ("Decades later, it re-entered the Ruritania box office at number 9 grossing $470,000.",
     [("partial", 470000.0, "re-entered")]),
])
def test_more_re_release_takings(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 1980 film.\n\nBox office\n{sentence}\n")
    assert [(f.kind, f.amount, f.period) for f in _facts(art)] == want


@pytest.mark.parametrize("sentence, want", [
    # a holiday weekend is a part of the run, with that period; never a total
    ("According to the box-office report, Other Tale has managed to make Rs. 5.3 crores in Ruritanian theaters "
     "on the Eid weekend.", [("partial", 53e6, "Eid weekend")]),
    ("The film dropped 40% in its second weekend to $7.6 million ($8.9 million over the four-day Presidents Day "
     "weekend), finishing fifth.",
     [("partial", 7.6e6, "second weekend"), ("partial", 8.9e6, "four-day Presidents Day weekend")]),
    # a weekend told by its drop from the one before
    ("Other Tale earned an additional $13.8 million—a 53% drop from the previous weekend—bringing its 10-day total "
     "to $58.8 million.", [("partial", 13.8e6, "53% drop from the previous weekend"), ("partial", 58.8e6, "10-day")]),
    # a numbered day, and a single day's opening told with "opening with"
    ("In Zenda itself, the film has earned about ₹5 crore on day 1.", [("partial", 5e7, "day 1")]),
    ("It broke the record for a one-day opening with approximately $10 million on its opening Friday.",
     [("partial", 10e6, "opening Friday")]),
    # "non-holiday" names no holiday
    ("It was the biggest non-holiday opening weekend with $29.5 million.", [("opening_weekend", 29.5e6, "")]),
])
def test_holiday_and_compared_weekends(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2018 film.\n\nBox office\n{sentence}\n")
    assert [(f.kind, f.amount, f.period) for f in _facts(art)] == want


@pytest.mark.parametrize("sentence, want", [
    # another film's figures: a name's possessive a few words back, a figure joined to it by "and", the
    # people's next film
    ("It was the biggest opening weekend with $29.5 million, narrowly beating Another Tale's opening three-day "
     "gross of $29.4 million.", [("opening_weekend", 29.5e6)]),
    ("Its takings were exceeded the following weekend by Another Tale's $15.6 million opening day takings, and "
     "$43.6 million opening weekend earnings.", []),
    ("Ora Pell's next film, Another Tale (1980), debuted to harsh reviews and took in only $3 million in ticket "
     "sales.", []),
])
def test_another_films_figures(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 1978 film.\n\nBox office\n{sentence}\n")
    assert [(f.kind, f.amount) for f in _facts(art)] == want


@pytest.mark.parametrize("sentence, want", [
    # a budget's stage is kept beside it: a first estimate is never read as what the film cost
    ("The initial budget was $18 million, but ballooned to $33 million by the time production concluded.",
     [(18e6, "initial"), (33e6, "final")]),
    ("The film went over-budget and ended up costing $15 million.", [(15e6, "final")]),
    ("The project was publicly announced with a budget of $15 million.", [(15e6, "planned")]),
    ("The film had a production budget of $30 million.", [(30e6, "")]),
])
def test_budget_stages(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 1978 film.\n\nProduction\n{sentence}\n")
    assert [(f.amount, f.period) for f in _facts(art) if f.kind == "budget"] == want


@pytest.mark.parametrize("title, sentence, want", [
    # a title's "Again" is no re-release
    ("Other Tale Again", "Other Tale Again grossed $120.6 million in the United States and Canada, and $274.4 million in "
     "other territories.", [("domestic", 120.6e6, ""), ("international", 274.4e6, "")]),
    # a comparison in an earlier clause, or after the figure, leaves the film's own figure alone
    ("Other Tale", "Although a modest success when compared to other ventures of its director, the film brought back "
     "returns grossing $43,858,790 in the U.S. and $30,276,000 on foreign territories.",
     [("domestic", 43858790.0, ""), ("international", 30276000.0, "")]),
    ("Other Tale", "Other Tale was expected to dominate the box office but the film earned $215.4 million during its "
     "theatrical run compared with the original's $282.2 million.", [("gross", 215.4e6, "")]),
    # …while "$X less than the first film" is still no total
    ("Other Tale", "The studio was disappointed, the film having made $150 million less than the first film.", []),
    # a chart's week is no part of the run; the weekend of an opening the sentence tells is the opening weekend
    ("Other Tale", "Other Tale opened at #5 at that week's box office, grossing $3,713,480.", [("opening_weekend", 3713480.0, "")]),
    ("Other Tale", "Other Tale also opened 8,900 locations in 74 overseas markets, which brought in $61 million during "
     "the weekend.", [("opening_weekend", 61e6, "")]),
    ("Other Tale", "It debuted with earnings of $55.1 million across the three days, including $3.4 million in its "
     "Friday midnight launch.", [("partial", 55.1e6, "three days"), ("partial", 3.4e6, "Friday midnight launch")]),
])
def test_titles_comparisons_and_chart_weeks(title: str, sentence: str, want: list) -> None:
    art = parse_article(f"{title}\n{title} is a 2011 film.\n\nBox office\n{sentence}\n")
    assert [(f.kind, f.amount, f.period) for f in _facts(art)] == want


def test_overseas_markets_before_the_first_figure() -> None:
    art = parse_article("Other Tale\nOther Tale is a 2011 film.\n\nBox office\nOther Tale also opened in 74 overseas "
                        "markets, which brought in $61 million during the weekend.\nIt grossed $31.4 million in the "
                        "United States and Canada, and $28.5 million in other territories, for a total gross of $59.9 "
                        "million.\n")
    assert [(f.kind, f.region) for f in _facts(art)] == [
        ("opening_weekend", "in 74 overseas markets"), ("domestic", "in the United States and Canada"),
        ("international", "in other territories"), ("gross", "")]


@pytest.mark.parametrize("sentence, want", [
    # a distributor share is the distributors' part of the takings (kind rentals), never the gross
    ("The film earned a distributor share of ₹20 crore.", [("rentals", 2e8)]),
    ("The film grossed ₹60 crore with a distributor share of ₹25 crore.", [("gross", 6e8), ("rentals", 2.5e8)]),
])
def test_distributor_share(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2018 film.\n\nBox office\n{sentence}\n")
    assert [(f.kind, f.amount) for f in _facts(art)] == want


@pytest.mark.parametrize("sentence, want", [
    # a place after ", and in" is the next figure's, never the one before it
    ("In Ruritania, the film grossed €5 million, and in Zenda €3 million.", [(5e6, "Ruritania"), (3e6, "Zenda")]),
    ("It grossed $5 million in Ruritania, and in Zenda it was banned.", [(5e6, "Ruritania")]),
    ("The film grossed $5 million in the first week, and in March $2 million more.", [(5e6, "")]),
])
def test_a_place_opening_the_next_clause(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2018 film.\n\nBox office\n{sentence}\n")
    assert [(f.amount, f.region) for f in _facts(art)] == want


@pytest.mark.parametrize("sentence, want", [
    # a holiday's span is a part of the run, never a total
    ("It earned $3 million over the Christmas holiday.", [("partial", 3e6, "Christmas holiday")]),
    ("It grossed ₹20 crore during the Diwali holidays.", [("partial", 2e8, "Diwali holidays")]),
    ("During the five-day Thanksgiving frame it made $20 million.", [("partial", 20e6, "five-day Thanksgiving frame")]),
    # the weekend left out after an ordinal; a running total after a weekend's figure
    ("It made $7.4 million in its second weekend and $5.3 million in its third, finishing seventh and eighth.",
     [("partial", 7.4e6, "second weekend"), ("partial", 5.3e6, "third")]),
    ("The film grossed $26.6 million in its second weekend of international release (for a running total of "
     "$98.6 million).", [("partial", 26.6e6, "second weekend"), ("partial", 98.6e6, "running total")]),
])
def test_holiday_spans_elided_weekends_and_running_totals(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2018 film.\n\nBox office\n{sentence}\n")
    assert [(f.kind, f.amount, f.period) for f in _facts(art)] == want


@pytest.mark.parametrize("sentence", [
    "It was released on 7 October 2022, the same weekend as the comedy Other Tale, which opened to $14 million.",
    "It opened with $16.8 million, finishing third behind the thriller Other Tale, which debuted with $40 million.",
    "It grossed ₹1.5 crore, far ahead of the year's other drama, Other Tale, which earned ₹60 lakh.",
    "It collected ₹4.1 crore, despite Other Tale, released the same day, which made ₹110 crore in Ruritania.",
    "Pell and Osk reunited for Other Tale (2010), a thriller that grossed $12 million.",
    "It took $92,400 in its opening weekend; the same weekend, the comedy Other Tale opened in fourteen theaters to $61,000.",
    "It made $71.2 million; the animated film Other Tale opened second with $19 million.",
])
def test_a_named_other_films_takings_in_a_clause_about_it_are_not_this_films(sentence) -> None:
    """'…, which opened to $X', 'Another Tale (2010), a thriller that grossed $X', 'the comedy Another Tale opened
    second with $X': the competing or earlier film's figure, never this film's."""
    got = _one("Box office\n" + sentence)
    assert all(amount not in {14e6, 40e6, 6e6, 1.1e9, 12e6, 61e3, 19e6} for _k, amount, *_r in got), got


def test_the_films_own_title_or_the_film_in_such_a_clause_is_this_films() -> None:
    got = _one("Box office\nTest opened to $14 million, and Warner Bros. opened it with $2 million in Ruritania.")
    assert {a for _k, a, *_r in got} >= {14e6}


@pytest.mark.parametrize("sentence, want", [
    ("Box office\nThe film grossed 1.2 billion lire on its domestic run.", ("gross", 1.2e9, "ITL")),
    ("Production\nIt was shot in Ruritania on a budget of 450,000 new francs.", ("budget", 450_000.0, "FRF")),
    ("Box office\nIn Mexico the film earned 3.2 million pesos in its first run.", ("gross", 3.2e6, "MXN")),
    ("Box office\nIn Argentina the film grossed 4.2 million pesos.", ("gross", 4.2e6, "ARS")),
    ("Box office\nThe film grossed 5 million Deutsche Marks.", ("gross", 5e6, "DEM")),
])
def test_currency_words_of_many_countries_after_the_figure(sentence, want) -> None:
    """'1.2 billion lire', '450,000 new francs', 'pesos' in a sentence naming Mexico: the figure, its currency."""
    assert want in [(k, a, c) for k, a, c, *_r in _one(sentence)]


def test_a_currency_word_that_is_also_a_plain_word_needs_a_scale() -> None:
    assert _one("Box office\nThe film grossed well, and Pell scored 85 marks in the test of 1,000 marks.") == []


def test_a_hedged_count_before_the_verb_is_no_comparison() -> None:
    """'booked it into more than 2,300 houses, and the film grossed $X': 'than' hedges a count, not this figure."""
    got = _one("Box office\nOra Films booked it into more than 2,300 houses, and the film grossed $685,000 in the "
               "United States and Canada.")
    assert [(k, a) for k, a, *_r in got] == [("domestic", 685_000.0)]


def test_the_films_own_possessive_is_its_own_gross() -> None:
    got = [(f.kind, f.amount) for f in _facts(_article("Box office\nTest's lifetime gross was ₹26 crore."))]
    assert got == [("gross", 260_000_000.0)]
    got = [(f.kind, f.amount) for f in _facts(_article("Box office\nOther Tale's lifetime gross was ₹26 crore."))]
    assert got == []


def test_a_re_release_in_the_next_clause_is_the_next_figures_run() -> None:
    """'It grossed $X in …, and a 1976 re-release added another $Y': X is the first run's, Y the re-release's."""
    got = [(f.kind, f.amount, f.period) for f in _facts(_article(
        "Box office\nIt grossed $19.5 million in the United States and Canada, and a 1976 re-release added another "
        "$3.2 million."))]
    assert got == [("domestic", 19_500_000.0, ""), ("partial", 3_200_000.0, "re-release")]


def test_a_takings_verb_after_the_budget_word_and_a_total_budget_after_a_part() -> None:
    """'despite its ₹60 crore budget, grossed only ₹30 crore': the second is takings; 'Each segment was given
    ₹1.5 crore, for a total budget of ₹6 crore': the part is no gross, the total the budget."""
    got = [(f.kind, f.amount) for f in _facts(_article("Box office\nIt, despite its ₹60 crore budget, grossed only ₹30 crore."))]
    assert got == [("budget", 600_000_000.0), ("gross", 300_000_000.0)]
    got = [(f.kind, f.amount) for f in _facts(_article("Production\nEach segment was given ₹1.5 crore, for a total budget of ₹6 crore."))]
    assert got == [("budget", 60_000_000.0)]


def _money_of(body: str) -> list[tuple[str, float]]:
    from bot.article import parse_article
    from bot.extract import money

    art = parse_article(f"Other Tale\nOther Tale is a 1988 Ruritanian action film.\n{body}\n")
    return [(f.kind, f.amount) for f in money.extract(art)]


def test_a_sequel_section_holds_the_sequels_figures():
    """Under a 'Sequel' (or 'Remake', 'Sequels and remakes') heading the figures are that work's: 'Other Tale II
    (1990) … grossing HK$9 million', 'It grossed $1.1 billion worldwide'. A box-office section's stay."""
    assert _money_of("Sequel\nOther Tale II (1990), directed by Tam Osk, was a disappointment, grossing HK$9 million.\n"
                     "It grossed $1.1 billion worldwide.") == []
    assert _money_of("Sequels and remakes\nThe remake grossed $4 million.") == []
    assert _money_of("Box office\nIt grossed $12 million worldwide.") == [("worldwide", 12_000_000.0)]


def test_another_named_film_described_before_its_takings():
    """'; the fiction feature Lune e as Rosas, released the same month, grossed R$9 million': another film's figure
    (a description before its name, a participle's clause between it and the verb); this film's stays."""
    got = _money_of("Box office\nThe film grossed R$850,000, a strong result; the fiction feature Lune e as Rosas, "
                    "released the same month, grossed R$9 million.")
    assert got == [("gross", 850_000.0)]
    assert _money_of("Box office\nOther Tale, released in May, grossed $5 million.") == [("gross", 5_000_000.0)]


def test_a_whole_runs_figure_after_an_opening_weekend():
    """'grossed ₦32 million in its opening weekend in Nigeria, and ₦310 million over its full Nigerian run': the second
    figure is the run's gross; a later weekend's ('and $5 million in its third') stays a part of the run."""
    got = _money_of("Box office\nThe film grossed ₦32 million in its opening weekend in Nigeria, and ₦310 million over its "
                    "full Nigerian run.")
    assert got == [("opening_weekend", 32_000_000.0), ("gross", 310_000_000.0)]
    assert [k for k, _ in _money_of("Box office\nIt grossed $3 million in its second weekend, and $5 million in its "
                                    "third.")] == ["partial", "partial"]


def test_a_cost_stated_after_the_shoot():
    """'Filming took place in the autumn of 1951, at a cost of 850,000 pesos': the film's cost."""
    assert _money_of("Production\nFilming took place in the autumn of 1951, at a cost of 850,000 pesos.") == [
        ("budget", 850_000.0)]


def test_another_film_named_by_its_people_part():
    """'Kip's Run, the director's previous film, had grossed $40 million': that film's takings, not this film's."""
    assert _money_of("Box office\nKip's Run, the director's previous film, had grossed $40 million in the United "
                     "States.") == []
    assert _money_of("Box office\nOther Tale grossed $5 million, while the studio's next film earned $9 million.") == [
        ("gross", 5_000_000.0)]


def test_a_market_named_by_a_countrys_adjective():
    """'at the Dutch box office': the market named by its adjective is the region, as written."""
    from bot.article import parse_article
    from bot.extract import money

    art = parse_article("Other Tale\nOther Tale is a 2019 film.\nBox office\nOn the Dutch box office the film took "
                        "€2 million.\n")
    assert [(f.amount, f.region) for f in money.extract(art)] == [(2_000_000.0, "Dutch box office")]


def test_a_market_named_after_the_figure_before_box_office():
    """'grossed ₹22 crore at the Kerala box office': the market named after the figure, by its name, is the figure's
    region (the country)."""
    art = parse_article("Other Tale\nOther Tale is a 2019 film.\nBox office\nThe film grossed ₹22 crore at the Kerala box "
                        "office.\n")
    assert [(f.kind, f.amount, f.region) for f in money.extract(art)] == [("gross", 220_000_000.0, "Kerala")]


def test_a_budget_then_a_takings_participle():
    """'recouped its $20 million budget, earning $60 million worldwide': the participle's figure is takings, not a
    second budget."""
    assert _money_of("Box office\nThe film recouped its $20 million budget, earning $60 million worldwide.") == [
        ("budget", 20_000_000.0), ("worldwide", 60_000_000.0)]


def test_the_whole_run_told_as_how_it_ended():
    """'finished its run with ¥410 million', 'ended its theatrical run with $88 million': the run's takings, even
    with 'finished' (a chart word elsewhere)."""
    assert _money_of("Box office\nThe film earned $9 million on its opening weekend and finished its run with $41 "
                     "million.") == [("opening_weekend", 9_000_000.0), ("gross", 41_000_000.0)]
    assert _money_of("Box office\nIt ended its theatrical run with $88 million in North America.") == [
        ("domestic", 88_000_000.0)]


def test_a_cost_set_against_the_takings():
    """'earned rentals of $640,000 against a cost of $310,000': the cost is the film's budget."""
    assert _money_of("Box office\nThe film earned rentals of $640,000 against a cost of $310,000.") == [
        ("rentals", 640_000.0), ("budget", 310_000.0)]


def test_another_films_figures_by_its_name_or_its_people():
    """'Tam Osk's previous feature, Another Tale, had grossed €2 million' (no word 'film'), 'Another Tale, despite its
    ₹60 crore budget, grossed only ₹30 crore': that film's budget and takings, never this film's. The film's own
    sentence of the same shape stays."""
    assert _money_of("Box office\nTam Osk's previous feature, Kip's Run, had grossed €2 million.") == []
    assert _money_of("Box office\nKip's Run, despite its ₹60 crore budget, grossed only ₹30 crore.") == []
    assert _money_of("Box office\nOther Tale, despite its ₹60 crore budget, grossed only ₹30 crore.") == [
        ("budget", 600_000_000.0), ("gross", 300_000_000.0)]


def test_a_persons_film_in_a_whose_clause():
    """'Tam Osk, whose own film Kip's Run (2018) had grossed $40 million, joined …': that film's takings. 'The film,
    whose budget was $5 million, grossed $30 million' stays the film's."""
    assert _money_of("Production\nThe producer Tam Osk, whose own film Kip's Run (2018) had grossed $40 million, joined "
                     "as executive producer.") == []
    assert _money_of("Box office\nThe film, whose budget was $5 million, grossed $30 million.") == [
        ("budget", 5_000_000.0), ("gross", 30_000_000.0)]


def _money_rows(text: str) -> list[tuple]:
    return [(f.kind, f.amount, f.region, f.period) for f in _facts(_article(f"Other Tale\nOther Tale is a 1950 film.\n{text}\n"))]


def test_another_territory_told_as_a_further_figure():
    """'earned $3 million in the United States and Canada, and a further $900,000 in Zenda': Zenda's takings, not a
    part of the run; with a period named ("a further $2 million in its second week") it stays a part of the run."""
    rows = _money_rows("Box office\nThe film earned $3 million in the United States and Canada during its initial run, "
                       "and a further $900,000 in the United Kingdom, where it opened in June.")
    assert ("gross", 900_000.0, "the United Kingdom", "") in rows


def test_took_is_a_takings_verb_of_this_film_and_of_another():
    """'in Zenda, where it was released in August, it took £6 million' is the film's; 'the comedy Another Tale, which took
    $11 million in its second week' is that film's, never this one's."""
    rows = _money_rows("Box office\nIt earned $9 million in its opening weekend, finishing behind the comedy Summer "
                       "Rain, which took $11 million in its second week; in the United Kingdom, where it was released "
                       "in August, it took £6.3 million.")
    assert [r[:3] for r in rows] == [("opening_weekend", 9_000_000.0, ""), ("gross", 6_300_000.0, "United Kingdom")]


def test_a_rerelease_after_a_video_clause_and_a_worldwide_stream():
    """'It came out on VHS in 1998, and a 2002 re-release added $6.5 million': the re-release's takings, not video
    sales; 'where it grossed $41,000, before it began streaming worldwide' is no worldwide gross."""
    assert _money_rows("Release\nThe film was released on VHS in September 1998, and a 2002 re-release in IMAX "
                       "theaters added $6.5 million.") == [("partial", 6_500_000.0, "", "re-release")]
    assert _money_rows("Release\nThe distributor gave the film a limited release in two cities, where it grossed "
                       "$41,000, before it began streaming worldwide a week later.") == [("gross", 41_000.0, "", "")]


def test_a_budget_in_reichsmarks():
    """'The budget had reached about 480,000 Reichsmarks': a figure in the pre-1948 German currency."""
    assert [(f.kind, f.amount, f.currency) for f in _facts(_article(
        "Other Tale\nOther Tale is a 1927 film.\nProduction\nThe budget had reached about 480,000 Reichsmarks.\n"))] \
        == [("budget", 480_000.0, "RM")]


def test_a_runs_length_a_share_of_the_total_and_a_further_sum_overseas():
    """'It ran for over 150 days and grossed ₹2.6 crore' is the whole run's gross (the days are its length); 'a
    worldwide gross of ₹93 crore, of which ₹71 crore came from Zenda' gives Zenda's share; '$4 million in rentals from
    North America and a further $2 million overseas' is the overseas rentals."""
    assert _money_rows("Box office\nIt ran for over 150 days in several centres and grossed about ₹2.6 crore.") == [
        ("gross", 26_000_000.0, "", "")]
    assert ("gross", 710_000_000.0, "Andhra Pradesh and Telangana", "") in _money_rows(
        "Box office\nThe film's worldwide gross stood at ₹93 crore, of which ₹71 crore came from Andhra Pradesh and "
        "Telangana.")
    assert _money_rows("Box office\nIt earned $4.6 million in rentals from the United States and Canada and a further "
                       "$2.2 million overseas.") == [("rentals", 4_600_000.0, "from the United States and Canada", ""),
                                                     ("rentals", 2_200_000.0, "overseas", "")]


def test_a_cost_put_at_an_opening_taken_over_its_weekend_and_pesos_by_the_lead():
    """'Example Films put the cost at ₹38 lakh' is the budget; '₩5.8 billion over its opening weekend' right after the
    figure is the opening weekend (not a later weekend compared with it); a peso figure in a sentence naming no country
    is in the pesos of the country the lead names."""
    assert _money_rows("Production\nExample Films put the cost at ₹38 lakh.") == [("budget", 3_800_000.0, "", "")]
    assert _money_rows("Box office\nIt opened at number one with 890,000 admissions and ₩5.8 billion over its opening "
                       "weekend.") == [("opening_weekend", 5_800_000_000.0, "", "")]
    art = _article("Other Tale\nOther Tale is a 2006 Argentine drama film.\nProduction\nThe budget was 2.9 million pesos.\n")
    assert [(f.kind, f.currency) for f in _facts(art)] == [("budget", "ARS")]


def test_a_market_named_for_a_language_a_weekend_taken_in_and_a_versions_place():
    """'₹6.2 crore in Tamil Nadu over its opening weekend': the state (its first word is a language's, not a version's)
    and the weekend the figure was taken in ("up 12% over its opening weekend" is a later weekend's); 'released a cut
    version in Zenda, where it grossed $1.4 million' is Zenda's gross, not a part of the run."""
    assert _money_rows("Box office\nThe film collected ₹6.2 crore in Tamil Nadu over its opening weekend.") == [
        ("opening_weekend", 62_000_000.0, "Tamil Nadu", "")]
    assert _money_rows("Box office\nIn its second weekend it took $5 million, up 12% over its opening weekend.")[0][0] \
        == "partial"
    assert _money_rows("Release\nExample International released a cut version of 91 minutes in the United States in May "
                       "1969, where it grossed $1.4 million.") == [("gross", 1_400_000.0, "", "")]


def test_deutsche_marks_written_before_the_figure():
    """'earned DM 4.6 million': the abbreviation before the figure is the Deutsche Mark; a word that merely ends in
    the letters is none."""
    assert [(f.kind, f.amount, f.currency) for f in _facts(_article(
        "Other Tale\nOther Tale is a 2000 German film.\nBox office\nIn Germany, it sold 410,000 tickets and earned DM 4.6 "
        "million.\n"))] == [("gross", 4_600_000.0, "DEM")]
    assert parse_money("the ADM 4 engine") is None


def test_a_franchise_works_figures_are_not_the_films():
    """'A sequel, Other Tale II (1987), … grossing HK$9 million', 'Its remake earned $30 million', 'The sequel, Other
    Tale III, grossed $4 million': that work's takings, never this film's; the film named again in a later clause
    ('…; the film itself grossed $8 million') is the film's, as is 'the sequel' named by this film's own title."""
    assert _money_rows("Box office\nA sequel, Other Tale II: Return (1987), directed by Ora Pell with Tam Osk "
                       "returning, was less successful, grossing HK$9 million.") == []
    assert _money_rows("Box office\nIts remake, released in 2001, earned $30 million worldwide.") == []
    assert _money_rows("Box office\nThe sequel, Other Tale III, grossed $4 million.") == []
    assert _money_rows("Box office\nA sequel grossed $6 million; the film itself grossed $8 million.") == [
        ("gross", 8_000_000.0, "", "")]
    art = parse_article("Other Tale II\nOther Tale II is a 1990 film.\nBox office\nThe sequel, Other Tale II, grossed $5 million.\n")
    assert [(f.kind, f.amount) for f in _facts(art)] == [("gross", 5_000_000.0)]


def test_another_films_figures_told_beside_this_ones():
    """A rival production, an earlier film's "went on to gross", a named film's "whose own" weekend, an American
    remake told in an original's article, and "the original" in a remake's or a sequel's article: those films'
    takings, never this one's."""
    assert _money_rows("Box office\nIt earned $1 million in rentals; a rival production released that summer, Other "
                       "Tale e la luna, took 900 million lire in Ruritania alone.") == [("rentals", 1_000_000.0, "", "")]
    assert _money_rows("Box office\nIt opened against Other Tale, which went on to gross ₹40 crore.") == []
    assert _money_rows("Box office\nThe film took ₦21 million in its opening weekend, second only to the comedy Other "
                       "Tale, whose own opening weekend had brought in ₦38 million.") == [
        ("opening_weekend", 21_000_000.0, "", "")]
    assert _money_rows("Box office\nThe American remake, directed by Ora Pell, grossed $14 million in 2004.") == []
    remake = ("Kip's Run\nKip's Run is a 1996 Ruritanian drama film. A remake of the 1994 film Other Tale, it stars "
              "Ora Pell.\nBox office\nThe film grossed ₹3 crore in its original run. By comparison, the Zendan original "
              "had grossed around ₹6 crore. Shortly after the original Other Tale grossed ₹9 crore, work began.\n")
    assert [(f.kind, f.amount) for f in _facts(parse_article(remake))] == [("gross", 30_000_000.0)]


def test_a_final_tally_a_cedi_mark_and_a_further_sum_overseas():
    """'finished with a total of CN¥945 million' is the run's total, not a chart place; 'GH₵410,000 in Ghana' is in
    cedis (and does not lend its letters to the figure before's place); 'Overseas it grossed a further $3 million' is
    the international takings."""
    assert _money_rows("Box office\nIt held well in the following weeks and finished with a total of CN¥945 million "
                       "in Ruritania.") == [("gross", 945_000_000.0, "Ruritania", "")]
    facts = _facts(_article("Box office\nBy the end of its run it had grossed ₦163 million in Nigeria and GH₵410,000 "
                            "in Ghana."))
    assert [(f.amount, f.currency, f.region) for f in facts] == [(163_000_000.0, "NGN", "Nigeria"),
                                                                 (410_000.0, "GHS", "Ghana")]
    assert _money_rows("Box office\nOverseas it grossed a further $3.2 million.") == [
        ("international", 3_200_000.0, "Overseas", "")]


def test_a_budget_announced_a_clause_back_is_a_plan():
    """'announced in late 1983 for a mid-1985 release date on a budget of $20 million' is the planned budget; 'announced
    in 2019 and was made on a budget of $30 million' is the cost it was made for."""
    facts = _facts(_article("Other Tale\nOther Tale is a 1989 film.\nProduction\nThe film was then announced in late "
                            "1983 for a mid-1985 release date on a budget of $20 million.\n"))
    assert [(f.kind, f.amount, f.period) for f in facts] == [("budget", 20_000_000.0, "planned")]
    facts = _facts(_article("Other Tale\nOther Tale is a 1989 film.\nProduction\nThe film was announced in 2019 and was "
                            "made on a budget of $30 million.\n"))
    assert [(f.kind, f.amount, f.period) for f in facts] == [("budget", 30_000_000.0, "")]
