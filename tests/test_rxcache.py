"""bot/rxcache.py: a pattern built from the cache on disk is the one ``re.compile`` builds, and a
missing, damaged or foreign file only means compiling as usual."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot import rxcache
from bot.rxgate import Gated, _opening_class, gated, required
from bot.vocab import alternation

ROOT = Path(__file__).resolve().parent.parent

PATTERNS = [
    (r"(?P<name>[A-Z]\w+(?:\s+[A-Z]\w+)*)\s+was\s+replaced\s+by\s+(?P<other>[A-Z]\w+)", 0),
    (r"\b(?:played|voiced|portrayed)\s+by\b", re.I),
    (r"(?<![\w'’-])[a-zé][\w'’-]*", 0),
    (r"(?i:the\s+)?Other\s+Tale(?=\s)", 0),
    (r"\b" + alternation(["Ora Pell", "Bede Marrow", "Ivo Brandt", "Tam Osk"]) + r"\b", 0),
]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache of its own, read afresh (the process's tables are put back after)."""
    monkeypatch.setenv("FILMBOT_RX_CACHE", str(tmp_path))
    monkeypatch.setattr(rxcache, "_compiled", None)
    monkeypatch.setattr(rxcache, "_memos", {})
    monkeypatch.setattr(rxcache, "_used", set())
    monkeypatch.setattr(rxcache, "_dirty", False)
    return tmp_path


def _compile_all() -> list[re.Pattern[str]]:
    re.purge()  # re's own cache would answer without asking the compile step
    with rxcache.compiling():
        return [re.compile(p, f) for p, f in PATTERNS]


def test_patterns_from_the_cache_are_the_patterns_compiled(cache_dir: Path) -> None:
    first = _compile_all()
    assert list(cache_dir.glob("rx-*.bin")), "the cache was written"
    rxcache._compiled = None  # a new process: the file is read
    again = _compile_all()
    assert rxcache._compiled is None  # let go after the block
    for (p, f), a, b in zip(PATTERNS, first, again, strict=True):
        fresh = re.compile(p, f)
        # patterns compare equal only with the same text, flags and engine code
        assert a == fresh and b == fresh
        assert b.groupindex == fresh.groupindex and b.groups == fresh.groups
    text = "Later Ora Pell was replaced by Ivo Brandt, played by Tam Osk in Other Tale."
    for a, b in zip(first, again, strict=True):
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_a_damaged_or_foreign_file_is_an_empty_cache(cache_dir: Path) -> None:
    _compile_all()
    (path,) = cache_dir.glob("rx-*.bin")
    good = path.read_bytes()
    for bad in (b"", b"not a cache", good[:40], good[: len(good) // 2], good.replace(b'"compiled"', b'"compi1ed"', 1)):
        path.write_bytes(bad)
        rxcache._compiled = None
        for (p, f), rx in zip(PATTERNS, _compile_all(), strict=True):
            assert rx == re.compile(p, f)


def test_code_words_that_do_not_build_are_compiled_afresh(cache_dir: Path) -> None:
    _compile_all()
    rxcache._compiled = None
    rxcache._load()
    for entry in rxcache._compiled.values():
        entry[1] = b"\xff\xff\xff\xff" * 4  # no engine code the engine accepts
    with rxcache.compiling():
        re.purge()
        built = [re.compile(p, f) for p, f in PATTERNS]
    for (p, f), rx in zip(PATTERNS, built, strict=True):
        assert rx == re.compile(p, f)


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FILMBOT_RX_CACHE", "off")
    monkeypatch.setattr(rxcache, "_compiled", None)
    for (p, f), rx in zip(PATTERNS, _compile_all(), strict=True):
        assert rx == re.compile(p, f)
    assert rxcache._compiled is None


def test_gate_readings_are_the_same_from_the_cache(cache_dir: Path) -> None:
    rxcache._load()
    rx = re.compile(r"(?P<a>[A-Z]\w+)\s+(?:was|were)\s+(?:replaced|succeeded)\s+by\s+(?P<b>[A-Z]\w+)")
    words, opening = required(rx), _opening_class(rx).pattern
    rxcache._save()
    rxcache._compiled = None
    rxcache._load()
    assert any(k.startswith("required:") for k in rxcache._memos)
    assert required(rx) == words and _opening_class(rx).pattern == opening


def test_gated_methods_made_on_first_use_answer_as_the_pattern() -> None:
    rx = re.compile(r"\b(?P<who>[A-Z]\w+)\s+(?:replaced|succeeded)\s+(?P<whom>[A-Z]\w+)")
    g = gated(rx)
    assert isinstance(g, Gated)
    for text in ("Ora replaced Bede in Ruritania.", "Nobody was replaced.", "Kip succeeded Lune, Tam replaced Ivo"):
        a, b = g.search(text), rx.search(text)
        assert (a and a.span()) == (b and b.span())
        assert [m.span() for m in g.finditer(text)] == [m.span() for m in rx.finditer(text)]
        assert g.findall(text) == rx.findall(text)
        assert g.sub("X", text) == rx.sub("X", text)
        assert bool(g.match(text)) == bool(rx.match(text))
        assert bool(g.fullmatch(text)) == bool(rx.fullmatch(text))
        assert g.possible(text) or not rx.search(text)
    assert g.pattern == rx.pattern and g.groupindex == rx.groupindex


def test_phrase_alternations_are_the_same_text_in_every_process() -> None:
    """The cache finds a pattern by its text: a phrase list's alternation must not depend on the
    process's string hashing (words of one length were in set order)."""
    code = ("from bot.vocab import alternation; from bot.extract.awards import _phrases; "
            "w = ['Ora', 'Tam', 'Kip', 'Bede', 'Lune', 'Ivo', 'Osk', 'Pell']; print(alternation(w), _phrases(w))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                           env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin", "FILMBOT_RX_CACHE": "off"}).stdout
            for seed in ("1", "2", "3")}
    assert len(outs) == 1
