"""A literal prefilter for expensive patterns, worked out from the pattern itself.

Most frames of the extractors start with a name ("NAME was replaced by NAME") or a long
alternation, so Python's engine tries them at every capital letter or word boundary of every
sentence, and most sentences hold none of the words the frame needs. :func:`gated` wraps a
compiled pattern in an object with the same methods that first checks, with plain substring
tests, that the text holds the words any match must contain; when it does not, the answer is
the one the pattern would have given (no match) without running it.

The required words are read from the pattern's parse tree, never written by hand, so a frame
whose words change (a verb added to a table, a branch added to the pattern) keeps a correct
gate. What counts as required:

- a run of literal characters outside any repeat, group or class ("replaced", " by");
- the required words of a group, of a repeat that must occur at least once, and of a positive
  lookaround (it must hold somewhere in the text too);
- for alternatives, one required set from each branch, joined: whichever branch matches, one of
  its words is there. A branch with nothing required makes the whole alternation unknown;
- and, asked after those clauses, each alternation whose alternatives need more than one word
  each (:func:`combined`): all the words of one alternative ("landed" and "role", not either).

Negative lookarounds, optional parts, classes and back-references require nothing. Parts read
case-insensitively ((?i), re.I) are compared in lower case, and only their ASCII characters are
used: the four non-ASCII characters that match an ASCII letter without case (dotted and dotless
i, long s, the Kelvin sign) are folded first. A gate with no word of three characters or more is
not worth its tests, so such a pattern is returned as it is.

Speed, with the same answers: each gate's tests are one generated function (and the pattern's
methods with the tests written in), a clause of many words is one search of a literal trie, and
a pattern the engine would try whole at every position (no literal prefix or first-character set:
thirty ``\b``-led alternatives, a frame led by a name) runs behind a lookahead of the characters a
match can open with, read from its parse tree (``_opening_class``; :func:`opening` does it for
frames no gate can test). The cost is at import: about 0.3 s of CPU a process for compiling the
lookahead versions, against 10-15% of the extraction time of every article.

What is read from a parse tree (a pattern's required words, its opening characters, ...) is kept with
the pattern in bot/rxcache.py's cache on disk while the extractors import (``memo``), and a gated
pattern's methods are each generated when first asked for: importing the extractors read every parse
tree two or three times and compiled seven functions a gate, most never called.
"""

from __future__ import annotations

import _sre
import re
import sys
from collections.abc import Callable
from functools import cache
from re import _compiler as K  # noqa: N812 - whether the engine already skips to a first character
from re import _constants as C  # noqa: N812 - the parser's opcodes
from re import _parser as P  # noqa: N812

from .rxcache import memo

#: One required word: (text, compared in lower case).
Word = tuple[str, bool]
#: Words of which at least one is in any text the pattern matches.
Clause = frozenset[Word]

MIN_WORD = 3
#: Characters that re.IGNORECASE matches to an ASCII letter but str.lower() does not map to it.
_FOLD = str.maketrans({"ı": "i", "ſ": "s", "İ": "i", "K": "k"})
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}


def _best(clauses: list[Clause]) -> Clause | None:
    """The clause most likely to reject a text: the one whose shortest word is longest."""
    good = [c for c in clauses if c and min(len(w) for w, _ in c) >= MIN_WORD]
    if not good:
        return None
    return max(good, key=lambda c: (min(len(w) for w, _ in c), -len(c)))


def _runs(items, flags: int):
    """The parse items read in order: ``(None, word)`` for each run of literal characters (lower-cased
    under IGNORECASE; a non-ASCII letter there ends the run, since case folding may match it to
    another), and ``(op, av)`` for every other item that takes characters. Both readers below walk
    a pattern this way."""
    run: list[str] = []
    ci = bool(flags & re.IGNORECASE)
    for op, av in items:
        if op is C.LITERAL:
            ch = chr(av)
            if ci and not ch.isascii():
                if run:
                    yield None, "".join(run)
                    run.clear()
            else:
                run.append(ch.lower() if ci else ch)
            continue
        if op is C.AT:
            continue  # an anchor or \b takes no characters: the run goes on
        if run:
            yield None, "".join(run)
            run.clear()
        yield op, av
    if run:
        yield None, "".join(run)


def _clauses(items, flags: int) -> list[Clause]:
    """Every clause a match of this sequence of parse items must satisfy (all of them hold)."""
    out: list[Clause] = []
    ci = bool(flags & re.IGNORECASE)
    for op, av in _runs(items, flags):
        if op is None:
            out.append(frozenset({(av, ci)}))
        elif op is C.SUBPATTERN:
            _group, add, remove, sub = av
            out.extend(_clauses(sub, (flags | add) & ~remove))
        elif op in _REPEATS:
            low, _high, sub = av
            if low >= 1:
                out.extend(_clauses(sub, flags))
        elif op is C.BRANCH:
            joined: set[Word] = set()
            for branch in av[1]:
                best = _best(_clauses(branch, flags))
                if best is None:
                    joined = set()
                    break
                joined |= best
            if joined:
                out.append(frozenset(joined))
        elif op is C.ASSERT:
            _direction, sub = av
            out.extend(_clauses(sub, flags))
        elif op is getattr(C, "ATOMIC_GROUP", None):
            out.extend(_clauses(av, flags))
        # IN, ANY, NOT_LITERAL, CATEGORY, ASSERT_NOT, GROUPREF, GROUPREF_EXISTS: nothing required
    return out


