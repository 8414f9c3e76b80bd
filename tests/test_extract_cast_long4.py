"""Cast classes of long articles written blind that the earlier frames missed (issue 9, the long-dev3 and
long-dev2 misses read as classes): a second part given in a plot's bracket by "also" ("Tam (also Osk)").
Invented sentences only; each asserts what a user would see (the player
with the right part, or no wrong part)."""

from __future__ import annotations

from bot.article import parse_article
from bot.extract import people
from bot.facts import CastFact

# The same invented lead and plot, and the same readers, as long-dev2's cast classes.
from tests.test_extract_cast_long2 import _parts


def _story(lead_cast: str, plot: str) -> dict[str, str]:
    text = (f"Other Tale\nOther Tale is a 1990 Ruritanian comedy film directed by Kip Morrow. It stars {lead_cast}.\n"
            f"Plot\n{plot}\n")
    return {f.actor: f.character for f in people.extract(parse_article(text)) if isinstance(f, CastFact)}


def test_a_second_part_in_a_plots_also_bracket():
    # the player billed in a dual role, whose one part the plot gives only as "(also Surname)"
    parts = _story("Lune Varga in a dual role, with Tam Osk",
                   "Twin brothers are parted at birth. Felix grows up in the city; Rudi Dorn (also Varga) becomes a "
                   "farmer. Rudi meets Mina (Osk).")
    assert parts["Lune Varga"] == "Rudi Dorn" and parts["Tam Osk"] == "Mina"
