"""Cast frames from the blind long shapes and the corpus: a part's voice dubbed in the versions' languages,
a part named after "appears in a cameo as" / "appears on screen as", and a cast list's part glued to its
description by a lost line break ("TamA retired boxer"). Invented names only."""

from __future__ import annotations

from bot.article import parse_article
from bot.extract import people
from bot.facts import CastFact


def _pairs(text: str) -> set[tuple[str, str]]:
    """(actor, character) pairs of an invented article's cast."""
    return {(f.actor, f.character) for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}


def _article(lead: str, *sections: tuple[str, str]) -> str:
    body = "".join(f"{head}\n{para}\n" for head, para in sections)
    return f"Other Tale\nOther Tale is a 1990 drama film. {lead}\n{body}"


def test_a_parts_voice_dubbed_in_the_versions_languages_is_a_voice_credit():
    text = _article("It stars Ora Pell and Ivo Brandt.",
                    ("Cast", "Ivo Brandt as Tam Osk, a bird lover. Tam's Ruritanian and Vorlish voice is dubbed by Kip Rowe."))
    facts = [f for f in people.extract(parse_article(text)) if isinstance(f, CastFact) and f.actor == "Kip Rowe"]
    assert [(f.character, f.voice) for f in facts] == [("Tam", True)]


def test_a_players_singing_voice_dubbed_is_no_cast_credit():
    pairs = _pairs(_article("It stars Ora Pell and Ivo Brandt. Ora Pell's singing voice was dubbed by Lune Varga."))
    assert not any(actor == "Lune Varga" for actor, _ in pairs)


def test_a_part_named_after_appears_in_a_cameo_or_on_screen():
    pairs = _pairs(_article("It stars Ora Pell.",
                            ("Production", "Ivo Brandt appears in a cameo as Tam Osk. Kip Rowe also appears in a small "
                                           "role as Bede Marrow. Lune Varga appears on screen as Mira Vell.")))
    assert ("Ivo Brandt", "Tam Osk") in pairs
    assert ("Kip Rowe", "Bede Marrow") in pairs
    assert ("Lune Varga", "Mira Vell") in pairs
    listed = _pairs(_article("It stars Ora Pell.", ("Cast", "Lune Varga appears on screen as a wandering minstrel.")))
    assert ("Lune Varga", "wandering minstrel") in listed


def test_a_cast_list_part_glued_to_its_description_keeps_the_part_alone():
    pairs = _pairs(_article("It stars Ora Pell and Ivo Brandt.",
                            ("Cast", "Ora Pell as OraA domestic robot built by a scientist.\n"
                                     "Ivo Brandt as Tam \"Tammy\" OskA scientist and the son of a surgeon.")))
    assert ("Ora Pell", "Ora") in pairs
    assert ("Ivo Brandt", "Tam \"Tammy\" Osk") in pairs


def test_a_with_clause_player_playing_a_described_part_in_the_lead():
    pairs = _pairs(_article("It stars Tam Osk and Lune Varga, with Ivo Brandt playing the hero's friend."))
    assert ("Ivo Brandt", "hero's friend") in pairs
    wished = _pairs(_article("The studio wanted Tam Osk, with Ivo Brandt playing the hero's friend."))
    assert not any(actor == "Ivo Brandt" for actor, _ in wished)


def test_two_players_replaced_by_two_respectively_are_paired_in_order_never_crosswise():
    """Trivia round 18: "A and B were replaced by C and D, respectively" was read as B replaced by C, and a
    game asked "Who took over B's role?" with C as the answer."""
    from bot.article import parse_article
    from bot.extract import extract_all

    def replaced(sentence: str) -> set[tuple[str, str]]:
        facts = extract_all(parse_article(f"Other Tale\nOther Tale is a 2004 Ruritanian animated film. {sentence}\n"))
        return {(f.person, f.other) for f in facts.items if type(f).__name__ == "CastingEventFact" and f.event == "replaced"}

    assert replaced("Kip Morrow and Lune Varga were replaced by Ivo Brandt and Ora Pell, respectively; the hen "
                    "was voiced by Tam Osk.") == {("Kip Morrow", "Ivo Brandt"), ("Lune Varga", "Ora Pell")}
    assert replaced("In the voice cast, Kip Morrow, Bede Marrow and Lune Varga were replaced by Ivo Brandt, Tam Osk "
                    "and Ora Pell, respectively.") == {("Kip Morrow", "Ivo Brandt"), ("Bede Marrow", "Tam Osk"),
                                                       ("Lune Varga", "Ora Pell")}
    # Without "respectively" the article does not say who took whose part: no pair is guessed.
    assert replaced("In the voice cast, Kip Morrow and Lune Varga were replaced by Ivo Brandt and Ora Pell.") == set()
    assert replaced("In the voice cast, Kip Morrow was replaced by Ivo Brandt.") == {("Kip Morrow", "Ivo Brandt")}


def test_a_player_whose_given_name_stands_alone_on_a_line_cites_the_short_form_the_cited_line_writes():
    """Fuzzing found it: "Lune" alone on one line and "Varga as Tam's mother" on the next (a cast line broken
    in two), the full name stated elsewhere: the fact cites the second line, whose mention was "Lune"."""
    from bot.article import parse_article
    from bot.extract import extract_all

    text = ("Other Tale\nOther Tale is a 2018 Ruritanian drama film.\nCast\nKip Morrow as Tam\nLune\n"
            "Varga as Tam's mother\nAccolades\nRuritanian Guild of Film Critics — Best Supporting Actress "
            "(Lune Varga): nominated\n")
    article = parse_article(text)
    facts = extract_all(article)
    cast = [f for f in facts.items if type(f).__name__ == "CastFact" and f.actor == "Lune Varga"]
    assert cast and cast[0].character == "Tam's mother"
    for f in facts.items:
        sentence = article.sentences[f.sentence].text
        for field, value in f.evidence_texts():
            assert value in sentence, (field, value, sentence)
