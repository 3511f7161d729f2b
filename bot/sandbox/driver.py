"""Driving the sandbox as users do: send text, press a labelled button, read the replies.

Used by the end-to-end tests and the benchmark. Waiting is event-driven (the sandbox's event
feed): a user's action returns once the bot reports it handled the update (the harness does);
`wait_for` waits for the message a test expects. Without handled reports (a bot the harness
did not start), `settle` collects what the bot did until the chat has been quiet briefly.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import aiohttp

WAIT = 10.0
QUIET = 0.25


class SandboxClient:
    """The control API over HTTP."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        self.session: aiohttp.ClientSession | None = None
        self.seq = 0
        self._reports_handled: bool | None = None

    async def __aenter__(self) -> SandboxClient:
        self.session = aiohttp.ClientSession()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self.session is not None:
            await self.session.close()

    async def get(self, path: str, **params: Any) -> Any:
        assert self.session is not None
        async with self.session.get(self.url + path, params=params) as response:
            return await response.json()

    async def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        assert self.session is not None
        async with self.session.post(self.url + path, json=body or {}) as response:
            data = await response.json()
            if response.status >= 400:
                raise AssertionError(f"{path} {body}: {response.status} {data}")
            return data

    async def messages(self, chat_id: int) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = await self.get(f"/sandbox/chats/{chat_id}/messages")
        return result

    async def mark(self) -> int:
        """The current event sequence number: what happens after it is new."""
        feed = await self.get("/sandbox/events", after=10**12, timeout=0)
        self.seq = int(feed.get("last_seq", 0))
        return self.seq

    async def handled(self, chat_id: int, since: int, update_id: int | None, *,
                      wait: float = WAIT) -> list[dict[str, Any]]:
        """Events in `chat_id` (and button answers) after `since` until the bot has handled
        update `update_id`; none for an update the bot never gets."""
        if update_id is None:
            return []
        if self._reports_handled is None:
            self._reports_handled = bool((await self.get("/sandbox/state"))["reports_handled"])
        if not self._reports_handled:
            return await self.settle(chat_id, since, wait=wait)
        events: list[dict[str, Any]] = []
        seq = since
        async with asyncio.timeout(wait):
            while True:
                feed = await self.get("/sandbox/events", after=seq, timeout=wait)
                for event in feed.get("events", []):
                    seq = max(seq, event["seq"])
                    if event.get("type") == "handled" and event.get("update_id") == update_id:
                        return events
                    if event.get("chat_id") == chat_id or event.get("type") == "callback_answer":
                        events.append(event)

    async def settle(self, chat_id: int, since: int, *, wait: float = WAIT,
                     quiet: float = QUIET) -> list[dict[str, Any]]:
        """Events in `chat_id` after `since`: wait for the first, then until that chat has
        been quiet for `quiet` seconds (traffic in other chats does not count)."""
        loop = asyncio.get_running_loop()
        events: list[dict[str, Any]] = []
        seq = since
        deadline = loop.time() + wait
        last_relevant = loop.time()
        while True:
            now = loop.time()
            if events and now - last_relevant >= quiet:
                return events
            if not events and now >= deadline:
                return events
            timeout = quiet if events else max(0.05, deadline - now)
            feed = await self.get("/sandbox/events", after=seq, timeout=round(timeout, 2))
            for event in feed.get("events", []):
                seq = max(seq, event["seq"])
                if event.get("chat_id") == chat_id or event.get("type") == "callback_answer":
                    events.append(event)
                    last_relevant = loop.time()


    async def wait_for(self, chat_id: int, check: Callable[[dict[str, Any]], bool], *,
                       since: int = 0, wait: float = WAIT) -> dict[str, Any]:
        """The first message added or edited in `chat_id` after event `since` that passes
        `check`, as soon as it appears."""
        seq = since
        async with asyncio.timeout(wait):
            while True:
                feed = await self.get("/sandbox/events", after=seq, timeout=wait)
                for event in feed.get("events", []):
                    seq = max(seq, event["seq"])
                    message = event.get("message")
                    if event.get("chat_id") == chat_id and message and check(message):
                        return dict(message)

    async def wait_inline_answer(self, query_id: str, *, since: int = 0,
                                 wait: float = WAIT) -> dict[str, Any]:
        """The inline query record once it has an answer (from the bot or the cache)."""
        seq = since
        async with asyncio.timeout(wait):
            while True:
                record: dict[str, Any] = await self.get(f"/sandbox/inline/{query_id}")
                if record["answered"]:
                    return record
                feed = await self.get("/sandbox/events", after=seq, timeout=wait)
                seq = max([seq, *(event["seq"] for event in feed.get("events", []))])


