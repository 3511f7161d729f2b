"""Question understanding: a message an owner typed → what it asks (intent), the conditions it
states (constraints) and the topic words left over.

Pure and table-tested: the chat, groups, inline mode, the command line and the bench read a
message through `understand` alone. Each condition reader finds its phrase, records what it
means and blanks the span, so "做完验收再补钱" becomes the funding mode 后补助 and never a search
word, and "研发投入200万" is the asker's R&D spend, never a grant amount. What is left goes to
`bot.topic` as search terms, with question words and filler dropped by the lexicon's stopwords.

Conditions are read the way the catalogue states them (DESIGN.md, the leaf fields):
amount (≥ / ≤ / about / between, in 万元), funding mode, lead rule, the asker's R&D spend,
period, matching, the asker's qualifications (高企, 规上 …), application window, year, city
(with typos such as 贵林 → 桂林, read through pinyin) and sector.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from rapidfuzz.distance import Indel

from bot.catalogue.numbers import MAX_AMOUNT_WAN, chinese_to_int, clean_number, normalise
from bot.lexicon import Lexicon, is_cjk, word_pattern
from bot.sounds import readings
from bot.topic import Near, Topic, read_topic

Intent = Literal["search", "glossary", "deadline", "max_amount", "materials", "eligible"]
AmountOp = Literal["gte", "lte", "about", "between"]
Lead = Literal["enterprise_only", "open"]
WindowWish = Literal["open", "closing"]
Applicant = Literal["enterprise", "university", "institute", "hospital", "other"]
MAX_TEXT = 300

# The funding modes the catalogue states (Leaf.funding_mode holds one or several of these).
MODES = ("前资助", "后补助", "里程碑式补助", "分年拨付", "奖补")
# The asker's own qualifications, as Leaf.qualifications names them.
QUALIFICATIONS = ("高新技术企业", "规上企业", "科技型中小企业", "瞪羚企业",
                  "市级平台", "自治区级平台", "国家级平台")


@dataclass(frozen=True)
class Amount:
    """A grant size the asker wants, in 万元: at least, at most, about, or between two."""

    op: AmountOp
    wan: float
    high_wan: float | None = None

    def as_json(self) -> dict[str, Any]:
        return {"op": self.op, "wan": clean_number(self.wan),
                "high_wan": clean_number(self.high_wan)}


@dataclass(frozen=True)
class Constraints:
    """Conditions a message states; None / empty means "not stated"."""

    city: str | None = None
    sector: str | None = None
    amount: Amount | None = None
    modes: tuple[str, ...] = ()  # any of these funding modes
    lead: Lead | None = None
    rd_spend_wan: float | None = None  # the asker's prior-year R&D spend
    period_max: float | None = None  # years
    matching_required: bool | None = None
    qualifications: tuple[str, ...] = ()  # the asker has these
    lacks: tuple[str, ...] = ()  # the asker said they do not have these
    applicant: Applicant | None = None
    window: WindowWish | None = None
    year: int | None = None

    @property
    def keys(self) -> list[str]:
        """The names of the conditions that are set, in display order."""
        return [key for key in CONSTRAINT_KEYS if _is_set(getattr(self, key))]

    def without(self, key: str) -> Constraints:
        """The same conditions with one dropped (an edit button, a "drop to see N" offer)."""
        empty: object = () if isinstance(getattr(self, key), tuple) else None
        return replace(self, **{key: empty})  # type: ignore[arg-type]

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in CONSTRAINT_KEYS:
            value = getattr(self, key)
            if isinstance(value, Amount):
                value = value.as_json()
            elif isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, float):
                value = clean_number(value)
            out[key] = value
        return out


CONSTRAINT_KEYS = ("city", "sector", "amount", "modes", "lead", "rd_spend_wan", "period_max",
                   "matching_required", "qualifications", "lacks", "applicant", "window", "year")
# The keys that narrow a search (qualifications, lacks and applicant describe the asker).
FILTER_KEYS = ("city", "sector", "amount", "modes", "lead", "rd_spend_wan", "period_max",
               "matching_required", "window", "year")


def _is_set(value: object) -> bool:
    return value is not None and value != ()


@dataclass(frozen=True)
class Understood:
    """A message read: what it asks, under which conditions, about which topic."""

    text: str
    intent: Intent
    constraints: Constraints
    topic: Topic
    term: str | None = None  # the glossary key a glossary question is about
    corrections: dict[str, str] = field(default_factory=dict)  # typed → read as (not topic)
    # a sum of money that cannot be a grant (negative, a malformed numeral, beyond any grant):
    # the message is not searched with a wrong amount, the asker is told
    bad_amount: str | None = None
    # a Chinese city no guideline of the catalogue covers (钦州, Beihai), named without any
    # city the catalogue has: the asker is told there is no guideline for it yet
    unknown_city: str | None = None

    @property
    def has_topic(self) -> bool:
        return bool(self.topic.terms)

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "intent": self.intent, "term": self.term,
                "constraints": self.constraints.as_json(), "topic": list(self.topic.terms),
                "corrections": {**self.corrections, **self.topic.corrections}}


# --------------------------------------------------------------------------- numbers

_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+|半)"
_ZH_UNIT = r"(?:亿元|亿|千万|百万|万元|万块|万|w(?![a-z])|元)"
_EN_UNIT = (r"(?:k(?![a-z])|m(?![a-z])|mn(?![a-z])|million(?:s)?|thousand|"
            r"yuan|rmb|cny)(?:\s*(?:yuan|rmb|cny|元))?")
# 一百多万 (more than a hundred), 两百来万 (about two hundred), 三十几万
MONEY = re.compile(
    rf"(?P<num>{_NUM})\s*(?P<fuzz>多|来|几|余)?\s*(?P<unit>{_ZH_UNIT}|{_EN_UNIT})"
    r"|(?P<half>half a million)"
)
_EN_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
               "seven": "7", "eight": "8", "nine": "9", "ten": "10"}


def money_wan(match: re.Match[str]) -> float | None:
    """A MONEY match in 万元: 50万, 五十万, 0.5亿, 500k yuan, 1.5m RMB, half a million."""
    if match["half"]:
        return 50.0
    number, unit = match["num"], match["unit"].strip()
    if number == "半":
        value = 0.5
    elif re.fullmatch(r"\d+(?:\.\d+)?", number):
        value = float(number)
    else:
        parsed = chinese_to_int(number)
        if parsed is None and len(number) > 2 and _next_digit(number[0], number[1]):
            parsed = chinese_to_int(number[1:])  # 两三百万: two or three hundred, read high
        if parsed is None:
            return None
        value = float(parsed)
    unit = re.sub(r"\s+.*$", "", unit)  # "k yuan" → "k"
    scale = {"亿": 10000, "亿元": 10000, "千万": 1000, "百万": 100, "万": 1, "万元": 1, "万块": 1,
             "w": 1, "元": 0.0001, "k": 0.1, "thousand": 0.1,
             "m": 100, "mn": 100, "million": 100, "millions": 100,
             "yuan": 0.0001, "rmb": 0.0001, "cny": 0.0001}.get(unit)
    return value * scale if scale is not None else None


def _next_digit(first: str, second: str) -> bool:
    digits = "一二三四五六七八九"
    first = "二" if first == "两" else first
    return first in digits and second in digits and digits.index(second) == digits.index(first) + 1


# --------------------------------------------------------------------------- reading


@dataclass
class _Reading:
    """The message as it is consumed: `rest` loses every span a reader took."""

    rest: str
    found: dict[str, Any] = field(default_factory=dict)
    corrections: dict[str, str] = field(default_factory=dict)
    bad_amount: str | None = None
    unknown_city: str | None = None

    def take(self, pattern: re.Pattern[str] | str, flags: int = 0) -> re.Match[str] | None:
        """The first match of `pattern` in what is left, blanked out."""
        match = re.search(pattern, self.rest, flags) if isinstance(pattern, str) \
            else pattern.search(self.rest)
        if match:
            self.rest = self.rest[:match.start()] + " " * (match.end() - match.start()) \
                + self.rest[match.end():]
        return match

    def take_groups(self, pattern: str, *groups: str) -> re.Match[str] | None:
        """The first match of `pattern`, only its named `groups` blanked out: the words between
        them stay to be read (我们是南宁的高企: 南宁 is still the city)."""
        match = re.search(pattern, self.rest)
        if match:
            for name in groups:
                start, end = match.span(name)
                self.rest = self.rest[:start] + " " * (end - start) + self.rest[end:]
        return match

    def take_all(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        found = []
        while (match := self.take(pattern)) is not None:
            found.append(match)
        return found


def understand(text: str, lexicon: Lexicon, *,
               occurs: Callable[[str], bool] | None = None,
               near: Near | None = None) -> Understood:
    """Read a message: intent, constraints and topic.

    `occurs` (whether a string appears in the catalogue) keeps a real word from being taken
    for a typo of a city name; without it every one-sound slip of a city name is corrected.
    `near` corrects a topic fragment's slip against the catalogue's text (see `read_topic`).
    """
    norm = normalise(text)[:MAX_TEXT]
    lowered = norm.lower()
    reading = _Reading(" " + lowered + " ")
    intent, term = _intent_cues(reading, lexicon, occurs)
    for reader in (_read_rd_spend, _read_amount, _read_period, _read_modes, _read_matching,
                   _read_qualifications, _read_applicant, _read_lead, _read_window, _read_year,
                   _read_any_city):
        reader(reading)
    _read_city(reading, lexicon, occurs)
    _read_sector(reading, lexicon)
    asks_what_fits = intent == "search" and _asks_what_fits(reading)
    topic = read_topic(reading.rest, lexicon, occurs, near)
    constraints = Constraints(**reading.found)
    if asks_what_fits and (not topic or (_about_the_asker(constraints)
                                         and not _names_a_product(lowered, topic)
                                         and all(kind in ("fragment", "latin")
                                                 for kind in topic.kinds.values()))):
        intent = "eligible"  # 我们是高企…，这种情况能报哪些: words left over name no topic
        # (only unknown fragments and Latin words no list knows)
    return Understood(text=text, intent=intent, constraints=constraints, topic=topic, term=term,
                      corrections=reading.corrections, bad_amount=reading.bad_amount,
                      unknown_city=reading.unknown_city)


# what the asker makes or does (做无醛人造板的工厂, 生产竹浆的, 搞海产品加工的): a topic even
# beside facts about the firm
# (做研发的, 搞技术的 say what every applicant does, not what it makes)
_MAKES = re.compile(r"(?:做|生产|制造|加工|搞|从事|经营|种|养)"
                    r"(?!(?:研发|科研|研究|技术|开发|项目|生意|企业|公司)的)"
                    r"(?P<what>[^，,。；;！!？?的]{2,16})的")


def _names_a_product(text: str, topic: Topic) -> bool:
    made = " ".join(m["what"] for m in _MAKES.finditer(text))
    typed = {term: term for term in topic.terms} | {v: k for k, v in topic.corrections.items()}
    return any(term in made or typed.get(term, term) in made for term in topic.terms)


def _about_the_asker(c: Constraints) -> bool:
    """The question states facts about the asker's firm (R&D spend, qualifications held or
    lacking, what kind of applicant it is)."""
    return bool(c.rd_spend_wan is not None or c.qualifications or c.lacks or c.applicant)


def with_facets(understood: Understood, *, city: str | None = None, sector: str | None = None,
                budget_wan: float | None = None) -> Understood:
    """Facets given apart from the text (command-line options, guided buttons) win."""
    c = understood.constraints
    changes: dict[str, Any] = {}
    if city:
        changes["city"] = city
    if sector:
        changes["sector"] = sector
    if budget_wan is not None:
        changes["amount"] = Amount("about", budget_wan)
    return replace(understood, constraints=replace(c, **changes)) if changes else understood


# --------------------------------------------------------------------------- intents

_MEANING = re.compile(
    r"什么意思|啥意思|是什么|是啥|什么是|指的?是?(?:什么|啥)|怎么理解|含义|解释一下|定义|怎么认定|如何认定"
    r"|认定条件|算吗|算不算|是说|是不是|什么叫|啥叫|是个啥|是个什么|是干嘛的|"
    # how a named term works is what it means: 里程碑式补助是咋给钱的, 配套怎么算
    r"(?:是)?(?:怎么|咋|如何|怎样)(?:个)?(?:给钱|拨钱|拨款|拨付|发钱|付钱|算|计算|操作|运作|执行|回事|搞)"
    r"|是怎样的|是啥样的|"
    # what a named thing is for is what it means: 创新券是干嘛用的, 后补助有啥用
    r"(?:是)?(?:干嘛|干啥|干什么|做什么|做啥|拿来干嘛|用来干嘛|有什么|有啥)(?:用|用处|用的)|"
    r"what does|what is|what's|whats|meaning|\bmean\b|\bdefine\b|explain|difference between"
    r"|is it different|how (?:does|do|is|are) [^.?!]{0,40}\b(?:work|paid|calculated|counted)\b"
)
_DEADLINE = re.compile(
    r"截止|截至|几号|哪天|申报时间|报名时间|受理时间|还有几天|(?:什么|啥)时候(?:开始)?(?:申报|报名|报|申请|交|受理)"
    r"|deadline|due date|closing date|\bcut-?off\b"
    r"|\bwhen\b[^.?!]{0,40}\b(?:be in|be submitted|be handed in|hand (?:it |them )?in|turn in)\b"
    r"|\bwhen\b[^.?!]{0,40}\b(?:apply|close|closes|due|open|opens"
    r"|submit|applications?)\b"
)
_DEADLINE_CUE = re.compile(
    r"截止|截至|几号|哪天|申报时间|报名时间|受理时间|还有几天|(?:什么|啥)时候|deadline|due date"
    r"|closing date|\bcut-?off\b|\bwhen(?:'s)?\b|\bnext\b"
)
# what a grant does to the asker's money, as a verb (最高能补多少, 最多批多少)
_GRANT_VERB = r"(?:拿|给|资助|补|补助|补贴|奖|奖励|申请|批|拨|支持|报|扶持)"
_MAX_AMOUNT = re.compile(
    rf"(?:最多|最高|顶多|至多)(?:能|可以|可|会)?{_GRANT_VERB}?(?:到|个)?(?:多少|几)"
    r"|上限(?:是)?多少|最大(?:的)?(?:项目|一笔|资助|金额)"
    r"|(?:额度|金额|资助|补助|钱|经费)(?:给得?)?(?:最高|最多|最大)的?(?:是|有)?(?:哪|多少|几)"
    r"|(?:最高|最多|最大)的(?:是)?(?:哪个|哪一个|哪些|哪几个)|顶格|封顶"
    # 最高的资助额度是多少, 最大一笔补助金额有多少: the highest amount named, then how much
    r"|(?:最高|最多|最大)的?(?:一笔|单笔|单项)?(?:资助|补助|补贴|支持|奖补|扶持)?(?:额度|金额|经费|资金|钱)"
    r"(?:是|有|能有|能到|可达)?(?:多少|几)"
    r"|哪(?:个|一个|些)[^,，。？?!！]{0,8}(?:钱|资助|补助|额度|金额)(?:最高|最多|最大)"
    r"|\bcap\b[^.?!]{0,20}\b(?:per|for|on)\b|\bbiggest\b|\blargest\b|\bmax(?:imum)?\b[^.?!]{0,12}\b(?:money|grant|funding|amount|subsidy)"
    r"|(?:money|grant|funding|amount)\s+max\b|\bmost (?:i|we|you) (?:can|could) get"
    # what's the most money one project can get / the most funding a project gets
    r"|\bmost (?:money|funding|cash|support)\b[^.?!]{0,30}\b(?:project|grant|direction|get|gets)\b"
    r"|how much (?:at most|max)|\bhighest (?:grant|funding|amount)"
)
_MATERIALS = re.compile(
    r"(?:准备|提交|交|提供|需要|要|带)(?:哪些|什么|啥|些|哪几样)?(?:申报)?(?:材料|资料|文件|证明材料)"
    r"|(?:准备|提交|交|带|递|报送)(?:些?(?:哪些|什么|啥)|些)东西"
    r"|(?<![新属能合子工池息型])(?:申报)?(?:材料|资料)(?:有哪些|要哪些|清单|包括什么)"
    r"|\b(?:documents?|papers|paperwork)\b|what (?:do|should) (?:i|we) (?:need to )?"
    r"(?:submit|prepare|provide)"
)
_MATERIALS_CUE = re.compile(
    r"(?:准备|提交|交|提供|需要|要|带)?(?:哪些|什么|啥|些|哪几样)?(?:申报)?(?:材料|资料|文件|证明材料)"
    r"(?:有哪些|要哪些|清单|包括什么)?|(?:准备|提交|交|带|递|报送)(?:些?(?:哪些|什么|啥)|些)东西"
    r"|\b(?:documents?|papers|paperwork)\b"
    r"|what (?:do|should) (?:i|we) (?:need to )?(?:submit|prepare|provide)"
)
_WHAT_FITS = re.compile(
    r"(?:能|可以|可|适合)(?:申请|申报|报)(?:哪些|什么|啥|哪个|哪几个)|(?:能|可以)报啥|符合(?:哪些|什么)"
    r"|有(?:哪些|什么)(?:能|可以)(?:申请|申报|报)"
    r"|适合(?:我们|咱们|咱|我|我司|本公司|我们公司|我们企业|我们单位)|(?:对口|适合)的?(?:有|是)?(?:哪些|什么|啥)"
    r"|what (?:can|could) (?:i|we) (?:apply|get|go for|try for|bid for)"
    r"|what (?:should|shall) (?:i|we) apply|what (?:are we|am i) eligible|eligible for"
    r"|qualify for|what fits|which (?:ones|projects|grants) (?:can|could) (?:i|we)"
    # which projects suit us / fit me / are right for us / would match our company
    r"|(?:what|which)(?: \w+)?(?: (?:would|could|might|do|does))? (?:suits?|fits?|matche?s?"
    r"|(?:is|are) (?:right|suitable|good|a (?:good )?(?:fit|match)) for) (?:us|me|our|my)\b"
)


def _intent_cues(reading: _Reading, lexicon: Lexicon,
                 occurs: Callable[[str], bool] | None = None) -> tuple[Intent, str | None]:
    """The question's kind from its cue words (taken out of the topic), and a glossary term."""
    text = reading.rest
    if _MEANING.search(text):
        term = _glossary_term(text, lexicon)
        if term is None and (slip := glossary_slip(text, lexicon, occurs)) is not None:
            typed, name, term = slip  # 接榜挂帅是啥意思: 揭榜挂帅 typed with a same-sound slip
            reading.corrections[typed] = name
            reading.take(re.escape(typed))
        if term is not None:
            reading.take(_MEANING)
            for name in sorted(lexicon.glossary[term], key=len, reverse=True):
                reading.take(word_pattern(name.lower()))
            return "glossary", term
    closing = bool(_WINDOW_CLOSING.search(text))  # 快截止的: a condition, not "when"
    for intent, pattern, cue in (("deadline", _DEADLINE, _DEADLINE_CUE),
                                 ("max_amount", _MAX_AMOUNT, _MAX_AMOUNT),
                                 ("materials", _MATERIALS, _MATERIALS_CUE)):
        if pattern.search(text) and not (intent == "deadline" and closing):
            reading.take_all(cue)  # only the cue words: "for nanning" stays to be read
            return intent, None  # type: ignore[return-value]
    return "search", None


