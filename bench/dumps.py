"""Dump streaming rate: ``python -m bot ingest`` on a synthetic pages-articles dump.

The dump is built in a temporary folder from real MediaWiki exports (the piki fixtures in
../shared, else the copies in tests/fixtures/wikitext/): every film page repeated under new
titles and ids until there are 2,000 film pages, bz2-compressed like the real dumps. The import
runs as its own process, as a user runs it; the peak resident memory of that process and of its
whole tree (the parsing workers included) is sampled from /proc.

Then the same dump is imported again into a new database and the import is killed with
SIGKILL once its resume point has passed half the pages; a rerun must end with every film
exactly once (the figure the issue asks for beside the rate).

    python -m bench.dumps [--pages 2000] [--workers N] [--no-kill]
"""

from __future__ import annotations

import argparse
import bz2
import json
import os
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIKI = ROOT.parent / "shared" / "corpus" / "piki-wikipedia-film-database" / "fixtures"
LOCAL = ROOT / "tests" / "fixtures" / "wikitext"


def build(path: Path, pages: int) -> tuple[int, str]:
    """Write a bz2 dump of ``pages`` film pages; returns (distinct source films, source folder)."""
    sys.path.insert(0, str(ROOT))
    from bot.dumps import Page, iter_pages, open_xml, write_pages
    from bot.wikitext import not_film_reason

    folder = PIKI if PIKI.is_dir() else LOCAL
    films = [p for f in sorted(folder.glob("*.xml")) for p in iter_pages(open_xml(f))
             if not not_film_reason(p.title, p.text, ns=p.ns, redirect=p.redirect)]

    def gen():
        for i in range(pages):
            p = films[i % len(films)]
            copy = i // len(films)
            yield Page(i + 1, p.title if copy == 0 else f"{p.title} (copy {copy})", 0, None, p.text)

    with bz2.open(path, "wb") as fh:
        write_pages(gen(), fh)
    return len(films), str(folder.relative_to(ROOT.parent) if folder == PIKI else folder.relative_to(ROOT))


