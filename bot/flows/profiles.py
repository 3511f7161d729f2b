"""The company profile ("can my company apply?"): a short optional dialog, /profile to edit.

Every question can be skipped: an unanswered fact makes the matching conditions "unknown",
never "not met". The draft lives in the dialog step, so the dialog continues on any worker;
saving also records the profile's city as the user's (city broadcasts reach them).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot import render
from bot.buttons import ProfileAnswer
from bot.catalogue.models import GuidelineMeta
from bot.catalogue.numbers import parse_amount_wan
from bot.core import Core
from bot.eligibility import Profile
from bot.flows.common import Actor, Reply, Screen
from bot.flows.privately import private_only
from bot.i18n import t
from bot.keyboards import Button, Keyboard, button
from bot.messenger import Prompt

STEP = "profile"
KINDS = ("enterprise", "university", "institute", "hospital", "other")
QUALS = ("is_above_scale", "is_high_tech", "is_gazelle", "is_tech_sme")
LEVELS = ("none", "city", "region", "national")
NUMBERS = {"revenue": "revenue_wan", "rd": "rd_spend_wan", "fund": "can_self_fund_wan"}
ORDER = ("kind", "city", "qual", "revenue", "rd", "level", "fund")
ENTERPRISE_ONLY = ("qual", "revenue", "rd")
MAX_WAN = 10_000_000


class Profiles:
    def __init__(self, core: Core) -> None:
        self.core = core

    async def load(self, user_id: int) -> Profile | None:
        user = await self.core.storage.users.get(user_id)
        return Profile.model_validate(user.profile) if user and user.profile else None

    async def start(self, actor: Actor) -> Reply:
        """/profile: what we know, then the first question (private chats only: it is the
        company's own business)."""
        if not actor.private:
            return private_only(self.core, actor, "profile")
        current = await self.load(actor.user_id)
        draft = current.model_dump(exclude_none=True) if current else {}
        await self._save_step(actor, "kind", draft)
        screens = ((Screen(describe(current, actor.lang, self.core.catalogue.metas)),)
                   if current else ())
        return Reply((*screens, self._question(actor, "kind", draft)), edit=False)

    async def _save_step(self, actor: Actor, step: str, draft: dict[str, Any]) -> None:
        await self.core.storage.dialogs.set(actor.chat_id, actor.user_id, STEP,
                                            {"step": step, "draft": draft}, self.core.now())

    def _question(self, actor: Actor, step: str, draft: dict[str, Any]) -> Screen:
        lang, owner = actor.lang, actor.owner
        skip = [button(t(lang, "profile.skip"), ProfileAnswer("skip", None, owner))]
        rows: Keyboard
        if step == "kind":
            rows = [[button(t(lang, f"profile.kind_{k}"), ProfileAnswer("kind", k, owner))]
                    for k in KINDS]
            return Screen(render.esc(t(lang, "profile.ask_kind")), [*rows, skip])
        if step == "city":
            codes = self.core.catalogue.codes
            cities: list[Button] = [button(render.city_name(city, self.core.catalogue.metas,
                                                            lang),
                                           ProfileAnswer("city", code, owner))
                                    for code, city in codes.items()]
            rows = [cities[i: i + 3] for i in range(0, len(cities), 3)]
            return Screen(render.esc(t(lang, "profile.ask_city")), [*rows, skip])
        if step == "qual":
            rows = [[button(("✅ " if draft.get(q) else "▫️ ") + t(lang, f"profile.{q}"),
                            ProfileAnswer("qual", q, owner))] for q in QUALS]
            rows.append([button(t(lang, "profile.next"), ProfileAnswer("done", None, owner))])
            return Screen(render.esc(t(lang, "profile.ask_quals")), rows)
        if step == "level":
            rows = [[button(t(lang, f"profile.level_{lv}"), ProfileAnswer("level", lv, owner))]
                    for lv in LEVELS]
            return Screen(render.esc(t(lang, "profile.ask_level")), [*rows, skip])
        return Screen(render.esc(t(lang, f"profile.ask_{NUMBERS[step]}")), [skip],
                      prompt=None if actor.private else Prompt())

    async def _current(self, actor: Actor) -> tuple[str, dict[str, Any]] | None:
        step = await self.core.storage.dialogs.get(actor.chat_id, actor.user_id, self.core.now())
        if step is None or step.name != STEP:
            return None
        return str(step.data.get("step", "kind")), dict(step.data.get("draft", {}))

    async def answer(self, actor: Actor, question: str, value: str | None) -> Reply:
        """A button of the dialog; the stored step says which question it answers."""
        current = await self._current(actor)
        if question == "edit":
            return await self.start(actor)
        if current is None:
            return Reply.say(t(actor.lang, "errors.expired"), alert=True)
        step, draft = current
        codes = self.core.catalogue.codes
        if question == "kind" and value in KINDS:
            draft["applicant_kind"] = value
        elif question == "city" and value in codes:
            draft["city"] = codes[value]
        elif question == "level" and value in LEVELS:
            draft["platform_level"] = value
        elif question == "qual" and value in QUALS and step == "qual":
            draft[value] = not draft.get(value)
            await self._save_step(actor, step, draft)
            return Reply.of(self._question(actor, "qual", draft))
        elif question not in ("skip", "done"):
            return Reply.say(t(actor.lang, "errors.expired"), alert=True)
        return await self._advance(actor, step, draft, edit=question == "qual")

    async def typed(self, actor: Actor, text: str, data: dict[str, Any]) -> Reply:
        """Revenue, R&D spend or self-funding, typed as 300万, 三百万, 0.2亿 or 300."""
        step, draft = str(data.get("step", "kind")), dict(data.get("draft", {}))
        if step not in NUMBERS:
            return Reply.of(Screen(render.esc(t(actor.lang, "profile.use_buttons"))),
                            edit=False)
        amount = parse_amount_wan(text[:40])
        if amount is None or not 0 <= amount <= MAX_WAN:
            return Reply.of(Screen(render.esc(t(actor.lang, "profile.bad_number"))), edit=False)
        draft[NUMBERS[step]] = amount
        return await self._advance(actor, step, draft, edit=False)

    async def _advance(self, actor: Actor, step: str, draft: dict[str, Any], *,
                       edit: bool) -> Reply:
        """The next question after `step` (enterprise facts only for enterprises)."""
        following = list(ORDER[ORDER.index(step) + 1:]) if step in ORDER else []
        if draft.get("applicant_kind") not in (None, "enterprise"):
            following = [s for s in following if s not in ENTERPRISE_ONLY]
        if not following:
            return await self._finish(actor, draft)
        await self._save_step(actor, following[0], draft)
        return Reply.of(self._question(actor, following[0], draft), edit=edit)

    async def _finish(self, actor: Actor, draft: dict[str, Any]) -> Reply:
        profile = Profile.model_validate(draft)
        storage = self.core.storage
        changes: dict[str, Any] = {"profile": profile.model_dump(exclude_none=True)}
        if profile.city:
            changes["city"] = profile.city
        await storage.users.change(actor.user_id, **changes)
        await storage.dialogs.clear(actor.chat_id, actor.user_id)
        said = describe(profile, actor.lang, self.core.catalogue.metas)
        text = f"{render.esc(t(actor.lang, 'profile.saved'))}\n\n{said}"
        return Reply.of(Screen(text), edit=False)


def describe(profile: Profile | None, lang: str,
             metas: Mapping[str, GuidelineMeta] | None = None) -> str:
    profile = profile or Profile()
    unknown = t(lang, "profile.unknown")
    yes, no = t(lang, "profile.yes"), t(lang, "profile.no")
    kind = t(lang, f"profile.kind_{profile.applicant_kind}") if profile.applicant_kind else unknown
    level = (t(lang, f"profile.level_{profile.platform_level}") if profile.platform_level
             else unknown)
    lines = [f"<b>{render.esc(t(lang, 'profile.title'))}</b>",
             render.esc(t(lang, "profile.line_kind", value=kind)),
             render.esc(t(lang, "profile.line_city",
                          value=render.city_name(profile.city, metas or {}, lang)
                          if profile.city else unknown))]
    for qual in QUALS:
        value = getattr(profile, qual)
        lines.append(render.esc(t(lang, "profile.line_qual", name=t(lang, f"profile.{qual}"),
                                  value=unknown if value is None else yes if value else no)))
    for name in ("revenue_wan", "rd_spend_wan", "can_self_fund_wan"):
        value = getattr(profile, name)
        shown = unknown if value is None else render.amount(value, lang)
        lines.append(render.esc(t(lang, f"profile.line_{name}", value=shown)))
    lines.append(render.esc(t(lang, "profile.line_level", value=level)))
    return "\n".join(lines)

