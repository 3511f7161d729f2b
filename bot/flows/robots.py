"""/robots: WeCom, Feishu and DingTalk group robots that receive the bot's notices.

Adding one: choose what it posts (one of your subscriptions; a bureau admin also their city's
broadcasts) → paste its webhook URL → its secret and keyword, if any → the bot posts a check
message into that group → you confirm it arrived, and only then does it receive notices. A robot
the platform later refuses (signature, keyword) is disabled and its owner told here.

Which notices reach which robot is decided where each notice is planned (bot/flows/notices.py,
bot/flows/broadcasts.py): a robot's scope reads like a subscription's.
"""

from __future__ import annotations

import logging
from datetime import datetime

from bot import buttons as b
from bot import render
from bot.core import Core
from bot.db.outbox import NewMessage
from bot.db.robots import DuplicateWebhook, NewRobot, Robot
from bot.db.subscriptions import Subscription
from bot.flows.admins import may_reach, role_of
from bot.flows.common import Actor, Reply, Screen
from bot.flows.subscriptions import Subscriptions
from bot.i18n import t
from bot.keyboards import Keyboard, button
from bot.messenger import DeliveryError, Misconfigured, Prompt
from bot.robots.endpoints import WebhookError, mask, parse_webhook
from bot.robots.render import MAX_KEYWORD, Notice

log = logging.getLogger("zhinan.robots")
STEP = "robot"
NO = ("-", "—", "无", "none", "no")


def as_subscription(robot: Robot) -> Subscription:
    """A robot's scope in the shape the reminder planner reads."""
    return Subscription(robot.id, robot.id, robot.scope_kind,  # type: ignore[arg-type]
                        robot.scope_target, robot.scope_sector, robot.verified_at)


def secret_and_keyword(text: str) -> tuple[str | None, str | None]:
    """The step's answer: the secret on the first line, the keyword on the second; "-" for
    none."""
    lines = [line.strip() for line in text.strip().splitlines()] + ["", ""]
    secret = None if lines[0].lower() in NO or not lines[0] else lines[0]
    keyword = None if lines[1].lower() in NO or not lines[1] else lines[1]
    return secret, keyword


