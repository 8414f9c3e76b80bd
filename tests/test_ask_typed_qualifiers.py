"""/ask answers with confidence only when a fact of the asked type satisfies every qualifier of the
question: a phase of the work (a re-edit, the reshoots, who was to direct before), another person of a
family whose surname the cast list holds, whom a part was drawn from. Invented articles only."""

from __future__ import annotations

from bot.ask import CONFIDENT

from .askkit import add_articles, ask

_LANTERN = (
    "Lantern Road\n"
    "Lantern Road is a 1958 crime film directed by Ora Pell and edited by Ora Pell. It stars Bede Marrow as "
    "Ivo Brandt and Lune Varga as Tam Osk.\n"
    "Plot\n"
    "Ivo Brandt, a border detective, hunts the smuggler Tam Osk. Ivo's father Karl Brandt is murdered in the "
    "opening scene.\n"
    "Production\n"
    "Kip Morrow was originally set to direct the film, but left the project in 1956. Bede Marrow drew "
    "inspiration for the role of Ivo Brandt from Rufus Quell, a Ruritanian customs officer. By November 1957 "
    "the studio hired Ivo Tandy to film some additional scenes, and the re-shoots under Tandy were completed in "
    "December.\n"
    "Restoration\n"
    "In 1998, Wendel Sark re-edited the film from the director's notes.\n"
)


def _db(tmp_path):
    db = tmp_path / "lantern.db"
    add_articles(db, {"lantern.txt": _LANTERN})
    return db


def test_a_phase_of_the_work_is_never_answered_by_the_film_s_credit(tmp_path):
    db = _db(tmp_path)
    ans = ask(db, "who did the 1998 re-edit of lantern road")
    assert "Sark" in ans.answer and "Ora Pell" not in ans.answer.split(";")[0]  # a credit read from that sentence
    ans = ask(db, "who directed the reshoots on lantern road")
    assert ans.confidence < CONFIDENT and (ans.abstained or "Tandy" in ans.answer)
    ans = ask(db, "who was going to direct lantern road before pell took over")
    assert ans.confidence < CONFIDENT and (ans.abstained or "Morrow" in ans.answer)
    # the film as credited is still answered with confidence
    ans = ask(db, "who directed lantern road")
    assert ans.confident and "Ora Pell" in ans.answer
    ans = ask(db, "who edited lantern road")
    assert ans.confident and "Ora Pell" in ans.answer


def test_another_given_name_with_the_surname_of_a_part_is_someone_else(tmp_path):
    db = _db(tmp_path)
    ans = ask(db, "who played karl brandt in lantern road")
    assert ans.confidence < CONFIDENT and "Bede Marrow" not in ans.answer
    ans = ask(db, "who played ivo brandt in lantern road")
    assert ans.confident and "Bede Marrow" in ans.answer


def test_whom_a_part_was_drawn_from_is_never_its_player(tmp_path):
    db = _db(tmp_path)
    for q in ("who did marrow base ivo brandt on", "who was ivo brandt based on in lantern road"):
        ans = ask(db, q)
        assert ans.confidence < CONFIDENT and "Quell" in ans.answer, q


_SALT = (
    "Salt Orchard\n"
    "Salt Orchard is a 1975 drama film directed by Ora Pell. It stars Kip Morrow as Ivo Brandt and Lune Varga "
    "as Tam Osk.\n"
    "Plot\n"
    "Ivo Brandt inherits an orchard in Ruritania.\n"
    "Production\n"
    "Though the film contains voice-over (by actor Bede Marrow), the comments are not Ivo's. Morrow was paid "
    "\"scale\", the union minimum, for the part. The studio offered Pell $125,000 to direct.\n"
    "Release\n"
    "On March 3, 1975, Salt Orchard was given a sneak preview at a theater in Ruritania. A restored print was "
    "premiered at the Example Film Festival in 2004.\n"
    "Box office\n"
    "In the US it earned $9.1 million. It grossed $31.5 million worldwide.\n"
    "Reception\n"
    "Tam Osk of the Example Review wrote, \"A slow and lovely film.\"\n"
)


def _salt(tmp_path):
    db = tmp_path / "salt.db"
    add_articles(db, {"salt.txt": _SALT})
    return db


def test_a_figure_whose_sentence_names_the_market_asked_answers_it(tmp_path):
    db = _salt(tmp_path)
    ans = ask(db, "how much did salt orchard make in the us")
    assert "9.1 million" in ans.answer and not ans.abstained
    ans = ask(db, "how much did salt orchard make worldwide")
    assert "31.5 million" in ans.answer


def test_a_fee_is_read_from_the_sentence_about_the_person_asked(tmp_path):
    db = _salt(tmp_path)
    ans = ask(db, "how much did kip morrow get paid for salt orchard")
    assert "scale" in ans.answer and ans.confidence < CONFIDENT
    ans = ask(db, "what did the studio pay pell for salt orchard")
    assert "125,000" in ans.answer and ans.confidence < CONFIDENT
    assert ask(db, "how much was lune varga paid for salt orchard").abstained


