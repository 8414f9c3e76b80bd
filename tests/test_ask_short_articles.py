"""/ask over short articles (a lead, a few lines of plot, a soundtrack or release paragraph): what a stub
tells is answered from the sentence that tells it, and a word of the question that picks one of several
things a sentence tells (a lyricist beside the composer, one premiere of two, the film a sequel follows)
is never answered with the other. Invented films and names throughout."""

from __future__ import annotations

import pytest

from bot.ask import CONFIDENT

from .askkit import ask, library

LANTERN = (
    "Lantern Song\n"
    "Lantern Song is a 1984 Ruritanian drama film, directed by Tam Osk, starring Ivo Brandt and Lune Varga in "
    "lead roles. The film had musical score by Bede Marrow and was released on 7 May 1984.\n\n"
    "Plot\n"
    "Anton (Ivo Brandt) teaches the violin to Nell (Ora Pell). Anton meets Dora (Lune Varga) and they fall in "
    "love. At the wedding, Mara (Pia Lanz) tries to stop it, thinking Anton is her son Rolf. "
    "In truth, Mara was Nell's mother, and she hides Anton in her house. "
    "Finally, Anton is freed and Mara dies to rejoin her late daughter Nell.\n\n"
    "Soundtrack\n"
    "The film score and the soundtrack were composed by Bede Marrow. The soundtrack, released in 1984, "
    "features four tracks with lyrics written by Kessa.\n\n"
    "Release\n"
    "The film premiered on March 24, 1984, at the Osk Film Festival in Ruritania, then held its Canadian "
    "premiere at the Harbour Spring Festival on April 8, 1984.\n\n"
    "Sequel\n"
    "In January 2018, Osk announced that he would be making a sequel to the film. The film has Kip Morrow "
    "and Tessa Quill as the lead pair.\n"
)

