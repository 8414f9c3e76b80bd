"""Crew, cast and casting-history extraction: golden facts on the seed and on hand-checked
corpus articles, and the evidence contract over the whole corpus."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from bot.article import Article, parse_article
from bot.extract import people
from bot.facts import CastFact, CastingEventFact, CrewFact, Fact

from .conftest import SEED, article_path, corpus_files, corpus_params


@cache
def _load(path: Path) -> tuple[Article, tuple[Fact, ...]]:
    art = parse_article(path.read_text(encoding="utf-8"))
    return art, tuple(people.extract(art))


def _facts(name: str) -> tuple[Fact, ...]:
    path = SEED if name == "Her" else article_path(name)
    return _load(path)[1]


def _cast_of(text: str) -> dict[str, str]:
    """Actor -> character of an invented article's cast."""
    return {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}


def _cast(name: str) -> dict[str, CastFact]:
    return {f.actor: f for f in _facts(name) if isinstance(f, CastFact)}


def _crew(name: str) -> set[tuple[str, str]]:
    return {(f.role, f.name) for f in _facts(name) if isinstance(f, CrewFact)}


def _events(name: str) -> set[tuple[str, str, str]]:
    return {(f.person, f.event, f.other) for f in _facts(name) if isinstance(f, CastingEventFact)}


# --- seed ---------------------------------------------------------------------------------


def test_seed_cast_pairs():
    cast = _cast("Her")
    assert cast["Joaquin Phoenix"].character == "Theodore Twombly"
    assert cast["Scarlett Johansson"].character == "Samantha"
    for actor in ("Amy Adams", "Rooney Mara", "Olivia Wilde", "Chris Pratt"):
        assert actor in cast
        assert cast[actor].character == ""  # the article never says whom they play


def test_seed_cast_excludes_replaced_and_crew():
    actors = set(_cast("Her"))
    assert "Samantha Morton" not in actors
    assert not any("Morton" in a or "Mulligan" in a for a in actors)
    assert not actors & {"Spike Jonze", "Chris Cooper", "Lance Acord"}


def test_seed_billing_order_starts_with_the_lead():
    cast = sorted(_cast("Her").values(), key=lambda f: f.order)
    assert [f.actor for f in cast[:2]] == ["Joaquin Phoenix", "Scarlett Johansson"]
    assert [f.order for f in cast] == list(range(1, len(cast) + 1))


def test_seed_crew():
    crew = _crew("Her")
    expected = {
        ("director", "Spike Jonze"), ("writer", "Spike Jonze"), ("producer", "Spike Jonze"),
        ("cinematographer", "Hoyte Van Hoytema"), ("editor", "Eric Zumbrunnen"),
        ("editor", "Jeff Buchanan"), ("composer", "Arcade Fire"),
        ("distributor", "Warner Bros. Pictures"),
    }
    assert expected <= crew
    allowed_extra = {("composer", "Owen Pallett")}
    assert crew - expected <= allowed_extra
    names = {n for _, n in crew}
    assert "Lance Acord" not in names and "Steven Soderbergh" not in names


def test_seed_casting_events():
    ev = _events("Her")
    assert ("Carey Mulligan", "negotiating", "") in ev
    assert ("Carey Mulligan", "cast", "") in ev
    assert ("Carey Mulligan", "dropped_out", "") in ev
    assert ("Mulligan", "replaced", "Rooney Mara") in ev
    assert ("Samantha Morton", "replaced", "Scarlett Johansson") in ev
    assert ("Samantha Morton", "recast", "Scarlett Johansson") in ev
    assert ("Phoenix", "cast", "") in ev
    assert ("Chris Pratt", "cast", "") in ev
    recast = [f for f in _facts("Her") if isinstance(f, CastingEventFact) and f.event == "recast"]
    assert recast and recast[0].character == "Samantha"


# --- hand-checked corpus articles ----------------------------------------------------------


def test_list_lines_with_as():
    cast = _cast("dr-strangelove-1964")
    assert cast["Slim Pickens"].character == 'Major T. J. "King" Kong'
    assert cast["George C. Scott"].character == "General Buck Turgidson"
    assert "Peter Sellers" in cast and "Sterling Hayden" in cast
    assert ("director", "Stanley Kubrick") in _crew("dr-strangelove-1964")
    assert ("based_on_author", "Peter George") in _crew("dr-strangelove-1964")


def test_list_lines_with_dash():
    cast = _cast("27-guns-2018")
    assert cast["Arnold Mubangizi"].character == "Yoweri Kaguta Museveni"
    assert cast["T. Steve Ayeny"].character == "Julius Oketta"
    assert cast["Michael Wawuyo Jr."].character == ""
    assert len(cast) >= 30


def test_stars_list_with_descriptions():
    cast = _cast("rocky-1976")
    assert cast["Talia Shire"].character == "Adrian"
    assert cast["Burt Young"].character == "Paulie"
    assert cast["Burgess Meredith"].character == "Mickey Goldmill"
    assert cast["Carl Weathers"].character == "Apollo Creed"
    assert "Apollo Creed" not in cast
    ev = _events("rocky-1976")
    assert ("Ken Norton", "considered", "") in ev and ("Ken Norton", "dropped_out", "") in ev


def test_stars_as_and_cast_included():
    cast = _cast("batman-1989")
    assert cast["Michael Keaton"].character == "Bruce Wayne/Batman"
    assert cast["Jack Nicholson"].character == "Joker"
    assert cast["William Hootkins"].character == "Lt. Max Eckhardt"
    assert cast["Robert Wuhl"].character == "Alexander Knox"
    # Considered or originally cast, never billed: casting history only.
    assert not set(cast) & {"Sean Young", "Tim Curry", "David Bowie", "Kiefer Sutherland"}
    assert ("Tim Curry", "considered", "") in _events("batman-1989")


def test_voice_cast():
    cast = _cast("the-incredibles-2004")
    assert cast["Craig T. Nelson"].voice and cast["Holly Hunter"].voice
    assert cast["Samuel L. Jackson"].character == "Lucius Best/Frozone"
    assert ("writer", "Brad Bird") in _crew("the-incredibles-2004")
    assert ("distributor", "Walt Disney Pictures") in _crew("the-incredibles-2004")
    assert "Cable Guy" not in _cast("cars-2-2011")  # billed as "Larry the Cable Guy"


def test_verb_patterns():
    cast = _cast("the-empire-strikes-back-1980")
    assert cast["John Hollis"].character == "Lobot"
    assert cast["Christopher Malcolm"].character == "Zev Senesca"
    assert cast["Jeremy Bulloch"].character == "Boba Fett"


def test_parenthesised_actor_resolves_surname_in_same_sentence():
    cast = _cast("spirited-away-2001")
    assert "Rumi Hiiragi" in cast
    assert "Hiiragi" not in cast
    assert ("composer", "Joe Hisaishi") in _crew("spirited-away-2001")


def test_crew_prose_and_negation():
    crew = _crew("96-2018")
    assert {("cinematographer", "Mahendiran Jayaraju"), ("editor", "R. Govindaraj"),
            ("composer", "Govind Vasantha")} <= crew
    assert ("composer", "Randy Newman") not in _crew("cars-2-2011")  # "not to be scored by"


def test_character_reduction():
    assert people.character("Adrian's brother Paulie") == "Paulie"
    assert people.character("the champion") == ""
    assert people.character("Captain Mitch Nelson, ODA 595's commander") == "Captain Mitch Nelson"
    # a role given by its tie to another character is the role as billed (blind gold lists it so)
    assert people.character("Sasha's mother") == "Sasha's mother"
    assert people.character("Ambi's Daughter in Law") == "Ambi's Daughter in Law"
    assert people.character("Sasha's dog") == ""
    assert people.character("Muthanna AKA onti Mane Muthanna") == "Muthanna"


def test_person_shape():
    assert people.is_person("Hoyte Van Hoytema")
    for bad in ("The film", "Warner Bros. Pictures", "He", "New York City", "Best Actor"):
        assert not people.is_person(bad)


# --- whole corpus --------------------------------------------------------------------------

@pytest.mark.parametrize("path", [pytest.param(SEED, id="Her"), *corpus_params()])
def test_evidence_in_source_sentence(path: Path):
    art, facts = _load(path)
    for f in facts:
        sent = art.sentences[f.sentence].text
        for _fld, value in f.evidence_texts():
            assert value in sent, (f, sent)


@pytest.mark.corpus
def test_whole_corpus_runs_and_values_are_sane():
    roles = {"director", "writer", "producer", "executive_producer", "cinematographer", "editor",
             "composer", "story", "based_on_author", "production_company", "distributor"}
    events = {"cast", "negotiating", "dropped_out", "replaced", "recast", "considered", "declined"}
    n_pairs = 0
    for path in [SEED, *corpus_files()]:
        _, facts = _load(path)
        actors = [f.actor for f in facts if isinstance(f, CastFact)]
        assert len(actors) == len(set(actors)), path  # one fact per actor
        for f in facts:
            if isinstance(f, CrewFact):
                assert f.role in roles and f.name
            elif isinstance(f, CastingEventFact):
                assert f.event in events and f.person
                assert f.event != "replaced" or f.other
            elif isinstance(f, CastFact):
                assert f.actor.split()[0].lower() not in {"the", "he", "she", "it", "they"}
                assert len(f.character.split()) <= 6
                n_pairs += bool(f.character)
    assert n_pairs > 500


@pytest.mark.parametrize("sentence", [
    "Jo Abel and Kim Bray play Tom Reed and Ann Fox respectively.",
    "The twins, Tom Reed and Ann Fox, are played by Jo Abel and Kim Bray, respectively.",
    "It follows two drifters, Tom Reed and Ann Fox, played respectively by Jo Abel and Kim Bray.",
])
def test_lists_paired_respectively(sentence):
    from bot.extract import extract_all

    art = parse_article(f"Invented Film\nInvented Film is a 2001 drama film. {sentence}\n")
    pairs = {(f.actor, f.character) for f in extract_all(art).items if f.KIND == "cast"}
    assert {("Jo Abel", "Tom Reed"), ("Kim Bray", "Ann Fox")} <= pairs


@pytest.mark.parametrize("sentence, actors", [
    ("The film stars his son Ivo Crane and Dee Rowan in the lead roles with Tamsin and Orlov in cameo roles.",
     {"Ivo Crane", "Dee Rowan", "Tamsin", "Orlov"}),
    ("It features Ivo Crane, Dee Rowan and Una Vance in main roles.", {"Ivo Crane", "Dee Rowan", "Una Vance"}),
    ("It also includes a supporting cast of Ivo Crane, Dee Rowan and Una Vance.", {"Ivo Crane", "Dee Rowan", "Una Vance"}),
    ("It was written by Cal Mercer, who also stars in the film along with Ivo Crane, and TV personality Dee Rowan.",
     {"Ivo Crane", "Dee Rowan"}),
])
def test_list_shapes_with_descriptors_and_second_lists(sentence, actors):
    from bot.extract import extract_all

    art = parse_article(f"Invented Film\nInvented Film is a 2001 drama film. {sentence}\n")
    found = {f.actor for f in extract_all(art).items if f.KIND == "cast"}
    assert actors <= found


def test_a_country_in_a_cast_section_is_no_actor():
    from bot.extract import extract_all

    art = parse_article("Invented Film\nInvented Film is a 2001 anthology film.\nCast\nJapan\nIvo Crane as Tom\n")
    found = {f.actor for f in extract_all(art).items if f.KIND == "cast"}
    assert "Japan" not in found and "Ivo Crane" in found


@pytest.mark.parametrize("sentence, pair", [
    ("Ivo stars as Tom, while Dee Rowan features as Ann.", ("Ivo", "Tom")),
    ("Dee Rowan features as Annabel Roe.", ("Dee Rowan", "Annabel Roe")),
    ("Other actors include Una Vance and Cal Mercer.", ("Una Vance", "")),
    ("Additional roles are co-played by Una Vance and Cal Mercer.", ("Cal Mercer", "")),
    ("Una Vance makes a cameo appearance.", ("Una Vance", "")),
    ("Bo Lunt narrates the film while also playing a supporting role alongside Una Vance and Cal Mercer.",
     ("Una Vance", "")),
])
def test_more_cast_shapes(sentence, pair):
    from bot.extract import extract_all

    art = parse_article(f"Invented Film\nInvented Film is a 2001 drama film. {sentence}\n")
    got = {(f.actor, f.character) for f in extract_all(art).items if f.KIND == "cast"}
    assert pair in got


def test_a_performer_billed_by_first_name_resolves_to_the_full_name():
    from bot.extract import extract_all

    art = parse_article("Invented Film\nInvented Film is a 2001 drama film starring Ivo Crane and Dee Rowan.\n"
                        "Casting\nIvo plays Tom, a ferryman.\n")
    got = {(f.actor, f.character, f.mention) for f in extract_all(art).items if f.KIND == "cast"}
    assert ("Ivo Crane", "Tom", "Ivo") in got


