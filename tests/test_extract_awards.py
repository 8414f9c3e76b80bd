"""Awards extractor: golden facts on the seed, hand-checked corpus articles, and the
evidence contract over the whole corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.article import parse_article
from bot.extract import awards
from bot.facts import AwardCountFact, AwardFact
from tests.conftest import SEED, article_path, corpus_files


def _facts(path: Path):
    article = parse_article(path.read_text(encoding="utf-8"))
    return article, awards.extract(article)


def _awards(facts) -> set[tuple]:
    return {(f.ceremony, f.ordinal, f.category, f.recipient, f.outcome) for f in facts if isinstance(f, AwardFact)}


def _counts(facts) -> set[tuple]:
    return {(f.ceremony, f.ordinal, f.count, f.outcome) for f in facts if isinstance(f, AwardCountFact)}


@pytest.fixture(scope="module")
def seed():
    return _facts(SEED)


def test_seed_academy_awards(seed):
    _, facts = seed
    got = _awards(facts)
    assert ("Academy Awards", 86, "Best Picture", "", "nominated") in got
    # "Jonze won": the recipient is the full name the article gives, the sentence's word its mention
    assert ("Academy Awards", 86, "Best Original Screenplay", "Spike Jonze", "won") in got
    assert {f.mention for f in facts if isinstance(f, AwardFact) and f.recipient == "Spike Jonze"} == {"Jonze"}
    assert ("Academy Awards", 86, "Best Original Score", "", "nominated") in got
    assert ("Academy Awards", None, "Best Original Song", "", "nominated") in got
    assert ("Academy Awards", 86, 5, "nominated") in _counts(facts)


def test_seed_win_is_not_also_a_nomination(seed):
    _, facts = seed
    rows = [f for f in facts if isinstance(f, AwardFact) and f.category == "Best Original Screenplay"
            and f.ceremony == "Academy Awards"]
    assert [f.outcome for f in rows] == ["won"]


def test_seed_other_ceremonies(seed):
    _, facts = seed
    got = _awards(facts)
    assert ("Saturn Awards", 40, "Best Fantasy Film", "", "won") in got
    assert ("Saturn Awards", 40, "Best Supporting Actress", "Scarlett Johansson", "won") in got
    assert ("Saturn Awards", 40, "Best Writing", "Spike Jonze", "won") in got
    assert ("Rome International Film Festival", 8, "Best Actress", "Scarlett Johansson", "won") in got
    assert ("Golden Globe Awards", 71, "Best Screenplay", "Spike Jonze", "won") in got
    assert ("National Board of Review Awards", None, "Best Director", "Spike Jonze", "won") in got
    assert ("Critics' Choice Awards", 19, "Best Original Screenplay", "Spike Jonze", "won") in got
    assert ("Writers Guild of America Awards", None, "Best Original Screenplay", "Spike Jonze", "won") in got
    assert ("Golden Globe Awards", 71, 3, "nominated") in _counts(facts)


def test_seed_no_invented_recipients(seed):
    article, facts = seed
    for f in facts:
        if isinstance(f, AwardFact) and f.recipient:
            assert f.recipient in {"Spike Jonze", "Scarlett Johansson"}


def test_deer_hunter_colon_list():
    _, facts = _facts(article_path("the-deer-hunter-1978.txt"))
    got = _awards(facts)
    assert ("Academy Awards", 51, "Best Director", "Michael Cimino", "won") in got
    assert ("Academy Awards", 51, "Best Supporting Actor", "Christopher Walken", "won") in got
    assert ("Academy Awards", 51, 9, "nominated") in _counts(facts)
    assert ("Academy Awards", 51, 5, "won") in _counts(facts)


def test_hustler_carry_over_and_other_film_guard():
    _, facts = _facts(article_path("the-hustler-1961.txt"))
    got = _awards(facts)
    assert ("Academy Awards", None, "Best Actress in a Leading Role", "Piper Laurie", "nominated") in got
    assert ("Golden Globe Awards", None, "Best Actor", "Paul Newman", "nominated") in got
    # "... The Color of Money, for which he won the Academy Award ..." is another film's award
    assert ("Academy Awards", None, "Best Actor in a Leading Role", "Paul Newman", "nominated") in got
    assert not any(f.outcome == "won" and f.category == "Best Actor in a Leading Role" for f in facts
                   if isinstance(f, AwardFact))


def test_taxi_driver_festival_prize_and_parenthesised_recipients():
    _, facts = _facts(article_path("taxi-driver-1976.txt"))
    got = _awards(facts)
    assert ("Cannes Film Festival", None, "Palme d'Or", "", "won") in got
    assert ("Academy Awards", None, "Best Supporting Actress", "Jodie Foster", "nominated") in got


def test_cars_2_negation_yields_nothing_false():
    _, facts = _facts(article_path("cars-2-2011.txt"))
    assert all(f.outcome == "nominated" for f in facts if isinstance(f, AwardFact))


def test_counts_barry_lyndon_and_incredibles():
    _, facts = _facts(article_path("barry-lyndon-1975.txt"))
    assert ("Academy Awards", 48, 4, "won") in _counts(facts)
    _, facts = _facts(article_path("the-incredibles-2004.txt"))
    assert ("Academy Awards", None, 2, "won") in _counts(facts)
    assert ("Academy Awards", 77, 4, "nominated") in _counts(facts)


@pytest.mark.corpus
def test_evidence_and_no_exception_over_corpus():
    for path in [SEED, *corpus_files()]:
        article, facts = _facts(path)
        for f in facts:
            text = article.sentences[f.sentence].text
            for name, value in f.evidence_texts():
                assert value in text, (path.name, name, value, text)
            assert f.outcome in {"won", "nominated", "submitted", "competed"}
            assert f.ceremony


# --- outcomes, places and awardees by meaning (invented sentences) --------------------------------
def _invented(text: str):
    article = parse_article("Quillfeather (film)\n" + text + "\n")
    return awards.extract(article)


def test_submitted_entry_not_nominated():
    facts = _invented("Accolades\nIt was selected as the Ruritanian entry for the Best International Feature Film "
                      "at the 99th Academy Awards, but it was not nominated.")
    assert _awards(facts) == {("Academy Awards", 99, "Best International Feature Film", "", "submitted")}


def test_shortlisted_is_submitted():
    facts = _invented("Accolades\nThe film was shortlisted for Best Documentary Feature at the Academy Awards.")
    assert {f.outcome for f in facts if isinstance(f, AwardFact)} == {"submitted"}


def test_competed_for_a_prize_without_best():
    facts = _invented("Release\nIt was selected to compete for the Golden Bear at the 80th Berlin International "
                      "Film Festival.")
    assert _awards(facts) == {("Berlin International Film Festival", 80, "Golden Bear", "", "competed")}


def test_competition_section_without_category():
    facts = _invented("Release\nThe film premiered in the main competition section of the 90th Venice "
                      "International Film Festival.")
    assert _awards(facts) == {("Venice Film Festival", 90, "", "", "competed")}


def test_festival_named_by_place_and_prize_without_best():
    facts = _invented("Accolades\nAt Cannes, the film won the Grand Jury Prize.")
    assert _awards(facts) == {("Cannes Film Festival", None, "Grand Jury Prize", "", "won")}
    facts = _invented("Accolades\nIt received the Audience Award at the Berlinale.")
    assert _awards(facts) == {("Berlin International Film Festival", None, "Audience Award", "", "won")}


def test_nomination_written_after_the_category():
    facts = _invented("Accolades\nHer performance earned her a Best Actress nomination at the 70th Filmfare Awards.")
    assert _awards(facts) == {("Filmfare Awards", 70, "Best Actress", "", "nominated")}


def test_other_works_awards_are_not_the_films():
    facts = _invented("Soundtrack\nThe soundtrack album won the Grammy Award for Best Score Soundtrack Album.")
    assert not [f for f in facts if isinstance(f, AwardFact)]
    facts = _invented("Legacy\nThe 2031 remake was nominated for the Academy Award for Best Picture.")
    assert not [f for f in facts if isinstance(f, AwardFact)]


def test_competed_and_submitted_never_count_as_wins():
    facts = _invented("Release\nIt competed for the Palme d'Or at the Cannes Film Festival, and was chosen as the "
                      "Ruritanian entry for the Best International Feature Film at the Academy Awards.")
    assert all(f.outcome in {"competed", "submitted"} for f in facts if isinstance(f, AwardFact))
    assert {f.outcome for f in facts if isinstance(f, AwardFact)} == {"competed", "submitted"}


def test_a_list_of_nominees_is_one_nomination_each():
    art = parse_article("Invented Film\nInvented Film is a 1990 drama film.\nAccolades\nAt the 12th Example Awards, "
                        "Dee Rowan and Una Vance were nominated for Best Actress, and the film was nominated for "
                        "Best Picture.\n")
    got = {(f.category, f.recipient, f.outcome) for f in awards.extract(art) if isinstance(f, AwardFact)}
    assert ("Best Actress", "Dee Rowan", "nominated") in got and ("Best Actress", "Una Vance", "nominated") in got
    assert not any(" and " in r for _c, r, _o in got)


def test_craft_awards_name_the_crew():
    from bot.article import parse_article
    from bot.extract import extract_all

    art = parse_article("Dust Road\nDust Road is a 1950 western film directed by Ora Pell.\nAccolades\nThe film was "
                        "nominated for three Academy Awards: Best Cinematography (Ivo Brandt), Best Film Editing (Lena "
                        "Saar) and Best Actor (Cale Dunmore). Tomas Wend won the award for Best Original Score.\n")
    crew = {(f.role, f.name) for f in extract_all(art).items if f.KIND == "crew"}
    assert {("cinematographer", "Ivo Brandt"), ("editor", "Lena Saar"), ("composer", "Tomas Wend")} <= crew
    assert not any(name == "Cale Dunmore" for _role, name in crew)


def test_a_prize_named_by_its_own_words_at_a_festival():
    from bot.article import parse_article
    from bot.extract import awards

    art = parse_article("Dust Road\nDust Road is a 1950 film starring Ivo Brandt.\nAccolades\nIvo Brandt won the Sea "
                        "Star award at the Example International Film Festival. The film won the Grand Prize and "
                        "Lantern awards at the Sample Film Festival. It won the Filmfare Award for Best Actor.\n")
    got = {(f.ceremony, f.category, f.outcome) for f in awards.extract(art) if f.KIND == "award"}
    assert ("Example International Film Festival", "Sea Star award", "won") in got
    assert ("Sample Film Festival", "Lantern awards", "won") in got
    assert not any(c == "Filmfare Award" for _ce, c, _o in got)  # the ceremony is no category


@pytest.mark.parametrize("sentence, want", [
    ("In 2004, the film was selected for preservation in the United States National Film Registry.",
     {("National Film Registry", "won", 2004)}),
    ("In 1997, the Library of Congress selected Invented Film for preservation in the National Film Registry.",
     {("National Film Registry", "won", 1997)}),
    ("Its sequel was never added to the National Film Registry.", set()),
    ("Invented Film was entered into the 1951 Cannes Film Festival.", {("Cannes Film Festival", "competed", 1951)}),
    ("Produced by Ora Pell, an abridged soundtrack album was released in May 1950 and went on to be nominated for the "
     "Grammy Award for Best Soundtrack Album.", set()),
])
def test_honours_and_festival_entries(sentence, want):
    from bot.extract import awards

    art = parse_article(f"Invented Film\nInvented Film is a 1950 film.\nLegacy\n{sentence}\n")
    assert {(f.ceremony, f.outcome, f.year) for f in awards.extract(art) if f.KIND == "award"} == want


@pytest.mark.parametrize("heading, lines, want", [
    ("Awards", "Best Feature Film, Ruritania Film Festival (2018)",
     {("Ruritania Film Festival", "Best Feature Film", "won")}),
    ("Awards and nominations", "Best Debut, Ruritania Film Festival (2018): nominated",
     {("Ruritania Film Festival", "Best Debut", "nominated")}),
    ("Awards and nominations", "Best Debut, Ruritania Film Festival (2018)", set()),  # which, the line does not say
    ("Reception", "Best Debut, Ruritania Film Festival (2018)", set()),  # not an accolades list
    ("Awards and nominations", "Kinoprize — Best Debut (Ora Pell): won", {("Kinoprize", "Best Debut", "won")}),
    ("Awards and nominations", "Ora Pell — Best Debut: won", set()),  # a person leading the line is no ceremony
])
def test_accolades_list_lines(heading, lines, want):
    text = f"Invented Film\nInvented Film is a 2018 drama film.\n\n{heading}\n{lines}\n"
    facts = awards.extract(parse_article(text))
    assert {(f.ceremony, f.category, f.outcome) for f in facts if isinstance(f, AwardFact)} == want


@pytest.mark.parametrize("sentence", [
    "It premiered at the 2018 Ruritania International Film Festival and won awards including Osterlich Arts Academy Best Short Film.",
    "The song was nominated for the Golden Globe Award for Best Original Song, and for the Worst Original Song Golden Example Award.",
])
def test_a_category_beside_an_unknown_organiser_takes_no_other_ceremony(sentence):
    text = f"Invented Film\nInvented Film is a 2018 drama film.\n\nAccolades\n{sentence}\n"
    facts = awards.extract(parse_article(text))
    # (the organiser's own name, glued after the category, is its ceremony: "… Golden Example Award")
    assert not [f for f in facts if isinstance(f, AwardFact) and f.category in {"Best Short Film", "Worst Original Song"}
                and f.ceremony != "Golden Example Awards"]


def test_a_grammy_and_a_recipient_before_a_relative_clause():
    """"A, who composed the score, won a Grammy for Best X": the ceremony's short name, and the person
    before the relative clause is the recipient."""
    text = ("Example Picture\nExample Picture is a 1969 drama film.\n\nAccolades\nKip Morrow, who supervised the music "
            "and composed the score, won a Grammy for Best Instrumental Theme.\n")
    got = {(f.ceremony, f.category, f.recipient, f.outcome) for f in awards.extract(parse_article(text))
           if isinstance(f, AwardFact)}
    assert got == {("Grammy Awards", "Best Instrumental Theme", "Kip Morrow", "won")}


def test_a_shared_surname_resolves_to_the_credited_person():
    """Two Marrows in the article: "Marrow" alone is the one the film credits (its director), not
    his daughter who wrote about the shoot; a crew credit by surname resolves the same way."""
    from bot.article import parse_article
    from bot.extract import extract_all

    art = parse_article("Dust Road\nDust Road is a 1950 western film directed by Bede Marrow and starring Ivo "
                        "Brandt.\nProduction\nDirector Marrow's daughter Ora Marrow later wrote about the shoot. "
                        "Marrow also wrote the screenplay.\nAccolades\nMarrow was nominated for the Academy Award "
                        "for Best Director.\n")
    items = extract_all(art).items
    got = {(f.category, f.recipient, f.mention) for f in items if isinstance(f, AwardFact)}
    assert ("Best Director", "Bede Marrow", "Marrow") in got
    assert not any(f.recipient == "Ora Marrow" for f in items if isinstance(f, AwardFact))


def test_an_accolades_list_line_read_by_its_fields():
    """Verbless accolades lines: the field that reads as a ceremony (or is the one that is no
    category) is the ceremony, even one no table knows; a person's name is no category."""
    from bot.article import parse_article
    from bot.extract import awards

    art = parse_article("Dust Road\nDust Road is a 2018 horror film.\nAwards\nBest Original Screenplay, Example "
                        "Spring of Horror (2018)\n2nd Place for Thriller, Example Horror Hotel Film Festival (2018)\n"
                        "Winner, Jury’s Choice – Example Lights Film Festival\nIvo Brandt, Example Film Festival\n")
    got = {(f.ceremony, f.category, f.outcome) for f in awards.extract(art) if isinstance(f, AwardFact)}
    assert ("Example Spring of Horror", "Best Original Screenplay", "won") in got
    assert ("Example Horror Hotel Film Festival", "2nd Place for Thriller", "won") in got
    assert ("Example Lights Film Festival", "Jury’s Choice", "won") in got
    assert not any(c == "Ivo Brandt" for _ce, c, _o in got)


