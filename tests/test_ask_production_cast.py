"""/ask production and cast questions whose frame the older rules missed (blind dev batch 6's classes).

A member asks how long a piece of the work took ("how long did A take to write the script"), where the
idea came from, when someone signed on, who had a part before its player, which awards of a ceremony it
was nominated for, who distributed it; or names the film by a year beside a shared title ("the 66 <title>
movie") or by a number written in words. Each test is one class, asked of invented articles; an answer
the article only tells in a sentence is quoted below confidence, and a credit that is not one (the
director's commentary on a home release is no distributor) is never given.
"""

from __future__ import annotations

import pytest

from bot.ask import CONFIDENT

from .askkit import add_articles, ask, assert_quoted

_OTHER_TALE = (
    "Other Tale\n"
    "Other Tale is a 2016 Ruritanian drama film directed by Bede Marrow and written by Ivo Brandt. "
    "The film stars Ora Pell and Mila Rook. It was nominated for two Academy Awards.\n"
    "Plot\n"
    "Kip Morrow, a schoolteacher, returns to the capital for a reunion of his old class and meets Tam Osk again. "
    "Tam tells Kip that she never received his letters. Kip phones the Grand Master Lune Varga every night.\n"
    "Cast\n"
    "Ora Pell as Kip Morrow\n"
    "Mila Rook as Tam Osk\n"
    "Sten Lune Aldo as the headmaster\n"
    "Production\n"
    "According to Ivo Brandt, the inspiration for the story came from his own school reunion. "
    "Ivo Brandt had written the entire script in 20 days in December 2014. "
    "In September 2015, Bede Marrow signed on as director. "
    "Bede Marrow first offered the role of Kip Morrow to Sten Aldo, who declined. "
    "Filming began on May 2, 2015 and ended on July 9, 2015. "
    "The crew then looked for actors to play the younger versions of Pell's and Rook's characters. "
    "The team eventually selected Nils Aune and Rhea Quist for the roles, both making their debuts. "
    "A poem by Ivo Brandt was recited over the last scene by actor Oskar Vint, although he did not act in the film. "
    "The film was edited by Edda Lorne. The dream sequences' animation was done at Varga Animations. "
    "The first trailer was cut by Kip Morrow's company.\n"
    "Reception\n"
    "The film grossed $12 million worldwide. "
    "On Rotten Tomatoes, the film holds an approval rating of 80% based on 50 reviews. "
    "Critics praised the performances of Ora Pell and Mila Rook.\n"
    "Release\n"
    "The film was released in Ruritania on May 2, 2016, by Varga Pictures. "
    "The home video release also includes deleted scenes with optional commentary by Bede Marrow.\n"
)

_SHARED_TITLE = {
    "kip-tale-1966.txt": (
        "Kip Tale\n"
        "Kip Tale is a 1966 Ruritanian adventure film directed by Lune Varga, based on the radio series.\n"
        "Cast\n"
        "Rhea Quist as the Countess\n"
    ),
    "kip-tale-1995.txt": (
        "Kip Tale\n"
        "Kip Tale is a 1995 Ruritanian adventure film directed by Tam Osk, and the most expensive film made in "
        "Ruritania that year. It was a great success with critics and audiences alike.\n"
        "Cast\n"
        "Sten Aldo as the Countess\n"
        "Mira Dalby as Ada Quillon\n"
    ),
    "the-quillon.txt": (
        "The Quillon\n"
        "The Quillon is a 1948 Ruritanian crime film directed by Bede Marrow.\n"
        "Cast\n"
        "Ora Pell as the Inspector\n"
    ),
    "82.txt": (
        "82\n"
        "82 is a 2017 Ruritanian romantic drama film directed by Kip Morrow.\n"
    ),
}


@pytest.fixture
def tale(seeded_copy):
    add_articles(seeded_copy, {"other-tale.txt": _OTHER_TALE, **_SHARED_TITLE})
    return seeded_copy


