"""Trivia commands as plain async methods, and game events rendered as embed dicts.

The cog (Discord) and the console call these; neither decides anything itself. Who may
host, which questions a game gets, what a reveal looks like: all of it lives here, so it
is testable without Discord.
"""

from __future__ import annotations

import asyncio
import logging
import random
from dataclasses import dataclass, field
from typing import Any

from .. import vocab
from ..handlers import Ctx
from ..library import Library, quick_gil_handoff
from ..render import ERROR_COLOR, Reply, clip, embed, error, escape, paginate, quote_user, spoiler
from .packs import MAX_BYTES, Pack, PackError, PackInfo, parse_pack
from .questions import CATEGORIES, DIFFICULTIES, Pool, game_questions, load_pool
from .session import (
    MAX_TEAM_NAME,
    MAX_TEAMS,
    Game,
    GameConfig,
    GameEnded,
    GameError,
    GameManager,
    GamePaused,
    GameRefused,
    GameResumed,
    Hint,
    PlayerScore,
    QuestionAsked,
    Revealed,
    TeamScore,
)
from .settings import SETTING_KEYS, SettingError, TriviaSettings
from .sqlite_store import SqliteTriviaStore
from .store import GameRecorder, StoreError, TriviaStore

MAX_PACK_BYTES = MAX_BYTES  # one limit, kept with the pack format
FILMS_PER_GAME = 12  # when no film is named, questions come from this many well-documented films
TEAM_LOBBY = 20.0  # seconds to pick a team before the first question of a timed team game
MEDALS = ("🥇", "🥈", "🥉")
LETTERS = "ABCD"


@dataclass
class Started:
    """A game ready to run: the cog starts ``run_game(game, …, recorder=recorder)``."""

    game: Game
    game_id: int
    recorder: GameRecorder
    reply: Reply
    questions: list[Any] = field(default_factory=list)


def may_host(ctx: Ctx, settings: TriviaSettings, role_ids: tuple[int, ...] = ()) -> bool:
    """Manage Server, or the server's host role."""
    return ctx.is_moderator or (settings.host_role_id is not None and settings.host_role_id in role_ids)


def _split(value: str | None) -> list[str]:
    return [p.strip() for p in (value or "").replace(";", ",").split(",") if p.strip()]


