"""Direction cards, their full texts, eligibility details, and side-by-side comparison.

The compare list is the user's own (stored with them), so it survives restarts and follows them
across workers; in a group a card carries nobody's personal verdict or compare list.
"""

from __future__ import annotations

from typing import Any

from bot import eligibility_words as words
from bot import keyboards, render
from bot.buttons import CompareClear, Extra, Facets, Origin, ProfileAnswer
from bot.catalogue.models import Leaf
from bot.core import Core
from bot.eligibility import Profile, conditions_for, evaluate, self_funding, summary_text
from bot.flows.common import Actor, Reply, Screen
from bot.i18n import t
from bot.keyboards import button

MAX_COMPARE = 4


class Cards:
    def __init__(self, core: Core) -> None:
        self.core = core

    async def _ui(self, user_id: int) -> tuple[dict[str, object], Profile | None]:
        user = await self.core.storage.users.get(user_id)
        profile = Profile.model_validate(user.profile) if user and user.profile else None
        return dict(user.ui or {}) if user else {}, profile

    async def compared(self, user_id: int) -> list[str]:
        ui, _ = await self._ui(user_id)
        return _ids(ui.get("compare"))

    async def card(self, actor: Actor, leaf_id: str, origin: Origin = "n",
                   facets: Facets | None = None) -> Reply:
        leaf = self.core.catalogue.by_id.get(leaf_id)
        if leaf is None:
            return Reply.say(t(actor.lang, "errors.expired"), alert=True)
        return Reply.of(await self.screen(actor, leaf, origin, facets or Facets()))

    async def screen(self, actor: Actor, leaf: Leaf, origin: Origin = "n",
                     facets: Facets | None = None) -> Screen:
        """The card: one phone screen of facts, the actor's verdict (in private), buttons."""
        core, lang = self.core, actor.lang
        text = render.card(leaf, core.catalogue, lang, core.now(), core.lexicon.taxonomy)
        compared: list[str] = []
        if actor.private:
            ui, profile = await self._ui(actor.user_id)
            compared = _ids(ui.get("compare"))
            text += f"\n🧾 {render.esc(verdict_line(leaf, profile, lang))}"
        keyboard = keyboards.card(lang, leaf, origin, facets or Facets(), leaf.id in compared,
                                  actor.owner, group=not actor.private)
        if len(compared) >= 2:
            keyboard += keyboards.compare_bar(lang, len(compared), actor.owner)
        return Screen(text, keyboard, card=leaf.id)

    def part(self, actor: Actor, leaf_id: str, part: Extra) -> Reply:
        """The full view: content, indicators and requirements, and where they come from."""
        leaf = self.core.catalogue.by_id.get(leaf_id)
        if leaf is None:
            return Reply.say(t(actor.lang, "errors.expired"), alert=True)
        meta = self.core.catalogue.metas.get(leaf.guideline)
        return Reply.of(Screen(render.full_view(leaf, meta, actor.lang), card=leaf.id),
                        edit=False)

    async def eligibility(self, actor: Actor, leaf_id: str) -> Reply:
        """Each condition met / not met / unknown with its sentence, and the self-funding the
        cap needs; in a group, how to check it privately instead of anyone's verdict."""
        leaf = self.core.catalogue.by_id.get(leaf_id)
        if leaf is None:
            return Reply.say(t(actor.lang, "errors.expired"), alert=True)
        _, profile = await self._ui(actor.user_id) if actor.private else ({}, None)
        keyboard = None
        if profile is None and actor.private:
            keyboard = [[button(t(actor.lang, "profile.fill"),
                                ProfileAnswer("edit", None, actor.owner))]]
        cities = render.city_namer(self.core.catalogue.metas, actor.lang)
        return Reply.of(Screen(details(leaf, profile, actor.lang, cities), keyboard,
                               card=leaf.id), edit=False)

    async def toggle_compare(self, actor: Actor, leaf_id: str, origin: Origin = "n",
                             facets: Facets | None = None) -> Reply:
        """Add to or remove from the comparison (at most four); the card's buttons follow,
        its way back (to the list or comparison it was opened from) included."""
        lang = actor.lang
        leaf = self.core.catalogue.by_id.get(leaf_id)
        if leaf is None:
            return Reply.say(t(lang, "errors.expired"), alert=True)
        done: list[str] = []  # what the toggle did: removed / full / added

        def toggle(ui: dict[str, Any]) -> None:
            compared = _ids(ui.get("compare"))
            if leaf_id in compared:
                compared.remove(leaf_id)
                done.append("removed")
            elif len(compared) >= MAX_COMPARE:
                done.append("full")
            else:
                compared.append(leaf_id)
                done.append("added")
            ui["compare"] = compared

        ui = await self.core.storage.users.update_ui(actor.user_id, toggle)
        if done == ["full"]:
            return Reply.say(t(lang, "compare.full", n=MAX_COMPARE), alert=True)
        key = "compare.removed" if done == ["removed"] else "compare.added"
        toast = t(lang, key, n=len(_ids(ui["compare"])))
        return Reply(screens=(await self.screen(actor, leaf, origin, facets),), toast=toast)

    async def compare(self, actor: Actor) -> Reply:
        core = self.core
        leaves = [core.catalogue.by_id[i] for i in await self.compared(actor.user_id)
                  if i in core.catalogue.by_id]
        if len(leaves) < 2:
            return Reply.say(t(actor.lang, "compare.need_two"), alert=True)
        _, profile = await self._ui(actor.user_id)
        verdicts = [verdict_line(leaf, profile, actor.lang) if profile else None
                    for leaf in leaves]
        text = render.compare(leaves, core.catalogue.window_for, actor.lang, core.now(),
                              verdicts, core.catalogue.metas)
        keyboard = keyboards.compare_view(leaves, actor.owner)
        keyboard += [[button(t(actor.lang, "compare.clear"), CompareClear(actor.owner))]]
        return Reply.of(Screen(text, keyboard))

    async def clear_compare(self, actor: Actor) -> Reply:
        await self.core.storage.users.update_ui(actor.user_id, lambda ui: ui.update(compare=[]))
        return Reply.say(t(actor.lang, "compare.cleared"))


