"""/ask without a title: the one loaded film a name belongs to, said in the answer; several: ask."""

from __future__ import annotations

from bot.ask import CONFIDENT

from .askkit import add_articles, ask


def test_a_character_names_its_film_and_the_answer_says_so(seeded_copy):
    ans = ask(seeded_copy, "who plays chihiro")
    assert ans.film.startswith("Spirited Away")
    assert "Spirited Away" in ans.answer and "chihiro" in ans.answer.lower()
    assert "Hiiragi" in ans.answer


def test_a_story_question_is_quoted_from_the_plot_not_a_cast_card(seeded_copy):
    ans = ask(seeded_copy, "who kills sport")
    assert ans.film.startswith("Taxi Driver")
    assert ans.kind == "plot.sentence" and "kills Sport" in ans.answer
    assert ans.confidence < CONFIDENT


def test_role_words_alone_never_pick_a_film(seeded_copy):
    ans = ask(seeded_copy, "who played the director")
    assert ans.abstained and ans.film is None


def test_a_gross_for_a_country_the_article_never_gives_is_said_missing(seeded_copy):
    ans = ask(seeded_copy, "how much did rocky make in japan")
    assert ans.abstained and "no figure for Japan" in ans.answer


def test_a_rating_the_review_does_not_give_is_not_answered_confidently(seeded_copy):
    ans = ask(seeded_copy, "how many stars did ebert give taxi driver")
    assert ans.confidence < CONFIDENT


def test_a_name_in_two_films_asks_which(tmp_path, seeded_copy):
    import shutil

    db = tmp_path / "two.db"
    shutil.copy(seeded_copy, db)
    add_articles(db, {"lantern-road.txt": ("Lantern Road\nLantern Road is a 1961 drama film directed by Ora Pell. "
                                           "It stars Bede Marrow as Adrian, a ferryman.\nPlot\nAdrian rows the river "
                                           "at night.\n")})
    ans = ask(db, "who played adrian")
    assert ans.kind == "need_film"
    assert "Rocky" in ans.answer and "Lantern Road" in ans.answer


_QUIET_HARBOUR = ("Quiet Harbour\nQuiet Harbour is a 1958 drama film directed by Ora Pell. It stars Bede Marrow as "
                  "Tomas, a ferryman.\nPlot\nTomas rows Countess Ilvena Sarr across the river at night. The old rope "
                  "breaks. Sarr pays him with a ring.\n")
_QUIET_HARBOUR_2 = ("Lantern Bay\nLantern Bay is a 1974 drama film directed by Ora Pell. It stars Cale Dunmore as "
                    "Tomas, a fisherman.\nPlot\nTomas mends a net.\n")


def test_a_name_only_the_plot_writes_still_finds_its_film_as_a_guess(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"qh.txt": _QUIET_HARBOUR, "lb.txt": _QUIET_HARBOUR_2})
    ans = ask(db, "who played countess ilvena sarr")
    assert ans.film.startswith("Quiet Harbour") and "Quiet Harbour" in ans.answer
    # the cast never names her player: said plainly, not a plot sentence passed off as an answer
    assert ans.abstained and "doesn't say who played" in ans.answer
    # a common word the article writes in lower case never picks a film
    assert ask(db, "what happens to the rope").film is None


def test_a_year_in_the_question_picks_among_films_sharing_a_name(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"qh.txt": _QUIET_HARBOUR, "lb.txt": _QUIET_HARBOUR_2})
    assert ask(db, "who played tomas").kind == "need_film"
    ans = ask(db, "who played tomas in the 1974 movie")
    assert ans.film.startswith("Lantern Bay") and "Cale Dunmore" in ans.answer
    assert "Bede Marrow" in ask(db, "who played tomas in the '58 one").answer


def test_who_played_a_characters_husband_is_never_that_character(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"ms.txt": ("Mill Street\nMill Street is a 1961 drama film directed by Ora Pell. It stars Bede "
                                 "Marrow as Ilsabet Vane and Cale Dunmore as Piet Vane.\nPlot\nIlsabet's husband Piet "
                                 "drinks. Ilsabet's sister leaves town.\n")})
    ans = ask(db, "who played ilsabet's drunk husband in mill street")
    assert "Cale Dunmore" in ans.answer and "Bede Marrow" not in ans.answer
    ans = ask(db, "who plays ilsabet's sister in mill street")
    assert ans.abstained and "Bede Marrow" not in ans.answer


