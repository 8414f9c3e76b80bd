"""Names read word by word whole (common.NAME_RX_SPACED, reviews._CRITIC_NAME_SP) match exactly as the plain
NAME_RX in the frames that use them (the frames' next character after a name is never a word's), over random
texts built from the pieces the frames read."""

from __future__ import annotations

import random
import re

from bot.extract import common, reviews

RNG = random.Random(30)

_FRAMES = ["_NAME_OF_PUB", "_NAME_PAREN_PUB", "_BY_NAME_OF_PUB", "_NAME_OF_PUB_QUOTE", "_NAME_COMMA_ROLE",
           "_NAME_WRITING_FOR", "_NAME_IN_PUB", "_PUB_S_NAME", "_PUB_ROLE_NAME", "_WRITING_FOR", "_IN_WORK", "_WRITES_IN",
           "_ROLE_NAME", "_NAME_SAID", "_NAMES_SAID", "_NAME_WRITING", "_QUOTE_SAID"]

_PIECES = [" ", "  ", ", ", ",", ".", ". ", "-", "'", "’", "'s ", "(", ") ", '"', "“", "”", ";", "Ora ", "Pell", "Pell ",
           "Bede ", "Marrow", "O'Dea ", "J. ", "J.", "K ", "R ", "Tam-Osk ", "van ", "de ", "d'Arcy ", "Jr.", "III ", "The ",
           "Daily ", "Lamp", "Weekly", "of ", "for ", "from ", "with ", "in ", "by ", "and ", "critic ", "Critic ",
           "reviewer ", "writing ", "wrote ", "said ", "praised ", "called ", "also ", "the film ", "it ", "a ", "was ",
           "Writing for ", "In his review for ", "who ", '"Kit" ', "example.com ", "Émile ", "Ivo", "Brandt ", "1999 ",
           "strongly ", "both ", "that ", "as ", '"a bore," ', "wrote ", '," said ', '!" wrote ']


def _text(n: int) -> str:
    return "".join(RNG.choice(_PIECES) for _ in range(RNG.randint(0, n)))


def test_critic_frames_match_as_with_the_plain_name() -> None:
    pairs = []
    for name in _FRAMES:
        fast = getattr(reviews, name)
        fast = fast if isinstance(fast, re.Pattern) else fast.rx  # (a frame behind its word gate: the pattern itself)
        assert reviews._CRITIC_NAME_SP in fast.pattern, name
        pairs.append((name, fast, re.compile(fast.pattern.replace(reviews._CRITIC_NAME_SP, reviews._CRITIC_NAME))))
    for _ in range(3000):
        text = _text(18)
        for name, fast, plain in pairs:
            got = [(m.span(), m.groupdict()) for m in fast.finditer(text)]
            assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)], (name, text)


def test_spaced_name_before_a_space_comma_bracket_or_end() -> None:
    follows = [r"\s+of\b", r"\s*,?\s+said\b", r",", r"\)", r"$", r"(?=\s)", r"\s+\("]
    pairs = [(re.compile(common.NAME_RX_SPACED + f), re.compile(common.NAME_RX + f)) for f in follows]
    for _ in range(5000):
        text = _text(12)
        for fast, plain in pairs:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (plain.pattern[-9:], text)


def test_opener_frames_match_as_with_the_plain_opener() -> None:
    plain_opener = reviews._OPENER.replace(r"(?>[A-Z][\w\-]*)", r"[A-Z][\w\-]*").replace(r"(?>[a-z][\w\-']*)", r"[a-z][\w\-']*")
    assert "(?>" not in plain_opener
    pairs = []
    for name in ["_NAME_SAID", "_NAMES_SAID", "_NAME_WRITING", "_PUB_ALONE"]:
        fast = getattr(reviews, name)
        fast = fast if isinstance(fast, re.Pattern) else fast.rx
        assert reviews._OPENER in fast.pattern, name
        pairs.append((name, fast, re.compile(fast.pattern.replace(reviews._OPENER, plain_opener))))
    extra = ["By contrast, ", "In his review, ", "In 2005 Ora Pell, ", "When the film was released, ", "On the Lamp, ",
             "In late March 2004, ", "By ", "McDonald ", "Tam-Osk, ", "it's ", "x-ray ", "From ", "During "]
    for _ in range(4000):
        text = "".join(RNG.choice(_PIECES + extra) for _ in range(RNG.randint(0, 18)))
        for name, fast, plain in pairs:
            got = [(m.span(), m.groupdict()) for m in fast.finditer(text)]
            assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)], (name, text)