def _ids(value: object) -> list[str]:
    """The compare list as stored with the user (a JSON list of leaf ids)."""
    return [str(item) for item in value] if isinstance(value, list) else []


def verdict_line(leaf: Leaf, profile: Profile | None, lang: str) -> str:
    """"符合 4/5 项，1 项待确认" — or an invitation to fill in a profile."""
    if profile is None:
        return t(lang, "profile.card_no_profile")
    return summary_text(evaluate(conditions_for(leaf), profile), lang)


def details(leaf: Leaf, profile: Profile | None, lang: str,
            cities: words.CityName = words.same_city) -> str:
    """Each condition with its verdict and the sentence it comes from, then the self-funding
    needed for the cap (or the floor, when only that is stated)."""
    icons = {"met": "✅", "not_met": "❌", "unknown": "❔"}
    verdicts = evaluate(conditions_for(leaf), profile or Profile())
    title = t(lang, "profile.details_title", title=render.short(leaf.title, 40))
    lines = [f"<b>{render.esc(title)}</b>", render.esc(summary_text(verdicts, lang)), ""]
    shown = [v for v in verdicts if v.condition.kind not in ("deliverable", "document", "note")]
    for verdict in shown:
        mark = "⭐" if verdict.condition.preference else icons[verdict.verdict]
        said = t(lang, "profile.condition", label=words.label(verdict.condition, lang, cities),
                 reason=words.reason(verdict, lang, cities))
        lines.append(f"{mark} {render.esc(said)}")
        source = words.quote(render.short(verdict.source, 120), lang)
        lines.append(f"<i>{render.esc(source)}</i>")
    if not shown:
        lines.append(render.esc(t(lang, "profile.no_conditions")))
    grant = leaf.funding_max_wan or leaf.funding_min_wan
    if grant:
        funding = self_funding(leaf, grant)
        lines += ["", f"💰 {render.esc(words.self_funding(funding, leaf, lang))}"]
    return "\n".join(lines)
