"""Trivia, round-6 classes a host notices: every name the article gives a person is accepted, a
question with another fair answer is not asked, and a game asks a famous film's headline facts
first and an obscure film's headline fact only. Invented films and people throughout."""

from __future__ import annotations

import dataclasses
import random

from bot.queries import Film
from bot.trivia.questions import (
    Pool,
    Question,
    film_budget,
    interest,
    notability,
    pick_game,
    questions_for_film,
)


def _row(sentence: str, section: str = "Lead", ref: str = "p0.s0", **kw) -> dict:
    return {**kw, "source": {"section": section, "sentence": sentence, "ref": ref}}


def _text(*sentences: str, section: str = "Lead") -> list[dict]:
    return [{"text": s, "section": section} for s in sentences]


def _film(year: int | None = 1950) -> Film:
    return Film(1, "Other Tale", "Other Tale", year, 1000)


def _ask(facts: dict, year: int | None = 1950) -> dict[str, Question]:
    return {q.text: q for q in questions_for_film(_film(year), facts, Pool(), random.Random(0))}


# --- every right answer accepted ------------------------------------------------------------------
def test_a_pen_name_the_article_states_is_accepted():
    credit = "It was written by Bede Marrow (using the pseudonym Tam Osk) from his own novel."
    facts = {"crew": [_row(credit, role="writer", name="Bede Marrow")], "text": _text(credit)}
    writer = _ask(facts).get("Who wrote Other Tale (1950)?") or _ask(facts)["Who wrote the screenplay of Other Tale (1950)?"]
    assert writer.answers[0] == "Bede Marrow" and "Tam Osk" in writer.answers


def test_a_familiar_form_of_the_name_the_article_uses_is_accepted_and_a_relative_is_not():
    credit = "Other Tale is a 1950 drama film directed by James Brandt."
    later = "Jimmy Brandt said the shoot was his happiest; his brother Kip Brandt produced it."
    facts = {"crew": [_row(credit, role="director", name="James Brandt"),
                      _row(later, role="producer", name="Kip Brandt")], "text": _text(credit, later)}
    director = _ask(facts)["Who directed Other Tale (1950)?"]
    assert "Jimmy Brandt" in director.answers and "Kip Brandt" not in director.answers


def test_a_name_written_as_one_word_elsewhere_is_accepted():
    credit = "Other Tale is a 1950 drama film directed by Ora Lune Pell."
    facts = {"crew": [_row(credit, role="director", name="Ora Lune Pell")],
             "text": _text(credit, "In an interview, Oralune Pell said the film was her favourite.")}
    director = _ask(facts)["Who directed Other Tale (1950)?"]
    assert "Oralune Pell" in director.answers


def test_the_young_version_of_a_role_makes_the_role_unasked():
    cast = "Ivo Brandt as Robin Osk, Kip Morrow as Young Robin and Ora Pell as Tessa."
    facts = {"cast": [_row(cast, section="Cast", actor=a, character=c, voice=False, order=o)
                      for a, c, o in (("Ivo Brandt", "Robin Osk", 1), ("Kip Morrow", "Young Robin", 2),
                                      ("Ora Pell", "Tessa", 3))], "text": _text(cast, section="Cast")}
    texts = set(_ask(facts))
    assert "Who played Robin Osk in Other Tale (1950)?" not in texts  # Kip Morrow played him too
    assert "Who played Tessa in Other Tale (1950)?" in texts


def test_a_director_the_article_elsewhere_calls_a_co_director_is_not_asked_alone():
    credit = "Other Tale is a 1950 drama film directed by Bede Marrow."
    later = "In June 1949, it was announced that Marrow had been designated as co-director."
    facts = {"crew": [_row(credit, role="director", name="Bede Marrow")], "text": _text(credit, later)}
    assert "Who directed Other Tale (1950)?" not in _ask(facts)
    facts["text"] = _text(credit, "Marrow directed it in six weeks.")
    assert "Who directed Other Tale (1950)?" in _ask(facts)


