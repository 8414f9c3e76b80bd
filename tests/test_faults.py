"""Faults the bot must survive: a busy or full database, a SIGKILL mid-ingest, a dropped
gateway, a rate-limited REST call."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import pytest_asyncio

from bot.config import Settings
from bot.discord_bot import FilmBot
from bot.handlers import Ctx, Handlers
from bot.library import Library
from tests.conftest import CORPUS, ROOT, SEED, article_path

MOD = Ctx(user_id=1, guild_id=1, channel_id=1, is_moderator=True)


async def test_busy_database_reads_still_work_and_writes_say_busy(seeded_copy, monkeypatch):
    monkeypatch.setattr("bot.database.BUSY_TIMEOUT_MS", 200)
    lib = await Library.open(seeded_copy)
    h = Handlers(lib)
    blocker = sqlite3.connect(seeded_copy, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        reply = await h.cast(MOD, "her", character="samantha")
        assert "Scarlett Johansson" in str(reply.embeds)  # WAL: readers are not blocked
        reply = await h.admin_add_bytes(MOD, SEED.read_bytes().replace(b"Her (film)", b"Him (film)"), "him.txt")
        assert reply.error and "busy" in str(reply.embeds)
        asked = await h.admin_remove(MOD, "her")  # reading what would go still works
        assert asked.confirm is not None and not asked.error
        reply = await h.confirm(MOD, asked.confirm)
        assert reply.error and "busy" in str(reply.embeds)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert len(lib.films) == 8
    await lib.close()


async def test_full_database_keeps_serving_reads(seeded_copy):
    lib = await Library.open(seeded_copy)
    async with lib.conn.execute("PRAGMA page_count") as cur:
        pages = (await cur.fetchone())[0]
    await lib.conn.execute(f"PRAGMA max_page_count = {pages}")
    h = Handlers(lib)
    big = article_path("the-empire-strikes-back-1980").read_bytes()
    reply = await h.admin_add_bytes(MOD, big, "empire.txt")
    assert reply.error and "full" in str(reply.embeds)
    reply = await h.film(MOD, "her")
    assert not reply.error
    async with lib.conn.execute("PRAGMA integrity_check") as cur:
        assert (await cur.fetchone())[0] == "ok"
    await lib.close()


@pytest.mark.corpus
def test_sigkill_mid_ingest_leaves_no_half_film(tmp_path):
    db = tmp_path / "k.db"
    # Eighty corpus articles: enough that the kill lands mid-run, few enough that the rerun is quick.
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(CORPUS.glob("*.txt"))[:80]:
        (folder / path.name).symlink_to(path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "--db", str(db), "ingest", str(folder)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    # Kill it once some films are in, well before the run ends.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        time.sleep(0.1)
        try:
            with sqlite3.connect(db, timeout=1) as c:
                if c.execute("SELECT count(*) FROM films").fetchone()[0] >= 20:
                    break
        except sqlite3.Error:
            continue
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # Its parsing workers (forked: their command line is the killed process's) end with it.
    assert _processes_naming(str(db), within=5) == [], "the killed ingest left its workers behind"
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        n = c.execute("SELECT count(*) FROM films").fetchone()[0]
        assert 0 < n < 80
        # Every visible film is whole: its sentences and facts arrived with it.
        empty = c.execute("SELECT count(*) FROM films f WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.film_id = f.id)").fetchone()[0]
        assert empty == 0
    # And the next run finishes the job.
    r = subprocess.run([sys.executable, "-m", "bot", "--db", str(db), "ingest", str(folder)], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0 and "80 film(s) ingested" in r.stdout


def _processes_naming(text: str, within: float) -> list[int]:
    """Pids of live processes whose command line holds *text*, waiting up to *within* seconds for
    none to be left (Linux /proc; elsewhere none are seen)."""
    deadline = time.monotonic() + within
    while True:
        found = []
        for entry in Path("/proc").glob("[0-9]*"):
            try:
                cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                if text in cmd and "Z" not in (entry / "stat").read_text().rpartition(")")[2].split()[:1]:
                    found.append(int(entry.name))
            except OSError:
                continue
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


@pytest_asyncio.fixture
async def running(fake_discord, seeded_copy):
    settings = Settings(token=fake_discord.token, db_path=str(seeded_copy), dev_guild_id=fake_discord.guild.id)
    bot = FilmBot(settings, guild_ready_timeout=0.05)
    async with fake_discord.run_bot(bot):
        yield fake_discord, bot


async def test_gateway_drop_is_resumed_and_commands_keep_working(running):
    fake, bot = running
    await fake.gateway.drop_connections()
    await fake.wait_for(lambda: fake.gateway.resumes, timeout=10, what="RESUME")
    rec = await fake.slash("film", {"film": "her"}, user=fake.make_user("alice"), timeout=10)
    assert rec.embeds[0]["title"] == "Her (2013)"


async def test_rate_limited_reply_is_retried(running):
    fake, bot = running
    fake.fail_next("POST", "/interactions/*/callback", status=429, retry_after=0.2)
    rec = await fake.slash("film", {"film": "her"}, user=fake.make_user("alice"), timeout=10)
    assert rec.embeds[0]["title"] == "Her (2013)" and rec.response_time < 3.0
