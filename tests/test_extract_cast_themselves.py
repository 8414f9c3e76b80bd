"""People who appear as themselves (a documentary's interviewees, participants, performers, people it follows,
cameos as themselves) are the film's cast, named without the office, rank or calling the prose writes before
them ("former Secretary of State A", "Senator B", "Rappers C"); a character keeps its title. Invented articles
only."""

from __future__ import annotations

from bot.article import parse_article
from bot.extract import people
from bot.extract.names import without_office
from bot.facts import CastFact

_LEAD = "Other Tale\nOther Tale is a 2018 American documentary film directed by Ora Pell. "


def _cast_of(text: str) -> dict[str, str]:
    """Actor -> character of an invented article's cast."""
    return {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}


def _players(sentence: str) -> set[str]:
    return set(_cast_of(_LEAD + sentence + "\n"))


def test_an_office_or_calling_is_no_part_of_the_players_name():
    """The whole list of interviewees is read, each without the office before the name; no junk 'Secretary'."""
    got = _players("The film features interviews with former Secretary of State Bede Marrow, Senator Ivo Brandt, "
                   "Congressman Tam Osk, former acting intelligence director Lune Varga, journalist Kip Morrow, "
                   "and author Sela Dunmore.")
    assert got == {"Bede Marrow", "Ivo Brandt", "Tam Osk", "Lune Varga", "Kip Morrow", "Sela Dunmore"}
    assert _players("The film features Mayor Bede Marrow, Governor Ivo Brandt and then-President Tam Osk.") == \
        {"Bede Marrow", "Ivo Brandt", "Tam Osk"}


def test_a_plural_calling_at_the_sentences_start_is_read_off():
    assert _players("Rappers Bede Marrow and Ivo Brandt make cameo appearances as themselves.") == \
        {"Bede Marrow", "Ivo Brandt"}
    assert {"Tam Osk", "Lune Varga"} <= _players("The film features YouTubers Tam Osk and Lune Varga in cameos.")


def test_lists_of_people_shown_as_themselves():
    three = {"Bede Marrow", "Ivo Brandt", "Tam Osk"}
    for sentence in ("Interviewed in the film are Bede Marrow, Ivo Brandt and Tam Osk.",
                     "Bede Marrow, Ivo Brandt and Tam Osk are among those interviewed.",
                     "Appearing as themselves are Bede Marrow, Ivo Brandt and Tam Osk.",
                     "Participants include Bede Marrow (a former spy), Ivo Brandt and Tam Osk.",
                     "Other Tale includes interviews with Ruritanian politicians including Bede Marrow, Ivo Brandt "
                     "and Tam Osk.",
                     "Speakers include General Bede Marrow, Ambassador Ivo Brandt and Dr. Tam Osk.",
                     "The film includes interviews with people such as: Bede Marrow, Ivo Brandt, and Tam Osk."):
        assert _players(sentence) == three, sentence
    assert _players("The film includes performances by the band Grey Harbour, singer Bede Marrow and rapper "
                    "Ivo Brandt.") == {"Bede Marrow", "Ivo Brandt"}


def test_a_documentary_follows_a_man_and_his_son():
    assert _players("The film follows Bede Marrow, a retired boxer, and his son Ivo Brandt.") == \
        {"Bede Marrow", "Ivo Brandt"}


def test_lists_that_are_not_the_people_shown():
    """A soundtrack's performers and a subject of the interviewees' stories are not read."""
    synopsis = _LEAD + "\nSynopsis\n{}\n"
    assert set(_cast_of(synopsis.format("The soundtrack features performances by Bede Marrow and Ivo Brandt."))) == set()
    assert set(_cast_of(synopsis.format("The film features performances by Bede Marrow and Ivo Brandt."))) == \
        {"Bede Marrow", "Ivo Brandt"}
    assert _players("It contains interviews with founders who relay stories about Bede Marrow.") == set()


def test_a_characters_title_stays_and_a_one_word_rest_is_kept():
    assert without_office("General Drummel") == "General Drummel"
    assert without_office("Judge Osk") == "Judge Osk"
    assert without_office("Senator Ivo Brandt") == "Ivo Brandt"
    text = ("Other Tale\nOther Tale is a 1990 Ruritanian war film starring Bede Marrow as General Drummel and "
            "Ivo Brandt as Captain Vale.\n")
    assert _cast_of(text) == {"Bede Marrow": "General Drummel", "Ivo Brandt": "Captain Vale"}


def test_a_person_past_a_description_appears_as_himself():
    """The subject of 'appears as himself' past its description and relative clause; a cameo by a described
    person 'as himself'; never a person who declined, nor one Banks of two by the surname alone."""
    got = _cast_of(_LEAD + "The retired judge Bede Marrow, who presided over the 1999 trial, also appears as "
                   "himself and discusses his doubts. The poet Ivo Brandt, who wrote the film's songs, appears as "
                   "himself reciting a poem.\n")
    assert got["Bede Marrow"].lower() == "himself" and got["Ivo Brandt"].lower() == "himself"
    got = _cast_of(_LEAD + "The segment features a cameo by the Ruritanian poet Lune Varga as herself.\n")
    assert got.get("Lune Varga", "").lower() == "herself"
    got = _cast_of(_LEAD + "It examines the case of Tam Osk and his mother Sela Osk. Osk appears as himself "
                   "throughout.\n")
    assert "Sela Osk" not in got or got["Sela Osk"].lower() != "himself"
    assert "Kip Morrow" not in _cast_of(_LEAD + "Kip Morrow declined to appear as himself.\n")


def test_as_do_after_appears_as_himself_reads_the_men_named_after_it():
    """"A appears as himself, as do B and C": the people after "as do" are shown as themselves too, each given the
    sentence's own word only when known to be of its gender (a woman is not given "himself"); a surname the
    article shares between two people is the one the word can be ("Osk appears as himself": Tam, not Sela)."""
    got = _cast_of(_LEAD + "It follows the case of Tam Osk and the efforts of his mother, Sela Osk, and of the "
                   "lawyer John Marrow.\nParticipants\nOsk appears as himself throughout, as do Sela Osk and Marrow.\n")
    assert got.get("Tam Osk") == "himself"
    assert got.get("John Marrow") == "himself"
    assert got.get("Sela Osk", "") != "himself"


def test_a_part_performed_by_a_player_is_cast_but_a_songs_singer_is_not():
    """"The creature known as the Grackle is performed by A": a part's player; "The song "B", written by C, is
    performed by D" casts no one as C."""
    story = "Other Tale\nOther Tale is a 2004 Ruritanian horror film directed by Ivo Brandt.\nPlot\nTam Osk fights the Grackle.\nCast\n"
    assert _cast_of(story + "The creature known as the Grackle is performed by the contortionist Kip Morrow, who "
                    "spent hours in prosthetics.\n").get("Kip Morrow") == "Grackle"
    got = _cast_of(story + 'The song "Other Night", written by Lune Varga, is performed by Bede Marrow in the '
                   "opening shots.\n")
    assert "Bede Marrow" not in got and "Lune Varga" not in got
