"""Cast classes of long articles written blind that the earlier frames missed (issue 9, the long-dev3 and
long-dev2 misses read as classes): a second part given in a plot's bracket by "also" ("Tam (also Osk)"); a
dubbed version's voice cast told as the objects of "featured" or "cast" ("the Vorlish version featured A as
the voice of Mina and B as Tam"); a glimpse in a brief part ("A can be glimpsed as a cigarette girl", "B is
heard, uncredited, as the voice of a forecaster", "C is seen without credit as one of the village boys"); an older or aged self told with its scenes ("The aged Tam
of the epilogue is played not by B but by C"); newer callings before a name ("the YouTuber A"); a return told as
done ("A returns as Tam and B as Mina"); a group's member, not the group ("Mina of the girl group Vorlish Dawn").
Invented sentences only; each asserts what a user would see (the player
with the right part, or no wrong part)."""

from __future__ import annotations

from bot.article import parse_article
from bot.extract import people
from bot.facts import CastFact

# The same invented lead and plot, and the same readers, as long-dev2's cast classes.
from tests.test_extract_cast_long2 import FILLER, _parts


def _story(lead_cast: str, plot: str) -> dict[str, str]:
    text = (f"Other Tale\nOther Tale is a 1990 Ruritanian comedy film directed by Kip Morrow. It stars {lead_cast}.\n"
            f"Plot\n{plot}\n")
    return {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}


def test_a_second_part_in_a_plots_also_bracket():
    # the player billed in a dual role, whose one part the plot gives only as "(also Surname)"
    parts = _story("Lune Varga in a dual role, with Tam Osk",
                   "Twin brothers are parted at birth. Felix grows up in the city; Rudi Dorn (also Varga) becomes a "
                   "farmer. Rudi meets Mina (Osk).")
    assert parts["Lune Varga"] == "Rudi Dorn" and parts["Tam Osk"] == "Mina"


def test_a_dubbed_versions_voice_cast_as_objects():
    parts = _parts("An English-dubbed version prepared for television in 1979 featured Lune Varga as the voice of "
                   "Mina and Tam Osk as Tam; in that version the priest was voiced by Kip Dorn.", "Release")
    assert parts["Lune Varga"] == "Mina" and parts["Tam Osk"] == "Tam"
    parts = _parts("For the Vorlish release Mina was dubbed by Kip Dorn, and the Japanese version featured the pop "
                   "singer Lune Varga as Mina.", "Release")
    assert parts["Lune Varga"] == "Mina"
    parts = _parts("The Vorlish-language dub cast Lune Varga as the voice of Mina and Tam Osk as Felix.", "Release")
    assert parts["Lune Varga"] == "Mina" and parts["Tam Osk"] == "Felix"


def test_another_films_featured_cast_is_not_read():
    # a remake's or a sequel's cast told by "featured", with no dub: not this film's
    parts = _parts("The 1995 remake featured Lune Varga as Mina and Tam Osk as Tam.", "Legacy")
    assert "Lune Varga" not in parts and "Tam Osk" not in parts
    parts = _parts("A dubbed version was prepared later; the sequel featured Lune Varga as Mina.", "Release")
    assert parts.get("Lune Varga") != "Mina"


def test_a_glimpse_in_a_brief_part():
    # "glimpsed"/"spotted" tell a brief part by themselves; "seen"/"heard" with the words of a credit not given
    parts = _parts("Lune Varga, then a young contract starlet, can be glimpsed as a cigarette girl in the club scenes; "
                   "she received no screen credit.")
    assert parts["Lune Varga"] == "cigarette girl"
    parts = _parts("Marrow's own son, Tam Marrow, is seen without credit as one of the village boys in the opening scene.")
    assert parts["Tam Marrow"] == "village boy"
    facts = {f.actor: f for f in _cast_of_section("Kip Morrow is heard, uncredited, as the voice of the radio "
                                                  "weather forecaster.", "Production")}
    assert facts["Kip Morrow"].character == "radio weather forecaster" and facts["Kip Morrow"].voice


