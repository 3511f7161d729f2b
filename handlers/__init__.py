"""python-telegram-bot handlers, one module per feature; each handler is one call into the
application layer (bot/flows/) and the reply it returns, shown by handlers/ui.py.

Registration order matters: in each group PTB runs the first handler that matches.
- group -2: who is acting (the user recorded, their language) — every update;
- group -1: a message answering a question the bot asked (a dialog step) is taken there and
  goes no further; anything else passes on;
- group 0: commands and buttons of every feature; group replies to the bot (support) before
  mentions and free text (search); the catch-all for unknown buttons and commands comes last.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application, BaseHandler

from handlers import (
    admin,
    broadcast,
    browse,
    card,
    errors,
    groups,
    inline,
    profile,
    robots,
    router,
    search,
    start,
    steps,
    subscriptions,
    support,
)
from handlers.context import ZhinanContext

FEATURES = (start, browse, card, subscriptions, profile, admin, broadcast, robots, support,
            groups, search, inline, errors)


def register(application: Application) -> None:
    """Add every feature's handlers in order, and the error handler."""
    application.add_handler(router.tracker(), group=-2)
    application.add_handlers(steps.handlers(), group=-1)  # type: ignore[arg-type]
    for feature in FEATURES:
        handlers: list[BaseHandler[Update, ZhinanContext, Any]] = feature.handlers()
        application.add_handlers(handlers)
    application.add_handlers(start.fallback())
    application.add_error_handler(errors.on_error)