def _glossary_term(text: str, lexicon: Lexicon) -> str | None:
    """The glossary entry named first in the text (its longest name where names overlap)."""
    best: tuple[int, int, str] | None = None
    for key, names in lexicon.glossary.items():
        for name in names:
            match = re.search(word_pattern(name.lower()), text)
            if match and (best is None or (match.start(), -len(name)) < best[:2]):
                best = (match.start(), -len(name), key)
    return best[2] if best else None


def glossary_slip(text: str, lexicon: Lexicon, occurs: Callable[[str], bool] | None = None
                  ) -> tuple[str, str, str] | None:
    """(typed, name, glossary key) for a Chinese glossary name of three or more characters
    typed with one wrong character that sounds the same (接榜挂帅 → 揭榜挂帅, 后补注 → 后补助):
    the slip a pinyin keyboard makes. Text the catalogue has as typed is a real word."""
    for key, names in lexicon.glossary.items():
        for name in sorted(names, key=len, reverse=True):
            if len(name) < 3 or not is_cjk(name):
                continue
            typed = _sound_slip(text, name, lambda window: occurs is not None and occurs(window))
            if typed is not None:
                return typed, name, key
    return None


def _sound_slip(text: str, name: str, real: Callable[[str], bool]) -> str | None:
    """The first stretch of `text` that is the Chinese `name` typed with one wrong character
    of the same sound (贵林 for 桂林), unless `real` says that stretch is a word as typed."""
    size, sound = len(name), readings()(name)
    for start in range(len(text) - size + 1):
        window = text[start:start + size]
        if not is_cjk(window) or window == name:
            continue
        if sum(a != b for a, b in zip(window, name, strict=True)) != 1:
            continue
        if readings()(window) != sound or real(window):
            continue
        return window
    return None


