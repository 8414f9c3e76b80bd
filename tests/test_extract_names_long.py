"""Issue 9 (held-out cast/crew recall): names, narrators and credits stated the ways long articles state them.

Invented articles only (Ora Pell, Bede Marrow, Ivo Brandt, Tam Osk, Lune Varga, Kip Morrow, Ruritania)."""

from __future__ import annotations

from bot.article import parse_article
from bot.extract import extract_all


def _facts(body: str, lead: str = "Other Tale is a 2004 drama film."):
    return extract_all(parse_article(f"Other Tale\n{lead} {body}\n")).items


def _crew(body: str, lead: str = "Other Tale is a 2004 drama film.") -> set[tuple[str, str]]:
    return {(f.role, f.name) for f in _facts(body, lead) if f.KIND == "crew"}


def _cast(body: str, lead: str = "Other Tale is a 2004 drama film.") -> set[tuple[str, str]]:
    return {(f.actor, f.character) for f in _facts(body, lead) if f.KIND == "cast"}


def test_a_quoted_nickname_stays_inside_the_name():
    """'directed by Ora "Kit" Pell' credits the whole name, never the given name alone."""
    crew = _crew("", lead='Other Tale is a 1984 drama film directed by Ora "Kit" Pell from a screenplay by Tam Osk.')
    assert ("director", 'Ora "Kit" Pell') in crew
    assert ("director", "Ora") not in crew
    cast = _cast('Wen was played by the comedian Bede "Big Bede" Marrow in his first dramatic role.')
    assert ("Bede \"Big Bede\" Marrow", "Wen") in cast


def test_a_title_in_quotes_before_a_part_is_no_nickname():
    """'In "Other Tale," Nurse Wen (Ora Pell)': a segment's title is no player's nickname."""
    cast = _cast('In "Salt Road," Nurse Wen (Ora Pell) returns home.')
    assert all(not a.startswith("In ") for a, _ in cast)


def test_a_catalan_i_joins_two_surnames():
    """'Bede Marrow i Osk' is one name (Catalan joins a person's two surnames with 'i')."""
    crew = _crew("", lead="Other Tale is a 2004 drama film directed by Bede Marrow i Osk.")
    assert ("director", "Bede Marrow i Osk") in crew



def _cast_in(section: str, body: str) -> set[tuple[str, str]]:
    text = f"Other Tale\nOther Tale is a 2004 drama film directed by Kip Morrow.\n{section}\n{body}\n"
    return {(f.actor, f.character) for f in extract_all(parse_article(text)).items if f.KIND == "cast"}


def test_a_part_named_only_by_what_it_is_before_played_by():
    """'The lighthouse keeper is voiced by A', 'The sister superior of the convent is played by B': in a cast
    section the described subject is the part, as written; '…, and the grandfather, seen in flashbacks, by C'
    reads the next part past its aside."""
    assert ("Ora Pell", "lighthouse keeper") in _cast_in("Cast", "The lighthouse keeper is voiced by Ora Pell in her last role.")
    assert ("Tam Osk", "sister superior") in _cast_in("Cast", "The sister superior of the convent is played by Tam Osk.")
    got = _cast_in("Cast", "The role of Wen's mother, Mina, is voiced by Lune Varga, and the grandfather, seen in "
                           "flashbacks, by the veteran actor Ivo Brandt in his final role.")
    assert {("Lune Varga", "Mina"), ("Ivo Brandt", "grandfather")} <= got


def test_a_described_subject_outside_the_cast_section_is_no_part():
    """'The devil was played by A' in a paragraph about a spoof is no part of this film, and 'The role is played
    by A' names no part."""
    assert all(c != "devil" for _, c in _cast_in("Legacy", "A cartoon spoofed the film. The devil was played by Ora Pell."))
    assert all(c != "role" for _, c in _cast_in("Cast", "The role is played by Ora Pell."))


