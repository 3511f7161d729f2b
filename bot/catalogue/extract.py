"""A parsed tree node → a Leaf: gather its texts, then run the field extractors on them.

Amounts are read only from funding text (the labelled funding field, or grant sentences in a
leaf that has none), because the documents are full of 万元 figures that are output targets.
Eligibility is read only from requirement text, because titles and indicators name
高新技术企业 and the like as goals, not as conditions.
"""

from __future__ import annotations

import itertools
import re
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bot.catalogue import fields as fx
from bot.catalogue.models import GuidelineMeta, Leaf
from bot.catalogue.numbers import LISTED_ITEM, normalise
from bot.catalogue.outline import (
    BULLET,
    CONDITION_BRACKET,
    FIELD_LABELS,
    OWN,
    heading_keyword_name,
    label_key,
    lead_cell,
    ordinal_named,
)

if TYPE_CHECKING:
    from bot.catalogue.parser import Node

# the lines of the directions a Word row's one cell lists as paragraphs, the row's other cells
# repeated on each (`SourceText.listed_rows`; set while a document is parsed)
LISTED_ROWS: ContextVar[frozenset[int]] = ContextVar("LISTED_ROWS", default=frozenset())

AWARD_SENTENCE = re.compile(
    # (资助强度二十万元至四十万元: the amount in Chinese numerals)
    r"(给予|资助|补助|奖补|奖励|补贴)[^。；;，,]{0,12}?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)"
    r"\s*(?:万元|万|千元|(?<=\d{5})元)"
    r"|(?:资助|补助|支持)(?:额度|金额|经费)\s*[:：]?\s*\d{1,3}(?:,?\d{3}){1,3}\s*元"  # 200000元
    # 后补助，最高50万元，按…的20%核定: the mode, then what it pays (a sentence of one's terms)
    r"|^(?:事前|事后|前|后)(?:资助|补助)[，,]\s*(?:最高|最多)?(?:不超过)?\s*\d+(?:\.\d+)?\s*万元"
    r"|(?:每项|单项|每个项目|单个项目)支持\s*\d+(?:\.\d+)?(?:\s*[~\-至到]\s*\d+(?:\.\d+)?)?"
    r"\s*(?:万元|万)"  # 本方向每项支持150万元 / 每项支持50至80万元
    # …给予贷款贴息，…，每家每年最高不超过15万元: a cap on each firm's award
    # (单家企业年度贴息最高20万元: the award named between)
    # (实行以奖代补，单个基地最高不超过8万元: each one the item rewards)
    r"|(?:每家|单家|每户|单户|每个|单个)(?:企业|单位|基地|平台|中心|机构|团队)?(?:每年|年度)?"
    r"(?:贴息|补助|奖励|奖补|资助)?"
    r"(?:最高|不超过|最多){1,2}\s*\d+(?:\.\d+)?"
    r"\s*(?:万元|万)"
    # 单个企业贴息额度不超过10万元 (a 说明), 资助金额最高20万元: a grant by its amount's name
    r"|(?:资助|补助|贴息|奖补|奖励|支持|扶持)(?:额度|金额)\s*(?:为)?(?:不超过|最高|最多)?\s*\d+(?:\.\d+)?"
    r"\s*(?:万元|万|亿元)"  # (扶持额度为0.006亿元至0.01亿元)
    # 本领域项目采取事前资助方式，支持强度10万元至30万元 (a 领域要求): the grant by its name
    # (项目支持额度一般为20万元至50万元: the same, said of 额度)
    r"|(?:支持|资助|补助)(?:强度|额度)\s*(?:一般|原则上)?(?:为|是)?\s*(?:每项)?(?:不超过|最高|最多)?"
    r"\s*\d+(?:\.\d+)?\s*(?:万元|万)"
    r"|(?:市拨|财政资助|市财政)经费\s*\d+(?:\.\d+)?\s*(?:万元|万)"  # 市拨经费200万元
    # 按研发投入的20%给予后补助，最高200万元: a share of something, capped
    r"|\d+(?:\.\d+)?\s*%\s*(?:的比例)?(?:给予|予以)[^。；;，,]{0,8}?[,，]\s*(?:单个项目|单个企业|每项)?"
    r"(?:最高|最多|不超过)(?:不超过)?\s*\d+(?:\.\d+)?\s*(?:万元|万|(?<=\d{4})元)"  # 500000元
    # 市级财政资金支持比例不超过项目总投资的20%，最高500万元
    r"|(?:支持|资助|补助)比例[^。；;]{0,20}?%\s*[,，]\s*(?:最高|最多|不超过)\s*\d+(?:\.\d+)?\s*(?:万元|万)"
)
GRANT_SENTENCE = re.compile(
    # (…100万元以上奖5万元: 奖 for 奖励, an amount straight after it)
    r"(给予|予以|资助|补助|奖补|以奖代补|奖励|补贴|贴息|支持|兑现|兑付|可获|奖(?=\d))[^。；;]*?(\d+(?:\.\d+)?\s*(?:万元|万|亿元|千元|元|%)"
    r"|[一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+(?:万元|亿元|元))"  # 不超过伍拾万元
    # a funding label written inside running text: …合作申报。项目经费：每项不超过50万元。
    # (这个方向额度是30万元至50万元: said aloud)
    r"|(?:项目|资助|支持|财政)?(?:经费|资金|额度|金额|强度)\s*(?:[:：]|是|为)[^。；;]*?\d+(?:\.\d+)?"
    r"\s*(?:万元|万|亿元)"
    # 本方向市级财政资金最高300万元
    r"|财政资金\s*(?:支持)?\s*(?:最高|不超过)\s*\d+(?:\.\d+)?\s*(?:万元|万)"
    # 其中企业牵头的每项不超过20万元: a grant per project, said without a verb
    # 每项不超过1,500,000元 / 单个项目最高不超过300万元
    # (单个项目最少给20万元，最多给到50万元: a floor first, said aloud)
    # (1.朝天椒…（代码SY26NY02）：10万元～15万元。: the heading's body its grant alone)
    r"|(?:^|(?<=[。\n]))\s*(?:每项)?\d+(?:\.\d+)?\s*万元\s*[～~—至到]\s*\d+(?:\.\d+)?\s*万元\s*(?=[。；;]|$)"
    # (每个项目三万元: a grant read out, its figure in words)
    r"|(?:每项|单项|单个项目|每个项目)(?:最高|不超过|最多|最少|最低){0,2}\s*(?:给|补)?\s*"
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3}(?=万))\s*(?:万元|万|元)"
    # (…的5%给予后补助。单个企业每年最高15万元。: each firm's cap, in a sentence of its own)
    # (not 单户最高200万元, a bank's loan to each borrower)
    r"|(?:单个|每个|每家|单家)(?:企业|单位)(?:每年|年度|当年|累计)?"
    r"(?:最高|不超过|最多){1,2}\s*\d+(?:\.\d+)?\s*(?:万元|万|元)"
    # (100万到200万元一项: a range per project, said aloud)
    r"|\d+(?:\.\d+)?\s*万?\s*(?:到|至)\s*\d+(?:\.\d+)?\s*万元\s*(?:一项|每项|一个项目)"
    # 这个方向最多给25万 / 每个项目定额补10万 / 县里奖你20万 / 重新认定的奖5万: a grant said
    # aloud, its verb one word (not 财政给50万、自己要拿多少, a firm's question; not 给1万人…)
    r"|(?:最多(?:给|补|奖|发)|定额补|(?<=[的里])[奖补])(?:你|您)?\s*\d+(?:\.\d+)?\s*万"
    r"(?![人亩吨千平户头只株])"
    # 这个方向8万到15万: a direction's range, said without its verb
    r"|(?:这个|本|该)方向\s*\d+(?:\.\d+)?\s*万?\s*(?:到|至|～|~|-)\s*\d+(?:\.\d+)?\s*万"
    # 最高15万元，须由企业牵头…: a cap opening its sentence
    # (最少给15万元，最多给到30万元: a floor said aloud, opening its sentence)
    r"|^\s*(?:最高|不超过|最多|最少|最低)\s*(?:给到?)?\s*\d+(?:\.\d+)?\s*(?:万元|万|元)"
    # 按一档60万元、二档40万元、三档20万元给予补助: the sums, then the verb that grants them
    r"|按[^。；;，,]{0,12}?\d+(?:\.\d+)?\s*(?:万元|元)[^。；;]{0,40}?(?:给予|予以)"
    r"(?:补助|资助|奖励|奖补|支持|补贴)"
    # 按表2标准给予后补助: the sums in a table the sentence names
    r"|按(?:附)?表\s*\d{1,2}[^。；;，,]{0,8}?(?:给予|予以)(?:后补助|补助|资助|奖励|奖补|补贴)"
)
BARE_SUBSIDY = re.compile(r"给予(?:贷款)?贴息|利息(?:的\s*\d+%)?(?:给予)?补贴")
SHARED_CODE = re.compile(r"(?:使用|沿用|填写|共用)(?:本方向|本|该方向|方向)?(?:的)?(?:指南)?"
                         r"(?:代码|编号)"  # (下设2个子方向，共用本代码)
                         # (申报方式：…须在系统中勾选所申报的子方向 under the direction's code)
                         r"|(?:勾选|选择|注明)所申报的子(?:方向|课题)")
# The heading above defines 榜单金额 as the bureau's grant, not the sponsor's money.
LIST_AMOUNT_IS_GRANT = re.compile(  # (本指南所称“榜单金额”，是指区财政对单个榜单安排的资助额度)
    r"榜单金额[”\"]?[,，]?(?:为|即|是|系|是指|指)[^。；;]{0,12}?(?:财政|资助额度|资助金额)"
    r"[^。；;，,]{0,16}")
# the words a direction is called by in its own sentences (本方向…, 本条目…, 本子任务…)
OWN_UNIT = r"(?:方向|子方向|课题|子课题|子专题|榜单|项目|子条目|条目|子事项|事项|子任务|任务)"
OWN_RULE = re.compile(
    r"^(?:(?:本|该)(?:" + OWN_UNIT[3:-1] + r"|项(?![目组]))(?!组)[^。；;]*?"
    r"|(?:牵头|申报|承担|依托)(?:单位|企业|主体)[^。；;]{0,6}?"
    r"|(?=(?:须|应|限)由))(?:须|应|必须|限|要求(?=由)"  # …在非洲国家应用。须由规上企业牵头申报
    r"|要(?=是|为|已经?))"  # (申报单位要是规上企业: said aloud)
    # 申报单位上年度研发费用不低于500万元。 — a floor the applicant meets, said without 须
    # (要求企业上年度研发费用不低于50万元: said with 要求 before it)
    # (这个方向要求牵头企业上年度研发费用不低于50万元: its own, said aloud)
    # (这个方向有个门槛：申报企业…: the same, its threshold named first)
    r"|^(?:(?:而且|并且|同时)\s*)?(?:要求\s*)?(?:(?:本|该|这个)" + OWN_UNIT
    + r"(?:要求|有个?(?:门槛|条件|要求)\s*[:：，,]?)?)?"
    # (…；拟支持2项；上年度研发费用不低于… / 近三年研发费用累计不低于…)
    # (申报的企业要是规上企业，去年研发投入不能少于200万元 / 条件是…: said aloud)
    r"(?:(?:申报的?|申请|牵头|承担)(?:单位|企业|主体)|企业|上年度|上一年度?|近[一二两三\d]年|条件是)"
    r"[^。；;]{0,16}?(?:研发|研究开发|R&D)(?:投入|费用|经费|支出)"
    r"[^。；;]{0,12}?(?:不低于|不少于|不得低于|不得少于|不能(?:低|少)于|达到|以上"
    r"|(?:不足|低于)[^。；;]{0,16}?不予受理)")  # (…研发投入占营业收入比例不低于3%，且…)
# 采取事前资助、分年度拨付方式，… opening a sentence: how the direction itself is funded
# (本事项不适用以奖代补，采取后补助方式: its own way, the class's set aside)
MODE_OPENS = re.compile(r"^(?:(?:本|该)" + OWN_UNIT + r"(?:不适用[^。；;，,]{1,12}[，,]\s*)?)?"
                        r"(?:采取|采用|实行)[^。；;，,]{1,16}?方式")
MODE_SENTENCE = re.compile(r"(?:采取|采用|实行|按)[^。；;]{0,12}?方式|拨付"
                           r"|(?:采取|采用|实行)[^。；;，,]{0,8}?(?:补助|资助|奖补|贴息)(?=[，,。；;]|$)"
                           r"|给予[^。；;，,]{0,6}?(?:奖补|后补助|贴息)"  # …给予奖补，标准另行通知
                           r"|以奖代补(?=[，,。；;]|$)"  # …经考核合格后按表1标准以奖代补。
                           # (…验收了才拨款，后补助！: the way said alone, a clause of its own)
                           r"|(?:^|(?<=[，,]))\s*(?:事前资助|前资助|事后补助|后补助)(?=[，,。；;！!]|$)")
# A sentence that speaks of the direction itself (本方向…, 本项目市财政资助200万元…).
OWN_STATEMENT = re.compile(r"^(?:本|该)" + OWN_UNIT + r"(?!组)")
# 本方向采取里程碑式补助 / 本方向支持强度为每项不超过200万元 among the requirements: its own
OWN_MODE = re.compile(r"^(?:本|该)" + OWN_UNIT + r"(?:采取|采用|实行)")
OWN_GRANT_SAID = re.compile(
    r"^(?:本|该)" + OWN_UNIT + r"(?:的)?(?:市级?财政)?(?:单项|每项)?(?:支持|资助|补助)"
    # (本方向单项补助上限提高至60万元: a note raising its cap)
    r"(?:强度|额度|金额|标准|上限)(?:提高至|提高到|调整为|为|是)?(?:每项)?(?:不超过|最高|最多){0,2}\s*\d")
# 本方向实施期限为3年（2026年1月—2028年12月） in a table row's text: its own period
OWN_PERIOD = re.compile(r"^(?:本|该)" + OWN_UNIT + r"(?:的)?(?:实施|执行|研究)(?:期限|周期|期)"
                        r"(?:为|是|延长至|放宽至)?\s*\d")
# 每项资助15万元，拟支持1项。 (市级财政补助最高不超过60万元) written on after the indicators: the
# direction's own grant
OWN_GRANT = re.compile(r"^(?:每项|单项|每个项目)?(?:[市县区]级?财政|[市县区]本级)?"
                       r"(?:资助|支持|补助)"
                       # (县财政资助每项不超过15万元: the county's, each project's)
                       r"(?:经费|金额|额度|强度)?(?:每项)?(?:一般|原则上)?(?:为)?(?:不超过|最高|最多){0,2}"
                       r"\s*\d"
                       # 市级财政按揭榜合同实际支付额的20%给予补助，最高不超过100万元
                       r"|^(?:市级?财政|市本级)按[^。；;]{2,30}?给予[^。；;]{0,6}?(?:补助|资助|奖励)"
                       r"[,，]?(?:单个项目|每项)?(?:不超过|最高|最多){1,2}\s*\d")
NO_FUNDING = re.compile(r"不拨付(?:市)?(?:财政)?(?:科技)?经费")
EMBEDDED_PERIOD = re.compile(
    r"(?:项目)?(?:实施周期|执行周期|研究周期|项目周期|实施年限|实施期限|实施期|执行期限|执行年限|执行期|建设期限"
    r"|建设周期|建设期|研究期限"
    r"|研究期|服务期限|服务期|支持期限|支持期|资助期限|资助期|攻关期限|攻关周期|攻关期|推广期限|推广期|示范期限|示范期"
    r"|培育期限|培育周期|培育期"  # (高价值专利培育：…培育期12个月)
    r"|揭榜期限|揭榜周期"  # (榜单金额300万元…；揭榜期限18个月: the 榜单's own term)
    r"|连续支持|连续资助"  # (每年…，连续支持3年)
    # (项目干一年半就行 / 这个方向干三年 / 每个项目最多给10万元，干一年: said aloud)
    r"|(?:(?<=项目)|(?<=方向)|(?<=[，,]))干(?=[一二两三\d])|(?:干|做)的时间"
    # (执行期方面，…，这个方向可以放宽到三年: the period said aloud, the direction's own)
    r"|(?<=这个方向)(?=(?:可以?)?(?:放宽|延长)(?:到|至)))"
    r"(?:一般|原则上)?"  # 研究期限一般为1—2年
    r"(?:(?:比较|较)[短长][，,]?\s*(?:只有|仅有?|就)?)?"  # (实施期比较短，只有18个月: said aloud)
    # (执行期按18个月掌握 / 执行期缩短为1年: an 执行口径's reading of it)
    r"(?:为|是|:|：|调整为|延长为|变更为|改为|缩短为|按)?\s*(?:原则上)?(?:可以?)?"  # 可放宽至4年
    r"(?:不超过|可延长至|延长至|延长到|放宽至|放宽为|放宽到|调整至|缩短至|最长)?\s*"  # 放宽至4年
    # 2018年7月至2020年6月
    # (2023年7月1日至2026年6月30日: to the day)
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月?\s*(?:\d{1,2}\s*日)?\s*(?:至|到|—|–|-|~|～)\s*\d{4}\s*年"
    r"\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
    r"|\d{4}\.\d{1,2}\s*(?:至|到|—|–|-|~|～)\s*\d{4}\.\d{1,2}"  # 2026.07—2027.12
    r"|至\s*\d{4}\s*年\s*\d{1,2}\s*月"  # 实施期限至2027年12月: counted from the start above
    r"|\d{4}\s*年\s*(?:至|到|—|–|-|~|～)\s*\d{4}\s*年(?!\s*\d)"  # 执行期：2014年—2015年
    r"|(?<![\d.])\d\s*\+\s*\d\s*年"  # 1+1年: one year, one more after the midterm review
    # (1.5年, 十八个月, 三十六个月)
    # (1～2年: a range, its upper end the most)
    r"|(?<![\d.])(?:\d(?:\.5)?|\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:[-~至到]\s*\d+\s*)?(?:年半?|个月)"
    r"|(?<![\d.])\d{2,3}\s*(?:个?星期|周)(?![年岁]))"  # (执行周期78周: in weeks)
)


# 本股事项均为奖补或贴息类: a choice of ways above, 贴息 one of them
EITHER_SUBSIDY = re.compile(r"[或和及、](?:贷款)?贴息")
OWN_MATCHING = re.compile(r"^(?:(?:企业|项目|申报单位|承担单位|牵头单位)(?:自筹|配套)"
                          # (举办方投入…: a 新型研发机构's founders)
                          r"|(?:举办|出资|共建)方投入)[^。；;]{0,30}?"
                          r"(?:不低于|不少于)[^。；;]{0,20}?(?:\d\s*[:：∶]\s*\d|倍)")
OWN_ASIDE = re.compile(r"[(（](?P<aside>(?:本|该)(?:方向|子方向|项目)[^()（）]{4,60})[)）]")
# 重点研发计划, 重大科技专项（市县联动）: a plan the plans under it belong to
PLAN_OF_PLANS = re.compile(r"(?:计划|专项)\s*(?:[(（][^()（）]*[)）])?\s*$")


