"""``python -m bench.add_cost``: what adding a 2 MB article costs the bot process's own answers.

``make load`` measures the whole path (the fake Discord, the harness's own loop, every core of a
shared machine), and on a busy machine the add's seconds drown in the host's delays. This runs
the bot's side alone, in one process, as the bot runs it: the 40,000-film database (a copy), the
``Library`` with the bot's ``Runtime`` (the article worker process, the title search process,
the frozen garbage collector), and a steady stream of the handlers' film commands and
autocompletes on the event loop at a fixed arrival rate, with a 5 ms heartbeat. Half-way, the
2 MB article of ``bench.load`` is added through ``Library.add_article``. It prints, per phase
(before; the worker reading it; its write in the worker, seen as the WAL growing; the bot's
refresh; after), the answers' p50/p99 and slowest, the heartbeat's longest lateness and the bot
process's CPU per second of wall time, then the same second by second. The machine's load average
is printed with it: on a busy host compare phases of one run, not runs.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("film", "cast", "awards", "reviews", "boxoffice", "release", "plot")


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))] if s else float("nan")


async def run(db: Path, seconds: float, rate: float, seed: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from bench.load import big_article, db_titles
    from bot.handlers import Ctx, Handlers
    from bot.library import Library
    from bot.runtime import Runtime

    titles = db_titles(db)
    lib = await Library.open(db)
    runtime = Runtime()
    await runtime.start(lib)
    handlers = Handlers(lib)
    rng = random.Random(seed)
    wal = Path(str(db) + "-wal")
    marks: dict[str, float] = {}
    answers: list[tuple[float, float, str]] = []  # (sent at, seconds, kind)
    beats: list[tuple[float, float]] = []  # (when, lateness)
    wal_sizes: list[tuple[float, int]] = []
    stop = asyncio.Event()

    real_refresh = lib.refresh

    async def refresh(**kw) -> None:
        marks.setdefault("refresh", time.perf_counter())
        await real_refresh(**kw)
        marks.setdefault("refreshed", time.perf_counter())

    lib.refresh = refresh  # type: ignore[method-assign]

    async def heartbeat() -> None:
        while not stop.is_set():
            t = time.perf_counter()
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            beats.append((now, now - t - 0.005))
            try:
                wal_sizes.append((now, wal.stat().st_size))
            except OSError:
                pass

    async def one(kind: str, title: str, sent: float) -> None:
        ctx = Ctx(user_id=rng.randrange(1000), guild_id=1, channel_id=rng.randrange(50))
        if kind == "autocomplete":
            await lib.find_titles(title[: rng.randint(1, 8)].lower(), 25)
        else:
            await getattr(handlers, kind)(ctx, title)
        answers.append((sent, time.perf_counter() - sent, kind))

    async def add() -> None:
        await asyncio.sleep(seconds / 2)
        data = big_article(seed)
        marks["add"] = time.perf_counter()
        result = await lib.add_article(data, "large.txt")
        marks["added"] = time.perf_counter()
        marks["ok"] = float(result.ok)

    await asyncio.sleep(3.0)  # the worker's and the search process's start-up, as a bot has before its first interaction
    tasks: set[asyncio.Task] = set()
    beat = asyncio.create_task(heartbeat())
    adder = asyncio.create_task(add())
    cpu0, t0 = time.process_time(), time.perf_counter()
    cpu_marks: list[tuple[float, float]] = [(t0, cpu0)]
    sent = 0
    while (now := time.perf_counter()) - t0 < seconds:
        kind = "autocomplete" if rng.random() < 0.25 else rng.choice(KINDS)
        task = asyncio.create_task(one(kind, rng.choice(titles), now))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        sent += 1
        if now - cpu_marks[-1][0] >= 1.0:
            cpu_marks.append((now, time.process_time()))
        delay = t0 + sent / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
    await adder
    if tasks:
        await asyncio.wait(tasks, timeout=30)
    stop.set()
    await beat
    cpu_marks.append((time.perf_counter(), time.process_time()))
    # The worker's write: from the WAL's first growth after the add to its last.
    if "add" in marks:
        grow = [t for (t, s), (_t0, s0) in zip(wal_sizes[1:], wal_sizes, strict=False) if s != s0 and marks["add"] <= t
                <= marks.get("refresh", float("inf"))]
        if grow:
            marks["write"], marks["written"] = grow[0], grow[-1]
    await runtime.stop()
    await lib.close()
    return {"t0": t0, "end": time.perf_counter(), "marks": marks, "answers": answers, "beats": beats,
            "cpu": cpu_marks, "sent": sent}


def phases(r: dict) -> list[tuple[str, float, float]]:
    m, t0, end = r["marks"], r["t0"], r["end"]
    cuts = [("before", t0)]
    if "add" in m:
        cuts.append(("worker reading", m["add"]))
        if "write" in m:
            cuts.append(("worker writing", m["write"]))
        if "refresh" in m:
            cuts.append(("bot refresh", m["refresh"]))
        cuts.append(("after", m.get("refreshed", m.get("added", end))))
    return [(name, lo, cuts[i + 1][1] if i + 1 < len(cuts) else end) for i, (name, lo) in enumerate(cuts)]


def cpu_between(r: dict, lo: float, hi: float) -> float:
    """Bot process CPU seconds per wall second over [lo, hi) from the per-second marks."""
    pts = r["cpu"]
    inside = [p for p in pts if lo <= p[0] <= hi]
    if len(inside) < 2:
        return float("nan")
    return (inside[-1][1] - inside[0][1]) / max(1e-9, inside[-1][0] - inside[0][0])


def report(r: dict, load: tuple[float, float]) -> str:
    out = [f"load average {load[0]:.2f} before, {load[1]:.2f} after; {r['sent']:,} commands and autocompletes"]
    out.append(f"  {'phase':16s} {'seconds':>8s} {'answers':>8s} {'p50 ms':>8s} {'p99 ms':>8s} {'max ms':>8s} "
               f"{'stall ms':>9s} {'bot CPU':>8s}")
    outside: list[float] = []
    for name, lo, hi in phases(r):
        ts = [d for s, d, _k in r["answers"] if lo <= s < hi]
        if name in ("before", "after"):
            outside += ts
        stall = max((late for t, late in r["beats"] if lo <= t < hi), default=float("nan"))
        out.append(f"  {name:16s} {hi - lo:8.1f} {len(ts):8d} {pct(ts, 50) * 1e3:8.1f} {pct(ts, 99) * 1e3:8.1f} "
                   f"{max(ts, default=float('nan')) * 1e3:8.1f} {stall * 1e3:9.0f} {cpu_between(r, lo, hi):8.2f}")
    alls = [d for _s, d, _k in r["answers"]]
    out.append(f"  all: p99 {pct(alls, 99) * 1e3:.1f} ms; outside the add (before and after) {pct(outside, 99) * 1e3:.1f} ms; "
               f"the article {'added' if r['marks'].get('ok') else 'NOT added'}")
    out.append("  per second (from the start): p99 ms / longest stall ms  [phase]")
    t0 = r["t0"]
    line = []
    for i in range(int(r["end"] - t0) + 1):
        lo, hi = t0 + i, t0 + i + 1
        ts = [d for s, d, _k in r["answers"] if lo <= s < hi]
        if not ts:
            continue
        stall = max((late for t, late in r["beats"] if lo <= t < hi), default=0.0)
        tag = next((n[0].upper() for n, a, b in phases(r) if a <= lo < b), "")
        line.append(f"{i}:{pct(ts, 99) * 1e3:.0f}/{stall * 1e3:.0f}{tag}")
    for k in range(0, len(line), 10):
        out.append("    " + "  ".join(line[k:k + 10]))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.add_cost")
    p.add_argument("--seconds", type=float, default=60.0,
                   help="the add starts half-way; on a busy host the worker may take 30 s or more to read it")
    p.add_argument("--rate", type=float, default=150.0, help="commands and autocompletes per second")
    p.add_argument("--db", type=Path, default=ROOT / "data" / "bench-40000.db")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    if not args.db.exists():
        p.error(f"{args.db} not found: `make load` or `make bench` builds it")
    with tempfile.TemporaryDirectory(prefix="filmbot-addcost-") as tmp:
        work = Path(tmp) / "films.db"
        with sqlite3.connect(args.db) as a, sqlite3.connect(work) as b:
            a.backup(b)
        os.environ.setdefault("FILMBOT_DEFAULT_LIBRARY", "0")
        load0 = os.getloadavg()[0]
        gc.collect()
        r = asyncio.run(run(work, args.seconds, args.rate, args.seed))
        print(report(r, (load0, os.getloadavg()[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
