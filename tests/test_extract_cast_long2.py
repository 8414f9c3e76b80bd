"""Cast classes of long articles written blind (long-dev2's misses): a part's younger self played by another
player, a part dubbed by another voice, one-word stage names the lead bills, "players include A as X" lists.
Invented sentences only; each asserts what a user would see (the player with the right part, or no wrong part)."""

from __future__ import annotations

from bot.article import parse_article
from bot.extract import people
from bot.facts import CastFact

LEAD = ("Other Tale is a 1950 Ruritanian drama film directed by Kip Morrow. It stars Ora Pell, Bede Marrow, Zarko "
        "and Ivo Brandt.")
PLOT = "Plot\nMina Osk, a seamstress, cares for her father Tam. Felix, a painter, loves her. Rudi serves drinks."


def _cast(body: str, section: str = "Cast") -> list[CastFact]:
    text = f"Other Tale\n{LEAD}\n{PLOT}\n{section}\n{body}\n"
    facts = people.extract(parse_article(text))
    art = parse_article(text)
    cast = [f for f in facts if isinstance(f, CastFact)]
    for f in cast:
        assert not f.missing_evidence(art.sentences[f.sentence].text), f
    return cast


def _parts(body: str, section: str = "Cast") -> dict[str, str]:
    return {f.actor: f.character for f in _cast(body, section)}


FILLER = "Pell plays Mina and Marrow plays Tam. "


def test_younger_self_played_by_after_a_scene_note():
    parts = _parts(FILLER + "Mina as a child in the prologue was played by six-year-old Lune Varga.")
    assert parts["Lune Varga"] == "Mina"
    parts = _parts(FILLER + "Tam as a young man is played in the flashbacks by Tam Osk.")
    assert parts["Tam Osk"] == "Tam"


def test_young_part_named_with_its_age_word():
    parts = _parts(FILLER + "Young Mina in the opening sequence was played by the child artist Master Kip.")
    assert parts["Master Kip"] == "Young Mina"
    parts = _parts(FILLER + "The younger Mina in the opening flashback was Pell's real niece, Lune Varga.")
    assert parts["Lune Varga"] == "younger Mina"


def test_younger_self_in_a_gapped_clause_keeps_the_voice():
    cast = _cast("Mina is voiced by Ora Pell, and the younger Mina in the flashbacks by Lune Varga.", "Voice cast")
    varga = next(f for f in cast if f.actor == "Lune Varga")
    assert varga.character == "younger Mina" and varga.voice


def test_young_word_alone_makes_no_player():
    parts = _parts(FILLER + "Young Mina was a quiet girl. The younger Tam was Ivo Brandt's favourite.")
    assert "Ivo Brandt" not in parts or parts["Ivo Brandt"] != "younger Tam"


def test_part_dubbed_by_another_voice():
    parts = _parts(FILLER + "For the Vorlish release, Felix was dubbed by Lune Varga.")
    assert parts["Lune Varga"] == "Felix"
    parts = _parts("Marrow plays Felix and was also dubbed, by Kip Varga.")
    assert parts["Kip Varga"] == "Felix"


def test_singing_voice_of_the_pronouns_player_sings_her_part():
    parts = _parts("Pell plays Mina; her singing voice was provided by the Broadway performer Lune Varga.")
    assert parts["Lune Varga"] == "Mina"


def test_player_dubbed_without_a_part_in_the_sentence_adds_nobody():
    parts = _parts(FILLER + "In the Vorlish version Marrow is dubbed by Lune Varga.")
    assert "Lune Varga" not in parts
    parts = _parts(FILLER + "Ora Pell's singing voice was dubbed by Lune Varga.")
    assert "Lune Varga" not in parts


def test_one_word_stage_name_the_lead_bills():
    assert _parts("Rudi was played by the comedian Zarko.")["Zarko"] == "Rudi"
    assert _parts("The comedian Zarko, a star of the variety halls, plays Rudi.")["Zarko"] == "Rudi"
    assert _parts("His scenes with Zarko, who plays Mina's friend Rudi, were loved.")["Zarko"] == "Rudi"


def test_role_of_a_part_played_by():
    assert _parts("The role of Felix was played by Lune Varga.")["Lune Varga"] == "Felix"


