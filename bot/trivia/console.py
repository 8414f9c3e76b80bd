"""``python -m bot trivia``: a typed trivia game in the terminal, on the same engine as Discord,
and ``--export`` of generated questions as JSON for hosts who run quizzes elsewhere."""

from __future__ import annotations

import asyncio
import sys

from ..handlers import Ctx
from ..library import Library
from .questions import export_json
from .service import TriviaService, render_event
from .session import GameEnded, QuestionAsked, Revealed, run_game

PLAYER = 1
CONSOLE = Ctx(user_id=PLAYER, guild_id=0, channel_id=0, is_moderator=True)


def _embed_text(reply) -> str:
    from ..console import reply_as_text

    return reply_as_text(reply).replace("<@1>", "you")


async def export(lib: Library, *, n: int, films: list[str], categories: list[str], seed: int, as_json: bool) -> int:
    svc = TriviaService(lib)
    qs = await svc.make_questions(CONSOLE, films=",".join(films) or None, categories=",".join(categories) or None,
                                  count=n, seed=seed, buttons=False)
    if not isinstance(qs, list):
        print(_embed_text(qs), file=sys.stderr)
        return 2
    if as_json:
        print(export_json(qs))
    else:
        for i, q in enumerate(qs, 1):
            print(f"{i}. {q.text}\n   answer: {q.answers[0]}" + (f"   (wrong options: {', '.join(q.distractors)})" if q.distractors else ""))
    return 0


async def play(lib: Library, *, n: int, films: list[str], categories: list[str], seed: int | None, time: int,
               stdin=None, stdout=None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    svc = TriviaService(lib)
    await svc.store.set_setting(0, "delay", 1)
    got = await svc.start(CONSOLE, films=",".join(films) or None, categories=",".join(categories) or None,
                          questions=n, mode="typed", time=time, seed=seed)
    if not hasattr(got, "game"):
        print(_embed_text(got), file=stdout)
        return 2
    game = got.game
    print(_embed_text(got.reply) + "\nType your answer; /hint for a hint, /skip to skip, /quit to stop.\n", file=stdout)
    loop = asyncio.get_running_loop()
    asked = asyncio.Event()

    async def sink(event) -> None:
        if isinstance(event, QuestionAsked):
            asked.set()
        elif isinstance(event, Revealed):
            asked.clear()
        reply = render_event(event)
        if reply is not None:
            print(_embed_text(reply) + "\n", file=stdout, flush=True)

    async def reader() -> None:
        while not game.ended:
            await asked.wait()  # a scripted answer goes to the question that is open
            number = game.number
            line = await loop.run_in_executor(None, stdin.readline)
            if not line:
                game.stop()
                return
            text = line.strip()
            if text in ("/quit", "/stop"):
                try:
                    game.stop()
                except Exception as exc:  # noqa: BLE001 - already over
                    print(f"({exc})", file=stdout)
                return
            if text == "/skip":
                game.skip()
            elif text == "/hint":
                try:
                    game.hint()
                except Exception as exc:  # noqa: BLE001 - say why, keep playing
                    print(f"(no hint: {exc})", file=stdout)
            elif text and game.number == number:
                result = game.answer(PLAYER, text)
                if result.status == "incorrect":
                    print("✗ not quite — try again", file=stdout, flush=True)
            if game.current is None or game.number != number:
                asked.clear()  # that question is closed: the next line is for the next one

    read_task = asyncio.create_task(reader())
    ended = await run_game(game, sink, recorder=got.recorder)
    read_task.cancel()
    return 0 if isinstance(ended, GameEnded) else 1
