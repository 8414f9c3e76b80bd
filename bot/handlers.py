"""Command handlers: what every slash command decides, with no Discord in sight.

The cogs and the offline console call the same methods with the same options and get
the same ``Reply`` back; only the way it is shown differs.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, fields

from . import datapack, present, queries
from .library import Library, StorageError
from .matching import NameIndex, normalize
from .queries import Film
from .render import (
    Confirm,
    Reply,
    cite,
    clip,
    embed,
    error,
    escape,
    paginate,
    prepend_note,
    quote_user,
    spoiler,
    tint,
)

CHANNEL_FILM_TTL = 30 * 60  # seconds a channel remembers the film it last asked about
MAX_OPTION_CHARS = 200  # anything longer is not a title or a name
MAX_QUESTION_CHARS = 500


@dataclass(frozen=True)
class Ctx:
    """Who is asking, and where."""

    user_id: int = 0
    guild_id: int | None = None
    channel_id: int | None = None
    is_moderator: bool = False


@dataclass(frozen=True)
class PickedFilm(Film):
    """A film chosen from several loaded films sharing its title (no year typed): the answer is
    about this one, and ``others`` are named beside it so the user can switch."""

    others: tuple[Film, ...] = ()

    @classmethod
    def of(cls, film: Film, others: list[Film]) -> PickedFilm:
        return cls(**{f.name: getattr(film, f.name) for f in fields(Film)}, others=tuple(others))


def also_line(others: tuple[Film, ...] | list[Film]) -> str:
    """"Also: Example (1934), (1972)": the other films of one title, in one line."""
    parts: list[str] = []
    prev = None
    for o in sorted(others, key=lambda f: (f.year or 0, f.id)):
        same = prev is not None and o.title == prev.title and o.year
        parts.append(f"({o.year})" if same else escape(o.label))
        prev = o
    return "Also: " + ", ".join(parts) + " — add the year to the title to choose."


def did_you_mean(query: str, films: list[Film], *, several: bool, lead: str = "") -> Reply:
    """Offer films instead of guessing: one button each on Discord, a numbered list in the console."""
    names = ", ".join(f"**{escape(f.label)}**" for f in films[:5])
    if several:
        text = f"“{quote_user(query)}” could be several films: {names}. Pick one."
    else:
        text = (lead or f"I don't know a film called “{quote_user(query)}”.") + f" Did you mean {names}?"
    return Reply(embeds=[embed("Did you mean…", text)], ephemeral=True, choices=[(f.id, f.label) for f in films[:5]])


def film_not_found(query: str, related: list[Film], *, loading: str = "") -> Reply:
    """Not found; names only titles that really are related (the same words, another number or year).
    *loading*: the default library is still loading (how far), so it may be there in a minute."""
    msg = f"I don't know a film called “{quote_user(query)}”."
    if loading:
        msg = f"I don't know a film called “{quote_user(query)}” yet: {loading}. Try again in a minute."
    if related:
        msg += " Closest titles: " + ", ".join(f"**{escape(f.label)}**" for f in related[:3]) + "."
    else:
        msg += " `/films` lists every film loaded."
    return error(msg, title="Film not found")


class ChannelMemory:
    """The film each channel talked about last, so ``film:`` may be left out for a while."""

    def __init__(self, ttl: float = CHANNEL_FILM_TTL) -> None:
        self.ttl = ttl
        self._films: dict[int, tuple[int, float]] = {}

    def remember(self, channel_id: int | None, film_id: int) -> None:
        if channel_id is not None:
            self._films[channel_id] = (film_id, time.monotonic())

    def recall(self, channel_id: int | None) -> int | None:
        if channel_id is None or channel_id not in self._films:
            return None
        film_id, at = self._films[channel_id]
        if time.monotonic() - at > self.ttl:
            del self._films[channel_id]
            return None
        return film_id

    def forget_film(self, film_id: int) -> None:
        for ch in [c for c, (f, _) in self._films.items() if f == film_id]:
            del self._films[ch]


OUTCOMES = ("all", "won", "nominated", "submitted", "competed")
OUTCOME_MARKS = {"won": "🏆 Won", "nominated": "Nominated", "submitted": "Submitted (not nominated)",
                 "competed": "In competition"}
PLOT_LENGTHS = ("short", "full")
ROLE_LABELS = {
    "director": "Directed by",
    "writer": "Written by",
    "story": "Story by",
    "producer": "Produced by",
    "executive_producer": "Executive producers",
    "cinematographer": "Cinematography",
    "editor": "Edited by",
    "composer": "Music by",
    "based_on_author": "Based on a work by",
    "production_company": "Production companies",
    "distributor": "Distributed by",
}
MONEY_LABELS = {
    "budget": "Budget",
    "opening_weekend": "Opening weekend",
    "per_theater": "Per-theatre average",
    "domestic": "US and Canada",
    "international": "Other territories",
    "worldwide": "Worldwide",
    "gross": "Gross",
    "home_media": "Home media",
    "partial": "Parts of the run",
    "rentals": "Theatrical rentals",
}
#: /films: where films came from (``queries.film_origins``), as a phrase after their count.
FILM_ORIGINS = {
    "seeds": "full articles from the project's seeds (Wikipedia, CC BY-SA)",
    "wikipedia": "pages added from Wikipedia (CC BY-SA)",
    "xml": "pages from MediaWiki XML exports or dumps",
    "file": "articles added from files",
}


def _uniq(items):
    seen = set()
    out = []
    for x in items:
        k = normalize(x) if isinstance(x, str) else x
        if x and k not in seen:
            seen.add(k)
            out.append(x)
    return out


class Handlers:
    """One instance per bot or console, around one open Library."""

    def __init__(self, library: Library) -> None:
        self.lib = library
        self.memory = ChannelMemory()
        self._names: dict[tuple[int, str], NameIndex] = {}
        self._names_version = library.version
        self._sources: dict[int, str] = {}
        self._sources_version = library.version
        self._origins: tuple[int, dict[str, int]] | None = None  # (library version, /films' counts by origin)

    # --- shared plumbing -------------------------------------------------------------------
    def _per_film_fresh(self, cache: dict, version: int) -> None:
        """Bring a per-film cache made at library *version* up to date: when films were only added
        (``Library.added_since``) every other film's entry is still right and stays (emptied after
        every added article, they refilled under load, one database trip a film, in the seconds
        that followed); anything else empties it. Keys are film ids or (film id, …)."""
        added = self.lib.added_since(version) if hasattr(self.lib, "added_since") else None
        if added is None:
            cache.clear()
            return
        for key in [k for k in cache if (k[0] if isinstance(k, tuple) else k) in added]:
            del cache[key]

    def _name_index(self, film_id: int, kind: str, names: list[str]) -> NameIndex:
        if self._names_version != self.lib.version:  # films changed: what changed is dropped
            self._per_film_fresh(self._names, self._names_version)
            self._names_version = self.lib.version
        key = (film_id, kind)
        if key not in self._names:
            self._names[key] = NameIndex(dict(enumerate(names)))
        return self._names[key]

    def pick_film(self, ctx: Ctx, film: str | int | None) -> Film | Reply:
        """The film a command is about, or the Reply to send instead (choice or error).

        An int is a film id (a "did you mean" button pressed); a string is what the user typed."""
        if isinstance(film, int):
            found = self.lib.film(film)
            return found if found else error("That film is no longer loaded.")
        query = (film or "").strip()
        if len(query) > MAX_OPTION_CHARS:
            return error("That film title is too long. Type a few words of the title.")
        if not query:
            remembered = self.memory.recall(ctx.channel_id)
            if remembered is not None and self.lib.film(remembered):
                return self.lib.film(remembered)
            films = self.lib.films
            if len(films) == 1:
                return films[0]
            if not films:
                return error("No films are loaded yet. A moderator can add one with `/filmadmin add`.")
            return error("Which film? Add `film:` (for example `film:" + escape(films[0].title) + "`).")
        look = self.lib.resolve(query)
        if look.found and look.film is not None:
            return PickedFilm.of(look.film, look.others) if look.others else look.film
        if look.status in ("ambiguous", "suggest") and look.candidates:
            loading = self._still_loading()
            lead = f"I don't know a film called “{quote_user(query)}” yet ({loading})." if loading else ""
            return did_you_mean(query, look.candidates, several=look.status == "ambiguous" and not loading, lead=lead)
        return film_not_found(query, look.candidates, loading=self._still_loading())

    def _still_loading(self) -> str:
        """While the default library loads in the background, how far it is (for "not found" yet)."""
        p = self.lib.loading
        if p is None or p.finished:
            return ""
        return f"the default library is still loading: {p.films:,} of {p.total:,} films so far"

    def _done(self, ctx: Ctx, film: Film, reply: Reply) -> Reply:
        reply.film_id = film.id
        if not reply.error:
            self.memory.remember(ctx.channel_id, film.id)
        others = getattr(film, "others", ())
        if others:
            prepend_note(reply, also_line(others))
            reply.alternatives = [(o.id, o.label) for o in others[:4]]
        return reply

    def _done_as(self, kind: str, ctx: Ctx, film: Film, reply: Reply) -> Reply:
        """``_done``, the reply coloured for its kind of answer (``render.COLORS``)."""
        return self._done(ctx, film, tint(reply, kind))

    async def _source(self, film: Film) -> str:
        """Where a film was read from (``films.source_file``), kept until the films change: the card
        reads it for every /film, and a trip to the database each time is one more wait under load."""
        if self._sources_version != self.lib.version:
            self._per_film_fresh(self._sources, self._sources_version)
            self._sources_version = self.lib.version
        if film.id not in self._sources:
            if len(self._sources) >= 4096:
                self._sources.clear()
            self._sources[film.id] = await queries.film_source(self.lib.conn, film.id)
        return self._sources[film.id]

    async def _facts(self, film: Film, kind: str) -> list[dict]:
        return await self.lib.facts(film.id, kind)

    # --- /film -----------------------------------------------------------------------------
    async def film(self, ctx: Ctx, film: str | int | None = None) -> Reply:
        """The film card: who made it and who is in it, when it came out and for how long, what it
        cost and made (conflicting figures each with where the article states them), its ratings
        and top awards, a link to its Wikipedia page and the licence line when its text came from
        there."""
        f = self.pick_film(ctx, film)
        if isinstance(f, Reply):
            return f
        crew = await self._facts(f, "crew")
        cast = await self._facts(f, "cast")
        ident = await self._facts(f, "identity")
        money = await self._facts(f, "money")
        scores = await self._facts(f, "score")
        awards = await self._facts(f, "award")
        releases = await self._facts(f, "release")
        used: list[str] = []
        fields: list[tuple[str, str, bool]] = []

        def names(role: str) -> list[str]:
            rows = [c for c in crew if c["role"] == role]
            used.extend(r["source"]["section"] for r in rows)
            return _uniq([r["name"] for r in rows])

        for role, label in (("director", "Director"), ("writer", "Writers")):
            got = names(role)
            if got:
                fields.append((label, ", ".join(got[:6]), True))
        stars = _uniq([c["actor"] for c in cast])[:6]
        if stars:
            fields.append(("Starring", ", ".join(stars), False))
            used.extend(c["source"]["section"] for c in cast[:6])
        released = present.release_dates(releases)
        if released:
            fields.append(("Released", "\n".join(released), True))
        runtime = [i["value"] for i in ident if i["key"] == "runtime"]
        if runtime:
            fields.append(("Runtime", runtime[0], True))
        genres = present.genres([i["value"] for i in ident if i["key"] == "genre"])
        if genres:
            fields.append(("Genres", ", ".join(genres[:5]), True))
        for kind in ("budget", "worldwide"):
            rows = [m for m in money if m["kind"] == kind]
            if rows:
                fields.append((MONEY_LABELS[kind], present.money_figures(rows), True))
                used.extend(r["source"]["section"] for r in rows)
        # Ratings: Rotten Tomatoes and Metacritic first, then audience polls; one line per source.
        order = {"rotten_tomatoes": 0, "metacritic": 1}
        firsts: dict[str, dict] = {}
        for s in scores:
            firsts.setdefault(s["aggregator"], s)
        score_lines = [present.score(s) for s in sorted(firsts.values(), key=lambda s: order.get(s["aggregator"], 2))]
        if score_lines:
            fields.append(("Ratings", "\n".join(score_lines), False))
        wins = [a for a in awards if a["outcome"] == "won" and a["category"]]
        if wins:
            lines = _uniq([f"{a['category']} ({a['ceremony']})" for a in wins])
            fields.append(("Top awards", "\n".join(lines[:5]), False))
        lead = await queries.sentences_in(self.lib.conn, f.id, ("lead",))
        desc = clip(" ".join(s["text"] for s in lead[:2]), 600)
        used.insert(0, "Lead")
        source = await self._source(f)
        link = datapack.wikipedia_page(source, f.page_title)
        footer = cite(used)
        if datapack.is_lead(source):
            footer += f" · {present.LEAD_ONLY}"
        if link:
            footer += f" · {present.WIKIPEDIA_ATTRIBUTION}"
            # Parentheses in a page name would end a markdown link early: written as %28 and %29.
            fields.append(("Wikipedia", f"[{escape(f.page_title)}]({link.replace('(', '%28').replace(')', '%29')})", False))
        reply = Reply(embeds=[embed(f.label, desc, fields=fields, footer=footer, url=link)])
        return self._done(ctx, f, tint(reply, "film"))

    # --- /boxoffice --------------------------------------------------------------------------
    async def boxoffice(self, ctx: Ctx, film: str | int | None = None) -> Reply:
        f = self.pick_film(ctx, film)
        if isinstance(f, Reply):
            return f
        money = await self._facts(f, "money")
        if not money:
            return self._done_as("money", ctx, f, error(f"The article on **{escape(f.label)}** gives no box office or budget figures.", title="Nothing stated"))
        by_kind: dict[str, list[dict]] = defaultdict(list)
        for m in money:
            by_kind[m["kind"]].append(m)
        fields = []
        for kind, label in MONEY_LABELS.items():
            rows = by_kind.get(kind)
            if not rows:
                continue
            # Conflicting figures stay side by side, each with the section that states it; a figure for
            # part of the run says which part.
            lines = _uniq([f"{present.money(m)}{present.money_period(m)} — {m['source']['section']}" for m in rows])
            fields.append((label, "\n".join(lines), False))
        return self._done_as("money", ctx, f, Reply(embeds=[embed(f"{f.label} — box office", "", fields=fields, footer=cite([m["source"]["section"] for m in money]))]))

    # --- /release ------------------------------------------------------------------------------
    async def release(self, ctx: Ctx, film: str | int | None = None) -> Reply:
        f = self.pick_film(ctx, film)
        if isinstance(f, Reply):
            return f
        rel = await self._facts(f, "release")
        if not rel:
            return self._done_as("release", ctx, f, error(f"The article on **{escape(f.label)}** doesn't say when or how it was released.", title="Nothing stated"))
        lines = [present.release(r) for r in sorted(rel, key=lambda r: (r["date"] or "9999", r["source"]["ref"]))]
        pages = paginate(f"{f.label} — release", _uniq(lines), footer=cite([r["source"]["section"] for r in rel]))
        return self._done_as("release", ctx, f, Reply(embeds=pages))

    # --- /cast ---------------------------------------------------------------------------------
    async def cast(self, ctx: Ctx, film: str | int | None = None, character: str | None = None, actor: str | None = None) -> Reply:
        f = self.pick_film(ctx, film)
        if isinstance(f, Reply):
            return f
        cast = await self._facts(f, "cast")
        history = await self._facts(f, "casting")
        for opt in (character, actor):
            if opt and len(opt) > MAX_OPTION_CHARS:
                return error("That name is too long. Type a few words of it.")
        if character:
            chars = [c for c in cast if c["character"]]
            idx = self._name_index(f.id, "character", [c["character"] for c in chars])
            hits = idx.match(character, 5)
            if not hits:
                plot_names = [p["name"] for p in await self._facts(f, "plot_character")]
                in_plot = self._name_index(f.id, "plot_name_cast", plot_names).best(character) if plot_names else None
                if in_plot is not None:
                    msg = (f"The plot of **{escape(f.label)}** names {escape(plot_names[in_plot[0]])}, "
                           "but the article doesn't say who played them.")
                else:
                    msg = f"The article on **{escape(f.label)}** doesn't say who played “{quote_user(character)}”."
                known = ", ".join(escape(c["character"]) for c in chars[:8])
                if known:
                    msg += f" Characters it pairs with actors: {known}."
                return self._done_as("cast", ctx, f, error(msg, title="Character not found"))
            best = hits[0][2]
            rows = [chars[i] for i, _n, s in hits if s >= best - 0.5]
            lines = [f"**{escape(r['character'])}** was {'voiced' if r['voice'] else 'played'} by **{escape(r['actor'])}**." for r in rows]
            lines += self._history_lines([h for h in history if h["character"] and any(normalize(h["character"]) == normalize(r["character"]) for r in rows)])
            return self._done_as("cast", ctx, f, Reply(embeds=[embed(f"{f.label} — {rows[0]['character']}", "\n".join(lines), footer=cite([r["source"]["section"] for r in rows]))]))
        if actor:
            idx = self._name_index(f.id, "actor", [c["actor"] for c in cast])
            hits = idx.match(actor, 5)
            if not hits:
                return self._done_as("cast", ctx, f, error(f"The article on **{escape(f.label)}** doesn't list “{quote_user(actor)}” in the cast.", title="Not in the cast"))
            best = hits[0][2]
            rows = [cast[i] for i, _n, s in hits if s >= best - 0.5]
            lines = []
            for r in rows:
                if r["character"]:
                    lines.append(f"**{escape(r['actor'])}** {'voiced' if r['voice'] else 'played'} **{escape(r['character'])}**.")
                else:
                    lines.append(f"**{escape(r['actor'])}** is in the cast; the article doesn't name the role.")
            lines += self._history_lines([h for h in history if normalize(h["person"]) == normalize(rows[0]["actor"]) or normalize(h["other"]) == normalize(rows[0]["actor"])])
            return self._done_as("cast", ctx, f, Reply(embeds=[embed(f"{f.label} — {rows[0]['actor']}", "\n".join(lines), footer=cite([r["source"]["section"] for r in rows]))]))
        if not cast and not history:
            return self._done_as("cast", ctx, f, error(f"The article on **{escape(f.label)}** doesn't name its cast in prose.", title="Nothing stated"))
        lines = []
        for c in cast:
            role = f" as {escape(c['character'])}" if c["character"] else ""
            voice = " (voice)" if c["voice"] else ""
            lines.append(f"• **{escape(c['actor'])}**{role}{voice}")
        hist = self._history_lines(history)
        if hist:
            lines += ["", "**Casting history**"] + hist
        pages = paginate(f"{f.label} — cast", lines, footer=cite([c["source"]["section"] for c in cast + history]))
        return self._done_as("cast", ctx, f, Reply(embeds=pages))

    @staticmethod
    def _history_lines(history: list[dict]) -> list[str]:
        words = {
            "cast": "was cast", "negotiating": "entered negotiations", "dropped_out": "dropped out",
            "replaced": "was replaced", "recast": "was recast", "considered": "was considered",
            "declined": "declined the role",
        }
        out = []
        replaced = {(normalize(h["person"]), normalize(h["other"])) for h in history if h["event"] == "replaced"}
        for h in history:
            if h["event"] == "recast" and (normalize(h["person"]), normalize(h["other"])) in replaced:
                continue  # "recast" and "replaced" by the same person tell one story
            line = f"• {escape(h['person'])} {words.get(h['event'], h['event'].replace('_', ' '))}"
            if h["other"]:
                line += f" by {escape(h['other'])}" if h["event"] in ("replaced", "recast") else f" ({escape(h['other'])})"
            if h["character"]:
                line += f" — {escape(h['character'])}"
            out.append(line)
        return _uniq(out)

    # --- /awards ---------------------------------------------------------------------------
    async def awards(self, ctx: Ctx, film: str | int | None = None, ceremony: str | None = None, outcome: str | None = "all") -> Reply:
        f = self.pick_film(ctx, film)
        if isinstance(f, Reply):
            return f
        outcome = (outcome or "all").strip().lower()
        if outcome not in OUTCOMES:
            return error("`outcome` must be one of: won, nominated, submitted, competed, all.")
        awards = await self._facts(f, "award")
        counts = await self._facts(f, "award_count")
        if not awards and not counts:
            return self._done_as("awards", ctx, f, error(f"The article on **{escape(f.label)}** mentions no awards or nominations.", title="Nothing stated"))
        if ceremony:
            if len(ceremony) > MAX_OPTION_CHARS:
                return error("That ceremony name is too long.")
            ceremonies = _uniq([a["ceremony"] for a in awards + counts if a["ceremony"]])
            idx = self._name_index(f.id, "ceremony", ceremonies)
            hits = idx.search(ceremony, 3)
            if not hits:
                known = ", ".join(escape(c) for c in ceremonies[:10]) or "none named"
                return self._done_as("awards", ctx, f, error(f"The article doesn't mention “{quote_user(ceremony)}” for **{escape(f.label)}**. Ceremonies it names: {known}.", title="Ceremony not found"))
            want = {normalize(ceremonies[hits[0][0]])}
            awards = [a for a in awards if normalize(a["ceremony"]) in want]
            counts = [c for c in counts if normalize(c["ceremony"]) in want]
        if outcome != "all":
            awards = [a for a in awards if a["outcome"] == outcome]
            counts = [c for c in counts if c["outcome"] == outcome]
        groups: dict[str, list[dict]] = defaultdict(list)
        for a in awards:
            groups[present.ceremony(a)].append(a)
        lines: list[str] = []
        for c in counts:
            name = present.ceremony(c) if c["ceremony"] else ""
            lines.append(f"• {c['text']}" + (f" ({name})" if name and name.lower() not in c["text"].lower() else ""))
        if lines:
            lines.insert(0, "**Stated counts**")
        for name, rows in groups.items():
            won = sum(1 for r in rows if r["outcome"] == "won")
            nom = sum(1 for r in rows if r["outcome"] == "nominated")
            other = len(rows) - won - nom
            lines.append(f"**{escape(name)}** — {won} won, {nom} nominated" + (f", {other} entered" if other else "")
                         if rows else f"**{escape(name)}**")
            for r in rows:
                mark = OUTCOME_MARKS.get(r["outcome"], "Nominated")
                cat = r["category"] or "(category not named)"
                who = f" — {escape(r['recipient'])}" if r["recipient"] else ""
                lines.append(f"• {mark}: {escape(cat)}{who}")
        if not lines:
            return self._done_as("awards", ctx, f, error(f"No {outcome} awards match for **{escape(f.label)}**.", title="Nothing stated"))
        pages = paginate(f"{f.label} — awards", lines, footer=cite([a["source"]["section"] for a in awards + counts]))
        return self._done_as("awards", ctx, f, Reply(embeds=pages))

    # --- /plot -----------------------------------------------------------------------------
    async def plot(self, ctx: Ctx, film: str | int | None = None, character: str | None = None, length: str | None = "short", spoilers: bool = True) -> Reply:
        f = self.pick_film(ctx, film)
        if isinstance(f, Reply):
            return f
        length = (length or "short").strip().lower()
        if length not in PLOT_LENGTHS:
            return error("`length` must be short or full.")
        sents = await queries.sentences_in(self.lib.conn, f.id, ("plot",))
        if not sents:
            return self._done_as("plot", ctx, f, error(f"The article on **{escape(f.label)}** has no plot summary.", title="Nothing stated"))
        wrap = spoiler if spoilers else None
        section = sents[0]["path"]
        if character:
            if len(character) > MAX_OPTION_CHARS:
                return error("That name is too long.")
            chars = await self._facts(f, "plot_character")
            cast_chars = [c["character"] for c in await self._facts(f, "cast") if c["character"]]
            names = _uniq([c["name"] for c in chars] + cast_chars)
            idx = self._name_index(f.id, "plot_name", names)
            hit = idx.best(character)
            if hit is None:
                return self._done_as("plot", ctx, f, error(f"The plot of **{escape(f.label)}** doesn't mention “{quote_user(character)}”.", title="Character not found"))
            name = names[hit[0]]
            tokens = [t for t in normalize(name).split() if len(t) > 2]
            about = [s for s in sents if any(t in normalize(s["text"]).split() for t in tokens)]
            if not about:
                return self._done_as("plot", ctx, f, error(f"The plot of **{escape(f.label)}** doesn't mention {escape(name)}.", title="Character not found"))
            pages = paginate(f"{f.label} — {name} in the plot", [s["text"] for s in about], footer=cite([section]), wrap=wrap)
            return self._done_as("plot", ctx, f, Reply(embeds=pages))
        footer = cite([section])
        if length == "short":
            first_para = sents[0]["para"]
            chosen = [s for s in sents if s["para"] == first_para]
            lines = [" ".join(s["text"] for s in chosen)]
            if len(sents) > len(chosen):
                footer += " · first paragraph; length:full for the whole plot"
        else:
            # One line per sentence, so no page ends inside a sentence.
            lines = [s["text"] for s in sents]
        pages = paginate(f"{f.label} — plot", lines, footer=footer, wrap=wrap)
        return self._done_as("plot", ctx, f, Reply(embeds=pages))

    # --- /reviews ------------------------------------------------------------------------------
    async def reviews(self, ctx: Ctx, film: str | int | None = None, critic: str | None = None, publication: str | None = None) -> Reply:
        f = self.pick_film(ctx, film)
        if isinstance(f, Reply):
            return f
        reviews = await self._facts(f, "review")
        scores = await self._facts(f, "score")
        if not reviews and not scores:
            return self._done_as("reviews", ctx, f, error(f"The article on **{escape(f.label)}** quotes no reviews or scores.", title="Nothing stated"))
        for opt in (critic, publication):
            if opt and len(opt) > MAX_OPTION_CHARS:
                return error("That name is too long.")
        filtered = reviews
        if critic:
            names = [r["critic"] for r in reviews]
            hits = self._name_index(f.id, "critic", names).match(critic, 3) if any(names) else []
            if not hits:
                return self._done_as("reviews", ctx, f, error(f"The article doesn't quote a critic called “{quote_user(critic)}” on **{escape(f.label)}**.", title="Critic not found"))
            want = normalize(names[hits[0][0]])
            filtered = [r for r in filtered if normalize(r["critic"]) == want]
        if publication:
            pubs = [r["publication"] for r in reviews]
            hits = self._name_index(f.id, "publication", pubs).match(publication, 3) if any(pubs) else []
            if not hits:
                return self._done_as("reviews", ctx, f, error(f"The article doesn't quote “{quote_user(publication)}” on **{escape(f.label)}**.", title="Publication not found"))
            want = normalize(pubs[hits[0][0]])
            filtered = [r for r in filtered if normalize(r["publication"]) == want]
        lines: list[str] = []
        if not critic and not publication:
            seen = set()
            for s in scores:
                if s["aggregator"] in seen:
                    continue
                seen.add(s["aggregator"])
                lines.append(present.score(s))
                if s.get("consensus"):
                    lines.append(f"> {s['consensus']}")
            if lines and filtered:
                lines.append("")
        verdict_mark = {"positive": "👍", "negative": "👎", "mixed": "🤔"}
        for r in filtered:
            who = escape(r["critic"] or "A critic")
            if r["publication"]:
                who += f" ({escape(r['publication'])})"
            bits = [f"{verdict_mark.get(r['verdict'], '•')} **{who}**"]
            if r["verdict"]:
                bits.append(r["verdict"])
            if r["rating_text"]:
                rating = r["rating_text"]
                if r["rating_value"] is not None and r["rating_scale"]:
                    rating += f" ({r['rating_value']:g}/{r['rating_scale']:g})"
                bits.append(rating)
            line = " — ".join(bits)
            if r["quote"]:
                line += f"\n  “{clip(r['quote'], 300)}”"
            lines.append(line)
        pages = paginate(f"{f.label} — reviews", lines, footer=cite([x["source"]["section"] for x in scores + filtered]))
        return self._done_as("reviews", ctx, f, Reply(embeds=pages))

    # --- /ask and /person ----------------------------------------------------------------------
    async def ask(self, ctx: Ctx, question: str | None = None) -> Reply:
        from .ask import answer

        q = (question or "").strip()
        if not q:
            return error("Ask me something about a film, e.g. `who directed <title>?` or `how much did <title> make?`")
        if len(q) > MAX_QUESTION_CHARS:
            return error(f"That question is too long ({len(q):,} characters). Keep it under {MAX_QUESTION_CHARS}.")
        ans = await answer(self.lib, q, channel_film_id=self.memory.recall(ctx.channel_id))
        if ans.film_id is not None:
            self.memory.remember(ctx.channel_id, ans.film_id)
        title = clip(f"{ans.film} — {q}" if ans.film else q, 256)
        body = escape(ans.answer) if ans.kind in ("abstain", "need_film") else ans.answer.replace("@", "@\u2060")
        if not ans.confident and not ans.abstained:
            body += "\n\n*I'm not sure about this one; check the quoted sentence.*"
        fields = [(f"From {s['section'] or 'the article'}", f"“{clip(s['sentence'], 900)}”", False) for s in ans.sources[:3]]
        footer = cite([s["section"] for s in ans.sources]) or "Source: the film articles"
        reply = Reply(embeds=[embed(title, body, fields=fields, footer=footer)], data=ans.to_dict())
        if ans.kind == "need_film" and ans.candidates:
            reply.data["candidates"] = ans.candidates
        reply.ephemeral = ans.kind == "need_film" and not ans.candidates
        reply.film_id = ans.film_id
        return tint(reply, "answer" if ans.confident and not ans.abstained else "unsure")

    async def person(self, ctx: Ctx, name: str | None = None) -> Reply:
        from .ask import person_credits

        n = (name or "").strip()
        if not n or len(n) > MAX_OPTION_CHARS:
            return error("Give a person's name or surname (a few words).")
        got = await person_credits(self.lib, n)
        if got["status"] == "none":
            return error(f"No film I know credits anyone called “{quote_user(n)}”.", title="Person not found")
        if got["status"] == "ambiguous" and not got["name"]:
            names = ", ".join(f"**{escape(c)}**" for c in got["candidates"][:8])
            return error(f"“{quote_user(n)}” could be several people: {names}. Add the full name.", title="Which person?")
        labels = {"acted": "Acted in", "director": "Directed", "writer": "Wrote", "producer": "Produced",
                  "cinematographer": "Cinematography", "editor": "Edited", "composer": "Music"}
        lines = []
        for role, rows in got["credits"].items():
            lines.append(f"**{labels.get(role, role.replace('_', ' ').title())}**")
            for r in rows:
                extra = f" as {escape(r['character'])}" if r.get("character") else ""
                extra += " (voice)" if r.get("voice") else ""
                lines.append(f"• {escape(r['film'])}{extra}")
        if not lines:
            return error(f"I know the name {escape(got['name'])}, but no film credits them.", title="No credits")
        sections = [r["source"]["section"] for rows in got["credits"].values() for r in rows]
        return tint(Reply(embeds=paginate(f"{got['name']} — credits", lines, footer=cite(sections))), "person")

    # --- /films and moderator commands ---------------------------------------------------------
    async def films(self, ctx: Ctx) -> Reply:
        films = sorted(self.lib.films, key=lambda f: (f.title.lower(), f.year or 0))
        if not films:
            return error("No films are loaded yet. A moderator can add one with `/filmadmin add`.")
        lines = [f"• {escape(f.label)}" for f in films]
        reply = Reply(embeds=paginate(f"Films ({len(films):,})", lines))
        return tint(prepend_note(reply, await self._where_films_came_from(len(films))), "list")

    async def _where_films_came_from(self, total: int) -> str:
        """One paragraph for /films: how many films came from where (the default library with its
        source and licence, the seeds, added pages and files), and how far a background load is."""
        # Counted once per change of the films (a scan of every film's source: ~0.1 s at 34,000).
        if self._origins is None or self._origins[0] != self.lib.version:
            self._origins = (self.lib.version, await queries.film_origins(self.lib.conn))
        origins = self._origins[1]
        parts = []
        for origin, n in sorted(origins.items(), key=lambda kv: -kv[1]):
            if origin.startswith(datapack.LEAD_PREFIX):
                pack = datapack.shipped(origin[len(datapack.LEAD_PREFIX):])
                what = f"{pack.description} (the default library: {pack.source})" if pack else "lead paragraphs from a data pack"
                parts.append(f"{n:,} {what}")
            else:
                parts.append(f"{n:,} " + FILM_ORIGINS.get(origin, FILM_ORIGINS["file"]))
        stored = sum(origins.values())
        text = f"**{stored:,} films**: " + "; ".join(parts) + "."
        loading = self.lib.loading
        if loading is not None and not loading.finished:
            text += (f" Still loading the default library in the background: {loading.films:,} of "
                     f"{loading.total:,} so far.")
        if stored != total:  # saved, not yet in the title index (rebuilt every few seconds while loading)
            text += f" {total:,} of them can be looked up yet; the others in a few seconds."
        return text

    def film_to_remove(self, film: str | int | None) -> Film | Reply:
        """The one film a removal is about, or the Reply to send instead.

        Stricter than :meth:`pick_film`: only an id (a button) or the exact title acts; a typo'd
        title, a title several films share, or a close one is offered as a choice, never taken."""
        if isinstance(film, int):
            found = self.lib.film(film)
            return found if found else error("That film is no longer loaded.")
        query = (film or "").strip()
        if not query:
            return error("Say which film to remove with `film:`.")
        if len(query) > MAX_OPTION_CHARS:
            return error("That film title is too long. Type a few words of the title.")
        look = self.lib.resolve(query)
        if look.status == "exact" and look.film is not None:
            return look.film
        if look.status == "shared":
            return did_you_mean(query, look.candidates, several=True)
        if look.status == "match" and look.film is not None:
            return did_you_mean(query, [look.film], several=False,
                                lead=f"To remove a film, give its exact title (“{quote_user(query)}” is not).")
        if look.status in ("ambiguous", "suggest") and look.candidates:
            return did_you_mean(query, look.candidates, several=look.status == "ambiguous")
        return film_not_found(query, look.candidates)

    async def admin_remove(self, ctx: Ctx, film: str | int | None) -> Reply:
        """Ask before removing: name the film, its year and how many facts go with it."""
        if not ctx.is_moderator:
            return error("You need the **Manage Server** permission to remove films.", title="Not allowed")
        f = self.film_to_remove(film)
        if isinstance(f, Reply):
            return f
        counts = await queries.fact_counts(self.lib.conn, f.id)
        total = sum(counts.values())
        detail = ", ".join(f"{k.replace('_', ' ')} {n}" for k, n in sorted(counts.items()))
        what = f"its {total:,} facts ({detail})" if total else "its article (no facts)"
        text = f"This deletes **{escape(f.label)}** and {what} for every server. It cannot be undone."
        label = f"{f.title} ({f.year})" if f.year else f.title
        return Reply(
            embeds=[embed("Remove this film?", text)],
            ephemeral=True,
            confirm=Confirm("remove_film", f.id, clip(f"Remove {label}", 80), expect=f.label,
                            cancelled=f"Cancelled: **{escape(f.label)}** was not removed."),
        )

    async def confirm(self, ctx: Ctx, pending: Confirm) -> Reply:
        """Run a destructive action the user has just confirmed (a button, or "y" in the console)."""
        if pending.action == "remove_film":
            return await self._remove_film(ctx, pending)
        return error("That action is no longer available.")

    async def _remove_film(self, ctx: Ctx, pending: Confirm) -> Reply:
        if not ctx.is_moderator:
            return error("You need the **Manage Server** permission to remove films.", title="Not allowed")
        f = self.lib.film(pending.target)
        if f is None or f.label != pending.expect:
            return error(f"**{escape(pending.expect)}** is no longer loaded; nothing was removed.", title="Nothing removed")
        try:
            await self.lib.remove(f.id)
        except StorageError as exc:
            return error(f"**{escape(f.label)}** was not removed: {exc}.", title="Not saved")
        self.memory.forget_film(f.id)
        return Reply(embeds=[embed("Film removed", f"**{escape(f.label)}** and all its facts were removed.")], ephemeral=True)

    async def admin_add_bytes(self, ctx: Ctx, data: bytes, source: str) -> Reply:
        if not ctx.is_moderator:
            return error("You need the **Manage Server** permission to add films.", title="Not allowed")
        result = await self.lib.add_article(data, source)
        if not result.ok:
            return error(f"`{escape(clip(source, 80))}` was not added: {escape(result.error)}.", title="Article rejected")
        counts = ", ".join(f"{k} {n}" for k, n in sorted(result.counts.items())) or "no structured facts"
        label = f"{result.title} ({result.year})" if result.year else result.title
        return Reply(embeds=[embed("Film added", f"**{escape(label)}** is ready: {counts}.")], ephemeral=True, film_id=result.film_id)
