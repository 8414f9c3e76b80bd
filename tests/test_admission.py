"""Admission control without Discord: who is worked on when not everyone can be, and how late an
interaction may be to still get an answer, a "busy", or nothing."""

from __future__ import annotations

import asyncio

import pytest

from bot.admission import BUSY, BUSY_BY, DROP, RUN, START_BY, Admission, AgeClock, FairGate, decide
from bot.matching import TitleEntry, TitleIndex


def test_young_interactions_run_older_ones_are_told_busy_the_oldest_dropped():
    assert decide(0.0) == RUN
    assert decide(START_BY) == RUN
    assert decide(START_BY + 0.01) == BUSY
    assert decide(BUSY_BY) == BUSY
    assert decide(BUSY_BY + 0.01) == DROP
    assert BUSY_BY < 3.0  # a busy reply must still beat Discord's deadline
    # A loop running late delays whatever is started now: the bot sheds sooner.
    assert decide(1.0, lag=0.8) == BUSY
    assert decide(2.0, lag=0.8) == DROP


async def test_a_busy_server_cannot_starve_another():
    gate = FairGate(slots=1, per_key=10)
    order: list[str] = []

    async def work(key: str, tag: str) -> None:
        assert await gate.enter(key, timeout=5) == "entered"
        order.append(tag)
        await asyncio.sleep(0)
        gate.leave()

    assert await gate.enter("busy", timeout=5) == "entered"  # the slot is taken
    tasks = [asyncio.create_task(work("busy", f"busy{i}")) for i in range(5)]
    await asyncio.sleep(0)
    tasks.append(asyncio.create_task(work("quiet", "quiet")))
    await asyncio.sleep(0)
    gate.leave()
    await asyncio.gather(*tasks)
    # The quiet server waited behind one of the busy server's interactions, not all five.
    assert order.index("quiet") <= 1
    assert gate.in_use == 0 and gate.waiting == 0


async def test_a_servers_queue_is_bounded_and_a_wait_times_out():
    gate = FairGate(slots=1, per_key=2)
    assert await gate.enter("a", timeout=1) == "entered"
    waiters = [asyncio.create_task(gate.enter("a", timeout=0.05)) for _ in range(2)]
    await asyncio.sleep(0)
    assert await gate.enter("a", timeout=1) == "full"
    assert await asyncio.gather(*waiters) == ["timeout", "timeout"]
    assert gate.waiting == 0
    gate.leave()
    assert gate.in_use == 0


async def test_a_cancelled_waiter_gives_its_slot_back():
    gate = FairGate(slots=1, per_key=5)
    assert await gate.enter("a", timeout=1) == "entered"
    waiter = asyncio.create_task(gate.enter("b", timeout=5))
    await asyncio.sleep(0)
    gate.leave()  # hands the slot to the waiter …
    waiter.cancel()  # … which goes away before it runs
    with pytest.raises(asyncio.CancelledError):
        await waiter
    assert gate.in_use == 0 and gate.waiting == 0
    assert await gate.enter("c", timeout=1) == "entered"


def test_a_host_clock_ahead_of_discords_does_not_make_every_interaction_old():
    now = [1000.0]
    clock = AgeClock(clock=lambda: now[0])
    # This host's clock runs 30 s ahead: fresh interactions look 30 s old …
    for _ in range(20):
        now[0] += 0.1
        clock.observe(now[0] - 30.0 - 0.05)
    # … and are seen for what they are, while one that really waited still looks old.
    assert clock.age(now[0] - 30.0 - 0.05) < 0.1
    assert clock.age(now[0] - 30.0 - 2.0) == pytest.approx(1.95, abs=0.01)


def test_a_correct_clock_is_left_alone():
    now = [1000.0]
    clock = AgeClock(clock=lambda: now[0])
    for _ in range(20):
        now[0] += 0.1
        clock.observe(now[0] - 0.05)
    assert clock.age(now[0] - 2.0) == pytest.approx(2.0)


def test_the_short_autocomplete_offers_fewer_titles_but_some():
    index = TitleIndex([TitleEntry(1, "Night River", 1990), TitleEntry(2, "Night Road", 2001),
                        TitleEntry(3, "Nightfall", 1957), TitleEntry(4, "Summer Night", 1999)])
    got = [e.id for e in index.prefix("night r")]
    assert got and set(got) <= {1, 2}
    assert [e.id for e in index.prefix("the night", 1)] in ([1], [2])
    assert index.prefix("zzz") == []


def test_a_command_or_keystroke_too_old_to_answer_is_shed_before_discord_py_parses_it():
    """``Admission.shed`` drops, from the gateway's raw dict, exactly what ``admit`` would drop
    (counted the same); younger ones, buttons and anything unreadable go on to ``admit``."""
    from bot.admission import DISCORD_EPOCH_MS

    now = 1_800_000_000.0
    lag = {"s": 0.0}
    adm = Admission(clock=AgeClock(clock=lambda: now), lag=lambda: lag["s"])

    def raw(kind: int, age: float) -> dict:
        return {"type": kind, "id": str(int((now - age) * 1000 - DISCORD_EPOCH_MS) << 22)}

    assert not adm.shed(raw(2, 0.1)) and not adm.shed(raw(2, START_BY + 0.1))  # run, or told busy by admit
    assert adm.shed(raw(2, BUSY_BY + 0.2)) and adm.shed(raw(4, BUSY_BY + 0.2))
    assert not adm.shed(raw(3, BUSY_BY + 0.2))  # a button: its view's check decides
    lag["s"] = 1.0  # a loop running late: a reply or a list would leave later still
    assert adm.shed(raw(2, BUSY_BY - 0.5)) and adm.shed(raw(4, BUSY_BY - 0.5))
    assert not adm.shed(raw(4, BUSY_BY - 1.5))
    assert not adm.shed({"type": 2}) and not adm.shed({"type": 2, "id": "x"})
    assert adm.counts["dropped"] == 4 and adm.counts["received"] == 4
