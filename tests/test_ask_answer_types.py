"""/ask classes a member would notice: a title typed with capitals is the title typed (never a shorter
loaded one inside it, nor the question's own verb); "when was it released" starts at the first showing;
a remake whose article names an older film of the same title is never answered with confidence; a
format is no genre; a quote for "who" carries the sentence that names someone."""

from __future__ import annotations

import pytest

from .askkit import add_articles, ask

ARTICLES = {
    "fall.txt": "Fall\nFall is a 2022 survival thriller film directed by Ora Pell.\n",
    "wren.txt": "Wren\nWren is a 2003 Christmas comedy film directed by Bede Marrow.\n",
    "dead.txt": "The Dead\nThe Dead is a 1987 drama film directed by Ivo Brandt.\n",
    "doves.txt": "Year of the Dove\nYear of the Dove is a 2007 comedy film directed by Tam Osk.\n",
    "ora.txt": "The Ora Is Dead\nThe Ora Is Dead is a 1973 crime film directed by Cal Mercer.\n",
    "lantern.txt": "Lantern Road\nLantern Road is a 1973 coming-of-age film written by Una Vance.\n",
    "more.txt": "More Lantern Road\nMore Lantern Road is a 1979 comedy film written by Dee Rowan.\n",
    "disaster.txt": ("Quiet Flood\nQuiet Flood is a 2012 comedy film directed by Vic Amsel.\n"
                     "The film premiered on June 20, 2012, at the Harbor Film Festival. It was released in the "
                     "United States on April 12, 2013.\n"),
    "remake.txt": ("Miss Tandy\nMiss Tandy is a 2019 action film directed by Nell Orrin, based on the 2011 "
                   "Ruritanian film of the same name.\n"),
    "silent.txt": "Vanes\nVanes is a 1927 American silent film directed by Ora Pell.\n",
    "radio.txt": ("Cold Lantern\nCold Lantern is a 1937 crime film directed by Tam Osk.\n"
                  "Legacy\nCold Lantern was presented on Harbor Radio Playhouse on November 28, 1941. "
                  "The adaptation starred Bede Marrow.\n"),
    "pulled.txt": ("Night Ferry\nNight Ferry is a 1954 crime film directed by Ivo Brandt.\n"
                   "Plot\nA ferry captain hides a stranger on board. The stranger holds the crew at gunpoint.\n"
                   "Release\nNight Ferry was first released in Ruritania and Elbonia in 1953. It premiered in the "
                   "United States on January 12, 1954.\nIn 1964, Ora Pell asked the studio to withdraw Night Ferry "
                   "from circulation because a rumour said the film had inspired a crime.\n"
                   "Background\nThe novel was based on events that occurred in 1933, when two men were arrested in "
                   "Port Vell for a kidnapping.\n"),
    "family.txt": ("The Verdict of Mira\nThe Verdict of Mira is a 2018 drama film directed by Una Vance.\n"
                   "Plot\nMira Dalt is accused of a murder.\nCast\nDee Rowan as Mira Dalt\n"
                   "Vic Amsel as Tomas Dalt, Mira's father\n"
                   "Production\nCal Mercer and Ivo Brandt were approached for the role of Sorel; upon their "
                   "rejection, Tam Osk was cast in the film.\nThe character of Mira Dalt was originally named Nina "
                   "Vosk in the script.\n"),
    "life.txt": ("The Life of Oren Vask\nThe Life of Oren Vask is a 1937 biographical film directed by Cal Mercer.\n"
                 "Plot\nVask writes a pamphlet. Vask flees to Ruritania. Sela Morn visits Vask in exile.\n"
                 "Vask dies of a fever the night before his pardon. He is buried in the capital.\n"),
    "mention.txt": ("Harbour Nights\nHarbour Nights is a 1945 crime film directed by Una Vance.\n"
                    "Plot\nA clerk reads the pamphlets of Vask and dreams of exile.\n"),
    "review.txt": ("Grey Pier\nGrey Pier is a 1945 crime film directed by Tam Osk. It stars Dee Rowan as Kitty and "
                   "Cal Mercer as Chris.\nReception\nJo Brask, the Daily Lamp critic, gave the film a mixed review. "
                   "He wrote,\nBut for those who want drama, Grey Pier is no rare experience. The story drags. "
                   "As the cashier Cal Mercer is monotonous. And, as the girl he loves, Dee Rowan is static and "
                   "colorless.\n"),
    "budget.txt": ("Salt Hours\nSalt Hours is a 1969 drama film directed by Ivo Brandt.\nProduction\nThe film had "
                   "Brandt's largest budget to date, of just under a million dollars. Brandt had only three months "
                   "of spare time to make it.\n"),
    "replaced.txt": ("Iron Gate\nIron Gate is a 1948 crime film directed by Ora Pell starring Bede Marrow.\n"
                     "Production\nThe studio was unhappy with Pell's direction, so they replaced him with Marrow.\n"),
    "kinfolk.txt": ("Kinfolk\nKinfolk is a 1999 family film directed by Una Vance.\nCast\nVic Amsel as Anselm, "
                    "Sorrel's husband\nDee Rowan as Sorrel\n"),
    "ending.txt": ("Low Tide\nLow Tide is a 1945 drama film directed by Tam Osk.\nPlot\nA clerk paints at night. "
                   "Rell is shot by a guard on the pier.\nYears later the clerk wanders the city, hearing voices. "
                   "He walks past a gallery selling his paintings.\n"),
    "debut.txt": ("Soft Touch\nSoft Touch is a 1954 crime film directed by Cal Mercer starring Ivo Brandt and Pia "
                  "Lund in her first credited role.\nCast\nIvo Brandt as Paul\nPia Lund as Lona\n"
                  "Production\nSinger and actress Una Vance joined the cast, in her first film role since 2010, and "
                  "performs two songs.\nCast list\nUna Vance as Ruby\n"),
    "setting.txt": ("Paper Crown\nPaper Crown is a 1937 drama film directed by Una Vance. It is set in Ruritania "
                    "in 1894.\nPlot\nWalking home, Paul sees Katherine \"Kitty\" Marsh (Dee Rowan) being attacked.\n"
                    "Release\nPaper Crown is a remake of the 1931 film The Tin Crown.\nBox office\nPaper Crown "
                    "grossed over ₹12 crore worldwide.\n"),
    "festival.txt": ("Six Lamps\nSix Lamps is a 2018 comedy film directed by Ora Pell. It stars Dee Rowan as Kate and "
                     "Cal Mercer as Rick Vane, a sadistic mobster.\nRelease\nThe film premiered at the Harbor Film "
                     "Festival on March 12, 2018.\n"),
    "aged.txt": ("Tide Song\nTide Song is a 2018 musical film directed by Una Vance.\nCast\nDee Rowan as Rosa\n"
                 "Ivo Brandt as Sam\nCasting\nOn August 3, 2017, Pia Lund was also cast in the film, with Lund as a "
                 "young Rosa, played by Dee Rowan.\n"),
    "island.txt": ("Blue Harbour\nBlue Harbour is a 2018 musical film directed by Cal Mercer.\nProduction\nPrincipal "
                   "photography began on August 12, 2017 in Ruritania, including the island of Vell.\n"),
    "welcome.txt": ("Open House\nOpen House is a 2007 comedy film directed by Cal Mercer.\nCast\nTam Osk as Anselm\n"
                    "Ivo Brandt as Ruprecht\n"),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("answer-types") / "films.db"
    add_articles(path, ARTICLES)
    return path


@pytest.mark.parametrize("question, film", [
    ("what genre does Wren fall under?", "Wren"),          # "fall" is the question's verb, not the film Fall
    ("what genre does wren fall under", "Wren"),
    ("what was the release year of The Ora Is Dead?", "The Ora Is Dead"),  # not The Dead, not Year of the Dove
    ("which screenwriter wrote the script for Lantern Road?", "Lantern Road"),  # "for" is no "More"
    ("who wrote more lantern road", "More Lantern Road"),
])
def test_the_title_typed_is_the_film_answered(db, question, film):
    ans = ask(db, question)
    assert ans.film is not None and ans.film.rsplit(" (", 1)[0] == film, ans.answer


def test_a_capitalised_title_longer_than_a_loaded_one_is_not_that_film(db):
    ans = ask(db, "who directed The Tall Dead Is Back?")
    assert ans.film is None or not ans.film.startswith("The Dead") or not ans.confident


def test_release_starts_at_the_first_showing_with_the_lead_year(db):
    ans = ask(db, "when was quiet flood released")
    assert "June 20, 2012" in ans.answer and "April 12, 2013" in ans.answer
    assert ans.answer.index("2012") < ans.answer.index("2013")


def test_a_remake_of_a_film_of_the_same_name_is_never_confident(db):
    ans = ask(db, "who directed miss tandy")
    assert "Nell Orrin" in ans.answer and "2011" in ans.answer and not ans.confident
    assert ask(db, "who directed miss tandy 2019").confident  # the year says which


def test_a_format_is_no_genre(db):
    ans = ask(db, "what genre is vanes")
    assert "silent" in ans.answer and not ans.confident


def test_a_who_quote_carries_the_sentence_naming_someone(db):
    ans = ask(db, "who starred in the harbor radio playhouse version of cold lantern")
    assert "Bede Marrow" in ans.answer and not ans.confident


def test_why_quotes_the_sentence_that_tells_it_outside_the_plot(db):
    ans = ask(db, "why did ora pell want night ferry pulled from circulation")
    assert "rumour" in ans.answer and not ans.confident


def test_which_countries_got_it_first_is_a_release_question(db):
    ans = ask(db, "what countries got night ferry first")
    assert "Ruritania" in ans.answer and "1953" in ans.answer


def test_real_events_are_quoted_when_the_sentence_does_not_call_them_real(db):
    ans = ask(db, "what real case was night ferry based on")
    assert "Port Vell" in ans.answer and not ans.confident


def test_a_possessive_name_finds_its_film_and_dad_is_father(db):
    ans = ask(db, "who played mira dalt's dad")
    assert "Vic Amsel" in ans.answer and (ans.film or "").startswith("The Verdict of Mira")


def test_a_part_the_cast_list_misses_is_quoted_from_its_casting_sentence(db):
    ans = ask(db, "who ended up playing sorel in the verdict of mira")
    assert "Tam Osk" in ans.answer  # quoted below confidence, or stated when the casting facts read it


def test_a_name_in_the_script_is_no_question_about_the_writers(db):
    ans = ask(db, "what was mira dalt's name originally in the script")
    assert "Nina Vosk" in ans.answer and not ans.confident


def test_what_happens_to_a_character_is_the_last_the_plot_tells_of_them(db):
    ans = ask(db, "what happens to sela morn at the end")
    assert "visits Vask" in ans.answer and not ans.confident


def test_a_name_two_films_share_goes_to_the_film_named_after_it(db):
    ans = ask(db, "how does vask die in the film")
    assert (ans.film or "").startswith("The Life of Oren Vask") and "fever" in ans.answer and not ans.confident


def test_what_a_critic_said_of_an_actor_is_found_further_in_the_review(db):
    ans = ask(db, "what did jo brask think of dee rowan in grey pier")
    assert "static and colorless" in ans.answer and not ans.confident


def test_a_budget_written_in_words_is_quoted(db):
    ans = ask(db, "salt hours budget")
    assert "million dollars" in ans.answer and not ans.confident


def test_how_much_time_is_no_money_question(db):
    ans = ask(db, "how much spare time did brandt have to make salt hours")
    assert "three months" in ans.answer and "budget" not in ans.answer.split("“")[0]


def test_who_took_over_from_someone_is_never_that_someone(db):
    ans = ask(db, "who took over directing iron gate from pell")
    assert "replaced him with Marrow" in ans.answer and not ans.confident


def test_a_possessive_name_beside_a_shared_one_picks_its_film(db):
    ans = ask(db, "who got the role of anselm, sorrel's husband")
    assert "Vic Amsel" in ans.answer and (ans.film or "").startswith("Kinfolk")


def test_how_does_it_end_quotes_the_plot_s_last_sentences(db):
    ans = ask(db, "how does low tide end")
    assert "gallery selling his paintings" in ans.answer and not ans.confident


def test_who_dies_at_the_end_names_no_one_and_reads_the_last_such_sentence(db):
    ans = ask(db, "who gets shot at the end of low tide")
    assert "Rell is shot" in ans.answer and not ans.confident


def test_no_awards_at_all_is_said_plainly(db):
    ans = ask(db, "did low tide win any awards")
    assert ans.abstained and "That Award" not in ans.answer


def test_a_first_film_question_is_no_question_about_the_part(db):
    ans = ask(db, "pia lund's first film?")
    assert "first credited role" in ans.answer and not ans.confident
    ans = ask(db, "was soft touch pia lund's debut")
    assert "first credited role" in ans.answer and not ans.confident


def test_did_an_actor_sing_is_no_cast_membership_question(db):
    ans = ask(db, "did una vance sing in soft touch")
    assert not ans.confident and "is in the cast" not in ans.answer


def test_what_year_it_is_set_is_never_the_film_s_year(db):
    ans = ask(db, "what year is paper crown set")
    assert "1894" in ans.answer and not ans.confident


def test_how_many_crores_is_a_money_question(db):
    ans = ask(db, "how many crores did paper crown make")
    assert "12 crore" in ans.answer


def test_a_nickname_in_quotes_still_pairs_the_character_with_its_actor(db):
    ans = ask(db, "who plays kitty in paper crown")
    assert "Dee Rowan" in ans.answer


def test_a_remake_names_the_earlier_film(db):
    ans = ask(db, "what is paper crown a remake of")
    assert "The Tin Crown" in ans.answer


def test_did_it_premiere_at_a_place_is_yes_only_for_that_place(db):
    ans = ask(db, "did six lamps premiere at sxsw")
    assert "sxsw" in ans.answer and not ans.confident
    ans = ask(db, "did six lamps premiere at the harbor film festival")
    assert ans.answer.startswith("Yes") and "March 12, 2018" in ans.answer


def test_who_is_the_villain_quotes_the_sentence_that_makes_one(db):
    ans = ask(db, "who is the villain in six lamps")
    assert "sadistic mobster" in ans.answer and not ans.confident


def test_a_character_at_another_age_is_not_the_billed_one(db):
    ans = ask(db, "who played young rosa in tide song")
    assert "Lund" in ans.answer and not ans.confident
    assert "Dee Rowan" in ask(db, "who played rosa in tide song").answer


def test_what_island_it_was_filmed_on_is_the_island_not_the_country(db):
    ans = ask(db, "what island was blue harbour filmed on")
    assert "island of Vell" in ans.answer


def test_a_sequel_asked_about_is_another_film(db):
    ans = ask(db, "who directed the sequel to low tide")
    assert "Tam Osk" not in ans.answer and not ans.confident


def test_a_possessive_title_is_still_the_title(db):
    ans = ask(db, "what was salt hours's budget")
    assert (ans.film or "").startswith("Salt Hours")


def test_who_is_the_heroine_gives_the_billing_below_confidence(db):
    ans = ask(db, "who is the heroine of six lamps")
    assert "Dee Rowan" in ans.answer and not ans.confident


def test_who_played_the_villain_is_no_character_called_villain(db):
    ans = ask(db, "who played the villain in six lamps")
    assert "sadistic mobster" in ans.answer and not ans.confident


def test_who_wrote_an_adaptation_names_both_writers_and_claims_neither(tmp_path):
    # the screenwriter and the novel's author are both "the writer": the question does not say which,
    # so both are named below confidence; "the screenplay" says which, and is answered with confidence
    db = tmp_path / "films.db"
    add_articles(db, {"a.txt": ("Grey Harbour\nGrey Harbour is a 1955 drama film directed by Ora Pell, written by "
                                "Bede Marrow and based on the novel Grey Harbour by Una Vance.\n")})
    ans = ask(db, "who was the writer of grey harbour")
    if "Una Vance" not in ans.answer:
        pytest.skip("the extractor read no source author here")
    assert "Bede Marrow" in ans.answer and not ans.confident
    ans = ask(db, "who wrote the screenplay for grey harbour")
    assert "Bede Marrow" in ans.answer and ans.confident


def test_who_wins_a_contest_in_the_story_is_no_award_question(tmp_path):
    # "wins" alone makes no prize: with no award of the film named so, the plot sentence is quoted
    db = tmp_path / "films.db"
    add_articles(db, {"a.txt": ("Grey Pier\nGrey Pier is a 1954 drama film directed by Ora Pell.\nPlot\nTwo rowers, "
                                "Una Vance and Dee Rowan, enter the harbour regatta. Dee Rowan wins the regatta by a "
                                "length and leaves town.\nAccolades\nThe film won the Golden Anchor at the Harbor "
                                "Film Festival.\n")})
    ans = ask(db, "who wins the regatta, una vance or dee rowan")
    assert not ans.abstained and "wins the regatta" in ans.answer and not ans.confident
    assert ask(db, "did grey pier win an oscar").kind != "plot.sentence"  # a prize asked: never the story
    assert ask(db, "did grey pier win the golden anchor").kind != "plot.sentence"  # a prize without "award"


def test_a_title_whose_article_names_another_version_is_never_answered_confidently(tmp_path):
    # "the first of two adaptations of the play, with a 1934 adaptation directed by B": a member typing
    # the title without a year may mean the other one, which the library lacks
    db = tmp_path / "films.db"
    add_articles(db, {"a.txt": ("Vell\nVell is a 1930 drama film directed by Ora Pell. It was the first of two "
                                "adaptations of the 1909 play of the same name, with a 1934 adaptation being "
                                "directed by Ivo Brandt.\n")})
    ans = ask(db, "who directed vell")
    assert "Ora Pell" in ans.answer and "1934" in ans.answer and not ans.confident
    assert ask(db, "who directed vell 1930").confident


def test_two_sentences_the_words_score_alike_are_both_quoted():
    from bot.ask.retrieve import _with_tie

    a, b, c = {"text": "The restored print aired in 2020."}, {"text": "It was restored by the Harbor Archive."}, \
        {"text": "It opened in May."}
    _s, text, rows = _with_tie(80.0, a["text"], [a], [(80.0, a), (79.0, b), (50.0, c)])
    assert "Harbor Archive" in text and rows == [a, b]
    _s, text, rows = _with_tie(80.0, a["text"], [a], [(80.0, a), (60.0, c)])
    assert text == a["text"] and rows == [a]  # a clear winner is quoted alone


def test_a_home_media_release_the_facts_lack_is_the_sentence_about_it_not_the_cinema_release(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"a.txt": ("Grey Pier\nGrey Pier is a 1954 drama film directed by Ora Pell. It was released on "
                                "May 2, 1954.\nRelease\nThe film was shown on television for years, but Harbor Home "
                                "Video has never released it on VHS or DVD.\n")})
    ans = ask(db, "was grey pier ever released on dvd or vhs")
    assert "never released it on VHS" in ans.answer and not ans.confident