class TriviaService:
    def __init__(self, lib: Library, manager: GameManager | None = None, store: TriviaStore | None = None) -> None:
        self.lib = lib
        #: Games, scores, seasons, settings and packs: the library's SQLite file unless the bot was
        #: given another store (PostgreSQL, shared by every process, when FILMBOT_DATABASE_URL is set).
        self.store = store if store is not None else SqliteTriviaStore(lib.conn)
        self.manager = manager or GameManager()
        self._start_lock = asyncio.Lock()
        self._pool: tuple[int, Pool] | None = None
        self._rebuild: asyncio.Task | None = None  # a newer pool being built in the background

    async def pool(self) -> Pool:
        """Distractor candidates over every film, rebuilt only when the set of films changed.

        When films were only added (``Library.added_since``), the pool in hand is still right
        (every value in it is still some film's) and is used while a new one is built in the
        background on a read-only connection of its own: rebuilt at once, the next question of
        every running game waited for it, and reading every fact of 40,000 films through the
        library's connection held up every command's reads behind it for seconds."""
        version = self.lib.version
        if self._pool is not None and self._pool[0] != version and self.lib.path is not None \
                and self.lib.added_since(self._pool[0]) is not None:
            if self._rebuild is None or self._rebuild.done():
                self._rebuild = asyncio.create_task(self._rebuild_pool(version))
            return self._pool[1]
        if self._pool is None or self._pool[0] != version:
            with quick_gil_handoff():
                self._pool = (version, await load_pool(self.conn))
        return self._pool[1]

    async def _rebuild_pool(self, version: int) -> None:
        from ..database import connect

        try:
            conn = await connect(self.lib.path, readonly=True)
            try:
                with quick_gil_handoff():  # the pool is sorted in threads, seconds of Python at 40,000 films
                    pool = await load_pool(conn)
            finally:
                await conn.close()
        except Exception as exc:  # noqa: BLE001 - the pool in hand stays; the next game tries again
            logging.getLogger(__name__).warning("could not rebuild the trivia pool: %s", exc)
            return
        if self._pool is None or self._pool[0] < version:
            self._pool = (version, pool)

    @property
    def conn(self):
        """The film library's connection (films and facts); trivia state goes through ``store``."""
        return self.lib.conn

    async def settings(self, guild_id: int | None) -> TriviaSettings:
        return await self.store.get_settings(guild_id or 0)

    async def _host_check(self, ctx: Ctx, role_ids: tuple[int, ...]) -> Reply | None:
        if ctx.guild_id is None:
            return error("Trivia runs in a server channel.")
        if not may_host(ctx, await self.settings(ctx.guild_id), role_ids):
            return error("Only moderators (Manage Server) or the server's trivia host role can do that.", title="Not allowed")
        return None

    # --- questions ---------------------------------------------------------------------------
    async def _film_ids(self, films: str | None, rng: random.Random) -> list[int] | Reply:
        names = _split(films)
        if len(names) > 10:
            return error("Name at most 10 films for one game.")
        if names:
            ids = []
            for name in names:
                look = self.lib.resolve(name[:200])
                if not look.found:
                    hint = ", ".join(escape(f.label) for f in look.candidates[:3])
                    msg = f"I don't know which film “{quote_user(name)}” is." + (f" Closest: {hint}." if hint else "")
                    return error(msg, title="Film not found")
                ids.append(look.film.id)
            return ids
        # No film named: the best-documented films (a lead-only stub has little to ask).
        async with self.conn.execute("SELECT id FROM films ORDER BY n_chars DESC LIMIT 200") as cur:
            rich = [r[0] for r in await cur.fetchall()]
        rng.shuffle(rich)
        return rich[:FILMS_PER_GAME]

    async def make_questions(
        self, ctx: Ctx, *, films: str | None = None, categories: str | None = None, count: int = 10,
        difficulty: str | None = None, seed: int | None = None, pack: str | None = None, buttons: bool = True,
    ) -> list[Any] | Reply:
        seed = seed if seed is not None else random.randrange(1 << 31)
        if pack:
            p = await self.store.get_pack(ctx.guild_id or 0, pack.strip().lower()[:40])
            if p is None:
                return error(f"This server has no pack called “{quote_user(pack)}”. See `/trivia pack list`.")
            qs = p.questions(distractors=buttons, seed=seed)
            if not qs:
                return error("That pack has too few questions for buttons mode; try `mode:typed`.")
            random.Random(seed).shuffle(qs)
            return qs[:count]
        cats = [c.lower().replace(" ", "_") for c in _split(categories)]
        bad = [c for c in cats if c not in CATEGORIES]
        if bad:
            return error(f"Unknown category “{quote_user(bad[0])}”. Categories: {', '.join(CATEGORIES)}.")
        diff = (difficulty or "any").lower()
        if diff not in (*DIFFICULTIES, "any"):
            return error("`difficulty` must be easy, medium, hard or any.")
        rng = random.Random(seed)
        ids = await self._film_ids(films, rng)
        if isinstance(ids, Reply):
            return ids
        # One game's choice (questions.pick_game): buttons keep the questions with three wrong options.
        qs = await game_questions(self.conn, ids, count, seed=seed, pool=await self.pool(), categories=cats or None,
                                  difficulty=None if diff == "any" else diff, buttons=buttons)
        if not qs:
            hint = " Try `mode:typed`." if buttons else ""
            return error("I couldn't make questions from those films and categories. Try other ones." + hint)
        return qs

    # --- game control --------------------------------------------------------------------------
    async def start(
        self, ctx: Ctx, *, role_ids: tuple[int, ...] = (), films: str | None = None, categories: str | None = None,
        questions: int | None = None, mode: str | None = None, difficulty: str | None = None,
        time: int | None = None, pack: str | None = None, seed: int | None = None,
        pace: str | None = None, teams: str | None = None,
    ) -> Started | Reply:
        denied = await self._host_check(ctx, role_ids)
        if denied:
            return denied
        settings = await self.settings(ctx.guild_id)
        overrides: dict[str, Any] = {"mode": mode, "questions": questions, "time_limit": float(time) if time else None}
        if pack:
            p = await self.store.get_pack(ctx.guild_id or 0, pack.strip().lower()[:40])
            if p is not None:
                overrides = {**p.game_overrides(), **{k: v for k, v in overrides.items() if v is not None}}
        if seed is not None:
            overrides["seed"] = seed
        if pace is not None:
            overrides["pace"] = pace
        team_names = parse_teams(teams)
        if isinstance(team_names, Reply):
            return team_names
        if team_names:
            overrides["teams"] = team_names
            overrides["lobby"] = TEAM_LOBBY if (pace or "timed") == "timed" else 0.0
        try:
            config = GameConfig.from_settings(settings, **overrides)
        except GameError as exc:
            return error(f"{exc}.", title="Can't start")
        async with self._start_lock:  # two hosts pressing start at once get one game
            if self.manager.get(ctx.guild_id or 0, ctx.channel_id or 0) is not None:
                return error("A trivia game is already running in this channel. `/trivia stop` it first.", title="Can't start")
            qs = await self.make_questions(
                ctx, films=films, categories=categories or ",".join(settings.categories), count=config.questions,
                difficulty=difficulty or settings.difficulty, seed=seed, pack=pack, buttons=config.mode == "buttons",
            )
            if isinstance(qs, Reply):
                return qs
            try:
                game = self.manager.start(ctx.guild_id or 0, ctx.channel_id or 0, ctx.user_id, qs, config)
            except GameRefused as exc:
                return error(str(exc), title="Can't start")
            try:
                game_id = await self.store.create_game(ctx.guild_id or 0, ctx.channel_id or 0, ctx.user_id,
                                                       config.mode, f"pack:{pack}" if pack else "films")
            except StoreError as exc:  # not saved, so not started: the channel stays free for the next try
                self.manager.discard(game)
                return error(str(exc), title="Can't start")
        what = f"pack **{escape(pack)}**" if pack else "the films"
        reply = start_reply(config, len(qs), what)
        return Started(game, game_id, GameRecorder(self.store, game_id), reply, qs)

    def _game(self, ctx: Ctx) -> Game | Reply:
        game = self.manager.get(ctx.guild_id or 0, ctx.channel_id or 0)
        return game if game is not None else error("No trivia game is running in this channel.")

    async def control(self, ctx: Ctx, action: str, role_ids: tuple[int, ...] = ()) -> Reply:
        """stop | skip | pause | resume | hint | next (host-paced games: reveal, then the next question)."""
        game = self._game(ctx)
        if isinstance(game, Reply):
            return game
        denied = await self._host_check(ctx, role_ids)
        if denied and not (action == "stop" and ctx.user_id == game.host_id):
            return denied
        try:
            if action == "stop":
                game.stop()
                return Reply(embeds=[embed("Trivia stopped", "The game was stopped; scores so far are kept.")], ephemeral=True)
            if action == "next":
                did = game.next()
                text = ("Revealed. `/trivia next` asks the next question when you're ready." if did == "revealed"
                        else "Next question coming up.")
                return Reply(embeds=[embed("Next", text)], ephemeral=True)
            if action == "skip":
                game.skip()
                return Reply(embeds=[embed("Skipped", "On to the next question.")], ephemeral=True)
            if action == "pause":
                game.pause()
                return Reply(embeds=[embed("Paused", "The game is paused. `/trivia resume` to go on.")])
            if action == "resume":
                game.resume()
                return Reply(embeds=[embed("Resumed", "Back to it!")])
            if action == "hint":
                game.hint()
                return Reply(embeds=[embed("Hint", "A hint is on its way (it costs points).")], ephemeral=True)
        except GameError as exc:
            return error(f"{exc}", title="Can't do that now")
        return error("Unknown action.")

    async def scores(self, ctx: Ctx) -> Reply:
        game = self._game(ctx)
        if isinstance(game, Reply):
            return game
        lines = [*team_lines(game.team_scores), *player_lines(game.scores)]
        return Reply(embeds=paginate("Scores this game", lines or ["Nobody has scored yet."]))

    async def leaderboard(self, ctx: Ctx, scope: str = "server", sort: str = "points") -> Reply:
        try:
            rows = await self.store.leaderboard(ctx.guild_id or 0, scope, sort, limit=25)
        except ValueError as exc:
            return error(f"{exc}.")
        if not rows:
            return Reply(embeds=[embed("Leaderboard", "No games played yet. A moderator can `/trivia start` one!")])
        lines = [f"{r.rank}. <@{r.user_id}> — {r.points:,} pts · {r.wins} wins · {r.games} games" for r in rows]
        title = {"server": "Leaderboard — this server", "season": "Leaderboard — this season", "all-time": "Leaderboard — all servers"}[scope]
        return Reply(embeds=paginate(title, lines))

    async def season_new(self, ctx: Ctx, name: str | None, role_ids: tuple[int, ...] = ()) -> Reply:
        denied = await self._host_check(ctx, role_ids)
        if denied:
            return denied
        season = await self.store.new_season(ctx.guild_id or 0, clip((name or "").strip(), 60))
        return Reply(embeds=[embed("New season", f"Season **{escape(season.name or str(season.number))}** has begun. Good luck!")])

    async def settings_cmd(self, ctx: Ctx, key: str | None, value: str | None, role_ids: tuple[int, ...] = ()) -> Reply:
        denied = await self._host_check(ctx, role_ids)
        if denied:
            return denied
        if key:
            if value is None:
                return error(f"Give a value for `{escape(key[:30])}`.")
            try:
                current = await self.store.set_setting(ctx.guild_id or 0, key.strip().lower()[:30], value[:200])
            except SettingError as exc:
                return error(f"{escape(str(exc))}.", title="Setting not changed")
        else:
            current = await self.settings(ctx.guild_id)
        data = current.to_json()
        lines = [f"`{k}`: {escape(str(data[k]) if data[k] not in (None, [], '') else 'default')}" for k in SETTING_KEYS]
        return Reply(embeds=[embed("Trivia settings", "\n".join(lines))], ephemeral=True)

    async def preview(self, ctx: Ctx, *, films: str | None = None, categories: str | None = None, count: int = 5,
                      seed: int | None = None, role_ids: tuple[int, ...] = ()) -> Reply:
        denied = await self._host_check(ctx, role_ids)
        if denied:
            return denied
        count = max(1, min(count, 20))
        game = self.manager.get(ctx.guild_id or 0, ctx.channel_id or 0)
        if game is not None and not (films or categories or seed is not None):
            # A game is running here: the host sees exactly what its players will get next.
            qs = list(game.questions[game.number:game.number + count])
            title = f"Next questions in this game (after question {game.number})"
            if not qs:
                return Reply(embeds=[embed(title, "That was the last question.")], ephemeral=True)
        else:
            qs = await self.make_questions(ctx, films=films, categories=categories, count=count, seed=seed or 0)
            if isinstance(qs, Reply):
                return qs
            title = f"Preview (seed {seed or 0})"
        lines = []
        for i, q in enumerate(qs, 1):
            lines.append(f"**{i}. {escape(q.text)}**")
            lines.append(f"  ✅ {escape(q.answers[0])}" + (f"  ✖ {escape(' / '.join(q.distractors))}" if q.distractors else ""))
        reply = Reply(embeds=paginate(title, lines))
        reply.ephemeral = True
        return reply

    # --- packs ---------------------------------------------------------------------------------
    async def pack_upload(self, ctx: Ctx, name: str, data: bytes, role_ids: tuple[int, ...] = ()) -> Reply:
        denied = await self._host_check(ctx, role_ids)
        if denied:
            return denied
        if len(data) > MAX_PACK_BYTES:
            return error(f"That pack is {len(data) // 1024} KB; the limit is {MAX_PACK_BYTES // 1024} KB.")
        try:
            pack = parse_pack(name.strip().lower(), data)
        except PackError as exc:
            return pack_problems(exc)
        try:
            await self.store.save_pack(ctx.guild_id or 0, pack, ctx.user_id)
        except PackError as exc:  # the server's pack limit
            return error(clip(escape(str(exc)), 1800), title="Pack not saved")
        return pack_saved(pack)

    async def pack_list(self, ctx: Ctx) -> Reply:
        packs = await self.store.list_packs(ctx.guild_id or 0)
        if not packs:
            return Reply(embeds=[embed("Question packs", "This server has no packs yet. Moderators: `/trivia pack upload`.")])
        return Reply(embeds=paginate("Question packs", [pack_line(p) for p in packs]))

    async def pack_info(self, ctx: Ctx, name: str) -> Reply:
        p = await self.store.get_pack(ctx.guild_id or 0, name.strip().lower()[:40])
        if p is None:
            return error(f"No pack called “{quote_user(name)}” on this server.")
        return pack_card(p)

    async def pack_delete(self, ctx: Ctx, name: str, role_ids: tuple[int, ...] = ()) -> Reply:
        denied = await self._host_check(ctx, role_ids)
        if denied:
            return denied
        if not await self.store.delete_pack(ctx.guild_id or 0, name.strip().lower()[:40]):
            return error(f"No pack called “{quote_user(name)}” on this server.")
        return Reply(embeds=[embed("Pack deleted", f"**{escape(name)}** is gone.")], ephemeral=True)