def leaf_from_node(meta: GuidelineMeta, node: Node, source: str, index: int) -> Leaf:
    """Build the leaf for `node`; ancestors supply plan, group and parent titles, and the terms
    stated once for a whole plan or group (执行期限, 牵头单位 …) where the leaf states none."""
    ancestors = node.ancestors()
    plan = next((a for a in ancestors if a.kind == "plan" and a.parent is not None), None)
    # a group under the plan; above it only a plan of plans (重点研发计划 over 专项一…), not a
    # heading that holds the plans (申报方向, 专项设置及支持方向, II. Funding Areas)
    above = ancestors.index(plan) if plan is not None else len(ancestors)
    group = next((a for i, a in enumerate(ancestors) if a.kind == "group" and (
        i < above or PLAN_OF_PLANS.search(a.title or ""))), None)
    parent = node.parent if node.kind == "sub" else None
    inferred = [*node.inferred]
    title = CLASS_TAG.sub("", node.title or "")  # (…技术（A类）: the class it names, no title)
    title = KIND_TAG_BEFORE.sub("", title)  # (【揭榜挂帅】通航…国产化: its kind, no title)
    quoted = QUOTED_NAME.match(title)
    if quoted is not None:  # 第1项：“农机装备智能化关键技术”方向: the name in the quotes
        title = quoted["name"]
    if not title:
        title, note = fallback_title(node, group)
        inferred.append(note)
    if plan is not None and plan.inferred:
        inferred.extend(f"计划：{n}" for n in plan.inferred)
    if group is not None and group.inferred and group is not node:
        inferred.extend(f"分组：{n}" for n in group.inferred)

    content = node.field_text("content") or _join(node.text)
    requirements = _join([*_title_condition(node, title), node.field_text("requirements") or ""])
    # its row of a 附表 一览表: the 备注 cell's rules are the direction's own, as if written
    # under it (附表备注未作规定的，按本指南正文执行)
    row_rules = [line for key in ("requirements", "notes")
                 for line in node.row_fields.get(key, []) if line.strip(" —-")]
    notes = _join([*(node.field_text("notes") or "").splitlines(), *row_rules,
                   *(group.notes if group is not None else [])])
    funding_text, mode_text = funding_texts(node, content)
    # 1.…（HD26-02）。…本方向资助额度不超过80万元，本方向实施期限为3年 beside the row's cells: what
    # a table row says of its direction alone stands over what its cells say for the plan
    row_said = [c.strip() + "。" for c in re.split(
        r"[。；;，,]", _join([node.field_text("content") or "", *node.text, *node.noted]))
        if c.strip()] \
        if node.style == "table" else []
    if funding_text and node.field_text("funding") and (said_own := _join(
            [s for s in row_said if OWN_GRANT_SAID.match(normalise(s))])):
        # (后补助，单项最高不超过40万元 under a note raising its cap: the cell's way of paying)
        mode_text = mode_text or funding_text
        funding_text = said_own
    funding = fx.parse_funding(funding_text)
    if funding_text and NO_FUNDING.search(normalise(funding_text)):
        funding.min_wan = funding.max_wan = 0
    unlabelled = _unknown_fields(node)  # 组织方式：赛马制。…每项资助100万元… a label no rule knows
    modes = fx.funding_modes(mode_text) or fx.funding_modes(_without_tables(funding_text)) \
        or fx.funding_modes(unlabelled) or fx.funding_modes(_join([  # 项目资助采取前资助方式
            s for s in fx.sentences(_join(node.text)) if MODE_SENTENCE.search(s)])) \
        or fx.funding_modes(_join([  # 申报要求：本方向采取里程碑式补助… / 备注：…给予一次性奖补
            s for s in fx.sentences(_join([requirements or "", notes or ""]))
            if MODE_SENTENCE.search(s) or OWN_MODE.match(normalise(s))])) \
        or fx.funding_modes(_mode_first(requirements)) \
        or fx.funding_modes(_join([  # …考核指标：…。采取事前资助、分年度拨付方式，拟支持…
            # (支持…技术研发，采取前资助方式。: the clause after the content's, the same)
            s for key in ("content", "indicators") for s in fx.sentences(node.field_text(key) or "")
            if any(MODE_OPENS.match(clause.strip())
                   for clause in re.split(r"[，,]", normalise(s)))])) \
        or fx.funding_modes(_join(node.row_fields.get("funding", [])))  # …给予贷款贴息 cell
    if funding_text and "拨付" in funding_text and fx.funding_modes(mode_text) \
            and not set(modes) & set(SCHEDULES_ONLY) \
            and set(fx.funding_modes(_without_tables(funding_text))) & set(SCHEDULES_ONLY):
        # 支持方式：以奖代补 ⏎ 支持标准：…奖补资金分年度拨付: the way, then when it is paid
        modes = [*modes, *SCHEDULES_ONLY]
    own_period = [s for s in row_said if OWN_PERIOD.match(normalise(s))]
    period_text = _join(own_period) or node.field_text("period") or embedded_period(node) or next(
        (line for line in row_rules if fx.period_years_max(line) is not None), None)
    period_read = _dated_from_start(period_text, node) or period_text
    rules_text = _join([requirements or "", notes or ""])
    # rules in the running text (申报单位不限，…) and in fields that are not the project's
    # content (支持方式：…依托单位须为规模以上工业企业)
    # (each field's value a sentence of its own: 比例不低于2:1 ⏎ 2024年7月1日至… must not run
    # on into 2:12024)
    beside = _join([*node.text, *(_as_sentence(node.field_text(key) or "") for key in node.fields
                                  if key not in ("content", "indicators", "requirements",
                                                 "notes"))])
    # …覆盖乡镇卫生院不少于20家。本方向须由医疗卫生机构牵头。: the direction's own rule,
    # written on inside its content or indicators
    # (…；企业自筹资金不低于市财政资助资金的2倍。 run on after them: a matching rule too)
    # (a direction written as prose, no labels: its paragraph's own rules too)
    prose = _join(node.text) if not node.fields.get("content") else ""
    own_rules = [_from_rule(normalise(s))
                 for said in (node.field_text("content"), node.field_text("indicators"), prose)
                 for s in fx.sentences(said or "") if _own_rule(normalise(s))
                 or (SELF_FUNDING.match(normalise(s).strip()) and fx.matching_ratio(s))
                 or OWN_MATCHING.match(normalise(s).strip())]
    rules_text = _join([rules_text, *own_rules])
    if beside:
        rules_text = _join([rules_text, *(_from_rule(s) for s in fx.sentences(normalise(beside))
                                          if RULE_SENTENCE.search(s) or _own_rule(s))])
        # 拟支持1项（本方向牵头企业上年度研发费用不低于100万元）: an aside stating its own rule
        rules_text = _join([rules_text, *(f"{m['aside']}。" for m in OWN_ASIDE.finditer(
            normalise(beside)))])
        # self-funding said without 须 (自筹经费与财政资助1:1配套), kept as written: it is shown
        rules_text = _join([rules_text, *(s for s in fx.sentences(beside)
                                          if SELF_FUNDING.search(s)
                                          and not RULE_SENTENCE.search(normalise(s)))])
    applicant, ruled = _applicant_rule(node)
    stated_rules = _ended(rules_text, applicant) if ruled else rules_text
    rules_text = _ended(rules_text, applicant)
    award_whos = _award_whos(node, funding_text)
    awarded = _award_targets(award_whos)
    if award_whos:  # (对…研发平台，按平台级别给予…，标准见表1: the levels its table names)
        awarded = _ended(awarded, tier_holders(node.text))
    required, preferred = fx.qualifications(_ended(rules_text, awarded))
    everything = _join([content or "", funding_text or "", requirements or "", notes or "",
                        mode_text or ""])
    # (a table cell's rule ends without a full stop: 比例不低于2:1 must not run into 100～200万元)
    matching = fx.matching_rule(_ended(rules_text, funding_text or ""))
    quota_field = node.field_text("quota")
    quota = fx.quota(quota_field, labelled=True) if quota_field else None
    quota_text = quota_field if quota_field else _quota_sentence(rules_text) or (
        _quota_sentence(_join(node.text))) or _quota_sentence(  # its own 本方向拟支持2项
        _join([funding_text or "", mode_text or ""])) or _quota_sentence(  # …，拟支持3项
        node.field_text("period") or "") or _quota_sentence(  # 实施期限：…，拟支持1项。
        node.field_text("indicators") or "") or _quota_sentence(  # 拟支持2项。 under them
        node.field_text("content") or "") or _quota_sentence(  # …降低固废排放。拟支持2项。
        unlabelled)
    if quota is None and not quota_field:
        quota = fx.quota(quota_text)
    # (对首次通过认定的高新技术企业，每家奖励10万元: an award only a firm receives — a rule stated
    # above for them all stays the source)
    lead = fx.enterprise_lead_only(stated_rules)
    own: dict[str, Any] = {
        "enterprise_lead_only": lead if lead is not None else _firms_awarded(
            award_whos, normalise(node.title or "")),
        "min_rd_spend_wan": fx.min_rd_spend_wan(rules_text) or fx.min_rd_spend_wan(awarded),
        "matching_ratio": matching.ratio if matching else None,
        "funding_mode": "、".join(modes) or None,
        "period_years_max": fx.period_years_max(period_read),
        "quota": quota,
        "funding_max_wan": funding.max_wan,
        "funding_min_wan": funding.min_wan,
        "qualifications": required,
    }
    if node.style == "table" and (remark := node.field_text("notes")):
        _remarked(own, normalise(remark))
    # 本类项目须由企业牵头 above, 申报单位须为高新技术企业 here: the lead rule is the class's
    # (the leaf's sentence says which firms); with nothing or 均可牵头 above it is the leaf's own
    # (so is a 申报主体：须为…企业 label: the leaf naming its applicant)
    which_firms = own["enterprise_lead_only"] is True and fx.enterprise_lead_only(
        _ended(KIND_RULE.sub("", rules_text), applicant if ruled else "")) is None
    if which_firms:
        own["enterprise_lead_only"] = None
    # (奖励资金分年度拨付: when the money of the mode above comes; not 支持方式：分年拨付, nor a
    # sentence with a way of its own, 采取“一事一议”方式…分年度拨付)
    paid_in_years = modes == list(SCHEDULES_ONLY) and not fx.funding_modes(mode_text) and not any(
        OWN_WAY.search(s) for s in fx.sentences(normalise(_join([funding_text or "", content])))
        if "拨付" in s)
    row = _row_terms(node)
    row_ways = [m for m in fx.funding_modes(row.get("funding_mode") or "")
                if m not in SCHEDULES_ONLY]
    if row_ways and (own["funding_mode"] is None or paid_in_years):
        # its row's 支持方式 is its own (before the rules above, some of which bind by mode);
        # 备注 | 资金分两个年度拨付 beside 前资助: the row's way, then the schedule
        own["funding_mode"] = "、".join([*row_ways, *SCHEDULES_ONLY]) if paid_in_years \
            else row["funding_mode"]
        row["funding_mode"] = own["funding_mode"]
        paid_in_years = False
        inferred.append(f"{FIELD_NAMES['funding_mode']}取自附表中本方向的一行")
    inherited = inherit(node, own, inferred, paid_in_years=paid_in_years)
    if own["enterprise_lead_only"] is None and fx.APPLYING_FIRM.search(normalise(rules_text)):
        own["enterprise_lead_only"] = True  # (备注 | 申报企业须已入库…, nothing said above)
    if which_firms and own["enterprise_lead_only"] is not True:
        own["enterprise_lead_only"] = True
        _unfill(inherited, inferred, "enterprise_lead_only")
    from_above = own.pop("firm_led", None)  # the firm-led grant of the terms it took above
    firm_led = funding.firm_led or from_above
    if own["enterprise_lead_only"] and firm_led is not None:
        # 企业牵头：80～120万元；高校…牵头：40～60万元 over a direction only a firm may lead
        own["funding_min_wan"], own["funding_max_wan"] = firm_led
    _share_of_list_amount(node, own, inherited, inferred)
    pair = ("funding_max_wan", "funding_min_wan")
    # its row's range is the whole range when it differs from the plan's at all (100～200 under
    # 一般为50万元至200万元, 不超过150): no end of it is the plan's (the same range is the plan's)
    whole_range = any(row.get(name) is not None for name in pair) and any(
        row.get(name) != own.get(name) for name in pair)
    for name, value in row.items():  # 附表: what the text leaves open, its row
        if value is not None and (own.get(name) is None  # over a plan's where they differ
                                  or (name in inherited and own[name] != value)):
            _unfill(inherited, inferred, name)
            own[name] = value
            inferred.append(f"{FIELD_NAMES[name]}取自附表中本方向的一行")
    if whole_range:
        for name in pair:
            if name in inherited:
                _unfill(inherited, inferred, name)
                own[name] = row.get(name)
    said = fx.enterprise_lead_only(applicant) if applicant else None
    if said is not None and (own["enterprise_lead_only"] != said or (
            "enterprise_lead_only" in inherited and _lead_awarded_above(node))):
        # 补助对象：…企业 names the firms the leaf is for: where a lead rule stated above says
        # the same (本章申报主体须为企业) that rule is the source; where it says otherwise
        # (申报单位不限 above, 申报主体：…企业 here) the leaf's own words win
        own["enterprise_lead_only"] = said
        _unfill(inherited, inferred, "enterprise_lead_only")
    # (…利息的50%给予贴 ⏎ 息: a PDF's line wrapped mid-word)
    subsidy = BARE_SUBSIDY.search(re.sub(r"(?<=[\u4e00-\u9fff])\n(?=[\u4e00-\u9fff])", "",
                                         _join([funding_text or "", mode_text or ""])))
    if subsidy and "funding_mode" in inherited and "贷款贴息" not in (own["funding_mode"] or "") \
            and any(EITHER_SUBSIDY.search(normalise(_join(a.stated))) for a in ancestors):
        _unfill(inherited, inferred, "funding_mode")  # (本股事项均为奖补或贴息类: the one it
        own["funding_mode"] = None  # says itself, 给予贴息)
    if own["funding_mode"] is None and subsidy:
        own["funding_mode"] = "贷款贴息"  # 给予贴息 with no mode stated here or above
    code = node.code or code_in_text(node)
    if code is None and parent is not None and parent.code \
            and SHARED_CODE.search(normalise(_join(parent.stated))):
        code = parent.code  # 各子方向申报时均使用本方向指南代码
        inherited.append("code")
    office = node.office
    if node.office_noted:  # 方向1—4：由高新技术科归口管理 (said of it elsewhere)
        inherited.append("office")
    if office is None:  # 专题1　…（高新技术处）: a group's office manages its directions
        office = next((a.office for a in ancestors if a.office), None)
        if office is not None:
            inherited.append("office")
            inferred.append("归口处室取自上级标题")
    if office is None and node.row_fields.get("office"):
        office = node.row_fields["office"][0]  # its row of a 附表 一览表 names it
        inferred.append("归口处室取自附表中本方向的一行")
    if office is None and ancestors and ancestors[-1].general:
        office = general_office(ancestors[-1].general, node, ancestors, own["funding_mode"])
        if office is not None:
            inherited.append("office")
            inferred.append("归口处室取自指南对所有方向的规定")
    if node.style == "table" and node.line in LISTED_ROWS.get():
        _stated_for_the_row(node, own, office, inherited)
    if own["funding_min_wan"] is not None and own["funding_max_wan"] is not None \
            and own["funding_min_wan"] > own["funding_max_wan"]:
        own["funding_min_wan"] = None  # (测算：2项×30万元＝60万元 beside 不超过30万元: no floor)
    if "matching_ratio" in inherited:  # (its row's shared cell: the sentence its own)
        matching = own.get("matching", matching)
    return Leaf(
        id=f"{meta.key}-{index:03d}",
        guideline=meta.key, city=meta.city, year=meta.year,
        plan=plan.title if plan else None,
        group=group_label(group) if group is not None and group is not node else None,
        code=code, number=node.number,
        parent=parent.title if parent is not None else None,
        title=title, office=office,
        content=content, indicators=node.field_text("indicators"),
        period_text=period_text, period_years_max=own["period_years_max"],
        funding_text=funding_text, funding_mode=own["funding_mode"],
        funding_min_wan=own["funding_min_wan"], funding_max_wan=own["funding_max_wan"],
        funding_percent=funding.percent, funding_percent_basis=funding.percent_basis,
        funding_percent_cap=funding.percent_cap, funding_tiers_wan=funding.tiers_wan,
        total_investment_min_wan=_total_investment(node, funding.total_investment_min_wan),
        announced_later=bool(everything and fx.LATER.search(normalise(everything))),
        quota=own["quota"], quota_text=quota_text,
        requirements=_join([requirements or "", notes or ""]) or None,
        enterprise_lead_only=own["enterprise_lead_only"],
        min_rd_spend_wan=own["min_rd_spend_wan"], matching_ratio=own["matching_ratio"],
        matching_condition=matching.condition if matching else None,
        matching_text=matching.sentence.strip() if matching else None,
        qualifications=own["qualifications"], preferences=preferred,
        inferred=inferred, inherited=inherited,
        other_fields={key.removeprefix("other:"): text for key in node.fields
                      if key.startswith("other:") and (text := node.field_text(key))},
        source_file=source, source_line=node.line,
    )


# “农机装备智能化关键技术”方向 / “工程技术研究中心认定奖补”: a name read out in quotes, the
# word for what it is after it
# (“…贷款贴息”，归口政策法规与科技金融科: the office it is read out with after it)
QUOTED_NAME = re.compile(r"^\s*[“\"「](?P<name>[^“”\"「」]{2,40})[”\"」]"
                         r"\s*(?:方向|项目|事项|专题|课题|榜单)?"
                         r"(?:[，,]\s*归口[\u4e00-\u9fff]{2,16}?(?:科|处|股|室))?\s*[。.]?$")


# --------------------------------------------------------------------------- inheritance

# 本计划归口处室为社会发展科技科。 / …归口处室：⏎成果转化与平台建设科。 in a heading's text
OFFICE_SENTENCE = re.compile(
    # (…拟支持3项。（责任单位：农村科技科）: a work plan's task, its office closing it)
    # (归口：科技管理股。本计划采取奖补方式…: the label alone, the plan's terms after it)
    r"(?:(?:归口|责任|主管|受理|业务|牵头|承办)(?:管理)?(?:处室|科室|股室|部门)|责任单位"
    r"|(?<![\u4e00-\u9fff])归口(?=\s*[:：]))(?:为|是|[:：])\s*"
    # (…农村与社会发展科. — a scan read back with a full stop for its 。)
    # (受理科室：高新技术科（电话：010-…）: its phone after it)
    # (（归口：科技股｜前资助｜…）: a leaflet's bars between the terms)
    r"(?P<office>[\u4e00-\u9fff]{2,20}?(?:科|处|室|办|中心|股|部))(?=[。；;,，.)）｜|]|[(（]电话|$)"
    # 本计划项目由高新技术科归口管理
    r"|由(?P<by>[\u4e00-\u9fff]{2,20}?(?:科|处|室|办|中心|股|部|工作站))(?:负责)?"
    r"(?:会同[\u4e00-\u9fff]{2,10}?(?=审核|受理))?"  # (由县科技局办公室会同县财政局审核兑现)
    # (由…科负责组织实施; 由农村科技与社会发展股会同县财政局审核。: the office that reviews it)
    # (重点领域研发类项目由高新技术股管理，…: the office that manages it)
    r"(?:归口(?:管理)?|组织实施|具体实施|受理|审核兑现|(?:组织|审核|管理)(?=[。；;,，]|$))"
    r"|(?<=由)(?P<alone>[\u4e00-\u9fff]{2,20}?(?:科|处|室|办|股))负责(?=[。；;，,])"  # …股负责，
    # 本类项目归口高新技术股。: the class's office, said with 归口 before it
    # (…属“县重点研发计划（农业…）”，归口县科技局农村科技与社会发展股。: after a comma too)
    # (这一类归口市科技局工业和高新技术科。: said aloud)
    # (答：第一类归口我们局高新技术股。这一类…: the part's, opening what is said of it)
    # (本大类归口高新技术股: a classification table's class, said so)
    r"|(?:项目|计划|专项|本[大中小]?类|这一?类|方向|^|(?<=[，,。；;]))归口(?!处室|科室|股室|部门|管理)"
    r"(?:于)?"
    r"(?P<after>[\u4e00-\u9fff]{2,20}?(?:科|处|室|办|中心|股))"
    r"(?:管理)?(?=[。；;,，]|$)"
    # 这一类归县科技局科技创新股管: said aloud, 归…管 for 归口管理
    # (这部分归县科技局科技管理股，…: a part's, said without 管)
    # (所有方向都归科技股管: every direction's, said so)
    r"|(?:这一?类|本类|这个方向|本方向|这部分|本部分|(?:所有|全部|各个?|以上|上述)的?(?:方向|项目)"
    r"(?:都|均|统一)?|^|(?<=[。；;，,！!]))(?:项目)?归(?!口)"
    r"(?P<spoken>[\u4e00-\u9fff]{2,20}?(?:科|股|处))(?:管(?:理)?|兑现)?(?=[。；;,，！!]|$)"
    # 管事的是县科技局科技发展股: the office said aloud as the one in charge
    r"|(?:管事|负责|主管)的(?:科室|股室|单位|部门)?(?:是|为)"
    r"(?P<in_charge>[\u4e00-\u9fff]{2,20}?(?:科|股|处))(?=[。；;,，！!]|$)"
    # (…，也是我们科技项目股受理。: the office that takes the applications, said aloud)
    r"|(?<=[，,])\s*(?:也|都)?是(?P<takes>[\u4e00-\u9fff]{2,20}?(?:科|股|处))(?:负责)?受理"
    r"(?=[。；;,，！!]|$)")


def office_named(found: re.Match[str]) -> str:
    """The office an `OFFICE_SENTENCE` names, without the bureau it belongs to (由市科技局高新技术
    科归口管理 → 高新技术科) — but a label's value whole, as the label line gives it (归口科室：
    县科学技术工业信息化局科技股)."""
    if found["office"]:
        return found["office"]
    return BUREAU_PREFIX.sub("", found["by"] or found["alone"] or found["after"]
                             or found["spoken"] or found["in_charge"] or found["takes"])


# (市科技局 / 科技和产业促进局 before the office that belongs to it)
BUREAU_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}?(?:市|区|县))?(?:科技局|科学技术局)"
                           r"|^[\u4e00-\u9fff]{1,12}?局(?=[\u4e00-\u9fff]{2,}(?:科|处|室|中心|股)$)"
                           # (由局里高新技术股负责受理: the bureau, said aloud)
                           r"|^(?:局|区|县|市|镇)里(?=[\u4e00-\u9fff]{2,}(?:科|处|室|中心|股)$)"
                           # (由我们科技项目股负责: the speaker's own office, said aloud)
                           r"|^(?:我们|咱们|我局|本局)(?=[\u4e00-\u9fff]{2,}(?:科|处|室|中心|股)$)")


FIELD_NAMES = {"enterprise_lead_only": "牵头单位要求", "min_rd_spend_wan": "研发投入门槛",
               "matching_ratio": "自筹配套比例", "funding_mode": "资助方式",
               "period_years_max": "执行期限", "quota": "支持数量",
               "funding_max_wan": "资助上限", "funding_min_wan": "资助下限",
               "qualifications": "资质要求"}
