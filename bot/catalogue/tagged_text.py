"""A guideline laid out in InDesign and exported as Tagged Text for proofreading (a policy
booklet's chapter): a header of colour, paragraph and character style definitions, then one
line a paragraph opened by <ParaStyle:…>, character styles around figures and codes
(<CharStyle:加粗数字>100<CharStyle:>), specials written as <0xNNNN> (<0x000A> a forced break,
<0x0007> indent-to-here) and footnotes inline between <FootnoteStart:> and <FootnoteEnd:>.
Read back as the page prints the text, without the definitions and the footnotes; each line
where it was.
"""

from __future__ import annotations

import re

_HEAD = re.compile(r"^\s*<(?:UNICODE|ASCII|ANSI|BIG5|SJIS|GB18030|KSC)-(?:WIN|MAC)>", re.I)
_PARA = re.compile(r"^\s*<(?:ParaStyle|pstyle):[^>]*>", re.I)
_DEFINITION = re.compile(r"^\s*<(?:Version|DefineParaStyle|DefineCharStyle|DefineTableStyle"
                         r"|DefineCellStyle|DefineObjectStyle|ColorTable|FeatureSet)\b", re.I)
_FOOTNOTE = re.compile(r"<FootnoteStart:>.*?<FootnoteEnd:>", re.I)
_SPECIAL = re.compile(r"<0x(?P<code>[0-9A-Fa-f]{4})>")
_TAG = re.compile(r"<[A-Za-z]+:[^<>]*>")
MIN_PARAGRAPHS = 5


def is_tagged_text(raw_lines: list[str]) -> bool:
    """Tagged Text: its encoding tag on the first line, or paragraphs opened by <ParaStyle:…>."""
    head = next((raw for raw in raw_lines if raw.strip()), "")
    paragraphs = sum(1 for raw in raw_lines if _PARA.match(raw))
    return (bool(_HEAD.match(head.lstrip("\ufeff"))) and paragraphs >= 1) \
        or paragraphs >= MIN_PARAGRAPHS


def as_printed(raw_lines: list[str]) -> list[str]:
    """The text as the page prints it, line for line (unchanged when it is no Tagged Text)."""
    if not is_tagged_text(raw_lines):
        return raw_lines
    return [_printed(raw) for raw in raw_lines]


def _printed(line: str) -> str:
    if _HEAD.match(line.lstrip("\ufeff")) or _DEFINITION.match(line):
        return ""
    line = _TAG.sub("", _FOOTNOTE.sub("", line))
    line = _SPECIAL.sub(lambda m: _special(int(m["code"], 16)), line)
    return line.replace("\\<", "<").replace("\\>", ">").strip()


def _special(code: int) -> str:
    """A special character as printed: a forced break or tab a space, a marker (indent-to-here,
    end nested style, a page number's place) nothing, any other the character it names."""
    if code in (0x0A, 0x0D, 0x09, 0x2028, 0x2029):
        return " "
    return "" if code < 0x20 else chr(code)
