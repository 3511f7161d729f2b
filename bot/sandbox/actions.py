"""What users do: send messages, press buttons, type inline queries; and a group's migration.

Each action stores what Telegram would store and queues the update the bot would receive,
with the entities and fields python-telegram-bot's handlers rely on.
"""

import re
from typing import Any

from bot.sandbox.errors import bad_request
from bot.sandbox.models import (
    CallbackQueryRecord,
    Chat,
    ChatType,
    InlineQueryRecord,
    MemberStatus,
    StoredMessage,
    User,
)
from bot.sandbox.params import UploadedFile
from bot.sandbox.state import SandboxState
from bot.sandbox.world import World
from bot.telegram_html import utf16_len

# Telegram marks /commands (optionally /command@botname) that start a word.
_COMMAND_RE = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION_RE = re.compile(r"(?<!\S)@[A-Za-z0-9_]{5,32}")
_URL_RE = re.compile(r"(?<!\S)https?://[^\s<>\"]+")
_ENTITY_PATTERNS = (("bot_command", _COMMAND_RE), ("mention", _MENTION_RE), ("url", _URL_RE))
_SUPERGROUP_ID_BASE = 1_000_000_000_000  # supergroup ids look like -100xxxxxxxxxx
MAX_INLINE_QUERY_LENGTH = 256


def detect_entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram's clients attach to typed text (commands, mentions, links)."""
    entities = [
        {
            "type": kind,
            "offset": utf16_len(text[: match.start()]),
            "length": utf16_len(match.group()),
        }
        for kind, pattern in _ENTITY_PATTERNS
        for match in pattern.finditer(text)
    ]
    return sorted(entities, key=lambda entity: entity["offset"])


def _bot_sees(world: World, chat: Chat, message: StoredMessage) -> bool:
    """Whether the bot receives a message, after "What messages will my bot get?" (Bot FAQ)
    and "Privacy mode" (Bot Features): every message in private chats; in groups the bot is in,
    everything when it is an administrator ("bot admins always receive all messages") or its
    privacy mode is off; otherwise only commands explicitly meant for it (/command@this_bot),
    general commands if it was the last bot to post in the group (it is the sandbox's only
    bot), and replies to its messages or to commands meant for it. Mentions alone are not
    delivered, and nothing reaches a bot that is not a member."""
    if chat.type is ChatType.PRIVATE:
        return True
    if not chat.is_member(world.bot.id):
        return False
    if world.bot_is_admin(chat) or not world.privacy_mode:
        return True
    replied = world.replied_message(message)
    if replied is not None and (
        replied.sender_id == world.bot.id or _command_for(world, chat, replied) == "explicit"
    ):
        return True
    return _command_for(world, chat, message) is not None


def _command_for(world: World, chat: Chat, message: StoredMessage) -> str | None:
    """"explicit" for /command@this_bot, "general" for a bare /command the bot may see (it has
    posted in the group), None otherwise."""
    text = message.text or ""
    for entity in message.entities:
        if entity["type"] == "bot_command" and entity["offset"] == 0:
            _, _, addressee = text[: entity["length"]].partition("@")
            if addressee:
                mine = addressee.lower() == (world.bot.username or "").lower()
                return "explicit" if mine else None
            posted = any(m.sender_id == world.bot.id for m in world.chat_messages(chat.id))
            return "general" if posted else None
    return None


SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨"
TITLES = ("经理", "总", "工", "老师")


