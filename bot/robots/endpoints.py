"""Which webhook URLs the bot will post to, and how it shows them back.

A robot's webhook URL is a credential (anyone holding it can post into the group), so the bot
posts only over HTTPS to the platforms' own hosts, never follows a redirect, and shows a URL back
only as its host and the last characters of its token. The shapes, from the platforms' guides:

- WeCom (企业微信 群机器人, developer.work.weixin.qq.com/document/path/91770):
  ``https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…``
- Feishu / Lark (自定义机器人使用指南, open.feishu.cn/document/client-docs/bot-v3/add-custom-bot):
  ``https://open.feishu.cn/open-apis/bot/v2/hook/…`` (Lark: open.larksuite.com)
- DingTalk (自定义机器人接入, open.dingtalk.com/document/robots/custom-robot-access):
  ``https://oapi.dingtalk.com/robot/send?access_token=…``

`extra_hosts` (setting ZHINAN_ROBOT_HOSTS) widens the allowed hosts for a local sandbox; plain
http is allowed only for such a host on the loopback interface.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qs, urlsplit

Channel = Literal["wecom", "feishu", "dingtalk"]
CHANNELS: tuple[Channel, ...] = ("wecom", "feishu", "dingtalk")
HOSTS: dict[Channel, tuple[str, ...]] = {
    "wecom": ("qyapi.weixin.qq.com",),
    "feishu": ("open.feishu.cn", "open.larksuite.com"),
    "dingtalk": ("oapi.dingtalk.com",),
}
LOOPBACK = ("127.0.0.1", "localhost", "::1")
MAX_URL = 512


class WebhookError(ValueError):
    """A pasted URL the bot will not post to; `reason` is a locale key suffix."""

    def __init__(self, reason: Literal["not_url", "not_https", "host", "shape"]) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Webhook:
    channel: Channel
    url: str
    token: str  # the key / hook id / access_token: the credential inside the URL

    @property
    def masked(self) -> str:
        return mask(self.url)


def _shape(path: str, query: dict[str, list[str]]) -> tuple[Channel, str] | None:
    """The platform a path and query have the shape of, and the token they carry."""
    if path.endswith("/cgi-bin/webhook/send") and query.get("key", [""])[0]:
        return "wecom", query["key"][0]
    marker = "/open-apis/bot/v2/hook/"
    if marker in path:
        token = path.split(marker, 1)[1]
        if token and "/" not in token:
            return "feishu", token
    if path.endswith("/robot/send") and query.get("access_token", [""])[0]:
        return "dingtalk", query["access_token"][0]
    return None


def parse_webhook(text: str, extra_hosts: Iterable[str] = ()) -> Webhook:
    """The robot a pasted webhook URL names; WebhookError for anything else."""
    raw = text.strip()
    if not raw or len(raw) > MAX_URL or any(c.isspace() for c in raw):
        raise WebhookError("not_url")
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError:
        raise WebhookError("not_url") from None
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host or parts.username or parts.password:
        raise WebhookError("not_url")
    netloc = f"{host}:{port}" if port else host
    extra = {h.strip().lower() for h in extra_hosts if h.strip()}
    widened = netloc in extra or host in extra
    if parts.scheme != "https" and not (widened and host in LOOPBACK):
        raise WebhookError("not_https")
    shape = _shape(parts.path, parse_qs(parts.query))
    if shape is None or parts.fragment:
        raise WebhookError("shape")
    channel, token = shape
    if not widened and (host not in HOSTS[channel] or port not in (None, 443)):
        raise WebhookError("host")
    return Webhook(channel, raw, token)


def mask(url: str) -> str:
    """A webhook shown back: its host and the token's last four characters, never the token."""
    try:
        parts = urlsplit(url)
        shape = _shape(parts.path, parse_qs(parts.query))
    except ValueError:
        return "…"
    tail = shape[1][-4:] if shape and len(shape[1]) >= 12 else ""
    return f"{parts.hostname or '?'} …{tail}"


def mask_secret(secret: str | None) -> str:
    """A secret shown back: its first three characters (DingTalk's start SEC) and its length."""
    if not secret:
        return "—"
    return f"{secret[:3]}…({len(secret)})"
