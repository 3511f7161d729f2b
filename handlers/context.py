"""Typed access to the bot's services and the user's language from every handler."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import CallbackContext, ExtBot

from bot.i18n import pick_language
from bot.services import Services


class ZhinanContext(CallbackContext[ExtBot[None], dict[str, Any], dict[str, Any],
                                    dict[str, Any]]):
    """CallbackContext with `services` and `lang`, instead of bot_data["…"] lookups."""

    @property
    def services(self) -> Services:
        services: Services = self.application.bot_data["services"]
        return services

    def lang(self, update: Update) -> str:
        stored = self.user_data.get("lang") if self.user_data is not None else None
        user = update.effective_user
        return pick_language(stored, user.language_code if user else None)
