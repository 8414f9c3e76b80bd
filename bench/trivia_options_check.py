"""Count a trivia sample's wrong options that break issue 12's option rules, by class (mechanical
checks only, written independently of bot/trivia/options.py so a bug there can't hide behind it).

Why: blind judging is slow; between rounds this counts, with the library's own knowledge, what the
round-6 judges marked: a person offered outside their known working years (nearest credited film
more than 15 years away, or outside their known years and far from the middle of them), an acting
award's bit player, a craft award's director or someone never credited in that craft, an animated
film's live-action category, a "which film won" option of another year, a name-the-film option of
a clashing genre family, a cast option of another industry, a child's part or a player of the same
role; and (round 7) a person all of whose films are of another country/language than the film's
(cast and crew), a cast option whose first film is 20+ years before the answer's, an award
category the film could not have won (a genre word it lacks, a feature award for a short, editing
for a cartoon), a "which film won" option of another country at a national ceremony, a "which did
<director> direct" option of another medium or country, a source-work option that is a film's
title; and (round 8) a person of another language's films (a film's language stated, or its director's or
most of its people's), or placed by language where the film is not in a country of several film
languages, a player whose every cast sentence calls them a host/personality or a cameo or who is credited
only in documentaries (for a part, an acting award, a script or a review), a critic option credited in a
film, a source author whose adaptations are all 25+ years away or of other genre families, a category
first given 4+ years after the film, an award nominee whose first film came after the year. The sample's
own articles outside seeds/ and the corpus (unseen leads) join the library. "(weak)" classes are counted apart: a last credit more than five years before the film, a
person with no dated film, a title of another unmarked genre.

    .venv/bin/python -m bench.trivia_sample seeds/her-2013.txt ../shared/corpus/articles/*.txt --per-film 12 --across 12 --seed 77 --out /tmp/optA.jsonl
    .venv/bin/python -m bench.trivia_options_check /tmp/optA.jsonl [--show CLASS]

The library (seeds/ and ../shared/corpus/articles, as trivia_sample builds it) is ingested into a
temporary database first.
"""
from __future__ import annotations

import asyncio
import collections
import json
import re
import sqlite3
import statistics
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.database import connect  # noqa: E402
from bot.ingest import ingest_paths  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "articles"


def n(s: str) -> str:
    """A name or title folded for comparison (accents, case, punctuation)."""
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", s).split())


FAMILIES = {  # the checker's own coarse genre families (not bot/vocab/options.toml's)
    "spec": "science fiction space opera fantasy superhero sci fi",
    "anim": "animated animation computer animated anime",
    "doc": "documentary",
    "horror": "horror slasher zombie",
    "comedy": "comedy slapstick parody spoof",
    "crime": "noir crime thriller mystery heist gangster detective",
    "war": "war",
    "drama": "drama melodrama biographical tragedy period",
    "musical": "musical",
    "western": "western",
    "action": "action martial arts adventure",
    "romance": "romance romantic",
}
MARKED = {"spec", "anim", "doc", "horror", "musical", "western"}
AGE = re.compile(r"\b(baby|infant|child|kid|little (?:girl|boy)|toddler|newborn)\b", re.I)
ACTING = re.compile(r"\b(actor|actress|performance|supporting|lead)\b", re.I)
CRAFT = [(re.compile(r"art direction|production design|set decoration|make ?up|costume|visual effects|sound", re.I), None),
         (re.compile(r"direct", re.I), "director"), (re.compile(r"screenplay|writ", re.I), "writer"),
         (re.compile(r"score|music", re.I), "composer"),
         (re.compile(r"cinematograph|photograph", re.I), "cinematographer"), (re.compile(r"edit", re.I), "editor")]
AGES = {"young", "old", "the", "older", "younger", "little", "adult", "teenage", "elder"}


OFFSCREEN = re.compile(r"\b(personality|youtuber|youtube|fitness|host|presenter|interviewee|broadcaster|newsreader|vlogger|influencer)\b", re.I)
CAMEO = re.compile(r"\bcameo\b", re.I)


