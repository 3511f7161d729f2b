"""Which messages are meant for the bot.

In groups the bot is an administrator, and Telegram gives admin bots every message ("bot
admins always receive all messages", Bot Features, Privacy mode). So a group line is the
bot's business only when it is a command, a reply to one of the bot's messages or a mention of
it; and a step waiting for "the user's next message" takes, in a group, only a reply to the
prompt that asked for it. Private chats are all the bot's.
"""

from __future__ import annotations

from telegram import Message, Update
from telegram.constants import ChatType, MessageEntityType
from telegram.ext import filters

from handlers.context import ZhinanContext


class _RepliesToBot(filters.MessageFilter):
    """A message replying to one of this bot's own messages."""

    def filter(self, message: Message) -> bool:
        replied = message.reply_to_message
        sender = replied.from_user if replied is not None else None
        return sender is not None and sender.id == message.get_bot().id


class _MentionsBot(filters.MessageFilter):
    """Text that mentions this bot by @username."""

    def filter(self, message: Message) -> bool:
        username = (message.get_bot().username or "").lower()
        mentions = message.parse_entities([MessageEntityType.MENTION]).values()
        return bool(username) and any(m.lower() == f"@{username}" for m in mentions)


REPLIES_TO_BOT = _RepliesToBot()
MENTIONS_BOT = _MentionsBot()
ADDRESSED_TO_BOT = (filters.ChatType.PRIVATE | filters.COMMAND | REPLIES_TO_BOT | MENTIONS_BOT)
# Text that may answer a prompt: anything typed in private, in a group a reply to the bot
# (`answers_prompt` then checks it is the prompt itself).
PROMPT_ANSWER = filters.TEXT & ~filters.COMMAND & (filters.ChatType.PRIVATE | REPLIES_TO_BOT)


def remember_prompt(context: ZhinanContext, key: str, prompt: Message) -> None:
    """Keep which message asked the user for input in this chat (persisted with user_data)."""
    if context.user_data is not None:
        context.user_data[key] = [prompt.chat_id, prompt.message_id]


def answers_prompt(update: Update, context: ZhinanContext, key: str) -> bool:
    """In a private chat any message answers the prompt; in a group only a reply to it."""
    message = update.effective_message
    if message is None:
        return False
    if message.chat.type == ChatType.PRIVATE:
        return True
    replied = message.reply_to_message
    prompt = (context.user_data or {}).get(key)
    return replied is not None and prompt == [message.chat_id, replied.message_id]


def forget_prompt(context: ZhinanContext, key: str) -> None:
    if context.user_data is not None:
        context.user_data.pop(key, None)
