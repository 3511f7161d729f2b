"""Propose application-window stages from a bureau's notice (通知) text.

Application windows are not in the guideline texts; bureaus state them in a separate notice. Staff
paste that notice and the bot proposes the dated stages for them to confirm, so this module only
*proposes*: it is pure (text in, values out) and conservative — a date it cannot place as a
deadline is left out rather than guessed.

Rules (documented here because tests and staff both rely on them):

* **What counts as a stage.** A date followed by 前/之前/以前/止/为止/截止 ("6月20日18:00前"), a
  date after 截止/截至/最迟/不晚于 or after "X时间/日期为" ("电子申报材料截止时间为…"), or a range
  "A至B" ("2022年12月20日至2023年2月3日"), in a sentence that talks about applying (申报, 受理,
  提交, 报送, 补正, 推荐, 填报, 上传, 截止 …).
* **What is ignored.** The issue date (a line holding only a date, optionally after the signing
  bureau's name, e.g. "二〇一三年三月十九日"); dates whose clause (or the text before them in the
  sentence) is about 公示/异议 (publicity of approved projects), project periods (实施期, 执行期),
  eligibility (注册, 成立) or as-of facts (营业收入, 研发投入); dates inside 《…》 and 〔…〕
  (document titles and numbers, e.g. 〔2022〕72号, 2021-2023年); bare dates without a deadline
  marker (past events such as "我局于2025年5月10日印发"); any deadline before the issue date.
* **Times.** An explicit time wins ("18:00", "18时", "下午6点" → 18:00, "下午5点半" → 17:30,
  "24:00"/"24时" → 23:59:59). "中午"/"中午前" → 12:00; "下班前" → 17:30 (the bureaus' office hours
  end at 17:30). No time → the end of that day, 23:59:59, for a deadline, and 00:00 for the start of
  a range. Everything is in `tz` (Asia/Shanghai, +08:00).
* **Year of a year-less date ("5月20日前").** The end of a range takes its start's year (next year
  if it would end before it starts). Otherwise the nearest earlier dated year in the same sentence;
  else the notice's issue date; else the first full date in the notice; else the year of its
  document number 〔2022〕 or title ("2025年度"); else `today`. When the reference is a full date
  (issue date, sentence date, first date, today) a date more than 31 days before it rolls into the
  next year: a notice issued on 2023-12-08 asking for materials "1月15日前" means 2024-01-15.
* **Labels** come from the sentence, never invented: "X截止时间为…" → "X截止"; "X时间：…" → "X";
  a short numbered heading on the same line ("（三）纸质材料报送。") when the line has one stage;
  else the verb phrase after the date ("前完成网上申报" → "网上申报"). Only when nothing usable is
  left does a stage fall back to "截止" (deadline) or "申报" (range).
* **Duplicates.** Two stages with the same start and end (a summary repeating a deadline) are one
  stage; the first mention wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import AwareDatetime, BaseModel, ConfigDict

from bot.catalogue.models import Stage
from bot.catalogue.numbers import chinese_to_int, normalise

WindowKind = Literal["dated", "rolling", "later", "unknown"]

END_OF_DAY = time(23, 59, 59)
NOON = time(12, 0)
OFFICE_CLOSE = time(17, 30)  # "下班前": Chinese government offices close at 17:30
ROLLOVER_DAYS = 31  # a year-less date this far before the reference date means next year

_CN_DIGIT = "〇○零一二两三四五六七八九"
_NUM = rf"(?:\d{{1,2}}|[{_CN_DIGIT}十]{{1,3}})"
_YEAR = rf"(?:\d{{4}}|[{_CN_DIGIT}]{{4}})"
_DATE = re.compile(
    rf"(?:(?P<y>{_YEAR})\s*年\s*)?(?<!\d)(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*[日号]"
)
_PARTIAL_DATE = re.compile(
    rf"(?:(?:(?P<y>{_YEAR})\s*年\s*)?(?P<m>{_NUM})\s*月\s*)?(?P<d>{_NUM})\s*[日号]"
)
_WEEKDAY = re.compile(r"\s*\((?:(?:星期|周|礼拜)[一二三四五六日天]|含(?:当日|当天)?)\)")
_CLOCK = re.compile(
    r"\s*(?P<ampm>上午|下午|中午|晚上|早上|傍晚)?\s*"
    rf"(?:(?P<h>\d{{1,2}}|[{_CN_DIGIT}十]{{1,3}})\s*"
    rf"(?::\s*(?P<mm>\d{{2}})|[时点](?:\s*(?P<mm2>\d{{1,2}}|[{_CN_DIGIT}十]{{1,3}})\s*分|(?P<half>半)|整)?))"
)
_NOON_WORD = re.compile(r"\s*中午")
_OFFICE_WORD = re.compile(r"\s*下班(?:时间)?")
_CONNECTOR = re.compile(r"\s*(?:起|开始)?\s*,?\s*(?:至|到|-|~)\s*")
_END_MARKER = re.compile(r"\s*(?:之前|以前|前|为止|止|截止)")
_PREFIX_MARKER = re.compile(r"(?:截止|截至|最迟|不晚于)[^,;。]{0,8}$")
_LABEL_BEFORE = re.compile(
    r"(?P<x>[^\W_]{1,24}?)"
    r"(?:(?P<cut>截止|截至)(?:时间|日期)?|(?P<when>时间|日期|期限))?"
    r"(?:为|是|到|至)?(?P<colon>:)?\s*(?:自|从|于|在)?\s*$"
)
_HEADING = re.compile(r"\s*(?P<h>[^,。:;()\s\d]{2,12})[。:]")  # no digits: never a date
_GENERIC_HEADINGS = re.compile(
    r"^(?:申报|受理)?(?:时间|时间安排|日期|安排|有关事项|申报时间及要求)$"
)
_MASKED = re.compile(r"《[^《》]*》|〔[^〔〕]*〕|\[[^\[\]]*\]")
_SENTENCE_END = re.compile(r"(?<=[。；;！!？?])")
_CLAUSE_SPLIT = re.compile(r"[,;。]")
_ISSUE_LINE = re.compile(
    rf"(?:[^\s,。:;]{{2,30}}?(?:局|委员会|厅|办公室|人民政府|科协))?(?P<date>{_DATE.pattern})"
)
_ISSUE_PREFIX = re.compile(r"(?:印发|发文|成文|发布)(?:日期|时间)[:]?\s*$")
_DOC_YEAR = re.compile(r"〔(\d{4})〕|(\d{4})\s*年度|(\d{4})\s*年")

_APPLY_WORDS = re.compile(
    r"申报|受理|提交|报送|补正|补充材料|推荐|填报|上传|报名|征集|接收|送达|寄送|截止"
)
_IGNORE_WORDS = re.compile(
    r"公示|异议|实施期|执行期|实施年限|实施期限|起止年限|研究期限|项目周期|注册|成立|营业收入|"
    r"销售收入|研发投入|研发费用|纳税|印发日期|成文日期|发文日期"
)
_ROLLING = re.compile(
    r"(?:全年|常年|长期)(?:开放)?(?:申报|受理|开放)|随时(?:申报|受理)|滚动(?:申报|受理)"
)
_LATER = re.compile(r"另行(?:通知|公布|发布|公告|告知)|时间待定")

# Subjects, modal verbs and connectives that open a clause but name no step ("请各申报单位于…完成").
_FILLER = re.compile(
    r"申报单位|项目单位|推荐单位|按要求|一次性|务必|必须|有关|相关|本次|此次|单位|统一|及时|按时|"
    r"完成|进行|办理|之前|以前|请|须|需|应|要|并|均|各|将|把|于|在|前|止|的"
)
_LEADING_VIA = re.compile(r"^(?:登录|通过|在|经|使用)[^,]*?(?:系统|平台|网站|网)(?:上|中|内)?")
_CUT = re.compile(r"(?:至|到|给|并|以便|否则|逾期)")
_VERB = re.compile(r"报送|提交|上传|寄送|送达|递交|呈报")
_SINCE = re.compile(r"(?:自|从)[^,]*?起")
_ENUMERATOR = re.compile(
    r"^\s*(?:\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])"
)
_ACTOR = re.compile(r"(?:局|单位|部门|企业|院校|机构|委|办)$")
_LEADING_ACTOR = re.compile(r"^[^,\d]{0,8}?(?:科技局|主管部门|单位|部门|企业|机构)(?=[^,]{2})")
_TRAILING = re.compile(r"(?:请|须|需|应|务必|要|于|在|前)+$")  # "申报材料请于" → 申报材料
_PLACE = re.compile(r"(?:市|县|区|省|自治区|我局|本局)")
_AFTER_STEP = re.compile(r"^[^,]{1,6}后的?")  # "审核后的推荐汇总表" → 推荐汇总表
_QUANTITY = re.compile(r"(?:一式|共)?[\d一二三四五六七八九十]+\s*(?:份|套|本)")


class ProposedStage(BaseModel):
    """A stage read from a notice, with the sentence and line it came from for staff to check."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime
    source: str
    line: int

    def to_stage(self) -> Stage:
        """The catalogue's Stage, once staff accept the proposal."""
        return Stage(label=self.label, starts_at=self.starts_at, ends_at=self.ends_at)