def test_a_nomination_category_question_is_not_asked_when_another_sentence_tells_more_nominations():
    told = "The film was also nominated for the Ruritania Award for Best Drama."
    more = "Ivo Brandt and the makeup department also received nominations at the Ruritania Awards."
    row = _row(told, section="Accolades", ceremony="Ruritania Award", ordinal=None, year=1951, category="Best Drama",
               recipient="", outcome="nominated", count=0)
    facts = {"award": [row], "text": _text(told, section="Accolades")}
    assert any("nominated for at" in t for t in _ask(facts))
    facts["text"] = _text(told, more, section="Accolades")
    assert not any("nominated for at" in t for t in _ask(facts))


# --- questions that read right -------------------------------------------------------------------
def test_a_quote_about_a_person_or_naming_the_director_is_not_a_description_of_the_film():
    credit = "Other Tale is a 1950 drama film directed by Bede Marrow, starring Ora Pell."
    cast = "Ora Pell as Tessa."

    def quotes(sentence: str, quote: str) -> list[str]:
        facts = {"crew": [_row(credit, role="director", name="Bede Marrow")],
                 "cast": [_row(cast, section="Cast", actor="Ora Pell", character="Tessa", voice=False, order=1)],
                 "review": [_row(sentence, section="Reception", critic="Kip Morrow", publication="", quote=quote,
                                 rating_text="", rating_scale=None, rating_value=None)],
                 "text": _text(credit, cast, sentence)}
        return [t for t in _ask(facts) if "film did Kip Morrow describe" in t]

    good = "a slow, cold and quietly devastating portrait of a harbour town"
    assert quotes(f'Kip Morrow called it "{good}".', good)
    naming = "proof of Bede Marrow's talent and his developing skill with actors"
    assert not quotes(f'Kip Morrow called it "{naming}".', naming)
    about = "had not made a film but woven pure poetry on celluloid"
    assert not quotes(f'Kip Morrow wrote that he "{about}".', about)


def test_a_film_of_no_stated_year_is_labelled_with_its_first_release_year():
    credit = "Other Tale is a drama film directed by Bede Marrow."
    out = "It was released in Ruritania on 5 October 2018."
    facts = {"crew": [_row(credit, role="director", name="Bede Marrow")],
             "release": [_row(out, section="Release", kind="release", date="2018-10-05", date_text="5 October 2018",
                              event="", place="Ruritania", theaters=None, distributor="")],
             "text": _text(credit, out)}
    assert "Who directed Other Tale (2018)?" in _ask(facts, year=None)


# --- a game that asks the memorable questions ----------------------------------------------------
def _q(family: str, n: int, fame: float, film_id: int = 1, chars: int = 40_000) -> Question:
    return Question(text=f"{family} question {n}?", answers=[f"answer {family} {n}"], distractors=["x", "y", "z"],
                    category=family.split(".")[0], difficulty="easy", kind="text", film_id=film_id,
                    film_title=f"Film {film_id}", source_section="Lead", source_sentence=f"{family} {n}.",
                    id=f"{film_id}-{family}{n}", family=family, keys=(f"{film_id} {family} {n}",),
                    article_chars=chars, notability=fame)


def test_a_famous_films_game_opens_with_its_lead_and_award_before_its_writer_credit():
    qs = [_q("crew.writer", 1, 0.8), _q("reviews.quote", 2, 0.8), _q("cast.lead", 3, 0.8),
          _q("awards.won", 4, 0.8), _q("crew.composer", 5, 0.8)]
    for seed in range(20):
        game = pick_game(qs, 5, random.Random(seed))
        families = [q.family for q in game]
        assert set(families[:2]) == {"cast.lead", "awards.won"}, families
        # Round 18: a writer's credit (1.55 over 22, "obscure credit") and a critic's quote (1.27) are
        # not asked of a film the game has better questions of.
        assert "crew.writer" not in families and "reviews.quote" not in families, families


