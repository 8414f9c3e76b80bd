"""Typed trivia answers the way players write them: "i think it's zorbel" counts, "zorbel or quintar" doesn't.

Why not just grade the whole message: players chat. Red-DiscordBot, whose lists hosts bring, accepts a
message when one of its words is an answer (or, for an answer of several words, when the answer
occurs anywhere in it), and its players write "i think it's zorbel". Red's rule is also too loose
twice over: an answer found inside another word ("air" in "chair" when the answer has a space in it,
as "hot air"), and a message that names every option wins.

So a typed answer is right when:

1. the whole message is the answer, graded strictly by :func:`bot.matching.grade_answer` (typos,
   case, accents, a surname alone for a person, "five" = "5", money by value); or
2. the message is short (at most :data:`MAX_EXTRA_WORDS` words besides the answer) and a run of its
   *whole words* is the answer, graded by the same strict rule: "air" is never found in "chair";
3. and, in case 2, no other run of its words is another option of the question: one of its wrong
   options (generated questions carry three, typed games included), or an option the question
   lists itself ("A) … B) …", as some of Red's lists do). Naming two candidates earns nothing.

Pure functions, no Discord: :class:`bot.trivia.session.Game` calls :func:`accepts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..matching import grade_answer

__all__ = ["MAX_EXTRA_WORDS", "accepts", "listed_options", "other_options"]

#: Words a message may have besides the answer and still count ("pretty sure the answer is X" is 5).
MAX_EXTRA_WORDS = 8
Grader = Callable[..., bool]

#: Punctuation around a word that is not part of it ("zorbel?", "'zorbel'", "(zorbel)"); "$" and inner
#: marks ("it's", "12.5m") stay.
_EDGE = "\"'“”‘’«».,!?;:()[]{}…*_~`"
#: "A) text", "b. text", "(C) text" on a line of its own: an option the question lists.
_OPTION_LINE = re.compile(r"^\s*\(?([A-Za-z])[).:]\s+(\S.*?)\s*$", re.MULTILINE)


def _words(message: str) -> list[str]:
    return [w for w in (t.strip(_EDGE) for t in message.split()) if w]


def _find(words: list[str], targets: Sequence[str], kind: str, grade: Grader) -> tuple[int, int] | None:
    """The longest run of whole words that grades as one of ``targets`` (start, end), or None."""
    longest = min(len(words), max(len(t.split()) for t in targets) + 1)
    for size in range(longest, 0, -1):
        for start in range(len(words) - size + 1):
            if grade(" ".join(words[start : start + size]), list(targets), kind=kind):
                return start, start + size
    return None


def accepts(
    message: str,
    answers: Sequence[str],
    *,
    kind: str = "text",
    others: Sequence[str] = (),
    grade: Grader = grade_answer,
) -> bool:
    """Is this typed message a right answer? (The rule is in the module docstring.)"""
    answers = [a for a in answers if a and a.strip()]
    if not answers or not message or not message.strip():
        return False
    if grade(message, answers, kind=kind):
        return True
    words = _words(message)
    most = max(len(a.split()) for a in answers) + 1 + MAX_EXTRA_WORDS
    if not words or len(words) > most:
        return False
    span = _find(words, answers, kind, grade)
    if span is None:
        return False
    start, end = span
    if len(words) - (end - start) > MAX_EXTRA_WORDS:
        return False
    others = [o for o in others if o and o.strip()]
    if others:
        for rest in (words[:start], words[end:]):
            if rest and _find(rest, others, kind, grade) is not None:
                return False
    return True


@lru_cache(maxsize=512)
def listed_options(text: str) -> tuple[tuple[str, str], ...]:
    """The options a question lists on lines of their own, as (letter, text): at least two, lettered
    in order from A, as in "Who am I?\\nA) One\\nB) Two"; otherwise none."""
    found = [(m.group(1).upper(), m.group(2)) for m in _OPTION_LINE.finditer(text)]
    letters = "".join(letter for letter, _ in found)
    if len(found) < 2 or letters != "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[: len(found)]:
        return ()
    return tuple(found)


def other_options(text: str, answers: Sequence[str], distractors: Sequence[str] = ()) -> tuple[str, ...]:
    """The wrong options of a question: its distractors, and the options it lists itself except the
    one the answers name (by its letter or its text)."""
    accepted = {a.strip().casefold() for a in answers}
    listed = tuple(
        option for letter, option in listed_options(text)
        if letter.casefold() not in accepted and option.strip().casefold() not in accepted
    )
    return (*(str(d) for d in distractors), *listed)