@dataclass(frozen=True)
class DateParts:
    """A date as written: the year may be missing (and, for a range end, the month too)."""

    year: int | None
    month: int | None
    day: int


@dataclass
class _Found:
    """One date (or range) in a sentence, before its year and label are settled."""

    start: int
    end: int
    first: DateParts
    first_time: time | None
    second: DateParts | None = None
    second_time: time | None = None
    end_marker: bool = False
    marker_word: str = ""


@dataclass
class _Reference:
    """What a year-less date is read against."""

    day: date
    rolls: bool  # False when only a year is known (from a document number or title)


def to_number(word: str) -> int | None:
    """'20' → 20, '二十' → 20, '二〇二五' → 2025; None for anything else."""
    word = word.strip()
    if word.isdigit():
        return int(word)
    return chinese_to_int(word)


def parse_time(text: str, pos: int = 0) -> tuple[time | None, int]:
    """Read a time of day at `pos` ("18:00", "下午6点", "中午", "下班"); returns (time, new pos).

    A missing time is (None, pos): the caller decides the default, which differs for the start
    and the end of a range.
    """
    match = _CLOCK.match(text, pos)
    if match:
        hour = to_number(match["h"])
        minute_word = match["mm"] or match["mm2"]
        minute = to_number(minute_word) if minute_word else (30 if match["half"] else 0)
        if hour is not None and minute is not None and hour <= 24 and minute < 60:
            ampm = match["ampm"]
            if ampm in ("下午", "晚上", "傍晚") and hour < 12:
                hour += 12
            if hour == 24 or (hour == 23 and minute == 59):
                return END_OF_DAY, match.end()
            return time(hour, minute), match.end()
    for word, value in ((_NOON_WORD, NOON), (_OFFICE_WORD, OFFICE_CLOSE)):
        match = word.match(text, pos)
        if match:
            return value, match.end()
    return None, pos


