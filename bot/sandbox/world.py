"""Everything the sandboxed Telegram knows: the bot, users, chats, messages and files.

Message ids count per chat. Changes to messages are reported to a listener so the web chat and
tests can follow a conversation without polling the whole history.
"""

import hashlib
import itertools
import time
from collections.abc import Callable
from typing import Any, Literal

from bot.sandbox.errors import ApiError, bad_request, forbidden
from bot.sandbox.inline_cache import InlineCache
from bot.sandbox.models import (
    CallbackQueryRecord,
    Chat,
    ChatType,
    InlineQueryRecord,
    MemberStatus,
    StoredFile,
    StoredMessage,
    User,
)
from bot.sandbox.params import UploadedFile

MessageChange = Literal["message", "edited", "deleted"]
Listener = Callable[[MessageChange, StoredMessage], None]

BOT_USER = User(100000, "指南", username="zhinan_bot", is_bot=True)
DEFAULT_USERS = (
    User(1001, "王经理", username="wang_sme", language_code="zh-hans"),
    User(1002, "Alice", last_name="Chen", username="alice_c", language_code="en"),
    User(1003, "李客服", username="li_support", language_code="zh-hans"),
)
DEFAULT_GROUPS = (
    (
        -2001,
        "南宁科技企业交流群",
        {1001: MemberStatus.CREATOR, 1002: MemberStatus.MEMBER, 1003: MemberStatus.ADMINISTRATOR},
    ),
    (-2002, "指南客服组", {1003: MemberStatus.CREATOR}),
)


def _no_listener(change: MessageChange, message: StoredMessage) -> None:
    """Default listener: nobody is watching."""


