"""``make bench``: speed figures, each beside the bare primitive it is built on.

Sections: parsing (the seed, the corpus), ingest throughput, and — on a database of
40,000 films (the 36,273 lead extracts of the prust data set, the full corpus
articles, padded with generated titles) — title resolution, autocomplete and every
command handler, beside one indexed SQLite query and one rapidfuzz extractOne.

Run ``python -m bench --quick`` for a smaller database (used by a smoke test).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import gzip
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "articles"
PRUST = SHARED / "corpus" / "prust-wikipedia-movie-data"
SEED = SHARED / "seeds" / "Her.txt"


def _load() -> str:
    """The load average beside a timing: on a shared machine it says how much the figure is worth."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def settle() -> None:
    """What the bot does once it has started (``bot/runtime.py``): everything loaded so far (the
    title index, the library) is moved out of the garbage collector's sight, so a full collection
    does not walk it with the answer waiting. Without it these figures measure a collector pause
    that the bot never takes (a p99 of 34 ms for /ask, 6 ms with it)."""
    gc.collect()
    gc.freeze()


def pct(samples: list[float], p: float) -> float:
    s = sorted(samples)
    if not s:
        return float("nan")
    k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
    return s[k]


def fmt(samples: list[float]) -> str:
    return f"p50 {pct(samples, 50) * 1e3:7.3f} ms   p99 {pct(samples, 99) * 1e3:7.3f} ms"


def line(name: str, samples: list[float], base: list[float] | None = None) -> str:
    out = f"  {name:<34} {fmt(samples)}"
    if base:
        out += f"   ×{pct(samples, 50) / max(pct(base, 50), 1e-9):7.1f} of primitive (p50)"
    return out


