"""Admission control: which interactions the bot works on when it cannot work on all of them.

Discord drops an interaction that gets no first response within 3 s of being created (the
answer then fails with 10062 "Unknown interaction"). A bot that falls behind and keeps working
on every interaction in arrival order spends its time on answers nobody will see, so the ones
behind them expire too and it never catches up. So, per interaction, by its age (from its
snowflake, which Discord stamps when the user acts):

* young enough (``START_BY``): it waits for one of ``SLOTS`` places of work, in its server's
  queue; servers take turns, so one busy server cannot starve the others, and a server's queue
  holds at most ``GUILD_QUEUE`` waiting interactions;
* too old to start, or its server's queue is full: a short ephemeral "busy, try again" while
  there is still time for it to arrive (``BUSY_BY``);
* older than that: dropped, without a reply and without a traceback (one rate-limited log line
  covers those that fail anyway, see ``bot.logs``).

Autocomplete never queues: a list that arrives late is useless, so under pressure it is answered
at once from a cheaper lookup with fewer choices (``pressure()``), and dropped only when it is
already too old to arrive in time, counting the event loop's lag as a command's age does (a
keystroke read at 2.4 s and answered by a loop running a second late was a late reply: 1,195 of
the 3,603 late replies of one overload on a host at load average 8).

The decisions (``decide``, ``FairGate``, ``AgeClock``) are plain code, tested without Discord;
``admit`` and ``AdmittedTree`` are the thin discord.py glue.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable, Hashable

import aiohttp
import discord
from discord import app_commands

log = logging.getLogger(__name__)

DISCORD_DEADLINE = 3.0  # seconds Discord waits for an interaction's first response
DISCORD_EPOCH_MS = 1420070400000  # a snowflake's time is milliseconds since this, shifted left 22 bits
START_BY = 1.5  # seconds of age after which an interaction is not started: busy or dropped instead
BUSY_BY = 2.5  # seconds of age after which even a "busy" reply may arrive too late: dropped
SLOTS = 8  # interactions worked on at once (each may await SQLite or Discord in between)
GUILD_QUEUE = 50  # interactions of one server waiting for a slot
DEGRADE_AFTER = 0.25  # seconds of age after which autocomplete takes the short path
SKEW_TOLERANCE = DISCORD_DEADLINE  # host clock ahead of Discord's by more than this: corrected (see AgeClock)
SKEW_WINDOW = 300.0  # seconds of arrivals the clock correction looks back over

BUSY_TEXT = "I'm busy right now and couldn't get to that in time. Please try again in a few seconds."

RUN, BUSY, DROP = "run", "busy", "drop"


def decide(age: float, lag: float = 0.0) -> str:
    """What to do with an interaction of this age (seconds) that has not been started yet, when the
    event loop is currently running *lag* seconds late (a reply started now leaves that much later)."""
    if age + lag <= START_BY:
        return RUN
    if age + lag <= BUSY_BY:
        return BUSY
    return DROP


class AgeClock:
    """An interaction's age from its creation time, robust to a host clock that is off.

    Discord's deadline counts from the snowflake's timestamp; this host's clock may be ahead or
    behind (no NTP). The freshest arrivals over the last ``SKEW_WINDOW`` seconds show the offset
    plus the network's delivery time: when that floor is negative (clock behind) or above
    ``SKEW_TOLERANCE`` (clock ahead: not even the freshest arrival could have been answered in
    time, which lateness alone does not explain for minutes on end), it is subtracted; otherwise
    ages are taken as they are, so a bot that is merely behind still sees its interactions as old."""

    BUCKET = 30.0

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self._mins: deque[tuple[int, float]] = deque()  # (bucket number, least raw age seen in it)
        self._offset = 0.0

    def offset(self) -> float:
        return self._offset

    def observe(self, created: float) -> float:
        """Record an arrival created at *created* (epoch seconds) and return its age."""
        now = self.clock()
        raw = now - created
        bucket = int(now // self.BUCKET)
        if self._mins and self._mins[-1][0] == bucket:
            if raw >= self._mins[-1][1]:
                return self.age(created)
            self._mins[-1] = (bucket, raw)
        else:
            self._mins.append((bucket, raw))
            while self._mins and self._mins[0][0] < bucket - SKEW_WINDOW // self.BUCKET:
                self._mins.popleft()
        floor = min(m for _, m in self._mins)
        self._offset = floor if floor < 0 or floor > SKEW_TOLERANCE else 0.0
        return self.age(created)

    def age(self, created: float) -> float:
        return max(0.0, self.clock() - created - self._offset)


class FairGate:
    """``slots`` places of work shared by many keys (servers): one FIFO queue per key, served in
    turn, at most ``per_key`` waiting per key.

    ``enter`` returns ``"entered"`` (the caller holds a slot and must ``leave()``), ``"full"`` (its
    key's queue is full) or ``"timeout"`` (no slot within *timeout* seconds)."""

    def __init__(self, slots: int = SLOTS, per_key: int = GUILD_QUEUE) -> None:
        self.slots = slots
        self.per_key = per_key
        self.in_use = 0
        self.waiting = 0
        self.waiting_max = 0
        self._queues: dict[Hashable, deque[asyncio.Future[bool]]] = {}  # insertion order = turn order

    async def enter(self, key: Hashable, timeout: float) -> str:
        if self.in_use < self.slots and not self.waiting:
            self.in_use += 1
            return "entered"
        q = self._queues.get(key)
        if q is not None and len(q) >= self.per_key:
            return "full"
        if timeout <= 0:
            return "timeout"
        fut: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        if q is None:
            q = self._queues[key] = deque()
        q.append(fut)
        self.waiting += 1
        self.waiting_max = max(self.waiting_max, self.waiting)
        timer = asyncio.get_running_loop().call_later(timeout, self._expire, key, fut)
        try:
            granted = await fut
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled() and fut.result():
                self.leave()  # a slot was handed over just as the caller went away: pass it on
            else:
                self._remove(key, fut)
            raise
        finally:
            timer.cancel()
        return "entered" if granted else "timeout"

    def _remove(self, key: Hashable, fut: asyncio.Future[bool]) -> None:
        q = self._queues.get(key)
        if q is not None and fut in q:
            q.remove(fut)
            self.waiting -= 1
            if not q:
                del self._queues[key]

    def _expire(self, key: Hashable, fut: asyncio.Future[bool]) -> None:
        if not fut.done():
            self._remove(key, fut)
            fut.set_result(False)

    def leave(self) -> None:
        """Give the slot to the next waiter (the next server in turn), or free it."""
        while self._queues:
            key = next(iter(self._queues))
            q = self._queues.pop(key)
            fut = q.popleft()
            self.waiting -= 1
            if q:
                self._queues[key] = q  # to the back of the turn order
            if not fut.done():
                fut.set_result(True)
                return
        self.in_use -= 1

    def take_waiting_max(self) -> int:
        m, self.waiting_max = self.waiting_max, self.waiting
        return m


class Admission:
    """The gate, the age clock and the counts the health line reports."""

    def __init__(self, gate: FairGate | None = None, clock: AgeClock | None = None,
                 lag: Callable[[], float] = lambda: 0.0) -> None:
        self.gate = gate or FairGate()
        self.clock = clock or AgeClock()
        #: How late the event loop runs right now (``LoopMonitor.lag``): a bot that is behind sheds sooner.
        self.lag = lag
        self.counts = {"received": 0, "busy": 0, "dropped": 0, "degraded": 0}

    def age(self, interaction: discord.Interaction) -> float:
        return self.clock.age(interaction.created_at.timestamp())

    def pressure(self, interaction: discord.Interaction) -> bool:
        """True when autocomplete should take the short path: work is queueing, or this keystroke
        already waited a while to be read."""
        return self.gate.waiting > 0 or self.age(interaction) > DEGRADE_AFTER

    def counters(self) -> dict[str, int]:
        """The counts since the previous call (the health line's period), then reset."""
        out = dict(self.counts, queue_max=self.gate.take_waiting_max())
        for k in self.counts:
            self.counts[k] = 0
        return out

    def shed(self, data: dict) -> bool:
        """True when a raw INTERACTION_CREATE (the gateway's dict) is a slash command or an
        autocomplete already too old for any reply to arrive in time: ``admit`` would drop it, so it
        is dropped here, counted the same, before discord.py builds the interaction, its member and
        its namespace and schedules a task for it (the most of a dropped interaction's CPU). A bot
        coming out of an overload works through the backlog in its socket that much sooner. Anything
        else (buttons, a malformed id) goes on to ``admit`` as before."""
        kind = data.get("type")
        if kind not in (2, 4):
            return False
        try:
            created = ((int(data["id"]) >> 22) + DISCORD_EPOCH_MS) / 1000
        except (KeyError, TypeError, ValueError):
            return False
        age = self.clock.observe(created)
        if decide(age, self.lag()) == DROP:
            self.counts["received"] += 1
            self.counts["dropped"] += 1
            return True
        return False

    async def admit(self, interaction: discord.Interaction) -> bool:
        """True: go ahead (a slot is held until the calling task ends). False: the interaction was
        answered "busy" or dropped, and must not be answered again."""
        self.counts["received"] += 1
        age = self.clock.observe(interaction.created_at.timestamp())
        if interaction.type is discord.InteractionType.autocomplete:
            if decide(age, self.lag()) == DROP:  # its list would leave after the loop's lag: too late
                self.counts["dropped"] += 1
                return False
            return True
        key = interaction.guild_id if interaction.guild_id is not None else ("user", interaction.user.id)
        lag = self.lag()
        got = await self.gate.enter(key, START_BY - age - lag) if decide(age, lag) == RUN else "late"
        if got == "entered":
            task = asyncio.current_task()
            if task is None:  # not run by discord.py's dispatch: nothing to tie the slot to
                self.gate.leave()
            else:
                task.add_done_callback(lambda _t: self.gate.leave())
            return True
        await self.refuse(interaction)
        return False

    async def refuse(self, interaction: discord.Interaction) -> None:
        """"Busy" while it can still arrive in time, otherwise nothing."""
        if decide(self.age(interaction), self.lag()) == DROP:
            self.counts["dropped"] += 1
            return
        try:
            await interaction.response.send_message(BUSY_TEXT, ephemeral=True,
                                                    allowed_mentions=discord.AllowedMentions.none())
            self.counts["busy"] += 1
        except (discord.HTTPException, aiohttp.ClientError, asyncio.TimeoutError, ConnectionError) as exc:
            self.counts["dropped"] += 1
            log.warning("could not send a busy reply", exc_info=exc)


def shed_early(client: discord.Client, admission: Admission) -> None:
    """Put ``Admission.shed`` in front of discord.py's INTERACTION_CREATE parser (the gateway reads
    the client's parsers dict when it connects)."""
    parsers = client._connection.parsers
    parse = parsers["INTERACTION_CREATE"]

    def parse_interaction_create(data: dict) -> None:
        if not admission.shed(data):
            parse(data)

    parsers["INTERACTION_CREATE"] = parse_interaction_create


def admission_of(client: object) -> Admission | None:
    return getattr(client, "admission", None)


async def admit(interaction: discord.Interaction) -> bool:
    """The check every command and button runs first (see ``AdmittedTree`` and the views); a bot
    without an ``admission`` attribute (a test's bare client) admits everything."""
    adm = admission_of(interaction.client)
    return True if adm is None else await adm.admit(interaction)


def interaction_age(interaction: discord.Interaction) -> float:
    """Seconds since Discord created the interaction (clock-corrected when the bot has admission)."""
    adm = admission_of(interaction.client)
    if adm is not None:
        return adm.age(interaction)
    return max(0.0, time.time() - interaction.created_at.timestamp())


def under_pressure(interaction: discord.Interaction) -> bool:
    adm = admission_of(interaction.client)
    return adm is not None and adm.pressure(interaction)


def note_degraded(interaction: discord.Interaction) -> None:
    adm = admission_of(interaction.client)
    if adm is not None:
        adm.counts["degraded"] += 1


class AdmittedTree(app_commands.CommandTree):
    """The command tree with admission control in front of every slash command and autocomplete."""

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        return await admit(interaction)
