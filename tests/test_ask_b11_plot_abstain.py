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