def test_awards_received_from_a_list_of_bodies():
    """"received awards from the A Critics Circle and the B Critics Association": a win at each, no
    category; "received an award nomination from C" is no win."""
    from bot.article import parse_article
    from bot.extract import awards

    art = parse_article("Dust Road\nDust Road is a 1958 film.\nReception\nThe film received awards from the Example "
                        "Film Critics Circle and the Sample Film Critics Association. It received an award "
                        "nomination from the Other Film Critics Circle.\n")
    got = {(f.ceremony, f.outcome) for f in awards.extract(art) if isinstance(f, AwardFact)}
    assert ("Example Film Critics Circle Awards", "won") in got and ("Sample Film Critics Association Awards", "won") in got
    assert not any(c.startswith("Other") and o == "won" for c, o in got)


def test_a_ceremony_named_by_its_body_and_categories_listed_in_brackets():
    """"The British Academy of Film and Television Arts nominated X in four categories (A, B, C and D
    for Ivo Brandt)": BAFTA nominations in each bracketed category (no "Best" needed), the body
    being no nominee."""
    from bot.article import parse_article
    from bot.extract import awards

    art = parse_article("Dust Road\nDust Road is a 1989 film starring Ivo Brandt.\nAccolades\nThe British Academy of "
                        "Film and Television Arts nominated Dust Road in four categories (Production Design, Makeup, "
                        "Sound and Actor in a Supporting Role for Ivo Brandt), but it won none of the categories.\n")
    got = {(f.ceremony, f.category, f.recipient, f.outcome) for f in awards.extract(art) if isinstance(f, AwardFact)}
    assert ("British Academy Film Awards", "Makeup", "", "nominated") in got
    assert ("British Academy Film Awards", "Actor in a Supporting Role", "Ivo Brandt", "nominated") in got
    assert len(got) == 4


def test_a_sentence_listing_the_nominations_keeps_the_ceremony_going():
    """"It was nominated for six Academy Awards. Nominations included Best Picture. The film was also
    nominated for Best Film Editing.": the listing sentence carries the ceremony on to the next."""
    from bot.article import parse_article
    from bot.extract import awards

    art = parse_article("Dust Road\nDust Road is a 2018 film.\nAccolades\nDust Road was nominated for six Academy "
                        "Awards and won Best Adapted Screenplay. Nominations included Best Picture and Best Director. "
                        "The film was also nominated for Best Film Editing.\n")
    got = {(f.ceremony, f.category, f.outcome) for f in awards.extract(art) if isinstance(f, AwardFact)}
    assert ("Academy Awards", "Best Film Editing", "nominated") in got


def test_a_shared_award_is_each_sharers_win():
    from bot.article import parse_article
    from bot.extract import awards

    art = parse_article("Dust Road\nDust Road is a film.\nAccolades\nIvo Brandt and Tam Osk shared the Writers Guild "
                        "of America Award for Best Written Drama.\n")
    got = {(f.category, f.recipient, f.outcome) for f in awards.extract(art) if isinstance(f, AwardFact)}
    assert {("Best Written Drama", "Ivo Brandt", "won"), ("Best Written Drama", "Tam Osk", "won")} <= got


def test_honour_list_section_lines_are_awards():
    """An honours-list section (a heading from headings.toml honour_lists): each line names a list the
    film was nominated for or ranked on; a list name ending in ':' heads the items under it."""
    text = ("Other Tale\nOther Tale is a 1961 drama film directed by Ora Pell.\n\nReception\nCritics liked it.\n"
            "AFI Lists\n"
            "Example's 100 Years... 100 Tales - Nominated\n"
            "Example's 100 Years... 100 Rogues:\n"
            "Tam Osk - Nominated Villain\n"
            "Example's 100 Years... 100 Tales (Second Edition) - Nominated\n"
            "Example's 10 Top 10 - # 6 Sports Film\n\nLegacy\nIt lasted.\n")
    got = _awards(awards.extract(parse_article(text)))
    assert got == {
        ("Example's 100 Years... 100 Tales", None, "", "", "nominated"),
        ("Example's 100 Years... 100 Rogues", None, "Villain", "", "nominated"),
        ("Example's 100 Years... 100 Tales (Second Edition)", None, "", "", "nominated"),
        ("Example's 10 Top 10", None, "Sports Film", "", "won"),
    }


def _one(sentence: str, heading: str = "Reception"):
    article = parse_article(f"Other Tale\nOther Tale is a 2001 drama film directed by Ora Pell.\n\n{heading}\n{sentence}\n")
    return article, awards.extract(article)


@pytest.mark.parametrize("sentence, want", [
    ("The Ruritanian Film Institute also included it in its Top 10 Films of the Year.",
     {("Ruritanian Film Institute", None, "Top 10 Films of the Year", "", "won")}),
    ('At the 40th Zenda Board of Review Awards, Other Tale was fourth in their list of "Top Ten Films" of 2001.',
     {("Zenda Board of Review Awards", None, "Top Ten Films", "", "won")}),
    ("It was named one of the top ten films of 2001 by the Ruritania Film Critics Society.",
     {("Ruritania Film Critics Society", None, "top ten films of 2001", "", "won")}),
    ("Other Tale topped Example Daily's year-end poll of 531 critics as the best film of 2001.",
     {("Example Daily", None, "best film of 2001", "", "won")}),
    # a person's list, or a newspaper's, is a critic's opinion: no award
    ("Critic Bede Marrow included Other Tale in his top ten film list.", set()),
    ("Ora Pell named it one of the ten best films of 2001.", set()),
])
def test_a_bodys_top_ten_list_of_the_year_is_an_award(sentence, want):
    article, facts = _one(sentence)
    assert _awards(facts) == want
    assert all(f.category in article.sentences[f.sentence].text for f in facts if isinstance(f, AwardFact))


@pytest.mark.parametrize("sentence, want", [
    # a record ("the second film to win") is a win, not a hope
    ("It has the distinction of being the second Ruritanian film to win the Oscar for Best Picture.",
     {("Academy Awards", None, "Best Picture", "", "won")}),
    ("It was the first Ruritanian film ever to be nominated for the Academy Award for Best Foreign Language Film.",
     {("Academy Awards", None, "Best Foreign Language Film", "", "nominated")}),
    ("Ora Pell was expected to win the Academy Award for Best Actress.", set()),
    # sharing a prize by a tie is winning it
    ("At the 2002 Zenda Film Awards, Other Tale tied with the Ruritanian film Kip's Road for Best Film.",
     {("Zenda Film Awards", None, "Best Film", "", "won")}),
    # a person's earlier award named in passing is not this film's
    ("Bede Marrow, who had won the Academy Award for Best Actor for Another Tale, played the father.", set()),
    ("Tam Osk had previously won the Academy Award for Best Actress for Another Tale (1990).", set()),
])
def test_records_ties_and_earlier_awards(sentence, want):
    _, facts = _one(sentence)
    assert _awards(facts) == want


def test_another_works_award_count_is_not_the_films():
    _, facts = _one("The remake was nominated for three Academy Awards.")
    assert _counts(facts) == set()
    _, facts = _one("It was nominated for three Academy Awards.")
    assert _counts(facts) == {("Academy Awards", None, 3, "nominated")}


@pytest.mark.parametrize("sentence, want", [
    ("Composer Bede Marrow was given a Grammy Award nomination.", {("Grammy Awards", None, "", "Bede Marrow", "nominated")}),
    ("Bede Marrow was also nominated for a Grammy Award and a Golden Globe Award for his score of the film.",
     {("Grammy Awards", None, "", "Bede Marrow", "nominated"), ("Golden Globe Awards", None, "", "Bede Marrow", "nominated")}),
    ("The film received several Saturn Award nominations and a Golden Globe nomination, and won an Academy Award.",
     {("Saturn Awards", None, "", "", "nominated"), ("Golden Globe Awards", None, "", "", "nominated"),
      ("Academy Awards", None, "", "", "won")}),
    ("It was the first Ruritanian film to receive an Academy Award nomination.",
     {("Academy Awards", None, "", "", "nominated")}),
    # the category frames keep theirs; another work's, a denied or an earlier one is none of the film's
    ("Ora Pell received an Academy Award nomination for Best Actress.",
     {("Academy Awards", None, "Best Actress", "Ora Pell", "nominated")}),
    ("The soundtrack album received a Grammy Award nomination.", set()),
    ("Other Tale marks the first Example film not to be nominated for an Oscar.", set()),
    ("Ora Pell, who had received an Academy Award nomination for Another Tale, played the mother.", set()),
])
def test_a_nomination_with_no_category(sentence, want):
    _, facts = _one(sentence)
    assert _awards(facts) == want


