"""/ask finds the plot sentence a story question asks for when the article tells it in other words: "send A
after B" told "tasks A to capture B", "how is A connected to B" told by the sentence naming both, "stuck
choosing between" told "struggles to figure out which", "dump" told "breaks up", "whose life does it follow"
told "the journey of A right from his childhood", a death told as a life sacrificed, a name typed in the
article's other spelling of it, "what instrument does A play" (the story, never a part), the protagonist's
job told without a name ("It follows an Army chaplain"), and "the <year> <actor> movie" naming the film."""

from __future__ import annotations

from bot.ask import CONFIDENT

from .askkit import ask, library

LANTERN_ROAD = (
    "Lantern Road\n"
    "Lantern Road is a 2001 Ruritanian drama film directed by Tam Osk, starring Ivo Brandt and Lune Varga. It "
    "follows an Army chaplain as he struggles to keep his faith.\n\n"
    "Plot\n"
    "In the old kingdom, Dario (Ivo Brandt) is tasked by his mentor Ora Pell (Lune Varga) to capture her "
    "treacherous former student, Bede Marrow (Kip Morrow). Dario, a neurotic drifter, struggles to figure out "
    "which girl he really belongs with: Tilda, the best girl he's ever known, or Nessa, the worst. Nessa falls in "
    "love with Dario, but when she learns his views on marriage, she breaks up with him. Meanwhile, Dario's elder "
    "brother Rurik returns from jail. A rich landlord gave money to Selina (Mira Holt), a pregnant woman. Later, "
    "Rurik tries to give milk with poison to Tilda. Selinna, who realises the problem, sacrifices her life by "
    "drinking the milk. Zelie, an Austrian cellist, plays at the wedding.\n\n"
    "Cast\n"
    "Ivo Brandt as Dario\nLune Varga as Ora Pell\nKip Morrow as Bede Marrow\nMira Holt as Selina\n"
    "Ana Lusk as Zelie\n"
)

RIVER_DAYS = (
    "River Days\n"
    "River Days is a 2018 Ruritanian drama film directed by Tam Osk.\n\n"
    "Plot\n"
    "River Days is a tale of a mother and son. The story encapsulates an unusual journey of Kaspar right from his "
    "childhood, adolescence to being a grown man.\n"
)


def _quoted(ans, words: str) -> None:
    assert words in ans.answer and ans.confidence < CONFIDENT, ans.answer


def test_send_after_and_connected_to(tmp_path):
    db = library(tmp_path, LANTERN_ROAD)
    _quoted(ask(db, "who does ora pell send dario after in lantern road"), "former student, Bede Marrow")
    _quoted(ask(db, "how is bede marrow connected to ora pell in lantern road"), "former student")


def test_choosing_between_and_dumping(tmp_path):
    db = library(tmp_path, LANTERN_ROAD)
    _quoted(ask(db, "which two girls is dario stuck choosing between in lantern road"), "Tilda")
    _quoted(ask(db, "why does nessa dump dario in lantern road"), "breaks up with him")


def test_a_death_told_as_a_life_given_under_another_spelling(tmp_path):
    db = library(tmp_path, LANTERN_ROAD)
    _quoted(ask(db, "how does selinna die in lantern road"), "drinking the milk")


def test_an_instrument_played_is_the_story(tmp_path):
    db = library(tmp_path, LANTERN_ROAD)
    _quoted(ask(db, "zelie, what instrument does she play in lantern road"), "cellist")


def test_the_protagonists_job_told_without_a_name(tmp_path):
    db = library(tmp_path, LANTERN_ROAD)
    _quoted(ask(db, "whats the main guy's job in lantern road"), "chaplain")


def test_the_year_and_actor_before_movie_name_the_film(tmp_path):
    db = library(tmp_path, LANTERN_ROAD)
    ans = ask(db, "in the 2001 ivo brandt movie where is his elder brother coming back from")
    _quoted(ans, "returns from jail")


def test_whose_life_it_follows(tmp_path):
    db = library(tmp_path, RIVER_DAYS)
    _quoted(ask(db, "whose life does river days follow from when hes a kid till hes grown up"), "Kaspar")


SILENT_WING = (
    "Silent Wing\n"
    "Silent Wing is a 2018 Ruritanian thriller film directed by Tam Osk.\n\n"
    "Premise\n"
    "Former adviser Lune Pell (Varga) is threatened by people from her past. Meanwhile, a resourceful grad "
    "student (Brandt) harbors another type of obsession with Lune in this story of betrayal.\n\n"
    "Cast\n"
    "Lune Varga as Lune Pell\nIvo Brandt as Kip\n"
)


def test_a_part_the_plot_names_only_by_its_players_surname(tmp_path):
    db = library(tmp_path, SILENT_WING)
    _quoted(ask(db, "whats kip's deal in silent wing"), "grad student")
