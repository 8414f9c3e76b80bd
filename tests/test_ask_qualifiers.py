"""/ask respects who and what the question names: a critic or publication it does not know is not
another one it does, an opinion is a review and never the plot, a first name with another surname is
someone else."""

from __future__ import annotations

from bot.ask import CONFIDENT

from .askkit import add_articles, ask

_FERRY = "Ferry Light\nFerry Light is a 1961 drama film directed by Ora Pell.\n"


def _library(tmp_path, text: str):
    """A database holding one invented article: what each test below asks about."""
    db = tmp_path / "films.db"
    add_articles(db, {"film.txt": text})
    return db


def test_the_publication_named_is_the_one_answered(seeded_copy):
    ans = ask(seeded_copy, "what did the new york times think of her")
    assert "New York Times" in ans.answer
    ans = ask(seeded_copy, "what did the nyt say about her")
    assert "New York Times" in ans.answer


def test_a_publication_the_article_does_not_quote_is_not_a_similar_one(seeded_copy):
    ans = ask(seeded_copy, "what did the new yorker think of her")
    assert not ans.confident or "New Yorker" in ans.answer


def test_an_unknown_critic_gets_no_plot_and_no_other_critic(seeded_copy):
    ans = ask(seeded_copy, "what did roger moore say about taxi driver")
    assert ans.kind != "plot" and ans.confidence < CONFIDENT


def test_a_first_name_with_another_surname_is_someone_else(seeded_copy):
    ans = ask(seeded_copy, "what did roger smithers think of taxi driver")
    assert ans.confidence < CONFIDENT


QUIET_HARBOR = ("Quiet Harbor\nQuiet Harbor is a 2017 Indian drama film directed by Ora Pell.\nAccolades\n"
                "The film was selected as the Indian entry for the Best Foreign Language Film at the 90th Academy "
                "Awards, but it was not nominated. It won the Best Film award at the 2017 Example Film Festival.\n"
                "Box office\nThe film grossed ₹120 crore worldwide.\n")


def test_a_submission_is_a_plain_no_to_a_nomination_or_win(tmp_path):
    from .askkit import add_articles

    db = tmp_path / "qh.db"
    add_articles(db, {"qh.txt": QUIET_HARBOR})
    for q in ("was quiet harbor nominated for an academy award", "did quiet harbor win an oscar"):
        ans = ask(db, q)
        assert ans.answer.startswith("No") and "submitted" in ans.answer
    ans = ask(db, "did quiet harbor win best film")
    assert ans.answer.startswith("Yes") and "2017 Example Film Festival" in ans.answer
    ans = ask(db, "how much did quiet harbor make in japan")
    assert ans.abstained and "Japan" in ans.answer


_OTHER_TITLES = ("Lantern Road\nLantern Road (also known as The Ferry Light) is a 1961 drama film directed by Ora Pell.\n"
                 "Production\nThe film was known during shooting as The River Keeper. Filming took place in Portugal.\n"
                 "Release\nIt was released in Germany under the title Das Fährlicht.\n")


def test_other_titles_answer_the_title_asked(tmp_path):
    db = _library(tmp_path, _OTHER_TITLES)
    assert "The Ferry Light" in ask(db, "whats the other title of lantern road").answer
    assert "The River Keeper" in ask(db, "what was lantern road called during shooting").answer
    assert "Das Fährlicht" in ask(db, "lantern road german title").answer
    assert ask(db, "lantern road japanese title").abstained
    assert "Portugal" in ask(db, "where did they film lantern road").answer


_RELEASED = ("Grey Harbour\nGrey Harbour is a 2016 drama film directed by Ora Pell. It stars Bede Marrow as Ivo Tesk.\n"
             "Plot\nIvo Tesk is shot by Rafe Dunn.\nRelease\nThe film premiered on March 12, 2016 and was released "
             "on April 6, 2016 by Lantern Pictures. It grossed $2.1 million.\n")


