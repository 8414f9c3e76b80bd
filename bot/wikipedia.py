"""Fetching film articles from a MediaWiki API (English Wikipedia unless WIKIPEDIA_API says otherwise).

One page comes in one request with both its wikitext (``prop=revisions``, read by bot/wikitext/
for the infobox, cast lists and accolades) and its plain-text extract (``prop=extracts``, the
fallback when the wikitext yields no article), redirects followed. A category's films come from
``list=categorymembers``, a list page's from its links (``prop=links``), both in the article
namespace and bounded; their wikitext is then fetched 50 pages per request.

API etiquette (https://www.mediawiki.org/wiki/API:Etiquette): a descriptive User-Agent
(``WIKIPEDIA_USER_AGENT`` adds your contact), ``maxlag=5`` so a lagged server can say "later",
at most one request at a time per server (guild) the bot is importing for, and retries with
backoff on a 5xx, a maxlag answer or a timeout. Whatever fails ends as a ``FetchError`` whose
text is one line for the user.
"""

from __future__ import annotations

import asyncio
import json
import os
import weakref
from dataclasses import dataclass

import aiohttp

DEFAULT_API = "https://en.wikipedia.org/w/api.php"
MAX_TITLE = 250
TIMEOUT = aiohttp.ClientTimeout(total=15)
USER_AGENT = "FilmBot/0.1 (Discord film trivia bot; imports film articles on a moderator's request)"
MAX_MEMBERS = 500  # films one category or list import may add
TITLES_PER_REQUEST = 50  # the API's limit for revisions of several pages
RETRIES = 3
BACKOFF = 1.0  # seconds before the first retry; doubled each time


class FetchError(Exception):
    """A fetch that failed; str() is one line for the user."""


def api_url() -> str:
    return os.environ.get("WIKIPEDIA_API", "").strip() or DEFAULT_API


def user_agent() -> str:
    contact = os.environ.get("WIKIPEDIA_USER_AGENT", "").strip()
    return contact or USER_AGENT


def _clean_title(title: str) -> str:
    title = " ".join((title or "").split())
    if not title or len(title) > MAX_TITLE:
        raise FetchError("give a Wikipedia page title of at most 250 characters")
    return title


@dataclass
class WikiPage:
    """One fetched page: its title after redirects, the wikitext and the plain extract."""

    title: str
    wikitext: str = ""
    extract: str = ""
    page_id: int | None = None
    revision: int | None = None
    redirected_from: str = ""
    missing: bool = False

    @property
    def url(self) -> str:
        return "https://en.wikipedia.org/wiki/" + self.title.replace(" ", "_")


# One request at a time per key (a guild): a server importing a category does not flood the API.
_LOCKS: weakref.WeakValueDictionary = weakref.WeakValueDictionary()


def _lock(key: object) -> asyncio.Lock:
    lock = _LOCKS.get(key)
    if lock is None:
        lock = asyncio.Lock()
        _LOCKS[key] = lock
    return lock


