"""Crew credits from prose: a few general frames applied to every role of ``bot/vocab/crew.toml``.

Articles state a credit in a handful of shapes, whatever the role; only the words change:

- passive agent  "written and directed by A", "the score was composed by A", "music by A"
- active         "A composed the film's score", "A directed the film", "A scores music to the film"
- copular        "A is the film's editor", "the music director of the film is A",
                 "A served as cinematographer", "A was responsible for the original score"
- appositive     "the film's editor, A,", "A, the film's cinematographer,"
- pre-modifier   "cinematographer A" (outside criticism, where "director A said" names someone else)
- respectively   "A and B were chosen as the cinematographer and composer"
- possessive     "A's score", "A's cinematography"
- engagement     "hired A to compose the score", "A returned to score the film"

Each frame is written once and compiled from the vocabulary, so adding a role or a synonym is one
line of TOML. Names come from the shared recogniser (``names``); a lone surname is kept as stated
here and resolved to the article's full name by the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import Article, Sentence
from ..rxgate import gate, opening, prune
from ..vocab import alternation, load
from .common import NAME_AT_END, NAME_RX, NUMBER_WORD_RX, YEAR_RX
from .names import (
    FAMILY_RE,
    NAME_PREFIXES,
    STOP_CAPS,
    People,
    all_names,
    clean_name,
    family_surname,
    is_company,
    is_person,
    trim_leading_stops,
)

# A music or writing duo written as one name with an en dash ("Ora–Bede", "Tam–Ivo–Kip"): one credit of the pair,
# as their credits and infoboxes name them. Tried before a name of words, in this module's name lists only.
_DUO_RX = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:–[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)+(?![\w'’–-])"
NAME_RX = rf"(?:{_DUO_RX}|{NAME_RX})"

_V = load("crew")
_F = _V["frames"]


def _index(field: str) -> dict[str, str]:
    """phrase (lower case, single-spaced) → role, for one column of the role table."""
    out: dict[str, str] = {}
    for role, spec in _V["roles"].items():
        for w in spec.get(field, []):
            out.setdefault(w.lower(), role)
    return out


NOUN_ROLE = _index("nouns")
ACTIVITY_ROLE = _index("activities")
PASSIVE_ROLE = _index("passive")
ACTIVE_ROLE = _index("active")
INFINITIVE_ROLE = _index("infinitive")
CREDIT_ROLE = _index("credit")
NEEDS_CUE = {w.lower(): role for role, spec in _V["roles"].items() for w in spec.get("needs_cue", [])}
ACTIVE_NEEDS_CUE = {w.lower(): role for role, spec in _V["roles"].items() for w in spec.get("active_needs_cue", [])}
ACTIVITIES_OF: dict[str, list[str]] = {role: spec.get("activities", []) for role, spec in _V["roles"].items()}
_ACTIVITY_OF_RX: dict[str, re.Pattern] = {
    role: re.compile(rf"\b{alternation(acts, flags='i')}\b") for role, acts in ACTIVITIES_OF.items() if acts}

_NOUN1 = alternation(NOUN_ROLE, flags="i")
# "writer-director", "writer-producer-director": one person, every role of the compound.
_NOUN = rf"{_NOUN1}(?:-{_NOUN1})*"
_ACT = alternation(ACTIVITY_ROLE, flags="i")
_PASSIVE = alternation(PASSIVE_ROLE, flags="i")
_ACTIVE = alternation(ACTIVE_ROLE)
_INF = alternation(INFINITIVE_ROLE)
_POSS_ACT = alternation(_F["possessive_activities"])
_DESC = alternation(_F["by_descriptors"], flags="i")
_JOINED = alternation(_F["joined"])
_HANDLED = alternation(_F["handled"])
_ACT_PASSIVE = alternation(_F["activity_passive"])
_ENGAGE = alternation(_F["engage"])
_ENGAGED = alternation(_F["engaged"])
_SOURCE_WORK = re.compile(rf"\b{alternation(_F['source_works'], flags='i')}\b")
_JOINER = alternation(_F["list_joiners"])
_REPLACED = alternation(_F["replaced"])
_ADAPT = alternation(_F["adapt_verbs"])
_SCREEN = alternation(_F["screen_targets"])
_ACT_MODIFIER = re.compile(rf"\b{alternation(_F['activity_modifiers'], flags='i')}\s*(?:and\s+\w+\s+)?$")
_USES = re.compile(rf"\b{alternation(_F['uses'], flags='i')}\b")
_UNDONE = re.compile(rf"\b{alternation(_F['undone'], flags='i')}\b")
_LEFT_JOB = re.compile(rf"\b{alternation(_F['left_job'], flags='i')}\b")
_ENGAGE_WORK = alternation(_F["engage_work"])
_OTHER_MEDIA = re.compile(rf"\b{alternation(_F['other_media'], flags='i')}\s*$", re.I)
_OCCASION = re.compile(rf"\b{alternation(_F['occasion'], flags='i')}\b", re.I)
_OTHER_VERSION = re.compile(rf"\b{alternation(_F['other_versions'], flags='i')}\b", re.I)
_NAMED_WORK = re.compile(rf"\s*,?\s+{alternation(_F['named_work'])}\s+[\"“‘'A-Z0-9]")
# "composed the score for Other Title" / "of Other Title": the work is another, unless it is this
# film's title (blanked to underscores in the text these are tested on).
_FOR_TITLE = re.compile(r"\s+(?:for|of|on|to)\s+(?:(?:the|his|her|their)\s+)?(?:[A-Z\d“\"‘]|the\s+(?:[\w-]+\s+)?(?:film|movie|series|show|play|musical|album)\s+[A-Z])")
# "wrote the English-language dialogue", "the Hindi dub": a version for another language.
_LOCALISED = re.compile(
    rf"\b[A-Z][a-z]+(?:-|\s+)language\s+(?:[\w-]+\s+)?(?:{_ACT}|version)\b|\b{alternation(_F['localised'], flags='i')}\b")
_PREP_BEFORE = re.compile(r"\b(?:on|in|for|of|at|from|to|into|about|like|than|after|before)\s*$", re.I)
# "the production company of comedian A": a preposition and a describing word before the subject's names
_PREP_JOB_BEFORE = re.compile(r"\b(?:of|from|into|about|like|than)\s+[a-z][\w-]*\s+$")
# "the 1936 film Other Title, directed by A": another film named with its year, even in the lead
_OTHER_YEAR_FILM = re.compile(r"\b[Tt]he\s+(?:1[89]|20)\d\d\s+(?:[\w-]+\s+)?(?:film|movie)\s+[A-Z“\"]")
_YEAR_FILM = re.compile(r"\b(?:1[89]|20)\d\d\s+(?:[\w-]+\s+)?(?:film|movie|short|documentary)\b|\bshort\s+film\b")

_SEP = r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)"
_NOTE = r"(?:\s*\([^()]{1,30}\))?"  # "A (story) and B"
_NAMES = rf"(?:{NAME_RX}){_NOTE}(?:{_SEP}(?:{NAME_RX}){_NOTE})*"
_SCORE_ALSO = alternation(_F["score_also"])  # "A composed and conducted the score"
_ADV = r"(?:(?:also|later|then|subsequently|originally|initially|eventually|ultimately|jointly|both|" \
       r"additionally|consequently|reportedly|officially|finally|has|have|had|is|was|were|are|been|being|" \
       r"would|will|to\s+be|began|begun|started|finished|completed|himself|herself|themselves)\s+)"
# ("A began writing the script", "A himself wrote the script")
_SEGMENT_HEADINGS = frozenset(_F["segment_headings"])
_FILMS_OWN = r"(?:(?:the|this|its)\s+(?:film|movie|picture|project)['’]s\s+|(?:the|its|his|her|their)\s+)?"
_ADJ = r"(?:(?:[a-z][\w-]*)\s+){0,2}?"
# Patterns the frames below built from the role words at their first use, compiled here (with the pattern cache,
# at import) instead: each is the text of the one it replaces.
_NOUN_RX = re.compile(_NOUN)
_NOUN_WORD = re.compile(rf"\b{_NOUN}\b")
_FILMS_WORK_AFTER = re.compile(rf"\s+(?:{_FILMS_OWN}{_ADJ}(?:{_ACT}|film|movie|picture)\b)")

# "produced under (the banner of) Example Films by A": the company between the verb and "by"
_UNDER_BANNER = (r"under\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:banner\s+(?:of\s+)?)?"
                 r"(?:[A-Z][\w'’&.\-]*\s+){1,4}(?:banner\s+)?")
# "edited in Ruritania by A", "scored in 1950 by A": where or when the job was done, between the participle and "by"
# (two of them joined: "photographed in Examplecolor and Examplescope by A")
_WHERE_ONE = r"(?:[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)?|(?:1[89]|20)\d\d|black[- ]and[- ]white|colou?r)"
_WHERE_WHEN = rf"in\s+{_WHERE_ONE}(?:\s+and\s+{_WHERE_ONE})?\s+"
# "written, directed and co-produced by", then the names ("the debutant A and B").
_PASSIVE_RX = re.compile(
    rf"\b(?P<verbs>{_PASSIVE}(?:{_SEP}(?:{_PASSIVE}|[a-z]+ed))*)\s+(?:both\s+|jointly\s+|solely\s+|entirely\s+|originally\s+)?"
    rf"(?:(?:for|to)\s+the\s+screen\s+|for\s+(?:the|this)\s+(?:film|movie|picture)\s+|{_UNDER_BANNER}|{_WHERE_WHEN}|"
    rf"for\s+(?:[A-Z][\w'’&.\-]*\s+){{1,4}}|(?:in)?to\s+(?:a|the)\s+(?:screenplay|script)\s+)?by\s+(?:and\s+starring\s+)?"
    # ("produced for Other Pictures by A", "adapted into a screenplay by A")
)
_ACTIVITY_BY = re.compile(
    rf"\b(?P<act>{_ACT})(?:\s+(?:of|for)\s+(?:the|this)\s+(?:film|movie))?\s*,?\s+{_ADV}{{0,3}}"
    rf"(?:(?:{_ACT_PASSIVE}\s+)?by|credited\s+to|the\s+work\s+of|(?:duties|chores)\s+(?:fell|went)\s+to)\s+(?=[A-Z]|the\s|a\s|{_DESC}\s+[A-Z])"
)
# "Director A and associate director B edited the film": each name of the subject may carry its job
_JOB_BEFORE = rf"(?:(?:[a-z][\w-]*\s+)?{_NOUN}\s+)"
_NAMES_WITH_JOBS = rf"(?:{NAME_RX}){_NOTE}(?:{_SEP}{_JOB_BEFORE}?(?:{NAME_RX}){_NOTE})*"
# "A, a former television director, wrote the screenplay": a describing phrase between the subject and its verb
# (lower case after its article, so "A, the Other Tale director B" is no apposition of A)
_APPOSITION = r",\s+(?:a|an|the)\s+[a-z][^,;.()\"“]{0,60}?,"
# "A and B produced; …", "…, and A edited.": a crew verb with the film understood, at the head of a clause
_BARE_ACTIVE = re.compile(
    rf"(?:^|;\s+|,\s+and\s+)(?P<names>{_NAMES})\s+(?:also\s+|jointly\s+|together\s+)?"
    rf"(?P<verb>{alternation(_F['bare_active'])})(?=\s*(?:[;.]|$)|,\s+(?:and|while|with|whereas)\s)")
# "directed by A, who co-wrote it with B", "starring A, who also produced the film": a credited name, then a relative
# clause giving that person another of the film's jobs (and the partners after "with")
_WHO_ALSO = re.compile(
    rf"\b(?:{_PASSIVE}|starring|stars)\s+(?:by\s+)?(?P<name>{NAME_RX}),\s+who\s+(?:also\s+)?(?P<verb>{_ACTIVE})\s+"
    rf"(?:it|{_FILMS_OWN}{_ADJ}(?P<obj>{_ACT}|film|movie|picture))\b(?!-)(?P<with>\s+with\s+(?=[A-Z]))?")
# "A had conceived the story in 2005 and wrote the screenplay with B", "The studio's president, A, acquired the
# rights in 1994 and produced the film": a crew verb after "and", its subject at the head of the clause
_SECOND_VERB = re.compile(
    rf"\s+and\s+(?:later\s+|also\s+|then\s+|subsequently\s+)?(?P<verb>{_ACTIVE})\s+(?:it|{_FILMS_OWN}{_ADJ}(?P<obj>{_ACT}|film|movie|picture))"
    rf"\b(?!-)(?P<with>\s+(?:together\s+)?with\s+(?=[A-Z]))?")
_HEAD_SUBJECT = re.compile(rf"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+)?(?P<name>{NAME_RX})"
                           rf"(?:,\s+|\s+)(?P<rest>(?:had|has|first|initially|originally)\s+)?(?=[a-z])")
# "a documentary about the samba composer A", "profiles the cinematographer B": a trade naming the film's subject
_SUBJECT_BEFORE = re.compile(r"\b(?:about|profiles|profiling|follows|following|(?:portrait|profile|life|lives|career|biography)\s+of|"
                             r"(?:documentary|film)\s+on)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
# "Later A worked on the script", "B did uncredited work on the screenplay": a writer (crew.toml script_work)
# (the work's words are found first, then the names that end just before them: a pattern opening with the names
# would be tried at every capital of every sentence that says "work")
_SCRIPT_WORK = re.compile(rf"\s+(?:also\s+|later\s+|then\s+|briefly\s+)?(?:{alternation(_F['script_work'])})\b(?!\s+(?:of|for)\s+[A-Z\"“])")
_NAMES_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<names>{_NAMES})$")
# "went on to score Other Title (1969), directed by A": a dated title just before the credit is the credit's work (the
# article's own title is blanked before this is asked)
_DATED_TITLE_BEFORE = re.compile(r"[A-Z][\w'’:-]*\s+\((?:1[89]|20)\d\d\)\s*,\s*$")
# ", who had shot Other Title," after a credited name: an aside of the person's other work
_WHO_ASIDE = re.compile(r",\s+who\s+[^,;()]{1,80},")
# "The screenplay was co-written with A": a co- participle's partner ("written with A in mind" is no credit)
_CO_WITH = re.compile(r"\b(?:was|were|is|are|been)\s+(?:also\s+)?(?P<verb>co-?[a-z]+)\s+with\s+(?=[A-Z])")
_IN_MIND = re.compile(r"\s+in\s+mind\b")
# "directed the first film" (the verb's object, not "the first film to be shot in …"): a series' first instalment
_FIRST_FILM = re.compile(r"\S+\s+the\s+first\s+(?:film|movie|installment|instalment)\b(?!\s+(?:to|of|in|that|which|ever|made|shot|as)\b)")
# "The cinematographer was A, and B edited the film": a copula's complement, then a clause of B's own
_COPULA_BEFORE = re.compile(r"\b(?:was|were|is|are)\s+$")
# "A and B, and C": a pair closed by its "and", then a new clause's subject after ", and"
_PAIR_THEN_CLAUSE = re.compile(r"\s+and\s+[^,]+,\s+and\s+")
# From the verb on ("directed the film"): every match holds it, and a sentence without it (most, and lists
# of a dozen names, which the names part backtracks through at each capital) is not tried
# (``_TAILS["active"]``, as for the other frames led by names below).
_ACTIVE_TAIL = (rf"(?P<verb>{_ACTIVE})(?:\s+and\s+(?:{_SCORE_ALSO}))?\s+(?:music\s+(?:for|to)\s+)?{_FILMS_OWN}{_ADJ}"
                rf"(?P<obj>{_ACT}|film|movie|picture|project|it|(?:[A-Z][\w-]*\s+(?:and\s+[A-Z][\w-]*\s+)?)?segments?)\b(?!-)")
_ACTIVE_RX = re.compile(
    rf"(?P<names>{_NAMES_WITH_JOBS})(?:,\s+who(?:\s+[^,;.]{{1,80}}?,|\s+[^,;.]{{1,60}}?\s+and)?|{_APPOSITION})?\s+{_ADV}{{0,3}}"
    + _ACTIVE_TAIL
)  # (an anthology's parts: "A photographed both the Ruritania and Osk segments")
# "A, who wrote the screenplay, also directed the film": the aside before a crew verb holds a job of its own
# (``_ACTIVE_RX`` reads the main verb; this reads the aside, searched only within it)
_WHO_OWN = re.compile(rf",\s+who\s+{_ADV}{{0,2}}" + _ACTIVE_TAIL)
# "A wrote and directed the film", "A produced, wrote the screenplay, and stars in it": several jobs
# of one subject, each verb bare or with its own job noun; at least two crew verbs.
_VERB_ITEM = rf"(?:{_ACTIVE})(?:\s+(?:the\s+)?(?:film['’]s\s+)?(?:{_ACT}))?"
_ACTIVE_LIST_TAIL = (rf"(?P<verbs>{_VERB_ITEM}(?:\s*,\s*(?:and\s+)?{_VERB_ITEM}|\s*,?\s+and\s+{_VERB_ITEM})+)"
                     rf"(?=\s*(?:,|\.|$|\s+(?:and|the|this|it|its|in)\b))")  # (``_TAILS``: two crew verbs in a row)
_ACTIVE_LIST_RX = re.compile(rf"(?P<names>{NAME_RX})\s+{_ADV}{{0,2}}" + _ACTIVE_LIST_TAIL)
# "the film" as an object ends the phrase: "wrote film treatments" is no credit.
_OBJ_END = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:in|with|for|from|under|and|while|as|at|on|alongside|together|along|after|"
                      r"before|over|through|during|by|which|that|but|himself|herself|themselves|too|again|back)\b")
# Frames led by a list of names are tried at every capital of a sentence; each is searched for only
# when the part after the names, its tail (a plain pattern, found in one quick scan), is in the text.
_AS_TAIL = (rf"as\s+(?:the\s+|a\s+|an\s+)?(?:(?:film|movie|project)['’]s\s+)?"
            rf"(?:(?:lead|main|chief|principal|credited|sole|additional|co-)\s*)?(?P<noun>{_NOUN})\b")
_AS_NOUN = re.compile(
    rf"(?P<names>{_NAMES})(?P<who>\s*,\s+who)?\s*,?\s+{_ADV}{{0,3}}(?:(?P<joined>{_JOINED})\s+(?:on\s+)?(?:the\s+(?:project|film|movie|production|crew|team)\s+)?)?"
    + _AS_TAIL
)
# "A, who had produced Other Title, was announced as the film's director": the relative clause is skipped
# (its own job is another film's); the subject is the name just before it (NAME_AT_END).
_REL_AS_NOUN = re.compile(
    rf",\s+who\s+[^,;.]{{1,80}},\s+{_ADV}{{0,3}}(?:{_JOINED})\s+(?:on\s+)?as\s+(?:the\s+|a\s+|an\s+)?"
    rf"(?:(?:film|movie|project)['’]s\s+)?(?P<noun>{_NOUN})\b")
# (without an article only before "of the film": "A and B were executive producers of the film")
_IS_TAIL = (rf"(?:is|was|are|were|has\s+been|had\s+been|became|becomes)\s+(?:also\s+)?"
            rf"(?:(?P<art>the|its)\s+)?(?:(?:film|movie)['’]s\s+)?(?P<noun>{_NOUN})"
            rf"(?(art)(?=\s*(?:[.,;]|$)|\s+(?:of|for|on)\s+(?:the|this)\s+(?:film|movie|project)\b|\s+and\b|\s+while\b)|"
            rf"(?=\s+(?:of|for|on)\s+(?:the|this)\s+(?:film|movie|project)\b))")
_IS_NOUN = re.compile(rf"(?P<names>{_NAMES})\s+" + _IS_TAIL)
_NOUN_IS = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts)\s+(?:(?:film|movie)['’]s\s+)?(?P<noun>{_NOUN})(?:\s+(?:of|for|on)\s+(?:the|this)\s+"
    rf"(?:film|movie|project))?\s+(?:is|was|are|were)\s+(?:(?:[a-z][\w-]*\s+)?{_DESC}\s+"
    # "The producer was the company's production head, A": a lower-case description in apposition
    r"|(?:the|its|his|her|their)\s+(?:[a-z][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+)?(?=[A-Z])"
)
_APPOS_AFTER = re.compile(
    rf"\b(?:(?:[Tt]he|[Tt]his)\s+(?:film|movie)['’]s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s+(?:{_DESC}\s+)?(?P<noun>{_NOUN}),\s+(?=[A-Z])"
)
# ("A, the Spanish co-producer, …": a nationality before the job, names.toml name_prefixes)
_APPOS_TAIL = (rf",\s+(?:the|its)\s+(?:(?:film|movie)['’]s\s+)?(?:{alternation(NAME_PREFIXES)}\s+)?(?P<noun>{_NOUN}),")
_APPOS_BEFORE = re.compile(rf"(?P<names>{_NAMES})" + _APPOS_TAIL)
# "Producer A first sought B for the lead" (a casting section's sentence opened by the film's producer)
_CASTING_DEED = re.compile(rf"(?:{NAME_RX})\s+(?:(?:first|originally|initially|also|then|later|had)\s+)?"
                           r"(?:sought|wanted|cast|chose|offered|approached|signed|hired|considered|picked|insisted|"
                           r"auditioned|tested|rejected|courted|envisioned|preferred)\b")
_PREMOD = re.compile(rf"(?<![\w'’-])(?P<noun>{_NOUN})\s+(?=[A-Z])")
# "directed by A for producer B", "one of the westerns he made for producer B": the film was made for B
# "A was behind the camera", "Behind the camera was A" (crew.toml frames.copular_jobs)
_COPULAR_JOBS = {" ".join(k.lower().split()): v for k, v in _F["copular_jobs"].items()}
_COPULAR_PLACE = alternation(_COPULAR_JOBS, flags="i")
_NAME_IS_PLACE = re.compile(rf"(?P<names>{_NAMES})(?:,\s+who\s+[^,;]{{1,80}},)?\s+(?:was|were)\s+(?:(?:again|also|once\s+again)\s+)?"
                            rf"(?P<place>{_COPULAR_PLACE})(?![\w-])")
_PLACE_IS_NAME = re.compile(rf"(?<![\w-])(?P<place>{_COPULAR_PLACE})\s+(?:was|were)\s+")
_DIRECTING = re.compile(r"\b(?:directorial|directing|debut|helming)\b|\bto\s+(?:direct|helm)\b|\bas\s+(?:a\s+|the\s+)?director\b", re.I)
_FOR_PRODUCER = re.compile(r"(?:\bby\s+[A-Z][^,;()]{1,50}?|\bmade|\b(?:films?|movies?|pictures?|westerns?|features?))\s+"
                           r"for\s+(?:the\s+)?$")
# A roll of jobs, each before its person: "producer A, director B and scenarist C" (the film's credits)
_ROLL = re.compile(rf"(?<![\w'’-])(?:{_NOUN})\s+(?:{NAME_RX})\s*,\s+(?:and\s+)?(?:{_NOUN})\s+(?:{NAME_RX})")
_REPLACED_RX = re.compile(
    rf"(?P<names>{_NAMES})\s+{_ADV}{{0,3}}(?:{_REPLACED})\s+{NAME_RX}\s+as\s+(?:the\s+)?(?:(?:film|movie)['’]s\s+)?"
    rf"(?P<noun>{_NOUN})\b"
)
_ADAPT_RX = re.compile(
    rf"(?P<names>{_NAMES})\s+{_ADV}{{0,3}}(?:{_ADAPT})\s+(?:the|his|her|their|its|a)\s+{_ADJ}"
    rf"(?:{alternation(_F['source_works'], flags='i')}(?:\s+of\s+the\s+same\s+name)?\s+(?:{_SCREEN})\b|"
    rf"(?:{alternation(_F['literary_sources'], flags='i')})(?:\s+of\s+the\s+same\s+name)?"
    rf"(?=\s*(?:[.;]|,\s+(?:and|which|with|while|but)\b|$)|\s+(?:by|from|with|alongside)\s+[A-Z]|\s+(?:himself|herself|themselves)\b))"
)
# "adapt" as a job: "hired A to adapt the novel", "to adapt it as a screenplay" (never "into a stage play")
_ADAPT_OBJ = re.compile(
    rf"\s+(?:(?:it|them)\s+|(?:the|his|her|their|its|a|an)\s+{_ADJ}(?:{alternation(_F['literary_sources'], flags='i')})"
    rf"(?:\s+of\s+the\s+same\s+name)?(?:\s+by\s+{NAME_RX})?\s*)?(?:(?:{_SCREEN})\b|(?:as|into)\s+a\s+screenplay\b|"
    rf"(?=[.,;]|$))")
# "passed the story to A to adapt as a screenplay", "gave the script to A to rewrite"
_HAND_TO = re.compile(
    rf"\b(?:{alternation(_F['hand_over'])})\s+(?:(?:the|his|her|their|its|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_ACT}|{alternation(_F['source_works'], flags='i')}|it|project)\s+(?:over\s+)?to\s+")
_TO_INF_AFTER = re.compile(rf"[^.;]{{0,80}}?\s+to\s+(?P<inf>{_INF})\b")
_RESPECTIVELY_TAIL = (rf"(?:to\s+be|as|were|are)\s+(?:the\s+)?(?:(?:film|movie)['’]s\s+)?"
                      rf"(?P<nouns>{_NOUN}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{_NOUN})+)")
_RESPECTIVELY = re.compile(rf"(?P<names>{_NAMES})\s+{_ADV}{{0,3}}(?:\w+\s+){{0,2}}?" + _RESPECTIVELY_TAIL)
# "directed by A from a screenplay he co-wrote with B": the pronoun is the credited person, A.
_OWN_SCRIPT = re.compile(
    rf"\b(?:directed|produced)\s+by\s+(?P<name>{NAME_RX})\s*,?\s+(?:from|with|on|using)\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?"
    rf"(?:screenplay|script)\s+(?:(?:that\s+)?(?:he|she|they)\s+(?:also\s+)?(?:co-wrote|wrote|co-penned|penned|co-authored)\b"
    rf"(?P<with>\s+with\s+(?=[A-Z]))?|(?:co-written|co-penned|co-authored|written)\s+with\s+(?=[A-Z]))"
)
_STORY_SOURCE = re.compile(r"\bshort\s+$", re.I)
_BASED_ON_SOME = re.compile(r"\bbased\s+on\b", re.I)
_BASED_ON_THE = re.compile(r"\b(?:based|founded)\s+(?:up)?on\s+(?:the|a|an)\s+$", re.I)
# "A was co-director and cinematographer": one person, several jobs (no article needed before a list).
_ONE_IS_TAIL = (rf"(?:is|was)\s+(?:also\s+)?(?:the\s+(?:film['’]s\s+)?)?"
                 rf"(?P<nouns>{_NOUN}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{_NOUN})+)(?=\s*(?:[.,;]|$))")
_ONE_IS_NOUNS = re.compile(rf"(?P<name>{NAME_RX})\s+" + _ONE_IS_TAIL)
_TAILS = {"as": re.compile(_AS_TAIL), "is": re.compile(_IS_TAIL), "appos": re.compile(_APPOS_TAIL),
          "respectively": re.compile(_RESPECTIVELY_TAIL), "one_is": re.compile(_ONE_IS_TAIL),
          "active": re.compile(_ACTIVE_TAIL), "active_list": re.compile(_ACTIVE_LIST_TAIL)}
_FOR_SCREEN = re.compile(r"\b(?:for|to)\s+the\s+screen\s+by\b")  # "the novel, adapted for the screen by A"
# "the 1950 screenplay by A": a job's work dated by its own year is another film's (a source or an original).
_DATED_WORK = re.compile(r"\b(?:the|a|an|his|her|their|its)\s+(?:1[89]|20)\d\d\s+$", re.I)
# "story, screenplay and directed by A": the jobs named before the verb are A's too.
_JOBS_AND_PASSIVE = re.compile(rf"\b(?P<acts>{_ACT}(?:\s*,\s*{_ACT})*),?\s+and\s+(?:{_PASSIVE})\s+by\s+")
_HANDLED_TAIL = rf"(?:{_HANDLED})(?:\s+and\s+(?:{_SCORE_ALSO}))?\s+{_FILMS_OWN}{_ADJ}(?P<act>{_ACT})\b"  # (``_TAILS``)
# ("A, the director's cameraman on two earlier pictures, handled the photography": an apposition between)
_HANDLED_RX = re.compile(rf"(?P<names>{_NAMES})(?P<aside>,\s+(?:(?:a|an|the)\s+|[A-Z][\w'’-]*['’]s\s+)[a-z][^,;.()\"“]{{0,60}}?,)?"
                         rf"\s+{_ADV}{{0,3}}" + _HANDLED_TAIL)
_TAILS["handled"] = re.compile(_HANDLED_TAIL)
# "A's score", and attributively "a A score"; never "A's music department head" (a compound's modifier)
_POSSESSIVE = re.compile(rf"(?:(?<![\w'’])(?:[Aa]n?|[Tt]heir)\s+(?P<bare>{NAME_RX})\s+|(?P<name>{NAME_RX})['’]s?\s+{_ADJ})"
                         rf"(?P<act>{_POSS_ACT})\b(?!\s+(?:{alternation(_F['possessive_compound_heads'])})\b)")
# "to compose", or a verb of doing with the role's work: "to provide the music"
_PARTICLE = alternation(_F["engage_particles"])
_TO_JOB = rf"to\s+(?:(?P<inf>{_INF})|(?:{_ENGAGE_WORK})\s+{_FILMS_OWN}{_ADJ}(?P<work>{_ACT}))\b"
_ENGAGE_RX = re.compile(
    rf"\b(?:{_ENGAGE})\s+(?:(?:the\s+)?(?:(?!(?:by|to|as|from|in|on|for|and|with)\b)[a-z][\w-]*\s+){{1,3}})?(?P<names>{_NAMES})(?:\s+of\s+[^,.;]{{1,40}})?(?:,[^,.;]{{1,100}},)?(?:\s+(?:{_PARTICLE}))?\s+{_TO_JOB}"
)
_ENGAGED_RX = re.compile(
    rf"(?P<names>{_NAMES})(?:,[^,.;]{{1,120}},)?\s+(?:{_ENGAGED})(?:\s+by\s+{NAME_RX})?\s+{_TO_JOB}"
)
# "hired A as the editor", "brought in A from Other Studio as producer"
_ENGAGE_AS = re.compile(
    rf"\b(?:{_ENGAGE})\s+(?:(?:the\s+)?(?:(?!(?:by|to|as|from|in|on|for|and|with)\b)[a-z][\w-]*\s+){{1,3}})?(?P<names>{_NAMES})(?:\s+from\s+[^,.;]{{1,30}}?)?\s+as\s+"
    rf"(?:the\s+|a\s+|an\s+|its\s+)?(?:(?:film|movie)['’]s\s+)?(?P<noun>{_NOUN})\b(?!\s+(?:on|of|for)\s+(?!the\s+film\b|this\b))"
)
_NAMES_JOINED = re.compile(rf"(?:{NAME_RX}){_NOTE}(?:(?:{_SEP}|\s+{_JOINER}\s+)(?:{NAME_RX}){_NOTE})*")
# ("the American actor and filmmaker A": a capitalised word describes only before a job word)
_DESCRIBED = re.compile(rf"(?:the\s+|a\s+)?(?:[A-Z][\w-]+['’]s\s+)?(?:(?:{_DESC}|[a-z][\w-]*|\w+-(?:born|based|raised)|"
                        rf"[A-Z][\w-]+(?=\s+[a-zà-ÿ])(?=(?:\s+[a-zà-ÿ][\w-]*){{0,2}}\s+{_DESC}(?![\w-])))\s+){{0,6}}"
                        rf"(?=[A-Z])")
# "by Lune Pictures development writer A": a company's or a place's job title before the name (the
# words between it and the job word are no function word or verb: "by Ora Pell and writer A" is two
# people, "directed by Ora Pell for producer A" two credits, "directed by Ora Pell starring the actor A"
# a director and an actor; the job word is lower case: "Lune Brothers Pictures" is a company).
# "by A's brother-in-law, B", "by the indie band Other Tide's B": the person after a relative's or a group's possessive
_KIN_OF = re.compile(rf"(?:(?:the|his|her|their)\s+)?(?:(?:[A-Z][\w-]+\s+){{0,2}}[A-Z][\w-]+['’]s\s+(?:[a-z][\w-]*\s+)?"
                     rf"{alternation(_F['kin'])},?\s+|(?:[a-z][\w-]*\s+){{0,2}}{alternation(_F['groups'])}\s+"
                     rf"(?:[A-Z][\w-]+\s+){{0,2}}[A-Z][\w-]+['’]s\s+)(?=[A-Z])")
_FUNCTION_WORD = (r"(?:and|or|but|nor|with|by|of|the|as|for|to|in|on|at|from|into|onto|under|over|after|before|"
                  r"while|a|an|his|her|their|its|who|whose|which|that|was|is|were|are|has|had|also|then|alongside)")
_ORG_DESCRIBED = re.compile(rf"(?:[A-Z][\w-]+\s+){{1,3}}(?:(?!{_FUNCTION_WORD}\b|[a-z]+ing\b)[a-z][\w-]*\s+){{0,2}}"
                            rf"(?=[a-z])(?:{_DESC})\s+(?=[A-Z])")
_NAMES_RE = re.compile(_NAMES)
NAME_RE = re.compile(NAME_RX)
_OTHER_WORK = re.compile(
    rf"\b{alternation(_F['other_work_modifiers'])}\s+(?:\w+\s+)?{alternation(_F['other_work_nouns'])}\b"
    r"(?!\s+(?:appearance|role|performance|career))|"  # "his last film appearance" is about a person
    r"\boriginal\s+(?:[\w-]+\s+)?(?:films?|movies?|pictures?|versions?|series)\b|"  # "the original film was directed by A"
    r"\boriginal(?=\s+(?:was|is|had|were)\b)|"  # "the 1962 original was directed by A"
    r"\b(?:new|early|rejected|unused|abandoned|unproduced|spec)\s+(?:\w+\s+)?(?:scripts?|screenplays?|drafts?|treatments?)\b|"
    r"\b(?:prequel|sequel|remake|remade|dubbed\s+into|adapted\s+(?:in)?to\s+an?\s(?!(?:[\w-]+\s+)?(?:screenplay|script|film|movie|feature|motion\s+picture)\b)|"
    r"making-of|making\s+of\s+the\s+(?:film|movie)|"  # a later medium's version, a documentary on the making
    r"adaptation(?!\s+of\s+(?:the\s+)?_{4,})|dub|dubbing|version\s+of|"
    r"(?:English|Hindi|Tamil|Telugu|dubbed)(?:-language)?\s+version)\b",
    re.I,
)
# ("Both films were shot by A": this film is one of the two)
_FILM_SUBJECT = re.compile(r"\b(?:the|this|its)\s+(?:(?:entire|whole|finished|final|complete)\s+)?"
                           r"(?:film|movie|picture|project|footage|serial['’]s\s+chapters|chapters|episodes)\b|^\s*It\b|\bit\s+(?:was|is)\b|"
                           # an anthology's parts: "The segment was photographed by A", "The last segment was edited by B"
                           r"\b(?:the|this|its|each|every)\s+(?:(?:first|second|third|fourth|fifth|final|last|opening|closing)\s+)?"
                           r"(?:segments?|vignettes?)\s+(?:was|is|were|are)\b|"
                           r"\bboth\s+(?:films|movies|pictures)\b", re.I)
# "Other Tale was written by A": the film's own title (blanked to underscores in the text this is
# tested on) as the subject right before the passive; not "Other Tale is featured in a documentary, directed by A"
_TITLE_SUBJECT = re.compile(r"_{4,}\s+(?:\([^()]{1,60}\)\s+)?(?:was|is|were|has\s+been|had\s+been)\s+"
                            r"(?:(?:also|originally|later|first|then|jointly)\s+)?$")
# Cheap gates: a frame runs only on sentences holding one of its words (most sentences hold none).
_HAS_PASSIVE = re.compile(rf"\b{_PASSIVE}(?:,?\s+[\w-]+){{0,7}}\s+by\b")
_HAS_INF = re.compile(rf"\bto\s+(?:{_INF}|{_ENGAGE_WORK})\b")
_HAS_POSS = re.compile(rf"(?:['’]s?\s+(?:[a-z][\w-]*\s+){{0,2}}|[A-Z][\w.'’-]*\s+){_POSS_ACT}\b")


# Which frames can fire, decided from the sentence's words before any pattern runs.
# (an ambiguous active verb, "shot", "cut", cues the active frames only before "the film": _AMBIGUOUS_CUE)
_PHRASES = {"noun": NOUN_ROLE, "act": ACTIVITY_ROLE, "passive": PASSIVE_ROLE,
            "active": {w: r for w, r in ACTIVE_ROLE.items() if w not in ACTIVE_NEEDS_CUE},
            "inf": INFINITIVE_ROLE, "credit": CREDIT_ROLE}
_AMBIGUOUS_FIRST = frozenset(w.split()[0] for w in ACTIVE_NEEDS_CUE)
_AMBIGUOUS_CUE = re.compile(rf"\b(?:{alternation(list(ACTIVE_NEEDS_CUE))})\s+(?:the|this|its)\s+(?:film|movie|picture)\b")
# cue kind -> first word -> the phrases of that kind opening with it
_BY_FIRST: dict[str, dict[str, list[str]]] = {}
for _cue, _table in _PHRASES.items():
    for _p in _table:
        _BY_FIRST.setdefault(_cue, {}).setdefault(_p.split()[0].lower(), []).append(_p.lower())
_WORD = re.compile(r"[a-z][a-z-]*")
# The first words as sets: a set meets a set by its smaller side, a dict by every one of its keys.
_FIRSTS = {_cue: frozenset(_by_first) for _cue, _by_first in _BY_FIRST.items()}
_ANY_FIRST = frozenset().union(*_FIRSTS.values(), _AMBIGUOUS_FIRST)


def _cues(text: str) -> set[str]:
    """The kinds of role word the sentence holds (a word-set test, no pattern)."""
    low = text.lower()
    ws = _ANY_FIRST.intersection(_WORD.findall(low))  # most sentences hold no role word at all
    out: set[str] = set()
    if not ws:
        return out
    for cue, by_first in _BY_FIRST.items():
        for w in ws.intersection(_FIRSTS[cue]):
            if any(p in low for p in by_first[w]):
                out.add(cue)
                break
    if "active" not in out and not ws.isdisjoint(_AMBIGUOUS_FIRST) and _AMBIGUOUS_CUE.search(low):
        out.add("active")
    return out


_NEGATED = re.compile(r"\b(?:not|never|n't|nor)\s+(?:\w+\s+){0,2}$")
# The subject of a passive credit when it is a job's work: "The music for the film was written ... by"
_WORK_SUBJECT = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]his)\s+(?:(?:film|movie)['’]s\s+)?(?:[\w-]+\s+){{0,2}}?(?P<act>{_ACT})"
    rf"(?:\s+and\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:songs|song|lyrics))?"  # "The score and the seven songs were written by A"
    rf"(?:\s+(?:of|for)\s+(?:the|this)\s+(?:film|movie|picture))?\s+(?:was|were|is|are|has\s+been|had\s+been)\s+"
    rf"(?:also\s+|originally\s+|entirely\s+)?$")
# Works whose makers the frames credit by the work's role (not the credit verb's), and the verbs that
# make them ("written", "composed"), read from crew.toml.
_WORK_ROLES = frozenset(_F["work_subject_roles"])
_MADE_WORKS = frozenset(" ".join(w.lower().split()) for w in _F["made_works"])
_MAKING_VERBS = frozenset(" ".join(w.lower().split()) for w in _F["making_verbs"])

_AND_CO = re.compile(rf"(?P<name>{NAME_RX})\s+and\s+(?:(?:his|her|their)\s+)?co-(?P<noun>{_NOUN1})\s+(?=[A-Z])")
# "A received the sole directorial credit", "the screenplay credit went to A" (crew.toml: ``credit``
# words of each role, ``credit_verbs``, ``credit_qualifiers``).
_CREDIT_WORD = alternation(list(CREDIT_ROLE))
_CREDIT_QUAL = rf"(?:(?:{alternation(_F['credit_qualifiers'])})\s*)*"
# the credit word, or the screen credit's own words in quotation marks ('a shared "Story by" credit')
_CREDIT_NAMED = rf"(?:(?P<word>{_CREDIT_WORD})|[\"“](?P<qword>(?i:{_CREDIT_WORD}))(?:\s+by)?[\"”])"
_GOT_CREDIT = re.compile(
    # ("…, an earlier draft by A, who retained a "story by" credit": the relative clause's subject)
    rf"(?P<names>{_NAMES})(?P<who>,\s+who)?\s+(?:(?:ended\s+up|eventually|finally|ultimately|also|only)\s+)?(?:{alternation(_F['credit_verbs'])})\s+"
    rf"{_CREDIT_QUAL}{_CREDIT_NAMED}\s+credits?\b")
# 'A Writers' Guild ruling awarded A sole "Screenplay by" credit': the credit handed to its holders
_GIVEN_CREDIT = re.compile(
    rf"\b(?:awarded|gave|give|gives|granted|grants|handed)\s+(?P<names>{_NAMES})\s+{_CREDIT_QUAL}{_CREDIT_NAMED}\s+credits?\b")
_CREDIT_WENT = re.compile(rf"\b{_CREDIT_QUAL}(?P<word>{_CREDIT_WORD})\s+credits?\s+(?:eventually\s+|finally\s+|ultimately\s+)?"
                          rf"(?:went|goes|was\s+given|being\s+given|is\s+given)\s+to\s+")
# "hired five cinematographers, with sole credit being given to A": the credit of the job just named
_SOLE_CREDIT = re.compile(r"\b(?:sole|screen|final|official|onscreen|on-screen)\s+credit\s+(?:eventually\s+|finally\s+|ultimately\s+)?"
                          r"(?:went|goes|going|was\s+given|being\s+given|is\s+given|given)\s+to\s+(?=[A-Z])")
_CRITICISM = {"reception", "critical", "accolades", "legacy", "references", "box_office", "home_media"}
_REVIEWS = {"reception", "critical"}


@dataclass(frozen=True)
class Credit:
    """One credit as stated: the name is exactly as written in the sentence."""

    sentence: int
    role: str
    name: str
    # The sentence ties a banner to the person ("A's own banner Other Films"): a one-word name is then a person,
    # the banner its company (people.py keeps such a producer).
    owner: bool = False


def _key(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.strip().lower())


_NOUN1_RX = re.compile(rf"(?<![\w])(?:{_NOUN1})(?![\w])")


def _noun_roles(noun: str) -> list[str]:
    """Every role a (possibly compound) noun names: "writer-director" → writer, director."""
    return list(dict.fromkeys(NOUN_ROLE[_key(n)] for n in _NOUN1_RX.findall(noun) if _key(n) in NOUN_ROLE))


_SPLIT_RX = re.compile(rf"{_SEP}(?!\s*(?:Jr|Sr)\.)")


def _split(names: str) -> list[str]:
    """Names of a list; a list ends after the item that follows its "and" ("A, B and C, Title ..." → A, B, C)."""
    out = []
    names = re.sub(r"\s*\([^()]*\)", "", names)
    m = re.search(r"(?:\s+and\s+|\s*&\s*)[^,]*", names)
    if m:
        names = names[: m.end()]
    for raw in _SPLIT_RX.split(names):  # "A Doe, Jr." is one name
        n = trim_leading_stops(clean_name(_LEADING_JOB.sub("", raw)))
        if n:
            out.append(n)
    return out


_LEADING_JOB = re.compile(r"^\s*(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")  # (items open capitalised, but for a job)
# "three writers, A, B and C", "a team of three, A, B and C"
_COUNTED = re.compile(rf"(?:(?:a\s+)?(?:team|group)\s+of\s+(?:{NUMBER_WORD_RX})(?:\s+(?:{_NOUN}))?|(?:{NUMBER_WORD_RX})\s+(?:{_NOUN})),\s+(?=[A-Z])", re.I)
# a describing phrase holding a preposition of place or time: the names after it are that preposition's
_PLACE_IN_DESC = re.compile(r"\b(?:before|after|during|until|in|at|into|from)\s")
_OWNED = re.compile(r"\b(?:production|productions|banner|company|house|studio|studios|home|outfit|team)\s+of\s+$")


_PROMOTED = re.compile(rf"\b{alternation(_F['promoted'])}\s+(?:the\s+)?(?:(?:role|rank|position|status|post)\s+of\s+)?"
                       rf"(?:an?\s+)?(?:full\s+)?(?P<noun>{_NOUN})(?:\s+(?:status|rank|role|position|post|credit))?(?![\w-])")
# the head of the clause a frame is in: its start (the sentence's, or after ", and" / ";") and what follows
_CLAUSE_HEAD = re.compile(r"(?:^|;\s+|,\s+and\s+|,\s+but\s+)(?P<head>[A-Z](?:(?!,\s+(?:and|but)\s)[^;])*)$")
_JOB_WORD = re.compile(rf"\b(?:{_NOUN})\s+(?=[A-Z])", re.I)


def names_after(text: str, pos: int) -> list[str]:
    """The list of names starting at ``pos``, past a describing phrase ("the veteran composer A and B",
    "two composers, A and B"); none after "the home production of A" (the credit is a company's)."""
    m = (_COUNTED.match(text, pos) or (_KIN_OF.match(text, pos) if "'" in text or "’" in text else None)
         or _ORG_DESCRIBED.match(text, pos) or _DESCRIBED.match(text, pos))
    m_desc = m.group(0) if m else ""
    if m:
        if _OWNED.search(m.group(0)) or _PLACE_IN_DESC.search(m.group(0)):
            return []  # ("cut by the censors before its release in A": A is where, not who)
        pos = m.end()
    fam = FAMILY_RE.match(text, pos)
    if fam:
        return [fam.group(0)]
    m = _NAMES_JOINED.match(text, pos)
    if not m:
        return []
    names = m.group(0)
    if _OWN_JOB_AFTER.match(text, m.end()):
        # "rewritten by A with B attached to direct": the name after "with" holds a job of its own
        joined = list(re.finditer(rf"\s+{_JOINER}\s+", names))
        if joined:
            names = names[: joined[-1].start()]
    elif ", and " in names and (_VERB_AFTER.match(text, m.end()) or _CLAUSE_VERB_AFTER.match(text, m.end())):
        # "handled by A, and B edited the film": B opens a clause of its own, with its own verb
        names = names[: names.rindex(", and ")]
    out = [_OWNER_PREFIX.sub("", n) for n in _split(re.sub(rf"\s+{_JOINER}\s+", ", ", names)) if not re.search(r"['’]s?$", n)]
    last = _AND_DESCRIBED.match(text, m.end()) if " and " not in names else None
    if last and (nm := NAME_RE.match(text, last.end())):
        out.append(trim_leading_stops(clean_name(nm.group(0))))  # "A and the music journalist B": B too
    if m_desc and _GROUP_END.search(m_desc) and len(out) >= 3:
        out = out[1:]  # "by the electronic duo Other Tide, A and B": the members, not the group's name
    return out


# "composed by A, and B sang the theme": B opens a clause of its own, with a verb of its own
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:also\s+|later\s+|then\s+)?(?:[a-z]+ed|sang|wrote|won|made|took|gave|became|went|left|"
                                r"began|sings|plays|appears|stars|shot|cut|ran|oversaw)\b")
