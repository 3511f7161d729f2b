"""Webhook mode: POST pending updates to the bot's URL, retrying each until 2xx.

Like Telegram, several requests may be in flight at once — up to the webhook's
`max_connections` (setWebhook: "the maximum allowed number of simultaneous HTTPS connections
to the webhook for update delivery, 1-100") — but one chat's updates go one at a time, in
order: the next waits until the previous was answered 2xx. Each request opens its own
connection, so several bot processes sharing a port (SO_REUSEPORT) each get a share. A 2xx
from a bot that answers only after handling means "handled": the sandbox publishes it as such,
so tests wait for exactly that.
"""

import asyncio
import logging
import time
from typing import Any

import aiohttp

from bot.sandbox.state import SandboxState
from bot.sandbox.updates import WebhookConfig

logger = logging.getLogger(__name__)

RETRY_DELAYS = (0.1, 0.2, 0.5, 1.0, 2.0)  # seconds; Telegram backs off much longer
IDLE_CHECK = 1.0
DELIVERY_TIMEOUT = aiohttp.ClientTimeout(total=10)


def chat_of(update: dict[str, Any]) -> int | None:
    """The chat (or, without one, the user) an update belongs to: its ordering key."""
    for value in update.values():
        if not isinstance(value, dict):
            continue
        message = value.get("message") if "data" in value else value
        if isinstance(message, dict) and isinstance(message.get("chat"), dict):
            return int(message["chat"]["id"])
        sender = value.get("from")
        if isinstance(sender, dict):
            return int(sender["id"])
    return None


class WebhookSender:
    """Runs alongside the server; does nothing while no webhook is set."""

    def __init__(self, state: SandboxState, session: aiohttp.ClientSession) -> None:
        self._state = state
        self._session = session
        self._in_flight: dict[int, asyncio.Task[None]] = {}  # update_id → delivery
        self._busy_chats: set[int | None] = set()
        self._delivered: set[int] = set()

    async def run(self) -> None:
        try:
            while not self._state.closing.closed:
                updates = self._state.updates
                webhook = updates.webhook
                started = self._start_deliveries(webhook) if webhook is not None else 0
                if not started:
                    await updates.wakeup.wait(IDLE_CHECK)
        finally:
            for task in self._in_flight.values():
                task.cancel()

    def _start_deliveries(self, webhook: WebhookConfig) -> int:
        """Start a delivery for every pending update whose chat is free, up to the limit."""
        started = 0
        for update in self._state.updates.pending():
            if len(self._in_flight) >= max(1, webhook.max_connections):
                break
            update_id, chat = update["update_id"], chat_of(update)
            if update_id in self._in_flight or update_id in self._delivered:
                continue
            if chat in self._busy_chats:
                continue  # this chat's earlier update is in flight: wait its turn
            self._busy_chats.add(chat)
            self._in_flight[update_id] = asyncio.create_task(
                self._keep_delivering(webhook, update, chat))
            started += 1
        return started

    async def _keep_delivering(self, webhook: WebhookConfig, update: dict[str, Any],
                               chat: int | None) -> None:
        failures = 0
        try:
            while not self._state.closing.closed:
                if await self._deliver(webhook, update):
                    self._done(update["update_id"])
                    return
                await self._state.closing.wait(RETRY_DELAYS[min(failures,
                                                                len(RETRY_DELAYS) - 1)])
                failures += 1
        finally:
            self._in_flight.pop(update["update_id"], None)
            self._busy_chats.discard(chat)
            self._state.updates.wakeup.fire()

    def _done(self, update_id: int) -> None:
        """Confirm every update below the first one not yet delivered (Telegram's offset)."""
        self._delivered.add(update_id)
        if self._state.reports_handled:
            self._state.events.publish("handled", update_id=update_id)
        pending = [u["update_id"] for u in self._state.updates.pending()]
        offset = next((uid for uid in pending if uid not in self._delivered), None)
        confirm = (offset if offset is not None else max(pending, default=update_id) + 1)
        self._state.updates.confirm(confirm)
        self._delivered = {uid for uid in self._delivered if uid >= confirm}

    async def _deliver(self, webhook: WebhookConfig, update: dict[str, Any]) -> bool:
        headers = {"Connection": "close"}  # a new connection each time: spread over workers
        if webhook.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = webhook.secret_token
        try:
            async with self._session.post(
                webhook.url, json=update, headers=headers, timeout=DELIVERY_TIMEOUT
            ) as response:
                if 200 <= response.status < 300:
                    return True
                error = f"Wrong response from the webhook: {response.status} {response.reason}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            error = f"Connection failed: {exc!r}"
        logger.info("webhook delivery of update %s failed: %s", update["update_id"], error)
        webhook.last_error_date = int(time.time())
        webhook.last_error_message = error
        return False
