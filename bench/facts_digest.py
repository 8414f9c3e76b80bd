"""Output identity check for speed work: every article model and fact of the corpus and the seeds.

Speed changes to parsing, extraction or storage must not change a single fact. This writes one
canonical JSON dump (articles sorted by file; each article's sections, sentences and facts in the
order the code produces them, so even a reordering shows) and prints its SHA-256. With ``--db`` it
also ingests everything into a fresh database and dumps every table, to check the writes too.

    python -m bench.facts_digest --out /tmp/before.json [--db]
    python -m bench.facts_digest --out /tmp/after.json [--db] && cmp /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "articles"


#: Columns that hold the time of the run, not anything the code computed.
_CLOCK_COLUMNS = {"ingested_at", "created_at", "updated_at"}


def sources() -> list[Path]:
    """The corpus, the shared seed and the repository's seeds, in a fixed order."""
    files = sorted(CORPUS.glob("*.txt"))
    files += [SHARED / "seeds" / "Her.txt"]
    files += sorted((ROOT / "seeds").glob("*.txt"))
    return files


def article_record(path: Path) -> dict:
    """The parsed article model and its facts, as plain values."""
    from bot.article import parse_article
    from bot.extract import extract_all

    text = path.read_text(encoding="utf-8")
    try:
        article = parse_article(text)
    except ValueError as exc:
        return {"file": path.name, "error": str(exc)}
    facts = extract_all(article)
    return {
        "file": path.name,
        "page_title": article.page_title,
        "title": article.title,
        "disambiguation": article.disambiguation,
        "sections": [[s.idx, s.heading, s.level, s.parent, s.kind, s.paragraphs] for s in article.sections],
        "paragraphs": [[p.idx, p.section, p.is_list_item, p.sentences] for p in article.paragraphs],
        "sentences": [[s.idx, s.text, s.para, s.section, s.ref] for s in article.sentences],
        "facts": [{"type": type(f).__name__, **f.to_dict()} for f in facts.items],
    }


async def db_dump() -> dict:
    """Ingest every source into a fresh database and read every table back, row by row."""
    from bot.database import connect
    from bot.ingest import ingest_paths

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "digest.db"
        conn = await connect(path)
        await ingest_paths(conn, sources())
        await conn.close()
        db = sqlite3.connect(path)
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts%' ORDER BY name")]
        out = {}
        for t in tables:
            cols = [r[1] for r in db.execute(f'PRAGMA table_info("{t}")') if r[1] not in _CLOCK_COLUMNS]
            quoted = ", ".join(f'"{c}"' for c in cols)
            rows = db.execute(f'SELECT {quoted} FROM "{t}"').fetchall()
            out[t] = [list(r) for r in sorted(rows, key=repr)]
        db.close()
    # The source path of a film is where this checkout lives; keep only the file name.
    for row in out.get("films", []):
        for i, v in enumerate(row):
            if isinstance(v, str) and v.endswith(".txt") and "/" in v:
                row[i] = Path(v).name
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.facts_digest")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--db", action="store_true", help="also dump every table after an ingest")
    args = p.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    dump: dict = {"articles": [article_record(f) for f in sources()]}
    if args.db:
        dump["db"] = asyncio.run(db_dump())
    data = json.dumps(dump, sort_keys=True, ensure_ascii=False, indent=0).encode()
    args.out.write_bytes(data)
    n = sum(len(a.get("facts", [])) for a in dump["articles"])
    print(f"{len(dump['articles'])} articles, {n} facts, sha256 {hashlib.sha256(data).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
