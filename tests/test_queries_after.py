"""``queries.sentences_after``: the sentences after a cited one in its paragraph, in order.

Why: the query was rewritten for speed (the cited sentence is the outer loop); this pins what it returns.
"""

from __future__ import annotations

from bot import queries
from bot.database import connect
from bot.ingest import ingest_bytes

ARTICLE = ("Ora Pell Story\nOra Pell Story is a 1990 film. It was shot in winter. It opened in May.\n\n"
           "Reception\nCritics liked it. Audiences did not.\n")


async def test_sentences_after_stay_in_the_paragraph(tmp_path) -> None:
    conn = await connect(tmp_path / "a.db")
    try:
        assert (await ingest_bytes(conn, ARTICLE.encode(), source="a.txt")).ok
        async with conn.execute("SELECT film_id, ref, text FROM sentences ORDER BY idx") as cur:
            rows = await cur.fetchall()
        fid, first = rows[0][0], rows[0][1]
        assert await queries.sentences_after(conn, fid, first) == [rows[1][2], rows[2][2]]
        assert await queries.sentences_after(conn, fid, first, limit=1) == [rows[1][2]]
        last = [r for r in rows if r[2].startswith("Audiences")][0][1]
        assert await queries.sentences_after(conn, fid, last) == []
        assert await queries.sentences_after(conn, fid, "p99.s9") == []
    finally:
        await conn.close()