def _asks_what_fits(reading: _Reading) -> bool:
    """"我能申请哪些" / "what can we get" (taken out of the topic); with facts about the asker
    (我们是高企, R&D spend) a plain "能报吗 / can we apply" asks the same."""
    if reading.take_all(_WHAT_FITS):
        return True
    facts = any(key in reading.found for key in ("qualifications", "rd_spend_wan", "applicant"))
    return facts and bool(reading.take_all(re.compile(
        r"能报|能申请|可以申请|可以报|can (?:we|i) apply|apply for")))


# --------------------------------------------------------------------------- conditions

_GTE_BEFORE = (r"(?:至少|最少|起码|不少于|不低于|超过|大于|高于|多于|at least|more than|over|above"
               r"|minimum(?: of)?|no less than|≥|>=|>)")
_GTE_AFTER = r"(?:及以上|以上|起步|起|往上|\+|or more|plus|and up|and above)"
_LTE_BEFORE = (r"(?:不超过|不高于|不到|少于|低于|最多|至多|小于|under|below|less than|up to|at most"
               r"|no more than|max(?:imum)?(?: of)?|within|≤|<=|<)")
_LTE_AFTER = r"(?:以内|以下|之内|内|or less|max|at most|and under|or under)"
_ABOUT = r"(?:左右|上下|大概|大约|约|差不多|around|about|approximately|roughly|~)"
_GAP = r"[^，,。.;；!?！？\d]{0,4}?"
_RD = re.compile(
    r"(?:研发|r\s*&\s*d|\brd\b|research spend)[^。；;!?！？，,]{0,30}?"
    r"(?P<money>" + MONEY.pattern + r")\s*(?:左右|上下)?"
)


