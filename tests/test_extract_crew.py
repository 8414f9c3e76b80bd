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
        ("Example Picture is a 1994 film directed by Ivo Brandt, from a screenplay co-written with Ora Pell.",
         "writer", "Ora Pell"),
        ("Example Picture is a 1994 film directed by Ivo Brandt, from a screenplay co-written with Ora Pell.",
         "writer", "Ivo Brandt"),
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


# --- frames and guards added for issue 9's crew figures (invented names and sentences) ---------


@pytest.mark.parametrize("section, sentence, role, name", [
    # jobs and names paired by "respectively"
    ("Production", "Cinematography and editing were handled by Rafe Oduya and Lia Brandt respectively.",
     "cinematographer", "Rafe Oduya"),
    ("Production", "Cinematography and editing were handled by Rafe Oduya and Lia Brandt respectively.",
     "editor", "Lia Brandt"),
    # passive with a participle that needs the film as subject
    ("Production", "It was filmed by Rafe Oduya on location.", "cinematographer", "Rafe Oduya"),
    # "worked on" the score (a director's crew only)
    ("Music", "Tobin Ashgrove worked on the music score, along with supervisor Ines Voll.", "composer", "Tobin Ashgrove"),
    # engaged to do the role's work
    ("Music", "Before Tobin Ashgrove and Ines Voll were engaged to provide the music, talks were held with others.",
     "composer", "Ines Voll"),
    # a counted description before the names
    ("Music", "The film features original songs composed by two composers, Tobin Ashgrove and Ines Voll.",
     "composer", "Ines Voll"),
    # a relative clause about this (unnamed) film
    ("Production", "Mara Quell was hired to make her feature film debut, which would be co-financed and produced by "
     "Pim Castellan and Oskar Lind.", "producer", "Oskar Lind"),
    # "the musical score" is the film's work, not a stage musical
    ("Music", "The musical score for Example Picture was composed by Tobin Ashgrove.", "composer", "Tobin Ashgrove"),
    # a sentence-opening word before a pre-modifier; a joint possessive
    ("Production", "As producer Pim Castellan read the novel, he suggested the studio adapt it.", "producer",
     "Pim Castellan"),
    ("Production", "The producers Pim Castellan and Oskar Lind's contract let them greenlight a project.", "producer",
     "Oskar Lind"),
    # a credit list line
    ("Crew", "Music director: Tobin Ashgrove, Ines Voll, Sam R. S.", "composer", "Ines Voll"),
    ("Crew", "Director of Photography (Song): R. K. Oduya", "cinematographer", "R. K. Oduya"),
    # "under the direction of"
    ("Production", "The team began work on the sequel script, under the direction of Mara Quell.", "director",
     "Mara Quell"),
])
def test_new_frames_credit_the_role(section, sentence, role, name):
    assert (role, name) in _crew(_article(LEAD, (section, sentence)))


@pytest.mark.parametrize("lead, role, name", [
    ("Example Picture is a 1932 French film by Jean-Paul Orsk, based on a novel by Ada Finch.", "director",
     "Jean-Paul Orsk"),
    ("Example Picture is a 2007 documentary film by writer and director Kip Morrow about roads.", "writer",
     "Kip Morrow"),
    ("Example Picture is a 1980 comedy film, the tenth feature project from director Ivo Brandt.", "director",
     "Ivo Brandt"),
    ("Example Picture is a 1999 Tamil drama film directed by Sundar K. The film features Ora Pell.", "director",
     "Sundar K."),
    ("Example Picture is a 2015 drama film directed by Asad ul Venn.", "director", "Asad ul Venn"),
    ("Example Picture was directed by Paul Orme, Jr., and both he and Ada Finch produced the film.", "director",
     "Paul Orme, Jr."),
    ("Example Picture is a 1980 American space opera film directed by Ivo Brandt and written by Leigh Amber.",
     "writer", "Leigh Amber"),
    ("Example Picture is a 1987 horror film directed by Sam Rudd, and a parody sequel to the 1981 film Old Title.",
     "director", "Sam Rudd"),
])
def test_new_lead_shapes(lead, role, name):
    assert (role, name) in _crew(_article(lead))


@pytest.mark.parametrize("section, sentence", [
    ("Production", "In 1975 Wendell Roe was making Other Title with editor Lia Brandt."),
    ("Production", "The launch was attended by directors Ivo Brandt, Ora Pell and producer Pim Castellan."),
    ("Production", "Mara Quell was directed by cinematographer Rafe Oduya in a short."),
    ("Production", "They met Italian film producer Pim Castellan, the owner of a distribution company."),
    ("Production", "As told by editor Lia Brandt in a radio documentary, the team lacked footage."),
    ("Production", "The style was influenced by filmmaker Wendell Roe and his cinematographer Rafe Oduya."),
    ("Music", "Composer Tobin Ashgrove wrote a song called \"Blue Hour\" for the film but only four bars were used."),
    ("Release", "Before the release, screenwriter Akiro Tanne claimed that the film copied his concept."),
    ("Music", "Tobin Ashgrove, who composed the score for Other Title, wrote a theme for the film."),
    ("Production", "A disappointed Akiro Tanne then wrote a script titled Other Title to show his vision."),
    ("Music", "Tobin Ashgrove provided the background score for a single sequence."),
    ("Release", "Screenwriters Akiro Tanne and Bea Pike wrote the English-language dialogue for the dub."),
    ("Production", "The film was produced and distributed by the home production of Pim Castellan, Ashgrove Films."),
    ("Music", "Also heard is \"Blue Hour\", written by Bea Pike and Ada Finch, a ballad of the era."),
    ("Reception", "The site showed a collection of reviews written by outlets including Ora Pell."),
])
def test_new_guards_credit_nobody(section, sentence):
    crew = _crew(_article(LEAD, (section, sentence)))
    assert crew <= {("director", "Mara Quell")}, crew


@pytest.mark.parametrize("heading, before, credit", [
    ("Home media", "In 1993, a studio released the English dub of Example Picture on video.",
     "It was produced by Pim Castellan and Oskar Lind."),
    ("Radio", "A radio play adaptation of Example Picture was broadcast in 1983.", "Its director was Ivo Brandt."),
    ("Awards", "The team went on to produce a musical version of the movie.", "The libretto was by Bea Pike, "
     "direction by Ivo Brandt."),
])
def test_a_paragraph_about_another_version_credits_nobody(heading, before, credit):
    crew = _crew(_article(LEAD, (heading, f"{before} {credit}")))
    assert crew <= {("director", "Mara Quell")}, crew


def test_a_banner_the_article_names_is_a_company_not_a_producer():
    lead = ("Example Picture is a 2015 comedy film directed by Mara Quell under the production banner Acme Toy Guns. "
            "The film was produced, financed and developed by Acme Toy Guns.")
    crew = _crew(_article(lead))
    assert ("producer", "Acme Toy Guns") not in crew


def test_began_writing_the_script_is_a_writing_credit():
    crew = _crew(_article(LEAD, ("Production", "Following the studio's request, Akiro Tanne began writing a script "
                                                "based on a novel.")))
    assert ("writer", "Akiro Tanne") in crew


@pytest.mark.parametrize("sentence, want, unwanted", [
    ("Her treatment was then developed into a new script by Bea Pike.", set(), {("writer", "Bea Pike")}),
    ("In addition to Bea Pike, Ada Finch and Ora Pell were hired to rewrite the script.",
     {("writer", "Ada Finch"), ("writer", "Ora Pell")}, {("writer", "Bea Pike")}),
])
def test_drafts_and_prepositions(sentence, want, unwanted):
    crew = _crew(_article(LEAD, ("Production", sentence)))
    assert want <= crew and not (unwanted & crew), crew


def test_a_partner_alongside_a_joined_producer_shares_the_job():
    crew = _crew(_article(LEAD, ("Production", "Pim Castellan joined the project as producer through his own "
                                               "banner alongside Ines Voll.")))
    assert {("producer", "Pim Castellan"), ("producer", "Ines Voll")} <= crew


def test_one_of_the_songs_is_no_film_credit():
    crew = _crew(_article(LEAD, ("Music", "One of the songs has been written and composed by Ada Finch and sung by "
                                          "Ora Pell.")))
    assert not any(r == "composer" for r, _ in crew), crew


def test_a_job_by_a_described_maker():
    crew = _crew(_article(LEAD, ("Reception", "The film was praised for the shadowy camera work by cinematographer "
                                              "Rafe Oduya, but criticized for its plot.")))
    assert ("cinematographer", "Rafe Oduya") in crew


@pytest.mark.parametrize("section, sentence, role, name", [
    ("Music", "Tobin Ashgrove, who had worked with Quell on an earlier short, composed the score.", "composer",
     "Tobin Ashgrove"),
    ("Production", "He also brought in Pim Castellan from another studio as producer.", "producer", "Pim Castellan"),
    ("Production", "The studio hired television writer Akiro Tanne to write the script.", "writer", "Akiro Tanne"),
])
def test_relative_clauses_and_engagements(section, sentence, role, name):
    assert (role, name) in _crew(_article(LEAD, (section, sentence)))


def test_a_capitalised_descriptor_before_a_job_word_is_no_name():
    crew = _crew(_article("Example Picture is a 2018 horror film written and directed by the Ruritanian actor and "
                          "filmmaker Sol Verrin."))
    assert {("writer", "Sol Verrin"), ("director", "Sol Verrin")} <= crew