LEDGER = (
    "Night Ledger 2: Return\n"
    "Night Ledger 2: Return is a 2018 Ruritanian crime comedy film and\n"
    "sequel to Ora Pell's 2015 film Night Ledger. The film is directed by Lune Varga, starring Ivo Brandt and "
    "Kip Morrow. The film was released on June 13, 2018.\n\n"
    "Plot\n"
    "A comic book seller, Dag, and a retired detective, Ulf, open a private detective agency.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return library(tmp_path_factory.mktemp("short"), LANTERN, LEDGER)


def test_the_lyricist_is_the_sentence_naming_the_words_writer_not_the_composer(db):
    for q in ("who wrote the song lyrics in lantern song, was it bede marrow", "who was the lyricist of lantern song",
              "who wrote the lyrics for lantern song"):
        ans = ask(db, q)
        assert "Kessa" in ans.answer and ans.confidence < CONFIDENT, (q, ans.answer)
        assert ans.kind != "crew.composer"
    ans = ask(db, "who wrote the lyrics for night ledger 2")
    assert ans.abstained  # no sentence names who wrote them
    ans = ask(db, "who composed the music for lantern song")
    assert "Bede Marrow" in ans.answer and ans.confident  # the composer as before


def test_who_is_one_character_to_another_is_their_kinship_not_the_player(db):
    for q in ("in lantern song who is mara to nell", "who is nell to mara in lantern song"):
        ans = ask(db, q)
        assert "Mara was Nell's mother" in ans.answer and ans.confidence < CONFIDENT, (q, ans.answer)
    ans = ask(db, "who is mara in lantern song")
    assert "Pia Lanz" in ans.answer  # who plays her, as before


def test_a_premiere_asked_by_its_country_is_the_clause_telling_it(db):
    for q in ("lantern song canadian premiere where", "when was the canadian premiere of lantern song"):
        ans = ask(db, q)
        assert "Harbour Spring Festival" in ans.answer and "Osk Film Festival" not in ans.answer, (q, ans.answer)
        assert ans.confidence < CONFIDENT
    ans = ask(db, "where did lantern song premiere")
    assert "Osk Film Festival" in ans.answer and ans.confident  # its first showing, as before


def test_a_sequel_section_goes_on_about_the_sequel(db):
    ans = ask(db, "who are the leads in the lantern song sequel")
    assert "Kip Morrow" in ans.answer and ans.confidence < CONFIDENT, ans.answer


def test_a_film_that_is_itself_a_sequel_answers_for_itself_and_quotes_the_one_it_follows(db):
    ans = ask(db, "who directed the night ledger sequel")
    assert "Lune Varga" in ans.answer, ans.answer
    for q in ("who directed the first night ledger, the 2015 one", "who directed the original film of night ledger 2"):
        ans = ask(db, q)
        assert "Lune Varga" not in ans.answer or ans.confidence < CONFIDENT, (q, ans.answer)
    ans = ask(db, "who directed the first night ledger, the 2015 one")
    assert "Ora Pell" in ans.answer and ans.confidence < CONFIDENT, ans.answer
    ans = ask(db, "who directed night ledger 2")
    assert "Lune Varga" in ans.answer and ans.confident


LAMPS = (
    "Paper Lamps\n"
    "Paper Lamps is a 2018 Ruritanian comedy film.\n\n"
    "Plot summary\n"
    "Our main character Tam Osk lives in an old house in the hill town. He is the senior proofreader of a small "
    "press. Though Tam is an honest man, he gets bad treatment everywhere, starting from his wife to his boss. "
    "He often forgets things. For example, if his wife Lune asked him to bring fish from the market, he brings "
    "vegetables. He has a son named Kip Osk, who is a jobless brat.\n"
)

REEL = (
    "Night Reel\n"
    "Night Reel is a 1981 Ruritanian compilation film directed by Bede Marrow.\n\n"
    "Overview\n"
    "Night Reel presents highlights from the films of Bede Marrow, which included Glass Harbour (1974) and Salt "
    "Wind (1976).\n"
    "According to one film reviewer, Marrow's films are noted for their \"lavish design and witty screenplays\". "
    "Works by Marrow have been added to the permanent collection of the Ruritanian Film Museum.\n"
)

CHAPTERS = (
    "Harbor Chapters\n"
    "Harbor Chapters is a 2018 Ruritanian horror anthology film. The film was produced by Wren Abel with a "
    "promotional song composed by Dace Holm, and lyrics by Kessa.\n\n"
    "Soundtrack\n"
    "The film's audio track was released in October 2017. Composer Dace Holm worked on a promotional song for "
    "the film and selected Pia Lanz to sing the track.\n"
)


LIST = (
    "Quiet Ledger\n"
    "Quiet Ledger is a 2018 Ruritanian romantic comedy film directed by Ivo Brandt. It stars Kip Morrow and Ora "
    "Pell.\n\n"
    "Plot\n"
    "Anselm receives a list of all the things his girlfriend Lune wants him to change about himself. Although he "
    "rejects it at first, he decides to change after noticing the threat of a new rival.\n\n"
    "Cast\n"
    "Kip Morrow as Anselm\n"
    "Ora Pell as Lune Varga\n"
    "Wes Carrow as Hugo, Anselm's father\n"
)


@pytest.fixture(scope="module")
def db2(tmp_path_factory):
    return library(tmp_path_factory.mktemp("short2"), LAMPS, REEL, CHAPTERS, LIST)


def test_a_kins_name_asked_is_the_sentence_naming_that_kin(db2):
    for q in ("tam's wife's name", "what's tam's wife called in paper lamps"):
        ans = ask(db2, q)
        assert "wife Lune" in ans.answer and ans.confidence < CONFIDENT, (q, ans.answer)
    ans = ask(db2, "what's tam's daughter's name in paper lamps")
    assert ans.abstained, ans.answer  # no daughter named: not the son's sentence


def test_a_museums_collection_is_no_box_office(db2):
    ans = ask(db2, "which museum has marrow's work in its permanent collection")
    assert "Ruritanian Film Museum" in ans.answer and ans.kind != "money", ans.answer


def test_a_compilations_clips_are_its_highlights(db2):
    ans = ask(db2, "which films does night reel pull its clips from")
    assert "Glass Harbour" in ans.answer and ans.confidence < CONFIDENT, ans.answer


def test_a_reviewers_words_are_not_a_compilations_highlights(db2):
    ans = ask(db2, "what do reviewers say about bede marrow's films")
    assert "lavish design" in ans.answer, ans.answer


def test_the_makers_name_that_says_which_film_is_not_what_is_asked(db2):
    ans = ask(db2, "who did dace holm pick to sing the promo song for wren abel's anthology")
    assert "Pia Lanz" in ans.answer, ans.answer
    assert "Harbor Chapters" in ans.answer  # the film found by the producer's name, said


def test_a_kin_told_by_his_or_her_after_the_owner_is_played_by_that_kins_player(db2):
    for q in ("who plays anselm's girlfriend in quiet ledger", "who plays the girlfriend who gives anselm the list"):
        ans = ask(db2, q)
        assert "Ora Pell" in ans.answer and "Kip Morrow" not in ans.answer, (q, ans.answer)
        assert ans.confidence < CONFIDENT  # "his" may be someone's named in between
    ans = ask(db2, "who plays anselm's father in quiet ledger")
    assert "Wes Carrow" in ans.answer and ans.confident  # billed by the tie, as before


def test_a_part_asked_by_what_it_is_is_not_the_character_its_clause_names(db2):
    ans = ask(db2, "who plays the new rival that makes anselm want to change")
    assert ans.abstained and "Kip Morrow" not in ans.answer, ans.answer


GLOSSED = (
    "Vell Osko\n"
    "Vell Osko (Acronym for \"Vella Oskonen\") (English: \"Restless Youngster\") is an upcoming Ruritanian comedy film "
    "directed by Tam Lind and produced by Bo Rask. Nils Arden composes the film's music.\n\n"
    "Music\n"
    "The film's music is composed by Nils Arden. The film's audio track was released on 30 October 2017 in a "
    "function attended by leading directors.\n\n"
    "Release\n"
    "The film was released on 23 February 2018.\n"
)
DEUS = (
    "Jumala\n"
    "Jumala (God) is a 1997 Ruritanian drama film directed by Per Holt. It was released on 5 December 1997.\n"
)


UPCOMING = (
    "Salt Crown\n"
    "Salt Crown is an upcoming Ruritanian comedy film directed by Kai Lund.\n\n"
    "Music\n"
    "As of now, a single track \"Red Road\" was released online on 14 February 2015.\n"
)
HORROR = (
    "Night Harbour\n"
    "Night Harbour is a 2018 Ruritanian thriller film written and directed by Sten Vik.\n\n"
    "Synopsis\n"
    "Young, successful horror novelist Ilse Marsh's (Pia Lanz) new book is taking the genre by storm. Her father "
    "(Rune Dahl), the police chief of her small hometown, investigates murders too grim for their quiet life.\n\n"
    "Cast\n"
    "Pia Lanz as Ilse\n"
    "Rune Dahl as Chief Rolf\n"
)


@pytest.fixture(scope="module")
def db3(tmp_path_factory):
    return library(tmp_path_factory.mktemp("short3"), GLOSSED, DEUS, HORROR, UPCOMING)


def test_the_leads_gloss_of_the_title_answers_what_it_means_or_stands_for(db3):
    ans = ask(db3, "what does vell osko mean")
    assert "Restless Youngster" in ans.answer, ans.answer
    ans = ask(db3, "what is vell osko short for")
    assert "Vella Oskonen" in ans.answer, ans.answer
    ans = ask(db3, "what is the english title of vell osko")
    assert "Restless Youngster" in ans.answer, ans.answer
    ans = ask(db3, "what does jumala mean")
    assert "God" in ans.answer and ans.confidence < CONFIDENT, ans.answer  # a bare gloss: below confidence
    ans = ask(db3, "what is the english title of jumala")
    assert ans.abstained


def test_a_piece_released_on_its_own_is_not_the_films_release(db3):
    ans = ask(db3, "when was the audio of vell osko released")
    assert "30 October 2017" in ans.answer and ans.confidence < CONFIDENT, ans.answer
    ans = ask(db3, "when did the songs of jumala release")
    assert ans.abstained and "1997" not in ans.answer, ans.answer
    ans = ask(db3, "when was vell osko released")
    assert "23 February 2018" in ans.answer and ans.confident


def test_a_kin_with_a_player_in_brackets_after_her_or_his_is_that_player(db3):
    ans = ask(db3, "who plays ilse's father in night harbour")
    assert "Rune Dahl" in ans.answer and ans.confidence < CONFIDENT, ans.answer
    ans = ask(db3, "who plays ilse's mother in night harbour")
    assert ans.abstained, ans.answer


def test_an_upcoming_film_with_no_release_told_is_said_to_be_upcoming(db3):
    for q in ("when is salt crown releasing", "is salt crown out yet"):
        ans = ask(db3, q)
        # the stub's lead calls it upcoming: not the single's date (below confidence)
        assert "upcoming" in ans.answer and "2015" not in ans.answer, (q, ans.answer)
        assert ans.confidence < CONFIDENT
    ans = ask(db3, "when is vell osko releasing")
    assert "23 February 2018" in ans.answer  # a release told: that, though the lead says upcoming


def test_who_made_the_film_is_its_director(db3):
    ans = ask(db3, "who made night harbour")
    assert "Sten Vik" in ans.answer and ans.confident, ans.answer