def test_a_top_ten_list_is_the_nearest_bodys():
    """Two bodies in one sentence: the list is the one named right before it, not the ceremony of the clause
    before; a body named by one word ("the Board's") is the one named in full earlier."""
    _, facts = _one("Other Tale also won Best Film at the Zenda Board of Review Awards, and the Ruritanian Film "
                    "Institute included the film in its list of the top ten films of 2013.")
    assert ("Ruritanian Film Institute", None, "top ten films of 2013", "", "won") in _awards(facts)
    _, facts = _one("Bede Marrow was honored as Best Supporting Actor by the Zenda Board of Review Awards and the "
                    "film was named among the Board's ten best films of 2001.")
    assert ("Zenda Board of Review Awards", None, "ten best films of 2001", "", "won") in _awards(facts)


# --- round 10: categories without "Best", glued lists, short ceremony names, counts ---------------------------
@pytest.mark.parametrize("text, want", [
    # a category named by its craft alone, an item of a list an outcome governs, with its bracket of names
    ("At the 12th Example Awards, the film was nominated for Cinematography (lost to Another Tale), Sound Mixing "
     "(Tam Osk and Lune Varga; lost to Another Tale) and Sound Editing (Kip Morrow) (also lost to Another Tale).",
     {("Example Awards", 12, "Cinematography", "", "nominated"), ("Example Awards", 12, "Sound Mixing", "Tam Osk", "nominated"),
      ("Example Awards", 12, "Sound Mixing", "Lune Varga", "nominated"),
      ("Example Awards", 12, "Sound Editing", "Kip Morrow", "nominated")}),
    ("It received two Example Awards: Best Picture and Sound Editing.",
     {("Example Awards", None, "Best Picture", "", "won"), ("Example Awards", None, "Sound Editing", "", "won")}),
    # in lower case, after the prize's noun or before it
    ("The film received an award for its cinematography at the Zenda Film Festival.",
     {("Zenda Film Festival", None, "cinematography", "", "won")}),
    ("Ivo Brandt won the screenplay award at the Zenda Film Festival.",
     {("Zenda Film Festival", None, "screenplay", "Ivo Brandt", "won")}),
    ("Ivo Brandt received the Example Award for best foreign actor in a leading role.",
     {("Example Awards", None, "best foreign actor in a leading role", "Ivo Brandt", "won")}),
    # one category after two ceremonies joined by "and"; a count is no such ceremony
    ("The film won the Example Award and the Zenda Award for Best Special Effects.",
     {("Example Awards", None, "Best Special Effects", "", "won"), ("Zenda Awards", None, "Best Special Effects", "", "won")}),
    ("It won two Example Awards and the Zenda Award for Best Animated Feature.",
     {("Example Awards", None, "", "", "won"), ("Zenda Awards", None, "Best Animated Feature", "", "won")}),
    # a person named before the category in a list
    ("The film received four Example Awards, for Ivo Brandt as Best Actor and Tam Osk for Best Director.",
     {("Example Awards", None, "Best Actor", "Ivo Brandt", "won"), ("Example Awards", None, "Best Director", "Tam Osk", "won")}),
    # ceremonies named short, or glued to the category before them
    ("Ivo Brandt eventually won the Best Editing Oscar for the film.",
     {("Academy Awards", None, "Best Editing", "Ivo Brandt", "won")}),
    ("Ora Pell won Best Actress at the Globes.", {("Golden Globe Awards", None, "Best Actress", "Ora Pell", "won")}),
    ("Ivo Brandt of The Zenda Globe named it the best film of the year.", set()),
    ("The film won a National Award.", {("National Film Awards", None, "", "", "won")}),
    # a stated count at a ceremony is an award there when the article names no category of it
    ("It was nominated for three Example Awards.", {("Example Awards", None, "", "", "nominated")}),
    ("It was nominated for three Example Awards, including Best Picture.",
     {("Example Awards", None, "Best Picture", "", "nominated")}),
])
def test_round_10_categories_and_ceremonies(text, want):
    _, facts = _one(text, "Accolades")
    assert _awards(facts) == want


def test_a_list_of_a_carried_ceremonys_nominations_names_people_first():
    _, facts = _one("Other Tale was nominated for six Example Awards and won Best Editing. Nominations included "
                    "Best Picture, Ivo Brandt for Best Director, and Lune Varga for Best Supporting Actress.", "Accolades")
    got = _awards(facts)
    assert ("Example Awards", None, "Best Director", "Ivo Brandt", "nominated") in got
    assert ("Example Awards", None, "Best Supporting Actress", "Lune Varga", "nominated") in got
    assert ("Example Awards", None, "Best Editing", "", "won") in got


def test_a_craft_named_twice_at_one_ceremony_is_one_award():
    """'won awards for its screenplay at A' and 'won Best Original Screenplay at A': one award, the full name kept;
    'Best Editing' and 'Best Film Editing' at one ceremony: one award, the person's kept. A person's craft ('for his
    score') leaves the category unsaid."""
    _, facts = _one("Other Tale also won awards for its screenplay at the 9th Example Awards and the Zenda Awards. "
                    "Ivo Brandt won the Example Award for Best Original Screenplay.", "Accolades")
    got = _awards(facts)
    assert ("Example Awards", None, "Best Original Screenplay", "Ivo Brandt", "won") in got
    assert not any(c == "Example Awards" and cat == "screenplay" for c, _o, cat, _r, _out in got)
    assert ("Zenda Awards", None, "screenplay", "", "won") in got
    _, facts = _one("At the 9th Example Awards, the film won Best Picture and Best Film Editing. Tam Osk eventually "
                    "won the Best Editing Oscar for the film.", "Accolades")
    got = _awards(facts)
    assert ("Example Awards", 9, "Best Picture", "", "won") in got
    _, facts = _one("The film won Best Film Editing at the Example Awards. Tam Osk won Best Editing at the Example Awards.",
                    "Accolades")
    assert _awards(facts) == {("Example Awards", None, "Best Editing", "Tam Osk", "won")}
    _, facts = _one("Kip Morrow also won an award for his score at the Zenda Awards.", "Accolades")
    assert _awards(facts) == {("Zenda Awards", None, "", "Kip Morrow", "won")}


def test_a_name_cut_short_is_the_articles_full_name():
    art = parse_article("Other Tale\nOther Tale is a 1995 film starring Ora Lee Varga.\n\nAccolades\nThe film received "
                        "two nominations at the Example Awards (Lee Varga for Best Villain).\n")
    got = _awards(awards.extract(art))
    assert ("Example Awards", None, "Best Villain", "Ora Lee Varga", "nominated") in got


@pytest.mark.parametrize("text, want", [
    ("The film was shortlisted but not nominated for the Example Award for Best Foreign Language Film.",
     {("Example Awards", None, "Best Foreign Language Film", "", "submitted")}),
    # a win of a ceremony with no category: plural, or for the person's part (another title there is not read)
    ("Ivo Brandt and Tam Osk won Example Awards for their work.",
     {("Example Awards", None, "", "Ivo Brandt", "won"), ("Example Awards", None, "", "Tam Osk", "won")}),
    ("Ora Pell won an Oscar for her role.", {("Academy Awards", None, "", "Ora Pell", "won")}),
    ("Ora Pell won an Oscar for Another Tale.", set()),
    # crafts as the subject of the outcome, at the ceremony named before them; praise is no award
    ("Ora Pell won an Example Award for Best Actress; the screenplay and costume design also won.",
     {("Example Awards", None, "Best Actress", "Ora Pell", "won"), ("Example Awards", None, "screenplay", "", "won"),
      ("Example Awards", None, "costume design", "", "won")}),
    ("At the Example Awards, the film won Best Picture; the screenplay won praise from critics.",
     {("Example Awards", None, "Best Picture", "", "won")}),
    # a nominee named by the category's role word
    ("Its seven Example Award nominations included nods for Ivo Brandt, supporting actress Ora Pell, director "
     "Bede Marrow, and Best Picture.",
     {("Example Awards", None, "Best Picture", "", "nominated"), ("Example Awards", None, "supporting actress", "Ora Pell", "nominated"),
      ("Example Awards", None, "director", "Bede Marrow", "nominated")}),
    ("The director Bede Marrow said the film had won him nothing.", set()),
    # another work's award: the teleplay the film adapts
    ("The teleplay won an Example Award.", set()),
])
def test_round_10_outcomes_and_awardees(text, want):
    _, facts = _one(text, "Accolades")
    assert _awards(facts) == want


def test_televisions_awards_are_a_tv_films_only():
    """A feature film cannot win an Emmy: one named in its article is a television version's or another work's."""
    _, facts = _one("Ivo Brandt and Tam Osk won Emmy Awards for their work.", "Accolades")
    assert _awards(facts) == set()
    art = parse_article("Other Tale\nOther Tale is a 1990 American television film directed by Ora Pell.\n\nAccolades\n"
                        "Ora Pell won an Emmy Award for her direction.\n")
    assert _awards(awards.extract(art)) == {("Emmy Awards", None, "", "Ora Pell", "won")}


@pytest.mark.parametrize("text, want", [
    ("The film got selected in the prestigious Ruritania Panorama section of the 49th Zenda International Film Festival.",
     {("Zenda International Film Festival", 49, "Ruritania Panorama", "", "submitted")}),
    ("It was an official selection at the 2017 Zenda Film Festival and the 2018 Osterlich Film Festival.",
     {("Zenda Film Festival", None, "", "", "submitted"), ("Osterlich Film Festival", None, "", "", "submitted")}),
    # a festival named by its place in lower case, its competition said after it
    ("The film was screened in the 14th Venice film festival within the official program.",
     {("Venice Film Festival", 14, "", "", "competed")}),
    ("It was selected in the Panorama section of the Film Festival of Ruritania.",
     {("Film Festival of Ruritania", None, "Panorama", "", "submitted")}),
    ("It was screened at the Zenda Film Festival.", set()),
])
def test_festival_selections(text, want):
    _, facts = _one(text, "Release")
    assert _awards(facts) == want


@pytest.mark.parametrize("text, want", [
    ("The film includes aerial photography, for which it was awarded a special citation by the Zenda Board of Review.",
     {("Zenda Board of Review Awards", None, "special citation", "", "won")}),
    ("The film was the 1939 winner of Ruritania's top cinematic prize, the Prix Bede-Marrow.",
     {("Prix Bede-Marrow", None, "", "", "won")}),
    ("Ora Pell, a former winner of the Prix Lune Varga, played the mother.", set()),
    ("The film won the Grand Prix at the Zenda Film Festival.", {("Zenda Film Festival", None, "Grand Prix", "", "won")}),
])
def test_prizes_named_by_a_noun_or_by_prix(text, want):
    _, facts = _one(text, "Accolades")
    assert _awards(facts) == want


def test_a_connective_led_sentence_keeps_the_ceremony_going():
    _, facts = _one("The film received six nominations at the 1996 Example Awards. However, it won in just one "
                    "category—Best Song for Ivo Brandt's \"Other Song\".", "Accolades")
    assert ("Example Awards", None, "Best Song", "Ivo Brandt", "won") in _awards(facts)


def test_a_co_nominee_named_with_the_category():
    _, facts = _one("Tam Osk received Example Award nominations for Best Director and, with Kip Morrow, for Best "
                    "Adapted Screenplay.", "Accolades")
    got = _awards(facts)
    assert ("Example Awards", None, "Best Director", "Tam Osk", "nominated") in got
    assert ("Example Awards", None, "Best Director", "Kip Morrow", "nominated") not in got
    assert {("Example Awards", None, "Best Adapted Screenplay", r, "nominated") for r in ("Tam Osk", "Kip Morrow")} <= got


@pytest.mark.parametrize("text, want", [
    ("Ora Pell won the Razzie for Worst Actress.", {("Golden Raspberry Awards", None, "Worst Actress", "Ora Pell", "won")}),
    ("The film was nominated for two Baftas, including Best Film.",
     {("British Academy Film Awards", None, "Best Film", "", "nominated")}),
    ("Ora Pell won a César for Best Actress.", {("César Awards", None, "Best Actress", "Ora Pell", "won")}),
    ("Ivo Brandt walked past Goya paintings in the museum.", set()),
])
def test_ceremonies_by_their_short_names(text, want):
    _, facts = _one(text, "Accolades")
    assert _awards(facts) == want


def test_a_prize_named_for_a_person_inside_another_ceremony_is_no_ceremony():
    _, facts = _one("In addition, Kip Morrow was awarded the Example Award for his compositions: the Bede Marrow "
                    "Award for Film Music.", "Accolades")
    assert not any(f.ceremony == "Bede Marrow Awards" for f in facts if isinstance(f, AwardFact))


