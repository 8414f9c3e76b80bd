"""Adding films from Wikipedia: one page, or every film of a category or a list page.

Decisions only, no Discord: the cog (and tests) pass a ``MediaWiki`` client, a progress
callback, and show the ``Reply``. A page is read from its wikitext (infobox, cast list,
accolades, prose) and, when the wikitext gives no article, from its plain extract. A category or
list import is bounded: more than ``CONFIRM_ABOVE`` films asks the moderator first, and at most
``MAX_FILMS`` are taken. Parsing runs in a thread, so a 500-film import never stalls the bot's
event loop; each film is its own transaction, and the title index is rebuilt once at the end.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from .database import friendly
from .filmsync import FilmSyncError
from .ingest import BadArticle, prepare, prepare_wikitext
from .library import Library
from .render import Reply, clip, embed, error, escape
from .store import film_key, film_year, save_film
from .wikipedia import MAX_MEMBERS, FetchError, MediaWiki, WikiPage

log = logging.getLogger(__name__)

CONFIRM_ABOVE = 25
MAX_FILMS = MAX_MEMBERS


@dataclass
class Added:
    """What became of one page: 'added', 'updated' or 'skipped' (with the reason)."""

    title: str
    status: str
    label: str = ""
    reason: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    film_id: int | None = None


async def _save_page(lib: Library, page: WikiPage) -> Added:
    """Parse (in a thread) and store one fetched page; nothing raises."""
    if page.missing:
        return Added(page.title, "skipped", reason="Wikipedia has no such page")
    source = page.url
    try:
        if page.wikitext.strip():
            article, facts, digest = await asyncio.to_thread(prepare_wikitext, page.title, page.wikitext)
        elif page.extract.strip():
            article, facts, digest = await asyncio.to_thread(prepare, f"{page.title}\n{page.extract}".encode())
        else:
            return Added(page.title, "skipped", reason="the page has no text")
    except BadArticle as exc:
        if page.extract.strip() and "no text" in str(exc):
            try:
                article, facts, digest = await asyncio.to_thread(prepare, f"{page.title}\n{page.extract}".encode())
            except BadArticle as exc2:
                return Added(page.title, "skipped", reason=str(exc2))
        else:
            return Added(page.title, "skipped", reason=str(exc))
    except Exception:  # noqa: BLE001 - one odd page must not end an import
        log.exception("could not parse %r", page.title)
        return Added(page.title, "skipped", reason="the page could not be parsed")
    year = film_year(article, facts)
    try:
        film_id, existed = await _store(lib, article, facts, source, digest, year)
    except sqlite3.Error as exc:
        return Added(page.title, "skipped", reason=friendly(exc))
    except FilmSyncError as exc:
        return Added(page.title, "skipped", reason=str(exc))
    label = f"{article.title} ({year})" if year else article.title
    return Added(page.title, "updated" if existed else "added", label=label, counts=facts.counts(), film_id=film_id)


async def _store(lib: Library, article, facts, source: str, digest: str, year: int | None) -> tuple[int, bool]:
    """Save one film (replacing the same title and year); with films shared through PostgreSQL
    (``lib.shared``), publish it under the shared lock as ``Library.add_article`` does.
    Returns (film id, whether the film was already loaded)."""

    async def write() -> tuple[int, bool]:
        async with lib.conn.execute("SELECT 1 FROM films WHERE key = ?", (film_key(article.page_title, year),)) as cur:
            existed = await cur.fetchone() is not None
        return await save_film(lib.conn, article, facts, source_file=source, sha256=digest, year=year), existed

    shared = lib.shared
    if shared is None:
        return await write()
    async with shared.lock:
        film_id, existed = await write()
        ids = await shared.publish([film_id])
    return ids.get(film_id, film_id), existed


async def add_page(lib: Library, client: MediaWiki, title: str) -> Reply:
    """``/filmadmin add wikipedia:`` — one page, wikitext and extract fetched together."""
    try:
        page = await client.page(title)
    except FetchError as exc:
        return error(f"Could not fetch that article: {exc}.")
    if page.missing:
        return error(f"Wikipedia has no page called **{escape(clip(title, 100))}**.", title="Not found")
    done = await _save_page(lib, page)
    if done.status == "skipped":
        return error(f"**{escape(clip(page.title, 100))}** was not added: {escape(done.reason)}.", title="Article rejected")
    await lib.refresh()
    counts = ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in sorted(done.counts.items())) or "no structured facts"
    via = f" (redirected from *{escape(clip(page.redirected_from, 80))}*)" if page.redirected_from else ""
    head = "Film updated" if done.status == "updated" else "Film added"
    text = f"**{escape(done.label)}**{via} is ready: {counts}.\n<{page.url}>"
    return Reply(embeds=[embed(head, text, footer="Text from Wikipedia, CC BY-SA 4.0")], ephemeral=True,
                 film_id=done.film_id)


@dataclass
class Plan:
    """The pages a category or list import would add."""

    source: str  # the category or list page, as Wikipedia titles it
    titles: list[str]
    more: bool = False  # the category or list has more than MAX_FILMS pages

    @property
    def needs_confirm(self) -> bool:
        return len(self.titles) > CONFIRM_ABOVE


async def plan(client: MediaWiki, kind: str, name: str) -> Plan | Reply:
    """The titles of a category (``kind`` 'category') or linked from a list page ('list')."""
    try:
        if kind == "category":
            source, titles = await client.category_members(name, MAX_FILMS + 1)
        else:
            source, titles = await client.list_links(name, MAX_FILMS + 1)
    except FetchError as exc:
        return error(f"Could not read that {kind}: {exc}.")
    if not titles:
        what = "has no articles" if kind == "category" else "links to no articles"
        return error(f"**{escape(clip(source, 100))}** {what} (or does not exist).", title="Nothing to add")
    return Plan(source, titles[:MAX_FILMS], more=len(titles) > MAX_FILMS)


def confirm_text(p: Plan) -> str:
    more = f" (it has more; the first {MAX_FILMS} are taken)" if p.more else ""
    return (f"**{escape(clip(p.source, 100))}** has **{len(p.titles)}** pages{more}. Pages that are not films are "
            "skipped. Add them all?")


Progress = Callable[[int, int, Counter], Awaitable[None]]


async def run(lib: Library, client: MediaWiki, p: Plan, progress: Progress | None = None) -> Reply:
    """Fetch and add every page of a plan, reporting progress after each batch; a summary of what
    was added, updated and skipped (with the reasons, counted)."""
    tally: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    names: dict[str, list[str]] = {"added": [], "updated": []}
    failed = ""
    done = 0
    for i in range(0, len(p.titles), 50):
        chunk = p.titles[i : i + 50]
        try:
            pages = await client.pages(chunk)
        except FetchError as exc:
            failed = str(exc)
            break
        for page in pages:
            result = await _save_page(lib, page)
            tally[result.status] += 1
            if result.status == "skipped":
                reasons[_reason_kind(result.reason)] += 1
            else:
                names[result.status].append(result.label)
        done += len(chunk)
        if progress is not None:
            await progress(done, len(p.titles), tally)
    if tally["added"] or tally["updated"]:
        await lib.refresh()
    lines = [f"From **{escape(clip(p.source, 100))}**: **{tally['added']}** added, **{tally['updated']}** updated, "
             f"**{tally['skipped']}** skipped."]
    if reasons:
        lines.append("Skipped: " + ", ".join(f"{k} {n}" for k, n in reasons.most_common()) + ".")
    if failed:
        lines.append(f"Stopped after {done} of {len(p.titles)} pages: {escape(failed)}. Run it again to go on "
                     "(films already added are updated, not doubled).")
    fields = []
    for status in ("added", "updated"):
        if names[status]:
            fields.append((status.capitalize(), clip(", ".join(escape(n) for n in names[status]), 1024), False))
    return Reply(embeds=[embed("Import finished" if not failed else "Import stopped", "\n".join(lines), fields=fields,
                               footer="Text from Wikipedia, CC BY-SA 4.0")], ephemeral=True)


def progress_reply(source: str, done: int, total: int, tally: Counter) -> Reply:
    text = (f"Adding from **{escape(clip(source, 100))}**: {done} of {total} pages read — {tally['added']} added, "
            f"{tally['updated']} updated, {tally['skipped']} skipped …")
    return Reply(embeds=[embed("Importing", text)], ephemeral=True)


def _reason_kind(reason: str) -> str:
    if reason.startswith("a redirect"):
        return "redirect"
    if reason.startswith("not a film article") or reason.startswith("not an article"):
        return "not a film"
    if "no such page" in reason:
        return "missing"
    return "other"
