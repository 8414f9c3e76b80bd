"""Cast classes of billing sentences read by their grammar, not by one article's words: a calling written in
lower-case words before a list's first player ("starring rodeo champion A", "starred stage and matinee idol B and
C"). Invented articles and names only; each asserts what a user would see in /cast, and every fact's words occur
in its cited sentence."""

from __future__ import annotations

from bot.article import parse_article
from bot.extract import people
from bot.facts import CastFact


def _cast(text: str) -> list[CastFact]:
    art = parse_article(text)
    cast = [f for f in people.extract(art) if isinstance(f, CastFact)]
    for f in cast:
        assert not f.missing_evidence(art.sentences[f.sentence].text), f
    return cast


def _players(lead: str) -> list[str]:
    return [f.actor for f in _cast(f"Harbour Lights\n{lead}\n")]


def test_a_calling_before_the_first_billed_player():
    assert _players("Harbour Lights is a 1931 Western film directed by Lew Abner and starring rodeo champion "
                    "Kip Dorr.") == ["Kip Dorr"]
    assert _players("Harbour Lights is a 1920 drama film. Tam Osk directed the film, which starred stage and "
                    "matinee idol Kip Dorr and Ines Dorr.") == ["Kip Dorr", "Ines Dorr"]
    assert _players("Harbour Lights is a 1971 film directed by Lew Abner and starring comedian and actor Kip Dorr "
                    "and featuring Mara Velik and Teo Brandt.") == ["Kip Dorr", "Mara Velik", "Teo Brandt"]


def test_a_calling_of_two_before_a_pair_keeps_the_pairs_parts():
    cast = _cast("Harbour Lights\nHarbour Lights is a 1981 comedy film starring real-life husband and wife Mara "
                 "Velik and Kip Dorr as Tessa and Lon Varn.\n")
    assert [(f.actor, f.character) for f in cast] == [("Mara Velik", "Tessa"), ("Kip Dorr", "Lon Varn")]


def test_a_preposition_is_no_calling():
    # "featuring music by A": the words before the name say what A made, not who A is in the film
    assert _players("Harbour Lights is a 1961 film directed by Lew Abner, starring Mara Velik and featuring music "
                    "by Kip Dorr.") == ["Mara Velik"]


def test_a_name_suffix_that_ends_the_sentence():
    # "... and Kip Dorr Jr. The film ...": the suffix's period ends the billing's sentence, and the player is billed
    text = ("Harbour Lights\nHarbour Lights is a 1961 film directed by Lew Abner. It stars Tam Osk, Mara Velik, and "
            "Kip Dorr Jr. The film was a success.\nPlot\nTessa (Mara Velik) meets Lon (Kip Dorr Jr.).\n")
    assert [(f.actor.rstrip("."), f.character) for f in _cast(text)] == [
        ("Tam Osk", ""), ("Mara Velik", "Tessa"), ("Kip Dorr Jr", "Lon")]  # one player, however the period is kept
    assert _players("Harbour Lights is a 1961 film directed by Tam Osk Jr. and starring Kip Dorr Sr. and Ines "
                    "Dorr.") == ["Kip Dorr Sr", "Ines Dorr"]


def test_a_name_suffix_ends_a_sentence_only_before_a_sentence_opener():
    from bot.sentences import split_sentences
    assert split_sentences("It stars Kip Dorr Jr. The film was a success.") == [
        "It stars Kip Dorr Jr.", "The film was a success."]
    assert split_sentences("It stars Kip Dorr Jr. and won the Tam Osk Sr. Memorial Prize. It did well.") == [
        "It stars Kip Dorr Jr. and won the Tam Osk Sr. Memorial Prize.", "It did well."]  # no opener: the name goes on
    assert split_sentences("Acme Bros. The film did well.") == ["Acme Bros. The film did well."]


def test_players_as_the_subject_of_a_part_tied_to_a_character():
    # "A, B and C co-star as Tessa's bridesmaids": a plural part the story ties to its own character, not a title
    assert _players("Harbour Lights is a 1961 comedy film directed by Lew Abner. Mara Velik, Ines Dorr, and Ora "
                    "Pell co-star as Tessa's bridesmaids.") == ["Mara Velik", "Ines Dorr", "Ora Pell"]
    assert _players("Harbour Lights is a 1961 comedy film directed by Lew Abner. Mara Velik, Ines Dorr and Ora "
                    "Pell play Tessa's bridesmaids.") == ["Mara Velik", "Ines Dorr", "Ora Pell"]
    # a title after "starred in" is still another work's
    assert _players("Harbour Lights is a 1961 comedy film directed by Lew Abner. Mara Velik and Ines Dorr starred "
                    "in Other Tale.") == []


def test_players_along_with_the_billed_star():
    # "It stars A in the title role, along with B, C and D": the billing goes on after the star's clause
    assert _players("Harbour Lights is a 1961 film directed by Lew Abner. It stars Kip Dorr in the title role, "
                    "along with Mara Velik, Ines Dorr, and Ora Pell.") == ["Kip Dorr", "Mara Velik", "Ines Dorr", "Ora Pell"]
    assert _players("Harbour Lights is a 1961 film directed by Lew Abner. Kip Dorr stars, together with Mara Velik "
                    "and Ines Dorr.") == ["Kip Dorr", "Mara Velik", "Ines Dorr"]
    # after a credit the list is the credit's: producers are no players
    assert _players("Harbour Lights is a 1961 film directed by Lew Abner. It stars Kip Dorr and was produced by "
                    "Teo Brandt, along with Mara Velik and Ines Dorr.") == ["Kip Dorr"]