def test_how_a_character_dies_is_the_sentence_that_tells_it(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"gl.txt": ("Grey Lantern\nGrey Lantern is a 1950 crime film directed by Ora Pell. It stars Bede "
                                 "Marrow as Colonel Arvid Tesk.\nPlot\nColonel Arvid Tesk runs the harbour. Tesk meets "
                                 "a smuggler at night. The smuggler sells him a map. Overcome with guilt, Tesk shoots "
                                 "himself. The harbour closes.\n")})
    ans = ask(db, "how does colonel tesk die in grey lantern")
    assert "shoots himself" in ans.answer and ans.confidence < CONFIDENT


def test_a_role_billed_by_its_tie_answers_who_played_it(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"ms.txt": ("Mill Street\nMill Street is a 1961 drama film directed by Ora Pell.\nCast\n"
                                 "Bede Marrow as Ilsabet Vane\nCale Dunmore as Ilsabet's father\n")})
    ans = ask(db, "who played ilsabet's dad in mill street")
    assert "Cale Dunmore" in ans.answer or ans.abstained
    ans = ask(db, "who played ilsabet's father in mill street")
    assert "Cale Dunmore" in ans.answer and "Bede Marrow" not in ans.answer


def test_was_a_in_it_answers_from_the_casting_history(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"ms.txt": ("Mill Street\nMill Street is a 1961 drama film directed by Ora Pell. It stars Bede "
                                 "Marrow.\nCasting\nIvo Brandt was offered a role but turned it down. In May 1960, Ada "
                                 "Quell was signed for a special appearance in a song.\n")})
    no = ask(db, "was ivo brandt in mill street")
    assert no.answer.startswith("No") and "turned it down" in no.answer
    assert ask(db, "was ada quell in mill street").answer.startswith("Yes")


def test_the_questions_other_words_pick_among_films_sharing_a_name(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"qh.txt": _QUIET_HARBOUR, "lb.txt": _QUIET_HARBOUR_2})
    ans = ask(db, "what does tomas mend")  # both films have a Tomas; only one article mends anything
    assert ans.film.startswith("Lantern Bay") and "Lantern Bay" in ans.answer
    assert ans.confidence < CONFIDENT
    # a capitalised name the other article writes beats the shared first name
    assert ask(db, "who does tomas row, countess sarr").film.startswith("Quiet Harbour")


def test_a_cast_question_about_someone_the_cast_list_misses_is_not_the_cast_list(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"qh.txt": _QUIET_HARBOUR.replace(
        "Plot\n", "Casting\nIvo Brandt was first meant to play Tomas, but only appears briefly as the lamplighter.\nPlot\n")})
    ans = ask(db, "what role did ivo brandt end up with in quiet harbour")
    assert "lamplighter" in ans.answer and ans.confidence < CONFIDENT
    assert "Bede Marrow" in ask(db, "who stars in quiet harbour").answer


def test_a_pronoun_that_is_also_a_title_yields_to_a_name_of_another_film(tmp_path, seeded_copy):
    import shutil

    db = tmp_path / "her.db"
    shutil.copy(seeded_copy, db)
    add_articles(db, {"qh.txt": _QUIET_HARBOUR})
    assert ask(db, "what does countess ilvena sarr give him for her crossing").film.startswith("Quiet Harbour")
    assert ask(db, "who directed her").film.startswith("Her")


def test_who_kills_x_is_the_sentence_where_x_is_killed_not_where_x_kills(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"film.txt": (
        "Grey Weir\nGrey Weir is a 1952 crime film directed by Ora Pell.\nPlot\nDuring a robbery a guard is shot and "
        "killed by the robber, Tam Orrin. Lida tries to persuade Bede Marrow to kill Orrin. On the roof, Marrow shoots "
        "Orrin dead. Later Marrow visits Lida. Enraged, he stabs her with a hatpin.\n")})
    ans = ask(db, "who kills tam orrin in grey weir")
    assert "Marrow shoots Orrin dead" in ans.answer and ans.confidence < CONFIDENT
    assert "hatpin" in ask(db, "how does marrow kill lida in grey weir").answer


def test_who_killed_x_finds_the_passive_x_had_been_killed_by(tmp_path):
    """The answer is told in the passive ("she had been killed by A"), after a sentence naming the victim
    in the possessive ("Lida's movements"), which normalising glues into one word."""
    db = tmp_path / "films.db"
    add_articles(db, {"film.txt": (
        "Grey Weir\nGrey Weir is a 1952 crime film directed by Ora Pell.\nPlot\nThe story opens with Kip Morrow "
        "questioned about the murder of a singer, Lida Sorn. Kip and Tam follow Lida's last movements to find the "
        "killer. Eventually, they conclude that she had been killed by the night porter, Ivo Brandt. Brandt admits "
        "to the crime.\n")})
    ans = ask(db, "who actually killed lida sorn")
    assert "Ivo Brandt" in ans.answer and ans.confidence < CONFIDENT


