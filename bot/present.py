"""How each kind of fact reads: one formatter per fact kind, used by the cards, /ask and trivia.

Handlers choose facts, these functions write them. Two registers where a surface needs them: the
card register (terse, for embed fields: "**Rotten Tomatoes**: 94%, 288 reviews") and the sentence
register (for /ask: "Rotten Tomatoes: 94% (288 reviews)"). A fact kind's wording changes here and
nowhere else, so the card, the answer and the trivia question never disagree.
"""

from __future__ import annotations

from .render import money_text

#: Display names of review aggregators, declared once.
SCORE_LABELS = {"rotten_tomatoes": "Rotten Tomatoes", "metacritic": "Metacritic", "cinemascore": "CinemaScore",
                "posttrak": "PostTrak"}
_PERCENT = {"rotten_tomatoes", "posttrak"}


def ordinal(n: int) -> str:
    """1 → "1st", 12 → "12th", 23 → "23rd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# --- scores ------------------------------------------------------------------------------------------
def score(s: dict, *, card: bool = True) -> str:
    """One aggregator score: its figure, review count, average and consensus words."""
    agg = s["aggregator"]
    label = SCORE_LABELS.get(agg, agg)
    if s.get("grade"):
        return f"**{label}**: {s['grade']}" if card else f"CinemaScore audiences gave it an average grade of {s['grade']}"
    figure = ""
    if s.get("score") is not None:
        figure = f"{s['score']:g}%" if agg in _PERCENT else f"{s['score']:g}/100"
    extra = []
    if s.get("count"):
        extra.append(f"{s['count']} reviews" if (agg == "rotten_tomatoes" or not card) else f"{s['count']} critics")
    if s.get("average") is not None:
        extra.append(f"average {s['average']:g}/{(s.get('average_scale') or 10):g}")
    if s.get("descriptor"):
        extra.append(f"“{s['descriptor']}”" if card else s["descriptor"])
    if card:
        parts = [p for p in [figure, *extra] if p]
        return f"**{label}**: " + (", ".join(parts) if parts else s.get("text", ""))
    return f"{label}: " + (figure or s.get("text", "")) + (f" ({', '.join(extra)})" if extra else "")


# --- money -------------------------------------------------------------------------------------------
def money(m: dict) -> str:
    """One figure from its parts: "over $12 million", "$3–4 million"."""
    amount = money_text(m["amount"], m["currency"])
    if m.get("amount_high"):
        amount += "–" + money_text(m["amount_high"], m["currency"])
    if m.get("qualifier"):
        amount = f"{m['qualifier']} {amount}"
    return amount


def money_as_stated(rows: list[dict]) -> str:
    """Figures as the article words them; the same figure given twice (a conversion, another
    section) is said once with the others: "₹100 crore (also given as $14 million)"."""
    seen: list[str] = []
    for r in rows:
        t = r["text"]
        if r["qualifier"] and r["qualifier"] not in t:
            t = f"{r['qualifier']} {t}"
        if t not in seen:
            seen.append(t)
    if not seen:
        return ""
    rest = seen[1:4]
    also = ", ".join(rest[:-1]) + (" and " if len(rest) > 1 else "") + rest[-1] if rest else ""
    return seen[0] + (f" (also given as {also})" if also else "")


# --- awards ------------------------------------------------------------------------------------------
def ceremony(a: dict) -> str:
    """The ceremony with its edition: "86th Example Awards", "1999 Example Awards", or its name."""
    if a.get("ordinal"):
        return f"{ordinal(a['ordinal'])} {a['ceremony']}"
    if a.get("year"):
        return f"{a['year']} {a['ceremony']}"
    return a.get("ceremony") or "Other"


def award(a: dict) -> str:
    """One award in a sentence: "Best Score (Jane Doe) at the 86th Example Awards"."""
    where = ceremony(a)
    who = f" ({a['recipient']})" if a.get("recipient") else ""
    return f"{a['category'] or 'an award'}{who} at the {where}".strip()