PERIOD_WORDS = re.compile(
    r"执行期|实施期|实施周期|实施年限|执行年限|期限|周期|服务期|支持期|资助期|建设期|起止年限|合同期"
    # (滚动支持…，续期1年: a renewed project's period; 高价值专利培育：…培育期12个月)
    r"|研究年限|续期|推广期|示范期|培育期|攻关期"
    r"|(?:干|做|实施)的时间"  # (项目干的时间不超过两年: said aloud)
    r"|(?:揭榜|立项|签约)后\s*[\d一二两三四五六七八九十]+\s*个?(?:月|年)内"  # (揭榜后18个月内完成)
    # (项目自2026年7月起实施，须于2028年6月底前完成: its start and end)
    r"|" + fx.START_THEN_END.pattern
    # (项目须于2021年4月至2022年3月完成示范任务: the months it runs)
    + r"|(?:于|在)\s*\d{4}\s*年\s*\d{1,2}\s*月\s*(?:至|到|—|–|-|~|～)\s*\d{4}\s*年\s*\d{1,2}\s*月"
    r"(?:底|末)?\s*(?:前|之前)?\s*完成")
PER_LEAF_QUOTA = re.compile(
    # (同一方向择优支持不超过3个团队: each direction's count of teams)
    # (每个赛马榜单遴选入围团队一般不超过3个: a kind of 榜单, its teams)
    # (not 合计支持不超过6项（不是每个方向6项）: a count denied)
    r"(?<!不是)(?<!并非)(?:(?:各|每个?|每项|本|同一|这个)(?:指南|赛马|揭榜)?"  # (这个方向: aloud)
    r"(?:子方向|子项|研究方向|专题方向|攻关方向|方向|子课题|子专题|课题|榜单|榜|任务"
    r"|需求|子条目|条目|事项|选题|研究选题|标段)|(?:每项|各项)指南)"  # (每项指南原则上支持1～2项)
    r"(?:[(（][^()（）]{1,12}[)）])?"  # (每个子方向（未设子方向的方向）不超过2项)
    r"(?:(?!合计|总计|累计)[^。；;，,]){0,8}?"  # (各方向合计支持不超过6项: all of them together)
    # not 每个子方向开发新产品不少于3个 (an indicator)
    r"(?:立项数量|支持数量|拟支持|支持|立项|资助|确定|遴选|限|不超过(?=\s*\d+\s*项)|拟中标|中标"
    r"|名额)"  # (每个子方向名额1项)
    r"(?:(?:入围|参赛)?团队(?:一般|原则上)?)?"  # (遴选入围团队一般不超过3个)
    r"[^。；;，,\d]{0,4}?(?:均为|各|为|均)?\s*(?:\d+\s*[~～\-至到]\s*)?"  # (拟支持1～2项: 2)
    r"(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:项|个|家)(?!以上)")
# 本专题拟支持不超过3项 / 本专题项目…，拟支持不超过8项。: how many the group above will fund,
# from among its directions, said in a sentence of the group's own (not a plan's 拟立项30项左右)
# (not 本计划安排资金500万元，支持不超过10项: a plan's whole; nor 本专项合计拟支持2项: shared)
# (not 共同申报; 本专项安排经费40万元，支持不超过10项: the whole plan's budget and count)
SHARED_COUNT = re.compile(rf"{fx.SHARED_WORDS}|共(?!同|享|建)|安排[^。，,]{{0,6}}?(?:资金|经费)")
GROUP_SENTENCE = re.compile(r"^\s*[▷►▶●○■□◆◇★☆•·\-–]?\s*(?:本|这一?)"
                            r"(?:专题|专项|[大中小]?类|领域|批次?|板块|组|节)"
                            rf"(?![^。]*(?:{SHARED_COUNT.pattern}))")
GROUP_QUOTA = re.compile(r"(?:支持|立项|资助)(?:项目)?\s*(?:不超过|最多)?\s*"
                         r"(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:项|个)(?!\s*[×xX＊*])")
# 拟支持项目数：每个方向2项: the count right after the words for each direction
PER_LEAF_BARE = re.compile(r"(?<!不是)(?<!并非)(?:各|每个?)(?:子方向|方向|子课题|课题|榜单)\s*"
                           r"(?:[(（][^()（）]{1,8}[)）])?\s*"  # (每个方向（子方向）1项)
                           r"(?:\d+\s*[~～\-至到]\s*)?(?P<n>\d+)\s*(?:项|个)")
PER_PROJECT = re.compile(
    r"每项|(?:单|每)个(?:[\u4e00-\u9fff]{1,4})?项目|单项|每个(?:子|研究)?方向|单个方向|各方向"
    r"|各子方向|单个榜单|每个榜单"  # (单个揭榜项目, 单个重点项目, 每个揭榜项目 too)
    # 单个企业年度兑付额最高不超过20万元: what one firm gets (not a firm's yearly total of all)
    r"|单(?:个|家)企业(?![^。；;，,]*(?:合计|累计|总额|各项))"
    r"|每(?:个|家)(?=\s*(?:不超过|最高|最多|\d))"  # …给予奖补，每个不超过10万元
    r"|每年(?:度)?(?:给予|资助|补助|支持)"
    r"|每榜|每个(?:子)?课题|万元\s*/\s*项"  # 50-80万元/项
    # 本领域项目资助额度一般为十万元至二十万元: what a project gets, said of them all
    r"|(?:资助|支持|补助)(?:额度|强度)(?:一般|原则上)(?:为|不超过|在)"
    r"|(?:资助|支持|补助)(?:额度|强度|金额)最高可(?:达|至)")  # (…审定，资助额度最高可达0.1亿元)
# …形成氢冶金成套技术。（编号：TS26-ZD02）: a code printed at the end of a direction's text
CODE_IN_TEXT = re.compile(
    r"[(（【\[［〔]\s*(?:[\u4e00-\u9fff]{0,4}?(?:代码|编号|编码))\s*[:：]\s*"
    r"(?P<code>(?=[0-9A-Za-z\-]*\d{2})[0-9A-Za-z][0-9A-Za-z\-]{3,19})\s*[)）】\]］〕]"
    # 指南代码沿用FX2024-07: a direction carried over keeps last year's code
    r"|(?:代码|编号)(?:沿用|仍为|继续使用)\s*(?P<kept>(?=[0-9A-Za-z\-]*\d{2})[0-9A-Za-z][0-9A-Za-z\-]{3,19})"
    # …完成示范应用。项目代码XZ2026GG0202，支持强度…: said in a sentence of its own
    r"|(?:^|(?<=[。；;，,]))\s*(?:项目|指南|方向|申报)?(?:代码|编号|编码)\s*[:：]?\s*"
    r"(?P<said>(?=[0-9\-]*[A-Za-z])(?=[0-9A-Za-z\-]*\d{2})[0-9A-Za-z][0-9A-Za-z\-]{5,19})"
    r"(?=[，,。；;\s]|$)")


def code_in_text(node: Node) -> str | None:
    """The one labelled code (（编号：…）) the direction's own text states, if only one."""
    found = {m["code"] or m["kept"] or m["said"] for text in node.stated
             for m in CODE_IN_TEXT.finditer(fx.unwrap(normalise(text)))}
    if not found or any(code.endswith("-") for code in found):  # 指南代码：DJK2021- ⏎ GY03-1。
        joined = {m["code"] or m["kept"] or m["said"] for m in CODE_IN_TEXT.finditer(
            fx.unwrap(normalise("\n".join(node.stated))))}
        found = {code for code in found if not any(
            whole.startswith(code) and whole != code for whole in joined)} | joined
    return found.pop() if len(found) == 1 else None
# 拟各支持1项: one each, for every direction under the heading that says it
# 未注明的，原则上支持1项: the count of a direction that states none
DEFAULT_QUOTA = re.compile(r"未(?:注明|列明|明确|说明|标明)的[,，]\s*(?:原则上|一般)?\s*(?:拟)?"
                           r"(?:支持|立项|资助)\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:项|个)")
# 每个项目原则上立项1项: each named project (a table's row) is granted once
EACH_PROJECT_QUOTA = re.compile(r"每个项目(?:原则上)?(?:拟)?立项\s*(?P<n>\d+|[一二两三])\s*项")
# 每个子方向资助不超过20万元，拟支持1项: each sub-direction its grant, then its count
# (每个子方向资助200千元（定额资助），各限1项 too)
SUB_QUOTA_AFTER = re.compile(r"(?:各|每个?)(?:子方向|子课题|子专题|子任务)[^。；;]{0,24}?[，,]\s*"
                             r"(?:均|各)?(?:拟支持|拟立项|支持|限)\s*(?:不超过|最多)?\s*"
                             r"(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:项|个)")
EACH_QUOTA = re.compile(  # 拟各支持1项 / 各拟支持不超过2项
    r"(?:拟)?各(?:拟)?(?:支持|资助|立项)\s*(?:不超过|最多)?\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:项|个)")
# 均可牵头申报 says who may lead; 申报主体为…企业 who may apply; 项目由企业牵头申报 too
RULE_SENTENCE = re.compile(r"须|应|必须|限|需|均可|主体为|对象[为是]|不得申报|得是|才能(?:申)?报"
                           r"|不予(?:补助|支持|受理|资助|奖补|奖励)"  # (…不足100万元的，不予补助)
                           r"|由[^,，。;；]{0,14}?(?:企业|单位|机构)(?:作为)?牵头")
SELF_FUNDING = re.compile(r"自筹|配套")
# A plan's budget, not one project's grant: 本专项共安排资金3000万元.
TOTAL_WORDS = re.compile(r"总|共|合计|累计|安排|预算")
# …支持比例不超过项目总投资的20%，最高500万元: a share of the project's own total, no budget
SHARE_OF_TOTAL = re.compile(r"(?:项目)?总(?:投资|投入)(?:额)?的")


# 三、后补助及奖补项目 / …给予后补助或奖补: a heading over both kinds, not one mode said twice
# (研发后补助与平台奖补: each kind with what it is for)
BOTH_KINDS = re.compile(r"后补助\s*(?:及|和|与|、|或|/|／)\s*[\u4e00-\u9fff]{0,4}?奖补"
                        r"|奖补\s*(?:及|和|与|、|或|/|／)\s*[\u4e00-\u9fff]{0,4}?后补助")


def _remarked(own: dict[str, Any], remark: str) -> None:
    """A table row's 备注 cell stating a term of its own (须由企业牵头 / 实施期限1年 / 采取事后补助
    方式) over the row's cell for it: what the remark says is the exception (备注栏另有规定的从其
    规定), whatever the row's other cells carried down from its block."""
    # (备注 | 后补助；须企业牵头: a clause that is a mode's name alone says it too)
    bare = any(BARE_MODE.match(c.strip()) for c in re.split(r"[；;，,、。\s]+", remark))
    modes = fx.funding_modes(remark) if MODE_SENTENCE.search(remark) or bare else []
    if modes:
        own["funding_mode"] = "、".join(modes)
    if re.search(r"期限|执行期|实施期|周期", remark) \
            and (period := fx.period_years_max(remark)) is not None:  # (not 上一年度研发费用…)
        own["period_years_max"] = period
    if (lead := fx.enterprise_lead_only(remark)) is not None:
        own["enterprise_lead_only"] = lead


BARE_MODE = re.compile(r"^(?:采取|采用|实行)?(?:前资助|后补助|事前资助|事后补助|以奖代补|奖补"
                       r"|贷款贴息|贴息)(?:方式|项目)?$")
# a mode that only says when the money comes, not on what terms
SCHEDULES_ONLY = ("分年拨付",)


OWN_WAY = re.compile(r"(?:采取|采用|实行)[^。；;]{0,12}?方式")


def _schedule_completed(own: dict[str, Any], terms: dict[str, Any], filled: list[str]) -> None:
    """指南说明：…资金分年度拨付。 under a plan of 前资助 projects: a schedule taken from the
    heading nearer gets the mode stated further up (前资助、分年拨付)."""
    if "funding_mode" not in filled or own.get("funding_mode") not in SCHEDULES_ONLY:
        return
    modes = [m for m in fx.funding_modes(terms.get("funding_mode")) if m not in SCHEDULES_ONLY]
    if modes:
        own["funding_mode"] = "、".join([*modes, *SCHEDULES_ONLY])


# 无偿资助项目 / 贷款贴息类 / 后补助项目: a direction named for its way of support, among
# directions each one of the ways its plan lists — that way is its mode, not the list
WAY_TITLE = re.compile(r"(?:无偿资助|贷款贴息|前资助|后补助|事前资助|事后补助|以奖代补|奖补"
                       r"|资本金投入)(?:项目|类|类项目|方式)?")


ONE_OFF_MODES = frozenset({"奖补"})
OWN_ROW = "取自上级所引表格中本项的一行"  # (the direction's row of a table its text cites)
AWARD_TITLE = re.compile(r"(?:奖励|奖补|补助)$")
# 本方向资助额度上限调整为50万元 / 同意将本方向每项支持上限调整为80万元: the cap of the range
# stated above moved, not a range of its own
CAP_MOVED = re.compile(r"上限(?:调整|提高|上调|下调|降低|放宽)(?:为|至|到)")


def inherit(node: Node, own: dict[str, Any], inferred: list[str], *,
            paid_in_years: bool = False) -> list[str]:
    """Fill what the leaf does not state from the nearest plan, group or direction above it
    that states it (本专项各方向须由企业牵头… / 各子方向执行期限均为2年); returns the fields
    filled that way, each also noted in `inferred`."""
    filled: list[str] = []
    pair = ("funding_max_wan", "funding_min_wan")
    # a leaf with an amount of its own keeps its range as stated
    filled_pair = set(pair) if any(own.get(name) is not None for name in pair) else set()
    if own.get("funding_min_wan") is None and own.get("funding_max_wan") is not None \
            and CAP_MOVED.search(normalise(_join([*node.stated, *node.fields.get("funding", [])]))):
        # (上限调整为50万元 over 每项30万—60万元: the floor stays)
        filled_pair = {"funding_max_wan"}
    # what the leaf's own text waives (不受本专项关于牵头企业资格和研发费用的限制)
    # 奖补 alone under a heading that says 后补助（以奖代补）: the same mode, said in part
    modes = own.get("funding_mode")
    if modes == "奖补":
        stating = next((a for a in node.ancestors() if a.parent is not None
                        and stated_terms(a).get("funding_mode")), None)
        above = stated_terms(stating)["funding_mode"] if stating is not None else ""
        if stating is not None and set(fx.funding_modes(above)) == {"后补助", "奖补"} \
                and not BOTH_KINDS.search(normalise(_join([stating.heading_text,
                                                           *stating.stated]))):
            own["funding_mode"] = None
    if paid_in_years:  # 奖励资金分年度拨付 under 支持方式：事后补助: how the mode above pays
        stating = next((a for a in node.ancestors() if a.parent is not None
                        and stated_terms(a).get("funding_mode")), None)
        above = [m for m in fx.funding_modes(stated_terms(stating)["funding_mode"])
                 if m not in SCHEDULES_ONLY] if stating is not None else []
        if above:
            own["funding_mode"] = "、".join([*above, *SCHEDULES_ONLY])
    # (…，不设实施期限： for those after it; 支持额度：根据专家评审结果确定, its own field's
    # value read with its label)
    stopped = waived(_join([*node.stated, *node.noted,
                            *(f"资助额度：{said}" for said in node.fields.get("funding", []))]))
    if WAY_TITLE.fullmatch(re.sub(r"\s", "", normalise(node.title or ""))):
        # (1、无偿资助项目 under 支持方式分为无偿资助和贷款贴息两种: its way, not the list)
        stopped.add("funding_mode")
        own["funding_mode"] = own.get("funding_mode") \
            or "、".join(fx.funding_modes(node.title)) or None
    # its row of a table the heading above refers to; the tier a grant above gives its kind
    said_above = [(sentence, note) for sentence, note in (
        (node.table_terms, OWN_ROW),
        (_join(node.excepted), NOTED),  # (方向3资助额度最高… over 方向1—4's terms)
        (_join(node.noted), NOTED),
        (node.kind_terms, f"取自上级为{node.kind_named or '本项类别'}所定的一档")) if sentence]
    holders: list[Node | tuple[dict[str, Any], str]] = [
        (_terms_of(sentence, None, funding_field=_labelled_funding(sentence)), note)
        for sentence, note in said_above]
    nearer = _stated_below_kind(node, own.get("funding_mode"))
    for holder, (sentence, note) in zip(list(holders), said_above, strict=True):
        if isinstance(holder, tuple) and note != NOTED and nearer:
            for name in nearer:  # (每个子方向资助20万元 under 本领域各方向均为B类项目)
                holder[0].pop(name, None)
        if isinstance(holder, tuple) and holder[0].get("quota") is None and (
                note == NOTED or (note == OWN_ROW and not node.field_text("quota"))):
            # a note said of this direction alone, or its own row of a table the text cites:
            # its 拟支持不超过2项 is this direction's count
            holder[0]["quota"] = fx.quota(sentence)
    if node.kinds_terms:
        holders.append((_union_terms([_terms_of(s, None) for s in node.kinds_terms]),
                        f"取自上级为{node.kind_named}所定的各档"))
    chain = node.ancestors()
    # (the leaf's title and those of the headings passed on the way up: 本篇…1:1（社会发展科技
    # 计划项目除外） spares what stands under that plan)
    # (and its row's class: 注：1.重点研发项目须由企业牵头… under the table binds that class's rows)
    passed = [t for t in (node.title, node.kind_named) if t]
    for holder in [*holders, *chain]:
        if isinstance(holder, tuple):
            terms, note = holder
            _schedule_completed(own, terms, filled)
            stated = set(filled_pair)  # (本方向支持强度不超过80万元 over its kind's 100～200)
            if any(terms.get(name) is not None for name in pair):
                filled_pair = set(pair)  # its row's 每项不超过20万元 is the whole range
            # (序号4方向可由企业或高校…牵头申报，不受本专题牵头要求限制: what the note waives
            # is the heading's rule, not its own)
            blocked = stopped - terms.get("waived", set()) if note == NOTED else stopped
            for name, value in terms.items():
                if name in FIELD_NAMES and own.get(name) in (None, []) and name not in stated \
                        and value not in (None, []) and name not in filled \
                        and name not in blocked:  # (its own 不设研发费用门槛 over its kind's)
                    _take(own, terms, name, filled)
                    inferred.append(f"{FIELD_NAMES[name]}{note}")
            continue
        ancestor = holder
        if ancestor.parent is None and not ancestor.general:
            break
        terms = (_terms_for_mode(ancestor, own.get("funding_mode"), tuple(passed))
                 if ancestor.parent is not None
                 else general_terms(ancestor, own.get("funding_mode"), [node, *chain],
                                    # (3.1's direction is 3: 除第3项外 spares it)
                                    node.kind_named, _direction_number(node),
                                    grant=own.get("funding_min_wan")))
        if ancestor.title:
            passed.append(ancestor.title)
        _schedule_completed(own, terms, filled)
        taken = len(filled)
        unset = {"period_years_max"} if (ancestor.parent is not None
                                         and _says_no_period(tuple(ancestor.stated))) or (
            # (an award — 瞪羚企业奖励 — runs no project: the document's 实施期限一般为2年 is
            # its projects', a 技术示范 paid as 奖补 among them)
            ancestor.parent is None and own.get("funding_mode")
            and set(fx.funding_modes(own["funding_mode"])) <= ONE_OFF_MODES
            and AWARD_TITLE.search(normalise(node.title or "")) is not None) else set()
        for name, value in terms.items():
            if name in filled_pair or name in filled or name in stopped or name in unset \
                    or name not in FIELD_NAMES:
                continue
            if own.get(name) in (None, []) and value not in (None, []):
                _take(own, terms, name, filled)
                inferred.append(f"{FIELD_NAMES[name]}取自上级“{ancestor.title}”的说明"
                                if ancestor.parent is not None
                                else f"{FIELD_NAMES[name]}取自指南对所有方向的规定")
        if set(pair) & set(filled[taken:]):
            filled_pair |= set(pair)  # (方向3：最高60万元 under 50～100万元: its cap, whole)
            if tiers := fx.level_tiers(_join(ancestor.stated), node.field_text("funding") or ""):
                own["funding_max_wan"], own["funding_min_wan"] = max(tiers), min(tiers)
        stopped |= terms.get("waived", set())  # 本专项不设执行期: nothing above applies
    if "funding_min_wan" in filled and own.get("funding_max_wan") is not None \
            and own["funding_min_wan"] > own["funding_max_wan"]:
        own["funding_min_wan"] = None  # (a cap moved below the floor above: no floor left)
        filled.remove("funding_min_wan")
        inferred[:] = [n for n in inferred if not n.startswith(FIELD_NAMES["funding_min_wan"])]
    return filled


# 各专题归口管理股室：A专题、B专题由高新技术股负责；C专题由农村科技股负责: the clause's
# subject, before the office it names
_SCOPE_SUFFIX = re.compile(r"(?:的)?(?:项目|专题|专项|领域|计划|方向|类)+$")
_ROW_CLASS = re.compile(r"^(?:所属)?(?:专题|领域|产业|产业领域|技术领域|类别|项目类别|计划类别"
                        r"|产业链)$")
_ALL_SCOPE = re.compile(r"^(?:本(?:年度|批|计划|专项|指南)?|各|所有|全部)?(?:项目|方向)?$")


