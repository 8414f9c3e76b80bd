"""``python -m bot`` / ``filmbot``: ingest, inspect, and run the bot or its offline console."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections import Counter

from .config import SEEDS_DIR, ConfigError, Settings
from .database import DatabaseError
from .facts import BY_KIND, KINDS
from .ingest import IngestResult


def _progress_printer(total_hint: int):
    """A progress bar on a terminal; a line every 50 files otherwise (logs stay readable)."""
    tty = sys.stderr.isatty()

    def show(i: int, total: int, result: IngestResult) -> None:
        if not result.ok:
            # One clear line per rejected file, above the bar.
            print(("\r\033[K" if tty else "") + f"rejected {result.path}: {result.error}", file=sys.stderr)
        if total < 10:
            return
        if tty:
            width = 30
            filled = int(width * i / total)
            print(f"\r[{'#' * filled}{'.' * (width - filled)}] {i}/{total}", end="", file=sys.stderr, flush=True)
            if i == total:
                print(file=sys.stderr)
        elif i % 50 == 0 or i == total:
            print(f"ingested {i}/{total}", file=sys.stderr)

    return show


def _summary(results: list[IngestResult], missing: int = 0, reports=()) -> str:
    """One line of counts; paths that do not exist count as rejected, as they were reported.
    XML files add their films, their rejected film pages and their fact counts."""
    ok = [r for r in results if r.ok]
    by_kind: Counter[str] = Counter()
    for r in ok:
        by_kind.update(r.counts)
    films = len(ok) + sum(r.films for r in reports)
    rejected = len(results) - len(ok) + missing + sum(len(r.rejected) + bool(r.error) for r in reports)
    skipped = sum(sum(r.skipped.values()) for r in reports)
    for r in reports:
        by_kind.update(r.counts)
    lines = [f"{films} film(s) ingested, {rejected} rejected" + (f", {skipped} page(s) skipped (not films)" if skipped else "")]
    if by_kind:
        lines.append("facts: " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())))
    return "\n".join(lines)


def _dump_printer(name: str):
    """Progress of one XML file: a line rewritten in place on a terminal, a line every 10 s otherwise."""
    tty = sys.stderr.isatty()
    last = [0.0]

    def show(report) -> None:
        skipped = sum(report.skipped.values())
        line = (f"{name}: {report.pages:,} pages read, {report.films:,} films, {skipped:,} skipped, "
                f"{report.rate:.0f} pages/s")
        if tty:
            print(f"\r\033[K{line}", end="", file=sys.stderr, flush=True)
        elif report.seconds - last[0] >= 10:
            last[0] = report.seconds
            print(line, file=sys.stderr)

    return show


def _skip_printer(limit: int = 20):
    """One line per skipped page, ``limit`` per file; the rest are counted in the summary."""
    shown = [0]
    tty = sys.stderr.isatty()

    def show(title: str, reason: str) -> None:
        shown[0] += 1
        if shown[0] <= limit:
            print(("\r\033[K" if tty else "") + f"skipped {title}: {reason}", file=sys.stderr)
        elif shown[0] == limit + 1:
            print(("\r\033[K" if tty else "") + "… more pages skipped (counted below)", file=sys.stderr)

    return show


def _dump_summary(report) -> str:
    name = os.path.basename(report.path)
    parts = [f"{name}: {report.pages:,} pages read, {report.films:,} film(s) ingested"]
    if report.skipped:
        parts.append("skipped " + ", ".join(f"{k} {n:,}" for k, n in sorted(report.skipped.items(), key=lambda kv: (-kv[1], kv[0]))))
    if report.rejected:
        parts.append(f"{len(report.rejected)} rejected")
    if report.resumed_at:
        parts.append(f"resumed after page {report.resumed_at:,}")
    if report.seconds > 0 and report.pages:
        parts.append(f"{report.rate:.0f} pages/s")
    return "; ".join(parts)


async def cmd_ingest(args, settings: Settings) -> int:
    from .datapack import MANIFEST, Pack
    from .defaultlib import DefaultLibrary
    from .dumps import BATCH, ResumeState, default_workers, ingest_dump, make_pool, state_path_for, xml_files
    from .library import Library

    lib = await Library.open(settings.db_path)
    shared = None
    try:
        if settings.database_url:  # films are shared: this file is first made PostgreSQL's copy
            from .filmsync import SharedFilms

            shared = await SharedFilms.open(settings.database_url, lib)
            await shared.lock.acquire()  # nothing from PostgreSQL lands here until this import is published
        missing = [p for p in args.paths if not os.path.exists(p)]
        for p in missing:
            print(f"rejected {p}: no such file or folder", file=sys.stderr)
        packs = [p for p in args.paths if p not in missing and os.path.isfile(os.path.join(p, MANIFEST))]
        for p in packs:  # a data pack (packs/NAME): its parts not yet loaded, whatever else the database has
            if shared is not None:
                print(f"rejected {p}: data packs are not loaded into films shared through PostgreSQL", file=sys.stderr)
                continue
            logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
            done = await DefaultLibrary(lib, Pack.open(p), asked=True, workers=args.workers).run()
            print(f"{p}: " + (f"{done.films:,} film(s) loaded, {done.kept_fuller:,} kept as fuller articles"
                              if done else "already loaded"))
        xml, other = xml_files([p for p in args.paths if p not in missing and p not in packs])
        results = await lib.ingest(other, _progress_printer(len(other))) if other else []
        reports = []
        state = ResumeState(state_path_for(settings.db_path))
        # One pool of parsing processes for all the XML files (a folder of exports starts it once).
        total = sum(p.stat().st_size for p in xml)
        pool = make_pool(default_workers(total) if args.workers is None else args.workers) if xml else None
        try:
            for path in xml:
                report = await ingest_dump(lib.conn, path, state=state, restart=args.restart, workers=0, pool=pool,
                                           batch=max(1, args.batch or BATCH), progress=_dump_printer(path.name),
                                           on_skip=_skip_printer())
                if sys.stderr.isatty():
                    print(file=sys.stderr)
                for title, why in report.rejected:
                    print(f"rejected {path.name}: {title}: {why}", file=sys.stderr)
                if report.error:
                    print(f"rejected {path}: {report.error}", file=sys.stderr)
                reports.append(report)
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        if any(r.films for r in reports):
            await lib.refresh()
        for report in reports:
            if report.pages > 1 or report.resumed_at or report.error:
                print(_dump_summary(report))
        print(_summary(results, len(missing), reports))
        failed = missing or any(not r.ok for r in results) or any(r.rejected or r.error for r in reports)
        if shared is not None:
            from .filmsync import FilmSyncError

            try:
                published = await shared.publish_unshared()
            except FilmSyncError as exc:
                print(f"filmbot: {exc}.", file=sys.stderr)
                return 1
            print(f"published {published} film(s) to PostgreSQL; every running process gets them")
        return 1 if failed else 0
    finally:
        if shared is not None:
            shared.lock.release()
            await shared.close()
        await lib.close()


async def cmd_films(args, settings: Settings) -> int:
    from . import queries
    from .library import Library

    lib = await Library.open(settings.db_path)
    try:
        films = await queries.list_films(lib.conn)
        if args.json:
            out = []
            for f in films:
                out.append({"id": f.id, "title": f.title, "year": f.year, "facts": await queries.fact_counts(lib.conn, f.id)})
            print(json.dumps(out, ensure_ascii=False, indent=1))
            return 0
        if not films:
            print("No films yet. Add some with: python -m bot ingest seeds/")
            return 0
        for f in films:
            counts = await queries.fact_counts(lib.conn, f.id)
            total = sum(counts.values())
            detail = ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))
            print(f"{f.title} ({f.year or '?'}) — {total} facts: {detail}")
        print(f"{len(films)} film(s)")
        return 0
    finally:
        await lib.close()


async def cmd_facts(args, settings: Settings) -> int:
    from . import queries
    from .library import Library

    lib = await Library.open(settings.db_path)
    try:
        look = lib.resolve(args.film)
        if not look.found:
            if look.status in ("ambiguous", "suggest"):
                names = "; ".join(f.label for f in look.candidates[:5])
                print(f"No film is called '{args.film}'. Did you mean: {names}?", file=sys.stderr)
            else:
                hint = ", ".join(f.label for f in look.candidates[:3])
                print(f"No film matches '{args.film}'." + (f" Closest: {hint}." if hint else ""), file=sys.stderr)
            return 2
        film = look.film
        if look.others:
            print(f"'{args.film}' is also the title of " + "; ".join(f.label for f in look.others)
                  + ". Add the year to choose.", file=sys.stderr)
        if args.json:
            data = await queries.export_film(lib.conn, film)
            if args.kind:
                keep = {"title", "year", BY_KIND[args.kind].JSON_KEY}
                data = {k: v for k, v in data.items() if k in keep}
            print(json.dumps(data, ensure_ascii=False, indent=1))
            return 0
        print(f"{film.label}")
        kinds = [args.kind] if args.kind else list(KINDS)
        for kind in kinds:
            found = await queries.typed_facts(lib.conn, film.id, BY_KIND[kind])
            if not found:
                continue
            print(f"\n[{kind}] {len(found)}")
            for f in found:
                fields = ", ".join(f"{k}={v}" for k, v in queries.fact_row(f).items() if k != "source" and v not in ("", None, False))
                print(f"  {fields}   ← {f.cited.section}")
        return 0
    finally:
        await lib.close()


async def ensure_seeded(settings: Settings) -> None:
    """First start: an empty database gets the articles in seeds/."""
    from . import queries
    from .library import Library

    lib = await Library.open(settings.db_path)
    try:
        if await queries.count_films(lib.conn) == 0 and SEEDS_DIR.is_dir():
            print(f"First start: ingesting {SEEDS_DIR} into {settings.db_path} …", file=sys.stderr)
            results = await lib.ingest([SEEDS_DIR], _progress_printer(0))
            print(_summary(results), file=sys.stderr)
    finally:
        await lib.close()


async def cmd_console(args, settings: Settings) -> int:
    from .console import run_console

    if settings.default_library and not logging.getLogger().handlers:
        # The default library says how far its background load is in the log (stderr, beside the console).
        logging.basicConfig(level=getattr(logging, settings.log_level, logging.INFO), stream=sys.stderr,
                            format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    await ensure_seeded(settings)
    return await run_console(settings, json_output=args.json)


async def cmd_ask(args, settings: Settings) -> int:
    """One question from the command line, or one per line from standard input (JSON lines)."""
    from .ask import answer
    from .library import Library

    lib = await Library.open(settings.db_path)
    try:
        if args.question and args.question != ["-"]:
            questions = [" ".join(args.question)]
        else:
            questions = [ln.strip() for ln in sys.stdin if ln.strip()]
        for q in questions:
            ans = await answer(lib, q)
            if args.json or len(questions) > 1 or not args.question:
                print(ans.to_json(), flush=True)
            else:
                print(ans.answer)
                for s in ans.sources:
                    print(f"  — {s['section']}: {s['sentence']}")
                print(f"  ({ans.kind}, confidence {ans.confidence:.2f})")
        return 0
    finally:
        await lib.close()


async def cmd_trivia(args, settings: Settings) -> int:
    from .library import Library
    from .trivia import console as tc

    if not (1 <= args.questions <= 50) or not (5 <= args.time <= 120) or (args.export is not None and not 1 <= args.export <= 1000):
        print("filmbot: --questions must be 1-50, --time 5-120 seconds, --export 1-1000", file=sys.stderr)
        return 2
    await ensure_seeded(settings)
    lib = await Library.open(settings.db_path)
    try:
        if args.export is not None:
            return await tc.export(lib, n=args.export, films=args.film, categories=args.category,
                                   seed=args.seed or 0, as_json=args.json)
        return await tc.play(lib, n=args.questions, films=args.film, categories=args.category, seed=args.seed, time=args.time)
    finally:
        await lib.close()


async def cmd_eval(args, settings: Settings) -> int:
    from .evaluate import run_eval

    print(await run_eval(settings.db_path, args.file, as_json=args.json))
    return 0


def cmd_run(args, settings: Settings) -> int:
    if not settings.token:
        print("No DISCORD_TOKEN set (see .env.example): opening the offline console instead.", file=sys.stderr)
        return asyncio.run(cmd_console(argparse.Namespace(json=False), settings))
    from .discord_bot import run_bot

    asyncio.run(ensure_seeded(settings))
    return run_bot(settings)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="filmbot", description="FilmBot: film facts and trivia from plain-text film articles.")
    p.add_argument("--db", help="SQLite database file (default: $FILMBOT_DB or data/films.db)")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("ingest", help="parse article files, folders, XML exports or dumps into the database")
    s.add_argument("paths", nargs="+", metavar="PATH",
                   help=".txt articles, folders, Special:Export .xml files, pages-articles dumps (.xml, .xml.bz2) "
                        "or a data pack (packs/american-films)")
    s.add_argument("--restart", action="store_true", help="import XML files from the start, ignoring the resume point")
    s.add_argument("--workers", type=int, default=None, metavar="N",
                   help="processes parsing XML pages or a data pack (default: one per core for over 2 MB of XML "
                        "and for a pack; 0: none)")
    s.add_argument("--batch", type=int, default=None, metavar="N", help="XML films written per transaction (default 20)")

    s = sub.add_parser("films", help="list films with their fact counts")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("facts", help="show the facts of one film (fuzzy title)")
    s.add_argument("film", metavar="FILM")
    s.add_argument("--kind", choices=sorted(KINDS), help="only this kind of fact")
    s.add_argument("--json", action="store_true", help="print the stable JSON export")

    s = sub.add_parser("console", help="offline console: type slash commands, read embeds as text")
    s.add_argument("--json", action="store_true", help="print embed dicts as JSON")

    s = sub.add_parser("ask", help="answer a free-form question (or one per line from stdin, as JSON lines)")
    s.add_argument("question", nargs="*", help="the question; omit or '-' to read standard input")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("trivia", help="play trivia in the terminal, or --export generated questions")
    s.add_argument("--export", type=int, metavar="N", help="print N generated questions instead of playing")
    s.add_argument("--json", action="store_true", help="with --export: a JSON list")
    s.add_argument("--film", action="append", default=[], help="only this film (repeatable)")
    s.add_argument("--category", action="append", default=[], help="only this category (repeatable)")
    s.add_argument("--seed", type=int, help="same seed, same questions")
    s.add_argument("--questions", type=int, default=10)
    s.add_argument("--time", type=int, default=30, help="seconds per question")

    s = sub.add_parser("eval", help="accuracy, abstention and confident-wrong rates of /ask on a JSONL question set")
    s.add_argument("file", metavar="FILE.jsonl")
    s.add_argument("--json", action="store_true")

    sub.add_parser("run", help="connect to Discord (or open the console when no token is set)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env(db_path=args.db)
        if args.command == "run":
            return cmd_run(args, settings)
        handler = {"ingest": cmd_ingest, "films": cmd_films, "facts": cmd_facts, "console": cmd_console,
                   "ask": cmd_ask, "eval": cmd_eval, "trivia": cmd_trivia}[args.command]
        return asyncio.run(handler(args, settings))
    except (ConfigError, DatabaseError) as exc:
        print(f"filmbot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away ("| head"): stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