class MediaWiki:
    """A small MediaWiki API client; ``key`` serialises the requests made for one guild."""

    def __init__(self, api: str | None = None, *, key: object = "global", retries: int = RETRIES,
                 backoff: float | None = None, timeout: aiohttp.ClientTimeout = TIMEOUT,
                 max_bytes: int = 16 * 1024 * 1024) -> None:
        self.api = api or api_url()
        self.key = key
        self.retries = retries
        self.backoff = BACKOFF if backoff is None else backoff
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.requests = 0

    async def get(self, params: dict) -> dict:
        """One API call (JSON, formatversion 2, maxlag), retried with backoff when the server is
        busy, lagged, failing (5xx) or slow."""
        query = {**params, "format": "json", "formatversion": "2", "maxlag": "5"}
        lock = _lock(self.key)
        delay = self.backoff
        last = ""
        async with lock:
            for attempt in range(self.retries + 1):
                if attempt:
                    await asyncio.sleep(delay)
                    delay *= 2
                self.requests += 1
                try:
                    async with aiohttp.ClientSession(timeout=self.timeout, headers={"User-Agent": user_agent()}) as s:
                        async with s.get(self.api, params=query) as resp:
                            if resp.status >= 500 or resp.status == 429:
                                last = f"Wikipedia answered HTTP {resp.status}"
                                retry_after = resp.headers.get("Retry-After", "")
                                if retry_after.isdigit():
                                    delay = max(delay, min(float(retry_after), 30.0))
                                continue
                            if resp.status != 200:
                                raise FetchError(f"Wikipedia answered HTTP {resp.status}")
                            parts, size = [], 0
                            async for chunk in resp.content.iter_chunked(1 << 16):
                                size += len(chunk)
                                if size > self.max_bytes:
                                    raise FetchError("Wikipedia's answer is too large")
                                parts.append(chunk)
                            raw = b"".join(parts)
                except (aiohttp.ClientError, TimeoutError, asyncio.TimeoutError) as exc:
                    last = f"could not reach Wikipedia ({type(exc).__name__})"
                    continue
                try:
                    data = json.loads(raw.decode("utf-8"))
                except ValueError:
                    raise FetchError("Wikipedia sent something that is not JSON") from None
                err = data.get("error") if isinstance(data, dict) else None
                if err:
                    if err.get("code") == "maxlag":
                        last = "Wikipedia is busy (replication lag)"
                        continue
                    raise FetchError(f"Wikipedia refused the request ({err.get('code', 'error')})")
                return data
        raise FetchError(f"{last}; tried {self.retries + 1} times")

    # --- pages ----------------------------------------------------------------------------------
    async def page(self, title: str) -> WikiPage:
        """One page's wikitext and plain extract, in one request, redirects followed."""
        title = _clean_title(title)
        data = await self.get({"action": "query", "prop": "revisions|extracts", "rvprop": "content|ids",
                               "rvslots": "main", "explaintext": "1", "redirects": "1", "titles": title})
        pages = _pages(data, [title])
        return pages[0] if pages else WikiPage(title, missing=True)

    async def pages(self, titles: list[str]) -> list[WikiPage]:
        """Several pages' wikitext (no extracts: the API gives whole extracts one page at a time),
        ``TITLES_PER_REQUEST`` per request, in the order asked."""
        out: list[WikiPage] = []
        for i in range(0, len(titles), TITLES_PER_REQUEST):
            chunk = titles[i : i + TITLES_PER_REQUEST]
            data = await self.get({"action": "query", "prop": "revisions", "rvprop": "content|ids", "rvslots": "main",
                                   "redirects": "1", "titles": "|".join(chunk)})
            out.extend(_pages(data, chunk))
        return out

    # --- members of a category or a list page ---------------------------------------------------------
    async def category_members(self, category: str, limit: int = MAX_MEMBERS + 1) -> tuple[str, list[str]]:
        """(the category's title, its article titles, at most ``limit``)."""
        name = _clean_title(category)
        if not name.lower().startswith("category:"):
            name = "Category:" + name
        titles: list[str] = []
        cont: dict = {}
        while len(titles) < limit:
            data = await self.get({"action": "query", "list": "categorymembers", "cmtitle": name, "cmnamespace": "0",
                                   "cmtype": "page", "cmlimit": str(min(500, limit - len(titles))), **cont})
            members = (data.get("query") or {}).get("categorymembers") or []
            titles.extend(m["title"] for m in members if m.get("ns", 0) == 0 and m.get("title"))
            cont = data.get("continue") or {}
            if not cont:
                break
        return name, titles[:limit]

    async def list_links(self, page: str, limit: int = MAX_MEMBERS + 1) -> tuple[str, list[str]]:
        """(the list page's title after redirects, the article titles it links to, at most ``limit``)."""
        title = _clean_title(page)
        titles: list[str] = []
        cont: dict = {}
        resolved = title
        while len(titles) < limit:
            data = await self.get({"action": "query", "prop": "links", "plnamespace": "0", "pllimit": "max",
                                   "redirects": "1", "titles": title, **cont})
            pages = (data.get("query") or {}).get("pages") or []
            if not pages or pages[0].get("missing") or pages[0].get("invalid"):
                raise FetchError(f"Wikipedia has no page called {title!r}")
            resolved = pages[0].get("title", title)
            titles.extend(link["title"] for link in pages[0].get("links") or [] if link.get("title"))
            cont = data.get("continue") or {}
            if not cont:
                break
        return resolved, list(dict.fromkeys(titles))[:limit]


def _pages(data: dict, asked: list[str]) -> list[WikiPage]:
    """The pages of a query answer, in the order asked; a redirected page says what it was asked as."""
    query = data.get("query") or {}
    normalized = {n.get("from", ""): n.get("to", "") for n in query.get("normalized") or []}
    redirects = {r.get("from", ""): r.get("to", "") for r in query.get("redirects") or []}
    by_title: dict[str, WikiPage] = {}
    for p in query.get("pages") or []:
        title = p.get("title", "")
        if p.get("missing") or p.get("invalid"):
            by_title[title] = WikiPage(title, missing=True)
            continue
        rev = (p.get("revisions") or [{}])[0]
        content = ((rev.get("slots") or {}).get("main") or {}).get("content", rev.get("content", ""))
        by_title[title] = WikiPage(title, wikitext=content or "", extract=p.get("extract") or "",
                                   page_id=p.get("pageid"), revision=rev.get("revid"))
    out: list[WikiPage] = []
    for asked_title in asked:
        t = normalized.get(asked_title, asked_title)
        hops = 0
        while t in redirects and hops < 5:
            t, hops = redirects[t], hops + 1
        page = by_title.get(t)
        if page is None:
            out.append(WikiPage(asked_title, missing=True))
            continue
        out.append(WikiPage(page.title, page.wikitext, page.extract, page.page_id, page.revision,
                            redirected_from=asked_title if hops else "", missing=page.missing))
    return out


async def fetch_extract(title: str, *, api: str | None = None, max_bytes: int = 2 * 1024 * 1024) -> tuple[str, bytes]:
    """(page title, article bytes in the seed format) for a Wikipedia title: the plain extract only."""
    page = await MediaWiki(api).page(title)
    if page.missing:
        raise FetchError(f"Wikipedia has no page called {_clean_title(title)!r}")
    if not page.extract.strip():
        raise FetchError(f"the page {page.title!r} has no text")
    data = f"{page.title}\n{page.extract}".encode()
    if len(data) > max_bytes:
        raise FetchError("the article is over the 2 MB limit")
    return page.title, data