_QUOTED = [
    pytest.param("in 20 days", "how long did ivo brandt take to write the script for other tale",
                 id="how_long_a_piece_of_work_took_is_a_span_never_the_credit"),
    pytest.param("ended on July 9, 2015", "how long did filming on other tale take",
                 id="how_long_filming_took_reads_a_start_and_an_end"),
    pytest.param("inspiration for the story", "where did the idea for other tale come from",
                 id="where_the_idea_came_from_is_the_production_sentence"),
    pytest.param("In September 2015", "when did bede marrow sign on to direct other tale",
                 id="when_someone_signed_on_is_a_date_never_the_credit"),
    pytest.param("offered the role of Kip Morrow to Sten Aldo", "who did bede marrow offer ora pell's part to first in other tale",
                 id="who_was_offered_a_players_part_is_the_casting_sentence"),
]


@pytest.mark.parametrize(("quoted", "question"), _QUOTED)
def test_production_sentence_quoted(tale, quoted, question):
    assert_quoted(tale, question, quoted)


def test_a_part_before_its_player_is_never_the_player(tale):
    ans = ask(tale, "who was cast as kip morrow before ora pell in other tale")
    assert not (ans.confidence >= CONFIDENT and "Ora Pell" in ans.answer and "Sten Aldo" not in ans.answer), ans.answer


def test_which_awards_of_a_ceremony_with_no_category_is_not_said(tale):
    ans = ask(tale, "which oscars was other tale nominated for")
    assert ans.abstained, ans.answer
    assert "two Academy Awards" in ans.answer


def test_a_person_of_the_credits_is_no_distributor(tale):
    ans = ask(tale, "who distributed other tale")
    assert "released by Bede Marrow" not in ans.answer, ans.answer
    assert "Varga Pictures" in ans.answer, ans.answer


@pytest.mark.parametrize(("question", "director"), [
    pytest.param("who directed the 66 kip tale movie", "Lune Varga", id="the_two_digit_year_before_a_shared_title"),
    pytest.param("who directed kip tale 95", "Tam Osk", id="a_two_digit_year_after_a_shared_title"),
    pytest.param("who directed the 1966 kip tale film", "Lune Varga", id="a_year_before_a_shared_title"),
])
def test_a_year_typed_beside_a_shared_title_picks_that_film(tale, question, director):
    ans = ask(tale, question)
    assert director in ans.answer, ans.answer
    assert ans.confidence >= CONFIDENT


def test_a_numeric_title_typed_in_words(tale):
    ans = ask(tale, "who directed eighty two")
    assert "Kip Morrow" in ans.answer, ans.answer


def test_a_young_part_told_by_its_grown_players_name(tale):
    """"the younger versions of Pell's and Rook's characters ... selected A and B for the roles": both
    sentences quoted, below confidence, never the grown player as the young one's."""
    ans = assert_quoted(tale, "who played the young tam osk in other tale", "Rhea Quist")
    assert "younger versions" in ans.answer


def test_someone_named_in_another_capacity_is_not_in_the_cast(tale):
    ans = assert_quoted(tale, "was oskar vint in other tale", "did not act in the film")
    assert ans.answer.startswith("No"), ans.answer


def test_a_credit_in_the_lead_is_no_cast_membership(tale):
    ans = ask(tale, "was bede marrow in other tale")
    assert "in the cast" not in ans.answer or ans.confidence < CONFIDENT, ans.answer
    assert "director" in ans.answer, ans.answer


def test_a_middle_name_typed_before_another_surname_is_someone_else(tale):
    """"lune varga" where the cast has a Sten Lune Aldo and the plot a Grand Master Lune Varga: not Aldo."""
    ans = ask(tale, "who played lune varga in other tale")
    assert "Aldo" not in ans.answer or ans.confidence < CONFIDENT, ans.answer


def test_a_one_word_title_inside_a_characters_whole_name(tale):
    """"who plays ada quillon": the character of another film, not the film "The Quillon"."""
    ans = ask(tale, "who plays ada quillon")
    assert "Mira Dalby" in ans.answer, ans.answer


def test_critics_on_one_part_is_the_sentence_on_it_not_the_score(tale):
    ans = assert_quoted(tale, "what did critics say about the acting in other tale", "praised the performances")
    assert "80%" not in ans.answer


def test_critics_on_a_part_no_sentence_judges_is_never_the_score_said_confidently(tale):
    ans = ask(tale, "what did critics say about the music in other tale")
    assert ans.confidence < CONFIDENT, ans.answer


