"""Per-server trivia settings: defaults, bounds and validation, with no Discord and no database.

Why separate from storage: a setting arrives as a string from a slash command (or as a stored
JSON value written by an older FilmBot) and must be turned into a typed value, or refused with a
message a server admin understands, before anything is saved. ``store.py`` persists the result.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "DIFFICULTIES",
    "MODES",
    "SETTING_KEYS",
    "SettingError",
    "TriviaSettings",
    "validate_setting",
]

QUESTIONS_RANGE = (1, 50)
TIME_RANGE = (5, 120)  # seconds to answer one question
#: What a game itself accepts: a pack's Red CONFIG may ask for Red's minimum of 4 s and, Red having no
#: maximum, for longer than the server setting allows; a day keeps deadlines finite.
GAME_TIME_RANGE = (4, 86_400)
DELAY_RANGE = (1, 30)  # seconds between a reveal and the next question
MAX_SCORE_RANGE = (1, 100_000)
HINTS_RANGE = (0, 2)
MODES = ("typed", "buttons")
DIFFICULTIES = ("easy", "medium", "hard", "any")
MAX_CATEGORIES = 20
#: The smallest id with a non-zero timestamp part: anything below it is not a real snowflake.
SNOWFLAKE_MIN = 1 << 22
SNOWFLAKE_MAX = (1 << 63) - 1  # SQLite INTEGER is signed 64-bit

_OFF = {"", "none", "off", "no", "null", "disable", "disabled", "0"}
_ON = {"on", "yes", "true", "enable", "enabled", "1"}
_ANY = {"", "any", "all", "none", "*"}
_CATEGORY_RE = re.compile(r"[a-z0-9][a-z0-9 _:.-]{0,31}")
_DURATION_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(s|sec|secs|seconds?|m|mins?|minutes?)?")


class SettingError(ValueError):
    """A setting value that cannot be used; the message is shown to the admin as-is."""


@dataclass(frozen=True)
class TriviaSettings:
    """One server's trivia defaults. Absent keys in storage fall back to these values."""

    questions: int = 10
    time: int = 20
    delay: int = 5
    mode: str = "buttons"  # works without the privileged message content intent
    categories: tuple[str, ...] = ()  # empty = every category
    difficulty: str = "any"
    max_score: int | None = None  # None = play every question
    hints: int = 2
    host_role_id: int | None = None
    spoilers: bool = False  # reveal answers in spoiler tags (Red's use_spoilers, for every game here)

    def with_value(self, key: str, value: Any) -> TriviaSettings:
        """A copy with ``key`` set to the validated ``value`` (raises SettingError)."""
        return dataclasses.replace(self, **{key: validate_setting(key, value)})

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["categories"] = list(self.categories)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> TriviaSettings:
        """Tolerant load: unknown keys are dropped and invalid stored values fall back to the
        default, so one bad row (or a rename between versions) never breaks a server's games."""
        settings = cls()
        for key, value in (data or {}).items():
            if key in SETTING_KEYS:
                try:
                    settings = settings.with_value(key, value)
                except SettingError:
                    pass
        return settings


SETTING_KEYS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(TriviaSettings))


def validate_setting(key: str, value: Any) -> Any:
    """Turn ``value`` (a typed value or the text a user typed) into the typed value for ``key``.

    Raises :class:`SettingError` with a one-line, friendly message for unknown keys and for
    absurd values ("time must be between 5 and 120 seconds, not 3000")."""
    validator = _VALIDATORS.get(key)
    if validator is None:
        raise SettingError(f"unknown setting {key!r}; settings are: {', '.join(SETTING_KEYS)}")
    return validator(value)


# --- validators ---------------------------------------------------------------------------------


def _text(value: Any) -> str:
    return str(value).strip().lower() if value is not None else ""


