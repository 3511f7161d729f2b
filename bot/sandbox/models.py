"""The sandbox's records: users, chats, messages, files and what users asked of the bot.

Each record renders itself in Bot API shape so python-telegram-bot parses it into real objects.
"""

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


def _without_none(fields: dict[str, Any]) -> dict[str, Any]:
    """Telegram omits absent optional fields rather than sending null."""
    return {key: value for key, value in fields.items() if value is not None}


@dataclass
class User:
    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    is_bot: bool = False

    def to_api(self) -> dict[str, Any]:
        return _without_none(
            {
                "id": self.id,
                "is_bot": self.is_bot,
                "first_name": self.first_name,
                "last_name": self.last_name,
                "username": self.username,
                "language_code": self.language_code,
            }
        )


class ChatType(StrEnum):
    PRIVATE = "private"
    GROUP = "group"
    SUPERGROUP = "supergroup"


class MemberStatus(StrEnum):
    CREATOR = "creator"
    ADMINISTRATOR = "administrator"
    MEMBER = "member"
    LEFT = "left"
    KICKED = "kicked"


@dataclass
class Chat:
    """A private chat (id = the user's id) or a group; ``members`` maps user id → status."""

    id: int
    type: ChatType
    title: str | None = None
    user: User | None = None  # the other party of a private chat
    members: dict[int, MemberStatus] = field(default_factory=dict)
    migrated_to: int | None = None

    def to_api(self) -> dict[str, Any]:
        if self.user is not None:
            return _without_none(
                {
                    "id": self.id,
                    "type": self.type.value,
                    "first_name": self.user.first_name,
                    "last_name": self.user.last_name,
                    "username": self.user.username,
                }
            )
        return {"id": self.id, "type": self.type.value, "title": self.title}

    def status_of(self, user_id: int) -> MemberStatus:
        if self.user is not None:
            return MemberStatus.MEMBER if user_id == self.user.id else MemberStatus.LEFT
        return self.members.get(user_id, MemberStatus.LEFT)

    def is_member(self, user_id: int) -> bool:
        return self.status_of(user_id) not in (MemberStatus.LEFT, MemberStatus.KICKED)


@dataclass
class StoredFile:
    """An uploaded file, kept in memory so it can be downloaded again."""

    file_id: str
    file_unique_id: str
    file_name: str
    mime_type: str
    data: bytes

    @property
    def file_path(self) -> str:
        return f"documents/{self.file_unique_id}/{self.file_name}"

    def to_api(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_name": self.file_name,
            "mime_type": self.mime_type,
            "file_size": len(self.data),
        }


@dataclass
class StoredMessage:
    """One message as Telegram holds it, plus the markup the bot sent (for the web chat)."""

    chat_id: int
    message_id: int
    sender_id: int
    date: int
    text: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    caption: str | None = None
    caption_entities: list[dict[str, Any]] = field(default_factory=list)
    html: str | None = None  # the raw HTML of text or caption when sent with parse_mode HTML
    document: StoredFile | None = None
    reply_markup: dict[str, Any] | None = None  # inline keyboards only, as in the Bot API
    reply_keyboard: dict[str, Any] | None = None  # reply keyboard / remove / force reply
    reply_to: int | None = None
    edit_date: int | None = None
    service: dict[str, Any] = field(default_factory=dict)  # migrate_*, forward_origin …

    def content_fields(self) -> dict[str, Any]:
        """The Bot API fields that describe what the message shows."""
        fields: dict[str, Any] = {"text": self.text, "caption": self.caption}
        if self.entities:
            fields["entities"] = self.entities
        if self.caption_entities:
            fields["caption_entities"] = self.caption_entities
        if self.document is not None:
            fields["document"] = self.document.to_api()
        fields["reply_markup"] = self.reply_markup
        fields["edit_date"] = self.edit_date
        return _without_none({**fields, **self.service})


@dataclass
class CallbackQueryRecord:
    """A button press and, once the bot answers, its answerCallbackQuery parameters."""

    id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str
    asked_at: float = 0.0  # on the sandbox's monotonic clock: answers expire
    answer: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "user_id": self.user_id,
            "chat_id": self.chat_id,
            "message_id": self.message_id,
            "data": self.data,
            "answered": self.answer is not None,
            "answer": self.answer,
        }


@dataclass
class InlineQueryRecord:
    """An inline query and, once the bot answers, its answerInlineQuery parameters."""

    id: str
    user_id: int
    query: str
    offset: str = ""
    asked_at: float = 0.0  # on the sandbox's monotonic clock: answers expire
    answer: dict[str, Any] | None = None
    from_cache: bool = False  # answered by Telegram's cache; the bot never saw the query

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "user_id": self.user_id,
            "query": self.query,
            "offset": self.offset,
            "answered": self.answer is not None,
            "answer": self.answer,
            "from_cache": self.from_cache,
        }