_SEQUEL_LEAD = ("Harbour Lights Again\nHarbour Lights Again is a 2019 musical film directed by Ora Pell. It stars Mira "
                "Vellacourt, Tobin Ashgrove, Delphine Okoro and Casimir Wendt.\nProduction\n")


def _sequel_cast(prose: str) -> dict[str, str]:
    art = parse_article(_SEQUEL_LEAD + prose + "\n")
    return {f.actor: f.character for f in people.extract(art) if isinstance(f, CastFact)}


@pytest.mark.parametrize("prose, actor, char", [
    ("In June it was announced that Vellacourt would return as Odile.", "Mira Vellacourt", "Odile"),
    ("In July, Okoro was also confirmed to return as Perpetua.", "Delphine Okoro", "Perpetua"),
    ("In August, Sunniva Hale was cast to play the role of young Odile.", "Sunniva Hale", "young Odile"),
    ("Tobin Ashgrove and Casimir Wendt also reprised their roles as Bram and Lutz, respectively.", "Casimir Wendt", "Lutz"),
    ("Later, Ilse Brandauer was cast as an older Perpetua.", "Ilse Brandauer", "older Perpetua"),
])
def test_cast_stated_in_production_prose(prose, actor, char):
    assert _sequel_cast(prose).get(actor) == char


def test_a_suggestion_to_play_a_part_is_not_the_cast():
    cast = _sequel_cast("The studio suggested several alternatives, including Rowan Pike or Elsa Marr to play Odile.")
    assert "Rowan Pike" not in cast and "Elsa Marr" not in cast


def test_a_surname_resolves_past_a_nickname_and_an_honorific():
    from bot.extract.names import People

    people = People(["Director Robert Quillane started work.", "Friends call him Bob Quillane.",
                     "Mr. Quillane declined.", "Jane Roe and John Roe met."])
    assert people.full("Quillane") == "Robert Quillane"
    assert people.full("Roe") == ""  # two people share it


@pytest.mark.parametrize("lead, actor, char", [
    ("Zzyzx Road is a 2018 film starring Ada Roe, Becky Q, Alex Lund and Ivo Brandt.", "Becky Q", ""),
    ("Zzyzx Road is a 1955 film starring Ivo Brandt and June Ashcombe, and directed by Ora Pell.", "June Ashcombe", ""),
    ("Zzyzx Road is the third film of the series, with Ivo Brandt replacing Cale Dunmore as Captain Vane.", "Ivo Brandt",
     "Captain Vane"),
    ("Zzyzx Road is a sequel, featuring Ivo Brandt reprising the role of Captain Vane.", "Ivo Brandt", "Captain Vane"),
])
def test_lead_cast_shapes(lead, actor, char):
    cast = {f.actor: f.character for f in people.extract(parse_article("Zzyzx Road\n" + lead + "\n"))
            if isinstance(f, CastFact)}
    assert cast.get(actor) == char


@pytest.mark.parametrize("text, actor, char", [
    ("Zzyzx Road is a film. The film centres on Tomas's (Ivo Brandt) trip to Rome.", "Ivo Brandt", "Tomas"),
    # the description is the role as written, as a cast list keeps "as a hotel manager" (blind gold
    # records described roles; trivia's described_role keeps them out of questions and options)
    ("Zzyzx Road is a film.\nPlot\nA rich landlord (Cale Dunmore) lends money to Mira.", "Cale Dunmore", "landlord"),
    ("Zzyzx Road is a film. It changed the main character Ilse Vane, played by Ann Poe.", "Ann Poe", "Ilse Vane"),
    ("Zzyzx Road is a film. It also featured Ivo Brandt in his second Hollywood role.", "Ivo Brandt", ""),
])
def test_cast_in_prose(text, actor, char):
    cast = {f.actor: f.character for f in people.extract(parse_article("Zzyzx Road\n" + text + "\n"))
            if isinstance(f, CastFact)}
    assert cast.get(actor) == char


def test_a_real_person_in_a_lead_is_no_player():
    art = parse_article("Zzyzx Road\nZzyzx Road is a film based on the crimes of a priest who killed his wife (Ada "
                        "Pell) in 1979.\n")
    assert "Ada Pell" not in {f.actor for f in people.extract(art) if isinstance(f, CastFact)}


def test_cast_list_line_keeps_a_described_role_as_billed():
    """A cast list bills "as Night porter" or "as herself": that is the role, unlike prose's
    "as the champion", which is only a description."""
    text = ("Invented Film\nInvented Film is a 2001 drama film.\nCast\nOra Pell as Tom Ashby\n"
            "Bede Marrow as Night porter\nIvo Brandt as herself\nLune Varga as Adjutant to Tom\n"
            "Plot\nTom Ashby (Ora Pell) wins as the champion.\n")
    cast = _cast_of(text)
    assert cast["Ora Pell"] == "Tom Ashby"
    assert cast["Bede Marrow"] == "Night porter"
    assert cast["Ivo Brandt"] == "Herself"  # the stock part, stated by "herself" (its mention)
    assert cast["Lune Varga"] == "Adjutant to Tom"


@pytest.mark.parametrize("lead, want", [
    # a description with a comma inside does not end the list
    ("It stars Ora Pell as a tired, lonely clerk, and Bede Marrow as his sister.", {"Ora Pell", "Bede Marrow"}),
    # a second list after the leads' roles runs to the sentence's end
    ("It stars Ora Pell and Bede Marrow in lead roles alongside Ivo Brandt, Lune Varga, and Tam Osk portraying "
     "supporting roles.", {"Ora Pell", "Bede Marrow", "Ivo Brandt", "Lune Varga", "Tam Osk"}),
    ("It stars Ora Pell and Bede Marrow, with Ivo Brandt making a guest appearance.", {"Ora Pell", "Bede Marrow", "Ivo Brandt"}),
    ("Narrated by Ora Pell, it was the studio's last film.", {"Ora Pell"}),
])
def test_more_cast_shapes_in_the_lead(lead, want):
    art = parse_article(f"Invented Film\nInvented Film is a 2001 drama film. {lead}\nPlot\nIt ends.\n")
    assert {f.actor for f in people.extract(art) if isinstance(f, CastFact)} == want


def test_a_bracketed_actor_named_elsewhere_in_the_x_role_is_still_the_actor():
    """"in the Bede Marrow role" (of a stage version) does not make "Bede Marrow" the tail of a longer name."""
    text = ("Invented Film\nInvented Film is a 2001 drama film.\nPlot\nTom is befriended by singer Ann Roe (Bede Marrow).\n"
            "Legacy\nA stage version opened with Ora Pell in the Bede Marrow role.\n")
    cast = _cast_of(text)
    assert cast.get("Bede Marrow") == "Ann Roe"


def test_cast_list_notes_keep_the_credit():
    lines = "\n".join(["Ora Pell as Jane", "Bede Marrow as Tom", "Ivo Brandt (Cameo Role)", "Lune Varga (Special appearance)",
                       "Tam Osk (voice)"])
    art = parse_article(f"Invented Film\nInvented Film is a 2001 drama film.\n\nCast\n{lines}\n\nPlot\nIt ends.\n")
    cast = {f.actor: f for f in people.extract(art) if isinstance(f, CastFact)}
    assert {"Ivo Brandt", "Lune Varga", "Tam Osk"} <= set(cast)
    assert cast["Tam Osk"].voice and not cast["Ivo Brandt"].voice


def test_a_bracket_inside_a_name_and_a_name_spelt_two_ways():
    text = ("Invented Film\nInvented Film is a 2001 drama film.\n\nCast\nOra Pell as Ann\nBeo Raana Zafar as Pino\n"
            "Bede Marrow as Tom\n\nPlot\nAnn (Ora Pell) meets Pino (Beo Rana Zafar), who knows the killer, "
            "Brother (Ivo) Brandt of the seminary. Tom (Bede Marrow) leaves.\n")
    cast = [f for f in people.extract(parse_article(text)) if isinstance(f, CastFact)]
    assert sorted(f.actor for f in cast) == ["Bede Marrow", "Beo Raana Zafar", "Ora Pell"]


@pytest.mark.parametrize("lead, want", [
    ("It stars Bede's brother Ora Pell as Bede's famous detective, Inspector Tam Osk.", ("Ora Pell", "Inspector Tam Osk")),
])
def test_possessive_descriptions_in_a_lead_list(lead, want):
    art = parse_article(f"Invented Film\nInvented Film is a 2001 drama film. {lead}\nPlot\nIt ends.\n")
    assert {(f.actor, f.character) for f in people.extract(art) if isinstance(f, CastFact)} == {want}


def test_an_all_capitals_role_for_an_actor_the_lead_bills():
    text = ("Invented Film\nInvented Film is a 2001 comedy film starring Ora Pell and Bede Marrow.\n"
            "Plot\nThey invite a powerful don, RDX (Ora Pell), while an FBI (Ivo Brandt) agent watches.\n")
    cast = _cast_of(text)
    assert cast["Ora Pell"] == "RDX" and "Ivo Brandt" not in cast


def test_a_short_given_name_is_the_same_actor():
    text = ("Invented Film\nInvented Film is a 1954 film starring Phil Varga and Ora Pell.\n"
            "Plot\nRick Lane (Phillip Varga) helps Ann (Ora Pell), against the advice of her gloomy, idle uncle (Bede Marrow).\n")
    cast = _cast_of(text)
    assert cast == {"Phillip Varga": "Rick Lane", "Ora Pell": "Ann", "Bede Marrow": "uncle"}


@pytest.mark.parametrize("sentence, want", [
    ("Rell cast Ora Pell as the hero's butler, Tam Osk.", {("Ora Pell", "Tam Osk")}),
    ("Rell chose Ora Pell as Tam Osk because she had the voice.", {("Ora Pell", "Tam Osk")}),
    ("Rell wanted to cast Ora Pell as Tam Osk, but the studio refused.", set()),
    ('Ora Pell appeared as the hero\'s trainer, Tam "Duke" Osk, a role she would reprise.', {("Ora Pell", 'Tam "Duke" Osk')}),
    # a player credited by a description: the description, cut to its noun phrase, is the credit
    ("Ora Pell plays a harbour pilot, and Bede Marrow appears as a woman in a fur coat.",
     {("Ora Pell", "harbour pilot"), ("Bede Marrow", "woman")}),
    ("Ora Pell plays a small role, and Bede Marrow appears as the main antagonist.",
     {("Ora Pell", ""), ("Bede Marrow", "")}),
    ("The film was seen as a comeback for the studio.", set()),
    ("Pool champion Ora Pell has a cameo appearance as Willa, who holds the stakes.", {("Ora Pell", "Willa")}),
    ("Ora Pell makes a cameo as herself.", {("Ora Pell", "Herself")}),
    ("Ora Pell was selected after many rounds of auditions for the role of Titli.", {("Ora Pell", "Titli")}),
    ("Bede Marrow was roped in to play Anand, and Ivo Brandt landed the role of Joe.",
     {("Bede Marrow", "Anand"), ("Ivo Brandt", "Joe")}),
    ("Kip Morrow was offered the role of Anand, but he declined, and the role went to Bede Marrow.",
     {("Bede Marrow", "Anand")}),
    ("Ora Pell was not selected for the role of Titli.", set()),
    ("The studio wanted Ora Pell, who was initially selected to play Titli.", set()),
    ("Ora Pell was signed as the composer.", set()),
    ("The lead role of Titli was given to Ora Pell as her debut role.", {("Ora Pell", "Titli")}),
    ("Kip Morrow was to play the role of Anwar, but Bede Marrow was selected for the role.", {("Bede Marrow", "Anwar")}),
    ("Patrick St. Varga as Hemland", {("Patrick St. Varga", "Hemland")}),
    ("Kip Morrow was approached for the role of Vivek; upon his refusal, Bede Marrow was cast in the film.",
     {("Bede Marrow", "Vivek")}),
])
def test_casting_section_shapes(sentence, want):
    art = parse_article(f"Invented Film\nInvented Film is a 2001 drama film.\nProduction\nCasting\n{sentence}\n")
    assert {(f.actor, f.character) for f in people.extract(art) if isinstance(f, CastFact)} == want


def test_a_tied_role_before_an_actor_in_brackets():
    text = "Invented Film\nInvented Film is a 2001 drama film.\nPlot\nHe lives with Anitha's mother (Ora Pell) in the hills.\n"
    cast = _cast_of(text)
    assert cast == {"Ora Pell": "Anitha's mother"}


def test_named_by_the_name_of_and_actors_include_and_list_headings():
    text = ("Invented Film\nInvented Film is a 2001 drama film.\n\nCast\nMain\nOra Pell as Ann\nBede Marrow as Tom\n"
            "Supporting\nIvo Brandt as Joe\n\nPlot\nTom meets a tramp by the name of Leona Roe (Lune Varga).\n\n"
            "Production\nSome of the other actors include Tam Osk and Wen Alder.\n")
    cast = _cast_of(text)
    assert cast == {"Ora Pell": "Ann", "Bede Marrow": "Tom", "Ivo Brandt": "Joe", "Lune Varga": "Leona Roe",
                    "Tam Osk": "", "Wen Alder": ""}