# "A and the music journalist B": a last item described by lower-case words after its article
# (not "A and the editing by B", "A and the editor was B": a clause of another job)
_AND_DESCRIBED = re.compile(r"\s+and\s+(?:the|a|an|his|her|their)\s+(?:(?!(?:by|was|is|were|are|as|of|for|to)\s)[a-z][\w-]*\s+){1,3}"
                            r"(?=[A-Z][\w.'’-]*\s+[A-Z])")
# "Other Studio's A": a company's or a person's possessive before a full name
_OWNER_PREFIX = re.compile(r"^[A-Z][\w-]*['’]s\s+(?=[A-Z][\w.-]*\s+[A-Z])")
_GROUP_END = re.compile(rf"\b{alternation(_F['groups'])}\s+$")
_VERB_AFTER = re.compile(rf"\s+(?:(?:also|then|later)\s+)?(?:{_ACTIVE})\b")
_OWN_JOB_AFTER = re.compile(r"\s+(?:attached|set|slated|signed|on\s+board|aboard|as\s+(?:the\s+|a\s+|an\s+)?[a-z]|"
                            r"to\s+(?:direct|produce|star|write|score|edit|shoot|compose)\b|directing|producing|starring)")


_NAME_PREFIXES = NAME_PREFIXES


def _without_prefix(name: str) -> str:
    """'Spaniard Ora Pell' → 'Ora Pell', 'Kapellmeister Ora Pell' → 'Ora Pell': a nationality or a calling the
    prose writes before a full name (names.toml name_prefixes) is no word of it; kept when one word would be left."""
    first, _, rest = name.partition(" ")
    return rest if first in _NAME_PREFIXES and " " in rest else name


