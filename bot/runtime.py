"""What keeps the running bot responsive under load, started and stopped with it.

Admission control (``bot.admission``), the event-loop probe and its health line
(``bot.health``), and the worker process that reads added articles (``bot.workers``), held in
one place so ``FilmBot`` wires them with two calls.
"""

from __future__ import annotations

import gc
import logging

from .admission import Admission
from .health import HealthReporter, LoopMonitor, stats_interval
from .library import Library
from .workers import Workers

log = logging.getLogger(__name__)


class Runtime:
    def __init__(self) -> None:
        self.monitor = LoopMonitor()
        self.admission = Admission(lag=self.monitor.lag)
        self.reporter = HealthReporter(self.monitor, self.admission.counters, stats_interval())
        self.workers = Workers()  # started on the first article (a spawned process takes ~1 s to import FilmBot)

    async def start(self, library: Library) -> None:
        """Once the library is open: articles go to the worker; the probe and health line start."""
        library.workers = self.workers
        self.monitor.start()
        self.reporter.start()
        # Everything loaded so far (the title index, cogs, discord.py) lives as long as the bot:
        # moved out of the collector's sight, a full collection no longer walks it (at 40,000
        # films that walk is a pause of tens of milliseconds on the event loop).
        gc.collect()
        gc.freeze()

    async def stop(self) -> None:
        await self.reporter.stop()
        await self.monitor.stop()
        self.workers.close()
