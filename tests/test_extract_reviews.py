"""Reviews extractor: aggregates and critics on the seed, hand-checked corpus articles,
and the evidence contract over the whole corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.article import parse_article
from bot.extract import reviews
from bot.extract.reviews import parse_rating
from bot.facts import ReviewFact, ScoreFact
from tests.conftest import SEED, article_path, corpus_files


def _facts(path: Path):
    article = parse_article(path.read_text(encoding="utf-8"))
    return article, reviews.extract(article)


@pytest.fixture(scope="module")
def seed():
    return _facts(SEED)


def _score(facts, source: str) -> ScoreFact:
    found = [f for f in facts if isinstance(f, ScoreFact) and f.source == source]
    assert found, source
    return found[0]


def _critics(facts) -> dict[str, ReviewFact]:
    return {f.critic: f for f in facts if isinstance(f, ReviewFact)}


def test_seed_rotten_tomatoes(seed):
    _, facts = seed
    rt = _score(facts, "rotten_tomatoes")
    assert (rt.score, rt.count, rt.average, rt.average_scale) == (94, 288, 8.5, 10)
    assert rt.text.startswith("94% based on 288 reviews")
    assert rt.consensus.startswith("Sweet, soulful, and smart")


def test_seed_metacritic_and_cinemascore(seed):
    _, facts = seed
    mc = _score(facts, "metacritic")
    assert (mc.score, mc.count, mc.descriptor) == (91, 47, "universal acclaim")
    assert _score(facts, "cinemascore").grade == "B−"


def test_seed_critics(seed):
    _, facts = seed
    got = _critics(facts)
    expected = {
        "Peter Travers": ("Rolling Stone", {"positive"}),
        "Richard Corliss": ("Time", {"positive"}),
        "Todd McCarthy": ("The Hollywood Reporter", {"positive", "mixed"}),
        "Richard Roeper": ("", {"positive"}),
        "Manohla Dargis": ("The New York Times", {"positive"}),
        "Claudia Puig": ("USA Today", {"positive"}),
        "Scott Mendelson": ("Forbes", {"positive"}),
        "Liam Lacey": ("The Globe and Mail", {"positive", "mixed"}),
        "Mick LaSalle": ("San Francisco Chronicle", {"negative"}),
        "J. R. Jones": ("Chicago Reader", {"mixed", "negative"}),
        "Stephanie Zacharek": ("The Village Voice", {"mixed"}),
    }
    assert set(got) == set(expected)
    for critic, (pub, verdicts) in expected.items():
        assert got[critic].publication == pub, critic
        assert got[critic].verdict in verdicts, critic
    assert (got["Peter Travers"].rating_value, got["Peter Travers"].rating_scale) == (3.5, 4)
    assert got["Peter Travers"].rating_text == "three and a half stars out of four"
    assert (got["J. R. Jones"].rating_value, got["J. R. Jones"].rating_scale) == (2, 4)
    assert got["Manohla Dargis"].quote.startswith("at once a brilliant conceptual gag")


def test_seed_no_invented_critics(seed):
    _, facts = seed
    names = set(_critics(facts))
    assert not names & {"Sandra Bullock", "Robert Redford", "Charlie Kaufman"}


@pytest.mark.parametrize(
    ("text", "value", "scale"),
    [
        ("three and a half stars out of four", 3.5, 4),
        ("gave the film 2 out of 4 stars", 2, 4),
        ("three-and-a-half stars out of four", 3.5, 4),
        ("rated it 4/5", 4, 5),
        ("3½ stars out of four", 3.5, 4),
        ('gave the film a "B+"', 9, 12),
        ("a full four stars", 4, 4),
    ],
)
def test_parse_rating(text, value, scale):
    _, v, s = parse_rating(text)
    assert (v, s) == (value, scale)


def test_blackkklansman_posttrak_and_grade():
    _, facts = _facts(article_path("blackkklansman-2018.txt"))
    post = {f.descriptor: f.score for f in facts if isinstance(f, ScoreFact) and f.source == "posttrak"}
    assert post == {"positive": 85, "definite recommend": 67}
    assert _score(facts, "cinemascore").grade == "A–"
    assert _critics(facts)["Peter Bradshaw"].rating_value == 3


def test_empire_strikes_back_reviews():
    _, facts = _facts(article_path("the-empire-strikes-back-1980.txt"))
    got = _critics(facts)
    assert got["Vincent Canby"].verdict == "negative"  # "a largely dismissive review"
    assert (got["Gene Siskel"].rating_value, got["Gene Siskel"].rating_scale) == (3.5, 4)
    assert _score(facts, "metacritic").descriptor == "universal acclaim"


def test_glued_sentence_does_not_leak_into_score():
    _, facts = _facts(article_path("12-strong-2018.txt"))
    cs = _score(facts, "cinemascore")
    assert cs.grade == "A" and "Roeper" not in cs.text
    assert _critics(facts)["Richard Roeper"].rating_value == 2.5


@pytest.mark.corpus
def test_evidence_and_no_exception_over_corpus():
    for path in [SEED, *corpus_files()]:
        article, facts = _facts(path)
        sources = [f.source for f in facts if isinstance(f, ScoreFact) and f.source != "posttrak"]
        assert len(sources) == len(set(sources)), path.name
        # one review per reviewer: a critic, or a publication named alone
        critics = [f.critic or f.publication for f in facts if isinstance(f, ReviewFact)]
        assert all(critics), path.name
        assert len(critics) == len(set(critics)), path.name
        for f in facts:
            text = article.sentences[f.sentence].text
            for name, value in f.evidence_texts():
                assert value in text, (path.name, name, value, text)
            if isinstance(f, ReviewFact):
                assert f.verdict in {"", "positive", "mixed", "negative"}


# --- shapes of critics and publications, on invented sentences ------------------------------------
def _reviewers(text: str, title: str = "Example Film") -> list[tuple[str, str]]:
    article = parse_article(f"{title}\nReception\n{text}\n")
    return [(f.critic, f.publication) for f in reviews.extract(article) if isinstance(f, ReviewFact)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('A. B. Critic of The Daily Ledger called the film "a delight".', [("A. B. Critic", "The Daily Ledger")]),
        ('The Weekly Sentinel critic Jane Q. Doe called it "bold".', [("Jane Q. Doe", "The Weekly Sentinel")]),
        ('Variety wrote: "A happy, foot-stomping show."', [("", "Variety")]),
        ('Example\'s Reports called it "a thoroughly delightful blend".', [("", "Example's Reports")]),
        ("John Roe, writing for The Evening Gazette, praised the score.", [("John Roe", "The Evening Gazette")]),
        ("The Morning Herald's John Roe praised the film.", [("John Roe", "The Morning Herald")]),
        ("The Bombay Times gave it 3 out of 5.", [("", "The Bombay Times")]),
        ("Jane Doe of examplecentral.com gave the film 1.5 out of 5.", [("Jane Doe", "examplecentral.com")]),
        ("Jane Doe, in Noir Films: A Reference to the Style, notes that the plot is contrived.",
         [("Jane Doe", "Noir Films: A Reference to the Style")]),
        ("Film critic Jan Novak gave the film a favorable review.", [("Jan Novak", "")]),
        ("Film critic Jan Novak in 2005 wrote a favorable review:", [("Jan Novak", "")]),
        ("When the film was released The Daily Chronicle wrote:", [("", "The Daily Chronicle")]),
        ("The Eastern Times gave the film a rating of 3.0/5 and Exampleworld gave the film a rating of 1.5/5.",
         [("", "The Eastern Times"), ("", "Exampleworld")]),
        ("The Eastern Express, Examplepost, and Malan Varta awarded the film 3.5 out of 5 stars.",
         [("", "The Eastern Express"), ("", "Examplepost"), ("", "Malan Varta")]),
        ("A critic for the Example News Service gave it four stars out of five.", [("", "Example News Service")]),
        ("For ExampleWire, Dana Smith gave the film a grade of \"B+\".", [("Dana Smith", "ExampleWire")]),
        ("Jo Bloggs of the Example Tribune and Al Smith of the Example Sun-Times both gave the film mixed reviews.",
         [("Jo Bloggs", "Example Tribune"), ("Al Smith", "Example Sun-Times")]),
    ],
)
def test_reviewer_shapes(text, expected):
    assert _reviewers(text) == expected


def test_a_publication_is_never_a_critic_nor_a_critic_a_publication():
    got = _reviewers("The Eastern Express, Examplepost, and Malan Varta awarded the film 3.5 out of 5 stars. "
                     "S Kumaran of The Eastern Express gave it four stars out of five.")
    assert ("Malan Varta", "") not in got and ("", "S Kumaran of The Eastern Express") not in got
    assert ("S Kumaran", "The Eastern Express") in got


def test_reviews_of_other_works_and_cast_talk_are_not_reviews():
    text = ("Example Film\nCast\nJo Star as the lead.\nReception\n"
            "In his review of Another Picture, Sam Critic wrote that it was dull.\n"
            "Jo Star said the shoot was hard.\n"
            "In a 2010 interview, Jo Star said she loved the film.\n")
    article = parse_article(text)
    assert [f for f in reviews.extract(article) if isinstance(f, ReviewFact)] == []


def test_list_rating_is_shared():
    article = parse_article("Example Film\nReception\nThe Eastern Express and Examplepost rated it 2/5.\n")
    got = [f for f in reviews.extract(article) if isinstance(f, ReviewFact)]
    assert [(f.publication, f.rating_value, f.rating_scale) for f in got] == [("The Eastern Express", 2, 5), ("Examplepost", 2, 5)]


def test_critic_named_in_the_lead_by_role():
    article = parse_article("Example Film\nExample Film is a 1954 musical film. Film critic Ana Rivera has called its "
                            "dance sequence \"one of the most rousing\".\nPlot\nA story.\n")
    got = [(f.critic, f.publication) for f in reviews.extract(article) if isinstance(f, ReviewFact)]
    assert got == [("Ana Rivera", "")]


@pytest.mark.parametrize("sentence, want", [
    ("Examplecritique.it called the film unique and original.", {("", "Examplecritique.it")}),
    ("Ada Quill and Bo Lunt, in a study of noir cinema, wrote that \"the chase remains brutal\".",
     {("Ada Quill", ""), ("Bo Lunt", "")}),
    ("In 1998, Ada Quill of the Example Reader included the film in her list of the best films.",
     {("Ada Quill", "Example Reader")}),
    # a critic with a paper and a quote, whatever the verb
    ('Decades later, Ada Quill of the Example Reader allowed that it had "a kind of charm".', {("Ada Quill", "Example Reader")}),
    ('Bo Lunt of the Valley Post wrapped up his review stating that "the acting is wooden."', {("Bo Lunt", "Valley Post")}),
    ('In his Valley Times review, Bo Lunt was of the opinion that "it is empty."', {("Bo Lunt", "Valley Times")}),
    ('Ada Quill\'s capsule review reads "Supremely entertaining."', {("Ada Quill", "")}),
    ("The staff at Examplewire wrote, \"A hardboiled melodrama.\"", {("", "Examplewire")}),
    ("Film Ledger raved, \"A must-see picture.\"", {("", "Film Ledger")}),
    ("Ada Quill of the Valley Lamp newspaper wrote: \"Suspenseful.\"", {("Ada Quill", "Valley Lamp")}),
    ("This film received a positive review in The Valley Times.", {("", "The Valley Times")}),
    ('At the premiere, The Valley Times\' Bo Lunt wrote: "A glorious mess."', {("Bo Lunt", "The Valley Times")}),
    ('In a 1985 book on Rell, Ada Quill called it "a companion piece".', {("Ada Quill", "")}),
    ('DVD Ledger praised the film, writing it was "a surprise".', {("", "DVD Ledger")}),
    ('It is described as a "routine tale" by Ada Quill of Example Movie Guide.', {("Ada Quill", "Example Movie Guide")}),
    ('Variety began its review with a similar sentiment: "Why quibble?"', {("", "Variety")}),
])
def test_more_review_shapes(sentence, want):
    from bot.extract import reviews

    art = parse_article(f"Invented Film\nInvented Film is a 2001 film.\nReception\n{sentence}\n")
    got = {(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"}
    assert want <= got


def test_a_character_of_an_actor_with_a_quote_is_no_review():
    """"the turn of Bede Marrow of Ora Pell was "wooden"": no publication, so no critic."""
    from bot.extract import reviews

    art = parse_article("Invented Film\nInvented Film is a 2001 film.\nReception\n"
                        'He found the turn of Bede Marrow of Pell rather "wooden".\n')
    assert [f for f in reviews.extract(art) if f.KIND == "review"] == []


def test_publication_lists_staffers_and_reported_verdicts():
    from bot.article import parse_article
    from bot.extract import reviews

    art = parse_article("Zzyzx Road\nZzyzx Road is a 2001 film.\nReception\nCritics from The Weekly Lamp, Grue Central and "
                        "Cinema Drain each described it as the worst film ever made. Likewise, a review from DVD Judge "
                        "wrote that it was \"a treasure\". Daily Courier staffer Ines Vaark wrote that it was \"flat\". "
                        "She added that The Gazette called the film \"stuffy\", while the Valley Reporter appreciated its "
                        "cast. In a retrospective review in the Evening Lamp, Ora Pell wrote: \"Arty.\"\n")
    got = {(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"}
    assert {("", "The Weekly Lamp"), ("", "Grue Central"), ("", "Cinema Drain"), ("", "DVD Judge"),
            ("Ines Vaark", "Daily Courier"), ("", "The Gazette"), ("", "Valley Reporter")} <= got
    assert ("", "Ora Pell") not in got  # a critic after her publication is no second publication


def test_publications_that_plainly_review_outside_a_reception_section():
    from bot.extract import reviews

    art = parse_article("Invented Film\nInvented Film is a 2018 film.\nRelease\nIt was released on 16 June 2018. "
                        "The Valley Times and Example Business Times gave the film positive reviews. "
                        "The Valley Times reported that the studio had moved the date.\n")
    got = {(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"}
    assert got == {("", "The Valley Times"), ("", "Example Business Times")}


def test_a_critic_whose_name_ends_in_an_initial_is_one_review():
    from bot.extract import reviews

    art = parse_article("Invented Film\nInvented Film is a 2018 film.\nReception\n"
                        'Ora P. of Valley Today felt the film was "dragged". The reviewer for Lamp Times, Bede Marrow, '
                        'called it "bright". Later, Ora P of Valley Today said that "it works".\n')
    got = [(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"]
    assert got == [("Ora P.", "Valley Today"), ("Bede Marrow", "Lamp Times")]


@pytest.mark.parametrize("sentence, want", [
    ('Varga\'s Film Guide referred to it as a "zany romp".', {("", "Varga's Film Guide")}),
    ('In Guide for the Film Lover, Ora Pell called the film "a complete original".', {("Ora Pell", "Guide for the Film Lover")}),
    ('Ora Pell and Bede Marrow write in Noir: A Reference to the Style: "the best of its kind".',
     {("Ora Pell", "Noir: A Reference to the Style"), ("Bede Marrow", "Noir: A Reference to the Style")}),
    ('The Daily Lamp\'s Ivo Brandt called it "fun".', {("Ivo Brandt", "The Daily Lamp")}),
])
def test_reviews_in_books_and_guides(sentence, want):
    art = parse_article(f"Invented Film\nInvented Film is a 2001 drama film.\nCritical response\n{sentence}\n")
    assert {(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"} == want


def test_a_publication_named_like_a_person_is_no_critic():
    art = parse_article("Invented Film\nInvented Film is a 2001 drama film.\nCritical response\n"
                        "Ruritania World describes the film as a light. Ora Digital felt the film was thin.\n")
    assert {(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"} == {
        ("", "Ruritania World"), ("", "Ora Digital")}


def test_a_publication_named_with_a_number():
    """"Ora Pell of Example News 18 gave the film 1.5 stars out of 5": a channel's number is part of its name."""
    text = ("Example Picture\nExample Picture is a 2018 drama film.\n\nCritical response\nOra Pell of Example News 18 "
            "gave the film a rating of 1.5 stars out of 5.\n")
    got = [(f.critic, f.publication) for f in reviews.extract(parse_article(text)) if isinstance(f, ReviewFact)]
    assert got == [("Ora Pell", "Example News 18")]


