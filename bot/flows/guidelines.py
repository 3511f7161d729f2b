"""Bureau staff publish a guideline in chat: /guideline, send the document (.txt, .docx or a
text-layer .pdf), read the preview (what was read, how completely, warnings with their lines,
two sample cards, the change against the published version), correct the metadata the text
does not state, publish. Followers of the city hear of a new guideline once.

Only admins may; a city admin only for their own city, checked on the document and again on
publishing. The document itself is not kept in the dialog: its Telegram file id and digest
are, and it is fetched again to publish — so what is published is exactly what was previewed,
on whichever worker the button lands.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import threading
from dataclasses import asdict, dataclass
from pathlib import PurePath
from typing import Any

from bot import render
from bot.buttons import GuidelineStep
from bot.catalogue.document import DocumentError, SourceText
from bot.catalogue.ingest import (
    Corrections,
    Preview,
    make_meta,
    missing_meta,
    preview,
    shrink_refusal,
    store_document,
)
from bot.catalogue.loader import CatalogueError
from bot.catalogue.models import Guideline, GuidelineMeta, Leaf, ParseIssue, Window
from bot.core import Core
from bot.flows.admins import Role, may_reach, refused, role_of
from bot.flows.common import Actor, Reply, Screen
from bot.flows.notices import Notices
from bot.flows.privately import private_only
from bot.i18n import DEFAULT, catalog, t
from bot.keyboards import Keyboard, button
from bot.messenger import DeliveryError
from bot.reminders import WindowRef

log = logging.getLogger("zhinan.guidelines")
# the parser keeps per-document caches (what a line is): one document read at a time
_PARSING = threading.Lock()
STEP = "guideline"
KINDS = (".txt", ".docx", ".pdf")
LABELS = {  # what a person types to correct the metadata, in either language
    "城市": "city", "city": "city", "年份": "year", "年度": "year", "year": "year",
    "标题": "title", "title": "title", "发文单位": "issuer", "issuer": "issuer",
    "英文名": "city_en", "city_en": "city_en", "编号": "key", "key": "key",
}
LINE = re.compile(r"^\s*(?P<label>[^:：]{1,12})\s*[:：]\s*(?P<value>.+?)\s*$")
KEY = re.compile(r"^[a-z]{1,6}\d{2}$")


def parse_corrections(text: str) -> Corrections | None:
    """Lines like "城市：钦州" / "year: 2026"; None when a line is not one of them."""
    values: dict[str, Any] = {}
    for line in (line for line in text.splitlines() if line.strip()):
        match = LINE.match(line)
        name = LABELS.get(match["label"].strip().lower()) if match else None
        if match is None or name is None:
            return None
        value = match["value"]
        if name == "year":
            if not (value.isascii() and value.isdigit() and 1990 <= int(value) <= 2100):
                return None
            values[name] = int(value)
        elif name == "key" and not KEY.match(value):
            return None
        else:
            values[name] = value[:120]
    return Corrections(**values) if values else None


@dataclass(frozen=True)
class _PreviewCatalogue:
    """Enough of a catalogue for `render.card` to show a sample of an unpublished guideline."""

    metas: dict[str, GuidelineMeta]

    @property
    def windows(self) -> dict[WindowRef, Window]:
        return {WindowRef(key): meta.window for key, meta in self.metas.items()}

    def window_for(self, leaf: Leaf) -> Window | None:
        meta = self.metas.get(leaf.guideline)
        return meta.window if meta else None


def _parse_alone(meta: GuidelineMeta, source: SourceText) -> Guideline:
    """Parse in a worker thread (see `_PARSING`), off the event loop."""
    with _PARSING:
        from bot.catalogue.parser import parse_guideline  # (only where parsed)

        return parse_guideline(meta, source.lines, meta.source_file,
                               listed_rows=source.listed_rows)


class Guidelines:
    def __init__(self, core: Core, notices: Notices) -> None:
        self.core = core
        self.notices = notices

    async def start(self, actor: Actor) -> Reply:
        core = self.core
        if not actor.private:
            return private_only(core, actor, "guideline")
        role = await role_of(core, actor.user_id)
        if not role.is_admin:
            return refused(actor, "/guideline")
        await core.storage.dialogs.set(actor.chat_id, actor.user_id, STEP, {}, core.now())
        limit = core.settings.max_document_bytes / 1_048_576
        return Reply.of(Screen(render.esc(t(actor.lang, "guideline.send", mb=f"{limit:g}"))),
                        edit=False)

    async def document(self, actor: Actor, file_id: str, filename: str, size: int | None,
                       data: dict[str, Any]) -> Reply:
        """A document sent while the dialog waits for one: fetch, read, preview."""
        lang, limit = actor.lang, self.core.settings.max_document_bytes
        if PurePath(filename).suffix.lower() not in KINDS:
            return self._say(lang, "guideline.bad_kind", name=filename[:60])
        if size is not None and size > limit:
            return self._say(lang, "guideline.too_big", mb=f"{size / 1_048_576:.1f}",
                             limit=f"{limit / 1_048_576:g}")
        fetched = await self._fetch(actor, file_id)
        if isinstance(fetched, Reply):
            return fetched
        state = {"file_id": file_id, "filename": filename[:120],
                 "digest": hashlib.sha256(fetched).hexdigest()[:16], "corrections": {}}
        return await self._preview(actor, fetched, state)

    async def typed(self, actor: Actor, text: str, data: dict[str, Any]) -> Reply:
        """Corrections to the metadata ("城市：钦州"), once a document is previewed."""
        if "file_id" not in data:
            return self._say(actor.lang, "guideline.send_file")
        corrections = parse_corrections(text)
        if corrections is None:
            return self._say(actor.lang, "guideline.bad_corrections")
        merged = {**data.get("corrections", {}),
                  **{k: v for k, v in asdict(corrections).items() if v is not None}}
        fetched = await self._fetch(actor, str(data["file_id"]))
        if isinstance(fetched, Reply):
            return fetched
        if hashlib.sha256(fetched).hexdigest()[:16] != data.get("digest"):
            return self._say(actor.lang, "guideline.file_changed")
        return await self._preview(actor, fetched, {**data, "corrections": merged})

    async def step(self, actor: Actor, action: str, digest: str) -> Reply:
        """A button under the preview."""
        core, lang = self.core, actor.lang
        current = await core.storage.dialogs.get(actor.chat_id, actor.user_id, core.now())
        data = dict(current.data) if current is not None and current.name == STEP else {}
        if data.get("digest") != digest:
            return Reply.say(t(lang, "errors.expired"), alert=True)
        if action == "cancel":
            await core.storage.dialogs.clear(actor.chat_id, actor.user_id)
            return Reply.of(Screen(render.esc(t(lang, "cancelled.guideline"))), edit=False)
        if action == "correct":
            return Reply.of(Screen(render.esc(t(lang, "guideline.correct"))), edit=False)
        return await self._publish(actor, data, accept_shrink=action == "shrink")

    # ------------------------------------------------------------------ internals

    def _say(self, lang: str, key: str, **values: object) -> Reply:
        return Reply.of(Screen(render.esc(t(lang, key, **values))), edit=False)

    async def _fetch(self, actor: Actor, file_id: str) -> bytes | Reply:
        limit = self.core.settings.max_document_bytes
        try:
            return await self.core.messenger.download(file_id, limit)
        except DeliveryError as exc:
            log.info("cannot fetch document for user %s: %s", actor.user_id, exc)
            return self._say(actor.lang, "guideline.fetch_failed")

    def _published(self, key: str) -> list[Leaf] | None:
        catalogue = self.core.catalogue
        if key not in catalogue.metas:
            return None
        return [leaf for leaf in catalogue.leaves if leaf.guideline == key]

    async def _read_aside(self, data: bytes, state: dict[str, Any]
                          ) -> tuple[Preview, list[str]]:
        """Read the document in a worker thread: a 40-page PDF takes a second or two, which the
        event loop (every other user's messages) should not wait out."""
        return await asyncio.to_thread(self._read_alone, data, state)

    def _read_alone(self, data: bytes, state: dict[str, Any]) -> tuple[Preview, list[str]]:
        with _PARSING:
            return self._read(data, state)

    def _refused(self, lang: str, issue: ParseIssue) -> Reply:
        """Why the document cannot be read, in the reader's language where the reason is one
        a person can act on (a scan, a password, a .doc); else the reader's own file:line."""
        if f"guideline.refused_{issue.kind}" in catalog(DEFAULT):
            return self._say(lang, f"guideline.refused_{issue.kind}", file=issue.file)
        return self._say(lang, "guideline.unreadable", reason=str(issue))

    def _read(self, data: bytes, state: dict[str, Any]) -> tuple[Preview, list[str]]:
        """The preview with the person's corrections, and what metadata is still missing. A
        new version of a published guideline takes what its text does not say (a title lost
        in conversion) from the published one, and is compared with it."""
        corrections = Corrections(**state.get("corrections", {}))
        limit = self.core.settings.max_document_bytes
        first = preview(data, state["filename"], corrections, max_bytes=limit)
        proposal = first.proposal
        known = self.core.catalogue.metas.get(corrections.key or proposal.key or "")
        if known is not None:
            corrections = Corrections(
                city=corrections.city or proposal.city or known.city,
                year=corrections.year or proposal.year or known.year,
                title=corrections.title or proposal.title or known.title,
                issuer=corrections.issuer or proposal.issuer or known.issuer,
                city_en=corrections.city_en or known.city_en, key=known.key)
        missing = missing_meta(proposal, corrections)
        if missing:
            return first, missing
        published = self._published(make_meta(proposal, corrections, "x").key)
        return preview(data, state["filename"], corrections, published, max_bytes=limit), []

    async def _preview(self, actor: Actor, data: bytes, state: dict[str, Any]) -> Reply:
        core, lang = self.core, actor.lang
        try:
            shown, missing = await self._read_aside(data, state)
        except DocumentError as exc:
            return self._refused(lang, exc.issue)
        role = await role_of(core, actor.user_id)
        if not missing and not may_reach(role, shown.meta.city):
            return self._not_theirs(actor, role, shown.meta.city)
        await core.storage.dialogs.set(actor.chat_id, actor.user_id, STEP, state, core.now())
        lines = [render.guideline_preview(lang, shown)]
        if missing:
            names = render.join((t(lang, f"guideline.meta_{name}") for name in missing), lang)
            lines += ["", f"⚠️ {render.esc(t(lang, 'guideline.missing', names=names))}"]
        shrink = None if missing else shrink_refusal(
            self._published(shown.meta.key) or [], shown.guideline.leaves,
            core.settings.shrink_limit, shown.meta.source_file)
        if shrink is not None:
            lost = len(shown.diff.removed) if shown.diff else 0
            lines += ["", f"⚠️ {render.esc(t(lang, 'guideline.shrinks', n=lost))}"]
        screens = [Screen("\n".join(lines), self._buttons(actor, state["digest"], shown,
                                                          bool(missing), shrink is not None))]
        samples = _PreviewCatalogue({shown.meta.key: shown.meta})
        taxonomy = core.lexicon.taxonomy
        screens += [Screen(render.card(leaf, samples, lang, core.now(), taxonomy))
                    for leaf in shown.samples]
        return Reply.of(*screens, edit=False)

    def _buttons(self, actor: Actor, digest: str, shown: Preview, missing: bool,
                 shrinks: bool) -> Keyboard:
        lang, owner = actor.lang, actor.owner
        rows: Keyboard = []
        if shown.acceptable and not missing:
            if shrinks:
                rows.append([button(t(lang, "guideline.btn_publish_shrink"),
                                    GuidelineStep("shrink", digest, owner))])
            else:
                rows.append([button(t(lang, "guideline.btn_publish"),
                                    GuidelineStep("publish", digest, owner))])
        rows.append([button(t(lang, "guideline.btn_correct"),
                            GuidelineStep("correct", digest, owner)),
                     button(t(lang, "guideline.btn_cancel"),
                            GuidelineStep("cancel", digest, owner))])
        return rows

    def _not_theirs(self, actor: Actor, role: Role, city: str) -> Reply:
        log.warning("refused guideline for %s by city admin %s of %s", city, actor.user_id,
                    role.city)
        return self._say(actor.lang, "guideline.not_your_city", city=city, mine=role.city or "")

    async def _publish(self, actor: Actor, state: dict[str, Any], *,
                       accept_shrink: bool) -> Reply:
        core, lang = self.core, actor.lang
        fetched = await self._fetch(actor, str(state["file_id"]))
        if isinstance(fetched, Reply):
            return fetched
        if hashlib.sha256(fetched).hexdigest()[:16] != state.get("digest"):
            return self._say(lang, "guideline.file_changed")
        try:
            shown, missing = await self._read_aside(fetched, state)
        except DocumentError as exc:
            return self._refused(lang, exc.issue)
        role = await role_of(core, actor.user_id)
        if not role.is_admin:
            return refused(actor, "publish guideline")
        if missing or not shown.acceptable:
            return Reply.say(t(lang, "guideline.not_ready"), alert=True)
        if not may_reach(role, shown.meta.city):
            return self._not_theirs(actor, role, shown.meta.city)
        published = self._published(shown.meta.key)
        if not accept_shrink and shrink_refusal(published or [], shown.guideline.leaves,
                                                core.settings.shrink_limit,
                                                shown.meta.source_file) is not None:
            return Reply.say(t(lang, "guideline.not_ready"), alert=True)
        meta = shown.meta
        try:
            stored = store_document(core.settings.data_dir, shown.source, meta,
                                    original=fetched, filename=state["filename"])
        except (OSError, ValueError, CatalogueError) as exc:
            log.error("cannot store guideline %s: %s", meta.key, exc)
            return self._say(lang, "guideline.store_failed")
        meta = stored.meta  # a known key keeps its entry, file and window
        guideline = await asyncio.to_thread(_parse_alone, meta, shown.source)
        keys = list(core.catalogue.metas)
        ordinal = keys.index(meta.key) if meta.key in keys else None
        now = core.now()
        outcome = await core.storage.catalogue.publish(guideline, now, ordinal)
        await core.storage.windows.seed([meta], now)
        await core.storage.admins.audit(actor.user_id, "guideline", {
            "key": meta.key, "directions": len(guideline.leaves), "outcome": outcome,
            "digest": state["digest"], "new": published is None}, now)
        await core.storage.dialogs.clear(actor.chat_id, actor.user_id)
        told = 0
        if published is None:
            told = await self.notices.guidelines_published([meta.key])
            await core.wake_sender()
        else:
            await core.refresh(force=True)
        key = "guideline.published_new" if published is None else "guideline.published"
        return Reply.of(Screen(render.esc(t(lang, key, title=meta.title,
                                            n=len(guideline.leaves), told=told))), edit=False)
