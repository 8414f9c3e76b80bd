"""/ask finds the film however members type its title: number words, abbreviations, run-together
words, a subtitle or the title without its first words, the original-language title."""

from __future__ import annotations

import pytest

from .askkit import add_articles, ask

ARTICLES = {
    "second-harvest.txt": "Second Harvest\nSecond Harvest is a 1971 drama film directed by Ora Pell.\n",
    "hrs.txt": "48 Hrs. Later\n48 Hrs. Later is a 1983 action film directed by Ivo Crane.\n",
    "lantern.txt": ("Lantern Road: The Ferryman's Return\nLantern Road: The Ferryman's Return (French: La Route des "
                    "Lanternes) is a 1962 drama film directed by Bede Marrow.\n"),
    "ballad.txt": "The Ballad of Mira Vell\nThe Ballad of Mira Vell is a 1955 western film directed by Tam Osk.\n",
}


@pytest.fixture(scope="module")
def lib_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("titles") / "films.db"
    add_articles(db, ARTICLES)
    return db




@pytest.mark.parametrize("question, film, director", [
    ("who directed 2nd harvest", "Second Harvest", "Ora Pell"),
    ("who directed 48 hours later", "48 Hrs. Later", "Ivo Crane"),
    ("who directed lanternroad", "Lantern Road: The Ferryman's Return", "Bede Marrow"),
    ("who directed the ferrymans return", "Lantern Road: The Ferryman's Return", "Bede Marrow"),
    ("who directed la route des lanternes", "Lantern Road: The Ferryman's Return", "Bede Marrow"),
    ("who directed mira vell", "The Ballad of Mira Vell", "Tam Osk"),
])
def test_title_variants_find_the_film(lib_db, question, film, director):
    ans = ask(lib_db, question)
    assert ans.film and ans.film.startswith(film)
    assert director in ans.answer


def test_a_part_two_titles_share_names_neither(lib_db):
    # "harvest" alone is too short a part and no title: no film is guessed from it
    ans = ask(lib_db, "who directed harvest")
    assert ans.film is None or not ans.confident


def test_a_shared_title_answers_the_likeliest_film_and_names_the_others(tmp_path):
    db = tmp_path / "shared.db"
    older = "Harbor Lights (1934 film)\nHarbor Lights is a 1934 drama film directed by Una Vance.\n"
    newer = ("Harbor Lights (1972 film)\nHarbor Lights is a 1972 drama film directed by Cal Mercer. It stars "
             "Dee Rowan as Nell and Vic Amsel as Tom.\nProduction\nFilming took place in a harbour town in 1971.\n")

    add_articles(db, {"a.txt": older, "b.txt": newer})
    ans = ask(db, "who directed harbor lights")
    assert "Cal Mercer" in ans.answer and "1934" in ans.answer  # the fuller article, the other named
    assert not ans.confident
    ans = ask(db, "who directed harbor lights 1934")
    assert "Una Vance" in ans.answer and ans.confident


def test_a_title_typed_run_together_finds_its_film(tmp_path):
    from .askkit import add_articles, ask

    db = tmp_path / "films.db"
    add_articles(db, {"zt.txt": ("Zo.Tan\nZo.Tan is a 2011 action film directed by Ora Pell.\n"),
                      "h.txt": ("36 Hrs.\n36 Hrs. is a 1982 action film directed by Bede Marrow.\n")})
    assert ask(db, "who directed zotan").film.startswith("Zo.Tan")
    assert ask(db, "who directed 36hrs").film.startswith("36 Hrs.")
    assert ask(db, "who directed 35hrs").film is None  # another number is another film


def test_a_title_typed_with_a_short_form_finds_its_film(tmp_path):
    from .askkit import add_articles, ask

    db = tmp_path / "films.db"
    add_articles(db, {"hs.txt": "Harbour Street\nHarbour Street is a 1945 crime film directed by Ora Pell.\n"})
    assert ask(db, "who directed harbour st").film.startswith("Harbour Street")


def test_a_film_not_loaded_is_never_answered_with_the_channels_film(tmp_path):
    import asyncio

    from bot.ask import answer
    from bot.library import Library

    from .askkit import add_articles

    db = tmp_path / "films.db"
    add_articles(db, {"hs.txt": "Harbour Street\nHarbour Street is a 1945 crime film directed by Ora Pell.\n"})

    async def go() -> list:
        lib = await Library.open(db)
        try:
            fid = 1  # the only film
            return [await answer(lib, q, channel_film_id=fid)
                    for q in ("who directed the iron lantern", "who directed it", "who directed harbour street")]
        finally:
            await lib.close()

    other, it, named = asyncio.run(go())
    assert other.kind == "need_film" and "Ora Pell" not in other.answer
    assert "Ora Pell" in it.answer and "Ora Pell" in named.answer


def test_an_original_title_typed_without_its_article_or_in_full(tmp_path):
    from .askkit import add_articles, ask

    db = tmp_path / "films.db"
    add_articles(db, {"pf.txt": ("Port Fog\nPort Fog (French: Le Quai des brouillards) is a 1938 French film directed "
                                 "by Ora Pell.\n"),
                      "wm.txt": ("The Wife I Want\nThe Wife I Want (Spanish: Yo quiero una esposa así) is a 1950 "
                                 "comedy film directed by Bede Marrow.\n")})
    assert ask(db, "who directed quai des brouillards").film.startswith("Port Fog")
    assert ask(db, "who directed yo quiero una esposa asi").film.startswith("The Wife I Want")