def test_an_obscure_film_gives_one_headline_question_and_a_little_known_one_no_repeated_kind():
    obscure = [_q("crew.writer", 1, 0.05), _q("cast.actor_of_role", 2, 0.05), _q("crew.director", 3, 0.05),
               _q("crew.composer", 4, 0.05)]
    game = pick_game(obscure, 12, random.Random(0))
    assert [q.family for q in game] == ["crew.director"]
    known = [_q("cast.lead", 1, 0.4), _q("cast.actor_of_role", 2, 0.4), _q("cast.actor_of_role", 3, 0.4),
             _q("cast.actor_of_role", 4, 0.4), _q("crew.director", 5, 0.4)]
    families = [q.family for q in pick_game(known, 12, random.Random(0))]
    assert families.count("cast.lead") + families.count("cast.actor_of_role") == 1  # one role question
    rich = [_q(q.family, i, 0.55) for i, q in enumerate(known)]
    families = [q.family for q in pick_game(rich, 12, random.Random(0))]
    assert families.count("cast.lead") + families.count("cast.actor_of_role") == 2  # a rich film: two
    # a famous film: three (its lead is "too easy", its supporting parts are what a host asks)
    famous = [_q(q.family, i, 0.8) for i, q in enumerate(known)]
    families = [q.family for q in pick_game(famous, 12, random.Random(0))]
    assert families.count("cast.lead") + families.count("cast.actor_of_role") == 3


def test_famous_films_come_first_in_a_game_of_several_films():
    qs = [_q("crew.director", 1, 0.1, film_id=1), _q("crew.director", 2, 0.9, film_id=2),
          _q("cast.lead", 3, 0.1, film_id=1), _q("cast.lead", 4, 0.9, film_id=2)]
    game = pick_game(qs, 4, random.Random(0))
    assert game[0].film_id == 2
    assert interest(qs[1]) > interest(qs[0])


def test_notability_grows_with_what_the_library_knows_of_the_film():
    win = "Other Tale won the Academy Award for Best Picture."
    stub: dict = {"cast": [], "crew": [], "award": [], "money": []}
    famous = {**stub, "award": [_row(win, ceremony="Academy Awards", category="Best Picture", outcome="won")] * 2
              + [_row(win, ceremony="Academy Awards", category=f"Best {c}", outcome="nominated") for c in ("Score", "Sound")],
              "money": [_row("It grossed $400 million.", kind="worldwide", amount=4e8, currency="USD")]}
    low = notability(_film(), stub, Pool(), 2500)
    high = notability(_film(), famous, Pool(), 30_000)
    assert low == 0.0 and high > 0.7  # (no other loaded film shares its people)
    # an obscure film's game is short (its two headline facts), a famous one's is not limited
    assert film_budget(30_000, low)[0] == 2 and film_budget(30_000, high) == film_budget(0)


def test_an_obscure_films_unused_share_goes_to_the_famous_films_memorable_questions():
    obscure = [_q("crew.director", 1, 0.05, film_id=1), _q("crew.writer", 2, 0.05, film_id=1),
               _q("crew.composer", 3, 0.05, film_id=1)]
    famous = [_q(f, i, 0.8, film_id=2) for i, f in enumerate(("cast.lead", "awards.won", "crew.director",
                                                               "cast.debut", "crew.composer", "cast.replaced"))]
    game = pick_game(obscure + famous, 6, random.Random(0))
    assert len(game) == 6
    assert [q.family for q in game if q.film_id == 1] == ["crew.director"]  # its headline fact only