def parse_date_parts(match: re.Match[str]) -> DateParts | None:
    """Numbers of a _DATE/_PARTIAL_DATE match; None if month or day is out of range."""
    groups = match.groupdict()
    year = to_number(groups["y"]) if groups.get("y") else None
    month = to_number(groups["m"]) if groups.get("m") else None
    day = to_number(match["d"])
    if day is None or not 1 <= day <= 31 or (month is not None and not 1 <= month <= 12):
        return None
    if year is not None and not 1990 <= year <= 2100:
        return None
    return DateParts(year, month, day)


def resolve_year(parts: DateParts, reference: _Reference) -> date | None:
    """Give a year-less date the reference's year, rolling into the next year when it would land
    more than ROLLOVER_DAYS before a known reference day (a December notice naming "1月15日")."""
    month = parts.month or reference.day.month
    if parts.year is not None:
        return _safe_date(parts.year, month, parts.day)
    candidate = _safe_date(reference.day.year, month, parts.day)
    if candidate and reference.rolls and candidate < reference.day - timedelta(days=ROLLOVER_DAYS):
        candidate = _safe_date(reference.day.year + 1, month, parts.day)
    return candidate


def _safe_date(year: int, month: int, day: int) -> date | None:
    """date() that says None for 2月30日 instead of raising."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _mask(text: str) -> str:
    """Blank out 《titles》 and 〔numbers〕 (same length) so dates inside them are never read."""
    return _MASKED.sub(lambda m: "#" * len(m.group()), text)


def _scan(norm: str) -> list[_Found]:
    """Every date or date range in a normalised sentence, with its time and deadline marker."""
    masked = _mask(norm)
    found: list[_Found] = []
    pos = 0
    while match := _DATE.search(masked, pos):
        parts = parse_date_parts(match)
        if parts is None:
            pos = match.end()
            continue
        cursor = _skip_weekday(masked, match.end())
        first_time, cursor = parse_time(masked, cursor)
        cursor = _skip_weekday(masked, cursor)
        item = _Found(match.start(), cursor, parts, first_time)
        connector = _CONNECTOR.match(masked, cursor)
        second = _PARTIAL_DATE.match(masked, connector.end()) if connector else None
        second_parts = parse_date_parts(second) if second else None
        if second and second_parts:
            cursor = _skip_weekday(masked, second.end())
            item.second, cursor = second_parts, cursor
            item.second_time, cursor = parse_time(masked, cursor)
            cursor = _skip_weekday(masked, cursor)
        marker = _END_MARKER.match(masked, cursor)
        if marker:
            item.end_marker, item.marker_word, cursor = True, marker.group().strip(), marker.end()
        item.end = cursor
        found.append(item)
        pos = cursor
    return found


def _skip_weekday(text: str, pos: int) -> int:
    """Step over "（星期五）" after a date."""
    match = _WEEKDAY.match(text, pos)
    return match.end() if match else pos


def _clause_around(norm: str, start: int, end: int) -> str:
    """The comma-clause holding a date, plus the next clause when the date's own is almost bare
    ("2025年7月1日至7月7日，对拟立项项目进行公示")."""
    left = max(norm.rfind(ch, 0, start) for ch in ",;。") + 1
    right_candidates = [i for i in (norm.find(ch, end) for ch in ",;。") if i != -1]
    right = min(right_candidates) if right_candidates else len(norm)
    clause = norm[left:right]
    rest = norm[left:start] + norm[end:right]
    if len(re.findall(r"[\u4e00-\u9fff]", rest)) < 4 and right < len(norm):
        following = _CLAUSE_SPLIT.split(norm[right + 1 :], maxsplit=1)[0]
        clause += "," + following
    return clause


def clean_label(text: str) -> str:
    """Trim a phrase to a short label: no parentheses, quantities, subjects or trailing 时间."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", text)
    text = text.replace("《", "").replace("》", "").replace('"', "").replace("“", "")
    text = text.replace("”", "")
    text = _ENUMERATOR.sub("", text)
    text = _AFTER_STEP.sub("", _SINCE.sub("", _QUANTITY.sub("", text))).strip(" ,:;。、")
    for _ in range(2):
        text = _LEADING_VIA.sub("", text)
        text = _strip_fillers(text)
        text = _LEADING_VIA.sub("", text)
        text = _strip_fillers(text)
        verb = _VERB.search(text)
        if verb and (verb.start() > 0 or _PLACE.match(text, verb.end())):
            # "X报送至…" and "送达市科技局" end at the verb; "提交X" keeps its object
            text = text[: verb.end()]
        cut = _CUT.search(text)
        if cut and cut.start() > 0:
            text = text[: cut.start()]
    text = re.sub(r"(?:时间|日期|期限)$", "", text)
    return text.strip(" ,:;。、")