# --- nights the host runs: teams, starts, standings -------------------------------------------------------


def parse_teams(value: str | None) -> tuple[str, ...] | Reply | None:
    """``teams:`` as the host typed it: a number of teams (2–5, named from ``vocab/trivia.toml``) or
    their names, comma-separated. None when the game has no teams."""
    text = (value or "").strip()
    if not text:
        return None
    defaults = tuple(vocab.load("trivia")["team_names"])
    if text.isdigit():
        count = int(text)
        if not 2 <= count <= min(MAX_TEAMS, len(defaults)):
            return error(f"Teams: a number from 2 to {MAX_TEAMS}, or their names separated by commas.")
        return defaults[:count]
    names = tuple(" ".join(name.split()) for name in _split(text))
    if not 2 <= len(names) <= MAX_TEAMS or len({n.casefold() for n in names}) != len(names):
        return error(f"Teams: 2 to {MAX_TEAMS} different names separated by commas, or just how many teams.")
    if any(len(n) > MAX_TEAM_NAME for n in names):
        return error(f"Team names are at most {MAX_TEAM_NAME} characters.")
    return names


def start_reply(config: GameConfig, count: int, what: str) -> Reply:
    """How the game will run, in one message: questions, timing, answering, teams."""
    how = "press a button to answer" if config.mode == "buttons" else "type your answers in this channel"
    if config.pace == "host":
        timing = "the host reveals each answer and moves on with `/trivia next`"
        if config.mode == "buttons":
            how += " (you may change your mind until the reveal)"
    else:
        timing = f"{int(config.time_limit)} s each"
    lines = [f"{count} questions from {what}; {timing} — {how}."]
    if config.teams:
        lines.append(f"Teams: {', '.join(f'**{escape(t)}**' for t in config.teams)} — pick yours with the buttons below.")
    return Reply(embeds=[embed("Trivia is starting!", "\n".join(lines))])