def test_a_later_weekend_is_no_total(tale):
    ans = ask(tale, "how much did other tale make in its second weekend")
    assert not (ans.confidence >= CONFIDENT and "$12 million" in ans.answer), ans.answer


def test_who_did_a_departments_work_is_that_sentence_not_the_producer(tale):
    assert_quoted(tale, "which studio did the animation for other tale", "Varga Animations")


def test_the_trailers_credit_is_not_the_films(tale):
    ans = ask(tale, "who edited the trailer for other tale")
    assert not (ans.confidence >= CONFIDENT and "Edda Lorne" in ans.answer), ans.answer


def test_a_month_after_in_is_no_filming_place(tmp_path):
    """"filming started in September": no place; the article doesn't say where it was filmed."""
    from .askkit import add_articles as add
    db = tmp_path / "months.db"
    add(db, {"kip-road.txt": "Kip Road\nKip Road is a 1994 Ruritanian drama film directed by Bede Marrow.\n"
                             "Production\nFilming started in September 1993.\n"})
    assert ask(db, "where was kip road filmed").abstained


def test_a_place_after_entering_production(tmp_path):
    from .askkit import add_articles as add
    db = tmp_path / "entered.db"
    add(db, {"kip-road.txt": "Kip Road\nKip Road is a 1994 Ruritanian drama film directed by Bede Marrow.\n"
                             "Production\nThe film finally entered production on 12 June 1993 at Osk Harbour.\n"})
    assert_quoted(db, "where was kip road shot", "at Osk Harbour")


def test_what_country_a_character_is_from_is_not_the_films(tale):
    ans = ask(tale, "what country is tam osk from in other tale")
    assert ans.kind != "identity.country", ans.answer


_RUNS = (
    "Ivo Odyssey\n"
    "Ivo Odyssey is a 1980 Ruritanian adventure film directed by Bede Marrow.\n"
    "Box office\n"
    "It earned $90.5 million during its first run in Ruritania. "
    "It was re-released on July 31, 1981 and grossed a further $12.5 million. "
    "The film has grossed over $300 million worldwide from its original run and several rereleases. "
    "It earned $4 million on its first day. In its first three days it made $9 million.\n"
    "Legacy\n"
    "Odyssey marks a turn in Bede Marrow's work, and critics still pull Odyssey out as his best. "
    "The odyssey of the island was told again in a novel.\n"
)


@pytest.fixture
def runs(seeded_copy):
    add_articles(seeded_copy, {"ivo-odyssey.txt": _RUNS})
    return seeded_copy


@pytest.mark.parametrize(("question", "told", "total"), [
    pytest.param("how much did ivo odyssey make in its first run", "$90.5 million", "$300 million", id="the_first_run"),
    pytest.param("how much did ivo odyssey make in its re-release", "$12.5 million", "$300 million", id="a_re_release"),
    pytest.param("how much did ivo odyssey make on day one", "$4 million", "$300 million", id="day_one"),
    pytest.param("how much did ivo odyssey make in its first three days", "$9 million", "$300 million",
                 id="a_counted_first_run"),
])
def test_a_run_asked_is_that_runs_figure_never_the_total(runs, question, told, total):
    ans = ask(runs, question)
    assert told in ans.answer, ans.answer
    assert total not in ans.answer or ans.confidence < CONFIDENT, ans.answer


def test_a_title_word_the_article_calls_its_film_by(runs):
    """"odyssey" is a word of the language ("the odyssey of the island"), but the film's own article calls the
    film "Odyssey" alone: a guess at that film, said as one."""
    ans = ask(runs, "who directed odyssey")
    assert "Bede Marrow" in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


def test_a_name_with_its_possessive_finds_the_article_that_writes_it(tale):
    """"why did the studio turn down nils varrow's idea": the article writes "Nils Varrow wanted ..." (no 's)."""
    from .askkit import add_articles as add
    add(tale, {"lune-road.txt": "Lune Road\nLune Road is a 1966 Ruritanian adventure film directed by Tam Osk.\n"
                                "Production\nNils Varrow wanted to make a big-screen film of the radio series. "
                                "The studio refused because it would have to cover the entire cost.\n"})
    ans = ask(tale, "why did the studio turn down nils varrow's idea of doing the film")
    assert ans.film and ans.film.startswith("Lune Road"), ans.answer