def test_an_award_at_a_ceremony_players_do_not_remember_weighs_less():
    # Rounds 6-9: a horror festival's prize, a trade paper's poll judged 0-1; the Academy Awards' 2+.
    from bot.trivia.questions import _ceremony_share, question_weight

    assert _ceremony_share("the 9th Academy Awards") == 1.0 and _ceremony_share("the Example Horror Awards") < 1.0
    facts = {"award": [_row(f"At the {c}, Other Tale won Best Picture.", ceremony=c, ordinal=None, year=None,
                            category="Best Picture", outcome="won", recipient="")
                       for c in ("Academy Awards", "Example Horror Awards")]}
    won = {q.text: q for q in _ask(facts).values() if q.family == "awards.won"}
    major = won["Which award did Other Tale (1950) win at the Academy Awards?"]
    minor = won["Which award did Other Tale (1950) win at the Example Horror Awards?"]
    assert question_weight(minor) < question_weight(major) and interest(minor) < interest(major)
    # A little-known film's game asks its headline facts only: the minor ceremony's award is none.
    major, minor = (dataclasses.replace(q, notability=0.1) for q in (major, minor))
    assert pick_game([major], 12, random.Random(0)) == [major] and pick_game([minor], 12, random.Random(0)) == []


def test_a_films_one_dull_question_is_the_best_judged_kind():
    # Rounds 6-9: a critic's quote judged 1.7, a budget or gross 1.1 ("dry"): a film with nothing
    # else asks the quote. Rounds 13-15: the quote 1.1-1.3 beside a film's good questions, so a film
    # that has good questions asks neither (dull_weight).
    dull = [_q("box_office", 3, 0.8), _q("reviews.quote", 4, 0.8)]
    good = [_q("crew.director", 1, 0.8), _q("cast.lead", 2, 0.8)]
    for seed in range(10):
        assert [q.family for q in pick_game(dull, 8, random.Random(seed))] == ["reviews.quote"]
        families = [q.family for q in pick_game(good + dull, 8, random.Random(seed))]
        assert sorted(families) == ["cast.lead", "crew.director"], families


def test_an_obscure_film_asks_about_the_name_players_may_know_and_still_asks_its_only_fact():
    # Rounds 7-10: a thin film's director known from that film only was worth 1.31 (169 questions),
    # one the library knows from two films or more 1.96. Ivo Brandt directed Other Tale only; its
    # lead Lune Varga is in three loaded films: her question opens its short game.
    director = dataclasses.replace(_q("crew.director", 1, 0.05), kind="person", answers=["Ivo Brandt"], known=1)
    lead = dataclasses.replace(_q("cast.lead", 2, 0.05), kind="person", answers=["Lune Varga"], known=3)
    assert interest(lead) > interest(director)
    for seed in range(20):
        assert [q.answers for q in pick_game([director, lead], 12, random.Random(seed))][0] == ["Lune Varga"]
    # A familiar director beats a lead known once; a thin film with only its director still asks it.
    famous_director = dataclasses.replace(director, answers=["Tam Osk"], known=2)
    unknown_lead = dataclasses.replace(lead, answers=["Kip Morrow"], known=1)
    assert interest(famous_director) > interest(unknown_lead)
    assert pick_game([director], 12, random.Random(0)) == [director]


def test_pool_credits_count_each_persons_library_films_for_familiarity():
    pool = Pool()
    for fid in (1, 2, 3):
        pool.years[fid] = 1950
        pool.add_film(fid, {"cast": [_row("Lune Varga as Tessa.", actor="Lune Varga", character="Tessa", order=1)],
                            "crew": [{"role": "director", "name": f"Director {fid}"}]})
    pool.finish()
    facts = {"cast": [_row("Other Tale stars Lune Varga as Tessa Hale, a widow.", actor="Lune Varga",
                           character="Tessa Hale", order=1, voice=False)]}
    qs = questions_for_film(_film(), facts, pool, random.Random(0))
    assert any(q.known == 3 for q in qs if q.kind == "person" and "Lune Varga" in q.answers)


def test_a_game_with_three_good_questions_asks_no_filler_and_one_with_two_asks_one():
    # Rounds 7-10: a rich film's critic's quote (1.09) and language (1.0) after three good questions.
    good = [_q("crew.director", 1, 0.8), _q("cast.lead", 2, 0.8), _q("crew.composer", 3, 0.8)]
    # (round 16: a quote or a gross no longer pads even a short game that has good questions, so the
    # filler that does is one above dull_weight: who appears alongside the lead, judged 1.75)
    filler = [_q("cast.alongside", 4, 0.8), _q("box_office", 5, 0.8)]
    for seed in range(10):
        assert "cast.alongside" not in [q.family for q in pick_game(good + filler, 12, random.Random(seed))]
        assert "cast.alongside" in [q.family for q in pick_game(good[:2] + filler, 12, random.Random(seed))]


