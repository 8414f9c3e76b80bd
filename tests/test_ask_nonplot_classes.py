"""/ask questions that are not about the plot, whose typed facts do not answer every qualifier asked.

Each test is one class seen in the blind dev questions, asked of an invented article: a scene's filming place told
by the sentence before ("It was here that the chase was filmed"); the earlier choice for a part told as someone's
"first choice"; a remake or sequel told without the question's word; "can i get it on dvd" answered by a sentence
that says it never was; who played an instrument on the music; the year the story is set in; a market or a year
that no figure holds; the opening in one country; whether a nomination was accepted; an award "for playing" a part;
an award whose nominee the facts miss. Never a confident wrong answer.
"""

from __future__ import annotations

import pytest

from bot.ask.model import CONFIDENT

from .askkit import add_articles, ask, assert_quoted

_OTHER_TALE = (
    "Other Tale\n"
    "Other Tale is a 1961 Ruritanian drama film directed by Ilse Dorn and starring Ivo Brandt and Pia Lanz.\n"
    "Plot\n"
    "Ora Pell, a miller's daughter, runs away from the mill. Tam Osk, the miller, follows her to the coast.\n"
    "Cast\n"
    "Ivo Brandt as Tam Osk\n"
    "Pia Lanz as Ora Pell\n"
    "Production\n"
    "The screenplay was written by Dorn and Lune Varga.\n"
    "Dorn's first choice after Kip Morrow was Bede Marrow. Lune Varga wanted to direct and Dorn suggested she write instead. "
    "Varga worked on the script for a few weeks after Ivo Brandt was cast.\n"
    "Most of the film was shot at the Osk studios. One exterior sequence was shot on location at Varga Creek in "
    "Sun Vale, Ruritania. It was here that the chase along the cliffs was filmed.\n"
    "The storyboard depicts the town of Pellburg as the setting, with the year being 1931.\n"
    "Dorn wrote the script after deciding the film would be based on the young daughter of her friend, producer Tam Vell.\n"
    "The studio first approached Kip Morrow to direct in 1959. Ilse Dorn, who was previously attached to another "
    "film, became the director in 1960.\n"
    "In June 1960, the film's title was changed from The Mill to Other Tale. A trade paper referred to the film "
    "with the direct English translation The Miller's Girl.\n"
    "Lune Varga was originally considered for the role of Nell Osk, but later turned it down. After several failed "
    "attempts to cast Nell Osk, Dorn took on the voice role herself.\n"
    "The chase along the cliffs took three months of preparation.\n"
    "Music\n"
    "The main theme featured harmonica by Lorcan Vell, but on its album version it was played by Jory Kask. "
    "The main theme song, \"Mill Wheel\", reached number one on the Ruritanian chart.\n"
    "Release\n"
    "Other Tale was released on 3 March 1961. The film has never been released on DVD or Blu-ray.\n"
    "This version of the film runs 101 minutes.\n"
    "Box office\n"
    "The film grossed $4 million worldwide. In the United Kingdom, the film opened with $1.2 million. "
    "Outside of Ruritania and the United States, the film did well in Osk and Vellmark, where it grossed $2 million "
    "and $1 million, respectively. When the film returned to cinemas in 1975, it grossed $3 million in its first "
    "weekend of re-release.\n"
    "Critical response\n"
    "Bram Marrow of The Osk Times panned the film as \"a dreary mill\". "
    "Lune Varga of Ruritania Weekly praised its cliffs. On Rotten Tomatoes, the film holds an approval rating of 81% "
    "based on 32 reviews, with an average rating of 7.1/10.\n"
    "Accolades\n"
    "Other Tale received five Academy Award nominations. "
    "Ivo Brandt was nominated for the Academy Award for Best Supporting Actor; Brandt refused the nomination. "
    "The film was nominated at the 1962 Osk Film Festival: nomination of Pia Lanz for 'Best Actress'.\n"
    "Legacy\n"
    "A remake of Other Tale, starring Kip Morrow, was released in 2013. "
    "Ivo Brandt reprised his role as Tam Osk in the 1986 film Osk Returns. "
    "The ending inspired Kip Morrow for his 1999 Golden Osk-winning film Blue Mill. "
    "The director based the eponymous hero on Tam Osk.\n"
)