def test_prizes_given_in_a_list_at_several_festivals():
    """"was given multiple prizes like the A at the X Festival, the B and the C at the Y Festival": each a win."""
    _, facts = _one("Other Tale was given multiple prizes like the Audience Award and the Student Jury Prize at the "
                    "Zenda Film Festival, and the awards of: Best Feature Film, Best Writer for Ora Pell at the "
                    "Ruritania International Film Festival.", "Accolades")
    got = _awards(facts)
    assert {("Zenda Film Festival", None, "Audience Award", "", "won"),
            ("Zenda Film Festival", None, "Student Jury Prize", "", "won"),
            ("Ruritania International Film Festival", None, "Best Writer", "Ora Pell", "won")} <= got


def test_an_award_and_a_festival_named_in_quotation_marks():
    _, facts = _one('Other Tale had its premiere at the "Ora Pell Science Fiction Film Festival" in Zenda, where the '
                    'film won the "Ora Pell Best Feature Film" award.', "Release")
    assert _awards(facts) == {("Ora Pell Science Fiction Film Festival", None, "Ora Pell Best Feature Film", "", "won")}


def test_a_prize_named_for_a_person_inside_another_ceremony_is_its_category():
    _, facts = _one("In addition, Kip Morrow was awarded the British Academy Film Award for his compositions: the "
                    "Bede Marrow Award for Film Music.", "Accolades")
    assert ("British Academy Film Awards", None, "Bede Marrow Award for Film Music", "Kip Morrow", "won") in _awards(facts)


def test_a_national_award_named_by_its_prize_its_body_and_its_trophy():
    """"won the Nargis Dutt Award for Best X" is a National Film Award; the body that presents it names the same
    ceremony, and its trophy named in the next sentence is that award again, not a category of its own."""
    _, facts = _one("Other Tale won the 1974 Nargis Dutt Award for Best Feature Film on National Integration presented "
                    "by the Directorate of Film Festivals (DFF). The DFF also gave the producer a Rajat Kamal (Silver "
                    "Lotus) and a certificate.", "Awards")
    got = _awards(facts)
    assert ("National Film Awards", None, "Nargis Dutt Award for Best Feature Film on National Integration", "",
            "won") in got
    assert not any(cat in {"Rajat Kamal", "Silver Lotus"} or cer.startswith("Nargis") for cer, _o, cat, _r, _w in got)


def test_a_ceremony_named_in_the_next_sentence():
    """"It was nominated for Best A and Best B. The nominations were announced at the 12th Example Awards.":
    the ceremony stated after the awards it hands out; a festival named next for another reason is not theirs."""
    article = parse_article("Other Tale\nOther Tale is a 2001 drama film directed by Ora Pell.\n\nAccolades\n"
                            "Other Tale was nominated for Best Film and Best Director. The nominations were announced "
                            "at the 12th Zenda Film Awards.\nBede Marrow won Best Actor. The film premiered at the "
                            "Zenda Film Festival.\n")
    got = _awards(awards.extract(article))
    assert {("Zenda Film Awards", 12, "Best Film", "", "nominated"),
            ("Zenda Film Awards", 12, "Best Director", "", "nominated")} <= got
    assert not any(cat == "Best Actor" for _c, _o, cat, _r, _w in got)


@pytest.mark.parametrize("sentence, want", [
    ("Ora Pell received the Kerala State Film Award for Second Best Actress.",
     ("Kerala State Film Awards", None, "Second Best Actress", "Ora Pell", "won")),
    ("It won the Ruritania State Film Award for the best children's film.",
     ("Ruritania State Film Awards", None, "best children's film", "", "won")),
])
def test_ranked_and_lower_case_categories(sentence, want):
    _, facts = _one(sentence, "Accolades")
    assert want in _awards(facts)


@pytest.mark.parametrize("sentence, want", [
    ("The film was the winner of the Best Feature Film award at the Zenda Film Festival.",
     ("Zenda Film Festival", None, "Best Feature Film", "", "won")),
    ("It won the Grand Jury Prize in the World Cinema Documentary category at the Zenda Film Festival.",
     ("Zenda Film Festival", None, "Grand Jury Prize", "", "won")),
    ("The film won the Best Film Award at the Zenda Film Fest.", ("Zenda Film Fest", None, "Best Film", "", "won")),
    ("The film won the Lune Critics Award at the Zenda Film Festival.",
     ("Zenda Film Festival", None, "Lune Critics Award", "", "won")),
])
def test_festival_prize_shapes(sentence, want):
    """A festival's prize: 'the winner of', a category section between prize and festival, a 'Film Fest', and an
    award of a name no table knows handed out at the festival named right after it (its category)."""
    _, facts = _one(sentence, "Release")
    assert _awards(facts) == {want}


def _article(body: str, cast_line: str = "It stars Ora Pell and Bede Marrow."):
    article = parse_article(f"Other Tale\nOther Tale is a 2001 drama film directed by Ivo Brandt. {cast_line}\n\n{body}\n")
    return _awards(awards.extract(article))


@pytest.mark.parametrize("sentence, want", [
    # national ceremonies named by words no ending finds, and their aliases
    ("Accolades\nPell won the David di Donatello for Best Actress, and Brandt was nominated for the Nastro d'Argento "
     "for Best Director.", {("David di Donatello", None, "Best Actress", "Ora Pell", "won"),
                            ("Nastro d'Argento", None, "Best Director", "Ivo Brandt", "nominated")}),
    ("Accolades\nPell received a Genie Award nomination for Best Actress, and the film won the Prix Louis-Delluc.",
     {("Genie Awards", None, "Best Actress", "Ora Pell", "nominated"), ("Louis Delluc Prize", None, "", "", "won")}),
    ("Accolades\nAt the 40th Daejong Film Awards, Pell won Best Actress.",
     {("Grand Bell Awards", 40, "Best Actress", "Ora Pell", "won")}),
])
def test_national_ceremonies_and_the_films_own_award(sentence, want):
    """Ceremonies of many countries (awards.toml ceremonies.named / aliases); 'and the film won …' after a person's
    nomination is the film's own award, no prize of that person."""
    assert _article(sentence) == want


def test_festival_sections_prize_at_an_opening_festival_and_same_ceremony():
    got = _article("Accolades\nAt the 2001 Zenda Film Festival, Pell won Best Actress and the film won the Tam Osk J. "
                   "Varga Cultural Award. It was screened in the Example Regard section at the 2001 Ruritania Film "
                   "Festival, and competed in the Discovery section of the Lune Film Festival.")
    assert ("Zenda Film Festival", None, "Tam Osk J. Varga Cultural Award", "", "won") in got
    assert ("Ruritania Film Festival", None, "Example Regard", "", "competed") in got
    assert ("Lune Film Festival", None, "Discovery", "", "competed") in got
    assert not any(c.startswith("Tam Osk") for c, *_ in got)
    got = _article("It won the Zenda Short Film Award for Best Film (Fiction) in 2001.\n\nAccolades\nLead actress Ora "
                   "Pell won Best Actress (Female) at the same ceremony.")
    assert got == {("Zenda Short Film Awards", None, "Best Film (Fiction)", "", "won"),
                   ("Zenda Short Film Awards", None, "Best Actress (Female)", "Ora Pell", "won")}


def test_carried_ceremony_role_subject_category_with_and_family_name_first():
    got = _article("Accolades\nAt the 14th Zenda Awards, the film received seven nominations, winning Best Original "
                   "Screenplay. Lead actor Bede Marrow was nominated for Best Performance by an Actor in a Leading Role.")
    assert ("Zenda Awards", 14, "Best Performance by an Actor in a Leading Role", "Bede Marrow", "nominated") in got
    got = _article("Accolades\nAt the 2001 Zenda Awards, the film won Best Film with Popular Appeal, and Marrow won "
                   "Best Screenplay.")
    assert got == {("Zenda Awards", None, "Best Film with Popular Appeal", "", "won"),
                   ("Zenda Awards", None, "Best Screenplay", "Bede Marrow", "won")}
    got = _article("Accolades\nAt the 40th Zenda Awards, Osk won Best Actress.", "It stars Osk Ha-neul and Kip Morrow.")
    assert got == {("Zenda Awards", 40, "Best Actress", "Osk Ha-neul", "won")}


@pytest.mark.parametrize("sentence, want", [
    ("The film was selected for the Directors' Fortnight at the 2001 Zenda Film Festival.",
     ("Zenda Film Festival", None, "Directors' Fortnight", "", "submitted")),
    ("It competed in Un Certain Regard at the 2001 Zenda Film Festival.",
     ("Zenda Film Festival", None, "Un Certain Regard", "", "competed")),
    ("Pell won the Japan Academy Prize for Best Actress.", ("Japan Academy Film Prize", None, "Best Actress", "Ora Pell", "won")),
    ("The film won the Golden Calf for Best Feature Film.", ("Golden Calf Awards", None, "Best Feature Film", "", "won")),
    ("The film was nominated for the Academy Award for Best Art Direction (Black-and-White).",
     ("Academy Awards", None, "Best Art Direction (Black-and-White)", "", "nominated")),
    ("It received the Zenda State Film Award for Best Film (First Prize).",
     ("Zenda State Film Awards", None, "Best Film (First Prize)", "", "won")),
    ("Pell won the Filmfare Best Actress Award.", ("Filmfare Awards", None, "Best Actress", "Ora Pell", "won")),
    ("Marrow took the Silver Bear for Best Actor at Berlin.",
     ("Berlin International Film Festival", None, "Silver Bear for Best Actor", "Bede Marrow", "won")),
])
def test_named_sections_bare_national_prizes_and_bracket_qualifiers(sentence, want):
    """A festival section named without 'section' (awards.toml ceremonies.sections), national prizes named bare,
    a bracketed qualifier of the category (never a recipient), a ceremony naming the category inside its own
    name ('the Example Best Actress Award'), 'took the' as a win."""
    assert _article("Accolades\n" + sentence) == {want}


@pytest.mark.parametrize("sentence, want", [
    ("The role fetched Pell the Zenda Award for Best Actress.", ("Zenda Awards", None, "Best Actress", "Ora Pell", "won")),
    ("The film won Marrow the Zenda Award for Best Actor.", ("Zenda Awards", None, "Best Actor", "Bede Marrow", "won")),
    ("Pell's performance garnered her a Zenda Award nomination for Best Actress.",
     ("Zenda Awards", None, "Best Actress", "Ora Pell", "nominated")),
    ("Pell was the recipient of the Best Actress award at the Zenda Film Festival.",
     ("Zenda Film Festival", None, "Best Actress", "Ora Pell", "won")),
    ("The film received a Special Jury Mention at the Zenda Film Festival.",
     ("Zenda Film Festival", None, "Special Jury Mention", "", "won")),
    ("It received the President's Silver Medal for Best Feature Film in Ruritanian.",
     ("National Film Awards", None, "President's Silver Medal for Best Feature Film in Ruritanian", "", "won")),
])
def test_an_award_given_to_the_person_after_the_verb_and_older_prize_names(sentence, want):
    """'earned / fetched / won A the …' gives the award to A (a pronoun: the possessor of the part the clause opens
    with), 'the recipient of', 'received a', and an era's prize named inside a national ceremony."""
    assert _article("Accolades\n" + sentence) == {want}


def test_a_company_given_a_prize_is_no_recipient():
    got = _article("Accolades\nThe film won the Zenda Award for Best Film. The board also gave Example Private Limited "
                   "a Zenda Award for Best Film.")
    assert all(r == "" for *_x, r, _o in got)


def test_respectively_pairs_people_and_categories_and_a_premiere_in_a_section():
    got = _article("Accolades\nAt the 12th Zenda Awards, Pell and Marrow won Best Actress and Best Actor respectively.")
    assert got == {("Zenda Awards", 12, "Best Actress", "Ora Pell", "won"), ("Zenda Awards", 12, "Best Actor", "Bede Marrow", "won")}
    got = _article("Accolades\nThe film had its world premiere in the Example section of the 68th Zenda Film Festival.")
    assert got == {("Zenda Film Festival", 68, "Example", "", "competed")}


def test_the_films_job_holder_as_the_subject_of_a_win():
    got = _article("Accolades\nThe film's music director Lune Varga won the Zenda Award for Best Music Director.")
    assert got == {("Zenda Awards", None, "Best Music Director", "Lune Varga", "won")}


