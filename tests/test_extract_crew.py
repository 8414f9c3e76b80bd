"""Crew credits by frame, names and coreference, on invented articles (no corpus needed).

Each case is a shape a real article uses, with invented names: a frame must read every role with
its own words (bot/vocab/crew.toml), and never credit another work's people.
"""

from __future__ import annotations

import pytest

from bot.article import parse_article
from bot.extract import people


def _article(lead: str, *sections: tuple[str, str]) -> str:
    body = "".join(f"\n\n{h}\n{p}" for h, p in sections)
    return f"Example Picture\n{lead}{body}\n"


def _crew(text: str) -> set[tuple[str, str]]:
    return {(f.role, f.name) for f in people.extract(parse_article(text)) if f.KIND == "crew"}


def _facts(text: str):
    return [f for f in people.extract(parse_article(text)) if f.KIND == "crew"]


LEAD = "Example Picture is a 2011 drama film directed by Mara Quell."


@pytest.mark.parametrize(
    "sentence, role, name",
    [
        ("Tobin Ashgrove composed the film's orchestral score.", "composer", "Tobin Ashgrove"),
        ("Tobin Ashgrove was responsible for the film's original score.", "composer", "Tobin Ashgrove"),
        ("The music director of the film is Tobin Ashgrove.", "composer", "Tobin Ashgrove"),
        ("Tobin Ashgrove has composed the background music for this film.", "composer", "Tobin Ashgrove"),
        ("Tobin Ashgrove scores music to the film and editing is handled by Lia Brandt.", "composer", "Tobin Ashgrove"),
        ("Tobin Ashgrove scores music to the film and editing is handled by Lia Brandt.", "editor", "Lia Brandt"),
        ("Rafe Oduya has served as the cinematographer.", "cinematographer", "Rafe Oduya"),
        ("Rafe Oduya is the cinematographer of the film.", "cinematographer", "Rafe Oduya"),
        ("The black and white cinematography was by Rafe Oduya, and the film was edited by Lia Brandt.",
         "cinematographer", "Rafe Oduya"),
        ("The black and white cinematography was by Rafe Oduya, and the film was edited by Lia Brandt.",
         "editor", "Lia Brandt"),
        ("Money problems forced cinematographer Rafe Oduya to shoot only on weekdays.", "cinematographer", "Rafe Oduya"),
        ("Editor Lia Brandt suggested the opening title card.", "editor", "Lia Brandt"),
        ("Quell and his cinematographer, Rafe Oduya, shot from the back seat.", "cinematographer", "Rafe Oduya"),
        ("Rafe Oduya, the film's cinematographer, regrets the decision.", "cinematographer", "Rafe Oduya"),
        ("Rafe Oduya and Tobin Ashgrove were selected to be the cinematographer and music composer for the project.",
         "composer", "Tobin Ashgrove"),
        ("Rafe Oduya served as the cinematographer and Lia Brandt as the editor.", "editor", "Lia Brandt"),
        ("Quell hired Tobin Ashgrove, his collaborator on two shorts, to compose the music score.",
         "composer", "Tobin Ashgrove"),
        ("Tobin Ashgrove, who scored her debut, returned to score the film.", "composer", "Tobin Ashgrove"),
        ("Critics praised Tobin Ashgrove's original score.", "composer", "Tobin Ashgrove"),
        ("Pim Castellan joined the project as producer through his own banner alongside Ines Voll.",
         "producer", "Pim Castellan"),
        ("Pim Castellan, Ines Voll and Oskar Lind will produce the film under their banner.", "producer", "Oskar Lind"),
        ("Akiro Tanne was brought in to rewrite the script.", "writer", "Akiro Tanne"),
    ],
)
def test_each_frame_credits_the_role(sentence, role, name):
    assert (role, name) in _crew(_article(LEAD, ("Production", sentence)))


@pytest.mark.parametrize(
    "lead, role, name",
    [
        ("Example Picture is a 2018 Tamil drama film written and directed by K Ravanan.", "writer", "K Ravanan"),
        ("Example Picture is a 1999 Tamil film directed by Sundar P.", "director", "Sundar P."),
        ("Example Picture is a 2018 film written by Dulo (story) and Gary Pell.", "writer", "Gary Pell"),
        ("Example Picture is a 2018 film written by Ann Orr along with Bea Pike.", "writer", "Bea Pike"),
        ("Example Picture is a 1941 film directed by the veteran Hal Rudd.", "director", "Hal Rudd"),
    ],
)
def test_names_in_credits(lead, role, name):
    assert (role, name) in _crew(_article(lead))


def test_surname_credit_resolves_to_the_full_name_and_keeps_the_mention():
    text = _article("Example Picture is a 1982 action film directed by Wendell Roe. It stars Ada Finch.",
                    ("Production", "The screenplay was written by Roe and Milo Strand."))
    facts = [f for f in _facts(text) if f.role == "writer"]
    assert {f.name for f in facts} == {"Wendell Roe", "Milo Strand"}
    roe = next(f for f in facts if f.name == "Wendell Roe")
    assert roe.mention == "Roe"
    assert roe.missing_evidence(parse_article(text).sentences[roe.sentence].text) == []


