"""One channel-neutral notice, rendered per platform at send time, within each one's limits.

A `Notice` is a title and plain lines in the robot's language: what the bot would tell a
Telegram user, with the formatting taken off (robots get no buttons and no HTML). Several notices
due for one robot at once become one digest. Limits, from the platforms' guides:

- WeCom: markdown ``content`` at most 4096 bytes (text 2048); 20 messages a minute per robot.
- Feishu: a request body of at most 20 KB; 100 a minute and 5 a second per robot.
- DingTalk: a body of at most 20000 bytes; 20 a minute per robot (over it: throttled 10 minutes).

A robot with a keyword only accepts messages containing it (Feishu, DingTalk): every message
carries the keyword in its title.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.i18n import t
from bot.robots.endpoints import Channel
from bot.telegram_html import HtmlParseError, parse_html

MAX_BYTES: dict[Channel, int] = {"wecom": 4096, "feishu": 20_000, "dingtalk": 20_000}
# Seconds between two messages to one robot: a sixth under each limit (WeCom and DingTalk 20 a
# minute → one per 3 s; Feishu 100 a minute and 5 a second → one per 0.6 s).
PACE: dict[Channel, float] = {"wecom": 3.6, "feishu": 0.75, "dingtalk": 3.6}
SIGNATURE_ROOM = 120  # bytes the timestamp and sign fields add to a Feishu body
MAX_KEYWORD = 20  # characters; registration refuses longer keywords
DIGEST_MAX = 50  # notices merged into one message at most


@dataclass(frozen=True)
class Notice:
    title: str
    lines: tuple[str, ...] = ()

    def dumps(self) -> str:
        return json.dumps({"title": self.title, "lines": list(self.lines)}, ensure_ascii=False)

    @classmethod
    def from_html(cls, text: str, html: bool = True) -> Notice:
        """A Telegram message as a notice: its first line the title, the rest its lines."""
        if html:
            with contextlib.suppress(HtmlParseError):
                text = parse_html(text).text
        lines = [line.rstrip() for line in text.strip().splitlines()]
        return cls(lines[0] if lines else "", tuple(lines[1:]))


def decode(text: str) -> list[Notice]:
    """An outbox row's text (one notice) or a digest's (a list of them)."""
    value = json.loads(text)
    items = value if isinstance(value, list) else [value]
    return [Notice(str(item.get("title", "")), tuple(str(x) for x in item.get("lines", [])))
            for item in items]


def merge(texts: Sequence[str]) -> str:
    """Several rows' notices as one digest text."""
    return json.dumps([json.loads(text) for text in texts], ensure_ascii=False)


# ---------------------------------------------------------------------------- per platform


def _title(notices: Sequence[Notice], keyword: str | None, lang: str) -> str:
    title = notices[0].title if len(notices) == 1 else t(lang, "robots.digest_head",
                                                          n=len(notices))
    return f"【{keyword}】{title}" if keyword and keyword not in title else title


def _safe(line: str) -> str:
    """Plain text inside markdown: markup characters become their full-width look-alikes."""
    return line.translate(_LOOKALIKES)


_LOOKALIKES = str.maketrans("*`#<>[]_", "＊｀＃＜＞［］＿")


def _sections(notices: Sequence[Notice]) -> list[tuple[str | None, tuple[str, ...]]]:
    """(heading, lines) per notice; a single notice's title is the message title instead."""
    if len(notices) == 1:
        return [(None, notices[0].lines)]
    return [(notice.title, notice.lines) for notice in notices]


def _wecom(title: str, sections: list[tuple[str | None, tuple[str, ...]]]) -> dict[str, Any]:
    parts = [f"**{_safe(title)}**"]
    for heading, lines in sections:
        block = ([f"**{_safe(heading)}**"] if heading else []) + [_safe(x) for x in lines if x]
        parts.append("\n".join(block))
    return {"msgtype": "markdown", "markdown": {"content": "\n\n".join(p for p in parts if p)}}


def _feishu(title: str, sections: list[tuple[str | None, tuple[str, ...]]],
            lang: str) -> dict[str, Any]:
    rows: list[list[dict[str, str]]] = []
    for heading, lines in sections:
        if rows:
            rows.append([{"tag": "text", "text": ""}])
        if heading:
            rows.append([{"tag": "text", "text": f"【{heading}】"}])
        rows += [[{"tag": "text", "text": line}] for line in lines if line]
    locale = "en_us" if lang == "en" else "zh_cn"
    return {"msg_type": "post",
            "content": {"post": {locale: {"title": title, "content": rows}}}}


def _dingtalk(title: str, sections: list[tuple[str | None, tuple[str, ...]]]) -> dict[str, Any]:
    parts = [f"### {_safe(title)}"]
    for heading, lines in sections:
        block = ([f"**{_safe(heading)}**"] if heading else []) + [_safe(x) for x in lines if x]
        parts.append("\n\n".join(block))
    return {"msgtype": "markdown",
            "markdown": {"title": title, "text": "\n\n".join(p for p in parts if p)}}


def payload(channel: Channel, notices: Sequence[Notice], keyword: str | None,
            lang: str) -> dict[str, Any]:
    """The platform's message for these notices, as it stands (see `fitted` for the limits)."""
    title, sections = _title(notices, keyword, lang), _sections(notices)
    if channel == "wecom":
        return _wecom(title, sections)
    if channel == "feishu":
        return _feishu(title, sections, lang)
    return _dingtalk(title, sections)


def size(channel: Channel, message: dict[str, Any]) -> int:
    """Bytes counted against the platform's limit."""
    if channel == "wecom":
        return len(message["markdown"]["content"].encode())
    extra = SIGNATURE_ROOM if channel == "feishu" else 0
    return len(json.dumps(message, ensure_ascii=False).encode()) + extra


def fitted(channel: Channel, notices: Sequence[Notice], keyword: str | None,
           lang: str) -> dict[str, Any]:
    """The message, cut to the platform's limit: lines are dropped from the end (the last
    notice's first) and a note says the rest is in Telegram."""
    notices = list(notices)
    message = payload(channel, notices, keyword, lang)
    note = t(lang, "robots.truncated")
    while size(channel, message) > MAX_BYTES[channel]:
        last = notices[-1]
        kept = [line for line in last.lines if line != note]
        if not kept and len(notices) > 1:
            notices.pop()
        elif not kept:
            notices[-1] = Notice(last.title[: max(1, len(last.title) // 2)], (note,))
        else:
            cut = kept[:-1] if len(kept) > 1 else [kept[0][: len(kept[0]) // 2]]
            notices[-1] = Notice(last.title, (*[x for x in cut if x], note))
        message = payload(channel, notices, keyword, lang)
    return message


def pack(channel: Channel, texts: Sequence[str]) -> tuple[str, int]:
    """As many rows' notices (oldest first) as fit in one message, at least one: the digest's
    text and how many rows it carries. Sized for the longest keyword in either language."""
    chosen: list[Notice] = []
    used = 0
    for text in texts[:DIGEST_MAX]:
        candidate = [*chosen, *decode(text)]
        worst = max(size(channel, payload(channel, candidate, "字" * MAX_KEYWORD, lang))
                    for lang in ("zh_CN", "en"))
        if used and worst > MAX_BYTES[channel]:
            break
        chosen, used = candidate, used + 1
    return (merge(texts[:used]) if used > 1 else texts[0]), used
