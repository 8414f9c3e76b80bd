"""Settings from the environment and an optional ``.env`` file (python-dotenv)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

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


@dataclass(frozen=True)
class Settings:
    token: str = field(default="", repr=False)  # never printed
    db_path: str = DEFAULT_DB
    dev_guild_id: int | None = None
    owner_ids: frozenset[int] = frozenset()
    log_level: str = "INFO"
    typed_trivia: bool = False  # asks Discord for the privileged Message Content intent

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
        )
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
