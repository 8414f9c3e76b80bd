"""XML exports and pages-articles dumps through ``python -m bot ingest``: streaming, film pages
only, skips with reasons, and a resume point that survives ``kill -9``.

The dumps are built in a temporary folder from the real exports in tests/fixtures/wikitext/
(films, a person, a redirect), each film page repeated under new titles and ids.
"""

from __future__ import annotations

import bz2
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.cli import main
from bot.dumps import Page, iter_pages, open_xml, write_pages
from tests.conftest import ROOT

LOCAL = ROOT / "tests" / "fixtures" / "wikitext"
FILMS = {"Rocky", "The Incredibles", "Original Sin (2001 film)"}


def _sources() -> list[Page]:
    return [p for f in sorted(LOCAL.glob("*.xml")) for p in iter_pages(open_xml(f))]


def make_dump(path: Path, copies: int) -> set[str]:
    """A bz2 dump with every local page ``copies`` times (new titles and ids); returns the film titles."""
    src = _sources()
    films: set[str] = set()

    def pages():
        n = 0
        for c in range(copies):
            for p in src:
                n += 1
                title = p.title if c == 0 else f"{p.title} (copy {c})"
                if p.title in FILMS:
                    films.add(title)
                yield Page(n, title, p.ns, p.redirect, p.text)

    with bz2.open(path, "wb") as fh:
        write_pages(pages(), fh)
    return films


def _films(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT page_title FROM films ORDER BY page_title")]


def test_iter_pages_reads_bare_and_namespaced_exports(tmp_path):
    bare = list(iter_pages(open_xml(LOCAL / "redirect.xml")))
    assert [(p.title, p.redirect) for p in bare] == [("(Baazi (1968 film)", "Baazi (1968 film)")]
    out = tmp_path / "two.xml"
    with out.open("wb") as fh:
        write_pages([Page(7, "A & B", 0, None, "x < y"), Page(8, "Talk:C", 1, None, "")], fh)
    pages = list(iter_pages(open_xml(out)))
    assert [(p.page_id, p.title, p.ns, p.text) for p in pages] == [(7, "A & B", 0, "x < y"), (8, "Talk:C", 1, "")]


def test_ingest_xml_exports_from_a_folder(tmp_path, capsys):
    db = tmp_path / "f.db"
    assert main(["--db", str(db), "ingest", str(LOCAL)]) == 0
    out, err = capsys.readouterr()
    assert set(_films(db)) == FILMS
    assert "skipped Werner Herzog: not a film article (its infobox is {{Infobox person}})" in err
    assert "skipped (Baazi (1968 film): a redirect to Baazi (1968 film)" in err
    assert "3 film(s) ingested, 0 rejected, 2 page(s) skipped (not films)" in out
    assert main(["--db", str(db), "facts", "rocky", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"role": "director", "name": "John G. Avildsen"} in [{"role": c["role"], "name": c["name"]} for c in data["crew"]]
    assert data["crew"][0]["source"]["sentence"] == "Directed by: John G. Avildsen"


def test_a_bz2_dump_streams_each_film_once(tmp_path, capsys):
    dump, db = tmp_path / "pages-articles.xml.bz2", tmp_path / "d.db"
    films = make_dump(dump, 3)
    assert main(["--db", str(db), "ingest", str(dump), "--workers", "0"]) == 0
    out, _ = capsys.readouterr()
    assert sorted(films) == _films(db) and len(films) == 9
    assert "15 pages read, 9 film(s) ingested; skipped not a film 3, redirect 3" in out
    assert not Path(f"{db}.dumps.json").exists()  # imported to the end: no resume point left
    # Again: the same films replaced, not added.
    assert main(["--db", str(db), "ingest", str(dump), "--workers", "0"]) == 0
    assert sorted(films) == _films(db)


def test_kill_9_halfway_then_rerun_ends_with_every_film_once(tmp_path, capsys):
    dump, db = tmp_path / "pages-articles.xml.bz2", tmp_path / "k.db"
    films = make_dump(dump, 6)  # 30 pages, 18 films
    state = Path(f"{db}.dumps.json")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "--db", str(db), "ingest", str(dump), "--workers", "1",
                             "--batch", "2"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        done = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if state.is_file():
                entry = next(iter(json.loads(state.read_text() or "{}").values()), {})
                done = entry.get("pages", 0)
                if done >= 6:
                    break
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the import ended before it could be killed halfway"
    assert 6 <= done < 30
    written = _films(db)
    assert 0 < len(written) < len(films) and len(set(written)) == len(written)

    assert main(["--db", str(db), "ingest", str(dump), "--workers", "0"]) == 0
    out, _ = capsys.readouterr()
    resumed = int(out.split("resumed after page ")[1].split(";")[0])
    assert resumed >= done
    assert _films(db) == sorted(films)  # every film exactly once
    assert not state.exists()


@pytest.mark.parametrize(("name", "content", "why"), [
    ("broken.xml", b"<mediawiki><page><title>X</title>", "not well-formed MediaWiki XML"),
    ("notxml.xml", b"just some text\n", "not well-formed MediaWiki XML"),
    ("cut.xml.bz2", None, "ends early"),
])
def test_bad_files_are_one_line(tmp_path, capsys, name, content, why):
    path = tmp_path / name
    if content is None:
        whole = tmp_path / "whole.xml.bz2"
        make_dump(whole, 1)
        content = whole.read_bytes()[: whole.stat().st_size // 2]
    path.write_bytes(content)
    assert main(["--db", str(tmp_path / "b.db"), "ingest", str(path), "--workers", "0"]) == 1
    out, err = capsys.readouterr()
    assert why in err and "Traceback" not in err + out
    assert len([ln for ln in err.splitlines() if ln.startswith("rejected")]) == 1
