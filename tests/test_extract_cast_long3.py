"""Cast classes of long articles written blind (long-dev3's misses): two lists paired "respectively" whose items
carry their own descriptions ("the porters X and Y", "the Ruritanian actor A and the singer B"), a comma aside
after the players, twins sharing a surname, a lone surname the lead bills.
Invented sentences only; each asserts what a user would see (the player with the right part, or no wrong part)."""

from __future__ import annotations

from bot.article import parse_article
from bot.extract import people
from bot.facts import CastFact

# The same invented lead and plot, and the same readers, as long-dev2's cast classes.
from tests.test_extract_cast_long2 import LEAD, PLOT, _cast, _parts  # noqa: F401


def test_respectively_with_described_parts():
    parts = _parts("Lune Varga and Tam Osk play the porters Felix and Rudi respectively, reviving an old act.")
    assert parts["Lune Varga"] == "Felix" and parts["Tam Osk"] == "Rudi"
    parts = _parts("Lune Varga and Tam Osk play the pastor Felix Dorn and his sexton Rudi respectively.")
    assert parts["Lune Varga"] == "Felix Dorn" and parts["Tam Osk"] == "Rudi"


def test_respectively_with_a_group_before_its_members():
    parts = _parts("Lune Varga and Tam Osk play two of Mina's suitors, Felix and Rudi respectively.")
    assert parts["Lune Varga"] == "Felix" and parts["Tam Osk"] == "Rudi"
    parts = _parts("Lune Varga and Tam Osk appear as Mina's colleagues Officer Felix and Officer Rudi, respectively.")
    assert parts["Lune Varga"] == "Officer Felix" and parts["Tam Osk"] == "Officer Rudi"


def test_respectively_with_described_players_and_an_aside():
    parts = _parts("The Vorlish actor Lune Varga and the singer Tam Osk voice the heron captain and the reed spirit "
                   "respectively.", "Voice cast")
    assert parts["Lune Varga"] == "heron captain" and parts["Tam Osk"] == "reed spirit"
    parts = _parts("Lune Varga and Tam Osk, a comedy duo from the cabarets, voice Felix and Rudi respectively.")
    assert parts["Lune Varga"] == "Felix" and parts["Tam Osk"] == "Rudi"


def test_respectively_twins_share_a_surname():
    parts = _parts("Felix and Rudi Dorn, identical twins from the coast, play Tam and Rudi respectively.")
    assert parts.get("Felix Dorn") == "Tam" and parts.get("Rudi Dorn") == "Rudi"


def test_respectively_with_a_lead_billed_surname():
    parts = _parts("Pell and Lune Varga play Mina and Felix respectively, and Varga had sung with her before.")
    assert parts["Ora Pell"] == "Mina" and parts["Lune Varga"] == "Felix"


def test_respectively_counts_must_agree():
    parts = _parts("Lune Varga, Tam Osk and Kip Dorn play the porters Felix and Rudi respectively.")
    assert parts.get("Lune Varga") != "Felix" and parts.get("Kip Dorn") != "Rudi"
    parts = _parts("Lune Varga and Tam Osk, who were rivals, play Felix and Rudi respectively.")
    assert parts["Lune Varga"] == "Felix" and parts["Tam Osk"] == "Rudi"


def _story(lead_cast: str, plot: str) -> dict[str, str]:
    text = (f"Other Tale\nOther Tale is a 1990 Ruritanian comedy film directed by Kip Morrow. It stars {lead_cast}.\n"
            f"Plot\n{plot}\n")
    return {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}


def test_plot_bracket_with_a_lower_case_particle_surname():
    parts = _story("Ora da Costa, Lune van der Berg and Ivo d'Osk",
                   "Mina (da Costa) runs a bookshop; her brother Felix (van der Berg) loves Rudi Osk (d'Osk).")
    assert parts["Ora da Costa"] == "Mina" and parts["Lune van der Berg"] == "Felix" and parts["Ivo d'Osk"] == "Rudi Osk"


def test_particle_bracket_needs_one_full_name():
    parts = _story("Ora da Costa and Tam da Costa", "Mina (da Costa) runs a bookshop.")
    assert "Mina" not in parts.values()


def test_dubbed_versions_voice_cast_in_a_release_section():
    parts = _story("Ora Pell and Tam Osk", "Mina (Pell) runs a bookshop; her brother Felix (Osk) loves her.\n"
                   "Release\nIn the Vorlish dub, Mina is voiced by Lune Varga and Felix by Ivo Brandt. "
                   "The film was re-released in 1999 with Kip Dorn as a new narrator.")
    assert parts["Lune Varga"] == "Mina" and parts["Ivo Brandt"] == "Felix" and "Kip Dorn" not in parts


def test_as_the_voice_of_names_the_voiced_part():
    parts = _parts("The Vorlish version cast Lune Varga as the voice of Felix.")
    assert parts["Lune Varga"] == "Felix"


def test_a_dubbed_player_is_no_part():
    parts = _story("Ora Pell and Tam Osk Dorn", "Mina (Pell) runs a bookshop; her brother Felix (Dorn) loves her.\n"
                   "Release\nFor the Vorlish release, Osk was dubbed by the voice actor Lune Varga.")
    assert parts.get("Lune Varga", "") != "Osk"


