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


def test_last_token_after_any_whitespace() -> None:
    chars = ["a", "Z", ".", "'", "’", "-", " ", "\n", "\t", "\xa0", "\u2003", "²", "_", "é", ")", '"']
    for _ in range(20000):
        text = "".join(RNG.choice(chars) for _ in range(RNG.randint(0, 16)))
        m = re.search(r"([\w.'’-]+)$", text)
        assert _last_token(text) == (m.group(1) if m else ""), repr(text)


# Review frames: pieces of review prose, shuffled into sentences the frames and their shortcuts both read.
_REVIEW_BITS = ["Ora Pell", "Bede Marrow", "of", "of The Daily Lamp", "from", "for", "with", "at", "in", "on", "In",
                "The Weekly", "Example.com", "Kip Morrow's", "Ruritania's", "critics'", "critic", "Film critic",
                "reviewer", "writing for", "writing", "reviewing", "the", "said", "wrote", "called", "praised",
                "gave", "was complimentary", "both described", "and", "while", "but", "that", "whereas", ",", ".",
                ";", "!", '"', "“", "”", "a fine film", "It", "Conversely,", "By contrast,", "J.", "website",
                "magazine", "columnist", "Another reviewer,", "the film", "Other Tale", "book", "in his review",
                "Lune Varga", "Tam Osk", "'s", "’", "also", "strongly", "in 1999", "by", "by critic", "writer",
                "The Daily Lamp critic", "historian", "Film historian", "biographer and critic", "CRITIC", "Staff Writer"]


def _review_text() -> str:
    seps = [" ", " ", " ", "", "  ", "\n"]
    return "".join(RNG.choice(_REVIEW_BITS) + RNG.choice(seps) for _ in range(RNG.randint(1, 14))).strip()


def test_clause_frames_tried_at_clause_starts_only() -> None:
    from bot.extract import reviews as R

    clause = re.compile(R._CLAUSE)
    frames = [R._NAME_SAID, R._NAME_WRITING, R._APPOSED_REVIEWER, R._PUB_ALONE, R._MEDIUM_PUB, R._PUB_REVIEW_SAID]
    for _ in range(6000):
        text = _review_text()
        starts = R._clause_starts(text)
        assert starts == sorted(set(starts)), repr(text)
        # every clause start where a frame can open (on a letter or digit: none opens on a space, a quote
        # mark or the text's end, which the frames' own matches below check)
        assert {m.start() for m in clause.finditer(text) if text[m.start():m.start() + 1].isalnum()} <= set(starts), \
            repr(text)
        for rx in frames:
            assert [m.span() for m in R._at_clauses(rx, text, starts)] == [m.span() for m in rx.finditer(text)], \
                (repr(text), rx)


def test_review_frames_skipped_only_where_they_cannot_match() -> None:
    from bot.extract import reviews as R

    pairs = [(R._HAS_VERB, [R._NAME_IN_PUB, R._PUB_S_NAME, R._WRITING_FOR, R._IN_WORK, R._NAME_SAID, R._NAME_WRITING,
                            R._APPOSED_REVIEWER]),
             (R._HAS_PUB_VERB, [R._PUB_ALONE, R._FROM_PUBS, R._MEDIUM_PUB]),
             (R._PRE_IN_PUB, [R._NAME_IN_PUB]), (R._PRE_POSS_NAME, [R._PUB_S_NAME]),
             (R._PRE_COMMA_ROLE, [R._NAME_COMMA_ROLE]), (R._PRE_OF_QUOTE, [R._NAME_OF_PUB_QUOTE]),
             (R._PRE_BY_NAME, [R._BY_NAME_OF_PUB]), (R._PRE_ROLE_THEN_NAME, [R._PUB_ROLE_NAME]),
             (R._PRE_ROLES_THEN_NAME, [R._ROLE_NAME])]
    for _ in range(6000):
        text = _review_text()
        for pre, frames in pairs:
            if pre.search(text) is None:
                for rx in frames:
                    assert rx.search(text) is None, (repr(text), pre, rx)


def test_person_words_asked_a_word_at_a_time() -> None:
    from bot.article import parse_article
    from bot.extract import reviews as R
    from bot.extract.common import NAME_RE

    text = ("Other Tale (film)\nOther Tale is a film by Ora Pell. Kip Morrow stars.\nPlot\nTam Osk meets Lune "
            "Varga in Ruritania.\nReception\nThe Daily Lamp praised it. Marrow liked it. Bede Marrow of The "
            "Weekly said it was fine. J. R. Brandt, Ivo wrote.\n")
    article = parse_article(text)
    whole: set[str] = set()  # the set the one-word answers replaced
    for sent in article.sentences:
        for m in NAME_RE.finditer(sent.text):
            parts = m.group(0).split()
            if len(parts) >= 2 and R._CUES.isdisjoint(parts):
                whole.update(p.strip(".,") for p in parts)
        if article.section_kinds(sent.section) & R._PLOT_CAST:
            whole.update(R._CAP_WORD.findall(sent.text))
    words = {w for s in article.sentences for w in re.findall(r"[\w.'’-]+", s.text)} | {"Lamp", "Daily", "Ivo", "Zed"}
    for w in sorted(words):
        assert R._is_person_word(w, article) == (w in whole), w


def test_lowered_texts_kept_as_their_lower_case() -> None:
    from bot import rxgate

    for _ in range(3000):
        text = "".join(RNG.choice(["A", "b", "İ", "ı", "ſ", "K", "É", " "]) for _ in range(RNG.randint(0, 8)))
        assert rxgate._lowered(text) == rxgate._fold(text) == rxgate._lowered(text)
    assert len(rxgate._LOW) <= rxgate._LOW_MAX


def test_further_review_frames_skipped_only_where_they_cannot_match() -> None:
    from bot.extract import reviews as R

    bits = ["was", "has been", "praised", "hailed", "called", "by", "by the", "The Daily Lamp", "Ora Pell", "of",
            "critic", "reviewer", "columnist", ",", " ,", "The Weekly critic,", "said", "gave", "as", ".", "film"]
    pairs = [(R._PRE_PASSIVE_BY, R._PASSIVE_BY), (R._PRE_PUB_ROLE_COMMA, R._NAME_COMMA_PUB_ROLE)]
    for _ in range(8000):
        text = " ".join(RNG.choice(bits) for _ in range(RNG.randint(1, 10)))
        for pre, rx in pairs:
            if pre.search(text) is None:
                assert rx.search(text) is None, (repr(text), rx)


def test_award_triggers_read_phrase_by_phrase_as_the_whole_alternation() -> None:
    from bot.extract.awards import _OUT, _TRIGGER_CUES, TRIGGER_RE, _trigger_matches
    from bot.extract.common import sentence_words

    # the trigger phrases' own words (awards.toml), shuffled among a few others, so phrases overlap and nest
    words = sorted({w for k in ("submitted", "competed", "won", "nominated") for p in _OUT[k] for w in p.split()})
    words += ["the", "a", "-", "won-", "Mara Velik", ",", "."]
    for _ in range(5000):
        text = " ".join(RNG.choice(words) for _ in range(RNG.randint(0, 14)))
        got = [(m.span(), m.lastgroup) for m in _trigger_matches(text, _TRIGGER_CUES & sentence_words(text))]
        assert got == [(m.span(), m.lastgroup) for m in TRIGGER_RE.finditer(text)], text