def _strip_fillers(text: str) -> str:
    """Drop leading subject and modal words ("请各申报单位于…") and trailing connectives."""
    text = text.strip(" ,:;。、")
    while True:
        match = _FILLER.match(text) or _LEADING_ACTOR.match(text)
        if match and _VERB.search(match.group()):  # "推荐表报送市科技局" is not an actor
            match = None
        if not match or len(text) <= match.end():
            break
        text = text[match.end() :].strip(" ,:;。、")
    match = _TRAILING.search(text)
    return text[: match.start()] if match and match.start() > 0 else text


def label_before(prefix: str) -> str | None:
    """Label from "X截止时间为" / "X时间：" / "X：" right before a date; None if not that shape."""
    tail = re.split(r"[,;。、()]", _SINCE.sub("", re.sub(r"\([^)]*\)", "", prefix)))[-1]
    tail = _ENUMERATOR.sub("", tail)
    match = _LABEL_BEFORE.search(tail)
    if not match or not (match["cut"] or match["when"] or match["colon"]):
        return None
    label = clean_label(match["x"])
    if match["cut"] == "截止":
        label = f"{label}截止" if label and label != "截止" else "截止"
    if not label or _GENERIC_HEADINGS.match(label):
        return None
    return label


def label_after(suffix: str) -> str | None:
    """Label from the verb phrase after a deadline.

    "前将纸质申报书一式5份报送至…" → "纸质申报书报送"; None when no two-character phrase is left.
    """
    for piece in re.split(r"[,;:。]", suffix):
        label = clean_label(piece)
        if label and len(re.findall(r"[\u4e00-\u9fff]", label)) >= 2:
            return label[:20]
    return None