@pytest.mark.parametrize("sentence", [
    "Tobin Ashgrove was hired by Wendell Roe to compose the film score.",
    "The film was produced by Ivo Singer.",
])
def test_engagement_by_and_job_word_surnames(sentence):
    crew = _crew(_article(LEAD, ("Production", sentence)))
    assert ("composer", "Wendell Roe") not in crew
    if "Singer" in sentence:
        assert ("producer", "Ivo Singer") in crew


def test_a_job_verb_inside_a_relative_clause():
    crew = _crew(_article(LEAD, ("Music", "Tobin Ashgrove, who supervised the music and composed the score, won a "
                                          "prize for the theme.")))
    assert ("composer", "Tobin Ashgrove") in crew


@pytest.mark.parametrize("lead, want, unwanted", [
    ("Example Picture is a 1950 film noir directed by Mara Quell and the second film adaptation of the 1937 novel "
     "Old Title.", {("director", "Mara Quell")}, set()),
    ("Example Picture (also known as E.X.A.M.P.L.E.) is a 1980 comedy film, the tenth feature project from director "
     "Ivo Brandt.", {("director", "Ivo Brandt")}, set()),
    ("Example Picture is a 2005 remake of the 1970 film by Ivo Brandt.", set(), {("director", "Ivo Brandt")}),
])
def test_lead_predicates_and_other_films(lead, want, unwanted):
    crew = _crew(_article(lead))
    assert want <= crew and not (unwanted & crew), crew


def test_a_source_work_as_the_subject_credits_no_composer():
    text = _article(LEAD, ("Music", "Two old songs are recreated. Their originals were written by Ada Finch and Bea "
                                    "Pike, and were composed by Ora Pell and Kip Morrow respectively."))
    assert not any(r in {"composer", "writer"} for r, _ in _crew(text))


def test_a_name_after_a_titled_name_starts_a_clause():
    text = _article(LEAD, ("Production", "According to producer Ora Pell, Kip Morrow said he wanted to work again. "
                                         "Producers Bede Marrow, Ivo Brandt and Tam Osk agreed."))
    assert _crew(text) >= {("producer", "Ora Pell"), ("producer", "Bede Marrow"), ("producer", "Tam Osk")}
    assert ("producer", "Kip Morrow") not in _crew(text)


def test_credits_lines_with_a_label():
    text = _article(LEAD, ("Production", "It was shot in May.\nMusic by: Ora Pell and Kip Morrow\n"
                                         "Cinematography: Bede Marrow\nMusic director: Ivo Brandt, Tam Osk"))
    assert _crew(text) >= {("composer", "Ora Pell"), ("composer", "Kip Morrow"), ("cinematographer", "Bede Marrow"),
                           ("composer", "Ivo Brandt"), ("composer", "Tam Osk")}


@pytest.mark.parametrize("sentence, want", [
    ("Marrow ended up receiving the onscreen directorial credit.", {("director", "Bede Marrow")}),
    ("Ivo Brandt received sole screenplay credit.", {("writer", "Ivo Brandt")}),
    ("The directorial credit went to Tam Osk.", {("director", "Tam Osk")}),
    ("Ivo Brandt did not receive directorial credit.", set()),
    ("Tam Osk took over as director.", {("director", "Tam Osk")}),
])
def test_screen_credits(sentence, want):
    text = _article("Example Picture is a 2011 drama film starring Bede Marrow.", ("Production", sentence))
    assert _crew(text) == want


@pytest.mark.parametrize("sentence, want, unwanted", [
    ("At Cannes, Marrow and co-writer Ivo Brandt won the award for Best Screenplay.",
     {("writer", "Bede Marrow"), ("writer", "Ivo Brandt")}, set()),
    ("Art director Kip Morrow and co-writer Ivo Brandt visited a convention.", {("writer", "Ivo Brandt")},
     {("writer", "Kip Morrow")}),
    ("It was adapted by Ivo Brandt, with uncredited revisions by Kip Morrow and Lune Varga.",
     {("writer", "Ivo Brandt"), ("writer", "Kip Morrow"), ("writer", "Lune Varga")}, set()),
])
def test_co_credits_and_revisions(sentence, want, unwanted):
    text = _article("Example Picture is a 2011 drama film directed by Bede Marrow.", ("Production", sentence))
    assert _crew(text) >= want and not _crew(text) & unwanted


def test_one_director_spelt_two_ways_is_one_credit():
    text = _article("Example Picture is a 2011 drama film directed by Sayanton Varga.",
                    ("Production", "Work began under the direction of Sayantan Varga."))
    assert [n for r, n in _crew(text) if r == "director"] == ["Sayanton Varga"]


@pytest.mark.parametrize("lead, want, unwanted", [
    ("Example Picture is a 2013 film directed by Ora Pell from a screenplay he co-wrote with Bede Marrow.",
     {("director", "Ora Pell"), ("writer", "Ora Pell"), ("writer", "Bede Marrow")}, set()),
    ("Example Picture is a 2022 film written by Ivo Brandt from stories by Lune Varga and Kip Morrow.",
     {("writer", "Ivo Brandt"), ("story", "Lune Varga"), ("story", "Kip Morrow")}, set()),
    ("Example Picture is a 1952 film directed by Ora Pell. Bede Marrow was codirector and cinematographer.",
     {("director", "Bede Marrow"), ("cinematographer", "Bede Marrow")}, set()),
    ("Example Picture is a 1994 film directed by Ora Pell from a screenplay by Ivo Brandt, based on the "
     "1939 screenplay by Tam Osk and Lune Varga.", {("writer", "Ivo Brandt")},
     {("writer", "Tam Osk"), ("writer", "Lune Varga")}),
    ("Example Picture is a 2018 western film based on short stories written by Tam Osk.", set(), {("story", "Tam Osk")}),
    ("Example Picture is a 1920 film produced by Ora Players-Marrow and directed by Ivo Brandt.",
     {("director", "Ivo Brandt")}, {("producer", "Ora Players-Marrow")}),
])
def test_credit_shapes_of_film_leads(lead, want, unwanted):
    """Shapes from film leads: a pronoun's own screenplay, plural stories, one person's two jobs
    without an article; a dated earlier screenplay, a story collection and a merged studio credit nothing."""
    got = _crew(_article(lead))
    assert got >= want and not got & unwanted


def test_adapted_for_the_screen_credits_the_film_writers():
    """"from the novel by C, adapted for the screen by A and B": A and B wrote this film; the novelist did not."""
    got = _crew(_article("Example Picture is a 1961 drama film directed by Ora Pell from Kip Morrow's 1959 novel "
                         "of the same name, adapted for the screen by Pell and Bede Marrow."))
    assert {("writer", "Ora Pell"), ("writer", "Bede Marrow")} <= got and ("writer", "Kip Morrow") not in got


def test_possessive_and_attributive_work_in_a_review():
    """A critic's "the lensing by A", "a B score", "C's music" credit the crew even in reception prose;
    "a Ruritania score" (a place) and "Dolby" are nobody's; an ellipsis ends a name ("A...Then")."""
    from bot.article import parse_article
    from bot.extract import extract_all

    art = parse_article("Other Tale\nOther Tale is a 2001 film directed by Ora Pell.\nReception\nArt direction and "
                        "the lensing by Ivo Brandt all emphasize the grimness of prison life. There is a Tam Osk score "
                        "that fits the mood, and Kip Morrow's music is poignant. It had a Dolby soundtrack and a "
                        "Ruritania score. Topnotch lensing by Lune Varga...Bede Marrow gives a strong account.\n")
    crew = {(f.role, f.name) for f in extract_all(art).items if f.KIND == "crew"}
    assert {("cinematographer", "Ivo Brandt"), ("composer", "Tam Osk"), ("composer", "Kip Morrow")} <= crew
    assert not any("Dolby" in n or "Ruritania" in n or "..." in n for _r, n in crew)


def test_an_honorific_epithet_before_a_name_is_not_part_of_it():
    """"scored by Maestro Kip Morrow": the epithet is billing, not a first name; the later bare
    "Kip Morrow" is the same person, one credit."""
    from bot.article import parse_article
    from bot.extract import extract_all

    art = parse_article("Other Tale\nOther Tale is a 2018 drama film directed by Ora Pell. The film's score and "
                        "soundtrack are scored by music maestro Isaignani Kipraja.\nSoundtrack\nThe background music "
                        "is composed by veteran music director Kipraja.\n")
    crew = [(f.role, f.name) for f in extract_all(art).items if f.KIND == "crew" and f.role == "composer"]
    assert crew == [("composer", "Kipraja")]


def test_rewriting_the_script_is_a_writing_credit():
    got = _crew(f"Example Picture\n{LEAD}\nProduction\nLune Varga and Kip Morrow rewrote the script during filming.\n")
    assert got >= {("writer", "Lune Varga"), ("writer", "Kip Morrow")}
    other = _crew(f"Example Picture\n{LEAD}\nProduction\nTam Osk rewrote the ending of the novel for the stage.\n")
    assert not any(r == "writer" for r, _n in other)


# Crew in narrative prose, class by class (invented names; the film is "Other Tale", its lead names
# Mara Quell as director). Each shape is read for every role with the words of bot/vocab/crew.toml.
OTHER_LEAD = "Other Tale is a 2011 drama film directed by Mara Quell."


def _other(sentence: str, heading: str = "Production") -> set[tuple[str, str]]:
    return _crew(f"Other Tale\n{OTHER_LEAD}\n\n{heading}\n{sentence}\n")