def test_release_questions_answer_only_what_was_asked(tmp_path):
    db = _library(tmp_path, _RELEASED)
    assert ask(db, "when was grey harbour released in the uk").abstained  # no UK date: not the US one
    assert ask(db, "where did grey harbour premiere").confidence < CONFIDENT  # no place: never the date
    assert "Lantern Pictures" in ask(db, "who released grey harbour").answer
    assert ask(db, "grey harbour profit").confidence < CONFIDENT  # a gross is no profit
    assert ask(db, "which director had grey harbour in his top ten list").confidence < CONFIDENT
    killed = ask(db, "who actually killed ivo tesk in grey harbour")
    assert "Bede Marrow" not in killed.answer and killed.confidence < CONFIDENT


_AWARDED = ("Seven Lanterns for Seven Sisters\nSeven Lanterns for Seven Sisters is a 1954 musical film directed by Ora "
            "Pell. It stars Bede Marrow and Ivo Brandt.\nAccolades\nThe film won the Academy Award for Best Scoring of "
            "a Musical Picture and was nominated for the Saturn Award for Best Fantasy Film.\n")


def test_award_questions_match_the_category_and_person_asked(tmp_path):

    db = _library(tmp_path, _AWARDED)
    picture = ask(db, "did seven lanterns win best pictur")
    assert not (picture.confident and picture.answer.startswith("Yes"))
    assert ask(db, "was bede marrow nominated for anything for seven lanterns").abstained
    assert "Yes" in ask(db, "did seven lanterns win anything at the oscars").answer


def test_filming_questions_answer_the_part_asked(tmp_path):
    db = _library(tmp_path, (_FERRY + "Production\n"
                              "Principal photography began on 3 May 1960 in Lisbon. Filming lasted eleven weeks.\n"))
    took = ask(db, "how long did filming take for ferry light")
    assert "eleven weeks" in took.answer or not took.confident
    ended = ask(db, "when did filming of ferry light end")
    assert not (ended.confidence >= CONFIDENT and "3 May 1960" in ended.answer)


def test_an_audience_score_is_not_the_critics_score(tmp_path):
    db = _library(tmp_path, (_FERRY + "Reception\n"
                              "On Rotten Tomatoes, the film holds an approval rating of 88% based on 24 reviews.\n"))
    assert "88%" in ask(db, "ferry light rotten tomatoes score").answer
    assert "88%" not in ask(db, "ferry light rotten tomatoes audience score").answer


def test_a_gross_for_one_run_or_day_is_not_the_total(tmp_path):
    db = _library(tmp_path, (_FERRY + "Box office\n"
                              "The film grossed $12 million worldwide.\n"))
    assert "$12 million" in ask(db, "how much did ferry light make").answer
    again = ask(db, "how much did ferry light make on its re-release")
    assert not (again.confidence >= CONFIDENT and "$12 million" in again.answer)
    day = ask(db, "ferry light opening day collection")
    assert not (day.confidence >= CONFIDENT and "$12 million" in day.answer)


def test_what_an_abbreviation_stands_for_is_read_from_the_article(tmp_path):
    db = _library(tmp_path, (_FERRY + "Plot\nTomas "
                              "wears the G.L.O.W. (Green Lantern Of Waters) belt.\n"))
    ans = ask(db, "what does G.L.O.W. stand for in ferry light")
    assert "Green Lantern Of Waters" in ans.answer
    assert ask(db, "what does N.O.P. stand for in ferry light").abstained


def test_a_sentence_that_merely_shares_a_word_is_no_answer_so_the_article_doesnt_say(tmp_path):
    db = _library(tmp_path, _FERRY + "Plot\nIn a village deep in Marrowshire, a ferryman hums as sad music plays "
                                      "on the radio.\nReception\nOn Metacritic, the film has a score of 61 out of "
                                      "100.\nFerry Light at Rotten Tomatoes\n")
    assert ask(db, "who composed the score for ferry light").abstained  # "a score of 61", "music plays"
    assert ask(db, "did ferry light win any marrowshire state awards").abstained  # the place, no award
    assert ask(db, "ferry light rotten tomatoes score").abstained  # the link line, no figure
    assert ask(db, "what date did ferry light open in theaters").abstained  # only the year is known
    assert ask(db, "when did ferry light come out in the us").abstained


