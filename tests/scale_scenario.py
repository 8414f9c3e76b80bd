"""Two bot processes, one bot: shard 0 and shard 1 of 2 sharing a throwaway PostgreSQL.

``make scale-test`` (``python -m tests.scale_scenario``) and ``tests/test_scale_two_processes.py``
run this. The fake Discord recommends two shards and puts guild A on shard 0 and guild B on
shard 1; two ``python -m bot run`` processes are started with ``FILMBOT_SHARDS=0/2`` and ``1/2``,
each with its own SQLite copy, both with ``FILMBOT_DATABASE_URL``. One line per check:

1. each guild is answered, and only by the process of its shard;
2. slash commands are synced at start by one process (shard 0's), and globally by ``/sync``;
3. buttons trivia runs in both guilds at once;
4. ``/trivia leaderboard scope:all-time`` in guild A shows points scored in guild B;
5. killing process 1 mid-game: its restart closes only its own game (the channel is told),
   guild A's game plays on, and the restarted process answers guild B again;
6. a film added with ``/filmadmin add`` in guild A is answered by ``/film`` in guild B within 5 s.

It ends with "two processes: all checks passed". Each process's log is kept in the work folder.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.conftest import ROOT, SEEDS_DIR, article_path
from tests.fakediscord import FakeDiscord, Perm
from tests.fakediscord.models import iter_components

ADD_VISIBLE_WITHIN = 5.0  # seconds: a film added in one process answered in the other
NEW_FILM = "barry-lyndon-1975"  # in tests/fixtures/articles, not in seeds/


class CheckFailed(AssertionError):
    pass


def check(ok: object, what: str) -> None:
    if not ok:
        raise CheckFailed(what)


class BotProcess:
    """``python -m bot run`` for some shards, its stderr in a log file (a pipe nobody reads fills up)."""

    def __init__(self, name: str, shards: str, env: dict[str, str], workdir: Path) -> None:
        self.name, self.shards, self.env = name, shards, env
        self.log = workdir / f"{name}.log"
        self.proc: asyncio.subprocess.Process | None = None
        self._offset = 0

    async def start(self) -> None:
        self._offset = self.log.stat().st_size if self.log.exists() else 0
        with open(self.log, "ab") as out:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=ROOT, env={**self.env, "FILMBOT_SHARDS": self.shards},
                stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=out)

    def text(self) -> str:
        """What this run of the process has logged."""
        with contextlib.suppress(FileNotFoundError):
            return self.log.read_bytes()[self._offset:].decode(errors="replace")
        return ""

    async def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while "logged in as" not in self.text():
            if self.proc is not None and self.proc.returncode is not None:
                raise CheckFailed(f"{self.name} exited with {self.proc.returncode}: {self.text()[-1500:]}")
            if time.monotonic() > deadline:
                raise CheckFailed(f"{self.name} not ready within {timeout:.0f} s: {self.text()[-1500:]}")
            await asyncio.sleep(0.1)

    async def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        await self.proc.wait()

    async def stop(self) -> None:
        """SIGINT, as an operator's Ctrl-C or a process manager would; killed after 20 s."""
        if self.proc is None or self.proc.returncode is not None:
            return
        self.proc.send_signal(signal.SIGINT)
        try:
            await asyncio.wait_for(self.proc.wait(), 20)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()


def bot_embeds(fake: FakeDiscord, channel) -> list[dict]:
    return [e for m in fake.channel_messages(channel) for e in m.get("embeds") or []]


def texts(fake: FakeDiscord, channel) -> str:
    return " ".join(str(m.get("content") or "") + str(m.get("embeds") or "") for m in fake.channel_messages(channel))


async def question_message(fake: FakeDiscord, channel, number: int, *, after: int = 0, timeout: float = 20) -> dict:
    """The message asking question *number* (its buttons carry trivia:<channel>:<number>:<option>)."""
    prefix = f"trivia:{channel.id}:{number}:"
    return await fake.wait_for_message(channel, lambda m: any(str(c.get("custom_id", "")).startswith(prefix)
                                                              for c in iter_components(m.get("components") or [])),
                                       after=after, timeout=timeout)


