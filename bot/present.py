"""How each kind of fact reads: one formatter per fact kind, used by the cards, /ask and trivia.

Handlers choose facts, these functions write them. Two registers where a surface needs them: the
card register (terse, for embed fields: "**Rotten Tomatoes**: 94%, 288 reviews") and the sentence
register (for /ask: "Rotten Tomatoes: 94% (288 reviews)"). A fact kind's wording changes here and
nowhere else, so the card, the answer and the trivia question never disagree.
"""

from __future__ import annotations

import re

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


def money_period(m: dict) -> str:
    """" (first day)": the part of the run a partial figure covers, as the article words it."""
    return f" ({m['period']})" if m.get("period") else ""


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


def section_label(path: str) -> str:
    """Where a figure was stated, as a card says it: the lead is "lead", a section its own heading
    ("Release > Box office" → "Box office")."""
    last = (path or "").rsplit(">", 1)[-1].strip()
    return last.lower() if last.lower() in ("lead", "infobox") else last


def money_figures(rows: list[dict]) -> str:
    """A kind of figure on a card: one figure when the article agrees with itself; when sections
    disagree, each figure with where it is stated, so the conflict is shown, not settled:
    "$12 million (lead) · $11.5 million (Box office)"."""
    figures: dict[str, list[str]] = {}
    for m in rows:
        where = section_label(m["source"]["section"])
        places = figures.setdefault(money(m), [])
        if where and where not in places:
            places.append(where)
    if len(figures) <= 1:
        return next(iter(figures), "")
    return " · ".join(f"{fig} ({', '.join(places)})" if places else fig for fig, places in figures.items())


# --- identity ----------------------------------------------------------------------------------------
def genres(values: list[str]) -> list[str]:
    """Genre words as a card lists them: each once, without a figure ("10-minute" is a length)."""
    out: list[str] = []
    for v in values:
        v = v.strip()
        if v and not any(ch.isdigit() for ch in v) and v.lower() not in (o.lower() for o in out):
            out.append(v)
    return out


# --- releases ----------------------------------------------------------------------------------------
RELEASE_LABELS = {
    "premiere": "Premiere",
    "limited": "Limited release",
    "wide": "Wide release",
    "release": "Release",
    "home_media": "Home media",
    "streaming": "Streaming",
    "rerelease": "Re-release",
}
#: Kinds of release that say when the film came out (home media and re-releases do not).
_FIRST_SHOWINGS = ("premiere", "release", "limited", "wide")


def release(r: dict) -> str:
    """One release in full: "**Wide release** January 10, 2000 in Example Land (3,000 theatres) by X"."""
    bits = [f"**{RELEASE_LABELS.get(r['kind'], r['kind'].replace('_', ' ').title())}**"]
    if r.get("date_text"):
        bits.append(r["date_text"])
    if r.get("event"):
        bits.append(f"at {r['event']}")
    if r.get("place"):
        bits.append(f"in {r['place']}")
    if r.get("theaters"):
        bits.append(f"({r['theaters']:,} theatres)")
    if r.get("distributor"):
        bits.append(f"by {r['distributor']}")
    return " ".join(bits)


def release_dates(rows: list[dict], limit: int = 2) -> list[str]:
    """A card's release dates: the earliest first showing (a premiere, a festival) and the first
    general release after it, each with what it was: "January 10, 2000 (wide release, Example Land)".
    Dates with a day come before a bare year; home media and re-releases are not release dates."""
    dated = [r for r in rows if r["kind"] in _FIRST_SHOWINGS and r.get("date") and r.get("date_text")]
    dated.sort(key=lambda r: (r["date"][:4], len(r["date"]) < 10, r["date"], not re.search(r"\d{4}", r["date_text"])))
    out: list[str] = []
    kinds: set[str] = set()
    for r in dated:
        group = "premiere" if r["kind"] == "premiere" else "release"
        if group in kinds or any(r["date_text"] in line for line in out):
            continue
        kinds.add(group)
        what = [RELEASE_LABELS[r["kind"]].lower()] + [w for w in (r.get("event"), r.get("place")) if w]
        out.append(f"{r['date_text']} ({', '.join(what)})")
        if len(out) >= limit:
            break
    return out


# --- provenance --------------------------------------------------------------------------------------
#: The licence line every card of a film read from Wikipedia carries.
WIKIPEDIA_ATTRIBUTION = "Text from Wikipedia, CC BY-SA 4.0"
LEAD_ONLY = "Lead paragraph only"
