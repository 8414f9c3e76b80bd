"""Cast recall on long articles: the ways a whole article states who plays whom away from the lead's
billing (brackets in the plot under the name the story uses, casting prose, asides), with invented
names only."""

from __future__ import annotations

from bot.article import parse_article
from bot.extract import people
from bot.facts import CastFact


def _cast_of(text: str) -> dict[str, str]:
    """Actor -> character of an invented article's cast."""
    return {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}


def _article(lead: str, *sections: tuple[str, str]) -> str:
    body = "".join(f"{head}\n{para}\n" for head, para in sections)
    return f"Other Tale\nOther Tale is a 1950 drama film. {lead}\n{body}"


def test_plot_brackets_with_a_family_name_first_a_short_or_month_word_and_a_double_surname():
    cast = _cast_of(_article(
        "It stars Xu Lanlan, Osk Tamar, Ora March and Kip Lune Varga.",
        ("Plot", "Tam Bell (Osk), a porter, boards the train with his mother Mira (March). He clashes with "
                 "the attendant Lin Mei (Xu) and the banker Don Ivo Pell (Lune Varga).")))
    assert cast["Osk Tamar"] == "Tam Bell"
    assert cast["Xu Lanlan"] == "Lin Mei"
    assert cast["Ora March"] == "Mira"
    assert cast["Kip Lune Varga"] == "Don Ivo Pell"


def test_a_surname_or_family_name_who_plays_a_part_in_production_prose():
    cast = _cast_of(_article(
        "It stars Ora Pell as a drifter and Bao Lin as a runaway.",
        ("Production", "Pell, who plays Tam Osk, learned to ride for the film. Bao, who plays Mira, spent two "
                       "weeks on a building site before filming.")))
    assert cast["Ora Pell"] == "Tam Osk"
    assert cast["Bao Lin"] == "Mira"


def test_a_surname_who_played_a_part_in_another_film_is_not_this_films_part():
    cast = _cast_of(_article(
        "It stars Ora Pell as a drifter.",
        ("Production", "Pell, who played Tam in Another Tale, learned to ride for the film.")))
    assert cast["Ora Pell"] != "Tam"


def test_played_by_a_player_introduced_by_a_calling():
    cast = _cast_of(_article(
        "It stars Ora Pell.",
        ("Cast", "Tam Osk was played by the Ruritanian martial artist Kip Morrow. The doomed clerk Wen is played "
                 "by the character actor Ivo Brandt, a veteran of the stage, and Mira by newcomer Lune Varga. "
                 "Bede, the forest guard, was played by the stage actor Bede Marrow.")))
    assert cast["Kip Morrow"] == "Tam Osk"
    assert cast["Ivo Brandt"] == "Wen"
    assert cast["Lune Varga"] == "Mira"
    assert cast["Bede Marrow"] == "Bede"


def test_an_apposed_name_after_a_subjects_description_is_the_part():
    cast = _cast_of(_article(
        "It stars Ora Pell.",
        ("Cast", "The grocer's rival, the cafe owner Pepin, is played by Kip Morrow.")))
    assert cast["Kip Morrow"] == "Pepin"


def test_a_role_that_went_to_or_was_the_last_role_of_a_player_with_a_calling():
    cast = _cast_of(_article(
        "It stars Ora Pell.",
        ("Production", "The role of Marcel went to the veteran stage actor Kip Morrow. Edie was the last role "
                       "of the stage actress Lune Varga, who died the next year. The janitor, Tam Osk, was the "
                       "final screen role of the character actor Ivo Brandt.")))
    assert cast["Kip Morrow"] == "Marcel"
    assert cast["Lune Varga"] == "Edie"
    assert cast["Ivo Brandt"] == "Tam Osk"


def test_a_part_in_another_film_that_was_a_players_first_role_is_not_this_films():
    cast = _cast_of(_article(
        "It stars Ora Pell.",
        ("Production", "Tam in Another Tale (1950) was the first role of the actress Lune Varga.")))
    assert "Lune Varga" not in cast


def test_cameos_and_walk_ons_by_a_described_part_in_production_prose():
    cast = _cast_of(_article(
        "It was directed by Ora Pell and stars Bede Marrow.",
        ("Production", "The comic Kip Morrow has a cameo as a peanut seller. Pell herself can be seen as a "
                       "waitress. The director's mother, Lune Varga, has an uncredited walk-on as a schoolgirl.")))
    assert cast["Kip Morrow"] == "peanut seller"
    assert cast["Ora Pell"] == "waitress"
    assert cast["Lune Varga"] == "schoolgirl"