async def run_scenario(pg_url: str, seeded_db: Path, workdir: Path, say: Callable[[str], None] = print, *,
                       full: bool = True) -> None:
    """Every check (``full``), or the short form ``make test`` runs: the processes up on one
    PostgreSQL, one command sync, each guild answered only by its own process (the film copied
    across processes is also tested in-process, tests/test_filmsync.py and test_scale_bot.py)."""
    fake = FakeDiscord(shard_count=2, max_concurrency=2, guild_name="Guild A", channels=("general", "trivia"))
    async with fake:
        guild_a = fake.guild
        guild_b = fake.add_guild("Guild B", channels=("general", "trivia"), shard=1)
        check(fake.shard_of(guild_a) == 0 and fake.shard_of(guild_b) == 1, "guild A on shard 0, guild B on shard 1")
        owner = fake.make_user("owner", guild=guild_a)
        base = {"FILMBOT_DATABASE_URL": pg_url, "LOG_LEVEL": "INFO", "FILMBOT_DEFAULT_LIBRARY": "0",
                "FILMBOT_STATS_SECONDS": "0", "OWNER_IDS": str(owner.user.id), "FILMBOT_CONNECT_ATTEMPTS": "3"}
        procs = []
        for n, shards in ((0, "0/2"), (1, "1/2")):
            db = workdir / f"process{n}.db"
            shutil.copy(seeded_db, db)
            procs.append(BotProcess(f"process{n}", shards, fake.bot_env(db, **base), workdir))
        p0, p1 = procs
        try:
            started = time.monotonic()
            await asyncio.gather(p0.start(), p1.start())
            await asyncio.gather(p0.wait_ready(), p1.wait_ready())
            say(f"ok  two processes up in {time.monotonic() - started:.1f} s: shards {sorted(s.shard for s in fake.gateway.active_sessions)}")

            # 1. each guild answered only by its own process
            guild_cmds = fake.registered_commands(guild_a)
            check(guild_cmds and fake.sync_count == 1, f"one sync at start (got {fake.sync_count})")
            check("synced by the process running shard 0" in p1.text(), "process 1 leaves the sync to shard 0's")
            rec = await fake.slash("sync", {"scope": "global"}, user=owner, timeout=15)
            await rec.wait_followups(1, timeout=15)
            check(rec.shards == [[0, 2]] and fake.registered_commands("global"), "/sync scope:global by shard 0's process")
            say("ok  commands synced once at start, by the process running shard 0 (process 1: "
                "\"commands are synced by the process running shard 0\"); /sync scope:global answered by process 0 only")
            for guild, shard in ((guild_a, 0), (guild_b, 1)):
                member = fake.make_user(f"viewer-{shard}", guild=guild)
                rec = await fake.slash("film", {"film": "her"}, user=member, channel=guild.channel("general"), timeout=10)
                check("Her" in str(rec.embeds), f"/film in {guild.name} answered")
                check(rec.shards == [[shard, 2]], f"{guild.name}'s interaction went to shard {shard} only, got {rec.shards}")
            say("ok  guild A answered only by process 0 (shard 0/2), guild B only by process 1 (shard 1/2)")

            if full:
                await _trivia_checks(fake, guild_a, guild_b, p1, say)

            if full:
                # 5. a film added in A is answered in B
                viewer = fake.make_user("viewer-b", guild=guild_b)
                admin = fake.make_user("film-admin", guild=guild_a, permissions=Perm.MANAGE_GUILD)
                article = fake.make_attachment(f"{NEW_FILM}.txt", article_path(NEW_FILM).read_bytes())
                rec = await fake.slash("film", {"film": "barry lyndon"}, user=viewer,
                                       channel=guild_b.channel("general"), timeout=10)
                check("Barry Lyndon (1975)" not in str(rec.embeds), "the new film is not there before")
                sent = time.monotonic()
                rec = await fake.slash("filmadmin add", {"file": article}, user=admin, channel=guild_a.channel("general"), timeout=10)
                await fake.wait_for(lambda: "Barry Lyndon" in str(rec.events) or "Barry Lyndon" in str(rec.embeds), timeout=60,
                                    what="the add's answer")
                added = time.monotonic()
                seen = None
                check(rec.shards == [[0, 2]], "the add was answered by process 0")
                while time.monotonic() - added < 15:
                    rec = await fake.slash("film", {"film": "barry lyndon"}, user=viewer,
                                           channel=guild_b.channel("general"), timeout=10)
                    if "Kubrick" in str(rec.embeds):
                        seen = time.monotonic() - added
                        since_sent = time.monotonic() - sent
                        break
                    await asyncio.sleep(0.2)
                check(seen is not None and seen <= ADD_VISIBLE_WITHIN,
                      f"guild B answers the film within {ADD_VISIBLE_WITHIN:.0f} s (took {seen})")
                say(f"ok  a film added with /filmadmin add in guild A was answered by /film in guild B {since_sent:.1f} s after "
                    f"the add was sent ({seen:.1f} s after process 0 said it was added)")
        finally:
            await asyncio.gather(p0.stop(), p1.stop())
        for p in procs:
            check("Traceback" not in p.text(), f"{p.name} logged a traceback: {p.text()[-2000:]}")
        fake.strict = False
    say("two processes: all checks passed")