def test_the_casting_story_goes_on_in_the_next_sentence(tale):
    """"who did the studio want for kip instead of ora pell": the sentence naming Pell as the first choice,
    and the next one, which names the studio's alternatives."""
    from .askkit import add_articles as add
    add(tale, {"kip-harbour.txt": "Kip Harbour\nKip Harbour is a 1999 Ruritanian drama film directed by Tam Osk.\n"
                                  "Cast\nOra Pell as Kip Morrow\n"
                                  "Production\nOra Pell was the first choice for the role of Kip, though the studio "
                                  "had urged the director to consider better-known actors. The studio suggested "
                                  "several alternatives, including Sten Aldo and Rhea Quist, to play Kip.\n"})
    assert_quoted(tale, "who did the studio want for kip morrow instead of ora pell in kip harbour", "Sten Aldo")


def test_a_part_known_by_another_name_is_its_billed_player(tale):
    """"who played osk": the cast bills Kip Morrow, and the article says Kip becomes Osk."""
    from .askkit import add_articles as add
    add(tale, {"night-harbour.txt": "Night Harbour\nNight Harbour is a 1995 Ruritanian adventure film directed by "
                                    "Tam Osk.\nPlot\nThe hero gains an ally, a young, orphaned acrobat named Kip "
                                    "Morrow (Pell), who becomes his sidekick Falcon.\nCast\nOra Pell as Kip Morrow\n"})
    ans = ask(tale, "who played falcon in night harbour")
    assert "Ora Pell" in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


def test_a_scene_no_sentence_places_is_never_the_films_places_said_confidently(tmp_path):
    """"where was the car chase filmed": the film's filming places, but not which of them the chase is."""
    from .askkit import add_articles as add
    db = tmp_path / "scene.db"
    add(db, {"kip-road.txt": "Kip Road\nKip Road is a 1994 Ruritanian drama film directed by Bede Marrow.\n"
                             "Production\nFilming took place in Osk Harbour and Varga.\n"})
    ans = ask(db, "where was the car chase in kip road filmed")
    assert "Osk Harbour" in ans.answer and ans.confidence < CONFIDENT, ans.answer
    assert ask(db, "what city was kip road filmed in").confidence >= CONFIDENT


def test_the_original_director_is_the_earlier_plan_not_the_credit(tmp_path):
    from .askkit import add_articles as add
    db = tmp_path / "plan.db"
    add(db, {"kip-road.txt": "Kip Road\nKip Road is a 1994 Ruritanian drama film directed by Bede Marrow.\n"
                             "Production\nLune Varga was originally attached to direct the film, but left the project "
                             "in 1992.\n"})
    ans = ask(db, "who was the original director of kip road")
    assert "Lune Varga" in ans.answer and ans.confidence < CONFIDENT, ans.answer


_RECEIVED = (
    "Osk Bay\n"
    "Osk Bay is a 1950 Ruritanian crime film directed by Bede Marrow.\n"
    "Reception\n"
    "Lune Varga, the Capital Times critic, gave the film a mixed review. "
    "Critic Kip Morrow wrote in 2003 that it had aged badly. "
    "On Rotten Tomatoes, the film holds an approval rating of 88% based on 25 reviews.\n"
)


def test_what_critics_said_at_the_time_is_a_review_of_then(tmp_path):
    """"what did critics say at the time": the review of then, never one of 2003 nor today's aggregate."""
    from .askkit import add_articles as add
    db = tmp_path / "then.db"
    add(db, {"osk-bay.txt": _RECEIVED})
    assert_quoted(db, "what did critics say about osk bay at the time", "gave the film a mixed review")
    assert_quoted(db, "what did contemporary critics say about osk bay", "gave the film a mixed review")


_TAKINGS = (
    "Tam Express\n"
    "Tam Express is a 2018 Ruritanian action film directed by Bede Marrow.\n"
    "Box office\n"
    "Its worldwide gross was over ₹117.34 crore (US$16 million), which was also the second highest worldwide "
    "collection for a Ruritanian film on its first day. "
    "It broke the all-time record for a one-day opening with ₹40 crore on its opening Friday. "
    "Toy sales from the film's merchandise brought in a further ₹12 crore.\n"
)


