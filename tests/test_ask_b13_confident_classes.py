"""Classes behind the confident misses of the thirteenth blind dev batch, on invented articles: a person's
pay asked with no actor named is no credit; nominations asked where the article lists only wins; a
version typed first ("in the dubbed version which city does A say") is no cast question; a 4K or UHD
release is a home-media release."""

from __future__ import annotations

from .askkit import ask, library

FILM = ("Ember Road\nEmber Road is a 1999 American drama film directed by Hale Dorrin and starring Mara Voss as Lena Harte and "
        "Tove Lindqvar.\nProduction\nThe studio hired Dorrin to direct for a salary of $90,000. During "
        "post-production one line by Mara Voss, naming the city of Brackton, was dubbed over for the French version "
        "with Marlow.\nRelease\nEmber Road was released on September 15, 1999. It was later released on 4K UHD "
        "Blu-ray on March 8, 2019.\nAccolades\nEmber Road won three Oscars at the 61st Academy Awards: Best "
        "Picture, Best Director and Best Actress.\n")


def test_a_directors_pay_is_no_directing_credit(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "dorrin's pay for directing ember road")
    assert ans.kind != "crew.director" and not ans.confident


def test_nominations_asked_where_only_wins_are_listed(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "how many oscar nominations did ember road get in total")
    assert ans.abstained and "3" in ans.answer  # the wins it lists, never given as the nominations


def test_a_version_typed_first_is_no_cast_question(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "in the french dubbed version which city does mara voss say in ember road")
    assert not ans.kind.startswith("cast") and not ans.confident


def test_a_4k_release_is_a_home_media_release(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "when did ember road come out on 4k uhd")
    assert "2019" in ans.answer and "1999" not in ans.answer.split(";")[0]
