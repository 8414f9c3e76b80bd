"""/ask questions typed in everyday words, or about a credit without asking who holds it.

A member types "when the cops show up", "why does A get fired", "what's wrong with A", "how many vfx
shots"; the article writes "when the police arrive", "resulting in A's dismissal", "A suffers from a
sleeping disorder", "781 visual effects shots" (bot/vocab/retrieval.toml synonyms). And "which orchestra
played the score", "how did the original script end", "was the score recorded digitally" use a credit's
word but ask something the credit never tells: the article's sentence is quoted below confidence, never
the composer or the writer with confidence. Invented articles only.
"""

from __future__ import annotations

import pytest

from bot.ask import CONFIDENT

from .askkit import ask, assert_quoted, library

_OTHER_TALE = (
    "Other Tale\n"
    "Other Tale is a 1983 Ruritanian adventure film written by Bede Marrow and directed by Ora Pell. It stars "
    "Kip Morrow as Ivo Brandt and Lune Varga as Tam Osk. The music was composed by Hal Quinby.\n"
    "Plot\n"
    "Ivo Brandt, a man with a rare sleeping disorder, works as a night clerk at a harbour office. After his "
    "supervisor stops him from chasing a thief, Ivo loses his temper, resulting in his dismissal. "
    "Ivo's parents are turned into statues by the witch of the tower. "
    "Tam Osk raids the tower with Ivo. When the police arrive, Ivo raises his hands and laughs. "
    "Tam Osk is sucked into the mill wheel by his own coat and the mill collapses.\n"
    "Production\n"
    "The original script had a darker tone, and the script ended with Ivo burning the harbour office. "
    "There were at least 412 visual effects shots in the film. "
    "The score was recorded on analog tape and performed by the Ruritania Philharmonic.\n"
    "Release\n"
    "Other Tale was released in Ruritania on 2 June 1983.\n"
    "Box office\n"
    "Other Tale grossed $26.9 million in the United States and Canada and $71.3 million in other territories, "
    "for a worldwide total of $98.2 million.\n"
)


@pytest.fixture(scope="module")
def tale(tmp_path_factory):
    return library(tmp_path_factory.mktemp("tale"), _OTHER_TALE)


# (what the answer must quote, the question), each named for the class it stands for.
_EVERYDAY = [
    pytest.param("When the police arrive", "what does ivo do when the cops finally show up in other tale",
                 id="cops_showing_up_is_told_as_the_police_arriving"),
    pytest.param("resulting in his dismissal", "why does ivo brandt get fired in other tale",
                 id="getting_fired_is_told_as_a_dismissal"),
    pytest.param("sleeping disorder", "what's wrong with ivo in the 1983 other tale",
                 id="what_is_wrong_is_told_as_a_disorder_and_the_film_s_year_asks_nothing"),
    pytest.param("412 visual effects shots", "how many vfx shots r in other tale",
                 id="vfx_is_told_as_visual_effects"),
    pytest.param("Ruritania Philharmonic", "which orchestra played the other tale score",
                 id="an_orchestra_is_told_as_a_philharmonic_never_the_composer"),
    pytest.param("statues", "what happens to ivo's mom and dad in other tale",
                 id="mom_and_dad_are_told_as_parents"),
    pytest.param("sucked into the mill wheel", "how does tam osk die in other tale",
                 id="a_death_told_without_a_word_of_dying"),
    pytest.param("night clerk", "what does ivo brandt do for work in other tale",
                 id="work_is_told_as_a_job"),
]


@pytest.mark.parametrize(("quoted", "question"), _EVERYDAY)
def test_an_everyday_word_finds_the_sentence_that_writes_another(tale, quoted: str, question: str):
    assert_quoted(tale, question, quoted)


def test_a_credit_s_word_in_a_question_that_asks_something_else_is_no_credit(tale):
    ans = assert_quoted(tale, "how did the original script of other tale end", "burning the harbour office")
    assert "Bede Marrow" not in ans.answer
    ans = ask(tale, "was the other tale score recorded digitally")
    assert ans.confidence < CONFIDENT and "Hal Quinby" not in ans.answer
    # the credit itself is still answered with confidence
    for q, who in (("who composed the music for other tale", "Hal Quinby"), ("who wrote other tale", "Bede Marrow"),
                   ("did hal quinby score other tale", "Hal Quinby"),
                   ("other tale is a film written by this person?", "Bede Marrow")):
        ans = ask(tale, q)
        assert ans.confidence >= CONFIDENT and who in ans.answer, q


