"""``python -m bench.wikimovies``: /ask on the WikiMovies benchmark (Miller et al. 2016), hits@1.

Why this exists: our own question sets are written by us, for our parser. WikiMovies is an
outside, templated benchmark over Wikipedia lead sections, with a published figure to stand
beside (KV-MemNN reading the documents: 76.2% hits@1 on wiki_entities test). It tells the
owner of ``bot/ask`` which kinds of question the engine cannot yet route or answer.

What is measured, precisely (the figures are only comparable under these rules):

* **Documents.** The original ``wiki.txt`` is lost; ``approx_docs/`` holds prust lead
  extracts for the films the *test* questions mention (see ``../shared/corpus/SOURCES.md``).
  Each record is ingested as the article ``"Title\\nExtract"``, like the lead extracts in
  ``bench/__main__.py``. The database is cached as ``data/wikimovies-<hash>.db``; the hash
  covers the documents and the parser sources, so a changed extractor rebuilds it.
* **Question type and entity.** Test questions carry the upstream per-type label (the 13
  ``categories/*_test.txt`` files). Dev has no such files, so its questions are typed by the
  templates learnt from the test labels ("who directed {}?" → movie_to_director); the slot of
  the template is the question's entity (a film, a person or a tag).
* **Restricted set ("the answer appears").** A question is kept when its answer is in our
  documents, decided on :func:`bot.matching.normalize`-d text with whole-word matching:
  - film → attribute types (``movie_to_*``): some gold answer occurs in the extract of a
    film whose WikiMovies title equals the entity (every same-title record counts: remakes);
  - attribute → film types (``*_to_movie``): the entity (person or tag) occurs in the
    extract of at least one gold answer film (so that film is findable from the text).
  Everything else (most dev questions, whose films have no extract; most IMDb rating and
  vote questions, whose answers "good"/"famous" are never in the text) is dropped and
  counted in the "kept" column. Like upstream's own wiki_entities filter ("if the Wikipedia entry
  did not mention Ridley Scott as the director … the QA pair would be removed", which in practice
  meant *mentioned anywhere*), the answer need not be stated in the asked role: "who wrote Swing
  Vote?" is kept because Joshua Michael Stern is named, as its director.
* **Hit (hits@1).** The bot's *top* answer must be a gold answer, so a list answer is cut to
  its first item: for ``films.list`` the first ``;``-separated film, whose title (year and
  " as Character" dropped) must equal a gold title (:func:`bot.matching.title_key`); for
  ``cast.list`` and ``crew.*`` the first name (items split on ``;``, ``,``, `` and ``,
  ``&``; also for ``identity.keywords``, the few words "describe X" gets); for anything else (year, genre, language, date) the whole answer, since it states
  one value. The gold answer must then occur in that top item (normalised, whole words).
  For a question naming a film, the bot must also have answered about a film of that title.
  A quoted sentence (``fallback.sentence``) is never a hit: the bot picked no answer; how
  often the quote contains a gold answer is reported beside it ("quote").
* **Abstained** = ``Answer.abstained`` (said "don't know" or asked which film);
  **confident-wrong** = not abstained, ``Answer.confident``, not a hit: the costly failure.
* **Why missed.** Each miss gets one cause (:func:`miss_cause`: person not recognised, asked
  which same-title film, misrouted to a film, gold listed but not first, surname only, …),
  printed per type: that table, not the hit rate, is what tells the engine's owner what to fix.

Runtime: the whole split is asked by default (about 10 s for test on 2 cores, plus ~20 s to
build the database once); ``--limit N`` asks a deterministic sample of N kept questions.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bot.matching import normalize, title_key

ROOT = Path(__file__).resolve().parent.parent
WM = ROOT.parent / "shared" / "corpus" / "wikimovies"
DOCS = WM / "approx_docs" / "prust_lead_extracts_for_test_movies.jsonl.gz"
QDIR = WM / "questions" / "wiki_entities"
SPLITS = {"dev": QDIR / "wiki-entities_qa_dev.txt", "test": QDIR / "wiki-entities_qa_test.txt"}
CATEGORIES = QDIR / "categories"
ENTITIES = WM / "knowledge_source" / "entities.txt"

#: KV-MemNN reading the documents, wiki_entities test, hits@1 (Miller et al. 2016, Table 2).
PAPER_HITS1 = 0.762

#: Types whose question names a film and asks for one of its attributes.
FILM_TO_ATTR = frozenset({
    "movie_to_actors", "movie_to_director", "movie_to_genre", "movie_to_imdbrating", "movie_to_imdbvotes",
    "movie_to_language", "movie_to_tags", "movie_to_writer", "movie_to_year",
})
#: Types whose question names a person or tag and asks for films.
ATTR_TO_FILM = frozenset({"actor_to_movie", "director_to_movie", "tag_to_movie", "writer_to_movie"})

#: Sources whose change must rebuild the cached database (they decide what facts it holds).
_PARSER_SOURCES = ("bot/ingest.py", "bot/store.py", "bot/article.py", "bot/facts.py", "bot/sentences.py")


# --- questions -------------------------------------------------------------------------------------------
@dataclass
class Question:
    """One WikiMovies question with its gold answers, type and the entity its template slot holds."""

    text: str
    answers: list[str]
    qtype: str = "unknown"
    entity: str = ""


@dataclass
class Template:
    """A question pattern with one slot, e.g. ``who directed {}?``, learnt from the typed test files."""

    pattern: str
    qtype: str
    count: int
    regex: re.Pattern = field(init=False, repr=False)

    def __post_init__(self) -> None:
        pre, post = self.pattern.split("{}", 1)
        self.regex = re.compile(re.escape(pre) + "(.+)" + re.escape(post))


def parse_line(line: str) -> Question | None:
    """``1 <question>\\t<a1>, <a2>, …`` → Question. Answers are split on ", " as upstream does;
    a title holding ", " (rare) is split too, which can only make a gold answer shorter."""
    line = line.rstrip("\n")
    if "\t" not in line:
        return None
    q, a = line.split("\t", 1)
    q = q.split(" ", 1)[1] if " " in q else q
    answers = [x.strip() for x in a.split(", ") if x.strip()]
    return Question(q, answers) if answers else None


def load_split(split: str) -> list[Question]:
    out = []
    with open(SPLITS[split], encoding="utf-8") as fh:
        for line in fh:
            q = parse_line(line)
            if q is not None:
                out.append(q)
    return out


def load_categories() -> dict[str, list[Question]]:
    """The upstream per-type test files (they also hold 48 rating/vote questions not in the test split)."""
    out: dict[str, list[Question]] = {}
    for f in sorted(CATEGORIES.glob("wiki-entities_qa_*_test.txt")):
        qtype = f.name.removeprefix("wiki-entities_qa_").removesuffix("_test.txt")
        qs = [q for q in (parse_line(x) for x in f.read_text(encoding="utf-8").splitlines()) if q]
        for q in qs:
            q.qtype = qtype
        out[qtype] = qs
    return out


def _slot_candidates(question: str, entities: set[str]) -> list[str]:
    """Every run of words in *question* that is a known entity (with or without the final "?" or ",",
    since titles such as "Why Worry?" end in one)."""
    toks = question.split(" ")
    out = []
    for i in range(len(toks)):
        for j in range(i + 1, len(toks) + 1):
            raw = " ".join(toks[i:j])
            for s in {raw, raw.rstrip("?,").strip()}:
                if s and s.lower() in entities:
                    out.append(s)
    return out


def learn_templates(categories: dict[str, list[Question]], entities: set[str]) -> list[Template]:
    """Templates per type. A question has many entity-shaped spans ("movie" and "actors" are tags),
    so each question takes the span whose template is the most common one among all questions of its
    type: the shared wording wins over accidental entity matches. Most specific (longest) first."""
    rows = [(q, _slot_candidates(q.text, entities)) for qs in categories.values() for q in qs]
    votes: Counter = Counter()
    for q, cands in rows:
        for t in {q.text.replace(s, "{}", 1) for s in cands}:
            votes[(t, q.qtype)] += 1
    chosen: Counter = Counter()
    for q, cands in rows:
        if cands:
            s = max(cands, key=lambda s: (votes[(q.text.replace(s, "{}", 1), q.qtype)], len(s)))
            chosen[(q.text.replace(s, "{}", 1), q.qtype)] += 1
    temps = [Template(t, qtype, n) for (t, qtype), n in chosen.items()]
    return sorted(temps, key=lambda t: (-len(t.pattern), -t.count))


def match_template(text: str, templates: list[Template], entities: set[str]) -> tuple[str, str]:
    """(type, entity) of *text*: among matching templates prefer a slot that is a known entity,
    then the more frequent template; ("unknown", "") when none matches."""
    best: tuple[tuple, str, str] | None = None
    for t in templates:
        m = t.regex.fullmatch(text)
        if not m:
            continue
        ent = m.group(1).strip()
        key = (ent.lower() in entities, t.count, len(t.pattern))
        if best is None or key > best[0]:
            best = (key, t.qtype, ent)
    return (best[1], best[2]) if best else ("unknown", "")


def typed_questions(split: str) -> tuple[list[Question], str]:
    """The split's questions with type and entity, and how they were typed (for the report)."""
    entities = {x.strip().lower() for x in ENTITIES.read_text(encoding="utf-8").splitlines() if x.strip()}
    categories = load_categories()
    templates = learn_templates(categories, entities)
    labels = {(q.text, tuple(q.answers)): q.qtype for qs in categories.values() for q in qs}
    qs = load_split(split)
    for q in qs:
        qtype, q.entity = match_template(q.text, templates, entities)
        q.qtype = labels.get((q.text, tuple(q.answers)), qtype)
    how = "upstream per-type files" if split == "test" else f"{len(templates)} templates learnt from the test per-type files"
    return qs, how