def test_a_sighting_without_a_brief_word_is_no_part():
    # "can be seen as" with no credit word is often a reading of the film, not a part
    parts = _parts("Lune Varga can be seen as a successor to the great clowns.", "Production")
    assert parts.get("Lune Varga", "") == ""


def test_a_plots_surname_beside_two_cast_members_is_the_lead_billed_one():
    # the star's son shares the star's surname and has a walk-on in the cast prose: the plot's "(Marrow)" is the star's
    text = ("Other Tale\nOther Tale is a 1990 Ruritanian drama film directed by Kip Morrow. It stars Bede Marrow, "
            "Ora Pell and Ivo Brandt.\nPlot\nFelix Dorn (Marrow) guards a pass. He meets Mina (Pell) and her "
            "uncle Rudi (Brandt).\nCast\n"
            "Marrow's son, Tam Marrow, can be glimpsed as a village boy.\n")
    parts = {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}
    assert parts["Bede Marrow"] == "Felix Dorn" and parts["Tam Marrow"] == "village boy" and "Marrow" not in parts


def _cast_of_section(body: str, section: str) -> list[CastFact]:
    from tests.test_extract_cast_long2 import _cast
    return _cast(body, section)


def test_an_older_or_aged_self_of_a_scene_note():
    parts = _parts(FILLER + "The older Mina Osk of the 1990 framing scenes was played by Lune Varga.")
    assert parts["Lune Varga"] == "older Mina Osk"
    parts = _parts(FILLER + "The aged Tam of the epilogue is played not by Marrow in make-up but by the veteran Kip Dorn.")
    assert parts["Kip Dorn"] == "aged Tam" and parts["Bede Marrow"] == "Tam"


def test_a_newer_calling_before_a_dubs_player_is_no_part_of_the_name():
    parts = _parts("In the Vorlish dub, Mina is voiced by the Ruritanian YouTuber Ursula Varga.", "Release")
    assert parts.get("Ursula Varga") == "Mina" and not any("YouTuber" in a for a in parts)


def test_players_returning_as_their_parts_and_again_playing_them():
    parts = _parts("Lune Varga returns as Mina and Tam Osk as Felix, while Kip Dorn again plays the innkeeper, Rudi.")
    assert parts["Lune Varga"] == "Mina" and parts["Tam Osk"] == "Felix" and parts["Kip Dorn"] == "Rudi"
    # a return still planned is no part of the cast
    parts = _parts("Lune Varga was to return as Mina and Tam Osk as Felix, but the studio closed.")
    assert parts.get("Tam Osk", "") != "Felix"


def test_a_member_of_a_group_not_the_group():
    parts = _parts("Mina-ra of the girl group Vorlish Dawn makes a special appearance as herself in the concert scene.")
    assert "Vorlish Dawn" not in parts and "Dawn" not in parts
    assert parts.get("Mina-ra") == "Herself"


def test_a_directors_walk_on_told_many_ways():
    # a brevity word with a credit not given, "in an uncredited bit", a place of the story after the part
    parts = _parts("Zarko appears as the neighbour Rudi, and Morrow himself makes a brief, uncredited appearance as a "
                   "customer in the Vorlish noodle shop.")
    assert parts["Kip Morrow"] == "customer"
    parts = _parts("A young Lune Varga, later a star, can be glimpsed in an uncredited bit as a hat-check girl.")
    assert parts["Lune Varga"] == "hat-check girl"
    # "Morrow himself" beside other Morrows of the article: the one the film credits for its making
    text = ("Other Tale\nOther Tale is a 1916 Ruritanian silent film directed by Kip Morrow. It stars Ora Pell.\n"
            "Cast\nThe infant Mina was played by Lune Morrow, the director's niece, and Morrow himself can be "
            "glimpsed, uncredited, as a passenger on the steamer.\nProduction\nHis wife, Sela Morrow, kept the accounts.\n")
    parts = {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}
    assert parts["Kip Morrow"] == "passenger on the steamer" and parts["Lune Morrow"] == "Mina"