def test_a_cameo_in_another_titled_film_is_not_this_films():
    cast = _cast_of(_article(
        "It stars Bede Marrow.",
        ("Production", "In Another Tale, Tam Osk has a cameo as a priest. Ivo Brandt has a cameo as a guard in "
                       "The Long Road.")))
    assert cast.get("Tam Osk", "") != "priest"
    assert cast.get("Ivo Brandt", "") != "guard"


def test_an_anthologys_segments_and_a_documentarys_participants_are_read_for_players():
    cast = _cast_of(_article(
        "It consists of two short films directed by Ora Pell and Bede Marrow.",
        ("Segments", "Salt (Ruritania), written and directed by Pell, follows Mira (Lune Varga), a cook. "
                     "Rain (Lune), directed by Marrow, is about a widower, Tam (Kip Morrow)."),
        ("Participants", "The singer Ivo Brandt appears as herself in the concert sequence.")))
    assert cast["Lune Varga"] == "Mira"
    assert cast["Kip Morrow"] == "Tam"
    assert cast["Ivo Brandt"] == "Herself"
    assert "Ruritania" not in cast and "Lune" not in cast


def test_the_next_player_by_surname_after_a_first_ones_part():
    cast = _cast_of(_article(
        "It stars Ora Pell, Kip Morrow and Lune Varga.",
        ("Cast", "Pell played Mira, with Morrow as the hapless conjuror Vane. Tam Osk was cast as Ivo's wife "
                 "Wen, and Varga as his father Bede.")))
    assert cast["Kip Morrow"] == "Vane"
    assert cast["Lune Varga"] == "Bede"


def test_a_dubs_parts_each_by_a_player_with_the_verb_left_out():
    cast = _cast_of(_article(
        "It is an animated film.",
        ("Voice cast", "In the dub, Mira is voiced by Ora Pell, then thirteen, and Tam by the stage actor Kip "
                       "Morrow, Wen by Lune Varga and Bede by Ivo Brandt.")))
    assert cast["Ora Pell"] == "Mira"
    assert cast["Kip Morrow"] == "Tam"
    assert cast["Lune Varga"] == "Wen"
    assert cast["Ivo Brandt"] == "Bede"


def test_a_one_word_bracket_before_a_credit_is_no_player():
    cast = _cast_of(_article(
        "It stars Lune Varga and Kip Morrow.",
        ("Plot", "Salt (Ruritania), written and directed by Ora Pell, follows Mira (Lune Varga), a cook, and "
                 "Tam (Kip Morrow), a widower.")))
    assert cast["Lune Varga"] == "Mira"
    assert "Ruritania" not in cast


def test_a_casting_dated_after_the_part_keeps_the_part():
    cast = _cast_of(_article(
        "It stars Ora Pell.",
        ("Production", "Ivo Brandt was cast as Nell Trask in May 1949. Lune Varga was cast as Mira in early 1949, "
                       "and Kip Morrow was confirmed in the role of Tam.")))
    assert cast["Ivo Brandt"] == "Nell Trask"
    assert cast["Lune Varga"] == "Mira"
    assert cast["Kip Morrow"] == "Tam"


def test_the_player_who_replaced_one_originally_cast_has_the_part():
    cast = _cast_of(_article(
        "It stars Ora Pell.",
        ("Production", "Kip Varga was originally cast as Tam but was replaced by Ivo Brandt. Bede Marrow replaced "
                       "Tam Osk in the role of Wen. Lune Osk was initially sought for the role of Mira, but she pulled "
                       "out and the role was ultimately given to Lune Varga.")))
    assert cast["Ivo Brandt"] == "Tam"
    assert cast["Bede Marrow"] == "Wen"
    assert cast["Lune Varga"] == "Mira"
    assert "Kip Varga" not in cast and "Tam Osk" not in cast and "Lune Osk" not in cast


def test_playing_or_accepting_the_role_of_a_part():
    cast = _cast_of(_article(
        "It stars Ora Pell and Ivo Brandt.",
        ("Production", "Morrow directed the film with Ora Pell playing the lead role of Nell Trask and Ivo Brandt "
                       "playing the role of Tam Osk. Bede Marrow accepted the role of Wen after Kip Varga declined it.")))
    assert cast["Ora Pell"] == "Nell Trask"
    assert cast["Ivo Brandt"] == "Tam Osk"
    assert cast["Bede Marrow"] == "Wen"