def _lead_cast(lead: str) -> set[tuple[str, str]]:
    text = f"Other Tale\n{lead}\nProduction\nThe film was shot in Ruritania.\n"
    return {(f.actor, f.character) for f in extract_all(parse_article(text)).items if f.KIND == "cast"}


def test_and_after_a_described_part_adds_a_player():
    """'with A as the heroine and B in a role whose identity is kept secret': B is the next player, never
    the name of A's part (only a comma names it: 'as the champion, Kip Morrow')."""
    got = _lead_cast("Other Tale is a 1940 serial. It stars Ora Pell as a federal inspector, with Tam Osk as the "
                     "heroine and Ivo Brandt in a role whose identity is kept secret.")
    assert ("Ivo Brandt", "") in got
    assert all(c != "Ivo Brandt" for _, c in got)
    got = _lead_cast("Other Tale is a 1940 serial. It stars Ora Pell as an inspector who battles a hooded figure, "
                     "with Tam Osk as the heroine and Ivo Brandt in a role whose identity is kept secret.")
    assert ("Ivo Brandt", "") in got


def test_a_named_part_after_a_described_one_past_a_who_clause():
    """'stars A as the photographer Wen, who ran a studio, with B as her husband Edmund and C as her assistant,
    Mina Quinn': C plays Mina Quinn; the appositive is no player."""
    got = _lead_cast("Other Tale is a 2013 film. The film stars Ora Pell as the photographer Wen Harwood, who ran a "
                     "portrait studio, with Ivo Brandt as her husband Edmund and Tam Osk as her assistant, Mina Quinn.")
    assert ("Tam Osk", "Mina Quinn") in got
    assert all(a != "Mina Quinn" for a, _ in got)


def test_a_part_in_apposition_that_went_to_a_player():
    """'The villain, Tam Osk, went to A, by then a familiar heavy' casts A as Tam Osk; 'went to A for advice'
    is a visit."""
    assert ("Ivo Brandt", "Wen Osk") in _cast_in("Casting", "The villain, Wen Osk, went to Ivo Brandt, by then a familiar heavy.")
    assert all(c != "Wen Osk" for _, c in _cast_in("Casting", "The villain, Wen Osk, went to Ivo Brandt for advice."))


def test_a_parts_voice_or_lines_given_by_a_player():
    """'The Envoy's booming voice was supplied by the radio announcer A', 'Wen's lines in the English version are
    spoken by B': the owner is the part; a billed player's voice dubbed ('Osk's voice') is no part."""
    assert ("Lune Varga", "Envoy") in _cast_in("Cast", "The Envoy's booming voice was supplied by the radio announcer Lune Varga.")
    assert ("Lune Varga", "Wen") in _cast_in("Voice cast", "Wen's lines in the English version are spoken by Lune Varga.")
    got = _lead_cast("Other Tale is a 2004 film starring Tam Osk. Osk's voice was provided by Lune Varga.")
    assert all(c != "Osk" for _, c in got)


def test_an_anthologys_segment_credits_are_the_films():
    """'The segment was photographed by A', 'B photographed both the Ruritania and Osk segments', and in a
    'Segments' section 'Salt (Ruritania), written and directed by Varga, follows ...' credit the film's crew."""
    text = ("Other Tale\nOther Tale is a 2019 anthology film. The segments were directed by Lune Varga and Kip Ross.\n"
            "Segments\nSalt (Ruritania), written and directed by Varga, follows a cook in a kebab shop. The segment was "
            "photographed by Ivo Brandt.\nDusk (Ruritania City), directed by Ross and co-written by her and Tam Osk, is about a "
            "widower.\nProduction\nOra Pell photographed both the Ruritania and Osk segments, and the entire film was "
            "edited by Bede Marrow.\n")
    crew = {(f.role, f.name) for f in extract_all(parse_article(text)).items if f.KIND == "crew"}
    assert {("writer", "Lune Varga"), ("cinematographer", "Ivo Brandt"), ("writer", "Tam Osk"),
            ("cinematographer", "Ora Pell"), ("editor", "Bede Marrow")} <= crew


