"""Numbers as the guidelines (and users) write them: full-width digits, spaces, 万/亿, 五十万.

Everything here is pure so the same rules serve the parser, the search box and the budget prompt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

import opencc

# - 12 -, 第3页 共9页, 3/9, page 3 of 9, 〔第3页〕, [图3/9]: a page's number on a line of its own
PAGE_NUMBER = re.compile(
    r"^(?:[-—–－~·•─━═]+\s*\d{1,4}\s*[-—–－~·•─━═]+"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|[-—–－~·•─━═]+\s*第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?\s*[-—–－~·•─━═]+"
    r"|\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?"
    # (〔第3页〕: a transcript's page of the notebook)
    r"|[〔【\[［]\s*第\s*\d{1,4}\s*页\s*[〕】\]］]"
    # [图3/9]: a post's picture, the next of nine swiped through as pages are turned
    r"|[\[【(（]\s*图\s*\d{1,2}\s*/\s*\d{1,2}\s*[\]】)）])$", re.IGNORECASE)

# The largest amount (万元) read as a grant or typed as a budget: 99.9999亿 is far beyond any
# city's grant, and six digits keep a typed budget inside a button's 64 bytes.
MAX_AMOUNT_WAN = 999_999

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_NUMBER = re.compile(r"[零〇○一二两三四五六七八九十百千]+")
# A space between two digits or between a digit and a unit is conversion junk: "150 万元", "2 年".
# (spaces only: a tab is a table's cell border, 500\t10 is two cells, not 50010)
_SPACED = re.compile(r"(?<=[\d.])[ \u00a0]+(?=[\d.万亿元年个项%倍])|(?<=[:：≤≥<>])[ \u00a0]+(?=\d)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # 2,000,000元


_OCR_ZEROS = re.compile(r"\d[\d〇]*〇[\d〇]*|〇+\d[\d〇]*")
# 壹佰万元: the numerals of cheques and contracts, read as the everyday ones
_FINANCIAL = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")
_FINANCIAL_CHAR = re.compile("[壹贰叁肆伍陆柒捌玖拾佰仟]")


@lru_cache(maxsize=1)
def _traditional() -> tuple[re.Pattern[str], opencc.OpenCC]:
    """The characters OpenCC writes differently in simplified Chinese (後, 項, 萬 …), and the
    converter: built once, on the first text that needs a look."""
    return re.compile(f"[{''.join(traditional_chars())}]"), opencc.OpenCC("t2s")


def build_tables() -> None:
    """Build the tables every parse reads (the traditional characters, OpenCC's converter) now:
    before parsing workers are forked, so they share one build instead of making one each."""
    _traditional()


@lru_cache(maxsize=1)
def traditional_chars() -> dict[str, str]:
    """Each character OpenCC writes differently in simplified Chinese, and how it writes it."""
    chars = [chr(code) for code in range(0x4E00, 0xA000)]
    # one call for the whole block: a line each, so no two characters form a phrase
    simplified = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    return {a: b for a, b in zip(chars, simplified, strict=True) if a != b}


# ㊀关键核心技术攻关项目: circled ideographs number headings as ㈠ does (NFKC would leave a
# bare 一 run into the title)
_CIRCLED_IDEOGRAPHS = {0x3280 + i: f"({n})" for i, n in enumerate("一二三四五六七八九十")}
# (a search runs in C; a translate by a dict does not: asked first)
_CIRCLED_IDEOGRAPH = re.compile("[\u3280-\u3289]")


# The blocks where Chinese text has characters NFKC rewrites: Latin-1's signs, enclosed and
# circled numbers (①, ⑴, ⒈), Kangxi radicals (⼀), the ideographic space, parenthesised and
# enclosed ideographs (㈠), CJK compatibility ideographs and the full-width forms (，１２Ａ).
_FOLDABLE = re.compile("[\u00a0-\u00ff\u2000-\u2bff\u2e80-\u2fdf\u3000-\u33ff"
                       "\uf900-\ufaff\ufe10-\ufe6f\uff00-\uffef]")


# A PDF whose fonts map 高 to the Kangxi radical ⾼ (U+2FBC), 料 to the compatibility form 料
# (U+F9BE), 长 to the simplified radical ⻓ (U+2ED3): characters that look the same, copied out
# of it as the radicals. (NFKC maps the first two blocks; the simplified radicals, by name.)
RADICAL = re.compile("[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufaff]")
_SIMPLIFIED_RADICALS = str.maketrans({
    "\u2ea0": "民", "\u2ec5": "见", "\u2ec9": "贝", "\u2ecb": "车", "\u2ed3": "长", "\u2ed4": "门",
    "\u2ed9": "韦", "\u2eda": "页", "\u2edb": "风", "\u2edc": "飞", "\u2ee2": "马", "\u2ee5": "鱼",
    "\u2ee6": "鸟", "\u2ee9": "黄", "\u2eec": "齐", "\u2eee": "齿", "\u2ef0": "龙"})


def as_ideographs(text: str) -> str:
    """The text with each radical or compatibility form a PDF's font left in it as the
    ideograph a reader sees and would type (⾼新技术股 → 高新技术股)."""
    return RADICAL.sub(lambda m: unicodedata.normalize("NFKC", m[0].translate(
        _SIMPLIFIED_RADICALS)), text)


@lru_cache(maxsize=4096)
def _folded_char(char: str) -> str:
    return unicodedata.normalize("NFKC", char)


def nfkc(text: str) -> str:
    """unicodedata.normalize("NFKC", text), three times as fast on Chinese prose (NFKC costs
    ~140 ns a character, a tenth of a parse): fold only the characters of the blocks above, one
    by one, and keep the result when it is normalised — text compatibility-equivalent to the
    input and normalised is its NFKC form. Otherwise (a combining mark, a character of another
    block) the full normalisation."""
    folded = _FOLDABLE.sub(lambda match: _folded_char(match[0]), text)
    return folded if unicodedata.is_normalized("NFKC", folded) \
        else unicodedata.normalize("NFKC", text)


@lru_cache(maxsize=16384)  # the parser asks again for lines it looked ahead at
def normalise(text: str) -> str:
    """Fold full-width forms (NFKC), traditional characters (a page copied from a site's 繁體
    view: 每項最高不超過20萬元) and spaces inside numbers, for matching only.

    The stored text stays as written; only the extractors look at this form.
    """
    # most lines are already NFKC and hold no cheque numerals: the quick checks run in C and
    # spare the full fold and the per-character translation (a third of a parse, else)
    if "\u3000" in text:  # 1.1　12英寸…: a wide gap between figures parts them (a tab, which
        text = _WIDE_GAP.sub("\t", text)  # the fold keeps and no spaces rule joins across)
    folded = text if unicodedata.is_normalized("NFKC", text) \
        else nfkc(text.translate(_CIRCLED_IDEOGRAPHS)
                  if _CIRCLED_IDEOGRAPH.search(text) else text)
    folded = folded.replace("\u3000", " ")
    if not folded.isascii():
        pattern, converter = _traditional()
        if pattern.search(folded):
            folded = converter.convert(folded)
    if _FINANCIAL_CHAR.search(folded):
        folded = folded.translate(_FINANCIAL)
    if "〇" in folded:  # 资助1〇万元, 3〇〇万元: OCR's 〇 among digits is a 0 (二〇二〇年 stays)
        folded = _OCR_ZEROS.sub(lambda m: m[0].replace("〇", "0"), folded)
    folded = folded.replace("～", "~").replace("—", "-").replace("–", "-").replace("－", "-") \
        .replace("∶", ":")  # 2∶1, the ratio sign
    if " " in folded or "\u00a0" in folded:
        folded = _SPACED.sub("", folded)
    if "人民币" in folded or "RMB" in folded or "CNY" in folded:  # 每项资助不超过人民币伍拾万元:
        # the currency said before the amount
        folded = _CURRENCY.sub("", folded)
    if "¥" in folded:  # ¥600,000 / 单户最高¥200,000: yuan, its sign before the figure
        folded = _YUAN_SIGN.sub(r"\g<amount>元", folded)
    if _REWORDED[0] and WORDING.search(folded):
        folded = WORDING.sub(lambda m: WORDINGS[m[0]], folded)
    return _THOUSANDS.sub("", folded) if "," in folded else folded


_WIDE_GAP = re.compile(r"(?<=\d)\u3000+(?=\d)")
_YUAN_SIGN = re.compile(r"¥\s*(?P<amount>\d[\d,]*(?:\.\d+)?)(?![\d,.]|\s*(?:万|亿|元))")
_CURRENCY = re.compile(r"(?:人民币|(?<![A-Za-z])(?:RMB|CNY)(?![A-Za-z]))\s*"
                       r"(?=[\d一二两三四五六七八九十百千])")
_REWORDED = [False]  # while a translated notice is read (a flag, not a search on every text)


def reading_reworded() -> bool:
    return _REWORDED[0]


@contextmanager
def wordings_read(on: bool) -> Iterator[None]:
    """While it lasts, `normalise` reads a translation's wordings as the guidelines' own words
    (the cache cleared as it starts and ends: the same text folds differently)."""
    if not on:
        yield
        return
    _REWORDED[0] = True
    normalise.cache_clear()
    try:
        yield
    finally:
        _REWORDED[0] = False
        normalise.cache_clear()


# A guideline's words as a translation or a looser hand puts them (a notice run through English
# and back: 预先资助, 必须由企业带头申请, 高科技企业), read as the words guidelines use
WORDINGS = {
    "预先资助": "前资助", "事先资助": "前资助", "事后资助": "后补助", "事后补贴": "后补助",
    "带头申请": "牵头申报", "带头申报": "牵头申报", "作为牵头单位申请": "牵头申报",
    "高科技企业": "高新技术企业", "羚羊企业": "瞪羚企业", "计划支持的项目数量": "拟支持项目数",
    "负责科室": "归口科室", "负责处室": "归口处室", "都可以": "均可", "不得低于": "不低于",
    "申请要求": "申报要求", "申请企业": "申报企业", "申请单位": "申报单位", "必须是": "须为",
    "申请主体": "申报主体", "申请对象": "申报对象", "支持方法": "支持方式",
    "按年度分期拨付": "分年度拨付", "基于里程碑的补贴": "里程碑式补助",
    "基于里程碑的补助": "里程碑式补助",
    "以奖励代替补贴": "以奖代补", "贷款利息补贴": "贷款贴息", "技术型中小企业": "科技型中小企业",
    "研发投资": "研发投入", "未设定执行期限": "不设实施期限", "支持的数量不受限制": "支持数量不限",
    "无限制": "不限",
}
WORDING = re.compile("|".join(sorted(map(re.escape, WORDINGS), key=len, reverse=True)))
# the ones only a translation writes (a bureau may well write 申请单位 or 必须是 itself)
TRANSLATED = re.compile("预先资助|带头申|高科技企业|羚羊企业|计划支持的项目数量|基于里程碑的"
                        "|以奖励代替补贴|技术型中小企业|支持方法|未设定执行期限|支持的数量不受限制"
                        "|贷款利息补贴")


def chinese_to_int(word: str) -> int | None:
    """五十 → 50, 一百二十 → 120, 一百零五 → 105, 两千五 → 2500; None when it is not a
    well-formed numeral: 五千千千, 一百千, 五五十, 零十 are no numbers, whatever they add up to."""
    if not word or not _CN_NUMBER.fullmatch(word):
        return None
    if all(ch in _DIGITS for ch in word):  # 二〇二五 read digit by digit
        return int("".join(str(_DIGITS[ch]) for ch in word))
    total, digit, last_unit, zero = 0, None, 10_000, False
    for ch in word:
        if ch in _UNITS:
            unit = _UNITS[ch]
            if unit >= last_unit or (digit is None and (total or zero)):
                return None  # units only fall (千 > 百 > 十), each after its digit but a first 十
            total += (1 if digit is None else digit) * unit
            last_unit, digit, zero = unit, None, False
        elif _DIGITS[ch] == 0:
            if zero or digit is not None or not total:
                return None  # 零 stands for places skipped: after a unit, once
            zero = True
        elif digit is not None:
            return None  # two digits in a row inside a numeral with units
        else:
            digit = _DIGITS[ch]
    if digit is None:
        return None if zero else total
    return total + (digit if zero else digit * (last_unit // 10))  # 一百零五; 一百五 = 150


def chinese_decimal(word: str) -> float | None:
    """一点五 → 1.5, 十点零五 → 10.05: a decimal in words (None for anything else)."""
    whole, dot, decimals = word.partition("点")
    integer = chinese_to_int(whole) if dot and decimals else None
    if integer is None or not all(ch in _DIGITS for ch in decimals):
        return None
    return float(f"{integer}." + "".join(str(_DIGITS[ch]) for ch in decimals))


_NUMERAL_DIGITS = "零一二三四五六七八九十"


# ≥500, ＞30, ≤40: a bound set as a symbol before its figure (an application system's, a table's)
AT_LEAST = "≥≧>＞"
AT_MOST = "≤≦<＜"


def bound_in_words(symbol: str) -> str:
    """≥ → 不低于, ≤ → 不超过: a bound's symbol as a guideline says it."""
    return "不低于" if symbol in AT_LEAST else "不超过"


def clock_seconds(stamp: str) -> int:
    """01:08:15 → 4095, 10:02 → 602: a time on a clock or a recording, to put times of either
    form in order."""
    total = 0
    for part in stamp.split(":"):
        total = total * 60 + int(part)
    return total


def chinese_numeral(n: int) -> str:
    """12 → 十二, 20 → 二十, 7 → 七: a list's number as the numerals draw it (1–99)."""
    if n <= 10:
        return _NUMERAL_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _NUMERAL_DIGITS[tens]) + "十" + (
        _NUMERAL_DIGITS[ones] if ones else "")


