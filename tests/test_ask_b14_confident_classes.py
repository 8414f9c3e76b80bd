"""Classes behind the confident misses of the fourteenth blind dev batch, on invented articles: a gross asked
"domestically" is the home market's figure (held as a plain gross with that word for a film whose home is not
North America), never the worldwide one; "was it the top grossing film of its year" is told by the sentence
giving its standing, never by its gross."""

from __future__ import annotations

from .askkit import ask, library

FILM = ("Lantern Feast\nLantern Feast is a 2006 Ruritanian comedy film directed by Ovid Marsh and starring Pell Anand. "
        "The third highest-grossing Ruritanian film of 2006 after Salt Harbour and Nine Kites, it spawned a sequel.\n"
        "Box office\nLantern Feast opened to a strong response, grossing ₹120 million in its opening week. "
        "It grossed ₹450 million domestically. The worldwide gross was around ₹900 million.\n")


def test_a_domestic_gross_is_not_the_worldwide_one(tmp_path) -> None:
    db = library(tmp_path, FILM)
    for q in ("how much did lantern feast make domestically", "lantern feast domestic gross"):
        ans = ask(db, q)
        assert "450 million" in ans.answer and "900" not in ans.answer, ans.answer
    # a Ruritanian film's "domestically" is Ruritania: no figure for the US
    assert ask(db, "how much did lantern feast make in the us").abstained


def test_the_years_standing_is_told_by_its_sentence_not_a_gross(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "was lantern feast the top grossing ruritanian film of 2006")
    assert "Salt Harbour" in ans.answer and not ans.confident, ans.answer
    ans = ask(db, "was lantern feast the biggest hit of 2006")
    assert not ans.confident and "900" not in ans.answer, ans.answer


OLD_HARBOR = ("Harbor Light\nHarbor Light (often promoted as Harbor Light: The Movie) is a 1966 American adventure film "
              "directed by Cass Wendell and starring Rook Amberly.\nRelease\nHarbor Light premiered at the Grand Theatre "
              "in Port Vell on July 2, 1966.\n")
NEW_HARBOR = ("Harbor Light\nHarbor Light is a 1989 American thriller film directed by Nessa Quill and starring Tam Orrin, "
              "Bela Sorn and Imre Vast. It is a remake of the earlier film.\nPlot\nA lighthouse keeper, Jon Hale, finds a "
              "wrecked boat on the rocks below the tower. He hides its cargo in the cellar and tells no one.\nProduction\n"
              "Filming took place in Maine over eleven weeks in 1988. The score was composed by Lio Brandt.\nRelease\n"
              "Harbor Light premiered at the Astor Theatre in Ridgeport on May 5, 1989.\nBox office\nHarbor Light "
              "grossed $40 million worldwide against a budget of $12 million.\nReception\nThe film received positive "
              "reviews from critics.\n")


def test_a_shared_title_typed_in_one_films_promoted_form_is_that_film(tmp_path) -> None:
    db = library(tmp_path, OLD_HARBOR, NEW_HARBOR)
    ans = ask(db, "where did harbor light: the movie premiere")
    assert ans.film and "1966" in ans.film and "Grand Theatre" in ans.answer, (ans.film, ans.answer)
    ans = ask(db, "who directed harbor light the movie")
    assert "Wendell" in ans.answer and "Quill" not in ans.answer and "also:" not in ans.answer, ans.answer
    assert "Quill" in ask(db, "who directed harbor light").answer  # the title alone: the better-documented one


FAREWELL = ("Farewell\nFarewell is a 2007 Ruritanian comedy film directed by Osk Marlin and starring Dara Pell.\n"
            "Reception\nThe film received mixed reviews. Lena Brask of The Daily Lantern gave it three stars.\n")
OTHER = ("Copper Sky\nCopper Sky is a 2018 Ruritanian science fiction film directed by Ivo Tamm.\nProduction\nThe crew "
         "held a farewell dinner on the last day of filming.\nReception\n"
         "Critic Rudi Vantosh gave the film five stars out of five, calling it \"a visionary spectacle\".\n")


def test_a_critic_of_another_film_names_no_film(tmp_path) -> None:
    db = library(tmp_path, FAREWELL, OTHER)
    ans = ask(db, "what did rudi vantosh rate farewell")
    assert ans.film and ans.film.startswith("Farewell") and "five" not in ans.answer, (ans.film, ans.answer)
    assert "five" in ask(db, "what did rudi vantosh rate copper sky").answer


PAPERS = ("Quiet Orchard\nQuiet Orchard is a 2018 Ruritanian thriller film directed by Ansel Dorn.\nCritical reception\n"
          "Mira Tolle of Vellini Express gave the film a rating of 2.5 stars out of 5 and said that \"the cast is "
          "wasted\". Pavo Linn of Hindmarsh Times gave the film a rating of 1 star out of 5.\n")