def _read_rd_spend(reading: _Reading) -> None:
    """The asker's R&D spend (研发投入200万, R&D spend about 1.5m): never a grant amount."""
    match = reading.take(_RD)
    if match:
        inner = MONEY.search(match["money"])
        value = money_wan(inner) if inner else None
        if value is not None:
            reading.found["rd_spend_wan"] = value


def _read_amount(reading: _Reading) -> None:
    """The grant wanted: ≥ / ≤ / about / between, from the words around a sum of money."""
    money = MONEY.pattern
    between = re.compile(
        rf"(?:between\s*)?(?P<a>{_NUM})\s*(?P<ua>{_ZH_UNIT}|{_EN_UNIT})?\s*(?:到|至|-|~|—|to|and)\s*"
        rf"(?P<m>{money})\s*(?:之间)?")
    match = between.search(reading.rest)
    if match:
        high_match = MONEY.search(match["m"])
        unit = match["ua"] or (high_match["unit"] if high_match else "")
        low_match = MONEY.search(f"{match['a']}{unit}")
        low = money_wan(low_match) if low_match else None
        high = money_wan(high_match) if high_match else None
        if low is not None and high is not None and low < high:
            reading.take(between)
            if _negative(match, "a") or not (_sensible(low) and _sensible(high)):
                reading.bad_amount = ("-" if _negative(match, "a") else "") + match[0].strip()
                return
            reading.found["amount"] = Amount("between", low, high)
            return
    for op, pattern in (
        ("gte", rf"{_GTE_BEFORE}{_GAP}(?P<m>{money})"),
        ("lte", rf"{_LTE_BEFORE}{_GAP}(?P<m>{money})"),
        ("about", rf"{_ABOUT}{_GAP}(?P<m>{money})"),
        ("gte", rf"(?P<m>{money})\s*{_GTE_AFTER}"),
        ("lte", rf"(?P<m>{money})\s*{_LTE_AFTER}"),
        ("about", rf"(?P<m>{money})\s*{_ABOUT}"),
        ("about", rf"(?P<m>{money})"),
    ):
        found = reading.take(pattern)
        if found:
            inner = MONEY.search(found["m"])
            value = money_wan(inner) if inner else None
            if value is None or _negative(found, "m") or not _sensible(value):
                sign = "-" if _negative(found, "m") else ""
                reading.bad_amount = sign + found["m"].strip()
                return
            if op == "about" and inner and inner["fuzz"] in ("多", "余"):
                op = "gte"  # 一百多万: more than a hundred
            reading.found["amount"] = Amount(op, value)  # type: ignore[arg-type]
            return


