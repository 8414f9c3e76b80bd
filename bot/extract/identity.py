"""Identity of the film: year, country, language, genres, other titles, running time, source work.

Almost all of it sits in the first sentence of the lead, in one fixed shape:
"<Title> (<other titles>) is a <year> <nationality> <language>-language <genres> film ...".
So the extractor cuts that descriptor out (the words between "is a" and "film") and
classifies its words one by one, rather than hunting each key over the whole article,
which would pick up the years, countries and genres of other films the article mentions.
Every value is kept as written so it can be found verbatim in its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..article import Article, Sentence
from ..facts import Fact, IdentityFact
from ..rxgate import gate
from .common import YEAR_RX

# --- vocabulary -----------------------------------------------------------------------------
# Nationality adjectives as film articles use them for the producing country. Generic vocabulary,
# shared with the plot extractor (a nationality is never a character's name).
NATIONALITIES: frozenset[str] = frozenset(
    """
    Afghan Albanian Algerian American Argentine Argentinian Armenian Australian Austrian Azerbaijani
    Bangladeshi Belarusian Belgian Bhutanese Bolivian Bosnian Brazilian British Bulgarian Burmese
    Cambodian Cameroonian Canadian Catalan Chilean Chinese Colombian Congolese Croatian Cuban Cypriot
    Czech Czechoslovak Danish Dominican Dutch Ecuadorian Egyptian Emirati English Estonian Ethiopian
    Filipino Finnish French Georgian German Ghanaian Greek Guatemalan Haitian Honduran Hungarian
    Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese
    Jordanian Kazakh Kazakhstani Kenyan Korean Kosovan Kurdish Kuwaiti Kyrgyz Lao Latvian Lebanese
    Libyan Lithuanian Luxembourgish Macedonian Malagasy Malaysian Maltese Mauritanian Mexican
    Moldovan Mongolian Montenegrin Moroccan Mozambican Namibian Nepalese Nepali Nigerian Nigerien
    Norwegian Pakistani Palestinian Panamanian Paraguayan Persian Peruvian Polish Portuguese
    Puerto Rican Qatari Romanian Russian Rwandan Saudi Scottish Senegalese Serbian Singaporean
    Slovak Slovenian Somali Soviet Spanish Sudanese Swedish Swiss Syrian Taiwanese Tajik Tanzanian
    Thai Tibetan Tunisian Turkish Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh
    Yemeni Yugoslav Zambian Zimbabwean
    """.split()
)
# Two-word nationalities ("Sri Lankan", "South Korean", "Hong Kong").
_NATIONALITY_PAIRS = re.compile(
    r"\b(?:(?:South|North|East|West)\s+(?:Korean|African|German|Sudanese)|Sri\s+Lankan|Hong\s+Kong|"
    r"New\s+Zealand|Puerto\s+Rican|Costa\s+Rican|Sierra\s+Leonean|Bosnian\s+Serb|Soviet\s+Union)\b"
)
# Language names that are not also nationalities; a bare one in the descriptor is the language.
LANGUAGES: frozenset[str] = frozenset(
    """
    Arabic Assamese Awadhi Bengali Bhojpuri Bodo Cantonese Chhattisgarhi Dogri English Gujarati
    Haryanvi Hebrew Hindi Hindustani Kannada Kashmiri Khasi Konkani Malay Malayalam Mandarin Marathi
    Maithili Nepali Odia Oriya Pashto Punjabi Rajasthani Sanskrit Sindhi Sinhala Sinhalese Swahili
    Tagalog Tamil Telugu Tulu Urdu Yiddish Yoruba Hausa Igbo Zulu Xhosa Amharic Farsi Kurdish
    Tibetan Tulu Catalan Basque Galician Flemish Esperanto Latin Inuktitut Navajo Kazakh Uzbek
    """.split()
)

# Genre words: a head ("drama") and the modifiers that form a compound genre with it. A compound
# is kept whole ("romantic drama", "science fiction"); a modifier not listed for that head is a
# genre of its own ("action war drama" → "action", "war drama").
_COMPOUNDS: dict[str, frozenset[str]] = {
    "drama": frozenset(
        "romantic crime war sports period family legal psychological historical biographical political "
        "musical teen costume social medical courtroom comedy coming-of-age christian melo prison "
        "fantasy religious mystery action legal satirical epic".split()
    ),
    "comedy": frozenset(
        "romantic black dark action horror crime spy teen musical slapstick screwball sex buddy satirical "
        "stoner family fantasy sports war science-fiction parody situation dramatic".split()
    ),
    "thriller": frozenset(
        "psychological action crime political erotic legal spy supernatural mystery techno conspiracy "
        "suspense romantic horror science-fiction survival heist".split()
    ),
    "fiction": frozenset({"science"}),
    "opera": frozenset({"space", "soap"}),
    "arts": frozenset({"martial"}),
    "cop": frozenset({"buddy"}),
    "movie": frozenset({"road", "b"}),
    "film": frozenset({"short", "road", "b", "concert", "anthology", "compilation", "documentary"}),
    "horror": frozenset({"body", "folk", "psychological", "supernatural", "comedy"}),
    "fantasy": frozenset({"dark", "high", "romantic", "urban", "epic"}),
    "musical": frozenset({"jukebox"}),
    "noir": frozenset({"film", "neo"}),
    "romance": frozenset({"action", "period", "historical", "teen"}),
    "western": frozenset({"spaghetti", "revisionist", "comedy"}),
    "animated": frozenset({"computer", "traditionally", "hand-drawn", "stop-motion", "adult"}),
}
# Words of the descriptor that are neither genres nor anything else we record.
_SKIP = frozenset(
    "upcoming feature full-length feature-length first award-winning low-budget micro-budget no-budget "
    "theatrical international multi-director bilingual trilingual live-action technicolor 3d 2d "
    "direct-to-video direct-to-dvd made-for-television television tv an a the and or with of in "
    "multi-starrer big-budget high-budget hour-long commercial mainstream critically acclaimed "
    "lost independent cult color colour black-and-white ensemble".split()
)
# "the film"-like heads that close the descriptor.
_HEAD = r"(?:film|movie|motion\s+picture|picture|feature|documentary|flick|production)s?"
# The verb phrase that opens the descriptor: "is a", "was an", "is an upcoming".
_OPENER = re.compile(r"\b(?:is|was|are|were)\s+(?:an?|the)\s+", re.I)
# Where a descriptor without "film" ends: the first credit, clause or punctuation.
_DESC_END = re.compile(
    r"(?<![-–])\b(?:directed|written|produced|starring|stars|about|by|based|that|which|who|from|released|set|"
    r"with|co-\w+|featuring|made|created|adapted|concerning|centred|centered|following|for|in|on|"
    r"and\s+the|and\s+a|shot|filmed|animated\s+by)\b(?![-–])|[,.;:()]"
)
_FILM_HEAD = re.compile(rf"\b{_HEAD}\b(?!\s+noir)", re.I)
_TOKEN = re.compile(r"[\w][\w'’.]*(?:[-–][\w'’.]+)*")
_LANG_SUFFIX = re.compile(r"^(?P<lang>[A-Z][a-z]+)[-–]language$")
_LANG_IN = re.compile(r"\b(?:film|movie)\s+in\s+(?P<lang>[A-Z][a-z]+)\b")
_DESC_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")

# --- other titles ----------------------------------------------------------------------------
# Labels of a parenthetical part that give the title in another script or romanisation.
_ORIGINAL_LABELS = re.compile(r"^(?:original(?:\s+title)?|native)$", re.I)
_ROMANISATION = re.compile(r"^(?:hepburn|rr|mr|pinyin|romanized|romanised|jyutping|wade-giles|revised romanization)$", re.I)
_TRANSLATION = re.compile(
    r"^(?:english|lit\.?|literally|transl\.?|translated(?:\s+as)?|translation|english\s+title|international\s+title)$", re.I
)
_ALT_LABEL = re.compile(
    r"^(?:also\s+spelled|stylized(?:\s+onscreen)?\s+as|marketed\s+and\s+stylized\s+as|originally\s+titled|"
    r"alternatively\s+titled|retitled|reissued\s+as|also\s+known\s+as|working\s+title|aka|a\.k\.a\.|"
    r"often\s+promoted\s+as|also\s+released\s+as|released\s+as|"
    r"(?:us|uk|u\.s\.|american|british|english|international|french|german|italian|spanish)\s+"
    r"(?:release\s+|reissue\s+|alternative\s+)?title)$",
    re.I,
)
# Phrases in running text that introduce another title ("also known as X", "released in the UK as Y").
_ALT_PHRASE = re.compile(
    r"\b(?:also\s+known(?:\s+in\s+[\w\s]+?)?\s+as|more\s+commonly\s+known(?:\s+simply)?\s+as|known\s+simply\s+as|"
    r"a\.?k\.?a\.?|alternatively\s+titled|originally\s+titled|retitled|reissued(?:\s+in\s+[\w\s.]+?)?\s+as|"
    r"released(?:\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s+as|billed(?:\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s+as|"
    r"(?:often\s+)?promoted\s+as|referred\s+to\s+as|working\s+title|stylized(?:\s+onscreen)?\s+as|"
    r"title\s+was\s+changed\s+to|"
    # the English or foreign-market title said in words: "known in English as X", "internationally known
    # as X", "released abroad as X", "released in the US under the title X", "its English title is X"
    r"(?:internationally\s+)?known\s+(?:in\s+English|internationally|abroad|overseas)\s+as|internationally\s+known\s+as|"
    r"(?:released|distributed|marketed|sold|shown)\s+(?:internationally|abroad|overseas|"
    r"in\s+English-speaking\s+(?:countries|markets|territories)|in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)\s+as|"
    r"released(?:\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s+under\s+the\s+(?:English\s+)?title|"
    r"(?:English|English-language|international|American|US|U\.S\.|British|UK)\s+(?:release\s+)?title\s+(?:is|was))"
    r"\s+(?P<value>[\"“]?[A-Z0-9][^()]*)",
)
_STYLIZED_IN = re.compile(r"\bstylized\s+in\s+(?:all\s+)?(?:lowercase|uppercase|capitals|caps|small\s+caps)\b", re.I)
# Where a title written in running text ends.
_TITLE_END = re.compile(
    r"\s+(?:is|was|are|were|in|because|which|who|but|when)\b|[,;)]\s|[,;)]$|\s+\(|"
    # "as X and in the UK as Y": a lower-case word after "and" goes on with the sentence, not the title
    r"\s+and\s+(?=[a-z])|"
    r"\s+(?:to|by|for|after|from|on|at|with)\s+(?=[a-z])|"
    r"(?<!\bvs)(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\b[A-Z])\.(?:\s|$)"
)
# "and" is not split on: it belongs to too many titles ("Catch and Release").
_ALT_SPLIT = re.compile(r",\s+(?:and\s+|or\s+)?|\s+or\s+")
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\s\d\W]")

# --- running time and source work --------------------------------------------------------------
_RUNTIME = re.compile(
    r"\b(?:running\s+time|run\s*time|runs|running|length|duration)\b[^.;\d]{0,30}?"
    r"\b(?P<v>(?:(?:\d|one|two|three)\s+hours?,?\s+(?:and\s+)?)?\d{1,3}\s+minutes)\b"
    r"|\b(?P<v2>\d{2,3}[-–\s]minutes?)\s+(?:long|in\s+length|running\s+time|runtime|film|feature|movie|"
    r"version|cut|documentary|picture)\b",
    re.I,
)
_WORK_TYPES = (
    r"(?:novel(?:la)?s?|novel\s+series|book(?:\s+series)?|non-fiction\s+book|nonfiction\s+book|play|stage\s+play|"
    r"short\s+story|story|stories|memoir|autobiography|biography|manga(?:\s+series)?|comic(?:\s+book)?s?|"
    r"graphic\s+novel|webtoon|musical|opera|poem|article|essay|fairy\s+tale|folk\s+tale|legend|"
    r"television\s+series|tv\s+series|series|video\s+game|teleplay|radio\s+play|screenplay|film|song|"
    r"character|characters|comic\s+strip|light\s+novel|serial|short\s+film)"
)
_BASED = re.compile(
    r"\b(?:(?:loosely\s+|partly\s+|partially\s+)?based(?:\s+in\s+part)?\s+on|adapted\s+from|an?\s+adaptation\s+of)"
    r"\s+(?P<rest>.+)",
    re.I,
)
_SAME_NAME = re.compile(r"^(?:[^,;]*?)\b(?:of\s+the\s+same\s+(?:name|title)|eponymous|same-titled|namesake)\b", re.I)
# "the 1963 novel X", "the author's non-fiction book X", "the comic-book character X".
_WORK_LEAD = re.compile(
    rf"^(?i:(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w.'’ -]{{0,60}}?\s+)?{_WORK_TYPES}\s*,?\s+(?:titled\s+|called\s+|named\s+)?)"
    r"(?P<title>[\"“]?[A-Z0-9][^\n]*)"
)
# Outside the lead, "based on" must be said of this film, not of another one the article mentions.
_FILM_SUBJECT = re.compile(
    r"\b(?:[Tt]he\s+(?:film|movie|screenplay|script|story|plot)|[Ii]t)\b[^.;]{0,40}?\b(?:is|was)\s+"
    r"(?:\w+\s+)?(?:based|adapted|an?\s+adaptation)\b"
)
_WORK_END = re.compile(
    r"\s+(?:by|written|which|who|that|and\s+(?:directed|written|produced|starring|stars)|directed|"
    r"produced|starring|published|from|of\s+the\s+same|about)\b|,\s+(?:which|who|a|an|the|by|written|"
    r"published|and|directed|produced|starring|itself)\b|\s\(|[;:]\s|[.,]\s|[.,]$|\)|\s+[-–—]\s"
)
_LOWER_START = re.compile(r"^[a-z]")
_GENERIC_WORK = re.compile(rf"\s{_WORK_TYPES}$")


def extract(article: Article) -> list[Fact]:
    """Identity facts of one article; each key once per value, the lead first."""
    lead = article.lead()
    if not lead:
        return []
    facts: list[IdentityFact] = []
    first = _first_sentence(article, lead)
    facts += _descriptor_facts(first)
    if not any(f.key == "year" for f in facts):
        facts += _fallback_year(lead)
    facts += _title_facts(article, lead)
    facts += _runtime_facts(article)
    facts += _based_on_facts(article, lead)
    return _dedupe(facts)


def _first_sentence(article: Article, lead: list[Sentence]) -> Sentence:
    """The defining sentence: the first lead sentence with "is a"/"was a", else the first."""
    for s in lead[:3]:
        if _OPENER.search(s.text):
            return s
    return lead[0]


def _dedupe(facts: Iterable[IdentityFact]) -> list[Fact]:
    seen: set[tuple[str, str]] = set()
    out: list[Fact] = []
    for f in facts:
        k = (f.key, f.value.lower())
        if f.value and k not in seen:
            seen.add(k)
            out.append(f)
    return out


# --- descriptor ---------------------------------------------------------------------------------
def descriptor(text: str) -> str:
    """The words between "is a" and the head noun: "1999 French romantic drama".

    A sentence can hold several "is a" clauses; the one whose descriptor names a film wins."""
    for m in _OPENER.finditer(text):
        rest = text[m.end():]
        head = _FILM_HEAD.search(rest)
        end = _DESC_END.search(rest)
        if head and (not end or head.start() <= end.start() or _only_descriptor(rest[: head.start()])):
            # "documentary" is both the head and a genre; "film" is only the head.
            cut = head.end() if head.group(0).lower().startswith("documentar") else head.start()
            return rest[:cut].strip()
        if end:
            return rest[: end.start()].strip()
        return rest.strip()
    return ""


def _only_descriptor(text: str) -> bool:
    """True when the text before "film" has no clause punctuation (so "in Kannada" may sit inside)."""
    return not re.search(r"[,;:()]|\b(?:directed|written|produced|starring|about|by)\b", text)


def _descriptor_facts(sent: Sentence) -> list[IdentityFact]:
    text = sent.text
    desc = descriptor(text)
    facts: list[IdentityFact] = []
    if desc:
        facts += _classify(desc, sent.idx)
    m = _LANG_IN.search(text)
    if m and m.group("lang") in LANGUAGES:
        facts.append(IdentityFact(sent.idx, "language", m.group("lang")))
    return facts


def _classify(desc: str, sid: int) -> list[IdentityFact]:
    """Sort the words of a descriptor into year, countries, languages and genres."""
    facts: list[IdentityFact] = []
    rest = desc
    for m in _NATIONALITY_PAIRS.finditer(desc):
        facts.append(IdentityFact(sid, "country", m.group(0)))
    rest = _NATIONALITY_PAIRS.sub(" ", rest)
    genre_words: list[str] = []
    tokens = _TOKEN.findall(rest)
    i = 0
    while i < len(tokens):
        tok = tokens[i].strip(".")
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        key, value, used = _classify_token(tok, nxt)
        if key == "genre":
            genre_words.append(value)
        elif key:
            _flush_genres(genre_words, facts, sid, desc)
            facts.append(IdentityFact(sid, key, value))
        else:
            _flush_genres(genre_words, facts, sid, desc)
        i += used
    _flush_genres(genre_words, facts, sid, desc)
    return facts


def _classify_token(tok: str, nxt: str) -> tuple[str, str, int]:
    """(key, value, tokens consumed) for one descriptor word; key '' means skip."""
    if _DESC_YEAR.match(tok):
        return "year", tok, 1
    m = _LANG_SUFFIX.match(tok)
    if m:
        return "language", m.group("lang"), 1
    if nxt.lower() == "language" and tok in LANGUAGES | NATIONALITIES:
        return "language", tok, 2
    parts = re.split(r"[-–]", tok)
    if all(p in NATIONALITIES for p in parts):
        if tok in LANGUAGES and tok not in NATIONALITIES:
            return "language", tok, 1
        return "country", tok, 1
    if tok in LANGUAGES:
        return "language", tok, 1
    low = tok.lower()
    if low in _SKIP or not re.search(r"[a-z]", low) or tok[0].isupper() and not _is_genre_word(low):
        return "", "", 1
    return "genre", tok, 1


def _is_genre_word(low: str) -> bool:
    words = re.split(r"[-–\s]", low)
    return any(w in _COMPOUNDS or any(w in mods for mods in _COMPOUNDS.values()) for w in words) or low in {
        "animated", "anime", "documentary", "silent", "superhero", "adventure", "mystery", "noir", "sci-fi",
        "biopic", "satire", "suspense", "war", "action", "epic", "disaster", "monster", "slasher",
    }


def _flush_genres(words: list[str], facts: list[IdentityFact], sid: int, desc: str) -> None:
    """Group a run of genre words into compounds from the right: a head takes the modifier before it."""
    out: list[str] = []
    i = len(words) - 1
    while i >= 0:
        w = words[i]
        if i > 0 and words[i - 1].lower() in _COMPOUNDS.get(w.lower(), frozenset()):
            phrase = f"{words[i - 1]} {w}"
            if phrase in desc:
                out.append(phrase)
                i -= 2
                continue
        out.append(w)
        i -= 1
    for g in reversed(out):
        facts.append(IdentityFact(sid, "genre", g))
    words.clear()


_FALLBACK_YEAR = re.compile(
    r"\b(?:released|premiered|premiere|screened|produced|made|shot)\b[^.]{0,50}?\b(?:in|on|at)\b[^.]{0,30}?"
    r"\b(?P<y>1[89]\d\d|20\d\d)\b"
    r"|\ba\s+(?P<y2>1[89]\d\d|20\d\d)\s+(?:[\w-]+\s+){0,6}?(?:film|movie)\b"
    r"|^[^.]{0,120}?\((?P<y3>1[89]\d\d|20\d\d)\)\s+(?:is|was)\b"
)


def _fallback_year(lead: list[Sentence]) -> list[IdentityFact]:
    """A lead without "is a 2013 ... film" often says "released in 2018" or gives a release date."""
    found: list[tuple[int, str, int]] = []
    for s in lead[:4]:
        for m in _FALLBACK_YEAR.finditer(s.text):
            rank = 0 if m.group("y2") or m.group("y3") else 1  # "a 1962 feature film" beats "released in"
            found.append((rank, m.group("y") or m.group("y2") or m.group("y3"), s.idx))
    if not found:
        return []
    best = min(found, key=lambda t: t[0])  # stable: the first stated wins within a rank
    return [IdentityFact(best[2], "year", best[1])]


# --- titles -------------------------------------------------------------------------------------
def _title_facts(article: Article, lead: list[Sentence]) -> list[IdentityFact]:
    facts: list[IdentityFact] = []
    first = lead[0]
    facts += _parenthetical_titles(article, first)
    facts += _fuller_title(article, first)
    for s in lead:
        facts += _phrase_titles(s)
    return facts


# Where the name a lead opens with ends: its brackets, a comma, the verb of "is a ... film".
_SUBJECT_END = re.compile(r"\s+\(|,\s|\s+(?:is|was|are|were)\s|"
                          r"\s+(?:also|aka|a\.k\.a|known|better|more|popularly|alternatively|originally|simply)\b")


def _fuller_title(article: Article, sent: Sentence) -> list[IdentityFact]:
    """The film's full name when the lead opens with a longer form of the title line ("Kip Osk or: Seven
    Nights at Sea, more commonly known as Kip Osk, is a ..."): members name it so too."""
    title = article.title
    end = _SUBJECT_END.search(sent.text)
    subject = sent.text[: end.start()].strip() if end else ""
    if (not title or not subject or subject == title or not subject.startswith(title)
            or len(subject.split()) > 16 or not subject[len(title):][:1].isspace() and subject[len(title):][:1] != ":"):
        return []
    return [IdentityFact(sent.idx, "alt_title", subject)]