def _shortest(clause: Clause) -> Clause:
    """The clause without words that hold another of its words: a text holding "played" holds "play",
    so testing "play" alone answers for both (an exact word never stands for a case-insensitive one)."""
    keep: set[Word] = set()
    for w, ci in clause:
        if not any(o != w and o in w and (oci or not ci) for o, oci in clause):
            keep.add((w, ci))
    return frozenset(keep)


def required(rx: re.Pattern[str]) -> list[Clause]:
    """The clauses a text must satisfy for ``rx`` to match anywhere in it (words of 3+ characters).
    Read from the parse tree once, then kept with the pattern in bot/rxcache.py's cache."""
    found = memo("required", rx.pattern, rx.flags, lambda: _required_words(rx.pattern, rx.flags))
    return [frozenset((w, bool(ci)) for w, ci in c) for c in found]


def _required_words(pattern: str, flags: int) -> list[list[list]]:
    """:func:`required`'s clauses as JSON (each clause its [word, lower case] pairs, sorted)."""
    tree = P.parse(pattern, flags)
    out: list[Clause] = []
    for c in _clauses(tree, tree.state.flags):
        c = _shortest(c)
        if min(len(w) for w, _ in c) >= MIN_WORD and c not in out:
            out.append(c)
    return [sorted([w, ci] for w, ci in c) for c in out]



# Combinations. A clause from an alternation holds one word of each alternative: a text holding "role"
# passes the gate of "NAME was chosen for ... | NAME landed the role of ...", though the second
# alternative also needs "landed". :func:`combined` keeps, for each alternation where that loses
# something, every requirement of every alternative: (words of A, all of them) or (words of B, all of
# them). A requirement is ["c", [[word, lower case], ...]] (one of the words) or ["a", [[req, ...], ...]]
# (all the requirements of one of the alternatives), in JSON, as the cache keeps it.

#: A combination asks at most this many words (its tests run on every text that passes the clauses).
_MAX_COMBINED_WORDS = 64


def _requirements(items, flags: int, nested: bool = False) -> list[list]:
    """Every requirement a match of this sequence of parse items must meet, as :func:`_clauses` reads
    them, with each alternation kept as its alternatives' own requirements when one of them needs
    more than one (otherwise as its one clause, the same one :func:`_clauses` gives). ``nested``:
    inside an alternative, where an alternation is read as its one clause (a test of every word of
    a vocabulary's phrases would cost more than it turns away)."""
    out: list[list] = []
    ci = bool(flags & re.IGNORECASE)
    for op, av in _runs(items, flags):
        if op is None:
            if len(av) >= MIN_WORD:
                out.append(["c", [[av, ci]]])
        elif op is C.SUBPATTERN:
            _group, add, remove, sub = av
            out.extend(_requirements(sub, (flags | add) & ~remove, nested))
        elif op in _REPEATS:
            low, _high, sub = av
            if low >= 1:
                out.extend(_requirements(sub, flags, nested))
        elif op is C.BRANCH and nested:
            for c in _clauses([(op, av)], flags):
                c = _shortest(c)
                if min(len(w) for w, _ in c) >= MIN_WORD:
                    out.append(["c", sorted([w, ci] for w, ci in c)])
        elif op is C.BRANCH:
            branches = []
            for branch in av[1]:
                reqs = _requirements(branch, flags, True)
                if not reqs:
                    branches = []
                    break
                branches.append(reqs)
            if not branches:
                continue
            if all(len(b) == 1 for b in branches):
                # one clause an alternative: their words joined are all the alternation tells
                words = {(w, c) for b in branches for w, c in b[0][1]}
                out.append(["c", sorted([w, c] for w, c in _shortest(frozenset(words)))])
            else:
                out.append(["a", branches])
        elif op is C.ASSERT:
            _direction, sub = av
            out.extend(_requirements(sub, flags, nested))
        elif op is getattr(C, "ATOMIC_GROUP", None):
            out.extend(_requirements(av, flags, nested))
    return out


def _size(req: list) -> int:
    """How many words a requirement's test reads."""
    return len(req[1]) if req[0] == "c" else sum(len(r[1]) for b in req[1] for r in b)


def _combined_words(pattern: str, flags: int) -> list[list]:
    """:func:`combined`'s requirements as JSON."""
    tree = P.parse(pattern, flags)
    return [r for r in _requirements(tree, tree.state.flags) if r[0] == "a" and _size(r) <= _MAX_COMBINED_WORDS]


def combined(rx: re.Pattern[str]) -> list[list]:
    """The alternations of ``rx`` whose alternatives need more than one word each, each as the
    requirements of its alternatives (at least one alternative's must all hold for ``rx`` to match):
    what a gate asks after :func:`required`'s clauses, on the texts they let through."""
    return memo("combined", rx.pattern, rx.flags, lambda: _combined_words(rx.pattern, rx.flags))  # type: ignore[return-value]


def _words_of(req: list) -> list:
    """Every [word, lower case] pair a requirement reads."""
    return list(req[1]) if req[0] == "c" else [p for b in req[1] for r in b for p in _words_of(r)]


