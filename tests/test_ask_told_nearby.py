"""/ask where what is asked is told beside, not in, the sentence the words find: a time given by the
sentence before ("Filming began that same day"), what someone does after a scene typed with a contraction
without its apostrophe ("after kip tells her he's leaving"), whom someone the sentence found names goes on
to fall for ("His son, Kip, is a dreamer. All of a sudden he falls for Lune"), and a first name two films share where both
articles write the question's other words but only one writes them beside the name."""

from __future__ import annotations

from bot.ask import CONFIDENT

from .askkit import ask, library

_OTHER_TALE = ("Other Tale\nOther Tale is a 2015 drama film directed by Ivo Brandt.\nPlot\nOra Pell keeps a lighthouse.\n"
               "Production\nIn May 2013, Ora Pell and Bede Marrow joined the cast, with Ivo Brandt directing from his "
               "own script. Production began that same day.\n")
_GREY_SHORE = ("Grey Shore\nGrey Shore is a 1982 drama film directed by Lune Varga. It stars Tam Osk as Kip and Ora "
               "Pell as Nell.\nPlot\nKip teaches piano to Nell. When Nell tells him her love, Kip says that he is "
               "leaving for Ruritania. Heartbroken, she burns all his letters. Years later, Kip returns.\n")
_MILL_LANE = ("Mill Lane\nMill Lane is a 2018 comedy film directed by Ivo Brandt. It stars Tam Osk as Bede Marrow.\n"
              "Plot\nBede Marrow is a forgetful clerk at the Ruritania post office, scolded by his manager every day. "
              "His only son, Kip Marrow, is a jobless dreamer. All of a sudden he falls for Lune. "
              "Lune comes to the town for music lessons.\n")
_SALT_HARBOUR = ("Salt Harbour\nSalt Harbour is a 2018 drama film directed by Ivo Brandt. It stars Bede Marrow as Orrin.\n"
                 "Plot\nOrrin runs the family mill. Orrin goes to Ruritania to recover his father's will. "
                 "The mill burns.\n")
_HOLLOW_FAIR = ("Hollow Fair\nHollow Fair is a 2016 comedy film directed by Tam Osk. It stars Ora Pell as Orrin.\n"
                "Plot\nOrrin sings at the fair. Her father will not listen to the song.\n")


def test_a_time_told_by_the_sentence_before_is_quoted_with_it(tmp_path):
    db = library(tmp_path, _OTHER_TALE)
    ans = ask(db, "when did production start on other tale")
    assert "May 2013" in ans.answer and "that same day" in ans.answer
    assert ans.confidence < CONFIDENT


def test_what_follows_a_scene_typed_with_a_bare_contraction(tmp_path):
    db = library(tmp_path, _GREY_SHORE)
    # "he's" typed "hes" is no word a sentence must hold: the scene is told, and then what Nell does
    ans = ask(db, "what does nell do after kip tells her he's leaving")
    assert "burns all his letters" in ans.answer
    assert ans.confidence < CONFIDENT


def test_whom_someone_named_goes_on_to_fall_for_in_the_sentence_after(tmp_path):
    db = library(tmp_path, _MILL_LANE)
    ans = ask(db, "who does kip marrow fall for")
    assert "falls for Lune" in ans.answer
    assert ans.confidence < CONFIDENT


def test_a_shared_first_name_goes_to_the_article_writing_the_words_beside_it(tmp_path):
    db = library(tmp_path, _SALT_HARBOUR, _HOLLOW_FAIR)
    # both articles write "father" and "will"; only Salt Harbour writes them in a sentence about Orrin
    ans = ask(db, "where does orrin go to get his father's will")
    assert ans.film.startswith("Salt Harbour")
    assert "Ruritania" in ans.answer
    assert ans.confidence < CONFIDENT


_COLD_RIDGE = ("Cold Ridge\nCold Ridge is a 2018 adventure film directed by Ivo Brandt. It stars Tam Osk as Bede and "
               "Ora Pell as Lune.\nPlot\nIn the land of Ruritania, a tribe prepares for the hunt. Bede, its chief, trains "
               "his teenage son Kip for the hunting party. His wife Lune worries that Kip is not ready, but Bede "
               "believes he is.\n")


def test_a_mother_no_sentence_names_is_the_wife_of_the_parent_it_names(tmp_path):
    db = library(tmp_path, _COLD_RIDGE)
    # no sentence writes "mother": Kip is "his son", and "his wife Lune" is told right after, below confidence
    ans = ask(db, "whats kip's mom called")
    assert "Lune" in ans.answer and "mother" in ans.answer
    assert ans.confidence < CONFIDENT


