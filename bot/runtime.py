"""What keeps the running bot responsive under load, started and stopped with it.

Admission control (``bot.admission``), the event-loop probe and its health line
(``bot.health``), the worker process that reads added articles (``bot.workers``) and, for a
large library, the title search process (``bot.search``), held in one place so ``FilmBot``
wires them with two calls.
"""

from __future__ import annotations

import gc
import logging

from .admission import Admission
from .health import HealthReporter, LoopMonitor, stats_interval
from .library import Library
from .search import SEARCH_PROCESS_FROM, TitleSearch
from .workers import Workers

log = logging.getLogger(__name__)

FULL_COLLECTION_EVERY = 100  # younger collections between full ones (CPython's default is 10)
#: Connections to Discord's HTTP API at once. discord.py's default is no limit: after a stall, the
#: backlog's replies each opened a connection, and opening hundreds stalled the loop again.
HTTP_CONNECTIONS = 64


class Runtime:
    def __init__(self) -> None:
        self.monitor = LoopMonitor()
        self.admission = Admission(lag=self.monitor.lag)
        self.reporter = HealthReporter(self.monitor, self.admission.counters, stats_interval())
        self.workers = Workers()  # started with a large library, else by the first article (see start)
        self.search: TitleSearch | None = None  # a large library's autocomplete, in a process of its own
        self._gc_threshold: tuple[int, int, int] | None = None

    async def start(self, library: Library) -> None:
        """Once the library is open: articles go to the worker (and a large library's autocomplete
        to the search process), the probe and health line start, and what was loaded is moved out
        of the garbage collector's sight."""
        library.workers = self.workers
        if library.path is not None and len(library.films) >= SEARCH_PROCESS_FROM:
            self.search = TitleSearch(str(library.path))
            self.search.start()
            library.search = self.search
            search = self.search
            library.on_refresh.append(lambda: search.refresh(*library.last_change))
            # A large library is a busy bot: the worker starts now, not with the first article
            # (its second of imports, at full priority, was taken from the answers under load).
            self.workers.start()
        self.monitor.start()
        self.reporter.start()
        # Everything loaded so far (the title index, cogs, discord.py) lives as long as the bot:
        # moved out of the collector's sight, a full collection no longer walks it. At 40,000
        # films that walk is 80-140 ms with the event loop stopped, every few seconds under load.
        gc.collect()
        gc.freeze()
        # A rebuilt index is as long-lived: frozen as it is built (the old one goes by reference counting).
        library.freeze_index = True
        # What the bot makes while it runs and keeps for minutes (a paging view per long answer,
        # kept for VIEW_TIMEOUT; caches) still fills the oldest generation, and a full collection
        # walks all of it with the loop stopped: 80-130 ms after a minute at 200 interactions/s.
        # Full collections ten times rarer: one such pause every few minutes instead of every 15 s.
        self._gc_threshold = gc.get_threshold()
        gc.set_threshold(self._gc_threshold[0], self._gc_threshold[1], FULL_COLLECTION_EVERY)

    async def stop(self) -> None:
        await self.reporter.stop()
        await self.monitor.stop()
        if self._gc_threshold is not None:  # the collector as it was: what the bot froze can be collected again
            gc.set_threshold(*self._gc_threshold)
            gc.unfreeze()
            self._gc_threshold = None
        self.workers.close()
        if self.search is not None:
            self.search.close()