def test_a_player_is_the_part_in_a_cast_section():
    parts = _parts("Pell plays Mina and Ivo Brandt is Felix.")
    assert parts["Ivo Brandt"] == "Felix" and parts["Ora Pell"] == "Mina"
    parts = _parts("Lune Varga is Rudi and the fourteen-year-old Kip Dorn plays Tam.")
    assert parts["Lune Varga"] == "Rudi"
    # not a part: a name the story does not use, another's tie, a character's own full name
    parts = _parts("Ivo Brandt is Vorlish and Lune Varga is Mina's aunt.")
    assert parts.get("Ivo Brandt", "") == "" and parts.get("Lune Varga", "") in ("", "Mina's aunt")
    parts = _parts("Mina Osk is Felix, in a way, the plot suggests.")
    assert "Mina Osk" not in parts


def test_a_hyphen_glued_particle_inside_a_name():
    parts = _parts("Mona Vask el-Dorra, then the best-known voice on Ruritanian radio, plays Mina. Felix is played by "
                   "Tarek al-Osk, a stage comedian.")
    assert parts["Mona Vask el-Dorra"] == "Mina" and parts["Tarek al-Osk"] == "Felix"


def test_a_child_players_age_before_an_aside():
    parts = _parts("The nine-year-old Lune Varga, a pupil at the village school, plays Felix.")
    assert parts["Lune Varga"] == "Felix"
    parts = _parts("Pell plays Mina and the fourteen-year-old Kip Dorn, in his first film, plays Rudi.")
    assert parts["Kip Dorn"] == "Rudi" and parts["Ora Pell"] == "Mina"
    # an aside that names another film is still that film's
    parts = _parts("The nine-year-old Lune Varga, years before in Other Song, plays Felix.", "Production")
    assert parts.get("Lune Varga", "") != "Felix"


def test_the_voice_of_a_part_given_by_a_player():
    parts = _parts("The voice of Felix is provided by Lune Varga, who voiced him in the series.")
    assert parts["Lune Varga"] == "Felix"
    parts = _parts("The voice of Rudi the parrot was supplied, without credit, by the radio comedian Kip Dorn.")
    assert parts["Kip Dorn"] == "Rudi"
    # a player's own voice dubbed names no part
    parts = _parts("The voice of Ora Pell was dubbed by Kip Dorn.")
    assert parts.get("Kip Dorn", "") == ""


def test_a_dubbed_players_surname_is_no_part():
    # "Marrow was voiced by B": B dubbed the player Bede Marrow; the part is not in the sentence
    parts = _parts("In the Vorlish version Pell was dubbed by Kip Dorn, while Marrow was voiced by the actress Lune Varga.",
                   "Release")
    assert parts.get("Lune Varga", "") != "Marrow" and parts.get("Kip Dorn", "") != "Pell"


def test_a_part_given_to_a_player():
    parts = _parts("Lune Varga, a former opera performer who had played second leads in a dozen films, was given his "
                   "first starring role as Felix.")
    assert parts["Lune Varga"] == "Felix"
    # another film's role, named by its title, is not this film's part
    parts = _parts("Kip Dorn was given his first starring role as Rudi in Other Song (1950).")
    assert parts.get("Kip Dorn", "") != "Rudi"


def test_a_part_just_given_is_no_player_of_the_next_clause():
    parts = _parts("Kip Dorn played Rudi, and Lune Varga made a guest appearance as the forest officer.")
    assert parts["Kip Dorn"] == "Rudi" and "Rudi" not in parts and parts["Lune Varga"] == "forest officer"