# --- documents and the restriction -----------------------------------------------------------------------
def load_docs(path: Path = DOCS) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(x) for x in fh if x.strip()]


def docs_by_title(docs: list[dict]) -> dict[str, list[dict]]:
    """WikiMovies title (normalised) → its records; several for remakes sharing a title."""
    out: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        out[normalize(d["wikimovies_title"])].append(d)
    return out


def _occurs(needle: str, hay: str) -> bool:
    """Whole-word occurrence on normalised text ("drama" is in "comedy-drama", not in "dramatic")."""
    n = normalize(needle)
    return bool(n) and f" {n} " in f" {hay} "


def supporting_docs(q: Question, index: dict[str, list[dict]]) -> list[dict]:
    """The documents in which *q*'s answer appears (see the module docstring); empty → not kept."""
    if q.qtype in FILM_TO_ATTR:
        docs = index.get(normalize(q.entity), [])
        return [d for d in docs if any(_occurs(a, normalize(d["extract"])) for a in q.answers)]
    if q.qtype in ATTR_TO_FILM:
        return [d for a in q.answers for d in index.get(normalize(a), []) if _occurs(q.entity, normalize(d["extract"]))]
    return []


# --- the database ----------------------------------------------------------------------------------------
def cache_path(docs_file: Path = DOCS) -> Path:
    h = hashlib.sha256(docs_file.read_bytes())
    for rel in _PARSER_SOURCES:
        p = ROOT / rel
        if p.exists():
            h.update(p.read_bytes())
    for p in sorted((ROOT / "bot" / "extract").glob("*.py")) + sorted((ROOT / "bot" / "migrations").glob("*")):
        if p.is_file():
            h.update(p.name.encode() + p.read_bytes())
    return ROOT / "data" / f"wikimovies-{h.hexdigest()[:12]}.db"


