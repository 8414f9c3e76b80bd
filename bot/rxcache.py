"""A cache on disk of the work compiling the extractors' patterns takes, so a process's first
extraction does not pay it again.

Importing the extractors compiles about 1,300 patterns and works out the prefilters of about 250 of
them (bot/rxgate.py): about 19 G instructions, 2.5-3 s of CPU, which a user's first /film after a
restart waited for. Python's ``re`` parses a pattern and generates the engine's code in Python;
only the last step, ``_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)``, is C.
While :func:`compiling` is in force, ``re``'s compile step reads those arguments from this cache
(keyed by the exact pattern text and flags) and runs only the C step; a pattern not in the cache is
compiled as usual and added. rxgate's reading of a pattern's parse tree (its required words, its
opening characters, ...) is kept the same way by :func:`memo`.

Safe, versioned, rebuilt automatically:

- a pattern's entry is found by its exact text and flags, and the pattern built from it is the one
  ``re.compile`` builds (same arguments to the same C function; tests compare every entry with a
  fresh compile: patterns compare equal only with the same text, flags and code);
- the file's name carries a digest of the interpreter's version, the engine's ``MAGIC`` and
  ``CODESIZE`` and the source of this module and of rxgate.py: any change to them reads a new file
  (built on first use), never an old one;
- the file is a JSON index and the engine's code words as raw numbers (reading it runs nothing,
  unlike a pickle), and the engine checks the code it is given (``_sre.compile`` validates it): a
  damaged or odd file, or one of the wrong shape, is read as an empty cache, and a pattern whose
  entry is refused is compiled as usual;
- it is written whole to a temporary file and renamed over the old one, so a reader never sees half
  of it, and processes writing at once leave one of their (equally valid) files; a directory that
  cannot be written just means no cache.

The tables are let go when the outermost :func:`compiling` ends (kept, the garbage collector would
walk them for the rest of the process). A pattern's text must be the same in every process for its
entry to be found: phrase lists are ordered with their ties in a fixed order (bot/vocab's
``alternation``), not in the order of a set, which string hashing changes from process to process.
Measured (valgrind, seed, PYTHONHASHSEED=0): a process's import of the extractors and its first
extraction 18.4 G -> 2.1 G instructions; an extraction after that as before.

``FILMBOT_RX_CACHE``: the directory (default ``$XDG_CACHE_HOME/filmbot`` or ``~/.cache/filmbot``);
``off`` (or ``0``) turns the cache off.
"""

from __future__ import annotations

import _sre
import array
import contextlib
import hashlib
import json
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from re import _compiler, _parser

#: What builds this cache's entries: any change to them is a new file.
_SOURCES = (Path(__file__), Path(__file__).with_name("rxgate.py"))
#: How many entries a file may keep that this process did not use (patterns of an older vocabulary).
_SPARE = 500

_ORIGINAL = _compiler.compile
_MAGIC = b"filmbot-rx 2\n"
_lock = threading.RLock()
_depth = 0
#: "flags:pattern" -> [final flags, code words (bytes of array "I"), groups, groupindex]
_compiled: dict[str, list] | None = None
_memos: dict[str, object] = {}  # "kind:flags:pattern" -> a JSON value
_used: set[str] = set()
_dirty = False


def _directory() -> Path | None:
    """Where the cache lives, or None when it is turned off."""
    env = os.environ.get("FILMBOT_RX_CACHE", "")
    if env.lower() in ("off", "0", "no", "false"):
        return None
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "filmbot"


def _version() -> str:
    """A digest of everything the entries depend on besides the pattern itself."""
    h = hashlib.sha256()
    h.update(f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}".encode())
    for p in _SOURCES:
        h.update(p.read_bytes())
    return h.hexdigest()[:20]


def _path() -> Path | None:
    d = _directory()
    if d is None:
        return None
    try:
        return d / f"rx-{_version()}.bin"
    except OSError:
        return None


def _load() -> None:
    """Read the file once a process (an empty cache when there is none or it is not as written).

    The file: ``_MAGIC``, the length of a JSON index (8 bytes, little-endian), the index (each
    pattern's flags, groups and where its code words lie in what follows, and the memos), then the
    code words of every pattern, one run after another."""
    global _compiled, _memos
    if _compiled is not None:
        return
    _compiled, _memos = {}, {}
    path = _path()
    if path is None:
        return
    try:
        raw = path.read_bytes()
        if not raw.startswith(_MAGIC):
            return
        at = len(_MAGIC) + 8
        size = int.from_bytes(raw[len(_MAGIC):at], "little")
        index = json.loads(raw[at:at + size].decode("utf-8"))
        blob = memoryview(raw)[at + size:]
        compiled, memos = index["compiled"], index["memos"]
        if not isinstance(compiled, dict) or not isinstance(memos, dict):
            return
        table = {}
        for key, (final, start, length, groups, groupindex) in compiled.items():
            if start < 0 or length < 0 or start + length > len(blob):
                return
            table[key] = [final, blob[start:start + length], groups, groupindex]
        _compiled, _memos = table, memos
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        pass