def test_family_credit_is_every_member_the_article_names():
    text = _article("Example Picture is a 2018 western film written, directed, and produced by the Vane brothers.",
                    ("Production", "Joel Vane and Ethan Vane wrote the script in 2002."))
    crew = _crew(text)
    assert ("director", "Joel Vane") in crew and ("director", "Ethan Vane") in crew
    assert not any(n == "Vane" for _, n in crew)


@pytest.mark.parametrize(
    "lead",
    [
        "Example Picture is a 2018 film directed by Basil Orme and Produced by Northlight Productions.",
        "Example Picture is a 1941 film directed by Paris-born actor-director Gil Varre.",
    ],
)
def test_never_a_role_word_or_descriptor_as_a_name(lead):
    names = {n for _, n in _crew(_article(lead))}
    assert not names & {"Produced", "Paris-born"}
    assert names & {"Basil Orme", "Gil Varre"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The soundtrack includes 1970s rock music by Dale Emmet and Sten Wood.",
        "The lyrics for the songs were written by Kavi Ran.",
        "It was sung by Nila Ash and written by Sonu Varm.",
        "Upon the film's release, a novelization of the screenplay was written by Rosa Dell.",
        "The film was preceded by a short film titled Other Title, directed by Gus Ryd.",
        "The art direction of the film is handled by Kiran Kath.",
        "Vipin Rao of The Daily Chronicle gave the soundtrack 3.5 out of 5.",
        "Bern Ash, who had served as producer on Other Title, was announced as the film's director.",
        "Richard Maun was approached to write a script, but turned down the offer.",
        "Music was borrowed from Elmo Burns's score to Another Picture.",
    ],
)
def test_other_works_and_other_jobs_credit_nobody(sentence):
    crew = _crew(_article(LEAD, ("Production", sentence)))
    assert crew <= {("director", "Mara Quell"), ("director", "Bern Ash")}, crew
    assert ("director", "Other Title") not in crew


def test_plot_music_is_not_a_credit():
    text = _article(LEAD, ("Plot", "Mervyn plays music by Nikolai Orsk at the ball."))
    assert not any(r == "composer" for r, _ in _crew(text))


@pytest.mark.parametrize("sentence, want, unwanted", [
    ("The film is produced by popular producer and distributor Ada Quill under her company.",
     {("producer", "Ada Quill")}, set()),
    ("A portion was shot at a university, the director and producer Ada Quill's alma mater.",
     {("producer", "Ada Quill")}, set()),
    ("The 1936 film Other Story, directed by Bo Lunt, was inspired by the same incident.",
     set(), {("director", "Bo Lunt")}),
])
def test_more_crew_shapes(sentence, want, unwanted):
    from bot.article import parse_article
    from bot.extract import extract_all

    art = parse_article(f"Invented Film\nInvented Film is a 2001 film.\nProduction\nFilming began. {sentence}\n")
    got = {(f.role, f.name) for f in extract_all(art).items if f.KIND == "crew"}
    assert want <= got and not (unwanted & got)


@pytest.mark.parametrize("lead, role, name", [
    ("T is a 2001 film directed by Ora Pell and produced by Tara Singer.", "producer", "Tara Singer"),
    ("Narrated by Ivo Brand, T marked Pell's last film appearance, and was produced by Rafe Duncan.", "producer",
     "Rafe Duncan"),
    ("T is a 2001 film. Story, screenplay and directed by Ora Pell.", "writer", "Ora Pell"),
])
def test_more_credit_shapes(lead, role, name):
    from bot.article import parse_article
    from bot.extract import extract_all

    facts = extract_all(parse_article("T\n" + lead + "\n")).items
    assert (role, name) in {(f.role, f.name) for f in facts if f.KIND == "crew"}


def test_a_job_of_the_director_is_no_credit_list():
    from bot.article import parse_article
    from bot.extract import extract_all

    art = parse_article("T\nT is a 2018 film directed by Ora Pell as his maiden direction and produced by Rafe Duncan.\n")
    assert ("director", "Rafe Duncan") not in {(f.role, f.name) for f in extract_all(art).items if f.KIND == "crew"}


@pytest.mark.parametrize("sentence, want", [
    ("Ivo Brandt wrote and directed the film.", {("writer", "Ivo Brandt"), ("director", "Ivo Brandt")}),
    ("Ivo Brandt directed, produced, and edited the film.", {("director", "Ivo Brandt"), ("producer", "Ivo Brandt"),
                                                             ("editor", "Ivo Brandt")}),
    ("Ivo Brandt produced, wrote the screenplay, and stars in this comic adaptation.",
     {("producer", "Ivo Brandt"), ("writer", "Ivo Brandt")}),
    ("Ivo Brandt wrote and directed several short films before this.", set()),
])
def test_one_subject_with_several_jobs(sentence, want):
    from bot.article import parse_article
    from bot.extract import extract_all

    art = parse_article("Zzyzx Road\nZzyzx Road is a film.\nProduction\n" + sentence + "\n")
    got = {(f.role, f.name) for f in extract_all(art).items if f.KIND == "crew"}
    assert got == want