_LAMP_HILL = ("Lamp Hill\nLamp Hill is a 2018 drama film directed by Ivo Brandt. It stars Tam Osk as Bede and Ora Pell "
              "as Lune.\nPlot\nKip works at the mill and befriends Lune, Bede's daughter. Bede sells the mill.\n")
_RIVER_SONG = ("River Song\nRiver Song is a 1990 comedy film directed by Kip Varga.\nCast\nBede Marrow as Tam\nLune as "
               "Nell\nPlot\nTam sings by the river with his daughter.\n")
_NIGHT_FARM = ("Night Farm\nNight Farm is a 2017 horror film directed by Ivo Brandt.\nCast\nPia Lanz as Daughter Nell\n"
               "Plot\nThe farm burns.\n")
_RING_YEAR = ("Ring Year\nRing Year is a 1976 sports film directed by Lune Varga.\nCast\nTam Osk as Kip \"Duke\" Morrow\n"
              "Ora Pell as Nell\nPlot\nKip trains for the title fight.\n")
_ROBE_CLUB = ("Robe Club\nRobe Club is a 2018 crime film directed by Ivo Brandt.\nCast\nBede Marrow as Grand Master "
              "Ivo Duke\nPlot\nA detective joins the club.\n")


def test_a_name_tied_with_a_word_goes_to_the_film_where_it_is_a_part(tmp_path):
    db = library(tmp_path, _LAMP_HILL, _RIVER_SONG, _NIGHT_FARM)
    # "Lune" is a part in Lamp Hill and a player in River Song; "whose daughter" asks of the story
    ans = ask(db, "lune is whose daughter")
    assert ans.film.startswith("Lamp Hill")
    assert ans.confidence < CONFIDENT


def test_a_name_a_part_goes_by_in_quotes_beats_a_surname(tmp_path):
    db = library(tmp_path, _RING_YEAR, _ROBE_CLUB)
    ans = ask(db, "who played duke")
    assert ans.film.startswith("Ring Year") and "Tam Osk" in ans.answer
    assert ans.confidence < CONFIDENT


_LONG_WATCH = ("Long Watch\nLong Watch is a 2018 drama film directed by Ivo Brandt.\nPlot\nKip Morrow guards a bridge.\n"
               "Production\nOn April 20, 2017, it was announced that Ivo Brandt would direct the film. On July 11, 2017, "
               "it was announced that Tam Osk and Ora Pell would star. It was also announced that the film had commenced "
               "principal production.\n")


def test_a_shoot_begun_with_no_date_is_dated_by_the_sentence_before(tmp_path):
    db = library(tmp_path, _LONG_WATCH)
    ans = ask(db, "when did long watch start filming")
    assert "July 11, 2017" in ans.answer and "commenced principal production" in ans.answer
    assert ans.confidence < CONFIDENT
    # ... never for the end of the shoot, which it does not tell
    assert "commenced" not in ask(db, "when did filming wrap on long watch").answer


_MILL_STONE = ("Mill Stone\nMill Stone is a 2018 drama film directed by Lune Varga. It stars Ivo Brandt as Tam Osk and "
               "Ora Pell as Nell.\nPlot\nTam Osk runs the mill with Nell. His son Bede leaves for Ruritania.\n")


def test_the_player_of_a_part_asked_by_its_tie_is_never_the_owner_s(tmp_path):
    db = library(tmp_path, _MILL_STONE)
    # the tie to Tam, the part the film knows, is what is asked (his first wife), though a tie to Bede,
    # whom the cast does not bill, comes first: never Tam's own player
    ans = ask(db, "who played bede's real mom, tam's first wife")
    assert "Ivo Brandt" not in ans.answer
    assert ans.confidence < CONFIDENT


_HIGH_ROAD = ("High Road\nHigh Road is a 2018 action film directed by Ivo Brandt. It stars Tam Osk and Lune Varga.\n"
              "Production\nOra Pell, who was signed as the female lead, opted out of the project in May 2018 due to date "
              "issues. Lune Varga was signed as the female lead in June 2018, continuing her work with Tam Osk after "
              "Other Tale.\n")


def test_who_was_signed_before_a_player_is_the_sentence_naming_someone_else(tmp_path):
    db = library(tmp_path, _HIGH_ROAD)
    # the casting fact names only Lune, who is asked about; the sentence naming another signed as the lead tells it
    ans = ask(db, "who was signed as the heroine of high road before lune varga")
    assert "Ora Pell" in ans.answer
    assert ans.confidence < CONFIDENT


