"""A guideline read aloud and written down by speech recognition (a 宣讲会's recording): the
speaker lines go, numbers said as words are written in digits where a unit follows them, and
the guideline words the recogniser heard as others that sound the same (你支持 → 拟支持, 前头 →
牵头, 钱资助 → 前资助) are put back. Each line stays where it was.
"""

from __future__ import annotations

import re

from bot.catalogue.numbers import chinese_to_int
from bot.sounds import readings

# 发言人2 00:04:29 / 说话人1 01:02 / Speaker 3 00:12:10: who speaks, and when
_SPEAKER = re.compile(r"^\s*(?:发言人|说话人|讲话人|Speaker|SPEAKER)\s*\d{1,2}\s*[:：]?\s*"
                      r"(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$")
MIN_SPEAKER_LINES = 5

_NUMERAL = "零〇一二两三四五六七八九十百千"
# a number said in words before the unit that makes it a number (not 一体化, 一次性; not the
# 一 of 统一, 同一: 统一一年 is 统一1年, 同一年度 no number)
_SPOKEN = re.compile(rf"(?:(?<=[统唯逐单同])一|(?<![{_NUMERAL}统唯逐单同]))(?P<n>[{_NUMERAL}]+)"
                     r"(?:(?P<half>年半)"
                     r"|(?=万|亿|元|项|年|个月|倍|周岁|岁|家|亩|头|只|人|份|个百分点|小时|台|套|辆))")
_PERCENT = re.compile(rf"百分之(?P<n>[{_NUMERAL}]+)")
_RATIO = re.compile(rf"(?P<a>[{_NUMERAL}]+)比(?P<b>[{_NUMERAL}]+)")
# 第一类，重点研发计划，归口科室是高新技术科。: the office a speaker names with 是
_OFFICE_SAID = re.compile(r"[，,]\s*(?P<label>归口(?:科室|处室)|责任(?:科室|处室))是"
                          r"(?P<office>[^。；;，,]{2,20}?)[。]?\s*$")
# 方向一，奶牛良种…。 / 第二项，企业研发…。: a heading said with a pause after its number
_HEADING_SAID = re.compile(rf"^(?P<head>\s*(?:方向|子方向|课题|项目)[{_NUMERAL}\d]{{1,3}}"
                           rf"|\s*第[{_NUMERAL}\d]{{1,3}}(?:部分|类|项|章))[，,]\s*")

# The guideline's own words, as a recogniser may hear them: each is put back where the same
# sounds were written with other characters (候补助 → 后补助, 波幅 → 拨付)
VOCABULARY = ("拟支持", "牵头", "前资助", "后补助", "以奖代补", "高新技术", "规上", "拨付",
              "贴息", "配套", "自筹", "瞪羚", "揭榜挂帅", "归口")


# …拟支持3项，哦，不好意思念错了， ⏎ 应该是拟支持2项。: the speaker taking a clause back
# (each gap taken whole, each optional word with its own comma: spaces tried every way between
# three optional parts took minutes on a line of long gaps)
_TAKEN_BACK = re.compile(r"(?:[，,]?\s*+(?:哦|啊|呃|嗯|噢))?(?:[，,]?\s*+(?:不好意思|对不起|抱歉))?"
                         r"[，,]?\s*+我?(?:念错了|说错了|读错了|口误了?)[，,。]?\s*")
_RIGHT_ONE = re.compile(r"^\s*(?:应该是|应为|更正为|是)\s*")


def is_transcript(raw_lines: list[str]) -> bool:
    return sum(1 for raw in raw_lines if _SPEAKER.match(raw)) >= MIN_SPEAKER_LINES


def as_written(raw_lines: list[str]) -> list[str]:
    """The transcript's lines as a guideline would write them (other texts unchanged)."""
    if not is_transcript(raw_lines):
        return raw_lines
    return _taken_back(["" if _SPEAKER.match(raw) else _written(raw) for raw in raw_lines])


def _taken_back(lines: list[str]) -> list[str]:
    """Each clause a speaker took back dropped, with the words taking it back; what they said
    instead (应该是…, on the line or the next one said) goes on in its place."""
    lines = list(lines)
    for index, line in enumerate(lines):
        mark = _TAKEN_BACK.search(line)
        if mark is None:
            continue
        before = line[:mark.start()]
        cut = max(before.rfind("，"), before.rfind(","), before.rfind("。"))
        kept = before[:cut + 1] if cut >= 0 else ""
        after = line[mark.end():]
        if after.strip():
            lines[index] = kept + _RIGHT_ONE.sub("", after)
            continue
        lines[index] = kept
        following = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
        if following is not None:
            lines[following] = _RIGHT_ONE.sub("", lines[following])
    return lines


def _written(line: str) -> str:
    return numbers_written(_heard_right(line))


def numbers_written(line: str) -> str:
    """The numbers a speaker said in words written in digits, where a unit or a 百分之 shows
    they are amounts (三十万 → 30万, 两年半 → 2.5年, 一比一 → 1:1), and an office said with 是
    written as its label; a heading said with a pause after its number set apart."""
    line = _PERCENT.sub(lambda m: f"{_digits(m['n'])}%", line)
    line = _RATIO.sub(lambda m: f"{_digits(m['a'])}:{_digits(m['b'])}", line)
    line = _SPOKEN.sub(lambda m: m[0][:m.start("n") - m.start()] + (
        f"{_digits(m['n'])}.5年" if m["half"] else _digits(m["n"])), line)
    line = _OFFICE_SAID.sub(lambda m: f"（{m['label']}：{m['office']}）", line)
    return _HEADING_SAID.sub(lambda m: m["head"] + "\u3000", line, count=1)


def _digits(words: str) -> str:
    number = chinese_to_int(words)
    return str(number) if number is not None else words


def _heard_right(line: str) -> str:
    """The vocabulary's words where the line has their sounds in other characters."""
    sounds: list[str] = []
    for run in re.findall(r"[\u4e00-\u9fff]+|[^\u4e00-\u9fff]", line):
        sounds += readings()(run) if len(run) > 1 or "\u4e00" <= run <= "\u9fff" else [run]
    if len(sounds) != len(line):  # (a reading that is not one per character: leave it)
        return line
    chars = list(line)
    for word in VOCABULARY:
        said = readings()(word)
        size = len(word)
        for start in range(len(chars) - size + 1):
            if sounds[start:start + size] == said and "".join(chars[start:start + size]) != word:
                chars[start:start + size] = list(word)
    return "".join(chars)