def _rank(req: list) -> tuple:
    """Sort key of an alternative's requirements: a clause whose shortest word is longest first (the
    likeliest to be missing, as ``_best`` reads it), a clause of few words before one of many."""
    return (-min(len(w) for w, _ in req[1]), len(req[1])) if req[0] == "c" else (1, 0)


#: Texts lowered, with their lower case: every extractor asks its gates about the same sentences (a
#: sentence was lowered three times over on average when only the last text was kept). A text's
#: lower case never changes, so a kept answer is always right; the table is emptied when full.
_LOW: dict[str, str] = {}
_LOW_MAX = 8192


def _fold(text: str) -> str:
    """``text`` in lower case, with the letters IGNORECASE folds to ASCII folded first."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


def _lowered(text: str) -> str:
    """``_fold(text)``, kept in ``_LOW`` (the generated tests read the table first, and call this on a miss)."""
    low = _LOW.get(text)
    if low is None:
        low = _fold(text)
        if len(_LOW) >= _LOW_MAX:
            _LOW.clear()
        _LOW[text] = low
    return low


#: From this many words, a clause is tested by one search of its words as a trie of literal characters
#: (``_literal_trie``) instead of one substring test a word: each ``in`` reads the whole text again,
#: while the trie's search stops at every letter that opens a word. Lower-case words open at most
#: letters of a lowered text, so they need more words to pay (measured on the corpus's sentences:
#: a trie of 126 lower-case words 10.7 -> 4.8 µs, of 27 exact ones 2.9 -> 0.7 µs; of 15 lower-case
#: ones 2.4 -> 2.7 µs, a loss).
_BIG_EXACT, _BIG_FOLDED = 24, 40


@cache
def _literal_trie(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found exactly where one of ``words`` occurs as a substring (the characters as they
    are, no flags): the words factored by their common beginnings, so the engine skips to a possible
    first letter and reads on one branch."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node:
            return ""  # a word ends here: any text reaching this point holds it
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(emit(trie))


#: The methods of a gated pattern, each made by :func:`_compile_test` the first time it is asked for.
_METHODS = ("possible", "search", "match", "fullmatch", "finditer", "findall", "sub")


def _compile_test(clauses: list[tuple[tuple[str, ...], tuple[str, ...]]], scan: re.Pattern[str],
                  remember: bool = True, names: tuple[str, ...] = _METHODS, combos: list[list] = ()) -> dict:
    """The prefilter of one pattern as one generated function: the same substring tests, in the same
    order, as a loop over the clauses would make, without the loop. A gate is asked about nearly
    every sentence by the frame it guards (a dozen frames a sentence), and a Python loop over its
    clauses and words cost as much as the tests. The words are written into the code with ``repr``
    as ``"a" in text or "b" in text``: ``in`` is one opcode, where ``any(map(text.__contains__, ...))``
    measured slower even for a clause of a hundred words.

    Returns ``possible`` and the pattern's methods (``search``, ``finditer``, ...) with the same tests
    written into each: a gated call is one Python call, not a method calling ``possible``. Each answers
    what the method of ``scan`` answers, or what it answers for no match (None, no matches, the
    string unchanged) when a required word is missing. ``remember``: the lowered text is kept in
    ``_LOW`` (sentences, which many gates ask about), or lowered on each call (short one-off windows).
    ``names``: the functions to make (compiling the code is most of what a gate costs at import).
    ``combos``: :func:`combined`'s requirements, tested after the clauses (on the texts they let through)."""
    consts: dict[str, object] = {"_lowered": _lowered, "_low_get": _LOW.get, "_fold": _fold, "_scan": scan}
    lower = "_low_get(text) or _lowered(text)" if remember else "_fold(text)"

    def test(words: tuple[str, ...], first: str, var: str, big: int) -> list[str]:
        """The clause's tests, the first reading ``first`` (an expression naming ``var``) and the rest ``var``."""
        if len(words) >= big:
            name = f"_w{len(consts)}"
            consts[name] = _literal_trie(words).search
            return [f"{name}({first}) is not None"]
        return [f"{w!r} in {first if i == 0 else var}" for i, w in enumerate(words)]

    body = []
    for exact, folded in clauses:
        tests = test(exact, "text", "text", _BIG_EXACT) if exact else []
        if folded:
            # the lowered text, read from ``_LOW`` (or lowered) by the clause's first lower-case test and
            # named for the rest of that clause
            tests += test(folded, f"(low := {lower})", "low", _BIG_FOLDED)
        body.append(f"    if not ({' or '.join(tests)}):")
        body.append("        return {none}")

    def requirement(req: list) -> str:
        """One requirement as an expression over ``text`` and ``low`` (:func:`combined`'s JSON)."""
        if req[0] == "c":
            exact = tuple(sorted(w for w, ci in req[1] if not ci))
            folded = tuple(sorted(w for w, ci in req[1] if ci))
            tests = (test(exact, "text", "text", _BIG_EXACT) if exact else []) \
                + (test(folded, "low", "low", _BIG_FOLDED) if folded else [])
            return tests[0] if len(tests) == 1 else f"({' or '.join(tests)})"
        # the alternatives of one clause first, as one clause (one trie search when it is long); then each
        # other alternative's requirements, its likeliest missing clause first (``_best``'s order)
        single = sorted({(w, ci) for b in req[1] if len(b) == 1 and b[0][0] == "c" for w, ci in b[0][1]})
        alts = [requirement(["c", single])] if single else []
        alts += [" and ".join(requirement(r) for r in sorted(b, key=_rank)) for b in req[1]
                 if len(b) > 1 or b[0][0] != "c"]
        return "(" + " or ".join(f"({a})" for a in dict.fromkeys(alts)) + ")"

    if combos:
        if any(ci for c in combos for w, ci in _words_of(c)):
            body.append(f"    low = {lower}")
        for c in combos:
            body.append(f"    if not {requirement(c)}:".replace("{", "{{").replace("}", "}}"))
            body.append("        return {none}")
    lines = ["def possible(text):", *(b.format(none="False") for b in body), "    return True"] \
        if "possible" in names else []
    for name, none in (("search", "None"), ("match", "None"), ("fullmatch", "None"), ("finditer", "iter(())"),
                       ("findall", "[]")):
        if name in names:
            lines += [f"def {name}(text, *args, **kw):", *(b.format(none=none) for b in body),
                      f"    return _scan.{name}(text, *args, **kw)"]
    if "sub" in names:
        lines += ["def sub(repl, text, *args, **kw):", *(b.format(none="text") for b in body),
                  "    return _scan.sub(repl, text, *args, **kw)"]
    exec("\n".join(lines), consts)  # noqa: S102 - the code is built from repr() of the pattern's own words
    return {k: consts[k] for k in names}