def test_a_composer_the_article_credits_in_a_sentence_is_quoted(tmp_path):
    db = _library(tmp_path, _FERRY + "Production\nIvo Brandt worked on the music score, along with Bede Marrow.\n")
    assert "Ivo Brandt" in ask(db, "who did the music for ferry light").answer


def test_money_questions_keep_their_market_and_day_and_find_a_loss(tmp_path):
    db = _library(tmp_path, _FERRY + "Box office\nFerry Light grossed $4,100,000 in its opening weekend and "
                                      "$21,000,000 at the domestic box office. In India, Ferry Light broke the "
                                      "opening day record. In India its collection was ₹12 crore.\n"
                                      "The film recorded a loss of $48,045.\n")
    assert ask(db, "how much did ferry light gross overseas").abstained  # only domestic figures
    assert ask(db, "what was ferry light's opening day collection in india").abstained  # India, not its first day
    assert "48,045" in ask(db, "how much money did ferry light lose").answer


def test_a_critics_words_about_one_actor_are_not_the_whole_review(tmp_path):
    db = _library(tmp_path, _FERRY.replace("Ora Pell.", "Ora Pell, starring Bede Marrow as Tomas and Ivo Brandt "
                                           "as Gall.") + "Reception\nCritic Lune Farrow wrote, \"A quiet, patient film "
                                           "about water.\"\n")
    ans = ask(db, "what did lune farrow say about ivo brandt as gall")
    assert ans.confidence < CONFIDENT  # the review never mentions him


def test_a_story_question_about_a_character_is_not_the_cast_card(tmp_path):
    db = _library(tmp_path, _FERRY.replace("Ora Pell.", "Ora Pell, starring Bede Marrow as Tomas.") +
                  "Plot\nTomas and his family run off to Port Venn after the flood.\n")
    ans = ask(db, "where does tomas run off to with his family")
    assert "Port Venn" in ans.answer and ans.kind != "cast.actor"


def test_a_release_in_the_films_own_country_and_a_direct_to_video_release(tmp_path):
    db = _library(tmp_path, "Ferry Light\nFerry Light is a 2011 Indian Hindi-language drama film directed by Ora "
                            "Pell.\nRelease\nFerry Light was theatrically released on 26 October 2011. In India, the "
                            "film was released across 3,100 screens.\n")
    assert "26 October 2011" in ask(db, "when did ferry light release in india").answer
    assert ask(db, "when did ferry light come out in japan").abstained
    db2 = tmp_path / "dtv.db"
    add_articles(db2, {"f.txt": "Lamp Yard\nLamp Yard is a 2018 American family film directed by Ora Pell.\n"
                                "Release\nIt was released direct-to-video by Example Home Entertainment on June 12, "
                                "2018.\n"})
    assert "June 12, 2018" in ask(db2, "when did lamp yard come out").answer


def test_a_question_about_a_premiere_that_is_not_its_date_quotes_the_sentence(tmp_path):
    db = _library(tmp_path, _FERRY + "Release\nThe premiere featured live introductions; it was co-hosted by Ivo "
                                      "Brandt and Lida Sorn.\nOn January 25, 2014, a restored print was premiered by "
                                      "the Lantern Society at its festival.\n")
    assert "Ivo Brandt" in ask(db, "who co-hosted the ferry light premiere").answer
    assert "2014" in ask(db, "when was the ferry light restoration premiered").answer


def test_how_many_theaters_is_a_count_never_a_date(tmp_path):
    db = _library(tmp_path, _FERRY + "Release\nFerry Light was released on 26 October 1961 in 550 theatres.\n")
    ans = ask(db, "how many theaters did ferry light open in")
    assert "550" in ans.answer and "October" not in ans.answer.split(":")[0]
    assert ask(db, "how many screens did ferry light play on in japan").abstained
    db2 = tmp_path / "none.db"
    add_articles(db2, {"f.txt": _FERRY + "Release\nFerry Light was released on 26 October 1961.\n"})
    assert ask(db2, "how many theaters did ferry light open in").abstained


