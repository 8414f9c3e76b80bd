"""The query layer: plain async functions over the database, shared by the CLI, the console and the cogs.

Rows come back as plain dicts carrying their source (section path and sentence text),
so every renderer can cite where a fact came from.
"""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from .store import FACT_BY_TABLE, TABLES, columns


@dataclass(frozen=True)
class Film:
    id: int
    title: str
    page_title: str
    year: int | None
    n_chars: int

    @property
    def label(self) -> str:
        return f"{self.title} ({self.year})" if self.year else self.title


def _film(row) -> Film:
    return Film(row["id"], row["title"], row["page_title"], row["year"], row["n_chars"])


async def count_films(conn: aiosqlite.Connection) -> int:
    async with conn.execute("SELECT count(*) FROM films") as cur:
        return (await cur.fetchone())[0]


async def list_films(conn: aiosqlite.Connection, *, limit: int | None = None) -> list[Film]:
    sql = "SELECT id, title, page_title, year, n_chars FROM films ORDER BY title COLLATE NOCASE, year"
    params: tuple = ()
    if limit is not None:
        sql += " LIMIT ?"
        params = (limit,)
    async with conn.execute(sql, params) as cur:
        return [_film(r) for r in await cur.fetchall()]


async def title_rows(conn: aiosqlite.Connection) -> list[tuple[int, str, int | None]]:
    """(id, title, year) of every film: what the title index is built from."""
    async with conn.execute("SELECT id, title, year FROM films") as cur:
        return [(r[0], r[1], r[2]) for r in await cur.fetchall()]


async def get_film(conn: aiosqlite.Connection, film_id: int) -> Film | None:
    async with conn.execute("SELECT id, title, page_title, year, n_chars FROM films WHERE id = ?", (film_id,)) as cur:
        row = await cur.fetchone()
    return _film(row) if row else None