def test_a_source_authors_question_is_not_ranked_by_the_authors_other_films():
    # A thin film's source author (worth 2.0 in rounds 7-10) is no less familiar for being credited
    # in no film: familiarity is read for the judged families only.
    author = dataclasses.replace(_q("crew.based_on_author", 1, 0.05), kind="person", answers=["Bede Marrow"], known=0)
    assert interest(author) == interest(dataclasses.replace(author, known=-1))


# --- a fair handle: the star of a little-known film ---------------------------------------------
def _starred(lead: str = "Other Tale is a 1994 drama film directed by Bede Marrow and starring Ora Pell and Ivo Brandt.",
             star: str = "Ora Pell") -> list[Question]:
    facts = {"crew": [_row(lead, role="director", name="Bede Marrow")],
             "cast": [_row(lead, actor=star, character="", voice=False, order=1, mention=""),
                      _row(lead, actor="Ivo Brandt", character="", voice=False, order=2, mention="")],
             "text": _text(lead)}
    return questions_for_film(_film(1994), facts, Pool(), random.Random(0))


def test_a_little_known_films_director_question_names_its_star_when_no_other_question_asks_them():
    director = next(q for q in _starred() if q.family == "crew.director")
    assert director.handle == "Ora Pell"
    little = dataclasses.replace(director, notability=0.2, article_chars=40_000)
    assert [q.text for q in pick_game([little], 12, random.Random(0))] == \
        ["Who directed Other Tale (1994), starring Ora Pell?"]
    # A famous film needs no handle: its title is enough.
    famous = dataclasses.replace(director, notability=0.8)
    assert [q.text for q in pick_game([famous], 12, random.Random(0))] == ["Who directed Other Tale (1994)?"]
    # A game that asks who played a part the star plays keeps the star out of the director question.
    lead = dataclasses.replace(_q("cast.lead", 2, 0.2), kind="person", answers=["Ora Pell"], keys=("tessa",),
                               text="Who played Tessa in Other Tale (1994)?")
    game = pick_game([little, lead], 12, random.Random(0))
    assert len(game) == 2 and all("starring" not in q.text for q in game)


def test_no_handle_from_a_star_who_directed_the_film_or_a_shared_top_billing():
    both = "Other Tale is a 1994 drama film directed by Bede Marrow, who also stars in it with Ora Pell."
    assert all(not q.handle for q in _starred(both, star="Bede Marrow"))
    facts = {"crew": [_row(both, role="director", name="Bede Marrow")],
             "cast": [_row(both, actor="Ora Pell", character="", voice=False, order=1, mention=""),
                      _row(both, actor="Ivo Brandt", character="", voice=False, order=1, mention="")],
             "text": _text(both)}
    assert all(not q.handle for q in questions_for_film(_film(1994), facts, Pool(), random.Random(0)))
    narrated = "Other Tale is a 1994 film directed by Bede Marrow and narrated by Ora Pell, with Ivo Brandt."
    assert all(not q.handle for q in _starred(narrated))


