"""/ask respects who and what the question names: a critic or publication it does not know is not
another one it does, an opinion is a review and never the plot, a first name with another surname is
someone else."""

from __future__ import annotations

from bot.ask import CONFIDENT

from .askkit import ask


def test_the_publication_named_is_the_one_answered(seeded_copy):
    ans = ask(seeded_copy, "what did the new york times think of her")
    assert "New York Times" in ans.answer
    ans = ask(seeded_copy, "what did the nyt say about her")
    assert "New York Times" in ans.answer


def test_a_publication_the_article_does_not_quote_is_not_a_similar_one(seeded_copy):
    ans = ask(seeded_copy, "what did the new yorker think of her")
    assert not ans.confident or "New Yorker" in ans.answer


def test_an_unknown_critic_gets_no_plot_and_no_other_critic(seeded_copy):
    ans = ask(seeded_copy, "what did roger moore say about taxi driver")
    assert ans.kind != "plot" and ans.confidence < CONFIDENT


def test_a_first_name_with_another_surname_is_someone_else(seeded_copy):
    ans = ask(seeded_copy, "what did roger smithers think of taxi driver")
    assert ans.confidence < CONFIDENT
