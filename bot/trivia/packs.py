"""Custom question packs in Red-DiscordBot's trivia list format (YAML), validated and stored per guild.

A pack file looks like::

    AUTHOR: Jane
    DESCRIPTION: Films of the 1990s      # optional
    CONFIG:                              # optional
      delay: 30                          # seconds to answer
      max_score: 10                      # correct answers to win
    Who directed the film about the lighthouse keeper?:
      - Anna Example
      - Example

Why so defensive: packs are uploaded by strangers. We read them with a *safe* loader only (no
Python objects), refuse anchors/aliases and custom tags before anything is built (so
"billion laughs" alias bombs never expand), cap size, node count and nesting, and report every
problem at once in plain words, because "invalid YAML" helps nobody fix a 400-line file.
Every failure is a :class:`PackError`; nothing else escapes :func:`parse_pack`.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import aiosqlite
import yaml

from ..matching import grade_answer, parse_number
from .store import write_transaction

__all__ = [
    "MAX_BYTES",
    "MAX_QUESTIONS",
    "Pack",
    "PackError",
    "PackInfo",
    "PackQuestion",
    "delete_pack",
    "get_pack",
    "list_packs",
    "parse_pack",
    "save_pack",
]

MAX_BYTES = 256 * 1024
MAX_QUESTIONS = 500
MAX_QUESTION_CHARS = 300
MAX_ANSWER_CHARS = 200
MAX_ANSWERS = 50  # per question
MAX_AUTHOR_CHARS = 100
MAX_DESCRIPTION_CHARS = 1000
MAX_NODES = 50_000  # a legitimate pack has at most ~500 × (1 + answers) nodes
MAX_DEPTH = 6  # a legitimate pack nests 3 deep (document → CONFIG/answers → value)
MAX_PACKS_PER_GUILD = 100
MAX_PROBLEM_LINES = 10
NAME_RE = re.compile(r"[a-z0-9_-]{1,32}")
RESERVED = ("AUTHOR", "DESCRIPTION", "CONFIG")
#: The only tags a pack needs; "!!python/…" tags also live under tag:yaml.org, so whitelist.
_ALLOWED_TAGS = {"!"} | {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "seq", "map")}

#: CONFIG keys Red's format allows: key → (type, low, high). Bounds keep games sane.
CONFIG_SPEC: dict[str, tuple[type, float, float]] = {
    "max_score": (int, 1, 100),  # correct answers needed to win (Red's meaning)
    "delay": (float, 5, 120),  # seconds to answer a question
    "timeout": (float, 5, 3600),  # seconds without any answer before the game stops
    "bot_plays": (bool, 0, 1),  # accepted for compatibility; FilmBot never plays
    "reveal_answer": (bool, 0, 1),
    "use_spoilers": (bool, 0, 1),
    "payout_multiplier": (float, 0, 1000),  # accepted for compatibility; there is no economy
}

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


@dataclass(frozen=True)
class Pack:
    name: str
    author: str
    description: str = ""
    config: dict[str, Any] = field(default_factory=dict)
    entries: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (question, accepted answers)

    @property
    def category(self) -> str:
        return f"pack:{self.name}"

    @property
    def supports_buttons(self) -> bool:
        """Buttons mode draws wrong options from the other answers, so it needs ≥ 4 questions."""
        return len(self.entries) >= 4

    def questions(self, *, distractors: bool = False, seed: int | str = 0) -> list[PackQuestion]:
        """The pack as game questions. With ``distractors=True`` (buttons mode) each question
        gets 3 wrong options drawn from other questions' answers, preferring answers of the
        same shape (numbers for numbers); questions that can't get 3 are left out."""
        out = []
        for i, (text, answers) in enumerate(self.entries):
            wrong: tuple[str, ...] = ()
            if distractors:
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
            if j == index or key in seen or grade_answer(candidate, accepted):
                continue
            seen.add(key)
            (same if (parse_number(candidate) is not None) == numeric else other).append(candidate)
        rng = random.Random(f"{seed}:{self.name}:{index}")
        rng.shuffle(same)
        rng.shuffle(other)
        return tuple((same + other)[:3])

    def game_overrides(self) -> dict[str, Any]:
        """GameConfig fields this pack's CONFIG asks for (pass to ``GameConfig.from_settings``).

        Red counts one point per correct answer; FilmBot gives ~1000, so ``max_score: 10``
        becomes 10 000 points, and ``timeout`` becomes a number of unanswered questions."""
        c = self.config
        out: dict[str, Any] = {}
        if "delay" in c:
            out["time_limit"] = float(c["delay"])
        if "max_score" in c:
            out["max_score"] = min(100_000, int(c["max_score"]) * 1000)
        if "reveal_answer" in c:
            out["reveal_answer"] = bool(c["reveal_answer"])
        if "timeout" in c:
            per_question = float(c.get("delay", 20))
            out["idle_limit"] = max(1, min(10, math.ceil(float(c["timeout"]) / per_question)))
        return out

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
    clean_name = _check_name(name)
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    if len(raw) > MAX_BYTES:
        raise PackError([f"the file is {len(raw) // 1024} KB; the limit is {MAX_BYTES // 1024} KB"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError([f"the file is not UTF-8 text (bad byte at position {exc.start})"]) from None
    if "\x00" in text:
        raise PackError(["the file is not text (it contains NUL bytes)"])
    _prescan(text)
    try:
        doc = yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - a *safe* loader (C or Python)
    except yaml.YAMLError as exc:
        raise PackError([f"not valid YAML: {_yaml_problem(exc)}"]) from None
    except (ValueError, OverflowError, RecursionError) as exc:
        raise PackError([f"not valid YAML: {exc}"[:200]]) from None
    problems: list[str] = []
    if clean_name is None:
        problems.append(f"pack name {name[:40]!r} must be 1–32 characters of a-z, 0-9, _ or -")
    if not isinstance(doc, dict):
        problems.append("the file must be a mapping of `question: [answers]` lines (plus AUTHOR)")
        raise PackError(problems)
    author = _check_text(doc, "AUTHOR", MAX_AUTHOR_CHARS, problems, required=True)
    description = _check_text(doc, "DESCRIPTION", MAX_DESCRIPTION_CHARS, problems, required=False)
    config = _check_config(doc.get("CONFIG"), problems) if "CONFIG" in doc else {}
    entries = _check_questions(doc, problems)
    if problems:
        raise PackError(problems)
    return Pack(clean_name or "", author, description, config, tuple(entries))


def _check_name(name: Any) -> str | None:
    if not isinstance(name, str):
        return None
    clean = name.strip().lower()
    for suffix in (".yaml", ".yml"):
        if clean.endswith(suffix):
            clean = clean[: -len(suffix)]
    return clean if NAME_RE.fullmatch(clean) else None


def _prescan(text: str) -> None:
    """Walk the YAML *events* (nothing is constructed yet) and refuse what a pack never needs:
    anchors and aliases (alias bombs), custom tags (objects), several documents, deep nesting
    and absurd node counts. Linear in the input, which is already capped at 256 KB."""
    nodes = depth = documents = 0
    try:
        for event in yaml.parse(text, Loader=_SafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise PackError(["YAML anchors and aliases (& and *) are not allowed in packs"])
            tag = getattr(event, "tag", None)
            if tag and tag not in _ALLOWED_TAGS:
                shown = tag.replace("tag:yaml.org,2002:", "!!")[:40]
                raise PackError([f"custom YAML tags like {shown!r} are not allowed in packs"])
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise PackError(["the file must contain a single YAML document (remove the extra ---)"])
            if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
                nodes += 1
                if nodes > MAX_NODES:
                    raise PackError([f"the file has more than {MAX_NODES} YAML values; is it really a pack?"])
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise PackError(["the file is nested too deeply to be a pack"])
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as exc:
        if "nesting depth" in str(exc):  # libyaml's own guard, at 1000 levels
            raise PackError(["the file is nested too deeply to be a pack"]) from None
        raise PackError([f"not valid YAML: {_yaml_problem(exc)}"]) from None


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """One line from PyYAML's multi-line message: what went wrong and where."""
    lines = str(exc).splitlines()
    problem = getattr(exc, "problem", None) or (lines[0] if lines else "syntax error")
    mark = getattr(exc, "problem_mark", None)
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
    return f"{problem}{where}"[:200]


def _check_text(doc: dict, key: str, limit: int, problems: list[str], *, required: bool) -> str:
    value = doc.get(key)
    if value is None:
        if required:
            problems.append(f"{key} is missing (add a line like `{key}: your name`)")
        return ""
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{key} must be text")
        return ""
    if len(value) > limit:
        problems.append(f"{key} is {len(value)} characters; the limit is {limit}")
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
        spec = CONFIG_SPEC.get(key) if isinstance(key, str) else None
        if spec is None:
            problems.append(f"CONFIG: unknown key {_short(key)!r} (allowed: {', '.join(CONFIG_SPEC)})")
            continue
        kind, lo, hi = spec
        if kind is bool:
            if not isinstance(value, bool):
                problems.append(f"CONFIG: {key} must be true or false")
                continue
            out[key] = value
            continue
        is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if kind is int and not (isinstance(value, int) and not isinstance(value, bool)):
            problems.append(f"CONFIG: {key} must be a whole number from {lo:g} to {hi:g}")
        elif not is_number or not math.isfinite(value):
            problems.append(f"CONFIG: {key} must be a number from {lo:g} to {hi:g}")
        elif not lo <= value <= hi:
            problems.append(f"CONFIG: {key} must be between {lo:g} and {hi:g}, not {value:g}")
        else:
            out[key] = value
    return out


def _check_questions(doc: dict, problems: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    keys = [k for k in doc if k not in RESERVED]
    if not keys:
        problems.append("the pack has no questions (add lines like `Who directed X?: [Name]`)")
        return []
    if len(keys) > MAX_QUESTIONS:
        problems.append(f"the pack has {len(keys)} questions; the limit is {MAX_QUESTIONS}")
        return []
    entries = []
    for number, key in enumerate(keys, start=1):
        entry = _check_question(number, key, doc[key], problems)
        if entry is not None:
            entries.append(entry)
    return entries


def _check_question(number: int, key: Any, value: Any, problems: list[str]) -> tuple[str, tuple[str, ...]] | None:
    where = f"question {number} {_short(key)!r}"
    start = len(problems)
    if isinstance(key, bool) or not isinstance(key, (str, int, float)):
        problems.append(f"{where}: the question must be text")
        return None
    text = str(key).strip()
    if not text:
        problems.append(f"question {number}: the question is empty")
    elif len(text) > MAX_QUESTION_CHARS:
        problems.append(f"{where}: the question is {len(text)} characters; the limit is {MAX_QUESTION_CHARS}")
    if not isinstance(value, list) or not value:
        problems.append(f"{where}: answers must be a non-empty list, like `[answer one, answer two]`")
        return None
    if len(value) > MAX_ANSWERS:
        problems.append(f"{where}: {len(value)} answers; the limit is {MAX_ANSWERS}")
        return None
    answers: list[str] = []
    for i, answer in enumerate(value, start=1):
        clean = _check_answer(f"{where}: answer {i}", answer, problems)
        if clean is not None and clean not in answers:
            answers.append(clean)
    return (text, tuple(answers)) if len(problems) == start else None


def _check_answer(where: str, answer: Any, problems: list[str]) -> str | None:
    if isinstance(answer, bool):
        problems.append(f"{where} reads as true/false; put it in quotes, like \"yes\"")
        return None
    if isinstance(answer, float) and not math.isfinite(answer):
        problems.append(f"{where} is not a usable number; put it in quotes")
        return None
    if isinstance(answer, (int, float)):
        text = str(answer)
    elif isinstance(answer, str):
        text = answer.strip()
    else:
        kind = "a list" if isinstance(answer, list) else "a mapping" if isinstance(answer, dict) else "a date or other value"
        problems.append(f"{where} is {kind}; answers must be text or numbers (quote it)")
        return None
    if not text:
        problems.append(f"{where} is empty")
        return None
    if len(text) > MAX_ANSWER_CHARS:
        problems.append(f"{where} is {len(text)} characters; the limit is {MAX_ANSWER_CHARS}")
        return None
    return text


def _short(value: Any, limit: int = 40) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- storage (per guild) -------------------------------------------------------------------------------


async def save_pack(conn: aiosqlite.Connection, guild_id: int, pack: Pack, user_id: int) -> int:
    """Store ``pack`` for this guild, replacing a pack of the same name. Returns its row id."""
    config_json, questions_json = pack.to_json()
    async with write_transaction(conn):
        async with conn.execute(
            "SELECT COUNT(*) FROM trivia_packs WHERE guild_id = ? AND name != ?", (guild_id, pack.name)
        ) as cur:
            (count,) = await cur.fetchone()
        if count >= MAX_PACKS_PER_GUILD:
            raise PackError([f"this server already has {count} packs; delete one first"])
        cur = await conn.execute(
            """INSERT INTO trivia_packs (guild_id, name, author, description, config, questions, n_questions, created_by)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (guild_id, name) DO UPDATE SET
                 author = excluded.author, description = excluded.description, config = excluded.config,
                 questions = excluded.questions, n_questions = excluded.n_questions,
                 created_by = excluded.created_by, created_at = excluded.created_at
               RETURNING id""",
            (guild_id, pack.name, pack.author, pack.description, config_json, questions_json,
             len(pack.entries), user_id),
        )
        (pack_id,) = await cur.fetchone()
        await cur.close()
    return pack_id


async def list_packs(conn: aiosqlite.Connection, guild_id: int) -> list[PackInfo]:
    async with conn.execute(
        "SELECT name, author, description, n_questions, created_by, created_at FROM trivia_packs "
        "WHERE guild_id = ? ORDER BY name",
        (guild_id,),
    ) as cur:
        return [PackInfo(*row) for row in await cur.fetchall()]


async def get_pack(conn: aiosqlite.Connection, guild_id: int, name: str) -> Pack | None:
    async with conn.execute(
        "SELECT name, author, description, config, questions FROM trivia_packs WHERE guild_id = ? AND name = ?",
        (guild_id, name.strip().lower()),
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        return None
    entries = tuple((str(q), tuple(str(a) for a in answers)) for q, answers in json.loads(row["questions"]))
    return Pack(row["name"], row["author"], row["description"], json.loads(row["config"]), entries)


async def delete_pack(conn: aiosqlite.Connection, guild_id: int, name: str) -> bool:
    async with write_transaction(conn):
        cur = await conn.execute(
            "DELETE FROM trivia_packs WHERE guild_id = ? AND name = ?", (guild_id, name.strip().lower())
        )
        return cur.rowcount > 0