def _accept(role: str, name: str, *, vouched: bool = True) -> str:
    """The role a credited name takes (producers may be studios), or '' when it is no name at all."""
    if family_surname(name):
        return role
    if role in {"producer", "executive_producer"}:
        if is_company(name):
            return "production_company"
        return role if is_person(name, 1 if vouched else 2) else ""
    if is_company(name):
        return ""
    return role if is_person(name, 1 if vouched else 2) else ""


_GLUED_END = re.compile(r"[a-z]{3}\.(?=[A-Z][a-z])")


def _clause(text: str, start: int, end: int) -> str:
    a = max(text.rfind(c, 0, start) for c in ";:(") + 1
    glued = [g.end() for g in _GLUED_END.finditer(text, a, start)]  # "... Other.The film was produced by"
    a = glued[-1] if glued else a
    b = min([i for i in (text.find(c, end) for c in ";:)") if i >= 0] or [len(text)])
    return text[a:b]


# "the musical score" (a job's work) or "a space opera film", "a musical comedy film" (a genre): no source
_ACT_AFTER = re.compile(rf"\s+(?:{_ACT})\b|(?:[\s-]+[\w-]+)?\s+(?:film|movie|picture|feature|comedy|drama|thriller)\b")
_FILM_CLAUSE = re.compile(r",\s+(?:the|this)\s+(?:film|movie|picture)\s+(?:was|is)\b|,\s+it\s+(?:was|is)\b", re.I)


