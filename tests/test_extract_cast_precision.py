"""Cast precision in long articles: people a long article names who are not this film's cast (another
work's players, a place read as a player, a name cut short), and characters paired to the wrong player.
Invented articles only."""

from __future__ import annotations

from bot.article import parse_article
from bot.extract import people
from bot.facts import CastFact


def _cast_of(text: str) -> dict[str, str]:
    """Actor -> character of an invented article's cast."""
    return {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}


def test_another_works_players_in_a_relative_clause_are_not_the_cast():
    """"a remake of Quiet Shore (1954), which starred A", "the 1979 film Dark Water, in which B played the
    lead", "a remake of a 1954 film that starred C": that work's players, not this film's; the film's own
    title before the clause is its own billing."""
    text = ("Other Tale\nOther Tale is a 2011 British drama film directed by Kip Morrow and starring Ora Pell and "
            "Bede Marrow. It is a remake of Morrow's own Quiet Shore (1979), which starred Lune Varga and Sten Aldo. "
            "It is also a sequel to the 2008 film Dark Water, in which Tam Osk played the lead.\n")
    assert _cast_of(text) == {"Ora Pell": "", "Bede Marrow": ""}
    text = ("Other Tale\nOther Tale is a 1998 crime film. It is a remake of a 1954 film that starred Lune Varga.\n"
            "Cast\nOra Pell as Mina\n")
    assert _cast_of(text) == {"Ora Pell": "Mina"}
    own = "Other Tale\nOther Tale (1998), which stars Ora Pell and Bede Marrow, is a Ruritanian crime film.\n"
    assert _cast_of(own) == {"Ora Pell": "", "Bede Marrow": ""}


def test_an_honorifics_period_does_not_cut_the_apposed_name():
    """"Tam Osk plays the engineer, Mr. Bae." names the part Mr. Bae, not "Mr"; an initial's period too."""
    text = ("Other Tale\nOther Tale is a 2001 Ruritanian thriller film.\nCast\n"
            "Tam Osk plays the engineer, Mr. Bae. Ora Pell plays the captain's wife, J. R. Vane.\n")
    assert _cast_of(text) == {"Tam Osk": "Mr. Bae", "Ora Pell": "J. R. Vane"}


def test_a_place_going_on_after_a_described_part_is_no_player():
    """"stars A as a mother in Tondo, Marlo, with B and C": Marlo is where the mother lives, not a player;
    one-word players after a place still count when no "with" follows ("in Tondo, Jaya, Ravi and Kamal")."""
    text = ("Other Tale\nOther Tale is a 2004 Ruritanian drama film. It stars Ora Pell as a mother fighting an "
            "eviction in Tondo, Marlo, with Bede Marrow, Ivo Brandt and Tam Osk.\n")
    assert _cast_of(text) == {"Ora Pell": "", "Bede Marrow": "", "Ivo Brandt": "", "Tam Osk": ""}


def test_a_quoted_nickname_inside_a_players_name_is_kept():
    """'The folk singer Tam "El Oso" Osk appears as himself': the player is Tam "El Oso" Osk, not Osk."""
    text = ("Other Tale\nOther Tale is a 2010 Ruritanian crime film. It stars Ora Pell.\nCast\n"
            'The folk singer Tam "El Oso" Osk appears as himself. Singer Kip "Red" Morrow appears as himself.\n')
    got = _cast_of(text)
    assert got['Tam "El Oso" Osk'] == "Himself" and got['Kip "Red" Morrow'] == "Himself"
    assert "Osk" not in got and "Morrow" not in got


def test_a_remakes_players_after_was_remade_are_not_the_cast():
    """"It was remade in 1975 as Dark Water, starring A": the remake's player; "remade from" names this film's."""
    text = ("Other Tale\nOther Tale is a 1952 British drama film starring Ora Pell. It was remade in 1975 as "
            "Dark Water, starring Lune Varga.\n")
    assert _cast_of(text) == {"Ora Pell": ""}
    own = ("Other Tale\nOther Tale is a 1975 British drama film, remade from a Ruritanian original and starring "
           "Ora Pell.\n")
    assert _cast_of(own) == {"Ora Pell": ""}


def test_who_replaced_the_first_choice_takes_the_part():
    """"A was originally announced as Tam ...; B, a newcomer, replaced her": B plays Tam and A is gone; the
    replaced player never stays in the cast."""
    text = ("Other Tale\nOther Tale is a 1971 American road film starring Ora Pell and Bede Marrow.\nCasting\n"
            "Lune Varga was originally announced as Mina and rehearsed for two weeks before she withdrew; Pell, "
            "a seventeen-year-old from Ruritania, replaced her. Ivo Brandt was first cast to play Jory, but "
            "Marrow took over the role in May.\n")
    assert _cast_of(text) == {"Ora Pell": "Mina", "Bede Marrow": "Jory"}


