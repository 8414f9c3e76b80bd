"""Fetching an article as a plain-text extract through the MediaWiki API.

``prop=extracts&explaintext=1`` returns exactly the plain format the parser reads
(title aside, which we put back as the first line), so a fetched article and a file
go through the same checks and the same pipeline.
"""

from __future__ import annotations

import os

import aiohttp

DEFAULT_API = "https://en.wikipedia.org/w/api.php"
MAX_TITLE = 250
TIMEOUT = aiohttp.ClientTimeout(total=15)


class FetchError(Exception):
    """A fetch that failed; str() is one line for the user."""


def api_url() -> str:
    return os.environ.get("WIKIPEDIA_API", "").strip() or DEFAULT_API


async def fetch_extract(title: str, *, api: str | None = None, max_bytes: int = 2 * 1024 * 1024) -> tuple[str, bytes]:
    """(page title, article bytes in the seed format) for a Wikipedia title."""
    title = " ".join(title.split())
    if not title or len(title) > MAX_TITLE:
        raise FetchError("give a Wikipedia page title of at most 250 characters")
    params = {
        "action": "query", "prop": "extracts", "explaintext": "1", "redirects": "1",
        "format": "json", "formatversion": "2", "titles": title,
    }
    headers = {"User-Agent": "FilmBot/0.1 (Discord film trivia bot)"}
    try:
        async with aiohttp.ClientSession(timeout=TIMEOUT, headers=headers) as session:
            async with session.get(api or api_url(), params=params) as resp:
                if resp.status != 200:
                    raise FetchError(f"Wikipedia answered HTTP {resp.status}")
                raw = await resp.content.read(max_bytes + 1)
                if len(raw) > max_bytes:
                    raise FetchError("the article is over the 2 MB limit")
                import json

                data = json.loads(raw.decode("utf-8"))
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise FetchError(f"could not reach Wikipedia ({type(exc).__name__})") from None
    except ValueError:
        raise FetchError("Wikipedia sent something that is not JSON") from None
    pages = (data.get("query") or {}).get("pages") or []
    if not pages or pages[0].get("missing") or pages[0].get("invalid"):
        raise FetchError(f"Wikipedia has no page called {title!r}")
    page = pages[0]
    text = page.get("extract") or ""
    if not text.strip():
        raise FetchError(f"the page {page.get('title', title)!r} has no text")
    page_title = page.get("title", title)
    return page_title, f"{page_title}\n{text}".encode()
