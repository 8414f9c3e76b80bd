"""Custom question packs in Red-DiscordBot's trivia list format (YAML), validated and stored per guild.

A pack file looks like::

    AUTHOR: Jane                         # optional
    DESCRIPTION: Films of the 1990s      # optional
    CONFIG:                              # optional: Red's keys, with Red's ranges
      delay: 30                          # seconds to answer (4 or more)
      max_score: 10                      # right answers needed to win
    Who directed the film about the lighthouse keeper?:
      - Anna Example
      - Example

Why Red's rules, exactly: hosts bring lists written for Red-DiscordBot (its 54 bundled lists among
them), and a list that plays in Red must import here unchanged, every question and answer intact.
So the checks are those of Red's ``redbot/cogs/trivia/schema.py``: ``AUTHOR`` (up to 1,000
characters), ``DESCRIPTION`` and ``$schema`` are optional; a question is a text key; its answers are a
list of text, numbers or true/false; there is no cap on the number of questions; ``CONFIG`` takes
Red's keys with Red's ranges (``delay`` ≥ 4, ``timeout`` > 0, ``max_score`` ≥ 1, …). Answers are
read as Red's session reads them (its ``_parse_answers``): a YAML number becomes Python's ``str`` of
it (``- 07`` is "7", ``- 1.50`` is "1.5"), ``- yes``/``- true``/``- on`` become "True", "Yes", "On"
and their opposites "False", "No", "Off", and repeated answers are dropped. Where Red would
misbehave instead of refusing (an empty answer list, an empty answer that matches any message with
a double space), we refuse with the reason.

Why so defensive: packs are uploaded by strangers. We read them with a *safe* loader only (no
Python objects), refuse anchors/aliases and custom tags before anything is built (so
"billion laughs" alias bombs never expand), cap size, node count and nesting, and report every
problem at once, with its line, in plain words, because "invalid YAML" helps nobody fix a
400-line file. Every failure is a :class:`PackError`; nothing else escapes :func:`parse_pack`.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..matching import grade_answer, parse_number
from .settings import GAME_TIME_RANGE, QUESTIONS_RANGE

__all__ = [
    "CONFIG_RULES",
    "MAX_BYTES",
    "Pack",
    "PackError",
    "PackInfo",
    "PackQuestion",
    "parse_pack",
]

#: A safety bound on what we parse on the event loop, not a question cap: Red's largest bundled
#: list is 93 KB (1,003 questions), so this leaves room for lists nearly three times that.
MAX_BYTES = 256 * 1024
#: Red has no limit of its own on question and answer text, but it sends a question, and reveals an
#: answer, in one Discord message (2,000 characters, less its short header): what plays there fits here.
MAX_QUESTION_CHARS = 1900
MAX_ANSWER_CHARS = 1900
MAX_ANSWERS = 100  # per question; Red has none, its own lists use at most 17
MAX_AUTHOR_CHARS = 1000  # Red's limit
MAX_DESCRIPTION_CHARS = 1000  # Red allows 200; more is harmless and /trivia pack info shows it
MAX_NODES = 50_000  # Red's largest list has ~5,000 YAML values
MAX_DEPTH = 6  # a legitimate pack nests 3 deep (document → CONFIG/answers → value)
MAX_PACKS_PER_GUILD = 100
MAX_PROBLEM_LINES = 10
NAME_RE = re.compile(r"[a-z0-9_-]{1,32}")
RESERVED = ("AUTHOR", "DESCRIPTION", "CONFIG", "$schema")
#: How Red reads a YAML boolean answer (``- yes`` is True): all three words are accepted answers.
BOOL_ANSWERS = {True: ("True", "Yes", "On"), False: ("False", "No", "Off")}
#: The only tags a pack needs; "!!python/…" tags also live under tag:yaml.org, so whitelist.
_ALLOWED_TAGS = {"!"} | {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "seq", "map")}


@dataclass(frozen=True)
class ConfigRule:
    """One CONFIG key as Red's schema checks it: a whole number, a number or true/false, with Red's
    lower bound (``above``: strictly greater, as Red's ``timeout``), and what it means to a host."""

    kind: str  # "int", "number" or "bool"
    low: float = 0.0
    above: bool = False
    meaning: str = ""

    def describe(self) -> str:
        if self.kind == "bool":
            return "true or false"
        what = "a whole number" if self.kind == "int" else "a number"
        return f"{what} {'above' if self.above else 'of at least'} {self.low:g}"


#: Red's CONFIG keys and ranges (redbot/cogs/trivia/schema.py); no upper bounds, as in Red.
CONFIG_RULES: dict[str, ConfigRule] = {
    "max_score": ConfigRule("int", 1, meaning="right answers a player needs to win"),
    "delay": ConfigRule("number", 4, meaning="seconds to answer each question"),
    "timeout": ConfigRule("number", 0, above=True, meaning="seconds without any answer before the game stops"),
    "bot_plays": ConfigRule("bool", meaning="the bot takes the point when nobody answers"),
    "reveal_answer": ConfigRule("bool", meaning="show the answer when nobody gets it"),
    "use_spoilers": ConfigRule("bool", meaning="show answers in spoiler tags"),
    "payout_multiplier": ConfigRule("number", 0, meaning="Red's currency payout"),
}
#: Accepted for compatibility and said so in the upload reply: FilmBot has no economy.
IGNORED_CONFIG = ("payout_multiplier",)

try:  # the C loader is the same safe loader, ~10× faster on a 256 KB file
    _SafeLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _SafeLoader = yaml.SafeLoader


class PackError(ValueError):
    """A pack that can't be used; ``problems`` lists every reason, ``str()`` the first ten."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems) or ["invalid pack"]
        lines = self.problems
        if len(lines) > MAX_PROBLEM_LINES:
            extra = len(lines) - (MAX_PROBLEM_LINES - 1)
            lines = [*lines[: MAX_PROBLEM_LINES - 1], f"… and {extra} more problems"]
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class PackQuestion:
    """A pack question, shaped like ``bot.trivia.questions.Question`` so games take either."""

    text: str
    answers: tuple[str, ...]
    category: str
    id: str
    distractors: tuple[str, ...] = ()
    difficulty: str = "any"
    kind: str = "text"
    film_id: int | None = None
    film_title: str = ""
    source_section: str = ""
    source_sentence: str = ""


def is_yes_no(answers: Sequence[str]) -> bool:
    """Answers read from a YAML boolean (``- yes``): a yes/no question, whose right option would
    stand out among other questions' answers, so buttons games leave it to typed games."""
    return tuple(answers[:3]) in BOOL_ANSWERS.values()


@dataclass(frozen=True)
class Pack:
    name: str
    author: str  # "" when the pack names none (optional, as in Red)
    description: str = ""
    config: dict[str, Any] = field(default_factory=dict)
    entries: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (question, accepted answers)
    #: What the upload reply should tell the host (ignored keys, repeated questions, large lists);
    #: not stored, so not compared.
    notes: tuple[str, ...] = field(default=(), compare=False)

    @property
    def category(self) -> str:
        return f"pack:{self.name}"

    @property
    def supports_buttons(self) -> bool:
        """Buttons mode draws wrong options from the other answers, so it needs ≥ 4 questions."""
        return sum(1 for _text, answers in self.entries if not is_yes_no(answers)) >= 4

    def questions(self, *, distractors: bool = False, seed: int | str = 0) -> list[PackQuestion]:
        """The pack as game questions. With ``distractors=True`` (buttons mode) each question
        gets 3 wrong options drawn from other questions' answers, preferring answers of the
        same shape (numbers for numbers); questions that can't get 3, and yes/no questions, are
        left out."""
        out = []
        for i, (text, answers) in enumerate(self.entries):
            wrong: tuple[str, ...] = ()
            if distractors:
                if is_yes_no(answers):
                    continue
                wrong = self._distractors(i, seed)
                if len(wrong) < 3:
                    continue
            out.append(PackQuestion(text, answers, self.category, f"{self.category}:{i}", wrong))
        return out

    def _distractors(self, index: int, seed: int | str) -> tuple[str, ...]:
        accepted = list(self.entries[index][1])
        numeric = parse_number(accepted[0]) is not None
        seen: set[str] = set()
        same: list[str] = []
        other: list[str] = []
        for j, (_text, answers) in enumerate(self.entries):
            candidate = answers[0]
            key = candidate.casefold().strip()
            if j == index or key in seen or is_yes_no(answers) or grade_answer(candidate, accepted):
                continue
            seen.add(key)
            (same if (parse_number(candidate) is not None) == numeric else other).append(candidate)
        rng = random.Random(f"{seed}:{self.name}:{index}")
        rng.shuffle(same)
        rng.shuffle(other)
        return tuple((same + other)[:3])

    def game_overrides(self) -> dict[str, Any]:
        """GameConfig fields this pack's CONFIG asks for (pass to ``GameConfig.from_settings``),
        each with Red's meaning: ``max_score`` counts right answers, ``timeout`` is seconds
        without any answer, ``bot_plays`` gives the bot the point nobody took."""
        c = self.config
        out: dict[str, Any] = {}
        if "delay" in c:
            out["time_limit"] = min(float(c["delay"]), float(GAME_TIME_RANGE[1]))
        if "max_score" in c:
            out["target_correct"] = int(c["max_score"])
        if "timeout" in c:
            out["idle_timeout"] = float(c["timeout"])
        for key in ("reveal_answer", "bot_plays", "use_spoilers"):
            if key in c:
                out[key] = bool(c[key])
        return out

    def config_summary(self) -> list[str]:
        """The CONFIG in a host's words, one line per key ("delay: 30 — seconds to answer …")."""
        lines = []
        for key, value in self.config.items():
            rule = CONFIG_RULES.get(key)
            shown = ("yes" if value else "no") if isinstance(value, bool) else f"{value:g}"
            meaning = "accepted, ignored: FilmBot has no currency" if key in IGNORED_CONFIG else (rule.meaning if rule else "")
            lines.append(f"{key}: {shown} — {meaning}")
        return lines

    def to_json(self) -> tuple[str, str]:
        """(config JSON, questions JSON) as stored."""
        questions = [[text, list(answers)] for text, answers in self.entries]
        return json.dumps(self.config, sort_keys=True), json.dumps(questions, ensure_ascii=False)


@dataclass(frozen=True)
class PackInfo:
    name: str
    author: str
    description: str
    questions: int
    created_by: int
    created_at: str


# --- parsing ------------------------------------------------------------------------------------------


def parse_pack(name: str, data: bytes | str) -> Pack:
    """Validate a pack file and return it; raise PackError listing every problem found."""
    try:
        return _parse(name, data)
    except PackError:
        raise
    except Exception as exc:  # a bug or a parser corner case must still read as a pack problem
        raise PackError([f"could not read the pack ({type(exc).__name__})"]) from None


def _parse(name: str, data: bytes | str) -> Pack:
    problems: list[str] = []
    clean_name = _check_name(name)
    if clean_name is None:
        problems.append(f"pack name {_short(name)!r} must be 1–32 characters of a-z, 0-9, _ or -")
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if len(raw) > MAX_BYTES:
        raise PackError([*problems, f"the file is {len(raw) // 1024} KB; the limit is {MAX_BYTES // 1024} KB"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError([*problems, f"the file is not UTF-8 text (bad byte at position {exc.start})"]) from None
    if "\x00" in text:
        raise PackError([*problems, "the file is not text (it contains NUL bytes)"])
    before = len(problems)
    _prescan(text, problems)
    if len(problems) > before:  # nothing is built from a file with aliases or foreign tags
        raise PackError(problems)
    doc, lines = _load(text, problems)
    if not isinstance(doc, dict):
        problems.append("the file must be a mapping of `question: [answers]` lines")
        raise PackError(problems)
    author = _check_text(doc, "AUTHOR", MAX_AUTHOR_CHARS, problems)
    description = _check_text(doc, "DESCRIPTION", MAX_DESCRIPTION_CHARS, problems)
    if "$schema" in doc and not isinstance(doc["$schema"], str):
        problems.append("$schema must be text (the address of a schema), or left out")
    config = _check_config(doc["CONFIG"], problems) if "CONFIG" in doc else {}
    entries = _check_questions(doc, lines, problems)
    if problems:
        raise PackError(problems)
    return Pack(clean_name or "", author, description, config, tuple(entries), _notes(config, entries, lines))


def _notes(config: dict[str, Any], entries: list[tuple[str, tuple[str, ...]]], lines: dict[Any, list[int]]) -> tuple[str, ...]:
    """What a host should hear about an accepted pack: nothing is dropped silently."""
    notes = []
    if len(entries) > QUESTIONS_RANGE[1]:
        notes.append(f"All {len(entries):,} questions kept, in one pack: each game draws up to "
                     f"{QUESTIONS_RANGE[1]} of them at random.")
    repeated = [key for key, at in lines.items() if len(at) > 1 and isinstance(key, str) and key not in RESERVED]
    if repeated:
        where = ", ".join(f"lines {' and '.join(map(str, lines[k]))}" for k in repeated[:3])
        notes.append(f"{len(repeated)} question(s) appear more than once ({where}); as in Red, each is asked "
                     "once, with the answers written last.")
    yes_no = sum(1 for _text, answers in entries if is_yes_no(answers))
    if yes_no:
        notes.append(f"{yes_no} yes/no question(s) (answers read as Red does: yes/true/on or no/false/off) "
                     "are asked in typed games only.")
    if "delay" in config and config["delay"] > GAME_TIME_RANGE[1]:
        notes.append(f"CONFIG delay is {config['delay']:g} s; FilmBot waits at most {GAME_TIME_RANGE[1]:,} s "
                     "(a day) for an answer.")
    for key in IGNORED_CONFIG:
        if key in config:
            notes.append(f"CONFIG {key} is accepted and ignored: FilmBot has no currency to pay out.")
    return tuple(notes)


def _check_name(name: Any) -> str | None:
    if not isinstance(name, str):
        return None
    clean = name.strip().lower()
    for suffix in (".yaml", ".yml"):
        if clean.endswith(suffix):
            clean = clean[: -len(suffix)]
    return clean if NAME_RE.fullmatch(clean) else None


def _prescan(text: str, problems: list[str]) -> None:
    """Walk the YAML *events* (nothing is constructed yet) and note what a pack never needs:
    anchors and aliases (alias bombs), custom tags (objects) and several documents, each with its
    line; stop at once on deep nesting, absurd node counts and syntax errors. Linear in the input,
    which is already capped at 256 KB."""
    nodes = depth = documents = 0
    aliases: list[int] = []
    tags: list[tuple[str, int]] = []
    try:
        for event in yaml.parse(text, Loader=_SafeLoader):
            line = event.start_mark.line + 1
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                aliases.append(line)
            tag = getattr(event, "tag", None)
            if tag and tag not in _ALLOWED_TAGS:
                tags.append((tag.replace("tag:yaml.org,2002:", "!!")[:40], line))
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents == 2:
                    problems.append(f"line {line}: the file must contain a single YAML document (remove the extra ---)")
            if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
                nodes += 1
                if nodes > MAX_NODES:
                    raise PackError([*problems, f"the file has more than {MAX_NODES} YAML values; is it really a pack?"])
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise PackError([*problems, "the file is nested too deeply to be a pack"])
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as exc:
        if "nesting depth" in str(exc):  # libyaml's own guard, at 1000 levels
            raise PackError([*problems, "the file is nested too deeply to be a pack"]) from None
        raise PackError([*problems, *_scan_problems(aliases, tags), f"not valid YAML: {_yaml_problem(exc)}"]) from None
    problems.extend(_scan_problems(aliases, tags))


def _scan_problems(aliases: list[int], tags: list[tuple[str, int]]) -> list[str]:
    out = []
    if aliases:
        out.append(f"YAML anchors and aliases (& and *) are not allowed in packs ({_lines(aliases)})")
    for tag, line in tags[:5]:
        out.append(f"line {line}: custom YAML tags like {tag!r} are not allowed in packs")
    if len(tags) > 5:
        out.append(f"… and {len(tags) - 5} more custom YAML tags")
    return out


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(map(str, sorted(set(numbers))[:5]))
    return f"line{'s' if len(set(numbers)) > 1 else ''} {shown}{'…' if len(set(numbers)) > 5 else ''}"


def _load(text: str, problems: list[str]) -> tuple[Any, dict[Any, list[int]]]:
    """The document, and the line(s) of each top-level key (a question written twice has two),
    so problems can say where they are. Same safe loader as ``yaml.safe_load``."""
    loader = _SafeLoader(text)
    try:
        node = loader.get_single_node()
        lines: dict[Any, list[int]] = {}
        if isinstance(node, yaml.MappingNode):
            for key_node, _value in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    lines.setdefault(loader.construct_object(key_node), []).append(key_node.start_mark.line + 1)
        doc = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        raise PackError([*problems, f"not valid YAML: {_yaml_problem(exc)}"]) from None
    except (ValueError, OverflowError, RecursionError, TypeError) as exc:
        raise PackError([*problems, f"not valid YAML: {exc}"[:200]]) from None
    finally:
        loader.dispose()
    return doc, lines


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """One line from PyYAML's multi-line message: what went wrong and where."""
    lines = str(exc).splitlines()
    problem = getattr(exc, "problem", None) or (lines[0] if lines else "syntax error")
    mark = getattr(exc, "problem_mark", None)
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
    return f"{problem}{where}"[:200]


def _check_text(doc: dict, key: str, limit: int, problems: list[str]) -> str:
    """AUTHOR or DESCRIPTION: optional text (an empty line counts as absent)."""
    value = doc.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        problems.append(f"{key} must be text (put it in quotes)")
        return ""
    if len(value) > limit:
        problems.append(f"{key} is {len(value):,} characters; the limit is {limit:,}")
        return ""
    return value.strip()


def _check_config(config: Any, problems: list[str]) -> dict[str, Any]:
    if config is None:
        return {}
    if not isinstance(config, dict):
        problems.append("CONFIG must be a mapping like `CONFIG: {delay: 30}`")
        return {}
    out: dict[str, Any] = {}
    for key, value in config.items():
        rule = CONFIG_RULES.get(key) if isinstance(key, str) else None
        if rule is None:
            problems.append(f"CONFIG: unknown key {_short(key)!r} (Red's keys are: {', '.join(CONFIG_RULES)})")
            continue
        if rule.kind == "bool":
            ok = isinstance(value, bool)
        elif isinstance(value, bool) or not isinstance(value, (int, float)):
            ok = False
        elif rule.kind == "int":
            ok = isinstance(value, int) and value >= rule.low
        else:
            ok = math.isfinite(value) and (value > rule.low if rule.above else value >= rule.low)
        if ok:
            out[key] = value
        else:
            shown = repr(_short(value)) if isinstance(value, str) else _short(value)
            problems.append(f"CONFIG: {key} must be {rule.describe()}, not {shown}")
    return out


def _check_questions(doc: dict, lines: dict[Any, list[int]], problems: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    keys = [k for k in doc if not (isinstance(k, str) and k in RESERVED)]
    if not keys:
        problems.append("the pack has no questions (add lines like `Who directed X?: [Name]`)")
        return []
    entries = []
    for number, key in enumerate(keys, start=1):
        at = lines.get(key)
        where = f"question {number}" + (f" (line {at[0]})" if at else "")
        entry = _check_question(where, key, doc[key], problems)
        if entry is not None:
            entries.append(entry)
    return entries


def _check_question(where: str, key: Any, value: Any, problems: list[str]) -> tuple[str, tuple[str, ...]] | None:
    start = len(problems)
    text = ""
    if isinstance(key, str) and key.strip():
        text = key.strip()
        where = f"{where} {_short(text)!r}"
        if len(text) > MAX_QUESTION_CHARS:
            problems.append(f"{where}: the question is {len(text):,} characters; the limit is {MAX_QUESTION_CHARS:,}")
    elif key is None or isinstance(key, str):
        problems.append(f"{where}: the question is empty")
    else:  # Red reads only text keys as questions
        problems.append(f"{where}: the question {_short(key)!r} {_what(key)}; put it in quotes")
    if not isinstance(value, list) or not value:
        problems.append(f"{where}: answers must be a non-empty list, like `[answer one, answer two]`")
        return None
    if len(value) > MAX_ANSWERS:
        problems.append(f"{where}: {len(value)} answers; the limit is {MAX_ANSWERS}")
        return None
    answers: list[str] = []
    for i, answer in enumerate(value, start=1):
        for clean in _check_answer(f"{where}: answer {i}", answer, problems):
            if clean not in answers:
                answers.append(clean)
    return (text, tuple(answers)) if len(problems) == start else None


def _check_answer(where: str, answer: Any, problems: list[str]) -> tuple[str, ...]:
    """The answer as the strings Red would compare (a boolean gives three), or () with a problem."""
    if isinstance(answer, bool):
        return BOOL_ANSWERS[answer]
    if isinstance(answer, (int, float)):
        return (str(answer),)  # as Red: "- 07" is 7 is "7", "- 1.50" is "1.5"
    if not isinstance(answer, str):
        problems.append(f"{where} {_what(answer)}; answers must be text, numbers or yes/no (quote it)")
        return ()
    text = answer.strip()
    if not text:
        problems.append(f"{where} is empty")
        return ()
    if len(text) > MAX_ANSWER_CHARS:
        problems.append(f"{where} is {len(text):,} characters; the limit is {MAX_ANSWER_CHARS:,}")
        return ()
    return (text,)


def _what(value: Any) -> str:
    """What a YAML value that isn't text turned out to be, in words."""
    if value is None:
        return "is empty"
    if isinstance(value, bool):
        return "reads as true/false"
    if isinstance(value, (int, float)):
        return "is a number"
    if isinstance(value, (dt.date, dt.datetime)):
        return "is a date"
    if isinstance(value, list):
        return "is a list"
    if isinstance(value, dict):
        return "is a mapping"
    return "is not text"


def _short(value: Any, limit: int = 40) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
