"""The settings that scale FilmBot out: FILMBOT_SHARDS and FILMBOT_DATABASE_URL, read and checked
before anything connects (a typo is one line, a password is never printed)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.config import (
    ConfigError,
    Settings,
    ShardPlan,
    check_database_url,
    describe_database_url,
    parse_shards,
    shard_of,
)
from tests.conftest import ROOT


@pytest.mark.parametrize(
    "raw, ids, count",
    [
        ("0-3/16", (0, 1, 2, 3), 16),
        ("4/16", (4,), 16),
        ("0,2-3/8", (0, 2, 3), 8),
        (" 0 - 1 / 2 ", (0, 1), 2),
        ("1,0,1/2", (0, 1), 2),
        ("0/1", (0,), 1),
    ],
)
def test_shard_ranges(raw, ids, count):
    plan = parse_shards(raw)
    assert (plan.ids, plan.count) == (ids, count)
    assert parse_shards(str(plan)) == plan  # printed the way it is written


@pytest.mark.parametrize(
    "raw, message",
    [
        ("0-3", "must look like 0-3/16"),
        ("all", "must look like 0-3/16"),
        ("0-3/x", "must look like 0-3/16"),
        ("a-b/4", "must look like 0-3/16"),
        ("4/4", "names shard 4, but 4 shard(s) are numbered 0 to 3"),
        ("3-1/8", "the range 3-1 runs backwards"),
        ("0/0", "at least 1"),
    ],
)
def test_bad_shard_ranges_say_what_is_wrong(raw, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_shards(raw)


def test_unset_shards_mean_one_process_with_every_shard():
    assert parse_shards("") is None and parse_shards(None) is None and parse_shards("  ") is None


def test_a_guild_belongs_to_the_shard_discord_sends_it_to():
    guild = 81384788765712384  # a snowflake: shard = (id >> 22) % count, Discord's documented formula
    assert shard_of(guild, 1) == 0
    count = 16
    owner = (guild >> 22) % count
    plans = [ShardPlan(tuple(range(start, start + 4)), count) for start in range(0, count, 4)]
    assert [p.owns(guild) for p in plans].count(True) == 1  # exactly one process answers each guild
    assert next(p for p in plans if p.owns(guild)).ids[owner % 4] == owner


@pytest.mark.parametrize("url", ["postgresql://bot:pw@db:5432/filmbot", "postgres://db/filmbot",
                                 "postgresql:///filmbot?host=/run/postgresql", "  postgresql://db/filmbot  "])
def test_postgresql_urls_are_accepted(url):
    assert check_database_url(url) == url.strip()


@pytest.mark.parametrize("url, says", [("mysql://bot:hunter2@db/filmbot", "got a 'mysql' URL"),
                                       ("db.example:5432", "got no URL scheme"),
                                       ("postgresql://bot:hunter2@db:port/filmbot", "port that is not a number")])
def test_other_urls_are_refused_without_echoing_them(url, says):
    with pytest.raises(ConfigError) as caught:
        check_database_url(url)
    assert says in str(caught.value) and "hunter2" not in str(caught.value) and "\n" not in str(caught.value)


def test_the_url_is_shown_without_its_password():
    assert describe_database_url("postgresql://bot:hunter2@db.example:6432/filmbot") == "postgresql://bot@db.example:6432/filmbot"
    assert describe_database_url("postgresql:///filmbot?host=/run/postgresql&password=hunter2&sslmode=require") == \
        "postgresql:///filmbot?host=/run/postgresql"
    assert "hunter2" not in repr(Settings(database_url="postgresql://bot:hunter2@db/filmbot"))


def test_from_env_reads_both(monkeypatch):
    monkeypatch.setenv("FILMBOT_DATABASE_URL", "postgresql://bot:pw@db/filmbot")
    monkeypatch.setenv("FILMBOT_SHARDS", "2-3/4")
    s = Settings.from_env(env_file=None)
    assert s.database_url == "postgresql://bot:pw@db/filmbot" and s.shards == ShardPlan((2, 3), 4)
    monkeypatch.delenv("FILMBOT_DATABASE_URL")
    monkeypatch.delenv("FILMBOT_SHARDS")
    s = Settings.from_env(env_file=None)
    assert s.database_url == "" and s.shards is None  # today's behaviour: the SQLite file, one process


def test_a_bad_setting_stops_the_bot_with_one_line(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "FILMBOT_SHARDS": "16/16", "FILMBOT_DB": str(tmp_path / "films.db"),
           "DISCORD_TOKEN": "x"}
    r = subprocess.run([sys.executable, "-m", "bot", "run"], capture_output=True, text=True, cwd=ROOT, env=env,
                       timeout=120)
    assert r.returncode == 2
    assert r.stderr.strip() == "filmbot: FILMBOT_SHARDS names shard 16, but 16 shard(s) are numbered 0 to 15"
    env = {**env, "FILMBOT_SHARDS": "", "FILMBOT_DATABASE_URL": "mysql://bot:hunter2@db/filmbot"}
    r = subprocess.run([sys.executable, "-m", "bot", "run"], capture_output=True, text=True, cwd=ROOT, env=env,
                       timeout=120)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "FILMBOT_DATABASE_URL must be a postgresql:// URL" in r.stderr and "hunter2" not in r.stderr
    assert not (tmp_path / "films.db").exists()  # stopped before touching anything