@pytest.mark.parametrize(
    "sentence, role, name",
    [
        # the film's own title as the subject of a passive credit
        ("Other Tale was written by Ora Pell.", "writer", "Ora Pell"),
        # a reflexive between the subject and its verb
        ("Ora Pell himself wrote the screenplay.", "writer", "Ora Pell"),
        # an adaptation without "for the screen", and "adapt" as the job of an engagement
        ("Ora Pell adapted the novel.", "writer", "Ora Pell"),
        ("Ora Pell adapted the novel by Kip Morrow.", "writer", "Ora Pell"),
        ("Quell hired Ora Pell to adapt the novel.", "writer", "Ora Pell"),
        ("Quell passed the story to the Ruritanian poet Ora Pell to adapt as a screenplay.", "writer", "Ora Pell"),
        # a phrasal engagement verb with its particle after the object
        ("Quell brought Ora Pell in to rewrite the script.", "writer", "Ora Pell"),
        # writers named by their job, then their work on the script
        ("The project was in development for years, with writers Ora Pell and Bede Marrow working on the screenplay.",
         "writer", "Bede Marrow"),
        ("The film adaptation of Other Tale had been in development for years, with writers Ora Pell and Bede Marrow "
         "working on the screenplay.", "writer", "Ora Pell"),
        ("Executive producer Ivo Brandt visited the set in May.", "executive_producer", "Ivo Brandt"),
        # "X cut the film", "X shot the film": a full name that is not the lead's director
        ("Tam Osk cut the film in six weeks.", "editor", "Tam Osk"),
        ("Lune Varga shot the film in black and white.", "cinematographer", "Lune Varga"),
        ("Bede Marrow re-edited the film in 1998.", "editor", "Bede Marrow"),
        # sentence-initial appositive
        ("The film's editor, Tam Osk, disliked the ending.", "editor", "Tam Osk"),
        # a relative clause between the subject and the predicate
        ("Ivo Brandt, who had produced three of her shorts, was announced as the film's producer.",
         "producer", "Ivo Brandt"),
        # each name of a subject list with its own job
        ("Director Mara Quell and associate director Tam Osk edited the film together.", "editor", "Mara Quell"),
        ("Director Mara Quell and associate director Tam Osk edited the film together.", "editor", "Tam Osk"),
        # a partner list that goes on after a company aside
        ("Lune Varga also produced the film, along with Kip Morrow through his Ruritania Studios, and Ivo Brandt.",
         "producer", "Ivo Brandt"),
        ("Ivo Brandt produced the film for Lune Pictures.", "producer", "Ivo Brandt"),
        # a second group sharing the credit
        ("The film was directed by Mara Quell, with uncredited contributions by Ivo Brandt and Tam Osk.",
         "director", "Tam Osk"),
        # roles in brackets after the names
        ("The crew included Lune Varga (cinematography), Tam Osk (editing) and Kip Morrow (music).",
         "editor", "Tam Osk"),
        ("The crew included Lune Varga (cinematography), Tam Osk (editing) and Kip Morrow (music).",
         "composer", "Kip Morrow"),
        ("The film features music by Kip Morrow, with songs by Tam Osk.", "composer", "Kip Morrow"),
        # the job passing to another person
        ("The film's producer was Ivo Brandt, but Bede Marrow later stepped in after the former fell ill.",
         "producer", "Bede Marrow"),
        # a producer named by the company he owns
        ("Quell said that besides directing he was also co-producing the film along with Ivo Brandt's Lune Pictures.",
         "producer", "Ivo Brandt"),
        # a pronoun in a subject list is the person credited before it
        ("The film was directed by Mara Quell, and both she and Ora Pell produced the film.", "producer", "Mara Quell"),
        # "the two": the two people named last before it
        ("With Ivo Brandt directing from a script by himself and Ora Pell, the two will also produce the film.",
         "producer", "Ora Pell"),
        ("With Ivo Brandt directing from a script by himself and Ora Pell, the two will also produce the film.",
         "producer", "Ivo Brandt"),
        ("The film was produced by Ivo Brandt's company, Lune Films, in 1979.", "producer", "Ivo Brandt"),
        # the sole credit of the job just named
        ("Quell had to hire five cinematographers, with sole credit being given to Lune Varga, who came halfway "
         "through the shoot.", "cinematographer", "Lune Varga"),
        # an engagement for a job's work, an engagement with its particle, a copula left out
        ("Quell turned to Kip Morrow for the score.", "composer", "Kip Morrow"),
        ("Ora Pell was brought on to write the screenplay.", "writer", "Ora Pell"),
        ("Tam Osk was the editor, and Lune Varga the cinematographer.", "cinematographer", "Lune Varga"),
        # a passive credit whose clause runs long after the name (to a colon): its subject is still the film
        ("The film was edited by Ora Pell, and is extensively discussed in his memoir When the Cutting Began and "
         "the Long Nights Ended: A Story.", "editor", "Ora Pell"),
        # this film one of two
        ("Both films were photographed by Lune Varga.", "cinematographer", "Lune Varga"),
        # the film's own title after a possessive credit is no other work
        ("Kip Morrow's original score to Other Tale the Movie was released on an album in 2010.", "composer",
         "Kip Morrow"),
        # attached as a job; unhyphenated co- forms; a company's job title before the name
        ("Tam Osk and Bede Marrow worked on a script and Ora Pell became attached as producer.", "producer", "Ora Pell"),
        ("Other Tale was cowritten by Lune Pictures development writer Ora Pell and Bede Marrow.", "writer", "Ora Pell"),
        ("Ivo Brandt coproduced the film.", "producer", "Ivo Brandt"),
        # a relative clause on one name after a preposition is still that person's job
        ("It was the only film of director Ora Pell, who also co-wrote the screenplay.", "writer", "Ora Pell"),
        # a pronoun subject's partners; a bare job noun before "of the film"; a review-free producer roll
        ("He co-wrote the screenplay with Ora Pell.", "writer", "Ora Pell"),
        ("The trio also co-produced the film with Ora Pell and Bede Marrow.", "producer", "Bede Marrow"),
        ("Ora Pell and Bede Marrow were executive producers of the film.", "executive_producer", "Bede Marrow"),
        ("Ora Pell was producer of the film.", "producer", "Ora Pell"),
        # the owner of a named company, and a company's or a place's job title before a name
        ("It was produced by Ora Pell's Lune Entertainment.", "producer", "Ora Pell"),
        ("It was directed by Ruritania film director Ora Pell in her debut.", "director", "Ora Pell"),
        # made by the person's company
        ("Other Tale was made by Ivo Brandt's company, Lune Films, in early 1979.", "producer", "Ivo Brandt"),
    ],
)
def test_prose_credit_classes(sentence, role, name):
    assert (role, name) in _other(sentence)


@pytest.mark.parametrize(
    "sentence, role, name",
    [
        # the lead's director shooting, a studio trimming: no cinematographer, no editor
        ("Mara Quell shot the film in Ruritania in 30 days.", "cinematographer", "Mara Quell"),
        ("The producers cut the film by ten minutes.", "editor", "The producers"),
        ("Ivo Brandt cut the film by ten minutes after the premiere.", "editor", "Ivo Brandt"),
        # a character, the novel's author, another work
        ("Ivo Brandt plays the producer Tam Osk.", "producer", "Tam Osk"),
        ("Ora Pell adapted the novel into a stage play.", "writer", "Ora Pell"),
        ("Quell hired Ora Pell to adapt the novel into a stage musical.", "writer", "Ora Pell"),
        ("The film is based on the novel written by Kip Morrow.", "writer", "Kip Morrow"),
        ("Ivo Brandt produced the film Other Story for Lune Pictures.", "producer", "Ivo Brandt"),
        ("Quell approached Kip Morrow for the score, but he declined.", "composer", "Kip Morrow"),
        ("Quell chose Kip Morrow for the music of Other Story.", "composer", "Kip Morrow"),
        # the title as the subject of another clause: the documentary's credit
        ("Other Tale is featured in the 2017 documentary Ora Pell: A Life about its director, directed and produced "
         "by Bede Marrow.", "director", "Bede Marrow"),
        ("Other Tale is featured in a documentary about its director, directed and produced by Bede Marrow.",
         "producer", "Bede Marrow"),
        # a first choice, replaced later
        ("Quell originally hired Ora Pell to write the screenplay, paying her out of his own pocket.", "writer",
         "Ora Pell"),
        # a company's job title is no name; the subject of a relative clause is the name before it, not one
        # inside a prepositional phrase
        ("Other Tale was cowritten by Lune Pictures development writer Ora Pell and Bede Marrow.", "writer",
         "Lune Pictures"),
        ("It was directed by Tam Osk for producer Ivo Brandt.", "director", "Ivo Brandt"),
        ("It was directed by Tam Osk starring the comedy duo Ivo Brandt and Kip Morrow.", "director", "Ivo Brandt"),
        ("In 1995 he co-wrote the screenplay with Ora Pell for Other Story.", "writer", "Ora Pell"),
        ("Ora Pell was producer of Other Story.", "producer", "Ora Pell"),
        ("It was directed by Tam Osk showcasing teenage singer Ivo Brandt.", "director", "Ivo Brandt"),
        ("It was produced and distributed by Lune Brothers Pictures.", "production_company", "Pictures"),
        ("The screenplay was adapted from newspaper articles written by Ruritanian journalist Ivo Brandt.", "writer",
         "Ivo Brandt"),
        ("It was made for Lune Films, the production company of comedian Ivo Brandt, and Osk Media, who financed "
         "and coproduced the film.", "producer", "Ivo Brandt"),
        # "Ora & Bede Marrow": "Ora" is a given name, never a credit by itself
        ("It was written by Ora & Bede Marrow. Ora Marrow was born in Ruritania.", "writer", "Ora"),
        ("It was directed by Ora–Bede under Lune Films.", "director", "Ora"),
    ],
)
def test_prose_credit_classes_never(sentence, role, name):
    assert (role, name) not in _other(sentence)