def _negative(match: re.Match[str], group: str) -> bool:
    """A minus sign just before the number: -50万 is no grant anyone applies for."""
    return match.string[:match.start(group)].rstrip().endswith(("-", "−", "负"))


def _sensible(wan: float) -> bool:
    return 0 < wan <= MAX_AMOUNT_WAN


_YEARS = r"(?P<n>(?<![\d.])[1-5](?![\d.])|[一二两三四五]|\b(?:one|two|three|four|five)\b)"
_PERIOD = [
    re.compile(rf"(?:周期|期限|年限|实施期|执行期|结题|做完|完成|duration|period)[^，,。.;；]{{0,6}}?"
               rf"{_YEARS}\s*(?:个)?(?:年|-?years?|-?yrs?)\s*(?:以内|之内|内|以下)?"
               rf"\s*(?:就)?能?(?:结题|做完|完成)?"),
    re.compile(rf"{_YEARS}\s*(?:个)?(?:年|-?years?|-?yrs?)\s*(?:(?:以内|之内|内|以下|max|or less"
               rf"|at most)"
               rf"\s*(?:就)?能?(?:结题|做完|完成)?|(?:就)?能?(?:结题|做完|完成)|project|programme|program)"),
    re.compile(rf"(?:within|at most|no more than|max(?:imum)?|up to)\s*{_YEARS}\s*(?:years?|yrs?)"),
]


def _read_period(reading: _Reading) -> None:
    """The longest project period the asker accepts (两年内能结题, 2 years max)."""
    for pattern in _PERIOD:
        match = reading.take(pattern)
        if match:
            number = match["n"]
            value = _EN_NUMBERS.get(number) or (
                number if number.isdigit() else str(chinese_to_int(number)))
            reading.found["period_max"] = float(value)
            return


