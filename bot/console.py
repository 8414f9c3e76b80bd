"""The offline console: the slash commands typed as text, answered by the same handlers.

``/cast film:her character:samantha`` runs exactly what the Discord command runs and
prints the embed as readable text (or, with ``--json``, the embed dicts). It reads
standard input line by line when that is not a terminal, so it can be scripted.
"""

from __future__ import annotations

import asyncio
import json
import re
import shlex
import sys
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from .config import Settings
from .handlers import Ctx, Handlers
from .library import Library
from .render import Reply, embed, error

CONSOLE_USER = Ctx(user_id=0, guild_id=None, channel_id=0, is_moderator=True)


@dataclass(frozen=True)
class ConsoleCommand:
    name: str
    options: tuple[str, ...]
    help: str
    run: Callable[..., Awaitable[Reply]]


def commands_for(h: Handlers) -> dict[str, ConsoleCommand]:
    async def admin_add(ctx: Ctx, file: str | None = None) -> Reply:
        if not file:
            return error("Give the article file: `/filmadmin add file:path/to/article.txt`.")
        p = Path(file).expanduser()
        try:
            data = p.read_bytes()
        except OSError as exc:
            return error(f"Cannot read `{file}`: {exc.strerror or exc}.")
        return await h.admin_add_bytes(ctx, data, p.name)

    cmds = [
        ConsoleCommand("film", ("film",), "overview of a film", h.film),
        ConsoleCommand("boxoffice", ("film",), "budget and grosses", h.boxoffice),
        ConsoleCommand("release", ("film",), "premieres and releases", h.release),
        ConsoleCommand("cast", ("film", "character", "actor"), "the cast, who played whom", h.cast),
        ConsoleCommand("awards", ("film", "ceremony", "outcome"), "awards and nominations", h.awards),
        ConsoleCommand("plot", ("film", "character", "length"), "the plot (spoilers!)", h.plot),
        ConsoleCommand("reviews", ("film", "critic", "publication"), "scores and critics", h.reviews),
        ConsoleCommand("ask", ("question",), "a free-form question", h.ask),
        ConsoleCommand("person", ("name",), "one person's credits across films", h.person),
        ConsoleCommand("films", (), "every film loaded", h.films),
        ConsoleCommand("filmadmin list", (), "every film loaded (moderators)", h.films),
        ConsoleCommand("filmadmin add", ("file",), "add an article file", admin_add),
        ConsoleCommand("filmadmin remove", ("film",), "remove a film", h.admin_remove),
    ]
    return {c.name: c for c in cmds}


_OPTION = re.compile(r"(?:(?<=\s)|^)([a-z_]+):")


def parse_line(line: str, known: dict[str, ConsoleCommand]) -> tuple[ConsoleCommand, dict[str, str]] | str:
    """'/cast film:the incredibles character:mr incredible' → (command, options), or an error text."""
    text = line.strip()
    if text.startswith("/"):
        text = text[1:]
    # Longest command name that prefixes the line ("filmadmin add" before "film").
    for name in sorted(known, key=len, reverse=True):
        if text == name or text.startswith(name + " "):
            cmd = known[name]
            rest = text[len(name):].strip()
            break
    else:
        word = text.split(" ", 1)[0][:40]
        return f"Unknown command /{word}. Type /help for the list."
    opts: dict[str, str] = {}
    marks = list(_OPTION.finditer(rest))
    if rest and (not marks or marks[0].start() != 0):
        # A bare argument is taken as the first option ("/cast her").
        end = marks[0].start() if marks else len(rest)
        if cmd.options:
            opts[cmd.options[0]] = _unquote(rest[:end].strip())
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(rest)
        key = m.group(1)
        if key not in cmd.options:
            return f"/{cmd.name} has no option '{key}'. Options: {', '.join(cmd.options) or 'none'}."
        opts[key] = _unquote(rest[m.end():end].strip())
    return cmd, opts


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        try:
            return shlex.split(value)[0]
        except ValueError:
            return value[1:-1]
    return value


def embed_as_text(e: dict) -> str:
    lines = [f"== {e.get('title', '')} =="]
    if e.get("description"):
        lines.append(e["description"])
    for f in e.get("fields", []):
        lines.append(f"-- {f['name']} --")
        lines.append(f["value"])
    if e.get("footer", {}).get("text"):
        lines.append(f"[{e['footer']['text']}]")
    return "\n".join(lines)


def reply_as_text(reply: Reply) -> str:
    parts = []
    if reply.content:
        parts.append(reply.content)
    for e in reply.embeds:
        parts.append(embed_as_text(e))
    if reply.choices:
        numbered = "  ".join(f"[{n}] {label}" for n, (_, label) in enumerate(reply.choices, 1))
        parts.append(f"Did you mean: {numbered}\nType the number to choose.")
    return "\n\n".join(parts)


def pick_choice(reply: Reply | None, line: str) -> int | None:
    """The film id a bare number typed after a "did you mean" list stands for, if it does."""
    if reply is None or not reply.choices or not line.strip().isdigit():
        return None
    n = int(line.strip())
    return reply.choices[n - 1][0] if 1 <= n <= len(reply.choices) else None


