"""Telegram's HTML parse mode: validate markup and turn it into visible text plus entities.

Telegram accepts only a handful of tags and entities and rejects a message whose markup it
cannot parse; the sandbox must reject the same messages so a rendering bug fails in tests
rather than in production. Error wording follows Telegram's ("can't parse entities: ...").
Deliberately stricter than Telegram in one place: a bare ``&`` that does not start an entity
is an error here (Telegram shows it literally), because it almost always means a missing
``html.escape`` that would mangle text containing ``&lt;``.
"""

import re
from dataclasses import dataclass, field
from typing import Any

_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]+));")
_TAG_NAME_RE = re.compile(r"[a-zA-Z0-9-]*")
_ATTR_NAME_RE = re.compile(r"[a-zA-Z0-9_-]+")
_UNQUOTED_VALUE_RE = re.compile(r"[^\s>]*")

# Tag → entity type; span, a, code, blockquote and tg-emoji need their attributes to decide.
_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "pre": "pre",
}
_ALLOWED_TAGS = {*_SIMPLE_TAGS, "span", "a", "code", "blockquote", "tg-emoji"}


class HtmlParseError(ValueError):
    """Markup Telegram would refuse; the message is Telegram's reason."""


@dataclass
class ParsedText:
    """What Telegram stores for a message: the visible text and its entities (UTF-16 offsets)."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _OpenTag:
    name: str
    entity: dict[str, Any] | None
    start: int  # UTF-16 offset in the output text


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


class _Parser:
    """A single left-to-right pass over the markup, like Telegram's own parser."""

    def __init__(self, html: str) -> None:
        self.html = html
        self.pos = 0
        self.out: list[str] = []
        self.out_len = 0
        self.stack: list[_OpenTag] = []
        self.entities: list[dict[str, Any]] = []

    def byte_offset(self, index: int) -> int:
        return len(self.html[:index].encode("utf-8"))

    def emit(self, text: str) -> None:
        self.out.append(text)
        self.out_len += utf16_len(text)

    def parse(self) -> ParsedText:
        while self.pos < len(self.html):
            char = self.html[self.pos]
            if char == "<":
                self.read_tag()
            elif char == "&":
                self.emit(self.read_entity())
            else:
                end = _next_special(self.html, self.pos)
                self.emit(self.html[self.pos : end])
                self.pos = end
        if self.stack:
            raise HtmlParseError(
                f'Can\'t find end tag corresponding to start tag "{self.stack[-1].name}"'
            )
        return ParsedText("".join(self.out), _sorted(self.entities))

    def read_entity(self) -> str:
        match = _ENTITY_RE.match(self.html, self.pos)
        decoded = _decode_entity(match) if match else None
        if match is None or decoded is None:
            raise HtmlParseError(
                "Character '&' is reserved and must be escaped as &amp; "
                f"at byte offset {self.byte_offset(self.pos)}"
            )
        self.pos = match.end()
        return decoded

    def read_tag(self) -> None:
        if self.html.startswith("</", self.pos):
            self.read_end_tag()
        else:
            self.read_start_tag()

    def read_start_tag(self) -> None:
        tag_pos = self.pos
        name_match = _TAG_NAME_RE.match(self.html, tag_pos + 1)
        assert name_match is not None  # the pattern matches the empty string
        name = name_match.group().lower()
        if name not in _ALLOWED_TAGS:
            raise HtmlParseError(
                f'Unsupported start tag "{name}" at byte offset {self.byte_offset(tag_pos)}'
            )
        self.pos = name_match.end()
        attributes = self.read_attributes(name, tag_pos)
        entity = self.entity_for(name, attributes, tag_pos)
        self.stack.append(_OpenTag(name, entity, self.out_len))

    def read_attributes(self, tag: str, tag_pos: int) -> dict[str, str]:
        attributes: dict[str, str] = {}
        while True:
            while self.pos < len(self.html) and self.html[self.pos].isspace():
                self.pos += 1
            if self.pos >= len(self.html):
                raise HtmlParseError(
                    f"Unclosed start tag at byte offset {self.byte_offset(tag_pos)}"
                )
            if self.html[self.pos] == ">":
                self.pos += 1
                return attributes
            name_match = _ATTR_NAME_RE.match(self.html, self.pos)
            if name_match is None:
                raise HtmlParseError(
                    f'Empty attribute name in the tag "{tag}" '
                    f"at byte offset {self.byte_offset(tag_pos)}"
                )
            self.pos = name_match.end()
            attributes[name_match.group().lower()] = self.read_attribute_value(tag, tag_pos)

    def read_attribute_value(self, tag: str, tag_pos: int) -> str:
        if self.pos >= len(self.html) or self.html[self.pos] != "=":
            return ""  # a bare attribute such as <blockquote expandable>
        self.pos += 1
        if self.pos >= len(self.html):
            raise HtmlParseError(f"Unclosed start tag at byte offset {self.byte_offset(tag_pos)}")
        quote = self.html[self.pos]
        if quote not in "\"'":
            value_match = _UNQUOTED_VALUE_RE.match(self.html, self.pos)
            assert value_match is not None
            self.pos = value_match.end()
            return value_match.group()
        end = self.html.find(quote, self.pos + 1)
        if end < 0:
            raise HtmlParseError(
                f'Unclosed value of an attribute of the tag "{tag}" '
                f"at byte offset {self.byte_offset(tag_pos)}"
            )
        raw = self.html[self.pos + 1 : end]
        self.pos = end + 1
        return _decode_attribute(raw)

    def entity_for(
        self, name: str, attributes: dict[str, str], tag_pos: int
    ) -> dict[str, Any] | None:
        if name in _SIMPLE_TAGS:
            return {"type": _SIMPLE_TAGS[name]}
        if name == "span":
            if attributes.get("class") != "tg-spoiler":
                raise HtmlParseError(
                    f'Tag "span" must have class "tg-spoiler" at byte offset '
                    f"{self.byte_offset(tag_pos)}"
                )
            return {"type": "spoiler"}
        if name == "a":
            href = attributes.get("href", "")
            return {"type": "text_link", "url": href} if href else None
        if name == "blockquote":
            expandable = "expandable" in attributes
            return {"type": "expandable_blockquote" if expandable else "blockquote"}
        if name == "tg-emoji":
            return {"type": "custom_emoji", "custom_emoji_id": attributes.get("emoji-id", "")}
        return self.code_entity(attributes)

    def code_entity(self, attributes: dict[str, str]) -> dict[str, Any] | None:
        """<code class="language-x"> directly inside <pre> sets the block's language instead."""
        language = attributes.get("class", "").removeprefix("language-")
        parent = self.stack[-1] if self.stack else None
        if language and parent and parent.name == "pre" and parent.entity is not None:
            parent.entity["language"] = language
            return None
        return {"type": "code"}

    def read_end_tag(self) -> None:
        tag_pos = self.pos
        end = self.html.find(">", tag_pos)
        if end < 0:
            raise HtmlParseError(f"Unclosed end tag at byte offset {self.byte_offset(tag_pos)}")
        name = self.html[tag_pos + 2 : end].strip().lower()
        if not self.stack:
            raise HtmlParseError(f"Unexpected end tag at byte offset {self.byte_offset(tag_pos)}")
        open_tag = self.stack.pop()
        if open_tag.name != name:
            raise HtmlParseError(
                f"Unmatched end tag at byte offset {self.byte_offset(tag_pos)}, "
                f'expected "</{open_tag.name}>", found "</{name}>"'
            )
        self.pos = end + 1
        length = self.out_len - open_tag.start
        if open_tag.entity is not None and length > 0:
            self.entities.append({**open_tag.entity, "offset": open_tag.start, "length": length})