def _opening_parens(text: str) -> list[str]:
    """The parenthetical groups that follow the title, before "is a"."""
    opener = _OPENER.search(text)
    head = text[: opener.start()] if opener else text[:200]
    groups: list[str] = []
    depth = 0
    buf = ""
    for ch in head:
        if ch == "(":
            depth += 1
            if depth == 1:
                buf = ""
                continue
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                groups.append(buf)
                continue
        if depth:
            buf += ch
    return groups


def _parenthetical_titles(article: Article, sent: Sentence) -> list[IdentityFact]:
    """"(Japanese: <native title>, Hepburn: <romanised title>)" and kin."""
    facts: list[IdentityFact] = []
    for group in _opening_parens(sent.text):
        if _STYLIZED_IN.search(group):
            facts.append(IdentityFact(sent.idx, "alt_title", _STYLIZED_IN.search(group).group(0)))
            continue
        for n, part in enumerate(_split_group(group)):
            key, value = _label_part(part, n)
            if key and value and value in sent.text and not YEAR_RX.fullmatch(value):
                facts.append(IdentityFact(sent.idx, key, value))
    return facts


_LABELLED = re.compile(r"^[^:]{1,40}:\s*\S")
_PART_LABEL = re.compile(
    r"(?i)^(?:lit\b|literally|transl|translated|also|originally|alternatively|reissued|released|re-released|"
    r"stylized|styled|marketed|aka\b|a\.k\.a|working|known|retitled|billed|promoted|referred)"
)


