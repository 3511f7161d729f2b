"""Word's automatic numbering, rendered as Word shows it.

A bureau's .docx often numbers its headings (一、 （一） 1.) and lists with Word's own
numbering, so the numbers are in numbering.xml, not in the paragraphs' text: python-docx gives
"重点研发计划" where the page shows "二、重点研发计划". The outline is read from those numbers, so
each numbered paragraph is given its number back, followed by the tab (or space) Word puts
after it — as Word's own "save as plain text" does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

from bot.catalogue.numbers import chinese_numeral


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level is used
    legal: bool = False  # w:isLgl: the levels above shown in Arabic digits
    suffix: str = "\t"
    style: str | None = None  # the paragraph style linked to this level


@dataclass
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # w:lvlOverride/w:startOverride
    levels: dict[int, _Level] = field(default_factory=dict)  # w:lvlOverride/w:lvl


def _val(element: Any, tag: str) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val")) if child is not None else None


def _level(lvl: Any) -> _Level:
    level = _Level()
    level.start = int(_val(lvl, "w:start") or 1)
    level.fmt = _val(lvl, "w:numFmt") or "decimal"
    text = _val(lvl, "w:lvlText")
    level.text = text if text is not None else ""
    restart = _val(lvl, "w:lvlRestart")
    level.restart = int(restart) if restart is not None else None
    legal = lvl.find(qn("w:isLgl"))
    level.legal = legal is not None and legal.get(qn("w:val"), "1") not in ("0", "false")
    level.suffix = {"space": " ", "nothing": ""}.get(_val(lvl, "w:suff") or "tab", "\t")
    level.style = _val(lvl, "w:pStyle")
    return level


_ENCLOSED = {
    "decimalEnclosedCircle": (0x2460, 20), "decimalEnclosedCircleChinese": (0x2460, 20),
    "decimalEnclosedParen": (0x2474, 20), "decimalEnclosedFullstop": (0x2488, 20),
}
_CYCLES = {"ideographTraditional": "甲乙丙丁戊己庚辛壬癸",
           "ideographZodiac": "子丑寅卯辰巳午未申酉戌亥"}
_LEGAL_DIGITS = dict(zip("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾", strict=True))
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    """a … z, then aa … zz, as Word counts on."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """One counter in a numbering format (chineseCounting 3 → 三, decimalEnclosedCircle 3 → ③);
    a format this does not know is shown in Arabic digits, as Word falls back to."""
    if fmt == "none":
        return ""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting",
               "ideographDigital", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return chinese_numeral(n) if n > 0 else "〇"
    if fmt == "chineseLegalSimplified":
        return "".join(_LEGAL_DIGITS.get(ch, ch) for ch in chinese_numeral(n))
    if fmt in _ENCLOSED and 1 <= n <= _ENCLOSED[fmt][1]:
        return chr(_ENCLOSED[fmt][0] + n - 1)
    if fmt in _CYCLES:
        return _CYCLES[fmt][(n - 1) % len(_CYCLES[fmt])]
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperRoman", "lowerRoman"):
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    if fmt in ("upperLetter", "lowerLetter"):
        return _letters(n).upper() if fmt == "upperLetter" else _letters(n)
    return str(n)


class Numbering:
    """The numbering definitions of one document and the counters as its paragraphs are read
    in order: `label(paragraph)` is the number Word shows before it, with its suffix."""

    def __init__(self, document: Any) -> None:
        self.lists: dict[str, dict[int, _Level]] = {}  # each abstract list's levels
        self.nums: dict[str, _Num] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.style_num: dict[str, tuple[str | None, int | None, str | None]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        if root is not None:
            for abstract in root.findall(qn("w:abstractNum")):
                levels = {int(lvl.get(qn("w:ilvl"), "0")): _level(lvl)
                          for lvl in abstract.findall(qn("w:lvl"))}
                self.lists[abstract.get(qn("w:abstractNumId"))] = levels
            for num in root.findall(qn("w:num")):
                entry = _Num(_val(num, "w:abstractNumId") or "")
                for override in num.findall(qn("w:lvlOverride")):
                    ilvl = int(override.get(qn("w:ilvl"), "0"))
                    start = _val(override, "w:startOverride")
                    if start is not None:
                        entry.starts[ilvl] = int(start)
                    lvl = override.find(qn("w:lvl"))
                    if lvl is not None:
                        entry.levels[ilvl] = _level(lvl)
                self.nums[num.get(qn("w:numId"))] = entry
        styles = document.styles.element if self.nums else None
        for style in styles.findall(qn("w:style")) if styles is not None else []:
            ppr = style.find(qn("w:pPr"))
            numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
            level = _val(numpr, "w:ilvl")
            self.style_num[style.get(qn("w:styleId"))] = (
                _val(numpr, "w:numId"), int(level) if level is not None else None,
                _val(style, "w:basedOn"))

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.style_num:
            seen.add(style_id)
            num_id, ilvl, based_on = self.style_num[style_id]
            if num_id is not None:
                return num_id, ilvl
            style_id = based_on
        return None, None

    def label(self, p: Any) -> str:
        """The number Word shows before this paragraph (a w:p element; and advances its
        list's counters), or "" for a paragraph that is not numbered."""
        if not self.nums:
            return ""
        ppr = p.find(qn("w:pPr"))
        style_id = _val(ppr, "w:pStyle")
        numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num_id, ilvl_text = _val(numpr, "w:numId"), _val(numpr, "w:ilvl")
        ilvl = int(ilvl_text) if ilvl_text is not None else None
        if num_id is None:
            num_id, styled = self._style_numbering(style_id)
            ilvl = ilvl if ilvl is not None else styled
        num = self.nums.get(num_id or "")
        if num is None or num_id == "0":
            return ""
        levels = {**self.lists.get(num.abstract, {}), **num.levels}
        if ilvl is None:  # a style linked to a level of the list (标题 2 → its （一） level)
            ilvl = next((k for k, lvl in levels.items() if style_id and lvl.style == style_id), 0)
        level = levels.get(ilvl)
        if level is None:
            return ""
        # a num that restarts its list (startOverride) counts on its own; the others of one
        # abstract list go on from each other
        key = f"num:{num_id}" if num.starts else f"list:{num.abstract}"
        counters = self.counters.setdefault(key, {})
        start = num.starts.get(ilvl, level.start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or ilvl < restart:
                del counters[deeper]  # (a level restarts when one above it goes on)
        text = level.text
        for k in range(9):
            if f"%{k + 1}" in text:
                shown = levels.get(k, _Level())
                value = counters.get(k, num.starts.get(k, shown.start))
                fmt = "decimal" if level.legal and k < ilvl else shown.fmt
                text = text.replace(f"%{k + 1}", format_number(value, fmt))
        return text + level.suffix if text else ""