def test_a_critics_present_tense_and_degree_verbs():
    """"A concurs …, citing", "B was highly impressed with …, but claimed": reviewers' verbs in the
    present tense and with a degree word (reviews.toml)."""
    from bot.article import parse_article
    from bot.extract import reviews

    for sentence, critic in (("Tam Osk was highly impressed with the design, but claimed \"it is a triumph of design\".", "Tam Osk"),
                             ("Kip Morrow concurs with this assessment, citing it as \"one of the few films\".", "Kip Morrow")):
        art = parse_article(f"Other Tale\nOther Tale is a 2001 film.\nCritical reception\n{sentence}\n")
        assert critic in {f.critic for f in reviews.extract(art) if f.KIND == "review"}


def test_a_quoted_verdict_on_the_film_outside_reception():
    """Legacy prose: "A wrote the film "is about fate"" and "The Weekly calls the film a "dark
    stunner"" are reviews; "Disc Two includes the film, a "brickfilm"" lists, and the film's own
    director talking is no critic."""
    from bot.article import parse_article
    from bot.extract import reviews

    art = parse_article("Other Tale\nOther Tale is a 1937 film directed by Ora Pell.\nLegacy\nTam Osk wrote the film "
                        "\"is about destiny and fate\". The Weekly Guide calls the film a \"dark stunner\". Disc Two "
                        "includes Other Tale in Lego, a \"brickfilm\" version. Ora Pell said the film \"was hard\".\n")
    got = {(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"}
    assert ("Tam Osk", "") in got and ("", "The Weekly Guide") in got
    assert not any(c in {"Disc Two", "Ora Pell"} for c, _p in got)


def test_a_publication_vouched_for_by_its_medium_noun():
    """"Punjabi website Example Films said …", "the trade paper Example Weekly called it …": the medium
    noun (reviews.toml medium_nouns) makes the name a publication; "The newspaper reported" names none."""
    from bot.article import parse_article
    from bot.extract import reviews

    art = parse_article("Other Tale\nOther Tale is a 2018 film.\nCritical reception\nPunjabi website Example Films said, "
                        "\"it ends on a very special message\". The trade paper Example Weekly called it \"a triumph\". "
                        "The newspaper reported that the studio was sold.\n")
    got = {f.publication for f in reviews.extract(art) if f.KIND == "review"}
    assert {"Example Films", "Example Weekly"} <= got


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # the inverted attribution after a quote (reviews.toml inverted_verbs)
        ('"The first one was not greeted warmly," said The Zenda Times, "but this one was panned."', ("", "The Zenda Times")),
        ('"It is a fine film," said Ora Pell of The Zenda Times.', ("Ora Pell", "The Zenda Times")),
        ('"It is a fine film," said Ora Pell.', ("Ora Pell", "")),
        # a reviewer noun set beside the paper or the critic (reviews.toml apposition_heads)
        ("Another American reviewer in 1950, Zenda Bulletin, gave generally high marks to the film.", ("", "Zenda Bulletin")),
        ("Another reviewer, The Zenda Times, gave it three stars.", ("", "The Zenda Times")),
        ("One critic, Ora Pell, called it a bore.", ("Ora Pell", "")),
        # "made note of" is a reviewer's verb
        ("Ora Pell made note of the film's pacing.", ("Ora Pell", "")),
    ],
)
def test_review_in_unread_shapes(sentence, expected):
    facts = reviews.extract(parse_article("Other Tale\nOther Tale is a 2018 film.\n\nReception\n" + sentence + "\n"))
    assert expected in {(f.critic, f.publication) for f in facts if isinstance(f, ReviewFact)}