_NOT = r"(?:不想|不要|不用|不愿意?|不希望|不能|don'?t want to|do not want to|can'?t|cannot)"
_MODE_WORDS: list[tuple[str, str]] = [
    ("里程碑式补助", r"里程碑(?:式)?(?:补助|拨付|资助)?|按节点(?:拨付|给钱)?"
                     r"|milestones?(?:[- ]based)?"
                    r"(?: subsid\w*| payments?| funding)?"),
    ("分年拨付", r"分年(?:度)?拨付|分年给|每年拨|(?:yearly|annual) instal\w*"
                 r"|paid (?:in instal\w* )?"
                 r"(?:every|each|per) year"),
    ("奖补", r"奖补|以奖代补|奖励性(?:补助)?"),
    ("后补助", r"事后补助|后补助|(?:做完|干完|完成|验收|结题)[^，,。]{0,6}?(?:再|才|后|以后|之后)?"
               r"(?:补|给|拨|发|报销)(?:钱|款|经费|资金)?|先垫(?:钱|资金|付)?|自己先(?:垫|出钱)|垫钱"
               r"|(?:money|paid|payment|funds?|grant)[^.,;!?]{0,12}after (?:acceptance|completion"
               r"|the project|finishing|it is done)|after acceptance|reimburs\w*"
               r"|post[- ]?subsid\w*"),
    ("前资助", r"事前资助|前资助|先(?:给|发|打)(?:钱|款|经费|资金)|先拨(?:钱|款|付)?|预先拨付"
               r"|提前(?:给|拨)(?:钱|款)"
               r"|立项(?:后|就)(?:给|拨)(?:钱|款)?|up-?front|up front|in advance|pre-?fund\w*"),
]


def _read_modes(reading: _Reading) -> None:
    """Funding modes by name or as said: 先给钱的 → 前资助, 做完再补 → 后补助, 里程碑 …"""
    modes: list[str] = []
    for mode, words in _MODE_WORDS:
        match = reading.take(rf"(?P<neg>{_NOT}[^，,。]{{0,3}}?)?(?:{words})")
        if not match:
            continue
        if match["neg"] and mode == "后补助":
            mode = "前资助"  # 不想先垫钱: paid before the work
        elif match["neg"]:
            continue
        if mode not in modes:
            modes.append(mode)
    if modes:
        reading.found["modes"] = tuple(modes)


_APPLICANTS: list[tuple[Applicant, str]] = [
    ("university", r"高校|大学|学院|课题组|university|uni\b|college"),
    ("hospital", r"医院|医疗机构|卫生院|hospital|clinic"),
    ("institute", r"科研院所|研究所|研究院|院所|institute|research lab"),
    ("other", r"合作社|cooperative|co-?op\b"),
    ("enterprise", r"企业|公司|厂|工厂|company|firm|factory|business|startup"),
]
_ASKER = (r"(?:我们是|我是|我司是?|我们这边是|本单位是|单位是|作为|我们(?=[^，,。]{0,8}的)"
          r"|we are|we're|i am|i'm|as an?|our)")


def _read_applicant(reading: _Reading) -> None:
    """What kind of body is asking (我们是高校的课题组, we are a university)."""
    for kind, words in _APPLICANTS:
        match = reading.take_groups(
            rf"(?P<asker>{_ASKER})[^，,。.;；!?！？]{{0,12}}?(?P<kind>{words})", "asker", "kind")
        if match is None and kind != "enterprise":
            match = reading.take(rf"(?<=的)(?:{words})(?=能|可以|可不可以)")
        if match:
            reading.found["applicant"] = kind
            return
    companies = {"高新技术企业", "规上企业", "科技型中小企业", "瞪羚企业"}
    if companies & set(reading.found.get("qualifications", ())):
        reading.found["applicant"] = "enterprise"


_LEAD_OPEN = re.compile(
    r"不限(?:定|于)?(?:由)?企业(?:牵头)?(?:申报)?|不(?:要求|需要|用|必须|一定要?)(?:由)?企业牵头|非企业(?:单位)?(?:也)?(?:能|可以|可)?牵头"
    r"|对牵头单位不作要求|(?:高校|大学|医院|科研院所|院所|研究所|课题组|事业单位|医疗机构)[^，,。？?]{0,10}?牵头"
    r"|can (?:a|an|the|our)?\s*(?:hospital|university|uni|institute|college|research institute|lab)"
    r"s?\s+lead|(?:hospital|university|institute|college)s?\s+(?:can|may|could)\s+lead"
    r"|non-?enterprise|not (?:need to be |have to be )?led by (?:a |an )?(?:company|enterprise)"
    r"|not limited to (?:companies|enterprises)"
)
_LEAD_SELF = re.compile(r"(?:自己|我们)(?:来)?牵头|can (?:we|i) lead|lead (?:it )?ourselves")
_LEAD_ENTERPRISE = re.compile(
    r"(?:只|仅)?限(?:定)?(?:于)?企业牵头|(?:必须|须|要求|只能|仅限)(?:由)?企业牵头|只(?:限|能)企业"
    r"|enterprise-?led only|only (?:companies|enterprises|firms) (?:can )?lead"
    r"|must be led by (?:a )?(?:company|enterprise)|company-?led only"
)


def _read_lead(reading: _Reading) -> None:
    """Who may lead: not only enterprises (不限企业牵头, can a hospital lead) or only them."""
    if reading.take(_LEAD_OPEN):
        reading.found["lead"] = "open"
    elif reading.found.get("applicant") not in (None, "enterprise") and reading.take(_LEAD_SELF):
        reading.found["lead"] = "open"  # a university that wants to lead itself
    elif reading.take(_LEAD_ENTERPRISE):
        reading.found["lead"] = "enterprise_only"