def _tree_rss_kb(pid: int) -> tuple[int, int]:
    """(RSS of pid, RSS of pid and all its descendants) in kB, from /proc."""
    def rss(p: int) -> int:
        try:
            m = re.search(r"^VmRSS:\s+(\d+)", Path(f"/proc/{p}/status").read_text(), re.M)
            return int(m.group(1)) if m else 0
        except OSError:
            return 0

    def children(p: int) -> list[int]:
        out = []
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                out += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                pass
        return out

    own = rss(pid)
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss(p)
        todo += children(p)
    return own, total


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU of one process so far, from /proc (None once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(pages: int = 2000, workers: int | None = None, kill: bool = True) -> dict:
    with tempfile.TemporaryDirectory() as d:
        dump, db = Path(d) / "enwiki-films-pages-articles.xml.bz2", Path(d) / "dump.db"
        distinct, source = build(dump, pages)
        cmd = [sys.executable, "-m", "bot", "--db", str(db), "ingest", str(dump)]
        if workers is not None:
            cmd += ["--workers", str(workers)]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        peak_main = peak_tree = 0
        main_cpu = 0.0  # the importing process alone (XML, SQLite); the rest is its parsing workers
        while proc.poll() is None:
            own, tree = _tree_rss_kb(proc.pid)
            peak_main, peak_tree = max(peak_main, own), max(peak_tree, tree)
            main_cpu = _cpu_seconds(proc.pid) or main_cpu
            time.sleep(0.2)
        seconds = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        out = proc.stdout.read() if proc.stdout else ""
        m = re.search(r"([\d,]+) pages read, ([\d,]+) film\(s\) ingested", out)
        read = int(m.group(1).replace(",", "")) if m else 0
        films = int(m.group(2).replace(",", "")) if m else 0
        killed = kill_and_resume(dump, Path(d) / "killed.db", pages, workers) if kill else None
        return {"kill": killed, "pages": read, "films": films, "seconds": seconds, "rate": read / seconds if seconds else 0.0,
                "rss_main_mb": peak_main / 1024, "rss_tree_mb": peak_tree / 1024, "distinct": distinct,
                "source": source, "dump_mb": dump.stat().st_size / 1e6, "cores": os.cpu_count() or 1,
                "returncode": proc.returncode, "cpu_seconds": cpu, "main_cpu_seconds": main_cpu,
                "load": os.getloadavg()[0]}


def kill_and_resume(dump: Path, db: Path, pages: int, workers: int | None) -> dict:
    """Import ``dump`` into ``db``, SIGKILL the import once its resume point is past half the
    pages, run it again to the end, and count the films: each must be there exactly once."""
    cmd = [sys.executable, "-m", "bot", "--db", str(db), "ingest", str(dump)]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    state = Path(f"{db}.dumps.json")
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = 0
    deadline = time.monotonic() + 600
    while proc.poll() is None and time.monotonic() < deadline and done * 2 < pages:
        try:
            entry = next(iter(json.loads(state.read_text() or "{}").values()), {})
            done = int(entry.get("pages", 0))
        except (OSError, ValueError):
            pass  # not written yet, or caught mid-write
        time.sleep(0.05)
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as conn:
        at_kill = conn.execute("SELECT count(*) FROM films").fetchone()[0]
    rerun = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    m = re.search(r"resumed after page ([\d,]+)", rerun.stdout)
    with sqlite3.connect(db) as conn:
        titles = [r[0] for r in conn.execute("SELECT page_title FROM films")]
    return {"killed": killed, "killed_after_pages": done, "films_at_kill": at_kill,
            "resumed_after": int(m.group(1).replace(",", "")) if m else None, "films": len(titles),
            "distinct": len(set(titles)), "rerun_returncode": rerun.returncode}


def report_kill(k: dict, pages: int) -> None:
    ok = k["killed"] and k["rerun_returncode"] == 0 and k["films"] == k["distinct"] == pages
    print(f"  kill -9 once the resume point passed page {k['killed_after_pages']:,} ({k['films_at_kill']:,} films "
          f"written), rerun resumed after page {k['resumed_after'] if k['resumed_after'] is not None else '?'}: "
          f"{k['films']:,} films, {k['distinct']:,} distinct -> {'every film exactly once' if ok else 'NOT every film once'}")


def report(r: dict) -> None:
    print(f"\nDump streaming ({r['pages']:,} film pages from {r['distinct']} real exports in {r['source']}, "
          f"bz2 {r['dump_mb']:.1f} MB, {r['cores']} cores)")
    print(f"  python -m bot ingest dump.xml.bz2    {r['rate']:7.1f} pages/s ({r['films']:,} films in {r['seconds']:.1f} s, "
          f"whole run including start-up)")
    if r["films"]:
        per = r["cpu_seconds"] / r["pages"]
        main = r["main_cpu_seconds"] / r["pages"]
        print(f"  CPU per page (all processes)         {per * 1e3:7.1f} ms, i.e. {1 / per:.1f} pages/s per idle core "
              f"(the rate above also depends on what else runs)")
        print(f"    of which the importing process     {main * 1e3:7.1f} ms (bz2, XML, SQLite writes); parsing workers "
              f"{(per - main) * 1e3:.1f} ms (mwparserfromhell, extractors)")
        print(f"  load average at the end              {r['load']:7.2f} on {r['cores']} cores")
    print(f"  peak RSS                             {r['rss_main_mb']:.0f} MB importing process, "
          f"{r['rss_tree_mb']:.0f} MB with its parsing workers")
    if r.get("kill"):
        report_kill(r["kill"], r["pages"])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.dumps")
    p.add_argument("--pages", type=int, default=2000)
    p.add_argument("--workers", type=int, default=None)
    p.add_argument("--no-kill", action="store_true", help="skip the kill -9 and resume run")
    args = p.parse_args(argv)
    report(run(args.pages, args.workers, kill=not args.no_kill))
    return 0


if __name__ == "__main__":
    sys.exit(main())
