"""Typed access from every handler to the workflows and to who is acting.

`actor` is decided once per update (handlers/tracking.py, in the first handler group) and kept
on the context, which python-telegram-bot creates once per update for all groups.
"""

from __future__ import annotations

from typing import Any

from telegram.ext import CallbackContext, ExtBot

from bot.core import Core
from bot.db.dialogs import Step
from bot.flows import Flows
from bot.flows.common import Actor


class ZhinanContext(CallbackContext[ExtBot[None], dict[str, Any], dict[str, Any],
                                    dict[str, Any]]):
    """CallbackContext with `flows`, `core` and `actor`, instead of bot_data["…"] lookups."""

    _actor: Actor | None = None
    _step: Step | None = None
    _step_read = False

    @property
    def flows(self) -> Flows:
        flows: Flows = self.application.bot_data["flows"]
        return flows

    @property
    def core(self) -> Core:
        return self.flows.core

    @property
    def actor(self) -> Actor:
        if self._actor is None:
            raise RuntimeError("no actor for this update (not a user's update?)")
        return self._actor

    @actor.setter
    def actor(self, value: Actor) -> None:
        self._actor = value

    @property
    def has_actor(self) -> bool:
        return self._actor is not None

    @property
    def step(self) -> tuple[bool, Step | None]:
        """(read, step): the step the actor is at in this chat, if it was read with them."""
        return self._step_read, self._step

    @step.setter
    def step(self, value: Step | None) -> None:
        self._step, self._step_read = value, True