def test_of_before_a_person_and_appearances_by():
    text = ("Invented Film\nInvented Film is a 2001 drama film.\nPlot\nHe plans it with the support of Daliya (Ora Pell). "
            "A boy from Rome (Lune Varga) leaves. Cutaways also feature appearances by Bede Marrow as an investor, "
            "and Ivo Brandt as a store owner.\n")
    cast = _cast_of(text)
    # the described parts are their credits (blind batch 11: a part told in words is the credit a list gives)
    assert cast == {"Ora Pell": "Daliya", "Bede Marrow": "investor", "Ivo Brandt": "store owner"}


def test_a_nickname_is_the_same_actor():
    text = ("Invented Film\nInvented Film is a 2011 film starring Ed Varga and Ora Pell.\n"
            "Plot\nCutaways feature appearances by Edward Varga as an investor.\n")
    cast = [f.actor for f in people.extract(parse_article(text)) if isinstance(f, CastFact)]
    # one player; named as the cited sentence writes it, which is now the one giving the part ("an investor")
    assert sorted(cast) == ["Edward Varga", "Ora Pell"]


def test_a_plot_says_which_character_a_billed_actor_plays():
    text = ("Invented Film\nInvented Film is a 2001 drama film starring Ora Pell and Bede Marrow.\n"
            "Plot\nOra Pell plays Titli, a girl in love with Dev. Tam plays the piano. Ivo Brandt plays Joe.\n")
    cast = _cast_of(text)
    assert cast == {"Ora Pell": "Titli", "Bede Marrow": ""}


def test_the_films_own_name_and_a_clause_word_are_no_actors():
    text = ("Ora Dawn\nOra Dawn (Morning Light) is a 2001 drama film starring Bede Marrow.\n"
            "Plot\nWhether Tam (Ivo Brandt) and Leona win forms the rest of the story.\n")
    cast = _cast_of(text)
    assert cast == {"Bede Marrow": "", "Ivo Brandt": "Tam"}


def test_a_character_stays_with_the_sentence_that_names_it():
    """A first name resolved to the full name moves the citation to a sentence stating the full
    name only when that sentence names the character too: "Ora plays Mina" is the citation, not a
    later "stars Ora Pell in the title role" (found by the mutated-article property test)."""
    text = ("Mina (film)\nMina is a 2018 drama film directed by Bede Marrow.\n\nCast\n"
            "Ora plays Mina, a singer who wants to record an album.\n\nProduction\n"
            "The film stars Ora Pell in the title role and was produced by Ivo Brandt.\n")
    article = parse_article(text)
    cast = [f for f in people.extract(article) if isinstance(f, CastFact)]
    assert cast, "no cast found"
    for f in cast:
        assert not f.missing_evidence(article.sentences[f.sentence].text), f
    assert any(f.character == "Mina" for f in cast)


def test_asides_nicknames_and_particles_in_cast_lists():
    text = ("Invented Film\nInvented Film is a 2001 drama film starring Ora Pell, a former Miss Ruritania and "
            "model, Jo Van der Pol and Tam Osk.\n\nCast\nJo van der Pol as Whitney\nBede Marrow as Inspector Joe (Joey)\n"
            "Ivo Brandt as Ann (Annie)\nLune Varga as Tom (Tommy)\n\nPlot\nIt ends.\n")
    cast = _cast_of(text)
    assert cast == {"Ora Pell": "", "Jo van der Pol": "Whitney", "Tam Osk": "", "Bede Marrow": "Inspector Joe",
                    "Ivo Brandt": "Ann", "Lune Varga": "Tom"}


@pytest.mark.parametrize("sentence", [
    "It was distributed by Star Example Release.",
    "Tam Osk, later famous in Star Example: The Series, appears uncredited.",
    "The look recalls Pell's friend and occasional co-star Ivo Brandt.",
])
def test_a_capitalised_or_noun_star_starts_no_cast_list(sentence):
    text = f"Invented Film\nInvented Film is a 2001 drama film. {sentence}\n\nPlot\nIt ends.\n"
    cast = [f.actor for f in people.extract(parse_article(text)) if isinstance(f, CastFact)]
    assert not [a for a in cast if a in {"Example Release", "Release", "Example", "Ivo Brandt"}]


@pytest.mark.parametrize("lead, want", [
    ("It stars Oscar Varga, Ann May, Tam Osk, and Doris Day.", ["Oscar Varga", "Ann May", "Tam Osk", "Doris Day"]),
    ("It is a 1971 film starring Ora Pell and directed by Ivo Brandt.", ["Ora Pell"]),
    ("It is a film starring Ora Pell and Tam Osk with Bede Marrow, Lune Varga and Kip Morrow.",
     ["Ora Pell", "Tam Osk", "Bede Marrow", "Lune Varga", "Kip Morrow"]),
    ("It is a 2001 thriller film with Ora Pell, Tam Osk, and Lune Varga.", ["Ora Pell", "Tam Osk", "Lune Varga"]),
    ("Co-stars include Ora Pell, Tam Osk, and Lune Varga.", ["Ora Pell", "Tam Osk", "Lune Varga"]),
    ("It stars Ora Pell, Ruritania City and Tam Osk.", ["Ora Pell", "Tam Osk"]),
    ("Pell produced the film with Ivo Brandt and Tam Osk.", []),
    # a quoted nickname inside a billed name is part of it (the lead extracts bill 'Jo "Red" Doe' so)
    ("It stars Ora Pell, Studio Osk, Tam \"T.J.\" Varga and Lune Varga.", ["Ora Pell", "Tam \"T.J.\" Varga", "Lune Varga"]),
    ("It stars Ora Pell as the title character, alongside Tam Osk and Lune Varga.", ["Ora Pell", "Tam Osk", "Lune Varga"]),
    ("It stars the comedy team of Ora Pell and Tam Osk.", ["Ora Pell", "Tam Osk"]),
    ("The film stars Ora Pell, Lune Varga in her film debut, and Tam Osk.", ["Ora Pell", "Lune Varga", "Tam Osk"]),
    ("The film starred then-married actors Ora Pell and Tam Osk.", ["Ora Pell", "Tam Osk"]),
    ("It is a film starring Ora Pell alongside Tam Osk and Lune Varga.", ["Ora Pell", "Tam Osk", "Lune Varga"]),
    ("It stars Ora Pell in the main role, Tam Osk, and Lune Varga.", ["Ora Pell", "Tam Osk", "Lune Varga"]),
    ("It stars Ora Pell with supporting roles by Tam Osk and Lune Varga.", ["Ora Pell", "Tam Osk", "Lune Varga"]),
    ("Ora Pell and Tam Osk starred. Lune Varga appears in the film.", ["Ora Pell", "Tam Osk", "Lune Varga"]),
    ("Ora Pell starred in Another Title.", []),
    ("It was written by the writing team of Ivo Brandt and Kip Morrow.", []),
    ("It is set in 1898, with Ora Pell as Roy Glen, Tam Osk as Cherry.", ["Ora Pell", "Tam Osk"]),
    ("It tells of a mother played by Ora Pell.", ["Ora Pell"]),
    ("It features a score by Ivo Brandt played by Kip Morrow.", []),
    ("It is an adaptation of the 1978 Broadway musical of the same name, and stars Ora Pell and Tam Osk.",
     ["Ora Pell", "Tam Osk"]),
    ("It stars several notable British actors, including Ora Pell, Tam Osk and Lune Varga.",
     ["Ora Pell", "Tam Osk", "Lune Varga"]),
    ("It stars 23-year-old Ora Pell and real life couple Tam Osk and Lune Varga.", ["Ora Pell", "Tam Osk", "Lune Varga"]),
    ("It stars Ora Pell and Tam Osk as Charles and Emma Varga, with Lune Varga.", ["Ora Pell", "Tam Osk", "Lune Varga"]),
    ("Ora Pell portrays a senior agent. Tam Osk stars as the eponymous character.", ["Ora Pell", "Tam Osk"]),
    ("It was written by Ivo Brandt and Lune Varga, who also plays the titular character.", ["Lune Varga"]),
    ("Kip Morrow co-directed the film and acted along with Ora Pell and Tam Osk.", ["Ora Pell", "Tam Osk"]),
    ("Ora Pell stars as Geli Ross, Tam Osk as Eva Dunn and Lune Varga as Kip.", ["Ora Pell", "Tam Osk", "Lune Varga"]),
])
def test_lists_of_players_in_a_lead(lead, want):
    text = f"Invented Film\nInvented Film is a 2001 drama film. {lead}\n\nPlot\nIt ends.\n"
    assert [f.actor for f in people.extract(parse_article(text)) if isinstance(f, CastFact)] == want


def test_one_letter_apart_is_one_actor():
    text = ("Invented Film\nInvented Film is a 1999 film starring Mohan Behla and Ora Pell.\n\nCasting\n"
            "Kip Morrow was approached for the role of Vivek; then Mohan Bahla was cast in the film.\n")
    cast = _cast_of(text)
    # one player under the billing's spelling (as frequent as the other): the casting sentence's is the mention
    assert cast == {"Mohan Behla": "Vivek", "Ora Pell": ""}


@pytest.mark.parametrize("lead, want, unwanted", [
    ("Example Picture is a 1942 musical film. It stars Ora Pell, with support from Bede Marrow, Ivo Brandt and "
     "Tam Osk. Also appearing were Lune Varga and Kip Morrow.",
     {"Ora Pell": "", "Bede Marrow": "", "Ivo Brandt": "", "Tam Osk": "", "Lune Varga": "", "Kip Morrow": ""}, set()),
    ("Example Picture is a 1973 film. It stars Ora Pell as a robot in the park, with Bede Marrow and Ivo Brandt "
     "as guests of the park.", {"Ora Pell": "", "Bede Marrow": "", "Ivo Brandt": ""}, set()),
    ("Example Picture is a 2022 sequel. Ora Pell reprises his starring role as the pilot Zed. It also stars "
     "Bede Marrow and Ivo Brandt, who reprises his role as Quill.",
     {"Ora Pell": "Zed", "Bede Marrow": "", "Ivo Brandt": "Quill"}, set()),
    ("Example Picture is a 1972 drama film starring Ora Pell. It is a remake of a 1940 film starring Tam Osk as Lonnie.",
     {"Ora Pell": ""}, {"Tam Osk"}),
    ("Example Picture is a 1972 drama film. It stars Ora Pell in the lead role, with Bede Marrow as producer.",
     {"Ora Pell": ""}, {"Bede Marrow"}),
])
def test_cast_shapes_of_film_leads(lead, want, unwanted):
    """Supporting players after "with support from", "also appearing were", a role reprised by the
    list's last player; never the cast of the film remade, nor a producer named with "as"."""
    cast = _cast_of(f"Example Picture\n{lead}\n")
    assert {a: cast.get(a) for a in want} == want and not set(cast) & unwanted


def test_a_surname_in_brackets_names_the_billed_player():
    """"Hero Name (Surname)" in a lead or plot: the surname of a full name the article gives is that
    player (stored in full, the surname kept as the mention), even though it is "part of a longer name"."""
    text = ("Example Picture\nExample Picture is a 1969 drama film starring Ivo Brandt and Tam Osk. It follows two "
            "drifters: naive dishwasher Joe Buck (Brandt), and ailing con man \"Ratso\" Rizzo (Osk).\n\nPlot\n"
            "Later the Green Patrol Unit (GPU) arrives.\n")
    cast = {f.actor: (f.character, f.mention) for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}
    assert cast == {"Ivo Brandt": ("Joe Buck", "Brandt"), "Tam Osk": ("Rizzo", "Osk")}


def test_the_casting_history_adds_players_nothing_undoes():
    """"A, B and C had joined the cast" and "Pell cast his wife D as Elsa" are the final cast; "initially
    E was signed, but had to cancel" is not; "smaller roles being filled by F and G" is a list of players."""
    text = ("Example Picture\nExample Picture is a 2018 drama film directed by Ora Pell. It stars Ivo Brandt, with "
            "smaller roles being filled by Lune Varga and Kip Morrow.\n\nProduction\nThe following month, Adam Rook, "
            "Laura Finch, and Coby Marsh had joined the cast. Pell cast his wife Rita Vance as Elsa. Initially Nell "
            "Fenwick was signed for a role but had to cancel because of scheduling conflicts.\n")
    cast = _cast_of(text)
    assert {"Ivo Brandt", "Lune Varga", "Kip Morrow", "Adam Rook", "Laura Finch", "Coby Marsh"} <= set(cast)
    assert cast.get("Rita Vance") == "Elsa" and "Nell Fenwick" not in cast


def test_appearing_in_the_film_is_a_credit():
    """"A appears in the film recounting …" names a player, with no role; "who appeared in the film" does not open one."""
    text = ("Example Picture\nExample Picture is a 2018 drama film starring Ivo Brandt.\n\nProduction\nKip Morrow appears "
            "in the film recounting an old story. Lune Varga, who appeared in the film version of the play, declined.\n")
    cast = _cast_of(text)
    assert "Kip Morrow" in cast and "Lune Varga" not in cast


