"""A guideline kept as a Logseq page (an outliner of bullet blocks): each block a "- " bullet
indented by tabs, ## headings inside bullets, key:: value properties under a block (id::,
collapsed::), a block pulled in elsewhere by ((uuid)) or {{embed ((uuid))}} — a direction naming
its kind by the kind's block — [[page links]], **bold**, and the keeper's own blocks (TODO /
DONE tasks, a #内部 section of notes). Read back as the page shows; each line where it was.
"""

from __future__ import annotations

import re

_BULLET = re.compile(r"^(?P<indent>[\t ]*)-\s+(?P<text>.*)$")
_PROPERTY = re.compile(r"^[\t ]*(?P<key>[\w\u4e00-\u9fff-]{1,20})::\s*(?P<value>.*)$")
_ID = re.compile(r"^[\t ]*id::\s*(?P<uuid>[0-9a-f-]{36})\s*$")
_REF = re.compile(r"\(\((?P<uuid>[0-9a-f-]{36})\)\)")
_EMBED = re.compile(r"\{\{embed\s+\(\((?P<uuid>[0-9a-f-]{36})\)\)\s*\}\}")
_TASK = re.compile(r"^(?:TODO|DOING|DONE|LATER|NOW|WAITING|CANCELED|CANCELLED)\b")
_PLANNING = re.compile(r"^[\t ]*(?:SCHEDULED|DEADLINE):")
_PRIVATE = re.compile(r"#(?:内部|私有|个人|私人|备忘|private|internal|todo)\b", re.I)
_PAGE_PROPERTIES = frozenset({"id", "collapsed", "title", "tags", "alias", "source", "created",
                              "updated", "heading", "icon", "public", "filters", "type"})
MIN_BLOCKS = 8


def is_logseq(raw_lines: list[str]) -> bool:
    """An outliner page: many bullet blocks, and its properties or block references."""
    bullets = sum(1 for raw in raw_lines if _BULLET.match(raw))
    marked = any(_ID.match(raw) or _REF.search(raw) for raw in raw_lines)
    return bullets >= MIN_BLOCKS and marked \
        and sum(1 for raw in raw_lines if _PROPERTY.match(raw)) >= 2


def as_shown(raw_lines: list[str]) -> list[str]:
    """The page as shown, line for line (unchanged when it is no outliner page)."""
    if not is_logseq(raw_lines):
        return raw_lines
    titles: dict[str, str] = {}
    last = ""
    for raw in raw_lines:  # each block's id and its first line, for the references to it
        bullet, uuid = _BULLET.match(raw), _ID.match(raw)
        if bullet is not None:
            last = _plain(bullet["text"], {})
        elif uuid is not None:
            titles[uuid["uuid"]] = last
    out: list[str] = []
    hidden: int | None = None  # the indent of a private block whose children are hidden too
    for raw in raw_lines:
        bullet = _BULLET.match(raw)
        depth = len(bullet["indent"].expandtabs(2)) if bullet else None
        if hidden is not None and (depth is None or depth > hidden):
            out.append("")
            continue
        hidden = None
        if bullet is not None:
            text = bullet["text"].strip()
            if _PRIVATE.search(text) or _TASK.match(text):
                hidden = depth
                out.append("")
                continue
            text = _EMBED.sub(lambda m: f"项目类别：{titles.get(m['uuid'], '')}", text)
            out.append(_plain(text, titles))
            continue
        prop = _PROPERTY.match(raw)
        if prop is not None or _PLANNING.match(raw):
            key = prop["key"] if prop else ""
            value = _plain(prop["value"], titles) if prop else ""
            out.append("" if not prop or key.lower() in _PAGE_PROPERTIES or not value
                       else f"{key}：{value}")
            continue
        out.append(_plain(raw.strip(), titles))
    return out


def _plain(text: str, titles: dict[str, str]) -> str:
    text = _REF.sub(lambda m: titles.get(m["uuid"], ""), text)
    text = re.sub(r"\[\[([^\]]+)\]\]", r"\1", text)
    text = re.sub(r"^#{1,6}\s+", "", text.strip())
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    return re.sub(r"\s#[\w\u4e00-\u9fff]+$", "", text).strip()  # a trailing #tag
