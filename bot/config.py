"""Settings from the environment and an optional ``.env`` file (python-dotenv).

Two settings decide how FilmBot scales (README, "Running at scale"): ``FILMBOT_DATABASE_URL``
moves per-server state (trivia games, results, scores, seasons, settings, packs) from the embedded
SQLite file to a PostgreSQL server that several processes share, and ``FILMBOT_SHARDS`` gives this
process its range of Discord shards (``0-3/16``). Both are validated here, so a typo stops the bot
with one line before it touches Discord or a database.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from dotenv import load_dotenv

DEFAULT_DB = "data/films.db"
SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


class ConfigError(Exception):
    """A setting that cannot be used; str() is one line for the user."""


def _int_or_none(name: str, raw: str | None) -> int | None:
    if raw is None or not raw.strip():
        return None
    try:
        return int(raw.strip())
    except ValueError:
        raise ConfigError(f"{name} must be a number (a Discord id), got {raw.strip()[:40]!r}") from None


def shard_of(guild_id: int, shard_count: int) -> int:
    """The shard Discord sends a guild's events to (its documented formula)."""
    return (guild_id >> 22) % shard_count


@dataclass(frozen=True)
class ShardPlan:
    """The shards this process runs: ``ids`` out of ``count`` in all (``FILMBOT_SHARDS=0-3/16``).

    Every process of one bot must be given the same ``count`` and ranges that do not overlap;
    together they cover 0 … count-1 (Discord sends each guild to exactly one shard)."""

    ids: tuple[int, ...]
    count: int

    def owns(self, guild_id: int) -> bool:
        return shard_of(guild_id, self.count) in self.ids

    def __str__(self) -> str:
        return f"{_ranges(self.ids)}/{self.count}"


_SHARDS_FORM = "like 0-3/16 (this process runs shards 0 to 3 of 16) or 2/4"


def parse_shards(raw: str | None) -> ShardPlan | None:
    """``FILMBOT_SHARDS``: ``IDS/COUNT``, IDS being shard numbers and ranges separated by commas
    (``0-3/16``, ``4/16``, ``0,2-3/8``). Empty: ``None`` (one process, Discord's recommended count)."""
    text = (raw or "").strip()
    if not text:
        return None
    shown = text[:40]
    ids_part, slash, count_part = text.partition("/")
    if not slash or not count_part.strip().isdigit():
        raise ConfigError(f"FILMBOT_SHARDS must look {_SHARDS_FORM}, got {shown!r}")
    count = int(count_part)
    if not 1 <= count <= 100_000:
        raise ConfigError(f"FILMBOT_SHARDS: the shard count must be at least 1, got {shown!r}")
    ids: set[int] = set()
    for part in ids_part.split(","):
        m = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", part)
        if not m:
            raise ConfigError(f"FILMBOT_SHARDS must look {_SHARDS_FORM}, got {shown!r}")
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        if first > last:
            raise ConfigError(f"FILMBOT_SHARDS: the range {first}-{last} runs backwards")
        if last >= count:
            raise ConfigError(f"FILMBOT_SHARDS names shard {last}, but {count} shard(s) are numbered 0 to {count - 1}")
        ids.update(range(first, last + 1))
    return ShardPlan(tuple(sorted(ids)), count)


def _ranges(ids: tuple[int, ...]) -> str:
    out: list[str] = []
    start = prev = None
    for i in (*ids, None):
        if start is not None and (i is None or i != prev + 1):
            out.append(str(start) if start == prev else f"{start}-{prev}")
            start = None
        if i is not None and start is None:
            start = i
        prev = i
    return ",".join(out)


def check_database_url(raw: str | None) -> str:
    """``FILMBOT_DATABASE_URL``: empty (the SQLite file) or a ``postgresql://`` URL. The URL may hold a
    password, so an error names only what is wrong with it, never the URL itself."""
    url = (raw or "").strip()
    if not url:
        return ""
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme not in ("postgresql", "postgres"):
        what = f"a {scheme[:20]!r} URL" if scheme else "no URL scheme"
        raise ConfigError(f"FILMBOT_DATABASE_URL must be a postgresql:// URL (or unset for the SQLite file); got {what}")
    try:
        urlsplit(url).port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise ConfigError("FILMBOT_DATABASE_URL has a port that is not a number") from None
    return url


def describe_database_url(url: str) -> str:
    """The URL without its password (and without query options other than where the server is),
    for logs and error lines: ``postgresql://bot@db:5432/filmbot``."""
    parts = urlsplit(url.strip())
    netloc = parts.netloc.rpartition("@")[2]
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    where = [(k, v) for k, v in parse_qsl(parts.query) if k in ("host", "port")]
    query = "?" + "&".join(f"{k}={v}" for k, v in where) if where else ""
    return f"{parts.scheme}://{netloc}{parts.path}{query}"


@dataclass(frozen=True)
class Settings:
    token: str = field(default="", repr=False)  # never printed
    db_path: str = DEFAULT_DB
    dev_guild_id: int | None = None
    owner_ids: frozenset[int] = frozenset()
    log_level: str = "INFO"
    typed_trivia: bool = False  # asks Discord for the privileged Message Content intent
    database_url: str = field(default="", repr=False)  # may hold a password; "" = the SQLite file
    shards: ShardPlan | None = None  # None: every shard, as many as Discord recommends
    #: Load the shipped data pack into a new database in the background (bot/defaultlib.py). On from
    #: the environment unless FILMBOT_DEFAULT_LIBRARY=0; off for a Settings made in code (tests).
    default_library: bool = False

    @classmethod
    def from_env(cls, env_file: str | None = ".env", **overrides) -> Settings:
        if env_file:
            load_dotenv(env_file, override=False)
        owners: set[int] = set()
        for part in os.environ.get("OWNER_IDS", "").replace(";", ",").split(","):
            if part.strip():
                owner = _int_or_none("OWNER_IDS", part)
                if owner is not None:
                    owners.add(owner)
        level = os.environ.get("LOG_LEVEL", "INFO").strip().upper() or "INFO"
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, got {level[:20]!r}")
        values = dict(
            token=os.environ.get("DISCORD_TOKEN", "").strip(),
            db_path=os.environ.get("FILMBOT_DB", "").strip() or DEFAULT_DB,
            dev_guild_id=_int_or_none("DEV_GUILD_ID", os.environ.get("DEV_GUILD_ID")),
            owner_ids=frozenset(owners),
            log_level=level,
            typed_trivia=os.environ.get("FILMBOT_TYPED_TRIVIA", "").strip().lower() in {"1", "true", "yes", "on"},
            database_url=check_database_url(os.environ.get("FILMBOT_DATABASE_URL")),
            shards=parse_shards(os.environ.get("FILMBOT_SHARDS")),
            default_library=os.environ.get("FILMBOT_DEFAULT_LIBRARY", "1").strip().lower() not in {"0", "false", "no", "off"},
        )
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