def test_a_star_credited_from_the_casting_section_is_a_handle_when_the_lead_names_them():
    lead = "Other Tale is a 1994 Ruritanian thriller film directed by Bede Marrow. The film stars Ora Pell in the title role."
    casting = "Ora Pell plays Tale, a young musician."
    facts = {"crew": [_row(lead, role="director", name="Bede Marrow")],
             "cast": [_row(casting, section="Production > Casting", actor="Ora Pell", character="Tale", voice=False,
                           order=1, mention=""),
                      _row(casting, section="Production > Casting", actor="Ivo Brandt", character="Kip", voice=False,
                           order=2, mention="")],
             "text": _text(*lead.split(". ")) + _text(casting, section="Production > Casting")}
    director = next(q for q in questions_for_film(_film(1994), facts, Pool(), random.Random(0))
                    if q.family == "crew.director")
    assert director.handle == "Ora Pell"
    facts["text"] = _text("Other Tale is a 1994 Ruritanian thriller film directed by Bede Marrow.") + \
        _text(casting, section="Production > Casting")
    director = next(q for q in questions_for_film(_film(1994), facts, Pool(), random.Random(0))
                    if q.family == "crew.director")
    assert director.handle == ""  # the lead names no star: none


def test_a_thin_or_obscure_film_asks_no_supporting_part():
    # Rounds 13-15: a supporting part's player on a film under 5,000 characters was worth 0.9 over
    # 20 questions ("obscure character"), its lead 1.27 and director 1.22: such a film asks its
    # lead or director, and none of its parts' players when that is all it has.
    for fame, chars in ((0.1, 40_000), (0.5, 3_000)):
        role, lead = _q("cast.actor_of_role", 1, fame, chars=chars), _q("cast.lead", 2, fame, chars=chars)
        assert [q.family for q in pick_game([role, lead], 8, random.Random(0))] == ["cast.lead"]
        assert pick_game([role], 8, random.Random(0)) == []
    # a film of some note still asks it
    role = _q("cast.actor_of_role", 1, 0.5, chars=20_000)
    assert pick_game([role], 8, random.Random(0)) == [role]


def test_round18_a_little_known_or_mid_size_films_composer_is_not_asked():
    # Rounds 14-18: a composer of a film of notability under 0.35 judged 1.16 (25), of an article under
    # 9,000 characters 1.42 (19), "niche crew credit"; 1.9-2.0 on films of notability 0.5 or more.
    def families(fame: float, chars: int) -> list[str]:
        qs = [_q("cast.lead", 1, fame, chars=chars), _q("crew.director", 2, fame, chars=chars),
              _q("crew.composer", 3, fame, chars=chars)]
        return [q.family for q in pick_game(qs, 12, random.Random(0))]
    assert "crew.composer" not in families(0.3, 40_000)
    assert "crew.composer" not in families(0.6, 8_000)
    assert sorted(families(0.6, 40_000)) == ["cast.lead", "crew.composer", "crew.director"]


def test_a_recent_film_the_library_knows_little_of_scores_below_an_old_one():
    # Rounds 3-20: little-known films from the last years were judged 1.16 (small streaming and
    # direct-to-video films), older ones of the same article length 1.54: a new film with a short
    # article is one few players have seen.
    stub: dict = {"cast": [], "crew": [], "award": [], "money": []}
    old = notability(_film(1950), stub, Pool(), 12_000)
    new = notability(_film(2019), stub, Pool(), 12_000)
    assert 0 < new < old


def test_a_famous_films_win_comes_before_its_familiar_director():
    # "Too easy": the famous director of a famous film gives itself away; the film's win is asked first.
    director = dataclasses.replace(_q("crew.director", 1, 0.8), kind="person", answers=["Ivo Brandt"], known=4)
    win = _q("awards.won", 2, 0.8)
    game = pick_game([director, win], 12, random.Random(0))
    assert [q.family for q in game] == ["awards.won", "crew.director"]  # still asked, after the win
    # a little-known film's familiar director is the name players can place: asked first
    small = [dataclasses.replace(q, notability=0.3) for q in (director, win)]
    assert interest(small[0]) > interest(small[1])


def test_an_obscure_films_own_game_asks_its_two_headline_facts_only():
    qs = [_q(f, i, 0.05) for i, f in enumerate(("crew.writer", "reviews.quote", "crew.director", "crew.composer",
                                                "cast.lead", "title.from_premise"))]
    for seed in range(10):
        assert sorted(q.family for q in pick_game(qs, 12, random.Random(seed))) == ["cast.lead", "crew.director"]