def test_played_for_most_of_the_film_by():
    parts = _parts("Rudi is played for most of the film by the stuntman Lune Varga; the face seen in the closing shot "
                   "belongs to a local undertaker.")
    assert parts["Lune Varga"] == "Rudi"


def test_a_remake_told_by_remade_is_another_films_cast():
    text = ("Other Tale\nOther Tale is a 1936 Ruritanian comedy film directed by Kip Morrow. It stars Ora Pell and Ivo "
            "Brandt. The studio remade it in 1949 as A Groom for Mr. Osk, with Lune Varga and Tam Dorn in the leads.\n")
    actors = {f.actor for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}
    assert {"Ora Pell", "Ivo Brandt"} <= actors and not actors & {"Lune Varga", "Tam Dorn"}


def test_a_non_professional_billed_first():
    text = ("Other Tale\nOther Tale is a 1966 Ruritanian comedy film directed by Kip Morrow. The film stars the "
            "non-professional Lune Varga together with Ora Pell and Tam Dorn.\nCast\nVarga, who plays Felix, was a "
            "student with no acting experience.\n")
    parts = {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}
    assert parts["Lune Varga"] == "Felix" and "Ora Pell" in parts and "Tam Dorn" in parts


def test_a_gapped_player_with_a_description_in_apposition():
    text = ("Other Tale\nOther Tale is a 1966 Ruritanian comedy film directed by Kip Morrow. It stars Ora Pell and Tam "
            "Dorn.\nPlot\nMina (Pell) rents a room from Mrs. Šolcová, who spies on her. Her father Felix visits.\n"
            "Cast\nKip Dorn plays Mina's father and Lune Varga the landlady, Mrs. Šolcová.\n")
    parts = {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}
    assert parts["Lune Varga"] == "Mrs. Šolcová" and parts["Kip Dorn"] == "Mina's father"


def test_a_dubber_of_the_player_the_clause_names_for_a_part():
    parts = _parts("Mina was played by the Vorlish actress Lune Varga, whose lines were redubbed in Ruritanian by Kip "
                   "Dorn, a practice the director later regretted.")
    assert parts["Lune Varga"] == "Mina" and parts["Kip Dorn"] == "Mina"
    # a dubbed player with no part in the sentence stays out
    parts = _parts("Lune Varga, whose lines were redubbed in Ruritanian by Kip Dorn, joined late.")
    assert parts.get("Kip Dorn", "") == ""


def test_a_family_name_inside_a_western_given_name_and_a_hyphenated_one():
    # "Rolo Osk Tam-ra": the plot's "(Osk)" is the billed player, though a crew member's name opens with "Osk"
    text = ("Other Tale\nOther Tale is a 1983 Ruritanian comedy film directed by Kip Morrow. Rolo Osk Tam-ra stars as "
            "a cook. The cast also includes Lilo Vorn Mei-ra, Ivo Brandt and Tam Dorn.\nPlot\nRudi (Osk) washes "
            "dishes for Mina (Vorn). Felix (Brandt) and Lune (Dorn) fight.\nProduction\nThe editing was by Osk Ming-la.\n")
    parts = {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}
    assert parts["Rolo Osk Tam-ra"] == "Rudi" and parts["Lilo Vorn Mei-ra"] == "Mina"


def test_plays_without_credit_between_commas():
    parts = _parts("Kip Dorn appears as himself at the stadium, and the director's regular collaborator Lune Varga "
                   "plays, without credit, the corpse in the opening scene.")
    assert parts["Lune Varga"] == "corpse"


def test_a_surname_that_is_also_a_place_word():
    parts = _parts("Orla Lake, then a contract starlet, can be glimpsed as a cigarette girl in the club scenes.")
    assert parts["Orla Lake"] == "cigarette girl"
    parts = _parts("Pell plays Mina, who grows up beside Grey Lake with her father.")
    assert "Grey Lake" not in parts