#: Anchors that hold only at a word boundary: a character right after one opens a word.
_BOUNDARY = {C.AT_BOUNDARY, C.AT_UNI_BOUNDARY, C.AT_LOC_BOUNDARY}


def _first(items, out: list, ci: bool, bounded: bool = False) -> bool | None:
    """Add to ``out`` the class items (LITERAL, RANGE, CATEGORY) that can open a match of this sequence
    of parse items; True when the sequence can match empty, None when the first character cannot be
    told (any character, a negated class, a back-reference). Each item is added with whether it is
    read case-insensitively (``ci``, as the flags in force where it stands say) and whether a word
    boundary (``\\b``) stands before it on every way there (``bounded``)."""
    for op, av in items:
        if op is C.AT:
            bounded = bounded or av in _BOUNDARY
            continue  # takes no character: the next item gives the first one
        if op is C.ASSERT or op is C.ASSERT_NOT:
            continue
        if op is C.LITERAL:
            out.append((C.LITERAL, av, ci, bounded))
            return False
        if op is C.IN:
            if any(o is C.NEGATE for o, _ in av) or any(o not in (C.LITERAL, C.RANGE, C.CATEGORY) for o, _ in av):
                return None
            out.extend((o, a, ci, bounded) for o, a in av)
            return False
        if op is C.SUBPATTERN or op is getattr(C, "ATOMIC_GROUP", None):
            if op is C.SUBPATTERN:
                _group, add, remove, sub = av
                sub_ci = bool(((re.I if ci else 0) | add) & ~remove & re.I)
            else:
                sub, sub_ci = av, ci
            empty = _first(sub, out, sub_ci, bounded)
        elif op is C.BRANCH:
            empty = False
            for branch in av[1]:
                e = _first(branch, out, ci, bounded)
                if e is None:
                    return None
                empty = empty or e
        elif op in _REPEATS:
            low, _high, sub = av
            empty = _first(sub, out, ci, bounded)
            if empty is not None and low == 0:
                empty = True
        else:
            return None
        if empty is None:
            return None
        if not empty:
            return False
    return True