def test_a_list_read_back_from_its_place_in_the_cast():
    assert _players("Harbour Lights is a 1961 film directed by Lew Abner. Mara Velik, Ines Dorr and Kip Dorr are "
                    "among the supporting cast.") == ["Mara Velik", "Ines Dorr", "Kip Dorr"]
    assert _players("Harbour Lights is a 1961 film directed by Lew Abner. Teo Brandt and Lu Varn reprise their "
                    "roles from the first film, with newcomers Mara Velik and Ines Dorr joining the cast.") == [
        "Teo Brandt", "Lu Varn", "Mara Velik", "Ines Dorr"]
    assert _players("Harbour Lights is a 1961 film. Mara Velik, Ines Dorr and Kip Dorr round out the cast of this "
                    "low-budget thriller.") == ["Mara Velik", "Ines Dorr", "Kip Dorr"]
    # another work's cast is not this film's
    assert _players("Harbour Lights is a 1961 film directed by Lew Abner. Mara Velik, Ines Dorr and Kip Dorr were "
                    "among the cast of the stage version.") == []


def test_a_crew_job_before_a_name_is_no_players_calling():
    # "feature" is a noun here, and a director after it is credited, not billed
    assert _players("Harbour Lights is a 2006 drama film by third time feature director Lew Abner and starring "
                    "Mara Velik and Kip Dorr.") == ["Mara Velik", "Kip Dorr"]
    # a list after a relative clause about the star may be the clause's (co-writers), not the billing's
    assert _players("Harbour Lights is a 1961 film. It stars Kip Dorr, who co-wrote the screenplay with Lew Abner, "
                    "along with Mara Velik.") == ["Kip Dorr"]


PLOT = "Plot\nTessa Marr runs the harbour inn. The town's sheriff, Cal Dobbins, suspects her guest."


def test_a_described_part_in_the_production_prose():
    # the production's "A played the sheriff" is A's part; the plot names the sheriff, so the part is his name
    text = (f"Harbour Lights\nHarbour Lights is a 1951 film directed by Lew Abner and starring Mara Velik.\n{PLOT}\n"
            "Production\nAmong the supporting players, Kip Dorr played the sheriff. Velik also portrayed the ghost "
            "of a Lune Park jogger.\n")
    assert {(f.actor, f.character) for f in _cast(text)} == {("Mara Velik", "ghost"), ("Kip Dorr", "Cal Dobbins")}


def test_a_story_person_in_the_production_prose_is_no_player():
    # a script's character "appears as a ghost", and a person the plot names is the story's, not a player
    text = (f"Harbour Lights\nHarbour Lights is a 1951 film directed by Lew Abner and starring Mara Velik.\n{PLOT}\n"
            "Writing\nIn the first draft, Tessa Marr appears as a ghost. Later drafts had Tessa Marr play a widow.\n")
    assert [f.actor for f in _cast(text)] == ["Mara Velik"]


def test_an_instrument_played_in_the_production_prose_is_no_part():
    text = (f"Harbour Lights\nHarbour Lights is a 1951 film directed by Lew Abner and starring Mara Velik.\n{PLOT}\n"
            "Production\nThe score was recorded in Lune City, where Kip Dorr played the organ.\n")
    assert [f.actor for f in _cast(text)] == ["Mara Velik"]


def test_a_billed_players_part_past_an_aside_in_the_production_prose():
    lead = "Harbour Lights\nHarbour Lights is a 1951 crime film directed by Lew Abner and starring Kip Dorr and Mara Velik.\n"
    for aside in ("borrowed from Apex", "who had tested for the part"):
        cast = _cast(f"{lead}Production\nVelik, {aside}, played the gangster's moll Dixie Lane.\n")
        assert ("Mara Velik", "Dixie Lane") in {(f.actor, f.character) for f in cast}
    # an aside about another film, or a player the film does not bill, gives no part
    cast = _cast(f"{lead}Production\nVelik, years before in Other Tale, played the gangster's moll Dixie Lane.\n")
    assert ("Mara Velik", "Dixie Lane") not in {(f.actor, f.character) for f in cast}
    cast = _cast(f"{lead}Production\nIno Tarr, borrowed from Apex, played the gangster's moll Dixie Lane.\n")
    assert "Ino Tarr" not in {f.actor for f in cast}


def test_a_part_tied_to_the_part_before_in_a_cast_section():
    lead = "Harbour Lights\nHarbour Lights is a 1999 television film directed by Lew Abner.\nCast\n"
    cast = _cast(lead + "Mara Velik stars as the folk singer Tessa Marr, and Kip Dorr plays her manager.\n")
    assert {(f.actor, f.character) for f in cast} == {("Mara Velik", "Tessa Marr"), ("Kip Dorr", "her manager")}
    # alone, "her manager" is nobody's: no part is read from it
    cast = _cast(lead + "Kip Dorr plays her manager.\n")
    assert "her manager" not in {f.character for f in cast}


def test_a_player_appearing_as_a_part_tied_to_the_stars():
    assert {(f.actor, f.character) for f in _cast(
        "Harbour Lights\nHarbour Lights is a 1932 horror film directed by Lew Abner. Kip Dorr stars as the zombie "
        "master, with Mara Velik appearing as his victim.\n")} == {("Kip Dorr", ""), ("Mara Velik", "his victim")}
