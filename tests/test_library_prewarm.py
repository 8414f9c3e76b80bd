"""The library reads its database file once at start-up so a cold page cache does not slow each film's
first search (the bot's /ask warm-up calls it); in-memory libraries have no file to read."""

from __future__ import annotations

import asyncio

from bot.library import Library, _read_through


def test_prewarm_reads_the_database_file_and_skips_what_it_cannot(tmp_path):
    async def run() -> tuple[int, int]:
        lib = await Library.open(tmp_path / "films.db")
        try:
            size = (tmp_path / "films.db").stat().st_size
            return await lib.prewarm(), size
        finally:
            await lib.close()

    got, size = asyncio.run(run())
    assert got >= size > 0
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 4096)
    assert asyncio.run(_read_through([big, tmp_path / "absent.db"], limit=1024)) == 0  # over the limit, and missing
    assert asyncio.run(_read_through([big], limit=1 << 20)) == 4096


def test_an_in_memory_library_has_nothing_to_prewarm():
    async def run() -> int:
        lib = await Library.open(":memory:")
        try:
            return await lib.prewarm()
        finally:
            await lib.close()

    assert asyncio.run(run()) == 0