_LABEL_GLUED = re.compile(r"^(lit\.|transl\.)(?=[^\s.])", re.I)


def _split_group(group: str) -> list[str]:
    """Split "Japanese: X, Hepburn: Y" into its parts, but keep "lit. Father, you have aged" whole:
    a comma starts a new part only before a label or where the script changes."""
    raw = [p.strip() for p in re.split(r";\s*|,\s*|\s+[-–]\s+", group) if p.strip()]
    parts: list[str] = []
    for p in raw:
        if parts and not _LABELLED.match(p) and not _PART_LABEL.match(p) and bool(_NON_LATIN.search(p)) == bool(_NON_LATIN.search(parts[-1])):
            joined = _rejoin(group, parts[-1], p)
            if joined:
                parts[-1] = joined
                continue
        parts.append(p)
    return parts


def _rejoin(group: str, left: str, right: str) -> str:
    """The original text spanning two adjacent parts, '' when they are not adjacent."""
    i = group.find(left)
    j = group.find(right, i + len(left)) if i >= 0 else -1
    if i < 0 or j < 0 or j - (i + len(left)) > 3:
        return ""
    return group[i: j + len(right)]


def _label_part(part: str, n: int) -> tuple[str, str]:
    """One piece of the opening parentheses → (key, title)."""
    part = _LABEL_GLUED.sub(r"\1 ", part)  # "lit.Salt Bread": the label typed without its space
    m = re.match(r"^(?P<label>[^:]{1,40}?)\s*:\s*(?P<value>.+)$", part)
    if m:
        label, value = m.group("label").strip(), _strip_quotes(m.group("value"))
    else:
        m2 = re.match(r"^(?P<label>lit\.?|literally|transl\.?|translated(?:\s+as)?|also\s+spelled|aka|a\.k\.a\.|"
                      r"stylized(?:\s+onscreen)?\s+as|marketed\s+and\s+stylized\s+as|originally\s+titled|"
                      r"alternatively\s+titled|retitled|reissued\s+as|also\s+known\s+as|working\s+title|"
                      r"often\s+promoted\s+as)\s+(?P<value>.+)$", part, re.I)
        if m2:
            label, value = m2.group("label"), _strip_quotes(m2.group("value"))
        else:
            value = _strip_quotes(part)
            if re.match(r"(?i)acronym|abbreviat|short\s+for", value):
                return "", ""
            if _NON_LATIN.search(value):
                return ("original_title" if n == 0 else "alt_title"), value
            if n > 0 and value[:1].isupper() and len(value.split()) <= 8:
                return "alt_title", value  # a romanisation after the native script
            if n == 0 and value[:1].isupper() and not YEAR_RX.fullmatch(value) and len(value.split()) <= 8:
                return "alt_title", value  # a bare translation: "<Title> ("Miracle")"
            return "", ""
    value = re.split(r"\s+(?:on\s+its|in\s+the|in\s+publicity)\b", value)[0].strip()
    if _ROMANISATION.match(label) or _TRANSLATION.match(label) or _ALT_LABEL.match(label):
        return "alt_title", value
    if _ORIGINAL_LABELS.match(label) or label in NATIONALITIES or label in LANGUAGES or _NON_LATIN.search(value):
        return "original_title", value
    return "", ""


