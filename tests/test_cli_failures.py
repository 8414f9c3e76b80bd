"""CLI failures as a user meets them: one clear line or a quiet end, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env() -> dict:
    env = dict(os.environ)
    env.pop("DISCORD_TOKEN", None)
    return env


def test_a_missing_path_is_counted_as_rejected(tmp_path):
    r = subprocess.run([sys.executable, "-m", "bot", "--db", str(tmp_path / "f.db"), "ingest", str(tmp_path / "nope.txt")],
                       capture_output=True, text=True, cwd=ROOT, env=_env(), timeout=120)
    assert r.returncode != 0
    assert "0 film(s) ingested, 1 rejected" in r.stdout
    assert "Traceback" not in r.stderr


def test_piping_into_a_reader_that_stops_early_ends_quietly(seeded_copy):
    # "python -m bot ask < questions | head -1": far more output than a pipe holds, and the reader
    # closes the pipe after one line.
    proc = subprocess.Popen([sys.executable, "-m", "bot", "--db", str(seeded_copy), "ask"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=_env())
    proc.stdin.write(b"who directed taxi driver\n" * 3000)
    proc.stdin.close()
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_no_network_at_start_is_one_line_per_attempt(seeded_copy):
    env = {**_env(), "DISCORD_TOKEN": "not.a.token", "DISCORD_API_BASE": "http://127.0.0.1:9/api/v10",
           "FILMBOT_CONNECT_ATTEMPTS": "2", "FILMBOT_DB": str(seeded_copy)}
    r = subprocess.run([sys.executable, "-m", "bot", "run"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert r.returncode == 3
    assert "Traceback" not in r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("filmbot: cannot reach Discord")]
    assert len(lines) == 2 and "retrying in 2 s" in lines[0] and "giving up" in lines[1]
