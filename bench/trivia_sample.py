"""One game's worth of trivia questions per film, written as JSONL for blind judging.

Why: hosts judge the generator by the questions a game actually asks, so this builds a library the
way the bot does (every article ingested into one database, the distractor pool drawn from all of
it) and asks, for each named film, what ``/trivia start films:<that film>`` would ask: the same
selection, the same buttons in the order players see them. Judges get each question with its
options, the accepted answers and the sentence that supports it, and never need to read bot/.

    .venv/bin/python -m bench.trivia_sample FILE... [--out bench/trivia/sample.jsonl] [--per-film 12] [--across N]

By default the library is the named files plus seeds/ and ../shared/corpus/articles (what a bot
started on this checkout holds); ``--only-named`` builds it from the named files alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.database import connect  # noqa: E402
from bot.ingest import ingest_paths  # noqa: E402
from bot.trivia.questions import game_questions, load_pool, night_questions, pick_game  # noqa: E402
from bot.trivia.session import make_options  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "articles"


async def sample(files: list[Path], out: Path, per_film: int, seed: int, only_named: bool, across: int = 0) -> int:
    """Write one game per film, then up to *across* questions across all the named films (which
    won an award, came out first, …: a night of several films asks these); returns the number
    of questions written."""
    library = list(files) if only_named else [*files, ROOT / "seeds", CORPUS]
    with tempfile.TemporaryDirectory() as d:
        conn = await connect(Path(d) / "sample.db")
        results = await ingest_paths(conn, library)
        by_source = {Path(r.path).resolve(): r for r in results}
        pool = await load_pool(conn)
        lines: list[dict] = []
        games: list[tuple[Path | None, list]] = []
        ids: list[int] = []
        titles: dict[int, Path] = {}
        for path in files:
            r = by_source.get(path.resolve())
            film_id = getattr(r, "film_id", None) if r else None
            if not film_id:
                print(f"{path}: not ingested ({getattr(r, 'error', 'unknown')})", file=sys.stderr)
                continue
            qs = await game_questions(conn, [film_id], per_film, seed=seed, pool=pool)
            games.append((path, qs))
            ids.append(film_id)
            titles[film_id] = path
        if across:
            # The questions across films a game of all these films would ask: the game's own choice
            # (pick_game: weights, one question per person and fact, "which came first" first).
            night = [q for q in await night_questions(conn, ids, seed=seed) if len(q.distractors) == 3]
            games.append((None, pick_game(night, across, random.Random(seed))))
        by_title: dict[str, list[Path]] = {}
        async with conn.execute("SELECT id, title FROM films") as cur:
            for fid, title in await cur.fetchall():
                if fid in titles:
                    by_title.setdefault(title, []).append(titles[fid])
        for path, qs in games:
            for number, q in enumerate(qs, 1):
                options, _right = make_options(q, seed, number) if q.distractors else ((), -1)
                lines.append({
                    "film": q.film_title,
                    # A question across films is judged against every option's article.
                    "article": str(path) if path else " ".join(str(p) for o in options for p in by_title.get(o, [])),
                    "question": q.text,
                    "options": list(options),
                    "answer": q.answers[0],
                    "accepted_answers": list(q.answers),
                    "source_sentence": q.source_sentence,
                    "why": q.why,
                    "kind": q.family,
                    "category": q.category,
                })
        await conn.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return len(lines)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--out", type=Path, default=ROOT / "bench" / "trivia" / "sample.jsonl")
    p.add_argument("--per-film", type=int, default=12)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--only-named", action="store_true")
    p.add_argument("--across", type=int, default=0, help="questions across all the named films")
    args = p.parse_args()
    n = asyncio.run(sample(args.files, args.out, args.per_film, args.seed, args.only_named, args.across))
    print(f"{n} questions over {len(args.files)} films -> {args.out}")


if __name__ == "__main__":
    main()