_NO_MATCHING = re.compile(
    r"不(?:用|要|需要|需|必)[^，,。]{0,6}?(?:配套|自筹|匹配)(?:出钱|资金|经费|的钱)?|无需?(?:配套|自筹)|没有配套"
    r"|免配套|零配套|不用(?:企业)?(?:自己)?(?:出|掏|拿)钱"
    r"|no (?:matching|co-?fund\w*|self-?fund\w*|own (?:money|funds))"
    r"|without (?:matching|co-?fund\w*|self-?fund\w*)"
    r"|don'?t (?:want to )?(?:put up|match|co-?fund)"
)


def _read_matching(reading: _Reading) -> None:
    """"不用配套" / "no matching funds": directions with no self-funding ratio."""
    if reading.take(_NO_MATCHING):
        reading.found["matching_required"] = False


_PLATFORM = r"(?:平台|实验室|中心|基地)"
_PLATFORM_EN = r"(?:[a-z&-]+ ){0,3}(?:lab\w*|platform|cent(?:er|re)s?|base)"
_QUAL_WORDS: list[tuple[str, str]] = [
    ("科技型中小企业", r"科技型中小企业|科小|tech(?:nology)?[- ]based sme|tech sme"),
    ("高新技术企业", r"(?:国家级?)?(?:高新技术企业|高新企业|高企)|国高"
                    r"|(?:national )?high[- ]tech(?: enterprise| company| firm"
                    r"| certificate| certified| status)?"),
    ("规上企业", r"规上企业|规上|规模以上(?:企业)?|above[- ]scale"),
    ("瞪羚企业", r"瞪羚(?:企业)?|gazelle(?: enterprise| company| firm)?"),
    ("国家级平台", rf"国家级[^，,。]{{0,10}}?{_PLATFORM}|national[- ]level {_PLATFORM_EN}"),
    ("自治区级平台", rf"(?:自治区级|省级|区级)[^，,。]{{0,10}}?{_PLATFORM}"
                    r"|(?:provincial|regional|autonomous[- ]region(?:al)?)[- ]level "
                    + _PLATFORM_EN),
    ("市级平台", rf"市级[^，,。]{{0,10}}?{_PLATFORM}|(?:city|municipal)[- ]level {_PLATFORM_EN}"),
]
_HAS = (r"(?:我们是|我是|我司是?|公司是|企业是|单位是|本公司是|我们有|我们建有|建有|已是|已经是"
        r"|有个|有一个|拥有|依托|获批了?|认定了?|评上了?"
        r"|我们(?=[^，,。]{0,8}的)"  # 我们柳州的高新企业
        r"|也是)")
_HAS_EN = (r"(?:we are|we're|we have|our company is|as an?|with an?|we (?:host|run|operate|own)"
           r"|i am|i'm)")
# The asker speaks of themselves somewhere in the message: then a qualification that a clause
# ends on (柳州的瞪羚企业，… / Guilin national high-tech enterprise, …) describes them too.
_SELF = re.compile(r"我们|咱们|咱|我司|本公司|我公司|我厂|(?<![a-z])(?:we|our|us|i)(?![a-z])")
# a clause ends at punctuation, or where it goes on to another thing held (a national
# high-tech enterprise with a national-level lab, 高企并且有市级平台)
_CLAUSE_END = (r"\s*(?:企业|公司|单位|enterprise|company|firm|business)?\s*"
               r"(?=[，,。.;；!?！？]|\s*$|(?:with|and|plus|having|holding)\b|并且|并|且|还有|同时)")
# what a direction does for firms: 支持高企的项目 names the firms it is for, not the asker
_SUPPORTS = r"(?:支持|针对|面向|扶持|培育|认定|申报|评审|\bfor\b|\babout\b|\bon\b)"
_NOT_SELF = rf"{_SUPPORTS}\s*$"
_LACK = r"(?:还不是|不是|(?<!有)没有|尚未|还没有?|not (?:yet )?(?:an? )?|no )"


def _read_qualifications(reading: _Reading) -> None:
    """What the asker says they are or have (我们是高企, a city-level lab, 柳州的瞪羚企业，…
    when they speak of themselves) or are not (还不是高企)."""
    has: list[str] = []
    lacks: list[str] = []
    about_self = bool(_SELF.search(reading.rest)) or "rd_spend_wan" in reading.found
    for name, words in _QUAL_WORDS:
        while True:
            lack = reading.take(rf"{_LACK}\s*(?:{words})")
            if lack:
                lacks.append(name)
                continue
            have = (reading.take_groups(
                rf"(?P<lead>{_HAS})(?:(?!{_SUPPORTS})[^，,。.;；!?！？]){{0,8}}?(?P<q>{words})",
                "lead", "q")
                or reading.take_groups(
                    rf"(?P<lead>{_HAS_EN})(?:(?!{_SUPPORTS})[^，,。.;；!?！？]){{0,30}}?"
                    rf"(?P<q>{words})", "lead", "q"))
            if have is None and about_self:
                have = _clause_final(reading, words)
            if have:
                has.append(name)
                continue
            break
    for name, words in _QUAL_WORDS:  # (a gazelle enterprise (瞪羚): the same, said again)
        if name in has:
            reading.take_all(re.compile(rf"[(（]\s*(?:{words})\s*[)）]"))
    if has:
        reading.found["qualifications"] = tuple(dict.fromkeys(h for h in has if h not in lacks))
    if lacks:
        reading.found["lacks"] = tuple(dict.fromkeys(lacks))


