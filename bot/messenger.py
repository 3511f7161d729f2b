"""The one way the application talks to a chat: a small interface both the workflows and the
outbox sender use, whatever carries the message (Telegram today, group robots beside it).

Failures are the channel's, translated into what the caller must decide on: the recipient cannot
be reached (never retry), the channel asks to slow down (retry after), the chat moved, the
message was refused (fix it, do not retry), the endpoint's credentials were refused (a group
robot's signature or keyword: disable it and tell its owner), a transient fault (retry later), or
an outcome that is unknown (the request may have been delivered: never send it again on your own).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.db.robots import Robot
from bot.keyboards import Keyboard


@dataclass(frozen=True)
class Sent:
    chat_id: int
    message_id: int


@dataclass(frozen=True)
class Prompt:
    """Ask for a typed answer: the chat shows a reply field aimed at the user named."""

    placeholder: str | None = None


class DeliveryError(Exception):
    """Base of what a channel can answer instead of delivering."""


class Unreachable(DeliveryError):
    """The recipient blocked the bot, never started it, or the bot left the group."""


class RateLimited(DeliveryError):
    def __init__(self, retry_after: float, message: str = "") -> None:
        super().__init__(message or f"retry after {retry_after:g}s")
        self.retry_after = retry_after


class ChatMoved(DeliveryError):
    def __init__(self, new_chat_id: int) -> None:
        super().__init__(f"chat moved to {new_chat_id}")
        self.new_chat_id = new_chat_id


class Refused(DeliveryError):
    """The channel refused this message as it is (bad markup, too long, unknown chat)."""


class Misconfigured(DeliveryError):
    """A group robot's platform refused its credentials (bad signature, missing keyword, a
    revoked webhook): nothing will get through until its owner fixes it."""


class Transient(DeliveryError):
    """A fault worth retrying later (5xx, connection refused before sending)."""


class Unconfirmed(DeliveryError):
    """No answer in time: the message may or may not have been delivered."""


class Channel(Protocol):
    """What the outbox sender needs of a channel (Telegram, a group robot): send a message or
    a file."""

    async def send(self, chat_id: int, text: str, keyboard: Keyboard | None = None, *,
                   html: bool = True, reply_to: int | None = None,
                   prompt: Prompt | None = None) -> Sent: ...

    async def send_document(self, chat_id: int, document: str | bytes, *,
                            filename: str | None = None, caption: str | None = None,
                            html: bool = True, keyboard: Keyboard | None = None) -> Sent: ...


class Messenger(Channel, Protocol):
    """A chat the workflows talk in (Telegram): besides sending, editing messages with plain
    keyboards (bot/keyboards.py), asking who a member is, and fetching a file a user sent."""

    async def edit(self, chat_id: int, message_id: int, text: str,
                   keyboard: Keyboard | None = None) -> None: ...

    async def edit_keyboard(self, chat_id: int, message_id: int,
                            keyboard: Keyboard | None) -> None: ...

    async def member_status(self, chat_id: int, user_id: int) -> str:
        """creator, administrator, member, restricted, left or kicked."""
        ...

    async def download(self, file_id: str, max_bytes: int) -> bytes:
        """A file a user sent (a bureau's guideline document); Refused when it is larger than
        `max_bytes` (checked before the download where the channel says the size)."""
        ...


class RobotPoster(Protocol):
    """Posting straight to one group robot (its check and test messages), outside the outbox."""

    async def post(self, robot: Robot, text: str) -> Sent: ...


class Unwired:
    """The messenger before the process is connected to a channel: every use is a bug."""

    def __getattr__(self, name: str) -> object:
        raise RuntimeError(f"messenger.{name} used before the bot was wired to a channel")