def test_players_include_list_with_a_shared_plural_part():
    parts = _parts("The supporting players include Lune Varga as the colonel, Kip Varga and Teo Varga as the "
                   "honeymooners.")
    assert parts["Lune Varga"] == "colonel"  # never "Kip Varga", the next player
    assert parts["Kip Varga"] == parts["Teo Varga"] == "honeymooner"  # each one of the two (the sentence's word)


def test_performer_who_performs_a_song_as_herself():
    parts = _parts(FILLER + 'The nightclub scene features the singer Lune Varga, who performs "Blue Song" as herself.')
    assert parts["Lune Varga"] == "Herself"


def test_self_part_after_a_name_with_its_employer():
    parts = _parts(FILLER + "The journalist Lune Varga of the Ruritania Ledger, whose reporting first told the story, "
                   "appears as herself.")
    assert parts["Lune Varga"] == "Herself"
    assert "Ruritania Ledger" not in parts


def test_brief_parts_and_glimpsed_cameos():
    assert _parts(FILLER + "Lune Varga has a one-line part as a moth.")["Lune Varga"] == "moth"
    assert _parts(FILLER + "The studio's co-founder, Lune Varga, has a one-line part as a moth.")["Lune Varga"] == "moth"
    assert _parts(FILLER + "Lune Varga has a single scene as Mina's husband.")["Lune Varga"] == "Mina's husband"
    assert _parts(FILLER + "Lune Varga appears briefly as a Vorlish scout.")["Lune Varga"] == "Vorlish scout"
    assert _parts(FILLER + "Lune Varga appears, uncredited, as the magistrate.")["Lune Varga"] == "magistrate"
    assert _parts(FILLER + "Lune Varga, then a news anchor, has a small scene as a TV news reporter.")["Lune Varga"] \
        == "TV news reporter"


def test_director_glimpsed_in_a_scene_as_a_described_part():
    parts = _parts(FILLER + "Morrow himself can be glimpsed in the wedding sequence as the coachman.")
    assert parts["Kip Morrow"] == "coachman"


def test_a_wish_or_other_film_cameo_is_not_this_films_part():
    parts = _parts(FILLER + "Lune Varga would have a small part as a guard in the sequel Other Tale II.")
    assert parts.get("Lune Varga", "") != "guard"


def test_gapped_part_by_a_described_player():
    parts = _parts("Mina was played by the dancer Lune Varga and Felix by an American bodybuilder, Teo Varga, who lived "
                   "in Vorl.")
    assert parts["Teo Varga"] == "Felix"
    parts = _parts("Mina is played by Lune Varga, a Vorlish dancer, and Rudi by Osk's father, Teo Varga, a deputy.")
    assert parts["Teo Varga"] == "Rudi"


def test_gapped_part_by_a_billed_surname_after_an_aside_with_a_number():
    parts = _parts("Mina is voiced by Pell, a girl chosen from 1,400 auditions, and Felix by Brandt, a singer.",
                   "Voice cast")
    assert parts["Ora Pell"] == "Mina" and parts["Ivo Brandt"] == "Felix"


def test_calling_before_an_accented_name():
    parts = _parts("Mina is played by the veteran actress Ōda Varga.")
    assert parts["Ōda Varga"] == "Mina"


def test_story_part_as_the_subject_of_was():
    assert _parts("Felix was Lune Varga, in his first talking picture.")["Lune Varga"] == "Felix"
    # the plot names the painter ("Felix, a painter, loves her"): the part is that name, the description its mention
    assert _parts("The painter was the veteran stage actor Lune Varga.")["Lune Varga"] == "Felix"
    assert _parts("Rudi was Lune Varga's first screen part.")["Lune Varga"] == "Rudi"
    assert _parts("Rudi was the screen debut of the wrestler Lune Varga.")["Lune Varga"] == "Rudi"


def test_was_with_no_story_part_adds_nobody():
    parts = _parts("The director was Lune Varga. The film was Teo Varga's first role. Mina was Kip Varga's favourite.")
    assert not {"Lune Varga", "Teo Varga", "Kip Varga"} & set(parts)