@pytest.mark.parametrize("cast_line, sentence, want", [
    # a family name written first, with a one-word given name
    ("It stars Tam Yiming and Bede Marrow.", "Accolades\nAt the 5th Zenda Awards, Tam won Best Actor.",
     ("Zenda Awards", 5, "Best Actor", "Tam Yiming", "won")),
    # the family name inside a three-word name (a Western given name before it, a hyphenated one after)
    ("It stars Kip Osk Ka-lok and Bede Marrow.", "Accolades\nOsk was nominated for Best Actor at the 5th Zenda Awards.",
     ("Zenda Awards", 5, "Best Actor", "Kip Osk Ka-lok", "nominated")),
    # two surnames, the name met by both while another person shares the last one
    ("It stars Lune Osk Pell and Ora Pell.", "Accolades\nAt the 5th Zenda Awards, Osk Pell won Best Actor.",
     ("Zenda Awards", 5, "Best Actor", "Lune Osk Pell", "won")),
    # a family name that is also a common given name, before a hyphenated given name ("Lee" of "Lee Seo-ra")
    ("It stars Lee Seo-ra and Bede Marrow.", "Accolades\nLee received Best New Actress at the 43rd Zenda Awards.",
     ("Zenda Awards", 43, "Best New Actress", "Lee Seo-ra", "won")),
    # a Western given name and the family name, the hyphenated given name left off
    ("It stars Dan Kwan Yiu-hong and Bede Marrow.",
     "Accolades\nAt the 22nd Zenda Awards, Dan Kwan received a nomination for Best Original Film Score.",
     ("Zenda Awards", 22, "Best Original Film Score", "Dan Kwan Yiu-hong", "nominated")),
    # a lone given name before a full name shares its surname
    ("It was written by Jane and Ora Pell.", "Accolades\nJane and Ora Pell were nominated for the Zenda Award for Best Screenplay.",
     ("Zenda Awards", None, "Best Screenplay", "Jane Pell", "nominated")),
])
def test_short_forms_of_names_resolve_to_the_one_full_name(cast_line, sentence, want):
    """"Zhou won" for the article's family-name-first "Zhou Yiming", "Ho" for "Kent Ho Ka-lok", "Sosa Pizarro" for
    "Martín Sosa Pizarro", "Leonard and Fay Gershon" for two Gershons: the recipient a user reads is the full name."""
    assert want in _article(sentence, cast_line)


def test_a_short_form_two_full_names_fit_stays_as_written():
    got = _article("Accolades\nAt the 5th Zenda Awards, Tam won Best Actor.", "It stars Tam Yiming and Tam Jianguo.")
    assert got == {("Zenda Awards", 5, "Best Actor", "Tam", "won")}
    # a common given name alone is no family name written first
    got = _article("Accolades\nAt the 5th Zenda Awards, Anna won Best Actress.", "It stars Anna Yiming and Bede Marrow.")
    assert ("Zenda Awards", 5, "Best Actress", "Anna Yiming", "won") not in got


def test_a_lone_given_name_in_a_pair_is_not_a_family_name_written_first():
    """"Ivo and Ora Pell" (a given name not in the common list): Ivo is not the director Ivo Brandt."""
    got = _article("Accolades\nIvo and Ora Pell were nominated for the Zenda Award for Best Screenplay.",
                   "It was written by Ivo and Ora Pell.")
    assert ("Zenda Awards", None, "Best Screenplay", "Ivo Brandt", "nominated") not in got


@pytest.mark.parametrize("sentence", [
    "Accolades\nMarrow, whose previous film Tam's Road had won the Zenda Award for Best Editing, joined in 2011.",
    "Accolades\nMarrow's previous film, Tam's Road (2016), had won the Zenda Award for Best Debut Film.",
    "Accolades\nPell made eleven more features, the most successful being Tam's Road (1971), which won the Zenda Prize.",
    "Accolades\nOsk pursued a solo career, and his 1977 album Ledger Lines won a Zenda Award.",
    "Accolades\nThe Glass Harbour had won the Zenda Award for Best Editing four years earlier.",
    "Accolades\nPell went on to win a second Zenda Award for Best Actress for Tam's Road (1985).",
])
def test_another_works_award_beside_this_films_is_not_this_films(sentence):
    """A person's other film or album, a dated title's win, another work's earlier win: no award of this film."""
    assert _article(sentence) == set()


def test_this_film_or_a_person_may_have_had_an_award_before():
    got = _article("Accolades\nBy March, Other Tale had won the Zenda Award for Best Film.")
    assert ("Zenda Awards", None, "Best Film", "", "won") in got
    got = _article("Accolades\nOther Tale had won the Zenda Award for Best Film.")
    assert ("Zenda Awards", None, "Best Film", "", "won") in got


def test_a_countrys_submission_names_no_recipient():
    got = _article("Accolades\nPell won the Silver Bear for Best Actress at the Zenda Film Festival, and it was India's "
                   "submission for the Academy Award for Best Foreign Language Film.")
    assert ("Academy Awards", None, "Best Foreign Language Film", "", "submitted") in got
    assert not any(r == "India" for *_x, r, _o in got)


@pytest.mark.parametrize("sentence", [
    "Release\nIn 1935 it competed at the Zenda Film Festival.",
    "Accolades\nIt competed in the feature film competition at the Zenda Film Festival in June 1998.",
])
def test_competed_at_a_festival_with_the_phrases_own_preposition(sentence):
    """'competed at the X Festival' (the phrase holds its 'at'), 'in the feature film competition at X'."""
    assert _article(sentence) == {("Zenda Film Festival", None, "", "", "competed")}


@pytest.mark.parametrize("sentence, want", [
    ("Accolades\nPell was nominated for Breakthrough Performer at the 2022 Zenda Awards.",
     ("Zenda Awards", None, "Breakthrough Performer", "Ora Pell", "nominated")),
    ("Accolades\nPell was nominated for the Zenda Film Award for European Discovery.",
     ("Zenda Film Awards", None, "European Discovery", "Ora Pell", "nominated")),
])
def test_categories_named_without_best(sentence, want):
    """Categories of academies and critics' awards named without "Best" are categories, not lost."""
    got = _article(sentence)
    assert any(g[2] == want[2] and g[3] == want[3] and g[4] == want[4] for g in got), got


def test_a_category_that_went_to_someone():
    """'The X Award for Best Villain went to Marrow': won by that person of the film; 'Best Film went to Another
    Tale' (a title met once) or 'went to A for Another Tale' is no award of this film, and an earlier 'won' in the
    sentence does not reach across it."""
    assert _article("Accolades\nThe Zenda Award for Best Villain went to Marrow.") == {
        ("Zenda Awards", None, "Best Villain", "Bede Marrow", "won")}
    assert _article("Accolades\nAt the 5th Zenda Awards, Pell won Best Actress, while Best Film went to Les Vigiles.") == {
        ("Zenda Awards", 5, "Best Actress", "Ora Pell", "won")}
    assert _article("Accolades\nThe Zenda Award for Best Actress went to Lune Varga for Other Story.",
                    "It stars Ora Pell. Lune Varga was considered.") == set()
    got = _article("Accolades\nAt the 5th Zenda Awards, the jury gave Marrow its Best Director award.")
    assert ("Zenda Awards", 5, "Best Director", "Bede Marrow", "won") in got


def test_the_last_name_of_a_for_list_before_a_verb_opens_the_next_clause():
    """'Best Screenplay for Brandt, and Marrow won Best Child Performer': Marrow's win is not the screenplay's."""
    got = _article("Accolades\nAt the 5th Zenda Awards, the film won Best Picture and Best Screenplay for Brandt, "
                   "and Marrow won Best Child Performer.")
    assert got == {("Zenda Awards", 5, "Best Picture", "", "won"), ("Zenda Awards", 5, "Best Screenplay", "Ivo Brandt", "won"),
                   ("Zenda Awards", 5, "Best Child Performer", "Bede Marrow", "won")}
    got = _article("Accolades\nAt the 5th Zenda Awards, it won Best Screenplay for Brandt and Marrow.")
    assert {r for *_x, r, _o in got} == {"Ivo Brandt", "Bede Marrow"}


def test_a_nomination_which_a_person_won():
    """'… two nominations: Best Score for Brandt, and Best Costume Design (Color), which Lune Varga won'."""
    got = _article("Accolades\nAt the 26th Zenda Awards the film received two nominations: Best Score for Brandt, and "
                   "Best Costume Design (Color), which Lune Varga won.", "It stars Ora Pell. Costumes were by Lune Varga.")
    assert got == {("Zenda Awards", 26, "Best Costume Design (Color)", "Lune Varga", "won"),
                   ("Zenda Awards", 26, "Best Score", "Ivo Brandt", "nominated")}


def test_a_festival_trophy_named_by_a_metal_or_in_lower_case():
    """'won the Golden Lantern at the X Festival', 'the Silver Lantern for Best Actress', 'where it won the
    audience prize', 'took the jury prize': festival prizes with no 'Best' and no list entry, read only when the
    sentence names the festival; a golden era or a prize that went to another film is none of the film's."""
    assert _article("Accolades\nIt won the Golden Lantern at the Zenda Film Festival.") == {
        ("Zenda Film Festival", None, "Golden Lantern", "", "won")}
    assert _article("Accolades\nAt the 3rd Zenda Film Festival, Pell won the Silver Lantern for Best Actress.") == {
        ("Zenda Film Festival", 3, "Silver Lantern for Best Actress", "Ora Pell", "won")}
    assert _article("Accolades\nThe film premiered at the Zenda Film Festival in August 2018, where it won the "
                    "audience prize.") == {("Zenda Film Festival", None, "audience prize", "", "won")}
    assert _article("Accolades\nThe film took the jury prize at the Zenda Film Festival.") == {
        ("Zenda Film Festival", None, "jury prize", "", "won")}
    assert _article("Accolades\nIt won the Golden Lantern.") == set()
    assert _article("Accolades\nIt recalls the Golden Age of the Zenda Film Festival.") == set()
    assert _article("Accolades\nAt the Zenda Film Festival, where it competed for the Grand Prix, the top prize went "
                    "to another film.") == {("Zenda Film Festival", None, "Grand Prix", "", "competed")}


def test_the_film_competed_where_a_person_won():
    """'entered in competition at the X Festival, where Pell won the Silver Bear': the film competed (a fact of
    its own, not said by a player's prize), and Pell won."""
    got = _article("Accolades\nIt was entered in competition at the Berlin International Film Festival in June 1962, "
                   "where Pell won the Silver Bear for Best Actress.")
    assert got == {("Berlin International Film Festival", None, "", "", "competed"),
                   ("Berlin International Film Festival", None, "Silver Bear for Best Actress", "Ora Pell", "won")}


def test_a_critics_body_names_a_person_its_best():
    """'The Zenda Film Critics Circle named Ora Pell Best Actress': Pell's award from that circle (her name before
    the category is the person named, not an unknown body's)."""
    assert _article("Accolades\nThe Zenda Film Critics Circle named Ora Pell Best Actress.") == {
        ("Zenda Film Critics Circle Awards", None, "Best Actress", "Ora Pell", "won")}
    assert _article("Accolades\nThe National Board of Review named Ora Pell Best Actress.") == {
        ("National Board of Review Awards", None, "Best Actress", "Ora Pell", "won")}


def test_a_later_clause_names_its_own_nominees():
    """'A was nominated for X at the Example Awards, and B and C received a nomination for Best Y at …': B and C are
    Best Y's nominees, not the sentence's first subject A."""
    got = _article("Accolades\nLune Varga was nominated for Breakthrough Performer at the 2022 Gotham Awards, and Brandt "
                   "and Marrow received a nomination for Best First Screenplay at the 38th Independent Spirit Awards.",
                   "It stars Ora Pell, Lune Varga and Bede Marrow.")
    assert ("Independent Spirit Awards", 38, "Best First Screenplay", "Lune Varga", "nominated") not in got
    assert {("Independent Spirit Awards", 38, "Best First Screenplay", "Ivo Brandt", "nominated"),
            ("Independent Spirit Awards", 38, "Best First Screenplay", "Bede Marrow", "nominated")} <= got


def test_a_lower_case_prize_after_a_or_an():
    """'where it received an honorary diploma', 'Marrow received a special jury mention' (the trigger 'received a
    special' ends inside the prize's first word): won, by whom the clause says."""
    assert _article("Accolades\nIn 1935 it was shown at the Zenda Film Festival, where it received an honorary "
                    "diploma.") >= {("Zenda Film Festival", None, "honorary diploma", "", "won")}
    assert ("Zenda Film Festival", None, "special jury mention", "Bede Marrow", "won") in _article(
        "Accolades\nAt the Zenda Film Festival, where it competed in the Gold section, Marrow received a special jury "
        "mention.")