@pytest.fixture
def takings(seeded_copy):
    add_articles(seeded_copy, {"tam-express.txt": _TAKINGS})
    return seeded_copy


def test_a_runs_figure_is_no_total(takings):
    """"its worldwide gross was over A ... on its first day": A is no worldwide total."""
    ans = ask(takings, "how much did tam express make worldwide")
    assert ans.confidence < CONFIDENT, ans.answer


def test_money_from_merchandise_is_not_the_box_office(takings):
    ans = assert_quoted(takings, "how much money did tam express make from merchandise", "₹12 crore")
    assert "117.34" not in ans.answer


def test_what_record_it_set_is_the_sentence_telling_it(takings):
    assert_quoted(takings, "what record did tam express break", "all-time record for a one-day opening")


def test_a_wide_release_is_not_the_premiere(tmp_path):
    from .askkit import add_articles as add
    db = tmp_path / "wide.db"
    add(db, {"kip-road.txt": "Kip Road\nKip Road is a 1999 Ruritanian drama film directed by Bede Marrow.\n"
                             "Release\nKip Road premiered on September 8, 1999, at the Capital Theatre. "
                             "It had a limited release on September 15, 1999. "
                             "On October 1, 1999, the film entered wide release in 706 theaters across the country.\n"})
    ans = ask(db, "when was kip road released nationwide")
    assert "October 1" in ans.answer, ans.answer


def test_a_part_given_by_what_it_is(tmp_path):
    from .askkit import add_articles as add
    db = tmp_path / "parts.db"
    add(db, {"kip-road.txt": "Kip Road\nKip Road is a 1999 Ruritanian drama film directed by Bede Marrow. "
                             "It stars Ora Pell as a reporter and Mila Rook as a royal princess out to see the capital.\n"
                             "Production\nThe hound is played by Osk, a five-year-old wolfdog.\n"})
    assert_quoted(db, "who played the princess in kip road", "Mila Rook as a royal princess")
    assert_quoted(db, "who played the hound in kip road", "played by Osk")


def test_who_was_nominated_when_the_nominations_name_no_one(tale):
    ans = ask(tale, "who was nominated for an oscar for other tale")
    assert ans.abstained, ans.answer


_GROUP_PARTS = (
    "Holm Holiday\n"
    "Holm Holiday is a 2016 Ruritanian comedy film directed by Rhea Quist, starring Ora Pell and Bede Marrow as a "
    "married couple whose holiday goes wrong, with Lune Varga and Kip Morrow as a pair of thieves.\n"
    "Plot\n"
    "Ada and Sten Holm arrive in Osk for their anniversary. Two thieves steal their luggage at the station. "
    "Ada's brother Pim (Tam Osk) comes to help them.\n"
    "Cast\n"
    "Ora Pell as Ada Holm\n"
    "Bede Marrow as Sten Holm\n"
    "Production\n"
    "Ivo Brandt and Edda Lorne play siblings who run the hotel. Mila Rook and Nils Aune were cast as Ada's parents.\n"
)


@pytest.fixture(scope="module")
def group_parts(tmp_path_factory):
    from .askkit import library
    return library(tmp_path_factory.mktemp("group_parts"), _GROUP_PARTS)


def test_a_part_two_players_share_names_both(group_parts):
    """"Mila Rook and Nils Aune were cast as Ada's parents": the part is both players', though the cast
    facts may hold one of them."""
    ans = ask(group_parts, "who played ada's parents in holm holiday")
    assert "Mila Rook" in ans.answer and "Nils Aune" in ans.answer, ans.answer


def test_a_relative_named_after_the_relation_is_the_one_asked(group_parts):
    """"who plays ada's brother pim": Pim's player, never Ada's (named first)."""
    ans = ask(group_parts, "who plays ada's brother pim in holm holiday")
    assert "Tam Osk" in ans.answer and "Ora Pell" not in ans.answer, ans.answer