async def _trivia_checks(fake: FakeDiscord, guild_a, guild_b, p1: BotProcess, say: Callable[[str], None]) -> None:
    """Buttons trivia in both guilds at once, the all-time board across them, and process 1 killed
    mid-game and restarted."""
    # 2. buttons trivia in both guilds at once; four players each pick a different option
    players: dict[int, list] = {}
    for guild in (guild_a, guild_b):
        host = fake.make_user(f"host-{guild.name[-1]}", guild=guild, permissions=Perm.MANAGE_GUILD)
        players[guild.id] = [fake.make_user(f"{guild.name[-1].lower()}-player-{i}", guild=guild) for i in range(4)]
        await fake.slash("trivia settings", {"key": "delay", "value": "1"}, user=host,
                         channel=guild.channel("trivia"), timeout=10)
        players[guild.id].insert(0, host)
    starts = await asyncio.gather(*(
        fake.slash("trivia start", {"mode": "buttons", "questions": 1, "pace": "host"},
                   user=players[g.id][0], channel=g.channel("trivia"), timeout=10)
        for g in (guild_a, guild_b)))
    check([r.shards for r in starts] == [[[0, 2]], [[1, 2]]], "each game started by its guild's process")
    for rec in starts:
        reply = str(await rec.wait_followups(1, timeout=20))
        check("Sorry" not in reply and "already" not in reply, f"trivia started: {reply[:300]}")
    questions = await asyncio.gather(*(question_message(fake, g.channel("trivia"), 1) for g in (guild_a, guild_b)))
    await asyncio.gather(*(
        fake.click(msg, f"trivia:{guild.channel('trivia').id}:1:{option}", user=member, timeout=10)
        for guild, msg in zip((guild_a, guild_b), questions, strict=True) for option, member in enumerate(players[guild.id][1:])))
    await asyncio.gather(*(fake.slash("trivia next", {}, user=players[g.id][0], channel=g.channel("trivia"), timeout=10)
                           for g in (guild_a, guild_b)))  # the hosts reveal: the one-question games end
    for guild in (guild_a, guild_b):
        await fake.wait_for(lambda g=guild: any(e.get("title") == "Trivia over" for e in bot_embeds(fake, g.channel("trivia"))),
                            timeout=30, what=f"the end of {guild.name}'s game")
    say("ok  buttons trivia ran in both guilds at once (4 players each, host-paced), each game in its own process")

    # 3. the all-time leaderboard in A counts B's points
    b_ids = {m.user.id for m in players[guild_b.id]}
    rec = await fake.slash("leaderboard", {"scope": "all-time"}, user=players[guild_a.id][1],
                           channel=guild_a.channel("general"), timeout=10)
    board = str(rec.embeds)
    check(any(f"<@{uid}>" in board for uid in b_ids), "guild B's scorer on guild A's all-time board")
    rec = await fake.slash("leaderboard", {"scope": "server"}, user=players[guild_a.id][1],
                           channel=guild_a.channel("general"), timeout=10)
    check(not any(f"<@{uid}>" in str(rec.embeds) for uid in b_ids), "guild A's server board has only its own")
    say("ok  /leaderboard scope:all-time (= /trivia leaderboard) in guild A includes points scored in guild B; scope:server does not")

    # 4. process 1 killed mid-game: only its game is closed, with the channel told; it rejoins
    mark = fake.new_id()
    games = await asyncio.gather(*(
        fake.slash("trivia start", {"mode": "buttons", "questions": 3, "time": 60},
                   user=players[g.id][0], channel=g.channel("trivia"), timeout=10)
        for g in (guild_a, guild_b)))
    check(all(r.responded_at for r in games), "second games started")
    await asyncio.gather(*(question_message(fake, g.channel("trivia"), 1, after=mark) for g in (guild_a, guild_b)))
    await p1.kill()
    killed = time.monotonic()
    await fake.wait_for(lambda: not [s for s in fake.gateway.active_sessions if s.shard == [1, 2]], timeout=10,
                        what="process 1's connection to drop")
    await p1.start()
    await p1.wait_ready()
    restart_s = time.monotonic() - killed
    told = await fake.wait_for_message(guild_b.channel("trivia"), lambda m: "I restarted" in str(m.get("content")),
                                       timeout=15)
    check("after 1 question" in told["content"] or "question(s)" in told["content"], "the channel is told")
    check("I restarted" not in texts(fake, guild_a.channel("trivia")), "guild A was not told of a restart")
    rec = await fake.slash("trivia stop", {}, user=players[guild_a.id][0], channel=guild_a.channel("trivia"), timeout=10)
    check(rec.shards == [[0, 2]] and "no game" not in str(rec.content or "").lower()
          and "not running" not in str(rec.content or "").lower(), f"guild A's game still running: {rec.content}")
    rec = await fake.slash("film", {"film": "her"}, user=players[guild_b.id][1], channel=guild_b.channel("general"),
                           timeout=10)
    check("Her" in str(rec.embeds) and rec.shards == [[1, 2]], "the restarted process answers guild B")
    say(f"ok  process 1 killed mid-game: on restart ({restart_s:.1f} s) it closed only guild B's game and told "
        "its channel; guild A's game played on in process 0; guild B answered again by the new process 1")



async def _seed(path: Path) -> None:
    from bot.database import connect
    from bot.ingest import ingest_paths

    conn = await connect(path)
    results = await ingest_paths(conn, [SEEDS_DIR])
    await conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    await conn.close()
    bad = [r.error for r in results if not r.ok]
    if bad:
        raise CheckFailed(f"seeding failed: {bad}")


def main() -> int:
    """``make scale-test``: a throwaway PostgreSQL, a seeded film file, the scenario."""
    from tests.pgserver import NoPostgres, create_database, throwaway_server

    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="filmbot-scale-"))
    try:
        with throwaway_server() as server:
            url = create_database(server, "filmbot_scale")
            print(f"ok  throwaway PostgreSQL on {server.socket_dir} port {server.port}")
            seeded = workdir / "seeded.db"
            asyncio.run(_seed(seeded))
            asyncio.run(run_scenario(url, seeded, workdir))
    except NoPostgres as exc:
        print(f"scale-test: {exc}", file=sys.stderr)
        return 2
    except CheckFailed as exc:
        print(f"FAILED  {exc}\n(logs in {workdir})", file=sys.stderr)
        return 1
    print(f"({time.monotonic() - started:.0f} s in all; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())})")
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
