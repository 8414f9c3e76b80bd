"""/ask with no title typed, the film found by what only it has: a term one article alone writes (a vehicle,
a word of the original-language title), a character's possessive typed without its apostrophe, a
character's whole name over a player's first name. Each is a guess the answer says it made; a word the
articles share, or write once, picks no film, and terms of two films ask which."""

from __future__ import annotations

from bot.ask import CONFIDENT

from .askkit import ask, library

_OTHER_TALE = ("Other Tale\nOther Tale (Ruritanian: Tarn Osk Velamori) is a 1966 adventure film directed by Ora Pell. "
               "It stars Bede Marrow as Tam, a ferryman, and Lune Varga as Ada.\nPlot\nTam rows the Harbourmobile "
               "across the river. Ada hides the ring in a narrow mirror room.\nProduction\nThe Harbourmobile "
               "featured in the film was built by Kestrel Boats. The word velamori (literally \"kept by the river\") "
               "within the Ruritanian title recalls a folk tale.\nRelease\nThe film opened in Ruritania.\n")
_LANTERN_BAY = ("Lantern Bay\nLantern Bay is a 1974 drama film directed by Ivo Brandt. It stars Cale Dunmore as Kip, "
                "a fisherman, and Nell Quarry as Vell.\nPlot\nKip mends a net in the "
                "harbour. Kip sails to Vell's Island, where Vell keeps prisoners in a cave.\nProduction\nThe scenes "
                "of Vell's Island were shot near a lighthouse.\n")
_RIVER_SONG = ("River Song\nRiver Song is a 1981 drama film directed by Tam Pollux. It stars Dara Brell as Mira "
               "and Ivo Sarr as Osk. The music is by Vells Dorrit.\nPlot\nMira sells the Cloudwagon at the fair. Osk buys the Cloudwagon and "
               "drives it to an island.\n")
_HARBOUR_DAYS = ("Harbour Days\nHarbour Days is a 1990 drama film directed by Oda Lenk. It stars Vera Holm as Dara, "
                 "a weaver, and Kip Morrow as Osk.\nPlot\nDara is a weaver in a mountain village. Osk rides the "
                 "Cloudwagon home.\n")


def test_a_term_one_article_alone_writes_finds_its_film_as_a_guess(tmp_path):
    db = library(tmp_path, _OTHER_TALE, _LANTERN_BAY)
    ans = ask(db, "who built the harbourmobile for the movie")
    assert ans.film.startswith("Other Tale") and "Kestrel Boats" in ans.answer
    assert "Other Tale" in ans.answer and ans.confidence < CONFIDENT


def test_a_word_of_the_original_language_title_finds_the_film(tmp_path):
    db = library(tmp_path, _OTHER_TALE, _LANTERN_BAY)
    ans = ask(db, "what does velamori mean")
    assert ans.film.startswith("Other Tale") and ans.confidence < CONFIDENT


def test_a_word_written_once_or_by_two_articles_picks_no_film(tmp_path):
    db = library(tmp_path, _OTHER_TALE, _LANTERN_BAY)
    assert ask(db, "how long is the narrow path").film is None  # written once, in lower case
    db2 = library(tmp_path / "two", _RIVER_SONG, _HARBOUR_DAYS, _LANTERN_BAY)
    assert ask(db2, "who drives the cloudwagon").kind == "need_film"  # two articles write it


def test_terms_of_two_films_ask_which(tmp_path):
    db = library(tmp_path, _OTHER_TALE, _RIVER_SONG)
    ans = ask(db, "is the harbourmobile faster than the cloudwagon")
    assert ans.kind == "need_film" and "Other Tale" in ans.answer and "River Song" in ans.answer


def test_a_possessive_typed_without_its_apostrophe_is_the_longer_name_an_article_writes(tmp_path):
    # "vells" is the first name of a crew member, and "Vell's Island" a place of the story: the place is meant
    db = library(tmp_path, _LANTERN_BAY, _RIVER_SONG)
    ans = ask(db, "who let the captives out on vells island")
    assert ans.film.startswith("Lantern Bay") and ans.confidence < CONFIDENT


def test_a_characters_whole_name_beats_a_players_first_name(tmp_path):
    # "Dara" is a character of Harbour Days in full, and the first name of a player of River Song
    db = library(tmp_path, _RIVER_SONG, _HARBOUR_DAYS)
    ans = ask(db, "what does dara do for work")
    assert ans.film.startswith("Harbour Days") and ans.confidence < CONFIDENT


def test_a_three_letter_name_beside_a_longer_one_weighs_the_films_of_both(tmp_path):
    # "Kiran" is a billed character of Quay Lights only; Salt Road's and Dune Bells' casts list "Ova", and
    # Salt Road's story writes both names: the question naming both is about Salt Road
    quay = ("Quay Lights\nQuay Lights is a 2015 comedy film directed by Oda Lenk. It stars Ivo Sarr as Kiran.\n"
            "Plot\nAt a fair, Kiran meets Tula, a painter, and falls for her.\n")
    salt = ("Salt Road\nSalt Road is a 2018 romance film directed by Tam Pollux. It stars Vera Holm as Ova.\nPlot\n"
            "When Kiran, a brash 23-year-old living in Ruritania, meets the quiet Ova, he changes his plans.\n")
    dune = ("Dune Bells\nDune Bells is a 1999 drama film directed by Ora Pell. It stars Nell Quarry as Ova.\nPlot\n"
            "Ova sails away from the harbour at dawn.\n")
    db = library(tmp_path, quay, salt, dune)
    ans = ask(db, "how old is kiran when he meets ova")
    assert ans.film.startswith("Salt Road") and ans.confidence < CONFIDENT


def test_a_one_word_title_typed_as_a_word_yields_to_the_film_a_name_belongs_to(tmp_path):
    # "Lately" is a loaded title and a word the articles write; typed as a word beside the names of another
    # film's story, the names say which film is asked about. Typed where a title goes, it is the title.
    lately = ("Lately\nLately is a 1954 thriller film directed by Ora Pell. It stars Bede Marrow as Sheriff Abel.\n"
              "Plot\nSheriff Abel guards the station of a small town.\n")
    wedding = ("Harbour Wedding\nHarbour Wedding is a 1990 drama film directed by Oda Lenk. It stars Vera Holm as "
               "Minu and Ivo Sarr as Kasper.\nPlot\nMinu and Kasper fall in love. Her parents, lately told that he "
               "is only an overseer, forbid Minu from meeting Kasper.\n")
    db = library(tmp_path, lately, wedding)
    ans = ask(db, "why do minu's parents lately turn against kasper")
    assert ans.film.startswith("Harbour Wedding") and ans.confidence < CONFIDENT
    assert ask(db, "who directed lately").film.startswith("Lately")
