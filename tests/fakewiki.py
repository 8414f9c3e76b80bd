"""An in-process fake MediaWiki API serving real pages (MediaWiki XML exports) over HTTP on 127.0.0.1.

It answers what FilmBot asks: ``action=query`` with ``titles`` (``prop=revisions|extracts|links``,
``redirects``, title normalisation), and ``list=categorymembers`` with continuation. Categories
come from the pages' own ``[[Category:...]]`` links, plus any the test adds. ``mode`` makes it
misbehave: "503" answers every request with HTTP 503, "timeout" never answers in time,
"maxlag" answers the first request with a maxlag error. It records every request, its
User-Agent and the most requests it saw in flight at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from pathlib import Path

from aiohttp import web

from bot.dumps import Page, iter_pages, open_xml


class FakeWiki:
    def __init__(self, folders: list[Path], *, page_size: int = 500) -> None:
        self.pages: dict[str, Page] = {}
        self.redirects: dict[str, str] = {}
        self.categories: dict[str, list[str]] = {}
        self.links: dict[str, list[str]] = {}
        self.page_size = page_size
        self.mode = ""
        self.requests: list[dict] = []
        self.agents: list[str] = []
        self.in_flight = 0
        self.max_in_flight = 0
        for folder in folders:
            for f in sorted(folder.glob("*.xml")):
                for p in iter_pages(open_xml(f)):
                    self.add(p)
        self.runner: web.AppRunner | None = None
        self.url = ""
        self._stopping = asyncio.Event()

    def add(self, page: Page) -> None:
        if page.redirect is not None:
            self.redirects[page.title] = page.redirect
            return
        self.pages[page.title] = page
        for cat in re.findall(r"\[\[\s*Category\s*:\s*([^\]|]+)", page.text):
            self.categories.setdefault("Category:" + cat.strip(), []).append(page.title)

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/w/api.php", self.handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/w/api.php"
        return self.url

    async def stop(self) -> None:
        self._stopping.set()  # a request held in "timeout" mode ends now, so shutdown does not wait for it
        if self.runner is not None:
            await self.runner.cleanup()

    async def handle(self, request: web.Request) -> web.Response:
        q = dict(request.query)
        self.requests.append(q)
        self.agents.append(request.headers.get("User-Agent", ""))
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0.01)  # long enough for concurrent requests to overlap
            if self.mode == "503":
                return web.Response(status=503, text="Service Unavailable")
            if self.mode == "timeout":
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), 30)
            if self.mode == "maxlag" and len(self.requests) == 1:
                return web.json_response({"error": {"code": "maxlag", "info": "Waiting for a database server"}},
                                         headers={"Retry-After": "0"})
            if q.get("list") == "categorymembers":
                return web.json_response(self.category(q))
            return web.json_response(self.query(q))
        finally:
            self.in_flight -= 1

    def category(self, q: dict) -> dict:
        members = self.categories.get(q.get("cmtitle", ""), [])
        start = int(q.get("cmcontinue", "0") or 0)
        size = min(int(q.get("cmlimit", "500")), self.page_size)
        chunk = members[start : start + size]
        out: dict = {"batchcomplete": True, "query": {"categorymembers": [{"ns": 0, "title": t} for t in chunk]}}
        if start + size < len(members):
            out["continue"] = {"cmcontinue": str(start + size), "continue": "-||"}
        return out

    def query(self, q: dict) -> dict:
        props = set(q.get("prop", "").split("|"))
        titles = [t for t in q.get("titles", "").split("|") if t]
        normalized, redirects, pages = [], [], []
        for asked in titles:
            t = asked.replace("_", " ")
            if t != asked:
                normalized.append({"from": asked, "to": t})
            if q.get("redirects") and t in self.redirects:
                redirects.append({"from": t, "to": self.redirects[t]})
                t = self.redirects[t]
            page = self.pages.get(t)
            if page is None:
                pages.append({"ns": 0, "title": t, "missing": True})
                continue
            entry: dict = {"pageid": page.page_id, "ns": 0, "title": t}
            if "revisions" in props:
                entry["revisions"] = [{"revid": page.page_id, "slots": {"main": {"contentmodel": "wikitext",
                                                                               "content": page.text}}}]
            if "extracts" in props:
                entry["extract"] = f"{t} is a page.\n\n\n== Plot ==\nAn extract without markup."
            if "links" in props:
                entry["links"] = [{"ns": 0, "title": x} for x in self.links.get(t, [])]
            pages.append(entry)
        query: dict = {"pages": pages}
        if normalized:
            query["normalized"] = normalized
        if redirects:
            query["redirects"] = redirects
        return {"batchcomplete": True, "query": query}