def _opening_class(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with a lookahead of the characters a match can open with, when the engine would
    otherwise try the whole pattern at every position of the text: a frame of thirty alternatives
    each led by ``\b`` ("starring", "the cast includes", ...) is tried branch by branch at every
    character. The lookahead is one class test a position; it takes no character and no group, so
    every match, span and group is the same. A pattern the engine already scans for by a literal
    prefix or a first-character set is returned as it is, and so is one whose opening cannot be told.
    Each character is read with the case rule in force where it stands in the pattern.
    The rewritten text is read from the parse tree once, then kept in bot/rxcache.py's cache."""
    built = memo("first_set", rx.pattern, rx.flags, lambda: _first_set_code(rx.pattern, rx.flags))
    if built is not None:
        final, code, groups, groupindex = built
        indexgroup = [None] * (groups + 1)
        for name, i in groupindex.items():
            indexgroup[i] = name
        return _sre.compile(rx.pattern, final, code, groups, groupindex, tuple(indexgroup))
    text = memo("opening", rx.pattern, rx.flags, lambda: _opening_text(rx.pattern, rx.flags))
    return rx if text is None else re.compile(text, rx.flags)


#: The non-ASCII characters that re.IGNORECASE matches to an ASCII letter (``_FOLD``'s, by that letter).
_FOLDS_TO = {"i": "\u0131\u0130", "s": "\u017f", "k": "\u212a"}


def _first_set_code(pattern: str, flags: int) -> list | None:
    """The engine's code of ``pattern`` with the characters a match can open with (``_opening_text``'s
    class, every case spelt out) as the first-character set of its info block: the set ``re`` itself
    gives a pattern opening on a literal or a class, which the engine's search skips to in one tight
    loop, where a lookahead in front still enters the whole matcher at every position (and a ``\b``
    tests its two neighbours there). The rest of the code is ``re``'s own, so every match, span and
    group is the same. None (the lookahead is used) when a case-insensitive opening character is not
    ASCII: only ASCII letters have their other cases listed here (``_FOLDS_TO``).
    Returned as the arguments of ``_sre.compile`` after the pattern, kept in bot/rxcache.py's cache."""
    tree = P.parse(pattern, flags)
    if tree.data and tree.data[0][0] is C.AT and tree.data[0][1] in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
        return None  # "^...": tried where a line starts
    prefix, _skip, _all = K._get_literal_prefix(tree, tree.state.flags)
    if prefix or K._get_charset_prefix(tree, tree.state.flags):
        return None  # a literal or a set the engine already skips to
    items: list = []
    if _first(tree, items, bool(tree.state.flags & re.I)) is not False or not items:
        return None  # an opening no class tells
    # (unlike the lookahead, a set of all lower-case letters pays here: the set is one table look-up a
    # character, far cheaper than entering the matcher; a category (\w, \s) still has none)
    chars: set[int] = set()
    ranges: list[tuple[int, int]] = []
    for op, av, ci, _bounded in items:
        span = (av, av) if op is C.LITERAL else av
        if op is C.CATEGORY or (ci and span[1] > 127):
            return None
        if not ci:
            if op is C.LITERAL:
                chars.add(av)
            else:
                ranges.append(av)
            continue
        for o in range(span[0], span[1] + 1):
            ch = chr(o)
            chars.update(ord(c) for c in {ch, ch.lower(), ch.upper(), *_FOLDS_TO.get(ch.lower(), "")})
    charset, _cased = K._optimize_charset([(C.LITERAL, o) for o in sorted(chars)] + [(C.RANGE, r) for r in ranges])
    code = K._code(tree, flags)
    if code[0] != C.INFO or code[2] != 0 or code[3] == 0:
        return None  # (the engine's own prefix or set, or a pattern that can match empty)
    info = [C.INFO, 0, C.SRE_INFO_CHARSET, code[3], code[4]]
    K._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    final = int(flags | tree.state.flags)
    return [final, [int(w) for w in info + list(code[code[1] + 1:])], tree.state.groups - 1, dict(tree.state.groupdict)]


def _opening_text(pattern: str, flags: int) -> str | None:
    """The text of :func:`_opening_class`'s pattern, or None when the pattern is kept as it is."""
    if pattern.startswith("(?") and pattern[2:3].isalpha():
        return None  # global inline flags must open the pattern: it is not rewritten
    tree = P.parse(pattern, flags)
    flags = tree.state.flags
    if tree.data and tree.data[0][0] is C.AT and tree.data[0][1] in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
        return None  # "^...": tried where a line starts; a lookahead in front measured slower
    prefix, _skip, _all = K._get_literal_prefix(tree, flags)
    if prefix or K._get_charset_prefix(tree, flags):
        return None
    items: list = []
    if _first(tree, items, bool(flags & re.I)) is not False or not items:
        return None
    if any(op is C.CATEGORY or (op is C.RANGE and (ci or (av[0] <= ord("z") and av[1] >= ord("a"))))
           for op, av, ci, bounded in items if not bounded):
        return None  # (a space, any word character, any lower-case letter: most positions pass; measured no gain)
    alternatives = []
    for want_bounded in (True, False):
        classes = []
        for want_ci in (False, True):
            parts = []
            for op, av, ci, bounded in items:
                if ci != want_ci or bounded != want_bounded:
                    continue
                if op is C.LITERAL:
                    parts.append(re.escape(chr(av)))
                elif op is C.RANGE:
                    parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
                else:
                    parts.append(_CATEGORY_CLASS[av])
            if parts:
                cls = "[" + "".join(dict.fromkeys(parts)) + "]"
                classes.append(f"(?i:{cls})" if want_ci else f"(?-i:{cls})")
        if classes:
            # a boundary that stands before the class on every way there is tested first, as the
            # pattern tests it at the same place (same flags, so the same notion of a word)
            alternatives.append(("\\b" if want_bounded else "") + ("(?:" + "|".join(classes) + ")" if len(classes) > 1 else classes[0]))
    return f"(?={'|'.join(alternatives)})(?:{pattern})"


#: A category inside a class, written back as its escape.
_CATEGORY_CLASS = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
                   C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
                   C.CATEGORY_UNI_DIGIT: r"\d", C.CATEGORY_UNI_NOT_DIGIT: r"\D", C.CATEGORY_UNI_SPACE: r"\s",
                   C.CATEGORY_UNI_NOT_SPACE: r"\S", C.CATEGORY_UNI_WORD: r"\w", C.CATEGORY_UNI_NOT_WORD: r"\W"}