def _int_in(value: Any, lo: int, hi: int, what: str, unit: str = "") -> int:
    """An integer in [lo, hi]; accepts ints, integral floats and digit strings."""
    if isinstance(value, bool):
        raise SettingError(f"{what} must be a whole number from {lo} to {hi}{unit}")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*[-+]?\d{1,20}\s*", value):
        value = int(value)
    if not isinstance(value, int):
        raise SettingError(f"{what} must be a whole number from {lo} to {hi}{unit}, not {str(value)[:40]!r}")
    if not lo <= value <= hi:
        raise SettingError(f"{what} must be between {lo} and {hi}{unit}, not {value}")
    return value


def _seconds(value: Any, lo: int, hi: int, what: str) -> int:
    """Seconds, also written as "30s", "2m" or "1 minute"; fractions are rounded."""
    if isinstance(value, str):
        m = _DURATION_RE.fullmatch(value.strip().lower())
        if m:
            number = float(m.group(1)) * (60 if (m.group(2) or "s").startswith("m") else 1)
            value = round(number)
    elif isinstance(value, float) and not isinstance(value, bool):
        value = round(value) if value == value and abs(value) < 1e9 else value
    return _int_in(value, lo, hi, what, " seconds")


def _questions(value: Any) -> int:
    return _int_in(value, *QUESTIONS_RANGE, "the number of questions")


def _time(value: Any) -> int:
    return _seconds(value, *TIME_RANGE, "time")


def _delay(value: Any) -> int:
    return _seconds(value, *DELAY_RANGE, "delay")


def _hints(value: Any) -> int:
    return _int_in(value, *HINTS_RANGE, "hints per question")


def _mode(value: Any) -> str:
    text = _text(value)
    if text not in MODES:
        raise SettingError(f"mode must be 'typed' or 'buttons', not {str(value)[:40]!r}")
    return text


def _difficulty(value: Any) -> str:
    text = _text(value) or "any"
    if text not in DIFFICULTIES:
        raise SettingError(f"difficulty must be one of {', '.join(DIFFICULTIES)}, not {str(value)[:40]!r}")
    return text


def _categories(value: Any) -> tuple[str, ...]:
    """A comma-separated string or a list; "any"/"all" (or nothing) means every category."""
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)):
        raise SettingError("categories must be a comma-separated list of category names")
    out: list[str] = []
    for item in items:
        name = _text(item)
        if name in _ANY:
            continue
        if not _CATEGORY_RE.fullmatch(name):
            raise SettingError(f"{str(item)[:40]!r} is not a category name (letters, digits, - _ : only, up to 32)")
        if name not in out:
            out.append(name)
    if len(out) > MAX_CATEGORIES:
        raise SettingError(f"at most {MAX_CATEGORIES} categories, not {len(out)}")
    return tuple(out)


def _max_score(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and _text(value) in _OFF) or value == 0:
        return None
    return _int_in(value, *MAX_SCORE_RANGE, "max score", " points (or 'none')")


def _host_role_id(value: Any) -> int | None:
    """A role id, a ``<@&id>`` mention, or none/off to let anyone host."""
    if value is None or (isinstance(value, str) and _text(value) in _OFF):
        return None
    if isinstance(value, str):
        m = re.fullmatch(r"\s*(?:<@&)?(\d{1,20})>?\s*", value)
        if not m:
            raise SettingError(f"host role must be a role id or mention, or 'none', not {value[:40]!r}")
        value = int(m.group(1))
    if isinstance(value, bool) or not isinstance(value, int) or not SNOWFLAKE_MIN <= value <= SNOWFLAKE_MAX:
        raise SettingError(f"host role must be a Discord role id, or 'none', not {str(value)[:40]!r}")
    return value


def _on_off(what: str):
    def check(value: Any) -> bool:
        if isinstance(value, bool):
            return value
        text = _text(value)
        if text in _ON:
            return True
        if text in _OFF - {""}:
            return False
        raise SettingError(f"{what} must be on or off, not {str(value)[:40]!r}")

    return check


_VALIDATORS = {
    "questions": _questions,
    "time": _time,
    "delay": _delay,
    "mode": _mode,
    "categories": _categories,
    "difficulty": _difficulty,
    "max_score": _max_score,
    "hints": _hints,
    "host_role_id": _host_role_id,
    "spoilers": _on_off("spoilers"),
}
