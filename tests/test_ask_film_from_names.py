"""/ask without a title, by a first name several films have: the question's other words and the kind of
name pick the film. A story question ("why does kip cry") means the film where Kip is a part of the story
rather than one whose crew has a Kip; "who saves kip" is no sign of the one article that writes "Ora saves
Kip" (a verb beside the name, no name of two words); two names each of other films ("the judge at Mr
Grell's trial") pick the article that writes both; a word of a longer name that is also a word ("falls" of
"Bede Falls") yields to the short names the question uses ("where does kip take ora after she falls asleep")."""

from __future__ import annotations

from .askkit import ask, library

_MILL_ROAD = ("Mill Road\nMill Road is a 2001 drama film directed by Kip Varga. It stars Ora Pell as Lune.\nPlot\n"
              "Lune walks to the mill. Ora saves Kip from the fire on the road.\n")
_HARBOUR_WIND = ("Harbour Wind\nHarbour Wind is a 2005 drama film directed by Ilse Dorn. It stars Bede Marrow as Kip "
                 "Osk.\nPlot\nKip Osk rows to the island. At the dance, Kip Osk is knocked into the river, and "
                 "Lune jumps in after him.\n")
_DEVILS_COURT = ("Devil's Court\nDevil's Court is a 1941 fantasy film directed by Tam Osk. It stars Ivo Brandt as Mr. "
                 "Grell.\nPlot\nMr. Grell picks the jury for the trial, with Kip Morrow as the judge.\n")
_LAST_DAYS = ("Last Days\nLast Days is a 2018 fantasy film directed by Oda Lenk. It stars Nell Quarry as the Judge.\n"
              "Plot\nThe Judge opens the trial of the dead.\n")

_IRON_RIDGE = ("Iron Ridge\nIron Ridge is a 2018 war film directed by Lune Varga. It stars Tam Osk as Bede Falls.\n"
               "Plot\nBede Falls leads the squad up the ridge.\n")
_NIGHT_CITY = ("Night City\nNight City is a 1953 romance film directed by Ivo Brandt. It stars Pia Lanz as Ora and "
               "Cale Dunmore as Kip.\nPlot\nOra falls asleep on a bench, and Kip takes her to his flat.\n")


def test_a_story_question_means_the_film_where_the_first_name_is_a_part(tmp_path):
    db = library(tmp_path, _MILL_ROAD, _HARBOUR_WIND)
    assert ask(db, "why does kip cry so much").film.startswith("Harbour Wind")


def test_a_verb_beside_the_first_name_in_one_article_picks_no_film(tmp_path):
    db = library(tmp_path, _MILL_ROAD, _HARBOUR_WIND)
    # "Ora saves Kip" in Mill Road is no name "saves kip"; the river and the dance are Harbour Wind's
    ans = ask(db, "who saves kip when he gets knocked into the river at the dance")
    assert ans.film.startswith("Harbour Wind")


def test_two_names_of_two_films_pick_the_article_that_writes_both(tmp_path):
    db = library(tmp_path, _DEVILS_COURT, _LAST_DAYS)
    # "Mr. Grell" is wholly "grell", as "Judge" is "judge": neither name alone picks its film
    assert ask(db, "who's the judge at mr grell's trial").film.startswith("Devil's Court")


def test_a_word_of_a_longer_name_yields_to_the_short_names_the_question_uses(tmp_path):
    db = library(tmp_path, _IRON_RIDGE, _NIGHT_CITY)
    # "falls" is a word of "Bede Falls", and a word the articles write; Kip and Ora are the names asked about
    assert ask(db, "where does kip take ora after she falls asleep").film.startswith("Night City")
    assert ask(db, "who leads the squad, bede falls?").film.startswith("Iron Ridge")