def test_a_lone_surname_after_a_quote_is_no_publication():
    facts = reviews.extract(parse_article("Other Tale\nOther Tale is a 2018 film.\n\nReception\n"
                                         '"We shot it in May," said Zenda.\n'))
    assert not [f for f in facts if isinstance(f, ReviewFact)]


def test_an_apposed_non_reviewer_is_no_review():
    facts = reviews.extract(parse_article("Other Tale\nOther Tale is a 2018 film.\n\nReception\n"
                                         "Another actor, Ora Pell, called it a bore.\n"))
    assert not [f for f in facts if isinstance(f, ReviewFact)]


@pytest.mark.parametrize("heading, sentence, want", [
    # the cast and music prose quotes critics on a performance or the songs
    ("Cast", 'Critic Tam Osk suggests that the film "makes you realise the value of its actors."', {("Tam Osk", "")}),
    ("Casting", 'Ivo Brandt from Example News Network wrote that the voice cast included "a mix of short-timers".',
     {("Ivo Brandt", "Example News Network")}),
    ("Music", 'Savera Osk of The Daily Example said the film\'s songs give "the feel of classic songs".',
     {("Savera Osk", "The Daily Example")}),
    ("Soundtrack", 'Lune Varga of The Weekly Example said that "it is time for a new music director."',
     {("Lune Varga", "The Weekly Example")}),
    # …but not a critic cited for a fact of the making, nor a surname read as a paper
    ("Casting", "According to film critic Tam Osk, the role was the easiest of the three for Kip Morrow to play.", set()),
    ("Music", 'Marrow believed the score helped move the film along: "It was a real balancing act."', set()),
])
def test_critics_quoted_in_cast_and_music_prose(heading: str, sentence: str, want: set) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2001 film directed by Ora Pell with music by Bede Marrow.\n\n"
                        f"{heading}\n{sentence}\n")
    got = {(f.critic, f.publication) for f in reviews.extract(art) if isinstance(f, ReviewFact)}
    assert got == want


def test_a_reviewing_partner_is_a_critic() -> None:
    art = parse_article("Other Tale\nOther Tale is a 2001 film.\n\nReception\nBede Marrow called it dull.\n"
                        "His reviewing partner Tam Osk disagreed, describing the film as adult.\n")
    assert {f.critic for f in reviews.extract(art) if isinstance(f, ReviewFact)} >= {"Tam Osk"}


@pytest.mark.parametrize("heading, sentence, want", [
    # the critic, then the paper and its role noun set beside the name
    ("Reception", "Bede Marrow, The Zenda Times critic, gave the film a mixed review.", {("Bede Marrow", "The Zenda Times")}),
    # the paper's review as the subject, or "a review in" the paper
    ("Reception", 'The Zenda Times movie review said: "A charming little comedy."', {("", "The Zenda Times")}),
    ("Reception", 'A review in Zenda Bulletin magazine stated: "A sordid tale, ably told."', {("", "Zenda Bulletin")}),
    # a review verb in the passive, the reviewer after "by"
    ("Critical reception", 'The film has been hailed by The Zenda Times as "a fascinating look".', {("", "The Zenda Times")}),
    ("Reception", "It was praised by Ora Pell of The Zenda Times.", {("Ora Pell", "The Zenda Times")}),
    # a publication ranking the film ("named it"), a guide named for its critic
    ("Reception", 'Zenda Times named it "one of the best films in a long time".', {("", "Zenda Times")}),
    ("Reception", "Ora Pell's Movie Guide awarded Other Tale three out of four stars.", {("Ora Pell", "Ora Pell's Movie Guide")}),
    # outside reception: a reviewer from a firm paper, a book quoted straight after its title
    ("Soundtrack", 'A reviewer from The Zenda Express wrote, "The soundtrack is beautiful."', {("", "The Zenda Express")}),
    ("Analysis", 'Ora Pell and Kip Morrow write in Other Noir: A Reference to the Style: "Other Tale is the best of them."',
     {("Ora Pell", "Other Noir: A Reference to the Style"), ("Kip Morrow", "Other Noir: A Reference to the Style")}),
    # "categorized", "noticed": a verdict of kind, what a critic saw
    ("Marketing", "Tam Osk of The Zenda Observer categorized Other Tale as a high concept film.", {("Tam Osk", "The Zenda Observer")}),
])
def test_reviews_in_further_frames(heading: str, sentence: str, want: set) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2001 film.\n\n{heading}\n{sentence}\n")
    got = {(f.critic, f.publication) for f in reviews.extract(art) if isinstance(f, ReviewFact)}
    assert want == got


def test_a_passive_verdict_reads_its_verb() -> None:
    art = parse_article("Other Tale\nOther Tale is a 2001 film.\n\nReception\n"
                        'The film was praised by The Zenda Times as "a gem".\n')
    assert [f.verdict for f in reviews.extract(art) if isinstance(f, ReviewFact)] == ["positive"]


@pytest.mark.parametrize("sentence", [
    # the film's writer under a reception heading is no critic
    "Ora Pell wrote the story from a Ruritanian original, in which it might have had more vitality.",
    # "The review stated": no publication named "The"
    'The review stated "the young director achieves moments of real tension".',
    # news, not a ranking: a bare "named"
    "The Zenda Times named Ivo Brandt its new editor.",
])
def test_no_review_in_near_frames(sentence: str) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2001 film.\n\nReception\n{sentence}\n")
    assert not [f for f in reviews.extract(art) if isinstance(f, ReviewFact)]


def test_her_review_in_a_paper_is_the_critics() -> None:
    """"Ora Pell, in her review in The Zenda Times, rated it": the critic's review, not a second one by the paper."""
    art = parse_article("Other Tale\nOther Tale is a 2001 film.\n\nReception\n"
                        'Meanwhile, Ora Pell, in her review in The Zenda Times, rated the film a B-, and added that "it is fine".\n')
    got = [(f.critic, f.publication) for f in reviews.extract(art) if isinstance(f, ReviewFact)]
    assert [c for c, _ in got] == ["Ora Pell"]