def timeit(fn, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


async def atimeit(fn, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        await fn()
        out.append(time.perf_counter() - t)
    return out


def cpu_timeit(fn, n: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each of ``n`` calls: on a shared machine the wall figure also counts
    what the other processes took, the CPU figure (``time.process_time``) only this one."""
    wall, cpu = [], []
    for _ in range(n):
        t, c = time.perf_counter(), time.process_time()
        fn()
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - t)
    return wall, cpu


def bench_parse() -> None:
    from bot.article import parse_article
    from bot.extract import extract_all

    text = SEED.read_text(encoding="utf-8")
    parse, parse_cpu = cpu_timeit(lambda: parse_article(text), 30)
    full, full_cpu = cpu_timeit(lambda: extract_all(parse_article(text)), 30)
    print(f"Parsing (load average {_load()})")
    print(f"  seed parse (article model)          median {statistics.median(parse) * 1e3:7.2f} ms   "
          f"(CPU {statistics.median(parse_cpu) * 1e3:.2f} ms)")
    print(f"  seed parse + all extractors         median {statistics.median(full) * 1e3:7.2f} ms   "
          f"(CPU {statistics.median(full_cpu) * 1e3:.2f} ms)")
    files = sorted(CORPUS.glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    t, c = time.perf_counter(), time.process_time()
    for tx in texts:
        extract_all(parse_article(tx))
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    print(f"  corpus parse + extract              {len(texts) / dt:7.1f} articles/s ({len(texts)} articles, {dt:.2f} s; "
          f"CPU {cpu:.2f} s, i.e. {len(texts) / cpu:.1f} articles/s per idle core)")


async def bench_ingest() -> None:
    from bot.database import connect
    from bot.extract import load_all
    from bot.ingest import ingest_paths

    # The extractors' import (their patterns compile on import) is a process's one-off start-up, not a
    # cost of each film: paid here, before the timed window, and shown on its own line. In a full
    # ``make bench`` the parse section has already paid it, so ``--only ingest`` times the same thing.
    c, t = time.process_time(), time.perf_counter()
    load_all()
    start_cpu, start_wall = time.process_time() - c, time.perf_counter() - t
    with tempfile.TemporaryDirectory() as d:
        conn = await connect(Path(d) / "b.db")
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        results = await ingest_paths(conn, [CORPUS])
        dt = time.perf_counter() - t
        await conn.close()
        own2, kids2 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    ok = sum(r.ok for r in results)
    # CPU of this process (writes, its database thread) and of the parsing workers (reaped by now)
    main = own2.ru_utime + own2.ru_stime - own.ru_utime - own.ru_stime
    workers = kids2.ru_utime + kids2.ru_stime - kids.ru_utime - kids.ru_stime
    print(f"Ingest (parse + extract + SQLite writes, one transaction a batch of films; load average {_load()})")
    print(f"  corpus into a fresh database        {ok / dt:7.1f} articles/s ({ok} films, {dt:.2f} s)")
    if ok:
        print(f"  CPU per film                        {(main + workers) / ok * 1e3:7.2f} ms ({main / ok * 1e3:.2f} ms writing, "
              f"{workers / ok * 1e3:.2f} ms in parsing workers), i.e. {(os.cpu_count() or 1) * ok / (main + workers):.0f} "
              f"articles/s on {os.cpu_count() or 1} idle cores")
    if start_cpu > 0.05:  # not already loaded by the parse section
        print(f"  before it: extractors' import       {start_wall:7.2f} s   (CPU {start_cpu:.2f} s, once a process; with it "
              f"{ok / (dt + start_wall):.1f} articles/s)")


def prust_records(limit: int | None = None):
    n = 0
    for f in sorted(PRUST.glob("movies-*.json.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for rec in json.load(fh):
                if limit is not None and n >= limit:
                    return
                n += 1
                yield rec


async def build_big_db(path: Path, target: int) -> dict:
    """The 40k-film database: lead extracts, full corpus articles, then generated padding."""
    from bot.article import Article, Paragraph, Section, Sentence
    from bot.database import connect
    from bot.facts import Facts
    from bot.ingest import BadArticle, ingest_paths, prepare
    from bot.store import save_film

    conn = await connect(path)
    t = time.perf_counter()
    leads = 0
    for rec in prust_records(target):
        extract = (rec.get("extract") or "").strip()
        if not extract:
            continue
        data = f"{rec['title']}\n{extract}\n".encode()
        try:
            article, facts, digest = prepare(data)
        except BadArticle:
            continue
        await save_film(conn, article, facts, source_file="prust", sha256=digest, year=rec.get("year"))
        leads += 1
    await ingest_paths(conn, [CORPUS, ROOT / "seeds"])
    async with conn.execute("SELECT count(*) FROM films") as cur:
        have = (await cur.fetchone())[0]
    rng = random.Random(7)
    words = ["Night", "River", "Last", "Summer", "Blue", "City", "Ghost", "Return", "Secret", "Road", "Star",
             "Winter", "Iron", "Silent", "Golden", "Dark", "House", "Heart", "Storm", "King", "Garden", "Fire"]
    padded = 0
    while have + padded < target:
        title = " ".join(rng.sample(words, rng.randint(2, 4))) + f" {padded}"
        year = rng.randint(1920, 2023)
        text = f"{title} is a {year} drama film."
        art = Article(title, title, "", [Section(0, "Lead", 0, None, "lead", [0])], [Paragraph(0, 0, text, [0])], [Sentence(0, text, 0, 0, "p0.s0")])
        await save_film(conn, art, Facts(), source_file="generated", year=year)
        padded += 1
    await conn.close()
    return {"leads": leads, "padding": padded, "seconds": time.perf_counter() - t}


async def bench_big(quick: bool) -> None:
    from rapidfuzz import fuzz, process, utils

    from bot.handlers import Ctx, Handlers
    from bot.library import Library

    target = 2000 if quick else 40000
    cache = ROOT / "data" / f"bench-{target}.db"
    if not cache.exists():
        print(f"Building the {target:,}-film database (cached in {cache.relative_to(ROOT)}) …", flush=True)
        info = await build_big_db(cache, target)
        print(f"  {info['leads']:,} lead extracts + corpus + {info['padding']:,} generated titles in {info['seconds']:.0f} s")
    lib = await Library.open(cache)
    settle()
    h = Handlers(lib)
    films = lib.films
    print(f"\nWith {len(films):,} films in the database")
    rng = random.Random(3)
    sample = rng.sample(films, 200)

    def typo(s: str) -> str:
        if len(s) < 4:
            return s.lower()
        i = rng.randrange(1, len(s) - 1)
        return (s[:i] + s[i + 1] + s[i] + s[i + 2:]).lower()

    queries_ = [typo(f.title) for f in sample]
    # Primitives.
    titles = {f.id: utils.default_process(f.title) for f in films}
    prim_fuzz = []
    for q in queries_[:100]:
        t = time.perf_counter()
        process.extractOne(utils.default_process(q), titles, scorer=fuzz.WRatio, processor=None)
        prim_fuzz.append(time.perf_counter() - t)
    prim_sql = []
    for f in sample:
        t = time.perf_counter()
        async with lib.conn.execute("SELECT id, title, year FROM films WHERE id = ?", (f.id,)) as cur:
            await cur.fetchone()
        prim_sql.append(time.perf_counter() - t)
    print("Primitives")
    print(line("one indexed SQLite query", prim_sql))
    print(line("one rapidfuzz extractOne (WRatio)", prim_fuzz))
    res_t = []
    for q in queries_:
        t = time.perf_counter()
        lib.resolve(q)
        res_t.append(time.perf_counter() - t)
    ac_t = []
    for q in queries_:
        part = q[: rng.randint(1, max(1, len(q)))]
        t = time.perf_counter()
        lib.autocomplete(part, 25)
        ac_t.append(time.perf_counter() - t)
    print("Matching")
    print(line("title resolution (typo'd)", res_t, prim_fuzz))
    print(line("film autocomplete (prefix)", ac_t, prim_fuzz))
    ctx = Ctx(user_id=1, guild_id=1, channel_id=1)
    rich = [f for f in films if f.n_chars > 5000][:20] or sample[:20]
    print("Handlers (no network; rich articles, title given with a typo)")
    for name, call in [
        ("/film", lambda f: h.film(ctx, typo(f.title))),
        ("/boxoffice", lambda f: h.boxoffice(ctx, typo(f.title))),
        ("/release", lambda f: h.release(ctx, typo(f.title))),
        ("/cast", lambda f: h.cast(ctx, typo(f.title))),
        ("/cast character:", lambda f: h.cast(ctx, f.label, character="the")),
        ("/awards", lambda f: h.awards(ctx, typo(f.title))),
        ("/plot full", lambda f: h.plot(ctx, f.label, length="full")),
        ("/reviews", lambda f: h.reviews(ctx, typo(f.title))),
    ]:
        samples = []
        for _ in range(5):
            for f in rich:
                t = time.perf_counter()
                await call(f)
                samples.append(time.perf_counter() - t)
        print(line(name, samples, prim_sql))
    await lib.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nPeak RSS of this benchmark process: {rss:.0f} MB")


async def bench_trivia() -> None:
    """Question generation per film (corpus database) and typed-answer checks per second."""
    from rapidfuzz import fuzz

    from bot.database import connect
    from bot.ingest import ingest_paths
    from bot.matching import grade_answer
    from bot.trivia.questions import bench_generation

    with tempfile.TemporaryDirectory() as d:
        conn = await connect(Path(d) / "t.db")
        await ingest_paths(conn, [CORPUS, ROOT / "seeds"])
        g = await bench_generation(conn)
        await conn.close()
    print("\nTrivia")
    print(f"  question generation per film        mean {g['mean_ms']:.2f} ms, p95 {g['p95_ms']:.2f} ms, max {g['max_ms']:.2f} ms "
          f"({g['films']} films, {g['questions']:,} questions; distractor pool {g['pool_ms']:.0f} ms once)")
    print(f"  … of which CPU (load-independent)   mean {g['mean_cpu_ms']:.2f} ms a film   (load average {_load()})")
    cases = [("scarlett johansson", ["Scarlett Johansson"], "person"), ("johansen", ["Scarlett Johansson"], "person"),
             ("47.4m", ["$47.4 million"], "money"), ("2013", ["2013"], "year"), ("the new york film festival", ["New York Film Festival"], "text"),
             ("air", ["chair"], "text"), ("five", ["5"], "number"), ("B-", ["B−"], "text")]
    n = 0
    t = time.perf_counter()
    while time.perf_counter() - t < 1.0:
        for given, acc, kind in cases:
            grade_answer(given, acc, kind=kind)
            n += 1
    rate = n / (time.perf_counter() - t)
    m = 0
    t = time.perf_counter()
    while time.perf_counter() - t < 0.5:
        for given, acc, _ in cases:
            fuzz.ratio(given, acc[0])
            m += 1
    prim = m / (time.perf_counter() - t)
    print(f"  typed-answer checks (one core)      {rate:,.0f} /s   (bare fuzz.ratio: {prim:,.0f} /s, ×{prim / rate:.1f})")


#: Rounds of the /ask figure. Each is a fresh process that opens the library, warms and settles it as the bot
#: does at start-up, then asks every question once, as members first ask them (a film's first question
#: loads its data, as in the bot); the figure is the median round's, so one round slowed by another
#: process's burst on a shared host does not make it, nor one lucky round hide a slow question.
ASK_ROUNDS = 5


def _ask_questions() -> list[str]:
    qs = []
    for path in sorted((ROOT / "tests" / "ask").glob("*.jsonl")):
        qs += [json.loads(x)["question"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return qs


async def ask_round(db: Path) -> dict:
    """One round (see ASK_ROUNDS), in this process: each question's wall and CPU seconds. The CPU figure
    (``time.process_time``) counts every thread of the process, the database's included, and not the
    turns other processes took."""
    from bot.ask import answer, warm
    from bot.library import Library

    lib = await Library.open(db)
    await warm(lib)
    settle()
    qs = _ask_questions()
    wall, cpu = [], []
    for q in qs:
        t, c = time.perf_counter(), time.process_time()
        await answer(lib, q)
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - t)
    await lib.close()
    return {"questions": qs, "wall": wall, "cpu": cpu}


def bench_ask(quick: bool) -> None:
    import subprocess

    target = 2000 if quick else 40000
    db = ROOT / "data" / f"bench-{target}.db"
    if not db.exists():
        return
    rounds = []
    for _ in range(ASK_ROUNDS):
        out = subprocess.run([sys.executable, "-m", "bench", "--ask-round", str(db)], cwd=ROOT, check=True,
                             capture_output=True, text=True)
        rounds.append(json.loads(out.stdout.strip().splitlines()[-1]))
    n = len(rounds[0]["questions"])
    print(f"\n/ask with {target:,} films ({n} questions from tests/ask, each asked once a round after start-up; "
          f"median of {len(rounds)} rounds, each a fresh process; load average {_load()})")
    for key, name in (("wall", "answer one question"), ("cpu", "… of which CPU (load-independent)")):
        ranked = sorted(rounds, key=lambda r: pct(r[key], 99))
        mid = ranked[len(ranked) // 2]
        each = ", ".join(f"{pct(r[key], 99) * 1e3:.1f}" for r in rounds)
        print(line(name, mid[key]) + f"   (p99 of each round: {each} ms)")
    mid = sorted(rounds, key=lambda r: pct(r["cpu"], 99))[len(rounds) // 2]
    top = sorted(zip(mid["cpu"], mid["questions"], strict=True), reverse=True)[:3]
    print("  slowest questions (CPU, that round)   " + "; ".join(f"{c * 1e3:.1f} ms {q!r}" for c, q in top))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench")
    p.add_argument("--quick", action="store_true", help="a 2,000-film database instead of 40,000")
    p.add_argument("--only", choices=["parse", "ingest", "dumps", "big", "ask", "trivia", "matching"], action="append")
    p.add_argument("--ask-round", type=Path, help=argparse.SUPPRESS)  # one /ask round, run by bench_ask in a child
    args = p.parse_args(argv)
    if args.ask_round:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(asyncio.run(ask_round(args.ask_round))))
        return 0
    only = set(args.only or ["parse", "ingest", "dumps", "big", "ask", "trivia", "matching"])
    sys.path.insert(0, str(ROOT))
    if "parse" in only:
        bench_parse()
    if "ingest" in only:
        asyncio.run(bench_ingest())
    if "dumps" in only:
        from bench import dumps

        dumps.report(dumps.run(200 if args.quick else 2000))
    if "big" in only:
        asyncio.run(bench_big(args.quick))
    if "ask" in only:
        bench_ask(args.quick)
    if "trivia" in only:
        asyncio.run(bench_trivia())
    if "matching" in only:
        try:
            from bench import matching_bench
        except ImportError:
            return 0
        print("\nMatching primitives")
        for k, v in matching_bench.run(n_titles=2000 if args.quick else 40000).items():
            print(f"  {k:<40} {v}")
        if matching_bench.PRUST_TITLES.exists() and not args.quick:
            print(f"\nTitle index at 200,000 titles (the corpus's real titles, years and variants); load {_load()}")
            for k, v in matching_bench.run_at_scale(200_000).items():
                print(f"  {k:<40} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