def test_a_craft_nominee_in_the_accolades_is_the_films_crew():
    sentence = ("The film was also nominated for Best Film Editing and composer Kip Morrow was nominated for Best "
                "Original Score.")
    assert ("composer", "Kip Morrow") in _other(sentence, "Accolades")
    assert ("composer", "Kip Morrow") not in _other("Composer Kip Morrow praised the cast.", "Reception")


def test_an_executive_producer_is_no_producer_by_a_loose_premodifier():
    """"Producers A and B bought the rights ... A and B became executive producers": the article's own
    word for their job wins over the loose one, in any order."""
    got = _other("Producers Ora Pell and Bede Marrow bought the film rights in 1979. Tam Osk and Ivo Brandt "
                 "joined the project as producers. Pell and Marrow became executive producers. The film had "
                 "been producer Bede Marrow's idea.")
    assert ("producer", "Ora Pell") not in got and ("producer", "Bede Marrow") not in got
    assert {("producer", "Tam Osk"), ("producer", "Ivo Brandt")} <= got
    # a producer named only as a producer stays one
    assert ("producer", "Ora Pell") in _other("Producers Ora Pell and Bede Marrow bought the film rights in 1979.")


def test_a_review_names_the_crew_only_in_a_roll_of_jobs():
    """"For producer A, director B and scenarist C, ...": a review's roll of the film's jobs is its crew;
    a lone "producer A said" in a review is not read as a credit."""
    roll = ("For producer Ivo Brandt, director Tam Osk and scenarist Ora Pell, who adapted her own serial, have "
            "fashioned an effective thriller.")
    assert ("producer", "Ivo Brandt") in _other(roll, "Critical response")
    assert not any(r == "producer" for r, _n in _other("According to producer Ivo Brandt, the critics were unkind.",
                                                       "Critical response"))
    assert not any(r == "editor" for r, _n in _other("Editor Ivo Brandt praised the cast.", "Reception"))


def test_a_lead_credits_the_producer_a_film_was_made_for():
    """"directed by A for producer B": B produced it; "for Producers Lune Corporation" is a company's name."""
    got = _crew("Other Tale\nOther Tale is a 1950 crime film written by Ora Pell and directed by Mara Quell for "
                "producer Bede Marrow.\n")
    assert {("director", "Mara Quell"), ("producer", "Bede Marrow")} <= got and ("director", "Bede Marrow") not in got
    other = _crew("Other Tale\nOther Tale is a 1940 western directed by Mara Quell for Producers Lune Corporation.\n")
    assert not any(r == "producer" or n in {"Lune Corporation", "Releasing Corporation"} for r, n in other)


def test_a_passive_credit_of_another_jobs_work_is_that_jobs_credit():
    """"The music for the film was written, produced and performed by A": A composed it; no writer, no
    producer. The same in the lead, where a passive credit needs no film subject."""
    for text in (_other("The music for the film was written, produced and performed by Ora Pell, with four songs "
                        "by Bede Marrow."),
                 _crew("Other Tale\nOther Tale is a 1985 film written by Tam Osk. The original music score was "
                       "written by Ora Pell.\n")):
        assert ("composer", "Ora Pell") in text
        assert ("writer", "Ora Pell") not in text and ("producer", "Ora Pell") not in text
    assert ("director", "Ora Pell") not in _other("The Technicolor cinematography was directed by Ora Pell.")
    # a score made for the film, and the first film a composer scored
    assert ("composer", "Ora Pell") in _other("An original music score was composed for the film by Ora Pell.")
    assert ("composer", "Ora Pell") in _other("It is also the first film to be composed by Ora Pell.")


def test_a_screen_credit_in_quotation_marks_credits_its_holders():
    """'awarded A sole "Screenplay by" credit', 'B and C were given a shared "Story by" credit': the screen
    credit's own words name the job (a story credit is a writing credit)."""
    got = _other('A guild arbitration awarded Ora Pell sole "Screenplay by" credit. Bede Marrow and Tam Osk were '
                 'given a shared "Story by" credit with Pell.', "Writing")
    assert {("writer", "Ora Pell"), ("story", "Bede Marrow"), ("story", "Tam Osk")} <= got


def test_a_line_producer_is_no_producer():
    got = _other("Before filming, Ivo Brandt met the film's appointed line producer Lune Varga.")
    assert not any(n == "Lune Varga" for _r, n in got)


def test_a_promotion_to_a_job_credits_the_clause_subject():
    """"A and producer B returned, each being promoted to producer", "…, and A knew enough to be elevated to
    producer status": the subject of the promotion's clause holds the job; another work's promotion does not."""
    assert {("producer", "Ora Pell"), ("producer", "Bede Marrow")} <= _other(
        "Ora Pell and producer Bede Marrow returned for the film, each being promoted to producer.")
    assert ("producer", "Tam Osk") in _crew(_article(LEAD, ("Production",
        "Ivo Brandt oversaw the shoot; his skill made him a natural successor, and Tam Osk knew enough about the "
        "picture to be elevated to producer status. Tam Osk was born in Ruritania.")))
    assert ("producer", "Lune Varga") not in _other("Ivo Brandt shot the film, and Lune Varga was later promoted to "
                                                    "producer on the sequel.")


def test_director_premodifier_when_the_lead_names_no_director():
    """A lead that names no director: "director A" in the making of the film is its director; an appositive
    of someone else ("her husband, director B") is not."""
    text = ("Other Tale\nOther Tale is a 2018 sports drama about a young player.\n\nProduction\nA crowd-funding "
            "project for the film was started in 2011 by director Ora Pell. Lune Varga was signed as the lead, "
            "having just returned from a honeymoon with her new husband, director Bede Marrow.\n")
    got = _crew(text)
    assert ("director", "Ora Pell") in got and ("director", "Bede Marrow") not in got
    # with a director in the lead, "director A" in production prose stays unread
    assert ("director", "Ora Pell") not in _crew(text.replace("about a young player", "directed by Ivo Brandt"))


def test_a_director_the_lead_does_not_credit_was_a_first_choice():
    """The lead credits A as director; "B was hired to direct", "B was announced as the film's director" in
    the production prose is a first choice that did not last (a film has the director its lead names)."""
    got = _crew(_article(LEAD, ("Production", "In April 2007, Bede Marrow was hired to direct. Tam Osk, who had "
                                              "served as producer on Other Tale, was announced as the film's director.")))
    assert ("director", "Mara Quell") in got
    assert ("director", "Bede Marrow") not in got and ("director", "Tam Osk") not in got


def test_a_name_after_a_participles_by_is_not_the_subject():
    """"Based upon a novel by A, B produced the film": A wrote the novel; B, the company, produced it."""
    got = _crew("Other Tale\nOther Tale is a lost 1918 silent drama film starring Ora Pell and directed by Ivo "
                "Brandt. Based upon a novel by Lune Varga, Example Players-Lasky produced the film.\n")
    assert not any(n == "Lune Varga" for _r, n in got)


def test_a_directorial_duo_is_a_pair_of_directors():
    got = _crew("Other Tale\nOther Tale is a 2018 romantic comedy film.\n\nProduction\nThe studio signed a contract "
                "to work on a film with the directorial duo Ora Pell and Bede Marrow.\n")
    assert {("director", "Ora Pell"), ("director", "Bede Marrow")} <= got


@pytest.mark.parametrize("sentence, want", [
    ("Ora Pell handled the cinematography and Bede Marrow the editing.",
     {("cinematographer", "Ora Pell"), ("editor", "Bede Marrow")}),
    ("Ora Pell served as the film's editor and Bede Marrow as its cinematographer.",
     {("editor", "Ora Pell"), ("cinematographer", "Bede Marrow")}),
    ("Ora Pell was brought on board as the film's composer.", {("composer", "Ora Pell")}),
    ("Ora Pell took charge of the cinematography.", {("cinematographer", "Ora Pell")}),
    ("The film marks the debut of Ora Pell as a producer.", {("producer", "Ora Pell")}),
])
def test_production_prose_credit_shapes(sentence, want):
    """Credit phrases of production prose: a verb left out ("and B the editing", "and B as its cinematographer"),
    'brought on board as', 'took charge of', 'the debut of A as a producer'."""
    assert want <= _other(sentence)


def test_a_debut_in_another_film_is_no_credit():
    got = _other("Ora Pell made her name in Zenda; Other Title marked the debut of Bede Marrow as a producer.")
    assert ("producer", "Bede Marrow") not in got


def test_a_rewrite_credit_and_a_name_with_a_job_of_its_own():
    """"The script was rewritten by A", "the studio assigned A to direct"; in "the script by B and rewritten by A
    with C attached to direct", C is the director-to-be, not a writer."""
    assert ("writer", "Ora Pell") in _other("The script was rewritten by Ora Pell.")
    assert ("director", "Ora Pell") in _crew("Other Tale\nOther Tale is a 2018 war film.\n\nProduction\nThe studio "
                                             "assigned Ora Pell to direct the film.\n")
    got = _other("It was announced that the studio had taken out the script by Tam Osk and rewritten by Bede Marrow "
                 "with Kip Morrow attached to direct.")
    assert ("writer", "Bede Marrow") in got and ("writer", "Kip Morrow") not in got