async def build_db(path: Path, docs: list[dict]) -> dict:
    """Ingest each record as the article "Title\\nExtract" (as ``bench/__main__.py`` does for leads)."""
    from bot.database import connect
    from bot.ingest import BadArticle, prepare
    from bot.store import save_film

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    t = time.perf_counter()
    conn = await connect(tmp)
    ok = bad = 0
    seen: set[str] = set()
    for d in docs:
        extract = (d.get("extract") or "").strip()
        key = f"{d['title']}\n{extract}"
        if not extract or key in seen:
            bad += not extract
            continue
        seen.add(key)
        try:
            article, facts, digest = prepare(f"{key}\n".encode())
        except BadArticle:
            bad += 1
            continue
        await save_film(conn, article, facts, source_file="wikimovies", sha256=digest, year=d.get("year"))
        ok += 1
    await conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    tmp.replace(path)
    return {"films": ok, "skipped": bad, "seconds": time.perf_counter() - t}


# --- grading ---------------------------------------------------------------------------------------------
_LIST_SPLIT = re.compile(r";|,(?!\s*\d)|\band\b|&")
_FILM_TAIL = re.compile(r"\s*\((?:\d{4}|film|[^)]*\bfilm)\)?.*$|\s+as\s+.*$")


_SHARED_NOTE = re.compile(r"\nAbout [^\n]*; also: [^\n]*$")