@pytest.mark.parametrize("lead, want", [
    ("In this version the hero is a woman; the role was played by Lune Varga.", {"Lune Varga"}),
    ("Ora Pell plays a clerk who meets Zed Logue, an Australian speech therapist played by Bede Marrow.",
     {"Ora Pell", "Bede Marrow"}),
    ("It stars and was directed by Ivo Brandt who also co-produced the film.", {"Ivo Brandt"}),
    ("It is directed by and starring Tam Osk. His daughter Lune Osk co-stars.", {"Tam Osk", "Lune Osk"}),
    ("It features Ora Pell, Bede Marrow, and Tam Osk reprising their roles from the first film.",
     {"Ora Pell", "Bede Marrow", "Tam Osk"}),
])
def test_more_lead_shapes_of_players(lead, want):
    """The role played by A; a described character played by A; "stars and was directed by A";
    "His daughter A co-stars"; a list whose last player is followed by "reprising their roles"."""
    assert set(_cast_of(f"Example Picture\nExample Picture is a 2021 drama film. {lead}\n")) >= want


@pytest.mark.parametrize("lead, want", [
    ("It stars Ora Pell as a girl pursued by the Creeper, a demonic killer portrayed by Ivo Brandt.", {"Ora Pell", "Ivo Brandt"}),
    ("It stars Ora Pell and his horse Trigger, along with Bede Marrow and Tam Osk.", {"Ora Pell", "Bede Marrow", "Tam Osk"}),
    ("It is a sequel, with Ora Pell reprising her role as Selene, joined by Bede Marrow and Ivo Brandt.",
     {"Ora Pell", "Bede Marrow", "Ivo Brandt"}),
    ("It stars an international cast of Ora Pell, Bede Marrow, and Ivo Brandt.", {"Ora Pell", "Bede Marrow", "Ivo Brandt"}),
])
def test_lists_that_go_on_past_an_aside(lead, want):
    """A character "portrayed by" A; a list going on past "his horse Trigger"; players "joined by" after a
    reprised role; "an international cast of"."""
    assert set(_cast_of(f"Example Picture\nExample Picture is a 2001 drama film. {lead}\n")) >= want


@pytest.mark.parametrize("lead, want", [
    ("It is a slapstick film starring, co-written and directed by Ora Pell, the host of a show.", {"Ora Pell"}),
    ("It is a thriller directed by Ora Pell, who stars in the title role.", {"Ora Pell"}),
    ("It stars Bede Marrow and six-year old Ivo Brandt.", {"Bede Marrow", "Ivo Brandt"}),
    ("The film is led by Ora Pell and Bede Marrow in their debut roles.", {"Ora Pell", "Bede Marrow"}),
    ("Its stars include Ora Pell, Bede Marrow, and Ivo Brandt.", {"Ora Pell", "Bede Marrow", "Ivo Brandt"}),
    ("It stars Ora Pell in the title role, Bede Marrow, John C. Tamsin, and Ivo Brandt.",
     {"Ora Pell", "Bede Marrow", "John C. Tamsin", "Ivo Brandt"}),
])
def test_players_credited_with_other_jobs_and_lists_after_a_role(lead, want):
    """"starring, co-written and directed by A"; "directed by A, who stars in the title role"; an age
    before a name; "led by"; "its stars include"; a list after the lead's role going on past an initial."""
    cast = set(_cast_of(f"Example Picture\nExample Picture is a 1981 drama film. {lead}\n"))
    assert cast >= want and "John C" not in cast


def test_voice_talent_lists_and_selected_for_the_role():
    """"the other voice talent, including A, B and C" lists voice players; "Pell selected D for the role of X" casts D as X."""
    text = ("Example Picture\nExample Picture is a 2011 animated film starring Ivo Brandt.\n\nProduction\nThe studio "
            "released information about the other voice talent, including Lune Varga, Kip Morrow, and Ada Quist. "
            "Pell selected Rita Vance for the role of Susan Vargas.\n")
    cast = _cast_of(text)
    assert {"Lune Varga", "Kip Morrow", "Ada Quist"} <= set(cast) and cast.get("Rita Vance") == "Susan Vargas"


def test_a_bracketed_billed_actor_in_other_prose_names_the_role():
    """"Connections to other films": "detective Kip Morrow (Ivo Brandt)" gives the billed Ivo Brandt his
    role; "Tam Osk (Lune Varga)" of the older film, whose player the film does not bill, is dropped."""
    art = parse_article("Other Tale\nOther Tale is a 1985 action film starring Ivo Brandt and Ora Pell.\n"
                        "Connections to other films\nThe role of Tam Osk (Lune Varga) in the earlier film was divided "
                        "into two: the detective Kip Morrow (Ivo Brandt) and his girlfriend.\n")
    got = {(f.actor, f.character) for f in people.extract(art) if f.KIND == "cast"}
    assert ("Ivo Brandt", "Kip Morrow") in got
    assert not any(a == "Lune Varga" for a, _c in got)


def test_a_player_named_by_a_description_in_the_plot_has_that_role():
    """"a street vendor (Jane Doe)" in a plot: the description's head noun is the role; the words
    before it are no part of it ("his worthless uncle (A)" → "uncle")."""
    art = parse_article("Other Tale\nOther Tale is a 1937 drama film starring Ivo Brandt.\nPlot\nHero Name (Ivo Brandt) "
                        "meets a street prostitute (Lune Varga) hiding from a raid. He considers the advice of his "
                        "pessimistic, worthless uncle (Kip Morrow).\n")
    got = {(f.actor, f.character) for f in people.extract(art) if f.KIND == "cast"}
    assert ("Lune Varga", "prostitute") in got and ("Kip Morrow", "uncle") in got


def test_a_list_of_relatives_each_bracketing_its_player():
    """"his father (A), mother (B) and elder brother (C)": each relative after the first is a
    described player too; a one-word player counts when the lead bills that word."""
    art = parse_article("Other Tale\nOther Tale is a 2018 action film starring Ivo Brandt and Kipraja.\nPlot\nHero "
                        "(Ivo Brandt) lives with his father (Kipraja), mother (Lune Varga), elder brother (Tam Osk) "
                        "and his wife.\n")
    got = {(f.actor, f.character) for f in people.extract(art) if f.KIND == "cast"}
    assert {("Kipraja", "father"), ("Lune Varga", "mother"), ("Tam Osk", "brother")} <= got


def test_a_cast_line_that_lost_its_as():
    """"Ivo Brandt Hero Name" in a cast list: the billed player, then the role; "Lune Varga Kip
    Childhood" after "Tam Osk as Kip Teenage" splits at the role the list already names."""
    # (the lines as a stripped list ends them, before a prose line: a bare line before an "as" line reads as a heading)
    art = parse_article("Other Tale\nOther Tale is a 2018 film starring Ivo Brandt and Ora Pell.\nCast\nOra Pell as "
                        "Mara Gokhale\nTam Osk as Kip Teenage\nIvo Brandt Rahul Gokhale\nLune Varga Kip Childhood\n"
                        "Bede Marrow special appearance at the end\n\nBox office\nIt grossed more than $2.8 million.\n")
    got = {(f.actor, f.character) for f in people.extract(art) if f.KIND == "cast"}
    assert {("Ivo Brandt", "Rahul Gokhale"), ("Lune Varga", "Kip Childhood")} <= got
    assert not any(len(a.split()) > 3 for a, _c in got)


def test_players_alongside_after_the_star_list_has_ended():
    art = parse_article("Other Tale\nOther Tale is a 2021 horror film directed by Ora Pell. A sequel to Other Film, it "
                        "stars Ivo Brandt and Lune Varga reprising their roles from the first film, alongside new cast "
                        "members Tam Osk, Bede Marrow, and Sura Deng, and follows six people.\n")
    got = {f.actor for f in people.extract(art) if f.KIND == "cast"}
    assert {"Ivo Brandt", "Lune Varga", "Tam Osk", "Bede Marrow", "Sura Deng"} <= got


# --- cast classes: roles not beside the player, parts named by a noun, disambiguated names --------------


@pytest.mark.parametrize("section, sentence, want", [
    # a clause goes on after the role: "as Tam and caused a stir"
    ("Production", "Bede Marrow cast his wife Ora Pell as Tam and caused a stir when he cut her hair.", ("Ora Pell", "Tam")),
    # a tie to another character, then the name it has, in apposition
    ("Production", "Bede Marrow persuaded the studio to cast his friend Ivo Brandt as the villain's henchman, Kip.",
     ("Ivo Brandt", "Kip")),
    # a verb, a noun of a part, then "as"
    ("Production", "Tam Osk played a guest role as Lune Varga, reprising his role from an earlier film.", ("Tam Osk", "Lune Varga")),
    ("Production", "Ora Pell made a brief appearance as Kip Morrow.", ("Ora Pell", "Kip Morrow")),
    ("Production", "Ivo Brandt plays the title role of Kip Morrow.", ("Ivo Brandt", "Kip Morrow")),
    # a casting choice in other words than "cast"
    ("Production", "The studio hesitated, but Ora Pell was lined up as Kip Morrow.", ("Ora Pell", "Kip Morrow")),
    # a cast line whose name keeps its disambiguation
    ("Cast", "Ivo (actor) as Tam Osk", ("Ivo", "Tam Osk")),
])
def test_roles_named_away_from_the_verb(section, sentence, want):
    text = f"Other Tale\nOther Tale is a 2001 drama film starring Lune Day.\n{section}\n{sentence}\n"
    assert _cast_of(text).get(want[0]) == want[1]


@pytest.mark.parametrize("lead, want", [
    # the verb after the title, or after an aside's comma, bills the list ("Hollywood stars A" would not)
    ("Other Tale stars Ora Pell and Bede Marrow.", {"Ora Pell", "Bede Marrow"}),
    ("The film, a satire set in Lune City, Ruritania, stars Ora Pell and Bede Marrow.", {"Ora Pell", "Bede Marrow"}),
    # an earlier production named first, then the film's own billing
    ("Based on a stage play of the same name, the film starred Ora Pell.", {"Ora Pell"}),
    ("It is based on the stage play by Kip Morrow and stars Ora Pell.", {"Ora Pell"}),
    ("It was adapted into a stage musical starring Ora Pell.", set()),
    # a list of players as the subject, after "with", "while" or "and"
    ("It was directed by Kip Morrow with Ora Pell, Bede Marrow, and Ivo Brandt starring.", {"Ora Pell", "Bede Marrow", "Ivo Brandt"}),
    ("Kip Morrow directed the film and Ora Pell and Tam Osk star.", {"Ora Pell", "Tam Osk"}),
    ("Ora Pell and Tam Osk reprise their roles, while Ivo Brandt and Lune Varga join the cast.",
     {"Ora Pell", "Tam Osk", "Ivo Brandt", "Lune Varga"}),
    ("Ora Pell, Tam Osk and Ivo Brandt are featured in supporting roles.", {"Ora Pell", "Tam Osk", "Ivo Brandt"}),
    ("Ivo Brandt stars, with Ora Pell and Tam Osk voicing an array of creatures.", {"Ivo Brandt", "Ora Pell", "Tam Osk"}),
    ("The play was written by Kip Morrow starring Ora Pell.", {"Ora Pell"}),  # not the writer before "starring"
    # a group described before a colon, then its members
    ("The film stars an ensemble cast and five members of a troupe: Ora Pell, Tam Osk, and Ivo Brandt.",
     {"Ora Pell", "Tam Osk", "Ivo Brandt"}),
    # inverted and other cue shapes
    ("Also reprising their roles are Ora Pell and Tam Osk.", {"Ora Pell", "Tam Osk"}),
    ("Ora Pell and Tam Osk return and are joined by Ivo Brandt and Lune Varga.", {"Ora Pell", "Tam Osk", "Ivo Brandt", "Lune Varga"}),
    ("The story is retold with a new cast, led by Ora Pell and Tam Osk.", {"Ora Pell", "Tam Osk"}),
    ("It features Ora Pell with supporting roles portrayed by Tam Osk and Ivo Brandt.", {"Ora Pell", "Tam Osk", "Ivo Brandt"}),
    # documentary subjects and interviewees
    ("Several locals appear as themselves, including Ora Pell, Tam Osk and Ivo Brandt.", {"Ora Pell", "Tam Osk", "Ivo Brandt"}),
    ("The documentary features interviews with Ora Pell and Bede Marrow.", {"Ora Pell", "Bede Marrow"}),
    ("Its segments were hosted by a succession of the studio's stars: Ora Pell, Tam Osk and Ivo Brandt.",
     {"Ora Pell", "Tam Osk", "Ivo Brandt"}),
    # a compilation's archive footage credits its players (as a cast list's "(archive footage)" note does)
    ("It features archive footage of Ora Pell and Tam Osk.", {"Ora Pell", "Tam Osk"}),
    # a surname that is also a word for a building
    ("Ora Haden Church and Bede Marrow star.", {"Ora Haden Church", "Bede Marrow"}),
    # a description ending in a place: the next capitalised item is its country, not a role
    ("Other Tale stars Ora Pell as a guest in Lune City, Ruritania.", {"Ora Pell"}),
])
def test_lead_billing_shapes(lead, want):
    art = parse_article(f"Other Tale\nOther Tale is a 2001 drama film. {lead}\nPlot\nIt ends.\n")
    cast = {f.actor: f.character for f in people.extract(art) if isinstance(f, CastFact)}
    assert set(cast) == want
    assert "Ruritania" not in cast.values()


