"""/ask plot questions whose answer is not the first sentence that names the character asked about.

"what happens to Kip's mom and dad" is told by the sentence in which they undergo something ("have turned into
stones"), not by the last one that names them; "what happens to Ivo at the end" by his death told of the other name the
article gives him ("the Magpie is shot dead"), not by a later sentence that merely names him; a death told with "his" after another character's name is that character's. Each test is
one class, asked of an invented article; the quote is never a confident answer.
"""

from __future__ import annotations

import pytest

from .askkit import add_articles, ask, assert_quoted

_OTHER_TALE = (
    "Other Tale\n"
    "Other Tale is a 2016 Ruritanian fantasy film directed by Ilse Dorn and starring Pia Lanz.\n"
    "Plot\n"
    "Ora Pell and her parents drive to their new home in Ruritania. "
    "While Ora's parents eat at an empty stall, Ora meets a boy named Bede Marrow.\n"
    "Ora discovers that her parents have turned into stones and she cannot cross the river. "
    "Ora works in the mill for a year.\n"
    "Meanwhile, Ivo Brandt, inspired by the raid, turns himself into a thief called the Magpie. "
    "The Magpie and Tam Osk rob the mill. "
    "Tam Osk corners the thieves, but Kip Morrow throws a lamp, causing Tam Osk to stumble and fall to his death.\n"
    "The Magpie is shot dead by the guards on the roof. "
    "Lune Varga is asked to consult on the case, but Ivo says that he himself is the miller.\n"
    "Ora crosses the river to her restored parents, who do not remember anything.\n"
    "Cast\n"
    "Ari Kell as Ivo Brandt\n"
)


@pytest.fixture
def tale(seeded_copy):
    add_articles(seeded_copy, {"other-tale.txt": _OTHER_TALE})
    return seeded_copy


def test_what_befalls_someone_over_the_last_sentence_naming_them(tale):
    assert_quoted(tale, "what happens to ora's mom and dad in other tale", "turned into stones")


def test_a_fate_told_of_the_characters_other_name(tale):
    ans = assert_quoted(tale, "what happens to ivo brandt at the end of other tale", "The Magpie is shot dead")
    # the death "his" tells after another's name is that one's, not Ivo's
    assert "fall to his death" not in ans.answer, ans.answer


def test_a_death_told_with_his_after_another_name_is_not_the_askeds(tale):
    ans = ask(tale, "what happens to ivo brandt in other tale")
    assert "fall to his death" not in ans.answer, ans.answer


_JOBS = (
    "Osk Story\n"
    "Osk Story is a 2018 Ruritanian drama film directed by Ilse Dorn.\n"
    "Plot\n"
    "Young, successful horror novelist Lune Varga's new book is taking the country by storm.\n"
    "In the old quarter lives Bede Marrow, who pays little rent. He is a quiet man. "
    "Not following his father, he chooses to be a proofreader at a small press. "
    "Though Bede is a simple man, he gets scolded by his wife and his boss in his office.\n"
    "A comic book storekeeper, Tam Osk, and a retired detective, Kip Morrow, open an agency. "
    "Kip explains that it is the driver's policy not to stop.\n"
    "Ivo Brandt (Ari Kell) is a DYSP who married into a rich family. "
    "Lorcan, a thief, claims he knows the killer.\n"
    "Pia Lanz, a young farm girl working as a dishwasher, quits her job and heads to the capital. "
    "Ora Pell (Ari Kell), a shy amateur sculptor and clerk for a saddler, is praised by her employer. "
    "Pia thinks Ora must be a wealthy sculptor.\n"
    "In 1958, university professor Orrin Kell and his two daughters, Nella and Mira, move into an old house.\n"
)


@pytest.fixture
def jobs(seeded_copy):
    add_articles(seeded_copy, {"osk-story.txt": _JOBS})
    return seeded_copy