class World:
    """Users, chats and their messages; the single source of truth for both API sides."""

    def __init__(
        self,
        bot: User = BOT_USER,
        clock: Callable[[], float] = time.time,
        listener: Listener = _no_listener,
    ) -> None:
        self.bot = bot
        self.clock = clock
        self.listener = listener
        self.privacy_mode = True
        self.users: dict[int, User] = {bot.id: bot}
        self.chats: dict[int, Chat] = {}
        self.messages: dict[int, dict[int, StoredMessage]] = {}
        self.files: dict[str, StoredFile] = {}
        self.blocked: set[int] = set()
        self.started: set[int] = set()  # users who opened their private chat with the bot
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.callbacks: dict[str, CallbackQueryRecord] = {}
        self.inline_queries: dict[str, InlineQueryRecord] = {}
        self.inline_cache = InlineCache()
        self._next_message_id: dict[int, int] = {}
        self._ids = itertools.count(1)

    def now(self) -> int:
        return int(self.clock())

    def next_id(self) -> int:
        """A fresh number for callback query, inline query and file ids."""
        return next(self._ids)

    # users and chats

    def add_user(self, user: User, *, started: bool = False) -> User:
        """Register a user together with the user's private chat with the bot.

        The bot may write in that chat only once the user has started it (``started``, or by
        writing there): Telegram bots cannot initiate conversations.
        """
        self.users[user.id] = user
        self.chats[user.id] = Chat(user.id, ChatType.PRIVATE, user=user)
        if started:
            self.started.add(user.id)
        return user

    def add_group(
        self,
        chat_id: int,
        title: str,
        members: dict[int, MemberStatus],
        chat_type: ChatType = ChatType.GROUP,
    ) -> Chat:
        """Create a group the bot belongs to (as an administrator, so it may read and post)."""
        if chat_id >= 0:
            raise bad_request("group chat ids are negative")
        unknown = [user_id for user_id in members if user_id not in self.users]
        if unknown:
            raise bad_request(f"unknown users {unknown}")
        chat = Chat(chat_id, chat_type, title, members={**members})
        chat.members.setdefault(self.bot.id, MemberStatus.ADMINISTRATOR)
        self.chats[chat_id] = chat
        return chat

    def user(self, user_id: int) -> User:
        if user_id not in self.users:
            raise bad_request("user not found")
        return self.users[user_id]

    def live_chat(self, chat_id: int) -> Chat:
        """A chat that exists and was not migrated, failing as Telegram does otherwise."""
        chat = self.chats.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        if chat.migrated_to is not None:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": chat.migrated_to},
            )
        return chat

    def chat(self, chat_id: int) -> Chat:
        """A chat the bot may write to, failing as Telegram does when it may not: a user who
        blocked the bot or never started it, a group the bot was kicked from or is not in."""
        chat = self.live_chat(chat_id)
        if chat.type is ChatType.PRIVATE:
            if chat_id in self.blocked:
                raise forbidden("bot was blocked by the user")
            if chat_id not in self.started:
                raise forbidden("bot can't initiate conversation with a user")
            return chat
        kind = "supergroup" if chat.type is ChatType.SUPERGROUP else "group"
        status = chat.status_of(self.bot.id)
        if status is MemberStatus.KICKED:
            raise forbidden(f"bot was kicked from the {kind} chat")
        if status is MemberStatus.LEFT:
            raise forbidden(f"bot is not a member of the {kind} chat")
        return chat

    def bot_is_admin(self, chat: Chat) -> bool:
        return chat.status_of(self.bot.id) in (MemberStatus.CREATOR, MemberStatus.ADMINISTRATOR)

    def mention(self, user_id: int) -> dict[str, Any] | None:
        """The User a tg://user?id= link mentions, if the bot may mention that user: Telegram
        guarantees it only for users the bot has met, and the sandbox knows no others."""
        user = self.users.get(user_id)
        return user.to_api() if user is not None and not user.is_bot else None

    # messages

    def add_message(self, chat_id: int, sender_id: int, **fields: Any) -> StoredMessage:
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        message = StoredMessage(chat_id, message_id, sender_id, self.now(), **fields)
        self.messages.setdefault(chat_id, {})[message_id] = message
        self.listener("message", message)
        return message

    def message(self, chat_id: int, message_id: int) -> StoredMessage | None:
        return self.messages.get(chat_id, {}).get(message_id)

    def mark_edited(self, message: StoredMessage) -> None:
        message.edit_date = self.now()
        self.listener("edited", message)

    def delete_message(self, message: StoredMessage) -> None:
        del self.messages[message.chat_id][message.message_id]
        self.listener("deleted", message)

    def chat_messages(self, chat_id: int) -> list[StoredMessage]:
        return list(self.messages.get(chat_id, {}).values())

    # files

    def add_file(self, upload: UploadedFile) -> StoredFile:
        unique = hashlib.sha256(upload.data).hexdigest()[:16]
        file_id = f"BQAC{self.next_id():06d}{unique}"
        stored = StoredFile(file_id, unique, upload.filename, upload.content_type, upload.data)
        self.files[file_id] = stored
        return stored

    def file_by_path(self, file_path: str) -> StoredFile | None:
        return next((f for f in self.files.values() if f.file_path == file_path), None)

    # rendering

    def message_to_api(self, message: StoredMessage, with_reply: bool = True) -> dict[str, Any]:
        """The message exactly as the Bot API returns it."""
        rendered: dict[str, Any] = {
            "message_id": message.message_id,
            "from": self.users[message.sender_id].to_api(),
            "chat": self.chats[message.chat_id].to_api(),
            "date": message.date,
        }
        original = self.replied_message(message) if with_reply else None
        if original is not None:
            rendered["reply_to_message"] = self.message_to_api(original, with_reply=False)
        rendered.update(message.content_fields())
        return rendered

    def message_to_control(self, message: StoredMessage, with_reply: bool = True) -> dict[str, Any]:
        """The Bot API shape plus what the web chat needs: raw HTML, download URL, keyboards."""
        rendered = self.message_to_api(message, with_reply=False)
        original = self.replied_message(message) if with_reply else None
        if original is not None:
            rendered["reply_to_message"] = self.message_to_control(original, with_reply=False)
        if message.html is not None:
            rendered["html"] = message.html
        if message.reply_keyboard is not None:
            rendered["reply_keyboard"] = message.reply_keyboard
        if message.document is not None:
            rendered["document"]["url"] = f"/sandbox/files/{message.document.file_id}"
        return rendered

    def replied_message(self, message: StoredMessage) -> StoredMessage | None:
        if message.reply_to is None:
            return None
        return self.message(message.chat_id, message.reply_to)


def default_world(
    clock: Callable[[], float] = time.time, listener: Listener = _no_listener
) -> World:
    """The demo world: the bot, an SME owner, an English speaker, a support agent, two groups."""
    world = World(clock=clock, listener=listener)
    for user in DEFAULT_USERS:  # none has opened a private chat with the bot yet
        world.add_user(User(**vars(user)))
    for chat_id, title, members in DEFAULT_GROUPS:
        world.add_group(chat_id, title, members)
    return world