def test_players_returning_as_a_group_respectively_get_no_one_role():
    """Six players "return as the A and the B, respectively": the last one is not both."""
    text = ("Other Tale\nOther Tale is a 2001 film. Ora Pell, Tam Osk, Ivo Brandt and Lune Varga return as the Pells "
            "and the Osks, respectively.\n")
    assert _cast_of(text) == {"Ora Pell": "", "Tam Osk": "", "Ivo Brandt": "", "Lune Varga": ""}


def test_a_verb_plays_with_a_possessive_description_in_the_lead():
    text = "Other Tale\nOther Tale is a 2001 film. Ora Pell plays his partner, and Kip von Osk plays a Ruritanian doctor.\n"
    assert _cast_of(text) == {"Ora Pell": "", "Kip von Osk": ""}


@pytest.mark.parametrize("lead, want", [
    # a longer cue at the same word wins over the plain billing verb
    ("The film also features cameo appearances by Ora Pell and Tam Osk, and seems to be inspired by them.",
     {"Ora Pell": "", "Tam Osk": ""}),
    ("Also in the cast are Ora Pell, Tam Osk, and Ivo Brandt.", {"Ora Pell": "", "Tam Osk": "", "Ivo Brandt": ""}),
    ("Prominent among the supporting players were Ora Pell and Tam Osk.", {"Ora Pell": "", "Tam Osk": ""}),
    ("The star of this film is Ora Pell, who won acclaim on the stage.", {"Ora Pell": ""}),
    ("Other Tale features a cast that also includes Ora Pell and Tam Osk.", {"Ora Pell": "", "Tam Osk": ""}),
    # descriptions before the players, notes after them
    ("It stars silent performers Ora Pell, Tam Osk, and Ivo Brandt.", {"Ora Pell": "", "Tam Osk": "", "Ivo Brandt": ""}),
    ("It stars Ora Pell in her first full-length talking feature.", {"Ora Pell": ""}),
    ("It stars Ora Pell as Kip, and Tam Osk as player Ivo Brandt.", {"Ora Pell": "Kip", "Tam Osk": "Ivo Brandt"}),
    # a nickname in single quotes does not end the list
    ("The film stars Ora Pell, Obed 'Dad' Osk and Ivo Brandt.", {"Ora Pell": "", "Ivo Brandt": ""}),
    # a who-clause about the first player, then the list goes on
    ("It stars Ora Pell as the title character, a clerk who moonlights as a thief, and Tam Osk as his love interest.",
     {"Ora Pell": "", "Tam Osk": ""}),
    # a role's description with "and" inside, then more players after "in the title role"
    ("It stars Kip Morrow in the title role, Ora Pell as general and politician Lune Varga, Tam Osk as Ivo, and "
     "Bede Marrow as Ann.", {"Kip Morrow": "", "Ora Pell": "", "Tam Osk": "Ivo", "Bede Marrow": "Ann"}),
    # a new clause after a player's description is no role of his
    ("The cast, led by Ora Pell as the gang's leader, features Tam Osk and Ivo Brandt in their film debuts.",
     {"Ora Pell": "", "Tam Osk": "", "Ivo Brandt": ""}),
])
def test_more_lead_billing_shapes(lead, want):
    art = parse_article(f"Other Tale\nOther Tale is a 2001 drama film. {lead}\nPlot\nIt ends.\n")
    assert {f.actor: f.character for f in people.extract(art) if isinstance(f, CastFact)} == want


@pytest.mark.parametrize("section, sentence, want", [
    # a voice given, a narration, a cameo "has", a debut "as"
    ("Cast", "While Kip Morrow physically portrays the robot, Ora Pell provides the character's voice.", ("Ora Pell", "")),
    ("Cast", "Tam Osk provided Ivo's voice.", ("Tam Osk", "Ivo")),
    ("Cast", "Minor roles were played by Lune Varga, and an important voice-over was provided by Ora Pell.", ("Ora Pell", "")),
    ("Cast", "Boxer Tam Osk has a cameo appearance in the film.", ("Tam Osk", "")),
    ("Cast", "Ivo Brandt made his acting debut as Kip's bodyguard.", ("Ivo Brandt", "Kip's bodyguard")),
    # a casting told as one joining after others
    ("Production", "In May, Lune Varga and Kip Morrow joined the cast, with Tam Osk joining a month later.", ("Tam Osk", "")),
])
def test_players_named_by_voice_narration_and_joining(section, sentence, want):
    text = f"Other Tale\nOther Tale is a 2001 drama film starring Bede Day.\n{section}\n{sentence}\n"
    cast = _cast_of(text)
    assert want[0] in cast and cast[want[0]] == want[1]


def test_a_narrator_of_the_film_in_the_lead_and_a_voice_of_another_work():
    text = ("Other Tale\nOther Tale is a 2001 film. Ora Pell narrates the film while also playing a supporting role.\n"
            "Production\nTam Osk provided the voice of a robot in another film.\n")
    assert _cast_of(text) == {"Ora Pell": "Narrator"}  # the stock part, stated by "narrates"


@pytest.mark.parametrize("sentence, want", [
    ("The studio was set to distribute the film, starring Ora Pell as Tam Osk, and directed by Kip Morrow.", "Tam Osk"),
    ("Ivo Brandt asked him if he would make the film with Ora Pell as Tam Osk.", ""),  # a condition, not the casting
    ("The stage version, starring Ora Pell as Tam Osk, opened in 1950.", ""),  # another production
])
def test_a_billed_players_role_named_in_production_prose(sentence, want):
    text = f"Other Tale\nOther Tale is a 2001 drama film starring Ora Pell and Bede Marrow.\nProduction\n{sentence}\n"
    assert _cast_of(text)["Ora Pell"] == want


def test_a_game_played_in_the_plot_is_no_role():
    text = ("Other Tale\nOther Tale is a 2001 drama film starring Ora Pell.\nPlot\nThe group is forced to play Passing "
            "the Parcel (Hot Potato) with a globe. The gang plays cards with Tam (Ivo Brandt) at night.\n")
    assert _cast_of(text) == {"Ora Pell": "", "Ivo Brandt": "Tam"}


def test_a_given_name_joined_to_a_full_name_shares_its_surname():
    """"Bill and Mary Osk cameo as hosts": Bill Osk, stored in full with the mention "Bill"; a given name the
    article uses alone elsewhere is a stage name of its own."""
    art = parse_article("Other Tale\nOther Tale is a 2001 film. Bill and Mary Osk cameo as talk show hosts.\n")
    cast = [(f.actor, f.mention) for f in people.extract(art) if isinstance(f, CastFact)]
    assert cast == [("Bill Osk", "Bill"), ("Mary Osk", "")]
    art = parse_article("Other Tale\nOther Tale is a 2001 film. Tabu and Mary Osk cameo as talk show hosts. Tabu sings.\n")
    assert "Tabu Osk" not in {f.actor for f in people.extract(art) if isinstance(f, CastFact)}


def test_a_players_clause_after_another_players_role():
    assert _cast_of("Other Tale\nOther Tale is a 2001 film. Ora Pell plays Tam and Ivo Brandt plays Lune.\n") == \
        {"Ora Pell": "Tam", "Ivo Brandt": "Lune"}


@pytest.mark.parametrize("lead, want", [
    ("Also featured in the film are Ora Pell as Kip's brother Tam and Ivo Brandt as Lune.", {"Ora Pell": "Tam", "Ivo Brandt": "Lune"}),
    ("It features supporting performances from Ora Pell, Tam Osk, and Ivo Brandt.", {"Ora Pell": "", "Tam Osk": "", "Ivo Brandt": ""}),
    ("Numerous actors, including Ora Pell and Tam Osk, appear in the film in early roles.", {"Ora Pell": "", "Tam Osk": ""}),
    ("Several actors, including Ora Pell and Tam Osk, were considered for the part.", {}),  # a wish, not the cast
    ("Ora Pell stars as Kip and Tam Osk as Lune.", {"Ora Pell": "Kip", "Tam Osk": "Lune"}),
    ("Ora Pell plays Kip as a film student, Tam Osk co-stars as Lune.", {"Ora Pell": "Kip", "Tam Osk": "Lune"}),
])
def test_lead_cues_with_players_after_them(lead, want):
    art = parse_article(f"Other Tale\nOther Tale is a 2001 drama film. {lead}\nPlot\nIt ends.\n")
    assert {f.actor: f.character for f in people.extract(art) if isinstance(f, CastFact)} == want


def test_a_documentarys_subjects():
    """A documentary "follows" or "features the stories of" the people it is about: each is in its cast,
    one-word names too, with the descriptions in apposition left out; a drama's "follows" names no one."""
    text = ("Other Tale\nOther Tale is a 2018 documentary about why people run.\n\nPlot\nThe plot centers on a long race "
            "in Lune City, and also follows Ora Pell, a Ruritanian courier, and Shamita, a cellist. It also features the "
            "stories of three other runners–Tam Osk, a guide and member of the Hill Council, Gaolo of the Plains people, "
            "and Ivo-san of the Monks of Mt. Kip, Ruritania.\n")
    assert set(_cast_of(text)) == {"Ora Pell", "Shamita", "Tam Osk", "Gaolo", "Ivo-san"}
    drama = text.replace("a 2018 documentary about", "a 2018 drama film about")
    assert _cast_of(drama) == {}


@pytest.mark.parametrize("lead, want", [
    ("Ora Pell plays dual roles as Tam and his son Lune.", {"Ora Pell": "Tam and his son Lune"}),
    ("It stars Ora Pell in a dual role as Tam and Lune, with Ivo Brandt.", {"Ora Pell": "Tam and Lune"}),
    ("Ora Pell appears in a double role as Tam and Lune Osk.", {"Ora Pell": "Tam and Lune Osk"}),
    ("It stars Ora Pell in dual roles, with Ivo Brandt and Tam Osk.", {"Ora Pell": "", "Ivo Brandt": "", "Tam Osk": ""}),
])
def test_one_player_in_several_roles(lead, want):
    art = parse_article(f"Other Tale\nOther Tale is a 2001 drama film. {lead}\nPlot\nIt ends.\n")
    cast = {f.actor: f.character for f in people.extract(art) if isinstance(f, CastFact)}
    assert {k: cast.get(k) for k in want} == want


def test_a_cast_list_parted_by_semicolons():
    text = ("Other Tale\nOther Tale is a 2001 drama film starring Kip Day.\nCast\nOther cast members include Ora Pell as "
            "Amy, a young woman with heterochromia; Tam Osk as Agent Kip, father of Major Lune Osk (a character who appears "
            "in Other Story, Another Story: Origins, and More); Ivo Brandt; Bede Marrow; and Lune Varga also portrayed "
            "small roles in this film.\n")
    assert _cast_of(text) == {"Kip Day": "", "Ora Pell": "Amy", "Tam Osk": "Agent Kip", "Ivo Brandt": "",
                              "Bede Marrow": "", "Lune Varga": ""}


def test_a_cast_lists_place_subheading_is_no_player():
    text = ("Other Tale\nOther Tale is an anthology film of love stories in Ruritania and Lunaria.\n\nPlot\nIn the second "
            "story Ora (Tam Osk) lives in Lunaria.\n\nCast\n\nLunaria\n\nIvo Brandt\n\nBede Marrow\n\nKip Morrow\n")
    cast = _cast_of(text)
    assert "Lunaria" not in cast and {"Ivo Brandt", "Bede Marrow", "Kip Morrow"} <= set(cast)


def test_a_biopic_plays_its_title_character():
    """The title as a role in the opening sentence ("starring A as Title Name") is a role; the title before a
    bracket ("Ora Dawn (Morning Light)") is a translation, no pair."""
    text = "Kip Morrow\nKip Morrow is a 1971 biographical film starring Ora Pell as motorcycle daredevil Kip Morrow.\n"
    assert _cast_of(text) == {"Ora Pell": "Kip Morrow"}


@pytest.mark.parametrize("lead, want", [
    ("It stars Ora Pell as a fisherman torn between two women, played by top-billed Tam Osk and Lune Varga.",
     {"Ora Pell": "", "Tam Osk": "", "Lune Varga": ""}),
    ("It tells the story of a mother played by Ora Pell clinging to her son.", {"Ora Pell": ""}),
    ("Kip meets Wendy played by Ora Pell, who drives with him along a highway.", {"Ora Pell": "Wendy"}),
    ("Wendy, the part previously played by Ora Pell in two episodes of the series, returns.", {}),
    ("It features a score by Ivo Brandt played by Kip Morrow.", {}),
])
def test_players_of_a_described_part_in_the_lead(lead, want):
    art = parse_article(f"Other Tale\nOther Tale is a 2001 drama film. {lead}\nPlot\nIt ends.\n")
    assert {f.actor: f.character for f in people.extract(art) if isinstance(f, CastFact)} == want