@pytest.mark.parametrize("heading, sentence, want", [
    # a summary's critics with a participle after "with"
    ("Reception", 'The film received mixed reviews, with Ora Pell of The Zenda Times calling it "a bore".',
     {("Ora Pell", "The Zenda Times")}),
    ("Reception", "It drew praise, with Zenda Bulletin praising the cast.", {("", "Zenda Bulletin")}),
    # a paper's opinion after "according to", but not a box-office report
    ("Reception", "According to Zenda Bulletin, the film is a minor triumph of style.", {("", "Zenda Bulletin")}),
    ("Reception", "According to Zenda Bulletin, the film earned rentals of $2 million.", set()),
    # "writing for X in 1999,"; a rank before the role noun; the paper named after its medium noun
    ("Reception", "Writing for Zenda Bulletin in 1999, Ora Pell called it slight.", {("Ora Pell", "Zenda Bulletin")}),
    ("Reception", 'Ora Pell, chief film critic for Zenda Bulletin writes "a tender film".', {("Ora Pell", "Zenda Bulletin")}),
    ("Reception", 'Ora Pell of the trade newspaper Zenda Bulletin wrote that it was "adequate".', {("Ora Pell", "Zenda Bulletin")}),
    # a verdict named ("dubbed") by a critic
    ("Reception", 'Ora Pell dubbed it "the dullest film of the year".', {("Ora Pell", "")}),
])
def test_reviews_in_summary_and_rank_frames(heading: str, sentence: str, want: set) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2001 film.\n\n{heading}\n{sentence}\n")
    got = {(f.critic, f.publication) for f in reviews.extract(art) if isinstance(f, ReviewFact)}
    assert want == got


def test_a_critic_of_a_web_address_in_music_prose() -> None:
    art = parse_article("Other Tale\nOther Tale is a 2001 film.\n\nSoundtrack\nIn contrast, Ora Pell of zendareviews.in "
                        'wrote that "the rest of the soundtrack does not leave much of an impression".\n')
    assert {(f.critic, f.publication) for f in reviews.extract(art) if isinstance(f, ReviewFact)} == {("Ora Pell", "zendareviews.in")}


@pytest.mark.parametrize("heading, sentence, want", [
    # a critic ranked among the reviews; a weekly with no cue word in its name, outside the reception section too
    ("Critical response", "Ora Pell was the most effusive of the more positive reviews, praising the film's spirit.",
     {("Ora Pell", "")}),
    ("Reaction and legacy", 'Lune Varga of The New Yorker called the film "often recklessly funny".',
     {("Lune Varga", "The New Yorker")}),
    # a historian or scholar reporting a fact is no critic: a box-office report, news of the making
    ("Reception", "Though box office data for the film is unknown, according to film historian Kip Morrow, Other Tale "
     "did not fare well with audiences upon its theatrical release.", set()),
    ("Reception", "In 2013 scholar Lune Varga reported that studio head Tam Osk personally ordered a word to be cut "
     "from the dialogue.", set()),
    # …but a critic's quoted words after "according to" are a verdict
    ("Reception", 'According to Ivo Brandt of The Zenda Chronicle, "the film refrains from the violence that made '
     'others audience favorites".', {("Ivo Brandt", "The Zenda Chronicle")}),
])
def test_ranked_critics_weeklies_and_reports(heading: str, sentence: str, want: set) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2001 film.\n\n{heading}\n{sentence}\n")
    got = {(f.critic, f.publication) for f in reviews.extract(art) if isinstance(f, ReviewFact)}
    assert want == got


@pytest.mark.parametrize("heading, sentence, want", [
    # critics named in a list after "including" / "such as", with a plural verb; a stray full stop after the last
    ("Critical reception", "However, many critics, including Ivo Brandt and Kip S. Morrow., maintain that Other Tale is "
     "still a great film.", {("Ivo Brandt", ""), ("Kip S. Morrow", "")}),
    ("Critical reception", "Other historians and critics, including Bede Marrow and Ivo Brandt, cited the scene as a "
     "precursor of later films.", {("Bede Marrow", ""), ("Ivo Brandt", "")}),
    # a critic's reading of the film
    ("Themes", "In 1986, critic Kip Morrow examined what he viewed as the film's subtext.", {("Kip Morrow", "")}),
])
def test_critics_in_lists_and_readings(heading: str, sentence: str, want: set) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2001 film.\n\n{heading}\n{sentence}\n")
    got = {(f.critic, f.publication) for f in reviews.extract(art) if isinstance(f, ReviewFact)}
    assert want == got


@pytest.mark.parametrize("sentence, want", [
    # the critics' percentage told beside an audience score; the audience score alone is none
    ("On Rotten Tomatoes the film holds a user approval rating of 99%, with an average of 4.9/5, and 93% among critic "
     "reviews.", [93.0]),
    ("On Rotten Tomatoes, the audience score is 80% while the critics' score is 45%.", [45.0]),
    ("On Rotten Tomatoes the film has a user approval rating of 99%.", []),
])
def test_critics_score_beside_an_audience_score(sentence: str, want: list) -> None:
    art = parse_article(f"Other Tale\nOther Tale is a 2018 film.\n\nCritical response\n{sentence}\n")
    assert [f.score for f in reviews.extract(art) if isinstance(f, ScoreFact)] == want


def test_metacritic_figure_after_its_name_when_rotten_tomatoes_shares_the_sentence():
    """"71% on Rotten Tomatoes, and on Metacritic a score of 62": each aggregate takes its own figure."""
    art = parse_article("Other Tale\nOther Tale is a 2018 film.\nReception\nOn Rotten Tomatoes, Other Tale holds an "
                        "approval rating of 71% based on 66 reviews, and on Metacritic it has a score of 62 out of 100 "
                        "based on 21 critics. Metacritic gives Other Tale a score of 40.\n")
    facts = reviews.extract(art)
    assert _score(facts, "rotten_tomatoes").score == 71
    assert _score(facts, "metacritic").score == 62
    art = parse_article("Other Tale\nOther Tale is a 2018 film.\nReception\nIt has a score of 55 on Metacritic and "
                        "an approval rating of 80% on Rotten Tomatoes.\n")
    assert _score(reviews.extract(art), "metacritic").score == 55


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Romance paper's joining word, a lower-case word after "du", a slash in a paper's name
        ('Ora Pell of Corriere della Ruritania dismissed the film as "one more coffin".',
         [("Ora Pell", "Corriere della Ruritania")]),
        ('In Cahiers du cinéma, Bede Marrow called it "the most truthful film yet made".',
         [("Bede Marrow", "Cahiers du cinéma")]),
        ('Tam Osk of Example/12 praised the cast.', [("Tam Osk", "Example/12")]),
        # a paper named with another language's article is a paper, not a person
        ('Ivo Brandt of Die Zeit found the ending "too consoling," while Der Spiegel named it one of the best films.',
         [("Ivo Brandt", "Die Zeit"), ("", "Der Spiegel")]),
        # a place after "Writing for X", a year-end list, an adjective before the medium noun
        ('Writing for Variety from Ruritania, Lune Varga called it "superbly acted".', [("Lune Varga", "Variety")]),
        ("In a year-end list for The Example Globe, Kip Morrow placed it fourth.", [("Kip Morrow", "The Example Globe")]),
        ("The nationalist newspaper Example Ribao condemned the film's politics.", [("", "Example Ribao")]),
        # a paper's comparative verdict
        ('The Times of Ruritania was less impressed, describing the plot as "a bazaar".', [("", "The Times of Ruritania")]),
    ],
)
def test_long_article_reviewer_shapes(text, expected):
    """Reviewers as long articles name them (issue 9, long shapes)."""
    assert _reviewers(text) == expected


def test_commentators_are_no_publication():
    assert _reviewers('Commentators noted that the film appeared at a time of "intense debate".') == []