def _about_source(text: str, start: int, own: re.Pattern[str] | None = None) -> bool:
    """Does the phrase before ``start`` name a source work ("the novel written by A")? Not when a
    clause about the film comes between ("Based on the novel by B, the film was written by A"), nor
    when the work word is the film's own kind (``own``: "The serial was produced by A and written by B")."""
    window = text[max(0, start - 60): start]
    # "the musical score", "the story department": a work word used as an adjective of a job's work
    ends = [m.end() for m in _SOURCE_WORK.finditer(window) if not _ACT_AFTER.match(window, m.end())
            and not (own and own.search(window[max(0, m.start() - 5): m.end()]))]
    return bool(ends) and not _FILM_CLAUSE.search(window[ends[-1]:])


# "Title is a 2005 remake of Other Tale, directed by A": the opening sentence (the blanked title, a year)
# defines the film as the remake, and a credit after a comma is the film's own.
_DEFINES_FILM = re.compile(r"^_+\s+(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:1[89]|20)\d\d\b[^,;()]*$")
# "… remake of the 1939 film Other Title, directed by A": a dated film before the comma may be A's.
_DATED_FILM = re.compile(r"\b(?:1[89]|20)\d\d\s+(?:[\w-]+\s+){0,3}?(?:film|movie|picture|original)\b")


def _own_remake(text: str, clause: str, start: int) -> bool:
    """Is every other-work word of ``clause`` in the film's own definition, before a comma ahead of ``start``?"""
    at = text.find(clause)
    if at != 0 or not _DEFINES_FILM.match(text, 0, text.rfind(",", 0, start) if "," in text[:start] else 0):
        return False
    comma = text.rfind(",", 0, start)
    works = list(_OTHER_WORK.finditer(clause))
    return all(m.end() <= comma for m in works) and not re.search(r"\bwhich\b|\bwhose\b", text[comma:start]) \
        and not _DATED_FILM.search(text, works[0].end() if works else 0, comma)


def _other_work(text: str, start: int, end: int) -> bool:
    clause = _clause(text, start, end)
    return bool(_OTHER_WORK.search(clause)) and not _own_remake(text, clause, start)


def _other_work_after(text: str, start: int, end: int) -> bool:
    """Another work named in the clause from ``start`` on (an aside before it, "A, who had shot his earlier films,",
    tells of the person, not of the work the verb credits)."""
    clause = _clause(text, start, end)
    at = clause.find(text[start:end])
    return bool(_OTHER_WORK.search(clause, at)) if at >= 0 else _other_work(text, start, end)


# "Their originals were written by A, and were composed by B": the clause's subject is a source work
_SOURCE_SUBJECT = re.compile(rf"\s*(?:(?:the|their|its|his|her)\s+)?(?:[\w-]+\s+)?{alternation(_F['source_works'], flags='i')}\s+"
                             rf"(?:were|was|are|is)\b")
_CLAUSE_STOP = re.compile(r",|\s+and\s+(?:the|a|an|is|was)\s")


def _clause_upto(text: str, start: int, end: int) -> str:
    """The clause of a credit up to the first comma after it."""
    clause = _clause(text, start, end)
    at = clause.find(text[start:end])
    if at < 0:
        return clause
    # (up to a comma, or a second predicate of the film: "directed by A and the second adaptation of ...")
    rest = _CLAUSE_STOP.search(clause, at + end - start)
    return clause if not rest else clause[: rest.start()]


def _other_work_upto(text: str, start: int, end: int) -> bool:
    clause = _clause_upto(text, start, end)
    return bool(_OTHER_WORK.search(clause)) and not _own_remake(text, clause, start)


# 'The songs, among them "Title One" and "Title Two", were composed by A': the film's songs, two of them named in between
_SONGS_NAMED = re.compile(r"\b(?:songs|numbers|tunes)\s*,\s+(?:among\s+them|including|such\s+as)\s+[^;]{1,160}?[”\"]\s*,\s*"
                          r"(?:were|are)\s+(?:(?:all|also|both)\s+)?$")
# '"Song Title", written by A', '"Song Title" was written by A'
_QUOTED_BEFORE = re.compile(r"[”\"]\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|is|were|are)\s+)?(?:(?:also|originally)\s+)?$")
_ONE_OF = re.compile(r"\b(?:one|two|three|some|a\s+few|several|each)\s+of\s+(?:the|its|his|her)\s+(?:\w+\s+)?"
                     r"(?:songs|tracks|numbers|scenes|sequences|reels)\b", re.I)
# "his feature film directorial debut, which would be co-financed and produced by A": a film named
# just before (no title between) is the subject of the credit.
_FILM_WHICH = re.compile(r"\b(?:film|movie|picture|debut|project)\b[^,.;A-Z]{0,30},\s+which\s+[^,.;]{0,40}$")


def _publication_before(text: str, start: int) -> bool:
    """"A Critic of The Daily Paper gave ...": the subject is a publication, not a person."""
    return bool(re.search(r"\b(?:of|for|in|from)\s+(?:the\s+)?$", text[max(0, start - 12): start], re.I))


def _cued(text: str, role: str, start: int, in_role_section: bool) -> bool:
    """Is a sentence using an ambiguous participle ("shot by") about this film's role?"""
    if in_role_section:
        return True
    before = text[max(0, start - 90): start]
    acts = _ACTIVITY_OF_RX.get(role)
    if acts and acts.search(text):
        return True
    return bool(re.search(r"\b(?:film|movie|picture|it|footage|chapters)\s+(?:was|is|were|to\s+be)\s+(?:also\s+)?$", before, re.I))


_SONG_WORK = re.compile(r"\s+(?:\w+\s+)?(?:wrote|writes|composed|composes|penned|contributed|sang|performed|recorded)\s+"
                        r"(?:a|an|one|two|three|the)\s+(?:\w+\s+)?(?:songs?|tracks?|themes?|numbers?|singles?)\b")
# "while making Other Title with editor A": the job was on another film (this film's title is blanked).
_MAKING = re.compile(r"\b(?:making|made|shooting|filming|on\s+the\s+set\s+of|working\s+on|worked\s+on)\s+"
                     r"(?:the\s+(?:film|movie)\s+)?[A-Z\d][^,;]*?\bwith\b[^;]*$")
# "directed by cinematographer A" (another role's verb), "as told by editor A": the noun is a trade.
_BY_BEFORE = re.compile(rf"\b(?:(?P<verb>{_PASSIVE})|told|said|recalled|described|noted|reported|interviewed|quoted)"
                        rf"\s+by\s+(?:the\s+)?$", re.I)
# Roles a director brings ("his cinematographer A"): the possessor must be this film's director.
_DIRECTORS_CREW = {"cinematographer", "editor", "composer"}


def _making_other(otext: str, start: int) -> bool:
    """Does the clause before ``start`` say the work was on another, named film?"""
    return bool(_MAKING.search(otext[: start][-200:]))


_LEAD_DIRECTED = re.compile(rf"\b(?:directed|direction)\s+(?:\w+\s+)*?by\s+(?:{_DESC}\s+)?(?P<names>{_NAMES})")
_POSSESSOR = re.compile(rf"(?P<name>{NAME_RX})\s*,?\s+(?:and|with|alongside)\s+(?:his|her|their)\s+$")


def _possessor_not_director(article: Article, text: str, start: int) -> bool:
    """"Jane Roe and his cinematographer A": A was the cinematographer of Jane Roe, who must be this
    film's director (named with "directed by" in the lead) for the credit to be this film's."""
    m = _POSSESSOR.search(text[max(0, start - 80): start])
    if not m:
        return False
    who = trim_leading_stops(clean_name(m.group("name")))
    if not who:
        return False
    return who.split()[-1] not in _lead_director_surnames(article)


def _lead_director_surnames(article: Article) -> frozenset[str]:
    """Surnames of the directors the lead names with "directed by" (read once per article)."""
    got = article.__dict__.get("_crew_lead_directors")
    if got is None:
        lead = " ".join(x.text for x in article.sentences[:4] if "lead" in article.section_kinds(x.section))
        got = frozenset(n.split()[-1] for d in _LEAD_DIRECTED.finditer(lead) for n in _split(d.group("names")) if n)
        article.__dict__["_crew_lead_directors"] = got
    return got


# "the studio cut the film by ten minutes", "cut the film down": a length, not an editor's credit
_CUT_LENGTH = re.compile(r"\s+(?:by|to|down|from)\b")


def _ambiguous_active(article: Article, text: str, verb: str, name: str, end: int) -> bool:
    """"A shot the film", "A cut the film": the verbs of ``active_needs_cue`` also tell of a director
    shooting or a studio trimming. Credited only to a full name that is not a director the lead names."""
    if _key(verb) not in ACTIVE_NEEDS_CUE:
        return False
    if len(name.split()) < 2 or name.split()[-1] in _lead_director_surnames(article):
        return True
    return bool(ACTIVE_NEEDS_CUE[_key(verb)] == "editor" and _CUT_LENGTH.match(text, end))


_PART_ONLY = re.compile(r"\s+(?:for|in|of)\s+(?:a|one|two|three|some|several|a\s+few|the\s+(?:opening|closing|final))\s+"
                       r"(?:single\s+|short\s+|few\s+)?(?:sequences?|scenes?|songs?|numbers?|reels?|trailers?|teasers?|"
                       r"montages?|shots?)\b")


def _other_title_after(otext: str, end: int) -> bool:
    """"composed the score for Other Title", "wrote a script titled Other Title": the object is
    another work's (this film's own title is blanked in ``otext``)."""
    m = _FOR_TITLE.match(otext, end)
    if m and otext[m.end() - 1].isupper():
        work = NAME_RE.match(otext, m.end() - 1)
        if work and is_company(clean_name(work.group(0))):
            m = None  # "produced the film for Other Pictures": a company, not another work
    return bool(m or _NAMED_WORK.match(otext, end))


_AFTER_MAKING = {"release", "home_media", "accolades", "legacy", "other"}
_MAKING_KINDS = {"lead", "production", "filming", "music", "development", "cast", "casting"}


def _in_other_version(article: Article, s: Sentence, kinds: set[str]) -> bool:
    """After the making of the film (release, home video, awards, legacy), a paragraph that introduces
    another version (a dub, a radio play, a stage musical) goes on with that version's credits:
    "Fox released the English dub. It was produced by A." credits A with the dub, not the film."""
    if not kinds & _AFTER_MAKING or kinds & _MAKING_KINDS:
        return False
    return any(_OTHER_VERSION.search(p.text) for p in article.sentences[max(0, s.idx - 4): s.idx] if p.para == s.para)


_FILM_BY = re.compile(r"^[^;]{0,160}?\b(?:is|was)\s+(?:an?|the)\s+[^.;]{0,100}?\b(?:film|movie|documentary|project)\s+"
                      r"(?:by\s+(?=[A-Z]|(?:the\s+)?[a-z-]+\s+(?:and\s+[a-z-]+\s+)?[A-Z])|from\s+(?=(?:director|filmmaker)\s+[A-Z]))")
# "under the direction of A": the job's work, then its maker.
_UNDER_ACT = re.compile(rf"\bunder\s+(?:the|his|her|their)\s+(?P<act>{_ACT})\s+of\s+(?=[A-Z])")
# A credit list line: "Music director: A, B and C", "Cinematography (songs): A".
_CREDIT_LINE = re.compile(rf"^\s*(?P<job>{_NOUN}|{_ACT})(?:\s+by)?(?:\s*\([^()]{{1,30}}\))?\s*[:–—-]\s*(?P<names>{_NAMES})\s*\.?\s*$", re.I)
# The separator every credit line holds (``_CREDIT_LINE``'s ``[:–—-]``, none of them cased): a sentence
# without one is no credit line, and the job alternation, tried case-insensitively at its start, is not run.
_CREDIT_SEPARATOR = re.compile(r"[:–—-]")
_ACTS_RESPECTIVELY = re.compile(
    rf"\b(?P<acts>{_ACT}(?:\s*,\s*{_ACT})*\s*,?\s+and\s+{_ACT})\s+{_ADV}{{0,3}}(?:{_ACT_PASSIVE}\s+)?by\s+"
    rf"(?P<names>{_NAMES})\s*,?\s+respectively\b")


def _acts_respectively(text: str) -> list[tuple[str, str]]:
    """"cinematography and editing were handled by A and B respectively": each job to its name."""
    if "respectively" not in text:
        return []
    out = []
    for m in _ACTS_RESPECTIVELY.finditer(text):
        acts = re.findall(_ACT, m.group("acts"))
        names = _split(m.group("names"))
        if len(acts) == len(names) >= 2:
            out += [(ACTIVITY_ROLE[_key(a)], n) for a, n in zip(acts, names, strict=True) if _key(a) in ACTIVITY_ROLE]
    return out


# "under the production banner Acme Toys": the article calls the name a company, whatever its words.
_BANNER_RX = re.compile(rf"\b(?:banner|production\s+(?:company|house|outfit)|studio)\s+(?:called\s+|named\s+)?(?P<name>{NAME_RX})")


# "All of the songs were written by A", "songs written and performed by A", "A wrote all of the songs": the film's
# songs (plural: a single named song is a part's credit), their writers its composers (crew.toml song_writing).
_SONGS_WRITTEN = re.compile(
    r"\bsongs\s+(?:(?:performed|featured|heard|sung)\s+(?:in\s+(?:the|this)\s+(?:film|movie)\s+)?)?"
    r"(?:(?:were|are|have\s+been|had\s+been)\s+(?:all\s+|also\s+|mostly\s+|largely\s+)?)?"
    rf"(?:{alternation(_F['song_writing'])})(?:\s+and\s+(?:{alternation(_F['song_also'])}))?\s+"
    r"(?:for\s+(?:the|this)\s+(?:film|movie)\s+)?by\s+(?=[A-Z]|the\s|a\s|his\s|her\s)")
_WROTE_SONGS = re.compile(
    r"\s+(?:also\s+|later\s+|himself\s+|herself\s+|themselves\s+|jointly\s+)?"
    rf"(?:{alternation(_F['song_writing_active'])})(?:\s+and\s+(?:{alternation(_F['song_also'])}))?\s+"
    r"(?:(?:all|most|many|several)\s+(?:of\s+)?)?(?:the\s+|its\s+)?(?:(?:film|movie)['’]s\s+)?(?:original\s+)?songs\b")
_SONG_BORROWED = re.compile(rf"\b(?:{alternation(_F['song_borrowed'])}|lyric\w*)\b", re.I)
_WORD_THEN_NAME = re.compile(r"\s+[a-z][\w-]+\s+(?=[A-Z][\w.'’-]*\s+[A-Z])")
# "songs written by A and composed by B", "…, with music by B": A wrote the words
_MUSIC_AFTER = re.compile(r"[^,;.]*?\b(?:composed|music|tunes?|set\s+to|lyrics?)\b|,\s+(?:with\s+)?(?:the\s+)?(?:music|tunes?)\b", re.I)


def _song_writers(article: Article, text: str, otext: str, kinds: set[str]) -> list[str]:
    """The film's songwriters the sentence names (composers: the songs are the film's music)."""
    out: list[str] = []
    for m in _SONGS_WRITTEN.finditer(text):
        before = text[max(0, m.start() - 80): m.start()]
        if _ONE_OF.search(text[max(0, m.start() - 80): m.start() + 5]) or _SONG_BORROWED.search(before) \
                or _NEGATED.search(text[: m.start()]) or _other_work(otext, m.start(), m.end()):
            continue
        names = names_after(text, m.end())
        last = text.find(names[-1], m.end()) + len(names[-1]) if names else -1
        described = _WORD_THEN_NAME.match(text, last) if len(names) == 1 and " " not in names[0] else None
        if described:  # "by Other Band regular A": the group's name describes A
            names = names_after(text, described.end())
            last = text.find(names[-1], m.end()) + len(names[-1]) if names else -1
        if names and not _MUSIC_AFTER.match(text, last) and not _other_title_after(otext, last):
            out += names
    for m in _WROTE_SONGS.finditer(text) if not kinds & _CRITICISM else ():
        nm = _NAMES_BEFORE.search(text, max(0, m.start() - 120), m.start())
        if not nm or _PREP_BEFORE.search(text[: nm.start()]) or _NEGATED.search(text[: m.start()]) \
                or not _OBJ_END.match(text, m.end()) or _other_work(otext, m.start(), m.end()) \
                or _other_title_after(otext, m.end()) or _SONG_BORROWED.search(text, m.end(), m.end() + 40):
            continue
        out += _split(nm.group("names"))
    return out