def team_picker(game: Game) -> Reply:
    """The message with one join button per team (``data['teams']``)."""
    if game.host_paced:
        when = "The host starts the first question with `/trivia next` when everyone is in."
    else:
        when = f"The first question comes in {int(game.config.lobby)} s."
    desc = (f"Press your team's button. {when} If you answer without picking, you join the smallest team; "
            "you can switch until you have answered a question.")
    reply = Reply(embeds=[embed("Pick your team", desc)])
    reply.data = {"teams": list(game.config.teams)}
    return reply


def join_team(game: Game, user_id: int, team: str) -> str:
    """What a team button answers the player who pressed it (only them)."""
    try:
        name = game.join_team(user_id, team)
    except GameError as exc:
        return str(exc)
    mates = sum(1 for s in game.scores if s.team == name)
    return f"You're on **{escape(name)}** ({mates} player{'s' if mates != 1 else ''} so far)."


def team_lines(teams: tuple[TeamScore, ...]) -> list[str]:
    return [f"{i}. **{escape(t.name)}** — {t.points:,} pts ({t.correct} right) · "
            + (", ".join(f"<@{u}>" for u in t.members[:8]) + (" …" if len(t.members) > 8 else "") if t.members else "nobody")
            for i, t in enumerate(teams, 1)]