def test_who_was_wanted_before_b_is_never_answered_with_b(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"film.txt": (
        "Grey Weir\nGrey Weir is a 1952 crime film directed by Ora Pell, starring Bede Marrow as Tomas Vell.\n"
        "Production\nPell wanted Lida Sorn for the lead but she was under contract elsewhere, so Bede Marrow was "
        "cast instead.\n")})
    ans = ask(db, "who did pell want for tomas vell before bede marrow")
    assert ans.confidence < CONFIDENT and "Lida Sorn" in ans.answer


def test_who_plays_a_character_the_film_is_named_after(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"film.txt": (
        "Marquess Ilvena: Sarr\nMarquess Ilvena: Sarr is a 1969 drama film directed by Ora Pell.\nPlot\nThe film is "
        "set in Paris, where Sarr (Lida Sorn) and her sister Vell (Bede Marrow) are orphans.\n")})
    assert "Lida Sorn" in ask(db, "who plays sarr in the 1969 ilvena movie").answer


def test_who_was_first_choice_is_not_who_was_finally_cast(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"film.txt": (
        "Grey Weir\nGrey Weir is a 1952 crime film directed by Ora Pell, starring Bede Marrow as Tomas Vell.\n"
        "Casting\nThe studio approached several actors, and Bede Marrow was cast as Tomas Vell in May.\n")})
    ans = ask(db, "who was originally considered to play tomas vell")
    assert ans.confidence < CONFIDENT


def test_who_is_a_character_says_who_plays_them_and_who_they_are(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"film.txt": (
        "Grey Weir\nGrey Weir is a 1952 crime film directed by Ora Pell, starring Bede Marrow as Tomas Vell.\n"
        "Plot\nTomas Vell is a ferryman whose boat is failing.\n")})
    ans = ask(db, "who is tomas vell in grey weir")
    assert "Bede Marrow" in ans.answer and "ferryman" in ans.answer
    assert "ferryman" not in ask(db, "who plays tomas vell in grey weir").answer


def test_who_turned_down_a_role_is_the_casting_sentence_not_a_plot_one(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"film.txt": (
        "Grey Weir\nGrey Weir is a 1952 crime film directed by Ora Pell, starring Bede Marrow as Tomas Vell.\n"
        "Plot\nAakavi is murdered by Tomas Vell, who takes his boat.\nCasting\nIvo Brandt had initially been "
        "approached for the role of Aakavi, but he declined the offer.\n")})
    ans = ask(db, "who turned down playing aakavi")
    assert "Ivo Brandt" in ans.answer and ans.confidence < CONFIDENT


def test_a_three_letter_name_the_articles_write_capitalised_finds_its_film(tmp_path):
    # "Ket" is three letters: too short for a name key, but the one article that writes it writes it
    # capitalised, so it picks that film (as a guess the answer says); a short word written in lower
    # case anywhere ("the cop") picks none
    db = tmp_path / "films.db"
    add_articles(db, {
        "a.txt": ("Grey Pier\nGrey Pier is a 1954 drama film directed by Ora Pell.\nPlot\nThe repairman Ket "
                  "arrives in town. A cop follows him.\n"),
        "b.txt": "Lantern Road\nLantern Road is a 1961 drama film directed by Bede Sorn. A cop is its hero.\n",
    })
    ans = ask(db, "where does ket arrive")
    assert ans.film is not None and ans.film.startswith("Grey Pier") and "Grey Pier" in ans.answer
    assert ask(db, "who plays the cop").film is None


def test_a_first_name_credited_beside_a_shared_surname_is_given_whole(tmp_path):
    db = tmp_path / "films.db"
    add_articles(db, {"a.txt": ("Grey Pier\nGrey Pier is a 1954 drama film directed by Ora Pell. It was written "
                                "by Una and Dee Rowan.\n")})
    ans = ask(db, "who wrote grey pier")
    assert "Una Rowan" in ans.answer and "Dee Rowan" in ans.answer  # not "Una" alone, a name nobody has


