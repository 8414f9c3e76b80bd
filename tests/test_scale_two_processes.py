"""Two bot processes on shards 0 and 1 of 2, one throwaway PostgreSQL: the short form of
``make scale-test`` (tests/scale_scenario.py: both processes up on one PostgreSQL, one command
sync, each guild answered only by its own process), run when PostgreSQL's binaries are here and
skipped with one reason otherwise. ``make scale-test`` adds the trivia checks (buttons games in
both guilds at once, the all-time board across them, a process killed mid-game and restarted)
and a film added in one guild answered in the other, which take four times as long."""

from __future__ import annotations

from tests.scale_scenario import run_scenario


async def test_two_processes_share_one_bot(pg_database, seeded_db, tmp_path):
    lines: list[str] = []
    await run_scenario(pg_database, seeded_db, tmp_path, lines.append, full=False)
    assert lines[-1] == "two processes: all checks passed", lines
    assert len([ln for ln in lines if ln.startswith("ok  ")]) == 3, lines
