"""Bureau staff set application windows in chat: /window KEY, paste the notice, check the stages
it states (or type corrections), save; every follower is then told old → new once.

A city admin may only set their own city's windows; the role is checked at the start and again
when saving. A notice whose dates have all passed is saved only after the admin confirms.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from bot import render
from bot.buttons import WindowSave
from bot.catalogue.models import Stage, Window
from bot.core import Core
from bot.flows.admins import may_reach, refused, role_of
from bot.flows.common import Actor, Reply, Screen
from bot.flows.notices import Notices
from bot.flows.privately import private_only
from bot.i18n import t
from bot.keyboards import button
from bot.notice import WindowKind, extract_stages, window_kind
from bot.reminders import WindowRef

STEP = "window"
MAX_NOTICE = 20_000
MANUAL = re.compile(r"^\s*(?P<label>[^:：]{1,30})[:：]\s*(?P<date>\d{4}-\d{1,2}-\d{1,2})"
                    r"(?:\s+(?P<time>\d{1,2}:\d{2}))?\s*$")


class Windows:
    def __init__(self, core: Core, notices: Notices) -> None:
        self.core = core
        self.notices = notices

    async def start(self, actor: Actor, key: str) -> Reply:
        """/window KEY: check the role for that guideline's city, then ask for the notice."""
        core = self.core
        if not actor.private:
            return private_only(core, actor, "window")
        meta = core.catalogue.metas.get(key)
        role = await role_of(core, actor.user_id)
        if not role.is_admin or (meta is not None and not may_reach(role, meta.city)):
            return refused(actor, f"/window {key[:20]}")
        if meta is None:
            keys = render.join((k for k, m in core.catalogue.metas.items()
                                if may_reach(role, m.city)), actor.lang)
            return Reply.of(Screen(render.esc(t(actor.lang, "windows.usage", keys=keys))),
                            edit=False)
        await core.storage.dialogs.set(actor.chat_id, actor.user_id, STEP, {"key": key},
                                       core.now())
        name = f"{render.city_name(meta.city, core.catalogue.metas, actor.lang)} {meta.year}"
        return Reply.of(Screen(render.esc(t(actor.lang, "windows.paste", name=name))),
                        edit=False)

    def _manual(self, text: str) -> list[Stage]:
        """Lines like "电子申报截止：2025-06-20 18:00" (every non-empty line must match)."""
        lines = [line for line in text.splitlines() if line.strip()]
        matches = [MANUAL.match(line) for line in lines]
        if not lines or not all(matches):
            return []
        stages = []
        for match in matches:
            assert match is not None
            try:
                moment = datetime.fromisoformat(f"{match['date']} {match['time'] or '23:59'}")
            except ValueError:
                return []
            stages.append(Stage(label=match["label"].strip(),
                                ends_at=moment.replace(tzinfo=self.core.settings.zone)))
        return stages

    async def notice(self, actor: Actor, text: str, data: dict[str, Any]) -> Reply:
        """Propose stages from the pasted notice, or read corrected `label: date time` lines."""
        core, lang = self.core, actor.lang
        text = text[:MAX_NOTICE]
        manual = self._manual(text)
        kind: WindowKind
        source: str | None
        if manual:
            stages, kind, source = manual, "dated", "staff correction"
        else:
            proposed = extract_stages(text, tz=core.settings.tz, today=core.now().date())
            stages, kind = [p.to_stage() for p in proposed], window_kind(text)
            source = text.strip().splitlines()[0][:120] if text.strip() else None
        window = Window(status=kind if (kind != "dated" or stages) else "unknown",
                        stages=stages if kind in ("dated", "rolling") else [], source=source)
        await core.storage.dialogs.set(actor.chat_id, actor.user_id, STEP,
                                       {"key": data.get("key"),
                                        "draft": window.model_dump(mode="json")}, core.now())
        zone = core.settings.zone
        lines = [f"<b>{render.esc(t(lang, 'windows.proposal'))}</b>",
                 render.esc(t(lang, f"windows.kind_{window.status}"))]
        for stage in window.stages:
            begin = f"{render.when(stage.starts_at, zone)} → " if stage.starts_at else ""
            lines.append(f"• {render.esc(render.quote(stage.label, lang))}{t(lang, 'punct.colon')}"
                         f"{begin}{render.when(stage.ends_at, zone)}")
        past = bool(window.stages) and all(s.ends_at <= core.now() for s in window.stages)
        if past:
            lines += ["", f"⚠️ {render.esc(t(lang, 'windows.all_past'))}"]
        lines += ["", render.esc(t(lang, "windows.correct"))]
        label = t(lang, "windows.save_past" if past else "windows.save")
        keyboard = [[button(label, WindowSave(past, actor.owner))]]
        return Reply.of(Screen("\n".join(lines), keyboard), edit=False)

    async def save(self, actor: Actor, confirmed_past: bool) -> Reply:
        core, lang = self.core, actor.lang
        step = await core.storage.dialogs.get(actor.chat_id, actor.user_id, core.now())
        if step is None or step.name != STEP or "draft" not in step.data:
            return Reply.say(t(lang, "errors.expired"), alert=True)
        key = str(step.data.get("key", ""))
        meta = core.catalogue.metas.get(key)
        if meta is None or not may_reach(await role_of(core, actor.user_id), meta.city):
            return refused(actor, f"save window {key[:20]}")
        window = Window.model_validate(step.data["draft"])
        if (window.stages and all(s.ends_at <= core.now() for s in window.stages)
                and not confirmed_past):
            return Reply.say(t(lang, "windows.all_past"), alert=True)
        ref = WindowRef(key)
        old = await core.storage.windows.set(key, "", window, f"admin:{actor.user_id}",
                                             core.now())
        await core.storage.dialogs.clear(actor.chat_id, actor.user_id)
        await core.storage.admins.audit(actor.user_id, "window", {
            "guideline": key, "window": window.model_dump(mode="json")}, core.now())
        notified = await self.notices.window_changed(ref, old)
        await core.wake_sender()
        return Reply.of(Screen(render.esc(t(lang, "windows.saved", n=notified))), edit=False)