def heading_of(line: str) -> str | None:
    """A short numbered heading opening the line ("（三）纸质材料报送。"), unless it is generic."""
    numbered = _ENUMERATOR.match(line)
    match = _HEADING.match(line, numbered.end()) if numbered else None
    if not match or _GENERIC_HEADINGS.match(match["h"]):
        return None
    return match["h"]


def find_issue_date(lines: list[str]) -> date | None:
    """The notice's own date: the last line that is only a date (maybe after the bureau's name),
    or one introduced by 印发日期/发布时间."""
    issued: date | None = None
    for raw in lines:
        norm = re.sub(r"\s+", "", normalise(raw))
        match = _ISSUE_LINE.fullmatch(norm)
        if not match:
            inline = next(iter(_DATE.finditer(norm)), None)
            if inline and _ISSUE_PREFIX.search(norm[: inline.start()]):
                match = inline
        if match:
            parts = parse_date_parts(match)
            if parts and parts.year and parts.month:
                issued = _safe_date(parts.year, parts.month, parts.day) or issued
    return issued


def _document_reference(text: str, issued: date | None, today: date | None) -> _Reference:
    """What year-less dates are read against when their sentence has no year of its own."""
    if issued:
        return _Reference(issued, rolls=True)
    for match in _DATE.finditer(_mask(normalise(text))):
        parts = parse_date_parts(match)
        if parts and parts.year and parts.month:
            full = _safe_date(parts.year, parts.month, parts.day)
            if full:
                return _Reference(full, rolls=True)
    doc_year = _DOC_YEAR.search(normalise(text))
    if doc_year:
        year = int(next(g for g in doc_year.groups() if g))
        return _Reference(date(year, 1, 1), rolls=False)
    return _Reference(today or date.today(), rolls=True)


def _is_issue_line(raw: str) -> bool:
    """A line holding only a date (maybe after the bureau's name) is the signature, not a stage."""
    return bool(_ISSUE_LINE.fullmatch(re.sub(r"\s+", "", normalise(raw))))


def extract_stages(
    text: str, *, tz: str = "Asia/Shanghai", today: date | None = None
) -> list[ProposedStage]:
    """Propose the application-window stages a notice states, in document order.

    `today` only matters for a notice with no year anywhere; it defaults to the real date then.
    """
    zone = ZoneInfo(tz)
    lines = text.splitlines()
    issued = find_issue_date(lines)
    doc_ref = _document_reference(text, issued, today)
    stages: list[ProposedStage] = []
    seen: set[tuple[datetime | None, datetime]] = set()
    for number, raw in enumerate(lines, start=1):
        if not raw.strip() or _is_issue_line(raw):
            continue
        heading = heading_of(normalise(raw))
        line_stages: list[tuple[ProposedStage, bool]] = []
        for sentence in _SENTENCE_END.split(raw):
            if not sentence.strip():
                continue
            for stage, named in _sentence_stages(sentence, number, heading, doc_ref, zone):
                key = (stage.starts_at, stage.ends_at)
                if (issued and stage.ends_at.date() < issued) or key in seen:
                    continue
                seen.add(key)
                line_stages.append((stage, named))
        if heading and len(line_stages) == 1 and not line_stages[0][1]:
            # "（三）纸质材料报送。请于…前将…" — the heading names the line's one step best.
            line_stages = [(line_stages[0][0].model_copy(update={"label": heading}), True)]
        stages.extend(stage for stage, _ in line_stages)
    return stages


