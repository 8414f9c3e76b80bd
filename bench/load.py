"""``make load``: the bot under sustained load, through the fake Discord, on loopback only.

The bot runs as its own process (``python -m bot run``, exactly as in production)
against a 40,000-film database; this process hosts the fake Discord and fires
interactions at a fixed rate across many channels and users: film commands,
autocomplete, /ask, and trivia games in their own channels. It reports throughput,
p50/p99 of the time from dispatch to the bot's first response, errors, the bot's
peak RSS, and the database's integrity afterwards. Bounded in count and time.

``python -m bench.load --seconds 60 --rate 200`` is the full run; the test suite runs
a short one.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pct(samples: list[float], p: float) -> float:
    s = sorted(samples)
    if not s:
        return float("nan")
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


async def run_load(db: Path, *, seconds: float, rate: float, channels: int, games: int, users: int, seed: int = 1) -> dict:
    sys.path.insert(0, str(ROOT))
    from tests.fakediscord import FakeDiscord, Perm

    rng = random.Random(seed)
    chan_names = [f"film-{i}" for i in range(channels)]
    game_chans = [f"game-{i}" for i in range(games)]
    fake = FakeDiscord(channels=tuple(chan_names + game_chans), interaction_deadline=3.0)
    async with fake:
        env = fake.bot_env(db, LOG_LEVEL="WARNING")
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=ROOT, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )
        try:
            await fake.wait_for(lambda: fake.registered_commands(fake.guild.id), timeout=60, what="command sync")
            await fake.wait_for(lambda: fake.gateway.identifies, timeout=30, what="IDENTIFY")
            await asyncio.sleep(3.0)  # guild-ready wait of the unpatched bot
            people = [fake.make_user(f"user{i}") for i in range(users)]
            host = fake.make_user("host", permissions=Perm.MANAGE_GUILD)
            async with db_titles(db) as titles:
                pass
            results: list[tuple[str, float | None, bool]] = []
            trivia = "trivia" in {c["name"] for c in fake.registered_commands(fake.guild.id)}

            async def one(kind: str, coro) -> None:
                t = time.perf_counter()
                try:
                    rec = await coro
                    rt = rec.response_time if hasattr(rec, "response_time") else time.perf_counter() - t
                    ok = rec is not None and (getattr(rec, "responded", True))
                    results.append((kind, rt, bool(ok)))
                except Exception as exc:  # noqa: BLE001 - a load test counts failures, it doesn't stop on them
                    results.append((kind, None, False))
                    if len([r for r in results if not r[2]]) <= 5:
                        print(f"  error in {kind}: {type(exc).__name__}: {exc}"[:300], file=sys.stderr)

            def make_call():
                title = rng.choice(titles)
                user = rng.choice(people)
                ch = rng.choice(chan_names)
                r = rng.random()
                if trivia and r < 0.05:
                    ch_game = rng.choice(game_chans)
                    msgs = [m for m in fake.channel_messages(ch_game) if m.get("components")]
                    if msgs:
                        buttons = [c for row in msgs[-1]["components"] for c in row["components"]]
                        pick = rng.choice(buttons)
                        return "trivia answer", fake.click(msgs[-1], pick["custom_id"], user=user, timeout=15)
                if r < 0.25:
                    return "autocomplete", fake.autocomplete("cast", {}, focused="film", value=title[: rng.randint(1, 8)].lower(), user=user, channel=ch)
                cmd = rng.choice(["film", "cast", "awards", "reviews", "boxoffice", "release", "plot"]) if r < 0.85 else "ask"
                if cmd == "ask":
                    q = rng.choice(["who directed {}", "who starred in {}", "how much did {} make", "when was {} released"])
                    return "ask", fake.slash("ask", {"question": q.format(title.lower())}, user=user, channel=ch, timeout=15)
                return cmd, fake.slash(cmd, {"film": title}, user=user, channel=ch, timeout=15)

            if trivia:
                for ch in game_chans:
                    await one("trivia start", fake.slash("trivia start", {"mode": "buttons", "questions": 50, "time": 10},
                                                         user=host, channel=ch, timeout=15))
            tasks: set[asyncio.Task] = set()
            start = time.perf_counter()
            sent = 0
            interval = 1.0 / rate
            while time.perf_counter() - start < seconds:
                kind, coro = make_call()
                task = asyncio.create_task(one(kind, coro))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
                sent += 1
                # A fixed arrival rate, not a closed loop: slow replies don't slow the senders.
                target = start + sent * interval
                delay = target - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
            elapsed = time.perf_counter() - start
            if tasks:
                await asyncio.wait(tasks, timeout=20)
            if trivia:
                for ch in game_chans:
                    await one("trivia stop", fake.slash("trivia stop", {}, user=host, channel=ch, timeout=15))
                # The fake records a callback when its request arrives; give the bot a moment to read the
                # HTTP reply (and post the game's closing message) before SIGINT closes its session.
                await asyncio.sleep(1.5)
            rss = peak_rss_mb(proc.pid)
        finally:
            if proc.returncode is None:
                proc.send_signal(2)
                try:
                    await asyncio.wait_for(proc.wait(), timeout=20)
                except TimeoutError:
                    proc.kill()
            err = (await proc.stderr.read()).decode(errors="replace") if proc.stderr else ""
            (ROOT / "data" / "load-bot.log").write_text(err)
    times = [rt for _, rt, ok in results if ok and rt is not None]
    errors = [k for k, _, ok in results if not ok]
    with sqlite3.connect(db) as c:
        integrity = c.execute("PRAGMA integrity_check").fetchone()[0]
    return {
        "sent": sent,
        "seconds": elapsed,
        "throughput": len(times) / elapsed if elapsed else 0.0,
        "p50_ms": pct(times, 50) * 1e3,
        "p99_ms": pct(times, 99) * 1e3,
        "max_ms": max(times) * 1e3 if times else float("nan"),
        "errors": len(errors),
        "late": sum(1 for t in times if t >= 3.0),
        "protocol_errors": len(fake.protocol_errors) + len(fake.unknown_routes),
        "peak_rss_mb": rss,
        "integrity": integrity,
        "bot_tracebacks": err.count("Traceback"),
        "trivia_games": games if trivia else 0,
    }


class db_titles:
    """Titles to ask about: films with real articles first (facts to render), then any."""

    def __init__(self, db: Path) -> None:
        self.db = db

    async def __aenter__(self) -> list[str]:
        with sqlite3.connect(self.db) as c:
            rich = [r[0] for r in c.execute("SELECT title FROM films WHERE n_chars > 3000 LIMIT 300")]
            rest = [r[0] for r in c.execute("SELECT title FROM films ORDER BY random() LIMIT 700")]
        return rich + rest

    async def __aexit__(self, *exc) -> None:
        return None


def report(r: dict) -> str:
    return "\n".join([
        f"  interactions sent           {r['sent']:,} in {r['seconds']:.1f} s",
        f"  throughput (answered)       {r['throughput']:.1f} /s",
        f"  first response p50 / p99    {r['p50_ms']:.1f} ms / {r['p99_ms']:.1f} ms (max {r['max_ms']:.0f} ms)",
        f"  errors                      {r['errors']} (late > 3 s: {r['late']}, rejected requests: {r['protocol_errors']}, bot tracebacks: {r['bot_tracebacks']})",
        f"  concurrent trivia games     {r['trivia_games']}",
        f"  bot peak RSS                {r['peak_rss_mb']:.0f} MB",
        f"  database integrity after    {r['integrity']}",
    ])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.load")
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--rate", type=float, default=200.0, help="interactions per second")
    p.add_argument("--channels", type=int, default=50)
    p.add_argument("--games", type=int, default=20)
    p.add_argument("--users", type=int, default=1000)
    p.add_argument("--db", type=Path, help="database to load (default: the 40,000-film bench database)")
    args = p.parse_args(argv)
    if not (0 < args.seconds <= 600 and 0 < args.rate <= 1000):
        p.error("--seconds must be in (0, 600] and --rate in (0, 1000]")
    db = args.db
    if db is None:
        sys.path.insert(0, str(ROOT))
        from bench.__main__ import build_big_db

        db = ROOT / "data" / "bench-40000.db"
        if not db.exists():
            print("Building the 40,000-film database …", flush=True)
            asyncio.run(build_big_db(db, 40000))
    print(f"Load: {args.rate:.0f} interactions/s across {args.channels} channels, {args.games} trivia games, {args.seconds:.0f} s")
    r = asyncio.run(run_load(db, seconds=args.seconds, rate=args.rate, channels=args.channels, games=args.games, users=args.users))
    print(report(r))
    return 0 if r["errors"] == 0 and r["integrity"] == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