def test_a_title_typed_with_a_typo_in_every_word_is_a_guess_that_says_so(tmp_path):
    from bot.ask import CONFIDENT

    db = tmp_path / "films.db"
    add_articles(db, {"f.txt": ("Kalvarin Pozhudal\nKalvarin Pozhudal is a 2017 Tamil drama film directed by Ora "
                                "Pell.\nRelease\nThe satellite rights of the film were sold to Lantern TV.\n"),
                      "g.txt": ("Marrow\nMarrow is a 1950 drama film directed by Bede Sorn.\nPlot\nA narrow bridge "
                                "falls.\n")})
    ans = ask(db, "which channel bought kalvarine pozhudhal satellite rights")
    assert ans.film.startswith("Kalvarin Pozhudal") and "Lantern TV" in ans.answer
    assert ans.confidence < CONFIDENT and "kalvarine pozhudhal" in ans.answer
    # a word the articles write in lower case is that word, not a title one letter off
    assert ask(db, "how long is the narrow path").film is None


def test_a_sequel_or_a_longer_title_is_never_the_loaded_film(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"f.txt": "Marrow\nMarrow is a 1950 drama film directed by Bede Sorn.\n",
                      "g.txt": "Lantern Road\nLantern Road is a 1961 drama film directed by Ora Pell.\n"})
    for q in ("who directed marrow ii", "who directed marrow 2", "who directed marrow part two", "marrow 3 cast"):
        ans = ask(db, q)
        assert ans.film is None and "Marrow (1950)" in ans.answer, q
    assert ask(db, "who directed marrow hill").film is None  # another title that begins like a loaded one
    assert "Bede Sorn" in ask(db, "who directed marrow").answer
    assert "Bede Sorn" in ask(db, "who directed marrow 1950").answer
    assert "Ora Pell" in ask(db, "who directed the lantern road drama film").answer


def test_a_one_word_title_another_article_merely_mentions_is_not_that_article(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"f.txt": ("Marrow\nMarrow is a 1950 drama film directed by Bede Sorn.\nBox office\nIt was the "
                                "biggest hit since Leviathan.\n")})
    assert ask(db, "who directed leviathan").film is None
    assert ask(db, "how much did leviathan make").film is None


def test_a_loaded_title_is_not_read_as_a_typo_of_a_longer_one_through_a_question_word(tmp_path):
    # "director of the lantern" holds the loaded "The Lantern": it is no "On the Lantern" with a typo
    # in "of" (nor "in the lantern" an "Into the Lantern", nor "lanterns is" a "Lantern's Kin")
    db = tmp_path / "films.db"
    add_articles(db, {"a.txt": "The Lantern\nThe Lantern is a 2000 drama film directed by Ora Pell.\n",
                      "b.txt": "On the Lantern\nOn the Lantern is a 1959 drama film directed by Bede Sorn.\n",
                      "c.txt": "Into the Lantern\nInto the Lantern is a 2007 drama film directed by Ivo Brandt.\n",
                      "d.txt": "Lanterns\nLanterns is a 1998 horror film directed by Tam Osk.\n",
                      "e.txt": "Lantern's Kin\nLantern's Kin is a 1989 comedy film directed by Cal Mercer.\n"})
    assert "Ora Pell" in ask(db, "who's the director of The Lantern?").answer
    assert "Ora Pell" in ask(db, "who are the directors in The Lantern?").answer
    assert "Tam Osk" in ask(db, "Lanterns is a film directed by this person?").answer
    assert "Bede Sorn" in ask(db, "who directed on the lantern").answer
    assert "Ivo Brandt" in ask(db, "who directed into the lantern").answer


def test_a_sequel_not_loaded_is_quoted_from_the_article_that_names_it(tmp_path):
    """"when did <title> part 2 come out": never the loaded film's own date; the sentence of its article that
    names the sequel ("<Title>, Part II was released in 1976"), below confidence, says which article."""
    from bot.ask import CONFIDENT

    from .askkit import add_articles, ask

    db = tmp_path / "films.db"
    add_articles(db, {"film.txt": "Grey Weir Nights\nGrey Weir Nights is a 1974 compilation film directed by Ora Pell."
                                  "\nSequels\nGrey Weir Nights, Part II was released in 1976.\n"})
    for typed in ("when did grey weir nights part 2 come out", "when did grey weir nights part two come out"):
        ans = ask(db, typed)
        assert "Part II was released in 1976" in ans.answer and ans.confidence < CONFIDENT, typed


def test_two_names_each_one_films_are_both_candidates_not_a_coin_toss(tmp_path):
    """No title typed, and two names of the question as good as each other belong to two films, one each
    ("was Quillon older than Vantreau"): the bot asks which film, the same whatever the process's hash seed
    (it used to answer about whichever name a set happened to list first)."""
    from .askkit import add_articles, ask

    db = tmp_path / "films.db"
    add_articles(db, {"a.txt": ("Marrow\nMarrow is a 1950 drama film directed by Bede Sorn.\nPlot\nThe miller Quillon "
                                "hides a letter.\n"),
                      "b.txt": ("Lantern Road\nLantern Road is a 1961 drama film directed by Ora Pell.\nPlot\nThe "
                                "ferryman Vantreau crosses at night.\n")})
    ans = ask(db, "was quillon older than vantreau")
    assert ans.film is None and "Marrow" in ans.answer and "Lantern Road" in ans.answer
    one = ask(db, "what does quillon hide")
    assert one.film.startswith("Marrow")
