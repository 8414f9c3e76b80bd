"""/ask without the full title: a three-letter name, one distinctive word of a longer title, initials typed
run together, a name typed with its 's. Each finds its one film as a guess the answer says it made; a word
the articles write in lower case never picks a film, and several films sharing the word ask which."""

from __future__ import annotations

from bot.ask import CONFIDENT

from .askkit import ask, library

_OTHER_TALE = ("Other Tale\nOther Tale is a 1966 drama film directed by Ora Pell. It stars Bede Marrow as Tam, a "
               "ferryman, and Lune Varga as Ada.\nPlot\nTam rows the red boat across the river. Ada hides the ring "
               "in a mirror room. Company head J.K. Brandt gives Tam a watch.\nProduction\nThe film was shot in "
               "Ruritania. The song \"Nobody's Lantern\" was sung by Kip Morrow.\n")
_LANTERN_BAY = ("Lantern Bay\nLantern Bay is a 1974 drama film directed by Ivo Brandt. It stars Cale Dunmore as Tam "
                "Osk, a fisherman, and Nell Quarry as Red.\nPlot\nTam Osk mends a net in the harbour.\n")
_STRANGEWOOD = ("Doctor Strangewood\nDoctor Strangewood is a 1964 comedy film directed by Tam Pollux. It stars "
                "Vera Holm as Mira Quell.\nProduction\nThe film was shot at Castle Ardent studios.\nRelease\nThe "
                "film earned rentals of $4 million.\n")
_STRANGEWOOD_2 = ("Alex Strangewood\nAlex Strangewood is a 2018 comedy film directed by Oda Lenk. It stars Ivo "
                  "Sarr as Alex.\nProduction\nThe film was shot in Ruritania.\n")


def test_a_three_letter_name_finds_its_film_as_a_whole_word(tmp_path):
    db = library(tmp_path, _OTHER_TALE)
    ans = ask(db, "who played tam")
    assert ans.film.startswith("Other Tale") and "Bede Marrow" in ans.answer
    assert "Other Tale" in ans.answer and ans.confidence < CONFIDENT  # one short word: a guess, said


def test_a_three_letter_name_the_articles_write_as_a_word_picks_no_film(tmp_path):
    db = library(tmp_path, _OTHER_TALE, _LANTERN_BAY)
    # "Red" is a character of Lantern Bay, but "red" is a word Other Tale writes in lower case
    assert ask(db, "who played red").film is None


def test_a_three_letter_name_of_two_films_the_other_words_or_the_whole_name_decide(tmp_path):
    db = library(tmp_path, _OTHER_TALE, _LANTERN_BAY)
    assert ask(db, "what does tam mend").film.startswith("Lantern Bay")  # only one article mends
    assert ask(db, "what does tam do in the mirror room").film.startswith("Other Tale")
    # nothing else tells: the character billed "Tam" rather than the one billed "Tam Osk"
    ans = ask(db, "who played tam")
    assert ans.film.startswith("Other Tale") and ans.confidence < CONFIDENT


def test_a_distinctive_word_of_a_title_finds_it_and_says_so(tmp_path):
    db = library(tmp_path, _STRANGEWOOD, _OTHER_TALE)
    ans = ask(db, "where was strangewood shot")
    assert ans.film.startswith("Doctor Strangewood") and "Castle Ardent" in ans.answer
    assert "Doctor Strangewood" in ans.answer and ans.confidence < CONFIDENT
    assert ask(db, "strangewood's rentals").film.startswith("Doctor Strangewood")  # possessive


def test_a_title_word_of_two_films_asks_which_unless_the_question_tells(tmp_path):
    db = library(tmp_path, _STRANGEWOOD, _STRANGEWOOD_2, _OTHER_TALE)
    ans = ask(db, "who is in strangewood")
    assert ans.kind == "need_film" and "Doctor Strangewood" in ans.answer and "Alex Strangewood" in ans.answer
    assert ask(db, "how much did strangewood make in rentals").film.startswith("Doctor Strangewood")


def test_a_title_word_the_articles_write_in_lower_case_is_a_word(tmp_path):
    db = library(tmp_path, _STRANGEWOOD, _OTHER_TALE)
    # "doctor" is a word of the title, but a word: never the film on its own
    assert ask(db, "who is the doctor in the film").film is None


def test_initials_typed_run_together_are_the_name_the_article_writes(tmp_path):
    db = library(tmp_path, _OTHER_TALE, _LANTERN_BAY)
    ans = ask(db, "who played jk brandt")
    assert ans.film.startswith("Other Tale") and ans.confidence < CONFIDENT


def test_a_name_typed_with_its_apostrophe_s_is_found(tmp_path):
    db = library(tmp_path, _OTHER_TALE, _LANTERN_BAY)
    ans = ask(db, "who sang nobody's lantern")
    assert ans.film.startswith("Other Tale") and "Morrow" in ans.answer


def test_a_title_typed_with_its_s_is_that_title_though_its_plural_is_a_word(tmp_path):
    drifter = ("The Drifter\nThe Drifter is a 1961 drama film directed by Ora Pell. It stars Bede Marrow as Kip "
               "Morrow, a pool player.\n")
    other = ("Other Tale\nOther Tale is a 1966 drama film directed by Ivo Brandt. It follows two drifters across "
             "Ruritania.\n")
    db = library(tmp_path, drifter, other)
    for q in ("who directed drifter's", "who directed the drifter's film"):
        ans = ask(db, q)
        assert ans.film.startswith("The Drifter") and "Ora Pell" in ans.answer, q


def test_the_title_word_table_follows_films_added_and_removed():
    from bot.ask.text import films_of_a_title_word, prepare_title_words
    from bot.matching import TitleEntry, TitleIndex

    index = TitleIndex([TitleEntry(1, "Doctor Strangewood", 1964), TitleEntry(2, "Other Tale", 2001)])
    prepare_title_words(index)
    assert films_of_a_title_word(index, "where was strangewood shot") == [("strangewood", (1,))]
    added = index.with_added([TitleEntry(3, "The Lantern Keepers", 1990)])
    assert films_of_a_title_word(added, "who scored lantern") == [("lantern", (3,))]
    removed = added.with_removed([1])
    assert films_of_a_title_word(removed, "where was strangewood shot") == []
    assert films_of_a_title_word(removed, "who scored lantern") == [("lantern", (3,))]
