"""Following directions, guidelines, cities and saved searches; reminder settings; the deadline
overview and its calendar export."""

from __future__ import annotations

from bot import buttons as b
from bot import ics, keyboards, render
from bot.core import Core
from bot.db.subscriptions import Subscription, SubscriptionKind
from bot.flows.common import Actor, Reply, Screen
from bot.flows.search import Search
from bot.i18n import t
from bot.reminders import DEFAULT_LADDER, WindowRef, concerned_refs
from bot.windows import window_status


def ladder_of(stored: str | None) -> tuple[int, ...]:
    if not stored:
        return DEFAULT_LADDER
    return tuple(int(part) for part in stored.split(",") if part.strip().isdigit())


class Subscriptions:
    def __init__(self, core: Core, search: Search) -> None:
        self.core = core
        self.search = search

    def describe(self, subscription: Subscription, lang: str) -> str:
        """A subscription in words: the direction, the guideline, the city (+ sector)."""
        catalogue = self.core.catalogue
        if subscription.kind == "leaf":
            leaf = catalogue.by_id.get(subscription.target)
            return t(lang, "subs.leaf", title=leaf.title if leaf else subscription.target)
        if subscription.kind == "guideline":
            meta = catalogue.metas.get(subscription.target)
            name = (f"{render.city_name(meta.city, catalogue.metas, lang)} {meta.year}" if meta
                    else subscription.target)
            return t(lang, "subs.guideline", name=name)
        if subscription.kind == "city":
            sector = self.core.lexicon.taxonomy.get(subscription.sector)
            name = render.city_name(subscription.target, catalogue.metas, lang) + (
                f" · {sector.name(lang)}" if sector else "")
            return t(lang, "subs.city", name=name)
        return t(lang, "subs.search", q=subscription.target)

    async def overview(self, actor: Actor) -> Reply:
        """/subscriptions: what the user follows, with remove buttons, pause and ladder."""
        lang = actor.lang
        subs = await self.core.storage.subscriptions.of_user(actor.user_id)
        user = await self.core.storage.users.get(actor.user_id)
        muted = bool(user and user.muted)
        ladder = ladder_of(user.ladder if user else None)
        lines = [f"<b>{render.esc(t(lang, 'subs.title'))}</b>"]
        if not subs:
            lines.append(render.esc(t(lang, "subs.none")))
        for index, sub in enumerate(subs, start=1):
            lines.append(f"{index}. {render.esc(self.describe(sub, lang))}")
        lines += ["", render.esc(t(lang, "subs.ladder",
                                   days=render.join([str(d) for d in ladder], lang)))]
        if muted:
            lines.append(render.esc(t(lang, "subs.muted_note")))
        keyboard = keyboards.subscriptions(lang, [sub.id for sub in subs], muted, actor.owner)
        return Reply.of(Screen("\n".join(lines), keyboard))

    async def _resolve(self, actor: Actor, kind: str,
                       target: str) -> tuple[SubscriptionKind, str, str] | None:
        """What a follow button means, checked against the catalogue (buttons may be forged)."""
        catalogue = self.core.catalogue
        if kind == "leaf" and target in catalogue.by_id:
            return "leaf", target, ""
        if kind == "guideline" and target in catalogue.metas:
            return "guideline", target, ""
        if kind == "city":
            code, _, sector = target.partition(".")
            city = catalogue.codes.get(code)
            if city and (not sector or self.core.lexicon.taxonomy.get(sector)):
                return "city", city, sector
        if kind == "search" and target == "last":
            found = await self.search.last(actor.user_id)
            if found is not None:
                return "search", found[0], ""
        return None

    async def follow(self, actor: Actor, kind: str, target: str) -> Reply:
        resolved = await self._resolve(actor, kind, target)
        if resolved is None:
            return Reply.say(t(actor.lang, "errors.expired"), alert=True)
        sub_kind, sub_target, sector = resolved
        if not actor.private:  # following means private reminders: the bot must reach them
            user = await self.core.storage.users.get(actor.user_id)
            if user is None or not user.reachable:
                return Reply.say(t(actor.lang, "subs.start_first"), alert=True)
        added = await self.core.storage.subscriptions.add(
            actor.user_id, sub_kind, sub_target, self.core.now(), sector)
        return Reply.say(t(actor.lang, "subs.added" if added else "subs.already"), alert=added)

    async def unfollow(self, actor: Actor, subscription_id: int) -> Reply:
        removed = await self.core.storage.subscriptions.remove(actor.user_id, subscription_id)
        overview = await self.overview(actor)
        return Reply(overview.screens,
                     toast=t(actor.lang, "subs.removed" if removed else "errors.expired"))

    async def toggle_mute(self, actor: Actor) -> Reply:
        user = await self.core.storage.users.get(actor.user_id)
        muted = not bool(user and user.muted)
        await self.core.storage.users.change(actor.user_id, muted=muted)
        overview = await self.overview(actor)
        return Reply(overview.screens, toast=t(actor.lang, "subs.muted" if muted
                                               else "subs.unmuted"))

    async def set_ladder(self, actor: Actor, preset: str) -> Reply:
        ladder = b.LADDERS[preset]
        await self.core.storage.users.change(actor.user_id,
                                             ladder=",".join(map(str, ladder)))
        overview = await self.overview(actor)
        return Reply(overview.screens, toast=t(actor.lang, "subs.ladder", days=render.join(
            [str(d) for d in ladder], actor.lang)))

    async def refs_of(self, user_id: int) -> set[WindowRef]:
        """The windows a user's subscriptions are about."""
        catalogue = self.core.catalogue
        overrides = {ref for ref in catalogue.windows if ref.leaf_id}
        refs: set[WindowRef] = set()
        for sub in await self.core.storage.subscriptions.of_user(user_id):
            refs |= concerned_refs(sub, catalogue.by_id, catalogue.metas, overrides,
                                   self.search.leaves_for)
        return refs

    async def deadlines(self, actor: Actor) -> Reply:
        """The windows that concern the user first, then every guideline's, open first and by
        date; past editions last and marked as such."""
        lang, now, catalogue = actor.lang, self.core.now(), self.core.catalogue
        mine = await self.refs_of(actor.user_id)
        lines = []
        if mine:
            lines.append(f"<b>{render.esc(t(lang, 'deadlines.mine'))}</b>")
            for ref in render.by_deadline(sorted(mine), catalogue.windows, now):
                status = render.window_words(window_status(catalogue.windows.get(ref), now),
                                             lang)
                lines.append(f"🔔 {render.esc(render.window_title(catalogue, ref, lang))}"
                             f"{t(lang, 'punct.colon')}{status}")
            lines.append("")
        lines.append(f"<b>{render.esc(t(lang, 'deadlines.title'))}</b>")
        lines += render.deadline_lines(catalogue, now, lang)
        lines += ["", render.esc(t(lang, "deadlines.note"))]
        keyboard = [[keyboards.button(t(lang, "subs.ics_all"),
                                      b.Calendar("mine", "all", actor.owner))]] if mine else None
        return Reply.of(Screen("\n".join(lines), keyboard), edit=False)

    async def calendar(self, actor: Actor, kind: str, target: str) -> Reply:
        """An .ics file with the deadlines still ahead of a direction, a guideline or all one
        follows (passed ones are left out: a calendar is for what is coming)."""
        catalogue, now = self.core.catalogue, self.core.now()
        refs: set[WindowRef]
        if kind == "leaf":
            leaf = catalogue.by_id.get(target)
            if leaf is None:
                return Reply.say(t(actor.lang, "errors.expired"), alert=True)
            refs = {WindowRef(leaf.guideline, leaf.id), WindowRef(leaf.guideline)}
            name = leaf.title
        elif kind == "guideline":
            refs, name = {WindowRef(target)}, target
        else:
            refs, name = await self.refs_of(actor.user_id), t(actor.lang, "subs.ics_name")
        found = []
        for ref in sorted(refs):
            window = catalogue.windows.get(ref)
            if window is None:
                continue
            title = render.window_title(catalogue, ref, actor.lang)
            found += [ics.Deadline(title=f"{render.quote(stage.label, actor.lang)}"
                                         f"{t(actor.lang, 'punct.bar')}{title}", stage=stage,
                                   description=window.source or "",
                                   key=f"{ref.guideline}/{ref.leaf_id}/{stage.label}")
                      for stage in window.stages if stage.ends_at > now]
        if not found:
            return Reply.say(t(actor.lang, "subs.no_dates"), alert=True)
        data = ics.calendar(found, name, now)
        return Reply.of(Screen(t(actor.lang, "subs.ics_caption", n=len(found)), document=data,
                               filename="zhinan-deadlines.ics"), edit=False)
