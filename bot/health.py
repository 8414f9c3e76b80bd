"""How the bot is keeping up: the event loop's longest stall, and a periodic one-line summary.

Everything the bot does for every server runs on one event loop, so one slow step (a big
article parsed in place, a log write to a pipe nobody reads, a full garbage collection) holds
up every interaction and Discord's heartbeat with it. ``LoopMonitor`` is a heartbeat probe: a
task that asks to wake every ``PROBE_EVERY`` seconds and records how late it woke; lateness is
time the loop spent on something else without yielding. The summary line (``health: …``, every
``FILMBOT_STATS_SECONDS``, default 60) is what an operator reads to see whether the bot bends
(busy replies) or breaks (stalls, errors); ``make load`` reads the same lines.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger("filmbot.health")

PROBE_EVERY = 0.01  # seconds between heartbeat wake-ups; a stall shorter than this may go unseen
STALL_WARN = 0.1  # a stall this long is logged as a warning of its own (at most one per window)
STALL_WARN_WINDOW = 10.0
STATS_EVERY = 60.0  # default seconds between summary lines
RECENT = 1.0  # seconds of stalls that count as the loop's current lag
WHERE_FRAMES = 6  # innermost frames of a stalled loop that a warning names


def stats_interval() -> float:
    """Seconds between summary lines: ``FILMBOT_STATS_SECONDS`` (0 turns them off), else STATS_EVERY."""
    raw = os.environ.get("FILMBOT_STATS_SECONDS", "").strip()
    try:
        value = float(raw) if raw else STATS_EVERY
    except ValueError:
        value = STATS_EVERY
    return max(0.0, value)


class LoopMonitor:
    """Heartbeat probe of the event loop: the longest stall since the last ``take()``."""

    def __init__(self, every: float = PROBE_EVERY, clock: Callable[[], float] = time.perf_counter) -> None:
        self.every = every
        self.clock = clock
        self.longest = 0.0
        self.longest_ever = 0.0
        self._recent: deque[tuple[float, float]] = deque()  # (when, stall) of the stalls in the last RECENT s
        self._lag = 0.0
        self._last_warned = float("-inf")
        self._task: asyncio.Task | None = None
        self._beat = self.clock()  # when the probe last ran
        self._where = ""  # what the loop was doing during the current stall (the watchdog's look)
        self._watchdog: threading.Thread | None = None
        self._stop = threading.Event()
        #: The garbage collector stops the loop too: its longest pause since ``take()`` and its generation.
        self.gc_longest = (0.0, -1)
        self._gc_started = 0.0

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="filmbot-loop-monitor")
            self._watchdog = threading.Thread(target=self._watch, args=(threading.get_ident(),),
                                              name="filmbot-loop-watchdog", daemon=True)
            self._watchdog.start()
            gc.callbacks.append(self._gc)

    def _gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._gc_started = self.clock()
        else:
            took = self.clock() - self._gc_started
            if took > self.gc_longest[0]:
                self.gc_longest = (took, info.get("generation", -1))

    async def stop(self) -> None:
        self._stop.set()
        if self._gc in gc.callbacks:
            gc.callbacks.remove(self._gc)
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None

    def _watch(self, loop_thread: int) -> None:
        """A thread that looks at the loop's thread once it has been stuck for STALL_WARN: the
        warning then says where (the innermost frames), which is what an operator needs to find
        the slow step. It never touches the loop."""
        while not self._stop.wait(STALL_WARN / 2):
            if self.clock() - self._beat < STALL_WARN or self._where:
                continue
            frame = sys._current_frames().get(loop_thread)
            if frame is not None:
                self._where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}"
                                         for f in reversed(traceback.extract_stack(frame)[-WHERE_FRAMES:]))

    def record(self, stall: float) -> None:
        """Count one observed stall (seconds); logs a warning for a long one, once per window."""
        self.longest = max(self.longest, stall)
        self.longest_ever = max(self.longest_ever, stall)
        now = self.clock()
        if stall >= self.every:
            self._recent.append((now, stall))
        while self._recent and self._recent[0][0] < now - RECENT:
            self._recent.popleft()
        self._lag = max((s for _t, s in self._recent), default=0.0)
        where, self._where = self._where, ""
        if stall >= STALL_WARN and now - self._last_warned >= STALL_WARN_WINDOW:
            self._last_warned = now
            log.warning("the event loop was blocked for %.0f ms%s", stall * 1e3, f" (in {where})" if where else "")

    def lag(self) -> float:
        """The longest stall in the last RECENT seconds: how late the loop is running right now,
        so how much later than planned a reply started now will leave (updated at every probe)."""
        return self._lag

    def take(self) -> float:
        """The longest stall since the previous call, and start a new period."""
        longest, self.longest = self.longest, 0.0
        return longest

    def take_gc(self) -> tuple[float, int]:
        """The longest garbage-collector pause (seconds, generation) since the previous call."""
        longest, self.gc_longest = self.gc_longest, (0.0, -1)
        return longest

    async def _run(self) -> None:
        while True:
            before = self._beat = self.clock()
            await asyncio.sleep(self.every)
            self.record(max(0.0, self.clock() - before - self.every))


class HealthReporter:
    """Every *interval* seconds, one INFO line: interactions, busy replies, drops, the gate's
    deepest queue and the loop's longest stall over the period."""

    def __init__(self, monitor: LoopMonitor, counters: Callable[[], dict[str, int]], interval: float) -> None:
        self.monitor = monitor
        self.counters = counters
        self.interval = interval
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        if self._task is None and self.interval > 0:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="filmbot-health")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None

    def line(self, seconds: float) -> str:
        c = self.counters()
        gc_pause, gen = self.monitor.take_gc()
        return (f"health: {seconds:.0f} s: {c.get('received', 0)} interactions, {c.get('busy', 0)} busy, "
                f"{c.get('dropped', 0)} dropped, {c.get('degraded', 0)} short autocompletes, "
                f"queue max {c.get('queue_max', 0)}, longest loop stall {self.monitor.take() * 1e3:.0f} ms "
                f"(longest GC pause {gc_pause * 1e3:.0f} ms, generation {gen})")

    async def _run(self) -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(self.interval)
            now = time.perf_counter()
            log.info("%s", self.line(now - last))
            last = now