# "Other Tale is a 1941 serial film in fifteen chapters": the kind the first sentence gives the film (crew.toml
# own_kinds), so that "The serial was produced by A" is about the film
_OWN_KIND = re.compile(rf"\b(?:{alternation(_F['own_kinds'])})\b")
_IS_A = re.compile(r"\b(?:is|was)\s+(?:an?|the)\s")


def _own_kind_subject(article: Article, subj: str) -> bool:
    """Is the passive credit's subject the film by the kind its first sentence gives it ("the serial")?"""
    rx = _own_kind_rx(article)
    return bool(rx and rx.search(subj))


def _own_kind_rx(article: Article) -> re.Pattern[str] | None:
    """"the serial", "this documentary": the film named by its own kind (read once per article), or None."""
    rx = article.__dict__.get("_crew_own_kind", False)
    if rx is False:
        rx = None
        first = article.sentences[0].text if article.sentences else ""
        is_a = _IS_A.search(first)
        if is_a:
            head = first[is_a.end():].split(",")[0]
            kinds = sorted({k.group(0) for k in _OWN_KIND.finditer(head)})
            if kinds:
                rx = re.compile(rf"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:{'|'.join(kinds)})(?![\w-]|\s+(?:stor|novel|list|version))")
        article.__dict__["_crew_own_kind"] = rx
    return rx


# "Shot by A and edited by B, the film premiered in 2001": participles opening the sentence, the film its subject
_OPENING_HEAD = re.compile(rf"(?:(?:{_PASSIVE})\s+(?:[a-z][\w-]*\s+){{0,4}}?by\s+[^,;]{{1,80}}?\s+and\s+)?")
_FILM_MAIN_SUBJECT = re.compile(r",\s+(?:(?:the|this)\s+(?:[\w-]+\s+)?(?:film|movie|picture)\b|_{4,}|it\s+(?:was|is)\b)")


def _opening_participle(text: str, otext: str, start: int, end: int) -> bool:
    """Is the passive at ``start`` a participle opening the sentence, the film the subject of its main clause?"""
    if start and not _OPENING_HEAD.fullmatch(text, 0, start):
        return False
    comma = text.find(",", end)
    return comma > 0 and bool(_FILM_MAIN_SUBJECT.match(otext, comma))


# "with A directing and B producing", "with A writing and directing from a script by B" (crew.toml with_gerunds)
_GERUND_ROLE = {k.lower(): v for k, v in _F["with_gerunds"].items()}
_GERUNDS = rf"(?P<gers>(?:{alternation(list(_GERUND_ROLE))})(?:\s*,?\s+and\s+(?:{alternation(list(_GERUND_ROLE))}))*)"
_WITH_GERUND = re.compile(rf"\bwith\s+(?:(?:the\s+)?[a-z][\w-]*\s+)?(?P<names>{_NAMES})\s+{_GERUNDS}\b(?!-)")
_AND_GERUND = re.compile(rf"\s*,?\s+(?:and|while)\s+(?:(?:the\s+)?[a-z][\w-]*\s+)?(?P<names>{_NAMES})\s+{_GERUNDS}\b(?!-)")
# what may follow the gerunds: the film, a source script, a partner, or nothing ("with A directing a music video" is no credit)
_GERUND_END = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:(?:the|this)\s+(?:film|movie|picture|project)|it)\b|"
                         r"\s+(?:from|and|with|alongside|under|through|while|for\s+(?:the\s+film\b|[A-Z]))")
_FROM_SCRIPT_BY = re.compile(r"\s+(?:(?:the|this)\s+(?:film|movie|picture|project)\s+|it\s+)?from\s+(?:a|an|the|his|her|their)\s+"
                             r"(?:[\w-]+\s+)?(?:screenplay|script)\s+(?:(?:co-)?written\s+)?by\s+(?=[A-Z])")
_FROM_OWN_SCRIPT = re.compile(r"\s+(?:(?:the|this)\s+(?:film|movie|picture|project)\s+|it\s+)?from\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
                              r"(?:screenplay|script)\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+)?(?:co-)?wrote\b")


def _with_gerunds(text: str, otext: str) -> list[tuple[str, list[str]]]:
    """(role, names) of "with A directing and B producing" and its script's writers ("from a script by C")."""
    out: list[tuple[str, list[str]]] = []
    for m in _WITH_GERUND.finditer(text):
        if _NEGATED.search(text[: m.start()]) or _other_work(otext, m.start(), m.end()):
            continue
        while m:
            if not _GERUND_END.match(text, m.end()):
                break
            names = _split(m.group("names"))
            for g in re.findall(alternation(list(_GERUND_ROLE)), m.group("gers")):
                out.append((_GERUND_ROLE[g.lower()], names))
            by = _FROM_SCRIPT_BY.match(text, m.end())
            if by:
                out.append(("writer", names_after(text, by.end())))
            elif _FROM_OWN_SCRIPT.match(text, m.end()):
                out.append(("writer", names))
            m = _AND_GERUND.match(text, m.end())
    return out


# "The screenplay was an adaptation by A and B from the novel by C": the film's script, its adapters its writers
_SCRIPT_ADAPTATION = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:(?:film|movie)['’]s\s+)?(?:screenplay|script)\s+(?:was|is)\s+"
                                r"(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+)?adaptation\s+by\s+(?=[A-Z])")
# "directed by A and co-written by her and B": the pronoun is the person the sentence credited before
_PRONOUN_FIRST = re.compile(r"(?:him|her|them)(?:self|selves)?\s+and\s+(?=[A-Z])")


_MAKING_SECTIONS = frozenset({"production", "development", "filming"})


def _lead_silent_on_director(article: Article) -> bool:
    """Does the article's lead name no director (read once per article)? Then "director A" in the making of
    the film is its own director, not someone met in passing."""
    got = article.__dict__.get("_crew_no_lead_director")
    if got is None:
        lead = [s.text for s in article.sentences if "lead" in article.section_kinds(s.section)]
        got = article.__dict__["_crew_no_lead_director"] = not any(
            "direct" in t or "Direct" in t or "helm" in t or "film by" in t for t in lead)
    return got


# "Other Chitra Private Limited": a company's legal form (crew.toml legal_forms) right after a name.
_LEGAL_AFTER = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in _F["legal_forms"]) + r")(?!\w)")


def _legal_company(article: Article, name: str) -> bool:
    """Whether the article anywhere writes a company's legal form right after ``name`` ("produced by Other
    Chitra" names a company when the article elsewhere writes "Other Chitra Private Limited"). Asked only of
    a producer's credit, so the article's whole text is joined at most once, and only when one is credited."""
    whole = article.__dict__.get("_crew_whole")
    if whole is None:
        whole = article.__dict__["_crew_whole"] = "\n".join(x.text for x in article.paragraphs)
    i = whole.find(name)
    while i >= 0:
        if _LEGAL_AFTER.match(whole, i + len(name)):
            return True
        i = whole.find(name, i + 1)
    return False


def _banners(article: Article) -> frozenset[str]:
    """Names the article introduces as a banner or production company (read once per article)."""
    got = article.__dict__.get("_crew_banners")
    if got is None:
        got = frozenset(clean_name(m.group("name")) for x in article.sentences if "anner" in x.text or "tudio" in x.text
                        or "production" in x.text for m in _BANNER_RX.finditer(x.text))
        article.__dict__["_crew_banners"] = got
    return got


# "A and B became executive producers", "executive producers A and B": the article's own word for their job
_EXEC_NOUN = alternation([w for w, r in NOUN_ROLE.items() if r == "executive_producer"], flags="i")
_EXEC_RX = re.compile(rf"(?P<names>{_NAMES})\s+(?:became|become|were|was|are|is|remained|served\s+as)\s+(?:the\s+|its\s+|an\s+)?"
                      rf"(?:(?:film|movie)['’]s\s+)?(?:{_EXEC_NOUN})\b|\b(?:{_EXEC_NOUN})\s+(?P<after>{_NAMES})")


def _executive_producers(article: Article) -> frozenset[str]:
    """Surnames the article calls executive producers (read once per article): "producer A" elsewhere,
    a loose word for the same person ("Producers A and B bought the rights ... A and B became executive
    producers"), is no producer's credit."""
    got = article.__dict__.get("_crew_exec")
    if got is None:
        got = frozenset(n.split()[-1] for x in article.sentences if "xecutive producer" in x.text
                        for m in _EXEC_RX.finditer(x.text) for n in _split(m.group("names") or m.group("after")))
        article.__dict__["_crew_exec"] = got
    return got


# "writers A and B working on the screenplay": the premodified names do the role's work
_WRITING_AFTER = re.compile(
    rf"{_NAMES}\s+(?:(?:also|later|then|both|jointly)\s+)?(?:working|worked|work|{alternation(_V['roles']['writer']['active'])})"
    rf"(?:\s+on)?\s+{_FILMS_OWN}{_ADJ}(?:{alternation(_V['roles']['writer']['activities'])})\b")
_CAST_BEFORE = re.compile(rf"\b(?:{alternation(_F['cast_verbs'])})\s+(?:the\s+|a\s+|an\s+)?$")
_WITH_PARTNER = re.compile(r"\s*,?\s+(?:with|alongside|together\s+with|along\s+with|in\s+collaboration\s+with)\s+")
# … after a passive credit's names only the words of a shared credit ("written by A in collaboration with B"): a bare
# "with" there is anything ("written by A with music by B", "with B in the lead")
_COLLAB_PARTNER = re.compile(r"\s*,?\s+(?:in\s+collaboration\s+with|together\s+with|along\s+with)\s+(?=[A-Z])")
# "A produced the film, with B serving as executive producer": the partner's own job, named after the partner
_PARTNER_OWN_JOB = re.compile(r"[^,;.()]{1,80}?\s+(?:serving|acting|credited|working)\s+as\b")
_THROUGH_AND = re.compile(r"[^,.;]{1,40}?\s+(?:through|via|under)\s+(?:his|her|their|its)\s+[^,.;]{1,40}?,?\s+and\s+(?=[A-Z])")
# "directed by A, with uncredited contributions by B and C": B and C share the credit
_CONTRIBUTIONS = re.compile(
    rf"[^,.;()]{{1,60}}?,?\s+with\s+(?:(?:{alternation(_F['contribution_qualifiers'])})\s+)*"
    rf"(?:{alternation(_F['contribution_nouns'])})\s+(?:by|from)\s+(?=[A-Z])")
# "The film features music by A": the film's own score (but "the soundtrack includes music by A" is used music);
# "The film features cinematography by A and editing by B": each job of the list
_FILM_FEATURES = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:film|movie|picture)\s+(?:also\s+)?(?:features|featured)\s+"
                           rf"(?:an?\s+)?(?:original\s+|orchestral\s+)?(?:(?:{_ACT})\s+by\s+[^,;.]{{1,60}}?(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$")
# "A (cinematography), B (editing) and C (music)": a role in brackets after each name
_BRACKET_JOB = re.compile(r"\s*\((?P<job>[A-Za-z][\w -]{2,30})\)")
# "A's own banner", "A's production company": the possessive names the banner's owner (_OWNER_BANNER)
_OWN_BANNER_WORD = re.compile(r"['’]s\s+(?:own\b|(?:production\s+)?(?:banner|company|house|studio)\b)")
# "the producer was A, but B later stepped in": the job passed to B (crew.toml: joined's taking-over verbs)
_STEPPED_IN = re.compile(rf"[^,.;]{{1,60}}?\s*,?\s+(?:but|and|until|before)\s+(?P<name>{NAME_RX})\s+{_ADV}{{0,2}}"
                         rf"(?:{alternation(_F['took_over'])})\b")
# "co-producing the film along with A's Other Pictures", "along with A's own banner Other Films": a producer
# named by the company he owns is a producer too (the company is the company's credit).
_PRODUCE_VERB = alternation([w for w, r in {**ACTIVE_ROLE, **PASSIVE_ROLE}.items() if r == "producer"])
_OWNER_BANNER = re.compile(
    rf"\b(?:{_PRODUCE_VERB})\b[^.;]{{0,80}}?\b(?:along\s+with|together\s+with|alongside|with)\s+(?P<name>{NAME_RX})['’]s\s+"
    rf"(?:own\s+)?(?:(?:production\s+)?(?:banner|company|house|studio)\s+)?(?=[A-Z])|"
    # "produced by A's company, Other Films", "produced through A's own banner", "made by A's company"
    rf"\b(?:{_PRODUCE_VERB}|{alternation(_F['made_by_company'])})\s+(?:by|through|under)\s+(?P<owner>{NAME_RX})['’]s\s+(?:own\s+)?"
    rf"(?:production\s+)?(?:company|banner|studio|outfit)\b|"
    # "produced by A's Other Pictures Corporation": the owner of a company the recogniser knows as one
    rf"\b(?:{_PRODUCE_VERB}|{alternation(_F['made_by_company'])})\s+(?:by|through|under)\s+(?P<holder>{NAME_RX})['’]s\s+"
    rf"(?:own\s+)?(?P<firm>{NAME_RX})")
# "… with A directing from a script by himself and B, the two will also produce the film": the two
# people named last before it
_THE_TWO = re.compile(
    rf"\b(?:[Tt]he\s+(?:two|pair|duo)|[Bb]oth\s+of\s+them)\s+{_ADV}{{0,3}}(?P<verb>{_ACTIVE})\s+{_FILMS_OWN}"
    rf"(?:film|movie|picture|project)\b")
# "directed by A, and both he and B produced the film": the pronoun is the person credited before it
_PRONOUN_AND = re.compile(
    rf"\b(?:both\s+)?(?:he|she)\s+and\s+(?P<names>{NAME_RX})\s+{_ADV}{{0,2}}(?P<verb>{_ACTIVE})\s+{_FILMS_OWN}"
    rf"(?:film|movie|picture)\b")
# "He co-wrote the screenplay with A", "The trio co-produced the film with A and B": the partners named
# after a pronoun subject share the job (the pronoun's own person is named elsewhere)
_PRONOUN_WITH = re.compile(
    rf"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+(?:two|pair|duo|trio|three|four|couple|brothers|sisters))\s+{_ADV}{{0,3}}"
    rf"(?P<verb>{_ACTIVE})\s+{_FILMS_OWN}{_ADJ}(?P<obj>{_ACT}|film|movie|picture|project)\b(?!-)\s*,?\s+"
    rf"(?:with|alongside|together\s+with|along\s+with)\s+(?=[A-Z])")
# "Ora & Bede Marrow" (a shared surname), "Ora–Bede" (a duo billed by first names): the first word is a
# given name, not a person's whole name.
_SHARED_SURNAME = re.compile(r"\s*(?:&|and)\s+[A-Z][\w'’-]+\s+(?P<sur>[A-Z][\w'’-]+)")
_DUO_DASH = re.compile(r"[–-][A-Z][\w'’]+\b")


def _first_name_only(article: Article, text: str, name: str) -> bool:
    """Is the one-word ``name`` a given name of this sentence: "Ora & Bede Marrow" when the article
    names an "Ora Marrow", or "Ora–Bede", a duo joined by a dash?"""
    at = text.find(name)
    end = at + len(name)
    if _DUO_DASH.match(text, end):
        return True
    m = _SHARED_SURNAME.match(text, end)
    if not m:
        return False
    body = article.__dict__.get("_crew_body")
    if body is None:
        body = article.__dict__["_crew_body"] = " ".join(x.text for x in article.sentences)
    return f"{name} {m.group('sur')}" in body


# "He originally hired A to write the screenplay": a first choice, whose job went to someone else
_AT_FIRST = re.compile(rf"\b(?:{alternation(_F['at_first'])})\s+$")
_GAPPED = re.compile(rf"\s*,?\s+(?:and|while|whereas)\s+(?P<name>{NAME_RX})\s+(?:the|its|as\s+(?:the|its))\s+(?:film['’]s\s+)?"
                     rf"(?P<noun>{_NOUN})(?=\s*(?:[.,;]|$))")
_NOUN_LIST = re.compile(rf"{_NOUN}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{_NOUN})+")


def _paired_nouns(text: str, at: int, count: int) -> bool:
    """"A, B and C were the cinematographer, editor and composer": as many singular job nouns after the names as
    names, one each (not "A and B were the writers and producers": both, a plural for each job)."""
    m = _NOUN_LIST.match(text, at)
    if not m:
        return False
    nouns = re.findall(_NOUN, m.group(0))
    return len(nouns) == count and not any(re.search(r"[a-z]s\b", n) for n in nouns)


_MORE_ACTS_RESPECTIVELY = re.compile(rf"(?P<acts>(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:{_ACT}))+)\s*,?\s+respectively\b")
_GAPPED_ACT = re.compile(rf"\s*,?\s+(?:and|while|whereas)\s+(?P<name>{NAME_RX})\s+(?:(?:with|for)\s+)?(?:the|its)\s+(?:film['’]s\s+)?"
                         rf"(?P<act>{_ACT})(?=\s*(?:[.,;]|$))")