def test_a_job_title_after_hired_as_is_crew_not_a_part():
    """"A was hired as the Creative and Fashion Design Director for the movie": a job, A is no player; "B was
    selected for the role of Mina" still casts B."""
    text = ("Other Tale\nOther Tale is a 2015 Ruritanian romance film starring Ora Pell.\nProduction\n"
            "Tam Osk was hired as the Creative and Fashion Design Director for the movie. Bede Marrow was "
            "selected for the role of Jory.\n")
    assert _cast_of(text) == {"Ora Pell": "", "Bede Marrow": "Jory"}


def test_a_player_placed_in_another_version_is_not_the_cast():
    """"Cato Wren played Vic in the original film", "Mina's father was played by B in the 1939 version", "In
    the stage production, Vic was played by C": another version's players. The film's own year, and a
    relative clause about a player's past ("Ora Pell, who had played Mina on stage"), keep this film's."""
    text = ("Other Tale\nOther Tale is a 1960 American western film starring Bede Marrow and Ora Pell, who had "
            "played Mina on stage.\nCasting\nCato Wren played Vic in the original film. Mina's father was "
            "played by Rhea Stone in the 1939 version. In the stage production, Jory was played by Tam Osk, "
            "and Vic by Dov Kettle. Ivo Brandt played Vic in the 1960 film.\n")
    assert _cast_of(text) == {"Ora Pell": "", "Bede Marrow": "", "Ivo Brandt": "Vic"}


def test_the_original_language_version_is_the_films_own():
    """"In the original Ruritanian version, Mina is voiced by A" beside "In the English dub, Mina is voiced
    by B": both voice this film's Mina."""
    text = ("Other Tale\nOther Tale is a 2004 Ruritanian animated film.\nVoice cast\n"
            "In the original Ruritanian version, Mina is voiced by Ora Pell. In the English dub, Mina is voiced "
            "by Lune Varga.\n")
    assert set(_cast_of(text)) == {"Ora Pell", "Lune Varga"}


def test_a_part_in_events_is_not_a_part_in_the_film():
    """"Ruritania's then President Tam Osk played a pivotal role in eradicating the rebellion": a real person the
    film is about, not a player; "Bede Marrow plays a small role in the film" still is one."""
    text = ("Other Tale\nOther Tale is a 2018 Ruritanian war film starring Ora Pell. Ruritania's then President "
            "Tam Osk played a pivotal role in eradicating the rebellion. General Ivo Brandt played a key role in "
            "the founding of the republic. Bede Marrow plays a small role in the film.\n")
    assert _cast_of(text) == {"Ora Pell": "", "Bede Marrow": ""}


def test_a_group_played_by_several_players_is_no_ones_part():
    """"soldiers of the 14th Infantry Division, played by A, B, C and D": the unit is what they all play, so no
    player gets it as a part (a trivia night once asked who played the division); a part followed by the next
    part's player ("Kitty, played by A, and Ruth by B") and a player's aside ("Meg, played by A, Kip's sister")
    keep their parts."""
    group = ("Other Tale\nOther Tale is a 1999 war film directed by Ivo Brandt. It portrays soldiers of C Company, "
             "2nd Battalion, 9th Infantry Regiment, 14th Infantry Division, played by Ora Pell, Bede Marrow, Tam Osk "
             "and Lune Varga.\n")
    assert _cast_of(group) == {"Ora Pell": "", "Bede Marrow": "", "Tam Osk": "", "Lune Varga": ""}
    parts = ("Other Tale\nOther Tale is a 1999 film directed by Ivo Brandt. Kitty, played by Ora Pell, and Ruth by "
             "Lune Varga, flee the town. Meg, played by Bede Marrow, Kip's sister, sings.\n")
    assert _cast_of(parts) == {"Ora Pell": "Kitty", "Lune Varga": "Ruth", "Bede Marrow": "Meg"}


def test_a_sequels_or_remakes_casting_is_not_this_films_cast():
    from bot.facts import CastingEventFact
    text = ("Other Tale\nOther Tale is a 1950 drama film. It stars Ora Pell as Nell.\nProduction\n"
            "In the sequel, Lune Varga played Nell. For the planned remake, Ivo Brandt was cast as Tam. "
            "Kip Morrow played Nell in the 1962 remake.\n")
    facts = people.extract(parse_article(text))
    cast = {f.actor: f.character for f in facts if isinstance(f, CastFact)}
    assert cast == {"Ora Pell": "Nell"}
    assert not [f for f in facts if isinstance(f, CastingEventFact) and f.person == "Ivo Brandt"]


def test_a_player_cast_who_then_left_the_project_is_not_the_cast():
    cast = _cast_of("Other Tale\nOther Tale is a 1950 drama film. It stars Ora Pell.\nProduction\n"
                    "Kip Varga was cast as Tam but left the project in 1949. Ivo Brandt was cast as Nell.\n")
    assert "Kip Varga" not in cast
    assert cast["Ivo Brandt"] == "Nell"