def test_a_gross_outside_the_domestic_market_is_the_international_one(tale):
    ans = ask(tale, "how much did other tale make internationally, outside the domestic market")
    assert "71.3 million" in ans.answer and "26.9" not in ans.answer
    ans = ask(tale, "how much did other tale make in the us")
    assert "26.9 million" in ans.answer


def test_an_award_category_named_for_a_credit_asks_the_award(tmp_path):
    db = library(tmp_path, _OTHER_TALE.replace(
        "Release\n", "Accolades\nOther Tale won the Academy Award for Best Cinematography at the 56th Academy "
                     "Awards.\nRelease\n"))
    ans = ask(db, "did other tale win the oscar for best cinematography")
    assert ans.answer.startswith("Yes"), ans.answer


_HARBOUR_RUN = (
    "Harbour Run\n"
    "Harbour Run is a 1976 Ruritanian thriller film directed by Ora Pell and starring Kip Morrow, Lune Varga and "
    "Ivo Brandt. It tells the story of a lonely ferryman (Morrow) who plots to kill a harbour commissioner (Brandt).\n"
    "Plot\n"
    "Tam Osk, a lonely ferryman, becomes infatuated with Rosa, a volunteer for harbour commissioner Bede Quarry. "
    "Tam attends a rally where he plans to shoot Quarry, but guards chase him off. Rosa's brother Paulo "
    "hides him.\n"
    "Cast\n"
    "Kip Morrow as Tam Osk\n"
    "Lune Varga as Rosa\n"
    "Production\n"
    "Though uncredited, Anna Quinby, who would later gain fame as a singer in Ruritania, made her acting debut as "
    "Tam's bodyguard.\n"
)


@pytest.fixture(scope="module")
def harbour_run(tmp_path_factory):
    return library(tmp_path_factory.mktemp("run"), _HARBOUR_RUN)


def test_a_tie_typed_without_its_apostrophe_finds_the_player_the_article_gives_it(harbour_run):
    for q in ("who plays tams bodyguard in harbour run", "who plays tam's bodyguard in harbour run"):
        ans = ask(harbour_run, q)
        assert "Anna Quinby" in ans.answer and ans.confidence < CONFIDENT, q


def test_a_part_the_cast_never_bills_is_found_by_what_the_story_calls_it(harbour_run):
    ans = ask(harbour_run, "who played bede quarry in harbour run")
    assert "Ivo Brandt" in ans.answer and ans.confidence < CONFIDENT
    # a billed part is still answered from the cast list, with confidence
    ans = ask(harbour_run, "who played tam osk in harbour run")
    assert "Kip Morrow" in ans.answer and ans.confidence >= CONFIDENT


_RING_NIGHT = (
    "Ring Night\n"
    "Ring Night is a 1976 Ruritanian sports film written by Bede Marrow and directed by Ora Pell. It stars Kip "
    "Morrow as Ivo Brandt and Lune Varga as Tam Osk.\n"
    "Plot\n"
    "On New Year's Day, the fight is held, with Tam Osk making a dramatic entrance dressed as a lighthouse keeper.\n"
    "Production\n"
    "Marrow wrote the screenplay for Ring Night in \"under a fortnight\" after a stay in hospital. "
    "Pell announced she would produce the film under the newly launched Osk Cinemas.\n"
    "Release\n"
    "Ring Night was released in Ruritania on 2 June 1976. "
    "An unofficial Ruritanian-language adaptation, titled Gold Bell, was released in 1994.\n"
)


@pytest.fixture(scope="module")
def ring(tmp_path_factory):
    return library(tmp_path_factory.mktemp("ring"), _RING_NIGHT)


_TOLD_OTHERWISE = [
    pytest.param("under a fortnight", "how long did it take marrow to write ring night",
                 id="a_fortnight_is_a_span"),
    pytest.param("lighthouse keeper", "what is tam osk dressed up as when he comes out for the fight in ring night",
                 id="someone_coming_out_is_no_release"),
    pytest.param("Osk Cinemas", "which banner produced ring night",
                 id="a_banner_named_cinemas_is_a_production_company"),
    pytest.param("Gold Bell", "whats the ruritanian remake of ring night called",
                 id="the_remake_of_the_film_is_no_film_it_remakes"),
]