@pytest.fixture
def tale(seeded_copy):
    add_articles(seeded_copy, {"other-tale.txt": _OTHER_TALE})
    return seeded_copy


def test_a_scenes_place_told_by_the_sentence_before(tale):
    # "It was here that the chase was filmed": the place is the sentence before's, quoted with it
    ans = ask(tale, "where was the chase scene in other tale shot")
    assert "Sun Vale" in ans.answer, ans.answer


def test_the_earlier_choice_told_as_a_first_choice(tale):
    # the crew member who "wanted to direct" is no earlier choice for a part
    assert_quoted(tale, "who did ilse dorn want for tam osk before ivo brandt in other tale", "Bede Marrow")


@pytest.mark.parametrize(("question", "quoted"), [
    ("did other tale get remade", "A remake of Other Tale"),  # "remade" asked, "remake" told
    ("is there a sequel to other tale", "Osk Returns"),  # a role reprised in a later film
])
def test_a_later_film_told_without_the_questions_word(tale, question: str, quoted: str):
    assert_quoted(tale, question, quoted)


def test_a_yes_no_question_answered_by_a_sentence_saying_never(tale):
    ans = assert_quoted(tale, "can i get other tale (1961) on dvd", "never been released on DVD")
    assert ans.answer.startswith("No"), ans.answer


def test_who_played_an_instrument_is_a_musician_not_a_part(tale):
    assert_quoted(tale, "who played harmonica on the theme of other tale", "Lorcan Vell")


def test_the_year_the_story_is_set_in_is_not_the_films_year(tale):
    ans = assert_quoted(tale, "what year does the other tale storyboard set the story in", "1931")
    assert "Year: 1961" not in ans.answer


def test_a_market_no_figure_holds(tale):
    # "US$" is a currency, no market; the worldwide total answers no question about the US
    ans = ask(tale, "how much did other tale make at the us box office")
    assert ans.confidence < CONFIDENT, ans.answer


def test_a_year_no_figure_holds(tale):
    ans = ask(tale, "how much did other tale gross in 1982")
    assert ans.confidence < CONFIDENT, ans.answer
    assert "4 million" not in ans.answer or ans.abstained, ans.answer


def test_a_year_only_a_runs_figure_holds(tale):
    # the weekend of a 1975 re-release: quoted with its year, never the total as that year's
    assert_quoted(tale, "how much did other tale make in 1975", "returned to cinemas in 1975")


def test_a_market_the_sentence_leaves_out(tale):
    # "Outside of Ruritania and the United States ... $2 million": no US figure
    ans = ask(tale, "how much did other tale make in the us")
    assert ans.confidence < CONFIDENT, ans.answer
    assert "2 million" not in ans.answer or ans.abstained, ans.answer


def test_the_running_time_of_a_version_no_sentence_names(tale):
    ans = ask(tale, "how long is the director's cut of other tale")
    assert ans.confidence < CONFIDENT, ans.answer


@pytest.mark.parametrize(("question", "named", "not_named"), [
    ("who gave other tale a bad review", "Bram Marrow", "Lune Varga"),
    ("which critics liked other tale", "Lune Varga", "Bram Marrow"),
])
def test_who_gave_a_review_of_a_verdict(tale, question: str, named: str, not_named: str):
    ans = ask(tale, question)
    assert named in ans.answer and not_named not in ans.answer, ans.answer


def test_the_opening_in_one_country(tale):
    ans = ask(tale, "other tale opening in the uk")
    assert "1.2 million" in ans.answer, ans.answer
    assert "In the United Kingdom" in ans.answer, ans.answer