def test_a_paper_the_article_never_quotes_gets_no_other_papers_rating(tmp_path) -> None:
    db = library(tmp_path, PAPERS)
    for q in ("what did times of vellin give quiet orchard", "what did the hind give quiet orchard"):
        ans = ask(db, q)
        assert ans.abstained and "stars" not in ans.answer, (q, ans.answer)
    assert "2.5" in ask(db, "what did vellini express give quiet orchard").answer
    assert "1 star" in ask(db, "what did the hindmarsh give quiet orchard").answer  # one word of its name


MAKING = ("Glass Tide\nGlass Tide is a 1954 American crime film directed by Rolf Anker.\nProduction\nThe film was known "
          "during production as The Night Ledger. The schedule called for two days of filming at the docks, but only "
          "one was available.\n")
PLAIN = ("Iron Vale\nIron Vale is a 1961 American western film directed by Sela Moor.\nProduction\nThe schedule called "
         "for three weeks of filming in the desert, but the studio cut it to two.\n")


def test_a_title_asked_during_filming_is_the_one_given_during_production(tmp_path) -> None:
    db = library(tmp_path, MAKING, PLAIN)
    for q in ("what was glass tide called during filming", "glass tide working title",
              "what was glass tide called during shooting"):
        assert "The Night Ledger" in ask(db, q).answer, q
    ans = ask(db, "what was iron vale called during filming")  # "called for ... filming" gives no title
    assert ans.abstained, ans.answer


BOUGHT = ("Marrow Lane\nMarrow Lane is a 2018 American crime film directed by Tove Rask and starring Elin Harr.\n"
          "Release\nThe film premiered at a festival in January 2018. The film's distribution rights were purchased "
          "by Quill Pictures and Vanta Media for $4 million. Quill Pictures bought 30% more advertising space than its "
          "rivals. Elin Harr was paid $200,000 for the role.\n")


def test_a_buyer_paying_for_the_film_is_the_deal_not_a_fee(tmp_path) -> None:
    db = library(tmp_path, BOUGHT)
    ans = ask(db, "how much did quill pictures and vanta media pay for marrow lane")
    assert "$4 million" in ans.answer and not ans.confident, ans.answer
    assert "200,000" in ask(db, "how much was elin harr paid for marrow lane").answer


SUNFALL = ("Sunfall\nSunfall is a 2009 Ruritanian comedy film directed by Ebbe Lorn and starring Kaspar Dunn as Marlow "
           "Quint. It spawned a sequel named Sunfall Rising which released in 2014.\nPlot\nSunfall Quint, a fisherman, "
           "loses his boat in a storm.\nRelease\nSunfall was released on 21 December 2009.\n")


def test_a_title_run_on_into_a_sequel_its_article_names_is_not_that_film(tmp_path) -> None:
    db = library(tmp_path, SUNFALL)
    ans = ask(db, "when did sunfall rising come out")
    assert "21 December 2009" not in ans.answer and not ans.confident, ans.answer
    assert "Sunfall Rising" in ans.answer and "2014" in ans.answer
    assert "2009" in ask(db, "when did sunfall come out").answer
    assert not ask(db, "who played sunfall quint").answer.startswith("I don't have")  # a part's name, no title


HOME_ONLY = ("Dune Hollow\nDune Hollow is a 2016 Ruritanian drama film directed by Arvo Telk.\nRelease\nDune Hollow was "
             "released in Ruritania on 3 March 2016 and grossed over $5 million worldwide.\n")
ABROAD = ("Salt Meadow\nSalt Meadow is a 2017 Ruritanian drama film directed by Arvo Telk.\nRelease\nThe film was "
          "scheduled to be released worldwide on 2 June 2017 but was later postponed to 9 June 2017.\n")


def test_a_release_asked_overseas_is_never_the_home_release(tmp_path) -> None:
    db = library(tmp_path, HOME_ONLY, ABROAD)
    ans = ask(db, "when did dune hollow come out overseas")
    assert ans.abstained and "3 March" not in ans.answer, ans.answer
    assert "9 June 2017" in ask(db, "when did salt meadow release overseas").answer
    assert "3 March 2016" in ask(db, "when did dune hollow come out").answer


CONSIDERED = ("Paper Harbor\nPaper Harbor is a 1999 American drama film directed by Lio Mersk and starring Oren Vale as "
              "Tomas Grell.\nCasting\nVale was Mersk's first choice for the role of Tomas, though the studio had urged the "
              "director to consider better-known actors. The studio suggested several alternatives, including Aldo Crane "
              "or Pim Roskoe to play Tomas. Principal photography began in March 1998.\n")