def _strip_quotes(value: str) -> str:
    return value.strip().strip("\"“”'‘’").strip()


def _phrase_titles(sent: Sentence) -> list[IdentityFact]:
    """"also known as X", "released in the UK as Y", "originally titled Z" in running text."""
    facts: list[IdentityFact] = []
    pos = 0
    opener = _OPENER.search(sent.text)
    while (m := _ALT_PHRASE.search(sent.text, pos)) is not None:
        pre = sent.text[: m.start()]
        if opener and pre.count("(") > pre.count(")") and pre.rfind("(") > opener.start():
            # "based on the novel (known in English as X)": brackets past the lead's opening ones name the
            # title of what they follow (a source novel, a song), not of the film
            pos = m.end()
            continue
        raw = m.group("value")
        end = _TITLE_END.search(raw)
        chunk = raw[: end.start()] if end else raw
        # the sentence may go on to another title ("as X and in the UK as Y"): read on after this one
        pos = m.start("value") + max(len(chunk), 1)
        for part in _ALT_SPLIT.split(chunk):
            value = _strip_quotes(part).rstrip(".")
            if value and value[0].isupper() or value[:1].isdigit():
                if value in sent.text and len(value) > 1:
                    facts.append(IdentityFact(sent.idx, "alt_title", value))
    return facts


