"""/ask classes of dev batch 11's plot and unanswerable questions, each asked of an invented article: a name
asked of someone the story leaves unnamed ("what's the name of kip's daughter", "... of ora's dad's boss",
"... of the agent who tells kip", "what magazine does kip write for"), a sentence of someone else than whom the
question names, a question opening on its scene ("on osk island who ...", "after ivo tells kip ..., what does
kip do"), "who's the mastermind behind the plot" (no request for the plot), and "where is <character> from
originally" (the story's place, no casting). Never a confident wrong answer.
"""

from __future__ import annotations

import pytest

from bot.ask import intent as I
from bot.ask.model import CONFIDENT
from bot.matching import normalize

from .askkit import ask, library

_OTHER_TALE = (
    "Other Tale\n"
    "Other Tale is a 2011 Ruritanian thriller film directed by Lune Varga and starring Tam Vell and Pia Lanz.\n"
    "Plot\n"
    "Kip Morrow, a clerk at the harbour office, is moving into a new home with his wife and daughter.\n"
    "Kip Morrow is a harbour clerk and magazine writer who despises his job.\n"
    "Ora Pell, a game designer, has made many failures; her boss gives her one last chance to make a hit.\n"
    "After passing the papers to the harbour police, Kip learns from an agent that two smugglers work at the fort.\n"
    "Tam Osk and Bede Marrow both love Nell, who will be moving into their home to escape her cruel father.\n"
    "Lune Osk sings at the chapel.\n"
    "On Osk Island, Ivo Brandt sells out Kip Morrow and Ora Pell to the smugglers.\n"
    "Ivo Brandt tells Kip Morrow that he is his father. Horrified, Kip jumps into the sea and swims to the lighthouse.\n"
    "At the palace, Ora exposes Ivo Brandt as the mastermind behind the smuggling plot.\n"
    "Cast\n"
    "Tam Vell as Kip Morrow\n"
    "Pia Lanz as Ora Pell\n"
    "Ilse Dorn as Lune Osk\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return library(tmp_path_factory.mktemp("b11plot"), _OTHER_TALE)


@pytest.mark.parametrize("question", [
    "whats the name of kip morrow's daughter in other tale",  # "his wife and daughter": no name
    "whats the name of ora pell's boss in other tale",
    "whats the name of the agent who tells kip about the smugglers in other tale",  # "an agent"
    "what magazine does kip morrow write for in other tale",  # "magazine writer"
    "who is the father of lune osk's baby in other tale",  # the sentence with a "father" is of Nell
])
def test_a_name_the_story_leaves_unsaid_is_not_given(db, question):
    ans = ask(db, question)
    assert ans.abstained, ans.answer
    assert ans.confidence < CONFIDENT


def test_the_last_kin_of_a_chain_is_asked():
    """"ora's dad's boss": the boss's name, not the dad's, is what a sentence must give."""
    assert I.cue("kinship", normalize("whats the name of ora's dad's boss"))
    assert I.cue("kinship", normalize("what is the name of kip's daughter"))


@pytest.mark.parametrize("question, intent", [
    ("on osk island who sells out kip to the smugglers", "event"),
    ("after ivo tells kip he is his father what does kip do", "event"),
    ("where is tam from originally", "event"),
])
def test_a_question_opening_on_its_scene_is_the_storys(question, intent):
    assert I.classify(normalize(question), has_character=True) == intent


@pytest.mark.parametrize("question, said", [
    ("on osk island who sells out kip and ora to the smugglers in other tale", "Ivo Brandt"),
    # what Kip does is told in the sentence after the one telling the scene
    ("after ivo tells kip hes his father what does kip do in other tale", "jumps into the sea"),
    ("who's the real mastermind behind the smuggling plot in other tale", "mastermind"),
])
def test_quoted(db, question, said):
    ans = ask(db, question)
    assert said in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


def test_a_name_told_is_still_given(tmp_path):
    db = library(tmp_path, "Grey Shore\nGrey Shore is a 1990 Ruritanian drama film directed by Lune Varga.\n"
                           "Plot\nBede Marrow writes for the Osk Herald magazine. His daughter Nell keeps bees.\n")
    assert not ask(db, "what magazine does bede marrow write for in grey shore").abstained
    assert "Nell" in ask(db, "whats the name of bede marrow's daughter in grey shore").answer


def test_a_quote_of_someone_else():
    """A quote writing no word of the name asked about, nor a pronoun going on about someone, is of another."""
    from bot.ask.film import _asked_one_unwritten
    assert _asked_one_unwritten(("Lune Osk",), ["Tam and Bede both love Nell, who flees her cruel father."])
    assert not _asked_one_unwritten(("Lune Osk",), ["Lune's father is a smuggler."])
    assert not _asked_one_unwritten(("Lune Osk",), ["Years later, she marries a smuggler."])
    assert not _asked_one_unwritten((), ["Nell flees her cruel father."])


_GREY_FORT = (
    "Grey Fort\n"
    "Grey Fort is a 1964 Ruritanian war comedy film directed by Lune Varga and starring Tam Vell and Pia Lanz.\n"
    "Plot\n"
    "Ruritanian Army General Ivo K. Brandt is commander of Osk Fort, which houses the 12th Wing.\n"
    "Bede Marrow and his riders win several battles beside Captain Kip Morrow's men.\n"
    "Suddenly, however, Kip learns that another unit has been sent to support Tam Osk, who is Bede's rival. "
    "When Kip is forced to tell Bede, the furious warlord and his riders promptly abandon the fort.\n"
    "General Brandt then shoots and kills himself, while Kip finds the code on his desk.\n"
    "It is understood that Nell has left the school. "
    "It is revealed that Nell's father had debts and the family moved to the capital.\n"
    "Ora sings at the fair with Nell. Later, Kip convinces Ora to flee with him to Osk City.\n"
    "Cast\n"
    "Tam Vell as Kip Morrow\n"
    "Pia Lanz as Ora Pell\n"
    "Ilse Dorn as General Ivo K. Brandt\n"
)


@pytest.fixture(scope="module")
def fort(tmp_path_factory):
    return library(tmp_path_factory.mktemp("b11fort"), _GREY_FORT)


@pytest.mark.parametrize("question, said", [
    # the rank and the given name typed before the surname name him; his death is his fate
    ("what happens to general ivo k brandt in grey fort", "kills himself"),
    # "walk out on" as the article's "abandon", with the reason told in the sentence before
    ("why does bede marrow walk out on kip in grey fort", "another unit"),
    # a "why" whose sentence tells no reason: the one after it tells what led to it
    ("why did nell leave school in grey fort", "had debts"),
    # "where do A and B run off to": the sentence naming both and a place
    ("where are kip and ora planning to run off to in grey fort", "Osk City"),
])
def test_told_in_other_words_or_nearby(fort, question, said):
    ans = ask(fort, question)
    assert said in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


def test_a_rank_before_a_name_is_no_word_asked():
    from bot.ask.retrieve import ranked
    assert ranked("what happens to general jack d ripper", {"ripper"}) == {"general", "jack", "d"}
    assert ranked("why couldnt they call back major kong's bomber", {"kong"}) == {"major"}
    # a word of the story between them breaks the run ("kip" is asked about, "hate" is asked)
    assert ranked("why does kip hate ora", {"ora"}) == frozenset()


@pytest.mark.parametrize("question, said", [
    ("what does kip morrow want to do for a living in the long note", "music director"),
    ("what does ora pell do for a living in the long note", "entertainers"),
])
def test_a_job_told_as_a_craft_or_trade(tmp_path, question, said):
    db = library(tmp_path, "The Long Note\nThe Long Note is a 2018 Ruritanian drama film directed by Lune Varga.\n"
                           "Plot\nKip Morrow aspires to become a music director in the film industry. "
                           "Ora Pell owns an old bookstore and works with Tam Osk as unpopular children's entertainers.\n"
                           "Cast\nTam Vell as Kip Morrow\nPia Lanz as Ora Pell\n")
    ans = ask(db, question)
    assert said in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


def test_someone_seen_instead_of_another_is_no_casting():
    assert I.classify(normalize("who does ora see outside the college instead of kip"), has_character=True) != "casting"
    assert I.classify(normalize("who was cast instead of ivo brandt"), has_actor=True) == "casting"


_SALT_GATE = (
    "Salt Gate\n"
    "Salt Gate is a 1975 Ruritanian comedy film directed by Lune Varga and starring Tam Vell and Pia Lanz.\n"
    "Plot\n"
    "Ora Pell, a clockmaker, has failed many times. To impress her shy son Kip, Ora builds a talking clock.\n"
    "The clock escapes into the town; its aim is to find Rusty, the pet name of Ora's son.\n"
    "Bede, after finding a note from Osk Castle, rushes to the castle, only to learn the note was sent by a lonely prince.\n"
    "The smugglers choose Tam Osk to be frozen in ice. Tam survives the process and is given to the harbour master.\n"
    "Tam's uncle is the son of a miller.\n"
    "Tam, now free, begins a relationship with Nell, to which Ora gives her consent.\n"
    "Cast\n"
    "Tam Vell as Tam Osk\n"
    "Pia Lanz as Ora Pell\n"
)


@pytest.fixture(scope="module")
def gate(tmp_path_factory):
    return library(tmp_path_factory.mktemp("b11gate"), _SALT_GATE)


@pytest.mark.parametrize("question, said", [
    # someone the quote gives by kin is named where the plot names them
    ("whose pet name is rusty in salt gate", "Ora's son: Kip"),
    # a note of the story is written by someone of it, never the screenwriter
    ("who actually wrote the note that sends bede to osk castle in salt gate", "lonely prince"),
    # the sentence telling the scene is quoted with what came of it
    ("what happens to tam osk after they freeze him in salt gate", "given to the harbour master"),
    # "in a relationship with" is a romance the story tells, not a kinship
    ("who does tam osk end up in a relationship with at the end of salt gate", "Nell"),
])
def test_named_or_told_after(gate, question, said):
    ans = ask(gate, question)
    assert said in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


def test_a_note_written_is_no_credit():
    assert I.classify(normalize("who actually wrote the note that sends kip to the castle")) == "fallback"
    assert I.classify(normalize("who wrote the letter"), has_story=True) == "event"
    assert I.classify(normalize("who wrote the screenplay")) == "crew.writer"
