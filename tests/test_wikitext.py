"""Wikitext → Article + facts: the infobox, cast lists, accolades tables and prose.

The first tests use small invented pages, one feature each; the rest read real MediaWiki
exports: the copies in tests/fixtures/wikitext/ always, and every piki fixture in ../shared
(102 exports, films and non-films) when it is there, checked against the infobox fields.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from bot.dumps import iter_pages, open_xml
from bot.facts import AwardFact, CastFact, CrewFact, IdentityFact, MoneyFact, ReleaseFact
from bot.ingest import BadArticle, prepare_wikitext
from bot.wikitext import not_film_reason, parse_page
from tests.conftest import ROOT, SHARED

LOCAL = ROOT / "tests" / "fixtures" / "wikitext"
PIKI = SHARED / "corpus" / "piki-wikipedia-film-database" / "fixtures"
GOLD = SHARED / "tools" / "infobox" / "infobox_gold.json"

PAGE = """{{Short description|Invented film}}
{{Infobox film
| name = The Lantern Keeper
| director = [[Jane Roe]]
| writer = {{Plainlist|
* [[Alan Poe]] (screenplay)
* Mira Quill (story)
}}
| producer = [[Sam Bell]]<br />[[Kit Vance|Katherine Vance]]
| starring = {{ubl|[[Nora Vale]]|[[Ivo Grant]]|Lee Park}}
| music = [[Otto Brenn]]
| cinematography = Rui Sol
| editing = {{nowrap|Ada Flint}}
| studio = Lantern Pictures
| distributor = [[Northwind Films]]
| released = {{Film date|2011|5|14|[[Cannes Film Festival]]|2011|9|2|United States}}
| runtime = {{Runtime|1|52}}
| country = United States
| language = English
| budget = {{US$|12 million}}<ref>{{cite web|title=Budget}}</ref>
| gross = $48.3 million<ref name="bom"/>
}}
'''''The Lantern Keeper''''' is a 2011 American drama film directed by [[Jane Roe]].<ref>{{cite news|title=x}}</ref> \
It stars [[Nora Vale]] and [[Ivo Grant]].{{efn|A note.}}
[[File:Lantern.jpg|thumb|A lantern in the film]]

== Plot ==
A keeper tends a lantern on a cliff.
He meets a sailor.

== Cast ==
* [[Nora Vale]] as Edda Moor, the keeper's daughter
** Tia Moss as Young Edda
* [[Ivo Grant]] as Captain Rolf Hale (credited as Ivo G.)
* [[Lee Park]] and [[Dana Ode]] as the Twins
* Wes Orr as himself
* [[Pia Lund]] (voice) as The Sea

== Production ==
The film was shot in {{convert|3|km|mi}} of coastline on a budget of {{US$|11.5 million}}.

