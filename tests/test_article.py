"""The article model: titles, headings, the section tree and sentences, on the seed and the whole corpus."""

from __future__ import annotations

import pytest

from bot.article import parse_article, strip_disambiguator
from bot.sentences import split_sentences
from tests.conftest import corpus_params


def test_title_loses_its_disambiguator():
    assert strip_disambiguator("Her (film)") == ("Her", "film")
    assert strip_disambiguator("Rush (2013 film)") == ("Rush", "2013 film")
    assert strip_disambiguator("Dr. Strangelove") == ("Dr. Strangelove", "")


def test_seed_sections_form_a_tree(seed_text):
    a = parse_article(seed_text)
    assert a.title == "Her"
    paths = [a.section_path(s.idx) for s in a.sections]
    assert "Plot" in paths
    assert "Production > Filming" in paths
    assert "Reception > Critical response" in paths
    assert "Reception > Box office" in paths
    assert "Reception > Accolades" in paths
    assert "Release" in paths
    # Cast is an empty section in the seed: the cast is only in prose.
    cast = next(s for s in a.sections if s.heading == "Cast")
    assert cast.paragraphs == []


def test_seed_sentences_have_stable_ids(seed_text):
    a, b = parse_article(seed_text), parse_article(seed_text)
    assert [(s.ref, s.text) for s in a.sentences] == [(s.ref, s.text) for s in b.sentences]
    assert len({s.ref for s in a.sentences}) == len(a.sentences)
    assert a.sentences[3].text == "The film also stars Amy Adams, Rooney Mara, Olivia Wilde, and Chris Pratt."


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Warner Bros. Pictures released it. It did well.", ["Warner Bros. Pictures released it.", "It did well."]),
        ("J. R. Jones of the Chicago Reader gave it 2 stars. He disliked it.", ["J. R. Jones of the Chicago Reader gave it 2 stars.", "He disliked it."]),
        ("It opened in the U.S. and Canada. Then Europe.", ["It opened in the U.S. and Canada.", "Then Europe."]),
        ("He said \"Go.\" She left.", ["He said \"Go.\"", "She left."]),
        # a full stop that lost its space still ends the sentence, but not inside a stylised title
        ("It was released on 1 May 2001.A sequel is planned.", ["It was released on 1 May 2001.", "A sequel is planned."]),
        ("It was made by Ora Pictures.The cast was small.", ["It was made by Ora Pictures.", "The cast was small."]),
        ("Lt.Gen Varga watched Ka.Two twice.", ["Lt.Gen Varga watched Ka.Two twice."]),
        ("It was commendable.''Ora Pell of HIP praised it.", ["It was commendable.''", "Ora Pell of HIP praised it."]),
        ('A "firecracker".Lune Varga praised it.', ['A "firecracker".', "Lune Varga praised it."]),
        # an honour list's title carries its own ellipsis (bot/vocab/sentences.toml), an ordinary one still ends
        ("It ranked #9 on the Institute's 100 Years... 100 Tales. Ora Pell was pleased.",
         ["It ranked #9 on the Institute's 100 Years... 100 Tales.", "Ora Pell was pleased."]),
        ("It was a letdown... Bede Marrow left!! Then it ended.", ["It was a letdown...", "Bede Marrow left!!", "Then it ended."]),
        # a title before a part's name in a credit line ends no sentence (vocab sentences.toml abbreviations)
        ("Ora Pell as Bro. Tam Osk", ["Ora Pell as Bro. Tam Osk"]),
        ("Lune Varga as Adv. Kip Morrow. She won.", ["Lune Varga as Adv. Kip Morrow.", "She won."]),
        ("His part as Maj. Osk made his name. He said so.", ["His part as Maj. Osk made his name.", "He said so."]),
    ],
)
def test_sentence_splitting_keeps_abbreviations(text, expected):
    assert split_sentences(text) == expected


def test_list_lines_are_not_headings():
    text = "Some Film\nSome Film is a 2018 film.\n\nCast\n\nAnne Actor - Role One\nBob Actor - Role Two\nCarl Actor - Role Three\n\nReception\nIt was liked.\n"
    a = parse_article(text)
    assert [s.heading for s in a.sections] == ["Lead", "Cast", "Reception"]
    assert len(a.sections[1].paragraphs) == 3


def test_blank_line_style_short_cast_list_lines_stay_paragraphs():
    text = "A Film\nA Film is a 2018 Indian film.\n\nCast\nRaj Kumar\nPriya Devi\nAmit Shah\n\nProduction\nIt was shot in Mumbai.\n"
    a = parse_article(text)
    assert [s.heading for s in a.sections] == ["Lead", "Cast", "Production"]