def general_office(general: list[str], node: Node, ancestors: list[Node],
                   mode: str | None) -> str | None:
    """The one office the document-wide rules name for the leaf: a clause naming its kind
    (重点项目和一般项目由科技股归口管理，后补助项目由工业股归口管理), its funding mode, a heading
    above it or its row's class cell (清香型白酒产业专题…由高新技术股负责) — or, where no clause
    names any, the one office a rule for every direction names. None when that is not one."""
    def folded(text: str) -> str:  # (A类（团队）: the class A)
        return _SCOPE_SUFFIX.sub("", re.sub(r"\s|[(（][^()（）]*[)）]", "", normalise(text)))

    own = {folded(t) for t in [node.kind_named, *(a.title or "" for a in [node, *ancestors]),
                               *_row_class(node), *fx.funding_modes(mode)] if t}
    own.discard("")
    scoped: set[str] = set()
    common: set[str] = set()
    for sentence in general:
        for clause in re.split(r"(?<=[，,；;。])", normalise(sentence)):
            found = OFFICE_SENTENCE.search(clause)
            if found is None:
                continue
            subject = re.sub(r"^.*[:：]|由$", "", clause[:found.start()].strip())
            # (重点项目和一般项目: two kinds; 新材料与先进制造专题: one name with 与 in it)
            names = {folded(n) for n in [*re.split(r"[、，,]", subject),
                                         *re.split(r"[、，,和及与]", subject)] if n.strip()}
            if not names or all(_ALL_SCOPE.match(n) for n in names):
                common.add(office_named(found))
            elif names & own:
                scoped.add(office_named(found))
    chosen = scoped or common
    return chosen.pop() if len(chosen) == 1 else None


def _row_class(node: Node) -> list[str]:
    """A table row's class cell (专题 | 清香型白酒产业), written on a group's first row and left
    empty on the rows that go on under it."""
    if node.style != "table" or node.parent is None:
        return []
    rows = node.parent.children[:node.parent.children.index(node) + 1]
    for row in reversed(rows):
        cell = next((value for key in row.fields if key.startswith("other:")
                     and _ROW_CLASS.match(key.removeprefix("other:"))
                     and (value := (row.field_text(key) or "").strip())), None)
        if cell:
            return [cell]
        if row.style != "table":
            break
    return []


def _stated_below_kind(node: Node, mode: str | None) -> set[str]:
    """What the headings between a leaf and the one that named its kind state for it: nearer
    than its kind's row or tier, so theirs (a direction's 每个子方向资助20万元 over the B类 row
    its group chose by 本领域各方向均为B类项目). An amount stated is the whole range."""
    if node.kind_from is None:
        return set()
    stated: set[str] = set()
    for ancestor in node.ancestors():
        if ancestor is node.kind_from or ancestor.parent is None:
            break
        stated |= {name for name, value in _terms_for_mode(ancestor, mode, ()).items()
                   if name in FIELD_NAMES and value not in (None, [])}
    if stated & {"funding_max_wan", "funding_min_wan"}:
        stated |= {"funding_max_wan", "funding_min_wan"}
    return stated


def _direction_number(node: Node) -> int | None:
    """The number a rule calls a leaf's direction by: its own, or for 3.1 its direction's."""
    if not node.seq:
        return None
    return node.seq[0] if len(node.seq) > 1 else node.seq[-1]


def _stated_for_the_row(node: Node, own: dict[str, Any], office: str | None,
                        inherited: list[str]) -> None:
    """海洋产业关键技术攻关计划 | 1.…（HD26-01） ⏎ 2.…（HD26-02） | 事前资助 | 每项不超过50万元 |
    2年 | 高新技术与产业化科: a direction one cell of a Word row lists among others takes what
    the row's other cells say, stated once for them all — inherited, where its own words do
    not say otherwise (本方向资助额度不超过80万元 under it). (A cell of content listing its
    points 1．… 2．… beside the row's one title is no list of directions.)"""
    listing = next((cell for cell in node.heading_text.split("\t")
                    if node.title and node.title in cell), "")
    if not LISTED_ITEM.match(listing):
        return
    def shared(text: str | None) -> str | None:
        """A cell's sentences but what it says of this direction alone (本方向…)."""
        kept = [sentence for sentence in fx.sentences(normalise(text or ""))
                if not OWN_STATEMENT.match(sentence.strip())]
        return "".join(kept) or None

    cells = _cell_terms({key: shared(node.field_text(key))
                         for key in ("funding", "mode", "period", "quota", "requirements")})
    if (asked := shared(node.field_text("requirements"))) is not None:  # its 申报主体要求 cell
        cells |= {"min_rd_spend_wan": fx.min_rd_spend_wan(asked),
                  "matching_ratio": fx.matching_ratio(asked),
                  "qualifications": fx.qualifications(asked)[0] or None}
    # (a cell packing several terms, 支持方式及额度 | 前资助，…实施期限2年；…均可牵头申报。: each
    # of them)
    packed = _terms_of("".join(filter(None, (shared(cell) for cell
                                             in node.heading_text.split("\t")
                                             if cell != listing))), None)
    cells |= {name: value for name, value in packed.items()
              if name in FIELD_NAMES and cells.get(name) is None}
    for name, value in cells.items():
        if value not in (None, []) and own.get(name) == value and name not in inherited:
            inherited.append(name)
    if office and office not in listing and "office" not in inherited:
        inherited.append("office")  # (受理科室 a cell of the row's, not a bracket of its own)


def _unfill(inherited: list[str], inferred: list[str], name: str) -> None:
    """The leaf's own words decide `name` after all: not taken from above."""
    if name in inherited:
        inherited.remove(name)
        inferred[:] = [note for note in inferred if not note.startswith(FIELD_NAMES[name])]


def _take(own: dict[str, Any], terms: dict[str, Any], name: str, filled: list[str]) -> None:
    """The leaf takes a field from terms stated above it; what belongs with the value comes
    along: a matching ratio's condition and sentence, a grant's amount when a firm leads."""
    own[name] = terms[name]
    filled.append(name)
    if name == "matching_ratio":
        own["matching"] = terms["matching"]
    if name == "funding_max_wan" and terms.get("firm_led"):
        own["firm_led"] = terms["firm_led"]


NOTED = "取自注释对本项的规定"  # (what the inferred note says of terms a note elsewhere states)


def _labelled_funding(sentence: str) -> str | None:
    """The grant a table row's sentence states under its column's label (支持强度：50～100万元
    — no 每项 nor 资助 in it: the column said what the value is)."""
    parts = re.split(r"[；;]", sentence)
    for index, part in enumerate(parts):
        label, sep, value = part.partition("：")
        if sep and value.strip() and label_key(label) == "funding":
            # (全国重点实验室500万元/个；省重点实验室100万元/个: one cell's tiers, the parts
            # after it with no label of their own)
            more = list(itertools.takewhile(lambda p: "：" not in p, parts[index + 1:]))
            return "；".join([value.strip(), *(p.strip() for p in more if p.strip())]).rstrip("。")
    return None


def _union_terms(tiers: list[dict[str, Any]]) -> dict[str, Any]:
    """The terms of a direction open to several kinds of project: the widest grant and
    period any of them allows; other terms only where every kind states the same."""
    union = dict(tiers[0])
    for name in union:
        values = [tier.get(name) for tier in tiers]
        if name in ("funding_max_wan", "period_years_max"):
            known = [v for v in values if v is not None]
            union[name] = max(known) if len(known) == len(values) else None
        elif name == "funding_min_wan":
            known = [v for v in values if v is not None]
            union[name] = min(known) if len(known) == len(values) else None
        elif any(v != values[0] for v in values):
            union[name] = None if not isinstance(values[0], (list, set)) else type(values[0])()
    return union


# 市科技局按榜单金额的30%对揭榜项目给予定额资助，单项最高不超过100万元: each 榜单's grant is
# that share of its own 榜单金额, up to the cap (a fixed grant; a share given without 定额 is
# the most a 榜单 may get, and its cap is the grant stated)
SHARE_OF_LIST = re.compile(r"按(?:榜单|需求)金额的\s*(?P<pct>\d+(?:\.\d+)?)\s*%"
                           r"[^。；;]{0,20}?(?P<fixed>定额)?(?:资助|补助|支持)")
# 揭榜方式：赛马制，确定2家揭榜单位平行攻关，每家揭榜单位按榜单金额的50%给予资助: a 榜单 raced
# by several winners, each granted that share of its amount (the leaf's own words)
RACED_SHARE = re.compile(r"(?:每家|每个|各)(?:揭榜)?(?:单位|团队|方)?按(?:榜单|需求)金额的\s*"
                         r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*[%％]\s*(?:给予)?(?:资助|补助|支持)")


SHARE_LABEL = re.compile(r"(?:支持|资助|补助)比例$")
SHARE_VALUE = re.compile(r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*[%％][。.]?")
OWN_SHARE = re.compile(r"按(?:榜单|需求)金额的\s*(?P<pct>\d{1,2}(?:\.\d+)?)\s*[%％]\s*"
                       r"(?:给予)?(?:揭榜方)?(?:资助|补助|支持)[,，]\s*(?:单项)?最高(?:不超过)?\s*\d")


def _share_of_list_amount(node: Node, own: dict[str, Any], inherited: list[str],
                          inferred: list[str]) -> None:
    """A fixed grant (定额) stated above as a share of each 榜单's amount: this leaf's, from
    its own 榜单金额 (the cap above still binds)."""
    stated = node.field_text("other:榜单金额") or node.field_text("other:需求金额")
    raced = RACED_SHARE.search(normalise("".join(
        line.strip() for lines in [node.stated, *node.fields.values()] for line in lines)))
    if stated is not None and raced is None:
        # 财政资助：市财政按榜单金额的30%给予资助，最高不超过80万元 in the 榜单's own lines, its
        # cap with it: its grant is that share of its own amount, up to the cap
        raced = OWN_SHARE.search(normalise(_join([
            line for key, lines in node.fields.items()
            if key not in ("other:榜单金额", "other:需求金额") for line in lines])))
    from_ratio = False
    if stated is not None and raced is None:
        # 区财政支持比例 | 30% beside 榜单金额 | 400万元: at most that share of its amount (the
        # share is of what the firm actually pays, the 榜单金额 at most: no least grant said)
        # (a label read as the grant's field, its value a share alone)
        raced = next((m for key, lines in node.fields.items()
                      if key == "funding" or (key.startswith("other:") and SHARE_LABEL.search(key))
                      for m in [SHARE_VALUE.fullmatch(normalise(_join(lines)).strip())] if m),
                     None)
        from_ratio = raced is not None
    if stated is None or (raced is None and "funding_max_wan" not in inherited
                          and own.get("funding_max_wan") is not None):
        return
    amount = fx.parse_funding(stated).max_wan
    share = raced or next((m for a in node.ancestors() if a.parent is not None
                           for m in [SHARE_OF_LIST.search(normalise(_join(a.stated)))] if m), None)
    if amount is not None and share is None and raced is None \
            and "funding_max_wan" in inherited:
        _up_to_share(node, amount, own, inferred)
        return
    if amount is None or share is None or not (raced or share["fixed"]):
        return  # (按榜单金额的20%给予支持，每项不超过120万元: a share up to the cap stated)
    value = round(amount * float(share["pct"]) / 100, 4)
    cap = own.get("funding_max_wan")
    if cap is not None and value >= cap:
        value = cap  # the cap binds: the grant is the one stated above
    else:
        for name in ("funding_max_wan", "funding_min_wan"):
            if name in inherited:
                inherited.remove(name)
        inferred.append(f"资助额度按{'本榜单' if raced else '上级'}所定比例（{share['pct']}%）"
                        "由本榜单金额算出")
    own["funding_max_wan"] = value
    own["funding_min_wan"] = None if from_ratio else value
    if value == cap and "funding_max_wan" in inherited and "funding_min_wan" not in inherited \
            and not from_ratio:
        inherited.append("funding_min_wan")


# 财政资助不超过榜单金额的30%，单个榜单最高不超过300万元: at most that share of each 榜单's amount
UP_TO_SHARE = re.compile(r"(?:资助|支持|补助)(?:额度|金额|资金)?(?:原则上)?不(?:超过|高于)"
                         r"(?:榜单|需求)金额的\s*(?P<pct>\d{1,2}(?:\.\d+)?)\s*[%％]")


def _up_to_share(node: Node, amount: float, own: dict[str, Any], inferred: list[str]) -> None:
    """A grant said above (or for the whole notice) to be at most a share of each 榜单's amount,
    under a cap: this 榜单's most is that share of its own amount, when below the cap."""
    root = node.ancestors()[-1] if node.parent is not None else node
    said = [_join(a.stated) for a in node.ancestors() if a.parent is not None]
    share = next((m for text in [*said, _join(root.general)]
                  for m in [UP_TO_SHARE.search(normalise(text))] if m), None)
    cap = own.get("funding_max_wan")
    if share is None:
        return
    value = round(amount * float(share["pct"]) / 100, 4)
    if cap is None or value < cap:
        own["funding_max_wan"] = value
        inferred.append(f"资助上限按上级所定比例（不超过{share['pct']}%）由本榜单金额算出")


# Terms a heading says do not apply below it, or a direction says it is free of.
# (不设执行期 / 实施年限不作要求)
NO_PERIOD = re.compile(r"不设(?:项目)?(?:执行|实施)周?期"  # (不设实施周期)
                       r"|(?:执行|实施)(?:年限|期限|周期|期)不作(?:要求|限制|规定)")
NO_MATCHING = re.compile(r"不作(?:自筹)?(?:经费|资金)?配套要求"
                         # (不要求申报单位自筹配套资金)
                         r"|不要求[^。；;，,]{0,10}?(?:自筹)?(?:经费|资金)?配套"
                         r"|无需配套")
NO_MONEY = re.compile(r"(?:本方向|本项目|本类项目|该方向)?不设(?:资助)?经费"
                      r"|(?:市|县|区)?(?:级)?财政不安排(?:资助|补助)?(?:经费|资金)")
# 资助额度根据项目实际需要确定 / 支持金额视评审结果核定: no amount said here, nor one above
# (not 实际资助额度根据评审结果确定 under a cap: the cap stands, the review picks within it)
AMOUNT_SET_LATER = re.compile(r"(?<!实际)(?:资助|支持|补助|扶持|奖励|奖补)(?:额度|金额|强度|经费)"
                              r"[^。；;，,\d]{0,4}?"
                              r"(?:根据|视|依据|按照?)[^。；;\d]{2,20}?(?:确定|核定|而定)")
WAIVER = re.compile(r"不受[^。；;]{0,30}?(?:限制|约束)"
                    r"|不适用[^。；;]{0,30}?(?:要求|规定|额度|标准)"
                    # (不适用配套要求、研发投入要求: a list of them)
                    r"(?:[、和及][^。；;、]{0,12}?(?:要求|规定|额度|标准))*"
                    # 不设研发投入和自筹资金比例要求, 不设研发费用门槛和资质要求
                    r"|不设[^。；;，,]{0,20}(?:要求|门槛|限制)"
                    # 课题三不执行项目群一关于自筹资金的要求
                    r"|不(?:执行|适用)[^。；;，,]{0,24}?(?:要求|规定|条款)"
                    r"|不(?:作|做)[^。；;，,]{2,20}?要求"  # 不作高新技术企业要求: a named kind
                    # (研发费用不作要求: what is waived named first)
                    r"|[^。；;，,]{2,12}?不(?:作|做)(?:要求|限制)"
                    # 不要求牵头单位具备高新技术企业资格, 无需具备…资质
                    r"|(?:不要求|无需|不需)[^。；;，,]{0,12}?具(?:备|有)[^。；;，,]{2,20}?(?:资格|资质)")
WAIVED_FIELDS = (("牵头", "enterprise_lead_only"), ("资格", "qualifications"),
                 ("额度", "funding_max_wan"), ("额度", "funding_min_wan"),
                 ("资助标准", "funding_max_wan"), ("资助标准", "funding_min_wan"),
                 ("支持标准", "funding_max_wan"), ("支持标准", "funding_min_wan"),
                 ("资助经费", "funding_max_wan"), ("资助经费", "funding_min_wan"),
                 ("自筹", "matching_ratio"),
                 ("资质", "qualifications"), ("研发", "min_rd_spend_wan"),
                 ("R&D", "min_rd_spend_wan"), ("研究开发", "min_rd_spend_wan"),
                 ("配套", "matching_ratio"), ("期限", "period_years_max"),
                 ("执行期", "period_years_max"), ("实施期", "period_years_max"),
                 ("周期", "period_years_max"))  # (不受本计划配套比例和执行期要求限制)
WAIVING_WORDS = ("不设", "不安排", "不作", "不要求", "无需", "不受", "不适用", "不执行", "原方向",
                 "》执行", "》规定", "条执行", "确定", "核定", "而定")
# …实施期限均按《…2024年度…申报指南》原方向执行: terms another document sets, not the heading above
# (支持标准按《…若干政策措施》（仪发〔2024〕8号）第十二条执行: a policy's article)
DEFERRED = re.compile(r"[^。；;]{2,40}?均?按(?:《[^》]{4,60}》|\d{4}年度?(?:申报)?指南)"
                      r"(?:[(（][^()（）]{2,24}[)）])?(?:第[一二三四五六七八九十百\d]{1,4}条)?"
                      r"(?:原方向|原)?(?:的?(?:有关|相关)?规定)?执行")


def waived(text: str) -> set[str]:
    """The fields a text frees its directions of: 不设执行期, 不作配套要求, 不受…限制."""
    if not any(word in text for word in WAIVING_WORDS):  # most texts: no folding needed
        return set()
    norm = normalise(text)
    found: set[str] = set()
    if NO_PERIOD.search(norm):
        found.add("period_years_max")
    if NO_MATCHING.search(norm):
        found.add("matching_ratio")
    if NO_MONEY.search(norm):  # (本方向不设经费: no amount and no way of paying one)
        found |= {"funding_max_wan", "funding_min_wan", "funding_mode", "matching_ratio"}
    if AMOUNT_SET_LATER.search(norm):
        found |= {"funding_max_wan", "funding_min_wan"}
    for match in [*WAIVER.finditer(norm), *DEFERRED.finditer(fx.unwrap(norm))]:
        found |= {name for word, name in WAIVED_FIELDS if word in match.group(0)}
        if any(p.search(match.group(0)) for p in fx.QUALIFICATIONS.values()):  # 高新技术企业
            found.add("qualifications")
    return found


# 前资助类项目实施期限最长不超过3年 / 重点研发类项目实施期限为…: a general rule for one kind
# of project only, by its funding mode or by the category heading it names.
# （三）前资助项目申报单位自筹经费…不低于1:1: a rule for the directions funded that way
MODE_SCOPE = re.compile(r"^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.]\s*)?"
                        # (除本指南另有规定外，采取事前资助方式的项目)
                        r"(?:除本指南另有规定外[,，]?)?(?:申报|申请|承担)?(?:采取|采用|实行)?"
                        r"(?P<kind>前资助|后补助|事前资助|事后补助|里程碑式(?:补助|资助)|以奖代补|奖补"
                        r"|贷款贴息|无偿资助)(?:方式(?:支持|资助|立项)?的|类)?"
                        r"(?:项目|任务|方向|榜单)")
KIND_SCOPE = re.compile(r"^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.]\s*)?"
                        # (申报攻关类项目的，…: the kind whose applicants it binds)
                        r"(?!除)(?:申报|承担)?(?P<kind>[\u4e00-\u9fff]{2,8}?)类项目")  # not 除…外


NAMED_SCOPE = re.compile(r"^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.]\s*)?"
                         r"(?:除[^,，。;；]{0,12}外[,，]\s*)?(?:申报|承担)?"  # 除另有说明外，
                         r"(?P<kind>[\u4e00-\u9fff]{2,12}?(?:项目|专项|计划))"
                         # 揭榜挂帅项目和重点研发项目须由企业牵头: two kinds
                         r"(?:[和及与、](?P<kind2>[\u4e00-\u9fff]{2,12}?(?:项目|专项|计划)))?")


# 除另有说明外，第一板块、第二板块项目实施期限…: a rule for the headings named by keyword and
# number (read as 板块一、板块二)
_KEYWORD_NUMBER = (r"(?:(?:板块|专项|专题|领域|课题)[一二三四五六七八九十\d]{1,3}"
                   # (二.1专项: a heading by its section's numeral and decimals)
                   r"|[一二三四五六七八九十]{1,3}\.\d{1,2}(?:\.\d{1,2})*(?=专项|计划|专题)"
                   r"|[上中下]篇"  # (上篇所列科技计划项目…: the half of the document named)
                   r"|第[一二三四五六七八九十\d]{1,3}[节章组])")  # (申报第一节项目的…; 第一组项目…)
HEADINGS_SCOPE = re.compile(r"^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.]\s*"
                            r"|[一二三四五六七八九十]{1,3}\.\d{1,2}\s+)?"  # (三.2 申报二.1专项的…)
                            r"(?:[\u4e00-\u9fff]{2,8}[。:：]\s*)?"  # (（二）实施期限。…)
                            r"(?:除[^,，。;；]{0,12}外[,，]\s*)?(?:申报|承担)?"
                            rf"(?P<names>{_KEYWORD_NUMBER}(?:[、和及与]{_KEYWORD_NUMBER})*)"
                            r"(?:专项|计划|专题)?(?=项目|的|中|所列|各|方向|[,，]|须|应|由)")


# 申请师市财政资助额度在50万元以上（含50万元）的项目: a rule for the directions granted that much
GRANT_SCOPE = re.compile(r"(?:资助|补助|支持)(?:额度|金额|资金)?(?:在|为|达到)?\s*"
                         r"(?P<wan>\d+(?:\.\d+)?)\s*万元(?:及|或)?以上(?:\s*[(（]含[^()（）]{0,10}[)）])?的(?:项目|方向)")


# 申报CB2024XN01、CB2024XN02方向的企业须为高新技术企业: a rule for the directions of those codes
_SCOPE_CODE = r"[A-Z][A-Z0-9]{1,12}(?:-[A-Z0-9]{1,6})*\d{2}(?:-\d{1,2})?"
CODE_SCOPE = re.compile(rf"^(?:[(（]?[一二三四五六七八九十\d]{{1,2}}[)）、.]\s*)?(?:申报|承担)?"
                        rf"(?P<codes>{_SCOPE_CODE}(?:\s*[、,，和及与]\s*{_SCOPE_CODE})*)"
                        r"(?:方向|项目)")


# 申报A类项目的牵头企业须为… / A类、C类项目自筹…: a rule for the headings of those classes
CLASS_SCOPE = re.compile(r"^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.]\s*)?(?:申报|承担)?"
                         r"(?:[\u4e00-\u9fff]{2,10}?(?:计划|专项))?"  # (申报重点研发计划B类项目的)
                         r"(?P<letters>[A-Z]类(?:[、和及与]\s*[A-Z]类)*)(?:项目|方向)")


def _classes_bind(scope: re.Match[str], titles: list[str]) -> bool:
    """Whether a heading above the leaf is of one of the classes the rule names."""
    letters = re.findall(r"([A-Z])类", scope["letters"])
    return any(f"({letter}类)" in title or title.startswith(f"{letter}类")
               for letter in letters for title in titles)


def _part(root: Node, line: int) -> int:
    """Which of the notice's attached guidelines a line is in (0 before the first, or when
    the document is one guideline)."""
    return sum(1 for start in root.parts if start <= line)


def _names_masked(rule: str, titles: frozenset[str]) -> str:
    """…设工业科技攻关计划、…、企业创新奖补三类: a plan's name that holds a mode word names the
    plan; it funds nothing by that mode (the mode words in it are blanked)."""
    for title in titles:
        if len(title) >= 4 and title in rule and fx.funding_modes(title):
            rule = rule.replace(title, "〇" * len(title))
    return rule


# how a sentence says projects are funded (采取后补助方式, 给予贷款贴息, 按…补助, 分两年拨付)
_MODE_VERB = re.compile(r"采取|采用|实行|方式|形式|给予|予以|拨付")


def general_terms(root: Node, mode: str | None, ancestors: list[Node],
                  kind: str = "", number: int | None = None,
                  grant: float | None = None) -> dict[str, Any]:
    """The document-wide rules that bind a leaf funded by `mode` under `ancestors` (and of the
    kind its 项目类型 line names, granted at least `grant`), less those its `number` is
    exempted from."""
    modes = set(fx.funding_modes(mode))
    titles = [normalise(a.title) for a in ancestors if a.title] + ([kind] if kind else []) \
        + [a.kind_named for a in ancestors[1:] if a.kind_named] \
        + [a.code for a in ancestors if a.code] \
        + [name for a in ancestors[1:] if (name := heading_keyword_name(a.heading_text))]
    # (除HK05类外: a class by its code; 第一板块项目…: a heading by its keyword and number)
    part = _part(root, ancestors[0].line) if ancestors else None
    top = next((a for a in ancestors if a.parent is root), None)
    section = top.seq[0] if top is not None and top.seq else None
    kept = tuple(i for i, sentence in enumerate(root.general)
                 if _binds(normalise(sentence), modes, titles, root.category_titles, grant)
                 and _part(root, root.general_at[i]) == part
                 and _binds_section(normalise(sentence), section))
    row = ancestors[0] if ancestors and ancestors[0].style == "table" else None
    codes = [a.code for a in ancestors if a.code]
    said = {i: _for_modes(_for_clauses(_for_codes(_for_row(_for_kind(_unless_exempt(
        _without_yearly_totals(root.general[i]), number), kind, root.kinds_named), row), codes),
        section, titles, root.category_titles), modes) for i in kept}
    kept = tuple(i for i in kept if said[i])
    key = ",".join(str(i) if said[i] == root.general[i] else f"{i}:{said[i]}" for i in kept)
    if key not in root.scoped_terms:
        scoped = [i for i in kept if _scoped(normalise(root.general[i]), root.category_titles)]
        said = {i: _names_masked(EXCEPT.sub("", text), root.category_titles)
                for i, text in said.items()}  # 除后补助项目外: spared
        terms = _terms_of(_join([said[i] for i in kept if i not in scoped]), None)
        if terms.get("funding_mode") and not any(
                fx.funding_modes(sentence) and _MODE_VERB.search(sentence)
                for i in kept if i not in scoped for sentence in fx.sentences(said[i])):
            # (…同步受理科技型企业贷款贴息和企业研发投入后补助申报: programmes named, no way of
            # funding said)
            terms["funding_mode"] = None
        # a rule for the leaf's own kind beats one for every direction: 研发后补助项目…不设
        # 执行期 over 项目执行期统一为…
        own_kind = _terms_of(_join([said[i] for i in scoped]), None)
        for name in own_kind["waived"]:
            terms[name] = None
        terms.update({name: value for name, value in own_kind.items()
                      if value not in (None, []) and name != "waived"})
        terms["waived"] = terms["waived"] | own_kind["waived"]
        root.scoped_terms[key] = terms
    return root.scoped_terms[key]


# 第２部分各方向原则上支持1项 / 实施期不超过2年（第３部分所列事项除外）: a rule for one part of
# the guideline, or for every part but one, by the part's number
_PART = r"第\s*(?P<n>[\d一二三四五六七八九十]{1,2})\s*(?:部分|篇)"
# (not 除第二部分另有规定外: a default that part may change, no part spared)
PART_EXCEPTED = re.compile(rf"(?:[(（]\s*|除\s*){_PART}(?:(?!另有)[^()（），,。；;]){{0,12}}?"
                           r"(?:除外\s*[)）]|(?:以)?外)")
# (（三）经费要求本指南第三部分重点研发计划各课题，…: the part named with its title)
PART_SCOPE = re.compile(rf"^(?:[^，,。；;]{{0,14}}[，,])?\s*"
                        r"(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*(?:[\u4e00-\u9fff]{2,6}[:：]?)?)?"
                        rf"(?:本指南|本通知|本批次?)?\s*{_PART}"
                        r"(?:[\u4e00-\u9fff]{0,12}?)(?:所列|中|的)?(?:各|全部|所有)?"
                        r"(?:方向|项目|事项|课题)")


# 表1、表2所列方向均采取前资助方式: a rule for the directions its tables list
TABLE_SCOPE = re.compile(r"表\s*\d{1,2}(?:\s*[、和及]\s*表\s*\d{1,2})*\s*(?:所列|中)")
# “牵头单位”栏为“企业”的方向，自筹资金…: a clause for the rows whose cell in that column says so
COLUMN_CONDITION = re.compile(r"[“\"‘]?(?P<column>[\u4e00-\u9fff]{2,8})[”\"’]?\s*(?:栏|列)\s*"
                              r"(?:为|填|填写|是|标注为?)\s*[“\"‘]?(?P<value>[^”\"’，,。；;]{1,10}?)"
                              r"[”\"’]?\s*的(?:方向|项目|榜单|行)")


def _for_row(rule: str, row: Node | None) -> str:
    """A rule for the directions a table lists read for one leaf: nothing for a leaf that is
    no table's row; of clauses conditioned on a column's cell, those its own row meets."""
    if not TABLE_SCOPE.search(rule) and not COLUMN_CONDITION.search(rule):
        return rule
    if row is None:
        return ""
    said = normalise(" ".join(line for lines in row.fields.values() for line in lines))
    kept = []
    for clause in re.split(r"(?<=[；;。])", rule):
        condition = COLUMN_CONDITION.search(clause)
        if condition is not None:
            label, cell = lead_cell(condition["column"], condition["value"])
            told = cell if label == "申报要求" else f"{label}：{cell}"
            if normalise(told) not in said:
                continue
        kept.append(clause)
    return "".join(kept)


_WAYS = r"(?:前资助|后补助|事前资助|事后补助|奖补|以奖代补|贷款贴息)"
# （二）经费要求采用前资助方式支持的项目，…；后补助、奖补类项目不作配套要求: a clause for the
# projects funded some ways (an item's label may run into it)
MODE_CLAUSE = re.compile(rf"^(?:[(（][一二三四五六七八九十\d]{{1,2}}[)）][\u4e00-\u9fff]{{0,6}}?)?"
                         rf"(?:采用|采取|实行)?(?P<ways>{_WAYS}(?:[、和及与]{_WAYS})*)"
                         r"(?:方式)?(?:支持|资助)?的?类?项目")


def _for_modes(rule: str, modes: set[str]) -> str:
    """A rule whose clauses each name the ways of funding they are for, read for a leaf funded
    `modes`: the clauses naming other ways alone go."""
    if not modes or ("；" not in rule and ";" not in rule):
        return rule
    clauses = re.split(r"(?<=[；;])", rule)
    kept = []
    for clause in clauses:
        named = MODE_CLAUSE.match(normalise(clause).strip())
        if named is not None and not modes & set(fx.funding_modes(named["ways"])):
            continue
        kept.append(clause)
    return "".join(kept)


def _for_kind(rule: str, kind: str, kinds: set[str]) -> str:
    """…资金的比例：重点项目不低于2:1，一般项目不低于1:1 read for a leaf of one kind: its
    kind's clause after the colon alone (a rule unchanged when it lists no kinds so)."""
    if not kind or len(kinds) < 2 or "：" not in rule:
        return rule
    names = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    clause = rf"(?:{names})[^，,。；;]+"
    listed = re.search(rf"：\s*(?P<list>{clause}(?:[，,；;]\s*{clause})+)", rule)
    if listed is None:
        return rule
    clauses = re.split(r"[，,；;]\s*", listed["list"])
    own = next((c for c in clauses if c.startswith(kind)), None)
    if own is None:
        return rule
    return rule[:listed.start("list")] + own[len(kind):] + rule[listed.end("list"):]


def _for_clauses(rule: str, section: int | None, titles: list[str],
                 categories: frozenset[str]) -> str:
    """本指南第三部分…各课题，自筹…不低于2:1；联合基金项目、青年科学家项目不作自筹经费要求 read
    for one leaf: a clause naming a part, or kinds of project some headings are titled for, binds
    their leaves alone; a clause naming neither goes with the one before it."""
    # (…重点项目自筹经费与财政资助比例不低于2:1，一般项目自筹…不低于1:1: a comma parts the
    # clauses where the next names another class)
    clauses: list[str] = []
    for clause in re.split(r"(?<=[；;])", rule):
        for piece in re.split(r"(?<=[，,])", clause):
            named = NAMED_SCOPE.match(piece.strip())
            if clauses and not clauses[-1].endswith(("；", ";")) and (named is None or not any(
                    k and names_category(k, categories) for k in (named["kind"], named["kind2"]))):
                clauses[-1] += piece
            else:
                clauses.append(piece)
    if len(clauses) < 2:
        return rule
    # (申报书及相关附件材料。重大科技专项须附…；产学研合作项目须附…: the sentence before the
    # clauses is for every leaf, the first clause as scoped as the others)
    clauses[:1] = [part for part in re.split(r"(?<=[。])", clauses[0]) if part]
    kept, binds = [], True
    for clause in clauses:
        said = normalise(clause).strip()
        part = PART_SCOPE.match(said)
        named = NAMED_SCOPE.match(said) if part is None else None
        # (重点项目 a class's name itself: not 重点, held by 重点研发计划 too)
        kinds = [k if k in categories else _class_named(_KIND_WORD.sub("", k), categories)
                 for k in (named["kind"], named["kind2"]) if k] if named is not None else []
        # (注：①A类项目申报企业…；②C类项目申报单位…: a class by its letter or in quotes)
        quoted = _QUOTED_CLASS.match(NOTE_LEAD.sub("", clause.strip())) if part is None else None
        if quoted is not None:
            kinds = [(quoted["name"] or quoted["letter"]).replace(" ", "")]
        listed = _LISTED_SCOPE.match(said) if part is None and quoted is None else None
        if listed is not None and not (kinds and all(names_category(k, categories)
                                                     for k in kinds)):
            # 先进装备制造、绿色石化与新材料领域项目须由企业牵头…: the classes a table's rows
            # are of, listed
            # (some of them, where the table has no rows of the others)
            kinds = [k for name in listed["names"].split("、")
                     if names_category(k := SCOPE_WORD.sub("", name), categories)] or kinds
        if part is not None:
            binds = section is None or fx.to_number(part["n"]) == section
        elif kinds and all(len(k) >= 2 and names_category(k, categories) for k in kinds):
            binds = any(k in title for k in kinds for title in titles)
        if binds:
            kept.append(clause)
    return "".join(kept)


_KIND_WORD = re.compile(r"(?:项目|专项|计划)$")
# 现代农业与食品、社会发展领域项目…: classes listed before the word for their projects
_LISTED_SCOPE = re.compile(r"^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.]\s*)?"
                           r"(?P<names>[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12})+)"
                           r"(?:领域|产业|板块)(?:的)?项目")
# 社会发展领域 / 先进制造产业: the word a class's name ends with, said once after a list of them
SCOPE_WORD = re.compile(r"(?:领域|产业|板块)$")


def _binds_section(rule: str, section: int | None) -> bool:
    """Does a document-wide rule bind a leaf in the part numbered `section` (by its top
    heading: 3 for ３　成果转化… or 第三部分)? Not when the rule spares that part, nor when it
    is for another part alone."""
    if "第" not in rule or section is None:
        return True
    spared = PART_EXCEPTED.search(rule)
    if spared is not None and fx.to_number(spared["n"]) == section:
        return False
    # (第二部分各方向…不超过2年；第三部分各方向…不超过1年: each clause names its own part)
    scopes = [PART_SCOPE.match(clause.strip()) for clause in re.split(r"(?<=[；;])", rule)]
    return scopes[0] is None or section in {fx.to_number(s["n"]) for s in scopes if s}


# …研发投入不低于2000万元（第4、8方向不受此限）: the directions the rule before it spares
EXEMPT = re.compile(
    r"[(（]?\s*第?(?P<nums>[\d一二三四五六七八九十]{1,3}(?:\s*[、,，和及]\s*[\d一二三四五六七八九十]{1,3})*)"
    r"\s*(?:个)?(?:方向|子方向|项)\s*(?:除外|不受此限|不受该限制|不适用)\s*[)）]?")


# 除方向十至方向十二外，牵头申报单位须为…: the directions a whole rule is not for
EXCEPT_NUMBERED = re.compile(
    r"除\s*第?\s*(?:方向)?(?P<a>[\d一二三四五六七八九十]{1,3})\.?\s*(?:个)?(?:方向)?\s*"
    r"(?:(?:至|到|—|－|-|~|～)\s*第?\s*(?:方向)?(?P<b>[\d一二三四五六七八九十]{1,3})\.?\s*(?:个)?(?:方向)?"
    r"|(?P<more>(?:\s*[、,，和及]\s*第?\s*(?:方向)?[\d一二三四五六七八九十]{1,3}\.?\s*(?:个)?(?:方向)?)+))?"
    r"\s*(?:项)?\s*(?:以)?外")  # (除第①项外: the directions numbered in circles)


# 同一企业同一年度享受区级科技奖补资金原则上不超过300万元: what one firm may receive in a year
# from every project together — no project's grant, mode or term
YEARLY_TOTAL = re.compile(r"(?:同一|每个|每家|单个)(?:企业|单位|申报单位|法人)[^。；;]{0,16}?"
                          r"(?:年度|每年|一年|年内)[^。；;]{0,30}?(?:享受|获得|获|得到)[^。；;]{0,24}?"
                          r"不(?:超过|高于|得超过)")


def _without_yearly_totals(rule: str) -> str:
    """The rule without its sentences capping what one applicant receives in a year."""
    if not YEARLY_TOTAL.search(normalise(rule)):
        return rule
    return _join([s for s in fx.sentences(rule) if not YEARLY_TOTAL.search(normalise(s))])


def _unless_exempt(rule: str, number: int | None) -> str:
    """The rule without the clause a direction of this `number` is exempted from."""
    if number is None or ("方向" not in rule and "第" not in rule):
        return rule
    for match in EXCEPT_NUMBERED.finditer(normalise(rule)):
        if "方向" not in match.group(0) and not re.match(r"除\s*第.*项", match.group(0)):
            continue  # 除2项外: not a list of directions (除第①项外 is)
        first, last = fx.to_number(match["a"]), fx.to_number(match["b"] or match["a"])
        spared: set[float | None] = set(range(int(first), int(last) + 1)) \
            if first and last else set()
        if match["more"]:
            spared |= {fx.to_number(n) for n in re.findall(r"[\d一二三四五六七八九十]{1,3}",
                                                        match["more"])}
        if number in spared:
            return ""
    for match in EXEMPT.finditer(normalise(rule)):
        if number in {fx.to_number(n) for n in re.split(r"\s*[、,，和及]\s*", match["nums"])}:
            before = normalise(rule)[:match.start()]
            clause_start = max(before.rfind(mark) for mark in "，,；;。") + 1
            return normalise(rule)[:clause_start] + normalise(rule)[match.end():]
    return rule


def _scoped(sentence: str, categories: frozenset[str]) -> bool:
    """Whether a general rule names the kind of project it is for."""
    named = NAMED_SCOPE.match(sentence)
    return KIND_SCOPE.match(sentence) is not None or MODE_SCOPE.match(sentence) is not None \
        or HEADINGS_SCOPE.match(ordinal_named(sentence)) is not None \
        or GRANT_SCOPE.search(sentence) is not None \
        or CLASS_SCOPE.match(sentence) is not None or CODE_SCOPE.match(sentence) is not None \
        or (named is not None and names_category(named["kind"], categories))


def _for_codes(sentence: str, codes: list[str]) -> str:
    """申报XN01、XN02方向的企业须为高新技术企业；申报XN03方向的企业须为规模以上工业企业: of
    clauses each scoped by codes, those for the leaf's own code (and those scoped by none)."""
    clauses = re.split(r"(?<=[；;])", sentence)
    if sum(1 for c in clauses if CODE_SCOPE.match(normalise(c).strip())) < 2:
        return sentence
    kept = [c for c in clauses if (scope := CODE_SCOPE.match(normalise(c).strip())) is None
            or any(code in codes for code in re.split(r"\s*[、,，和及与]\s*", scope["codes"]))]
    return "".join(kept).rstrip("；;") + ("。" if kept and not kept[-1].endswith("。") else "")


def _class_named(kind: str, categories: frozenset[str]) -> str:
    """社会发展领域 in a rule, for rows of the class 社会发展: the name without its 领域 where
    only that names one."""
    bare = SCOPE_WORD.sub("", kind)
    return bare if bare != kind and not names_category(kind, categories) \
        and names_category(bare, categories) else kind


def names_category(kind: str, categories: frozenset[str]) -> bool:
    """A rule's 科技攻关计划 names the headings it is for: one titled so, or some but not all of
    those whose title holds it (工业科技攻关计划, 农业科技攻关计划 — not 国际科技合作计划)."""
    if kind in categories:
        return True
    holding = sum(1 for title in categories if kind in title)
    return 0 < holding < len(categories)


LIST_SCOPE = re.compile(r"(?:每个|各|单个)榜单")


# 第九条　…: an article's number opening a rule (the parser reads articles by it too)
ARTICLE_OPENING = re.compile(r"^\s*第\s*[一二三四五六七八九十百\d]+\s*条\s*")
# …领域项目 / …类项目 / …方向 closing a rule's subject: the projects it is for (not 除…外)
SUBJECT_NAMING = re.compile(r"(?:领域|类|方向)?(?:项目|方向)$")


def _binds(sentence: str, modes: set[str], titles: list[str],
           categories: frozenset[str] = frozenset(), grant: float | None = None) -> bool:
    sentence = ARTICLE_OPENING.sub("", sentence)  # (第二条　揭榜挂帅项目…: its subject after it)
    if (floor := GRANT_SCOPE.search(sentence)) is not None:
        # 申请资助额度在50万元以上（含50万元）的项目，须由企业牵头: for the larger grants only
        return grant is not None and grant >= float(floor["wan"])
    exception = EXCEPT.search(sentence)
    if exception and set(fx.funding_modes(exception.group(0))) & modes:
        return False  # 除后补助类项目外…: not for a 后补助 direction
    if exception and any(name in title for name in _excepted_names(exception.group(0))
                         for title in titles):
        return False  # 除人才引育类项目和科技贷款贴息外…: not under those headings
    if LIST_SCOPE.search(sentence) and not any("榜" in title for title in titles):
        return False  # 每个榜单确定1个揭榜方: for the 榜单 of a 揭榜挂帅 plan only
    if (classes := CLASS_SCOPE.match(sentence)) is not None:
        return _classes_bind(classes, titles)
    if (coded := CODE_SCOPE.match(sentence)) is not None:  # 申报CB2024XN01、…方向的企业须为…
        return any(code in titles for code in re.split(r"\s*[、,，和及与]\s*", coded["codes"]))
    if (headings := HEADINGS_SCOPE.match(ordinal_named(sentence))) is not None:
        return any(name in titles for name in re.split(r"[、和及与]", headings["names"]))
    if opening := _opening_heading(sentence, categories):
        return any(opening in title for title in titles)  # (重点研发计划工业领域项目须由…)
    scope = KIND_SCOPE.match(sentence) or MODE_SCOPE.match(sentence)
    if scope is None:
        # 苹果产业、果品加工与工业领域项目，自筹资金…: for the categories its subject names only
        subject = re.split(r"[，,：:；;。]", sentence, maxsplit=1)[0]
        named = [c for c in categories if len(c) >= 3 and c in subject] \
            if SUBJECT_NAMING.search(subject) and not subject.lstrip().startswith("除") else []
        if named and not any(c in title for c in named for title in titles):
            return False
        # 科技攻关项目须由企业牵头… in 申报条件: for the category of that name only
        category = NAMED_SCOPE.match(sentence)
        if category is None:
            return True
        kinds = [k for k in (category["kind"], category["kind2"]) if k]
        # (揭榜挂帅项目牵头单位…: the 榜单 under （一）揭榜挂帅榜单 are those projects)
        kinds += [stem for k in kinds if len(stem := re.sub(r"(?:项目|榜单)$", "", k)) >= 4]
        if not any(names_category(kind, categories) for kind in kinds):
            return True
        # (重点项目自筹…不低于2:1，一般项目自筹…不低于1:1: a later clause names another kind)
        kinds += [k for clause in re.split(r"[，,；;]", sentence)[1:]
                  if (other := NAMED_SCOPE.match(clause.strip())) is not None
                  for k in (other["kind"], other["kind2"]) if k and names_category(k, categories)]
        return any(kind in title for kind in kinds for title in titles)
    kind = scope["kind"]
    if kind == "无偿资助":  # (a grant, as against a loan's interest paid: 2.贷款贴息项目…)
        return not modes or not modes <= {"贷款贴息"}
    named = fx.funding_modes(kind)
    if named:
        return bool(set(named) & modes)
    return any(kind in title for title in titles)


# （一）重点研发计划·工业领域 named in a rule as 重点研发计划工业领域项目: a heading's joiners
_JOINERS = re.compile(r"[·•・‧\s]")
_CLAUSE_NUMBER = re.compile(r"^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)")


def _opening_heading(sentence: str, categories: frozenset[str]) -> str:
    """The heading whose title, its joiners dropped, opens the rule (1.重点研发计划工业领域项目
    须由规上企业牵头 under （一）重点研发计划·工业领域): the longest such, or ''."""
    said = _JOINERS.sub("", _CLAUSE_NUMBER.sub("", sentence))
    return max((title for title in categories if _JOINERS.search(title)
                and len(bare := _JOINERS.sub("", title)) >= 4 and said.startswith(bare)),
               key=len, default="")


OTHERWISE_SAID = re.compile(r"另有(?:说明|规定|要求|约定|明确|注明|标注)(?:的)?(?:以)?外$")


def _excepted_names(exception: str) -> list[str]:
    """The headings 除…外 names: 除人才引育类项目和科技贷款贴息外 → 人才引育, 科技贷款贴息."""
    if exception[:1] in "(（" and exception.endswith(("除外)", "除外）")):
        inner = exception[1:-3]  # （社会发展科技计划项目除外）
    elif not exception.startswith("除") or OTHERWISE_SAID.search(exception):
        return []  # (除支持方向表中另有说明外: each direction's own words, no heading by name)
    else:
        inner = re.sub(r"^除|(?:以)?外$", "", exception)
    names = [re.sub(r"(?:类)?(?:项目|事项)?$", "", part).strip()
             for part in re.split(r"[和及与、]", inner)]
    return [name for name in names if len(name) >= 2 and name not in fx.FUNDING_MODES]


def _terms_for_mode(node: Node, mode: str | None, titles: tuple[str, ...] = ()
                    ) -> dict[str, Any]:
    """The heading's terms for a leaf funded by `mode` (or titled, or under a heading titled,
    one of `titles`): 除一次性奖补事项外，本专项项目实施期限不超过3年 does not bind a 奖补 item,
    除科技型企业知识价值信用贷款贴息外，均采取后补助方式 not the item so titled."""
    modes = set(fx.funding_modes(mode))
    excepting, scoping, items = _sparing(tuple(node.stated)) if modes or titles \
        else (False, False, False)
    classes = _root_of(node).category_titles if titles else frozenset()
    naming = classes and _classes_named(tuple(node.stated), classes)
    itemising = bool(titles) and items
    if not (excepting or (modes and scoping) or naming or itemising):
        return stated_terms(node)
    bare = [re.sub(r"\s", "", normalise(title)) for title in titles]
    # (a sentence naming the heading itself, or one above it, is for all it holds)
    own = [re.sub(r"\s", "", normalise(a.title)) for a in [node, *node.ancestors()] if a.title]
    said, other_class = _class_sentences(tuple(node.stated), (*bare, *own), classes) if naming \
        else ([sentence for line in node.stated for sentence in fx.sentences(line)], [])
    # (采取前资助方式的项目，牵头企业自筹…: not a 后补助 leaf's; 成果转化项目申报单位须为…: not a
    # 重点研发项目 row's)
    spares = [any(_spares(normalise(sentence), modes, title) for title in bare or [""])
              or (naming and other_class[i]) or _for_another_item(normalise(sentence), bare)
              for i, sentence in enumerate(said)]
    if not any(spares):
        return stated_terms(node)
    # …不低于1:1；采取后补助方式的方向除外。: the clause after spares the one before it
    trailing = [i - 1 for i, sentence in enumerate(said)
                if i and spares[i] and SPARES_BEFORE.match(normalise(sentence))]
    kept = [sentence for i, sentence in enumerate(said) if not spares[i] and i not in trailing]
    period = node.field_text("period")
    return _terms_of(_join([*kept, _applicant_rule(node)[0]]), node.title,
                     _dated_from_start(period, node) or period, _stated_funding(node))


# “工业产业技术攻关”类项目… / A类（重大产学研合作项目）：…: a class as a rule's subject
_QUOTED_CLASS = re.compile(r"^[“\"「](?P<name>[^”\"」]{2,16})[”\"」]\s*类?(?:项目|方向)?"
                           # A类（重大产学研合作项目）：须由企业牵头…: a class by its letter
                           # (A类方向牵头企业须为…: the directions of that class)
                           r"|^(?P<letter>[A-DＡ-Ｄ甲乙丙丁]\s*类)(?:(?:项目|方向)(?:[(（][^()（）]{1,20}[)）])?"
                           r"|(?:[(（][^()（）]{1,20}[)）])?\s*[:：,，])")
# 注：1. / （2） / ② / 备注： in front of a note's subject (its items' too)
# (注2：… — a note numbered before its colon, a row's cell saying 见注2)
NOTE_LEAD = re.compile(r"^\s*(?:(?:备)?注\s*(?:\d{1,2}|[①-⑳])?\s*[:：]\s*)?"
                       r"(?:[(（]?\d{1,2}[)）.．、]\s*|[①-⑳]\s*)?")
# ①A类项目…；②C类项目…: the items of one note, each with a subject of its own
_NOTE_ITEM = re.compile(r"(?=[①-⑳])|(?<=[；;])(?=\s*[(（]?\d{1,2}[)）.．、])")


_OWN_THEN_CLASS = re.compile(r"^本(?:专项|计划|专题|领域|类)"
                             r"(?=[\u4e00-\u9fff]{2,10}?(?:项目|专项))")


def _class_binds(sentence: str, titles: list[str], classes: frozenset[str]) -> bool:
    """Whether a heading's sentence (as written) binds a leaf so titled (or of that class):
    unless its subject is a class of project (重点研发项目须由企业牵头…) the leaf is none of."""
    subject = normalise(NOTE_LEAD.sub("", sentence.strip()))
    # (本专项重大专项的企业，上年度研发投入…: the heading's own word, then the class)
    subject = _OWN_THEN_CLASS.sub("", subject)
    quoted = _QUOTED_CLASS.match(subject)  # “工业产业技术攻关”类项目须由企业牵头…
    named = quoted or NAMED_SCOPE.match(subject)
    if named is None:
        return True
    kinds = [k for k in ([named["name"] or named["letter"]] if quoted
                         else [named["kind"], named["kind2"]])
             if k and names_category(normalise(k).replace(" ", ""), classes)]
    rest = subject[named.end():]
    if any(c in rest for c in classes if len(c) >= 3 and not any(c in k for k in kinds)):
        return True  # 重点项目每项100万元，一般项目每项30万元，均采取…: each kind's terms said
    return not kinds or any(kind in title for kind in kinds for title in titles)


_FULL_STOP = re.compile(r"(?<=[。!?！？\n])")  # (a line unwrap left is one too)


@lru_cache(maxsize=1024)  # (every leaf under a heading asks of its lines)
def _classes_named(lines: tuple[str, ...], classes: frozenset[str]) -> bool:
    """Whether a heading's lines hold a sentence for one class of project only."""
    return any(not _class_binds(part, [], classes)
               for sentence in _FULL_STOP.split(fx.unwrap("\n".join(lines)))
               for item in _NOTE_ITEM.split(sentence)
               for part in (item, *fx.sentences(item)))


def _class_sentences(lines: tuple[str, ...], titles: tuple[str, ...], classes: frozenset[str]
                     ) -> tuple[list[str], list[bool]]:
    """A heading's sentences (to each ；), and whether each is for a class the leaf so titled is
    not of: 重点研发项目须由企业牵头申报；申报企业上年度研发投入… — every clause of a full
    sentence whose subject is that class, across the lines it is wrapped over."""
    said: list[str] = []
    other: list[bool] = []
    for whole in _FULL_STOP.split(fx.unwrap("\n".join(lines))):
        for item in _NOTE_ITEM.split(whole):
            binds = _class_binds(item, list(titles), classes)
            for sentence in fx.sentences(item):
                said.append(sentence)
                # (…；申报重点项目的须为规模以上工业企业。: a clause with a class of its own)
                other.append(not binds or not _class_binds(sentence, list(titles), classes))
    return said, other


def _root_of(node: Node) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


def _stated_funding(node: Node) -> str | None:
    """A heading's grant under its label: its 资助额度 field, or its row of a terms table said
    as 支持方式：后补助；资助额度：对…的项目，最高不超过200万元 (the column named the value)."""
    return node.field_text("funding") or next(
        (said for line in node.stated if (said := _labelled_funding(line))), None)


@lru_cache(maxsize=1024)  # (every leaf under a heading asks of its lines)
def _sparing(lines: tuple[str, ...]) -> tuple[bool, bool, bool]:
    """Whether a heading's lines except some directions (除…外), whether they scope a rule
    by mode (采取前资助方式的项目，…) and whether a sentence scopes one to an item (其中，…：)."""
    folded = [normalise(line) for line in lines]
    # (…须由企业牵头申报。采用前资助方式的项目，企业自筹…: a sentence of its own within a line)
    return (any(EXCEPT.search(line) for line in folded),
            any(MODE_SCOPE.match(normalise(sentence).strip()) for line in lines
                for sentence in fx.sentences(line)),
            any(ITEM_SCOPE.match(normalise(sentence)) for line in lines
                for sentence in fx.sentences(line)))


@lru_cache(maxsize=1024)  # (every leaf under a heading asks of its lines)
def _says_no_period(lines: tuple[str, ...]) -> bool:
    """不设实施期 among a heading's lines: its directions have no period, whatever dates it
    names (对上一年度（2023年1月1日至12月31日）取得…的单位)."""
    return NO_PERIOD.search(normalise(_join(list(lines)))) is not None


def _spares(sentence: str, modes: set[str], title: str) -> bool:
    """Whether a heading's sentence leaves out a leaf funded by `modes` and titled `title`: it
    excepts them (除…贷款贴息外…, 采取后补助方式的方向除外) or is for another mode only
    (采取前资助方式的项目，…)."""
    found = EXCEPT.search(sentence)
    if found is not None:
        return bool(set(fx.funding_modes(found.group(0))) & modes) or (bool(title) and any(
            name in title or title in name for name in _excepted_names(found.group(0))))
    scope = MODE_SCOPE.match(sentence) if modes else None
    return scope is not None and not set(fx.funding_modes(scope["kind"])) & modes


# 其中，研发费用增量补助：对…的规上企业，按…: what follows is that item's rule, not its class's
ITEM_SCOPE = re.compile(r"^其中\s*[，,]?\s*(?P<name>[^，,；;。：:]{2,16}?)\s*[:：]")
_ITEM_SUFFIX = re.compile(r"(?:后补助|补助|奖励|奖补|资助|补贴|项目|事项)$")


def _for_another_item(sentence: str, titles: list[str]) -> bool:
    """Whether a class's sentence is the rule of an item the leaf (titled one of `titles`) is
    not: 其中，研发费用增量补助：… binds 企业研发费用增量后补助, not 研发仪器设备购置后补助."""
    found = ITEM_SCOPE.match(sentence)
    if found is None or not titles:
        return False
    core = _ITEM_SUFFIX.sub("", re.sub(r"\s", "", found["name"]))
    return not any(core in title for title in titles)


def _lead_awarded_above(node: Node) -> bool:
    """Is the lead rule a leaf takes from above only read from whom an award goes to (对符合条件的
    企业给予奖补)? Then the leaf's own 扶持对象：…企业 is its source, not that sentence."""
    stating = next((a for a in node.ancestors() if a.parent is not None
                    and stated_terms(a).get("enterprise_lead_only") is not None), None)
    return stating is not None and bool(stated_terms(stating).get("lead_awarded"))


def stated_terms(node: Node) -> dict[str, Any]:
    """The terms a plan or group heading states for everything under it (read once per node:
    every leaf under it asks)."""
    if node.terms is None:
        node.terms = _read_terms(node)
    return node.terms


# A类（重大项目） | 前资助 | 300万元～500万元 | …: a class's row of a table in a heading's text,
# the terms of that class's directions only (each takes its row), none of the heading's own
CLASS_ROW_TEXT = re.compile(r"^\s*(?:[A-H]|[甲乙丙丁])类(?:项目)?"
                            r"(?:[(（][^()（）\t]{1,12}[)）])?\t")


def _read_terms(node: Node) -> dict[str, Any]:
    period = node.field_text("period")
    stated = [line for line in node.stated if not CLASS_ROW_TEXT.match(normalise(line))]
    terms = _terms_of(_join([*stated, _applicant_rule(node)[0]]), node.title,
                      _dated_from_start(period, node) or period, _stated_funding(node))
    if node.style == "table-group" and node.field_text("mode") and node.field_text("content"):
        # a class's row: 支持方式 | 后补助 beside 主要内容 | 对…给予奖补, the mode its cell says
        said = [line for key, lines in node.fields.items() if key != "content" for line in lines]
        modes = fx.funding_modes(EXCEPT.sub("", fx.unwrap(_join([*node.text, *said]))))
        if modes:
            terms["funding_mode"] = "、".join(modes)
    count = normalise(node.field_text("quota") or "").strip()
    each = EACH_IN_FIELD.match(count)
    if terms.get("quota") is None and each is not None:  # 拟支持项目数 | 各1项: one for each
        terms["quota"] = int(fx.to_number(each["n"]) or 0) or None
    elif terms.get("quota") is None and count and node.children \
            and not SHARED_COUNT.search(count):
        terms["quota"] = fx.quota(count, labelled=True)  # 立项数量：拟立项不超过3项 over them
    return terms


# 拟支持项目数：各1项 under a direction that divides: one for each of its sub-directions
EACH_IN_FIELD = re.compile(
    r"^各\s*(?:不超过)?\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:项|个)[。]?$")


# 除后补助、奖补类项目外，…均采取前资助方式: the kinds named are the exception, not the rule.
SPARES_BEFORE = re.compile(r"^[^。；;，,]{0,30}?的(?:方向|项目|事项)除外[。；;]?$")
EXCEPT = re.compile(r"除[^。；;，,]{0,30}?(?:外|以外)"
                    r"|[^。；;，,]{0,30}?的(?:方向|项目|事项)除外"  # 采取后补助方式的方向除外
                    # (…1:1（采取后补助方式的方向不要求自筹配套）: a note sparing some)
                    r"|[^。；;，,（(]{0,30}?的(?:方向|项目|事项)(?:不要求|不受此限|不适用)[^。；;，,)）]{0,12}"
                    # …不低于1:1（社会发展科技计划项目除外）: the headings so titled are spared
                    r"|[(（][^()（）。；;，,]{2,30}?除外[)）]")


LIST_TITLE = re.compile(r"(?:奖补|补助|资助|奖励)(?:事项|内容|标准|对象|范围|项目)")


# 同一单位作为牵头单位申报本指南课题不超过3项 / 每个依托单位推荐…不超过2项: how many one
# applicant may file (限项), not how many will be funded
APPLICATION_LIMIT = re.compile(r"(?:同一|每个|每家)(?:单位|企业|依托单位|申请人|负责人|申报单位)"
                               r"[^。；;]{0,24}?(?:申报|推荐|牵头)|限(?:申)?报|限项")


# 《指南》设工业科技攻关、…、科技创新奖补四类计划。: the plans named, no way of funding said
PLANS_LISTED = re.compile(r"设(?:置)?[^。；;]{2,60}?[一二两三四五六七八九十\d]{1,2}(?:类|个|项|大)"
                          r"(?:计划|专项|板块)[^。；;]{0,6}[。；;]?")


def _terms_of(stated: str, title: str | None, period_field: str | None = None,
              funding_field: str | None = None) -> dict[str, Any]:
    text = fx.unwrap(stated)
    terms: dict[str, Any] = {"waived": waived(text)}
    # (a heading's own words name its mode — 后补助项目 — but 奖补事项 only names a list)
    # (接下来是第二类，科技企业培育奖补。这一类采取事后补助的方式: its title said again names
    # no way of funding; the words after it do)
    named = text.replace(title, "") if title and len(title) >= 4 else text
    modes = fx.funding_modes(EXCEPT.sub("", PLANS_LISTED.sub("", named))) or (
        [] if title and LIST_TITLE.fullmatch(normalise(title)) else fx.funding_modes(title))
    terms["funding_mode"] = "、".join(modes) or None
    if not text:
        return terms
    sentences = fx.sentences(normalise(text))
    period = [s for s in sentences if PERIOD_WORDS.search(s)]
    if period_field:  # 实施周期：3年 under the heading: the label said what the value is
        period.insert(0, period_field)
    terms["period_years_max"] = fx.period_years_max(_join(period)) if period else None
    terms["enterprise_lead_only"] = fx.enterprise_lead_only(text)
    if terms["enterprise_lead_only"] is None and ("主体" in text or "对象" in text):
        said, _ = _applicant_said([m.group(0) for m in APPLICANT_SENTENCE.finditer(
            normalise(text))])  # 补助对象须为规上企业: a firm applies
        terms["enterprise_lead_only"] = fx.enterprise_lead_only(said) if said else None
    if terms["enterprise_lead_only"] is None:  # 对符合条件的企业给予补助或奖励: firms receive it
        terms["enterprise_lead_only"] = _firms_awarded(_award_whos_in(normalise(text)))
        terms["lead_awarded"] = terms["enterprise_lead_only"] is not None
    terms["min_rd_spend_wan"] = fx.min_rd_spend_wan(text)
    terms["matching"] = fx.matching_rule(text)
    terms["matching_ratio"] = terms["matching"].ratio if terms["matching"] else None
    counts = [m for s in sentences
              for m in (*PER_LEAF_QUOTA.finditer(s), *SUB_QUOTA_AFTER.finditer(s),
                        *EACH_QUOTA.finditer(s),
                        *EACH_PROJECT_QUOTA.finditer(s),
                        *DEFAULT_QUOTA.finditer(s), *PER_LEAF_BARE.finditer(s))
              if not APPLICATION_LIMIT.search(fx.clause_around(s, m))] or [
        m for s in _group_sentences(normalise(stated))
        for m in GROUP_QUOTA.finditer(s)]  # 本专题拟支持3项: the 专题's (to the full stop)
    # 本方向拟支持2项，设以下两个子方向，每个子方向限支持1项: what a sub-direction takes
    quota = next((m for m in counts if m.group(0).lstrip("各每个本").startswith("子")),
                 counts[0] if counts else None)
    terms["quota"] = int(fx.to_number(quota["n"]) or 0) or None if quota else None
    # 每项不超过50万元, or a grant stated without a total: 本专项项目原则上资助100—200万元
    per_project = [s for s in sentences if fx.MONEY_RE.search(s) and (
        PER_PROJECT.search(s) or (AWARD_SENTENCE.search(s)
                                  and not TOTAL_WORDS.search(SHARE_OF_TOTAL.sub("", s))))]
    if not per_project and funding_field and not TOTAL_WORDS.search(normalise(funding_field)):
        per_project = [funding_field]  # 支持额度 | 按…的20%给予补助，最高不超过30万元: labelled
    if per_project:
        funding = fx.parse_funding(_join(per_project))
        terms["funding_max_wan"], terms["funding_min_wan"] = funding.max_wan, funding.min_wan
        terms["firm_led"] = funding.firm_led
    rules = [s for s in sentences if RULE_SENTENCE.search(s)]
    # (申报要求：县内规模以上工业企业。: a kind's field naming who applies, a rule unsaid)
    rules += [read.rule for m in APPLICANT_VALUE.finditer(normalise(text))
              if (read := fx.applicant_rule(m["who"])) is not None]
    terms["qualifications"] = fx.qualifications(_join(rules))[0] if rules else []
    whos = _award_whos_in(normalise(text)) if not terms["qualifications"] else []
    if _firms_awarded(whos):  # 对首次通过认定的国家高新技术企业，给予…: the firms it rewards
        terms["qualifications"] = fx.qualifications(_award_targets(whos))[0]
    return terms


def _group_sentences(text: str) -> list[str]:
    """The sentences a group says of itself (本专题…, to the full stop) — or the clause, where
    one opens after a semicolon (执行期：…；本专题拟立项不超过4项。)."""
    found = []
    for sentence in re.split(r"(?<=[。:：])|\n", text):
        if GROUP_SENTENCE.match(sentence):
            found.append(sentence)
        elif "；" in sentence or ";" in sentence:
            found += [c for c in re.split(r"(?<=[；;])", sentence)[1:] if GROUP_SENTENCE.match(c)]
    return found


def _own_rule(sentence: str) -> bool:
    """A rule the direction states of itself (本方向须由企业牵头; 申报单位上年度研发费用不低于
    500万元; 本方向拟支持3项，…，申报单位上年度研发投入不低于300万元: a floor in its own
    statement)."""
    return bool(OWN_RULE.match(sentence)) or (bool(OWN_STATEMENT.match(sentence))
                                              and fx.min_rd_spend_wan(sentence) is not None) \
        or ((re.search(r"[均亦也皆都]可", sentence) is not None  # (本方向高校…亦可牵头申报)
             or OWN_STATEMENT.match(sentence) is not None)  # (本子方向可由高校…牵头申报)
            and fx.enterprise_lead_only(sentence) is False) \
        or any((OWN_RULE.match(clause) and fx.min_rd_spend_wan(clause) is not None)
               # 资助金额100-200万元，申报主体不限。: its lead rule after its grant
               or (LEAD_CLAUSE.match(clause) and fx.enterprise_lead_only(clause) is not None)
               or (APPLICANT_MUST_BE.match(clause) and bool(fx.qualifications(clause)[0]))
               # 本方向采用前资助…，拟支持1项，企业自筹资金与财政资助比例不低于3:1。
               or (OWN_MATCHING.match(clause) and fx.matching_ratio(clause) is not None)
               for clause in re.split(r"[,，]", sentence)[1:])  # 拟支持1项，…，牵头企业上年度研发…


LEAD_CLAUSE = re.compile(r"^(?:(?:申报|牵头|承担)(?:单位|主体)|须由|限由)")
# (可联合软件服务商申报，申报企业须为科技型中小企业: what the applicant must be, after what it
# may do)
APPLICANT_MUST_BE = re.compile(r"^(?:申报|牵头|承担)(?:单位|企业|主体)(?:须|应|必须|要)(?:为|是)")


def _from_rule(sentence: str) -> str:
    """A sentence of content that states its rules after what the project does (…，主要产品纯度
    达到99%以上，…，须由企业牵头，申报企业须为高新技术企业…): from its first rule clause on, so
    what it is to reach is not read as what the applicant must be."""
    if OWN_RULE.match(sentence) or OWN_STATEMENT.match(sentence):
        return sentence
    clauses = re.split(r"(?<=[,，])", sentence)
    for at, clause in enumerate(clauses):
        said = clause.strip()
        if at and TURNED_AWAY.match(said) and fx.min_rd_spend_wan(
                clauses[at - 1] + said) is not None:
            return "".join(clauses[at - 1:])  # 研发费用不足100万元的，不予补助: the floor, then no
        if OWN_RULE.match(said) or LEAD_CLAUSE.match(said) or RULE_SENTENCE.search(said):
            return "".join(clauses[at:])
    return sentence


# 不予补助 / 不得申报 after a clause naming whom it turns away
TURNED_AWAY = re.compile(r"^(?:均|一律)?(?:不予(?:补助|支持|受理|资助|奖补|奖励)|不得申报)")


def _count_first(sentence: str) -> list[str]:
    """The sentence, and after a count opening it (拟立项2项，…) the clause that follows."""
    parts = re.split(r"[,，]", sentence, maxsplit=1)
    return [sentence, parts[1]] if len(parts) == 2 \
        and re.fullmatch(r"(?:拟立项|拟支持)?\s*\d+\s*项", parts[0]) else [sentence]


def _amounts_in(funding: str) -> bool:
    read = fx.parse_funding(funding)
    return read.max_wan is not None or read.min_wan is not None


# 最高80万元。 — a caption card's sentence: the grant, said alone (100～200万元, 每项25万元:
# a poster's badge on its card)
_BARE_FIGURE = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})"
BARE_CAP = re.compile(r"^(?:[\u4e00-\u9fff]{1,3}[:：])?"  # (口播：不超过十五万元: said on air)
                      r"(?:最高|不超过|每项|单项|每家|每个){0,2}\s*" + _BARE_FIGURE +
                      r"(?:\s*万元?\s*(?=[～~\-—－至到]))?"  # (15万～25万元: each end its unit)
                      r"(?:\s*(?:～|~|-|—|－|至|到)\s*" + _BARE_FIGURE + r")?\s*万元(?:/项)?"
                      # (…，拟支持两项。: its count after it)
                      r"(?:[，,；;]\s*(?:拟支持|拟立项|支持)\s*(?:不超过)?\s*" + _BARE_FIGURE +
                      r"\s*项)?[。；;]?$"
                      # (口播：不超过十五万元，执行期十八个月。: a cap opening the line, more
                      # terms after it)
                      r"|^(?:[\u4e00-\u9fff]{1,3}[:：])?(?:最高|不超过)\s*" + _BARE_FIGURE +
                      r"\s*万元\s*[，,；;]")


# 新认定的省级科技企业孵化器，每家50万元；: a grant's next case, its verb left to the first
ELLIPTICAL_CASE = re.compile(r"[，,]\s*每(?:家|个|项|人|所|座)\s*\d+(?:\.\d+)?\s*万元\s*[；;。]?$")


def _grant_sentences(sentences: list[str]) -> list[str]:
    """Sentences a grant runs on over, joined: the clauses of a list a colon opens (…给予奖补：
    县级示范基地50000元； ⏎ 市级示范基地10万元；), and the cases after a grant, each its amount
    with no verb of its own (…每家给予后补助100万元； ⏎ 新认定的省级…，每家50万元；)."""
    joined: list[str] = []
    for sentence in sentences:
        last = joined[-1] if joined else ""
        if re.search(r"[:：][^。]*[；;]\s*$", last) or (
                re.search(r"[；;]\s*$", last) and GRANT_SENTENCE.search(normalise(last))
                and ELLIPTICAL_CASE.search(normalise(sentence).strip())):
            joined[-1] += sentence
        else:
            joined.append(sentence)
    return joined


def _public_share(sentence: str) -> str:
    """The clauses of a 榜额 sentence from its 财政 clause on, up to one naming the firm's own
    money (…，市财政补助按…30%给予，最高不超过60万元: the cap is the grant's too)."""
    clauses = re.split(r"[,，]", sentence)
    start = next((i for i, c in enumerate(clauses) if "财政" in c), None)
    if start is None:
        return ""
    kept = [clauses[start]]
    for clause in clauses[start + 1:]:
        if re.search(r"企业出资|自筹|发榜(?:单位|方|企业)", clause):
            break
        kept.append(clause)
    return "，".join(kept)