def _next_special(html: str, start: int) -> int:
    """Index of the next '<' or '&' at or after ``start`` (or the end)."""
    positions = [p for p in (html.find("<", start), html.find("&", start)) if p >= 0]
    return min(positions, default=len(html))


def _decode_entity(match: re.Match[str]) -> str | None:
    hex_code, dec_code, name = match.groups()
    if name is not None:
        return _NAMED_ENTITIES.get(name)
    code = int(hex_code, 16) if hex_code is not None else int(dec_code)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code)


def _decode_attribute(raw: str) -> str:
    """Attribute values may hold entities; a stray '&' there is kept, as Telegram does."""

    def replace(match: re.Match[str]) -> str:
        decoded = _decode_entity(match)
        return match.group() if decoded is None else decoded

    return _ENTITY_RE.sub(replace, raw)


def _sorted(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Telegram's order: by offset, longer (outer) entities first."""
    return sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def parse_html(html: str) -> ParsedText:
    """Parse Telegram HTML into visible text and entities, or raise HtmlParseError."""
    return _Parser(html).parse()


def strip_text(parsed: ParsedText) -> ParsedText:
    """Trim surrounding whitespace as Telegram does, keeping entities on the same characters."""
    stripped_left = parsed.text.lstrip()
    text = stripped_left.rstrip()
    shift = utf16_len(parsed.text) - utf16_len(stripped_left)
    limit = utf16_len(text)
    entities = []
    for entity in parsed.entities:
        start = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, limit)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return ParsedText(text, entities)
