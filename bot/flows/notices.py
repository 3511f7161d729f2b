"""Notices the bot sends on its own: deadline reminders, window changes, new guidelines.

Each is written to the outbox (bot/db/outbox.py) with a key that makes writing it twice a
no-op, then delivered by the sender; so planning the same moment twice, on two processes or
after a restart, sends nothing twice.

Active group robots (bot/flows/robots.py) hear of what their scope concerns, as a subscriber
with that subscription would: one row per notice, in the robot's language, as a channel-neutral
notice the sender renders for the robot's platform (and merges with others due at once).
"""

from __future__ import annotations

from datetime import datetime

from bot import render
from bot.catalogue.models import Window
from bot.core import Core
from bot.db.outbox import NewMessage
from bot.db.robots import Robot
from bot.db.subscriptions import Subscription
from bot.flows.robots import as_subscription
from bot.flows.search import Search
from bot.flows.subscriptions import ladder_of
from bot.i18n import pick_language
from bot.reminders import DEFAULT_LADDER, Due, WindowRef, concerned_refs, due_now, plan
from bot.robots.render import Notice


class Notices:
    def __init__(self, core: Core, search: Search) -> None:
        self.core = core
        self.search = search

    async def _langs(self, user_ids: set[int]) -> dict[int, str]:
        users = await self.core.storage.users.many(sorted(user_ids))
        return {uid: pick_language(users[uid].lang if uid in users else None, None)
                for uid in user_ids}

    def _followers(self, subs: list[Subscription], ref: WindowRef,
                   kinds: tuple[str, ...] = ("leaf", "guideline", "city", "search"),
                   overrides: set[WindowRef] | None = None) -> set[int]:
        catalogue = self.core.catalogue
        if overrides is None:
            overrides = {r for r in catalogue.windows if r.leaf_id}
        return {sub.user_id for sub in subs if sub.kind in kinds and ref in concerned_refs(
            sub, catalogue.by_id, catalogue.metas, overrides, self.search.leaves_for)}

    async def _robots(self) -> dict[int, Robot]:
        return {robot.id: robot for robot in await self.core.storage.robots.active()}

    @staticmethod
    def _to_robot(robot: Robot, kind: str, html: str, dedupe: str,
                  priority: int = 0) -> NewMessage:
        return NewMessage(kind=kind, channel=robot.channel, chat_id=robot.id, html=False,
                          text=Notice.from_html(html).dumps(), dedupe=dedupe, priority=priority)

    async def due_reminders(self, now: datetime | None = None) -> list[Due]:
        """What is due at `now` (default: the clock's now)."""
        moment = now or self.core.now()
        subs = await self.core.storage.subscriptions.for_reminders()
        users = await self.core.storage.users.many(sorted({s.user_id for s in subs}))
        ladders = {uid: ladder_of(user.ladder) for uid, user in users.items()}
        catalogue = self.core.catalogue
        return plan(subs, catalogue.windows, ladders, catalogue.by_id, catalogue.metas,
                    self.search.leaves_for, moment, self.core.settings.zone)

    async def enqueue_reminders(self) -> int:
        """Plan every reminder due now and enqueue one message per user; a reminder planned
        once (same user, window, stage, step) is never planned again."""
        now = self.core.now()
        per_user: dict[int, dict[str, Due]] = {}
        for due in await self.due_reminders(now):  # planned and worded at the same moment
            per_user.setdefault(due.user_id, {})[due.dedupe] = due
        langs = await self._langs(set(per_user))
        added = 0
        for user_id, dues in per_user.items():
            lang = langs[user_id]

            def text_for(keys: list[str], dues: dict[str, Due] = dues, lang: str = lang) -> str:
                items = [(render.window_title(self.core.catalogue, dues[key].ref, lang),
                          dues[key].stage) for key in keys]
                return render.reminder(lang, items, now)

            added += await self.core.storage.outbox.enqueue_reminder(user_id, list(dues),
                                                                     text_for, now)
        return added + await self.enqueue_robot_reminders(now)

    async def enqueue_robot_reminders(self, now: datetime | None = None) -> int:
        """Reminders for robots, on the default ladder, from when each was confirmed; one row
        per reminder (each planned once), merged per robot by the sender."""
        core = self.core
        now = now or core.now()
        catalogue, zone = core.catalogue, core.settings.zone
        overrides = {ref for ref in catalogue.windows if ref.leaf_id}
        messages = []
        for robot in (await self._robots()).values():
            refs = concerned_refs(as_subscription(robot), catalogue.by_id, catalogue.metas,
                                  overrides, self.search.leaves_for)
            for ref in sorted(refs):
                window = catalogue.windows.get(ref)
                if window is None or window.status != "dated":
                    continue
                for due in due_now(robot.id, ref, window, DEFAULT_LADDER, now, zone,
                                   robot.verified_at):
                    title = render.window_title(catalogue, ref, robot.lang)
                    messages.append(self._to_robot(
                        robot, "reminder", render.reminder(robot.lang, [(title, due.stage)], now),
                        f"robot:{robot.id}:{due.dedupe}", priority=1))
        return await core.storage.outbox.enqueue(messages, now)

    async def window_changed(self, ref: WindowRef, old: Window | None) -> int:
        """Tell every follower of a window once: old → new. Followers who paused reminders are
        told too (a changed deadline is not a reminder they chose to silence)."""
        core = self.core
        await core.refresh(force=True)
        new = core.catalogue.windows.get(ref)
        if new is None:
            return 0
        now = core.now()
        followers = self._followers(await core.storage.subscriptions.of_reachable(), ref)
        langs = await self._langs(followers)
        stamp = now.isoformat()
        messages = [NewMessage(
            kind="window_change", chat_id=uid, user_id=uid, priority=1,
            text=render.window_change(langs[uid], render.window_title(core.catalogue, ref,
                                                                      langs[uid]),
                                      old, new, now),
            dedupe=f"chg:{ref.guideline}:{ref.leaf_id}:{stamp}:{uid}") for uid in sorted(followers)]
        robots = await self._robots()
        for robot_id in sorted(self._followers([as_subscription(r) for r in robots.values()],
                                               ref)):
            robot = robots[robot_id]
            messages.append(self._to_robot(robot, "window_change", render.window_change(
                robot.lang, render.window_title(core.catalogue, ref, robot.lang), old, new, now),
                f"chg:{ref.guideline}:{ref.leaf_id}:{stamp}:robot{robot_id}", priority=1))
        return await core.storage.outbox.enqueue(messages, now)

    async def guidelines_published(self, keys: list[str]) -> int:
        """New guidelines: each subscriber whose city (+ sector) or saved search matches hears
        once per guideline, not once per direction."""
        core = self.core
        await core.refresh(force=True)
        now, catalogue = core.now(), core.catalogue
        subs = await core.storage.subscriptions.of_reachable()
        robots = await self._robots()
        scopes = [as_subscription(robot) for robot in robots.values()]
        messages = []
        for key in keys:
            meta = catalogue.metas.get(key)
            if meta is None:
                continue
            count = sum(1 for leaf in catalogue.leaves if leaf.guideline == key)
            window = catalogue.windows.get(WindowRef(key))
            for robot_id in sorted(self._followers(scopes, WindowRef(key), ("city", "search"),
                                                   set())):
                robot = robots[robot_id]
                messages.append(self._to_robot(robot, "publish", render.published(
                    robot.lang, meta, count, window, now), f"pub:{key}:robot{robot_id}"))
            followers = self._followers(subs, WindowRef(key), ("city", "search"), set())
            langs = await self._langs(followers)
            messages += [NewMessage(
                kind="publish", chat_id=uid, user_id=uid, dedupe=f"pub:{key}:{uid}",
                text=render.published(langs[uid], meta, count, window, now))
                for uid in sorted(followers)]
        return await core.storage.outbox.enqueue(messages, now)
