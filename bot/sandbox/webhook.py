"""Webhook mode: POST each pending update to the bot's URL, in order, retrying until 2xx."""

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


class WebhookSender:
    """Runs alongside the server; does nothing while no webhook is set."""

    def __init__(self, state: SandboxState, session: aiohttp.ClientSession) -> None:
        self._state = state
        self._session = session

    async def run(self) -> None:
        failures = 0
        while not self._state.closing.closed:
            updates = self._state.updates
            webhook = updates.webhook
            update = updates.first() if webhook is not None else None
            if webhook is None or update is None:
                await updates.wakeup.wait(IDLE_CHECK)
            elif await self._deliver(webhook, update):
                updates.confirm(update["update_id"] + 1)
                failures = 0
            else:
                await self._state.closing.wait(RETRY_DELAYS[min(failures, len(RETRY_DELAYS) - 1)])
                failures += 1

    async def _deliver(self, webhook: WebhookConfig, update: dict[str, Any]) -> bool:
        headers = {}
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