def test_one_film_asked_of_several_credited_lists_them_and_claims_none(tmp_path):
    # "which movie did X direct": one film asked for; X directed two and the question says not which
    db = tmp_path / "films.db"
    add_articles(db, {"a.txt": "Grey Pier\nGrey Pier is a 1954 drama film directed by Ora Pell.\n",
                      "b.txt": "Lantern Road\nLantern Road is a 1961 drama film directed by Ora Pell.\n"})
    one = ask(db, "which movie did ora pell direct")
    assert "Grey Pier" in one.answer and "Lantern Road" in one.answer and not one.confident
    many = ask(db, "which movies did ora pell direct")
    assert "Grey Pier" in many.answer and "Lantern Road" in many.answer and many.confident


def test_who_a_character_ends_up_with_is_the_story_not_the_player(tmp_path):
    # "who does Mira end up with": a partner in the plot; "Ora Pell played Mira Vell" answers nothing asked
    db = tmp_path / "films.db"
    add_articles(db, {"a.txt": ("Grey Lantern\nGrey Lantern is a 1950 drama film directed by Bede Marrow. It stars Ora "
                                "Pell as Mira Vell and Ivo Brandt as Tam Osk.\nPlot\nMira Vell runs the harbour inn. Tam "
                                "Osk courts her. In the end, Mira Vell marries Tam Osk and they leave the harbour.\n")})
    ans = ask(db, "who does mira vell end up with")
    assert "Ora Pell played" not in ans.answer and not ans.confident
    assert "Tam Osk" in ans.answer
    assert "Ora Pell" in ask(db, "who plays mira vell").answer


def test_the_actor_film_only_says_which_film_and_is_not_the_one_asked_about(tmp_path):
    # "who did the guest role as <character> in the <actor> film": the actor names the film; the question
    # is about the character's player
    db = tmp_path / "films.db"
    add_articles(db, {"a.txt": ("Grey Lantern\nGrey Lantern is a 2017 drama film directed by Bede Marrow. It stars "
                                "Ora Pell and Ivo Brandt.\nCast\nTam Osk played a guest role as Vell Harrow, the old "
                                "ferryman.\n")})
    ans = ask(db, "who did the guest role as vell harrow in the ora pell film")
    assert "Tam Osk" in ans.answer and "Ora Pell is in the cast" not in ans.answer


def test_a_description_word_is_no_name_key():
    """"Ora Pell's boyfriend" is a character the cast list describes: "boyfriend" alone in a question is no
    reason to pick that film."""
    from bot.namekeys import keys_of

    assert "boyfriend" not in keys_of("Ora Pell's boyfriend")
    assert "adjutant" in keys_of("Adjutant to Pell")


def test_two_names_of_other_films_are_decided_by_the_rest_of_the_question(tmp_path):
    """"who shoots jean the army deserter": "Army" is a nickname in one film, "Jean" a character in another;
    the name naming fewest films is no reason to pick one: the question's other words decide, or it asks."""
    db = tmp_path / "films.db"
    add_articles(db, {
        "a.txt": "Grey Weir\nGrey Weir is a 1962 boxing film directed by Ora Pell.\nCast\nBede Marrow as Army\n"
                 "Plot\nArmy trains the fighter for his last bout.\n",
        "b.txt": "Other Tale\nOther Tale is a 1938 drama film directed by Lune Varga.\nCast\nKip Morrow as Jean\n"
                 "Plot\nJean, an army deserter, reaches the port. At the end Jean is shot in the back by Tam Osk.\n",
        "c.txt": "Salt Road\nSalt Road is a 1943 film directed by Jean Tesk.\nPlot\nA nurse crosses the desert.\n"})
    ans = ask(db, "who shoots jean the army deserter at the end")
    assert ans.film is None or ans.film.startswith("Other Tale")
    assert ans.film is None or "Tam Osk" in ans.answer


def test_a_relation_in_apposition_describes_the_character_just_named(tmp_path):
    """"who plays tam osk, ivo brandt's mom": Tam Osk is asked about; the relation only says who she is."""
    db = tmp_path / "films.db"
    add_articles(db, {"film.txt": "Grey Weir\nGrey Weir is a 2018 animated film directed by Ora Pell.\nCast\n"
                                  "Lune Varga as Tam Osk\nKip Morrow as Ivo Brandt\nPlot\nIvo Brandt lives with his "
                                  "mother Tam Osk by the sea.\n"})
    ans = ask(db, "who plays tam osk, ivo brandt's mom")
    assert "Lune Varga" in ans.answer


