"""Logging that never holds up the event loop, and expected failures as one rate-limited line.

Why a queue: a log record written straight to stderr is a blocking ``write()`` on the event loop.
When whatever reads the bot's stderr stops reading (a full pipe, a stalled log shipper), that
write blocks forever and the whole bot stops: no answers, no heartbeats, not even SIGINT. Here
records go into a bounded in-memory queue and one thread writes them out; if that thread is
stuck, new records are dropped and counted, and the loop carries on.

Why the filter: when the bot falls behind, the same few failures happen by the hundred (an
interaction that expired before its answer, Discord or the network refusing a request). Each is
expected and says nothing new after the first, and a traceback apiece is what filled the pipe
in the first place. ``ExpectedFailures`` turns them into one line per kind per window, with a
count of the ones it held back.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import sys
import threading
import time
from typing import TextIO

import aiohttp
import discord

#: One line per kind of expected failure per this many seconds.
EXPECTED_FAILURE_WINDOW = 10.0
#: Records waiting for the writer thread before new ones are dropped (a few MB at most).
LOG_QUEUE_SIZE = 10_000
FORMAT = "[{asctime}] [{levelname:<8}] {name}: {message}"
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"


def expected_failure(exc: BaseException | None) -> str | None:
    """A short reason when *exc* is a failure the bot expects under load or on a bad network, else None.

    Looks through the wrappers discord.py adds (``CommandInvokeError.original``) and ``__cause__``."""
    seen = 0
    while exc is not None and seen < 5:
        seen += 1
        if isinstance(exc, discord.HTTPException):
            if exc.code == 10062:
                return "an interaction expired before it was answered (Discord 10062)"
            if exc.code == 40060:
                return "an interaction was already acknowledged (Discord 40060)"
            if exc.status == 429:
                return "Discord rate-limited a request (429)"
            if exc.status >= 500:
                return f"Discord answered a request with {exc.status}"
        if isinstance(exc, aiohttp.ClientError | ConnectionError | asyncio.TimeoutError):
            return f"a request to Discord failed on the network ({type(exc).__name__})"
        exc = getattr(exc, "original", None) or exc.__cause__
    return None


class ExpectedFailures(logging.Filter):
    """Lets the first record of each expected failure through per window, as one line without its
    traceback, and holds back the rest, counting them into the next line of that kind."""

    def __init__(self, window: float = EXPECTED_FAILURE_WINDOW, clock=time.monotonic) -> None:
        super().__init__()
        self.window = window
        self.clock = clock
        self._last: dict[str, float] = {}
        self._held: dict[str, int] = {}
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        reason = expected_failure(exc)
        if reason is None:
            return True
        now = self.clock()
        with self._lock:
            last = self._last.get(reason)
            if last is not None and now - last < self.window:
                self._held[reason] = self._held.get(reason, 0) + 1
                return False
            held = self._held.pop(reason, 0)
            self._last[reason] = now
        record.msg = f"{reason}" + (f" ({held} more like it since the last such line)" if held else "")
        record.args = ()
        record.exc_info = None
        record.exc_text = None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True

    def held(self) -> int:
        """Records held back and not yet counted in a line."""
        with self._lock:
            return sum(self._held.values())


class _DroppingQueueHandler(logging.Handler):
    """Formats on the caller's thread and enqueues without ever waiting; a full queue drops."""

    def __init__(self, q: queue.Queue[str | None]) -> None:
        super().__init__()
        self.queue = q
        self.dropped = 0

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:  # noqa: BLE001 - a malformed log call must not take the caller down
            line = f"(unformattable log record from {record.name})"
        try:
            self.queue.put_nowait(line)
        except queue.Full:
            self.dropped += 1


class QueueLogging:
    """The handler the loggers write to and the thread that writes to the stream."""

    def __init__(self, stream: TextIO | None = None, maxsize: int = LOG_QUEUE_SIZE) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.queue: queue.Queue[str | None] = queue.Queue(maxsize)
        self.handler = _DroppingQueueHandler(self.queue)
        self.expected = ExpectedFailures()
        self.handler.addFilter(self.expected)
        self._reported_drops = 0
        self._thread = threading.Thread(target=self._write, name="filmbot-log-writer", daemon=True)
        self._thread.start()

    def _write(self) -> None:
        while True:
            line = self.queue.get()
            if line is None:
                return
            dropped = self.handler.dropped - self._reported_drops
            try:
                if dropped:
                    self._reported_drops += dropped
                    self.stream.write(f"[log] {dropped} log line(s) dropped: the log output was not being read fast enough\n")
                self.stream.write(line + "\n")
                self.stream.flush()
            except (OSError, ValueError):  # stderr closed (a reader that went away): nothing to do
                pass

    def close(self, timeout: float = 2.0) -> None:
        """Write what is queued, waiting at most *timeout* seconds (never hang a shutdown on a stuck stream)."""
        try:
            self.queue.put(None, timeout=timeout)
        except queue.Full:
            return
        self._thread.join(timeout)


def setup_logging(level: int | str = logging.INFO, stream: TextIO | None = None) -> QueueLogging:
    """Root logging through a :class:`QueueLogging`; returns it so the caller can ``close()`` it at exit."""
    if isinstance(level, str):
        level = getattr(logging, level.upper(), logging.INFO)
    ql = QueueLogging(stream)
    ql.handler.setFormatter(logging.Formatter(FORMAT, DATE_FORMAT, style="{"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(ql.handler)
    return ql
