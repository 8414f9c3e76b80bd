"""/ask story questions asked by a frame rather than a verb: kinship, a name taken on, a job.

A member asks "Kip is Ora's what", "Lune is whose daughter", "kip's mom's name", "what fake name does Ivo
use", "who does Tam pretend to be", "what's Bede's job", "what does the title mean", "why does Ora want
to get Bede", "who does Ivo duel after he refuses to duel Tam"; the article tells it "Ora's partner and
son-in-law, Kip", "Lune, Ivo's daughter", "Kip's mother, Marta Osk", "under the pseudonym Rask",
"masquerading as Ivo", "Bede Marrow, a researcher at Ruritania Mills", "the title refers to ...", "the man
responsible for her brother's death, Bede", and (the sentence after the refusal) "Ivo has to duel Grell
instead". Each test is one class of such a
question, asked of an invented article; the answer must quote the sentence that tells it, below
confidence (a quoted sentence is never a confident answer).
"""

from __future__ import annotations

import pytest

from .askkit import add_articles, assert_quoted

_OTHER_TALE = (
    "Other Tale\n"
    "Other Tale is a 2016 Ruritanian crime film directed by Ilse Dorn and starring Pia Lanz.\n"
    "Plot\n"
    "Ora Pell and Kip Morrow arrive at the mill. Realising Kip is hurt, Ora fetches the doctor. "
    "Ora's old partner and son-in-law, Kip, reveals that Lune is pregnant. "
    "Among the guests are Bede, Kip, and Ora's granddaughter.\n"
    "The headmaster tells Marta Osk, Kip's mother, that he must leave the school. "
    "Tam Osk, its chief, trains his young son Ivo Brandt. His wife Marta worries that Ivo Brandt is not ready, "
    "but Tam believes he is.\n"
    "Ivo Brandt says the letter must have been a fake one, and some unknown men now hunt him. "
    "He takes a job at the mill under the pseudonym Rask, and befriends Lune Varga, Bede's daughter. "
    "Tam Osk meets the smugglers, masquerading as Ivo Brandt. "
    "Bede Marrow, a researcher at Ruritania Mills who admires Ivo, builds a machine.\n"
    "The next morning, Lune arranges for Ivo Brandt to duel Tam Osk, but Ivo Brandt refuses. "
    "As a punishment, Ivo Brandt has to duel the giant Grell instead. "
    "Ora Pell learns that the man responsible for her brother's death, Bede Voss, works at the mill. "
    "Ora Pell meets Bede Voss at the gate. Marta Osk bribes Ora Pell to put Kip in solitary confinement. "
    "Before taking Lune Varga to an isolated cell, Ora Pell cuts off Lune's hair. "
    "Kip Morrow hides that he is a sailor and offers to show his guest \"Nella\" around the capital. "
    "Bede Voss meets Kip Morrow, a friend of his wife's family. He slowly loses his devoted wife Sela and his mother.\n"
    "Lune Varga sits alone by the mill, reading a letter.\n"
    "Cast\n"
    "Pia Lanz as Lune Varga\n"
    "Production\n"
    "Other Tale is based on the 1987 Ruritania mill shootout. "
    "The title refers to the second story the mill's owner tells. Filming took a year. "
    "The writers cut Lune Varga's speech from the end of the script. "
    "The production was investigated after two horses were hurt during the shoot. Following an investigation, "
    "the Ruritania Film Board denied the film its seal. The editor held the footage to 88 minutes.\n"
)


@pytest.fixture
def tale(seeded_copy):
    add_articles(seeded_copy, {"other-tale.txt": _OTHER_TALE})
    return seeded_copy


# (what the answer must quote, the question), each named for the class it stands for.
_FRAMES = [
    pytest.param("son-in-law, Kip", "kip morrow is ora pell's what in other tale",
                 id="a_is_bs_what_quotes_the_kinship_word_that_names_a"),
    pytest.param("his young son Ivo", "tam osk is ivo brandt's what? how are they related in other tale",
                 id="how_related_prefers_the_kinship_word_beside_the_names_asked"),
    pytest.param("Tam Osk is Ivo Brandt's father", "tam osk is ivo brandt's what? how are they related in other tale",
                 id="a_is_bs_what_told_the_other_way_round_says_what_a_is"),
    pytest.param("Bede's daughter", "lune varga is whose daughter in other tale",
                 id="a_is_whose_daughter_is_a_story_question_not_the_cast_card"),
    pytest.param("his young son Ivo", "who is ivo brandt's father in other tale",
                 id="who_is_as_father_is_the_kin_a_sentence_names_not_a_player"),
    pytest.param("devoted wife Sela", "what is bede voss's wife called in other tale",
                 id="the_kin_asked_named_beside_its_word_not_another_kin_of_the_same_man"),
    pytest.param("sits alone by the mill", "what does lune varga do at the very end of other tale",
                 id="at_the_end_is_told_in_the_plots_last_paragraph"),
    pytest.param("Kip's mother", "kip morrow's mom's name in other tale",
                 id="a_kinship_word_as_typed_finds_the_articles_word"),
    pytest.param("pseudonym Rask", "what fake name does ivo brandt use when he takes the job in other tale",
                 id="a_fake_name_is_told_as_a_pseudonym"),
    pytest.param("masquerading as Ivo", "who does tam osk pretend to be in other tale",
                 id="pretending_to_be_someone_is_told_as_masquerading"),
    pytest.param('"Nella"', "what fake name does the guest go by with kip morrow in other tale",
                 id="a_fake_name_is_told_as_a_name_in_quotation_marks"),
    pytest.param("a researcher at Ruritania Mills", "whats bede marrow's job in other tale",
                 id="a_job_is_told_in_apposition_to_the_name"),
    pytest.param("the giant Grell", "who does ivo brandt have to duel after he refuses to duel tam osk in other tale",
                 id="after_a_scene_the_sentence_after_the_one_telling_it"),
    pytest.param("responsible for her brother's death", "why does ora pell want to get bede voss in other tale",
                 id="why_is_told_by_a_reason_about_both_names_whatever_the_verbs"),
    pytest.param("cuts off Lune's hair", "what does ora pell do to lune varga before putting her in solitary in other tale",
                 id="putting_someone_in_solitary_is_told_as_taking_them_to_an_isolated_cell"),
    pytest.param("refers to the second story", "what does the title other tale mean",
                 id="what_a_title_means_is_told_by_what_it_refers_to"),
    pytest.param("Ruritania mill shootout", "what real event is other tale based on",
                 id="a_real_event_is_named_by_what_happened"),
    pytest.param("two horses were hurt", "why did the ruritania film board deny other tale its seal",
                 id="why_a_sentence_following_on_is_told_by_the_one_before_it"),
    pytest.param("88 minutes", "how long is other tale",
                 id="a_running_time_told_in_prose"),
]


@pytest.mark.parametrize(("quoted", "question"), _FRAMES)
def test_a_story_frame_finds_the_sentence_that_tells_it(tale, quoted: str, question: str):
    assert_quoted(tale, question, quoted)