_FAIR_DAY = ("Fair Day\nFair Day is a 1961 drama film directed by Ivo Brandt. It stars Tam Osk and Pia Lanz.\n"
             "Plot\nKip Morrow loses to Ora Pell at the club. Kip and Ora meet again in Ruritania. "
             "Bede, Kip, and Nell travel to the Ruritania Derby, where Bede arranges a match for Kip against a wealthy "
             "local socialite named Lorcan. The game turns out to be carom billiards, not pool.\n"
             "Weeks later, Lorcan's brother sends Nell to the inn with a proposition: he will grant Kip a farm of "
             "forty acres on the condition that he leave Ruritania.\n")


def test_what_the_sentence_after_tells_of_the_scene_the_words_found(tmp_path):
    db = library(tmp_path, _FAIR_DAY)
    # the words find the scene ("the derby", "Lorcan"); the sentence after refers back to it ("The game ...")
    ans = ask(db, "what game does kip play lorcan at the derby")
    assert "carom billiards" in ans.answer
    assert ans.confidence < CONFIDENT


def test_a_deal_is_told_as_a_proposition(tmp_path):
    db = library(tmp_path, _FAIR_DAY)
    ans = ask(db, "what deal does lorcan's brother offer kip")
    assert "forty acres" in ans.answer
    assert ans.confidence < CONFIDENT


_MY_FRIEND_OSK = ("My Friend Osk\nMy Friend Osk is a 1988 Ruritanian animated fantasy film directed by Ilse Dorn.\n"
                  "Plot\nIn 1958, professor Kip Morrow and his two daughters, Ora and Nell, move into an old house to be "
                  "closer to the hospital where the girls' mother, Lune, is recovering from a long illness. "
                  "Ora and Nell find that the house is inhabited by tiny spirits.\n"
                  "Nell meets Osk, a spirit of the wood. Despite her many attempts, Nell is unable to show her family "
                  "Osk's tree. Kip comforts her by telling her that Osk will come when he wants to.\n")


def test_a_title_cut_to_a_characters_name_says_which_film_not_whom(tmp_path):
    db = library(tmp_path, _MY_FRIEND_OSK)
    # "in osk" at the end is the title cut short: no sentence need name Osk; the purpose given with the move
    # ("to be closer to the hospital") is the reason asked
    ans = ask(db, "why does the family move to the countryside in osk")
    assert "closer to the hospital" in ans.answer
    assert ans.confidence < CONFIDENT


_JURY_TALE = ("Jury Tale\nJury Tale is a 1941 Ruritanian fantasy film directed by Ilse Dorn. The film stars Ivo "
              "Marrow and Pia Lanz.\n"
              "Plot\nOra Pell sells her soul to Mr. Osk. Mr. Osk chooses the jury from the most notorious people of "
              "Ruritanian history (including Bede Marrow).\n"
              "After a few moments, the judge asks the jury for their verdict and, in response, the foreman, Marrow, "
              "tears up the contract, releasing Ora from her deal.\n")


def test_a_name_the_quote_gives_alone_is_given_in_full_from_the_plot(tmp_path):
    db = library(tmp_path, _JURY_TALE)
    # "the foreman, Marrow": the plot writes "Bede Marrow" once (the actor Ivo Marrow is in the lead only)
    ans = ask(db, "who is the jury foreman in jury tale")
    assert "Bede Marrow" in ans.answer and "Ivo Marrow" not in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT


_LONG_ROAD = ("Long Road\nLong Road is a 1975 Ruritanian drama film directed by Ilse Dorn. It stars Tam Osk.\n"
              "Plot\nKip Morrow marries Ora Pell and squanders her fortune. "
              "A few days later, Lorcan sends Nell to the inn with a proposition: Lorcan will grant Kip a farm on the "
              "condition that he leave Ruritania. Otherwise, Kip's creditors will see that he is jailed. "
              "Defeated, Kip accepts. Humiliated, he hobbles on crutches to a carriage.\n"
              "The narrator states that Kip went first back to Osk with his mother, and never saw Ora again.\n")


def test_what_follows_the_scene_a_few_sentences_on(tmp_path):
    db = library(tmp_path, _LONG_ROAD)
    # the words find the scene ("that he leave Ruritania"); the sentence right after tells no going, the one
    # that does ("went", a form of "go") comes a few sentences on, past the paragraph's end
    ans = ask(db, "where does kip go after he leaves ruritania")
    assert "went first back to Osk" in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT
