"""Question understanding on real messages: intent, conditions with their direction, topic."""

from __future__ import annotations

from typing import Any

import pytest

from bot.config import PROJECT_ROOT
from bot.lexicon import Lexicon
from bot.query import (
    Amount,
    Constraints,
    city_slip,
    glossary_slip,
    understand,
    with_facets,
)

LEXICON = Lexicon.from_data(PROJECT_ROOT / "data")


def read(text: str) -> dict[str, Any]:
    """The conditions that were set, as plain values."""
    c = understand(text, LEXICON).constraints
    return {key: getattr(c, key) for key in c.keys}


AMOUNTS = [
    # text, amount read
    ("桂林 一百万元以上", Amount("gte", 100)),
    ("至少要拿40万", Amount("gte", 40)),
    ("有没有资助一百多万的项目", Amount("gte", 100)),
    ("不用太多，二十万以内的小项目就行", Amount("lte", 20)),
    ("资助二十万到五十万之间的", Amount("between", 20, 50)),
    ("20-50万的项目", Amount("between", 20, 50)),
    ("二十万左右就行", Amount("about", 20)),
    ("锂电池 南宁 50万", Amount("about", 50)),
    ("防城 50w", Amount("about", 50)),
    ("Nanning 0.5亿", Amount("about", 5000)),
    ("at least 500k yuan", Amount("gte", 50)),
    ("under 250k is fine", Amount("lte", 25)),
    ("grants over 1.5m RMB", Amount("gte", 150)),
    ("about half a million", Amount("about", 50)),
    ("up to 2 million yuan", Amount("lte", 200)),
]


@pytest.mark.parametrize(("text", "amount"), AMOUNTS)
def test_amounts_with_their_direction(text: str, amount: Amount) -> None:
    assert understand(text, LEXICON).constraints.amount == amount


CONDITIONS = [
    ("柳州做软件开发的小公司，有没有那种做完验收再补钱的项目",
     {"city": "柳州", "modes": ("后补助",)}),
    ("做无人机的小公司，哪个城市有先给钱后做项目的", {"modes": ("前资助",)}),
    ("南宁有没有先拨钱再干活的项目，要一百万以上的",
     {"city": "南宁", "modes": ("前资助",), "amount": Amount("gte", 100)}),
    ("柳州新能源汽车整车研发有没有项目？听说是按里程碑给钱的",
     {"city": "柳州", "modes": ("里程碑式补助",)}),
    ("tea plantation in liuzhou, ok with getting the money after acceptance",
     {"city": "柳州", "modes": ("后补助",)}),
    ("Liuzhou electric loader projects where they pay upfront?",
     {"city": "柳州", "modes": ("前资助",)}),
    ("我们不想先垫钱", {"modes": ("前资助",)}),
    ("有没有不要求企业牵头的项目", {"lead": "open"}),
    ("贵林有没有只限企业牵头的项目？希望两年内能结题",
     {"city": "桂林", "lead": "enterprise_only", "period_max": 2.0}),
    ("Fangchenggang: can a hospital lead the project? 2 years max",
     {"city": "防城港", "lead": "open", "period_max": 2.0}),
    ("我们是高校的课题组，想自己牵头",
     {"lead": "open", "applicant": "university"}),
    ("防城港有没有不用企业自己配套出钱的？", {"city": "防城港", "matching_required": False}),
    ("不要配套资金那种", {"matching_required": False}),
    ("我们是高企，研发投入200万，南宁能申请哪些",
     {"city": "南宁", "rd_spend_wan": 200.0, "qualifications": ("高新技术企业",),
      "applicant": "enterprise"}),
    ("去年研发投入才两百来万", {"rd_spend_wan": 200.0}),
    ("our R&D spend last yr was around 1.5m RMB", {"rd_spend_wan": 150.0}),
    ("我们是科技型中小企业，还不是高企",
     {"qualifications": ("科技型中小企业",), "lacks": ("高新技术企业",),
      "applicant": "enterprise"}),
    ("we're a high-tech enterprise with a city-level lab",
     {"qualifications": ("高新技术企业", "市级平台"), "applicant": "enterprise"}),
    # qualifications said without 我们是: a clause ending on one, when the asker speaks of
    # themselves; a platform named at length; English with adjectives between
    ("桂林的高企，研发投了三百万，咱们能报啥",
     {"city": "桂林", "qualifications": ("高新技术企业",), "rd_spend_wan": 300.0,
      "applicant": "enterprise"}),
    ("我们依托一个市级工程技术研究中心做研发", {"qualifications": ("市级平台",)}),
    ("we are a registered gazelle enterprise",
     {"qualifications": ("瞪羚企业",), "applicant": "enterprise"}),
    ("we run a provincial-level key engineering lab", {"qualifications": ("自治区级平台",)}),
    ("Nanning national high-tech enterprise, what fits us",
     {"city": "南宁", "qualifications": ("高新技术企业",), "applicant": "enterprise"}),
    ("any 2025 grants for lithium battery", {"year": 2025}),
    ("现在能报的项目", {"window": "open"}),
    ("快截止的有哪些", {"window": "closing"}),
    ("防城港那边有没有搞新材料的大项目？一百万以上的那种",
     {"city": "防城港", "sector": "materials", "amount": Amount("gte", 100)}),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS)
def test_conditions_are_read_from_whole_sentences(text: str, expected: dict[str, Any]) -> None:
    assert read(text) == expected


TOPICS = [
    # text, topic terms left once conditions, question words and filler are gone
    ("柳州做软件开发的小公司，有没有那种做完验收再补钱的项目", ["软件开发"]),
    ("我们厂做螺蛳粉的，柳州有什么项目能报？不用太多，二十万以内的小项目就行", ["螺蛳粉"]),
    ("我是做中药的，桂林有什么项目", ["中药"]),
    ("想搞个孵化器，有补贴吗", ["孵化器"]),
    ("南凝有没有养猪养鸡这块的科技项目", ["养猪", "养鸡"]),
    ("贵林有没有只限企业牵头的项目？我们做电子产品的", ["电子产品"]),
    ("我们是高校的课题组，想自己牵头，桂林哪些方向不限企业牵头啊", []),
    ("有没有不要求企业牵头的项目", []),
    ("battery materials Nanning", ["battery", "materials"]),
    ("hydrogen fuel cell", ["hydrogen", "fuel cell"]),
    ("新能源车", ["新能源车"]),
    ("有什么项目", []),
    # a qualification a direction supports is a topic, not the asker's
    ("我们想找支持瞪羚企业的项目", ["瞪羚"]),
    ("高新技术企业 柳州", ["高新技术企业"]),
    # English about the asker is no topic
    ("we are a small registered firm based here, which directions can we prepare for", []),
    # a grant's size or count is no topic (single → 单一 in the dictionary); whats ≠ what+s
    ("What is the largest single grant in the Liuzhou guideline?", []),
    ("whats the biggest individual award overall in Guilin", []),
    ("防城港指南里头最高的资助额度是多少", []),
]


@pytest.mark.parametrize(("text", "terms"), TOPICS)
def test_the_topic_is_what_is_left(text: str, terms: list[str]) -> None:
    assert understand(text, LEXICON).topic.terms == terms


INTENTS = [
    ("后补助是什么意思", "glossary", "post_subsidy"),
    ("后补助啥意思？是不是得自己先垫钱", "glossary", "post_subsidy"),
    ("指南里说按不低于1:3匹配经费，是说我们要自己掏三倍的钱吗", "glossary", "matching"),
    ("what does 前资助 mean? is it different from 后补助", "glossary", "pre_funding"),
    ("规上企业是指啥", "glossary", "above_scale"),
    ("前资助的项目有哪些", "search", None),
    ("防城港的项目什么时候截止", "deadline", None),
    ("when is the deadline for nanning applications", "deadline", None),
    ("最多能拿多少钱", "max_amount", None),
    ("Liuzhou - max money per project?", "max_amount", None),
    ("申报需要准备哪些材料", "materials", None),
    ("what documents do I need for the Guilin talent project", "materials", None),
    ("有没有新材料的项目", "search", None),
    ("我们是高新技术企业，研发投入200万，南宁能申请哪些？", "eligible", None),
    ("我能申请哪些", "eligible", None),
    ("what can we apply for", "eligible", None),
    ("我们厂做螺蛳粉的，柳州有什么项目能报", "search", None),
    # said other ways: which one pays most, the cap, a cutoff, facts then "what fits"
    ("柳州哪个方向给的钱最多", "max_amount", None),
    ("资助金额最高的是哪一个", "max_amount", None),
    ("单个项目封顶多少", "max_amount", None),
    ("what's the cap per project in Guilin", "max_amount", None),
    ("when is the cutoff for Baise", "deadline", None),
    ("我们公司是规上企业，去年研发投入三百来万，这种情况能申请哪些", "eligible", None),
    ("我是做中药的，桂林有什么项目能申请", "search", None),
    ("我们南宁的高企，研发投入一百万，能申请哪些", "eligible", None),
    ("guilin firm, no certifications, R&D 2 million, what can we apply for", "eligible", None),
    ("创新券是个啥", "glossary", "voucher"),
    ("申报要准备什么东西", "materials", None),
    ("when do the forms have to be in for Guilin", "deadline", None),
    # a glossary name typed with a same-sound slip; how a term works is what it means
    ("揭帮挂帅是什么意思", "glossary", "jiebang"),
    ("后补注啥意思", "glossary", "post_subsidy"),
    ("桂林的分年拨付是怎么给钱的", "glossary", "yearly"),
    ("配套比例怎么算", "glossary", "matching"),
    ("how does milestone funding work", "glossary", "milestone"),
    # the cap asked with other verbs; "which suits us" asks what fits
    ("桂林的项目最高能补贴多少", "max_amount", None),
    ("一个方向顶多批多少", "max_amount", None),
    ("有没有适合我们的", "eligible", None),
    ("南宁的规上企业，研发一年一百万左右，有啥适合咱们的", "eligible", None),
    ("We're a registered tech-based SME in Baise, R&D about 500k RMB. What can we apply for?",
     "eligible", None),
    # what a named thing is for is what it means; a same-sound slip inside a longer name
    ("后补助有啥用", "glossary", "post_subsidy"),
    ("柳州的科技创新券拿来干什么用的", "glossary", "voucher"),
    ("桂林那个创芯券是干嘛用的", "glossary", "voucher"),
    # the highest amount named, then how much; papers to hand in said plainly
    ("柳州指南里最大的补助金额有多少", "max_amount", None),
    ("桂林今年最高的一笔资助额度能到多少", "max_amount", None),
    ("这个方向要交些啥东西", "materials", None),
    ("报这个要递什么东西", "materials", None),
    # an apposition before "with", and "which … suit / fit / are right for us"
    ("Liuzhou firm, gazelle enterprise with a city-level lab, R&D 3 million. What could we "
     "apply for?", "eligible", None),
    ("Guilin, we are a high-tech enterprise, R&D 2 million a year. Which grants fit us?",
     "eligible", None),
    ("we're an above-scale enterprise in Liuzhou, R&D 1m RMB - which ones are right for us?",
     "eligible", None),
    # what the asker makes is a topic beside facts about the firm; 做研发的 is no product
    ("桂林做阻燃人造板的工厂，研发投入一百五十万，能申请什么", "search", None),
    ("我们是做研发的高企，研发投入两百万，能报哪些", "eligible", None),
]


@pytest.mark.parametrize(("text", "intent", "term"), INTENTS)
def test_the_kind_of_question(text: str, intent: str, term: str | None) -> None:
    understood = understand(text, LEXICON)
    assert (understood.intent, understood.term) == (intent, term)


@pytest.mark.parametrize(("text", "city", "applicant"), [
    ("我们是南宁的企业，能申请哪些", "南宁", "enterprise"),
    ("我们是桂林的一所高校", "桂林", "university"),
    ("我们是柳州的高企", "柳州", "enterprise"),
])
def test_saying_who_we_are_leaves_the_city_to_be_read(text: str, city: str,
                                                       applicant: str) -> None:
    constraints = understand(text, LEXICON).constraints
    assert (constraints.city, constraints.applicant) == (city, applicant)


def test_deadline_cue_words_leave_the_city_to_be_read() -> None:
    understood = understand("when is the deadline for nanning applications", LEXICON)
    assert understood.constraints.city == "南宁" and not understood.has_topic


@pytest.mark.parametrize(("typed", "city"), [
    ("贵林", "桂林"), ("南凝", "南宁"), ("六州", "柳州"), ("guiln", "桂林"), ("Liuzhuo", "柳州"),
])
def test_a_city_typed_with_a_slip_is_read(typed: str, city: str) -> None:
    understood = understand(f"{typed}有什么项目", LEXICON)
    assert understood.constraints.city == city
    assert understood.corrections == {typed.lower(): city}


@pytest.mark.parametrize("text", ["一百万", "白色污染治理", "nanjing", "based in"])
def test_no_city_is_made_up(text: str) -> None:
    assert city_slip(text, LEXICON, occurs=lambda word: word == "白色") is None


def test_a_real_word_of_the_catalogue_is_not_a_city_typo() -> None:
    assert city_slip("白色污染", LEXICON, occurs=lambda word: word == "白色") is None
    assert city_slip("白色污染", LEXICON) == ("白色", "百色")


def test_a_real_word_of_the_catalogue_is_not_a_glossary_slip() -> None:
    assert glossary_slip("后补注是什么", LEXICON) == ("后补注", "后补助", "post_subsidy")
    assert glossary_slip("后补注是什么", LEXICON, occurs=lambda word: word == "后补注") is None
    assert glossary_slip("后补贴是什么", LEXICON) is None  # 贴 does not sound like 助


def test_rd_spend_is_never_a_grant_amount() -> None:
    c = understand("桂林有没有五百万以上的大项目？我们去年研发投了六百多万", LEXICON).constraints
    assert (c.amount, c.rd_spend_wan) == (Amount("gte", 500), 600)


def test_dropping_a_condition_and_facets_given_apart() -> None:
    understood = understand("桂林 后补助 农业", LEXICON)
    assert understood.constraints.without("modes").keys == ["city"]
    forced = with_facets(understood, city="南宁", budget_wan=30)
    assert (forced.constraints.city, forced.constraints.amount) == ("南宁", Amount("about", 30))


def test_json_shape_for_the_command_line() -> None:
    shown = understand("桂林 五十万以上 后补助 农业", LEXICON).as_json()
    assert shown["constraints"]["city"] == "桂林"
    assert shown["constraints"]["amount"] == {"op": "gte", "wan": 50, "high_wan": None}
    assert shown["constraints"]["modes"] == ["后补助"]
    assert shown["intent"] == "search" and shown["topic"] == ["农业"]
    assert set(shown["constraints"]) == set(Constraints().as_json())


@pytest.mark.parametrize(("text", "bad"), [
    ("-50万的项目", "-50万"), ("南宁 负20万", "-20万"), ("五千千千万", "五千千千万"),
    ("1" * 40 + "万", "1" * 40 + "万"), ("100亿", "100亿"), ("0万也行", "0万"),
    ("-5到10万", "-5到10万"),
])
def test_a_sum_that_cannot_be_a_grant_is_not_read_as_one(text: str, bad: str) -> None:
    """Not silently read as something else (五千千千万 as 7000万, -50万 as 50万): flagged, so
    the asker is told, and no amount condition is set."""
    understood = understand(text, LEXICON)
    assert understood.bad_amount == bad
    assert understood.constraints.amount is None


def test_colloquial_sums_still_read() -> None:
    assert understand("两三百万的项目", LEXICON).constraints.amount == Amount("about", 300)
    assert understand("一百五十万左右", LEXICON).constraints.amount == Amount("about", 150)
    assert understand("一千五百万以上", LEXICON).constraints.amount == Amount("gte", 1500)
    assert understand("锂电池 南宁 50万", LEXICON).bad_amount is None


def test_a_question_typed_in_traditional_characters_reads_as_in_simplified() -> None:
    """A user in Hong Kong or Taiwan types 南寧 鋰電池 50萬以上: the same city, topic and amount."""
    traditional = understand("南寧 鋰電池項目 50萬以上 須企業牽頭嗎", LEXICON)
    simplified = understand("南宁 锂电池项目 50万以上 须企业牵头吗", LEXICON)
    assert traditional.constraints == simplified.constraints
    assert traditional.constraints.city == "南宁"
    assert traditional.topic.terms == simplified.topic.terms


@pytest.mark.parametrize(("text", "city"), [
    ("bai se 有什么项目", "百色"), ("Liu zhou EV makers", "柳州"),
    ("Fangcheng port here, any marine projects", "防城港"), ("nan-ning city grants", "南宁"),
])
def test_a_city_typed_in_pinyin_apart_or_with_port_is_read(text: str, city: str) -> None:
    understood = understand(text, LEXICON)
    assert understood.constraints.city == city and understood.unknown_city is None


@pytest.mark.parametrize(("text", "place"), [
    ("钦州有啥项目", "钦州"), ("我们在北海，做海洋装备的", "北海"),
    ("Any grants for a Qinzhou port logistics firm?", "钦州"),
])
def test_a_city_no_guideline_covers_is_recognised(text: str, place: str) -> None:
    understood = understand(text, LEXICON)
    assert (understood.constraints.city, understood.unknown_city) == (None, place)
    assert place not in understood.topic.terms


def test_a_place_beside_a_city_of_the_catalogue_is_not_the_topic() -> None:
    understood = understand("工厂在北海那边，公司在柳州，有没有养殖的项目", LEXICON)
    assert understood.constraints.city == "柳州" and understood.unknown_city is None
    assert "北海" not in understood.topic.terms and "养殖" in understood.topic.terms


def test_a_county_level_city_is_read_as_its_prefecture() -> None:
    understood = understand("东兴做边贸的有什么项目", LEXICON)
    assert understood.constraints.city == "防城港"
    assert understood.corrections == {"东兴": "防城港"}


def test_a_place_name_inside_a_word_is_that_word() -> None:
    understood = understand("白银提纯技术", LEXICON)
    assert understood.unknown_city is None and understood.constraints.city is None


@pytest.mark.parametrize(("text", "intent"), [
    ("Nanning: what's the most money one project can get?", "max_amount"),
    ("what is the most funding a single project gets in Guilin", "max_amount"),
    ("We're a gazelle enterprise (瞪羚) in Liuzhou, R&D about 6 million RMB. What can we go for?",
     "eligible"),
    ("We are a high-tech enterprise in Baise, R&D 2 million a year. What should we apply for?",
     "eligible"),
])
def test_more_ways_to_ask_the_largest_grant_or_what_fits(text: str, intent: str) -> None:
    """"the most money one project can get" asks the cap; "what can we go for" / "what should we
    apply for" after facts about the firm asks what fits, its qualification glossed in
    Chinese (瞪羚) no topic."""
    assert understand(text, LEXICON).intent == intent