def test_the_narrator_is_whose_voice_tells_it_never_the_lead(tmp_path):
    db = _salt(tmp_path)
    ans = ask(db, "who narrates salt orchard")
    assert "Bede Marrow" in ans.answer and "Kip Morrow" not in ans.answer and ans.confidence < CONFIDENT


def test_a_critic_who_wrote_is_no_screenwriter(tmp_path):
    db = _salt(tmp_path)
    ans = ask(db, "who wrote the screenplay for salt orchard")
    assert ans.abstained


def test_the_first_screening_is_the_one_of_the_film_s_year(tmp_path):
    db = _salt(tmp_path)
    ans = ask(db, "when did salt orchard first screen")
    assert "March 3, 1975" in ans.answer


_IRON = (
    "Iron Meadow\n"
    "Iron Meadow is a 1961 drama film directed by Ivo Brandt from Tam Osk's 1959 novel of the same name, adapted "
    "for the screen by Brandt and Lune Varga. A joint Ruritanian and French production, it stars Kip Morrow as "
    "Ora Pell.\n"
    "Plot\n"
    "In 1750s Ruritania, the father of Ora Pell is killed in a duel.\n"
    "Production\n"
    "The hills are visible through the window of the hall during a scene set in Berlin.\n"
    "Accolades\n"
    "Brandt received a nomination for Best Screenplay Based on Material from Another Medium.\n"
)


def _iron(tmp_path):
    db = tmp_path / "iron.db"
    add_articles(db, {"iron.txt": _IRON})
    return db


def test_the_author_of_the_source_is_never_the_screenwriter(tmp_path):
    db = _iron(tmp_path)
    ans = ask(db, "who wrote the novel iron meadow is based on")
    assert "Tam Osk" in ans.answer and "Varga" not in ans.answer.split(":")[0]
    ans = ask(db, "who wrote the screenplay for iron meadow")
    assert "Lune Varga" in ans.answer


def test_what_it_is_based_on_is_the_work_never_an_award_category(tmp_path):
    db = _iron(tmp_path)
    ans = ask(db, "is iron meadow based on a book")
    assert ans.answer.startswith("Yes") and "novel" in ans.answer and "Best Screenplay" not in ans.answer
    ans = ask(db, "what is iron meadow based on")
    assert "Tam Osk's 1959 novel" in ans.answer


def test_where_it_is_set_is_never_one_scene_s_place(tmp_path):
    db = _iron(tmp_path)
    ans = ask(db, "where is iron meadow set")
    assert "Berlin" not in ans.answer and ans.confidence < CONFIDENT
    assert ans.abstained or "1750s Ruritania" in ans.answer


def test_a_country_told_by_a_joint_production(tmp_path):
    db = _iron(tmp_path)
    ans = ask(db, "what country is iron meadow from")
    assert "Ruritanian" in ans.answer or "French" in ans.answer


_GLASS = (
    "Glass Midnight\n"
    "Glass Midnight is a 1989 crime film directed by Ora Pell and produced by Kip Morrow and Ivo Brandt. It stars "
    "Bede Marrow as Tam Osk.\n"
    "Production\n"
    "Pell hired Morrow and Brandt as producers. Executive producers Lune Varga and Rafe Dunn filed a lawsuit in "
    "1992.\n"
)


def test_an_executive_producer_is_never_the_producers_credit(tmp_path):
    db = tmp_path / "glass.db"
    add_articles(db, {"glass.txt": _GLASS})
    ans = ask(db, "who was the executive producer of glass midnight")
    assert "Varga" in ans.answer and ans.confidence < CONFIDENT
    ans = ask(db, "who was the associate producer of glass midnight")
    assert ans.abstained
    ans = ask(db, "who produced glass midnight")
    assert ans.confident and "Kip Morrow" in ans.answer


def test_a_title_typed_with_a_short_spelling_is_found(tmp_path):
    db = tmp_path / "glass.db"
    add_articles(db, {"glass.txt": _GLASS})
    ans = ask(db, "who directed glass midnite")
    assert ans.film.startswith("Glass Midnight") and "Ora Pell" in ans.answer


_HARBOUR = (
    "Lamp Harbour\n"
    "Lamp Harbour is a 2011 animated film directed by Ora Pell.\n"
    "Reception\n"
    "On review aggregator website Rotten Tomatoes, the film holds an approval rating of 39% based on 219 reviews "
    "with an average rating of 5.50/10. Audiences polled by CinemaScore gave the film an average grade of \"A−\" "
    "on an A+ to F scale. Kip Morrow of Time praised its colours. Tam Osk of the Example Courier gave it three "
    "stars out of four.\n"
    "Box office\n"
    "It stayed on the New York Times best-seller list for a month.\n"
)


def _harbour(tmp_path):
    db = tmp_path / "harbour.db"
    add_articles(db, {"harbour.txt": _HARBOUR})
    return db