def test_siblings_given_name_shares_the_next_players_surname():
    parts = _parts(FILLER + "The twins were played by the sisters Kay and Lynn Varga.")
    assert "Kay Varga" in parts and "Kay" not in parts


def test_narrator_of_the_films_passages():
    assert _parts(FILLER + "The actress Lune Varga narrates the animated passages.")["Lune Varga"] == "Narrator"


def test_one_word_player_in_a_billing_keeps_its_own_name():
    text = ("Other Tale\nOther Tale is a 1990 Ruritanian film directed by Kip Morrow and starring Tam Osk, Zarko and "
            "Lune Varga in pivotal roles.\n")
    actors = {f.actor for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}
    assert "Zarko" in actors and "Zarko Varga" not in actors


def test_director_with_family_name_first_in_his_own_cameo():
    text = ("Other Tale\nOther Tale is a 1985 Ruritanian martial arts film directed by Osk Kwok-lam and starring "
            "Ora Pell.\nCast\nOsk himself can be spotted as the executioner.\n")
    cast = {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}
    assert cast["Osk Kwok-lam"] == "executioner"


def test_capitalised_calling_before_an_apposed_subject():
    parts = _parts(FILLER + "Tam Osk appears as a dock worker, and the Vorlish singer Lune Varga, who sang the theme "
                   "song, plays a tea-house singer.")
    assert parts["Lune Varga"] == "tea-house singer"


def test_players_before_performing_as_themselves_in_a_clause():
    parts = _parts(FILLER + "The number features the dancer Lune Varga and the bandleader Kip Varga and his orchestra "
                   "as themselves, and the composer can be seen in the tent.")
    assert parts["Kip Varga"] == "Himself" and "Lune Varga" in parts


def test_bandleader_is_no_part_of_the_name():
    parts = _parts(FILLER + "Bandleader Kip Varga and his orchestra appear as themselves in the riverboat sequence.")
    assert parts["Kip Varga"] == "Himself"


def test_twins_given_name_alone_before_a_full_name_as_themselves():
    parts = _parts(FILLER + "The fete features the Harmony Twins, Doris and Ivy Varga, performing as themselves.")
    assert "Doris Varga" in parts and "Ivy Varga" in parts and "Doris" not in parts


def test_gapped_plays_with_a_described_part_name():
    parts = _parts("Pell plays Mina, and Marrow the old painter Felix.")
    assert parts["Ora Pell"] == "Mina" and parts["Bede Marrow"] == "Felix"


def test_gapped_plays_needs_a_story_name():
    parts = _parts("Pell plays Mina, and Marrow the lighthouse.")
    assert parts.get("Bede Marrow", "") == ""


def test_character_parts_went_to_a_list():
    parts = _parts("Character parts went to Lune Varga as Mina's mother, and Kip Varga played the police commissioner.")
    assert parts["Lune Varga"] == "Mina's mother" and parts["Kip Varga"] == "police commissioner"


def test_named_part_wins_over_a_capitalised_description_in_the_lead():
    text = ("Other Tale\nOther Tale is a 1986 Ruritanian action film. It stars Ora Pell as a disgraced Navy SEAL who "
            "must retake a rig.\nPlot\nFormer lieutenant Tam Osk (Pell) works as a diver.\n")
    cast = {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}
    assert cast["Ora Pell"] == "Tam Osk"


def test_acting_award_to_a_surname_two_players_share_goes_to_the_one_billed_first():
    from bot.extract import extract_all
    from bot.facts import AwardFact
    text = ("Other Tale\nOther Tale is a 1985 Ruritanian martial arts film directed by Kip Morrow. It stars Ivo Osk Varga "
            "as Tam.\nCast\nThe younger Tam in the opening flashback was Osk's real nephew, Kip Osk.\n"
            "Accolades\nAt the 5th Ruritanian Film Awards, Osk was nominated for Best Actor.\n")
    facts = extract_all(parse_article(text)).items
    assert any(f.KIND == "cast" and f.actor == "Kip Osk" for f in facts)  # both players share the surname
    awards = [f for f in facts if isinstance(f, AwardFact)]
    assert awards and all(f.recipient == "Ivo Osk Varga" for f in awards)