async def fact_counts(conn: aiosqlite.Connection, film_id: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for kind, table in TABLES.items():
        async with conn.execute(f"SELECT count(*) FROM {table} WHERE film_id = ?", (film_id,)) as cur:
            n = (await cur.fetchone())[0]
        if n:
            out[kind] = n
    return out


async def facts(conn: aiosqlite.Connection, film_id: int, kind: str, where: str = "", params: tuple = ()) -> list[dict]:
    """Rows of one fact kind for a film, in article order, each with a ``source``.

    ``where`` is an extra SQL condition on the fact table (aliased ``f``) with its own
    parameters; callers pass only fixed SQL text, never user input."""
    table = TABLES[kind]
    cols = columns(FACT_BY_TABLE[table])
    select = ", ".join(f'f."{c}"' for c in cols)
    sql = (
        f"SELECT {select}, s.idx AS s_idx, s.ref AS s_ref, s.text AS s_text, sec.path AS s_path "
        f"FROM {table} f JOIN sentences s ON s.id = f.sentence_id "
        f"JOIN sections sec ON sec.film_id = s.film_id AND sec.idx = s.section "
        f"WHERE f.film_id = ? {('AND ' + where) if where else ''} ORDER BY s.idx, f.id"
    )
    async with conn.execute(sql, (film_id, *params)) as cur:
        rows = await cur.fetchall()
    out = []
    for r in rows:
        d = {c: r[c] for c in cols}
        if "voice" in d:
            d["voice"] = bool(d["voice"])
        if "source" in d:  # ScoreFact.source names the aggregator; "source" below is the citation
            d["aggregator"] = d.pop("source")
        d["source"] = {"section": r["s_path"], "sentence": r["s_text"], "ref": r["s_ref"]}
        out.append(d)
    return out


async def sections(conn: aiosqlite.Connection, film_id: int) -> list[dict]:
    async with conn.execute(
        "SELECT idx, heading, level, parent, kind, path FROM sections WHERE film_id = ? ORDER BY idx", (film_id,)
    ) as cur:
        return [dict(r) for r in await cur.fetchall()]


async def sentences_in(conn: aiosqlite.Connection, film_id: int, kinds: tuple[str, ...]) -> list[dict]:
    """Sentences of the sections of these kinds (or below them), in article order."""
    marks = ", ".join("?" for _ in kinds)
    sql = (
        "SELECT s.idx, s.para, s.ref, s.text, sec.path, sec.kind FROM sentences s "
        "JOIN sections sec ON sec.film_id = s.film_id AND sec.idx = s.section "
        "LEFT JOIN sections p ON p.film_id = sec.film_id AND p.idx = sec.parent "
        f"WHERE s.film_id = ? AND (sec.kind IN ({marks}) OR p.kind IN ({marks})) ORDER BY s.idx"
    )
    async with conn.execute(sql, (film_id, *kinds, *kinds)) as cur:
        return [dict(r) for r in await cur.fetchall()]


async def search_sentences(conn: aiosqlite.Connection, film_id: int | None, query: str, limit: int = 10) -> list[dict]:
    """Full-text search (BM25) over article sentences; the query is quoted term by term."""
    terms = [t for t in "".join(ch if ch.isalnum() else " " for ch in query).split() if t]
    if not terms:
        return []
    match = " OR ".join(f'"{t}"' for t in terms[:32])
    sql = (
        "SELECT s.film_id, s.idx, s.text, sec.path, bm25(sentences_fts) AS rank FROM sentences_fts "
        "JOIN sentences s ON s.id = sentences_fts.rowid "
        "JOIN sections sec ON sec.film_id = s.film_id AND sec.idx = s.section "
        "WHERE sentences_fts MATCH ?" + (" AND s.film_id = ?" if film_id is not None else "") + " ORDER BY rank LIMIT ?"
    )
    params = (match, film_id, limit) if film_id is not None else (match, limit)
    async with conn.execute(sql, params) as cur:
        return [dict(r) for r in await cur.fetchall()]


def _src(row: dict) -> dict:
    return {"section": row["source"]["section"], "sentence": row["source"]["sentence"]}


async def export_film(conn: aiosqlite.Connection, film: Film) -> dict:
    """The stable JSON export of one film's facts (the `facts --json` format)."""
    fid = film.id
    cast = await facts(conn, fid, "cast")
    crew = await facts(conn, fid, "crew")
    awards = await facts(conn, fid, "award")
    reviews = await facts(conn, fid, "review")
    scores = await facts(conn, fid, "score")
    money = await facts(conn, fid, "money")
    release = await facts(conn, fid, "release")
    score_map: dict[str, dict] = {}
    for s in scores:
        entry = {k: s[k] for k in ("score", "count", "average", "average_scale", "grade", "descriptor", "consensus", "text")
                 if s[k] not in (None, "")}
        entry["source"] = _src(s)
        score_map.setdefault(s["aggregator"], entry)
    return {
        "title": film.title,
        "year": film.year,
        "cast": [{"actor": c["actor"], "character": c["character"], "voice": c["voice"], "source": _src(c)} for c in cast],
        "crew": [{"role": c["role"], "name": c["name"], "source": _src(c)} for c in crew],
        "awards": [
            {"ceremony": a["ceremony"], "ordinal": a["ordinal"], "year": a["year"], "category": a["category"],
             "recipient": a["recipient"], "outcome": a["outcome"], "source": _src(a)}
            for a in awards
        ],
        "award_counts": [
            {"ceremony": a["ceremony"], "count": a["count"], "outcome": a["outcome"], "text": a["text"], "source": _src(a)}
            for a in await facts(conn, fid, "award_count")
        ],
        "reviews": [
            {"critic": r["critic"], "publication": r["publication"], "rating": r["rating_text"],
             "rating_value": r["rating_value"], "rating_scale": r["rating_scale"], "verdict": r["verdict"],
             "quote": r["quote"], "source": _src(r)}
            for r in reviews
        ],
        "scores": {
            "rotten_tomatoes": score_map.get("rotten_tomatoes"),
            "metacritic": score_map.get("metacritic"),
            "cinemascore": score_map.get("cinemascore"),
            "posttrak": score_map.get("posttrak"),
        },
        "money": [
            {"kind": m["kind"], "amount": m["amount"], "amount_high": m["amount_high"], "currency": m["currency"],
             "qualifier": m["qualifier"], "text": m["text"], "source": _src(m)}
            for m in money
        ],
        "release": [
            {"kind": r["kind"], "date": r["date"], "event": r["event"], "place": r["place"], "theaters": r["theaters"],
             "distributor": r["distributor"], "source": _src(r)}
            for r in release
        ],
        "identity": [{"key": i["key"], "value": i["value"], "source": _src(i)} for i in await facts(conn, fid, "identity")],
        "casting_history": [
            {"person": c["person"], "event": c["event"], "character": c["character"], "other": c["other"], "source": _src(c)}
            for c in await facts(conn, fid, "casting")
        ],
        "production": [
            {"key": p["key"], "value": p["value"], "date": p["date"], "source": _src(p)}
            for p in await facts(conn, fid, "production")
        ],
        "plot_characters": [
            {"name": p["name"], "mentions": p["mentions"], "source": _src(p)} for p in await facts(conn, fid, "plot_character")
        ],
    }