class Library:
    """What the library knows: films and years, each person's credits and years, origins, genres."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.films = {fid: (t, y) for fid, t, y in db.execute("SELECT id, title, year FROM films")}
        self.by_title: dict[str, list[int]] = collections.defaultdict(list)
        for fid, (t, _y) in self.films.items():
            self.by_title[n(t)].append(fid)
        self.years: dict[str, set[int]] = collections.defaultdict(set)
        self.credits: dict[str, set[tuple[int, str]]] = collections.defaultdict(set)
        self.roles: dict[str, list[tuple[int, str, int]]] = collections.defaultdict(list)
        for fid, actor, character, order in db.execute('SELECT film_id, actor, character, "order" FROM cast_members'):
            if self.films[fid][1]:
                self.years[n(actor)].add(self.films[fid][1])
            self.credits[n(actor)].add((fid, "actor"))
            self.roles[n(actor)].append((fid, character or "", order))
        for fid, name, role in db.execute("SELECT film_id, name, role FROM crew"):
            if self.films[fid][1]:
                self.years[n(name)].add(self.films[fid][1])
            self.credits[n(name)].add((fid, role))
        self.countries: dict[int, set[str]] = collections.defaultdict(set)
        self.genres: dict[int, set[str]] = collections.defaultdict(set)
        self.langs: dict[int, set[str]] = collections.defaultdict(set)
        for fid, k, v in db.execute("SELECT film_id, key, value FROM identity WHERE key IN ('country', 'language', 'genre')"):
            (self.genres if k == "genre" else self.countries)[fid].add(n(v))
            if k == "language":
                self.langs[fid].add(n(v))
        # (round 8) what the cast sentences say of a player, source authors' adaptations, award
        # categories' years by ceremony, critics
        self.offscreen: dict[str, list[bool]] = collections.defaultdict(lambda: [False, False])
        for actor, text in db.execute("SELECT c.actor, s.text FROM cast_members c JOIN sentences s ON s.id = c.sentence_id"):
            at = (text or "").find(actor or "\0")
            cued = at >= 0 and bool(OFFSCREEN.search(text[max(0, at - 40):at]) or CAMEO.search(text[at + len(actor):at + len(actor) + 25]))
            self.offscreen[n(actor)][0 if cued else 1] = True
        self.adapted: dict[str, set[int]] = collections.defaultdict(set)
        for fid, name in db.execute("SELECT film_id, name FROM crew WHERE role = 'based_on_author'"):
            self.adapted[n(name)].add(fid)
        self.category_years: dict[tuple[str, str], set[int]] = collections.defaultdict(set)
        for fid, ceremony, category in db.execute("SELECT film_id, ceremony, category FROM awards"):
            if self.films[fid][1]:
                self.category_years[(n(ceremony), n(category))].add(self.films[fid][1])
        self.directors: dict[int, set[str]] = collections.defaultdict(set)
        for fid, name in db.execute("SELECT film_id, name FROM crew WHERE role = 'director'"):
            self.directors[fid].add(n(name))
        self.people: dict[int, set[str]] = collections.defaultdict(set)
        for name, cs in self.credits.items():
            for f, _r in cs:
                self.people[f].add(name)
        tally: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        for fid, ls in self.langs.items():
            for c in self.countries[fid] - ls:
                tally[c].update(ls)
                tally[c]["*"] += 1
        self.several = {c for c, t in tally.items() if len(t) > 2 and max(v for k, v in t.items() if k != "*") < 0.7 * t["*"]}

    def families(self, fid: int) -> set[str]:
        return {f for g in self.genres.get(fid, ()) for f, words in FAMILIES.items()
                if any(re.search(rf"\b{w}\b", g) for w in words.split())}

    def film_of(self, q: dict) -> tuple[int | None, int | None]:
        """The question's film and its year (from the article's file name: the library may not know it)."""
        m = re.search(r"-(\d{4})\.txt$", q["article"].split()[0])
        y = int(m.group(1)) if m else None
        titled = self.by_title.get(n(q["film"]), [])
        cands = [f for f in titled if self.films[f][1] == y] or titled
        return (cands[0] if cands else None), y

    def check(self, q: dict) -> list[tuple[str, str]]:
        """(class, option) for each wrong option of *q* that breaks a rule."""
        fid, y = self.film_of(q)
        bad: list[tuple[str, str]] = []
        kind = q["kind"]
        person = (kind.startswith(("cast.", "crew.", "awards.recipient"))
                  and kind not in ("crew.production_company", "crew.distributor"))
        for o in (o for o in q["options"] if n(o) not in {n(a) for a in q["accepted_answers"]}):
            if person and y:
                bad += self._era(fid, y, kind, o)
            if kind.startswith(("title.", "films.")) and y:
                bad += self._film(fid, y, kind, o)
            if kind.startswith("cast.") and fid:
                bad += self._cast(fid, q, o)
            if kind.startswith("awards.recipient") and fid:
                bad += self._recipient(fid, q, o)
            if kind in ("awards.won", "awards.nominated") and fid and "anim" in self.families(fid):
                if re.search(r"cinematograph|actor|actress|performance|supporting|editing", o, re.I):
                    bad.append(("award:live-action-category", o))
            if person and fid and not kind.startswith("cast."):
                bad += [(c.replace("cast:", "person:"), x) for c, x in self._place(fid, o)]
            if kind.startswith("cast.") and fid:
                bad += self._generation(q, o)
            if kind in ("awards.won", "awards.nominated") and fid:
                bad += self._category(fid, q, o)
            if kind == "films.won_award" and re.search(r"National Film Awards", q["question"]):
                if not any("india" in c for f in self.by_title.get(n(o), []) for c in self.countries.get(f, ())):
                    bad.append(("award:national-other-country", o))
            if kind == "films.directed_by" and fid:
                ofs = self.by_title.get(n(o), [])
                mine, theirs = self.countries.get(fid, set()), set().union(*(self.countries.get(f, set()) for f in ofs)) if ofs else set()
                if ("anim" in self.families(fid)) != any("anim" in self.families(f) for f in ofs):
                    bad.append(("films:other-medium", o))
                elif mine and not mine & theirs:
                    bad.append(("films:other-country", o))
            if kind == "production.based_on" and self.by_title.get(n(o)):
                bad.append(("based_on:a-film-title", o))
            # round 8's classes
            if person and fid and kind != "crew.based_on_author":
                bad += self._language(fid, o)
            if (kind.startswith("cast.") or kind in ("crew.writer", "crew.screenplay", "reviews.quote")
                    or kind.startswith("awards.recipient") and ACTING.search(q["question"])):
                bad += self._non_actor(fid, o)
            if kind == "reviews.quote" and self.credits.get(n(o)):
                bad.append(("critic:credited-in-a-film", o))
            if kind == "crew.based_on_author" and fid:
                bad += self._author(fid, y, o)
            if kind in ("awards.won", "awards.nominated", "awards.won_or_nominated") and y:
                bad += self._not_yet(q, y, o)
            if kind.startswith("awards.recipient") and y and self.years.get(n(o)) and min(self.years[n(o)]) > y:
                bad.append(("award:nominee-debut-after-year", o))
        return bad

    def _film_langs(self, fid: int) -> set[str]:
        """The film's stated languages, or those of its director's / most of its people's other films."""
        if self.langs.get(fid):
            return self.langs[fid]
        votes: collections.Counter = collections.Counter()
        voters = set()
        for p in self.people.get(fid, ()):
            ls = {frozenset(self.langs[f]) for f, _r in self.credits[p] if f != fid and self.langs.get(f)}
            if len(ls) == 1:
                votes.update(next(iter(ls)))
                voters.add(p)
        if voters and all(v == len(voters) for v in votes.values()) and (
                voters & self.directors.get(fid, set()) or 2 * len(voters) > len(self.people.get(fid, ()))):
            return set(votes)
        return set()

    def _language(self, fid: int, o: str) -> list[tuple[str, str]]:
        """A person of another language's films, or placed by language where the film is not (or
        the reverse) in a country of several film languages."""
        films = {f for f, _r in self.credits.get(n(o), ())}
        if not films or fid in films:  # none known, or credited in this very film
            return []
        mine = self._film_langs(fid)
        theirs = set().union(*(self._film_langs(f) for f in films))
        if mine and theirs and not mine & theirs:
            return [("lang:other-language", o)]
        several = (self.countries.get(fid, set()) - mine) & self.several
        if several and bool(mine) != bool(theirs) and any(self.countries.get(f, set()) & several for f in films):
            return [("lang:unplaced-in-multilingual-country", o)]
        return []

    def _non_actor(self, fid: int | None, o: str) -> list[tuple[str, str]]:
        """A person known only from cast credits that call them a host, a personality or a cameo, or
        only from documentaries."""
        cued, other = self.offscreen.get(n(o), (False, False))
        films = {f for f, _r in self.credits.get(n(o), ())}
        if fid in films:
            return []
        if cued and not other:
            return [("person:non-actor(host/cameo)", o)]
        if films and all("doc" in self.families(f) for f in films) and not (fid and "doc" in self.families(fid)):
            return [("person:documentary-only", o)]
        return []

    def _author(self, fid: int, y: int | None, o: str) -> list[tuple[str, str]]:
        films = self.adapted.get(n(o), set()) - {fid}
        ys = [self.films[f][1] for f in films if self.films[f][1]]
        bad = []
        if y and ys and min(abs(v - y) for v in ys) > 25:
            bad.append(("author:adapted>25y-away", o))
        mine, theirs = self.families(fid), set().union(*(self.families(f) for f in films)) if films else set()
        if mine and theirs and not mine & theirs:
            bad.append(("author:genre-clash", o))
        return bad

    def _not_yet(self, q: dict, y: int, o: str) -> list[tuple[str, str]]:
        m = re.search(r" at (?:the )?(.+?)\?$", q["question"])
        if not m:
            return []
        cer = n(m.group(1))
        seen = {cat: ys for (c, cat), ys in self.category_years.items() if c == cer or cer.endswith(c) or c.endswith(cer)}
        ys = seen.get(n(o))
        if ys and min(ys) > y + 3 and any(min(v) <= y for v in seen.values()):
            return [("award:category-first-given-later", o)]
        return []

    def _place(self, fid: int, o: str) -> list[tuple[str, str]]:
        """A person every one of whose films names a country/language, none the film's."""
        films = {f for f, _r in self.credits.get(n(o), ()) if f != fid}
        mine = self.countries.get(fid, set())
        if not films or not mine or any(not self.countries.get(f) for f in films):
            return []
        theirs = set().union(*(self.countries[f] for f in films))
        return [("cast:industry", o)] if not theirs & mine else []

    def _generation(self, q: dict, o: str) -> list[tuple[str, str]]:
        firsts = [min(self.years[n(a)]) for a in q["accepted_answers"] if self.years.get(n(a))]
        ys = self.years.get(n(o))
        if not firsts or not ys:
            return []
        gap = min(firsts) - min(ys)
        return [("cast:generation>=20y", o)] if gap >= 20 else [("cast:generation10-20y(weak)", o)] if gap >= 10 else []

    def _category(self, fid: int, q: dict, o: str) -> list[tuple[str, str]]:
        fam = self.families(fid)
        langs = self.countries.get(fid, set())
        rules = [(r"musical", "musical" in fam), (r"documentar", "doc" in fam), (r"animat|cartoon", "anim" in fam),
                 (r"foreign", bool(langs) and "english" not in langs)]
        bad = [("award:category-genre", o) for rx, ok in rules if re.search(rx, o, re.I) and not ok]
        if re.search(r"\bshort", q["answer"], re.I) and not re.search(r"\bshort", o, re.I):
            bad.append(("award:feature-category-for-short", o))
        return bad

    def _era(self, fid: int | None, y: int, kind: str, o: str) -> list[tuple[str, str]]:
        ys = sorted(self.years.get(n(o), ()))
        if not ys:
            return [("era:undated(weak)", o)]
        if any(f == fid for f, _r in self.credits.get(n(o), ())) or kind == "crew.based_on_author":
            return []  # credited in this very film; an adapted author's "years" are adaptations'
        near, mid = min(abs(v - y) for v in ys), statistics.median(ys)
        if near > 15:
            return [("era:>15y", o)]
        if not ys[0] <= y <= ys[-1] and abs(mid - y) > 15:
            return [("era:outside-years,median>15y", o)]
        if ys[-1] < y - 5:
            return [("era:last-credit>5y-before(weak)", o)]
        return []

    def _film(self, fid: int | None, y: int, kind: str, o: str) -> list[tuple[str, str]]:
        bad = []
        ofs = self.by_title.get(n(o), [])
        oy = [self.films[f][1] for f in ofs if self.films[f][1]]
        if oy and min(abs(v - y) for v in oy) > 15:
            bad.append(("era:film>15y", o))
        if kind == "films.won_award" and oy and y not in oy:
            bad.append(("award:ineligible-year", o))
        if kind.startswith("title.") and fid:
            mine = self.families(fid)
            theirs = set().union(*(self.families(f) for f in ofs)) if ofs else set()
            if mine and theirs and not mine & theirs:
                bad.append(("premise:genre-clash", o) if (mine | theirs) & MARKED else ("premise:genre-differs(weak)", o))
        return bad

    def _cast(self, fid: int, q: dict, o: str) -> list[tuple[str, str]]:
        bad = []
        theirs = {c for f, _r in self.credits.get(n(o), ()) for c in self.countries.get(f, ())}
        mine = self.countries.get(fid, set())
        if theirs and mine and not theirs & mine:
            bad.append(("cast:industry", o))
        parts = self.roles.get(n(o), [])
        if any(ch for _f, ch, _o in parts) and all(AGE.search(ch) for _f, ch, _o in parts if ch):
            bad.append(("cast:child-role", o))
        m = re.search(r"Who (?:played|voiced) (.+) in ", q["question"])
        if m:
            key = set(n(m.group(1)).split()) - AGES
            bad += [("cast:also-credited-role", o) for f, ch, _o in parts
                    if f == fid and ch and key == set(n(ch).split()) - AGES]
        return bad

    def _recipient(self, fid: int, q: dict, o: str) -> list[tuple[str, str]]:
        m = re.search(r"(?:won|nominated for) (.+?) at ", q["question"])
        cat = m.group(1) if m else ""
        if ACTING.search(cat):
            mine = [order for f, _c, order in self.roles.get(n(o), []) if f == fid]
            other = [f for f, _c, _o in self.roles.get(n(o), []) if f != fid]
            if not mine and not other:
                return [("award:non-actor-for-acting", o)]
            if mine and not other and (mine[0] or 99) > 4:
                return [("award:bit-player", o)]
            return []
        directors = {n(name) for role, name in self.db.execute("SELECT role, name FROM crew WHERE film_id = ?", (fid,))
                     if role == "director"}
        role = next((r for rx, r in CRAFT if rx.search(cat)), "unknown")
        if role != "director" and n(o) in directors:
            return [("award:director-for-craft", o)]
        if role is None:
            return [("award:craft-not-credited", o)]
        if role != "unknown" and not any(r == role for _f, r in self.credits.get(n(o), ())):
            return [("award:not-in-craft", o)]
        return []