def enabled() -> bool:
    return _directory() is not None


def _build(pattern: str, entry: list):
    """The pattern from its entry: the last step of ``re._compiler.compile``, with its arguments kept."""
    final, words, groups, groupindex = entry
    code = array.array("I")
    if code.itemsize != _sre.CODESIZE:
        raise ValueError("code word size")
    code.frombytes(words)
    indexgroup = [None] * (groups + 1)
    for name, i in groupindex.items():
        indexgroup[i] = name
    return _sre.compile(pattern, final, code.tolist(), groups, groupindex, tuple(indexgroup))


def _cached_compile(p, flags=0):
    """``re._compiler.compile``, reading and adding entries of the cache (text patterns only)."""
    global _dirty
    if not isinstance(p, str) or flags & _compiler.SRE_FLAG_DEBUG:
        return _ORIGINAL(p, flags)
    flags = int(flags)
    key = f"{flags}:{p}"
    with _lock:
        entry = _compiled.get(key) if _compiled is not None else None
    if entry is not None:
        try:
            rx = _build(p, entry)
            with _lock:
                _used.add(key)
            return rx
        except Exception:  # noqa: BLE001 - an entry that does not build is compiled afresh below
            pass
    # re._compiler.compile, step by step, to keep the arguments of its last step
    tree = _parser.parse(p, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    final = int(flags | tree.state.flags)
    rx = _sre.compile(p, final, code, tree.state.groups - 1, groupindex, tuple(indexgroup))
    with _lock:
        if _compiled is not None:
            _compiled[key] = [final, array.array("I", code).tobytes(), tree.state.groups - 1, groupindex]
            _used.add(key)
            _dirty = True
    return rx


def memo(kind: str, pattern: str, flags: int, compute: Callable[[], object]) -> object:
    """``compute()`` (a JSON value worked out from the pattern alone: rxgate's readings of its parse
    tree), kept in the cache under the pattern's text and flags while :func:`compiling` is in force."""
    global _dirty
    if _compiled is None:
        return compute()
    key = f"{kind}:{int(flags)}:{pattern}"
    with _lock:
        if key in _memos:
            _used.add(key)
            return _memos[key]
    value = compute()
    with _lock:
        _memos[key] = value
        _used.add(key)
        _dirty = True
    return value


def _save() -> None:
    """Write the cache when this process added to it (the entries it used, and spare ones up to
    ``_SPARE``: another process may import extractors this one did not)."""
    global _dirty
    path = _path()
    if not _dirty or path is None or _compiled is None:
        return
    with _lock:
        spare = 0
        compiled, memos, blob, at = {}, {}, [], 0
        for key, (final, words, groups, groupindex) in _compiled.items():
            if key not in _used:
                if spare >= _SPARE:
                    continue
                spare += 1
            compiled[key] = [final, at, len(words), groups, groupindex]
            blob.append(words)
            at += len(words)
        for key, value in _memos.items():
            if key not in _used:
                if spare >= _SPARE:
                    continue
                spare += 1
            memos[key] = value
        index = json.dumps({"compiled": compiled, "memos": memos}, separators=(",", ":")).encode("utf-8")
        _dirty = False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".rx-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_MAGIC + len(index).to_bytes(8, "little") + index)
                fh.writelines(blob)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        pass


@contextlib.contextmanager
def compiling() -> Iterator[None]:
    """Patterns compiled inside (by any code: module imports) are read from and added to the cache;
    the file is written when the outermost block ends, if anything was added."""
    global _depth
    if not enabled():
        yield
        return
    with _lock:
        _load()
        if _depth == 0:
            _compiler.compile = _cached_compile
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            outermost = _depth == 0
            if outermost:
                _compiler.compile = _ORIGINAL
        if outermost:
            _save()
            _forget()


def _forget() -> None:
    """Let the tables go once the extractors are imported: kept, their thousands of lists and dicts
    would be walked by every full collection of the garbage collector for the rest of the process
    (a later :func:`compiling` reads the file again)."""
    global _compiled, _memos
    with _lock:
        if _depth == 0:
            _compiled, _memos = None, {}
            _used.clear()