def confirmed(answer: str) -> bool:
    """A console y/N prompt: only an explicit yes goes ahead; anything else (or nothing) cancels."""
    return answer.strip().lower() in ("y", "yes")


def help_text(known: dict[str, ConsoleCommand]) -> str:
    rows = [f"/{c.name} " + " ".join(f"{o}:…" for o in c.options) + f"   — {c.help}" for c in known.values()]
    return ("Commands:\n" + "\n".join(rows) + "\n/help, /quit\n"
            "Trivia in the terminal: python -m bot trivia (see --help).")


async def run_line(h: Handlers, known: dict[str, ConsoleCommand], line: str, ctx: Ctx = CONSOLE_USER,
                   *, film_id: int | None = None) -> Reply | str:
    """Run one command line; *film_id* (a "did you mean" choice) replaces its ``film:`` option."""
    parsed = parse_line(line, known)
    if isinstance(parsed, str):
        return parsed
    cmd, opts = parsed
    run_opts: dict = dict(opts)
    if film_id is not None and "film" in cmd.options:
        run_opts["film"] = film_id
    return await cmd.run(ctx, **run_opts)


class LineReader:
    """Lines of a file read in a thread of their own, so the event loop keeps running while the
    console waits for the user (the default library loads meanwhile). A daemon thread, not the
    loop's executor: a thread blocked on a terminal must not hold up leaving with Ctrl-C."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self._queue: asyncio.Queue[str] = asyncio.Queue()
        self._loop = asyncio.get_running_loop()
        threading.Thread(target=self._pump, name="console-stdin", daemon=True).start()

    def _pump(self) -> None:
        while True:
            try:
                line = self._stream.readline()
            except (OSError, ValueError):  # closed under us
                line = ""
            try:
                self._loop.call_soon_threadsafe(self._queue.put_nowait, line)
            except RuntimeError:  # the loop is gone: the console has ended
                return
            if not line:
                return

    async def readline(self) -> str:
        line = await self._queue.get()
        if not line:
            self._queue.put_nowait("")  # end of input stays the end
        return line


async def run_console(settings: Settings, *, json_output: bool = False, stdin=None, stdout=None) -> int:
    from .defaultlib import DefaultLibrary

    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    lib = await Library.open(settings.db_path)
    loader = DefaultLibrary.start(lib, enabled=settings.default_library)
    lines = LineReader(stdin)
    h = Handlers(lib)
    known = commands_for(h)
    interactive = stdin.isatty()
    if interactive:
        print(f"FilmBot console — {len(lib.films)} film(s). Type /help, or /quit to leave.", file=stdout)
    status = 0

    def show(command: str, out: Reply) -> None:
        if json_output:
            data = {"command": command, "ephemeral": out.ephemeral, "error": out.error,
                    "choices": [{"id": i, "label": lbl} for i, lbl in out.choices], "embeds": out.embeds}
            if out.confirm is not None:
                data["confirm"] = {"action": out.confirm.action, "target": out.confirm.target, "label": out.confirm.label}
            print(json.dumps(data, ensure_ascii=False), file=stdout)
        else:
            print(reply_as_text(out) + "\n", file=stdout)

    try:
        last: tuple[str, Reply] | None = None  # the previous command and its reply (for a numbered choice)
        pushed: str | None = None  # a command typed in answer to a y/N prompt: it cancels, then runs
        while True:
            if pushed is None and interactive:
                print("> ", end="", file=stdout, flush=True)
            line, pushed = (pushed, None) if pushed is not None else (await lines.readline(), None)
            if not line:
                break
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line in ("/quit", "/exit", "quit", "exit"):
                break
            if line in ("/help", "help", "?"):
                print(help_text(known), file=stdout)
                continue
            chosen = pick_choice(last[1] if last else None, line)
            command = last[0] if chosen is not None and last else line
            out = await run_line(h, known, command, film_id=chosen)
            if isinstance(out, str):
                status = 1
                last = None
                print(json.dumps({"error": out}) if json_output else out, file=stdout)
                continue
            if out.error:
                status = 1
            show(command, out)
            last = (command, out) if out.choices else None
            if out.confirm is not None:
                # Destructive: ask, and go ahead only on an explicit yes (end of input cancels).
                if interactive or not json_output:
                    print(f"{out.confirm.label}? [y/N] ", end="", file=stdout, flush=True)
                answer = await lines.readline()
                if not interactive and not json_output:
                    print(answer.strip(), file=stdout)
                if answer.strip().startswith("/"):
                    pushed = answer
                if confirmed(answer):
                    done = await h.confirm(CONSOLE_USER, out.confirm)
                else:
                    done = Reply(embeds=[embed("Cancelled", out.confirm.cancelled)], ephemeral=True)
                if done.error:
                    status = 1
                show(command, done)
    finally:
        if loader is not None:
            await loader.stop()
        await lib.close()
    return status if not interactive else 0