def test_a_market_or_country_the_question_names_is_kept_for_crew_and_money(tmp_path):
    db = _library(tmp_path, "Ferry Light\nFerry Light is a 2001 Japanese animated film directed by Ora Pell, with "
                            "music by Ivo Brandt.\nRelease\nLantern Pictures distributed the film. The film grossed "
                            "¥30.4 billion.\n")
    assert "Ivo Brandt" in ask(db, "who wrote the music for ferry light").answer  # the composer, not a writer
    assert ask(db, "who distributed ferry light in the uk").abstained
    assert "Lantern Pictures" in ask(db, "who distributed ferry light in japan").answer  # its own country
    assert ask(db, "how much did ferry light make in the us").abstained  # the total is no US figure


def test_did_a_direct_it_is_a_yes_or_no_about_the_credit_not_the_cast(tmp_path):
    db = _library(tmp_path, "Ferry Light\nFerry Light is a 1961 drama film directed by Ora Pell and written by Ivo "
                            "Brandt, starring Bede Marrow as Tomas.\n")
    ans = ask(db, "did bede marrow direct ferry light")
    assert ans.answer.startswith("No") and "Ora Pell" in ans.answer
    assert ask(db, "was ferry light written by brandt").answer.startswith("Yes")


def test_was_it_filmed_in_a_place_is_a_yes_or_a_no_with_where(tmp_path):
    db = _library(tmp_path, _FERRY + "Production\nFilming took place primarily in Port Venn, with a few scenes "
                                      "shot in Lantern Bay.\n")
    assert ask(db, "was ferry light filmed in lantern bay").answer.startswith("Yes")
    no = ask(db, "was ferry light filmed in marrowshire")
    assert no.answer.startswith("No") and "Port Venn" in no.answer and no.confidence < CONFIDENT


def test_a_rating_written_just_after_the_critics_sentence_is_quoted(tmp_path):
    db = _library(tmp_path, _FERRY + "Reception\nLune Farrow of The Daily Lamp wrote, \"A quiet film about water.\" "
                                      "and gave the film a rating of 1.5 stars out of 5.\n")
    ans = ask(db, "what did the daily lamp rate ferry light")
    assert "1.5" in ans.answer


def test_a_yes_no_question_whose_every_word_a_sentence_holds_reads_as_a_soft_yes(tmp_path):
    db = _library(tmp_path, _FERRY + "Legacy\nThe film's success led to two sequels: Ferry Dark and Ferry Dawn.\n"
                                      "It was not remade.\n")
    ans = ask(db, "is ferry dark a sequel to ferry light")
    assert ans.answer.startswith("Yes") and ans.confidence < CONFIDENT


def test_which_studio_produced_it_is_a_company_and_a_sentence_that_names_one(tmp_path):
    db = _library(tmp_path, _FERRY + "Production\nThe film, produced by Lantern International, was delayed. "
                                      "Pell worked without any studio intervention.\n")
    assert "Lantern International" in ask(db, "which studio produced ferry light").answer
    db2 = tmp_path / "b.db"
    add_articles(db2, {"f.txt": _FERRY + "Production\nPell worked without any studio intervention.\n"})
    assert ask(db2, "which studio made ferry light").abstained


def test_was_it_a_flop_is_the_articles_verdict_on_its_box_office(tmp_path):
    db = _library(tmp_path, _FERRY + "Box office\nThe film was a success at the box office and was profitable.\n")
    assert "success" in ask(db, "was ferry light a flop").answer
    assert "success" in ask(db, "did ferry light make any money").answer


def test_a_figure_asked_in_one_currency_is_not_given_in_another(tmp_path):
    db = _library(tmp_path, _FERRY + "Production\nThe film had a budget of ₹150 crore.\n")
    assert ask(db, "what was the budget of ferry light in dollars").abstained
    assert "150 crore" in ask(db, "what was the budget of ferry light in rupees").answer


def test_is_it_in_a_language_is_a_yes_or_no_by_its_language(tmp_path):
    db = _library(tmp_path, "Ferry Light\nFerry Light is a 2011 Indian Hindi-language drama film directed by Ora "
                            "Pell.\n")
    no = ask(db, "is ferry light in tamil")
    assert no.answer.startswith("No") and "Hindi" in no.answer and no.confidence < CONFIDENT
    assert ask(db, "is ferry light in hindi").answer.startswith("Yes")