def funding_texts(node: Node, content: str | None) -> tuple[str | None, str | None]:
    """(funding sentence(s), funding-mode text) as stated for this leaf."""
    funding = node.field_text("funding")
    mode = node.field_text("mode")
    if funding is None and content:
        grants = [s for s in _grant_sentences(fx.sentences(content))
                  if GRANT_SENTENCE.search(normalise(s))
                  or BARE_CAP.match(normalise(s).strip())] or _listed_grants(content)
        funding = _join(grants) or None
    if node.text and node.fields and (funding is None or not _amounts_in(funding)):
        # a sentence beside the labels (…产业化（拟支持3项，每项最高30万元） over 支持内容：…
        # 成交额不低于50万元, a threshold, no grant)
        grants = [s for s in fx.sentences(_join(node.text))
                  if (GRANT_SENTENCE.search(normalise(s)) or BARE_CAP.match(normalise(s).strip()))
                  and s not in (funding or "")]
        funding = _join([funding or "", *grants]) or None
    if funding is None or not _amounts_in(funding):
        # 任务目标：…。本项目市财政资助200万元，分两年拨付: its own grant (说明：本方向为重点
        # 方向，支持额度为80～100万元… too; and 本方向补助最高不超过100万元 beside a share)
        # (拟立项2项，本方向每项补助10万元。: its own grant after its count, a count's line too)
        grants = [s for key in ("indicators", "content", "notes", "quota") for s in fx.sentences(
            node.field_text(key) or "") if any(
                OWN_STATEMENT.match(clause) or OWN_GRANT.match(clause)
                for clause in _count_first(normalise(s)))
            and GRANT_SENTENCE.search(normalise(s)) and s not in (funding or "")]
        if node.style == "table":  # (备注 | 每项5万元，拟支持3项: the row's own, said of it)
            grants += [s for s in fx.sentences(node.field_text("notes") or "")
                       if s not in grants and fx.MONEY_RE.search(normalise(s)) and (
                           GRANT_SENTENCE.search(normalise(s))
                           or PER_PROJECT.search(normalise(s)))]
        funding = _join([funding or "", *grants]) or None
    if funding is None and mode and GRANT_SENTENCE.search(normalise(mode)):
        funding = mode  # 柳州 states 按自筹经费的20%补助 under 补助方式
    if funding is None:  # 组织方式：…首期每项资助100万元…: a grant under a label no rule knows
        grants = [s for s in fx.sentences(_unknown_fields(node))
                  if GRANT_SENTENCE.search(normalise(s))]
        funding = _join(grants) or None
    if funding is None:  # 榜单金额：项目总投入不低于800万元，其中市财政支持不超过300万元
        own = _join([line for key, lines in node.fields.items() if key.startswith("other:")
                     for line in lines])
        public = [said for part in re.split(r"[;；。]", normalise(own))
                  if (said := _public_share(part)) and GRANT_SENTENCE.search(said)]
        funding = _join(public) or None
    listed = node.field_text("other:榜单金额")
    # (the whole guideline's definitions looked up only for a 榜单 that states an amount)
    defined = next((found for found in (
        LIST_AMOUNT_IS_GRANT.search(normalise(text)) for text in (
            *(_join(a.stated) for a in node.ancestors()), node.kind_terms,
            *_terms_defined(node))) if found), None) if listed else None
    if (funding is None or not _amounts_in(funding)) and listed \
            and defined is not None:  # (…偏差不超过3%: a grant's words, no grant)
        funding = listed  # 榜单金额为市财政对单个揭榜项目的资助额度
        if re.search(r"最高|上限|不超过", defined.group(0)) and funding \
                and not re.search(r"最高|上限|不超过", funding):
            funding = f"不超过{funding}"  # …的最高资助额度: each 榜单's amount its cap
    if funding is None and node.text:  # 按以下标准给予后补助 over a table of amounts
        funding = _amount_table(node.text)
    if funding and "\t" in funding:  # 支持标准：…具体标准见表1。 ⏎ 档次 | 营业收入 | 奖励金额 ⏎ …
        lines = funding.splitlines()
        table = _amount_column(lines)
        if table:  # (its own sentences kept — 本事项支持不超过50家 too — the rows as awards)
            funding = _join([*(line for line in lines if "\t" not in line),
                             *(row for row in table.splitlines() if "\t" in row)])
    rules = _join([node.field_text("requirements") or "", node.field_text("notes") or ""])
    if rules and (funding is None or not _amounts_in(funding)):
        # 桂林's 方向40 states its award only under 相关要求; only tight award sentences count
        # there, as requirements are full of sales and R&D thresholds in 万元.
        # (申报要求：本方向支持强度为每项不超过200万元: the direction's own grant, said there)
        awards = [s for s in fx.sentences(rules) if AWARD_SENTENCE.search(normalise(s))
                  or OWN_GRANT_SAID.match(normalise(s))]
        funding = _join([funding or "", *awards]) or None
    return funding, mode


def _terms_defined(node: Node) -> list[str]:
    """The sections that define the guideline's own terms for all of it (二、组织方式 ⏎ （一）榜单
    金额。本指南所称“榜单金额”，是指…): their sentences, read across the page-width cuts."""
    pending, found = [_root_of(node)], []
    while pending:
        holder = pending.pop()
        pending.extend(holder.children)
        if holder.non_funding and any("所称" in line for line in holder.stated):
            found.append("".join(line.strip() for line in holder.stated))
    return found


GRANTED_AS_LISTED = re.compile(r"(?:给予|予以|资助|补助|奖补|奖励|补贴)[^。；;]{0,4}[:：]$")


def _listed_grants(text: str) -> list[str]:
    """对首次认定的高新技术企业给予奖励： over 首次认定30万元，重新认定10万元: the grant
    said, its amounts listed on the next line (one sentence, as a poster breaks it)."""
    said = fx.sentences(text)
    return [f"{grant}{amounts}" for grant, amounts in itertools.pairwise(said)
            if GRANTED_AS_LISTED.search(normalise(grant))
            and fx.MONEY_RE.search(normalise(amounts))]


def _unknown_fields(node: Node, *, sponsor: bool = False) -> str:
    """The text under labels no rule knows (not 榜单金额 and its kin, the sponsor's money); with
    `sponsor`, the text under those alone (the money, and what runs on after it)."""
    return _join([line for key, lines in node.fields.items() if key.startswith("other:")
                  and (FIELD_LABELS.get(key.removeprefix("other:")) == OWN) == sponsor
                  for line in lines])


def _row_terms(node: Node) -> dict[str, Any]:
    """The terms a summary table at the end (附表 一览表) gives this direction in its row."""
    if not node.row_fields:
        return {}
    return _cell_terms({key: "\n".join(lines) for key, lines in node.row_fields.items()})


def _cell_terms(row: dict[str, str | None]) -> dict[str, Any]:
    """The terms a table row's cells state, by the field each column is named for."""
    funding = fx.parse_funding(row.get("funding"))
    return {"funding_max_wan": funding.max_wan, "funding_min_wan": funding.min_wan,
            "funding_mode": "、".join(fx.funding_modes(row.get("mode") or "")) or None,
            "period_years_max": fx.period_years_max(row.get("period")),
            "quota": fx.quota(row["quota"], labelled=True) if row.get("quota") else None,
            "enterprise_lead_only": fx.enterprise_lead_only(row.get("requirements"))}


PERIOD_END = re.compile(r"(?<![年月日\d-])至\s*(?P<y>20\d{2})\s*年\s*(?P<m>\d{1,2})\s*月")
PERIOD_START = re.compile(r"自\s*(?P<y>20\d{2})\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?起")
# 项目实施期限为2026年1月至2028年12月 above: the same start for a leaf that ends earlier
RANGE_START = re.compile(r"(?:实施|执行)(?:期限|期|周期)[^。；;]{0,6}?"
                         r"(?P<y>20\d{2})\s*年\s*(?P<m>\d{1,2})\s*月"
                         r"\s*(?:至|到|—|–|-|~|～)\s*20\d{2}\s*年")


def _dated_from_start(period: str | None, node: Node) -> str | None:
    """执行期至2027年12月底 under a plan whose period runs 自2026年7月1日起: the range it
    makes (2026年7月至2027年12月), so the years can be counted."""
    end = PERIOD_END.search(normalise(period)) if period else None
    if end is None or PERIOD_START.search(normalise(period or "")):
        return None
    for holder in [node, *node.ancestors()]:
        stated = normalise(_join(holder.stated))
        start = PERIOD_START.search(stated) or (RANGE_START.search(stated) if holder is not node
                                                else None)
        if start:
            return f"{start['y']}年{start['m']}月至{end['y']}年{end['m']}月"
    return None


AMOUNT_COLUMN = re.compile(
    r"(?:补助|资助|奖补|奖励|支持|补贴)[^\t]{0,6}?(?:金额|额度|标准|资金)?\s*[(（](?P<unit>万元|元)[)）]"
    # 档次 | 上年度营业收入 | 奖励金额 over 第一档 | 5亿元（含）以上 | 50万元: amounts with units
    r"|^(?:补助|资助|奖补|奖励|支持|补贴)(?:金额|额度|标准|资金)$")


def _amount_table(text: list[str]) -> str | None:
    """A table of amounts in the direction's own text (上年度研发费用（万元） | 补助金额（万元）
    over rows 200～500 | 10): the sentence that grants them and each row's amount with the
    column's unit, which reads as tiers."""
    return _amount_column(text) or _tier_table(text)


def _amount_column(text: list[str]) -> str | None:
    """`_amount_table` for a table whose header names its amount column."""
    for index, line in enumerate(text):
        cells = line.split("\t")
        column = next((i for i, cell in enumerate(cells) if AMOUNT_COLUMN.search(normalise(cell))),
                      None) if len(cells) > 1 else None
        if column is None:
            continue
        unit = AMOUNT_COLUMN.search(normalise(cells[column]))["unit"] or ""  # type: ignore[index]
        rows = []
        for row in text[index + 1:]:
            values = row.split("\t")
            if len(values) != len(cells):
                break
            amount = normalise(values[column]).strip()
            if re.fullmatch(r"\d+(?:\.\d+)?", amount) and unit:
                rows.append(f"{values[0]}\t{amount}{unit}")
            elif not unit and re.fullmatch(r"\d+(?:\.\d+)?\s*(?:万元|元)", amount):
                # (a band 5亿元（含）以上 is what the firm earns: the row by its place instead)
                label = values[0] if not fx.MONEY_RE.search(normalise(values[0])) \
                    else f"第{len(rows) + 1}档"
                rows.append(f"{label}\t{amount}")
        if len(rows) >= 2:
            grant = [s for s in fx.sentences(_join(text[:index])) if "给予" in s]
            return _join([*grant, *rows])
    return None


MONEY_CELL = re.compile(r"\d+(?:\.\d+)?\s*(?:万元|元|亿元)")


def _money_columns(header: list[str], rows: list[list[str]]) -> list[int]:
    """The columns every row fills with an amount alone (奖励标准 | 300万元, 优秀 | 良好)."""
    return [i for i in range(1, len(header))
            if all(MONEY_CELL.fullmatch(normalise(row[i]).strip()) for row in rows)]


def _tier_rows(text: list[str]) -> tuple[int, list[str], list[list[str]], list[int]] | None:
    """A table of award tiers in the direction's text, amounts alone in their cells (平台级别 |
    … | 奖励标准 ⏎ 国家级 | … | 300万元; 载体级别 | 孵化器 | 众创空间 ⏎ 国家级 | 100万元 | 30万元):
    where its header is, the header, its rows and its amount columns."""
    for index, line in enumerate(text):
        header = line.split("\t")
        if len(header) < 2 or MONEY_CELL.search(line):
            continue
        width = len(header)
        rows = list(itertools.takewhile(lambda r: len(r) == width,  # noqa: B023 (used at once)
                                        (later.split("\t") for later in text[index + 1:])))
        columns = _money_columns(header, rows) if len(rows) >= 2 else []
        if columns:
            return index, header, rows, columns
    return None


def _tier_table(text: list[str]) -> str | None:
    """The sentence granting a tier table's amounts, then its amounts, which read as tiers."""
    found = _tier_rows(text)
    if found is None:
        return None
    index, _, rows, columns = found
    grant = [s for s in fx.sentences(_join(text[:index])) if "给予" in s]
    amounts = [normalise(row[i]).strip() for row in rows for i in columns]
    return _join([*grant, "、".join(amounts) + "。"])


def tier_holders(text: list[str]) -> str:
    """Who a tier table's rows are for (国家级 | 国家重点实验室…, 国家级 × 科技企业孵化器), as one
    sentence naming them: what the award's applicant must be."""
    found = _tier_rows(text)
    if found is None:
        return ""
    _, header, rows, columns = found
    named = [row[0] + (row[1] if columns[0] > 1 else header[i]) for row in rows for i in columns]
    return "获奖对象须为" + "、".join(dict.fromkeys(named)) + "。"


RUNNING_COSTS = re.compile(r"运行经费|工作经费|运营经费|运行补助|运营补助")


def embedded_period(node: Node) -> str | None:
    """A period stated inside another field (柳州: 项目实施期为2年 under 考核指标)."""
    for key in ("indicators", "requirements", "notes", "content", "funding", "mode", None,
                "unknown", "quota", "sponsor"):  # (拟支持2项，实施期限18个月。 a quota line)
        # (项目类别：A类（本方向…实施期限3年）: a label no rule knows may carry it too)
        # (榜单金额：80万元（…）；…；实施期限2025年6月—2027年5月。: the 榜单's terms run on
        # after the sponsor's money)
        text = _unknown_fields(node, sponsor=key == "sponsor") if key in ("unknown", "sponsor") \
            else node.field_text(key) if key else _join(node.text)
        if not text:
            continue
        norm = normalise(fx.unwrap(text))
        match = EMBEDDED_PERIOD.search(norm)  # 实 / 施期2年 wrapped
        if match and match.group(0).startswith("连续") \
                and RUNNING_COSTS.search(norm[max(0, match.start() - 30):match.start()]):
            continue  # 每年给予20万元运行经费补助，连续支持3年: a running subsidy, no project
        if match:
            return match.group(0)
    return None


def fallback_title(node: Node, group: Node | None) -> tuple[str, str]:
    """A display title for a direction whose heading has none; says where it came from."""
    if group is not None and group.title and len(group.directions) <= 1:
        return group.title, "标题取自所属项目标题（原文方向无标题）"
    if node.kind == "group" and node.title:
        return node.title, "标题取自项目类型标题"
    first = re.split(r"[，。；,;]", node.text[0])[0] if node.text else ""
    title = first[:24] + ("…" if len(first) > 24 else "")
    return title or f"方向{node.number or ''}", "标题取自正文首句（原文方向无标题）"