# "The film marks the debut of A as a producer", "A's debut as a cinematographer": a first credit, this film's
_DEBUT_AS = re.compile(rf"\b(?:debut\s+of\s+(?P<names>{_NAMES})|(?P<poss>{NAME_RX})['’]s\s+(?:\w+\s+)?debut)\s+as\s+"
                       rf"(?:an?\s+|the\s+)?(?P<noun>{_NOUN})\b")
# "Quell turned to A for the score": a person engaged for a job's work
# "For the music, the studio assigned A", "For the score, Lune Pictures hired A": a fronted work, then an engagement
_FOR_ACT_ENGAGED = re.compile(rf"^[Ff]or\s+{_FILMS_OWN}(?P<act>{_ACT}),\s+(?:the\s+(?:studio|producers?|director|company)|he|she|they|"
                              rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})\s+(?:{_ENGAGE})\s+(?=[A-Z])")
# "Composer A, who scored Other Title, left the project and was replaced by B": the job noun before A, in one clause
# (A is the subject: only an aside and lower-case words between, "left the project in late 2016 and")
_REPLACED_BY = re.compile(rf"(?<![\w'’-])(?P<noun>{_NOUN})\s+(?:{NAME_RX})(?:,\s+who\s+[^,;]{{1,80}},)?"
                          r"(?:\s+[a-z0-9][\w'’-]*+){0,14}?\s+(?:was|were)\s+(?:later\s+)?replaced\s+by\s+")
# "A produced alongside B", "A co-wrote the film together with B": the partner after the verb (and its object)
_VERB_ALONGSIDE = re.compile(rf"(?<![\w'’-])(?P<verb>{_ACTIVE})\s+(?:{_FILMS_OWN}(?:film|movie|picture|{_ACT})\s+)?"
                             r"(?:alongside|together\s+with)\s+")
_ENGAGE_FOR = re.compile(rf"\b(?:{alternation(_F['engage_for'])})\s+(?P<names>{_NAMES})\s+for\s+{_FILMS_OWN}{_ADJ}(?P<act>{_ACT})\b")
_HONOURED = re.compile(r"\s+(?:(?:was|were)\s+(?:also\s+)?(?:nominated|shortlisted|honou?red)|(?:also\s+)?(?:won|received|earned)\b)")
_PARTNER = re.compile(r"(?:\s+(?:through|under|via)\s+[^,.;]{1,40}?)?\s+(?:alongside|along\s+with|together\s+with)\s+(?=[A-Z])")


_DUO = re.compile(_DUO_RX)


def _duo_members(article: Article, name: str) -> list[str]:
    """'composed by Ora–Bede': the duo as written, one credit, when no part of it opens a full name the article gives;
    when every part does ('directed by Ora–Bede' where the article names 'Ora Pell' and 'Bede Marrow'), the two
    people, each the one full name of the article its part opens."""
    if not _DUO.fullmatch(name):
        return [name]
    people = People(x.text for x in article.sentences)
    full = [people.by_first(part) for part in name.split("–")]
    return full if all(full) else [name]