def test_a_part_whose_name_has_particles_or_ends_in_a_capitalised_particle_word():
    cast = _cast_of(_article(
        "It stars Ora Pell, Tam ben Ari and Ivo Brandt as Oren Das.",
        ("Cast", "Kip Morrow as Nell della Rosa")))
    assert "Tam ben Ari" in cast
    assert cast["Ivo Brandt"] == "Oren Das"
    assert cast["Kip Morrow"] == "Nell della Rosa"


def test_players_who_share_a_plural_tie_each_have_it():
    cast = _cast_of(_article(
        "It stars Ora Pell as Nell.",
        ("Cast", "Ivo Brandt and Lune Varga play Nell's parents, and Kip Morrow plays Tam. The daughters of Bede "
                 "Marrow and Tam Osk play Nell's friends.")))
    assert cast["Ivo Brandt"] == cast["Lune Varga"] == "Nell's parents"
    assert cast["Kip Morrow"] == "Tam"
    assert "Bede Marrow" not in cast and "Tam Osk" not in cast


def test_casting_prose_pairs_two_players_with_two_parts_and_reads_longer_casting_verbs():
    cast = _cast_of(_article(
        "It stars Ora Pell.",
        ("Production", "Ivo Brandt and Lune Varga were cast as Tam and Nell, respectively. Kip Morrow and Bede Marrow "
                       "joined the cast as Wen and Mira. Tam Osk was later added to the cast as Ora's love interest. "
                       "Kip Varga was cast in the lead role of Sela, and Ivo Osk makes his film debut in the role of Jo.")))
    assert cast["Ivo Brandt"] == "Tam" and cast["Lune Varga"] == "Nell"
    assert cast["Kip Morrow"] == "Wen" and cast["Bede Marrow"] == "Mira"
    assert cast["Tam Osk"] == "Ora's love interest"
    assert cast["Kip Varga"] == "Sela"
    assert cast["Ivo Osk"] == "Jo"


def test_the_title_role_is_the_part_the_film_is_named_for_when_the_sentence_names_it():
    text = ("Nell Trask\nNell Trask is a 1950 drama film starring Ora Pell in the title role, with Ivo Brandt.\n"
            "Production\nKip Morrow, who played the title role in another film, coached her. Bede Marrow plays the "
            "title role.\n")
    cast = _cast_of(text)
    assert cast["Ora Pell"] == "Nell Trask"
    assert cast.get("Kip Morrow", "") != "Nell Trask"
    assert cast.get("Bede Marrow", "") == ""  # the sentence does not write the title: no part to cite


def test_a_billed_player_whose_part_has_the_players_own_name():
    cast = _cast_of(_article(
        "It stars Tavo and Ora Pell.",
        ("Plot", "Tavo (Tavo), a student, comes back home. Tam (Tam) meets him.")))
    assert cast["Tavo"] == "Tavo"
    assert "Tam" not in cast  # never billed: the brackets alone do not make a player


def test_a_player_shown_in_an_item_number_is_in_the_cast():
    cast = _cast_of(_article(
        "It stars Ora Pell, with Ivo Brandt making a guest appearance and Lune Varga featuring in an item number.",
        ("Cast", "The dancer Nayan Osk appears in the item song \"Kota Gode\". Kip Morrow would not appear in an item "
                 "number.")))
    assert cast["Lune Varga"] == "" and cast["Nayan Osk"] == ""
    assert "Kip Morrow" not in cast


def test_an_uncredited_glimpse_or_a_cameo_after_an_aside_is_in_the_cast():
    cast = _cast_of(_article(
        "It stars Ora Pell.",
        ("Cast", "Rex Osk, later a star of westerns, appears without credit as a deputy in two scenes. A young Lune "
                 "Varga, who would become a star, can be glimpsed without credit among the villagers. Kip Morrow is "
                 "seen among the guests.")))
    assert cast["Rex Osk"] == "deputy"
    assert cast["Lune Varga"] == ""
    assert "Kip Morrow" not in cast  # no word of an uncredited glimpse: a story's guest, not a credit


def test_a_part_after_of_whose_name_is_a_persons_in_plot_brackets():
    cast = _cast_of(_article(
        "It stars Ora Pell, Ivo Brandt and Lune Varga.",
        ("Plot", "Tam (Pell) lives below the manor of Orrin Bel Vask (Brandt), near a boy from Port Osk "
                 "(Varga).")))
    assert cast["Ivo Brandt"] == "Orrin Bel Vask"
    assert cast["Lune Varga"] != "Port Osk"


