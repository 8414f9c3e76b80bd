"""A rights deal asked ("how much did a channel pay for the tv rights") is the deal's sentence, never a
person's pay nor the box office; a critic's "take" typed possessive without its apostrophe ("marrows take
on it") is that critic's review, with the sentence that tells what they said."""

from __future__ import annotations

from .askkit import ask, library

FILM = ("Salt Harbour\nSalt Harbour is a 2011 Indian drama film directed by Ora Pell and starring Kiran Das.\n"
        "Release\nThe television broadcasting rights for Salt Harbour were bought by Vela TV for ₹420 million. The film "
        "grossed ₹2 billion worldwide.\nReception\nCritic Bede Marrow gave the film two stars. Bede Marrow called it a "
        "letdown, saying the jokes at his screening fell flat.\n")


def test_a_rights_deal_is_the_deal_not_a_pay_or_a_gross(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "how much did vela tv pay for the tv rights to salt harbour")
    assert "420 million" in ans.answer and "2 billion" not in ans.answer and not ans.confident


def test_a_critics_take_typed_without_its_apostrophe(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "marrows take on salt harbour")
    assert "letdown" in ans.answer, ans.answer
