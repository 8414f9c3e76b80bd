"""The blind gold set stays well-formed, and its scorer runs (figures live in `python -m bench.gold_eval`)."""

from __future__ import annotations

import json

import pytest

from bench import gold_eval

GOLD_FILES = sorted(gold_eval.GOLD.glob("*/*.json"))


def test_gold_halves_are_disjoint_and_complete():
    dev = {p.stem for p in (gold_eval.GOLD / "dev").glob("*.json")}
    held = {p.stem for p in (gold_eval.GOLD / "heldout").glob("*.json")}
    assert len(dev) >= 15 and len(held) >= 15 and not dev & held
    for path in GOLD_FILES:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert set(gold_eval.KINDS) <= set(gold), path.name


@pytest.mark.corpus
def test_scorer_finds_most_dev_facts_and_invents_few():
    totals = gold_eval.run("dev")
    found = sum(t.found for t in totals.values())
    gold = sum(t.gold for t in totals.values())
    correct = sum(t.correct for t in totals.values())
    bot = sum(t.bot for t in totals.values())
    # A floor well under today's figures: it catches a broken extractor, not a tuned number.
    assert found / gold > 0.7 and correct / bot > 0.9
