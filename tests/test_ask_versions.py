"""/ask classes of dev batch 4: a part cut or a player who left is no "yes", another department's director is
not the director, a voice is not the body, another version's cast is not the film's, a country's takings
read from a list of territories, a rank typed short, a part asked by what it is, a critic's possessive."""

from __future__ import annotations

import pytest

from .askkit import add_articles, ask

OTHER_TALE = (
    "Other Tale\n"
    "Other Tale is a 1984 fantasy film directed by Ora Pell.\n"
    "Plot\n"
    "Tam Osk (Ivo Brandt) is a 102-year-old who runs a lighthouse in Ruritania.\n"
    "Colonel Marrow guards the coast. Wren keeps the lamp burning.\n"
    "Cast\n"
    "Ivo Brandt as Tam Osk\n"
    "Kip Morrow as Colonel Marrow\n"
    "Lune Varga as Orla Osk, Tam's mother\n"
    "Hal Quist as the Sea King (voiced by Bede Marrow)\n"
    "Ada Lunt as Harbour Clerk\n"
    "Production\n"
    "Art director Una Vance drew the storm scenes, and the costume design was praised.\n"
    "Tam Osk was filmed near a harbour in Ruritania.\n"
    "Dov Trent was cast as Tam's cousin Ezzo, a lighthouse keeper. The character was instrumental in the rescue but his scenes were cut.\n"
    "Initially Nell Ashby was signed for a role but had to cancel because of scheduling conflicts.\n"
    "The producers held talks with Rand Oster for the role, but then opted against signing Oster.\n"
    "For the storm scenes, a foreign stunt director would join the unit.\n"
    "Pia Lund plays Nila, a robot whose name is a contraction of \"Nice, Intelligent, Lovely Assistant\".\n"
    "Rhea Dune plays an aide to the mayor.\n"
    "The film was originally set to be an hour long, but it grew during production.\n"
    "The character of Tam was modeled on Pell's grandfather.\n"
    "Other Tale was edited by Cal Mercer and Una Vance; Mercer began in the position, but had to leave halfway "
    "through post-production because of a scheduling conflict.\n"
    "Release\n"
    "The 2004 release replaced the voicework of the Sea King with Pim Jorgen.\n"
    "Box office\n"
    "Other Tale grossed $40 million worldwide. The most successful territories were the United Kingdom "
    "($15.2 million), Italy ($10.8 million) and France ($5.3 million). "
    "The 2002 European release of Other Tale grossed $1.1 million at the box office. "
    "In Ruritania, the film was projected to gross $10–15 million in its opening weekend. "
    "It ended up making $12.6 million, finishing third at the box office.\n"
    "Reception\n"
    "Jon Ebberly awarded Other Tale four stars out of four. A minor weakness is the playing of Quin Harrow, "
    "whose Wren is a somewhat colourless figure.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("versions") / "films.db"
    add_articles(path, {"other.txt": OTHER_TALE})
    return path


@pytest.mark.parametrize("question, said", [
    ("was dov trent in other tale", "cut"),  # billed in a cast sentence, the next one cuts the part
    ("was nell ashby in other tale", "scheduling"),  # signed, then cancelled
    ("was rand oster in other tale", "opted against"),  # talked to, not signed
])
def test_cast_once_is_no_yes(db, question, said):
    ans = ask(db, question)
    assert ans.answer.startswith("No") and said in ans.answer and not ans.confident


def test_a_billed_player_is_still_a_yes(db):
    ans = ask(db, "was ivo brandt in other tale")
    assert ans.answer.startswith("Yes") and ans.confident


def test_another_departments_director_is_not_the_director(db):
    ans = ask(db, "who was the stunt director on other tale")
    assert "Ora Pell" not in ans.answer or not ans.confident
    assert ask(db, "who directed other tale").answer.count("Ora Pell") == 1


def test_a_voice_is_not_the_body(db):
    ans = ask(db, "who voiced the sea king in other tale")
    assert "Bede Marrow" in ans.answer and "Hal Quist" not in ans.answer


def test_another_versions_cast_is_not_the_films(db):
    ans = ask(db, "who voiced the sea king in the 2004 version of other tale")
    assert "Pim Jorgen" in ans.answer and not ans.confident
    ans = ask(db, "who voiced the sea king in the 1993 streamline dub of other tale")
    assert ans.abstained


def test_a_countrys_takings_from_a_list_of_territories(db):
    ans = ask(db, "how much did other tale make in the uk")
    assert "15.2 million" in ans.answer
    ans = ask(db, "how much did other tale make in europe")
    assert "1.1 million" in ans.answer and not ans.confident


def test_a_rank_typed_short(db):
    assert "Kip Morrow" in ask(db, "who plays col marrow in other tale").answer


def test_a_relation_on_the_cast_line(db):
    assert "Lune Varga" in ask(db, "who plays tam's mom in other tale").answer


def test_a_part_asked_by_what_it_is(db):
    ans = ask(db, "who plays the 102 yr old in other tale")
    assert "Ivo Brandt" in ans.answer and not ans.confident


def test_a_critics_possessive_rating(db):
    assert "four stars" in ask(db, "ebberly's rating of other tale").answer


def test_a_thing_the_character_filmed_is_no_filming_place(db):
    ans = ask(db, "what's the most beautiful thing tam osk ever filmed")
    assert not ans.kind.startswith("filming")


def test_a_name_typed_in_lower_case_may_be_spelt_out(db):
    ans = ask(db, "what does nila stand for in other tale")
    assert "Nice Intelligent Lovely Assistant" in ans.answer and not ans.confident


@pytest.mark.parametrize("question", ["who played the mayor in other tale", "who played oscar, tam's baby in other tale"])
def test_a_part_the_article_gives_to_no_one(db, question):
    assert ask(db, question).abstained  # "plays an aide to the mayor" is not the mayor; "oscar" is no award here


def test_a_planned_length_is_no_runtime(db):
    assert "an hour long" in ask(db, "how long was other tale originally supposed to be").answer


def test_who_left_tells_who_took_over(db):
    ans = ask(db, "who took over editing other tale after mercer left")
    assert "Una Vance" in ans.answer and not ans.confident


def test_a_crew_role_no_fact_holds_is_named_by_a_sentence_or_not_at_all(db):
    ans = ask(db, "who was the art director on other tale")
    assert "Una Vance" in ans.answer and not ans.confident
    assert ask(db, "who was the costume designer on other tale").abstained  # "the costume design was praised"
    assert ask(db, "who was the stunt director on other tale").abstained  # "a stunt director would join"


def test_the_opening_weekend_after_its_projection(db):
    ans = ask(db, "other tale opening weekend")
    assert "12.6 million" in ans.answer and not ans.confident


def test_a_common_noun_is_no_part_named_by_it(db):
    # "Harbour Clerk" is billed, but "a quiet harbour" names no one
    ans = ask(db, "who gets locked up in a quiet harbour")
    assert "Ada Lunt" not in ans.answer


def test_a_review_that_names_the_player_of_a_part(db):
    assert "Quin Harrow" in ask(db, "who plays wren in other tale").answer


def test_words_another_article_writes_verbatim_beat_a_title_a_typo_away(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"ora.txt": "The Ora Strikes Back\nThe Ora Strikes Back is a 1980 film directed by Bede Marrow.\n",
                      "kip.txt": ("Kip's Night\nKip's Night is a 2010 comedy film directed by Lune Varga.\nPlot\n"
                                  "Its last segment, The Ura Strikes Back, follows a killer umpire.\nCast\n"
                                  "Tam Osk as the Killer Ump\n")})
    ans = ask(db, "who plays the killer ump in the ura strikes back")
    assert ans.film.startswith("Kip's Night") and "Tam Osk" in ans.answer and not ans.confident
    assert ask(db, "who directed the ora strikes back").answer.count("Bede Marrow") == 1


def test_who_plays_a_name_asks_for_the_film_with_that_part(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"a.txt": "Harbour Lights\nHarbour Lights is a 2018 drama film directed by Una Vance.\nCast\n"
                               "Kip Morrow as Orla\nIvo Brandt as Tam\n",
                      "b.txt": "Grey Tide\nGrey Tide is a 2017 drama film directed by Cal Mercer.\nCast\n"
                               "Orla Pell as Wren\nBede Marrow as Jory\n"})
    ans = ask(db, "who plays orla")
    assert ans.film.startswith("Harbour Lights") and "Kip Morrow" in ans.answer