def test_has_with_a_part_noun_only():
    text = ("Other Tale\nOther Tale is a 2001 film starring Kip Day. The local Voodoo Queen has other plans for him. "
            "Tam Osk appears in a brief fight scene. Ivo Brandt has a cameo.\n")
    assert set(_cast_of(text)) == {"Kip Day", "Tam Osk", "Ivo Brandt"}


def test_a_player_of_another_film_in_the_series_is_not_this_films_cast():
    # Round 9's blind trivia judges: "Who played Dr. Mira Holt in Other Tale?" was asked of a sequel whose
    # article says the character is left out, played by Ora Pell "in the initial film".
    text = ("Other Tale\nOther Tale is a 1998 American action film directed by Ivo Brandt. It is a sequel to the "
            "1993 film First Tale. The story does not involve the character of Dr. Mira Holt, portrayed by Ora Pell "
            "in the initial film, but instead centers on Marshal Kip Varga. The cast features Tam Osk and "
            "Lune Varga.\n")
    cast = {f.actor for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}
    assert "Ora Pell" not in cast
    assert {"Tam Osk", "Lune Varga"} <= cast
    text2 = "Other Tale\nOther Tale is a 1998 film. Its hero Kip Varga, played by Bede Marrow in the first film, is absent.\n"
    assert "Bede Marrow" not in {f.actor for f in people.extract(parse_article(text2)) if isinstance(f, CastFact)}


def test_a_surname_met_again_with_part_of_a_double_given_name():
    """"Ora Lee Pell" met later as "Lee Pell" is the same person: "Tam (Pell)" still resolves."""
    text = ("Invented Film\nInvented Film is a 2001 drama film. It stars Ora Lee Pell and Bede Marrow. "
            "The plot follows Tam (Pell) and Lune (Marrow).\nReception\nPell and Lee Pell were both praised.\n")
    assert _cast_of(text) == {"Ora Lee Pell": "Tam", "Bede Marrow": "Lune"}


def test_a_character_named_beside_its_player_away_from_the_billing():
    """"Lune, Marrow's character, ..." and "Ivo Brandt's character Kip": the player's character;
    a novelist's character in a sentence about the book is no player's."""
    text = ("Invented Film\nInvented Film is a 2001 drama film. It stars Ora Pell and Bede Marrow.\n"
            "Production\nLune, Marrow's character, was softer in the story. The house of Ivo Brandt's character Kip "
            "was built in Ruritania. The novel by Tam Osk made Tam Osk's character Wen famous.\n")
    assert _cast_of(text) == {"Ora Pell": "", "Bede Marrow": "Lune", "Ivo Brandt": "Kip"}


def test_a_replacement_takes_the_role_the_first_player_had():
    """"A was the original choice for B, but fell ill and was replaced by C": C plays B; A is no cast."""
    text = ("Invented Film\nInvented Film is a 2001 drama film. It stars Ora Pell and Bede Marrow.\n"
            "Production\nIvo Brandt was the original choice for Lune Varga, but he broke a leg while filming "
            "and was replaced by Ora Pell. Though Tam Osk had played Kip in the stage run, she had other "
            "commitments and was replaced by Bede Marrow in the film.\n")
    assert _cast_of(text) == {"Ora Pell": "Lune Varga", "Bede Marrow": "Kip"}


def test_a_cameo_credited_by_a_description():
    """"A has a cameo as a man on a balcony with dancers": the description, cut to its noun phrase."""
    text = ("Invented Film\nInvented Film is a 2001 drama film. It stars Ora Pell.\nCast\n"
            "Kip Morrow has a cameo as a man on a balcony with two dancers. Tam Osk appears as a guard during "
            "the hall fight.\nPlot\nLater the guard Wen (Tam Osk) flees.\n")
    assert _cast_of(text) == {"Ora Pell": "", "Kip Morrow": "man on a balcony", "Tam Osk": "Wen"}


def test_a_plot_player_named_by_a_description_or_a_tie_in_brackets():
    """"Tam's man (Jane Doe)", and one-word names after a description when the article's brackets
    vouch for one-word names ("his father (Mononym), mother (Mononym)")."""
    text = ("Invented Film\nInvented Film is a 2001 drama film. It stars Ora Pell.\nPlot\n"
            "He lives with his father (Vellan), mother (Sarani), elder brother (Kip Morrow) and Ora (Ora Pell). "
            "Rell's man (Ivo Brandt) and Joe fight.\n")
    assert _cast_of(text) == {"Ora Pell": "Ora", "Vellan": "father", "Sarani": "mother", "Kip Morrow": "brother",
                              "Ivo Brandt": "man"}


def test_cast_lists_after_a_cue_or_before_agreeing_to_appear():
    """"The cast consisted of co-writer A and film star B", "featuring archive footage of A, B and C",
    "A, B and C agreed to appear in the film": players with no roles."""
    text = ("Invented Film\nInvented Film is a 2001 compilation film featuring archive footage of Tam Osk, Lune Varga "
            "and Kip Morrow.\nProduction\nThe cast consisted of co-writer Wen Alder and pornographic film star Mara Dune. "
            "Cole Bray, Sol Ranger, and Pia Holt agreed to appear in the film for scale.\n")
    assert _cast_of(text) == {n: "" for n in ("Tam Osk", "Lune Varga", "Kip Morrow", "Wen Alder", "Mara Dune",
                                              "Cole Bray", "Sol Ranger", "Pia Holt")}


def test_a_sequels_recast_and_a_player_let_go_are_not_this_films_cast():
    """"followed by a sequel, with A replacing B as Tam" is the sequel's casting; "the studio dropped
    A as Lune" (after "production began with A cast as Lune") lets A go."""
    text = ("Invented Film\nInvented Film is a 2001 drama film. It stars Ora Pell as Tam and Bede Marrow. The film "
            "was followed by Other Tale in 2004, with Ivo Brandt replacing Pell as Tam.\nProduction\n"
            "Production began with Kip Morrow cast as Lune. With Marrow's casting, the studio dropped Kip Morrow as Lune.\n")
    assert _cast_of(text) == {"Ora Pell": "Tam", "Bede Marrow": ""}


def test_a_character_at_another_age_is_no_full_name_for_a_one_word_player():
    """"Tam as Tam" beside "Bede Marrow as Young Tam": the player Tam is not called "Young Tam"."""
    text = ("Invented Film\nInvented Film is a 2001 drama film.\nCast\nTam as Tam\nBede Marrow as Young Tam\n"
            "Ora Pell as Lune\n")
    assert _cast_of(text) == {"Tam": "Tam", "Bede Marrow": "Young Tam", "Ora Pell": "Lune"}


def test_a_part_named_by_the_players_portrayal_or_performance():
    """"Ora Pell's portrayal of Lune Varga", "For his performance as Kip, Marrow ...", "preparing for
    his role as Wen, Jo De Brandt ..." (a surname with its particle): the player's part."""
    text = ("Invented Film\nInvented Film is a 2001 drama film. It stars Ora Pell, Bede Marrow and Jo De Brandt.\n"
            "Production\nFor his performance as President Kip, Marrow assumed an accent. While preparing for his "
            "role as Wen, De Brandt drove a cab.\nReception\nCritics praised Ora Pell's portrayal of Lune Varga.\n")
    assert _cast_of(text) == {"Ora Pell": "Lune Varga", "Bede Marrow": "President Kip", "Jo De Brandt": "Wen"}


def test_a_voice_given_by_a_described_singer_and_one_player_spelt_two_ways():
    """"Carla is voiced by Ruritanian singer Tam Osk"; "Ivo Brandt" billed and "Ivo Bhrandt" in the plot
    are one player, kept under the billing's spelling (as frequent; the plot's is the mention);
    "Lune Vargas" in the plot and the production is the article's usual spelling and is kept."""
    text = ("Invented Film\nInvented Film is a 2001 drama film. It stars Ora Pell, Ivo Brandt and Lune Varga.\nPlot\n"
            "Kip (Ivo Bhrandt) meets Carla and Wen (Lune Vargas).\nProduction\nCarla is voiced by Ruritanian singer "
            "Tam Osk. Lune Vargas trained for a year.\n")
    art = parse_article(text)
    cast = {f.actor: (f.character, f.mention) for f in people.extract(art) if isinstance(f, CastFact)}
    assert cast == {"Ora Pell": ("", ""), "Ivo Brandt": ("Kip", "Ivo Bhrandt"), "Lune Vargas": ("Wen", ""),
                    "Tam Osk": ("Carla", "")}


def test_a_player_met_in_an_anecdote():
    """"Tam Osk, who played the sheriff, was injured" and "Lune Varga, who plays Wen, broke her arm":
    this film's players; "who voiced Ivo in the first film" or "who previously played Sol" is not."""
    text = ("Invented Film\nInvented Film is a 2001 drama film. It stars Ora Pell.\nFilming\n"
            "Tam Osk, who played the sheriff, was injured during filming. Lune Varga, who plays Wen, broke her arm. "
            "Kip Morrow, who voiced Ivo in the first film, died. Cole Bray, who previously played Sol, declined.\n")
    assert _cast_of(text) == {"Ora Pell": "", "Tam Osk": "sheriff", "Lune Varga": "Wen"}


def test_a_lead_billing_the_voice_talents_of_its_players():
    """"It stars the voice talents of A, B, and C": each a voice player."""
    art = parse_article("Other Tale\nOther Tale is a 1990 animated film. It stars the voice talents of Ora Pell, "
                        "Bede Marrow, and Tam Osk.\nPlot\nIt ends.\n")
    cast = {f.actor: f.voice for f in people.extract(art) if isinstance(f, CastFact)}
    assert cast == {"Ora Pell": True, "Bede Marrow": True, "Tam Osk": True}


def test_a_described_lead_then_a_list_of_players_bills_them_all():
    """Blind trivia round 10: "stars A as the title character, B, C, D and E" read B as the name of A's
    part and lost the rest of the cast (a quiz then asked who played B). Two or more bare players after
    the description make it a list; one name after it is still the part's ("as the champion, Kip Morrow")."""
    from bot.article import parse_article
    from bot.extract import extract_all

    def cast(sentence: str) -> list[tuple[str, str]]:
        facts = extract_all(parse_article("Other Tale\nOther Tale is a 1995 horror film directed by Kip Morrow. " + sentence))
        return [(f.to_dict()["actor"], f.to_dict()["character"]) for f in facts.items if f.KIND == "cast"]

    got = cast("The film stars Ora Pell as the title character, Bede Marrow, Ivo Brandt, Tam Osk and Lune Varga.")
    assert got == [("Ora Pell", ""), ("Bede Marrow", ""), ("Ivo Brandt", ""), ("Tam Osk", ""), ("Lune Varga", "")]
    assert cast("The film stars Ora Pell as the champion, Kip Morrow, and Bede Marrow as his rival.")[0] == ("Ora Pell", "Kip Morrow")


def test_a_child_players_billing_word_is_not_part_of_the_name():
    """Blind batch 11: "Master Tam Osk as Ivo", "Baby Lune Varga as Wen" bill the players Tam Osk and Lune
    Varga (casting.toml child_honorifics); a child billed by one name keeps the billing word ("Baby Zorvath",
    "Master John": the dev gold of the corpus, the shapes and the long shapes writes "Master Pappu", "Baby
    Lune" for such a player, and a common given name by itself is no one in particular)."""
    text = ("Other Tale\nOther Tale is a 2018 drama film.\nCast\nOra Pell as Mina\nMaster Tam Osk as Ivo\n"
            "Baby Lune Varga as Wen\nBaby Zorvath\nMaster John\n")
    assert _cast_of(text) == {"Ora Pell": "Mina", "Tam Osk": "Ivo", "Lune Varga": "Wen", "Baby Zorvath": "",
                              "Master John": ""}


def test_described_parts_in_cast_prose():
    """Blind batch 11: a part described in words keeps its head ("appears as the host of a neighbour's party"
    → host, "a woman wearing a fur coat" → woman, "plays the Rebels' medic" → medic), and a player named
    before a comma-bound aside ("Ora Pell, wife of the producer, cameos as a nurse") is still the subject."""
    text = ("Other Tale\nOther Tale is a 1989 comedy film. It stars Kip Morrow.\nCast\n"
            "Tam Osk appears as the host of a neighbour's birthday party, and Lune Varga appears as a woman "
            "wearing a fur coat. Bede Marrow plays the Rebels' field medic. Ora Pell, wife of the producer "
            "Ivo Brandt, cameos as a nurse.\n")
    assert _cast_of(text) == {"Kip Morrow": "", "Tam Osk": "host", "Lune Varga": "woman",
                              "Bede Marrow": "field medic", "Ora Pell": "nurse"}