@pytest.mark.parametrize(("quoted", "question"), [
    # the occupation beside the name, before it ("novelist Lune Varga") or in apposition ("storekeeper, Tam")
    ("horror novelist", "what does lune varga do for a living in osk story"),
    ("comic book storekeeper", "what did tam osk do for work in osk story"),
    # ... or told of "he" going on about them, in a frame ("he chooses to be a proofreader")
    ("proofreader", "what's bede marrow's job in osk story"),
    # a frame right after the name tells a job the list does not hold; another's job is not his
    ("is a DYSP", "what is ivo brandt's job in osk story"),
    # a trade the list holds written as one word, in an appositive that runs past JOB_REACH words
    ("working as a dishwasher", "what job did pia lanz quit in osk story"),
    # the job in apposition to the name (a player in brackets between) over a later guess at it
    ("clerk for a saddler", "what is ora pell's day job in osk story"),
])
def test_a_job_beside_the_name_over_a_sentence_that_only_says_work(jobs, quoted: str, question: str):
    ans = assert_quoted(jobs, question, quoted)
    assert "driver's policy" not in ans.answer and "Lorcan" not in ans.answer, ans.answer


def test_a_parent_described_by_their_children_is_told_beside_them(jobs):
    # "the girls' dad": no one named; the job is told beside "his two daughters"
    assert_quoted(jobs, "what does the girls' dad do for a living in osk story", "university professor")


_RACE = (
    "Sled Tale\n"
    "Sled Tale is a 2013 Ruritanian sports film directed by Ilse Dorn.\n"
    "Plot\n"
    "Kip Morrow and Ora Pell are rival sled racers. "
    "Kip wins the Ruritanian Cup, but is disqualified after an inspection finds that his sled is too wide. "
    "Following his divorce, Kip regains his spirit and, when his disqualification in Ruritania is overturned, "
    "the points put him into contention.\n"
    "Kip's late rally in Ora's absence has pulled him within three points of Ora. "
    "After the second lap, Ora returns to the pits and decides to retire from the race, considering it far too "
    "dangerous.\n"
    "Years later, Mr. Tam Osk and his wife live in the capital. "
    "One day, after his boss stops him from helping a stranger, Tam loses his temper, resulting in Tam's dismissal.\n"
)


@pytest.fixture
def race(seeded_copy):
    add_articles(seeded_copy, {"sled-tale.txt": _RACE})
    return seeded_copy


@pytest.mark.parametrize(("quoted", "question"), [
    # the country asked by name is written by its adjective; of two sentences the words tie on, the one
    # giving a reason ("disqualified after an inspection finds ...") answers "why"
    ("too wide", "why does kip get disqualified in ruritania in sled tale"),
    # a phrasal verb the article writes otherwise ("retire from the race"), its reason given by "considering"
    ("too dangerous", "why does ora pull out of the race in sled tale"),
    # an honorific typed with the name is no word to find; "resulting in" gives the reason
    ("dismissal", "why does mr osk get fired in sled tale"),
])
def test_why_is_told_by_the_sentence_giving_a_reason(race, quoted: str, question: str):
    assert_quoted(race, question, quoted)


_SCENES = (
    "Other Tale\n"
    "Other Tale is a 2013 Ruritanian sports film directed by Ilse Dorn.\n"
    "Plot\n"
    "Ivo Brandt and Bede Marrow are rival drivers. "
    "The 1976 season starts with Ivo dominating the first two races while Bede struggles to catch up.\n"
    "At the Osk Grand Prix, Ivo urges the committee to cancel the race due to heavy rain. "
    "Most drivers start the race with wet tyres. "
    "On the third lap, a part of Ivo's car breaks, sending the car into a wall, then bursting into flames.\n"
    "Ora Pell arrives and races off with Tam Osk to find their children. "
    "She finds out that the children have stowed away, leaving Kip Morrow with babysitter Nella.\n"
    "Cast\n"
    "Ari Kell as Ivo Brandt\n"
)