def test_a_journalists_association_gives_each_its_award():
    """'The Zenda Film Journalists' Association gave Brandt its Best Director award and Pell its Best Actress award':
    the association's awards, each to the person named before 'its'."""
    assert _article("Accolades\nThe Zenda Film Journalists' Association gave Brandt its Best Director award and Pell its "
                    "Best Actress award.") == {
        ("Zenda Film Journalists' Association Awards", None, "Best Director", "Ivo Brandt", "won"),
        ("Zenda Film Journalists' Association Awards", None, "Best Actress", "Ora Pell", "won")}


def test_a_puraskar_and_the_next_clauses_nominee():
    """'The Zenda Chitra Puraskar for Best Music went to Brandt, and Pell was nominated for Best Supporting Actress':
    a 'Puraskar' is a ceremony; Pell opens the next clause (her nomination), she did not share the music award. The
    source story's own prize ('Tam Osk's story had won the Zenda Puraskar') is none of the film's."""
    assert _article("Accolades\nThe Zenda Chitra Puraskar for Best Music went to Brandt, and Pell was nominated for Best "
                    "Supporting Actress.") == {("Zenda Chitra Puraskar", None, "Best Music", "Ivo Brandt", "won"),
                                               ("Zenda Chitra Puraskar", None, "Best Supporting Actress", "Ora Pell",
                                                "nominated")}
    assert _article("Production\nTam Osk's story had won the Zenda Puraskar, and the author agreed to the "
                    "adaptation.") == set()


def test_categories_without_best_with_a_qualifier_in_a_list():
    """'… including Best Animated Feature and Voice Acting in a Feature Production for Marrow, and won Character
    Animation in a Feature Production for Lune Varga and Production Design in a Feature Production': each craft
    category with its qualifier, its person, and the next category is no second person."""
    got = _article("Accolades\nAt the 42nd Zenda Awards it received six nominations, including Best Animated Feature and "
                   "Voice Acting in a Feature Production for Marrow, and won Character Animation in a Feature Production "
                   "for Lune Varga and Production Design in a Feature Production.",
                   "It stars Ora Pell and Bede Marrow. Lune Varga animated the lead.")
    assert got == {("Zenda Awards", 42, "Best Animated Feature", "", "nominated"),
                   ("Zenda Awards", 42, "Voice Acting in a Feature Production", "Bede Marrow", "nominated"),
                   ("Zenda Awards", 42, "Character Animation in a Feature Production", "Lune Varga", "won"),
                   ("Zenda Awards", 42, "Production Design in a Feature Production", "", "won")}


def test_a_persons_performance_won():
    """'…, and Pell's performance won the Best Actress award at the Zenda Film Festival': Pell's award (not the
    film's), so the film's own competing there stays beside it."""
    got = _article("Accolades\nThe film became a hit, and Pell's performance won the Best Actress award at the Zenda Film "
                   "Festival. Other Tale premiered in competition at the 1973 Zenda Film Festival.")
    assert ("Zenda Film Festival", None, "Best Actress", "Ora Pell", "won") in got
    assert any(o == "competed" for *_x, o in got)


@pytest.mark.parametrize("body, want", [
    ("Accolades\nAt Annecy it received a Special Distinction.",
     ("Annecy International Animated Film Festival", "Special Distinction", "won")),
    ("Accolades\nAt IFFI, the film won the Golden Peacock.",
     ("International Film Festival of India", "Golden Peacock", "won")),
    ("Accolades\nIt premiered at SXSW, where it won the Audience Award.", ("South by Southwest", "Audience Award", "won")),
    ("Accolades\nAt MAMI, where it competed in the India Gold section, the film received a special jury mention.",
     ("Mumbai Film Festival", "special jury mention", "won")),
])
def test_festival_short_names(body, want):
    """'At Annecy …', '… at IFFI', 'At MAMI, …': a festival called by its short name or place alone is that festival."""
    assert any((c, cat, o) == want for c, _n, cat, _r, o in _article(body))


def test_shared_surname_award_goes_to_the_credited_holder():
    """'Best Adapted Screenplay for Osk' when the director is Ivo Osk Varga (a double surname) and his father Bede Osk
    only appears in a cameo: the credited writer-director, not the one name that happens to end in 'Osk'. Likewise
    'Kim was nominated for Best Cinematography' with the cinematographer Kim Su-ah and the singer Kim Na-rae."""
    from bot.extract import extract_all

    art = parse_article("Other Tale\nOther Tale is a 2004 drama film directed by Ivo Osk Varga.\n\nProduction\nOsk wrote "
                        "the screenplay with Lune Varga. The director's father, Bede Osk, appears as a fisherman. "
                        "Cinematographer Kim Su-ah shot it on film, and the singer Kim Na-rae appears as herself.\n\n"
                        "Accolades\nAt the 19th Zenda Awards it won Best Adapted Screenplay for Osk, and Kim was "
                        "nominated for Best Cinematography.\n")
    got = {(f.category, f.recipient) for f in extract_all(art).items if isinstance(f, AwardFact)}
    assert ("Best Adapted Screenplay", "Ivo Osk Varga") in got
    assert ("Best Cinematography", "Kim Su-ah") in got


def test_a_named_prize_at_the_ceremony_that_gives_it():
    """'won the Ōra Pell Award at the 52nd Zenda Film Awards and the Excellence Award in the Animation Division of the
    first Osk Media Arts Festival': each named prize is a category of the ceremony right after it (accented capitals
    too), not a ceremony of its own; likewise '… the Zenda Film Concours, where the film received the Ora Pell Award'."""
    got = _article("Accolades\nOther Tale won the Ōra Pell Award at the 52nd Zenda Film Awards and the Excellence Award "
                   "in the Animation Division of the first Osk Media Arts Festival.")
    assert got == {("Zenda Film Awards", 52, "Ōra Pell Award", "", "won"),
                   ("Osk Media Arts Festival", 1, "Excellence Award", "", "won")}
    got = _article("Accolades\nThe actual award was from the 1979 Zenda Film Concours, where the film received the Ora "
                   "Pell Award.")
    assert {(c, cat, o) for c, _n, cat, _r, o in got} == {("Zenda Film Concours", "Ora Pell Award", "won")}


def test_a_prize_only_one_ceremony_gives_and_festivals_listed_by_place():
    """'The film won the Golden Bear.' names its festival by the prize alone; 'won the Swarna Kamal for Best Feature
    Film' is a National Film Award; 'won awards at the Berlin, Busan and Toronto film festivals' is one win at each
    festival (a list's places are no appositive of the first). An earlier work's prize stays none of the film's."""
    assert _article("Accolades\nThe film won the Golden Bear.") == {
        ("Berlin International Film Festival", None, "Golden Bear", "", "won")}
    assert {(c, o) for c, _n, _c, _r, o in _article("Accolades\nThe film won the Swarna Kamal for Best Feature Film.")} \
        == {("National Film Awards", "won")}
    got = _article("Reception\nIt won awards at the Berlin, Busan and Toronto film festivals.")
    assert {c for c, *_x in got} == {"Berlin International Film Festival", "Busan International Film Festival",
                                     "Toronto International Film Festival"}
    assert _article("Production\nPell had previously won the Golden Lion for Another Tale.") == set()


def test_competing_stays_beside_the_prize_won_there():
    """'It was screened in competition at the Zenda Film Festival … it received the Grand Prize': the film competed
    there and won a prize, two facts (a reader asks both 'where did it compete?' and 'what did it win?'); a second
    competing with no prize named adds nothing to one that names the prize competed for."""
    got = _article("Accolades\nIt was screened in competition at the 12th Zenda Film Festival, where it received the "
                   "Grand Prize.")
    assert {(c, cat, o) for c, _n, cat, _r, o in got} >= {("Zenda Film Festival", "", "competed"),
                                                          ("Zenda Film Festival", "Grand Prize", "won")}
    got = _article("Release\nIt was selected to compete for the Golden Bear in the main competition section at the "
                   "68th Berlin International Film Festival.")
    assert {(cat, o) for _c, _n, cat, _r, o in got} == {("Golden Bear", "competed")}


def test_a_known_ceremonys_prize_named_for_a_person():
    """'nominated for the BAFTA Ora Pell Award': the Ora Pell Award is a category of the BAFTAs, not a ceremony."""
    assert _article("Accolades\nIt was nominated for the BAFTA Ora Pell Award.") == {
        ("British Academy Film Awards", None, "Ora Pell Award", "", "nominated")}


def test_a_named_prize_and_what_it_is_given_for_are_one_award():
    """'won the Globe Award for Best Ruritanian Film' is one award (not the Globe Award and Best Ruritanian Film
    twice); in 'Brandt won the Golden Prize for Direction' the craft is the prize's, not a person called Direction."""
    assert _article("Accolades\nAt the 2019 Zenda International Film Festival, Other Tale won the Globe Award for Best "
                    "Ruritanian Film.") == {
        ("Zenda International Film Festival", None, "Globe Award for Best Ruritanian Film", "", "won")}
    assert _article("Accolades\nIt was entered into the 8th Zenda Film Festival, where Brandt won the Golden Prize for "
                    "Direction.") >= {("Zenda Film Festival", 8, "Golden Prize for Direction", "Ivo Brandt", "won")}


def test_filmfare_alone_and_a_trophy_award_with_its_full_category():
    """'At the Filmfare, Brandt won Best Actor' (the ceremony by its one word); 'the Rajat Kamal Award for Best
    Feature Film in Malayalam' is a National Film Award with its whole category; a festival prize's category runs
    on through its small words ('Silver Bear for Best Actress in a Leading Role')."""
    assert _article("Accolades\nAt the Filmfare, Brandt won Best Actor.") == {
        ("Filmfare Awards", None, "Best Actor", "Ivo Brandt", "won")}
    assert _article("Accolades\nThe film won the Rajat Kamal Award for Best Feature Film in Malayalam.") == {
        ("National Film Awards", None, "Rajat Kamal Award for Best Feature Film in Malayalam", "", "won")}
    assert _article("Accolades\nPell won the Silver Bear for Best Actress in a Leading Role.") == {
        ("Berlin International Film Festival", None, "Silver Bear for Best Actress in a Leading Role", "Ora Pell", "won")}


def test_vied_in_the_competition_for_a_prize():
    """'… at the 33rd Zenda International Film Festival, where Other Tale vied in the prestigious competition for the
    Golden Bear Award': it competed for that prize there."""
    got = _article("Accolades\nPell was nominated for Best Actress at the 33rd Zenda International Film Festival, where "
                   "Other Tale vied in the prestigious competition for the Golden Bear Award.")
    assert ("Zenda International Film Festival", 33, "Golden Bear", "", "competed") in got


def test_a_festival_by_its_short_name_after_its_full_one_and_with_a_lower_case_festival():
    """'… at the Zenda International Animated Film Festival … At Zenda it received a Special Distinction': the short
    name is the festival the article named in full; 'at the 2011 Osk Tudo festival' names a festival with its
    edition; a holiday's festival ('the 2018 Diwali festival') is none."""
    got = _article("Release\nIt was screened in competition at the Zenda International Animated Film Festival in June "
                   "1999. At Zenda it received a Special Distinction.")
    assert ("Zenda International Animated Film Festival", None, "Special Distinction", "", "won") in got
    assert _article("Accolades\nThe film won Best Documentary at the 2011 Osk Tudo festival.") == {
        ("Osk Tudo Festival", None, "Best Documentary", "", "won")}
    assert _article("Release\nIt was released during the 2018 Diwali festival and won the box office.") == set()


@pytest.mark.parametrize("body, want", [
    # a ceremony's name before "nominations" is no person: the clause's subject is
    ("Accolades\nBrandt received Golden Globe and BAFTA nominations for Best Supporting Actor.",
     {("Golden Globe Awards", None, "Best Supporting Actor", "Ivo Brandt", "nominated"),
      ("British Academy Film Awards", None, "Best Supporting Actor", "Ivo Brandt", "nominated")}),
    # "earned her nominations for …": the possessor of the performance, with no article before "nominations"
    ("Accolades\nPell's performance earned her nominations for the Golden Globe Award and the Academy Award for Best "
     "Actress.", {("Golden Globe Awards", None, "Best Actress", "Ora Pell", "nominated"),
                  ("Academy Awards", None, "Best Actress", "Ora Pell", "nominated")}),
])
def test_nominees_of_lead_style_sentences(body, want):
    assert _article(body) == want


def test_a_nomination_won_later_in_the_sentence_keeps_its_person():
    """'… ten Zenda Award nominations, including Best Director (Brandt) and Best Actress (Pell), winning Best
    Actress': the Best Actress won is Pell's."""
    got = _article("Accolades\nThe film received ten Zenda Award nominations, including Best Director (Brandt) and Best "
                   "Actress (Pell), winning Best Actress.")
    assert ("Zenda Awards", None, "Best Actress", "Ora Pell", "won") in got
    assert ("Zenda Awards", None, "Best Director", "Ivo Brandt", "nominated") in got