# 二〇二〇年七月至二〇二二年六月: a date in numerals, the way a formal notice writes it
_CN_DATE = re.compile(r"([〇○零一二三四五六七八九]{4})\s*年(?:\s*([一二三四五六七八九十]{1,3})\s*月"
                      r"(?:\s*([一二三四五六七八九十]{1,3})\s*日)?)?")


def numeral_dates(text: str) -> str:
    """Dates written in numerals in figures (二〇二二年十二月 → 2022年12月), for the date readers;
    a year alone (二〇二〇年) too, but never a count of years (两年, 三年)."""
    if "年" not in text:
        return text

    def figures(match: re.Match[str]) -> str:
        year = chinese_to_int(match[1])
        month = chinese_to_int(match[2]) if match[2] else None
        day = chinese_to_int(match[3]) if match[3] else None
        if year is None or not 1900 <= year <= 2100 \
                or (month is not None and not 1 <= month <= 12) \
                or (day is not None and not 1 <= day <= 31):
            return match[0]
        return f"{year}年" + (f"{month}月" if month else "") + (f"{day}日" if day else "")
    return _CN_DATE.sub(figures, text)



# 1.海洋生物医用材料开发（HD26-01） / 2、… opening a paragraph or printed line of a table cell:
# a direction the cell lists (a Word row's, a ruled PDF row's, and the rows read for them)
LISTED_OPENING = re.compile(r"^\s*\d{1,2}\s*[.、．]\s*[\u4e00-\u9fffA-Za-z]")
# 1.… / （1）… / ①…: a direction one cell of a row lists among others, by its number
# (①, （1）: a mark, no number a title is written with)
LISTED_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]|(?P<mark>[(（]\s*\d{1,2}\s*[)）]|[①-⑳]"
                         # (3-1 装配式…（RY26-SN03-1）: a sub-direction by its row's number)
                         r"|\d{1,2}-\d{1,2}(?=[ \u3000])))"
                         r"\s*[\u4e00-\u9fffA-Za-z]")