# --- running time -----------------------------------------------------------------------------
_NOT_FINAL_CUT = re.compile(r"\b(?:original(?:ly)?|rough|first|assembly|work-?print|extended|director's|uncut|initial)\b", re.I)


def _runtime_facts(article: Article) -> list[IdentityFact]:
    """The first stated running time, lead first; "a 15-minute ovation" has no film word after it,
    and the length of an early or extended cut is not the film's."""
    order = article.lead() + [s for s in article.sentences if s.section != 0]
    for s in order:
        m = _RUNTIME.search(s.text)
        if m and not _NOT_FINAL_CUT.search(s.text[max(0, m.start() - 40): m.end()]):
            return [IdentityFact(s.idx, "runtime", m.group("v") or m.group("v2"))]
    return []


# --- source work --------------------------------------------------------------------------------
def _based_on_facts(article: Article, lead: list[Sentence]) -> list[IdentityFact]:
    """The work a film adapts, named as written ("based on the 1963 novel X by Y" → X).

    Only the lead and production sections are read: elsewhere "based on" describes other things."""
    pool = lead + [s for s in article.sentences_under("production") if _FILM_SUBJECT.search(s.text)]
    for s in pool:
        for m in _BASED.finditer(s.text):
            value = _work_title(m.group("rest"), article, s.text)
            if value:
                return [IdentityFact(s.idx, "based_on", value)]
    return []