def made_up_name(user_id: int) -> str:
    """A stable, plausible name for a user a script made up: 陈经理, 赵总 …"""
    return SURNAMES[user_id % len(SURNAMES)] + TITLES[(user_id // len(SURNAMES)) % len(TITLES)]


def ensure_user(world: World, user_id: int, fields: dict[str, Any]) -> User:
    """The acting user; an unknown id is created on the fly (DESIGN.md's `/sandbox/send` shape
    is only user_id, chat_id and text), named as given or with a made-up name."""
    if user_id in world.users:
        user = world.users[user_id]
        for name in ("first_name", "last_name", "username", "language_code"):
            if fields.get(name) is not None:
                setattr(user, name, fields[name])
        return user
    return world.add_user(
        User(
            user_id,
            str(fields.get("first_name") or made_up_name(user_id)),
            last_name=fields.get("last_name"),
            username=fields.get("username"),
            language_code=fields.get("language_code"),
        )
    )


def _chat_for_user(world: World, user: User, chat_id: int) -> Chat:
    chat = world.live_chat(chat_id)
    if not chat.is_member(user.id):
        raise bad_request(f"user {user.id} is not a member of chat {chat_id}")
    return chat


def user_sends(
    state: SandboxState,
    user_id: int,
    text: str,
    chat_id: int | None = None,
    reply_to_message_id: int | None = None,
    user_fields: dict[str, Any] | None = None,
    document: UploadedFile | None = None,
    entities: list[dict[str, Any]] | None = None,
) -> tuple[StoredMessage, int | None]:
    """A user's text message (or a document with `text` as its caption); returns it and the
    update_id (None if the bot does not see it). `entities` are the formatting the user
    applied (bold, links …); commands, mentions and links are detected as clients do."""
    world = state.world
    user = ensure_user(world, user_id, user_fields or {})
    chat = _chat_for_user(world, user, user_id if chat_id is None else chat_id)
    if document is None and not text.strip():
        raise bad_request("message text is empty")
    if reply_to_message_id is not None and world.message(chat.id, reply_to_message_id) is None:
        raise bad_request("message to be replied not found")
    if chat.type is ChatType.PRIVATE:  # writing to the bot starts (or restarts) the chat
        world.started.add(user.id)
        world.blocked.discard(user.id)
    if document is not None:
        message = world.add_message(chat.id, user.id, caption=text or None,
                                    document=world.add_file(document),
                                    reply_to=reply_to_message_id)
    else:
        found = sorted([*(entities or []), *detect_entities(text)], key=lambda e: e["offset"])
        message = world.add_message(chat.id, user.id, text=text, entities=found,
                                    reply_to=reply_to_message_id)
    if not _bot_sees(world, chat, message):
        return message, None
    return message, state.updates.push("message", world.message_to_api(message))


def user_edits(
    state: SandboxState, user_id: int, chat_id: int, message_id: int, text: str
) -> tuple[StoredMessage, int | None]:
    """A user edits the text of a message they sent: stored in place, and an edited_message
    update for the bot when it could see the message (Bot API, Update.edited_message: "New
    version of a message that is known to the bot and was edited")."""
    world = state.world
    user = world.user(user_id)
    chat = _chat_for_user(world, user, chat_id)
    message = world.message(chat.id, message_id)
    if message is None:
        raise bad_request("message to edit not found")
    if message.sender_id != user.id or message.text is None:
        raise bad_request("message can't be edited")
    if not text.strip():
        raise bad_request("message text is empty")
    if text == message.text:
        raise bad_request("message is not modified")
    seen_before = _bot_sees(world, chat, message)
    message.text, message.entities = text, detect_entities(text)
    world.mark_edited(message)
    if not (seen_before or _bot_sees(world, chat, message)):
        return message, None
    return message, state.updates.push("edited_message", world.message_to_api(message))


def _find_button(message: StoredMessage, data: str | None, label: str | None) -> str:
    """The callback_data of the pressed button, which must be on the message now."""
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    for button in (button for row in rows for button in row):
        if "callback_data" not in button:
            continue
        if (data is not None and button["callback_data"] == data) or (
            data is None and button.get("text") == label
        ):
            return str(button["callback_data"])
    wanted = data if data is not None else label
    raise bad_request(f"message {message.message_id} has no callback button {wanted!r}")


def user_presses(
    state: SandboxState,
    user_id: int,
    chat_id: int,
    message_id: int,
    data: str | None = None,
    label: str | None = None,
    forged: bool = False,
) -> tuple[CallbackQueryRecord, int | None]:
    """A press on an inline button, found by callback data or by its text.

    `forged` sends `data` whether or not such a button exists, as a modified client can
    (MTProto's getBotCallbackAnswer takes any bytes): the bot must not trust it.
    """
    world = state.world
    user = world.user(user_id)
    chat = _chat_for_user(world, user, chat_id)
    message = world.message(chat.id, message_id)
    if message is None:
        raise bad_request("message not found")
    record = CallbackQueryRecord(
        str(4_000_000_000 + world.next_id()),
        user.id,
        chat.id,
        message_id,
        data if forged and data is not None else _find_button(message, data, label),
        asked_at=state.monotonic(),
    )
    world.callbacks[record.id] = record
    update_id = state.updates.push(
        "callback_query",
        {
            "id": record.id,
            "from": user.to_api(),
            "message": world.message_to_api(message),
            "chat_instance": str(abs(chat.id) * 7919),
            "data": record.data,
        },
    )
    return record, update_id


def user_inline_query(
    state: SandboxState, user_id: int, query: str, offset: str = ""
) -> tuple[InlineQueryRecord, int | None]:
    """A user typing "@botname query" in any chat; queries longer than Telegram's 256
    characters (Bot API, InlineQuery.query) cannot be typed. While an answer for the same
    query is cached for this user (or shared), Telegram shows it without asking the bot:
    the update_id is then None."""
    if len(query) > MAX_INLINE_QUERY_LENGTH:
        raise bad_request(f"an inline query has at most {MAX_INLINE_QUERY_LENGTH} characters")
    world = state.world
    user = world.user(user_id)
    record = InlineQueryRecord(str(5_000_000_000 + world.next_id()), user.id, query, offset,
                               asked_at=state.monotonic())
    world.inline_queries[record.id] = record
    cached = world.inline_cache.lookup(query, offset, user.id, world.clock())
    if cached is not None:
        record.answer, record.from_cache = cached, True
        state.events.publish("inline_answer", inline_query=record.to_json())
        return record, None
    update_id = state.updates.push(
        "inline_query",
        {
            "id": record.id,
            "from": user.to_api(),
            "query": query,
            "offset": offset,
            "chat_type": "sender",
        },
    )
    return record, update_id


def migrate_group(state: SandboxState, chat_id: int) -> Chat:
    """Upgrade a group to a supergroup: new id, service messages in both chats."""
    world = state.world
    old = world.chats.get(chat_id)
    if old is None or old.type is not ChatType.GROUP or old.migrated_to is not None:
        raise bad_request("only a group that was not migrated yet can be migrated")
    title = old.title or ""
    new = world.add_group(
        -(_SUPERGROUP_ID_BASE + abs(chat_id)), title, old.members, ChatType.SUPERGROUP
    )
    old.migrated_to = new.id
    actor = next(
        (uid for uid, status in old.members.items() if status is MemberStatus.CREATOR), world.bot.id
    )
    for chat, service in (
        (old, {"migrate_to_chat_id": new.id}),
        (new, {"migrate_from_chat_id": old.id}),
    ):
        message = world.add_message(chat.id, actor, service=service)
        state.updates.push("message", world.message_to_api(message))
    return new
