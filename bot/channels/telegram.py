"""Telegram as a `Messenger`: keyboards to InlineKeyboardMarkup, long texts split under 4096,
and python-telegram-bot's errors translated into what the caller must decide on.

Whether a failed request may have reached Telegram decides whether it may be sent again: a
connection that was never made, a pool that never freed, or a 5xx answer did not deliver
anything (retry); a read or write that timed out, or a connection dropped while waiting for the
answer, may have (unknown: never resent on its own).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from functools import partial
from typing import Any, TypeVar

import httpx
from telegram import (
    Bot,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    SwitchInlineQueryChosenChat,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import BaseRateLimiter

from bot.channels.budget import BULK, REPLY, Budget
from bot.keyboards import Keyboard
from bot.messenger import (
    ChatMoved,
    Prompt,
    RateLimited,
    Refused,
    Sent,
    Transient,
    Unconfirmed,
    Unreachable,
)
from bot.render import split_html

log = logging.getLogger("zhinan.telegram")
T = TypeVar("T")
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
BULK_ARGS = {"bulk": True}  # rate_limit_args of the outbox's sends: they come after replies
GROUP_PER_MINUTE = 20.0


def markup(keyboard: Keyboard | None) -> InlineKeyboardMarkup | None:
    """Plain keyboard rows → Telegram's inline keyboard (None when there are no buttons)."""
    if not keyboard:
        return None
    rows = []
    for row in keyboard:
        buttons = []
        for button in row:
            if button.share is not None:
                buttons.append(InlineKeyboardButton(
                    button.label, switch_inline_query_chosen_chat=SwitchInlineQueryChosenChat(
                        query=button.share, allow_user_chats=True, allow_group_chats=True)))
            elif button.url is not None:
                buttons.append(InlineKeyboardButton(button.label, url=button.url))
            else:
                buttons.append(InlineKeyboardButton(button.label, callback_data=button.data))
        rows.append(buttons)
    return InlineKeyboardMarkup(rows)


def translate(exc: TelegramError) -> Exception:
    """python-telegram-bot's exception → the messenger's."""
    if isinstance(exc, RetryAfter):
        seconds = exc.retry_after
        return RateLimited(seconds.total_seconds() if hasattr(seconds, "total_seconds")
                           else float(seconds))
    if isinstance(exc, ChatMigrated):
        return ChatMoved(int(exc.new_chat_id))
    if isinstance(exc, Forbidden):
        return Unreachable(str(exc))
    if isinstance(exc, BadRequest | InvalidToken):
        return Refused(str(exc))
    if isinstance(exc, TimedOut):
        return Transient(str(exc)) if isinstance(exc.__cause__, _NOT_SENT) else \
            Unconfirmed(f"no answer in time: {exc}")
    if isinstance(exc, NetworkError):
        cause = exc.__cause__
        if cause is None or isinstance(cause, _NOT_SENT):
            return Transient(str(exc))  # a 5xx answer, or never connected
        return Unconfirmed(f"connection lost: {exc}")
    return Transient(str(exc))


async def _call(request: Callable[[], Awaitable[T]]) -> T:
    try:
        return await request()
    except TelegramError as exc:
        raise translate(exc) from exc


def _counted(endpoint: str) -> bool:
    """Calls that put a new message in a chat: what Telegram's flood limits count (edits,
    answers to button presses and reads do not)."""
    return endpoint.startswith(("send", "copyMessage", "forwardMessage"))


class BudgetLimiter(BaseRateLimiter[dict[str, Any]]):
    """python-telegram-bot's rate limiter over one shared `Budget`: every message the bot
    sends takes a token, replies before the outbox's (`BULK_ARGS`), and each group keeps its
    own 20 a minute. A reply Telegram still answers with 429 is retried after the wait it asks
    for; an outbox message is not — the outbox defers that chat and reschedules the row, so its
    in-flight slot is freed. A 429 does not pause everyone: the sandbox and Telegram answer one
    for a single chat's limit too, and the budget already keeps the bot-wide rate."""

    def __init__(self, per_second: float, *, max_retries: int = 3,
                 group_per_minute: float = GROUP_PER_MINUTE) -> None:
        self.budget = Budget(per_second)
        self.max_retries = max_retries
        self.group_per_minute = group_per_minute
        self._groups: dict[int | str, Budget] = {}

    async def initialize(self) -> None:
        """Nothing to allocate."""

    async def shutdown(self) -> None:
        """Nothing to free."""

    def _group(self, chat_id: int | str) -> Budget:
        found = self._groups.get(chat_id)
        if found is None:
            if len(self._groups) > 1000:  # forget groups whose allowance is whole again
                self._groups = {k: v for k, v in self._groups.items() if not v.idle}
            found = self._groups[chat_id] = Budget(self.group_per_minute / 60.0,
                                                   burst=self.group_per_minute)
        return found

    async def process_request(
        self, callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any]
                                                 | list[dict[str, Any]]]],
        args: Any, kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
        rate_limit_args: dict[str, Any] | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        bulk = bool(rate_limit_args and rate_limit_args.get("bulk"))
        chat_id = data.get("chat_id")
        group = chat_id if (isinstance(chat_id, int) and chat_id < 0) or \
            isinstance(chat_id, str) else None
        for attempt in range(self.max_retries + 1):
            if _counted(endpoint):
                if group is not None:
                    await self._group(group).acquire()
                await self.budget.acquire(BULK if bulk else REPLY)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                wait = exc.retry_after
                seconds = wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)
                if bulk or attempt == self.max_retries:
                    raise
                log.info("rate limited; retrying a reply after %.1f s", seconds)
                await asyncio.sleep(seconds)
        raise AssertionError("unreachable")