def _player_row(s: PlayerScore) -> str:
    row = f"<@{s.user_id}> — {s.points:,} pts · {s.correct}/{s.answered} right ({s.accuracy:.0%})"
    if s.fastest is not None:
        row += f" · fastest {s.fastest:.1f} s"
    if s.team:
        row += f" · {escape(s.team)}"
    return row


def player_lines(scores: tuple[PlayerScore, ...]) -> list[str]:
    return [f"{i}. {_player_row(s)}" for i, s in enumerate(scores, 1)]


def podium(event: GameEnded) -> list[str]:
    """The end of the night: the winning team, then the players with medals, each with their
    accuracy (right answers out of those they answered) and their fastest right answer."""
    lines: list[str] = []
    teams = event.teams
    if teams and teams[0].points > 0:
        tied = [t.name for t in teams if t.points == teams[0].points and t.correct == teams[0].correct]
        if len(tied) > 1:
            lines.append("🤝 A tie between " + " and ".join(f"**{escape(n)}**" for n in tied) + "!")
        else:
            lines.append(f"🏆 **{escape(teams[0].name)}** win the night!")
        lines += team_lines(teams)
        lines.append("")
    rows: list[tuple[int, str, bool]] = [(s.points, _player_row(s), False) for s in event.scores]
    if event.bot is not None and event.bot.points:  # the pack's bot_plays: the bot's standing, never saved
        rows.append((event.bot.points, f"me — {event.bot.points:,} pts ({event.bot.correct} nobody got)", True))
        rows.sort(key=lambda r: -r[0])
    if not rows:
        return [*lines, "Nobody scored this time."]
    if event.winners and not teams:
        lines.append("🏆 Winner: " + ", ".join(f"<@{u}>" for u in event.winners))
    elif not event.winners and event.bot is not None and event.bot.points:
        lines.append("🤖 I win this one! Nobody beat the points I took.")
    rank = 0
    for _points, text, is_bot in rows[:10]:
        if is_bot:
            lines.append(f"🤖 {text}")
            continue
        rank += 1
        lines.append(f"{MEDALS[rank - 1] if rank <= len(MEDALS) else f'{rank}.'} {text}")
    return [line for i, line in enumerate(lines) if line or (0 < i < len(lines) - 1)]


