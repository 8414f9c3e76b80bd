"""Shared helpers of the /ask tests: one question against a database file, a library of invented articles."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.ask import CONFIDENT, Answer, answer
from bot.database import connect
from bot.ingest import ingest_bytes
from bot.library import Library


def ask(db: Path, question: str) -> Answer:
    """Open the library at *db*, answer *question*, close it: what one /ask does."""

    async def go() -> Answer:
        lib = await Library.open(db)
        try:
            return await answer(lib, question)
        finally:
            await lib.close()

    return asyncio.run(go())


def assert_quoted(db: Path, question: str, quoted: str) -> Answer:
    """Ask, and check what a member reads: the sentence that tells it is quoted, below confidence (a
    quoted sentence is never a confident answer)."""
    ans = ask(db, question)
    assert quoted in ans.answer, ans.answer
    assert ans.confidence < CONFIDENT
    return ans


def add_articles(db: Path, articles: dict[str, str]) -> None:
    """Ingest invented plain-text articles (name -> text) into *db*."""

    async def go() -> None:
        conn = await connect(db)
        try:
            for name, text in articles.items():
                result = await ingest_bytes(conn, text.encode(), source=name)
                assert result.ok, result.error
        finally:
            await conn.close()

    asyncio.run(go())


def library(tmp_path: Path, *articles: str) -> Path:
    """A fresh library of *articles* (invented texts) in *tmp_path*: the database to ask."""
    db = tmp_path / "films.db"
    add_articles(db, {f"a{n}.txt": text for n, text in enumerate(articles)})
    return db
