"""How updates reach the bot: getUpdates long polling, or a webhook the sandbox POSTs to."""

import re
from typing import Any
from urllib.parse import urlsplit

from bot.sandbox.errors import ApiError, bad_request
from bot.sandbox.methods.registry import api_method
from bot.sandbox.params import Params
from bot.sandbox.state import SandboxState
from bot.sandbox.updates import WebhookConfig

_SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")
WEBHOOK_PORTS = (443, 80, 88, 8443)
_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _remember_allowed_updates(state: SandboxState, params: Params) -> None:
    """allowed_updates persists until the next call that gives it, as on Telegram, and
    applies to updates created from then on (see UpdateQueue)."""
    allowed = params.json("allowed_updates")
    if isinstance(allowed, list):
        state.updates.allowed = [str(kind) for kind in allowed]


@api_method("getUpdates")
async def get_updates(state: SandboxState, params: Params) -> list[dict[str, Any]]:
    if state.updates.webhook is not None:
        raise ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; "
            "use deleteWebhook to delete the webhook first",
        )
    _remember_allowed_updates(state, params)
    limit = min(max(params.integer("limit", 100) or 100, 1), 100)
    timeout = params.number("timeout", 0.0) or 0.0
    return await state.updates.poll(params.integer("offset"), limit, timeout)


@api_method("setWebhook")
async def set_webhook(state: SandboxState, params: Params) -> bool:
    url = params.text("url") or ""
    if not url:
        return await delete_webhook(state, params)
    _check_webhook_url(url, state.local_webhooks)
    secret = params.text("secret_token")
    if secret is not None and not _SECRET_RE.fullmatch(secret):
        raise bad_request("secret token contains unallowed characters")
    if params.flag("drop_pending_updates"):
        state.updates.drop_all()
    _remember_allowed_updates(state, params)
    state.updates.webhook = WebhookConfig(url, secret, params.integer("max_connections", 40) or 40)
    state.updates.wakeup.fire()
    return True


def _check_webhook_url(url: str, local_webhooks: bool) -> None:
    """Bot API, setWebhook: "Ports currently supported for webhooks: 443, 80, 88, 8443" and an
    HTTPS URL. ``local_webhooks`` (sandbox only) also admits http and any port on loopback."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = -1
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise bad_request("bad webhook: Wrong HTTP URL")
    if local_webhooks and parts.hostname in _LOOPBACK:
        return
    if parts.scheme != "https":
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    if (port or 443) not in WEBHOOK_PORTS:
        raise bad_request("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")


@api_method("deleteWebhook")
async def delete_webhook(state: SandboxState, params: Params) -> bool:
    state.updates.webhook = None
    if params.flag("drop_pending_updates"):
        state.updates.drop_all()
    return True


@api_method("getWebhookInfo")
async def get_webhook_info(state: SandboxState, params: Params) -> dict[str, Any]:
    webhook = state.updates.webhook
    info: dict[str, Any] = {
        "url": webhook.url if webhook else "",
        "has_custom_certificate": False,
        "pending_update_count": state.updates.pending_count,
    }
    if webhook is not None:
        info["max_connections"] = webhook.max_connections
        if state.updates.allowed:
            info["allowed_updates"] = state.updates.allowed
        if webhook.last_error_date is not None:
            info["last_error_date"] = webhook.last_error_date
            info["last_error_message"] = webhook.last_error_message
    return info