# --- packs → embeds -----------------------------------------------------------------------------------


def pack_problems(exc: PackError) -> Reply:
    """Every problem of a refused pack, in pages when they don't fit one, so the uploader fixes the
    file in one go instead of one upload per problem."""
    n = len(exc.problems)
    pages = paginate(f"Pack not accepted: {n} problem{'s' if n != 1 else ''}", [f"• {escape(p)}" for p in exc.problems],
                     footer="Nothing was saved. Fix these and upload the file again.")
    for page in pages:
        page["color"] = ERROR_COLOR
    return Reply(embeds=pages, ephemeral=True, error=True)


def _by(author: str) -> str:
    """" by Jane", or nothing: AUTHOR is optional, as in Red, and may be 1,000 characters."""
    return f" by {escape(clip(author, 100))}" if author else ""


def _config_field(pack: Pack) -> list[tuple[str, str, bool]]:
    lines = pack.config_summary()
    return [("CONFIG (as in Red)", "\n".join(escape(line) for line in lines), False)] if lines else []


def pack_saved(pack: Pack) -> Reply:
    """The upload reply: what was saved, what its CONFIG will do, and what the host should know
    (large packs kept whole, questions written twice, keys FilmBot ignores)."""
    desc = (f"**{escape(pack.name)}**{_by(pack.author)}: {len(pack.entries):,} questions. "
            f"Play it with `/trivia start pack:{escape(pack.name)}`.")
    fields = _config_field(pack)
    if pack.notes:
        fields.append(("Good to know", "\n".join(f"• {escape(note)}" for note in pack.notes), False))
    return Reply(embeds=[embed("Pack saved", desc, fields=fields)], ephemeral=True)