@pytest.mark.parametrize("body, want", [
    ("Accolades\nThe film was nominated for four awards at the 71st Zenda Film Awards. At the same ceremony, Pell won "
     "Best Actress.", ("Zenda Film Awards", 71, "Best Actress", "Ora Pell", "won")),
    ("Accolades\nThe film was nominated for four awards at the 71st Zenda Film Awards. At that year's ceremony, Pell "
     "won Best Actress.", ("Zenda Film Awards", 71, "Best Actress", "Ora Pell", "won")),
    ("Accolades\nThe film was nominated for four awards at the 71st Zenda Film Awards. At the ceremony, Pell won Best "
     "Actress.", ("Zenda Film Awards", 71, "Best Actress", "Ora Pell", "won")),
])
def test_the_ceremony_of_the_sentence_before(body, want):
    """'At the same ceremony' / 'At that year's ceremony' / 'At the ceremony, Pell won Best Actress': the ceremony
    named last in the paragraph."""
    assert want in _article(body)


def test_the_ceremony_said_with_another_year_is_not_carried():
    """'At the 2005 ceremony' after the 2001 ceremony: another edition, not the one named before."""
    got = _article("Accolades\nThe film was nominated for four awards at the 2001 Zenda Film Awards. At the 2005 "
                   "ceremony, Pell won Best Actress.")
    assert not any(cat == "Best Actress" for _, _, cat, _, _ in got)


def test_a_dated_event_of_no_known_shape_is_the_categorys_ceremony():
    """'nominated for Best Documentary at the 2012 Grande Premio do Cinema Ruritano, and Marrow received a nomination
    for Best Editing': that event's, never the festival carried from the sentence before."""
    got = _article("Accolades\nAt the Zenda Film Festival, the film won Best Feature. It was nominated for Best "
                   "Documentary at the 2012 Grande Premio do Cinema Ruritano, and Marrow received a nomination for Best "
                   "Editing.")
    assert ("Zenda Film Festival", None, "Best Feature", "", "won") in got
    assert ("Grande Premio do Cinema Ruritano", None, "Best Documentary", "", "nominated") in got
    assert ("Grande Premio do Cinema Ruritano", None, "Best Editing", "Bede Marrow", "nominated") in got


def test_a_category_made_for_television_has_no_person_called_television():
    """'the Golden Globe Award for Best Miniseries or Motion Picture Made for Television': the category runs to
    'Television'; nobody received it."""
    got = _article("Accolades\nIt was nominated for the Golden Globe Award for Best Miniseries or Motion Picture Made "
                   "for Television.")
    assert got == {("Golden Globe Awards", None, "Best Miniseries or Motion Picture Made for Television", "", "nominated")}


@pytest.mark.parametrize("body", [
    "Accolades\nBrandt received the Lifetime Achievement Award at the 2015 Zenda Film Festival.",
    "Accolades\nBrandt was honoured with an honorary Golden Bear in 2012.",
    "Accolades\nIn 2010, Pell was awarded the Zenda Medal by the Government of Ruritania for her contribution to cinema.",
    "Accolades\nThe film's director, Ivo Brandt, has won three Zenda Film Awards.",
    "Accolades\nPell has been nominated for five Academy Awards during her career.",
    "Accolades\nBrandt's next film, Kip's Run, won the Palme d'Or at the 1999 Cannes Film Festival.",
    "Accolades\nPell later won Best Actress at the Zenda Film Awards for Kip's Run (2004).",
    "Accolades\nBrandt won the Best Director award at the Zenda Film Festival for his earlier film Kip's Run.",
])
def test_a_persons_career_or_other_film_is_no_award_of_this_film(body):
    """A person's honour for a career (lifetime achievement, honorary prize, 'for her contribution to cinema'), a
    person's tally ('has won three …', '… during her career'), and another film's award (named by its maker's
    possessive, dated after the ceremony, or 'for his earlier film'): none is this film's."""
    article = parse_article(f"Other Tale\nOther Tale is a 2001 drama film directed by Ivo Brandt. It stars Ora Pell.\n\n{body}\n")
    assert [f for f in awards.extract(article) if isinstance(f, (AwardFact, AwardCountFact))] == []


def test_the_films_own_tally_and_honorary_prize_stay():
    """'The film received five nominations …, the most in her career for Pell', 'Other Tale has won three Zenda Film
    Awards', 'where it received an honorary diploma': the film's."""
    assert ("Zenda Film Awards", None, "", "", "nominated") in _article(
        "Accolades\nThe film received five nominations at the Zenda Film Awards, the most in her career for Pell.")
    assert ("Zenda Film Awards", None, "", "", "won") in _article("Accolades\nOther Tale has won three Zenda Film Awards.")
    got = _article("Accolades\nIn 2003 it competed at the Zenda International Film Festival, where it received an honorary "
                   "diploma.")
    assert any(outcome == "won" and not who for _, _, _, who, outcome in got), got


def test_a_persons_book_with_its_title_set_off_by_commas():
    """'Marrow, whose 2004 biography of Kip Morrow, Kip's Run, had won the Zenda Book Award, …': the book's award."""
    got = _article("Production\nThe script was co-written by Bede Marrow, whose 2004 biography of Kip Morrow, Kip's Run, "
                   "had won the Zenda Book Award.")
    assert got == set()


@pytest.mark.parametrize("body, want", [
    # the past told forward: "would later win" is a win, as "went on to win" is
    ("Accolades\nOther Tale would later win the Golden Lion at the Venice Film Festival.",
     {("Venice Film Festival", None, "Golden Lion", "", "won")}),
    ("Accolades\nThe film would also receive the Critics Prize at the Zenda Film Festival.",
     {("Zenda Film Festival", None, "Critics Prize", "", "won")}),
    # ... but a forecast, a hope or a condition stays no award
    ("Accolades\nCritics predicted that Other Tale would later win the Golden Lion at the Venice Film Festival.", set()),
    ("Accolades\nBrandt hoped the film would also win the Golden Lion at the Venice Film Festival.", set()),
    ("Accolades\nOther Tale would win the Golden Lion at the Venice Film Festival.", set()),
])
def test_would_later_win_is_the_past_told_forward(body, want):
    """'The film would later win the Golden Example at …' tells a past win forward (a biography's 'would'); with a
    forecast ('critics predicted'), a wish ('hoped') or no word after 'would' it stays a hope, not an award."""
    assert _article(body) == want


def test_honours_included_lists_the_films_wins():
    """'The film's honours also included the Bronze Example prize at the 1983 Zenda Festival; it received …': a list
    of the film's honours is a list of its wins, as 'Its wins included …' is."""
    got = _article("Accolades\nThe film's international honours also included the Bronze Hugo prize at the 1983 Zenda "
                   "International Film Festival.")
    assert got == {("Zenda International Film Festival", None, "Bronze Hugo", "", "won")}
    # nominations stay nominations
    got = _article("Accolades\nIts nominations included Best Director at the 40th Academy Awards.")
    assert got == {("Academy Awards", 40, "Best Director", "", "nominated")}


def test_a_standalone_prize_with_its_lower_case_category():
    """'Pell received the Humanitas Prize in the 90-minute category': a prize given by no ceremony, its category the
    lower-case words before 'category' ('in the same category' names none)."""
    assert _article("Accolades\nOra Pell received the Humanitas Prize in the 90-minute category.") == {
        ("Humanitas Prize", None, "90-minute category", "Ora Pell", "won")}
    assert _article("Accolades\nBede Marrow won a Peabody Award in the same category.") == {
        ("Peabody Awards", None, "", "Bede Marrow", "won")}


def test_a_later_clause_names_its_nominee_by_job():
    """'The film was also nominated for Best Film Editing and composer Ivo Brandt was nominated for Best Original
    Score': the second clause's nominee is the person its job word names, as 'the film's composer A' is."""
    article = parse_article("Other Tale\nOther Tale is a 2001 drama film directed by Kip Morrow. It stars Ora Pell.\n\n"
                            "Accolades\nOther Tale received nominations at the 40th Academy Awards. The film was also "
                            "nominated for Best Film Editing and composer Ivo Brandt was nominated for Best Original Score.\n")
    got = _awards(awards.extract(article))
    assert ("Academy Awards", 40, "Best Original Score", "Ivo Brandt", "nominated") in got
    assert ("Academy Awards", 40, "Best Film Editing", "", "nominated") in got


@pytest.mark.parametrize("body, want", [
    ("Release\nAt the Zenda Film Festival, where it competed in the Ruritania Gold section, Ivo Brandt received a special "
     "jury mention.", ("Zenda Film Festival", None, "Ruritania Gold", "", "competed")),
    ("Release\nOther Tale premiered at the Zenda Film Festival in Strelsau on 3 April 2011, where it competed in the "
     "Ruritanian feature competition.", ("Zenda Film Festival", None, "Ruritanian feature", "", "competed")),
    ("Release\nIt competed in the Tiger section at the Zenda Film Festival.",
     ("Zenda Film Festival", None, "Tiger", "", "competed")),
])
def test_competed_in_a_named_section(body, want):
    """'…, where it competed in the Ruritania Gold section': in that section's competition at the festival named before
    it (or right after it), the section its category; the main competition names no section."""
    assert want in _article(body)
    assert ("Zenda Film Festival", None, "", "", "competed") in _article(
        "Release\nIt competed in the Main Competition of the Zenda Film Festival.")


def test_a_sections_jury_prize_at_a_festival_named_short():
    """'At Zenda, Lune Varga won the U.S. Documentary Special Jury Award for Editing': a jury's (or the audience's)
    award is a festival prize, never a ceremony of its own nor an unknown organiser's category, so the festival the
    article named in full ('Zenda') is its ceremony, and the person after the opening 'At Zenda,' its winner."""
    article = parse_article("Other Tale\nOther Tale is a 2015 documentary film directed by Tam Osk and edited by Lune "
                            "Varga.\n\nRelease\nIt premiered in the U.S. Documentary Competition at the Zenda Film Festival "
                            "in January 2015.\n\nAccolades\nAt Zenda, Lune Varga won the U.S. Documentary Special Jury Award "
                            "for Editing. It also won the World Cinema Audience Award at the Strelsau Film Festival.\n")
    got = _awards(awards.extract(article))
    assert ("Zenda Film Festival", None, "Special Jury Award for Editing", "Lune Varga", "won") in got
    assert ("Strelsau Film Festival", None, "Audience Award", "", "won") in got
    assert not any("Jury Award" in cer or "Audience Award" in cer for cer, *_ in got)


def test_received_best_x_in_a_later_clause_is_that_persons_win():
    """'The film won Best Picture at the Zenda Film Awards, while Pell received Best Actress': 'received' right before
    a category is that clause's own win, so the category is Pell's, not the film's second win."""
    got = _article("Accolades\nThe film won Best Picture at the Zenda Film Awards, while Pell received Best Actress.")
    assert got == {("Zenda Film Awards", None, "Best Picture", "", "won"),
                   ("Zenda Film Awards", None, "Best Actress", "Ora Pell", "won")}
    # a nomination written after the category stays a nomination
    assert _article("Accolades\nOra Pell received Best Actress nomination at the Zenda Film Awards.") == {
        ("Zenda Film Awards", None, "Best Actress", "Ora Pell", "nominated")}


@pytest.mark.parametrize("body, want", [
    ("Accolades\nOsk received the Best Director award, and Pell received the Best Actress award at the 2019 Zenda Film "
     "Awards.", {("Zenda Film Awards", None, "Best Director", "Tam Osk", "won"),
                 ("Zenda Film Awards", None, "Best Actress", "Ora Pell", "won")}),
    ("Accolades\nThe film was nominated for Best Film Editing and composer Kip Morrow was nominated for Best Original "
     "Score at the 40th Academy Awards.", {("Academy Awards", 40, "Best Film Editing", "", "nominated"),
                                           ("Academy Awards", 40, "Best Original Score", "Kip Morrow", "nominated")}),
    # no ceremony for a category whose own (unknown) one is named right after it, nor for an event that is no award
    ("Accolades\nIt won the Grand Jury Prize at the Strelsau Texas Competition, and the Audience Award at the Zenda Film "
     "Festival.", {("Zenda Film Festival", None, "Audience Award", "", "won")}),
    ("Accolades\nPell won Best Actress, and the film premiered at the Zenda Film Festival.", set()),
])
def test_a_clauses_award_takes_the_ceremony_the_next_clause_names(body, want):
    """'A received the Best Director award, and B received the Best Actress award at the 2019 Zenda Film Awards':
    both awards are of the ceremony named once, after the second clause's award."""
    article = parse_article("Other Tale\nOther Tale is a 2018 film directed by Tam Osk, starring Ora Pell and Kip "
                            f"Morrow.\n\n{body}\n")
    assert {(c, o, cat, r, out) for c, o, cat, r, out in _awards(awards.extract(article))} == want