def test_a_crew_verb_after_and_credits_the_clauses_subject():
    """'A had conceived the story in 2005 and wrote the screenplay with B', 'The studio's president, C, acquired
    the rights in 1994 and produced the film'; never 'wrote the screenplay for Other Story' (another work)."""
    crew = _crew("Tam Osk had conceived the story in 2005 and wrote the screenplay with Lune Varga.")
    assert {("writer", "Tam Osk"), ("writer", "Lune Varga")} <= crew
    crew = _crew("Ruritania Studio's president, Ivo Brandt, acquired the rights to the book in 1994 and produced the film.")
    assert ("producer", "Ivo Brandt") in crew
    assert ("writer", "Ivo Brandt") not in _crew("Ivo Brandt read the novel and wrote the screenplay for Other Story.")


def test_work_on_the_script_credits_a_writer():
    """'Later A worked on the script' credits a writer; 'worked on the script of Other Story' (another work) and
    'never worked on the script' do not; a writer written two ways ('Tamsin K. Osk', 'Tamzin Osk') is one."""
    assert ("writer", "Lune Varga") in _crew("Later Lune Varga worked on the script.")
    assert ("writer", "Lune Varga") not in _crew("Lune Varga worked on the script of Other Story.")
    assert ("writer", "Lune Varga") not in _crew("Lune Varga never worked on the script.")
    crew = _crew("Tamzin Osk worked on the script for a few weeks.",
                 lead="Other Tale is a 1982 film written by Ora Pell and Tamsin K. Osk.")
    assert [n for r, n in crew if r == "writer" and n.endswith("Osk")] == ["Tamsin K. Osk"]


def test_a_documentarys_subject_named_by_trade_is_no_crew():
    """'a documentary about the samba composer A', 'about the life of the cinematographer B': the film's subject,
    never its composer or cinematographer; 'with music by composer C' still credits C."""
    assert ("composer", "Ora Pell") not in _crew("", lead="Other Tale is a 2011 documentary film about the samba composer Ora Pell.")
    assert ("cinematographer", "Tam Osk") not in _crew(
        "", lead="Other Tale is a 2011 documentary about the life of the cinematographer Tam Osk.")
    assert ("composer", "Ivo Brandt") in _crew("", lead="Other Tale is a 2011 drama film with music by composer Ivo Brandt.")


def test_a_billed_player_spelt_another_way_in_the_plot_keeps_the_part():
    """'starring Jo Peleena' then, in the plot, 'Jo Pelina plays the title role of Inspector Wen': one player
    (a transliteration's vowels), with the part; the cited sentence's spelling is the mention."""
    text = ("Other Tale\nOther Tale is a 2004 comedy film directed by Kip Ross and starring Jo Peleena and Ora Pell.\n"
            "Plot\nJo Pelina plays the title role of Inspector Wen, who goes to a village.\n")
    cast = [f for f in extract_all(parse_article(text)).items if f.KIND == "cast"]
    jo = [f for f in cast if f.actor == "Jo Peleena"]
    assert len(jo) == 1 and jo[0].character == "Inspector Wen" and jo[0].mention == "Jo Pelina"
    assert not any(f.actor == "Jo Pelina" for f in cast)


def test_a_lone_surname_credit_is_the_credited_person_of_that_name():
    """'Pell produced the film' where the lead's director is Ora Pell and her brother Kip Pell acts: the director;
    'Osk wrote the screenplay' for the director 'Tam Osk Varga' (a double surname), not the father 'Ivo Osk'."""
    crew = _crew("Her brother Kip Pell appears as a clerk. Pell produced the film together with Lune Varga.",
                 lead="Other Tale is a 1926 drama film directed by Ora Pell.")
    assert ("producer", "Ora Pell") in crew and ("producer", "Kip Pell") not in crew
    crew = _crew("The director's father, the retired fisherman Ivo Osk, appears as a man mending nets. "
                 "Osk wrote the screenplay with Lune Varga over two years.",
                 lead="Other Tale is a 2004 drama film directed by Tam Osk Varga.")
    assert ("writer", "Tam Osk Varga") in crew and ("writer", "Ivo Osk") not in crew


