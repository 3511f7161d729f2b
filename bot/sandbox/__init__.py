"""A local stand-in for the Telegram Bot API, with a web chat, for token-less demos and tests.

The real bot talks to it through python-telegram-bot unchanged (``base_url`` pointed here);
tests and the web chat act as users through the ``/sandbox/*`` control routes.
"""

from bot.sandbox.server import Sandbox, create_app

__all__ = ["Sandbox", "create_app"]