@pytest.mark.parametrize("body, want", [
    ("Accolades\nOra Pell won the Zenda State Film Award for Most Popular Film.",
     {("Zenda State Film Awards", None, "Most Popular Film", "Ora Pell", "won")}),
    ("Accolades\nOra Pell was nominated for the Zenda Film Award for Most Promising Actress.",
     {("Zenda Film Awards", None, "Most Promising Actress", "Ora Pell", "nominated")}),
    # "Most" that opens a sentence is no category
    ("Accolades\nMost Zenda Film Awards went to comedies that year.", set()),
])
def test_most_categories(body, want):
    """'the Example Award for Most Popular Film', '… for Most Promising Actress': a category opened by 'Most' and one of
    the adjectives such categories use, as 'Best …' opens one."""
    assert _article(body) == want


@pytest.mark.parametrize("sentence, cast_line, want", [
    # a second ceremony that opens a clause of its own, and a second winner with the verb left out
    ("Accolades\nPell won Best Actress at the Zenda Awards, and at the Lune Film Awards Marrow won Best "
     "Cinematography and Brandt Best Director.", "It stars Ora Pell and Bede Marrow.",
     {("Zenda Awards", None, "Best Actress", "Ora Pell", "won"),
      ("Lune Film Awards", None, "Best Cinematography", "Bede Marrow", "won"),
      ("Lune Film Awards", None, "Best Director", "Ivo Brandt", "won")}),
    # a viewers' poll: the ceremony with its edition, its "Favorite" category
    ("Accolades\nIt won Best Drama at the 44th Zenda Awards, and won Favorite Action Movie at the 44th People's "
     "Choice Awards.", "It stars Ora Pell and Bede Marrow.",
     {("Zenda Awards", 44, "Best Drama", "", "won"), ("People's Choice Awards", 44, "Favorite Action Movie", "", "won")}),
    # a duo credited under its members' given names: an award each
    ("Accolades\nAt the 24th Zenda Awards, the film was nominated for Best Music Director for Ora–Bede.",
     "Its music was composed by the brothers Ora Lal Pell and Bede Lal Pell.",
     {("Zenda Awards", 24, "Best Music Director", "Ora Lal Pell", "nominated"),
      ("Zenda Awards", 24, "Best Music Director", "Bede Lal Pell", "nominated")}),
    ("Accolades\nThe Zenda Award for Best Music went to Ora–Bede, and Marrow was nominated for Best Actor.",
     "Its music was composed by the duo Ora Lal Pell and Bede Lal Pell; it stars Tam Marrow.",
     {("Zenda Awards", None, "Best Music", "Ora Lal Pell", "won"), ("Zenda Awards", None, "Best Music", "Bede Lal Pell", "won")}),
    # a lower-case prize given to the subject of a clause after ';'
    ("Accolades\nAt the 1994 Zenda Awards, the film won Best Film; Pell was given a special jury mention.",
     "It stars Ora Pell and Bede Marrow.",
     {("Zenda Awards", None, "Best Film", "", "won"), ("Zenda Awards", None, "special jury mention", "Ora Pell", "won")}),
    # festivals named by their place or a one-word name
    ("Accolades\nAt Mar del Plata, the film received the FIPRESCI prize, and it won the Audience Award at Zenda DocFest.",
     "It stars Ora Pell and Bede Marrow.",
     {("Mar del Plata International Film Festival", None, "FIPRESCI prize", "", "won"),
      ("Zenda DocFest", None, "Audience Award", "", "won")}),
    # a category in lower case, a person's part as the subject right before the verb
    ("Accolades\nIt was nominated for Best Horror Film at the 6th Zenda Awards, and Marrow's score was nominated in "
     "the music category.", "It stars Ora Pell; the music is by Bede Marrow.",
     {("Zenda Awards", 6, "Best Horror Film", "", "nominated"), ("Zenda Awards", 6, "music", "Bede Marrow", "nominated")}),
    # another work named after its owner's possessive
    ("Legacy\nThe same year Pell's Holiday in Lune won the studio its only Oscar, for Best Color Art Direction.",
     "It stars Ora Pell and Bede Marrow.", set()),
    # selected for a festival's competition
    ("Accolades\nIt was one of two comedies selected for the competition at the 1935 Zenda Film Festival.",
     "It stars Ora Pell and Bede Marrow.", {("Zenda Film Festival", None, "", "", "competed")}),
    # another version of the film: a remake's nomination, a restoration's later showing
    ("Legacy\nThe play was filmed again in 1952 as Another Tale, directed by Tam Osk; that version won a BAFTA "
     "nomination for its screenplay.", "It stars Ora Pell and Bede Marrow.", set()),
    ("Legacy\nA 4K restoration premiered in the Zenda Classics section of the 73rd Zenda International Film Festival.",
     "It stars Ora Pell and Bede Marrow.", set()),
])
def test_long_article_award_shapes(sentence, cast_line, want):
    got = _article(sentence, cast_line)
    assert {(c, o, cat, r, out) for c, o, cat, r, out in got} >= want if want else not got
    if want:  # never the first clause's award at the second ceremony, nor a duo's first part alone
        assert all(f in want or f[0] != "Lune Film Awards" for f in got)
        assert not any(r in {"Ora", "Bede"} for _, _, _, r, _ in got)


def _accolades(sentence: str) -> set[tuple]:
    article = parse_article(f"Other Tale\nOther Tale is a 2016 film.\nAccolades\n{sentence}\n")
    return _awards(awards.extract(article))


def test_a_lone_craft_with_its_qualifier_and_a_primetime_emmy():
    """'…, while A won Voice Acting in a Feature Production and B won Music in a Feature Production': both wins; 'the
    76th Primetime Emmy Awards' is that ceremony, with its edition, after the category it nominated."""
    assert _accolades("At the 34th Example Animation Awards it was nominated for Best Animated Feature, while Ora Pell "
                      "won Voice Acting in a Feature Production and Tam Osk won Music in a Feature Production.") == {
        ("Example Animation Awards", 34, "Best Animated Feature", "", "nominated"),
        ("Example Animation Awards", 34, "Voice Acting in a Feature Production", "Ora Pell", "won"),
        ("Example Animation Awards", 34, "Music in a Feature Production", "Tam Osk", "won")}
    assert _accolades("It received a nomination for Outstanding Television Movie at the 76th Primetime Emmy Awards.") == {
        ("Primetime Emmy Awards", 76, "Outstanding Television Movie", "", "nominated")}


def test_a_state_prize_to_people_for_the_film():
    """'…, and in 1978 A and B were awarded the Ruritanian State Prize for the film': that prize, not the festival
    named before, won by both."""
    assert _accolades("Ora Pell received the prize for best camerawork at the 10th Zendan Film Festival, and in 1978 "
                      "Tam Osk and Ora Pell were awarded the Ruritanian State Prize for the film.") == {
        ("Zendan Film Festival", 10, "best camerawork", "Ora Pell", "won"),
        ("Ruritanian State Prize", None, "", "Tam Osk", "won"),
        ("Ruritanian State Prize", None, "", "Ora Pell", "won")}


def test_no_prize_in_a_description_nor_another_works_award():
    """'the only major Ruritanian award nomination' names no prize; 'Pell's following film, Another Tale (1985), was
    nominated …' and 'Pell's Another Tale had won …' are another film's awards."""
    assert _accolades("Ora Pell was nominated for Best Costume Design at the 5th Example Film Awards for her work on the "
                      "film, the only major Ruritanian award nomination received by a comedy that year.") == {
        ("Example Film Awards", 5, "Best Costume Design", "Ora Pell", "nominated")}
    assert _accolades("Tam Osk won Best Editing at the 3rd Example Film Awards. Osk's following film, Another Tale "
                      "(1985), was nominated for Best Film at the 5th Example Film Awards.") == {
        ("Example Film Awards", 3, "Best Editing", "Tam Osk", "won")}
    assert _accolades("Osk's Another Tale had won the New Example Award at the Zendan International Film Festival "
                      "in 2013.") == set()


def test_a_festival_section_named_in_the_lead_and_a_restored_versions_showing():
    """'The film premiered in the Un Example section of the 2016 Zendan Film Festival and was a hit' in the lead is an
    entry in that section; 'A restored version was screened in the Example Classics section at the 71st …' is a
    later showing, no entry of the film's."""
    lead = parse_article("Other Tale\nOther Tale is a 2016 film. The film premiered in the Un Example section of the "
                         "2016 Zendan Film Festival and was a box office hit.\nPlot\nA man walks.\n")
    assert _awards(awards.extract(lead)) == {("Zendan Film Festival", None, "Un Example", "", "competed")}
    assert _accolades("A restored version was screened in the Example Classics section at the 71st Zendan International "
                      "Film Festival in 2014.") == set()


def test_a_family_name_written_first_beside_a_name_that_ends_in_it():
    """'Lu won Best Voice Performance' in an article with the voice actor Lu Zhenyi and the screenwriter Qiao Lu: the
    cast member the performance category points to, never the screenwriter whose name merely ends in the word."""
    from bot.extract import extract_all
    from bot.ingest import parse_checked
    text = ("Other Tale\nOther Tale is a 2016 Ruritanian animated film directed by Ora Pell. Its voice cast is led by "
            "the singer Lu Zhenyi and the actress Tam Osk.\nProduction\nPell began developing the film in 2013 with "
            "the screenwriter Qiao Lu; they share the screenplay credit.\nAccolades\nAt the 5th Example Animation "
            "Awards, Lu won Best Voice Performance.\n")
    got = [(f.category, f.recipient) for f in extract_all(parse_checked(text)).items if isinstance(f, AwardFact)]
    assert got == [("Best Voice Performance", "Lu Zhenyi")]


@pytest.mark.parametrize("sentence", [
    "Accolades\nAt the 19th Zenda Film Festival, Pell won the Best Actor award for another film that year, Another "
    "Tale.",
    "Accolades\nBrandt later won a Zenda Award for Best Director for his 1992 film Another Tale.",
    "Accolades\nBrandt won the screenplay award at the Zenda Awards the following year for The Long Weir.",
    "Production\nMarrow, who won a Grammy Award for his score for the first film, returned to compose the music.",
    "Accolades\nThe original series had won Best Drama at the 58th Zenda Awards, where Pell also received Best Actor "
    "for her role in it.",
])
def test_an_award_for_another_work_is_not_the_films(sentence):
    """An award told as another film's ("for another film", "for his 1992 film …", "for The Long Weir", a series'
    ceremony's "where …") is never this film's."""
    assert _article(sentence) == set()


def test_competing_in_a_festival_section():
    """'competing in the New Example section': the film competed there, the section its category."""
    assert _article("Release\nIt had its world premiere at the 22nd Zenda International Film Festival on 14 October "
                    "2017, competing in the New Example section.") == {
        ("Zenda International Film Festival", 22, "New Example", "", "competed")}


def test_a_french_festival_and_its_golden_prize():
    """'won the Example d'or at the Festival des 3 Zendas': the prize named the French way, the festival's name
    holding a number."""
    assert _article("Release\nIn November it won the Zendière d'or at the Festival des 3 Zendas in Osk.") == {
        ("Festival des 3 Zendas", None, "Zendière d'or", "", "won")}


@pytest.mark.parametrize("sentence", [
    # another title, years after the film's own ceremonies
    "Accolades\nPell won the Zenda Award for Best Actress in 2009 for Another Tale.",
    # "it" is the book named before it
    "Production\nThe producers acquired the rights to Tam Osk's book in 2000, a year after it won the Example d'Or at "
    "the Zenda International Comics Festival.",
])
def test_awards_of_other_titles_named_around_them(sentence):
    """Another title's award, told after the category ("in 2009 for Another Tale") or through "it" after a book."""
    assert _article(sentence) == set()


def test_a_prize_competed_for_named_whole():
    """'competed for the Glass Kite for a Feature Film': the prize it competed for, though no list knows its name."""
    assert _article("Accolades\nAt the Zenda Film Festival, it competed for the Glass Kite for a Feature Film.") == {
        ("Zenda Film Festival", None, "Glass Kite for a Feature Film", "", "competed")}
