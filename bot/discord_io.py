"""Turning a handler's ``Reply`` into Discord messages: embeds, paging buttons, "did you mean" choices,
buttons to switch to another film of the same title, and confirmation of destructive actions.

Kept apart from the cogs so that every cog answers the same way: ephemeral errors,
no pings, buttons only the caller may press, and a deferral when a handler is slow (timed from
when Discord created the interaction, so time spent waiting for admission counts too). A
confirmation runs its action only when its own user presses its confirm button before the
timeout; cancel, timeout or anyone else's press does nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import discord

from .admission import admit, interaction_age
from .render import Confirm, Reply, clip, embed, error

log = logging.getLogger(__name__)

NO_PINGS = discord.AllowedMentions.none()
DEFER_BY = 2.0  # seconds of the interaction's age: an answer not ready by then is deferred and followed up
VIEW_TIMEOUT = 300.0
CONFIRM_TIMEOUT = 60.0  # seconds a destructive action waits for its confirmation, then nothing happens

Rerun = Callable[[int], Awaitable[Reply]]
Act = Callable[[Confirm], Awaitable[Reply]]


def to_embeds(reply: Reply, page: int = 0) -> list[discord.Embed]:
    if not reply.embeds:
        return []
    return [discord.Embed.from_dict(reply.embeds[min(page, len(reply.embeds) - 1)])]


class OwnedView(discord.ui.View):
    """A view whose buttons only the user who ran the command may press."""

    def __init__(self, owner_id: int, *, timeout: float = VIEW_TIMEOUT) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        self.message: discord.Message | discord.InteractionMessage | None = None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if not await admit(interaction):  # answered "busy" or dropped: the bot is behind
            return False
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "These buttons belong to whoever ran the command. Run it yourself to get your own.",
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )
        return False

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button | discord.ui.Select):
                item.disabled = True
        if self.message is not None:
            try:
                await self.message.edit(view=self)
            except discord.HTTPException:
                pass

    async def on_error(self, interaction: discord.Interaction, err: Exception, item) -> None:
        log.error("view callback failed", exc_info=err)  # an expected failure is one line (bot.logs)
        await safe_send(interaction, error("Something went wrong with that button. Please run the command again."))


class PagedView(OwnedView):
    """Previous / Next over a reply's embed pages, and a button per other film of the same title
    (``reply.alternatives``) that switches the answer to that film in place."""

    def __init__(self, reply: Reply, owner_id: int, rerun: Rerun | None = None) -> None:
        super().__init__(owner_id)
        self.reply = reply
        self.page = 0
        self.rerun = rerun
        if reply.pages <= 1:
            self.remove_item(self.previous)
            self.remove_item(self.next)
        if rerun is not None:
            for i, (film_id, label) in enumerate(reply.alternatives[:4]):
                button = discord.ui.Button(label=clip(label, 80), style=discord.ButtonStyle.secondary,
                                           custom_id=f"filmbot:also:{i}:{film_id}")
                button.callback = self._switch_to(film_id)
                self.add_item(button)
        self._sync()

    def _switch_to(self, film_id: int):
        async def callback(interaction: discord.Interaction) -> None:
            assert self.rerun is not None
            self.stop()
            reply = await self.rerun(film_id)
            view = _view_for(reply, self.owner_id, self.rerun)
            await interaction.response.edit_message(embeds=to_embeds(reply), view=view)
            if isinstance(view, OwnedView):
                view.message = self.message

        return callback

    def _sync(self) -> None:
        self.previous.disabled = self.page <= 0
        self.next.disabled = self.page >= self.reply.pages - 1

    async def _show(self, interaction: discord.Interaction) -> None:
        self._sync()
        await interaction.response.edit_message(embeds=to_embeds(self.reply, self.page), view=self)

    @discord.ui.button(label="◀ Previous", style=discord.ButtonStyle.secondary, custom_id="filmbot:page:prev")
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.page = max(0, self.page - 1)
        await self._show(interaction)

    @discord.ui.button(label="Next ▶", style=discord.ButtonStyle.secondary, custom_id="filmbot:page:next")
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.page = min(self.reply.pages - 1, self.page + 1)
        await self._show(interaction)


class ChoiceView(OwnedView):
    """"Did you mean …?" — one button per candidate film; pressing it reruns the command for that film."""

    def __init__(self, choices: list[tuple[int, str]], owner_id: int, rerun: Rerun, act: Act | None = None) -> None:
        super().__init__(owner_id)
        self.rerun = rerun
        self.act = act
        for i, (film_id, label) in enumerate(choices[:5]):
            button = discord.ui.Button(label=clip(label, 80), style=discord.ButtonStyle.primary, custom_id=f"filmbot:choose:{i}:{film_id}")
            button.callback = self._make_callback(film_id)
            self.add_item(button)

    def _make_callback(self, film_id: int):
        async def callback(interaction: discord.Interaction) -> None:
            self.stop()
            reply = await self.rerun(film_id)
            await interaction.response.edit_message(content="Here you go:", embeds=[], view=None)
            await send_followup(interaction, reply, rerun=self.rerun, act=self.act)

        return callback


class ConfirmView(OwnedView):
    """A destructive action's confirm and cancel buttons. Only the user who asked may press them
    (``OwnedView.interaction_check``); the action runs once, on confirm; cancel or the timeout
    runs nothing and says so."""

    def __init__(self, pending: Confirm, owner_id: int, act: Act, *, timeout: float | None = None) -> None:
        super().__init__(owner_id, timeout=CONFIRM_TIMEOUT if timeout is None else timeout)
        self.pending = pending
        self.act = act
        self.finished = False
        yes = discord.ui.Button(label=clip(pending.label, 80), style=discord.ButtonStyle.danger, custom_id="filmbot:confirm:yes")
        no = discord.ui.Button(label="Cancel", style=discord.ButtonStyle.secondary, custom_id="filmbot:confirm:no")
        yes.callback = self._yes
        no.callback = self._no
        self.add_item(yes)
        self.add_item(no)

    def _finish(self) -> bool:
        """True the first time only: one press decides."""
        if self.finished:
            return False
        self.finished = True
        self.stop()
        return True

    async def _yes(self, interaction: discord.Interaction) -> None:
        if not self._finish():
            await interaction.response.defer()
            return
        await interaction.response.defer()  # removing a film re-indexes the library: may take a while
        reply = await self.act(self.pending)
        await interaction.edit_original_response(embeds=to_embeds(reply), view=None)

    async def _no(self, interaction: discord.Interaction) -> None:
        if not self._finish():
            await interaction.response.defer()
            return
        await interaction.response.edit_message(embeds=[discord.Embed.from_dict(embed("Cancelled", self.pending.cancelled))], view=None)

    async def on_timeout(self) -> None:
        if not self._finish() or self.message is None:
            return
        text = f"No answer in {self.timeout:.0f} s. {self.pending.cancelled}"
        try:
            await self.message.edit(embeds=[discord.Embed.from_dict(embed("Timed out", text))], view=None)
        except discord.HTTPException:
            pass


def _view_for(reply: Reply, owner_id: int, rerun: Rerun | None, act: Act | None = None) -> discord.ui.View | None:
    if reply.confirm is not None and act is not None:
        return ConfirmView(reply.confirm, owner_id, act)
    if reply.choices and rerun is not None:
        return ChoiceView(reply.choices, owner_id, rerun, act)
    if reply.pages > 1 or (reply.alternatives and rerun is not None):
        return PagedView(reply, owner_id, rerun)
    return None


def _kwargs(reply: Reply, view: discord.ui.View | None) -> dict:
    kw: dict = {"embeds": to_embeds(reply), "allowed_mentions": NO_PINGS, "ephemeral": reply.ephemeral}
    if reply.content:
        kw["content"] = clip(reply.content, 2000)
    if view is not None:
        kw["view"] = view
    return kw


async def send_followup(interaction: discord.Interaction, reply: Reply, rerun: Rerun | None = None, act: Act | None = None) -> None:
    view = _view_for(reply, interaction.user.id, rerun, act)
    msg = await interaction.followup.send(wait=True, **_kwargs(reply, view))
    if isinstance(view, OwnedView):
        view.message = msg


async def respond(interaction: discord.Interaction, work: Awaitable[Reply] | Reply, rerun: Rerun | None = None,
                  act: Act | None = None) -> None:
    """Answer an interaction with a handler's reply, deferring first if the handler is slow.

    Discord drops an interaction not answered within 3 s of its creation; if the handler's
    reply is not ready when the interaction is DEFER_BY seconds old, we defer (keeping the
    eventual reply's visibility) and follow up.
    A ready ``Reply`` is sent as it is. *rerun* answers again for a chosen film id; *act* runs
    a confirmed destructive action (without it a reply asking for confirmation gets no button)."""
    if isinstance(work, Reply):
        reply = work
    else:
        # The handler runs here, in this task; a timer defers on its behalf if it is still running
        # when the interaction is DEFER_BY old (no task and no wait() per interaction: most replies
        # are ready in a few milliseconds).
        loop = asyncio.get_running_loop()
        deferring: list[asyncio.Task] = []
        timer = loop.call_later(max(0.0, DEFER_BY - interaction_age(interaction)),
                                # We cannot know yet whether the reply will be an error; public is the common case.
                                lambda: deferring.append(loop.create_task(interaction.response.defer(thinking=True))))
        try:
            reply = await work
        finally:
            timer.cancel()
            deferred = await asyncio.gather(*deferring, return_exceptions=True)
        if deferred:
            if isinstance(deferred[0], BaseException):
                raise deferred[0]
            await send_followup(interaction, reply, rerun, act)
            return
    view = _view_for(reply, interaction.user.id, rerun, act)
    sent = await interaction.response.send_message(**_kwargs(reply, view))
    if isinstance(view, OwnedView):
        # Discord returns the message with the callback: no second request to fetch it.
        message = getattr(sent, "resource", None)
        view.message = message if isinstance(message, discord.InteractionMessage) else await interaction.original_response()


async def safe_send(interaction: discord.Interaction, reply: Reply) -> None:
    """Send an (error) reply whether or not the interaction was already answered."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(**_kwargs(reply, None))
        else:
            await interaction.response.send_message(**_kwargs(reply, None))
    except discord.HTTPException as exc:  # an expected failure is one rate-limited line (bot.logs)
        log.warning("could not send a reply to interaction %s", interaction.id, exc_info=exc)