def group_label(group: Node) -> str:
    """How a group is shown: its heading label and number with the title, as written."""
    prefix = f"{group.label}{group.number}" if group.label and group.number else ""
    title = group.title or "（标题缺失）"
    return f"{prefix}：{title}" if prefix else title


def _total_investment(node: Node, from_funding: float | None) -> float | None:
    total = node.field_text("total")
    if total:
        parsed = fx.parse_funding("项目总投入" + total)
        return parsed.total_investment_min_wan
    return from_funding


def _quota_sentence(text: str) -> str | None:
    said = fx.sentences(text)
    for index, sentence in enumerate(said):
        count = fx.quota(sentence)
        if count is not None:
            # 重点项目1项，资助80万元；一般项目2项…: the next kind's count, past the ；
            if len(fx.tier_counts(sentence)) == 1 and index + 1 < len(said) \
                    and fx.TIER_COUNT.match(normalise(said[index + 1]).strip()):
                return sentence + said[index + 1]
            return sentence
    return None


def _without_tables(text: str | None) -> str | None:
    """Funding text without table rows: a column header (奖补标准) names no funding mode."""
    if not text:
        return text
    return "\n".join(line for line in text.splitlines() if "\t" not in line)


# 申报单位须为高新技术企业: which firms may apply, said without 牵头 (a clause of its own)
KIND_RULE = re.compile(r"(?:^|(?<=[,，;；。\n]))"
                       r"(?:(?:申报|依托|承担|建站|运营|建设|所在)?(?:单位|企业|主体)"
                       r"|(?:奖补|奖励|补助|资助)对象)(?:均)?"
                       r"(?:须|必须|应|应当|需)(?:为|是)(?:(?!牵头)[^,，;；。\n])*?企业(?=[,，;；。\n]|$)")
# 本专项申报主体为…企业 in running text: the same statement as a 申报主体 label
# (申报单位条件：高新技术企业；… / 企业资质：科技型中小企业: a class row's cell, who applies)
APPLICANT_VALUE = re.compile(r"(?:^|(?<=[。；;]))(?:(?:申报|支持|资助|补助)(?:主体|对象|要求)"
                            r"|(?:申报单位|申报企业|申报|单位|企业)(?:条件|资质|资格)(?:要求)?)[:：]"
                            r"(?P<who>[^。；;:：]{2,30})(?=[。；;]|$)")
APPLICANT_SENTENCE = re.compile(
    r"(?:申报|支持|资助|补助)(?:主体|对象)均?(?:(?:须|应|必须|应当)?(?:为|是)|[:：])(?P<who>[^。；;]+)")


def _applicant_rule(node: Node) -> tuple[str, bool]:
    """申报主体：在我市注册的高新技术企业 says who may apply, which is a rule: read as
    申报主体须为在我市注册的高新技术企业 (a firm leads; it must be a 高企). Only a plain
    name of one kind of applicant counts: 高校、科研院所和企业 is a choice, and a value that
    states its own rule (牵头企业须为…) is read as written. The kind is the noun after the
    last 的 (…，并已登记技术合同的企业 is a firm; 在我市注册的高校、院所和企业 a choice).
    Also whether it is said as a rule (申报主体：须为…企业) rather than a plain name."""
    text = "\n".join(node.text)
    return _applicant_said([*node.applicant, *(m.group(0) for m in APPLICANT_SENTENCE.finditer(
        normalise(fx.unwrap(text))) if "主体" in text or "对象" in text)])


def _applicant_said(values: list[str]) -> tuple[str, bool]:
    """`_applicant_rule` for the values naming who applies: the first that states a rule."""
    for value in values:
        read = fx.applicant_rule(value)
        if read is not None:
            return read.rule, read.ruled
    return "", False


# 对上年度研发费用不低于200万元的规模以上工业企业，按…给予后补助: whom an award goes to
AWARD_TARGET = re.compile(
    # (…500万元以上的企业（技术受让方），按…: which side of the deal, in brackets after them)
    r"^对(?P<who>[^。；;,，]{2,60}?(?:企业|单位|机构|中心|实验室|研究院|平台|运营主体))"
    r"(?:的?(?:\([^()。；;,，]{1,12}\))?[,，]"
    r"|(?:(?<=企业|单位|机构|中心|平台)|(?<=实验室|研究院))"
    r"(?:给予|(?:一次性)?(?:奖补|奖励|补助)\d))"  # 对…的科技型中小企业给予奖励 /
    # …的依托单位给予支持 / 对…新认定的三明市级企业工程技术研究中心给予补助5万元
    # 对…的规上工业企业按增量部分的10%给予补助: the firms, then how much (no comma between)
    r"|^对(?P<paid>[^。；;,，]{2,60}?的[^。；;,，]{0,12}?企业)(?=按[^。；;,，]{1,24}?给予)"
    # 对上年度…登记的技术合同中，技术交易额在300万元以上的企业，按…给予奖补: commas inside
    r"|^对(?P<spanning>[^。；;]{2,60}?的[^。；;,，]{0,12}?企业)[,，](?=[^。；;]{0,30}?给予)"
    # 对本市企业购买市外技术成果…的，按…给予补助 / 对入库的科技型中小企业上年度获得的…贷款，…:
    # firms doing something, or something of theirs (not 对…企业研发中心开展…, a centre)
    r"|^对(?P<firm>[^。；;,，]{0,20}?企业)"
    r"(?!家|[\u4e00-\u9fff]{0,6}?(?:中心|实验室|平台|研究院|工作站|基地|孵化器|众创空间|加速器|园"
    r"|联盟|协会))(?P<tail>[^。；;,，]{2,40}?)"  # (企业家: a person)
    # …贷款按…50%给予贴息 / 对…的高新技术企业每家奖补10万元。 (the award ends the clause)
    r"(?:[,，]|(?=给予)|(?<=万元)(?=[。；;]?$))"
    # 补助对象须为上年度研究开发费用支出达到200万元以上…的规模以上工业企业，按…给予后补助
    r"|^(?:补助|奖补|奖励|资助|支持)对象(?:须|应|必须)?(?:为|是)(?P<named>[^。；;,，]{2,60}?"
    r"(?:企业|单位|机构))(?=[,，])"
    # 首次认定的高新技术企业，奖励30万元 / 新认定的省级工程技术研究中心依托企业，一次性奖励…:
    # whom the award is for named first, without 对
    r"|^(?P<bare>[^。；;,，对]{0,16}?(?:认定|入选|入库|获批|评为|备案)[^。；;,，]{0,20}?的"
    r"[^。；;,，]{2,24}?(?:企业|单位|机构|中心|实验室|研究院))(?=[,，]|奖励|一次性)"
    # 首次认定为温州市瞪羚企业的，奖励20万元: what it was recognised as, then 的
    # (新获批省级工程技术研究中心、省级企业技术中心的，奖励…: what it was granted)
    r"|^(?P<named_as>[^。；;,，对]{0,16}?(?:认定|入选|评为|备案|获批)为?[^。；;,，的]{2,40}?"
    r"(?:企业|单位|机构|中心|实验室|研究院|平台|孵化器|众创空间|加速器))的(?=[,，]|奖励|奖补|给予)"
    # 首次通过高新技术企业认定的，奖励20万元: the recognition it passed, then 的
    r"|^(?P<recognised>[^。；;,，对]{0,8}?(?:通过|获得|取得)[^。；;,，的]{2,30}?(?:认定|评价|备案))"
    r"的(?=[,，])"
    # 规模以上工业企业上年度研发费用达到2000万元以上的，按…予以奖励: firms meeting a mark, then 的
    r"|^(?:(?:采取|采用|实行|实施)[^,，。；;]{1,12}?[,，])?(?P<meeting>[^。；;,，对的]{0,20}?企业)"
    r"(?P<mark>[^。；;,，]{0,30}?\d[^。；;,，]{0,12}?的)(?=[,，])"
    # 上年度研发投入达到500万元以上的规模以上工业企业，按…奖补: the mark, then the firms
    r"|^(?P<conditioned>[^。；;,，对]{0,30}?\d[^。；;,，]{0,16}?的[^。；;,，的]{0,12}?企业)(?=[,，])"
    # 对上年度研发费用支出达到200万元以上、且…增长10%以上的，按…给予后补助: a mark met, no one
    # named (who applies is said above)
    r"|^对(?P<unnamed>[^。；;,，]{2,40}?\d[^。；;,，]{0,16}?(?:、[^。；;,，]{2,30}?)?的)[,，]"
    r"(?=[^。；;]{0,30}?给予)")


BARE_AWARDEE = re.compile(r"(?:认定|入选|入库|获批|评为|备案)[^。；;,，]{0,20}?的"
                          r"|企业[^。；;,，]{0,30}?\d[^。；;,，]{0,12}?的[,，]"
                          r"|\d[^。；;,，]{0,16}?的[^。；;,，的]{0,12}?企业[,，]")


# …技术（A类）, …（研发类）: the class it names; …（新增方向）, （调整）: a change since last year
KIND_TAG_BEFORE = re.compile(r"^\s*[【〔［]\s*[\u4e00-\u9fff]{2,6}\s*[】〕］]\s*(?=[^\s【〔［]{4})")
CLASS_TAG = re.compile(r"\s*[(（]\s*(?:(?:[A-Z甲乙丙丁]|[\u4e00-\u9fff]{2,4})类"
                       r"|(?:新增|调整|保留|延续|暂停|新设)(?:方向|项目|内容)?"
                       # 方向3：创新药研发成果转化（后补助）: the way it is funded, no title
                       r"|(?:事前|事后)?(?:前资助|后补助|以奖代补|奖补|贷款贴息)(?:项目|类)?"
                       r"|(?:择优|定向)委托(?:项目)?)"  # (…技术（择优委托）: how it is let)
                       r"\s*[)）]\s*$")
# 采取…方式，对… / 实行以奖代补，对…: how it is paid, then whom the award is for
# ◆补助标准：对… / 奖励标准：对…: a label (and its mark) before the award's 对
AWARD_LABEL = re.compile(r"^[◆◇■□▶▷►]?\s*[\u4e00-\u9fff]{2,6}(?:标准|方式|内容|对象)\s*[:：]"
                         r"\s*(?=对)")
# 对已认定的市级企业研发中心开展绩效评价，…给予30万元: whom it evaluates is whom it pays
EVALUATED = re.compile(r"^(对[^。；;,，]{2,40}?(?:中心|实验室|平台|机构|研究院|基地))(?:开展|进行)"
                       r"(?:年度)?(?:绩效)?(?:评价|评估|考核)[,，]")
MODE_LEAD = re.compile(r"^(?:(?:本(?:项|方向|项目))?(?:采取|采用|以)[^,，。；;:：]{1,12}?方式"
                       r"[,，:：]?"
                       # (以奖代补：对…: the mode named before a colon)
                       r"|(?:实行|实施|采取|采用)?[^,，。；;:：]{1,8}?[,，:：]"
                       # 本计划对…的企业给予补助: the plan speaking of itself first
                       r"|本(?:计划|专项|类|领域|批次)(?:项目)?)\s*(?=对)")
# 对新认定的市级企业研究开发中心，给予…: a firm's own centre, so an award only firms get
FIRMS_OWN_CENTRE = re.compile(r"企业(?:研究开发|研发|技术|工程技术研究|工程研究)中心$|企业研究院$")


# …给予奖励，具体标准另行发布: an award whose amount is still to come
AWARD_WORDS = re.compile(r"(?:给予|予以)[^。；;,，]{0,8}?(?:奖励|补助|奖补|资助|贴息|支持)")


def _award_whos(node: Node, funding_text: str | None = None) -> list[tuple[str, str]]:
    """Who each award in the leaf's own text or funding field goes to (对…的企业，给予…), and
    what the clause says of those firms after naming them (对入库的科技型中小企业中上年度研发
    费用不低于100万元的，…: the floor they meet)."""
    # (支持内容：对…的市级重点实验室，给予10万元支持 too: the content of an award item; and
    # 支持方式：后补助。 ⏎ 对…的规上企业，按…给予补助: the paragraph under a mode label)
    # (申报主体要求 | 后补助；对…的规上企业给予: a table cell naming whom its row's amount goes to)
    stated = ""
    for part in (_join(node.text), node.field_text("funding"), node.field_text("content"),
                 node.field_text("mode"), node.field_text("requirements"),
                 node.field_text("notes")):  # 备注：对…的高新技术企业给予一次性奖励
        stated = _ended(stated, part or "")  # (a field may end without a full stop)
    found = _award_whos_in(stated)
    if not found and funding_text and not node.field_text("funding"):
        # (the funding said under a label no rule knows: 【数字要讲准】对…的高新技术企业，奖励…)
        stated = _ended(stated, funding_text)
        found = _award_whos_in(stated)
    title = normalise(node.title or "")
    if node.style == "table-item" and node.parent is not None:
        stated = _ended(stated, _join(node.parent.stated))  # (its row's cells, said for it)
    if (not found or (not fx.qualifications(_award_targets(found))[0]
                      and fx.qualifications(title)[0])) \
            and AWARDED_TITLE.match(title) \
            and (node.style in ("table", "table-item") or node.listed
                 or node.style.startswith("mark:") or RECOGNITION_TITLE.match(title)) \
            and (re.search(r"奖补|奖励|补助", stated) or AWARD_WORDS.search(stated)
                 or any(re.search(r"奖补|奖励|以奖代补", normalise(above.heading_text))
                        for above in node.ancestors())):  # 三、…平台建设计划（以奖代补，…）
        # 奖补事项 | 奖补标准 ⏎ 首次认定的国家高新技术企业 | 一次性奖补10万元: the row's title
        # names whom its award goes to (● 新认定的国家高新技术企业（奖补10万元） too)
        # (对当年新认定的企业给予奖补 beside 新认定省级工程技术研究中心奖补: what the firm
        # gained, the row's title says)
        found = [*found, (title, "")]
    return found


# 首次认定的国家高新技术企业 / 新认定的省级工程技术研究中心 / 新获批的…: whom an award row names
AWARDED_TITLE = re.compile(rf"^{fx.NEWLY_WON}(?:为|的)"
                           # (新认定省级工程技术研究中心奖补: what was recognised, then the award)
                           r"|^新(?:认定|获批)(?=[^，,。]{0,30}(?:奖励|奖补|补助)$)"
                           rf"|^{fx.NEWLY_WON}(?=[^，,。；;]{{2,30}}$)")
# 首次认定国家高新技术企业 / 新认定省级工程技术研究中心、省级重点实验室 / 新入选山东省瞪羚企业:
# an award item titled by the standing it rewards, nothing after the names it lists
RECOGNITION_TITLE = re.compile(rf"^{fx.NEWLY_WON}(?:为|的)?"
                               r"[^，,。；;]{2,30}?(?:企业|中心|实验室|研究院|平台|工作站|基地)$")


# 县科技局成果转化股提醒：对…的企业，…给予奖补: who says it, before what is said
_SAID_BY = re.compile(r"^[^，,。；;：:\d]{2,16}(?:提醒|表示|介绍|强调|指出|说明)[:：]")


def _award_whos_in(stated: str) -> list[tuple[str, str]]:
    """Who each award in `stated` goes to, and what its clause says of them after naming them."""
    if "对" not in stated and not BARE_AWARDEE.search(stated) and not _GIVEN_TO.search(stated):
        return []
    found: list[tuple[str, str]] = []
    for sentence in re.split(r"(?<=[。!?！？\n])", fx.drop_asides(fx.unwrap(normalise(stated)))):
        awarding = False  # (对…的依托企业，给予100万元；新认定为省级…的，给予50万元: 对 said once)
        # (…，支持开展…创建，对新获批…的企业给予…: one award after a lead-in, its 对 clause
        # mid-sentence; awards in tiers are each a clause of their own: 对A…；对B…)
        clauses = re.split(r"(?<=[；;])", sentence) if re.search(r"[；;]", sentence) else \
            re.split(r"(?<=[,，])(?=对[^。；;，,]{2,40}?(?:企业|单位|机构))", sentence)
        for clause in clauses:
            said = MODE_LEAD.sub("", AWARD_LABEL.sub("", ITEM_SCOPE.sub(
                "", BULLET.sub("", _SAID_BY.sub("", clause.strip())))))
            # (● 对… / 采取…方式，对… / ◆补助标准：对… / 其中，增量补助：对…)
            said = EVALUATED.sub(r"\1，", said)  # 对已认定的…中心开展绩效评价，…给予: the centre
            if awarding and not said.startswith("对"):
                said = "对" + said
            match = AWARD_TARGET.match(said)
            if match and (GRANT_SENTENCE.search(clause) or AWARD_WORDS.search(clause)
                          or clause.rstrip("。；; ").endswith("给予")):
                found.append((match["who"] or match["firm"] or match["spanning"]
                              or match["named"] or match["paid"] or match["bare"]
                              or match["named_as"] or match["meeting"]
                              or match["recognised"] or match["conditioned"]
                              or match["unnamed"],
                              match["tail"] or match["mark"] or _condition_after(said, match)))
                awarding = True
            elif (given := _GIVEN_TO.search(said)) is not None and not found:
                # 给予依托企业一次性支持20万元 / 一次性奖补研制企业20万元: whom it is given to
                found.append((given["who"], ""))
    return found


# (the firm named after the verb of giving, the sum right after it)
_GIVEN_TO = re.compile(r"(?:给予|奖补|奖励|补助)(?P<who>[\u4e00-\u9fff]{0,6}?企业)(?:一次性)?"
                       r"(?:支持|奖励|补助|奖补|资助)?(?:\d|[一二两三四五六七八九十]+万)")


def _condition_after(said: str, match: re.Match[str]) -> str:
    """对已入库的科技型中小企业，2025年度研发费用不低于100万元的，按…给予奖励: the mark the firms
    named must meet, in the clause after them (ending 的)."""
    after = re.match(r"([^。；;，,]{2,40}?\d[^。；;，,]{0,20}?的)[,，]", said[match.end():])
    return after[1] if after else ""


def _mode_first(requirements: str | None) -> str:
    """后补助；对…企业给予 — a conditions cell that opens with the funding mode alone."""
    first = re.split(r"[；;。，,]", normalise(requirements or "").strip(), maxsplit=1)[0]
    return first if len(first) <= 8 and fx.funding_modes(first) else ""


def _firms_awarded(whos: list[tuple[str, str]], title: str = "") -> bool | None:
    """True when every award goes to a kind of firm (对首次通过认定的高新技术企业，每家奖励10万元:
    only a firm receives it); None otherwise (孵化器的运营单位, 新型研发机构: not said)."""
    def firm(who: str) -> bool:
        kind = re.sub(r"[(（][^()（）]*[)）]", "", who).rsplit("的", 1)[-1]
        return ((kind.endswith("企业") or bool(FIRMS_OWN_CENTRE.search(kind)))
                and not re.search(r"[、和及与或]", kind)) \
            or bool(re.search(r"依托(?:单位为)?企业", who))  # 对依托企业新认定的…中心
    named = [who for who, _ in whos if who.rsplit("的", 1)[-1]  # (…；重新认定的，给予…)
             and not AWARD_TITLE.search(who)  # (the row's title beside them: no one's kind)
             and not (who == title and len(whos) > 1)]  # (…, and the row's title besides)
    return True if named and all(firm(who) for who in named) else None


_ACCEPTED = re.compile(r"验收(?:合格|通过)|通过(?:[^。；;,，]{0,6})?验收")


def _award_targets(whos: list[tuple[str, str]]) -> str:
    """Those awards' targets said as conditions (获奖对象须为…), the kind after the last 的
    too (…且较上年度增长10%以上的规模以上工业企业), so the qualifications and R&D floor they
    name are read as required."""
    said = []
    for who, tail in whos:
        if _ACCEPTED.search(who):
            continue  # 对验收合格的市级重点实验室给予…: what the project builds, paid when done
        said.append(f"奖补对象须为{who}。")
        if (kind := who.rsplit("的", 1)[-1]) != who:
            said.append(f"奖补对象须为{kind}。")
        if tail.endswith("的") and fx.min_rd_spend_wan(tail) is not None:  # …不低于100万元的，
            said.append(f"奖补对象{tail}。")
    return _join(said)


def _ended(text: str, sentence: str) -> str:
    """`text` and then `sentence` as a sentence of its own: a requirement that ends without a
    full stop (…实现增长的规上工业企业) must not run on into it."""
    if not sentence:
        return text
    if text and not text.rstrip().endswith(tuple("。；;！？!?")):
        text = text.rstrip() + "。"
    return _join([text, sentence])


def _as_sentence(text: str) -> str:
    """A field's value ended as a sentence (nothing stays nothing)."""
    text = text.rstrip()
    return text + "。" if text and not text.endswith(tuple("。；;！？!?")) else text


def _join(parts: list[str]) -> str:
    return "\n".join(part for part in parts if part and part.strip()).strip()


def _title_condition(node: Node, title: str) -> list[str]:
    """The condition a bracket closing the heading's title set (…项目（须签订三年以上合作协议）),
    which the title drops: a requirement of the direction, said as a sentence."""
    heading = node.heading_text
    if not title or not heading:
        return []
    # (the title found by str.find, the bracket matched after it: a pattern built from each
    # title cost a compile per leaf and pushed the parser's own patterns out of re's cache)
    at = heading.find(title)
    while at >= 0:
        if found := _CONDITION_AFTER.match(heading, at + len(title)):
            return [_as_sentence(found["condition"])]
        at = heading.find(title, at + 1)
    return []


_CONDITION_AFTER = re.compile(r"\s*" + CONDITION_BRACKET)
