"""The whole sandbox in one object: the world, its update queue, logs, faults and limits.

Both route sets (the Bot API and the control API) receive this object through the aiohttp
application, and ``reset`` puts everything back to the default world between tests.
"""

import time
from collections.abc import Callable

from aiohttp import web

from bot.sandbox.calls import CallLog
from bot.sandbox.events import EventLog
from bot.sandbox.faults import FaultPlan
from bot.sandbox.limits import FloodLimiter, LimitConfig
from bot.sandbox.models import StoredMessage
from bot.sandbox.robots import RobotFakes
from bot.sandbox.updates import UpdateQueue
from bot.sandbox.wakeup import Wakeup
from bot.sandbox.world import MessageChange, World, default_world

BOT_TOKEN = "100000:sandbox-demo-token"  # the only token the sandbox's bot answers to
QUERY_TIMEOUT = 15.0  # seconds a callback or inline query may wait for its answer


class SandboxState:
    """Mutable state shared by all routes of one sandbox.

    ``token`` is the bot's token (any other gets 401, as on Telegram); ``local_webhooks``
    lets setWebhook take plain-http URLs on loopback, which Telegram never would (HTTPS on
    ports 443, 80, 88 or 8443 only), so local webhook tests can run without certificates.
    """

    def __init__(
        self,
        limits_enabled: bool = True,
        limit_config: LimitConfig | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        *,
        token: str = BOT_TOKEN,
        local_webhooks: bool = False,
        query_timeout: float = QUERY_TIMEOUT,
    ) -> None:
        self._limits_default = limits_enabled
        self._wall_clock = wall_clock
        self._settings_default = (local_webhooks, query_timeout)
        self.token = token
        self.local_webhooks = local_webhooks
        self.query_timeout = query_timeout
        self.monotonic = monotonic
        self.limiter = FloodLimiter(limit_config, monotonic, limits_enabled)
        self.events = EventLog()
        self.calls = CallLog()
        self.faults = FaultPlan()
        self.updates = UpdateQueue()
        self.world = self._new_world()
        self.robots = RobotFakes(wall_clock, monotonic)  # WeCom, Feishu, DingTalk webhooks
        self.closing = Wakeup()  # never fired, only closed: lets injected delays end on stop
        self.reports_handled = False  # a harness publishes a "handled" event per update

    def _new_world(self) -> World:
        return default_world(clock=self._wall_clock, listener=self._on_message_change)

    def _on_message_change(self, change: MessageChange, message: StoredMessage) -> None:
        self.events.publish(
            change,
            chat_id=message.chat_id,
            message_id=message.message_id,
            message=self.world.message_to_control(message),
        )

    def reset(self) -> None:
        """Back to the default world with nothing pending, recorded or injected."""
        self.world = self._new_world()
        self.calls.clear()
        self.faults.clear()
        self.updates.drop_all()
        self.updates.webhook = None
        self.updates.allowed = []
        self.limiter.reset()
        self.robots.reset()
        self.limiter.enabled = self._limits_default
        self.local_webhooks, self.query_timeout = self._settings_default
        self.events.publish("reset")

    def close(self) -> None:
        """Release every long poll so the server can stop promptly."""
        self.updates.wakeup.close()
        self.events.wakeup.close()
        self.closing.close()


STATE_KEY = web.AppKey("sandbox_state", SandboxState)