class Conversation:
    """One user in one chat."""

    def __init__(self, client: SandboxClient, user_id: int, chat_id: int | None = None) -> None:
        self.client = client
        self.user_id = user_id
        self.chat_id = chat_id if chat_id is not None else user_id

    async def send(self, text: str, **extra: Any) -> list[dict[str, Any]]:
        """Type a message; returns what the bot did in this chat in response."""
        since = await self.client.mark()
        sent = await self.client.post("/sandbox/send", {
            "user_id": self.user_id, "chat_id": self.chat_id, "text": text, **extra})
        return await self.client.handled(self.chat_id, since, sent.get("update_id"))

    async def post(self, text: str, **extra: Any) -> dict[str, Any]:
        """Type a message without waiting for anything; returns the stored message."""
        sent: dict[str, Any] = await self.client.post("/sandbox/send", {
            "user_id": self.user_id, "chat_id": self.chat_id, "text": text, **extra})
        return dict(sent["message"])

    async def press(self, label: str, message: dict[str, Any] | None = None,
                    contains: bool = True) -> dict[str, Any]:
        """Press the button whose label contains `label` on the newest bot message that has
        one (or on `message`); returns the callback record with the bot's answer."""
        target = message or await self.last_with_button(label, contains)
        data = button_data(target, label, contains)
        since = await self.client.mark()
        pressed = await self.client.post("/sandbox/press", {
            "user_id": self.user_id, "chat_id": self.chat_id,
            "message_id": target["message_id"], "data": data})
        await self.client.handled(self.chat_id, since, pressed.get("update_id"))
        record: dict[str, Any] = await self.client.get(
            f"/sandbox/callbacks/{pressed['callback_query_id']}")
        return record

    async def press_data(self, message_id: int, data: str, forged: bool = True) -> dict[str, Any]:
        """Press with raw callback data: by default a forged one no button carries."""
        since = await self.client.mark()
        pressed = await self.client.post("/sandbox/press", {
            "user_id": self.user_id, "chat_id": self.chat_id, "message_id": message_id,
            "data": data, "forged": forged})
        await self.client.handled(self.chat_id, since, pressed.get("update_id"))
        record: dict[str, Any] = await self.client.get(
            f"/sandbox/callbacks/{pressed['callback_query_id']}")
        return record

    async def bot_messages(self) -> list[dict[str, Any]]:
        return [m for m in await self.client.messages(self.chat_id) if m["from"]["is_bot"]]

    async def last(self) -> dict[str, Any]:
        """The newest bot message in the chat."""
        return (await self.bot_messages())[-1]

    async def last_with_button(self, label: str, contains: bool = True) -> dict[str, Any]:
        for message in reversed(await self.bot_messages()):
            if button_data(message, label, contains, required=False):
                return message
        raise AssertionError(f"no bot message has a button {label!r}")


def has(text: str, bot: bool = True) -> Callable[[dict[str, Any]], bool]:
    """A `wait_for` check: a message from the bot (or, with bot=False, a person) containing
    `text`."""
    return lambda m: text in (m.get("text") or "") and m["from"]["is_bot"] == bot


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
    return [button for row in rows for button in row]


def button_data(message: dict[str, Any], label: str, contains: bool = True,
                required: bool = True) -> str:
    for button in buttons(message):
        text = button.get("text", "")
        if (label in text if contains else label == text) and button.get("callback_data"):
            return str(button["callback_data"])
    if required:
        labels = [b.get("text") for b in buttons(message)]
        raise AssertionError(f"no button {label!r} in {labels}")
    return ""
