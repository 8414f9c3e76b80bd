"""Stock parts (issue 9): a part the article states by a word that is not written as the part's name.

"narrated by A" / "A narrates the film" / "the narration is spoken by A" give the part Narrator; "A appears as
herself", "A, B and C appear as themselves", a documentary's "interviews with A" give Himself / Herself. The fact
holds the stock part, its ``mention`` the word as the sentence writes it, and the evidence contract accepts that
word for the part only when the stock-part table maps it there (invented articles and names throughout)."""

from __future__ import annotations

from bot.article import parse_article
from bot.extract import people
from bot.facts import CastFact
from bot.trivia.questions import self_role

from .askkit import add_articles, ask


def _cast(text: str) -> dict[str, tuple[str, str]]:
    art = parse_article(text)
    out = {}
    for f in people.extract(art):
        if isinstance(f, CastFact):
            assert not f.missing_evidence(art.sentences[f.sentence].text), f
            out[f.actor] = (f.character, f.mention)
    return out


def test_narrated_by_in_the_lead_is_the_narrator():
    got = _cast("Other Tale\nOther Tale is a 2001 Ruritanian documentary film directed by Bede Marrow and narrated "
                "by Ora Pell.\n")
    assert got["Ora Pell"] == ("Narrator", "narrated")


def test_narrates_the_film_and_the_narration_is_spoken_by():
    got = _cast("Other Tale\nOther Tale is a 2001 Ruritanian drama film directed by Bede Marrow.\n\nCast\n"
                "Kip Morrow narrates the film.\nThe narration of the prologue is spoken by the actor Lune Varga.\n")
    assert got["Kip Morrow"] == ("Narrator", "narrates")
    got = _cast("Other Tale\nOther Tale is a 2001 Ruritanian drama film directed by Bede Marrow.\n\nCast\n"
                "The narration is spoken by the actor Lune Varga.\n")
    assert got["Lune Varga"] == ("Narrator", "narration")


def test_a_named_part_wins_over_the_narration():
    """A player who narrates and plays Tam is billed as Tam (one fact per player)."""
    got = _cast("Other Tale\nOther Tale is a 2001 Ruritanian drama film directed by Bede Marrow.\n\nCast\n"
                "Ivo Brandt as Tam\nLune Varga as Mira\n\nProduction\nIvo Brandt narrates the film.\n")
    assert got["Ivo Brandt"] == ("Tam", "")


def test_a_self_part_is_the_word_written():
    got = _cast("Other Tale\nOther Tale is a 2001 Ruritanian comedy film directed by Bede Marrow.\n\nCast\n"
                "Ivo Brandt as Tam\nThe singer Lune Varga appears as herself.\n")
    assert got["Lune Varga"] == ("Herself", "herself")


def test_as_do_gives_each_person_their_own_self():
    """'A appears as himself, as do B and C': B, a woman written in full, is Herself (stated by 'himself')."""
    got = _cast("Other Tale\nOther Tale is a 2001 Ruritanian comedy film directed by Bede Marrow, starring Ivo "
                "Brandt.\n\nCast\nThe singer Tam Osk appears as himself, as do Mary Varga and John Pell.\n")
    assert got["Tam Osk"] == ("Himself", "himself")
    assert got["Mary Varga"] == ("Herself", "himself")
    assert got["John Pell"] == ("Himself", "himself")


def test_themselves_goes_by_each_person_s_gender():
    got = _cast("Other Tale\nOther Tale is a 2018 heist film directed by Bede Marrow.\n\nCast\nIvo Brandt as Tam\n"
                "Mary Osk, John Varga and Kip Morrow all appear as themselves.\n")
    assert got["Mary Osk"] == ("Herself", "themselves")
    assert got["John Varga"] == ("Himself", "themselves")
    assert got["Kip Morrow"] == ("Themselves", "themselves")  # no given name or pronoun tells


def test_interviewees_are_themselves_only_when_their_gender_is_known():
    got = _cast("Other Tale\nOther Tale is a 2018 Ruritanian documentary film directed by Bede Marrow.\n\nSynopsis\n"
                "The film includes interviews with people such as: Mary Osk, Peter Varga, Kip Morrow.\n")
    assert got["Mary Osk"] == ("Herself", "interviews")
    assert got["Peter Varga"] == ("Himself", "interviews")
    assert got["Kip Morrow"] == ("", "")


def test_the_evidence_contract_takes_the_mention_for_a_stock_part_only():
    narrator = CastFact(sentence=0, actor="Ora Pell", character="Narrator", mention="narrates")
    assert narrator.evidence_texts() == [("actor", "Ora Pell"), ("character", "narrates")]
    assert narrator.missing_evidence("Ora Pell narrates the film.") == []
    assert narrator.missing_evidence("Ora Pell stars in the film.") == [("character", "narrates")]
    assert narrator.missing_evidence("Pell narrates the film.") == [("actor", "Ora Pell")]
    # a word the table maps to another part, or a named part, is never evidence for it: the mention is the actor's
    wrong = CastFact(sentence=0, actor="Ora Pell", character="Herself", mention="narrated")
    assert wrong.missing_evidence("Narrated by Ora Pell.") == [("actor", "narrated"), ("character", "Herself")]
    named = CastFact(sentence=0, actor="Ora Pell", character="Tam", mention="himself")
    assert named.missing_evidence("Ora Pell plays Tam.") == [("actor", "himself")]
    selves = CastFact(sentence=0, actor="Mary Osk", character="Herself", mention="themselves")
    assert selves.missing_evidence("Mary Osk and Kip Morrow appear as themselves.") == []


def test_stock_parts_are_no_character_a_quiz_asks_about():
    for part in ("Narrator", "Himself", "Herself", "Themselves"):
        assert self_role(part)


def test_who_narrates_answers_the_stock_narrator(tmp_path):
    db = tmp_path / "tale.db"
    add_articles(db, {"tale.txt": "Other Tale\nOther Tale is a 2001 Ruritanian documentary film directed by Bede "
                                  "Marrow and narrated by Ora Pell.\nProduction\nIt was shot in Ruritania.\n"})
    ans = ask(db, "who narrates other tale")
    assert "Ora Pell narrates it" in ans.answer and not ans.abstained