def top_item(ans) -> str:
    """The bot's top answer (the rule in the module docstring): the first item of a list answer,
    else the whole answer."""
    # the line naming other films of the same title ("\nAbout X (1990); also: X (1955) — add the year …")
    # is no part of the answer: its "also: " once passed for the list's colon, and its title for the top item
    text = _SHARED_NOTE.sub("", ans.answer).strip()
    if ans.kind == "films.list":
        body = text.split(": ", 1)[1] if ": " in text else text
        first = body.split(";", 1)[0].strip().rstrip(".…")
        return _FILM_TAIL.sub("", first).strip()
    if ans.kind in ("cast.list", "identity.keywords") or ans.kind.startswith("crew."):
        body = text.split(": ", 1)[1] if ": " in text else text
        return _LIST_SPLIT.split(body, 1)[0].strip()
    return text


def grade(q: Question, ans, film_title: str | None) -> dict:
    """One question's outcome: hit, abstained, confident-wrong, whether a quoted sentence held the
    answer, and the cause of a miss (:func:`miss_cause`)."""
    row = {"question": q.text, "type": q.qtype, "entity": q.entity, "gold": q.answers, "answer": ans.answer,
           "kind": ans.kind, "confidence": round(ans.confidence, 3), "film": film_title, "top": "", "hit": False,
           "abstained": ans.abstained, "confident_wrong": False, "quote": False, "wrong_film": False}
    if ans.abstained:
        return row | {"cause": miss_cause(q, row)}
    top = top_item(ans)
    row["top"] = top
    if ans.kind == "films.list":
        keys = {title_key(a) for a in q.answers}
        hit = bool(top) and title_key(top) in keys
    else:
        hit = any(_occurs(a, normalize(top)) for a in q.answers)
    if q.qtype in FILM_TO_ATTR and film_title is not None and title_key(film_title) != title_key(q.entity):
        row["wrong_film"] = True
        hit = False
    if ans.kind == "fallback.sentence":
        row["quote"] = hit
        hit = False
    row["hit"] = hit
    row["confident_wrong"] = ans.confident and not hit
    row["cause"] = miss_cause(q, row)
    return row


def miss_cause(q: Question, row: dict) -> str:
    """Why a question was missed, in the terms the engine's owner can act on (routing, film choice,
    extraction, ranking); "hit" for a hit."""
    a, kind = row["answer"], row["kind"]
    if row["hit"]:
        return "hit"
    if kind == "need_film":
        if a.startswith("Which film do you mean"):
            return "ambiguous title (asked which film)"
        if a.startswith("Which film is this about"):
            return "no film or person recognised"
        return "ambiguous person (asked which)"
    if kind == "abstain":
        return "abstained"
    if kind == "fallback.sentence":
        return "quoted a sentence holding the answer" if row["quote"] else "quoted a sentence"
    if q.qtype in ATTR_TO_FILM and kind != "films.list":
        return f"misrouted: read as a question about a film ({kind})"
    if row["wrong_film"]:
        return "answered about another film"
    norm = normalize(a)
    if kind == "films.list":
        if any(title_key(x) == title_key(_FILM_TAIL.sub("", i).strip()) for x in q.answers for i in a.split(": ", 1)[-1].split(";")):
            return "gold film listed, but not first"
        return "wrong films listed"
    if any(_occurs(x, norm) for x in q.answers):
        return "gold in the answer, but not first"
    top_words = normalize(row["top"]).split()
    if top_words and any(normalize(x).split()[-1:] == top_words[-1:] for x in q.answers):
        return "surname only (full name not given)"
    return f"wrong value ({kind})"