def test_a_duo_written_with_an_en_dash_and_syllable_initials():
    """'composed by the duo Ora–Bede' is one credit of the pair as written (unless each part opens a full name the
    article gives: then the two people); Tamil and Kannada syllable initials ('Ku. Va. Ivo Brandt', 'Chi. Osk') end
    no sentence, so the name keeps them."""
    got = _crew("Other Tale\nOther Tale is a 1957 drama film directed by Kip Morrow.\n\nMusic\nThe music of the film "
                "was composed by the duo Ora–Bede, with lyrics by Lune Varga.\n")
    assert ("composer", "Ora–Bede") in got
    got = _crew("Other Tale\nOther Tale is a 2016 drama film by Ora Pell and Bede Marrow.\n\nProduction\nIt was "
                "directed by Ora–Bede under Example Films.\n")
    assert {("director", "Ora Pell"), ("director", "Bede Marrow")} <= got and not any("–" in n for _r, n in got)
    got = _crew("Other Tale\nOther Tale is a 1975 drama film directed by Kip Morrow.\n\nProduction\nThe story was "
                "written by novelist Ku. Va. Tamosk, and the screenplay and dialogues were written by Chi. Ivobrandt.\n")
    assert {("story", "Ku. Va. Tamosk"), ("writer", "Chi. Ivobrandt")} <= got
    assert ("writer", "Chi") not in got


def test_a_relative_or_band_possessive_and_a_pair_then_a_new_clause():
    got = _crew("Other Tale\nOther Tale is a 1974 action film directed by Kip Morrow and produced by Tam Osk. The "
                "screenplay was written by Osk's brother-in-law, Ivo Brandt.\n\nProduction\nIt was scored by the indie "
                "band Low Example's Bede Marrow. The screenplay was by Ora Pell and Lune Varga, and Tam Vell "
                "photographed the film.\n")
    assert {("writer", "Ivo Brandt"), ("composer", "Bede Marrow"), ("cinematographer", "Tam Vell"),
            ("writer", "Ora Pell"), ("writer", "Lune Varga")} <= got
    assert not any(n.startswith("Low Example") for _r, n in got)
    assert ("cinematographer", "Lune Varga") not in got


def test_a_casting_sentence_opened_by_the_producer():
    got = _crew("Other Tale\nOther Tale is a 1964 musical film directed by Ivo Brandt and starring Lune Varga.\n\n"
                "Casting\nProducer Kip Morrow first sought Ora Pell for the lead, but the part went to Varga.\n")
    assert ("producer", "Kip Morrow") in got


def test_a_new_clause_after_a_by_list_and_bankrolled():
    got = _crew(f"Example Picture\n{LEAD}\n\nProduction\nCinematography was handled by Tam Osk, and Kip Morrow edited the film. "
                "The film was bankrolled by Lune Varga.\n")
    assert ("cinematographer", "Tam Osk") in got and ("cinematographer", "Kip Morrow") not in got
    assert ("producer", "Lune Varga") in got


def test_a_given_name_coordinated_with_a_full_name_shares_its_surname():
    from bot.extract import extract_all
    from bot.ingest import parse_checked

    def crew(text: str) -> set[tuple[str, str]]:
        return {(f.role, f.name) for f in extract_all(parse_checked(text)).items if f.KIND == "crew"}

    both = crew("Other Tale\nOther Tale is a 2001 Ruritanian crime film written and directed by Anna and Karl Osk.\n")
    assert {("director", "Anna Osk"), ("director", "Karl Osk"), ("writer", "Anna Osk")} <= both
    assert ("director", "Anna") not in both
    brothers = crew("Other Tale\nOther Tale is a 1990 film directed by the brothers Ora and Bede Marrow.\n")
    assert ("director", "Ora Marrow") in brothers
    # a one-word stage name stays as written, and so does a given name the article writes with another surname
    assert ("director", "Mononym") in crew("Other Tale\nOther Tale is a 1990 film directed by Mononym and Bede Marrow.\n")
    other = crew("Other Tale\nOther Tale is a 1990 film directed by Anna and Karl Osk. Anna Pell wrote the novel.\n")
    assert ("director", "Anna Osk") not in other


def test_a_company_between_the_verb_and_by():
    got = _crew(f"Example Picture\n{LEAD}\n\nProduction\nThe film was produced under the banner of Example Films by Kip Morrow and "
                "Tam Osk.\n")
    assert {("producer", "Kip Morrow"), ("producer", "Tam Osk")} <= got
    assert not any(n.startswith("Example") and r == "producer" for r, n in got)


def test_the_original_films_credits_are_not_the_remakes():
    from bot.extract import extract_all
    from bot.ingest import parse_checked

    def crew(text: str) -> set[tuple[str, str]]:
        return {(f.role, f.name) for f in extract_all(parse_checked(text)).items if f.KIND == "crew"}

    recut = crew("Other Tale\nOther Tale is a 1968 film re-cut from the 1962 Ruritanian film Tale for producer Kip Morrow. "
                 "The original film was scripted by Tam Osk from his novel and directed by Lune Varga.\n")
    assert ("director", "Lune Varga") not in recut and ("writer", "Tam Osk") not in recut
    assert ("director", "Lune Varga") not in crew(
        "Other Tale\nOther Tale is a 1968 film directed by Ora Pell. The Ruritanian original was directed by Lune Varga.\n")
    # this film's own first screenplay is still its credit
    assert ("writer", "Tam Osk") in crew("Other Tale\nOther Tale is a 2004 film. The original screenplay was written by Tam Osk.\n")


@pytest.mark.parametrize("sentence, want", [
    # a crew verb with the film understood, at the head of a clause
    ("Ora Pell and Bede Marrow produced; the studio head insisted on final cut.",
     {("producer", "Ora Pell"), ("producer", "Bede Marrow")}),
    # the clause after a preposition's object and ", and"
    ("Cinematographer Ivo Brandt shot in colour, and Tam Osk edited the film.",
     {("cinematographer", "Ivo Brandt"), ("editor", "Tam Osk")}),
    # the film's footage, its chapters or the entire film as the subject of a passive credit
    ("The footage was cut by Lune Varga, and the storm sequence was tinted blue.", {("editor", "Lune Varga")}),
    ("The entire film was edited by Kip Morrow.", {("editor", "Kip Morrow")}),
    ("The chapters were cut by Ora Pell and Bede Marrow.", {("editor", "Ora Pell"), ("editor", "Bede Marrow")}),
    # where the job was done, between the participle and "by"
    ("The film was edited in Ruritania by Tam Osk over five months.", {("editor", "Tam Osk")}),
    # a counted team before the list
    ("The film was written by a team of three, Ora Pell, Bede Marrow and Lune Varga.",
     {("writer", "Ora Pell"), ("writer", "Bede Marrow"), ("writer", "Lune Varga")}),
    # a describing phrase between the subject and its verb; the partners after "with"
    ("Mara Quell, a former television director, wrote the screenplay with Tam Osk and Kip Morrow.",
     {("writer", "Mara Quell"), ("writer", "Tam Osk"), ("writer", "Kip Morrow")}),
    # a group's name before its members
    ("The score was composed by the electronic duo Other Tide, Ivo Brandt and Lune Varga, who recorded birds.",
     {("composer", "Ivo Brandt"), ("composer", "Lune Varga")}),
])
def test_long_article_credit_shapes(sentence, want):
    """Credits far from the lead, as long articles state them (issue 9, long shapes)."""
    assert want <= _other(sentence)


def test_long_article_credits_that_are_not_the_films():
    """A place after a describing phrase, a film named in a relative clause, a group's name, a singer's new clause,
    a studio's possessive: none is a credit of its own."""
    got = _other("It was cut by the censors before its release in Ruritania and Zenda.")
    assert not any(r == "editor" for r, _n in got)
    got = _other("Ivo Brandt, who had shot Other Tale, returned as cinematographer.")
    assert ("cinematographer", "Ivo Brandt") in got and ("cinematographer", "Other Tale") not in got
    got = _other("The score was composed by the electronic duo Other Tide, Ivo Brandt and Lune Varga.")
    assert not any(n == "Other Tide" for _r, n in got)
    got = _other("The score was composed by Ivo Brandt, and Varga sang the theme song.")
    assert ("composer", "Ivo Brandt") in got and not any(n == "Varga" or n == "Lune Varga" for _r, n in got)
    got = _other("Mara Quell produced the film together with Example's Bede Marrow.")
    assert ("producer", "Bede Marrow") in got and not any(n.startswith("Example") for _r, n in got)
    got = _other("The film was co-produced by Plein Sud Cinéma and Example Images.")
    assert not any(r == "producer" for r, _n in got)


def test_a_short_mention_of_a_long_name_resolves():
    """A double surname ("Sosa Pell" of "Ivo Sosa Pell") and a family name written first ("Baek" of "Baek Ora-jin")
    resolve to the article's one full name; "Jo Doe" inside "Frenchman Jo Doe" does not."""
    got = _crew("Other Tale\nOther Tale is a 2008 crime film directed by Ivo Sosa Pell and Baek Ora-jin.\n\n"
                "Production\nSosa Pell and Lune Varga wrote the screenplay. Baek wrote the dialogue with Kip Morrow.\n")
    assert {("writer", "Ivo Sosa Pell"), ("writer", "Lune Varga"), ("writer", "Baek Ora-jin")} <= got
    assert not any(n in {"Sosa Pell", "Baek"} for _r, n in got)