@pytest.mark.parametrize("sentence, want", [
    ("Zenda Patrika was more guarded, finding the ending \"too heavy\".", ("", "Zenda Patrika")),
    ("Tam Osk Patrika called it \"a dull picture\".", ("", "Tam Osk Patrika")),
    ("Zenda Shimbun praised the film's music.", ("", "Zenda Shimbun")),
    ("Ora Pell of Zenda Zeitung called it \"a dull picture\".", ("Ora Pell", "Zenda Zeitung")),
])
def test_a_paper_named_by_its_own_languages_word_for_a_newspaper(sentence, want):
    """A paper whose name reads like a person's ('Tam Osk Patrika') is a paper by its word for a newspaper in
    its language (reviews.toml publication_cues), never a critic."""
    art = parse_article(f"Invented Film\nInvented Film is a 2001 film.\nReception\n{sentence}\n")
    assert [(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"] == [want]


@pytest.mark.parametrize("sentence, want", [
    ("An unsigned notice in the Zenda Herald was cooler, finding the middle reels \"as becalmed as a mill pond\".",
     ("", "Zenda Herald")),
    ("The Zenda Post's critic called it \"a dull picture\".", ("", "The Zenda Post")),
    ("The Zenda Herald's reviewer found it \"a dull picture\".", ("", "The Zenda Herald")),
    ("The Zenda Post's critic Ora Pell called it dull.", ("Ora Pell", "The Zenda Post")),
])
def test_an_unsigned_notice_and_a_papers_unnamed_critic(sentence, want):
    """A paper's review with no critic named ('an unsigned notice in X', 'X's critic called it') is the paper's."""
    art = parse_article(f"Invented Film\nInvented Film is a 2001 film.\nReception\n{sentence}\n")
    assert [(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"] == [want]


def test_a_critic_with_the_paper_in_brackets():
    """'Lune Varga (The Zenda Times) praised the film': the bracket names the paper when it is one by its shape;
    a part or a year in the bracket is none."""
    def got(sentence):
        art = parse_article(f"Invented Film\nInvented Film is a 2001 film.\nReception\n{sentence}\n")
        return [(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"]
    assert got("Lune Varga (The Zenda Times) praised the film.") == [("Lune Varga", "The Zenda Times")]
    assert ("Lune Varga", "Marta") not in got("Lune Varga (Marta) called it \"a dull picture\".")


@pytest.mark.parametrize("sentence, want", [
    ("The film was reviewed favourably by Lune Varga in The Zenda Times.", ("Lune Varga", "The Zenda Times")),
    ("The film received a positive review from Lune Varga of The Zenda Times.", ("Lune Varga", "The Zenda Times")),
])
def test_a_critic_named_after_by_or_from_with_the_paper(sentence, want):
    """'reviewed favourably by A in The Daily', 'a positive review from A of The Daily': the critic and the paper,
    not a paper called 'A of The Daily'."""
    art = parse_article(f"Invented Film\nInvented Film is a 2001 film.\nReception\n{sentence}\n")
    assert [(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"] == [want]


def test_words_of_a_books_title_are_no_critic():
    """'In his book Zenda: The Films Most Critics Never Saw Coming, Tam Osk stated …': one critic, Tam Osk, with his
    book; 'Critics Never Saw Coming' inside the title is no role noun and name."""
    art = parse_article("Invented Film\nInvented Film is a 2001 film.\nReception\nIn his book Zenda: The Films Most "
                        "Critics Never Saw Coming, Tam Osk stated that it is \"a cult film\".\n")
    assert [(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"] == [
        ("Tam Osk", "Zenda: The Films Most Critics Never Saw Coming")]


@pytest.mark.parametrize("heading, sentence, want", [
    ("Themes", "Some critics argued that it was bad; writer Tam Osk called it \"a postcard from a journey nobody would "
     "choose\".", [("Tam Osk", "")]),
    ("Themes", "Writer Tam Osk said the shoot was hard.", []),
    ("Production", "The story had been covered by the columnist Tam Osk, who later sued the producers over the film's "
     "similarity to his articles.", []),
    ("Reception", "In his history of the form, Zenda Nation (1977), Tam Osk called it \"the last great serial\".",
     [("Tam Osk", "Zenda Nation")]),
])
def test_writers_outside_reception_and_a_history_named_before_its_author(heading, sentence, want):
    """Outside a reception section a writer is a critic when he calls the film something in quotation marks, and a
    columnist 'who later sued the producers' is a part of the story; 'In his history of the form, X (1977), A called
    it' is A's review in his book X."""
    art = parse_article(f"Invented Film\nInvented Film is a 2001 film.\n{heading}\n{sentence}\n")
    assert [(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"] == want


@pytest.mark.parametrize("sentence, want", [
    # the paper told after the critic, in the critic's own clause
    ("Ora Pell reviewed the film for The Ruritania Times and said it was \"a decent watch\".",
     [("Ora Pell", "The Ruritania Times")]),
    ("Ora Pell, in her review for Mid-Day, said the film was \"tedious\".", [("Ora Pell", "Mid-Day")]),
    ("Ora Pell gave the film three out of five stars in Empire.", [("Ora Pell", "Empire")]),
    ("Ora Pell writing for Variety said it was \"a triumph\".", [("Ora Pell", "Variety")]),
    ("Ora Pell (writing in The Ruritania Herald) called it \"a mess\".", [("Ora Pell", "The Ruritania Herald")]),
    ("Ora Pell's review in Variety called it \"a gem\".", [("Ora Pell", "Variety")]),
    ("In his Ruritania Weekly article \"The War Films\", Bede Marrow wrote that the film was a mystery.",
     [("Bede Marrow", "Ruritania Weekly")]),
    # another critic's paper stays his
    ("Ora Pell called it \"dull\"; Bede Marrow gave it three stars in The Ruritania Times.",
     [("Ora Pell", ""), ("Bede Marrow", "The Ruritania Times")]),
    # a critic and her paper set side by side is no list of two papers
    ("Ora Pell, Filmfare, gave it two stars.", [("Ora Pell", "Filmfare")]),
    # a rating received from a paper
    ("The film got 3 stars from The Ruritania Times.", [("", "The Ruritania Times")]),
    ("It received 3/5 from Sify.", [("", "Sify")]),
    ("The film was given three stars by Filmfare.", [("", "Filmfare")]),
    ("The film received a rating of 3.5 from Bollywood Hungama.", [("", "Bollywood Hungama")]),
    # papers named with an ampersand, a medium's noun, or a common word that rates the film
    ("Sight & Sound praised the performances.", [("", "Sight & Sound")]),
    ("Giving it three stars, People magazine found that the film \"boasts a strong story\".", [("", "People")]),
    ("People gave it a B and wrote that \"you will want to stand up\".", [("", "People")]),
    ("People called it \"a blast\".", []),
    # a surname with a lower-case particle pair
    ("The film historian Ora de los Pell, writing in 1974, called it \"the last great cry\".", [("Ora de los Pell", "")]),
    # people of the film talking to a paper are no critics
    ("Ivo Brandt told Variety that the film was \"deeply personal\".", []),
    ("In an interview with Rediff, Ivo Brandt said the film was \"personal\".", []),
])
def test_critic_paper_shapes(sentence, want):
    """Shapes of a critic's paper that reception sections use beside 'A of The Daily': told after the name ('reviewed
    the film for', 'in her review for', 'stars in', 'writing for' without commas, a possessive review 'in' a paper),
    a rating received 'from'/'by' a paper, a paper named with '&' or with its medium's noun; never a film's own people
    quoted by a paper."""
    art = parse_article(f"Other Tale\nOther Tale is a 2019 film directed by Ivo Brandt.\nCritical response\n{sentence}\n")
    assert [(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"] == want


def test_rotten_tomatoes_written_as_one_word():
    """'RottenTomatoes gives the film a 92% approval rating' is the aggregate, as with the space."""
    art = parse_article("Other Tale\nOther Tale is a 2019 film.\nCritical response\nReview aggregator RottenTomatoes gives "
                        "the film a 92% approval rating based on reviews from 12 critics, with an average rating of 7/10.\n")
    rt = [f for f in reviews.extract(art) if f.KIND == "score"]
    assert [(f.source, f.score, f.count) for f in rt] == [("rotten_tomatoes", 92.0, 12)]


@pytest.mark.parametrize("heading, sentence, want", [
    # a paper's ranking of the film outside reception sections
    ("Legacy", "Total Film listed it among the top ten most influential action films ever made.", [("", "Total Film")]),
    ("Legacy", "In February 2004, Fangoria listed the film as one of the \"10 Essential Horror Films\".",
     [("", "Fangoria")]),
    ("Legacy", "In 2012, Sight & Sound named it the 31st-best film ever in its critics' poll.", [("", "Sight & Sound")]),
    # a board's list is an honour; a person's favourites, or a date opening a person's news, no review
    ("Legacy", "The Ruritania Board of Review named it one of its top ten films of 2019.", []),
    ("Legacy", "Ivo Brandt listed it among his favourite films.", []),
    ("Critical response", "In April 2020, Kip Morrow said that the pre-production of the sequel had begun.", []),
    # a paper's words on a part of the film, outside reception; production prose's "it" is as often the source novel
    ("Legacy", "Variety wrote that the storyline was \"basically an excuse for set pieces\".", [("", "Variety")]),
    ("Production", "The novel was published in 2001. The Ruritania Times called it \"a fiendishly ingenious plot\".", []),
])
def test_papers_outside_reception(heading, sentence, want):
    """Outside reception sections a paper reviews the film when it ranks it on a list or in a poll ('listed it among
    the top ten', 'named it the 31st-best film'), when its quoted words are on a part of the film ('wrote that the
    storyline was "…"'); a board's list, a person's favourites and a paper's words on the source novel in production
    prose are not reviews."""
    art = parse_article(f"Other Tale\nOther Tale is a 2019 film directed by Ivo Brandt.\n{heading}\n{sentence}\n")
    assert [(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"] == want


def test_critic_of_a_paper_with_a_verb_the_tables_lack():
    """'…, and Bede Marrow of the Ruritania Sun-Times singled the star out for …': a critic of a paper firm by its shape
    with any past-tense verb, in a reception section; a company's man ('of Ruritania Pictures acquired') is not."""
    art = parse_article("Other Tale\nOther Tale is a 2019 film.\nCritical response\nOra Pell in The Ruritania Times "
                        "said the star was \"agile\", and Bede Marrow of the Ruritania Sun-Times singled the star out for "
                        "his timing.\nKip Morrow of Ruritania Pictures acquired the rights.\n")
    assert [(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"] == [
        ("Ora Pell", "The Ruritania Times"), ("Bede Marrow", "Ruritania Sun-Times")]


@pytest.mark.parametrize("heading, sentence, want", [
    # several critics sharing one verb: each is a reviewer, each with the paper named beside them
    ("Critical response", "Ora Pell and Bede Marrow both praised the film's score.", [("Ora Pell", ""), ("Bede Marrow", "")]),
    ("Critical response", "Ora Pell, Bede Marrow and Lune Varga all praised the film.",
     [("Ora Pell", ""), ("Bede Marrow", ""), ("Lune Varga", "")]),
    ("Critical response", "Critics such as Ora Pell and Bede Marrow praised the performances.",
     [("Ora Pell", ""), ("Bede Marrow", "")]),
    ("Critical response", "Ora Pell of The Ruritania Times and Bede Marrow of The Weekly Lamp both praised the film.",
     [("Ora Pell", "The Ruritania Times"), ("Bede Marrow", "The Weekly Lamp")]),
    ("Critical response", "The Ruritania Times's Ora Pell and The Weekly Lamp's Bede Marrow both praised the score.",
     [("Ora Pell", "The Ruritania Times"), ("Bede Marrow", "The Weekly Lamp")]),
    # the film's writers named together are no critics
    ("Critical response", "Ora Pell and Bede Marrow wrote the screenplay in a month.", []),
    # in a release section or the lead, critics named as critics are reviewers there too
    ("Release", "The film was praised by critics including Ora Pell and Bede Marrow.", [("Ora Pell", ""), ("Bede Marrow", "")]),
])
def test_critics_in_a_list(heading, sentence, want):
    """A list of critics sharing a verb ('A and B both praised', 'A, B and C all praised', 'Critics such as A and B'),
    and papers named per critic ('A of P and B of Q', "P's A and Q's B"): every critic, each with their own paper,
    not the first paper running on into the next critic's name."""
    art = parse_article(f"Other Tale\nOther Tale is a 2019 film directed by Ivo Brandt.\n{heading}\n{sentence}\n")
    assert [(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"] == want


@pytest.mark.parametrize("heading, sentence, want", [
    # a paper's or a critic's own list, named by its possessive, in reception or an honours section
    ("Critical response", "The film ranks No. 40 on Lamp magazine's 2008 list of the 500 greatest films.", [("", "Lamp")]),
    ("Accolades", "The film ranks 41st in the Ruritania Times's 2010 list of the best films of the decade.",
     [("", "Ruritania Times")]),
    ("Critical response", "Other Tale is on Ora Pell's list of great films, and she called it \"a jewel\".",
     [("Ora Pell", "")]),
    # an institute's list is an honour; a chart named in capitals is not a list of films
    ("Accolades", "It ranks 12th on the Ruritania Film Institute's list of the best musicals.", []),
    ("Critical response", "Its theme spent a week on Lamp magazine's Hot 100 list.", []),
    # the reviewer after 'came from', and a passive agent after the quoted words
    ("Critical response", "The harshest notice came from Ora Pell of The Ruritania Times, who called it \"a bore\".",
     [("Ora Pell", "The Ruritania Times")]),
    ("Critical response", "The film was described as \"a bore\" by The Ruritania Times.", [("", "The Ruritania Times")]),
    # a critic with an aside, and verdicts told as a view or a reservation
    ("Critical response", "Ora Pell, who reviewed the film for The Ruritania Times, praised its \"patient camera\".",
     [("Ora Pell", "The Ruritania Times")]),
    ("Critical response", "Bede Marrow of The Ruritania Times was unmoved.", [("Bede Marrow", "The Ruritania Times")]),
    ("Critical response", "Bede Marrow of The Ruritania Times took a dimmer view.", [("Bede Marrow", "The Ruritania Times")]),
    ("Critical response", "The Ruritania Times's critic, Bede Marrow, found it \"a bore\".",
     [("Bede Marrow", "The Ruritania Times")]),
])
def test_rankings_and_other_reviewer_frames(heading, sentence, want):
    """A ranking on a paper's or critic's own list ("on Lamp magazine's 2008 list of …", "on Ora Pell's list") is their
    review (an institute's list or a song chart is not); so are the reviewer after "came from", the passive agent after
    quoted words, a critic with a "who" aside, and a verdict told as a view ("took a dimmer view", "was unmoved")."""
    art = parse_article(f"Other Tale\nOther Tale is a 2019 film directed by Ivo Brandt.\n{heading}\n{sentence}\n")
    assert [(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"] == want


@pytest.mark.parametrize("sentence, want", [
    ('"A quiet triumph," wrote Ora Pell in The Ruritania Times.', [("Ora Pell", "The Ruritania Times")]),
    ('The film is "a quiet triumph", according to Ora Pell of The Ruritania Times.', [("Ora Pell", "The Ruritania Times")]),
    # a figure reported on a critic's word is no verdict
    ("The film grossed $5 million, according to Ora Pell of The Ruritania Times.", []),
])
def test_critic_after_the_quote(sentence, want):
    """The critic named after the quoted verdict: '"…," wrote A in P', '"…", according to A of P'; a box-office
    figure 'according to' a critic is a report, not a review."""
    art = parse_article(f"Other Tale\nOther Tale is a 2019 film directed by Ivo Brandt.\nCritical response\n{sentence}\n")
    assert [(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"] == want


@pytest.mark.parametrize("sentence, want", [
    ('Tam from example.com called it "a quiet triumph".', [("Tam", "example.com")]),
    ("Critic Lune of The Ruritania Times called it a mess.", [("Lune", "The Ruritania Times")]),
    # a longer name keeps its first word; a capitalised common word is no critic; no web address, no role: nobody
    ('Ora Pell from example.com called it "a quiet triumph".', [("Ora Pell", "example.com")]),
    ('Reviews from example.com called it "a quiet triumph", and reviews were kind.', [("", "example.com")]),
    ('Tam from The Ruritania Times called it "a quiet triumph".', []),
])
def test_a_critic_named_by_one_word(sentence, want):
    """A critic named by one word counts when the sentence vouches for a person: a role noun before the word or a
    web address as the paper; a word the article writes in lower case elsewhere is a common noun."""
    art = parse_article(f"Other Tale\nOther Tale is a 2019 film directed by Ivo Brandt.\nCritical response\n{sentence}\n")
    assert [(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"] == want


def _reception(sentence: str, heading: str = "Critical response"):
    return parse_article(f"Other Tale\nOther Tale is a 2019 film directed by Ivo Brandt.\n{heading}\n{sentence}\n")


@pytest.mark.parametrize("sentence, want", [
    # a role noun that is also a paper's cue word ("Reporter") heads a person, not a paper's name
    ('Reporter Lune Varga wrote that the film was "contrived".', [("Lune Varga", "")]),
    # a critic with a second calling after "and"
    ('The critic and filmmaker Ora Pell described it as "mysterious".', [("Ora Pell", "")]),
    ('Critic and novelist Bede Marrow called it "a marvel".', [("Bede Marrow", "")]),
    # people who write of films without reviewing them for a living, as weak role nouns
    ('Novelist Tam Osk called it "a marvel".', [("Tam Osk", "")]),
    ('Film professor Kip Morrow called it "a marvel".', [("Kip Morrow", "")]),
])
def test_critics_named_by_another_calling(sentence, want):
    """A reviewer named by a calling that is not "critic" (reporter, novelist, filmmaker, professor), alone or after
    "critic and": the person is the reviewer, and "Reporter Ora Pell" is never read as a paper's name."""
    assert [(f.critic, f.publication) for f in reviews.extract(_reception(sentence)) if f.KIND == "review"] == want


def test_a_weak_calling_is_no_critic_when_the_person_is_crew():
    """A novelist or filmmaker met outside the reception sections (the film's own people) is no reviewer."""
    art = parse_article("Other Tale\nOther Tale is a 2019 film directed by Ivo Brandt and written by Tam Osk.\n"
                        "Critical response\nNovelist Tam Osk called it \"a marvel\".\n")
    assert [f for f in reviews.extract(art) if f.KIND == "review"] == []


@pytest.mark.parametrize("sentence, want", [
    ("Audiences surveyed by CinemaScore gave it an A–.", ("cinemascore", None, "A–")),
    ("Audiences polled by CinemaScore gave the film a grade of A-minus.", ("cinemascore", None, "A-")),
    ("Audiences polled by CinemaScore gave the film a rare A+ grade.", ("cinemascore", None, "A+")),
    ("On Metacritic the film has a weighted average score of 55/100.", ("metacritic", 55.0, "")),
    ("The film has a Metascore of 61.", ("metacritic", 61.0, "")),
    ("On Rotten Tomatoes, 75 percent of 20 critics gave the film a positive review.", ("rotten_tomatoes", 75.0, "")),
])
def test_aggregates_written_other_ways(sentence, want):
    """A CinemaScore grade unquoted (its sign spelt out or not), a Metacritic figure out of "/100" or named as its
    Metascore, a Rotten Tomatoes share in "percent": each read as the aggregate's figure."""
    got = [(f.source, f.score, f.grade) for f in reviews.extract(_reception(sentence)) if f.KIND == "score"]
    assert got == [want]


def test_two_aggregates_with_their_figures_first():
    """ "a 33% on Rotten Tomatoes and 41 on Metacritic": each aggregate takes the figure before its name."""
    art = _reception("The film has a 33% on Rotten Tomatoes and 41 on Metacritic.")
    assert sorted((f.source, f.score) for f in reviews.extract(art) if f.KIND == "score") == [
        ("metacritic", 41.0), ("rotten_tomatoes", 33.0)]


def test_a_grade_is_not_read_from_a_scale():
    """ "on an A+ to F scale" names the scale, not the grade: the quoted grade is the one given."""
    art = _reception('Audiences polled by CinemaScore gave the film an average grade of "B" on an A+ to F scale.')
    assert [f.grade for f in reviews.extract(art) if f.KIND == "score"] == ["B"]


@pytest.mark.parametrize("sentence, want", [
    # an opening "In"/"For" is no word of the paper's name, and the paper is not a second reviewer
    ("For The Zenda Times, Bede Marrow gave the film three stars.", [("Bede Marrow", "The Zenda Times")]),
    ("In The Zenda Times, Bede Marrow called it a marvel.", [("Bede Marrow", "The Zenda Times")]),
    ("In Strelsau, The Zenda Times called it a marvel.", [("", "The Zenda Times")]),
    # a critic's review with a reviewer's verb of its own
    ("Bede Marrow's review for The Zenda Times praised the cast.", [("Bede Marrow", "The Zenda Times")]),
    # a paper whose name ends in "s" owns its reviewer with a bare apostrophe
    ("The Zenda Times' reviewer called it \"a marvel\".", [("", "The Zenda Times")]),
    # a name after "The" that owns a critic is a paper's even with no paper's word in it
    ("The Strel Minute's critic wrote that the film \"soars\".", [("", "The Strel Minute")]),
])
def test_papers_read_whole_and_once(sentence, want):
    """A paper named after an opening preposition, a critic's review that praises, a paper's reviewer after a bare
    apostrophe: one review each, with the paper's own name."""
    assert [(f.critic, f.publication) for f in reviews.extract(_reception(sentence)) if f.KIND == "review"] == want


def test_a_sequels_section_holds_the_sequels_critics_and_scores():
    """Under a "Sequel" heading (or a "Remake", a "Stage adaptation"), critics and aggregates are the other work's:
    only the film's own reception is read."""
    art = parse_article("Other Tale\nOther Tale is a 2010 Ruritanian drama film directed by Ora Pell.\n"
                        "Critical reception\nTam Osk of The Strel Post called it \"a marvel\".\n"
                        "Sequel\nA sequel, Other Tale 2, was released in 2014. It was panned by critics; Hal Bren of "
                        "The Zenda Mirror called it \"a tired retread\". On Rotten Tomatoes the sequel holds 20%.\n")
    facts = reviews.extract(art)
    assert [(f.critic, f.publication) for f in facts if f.KIND == "review"] == [("Tam Osk", "The Strel Post")]
    assert [f for f in facts if f.KIND == "score"] == []


@pytest.mark.parametrize("sentence, want", [
    ("Positive reviews came from The Zenda Times and The Strel Post.",
     [("", "The Zenda Times"), ("", "The Strel Post")]),
    ("Praise came from The Zenda Times, the Strel Post and Zenda Today.",
     [("", "The Zenda Times"), ("", "Strel Post"), ("", "Zenda Today")]),
    ("Praise came from Ora Pell of The Zenda Times.", [("Ora Pell", "The Zenda Times")]),
    # a paper named with "and" stays one
    ("Praise came from The Globe and Mail.", [("", "The Globe and Mail")]),
    ("It got good reviews from Variety and The Zenda Times.", [("", "Variety"), ("", "The Zenda Times")]),
    ("It received positive notices from The Zenda Times.", [("", "The Zenda Times")]),
    ("The Zenda Times and the Strel Post praised the film.", [("", "The Zenda Times"), ("", "Strel Post")]),
])
def test_lists_of_papers(sentence, want):
    """Papers listed after "came from", "reviews from" or before a shared verb, the later ones after a lower-case
    "the": one review each (a paper whose own name holds "and" stays whole)."""
    assert [(f.critic, f.publication) for f in reviews.extract(_reception(sentence)) if f.KIND == "review"] == want


@pytest.mark.parametrize("heading, want", [
    ("Response", [("Lune Varga", "")]),
    ("Retrospective assessment", [("Lune Varga", "")]),
    ("Later reappraisal", [("Lune Varga", "")]),
    # a public's or a politician's reaction is not the critics'
    ("Public response", []),
])
def test_reception_under_other_headings(heading, want):
    """A section headed as the critics' response in other words ("Response", "Reappraisal") is read as reception."""
    art = _reception("Lune Varga called the film thin and lifeless.", heading)
    assert [(f.critic, f.publication) for f in reviews.extract(art) if f.KIND == "review"] == want


@pytest.mark.parametrize("sentence, want", [
    ("Tam Osk's verdict in The Strel Post was blunt: \"a mess\".", [("Tam Osk", "The Strel Post")]),
    ("Tam Osk's Strel Post review praised the score.", [("Tam Osk", "Strel Post")]),
    ("Tam Osk's review of the film in The Strel Post was mixed.", [("Tam Osk", "The Strel Post")]),
])
def test_a_critics_review_named_as_theirs(sentence, want):
    """A critic's verdict or review, with the paper before the noun or after "of the film in": one review, the
    critic and the paper apart."""
    assert [(f.critic, f.publication) for f in reviews.extract(_reception(sentence)) if f.KIND == "review"] == want


@pytest.mark.parametrize("sentence, want", [
    # a reservation set off between the critic and the verb
    ("Lune Varga, while critical of the screenplay, praised the style.", [("Lune Varga", "")]),
    ("In a review of the DVD release, Lune Varga, while critical of the screenplay, described the drama's noir style, "
     "writing, \"It sings\".", [("Lune Varga", "")]),
    # the aside's closing comma left out, and "this review" for "his review"
    ("Lune Varga, in this review for The Zenda Post praised the film's style: \"It sings\".",
     [("Lune Varga", "The Zenda Post")]),
    # a paper's remark or credit
    ("Zendaminute mentions that \"seasoned\" actors came together.", [("", "Zendaminute")]),
    ("Zendaloka credits the director's smart moves.", [("", "Zendaloka")]),
])
def test_critics_with_an_aside_and_papers_that_mention(sentence, want):
    """A critic whose verb follows an aside ("while critical of …", "in his review for …" with no closing comma), and a
    paper that mentions or credits: one review each."""
    assert [(f.critic, f.publication) for f in reviews.extract(_reception(sentence)) if f.KIND == "review"] == want


def test_a_critic_mentioning_another_film_is_no_review():
    """ "A mentioned that B's new feature was influenced by the film": a critic's remark on another film (a critic's
    "mentioned" is no verdict; a paper's is)."""
    art = _reception("At a symposium, film critic Lune Varga mentioned that Ivo Brandt's new feature was influenced by "
                     "Other Tale.", heading="Legacy")
    assert [f for f in reviews.extract(art) if f.KIND == "review"] == []


@pytest.mark.parametrize("sentence, want", [
    # a name inside the critic's quoted words, the quotation closed or cut off by the sentence's end
    ("Lune Varga wrote, \"the story is a shallow affair, as written by Ivo Brandt from Kip Morrow's novel\".",
     [("Lune Varga", "")]),
    ("He wrote, \"the story is a shallow affair, as written by Ivo Brandt from Kip Morrow's novel.", []),
    # a quotation the splitter cut before the sentence: the paper after it is no quoted word
    ('Just be warned of the slow build up." while giving it 3 on 5. The Zenda Express reviewed that "Tam is fine".',
     [("", "The Zenda Express")]),
    ('"A fine film," said Tam Osk of The Zenda Times.', [("Tam Osk", "The Zenda Times")]),
])
def test_no_reviewer_inside_a_quotation(sentence, want):
    """A critic's quoted words may name people and books ("as written by A from B's novel"): no reviewer is read
    inside a quotation, one closed or one left open at the sentence's end."""
    assert [(f.critic, f.publication) for f in reviews.extract(_reception(sentence)) if f.KIND == "review"] == want


@pytest.mark.parametrize("sentence, want", [
    ("Critics of the time did not react well; typical was Tam Osk's review in The Zenda Times, which read in part, "
     "\"a trashy yarn\".", [("Tam Osk", "The Zenda Times")]),
    # a critic's present tense, and an argument made
    ("In Zenda Noir: A History, film critic Lune Varga acclaims it as one of the seminal noirs.", [("Lune Varga", "")]),
    ("Film critic Kip Morrow in Zenda Noir: An Encyclopedic Reference (1982) makes the case that the hero links the "
     "picture with later films.", [("Kip Morrow", "Zenda Noir: An Encyclopedic Reference")]),
    ("Dani Vell highlights the signature details of the director's style.", [("Dani Vell", "")]),
    # an opening phrase on a release, capitals and all
    ("Following a July 1992 release by Example Pictures, Ora Blake said she thought the film \"should fare well\".",
     [("Ora Blake", "")]),
])
def test_critics_after_openers_and_in_the_present(sentence, want):
    """A review that "read in part", a critic's verb in the present ("acclaims", "highlights", "makes the case"), a book
    with its year after the title, and an opening phrase about a release: one review each."""
    assert [(f.critic, f.publication) for f in reviews.extract(_reception(sentence)) if f.KIND == "review"] == want


@pytest.mark.parametrize("sentence, want", [
    # the paper read by a frame, its critic after a semicolon
    ("The Zenda Courier gave it 3.5 stars; its reviewer, Mira Kostel, called the finale \"whistle-worthy\".",
     [("Mira Kostel", "The Zenda Courier")]),
    ("Lumenweb gave the film an A-; its critic, Tobin Reel, singled out the editing.", [("Tobin Reel", "Lumenweb")]),
    # the paper opening the sentence with no reviewer's verb of its own
    ("The Zenda Courier was among them: its critic, Pell Anders, gave it two stars out of five.",
     [("Pell Anders", "The Zenda Courier")]),
    # a sentence of its own after the paper's: the critic alone (the paper is not in the sentence), the paper kept
    ("The Kinoblatt was cooler. Its critic, Hanno Welt, thought the second half sentimental.",
     [("", "The Kinoblatt"), ("Hanno Welt", "")]),
    # a capitalised role is no paper
    ("The Critic concluded her review by calling it \"slight\".", []),
])
def test_a_papers_critic_named_after_the_paper(sentence, want):
    """ "its critic, A," names the critic of the paper the sentence (or the one before) reviews: the critic is listed
    with that paper; a one-word paper led by "The" is a paper, not half a person's name."""
    assert [(f.critic, f.publication) for f in reviews.extract(_reception(sentence)) if f.KIND == "review"] == want


@pytest.mark.parametrize("sentence, want", [
    # the place a critic wrote from is no critic, and "reviewing it for" names the paper
    ("Tobin Reel, reviewing from Zenda City for Lumenweb, described the film as \"a modest piece\".",
     [("Tobin Reel", "Lumenweb")]),
    ("Mira Kostel, reviewing it for The Zenda Courier, called it \"as patient as water\".",
     [("Mira Kostel", "The Zenda Courier")]),
    # "according to A of The Daily" is still read
    ("According to Pell Anders of The Zenda Courier, the transfer \"does justice to the film\".",
     [("Pell Anders", "The Zenda Courier")]),
    # a broadcaster giving the film a showing is no review
    ("Example Pictures reissued it in 1962, and ZTV gave it its first network television showing on 12 March 1966.", []),
    # a paper's review by a named critic, after the paper's verb
    ("Years later Lumenweb gave the film four stars in a retrospective review by Tobin Reel.", [("Tobin Reel", "Lumenweb")]),
    # a comparative verdict, a critic among others, and a site named with digits first
    ("Hanno Welt was less indulgent.", [("Hanno Welt", "")]),
    ("Some reviewers, among them Ray Orlo of the Zenda Ledger itself, argued that the film was too kind.",
     [("Ray Orlo", "")]),
    ("321cinema called it a \"paisa vasool fantasy\".", [("", "321cinema")]),
])
def test_reviewers_told_in_long_articles_ways(sentence, want):
    """Shapes of long articles' reception prose: one review each, and none where no one reviews."""
    assert [(f.critic, f.publication) for f in reviews.extract(_reception(sentence)) if f.KIND == "review"] == want


@pytest.mark.parametrize("sentence, want", [
    # a part of the paper named after it vouches for the paper
    ("In the Zenda Courier film pages, Mira Kostel wrote that the star \"moves like water\".",
     [("Mira Kostel", "Zenda Courier")]),
    # "In X, A wrote" with no part and no paper's shape stays unread (X may be a place)
    ("In Zenda, Mira Kostel wrote that the star \"moves like water\".", []),
    # a paper with its medium's noun and an aside on what it reviewed
    ("Lumen magazine, reviewing the American release, called it \"a sunny little comedy\".", [("", "Lumen")]),
])
def test_a_paper_told_with_its_pages_or_an_aside(sentence, want):
    """The paper a critic wrote in named with the part of it ("film pages"), and a paper whose verb follows an aside."""
    assert [(f.critic, f.publication) for f in reviews.extract(_reception(sentence)) if f.KIND == "review"] == want


@pytest.mark.parametrize("sentence, want", [
    # a paper's news verb with its own quoted words right after it: the paper's review
    ("Lumenweb reports, \"In a run of unhurried conversations, the singer explains why she left the stage.\"",
     [("", "Lumenweb")]),
    ("Panning the film, Zenda Magazine asked \"how did they ever cast him?\"", [("", "Zenda Magazine")]),
    ("The Zenda Courier shares \"five reasons the film rewards a second look\".", [("", "The Zenda Courier")]),
    # the same verb telling news, with no quote after it, is no review
    ("The Zenda Courier reported that the studio had cut the film by ten minutes.", []),
])
def test_a_papers_news_verb_with_its_quote(sentence, want):
    """"reports," "asked" or "shares" before the paper's quoted words is a review; without the quote it is news."""
    assert [(f.critic, f.publication) for f in reviews.extract(_reception(sentence)) if f.KIND == "review"] == want


@pytest.mark.parametrize("sentence, want", [
    # a paper, a conceding aside of its own, then its verb
    ("The Zenda Courier, despite finding that the film \"wanders at times\" and that the ending \"feels hurried\", "
     "nonetheless found that it \"holds the eye\".", [("", "The Zenda Courier")]),
    ("The Zenda Courier, while praising the score, found the film \"slow\".", [("", "The Zenda Courier")]),
])
def test_a_paper_with_a_conceding_aside_before_its_verb(sentence, want):
    """'The Daily, despite finding …, nonetheless found …': the aside is the paper's own view, the paper reviews."""
    assert [(f.critic, f.publication) for f in reviews.extract(_reception(sentence)) if f.KIND == "review"] == want


def test_a_callings_word_before_a_name_is_no_part_of_the_critics_name():
    """'Scholars Ora Pell and Tam Osk cited …': "Scholars" is their calling, never the first word of a critic's name."""
    got = [f.critic for f in reviews.extract(_reception("Scholars Ora Pell and Tam Osk cited its fight scenes as "
                                                        "influential.")) if f.KIND == "review"]
    assert "Tam Osk" in got and not any(c.startswith("Scholars") for c in got)
    assert [f.critic for f in reviews.extract(_reception("Screenwriter Ora Pell called the lead performance "
                                                         "\"extraordinary\".")) if f.KIND == "review"] == ["Ora Pell"]


def test_an_aside_in_brackets_between_the_calling_and_the_name():
    """'Screenwriter (and one-time critic) Ora Pell called …': the bracketed aside on the calling does not hide the critic."""
    assert [f.critic for f in reviews.extract(_reception(
        "Screenwriter (and one-time stage actor) Ora Pell called the lead performance \"luminous\"."))
        if f.KIND == "review"] == ["Ora Pell"]


@pytest.mark.parametrize(("text", "expected"), [
    # a participle with what was reviewed before the paper, and the occasion after it
    ('Reviewing the Ruritanian television version for The Daily Lamp in 1979, Ora Pell judged the dubbing "unkind".',
     [("Ora Pell", "The Daily Lamp")]),
    ('Reassessing the film for The Weekly Example in 2008, Tam Osk described it as "a missing link".',
     [("Tam Osk", "The Weekly Example")]),
    ('Writing in Example & Example after the 2016 restoration, Bede Marrow called it "an elegy".',
     [("Bede Marrow", "Example & Example")]),
    # the year of the review after the paper in the critic's aside
    ('Ivo Varga, writing in Nocturnal Review in 2004, called the sequences "the most poetic".',
     [("Ivo Varga", "Nocturnal Review")]),
    # a paper as the subject after such a participle, and one named after its medium's noun
    ('Reviewing the festival screening, Variety described it as "handsome, cold and very long".', [("", "Variety")]),
    ('The reviewer for the Ruritanian weekly Zendar praised its "unadorned grief".', [("", "Zendar")]),
    # another work reviewed is no review of the film
    ('Reviewing the remake for Variety, Ora Pell called it "fine".', []),
])
def test_a_critic_after_a_participle_of_what_was_reviewed(text, expected):
    assert _reviewers(text) == expected