def test_who_else_was_wanted_instead_of_the_actor_cast_names_the_others(tmp_path) -> None:
    db = library(tmp_path, CONSIDERED)
    for q in ("who did the studio want as tomas instead of vale", "who did the studio want to play tomas grell instead of vale"):
        ans = ask(db, q)
        assert "Crane" in ans.answer and not ans.confident, (q, ans.answer)


HEIST = ("Velvet Stacks\nVelvet Stacks is a 2018 American crime film written and directed by Bram Holt. It stars Ivo Renn "
         "and Cass Lyle.\nPlot\nFour students plan to rob a university library. Their leader, the director of the "
         "heist, draws up the plan.\n")


def test_who_played_a_part_named_by_a_crew_word_is_never_the_films_crew(tmp_path) -> None:
    db = library(tmp_path, HEIST)
    for q in ("who played the director of the heist in velvet stacks", "who played the producer in velvet stacks"):
        ans = ask(db, q)
        assert "Holt" not in ans.answer and not ans.confident, (q, ans.answer)
    assert "Holt" in ask(db, "who directed velvet stacks").answer


AWARDED = ("Cold Harbor Lights\nCold Harbor Lights is a 1978 American war film directed by Ezra Fenn and starring Oskar "
           "Brandt and Lev Kosta.\nAccolades\nAt the 51st Academy Awards, the film won Best Supporting Actor (Lev Kosta). "
           "Oskar Brandt was nominated for Best Actor.\n")


def test_best_actor_asked_is_never_a_supporting_actors_win(tmp_path) -> None:
    db = library(tmp_path, AWARDED)
    ans = ask(db, "did cold harbor lights win best actor")
    assert ans.answer.startswith("No") and "nominated" in ans.answer, ans.answer  # the lead's nomination
    assert ask(db, "did cold harbor lights win best supporting actor").answer.startswith("Yes")


FOLLOW = ("Iron Comet 2\nIron Comet 2 is a 2018 Ruritanian science fiction film directed by Tavi Rusk. It is a standalone "
          "sequel to Brasswing (2010), with Pell Orn reprising the role of the inventor.\n")
OTHER_MENTION = ("Night Foundry\nNight Foundry is a 2011 Ruritanian action film directed by Oda Venn. Its robot was "
                 "compared with the one in Brasswing.\n")


def test_a_film_named_as_the_sequel_to_a_title_not_loaded_is_the_one_saying_so(tmp_path) -> None:
    db = library(tmp_path, FOLLOW, OTHER_MENTION)
    for q in ("who directed the brasswing sequel", "who directed the sequel to brasswing"):
        ans = ask(db, q)
        assert "Rusk" in ans.answer and "Brasswing" not in (ans.film or "") and not ans.confident, (q, ans.answer)
    assert ask(db, "who directed the sequel to night foundry").abstained  # no article calls itself that


DUBBED = ("Sky Loom\nSky Loom is a 2018 Ruritanian science fiction film directed by Ansa Perl, starring Teo Vard as Corvin "
          "and Mila Strand as Ione.\nProduction\nCorvin's Telugu voice is dubbed by Jorek Hale. The film was released "
          "with dubbed versions in three languages.\n")


def test_who_dubbed_for_a_player_is_the_dubbing_artist_never_the_player(tmp_path) -> None:
    db = library(tmp_path, DUBBED)
    ans = ask(db, "who dubbed for teo vard in the telugu version of sky loom")
    assert "Jorek Hale" in ans.answer and not ans.confident, ans.answer
    assert ask(db, "who dubbed for teo vard in the hindi version of sky loom").abstained  # another version's
    ans = ask(db, "who dubbed for mila strand in sky loom")
    assert ans.abstained and "Mila Strand" not in ans.answer, ans.answer


HELPED = ("Brass Lantern\nBrass Lantern is a 1976 American drama film directed by Wes Corrin and starring Nils Harrow as "
          "Toby Dane.\nProduction\nTo prepare, Harrow took lessons from the trumpeter Ora Belk, who coached Harrow to play "
          "the instrument on screen.\n")


def test_someone_working_for_a_player_is_never_the_players_part(tmp_path) -> None:
    db = library(tmp_path, HELPED)
    for q in ("who sang for nils harrow in brass lantern", "who was harrow's body double in brass lantern",
              "who did the stunts for nils harrow in brass lantern"):
        ans = ask(db, q)
        assert ans.abstained and "Toby" not in ans.answer, (q, ans.answer)
    ans = ask(db, "who coached nils harrow for brass lantern")
    assert "Ora Belk" in ans.answer and not ans.confident, ans.answer
    assert "Toby Dane" in ask(db, "who did nils harrow play in brass lantern").answer
