"""A part asked by its tie to another and then by name ("who played ora's mistress lune") is the one named
after the tie, never the one it is tied to; a player only the casting history names ("A was cast as Kip's
cousin Sherrod") asked "who did A play" is answered with that part, never read as a part called A."""

from __future__ import annotations

from .askkit import ask, library

FILM = ("Night Ledger\nNight Ledger is a 1991 American crime film directed by Hale Dorrin, starring Bede Marrow as "
        "Ora Hask and Tove Lindqvar as Lune Vey.\nPlot\nCrime boss Ora Hask discovers that his mistress Lune is "
        "involved with his accountant Kip.\nProduction\nUla Brenn was cast as Kip's cousin Sherrod, a clerk at the "
        "bank where the accountant works. The character helps Kip escape but his scenes were cut.\n")


def test_a_part_named_after_its_tie_is_the_one_asked(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "who played ora's mistress lune")
    assert "Tove Lindqvar" in ans.answer and "Bede Marrow" not in ans.answer


def test_a_player_only_the_casting_history_names_is_asked_for_their_part(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "who did ula brenn play in night ledger")
    assert "Sherrod" in ans.answer and not ans.abstained


def test_a_player_the_article_never_names_is_not_read_as_a_part(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "who did nell farrow play in night ledger")
    assert ans.abstained and "who played Nell" not in ans.answer