class Gated:
    """A compiled pattern behind its literal prefilter; the methods the extractors use, same answers."""

    __slots__ = ("rx", "_scan", "_clauses", "_combos", "_remember", *_METHODS)

    def __init__(self, rx: re.Pattern[str], clauses: list[Clause], remember: bool = True,
                 combos: list[list] = ()) -> None:
        self.rx = rx
        #: what the methods run: ``rx``, or ``rx`` behind a lookahead of its opening characters
        #: (``_opening_class``); the pattern's text, flags and groups are still read from ``rx``
        self._scan = _opening_class(rx)
        # per clause: its exact words, then its lower-case ones (tested against the lowered text)
        self._clauses = [(tuple(sorted(w for w, ci in c if not ci)), tuple(sorted(w for w, ci in c if ci)))
                         for c in clauses]
        self._remember = remember
        #: the alternations whose alternatives each need more than one word (:func:`combined`), asked after the clauses
        self._combos = list(combos)
        for exact, folded in self._clauses:  # the tries of long clauses now (compiled with bot/rxcache.py's cache)
            if len(exact) >= _BIG_EXACT:
                _literal_trie(exact)
            if len(folded) >= _BIG_FOLDED:
                _literal_trie(folded)
        # ``possible(text)``: False only when no match can exist in ``text`` (a required word is
        # missing); ``search``, ``match``, ``fullmatch``, ``finditer``, ``findall``, ``sub``: the
        # pattern's, the same answers (made by ``_compile_test`` when first asked for, in
        # ``__getattr__``: most gates are asked one or two of them, and making the code of all seven
        # was a third of importing the extractors once their patterns come from bot/rxcache.py)

    def __getattr__(self, name: str):
        if name in _METHODS:
            fn = _compile_test(self._clauses, self._scan, self._remember, (name,), self._combos)[name]
            setattr(self, name, fn)  # from now on read from its slot, without coming here
            return fn
        return getattr(self.rx, name)  # pattern, flags, groupindex, split, ...

    def __repr__(self) -> str:
        return f"gated({self.rx!r})"


def gated(rx: re.Pattern[str], like: re.Pattern[str] | None = None, remember: bool = True) -> re.Pattern[str] | Gated:
    """``rx`` behind a prefilter of the words any match needs, or ``rx`` itself when it needs none.

    *like* is a pattern matching the same texts whose words are easier to read: a phrase list
    factored into a trie (``bot.vocab.trie_alternation``) no longer shows its whole words.
    *remember* False: the texts asked about are one-off pieces, whose lower case is not worth keeping."""
    clauses = required(like if like is not None else rx)
    combos = combined(like if like is not None else rx)
    return Gated(rx, clauses, remember, combos) if clauses or combos else rx


def gate(namespace: dict, *names: str) -> None:
    """Put the module patterns called ``names`` behind their prefilters, in place (``globals()``).

    Done at the end of a module, so the patterns keep their place and shape where they are
    written; functions read them at call time and get the gated ones."""
    for name in names:
        namespace[name] = gated(namespace[name])


def opening(namespace: dict, *names: str) -> None:
    """Rebind the module patterns called ``names`` to themselves behind a lookahead of their opening
    characters (``_opening_class``), in place (``globals()``), for frames that need no word a gate
    could test ("NAME of PUB": only names), so they stay plain patterns (``m.re is NAME`` holds).
    Done at the end of a module, like :func:`gate`, so patterns built from their text are unchanged.
    Picked by timing each frame's calls over the corpus both ways (every answer compared, none differs)."""
    for name in names:
        namespace[name] = _opening_class(namespace[name])


