"""The blind shapes set stays well-formed, and its scorer runs (figures live in `python -m bench.shapes_eval`)."""

from __future__ import annotations

from bench import gold_eval, shapes_eval


def test_every_shape_states_its_gold_verbatim():
    rows = shapes_eval.items("dev") + shapes_eval.items("heldout")
    assert rows, "no shapes written"
    for row in rows:
        assert row["text"].count("\n") >= 1, row["_where"]
        for kind in gold_eval.KINDS:
            for fact in row["gold"].get(kind) or []:
                assert fact.get("quote", "") in row["text"], (row["_where"], kind, fact)


def test_scorer_reads_most_dev_shapes():
    totals, n = shapes_eval.run("dev")
    found = sum(t.found for t in totals.values())
    gold = sum(t.gold for t in totals.values())
    correct = sum(t.correct for t in totals.values())
    bot = sum(t.bot for t in totals.values())
    # A floor well under today's figures: it catches a broken extractor, not a tuned number.
    assert n >= 50 and found / gold > 0.7 and correct / bot > 0.9