def test_who_was_meant_for_a_role_is_the_swap_sentence_that_never_names_the_character(tmp_path):
    """"who was originally supposed to play tam": the article tells the swap as "joined in the role meant for
    A", never naming Tam; that sentence, below confidence, not "the article doesn't say"."""
    db = tmp_path / "films.db"
    add_articles(db, {"film.txt": "Grey Weir\nGrey Weir is a 2018 drama film directed by Ora Pell.\nCast\n"
                                  "Kip Morrow as Tam Osk\nPlot\nTam Osk sails to Ruritania.\nProduction\nIn April 2017, "
                                  "Bede Marrow entered into negotiations to co-star. However, in May 2017, Kip Morrow "
                                  "joined the film in the role meant for Marrow, who had to pass.\n"})
    ans = ask(db, "who was originally supposed to play tam osk in grey weir")
    assert "Marrow" in ans.answer and ans.confidence < CONFIDENT


def test_a_named_thing_is_the_sentence_writing_its_noun_beside_a_name(tmp_path):
    """"what's the name of the yacht", "what's his boat called": the sentence that names it ("his boat, the
    Sea Lark"; "the Hazel, a luxury yacht"), not one that merely shares the question's words."""
    db = tmp_path / "films.db"
    add_articles(db, {"film.txt": "Grey Weir\nGrey Weir is a 1950 drama film directed by Ora Pell.\nPlot\nTam Osk "
                                  "is a fishing boat captain whose business is failing. Tam and Ivo meet Kip Morrow, "
                                  "owner of the Hazel, a luxury yacht. A lawyer persuades Tam to smuggle men in his "
                                  "boat, the Sea Lark. As Tam waits on his boat, Ivo arrives.\n"})
    assert "Sea Lark" in ask(db, "whats tam osk's boat called in grey weir").answer
    ans = ask(db, "whats the name of the yacht tam and ivo take in grey weir")
    assert "Hazel" in ans.answer and ans.confidence < CONFIDENT


def test_who_someone_really_is_and_how_two_are_related_are_told_by_reveal_and_kinship_sentences(tmp_path):
    """"who is X really": the sentence with the reveal ("he is the brother of ..."), not the one that first
    names X; "how is A related to B": the sentence with a kinship word and both names."""
    db = tmp_path / "films.db"
    add_articles(db, {"film.txt": "Grey Weir\nGrey Weir is a 1949 crime film directed by Ora Pell.\nPlot\nA man named "
                                  "Ivo Brandt meets Lune at her apartment. Later Ivo tells her that he is the brother "
                                  "of her first husband, Kip Morrow.\nProduction\nTam Osk meets his lover in the film. "
                                  "It also marks the debut of Bede Marrow's nephew Tam Osk.\n"})
    ans = ask(db, "who is ivo brandt really")
    assert "brother" in ans.answer and ans.confidence < CONFIDENT
    assert "nephew" in ask(db, "how is tam osk related to bede marrow").answer


def test_a_sum_in_the_story_is_the_plot_sentence_not_the_box_office(tmp_path):
    """"how much does <character> sell his tune for": a price in the story; "the article doesn't say its
    worldwide gross" answers another question."""
    db = tmp_path / "films.db"
    add_articles(db, {"film.txt": "Grey Weir\nGrey Weir is a 1961 comedy film directed by Ora Pell.\nPlot\nTamsin, a "
                                  "talented composer, writes a catchy tune and sells it for fifty pounds to two "
                                  "copywriters. Later Tamsin regrets it, and Tamsin goes back to the college.\n"
                                  "Box office\nThe film was a success.\n"})
    ans = ask(db, "how much does tamsin sell his tune for")
    assert "fifty pounds" in ans.answer and ans.confidence < CONFIDENT


def test_who_a_character_ends_up_with_is_named_in_full(seeded_copy):
    """The plot calls the partner by a first name at the end; the answer quotes it and gives the full name."""
    add_articles(seeded_copy, {"other-tale.txt": (
        "Other Tale\nOther Tale is a 1990 American drama film directed by Bede Marrow and starring Ora Pell.\n"
        "Plot\nLune Varga is a pilot in Ruritania. Her partner Ivo Brandt dies in a crash. Months later she meets "
        "Kip Morrow, a young pilot. Kip falls for Lune, and Ivo watches over them. Lune walks back to the airfield "
        "and embraces Kip.\n")})
    ans = ask(seeded_copy, "who does lune varga end up with after ivo dies")
    assert ans.film.startswith("Other Tale") and ans.kind == "plot.sentence"
    assert "embraces Kip" in ans.answer and "Kip Morrow" in ans.answer
    assert ans.confidence < CONFIDENT
