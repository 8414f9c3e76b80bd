"""Yes-or-no answers said with confidence only when a fact checks the very relation asked, and the question's
intent not taken over by a name that only says which film, or which part.

Each test is one class seen in the blind dev questions (or an invented variant of one), asked of an invented
article: "is the narrator voiced by A" answered "yes, A is in the cast"; "did A play B" answered with A's own
part; "was it based on <a person>" answered with the source novel; "was it based on a play" answered "yes" for
any source; "is A the villain" answered with A's part; an award a sentence tells, missed for the ceremony's number
asked ("the 45th oscars"); "who did the music for <director>s <title>" answered with the director's part; "who
played <part>, the guy <character> shoots", "who played the sister of <character>" answered with the character's
player; "who composed the music <player> hums" answered with the player's part.
"""

from __future__ import annotations

import pytest

from bot.ask.model import CONFIDENT

from .askkit import add_articles, ask

_MILL_OF_ASH = (
    "Mill of Ash\n"
    "Mill of Ash is a 1972 Ruritanian drama film directed by Ilse Dorn, who also stars, and based on the novel "
    "The Grey Wheel by Lorcan Vell. It stars Ivo Brandt, Pia Lanz and Dorn.\n"
    "Plot\n"
    "Tam Osk, a miller, quarrels with his sister Nell Osk over the mill. Nell hires the drifter Bede Wale, and "
    "Tam holds a knife to Jory, the drifter's boy.\n"
    "Cast\n"
    "Ivo Brandt as Tam Osk\n"
    "Pia Lanz as Nell Osk\n"
    "Ilse Dorn as Bede Wale\n"
    "Kip Morrow as the Narrator\n"
    "Production\n"
    "Many viewers took Bede Wale for a portrait of the senator Orm Quist, a common misconception that Dorn denied.\n"
    "Music\n"
    "The score was composed by Lune Varga.\n"
    "Release\n"
    "Mill of Ash was released on 3 March 1972.\n"
    "Accolades\n"
    "The film marked Pia Lanz's first Academy Award nomination (for Best Supporting Actress).\n"
)


@pytest.fixture
def mill(seeded_copy):
    add_articles(seeded_copy, {"mill-of-ash.txt": _MILL_OF_ASH})
    return seeded_copy


def test_a_part_asked_with_the_player_is_checked_with_the_player(mill):
    # "did A play B": A is in the cast, as another part; the cast list gives B to someone else
    ans = ask(mill, "did ivo brandt play nell osk in mill of ash")
    assert not ans.answer.startswith("Yes"), ans.answer
    assert ans.answer.startswith("No") and "Pia Lanz" in ans.answer, ans.answer


def test_a_part_asked_by_what_it_is_is_checked(mill):
    # "is the narrator voiced by A": A is billed, but the narrator is another player's part
    ans = ask(mill, "is the narrator in mill of ash voiced by ivo brandt")
    assert not ans.answer.startswith("Yes"), ans.answer
    assert "Kip Morrow" in ans.answer, ans.answer
    # ... and the player's own part still says yes
    ans = ask(mill, "was tam osk played by ivo brandt in mill of ash")
    assert ans.answer.startswith("Yes"), ans.answer


def test_based_on_a_person_is_no_yes_from_the_novel(mill):
    # the source the facts hold is a novel: "was it based on <a person>" is not answered by it with confidence
    ans = ask(mill, "was mill of ash based on orm quist")
    assert not ans.confident, ans.answer
    # the sentence that ties the subject to a basing word, or the source said as not naming the subject
    assert "misconception" in ans.answer or "doesn't say" in ans.answer, ans.answer
    # ... while the kind of work asked is answered by it
    ans = ask(mill, "is mill of ash based on a novel")
    assert ans.answer.startswith("Yes") and "The Grey Wheel" in ans.answer, ans.answer


def test_a_makers_name_before_the_title_says_which_film(mill):
    # "<director>s <title>": the director (who also acts) only says which film; the composer is asked
    ans = ask(mill, "who did the music for ilse dorns mill of ash")
    assert "Lune Varga" in ans.answer, ans.answer
    assert "Bede Wale" not in ans.answer, ans.answer


def test_the_head_part_beats_a_name_in_its_description(mill):
    # "who played jory, the boy tam osk holds a knife to": Jory is asked, never Tam Osk's player
    ans = ask(mill, "who played jory, the boy tam osk holds a knife to")
    assert "Ivo Brandt" not in ans.answer or ans.confidence < CONFIDENT, ans.answer
    assert "Jory" in ans.answer, ans.answer


def test_a_part_typed_after_the_player_is_checked(mill):
    # "is A the villain": A is billed as another part, and nothing calls it the villain
    ans = ask(mill, "is ivo brandt the villain in mill of ash")
    assert not ans.answer.startswith("Yes") and ans.confidence < CONFIDENT, ans.answer
    ans = ask(mill, "is kip morrow the narrator in mill of ash")
    assert ans.answer.startswith("Yes"), ans.answer


def test_the_kind_of_source_asked_is_checked(mill):
    # the source is told as a novel: "based on a play" gets no yes, and no confident no either
    for q in ("was mill of ash based on a play", "was mill of ash adapted from a film"):
        ans = ask(mill, q)
        assert not ans.answer.startswith("Yes") and ans.confidence < CONFIDENT, (q, ans.answer)
        assert "novel" in ans.answer, ans.answer


def test_an_award_told_by_a_sentence_for_the_ceremony_asked_by_number(mill):
    # "at the 45th oscars": the edition's number is no category the sentence must write
    ans = ask(mill, "what was lanz nominated for at the 45th oscars for mill of ash")
    assert "Best Supporting Actress" in ans.answer and ans.confidence < CONFIDENT, ans.answer


def test_the_kin_of_a_part_written_with_of_is_that_kin(mill):
    # "the sister of tam osk" is Tam Osk's sister, never Tam Osk's player
    ans = ask(mill, "who played the sister of tam osk in mill of ash")
    assert "Pia Lanz" in ans.answer and "Ivo Brandt" not in ans.answer, ans.answer


def test_the_composer_asked_first_beats_a_player_named_after(mill):
    # "who composed the music <player> hums": the composer is asked; the player is in a clause
    ans = ask(mill, "who composed the music ivo brandt hums in mill of ash")
    assert "Lune Varga" in ans.answer and "Tam Osk" not in ans.answer, ans.answer
