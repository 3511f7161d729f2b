"""Bot API method implementations; importing this package registers them all."""

from bot.sandbox.methods import bot_info, chats, delivery, documents, messages, queries
from bot.sandbox.methods.registry import find_method

__all__ = ["bot_info", "chats", "delivery", "documents", "find_method", "messages", "queries"]