def first_sets(namespaces: list[dict]) -> None:
    """Rebind, in these module namespaces (``globals()``), every plain pattern that the engine would try
    at every position (no literal prefix, no first-character set of its own) to the same pattern with
    the first-character set of :func:`_first_set_code`: the same matches, spans and groups, found
    without entering the matcher where no match can open. A pattern rebound in one namespace is rebound
    to the same new object in all of them, so ``m.re is NAME`` holds as before; one that any container,
    default argument or class attribute also holds is left as it is (that other reference would keep
    the old object). Measured over the seed's calls: most of the 350 frames this reaches run 1.5-3x
    faster."""
    held: set[int] = set()

    def hold(value: object, depth: int = 0) -> None:
        if isinstance(value, re.Pattern):
            held.add(id(value))
        elif depth < 3 and isinstance(value, (tuple, list, set, frozenset)):
            for v in value:
                hold(v, depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for k, v in value.items():
                hold(k, depth + 1)
                hold(v, depth + 1)
        elif depth < 3 and isinstance(value, type):
            for v in vars(value).values():
                hold(v, depth + 1)
        elif callable(value) and depth == 0:
            if getattr(value, "__wrapped__", None) is not None:
                hold(value.__wrapped__)
            for v in (getattr(value, "__defaults__", None) or ()):
                hold(v, depth + 1)
            for v in (getattr(value, "__kwdefaults__", None) or {}).values():
                hold(v, depth + 1)
            for cell in (getattr(value, "__closure__", None) or ()):
                try:
                    hold(cell.cell_contents, depth + 1)
                except ValueError:  # an empty cell
                    pass
        elif depth < 2 and hasattr(value, "__slots__") and not isinstance(value, type):
            for name in getattr(value, "__slots__", ()):
                hold(getattr(value, name, None), depth + 1)
        elif depth < 2 and hasattr(value, "__dict__") and not isinstance(value, type) and not callable(value) \
                and not hasattr(value, "__file__"):
            for v in vars(value).values():
                hold(v, depth + 1)

    for ns in namespaces:
        for value in ns.values():
            if not isinstance(value, re.Pattern):
                hold(value)
    new: dict[int, re.Pattern[str]] = {}
    for ns in namespaces:
        for name, value in list(ns.items()):
            if type(value) is not re.Pattern or id(value) in held or not isinstance(value.pattern, str):
                continue
            if id(value) not in new:
                new[id(value)] = _opening_class(value) if _first_set_ok(value) else value
            ns[name] = new[id(value)]


def _first_set_ok(rx: re.Pattern[str]) -> bool:
    """Whether :func:`first_sets` gives ``rx`` a first-character set (and not the lookahead of
    :func:`_opening_class`, which would change the pattern's text)."""
    return memo("first_set", rx.pattern, rx.flags, lambda: _first_set_code(rx.pattern, rx.flags)) is not None


def _top_branches(pattern: str) -> list[str]:
    """The source text of each top-level alternative of ``pattern`` (split at the ``|`` outside any
    group or class); one item when it has none."""
    out, start, depth, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            # a ']' right after '[' or '[^' is a literal of the class
            j = i + 1 + (pattern[i + 1: i + 2] == "^")
            if pattern[j: j + 1] == "]":
                i = j
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


class Pruned:
    """A long alternation of frames ("starring A", "the cast includes A", ... forty-five of them) run
    as its alternatives, each only when the text holds the words it requires (:func:`required`).

    A gate on the whole pattern lets through any sentence holding one word of any alternative
    ("film", "cast", "with"), and the engine then tries every alternative at every word. Each
    alternative is compiled alone (behind the lookahead of its opening characters); an alternative
    missing one of its required words can match nowhere in the text and is not run. The answer is
    the alternation's: at the leftmost position where any alternative matches, the first of them in
    the pattern's order (nothing follows the alternation, so an alternative's match there is the one
    it gives alone), and ``finditer`` goes on from each match's end. Only for patterns with no groups,
    no global inline flags and no alternative that can match the empty string; :func:`pruned` falls
    back to :func:`gated` otherwise."""

    __slots__ = ("rx", "_kept")

    def __init__(self, rx: re.Pattern[str], branches: list[str]) -> None:
        self.rx = rx
        whole = gated(rx)  # the words of the whole pattern first: most texts hold none of them
        consts: dict[str, object] = {"_lowered": _lowered, "_low_get": _LOW.get,
                                     "_whole": whole.possible if isinstance(whole, Gated) else None}
        body, low_needed = [], False
        for i, src in enumerate(branches):
            part = re.compile(src, rx.flags)
            consts[f"_p{i}"] = _opening_class(part)
            # one clause an alternative, the likeliest to be missing: an alternative let through in vain
            # costs one search of a short pattern, a test more costs every text
            best = _best(required(part))
            if best is None:
                body.append(f"    out.append(_p{i})")
                continue
            exact, folded = sorted(w for w, ci in best if not ci), sorted(w for w, ci in best if ci)
            low_needed = low_needed or bool(folded)
            test = " or ".join([*(f"{w!r} in text" for w in exact), *(f"{w!r} in low" for w in folded)])
            body.append(f"    if {test}:\n        out.append(_p{i})")
        head = ["def kept(text):", "    if _whole is not None and not _whole(text):\n        return []",
                "    low = _low_get(text) or _lowered(text)" if low_needed else "", "    out = []"]
        exec("\n".join([*head, *body, "    return out"]), consts)  # noqa: S102 - words written with repr()
        #: ``kept(text)``: the compiled alternatives whose words ``text`` holds, in the pattern's order
        self._kept = consts["kept"]

    def possible(self, text: str) -> bool:
        return bool(self._kept(text))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        best = None
        for part in self._kept(text):
            m = part.search(text, pos, endpos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        for part in self._kept(text):
            m = part.match(text, pos, endpos)
            if m is not None:
                return m
        return None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        for part in self._kept(text):
            m = part.fullmatch(text, pos, endpos)
            if m is not None:
                return m
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        parts = self._kept(text)
        if len(parts) < 2:
            return parts[0].finditer(text, pos, endpos) if parts else iter(())
        return self._iter(parts, text, pos, endpos)

    @staticmethod
    def _iter(parts: list[re.Pattern[str]], text: str, pos: int, endpos: int):
        """The matches of several alternatives, as the alternation's ``finditer`` gives them (no
        alternative matches empty, so the next search starts at the last match's end)."""
        while True:
            best = None
            for part in parts:
                m = part.search(text, pos, endpos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            pos = best.end()

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        return [m.group() for m in self.finditer(text, pos, endpos)]

    def __getattr__(self, name: str):
        return getattr(self.rx, name)  # pattern, flags, groupindex, ...

    def __repr__(self) -> str:
        return f"pruned({self.rx!r})"


def pruned(rx: re.Pattern[str]) -> re.Pattern[str] | Gated | Pruned:
    """``rx``'s alternatives each behind their own required words (:class:`Pruned`), or ``gated(rx)``
    when it cannot be split so (groups, global inline flags, a single alternative)."""
    branches = _top_branches(rx.pattern)
    if rx.groups or len(branches) < 2 or (rx.pattern.startswith("(?") and rx.pattern[2:3].isalpha()) \
            or memo("empty-branch", rx.pattern, rx.flags,
                    lambda: any(P.parse(b, rx.flags).getwidth()[0] == 0 for b in branches)):
        return gated(rx)
    return Pruned(rx, branches)


def prune(namespace: dict, *names: str) -> None:
    """Like :func:`gate`, with :func:`pruned` (a pattern already gated is pruned from its own pattern).
    Picked by replaying the extractors' calls over the corpus and seed both ways (every answer
    compared, none differs): an alternation of two short cues is faster whole."""
    for name in names:
        rx = namespace[name]
        namespace[name] = pruned(rx.rx if isinstance(rx, Gated) else rx)


def which_match(named: list[tuple[str, re.Pattern[str] | Gated]]) -> tuple[Callable[[str], list[str]], Callable[[str], bool]]:
    """For a list of (name, pattern) asked together of every text ("which kinds of release does this
    clause name?"): ``names(text)``, the names whose pattern ``search`` finds in ``text``, in order,
    and ``any_(text)``, whether one does. One generated call instead of a gated call a pattern: each
    pattern's prefilter tests (:class:`Gated`) written in turn, with the text lowered once, and its
    scan run when they pass, so the answers are the patterns' own."""
    consts: dict[str, object] = {"_lowered": _lowered, "_low_get": _LOW.get}

    def test(words: tuple[str, ...], var: str, big: int) -> list[str]:
        if len(words) >= big:
            name = f"_w{len(consts)}"
            consts[name] = _literal_trie(words).search
            return [f"{name}({var}) is not None"]
        return [f"{w!r} in {var}" for w in words]

    conds, low_needed = [], False
    for i, (_name, rx) in enumerate(named):
        consts[f"_s{i}"] = (rx._scan if isinstance(rx, Gated) else rx).search
        tests = []
        for exact, folded in rx._clauses if isinstance(rx, Gated) else ():
            low_needed = low_needed or bool(folded)
            words = (test(exact, "text", _BIG_EXACT) if exact else []) + (test(folded, "low", _BIG_FOLDED) if folded else [])
            tests.append(f"({' or '.join(words)})")
        conds.append(" and ".join([*tests, f"_s{i}(text) is not None"]))
    head = ["    low = _low_get(text) or _lowered(text)"] if low_needed else []
    lines = ["def names(text):", *head, "    out = []"]
    lines += [f"    if {c}:\n        out.append({name!r})" for c, (name, _rx) in zip(conds, named, strict=True)]
    lines += ["    return out", "def any_(text):", *head]
    lines += [f"    if {c}:\n        return True" for c in conds]
    lines += ["    return False"]
    exec("\n".join(lines), consts)  # noqa: S102 - words written with repr()
    return consts["names"], consts["any_"]


def _folds_plainly(items) -> bool:
    """Whether a case-insensitive pattern reads an ASCII text as its case-sensitive twin reads the text
    in lower case: no upper-case or non-ASCII letter of its own (a non-ASCII one may fold to ASCII,
    as "K" does to "k"), no back-reference, no part that turns the case rule off."""
    for op, av in items:
        if op is C.LITERAL or op is C.NOT_LITERAL:
            if chr(av).isupper() or not chr(av).isascii():
                return False
        elif op is C.RANGE:
            lo, hi = av
            if hi > 127 or (lo <= ord("Z") and hi >= ord("A")):
                return False
        elif op is C.IN:
            if not _folds_plainly(av):
                return False
        elif op is C.SUBPATTERN:
            _group, add, remove, sub = av
            if remove & re.I:
                return False
            if not _folds_plainly(sub):
                return False
        elif op is C.BRANCH:
            if not all(_folds_plainly(b) for b in av[1]):
                return False
        elif op in _REPEATS:
            if not _folds_plainly(av[2]):
                return False
        elif op is C.ASSERT or op is C.ASSERT_NOT:
            if not _folds_plainly(av[1]):
                return False
        elif op is getattr(C, "ATOMIC_GROUP", None):
            if not _folds_plainly(av):
                return False
        elif op in (C.GROUPREF, C.GROUPREF_EXISTS, getattr(C, "GROUPREF_IGNORE", None)):
            return False
    return True


class Folded:
    """A case-insensitive pattern asked only whether it occurs, or how often: on an ASCII text, its
    case-sensitive twin over the text in lower case (the engine reads literal letters several times
    faster without IGNORECASE: a hundred review words counted in a paragraph, 74 -> 38 µs); on any
    other text, the pattern itself. The twin exists only where :func:`_folds_plainly` says its
    answers are the same; a gated pattern's prefilter is asked first as before."""

    __slots__ = ("rx", "_possible", "_twin")

    def __init__(self, rx: re.Pattern[str] | Gated) -> None:
        raw = rx.rx if isinstance(rx, Gated) else rx
        if not raw.flags & re.I or not memo("folds", raw.pattern, raw.flags,
                                            lambda: _folds_plainly(P.parse(raw.pattern, raw.flags).data)):
            raise ValueError(f"no case-sensitive twin reads as {raw.pattern[:60]!r} does")
        self.rx = rx
        self._possible = rx.possible if isinstance(rx, Gated) else None
        self._twin = re.compile(raw.pattern, raw.flags & ~re.I)

    def test(self, text: str) -> bool:
        """``bool(rx.search(text))``"""
        if self._possible is not None and not self._possible(text):
            return False
        if text.isascii():
            return self._twin.search(_LOW.get(text) or _lowered(text)) is not None
        return self.rx.search(text) is not None

    def count(self, text: str) -> int:
        """``len(rx.findall(text))`` (the text is a one-off piece: its lower case is not kept)"""
        if self._possible is not None and not self._possible(text):
            return 0
        if text.isascii():
            return len(self._twin.findall(text.lower()))
        return len(self.rx.findall(text))
