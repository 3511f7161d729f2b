"""Bureau broadcasts: write → audience → exact count and preview → confirm → live progress.

Every step checks the sender's role again (a city admin reaches only their own city). The
recipients are users the bot can reach (started it, not blocked), counted when the admin
confirms; their outbox rows are written in one transaction before anything is sent. A send
whose outcome is unknown (in flight at a crash, or no answer in time) is never repeated on its
own: the progress shows it as unconfirmed, and the admin may choose, after a warning, to send it
to those users once more. The audience "group robots in <city>" reaches the city's active WeCom,
Feishu and DingTalk robots (bot/flows/robots.py) through the same outbox.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel

from bot import render
from bot.buttons import Audience as AudienceButton
from bot.buttons import BroadcastAction
from bot.core import Core
from bot.db.broadcasts import BroadcastRecord
from bot.db.outbox import NewMessage
from bot.db.robots import Robot
from bot.flows.admins import Role, may_reach, refused, role_of
from bot.flows.common import Actor, Reply, Screen
from bot.flows.privately import private_only
from bot.flows.search import Search
from bot.i18n import pick_language, t
from bot.keyboards import Keyboard, button
from bot.messenger import DeliveryError
from bot.robots.render import Notice
from bot.telegram_html import HtmlParseError, parse_html

log = logging.getLogger("zhinan.broadcasts")
STEP = "broadcast"
MAX_TEXT = 4096
MAX_CAPTION = 1024
SETTLED = ("sent", "failed", "blocked", "unknown")


class Audience(BaseModel):
    """Who should hear an announcement; resolved to user ids when the admin confirms."""

    kind: Literal["all", "city", "guideline", "leaf", "search", "robots"]
    city: str | None = None
    sector: str | None = None
    target: str | None = None


def eta(counts: dict[str, int], started: datetime, now: datetime) -> timedelta | None:
    """Remaining time at the pace so far; None before anything was sent."""
    done = sum(counts.get(state, 0) for state in SETTLED)
    left = counts.get("pending", 0) + counts.get("sending", 0)
    elapsed = (now - started).total_seconds()
    if not done or elapsed <= 0:
        return None
    return timedelta(seconds=round(left * elapsed / done))


class Broadcasts:
    def __init__(self, core: Core, search: Search) -> None:
        self.core = core
        self.search = search

    # ------------------------------------------------------------------ composing

    async def start(self, actor: Actor) -> Reply:
        if not actor.private:
            return private_only(self.core, actor, "broadcast")
        if not (await role_of(self.core, actor.user_id)).is_admin:
            return refused(actor, "/broadcast")
        await self.core.storage.dialogs.set(actor.chat_id, actor.user_id, STEP,
                                            {"stage": "text"}, self.core.now())
        return Reply.of(Screen(render.esc(t(actor.lang, "broadcast.write"))), edit=False)

    async def content(self, actor: Actor, text: str, html: bool, document: str | None,
                      data: dict[str, Any]) -> Reply:
        """The message to send: plain text stays plain; formatted text (the admin used bold,
        links …) is checked as Telegram will render it. Files carry a caption of ≤1024."""
        lang = actor.lang
        if data.get("stage") == "leaf":
            return await self.leaf_id(actor, text, data)
        limit = MAX_CAPTION if document else MAX_TEXT
        if len(text) > limit:
            key = "broadcast.caption_too_long" if document else "broadcast.too_long"
            return Reply.of(Screen(render.esc(t(lang, key, n=limit))), edit=False)
        if html:
            try:
                parse_html(text)
            except HtmlParseError as exc:
                return Reply.of(Screen(render.esc(t(lang, "broadcast.bad_html", error=exc))),
                                edit=False)
        role = await role_of(self.core, actor.user_id)
        if not role.is_admin:
            return refused(actor, "broadcast text")
        await self.core.storage.dialogs.set(actor.chat_id, actor.user_id, STEP, {
            "stage": "audience", "text": text, "html": html, "document": document},
            self.core.now())
        return Reply.of(Screen(render.esc(t(lang, "broadcast.audience")),
                               self._audiences(role, actor)), edit=False)

    def _audiences(self, role: Role, actor: Actor) -> Keyboard:
        lang, catalogue = actor.lang, self.core.catalogue
        rows: Keyboard = []
        if role.kind == "super":
            rows.append([button(t(lang, "broadcast.all"), AudienceButton("all", None,
                                                                         actor.owner))])
        rows += [[button(t(lang, "broadcast.city", city=render.city_name(city, catalogue.metas,
                                                                         lang)),
                         AudienceButton("city", code, actor.owner))]
                 for code, city in catalogue.codes.items() if may_reach(role, city)]
        return rows

    def _city_audiences(self, code: str, actor: Actor) -> Keyboard:
        """Inside a city: everyone there, one sector, a guideline's followers, one direction."""
        lang, catalogue, owner = actor.lang, self.core.catalogue, actor.owner
        city = catalogue.codes[code]
        name = render.city_name(city, catalogue.metas, lang)
        rows: Keyboard = [[button(t(lang, "broadcast.whole_city", city=name),
                                  AudienceButton("sector", code, owner))]]
        sectors = [s for s in self.core.lexicon.taxonomy.sector
                   if any(s.key in leaf.sectors for leaf in catalogue.leaves if leaf.city == city)]
        rows += [[button(s.name(lang), AudienceButton("sector", f"{code}.{s.key}", owner))]
                 for s in sectors]
        rows += [[button(t(lang, "broadcast.guideline", name=f"{name} {m.year}"),
                         AudienceButton("guideline", m.key, owner))]
                 for m in catalogue.metas.values() if m.city == city]
        rows.append([button(t(lang, "broadcast.searches", city=name),
                            AudienceButton("search", code, owner))])
        rows.append([button(t(lang, "broadcast.leaf"), AudienceButton("leaf", None, owner))])
        rows.append([button(t(lang, "broadcast.robots", city=name),
                            AudienceButton("robots", code, owner))])
        return rows

    async def _draft(self, actor: Actor) -> dict[str, Any] | None:
        step = await self.core.storage.dialogs.get(actor.chat_id, actor.user_id, self.core.now())
        return dict(step.data) if step is not None and step.name == STEP else None

    async def audience(self, actor: Actor, kind: str, target: str | None) -> Reply:
        target = target or ""
        lang, catalogue = actor.lang, self.core.catalogue
        draft = await self._draft(actor)
        if draft is None or "text" not in draft:
            return Reply.say(t(lang, "errors.expired"), alert=True)
        role = await role_of(self.core, actor.user_id)
        if kind == "city" and target in catalogue.codes:
            if not may_reach(role, catalogue.codes[target]):
                return refused(actor, f"audience city {target}")
            return Reply.of(Screen(render.esc(t(lang, "broadcast.audience")),
                                   self._city_audiences(target, actor)))
        if kind == "leaf":
            draft["stage"] = "leaf"
            await self.core.storage.dialogs.set(actor.chat_id, actor.user_id, STEP, draft,
                                                self.core.now())
            return Reply.of(Screen(render.esc(t(lang, "broadcast.leaf_ask"))), edit=False)
        chosen = self._resolve(kind, target)
        if chosen is None:
            return Reply.say(t(lang, "errors.expired"), alert=True)
        return await self._preview(actor, role, chosen, draft)

    def _resolve(self, kind: str, target: str) -> Audience | None:
        catalogue = self.core.catalogue
        if kind == "all":
            return Audience(kind="all")
        if kind == "sector":
            code, _, sector = target.partition(".")
            if code not in catalogue.codes or (sector and
                                               self.core.lexicon.taxonomy.get(sector) is None):
                return None
            return Audience(kind="city", city=catalogue.codes[code], sector=sector or None)
        if kind == "search" and target in catalogue.codes:
            return Audience(kind="search", city=catalogue.codes[target])
        if kind == "robots" and target in catalogue.codes:
            return Audience(kind="robots", city=catalogue.codes[target])
        if kind == "guideline" and target in catalogue.metas:
            return Audience(kind="guideline", city=catalogue.metas[target].city, target=target)
        return None

    async def leaf_id(self, actor: Actor, text: str, draft: dict[str, Any]) -> Reply:
        leaf = self.core.catalogue.by_id.get(text.strip())
        if leaf is None:
            return Reply.of(Screen(render.esc(t(actor.lang, "broadcast.leaf_unknown"))),
                            edit=False)
        role = await role_of(self.core, actor.user_id)
        return await self._preview(actor, role, Audience(kind="leaf", city=leaf.city,
                                                         target=leaf.id), draft)

    @staticmethod
    def _allowed(role: Role, audience: Audience) -> bool:
        if audience.kind == "all":
            return role.kind == "super"
        return may_reach(role, audience.city)

    async def _preview(self, actor: Actor, role: Role, audience: Audience,
                       draft: dict[str, Any]) -> Reply:
        """The exact count and the message exactly as recipients will see it."""
        if not self._allowed(role, audience):
            return refused(actor, f"audience {audience.model_dump()}")
        lang = actor.lang
        found = len(await self.recipients(audience)) + len(await self.robots(audience))
        draft.update(stage="confirm", audience=audience.model_dump())
        await self.core.storage.dialogs.set(actor.chat_id, actor.user_id, STEP, draft,
                                            self.core.now())
        as_seen = Screen(draft["text"], html=bool(draft.get("html")),
                         document=draft.get("document"))
        confirm = Screen(t(lang, "broadcast.confirm_text", n=found,
                           who=render.esc(self.describe(audience, lang))),
                         [[button(t(lang, "broadcast.confirm", n=found),
                                  BroadcastAction("confirm", 0, actor.owner))]])
        return Reply.of(Screen(render.esc(t(lang, "broadcast.preview_head"))), as_seen,
                        confirm, edit=False)

    def describe(self, audience: Audience, lang: str) -> str:
        metas = self.core.catalogue.metas
        city = render.city_name(audience.city, metas, lang) if audience.city else ""
        if audience.kind == "all":
            return t(lang, "broadcast.all")
        if audience.kind == "search":
            return t(lang, "broadcast.searches", city=city)
        if audience.kind == "robots":
            return t(lang, "broadcast.robots_named", city=city)
        if audience.kind == "leaf":
            leaf = self.core.catalogue.by_id.get(audience.target or "")
            return t(lang, "broadcast.leaf_named", title=leaf.title if leaf else audience.target)
        if audience.kind == "guideline":
            meta = metas.get(audience.target or "")
            return t(lang, "broadcast.guideline",
                     name=f"{city} {meta.year}" if meta else audience.target)
        sector = self.core.lexicon.taxonomy.get(audience.sector or "")
        return city + (f" · {sector.name(lang)}" if sector else "")

    async def recipients(self, audience: Audience) -> list[int]:
        """Reachable users the audience names, each once, in a stable order."""
        storage, catalogue = self.core.storage, self.core.catalogue
        subs = storage.subscriptions
        if audience.kind == "robots":
            return []
        if audience.kind == "all":
            return await storage.users.reachable_ids()
        if audience.kind == "search":
            found = set()
            for sub in await subs.of_reachable():
                if sub.kind == "search" and any(
                        leaf.city == audience.city and (not audience.sector
                                                        or audience.sector in leaf.sectors)
                        for leaf in self.search.leaves_for(sub.target)):
                    found.add(sub.user_id)
            return sorted(found)
        if audience.kind == "leaf":
            return sorted(await subs.followers("leaf", [audience.target or ""]))
        if audience.kind == "guideline":
            key = audience.target or ""
            in_guideline = [leaf.id for leaf in catalogue.leaves if leaf.guideline == key]
            return sorted(await subs.followers("guideline", [key])
                          | await subs.followers("leaf", in_guideline))
        city, sector = audience.city or "", audience.sector or ""
        in_city = [leaf.id for leaf in catalogue.leaves
                   if leaf.city == city and (not sector or sector in leaf.sectors)]
        found = (await subs.followers("city", [city], sector)
                 | await subs.followers("leaf", in_city))
        if not sector:
            keys = [meta.key for meta in catalogue.metas.values() if meta.city == city]
            found |= (await subs.followers("guideline", keys)
                      | await storage.users.reachable_in_city(city))
        return sorted(found)

    async def robots(self, audience: Audience) -> list[Robot]:
        """The active group robots the audience names (only "robots in <city>" names any)."""
        if audience.kind != "robots" or not audience.city:
            return []
        return await self.core.storage.robots.active_in_city(audience.city)

    @staticmethod
    def to_robots(robots: list[Robot], draft: dict[str, Any]) -> list[NewMessage]:
        """The announcement as each robot gets it: plain text (files stay in Telegram)."""
        notice = Notice.from_html(draft["text"], bool(draft.get("html")))
        rows = []
        for robot in robots:
            lines = notice.lines + ((t(robot.lang, "robots.attachment"),)
                                    if draft.get("document") else ())
            rows.append(NewMessage(kind="broadcast", channel=robot.channel, chat_id=robot.id,
                                   html=False, text=Notice(notice.title or "📣", lines).dumps()))
        return rows

    async def confirm(self, actor: Actor) -> Reply:
        """Queue every recipient, post the progress message, wake the sender."""
        core, lang = self.core, actor.lang
        draft = await self._draft(actor)
        if draft is None or draft.get("stage") != "confirm":
            return Reply.say(t(lang, "errors.expired"), alert=True)
        role = await role_of(core, actor.user_id)
        audience = Audience.model_validate(draft["audience"])
        if not self._allowed(role, audience):
            return refused(actor, "confirm broadcast")
        found = await self.recipients(audience)
        robots = self.to_robots(await self.robots(audience), draft)
        broadcast_id = await core.storage.broadcasts.create(
            actor.user_id, audience.model_dump(), audience.city, draft["text"], found,
            core.now(), html=bool(draft.get("html")), document=draft.get("document"),
            robots=robots)
        await core.storage.dialogs.clear(actor.chat_id, actor.user_id)
        await core.storage.admins.audit(actor.user_id, "broadcast", {
            "id": broadcast_id, "audience": audience.model_dump(),
            "recipients": len(found) + len(robots)},
            core.now())
        channel = core.settings.broadcast_channel_id
        if channel is not None and role.kind == "super":
            await self._post_to_channel(channel, draft)
        record = await core.storage.broadcasts.get(broadcast_id)
        assert record is not None
        text, keyboard = self.progress_view(record, {"pending": record.total}, lang)
        sent = await core.messenger.send(actor.chat_id, text, keyboard)
        await core.storage.broadcasts.set_progress_message(broadcast_id, sent.chat_id,
                                                           sent.message_id)
        await core.wake_sender()
        return Reply.say(t(lang, "broadcast.started"))

    async def _post_to_channel(self, channel: int, draft: dict[str, Any]) -> None:
        """Also publish in the bureau's channel; a failure there does not stop the broadcast."""
        messenger, html = self.core.messenger, bool(draft.get("html"))
        try:
            if draft.get("document"):
                await messenger.send_document(channel, draft["document"],
                                              caption=draft["text"] or None, html=html)
            else:
                await messenger.send(channel, draft["text"], html=html)
        except DeliveryError as exc:
            log.warning("could not post broadcast to channel %s: %s", channel, exc)

    # ------------------------------------------------------------------ progress

    def progress_view(self, record: BroadcastRecord, counts: dict[str, int],
                      lang: str) -> tuple[str, Keyboard | None]:
        """sent / failed / blocked / unconfirmed / remaining and the time left, with stop
        while running and, once done with unconfirmed sends, the (warned) resend."""
        now = self.core.now()
        remaining = counts.get("pending", 0) + counts.get("sending", 0)
        lines = [f"📣 <b>{render.esc(t(lang, 'broadcast.progress_title', id=record.id))}</b>",
                 render.esc(t(lang, "broadcast.progress", sent=counts.get("sent", 0),
                              total=record.total, failed=counts.get("failed", 0),
                              blocked=counts.get("blocked", 0),
                              unconfirmed=counts.get("unknown", 0), remaining=remaining))]
        left = eta(counts, record.created_at, now)
        running = record.state == "sending" and remaining > 0
        if running and left is not None:
            lines.append(render.esc(t(lang, "broadcast.eta",
                                      minutes=max(1, round(left.total_seconds() / 60)))))
        keyboard: Keyboard | None = None
        if running:
            keyboard = [[button(t(lang, "broadcast.stop"), BroadcastAction("stop", record.id))]]
        else:
            key = "broadcast.cancelled" if record.state == "cancelled" else "broadcast.done"
            lines.append(render.esc(t(lang, key, n=counts.get("cancelled", 0))))
        if not running and counts.get("unknown"):
            lines.append(render.esc(t(lang, "broadcast.unconfirmed_note",
                                      n=counts["unknown"])))
            keyboard = [[button(t(lang, "broadcast.resend", n=counts["unknown"]),
                                BroadcastAction("resend", record.id))]]
        return "\n".join(lines), keyboard

    async def refresh_progress(self, broadcast_id: int) -> None:
        """Bring a broadcast's progress message up to date (called by the sender, throttled)."""
        core = self.core
        await core.storage.broadcasts.finish_if_done(broadcast_id, core.now())
        record = await core.storage.broadcasts.get(broadcast_id)
        if record is None or not record.progress_message_id or not record.progress_chat_id:
            return
        admin = await core.storage.users.get(record.admin_id)
        lang = pick_language(admin.lang if admin else None, None)
        text, keyboard = self.progress_view(record, await core.storage.outbox.counts(record.id),
                                            lang)
        try:
            await core.messenger.edit(record.progress_chat_id, record.progress_message_id, text,
                                      keyboard)
        except DeliveryError as exc:
            log.info("progress of broadcast %s not updated: %s", broadcast_id, exc)

    async def _own(self, actor: Actor, broadcast_id: int,
                   action: str) -> tuple[BroadcastRecord | None, Reply | None]:
        """The broadcast, after checking the role (before touching anything else)."""
        role = await role_of(self.core, actor.user_id)
        if not role.is_admin:
            return None, refused(actor, action)
        record = await self.core.storage.broadcasts.get(broadcast_id)
        if record is None:
            return None, Reply.say(t(actor.lang, "errors.expired"), alert=True)
        if not (role.kind == "super" or may_reach(role, record.city)):
            return None, refused(actor, action)
        return record, None

    async def stop(self, actor: Actor, broadcast_id: int) -> Reply:
        """Cancel what is still pending (admins only; city admins only their city's)."""
        record, refusal = await self._own(actor, broadcast_id, "stop broadcast")
        if record is None:
            return refusal or Reply()
        core = self.core
        cancelled = await core.storage.broadcasts.cancel(record.id, core.now())
        record = await core.storage.broadcasts.get(record.id) or record
        text, keyboard = self.progress_view(record, await core.storage.outbox.counts(record.id),
                                            actor.lang)
        return Reply(screens=(Screen(text, keyboard),),
                     toast=t(actor.lang, "broadcast.cancelled", n=cancelled))

    async def resend(self, actor: Actor, broadcast_id: int, confirmed: bool) -> Reply:
        """Unconfirmed sends again — only after the admin read what that risks."""
        record, refusal = await self._own(actor, broadcast_id, "resend broadcast")
        if record is None:
            return refusal or Reply()
        lang, core = actor.lang, self.core
        counts = await core.storage.outbox.counts(record.id)
        if not confirmed:
            warning = t(lang, "broadcast.resend_warning", n=counts.get("unknown", 0))
            return Reply.of(Screen(render.esc(warning), [[button(
                t(lang, "broadcast.resend_confirm", n=counts.get("unknown", 0)),
                BroadcastAction("resend_ok", record.id))]]), edit=False)
        queued = await core.storage.broadcasts.resend_unconfirmed(record.id, core.now())
        await core.storage.admins.audit(actor.user_id, "broadcast_resend",
                                        {"id": record.id, "rows": queued}, core.now())
        await core.wake_sender()
        return Reply.say(t(lang, "broadcast.resent", n=queued), alert=True)

    async def list(self, actor: Actor) -> Reply:
        """/broadcasts: the last ten (a city admin's own city only), in local time."""
        role = await role_of(self.core, actor.user_id)
        if not role.is_admin:
            return refused(actor, "/broadcasts")
        lang, core = actor.lang, self.core
        records = await core.storage.broadcasts.recent(10, role.city if role.kind == "city"
                                                       else None)
        lines = [f"<b>{render.esc(t(lang, 'broadcast.list_title'))}</b>"]
        for record in records:
            counts = await core.storage.outbox.counts(record.id)
            audience = Audience.model_validate(record.audience)
            lines.append(render.esc(t(
                lang, "broadcast.list_line", id=record.id,
                at=render.when(record.created_at, core.settings.zone),
                who=self.describe(audience, lang), sent=counts.get("sent", 0),
                total=record.total, unconfirmed=counts.get("unknown", 0),
                state=t(lang, f"broadcast.state_{record.state}"))))
        if not records:
            lines.append(render.esc(t(lang, "broadcast.list_none")))
        return Reply.of(Screen("\n".join(lines)), edit=False)
