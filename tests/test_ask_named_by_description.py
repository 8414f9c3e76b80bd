"""/ask reads what a question names the film or a reviewer by, and what a few production and money
questions ask: "<director>'s first feature" names the film (never a person asked about), a paper typed by a
short word of its name ("oska" for "Oska Movie Review"), "did it do well at the box office", an American
film's one opening weekend for "in the us", the prize money an award came with, "based on the director's
own life" told "autobiographical", a song named in the question, a title typed with "&" for "and" and a
question ending on a passive's verb after the title ("where's the race in <title> held")."""

from __future__ import annotations

from bot.ask import CONFIDENT

from .askkit import ask, library

QUIET_PIER = (
    "Quiet Pier\n"
    "Quiet Pier is a micro-budget Ruritanian film released in 2009. It is the first feature film written and "
    "directed by Ora Pell. It was produced by Tam Osk through the production company Lantern Pictures. It seems "
    "an autobiographical reference to the incidents in the director's life. The movie is the first "
    "collaboration between a Ruritanian studio with Example International Production.\n\n"
    "Release and reception\n"
    "Oska Movie Review gave it \"a very solid 7.5 out of 10\", putting emphasis on the writing.\n"
    "It was released nationwide in theatres throughout Ruritania in 2010, but failed to do much business at the "
    "box office.\n\n"
    "Song\n"
    "Lune Varga contributed the song \"Running Home\", the song appears on the soundtrack.\n\n"
    "Accolades\n"
    "The jury gave Ora Pell a Silver Lamp, ₹10 thousand, and a certificate.\n"
)

LONG_RUN = (
    "9000: Run and Hide\n"
    "9000: Run and Hide is a 2018 American documentary film directed by Bede Marrow.\n\n"
    "Plot\n"
    "The plot centers on the 9000 mile race in Osk City, and also follows Kip Morrow, a courier.\n\n"
    "Box office\n"
    "In the United States and Canada, 9000: Run and Hide was released alongside Other Tale, and was projected to "
    "gross around $3 million from 830 theaters in its opening weekend. It ended up debuting to $1.5 million, "
    "finishing 13th at the box office.\n"
)


def _says(db, question: str, words: str, confident: bool | None = None) -> None:
    ans = ask(db, question)
    assert words in ans.answer, (question, ans.answer)
    if confident is False:
        assert ans.confidence < CONFIDENT, ans.answer


def test_the_directors_first_feature_names_the_film(tmp_path):
    db = library(tmp_path, QUIET_PIER)
    _says(db, "what company did tam osk make ora pell's first feature through", "Lantern Pictures")


def test_a_paper_typed_by_a_short_word(tmp_path):
    db = library(tmp_path, QUIET_PIER)
    _says(db, "what score did oska give ora pell's debut", "7.5")


def test_production_and_money_told_in_other_words(tmp_path):
    db = library(tmp_path, QUIET_PIER)
    _says(db, "did quiet pier do well at the box office in ruritania", "failed", confident=False)
    _says(db, "is quiet pier based on the director's own life", "autobiographical", confident=False)
    _says(db, "which foreign studio teamed up on quiet pier", "Example International", confident=False)


def test_a_named_song_and_prize_money(tmp_path):
    db = library(tmp_path, QUIET_PIER)
    _says(db, "who did the song running home that's on the soundtrack of quiet pier", "Lune Varga", confident=False)
    _says(db, "how much prize money did ora pell get from the jury", "₹10 thousand", confident=False)


def test_an_ampersand_title_and_a_passive_verb_after_it(tmp_path):
    db = library(tmp_path, LONG_RUN)
    _says(db, "where's the big 9000 mile race in 9000 run & hide held", "Osk City", confident=False)


def test_an_american_films_one_opening_weekend_is_the_us(tmp_path):
    db = library(tmp_path, LONG_RUN)
    _says(db, "9000 run and hide opening weekend in the us", "$1.5 million", confident=False)