def test_starring_actors_and_cameos_headings_are_cast_sections():
    for head in ("Starring", "Actors", "Cameos", "Cameo appearances"):
        cast = _cast_of(_article("It stars Ora Pell.", (head, "Ivo Brandt as Nell, a nurse")))
        assert cast["Ivo Brandt"] == "Nell", head


def test_a_lead_that_introduces_a_newcomer_or_is_headlined_by_its_stars():
    cast = _cast_of(_article("It stars Ora Pell, Ivo Brandt, and introduces Lune Varga."))
    assert {"Ora Pell", "Ivo Brandt", "Lune Varga"} <= set(cast)
    cast = _cast_of(_article("It is headlined by Kip Morrow and Tam Osk."))
    assert {"Kip Morrow", "Tam Osk"} <= set(cast)


def test_a_billing_goes_on_after_the_lead_role_and_stops_at_while():
    cast = _cast_of(_article("The film stars Ora Pell in the lead role, along with Ivo Brandt and Lune Varga."))
    assert {"Ora Pell", "Ivo Brandt", "Lune Varga"} <= set(cast)
    cast = _cast_of(_article("It stars Ora Pell and Ivo Brandt while Kip Morrow plays the villain."))
    assert {"Ora Pell", "Ivo Brandt"} <= set(cast) and cast["Kip Morrow"] == "villain"
    cast = _cast_of(_article("It stars Ora Pell, with Ivo Brandt and Lune Varga in other pivotal roles."))
    assert {"Ora Pell", "Ivo Brandt", "Lune Varga"} <= set(cast)


def test_a_hyphenated_calling_before_a_billed_player():
    cast = _cast_of(_article("It stars Ora Pell, singer-actress Lune Varga and singer-actor Ivo Brandt."))
    assert {"Ora Pell", "Lune Varga", "Ivo Brandt"} <= set(cast)


def test_cast_list_lines_with_a_note_of_how_the_player_appears():
    text = ("Other Tale\nOther Tale is a 1950 drama film. It stars Ora Pell.\nCast\nOra Pell as Nell\nBede Marrow as Tam\n"
            "Ivo Brandt in a special appearance\nLune Varga (cameo)\nKip Morrow in a cameo role\nTam Osk as Wen\n"
            "Production\nFilming began in 1949.\n")
    cast = _cast_of(text)
    assert {"Ivo Brandt", "Lune Varga", "Kip Morrow"} <= set(cast)
    assert cast["Tam Osk"] == "Wen"


def test_a_returning_or_succeeding_player_has_the_part():
    cast = _cast_of(_article(
        "It stars Ora Pell.",
        ("Production", "Ivo Brandt returns to play Tam. Lune Varga was brought back to play Nell. Bede Marrow reprises "
                       "the role of Wen. Kip Morrow took over the role of Sela from Tam Osk, and Jo Pell stepped into "
                       "the role of Mira.")))
    assert cast["Ivo Brandt"] == "Tam" and cast["Lune Varga"] == "Nell" and cast["Bede Marrow"] == "Wen"
    assert cast["Kip Morrow"] == "Sela" and cast["Jo Pell"] == "Mira"


def test_a_described_part_chosen_in_casting_prose_but_never_a_job():
    cast = _cast_of(_article(
        "It stars Ora Pell.",
        ("Production", "Ivo Brandt was hired to play a detective. Lune Varga landed the role of the nurse. Kip Morrow "
                       "was cast in the role of the sheriff, and Bede Marrow joined the cast as the mayor. Tam Osk was "
                       "signed as the cinematographer, and Jo Pell was hired as a columnist.")))
    assert cast["Ivo Brandt"] == "detective" and cast["Lune Varga"] == "nurse"
    assert cast["Kip Morrow"] == "sheriff" and cast["Bede Marrow"] == "mayor"
    assert "Tam Osk" not in cast and "Jo Pell" not in cast


def test_a_billing_with_a_special_participation_or_a_cameo_appearance_by():
    cast = _cast_of(_article("It stars Ora Pell and Ivo Brandt, with the special participation of Lune Varga and Kip "
                             "Morrow."))
    assert {"Ora Pell", "Ivo Brandt", "Lune Varga", "Kip Morrow"} <= set(cast)
    cast = _cast_of(_article("It stars Ora Pell, with a cameo appearance by Tam Osk."))
    assert "Tam Osk" in cast