def pack_line(info: PackInfo) -> str:
    return f"• **{escape(info.name)}** — {info.questions:,} questions{_by(info.author)}"


def pack_card(pack: Pack) -> Reply:
    desc = f"{len(pack.entries):,} questions{_by(pack.author)}"
    if pack.description:
        desc += f"\n{escape(pack.description)}"
    return Reply(embeds=[embed(f"Pack {pack.name}", desc, fields=_config_field(pack))])


# --- events → embeds ----------------------------------------------------------------------------------

def render_event(event: Any) -> Reply | None:
    """What a channel sees for one game event (``data['options']`` carries the buttons)."""
    if isinstance(event, QuestionAsked):
        q = event.question
        desc = f"**{escape(event.text)}**"
        if event.options:
            desc += "\n\n" + "\n".join(f"**{LETTERS[i]}.** {escape(o)}" for i, o in enumerate(event.options))
        film = getattr(q, "film_title", "")
        timing = "the host reveals" if event.host_paced else f"{int(event.time_limit)} s"
        footer = f"{event.category.replace('_', ' ')} · {event.difficulty} · {timing}"
        if film:
            footer = f"{film} · " + footer
        r = Reply(embeds=[embed(f"Question {event.number}/{event.total}", desc, footer=footer)])
        r.data = {"options": list(event.options), "number": event.number}
        return r
    if isinstance(event, Hint):
        text = f"Hint {event.level}: **{escape(event.text)}** (answers now earn {100 - event.cost_percent}% of the points)"
        return Reply(embeds=[embed(f"Hint for question {event.number}", text)])
    if isinstance(event, Revealed):
        lines = []
        if event.show_answer:
            answer = f"**{escape(event.answer)}**"
            lines.append(f"The answer: {spoiler(answer) if event.spoiler else answer}")  # the pack's use_spoilers
        if event.winners:
            lines.append("Right: " + ", ".join(f"<@{u}> (+{event.points.get(u, 0):,})" for u in event.winners))
        else:
            lines.append({"timeout": "Time's up — nobody got it.", "skipped": "Skipped."}.get(str(event.reason), "Nobody got it."))
        if event.reason == "everyone":
            lines.append("Everyone has answered.")
        if event.bot_points:  # the pack's bot_plays, as in Red
            lines.append(f"🤖 +{event.bot_points:,} for me!")
        if event.teams:
            lines.append("Teams: " + " · ".join(f"**{escape(t.name)}** {t.points:,}" for t in event.teams))
        if event.host_paced and not event.is_last:
            lines.append("Host: `/trivia next` for the next question.")
        fields = []
        if event.source:
            section = getattr(event.question, "source_section", "")
            fields.append((f"From {section}" if section else "Source", f"“{clip(event.source, 900)}”", False))
        top = ", ".join(f"<@{s.user_id}> {s.points:,}" for s in event.scores[:5])
        if top:
            fields.append(("Scores", top, False))
        return Reply(embeds=[embed(f"Question {event.number}/{event.total}", "\n".join(lines), fields=fields)])
    if isinstance(event, GameEnded):
        return Reply(embeds=[embed("Trivia over", "\n".join(podium(event)),
                                   footer=f"{event.questions_asked} question(s) · ended: {event.reason}")])
    if isinstance(event, GamePaused):
        return Reply(embeds=[embed("Paused", f"Question {event.number} is paused with {event.remaining:.0f} s left.")])
    if isinstance(event, GameResumed):
        return Reply(embeds=[embed("Resumed", f"Question {event.number}: {event.remaining:.0f} s left.")])
    return None
