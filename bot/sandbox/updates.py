"""The bot's pending updates: getUpdates long polling with offsets, or webhook delivery.

Mirrors Telegram's rules: an update stays pending until a later getUpdates confirms it with a
higher offset (or the webhook answers 2xx); allowed_updates decides which updates are created,
and "doesn't affect updates created before the call to getUpdates, so unwanted updates may be
received for a short period of time" (Bot API, getUpdates) — those already queued stay queued.
"""

from dataclasses import dataclass
from typing import Any

from bot.sandbox.wakeup import Wakeup

MAX_POLL_TIMEOUT = 5.0  # seconds; Telegram allows 50, but tests and shutdown want short waits
# What Telegram delivers when allowed_updates is empty or was never given.
_OPT_IN_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


@dataclass
class WebhookConfig:
    url: str
    secret_token: str | None = None
    max_connections: int = 40
    last_error_date: int | None = None
    last_error_message: str | None = None


class UpdateQueue:
    """Pending updates in order, with Telegram's offset and allowed_updates semantics."""

    def __init__(self) -> None:
        self._pending: list[dict[str, Any]] = []
        self._next_update_id = 1
        self.allowed: list[str] = []
        self.webhook: WebhookConfig | None = None
        self.wakeup = Wakeup()
        self.polls_begun = 0  # getUpdates calls received: a bot polling is ready before its
        # first long poll returns (up to MAX_POLL_TIMEOUT later, when the call log records it)

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    def push(self, kind: str, payload: dict[str, Any]) -> int | None:
        """Queue an update of ``kind`` (message, callback_query …) and return its update_id;
        None when the bot's allowed_updates leave it out (it is never created)."""
        if not self._is_allowed(kind):
            return None
        update_id = self._next_update_id
        self._next_update_id += 1
        self._pending.append({"update_id": update_id, kind: payload})
        self.wakeup.fire()
        return update_id

    def confirm(self, offset: int) -> None:
        """Forget updates below ``offset``; a negative offset keeps only the last -offset."""
        if offset < 0:
            self._pending = self._pending[offset:]
        else:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]

    def drop_all(self) -> None:
        self._pending.clear()

    def pending(self) -> list[dict[str, Any]]:
        return list(self._pending)

    def first(self) -> dict[str, Any] | None:
        return self._pending[0] if self._pending else None

    async def poll(self, offset: int | None, limit: int, timeout: float) -> list[dict[str, Any]]:
        """getUpdates: confirm by offset, then wait up to ``timeout`` for something to deliver."""
        self.polls_begun += 1
        if offset is not None:
            self.confirm(offset)
        if not self._pending:
            await self.wakeup.wait(min(timeout, MAX_POLL_TIMEOUT))
        return self._pending[:limit]

    def _is_allowed(self, kind: str) -> bool:
        if self.allowed:
            return kind in self.allowed
        return kind not in _OPT_IN_TYPES