def test_a_relative_clause_job_a_described_partner_and_adapting_it_oneself():
    """"directed by A, who co-wrote it with B" (both write), "co-written by A and the music journalist B",
    "A adapted the novel himself"."""
    got = _crew("Other Tale\nOther Tale is a 2014 road drama film directed by Ivo Brandt, who co-wrote it with "
                "Lune Varga.\n")
    assert {("director", "Ivo Brandt"), ("writer", "Ivo Brandt"), ("writer", "Lune Varga")} <= got
    assert {("writer", "Tam Osk")} <= _other("The script was co-written by Mara Quell and the music journalist Tam Osk.")
    assert ("writer", "Kip Morrow") in _other("Kip Morrow adapted the novel himself, and the dialogues were written "
                                              "by Tam Osk.")
    # the novel's author in a relative clause wrote the novel, not the film
    got = _crew("Other Tale\nOther Tale is a 2014 drama film directed by Ivo Brandt.\n\nProduction\nThe novel by "
                "Lune Varga, who wrote it in 1950, was bought by the studio.\n")
    assert ("writer", "Lune Varga") not in got


@pytest.mark.parametrize(
    "sentence, want, unwanted",
    [
        # the film's songs: their writers are its composers
        ("The soundtrack consists of songs written and performed by Ora Pell.", {("composer", "Ora Pell")}, set()),
        ("All of the songs performed were written by Ora Pell and Bede Marrow.",
         {("composer", "Ora Pell"), ("composer", "Bede Marrow")}, set()),
        ("In addition to several songs written by Ruritania regular Tam Osk, some music was licensed.",
         {("composer", "Tam Osk")}, {("composer", "Ruritania")}),
        ("Ora Pell wrote all of the songs.", {("composer", "Ora Pell")}, set()),
        # a lyricist, a borrowed song, one song of several: no composer
        ("The songs were written by Ora Pell, with music by Bede Marrow.", {("composer", "Bede Marrow")},
         {("composer", "Ora Pell")}),
        ("The lyrics for the songs were written by Ora Pell.", set(), {("composer", "Ora Pell"), ("writer", "Ora Pell")}),
        ("The soundtrack includes songs written by Ora Pell.", set(), {("composer", "Ora Pell")}),
        ("One of the songs was written by Ora Pell.", set(), {("composer", "Ora Pell")}),
        ("The songs were written by Ora Pell for the sequel.", set(), {("composer", "Ora Pell")}),
        # a list of jobs the film features, each to its own name
        ("The film features cinematography by Ora Pell and editing by Bede Marrow.",
         {("cinematographer", "Ora Pell"), ("editor", "Bede Marrow")}, set()),
        ("Cinematography was handled by Ora Pell and the editing by Bede Marrow.",
         {("cinematographer", "Ora Pell"), ("editor", "Bede Marrow")}, {("cinematographer", "Bede Marrow")}),
        ("The director of photography was Ora Pell and the editor was Bede Marrow.",
         {("cinematographer", "Ora Pell"), ("editor", "Bede Marrow")}, {("cinematographer", "Bede Marrow")}),
        ("Ora Pell and Bede Marrow served as cinematographer and editor respectively.",
         {("cinematographer", "Ora Pell"), ("editor", "Bede Marrow")}, {("cinematographer", "Bede Marrow")}),
        ("Ora Pell and Bede Marrow were the film's cinematographer and editor, respectively.",
         {("cinematographer", "Ora Pell"), ("editor", "Bede Marrow")}, {("cinematographer", "Bede Marrow")}),
        # a remake's or a dub's crew is another version's
        ("The film was remade in Ruritanian as Kip's Tale, directed by Ora Pell.", set(), {("director", "Ora Pell")}),
        ("The film was later dubbed into Ruritanian, with dialogues by Ora Pell.", set(), {("writer", "Ora Pell")}),
    ],
)
def test_songwriters_job_lists_and_versions(sentence, want, unwanted):
    got = _other(sentence)
    assert want <= got and not unwanted & got


def test_the_film_named_by_its_own_kind_and_a_pronoun_partner():
    """"The serial was produced by A and written by B" when the first sentence calls the film a serial (not "the
    short story" of a short); "directed by A and co-written by her and B": A writes too."""
    got = _crew("Other Tale\nOther Tale is a 1941 Western serial film in fifteen chapters, directed by Ivo Brandt.\n\n"
                "Production\nThe serial was produced by Kip Morrow and written by a team of three, Ora Pell, Tam Osk "
                "and Lune Varga, who borrowed the plot.\n")
    assert {("producer", "Kip Morrow"), ("writer", "Ora Pell"), ("writer", "Tam Osk"), ("writer", "Lune Varga")} <= got
    got = _crew("Other Tale\nOther Tale is a 2003 short film directed by Ivo Brandt.\n\n"
                "Production\nThe short story was written by Tam Osk in 1950.\n")
    assert ("writer", "Tam Osk") not in got
    got = _crew("Other Tale\nOther Tale is a 2001 drama film directed by Ivo Brandt.\n\n"
                "Production\nThe serial was written by Tam Osk in 1950.\n")
    assert ("writer", "Tam Osk") not in got
    got = _crew("Other Tale\nOther Tale is a 2019 Ruritanian anthology film.\n\nSegments\nKip (Ruritania), directed "
                "by Lune Varga and co-written by her and Bede Marrow, is about a widower.\n")
    assert {("director", "Lune Varga"), ("writer", "Lune Varga"), ("writer", "Bede Marrow")} <= got


@pytest.mark.parametrize(
    "sentence, want, unwanted",
    [
        # jobs paired with their people, one each (a plural job noun is every person's)
        ("Ora Pell and Bede Marrow handled the cinematography and editing respectively.",
         {("cinematographer", "Ora Pell"), ("editor", "Bede Marrow")}, {("cinematographer", "Bede Marrow")}),
        ("Ora Pell, Bede Marrow and Tam Osk were the cinematographer, editor and composer.",
         {("cinematographer", "Ora Pell"), ("editor", "Bede Marrow"), ("composer", "Tam Osk")},
         {("cinematographer", "Bede Marrow"), ("cinematographer", "Tam Osk")}),
        ("Ora Pell and Bede Marrow were the writers and producers.",
         {("writer", "Ora Pell"), ("writer", "Bede Marrow"), ("producer", "Ora Pell"), ("producer", "Bede Marrow")}, set()),
        # a credit stated with "credited with", and the camera "cranked" or "wielded"
        ("Ora Pell was credited with the story and Bede Marrow with the dialogues.",
         {("story", "Ora Pell"), ("writer", "Bede Marrow")}, set()),
        ("Ora Pell was credited with reviving the genre.", set(), {("writer", "Ora Pell")}),
        ("Ora Pell cranked the camera for the film.", {("cinematographer", "Ora Pell")}, set()),
        # participles opening the sentence, the film the main clause's subject
        ("Shot by Ora Pell and edited by Bede Marrow, the film premiered in 2001.",
         {("cinematographer", "Ora Pell"), ("editor", "Bede Marrow")}, set()),
        ("Photographed in black and white by Ora Pell, the film was edited by Bede Marrow.",
         {("cinematographer", "Ora Pell"), ("editor", "Bede Marrow")}, set()),
        ("Shot by Ora Pell, the hero dies in the first reel.", set(), {("cinematographer", "Ora Pell")}),
        ("Written by Ora Pell in 1950, the novel was a success.", set(), {("writer", "Ora Pell")}),
        # an aside about the person's other films does not make the credit another film's
        ("Ora Pell, who had shot Kip Morrow's earlier films, photographed the film.", {("cinematographer", "Ora Pell")},
         set()),
        ("Ora Pell, who had shot the original film, photographed the remake.", set(), {("cinematographer", "Ora Pell")}),
    ],
)
def test_paired_jobs_credited_with_and_opening_participles(sentence, want, unwanted):
    got = _other(sentence)
    assert want <= got and not unwanted & got


@pytest.mark.parametrize(
    "sentence, want",
    [
        # initials without full stops, "music direction" (the Indian films' composer), a script's adapters
        ("The cinematography is by R K Brandt and music direction is handled by Tam Osk.",
         {("cinematographer", "R K Brandt"), ("composer", "Tam Osk")}),
        ("The screenplay was an adaptation by Ora Pell and Bede Marrow from the novel of the same name by Kip Morrow.",
         {("writer", "Ora Pell"), ("writer", "Bede Marrow")}),
    ],
)
def test_bare_initials_music_direction_and_adaptations(sentence, want):
    got = _other(sentence)
    assert want <= got and ("writer", "Kip Morrow") not in got and ("director", "Tam Osk") not in got


@pytest.mark.parametrize(
    "sentence, want, unwanted",
    [
        # people on the film's jobs told by gerunds after "with", and the script they direct from
        ("Filming began in May, with Ora Pell directing and Bede Marrow producing.",
         {("director", "Ora Pell"), ("producer", "Bede Marrow")}, set()),
        ("In 2015 the film was announced, with Ora Pell directing from a script by Bede Marrow.",
         {("director", "Ora Pell"), ("writer", "Bede Marrow")}, {("director", "Bede Marrow")}),
        ("Tam Osk joined the cast, with Ora Pell directing from a screenplay she wrote.",
         {("director", "Ora Pell"), ("writer", "Ora Pell")}, {("writer", "Tam Osk")}),
        ("He spent the year with Ora Pell directing a music video.", set(), {("director", "Ora Pell")}),
        ("He declined, with Ora Pell directing instead.", set(), {("director", "Ora Pell")}),
        # a composer's other work on the score, a producer for a company, an assignment, a bare "scripted"
        ("Ora Pell composed and conducted the score.", {("composer", "Ora Pell")}, set()),
        ("The film was produced for Lune Films by Ora Pell.", {("producer", "Ora Pell")}, set()),
        ("Ora Pell was assigned to produce the film.", {("producer", "Ora Pell")}, set()),
        ("Ora Pell and Bede Marrow scripted.", {("writer", "Ora Pell"), ("writer", "Bede Marrow")}, set()),
    ],
)
def test_with_gerunds_and_other_credit_verbs(sentence, want, unwanted):
    # (a lead naming no director: one it named would make "with A directing" a first choice)
    got = _crew(f"Other Tale\nOther Tale is a 2016 Ruritanian drama film.\n\nProduction\n{sentence}\n")
    assert want <= got and not unwanted & got
    if ("director", "Ora Pell") in want:
        got = _other(sentence)  # the lead's director Mara Quell: Ora Pell was a first choice
        assert ("director", "Ora Pell") not in got