@pytest.mark.parametrize("question, players", [
    ("who plays the thief in holm holiday", ("Lune Varga", "Kip Morrow")),
    ("who played the thieves in holm holiday", ("Lune Varga", "Kip Morrow")),
    ("who plays the sibling in holm holiday", ("Ivo Brandt", "Edda Lorne")),
    ("who plays the couple in holm holiday", ("Ora Pell", "Bede Marrow")),
])
def test_a_group_part_one_or_many_is_quoted(group_parts, question, players):
    """"A and B as a pair of thieves", "A and B play siblings": a part cast as a group, asked of one
    member or of all, is the sentence that casts it, below confidence."""
    ans = ask(group_parts, question)
    assert all(p in ans.answer for p in players), ans.answer
    assert ans.confidence < CONFIDENT


_ROLE_BEFORE = (
    "Harbour Lights\n"
    "Harbour Lights is a 1995 Ruritanian adventure film directed by Bede Marrow, starring Ivo Brandt and Ora Pell.\n"
    "Cast\n"
    "Ivo Brandt as Tam\n"
    "Ora Pell as Ada\n"
    "Production\n"
    "Tam appeared in an earlier draft of the script but was deleted due to too many characters. Kip Morrow had been "
    "cast in the role, and signed for a potential sequel. It was decided to replace Morrow with an older actor. "
    "Mila Rook was considered, but decided not to pursue the role after a meeting with Marrow.\n"
    "According to a book on the studio, Lune Varga was originally chosen to play Ada, but a money dispute forced the "
    "producers to look elsewhere. Rhea Quist auditioned for the role but was deemed too young for the character.\n"
)


@pytest.fixture(scope="module")
def role_before(tmp_path_factory):
    from .askkit import library
    return library(tmp_path_factory.mktemp("role_before"), _ROLE_BEFORE)


@pytest.mark.parametrize("question, first", [
    # "the role" of a casting sentence is the part the sentence before it names
    ("who was cast as tam before ivo brandt in harbour lights", "Kip Morrow"),
    # a casting sentence that writes the part asked is quoted though it shares few other words
    ("who was cast as ada before ora pell got it in harbour lights", "Lune Varga"),
])
def test_who_had_the_part_before(role_before, question, first):
    ans = ask(role_before, question)
    assert first in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


_SHOOT_SPANS = (
    "Long Winter\n"
    "Long Winter is a 1978 Ruritanian war drama film directed by Tam Osk, starring Kip Morrow and Lune Varga.\n"
    "Production\n"
    "Filming in Osk lasted approximately two weeks and consisted mostly of exterior shoots. "
    "The wedding scene took five days to film, with real guests from the town. "
    "The film was shot over a period of six months.\n"
)


def test_the_whole_shoot_span_before_a_piece_of_it(tmp_path):
    """"how long did the shoot take": the sentence giving the whole shoot's span, before one giving a
    place's or a scene's share of it (each carries a filming word and a span)."""
    from .askkit import library
    db = library(tmp_path, _SHOOT_SPANS)
    assert_quoted(db, "how long did the long winter shoot take", "six months")


_FAMILY_NAMES = (
    "Osk Street\n"
    "Osk Street is a 2018 Ruritanian drama film directed by Bede Marrow.\n"
    "Plot\n"
    "Kip Osk, a young doctor, returns to his father's house in the capital, where his father, a retired surgeon, "
    "lives alone.\n"
    "Cast\n"
    "Ivo Brandt as Kip Osk\n"
    "Mila Rook as Lune Varga\n"
)


@pytest.mark.parametrize("question", ["who played kippy's father dr osk", "who plays the kid's dad mr osk in osk street"])
def test_a_relative_by_the_family_surname_is_not_the_billed_one(tmp_path, question):
    """"kippy's father dr osk" (a pet name the article never writes) where the film bills only Kip Osk: the
    father shares the surname and is not Kip, so the billed player is no answer."""
    from .askkit import library
    db = library(tmp_path, _FAMILY_NAMES)
    ans = ask(db, question)
    assert "Ivo Brandt" not in ans.answer or ans.confidence < CONFIDENT, ans.answer
    assert ans.abstained, ans.answer


