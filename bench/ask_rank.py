"""Where the sentence that answers a dev question ranks: first, top 3, lower, or not found at all.

``python -m bench.ask_rank [--kinds plot,production,other] [--show] [--db FILE]``

Why: a quoted sentence is right when it holds the answer, so a miss on a story or production question
is mostly a ranking miss. For every dev question of the kinds given whose expected phrase some sentence
of its film's article holds (the "gold" sentences), this ranks the article's sentences for the question
the way /ask's open search does (:func:`bot.ask.retrieve.best_sentences`, title words dropped, the
names the question uses and the sections its words point to, as ``bot.ask.film._open_search``) and says
where the first gold sentence came: 1, 2-3, 4-20, "pool" (only in a wider full-text pool), or "none"
(no word of the question in it), with the question's content words the gold sentence lacks (the
vocabulary gap a stem or synonym must bridge). The /ask answer itself is graded alongside.

Dev only: the held-out half is never read here (its gold sentences are exactly what must stay unseen).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import tempfile
from collections import Counter
from pathlib import Path

from bench.ask_eval import build_library, question_files

DEFAULT_KINDS = ("plot", "production", "other")


def _contains(text: str, expected: str) -> bool:
    from bot.evaluate import _contains as contains
    return contains(text, expected)


async def run(db: Path, kinds: tuple[str, ...], show: bool) -> dict:
    from bot.article import strip_disambiguator
    from bot.ask import answer
    from bot.ask.data import film_data
    from bot.ask.retrieve import best_sentences, section_preference, stem
    from bot.ask.text import content_words
    from bot.evaluate import grade
    from bot.library import Library
    from bot.matching import normalize, title_key

    lib = await Library.open(db)
    tally: Counter = Counter()
    lines = []
    try:
        by_key: dict[str, int] = {}
        async with lib.conn.execute("SELECT id, title FROM films") as cur:
            for fid, title in await cur.fetchall():
                by_key.setdefault(title_key(title), fid)
        for path in question_files("dev"):
            for raw in path.read_text(encoding="utf-8").splitlines():
                if not raw.strip():
                    continue
                item = json.loads(raw)
                if item.get("abstain") or item.get("kind", "other") not in kinds:
                    continue
                title = strip_disambiguator(item["film"])[0]
                fid = by_key.get(title_key(title))
                if fid is None:
                    continue
                expected = item.get("expected") or []
                async with lib.conn.execute("SELECT idx, text FROM sentences WHERE film_id = ? ORDER BY idx",
                                            (fid,)) as cur:
                    sents = [(i, t) for i, t in await cur.fetchall()]
                gold = {i for i, t in sents if any(_contains(t, e) for e in expected
                                                   if normalize(e) not in ("yes", "no"))}
                ans = await answer(lib, item["question"])
                film = lib.film(ans.film_id) if ans.film_id is not None else None
                ok = grade(item, ans, film.title if film else None)
                tally[("ok", ok)] += 1
                if not gold:
                    tally["no gold sentence"] += 1
                    continue
                drop = frozenset(normalize(title).split())
                data = await film_data(lib, fid)
                hits = data.names.find(normalize(item["question"]).split())
                names = tuple(dict.fromkeys(n for h in hits for _r, n in h.owners))
                story = any(r in ("character", "plot") for h in hits for r, _n in h.owners)
                how = {"names": names, "prefer": section_preference(item["question"], story)}
                got = await best_sentences(lib.conn, fid, item["question"], drop=drop, **how)
                rank = next((n for n, (_s, row) in enumerate(got, 1) if row["idx"] in gold), None)
                if rank is None:
                    wide = await best_sentences(lib.conn, fid, item["question"], drop=drop, limit=400, **how)
                    where = "pool" if any(row["idx"] in gold for _s, row in wide) else "none"
                else:
                    where = "1" if rank == 1 else "2-3" if rank <= 3 else "4-20"
                tally[where] += 1
                tally[(where, ok)] += 1
                if show and (where != "1" or not ok):
                    g = next(t for i, t in sents if i in gold)
                    norm = normalize(g)
                    terms = [w for w in content_words(item["question"], drop)]
                    gap = [w for w in terms if not re.search(rf"\b{re.escape(stem(w))}", norm)]
                    top = got[0][1]["text"][:110] if got else "-"
                    lines.append(f"[{where:>4} {'ok' if ok else '--'} {ans.kind} {ans.confidence:.2f}] "
                                 f"{item['question']!r}\n     gap {gap}\n     gold {g[:140]!r}\n     top  {top!r}")
    finally:
        await lib.close()
    return {"tally": tally, "lines": lines}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ask_rank", description=__doc__.splitlines()[0])
    ap.add_argument("--kinds", default=",".join(DEFAULT_KINDS))
    ap.add_argument("--show", action="store_true", help="list each question whose gold sentence was not first")
    ap.add_argument("--db", help="an ask_eval library already built (else one is built)")
    args = ap.parse_args(argv)
    db = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="ask-rank-db-")) / "films.db"
    if not db.exists():
        asyncio.run(build_library(db))
    out = asyncio.run(run(db, tuple(args.kinds.split(",")), args.show))
    t = out["tally"]
    total = sum(t[k] for k in ("1", "2-3", "4-20", "pool", "none"))
    print(f"dev {args.kinds}: {t[('ok', True)]}/{t[('ok', True)] + t[('ok', False)]} right; "
          f"{total} with a gold sentence, {t['no gold sentence']} without")
    for k in ("1", "2-3", "4-20", "pool", "none"):
        print(f"  gold ranked {k:>4}: {t[k]:3d}  (answer right {t[(k, True)]})")
    for line in out["lines"]:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