@pytest.mark.parametrize(
    "sentence, want, unwanted",
    [
        # the film as "it", a job's work "the work of" a person, duties that fell to a person, "the picture was cut"
        ("Kip Morrow shot the film, and Ora Pell edited it.", {("cinematographer", "Kip Morrow"), ("editor", "Ora Pell")},
         set()),
        ("Ora Pell photographed it in black and white.", {("cinematographer", "Ora Pell")}, set()),
        ("The play was a hit, and Ora Pell directed it.", set(), {("director", "Ora Pell")}),
        ("Ora Pell wrote it.", set(), {("writer", "Ora Pell")}),
        ("The score was the work of Ora Pell.", {("composer", "Ora Pell")}, set()),
        ("The art direction was the work of Ora Pell.", set(), {("director", "Ora Pell")}),
        ("Editing duties fell to Ora Pell.", {("editor", "Ora Pell")}, set()),
        ("The picture was cut by Ora Pell in Ruritania.", {("editor", "Ora Pell")}, set()),
    ],
)
def test_the_film_as_it_and_work_of(sentence, want, unwanted):
    got = _other(sentence)
    assert want <= got and not unwanted & got


@pytest.mark.parametrize(
    "sentence, want, unwanted",
    [
        # the film adapted into another medium, a documentary on its making: their crews are another work's
        ("The film was adapted into a television series produced by Ora Pell.", set(), {("producer", "Ora Pell")}),
        ("The film was adapted into a stage play, written by Ora Pell.", set(), {("writer", "Ora Pell")}),
        ("The documentary about the making of the film was directed by Ora Pell.", set(), {("director", "Ora Pell")}),
        # but a source adapted into the film's screenplay is the film's writing
        ("The novel was adapted into a screenplay by Ora Pell.", {("writer", "Ora Pell")}, set()),
        ("The film, based on the television series created by Kip Morrow, was produced by Ora Pell.",
         {("producer", "Ora Pell")}, {("producer", "Kip Morrow")}),
    ],
)
def test_other_media_and_the_making_of(sentence, want, unwanted):
    got = _other(sentence)
    assert want <= got and not unwanted & got



def test_a_studio_department_head_is_no_composer_and_a_participle_no_first_name():
    """'Made Lunar's music department head in 1940, Morrow's name appeared …': neither 'Made Lunar'
    (a sentence-opening participle before a studio) nor the department's head is the film's composer;
    the composer the article names stays."""
    text = _article(
        "Example Picture is a 1954 adventure film directed by Mara Quell. The original score was composed by "
        "Ivo Brandt although his name does not appear. Made Lunar's music department head in 1940, "
        "Morrow's name appeared on nearly every film made by that studio."
    )
    assert _crew(text) == {("director", "Mara Quell"), ("composer", "Ivo Brandt")}


@pytest.mark.parametrize("sentence", [
    "Tam Osk's music department head, Kip Morrow, was not credited.",
    "Born in Ruritania, Kip Morrow's editing suite was in the old mill.",
])
def test_a_possessive_before_a_compound_credits_nobody(sentence):
    text = _article(LEAD + " " + sentence)
    assert _crew(text) == {("director", "Mara Quell")}


def test_a_possessive_credit_still_reads_the_score():
    """The compound rule takes nothing from 'Tam Osk's score' or 'Tam Osk's music'."""
    text = _article(LEAD, ("Music", "Tam Osk's score was recorded in Ruritania with a full orchestra."))
    assert ("composer", "Tam Osk") in _crew(text)


@pytest.mark.parametrize("form", ["Private Limited", "Pvt. Ltd.", "Ltd.", "Inc."])
def test_a_name_written_before_a_company_legal_form_is_a_company_not_a_producer(form: str) -> None:
    """ "produced by Kip Chitra" credits a company when the article elsewhere writes "Kip Chitra Private
    Limited": no person called Kip Chitra is the producer; the director stays."""
    text = _article(
        "Other Tale is a 1974 Ruritanian film directed by Ivo Brandt and produced by Kip Chitra.",
        ("Awards", f"The jury gave Kip Chitra {form} a silver medal, and Brandt a certificate."),
    )
    crew = _crew(text)
    assert ("producer", "Kip Chitra") not in crew
    assert ("director", "Ivo Brandt") in crew