@pytest.mark.parametrize(("quoted", "question"), _TOLD_OTHERWISE)
def test_a_question_whose_frame_reads_two_ways_finds_the_sentence(ring, quoted: str, question: str):
    assert_quoted(ring, question, quoted)


def test_when_the_film_came_out_is_still_its_release(ring):
    ans = ask(ring, "when did ring night come out")
    assert "1976" in ans.answer and ans.confidence >= CONFIDENT


_GLASS_HOUSE = (
    "Glass House\n"
    "Glass House is a 2004 Ruritanian animated film directed by Bede Marrow. It stars the voices of Kip Morrow, "
    "Anna Quell and Lune Varga.\n"
    "Plot\n"
    "Bob and Helen Osk live in Ruritania with their children, Violet and Dash Osk. Violet can turn invisible.\n"
    "Cast\n"
    "Kip Morrow as Dash Osk\n"
    "Production\n"
    "Anna Quell was offered the role of Violet unexpectedly; Marrow wanted to cast Quell as Violet after hearing "
    "her on the radio. Marrow had initially considered Tam Ives and Ora Pell for the role of Helen, but both "
    "were unavailable. Lune Varga was cast as Helen in 2002.\n"
)


@pytest.fixture(scope="module")
def glass(tmp_path_factory):
    return library(tmp_path_factory.mktemp("glass"), _GLASS_HOUSE)


def test_a_given_name_with_the_family_s_surname_is_that_person_not_another_of_the_family(glass):
    ans = ask(glass, "who does violet osk's voice in glass house")
    assert "Quell" in ans.answer and "Kip Morrow" not in ans.answer, ans.answer
    ans = ask(glass, "who voiced dash osk in glass house")
    assert "Kip Morrow" in ans.answer and ans.confidence >= CONFIDENT


def test_whom_a_part_went_to_in_the_end_is_no_word_the_earlier_choice_needs(glass):
    assert_quoted(glass, "which actresses did marrow consider for helen before lune varga in glass house",
                  "initially considered Tam Ives and Ora Pell")


def test_a_runner_up_within_a_word_s_credit_is_quoted_too():
    from bot.ask.retrieve import QUOTE_TIE, _with_tie

    best, runner = {"text": "Kip leaves the harbour."}, {"text": "Ora follows him to Ruritania."}
    _s, text, rows = _with_tie(50.0, best["text"], [best], [(50.0, best), (50.0 - QUOTE_TIE + 0.5, runner)])
    assert "Ruritania" in text and len(rows) == 2
    _s, text, rows = _with_tie(50.0, best["text"], [best], [(50.0, best), (50.0 - QUOTE_TIE - 0.5, runner)])
    assert text == best["text"] and len(rows) == 1


_MILL_SONG = (
    "Mill Song\n"
    "Mill Song is a 1977 Ruritanian drama film directed by Bede Marrow. It stars Kip Morrow as Ivo Brandt.\n"
    "Plot\n"
    "Ivo Brandt works as a debt collector for a loan shark in the harbour town. He earns forty crowns a week at "
    "the mill, and sells his tune to a travelling band for ten crowns.\n"
    "Box office\n"
    "Mill Song grossed $12.5 million worldwide.\n"
    "Reception\n"
    "Ora Pell of The Example Times called it \"a slow and lovely film\". In a 1990 review, Tam Osk of The "
    "Example Times wrote that it was \"dull and long\".\n"
)


@pytest.fixture(scope="module")
def mill(tmp_path_factory):
    return library(tmp_path_factory.mktemp("mill"), _MILL_SONG)


def test_a_sum_in_the_story_is_no_box_office_figure(mill):
    assert_quoted(mill, "how much does ivo brandt earn at the mill in mill song", "forty crowns")
    ans = ask(mill, "how much did mill song gross")
    assert "12.5 million" in ans.answer


def test_the_first_movie_says_which_film_not_what_is_asked(mill):
    assert_quoted(mill, "what's ivo brandt's job in the first mill song movie", "debt collector")


