"""``make load``: the bot under load, overload and recovery, through the fake Discord, on loopback only.

The bot runs as its own process (``python -m bot run``, exactly as in production) against a
40,000-film database; this process hosts the fake Discord and fires interactions at a fixed
arrival rate (film commands, autocomplete, /ask, trivia button presses in running games) in
three phases:

1. **steady**: ``--rate`` per second for ``--seconds``; half-way through, a host adds a 2 MB
   article with ``/filmadmin add``;
2. **overload**: twice the rate for ``--overload-seconds``, while one CPU hog process per core
   spins, and a second, quiet server sends a few interactions a second (is it still served?);
3. **recovery**: the rate again, for ``--recovery-seconds``.

Per phase it reports throughput, p50/p99 of the first response (from the moment the interaction
was written to the bot's websocket to the moment its callback arrived, Discord's 3 s clock),
"busy" replies, dropped interactions (no answer at all), errors (a late or malformed answer, an
error reply), tracebacks the bot logged, the bot's longest event-loop stall (from its own
heartbeat probe, read from its ``health:`` log lines), its RSS, and this process's own loop
stall (when that is large, the measurement itself was starved of CPU). The bot's stderr is read
continuously into ``data/load-bot.log``: a pipe nobody reads fills at 64 KB and then blocks the
bot on its next log write, which is how an earlier harness wedged the bot it was measuring.

Bounded in count and time; ``python -m bench.load --seconds 60 --rate 200`` is the full run and
the test suite runs a short one.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import gc
import os
import random
import re
import signal
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEADLINE = 3.0  # Discord's: a first response later than this is rejected
SETTLE = 4.0  # seconds after the last interaction before outcomes are read
HEALTH_EVERY = 1  # seconds between the bot's health lines during the run
QUIET_RATE = 5.0  # interactions per second from the second server during the overload
BIG_ARTICLE_BYTES = 2 * 1024 * 1024 - 4096  # just under /filmadmin add's 2 MB limit
_HEALTH = re.compile(r"^\[(?P<ts>[\d-]+ [\d:]+(?:,\d+)?)\].*health: .*?(?P<received>\d+) interactions, (?P<busy>\d+) busy, "
                     r"(?P<dropped>\d+) dropped, (?P<short>\d+) short autocompletes, queue max (?P<queue>\d+), "
                     r"longest loop stall (?P<stall>\d+) ms(?: \(longest GC pause (?P<gc>\d+) ms)?")


def pct(samples: list[float], p: float) -> float:
    s = sorted(samples)
    if not s:
        return float("nan")
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc), NaN when unavailable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")


def children(pid: int) -> list[int]:
    """The processes whose parent is *pid* (the bot's worker and search processes): from the
    kernel's list of the process's children when it keeps one (``/proc/PID/task/*/children``),
    else by reading every process's stat. The scan read a file per process on the machine twice a
    second, on the harness's event loop: 7.7% of its samples in a profiled run on a shared host."""
    listed = list(Path(f"/proc/{pid}/task").glob("*/children"))
    if listed:
        out: list[int] = []
        for f in listed:
            try:
                out.extend(int(x) for x in f.read_text().split())
            except (OSError, ValueError):
                continue
        return out
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rpartition(")")[2].split()[1]) == pid:
                    out.append(int(entry.name))
            except (OSError, ValueError, IndexError):
                continue
    return out


def proc_status(pid: int, key: str) -> float:
    """A /proc/<pid>/status figure in MB (VmRSS, VmHWM), NaN when unavailable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


@dataclass
class Phase:
    name: str
    seconds: float
    rate: float
    hog: bool = False
    quiet_guild: bool = False
    big_add: bool = False
    start: float = 0.0  # wall clock (time.time()) when it began
    end: float = 0.0
    sent: int = 0
    harness_stall: float = 0.0
    helpers_rss_max: float = float("nan")  # the bot's worker and search processes
    bot_cpu: float = float("nan")  # CPU seconds the bot used during the phase
    harness_cpu: float = float("nan")  # CPU seconds this process (the fake Discord and the senders) used
    rss_max: float = float("nan")
    tracebacks: int = 0


@dataclass
class Sent:
    kind: str
    phase: str
    guild: str  # "main" or "quiet"
    rec: object | None = None
    failure: str = ""


@dataclass
class Drain:
    """Reads the bot's stderr as it is written: to the log file, and into per-phase counts."""

    path: Path
    health: list[tuple[float, dict[str, int]]] = field(default_factory=list)
    tracebacks: list[float] = field(default_factory=list)
    lines: int = 0

    async def run(self, stream: asyncio.StreamReader) -> None:
        with self.path.open("w", encoding="utf-8") as out:
            while True:
                raw = await stream.readline()
                if not raw:
                    return
                line = raw.decode(errors="replace")
                out.write(line)
                self.lines += 1
                now = time.time()
                if line.startswith("Traceback (most recent call last)"):
                    self.tracebacks.append(now)
                m = _HEALTH.match(line)
                if m:
                    at = _parse_ts(m.group("ts"), now)
                    self.health.append((at, {k: int(m.group(k) or 0) for k in ("received", "busy", "dropped", "short", "queue", "stall", "gc")}))


def _parse_ts(text: str, default: float) -> float:
    for fmt in ("%Y-%m-%d %H:%M:%S,%f", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(text, fmt).timestamp()
        except ValueError:
            continue
    return default


def big_article(seed: int) -> bytes:
    """A film article just under 2 MB: the largest test article's body, repeated under a new title."""
    src = max((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"), key=lambda p: p.stat().st_size)
    lines = src.read_text(encoding="utf-8").splitlines()
    body = "\n".join(lines[1:])
    title = f"Load Test Picture {seed}"
    out = [f"{title} (film)", f"{title} is a film used to measure how the bot adds a large article.", body]
    size = sum(len(x.encode()) + 1 for x in out)
    chunk = len(body.encode()) + 1
    while size + chunk < BIG_ARTICLE_BYTES:
        out.append(body)
        size += chunk
    return ("\n".join(out) + "\n").encode()


class Probe:
    """This process's own heartbeat probe: the longest stall of the harness's event loop."""

    def __init__(self, every: float = 0.01) -> None:
        self.every = every
        self.longest = 0.0
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            t = time.perf_counter()
            await asyncio.sleep(self.every)
            self.longest = max(self.longest, time.perf_counter() - t - self.every)

    def take(self) -> float:
        longest, self.longest = self.longest, 0.0
        return longest

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)


class CpuHog:
    """One spinning process per core, for the overload phase: the bot shares its CPUs, as on a busy host."""

    def __init__(self) -> None:
        self.procs: list[asyncio.subprocess.Process] = []

    async def start(self) -> None:
        for _ in range(os.cpu_count() or 1):
            self.procs.append(await asyncio.create_subprocess_exec(
                sys.executable, "-c", "while True: pass", stdout=asyncio.subprocess.DEVNULL))

    async def stop(self) -> None:
        for p in self.procs:
            if p.returncode is None:
                p.kill()
                await p.wait()
        self.procs.clear()


async def run_load(db: Path, *, seconds: float, rate: float, channels: int, games: int, users: int, seed: int = 1,
                   overload_seconds: float = 0.0, recovery_seconds: float = 0.0, hog: bool = True,
                   add_big_article: bool = False, database_url: str = "", guild_ready_wait: float = 3.0,
                   out_dir: Path | None = None) -> dict:
    """Run the phases and return the figures (``report`` prints them). Without overload and
    recovery seconds it is one steady phase: the test suite's short form. With *database_url*
    the bot keeps its trivia and films in that PostgreSQL (``--postgres``). *guild_ready_wait*:
    seconds to let the bot through discord.py's guild-ready wait before the load (the bot answers
    from IDENTIFY on; the full run measures a bot past READY, the test suite need not wait). *out_dir*:
    where the bot's log and the timeline go (``data/``; the test suite gives its own temp dir, so
    runs in two checkouts' tests or beside a ``make load`` never write into one file)."""
    sys.path.insert(0, str(ROOT))
    from tests.fakediscord import FakeDiscord, Perm

    try:
        from bot.admission import BUSY_TEXT
    except ImportError:  # a bot from before admission control (measuring the "before")
        BUSY_TEXT = "\0"

    phases = [Phase("steady", seconds, rate, big_add=add_big_article)]
    if overload_seconds > 0:
        phases.append(Phase("overload", overload_seconds, 2 * rate, hog=hog, quiet_guild=True))
    if recovery_seconds > 0:
        phases.append(Phase("recovery", recovery_seconds, rate))

    rng = random.Random(seed)
    # This process keeps every interaction and message it sees: a growing heap whose full garbage
    # collections would stall its event loop and show up as the bot's latency. What exists stays.
    gc.collect()
    gc.freeze()
    chan_names = [f"film-{i}" for i in range(channels)]
    game_chans = [f"game-{i}" for i in range(games)]
    fake = FakeDiscord(channels=tuple(chan_names + game_chans), interaction_deadline=DEADLINE)
    quiet = fake.add_guild("Quiet Server", channels=("quiet",))
    out_dir = ROOT / "data" if out_dir is None else out_dir
    log_path = out_dir / "load-bot.log"
    log_path.parent.mkdir(exist_ok=True)
    drain = Drain(log_path)
    monitor = Probe()
    hogs = CpuHog()
    sent_all: list[Sent] = []
    big: dict = {}
    exit_info: dict = {}
    async with fake:
        env = fake.bot_env(db, LOG_LEVEL="INFO", FILMBOT_STATS_SECONDS=str(HEALTH_EVERY),
                           **({"FILMBOT_DATABASE_URL": database_url} if database_url else {}))
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=ROOT, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )
        drain_task = asyncio.create_task(drain.run(proc.stderr))
        monitor.start()
        try:
            await fake.wait_for(lambda: fake.registered_commands(fake.guild.id), timeout=120, what="command sync")
            await fake.wait_for(lambda: fake.gateway.identifies, timeout=30, what="IDENTIFY")
            await asyncio.sleep(guild_ready_wait)  # guild-ready wait of the unpatched bot
            # The bot syncs its commands to one server; the quiet server sees the same ones.
            fake.commands[quiet.id] = dict(fake.commands[fake.guild.id])
            people = [fake.make_user(f"user{i}") for i in range(users)]
            quiet_people = [fake.make_user(f"quiet{i}", guild=quiet) for i in range(20)]
            host = fake.make_user("host", permissions=Perm.MANAGE_GUILD)
            titles = db_titles(db)
            trivia = "trivia" in {c["name"] for c in fake.registered_commands(fake.guild.id)}

            def film_call(user, ch):
                title = rng.choice(titles)
                r = rng.random()
                if r < 0.25:
                    return "autocomplete", fake.autocomplete_record("cast", {}, focused="film", value=title[: rng.randint(1, 8)].lower(),
                                                                    user=user, channel=ch, wait=False)
                cmd = rng.choice(["film", "cast", "awards", "reviews", "boxoffice", "release", "plot"]) if r < 0.85 else "ask"
                if cmd == "ask":
                    q = rng.choice(["who directed {}", "who starred in {}", "how much did {} make", "when was {} released"])
                    return "ask", fake.slash("ask", {"question": q.format(title.lower())}, user=user, channel=ch, wait=False)
                return cmd, fake.slash(cmd, {"film": title}, user=user, channel=ch, wait=False)

            def make_call():
                user = rng.choice(people)
                if trivia and rng.random() < 0.05:
                    msgs = [m for m in fake.channel_messages(rng.choice(game_chans)) if m.get("components")]
                    if msgs:
                        buttons = [c for row in msgs[-1]["components"] for c in row["components"]]
                        pick = rng.choice(buttons)
                        return "trivia answer", fake.click(msgs[-1], pick["custom_id"], user=user, wait=False)
                return film_call(user, rng.choice(chan_names))

            async def one(entry: Sent, coro) -> None:
                try:
                    entry.rec = await coro
                except Exception as exc:  # noqa: BLE001 - a load test counts failures, it doesn't stop on them
                    entry.failure = f"{type(exc).__name__}: {exc}"[:300]

            if trivia:
                for ch in game_chans:
                    rec = await fake.slash("trivia start", {"mode": "buttons", "questions": 50, "time": 10}, user=host,
                                           channel=ch, timeout=30)
                    await rec.wait_followups(1, timeout=30)

            rss_stop = asyncio.Event()

            async def sample_rss() -> None:
                while not rss_stop.is_set():
                    gc.freeze()  # see above: records and messages made since the last round stay
                    now = time.time()
                    for ph in phases:
                        if ph.start <= now and (ph.end == 0.0 or now <= ph.end):
                            v = proc_status(proc.pid, "VmRSS")
                            ph.rss_max = v if ph.rss_max != ph.rss_max else max(ph.rss_max, v)
                            h = sum(proc_status(c, "VmRSS") for c in children(proc.pid))
                            ph.helpers_rss_max = h if ph.helpers_rss_max != ph.helpers_rss_max else max(ph.helpers_rss_max, h)
                    await asyncio.sleep(0.5)

            rss_task = asyncio.create_task(sample_rss())
            tasks: set[asyncio.Task] = set()
            big_task: asyncio.Task | None = None

            def launch(entry: Sent, coro) -> None:
                sent_all.append(entry)
                task = asyncio.create_task(one(entry, coro))
                tasks.add(task)
                task.add_done_callback(tasks.discard)

            # Made before the phases: 25-35 ms of this process's event loop, which half-way through the
            # steady phase delayed the callbacks in flight and counted as the bot's latency.
            big_data = big_article(seed) if any(ph.big_add for ph in phases) else b""
            for ph in phases:
                monitor.take()
                cpu0, hcpu0 = cpu_seconds(proc.pid), time.process_time()
                ph.start = time.time()
                if ph.hog:
                    await hogs.start()
                if ph.big_add:
                    big_task = asyncio.create_task(_add_big(fake, host, chan_names[0], ph.seconds / 2, big_data, big, BUSY_TEXT))
                quiet_next = 0.0
                start = time.perf_counter()
                interval = 1.0 / ph.rate
                while (elapsed := time.perf_counter() - start) < ph.seconds:
                    kind, coro = make_call()
                    launch(Sent(kind, ph.name, "main"), coro)
                    ph.sent += 1
                    if ph.quiet_guild and elapsed >= quiet_next:
                        quiet_next += 1.0 / QUIET_RATE
                        kind, coro = film_call(rng.choice(quiet_people), "quiet")
                        launch(Sent(kind, ph.name, "quiet"), coro)
                    # A fixed arrival rate, not a closed loop: slow replies don't slow the senders.
                    delay = start + ph.sent * interval - time.perf_counter()
                    if delay > 0:
                        await asyncio.sleep(delay)
                if ph.hog:
                    await hogs.stop()
                ph.end = time.time()
                ph.harness_stall = monitor.take()
                ph.bot_cpu = cpu_seconds(proc.pid) - cpu0
                ph.harness_cpu = time.process_time() - hcpu0
            if big_task is not None:
                await big_task
            if tasks:
                await asyncio.wait(tasks, timeout=20)
            # Until every interaction is answered, or Discord's deadline has passed for the last ones
            # (a late answer must be seen to be counted).
            settle_until = time.perf_counter() + SETTLE
            while time.perf_counter() < settle_until and any(s.rec is not None and not s.rec.responded for s in sent_all):
                await asyncio.sleep(0.1)
            if trivia:
                for ch in game_chans:
                    try:
                        await fake.slash("trivia stop", {}, user=host, channel=ch, timeout=15)
                    except Exception as exc:  # noqa: BLE001
                        sent_all.append(Sent("trivia stop", "after", "main", failure=str(exc)[:200]))
                # Let the bot read the HTTP replies (and post the closing messages) before SIGINT.
                await asyncio.sleep(1.5)
            rss_stop.set()
            await rss_task
            peak = proc_status(proc.pid, "VmHWM")
        finally:
            await hogs.stop()
            await monitor.stop()
            t = time.perf_counter()
            if proc.returncode is None:
                proc.send_signal(signal.SIGINT)
                try:
                    await asyncio.wait_for(proc.wait(), timeout=20)
                except asyncio.TimeoutError:
                    proc.kill()
                    await proc.wait()
                    exit_info["killed"] = True
            exit_info["seconds"] = time.perf_counter() - t
            exit_info["code"] = proc.returncode
            try:
                await asyncio.wait_for(drain_task, timeout=10)
            except asyncio.TimeoutError:
                drain_task.cancel()
        protocol_errors = len(fake.protocol_errors) + len(fake.unknown_routes)

    with sqlite3.connect(db) as c:
        integrity = c.execute("PRAGMA integrity_check").fetchone()[0]
    for i, ph in enumerate(phases):  # a traceback belongs to the phase during which it was read
        until = phases[i + 1].start if i + 1 < len(phases) else float("inf")
        ph.tracebacks = sum(1 for t in drain.tracebacks if ph.start <= t < until)
    results = {ph.name: summarize(ph, [s for s in sent_all if s.phase == ph.name], drain, BUSY_TEXT) for ph in phases}
    if big.get("start"):
        # The steady phase apart from the seconds the 2 MB article was being added (and 2 s after).
        lo, hi = big["start"], big.get("end", big["start"]) + 2.0
        outside = [s.rec.response_time for s in sent_all if s.phase == "steady" and s.guild == "main"
                   and outcome(s, BUSY_TEXT) == "answered" and s.rec.response_time is not None and not lo <= _sent_at(s) <= hi]
        results["steady"]["p99_outside_add_ms"] = pct(outside, 99) * 1e3
    if big.get("start"):
        during = [h["stall"] for at, h in drain.health if big["start"] <= at <= big.get("end", big["start"]) + HEALTH_EVERY]
        big_stall = max(during, default=float("nan"))
    else:
        big_stall = None
    steady = results["steady"]
    _write_timeline(out_dir / "load-timeline.json", phases, sent_all, drain, big, BUSY_TEXT)
    return {
        # The steady phase's figures at the top level (the short test reads these).
        **{k: steady[k] for k in ("sent", "seconds", "throughput", "p50_ms", "p99_ms", "max_ms", "busy", "dropped",
                                  "errors", "late", "bot_tracebacks", "bot_stall_ms")},
        "phases": results,
        "errors_total": sum(r["errors"] for r in results.values()) + sum(1 for s in sent_all if s.phase == "after"),
        "error_samples": [s.failure for s in sent_all if s.failure][:5],
        "protocol_errors": protocol_errors,
        "peak_rss_mb": peak,
        "integrity": integrity,
        "bot_tracebacks_total": len(drain.tracebacks),
        "bot_log_lines": drain.lines,
        "trivia_games": games if trivia else 0,
        "big_article": big,
        "big_article_stall_ms": big_stall,
        "exit": exit_info,
    }


def _write_timeline(path: Path, phases: list[Phase], sent: list[Sent], drain: Drain, big: dict, busy_text: str) -> None:
    """Every interaction (when it was sent, its kind and outcome, its first response) and every
    health line, in seconds from the steady phase's start, to data/load-timeline.json: where in a
    run the slow answers were, next to what the bot said it was doing then."""
    import json

    t0 = phases[0].start
    rows = [[round(_sent_at(s) - t0, 3), s.kind, s.phase, s.guild, outcome(s, busy_text),
             round(s.rec.response_time * 1e3, 1) if s.rec is not None and s.rec.response_time is not None else None]
            for s in sent if s.rec is not None]
    doc = {"phases": {ph.name: [ph.start - t0, ph.end - t0] for ph in phases},
           "big_article": {k: (v - t0 if k in ("start", "end") else v) for k, v in big.items()},
           "interactions": rows, "health": [[round(at - t0, 3), h] for at, h in drain.health]}
    path.write_text(json.dumps(doc), encoding="utf-8")


async def _add_big(fake, host, channel: str, after: float, data: bytes, out: dict, busy_text: str) -> None:
    """Half-way through the steady phase a host adds a 2 MB article; how long it takes, and when."""
    await asyncio.sleep(after)
    out["bytes"] = len(data)
    out["start"] = time.time()
    try:
        out["attempts"] = 0
        while out["attempts"] < 10:  # told "busy", a host tries again a little later
            out["attempts"] += 1
            rec = await fake.slash("filmadmin add", {"file": fake.make_attachment("large.txt", data)}, user=host,
                                   channel=channel, timeout=10)
            if rec.content != busy_text:
                break
            await asyncio.sleep(2.0)
        msgs = await rec.wait_followups(1, timeout=180)
        out["reply"] = ((msgs[0].get("embeds") or [{}])[0].get("title") or msgs[0].get("content") or "")[:80]
    except Exception as exc:  # noqa: BLE001
        out["reply"] = f"{type(exc).__name__}: {exc}"[:200]
    out["end"] = time.time()
    out["seconds"] = out["end"] - out["start"]


def outcome(s: Sent, busy_text: str) -> str:
    """answered | busy | dropped | error, as the member saw it."""
    if s.failure or s.rec is None:
        return "error"
    rec = s.rec
    if getattr(rec, "late_callbacks", 0):
        return "error"  # the bot answered after Discord's deadline: the member saw "did not respond"
    if not rec.responded:
        return "dropped"
    if rec.content == busy_text:
        return "busy"
    if any("Something went wrong" in (e.get("description") or "") for e in rec.embeds):
        return "error"
    return "answered"


def summarize(ph: Phase, sent: list[Sent], drain: Drain, busy_text: str) -> dict:
    elapsed = max(1e-9, ph.end - ph.start)
    by = {"answered": [], "busy": [], "dropped": [], "error": []}
    for s in sent:
        by[outcome(s, busy_text)].append(s)
    main_times = [s.rec.response_time for s in by["answered"] if s.guild == "main" and s.rec.response_time is not None]
    quiet_sent = [s for s in sent if s.guild == "quiet"]
    quiet_times = [s.rec.response_time for s in by["answered"] if s.guild == "quiet" and s.rec.response_time is not None]
    # A health line covers the second before its timestamp.
    health = [h for at, h in drain.health if ph.start < at <= ph.end + HEALTH_EVERY / 2]
    out = {
        "sent": len(sent),
        "seconds": elapsed,
        "rate": ph.rate,
        "hog": ph.hog,
        "throughput": len(main_times) / elapsed,
        "p50_ms": pct(main_times, 50) * 1e3,
        "p99_ms": pct(main_times, 99) * 1e3,
        "max_ms": max(main_times) * 1e3 if main_times else float("nan"),
        "busy": len(by["busy"]),
        "dropped": len(by["dropped"]),
        "errors": len(by["error"]),
        "late": sum(1 for s in sent if s.rec is not None and getattr(s.rec, "late_callbacks", 0)),
        "bot_tracebacks": ph.tracebacks,
        "bot_stall_ms": max((h["stall"] for h in health), default=float("nan")),
        "bot_gc_ms": max((h["gc"] for h in health), default=float("nan")),
        "bot_short_autocompletes": sum(h["short"] for h in health),
        "bot_queue_max": max((h["queue"] for h in health), default=0),
        "rss_mb": ph.rss_max,
        "helpers_rss_mb": ph.helpers_rss_max,
        "harness_stall_ms": ph.harness_stall * 1e3,
        "bot_cpu_cores": ph.bot_cpu / elapsed,
        # CPU per interaction sent: what the machine's load does not change much (wall times it does).
        "bot_cpu_ms_each": ph.bot_cpu / max(1, len(sent)) * 1e3,
        "harness_cpu_cores": ph.harness_cpu / elapsed,
        "quiet": {"sent": len(quiet_sent), "answered": len(quiet_times),
                  "p99_ms": pct(quiet_times, 99) * 1e3} if quiet_sent else None,
        "kinds": {k: pct([s.rec.response_time for s in by["answered"] if s.kind == k and s.rec.response_time is not None], 99) * 1e3
                  for k in sorted({s.kind for s in sent})},
    }
    # Recovery: p99 per second from the phase's start, and when it was back under 50 ms for good.
    if ph.name == "recovery":
        per_second: list[float] = []
        for i in range(int(elapsed)):
            lo, hi = ph.start + i, ph.start + i + 1
            ts = [s.rec.response_time for s in by["answered"] if s.guild == "main" and lo <= _sent_at(s) < hi]
            per_second.append(pct(ts, 99) * 1e3 if ts else float("nan"))
        out["p99_per_second_ms"] = per_second
        back = next((i for i in range(len(per_second)) if all(v < 50 for v in per_second[i:] if v == v)), None)
        out["back_under_50ms_after_s"] = back
        late_part = [s.rec.response_time for s in by["answered"] if s.guild == "main" and _sent_at(s) >= ph.start + 5]
        out["p99_after_5s_ms"] = pct(late_part, 99) * 1e3
    return out


def _sent_at(s: Sent) -> float:
    """Wall-clock time an interaction was created (its snowflake's timestamp)."""
    return ((s.rec.id >> 22) + 1420070400000) / 1000 if s.rec is not None else 0.0


def db_titles(db: Path) -> list[str]:
    """Titles to ask about: films with real articles first (facts to render), then any."""
    with sqlite3.connect(db) as c:
        rich = [r[0] for r in c.execute("SELECT title FROM films WHERE n_chars > 3000 LIMIT 300")]
        rest = [r[0] for r in c.execute("SELECT title FROM films ORDER BY random() LIMIT 700")]
    return rich + rest


def _f(v: float, unit: str = "", digits: int = 1) -> str:
    return "n/a" if v != v else f"{v:,.{digits}f}{unit}"


def report(r: dict) -> str:
    phases = r["phases"]
    names = list(phases)
    rows = [
        ("rate (interactions/s)", lambda p: f"{p['rate']:.0f}" + (" + CPU hog" if p["hog"] else "")),
        ("seconds", lambda p: f"{p['seconds']:.1f}"),
        ("sent", lambda p: f"{p['sent']:,}"),
        ("answered /s", lambda p: _f(p["throughput"])),
        ("first response p50", lambda p: _f(p["p50_ms"], " ms")),
        ("first response p99", lambda p: _f(p["p99_ms"], " ms")),
        ("slowest answer", lambda p: _f(p["max_ms"], " ms", 0)),
        ("busy replies", lambda p: f"{p['busy']:,}"),
        ("dropped", lambda p: f"{p['dropped']:,}"),
        ("errors", lambda p: f"{p['errors']:,}"),
        ("bot tracebacks", lambda p: f"{p['bot_tracebacks']}"),
        ("longest loop stall (bot)", lambda p: _f(p["bot_stall_ms"], " ms", 0)),
        ("  of which GC (longest)", lambda p: _f(p["bot_gc_ms"], " ms", 0)),
        ("short autocompletes", lambda p: f"{p['bot_short_autocompletes']:,}"),
        ("deepest queue", lambda p: f"{p['bot_queue_max']}"),
        ("bot CPU (cores)", lambda p: _f(p["bot_cpu_cores"], "", 2)),
        ("  per interaction sent", lambda p: _f(p["bot_cpu_ms_each"], " ms", 2)),
        ("harness CPU (cores)", lambda p: _f(p["harness_cpu_cores"], "", 2)),
        ("bot RSS (max)", lambda p: _f(p["rss_mb"], " MB", 0)),
        ("  + its helper processes", lambda p: _f(p["helpers_rss_mb"], " MB", 0)),
        ("harness loop stall", lambda p: _f(p["harness_stall_ms"], " ms", 0)),
    ]
    width = 18
    out = ["  " + "".ljust(26) + "".join(n.rjust(width) for n in names)]
    for label, fn in rows:
        out.append("  " + label.ljust(26) + "".join(fn(phases[n]).rjust(width) for n in names))
    for n in names:
        q = phases[n].get("quiet")
        if q:
            out.append(f"  quiet server during {n}: {q['answered']}/{q['sent']} answered, p99 {_f(q['p99_ms'], ' ms')}")
    rec = phases.get("recovery")
    if rec:
        secs = ", ".join(_f(v, "", 0) for v in rec["p99_per_second_ms"][:10])
        back = rec["back_under_50ms_after_s"]
        out.append(f"  recovery p99 per second (ms): {secs}{' …' if len(rec['p99_per_second_ms']) > 10 else ''}")
        out.append(f"  recovery: p99 under 50 ms for good from second {back if back is not None else 'never'}; "
                   f"p99 after the first 5 s {_f(rec['p99_after_5s_ms'], ' ms')}")
    p99_kinds = phases["steady"]["kinds"]
    out.append("  steady p99 by kind: " + ", ".join(f"{k} {_f(v, ' ms')}" for k, v in p99_kinds.items()))
    b = r.get("big_article") or {}
    if "p99_outside_add_ms" in phases["steady"]:
        out.append(f"  steady p99 outside the 2 MB add (its {_f(b.get('seconds', float('nan')), ' s')} and 2 s after): "
                   f"{_f(phases['steady']['p99_outside_add_ms'], ' ms')}")
    if b:
        stall = r.get("big_article_stall_ms")
        out.append(f"  2 MB article added during steady: {b.get('bytes', 0) / 1024 / 1024:.2f} MB in {_f(b.get('seconds', float('nan')), ' s')} "
                   f"({b.get('reply', '')}{', after ' + str(b['attempts'] - 1) + ' busy replies' if b.get('attempts', 1) > 1 else ''}); longest bot loop stall meanwhile {_f(stall if stall is not None else float('nan'), ' ms', 0)}")
    ex = r["exit"]
    out.append(f"  bot stopped {_f(ex.get('seconds', float('nan')), ' s')} after SIGINT (exit code {ex.get('code')})"
               + (", had to be killed" if ex.get("killed") else ""))
    out.append(f"  rejected requests {r['protocol_errors']}, bot log lines {r['bot_log_lines']:,} (data/load-bot.log), "
               f"bot peak RSS {_f(r['peak_rss_mb'], ' MB', 0)}, database integrity after: {r['integrity']}")
    for e in r["error_samples"]:
        out.append(f"  error sample: {e}")
    return "\n".join(out)


def verdict(r: dict) -> list[str]:
    """What fails the run: the issue's "done when" for each phase present."""
    bad = []
    ph = r["phases"]
    s = ph["steady"]
    if s["errors"] or s["dropped"]:
        bad.append(f"steady: {s['errors']} errors, {s['dropped']} dropped")
    if not s["p99_ms"] < 50:
        bad.append(f"steady: p99 {s['p99_ms']:.1f} ms (>= 50)")
    for name, p in ph.items():
        if p["bot_tracebacks"]:
            bad.append(f"{name}: {p['bot_tracebacks']} bot tracebacks")
        if p["errors"] and name != "steady":
            bad.append(f"{name}: {p['errors']} errors")
        if not p["bot_stall_ms"] < 100:
            bad.append(f"{name}: longest loop stall {p['bot_stall_ms']} ms")
    if "recovery" in ph and not ph["recovery"]["p99_after_5s_ms"] < 50:
        bad.append(f"recovery: p99 after 5 s {ph['recovery']['p99_after_5s_ms']:.1f} ms")
    if r["exit"].get("killed"):
        bad.append("the bot ignored SIGINT")
    if r["integrity"] != "ok":
        bad.append(f"integrity: {r['integrity']}")
    return bad


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.load")
    p.add_argument("--seconds", type=float, default=60.0, help="steady phase")
    p.add_argument("--rate", type=float, default=200.0, help="interactions per second (twice this in the overload)")
    p.add_argument("--overload-seconds", type=float, default=15.0)
    p.add_argument("--recovery-seconds", type=float, default=20.0)
    p.add_argument("--no-hog", action="store_true", help="overload without the CPU hog processes")
    p.add_argument("--no-big-article", action="store_true", help="skip the 2 MB /filmadmin add in the steady phase")
    p.add_argument("--channels", type=int, default=50)
    p.add_argument("--games", type=int, default=20)
    p.add_argument("--users", type=int, default=1000)
    p.add_argument("--db", type=Path, help="database to load (default: the 40,000-film bench database)")
    p.add_argument("--postgres", action="store_true",
                   help="the bot on a throwaway PostgreSQL (FILMBOT_DATABASE_URL): trivia in it, films published to it "
                        "at start and copied back (needs PostgreSQL's binaries, as tests/pgserver.py)")
    args = p.parse_args(argv)
    if not (0 < args.seconds <= 600 and 0 < args.rate <= 1000 and 0 <= args.overload_seconds <= 120
            and 0 <= args.recovery_seconds <= 120):
        p.error("--seconds must be in (0, 600], --rate in (0, 1000], the overload and recovery in [0, 120]")
    db = args.db
    if db is None:
        sys.path.insert(0, str(ROOT))
        from bench.__main__ import build_big_db

        db = ROOT / "data" / "bench-40000.db"
        if not db.exists():
            print("Building the 40,000-film database …", flush=True)
            asyncio.run(build_big_db(db, 40000))
    work = db.with_name(db.stem + "-load.db")  # the big article is added to a copy, not to the cached database
    _copy_db(db, work)
    load1 = os.getloadavg()[0]
    print(f"Load: {args.rate:.0f}/s for {args.seconds:.0f} s, {2 * args.rate:.0f}/s for {args.overload_seconds:.0f} s"
          f"{'' if args.no_hog else ' with a CPU hog on every core'}, {args.rate:.0f}/s for {args.recovery_seconds:.0f} s; "
          f"{args.channels} channels, {args.games} trivia games; load average before: {load1:.2f}", flush=True)
    with contextlib.ExitStack() as stack:
        url = ""
        if args.postgres:
            from tests.pgserver import NoPostgres, create_database, throwaway_server

            try:
                server = stack.enter_context(throwaway_server())
            except NoPostgres as exc:
                p.error(str(exc))
            url = create_database(server, "filmbot_load")
            print(f"  on a throwaway PostgreSQL at {server.socket_dir} port {server.port}; publishing the films "
                  "first, untimed, as the first process of a new bot does …", flush=True)
            started = time.monotonic()
            asyncio.run(_publish(work, url))
            print(f"  published in {time.monotonic() - started:.0f} s", flush=True)
        from bot.discord_bot import run_loop  # the bot's own loop choice: harness and bot run alike

        r = run_loop(run_load(work, seconds=args.seconds, rate=args.rate, channels=args.channels, games=args.games,
                              users=args.users, overload_seconds=args.overload_seconds,
                              recovery_seconds=args.recovery_seconds, hog=not args.no_hog,
                              add_big_article=not args.no_big_article, database_url=url))
    print(report(r))
    bad = verdict(r)
    print("  verdict: " + ("all targets met" if not bad else "; ".join(bad)))
    return 0 if not bad else 1


async def _publish(db: Path, url: str) -> None:
    """The films of *db* into an empty PostgreSQL, as the bot's first start there would (bot/filmsync.py):
    done before the load so the bot under load starts as a process of a bot already running does."""
    from bot.filmsync import SharedFilms
    from bot.library import Library

    lib = await Library.open(db)
    try:
        films = await SharedFilms.open(url, lib)
        await films.close()
    finally:
        await lib.close()


def _copy_db(src: Path, dst: Path) -> None:
    """A consistent copy through SQLite's backup API (the source may have a WAL)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)


if __name__ == "__main__":
    sys.exit(main())