async def evaluate(lib, questions: list[Question]) -> list[dict]:
    """Ask every question (in order) and grade it."""
    from bot.ask import answer

    rows = []
    for q in questions:
        ans = await answer(lib, q.text)
        film = lib.film(ans.film_id) if ans.film_id is not None else None
        rows.append(grade(q, ans, film.title if film else None))
    return rows


def summarise(rows: list[dict]) -> dict:
    """Per-type and overall rates (hits@1, abstained, confident-wrong, quote-holds-answer)."""
    def rates(rs: list[dict]) -> dict:
        n = len(rs)
        f = (lambda k: sum(r[k] for r in rs) / n) if n else (lambda k: 0.0)
        return {"n": n, "hits1": f("hit"), "abstained": f("abstained"), "confident_wrong": f("confident_wrong"),
                "quote": f("quote"), "wrong_film": f("wrong_film")}

    by: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by[r["type"]].append(r)
    clear = [r for r in rows if not r["cause"].startswith("ambiguous title")]
    return {"overall": rates(rows), "types": {t: rates(by[t]) for t in sorted(by)}, "unambiguous_titles": rates(clear)}


# --- the run ---------------------------------------------------------------------------------------------
def select(questions: list[Question], index: dict[str, list[dict]], limit: int | None,
           seed: int = 0) -> tuple[list[Question], Counter, Counter]:
    """The restricted questions to ask (in file order), and per type how many the split holds and
    how many are restricted. With *limit*, a deterministic sample (seeded) of that many of them."""
    totals = Counter(q.qtype for q in questions)
    kept = [q for q in questions if supporting_docs(q, index)]
    kept_totals = Counter(q.qtype for q in kept)
    if limit is not None and limit < len(kept):
        picked = set(random.Random(seed).sample(range(len(kept)), limit))
        kept = [q for i, q in enumerate(kept) if i in picked]
    return kept, totals, kept_totals


def report(summary: dict, totals: Counter, meta: dict) -> str:
    """The printed table: per type and overall, beside the paper's figure."""
    lines = [
        f"WikiMovies wiki_entities {meta['split']} — /ask hits@1 on questions whose answer appears in approx_docs",
        f"  database: {meta['films']:,} films ({meta['db']}); types: {meta['typed_by']}",
        f"  questions: {meta['split_total']:,} in split, {meta['restricted']:,} kept (answer in documents), "
        f"{summary['overall']['n']:,} evaluated" + (f" (deterministic sample, --limit {meta['limit']})" if meta.get("limit") else "")
        + f"; {meta['seconds']:.1f} s",
        "",
        f"  {'type':<22} {'in split':>8} {'kept':>6} {'asked':>6} {'hits@1':>7} {'abstain':>8} {'conf-wrong':>10} {'quote':>6} {'wrong film':>10}",
    ]

    kept = meta.get("kept_by_type", {})

    def row(name: str, total: int, n_kept: int, r: dict) -> str:
        if not r["n"]:
            return f"  {name:<22} {total:>8} {n_kept:>6} {0:>6} {'-':>7} {'-':>8} {'-':>10} {'-':>6} {'-':>10}"
        return (f"  {name:<22} {total:>8} {n_kept:>6} {r['n']:>6} {r['hits1']:>7.1%} {r['abstained']:>8.1%} "
                f"{r['confident_wrong']:>10.1%} {r['quote']:>6.1%} {r['wrong_film']:>10.1%}")

    for t in sorted(set(totals) | set(summary["types"])):
        r = summary["types"].get(t, {"n": 0, "hits1": 0.0, "abstained": 0.0, "confident_wrong": 0.0, "quote": 0.0, "wrong_film": 0.0})
        lines.append(row(t, totals.get(t, 0), kept.get(t, 0), r))
    lines.append(row("OVERALL", sum(totals.values()), meta["restricted"], summary["overall"]))
    lines.append(f"  {'paper: KV-MemNN (Doc)':<22} {'':>8} {'':>6} {'':>6} {PAPER_HITS1:>7.1%}   "
                 "(full test split, original wiki.txt — not the same question set)")
    u = summary.get("unambiguous_titles")
    if u and u["n"]:
        lines.append(f"  without the {summary['overall']['n'] - u['n']:,} questions where the bot asked which same-title film: "
                     f"hits@1 {u['hits1']:.1%} of {u['n']:,}")
    lines.append("  quote = a quoted sentence held a gold answer (not counted as a hit); "
                 "wrong film = answered about another film")
    return "\n".join(lines)