@pytest.fixture
def scenes(seeded_copy):
    add_articles(seeded_copy, {"other-tale.txt": _SCENES})
    return seeded_copy


def test_where_an_event_happens_is_the_scene_its_paragraph_set(scenes):
    # the year says when, not what ("The 1976 season starts ..." tells no crash); the crash is told in
    # other words, and where it happens by the sentence that opened the paragraph
    assert_quoted(scenes, "where does ivo brandt crash in 1976 in other tale", "At the Osk Grand Prix")


def test_names_of_a_clause_of_time_set_the_scene_not_the_question(scenes):
    assert_quoted(scenes, "who's watching kip morrow when ora pell and the kids fly off to find tam osk in other tale", "Nella")


_KELL = (
    "Kell\n"
    "Kell is a 1976 Ruritanian sports drama film directed by Ilse Dorn.\n"
    "It tells the story of Kell Varga, a kind-hearted boxer working as a debt collector for a loan shark.\n"
    "Plot\n"
    "Kell meets his trainer Bede Marrow, and Bede's trainer Tam Osk. "
    "Meanwhile, Ivo Brandt, inspired by the fights, turns himself into a thief called the Magpie.\n"
    "The Magpie is shot by the police on the roof. "
    "Wendra reveals that Kell's love for Ora broke her curse. "
    "In midflight, Kell recalls the river, thus revealing Ora's real identity as the spirit of the river.\n"
    "Cast\n"
    "Ari Kell as Ivo Brandt\n"
    "Pia Lanz as Ora Pell\n"
    "Sam Rook as Kell Varga\n"
)


@pytest.fixture
def kell(seeded_copy):
    add_articles(seeded_copy, {"kell.txt": _KELL})
    return seeded_copy


def test_the_day_job_of_the_character_the_title_names(kell):
    # "Kell" is the film and its hero: the job beside the hero, never "Kell is a 1976 ... film", nor the
    # trainer that is Kell's ("his trainer Bede")
    ans = assert_quoted(kell, "what's kell's day job in the first movie", "debt collector")
    assert "1976" not in ans.answer, ans.answer


def test_an_event_told_of_the_characters_other_name(kell):
    assert_quoted(kell, "how does ivo brandt die in kell", "The Magpie is shot")


def test_who_someone_really_is_is_the_sentence_revealing_their_own_identity(kell):
    assert_quoted(kell, "who is ora pell actually in kell", "real identity")


_MARROW = (
    "Marrow Tale\n"
    "Marrow Tale is a 2017 Ruritanian crime film directed by Ilse Dorn.\n"
    "Plot\n"
    "Bede Marrow, a clerk, robs the mill with Tam Osk. "
    "Kip Morrow hunts the thieves across Ruritania.\n"
    "Kip corners Bede on the roof of the mill. "
    "Bede Marrow is taken to the asylum and locked away. "
    "Ora Pell visits Bede, who says that he himself is the miller.\n"
)


@pytest.fixture
def marrow(seeded_copy):
    add_articles(seeded_copy, {"marrow-tale.txt": _MARROW})
    return seeded_copy


def test_what_befalls_someone_at_the_end_over_a_later_mere_mention(marrow):
    # the sentence in which Bede undergoes something tells his fate; the later visit only names him (both quoted,
    # below confidence)
    ans = assert_quoted(marrow, "what happens to bede marrow at the end of marrow tale", "taken to the asylum")
    assert ans.confidence < 0.5, ans


_SCENE_BEFORE = (
    "Other Tale\n"
    "Other Tale is a 1982 Ruritanian crime film directed by Ilse Dorn.\n"
    "Plot\n"
    "Ivo Brandt and Bede Marrow stage a fight, and the pair kill two of the guards and flee.\n"
    "Two days later, Ivo and Bede kill Pia Lanz, an associate of theirs.\n"
    "Later that day, Ora Pell joins Tam Osk and Lune Varga at the Harbour Inn to check out a man in room 27. "
    "Ora waits downstairs while Tam and Lune head to room 27, where the man turns out to be Ivo. "
    "In the ensuing shootout, Ivo kills Tam and Lune, and escapes with Bede.\n"
    "Ivo and Bede attack the mill, killing everyone but the millers, whom Ivo invites to join him. "
    "Nella accepts; and when Kip Morrow retaliates, Ivo kills Kip.\n"
    "Cast\n"
    "Ari Kell as Ivo Brandt\n"
)


