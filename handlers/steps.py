"""Messages that answer a question the bot asked: a typed amount, a profile number, a pasted
notice, a broadcast's text, a question for support, a group robot's webhook and secret.

The step a user is at is a row (bot/db/dialogs.py), so any worker continues what another began.
In a private chat the user's next message answers it. In a group only a reply to the bot's own
question does: ordinary group chat, even from the same user, is never taken as an answer — it
could be anything, and must not become a ticket, an amount or a search.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Message, Update
from telegram.ext import ApplicationHandlerStop, CommandHandler, MessageHandler, filters

from bot import render
from bot.db.dialogs import Step
from bot.flows.common import Reply, Screen
from bot.flows.desk import Message as DeskMessage
from bot.i18n import t
from handlers import ui
from handlers.context import ZhinanContext

StepHandler = Callable[[ZhinanContext, Message, Step], Awaitable[Reply]]


def _text(message: Message) -> str:
    return message.text or message.caption or ""


async def _budget(context: ZhinanContext, message: Message, step: Step) -> Reply:
    return await context.flows.browse.typed_budget(context.actor, _text(message), step.data)


async def _profile(context: ZhinanContext, message: Message, step: Step) -> Reply:
    return await context.flows.profiles.typed(context.actor, _text(message), step.data)


async def _window(context: ZhinanContext, message: Message, step: Step) -> Reply:
    return await context.flows.windows.notice(context.actor, _text(message), step.data)


async def _broadcast(context: ZhinanContext, message: Message, step: Step) -> Reply:
    """The admin's own formatting is kept (as HTML); plain text is sent as plain text."""
    document = message.document.file_id if message.document else None
    entities = message.caption_entities if document else message.entities
    formatted = message.caption_html if document else message.text_html
    text = formatted if entities else _text(message)
    return await context.flows.broadcasts.content(context.actor, text or "", bool(entities),
                                                  document, step.data)


async def _guideline(context: ZhinanContext, message: Message, step: Step) -> Reply:
    """A bureau's document for /guideline, or typed corrections to its metadata."""
    document = message.document
    if document is not None:
        return await context.flows.guidelines.document(
            context.actor, document.file_id, document.file_name or "document",
            document.file_size, step.data)
    return await context.flows.guidelines.typed(context.actor, _text(message), step.data)


async def _question(context: ZhinanContext, message: Message, step: Step) -> Reply:
    question = DeskMessage(message.message_id, _text(message))
    return await context.flows.desk.question(context.actor, question, step.data)


async def _robot(context: ZhinanContext, message: Message, step: Step) -> Reply:
    return await context.flows.robots.typed(context.actor, _text(message), step.data)


STEPS: dict[str, StepHandler] = {"budget": _budget, "profile": _profile, "window": _window,
                                 "broadcast": _broadcast, "ask": _question,
                                 "guideline": _guideline, "robot": _robot}
NEEDS_TEXT = ("budget", "profile", "window", "ask", "robot")


def answers_step(message: Message, step: Step, private: bool) -> bool:
    """Does this message answer the step? In a group: only as a reply to its prompt."""
    if private:
        return True
    replied = message.reply_to_message
    return (step.prompt_message_id is not None and replied is not None
            and replied.message_id == step.prompt_message_id)


async def on_message(update: Update, context: ZhinanContext) -> None:
    """Give the message to the step waiting for it, and stop there; else let it pass."""
    message = update.effective_message
    if message is None or not context.has_actor:
        return
    actor = context.actor
    read, step = context.step  # read with the actor, in the same query
    if not read:
        step = await context.core.storage.dialogs.get(actor.chat_id, actor.user_id,
                                                      context.core.now())
    if step is None or step.name not in STEPS or not answers_step(message, step, actor.private):
        return
    if step.name in NEEDS_TEXT and not message.text:
        await ui.present(update, context, Reply.of(Screen(render.esc(
            t(actor.lang, "errors.text_please")))))
        raise ApplicationHandlerStop
    await ui.present(update, context, await STEPS[step.name](context, message, step))
    raise ApplicationHandlerStop


async def cancel(update: Update, context: ZhinanContext) -> None:
    """/cancel: leave whatever step the user is at (or say there is none)."""
    if not context.has_actor:
        return
    actor = context.actor
    step = await context.core.storage.dialogs.get(actor.chat_id, actor.user_id,
                                                  context.core.now())
    cleared = await context.core.storage.dialogs.clear(actor.chat_id, actor.user_id)
    key = f"cancelled.{step.name}" if cleared and step is not None else "cancelled.nothing"
    await ui.present(update, context, Reply.of(Screen(render.esc(t(actor.lang, key))),
                                               edit=False))
    raise ApplicationHandlerStop  # handled: the unknown-command hint must not follow


def handlers() -> list[object]:
    return [CommandHandler("cancel", cancel),
            MessageHandler((filters.TEXT | filters.Document.ALL) & ~filters.COMMAND
                           & filters.UpdateType.MESSAGE, on_message)]