def credits(article: Article, s: Sentence, kinds: set[str]) -> list[Credit]:
    """Every crew credit the sentence states, by every frame."""
    text = s.text
    out: list[Credit] = []
    lead = "lead" in kinds
    music_section = "music" in kinds

    cues = _cues(text)
    if not cues and not (lead and s.idx <= 1) and not ("made " in text and " by " in text and ("'s " in text or "’s " in text)):
        # (the first sentence may credit its maker without a job word: "a film by A"; "made by A's company")
        return []
    has_noun = "noun" in cues
    has_act = "act" in cues
    has_by = " by " in text or "credited to" in text
    # The film's own title may read like another work ("Not Another Title"): blank it for that test.
    otext = text.replace(article.title, "_" * len(article.title)) if article.title and len(article.title) > 3 else text

    banners = _banners(article)
    directors = _lead_director_surnames(article) if not lead else frozenset()

    def add(role: str, names: list[str], *, vouched: bool = True, engaged: bool = False, owner: bool = False) -> None:
        for n in names:
            n = _without_prefix(n)
            if n in _NAME_PREFIXES:
                continue  # "composed by the Hungarian": a nationality is nobody's name
            r = _accept(role, n, vouched=vouched or owner)
            if r and (n in banners or (r in {"producer", "executive_producer"} and _legal_company(article, n))):
                r = "production_company" if r in {"producer", "executive_producer"} else ""
            if engaged and r == "director" and not lead and directors and n.split()[-1] not in directors:
                continue  # the lead credits another director: "A was hired to direct" was a first choice
            if r and n in text and not (" " not in n and _first_name_only(article, text, n)):
                out.extend(Credit(s.idx, r, one, owner) for one in (_duo_members(article, n) if "–" in n else [n]))

    for m in _PASSIVE_RX.finditer(text) if has_by and "passive" in cues and _HAS_PASSIVE.search(text) else ():
        # Another work named after the credit counts only up to the next comma: "directed by A, and a
        # sequel to Other Title" credits A; "directed by A for the remake" does not.
        if _NEGATED.search(text[: m.start()]) or _other_work_upto(otext, m.start(), m.end()):
            continue
        if (_QUOTED_BEFORE.search(text[: m.start()]) and not _SONGS_NAMED.search(text, max(0, m.start() - 200), m.start())) \
                or _ONE_OF.search(text, max(0, m.start() - 80), m.start()):
            continue  # '"Song Title", written by A', "one of the songs was composed by A": a part's credit
        names = names_after(text, m.end())
        # Outside the lead a passive credit must be about the film or one of the role's works.
        subj = _clause(otext, m.start(), m.start())[-90:] + " | " + otext[max(0, m.start() - 90): m.start()]
        # "The music for the film was written, produced and performed by A": the subject is another job's
        # work, so the verbs are that work's making (A composed it), not a writer's or a producer's credit.
        work = _WORK_SUBJECT.search(text, max(0, m.start() - 120), m.start())
        work_role = ACTIVITY_ROLE.get(_key(work.group("act")), "") if work else ""
        if work_role in _WORK_ROLES:
            if work_role == "composer" and _key(work.group("act")) in _MADE_WORKS and any(
                    _key(v) in _MAKING_VERBS for v in re.findall(_PASSIVE, m.group("verbs"))):
                add("composer", names)
        for v in re.findall(_PASSIVE, m.group("verbs")):
            role = PASSIVE_ROLE[_key(v)]
            if work_role in _WORK_ROLES and role != work_role:
                continue
            if role in {"writer", "composer", "story"} and not _FOR_SCREEN.search(m.group(0)) and (
                    _about_source(text, m.start(), own := _own_kind_rx(article)) or (_SOURCE_SUBJECT.match(
                    _clause(text, m.start(), m.start())) and not (own and own.match(_clause(text, m.start(), m.start()).lstrip())))) \
                    and not (role == "composer" and re.search(r"\bsongs?\b", text[max(0, m.start() - 60): m.start()])
                             and not re.search(r"\blyric", text[max(0, m.start() - 60): m.start()], re.I)):
                continue  # "the novel written by A", "lyrics written by A"
            opening = _opening_participle(text, otext, m.start(), m.end())
            if _key(v) in NEEDS_CUE and not opening and not _cued(text, role, m.start(), music_section and role == "composer"):
                continue
            own = _clause_upto(text, m.start(), m.end())
            if (not lead and _YEAR_FILM.search(own)) or _OTHER_YEAR_FILM.search(own) \
                    or _DATED_TITLE_BEFORE.search(otext, max(0, m.start() - 60), m.start()):
                continue  # "the 1986 film Other Title, co-directed by A", "Other Title (1969), directed by A"
            if role == "writer" and re.search(r"\bsung\b", text[max(0, m.start() - 60): m.end()]):
                continue  # "sung by A and written by B": a song's lyricist
            acts = _ACTIVITY_OF_RX.get(role)
            if not lead and not _FILM_SUBJECT.search(subj) and not (acts and acts.search(subj)) and not music_section \
                    and not _TITLE_SUBJECT.search(otext, 0, m.start()) \
                    and not _FILM_WHICH.search(text[: m.start()]) \
                    and article.sections[s.section].heading.strip().lower() not in _SEGMENT_HEADINGS \
                    and not _own_kind_subject(article, subj) and not opening:
                continue  # (an anthology's "Segments" section: "Title (Place), written and directed by A" is the film's A)
            add(role, names)
            if role in {"writer", "producer"} and names and (end := text.find(names[-1], m.end())) >= 0:
                # "The screenplay was written by A in collaboration with B": B shares the credit
                partner = _COLLAB_PARTNER.match(text, end + len(names[-1]))
                if partner and not _PARTNER_OWN_JOB.match(text, partner.end()):
                    add(role, names_after(text, partner.end()))
            if names and _PRONOUN_FIRST.match(text, m.end()):
                before = list(dict.fromkeys(c.name for c in out if text.find(c.name) < m.start()))
                if len(before) == 1:
                    add(role, before)
            more = _CONTRIBUTIONS.match(text, m.end()) if names else None
            if more:
                add(role, names_after(text, more.end()))
    if "with " in text and "active" in cues and "ing" in text and not kinds & _CRITICISM and not _UNDONE.search(text):
        for role, names in _with_gerunds(text, otext):
            add(role, names, engaged=True)
    for m in _SCRIPT_ADAPTATION.finditer(text) if "adaptation by" in text else ():
        add("writer", names_after(text, m.end()))
    if "songs" in text and ("wr" in text or "pen" in text):
        add("composer", _song_writers(article, text, otext, kinds))
    for m in _SCRIPT_WORK.finditer(text) if " work" in text and not kinds & _CRITICISM else ():
        nm = _NAMES_BEFORE.search(text, max(0, m.start() - 120), m.start())
        if nm and not _NEGATED.search(text[: m.end()]) and not re.search(r"\b(?:not|never|n't)\b", m.group(0)) \
                and not _PREP_BEFORE.search(text[: nm.start()]) and not _other_work(otext, m.start(), m.end()):
            add("writer", _split(nm.group("names")))
    for m in _SECOND_VERB.finditer(text) if "active" in cues and " and " in text and not kinds & _CRITICISM else ():
        head = _CLAUSE_HEAD.search(text[: m.start()])
        subj = _HEAD_SUBJECT.match(head.group("head")) if head else None
        if not subj or "," in head.group("head")[subj.end():] or len(head.group("head")) - subj.end() > 100 \
                or _NEGATED.search(text[: m.start("verb")]) or _other_work(otext, m.start("verb"), m.end()):
            continue
        role = ACTIVE_ROLE[_key(m.group("verb"))]
        obj = _key(m.group("obj") or "")
        if (obj in ACTIVITY_ROLE and ACTIVITY_ROLE[obj] not in {role, "story"}) or _other_title_after(otext, m.end()) \
                or _LOCALISED.search(text, m.start("verb"), m.end()) or (obj in {"film", "movie", "picture"} and not _OBJ_END.match(text, m.end())):
            continue
        add(role, [trim_leading_stops(clean_name(subj.group("name")))])
        if m.group("with") and role in {"writer", "producer"}:
            add(role, names_after(text, m.end()))
    by = _FILM_BY.search(text) if lead and s.idx <= 1 else None
    if by and not _OTHER_WORK.search(otext, 0, by.end()) and len(YEAR_RX.findall(text[: by.end()])) <= 1:  # "X is a 1932 French film by A": the film's maker, or the jobs the description names
        desc = _DESCRIBED.match(text, by.end())
        jobs = _noun_roles(desc.group(0)) if desc else []
        for role in jobs or ["director"]:
            add(role, names_after(text, by.end()))
    for m in _UNDER_ACT.finditer(text) if has_act and "under" in text else ():
        if not _other_work(otext, m.start(), m.end()) and not _ACT_MODIFIER.search(text[: m.start("act")]):
            add(ACTIVITY_ROLE[_key(m.group("act"))], names_after(text, m.end()))
    for m in _AND_CO.finditer(text) if "co-" in text else ():
        # "A and co-writer B won …": A wrote it too (B is read as "co-writer B" below)
        role = NOUN_ROLE.get(_key(m.group("noun")))
        if role and not kinds & _CRITICISM - {"accolades"} and not _PREP_BEFORE.search(text[: m.start()]) \
                and not re.search(r"\b[a-z][\w-]*\s+$", text[: m.start()]):  # "art director A and co-writer B": A's own job
            add(role, [trim_leading_stops(clean_name(m.group("name")))])
    for m in _GOT_CREDIT.finditer(text) if "credit" in cues and "credit" in text else ():
        word, at = (m.group("word"), m.start("word")) if m.group("word") else (m.group("qword"), m.start("qword"))
        if not _NEGATED.search(text[:at]) and (m.group("who") or not _PREP_BEFORE.search(text[: m.start("names")])):
            add(CREDIT_ROLE[_key(word)], _split(m.group("names")))
    for m in _GIVEN_CREDIT.finditer(text) if "credit" in cues and "credit" in text else ():
        if not _NEGATED.search(text[: m.start()]):
            add(CREDIT_ROLE[_key(m.group("word") or m.group("qword"))], _split(m.group("names")))
    for m in _CREDIT_WENT.finditer(text) if "credit" in cues and "credit" in text else ():
        if not _NEGATED.search(text[: m.start()]):
            add(CREDIT_ROLE[_key(m.group("word"))], names_after(text, m.end()))
    for m in _SOLE_CREDIT.finditer(text) if has_noun and "credit" in text else ():
        nouns = _NOUN1_RX.findall(text, max(0, m.start() - 120), m.start())
        if nouns and not _NEGATED.search(text[: m.start()]) and not _other_work(otext, m.start(), m.end()):
            for role in _noun_roles(nouns[-1]):
                add(role, names_after(text, m.end()))
    line = _CREDIT_LINE.match(text) if _CREDIT_SEPARATOR.search(text) else None
    if line and not kinds & _CRITICISM:
        job = line.group("job")
        for role in _noun_roles(job) or [ACTIVITY_ROLE.get(_key(job), "")]:
            if role:
                add(role, _split(line.group("names")))
    for m in _PROMOTED.finditer(text) if has_noun and ("promoted" in text or "elevated" in text or " up" in text) else ():
        # "A and producer B returned, each being promoted to producer": the clause's subject holds the job
        stop = re.compile(r"[.;,]").search(otext, m.end())
        if _NEGATED.search(text[: m.start()]) or _OTHER_WORK.search(otext, m.end(), stop.start() if stop else len(otext)):
            continue  # ("returned for the sequel, each promoted to producer" is this film; "… on the sequel" is not)
        subject = _CLAUSE_HEAD.search(text, 0, m.start())
        names = subject and names_after(_JOB_WORD.sub("", subject.group("head")), 0)
        for role in _noun_roles(m.group("noun")) if names else ():
            add(role, names)
    for m in _DEBUT_AS.finditer(text) if has_noun and "debut" in text else ():
        # (the film's own debut: "The film marks …", not "Other Title marked …" nor "his debut as director in 1990")
        if _other_work(otext, m.start(), m.end()) or YEAR_RX.search(text, m.end(), m.end() + 12) or \
                re.search(r"\b(?:in|with|on)\s+[A-Z]", text[m.end(): m.end() + 12]):
            continue
        if not re.search(r"\b(?:[Tt]he\s+(?:film|movie)|[Ii]t|[Tt]his)\s+(?:also\s+)?(?:marks|marked|was|is)\b", text[: m.start()]) \
                and not (m.group("poss") and _FILM_SUBJECT.search(text[m.end():])):
            continue
        names = _split(m.group("names")) if m.group("names") else [trim_leading_stops(clean_name(m.group("poss")))]
        for role in _noun_roles(m.group("noun")):
            add(role, names)
    paired = _acts_respectively(text)
    for role, name in paired:
        add(role, [name])
    for m in _ACTIVITY_BY.finditer(text) if (has_by or " work of " in text or " fell to " in text or " went to " in text) \
            and has_act and not paired else ():
        if _NEGATED.search(text[: m.start()]) or _other_work(otext, m.start(), m.end()):
            continue
        before = _clause(text, m.start(), m.start())
        upto = before[: max(0, before.find(m.group(0)))] if m.group(0) in before else before
        if re.search(r"\blyric", upto + m.group(0), re.I) or _ACT_MODIFIER.search(text[: m.start()]):
            continue  # "lyrics for the songs by A", "art direction by A"
        act = _key(m.group("act"))
        if ACTIVITY_ROLE[act] == "story" and (_STORY_SOURCE.search(text, max(0, m.start() - 8), m.start()) or (
                act == "stories" and (m.group("act")[0].isupper() or _BASED_ON_SOME.search(upto)))):
            continue  # "based on short stories written by A": the stories are the source, not a credit
        if ACTIVITY_ROLE[act] == "story" and (b := _BASED_ON_THE.search(text, max(0, m.start() - 30), m.start())) \
                and _BASED_ON_SOME.search(text, 0, b.start()):
            continue  # "based on the 1939 screenplay by A, based on the story by B": the source's source, not a credit
        if _DATED_WORK.search(text, max(0, m.start() - 12), m.start()):
            continue  # "based on the 1950 screenplay by A": a dated screenplay is an earlier work's
        if re.search(r"\bof\s+(?:the|its|his|her|their)\s+$", text[: m.start()]) and _SOURCE_WORK.search(before):
            continue  # "a novelization of the screenplay was written by A"
        if (_USES.search(before + m.group(0)) and not _FILM_FEATURES.search(text[: m.start("act")])) or (act in {"songs", "soundtrack", "music"} and not re.search(
                r"\b(?:composed|scored|created|by)\b", m.group(0)) and not music_section):
            continue  # "the soundtrack includes music by A": a work the film uses
        if act == "songs" and not re.search(r"\bcomposed\b", m.group(0)):
            continue  # "songs by A" names a performer as often as a composer
        add(ACTIVITY_ROLE[act], names_after(text, m.end()))
    for m in _JOBS_AND_PASSIVE.finditer(text) if has_by and has_act else ():
        if _other_work(otext, m.start(), m.end()) or _NEGATED.search(text[: m.start()]) or not re.search(
                r"(?:^|[,.;:(]|\b(?:the\s+)?(?:film|movie)(?:['’]s)?)\s*$", text[: m.start()], re.I):
            continue  # the jobs open the credit; "as his maiden direction and produced by B" is no list
        names = names_after(text, m.end())
        for act in re.findall(_ACT, m.group("acts")):
            if _key(act) in ACTIVITY_ROLE:
                add(ACTIVITY_ROLE[_key(act)], names)
    for m in _ACTIVE_LIST_RX.finditer(text) if "active" in cues and _TAILS["active_list"].search(text) else ():
        if _OTHER_WORK.search(otext[m.start(): m.end() + 25]) or kinds & _CRITICISM or _PREP_BEFORE.search(
                text[: m.start("names")]) or _publication_before(text, m.start("names")):
            continue
        rest = text[m.end():]
        if not re.match(r"\s*(?:,|\.|$|\s+(?:and\s+)?(?:the|this|its)\s+(?:film|movie|picture)\b|\s+it\b|\s+and\s+"
                        r"(?:stars?|starred|acts?|acted|appears?|appeared)\b)", rest):
            continue  # "A wrote and directed another short": the object is not this film
        who = trim_leading_stops(clean_name(m.group("names")))
        for v in re.findall(_ACTIVE, m.group("verbs")):
            if not _ambiguous_active(article, text, v, who, m.end()):
                add(ACTIVE_ROLE[_key(v)], [who])
    for m in _ACTIVE_RX.finditer(text) if "active" in cues and _TAILS["active"].search(text) else ():
        aside = "," in text[m.end("names"): m.start("verb")]  # "A, who had shot his earlier films, photographed the film"
        if (_other_work_after(otext, m.start("verb"), m.end()) if aside else _other_work(otext, m.start("verb"), m.end())):
            continue
        if _FIRST_FILM.match(text, m.start("verb"), m.end() + 40):
            continue  # "A, who had directed the first film, declined to return": a series' first instalment
        obj = _key(m.group("obj"))
        role = ACTIVE_ROLE[_key(m.group("verb"))]
        if obj in ACTIVITY_ROLE and ACTIVITY_ROLE[obj] not in {role, "story"}:
            continue
        if obj in {"film", "movie", "picture", "project", "it"} and not _OBJ_END.match(text, m.end()):
            continue  # "directed the film Other Title", "wrote film treatments"
        if obj == "it" and (role == "writer" or len(_split(m.group("names"))) > 1 or _SOURCE_WORK.search(text)
                            or "," in text[m.end("names"): m.start("verb")]):
            continue  # "A edited it" is the film's, but not "the play ... A directed it", nor "A wrote it" (a letter)
        if _other_title_after(otext, m.end()) or _LOCALISED.search(text, m.start("verb"), m.end()):
            continue  # "composed the score for Other Title", "wrote the English-language dialogue"
        names = m.group("names")
        if (_PREP_BEFORE.search(text[: m.start("names")]) or _COPULA_BEFORE.search(text, 0, m.start("names"))) \
                and ", and " in names and not kinds & _CRITICISM:
            # (or a copula's: "The cinematographer was A, and B edited the film")
            # "shot in Ruritania, and A edited the film": the preposition's object, then a clause of A's own
            names = names[names.rindex(", and ") + 6:]
        elif kinds & _CRITICISM or _publication_before(text, m.start("names")) or _PREP_BEFORE.search(
                text[: m.start("names")]):
            continue  # "Daily Paper scored the film two stars" is a rating
        pair_then = _PAIR_THEN_CLAUSE.search(names)
        if pair_then:  # "… by A and B, and C photographed the film": C opens a clause of its own
            names = names[pair_then.end() :]
        named = [n for n in _split(names) if not _ambiguous_active(article, text, m.group("verb"), n, m.end())]
        if len(named) > 1 and _PREP_JOB_BEFORE.search(text, max(0, m.start("names") - 40), m.start("names")):
            named = named[-1:]  # "the company of comedian A, and B, who produced": the list is the preposition's but B
        elif len(named) > 1 and re.search(r"\bby\s+$", text[: m.start("names")]) and "," in m.group("names"):
            named = named[1:]  # "Based upon a novel by A, B produced the film": A is the participle's"
        if not named:
            continue
        add(role, named)
        own = _WHO_OWN.match(text, m.end("names"), m.start("verb")) if aside and ", who " in text else None
        if own and _OBJ_END.match(text, own.end()) and not _other_title_after(otext, own.end()):
            # "A, who wrote the screenplay, also directed the film": the aside's own job on this film, too
            own_role, own_obj = ACTIVE_ROLE[_key(own.group("verb"))], _key(own.group("obj"))
            if (own_obj not in ACTIVITY_ROLE or ACTIVITY_ROLE[own_obj] in {own_role, "story"}) and own_obj != "it":
                add(own_role, [n for n in named if not _ambiguous_active(article, text, own.group("verb"), n, own.end())])
        partner = _WITH_PARTNER.match(text, m.end())
        if partner and role in {"writer", "producer"} and not _PARTNER_OWN_JOB.match(text, partner.end()):
            add(role, names_after(text, partner.end()))
            more = _THROUGH_AND.match(text, partner.end())
            if more:  # "along with A through his Other Studios, and B": B too
                add(role, names_after(text, more.end()))
    for m in _WHO_ALSO.finditer(text) if "active" in cues and ", who " in text and not kinds & _CRITICISM else ():
        role = ACTIVE_ROLE[_key(m.group("verb"))]
        obj = _key(m.group("obj") or "")
        if (obj in ACTIVITY_ROLE and ACTIVITY_ROLE[obj] not in {role, "story"}) or _other_work(otext, m.start("verb"), m.end()) \
                or _ambiguous_active(article, text, m.group("verb"), m.group("name"), m.end()):
            continue
        add(role, [trim_leading_stops(clean_name(m.group("name")))])
        if m.group("with") and role in {"writer", "producer"}:
            add(role, names_after(text, m.end()))
    if "behind" in text.lower() and not _DIRECTING.search(text) and not kinds & _CRITICISM:
        for m in _NAME_IS_PLACE.finditer(text):
            if not _PREP_BEFORE.search(text[: m.start("names")]) and not _other_work_after(otext, m.start("place"), m.end()):
                add(_COPULAR_JOBS[" ".join(m.group("place").lower().split())], _split(m.group("names")))
        for m in _PLACE_IS_NAME.finditer(text):
            if not _other_work_after(otext, m.start(), m.end()):
                add(_COPULAR_JOBS[" ".join(m.group("place").lower().split())], names_after(text, m.end()))
    for m in _CO_WITH.finditer(text) if "passive" in cues and " with " in text and not kinds & _CRITICISM else ():
        # "The screenplay was co-written with A": the film or the role's work as subject, the partner named by "with"
        role = PASSIVE_ROLE.get(_key(m.group("verb")), "")
        subj = _clause(otext, m.start(), m.start())
        acts = _ACTIVITY_OF_RX.get(role)
        if not role or not (_FILM_SUBJECT.search(subj) or (acts and acts.search(subj))) or _NEGATED.search(text[: m.start()]) \
                or _other_work_upto(otext, m.start(), m.end()) or _SOURCE_SUBJECT.match(subj):
            continue
        names = names_after(text, m.end())
        if names and not _IN_MIND.match(text, text.find(names[-1], m.end()) + len(names[-1])):
            add(role, names)
    for m in _BARE_ACTIVE.finditer(text) if "active" in cues and not kinds & _CRITICISM else ():
        if not _other_work(otext, m.start("verb"), m.end()):
            add(ACTIVE_ROLE[_key(m.group("verb"))], _split(m.group("names")))
    for rx, tail in ((_AS_NOUN, "as"), (_IS_NOUN, "is"), (_APPOS_BEFORE, "appos")) if has_noun else ():
        for m in rx.finditer(text) if _TAILS[tail].search(text) else ():
            if _other_work(otext, m.start("noun"), m.end()) or (
                    _PREP_BEFORE.search(text[: m.start("names")]) and not (rx is _APPOS_BEFORE and "'s" in m.group(0))):
                continue  # "..., who had served as producer on Other Title, was announced as ..."
            if re.search(r",\s+who\s+[^,;.]*$", text[: m.start("names")]):
                continue  # "A, who had shot Other Title, returned as ...": the clause's object (_REL_AS_NOUN reads A)
            if len(_split(m.group("names"))) > 1 and ("respectively" in text[m.end(): m.end() + 80] or _paired_nouns(
                    text, m.start("noun"), len(_split(m.group("names"))))):
                continue  # "A and B served as cinematographer and editor (respectively)": each one job (_RESPECTIVELY)
            if rx is _AS_NOUN and m.group("who") and (not m.group("joined") or _other_title_after(otext, m.end())
                                                      or not _OBJ_END.match(text, m.end())):
                continue  # "A, who is credited as producer …" ("A, who served as producer on Other Title" is another's)
            if rx is _AS_NOUN and not m.group("joined"):
                # Bare "A as the editor": only in a list of jobs ("..., while A as the composer").
                pre = text[: m.start("names")].rstrip()
                if m.group("names").startswith(("With ", "While ")):  # ("With A as cinematographer, …": the opener)
                    pre += " " + m.group("names").split(" ", 1)[0].lower()
                if not re.search(r"(?:,|\band|\bwhile|\bwith|\bwhereas)$", pre) or kinds & {"cast", "plot"}:
                    continue
            partner = _PARTNER.match(text, m.end()) if rx is _AS_NOUN and m.group("joined") else None
            for role in _noun_roles(m.group("noun")):
                add(role, _split(m.group("names")), engaged=bool(rx is _AS_NOUN and m.group("joined")))
                if partner:  # "A joined as producer through his banner alongside B": B shares the job
                    add(role, names_after(text, partner.end()))
            gapped = _GAPPED.match(text, m.end()) if rx is _IS_NOUN or (rx is _AS_NOUN and m.group("joined")) else None
            if gapped:  # "A was the editor, and B the cinematographer": the verb left out
                for role in _noun_roles(gapped.group("noun")):
                    add(role, [trim_leading_stops(clean_name(gapped.group("name")))])
    for m in _REL_AS_NOUN.finditer(text) if has_noun and ", who " in text else ():
        who = NAME_AT_END.search(text, max(0, m.start() - 60), m.start())
        if who and not _other_work(otext, m.start("noun"), m.end()) and not _PREP_BEFORE.search(text[: who.start()]):
            for role in _noun_roles(m.group("noun")):
                add(role, [trim_leading_stops(clean_name(who.group(0)))], engaged=True)
    for rx in (_NOUN_IS, _APPOS_AFTER) if has_noun else ():
        for m in rx.finditer(text):
            if _other_work(otext, m.start(), m.end()):
                continue
            names = names_after(text, m.end())
            if rx is _APPOS_AFTER:
                rest = text[m.end():]
                nm = _NAMES_RE.match(rest)
                if not nm or not re.match(r"\s*(?:,|\.|;|$|\(|\s+(?:who|and|was|is|had|has|would|said|later))",
                                          rest[nm.end():]):
                    continue
            for role in _noun_roles(m.group("noun")):
                add(role, names)
                later = _STEPPED_IN.match(text, m.end()) if names and rx is _NOUN_IS else None
                if later:  # "The film's producer was A, but B later stepped in": B took the job too
                    add(role, [trim_leading_stops(clean_name(later.group("name")))])
    for m in _PREMOD.finditer(text) if has_noun and "accolades" in kinds else ():
        # "composer A was nominated for Best Original Score": in the film's accolades, its own crew
        role = NOUN_ROLE.get(_key(m.group("noun")), "")
        nm = _NAMES_RE.match(text, m.end()) if role in _DIRECTORS_CREW else None
        if nm and _HONOURED.match(text, nm.end()) and not _other_work(otext, m.start(), nm.end()) and not re.search(
                r"[A-Z][\w.]*\s*$", text[: m.start()]):
            add(role, _split(nm.group(0)))
    roll = bool(has_noun and kinds & _REVIEWS and _ROLL.search(text))
    if has_noun and (not kinds & _CRITICISM or roll) and not _OCCASION.search(text):
        # (an occasion or a dispute names people by their trade: "a launch attended by producer A"; a review
        # names them so only in a roll of the film's jobs: "for producer A, director B and scenarist C")
        for m in _PREMOD.finditer(text):
            roles = _noun_roles(m.group("noun"))
            role = roles[0] if len(roles) == 1 else ""
            if role == "" or (role == "director" and not (
                    kinds & _MAKING_SECTIONS and _lead_silent_on_director(article)
                    and not re.search(r",\s*$", text[: m.start()]))) or (
                    _key(m.group("noun")) in {"writer", "writers"} and not _WRITING_AFTER.match(
                    text, m.end())) or (role in {"producer", "executive_producer"} and not kinds & {"production", "filming", "development"} and not roll
                         and not (lead and m.group("noun").islower() and _FOR_PRODUCER.search(text, max(0, m.start() - 80), m.start()))
                         and not (m.start() == 0 and "cast" in kinds and _CASTING_DEED.match(text, m.end()))):
                continue  # "director A said": too often someone else (but "writers A and B worked on the script")
            if _CAST_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "B plays the producer A": a character
            pre = text[: m.start()]
            if _SUBJECT_BEFORE.search(pre, max(0, m.start() - 60)):
                continue  # "a documentary about the samba composer A": the film's subject, not its crew
            cap = re.search(r"([A-Z][\w.]*)\s*$", pre)
            if (cap and cap.group(1).lower() not in STOP_CAPS and not re.search(r"(?:^|[.;:]\s*)$", pre)) \
                    or _OTHER_MEDIA.search(pre):
                continue  # "Magazine editor A", "sound editor A", "Italian film producer A", but "As producer A"
            by = _BY_BEFORE.search(pre)
            if by and (not by.group("verb") or PASSIVE_ROLE.get(_key(by.group("verb")), role) != role):
                continue  # "directed by cinematographer A", "as told by editor A": a trade, not a credit
            nm = _NAMES_RE.match(text, m.end())
            # "The cinematographer A, who had shot B's earlier films, used …": the aside tells of A's other work, not
            # of the job the noun credits (blanked for the other-work test)
            aside = _WHO_ASIDE.match(otext, nm.end()) if nm else None
            wtext = otext[: aside.start()] + " " * (aside.end() - aside.start()) + otext[aside.end():] if aside else otext
            if _other_work(wtext, m.start(), m.end()) or _making_other(otext, m.start()) or (
                    role in _DIRECTORS_CREW and _possessor_not_director(article, text, m.start())):
                continue
            if nm and _LOCALISED.search(text[nm.end(): nm.end() + 60]):
                continue  # "Screenwriters A and B wrote the English-language dialogue": a dub's writers
            if nm and _LEFT_JOB.search(text, nm.end(), (text.find(";", nm.end()) + 1 or len(text) + 1) - 1):
                continue  # "Composer A, who scored Other Title, left the project": the job A did not do
            if nm:
                if role == "composer" and _SONG_WORK.match(text, nm.end()):
                    continue  # "Composer A wrote a song for the film": a song, not the score
                names = _split(nm.group(0))
                if not re.search(r"\sand\s|&", nm.group(0)) and re.match(r"\s+[a-z]", text[nm.end():]):
                    names = names[:1]  # "According to producer A, B said …": B starts a clause, not a list
                # "producer A's alma mater", "producers A and B's contract": the possessive still names them
                # (but "A's and B's choice" is A's alone)
                if names and re.search(r"['’]s?$", names[0]):
                    names = names[:1]
                names = [re.sub(r"['’]s?$", "", n) for n in names]
                if role == "producer" and names:
                    # ("producer A's Other Pictures": A, the owner of the company)
                    names = [re.sub(r"['’]s\s.*$", "", n) for n in names]
                    names = [n for n in names if n.split()[-1] not in _executive_producers(article)]
                add(role, names)
    for m in _RESPECTIVELY.finditer(text) if has_noun and _TAILS["respectively"].search(text) else ():
        names = _split(m.group("names"))
        nouns = _NOUN_RX.findall(m.group("nouns"))
        if "respectively" not in text and any(re.search(r"[a-z]s\b", n) for n in nouns) and len(names) >= 2:
            for noun in nouns:  # "A and B were the writers and producers": both, each job
                for role in _noun_roles(noun):
                    add(role, names)
        elif len(names) == len(nouns) >= 2:
            for n, noun in zip(names, nouns, strict=True):
                for role in _noun_roles(noun):
                    add(role, [n])
    for m in _OWN_SCRIPT.finditer(text) if has_by else ():
        if not _other_work(otext, m.start(), m.end()):
            add("writer", [trim_leading_stops(clean_name(m.group("name")))])
            if m.group("with") or re.search(r"\swith\s+$", m.group(0)):  # "… a screenplay co-written with B"
                add("writer", names_after(text, m.end()))
    for m in _ONE_IS_NOUNS.finditer(text) if has_noun and _TAILS["one_is"].search(text) else ():
        if not (_other_work(otext, m.start("nouns"), m.end()) or _PREP_BEFORE.search(text[: m.start("name")])):
            for noun in re.findall(_NOUN, m.group("nouns")):
                for role in _noun_roles(noun):
                    add(role, [trim_leading_stops(clean_name(m.group("name")))])
    for m in _ENGAGE_AS.finditer(text) if has_noun and " as " in text else ():
        if _other_work(otext, m.start(), m.end()) or _UNDONE.search(text) or _PREP_BEFORE.search(text[: m.start()]):
            continue
        for role in _noun_roles(m.group("noun")):
            add(role, _split(m.group("names")))
    for m in _REPLACED_RX.finditer(text) if has_noun else ():
        if not _other_work(otext, m.start("noun"), m.end()):
            for role in _noun_roles(m.group("noun")):
                add(role, _split(m.group("names")))
    for m in _ADAPT_RX.finditer(text) if "passive" in cues else ():
        if not _other_work(otext, m.start(), m.end()) and not _PREP_BEFORE.search(text[: m.start("names")]):
            add("writer", _split(m.group("names")))
    for m in _HANDLED_RX.finditer(text) if has_act and _TAILS["handled"].search(text) else ():
        role = ACTIVITY_ROLE[_key(m.group("act"))]
        if re.search(r"\bwork", m.group(0)) and role not in _DIRECTORS_CREW:
            continue  # "A worked on the script": a draft, as often as a credit
        if _PART_ONLY.match(text, m.end()):
            continue  # "A provided the score for a single sequence": a part, not the film's credit
        if not (_other_work_after if m.group("aside") else _other_work)(otext, m.start("act"), m.end()) \
                and not kinds & _CRITICISM \
                and not _publication_before(text, m.start("names")) and not _other_title_after(otext, m.end()):
            resp = _MORE_ACTS_RESPECTIVELY.match(text, m.end()) if "respectively" in text else None
            if resp:  # "A and B handled the cinematography and editing respectively": each one job
                acts = [m.group("act"), *re.findall(_ACT, resp.group("acts"))]
                named = _split(m.group("names"))
                if len(acts) == len(named):
                    for act, n in zip(acts, named, strict=True):
                        if _key(act) in ACTIVITY_ROLE:
                            add(ACTIVITY_ROLE[_key(act)], [n])
                continue
            add(role, _split(m.group("names")))
            gapped = _GAPPED_ACT.match(text, m.end())
            if gapped:  # "A handled the cinematography and B the editing": the verb left out
                add(ACTIVITY_ROLE[_key(gapped.group("act"))], [trim_leading_stops(clean_name(gapped.group("name")))])
    for m in _POSSESSIVE.finditer(text) if has_act and _HAS_POSS.search(text) else ():
        rest = otext[m.end():]  # ("A's score to Title the Movie": this film's own title, blanked, is no other work)
        if re.match(r"\s+(?:to|for|in|from|on|of)\s+(?:the\s+)?(?:first|previous|original|earlier|other|his|her|their|"
                    r"another|[A-Z0-9])", rest) or _other_work(otext, m.start(), m.end()):
            continue
        if _ACT_MODIFIER.search(text, m.start(), m.start("act")):
            continue  # "A's musical direction", "A's sound editing": another job's work, not the activity's
        name = m.group("name") or m.group("bare")
        if m.group("bare") and not is_person(clean_name(name)):
            continue  # "a Ruritania score", "a Dolby soundtrack": attributive, but no person's
        add(ACTIVITY_ROLE[_key(m.group("act"))], [trim_leading_stops(clean_name(name))], vouched=False)
    for rx in (_ENGAGE_RX, _ENGAGED_RX) if cues & {"inf", "act"} and _HAS_INF.search(text) else ():
        for m in rx.finditer(text):
            job = "inf" if m.group("inf") else "work"
            if _other_work(otext, m.start(job), m.end()) or _UNDONE.search(text) or _AT_FIRST.search(text, 0, m.start()):
                continue
            rest = text[m.end():]
            role = INFINITIVE_ROLE[_key(m.group("inf"))] if job == "inf" else ACTIVITY_ROLE[_key(m.group("work"))]
            if job == "work":
                if not re.match(r"\s*(?:[.,;]|$|\s+(?:for|to)\s+(?:the|this)\s+(?:film|movie)\b)", rest):
                    continue  # "to provide the music for Other Title"
            elif _key(m.group("inf")) == "adapt":
                if not _ADAPT_OBJ.match(text, m.end()):
                    continue  # "to adapt the novel into a stage play", "to adapt the theme"
            elif not _FILMS_WORK_AFTER.match(rest) and not re.match(r"\s*[.,;]", rest):
                continue
            names = _split(m.group("names"))
            if rx is _ENGAGED_RX and _PREP_BEFORE.search(text[: m.start("names")]):
                names = names[1:]  # "In addition to A, B and C were hired": A is the preposition's
            add(role, names, engaged=True)
    for m in _HAND_TO.finditer(text) if "inf" in cues and " to " in text else ():
        job = _TO_INF_AFTER.match(text, m.end())
        if not job or _other_work(otext, m.start(), job.end()) or _UNDONE.search(text):
            continue
        if _key(job.group("inf")) == "adapt" and not _ADAPT_OBJ.match(text, job.end()):
            continue
        if _key(job.group("inf")) != "adapt" and not re.match(
                rf"\s+(?:{_FILMS_OWN}{_ADJ}(?:{_ACT}|film|movie|picture)\b)|\s*(?:[.,;]|$)", text[job.end():]):
            continue
        names = names_after(text, m.end())
        if names and text.find(names[-1], m.end()) + len(names[-1]) <= job.start("inf"):
            add(INFINITIVE_ROLE[_key(job.group("inf"))], names)
    for m in _ENGAGE_FOR.finditer(text) if has_act and " for " in text else ():
        if not (_other_work(otext, m.start(), m.end()) or _UNDONE.search(text) or _other_title_after(otext, m.end())
                or _ACT_MODIFIER.search(text, 0, m.start("act"))):
            add(ACTIVITY_ROLE[_key(m.group("act"))], _split(m.group("names")))
    for m in _FOR_ACT_ENGAGED.finditer(text) if has_act and text.startswith(("For ", "for ")) else ():
        # "For the music, the studio assigned A": the fronted work names the job the engaged person took
        if not (_other_work(otext, m.start(), m.end()) or _UNDONE.search(text) or _ACT_MODIFIER.search(text, 0, m.start("act"))):
            add(ACTIVITY_ROLE[_key(m.group("act"))], names_after(text, m.end()))
    for m in _REPLACED_BY.finditer(text) if has_noun and "replaced by" in text else ():
        # "Composer A … left the project and was replaced by B": B took the job the noun names
        if not (_other_work(otext, m.start(), m.end()) or _NEGATED.search(text, 0, m.start())):
            for role in _noun_roles(m.group("noun")):
                add(role, names_after(text, m.end()))
    for m in _VERB_ALONGSIDE.finditer(text) if "active" in cues and ("alongside" in text or "together with" in text) else ():
        # "A produced alongside B": the partner shares the verb's job (the subject is read by the other frames)
        if not (_other_work(otext, m.start(), m.end()) or _NEGATED.search(text, 0, m.start()) or kinds & _CRITICISM):
            add(ACTIVE_ROLE[_key(m.group("verb"))], names_after(text, m.end()))
    for m in _OWNER_BANNER.finditer(text) if ("roduc" in text or "ankroll" in text or "made " in text) and ("'s " in text or "’s " in text) else ():
        if m.group("firm") and not is_company(clean_name(m.group("firm"))):
            continue
        if not _other_work(otext, m.start(), m.end()) and not _NEGATED.search(text[: m.start()]):
            who = m.group("name") or m.group("owner") or m.group("holder")
            # (a one-word name owns the banner only when the sentence says so: "A's own banner", "A's company"; in
            # "together with Other's B" the possessive is B's employer, so "Other" stays no person)
            owner = not m.group("name") or bool(_OWN_BANNER_WORD.match(text, m.end("name")))
            add("producer", [trim_leading_stops(clean_name(who))], vouched=False, owner=owner)
    for m in _THE_TWO.finditer(text) if "active" in cues and (" two " in text or " both of them" in text.lower()) else ():
        if _other_work(otext, m.start(), m.end()) or not _OBJ_END.match(text, m.end()):
            continue
        named = list(dict.fromkeys(n for n in all_names(text[: m.start()]) if is_person(n)))
        if len(named) >= 2:
            add(ACTIVE_ROLE[_key(m.group("verb"))], named[-2:])
    for m in _PRONOUN_AND.finditer(text) if "active" in cues and ("he and " in text) else ():
        if _other_work(otext, m.start(), m.end()) or not _OBJ_END.match(text, m.end()):
            continue
        before = list(dict.fromkeys(c.name for c in out if text.find(c.name) < m.start()))
        role = ACTIVE_ROLE[_key(m.group("verb"))]
        add(role, [*(before if len(before) == 1 else []), *_split(m.group("names"))])
    for m in _PRONOUN_WITH.finditer(text) if "active" in cues and not kinds & _CRITICISM else ():
        role = ACTIVE_ROLE[_key(m.group("verb"))]
        obj = _key(m.group("obj"))
        if role not in {"writer", "producer"} or (obj in ACTIVITY_ROLE and ACTIVITY_ROLE[obj] not in {role, "story"}) \
                or _other_work(otext, m.start(), m.end()) or _LOCALISED.search(text, m.start("verb"), m.end()):
            continue
        names = names_after(text, m.end())
        last = text.find(names[-1], m.end()) + len(names[-1]) if names else -1
        if names and not _other_title_after(otext, last):  # "… with A for Other Title": another work's
            add(role, names)
    for b in _BRACKET_JOB.finditer(text) if (has_noun or has_act) and "(" in text and not kinds & {"cast", "plot"} else ():
        job = _key(b.group("job"))
        role = NOUN_ROLE.get(job) or ACTIVITY_ROLE.get(job, "")
        m = NAME_AT_END.search(text, max(0, b.start() - 60), b.start()) if role else None
        if not m:
            continue
        listed = re.match(r"\s*(?:,|and\b|&)", text[b.end():]) or re.search(r"(?:,|\band|&|:)\s*$", text[: m.start()])
        if listed and not _other_work(otext, m.start(), b.end()):
            add(role, [trim_leading_stops(clean_name(m.group(0)))], vouched=False)
    if out and _in_other_version(article, s, kinds):
        return []
    return out


