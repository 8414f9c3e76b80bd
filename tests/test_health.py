"""What the bot's log and health probe say when it falls behind: expected failures as one line,
a log that never holds up the bot, and a probe that sees a blocked event loop."""

from __future__ import annotations

import asyncio
import io
import logging
import threading
import time

import discord

from bot.health import LoopMonitor
from bot.logs import ExpectedFailures, QueueLogging, expected_failure


def _not_found() -> discord.NotFound:
    class Resp:
        status = 404
        reason = "Not Found"

    return discord.NotFound(Resp(), {"code": 10062, "message": "Unknown interaction"})


def test_expected_failures_are_recognised_through_discord_pys_wrappers():
    from discord import app_commands

    wrapped = app_commands.CommandInvokeError.__new__(app_commands.CommandInvokeError)
    wrapped.original = _not_found()
    assert "10062" in expected_failure(wrapped)
    assert expected_failure(ValueError("a bug")) is None


def test_a_flood_of_expected_failures_is_one_line_without_a_traceback():
    now = [0.0]
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(ExpectedFailures(window=10, clock=lambda: now[0]))
    log = logging.getLogger("test.expected")
    log.addHandler(handler)
    log.propagate = False
    try:
        for _ in range(200):
            log.error("command failed", exc_info=_not_found())
        now[0] = 11.0
        log.error("command failed", exc_info=_not_found())
        try:
            raise ValueError("boom")
        except ValueError:
            log.exception("a real bug")
    finally:
        log.removeHandler(handler)
    lines = out.getvalue()
    assert lines.count("expired before it was answered") == 2
    assert "199 more like it" in lines
    assert lines.count("Traceback") == 1 and "ValueError: boom" in lines  # a real bug keeps its traceback


def test_logging_never_waits_for_a_stuck_stream():
    release = threading.Event()

    class Stuck(io.StringIO):
        def write(self, s: str) -> int:
            release.wait(5)  # a pipe nobody reads
            return super().write(s)

    ql = QueueLogging(Stuck(), maxsize=100)
    log = logging.getLogger("test.stuck")
    log.addHandler(ql.handler)
    log.propagate = False
    try:
        t = time.perf_counter()
        for i in range(5000):
            log.warning("line %d", i)
        took = time.perf_counter() - t
    finally:
        log.removeHandler(ql.handler)
        release.set()
        ql.close()
    assert took < 2.0  # would be forever if a record waited for the stream
    assert ql.handler.dropped > 0


async def test_the_probe_sees_a_blocked_loop_and_says_where(caplog):
    monitor = LoopMonitor(every=0.005)
    monitor.start()
    await asyncio.sleep(0.02)
    time.sleep(0.3)  # something slow on the loop
    await asyncio.sleep(0.02)
    await monitor.stop()
    assert monitor.take() >= 0.25
    # (on a busy machine the host may stall the loop too, at a select: one of the warnings names the culprit)
    warnings = [r.getMessage() for r in caplog.records if "blocked for" in r.getMessage()]
    assert any("test_health.py" in w and "test_the_probe_sees_a_blocked_loop_and_says_where" in w for w in warnings), warnings