def test_voiced_then_dubbed_in_one_sentence():
    parts = _parts("In the Vorlish version the actress Lune Varga voiced Mina and Kip Dorn dubbed Felix.")
    assert parts.get("Lune Varga") == "Mina" and parts.get("Kip Dorn", "") in {"", "Felix"}


def test_a_leader_and_their_group_appear_as_themselves():
    parts = _parts("The bandleader Kip Dorn and his Harbour Serenaders appear as themselves in the dance scene.")
    assert parts["Kip Dorn"] == "Himself"
    parts = _parts("Lune Varga and her band The Osk Kings appear as themselves at the roadhouse.")
    assert parts["Lune Varga"] == "Herself"


def test_an_animated_version_of_oneself_and_a_playing_aside():
    parts = _parts("Kip Dorn, the talk show host, appears as an animated version of himself, reading the news.",
                   "Voice cast")
    assert parts["Kip Dorn"] == "Himself"
    parts = _parts("Grandmaster Kip Dorn, playing himself, referees the final bout.")
    assert parts["Kip Dorn"] == "Himself"
    parts = _parts("Osk Press co-publisher Kip Dorn, who created the League, appears as himself at a convention.")
    assert parts["Kip Dorn"] == "Himself"


def test_role_taken_or_given_past_an_aside():
    parts = _parts("Kip Dorn, a Vorlish wrestling champion, takes the part of Felix.")
    assert parts["Kip Dorn"] == "Felix"
    parts = _parts("The nightclub comic Kip Dorn, making his screen debut, was given the role of the sly "
                   "Felix after the producer saw him.", "Casting")
    assert parts["Kip Dorn"] == "Felix"
    parts = _parts("The role of Old Felix, which Morrow wrote with his own father in mind, went to the veteran "
                   "character actor Kip Dorn.", "Casting")
    assert parts["Kip Dorn"] == "Old Felix"


def test_in_the_role_of_then_the_player():
    parts = _parts("In the role of Mayor Felix Brenk, Kip Dorn returns from the first film.")
    assert parts["Kip Dorn"] == "Mayor Felix Brenk"
    parts = _parts("In the role of Felix, Kip Dorn was to have starred but left the production.", "Casting")
    assert parts.get("Kip Dorn", "") != "Felix"


def test_small_shapes_of_a_named_part():
    parts = _parts("Kip Dorn gives voice to Felix, the first animated role of his career.", "Voice cast")
    assert parts["Kip Dorn"] == "Felix"
    parts = _parts("Broadway's Kip Dorn lent her voice to Felix, Rudi's mother.", "Voice cast")
    assert parts["Kip Dorn"] == "Felix" and "Broadway's Kip Dorn" not in parts
    parts = _parts("The veteran Kip Dorn plays Felix in what amounts to two scenes.")
    assert parts["Kip Dorn"] == "Felix"
    parts = _parts("Kip Dorn plays the young Felix and Lune Varga the young Rudi.")
    assert parts["Kip Dorn"] == "young Felix" and parts["Lune Varga"] == "young Rudi"


def test_a_crafts_award_category_in_brackets_is_no_part():
    text = ("Other Tale\nOther Tale is a 1946 musical film starring Ora Pell. It won the Academy Award for Best "
            "Cinematography (Color).\n")
    cast = [f for f in people.extract(parse_article(text)) if isinstance(f, CastFact)]
    assert all(f.actor != "Color" for f in cast)


def test_turns_up_as_and_both_parts():
    parts = _parts("The character actress Kip Dorn turns up as Mrs. Felix, Mina's wary aunt.")
    assert parts["Kip Dorn"] == "Mrs. Felix"
    parts = _parts("Kip Dorn voices both the River King and his twin Old Felix, using a whisper for one.", "Voice cast")
    assert parts["Kip Dorn"] == "River King and his twin Old Felix"


def test_a_crew_members_cameo_by_surname():
    text = ("Other Tale\nOther Tale is a 1983 Ruritanian comedy film directed by Osk Tam-ra, based on Lune Varga's "
            "novel. It stars Ora Pell.\nCast\nOsk himself turns up as a sleepy baker who refuses to pay. Varga, "
            "the novelist, makes a cameo as the chapel warden.\n")
    parts = {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}
    assert parts.get("Osk Tam-ra") == "sleepy baker" and parts.get("Lune Varga") == "chapel warden"


def test_heads_a_cast_bills_the_star_whose_surname_a_relative_shares():
    text = ("Other Tale\nOther Tale is a 1956 war film directed by Kip Morrow. Ivo Dorn heads a cast that includes "
            "Lune Varga, Tam Osk and Ora Pell.\nPlot\nLieutenant Felix (Dorn) takes command; Mina (Varga) waits. "
            "Rudi (Osk) deserts.\nCast\nThe older Felix was played by Ned Vale, with the young Bede Dorn, the star's "
            "nephew, as his son.\n")
    parts = {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}
    assert parts.get("Ivo Dorn") == "Lieutenant Felix" and "Dorn" not in parts