@pytest.fixture
def scene_before(seeded_copy):
    add_articles(seeded_copy, {"other-tale.txt": _SCENE_BEFORE})
    return seeded_copy


@pytest.mark.parametrize(("quoted", "question"), [
    # the place the question sets the killing in is told two sentences before the killing
    ("Ivo kills Tam and Lune", "which two people does ivo kill at the harbour inn in other tale"),
    # the clause of time ("when he attacks the mill") is told by the sentence before the one naming the victim
    ("Ivo kills Kip", "who does ivo kill when he attacks the mill in other tale"),
])
def test_the_scene_set_by_the_sentence_before_the_event(scene_before, quoted: str, question: str):
    ans = assert_quoted(scene_before, question, quoted)
    assert ans.confidence < 0.5, ans


_LATER_FATE = (
    "Other Tale\n"
    "Other Tale is a 1945 Ruritanian drama film directed by Ilse Dorn.\n"
    "Plot\n"
    "Kip Morrow, a meek clerk, paints at night. Tam Osk is convicted and put to death, and Kip goes unpunished.\n"
    "Haunted by the murder, Kip attempts to hang himself on the night of Tam's execution, but is rescued. "
    "Several years later, he has become homeless and destitute. "
    "Tormented by thoughts of Ora, Kip wanders the capital.\n"
)


@pytest.fixture
def later_fate(seeded_copy):
    add_articles(seeded_copy, {"other-tale.txt": _LATER_FATE})
    return seeded_copy


def test_at_the_end_runs_from_what_befell_them_to_the_last_told_and_an_attempt_is_no_death(later_fate):
    # a death only attempted ("attempts to hang himself, but is rescued") is no fate that ends the story; what
    # the plot tells of him after it, "he" between, is quoted with it
    ans = assert_quoted(later_fate, "what happens to kip morrow at the end of other tale", "homeless and destitute")
    assert ans.confidence < 0.5, ans


_OWNED_VICTIM = (
    "Other Tale\n"
    "Other Tale is a 1995 Ruritanian action film directed by Ilse Dorn.\n"
    "Plot\n"
    "After a show by the circus family, the Flying Morrows, Ivo Brandt arrives and threatens to blow up the tent.\n"
    "The Flying Morrows attempt to stop Ivo, but most of them get killed as a result. "
    "Only Kip Morrow survives.\n"
    "Kip, still troubled by the murder of his family, intends to kill Ivo.\n"
    "Ivo crashes the party. He nearly kills Tam, but Kip manages to save him.\n"
    "Meanwhile, Ora Pell takes the cure. Lune Varga, thinking Ora likes Bede, tells him not to use the serum. "
    "Bede uses the serum on himself but it backfires, giving him blue fur. "
    "With Bede piloting, the others take a jet to the border.\n"
)


@pytest.fixture
def owned_victim(seeded_copy):
    add_articles(seeded_copy, {"other-tale.txt": _OWNED_VICTIM})
    return seeded_copy


def test_who_killed_someones_family_is_asked_of_the_family(owned_victim):
    # "who killed A's family": the family is the one killed, not A ("He nearly kills Tam, but Kip ...")
    ans = ask(owned_victim, "who killed kip morrow's family in other tale")
    assert "Flying Morrows" in ans.answer or "murder of his family" in ans.answer, ans.answer
    assert ans.confidence < 0.5, ans


def test_taking_a_cure_is_told_as_using_it(owned_victim):
    assert_quoted(owned_victim, "what happens to bede marrow when he takes the serum in other tale", "blue fur")