def test_people_who_play_themselves():
    """'The novelist A, who wrote the film's dialogue, plays herself at a party' and 'The singer Big Osk (B)
    appears as himself': the real name plays himself, and the stage name is no part of his."""
    assert ("Lune Varga", "Herself") in _cast_in(
        "Cast", "The novelist Lune Varga, who wrote the film's dialogue, plays herself at a party.")
    got = _cast_in("Cast", "The singer Big Osk (Kip Ross) appears as himself performing at the party.")
    assert ("Kip Ross", "Himself") in got and ("Kip Ross", "Big Osk") not in got


def test_a_crew_member_in_a_part_of_the_film():
    """'Osk himself voices the village priest', 'Ross herself can be seen as a waitress in the diner scene',
    'A voices a group of woodlice': the writer or director in a described part, in the cast section."""
    text = ("Other Tale\nOther Tale is a 1985 film written by Kip Ross, directed by Tam Osk and starring Ora Pell.\n"
            "Cast\nOsk himself voices the village priest. Ross herself can be seen as a waitress in the diner scene. "
            "Ivo Brandt voices a group of woodlice.\n")
    cast = {(f.actor, f.character) for f in extract_all(parse_article(text)).items if f.KIND == "cast"}
    assert {("Tam Osk", "village priest"), ("Kip Ross", "waitress"), ("Ivo Brandt", "group of woodlice")} <= cast


def test_a_credited_person_named_by_the_job_in_a_cameo():
    """'The novelist herself appears in a cameo as a fish auctioneer', '..., and the film's composer appears briefly,
    uncredited, as a bandleader': the one person the article credits with the job plays the part, the sentence's
    words for them kept as the mention. ('Based on the novel ... by A' at a sentence's start, and 'The score and
    the seven songs were written by B' credit A and B.)"""
    text = ("Other Tale\nOther Tale is a 2004 drama film directed by Kip Ross. Based on the novel of the same name by "
            "Lune Varga, it is set in a fishing village.\nMusic\nThe score and the seven songs were written by Ivo "
            "Brandt, with lyrics by Bede Marrow.\nCast\nThe novelist herself appears in a cameo as a fish auctioneer "
            "at the market. The singer Tam Osk appears as herself, and the film's composer appears briefly, "
            "uncredited, as a bandleader.\n")
    facts = extract_all(parse_article(text)).items
    crew = {(f.role, f.name) for f in facts if f.KIND == "crew"}
    assert {("based_on_author", "Lune Varga"), ("composer", "Ivo Brandt")} <= crew
    cast = {f.actor: (f.character, f.mention) for f in facts if f.KIND == "cast"}
    assert cast["Lune Varga"] == ("fish auctioneer", "The novelist")
    assert cast["Ivo Brandt"] == ("bandleader", "the film's composer")


def test_the_next_part_by_its_player_is_not_a_list_of_players():
    """'Tam was played by A, and Miss Wen by B': the next part with its player, not a group played by A and
    'Miss W' (a name cut short to slip past the 'by' after it)."""
    got = _cast_in("Cast", "Tam was played by Ora Pell, and Miss Wen by Lune Varga, in her only film role.")
    assert {("Ora Pell", "Tam"), ("Lune Varga", "Miss Wen")} <= got


def test_a_player_opening_a_clause_after_a_part_is_no_list():
    """'Tam's coach, Wen Osk, is played by A, and B appears as Tam's girlfriend Mina': A plays Wen Osk (B opens a
    clause of its own, not a list of players sharing the part)."""
    got = _cast_in("Cast", "Kip Morrow plays the cricketer Tam. Tam's coach, Wen Osk, is played by Ora Pell, and Lune "
                           "Varga appears as Tam's girlfriend Mina.")
    assert {("Ora Pell", "Wen Osk"), ("Lune Varga", "Mina")} <= got