# ◆方向1　… / 专题二：… and 一、… / （一）… / 1．… opening a paragraph of a form's value cell
_HEADED = re.compile(r"^\s*[◆◇■●▶►▸★]?\s*(?:子方向|方向|专题|课题|任务|项目|计划)\s*"
                     r"[\d一二三四五六七八九十]{1,3}\s*[\s\u3000:：、.．]")
OUTLINED = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]"
                       r"|\d{1,2}\s*[．.、](?!\d))")
MIN_HELD_NOTICE = 12  # paragraphs of a cell holding a notice whole


def holds_outline(paragraphs: list[str]) -> bool:
    """Whether a label's value cell holds headings among its paragraphs (正文 | 本计划项目须由
    企业牵头… ⏎ ◆方向1　…（编号：…） ⏎ …, an exhibition board's text; 办理结果 | 王女士：… ⏎
    一、… ⏎ （一）… ⏎ 1.…, a hotline reply holding a whole notice, its outline numbered): its
    paragraphs are read as the body's are, each on its own line."""
    return sum(1 for p in paragraphs if _HEADED.match(p)) >= 2 or (
        len(paragraphs) >= MIN_HELD_NOTICE
        and sum(1 for p in paragraphs if OUTLINED.match(p)) >= MIN_HELD_NOTICE // 3)


def opens_next_item(above: list[str], cells: list[str]) -> bool:
    """Whether a table row whose first cells are blank (merged cells written once above) opens
    the next numbered item of the column the row above numbers its own (| | 2.水产品… under
    | | 1.海参…): a row of its own, not the row above carried on."""
    at = next((i for i, cell in enumerate(cells) if cell.strip()), None)
    return at is not None and at < len(above) and bool(LISTED_OPENING.match(cells[at])) \
        and bool(LISTED_OPENING.match(above[at]))

_AMOUNT = re.compile(
    r"(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*(?P<unit>亿元|亿|万元|万|千元|元|w|W)?"
)


def amount_to_wan(number: str, unit: str | None) -> float | None:
    """Convert a number and its unit to 万元 (the catalogue's unit); None if not a number."""
    value: float | None
    if re.fullmatch(r"\d+(?:\.\d+)?", number):
        value = float(number)
    else:
        parsed = chinese_to_int(number)
        value = float(parsed) if parsed is not None else None
    if value is None:
        return None
    unit = unit or "万"
    if unit.startswith("亿"):
        return round(value * 10000, 6)
    if unit in ("元",):
        return round(value / 10000, 6)
    if unit == "千元":
        return round(value / 10, 6)
    return value


# English amounts, as the English prompts suggest them: 500k, 1.5m, 2 million, 300000 yuan.
_EN_AMOUNT = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>k|m|mn|million|thousand|yuan|rmb|cny)?"
    r"(?:\s*(?:yuan|rmb|cny|元))?", re.IGNORECASE)
_EN_SCALE = {"k": 0.1, "thousand": 0.1, "m": 100, "mn": 100, "million": 100, "yuan": 0.0001,
             "rmb": 0.0001, "cny": 0.0001}


def parse_amount_wan(text: str) -> float | None:
    """A typed amount such as "50万", "五十万", "0.5亿", "30" (万 assumed), or in English
    "500k", "1.5m", "2 million", "300000 yuan" → 万元."""
    typed = normalise(text).strip()
    match = _AMOUNT.fullmatch(typed)
    if match:
        return amount_to_wan(match["num"], match["unit"])
    english = _EN_AMOUNT.fullmatch(typed)
    if english is None or english["unit"] is None:
        return None
    return round(float(english["num"]) * _EN_SCALE[english["unit"].lower()], 6)


def clean_number(value: float | None) -> float | int | None:
    """150.0 → 150 for display and JSON; keeps real fractions."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 4)