def test_a_ban_is_told_by_its_sentence_never_the_films_own_country(tmp_path):
    """"which countries banned it" asks where it was banned: "Country: Canadian." would be confidently wrong."""
    db = _library(tmp_path, "Grey Weir\nGrey Weir is a 2018 Canadian drama film directed by Ora Pell.\n"
                            "Release\nThe film is banned in Freedonia and Sylvania because of its subject.\n")
    ans = ask(db, "which countries banned grey weir")
    assert "Freedonia" in ans.answer and ans.confidence < CONFIDENT
    assert ask(db, "what country is grey weir from").answer.find("Canad") >= 0


def test_a_characters_job_is_the_sentence_that_tells_it_never_the_characters_name(tmp_path):
    """"what job does <actor>'s character have": "<actor> plays <character>" at 0.9 answers another question."""
    db = _library(tmp_path, "Grey Weir\nGrey Weir is a 2018 drama film directed by Ora Pell.\nCast\n"
                            "Kip Morrow as Tam Osk\nLune Varga as Ivo Brandt\nPlot\nTam Osk meets Ivo Brandt at a "
                            "station.\nProduction\nKip Morrow plays a night porter at a hotel who falls for a guest.\n")
    for question in ("what job does kip morrow's character have in grey weir", "what does tam osk do for a living"):
        ans = ask(db, question)
        assert "night porter" in ans.answer and ans.confidence < CONFIDENT, question
    assert "Tam Osk" in ask(db, "who does kip morrow play in grey weir").answer


def test_a_film_asked_for_with_another_year_is_never_the_film_found(tmp_path):
    """"what film did A make with B back in 2011": the two names belong to a 2018 film, but the year says
    another film is asked for; its cast is no answer, another article's sentence with the year may be."""
    db = tmp_path / "films.db"
    add_articles(db, {
        "a.txt": "Grey Weir\nGrey Weir is a 2018 drama film directed by Ora Pell.\nCast\nKip Morrow as Tam Osk\n"
                 "Lune Varga as Ivo Brandt\n",
        "b.txt": "Other Tale\nOther Tale is a 2018 drama film directed by Kip Morrow.\nProduction\nThis was Morrow's "
                 "second collaboration with Lune Varga, with whom he had worked in 2011 on Salt Road.\n"})
    ans = ask(db, "what film did kip morrow make with lune varga back in 2011")
    assert "Tam Osk" not in ans.answer and ans.confidence < CONFIDENT
    assert ans.abstained or "Salt Road" in ans.answer


def test_a_credit_for_one_segment_is_never_the_whole_anthologys_list(tmp_path):
    """"who directed the <place> segment": the film's five directors at 0.9 answer another question; a
    sentence crediting that segment answers it."""
    db = _library(tmp_path, "Grey Weir\nGrey Weir is a 2016 anthology film directed by Ora Pell, Kip Morrow and "
                            "Lune Varga, featuring three stories set in Ruritania, Freedonia and Sylvania.\n")
    ans = ask(db, "who directed the freedonia segment of grey weir")
    assert ans.abstained and "Ora Pell" in ans.answer
    assert ask(db, "who directed grey weir").confident
    db2 = _library(tmp_path / "b", "Other Tale\nOther Tale is a 2016 anthology film directed by Ora Pell and Kip "
                                   "Morrow.\nProduction\nThe Freedonia segment was directed by Kip Morrow.\n")
    assert "Kip Morrow" in ask(db2, "who directed the freedonia segment of other tale").answer


def test_a_crew_question_never_quotes_a_sentence_naming_nobody(tmp_path):
    """"who composed the score": a review's "composed veneers" names no composer; the article doesn't say."""
    db = _library(tmp_path, "Grey Weir\nGrey Weir is a 1997 drama film directed by Ora Pell.\nReception\n"
                            "A critic wrote that the film's best moments show the tantrums beneath the trio's "
                            "composed veneers.\n")
    ans = ask(db, "who composed the score for grey weir")
    assert ans.abstained


