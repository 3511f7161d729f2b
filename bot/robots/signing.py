"""The platforms' request signatures, and the signed request for a robot with a secret.

Feishu (自定义机器人使用指南 → 签名校验): the string ``f"{timestamp}\\n{secret}"`` is the
HMAC-SHA256 *key*, the message is empty, the digest is Base64-encoded; ``timestamp`` (seconds,
within an hour of the platform's clock) and ``sign`` go in the JSON body. A wrong one answers
code 19021.

DingTalk (自定义机器人安全设置 → 加签): HMAC-SHA256 with the secret as key over
``f"{timestamp}\\n{secret}"``, Base64, then URL-encoded; ``timestamp`` (milliseconds, within an
hour) and ``sign`` go in the query string. A wrong one answers errcode 310000.

WeCom group robots have no signature: the key in the URL is the credential.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any
from urllib.parse import quote_plus

from bot.robots.endpoints import Channel


def feishu_sign(secret: str, timestamp: int) -> str:
    """Feishu's ``sign`` for `timestamp` in seconds."""
    key = f"{timestamp}\n{secret}".encode()
    return base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode()


def dingtalk_sign(secret: str, timestamp_ms: int) -> str:
    """DingTalk's ``sign`` for `timestamp_ms` in milliseconds, already URL-encoded."""
    digest = hmac.new(secret.encode(), f"{timestamp_ms}\n{secret}".encode(),
                      hashlib.sha256).digest()
    return quote_plus(base64.b64encode(digest).decode())


def signed_request(channel: Channel, url: str, payload: dict[str, Any], secret: str | None,
                   now: float) -> tuple[str, bytes]:
    """The URL to post to and the JSON body, signed at wall-clock time `now` when the robot
    has a secret. The URL keeps its credential: never log it."""
    body = dict(payload)
    if secret and channel == "feishu":
        timestamp = int(now)
        body = {"timestamp": str(timestamp), "sign": feishu_sign(secret, timestamp), **body}
    elif secret and channel == "dingtalk":
        timestamp_ms = int(now * 1000)
        url = f"{url}&timestamp={timestamp_ms}&sign={dingtalk_sign(secret, timestamp_ms)}"
    return url, json.dumps(body, ensure_ascii=False).encode()