def test_unknown_sub_headings_of_an_empty_section_take_its_kind():
    """"Critical response" with no text, then "Contemporaneous" and "Retrospective": the reviews
    under those are critical responses, and a critic quoted there is read as a review."""
    text = ("Some Film\nSome Film is a 1949 film.\n\nRelease\nIt opened in May.\n\nCritical response\n\n"
            "Contemporaneous\nA critic of the Daily Lamp praised the film for its \"gripping climax.\"\n\n"
            "Retrospective\nIt is admired today.\n\nHome media\nIt came out on disc.\n\nReferences\n")
    a = parse_article(text)
    kinds = {s.heading: a.section_kinds(s.idx) for s in a.sections}
    assert "critical" in kinds["Contemporaneous"] and "critical" in kinds["Retrospective"]
    assert "critical" not in kinds["Home media"]
    from bot.extract import extract_all
    reviews = [f for f in extract_all(a).items if f.KIND == "review"]
    assert [r.publication for r in reviews] == ["Daily Lamp"]


@pytest.mark.parametrize("path", corpus_params(ids=lambda p: p.name))
def test_every_corpus_article_parses(path):
    a = parse_article(path.read_text(encoding="utf-8"))
    assert a.title and "(film)" not in a.title
    assert a.sentences, "no sentences"
    # Headings are short and never whole sentences.
    for s in a.sections[1:]:
        assert len(s.heading) <= 60 and not s.heading.endswith("."), s.heading
    # Every paragraph's text is kept, sentence by sentence.
    for p in a.paragraphs:
        joined = " ".join(a.sentences[i].text for i in p.sentences)
        assert joined.replace(" ", "") == p.text.replace(" ", "")


def test_a_credits_line_is_not_a_heading():
    text = ("Some Film\nSome Film is a 2018 film.\n\nProduction\nIt was shot in May.\n"
            "Music: Ora Pell\nVisual effects: Example Digital\n\nRelease\nIt opened in June.\n")
    a = parse_article(text)
    assert [s.heading for s in a.sections] == ["Lead", "Production", "Release"]
    assert "Music: Ora Pell" in [s.text for s in a.sentences]


def test_a_heading_joining_two_kinds_has_both():
    """"Box office and reception" is a reception section too (its critics are reviews), and its
    unknown sub-sections inherit both; a plain heading keeps its one kind."""
    from bot.article import joint_kinds, parse_article
    from bot.extract import reviews

    assert joint_kinds("Box office and reception") == {"box_office", "critical"}
    assert joint_kinds("Writing and casting") == {"production", "cast"}
    assert joint_kinds("Box office") == frozenset()
    art = parse_article("Other Tale\nOther Tale is a 2001 film.\nBox office and reception\nIt grossed $5 million.\n"
                        "Contemporaneous\nTam Osk of The Daily Example called the film \"a quiet marvel\".\n")
    sec = art.sentences[-1].section
    assert {"box_office", "critical"} <= art.section_kinds(sec)
    assert any(getattr(f, "critic", "") == "Tam Osk" for f in reviews.extract(art))


def test_a_screenings_heading_is_a_release_section():
    """"Screenings" on its own line after a cast list is a heading (headings.toml), not the last cast line."""
    from bot.article import parse_article

    art = parse_article("Other Tale\nOther Tale is a 1997 film.\nCast\nIvo Brandt as Hero\nLune Varga as Villain\n"
                        "Screenings\nIt was also shown at the 1997 Example International Film Festival.\n")
    sec = art.sentences[-1].section
    assert art.sections[sec].heading == "Screenings" and "release" in art.section_kinds(sec)


def test_a_bare_name_inside_a_stripped_cast_list_is_a_cast_line_not_a_heading():
    text = ("Other Tale\nOther Tale is a 2018 Ruritanian film.\n\nCast\nOra Pell as Mira\nBede Marrow as Rolf\n"
            "Ivo Brandt\nTam Osk as Mira's mother\nSupporting\nLune Varga as a guard\nKip Morrow as a cook\n"
            "Release\nThe film was released in 2018.\n")
    art = parse_article(text)
    headings = [s.heading for s in art.sections]
    assert "Ivo Brandt" not in headings
    assert "Supporting" in headings and "Release" in headings
    from bot.extract import extract_all
    cast = {f.to_dict()["actor"] for f in extract_all(art).items if f.KIND == "cast"}
    assert {"Ora Pell", "Ivo Brandt", "Tam Osk"} <= cast


def test_syllable_initials_end_no_sentence_but_a_capitalised_word_before_them_does():
    """'lyrics by Ora Pell and Na. Tamosk', 'by Ku. Va. Ivo Brandt': a South Indian name's syllable initials
    (sentences.toml name_syllables) stay in the name; after a capitalised word ('Tai Chi.') they end a sentence."""
    from bot.sentences import split_sentences

    assert split_sentences("Lyrics were written by Ora Pell and Na. Tamosk. The score is by Ku. Va. Ivo Brandt.") == [
        "Lyrics were written by Ora Pell and Na. Tamosk.", "The score is by Ku. Va. Ivo Brandt."]
    assert split_sentences("Ora Pell practised Tai Chi. Bede Marrow did not.") == [
        "Ora Pell practised Tai Chi.", "Bede Marrow did not."]