def test_a_paper_that_ran_two_critics_reviews_is_no_confident_answer(mill):
    ans = ask(mill, "what did the example times think of mill song")
    assert ans.confidence < CONFIDENT and not ans.abstained, ans
    ans = ask(mill, "what did ora pell think of mill song")
    assert "slow and lovely" in ans.answer


_SALT_CAVE = (
    "Salt Cave\n"
    "Salt Cave is a 1966 Ruritanian adventure film directed by Bede Marrow. It stars Kip Morrow as Ivo Brandt.\n"
    "Plot\n"
    "Tam Osk hires three pirate henchmen. Tam Osk sneaks into the Salt Cave with five frozen henchmen. "
    "This plan fails when the henchmen melt away once struck: Tam Osk had thawed them with sea water, used to "
    "cool the Salt Cave's engine. After Ivo dislodges the shark with a harpoon, the shark sinks. "
    "Later Ivo reminds Lune of the fate of Tam Osk's henchmen.\n"
)


@pytest.fixture(scope="module")
def cave(tmp_path_factory):
    return library(tmp_path_factory.mktemp("cave"), _SALT_CAVE)


def test_what_happens_to_someone_is_the_sentence_telling_most_of_what_is_asked(cave):
    assert_quoted(cave, "what happens to tam osk's henchmen in the salt cave in salt cave", "melt away")


def test_getting_rid_of_something_is_told_as_dislodging_it(cave):
    assert_quoted(cave, "what does ivo use to get rid of the shark in salt cave", "dislodges the shark")


def test_an_opening_weekend_with_no_market_named_beside_us_and_canada_takings(tmp_path):
    db = library(tmp_path, "Wolf Year\nWolf Year is a 2018 American adventure film directed by Bede Marrow.\n"
                           "Box office\nWolf Year grossed $35.9 million in the United States and Canada, and $62.3 "
                           "million in other territories, for a total worldwide gross of $98.2 million. It went on to "
                           "debut to $10.3 million, finishing third at the box office.\n")
    ans = ask(db, "wolf year opening weekend in the us")
    assert "10.3 million" in ans.answer and ans.confidence < CONFIDENT, ans.answer
    ans = ask(db, "wolf year opening weekend in japan")
    assert "10.3" not in ans.answer


def test_a_film_called_by_whose_it_is_asks_the_film_s_awards(tmp_path):
    db = library(tmp_path, "Salt Wind\nSalt Wind is a 2001 Ruritanian animated film written and directed by Ora "
                           "Pell.\nAccolades\nSalt Wind won the Golden Anchor at the Berlin International Film "
                           "Festival in 2002.\n")
    ans = ask(db, "what did pell's salt wind win at the berlin film festival")
    assert "Golden Anchor" in ans.answer and "Pell won" not in ans.answer, ans.answer


def test_a_player_named_to_say_which_film_is_not_asked_about(tmp_path):
    db = library(tmp_path, "Tide Year\nTide Year is a 2018 Ruritanian action film directed by Bede Marrow, featuring "
                           "Kip Morrow in a triple role. It stars Kip Morrow as Ivo Brandt and Lune Varga as Tam Osk. "
                           "The music was composed by Hal Quinby.\n")
    ans = ask(db, "who did the music for the kip morrow triple role film")
    assert "Hal Quinby" in ans.answer, ans.answer
    ans = ask(db, "who played tam osk in the film tide year")
    assert "Lune Varga" in ans.answer


def test_an_earlier_plan_told_as_who_was_announced_as_director(tmp_path):
    db = library(tmp_path, "Road Cars\nRoad Cars is a 2011 Ruritanian animated film directed by Ora Pell.\n"
                           "Production\nKip Morrow, who had produced an earlier film, was announced as the film's "
                           "director. In June 2010, it was announced that Pell had been designated as co-director.\n")
    assert_quoted(db, "who was originally supposed to direct road cars", "Kip Morrow")


def test_when_it_finally_opened_is_the_date_that_came_of_the_plans(tmp_path):
    db = library(tmp_path, "Matthew's Road\nMatthew's Road is a 2018 Ruritanian drama film directed by Ora Pell.\n"
                           "Release\nThe film was earlier scheduled to release on 7 April 2017 in Ruritania, but then "
                           "delayed to early 2018. The film is screened November 24, 2018 onwards in Osk theaters.\n")
    assert_quoted(db, "when did matthew's road finally open in ruritanian cinemas", "November 24, 2018")