def _labelled(sentence: str, heading: str | None) -> list[tuple[_Found, str | None, bool]]:
    """Each kept date in a sentence with its label (None = use the fallback) and whether the
    label was named right before the date ("X截止时间为"), which a line heading must not replace."""
    norm = normalise(sentence.strip())
    found = _scan(norm)
    result: list[tuple[_Found, str | None, bool]] = []
    for index, item in enumerate(found):
        seg_start = found[index - 1].end if index else 0
        seg_end = found[index + 1].start if index + 1 < len(found) else len(norm)
        prefix, suffix = norm[seg_start : item.start], norm[item.end : seg_end]
        if not _is_stage(norm, item, prefix, suffix, heading):
            continue
        label = label_before(prefix)
        if label is not None:
            result.append((item, label, True))
            continue
        subject = label_after(re.split(r"[,;]", prefix)[-1])
        label = label_after(suffix)
        if label and len(label) <= 2 and subject and not _ACTOR.search(subject):
            label = subject + label  # "纸质材料于…前报送" → 纸质材料报送
        label = label or subject
        if label and item.marker_word == "截止" and not label.endswith("截止"):
            label += "截止"  # "网上申报于…截止" → 网上申报截止
        result.append((item, label, False))
    return result


def _is_stage(norm: str, item: _Found, prefix: str, suffix: str, heading: str | None) -> bool:
    """A deadline or range about applying, and not a publicity period, project period or fact."""
    deadline = (
        item.second is not None
        or item.end_marker
        or bool(_PREFIX_MARKER.search(prefix))
        or label_before(prefix) is not None
    )
    if not deadline:
        return False
    scope = _clause_around(norm, item.start, item.end)
    sentence_start = norm[: item.start]
    if _IGNORE_WORDS.search(scope) or re.search(r"公示|异议", sentence_start):
        return False
    return bool(_APPLY_WORDS.search(prefix + suffix + (heading or "")))


def _sentence_stages(
    sentence: str, line: int, heading: str | None, doc_ref: _Reference, zone: ZoneInfo
) -> list[tuple[ProposedStage, bool]]:
    """The stages one sentence states, with years settled and times defaulted; the flag says
    whether the label was named right before the date."""
    result: list[tuple[ProposedStage, bool]] = []
    sentence_ref = doc_ref
    for item, label, named in _labelled(sentence, heading):
        first = resolve_year(item.first, sentence_ref)
        if first is None:
            continue
        if item.first.year is not None:
            sentence_ref = _Reference(first, rolls=True)
        starts_at: datetime | None = None
        if item.second is not None:
            second_parts = DateParts(
                item.second.year, item.second.month or first.month, item.second.day
            )
            last = resolve_year(second_parts, _Reference(first, rolls=False))
            if last is None:
                continue
            if last < first and second_parts.year is None:
                last = _safe_date(last.year + 1, last.month, last.day) or last
            if item.second.year is not None:
                sentence_ref = _Reference(last, rolls=True)
            starts_at = datetime.combine(first, item.first_time or time(0, 0), zone)
            ends_at = datetime.combine(last, item.second_time or END_OF_DAY, zone)
        else:
            ends_at = datetime.combine(first, item.first_time or END_OF_DAY, zone)
        if starts_at and starts_at > ends_at:
            continue
        fallback = "申报" if item.second is not None else "截止"
        result.append(
            (
                ProposedStage(
                    label=label or fallback,
                    starts_at=starts_at,
                    ends_at=ends_at,
                    source=sentence.strip(),
                    line=line,
                ),
                named,
            )
        )
    return result


def window_kind(text: str) -> WindowKind:
    """Rolling ("全年开放申报，集中受理", batches), dated stages, "另行通知", or unknown.

    Rolling wins over dated because a rolling notice dates only its first batch.
    """
    norm = normalise(text)
    if _ROLLING.search(norm):
        return "rolling"
    # Whether any stage exists does not depend on `today` (it only picks a missing year).
    if extract_stages(text, today=date(2000, 1, 1)):
        return "dated"
    if _LATER.search(norm):
        return "later"
    return "unknown"


def to_json(stages: list[ProposedStage]) -> list[dict[str, Any]]:
    """The stages as the catalogue metadata stores them (ISO 8601 with +08:00)."""
    return [
        {
            "label": stage.label,
            "starts_at": stage.starts_at.isoformat() if stage.starts_at else None,
            "ends_at": stage.ends_at.isoformat(),
        }
        for stage in stages
    ]