def _clause_final(reading: _Reading, words: str) -> re.Match[str] | None:
    """A qualification that ends its clause and is not what a direction supports (支持高企的),
    blanked out."""
    for match in re.finditer(rf"(?P<q>{words}){_CLAUSE_END}", reading.rest):
        clause = re.split(r"[，,。.;；!?！？]", reading.rest[:match.start()])[-1]
        if not re.search(_NOT_SELF, clause):
            start, end = match.span("q")
            reading.rest = reading.rest[:start] + " " * (end - start) + reading.rest[end:]
            return match
    return None


_WINDOW_OPEN = re.compile(
    r"现在(?:能|可以)?(?:报|申报|申请)|正在(?:申报|受理|报名)|还(?:能|可以)(?:报|申报|申请)|开放申报|在受理"
    r"|(?:currently|now) open|open now|still open|accepting applications|can (?:still )?apply now"
)
_WINDOW_CLOSING = re.compile(
    r"快(?:要)?截止|马上(?:就要?)?截止|即将截止|closing soon|(?:deadline|closes?) (?:is )?soon"
    r"|about to close"
)


def _read_window(reading: _Reading) -> None:
    """Open now (现在能报的) or closing soon (快截止的)."""
    if reading.take(_WINDOW_CLOSING):
        reading.found["window"] = "closing"
    elif reading.take(_WINDOW_OPEN):
        reading.found["window"] = "open"


_YEAR = re.compile(r"(?<![\d.])(?P<y>20[1-3]\d)(?![\d.])\s*(?:年度|年)?(?:的)?"
                   r"(?!\s*(?:年度|年)?\s*(?:的)?\s*(?:研发|营收|收入|销售|r&d|revenue))")


def _read_year(reading: _Reading) -> None:
    """An explicit year of the guideline (2025年的项目, any 2025 grants)."""
    match = reading.take(_YEAR)
    if match:
        reading.found["year"] = int(match["y"])


_ANY_CITY = re.compile(
    r"哪个城市都(?:行|可以)|哪(?:里|儿)都(?:行|可以)|不限城市|城市不限|(?:do ?n'?t"
    r"|do not) care which city"
    r"|any city|whichever city|all cities"
)


def _read_any_city(reading: _Reading) -> None:
    reading.take(_ANY_CITY)


def _read_city(reading: _Reading, lexicon: Lexicon,
               occurs: Callable[[str], bool] | None) -> None:
    """A city by name or alias (防城, 邕城, Nanning, Bai se, Fangcheng port), a county-level
    city by its prefecture (东兴 → 防城港), else by a one-sound slip (贵林, Guiln); a city the
    catalogue does not cover (钦州, Beihai) is noted as such."""
    for alias, city in lexicon.city_aliases:
        pattern = word_pattern(alias.lower())
        if re.search(pattern, reading.rest):
            reading.found.setdefault("city", city)
            reading.rest = re.sub(pattern, lambda m: " " * len(m.group()), reading.rest)
    for sounds, city in lexicon.city_sounds:
        if sounds.search(reading.rest):
            reading.found.setdefault("city", city)
            reading.rest = sounds.sub(lambda m: " " * len(m.group()), reading.rest)
    places = [(m[0].strip(), m.span()) for m in lexicon.place_pattern.finditer(reading.rest)]
    for _, (start, end) in places:
        reading.rest = reading.rest[:start] + " " * (end - start) + reading.rest[end:]
    if "city" in reading.found:
        return
    for typed, _ in places:
        place = lexicon.place(typed)
        if place is not None and place.parent in lexicon.cities:
            reading.found["city"] = place.parent
            reading.corrections[typed] = place.parent
            return
    if places:
        place = lexicon.place(places[0][0])
        reading.unknown_city = place.name if place else places[0][0]
        return
    slip = city_slip(reading.rest, lexicon, occurs)
    if slip is not None:
        typed, city = slip
        reading.found["city"] = city
        reading.corrections[typed] = city
        reading.rest = reading.rest.replace(typed, " " * len(typed))


def city_slip(text: str, lexicon: Lexicon,
              occurs: Callable[[str], bool] | None = None) -> tuple[str, str] | None:
    """(typed, city) for a city name typed with one same-sounding wrong character (贵林, 南凝)
    or a Latin name off by a letter or two (guiln); None when nothing looks like one."""
    for city in lexicon.cities:
        typed = _sound_slip(text, city, lambda window: (
            occurs is not None and occurs(window)) or window in lexicon.vocabulary)
        if typed is not None:
            return typed, city
    aliases = [(alias.lower(), city) for alias, city in lexicon.city_aliases
               if alias.isascii() and len(alias) >= 5]
    for word in re.findall(r"[a-z]{5,}", text):
        for alias, city in aliases:
            if word != alias and (Indel.distance(word, alias) == 1 or _swapped(word, alias)):
                return word, city
    return None


def _swapped(typed: str, name: str) -> bool:
    """Two neighbouring letters swapped (liuzhuo). A changed letter is not a slip we correct:
    nanjing is another city, not a typo of nanning."""
    if len(typed) != len(name):
        return False
    differ = [i for i in range(len(name)) if typed[i] != name[i]]
    return (len(differ) == 2 and differ[1] == differ[0] + 1
            and typed[differ[0]] == name[differ[1]] and typed[differ[1]] == name[differ[0]])


def _read_sector(reading: _Reading, lexicon: Lexicon) -> None:
    """A sector named in full (新材料, New materials) is a condition, not a topic word."""
    for sector in lexicon.taxonomy.sector:
        for name in (sector.zh, sector.en):
            pattern = word_pattern(name.lower())
            if re.search(pattern, reading.rest):
                reading.found.setdefault("sector", sector.key)
                reading.rest = re.sub(pattern, lambda m: " " * len(m.group()), reading.rest)