def _work_title(rest: str, article: Article, sentence: str) -> str:
    """The title of the work after "based on"; the film's own title for "of the same name"."""
    if re.match(r"^(?:a|the)\s+(?:true|real|real-life)\b", rest, re.I):
        return ""
    if _SAME_NAME.match(rest[:120]):
        return article.title if article.title in sentence else ""
    m = _WORK_LEAD.match(rest)
    candidate = m.group("title") if m else rest
    if not m and not (rest[:1].isupper() or rest[:1] in "\"“"):
        return ""
    if m and re.match(r"^(?:by|of|about|and)\b", candidate):
        return ""
    end = _WORK_END.search(candidate)
    title = _strip_quotes(candidate[: end.start()] if end else candidate)
    title = re.sub(r"\s+\(\d{4}\)$", "", title)
    if not title or _LOWER_START.match(title) or len(title.split()) > 14:
        return ""
    if title in NATIONALITIES or title.split()[0] in {"The", "A"} and len(title.split()) == 1:
        return ""
    if _GENERIC_WORK.search(title):
        return ""  # "frontier-themed short stories" names a kind of work, not a work
    return title if title in sentence else ""


# Literal prefilters (bot/rxgate.py): these frames need words most sentences lack, and each is
# tried at every name or word boundary otherwise. The words are read from the patterns themselves.
gate(globals(), "_RUNTIME", "_FILM_SUBJECT", "_BASED")