# "In 2013 the troupe lost a case to A, the film's producer, over royalties": after the film's making (its legacy,
# where a sequel's or a remake's people are met too) a credit is read only where the sentence calls the job the
# film's own, in apposition to the name.
_FILMS_JOB_TAIL = re.compile(rf",\s+(?:the|this)\s+(?:film|movie)['’]s\s+(?P<noun>{_NOUN}),")
_FILMS_JOB_BEFORE = re.compile(rf"\b(?:[Tt]he|[Tt]his)\s+(?:film|movie)['’]s\s+(?P<noun>{_NOUN}),\s+(?P<name>{NAME_RX}),")


def films_own_appositives(article: Article, s: Sentence, kinds: set[str]) -> list[Credit]:
    """Credits of a sentence outside the making of the film that names the job as the film's own: "A, the film's
    producer," and "the film's producer, A," (not "its producer" nor "the producer": another film may be meant)."""
    text = s.text
    if "film's" not in text and "film’s" not in text and "movie's" not in text and "movie’s" not in text:
        return []
    if _in_other_version(article, s, kinds):
        return []
    otext = text.replace(article.title, "_" * len(article.title)) if article.title and len(article.title) > 3 else text
    found: list[tuple[str, str]] = []
    for m in _FILMS_JOB_TAIL.finditer(text):
        nm = NAME_AT_END.search(text, max(0, m.start() - 60), m.start())
        if nm:
            found += [(role, trim_leading_stops(clean_name(nm.group(0)))) for role in _noun_roles(m.group("noun"))
                      if not _other_work(otext, m.start("noun"), m.end())]
    for m in _FILMS_JOB_BEFORE.finditer(text):
        found += [(role, trim_leading_stops(clean_name(m.group("name")))) for role in _noun_roles(m.group("noun"))
                  if not _other_work(otext, m.start(), m.end())]
    return [Credit(s.idx, role, name) for role, name in found if name and name in text and _accept(role, name) == role]


_IN_PLACE = re.compile(rf"^(?:In\s+(?:his|her|their)\s+place|Instead),?\s+.{{0,40}}?\b(?:{_ENGAGE}|turned\s+to)\s+")
_UNAVAILABLE = re.compile(r"\b(?:not\s+available|unavailable|declined|could\s+not|couldn't|was\s+busy|turned\s+down|"
                          r"left|dropped\s+out|withdrew)\b")


def replacement(prev: Sentence | None, s: Sentence) -> list[Credit]:
    """"A was unavailable. In his place, the director hired B": B takes the role the previous
    sentence of the paragraph names."""
    m = _IN_PLACE.search(s.text)
    if not m or prev is None or prev.para != s.para or not _UNAVAILABLE.search(prev.text):
        return []
    noun = _NOUN_WORD.search(prev.text)
    if not noun:
        return []
    roles = _noun_roles(noun.group(0))
    return [Credit(s.idx, role, n) for role in roles for n in names_after(s.text, m.end())
            if _accept(role, n) and n in s.text]


# Literal prefilters (bot/rxgate.py): these frames need words most sentences lack, and each is
# tried at every name or word boundary otherwise. The words are read from the patterns themselves.
gate(globals(), "_REPLACED_RX", "_HANDLED_RX", "_ADAPT_RX", "_ACTIVITY_BY", "_IS_NOUN", "_PASSIVE_RX")
# Picked by replaying the calls the extractors make over the corpus with and without a prefilter.
gate(globals(), "_GOT_CREDIT", "_OTHER_WORK", "_OCCASION", "_CREDIT_WENT", "_JOBS_AND_PASSIVE")
# Picked by replaying the extractors' calls over the corpus and seed with and without a prefilter.
gate(globals(), "_ACTIVE_RX", "_RESPECTIVELY", "_APPOS_BEFORE", "_SOURCE_WORK", "_BANNER_RX")
# The prose classes of issue 9 (hand-over, owner's banner, pronoun partner, taking over, contributions).
gate(globals(), "_HAND_TO", "_OWNER_BANNER", "_PRONOUN_AND", "_STEPPED_IN", "_CONTRIBUTIONS", "_THE_TWO", "_ENGAGE_FOR")
# Pronoun-led partners (issue 9, later pass).
gate(globals(), "_PRONOUN_WITH")
# A frame no word gate can test: behind a lookahead of its opening letters (bot/rxgate.py).
opening(globals(), "_PREMOD")
# Found by replaying the extractor's calls over the seed and corpus (every answer compared, none differs):
# the role-word scan of every sentence (``_cues``) skips to the letters a word can open with.
gate(globals(), "_HAS_POSS")
opening(globals(), "_WORD")
# Alternations run as their alternatives, each only where the words it requires are (bot/rxgate.py's Pruned;
# picked by replaying the extractor's calls over the corpus and seed, every answer compared, none differs).
prune(globals(), "_OTHER_WORK")
