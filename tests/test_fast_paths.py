"""Each shortcut taken for speed answers exactly as the plain code it replaced (kept here as the reference)."""

from __future__ import annotations

import random
import re

from bot.extract.common import clean_name
from bot.extract.reviews import _FOLLOW_UP, _follows_up
from bot.ingest import _CONTROL
from bot.sentences import _last_token

RNG = random.Random(11)


def _follow_up_reference(who: str) -> re.Pattern[str]:
    return re.compile(_FOLLOW_UP.format(who=rf"(?i:he|she|it|the\s+critic|the\s+reviewer)|{re.escape(who)}"))


def test_follow_up_without_a_pattern_per_critic() -> None:
    openers = ["", "However, ", "However,  ", "But ", "But\t", "Still, ", "Yet ", "Later, ", "In addition, ",
               "In  addition,\n ", "however, ", "Butt ", "Yet", "In addition,"]
    whos = ["Doe", "Roe", "The Daily", "Example.com", "e", "N.Y.", "Jr.", "", "Écrivain", "A_b", "he", "Doe-Roe"]
    tails = ["", " said", "s said", ". It", "_x", ",", "é", "2", " ", "-", "He", "he ", "She", "it ", "The critic",
             "the  reviewer ", "Itself"]
    for _ in range(20000):
        who = RNG.choice(whos)
        text = RNG.choice(openers) + RNG.choice([who, RNG.choice(whos), "he", "HE"]) + RNG.choice(tails) + RNG.choice(tails)
        assert _follows_up(text, who) == bool(_follow_up_reference(who).match(text)), (text, who)


def test_clean_name_as_the_whitespace_pattern() -> None:
    chars = [" ", "\t", "\n", "\xa0", "\u2009", "\x1c", ",", ";", ":", "'", '"', "“", "”", "‘", "’", "a", "B", "."]
    for _ in range(20000):
        text = "".join(RNG.choice(chars) for _ in range(RNG.randint(0, 10)))
        assert clean_name(text) == re.sub(r"\s+", " ", text).strip(" ,;:'\"“”‘’"), repr(text)


def test_last_token_of_long_and_short_texts() -> None:
    chars = ["a", "Z", ".", "'", "’", "-", " ", ",", "1", "_", "é"]
    for _ in range(5000):
        text = "".join(RNG.choice(chars) for _ in range(RNG.randint(0, 200)))
        m = re.search(r"([\w.'’-]+)$", text)
        assert _last_token(text) == (m.group(1) if m else ""), repr(text)
    long_token = "x" * 300
    assert _last_token("Some words " + long_token) == long_token


def test_control_characters_counted_as_before() -> None:
    for _ in range(2000):
        text = "".join(chr(RNG.randrange(0, 40)) for _ in range(60))
        assert len(_CONTROL.findall(text)) == sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t")


def test_sentence_candidates_as_the_plain_pattern() -> None:
    from bot.sentences import _CANDIDATE

    plain = re.compile(r"""[.!?…]+["'”’)\]]*\s+|(?<=[a-z0-9]{3})\.(?=[A-Z][a-z]|[AI]\s)|(?<=["”])\.(?=[A-Z][a-z]|[AI]\s)"""
                       r"""|[.!?…]["”'’]{1,2}(?=[A-Z][a-z])""")
    chars = list(".!?…'\"”’)] aAIbzZ09\n\t\xa0")
    for _ in range(20000):
        text = "".join(RNG.choice(chars) for _ in range(RNG.randint(0, 14)))
        assert [m.span() for m in _CANDIDATE.finditer(text)] == [m.span() for m in plain.finditer(text)], repr(text)


def test_phrase_before_a_name_searched_in_the_last_words() -> None:
    from bot.extract.plot import _PLACE_BEFORE, _THE_BEFORE, _WORK_BEFORE, _tail_start

    words = ["in", "at", "of", "the", "city", "went", "to", "from", "x-in", "The", "In", "novel", "a", "back",
             "sent", "Novel", "é", "", "."]
    seps = ["", " ", "  ", "\n", "\xa0", "\u2003", "-"]
    for _ in range(5000):
        before = "".join(RNG.choice(words) + RNG.choice(seps) for _ in range(RNG.randint(0, 9)))
        start = _tail_start(before)
        for rx in (_PLACE_BEFORE, _THE_BEFORE, _WORK_BEFORE):
            assert bool(rx.search(before, start)) == bool(rx.search(before)), (repr(before), rx)


def test_sentence_words_of_ascii_texts_lowered_whole() -> None:
    from bot.extract.common import _CUE_WORD, sentence_words

    chars = ["a", "Z", "'", "’", " ", "-", "1", "_", "é", "İ", "K", "ſ", "Ab"]
    for _ in range(5000):
        text = "".join(RNG.choice(chars) for _ in range(RNG.randint(0, 20)))
        plain = frozenset(w.lower() for w in _CUE_WORD.findall(text.replace("’", "'")))
        assert sentence_words(text) == plain, repr(text)