async def _library(path: Path, extra: list[Path]) -> None:
    conn = await connect(path)
    await ingest_paths(conn, [ROOT / "seeds", CORPUS, *extra])
    await conn.close()


def main(argv: list[str]) -> None:
    path = argv[0]
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    with tempfile.TemporaryDirectory() as d:
        qs = [json.loads(line) for line in open(path)]
        # the sample's articles outside seeds/ and the corpus (unseen leads) are in its library too
        extra = sorted({(ROOT / q["article"].split()[0]).resolve() for q in qs if q.get("article")}
                       - {p.resolve() for p in (ROOT / "seeds").iterdir()} - {p.resolve() for p in CORPUS.iterdir()})
        asyncio.run(_library(Path(d) / "lib.db", [p for p in extra if p.is_file()]))
        db = sqlite3.connect(Path(d) / "lib.db")
        lib = Library(db)
        withopts = [q for q in qs if q["options"]]
        tally: collections.Counter = collections.Counter()
        qbad = qbad_strict = 0
        for q in withopts:
            b = lib.check(q)
            for c, o in b:
                tally[c] += 1
                if show and show in c:
                    print(f"[{c}] {o!r} | {q['film']} | {q['question'][:110]} | ans {q['answer']}")
            qbad += bool(b)
            qbad_strict += any("(weak)" not in c for c, _o in b)
        db.close()
    print(f"{path}: {len(qs)} questions, {len(withopts)} with options; {qbad_strict} with a hard-rule bad option, "
          f"{qbad} incl. weak")
    for c, k in sorted(tally.items()):
        print(f"  {c:40s} {k}")


if __name__ == "__main__":
    main(sys.argv[1:])
