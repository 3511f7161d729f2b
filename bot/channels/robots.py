"""Group robots as a `Messenger`: WeCom, Feishu and DingTalk webhooks over aiohttp.

`send(robot_id, text)` takes an outbox row's channel-neutral notice (or a digest of several),
renders it for the robot's platform within its limits (bot/robots/render.py), signs it when the
robot has a secret (bot/robots/signing.py) and posts it: HTTPS to the platforms' hosts only
(bot/robots/endpoints.py), no redirect followed, explicit timeouts. The webhook URL and the secret
never reach a log line: robots are named by id.

The platforms answer HTTP 200 with an error code in the body. What the codes mean here (from the
platforms' guides; the ones marked * could not be checked against them):
- too fast, retry later: WeCom 45009, Feishu 11232, DingTalk 130101 (DingTalk then throttles
  the robot for 10 minutes), or an HTTP 429;
- credentials refused, disable the robot and tell its owner: Feishu 19021 (signature), 19022
  (IP), 19024 (keyword); DingTalk 310000 (signature, keyword or IP); WeCom 93000* (the webhook's
  key is invalid, e.g. the robot was removed);
- anything else: the message was refused as it is.
Whether a failed request may have reached the platform decides whether it may be sent again: a
connection never made is retried, a timeout or a connection lost after sending is unknown.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any, cast

import aiohttp
from yarl import URL  # aiohttp's URL type: `encoded=True` keeps the signed query as built

from bot.db.robots import Robot, Robots
from bot.keyboards import Keyboard
from bot.messenger import (
    Misconfigured,
    Prompt,
    RateLimited,
    Refused,
    Sent,
    Transient,
    Unconfirmed,
)
from bot.robots.endpoints import Channel, WebhookError, parse_webhook
from bot.robots.render import decode, fitted
from bot.robots.signing import signed_request

log = logging.getLogger("zhinan.robots")
TOO_FAST: dict[str, dict[int, float]] = {  # error code → seconds to wait before retrying
    "wecom": {45009: 60.0},
    "feishu": {11232: 10.0},
    "dingtalk": {130101: 600.0},
}
CREDENTIALS: dict[str, set[int]] = {
    "wecom": {93000},
    "feishu": {19021, 19022, 19024},
    "dingtalk": {310000},
}
TIMEOUT = aiohttp.ClientTimeout(total=10.0, connect=5.0)
_NOT_SENT = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)


def outcome(channel: str, status: int, body: dict[str, Any] | None,
            retry_after: float | None = None) -> Exception | None:
    """A platform's answer → None (delivered) or the messenger's error for it."""
    if status == 429:
        return RateLimited(retry_after or 60.0, "HTTP 429")
    if 300 <= status < 400:
        return Refused(f"HTTP {status}: redirects are not followed")
    if status >= 500:
        return Transient(f"HTTP {status}")
    if body is None:
        return Refused(f"HTTP {status} without a JSON answer")
    code = int(body.get("errcode", body.get("code", body.get("StatusCode", 0))) or 0)
    message = str(body.get("errmsg", body.get("msg", "")))[:200]
    if status == 200 and code == 0:
        return None
    if code in TOO_FAST.get(channel, {}):
        return RateLimited(TOO_FAST[channel][code], f"{channel} {code}: {message}")
    if code in CREDENTIALS.get(channel, set()):
        return Misconfigured(f"{channel} {code}: {message}")
    return Refused(f"{channel} {code or status}: {message}")


class RobotMessenger:
    """Sends to the robots stored in the database; one aiohttp session per process."""

    def __init__(self, robots: Robots, extra_hosts: Iterable[str] = (), *,
                 timeout: aiohttp.ClientTimeout = TIMEOUT,
                 wall: Callable[[], float] = time.time) -> None:
        self.robots = robots
        self.extra_hosts = tuple(extra_hosts)
        self.timeout = timeout
        self.wall = wall
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self.timeout)
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def send(self, chat_id: int, text: str, keyboard: Keyboard | None = None, *,
                   html: bool = True, reply_to: int | None = None,
                   prompt: Prompt | None = None) -> Sent:
        """Post a notice (or a digest) to robot `chat_id`."""
        robot = await self.robots.get(chat_id)
        if robot is None or robot.state == "disabled":
            raise Refused(f"robot {chat_id} was removed or disabled")
        return await self.post(robot, text)

    async def post(self, robot: Robot, text: str) -> Sent:
        """Render, sign and post to one robot (also before it is active: verification)."""
        try:
            parse_webhook(robot.webhook, self.extra_hosts)  # the allowed hosts may have changed
        except WebhookError as exc:
            raise Refused(f"robot {robot.id}: webhook not allowed ({exc.reason})") from None
        channel = cast(Channel, robot.channel)
        message = fitted(channel, decode(text), robot.keyword, robot.lang)
        url, body = signed_request(channel, robot.webhook, message, robot.secret, self.wall())
        error = await self._request(robot, url, body)
        if error is not None:
            log.info("robot %s (%s): %s", robot.id, robot.channel, error)
            raise error
        return Sent(robot.id, 0)

    async def _request(self, robot: Robot, url: str, body: bytes) -> Exception | None:
        try:
            async with self._client().post(
                    URL(url, encoded=True), data=body, allow_redirects=False,
                    headers={"Content-Type": "application/json; charset=utf-8"}) as response:
                retry = response.headers.get("Retry-After", "")
                try:
                    answer = json.loads(await response.read())
                except ValueError:
                    answer = None
                return outcome(robot.channel, response.status,
                               answer if isinstance(answer, dict) else None,
                               float(retry) if retry.isdigit() else None)
        except _NOT_SENT as exc:
            return Transient(f"robot {robot.id}: not connected ({type(exc).__name__})")
        except TimeoutError as exc:
            return Unconfirmed(f"robot {robot.id}: no answer in time ({type(exc).__name__})")
        except aiohttp.ClientError as exc:
            return Unconfirmed(f"robot {robot.id}: connection lost ({type(exc).__name__})")

    async def send_document(self, chat_id: int, document: str | bytes, *,
                            filename: str | None = None, caption: str | None = None,
                            html: bool = True, keyboard: Keyboard | None = None) -> Sent:
        raise Refused("group robots receive no files")