def test_whether_a_nomination_was_accepted(tale):
    ans = assert_quoted(tale, "did ivo brandt accept his oscar nom for other tale", "refused the nomination")
    assert ans.answer.startswith("No"), ans.answer


def test_an_award_for_playing_a_part(tale):
    # "for playing tam osk" names the part, not a category
    ans = ask(tale, "did ivo brandt win the oscar for playing tam osk in other tale")
    assert ans.answer.startswith("No, it was nominated"), ans.answer


def test_an_award_whose_nominee_the_facts_miss(tale):
    assert_quoted(tale, "was pia lanz nominated for anything for other tale", "nomination of Pia Lanz")


def test_an_earlier_title_told_as_changed_from(tale):
    assert_quoted(tale, "other tale original title before they renamed it", "changed from The Mill")


def test_a_title_in_another_language_told_as_a_translation(tale):
    assert_quoted(tale, "what english title did the trade paper use for other tale", "The Miller's Girl")


def test_who_took_a_part_after_another_turned_it_down(tale):
    assert_quoted(tale, "who voiced nell osk in other tale", "Dorn took on the voice role")


def test_a_later_work_the_film_shaped(tale):
    assert_quoted(tale, "which golden osk winner based its hero on tam osk", "Blue Mill")


def test_a_songs_name_asked_by_what_it_is(tale):
    assert_quoted(tale, "whats the big chase song in other tale called", "Mill Wheel")


def test_the_lead_drawn_from_someone_the_article_names_by_what_they_are(tale):
    assert_quoted(tale, "who is ora pell based on in other tale", "Tam Vell")


def test_who_was_to_direct_before_the_one_credited(tale):
    # the sentence naming the later director tells their coming, not who was first
    assert_quoted(tale, "who was going to direct other tale before dorn took over", "Kip Morrow")


def test_a_span_of_one_part_is_no_span_of_the_shoot(tale):
    ans = ask(tale, "how many days was the other tale shoot")
    assert "three months" not in ans.answer, ans.answer


def test_a_question_led_by_its_source(tale):
    # "according to A, where ...": the question opens at "where", no cast question
    ans = ask(tale, "according to lune varga where did ivo brandt find the harmonica player for other tale")
    assert not ans.kind.startswith("cast"), ans.kind


def test_who_starred_alongside_someone_is_never_that_one(tale):
    ans = ask(tale, "who starred alongside ivo brandt in other tale")
    assert "Pia Lanz" in ans.answer, ans.answer
    assert not ans.answer.startswith("Ivo Brandt"), ans.answer
    assert ans.confidence < CONFIDENT


@pytest.mark.parametrize("question", [
    "what score did critics give other tale",  # the critics at large: the aggregate, no reviewer's rating
    "what percentage did other tale get on rt",  # "on rt" is Rotten Tomatoes
])
def test_the_critics_score_asked_in_other_words(tale, question: str):
    ans = ask(tale, question)
    assert "81%" in ans.answer, ans.answer


def test_a_studio_asked_is_no_place_outdoors(tale):
    # the filming places (a canyon on location) are no studio; the sentence naming one is quoted
    ans = assert_quoted(tale, "what studio was other tale filmed at", "Osk studios")
    assert "Sun Vale" not in ans.answer, ans.answer


def test_a_list_of_nominations_shorter_than_the_articles_count(tale):
    # "five Academy Award nominations", one category named: the list is not all of it
    ans = ask(tale, "what oscars was other tale nominated for")
    assert "5 nominations" in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


def test_a_no_for_a_category_with_no_ceremony_named_is_not_confident(tale):
    # another ceremony's win the facts miss may be meant
    ans = ask(tale, "did ivo brandt win best supporting actor for other tale")
    assert ans.answer.startswith("No"), ans.answer
    assert ans.confidence < CONFIDENT