def test_a_score_site_or_audience_the_article_does_not_give(tmp_path):
    db = _harbour(tmp_path)
    assert ask(db, "what is lamp harbour's imdb rating").abstained
    ans = ask(db, "what was the audience score for lamp harbour")
    assert "CinemaScore" in ans.answer and ans.confidence < CONFIDENT
    ans = ask(db, "what percentage of critics liked lamp harbour")
    assert "39%" in ans.answer


def test_a_reviewer_the_article_never_quotes_has_no_opinion_in_it(tmp_path):
    db = _harbour(tmp_path)
    for q in ("what did the new york times think of lamp harbour", "what did lune varga think of lamp harbour",
              "how many stars did bede marrow give lamp harbour"):
        ans = ask(db, q)
        assert ans.abstained, q
    ans = ask(db, "what did tam osk think of lamp harbour")
    assert "three stars" in ans.answer or "3/4" in ans.answer


def test_a_part_asked_with_its_description_is_never_answered_by_a_sentence_about_it(tmp_path):
    db = _db(tmp_path)
    ans = ask(db, "who played karl, the father murdered in the opening scene of lantern road")
    assert ans.abstained and "Karl" in ans.answer


_REEL = (
    "Reel Harbour\n"
    "Reel Harbour is a 1964 comedy film directed by Ora Pell.\n"
    "Box office\n"
    "The film grossed $40 million worldwide. It earned $4.4 million in rentals in North America. Worldwide on its "
    "opening weekend it grossed $9 million.\n"
    "Home media\n"
    "Reel Harbour sold 1,983,374 DVD units during its opening week, generating $31.2 million. It also topped the "
    "Blu-ray chart during its first week, generating $44.5 million.\n"
)


def test_money_qualifiers_rentals_week_and_format(tmp_path):
    db = tmp_path / "reel.db"
    add_articles(db, {"reel.txt": _REEL})
    ans = ask(db, "how much did reel harbour make in rentals")
    assert "4.4 million" in ans.answer and "40 million" not in ans.answer
    ans = ask(db, "how much did reel harbour make in its first week")
    assert "DVD" not in ans.answer and "Blu-ray" not in ans.answer and not ans.confident
    ans = ask(db, "how much did reel harbour make on blu-ray in its first week")
    assert "44.5 million" in ans.answer and "31.2" not in ans.answer


_SEQUEL = (
    "Road Two\n"
    "Road Two is a 2011 animated comedy film directed by Ora Pell. It is a sequel to 2006's Road One and the "
    "second film in the Road franchise.\n"
    "Legacy\n"
    "A sequel, Road Three, was released in 2017.\n"
)
_REMADE = (
    "Lantern Fist\n"
    "Lantern Fist is a 1973 martial arts film directed by Kip Morrow.\n"
    "Legacy\n"
    "In 2015, Ivo Brandt revealed that he wanted to make the remake.\n"
)


def test_whether_it_is_a_sequel_or_remake_is_told_by_the_film_itself(tmp_path):
    db = tmp_path / "seq.db"
    add_articles(db, {"road-two.txt": _SEQUEL, "lantern-fist.txt": _REMADE})
    ans = ask(db, "is road two a sequel")
    assert ans.answer.startswith("Yes") and "Road One" in ans.answer
    ans = ask(db, "is lantern fist a remake")
    assert not ans.answer.startswith("Yes") and ans.confidence < CONFIDENT


def test_the_critics_consensus_is_its_words_not_the_figure(tmp_path):
    db = tmp_path / "cons.db"
    add_articles(db, {"cons.txt": "Salt Lantern\nSalt Lantern is a 2011 drama film directed by Ora Pell.\nReception\n"
                                  "On Rotten Tomatoes, the film holds an approval rating of 39% based on 219 reviews. "
                                  "The website's critical consensus reads, \"A slow and lovely film.\"\n"})
    ans = ask(db, "what is the critics consensus for salt lantern")
    assert "slow and lovely" in ans.answer
    ans = ask(db, "what is salt lantern's rotten tomatoes score")
    assert "39%" in ans.answer


def test_a_release_year_asked_yes_or_no_is_the_film_s_year(tmp_path):
    db = _salt(tmp_path)
    ans = ask(db, "was salt orchard released in 1975")
    assert ans.answer.startswith("Yes") and ans.confident
    ans = ask(db, "was salt orchard released in 1980")
    assert ans.answer.startswith("No") and not ans.confident


def test_a_credit_for_the_reshoots_is_named_apart_from_the_film_s(tmp_path):
    db = tmp_path / "stine.db"
    add_articles(db, {"stine.txt": "Ember Gate\nEmber Gate is a 1958 crime film directed by Ora Pell, with "
                                   "cinematography by Kip Morrow.\nProduction\nFor the re-shoots, Ivo Tandy had "
                                   "replaced Morrow as the film's cinematographer.\n"})
    ans = ask(db, "who was the cinematographer of ember gate")
    assert ans.answer.startswith("It was shot by Kip Morrow.")
