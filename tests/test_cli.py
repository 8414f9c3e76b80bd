"""The command line and the offline console, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import CORPUS, ROOT, SEED


def run(*args: str, db=None, stdin: str | None = None, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    env.pop("DISCORD_TOKEN", None)
    cmd = [sys.executable, "-m", "bot"] + (["--db", str(db)] if db else []) + list(args)
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_ingest_films_and_facts_json(tmp_path):
    db = tmp_path / "f.db"
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    r = run("ingest", str(SEED), str(bad), str(tmp_path / "missing.txt"), db=db)
    assert r.returncode != 0
    rejected = [ln for ln in r.stderr.splitlines() if ln.startswith("rejected")]
    assert len(rejected) == 2 and str(bad) in rejected[0] or str(bad) in rejected[1]
    assert "1 film(s) ingested" in r.stdout and "cast" in r.stdout

    r = run("films", db=db)
    assert r.returncode == 0 and r.stdout.startswith("Her (2013)")

    r = run("facts", "her", "--json", db=db)
    assert r.returncode == 0
    data = json.loads(r.stdout)
    assert {"title", "year", "cast", "crew", "awards", "reviews", "scores", "money", "release"} <= set(data)
    assert data["title"] == "Her" and data["year"] == 2013
    assert {"actor": "Scarlett Johansson", "character": "Samantha"}.items() <= data["cast"][1].items() or any(
        c["actor"] == "Scarlett Johansson" and c["character"] == "Samantha" for c in data["cast"]
    )
    for group in ("cast", "crew", "awards", "reviews", "money", "release"):
        for fact in data[group]:
            assert fact["source"]["section"] and fact["source"]["sentence"]
    assert data["scores"]["rotten_tomatoes"]["score"] == 94
    assert data["scores"]["cinemascore"]["grade"] == "B−"
    worldwide = sorted(m["text"] for m in data["money"] if m["kind"] == "worldwide")
    assert worldwide == ["$47.4 million", "$48 million"] or "$47.4 million" in worldwide

    r = run("facts", "HER (2013)", "--kind", "crew", db=db)
    assert r.returncode == 0 and "Spike Jonze" in r.stdout

    r = run("facts", "no such film at all", db=db)
    assert r.returncode == 2 and "No film matches" in r.stderr


@pytest.mark.corpus
def test_ingest_a_folder_with_progress_and_summary(tmp_path):
    db = tmp_path / "f.db"
    r = run("ingest", str(CORPUS), db=db)
    assert r.returncode == 0, r.stderr[-500:]
    assert "225 film(s) ingested, 0 rejected" in r.stdout
    assert "ingested 225/225" in r.stderr  # progress on a long run, even without a terminal


def test_console_runs_slash_lines_from_stdin(tmp_path):
    db = tmp_path / "f.db"
    script = "/cast film:her character:samantha\n/awards film:her outcome:nominated\n/nonsense\n"
    r = run("console", db=db, stdin=script)
    assert "Scarlett Johansson" in r.stdout
    assert "Best Picture" in r.stdout
    assert "Unknown command /nonsense" in r.stdout
    r = run("console", "--json", db=db, stdin="/film her\n")
    obj = json.loads(r.stdout.strip().splitlines()[-1])
    assert obj["embeds"][0]["title"] == "Her (2013)"


def test_run_without_token_seeds_and_opens_the_console(tmp_path):
    db = tmp_path / "first.db"
    r = run("run", db=db, stdin="/films\n", env_extra={"DISCORD_TOKEN": ""})
    assert "offline console" in r.stderr
    assert "First start" in r.stderr
    assert "Her (2013)" in r.stdout


def test_unusable_database_is_one_clear_line(tmp_path):
    r = run("films", db=tmp_path)  # a directory, not a file
    assert r.returncode == 2
    assert r.stderr.startswith("filmbot: ") and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_ask_json_lines_and_eval(tmp_path):
    db = tmp_path / "f.db"
    run("ingest", str(SEED), db=db)
    r = run("ask", "--json", db=db, stdin="who directed her\nhow much did her make\n")
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 2
    assert set(lines[0]) == {"question", "film", "answer", "kind", "confidence", "sources"}
    assert "Spike Jonze" in lines[0]["answer"] and lines[0]["sources"][0]["sentence"]
    qs = tmp_path / "q.jsonl"
    qs.write_text('{"question": "who directed her", "film": "Her", "expected": ["Spike Jonze"]}\n'
                  '{"question": "what is the runtime of her", "film": "Her", "abstain": true}\n')
    r = run("eval", str(qs), db=db)
    assert r.returncode == 0 and "accuracy" in r.stdout.lower() and "100" in r.stdout


def test_trivia_export_is_deterministic_json(tmp_path):
    db = tmp_path / "f.db"
    run("ingest", str(SEED), db=db)
    a = run("trivia", "--export", "5", "--json", "--film", "her", "--seed", "3", db=db)
    b = run("trivia", "--export", "5", "--json", "--film", "her", "--seed", "3", db=db)
    assert a.returncode == 0 and a.stdout == b.stdout
    qs = json.loads(a.stdout)
    assert len(qs) == 5
    for q in qs:
        assert {"question", "answers", "distractors", "category", "difficulty", "source"} <= set(q)
        assert q["source"]["sentence"] and q["answers"]
    r = run("trivia", "--export", "3", "--json", "--category", "cast", "--film", "her", db=db)
    assert all(q["category"] == "cast" for q in json.loads(r.stdout))


def test_trivia_in_the_terminal(tmp_path):
    db = tmp_path / "f.db"
    run("ingest", str(SEED), db=db)
    r = run("trivia", "--questions", "2", "--film", "her", "--seed", "5", "--time", "5", db=db, stdin="no idea\n/skip\n/quit\n")
    assert r.returncode == 0, r.stderr[-400:]
    assert "Question 1/2" in r.stdout and "The answer:" in r.stdout and "Trivia over" in r.stdout
    r = run("trivia", "--questions", "500", db=db)
    assert r.returncode == 2 and "--questions" in r.stderr