def test_a_surname_the_cast_completes():
    """Blind batch 11: "Mina Vale (De Marrow)" is the billed Bede De Marrow, and "stars Pell, Osk and Brandt"
    beside the billed Ivo Brandt is him even when the story names another Brandt: one player each."""
    text = ("Other Tale\nOther Tale is a 1978 drama film starring Bede De Marrow and Ora Pell. The film stars "
            "Pell, Tam Osk and Brandt as themselves.\nPlot\nMina Vale (De Marrow) meets Sol Brandt.\n"
            "Cast\nIvo Brandt as himself\n")
    cast = _cast_of(text)
    assert cast["Bede De Marrow"] == "Mina Vale"
    assert "Ivo Brandt" in cast and "Brandt" not in cast and "De Marrow" not in cast


def test_a_bracketed_note_inside_a_list_of_supporting_players():
    """Blind batch 11: "with A (in his final role), B, and C playing supporting roles" bills A too."""
    text = ("Other Tale\nOther Tale is a 1978 drama film. The three friends are played by Ora Pell, Bede Marrow, "
            "and Tam Osk, with Ivo Brandt (in his final role), Lune Varga, and Kip Morrow playing supporting roles.\n")
    assert _cast_of(text) == {"Ora Pell": "", "Bede Marrow": "", "Tam Osk": "", "Ivo Brandt": "",
                              "Lune Varga": "", "Kip Morrow": ""}


def test_story_people_and_prizes_in_brackets_are_not_players():
    """Blind batch 11: a plot's "an Englishman (Wen), an Irishman (Sol), a Frenchman (Mino)" names the story's
    people when the plot uses those names outside brackets ("Wen says ..."); "a Golden Osella (Silver
    Osella)"-style prize and its translation (awards.toml prizes) is never a part and a player."""
    text = ("Other Tale\nOther Tale is a 2018 western film. It stars Ora Pell and Bede Marrow.\nPlot\n"
            "Three riders, an Englishman (Wen), an Irishman (Sol), and a Frenchman (Mino), ride to the fort. "
            "Wen says that he and Sol carry cargo. Mino is silent.\nAccolades\n"
            "The jury also gave the studio a Golden Peacock (Golden Kinnaree) and a certificate.\n")
    assert _cast_of(text) == {"Ora Pell": "", "Bede Marrow": ""}


def test_a_described_part_given_by_casting_and_a_voice_told_by_reference():
    """Blind batch 11: "Father Tam Osk was cast as the priest at the wedding" → priest; "While A physically
    portrays the Envoy, B provides the character's voice" → both play the Envoy; "C lends her voice to the
    film" names no part."""
    text = ("Other Tale\nOther Tale is a 1980 fantasy film. It stars Ora Pell.\nCast\n"
            "While Tam Osk physically portrays the Envoy, Bede Marrow provides the character's voice. "
            "Ivo Brandt plays Sol Vane, while Kip Morrow portrays him physically.\nProduction\n"
            "Father Lune Varga was cast as the priest at the wedding.\n")
    assert _cast_of(text) == {"Ora Pell": "", "Tam Osk": "Envoy", "Bede Marrow": "Envoy", "Ivo Brandt": "Sol Vane",
                              "Kip Morrow": "Sol Vane", "Lune Varga": "priest"}


def test_a_troupe_and_a_group_of_players_named_as_the_cast():
    """Blind batch 11: "written and performed by the Ruritania comedy group of A, B and C" bills each member;
    "Jo Vane as TamAdditionally, D, E and F play younger versions of the friends" bills D, E and F (the glued
    line break starts the list), but "the friends of G and H play cards" is no billing."""
    lead = ("Other Tale\nOther Tale is a 1975 comedy film written and performed by the Ruritania comedy group of "
            "Ora Pell, Bede Marrow and Tam Osk.\n")
    assert _cast_of(lead) == {"Ora Pell": "", "Bede Marrow": "", "Tam Osk": ""}
    cast = ("Other Tale\nOther Tale is a 2018 drama film.\nCast\nJo Vane as Sol WendarAdditionally, Ivo Brandt, Lune Varga, "
            "and Kip Morrow play younger versions of the friends. The friends of Cole Bray and Ada Rusk play cards.\n")
    got = _cast_of(cast)
    assert {"Ivo Brandt", "Lune Varga", "Kip Morrow"} <= set(got)
    assert not {"Cole Bray", "Ada Rusk"} & set(got) and not any("Additionally" in a for a in got)


def test_puppeteers_of_a_named_character_play_it():
    """Blind batch 11: "A provides the voice and puppetry for Tam, with assistance from fellow puppeteers,
    including B and C": B and C play Tam; puppeteers with no character named are no cast."""
    text = ("Other Tale\nOther Tale is a 1980 fantasy film. It stars Ora Pell.\nCast\nBede Marrow provides the voice "
            "and puppetry for Tam, with assistance from fellow puppeteers, including Ivo Brandt and Lune Varga. "
            "The creature needed four puppeteers, including Kip Morrow.\n")
    got = _cast_of(text)
    assert got["Ivo Brandt"] == "Tam" and got["Lune Varga"] == "Tam" and "Kip Morrow" not in got


def test_described_parts_in_a_prose_list_and_a_part_cut_from_the_film():
    """Blind classes: "cutaways feature appearances by A as a wary lender, B as a shop owner, who ...,
    and C as a victim" credit each described part; "D was cast as Tam ... but his scenes were cut" is no cast
    (a billed player stays: the billing is the released film's)."""
    text = ("Other Tale\nOther Tale is a 2011 comedy film. It stars Ora Pell and Ivo Brandt.\nPlot\n"
            "Cutaways also feature appearances by Bede Marrow as a wary lender not impressed with the plan, "
            "Tam Osk as a shop owner, who is not impressed either, and Lune Varga as a victim from a previous feature.\n"
            "Production\nKip Morrow was cast as Sol, an orderly at the ward. The character helped the heroes but his "
            "scenes were cut. Ivo Brandt's scenes were cut short in editing.\n")
    got = _cast_of(text)
    assert got["Bede Marrow"] == "wary lender" and got["Tam Osk"] == "shop owner"
    assert got["Lune Varga"] == "victim" and "Kip Morrow" not in got and "Ivo Brandt" in got


def test_players_a_review_names_by_their_parts():
    """Dev misses (old films whose cast list was stripped): a review's "A is crisp as a sly smuggler", "B gives a
    fine performance as the sheriff", "C shines as Mina" and "D, E and F are fine in other roles" bill
    them; "sleek as his Lune" is a figure of speech, "G was memorable as Tam in Another Tale" is another
    work's part, and "A and B were cast as X and Y respectively" pairs each with their own part, never both with X."""
    text = ("Other Tale\nOther Tale is a 1947 crime film. It stars Ora Pell.\nReception\n"
            "Jane Vale is very sleek as his Lune, Kip Morrow is crisp as a sly smuggler and Ivo Brandt, Lune Varga "
            "and Tam Osk are fine in other roles. Bede Marrow gives a fine performance as the sheriff, and "
            "Sol Wendar shines as Mina. Cole Bray was memorable as Tam in Another Tale.\n"
            "Production\nAda Rusk and Jo Vane were cast as the doctor and the nurse respectively.\n")
    got = _cast_of(text)
    assert got["Kip Morrow"] == "sly smuggler" and got["Bede Marrow"] == "sheriff" and got["Sol Wendar"] == "Mina"
    assert {"Ivo Brandt", "Lune Varga", "Tam Osk"} <= set(got) and "Cole Bray" not in got
    assert got.get("Jane Vale", "") == "" and got.get("Ada Rusk", "") in {"", "doctor"} and got.get("Jo Vane", "") in {"", "nurse"}


@pytest.mark.parametrize("sentence", [
    "The film has Ora Pell, Bede Marrow and Tam Osk in the lead.",
    "It casts Ora Pell, Bede Marrow and Tam Osk in lead roles.",
    "Ora Pell, Bede Marrow and Tam Osk are in the lead roles.",
    "Ora Pell, Bede Marrow and Tam Osk head the cast.",
    "The film also features cameos from Ora Pell, Bede Marrow and Tam Osk.",
    "It stars Ora Pell and Bede Marrow, with a cameo by Tam Osk.",
    "It stars Ora Pell, Bede Marrow, and introducing Tam Osk in her film debut.",
])
def test_lead_shapes_that_bill_players_without_a_verb_of_playing(sentence):
    """Lead shapes the dev lead extracts (bench.leads_cast) missed: players placed "in the lead", heading the
    cast, in cameos "from"/"by", or "introducing" a newcomer."""
    got = _cast_of(f"Other Tale\nOther Tale is a 2018 film directed by Cole Bray. {sentence}\n")
    assert set(got) == {"Ora Pell", "Bede Marrow", "Tam Osk"}


def test_a_leads_closing_with_list_and_an_uncredited_role():
    """"a 1947 film by Cole Bray, with A, B and C." bills A, B and C (never "with music by ..."); "D features in
    an uncredited role" bills D."""
    got = _cast_of("Other Tale\nOther Tale is a 1947 film by Cole Bray, with Ora Pell, Bede Marrow and Tam Osk.\n")
    assert set(got) == {"Ora Pell", "Bede Marrow", "Tam Osk"}
    got = _cast_of("Other Tale\nOther Tale is a 1947 film by Cole Bray, with music by Jo Vane, Ada Rusk and Sol Wendar.\n")
    assert got == {}
    got = _cast_of("Other Tale\nOther Tale is a 1913 short drama film. Ora Pell features in an uncredited role.\n")
    assert got == {"Ora Pell": ""}


def test_lead_lists_with_a_nickname_a_group_of_cameos_and_a_closing_note():
    """Lead extracts (bench.leads_cast dev misses): 'Jo "Red" Doe' is one billed name; "cameo appearances by
    several notable actors, including A, B and C" bills A, B and C; "starring A and B in CinemaScope." keeps B,
    but "remade as Another Tale starring C in Jo Doe's role" bills no one here."""
    got = _cast_of('Other Tale\nOther Tale is a 1941 Western. The film stars Ora Pell, Kip "Red" Morrow and Tam Osk.\n')
    assert set(got) == {"Ora Pell", 'Kip "Red" Morrow', "Tam Osk"}
    got = _cast_of("Other Tale\nOther Tale is a 1990 film starring Ora Pell, with cameo appearances by several notable "
                   "actors, including Tam Osk, Lune Varga and Kip Morrow.\n")
    assert set(got) == {"Ora Pell", "Tam Osk", "Lune Varga", "Kip Morrow"}
    got = _cast_of("Other Tale\nOther Tale is a 1960 comedy film directed by Cole Bray and starring Ora Pell and Bede "
                   "Marrow in CinemaScope. The picture was remade in 1976 as Another Tale starring Tam Osk in Ora "
                   "Pell's role.\n")
    assert set(got) == {"Ora Pell", "Bede Marrow"}


def test_a_place_before_played_by_is_not_the_part():
    """Lead extract: "a hot-shot detective from Ruritania City, played by A" names no part "Ruritania City"."""
    got = _cast_of("Other Tale\nOther Tale is a 1970 comedy film directed by Cole Bray and starring Ora Pell. A vain "
                   "detective from Ruritania City, played by Bede Marrow, soon becomes hot on his trail.\n")
    assert got.get("Bede Marrow", "") == "" and got.get("Ora Pell") == ""


def test_cameos_in_another_work_are_not_the_films_cast():
    """Blind batch 11: "The song's music video features cameos from A, B and C" bills no one in the film."""
    got = _cast_of("Other Tale\nOther Tale is a 1989 comedy film. It stars Ora Pell.\nProduction\nThe song's music "
                   "video features cameos from Tam Osk, Lune Varga and Kip Morrow.\n")
    assert got == {"Ora Pell": ""}


def test_a_flattened_cast_list_bills_every_sentence():
    """Blind shapes: a stripped cast list run into one paragraph ("A as X. B as Y, his wife. C as the Z.") bills
    each player with the part, not only the paragraph's first."""
    got = _cast_of("Other Tale\nOther Tale is a 1963 Ruritanian war film.\nCast\nOra Pell as Kip Morrow. Lune Varga as "
                   "Mira, his wife. Bede Marrow as the commandant.\n")
    assert got == {"Ora Pell": "Kip Morrow", "Lune Varga": "Mira", "Bede Marrow": "the commandant"}


def test_a_part_as_the_clauses_subject_played_by_its_player():
    """Blind shapes: "Kitty, played by A, betrays him" (in the plot too); "The vicar, Gilpin, is played by A, and his
    daughter Ruth by B"; "Tam's guru is played by C"; "the station agent was played by an uncredited D"."""
    got = _cast_of("Other Tale\nOther Tale is a 1946 drama film.\nPlot\nKitty, played by Lune Varga, betrays him.\n")
    assert got == {"Lune Varga": "Kitty"}
    got = _cast_of("Other Tale\nOther Tale is a 1946 drama film.\nCast\nThe vicar, Reverend Gilpin, is played by Bede "
                   "Marrow, and his daughter Ruth by Lune Varga. Tam's guru is played by Ivo Brandt. The station agent "
                   "was played by an uncredited Kip Morrow.\n")
    assert got == {"Bede Marrow": "Reverend Gilpin", "Lune Varga": "Ruth", "Ivo Brandt": "Tam's guru",
                   "Kip Morrow": "agent"}