def causes(rows: list[dict], top: int = 6) -> str:
    """Per type, the commonest reasons for a miss (counts over the evaluated questions)."""
    by: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        by[r["type"]][r["cause"]] += 1
    out = []
    for t in sorted(by):
        n = sum(by[t].values())
        parts = [f"{c} {k}" for k, c in by[t].most_common() if k != "hit"][:top]
        out.append(f"  {t} ({n}): " + "; ".join(parts))
    return "\n".join(out)


def examples(rows: list[dict], per_type: int, seed: int = 1) -> str:
    """A few misses per type, so the report says *why* a type fails, not only that it does."""
    by: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if not r["hit"]:
            by[r["type"]].append(r)
    out = []
    rng = random.Random(seed)
    for t in sorted(by):
        out.append(f"  -- {t}")
        for r in rng.sample(by[t], min(per_type, len(by[t]))):
            out.append(f"     Q: {r['question']}  | gold: {', '.join(r['gold'][:4])}")
            out.append(f"     A: [{r['kind']} {r['confidence']:.2f}] {r['answer'][:140]}")
    return "\n".join(out)


async def run(split: str, limit: int | None, *, db: Path | None = None, docs: list[dict] | None = None,
              questions: list[Question] | None = None) -> dict:
    """Everything: documents → (cached) database → restricted questions → answers → figures.

    *db*, *docs* and *questions* default to the cache, all of ``approx_docs`` and the whole split;
    the smoke test passes a handful of each so it runs in seconds."""
    from bot.library import Library

    t0 = time.perf_counter()
    docs = load_docs() if docs is None else docs
    index = docs_by_title(docs)
    if db is None:
        db = cache_path()
    if not db.exists():
        print(f"Building {db.name} from {len(docs):,} lead extracts …", file=sys.stderr, flush=True)
        info = await build_db(db, docs)
        print(f"  {info['films']:,} films in {info['seconds']:.0f} s", file=sys.stderr, flush=True)
        if db.parent == ROOT / "data":
            prune_caches(keep=db)
    if questions is None:
        questions, how = typed_questions(split)
    else:
        how = "given by the caller"
    kept, totals, kept_totals = select(questions, index, limit)
    lib = await Library.open(db)
    try:
        t = time.perf_counter()
        rows = await evaluate(lib, kept)
        ask_s = time.perf_counter() - t
        n_films = len(lib.films)
    finally:
        await lib.close()
    summary = summarise(rows)
    try:
        db_label = str(db.relative_to(ROOT))
    except ValueError:
        db_label = str(db)
    meta = {"split": split, "films": n_films, "db": db_label, "typed_by": how, "split_total": len(questions),
            "restricted": sum(kept_totals.values()), "kept_by_type": dict(kept_totals), "limit": limit, "seconds": time.perf_counter() - t0, "ask_seconds": ask_s}
    return {"meta": meta, "summary": summary, "totals": dict(totals), "rows": rows}


def prune_caches(keep: Path) -> None:
    """Drop older ``data/wikimovies-*.db`` files: each parser change makes a new one, and each is ~13 MB."""
    for p in keep.parent.glob("wikimovies-*.db*"):
        if not p.name.startswith(keep.name):
            p.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.wikimovies", description=__doc__.split("\n", 1)[0])
    ap.add_argument("--split", choices=sorted(SPLITS), default="test")
    ap.add_argument("--limit", type=int, default=None, help="evaluate a deterministic sample of N kept questions")
    ap.add_argument("--examples", type=int, default=3, help="misses shown per type (0: none)")
    ap.add_argument("--json", type=Path, default=None, help="also write every graded question here")
    args = ap.parse_args(argv)
    res = asyncio.run(run(args.split, args.limit))
    print(report(res["summary"], Counter(res["totals"]), res["meta"]))
    print("\nWhy questions were missed (per type: count and cause):")
    print(causes(res["rows"]))
    if args.examples:
        print("\nMisses (sampled):")
        print(examples(res["rows"], args.examples))
    if args.json:
        args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
