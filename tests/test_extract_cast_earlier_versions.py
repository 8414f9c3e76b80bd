"""A lead that lists the earlier films of the same story names their casts too; those players are not this film's
(trivia round 21 asked "Who directed <film>, starring <an earlier TV film's star>?"). Invented articles."""

from __future__ import annotations

from bot.extract import extract_all
from bot.ingest import parse_checked


def _players(text: str) -> set[str]:
    return {f.actor for f in extract_all(parse_checked(text)).items if type(f).__name__ == "CastFact"}


LEAD = ("Lantern Row\n"
        "Lantern Row is a 2016 Ruritanian musical film directed by Ora Pell. It is the third screen version of the "
        "stage musical, following the 1981 theatrical film starring Bede Marrow and Ivo Sanz and the 1998 television "
        "film starring Cal Tobin and Mina Kessel. The film stars Tam Osk in the title role, alongside Lune Varga.\n")


def test_the_casts_of_earlier_films_of_the_story_are_not_this_films():
    players = _players(LEAD)
    assert {"Tam Osk", "Lune Varga"} <= players
    assert not players & {"Bede Marrow", "Ivo Sanz", "Cal Tobin", "Mina Kessel"}


def test_this_films_own_dated_billing_still_counts():
    text = "Lantern Row\nLantern Row is a 2016 Ruritanian musical film starring Tam Osk and Lune Varga.\n"
    assert {"Tam Osk", "Lune Varga"} <= _players(text)