def test_a_rating_from_a_paper_the_facts_miss_is_the_sentence_giving_it(tmp_path):
    """"<paper's initials> rating for it": the sentence with a rating and those initials, not another score."""
    db = _library(tmp_path, "Grey Weir\nGrey Weir is a 2018 drama film directed by Ora Pell.\nReception\n"
                            "The movie has an 80% rating on a ticketing site. The movie got 4/5 stars in RDT reviews.\n")
    ans = ask(db, "rdt rating for grey weir")
    assert "4/5" in ans.answer and ans.confidence < CONFIDENT


def test_a_publications_short_form_finds_its_full_name_in_the_article(tmp_path):
    """"what did the nyt say": an article writes "The New York Times"; with no review fact for it, the
    sentence quoted is that paper's, not a plot sentence or nothing."""
    db = _library(tmp_path, "Grey Weir\nGrey Weir is a 1938 drama film directed by Ora Pell.\nPlot\nTam Osk says "
                            # (a notice that "ran": no reviewer's verb, so no review fact)
                            "goodbye to her sisters.\nReception\nThe New York Times ran a notice: \"A charming "
                            "little comedy about a musical family.\"\n")
    ans = ask(db, "what did the nyt say about grey weir")
    assert "charming" in ans.answer and ans.confidence < CONFIDENT


def test_a_publications_short_form_finds_its_review_fact(tmp_path):
    """"what did the nyt say" when the paper's review is a fact ("The New York Times movie review said: …"):
    answered from the review, with its quote."""
    db = _library(tmp_path, "Grey Weir\nGrey Weir is a 1938 drama film directed by Ora Pell.\nPlot\nTam Osk says "
                            "goodbye to her sisters.\nReception\nThe New York Times movie review said: \"A charming "
                            "little comedy about a musical family.\"\n")
    ans = ask(db, "what did the nyt say about grey weir")
    assert "charming" in ans.answer and "New York Times" in ans.answer and ans.confidence >= CONFIDENT


def test_an_open_question_finds_the_article_word_in_another_form(tmp_path):
    """"who did the stunts choreography": the article writes "stunt choreographer"; the index does not stem,
    so the search also tries word starts ("stunt", "choreograph")."""
    db = _library(tmp_path, "Grey Weir\nGrey Weir is a 2018 action film directed by Ora Pell.\nProduction\n"
                            "The film was shot in Ruritania. Kip Morrow made his debut as stunt choreographer with "
                            "this film.\n")
    ans = ask(db, "who did the stunts choreography for grey weir")
    assert "Kip Morrow" in ans.answer and ans.confidence < CONFIDENT


def test_released_in_a_country_is_told_only_by_a_sentence_naming_it(tmp_path):
    """"did it get released in china": the sentence about China (screenings cancelled), never the release
    elsewhere; a country the article never names: it doesn't say."""
    db = _library(tmp_path, "Grey Weir\nGrey Weir is a 2018 war film directed by Ora Pell.\nRelease\nOriginally "
                            "scheduled to be released on 17 August 2018, it was later rescheduled. In October 2018, "
                            "it was announced that screening plans of the film had been cancelled in China.\n")
    ans = ask(db, "did grey weir get released in china")
    assert "cancelled in China" in ans.answer and ans.confidence < CONFIDENT
    assert ask(db, "was grey weir released in japan").abstained


def test_the_sentence_that_goes_on_with_a_pronoun_is_quoted_with_the_one_before(tmp_path):
    """"what did <person> call it in his diary": the sentence naming the person, then "In his diaries that day,
    he called it ..." which holds the answer."""
    db = _library(tmp_path, "Grey Weir\nGrey Weir is a 1980 comedy film directed by Ora Pell.\nRelease\nIn 1982 "
                            "the statesman Ivo Brandt screened the film at his country house during a storm. In his "
                            "diaries that day, he called it \"the worst film in the land\".\n")
    ans = ask(db, "what did ivo brandt call grey weir in his diary")
    assert "worst film in the land" in ans.answer and ans.confidence < CONFIDENT