def test_a_producer_named_in_his_own_company_stays_a_producer() -> None:
    """ "Ora Pell Productions" is named after its producer: only a legal form makes the name a company's."""
    text = _article(
        "Other Tale is a 2011 Ruritanian film directed by Ivo Brandt and produced by Ora Pell.",
        ("Production", "The film was made under the Ora Pell Productions label with a small crew."),
    )
    assert ("producer", "Ora Pell") in _crew(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The film is produced by Kip Morrow along with Tamosk's own banner Lune Creations.",
        "The film is produced by Kip Morrow together with Tamosk's production company Lune Creations.",
    ],
)
def test_a_one_word_producer_who_owns_the_banner_is_a_person(sentence: str) -> None:
    """A one-word producer is mostly a company, but a sentence that ties a banner to the name ("A's own banner B")
    names its owner: the person is the producer."""
    assert ("producer", "Tamosk") in _crew(_article(LEAD, ("Production", sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "The film was produced by Lunefilm.",
        "Ivo Brandt produced the film together with Lunex's Kip Morrow.",
    ],
)
def test_a_one_word_producer_without_a_banner_of_its_own_stays_no_person(sentence: str) -> None:
    """Without a banner the sentence ties to it, a one-word producer is a company ("Lunefilm"), and the
    possessive of an employer ("Lunex's Kip Morrow") names no producer."""
    crew = _crew(_article(LEAD, ("Production", sentence)))
    assert not {n for r, n in crew if r == "producer"} & {"Lunefilm", "Lunex"}


def test_the_films_own_job_in_apposition_counts_in_its_legacy() -> None:
    """Outside the making of the film, "A, the film's producer," still names the film's own producer."""
    text = _article(LEAD, ("Legacy", "In 2013 the troupe lost a legal case to Ora Pell, the film's producer, over royalties "
                                     "for a stage musical."))
    assert ("producer", "Ora Pell") in _crew(text)


@pytest.mark.parametrize(
    "paragraph",
    [
        "A remake followed in 2010. Tam Osk, the film's producer, praised its faithfulness.",
        "Tam Osk, the producer, later sued the studio.",
        "Tam Osk produced a stage version in 1999.",
    ],
)
def test_a_legacy_credit_needs_the_films_own_job(paragraph: str) -> None:
    """A legacy section tells of remakes, sequels and other versions: "the producer" or a paragraph about a remake
    credits no one with the film."""
    assert ("producer", "Tam Osk") not in _crew(_article(LEAD, ("Legacy", paragraph)))


def test_dialogue_polished_by_credits_a_writer() -> None:
    """ "the dialogue was polished by playwright A": the writing of the dialogue is A's."""
    text = _article(LEAD, ("Production", "Quell wrote the first draft in three months; the dialogue was polished by "
                                         "playwright Ora Pell."))
    assert ("writer", "Ora Pell") in _crew(text)


def test_an_art_director_award_names_no_director() -> None:
    """ "Best Art Director for A" is another craft: A is not the film's director."""
    from bot.extract import extract_all

    text = _article(LEAD, ("Accolades", "At the Nandi Awards, the film won Best Popular Feature Film and Best Art Director "
                                        "for Kip Morrow."))
    crew = {(f.role, f.name) for f in extract_all(parse_article(text)).items if f.KIND == "crew"}
    assert ("director", "Kip Morrow") not in crew


@pytest.mark.parametrize("sentence, want, not_want", [
    ("Kip Morrow, who wrote the screenplay, also directed the film.",
     {("writer", "Kip Morrow"), ("director", "Kip Morrow")}, set()),
    ("Tam Osk, who composed the music, also produced the film.",
     {("composer", "Tam Osk"), ("producer", "Tam Osk")}, set()),
    # the aside's job on another work, or no job at all, credits nothing of its own
    ("Kip Morrow, who wrote the screenplay for Another Tale, directed the film.",
     {("director", "Kip Morrow")}, {("writer", "Kip Morrow")}),
    ("Kip Morrow, who had shot his earlier films, photographed the film.",
     {("cinematographer", "Kip Morrow")}, set()),
])
def test_the_who_aside_before_a_crew_verb_holds_its_own_job(sentence, want, not_want):
    """'A, who wrote the screenplay, also directed the film': the main verb's job and the aside's, both of this film
    (an aside about another work, 'for Another Tale', credits nothing)."""
    got = _crew(_article("Example Picture is a 2011 drama film starring Ora Pell.", ("Production", sentence)))
    assert want <= got
    assert not (not_want & got)


@pytest.mark.parametrize(
    "sentence, role, name",
    [
        # a nationality or a calling before the full name is no word of it
        ("For the premiere, Kapellmeister Oskar Brenvald composed an accompanying score.", "composer", "Oskar Brenvald"),
        ("The screenplay was written by the Spaniard Tadeo Olmeda.", "writer", "Tadeo Olmeda"),
        ("The score was composed by the Hungarian émigré Miklos Ravai, his fourth for the studio.", "composer",
         "Miklos Ravai"),
        # "Cutting was by A": the editor's work under another word
        ("Cutting was by Phyllida Vane.", "editor", "Phyllida Vane"),
        # a copula's description in apposition before the name
        ("The producer was the company's production head, Sigmar Relle.", "producer", "Sigmar Relle"),
        # a co- participle's partner, the film's work as its subject
        ("The screenplay was co-written with Ayame Sakura, who had adapted a light novel for television.", "writer",
         "Ayame Sakura"),
        # the aside tells of the person's other work; the noun credits this film
        ("The cinematographer Pei Ngau Chi-wai, who had shot two of the director's earlier films, used smoke heavily.",
         "cinematographer", "Pei Ngau Chi-wai"),
    ],
)
def test_credit_shapes_of_long_articles(sentence: str, role: str, name: str) -> None:
    crew = _crew(_article(LEAD, ("Production", sentence)))
    assert (role, name) in crew
    assert not any(n != name and n.endswith(name) for _, n in crew)  # no "Spaniard …" or "Kapellmeister …" kept


@pytest.mark.parametrize(
    "sentence, role, name",
    [
        # a copula's complement before ", and B edited the film" is no editor
        ("The cinematographer was Nariko Daruvala, and Vasu Shende edited the film.", "editor", "Nariko Daruvala"),
        # a dated title just before the credit is that credit's work
        ("Tobin Ashgrove went on to score the unrelated Return to Nowhere (1969), directed by Umber Lazaro.",
         "director", "Umber Lazaro"),
        # a series' first instalment
        ("Garret Lyall, who had directed the first film, declined to return; the studio hired Kesla Orr.",
         "director", "Garret Lyall"),
        # a job left before the film was made
        ("Composer Bennet Falkor, who scored Other Title, left the project and was replaced by Sara Lindell.",
         "composer", "Bennet Falkor"),
        # a nationality alone is nobody's name
        ("The score was composed by the Hungarian.", "composer", "Hungarian"),
    ],
)
def test_no_credit_for_other_clauses_works_or_left_jobs(sentence: str, role: str, name: str) -> None:
    assert (role, name) not in _crew(_article(LEAD, ("Music", sentence)))


@pytest.mark.parametrize(
    "sentence, role, name",
    [
        # the camera's place, with a copula either way round
        ("Behind the camera was the German émigré Kurt Obermond, who had shot the director's Other Title (1932).",
         "cinematographer", "Kurt Obermond"),
        ("Bruno Kesler, who had photographed Other Title (1925), was behind the camera again.", "cinematographer",
         "Bruno Kesler"),
        # an apposition between the person and the verb of the work
        ("Julio Sabor, the director's cameraman on two previous pictures, handled the photography.", "cinematographer",
         "Julio Sabor"),
        # a nationality before the job in an apposition
        ("Manolo Bosk, the Spanish co-producer, supplied the horses.", "producer", "Manolo Bosk"),
        # the job in a relative clause
        ("The money came from dealers led by Harlan Vosk, who is credited as producer.", "producer", "Harlan Vosk"),
        ("Mateo Delgar appears as himself, and Ivo Delgar, who is also credited as a co-cinematographer, filmed the "
         "protests.", "cinematographer", "Ivo Delgar"),
    ],
)
def test_credit_shapes_with_asides_and_places(sentence: str, role: str, name: str) -> None:
    assert (role, name) in _crew(_article(LEAD, ("Production", sentence)))


@pytest.mark.parametrize(
    "sentence, role, name",
    [
        ("Ora Pell was behind the camera for her directorial debut.", "cinematographer", "Ora Pell"),
        ("Harlan Vosk, who served as producer on Other Title, returned for the sequel.", "producer", "Harlan Vosk"),
        ("Julio Sabor handled the photography of the previous film.", "cinematographer", "Julio Sabor"),
    ],
)
def test_no_credit_for_a_debut_or_another_title(sentence: str, role: str, name: str) -> None:
    assert (role, name) not in _crew(_article(LEAD, ("Production", sentence)))


def test_a_chained_sources_story_is_no_story_credit() -> None:
    """"… from a screenplay by A, based on the 1939 screenplay by B, based on the story by C": C wrote the source's
    source; a single "based on a story by D" stays D's story credit."""
    lead = ("Example Picture is a 1994 drama film directed by Mara Quell from a screenplay by Rob Towner, based on the "
            "1939 screenplay by Del Dove, based on the story by Mildred Crane and Leo Macary.")
    crew = _crew(_article(lead))
    assert not {n for _, n in crew} & {"Mildred Crane", "Leo Macary"}
    lead = "Example Picture is a 1980 drama film directed by Mara Quell and written by Leigh Brack, based on a story by Georg Lukas."
    assert ("story", "Georg Lukas") in _crew(_article(lead))


@pytest.mark.parametrize(
    "sentence, role, name",
    [
        # a fronted work, then the engagement
        ("For the music, Lune Pictures assigned Leon Aldring, whose score leans on a solo saxophone.", "composer",
         "Leon Aldring"),
        # the job noun before the person who left, and the one who took it over
        ("Composer Bennet Falkor, who scored Other Title, left the project in late 2016 and was replaced by Sara "
         "Lindell.", "composer", "Sara Lindell"),
        # a partner after the verb
        ("Producer Anita Chow produced alongside her deputy Martin Ekwume.", "producer", "Martin Ekwume"),
        # the film's songs with two of them named in between
        ('The songs, among them "A Penny for the Pastor" and "Down Tupper Row", were composed by Reg Fairwind.',
         "composer", "Reg Fairwind"),
    ],
)
def test_credit_shapes_of_takeovers_partners_and_songs(sentence: str, role: str, name: str) -> None:
    assert (role, name) in _crew(_article(LEAD, ("Music", sentence)))


@pytest.mark.parametrize(
    "sentence, role, name",
    [
        # the replaced one is another person, not the job noun's
        ("Producer Anita Chow's first choice, Ora Pell, was replaced by Bede Marrow.", "producer", "Bede Marrow"),
        # one named song's writer is no composer of the film
        ('The song "A Penny for the Pastor", was composed by Reg Fairwind.', "composer", "Reg Fairwind"),
    ],
)
def test_no_credit_for_another_persons_replacement_or_one_song(sentence: str, role: str, name: str) -> None:
    assert (role, name) not in _crew(_article(LEAD, ("Music", sentence)))


def test_with_a_as_the_job_opening_the_sentence() -> None:
    crew = _crew(_article(LEAD, ("Production", "With Ora Pell as cinematographer and Bede Marrow as editor, the crew "
                                               "was small.")))
    assert {("cinematographer", "Ora Pell"), ("editor", "Bede Marrow")} <= crew
    assert not any(n.startswith("With ") for _, n in crew)


def test_a_credit_kept_in_a_relative_clause_after_by():
    """'… rewrote an earlier draft by Ora Pell, who retained a "story by" credit': Pell, the relative clause's subject,
    holds the story credit though "by" stands before the name."""
    text = _article("Glass Harbour is a 1993 drama film directed by Tam Osk.",
                    ("Development", "Tam Osk rewrote an earlier draft by Ora Pell, who retained a \"story by\" credit "
                                    "with Osk."))
    assert ("story", "Ora Pell") in _crew(text)


def test_a_partners_own_job_and_two_processes_before_by():
    """'A produced the film, with B serving as executive producer': B is the executive producer, no producer;
    'photographed in Examplecolor and Examplescope by C': C shot the film."""
    got = _crew(_article(LEAD, ("Production", "Dana Wick produced the film, with Lou Harrow serving as executive "
                                              "producer. The film was photographed in Examplecolor and Examplescope by "
                                              "Bruno Vell, and edited by Mara Ghent.")))
    assert ("producer", "Dana Wick") in got and ("executive_producer", "Lou Harrow") in got
    assert ("producer", "Lou Harrow") not in got
    assert ("cinematographer", "Bruno Vell") in got and ("editor", "Mara Ghent") in got


def test_a_shared_photography_credit_and_a_writer_in_collaboration():
    """'A and B shared the photography credit': both shot the film; 'The screenplay was written by C in collaboration
    with D': both wrote it; 'written by C with music by E' makes E no writer."""
    got = _crew(_article(LEAD, ("Production", "Lyle Brant and Amos Kell shared the photography credit. The screenplay "
                                              "was written by Nigel Ash in collaboration with Tam Osk. The songs were "
                                              "written by Ora Vell with music by Ivo Grane.")))
    assert {("cinematographer", "Lyle Brant"), ("cinematographer", "Amos Kell"), ("writer", "Nigel Ash"),
            ("writer", "Tam Osk")} <= got
    assert ("writer", "Ivo Grane") not in got


@pytest.mark.parametrize("sentence", [
    "The film is notable for Tam Osk's musical direction and Kip Morrow's swing arrangements.",
    "Critics praised Tam Osk's art direction.",
])
def test_a_possessive_of_another_jobs_direction_credits_no_director(sentence):
    """ "A's musical direction" is a composer's work and "A's art direction" a designer's: the
    modifier makes the activity another job's, so A is never the film's director (a composer was
    offered as a director option from such a credit)."""
    text = _article(LEAD + " " + sentence)
    assert ("director", "Tam Osk") not in _crew(text)
    assert ("director", "Mara Quell") in _crew(text)