def test_who_plays_at_the_sentences_end_names_the_part():
    """Blind shapes: "…, according to co-star A, who plays Tam's nephew Kip." and "the debut of B, who plays a runaway
    schoolgirl, Mira Lowe." name the part at the sentence's end, not only in a mid-sentence aside."""
    got = _cast_of("Other Tale\nOther Tale is a 1971 drama film.\nProduction\nTheir scenes were improvised, according "
                   "to co-star Ivo Brandt, who plays Tam's nephew Kip. It marked the screen debut of Lune Varga, who "
                   "plays a runaway schoolgirl, Mira Lowe.\n")
    assert got == {"Ivo Brandt": "Kip", "Lune Varga": "Mira Lowe"}


def test_the_next_player_after_a_stars_as_clause_with_with_or_alongside():
    """Blind shapes: "A stars as X, with B as the rancher's daughter Ellen" and "A stars as X, a baker, alongside B
    as Y": the next player is billed with the part, and "with C as his long-suffering wife" with the described one."""
    got = _cast_of("Other Tale\nOther Tale is a 1950 Western film.\nCast\nBede Marrow stars as Marshal Kip Dawson, with "
                   "Lune Varga as the rancher's daughter Ellen. Tam Osk stars as Holly Barnes, a bakery owner, alongside "
                   "Ivo Brandt as Nick Sumner.\n")
    assert got == {"Bede Marrow": "Marshal Kip Dawson", "Lune Varga": "Ellen", "Tam Osk": "Holly Barnes",
                   "Ivo Brandt": "Nick Sumner"}
    got = _cast_of("Other Tale\nOther Tale is a 2001 comedy film.\nCast\nBede Marrow stars as the landlord Chief Okon, "
                   "with Lune Varga as his long-suffering wife and Ivo Brandt as the tenant Sola.\n")
    assert got == {"Bede Marrow": "Chief Okon", "Lune Varga": "wife", "Ivo Brandt": "Sola"}


def test_the_leads_described_parts_and_a_name_given_later_wins():
    """Blind shapes: the lead's "while C plays the antagonist", "with C as the villain", "and D as her father" name
    the part a story names a person by; a name the cast list gives later still wins over it."""
    got = _cast_of("Other Tale\nOther Tale is a 2012 action film. It stars Ora Pell and Lune Varga, while Ivo Brandt "
                   "plays the antagonist.\n")
    assert got == {"Ora Pell": "", "Lune Varga": "", "Ivo Brandt": "antagonist"}
    got = _cast_of("Other Tale\nOther Tale is a 2022 drama film. It stars Lune Varga as a young girl in Ruritania and "
                   "Ivo Brandt as her father.\n")
    assert got["Ivo Brandt"] == "her father"
    got = _cast_of("Other Tale\nOther Tale is a 1969 thriller film. The film stars Ora Pell and Lune Varga, with Ivo "
                   "Brandt as the villain.\nCast\nIvo Brandt as Kip Morrow\n")
    assert got["Ivo Brandt"] == "Kip Morrow"


def test_appearances_uncredited_special_and_noted_list_lines():
    """Blind shapes: "A appears uncredited as a deputy", "B appears as a 19th-century bandit", "Tam's wife, actress C,
    makes a special appearance as a florist"; list lines "D in a comic role as the village barber" and "Child
    actress E as Mira's daughter Dana"; "The film's narrator is voiced by an uncredited F"."""
    got = _cast_of("Other Tale\nOther Tale is a 1950 Western film.\nCast\nOra Pell as Kip. Stunt rider Ivo Brandt appears "
                   "uncredited as a deputy. His frequent collaborator Tam Osk appears as a 19th-century bandit. Tam's "
                   "wife, actress Lune Varga, makes a special appearance as a florist. Bede Marrow in a comic role as the "
                   "village barber. Child actress Nell Orry as Mira's daughter Dana. The film's narrator is voiced by an "
                   "uncredited Kip Morrow.\n")
    assert got == {"Ora Pell": "Kip", "Ivo Brandt": "deputy", "Tam Osk": "19th-century bandit", "Lune Varga": "florist",
                   "Bede Marrow": "the village barber", "Nell Orry": "Dana", "Kip Morrow": "Narrator"}


def test_casting_choices_of_every_shape():
    """Blind shapes: "A was given the part of Kitty", "B was loaned out to play Mira", "Kip cast newcomer C as the
    orphaned teenager June, and the part of her uncle Walt went to stage actor D", "the role of the young cabin boy
    went to thirteen-year-old E after F left the production", "G was cast as the detective, and H as his wife",
    "The cast is headed by I as the drifter Ben Tully"."""
    got = _cast_of("Other Tale\nOther Tale is a 1950 drama film.\nProduction\nLune Varga was given the part of Kitty "
                   "after Nell Orry turned it down. Ora Pell was loaned out to play Mira. Kip Morrow cast newcomer Bede "
                   "Marrow as the orphaned teenager June, and the part of her uncle Walt went to stage actor Ivo Brandt. "
                   "The role of the young cabin boy went to thirteen-year-old Tam Osk after Cole Bray left the "
                   "production. Ada Quill was cast as the detective, and Rex Lorne as his wife.\nCast\nThe cast is "
                   "headed by Mara Voss as the drifter Ben Tully.\n")
    assert got["Lune Varga"] == "Kitty" and got["Ora Pell"] == "Mira" and got["Bede Marrow"] == "June"
    assert got["Ivo Brandt"] == "Walt" and got["Tam Osk"] == "young cabin boy" and "Cole Bray" not in got
    assert got["Ada Quill"] == "detective" and got["Rex Lorne"] == "wife" and got["Mara Voss"] == "Ben Tully"
    assert "Nell Orry" not in got


def test_dub_sections_lead_players_and_named_kinds():
    """Blind shapes: an "English dub" section's "with A voicing Sora and B as Kuroha" and "Tito was voiced by C and
    Luna by D" are voices of the cast; "the voices of E as Clyde the rooster" names Clyde; "Lead actress F won …" in
    the accolades bills F."""
    art = parse_article("Other Tale\nOther Tale is a 2003 animated film.\nEnglish dub\nAn English dub was released in "
                        "2004, with Lune Varga voicing Sora and Ivo Brandt as Kuroha. Tito was voiced by Tam Osk and Luna "
                        "by Bede Marrow.\n")
    cast = {f.actor: f for f in people.extract(art) if isinstance(f, CastFact)}
    assert {a: f.character for a, f in cast.items()} == {"Lune Varga": "Sora", "Ivo Brandt": "Kuroha", "Tam Osk": "Tito",
                                                         "Bede Marrow": "Luna"}
    assert all(f.voice for f in cast.values())
    got = _cast_of("Other Tale\nOther Tale is a 1998 animated film. It features the voices of Ivo Brandt as Clyde the "
                   "rooster, and Lune Varga as Daisy the cow.\nAccolades\nLead actress Nell Orry won the Ruritanian "
                   "Award for Best Actress.\n")
    assert got == {"Ivo Brandt": "Clyde", "Lune Varga": "Daisy", "Nell Orry": ""}


def test_pairs_named_kinds_colon_lines_and_interviewees():
    """Cast battery shapes: "A and B star as Jim and Kitty" pairs in order; "plays a retired boxer named Kip" names
    Kip; "A's performance as the doomed Swede" names the Swede, never "doomed"; a cast line "A: Kip" bills A, but a
    credit line "Choreography: B" bills no one; "Interviewees include …" and "interviews with journalist C, historian
    D" bill the people interviewed; "Featuring A and B in the lead roles" never bills "Featuring A"."""
    got = _cast_of("Other Tale\nOther Tale is a 1946 drama film. Ora Pell and Lune Varga star as Jim and Kitty. Bede "
                   "Marrow plays a retired boxer named Kip.\n")
    assert got == {"Ora Pell": "Jim", "Lune Varga": "Kitty", "Bede Marrow": "Kip"}
    got = _cast_of("Other Tale\nOther Tale is a 1946 drama film starring Ora Pell.\nReception\nCritics praised Ora "
                   "Pell's performance as the doomed Swede.\n")
    assert got == {"Ora Pell": "Swede"}
    got = _cast_of("Other Tale\nOther Tale is a 1946 drama film.\nCast\nOra Pell: Howard Graham\nLune Varga: Mira\n"
                   "Choreography: Nanda\n")
    assert got == {"Ora Pell": "Howard Graham", "Lune Varga": "Mira"}
    got = _cast_of("Other Tale\nOther Tale is a 2010 documentary film. The documentary includes interviews with former "
                   "diplomat Ora Pell, journalist Bede Marrow, and historian Ivo Brandt.\nProduction\nInterviewees "
                   "include Tam Osk and Lune Varga.\n")
    assert got == {"Ora Pell": "", "Bede Marrow": "", "Ivo Brandt": "", "Tam Osk": "", "Lune Varga": ""}
    got = _cast_of("Other Tale\nOther Tale is a 1946 drama film. Featuring Ora Pell and Lune Varga in the lead roles, "
                   "the film is set in Ruritania.\n")
    assert got == {"Ora Pell": "", "Lune Varga": ""}


def test_three_words_of_description_before_a_name_keep_the_name():
    """Blind batch 11: "C portrays the robotic bounty hunter Kip-4" names Kip-4 (three words of description after an
    article), where a longer run stays too loose to trust."""
    got = _cast_of("Other Tale\nOther Tale is a 1980 film.\nCast\nTam Osk portrays the bounty hunter Dengo, and Ivo "
                   "Brandt portrays the robotic bounty hunter Kip-4.\n")
    assert got == {"Tam Osk": "Dengo", "Ivo Brandt": "Kip-4"}


def test_a_studio_borrowing_a_player_for_a_role():
    """Blind shapes: "Regal borrowed Oakhurst from Atlas Studios for the role of Sergeant Sunday": the billed player
    (by surname) plays the part."""
    got = _cast_of("Other Tale\nOther Tale is a 1943 war comedy film starring Ivo Oakhurst and Lune Varga.\nProduction\n"
                   "Regal Pictures borrowed Oakhurst from Atlas Studios for the role of Sergeant Sunday.\n")
    assert got == {"Ivo Oakhurst": "Sergeant Sunday", "Lune Varga": ""}


def test_players_named_by_their_parts_after_with_and_round_out_the_cast():
    """"…, with C and D in supporting roles", "plays the lead, opposite B", "A, B and C round out the cast": the
    players a sentence names by their parts, with no verb of their own; a casting planned and undone is not."""
    def cast(text: str) -> set[str]:
        return {f.actor for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}
    lead = "Other Tale\nOther Tale is a 2015 Ruritanian drama film directed by Ivo Brandt. "
    assert {"Bede Marrow", "Lune Varga"} <= cast(lead + "Ora Pell and Kip Morrow play the lead roles, with Bede Marrow "
                                                 "and Lune Varga in supporting roles.\n")
    assert "Kip Morrow" in cast(lead + "Ora Pell plays the lead, opposite Kip Morrow.\n")
    assert {"Kip Morrow", "Lune Varga", "Bede Marrow"} <= cast(lead + "\nCast\nOra Pell plays Tam Osk. Kip Morrow, Lune "
                                                               "Varga and Bede Marrow round out the cast.\n")
    assert "Tam Osk" not in cast(lead + "\nProduction\nThe film was initially set to be made in 2008 with Tam Osk and "
                                 "Kip Morrow in the lead.\n")


def test_a_billed_players_part_named_elsewhere_is_linked():
    """The part of a player the lead bills without one, stated in production prose: "Tam actor A", "A, as Tam,
    ...", "the role of Tam went to Pell", "Tam Osk, played by Pell, ..." (a surname of the billed player). A
    nationality before "actress" is no part: the plot never writes it as a name."""
    def cast(extra: str, plot: str = "Tam Osk, a baker, meets Lune Varga in Ruritania. Tam bakes.") -> dict[str, str]:
        text = ("Other Tale\nOther Tale is a 2015 Ruritanian drama film directed by Ivo Brandt. It stars Ora Pell, "
                f"Kip Morrow and Bede Marrow.\nPlot\n{plot}\nProduction\n{extra}\n")
        return {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}
    assert cast("Brandt worried about Tam actor Ora Pell's broken wrist.")["Ora Pell"] == "Tam"
    assert cast("Pell, as Tam, wears a wig.")["Ora Pell"] == "Tam"
    assert cast("The role of Tam Osk went to Pell after auditions.")["Ora Pell"] == "Tam Osk"
    assert cast("Tam Osk, played by Pell, was written for her.")["Ora Pell"] == "Tam Osk"
    assert cast("Ruritanian actress Ora Pell joined in May.",
                plot="Ruritanian soldiers meet Lune Varga. Ruritanian troops advance.")["Ora Pell"] == ""
