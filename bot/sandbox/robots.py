"""Fakes of the three group-robot webhook APIs (WeCom, Feishu, DingTalk), with their limits,
signatures and error codes, and a control API listing what each fake robot received.

Shapes, limits and codes follow the platforms' guides as bot/robots/ and bot/channels/robots.py
cite them; codes marked * there could not be checked and are the fakes' best guess:
- WeCom  ``POST /robots/wecom/cgi-bin/webhook/send?key=K``: 20 messages a minute (45009 "api freq
  out of limit"), markdown content ≤ 4096 bytes (40058), text ≤ 2048 bytes, unknown key 93000*.
- Feishu ``POST /robots/feishu/open-apis/bot/v2/hook/T``: 5 a second and 100 a minute (11232),
  body ≤ 20 KB (9499), signature in the body (19021), keyword (19024), unknown hook 19001*.
- DingTalk ``POST /robots/dingtalk/robot/send?access_token=T[&timestamp&sign]``: 20 a minute,
  then throttled for 10 minutes (130101), body ≤ 20000 bytes (460101*), signature, keyword and
  timestamp (310000), unknown token 300001*.

A rejected request is recorded too (`rejected`), so a test can assert that none was too fast.
The signature checks are written here from the platforms' definitions, independently of the
bot's own signing code.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

Answer = tuple[int, str]  # (error code, message); (0, "ok") delivered
WINDOWS: dict[str, list[tuple[float, int]]] = {  # (seconds, messages allowed) per robot
    "wecom": [(60.0, 20)],
    "feishu": [(1.0, 5), (60.0, 100)],
    "dingtalk": [(60.0, 20)],
}
DINGTALK_PENALTY = 600.0  # seconds a DingTalk robot stays throttled after going over
SIGN_WINDOW = 3600.0  # seconds a signature's timestamp may be off


@dataclass
class FakeRobot:
    id: int
    platform: str
    token: str
    name: str
    secret: str | None = None
    keyword: str | None = None
    revoked: bool = False
    received: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    sent_at: deque[float] = field(default_factory=deque)
    throttled_until: float = 0.0

    def webhook(self, base: str) -> str:
        if self.platform == "wecom":
            return f"{base}/robots/wecom/cgi-bin/webhook/send?key={self.token}"
        if self.platform == "feishu":
            return f"{base}/robots/feishu/open-apis/bot/v2/hook/{self.token}"
        return f"{base}/robots/dingtalk/robot/send?access_token={self.token}"

    def to_json(self, base: str) -> dict[str, Any]:
        return {"id": self.id, "platform": self.platform, "name": self.name,
                "webhook": self.webhook(base), "secret": self.secret, "keyword": self.keyword,
                "revoked": self.revoked, "received": self.received, "rejected": self.rejected}


def flatten(platform: str, body: dict[str, Any]) -> tuple[str, str]:
    """(title, text) of a message as the group would show it."""
    if platform == "wecom":
        kind = body.get("msgtype", "")
        content = str((body.get(kind) or {}).get("content", ""))
        return content.split("\n", 1)[0].strip("*"), content
    if platform == "feishu":
        if body.get("msg_type") == "text":
            text = str((body.get("content") or {}).get("text", ""))
            return text.split("\n", 1)[0], text
        post = ((body.get("content") or {}).get("post") or {})
        lang: dict[str, Any] = next(iter(post.values()), {}) if isinstance(post, dict) else {}
        lines = ["".join(str(piece.get("text", "")) for piece in row)
                 for row in lang.get("content", [])]
        title = str(lang.get("title", ""))
        return title, "\n".join([title, *lines])
    kind = body.get("msgtype", "")
    part = body.get(kind) or {}
    title = str(part.get("title", ""))
    return title, "\n".join([title, str(part.get("text", part.get("content", "")))])


class RobotFakes:
    """Every fake robot of one sandbox, and the platforms' rules."""

    def __init__(self, wall: Callable[[], float] = time.time,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.wall = wall
        self.monotonic = monotonic
        self.robots: dict[int, FakeRobot] = {}

    def create(self, platform: str, *, name: str = "", secret: str | None = None,
               keyword: str | None = None) -> FakeRobot:
        if platform not in WINDOWS:
            raise ValueError(f"unknown platform {platform!r}")
        robot_id = len(self.robots) + 1
        robot = FakeRobot(robot_id, platform, secrets.token_hex(16),
                          name or f"{platform} group {robot_id}", secret, keyword)
        self.robots[robot_id] = robot
        return robot

    def find(self, platform: str, token: str) -> FakeRobot | None:
        return next((r for r in self.robots.values()
                     if r.platform == platform and r.token == token), None)

    def reset(self) -> None:
        self.robots.clear()

    # ------------------------------------------------------------------ the rules

    def _too_fast(self, robot: FakeRobot) -> bool:
        """Count this message against the robot's windows; True when it is over a limit."""
        now = self.monotonic()
        if now < robot.throttled_until:
            return True
        longest = max(seconds for seconds, _ in WINDOWS[robot.platform])
        while robot.sent_at and now - robot.sent_at[0] >= longest:
            robot.sent_at.popleft()
        for seconds, allowed in WINDOWS[robot.platform]:
            if sum(1 for at in robot.sent_at if now - at < seconds) >= allowed:
                if robot.platform == "dingtalk":
                    robot.throttled_until = now + DINGTALK_PENALTY
                return True
        robot.sent_at.append(now)
        return False

    def _signed(self, robot: FakeRobot, timestamp: str | None, sign: str | None,
                milliseconds: bool) -> bool:
        if not robot.secret:
            return True
        if not timestamp or not sign or not timestamp.isdigit():
            return False
        seconds = int(timestamp) / (1000 if milliseconds else 1)
        if abs(self.wall() - seconds) > SIGN_WINDOW:
            return False
        secret = robot.secret.encode()
        if milliseconds:  # DingTalk: key = secret, message = "timestamp\nsecret"
            mac = hmac.new(secret, f"{timestamp}\n{robot.secret}".encode(), hashlib.sha256)
        else:  # Feishu: key = "timestamp\nsecret", message empty
            mac = hmac.new(f"{timestamp}\n{robot.secret}".encode(), b"", hashlib.sha256)
        return hmac.compare_digest(base64.b64encode(mac.digest()).decode(), sign)

    def receive(self, platform: str, token: str, raw: bytes, query: dict[str, str]) -> Answer:
        robot = self.find(platform, token)
        unknown = {"wecom": (93000, "invalid webhook url"),
                   "feishu": (19001, "param invalid: incoming webhook access token invalid"),
                   "dingtalk": (300001, "token is not exist")}[platform]
        if robot is None:
            return unknown
        if robot.revoked:
            robot.rejected.append({"code": unknown[0], "reason": unknown[1], "at": self.wall()})
            return unknown
        try:
            body = json.loads(raw)
        except ValueError:
            return (9499, "Bad Request") if platform == "feishu" else (40001, "invalid json")
        if not isinstance(body, dict):
            return 9499, "Bad Request"
        answer = self._check(robot, body, raw, query)
        if answer[0]:
            robot.rejected.append({"code": answer[0], "reason": answer[1], "at": self.wall()})
            return answer
        title, text = flatten(platform, body)
        robot.received.append({"at": self.wall(), "title": title, "text": text, "body": body})
        return answer

    def _check(self, robot: FakeRobot, body: dict[str, Any], raw: bytes,
               query: dict[str, str]) -> Answer:
        platform = robot.platform
        if platform == "feishu":
            if not self._signed(robot, body.get("timestamp"), body.get("sign"), False):
                return 19021, ("sign match fail or timestamp is not within one hour from "
                               "current time")
            if len(raw) > 20 * 1024:
                return 9499, "Bad Request"
        if platform == "dingtalk":
            if not self._signed(robot, query.get("timestamp"), query.get("sign"), True):
                return 310000, "sign not match"
            if len(raw) > 20000:
                return 460101, "message too long"
        if platform == "wecom":
            kind = body.get("msgtype", "")
            content = str((body.get(kind) or {}).get("content", ""))
            limit = 4096 if kind == "markdown" else 2048
            if len(content.encode()) > limit:
                return 40058, f"{kind}.content exceed max length {limit}"
        _, text = flatten(platform, body)
        if robot.keyword and robot.keyword not in text:
            return {"feishu": (19024, "Key Words Not Found"),
                    "dingtalk": (310000, "keywords not in content")}.get(platform, (0, "ok"))
        if self._too_fast(robot):
            return {"wecom": (45009, "api freq out of limit"),
                    "feishu": (11232, "frequency limited"),
                    "dingtalk": (130101, "send too fast, exceed 20 times per minute")}[platform]
        return 0, "ok"


# ---------------------------------------------------------------------------- routes

FAKES_KEY = web.AppKey("robot_fakes", RobotFakes)
routes = web.RouteTableDef()


def _answer(platform: str, answer: Answer) -> web.Response:
    code, message = answer
    if platform == "feishu":
        body: dict[str, Any] = {"code": code, "msg": "success" if not code else message,
                                "data": {}}
    else:
        body = {"errcode": code, "errmsg": message}
    return web.json_response(body)


async def _receive(request: web.Request, platform: str, token: str) -> web.Response:
    fakes = request.app[FAKES_KEY]
    raw = await request.read()
    return _answer(platform, fakes.receive(platform, token, raw, dict(request.query)))


@routes.post("/robots/wecom/cgi-bin/webhook/send")
async def wecom(request: web.Request) -> web.Response:
    return await _receive(request, "wecom", request.query.get("key", ""))


@routes.post("/robots/feishu/open-apis/bot/v2/hook/{token}")
async def feishu(request: web.Request) -> web.Response:
    return await _receive(request, "feishu", request.match_info["token"])


@routes.post("/robots/dingtalk/robot/send")
async def dingtalk(request: web.Request) -> web.Response:
    return await _receive(request, "dingtalk", request.query.get("access_token", ""))


def _base(request: web.Request) -> str:
    return f"{request.scheme}://{request.host}"


@routes.get("/sandbox/robots")
async def listing(request: web.Request) -> web.Response:
    """Every fake robot with what it received (and refused), oldest first."""
    fakes = request.app[FAKES_KEY]
    return web.json_response({"ok": True, "robots": [
        robot.to_json(_base(request)) for robot in fakes.robots.values()]})


@routes.post("/sandbox/robots")
async def create(request: web.Request) -> web.Response:
    """A new fake robot: {"platform": "wecom"|"feishu"|"dingtalk", "name", "secret",
    "keyword"}; answers its webhook URL."""
    body = await request.json() if request.can_read_body else {}
    try:
        robot = request.app[FAKES_KEY].create(
            str(body.get("platform", "")), name=str(body.get("name", "")),
            secret=body.get("secret"), keyword=body.get("keyword"))
    except ValueError as exc:
        return web.json_response({"ok": False, "error": str(exc)}, status=400)
    return web.json_response({"ok": True, "robot": robot.to_json(_base(request))})


@routes.post("/sandbox/robots/{robot_id}")
async def change(request: web.Request) -> web.Response:
    """Change a fake robot as its group's owner could: {"secret", "keyword", "revoked"}."""
    robot = request.app[FAKES_KEY].robots.get(int(request.match_info["robot_id"]))
    if robot is None:
        return web.json_response({"ok": False, "error": "no such robot"}, status=404)
    body = await request.json()
    for name in ("secret", "keyword", "revoked"):
        if name in body:
            setattr(robot, name, body[name])
    return web.json_response({"ok": True, "robot": robot.to_json(_base(request))})


def add_routes(app: web.Application, fakes: RobotFakes) -> None:
    app[FAKES_KEY] = fakes
    app.router.add_routes(routes)