class TelegramMessenger:
    """Sends through one python-telegram-bot `Bot` (real Telegram or the local sandbox)."""

    def __init__(self, bot: Bot, *, send_timeout: float | None = None,
                 bulk: bool = False) -> None:
        self.bot = bot
        self.options: dict[str, Any] = {}
        if send_timeout is not None:
            self.options = {"read_timeout": send_timeout, "write_timeout": send_timeout}
        if bulk and getattr(bot, "rate_limiter", None) is not None:
            self.options["rate_limit_args"] = BULK_ARGS  # after replies, in the shared budget

    async def send(self, chat_id: int, text: str, keyboard: Keyboard | None = None, *,
                   html: bool = True, reply_to: int | None = None,
                   prompt: Prompt | None = None) -> Sent:
        pieces = split_html(text) if html else _split_plain(text)
        message: Message | None = None
        for index, piece in enumerate(pieces):
            last = index == len(pieces) - 1
            reply_markup: Any = None
            if last and prompt is not None:
                reply_markup = ForceReply(selective=True,
                                          input_field_placeholder=prompt.placeholder)
            elif last:
                reply_markup = markup(keyboard)
            parameters = (ReplyParameters(reply_to, allow_sending_without_reply=True)
                          if reply_to and index == 0 else None)
            message = await _call(partial(
                self.bot.send_message, chat_id, piece,
                parse_mode=ParseMode.HTML if html else None, reply_markup=reply_markup,
                reply_parameters=parameters, link_preview_options=NO_PREVIEW, **self.options))
        assert message is not None
        return Sent(message.chat_id, message.message_id)

    async def send_document(self, chat_id: int, document: str | bytes, *,
                            filename: str | None = None, caption: str | None = None,
                            html: bool = True, keyboard: Keyboard | None = None) -> Sent:
        payload: Any = InputFile(document, filename=filename) if isinstance(document, bytes) \
            else document
        message = await _call(lambda: self.bot.send_document(
            chat_id, payload, caption=caption or None,
            parse_mode=ParseMode.HTML if html else None, reply_markup=markup(keyboard),
            **self.options))
        return Sent(message.chat_id, message.message_id)

    async def edit(self, chat_id: int, message_id: int, text: str,
                   keyboard: Keyboard | None = None) -> None:
        try:
            await _call(lambda: self.bot.edit_message_text(
                text, chat_id=chat_id, message_id=message_id, parse_mode=ParseMode.HTML,
                reply_markup=markup(keyboard), link_preview_options=NO_PREVIEW))
        except Refused as exc:
            if "not modified" not in str(exc).lower():
                raise

    async def edit_keyboard(self, chat_id: int, message_id: int,
                            keyboard: Keyboard | None) -> None:
        try:
            await _call(lambda: self.bot.edit_message_reply_markup(
                chat_id, message_id, reply_markup=markup(keyboard)))
        except Refused as exc:
            if "not modified" not in str(exc).lower():
                raise


    async def member_status(self, chat_id: int, user_id: int) -> str:
        member = await _call(lambda: self.bot.get_chat_member(chat_id, user_id))
        return str(member.status)

    async def download(self, file_id: str, max_bytes: int) -> bytes:
        file = await _call(lambda: self.bot.get_file(file_id))
        if file.file_size is not None and file.file_size > max_bytes:
            raise Refused(f"file of {file.file_size} bytes, over the {max_bytes} limit")
        data = await _call(file.download_as_bytearray)
        if len(data) > max_bytes:
            raise Refused(f"file of {len(data)} bytes, over the {max_bytes} limit")
        return bytes(data)


def _split_plain(text: str, limit: int = 4096) -> list[str]:
    """Plain text in pieces of at most `limit` UTF-16 units, cut at line ends where possible."""
    pieces, current = [], ""
    for line in text.splitlines(keepends=True):
        while _units(line) > limit:
            cut = _fit(line, limit)
            pieces.append(line[:cut])
            line = line[cut:]
        if _units(current + line) > limit:
            pieces.append(current)
            current = ""
        current += line
    if current or not pieces:
        pieces.append(current)
    return pieces


def _units(text: str) -> int:
    """Telegram measures text in UTF-16 code units (an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2


def _fit(text: str, limit: int) -> int:
    count = 0
    for index, char in enumerate(text):
        count += 2 if ord(char) > 0xFFFF else 1
        if count > limit:
            return index
    return len(text)