== Accolades ==
{| class="wikitable"
! Award !! Date of ceremony !! Category !! Recipient(s) !! Result
|-
| rowspan="2" | [[Saturn Awards]]
| rowspan="2" | June 26, 2012
| Best Actress || [[Nora Vale]] || {{won}}
|-
| Best Music || [[Otto Brenn]] || {{nom}}
|-
| [[Critics' Choice Awards]] || January 12, 2012 || Best Young Performer || Tia Moss || {{nom}}
|}

== References ==
{{reflist}}
* [https://example.org An external page]

[[Category:2011 films]]
[[Category:American drama films]]
"""


@pytest.fixture(scope="module")
def lantern():
    return parse_page("The Lantern Keeper (2011 film)", PAGE)


def _of(facts, cls):
    return [f for f in facts.items if type(f) is cls]


def test_prose_reads_like_a_plain_extract(lantern):
    article, _ = lantern
    assert article.title == "The Lantern Keeper"
    assert [s.heading for s in article.sections] == ["Lead", "Plot", "Cast", "Production", "Accolades", "References",
                                                     "Infobox"]
    lead = [s.text for s in article.lead()]
    assert lead == ["The Lantern Keeper is a 2011 American drama film directed by Jane Roe.",
                    "It stars Nora Vale and Ivo Grant."]
    plot = article.sections[1]
    assert [article.paragraphs[p].text for p in plot.paragraphs] == ["A keeper tends a lantern on a cliff. He meets a sailor."]
    production = " ".join(s.text for s in article.sentences if s.section == 3)
    assert production == "The film was shot in 3 km of coastline on a budget of $11.5 million."
    everything = "\n".join(s.text for s in article.sentences)
    for leftover in ("{{", "}}", "[[", "]]", "<ref", "''", "cite", "thumb", "example.org", "Category"):
        assert leftover not in everything, leftover
    assert not article.sections[5].paragraphs  # references: a bare heading, as in the extracts


def test_infobox_lines_and_crew(lantern):
    article, facts = lantern
    infobox = [s.text for s in article.sentences if article.sections[s.section].heading == "Infobox"]
    assert infobox[:3] == ["Directed by: Jane Roe", "Written by: Alan Poe (screenplay), Mira Quill (story)",
                           "Produced by: Sam Bell, Katherine Vance"]
    crew = {(f.role, f.name) for f in _of(facts, CrewFact)}
    assert {("director", "Jane Roe"), ("writer", "Alan Poe"), ("story", "Mira Quill"), ("producer", "Sam Bell"),
            ("producer", "Katherine Vance"), ("composer", "Otto Brenn"), ("cinematographer", "Rui Sol"),
            ("editor", "Ada Flint"), ("production_company", "Lantern Pictures"),
            ("distributor", "Northwind Films")} <= crew
    identity = {(f.key, f.value) for f in _of(facts, IdentityFact)}
    assert {("runtime", "112 minutes"), ("country", "United States"), ("language", "English"), ("year", "2011")} <= identity


def test_infobox_dates_and_money(lantern):
    article, facts = lantern
    releases = {(f.kind, f.date, f.event, f.place) for f in _of(facts, ReleaseFact)
                if article.sections[article.sentences[f.sentence].section].heading == "Infobox"}
    assert releases == {("premiere", "2011-05-14", "Cannes Film Festival", ""), ("release", "2011-09-02", "", "United States")}
    money = {(f.kind, f.amount, article.sections[article.sentences[f.sentence].section].heading) for f in _of(facts, MoneyFact)}
    # The infobox and the prose disagree on the budget: both are kept, each with its source.
    assert ("budget", 12_000_000.0, "Infobox") in money
    assert ("budget", 11_500_000.0, "Production") in money
    assert ("worldwide", 48_300_000.0, "Infobox") in money


def test_cast_list_pairs_in_billing_order(lantern):
    _, facts = lantern
    cast = sorted(_of(facts, CastFact), key=lambda f: f.order)
    pairs = [(f.actor, f.character, f.voice) for f in cast]
    assert pairs[:7] == [("Nora Vale", "Edda Moor", False), ("Tia Moss", "Young Edda", False),
                         ("Ivo Grant", "Captain Rolf Hale", False), ("Lee Park", "the Twins", False),
                         ("Dana Ode", "the Twins", False), ("Wes Orr", "himself", False), ("Pia Lund", "The Sea", True)]
    assert [f.order for f in cast] == list(range(1, len(cast) + 1))


def test_accolades_table_with_rowspans(lantern):
    article, facts = lantern
    awards = {(f.ceremony, f.year, f.category, f.recipient, f.outcome) for f in _of(facts, AwardFact)}
    assert {("Saturn Awards", 2012, "Best Actress", "Nora Vale", "won"),
            ("Saturn Awards", 2012, "Best Music", "Otto Brenn", "nominated"),
            ("Critics' Choice Awards", 2012, "Best Young Performer", "Tia Moss", "nominated")} <= awards
    cited = [article.sentences[f.sentence] for f in _of(facts, AwardFact)]
    assert all(article.sections[s.section].heading == "Accolades" for s in cited)


def test_every_fact_occurs_in_its_sentence(lantern):
    article, facts = lantern
    for f in facts.items:
        assert not f.missing_evidence(article.sentences[f.sentence].text), f


@pytest.mark.parametrize(("title", "text", "why"), [
    ("Old Title", "#REDIRECT [[New Title]]", "a redirect to New Title"),
    ("Some Show", "{{Infobox television|name=x}} Some Show is a sitcom.", "its infobox is {{Infobox television}}"),
    ("A Person", "{{Infobox person|name=x}} A Person is a director.", "its infobox is {{Infobox person}}"),
    ("Saga (film series)", "{{Infobox film|name=x}} A series. [[Category:2001 films]]", "'film series' in its title"),
    ("Lighthouse", "A lighthouse is a tower. [[Category:Towers]]", "no film infobox and no film category"),
])
def test_pages_that_are_not_films_say_why(title, text, why):
    assert why in not_film_reason(title, text)
    with pytest.raises(BadArticle, match=re.escape(why)):
        prepare_wikitext(title, text)


def test_a_film_known_by_its_categories_alone():
    text = "'''Quiet Harbour''' is a 1950 film directed by Jane Roe.\n\n[[Category:1950 films]]"
    assert not_film_reason("Quiet Harbour", text) == ""
    article, facts = prepare_wikitext("Quiet Harbour", text)[:2]
    assert article.sentences and ("director", "Jane Roe") in {(f.role, f.name) for f in _of(facts, CrewFact)}


def test_bad_markup_costs_no_traceback():
    for text in ("{{Infobox film | director = [[Unclosed", "{{Infobox film}}\n{| class=wikitable\n|}\n''Film'' text.",
                 "{{Infobox film}}" + "{{" * 500, "{{Infobox film}}\n== ==\n* \n"):
        try:
            prepare_wikitext("Broken", text)
        except BadArticle as exc:
            assert "not a film article" in str(exc)


# --- real exports --------------------------------------------------------------------------------


def _pages(folder: Path):
    return [p for f in sorted(folder.glob("*.xml")) for p in iter_pages(open_xml(f))]


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"\W+", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


def _listed_cast(wikitext: str) -> list[str]:
    """Actors of the "* Actor as Character" items of the page's cast sections, read directly from
    the wikitext with regular expressions (no parser): the name before " as "."""
    text = re.sub(r"<ref[^>]*/>|<ref[^>]*>.*?</ref>|<!--.*?-->", "", wikitext, flags=re.S)
    out = []
    in_cast = False
    for line in text.splitlines():
        heading = re.match(r"^(=+)\s*(.*?)\s*\1\s*$", line)
        if heading:
            h = heading.group(2).lower()
            in_cast = "cast" in h and "casting" not in h
            continue
        if not in_cast:
            continue
        # [[Target|Name]] → Name, [[Name (actor)]] → Name; then "* Name as ..." or "* Name (voice) as ..."
        line = re.sub(r"\[\[(?:[^|\]]*\|)?([^\]]+?)(?:\s\([^)]*\))?\]\]", r"\1", line)
        m = re.match(r"^\*+\s*((?:[A-Z][\w.'-]*\s?){1,4}?)\s+(?:\([^)]*\)\s+)?as\s+\S", line)
        if m:
            out.append(m.group(1).strip())
    return out


def test_local_exports():
    pages = {p.title: p for p in _pages(LOCAL)}
    assert "redirect" in not_film_reason(pages["(Baazi (1968 film)"].title, pages["(Baazi (1968 film)"].text,
                                         redirect=pages["(Baazi (1968 film)"].redirect)
    assert "Infobox person" in not_film_reason("Werner Herzog", pages["Werner Herzog"].text)
    article, facts = parse_page("Rocky", pages["Rocky"].text)
    crew = {(f.role, f.name) for f in _of(facts, CrewFact)}
    assert {("director", "John G. Avildsen"), ("writer", "Sylvester Stallone"), ("producer", "Irwin Winkler"),
            ("producer", "Robert Chartoff"), ("composer", "Bill Conti"), ("cinematographer", "James Crabe"),
            ("editor", "Richard Halsey"), ("editor", "Scott Conrad")} <= crew
    cast = {(f.actor, f.character) for f in _of(facts, CastFact)}
    assert ("Talia Shire", 'Adrianna "Adrian" Pennino') in cast  # from the cast table
    awards = {(f.ceremony, f.ordinal, f.category, f.outcome) for f in _of(facts, AwardFact)}
    assert ("Academy Awards", 49, "Best Picture", "won") in awards  # the ceremony named before the table
    _, facts = parse_page("The Incredibles", pages["The Incredibles"].text)
    voice = {(f.actor, f.character) for f in _of(facts, CastFact) if f.voice}
    assert ("Craig T. Nelson", "Bob Parr / Mr. Incredible") in voice
    assert ("Holly Hunter", "Helen Parr / Elastigirl") in voice


NOT_FILMS = {"1920 (film series)", "Alpha and Omega (film series)", "Hercules: The Legendary Journeys",
             "Matlock (TV series)", "The Dukes of Hazzard", "Twin Peaks", "Werner Herzog", "(Baazi (1968 film)",
             "Anarchism", "AccessibleComputing", "AfghanistanHistory", "AfghanistanGeography", "AfghanistanPeople",
             "AfghanistanCommunications", "AfghanistanTransportations", "AfghanistanMilitary",
             "AfghanistanTransnationalIssues", "AssistiveTechnology"}


@pytest.fixture(scope="module")
def piki(tmp_path_factory):
    """Every piki export ingested as XML (``python -m bot ingest FOLDER``) into a fresh database:
    (the pages by title, the lines printed, {page title: {kind: [facts as read back, cited]}})."""
    if not PIKI.is_dir():
        pytest.skip("../shared not found")
    import asyncio
    import contextlib
    import io

    from bot import queries
    from bot.cli import main
    from bot.database import connect
    from bot.facts import FACT_TYPES

    db = tmp_path_factory.mktemp("piki") / "piki.db"
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        assert main(["--db", str(db), "ingest", str(PIKI)]) == 0

    async def read() -> dict:
        conn = await connect(db)
        try:
            out = {}
            for film in await queries.list_films(conn):
                out[film.page_title] = {cls.KIND: await queries.typed_facts(conn, film.id, cls) for cls in FACT_TYPES}
            return out
        finally:
            await conn.close()

    return {p.title: p for p in _pages(PIKI)}, err.getvalue(), asyncio.run(read())


@pytest.mark.corpus
def test_piki_exports_keep_the_films_and_skip_the_rest_with_a_reason(piki):
    pages, printed, films = piki
    assert set(films) == set(pages) - NOT_FILMS and len(films) == 94  # 93 film exports, and Actrius.xml's film
    for title in NOT_FILMS:
        line = next(ln for ln in printed.splitlines() if ln.startswith(f"skipped {title}: "))
        assert re.search(r": (a redirect to |not a film article \()", line), line


@pytest.mark.corpus
def test_piki_infobox_crew_for_every_film(piki):
    """Every name of the director, writer/screenplay/story, producer, music, cinematography and
    editing fields of every film's infobox (as the independent infobox gold reads them) is a crew
    fact of that role in the database."""
    if not GOLD.is_file():
        pytest.skip("../shared not found")
    _, _, films = piki
    roles = {"director": {"director"}, "writer": {"writer", "story"}, "producer": {"producer"},
             "composer": {"composer"}, "cinematographer": {"cinematographer"}, "editor": {"editor"}}
    gold = {f["title"]: f for f in json.loads(GOLD.read_text(encoding="utf-8"))["films"] if f["source"] == "piki"}
    checked, films_checked, missing = 0, set(), []
    for title, facts in films.items():
        film = gold.get(re.sub(r"\s*\([^)]*\)$", "", title)) or gold.get(title)
        if film is None:
            continue
        films_checked.add(title)
        for role, ours in roles.items():
            have = {_fold(f.name) for f in facts["crew"] if f.role in ours}
            for name in film["roles"].get(role, {}).get("field", []):
                if name["company"]:
                    continue
                checked += 1
                if not any(_fold(v) in have for v in name["variants"]):
                    missing.append((title, role, name["name"]))
    assert len(films_checked) == 93 and checked > 500 and not missing, missing


@pytest.mark.corpus
def test_piki_cast_lists_give_pairs_with_characters(piki):
    pages, _, films = piki
    films_with_lists = items = 0
    for title, facts in films.items():
        listed = _listed_cast(pages[title].text)
        if not listed:
            continue
        films_with_lists += 1
        with_character = {_fold(f.actor) for f in facts["cast"] if f.character}
        for actor in listed:
            items += 1
            assert _fold(actor) in with_character, (title, actor)
    assert films_with_lists >= 50 and items >= 700  # 51 films, 721 listed actors when written


@pytest.mark.corpus
def test_piki_every_fact_cites_a_sentence_that_states_it(piki):
    _, _, films = piki
    for title, facts in films.items():
        for found in facts.values():
            for f in found:
                assert not f.missing_evidence(f.cited.sentence), (title, f)
                for leftover in ("{{", "}}", "[[", "]]", "<ref", "</"):
                    assert leftover not in f.cited.sentence, (title, leftover, f.cited.sentence)