class Robots:
    def __init__(self, core: Core, subscriptions: Subscriptions) -> None:
        self.core = core
        self.subscriptions = subscriptions

    # ------------------------------------------------------------------ listing

    def describe(self, robot: Robot, lang: str) -> str:
        """What a robot posts, in words."""
        if robot.bureau and robot.city:
            return t(lang, "robots.bureau_scope",
                     city=render.city_name(robot.city, self.core.catalogue.metas, lang))
        return self.subscriptions.describe(as_subscription(robot), lang)

    def line(self, robot: Robot, lang: str) -> str:
        return t(lang, "robots.line", id=robot.id,
                 channel=t(lang, f"robots.channel_{robot.channel}"),
                 scope=self.describe(robot, lang), state=t(lang, f"robots.state_{robot.state}"),
                 webhook=mask(robot.webhook))

    async def overview(self, actor: Actor) -> Reply:
        """/robots: your robots, with test and remove buttons, and "add"."""
        lang = actor.lang
        if not actor.private:
            return Reply.of(Screen(render.esc(t(lang, "robots.private_only"))), edit=False)
        robots = await self.core.storage.robots.of_owner(actor.user_id)
        lines = [f"<b>{render.esc(t(lang, 'robots.title'))}</b>",
                 render.esc(t(lang, "robots.intro")), ""]
        lines += [render.esc(self.line(robot, lang)) for robot in robots] or \
            [render.esc(t(lang, "robots.none"))]
        keyboard: Keyboard = []
        for robot in robots:
            row = [button(t(lang, "robots.btn_remove", id=robot.id),
                          b.RobotAction("remove", robot.id))]
            if robot.state == "active":
                row.insert(0, button(t(lang, "robots.btn_test", id=robot.id),
                                     b.RobotAction("test", robot.id)))
            keyboard.append(row)
        keyboard.append([button(t(lang, "robots.btn_add"), b.RobotAction("add"))])
        return Reply.of(Screen("\n".join(lines), keyboard))

    # ------------------------------------------------------------------ adding

    async def add(self, actor: Actor) -> Reply:
        """Choose what the new robot posts: a subscription of yours, or your city's notices."""
        lang, catalogue = actor.lang, self.core.catalogue
        if not actor.private:
            return Reply.say(t(lang, "robots.private_only"), alert=True)
        subs = await self.core.storage.subscriptions.of_user(actor.user_id)
        role = await role_of(self.core, actor.user_id)
        rows: Keyboard = [[button(t(lang, "robots.scope_bureau", city=render.city_name(
            city, catalogue.metas, lang)), b.RobotScope("city", code))]
            for code, city in catalogue.codes.items() if role.is_admin and may_reach(role, city)]
        rows += [[button(self.subscriptions.describe(sub, lang), b.RobotScope("sub", str(sub.id)))]
                 for sub in subs]
        if not rows:
            return Reply.of(Screen(render.esc(t(lang, "robots.no_scope"))), edit=False)
        return Reply.of(Screen(render.esc(t(lang, "robots.choose_scope")), rows), edit=False)

    async def _scope(self, actor: Actor, kind: str, target: str) -> NewRobot | None:
        """The scope a button names, checked again (buttons may be forged or stale)."""
        catalogue = self.core.catalogue
        if kind == "city":
            city = catalogue.codes.get(target)
            role = await role_of(self.core, actor.user_id)
            if city is None or not (role.is_admin and may_reach(role, city)):
                return None
            return NewRobot("", "", actor.user_id, actor.lang, scope_kind="city",
                            scope_target=city, city=city, bureau=True)
        subs = await self.core.storage.subscriptions.of_user(actor.user_id)
        sub = next((s for s in subs if str(s.id) == target), None)
        if sub is None:
            return None
        return NewRobot("", "", actor.user_id, actor.lang, scope_kind=sub.kind,
                        scope_target=sub.target, scope_sector=sub.sector,
                        city=self._city_of(sub))

    def _city_of(self, sub: Subscription) -> str | None:
        catalogue = self.core.catalogue
        if sub.kind == "city":
            return sub.target
        if sub.kind == "guideline" and sub.target in catalogue.metas:
            return catalogue.metas[sub.target].city
        if sub.kind == "leaf" and sub.target in catalogue.by_id:
            return catalogue.by_id[sub.target].city
        return None

    async def scope(self, actor: Actor, kind: str, target: str) -> Reply:
        draft = await self._scope(actor, kind, target)
        if draft is None:
            return Reply.say(t(actor.lang, "errors.expired"), alert=True)
        await self.core.storage.dialogs.set(actor.chat_id, actor.user_id, STEP, {
            "stage": "url", "robot": vars(draft)}, self.core.now())
        return Reply.of(Screen(render.esc(t(actor.lang, "robots.ask_url")), prompt=Prompt(
            t(actor.lang, "robots.url_placeholder"))), edit=False)

    async def typed(self, actor: Actor, text: str, data: dict[str, object]) -> Reply:
        """The dialog's answers: the webhook URL, then the secret and keyword."""
        lang, now = actor.lang, self.core.now()
        robot = dict(data.get("robot") or {})  # type: ignore[call-overload]
        if data.get("stage") == "url":
            try:
                webhook = parse_webhook(text, self.core.settings.robot_hosts)
            except WebhookError as exc:
                return _say(t(lang, f"robots.url_{exc.reason}"))
            robot.update(channel=webhook.channel, webhook=webhook.url)
            await self.core.storage.dialogs.set(actor.chat_id, actor.user_id, STEP, {
                "stage": "secret", "robot": robot}, now)
            return Reply.of(Screen(render.esc(t(lang, "robots.ask_secret")), prompt=Prompt(
                t(lang, "robots.secret_placeholder"))), edit=False)
        secret, keyword = secret_and_keyword(text)
        if secret and robot.get("channel") == "wecom":
            return _say(t(lang, "robots.wecom_no_secret"))
        if keyword and len(keyword) > MAX_KEYWORD:
            return _say(t(lang, "robots.keyword_too_long", n=MAX_KEYWORD))
        await self.core.storage.dialogs.clear(actor.chat_id, actor.user_id)
        return await self._register(actor, NewRobot(**{**robot, "secret": secret,
                                                       "keyword": keyword}))

    async def _register(self, actor: Actor, draft: NewRobot) -> Reply:
        """Store the robot (pending), post the check message, ask the owner whether it came."""
        lang, storage = actor.lang, self.core.storage
        try:
            robot_id = await storage.robots.add(draft, self.core.now())
        except DuplicateWebhook:
            return _say(t(lang, "robots.duplicate"))
        robot = await storage.robots.get(robot_id)
        assert robot is not None
        check = Notice(t(lang, "robots.verify_title"),
                       (t(lang, "robots.verify_body", name=actor.first_name or actor.user_id),))
        try:
            await self.core.robots.post(robot, check.dumps())
        except DeliveryError as exc:
            await storage.robots.remove(robot_id)
            key = "robots.verify_refused" if isinstance(exc, Misconfigured) else \
                "robots.verify_failed"
            return _say(t(lang, key, error=str(exc)[:120]))
        keyboard = [[button(t(lang, "robots.btn_arrived"), b.RobotAction("confirm", robot_id)),
                     button(t(lang, "robots.btn_cancel"), b.RobotAction("cancel", robot_id))]]
        return Reply.of(Screen(render.esc(t(lang, "robots.verify_sent", channel=t(
            lang, f"robots.channel_{robot.channel}"))), keyboard), edit=False)

    async def confirm(self, actor: Actor, robot_id: int) -> Reply:
        robot = await self._own(actor, robot_id)
        if robot is None or not await self.core.storage.robots.activate(robot_id,
                                                                         self.core.now()):
            return Reply.say(t(actor.lang, "errors.expired"), alert=True)
        log.info("robot %s (%s) activated by %s", robot_id, robot.channel, actor.user_id)
        return Reply.of(Screen(render.esc(t(actor.lang, "robots.activated", id=robot_id,
                                            scope=self.describe(robot, actor.lang)))))

    async def remove(self, actor: Actor, robot_id: int, *, cancelled: bool = False) -> Reply:
        removed = await self.core.storage.robots.remove(robot_id, actor.user_id)
        if not removed:
            return Reply.say(t(actor.lang, "errors.expired"), alert=True)
        if cancelled:
            return Reply.of(Screen(render.esc(t(actor.lang, "robots.cancelled"))))
        overview = await self.overview(actor)
        return Reply(overview.screens, toast=t(actor.lang, "robots.removed", id=robot_id))

    async def test(self, actor: Actor, robot_id: int) -> Reply:
        """Post a test message now (not through the outbox: the owner waits for the answer)."""
        lang = actor.lang
        robot = await self._own(actor, robot_id)
        if robot is None or robot.state != "active":
            return Reply.say(t(lang, "errors.expired"), alert=True)
        try:
            await self.core.robots.post(robot, Notice(t(robot.lang, "robots.test_title"), (
                t(robot.lang, "robots.test_body"),)).dumps())
        except Misconfigured as exc:
            await self.misconfigured(robot.channel, robot.id, str(exc))
            return Reply.say(t(lang, "robots.test_failed", error=str(exc)[:150]), alert=True)
        except DeliveryError as exc:
            return Reply.say(t(lang, "robots.test_failed", error=str(exc)[:150]), alert=True)
        return Reply.say(t(lang, "robots.tested"))

    async def _own(self, actor: Actor, robot_id: int) -> Robot | None:
        robot = await self.core.storage.robots.get(robot_id)
        return robot if robot is not None and robot.owner_id == actor.user_id else None

    # ------------------------------------------------------------------ the sender's report

    async def misconfigured(self, channel: str, robot_id: int, error: str) -> None:
        """The platform refused a robot's credentials: disable it, cancel what is queued for it,
        and tell its owner in Telegram (once)."""
        storage, now = self.core.storage, self.core.now()
        robot = await storage.robots.get(robot_id)
        if robot is None or not await storage.robots.disable(robot_id, error[:200]):
            return
        log.warning("robot %s (%s) disabled: %s", robot_id, channel, error[:200])
        owner = await storage.users.get(robot.owner_id)
        lang = owner.lang if owner and owner.lang else robot.lang
        text = t(lang, "robots.disabled_owner", id=robot_id,
                 channel=t(lang, f"robots.channel_{channel}"), error=error[:120])
        await storage.outbox.enqueue([NewMessage(
            kind="robot_disabled", chat_id=robot.owner_id, user_id=robot.owner_id,
            text=render.esc(text), priority=2, dedupe=f"robot-off:{robot_id}:{_stamp(now)}")],
            now)
        await self.core.wake_sender()


def _say(text: str) -> Reply:
    return Reply.of(Screen(render.esc(text)), edit=False)


def _stamp(now: datetime) -> str:
    return now.isoformat(timespec="seconds")
