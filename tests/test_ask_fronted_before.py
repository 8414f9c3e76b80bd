"""A casting question opening with "before B" ("before Ora Pell, who did the director consider for the
princess") asks what "who did the director consider for the princess before Ora Pell" asks: the sentence
telling the others considered, never another offer of "the role" (another part's). The part's name is often
only in the stripped cast list, so the sentence says "this role"; it is quoted below confidence."""

from __future__ import annotations

from .askkit import ask, library

FILM = ("Glass Orchard\nGlass Orchard is a 1951 Ruritanian romantic comedy film directed by Mara Velik and starring "
        "Ora Pell and Tam Ruskin.\nPlot\nPrincess Elin escapes her palace for a day and meets a reporter, Jory Vane. "
        "Later, Elin declines Vane's offer and leaves.\n"
        "Cast\nVelik first offered the role to the matinee idol Ivo Brandt. Brandt declined, believing he was too "
        "old to play the part.\n"
        "Velik had initially considered Lena Dorsk and Saba Quill for this role, but both were unavailable. Velik "
        "was very excited to find Pell, but she did not choose her until after a screen test.\n")


def test_before_b_opening_the_question_is_read_as_after_it(tmp_path) -> None:
    db = library(tmp_path, FILM)
    for q in ("before ora pell, who did velik consider for princess elin",
              "Before Pell who did Velik consider for Princess Elin?",
              "who did velik consider for princess elin before pell"):
        ans = ask(db, q)
        assert "Lena Dorsk" in ans.answer and "Brandt" not in ans.answer, (q, ans.answer)
        assert not ans.confident, ans.answer


def test_a_plot_sentence_with_the_parts_name_is_no_casting(tmp_path) -> None:
    db = library(tmp_path, FILM)
    ans = ask(db, "who did velik consider for princess elin before ora pell")
    assert "declines" not in ans.answer and "Dorsk" in ans.answer, ans.answer


def test_an_opening_clause_of_no_casting_still_finds_its_sentence(tmp_path) -> None:
    db = library(tmp_path, FILM)
    # "before the screen test" moved after the question asks the same thing
    ans = ask(db, "before the screen test who was velik excited to find")
    assert "Pell" in ans.answer and not ans.confident, ans.answer