_TURNED_DOWN = (
    "Vask Days\n"
    "Vask Days is a 2015 Ruritanian comedy film directed by Tam Osk. The film features newcomers Kip Morrow and "
    "Lune Varga in the leading roles, while Ora Pell composes the film's music.\n"
    "Production\n"
    "Tam Osk had approached music composer Ora Pell hoping to cast him in the lead role for the film in late 2013. "
    "After listening to the script, Pell turned down the offer and agreed to compose the film's music.\n"
)


def test_did_someone_end_up_playing_it(tmp_path):
    """"did A end up playing the lead": the frame's verbs ("end up playing") are no words of a name; the
    person asked is A, whom the article credits otherwise."""
    from .askkit import library
    db = library(tmp_path, _TURNED_DOWN)
    ans = ask(db, "did ora end up playing the lead in vask days")
    assert "End Up" not in ans.answer and "Pell" in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


def test_what_it_is_based_on_told_as_an_expansion(tmp_path):
    """"what is it based on" told without "based on": "an expansion of an earlier short film of the same
    name", "a feature-length version of", "grew out of": the sentence, below confidence."""
    from .askkit import library
    db = library(tmp_path, "Quiet Field\nQuiet Field is a 2018 Ruritanian drama film written and directed by Tam Osk.\n"
                           "Production\nThe film is an expansion of an earlier short film of the same name that Osk "
                           "released in 2016. Filming took place in Osk.\n")
    assert_quoted(db, "what is quiet field based on", "expansion of an earlier short film")


def test_a_filming_place_a_few_words_after_in(tmp_path):
    """"shot on location in various areas of Osk": the place comes a few lower-case words after "in";
    quoted below confidence (a month there is no place: "filming began in early May")."""
    from .askkit import library
    db = library(tmp_path, "Night Bell\nNight Bell is a 2018 Ruritanian horror film directed by Lune Varga.\n"
                           "Production\nFilming began in early May 2017. "
                           "The film was shot on location in various areas of Osk, Ruritania.\n")
    assert_quoted(db, "where was night bell filmed", "various areas of Osk")


def test_which_company_distributed_it_asks_for_the_distributor(tale):
    """"which company distributed it": the distributor, though "which company" alone asks who made it."""
    ans = ask(tale, "which company distributed other tale")
    assert "Varga Pictures" in ans.answer, ans.answer


_STORY_AND_SCORE = (
    "Paper Kites\n"
    "Paper Kites is a 2016 Ruritanian drama film directed by Bede Marrow, with a screenplay by Ivo Brandt from a "
    "story by Lune Varga. It stars Ora Pell.\n"
    "Production\n"
    "The score was recorded at Osk Studios with the Ruritania Symphony Orchestra, conducted by Kip Morrow. "
    "Tam Osk composed the music.\n"
)


@pytest.fixture(scope="module")
def story_and_score(tmp_path_factory):
    from .askkit import library
    return library(tmp_path_factory.mktemp("story_and_score"), _STORY_AND_SCORE)


def test_who_wrote_the_story_is_the_story_credit(story_and_score):
    """"a screenplay by A from a story by B": the story is B's, never A's given confidently."""
    ans = ask(story_and_score, "who wrote the story of paper kites")
    assert "Lune Varga" in ans.answer, ans.answer
    assert ask(story_and_score, "who wrote the screenplay of paper kites").answer.count("Ivo Brandt") == 1


@pytest.mark.parametrize("question", ["who conducted the score for paper kites",
                                      "which orchestra played the music in paper kites"])
def test_the_scores_other_hands_are_no_composer(story_and_score, question):
    """"who conducted the score": the sentence telling the conductor or the orchestra, below confidence,
    never the composer's credit."""
    assert_quoted(story_and_score, question, "conducted by Kip Morrow")


@pytest.mark.parametrize("question", ["did paper kites make its budget back", "was paper kites a flop"])
def test_budget_back_is_budget_and_takings(tmp_path, question):
    """"did it make its budget back": the budget and what it grossed side by side, never the budget alone."""
    from .askkit import library
    db = library(tmp_path, "Paper Kites\nPaper Kites is a 2016 Ruritanian drama film directed by Bede Marrow.\n"
                           "Production\nThe film had a budget of $4 million.\n"
                           "Reception\nThe film grossed $12 million worldwide.\n")
    ans = ask(db, question)
    assert "$4 million" in ans.answer and "$12 million" in ans.answer, ans.answer
