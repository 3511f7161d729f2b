"""Guideline text → outline tree → leaves, for any bureau's numbering.

Lines are read one at a time (bot.catalogue.outline says what each one is written as) and fed
into a stack of open headings: a heading whose numbering style is already open is a sibling of
that heading (numbering continues), a new style opens one level deeper, and words that say a
level (计划/专项 plans, 项目类型 groups, 方向 directions) or the conventional order of Chinese
official numbering (一、 above （一） above 1. above （1） above ①) settle the rest. So each
document's hierarchy is inferred from how its own styles nest, not from a list of documents.

A heading is a fundable leaf when fields stand under it (研究内容, 支持强度 …) and nothing
fundable stands below it; sections that fund nothing (申报须知, 附件 …) never hold leaves. Where
conversion lost a heading (南宁's 重大项目1/3/5 and its first plan) the gap is detected from
numbering and the node is created with `inferred` saying what was reconstructed.
"""

from __future__ import annotations

import itertools
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any

from bot.catalogue import (
    anki_notes,
    bilingual,
    calendar_events,
    canvas,
    clippings,
    columns,
    concatenated,
    conversions,
    docbook,
    dot_graph,
    drawio_diagram,
    dxf_text,
    enriched_text,
    extract,
    fallbacks,
    gettext_po,
    graph_export,
    html_blocks,
    ini_nodes,
    inline_tables,
    kafka_records,
    leo_outline,
    match_report,
    mif,
    node_records,
    numbers,
    ofd_pages,
    platform_cards,
    project_tasks,
    psql_records,
    quoted_cells,
    rdf_graph,
    reference_records,
    source_column,
    spreadsheet_xml,
    sql_dump,
    stream_cards,
    subtitle_script,
    svg_poster,
    task_backup,
    thread_posts,
    traditional,
    typst_source,
    uof_document,
    vetoes,
    xps_glyphs,
    yaml_seed,
    youdao_note,
)
from bot.catalogue import fields as fx
from bot.catalogue.extract import LISTED_ROWS, OFFICE_SENTENCE, office_named
from bot.catalogue.models import Guideline, GuidelineMeta, ParseIssue
from bot.catalogue.numbers import LISTED_ITEM as LISTED_IN_CELL
from bot.catalogue.numbers import chinese_to_int, normalise
from bot.catalogue.outline import (
    ANNOUNCED_SUBS,
    APPENDIX_LABEL,
    APPENDIX_REF,
    ARTICLE,
    ASKED_WHO,
    BRACKETED_PLAN_OFFICE,
    CATEGORY_COLUMN,
    CIRCLED,
    CLASS_TERMS_SECTION,
    CLASS_WORD,
    CN,
    CODE,
    CODE_BODY_LINE,
    CODE_REMARK_LINE,
    COMMA_CODE,
    COMMENTARY,
    CONTAINER,
    FIELD_LABELS,
    HEADING_DEPTHS,
    KEYWORD_NAME,
    LAYOUT_ZONE,
    LEADING_TAG,
    LEVELS,
    NUMBERED_PLAN_WORDS,
    OFFICE_TERMS_BRACKET,
    OFFICE_VERB,
    OWN,
    PLAN_WORDS,
    RELATIVE_STYLES,
    SELF_REFERENCE,
    SINGLE_IS_CAP,
    TABLE_RULE,
    TABLE_UNIT_INLINE,
    TASK_OFFICE,
    TERMINAL,
    TERMS_BRACKET,
    TERMS_SECTIONS_FUND,
    TITLE_MARKS,
    WHOLE_LINES,
    Heading,
    Kind,
    Label,
    Line,
    blank_means_above,
    classify,
    classify_text,
    clean_lines,
    code_and_office,
    code_line,
    coded_title,
    colonless_label,
    column_label,
    figures_in_unit,
    find_code,
    find_office,
    head_word_key,
    heading_body,
    heading_keyword_name,
    heading_terms,
    heading_title,
    is_bare_heading,
    is_direction_table,
    is_lead_column,
    is_non_funding,
    is_terms_header,
    is_title_column,
    label_key,
    lead_cell,
    merged_down,
    names_field,
    not_applied_for,
    numbered_field,
    numbered_rows,
    office_and_terms,
    office_closed_title,
    ordinal_named,
    read_label,
    roman_value,
    row_cells,
    run_in_label,
    same_as_above,
    split_run_on_labels,
    table_cells,
    table_row,
    title_like,
    unwrapped_cell,
    with_unit,
)

log = logging.getLogger(__name__)

ITEM_OWN_SENTENCE = re.compile(r"^(?:拟支持|拟立项|本方向|本项目|该方向|每项|单个项目)")
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
TOP_ITEM = re.compile(r"^\s*([一二三四五六七八九十]{1,3})、")
PAREN_ITEM = re.compile(r"^\s*\(([一二三四五六七八九十]{1,3})\)")
LATER_NOTE = re.compile(r"^上述\s*\d*\s*个?(?P<kind>[\u4e00-\u9fff]{1,8}?类)?(?:方向|项目)")
PUNCTUATION_ONLY = re.compile(r"^\s*[。；;，,、.]+\s*$")
ATTACHMENT = re.compile(r"^附\s*件\s*[:：]?$")  # 附件 alone: what follows is attached
# 附件：…项目申报书（格式） — the one attachment, named on its line: what follows is it
ATTACHED_FORM = re.compile(r"^附\s*件\s*[:：]\s*(?P<title>[^:：；;。]{4,60})$")
ATTACHED_GUIDELINE = re.compile(r"指南\s*$")  # …申报指南: the attachment is the guideline
# 1项。本方向… / 2项。申报企业上年度…: a count and, after it, sentences of the direction's own
# (拟支持数量：1项｜本方向每项不超过40万元: a caption's parts after a bar, the same)
QUOTA_THEN = re.compile(
    r"^(?P<count>[^。；;｜|]{0,16}?(?:\d+|[一二两三四五六七八九十]+|不限)\s*(?:个|项)?[。；;｜|])"
    r"\s*(?P<more>\S.{4,})$"
    # (拟支持不超过2项，每项资助15万～25万元。: after a comma, its grant)
    r"|^(?P<count_>[^。；;｜|，,]{0,16}?(?:\d+|[一二两三四五六七八九十]+)\s*(?:个|项))[，,]"
    r"\s*(?P<more_>(?:每项|单项|每个项目|单个项目)?(?:资助|支持|补助|奖补)(?:经费|额度|金额|强度)?"
    r"(?:为|不超过|最高)?\s*[\d一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾].*)$")
CLASS_ROW_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}")
_CLASS_ROW_UNDER = re.compile(r"\d{1,3}|[(（][一二三四五六七八九十]{1,3}[)）]")  # its rows' numbers
CLASS_ROW_NOTE = re.compile(r"\s*[(（](?:类别|本类)?(?:通用|共性|统一)要求[)）]\s*$")
# 第一条，必须由企业牵头申报…: a speaker counting a class's rules, a pause after each number —
# no article of a notice (第一条　… / 第一条：…)
SPOKEN_RULE = re.compile(r"^\s*第[一二三四五六七八九十]{1,2}条[，,]")
# a web page's own labels after the text it carries: its downloads, its owner, its buttons
PAGE_CHROME = re.compile(r"^(?:附件下载|相关附件|附件列表|下载附件|主办单位|承办单位|主办|承办"
                         r"|网站标识码|打印本页|关闭窗口|相关链接|相关文件|扫一扫"
                         # (a course page's: 【讲师介绍】, 【学员笔记】（公开 36 条…）)
                         r"|(?:讲师|主讲人)(?:介绍|简介)|(?:学员|网友|用户|精选|热门|全部)(?:笔记|评论|留言)"
                         r"|相关推荐|猜你喜欢|评论区"
                         # (【窗口答疑摘要】 after the last direction: the desk's Q&A, no terms)
                         # (not 现场答疑（记录员摘录）：…, an official's answers quoting the call)
                         r"|窗口(?:答疑|问答)(?:摘要|汇总|记录)?|(?:答疑|问答)(?:摘要|汇总))$")
# 【记录 2/6】 / [第3条 / 共6条]: one record of a log's export, numbered of all
# (【记录二】: the same, numbered alone)
_RECORD_HEAD = re.compile(r"^[【\[]?\s*(?:记录|条目|第\s*\d{1,3}\s*条)\s*\d{0,3}\s*[/／]\s*"
                          r"(?:共\s*)?\d{1,3}\s*(?:条)?\s*[】\]]?$"
                          r"|^[【\[]\s*记录\s*[一二三四五六七八九十\d]{1,3}\s*[】\]]$")
# 【本课要点卡】农村科技科｜企业牵头｜前资助: a lesson's recap of what it said, no direction's
# terms (the last one's above it least of all)
# (not 要点：…, a direction's gist)
RECAP_LABEL = re.compile(r"^本[课讲节期章集](?:要点|重点|知识点)(?:卡|回顾|小结|速览|总结)?$"
                         r"|^(?:要点|重点|知识点)(?:卡|回顾|小结|速览)$|^本[课讲节期章集](?:小结|回顾|总结)$")
# The title of an attached form: 申报书（编写提纲）, 信用承诺书, 推荐项目汇总表, 申请表（格式）
# (not …申报辅导提纲 / 宣讲提纲: the outline a session talks through, the calls in it)
FORM_TITLE = re.compile(r"申报书|申请书|编写提纲|(?<!辅导)(?<!宣讲)(?<!解读)(?<!培训)(?<!讲解)提纲"
                        r"|承诺书|承诺函|汇总表|一览表|推荐表|申请表"
                        r"|预算表|登记表|安排表|进度表|[(（]格式[)）]|模板|样表"
                        # 2024年度…立项项目名单: last year's funded projects, no directions
                        r"|立项(?:项目)?(?:名单|清单)|(?:资助|补助|验收|结题)项目(?:名单|清单)")
LISTING_TITLE = re.compile(r"一览表|汇总表|清单")
# 沛县2025年度科技计划项目申报指南一览表: the guideline itself, set out as a table
GUIDELINE_LISTING = re.compile(r"指南(?:方向)?(?:一览表|汇总表|清单)\s*$")
# 《…申报指南》政策解读 / 答记者问 after the guideline: its terms said again in other words
CLOSING_READING = re.compile(r"^(?:《[^》]{4,80}》|关于[^，。]{4,60}的)?\s*"
                             r"(?:政策解读|解读|答记者问|(?:政策|申报)?问答|常见问题(?:解答)?"
                             r"|热点问题解答)$")
_REST_OMITTED = re.compile(r"^[(\[〔]\s*(?:以下|下文|后文|下|后)(?:内容|部分)?(?:从|省)?略"
                           r"\s*[)\]〕]$"
                           # (（以上为《申报指南》照录内容）: the quoted guideline ends)
                           r"|^[(\[〔]?\s*以上(?:为|是|系)?[^()（）]{0,24}?(?:照录|摘录|抄录|引用|原文)"
                           r"(?:内容|部分)?(?:完|完毕|结束)?\s*[)\]〕]?$")
# A field value that speaks of the group, not the direction it follows: 本专题采取事前资助…
OWN_VALUE = re.compile(r"^(?:本|该)(?:方向|子方向|项目|课题|榜单)(?!群|组)")
GROUP_SCOPE_TEXT = re.compile(r"^(?:本|该)(?P<word>专题|专项|计划|领域|类项目|批|产业链|类别)")
# 以上第（一）类科技攻关项目每项资助…；第（二）类…: terms for categories by their number
CATEGORY_TERMS = re.compile(rf"^以上\s*第\s*[(（]?\s*[{CN}\d]+\s*[)）]?\s*类")
CATEGORY_PART = re.compile(rf"[；;]\s*(?=第\s*[(（]?\s*[{CN}\d]+\s*[)）]?\s*类)")
CATEGORY_NUMBER = re.compile(rf"第\s*[(（]?\s*(?P<n>[{CN}\d]+)\s*[)）]?\s*类")
# 注：方向三、方向五实施期限为3年: terms for the directions it names
NAMED_NOTE = re.compile(
    rf"^注\s*[:：]\s*(?P<names>(?P<word>方向|子方向|课题|榜单)\s*[{CN}\d]+"
    rf"(?:\s*[、和及与,，]\s*(?:方向|子方向|课题|榜单)?\s*[{CN}\d]+)*)(?P<rest>.+)$")
# 上述方向1—3分别… / 方向4、方向5…分别… / 子方向（1）、（2）分别…: terms said respectively
_NUM_REF = r"(?:\d{1,2}|[(（]\d{1,2}[)）])"
_DECIMAL_REF = r"\d{1,2}(?:\.\d{1,2}){1,2}"
RESPECTIVE_REF = re.compile(rf"^(?:上述|以上)?(?:(?P<ref>子?方向\s*{_NUM_REF}"
                            rf"(?:\s*(?:[—–\-~至、和及])\s*(?:子?方向)?\s*{_NUM_REF})*)"
                            # 4.1、4.2、4.3方向…分别…: directions by their decimal numbers
                            rf"|(?P<decimal>{_DECIMAL_REF}(?:\s*[、和及]\s*{_DECIMAL_REF})+)\s*方向)")
RESPECTIVE_LEAD = re.compile(rf"^(?:上述|以上)?(?:子?方向\s*[\d(（]|{_DECIMAL_REF}\s*[、和及])")
# 注：2.2方向企业、高校…均可牵头申报；3方向…: clauses naming directions by their numbers
NUMBERED_NOTE = re.compile(r"^注\s*[:：]\s*(?P<rest>\d{1,2}(?:\.\d{1,2})*\s*方向.+)$")
NUMBERED_CLAUSE = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*方向(?P<rest>.+)$")
# 注：以上指南方向均采取前资助方式…: terms for everything above, stated after it
# 本专题拟支持不超过3项，单个项目资助额度为… closing a 专题 after its last direction
# 说明：本领域项目均为前资助… in a row spanning a table, under a group row: the group's terms
# (本类共性要求：须由企业牵头申报；…: what a group row's class shares, said under it)
TABLE_GROUP_NOTE = re.compile(r"^\s*(?:说明|注|备注"
                              r"|(?:本(?:类|组|领域|专项|专题|计划|板块)(?:项目)?)?"
                              r"(?:共性|通用|共同|统一)(?:要求|条件|条款|规定))\s*[:：]")
# …技术研究（支持30万元，实施期2年）: a terms bracket closing a listed item's title
_CLOSING_TERMS = re.compile(TERMS_BRACKET.pattern + r"\s*$")
GROUP_CLOSING = re.compile(r"^(?:本(?P<word>专题|专项|计划|领域|板块|类)(?:项目)?"
                           # (本计划项目除另有说明外，执行期均为2年: the same, with its exception)
                           r"(?:除[^，,。；;]{0,10}外[，,]?)?"
                           r"(?:均|原则上|共|拟)*(?:支持|资助|立项|安排|采取|实行|实施期|执行期)"
                           # 揭榜项目实施期限不超过2年。… after the last 榜单: its 专题's
                           r"|(?P<lists>揭榜(?:挂帅)?(?:项目|单位|方)(?:实施|执行|攻关)?(?:期限|周期)))")
LATER_TERMS = re.compile(
    # 注：本类项目实施期限为18个月。 after the class's last direction: the class's, too
    r"^注\s*[:：]\s*本(?:类|计划|专项|专题|领域|批)(?:项目|方向)?(?:均|都|一律|实施|执行|采取|资助|"
    r"支持|须|的)"
    # 本类别支持方式和标准：采取… closing a class after its last direction
    r"|^本(?:类别|类|计划|专项|专题|领域|批)(?:项目)?的?(?:支持|资助|补助)(?:方式|标准|强度|额度)"
    r"[^：:。]{0,10}[:：]"
    # (※以上⑴～⑶方向统一规定：…: the directions by their numbers, before the word)
    r"|^[※★▲]?\s*(?:注\s*[:：]\s*)?以上\s*(?:[\d一二两三四五六七八九十]+\s*个)?(?:指南)?"
    r"(?P<range>[(（]?[①-⑳\d]{1,2}[)）]?\s*[—–\-~～至到、]\s*[(（]?[①-⑳\d]{1,2}[)）]?\s*)?"
    r"(?P<word>方向|子方向|项目|课题|子课题|子专题|子项目|子项|榜单|需求)"
    # (以上方向1—6（方向4另有规定的除外）：项目须由企业牵头…: the directions by number)
    r"(?:\s*[\d一二三四五六七八九十]{1,2}\s*(?:[—–\-~～至到、]\s*[\d一二三四五六七八九十]{1,2})?"
    r"(?:\s*[(（][^()（）]{0,24}[)）])?\s*(?=[:：]))?"
    r"(?:及子方向|和子方向)?(?:在?申报时)?(?:均|都|一律|拟|各|采取|实行|每项|须|的|支持|资助|除|共性|共同|统一|通用"
    r"|条款|[:：])"  # (以上两个子方向条款适用：…)
    # 以上农业类指南，项目承担单位自筹资金…: the class just listed, named
    r"|^(?:注\s*[:：]\s*)?以上\s*[\u4e00-\u9fff]{1,8}?类(?:指南|项目|方向)?(?:[，,]|均|都|须|采取|实行)"
    # 以上两项申报材料： after a heading's last two items: the heading's, for both
    r"|^以上\s*[\d一二两三四五六七八九十]+\s*(?:个|项)(?:事项|项目|方向)?[\u4e00-\u9fff]{0,8}[:：]")
# 子方向各支持1项 / 每个子方向拟支持1项 / 上述两个子方向各拟支持1项: said of each of them
_SUBS_SAID = re.compile(r"^(?:上述|这|该)?\s*"
                        r"(?P<each>(?:[两二三四五六七八九十\d]+\s*个)?(?:各|每个?)"
                        r"|[两二三四五六七八九十\d]+\s*个)?子(?:方向|课题|专题|任务)"
                        r"(?P<all>各|均|都|每项)?\s*(?:拟|原则上)?\s*"
                        r"(?:支持|资助|立项|执行|实施|须|应|采取|限|不超过)")
# （2）本专题各方向… : an item's number and the heading a sentence is said of, before what it says
HEADING_SUBJECT = re.compile(r"^(?:[(（]?\d{1,2}[)）.．、]\s*)?"
                             r"(?:本(?:专题|专项|领域|计划|类|节|章|篇|方向)"
                             r"(?:各|所有)?(?:方向|子方向)?(?=项目类别|项目类型|类别|均))?")
# 每个方向拟支持1项 / 拟支持不超过3项: a count, none of the terms a class row gives
COUNT_SAID = re.compile(r"(?:每个?(?:方向|项目))?拟?支持(?:不超过)?\s*\d+\s*项")
# the fields a plan or group states its terms in, over the directions listed after them
TERMS_KEYS = frozenset({"funding", "mode", "period", "requirements", "quota", "office", "notes"})
# …共同适用以下条款： / …统一执行如下规定： closing a line: the labelled terms below are theirs
ANNOUNCED_TERMS = re.compile(r"(?:以下|如下)[\u4e00-\u9fff]{0,6}[:：]$")
# 附：支持方式与申报要求 after the directions: the terms of the heading they stand under
APPENDED_TERMS = re.compile(r"^附\s*[:：]\s*(?=[^。；;]{0,14}(?:支持方式|资助方式|申报要求|支持标准"
                            r"|资助标准|支持强度|资助额度))[\u4e00-\u9fff、与和及]{2,16}$")
OTHER = "other:"  # field key prefix of a label no rule knows
SUB_ROW_NUMBER = re.compile(r"[(（]\s*\d{1,2}\s*[)）]")  # a table row's 序号 （1）: a sub-row
CONTINUED_HEADING = re.compile(r"[(（]\s*(?:续|续上页|接上页|续前页)\s*[)）]\s*$")
# Words that start a sentence with a colon without naming a field.
NOT_LABELS = frozenset({
    "其中", "注", "例如", "包括", "如下", "具体如下", "主要包括", "重点包括", "联系人", "联系电话",
    "电话", "地址", "邮箱", "传真", "网址", "邮编", "附件",
    # (会议内容： over a meeting's items: the record's own, no direction's 内容)
    "会议内容", "会议议题", "会议纪要", "会议记录", "会议情况",
    *(f"其{n}" for n in "一二三四五六七八九十")})  # 其二：… a direction's part, not a label
# 回复内容（1/2）〔文字…〕： over an auto-reply's message: the message, no field of a direction
_REPLY_LABEL = re.compile(r"^(?:回复|推送|消息)内容")
# 本部分统一要求——（1）采取前资助方式；…: the part's own terms run on after it, its text (not
# 【本板块共性条款】 alone over the labels that state them)
_OWN_TERMS_LABEL = re.compile(r"^本(?:部分|类|组|专题|专项|板块|领域)(?:统一|共性|通用)"
                              r"(?:要求|规定|条款)$")
# 包括以下子方向：, 主要包括： — a list announced, not a field
LIST_WORDS = re.compile(r"^(?:主要|具体)?(?:包括|包含|分为|下设)(?:以下|如下)?")
KEYWORD_OFFICE = re.compile(r"^(?P<title>.*)[(（](?P<office>[^()（）]*?(?:管理|统筹))[)）]\s*$")


@dataclass
class Node:
    """One heading and what stands under it, before it becomes leaves."""

    kind: Kind | None
    line: int
    title: str | None
    number: str | None = None
    code: str | None = None
    office: str | None = None
    label: str | None = None
    style: str = "root"
    level: float = -1.0
    seq: tuple[int, ...] | None = None
    bare: bool = False
    section: bool = False  # a part or a container of plans (第三部分, 二、支持方向)
    non_funding: bool = False
    heading_text: str = ""
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    inferred: list[str] = field(default_factory=list)
    unknown: list[tuple[int, str]] = field(default_factory=list)
    numbered_fields: bool = False
    field_style: str = ""  # the numbering its numbered fields take (（三）经费配套：… → (一))
    inline_body: bool = False  # text[0] is what follows the title on the heading's own line
    listed: bool = False  # a title in a list of directions (主要支持以下方向：1．…；)
    named_own: bool = False  # a label under it names it (本子方向另要求：…): its fields its own
    terms: dict[str, Any] | None = None  # what it states for the leaves under it, read once
    table_terms: str = ""  # its row of a terms table a heading above refers to (见表1)
    noted: list[str] = field(default_factory=list)  # what a note elsewhere says of it
    # what a later note says of it alone (其他说明：方向3资助额度最高…), over what `noted` says
    excepted: list[str] = field(default_factory=list)
    told: list[str] = field(default_factory=list)  # its 本方向… notes from a heading's 其中…
    office_noted: bool = False  # its office named by such a note, not under its heading
    kind_terms: str = ""  # the tier a grant above states for its kind (一般项目每项30万元)
    # the tiers of each kind it takes, when it takes several (（可申报类别：重点项目、一般项目）)
    kinds_terms: list[str] = field(default_factory=list)
    row_fields: dict[str, list[str]] = field(default_factory=dict)  # its row in a 附表 一览表
    # a table of terms by class in its own text (项目类别 | 支持方式 | … ⏎ 重点项目 | 前资助 | …):
    # the header and rows, for the directions under it that name their class
    class_table: list[list[str]] = field(default_factory=list)
    general: list[str] = field(default_factory=list)  # the root's: rules for every direction
    general_at: list[int] = field(default_factory=list)  # …and the line each stands near
    parts: list[int] = field(default_factory=list)  # the root's: where each of 2+ guidelines
    # attached to one notice starts (附件1 ⏎ …申报指南 ⏎ … 附件2 ⏎ …申报指南): rules bind their own
    # where 申报主体：… / 支持对象：… values start (field key, index of the label's line)
    # (field key, first line, line after the last) of each; the end is set when another label
    # goes on in the same field (申报条件 after 申报主体, both requirements)
    applicant_at: list[list[Any]] = field(default_factory=list)
    scoped_terms: dict[str, dict[str, Any]] = field(default_factory=dict)  # root: by mode
    category_titles: frozenset[str] = frozenset()  # root: the headings' titles, as folded
    kinds_named: set[str] = field(default_factory=set)  # root: 重点项目, 一般项目 … rows chosen
    alone: bool = False  # a section known by its name (申报程序), closed by any keyword heading
    kind_named: str = ""  # the kind its 项目类型：… line chose
    # the heading above whose text named its kind (本领域各方向均为B类项目): what a heading
    # nearer states for it (每个子方向资助20万元) is nearer than its kind's row
    kind_from: Node | None = field(default=None, repr=False, compare=False)

    def add(self, child: Node) -> Node:
        child.parent = self
        child.non_funding = child.non_funding or self.non_funding
        self.children.append(child)
        return child

    @property
    def stated(self) -> list[str]:
        """Every line written under this heading: its running text, then its fields', each
        field's value ending as a sentence (● 申报门槛：…高新技术企业 ⏎ ● 支持额度：… are two)."""
        said = list(self.text)
        for key, lines in self.fields.items():
            if lines and key != COMMENTARY:
                last = lines[-1].rstrip()
                ended = last if not last or last.endswith(tuple(TERMINAL)) else last + "。"
                said += [*lines[:-1], ended]
        return said

    @property
    def applicant(self) -> list[str]:
        """The values of its applicant labels, each with the lines it wraps onto."""
        # (a field folded into its heading's since it was read is no longer its own)
        return ["\n".join(self.fields[key][start:end]) for key, start, end in self.applicant_at
                if key in self.fields]

    def field_text(self, key: str) -> str | None:
        lines = self.fields.get(key)
        return "\n".join(lines).strip() or None if lines else None

    @property
    def directions(self) -> list[Node]:
        return [c for c in self.children if c.kind == "direction"]

    @property
    def known_fields(self) -> bool:
        return any(not key.startswith(OTHER) and lines for key, lines in self.fields.items())

    def ancestors(self) -> list[Node]:
        chain, node = [], self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain


# --------------------------------------------------------------------------- tree building


def codes_lead(lines: list[Line]) -> bool:
    """Whether this document prints a direction's code on the line above its heading rather
    than below it: most code lines have a heading right after them and none right before."""
    before = after = 0
    first: int | None = None
    for index, line in enumerate(lines):
        if (code_line(line) is None and not (BARE_CODE_LINE.match(line.text.strip())
                                             and not line.table)) or numbered_field(line):
            continue  # (2018YF-0301 alone above 1.…: a bare code leads its heading too)
        first = index if first is None else first
        if index + 1 < len(lines) and classify(lines[index + 1]) is not None:
            before += 1
        if index > 0 and classify(lines[index - 1]) is not None:
            after += 1
    if first is not None and _closes_fields(lines, first):
        return False  # …考核指标：… ⏎ 【指南代码】HZ26… ⏎ 2.…: each code closes its direction
    if first is not None and _closes_paragraph(lines, first):
        return False  # 1．…（甲） ⏎ its paragraph ⏎ 指南代码：… ⏎ 2．…: the same, without fields
    return before > after


def _closes_paragraph(lines: list[Line], index: int) -> bool:
    """The first code line stands after a heading's paragraph, between it and the next heading
    of the same style (its sibling): it closes the block above, no code leads its heading."""
    above = next((i for i in range(index - 1, -1, -1) if classify(lines[i]) is not None), None)
    below = next((i for i in range(index + 1, min(len(lines), index + 3))
                  if classify(lines[i]) is not None), None)
    if above is None or below is None or index - above < 2:
        return False
    first, then = classify(lines[above]), classify(lines[below])
    return first is not None and then is not None and first.style == then.style \
        and first.code is None


def _closes_fields(lines: list[Line], index: int) -> bool:
    """The code line at `index` ends a block of fields under the heading above it (past the
    numbered points of a field, 申报主体要求： ⏎ 1. …； ⏎ 2. …。, that read like headings)."""
    for line in reversed(lines[:index]):
        if classify(line) is not None and not re.search(r"[；;。]$", line.norm.strip()):
            return False
        label = read_label(line)
        if label is not None and label.key in ("content", "indicators", "funding", "period"):
            return True
    return False


# The sections of a guideline that fund nothing, known by name when they stand alone unnumbered
# (and those no direction has as a field of its own, wherever they stand)
SECTION_ALONE = re.compile(
    r"前言|(?:申报|项目)?(?:总体要求|基本要求)|指导思想|申报条件|基本条件|总则|附则|组织实施|监督管理"
    r"|(?P<procedure>申报程序|申报流程|申报时间|申报方式|其他事项|其它事项|联系方式|评审立项)"
    r"|(?P<questions>答记者问|记者问答|现场答疑|提问环节|现场问答|互动问答|互动答疑)"  # (a press
    # conference's questions; a meeting's, 现场问答： closing what was said before it)
    # (2025年度支持方向与标准 after a leaflet's 常见问题: the directions' own part)
    r"|(?P<directions>(?:\d{4}年度?)?(?:支持|资助|申报)(?:方向|领域|重点)"
    r"(?:[与和及](?:支持)?(?:标准|要求))?)")


# 本专项设2个方向： / 本计划分为以下3个领域：: a line of its own announcing the parts below
_PARTS_LINE = re.compile(r"^本(?:专项|计划|类|领域|方向|项目|专题|批次)(?:共|今年|本次)?"
                         r"(?:设|分设|下设|分为|包括|包含)(?:以下)?[\d一二两三四五六七八九十]+"
                         r"(?:个|项|类)(?:子)?(?:方向|领域|课题|专题|类别|项目|榜单)?[:：]$")
# 本方向设2个子方向 / 分为以下3个课题: a direction that says it has parts
PARTS_ANNOUNCED = re.compile(
    r"子(?:方向|课题|任务|专题|项目|榜|需求)|下设|分设|分为|以下\s*[\d一二两三四五六七八九十]+\s*个"
    r"|包含[\d一二两三四五六七八九十]+(?:个|项)"
    # 本批次共发布榜单2项: the lists it puts up, each a part below
    r"|发布(?:榜单|任务|课题|专题)\s*[\d一二两三四五六七八九十]+\s*(?:个|项)")
# the keyword headings a document may divide into lettered or numbered parts it announces
DIVIDED_WORDS = ("方向", "榜单", "项目", "课题", "专题")


# 注：1．… / 2．… (each item of a note under a table, the first opened by 注：)
NOTE_ITEM = re.compile(r"^(?P<note>(?:备)?注\s*[:：]\s*)?(?P<n>\d{1,2})\s*[.．、]")


# A group row's terms in a bracket after its name (四、科技计划项目类（实施期限不超过2年，…）):
# unlike outline's TERMS_BRACKET, not a count alone — （本领域拟支持3项） is the count its rows
# take as their own, read elsewhere
# (（本类统一：须由企业牵头；企业自筹…不低于2:1）: a class's terms, its lead rule and ratio)
_TERMS_BRACKET = re.compile(r"[(（](?P<terms>[^()（）]{0,60}?"
                            r"(?:期限|资助|补助|拨付|前资助|后补助|万元|牵头|自筹)[^()（）]{0,60})[)）]\s*$")
_TASK_TAIL = re.compile(r"[(（]" + TASK_OFFICE + r"[:：][^()（）]{2,30}[)）]\s*$")
_FRAMED_CAPTION = re.compile(r"^[┄┈┅┉─━=~·\-]{2,}\s*[\u4e00-\u9fff]{0,6}"
                             r"(?:参数|规则|说明|信息|提示)"
                             r"\s*[┄┈┅┉─━=~·\-]{2,}$")
_CRUMB = re.compile(r"\s*(?:>|＞|→|»|›)\s*")
_EXCERPT = re.compile(r"(?:摘录|节选|摘编)$")
_SIGNED = re.compile(r"[(（](?:签字|签名|签章|盖章|公章)[)）]")
# 2024年度指南中同类方向资助上限为60万元: what last year's guideline said, a comparison
PAST_GUIDELINE = re.compile(r"^(?:19|20)\d{2}年度?(?:的)?(?:申报)?指南中"
                            r"|^(?:去年|上年度?)(?:的)?(?:申报)?指南")
_LETTERED_ROW = re.compile(r"(?P<head>\d{1,3})[A-Za-z]")  # 3A, 3B: the parts of row 3
_CODE_PART = re.compile(r"[-－]\d{1,2}$|(?<=\d)[A-Za-z]$")  # NC2503-1, LF2026-03A: a code's part
# ▍第一组　产业技术攻关（归口：高新技术科）｜组内统一：事前资助；… / 一、重点研发计划（归口：产业
# 科技科）——须由企业牵头申报，前资助: a group row's heading, then what it says of its rows
# (一、重点研发计划（归口：高新技术股）　类别标准：前资助…: its terms after a wide gap and a label)
_GROUP_ROW_SAYS = re.compile(r"^(?P<head>[^｜|—]{2,60}?)\s*(?:[｜|]|—{2}"
                             r"|(?<=[)）])[ \u3000]+(?=[\u4e00-\u9fff]{2,8}[:：]))"
                             r"\s*(?P<said>\S.*)$")


# 一、重点研发计划（归口：科技股）本类项目须由企业牵头申报，…。: the office's bracket closes the
# heading, what the row says of its rows runs on after it
_GROUP_ROW_OFFICE_SAYS = re.compile(r"^(?P<head>[^｜|—。；;]{2,60}?"
                                    r"[(（][^()（）]*归口[^()（）]*[)）])"
                                    r"\s*(?P<said>[\u4e00-\u9fff].*[。；;])$")


# （一）先进材料与绿色化工。本专题拟支持3项。: the group's name, a stop, then its own sentence
_GROUP_ROW_STOP_SAYS = re.compile(r"^(?P<head>(?:[(（][一二三四五六七八九十\d]{1,3}[)）])?"
                                  r"[^。；;｜|()（）]{2,40}?)。\s*"
                                  r"(?P<said>本(?:专题|类|组|领域|计划|专项)[^。；;]{2,40}[。；;]?)$")


# 一、县级重点研发计划（工业领域）　本类项目须由企业牵头申报，…。: the group's name, a wide space,
# then the sentences it says of its rows
_GROUP_ROW_GAP_SAYS = re.compile(r"^(?P<head>[^\u3000。；;｜|]{2,40}?)\u3000+"
                                 r"(?P<said>[^\u3000]{4,}[。；;])$")


def row_heading(line: Line) -> tuple[Line, str]:
    """A line spanning a table as its heading and what it says of the rows after a bar
    (…（归口：高新技术科）｜组内统一：事前资助；…) or after its office's bracket, or the line
    as it is."""
    text = line.text.strip()
    split = _GROUP_ROW_SAYS.match(text) or _GROUP_ROW_OFFICE_SAYS.match(text) \
        or _GROUP_ROW_GAP_SAYS.match(text) or _GROUP_ROW_STOP_SAYS.match(text)
    if split is None or re.search(r"[。；;！？!?]", split["head"]):
        return line, ""
    return Line(line.number, split["head"], normalise(split["head"])), split["said"]


def group_row(line: Line) -> tuple[Line, str] | None:
    """A line spanning a table over its rows as the heading of their group, and what it says
    of them after that heading; None for a line that is no heading."""
    if classify(line) is not None:
        return line, ""
    head, said = row_heading(line)
    return (head, said) if said and classify(head) is not None else None


_OFFICE_BRACKET_AMID = re.compile(r"[(（][^()（）]*(?:归口|处室|科室|股室)[^()（）]*[)）]"
                                  r"(?=本[\u4e00-\u9fff]{1,3}(?:拟|共|限)[^。；;]{0,16}$)")


class TreeBuilder:
    """Feeds classified lines into a stack of open headings; one instance per document."""

    def __init__(self) -> None:
        self.root = Node(None, 0, None)
        self.stack: list[Node] = [self.root]
        self.open_field: tuple[Node, str] | None = None
        self.first_heading: int | None = None
        self.last_number: dict[str, tuple[int, ...] | None] = {}  # per style, across groups
        self.pending_code: str | None = None  # 方向编号：… printed above its heading
        self.table: tuple[list[str], int] | None = None  # a direction table's header, its depth
        self.table_base = 0  # the depth the table's rows (or its group rows) go under
        self.table_stack: list[Node] = []  # the headings open where the table started
        self.table_line = 0  # …and the line of its header
        self.header_lines: dict[tuple[str, ...], int] = {}
        self.group_styles: dict[int, str] = {}  # a table's group rows' numbering, by node id
        self.table_rows: list[Node] = []  # the directions the table's rows became
        self.row_labels: dict[int, str] = {}  # a row's first cell (3号（组合链接）), by its node
        # (表中“支持额度（万元）”栏所列金额为单个项目资助上限 said before the tables: theirs)
        self.caps_ahead = False
        # a direction's content row under its table row: the line, and that direction
        self.content_row: tuple[int, Node | None] = (-1, None)
        self.previous: Line | None = None  # the line fed before this one
        self.rows_named = 0  # the table's rows that named a heading above (its terms)
        self.table_plan: str | None = None  # the plan its 计划类别 column names for this row
        self.closed_by: Node | None = None  # the heading a closing line (以上两项…：) went back to
        # a table nested in a row's cell listing its sub-directions: its header, and the row
        self.sub_table: tuple[list[str], Node] | None = None
        # the number of the last 注：N.序号… note said of the rows: N+1. goes on the notes
        self.row_note: int | None = None
        self.lines: list[Line] = []  # the document, and the index of the line being fed
        self.at = 0
        self.skip_next = 0  # lines ahead a statement has read already
        self.legend: dict[str, str] = {}  # A → 申报单位须为…: conditions picked by letter
        # 以下方向采取…： the heading whose next directions it binds, and what it says
        self.following: tuple[Node, str] | None = None
        self.legend_at: set[int] = set()
        self.directions_seen: set[str] = set()  # 方向N (and N.M) numbers met so far
        self.items_seen: Counter[str] = Counter()  # 1．… list numbers met so far (第N项 refers)
        self.blank_same: frozenset[str] | None = None  # columns whose empty cell repeats above
        self.single_cap = False  # its legend: a single amount in a table is a cap
        self.range_lines: list[Line] = []  # 方向1—4：… terms for directions listed above
        self.in_range = False  # the line fed last was (part of) such terms
        self.class_rows = False  # inside a table of terms by class (A类 | 前资助 | …)
        self.class_owner: Node | None = None  # the heading whose own class table is being read
        self.code_header: tuple[list[str], int] | None = None  # a table of terms by code
        self.code_closed: tuple[list[str], int] | None = None  # …ended by a group's row
        self.pair_header: tuple[int, int, int] | None = None  # code | term | its value, by row
        self.transposed: list[Node | None] | None = None  # a sideways table's directions
        self.code_above: list[str] | None = None  # …and its row above, for a 同上 cell
        self.referrers: dict[str, Node] = {}  # 附表N → the heading whose text refers to it
        self.appendix: str | None = None  # 附表N was just read: its table is coming
        self.codes_before = False  # code lines stand above their headings, not below
        self.later: Node | None = None  # 本专题…: fields after the last direction, its group's
        self.attached = False  # the 附X label just read was 附件 (a document), not 附表
        self.wrapped = False  # a guideline attached after a notice or reading: it wraps it
        self.table_above: list[str] | None = None  # the row above, for a cell saying 同上
        # the last table's header and last row, for its rows going on after a page break
        self.table_closed: tuple[list[str], list[str] | None] = ([], None)
        self.mark_levels: dict[str, float] = {}  # ■ ◆ ▲: the depth each symbol first took
        self.points: tuple[int, str] | None = None  # (a coded direction, the mark of its points)
        self.own_depth: dict[str, float] = {}  # ① over （1）: styles the document ranks itself
        self.own_parent: dict[str, str | None] = {}  # …and the style it first nested them under
        self.terms_header: list[str] | None = None  # a terms table's header, its rows coming
        self.lists_closed: set[int] = set()  # headings whose list of directions has ended
        self.carry: list[str] | None = None  # where a line sent above went: its wrap follows
        # (heading style, item style) pairs whose items (1)(2)(3) were read as running text
        # under a direction: items of that style under its siblings are text too
        self.text_items: set[tuple[str, str]] = set()
        self.last_parent: dict[str, Node] = {}  # per style, the heading its last one went under
        self.numbered_rows: dict[str, list[str]] = {}  # a table's rows by 序号 (同方向6 says row 6)
        self.capped: set[str] | None = None  # labels whose amounts the document calls caps

    @property
    def current(self) -> Node:
        return self.stack[-1]

    @property
    def field_open(self) -> bool:
        """A field of the current heading is open: lines go on into it."""
        return self.open_field is not None and self.open_field[0] is self.current

    def push(self, node: Node, line: Line) -> None:
        self.closed_by = None
        if self.first_heading is None:
            self.first_heading = line.number
        if self.following is not None:
            holder, said = self.following
            if self.current is holder or (self.current.parent is holder and not node.children):
                if self.current is holder:  # (a direction of the holder: the terms are its)
                    node.noted.append(said)
            elif holder not in self.stack or self.current is not holder:
                self.following = None
        if node.number and (node.label == "方向" or node.style == "1.1"):
            self.directions_seen.add(node.number)
        if node.number and node.style in LIST_STYLES:
            self.items_seen[item_number(node)] += 1
        node.noted.extend(line.notes)  # …技术¹,⁴ ⏎ … ⏎ ¹ 采取前资助方式…: its terms
        node.text.extend(line.own_notes)  # …研制⁴ ⏎ ⁴该方向拟支持不超过2项: its own words
        self.stack.append(self.current.add(node))
        self.open_field = None
        self.later = None

    def build(self, lines: list[Line]) -> Node:
        self.codes_before = codes_lead(lines)
        self.lines = lines
        self.legend, self.legend_at = condition_legend(lines)
        for index, line in enumerate(lines):
            self.at = index
            if self.skip_next:  # (a line a sentence above already took in)
                self.skip_next -= 1
                continue
            # (a rule drawn under a header row is no line ahead: ----- between it and its rows)
            ahead = [a for a in lines[index + 1: index + 4] if not TABLE_RULE.match(a.text)]
            self.feed(line, ahead[:2])
        if self.table is not None:  # the document ends with a table
            self.fold_category_row()
        return self.root

    def feed(self, line: Line, ahead: list[Line]) -> None:
        if self.in_range and not NUMBERED_TERMS.match(line.norm.strip()) \
                and not ITEM_TERMS.match(line.norm.strip()) \
                and not AFTER_RANGES.match(line.norm.strip()) \
                and classify(line) is None and read_label(line) is None:
            last = self.range_lines[-1]  # 方向1—4：…，每 ⏎ 项资助50万元…: the same paragraph
            self.range_lines[-1] = replace(last, text=last.text + line.text,
                                           norm=last.norm + line.norm)
            return
        self.in_range = bool(self.directions_seen or self.items_seen) \
            and self.terms_by_number(line)
        if self.in_range or self.note_for_numbered_rows(line):
            return
        if self.said_of_each_sub(line):  # (not a wrap of the last one's remark before it)
            return
        carry, self.carry = self.carry, None
        if carry is not None and (line.continued or (
                carry is self.root.text and classify(line) is None and read_label(line) is None
                and not ARTICLE.match(line.norm.strip()))):
            # 以上…均须由企业牵头，…国家科技型中小 / 企业; (and an article's next sentence, on a
            # line of its own: 第四条　…一次性拨付。 ⏎ 工业类项目每项资助…)
            carry.append(line.text)
            self.carry = carry
            return
        if self.terms_respectively(line):
            return
        if self.at in self.legend_at:
            return  # A　申报单位须为…高新技术企业。: a condition the directions pick by letter
        if self.terms_for_following(line):
            return
        picked = PICKED_CONDITIONS.match(line.norm.strip()) if self.legend else None
        if picked is not None and self.current is not self.root:
            # 适用条件：A、C、D、F、H: the legend's conditions, said once above, this one's
            self.current.noted.extend(self.legend[key] for key in re.findall(
                r"[A-Z]", picked["keys"]) if key in self.legend)
            self.open_field = None
            return
        if TABLE_RULE.match(line.text) or PUNCTUATION_ONLY.match(line.norm):
            return  # ┌──┬──┐ box drawing around a table; a lone ； the page width cut off
        if _FRAMED_CAPTION.match(line.text.strip()):
            return  # ┄┄ 类别参数 ┄┄: a caption over the terms of the heading above, no heading
        if _RECORD_HEAD.match(line.norm.strip()) or (
                (mark := conversions.EXCERPT_MARK.match(line.text)) is not None
                and mark["end"] != "开始"):
            # 【记录 3/6】: an export's next record; （摘录完）: the call quoted ends — what was
            # open ends (the remarks after it are none of its last direction's)
            del self.stack[1:]
            self.open_field = None
            self.carry = None
            return
        if self.feed_appendix(line, ahead) or self.feed_table(line, ahead):
            return
        code, office = code_and_office(line)
        if code is None and BARE_CODE_LINE.match(line.text.strip()) and not line.table:
            # YK2025ZD0101 alone under its heading (‘…’: in Texinfo's quotes)
            code = line.text.strip().strip("()（）[]【】‘’'` ")
        if code is not None and numbered_field(line) and self.current is not self.root \
                and self.current.code is None:
            self.current.code = code  # （4）指南代码：… listed with the other fields
            self.current.numbered_fields = True  # (（二）奖补对象及标准：… is the next of them)
            return
        if code is not None and self.take_code(code, ahead):
            if office is not None and self.current.office is None:
                self.current.office = office
            return
        remarked = CODE_REMARK_LINE.match(line.norm.strip()) if code is None else None
        if remarked is not None and self.take_code(remarked["code"], ahead):
            raw = line.text.strip()  # (…共用本代码，每个子方向…: in its own characters)
            remark = raw[remarked.start("remark"):remarked.end("remark")] \
                if len(raw) == len(line.norm.strip()) else remarked["remark"]
            self.current.text.append(remark + "。")
            return
        opened = CODE_BODY_LINE.match(line.norm.strip()) if code is None else None
        if opened is not None and self.current is not self.root and self.current.code is None \
                and not self.current.children and self.take_code(opened["code"], ahead):
            # 榜单编号ZL26-JB-01。县财政按…给予事后补助…: its code, then its terms
            raw = line.text.strip()
            self.current.text.append(raw[opened.start("body"):] if len(raw) == len(
                line.norm.strip()) else opened["body"])
            return
        if code is None and office is not None and self.take_office(
                office, bracketed=line.norm.strip().startswith(("(", "（"))):
            self.open_field = None  # (归口股室：… ends the value above: 申报主体：…企业 ⏎ 归口…)
            return
        if self.current is not self.root and (LIST_INTRO.match(line.norm.strip()) or (
                GROUP_LIST_INTRO.match(line.norm.strip())
                and (self.current.kind in ("plan", "group") or self.current.children))):
            self.current.text.append(line.text)  # 支持方向： — the list of directions follows
            self.open_field = None
            return
        if self.open_listed(line, ahead):
            return
        if self.current.listed and self.describes_item(line, ahead):
            remark = read_label(line)
            if remark is not None and (remark.key == "notes" or (
                    remark.key is not None and _ITEM_OWN_LABEL.match(remark.label))):
                self.feed_field(remark, line)  # 2.… ⏎ 备注：限…企业申报…: the item's own remark
                return
            self.current.text.append(line.text)  # 1．长三角…产业化 ⏎ 支持企业承接…: its description
            return
        if self.current.listed:  # the list ended: what follows is its heading's (支持方式及额度：…)
            self.stack.pop()
            self.open_field = None
            self.lists_closed.add(id(self.current))
        if self.terms_summed_up(line):
            return
        heading = classify(line)
        if heading is not None and self.translates_heading_above(line):
            heading = None  # （一）国际联合研发项目 ⏎ (1) International Joint R&D Projects
        if heading is not None and heading.style == "part:条" and self.current.non_funding \
                and _EXCERPT.search(self.current.title or ""):
            heading = None  # 《若干措施》相关条款摘录 ⏎ 第三条　…: the policy quoted, no items
        if heading is not None and heading.style == "part:条" and self.current.non_funding \
                and self.current.text \
                and extract.ARTICLE_OPENING.match(normalise(self.current.text[-1])):
            heading = None  # 三、申报条件及有关规定 ⏎ 第一条…第八条 ⏎ 第九条　…项目分为…: one more
        if heading is None and ARTICLE.match(line.norm.strip()) and not line.continued \
                and not SPOKEN_RULE.match(line.norm):
            # 第十一条　…采取后补助方式… after 第十条　社会发展领域: a rule article ends the
            # article heading before it; its text is the chapter's
            # (and 第六条　本细则第五条第（一）项…所列方向… after 第五条's items: the chapter's,
            # not the last item's)
            for index in range(len(self.stack) - 1, 0, -1):
                if self.stack[index].style == "part:条" or (
                        self.stack[index].style == "part:章" and index < len(self.stack) - 1
                        and not self.current.non_funding):  # (not 第七条 after 其他事项)
                    del self.stack[index + (self.stack[index].style == "part:章"):]
                    self.open_field = None
                    if self.current is self.root:
                        # 第八条（…资助标准）　第四条所列方向… after the articles that list the
                        # directions: the notice's own text, read for the articles it names
                        self.root.text.append(line.text)
                        self.carry = self.root.text
                        return
                    break
            else:
                # (一、总则 ⏎ 第一条…第七条: a general section written as articles keeps them)
                after_list = len(self.stack) > 1 and not any(
                    (n.style or "").startswith("part:") for n in self.stack[1:]) \
                    and not (len(self.stack) == 2 and self.stack[1].non_funding
                             and not self.stack[1].children)
                if after_list or (len(self.stack) == 1 and any(
                        extract.ARTICLE_OPENING.match(normalise(text)) for text in self.root.text)):
                    # 第三条　…工业类项目须由企业牵头… after 第二条's list of directions in a
                    # 公告 of articles: the notice's own text, no direction's
                    del self.stack[1:]
                    self.open_field = None
                    self.root.text.append(line.text)
                    self.carry = self.root.text  # (the article cut at a page width goes on)
                    return
        if heading is not None and (item := self.item_described(heading)) is not None:
            # …：（1）…；（2）… ⏎ 方向（1）：重点开展…: what the listed item is, said by its number
            item.text.append(heading.rest)
            self.carry = item.text
            self.open_field = None
            return
        if heading is not None and self.names_coded_item(heading) \
                and (label := read_label(line)) is not None:
            self.feed_field(label, line)
            return
        if heading is not None and heading.style == "kw:名称" and _profiles_a_project(ahead):
            # 项目名称：… ⏎ 建设单位：… ⏎ 建设地点：…: the applicant's own project, no direction
            self.feed_text(line)
            return
        if heading is not None and heading.style.startswith(("part:", "kw:", "md#")):
            self.open(heading, line)  # (md#: a heading the writer marked, no label's line)
            return
        appended = APPENDED_TERMS.match(line.norm.strip()) or (
            re.fullmatch(r"附\s*[:：]", line.norm.strip()) and bool(ahead)
            and re.match(r"(?:本类|本专项|本计划|以上|上述)", ahead[0].norm.strip()))
        if appended and len(self.stack) > 2:
            # 附：支持方式与申报要求 after a group's directions: what follows is the group's
            holder = next(n for n in reversed(self.stack[:-1]) if n is self.root or n.children)
            del self.stack[self.stack.index(holder) + 1:]
            self.open_field = None
            return
        if LATER_TERMS.match(line.norm) and self.current is not self.root:
            self.feed_text(line)  # 以上方向共性要求：… is the group's, not the last direction's
            return
        if self.colon_title(line, ahead):  # 青年科技人才创新项目： ⏎ 支持对象：…
            self.open(Heading("colon", LEVELS["direction"], None, None,
                              line.text.strip().rstrip("：:"), kind="direction", strong=True),
                      line)
            return
        if CLOSING_READING.match(line.norm.strip()) and self.current is not self.root \
                and classify(line) is None:
            self.end_of_page(line)  # 《…》政策解读 after the guideline: its 一、… are questions
            return
        if _REST_OMITTED.match(line.norm.strip()) and self.current is not self.root:
            self.end_of_page(line)  # （以下略）: an excerpt of the guideline ends; the rest
            return  # (a worksheet's tasks, a quiz on it) is the page's, no direction's
        if self.section_alone(line):
            self.open_bare(line, top=True)  # 申报程序 alone after a blank line: a section
            return
        label = read_label(line)
        if heading is not None and heading.style == "【计划】" \
                and (label is None or not label.rest.strip()
                     or BRACKETED_PLAN_OFFICE.match(line.text.strip())):
            # 【海洋科技创新专项】 alone: a plan, no empty label (【科技成果转化计划】（归口：…）:
            # its office after it)
            self.open(heading, line)
            return
        if label is not None and RECAP_LABEL.match(label.label) and self.current is not self.root:
            self.open_field = None
            return
        if label is not None and PAGE_CHROME.match(label.label) and self.current is not self.root:
            self.end_of_page(line)  # 附件下载：… / 主办单位：… after the last direction
            return
        if label is not None and self.group_terms_after(label):
            holder = next(n for n in reversed(self.stack[:-1])
                          if n is self.root or len(n.children) >= 2)
            del self.stack[self.stack.index(holder) + 1:]  # the directions before it end
            self.feed_field(label, line)
            return
        if label is not None and self.terms_after_paragraphs(label):
            self.stack.pop()  # the last direction ends: the terms are its group's
            self.feed_field(label, line)
            return
        if label is not None and (label.listed or label.bracketed or not line.continued) \
                and not self.tagged_next(label, heading) \
                and self.takes_label(label):  # …同一事项不重 / 复奖补： is no label 复奖补
            self.feed_field(label, line)
            return
        label = run_in_label(line) if heading is not None else None
        if label is not None and self.takes_label(label):  # 2．支持方式。本专项采取…
            self.feed_field(label, line)
            return
        label = colonless_label(line)
        # (# 一、支持标准: a heading the writer marked is a section, never a field's name)
        if label is not None and self.takes_colonless(heading) \
                and not (line.heading_depth and heading is not None and heading.number):
            self.feed_field(label, line)
            return
        if heading is not None and self.takes_heading(heading, ahead):
            self.open(heading, line)
            return
        if is_bare_heading(line) and not line.continued and not self.awaits_value() and (
                heads_section(ahead) or self.heads_restarted_numbering(line)) \
                and not self.numbering_goes_on(ahead) \
                and not boxed_labels(line, self.lines[self.at - 1:self.at] + ahead[:1]):
            self.open_bare(line)
            return
        if self.title_wrap_ends(line) and (titles_fields(line, ahead, strict=line.continued)
                                           or coded_title(line)):
            # (…示范推 ⏎ 广【编号GPKJ21-HY02】: the title's last word, and its code)
            self.current.code = self.current.code or find_code(line.text)
            self.feed_text(line)
            return
        if titles_fields(line, ahead, strict=line.continued) and not self.awaits_value() \
                and not self.translates_heading_above(line) and not self.coded_just_above():
            # 大型船用低速柴油机…技术 ⏎ 指南编号：ZJ26ZD01 ⏎ 研究内容：…: a direction's title
            # written with no number at all, its fields right under it
            self.open(Heading("untitled", LEVELS["direction"], None, None, line.text,
                              kind="direction", strong=True, code=find_code(line.text)), line)
            return
        if heading is None and (coded_title(line) or office_closed_title(line)) \
                and not line.continued \
                and self.current is not self.root and not self.current.non_funding \
                and not self.awaits_value() and not self.coded_just_above() \
                and not self.translates_heading_above(line) and not self.title_goes_on(line) \
                and not is_non_funding(heading_title(line.text)):
            # 产学研合作项目（项目编号：ZP2023-CX01） ⏎ 支持企业…，每个项目资助…: a title with
            # no number, closed by its code, its terms in a sentence under it
            self.open(Heading("untitled", LEVELS["direction"], None, None, line.text,
                              kind="direction", strong=True, code=find_code(line.text)), line)
            return
        if heading is None and self.numbered_on_above(line):
            return
        self.feed_text(line)

    def item_described(self, heading: Heading) -> Node | None:
        """The direction listed in a run (（1）…；（2）…) that 方向（1）：… speaks of, when the
        heading's number names one of the run's items and what follows is a sentence."""
        if heading.keyword != "方向" or not heading.number or "，" not in heading.rest:
            return None
        holder = self.current if not self.current.listed else self.current.parent
        while holder is not None and holder is not self.root and not any(
                c.listed for c in holder.children):
            holder = holder.parent
        if holder is None or holder is self.root:
            return None
        items = [c for c in holder.children if c.listed]
        return next((c for c in items if c.number == str(heading.number[-1])
                     or (c.seq and c.seq[-1] == heading.number[-1])), None)

    def title_goes_on(self, line: Line) -> bool:
        """…绿色高 ⏎ 效生产技术（指南代码：CFZD2025-02）: the heading right above, no code yet
        and no empty line between, wrapped its title onto this line (a plan's name, …专项,
        is whole)."""
        node = self.current
        return node is not self.root and node.code is None and node.line == line.number - 1 \
            and not line.after_blank and not node.fields and not node.text \
            and not PLAN_WORDS.search(node.title or "")

    def title_wrap_ends(self, line: Line) -> bool:
        """1）县级融媒体中心…系统 ⏎ 及其在…的融 ⏎ 合应用关键技术研究与 ⏎ 示范 ⏎ 牵头单位：…: a
        heading whose title the page width cut over several lines, its last word alone above
        its fields — the heading's, not a title of its own."""
        node = self.current
        tail = CODE.sub("", line.norm).strip()
        return node is not self.root and node.number is not None and not node.fields \
            and not node.children and bool(node.text) and not line.after_blank \
            and 0 < len(tail) <= MAX_TITLE_TAIL \
            and not any(text.rstrip().endswith(tuple(TERMINAL)) for text in node.text)

    def coded_just_above(self) -> bool:
        """A numbered direction heading closed by its code, with nothing under it yet
        (1．石材废料…利用（MC26-ZD01） ⏎ 研究花岗岩锯泥…技术 ⏎ 资助额度：…): the bare line
        under it says what it funds; it is no direction of its own."""
        node = self.current
        return node is not self.root and node.code is not None and node.number is not None \
            and not node.children and not node.fields and not node.text

    def group_terms_after(self, label: Label) -> bool:
        """支持方式及额度：本类项目采取前资助方式… after the last direction of a group: the
        value says whose terms they are — the group's, not that direction's."""
        parent = self.current.parent
        if label.key not in ("funding", "mode", "period", "requirements", "quota", "notes") \
                or len(self.stack) <= 2 or self.current.children or parent is None \
                or sum(1 for c in parent.children if c.style == self.current.style
                       and not c.children and not c.non_funding) < 2:
            # …after directions, not after a group standing alone (nor after a 支持方式及申报要求
            # section of its plan: 现代农业领域 ⏎ 支持数量：本领域拟支持4项 is the group's own)
            return False
        if _names_heading(normalise(label.rest).strip(), parent):
            return True  # 说明：产业链二（集成电路装备及零部件）各方向均须…: the group it names
        if re.match(r"本(?:专题|专项|领域|计划|类|板块|组)", normalise(label.label).strip()):
            return True  # 本专题支持方式：后补助 ⏎ 支持强度：… after its last 项目: the 专题's
        if label.key == "notes" or OWN_VALUE.match(normalise(label.rest).strip()):
            return False  # (资助额度及期限：本方向每项资助…: the direction says it is its own)
        if GROUP_VALUE.match(normalise(label.rest)):
            return True
        # 支持方式及额度：每项资助…；实施期限…；…均可牵头申报 after directions none of which
        # states its terms: a label for several terms at once, the group's
        return bool(COMPOSITE_TERMS.match(label.label)) and not any(
            key in child.fields for child in parent.children
            for key in ("funding", "mode", "period"))

    def terms_after_paragraphs(self, label: Label) -> bool:
        """申报要求： alone after directions that are each a title and a paragraph, none with
        a label of its own: the list that follows states the terms of them all."""
        node = self.current
        parent = node.parent
        if label.key != "requirements" or label.rest.strip() or parent is None \
                or parent is self.root or node.fields or node.children or self.field_open \
                or node.kind == "direction":  # 方向N … 申报要求： shared by its kin (南宁)
            return False
        siblings = [c for c in parent.children if c.style != "table"]
        return len(siblings) >= 2 and all(
            c.style == node.style and not c.fields and not c.children and c.text
            for c in siblings)

    def describes_item(self, line: Line, ahead: list[Line]) -> bool:
        """A paragraph right under a listed direction, before the next item or the next
        heading: the item's description, not the end of the list."""
        label = read_label(line)
        if label is not None and _ITEM_OWN_LABEL.match(label.label):
            return True  # 1.3.2　… ⏎ 本子方向另要求：…: said of this item by name
        if classify(line) is not None or LATER_TERMS.match(line.norm) \
                or (label is not None and label.key not in ("quota", "notes")) \
                or self.group_closing(line):
            return False  # (本专题拟支持4项，… closes the 专题, right under its last item too)
        parent = self.current.parent
        if parent is not None and any(c is not self.current and c.listed and c.line
                                      == self.current.line for c in parent.children):
            return False  # (主要方向包括：（1）…；（2）… cut from one line: titles alone)
        if self.current.text and label is None \
                and not ITEM_OWN_SENTENCE.match(line.norm.strip()):
            return False  # (拟支持1项，… on a line of its own: still the item's)
        if self.current.code is not None and label is None and "本方向" in line.norm:
            return True  # ②…（HZ2024YF02） ⏎ 开展…研究。本方向须由企业牵头申报: a coded item's own
        parent = self.current.parent
        kin = [c for c in parent.children if c is not self.current] if parent else []
        if label is None and len(kin) >= 2 and sum(1 for c in kin if c.text) * 2 < len(kin):
            return False  # (titles alone listed: a paragraph after the last is the list's)
        if not self.current.text and label is None and len(kin) >= 2 \
                and all(c.listed and c.text for c in kin):
            return True  # the last item's paragraph, as each item before it had one
        for following in ahead[:3]:  # (over the item's own 拟支持… line, to what follows it)
            if classify(following) is not None or LISTED_ITEM.match(following.text.strip()):
                return True
            said = read_label(following)
            if not ((said is not None and said.key == "quota")
                    or ITEM_OWN_SENTENCE.match(following.norm.strip())):
                return False
        return not ahead

    def terms_summed_up(self, line: Line) -> bool:
        """要素汇总：支持方式：前资助｜资助额度：每项5～10万元｜…｜归口股室：农村科技股 closing a
        plan's directions: the plan's terms, each part under its own label (its office too)."""
        found = SUMMED_TERMS.match(line.norm.strip())
        if found is None:
            return False
        parts = [p.strip() for p in re.split(r"[｜|]", found["parts"]) if p.strip()]
        labels = [read_label(Line(line.number, p, normalise(p))) for p in parts]
        if len(parts) < 2 or any(label is None for label in labels):
            return False
        holder = next((n for n in reversed(self.stack) if n.children), None) \
            if self.current.kind == "direction" or not self.current.children else self.current
        if holder is None or holder is self.root:
            return False
        if holder.parent is not None and holder.parent is not self.root and sum(
                1 for group in holder.parent.children
                if group.title and group.title in found["parts"]) >= 2:
            holder = holder.parent  # (申报主体：工业领域须由企业牵头，社会发展领域不限: the plan)
        later, self.later = self.later, holder
        for part, label in zip(parts, labels, strict=True):
            assert label is not None
            if OFFICE_HEADER.match(label.label) and label.rest:
                holder.office = holder.office or label.rest.strip("。")
            else:
                self.feed_field(label, replace(line, text=part, norm=normalise(part)))
        self.later = later
        self.open_field = None
        return True

    def open_listed(self, line: Line, ahead: list[Line]) -> bool:
        """1．灵山荔枝保鲜…技术研究； under 主要支持以下方向：: a direction named by a list item
        (not a heading with its own code or fields under it: 1.奶山羊… ⏎ 指南代码：…)."""
        listed = LISTED_ITEM.match(line.text.strip())
        if listed is None:
            return False
        # (the run's last bullet, after its kin: no bullet follows it)
        in_run = bool(listed["bullet"]) and self.current.listed \
            and self.current.style == "listed:■"
        if listed["bullet"] and not line.text.rstrip().endswith(("；", ";", "。")) and not (
                ahead and (after := LISTED_ITEM.match(ahead[0].text.strip())) and after["bullet"]) \
                and not (in_run and (not self.current.text or self.current.inline_body)):
            return False  # ▪ 锦纶6…技术（编号：…） ⏎ its paragraph: a bulleted heading, no item
        body = read_label(ahead[0]) if ahead else None
        alone = not any(other.number == line.number for other in self.lines[max(0, self.at - 1):
                                                                             self.at + 2]
                        if other is not line)  # (not an item cut from a run: （1）…；（2）…)
        if ahead and (code_and_office(ahead[0])[0] is not None
                      # (…；（3）…。 ⏎ 研究内容： ⏎ 方向（1）：…: the run's last item, the fields
                      # under it the run's)
                      or (body is not None and body.key in ("content", "indicators") and alone)
                      # 1．…奖励 ⏎ 支持标准：… ⏎ 2．…: each item's own terms (not those after
                      # the last item: 支持方式及额度：… for all of them)
                      # (支持条件：… ⏎ 奖补额度：… ⏎ 2．…: its own labelled block)
                      or (body is not None and body.key in ("funding", "requirements", "mode",
                                                            "period", "quota")
                          and _next_item_follows(listed, self.lines[self.at + 2:self.at + 6]))
                      or code_and_office(ahead[0])[1] is not None):
            return False
        if alone and _fields_follow(ahead):
            return False  # 1.蔗糖…产业化 ⏎ 支持制糖企业… ⏎ 考核指标：…: a heading, its own fields
        holder = self.current if lists_directions(self.current) \
            and id(self.current) not in self.lists_closed else (
                self.current.parent if self.current.listed else None)
        if holder is None or (self.heads_deeper(line) and not in_run):
            return False
        # (（1）现代农业与食品加工 ⏎ 本领域拟立项3项。 ⏎ ①…（ZK24ZY0101）: the heading a line of
        # its text below)
        below = classify(ahead[0]) if ahead else None
        if below is None and ahead and len(ahead) > 1 and (found := classify(ahead[1])) \
                and found.style != holder.style:  # (not the list's holder's next sibling)
            below = found
        own = classify(line) if below is not None else None
        if below is not None and own is not None and below.style != own.style \
                and not below.style.startswith("kw:") and below.level > own.level and not in_run:
            return False  # （一）先进装备制造 ⏎ 1．冶金装备…: a group over numbered directions
        style = "listed:1" if listed["num"] else "listed:①" if listed["circ"] else \
            "listed:■" if listed["bullet"] else "listed:a" if listed["letter"] else \
            "listed:一是" if listed["shi"] else "listed:(1)" if listed["cn"].isdigit() \
            else "listed:(一)"  # (（三）… after items （1）…（9）: the next heading, no item)
        if self.current is not holder and self.current.style != style:
            return False
        if self.current is not holder:
            self.stack.pop()
        code = find_code(listed["code"]) if listed["code"] else None
        title = listed["title"].strip()
        # ● 煤矸石…技术研究（支持30万元，实施期2年）: the item's own terms in a bracket after it
        bracket = _CLOSING_TERMS.search(title)
        terms = heading_terms(bracket[0]) if bracket is not None else ""
        if terms and bracket is not None:
            title = title[:bracket.start()].rstrip()
        self.push(Node("direction", line.number, title,
                       listed["num"] or listed["cn"] or listed["circ"] or listed["letter"]
                       or listed["shi"], code=code, style=style,
                       level=holder.level + 0.1, heading_text=line.text, listed=True), line)
        if listed["note"]:
            self.current.text.append(listed["note"] + "。")
        if terms:  # (read as the item's own words, said on its line)
            self.current.text.append(terms + "。")
            self.current.inline_body = True
        return True

    def terms_by_number(self, line: Line) -> bool:
        """方向1—4：由…科归口管理。采取前资助方式… after the directions were listed: terms
        for the directions it numbers, kept for `terms_by_direction_number`, no heading."""
        lead = NUMBERED_TERMS.match(line.norm.strip())
        items = ITEM_TERMS.match(line.norm.strip())
        if items is not None and direction_numbers(items["ref"]) <= set(self.items_seen) \
                and all(self.items_seen[n] == 1 for n in direction_numbers(items["ref"])):
            self.range_lines.append(line)  # 第1—3项：采取… (the list numbered straight through)
            return True
        if lead is None:
            after = AFTER_RANGES.match(line.norm.strip())
            if after is None or not self.range_lines or not all(
                    direction_numbers(ref["ref"]) <= self.directions_seen
                    for ref in DIRECTION_REF.finditer(line.norm)):
                return False  # (其余方向：… / 另外，方向2…: only after terms by number began)
            self.range_lines.append(line)
            return True
        numbers = direction_numbers(lead["ref"])
        if not numbers or not numbers <= self.directions_seen:
            return False
        rest = line.norm.strip()[lead.end():]
        if len(numbers) == 1 and not line.norm.strip().startswith("其中") \
                and not TERMS_OPENING.match(rest) \
                and not (self.range_lines and TERMS_SAID.search(rest)):
            return False  # 方向1：冰糖橙… under the next group: its own heading, numbered anew
        self.range_lines.append(line)
        return True

    def translates_heading_above(self, line: Line) -> bool:
        """A heading line with no Chinese in it right under a Chinese heading is that heading
        in English (a bilingual document), not one of its own."""
        if CJK.search(line.text):
            return False
        at = self.at - 1  # (past the English lines above it: the translation wrapped)
        while at > max(0, self.at - 4) and not CJK.search(self.lines[at].text):
            at -= 1
        return at >= 0 and CJK.search(self.lines[at].text) is not None \
            and classify(self.lines[at]) is not None

    def heads_deeper(self, line: Line) -> bool:
        """（一）重大科技专项 ⏎ 支持方式：… ⏎ 1．茶叶…: terms, then headings numbered one level
        down — a heading over directions, not an item of a list of titles."""
        own = classify(line)
        if own is None:
            return False
        for following in self.lines[self.at + 1:self.at + 13]:
            if read_label(following) is not None or following.continued:
                continue
            below = classify(following)
            return below is not None and below.style != own.style \
                and not below.style.startswith("kw:") and below.level > own.level
        return False

    def feed_appendix(self, line: Line, ahead: list[Line]) -> bool:
        """附表1 and the caption under it are not text of the heading before; a heading whose
        text says 见附表1 is where that table's directions belong."""
        label = APPENDIX_LABEL.match(line.norm.strip())
        if label:
            self.appendix = label["n"] or ""
            self.attached = "件" in line.norm
            return True
        title = line.norm.strip() + (ahead[0].norm.strip() if ahead and ahead[0].continued
                                     and line.norm.startswith("关于") else "")  # (cut in two)
        if LATER_NOTICE.match(title) and self.current is not self.root:
            # 关于…申报指南的补充通知 after the guideline: a notice of its own (its 一、 begins
            # again at one), as a document attached after it is
            self.start_attachment(None)
            return False
        form = ATTACHED_FORM.match(line.norm.strip())
        if form is not None and FORM_TITLE.search(form["title"]) \
                and not GUIDELINE_LISTING.search(form["title"]) and self.current is not self.root \
                and ahead and ((FORM_TITLE.search(ahead[0].norm) and not ahead[0].table)
                               or (ahead[0].table and not is_direction_table(
                                   table_cells(ahead[0])))):
            # (附件：…宣讲安排表 ⏎ 序号 | 党员服务专员 | 包联企业 | …: the schedule itself)
            # 附件：…申报书（格式） ⏎ …申报书: the form itself, after the guideline (not a notice's
            # list of its attachments, its signature under it)
            self.start_attachment(line)
            return True
        if ATTACHMENT.match(line.norm.strip()):
            if not any(next_.table for next_ in ahead):
                self.start_attachment(ahead[0] if ahead else None)
            else:  # 附件 over the sheet it attaches: the table is the document's, not a section's
                self.appendix, self.attached = "", True
            return True
        if self.current is not self.root and not line.table:
            for ref in APPENDIX_REF.finditer(line.norm):
                self.referrers.setdefault(ref["n"] or "", self.current)
        if self.appendix is not None and self.table is None and not line.table:
            if len(line.norm) <= 40 and not any(ch in TERMINAL for ch in line.norm) \
                    and classify(line) is None and any(next_.table for next_ in ahead) \
                    and not (self.attached and FORM_TITLE.search(line.norm)
                             and not LISTING_TITLE.search(line.norm)):
                # the table's caption, right above it (附件2 ⏎ …经费预算表: a form, but 附件1 ⏎
                # 支持方向一览表 the directions)
                return True
            self.appendix = None  # 附件1 above a whole document, not a table
            if self.attached:
                self.start_attachment(line)
        return False

    def end_of_page(self, line: Line) -> None:
        """A web page's list of downloads or its footer after the guideline: nothing under it
        is a direction's field (a form named 创新平台奖补申请表 is no mode)."""
        del self.stack[1:]
        self.open_field = None
        holder = Node(None, line.number, line.text.strip(), style="attachment", level=-0.5,
                      section=True, non_funding=True, heading_text=line.text)
        self.stack.append(self.root.add(holder))

    def start_attachment(self, first: Line | None) -> None:
        """附件 / 附件1 on its own line: the notice above ends and the document it carries
        starts (its 一、 begins again at one). An attached form (申报书编写提纲, 承诺书, 推荐汇总表)
        funds nothing: everything in it goes under a section that says so."""
        del self.stack[1:]
        self.open_field = None
        if first is not None and not self.wrapped and ATTACHED_GUIDELINE.search(first.norm) \
                and len(first.norm.strip()) <= 60 and not FORM_TITLE.search(first.norm):
            # (…政策解读 ⏎ 问：…答：… ⏎ 亮点一：… ⏎ 附件 ⏎ 新泰市2019年度…申报指南: what
            # the page said around the guideline funds nothing; it may state its terms)
            self.wrapped = True
            for node in all_nodes(self.root):
                node.non_funding = True
        if first is not None and FORM_TITLE.search(first.norm) \
                and not GUIDELINE_LISTING.search(first.norm):
            holder = Node(None, first.number, first.text, style="attachment", level=-0.5,
                          section=True, non_funding=True, heading_text=first.text)
            self.stack.append(self.root.add(holder))

    def coded(self, cell: str) -> list[Node]:
        """The directions already read whose codes a cell names (LY26NS01、LY26NS02), or that
        it names by keyword and number (方向3, 方向5（子方向一）)."""
        referred = ROW_DIRECTION_REF.fullmatch(re.sub(r"\s", "", normalise(cell)))
        if referred is not None:
            return self.referred(referred)
        codes = set(re.findall(r"[0-9A-Za-z][0-9A-Za-z\-]{3,19}", cell))
        return [node for node in all_nodes(self.root) if node.code in codes] if codes else []

    def referred(self, ref: re.Match[str]) -> list[Node]:
        """The direction 方向N names (the last so numbered: numbers run on or restart by plan),
        or its sub-direction 子方向M."""
        def numbered(nodes: list[Node], keyword: str, number: str) -> list[Node]:
            led = re.compile(rf"{keyword}\s*{re.escape(number)}(?![\d.一二三四五六七八九十])")
            return [n for n in nodes if n.kind not in ("plan", "group")
                    and led.match(normalise(n.heading_text).strip())]
        found = numbered(list(all_nodes(self.root)), "方向", ref["n"])[-1:]
        if found and ref["sub"]:
            found = numbered(found[0].children, "子方向", ref["sub"])[-1:]
        return found

    def feed_code_row(self, cells: list[str], line: Line) -> None:
        """A row of terms by code: each cell the own terms of the directions its code names."""
        assert self.code_header is not None
        header, code_at = self.code_header
        cells = same_as_above(cells, self.code_above)  # (同上: the row above's cell)
        self.code_above = cells
        for node in self.coded(cells[code_at] if code_at < len(cells) else ""):
            for index, (name, cell) in enumerate(zip(header, cells, strict=False)):
                label_text, unit = column_label(name)
                value = cell.strip()
                if index == code_at or not value or value in ("—", "-", "/") \
                        or re.search(r"小计|合计|总计", label_text):
                    continue  # (资金小计: the row's count times its grant, no term)
                value = with_unit(value, unit)
                if is_lead_column(label_text):  # 牵头单位要求 | 企业 → 须由企业牵头
                    label_text, value = lead_cell(label_text, value)
                said = f"{label_text}：{value}"
                label = read_label(Line(line.number, said, normalise(said)))
                if label is not None and label.key not in (None, OWN):
                    node.row_fields.setdefault(label.key, []).append(row_value(label))

    def transposed_columns(self, header: list[str]) -> list[Node | None] | None:
        """The directions a sideways table's header names column by column (支持要素 | 方向1 |
        方向2.1 | 方向3), among the open group's; None when it is no such header."""
        if len(header) < 2 or not TRANSPOSED_CORNER.fullmatch(re.sub(r"\s", "", header[0])):
            return None
        refs = [re.sub(r"\s", "", normalise(cell)) for cell in header[1:]]
        if not all(TRANSPOSED_REF.fullmatch(ref) for ref in refs):
            return None
        holder = next((n for n in reversed(self.stack) if n.children), None)
        if holder is None:
            return None
        pool = [n for n in all_nodes(holder) if n is not holder]
        found: list[Node | None] = []
        for ref in refs:
            number = re.sub(r"^(?:子)?方向", "", ref)
            led = rf"(?:子?方向\s*)?{re.escape(number)}(?![\d.])"
            found.append(next((n for n in pool
                               if re.match(led, normalise(n.heading_text).strip())), None))
        return found if all(found) else None

    def feed_transposed_row(self, cells: list[str], line: Line) -> None:
        """A row of a sideways table: its term said of each column's direction, as its own."""
        assert self.transposed is not None
        label_text, unit = column_label(cells[0])
        for node, cell in zip(self.transposed, cells[1:], strict=False):
            value = normalise(cell).strip()
            if node is None or not value.strip("—-－/ "):
                continue
            value = re.sub(r"^≤\s*", "不超过", re.sub(r"^≥\s*", "不低于", value))
            value = with_unit(value, unit) if not re.match(r"^不(?:超过|低于)", value) \
                else value + (unit if unit and re.search(r"\d$", value) else "")
            if is_lead_column(label_text):
                label_text_said, value = lead_cell(label_text, value)
            else:
                label_text_said = label_text
            said = f"{label_text_said}：{value}"
            label = read_label(Line(line.number, said, normalise(said)))
            if label is not None and label.key not in (None, OWN, "requirements"):
                node.row_fields.setdefault(label.key, []).append(label.rest)
            else:  # (上年度研发投入 | ≥500, 资质要求 | 高新技术企业: said as its own rule)
                node.text.append(f"本方向申报单位须为{value}。"
                                 if QUALIFICATION_LABEL.search(label_text_said)
                                 else f"本方向{label_text_said}{value}。")

    def feed_pair_row(self, cells: list[str], line: Line) -> None:
        """A row naming a direction by code, a term and its value: the direction's own term."""
        assert self.pair_header is not None
        code_at, key_at, value_at = self.pair_header
        if max(code_at, key_at, value_at) >= len(cells):
            return
        said = f"{column_label(cells[key_at])[0]}：{cells[value_at].strip()}"
        label = read_label(Line(line.number, said, normalise(said)))
        value = cells[value_at].strip()
        for node in self.coded(cells[code_at]):
            if label is not None and label.key not in (None, OWN) \
                    and not extract.waived(value):
                node.row_fields.setdefault(label.key, []).append(label.rest)
            else:  # (支持项数：拟支持2项, 配套要求：不作配套要求: its own words say it)
                node.text.append(f"本方向{value}。")

    def classes_named_ahead(self, ahead: list[Line]) -> bool:
        """Do directions further on name a class these rows define (项目类别：重点项目)?"""
        rows = list(itertools.takewhile(lambda line: line.table, ahead))
        names = {re.sub(r"\s", "", normalise(table_cells(row)[0])) for row in rows}
        return any((m := KIND_LINE.match(line.norm.strip())) and m["kind"] in names
                   for line in self.lines[self.at:self.at + CLASS_LOOKAHEAD])

    def feed_table(self, line: Line, ahead: list[Line] | None = None) -> bool:
        """Rows of a direction table become directions under the heading the table is in; the
        first line after the table goes back to that heading."""
        previous, self.previous = self.previous, line
        # (（归口：…处；支持方式：前资助） after it, or before its count: …开发（归口：农村科技股）
        # 本领域拟立项不超过5项)
        # (四、科技计划项目类（实施期限不超过2年，…）: a group row's terms in a bracket after it)
        in_table = self.table is not None and not line.table  # (a line amid a table's rows)
        # (a group row's 说明：… spanning the table under it, the group's rows after that)
        noted = in_table and ahead is not None and len(ahead) > 1 and not ahead[0].table \
            and TABLE_GROUP_NOTE.match(ahead[0].norm) is not None
        rows_next = ahead[1:] if noted and ahead else ahead
        if in_table and rows_next and len(rows_next) > 1 and not rows_next[0].table \
                and rows_next[1].table and classify(row_heading(line)[0]) is not None \
                and (below := classify(row_heading(rows_next[0])[0])) is not None \
                and _title_like(below.rest):
            # 一、重点研发计划 ⏎ （一）现代农业 ⏎ rows: a group of groups; 四、…（归口：…）另行
            # 通知，本次不受理。 ⏎ 五、… ⏎ rows: a group row with no rows of its own
            rows_next = rows_next[1:]
        if in_table and rows_next and rows_next[0].table and self.table is not None \
                and 2 <= len(table_cells(rows_next[0])) <= len(self.table[0]) \
                and not is_direction_table(table_cells(rows_next[0])) \
                and not re.fullmatch(r"\s*序号\s*", table_cells(rows_next[0])[0]):
            head, said = row_heading(line)
            bare = _TERMS_BRACKET.sub("", OFFICE_TERMS_BRACKET.sub(
                "", _OFFICE_BRACKET_AMID.sub("", head.norm)))
            if len(bare) <= 40 and not any(ch in TERMINAL for ch in bare):
                # (not 四、参会企业基本情况 over 序号 | 企业名称 | …: a table of its own, its
                # header)
                self.table_group(head, said)  # 一、新能源与新材料: a merged row grouping its rows
                return True
        if self.table is not None and not line.table and self.current.style == "table-group" \
                and TABLE_GROUP_NOTE.match(line.norm) and ahead and ahead[0].table:
            self.current.text.append(line.text)  # 说明：本领域项目均为前资助…: the group's terms
            return True
        if self.table is not None and not line.table and ahead and ahead[0].table \
                and len(table_cells(ahead[0])) == len(self.table[0]) \
                and self.current.style == "table" and not classify(line) \
                and not is_direction_table(table_cells(ahead[0])) \
                and not re.search(r"^\s*附?表\s*\d|表$", line.norm.strip()):  # (no table title)
            # 1 | 类 | 方向 | 内容… ⏎ 考核指标：… ⏎ 2 | …: a cell's text the row wrapped, the
            # table going on under it
            self.current.text.append(line.text)
            return True
        if self.terms_header is not None and line.table:  # 前资助 | 每项50万～100万元 | 3年
            for name, value in zip(self.terms_header, table_cells(line), strict=False):
                label_text, unit = column_label(name)
                if OFFICE_HEADER.match(re.sub(r"\s", "", label_text)) and value.strip():
                    self.current.office = self.current.office or value.strip()  # 牵头部门
                    continue
                said = f"{label_text}：{with_unit(value, unit)}"
                label = read_label(Line(line.number, said, normalise(said)))
                if label is not None and value:
                    self.feed_field(label, line)
            return True
        self.terms_header = None
        if self.code_closed is not None and line.table and self.table is None \
                and len(cells := table_cells(line)) == len(self.code_closed[0]) \
                and self.coded(cells[self.code_closed[1]]):
            # 1 | SX2001… ⏎ 小计 ⏎ 二　农业与社会发展科技项目 ⏎ 5 | SX2005…: the table's rows go on
            # under a group's row across it
            self.code_header, self.code_closed = self.code_closed, None
        if not line.table:
            self.class_owner = None
            self.class_rows = False  # (表1's class rows end with the table: 表2 is its own)
            self.code_closed = self.code_header or self.code_closed
            self.code_header = None
            self.pair_header = None
            self.transposed = None
        if self.table is None and line.number == self.content_row[0] \
                and self.content_row[1] is not None:
            self.take_content_row(self.content_row[1], line)  # (申报要求：… cut from it)
            return True
        if self.table is not None and not line.table and self.table_rows \
                and self.current is self.table_rows[-1] and ahead and ahead[0].table \
                and 3 <= len(next_cells := table_cells(ahead[0])) <= len(self.table[0]) \
                and re.fullmatch(r"\d{1,3}", next_cells[0].strip()) \
                and (label := read_label(line)) is not None \
                and label.key in ("content", "indicators", "requirements"):
            # 5 | …技术 | 研究内容：… ⏎ (empty) | (empty) | 考核指标：… | … ⏎ 6 | …: a row's cell
            # carried on in a row of its own, the other cells empty — the same row's
            self.feed_field(label, line)
            return True
        if self.table is not None and not line.table and self.table_rows \
                and self.current is self.table_rows[-1] and CONTENT_ROW.match(line.norm.strip()):
            # 1 | …技术 | 前资助 | … ⏎ 主要内容：…。申报要求：… (a row spanning the table under
            # each direction's): the direction's own words, whatever comes after
            self.content_row = (line.number, self.current)
        if self.table is not None and not line.table:
            if self.stack[:self.table_base] != self.table_stack:
                self.stack = list(self.table_stack)  # its groups went under headings above
            kept = min(self.table[1], len(self.stack))  # (the stack put back may be shorter)
            while kept > self.table_base and self.stack[kept - 1].style == "table-group":
                kept -= 1  # (注：… under the table: the table's, not its last group row's)
            del self.stack[kept:]
            self.fold_category_row()
            self.table_closed = (self.table[0], self.table_above)
            self.table = None
            if self.content_row[0] == line.number and self.content_row[1] is not None:
                self.take_content_row(self.content_row[1], line)
                return True
            if CAP_NOTE.search(line.norm) or COLUMN_CAP_NOTE.search(line.norm) \
                    or self.caps_ahead:
                # 注：表中资助经费为单个项目最高资助额度 (a cell marked 定额 a fixed amount)
                for made in self.table_rows:
                    made.fields["funding"] = [value if re.search(r"定额|固定", value)
                                              else f"不超过{value}"
                                              for value in made.fields.get("funding", [])]
            return False
        if not line.table:
            if self.table is None and (COLUMN_CAP_NOTE.search(line.norm) or (
                    # 表1　…支持方向（表中额度为单个项目县财政资助上限）: its note over it
                    CAP_NOTE.search(line.norm) and TERMS_CAPTION.match(line.norm.strip()))) \
                    and re.search(r"表中|表\d", line.norm):
                self.caps_ahead = True  # (the tables after it: their amounts are caps)
            return False
        if self.table is None and self.table_closed[0] and self.current is not self.root \
                and self.current.style != "table" \
                and len(cells := table_cells(line)) == len(self.table_closed[0]) \
                and re.fullmatch(r"\d{1,3}号?", cells[0].strip()) \
                and not is_direction_table(cells) \
                and (previous is None or not previous.table):  # (not under a header of its own)
            # 序号 | 方向名称 | … ⏎ （二）农业科技创新项目（归口：…） ⏎ 4 | …: a group's row
            # spanning the table, its directions' rows going on under it with the same header
            self.open_table(self.table_closed[0], None)
            group = group_row(previous) if previous is not None and not previous.table else None
            if group is not None and previous is not None and self.current.text \
                    and self.current.text[-1] == previous.text:
                # (… ⏎ 注：… ⏎ 二、农业和社会发展科技项目 ⏎ 1 | …: the group row, numbered out of
                # the document's run, read as text — the group its rows go under)
                self.current.text.pop()
                self.table_group(*group)
        if self.table is None:
            cells = table_cells(line)
            if self.code_header is not None:  # LY26GJ01 | 100-200万元 | 2 | 申报单位须为…
                self.feed_code_row(cells, line)
                return True
            if self.pair_header is not None:  # 1 | SFH2026-GG02 | 资助额度 | 每项不超过20万元
                self.feed_pair_row(cells, line)
                return True
            if self.transposed is not None:  # 资助额度（万元） | 100～200 | ≤80 | …
                self.feed_transposed_row(cells, line)
                return True
            columns = self.transposed_columns(cells) if ahead and ahead[0].table else None
            if columns is not None:
                # 支持要素 | 方向1 | 方向2.1 | … over 支持方式 | 前资助 | …: a table laid sideways,
                # a column a direction, a row a term
                self.transposed = columns
                holder = next((n for n in reversed(self.stack) if n.children), None)
                if holder is not None:
                    del self.stack[self.stack.index(holder) + 1:]  # (after its last direction)
                return True
            pairs = pair_columns(cells) if ahead and ahead[0].table else None
            if pairs is not None and ahead and self.coded(table_cells(ahead[0])[pairs[0]]):
                # 序号 | 方向代码 | 调整事项 | 调整内容: a row a term, said of the direction its
                # code names (资助额度 | 每项不超过20万元)
                self.pair_header = pairs
                if self.current is not self.root and not self.current.children:
                    self.current.non_funding = True
                return True
            code_at = code_column(cells, table_cells(ahead[0])) \
                if ahead and ahead[0].table else None
            first = next((later for later in (ahead or [])[:2] if later.table), None)
            coded_at = next((i for i, cell in enumerate(cells) if CODED_NAME_HEADER.search(
                re.sub(r"\s", "", cell))), None) if code_at is None else None
            if coded_at is not None and first is not None and not is_direction_table(cells) \
                    and coded_at < len(first_cells := table_cells(first)) \
                    and self.coded(first_cells[coded_at]):
                # 序号 | 项目类别及方向（编号） | 拟立项数 | 单项资助 over 1 | SX2001黄山贡菊… | 1 |
                # 30 (a group's row between): each row the terms of the direction its code
                # names, in an 经费安排表 after them
                self.code_header = (cells, coded_at)
                return True
            if code_at is None and ahead and ahead[0].table and len(cells) > 1 \
                    and re.fullmatch(r"(?:指南|研究|支持)?方向", column_label(cells[0])[0]) \
                    and is_terms_header([c for c in cells[1:] if not SUBTOTAL.match(c)]):
                code_at = 0  # 方向 | 拟支持项目数（项） | 单项资助额度（万元） over 方向1 | 2 | …
            if code_at is not None and ahead and self.coded(table_cells(ahead[0])[code_at]):
                # 指南代码 | 资助额度 | 拟立项数 | 备注 after directions listed with their
                # codes: each row their own terms, the code naming whose
                self.code_header = (cells, code_at)
                if self.current is not self.root and not self.current.children \
                        and not self.current.fields.get("content"):
                    # 四、支持要素表: the terms, no direction (the last direction before
                    # 本板块资金安排 ⏎ 方向 | … stays one)
                    self.current.non_funding = True
                return True
            if self.class_owner is not None:  # 重点项目 | 前资助 | 100～200万元 | 3年
                self.class_owner.class_table.append(cells)
                return True
            if ahead and ahead[0].table and is_class_table(cells, table_cells(ahead[0])) \
                    and self.current is not self.root and self.classes_named_ahead(ahead):
                # 项目类别 | 支持方式 | … over 重点项目 | 前资助 | …: terms by class, its own,
                # for the directions below that name their class (项目类别：重点项目)
                self.class_owner = self.current
                self.current.class_table = [cells]
                return True
            if self.class_rows:  # A类（重点项目）| 前资助 | 20～50万元: read by join_terms_tables
                if line.table:
                    return True
                self.class_rows = False
            # (序号 | 项目编号 | 项目名称 | 承担单位 | … under 三、定向委托项目: the units this call
            # entrusts, not a list of the projects funded)
            awardees = awardees_listed(cells) and not ENTRUSTED.search(
                normalise(self.current.title or ""))
            if not is_direction_table(cells) or awardees:
                if is_terms_header(cells) and self.current is not self.root \
                        and not awardees_listed(cells):
                    self.terms_header = cells
                    return True
                return False
            if ahead and ahead[0].table and CLASS_ROW.match(
                    normalise(table_cells(ahead[0])[0]).strip()):
                self.class_rows = True  # 项目类别 | 支持方式 | … over A类, B类 rows: terms by
                return True  # class, which the directions name (项目类别：A类), no directions
            owner = self.referrers.get(self.appendix) if self.appendix is not None else None
            if owner is not None and owner.non_funding:
                owner = None  # 申报单位须按附件1所列方向申报 in 总体要求: not that section's
            if owner is None and self.appendix is not None \
                    and any(n.non_funding or n.section for n in self.stack[1:]):
                owner = self.root  # 附件1's table of directions: not the last section's items
            elif owner is None and previous is not None \
                    and re.match(r"\s*附\s*表\s*\d", previous.norm) \
                    and any(n.non_funding and n.style != "attachment"
                            and not FORM_TITLE.search(n.title or "") for n in self.stack[1:]):
                owner = self.root  # (三、几点建议 ⏎ 附表1　《指南》方向摘录…: not the proposals')
            if owner is not None:  # 附表1 at the end lists the directions of （一）
                self.stack = [*reversed(owner.ancestors()), owner]
                self.open_field = None
            self.appendix = None
            if self.table_closed[0] != cells:  # (a new table, not one going on past a break)
                self.numbered_rows = {}
            # (the header again after a page break and a running title (…汇总表（续）): the
            # rows carry on, 同上 meaning the last row before the break)
            self.open_table(cells, self.table_closed[1] if self.table_closed[0] == cells else None)
            return True
        cells = table_cells(line)
        if cells == self.table[0]:
            return True  # the header again, after a page break
        if self.sub_table is not None and len(cells) == len(self.sub_table[0]) \
                and len(cells) != len(self.table[0]):
            return self.sub_row(line)
        self.sub_table = None
        if self.table_rows and len(cells) < len(self.table[0]) and is_direction_table(cells) \
                and any(SUB_HEADER.match(normalise(cell).strip()) for cell in cells):
            # 5 | … | 葡萄酒产业关键技术集成攻关 | … | 本方向设2个子方向： ⏎ 子方向代码 | 子方向名称
            # | 研究内容 | 资助额度 ⏎ …: a table nested in the row's cell, its rows the row's
            # sub-directions
            self.sub_table = (cells, self.table_rows[-1])
            return True
        if self.blank_same is None:  # (once a document: its legend says which columns)
            self.blank_same = blank_means_above(self.lines)
            said = "".join(ln.norm for ln in self.lines)  # (表中“财政经费”为…的上限 too)
            self.single_cap = bool(SINGLE_IS_CAP.search(said) or CAP_NOTE.search(said))
        if (split_rows := cell_items(self.table[0], cells)) is not None:
            # ⒌ | ⑴蔗渣浆…技术 ⑵滤泥…技术 | FS24TZ-05 | … | 各1: a name cell's two directions,
            # each a row of the cells beside it, on the line its paragraph stands for
            for k, cells_k in enumerate(split_rows):
                text = "\t".join(cells_k)
                self.feed_table(replace(line, number=line.number + k, text=text,
                                        norm=normalise(text)), ahead)
            return True
        if numbered_rows(self.table[0]):
            return self.rows_by_number(line)
        line = self.same_as_row(line, cells)
        blank_same = self.blank_same
        following = next((later for later in (ahead or [])[:2] if later.table), None)
        if blank_same and following is not None and heads_sub_rows(cells, table_cells(following)):
            # 3 | … 人参精深加工关键技术（下设2个子方向） | (blank) … ⏎ 3-1 | …: the row over its
            # sub-rows states no terms; its empty cells are not the row above's
            blank_same = frozenset()
        row = table_row(self.table[0], line, self.table_above, blank_same,
                        single_cap=self.single_cap)
        if row is None:
            # 合计 | — | — | 10: the table's total, read by nobody
            return any(re.match(r"^(?:合计|小计|总计)", cell.strip()) for cell in cells[:2])
        cells = row_cells(self.table[0], cells, self.table_above)
        self.table_above = merged_down(self.table[0], same_as_above(cells, self.table_above),
                                       self.table_above, self.blank_same) \
            if len(cells) == len(self.table[0]) else None
        heading, labelled = row
        item = self.item_in_cell(labelled)
        named = self.named_before(heading) if item is None else None
        if named is not None:  # 附表 一览表: a row of terms for a direction stated above
            self.rows_named += 1
            office = find_office(heading.rest)
            if office is not None:  # its 管理部门 column
                named.row_fields.setdefault("office", []).append(office)
            for cell in labelled:
                label = read_label(cell)
                if label is not None and label.key not in (None, OWN):
                    named.row_fields.setdefault(label.key, []).append(row_value(label))
                elif label is not None and ROW_RULE.match(label.rest):
                    # 上年研发费用（万元） | ≥500, 高企 | ● (须为高新技术企业): a rule its column
                    # states, the direction's own
                    named.text.append(f"本方向申报单位{label.rest}。" if label.rest.startswith("须")
                                      else f"本方向{label.label}{label.rest}。")
            holder = self.table_stack[-1]
            if holder is not self.root and not holder.children and holder is not named \
                    and holder.parent is not named.parent \
                    and holder.code is None and not holder.fields:  # (a section, no direction)
                # (not the last of the items the rows name, the table set under it)
                holder.non_funding = True  # 四、支持要素表 ⏎ its rows: the terms, no direction
            return True
        if heading.number_text and CLASS_ROW_NUMBER.fullmatch(heading.number_text) and ahead \
                and ahead[0].table and _CLASS_ROW_UNDER.fullmatch(table_cells(ahead[0])[0].strip()):
            # (二 | 农业科技特派专项 | … over （一） | 桓仁蜂产业… ⏎ 1 | …: its groups, then rows)
            self.class_row(heading, line, labelled)  # 一 | …项目（类别通用要求） | … over 1 | …
            return True
        self.plan_of_row(cells, line)
        parent = self.row_parent(heading.number_text)
        # (2 | 高端装备关键基础零部件 | 见子方向 | … ⏎ （1） | 精密行星减速器… | 50万元: the
        # rows numbered in brackets under the row numbered 2, its blank cells theirs)
        sub = heading.number_text is None and bool(SUB_ROW_NUMBER.fullmatch(cells[0].strip()))
        if sub:
            parent = next((n for n in reversed(self.table_rows) if n.number), None)
        elif parent is None and (lettered := _LETTERED_ROW.fullmatch(cells[0].strip())):
            # 3号（组合链接） | … 两款实施期均为18个月 ⏎ 3A | … ⏎ 3B | …: rows labelled by the
            # row above's number and a letter, its sub-directions
            parent = self.lettered_head(lettered["head"])
            sub = parent is not None
        if parent is None and heading.code:
            # NC2503 | …（设2个子方向，见下） ⏎ NC2503-1 | …: rows coded as parts of the row
            # above's code, its sub-directions
            parent = self.coded_head(heading.code)
        listed = LISTED_IN_CELL.match(heading.rest) if line.number in LISTED_ROWS.get() else None
        if parent is None and listed is not None:
            parent = self.listing_head(cells[0])
        if parent is not None and listed is not None and listed["mark"]:
            # ①预制菜…（CT25GJ02-1） in a row's name cell under its own name (3-1 装配式…
            # （RY26-SN03-1） under the row its code divides): its title without the mark, its
            # code its own (the row's code cell is the row's)
            rest = heading.rest[listed.end("mark"):].strip()
            heading = replace(heading, rest=rest, code=find_code(rest) or heading.code)
        if parent is not None:  # 4.1 under the row numbered 4: a sub-direction
            self.stack = [*reversed(parent.ancestors()), parent]
        else:
            del self.stack[self.table[1]:]
        if item is not None:
            # 3 | 汽车轻量化零部件关键技术 | （1）铝合金…开发（FCZD2303-1） 研究… ⏎ 3 | 〃 |
            # （2）…: a row split by its sub-directions, the name cell merged down them — each
            # row one of them, under the direction the name cell names
            above = self.table_rows[-1] if self.table_rows else None
            if above is not None and above.number == heading.number_text \
                    and above.title == heading_title(heading.rest):
                self.stack = [*reversed(above.ancestors()), above]
            else:
                self.push(self.make_node(heading, line), line)
                self.table_rows.append(self.current)
            (heading, at, rest) = item
            labelled = [*labelled[:at], replace(labelled[at], text=rest, norm=normalise(rest)),
                        *labelled[at + 1:]]
        self.push(self.make_node(heading, line), line)
        self.table_rows.append(self.current)
        self.row_labels[id(self.current)] = cells[0].strip()
        number_column = column_label(self.table[0][0])[0]
        for cell in labelled:
            label = read_label(cell)
            if label is not None and not (sub and label.label == number_column):
                for part in cell_terms(label):
                    self.feed_field(part, cell)
                if CLOSED.search(cell.norm) and _closing(normalise(label.rest), outright=True):
                    # 单项支持额度 | 县指南注明：暂不受理，…另行通知: the row is not taken
                    self.current.fields.setdefault(f"{OTHER}受理状态", []).append(label.rest)
            elif label is None and CLOSED.search(cell.norm):
                # 提示／检查结果 | — 《指南》：2026年度暂不受理: a column no field names says the
                # row is not taken this year — its status, whatever else the row states
                said = cell.text.split("：", 1)[-1].strip(" —-")
                self.current.fields.setdefault(f"{OTHER}受理状态", []).append(said)
        self.row_listing(heading.rest, line)
        return True

    @staticmethod
    def item_in_cell(labelled: list[Line]) -> tuple[Heading, int, str] | None:
        """A row's text cell opening with a numbered sub-direction's title and code
        (（1）铝合金一体化压铸结构件开发（FCZD2303-1） 研究…): its heading, the cell's place, and
        the cell (label and all) without them."""
        for at, cell in enumerate(labelled):
            label = read_label(cell)
            if label is None or label.key not in ("content", "indicators"):
                continue
            found = _ITEM_IN_CELL.match(normalise(label.rest))
            heading = classify_text(found["head"]) if found is not None else None
            if heading is not None and heading.code:
                return heading, at, f"{label.label}：{found['more']}"  # type: ignore[index]
            return None
        return None

    def plan_of_row(self, cells: list[str], line: Line) -> None:
        """计划类别 | 项目类别 | 支持方向 | … ⏎ 重点研发计划（高新技术科） | …: a first column
        naming the plan (merged down its rows, its office in brackets) beside columns that name the
        rows: each plan a group over its rows, opened where its name changes."""
        assert self.table is not None
        header = self.table[0]
        # (most tables' first column names no plan: asked first, the rest only for those)
        if len(header) < 3 or not cells or not _PLAN_CELL_COLUMN.fullmatch(
                re.sub(r"\s", "", column_label(header[0])[0])) \
                or sum(1 for c in header[1:] if is_title_column(column_label(c)[0])) < 2:
            return
        plan = normalise(cells[0]).strip()
        if not re.search(r"计划|专项", TERMS_BRACKET.sub("", plan)):
            return
        if self.table_plan == plan and len(self.stack) > self.table_base \
                and self.stack[self.table_base].style == "table-group":
            return
        self.table_plan = plan
        self.table_group(replace(line, text=cells[0].strip(), norm=plan, table=False))

    def listing_head(self, first_cell: str) -> Node | None:
        """8 | 科技成果转化服务体系建设 | … ⏎ 1.概念验证中心建设（…） ⏎ 2.…: the row whose name
        cell lists directions after its own name, each on the line it opens (the rows read
        for them follow it, their first cell its own)."""
        listed = LISTED_ROWS.get()
        for row in reversed(self.table_rows):
            if row.heading_text.split("\t")[0] != first_cell:
                return None
            if row.line not in listed:
                return row
        return None

    def row_listing(self, cell: str, line: Line) -> None:
        """硅基新材料关键技术攻关 | （1）高纯石英砂…（DH24GY01）；（2）…；… | 前资助 | …: a row
        whose direction cell lists several directions, each applied for alone — each is
        a direction of its own on the row's line, the row's cells stated once for them all."""
        titles = listed_titles(cell)
        if len(titles) < 2:
            return
        row = self.current
        category = row.field_text("other:项目类别") or row.field_text("other:项目类型")
        row.title, row.kind = category or row.title, "group"
        # 首次认定的奖励10万元，重新认定的奖励5万元: a grant per item, named by its words
        cases = [c for c in re.split(r"[，,；;]", row.field_text("funding") or "")
                 if fx.MONEY_RE.search(normalise(c))]
        for title in titles:
            item = row.add(Node("direction", line.number, heading_title(title) or title,
                                code=find_code(title), label="方向", style="table-item",
                                level=row.level + 0.01, heading_text=title))
            named = [c for c in cases if (lead := re.split(r"的|奖励|资助|补助", c)[0])
                     and len(lead) >= 2 and item.title and item.title.startswith(lead)]
            if len(cases) >= 2 and len(named) == 1:
                item.fields["funding"] = [named[0]]

    def open_table(self, header: list[str], above: list[str] | None) -> None:
        """Rows under `header` from here on go under the headings open now; `above` is the
        last row before a break, for a row that says 同上."""
        self.table = (header, len(self.stack))
        self.table_base = len(self.stack)
        self.table_stack = list(self.stack)
        # (the line it was first seen on: a heading row read as a heading lets it resume)
        self.table_line = self.header_lines.setdefault(
            tuple(header), self.lines[self.at].number if self.lines else 0)
        self.table_rows = []
        self.rows_named = 0
        self.table_above = above

    @staticmethod
    def take_content_row(row: Node, line: Line) -> None:
        """主要内容：… ⏎ 申报要求：… under a direction's table row: its text, and its requirements
        beside what its 牵头要求 cell says."""
        label = read_label(line)
        if label is not None and label.key == "requirements" and label.rest:
            row.fields.setdefault("requirements", []).append(label.rest)
        else:
            row.text.append(line.text)

    def sub_row(self, line: Line) -> bool:
        """A row of a table nested in a direction's row: a sub-direction of that row."""
        assert self.sub_table is not None
        header, parent = self.sub_table
        row = table_row(header, line)
        if row is None:
            return True
        heading, labelled = row
        self.stack = [*reversed(parent.ancestors()), parent]
        self.push(self.make_node(heading, line), line)
        for cell in labelled:
            label = read_label(cell)
            if label is not None:
                self.feed_field(label, cell)
        return True

    def class_row(self, heading: Heading, line: Line, labelled: list[Line]) -> None:
        """A row numbered 一/二 among rows numbered 1, 2 in a table of directions: a class whose
        cells are the terms of the rows under it (a blank cell of theirs is the class's)."""
        assert self.table is not None
        self.stack = list(self.table_stack)
        rest = CLASS_ROW_NOTE.sub("", heading.rest)
        group = Node("group", line.number, heading_title(rest) or rest.strip(),
                     heading.number_text, style="table-group",
                     level=self.current.level + 0.05, office=find_office(rest),
                     heading_text=line.text)
        self.stack.append(self.current.add(group))
        self.table = (self.table[0], len(self.stack))
        for cell in labelled:
            label = read_label(cell)
            if label is not None:
                self.feed_field(label, cell)
        self.open_field = None

    def coded_head(self, code: str) -> Node | None:
        """The row a row coded NC2503-1 (LF2026-03A) goes under: the last row coded NC2503,
        with only its other parts after it."""
        base = _CODE_PART.sub("", code)
        if base == code:
            return None
        return self.head_row(lambda row: row.code == base,
                             lambda row: bool(row.code and row.code.startswith(base)))

    def lettered_head(self, head: str) -> Node | None:
        """The row a row labelled 3A goes under: the last row labelled 3 (3号, 3号（组合链接）),
        with only its other lettered rows after it."""
        def label(row: Node) -> str:
            return self.row_labels.get(id(row), "")
        return self.head_row(
            lambda row: re.match(rf"{head}(?![\dA-Za-z.．-])", label(row)) is not None,
            lambda row: re.fullmatch(rf"{head}[A-Za-z]", label(row)) is not None)

    def head_row(self, is_head: Callable[[Node], bool],
                 is_part: Callable[[Node], bool]) -> Node | None:
        """The last row of this table `is_head` takes, with only rows `is_part` takes (its
        other parts) after it; None when another row stands between."""
        for row in reversed(self.table_rows):
            if is_head(row):
                return row
            if not is_part(row):
                return None
        return None

    def row_parent(self, number: str | None) -> Node | None:
        """The row a decimal 序号 (4.1, 4-1) puts this row under: the row numbered 4 in this
        table."""
        head = row_number_head(number or "")
        if head is None:
            return None
        # (三 | 重点研发计划（工业领域） | 本领域… over 3.1 | …: a class row numbered in words)
        return next((n for n in reversed(self.table_rows) if n.number == head or (
            head.isdigit() and n.number and CLASS_ROW_NUMBER.fullmatch(n.number)
            and chinese_to_int(n.number) == int(head))), None)

    def fold_category_row(self) -> None:
        """项目类别 | 资助额度 | 资助方式 ⏎ 科技成果转化项目 | … under （三）科技成果转化计划:
        a table of categories with one row states the terms of the heading it stands under
        (the category is the heading's own), not a direction."""
        assert self.table is not None
        rows = self.table_rows
        if self.rows_named and rows and all(
                not r.children and r.parent is not None
                and not set(r.fields) & {"content", "indicators"} for r in rows):
            # 茶产业科技攻关项目 | 前资助 | … ⏎ 科技创新奖补 | 奖补 | 按…标准执行: rows of terms,
            # the others naming headings above — one whose name is none of theirs is no
            # direction
            for row in rows:
                assert row.parent is not None
                row.parent.children.remove(row)
            self.table_rows = []
            return
        if len(rows) != 1 or not CATEGORY_COLUMN.match(column_label(self.table[0][0])[0]):
            return
        row, holder = rows[0], rows[0].parent
        if holder is None or holder is self.root or row.children or holder.style == "table":
            return
        holder.children.remove(row)
        for key, values in row.fields.items():
            holder.fields.setdefault(key, []).extend(values)
        self.table_rows = []
        self.open_field = None  # the row's cells are closed values, not a list going on

    def table_group(self, line: Line, said: str = "") -> None:
        """A group row of a direction table: the rows after it go under it (`said`: what the
        row says of them after its heading)."""
        heading = classify(line)
        rest = heading.rest if heading is not None else line.text
        # 一、重点研发计划 ⏎ （一）现代农业 ⏎ rows: a group row numbered in another style than
        # the group rows open above it goes under them (一、… again closes them)
        outer = []
        style = heading.style if heading is not None else None
        for node in self.stack[len(self.table_stack):] if heading is not None else []:
            if self.group_styles.get(id(node)) in (None, style):
                break
            outer.append(node)
        self.stack = list(self.table_stack) + outer
        # (一、…类：须由企业牵头… and 二、…类：… read as headings, then 三、…类 a group row: the
        # next of them, beside them, not under 二、)
        sibling = next((i for i, node in enumerate(self.stack) if i and heading is not None
                        and node.line > self.table_line and heading.number
                        and numbers_on(node, heading.style, heading.number)), None)
        if sibling is not None:
            self.stack = self.stack[:sibling]
        stated = self.stated_heading(heading_title(rest) or rest.strip())
        if stated is not None:
            # 一、智能制造与汽车产业专项 in a 附件 table of directions: the heading of that name
            # in the body (its office and terms, no directions of its own) holds its rows
            self.stack = [*reversed(stated.ancestors()), stated]
            self.table = (self.table[0], len(self.stack))  # type: ignore[index]
            # (its row's （归口科室：…） is that heading's office)
            stated.office = stated.office or find_office(rest) or (
                found[1] if (found := office_and_terms(rest)) is not None else None)
            return
        told = ""  # (…开发（归口：农村科技股）本领域拟立项不超过5项: the count after its office)
        if (amid := _OFFICE_BRACKET_AMID.search(rest)) is not None:
            rest, told = rest[:amid.end()], rest[amid.end():].strip()
        found = office_and_terms(rest)  # 一、集成电路（归口：高新技术处；支持方式：前资助）
        office = terms = None
        if found is not None:
            rest, office, terms = found
        group = Node("group", line.number, heading_title(rest) or rest.strip(),
                     heading.number_text if heading is not None else None,
                     style="table-group", level=self.current.level + 0.05,
                     office=find_office(rest) or office, heading_text=line.text)
        if terms:
            group.text.append(terms.replace("；", "。") + "。")  # its rows' terms
        elif found is None and (bracket := _TERMS_BRACKET.search(normalise(rest))) is not None:
            group.text.append(bracket["terms"].rstrip("。；;") + "。")
        for words in (told, said):
            if words:
                group.text.append(words.rstrip("。") + "。")
        self.stack.append(self.current.add(group))
        if heading is not None:
            self.group_styles[id(group)] = heading.style
        self.table = (self.table[0], len(self.stack))  # type: ignore[index]

    def stated_heading(self, title: str) -> Node | None:
        """The one heading outside this table titled `title` that states terms and holds no
        directions yet."""
        folded = re.sub(r"\s+", "", normalise(title))
        found = [node for node in all_nodes(self.root)
                 if node.title and not node.children and not node.non_funding
                 and not node.section and node.style not in ("table", "table-group")
                 and re.sub(r"\s+", "", normalise(node.title)) == folded
                 and (node.text or node.office or any(node.fields.values()))]
        return found[0] if len(found) == 1 else None

    def rows_by_number(self, line: Line) -> bool:
        """1、2 | DX2024-SY01、DX2024-SY02 | 前资助 | 20～30 | … / 3(1) | …: a row of the table
        after a group's directions, naming them by number: their codes and terms."""
        if self.table is None:
            return False
        header = list(self.table[0])
        header[0] = "方向名称"  # (the numbers read as the row's title, then taken apart)
        row = table_row(header, line, None, self.blank_same or frozenset(), numbered=True,
                        single_cap=self.single_cap)
        if row is None:
            return False
        heading, labelled = row
        refs = [ref.strip() for ref in re.split(r"[、,，]", normalise(heading.rest))]
        codes = [c.strip() for c in re.split(r"[、,，]", heading.code or "") if c.strip()]
        numbers = [re.fullmatch(r"(\d{1,2})(?:\s*[(（](\d{1,2})[)）])?", ref) for ref in refs]
        if not self.table_stack or any(number is None for number in numbers):
            return False
        # (the heading whose last direction, just above the table, is numbered as its last row
        # will be: the group whose directions the rows number)
        # (1 and 3(1) number the group's 1．2．3． directions — a sub-direction in brackets —
        # not the （1）（2） sub-directions the last direction above divides into)
        holders = [a for a in [self.table_stack[-1], *self.table_stack[-1].ancestors()]
                   if any(c.style in ("1.", "1、", "1 ", "01 ") for c in a.children)][:1]
        for index, number in enumerate(numbers):
            if number is None:
                return False
            node = next((c for holder in holders for c in holder.children
                         if c.seq and c.seq[-1] == int(number[1]) and c.style != "table"), None)
            if node is not None and number[2]:
                node = next((c for c in node.children if c.seq and c.seq[-1] == int(number[2])),
                            None)
            if node is None:
                return False
            if node.code is None and codes:
                node.code = codes[index] if len(codes) == len(refs) else codes[0]
            for cell in labelled:
                label = read_label(cell)
                if label is not None and label.key not in (None, OWN):
                    node.row_fields.setdefault(label.key, []).append(
                        re.sub(r"^各\s*", "", label.rest) if len(refs) > 1 else row_value(label))
        return True

    def named_before(self, heading: Heading) -> Node | None:
        """The direction above that a table row names, by its code or its exact title (not a
        row of this table: ②…（CT25GJ02-2） | CT25GJ02 under the row it divides, its code
        repeated, is a row of its own)."""
        title = re.sub(r"\s+", "", normalise(heading.rest))
        for node in all_nodes(self.root):
            if node.kind in ("plan", "group") or node.non_funding or node in self.table_rows:
                continue
            if (heading.code and node.code == heading.code) or (
                    node.title and re.sub(r"\s+", "", normalise(node.title)) == title):
                return node
        return None

    def take_code(self, code: str, ahead: list[Line]) -> bool:
        """A line stating a code belongs to the heading just opened (指南代码 under its title),
        else, when a heading follows it, to that heading (方向编号 above its title); in a
        document that prints every code above its heading, to the heading that follows."""
        node = self.current
        # (the text its own heading line carried after the title does not count)
        # (nor a 项目类别：A类 line above the code: it names the class, it is not the body)
        said = [text for text in node.text if not KIND_LINE.match(normalise(text).strip())]
        # (nor a label of its own above it: 发榜单位：… ⏎ 榜单编号：…)
        fresh = node is not self.root and node.code is None \
            and len(said) <= int(node.inline_body) \
            and not any(values for key, values in node.fields.items() if not key.startswith(OTHER))
        heading_next = bool(ahead) and classify(ahead[0]) is not None
        # 方向编号：HC2020ZD0101 ⏎ 新型疫苗…研发（no number） ⏎ 研究内容：…: the title it leads
        titled_next = not heading_next and untitled_title(ahead)
        if fresh and not (self.codes_before and heading_next) and not titled_next:
            node.code = code
            return True
        # (the last direction's code, before 附件2, 附件下载： or the end: its block closes too)
        after = ahead[0].norm.strip() if ahead else ""
        closing = heading_next or not ahead or bool(
            ATTACHMENT.match(after) or ATTACHMENT_MARK.match(after)
            or ITEM_OWN_SENTENCE.match(after)  # (… ⏎ 指南代码：… ⏎ 本方向拟支持1项。)
            or re.match(r"^(?:说明|注|备注)\s*[:：]\s*(?:本|该)方向", after)  # (… ⏎ 说明：本方向…)
            or PAGE_CHROME.match(re.split(r"[:：]", after, maxsplit=1)[0].strip()))
        if closing and not self.codes_before and node is not self.root \
                and node.code is None and node.kind not in ("plan", "group") \
                and (any(node.fields.values()) or said):
            node.code = code  # …【申报要求】… ⏎ 【指南代码】HZ2026-NY01: closing its own block
            # (or its paragraph: 对…给予补助。 ⏎ 事项代码：CS2022-HB01)
            return True
        if heading_next or titled_next:
            self.pending_code = code
            return True
        return False

    def take_office(self, office: str, *, bracketed: bool = False) -> bool:
        """归口处室：… under a heading (before its sub-headings; among its fields too, as the
        last row of a 专项概况 box) names its managing office."""
        node = self.current
        if node is self.root or (node.children and self.closed_by is not node):
            # (a heading whose directions a closing line ended: 以上两项申报材料：… ⏎ 受理科室：…)
            return False
        holder = node.parent
        if bracketed and holder is not None and holder is not self.root \
                and holder.office is None and len(holder.children) >= 2 \
                and node is holder.children[-1] and holder.text \
                and normalise(holder.text[-1]).rstrip().endswith(":"):
            # 4．…重点支持以下方向： ⏎ （1）… ⏎ （2）… ⏎ （责任股室：科技计划股）: a work plan's
            # task closed by its office, whose directions the items are
            holder.office = office
            self.stack = [*reversed(holder.ancestors()), holder]
            return True
        if holder is not None and holder.numbered_fields and not node.numbered_fields \
                and holder.office is None and holder.kind in ("plan", "group", None) \
                and len(holder.children) > 1:
            node = holder  # 1．申报主体 2．支持额度 3．支持方向 … 4．受理科室: the class's office
        if node.office is not None:
            return False
        node.office = office
        return True

    # ------------------------------------------------------------------ headings

    def note_goes_on(self, heading: Heading) -> bool:
        """A numbered line after 注：1．… (or its later items) in the current heading's text, and
        numbered on from it: an item of that note."""
        if heading.style not in ("1.", "1、") or not heading.number or heading.strong \
                or not self.current.text:
            return False
        items = [NOTE_ITEM.match(normalise(text).strip()) for text in self.current.text]
        last = items[-1]
        return last is not None and int(last["n"]) + 1 == heading.number[-1] \
            and any(item is not None and item["note"] for item in items)

    def names_coded_item(self, heading: Heading) -> bool:
        """10．揭榜挂帅项目 ⏎ 指南代码：YD25JB-01 ⏎ 发榜企业：… ⏎ 榜单名称：…: the coded item's
        own 榜单, named — a field of it, no part of it."""
        return heading.style == "kw:名称" and heading.code is None \
            and self.current.code is not None and not self.current.children \
            and self.current.kind != "plan" and self.current is not self.root \
            and self.current.number is not None and self.current.style != "kw:名称" \
            and bool(self.current.title)

    def takes_heading(self, heading: Heading, ahead: list[Line]) -> bool:
        """Whether a numbered line is a heading here or an item of the text around it."""
        if self.item_before_was_text(heading):
            return False  # 4.…（text） ⏎ 5.企业自筹资金…两倍。: the list goes on
        if self.row_note is not None and heading.number and not heading.strong \
                and heading.style in ("1.", "1、") and heading.number[-1] - 1 == self.row_note:
            self.row_note = heading.number[-1]
            return False  # 注：… 5.序号5方向… ⏎ 6.“社会发展”类项目…: the table's notes go on
        if (self.current.style, heading.style) in self.text_items and not heading.strong \
                and self.current.text and not self.current.children \
                and self.current.kind not in ("plan", "group") and not introduces(ahead, heading):
            return False  # （1）重点开展…改进。 under 4．: items, as under 1．2．3． before it
        if heading.style == "一是" and self.awaits_value():
            return False  # 研究内容： ⏎ 一是开展…。: the value, enumerated
        if heading.style.startswith("mark:") and heading.code is None \
                and self.current.code is not None and not self.current.children \
                and self.current is not self.root and self.style_index(heading.style) is None \
                and (self.points == (id(self.current), heading.style) or (
                    not self.current.text and not self.current.fields
                    and extract.GRANT_SENTENCE.search(normalise(heading.rest)) is not None)):
            # **7. 县级工程技术研究中心建设** `GX26-PT02` ⏎ - 经认定的…给予5万元奖补 ⏎ - 依托
            # 单位：…: the coded direction's points, bulleted
            self.points = (id(self.current), heading.style)
            return False

        if self.note_goes_on(heading):
            return False  # 注：1．…按表1执行。 ⏎ 2．A类方向…: the note's next item
        if heading.number == (1,) and not heading.strong and self.after_empty_label() \
                and heading.rest.rstrip().endswith(("。", "；", ";")):
            return False  # 攻关任务： ⏎ 1．建成…应用。: its value's first item, a sentence
        field_open = self.field_open
        index = self.style_index(heading.style)
        if index is not None:
            return follows(self.stack[index].seq, heading.number) or heading.strong \
                or introduces(ahead, heading) or (  # 二、… twice: a hurried editor's slip
                    heading.number == self.stack[index].seq and opens_a_list(ahead, heading)) \
                or _part_continued(self.stack[index], heading)
        starts = heading.number is None or heading.number[-1] == 1
        if heading.strong or (self.stand_in(heading) is not None and introduces(ahead, heading)):
            return True
        if self.rows_numbered_on(heading):
            return True  # 4# | … 5# | … 6# | … rows, then 7#　…: the numbering goes on past them
        if heading.style in self.last_number \
                and follows(self.last_number[heading.style], heading.number) \
                and (not field_open or is_non_funding(heading_title(heading.rest))):
            # directions numbered on across groups: 1．2．3． then （二） 4．; and a closing
            # section (3 申报要求) numbered on from the outline ends the field before it
            return True
        if starts and heading.number is not None and heading.style in self.last_number \
                and (self.current.style or "").startswith("part:") and not self.current.children:
            return True  # 日志第2篇 ⏎ 日期：… ⏎ 一、技术服务: a new part's outline starts again
        if field_open:  # an item of the field's list, unless a deeper heading follows it
            # 3.电解金属锰… ⏎ 申报代码：CZ23GG03 numbered on from the group before: coded
            # (6.… ⏎ 研究内容：… after （二）…专项 ⏎ 专项说明：…, 1.–5. under （一）: fields follow)
            numbered_on = heading.style in self.last_number \
                and follows(self.last_number[heading.style], heading.number) \
                and bool(ahead) and (code_and_office(ahead[0])[0] is not None
                                     or introduces(ahead, heading))
            numbered = starts or (heading.style in self.last_number
                                  and follows(self.last_number[heading.style], heading.number))
            return numbered_on or (numbered and self.titled_after_statement(heading)) or (
                starts and (introduces(ahead, heading)
                            or announces_subdirections(self.current)
                            # 1.… ⏎ 本方向设2个子方向…: a direction's
                            or (bool(ahead) and SUBDIRECTIONS.search(ahead[0].norm) is not None)
                            or ends_announcing_directions(self.current)
                            or grants_next(ahead)))
        return starts or introduces(ahead, heading) or (
            # 二、支持方式 as the text's first line: an excerpt begins mid-outline
            self.at == 0 and _title_like(heading.rest)) \
            or self.numbers_on_directions(heading, ahead) \
            or self.outline_after_table(heading, ahead) or _titles_numbered_on(heading, ahead)

    def rows_numbered_on(self, heading: Heading) -> bool:
        """1#… 3# headings, a table of rows 4# 5# 6#, then 7#　…: a heading numbered on from the
        table's last row, in the numbering the headings above it use."""
        last = self.table_rows[-1] if self.table_rows else None
        if last is None or not last.number or heading.number is None \
                or len(heading.number) != 1 or heading.style not in self.last_number:
            return False
        number = re.sub(r"#$", "", last.number.strip())  # (its 序号 cell: 6 or 6#)
        return number.isdigit() and follows((int(number),), heading.number)

    def outline_after_table(self, heading: Heading, ahead: list[Line]) -> bool:
        """表1 …（its rows grouped 一、二、三） ⏎ 二、指南通用条件 ⏎ 1．申报单位须…。: the
        document's own outline goes on after a table that stood for its first part — a titled
        section whose numbered items follow, at the top level."""
        if self.current is not self.root or heading.number is None or len(heading.number) != 1 \
                or heading.number[0] < 2 or not _title_like(heading.rest) or not ahead \
                or not self.root.children \
                or any(not (c.style or "").startswith("table") for c in self.root.children):
            return False
        return any(_numbered_item(ahead[0].norm.strip(), style) == 1
                   for style in _ITEM_NUMBER if style != heading.style)

    def numbers_on_directions(self, heading: Heading, ahead: list[Line]) -> bool:
        """方向6　… ⏎ 三、科技创新奖补 ⏎ 7.新认定高新技术企业奖补 ⏎ 对…给予…10万元: the call's
        items numbered on through the whole call from its last direction, in another style."""
        if heading.number is None or len(heading.number) != 1 or heading.number[0] < 2 \
                or not grants_next(ahead) or not _title_like(heading.rest):
            return False
        last = max((node for node in all_nodes(self.root)
                    if node.kind in ("direction", "sub") and node.seq is not None),
                   key=lambda node: node.line, default=None)
        return last is not None and last.style != heading.style \
            and last.seq == (heading.number[0] - 1,)

    def titled_after_statement(self, heading: Heading) -> bool:
        """类别说明：本类事项采取以奖代补方式…。 ⏎ 1.研发平台认定奖励: a bare title after a field
        that said its whole sentence opens a heading (a field's own list follows its colon)."""
        if self.open_field is None or not heading.rest.strip() \
                or any(mark in heading.rest for mark in TERMINAL):
            return False
        node, key = self.open_field
        said = node.fields.get(key) or []
        # (支持方式：前资助 ⏎ ㊀ 蕲艾良种选育…: a term said whole on its label's line, no list)
        if not said:
            return False
        whole = said[-1].rstrip().endswith("。") or (
            key in ("mode", "funding", "period", "office", "quota") and len(said) == 1
            and not said[0].rstrip().endswith(("：", ":", "、", "，", ",", "；", ";"))
            and len(said[0]) <= 30)
        return whole and len(heading.rest) <= 30 and title_like(heading.rest)

    def item_before_was_text(self, heading: Heading) -> bool:
        """The item numbered just before this one, in the same style, was read as running text."""
        node = self.current
        if heading.strong or heading.number is None or heading.number[-1] <= 1:
            return False
        # the last line read: running text, or a field's value (考核指标： ⏎ （1）… （2）…)
        last = node.text[-1] if node.text else None
        if self.open_field is not None and self.open_field[0] is node:
            lines = node.fields.get(self.open_field[1]) or []
            last = lines[-1].splitlines()[-1] if lines else last
        if last is None:
            return False
        before = classify_text(last)
        if before is None:  # （2）示范企业…提高15个百分点以上； — an item, no heading
            return _numbered_item(last, heading.style) == heading.number[-1] - 1
        return before.style == heading.style \
            and before.number is not None and before.number[-1] == heading.number[-1] - 1

    def terms_for_following(self, line: Line) -> bool:
        """以下方向采取前资助方式，每项资助不超过20万元…： between a group's directions: terms for
        the directions after it, up to the next such paragraph or the group's end."""
        norm = line.norm.strip()
        current = self.current
        if not norm.startswith("以下") or not FOLLOWING_TERMS.match(norm) \
                or current is self.root or current.parent is None \
                or not (current.children or current.fields or current.text):
            return False  # (right under its heading, before any direction: the heading's own)
        for following in self.lines[self.at + 1:self.at + 4]:  # (cut by the page width)
            if norm.endswith((":", "：")) or classify(following) is not None:
                break
            norm += following.norm.strip()
            self.skip_next += 1
        holder = current if current.children else current.parent
        if holder is self.root or holder not in self.stack:
            return False
        del self.stack[self.stack.index(holder) + 1:]
        start = next((i for i, t in enumerate(holder.text)
                      if FOLLOWING_TERMS.match(normalise(t).strip())), None)
        if start is not None:  # (the first such paragraph, under the heading: its directions')
            end = next((i for i in range(start, len(holder.text))
                        if holder.text[i].rstrip().endswith((":", "："))), start)
            first = "".join(t.strip() for t in holder.text[start:end + 1])
            del holder.text[start:end + 1]
            for child in holder.children:
                child.noted.append(first)
        self.following = (holder, norm.rstrip(":：") + "。")
        self.open_field = None
        return True

    def terms_respectively(self, line: Line) -> bool:
        """上述方向1—3分别拟支持1项、2项、2项，资助额度分别不超过50万元、30万元、30万元 after the
        directions (方向4、方向5…，均拟支持1项；方向5申报企业须为…; 子方向（1）、（2）分别…): each
        value said of the direction its place names, a clause without 分别 of all of them, a
        clause opening with a direction of that one; the sentence no direction's text."""
        norm = line.norm.strip()
        if "分别" not in norm or not RESPECTIVE_LEAD.match(norm):
            return False
        for following in self.lines[self.at + 1:self.at + 3]:
            # (…不超过50万元、30万 ⏎ 元、30万元。; …均拟支持1项； ⏎ 方向5申报企业须为…。)
            text = following.norm.strip()
            ref = RESPECTIVE_REF.match(text)
            if norm.endswith("。") or (norm.endswith(("；", ";")) and (
                    ref is None or text[ref.end():ref.end() + 1] in (":", "："))) or (
                    classify(following) is not None and ref is None):
                break
            norm += text
            self.skip_next += 1
        said: dict[int, list[str]] = {}
        targets: list[Node] = []
        for clause in (c.strip() for c in re.split(r"[，,；;。]", norm)):
            ref = RESPECTIVE_REF.match(clause)
            if ref is not None:
                targets = self.respective_nodes(ref["ref"]) if ref["ref"] \
                    else self.decimal_nodes(ref["decimal"])
                clause = clause[ref.end():]
            if not targets or not clause:
                continue
            if "分别" not in clause:
                for node in targets:
                    said.setdefault(id(node), []).append(re.sub(r"^均|^各", "", clause))
                continue
            noun, after = clause.split("分别", 1)
            lead = re.match(r"^[^\d]*", after)
            lead_words = lead[0] if lead else ""
            values = [v.strip() for v in after[len(lead_words):].split("、")]
            if len(values) != len(targets):
                return False
            if lead_words in ("为", "是"):
                lead_words = ""
            for node, value in zip(targets, values, strict=True):
                own = value if re.match(r"^(?:不超过|最高|最多|为)", value) else lead_words + value
                said.setdefault(id(node), []).append(f"{noun}{own}")
        if not said:
            return False
        for node in all_nodes(self.root):
            if id(node) in said:
                node.text.append("本方向" + "，".join(said[id(node)]) + "。")
        self.open_field = None
        return True

    def respective_nodes(self, ref: str) -> list[Node]:
        """The directions 方向1—3 / 方向4、方向5 / 子方向（1）、（2） name, by their numbers."""
        sub = ref.startswith("子")
        numbers = [int(n) for n in direction_numbers(re.sub(r"子?方向|[()（）]", "", ref))
                   if n.isdigit()]
        numbers.sort()
        if sub:
            holder = next((n for n in reversed(self.stack) if n.children), None)
            pool = holder.children if holder is not None else []
            found = [next((c for c in pool if c.seq and c.seq[-1] == n), None) for n in numbers]
        else:
            found = [next((c for c in all_nodes(self.root) if c.label == "方向" and c.seq
                           and c.seq[-1] == n), None) for n in numbers]
        return [n for n in found if n is not None] if all(found) else []

    def decimal_nodes(self, ref: str) -> list[Node]:
        """The directions 4.1、4.2、4.3 name, by their numbers as written."""
        numbers = re.split(r"\s*[、和及]\s*", ref)
        found = [next((c for c in all_nodes(self.root) if c.number
                       and normalise(c.number).strip() == number), None) for number in numbers]
        return [n for n in found if n is not None] if all(found) else []

    def code_place(self, heading: Heading) -> tuple[int, float] | None:
        """Where a heading led by its code goes when the codes nest (HK01 产业类别 ⏎ HK0101 条目 ⏎
        HK010201 子条目): under the open one whose code begins its own, else beside the open
        one of its code's length; None when no open heading is led by such a code."""
        code = heading.code or ""
        coded = [(i, n) for i, n in enumerate(self.stack) if n.style == "code" and n.code]
        parent = next(((i, n) for i, n in reversed(coded) if n.code and code.startswith(n.code)
                       and len(code) > len(n.code)), None)
        if parent is not None:
            return parent[0] + 1, parent[1].level + 0.1
        same = next(((i, n) for i, n in coded if n.code and len(n.code) == len(code)), None)
        nested = any(len(n.code or "") != len(code) for _, n in coded)
        return (same[0], same[1].level) if same is not None and nested else None

    def style_index(self, style: str) -> int | None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].style == style:
                return index
        return None

    def marked_kin(self, heading: Heading) -> Node | None:
        """The open heading of the same numbering style that the writer marked (# 4．…) when
        this one, unmarked, goes on from its number (5．…): a mark the converter lost."""
        if heading.number is None or "#" in heading.style:
            return None
        kin = next((n for n in reversed(self.stack[1:])
                    if (n.style or "").startswith(heading.style + "#")), None)
        return kin if kin is not None and kin.seq and kin.seq[-1] + 1 == heading.number[-1] \
            else None

    def stand_in(self, heading: Heading) -> int | None:
        """A bare heading on the stack that stands for this style's lost first item: 二、
        after a bare 工业新产品新技术开发研究 (its 一、 lost in conversion) is its sibling."""
        if heading.keyword is not None or heading.number is None or heading.number[-1] <= 1:
            return None
        for index in range(len(self.stack) - 1, 0, -1):
            node = self.stack[index]
            if node.bare and node.kind == "group" and node.level >= heading.level:
                return index
        return None

    def reopened(self, heading: Heading) -> bool:
        """专项一　富硒特色产业（续） or 方向3（续） at the top of a slide or page: the heading
        met before, carried on — what follows is its, not a new heading's."""
        mark = CONTINUED_HEADING.search(heading.rest)
        if mark is None:
            return False
        title = heading_title(heading.rest[:mark.start()]) or heading.rest[:mark.start()].strip()
        for holder in reversed(self.stack):
            for node in (holder, *reversed(holder.children)):
                if node.style == heading.style and node.seq == heading.number \
                        and node is not self.root and (not title or node.title == title):
                    self.stack = [*reversed(node.ancestors()), node]
                    self.open_field = None
                    return True
        return False

    def cap_labels(self) -> set[str]:
        """Labels the document says hold caps (各榜单“财政支持”栏所列金额为…支持上限)."""
        if self.capped is None:
            self.capped = {m["label"] for line in self.lines
                           if "上限" in line.norm or "最高" in line.norm
                           for m in CAPPED_LABEL.finditer(line.norm)}
        return self.capped

    def after_empty_label(self) -> bool:
        """The line before was a label with nothing after its colon (攻关任务：): its value
        follows."""
        if not self.field_open or self.open_field is None or not 0 < self.at <= len(self.lines):
            return False
        label = read_label(self.lines[self.at - 1])
        return label is not None and label.key is not None and not label.rest.strip()

    def crumb_reopened(self, heading: Heading) -> bool:
        """▼ 区重点研发计划 ＞ 产业关键技术攻关 over a list of options: the category of that name
        stated earlier (its terms, no directions yet) holds them."""
        parts = _CRUMB.split(normalise(heading.rest).strip())
        if len(parts) < 2:
            return False
        stated = self.stated_heading(parts[-1])
        if stated is None:
            return False
        self.stack = [*reversed(stated.ancestors()), stated]
        self.open_field = None
        return True

    def title_restated(self, heading: Heading) -> bool:
        """榜单1：…催化剂国产化制备技术 ⏎ 榜单编号 | … ⏎ 榜单名称 | …催化剂国产化制备技术: the
        direction's info box naming it again is no direction of its own."""
        current = self.current
        return heading.style == "kw:名称" and current is not self.root and bool(current.title) \
            and not current.children \
            and re.sub(r"\s", "", normalise(heading_title(heading.rest))) \
            == re.sub(r"\s", "", normalise(current.title or ""))

    def same_as_row(self, line: Line, cells: list[str]) -> Line:
        """A row whose cells say 同方向6 (同序号6, 同第6项): row 6's cells there; the row kept by
        its 序号 for the rows after it."""
        header = self.table[0] if self.table else []
        at = next((i for i, name in enumerate(header)
                   if re.sub(r"\s", "", normalise(name)) == "序号"), None)
        if at is None or len(cells) != len(header):
            return line
        said = [next((self.numbered_rows[m["n"]][i] for m in [SAME_AS_ROW.match(
            re.sub(r"\s", "", normalise(cell)))] if m is not None
                      and m["n"] in self.numbered_rows), cell) for i, cell in enumerate(cells)]
        self.numbered_rows[cells[at].strip()] = said
        if said == cells:
            return line
        text = "\t".join(said)
        return replace(line, text=text, norm=normalise(text))

    def open(self, heading: Heading, line: Line) -> None:
        """Place the heading: sibling of its open style, else one level down from where its
        level fits (a lost first item replaces the bare heading standing for it)."""
        if self.reopened(heading) or self.title_restated(heading) or self.crumb_reopened(heading):
            return
        if heading.style == "kw:名称" and self.numbered_card_above():
            # ▲方向1-1 ⏎ 方向名称：高糖高产甘蔗…: the card's number alone above its name line,
            # the heading on the title's line
            card = self.stack.pop()
            if card.parent is not None:
                card.parent.children.remove(card)
            heading = replace(heading, level=card.level, number=heading.number or card.seq,
                              number_text=heading.number_text or card.number)
        placed = self.code_place(heading) if heading.style == "code" else None
        if placed is not None:  # HK01 ⏎ HK0101 ⏎ HK010201: the codes' own outline
            at, level = placed
            del self.stack[at:]
            self.push(self.make_node(replace(heading, level=level), line), line)
            self.last_parent[heading.style] = self.stack[-2]
            self.fields_in_body(line)
            return
        if heading.keyword == "方向" and self.lost_group_before(heading):
            self.infer_group(line)
        if heading.style.startswith("mark:"):  # a symbol's depth: where it is first used
            depth = self.current.level + 0.1 if self.current is not self.root else LEVELS["bare"]
            # (■ 板块一：… ⏎ ◇… ⏎ ■ 申报怎么报？: first used on a keyword heading, the symbol
            # ranks as that heading)
            kin = next((n for n in self.stack[1:] if not n.style.startswith("mark:")
                        and n.heading_text.lstrip().startswith(heading.style[5:])), None)
            depth = kin.level if kin is not None else depth
            heading = replace(heading, level=self.mark_levels.setdefault(heading.style, depth))
        if heading.style == "kw:名称" and self.current is not self.root \
                and self.current.level >= heading.level and self.current.text \
                and not self.current.fields and not self.current.children \
                and self.style_index(heading.style) is None:
            # 3-2　揭榜挂帅项目 ⏎ 本批次发布榜单1项，… ⏎ 榜单：…: the item its intro announces
            heading = replace(heading, level=self.current.level + 0.1)
        if heading.kind == "plan" and self.terms_item(heading):
            # 二、支持方式和资助标准 ⏎ （一）重大科技专项。采取…: an item stating that plan's
            # terms (terms_items_naming_headings gives it to the plan), not the plan
            heading = replace(heading, kind=None, level=self.current.level + 0.1)
        if heading.style.startswith("kw:") or heading.kind == "plan":
            self.leave_section(heading)
        if heading.keyword == "板块" and (part := next(
                (n for n in self.stack[1:] if n.style == "一、" and not n.non_funding
                 and not n.section and n.kind != "plan"
                 and not NUMBERED_PLAN_WORDS.search(n.title or "")), None)) is not None \
                and self.style_index(heading.style) is None \
                and heading.style not in self.last_number:  # (its first: none opened before)
            # 二、逐段监听记录 ⏎ 【…】第一板块：… ⏎ 【…】第二板块：县重点研发计划: a programme's
            # segments, each a part of the record's section they are logged in
            self.own_depth[heading.style] = part.level + 0.1
        if heading.style in self.own_depth and heading.keyword == "板块":
            heading = replace(heading, level=self.own_depth[heading.style])
        index = self.style_index(heading.style)
        marked = self.marked_kin(heading) if index is None else None
        if marked is not None:  # # 4．… ⏎ 5．… the converter left unmarked: the next of them
            heading = replace(heading, style=marked.style, level=marked.level)
            index = self.style_index(heading.style)
        if heading.kind == "plan" and heading.style in ("1.1", "1.1.1", "1.1.1.1") \
                and heading.number and len(heading.number) >= 2 and index is None:
            # 3.2　…资助要素 ⏎ 3.2.1　重点研发专项（…）: a plan numbered under an open heading's
            # decimal is that heading's, though its name ranks it a plan
            above = next((n for n in reversed(self.stack[1:])
                          if n.seq == heading.number[:-1] and n.style in LEVELS), None)
            if above is not None:
                heading = replace(heading, level=above.level + 0.1)
        if heading.container and index is None and heading.style in LEVELS:
            # 三、重点研发项目 ⏎ （一）支持重点 ⏎ 1.…: a container numbered below an open
            # heading is that heading's, not a new top; below 一、总体要求 it is a part of
            # the general section like its siblings (（二）支持方式 …)
            above = next((n for n in reversed(self.stack[1:]) if not n.section and (
                (n.style in LEVELS and LEVELS[n.style] < LEVELS[heading.style])
                # (专题一　茶产业 ⏎ （一）支持方向: a keyword heading's own part)
                or ((n.style or "").startswith("kw:") and n.level < LEVELS[heading.style]))),
                None)
            if above is not None and above.non_funding and above is self.current \
                    and not above.alone:
                heading = replace(heading, container=False, level=LEVELS[heading.style])
            elif above is not None and not above.non_funding:
                heading = replace(heading, level=above.level + 0.1)
        if heading.style in RELATIVE_STYLES:
            # Ⅰ．under （一）, a．under Ⅰ．: one level below the heading it is first met in,
            # its siblings at the same depth
            if index is not None:
                heading = replace(heading, level=self.stack[index].level)
            elif self.current is not self.root and len(self.stack) > 1 \
                    and self.last_parent.get(heading.style) is self.root \
                    and follows(self.last_number.get(heading.style), heading.number):
                # (Ⅲ．…支持方向 ⏎ 一、…计划 ⏎ 1)… ⏎ Ⅳ．申报要求: numbered on from the
                # document's own parts, it is one of them)
                heading = replace(heading, level=min(heading.level, self.stack[1].level))
            elif self.current is not self.root and not (
                    self.current.bare or self.current.non_funding
                    or (self.current.section and (heading.style != "甲、"
                                                  or self.current.style not in LEVELS))):
                # (甲、工业科技创新 under 二、支持重点: the document's parts in its container)
                heading = replace(heading, level=self.current.level + 0.1)
        if index is None:
            index = self.stand_in(heading)
        parent = self.last_parent.get(heading.style)
        plan_open = next((n for n in self.stack[1:] if n.kind == "plan"
                          or n.level == LEVELS["plan"]), None)
        if index is None and parent is not None and parent is not self.current \
                and parent in self.stack and plan_open is not None \
                and self.stack.index(plan_open) > self.stack.index(parent) \
                and not heading.style.startswith(("kw:", "part:")) \
                and heading.level > plan_open.level \
                and follows(self.last_number.get(heading.style), heading.number):
            # 二、计划类别 ⏎ （一）…计划 (ranked above 一、) … 三、申报条件: numbered on from
            # 二、, it is 二、's sibling, not the last plan's child (nor its last direction's)
            del self.stack[self.stack.index(parent) + 1:]
            index = len(self.stack)
        if index is None and parent is not None and parent not in self.stack \
                and heading.style in ("1.1", "1.1.1") and heading.number \
                and len(heading.number) >= 2 and parent.seq == heading.number[:-1] \
                and not any(n.style == parent.style for n in self.stack[1:]) \
                and follows(self.last_number.get(heading.style), heading.number):
            # 三、研究对象 ⏎ 3.1 … ⏎ 3.2 …摘录 ⏎ （一）…专项 (the call quoted, ranked above) … ⏎
            # 3.3 样本条款初步编码: its number names its part again, which goes on (not when a
            # heading numbered as that part is open: 三、… ⏎ 2.1 in a diagram's own order)
            self.stack = [*reversed(parent.ancestors()), parent]
            index = len(self.stack)
        if index is not None:
            if heading.style in self.own_depth:  # as deep as the document first nested it
                heading = replace(heading, level=self.own_depth[heading.style])
            elif index < len(self.stack) and self.stack[index].kind == "plan" \
                    and heading.kind != "plan" and not line.heading_depth \
                    and heading.level > self.stack[index].level:
                # （一）…计划 ⏎ … ⏎ （二）定向委托项目: a sibling ranks as the plan before it (a
                # Markdown heading's own marks rank it already)
                heading = replace(heading, level=self.stack[index].level)
            del self.stack[index:]
        elif self.nests_under_current(heading) or self.sub_under_direction(heading) \
                or self.announced_keyword_parts(heading) \
                or self.plan_word_under_plan(heading) \
                or self.part_under_part(heading) or self.plan_under_office(heading) \
                or self.under_bare_plan(heading):
            heading = replace(heading, level=self.current.level + 0.1)
        elif self.first_under_empty(heading) or self.part_under_container(heading) \
                or self.keyword_under_keyword(heading) or self.names_under_title(heading) \
                or self.parts_numbered_under(heading):
            # (项目1：… under 专题一 once: under 专题二 its 项目1：… nests there again)
            heading = replace(heading, level=self.current.level + 0.1)
            self.own_depth[heading.style] = heading.level
            self.own_parent[heading.style] = self.current.style
        elif self.renumbered_under_own(heading):
            # 2.高端装备制造 ⏎ …设以下子方向 ⏎ （一）…: the document ranked （一） under 1. when
            # first met; numbered afresh under the next 2. it nests there again
            heading = replace(heading, level=self.own_depth[heading.style])
        else:
            heading = self.under_numbered_plan(heading)
            self.pop_to(heading.level)
        self.push(self.make_node(heading, line), line)
        self.last_number[heading.style] = heading.number
        self.last_parent[heading.style] = self.stack[-2]
        self.fields_in_body(line)

    def fields_in_body(self, line: Line) -> None:
        """1.高新技术企业培育奖励。支持对象：…。支持标准：…: labelled values run on after the
        title on the heading's own line are its fields, as on lines of their own."""
        node = self.current
        if not node.inline_body or not node.text or not re.search(r"[:：]", node.text[0]):
            return
        body = Line(line.number, node.text[0], normalise(node.text[0]))
        first = read_label(body)
        if first is None or first.key is None:
            return
        node.text.pop(0)
        node.inline_body = False
        for part in split_run_on_labels([body]):
            label = read_label(part)
            if label is not None and self.takes_label(label):
                self.feed_field(label, part)
            else:
                self.feed_text(part)

    def under_numbered_plan(self, heading: Heading) -> Heading:
        """（一）重大专项 under 二、重点研发计划: a title ending in 专项 makes it a plan, but its
        numbering is one a 一、 heading holds — it stays under the plan numbered above it."""
        if heading.kind != "plan" or heading.style not in LEVELS:
            return heading
        above = next((n for n in reversed(self.stack[1:]) if n.kind == "plan"
                      and n.style in LEVELS and LEVELS[n.style] < LEVELS[heading.style]), None)
        return heading if above is None else replace(heading, level=above.level + 0.1)

    def nests_under_current(self, heading: Heading) -> bool:
        """A keyword style met for the first time right under a group heading (（二）, 一、)
        that has opened and holds nothing yet but its text nests there, whatever its usual
        depth: （二）重点研发项目 → 领域一　数字经济 → 1．…; a document's own nesting decides,
        not a fixed order. Under a direction-level heading ((1) with its prose) it does not."""
        current = self.current
        return (heading.keyword is not None and heading.kind in ("group", "direction", "sub")
                and current is not self.root and not current.children and not current.fields
                and not current.non_funding and not current.section
                and (bool(current.text) or current.office is not None)  # (（归口科室：…）)
                and current.kind != "plan" and heading.level <= current.level <= GROUP_DEPTH
                and current.style is not None and not current.style.startswith("kw:"))

    def parts_numbered_under(self, heading: Heading) -> bool:
        """其一：… ⏎ its terms ⏎ 【1-1】…: a two-part number first met right under the heading
        its first part numbers is that heading's part, whatever depth its style usually takes."""
        current = self.current
        return (heading.number is not None and len(heading.number) == 2
                and heading.number[1] == 1 and current is not self.root
                and current.seq is not None and current.seq[-1:] == heading.number[:1]
                and not current.children and self.style_index(heading.style) is None
                and heading.level <= current.level and not current.non_funding
                and not current.section and current.style != heading.style)

    def plan_word_under_plan(self, heading: Heading) -> bool:
        """专项1：… first met right under （一）重大科技专项（市县联动） with its terms: the
        document divides that plan into 专项, it does not start a new top."""
        current = self.current
        title = re.sub(r"\s*[(（][^()（）]*[)）]$", "", current.title or "")
        return (heading.keyword in ("专项", "专题") and heading.style not in self.last_number
                and heading.number == (1,) and current is not self.root
                and current.style in LEVELS and not current.children and bool(current.text)
                and not current.non_funding and not current.section
                and NUMBERED_PLAN_WORDS.search(title) is not None)

    def keyword_under_keyword(self, heading: Heading) -> bool:
        """榜单1：… first met right under 方向11：… that holds only its paragraph (the terms
        of its 榜单): another word, the document's own next level."""
        current = self.current
        # (专题一：新材料 ⏎ 归口科室：… ⏎ 项目1：…: its office line all it holds; or its terms,
        # 支持方式：…实施期限：…, no content of its own)
        return (heading.keyword is not None and current.label is not None
                and heading.keyword != current.label and heading.style not in self.last_number
                and not current.children
                and (not current.fields or (heading.number is not None and not set(
                    current.fields) & {"content", "indicators", "requirements"}))
                and (bool(current.text) or current.office is not None or bool(current.fields))
                and not current.non_funding and heading.level <= current.level)

    def numbered_card_above(self) -> bool:
        """The heading open is a keyword's number alone (▲方向1-1), nothing under it yet."""
        current = self.current
        return current is not self.root and current.label is not None and not current.title \
            and current.number is not None and not current.text and not current.fields \
            and not current.children and current.parent is not None

    def names_under_title(self, heading: Heading) -> bool:
        """重点产业关键技术攻关计划 ⏎ 归口科室：… ⏎ 本计划…采取前资助方式… ⏎ 项目名称 | …: the
        boxes named by label right under a title with no number that holds only its office and
        terms are its directions — the title is their plan."""
        current = self.current
        return heading.style == "kw:名称" and current.style == "untitled" \
            and not current.children and not current.non_funding \
            and not set(current.fields) & {"content", "indicators"} \
            and (bool(current.text) or current.office is not None)

    def sub_under_direction(self, heading: Heading) -> bool:
        """子方向1：… right under a direction (A3 化工新材料…, its grant per 子方向 above it):
        the word says it divides that direction, whatever depth its numbering would take."""
        current = self.current
        return (heading.kind == "sub" and heading.keyword is not None
                and current is not self.root and not current.children
                and current.kind not in ("sub", "plan") and current.label is None
                and not current.non_funding and not current.section
                and current.level >= heading.level - 1)

    def announced_keyword_parts(self, heading: Heading) -> bool:
        """任务一：… right under a direction whose only text announces them in that word (本方向设
        以下两个任务，各支持1项…): the direction's parts, not directions beside it, whatever
        depth the keyword usually takes."""
        current = self.current
        if heading.keyword is None or heading.kind not in ("direction", "sub") \
                or heading.number not in ((1,), None) or current is self.root \
                or current.kind not in ("direction", None) or current.children or current.fields \
                or current.non_funding or current.section or (current.style or "") == heading.style:
            return False  # (3.2 种业“揭榜挂帅”项目 ⏎ 本批次共发布榜单2项…: a number of no kind yet)
        return any(PARTS_ANNOUNCED.search(sentence) and heading.keyword in sentence
                   for text in current.text for sentence in re.split(r"[。；;]", normalise(text)))

    def terms_item(self, heading: Heading) -> bool:
        """Is this plan heading an item of an open terms section (numbered below it)?"""
        section = next((n for n in reversed(self.stack[1:]) if n.title
                        and TERMS_SECTION.match(_bare_title(n.title))), None)
        return section is not None and section.non_funding and section.style in LEVELS \
            and heading.style in LEVELS and LEVELS[heading.style] > LEVELS[section.style] \
            and (self.current is section or self.current.parent is section)

    def plan_under_office(self, heading: Heading) -> bool:
        """（一）高新技术科受理项目 ⏎ 1．工业科技攻关计划: plans first met right under a heading
        that names only the office receiving them nest there, whatever a plan's usual rank."""
        current = self.current
        return (heading.kind == "plan" and heading.number == (1,) and current is not self.root
                and current.office is not None and current.style in LEVELS
                and not current.children and not current.fields and not current.text
                and not current.non_funding and not current.section
                and heading.level <= current.level)

    def part_under_part(self, heading: Heading) -> bool:
        """第一项… first met right under 第三类… that holds only its text: the document's next
        level (第一项 beside 第二项 under 二、 is a plan of its own)."""
        current = self.current
        return (heading.style.startswith("part:") and heading.style not in self.last_number
                and heading.number == (1,) and current is not self.root
                and (current.style or "").startswith("part:") and current.style != heading.style
                and not current.children and not current.fields and bool(current.text))

    def under_bare_plan(self, heading: Heading) -> bool:
        """重点研发计划（产业领域） alone over 1　光电子芯片…, a file of one direction each: a
        numbered heading right under an unnumbered plan is that plan's, however high its style
        would rank it (numbered on across the plans: 6　… under 知识创新专项)."""
        current = self.current
        return (current.bare and current.kind in ("plan", "group") and not current.children
                and not current.non_funding and not current.fields and not current.text
                and heading.kind in ("direction", None) and heading.number is not None
                and not heading.style.startswith(("kw:", "part:", "mark:"))
                and not heading.container and heading.level <= current.level)

    def part_under_container(self, heading: Heading) -> bool:
        """第一类　产业技术攻关 first met right under 一、支持方向 (a container holding nothing
        yet): the document's classes of directions, nested there — not parts above its
        sections (二、申报条件 after them is 一、's sibling)."""
        current = self.current
        # (Ⅳ.2025年度支持方向 ⏎ A.前沿技术攻关计划: its plans, lettered as 申报条件's A. was)
        plan = heading.kind == "plan" and heading.level < current.level \
            and heading.style in LEVELS
        return ((plan or (heading.style.startswith("part:")
                          and heading.style not in self.last_number))
                and heading.number == (1,) and current is not self.root and current.section
                and not current.children and current.style in LEVELS
                and not current.non_funding)

    def first_under_empty(self, heading: Heading) -> bool:
        """A numbering style used for the first time right under a numbered direction that
        holds nothing but a sentence announcing its parts (④… 本方向设2个子方向 → （1）…), or
        with a code its own code extends (LA26ZD04 → LA26ZD04-1), nests there: the document
        ranks ① over （1）, whatever the usual order."""
        current = self.current
        if (heading.keyword is not None or heading.style in self.last_number
                or heading.kind not in ("direction", "sub", None) or current is self.root
                or current.children
                or current.non_funding or current.section or heading.level > current.level
                or current.style not in self.last_number):
            return False
        announced = any(PARTS_ANNOUNCED.search(normalise(text)) for text in current.text)
        if current.label is not None:  # 方向9 … 本方向分设两个子方向： ⏎ A. …, or said after
            # a field (攻关周期：…。本榜单分设两个子榜，可分别揭榜：)
            said = [values[-1] for values in current.fields.values() if values]
            return current.label in DIVIDED_WORDS and (announced or any(
                text.rstrip().endswith(("：", ":"))
                and PARTS_ANNOUNCED.search(normalise(re.split(r"[。；;]", text)[-1]))
                for text in said))
        # (❸ 农业科技示范项目 ⏎ 资助标准：每项补助10万元 ⏎ 支持方式：前资助 ⏎ ㊀ …: its terms
        # labelled, the list after them its directions)
        labelled = bool(current.fields) and set(current.fields) <= TERMS_KEYS \
            and "funding" in current.fields
        if current.fields and not labelled:
            return False
        code = heading.code or self.pending_code
        # (1.工业科技攻关 ⏎ 本类项目采取前资助方式，每项资助… ⏎ A.…: a list begun right after
        # a heading's terms is that heading's)
        terms_above = (bool(current.text) or labelled) and current.code is None \
            and heading.number is not None and heading.number[-1] == 1 \
            and (grants_money(current) or labelled) \
            and not re.fullmatch(r".{0,4}(?:项目|档次|类)", current.title or "")  # (no tier's)
        # (C-1　企业研发费用后补助 ⏎ （1）规模以上…: a heading with nothing under it, then a
        # new style's first item ranked as deep as it — its parts)
        bare_above = not current.text and not current.fields and current.code is None \
            and heading.number is not None and heading.number[-1] == 1 \
            and abs(heading.level - current.level) < 1e-9
        return (code is not None and current.code is not None and code != current.code
                and code.startswith(current.code)) or announced or terms_above or bare_above

    def renumbered_under_own(self, heading: Heading) -> bool:
        """A style the document nests under another (first_under_empty), numbered from its
        first again right under a fresh heading of that other style."""
        current = self.current
        return (heading.style in self.own_depth and current is not self.root
                and self.own_parent.get(heading.style) == current.style
                and not current.children and not current.fields
                and heading.number is not None and heading.number[-1] == 1
                and abs(current.level + 0.1 - self.own_depth[heading.style]) < 1e-9)

    def pop_to(self, level: float) -> None:
        while len(self.stack) > 1 and self.current.level >= level:
            self.stack.pop()

    def make_node(self, heading: Heading, line: Line) -> Node:
        kind = heading.kind
        code, self.pending_code = heading.code or self.pending_code, None
        node = Node(kind, line.number, None, heading.number_text, code=code,
                    label=heading.keyword, style=heading.style, level=heading.level,
                    seq=heading.number, section=heading.style.startswith("part:")
                    or heading.container, heading_text=line.text)
        if heading.keyword in ("方向", "子方向"):
            split_title(node, heading.rest)
        elif (heading.keyword not in (None, "名称") or heading.style.startswith("part:")) \
                and (find_code(heading.rest) or find_office(heading.rest)):
            # 专题1  高安全…技术（YBZD2601）（高新科）, 第三章　…（归口处室：…）: code and office
            node.title = heading_title(heading.rest) or None
            node.code = node.code or find_code(heading.rest)
            node.office = find_office(heading.rest)
            body = heading_body(heading.rest)
            # (第三条　重点研发计划（责任股室：…）。本计划…: the article's body)
            if body and re.search(r"[。！？!?]", heading.rest):
                node.text.append(body)
                node.inline_body = True
        elif heading.keyword not in (None, "名称") or heading.style.startswith("part:"):
            # (课题三　…集成应用（揭榜挂帅）: how it is awarded, a mark, as after a number)
            # (事项一：企业研发投入后补助。: a title said as a sentence, its stop no part of it)
            node.title = TITLE_MARKS.sub("", heading.rest).strip().removesuffix("。") or None
            body = heading_body(heading.rest)
            if body and re.search(r"[。！？!?]", heading.rest):  # 榜单1：标题。发榜单位为…
                node.title = heading_title(heading.rest) or node.title
                node.text.append(body)
                node.inline_body = True
        else:
            node.title = heading_title(heading.rest) or None
            node.office = find_office(TERMS_BRACKET.sub("", heading.rest))
            body = heading_body(heading.rest)
            if body:
                node.text.append(body)
                node.inline_body = True
            terms = heading_terms(heading.rest)
            if terms:  # （支持2项，每项50万元）: read as the direction's own words
                node.text.append(terms + "。")
                node.inline_body = True
        found = office_and_terms(heading.rest)
        if found is not None and node.office is None:
            # （二）农业科技创新（归口：农村科技科；以下方向均采取前资助方式，周期2年）
            head, node.office, terms = found
            node.title = heading_title(head) or node.title
            if terms:
                node.text.append(terms.replace("；", "。") + "。")
        # 方向9：科普基地建设（指南代码：…）（删除）: struck out of a draft, kept for comparison
        node.non_funding = is_non_funding(node.title) or bool(DELETED.search(heading.rest))
        return node

    def leave_section(self, heading: Heading) -> None:
        """申报总体要求 (a section known by its name) holds its own text and items, not the
        领域 and 专项 headings after it: those close it."""
        for index, node in enumerate(self.stack):
            if node.alone or (node.non_funding and heading.kind in ("plan", "group")
                              and (said := SECTION_ALONE.fullmatch(
                                  re.sub(r"\s", "", node.title or ""))) is not None
                              and said["procedure"] in ("申报时间", "申报程序", "申报流程",
                                                        "申报方式")
                              and not re.search(r"\d{3,}|先生|女士|电话", heading.rest)):
                # (二、申报时间 ⏎ …截止。 ⏎ 专题一　智能科技…: a 明白纸's next panel, no part of
                # the dates)
                del self.stack[index:]
                return

    def colon_title(self, line: Line, ahead: list[Line]) -> bool:
        """A title alone on its line ending in a colon, the fields of a direction under it
        (青年科技人才创新项目： ⏎ 支持对象：…): that direction's heading. Not a label of its own
        (申报要求：), nor one awaiting its value."""
        text = line.norm.strip()
        # (…原文是统一写在计划下面的，方向 ⏎ 里不再重复：: the end of a sentence the page width cut)
        if not text.endswith((":", "：")) or len(text) > 31 or line.table or line.continued:
            return False
        title = text[:-1].strip()
        # (under a direction already read, 项目要素： names a block of its fields)
        return (self.current is not self.root and not self.awaits_value()
                and (self.current.style == "colon" or not self.current.known_fields)
                and not re.search(r"[,，。;；:：]", title) and title_like(title)
                and not names_field(title) and head_word_key(title, final=True) is None
                and not is_non_funding(title) and not SELF_REFERENCE.match(title)
                and not _SIGNED.search(title)  # (法定代表人（签字）：: a form's place to sign)
                and title not in NOT_LABELS and bool(ahead) and heads_fields(ahead))

    def section_alone(self, line: Line) -> bool:
        """申报程序, 其他事项 … alone on a line, unnumbered: outside any direction, or after a
        blank line once one is read (inside a direction, 申报条件 alone is its field)."""
        if len(re.sub(r"^\d{4}年度?", "", line.norm)) > 12:
            return False  # most lines: longer than any section's name
        current = self.current
        match = SECTION_ALONE.fullmatch(line.norm.replace(" ", ""))
        if match is None and (asked := SECTION_ALONE.fullmatch(
                line.norm.replace(" ", "").rstrip(":："))) is not None and asked["questions"]:
            match = asked  # (现场问答：)
        if match is not None and match["directions"] is not None:
            # (2025年度支持方向与标准 on a new page after a leaflet's 常见问题: the directions'
            # part, not more of the questions)
            return not line.continued and current.non_funding and (
                line.after_break or line.after_blank
                or re.search(r"问题|问答|答疑|解读", current.title or "") is not None)
        return (match is not None and not line.continued and not self.awaits_value()
                and (current is self.root or current.non_funding or current.section
                     or match["questions"] is not None
                     or (match["procedure"] is not None
                         and (line.after_blank or line.after_break))))

    def tagged_next(self, label: Label, heading: Heading | None) -> bool:
        """2.【揭榜挂帅】通航飞行培训模拟器国产化 after 1.…: the next heading of a numbering
        open above, its kind tagged in brackets before its title — no label of unknown name."""
        if heading is None or heading.number is None or label.key is not None \
                or not (label.numbered and label.bracketed) or not title_like(label.rest):
            return False
        return any(numbers_on(node, heading.style, heading.number) for node in self.stack[1:])

    def numbering_goes_on(self, ahead: list[Line]) -> bool:
        """1. 生物医药…【JS2025ZD01】 ⏎ 中药配方颗粒、…等 ⏎ 2. 精细化工…: a line right under an
        item's heading, the heading after it numbering on the list already open — its words,
        no heading over the rest of the list (not 农业科技攻关项目（农村科技股） after an item's
        text, a group's heading over the items its numbering runs on into)."""
        after = classify(ahead[0]) if ahead else None
        current = self.current
        if after is None or after.number is None or current.text or current.children \
                or any(current.fields.values()):
            return False
        return any(numbers_on(node, after.style, after.number) for node in self.stack[1:])

    def heads_restarted_numbering(self, line: Line) -> bool:
        """科技创新奖补项目 ⏎ its paragraph ⏎ 1.高新技术企业培育, after a blank line, where 1. …
        5. ran before it: a part's title over its intro, the numbering starting again under
        it (as the part above it began: 科技计划项目 ⏎ 1.总体要求)."""
        if not line.after_blank or not title_like(line.text):
            return False
        ahead = self.lines[self.at + 1:self.at + 4]  # (two lines of its own, then the heading)
        at = next((k for k, later in enumerate(ahead) if classify(later) is not None), None)
        # (its intro: sentences, or labels with their values — not a signature's date)
        if at is None or at == 0 or not all(
                later.norm.rstrip().endswith(("。", "；", ";")) or (
                    (label := read_label(later)) is not None and label.rest.strip())
                for later in ahead[:at]):
            return False
        first = classify(ahead[at])
        # (the numbering of the document's top headings, or of a part's: not a group's list)
        return first is not None and first.number == (1,) and any(
            node.style == first.style and node.seq and node.seq[-1] > 1
            and node.parent is not None and (node.parent is self.root or node.parent.bare)
            for node in all_nodes(self.root))

    def open_bare(self, line: Line, *, top: bool = False) -> None:
        """An unnumbered heading; `top`: a section of the whole document (申报程序), as high as
        the document's highest heading so far."""
        plan = bool(PLAN_WORDS.search(line.norm))
        level = LEVELS["plan"] if plan else LEVELS["bare"]
        if top:
            level = min([level, *(child.level for child in self.root.children)])
        heading = Heading("bare", level, None, None, line.text, kind="plan" if plan else "group")
        self.pop_to(heading.level)
        node = Node(heading.kind, line.number, line.text, style="bare", level=heading.level,
                    bare=True, heading_text=line.text, alone=top)
        node.non_funding = top or is_non_funding(node.title)
        self.push(node, line)

    def lost_group_before(self, heading: Heading) -> bool:
        """A 方向 numbered 1 (or bare) after a sibling under a group with directions: numbering
        restarts only under a new group heading, so the conversion dropped that heading."""
        if heading.number not in (None, (1,)):
            return False
        index = self.style_index(heading.style)
        group = self.stack[index - 1] if index is not None else self.current
        return group.kind == "group" and not group.bare and bool(group.directions)

    def infer_group(self, line: Line) -> None:
        index = self.style_index("kw:方向")
        previous = self.stack[index - 1] if index is not None else self.current
        number = None
        if previous.number and previous.number.isdigit():
            number = str(int(previous.number) + 1)
        del self.stack[self.stack.index(previous):]
        group = Node("group", line.number, None, number, label=previous.label,
                     style=previous.style, level=previous.level,
                     seq=(int(number),) if number else None)
        group.inferred.append(f"{previous.label or '分组'}{number or ''}标题在转换中丢失")
        self.stack.append(self.current.add(group))

    # ------------------------------------------------------------------ fields and text

    def takes_label(self, label: Label) -> bool:
        """A label line opens a field of the current heading; an unknown word before a colon
        does only where fields are being listed (【…】, numbered like them, or among them)."""
        node = self.current
        if node is self.root or label.label in NOT_LABELS or LIST_WORDS.match(label.label) \
                or _REPLY_LABEL.match(label.label) \
                or (_OWN_TERMS_LABEL.match(label.label) and label.rest.strip()):
            return False
        if label.key is not None:
            return label.listed or label.bracketed or not label.numbered or node.numbered_fields \
                or bool(node.title and CONDITIONS.match(re.sub(r"\s", "", node.title)))
        return label.bracketed or (label.numbered and node.numbered_fields) or (
            not label.numbered and node.known_fields)

    def awaits_value(self) -> bool:
        """A label was just read and its value is on the next line (资金安排：⏎ 每项20~40万元)."""
        return self.field_open and self.open_field is not None \
            and not self.current.fields[self.open_field[1]]

    def takes_colonless(self, heading: Heading | None) -> bool:
        """1.研究内容 with its text below: a field of the current heading, unless it continues
        the numbering of the headings around it (三、申报条件 after 二、 is a section). Fields
        numbered like their direction (1.电动车… 1.研究内容 2.考核指标) are fields."""
        node = self.current
        if node is self.root or node.section:
            return False
        index = None if heading is None else self.style_index(heading.style)
        if heading is not None and index is None and heading.number is not None \
                and heading.number[-1] > 1 and not node.numbered_fields \
                and is_non_funding(heading_title(heading.rest)):
            return False  # 二、申报条件 after 一、申报类别: a section, the numbering goes on
        if heading is None or index is None:
            return True
        if self.stack[index] is not node:
            return False
        if node.field_style and node.field_style != heading.style \
                and follows(node.seq, heading.number):
            return False  # 二、… ⏎ （三）经费配套：… ⏎ 三、支持方向: the next section, not a field
        return node.numbered_fields or not follows(node.seq, heading.number)

    def feed_field(self, label: Label, line: Line) -> None:
        node = self.current
        if self.later is None and node is not self.root and node.fields:
            # (备注：1．本专项须由企业牵头申报；2．… — its list's first item too)
            scope = GROUP_SCOPE_TEXT.match(re.sub(r"^\d{1,2}\s*[.、．]\s*", "",
                                                  normalise(label.rest).strip()))
            if scope is not None:
                self.later = self.scope_holder(scope["word"])
        if self.later is not None:  # the group's terms, written after its directions
            node = self.later
        if label.numbered:
            node.numbered_fields = True
            node.field_style = node.field_style or _number_style(line.text)
        node.named_own = node.named_own or bool(_ITEM_OWN_LABEL.match(label.label))
        key = OTHER + label.label if label.key in (None, OWN) else label.key
        if label.key is None:
            node.unknown.append((line.number, label.label))
        block = node.fields.setdefault(key, [])
        if key == "requirements":
            share_requirements(node, block)
        for span in node.applicant_at:
            if span[0] == key and span[2] is None:
                span[2] = len(block)
        if label.rest:
            if APPLICANT_LABEL.search(label.label) or (
                    APPLICANT_AND_TERMS.match(label.label)
                    and (read := fx.applicant_rule(label.rest)) is not None and not read.ruled):
                node.applicant_at.append([key, len(block), None])
            if block and not block[-1].rstrip().endswith(tuple(TERMINAL)):
                # 申报主体：…共同实施 ⏎ 申报门槛：牵头企业须为…: a new label, a new sentence
                block[-1] = block[-1].rstrip() + "。"
            value = ratio_said(label, line) if key == "requirements" else label.rest
            if key == "funding" and (parts := _summary_parts(value)) is not None:
                # 支持要点：前资助；≤80万元/项；36个月；限1项；…: each term under its own word
                value = parts[0]
                for part_key, part in parts[1]:
                    node.fields.setdefault(part_key, []).append(part)
            folded = normalise(value)
            if key == "funding" and (CAP_LABEL.search(label.label)
                                     or label.label in self.cap_labels()) \
                    and (ONE_AMOUNT.match(folded) or SPELT_AMOUNT.match(folded)):
                value = "不超过" + value  # 补助上限：30万元 — its cap, not a fixed grant
            elif key == "funding" and FLOOR_LABEL.search(label.label) \
                    and ONE_AMOUNT.match(folded):
                value = "不低于" + value  # 支持强度最低（万元） | 5: the floor of its range
            said = QUOTA_THEN.match(value) if key == "quota" else None
            if said is not None:  # 拟支持1项。本方向单个项目资助额度不超过80万元。: the count,
                value = said["count"] or said["count_"]  # then the direction's own sentences,
                node.text.append(said["more"] or said["more_"])  # as its text
            block.append(value)
        self.open_field = None if line.cell else (node, key)  # (a cell's value is whole)

    def numbered_on_above(self, line: Line) -> bool:
        """三、同一单位限报1个项目… after 二、各类项目支持方式和标准 and its items: a paragraph
        numbered on from a heading above is that heading's sibling, not its last item's text
        (nor its own: a paragraph, not a heading, so its text is its parent's)."""
        if self.current is self.root:
            return False
        for style, pattern in (("一、", TOP_ITEM), ("(一)", PAREN_ITEM)):
            number = pattern.match(line.norm)
            at = next((i for i in range(len(self.stack) - 1, 0, -1)
                       if self.stack[i].style == style), None) if number else None
            previous = self.last_number.get(style)
            if number is None or at is None or previous is None \
                    or (chinese_to_int(number[1]),) != (previous[-1] + 1,):
                continue
            if style == "(一)" and not self.stack[at].non_funding:
                continue  # （四）各方向拟支持…: an item of the terms, not after a direction
            said = [*self.current.text, *(v for vs in self.current.fields.values() for v in vs)]
            if any(pattern.match(normalise(text)) for text in said):
                return False  # 一、…；二、… a list of the direction's own
            del self.stack[at:]
            self.open_field = None
            self.last_number[style] = (previous[-1] + 1,)
            self.feed_text(line)
            return True
        return False

    def group_closing(self, line: Line) -> Node | None:
        """本专题拟支持不超过3项，单个项目资助… after the last direction of a 专题: the heading
        of that word above it, whose terms the paragraph states."""
        said = GROUP_CLOSING.match(line.norm.strip())
        node = self.current
        if said is None and not (node.children or node.fields or node.text) \
                and node.kind not in ("plan", "group") and TERMS_WORDS.search(line.norm):
            # 五、软科学研究计划 ⏎ 1.… ⏎ 2.… ⏎ 软科学研究计划项目每项资助2万元…: a paragraph after a
            # bare last title, said of the heading above by name, is that heading's
            subject = line.norm.strip()
            return next((n for n in reversed(self.stack[1:-1]) if len(title := re.sub(
                r"\s", "", normalise(n.title or ""))) >= 4 and subject.startswith(title)), None)
        if said is not None and said["lists"]:
            return node.parent if node.style == "kw:榜单" and not node.children \
                and node.parent is not None and node.parent is not self.root else None
        if said is None or node.children or node.kind in ("plan", "group") \
                or (node.title or "").endswith(said["word"]) or node.style == f"kw:{said['word']}":
            return None
        named = next((n for n in reversed(self.stack[1:-1]) if n.style == f"kw:{said['word']}"
                      or (n.title or "").endswith(said["word"])), None)
        parent = node.parent
        if named is None and said["word"] == "领域" and parent is not None \
                and parent is not self.root and parent.kind in (None, "group") \
                and len(parent.children) >= 2 and not parent.stated \
                and all(set(c.fields) <= {"content", "indicators"} and not c.text
                        and not c.children for c in parent.children):
            # （三）社会发展与民生科技 ⏎ 1.… ⏎ 3.… ⏎ 本领域项目采取前资助方式…: the group of
            # directions just listed is the 领域 it speaks of
            named = parent
        return named

    def said_of_each_sub(self, line: Line) -> bool:
        """3.1 … ⏎ 3.2 … ⏎ 子方向各支持1项，每项资助15万元。: said of each sub-direction just
        listed, right after the last — the terms of the direction they divide, each one's."""
        node = self.current
        parent = node.parent
        # (whatever the last one says of itself above it: ②… ⏎ 本子方向执行期为18个月)
        if node.children or parent is None or parent is self.root or parent.kind == "plan" \
                or len(parent.children) < 2 or node is not parent.children[-1] \
                or any(sub.children for sub in parent.children):
            return False
        said = _SUBS_SAID.match(line.norm.strip())
        if said is None or not (said["each"] or said["all"]):
            return False
        parent.text.append(line.text)
        self.open_field = None
        self.carry = parent.text
        return True

    def feed_text(self, line: Line) -> None:
        node = self.current
        if node is self.root:
            return  # preamble before the first heading: not part of any plan
        if (closing := self.group_closing(line)) is not None:
            closing.text.append(line.text)  # 本专题拟支持3项，… after the 专题's last direction
            self.open_field = None
            self.carry = closing.text
            return
        later = LATER_TERMS.match(line.norm)
        if later:
            # (第一节　重点研发计划 over them: a section a chapter holds is their group too)
            # (with no group named yet, the heading the listed directions stand under)
            holder = next((n for n in reversed(self.stack[1:-1]) if n.kind in ("group", "plan")
                           or (n.style or "").startswith("part:")),
                          None if len(self.stack) <= 2 else self.stack[-2]
                          if not node.children and node.style != self.stack[-2].style
                          else self.stack[1])
            ends = [int(n) for n in re.findall(r"\d+", later["range"] or "")]
            numbered = next((n for n in reversed(self.stack[:-1]) if len(ends) == 2 and {
                c.seq[-1] for c in n.children if c.seq} >= set(ends)), None)
            if numbered is not None and numbered is not self.root:
                # (㈠ … ⏎ ⑴ … ⑶ ⏎ ※以上⑴～⑶方向统一规定：…: the heading they stand under,
                # however its numbering ranks)
                holder = numbered
            if later["word"] in ("子方向", "子课题", "子项", "子项目", "课题") \
                    and len(self.stack) > 2:
                # 以上两个子方向均…: the direction they divide (itself, when its list of them
                # has closed)
                holder = node if node.children else self.stack[-2]
            elif later["word"] is None and len(self.stack) > 2 and not node.children:
                holder = self.stack[-2]  # 注：本类项目…: the class its last direction ends
            elif node.listed and node.parent is not None and node.parent is not self.root:
                holder = node.parent  # 支持方向：1.… 2.… ⏎ 以上方向每项…: the list's heading
            if holder is not None:
                holder.text.append(line.text)
                self.open_field = None
                self.carry = holder.text
                said = line.norm.strip()
                if said.startswith(("本", "以上")) and holder in self.stack \
                        and (re.split(r"[:：]", said, maxsplit=1)[-1].strip()
                             or said.startswith("以上")) \
                        and holder is not node and node.parent is holder \
                        and any(node.fields.values()) and not node.children:
                    # 本专题支持方式：后补助 ⏎ 支持强度：… ⏎ 项目数量：…: the labels after it are
                    # the 专题's too, not its last direction's
                    del self.stack[self.stack.index(holder) + 1:]
                    self.closed_by = holder
                if ANNOUNCED_TERMS.search(line.norm.strip()):
                    self.later = holder  # 以上3个课题共同适用以下条款： ⏎ 实施年限：…: theirs
                return
        if self.note_for_named(line) or self.note_for_numbered(line) or self.note_for_rows(line) \
                or self.note_for_coded_rows(line) or self.terms_by_category(line):
            return
        if (later := LATER_NOTE.match(line.norm)) is not None:
            group = next((n for n in reversed(self.stack) if n.kind == "group"), None) or next(
                (n for n in reversed(self.stack[:-1]) if n is not self.root  # (a plan's: the
                 and n.kind != "direction" and len(n.children) >= 2), None)  # directions' own)
            if group is not None:
                # (上述方向中，“…”方向资助额度…；“…”方向申报企业须…: each clause its direction's)
                titled = {re.sub(r"\s", "", normalise(n.title)): n for n in all_nodes(group)
                          if n.title and n is not group}
                rest: list[str] = []
                for clause in re.split(r"(?<=[；;。])", line.text):
                    named = QUOTED_NOTE.search(clause)
                    quoted = titled.get(re.sub(r"\s", "", normalise(named["name"]))) \
                        if named else None
                    if quoted is not None and named is not None:
                        quoted.text.append("本方向" + clause[named.end():].strip(" ；;。") + "。")
                    else:
                        rest.append(clause)
                if "".join(rest).strip(" ；;。") and not re.fullmatch(
                        r"\s*上述\s*\d*\s*个?方向中?[，,]?\s*", rest[0]):
                    if later["kind"]:  # 上述社会发展类项目，县财政资助…: the plan's terms,
                        group.text.append("".join(rest))  # said after its directions
                    else:
                        group.notes.append("".join(rest))
                return
        if self.later is not None and self.open_field is not None \
                and self.open_field[0] is self.later:
            append_line(self.later.fields[self.open_field[1]], line)
            return
        if self.field_open and self.open_field is not None:
            if (self.open_field[1] in ("indicators", "content")
                    and extract.OWN_STATEMENT.match(line.norm.strip())) \
                    or self.terms_paragraph(line) \
                    or _PARTS_LINE.match(line.norm.strip()):
                # (本方向资助额度… / 执行期：2年。 ⏎ 每项…; 申报主体：…均可申报 ⏎ 本专项设2个方向：:
                # the heading's own words on its parts)
                self.open_field = None  # after the indicators: the direction's own statement
                append_line(node.text, line)
                return
            append_line(node.fields[self.open_field[1]], line)
            return
        if node.kind not in ("plan", "group") and not node.children and node.text \
                and not node.non_funding and not is_non_funding(node.title or ""):
            for style, pattern in _ITEM_NUMBER.items():  # a list opening after a paragraph
                if (found := pattern.match(line.text)) and found.group(1) == "1" \
                        and not line.table:
                    self.text_items.add((node.style, style))
        append_line(node.text, line)

    def terms_paragraph(self, line: Line) -> bool:
        """考核指标：…。 ⏎ 每项10万元，须由企业牵头，拟支持5项。: a paragraph of its own after the
        field's last sentence, opening with the direction's terms, is the direction's statement,
        not more of the field."""
        if self.open_field is None:
            return False
        node, key = self.open_field
        said = node.fields.get(key) or []
        return bool(said) and said[-1].rstrip().endswith("。") \
            and TERMS_PARAGRAPH.match(line.norm.strip()) is not None

    def note_for_rows(self, line: Line) -> bool:
        """注：1.“科技成果转化后补助”“企业研发投入后补助”两个方向的申报单位须为规上企业。 under a
        table of directions: what the note says, said of the rows it quotes by title — not of
        every direction the heading above the table holds."""
        if not self.table_rows or "“" not in line.text:
            return False
        if all("表示" in clause for clause in re.split(r"[；;。]\s*(?=\S)|(?<=\S)[①-⑩]",
                                                     line.norm.strip("。 "))):
            return True  # 2.资助额度中“≤”表示不超过；…“—”表示…: the table's legend, no terms
        rows = {re.sub(r"\s", "", normalise(row.title or "")): row for row in self.table_rows}
        quotes = list(re.finditer(r"“(?P<name>[^”]{2,30})”", line.text))
        named = [rows.get(re.sub(r"\s", "", normalise(q["name"]))) for q in quotes]
        if not named or None in named:
            return False
        said = ROWS_WORD.sub("", line.text[quotes[-1].end():].strip(), count=1).rstrip("。")
        for row in named:
            assert row is not None
            row.noted.append(f"本方向{said}。")
        return True

    def note_for_coded_rows(self, line: Line) -> bool:
        """注：1.产业技术创新专项第3个方向（HJ26CY03）单项补助上限提高至60万元。2.表中… under a
        table of directions: each clause naming a row by its code is said of that row alone
        (when every clause stating a figure or a rule names one; 表中各计划实施期限自立项之日起
        计算 says when, not what)."""
        if not self.table_rows or not re.match(r"\s*(?:备)?注\s*[:：]", line.norm):
            return False
        coded = {row.code: row for row in self.table_rows if row.code and not row.children}
        # (①重点研发计划牵头企业…不低于200万元: a clause naming a group row, its rows' rule)
        groups = {re.sub(r"\s", "", normalise(row.parent.title)): row.parent
                  for row in self.table_rows if row.parent is not None
                  and row.parent.style == "table-group" and row.parent.title}
        told: list[tuple[Node, str]] = []
        grouped: list[tuple[Node, str]] = []
        for written in re.split(r"[；;。]\s*(?:\d{1,2}\s*[.．、]\s*)?|[①-⑩]", line.text):
            clause = re.sub(r"^\s*(?:备)?注\s*[:：]", "", normalise(written)).strip()
            named = [(code, at) for code in coded if (at := clause.find(code)) >= 0]
            group = next(((title, g) for title, g in groups.items() if clause.startswith(title)),
                         None)
            if len(named) == 1:
                code, at = named[0]
                told.append((coded[code], clause[at + len(code):].lstrip(")）】] ")))
            elif group is not None and not named:
                grouped.append((group[1], clause[len(group[0]):]))
            elif "表示" in clause or PAST_GUIDELINE.match(clause):
                continue  # (“—”表示按所属计划的统一要求执行; 2024年度指南中…上限为60万元: history)
            elif re.search(r"\d|牵头|配套", clause):
                return False  # (a rule for every row: the table's, as before)
        for row, said in told:
            row.noted.append(f"本方向{said}。")
        for holder, said in grouped:
            holder.text.append(f"本组{said.strip('，, ')}。")
        return bool(told or grouped)

    def note_for_numbered_rows(self, line: Line) -> bool:
        """注：1.序号1—4方向申报企业上年度研发投入不低于100万元。 ⏎ 2.序号6方向… under a table of
        directions: what each note says, said of the rows it names by their 序号."""
        body = extract.NOTE_LEAD.sub("", line.norm.strip()) if self.table_rows else ""
        by_number = {row.number: row for row in self.table_rows
                     if row.number and not row.children}
        if body and not ROW_REF.match(body):
            # 注：表中“同上”指…；序号4方向的支持标准另行通知，本次不受理。: a later clause
            # naming rows is theirs; the note's other clauses stay the table's
            # (③2.2方向…: the clause's own list number, which folding would run into 2.2)
            unlisted = extract.NOTE_LEAD.sub(
                "", normalise(re.sub(r"[\u2460-\u2473]", " ", line.text)).strip())
            for clause in re.split(r"(?<=[；;。])", unlisted)[1:]:
                clause = _CLAUSE_NUMBER.sub("", clause.strip())
                if ROW_REF.match(clause):
                    _tell_rows(rows_named(clause, by_number))
            return False
        named = rows_named(body, by_number) if body else None
        _tell_rows(named)
        numbered = re.match(r"^(?:注\s*[:：]\s*)?(\d{1,2})\s*[.．、]", line.norm.strip())
        if named and numbered is not None:
            self.row_note = int(numbered[1])
        return bool(named)

    def note_for_named(self, line: Line) -> bool:
        """注：方向三、方向五实施期限为3年（…），其余方向…: the directions it names, among the
        current one's siblings, are each told what it says of them."""
        note = NAMED_NOTE.match(line.norm)
        if note is None or len(self.stack) < 3:
            return False
        numbers = {n for n in (_number_of(t) for t in re.findall(rf"[{CN}\d]+", note["names"]))
                   if n is not None}
        named = [n for n in self.stack[-2].children
                 if n.label == note["word"] and n.seq and n.seq[-1] in numbers]
        if not named:
            return False
        said = re.split(r"[,，;；。]\s*其[余他]", note["rest"], maxsplit=1)[0]
        for node in named:
            node.text.append(f"本{note['word']}{said.strip()}")
        self.open_field = None
        return True

    def note_for_numbered(self, line: Line) -> bool:
        """注：2.2方向企业、高校、科研院所均可牵头申报；3方向申报企业须为高新技术企业。: each clause
        is said of the direction its number names, under the plan the note closes."""
        note = NUMBERED_NOTE.match(line.norm.strip())
        holder = next((n for n in reversed(self.stack) if n.kind == "plan"), None)
        if note is None or holder is None:
            return False
        told: list[tuple[Node, str]] = []
        for clause in re.split(r"[；;。]", note["rest"]):
            named = NUMBERED_CLAUSE.match(clause.strip())
            if named is None:
                if clause.strip():
                    return False
                continue
            node = next((n for n in all_nodes(holder) if n is not holder and re.match(
                rf"{re.escape(named['num'])}(?!\d|\.\d)", normalise(n.heading_text).strip())),
                None)
            if node is None:
                return False
            told.append((node, named["rest"]))
        for node, said in told:
            node.text.append(f"本方向{said.strip()}。")
        self.open_field = None
        return bool(told)

    def terms_by_category(self, line: Line) -> bool:
        """以上第（一）类…每项资助5万元—10万元…；第（二）类…: terms written after the last
        category, each part for the category (a sibling heading) it numbers."""
        if not CATEGORY_TERMS.match(line.norm) or len(self.stack) < 3:
            return False
        current = self.current
        siblings = [n for n in self.stack[-2].children if n.style == current.style and n.seq]
        told = False
        for part in CATEGORY_PART.split(line.text):
            number = CATEGORY_NUMBER.search(normalise(part))
            value = _number_of(number["n"]) if number else None
            for node in siblings:
                if value is not None and node.seq and node.seq[-1] == value:
                    node.text.append(part.strip())
                    told = True
        if told:
            self.open_field = None
        return told

    def scope_holder(self, word: str) -> Node | None:
        """The heading 本专题 / 本专项 / 本领域 speaks of: the nearest one of that kind above
        the current direction, else the nearest plan or group."""
        above = list(reversed(self.stack[1:-1]))
        if self.current.kind in ("group", "plan") and not self.current.children:
            # (专题一 … ⏎ 【专题说明】… ⏎ 【共性要求】本专题项目须由企业牵头…: the topic itself,
            # its directions still to come)
            above.insert(0, self.current)
        named = next((n for n in above if (n.label and n.label in word)
                      or (n.title and word in n.title)), None)
        return named or next((n for n in above if n.kind in ("group", "plan")), None)


MAX_TITLE_TAIL = 6  # (示范, 应用研究: the last words of a wrapped title, no title themselves)
_DURATION = re.compile(r"^(?:不超过)?\s*\d+(?:\.\d+)?\s*(?:个月|年)$|^[一二两三四五六七八九十]+年$")
_COUNT_PART = re.compile(r"^(?:限|不超过|拟支持)?\s*\d+\s*项$|^不限项?$|^每个子方向限\s*\d+\s*项$")


def _summary_parts(value: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A terms line of ；-separated parts in a fixed order (前资助；≤80万元/项；36个月；限1项；
    申报企业…): the grant's own parts, and the duration, count and rules under their keys; None
    unless it has a bare duration or count among three or more parts."""
    parts = [p.strip() for p in re.split(r"[；;]", normalise(value).rstrip("。")) if p.strip()]
    if len(parts) < 3 or not any(_DURATION.match(p) or _COUNT_PART.match(p) for p in parts):
        return None
    grant: list[str] = []
    others: list[tuple[str, str]] = []
    for part in parts:
        if _DURATION.match(part):
            others.append(("period", part + "。"))
        elif _COUNT_PART.match(part):
            others.append(("quota", part + "。"))
        elif fx.MONEY_RE.search(part) or fx.funding_modes(part):
            grant.append(part)
        else:
            others.append(("requirements", part + "。"))
    return "；".join(grant) + "。", others


def append_line(block: list[str], line: Line) -> None:
    """A paragraph a page break split (header and page number between) is joined again."""
    if line.after_break and block and not block[-1].endswith(tuple(TERMINAL)) \
            and "\t" not in line.text and "\t" not in block[-1]:  # (a table's rows stay rows)
        block[-1] += line.text
    else:
        block.append(line.text)


# 4.1 / 3-1 in a 序号 column: the row numbered 4 (3), then its own number under it
_SUB_ROW_DECIMAL = re.compile(r"(?P<head>.*?\d)\s*[.\-－]\s*\d+")


def row_number_head(number: str) -> str | None:
    """The 序号 of the row a decimal 序号 (4.1, 3-1) goes under: 4, 3; None for a whole one."""
    found = _SUB_ROW_DECIMAL.fullmatch(number.strip())
    return found["head"] if found else None


def heads_sub_rows(cells: list[str], following: list[str]) -> bool:
    """A row numbered 3 followed by one numbered 3-1, 3.1 or （1）: a row over sub-rows."""
    number = cells[0].strip() if cells else ""
    after = following[0].strip() if following else ""
    return bool(re.fullmatch(r"\d{1,3}", number)) and (
        row_number_head(after) == number or SUB_ROW_NUMBER.fullmatch(after) is not None)


def numbers_on(node: Node, style: str, number: tuple[int, ...]) -> bool:
    """`node` is an earlier heading of the numbering `number` goes on (1.1 … 1.2, 二、 … 三、)."""
    return node.style == style and node.seq is not None and len(node.seq) == len(number) \
        and node.seq != number and follows(node.seq, number)


def follows(previous: tuple[int, ...] | None, number: tuple[int, ...] | None) -> bool:
    """Does `number` continue a sequence that stood at `previous` (a few may be skipped)?"""
    if previous is None or number is None or len(previous) != len(number):
        return previous is None or number is None
    if number[:-1] == previous[:-1]:
        return previous[-1] < number[-1] <= previous[-1] + 3
    return number[:-1] > previous[:-1] and number[-1] == 1


def introduces(ahead: list[Line], heading: Heading) -> bool:
    """A numbered line directly followed by field labels, or by a heading numbered in another
    style (one level down), is a heading; items of one list are followed by their siblings."""
    if not ahead:
        return False
    following = ahead[0]
    if code_and_office(following) != (None, None):
        return True  # 1.花牛苹果… / 指南代码：TSNY2501: a code names a heading, not an item
    label = read_label(following)
    if label is not None and label.key is not None and (
            label.listed or label.bracketed or head_word_key(label.label, final=True)
            or re.search(r"[及和与]", label.label)):  # 支持对象及标准：…: two fields named
        return True  # 示范内容：… names a field by its head word as surely as 研究内容
    below = classify(following)
    return below is not None and below.style != heading.style


_ITEM_NUMBER = {"(1)": re.compile(r"^\s*[(（]\s*(\d{1,2})\s*[)）]"),
                "1.": re.compile(r"^\s*(\d{1,2})\s*[.．](?!\d)"),
                "1、": re.compile(r"^\s*(\d{1,2})\s*、"),
                "1)": re.compile(r"^\s*(\d{1,2})\s*[)）]")}


def _numbered_item(text: str, style: str) -> int | None:
    """The number a list item of this style starts with, whatever follows it."""
    pattern = _ITEM_NUMBER.get(style)
    match = pattern.match(text) if pattern else None
    return int(match.group(1)) if match else None


def opens_a_list(ahead: list[Line], heading: Heading) -> bool:
    """A heading of another style numbered from one follows, after at most a paragraph."""
    for following in ahead[:2]:
        below = classify(following)
        if below is not None:
            return below.style != heading.style and below.number in (None, (1,))
    return False


# 本子方向另要求：…, 本课题要求：…: a label naming the item it stands under
_ITEM_OWN_LABEL = re.compile(r"^本(?:子方向|子课题|课题|任务|子任务|榜单)")


# 建设单位：…, 建设地点：…, 项目总投资：…: a project's profile, the applicant's own (a feasibility
# study's 项目概况, a funded list's entry), never a call's direction
_PROJECT_PROFILE = re.compile(r"^\s*(?:建设|承担|申报|项目)?(?:单位|地点|规模|法人|负责人)\s*[:：]"
                              r"|^\s*(?:项目)?总投资\s*[:：]|^\s*建设(?:期|周期|地点)\s*[:：]"
                              r"|^\s*资金筹措\s*[:：]")


def _profiles_a_project(ahead: list[Line]) -> bool:
    """Two or more of a project profile's labels right under a 项目名称： line."""
    return sum(1 for following in ahead[:5] if _PROJECT_PROFILE.match(following.norm)) >= 2


# 三、支持方向（四）县级科技创新平台: a section named again with the part it has reached
_PART_OF_SECTION = re.compile(r"^(?P<base>[^（(]{2,12})[（(]"
                              r"(?P<n>[一二三四五六七八九十]{1,3})[)）]")


def _part_continued(above: Node, heading: Heading) -> bool:
    """三、支持方向（三）… open, then 三、支持方向（四）…: slides repeating their section's number
    and name, each the next part of it — a heading, as the one before was."""
    was = _PART_OF_SECTION.match(normalise(above.heading_text).split("、", 1)[-1].strip())
    now = _PART_OF_SECTION.match(normalise(heading.rest).strip())
    return heading.number == above.seq and was is not None and now is not None \
        and was["base"] == now["base"] \
        and chinese_to_int(now["n"]) == (chinese_to_int(was["n"]) or 0) + 1


def _titles_numbered_on(heading: Heading, ahead: list[Line]) -> bool:
    """7．技术交易奖补 ⏎ 对…给予奖补。 ⏎ 8．首次认定高新技术企业奖励: an excerpt that starts a list
    mid-way — a bare title (no sentence's stop) whose next number follows a paragraph or two
    below, titled the same way: headings, as if the list had begun at 1."""
    if heading.number is None or heading.keyword or not re.search(r"[\u4e00-\u9fff]$",
                                                                  heading.rest.strip()) \
            or len(heading.rest.strip()) > 30 or not _title_like(heading.rest):
        return False
    for following in ahead[1:4]:
        below = classify(following)
        if below is not None and below.style == heading.style:
            return below.number == (*heading.number[:-1], heading.number[-1] + 1) \
                and re.search(r"[\u4e00-\u9fff]$", below.rest.strip()) is not None \
                and len(below.rest.strip()) <= 30
    return False


# “甲”“乙”两个方向的申报单位…: the words between the quoted rows and what the note says
# what a paragraph of a direction's terms opens with: its grant, its count, its lead rule
TERMS_PARAGRAPH = re.compile(
    r"^(?:每项|单项|每个项目)(?:资助|支持|补助)?(?:不超过|最高)?\s*\d"
    r"|^(?:资助|支持|补助)(?:额度|金额|强度|标准)(?:为)?(?:不超过|最高)?\s*\d"
    r"|^(?:拟支持|拟立项)\s*\d|^须由[^。；;，,]{1,12}?牵头"
    r"|^(?:采取|采用|实行)[^。；;，,]{1,16}?方式")  # 采取事前资助、分年度拨付方式；…
ROWS_WORD = re.compile(rf"^(?:[、和及与]?(?:[{CN}\d]{{1,2}}个|等|这)?(?:方向|项目|事项)的?)")
MATCHING_LABEL = re.compile(r"配套|自筹")
CJK = re.compile(r"[\u4e00-\u9fff]")
_SIDES_BRACKET = re.compile(r"^[^(（:：]*(?P<sides>[(（][^()（）]*[:：比][^()（）]*[)）])")


# 研发投入门槛：不低于1000万元 — a label naming the R&D spend its value is a floor of
RD_LABEL = re.compile(r"^(?:上年度)?(?:研发|R&D)(?:投入|费用|经费)(?:门槛|要求|下限)?$")


# 牵头主体：须为企业 — a label naming who leads, its value a rule without a subject
LEAD_LABEL = re.compile(r"^(?P<who>牵头|承担)(?:主体|单位)(?:要求)?$")
LEAD_VALUE = re.compile(r"^(?:须|必须|应|应当|需|只能|仅限|限)(?:为|是|由)?[^。；;]*?企业")


def ratio_said(label: Label, line: Line) -> str:
    """配套比例（自筹:财政）：2:1 — a bare ratio keeps what it is a ratio of (配套比例：2:1
    （自筹:财政）), or 2:1 alone would say nothing among the requirements; so does a bare
    amount under a label that names the R&D spend (研发投入门槛：不低于1000万元)."""
    lead = LEAD_LABEL.match(normalise(label.label))
    if lead is not None and LEAD_VALUE.match(normalise(label.rest)):
        # 牵头主体：须为企业 / 承担主体：须为…的规模以上工业企业: the rule says whom it binds
        return f"{'牵头单位' if lead['who'] == '牵头' else label.label}{label.rest}"
    if RD_LABEL.match(normalise(label.label)) and not re.search(r"研发|R&D", label.rest):
        floor = "不低于" if re.match(r"\s*\d", label.rest) and not re.search(
            r"以上|及以上", label.rest) else ""  # 研发投入门槛：1000万元 is the least one spends
        return f"{label.label}{floor}{label.rest}"
    if not MATCHING_LABEL.search(label.label) or MATCHING_LABEL.search(label.rest):
        return label.rest
    sides = _SIDES_BRACKET.match(line.text.strip())
    return f"{label.label}：{label.rest}{sides['sides'] if sides else ''}"


def share_requirements(node: Node, block: list[str]) -> None:
    """One 申报要求 block written under several bare directions covers all of them (南宁):
    siblings that have no fields of their own share the same block object."""
    if node.kind != "direction" or node.parent is None:
        return
    for sibling in node.parent.directions:
        if sibling is not node and not sibling.fields and not sibling.children:
            sibling.fields["requirements"] = block
            sibling.inferred.append(f"申报要求与第{node.line}行的方向共用")


def grants_next(ahead: list[Line]) -> bool:
    """（一）高新技术企业培育奖励 ⏎ 对…给予一次性奖励10万元: an award item, its grant below."""
    return bool(ahead) and classify(ahead[0]) is None and read_label(ahead[0]) is None \
        and bool(extract.GRANT_SENTENCE.search(ahead[0].norm))


def heads_section(ahead: list[Line]) -> bool:
    """Is a bare line followed by a heading (directly, or after one more bare heading)?

    That look-ahead is what tells 工业新产品新技术开发研究 (a group whose 一、 was lost)
    from a short unpunctuated line of running text.
    """
    if not ahead:
        return False
    if classify(ahead[0]):
        return True
    return len(ahead) > 1 and is_bare_heading(ahead[0]) and classify(ahead[1]) is not None


def _number_of(text: str) -> int | None:
    return int(text) if text.isdigit() else chinese_to_int(text)


def titles_fields(line: Line, ahead: list[Line], *, strict: bool = False) -> bool:
    """The line is a direction's title written with no number, its fields right under it
    (not a row's cells: 婷｜已到账, a log's row the page width cut, over its 备注)."""
    return is_bare_heading(line) and title_like(line.text) and not _CELL_BAR.search(line.text) \
        and not is_non_funding(heading_title(line.text)) and heads_fields(ahead, strict=strict)


_CELL_BAR = re.compile(r"[｜|]")


def untitled_title(ahead: list[Line]) -> bool:
    """The next line is such a title (not a label, code or office line of the block above)."""
    return len(ahead) >= 2 and read_label(ahead[0]) is None \
        and code_and_office(ahead[0]) == (None, None) and titles_fields(ahead[0], ahead[1:])


def heads_fields(ahead: list[Line], *, strict: bool = False) -> bool:
    """Does a field of a direction start on the next line (a code line, a known label)?
    `strict`: only a code line will do (the line could be the tail of a wrapped sentence)."""
    if not ahead or classify(ahead[0]) is not None:
        return False
    code, office = code_and_office(ahead[0])
    if code is not None or strict:
        return code is not None
    label = read_label(ahead[0])
    # (攻关重点：…, 示范内容：…: a label no list names, whose head word says it is what a
    # direction opens with; 方向说明：… a remark the label says is the direction's)
    return office is not None or (label is not None and not label.numbered and (
        label.listed or head_word_key(label.label, final=True) in ("content", "indicators")
        or (label.key is not None and label.label.startswith(("方向", "项目")))))


def _number_style(text: str) -> str:
    """The numbering style a numbered label is written in (（三）经费配套：… → (一))."""
    number = re.match(r"\s*[(（]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]?\s*[、.．]?",
                      text)
    heading = classify_text(number[0].strip() + "标题") if number and number[0].strip() else None
    return heading.style if heading is not None else ""


# 支持强度：同上 / 实施周期：同上。: the field as the heading before it states it
_SAME_AS_ABOVE = re.compile(r"^\s*(?:同上|同前|与上(?:一)?(?:个)?(?:方向|子方向|课题|项目|条)?相同)"
                            r"\s*[。.；;，,]?\s*$")


def fields_same_as_above(root: Node) -> None:
    """(1-3-B)… ⏎ 支持强度：同上；实施周期：同上。: a field whose value is only 同上 takes that
    field from its sibling above (as 同上 in a table takes the row above's cell)."""
    def said_above(values: list[str]) -> bool:
        return bool(values) and all(_SAME_AS_ABOVE.match(normalise(v)) for v in values)

    for node in all_nodes(root):
        for index, child in enumerate(node.children):
            for key, values in child.fields.items():
                if not said_above(values):
                    continue
                before = next((sibling.fields[key] for sibling in reversed(node.children[:index])
                               if sibling.fields.get(key) and not said_above(sibling.fields[key])),
                              None)
                if before is not None:
                    child.fields[key] = list(before)


def split_title(node: Node, rest: str) -> None:
    """方向N：title（office） or 方向N：title。content on one line; title never invented."""
    comma = COMMA_CODE.search(rest)
    if comma is not None:  # 方向：…推广应用，代码YD26NS03。
        node.code, rest = node.code or comma["code"], rest[:comma.start()]
    code = CODE.search(rest)
    after = rest[code.end():].strip() if code else ""
    if code and after[:1] in ("，", ",") and _title_like(rest[:code.start()]):
        # 子方向2-1：…技术（代码ZA25ZY02-1），资助额度40万～60万元；: the title, its code, terms
        after = "。" + after[1:]
        rest = rest[:code.end()] + after
    if code and (not after or after[0] in "。:："
                 or re.match(r"^[(（][^()（）]{2,26}[)）]$", after)):
        node.code = node.code or code["code"]  # 方向1：标题【YC26A01】, not 〔2021〕 in a sentence
        if code["office"]:  # (…（指南代码：LY25ZD02，归口：工业科技股）: its office beside it)
            node.office = code["office"].strip()
        rest = rest[:code.start()] + rest[code.end():]
    rest = rest.strip()
    office = KEYWORD_OFFICE.match(rest)
    if office:
        node.title = office["title"].strip()
        node.office = OFFICE_VERB.sub("", office["office"].strip()) or office["office"].strip()
        return
    office_name = find_office(rest)
    if office_name and not office_name.endswith(("实验室", "中心")):  # 【海洋科技处】, （农村科）
        node.title = heading_title(rest) or None
        node.office = office_name
        return
    head, sep, tail = rest.partition("。")
    if sep and tail.strip():
        if _title_like(head):
            node.title = head.strip()
            node.text.append(tail.strip())
        else:
            node.text.append(rest)
        return
    if sep and not _title_like(head):
        node.text.append(rest)
        return
    # (方向3：新能源装备（揭榜挂帅） / （重点项目）: how it is awarded, a mark, as after a number)
    node.title = TITLE_MARKS.sub("", head).strip() or None


def _title_like(text: str) -> bool:
    norm = normalise(text)
    return 0 < len(norm) <= 32 and "," not in norm and ";" not in norm


# --------------------------------------------------------------------------- lost plans


def infer_lost_plans(root: Node, preamble: list[str]) -> None:
    """Directions before the first plan heading, in a document with plan headings: a lost plan.

    Its title is read from an enumeration in the preamble that lists the surviving plans in
    order (南宁: 科技重大专项、重点研发计划、技术创新引导专项、科技基地专项), when there is one.
    """
    plans = [c for c in root.children if c.kind == "plan"]
    if not plans:
        return
    first = root.children.index(plans[0])
    orphans = [c for c in root.children[:first] if c.kind in ("group", "direction", "sub")]
    if not any(c.kind in ("direction", "sub") or c.children for c in orphans):
        return
    lost = Node("plan", orphans[0].line, None, "1", level=LEVELS["plan"])
    lost.inferred.append("计划标题在转换中丢失")
    for child in orphans:
        root.children.remove(child)
        lost.add(child)
    root.children.insert(0, lost)
    lost.parent = root
    lost.text = preamble
    titles = fill_from_enumeration([p.title or "" for p in [lost, *plans]], preamble)
    if titles[0]:
        lost.title = titles[0]
        lost.inferred.append(f"标题“{titles[0]}”由前言中的计划列表推断")


def infer_leading_group(plan: Node) -> None:
    """Directions standing before a plan's first numbered group: that group's heading was lost
    (南宁's 重大项目1), so they get a group numbered one below it."""
    groups = [c for c in plan.children if c.kind == "group" and not c.bare]
    leading = [c for c in plan.children if c.kind == "direction"]
    if not groups or not leading or not (groups[0].number or "").isdigit():
        return
    first = plan.children.index(groups[0])
    leading = [c for c in leading if plan.children.index(c) < first]
    number = int(groups[0].number or 0) - 1
    if not leading or number < 1:
        return
    lost = Node("group", leading[0].line, None, str(number), label=groups[0].label, parent=plan,
                style=groups[0].style, level=groups[0].level)
    lost.inferred.append(f"{groups[0].label}{number}标题在转换中丢失")
    for child in leading:
        plan.children.remove(child)
        lost.add(child)
    plan.children.insert(plan.children.index(groups[0]), lost)


def infer_lost_group_titles(plan: Node) -> None:
    """Lost group titles read from an enumeration in the plan's text or its groups' texts."""
    groups = [c for c in plan.children if c.kind == "group"]
    if not any(g.title is None for g in groups):
        return
    texts = plan.text + [line for g in groups for d in g.directions for line in d.text]
    titles = fill_from_enumeration([g.title or "" for g in groups], texts)
    for group, title in zip(groups, titles, strict=True):
        if group.title is None and title:
            group.title = title
            group.inferred.append(f"标题“{title}”由同级标题与正文中的产业列表推断")


def fill_from_enumeration(known: list[str], texts: list[str]) -> list[str | None]:
    """Given titles with gaps (""), find a 、-list in `texts` whose items line up with the known
    titles from the first position on (allowing a shared prefix/suffix such as 南宁…, …产业)
    and fill the gaps it covers. At least two known titles must line up, so one coincidence
    does not invent a title."""
    result: list[str | None] = [title or None for title in known]
    for text in texts:
        for clause in re.split(r"[，。；,;：:]", normalise(text)):
            items = enumeration_items(clause)[: len(known)]
            present = [(i, normalise(known[i])) for i in range(len(items)) if known[i]]
            if len(items) < 3 or len(present) < 2 or len(present) == len(items):
                continue
            affix = _affix(present, items)
            if affix is None:
                continue
            prefix, suffix = affix
            for i, item in enumerate(items):
                if result[i] is None and item:
                    result[i] = f"{prefix}{item}{suffix}"
            return result
    return result


def enumeration_items(clause: str) -> list[str]:
    """围绕A、B、C等重点产业 → [A, B, C]."""
    items = [item.strip() for item in clause.split("、")]
    if len(items) < 2:
        return []
    items[0] = re.sub(r"^.*?(?:围绕|聚焦|组织实施|实施|包括|重点支持)", "", items[0])
    items[-1] = re.sub(r"等.*$", "", items[-1])
    return items


def _affix(present: list[tuple[int, str]], items: list[str]) -> tuple[str, str] | None:
    """The prefix/suffix that turns list items into the surviving titles, if one does for all."""
    index, title = present[0]
    item = items[index]
    if not item or item not in title:
        return None
    prefix, _, suffix = title.partition(item)
    if all(f"{prefix}{items[i]}{suffix}" == t for i, t in present[1:]):
        return prefix, suffix
    return None


# 支持方式、强度及实施期限同方向1。 / 支持方式及强度同方向3: terms said by pointing at a sibling
SAME_AS_DIRECTION = re.compile(
    r"(?P<what>(?:支持|资助|补助)?(?:方式|强度|额度|金额|标准|期限|周期|配套要求|配套比例)"
    r"(?:[、和及与](?:支持|资助|补助|实施)?(?:方式|强度|额度|金额|标准|期限|周期|配套要求|配套比例))*)"
    r"(?:均)?(?:(?:同|与)第?\s*方向\s*(?P<n>[\d一二三四五六七八九十]{1,2})(?:相同|一致)?"
    # 本方向资助额度、实施期限和配套要求参照第2项执行
    r"|(?:参照|按照?|同|与)第\s*(?P<item>[\d一二三四五六七八九十]{1,2})\s*(?:项|个方向|方向)"
    r"(?:执行|相同|一致)?)")
_SAME_AS_KEYS = (("方式", ("mode", "funding")), ("强度", ("funding",)), ("额度", ("funding",)),
                 ("金额", ("funding",)), ("标准", ("funding",)), ("期限", ("period",)),
                 ("周期", ("period",)), ("配套", ("funding", "requirements")))


def terms_as_another_direction(root: Node) -> None:
    """A direction whose terms are 同方向1 takes the fields it names from that sibling: its
    funding (and the mode said with it), its period — the rest stays its own."""
    for node in all_nodes(root):
        if node.children or node.parent is None:
            continue
        for line in node.stated:  # (in its text, or run on in its 研究内容)
            same = SAME_AS_DIRECTION.search(normalise(line)) \
                if "方向" in line or "参照" in line or "项" in line else None
            if same is None:
                continue
            said = same["n"] or same["item"]
            number = chinese_to_int(said) or (int(said) if said.isdigit() else 0)
            sibling = next((c for c in node.parent.children if c is not node and c.seq
                            and c.seq[-1] == number and not c.children), None)
            if sibling is None:
                continue
            keys = {key for word, named in _SAME_AS_KEYS if word in same["what"] for key in named}
            for key in sorted(keys):
                if sibling.fields.get(key) and not node.fields.get(key):
                    node.fields[key] = list(sibling.fields[key])


# --------------------------------------------------------------------------- leaves


FALLING_BACK: ContextVar[bool] = ContextVar("FALLING_BACK", default=False)
READ_BY: ContextVar[frozenset[Callable[..., Any]]] = ContextVar("READ_BY", default=frozenset())
FEW_LEAVES = 2  # a reading with fewer directions than this tries the last readings too
CELL_SPANS: ContextVar[dict[int, tuple[int, ...]] | None] = ContextVar("CELL_SPANS", default=None)


def parse_guideline(meta: GuidelineMeta, raw_lines: list[str], source_name: str, *,
                    listed_rows: frozenset[int] = frozenset(),
                    heading_depths: dict[int, int] | None = None,
                    cell_spans: dict[int, tuple[int, ...]] | None = None) -> Guideline:
    """The whole document: tree, then leaves with every stated field extracted — or, where
    that finds (almost) no directions, the best of the last readings (`fallbacks`).
    `listed_rows`: the lines of a Word row's listed directions (`SourceText.listed_rows`);
    `heading_depths`: the lines only a Word heading style makes headings, and their levels;
    `cell_spans`: the columns each cell of a Word row with cells merged across covers.

    A fault of the parser's own on one document refuses that document (logged with its
    traceback), so the other guidelines still load and the published version stays."""
    token = LISTED_ROWS.set(listed_rows)
    depths = HEADING_DEPTHS.set(heading_depths)
    spans = CELL_SPANS.set(cell_spans)
    apart = fx.MATCH_APART.set(any(fx.MATCH_NOT_COUNTED.search(raw) for raw in raw_lines
                                   if "配套" in raw))
    try:
        return _best_reading(meta, raw_lines, source_name)
    except Exception as exc:  # any bug: this document is refused, not the whole load
        log.exception("parser failed on %s", source_name)
        return Guideline(meta=meta, leaves=[], warnings=[ParseIssue(
            file=source_name, line=0, fatal=True, kind="parser_failed",
            args={"error": type(exc).__name__},
            reason=f"the parser failed on this document ({type(exc).__name__}); it was not "
                   "published and the previous version stays; please report it")])
    finally:
        LISTED_ROWS.reset(token)
        HEADING_DEPTHS.reset(depths)
        CELL_SPANS.reset(spans)
        fx.MATCH_APART.reset(apart)


def _best_reading(meta: GuidelineMeta, raw_lines: list[str], source_name: str) -> Guideline:
    guideline = _parse_guideline(meta, raw_lines, source_name)
    clean = fallbacks.clean_titles([leaf.title for leaf in guideline.leaves])
    if (len(guideline.leaves) >= FEW_LEAVES and clean == len(guideline.leaves)) \
            or FALLING_BACK.get():
        return guideline  # (directions found, none of them wrapped in a channel's marks)
    token = FALLING_BACK.set(True)
    try:
        for reading in fallbacks.READINGS:
            read = reading(raw_lines)
            if read is None:
                continue
            # (a literal's, a key's or an element's text is whole; a logged line may be cut)
            whole = WHOLE_LINES.set(reading not in (fallbacks.unprefixed, fallbacks.unsuffixed))
            try:
                parsed = _parse_guideline(meta, read[0], source_name)
            finally:
                WHOLE_LINES.reset(whole)
            found = columns.on_the_page(parsed, read[1])
            found_clean = fallbacks.clean_titles([leaf.title for leaf in found.leaves])
            if (found_clean, len(found.leaves)) > (clean, len(guideline.leaves)):
                guideline, clean = found, found_clean
    finally:
        FALLING_BACK.reset(token)
    return guideline


def _parse_guideline(meta: GuidelineMeta, raw_lines: list[str], source_name: str) -> Guideline:
    if any(ZERO_WIDTH.search(raw) for raw in raw_lines):
        # an OA system's invisible watermark (the copier's number in U+200B/C/D between
        # U+2060 marks), inside words, amounts and codes: no text of the guideline's
        raw_lines = [ZERO_WIDTH.sub("", raw) for raw in raw_lines]
    if any(numbers.RADICAL.search(raw) for raw in raw_lines):
        raw_lines = [numbers.as_ideographs(raw) for raw in raw_lines]  # (⾼新技术股: 高新技术股)
    if conversions.reworded(raw_lines) and not numbers.reading_reworded():
        fx.clear_caches()  # (a notice run through a translation and back: its words read anew)
        with numbers.wordings_read(True):
            try:
                return _parse_guideline(meta, raw_lines, source_name)
            finally:
                fx.clear_caches()
    raw_lines = conversions.as_delivered(raw_lines)
    used = READ_BY.get()
    read, reader = next(((found, reader) for reader in READERS if reader not in used
                         and (found := reader(raw_lines)) is not None), (None, None))
    if read is not None and reader is not None:
        # (each reader once: what one reads may be another's kind of text, never its own
        # again — a page whose columns read as columns would read so forever)
        whole, chain = WHOLE_LINES.set(reader in KEYED_READERS), READ_BY.set(used | {reader})
        try:
            guideline = _parse_guideline(meta, read[0], source_name)
        finally:
            WHOLE_LINES.reset(whole)
            READ_BY.reset(chain)
        return columns.on_the_page(guideline, read[1])
    raw_lines = bilingual.chinese_only(raw_lines)  # (a zone's notice in Chinese and English)
    simplified = traditional.as_simplified(raw_lines)  # a page copied in its 繁體 view
    lines = plans_as_rows(clean_lines(simplified or raw_lines))
    builder = TreeBuilder()
    root = builder.build(lines)
    first = builder.first_heading
    preamble = [ln.text for ln in lines if first is None or ln.number < first]
    plans_under_their_section(root)
    quoting_parts(root)
    infer_lost_plans(root, preamble)
    revisions_applied(root, lines)
    general_notes_fund_nothing(root)
    guideline_issued_among_work_done(root)
    quoted_in_an_account(root)
    call_table_among_other_matters(root)
    rules_read_as_headings(root)
    for plan in root.children:
        infer_leading_group(plan)
        infer_lost_group_titles(plan)
    join_terms_tables(root, lines)
    captioned_terms(root)
    rows_naming_headings(root)
    rows_told_by_number(root)
    rows_under_their_category(root)
    text_rows_naming_headings(root)
    terms_by_class_number(root)
    terms_items_naming_headings(root)
    terms_clauses_naming_plans(root)
    rules_naming_one_plan(root)
    terms_by_reference_to_plan(root)
    articles_naming_groups(root)
    clauses_naming_groups(root, preamble)
    plan_notes_sections(root)
    terms_boxes_naming_headings(root)
    terms_naming_children(root)
    terms_sections(root)
    tiers_by_stated_value(root)
    notes_naming_headings(root)
    rows_by_cell_value(root, lines)
    articles_naming_items(root)
    articles_given_common_terms(root)
    articles_stating_chapter_terms(root)
    article_items_named(root)
    terms_headings_naming_groups(root)
    item_ranges_naming_plans(root)
    rules_among_items(root)
    classes_naming_table_rows(root)
    standards_by_field(root)
    standards_with_exceptions(root)
    item_ranges_in_group_terms(root)
    other_bureaus_groups(root)
    terms_by_direction_number(root, builder.range_lines)
    bracketed_exceptions(root)
    articles_cited(root, lines)
    items_cited(root, lines)
    articles_ruled(root)
    exceptions_named(root)
    exceptions_by_plan_ordinal(root)
    exceptions_by_straight_number(root)
    adopt_announced_subdirections(root)
    negative_lists(root)
    offices_noted(root)
    offices_in_text(root)
    terms_by_office(root)
    offices_in_tables(root, lines)
    corrected_codes(root, lines)
    numbers_as_codes(root, lines)
    codes_listed_by_title(root)
    terms_as_another_direction(root)
    fields_same_as_above(root)
    marked_directions(root, lines)
    noted_marks(root, lines)
    parts_said_respectively(root)
    subdirections_said_respectively(root)
    announced_parts_said_respectively(root)
    directions_named_in_items(root, lines)
    nodes = [node for node in listed_twice(root, leaf_nodes(root)) if not suspended(node)]
    root.parts = attached_guidelines(lines)
    root.general = general_rules(root, nodes)
    for sentence in fx.sentences(fx.unwrap("\n".join(preamble))):
        # (第二条　除本通知第三条至第五条另有规定外，县科技计划项目采取…: a default for all)
        said = normalise(sentence)
        if PREAMBLE_MODE.search(said) or GENERAL_SCOPE.search(said) or GENERAL_LABEL.match(said):
            root.general.append(sentence)
            root.general_at.append(0)
    for section in root.children:  # 一、总体安排 ⏎ …。项目采取事前资助方式，实施期限一般为2年。
        if section.children or not OVERALL_SECTION.match(_bare_title(section.title or "")):
            continue
        for sentence in fx.sentences(fx.unwrap("\n".join(section.text))):
            clauses = re.split(r"[，,]", normalise(sentence))
            if OVERALL_TERMS.match(clauses[0]) and not any(
                    GROUP_SCOPE_TEXT.match(c) for c in clauses):
                root.general.append(sentence)
                root.general_at.append(section.line)
    root.office = root.office or office_for_all(root)
    table_rows_by_class(nodes, root)
    root.category_titles = frozenset(normalise(n.title) for n in all_nodes(root)
                                     if n.title and n.children) | root.kinds_named
    assign_kinds(nodes)
    leaves = [
        extract.leaf_from_node(meta, node, source_name, index)
        for index, node in enumerate(nodes, start=1)
    ]
    if simplified is not None:
        leaves = traditional.as_written(leaves, raw_lines, simplified)
    if not leaves and not TERMS_SECTIONS_FUND.get() and any(
            CLASS_TERMS_SECTION.match(re.sub(r"\s+", "", node.title or ""))
            for node in all_nodes(root)):
        # (三、支持类别及标准 ⏎ 1.创业领军人才 ⏎ 支持标准：…, and no direction anywhere else:
        # the categories are what is applied for)
        token = TERMS_SECTIONS_FUND.set(True)
        try:
            return _parse_guideline(meta, raw_lines, source_name)
        finally:
            TERMS_SECTIONS_FUND.reset(token)
    warnings = unknown_labels(nodes, source_name)
    warnings += damaged(root, nodes, source_name)
    if not leaves:
        warnings.append(ParseIssue(file=source_name, line=1, fatal=True, kind="no_structure",
                                   reason=(
            "no recognisable structure: no directions found (headings such as 方向N, 一、 or "
            "1. with fields such as 研究内容 or 资助金额 under them)")))
    return Guideline(meta=meta, leaves=leaves, warnings=warnings)


# Texts whose lines are not in reading order, or not lines of the guideline at all: a page
# printed in two columns; an e-reader's highlights, in the order they were made; a calendar's
# events, one a direction, in the outline their categories make; a sheet Excel saved as text,
# a row over several lines where its cells hold breaks; files joined by `tail`, in the shell's
# order; a 政策兑现 platform's 事项 cards; an OFD's XML; a translation file's entries, in the
# page's order; a database dump's tables. Each reader gives the lines as read and the physical
# line each came from (None: not its kind of text); a live stream's log, its pinned cards; a
# quiz show's script, its big screen's words.
READERS: tuple[Callable[[list[str]], tuple[list[str], list[int]] | None], ...] = (
    xps_glyphs.as_read,  # (before concatenated files: an XPS's pages joined by `tail` are its)
    columns.as_read, clippings.as_read, calendar_events.as_read, quoted_cells.as_read,
    concatenated.as_read, platform_cards.as_read, match_report.as_read, ofd_pages.as_read,
    gettext_po.as_read, sql_dump.as_read, yaml_seed.as_read, ini_nodes.as_read,
    dot_graph.as_read, rdf_graph.as_read,
    reference_records.as_read, project_tasks.as_read, dxf_text.as_read, node_records.as_read,
    psql_records.as_read, svg_poster.as_read, source_column.as_read, html_blocks.as_read,
    inline_tables.as_read, canvas.as_read, graph_export.as_read, docbook.as_read,
    spreadsheet_xml.as_read, mif.as_read, leo_outline.as_read, enriched_text.as_read,
    kafka_records.as_read, subtitle_script.as_read, task_backup.as_read, anki_notes.as_read,
    youdao_note.as_read, drawio_diagram.as_read, typst_source.as_read, uof_document.as_read,
    thread_posts.as_read, stream_cards.as_read, stream_cards.as_shown)
# readers of keyed data: each line they give is a value whole (no sentence the page width cut)
KEYED_READERS = (sql_dump.as_read, yaml_seed.as_read, ini_nodes.as_read, dot_graph.as_read,
                 rdf_graph.as_read, reference_records.as_read, project_tasks.as_read,
                 dxf_text.as_read, node_records.as_read, psql_records.as_read,
                 svg_poster.as_read, source_column.as_read, html_blocks.as_read, canvas.as_read,
                 graph_export.as_read, docbook.as_read, spreadsheet_xml.as_read, mif.as_read,
                 leo_outline.as_read, enriched_text.as_read, kafka_records.as_read,
                 youdao_note.as_read, drawio_diagram.as_read, typst_source.as_read,
                 uof_document.as_read, anki_notes.as_read)


# （1）铝合金一体化压铸结构件开发（FCZD2303-1） 研究大型…: a sub-direction's title and code
# opening a row's text cell
_ITEM_IN_CELL = re.compile(r"^\s*(?P<head>[(（]\d{1,2}[)）]\s*[^()（）。；;\s]{4,40}"
                           r"[(（][A-Za-z][A-Za-z0-9\-]{3,20}[)）])\s*(?P<more>\S.*)$")


# 要素汇总：支持方式：前资助｜资助额度：每项5～10万元｜实施期限：2年｜…: a plan's terms in one line
SUMMED_TERMS = re.compile(r"^(?:要素汇总|要素一览|支持要素|项目要素|主要要素|基本要素)\s*[:：]\s*"
                          r"(?P<parts>[^｜|]+[｜|].+)$")


# 研究内容：…。考核指标：…。申报要求：申报单位上年度研发费用不低于300万元。 in one 主要研究内容及
# 考核指标 cell: the terms a label inside it states (申报要求, 支持额度 …), each its own field
_CELL_TERM_LABEL = re.compile(r"(?<=[。；;])\s*(?P<name>[\u4e00-\u9fff]{2,8})[:：]")
_CELL_TERM_KEYS = frozenset({"requirements", "funding", "period", "quota", "mode"})


def cell_terms(label: Label) -> list[Label]:
    """A text cell's value parted where a known label of terms starts a sentence inside it."""
    if label.key not in ("content", "indicators"):
        return [label]
    starts = [found for found in _CELL_TERM_LABEL.finditer(label.rest)
              if FIELD_LABELS.get(found["name"]) in _CELL_TERM_KEYS]
    if not starts:
        return [label]
    parts = [replace(label, rest=label.rest[:starts[0].start()].strip())]
    for at, found in enumerate(starts):
        end = starts[at + 1].start() if at + 1 < len(starts) else len(label.rest)
        parts.append(replace(label, label=found["name"], key=FIELD_LABELS[found["name"]],
                             rest=label.rest[found.end():end].strip(), listed=True))
    return parts


GROUP_DEPTH = LEVELS["(一)"]  # the deepest heading a keyword style may nest under on first sight

# Labels that name who applies: their value is the applicant (申报主体：规模以上工业企业).
APPLICANT_LABEL = re.compile(
    r"^(?:申报|支持|资助|补助|扶持|奖补|奖励)(?:主体|对象|单位)$|^揭榜(?:主体|对象|单位|方|条件)$"
    r"|^牵头(?:要求|单位|单位要求)$|^申报(?:条件|单位要求)$"  # 申报条件：…的企业。
    # (牵头单位性质：企业（√）…; 申报企业资质：有效期内的高新技术企业)
    r"|^牵头(?:单位|主体)(?:性质|类型)$|^申报(?:企业|单位)(?:资质|资格)$"
    r"|^申报(?:单位|企业)条件$"  # (a table's 申报单位条件 | 在…落地运营满1年的企业。)
    # (an application system's 可选单位类型：企业 / 单位性质校验：仅限企业)
    r"|^(?:可选|可申报)?单位(?:类型|性质)(?:校验|核验)?$|^申报(?:主体|单位)(?:类型|性质)$"
    rf"|^(?:{ASKED_WHO})$")  # (a 明白纸's 补什么：…)

# 【花字】总则：项目单位自筹资金不少于财政资助额。: a rule labelled as every direction's
GENERAL_LABEL = re.compile(r"^\s*(?:总则|通则|共性要求|通用要求|通用条件|统一要求)\s*[:：]")


# 申报主体及条件 | 2025年首次入库的科技型中小企业: the applicant when its cell names one plainly
# (须为规上企业；自筹… under it states a condition, as a 申报条件 cell does)
APPLICANT_AND_TERMS = re.compile(r"^申报(?:主体|单位|对象)(?:及|和|与)(?:条件|要求|资格)$"
                                 r"|^申报要求$")  # (申报要求 | 2023年度首次认定的高新技术企业)


# A rule stated for the whole document, in its general sections (申报条件, 总则): says so
# (本指南各方向均须由企业牵头) or leaves room for the directions (另有规定的，从其规定).
# 三、通用条款 ⏎ 第1条　支持方式：前资助。…: clauses every direction takes unless it says otherwise
COMMON_TERMS = re.compile(r"^(?:通用|共性)(?:条款|标准)$")
GENERAL_SCOPE = re.compile(
    r"本指南(?:所有|全部|各|所列)|(?:所有|全部)(?:项目|方向)|各(?:方向|专题|专项|类项目|档次项目)均"
    r"|另有规定的?[,，]?(?:从|按|以)其?规定|另有规定外|另有规定的?除外"
    # 除各方向另有说明外，项目均采取…
    r"|除(?:各|本)?(?:方向|项目|类别|专项|计划|表中|表内)?另有(?:说明|规定|约定|标注|注明)外"
    # (■资助方式：除特别注明外，均采取事前资助方式…: a default the directions may change)
    r"|除(?:各方向)?(?:特别|特殊|单独)(?:注明|说明|规定|标注|约定)(?:的|者)?(?:以)?外"
    r"|除(?:事项|方向|项目)[里中内]另有(?:写明|说明|规定|注明)的?(?:以外|外)"  # (a 白话版's words)
    r"|项目均(?:采取|采用|实行|按)"
    # 表1、表2所列方向均采取前资助方式: every direction its tables list
    rf"|{extract.TABLE_SCOPE.pattern}(?:各)?(?:方向|项目|榜单)均"
    # 各方向拟支持项目数在方向说明中注明；未注明的，原则上支持1项: a default for all
    r"|未(?:注明|列明|明确|说明|标明)的[,，]\s*(?:原则上|一般)"
    # 二、除揭榜挂帅项目外，项目实施期限一般为2年: for all but the kind it names
    r"|^\s*(?:[一二三四五六七八九十\d]{1,3}\s*[、.]\s*)?除[^，,。；;]{2,16}?(?:项目|方向|专题|事项|类)"
    r"(?:以)?外[,，]"
    # 课题是申报…的基本单元，…每个课题择优支持1项: a count for each of them
    r"|(?:每个|各)(?:攻关方向|子方向|子课题|课题)(?:原则上|择优)?(?:拟)?支持\s*\d+\s*项")


# (每项榜单原则上只确定1家揭榜单位: a 揭榜 notice's count, its winners)
EACH_SCOPE = re.compile(r"(?:每个|各|每项)(?:攻关方向|方向|子方向|榜单)(?:原则上)?(?:只|仅)?(?:拟)?"
                        r"(?:支持|确定|遴选)\s*\d")
TERMS_TITLE = re.compile(r"(?:支持|资助|补助)(?:方式|标准|强度)|资金安排"
                         r"|(?:通用|共性)(?:条款|标准)")


# A section of the conditions every applicant meets, and the rules in it a leaf can carry: who
# leads, the R&D floor, self-funding, what the applicant must hold.
CONDITIONS = re.compile(
    r"^(?:[一二三四五六七八九十\d]+[、.．])?"
    # (五、下一步工作要求 ⏎ （一）重申申报条件: a call's rules said again)
    r"(?:重申|再次明确|进一步明确)?"
    r"(?:通用|共性|共同|一般)?"
    r"(?:申报|揭榜|基本|申报基本|项目申报|申报单位(?:基本)?|申报总体|总体)(?:条件|要求)$"
    r"|^(?:发榜|揭榜|申报)说明$"
    # 二、发榜方与揭榜方: a 揭榜 list's rules for every 榜单's applicants
    r"|^(?:发榜方(?:与|和|及))?揭榜方$"
    r"|^(?:[一二三四五六七八九十\d]+[、.．])?申报(?:主体|对象|单位)(?:及|和|与)(?:条件|要求)$"
    # 二、通用要求（适用于本批次全部榜单，…）: what every 榜单 is held to
    r"|^(?:[一二三四五六七八九十\d]+[、.．])?(?:通用|共性|共同)(?:条件|要求|规定|条款)(?:[(（].*[)）])?$")
CONDITION_RULE = re.compile(
    r"牵头|研发(?:投入|费用|经费)|自筹|配套|须为|应为|须具有|须已|均可(?:申报|揭榜)"
    r"|揭榜(?:方|单位|主体)(?:可为|可以是)"  # (揭榜方可以是…高校、科研院所、企业…)
    r"|(?:申报|牵头)(?:主体|单位)(?:类型|性质)?不限"  # 申报社会发展科技计划的，申报主体不限
    r"|每个榜单[^。；;]{0,10}?确定"  # 每个榜单只确定1家揭榜单位
    r"|^[^。；;，,]{1,12}?项目由[\u4e00-\u9fff]{2,24}?归口管理"  # A类项目由…股归口管理
    # 本年度计划项目实施期限原则上为2年: every project's period
    r"|项目(?:的)?(?:实施|执行)(?:期限|周期|年限)(?:原则上|一般|均)?(?:为|不超过)")


def _by_category(items: list[str]) -> list[str]:
    """各类项目支持规则：科技重大专项须…；重点研发项目…均可牵头…；研发后补助项目…: an item
    whose clauses each open with a kind of project is one rule per kind, each scoped by it."""
    result = []
    for item in items:
        clauses = [c for c in re.split(r"(?<=[；;])", re.sub(r"^[^：:]{0,12}[：:]", "", item))
                   if c.strip()]
        kinds = [extract.NAMED_SCOPE.match(normalise(c).strip())
                 or extract.CLASS_SCOPE.match(normalise(c).strip()) for c in clauses]
        if len(clauses) >= 2 and all(kinds):
            result += [c.strip() for c in clauses]
        else:
            result.append(item)
    return result


# 1．围绕…，支持开展… / （2）… / 3、…: a numbered paragraph
_NUMBERED_ITEM = re.compile(
    r"^\s*(?:[(（]\s*(?P<a>\d{1,2})\s*[)）]|(?P<b>\d{1,2})\s*[.．、](?!\d))")
MIN_NAMED_ROWS = 2


def directions_named_in_items(root: Node, lines: list[Line]) -> None:
    """1．围绕兰炭产业延链补链，支持开展兰炭尾气制氢及高值化利用技术研究，拟支持1项，… — a
    numbered paragraph naming inside its sentence a direction a summary table lists by title
    (the 附件 汇总表 of a notice written as a letter): the paragraph is that direction, titled
    as the table names it, the sentence its text (the row its summary, `listed_twice`)."""
    rows = {re.sub(r"\s", "", normalise(n.title)): n for n in all_nodes(root)
            if n.style == "table" and not n.children and n.title and len(n.title) >= 4}
    for node in all_nodes(root):
        if node.style != "table" and node.title:
            rows.pop(re.sub(r"\s", "", normalise(node.title)), None)  # (a heading says it)
    if len(rows) < MIN_NAMED_ROWS:
        return
    by_text = {normalise(line.text).strip(): line for line in lines}
    for holder in [n for n in all_nodes(root) if n.style != "table" and n.text]:
        for text in list(holder.text):
            norm = normalise(text).strip()
            item = _NUMBERED_ITEM.match(norm)
            said = re.sub(r"\s", "", norm)
            title = next((t for t in rows if t in said), None) if item else None
            line = by_text.get(norm)
            if item is None or title is None or line is None:
                continue
            number = item["a"] or item["b"]
            child = holder.add(Node("direction", line.number, rows.pop(title).title or title,
                                    number, style="named-item", level=holder.level + 0.1,
                                    seq=(int(number),), heading_text=text))
            child.text.append(text[item.end():].strip())
            holder.text.remove(text)


# 原：支持额度不超过30万元/项，拟支持2项。 ⏎ 现：支持额度不超过50万元/项，拟支持1项。
_WAS = re.compile(r"^\s*(?:原|原为|原文|原内容)\s*[:：]\s*(?P<said>\S.*)$")
_NOW = re.compile(r"^\s*(?:现|现为|调整为|修改为|更正为|现调整为)\s*[:：]\s*(?P<said>\S.*)$")
# “（五）不锈钢制品…技术”方向（指南代码：LD26-CY05）…本年度市级不再受理: a direction withdrawn
# (…”暂不设立，本年度不受理申报 too)
_WITHDRAWN = re.compile(r"(?:不再受理|停止受理|暂停受理|予以撤销|撤销该方向|取消该方向|不再设立"
                        r"|暂不设立|(?:本年度|今年)(?:暂)?不受理)")
_QUOTED = re.compile(r"[“\"「](?P<said>[^”\"」]{2,60})[”\"」]")
_THAT_DIRECTION_CHANGED = re.compile(r"将(?:该|此|这一?)方向"
                                     r"(?P<change>[^。；;，,]*?(?:调整|修改|变更)为[^。；;，,]+)")
_VALUE = r"(?P<value>\d+(?:\.\d+)?\s*(?P<unit>万元|年|个月|项))"
_WITHDRAWN_NAMED = re.compile(r"(?:不再设立|暂不设立)(?P<said>[^，,。；;“”\"]{4,40}?)(?:方向|事项)")
_CODE_BRACKETED = re.compile(r"[(（](?P<code>[A-Za-z]{1,6}[0-9A-Za-z\-]*\d{2}[0-9A-Za-z\-]*)[)）]")
# 的实施期限，由2年调整为3年: the term a change names, set apart before it
_TERM_FIRST = re.compile(r"^的?(?P<term>[\u4e00-\u9fff]{2,8})[，,]\s*(?=由)")
_CODED_CHANGE = re.compile(
    r"[(（](?P<code>[A-Za-z][A-Za-z0-9\-]{3,20})[)）](?P<change>[^。；;]*?(?:(?:调整|修改|变更|更正)为"
    r"|增加(?:申报)?要求|补充(?:申报)?要求)[^。；;]*)")

# 补充通知：…第1项“新型节能玻璃深加工关键技术研发”支持额度由20万元调整为30万元: a later notice
# changing a direction named by its quoted title, value by value
# (农业科技项目方向3（林下黄精仿野生栽培技术）资助额度由每项10万元调整为每项8万元: named by its
# number and its title in brackets after it)
# (1-3-2方向按多数意见修改：资助上限由审议稿的“每项不超过30万元”调整为“每项不超过35万元”: a
# meeting's decision naming a table's row by its number)
_TITLED_CHANGE = re.compile(
    r"(?:[“\"「](?P<title>[^”\"」]{4,60})[”\"」]|(?<=方向)\d{1,2}[(（](?P<bracketed>[^()（）]{4,60})[)）]"
    r"|(?<![\d\-.．])(?P<numbered>\d{1,2}(?:-\d{1,2}){1,3})(?![\d\-]))"
    r"(?:方向|项目|榜单)?(?P<change>[^。；;“”\"]{0,16}"
    r"由[^。；;，,由]{1,30}?(?:调整|修改|变更|更正)(?:为|至|到)[^。；;]*)")


def revisions_applied(root: Node, lines: list[Line]) -> None:
    """A 补充通知 ahead of the guideline it revises: an item naming a direction (by its code or
    its quoted title) or a heading (“二、农业与社会发展项目”的配套要求) with 原：… ⏎ 现：… lines
    rewrites that text where it stands (or, not found verbatim, tells the direction its new
    terms); a direction said to be withdrawn (不再受理) funds nothing. The items are no
    directions themselves."""
    nodes = [n for n in all_nodes(root) if n.title]
    for item in nodes:
        pairs = [(before["said"], after["said"])
                 for line, following in itertools.pairwise(item.text)
                 if (before := _WAS.match(line)) and (after := _NOW.match(following))]
        if not pairs:
            continue
        target = _revised(item, nodes)
        if target is None:
            continue
        item.non_funding = True
        for old_said, new_said in pairs:
            if not _rewritten(target, old_said, new_said):
                (target.excepted if not target.children else target.text).append(new_said)
    # 一、重点研发项目…第3方向“…” ⏎ （XS23-NS03）实施期限由2年调整为18个月。: a later notice
    # changing a direction by its code — the change is the direction's own, no direction itself
    paragraphs = _placed_paragraphs(lines)
    for span, paragraph in paragraphs:
        for change in [*_CODED_CHANGE.finditer(paragraph), *_TITLED_CHANGE.finditer(paragraph)]:
            named = [n for n in nodes if not n.children and (
                n.code and normalise(n.code) == change["code"] if "code" in change.re.groupindex
                else n.number == change["numbered"] if change["numbered"]
                else n.title and _bare_title(n.title)
                == _bare_title(change["title"] or change["bracketed"]))]
            # (the item that says it, read as a heading of that code too, is none of them; the
            # direction it quotes whole — “3）高强高导…（DF2023-ZD03）”资助额度由… — is its target)
            items = [n for n in named if n.line in span]
            targets = [n for n in named if n not in items]
            if len(targets) != 1 or change.start() == 0:
                continue
            # (由每项50～100万元调整为每项100～150万元，拟支持数由2项调整为1项: where the
            # direction states each old value, its text now states the new one, as its own)
            # (的实施期限，由2年调整为3年: the term it names, then the change — one clause)
            changed = _TERM_FIRST.sub(r"\g<term>", change["change"])
            told = list(_CHANGE_PAIR.finditer(changed))
            # (由2年调整为18个月 where the direction does not say 2年: a term it now has, said
            # as a note on it, clause by clause)
            # (由“不超过80万元”调整为“不超过100万元”: each value quoted as the guideline words it)
            # (由审议稿的“每项不超过30万元”调整为…: the words quoted, what the text it names said)
            unsaid = [said for said in told
                      if not _refolded(targets[0], _quoted_words(said["was"]),
                                       _quoted_words(said["now"]))]
            for rule in ([changed] if not told else [
                    fx.clause_around(changed, said) for said in unsaid]):
                said = fx.CHANGED_FROM.sub("为", rule).strip("，,。 ")
                targets[0].excepted.append(said + "。")
            for item in items:  # (what it says is delivered: no rule for every direction)
                item.non_funding = True
                if item.parent is not None and item in item.parent.children:
                    item.parent.children.remove(item)
            # (一、通报科技计划申报进展 ⏎ …补充通知： ⏎ …方向3（…）资助额度由…调整为…: the
            # change, delivered, is no text of the meeting's item that reports it)
            said = change.group(0)
            for holder in nodes:
                if holder is not targets[0]:
                    holder.text = [line for line in holder.text if said not in normalise(line)]
    for span, paragraph in paragraphs:
        # (…技术方向单项资助上限40万元，…建议调整为30万元。市科学技术局已采纳，在申报指南中将该
        # 方向每项资助最高额度调整为30万元: a review's point adopted, the direction it names
        # by title earlier in the paragraph taking the change)
        for change in _THAT_DIRECTION_CHANGED.finditer(paragraph):
            said_before = re.sub(r"\s", "", paragraph[:change.start()])
            named = [n for n in nodes if not n.children and n.title and n.line not in span
                     and _bare_title(n.title) + "方向" in said_before]
            if len(named) != 1:
                continue
            # (the value the review quoted after the title, where the direction states it:
            # rewritten there; else the change is a note on it)
            was = re.search(re.escape(_bare_title(named[0].title or "")) + "方向[^。；;]*?"
                            + _VALUE, said_before)
            now = re.search(_VALUE, change["change"])
            if was is None or now is None or was["unit"] != now["unit"] \
                    or not _refolded(named[0], was["value"], now["value"]):
                named[0].excepted.append(re.sub(r"(?:调整|修改|变更)为", "为", change["change"])
                                         + "。")
    errata_applied(root, nodes)
    _added_directions_placed(root, nodes)
    for span, paragraph in paragraphs:
        # (二、取消支持方向。“…技术 ⏎ 研究（JL2022-NY03）”方向…不再受理: an item of the notice
        # read as no heading, its code on the line its sentence goes on to)
        if not _WITHDRAWN.search(paragraph):
            continue
        for code in (m["code"] for m in _CODE_BRACKETED.finditer(paragraph)):
            coded = [n for n in nodes if n.code and normalise(n.code) == code
                     and n.line not in span and not n.children]
            if len(coded) == 1:
                coded[0].non_funding = True
        # (四、《指南》第四部分第9个方向“科技成果转化中试基地建设”暂不设立: by its quoted title,
        # the clause that quotes it the one withdrawing it)
        for clause in re.split(r"[。；;]", paragraph):
            if not _WITHDRAWN.search(clause):
                continue
            # (…已采纳，2024年度申报指南不再设立科技型中小企业贷款贴息方向: named unquoted)
            for said in [*_QUOTED.findall(clause), *_WITHDRAWN_NAMED.findall(clause)]:
                titled = [n for n in nodes if n.title and not n.children and n.line not in span
                          and _bare_title(n.title) == _bare_title(said)]
                if len(titled) == 1:
                    titled[0].non_funding = True
    for node in nodes:
        # (its sentences whole: …（LA2025SF02）”方向…不再 ⏎ 受理… cut at a page's width)
        for line in fx.unwrap("\n".join(node.text)).split("\n"):
            if not _WITHDRAWN.search(line):
                continue
            codes = [m["code"] or m["kept"] or m["said"]
                     for m in extract.CODE_IN_TEXT.finditer(normalise(line))] + [
                m["code"] for m in _CODE_BRACKETED.finditer(normalise(line))]  # （LA2025SF02）
            # (二、取消一个方向。…“3）…（DF2023-SF01）”…不再受理: the code the item took as its own)
            for code in codes or ([normalise(node.code)] if node.code else []):
                withdrawn = next((n for n in nodes if n.code and normalise(n.code) == code
                                  and n is not node), None)
                if withdrawn is not None and not withdrawn.children:
                    withdrawn.non_funding = True  # (the heading that says so funds nothing)
                    node.non_funding = True


# 在《指南》“（一）重点研究与开发计划”中新增以下方向： the plan a 补充通知's new directions join
_ADDED_TO = re.compile(r"[“\"「](?P<said>[^”\"」]{2,40})[”\"」][^。；;]{0,6}?(?:中|内|下)?"
                       r"(?:新增|增设|增加)(?:以下|如下)?(?:\d+个)?(?:支持)?(?:方向|项目|榜单)")


def _added_directions_placed(root: Node, nodes: list[Node]) -> None:
    """一、新增支持方向 ⏎ 在《指南》“（一）重点研究与开发计划”中新增以下方向： ⏎ 5．…: a later
    notice's new directions join the plan it names, whose terms they take like its own."""
    for node in nodes:
        said = next((m["said"] for line in node.text
                     if (m := _ADDED_TO.search(normalise(line))) is not None), None)
        if said is None or not node.children:
            continue
        title = re.sub(r"\s", "", _QUOTED_NUMBER.sub("", normalise(said)))
        plan = next((n for n in nodes if n is not node and n.children and n.title
                     and re.sub(r"\s", "", normalise(n.title)) == title), None)
        if plan is None:
            continue
        for child in node.children:
            plan.add(child)
        node.children = []
        node.non_funding = True


# 正文该方向“资助额度：最高30万元”有误，应为“最高20万元”: an erratum, in an answer or a note
_ERRATUM = re.compile(r"[“\"「](?P<was>[^”\"」]{2,40})[”\"」]\s*(?:有误|错误|系笔误|表述有误)[，,]?"
                      r"\s*(?:应为|更正为|应改为|现更正为)\s*[“\"「](?P<now>[^”\"」]{1,40})[”\"」]")


_QUOTED_NUMBER = re.compile(r"^\s*(?:[(（]?(?:[一二三四五六七八九十]{1,3}|\d{1,3}|[a-h])[)）]"
                            r"|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))\s*")


def errata_applied(root: Node, nodes: list[Node]) -> None:
    """An erratum (“…最高30万元”有误，应为“最高20万元”) about a direction quoted by its title in
    the same sentence or the question just above it (Q4：…“西江特色水产…”资助多少？): the
    direction's text says the corrected value; the erratum names no direction itself."""
    for node in all_nodes(root):
        for at, line in enumerate(node.text):
            erratum = _ERRATUM.search(normalise(line)) if "误" in line else None
            if erratum is None:
                continue
            named = [*_QUOTED.findall(normalise(line)[:erratum.start()]),
                     *(_QUOTED.findall(normalise(node.text[at - 1])) if at else [])]
            # (“4）煤矿采空区…”: quoted with its number)
            target = next((n for said in named for n in nodes if not n.children
                           and n.title and _bare_title(n.title)
                           == _bare_title(_QUOTED_NUMBER.sub("", said))), None)
            if target is None:
                continue
            was, now = erratum["was"], erratum["now"]
            if target.code and normalise(target.code) == was.strip():
                target.code = now.strip()  # 方向代码“DF2023-SF01”有误，更正为“DF2023-SF02”
                continue
            if not _rewritten(target, was, now) and re.search(r"[:：]", was):
                _rewritten(target, re.split(r"[:：]", was, maxsplit=1)[1],
                           re.split(r"[:：]", now, maxsplit=1)[-1])


def _revised(item: Node, nodes: list[Node]) -> Node | None:
    """What a revision item names: the direction its code names, else the heading its last
    quoted title (without its number) is."""
    if item.code:
        found = next((n for n in nodes if n is not item and n.code
                      and normalise(n.code) == normalise(item.code)), None)
        if found is not None:
            return found
    quoted = _QUOTED.findall(item.heading_text)
    for said in reversed(quoted):
        bare = _bare_title(re.sub(r"^\s*[(（][一二三四五六七八九十\d]{1,3}[)）]", "", said))
        found = next((n for n in nodes if n is not item and _bare_title(n.title or "") == bare),
                     None)
        if found is not None:
            return found
    return None


_CHANGE_PAIR = re.compile(r"由(?P<was>[^。；;，,由]{1,30}?)(?:调整|修改|变更|更正)(?:为|至|到)"
                          r"(?P<now>[^。；;，,]{1,30})")


def _quoted_words(said: str) -> str:
    """The words a change quotes (审议稿的“每项不超过30万元”: 每项不超过30万元), else all it
    says."""
    quoted = _QUOTED.search(said)
    return quoted["said"] if quoted else said.strip("“”\"「」")


def _refolded(target: Node, was: str, now: str) -> bool:
    """`was` replaced by `now` in the target's lines that say it (compared folded: the notice
    writes 50万元～100万元 as the guideline did, or in other widths)."""
    done = False
    for lines in [target.text, *target.fields.values()]:
        for index, line in enumerate(lines):
            folded = normalise(line)
            if was in folded:
                lines[index] = folded.replace(was, now)
                done = True
    return done


def _rewritten(target: Node, was: str, now: str) -> bool:
    """`was` replaced by `now` wherever the target (or a heading under it) says it verbatim."""
    done = False
    for node in [target, *all_nodes(target)]:
        for lines in [node.text, *node.fields.values()]:
            for index, line in enumerate(lines):
                for old, new in ((was, now), (was.rstrip("。；;"), now.rstrip("。；;"))):
                    if old and old in line:
                        lines[index] = line.replace(old, new)
                        done = True
                        break
    return done


def listed_twice(root: Node, nodes: list[Node]) -> list[Node]:
    """表1 一览表 rows before the directions they sum up (same code or title), in the general
    section that refers to it or among the directions: the direction is the leaf, the row's
    cells are its terms from a table (a row whose direction is withdrawn goes with it)."""
    headed = [n for n in all_nodes(root) if n.style != "table" and n.title
              and not n.children and not n.non_funding]
    by_code = {n.code: n for n in headed if n.code}
    by_title = {normalise(n.title): n for n in headed if n.title}
    leaves = {id(n) for n in nodes}
    rows = [n for n in all_nodes(root) if n.style == "table" and not n.children]
    twins = [(row, twin) for row in rows
             if (twin := (by_code.get(row.code) if row.code else None)
                 or by_title.get(normalise(row.title or ""))) is not None and twin is not row]
    if twins and any(id(row) in leaves for row in rows if all(row is not r for r, _ in twins)):
        # 以下列出部分方向的主要研究内容: the table lists every direction, the text only some —
        # the rows are the directions, each written out one adding its text to its row
        for row, twin in twins:
            for key, lines in twin.fields.items():
                row.fields.setdefault(key, []).extend(lines)
            row.text.extend(twin.text)
            row.noted.extend(twin.noted)
            row.code = row.code or twin.code
            if twin.parent is not None:
                twin.parent.children.remove(twin)
            leaves.discard(id(twin))
        return [node for node in nodes if id(node) in leaves]
    for node, twin in twins:
        for key, lines in node.fields.items():  # the row's 支持额度, 拟支持数 …
            if not key.startswith(OTHER):
                twin.row_fields.setdefault(key, []).extend(lines)

        if twin.code is None and node.code:
            twin.code = node.code  # the code only the table gives
        if node.parent is not None:
            node.parent.children.remove(node)
        leaves.discard(id(node))
    return [node for node in nodes if id(node) in leaves]


# the preamble's 市重点研发计划项目采取前资助方式。: how every project of the document is funded
# 一、总体安排 / 总体要求 / 基本要求: a section before the directions whose terms sentence
# (项目采取事前资助方式，实施期限一般为2年) is every direction's default
OVERALL_SECTION = re.compile(r"^(?:总体|基本|一般|有关)(?:安排|要求|规定|说明)$")
OVERALL_TERMS = re.compile(r"^(?:本年度|本批|本计划|本专项)?(?:项目|各项目|所有项目)"
                           r"(?:均|统一|一律)?(?:采取|采用|实行)[^。；;，,]{0,12}?方式")
PREAMBLE_MODE = re.compile(
    r"(?:计划|专项)(?:项目)?(?:均|统一|一律)?(?:采取|采用|实行)[^。；;，,]{0,8}?方式[。；;]?$")
REFERS_ON = re.compile(r"见(?:附)?表|详见|见附件")
TERM_ITEM = re.compile(
    r"^(?:申报主体|牵头(?:单位|要求)|经费配套|配套(?:要求|比例)|资金拨付|拨付方式)$"
    # （五）各专题归口管理股室：…
    r"|^(?:各[\u4e00-\u9fff]{1,4}?)?归口(?:管理)?(?:科室|股室|处室|部门)$"
    # 揭榜主体, 揭榜数量, 攻关期限, 自筹要求, 榜单金额: a 揭榜挂帅 notice's terms by name
    r"|^(?:揭榜|承担)(?:主体|单位|数量|要求)$|^(?:攻关|研发|项目)(?:期限|周期)$"
    r"|^自筹(?:要求|比例|资金)$|^(?:榜单|资助|支持)(?:金额|额度)$|^(?:支持|立项|资助)数量$"
    r"|^(?:财政|资金)(?:支持|资助|补助)$|^(?:发榜|揭榜|支持|资助)方式$")


# 说明：1.无偿资助项目…；2.贷款贴息项目…；3.除另有说明外，…: items numbered on one line
_INLINE_ITEM = re.compile(r"(?<=[；;。])\s*(?=(?:\d{1,2}\s*[.．、]|[(（]\d{1,2}[)）])\s*\D)")


def _split_at_inline_items(item: str) -> list[str]:
    """An item whose numbered points run on in one line (1.…；2.…；3.…), each point a rule of
    its own — numbered on from 1, so that 10.5万元 or a clause's own number is no point."""
    said = re.sub(r"^\s*(?:说明|注)\s*[:：]\s*", "", normalise(item))
    if not re.match(r"(?:1\s*[.．、]|[(（]1[)）])\s*\D", said):
        return [item]
    parts = _INLINE_ITEM.split(said)
    numbers = [re.match(r"[(（]?(\d{1,2})", part) for part in parts]
    if len(parts) < 2 or [int(n[1]) if n else 0 for n in numbers] != list(range(1, len(parts) + 1)):
        return [item]
    return parts


def _split_at_classes(item: str) -> list[str]:
    """二、支持方式。A类、B类项目均采取前资助方式…。C类项目采取后补助方式…: an item whose later
    sentence opens with other letter classes than its first — each class's sentences a rule of
    their own (the item stays whole where no other class opens a sentence)."""
    sentences = fx.sentences(item)
    opened = [extract.CLASS_SCOPE.match(_ARTICLE_LEAD.sub("", s.strip())) for s in sentences]
    first = next((m["letters"] for m in opened if m is not None), None)
    if first is None or not any(m is not None and m["letters"] != first for m in opened):
        return [item]
    parts: list[str] = []
    for sentence, scope in zip(sentences, opened, strict=True):
        if scope is not None or not parts:
            parts.append(sentence)
        else:
            parts[-1] += sentence
    return parts


def _bare_title(title: str) -> str:
    # (“1.2 生猪智能化养殖装备研发”方向: a title quoted with its decimal number)
    return re.sub(r"^(?:\d{1,2}(?:\.\d{1,2})+\s+|[一二三四五六七八九十\d]+[、.．])|\s+", "",
                  normalise(title))


# 关于2025年度…申报指南的补充通知: a later notice revising the guideline above it
# (关于增设2025年度县科技计划脐橙产业链补充方向的通知: a later notice adding a plan)
LATER_NOTICE = re.compile(r"^关于(?:.{4,60}?的(?:补充|更正|调整|变更)"
                          r"|(?:增设|新增|增加|追加)\d{0,4}.{2,60}?(?:方向|专项|项目|计划)的)"
                          r"(?:通知|公告|说明)$")
ATTACHMENT_MARK = re.compile(r"^附件\s*[\d一二三四五六七八九十]{1,2}(?:\s*-\s*\d{1,2})?\s*[:：]?$")


def attached_guidelines(lines: list[Line]) -> list[int]:
    """Where each guideline starts when a notice attaches two or more (附件1 ⏎ …申报指南,
    附件2 ⏎ …申报指南): the rules a guideline states for all its directions bind only its own."""
    starts = [line.number for line, after in itertools.pairwise(lines)
              if ATTACHMENT_MARK.match(line.norm.strip()) and "指南" in after.text
              and len(after.text.strip()) <= 60]
    return starts if len(starts) >= 2 else []


# （二）申报主体须为…科技型中小企业: an item of 总则 saying who may apply
APPLICANT_ITEM = re.compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.]\s*)?"
                            r"(?:申报主体|申报单位|申报企业)")


def general_notes(node: Node) -> bool:
    """三、特别说明 ⏎ 1．除各方向另有规定外，… ⏎ 3．…均可牵头申报: notes said for every direction
    (not 4．方向8实施期限为2年 alone — a 特别说明 naming directions one by one)."""
    return bool(node.title) and _bare_title(node.title or "") == "特别说明" \
        and any(GENERAL_SCOPE.search(normalise(text)) for text in node.text)


# 1.本专项申报主体须为企业。 / 2.本计划采取后补助方式。: a rule of the plan, numbered like a
# heading (a title never ends with a full stop)
SCOPED_RULE = re.compile(r"^本(?:专项|计划|类|领域|专题|批次?|板块)(?:项目)?[^。；;]{0,40}?"
                         r"(?:须|应当?(?!用)|不得|采取|采用|实行|给予|不超过|不低于)[^。；;]*。$")


def rules_read_as_headings(root: Node) -> None:
    """注： ⏎ 1.本专项申报主体须为企业。 ⏎ 2.本专项采取后补助方式。 after a plan's table: numbered
    sentences of the plan's rules, short enough to be read as headings, are its text."""
    for node in list(all_nodes(root)):
        parent = node.parent
        if parent is None or parent is root or node.children or node.fields or node.text \
                or node.code or node.style not in LIST_STYLES:
            continue
        said = _LIST_ITEM.sub("", normalise(node.heading_text)).strip()
        if SCOPED_RULE.match(said):
            parent.text.append(_LIST_ITEM.sub("", node.heading_text).strip())
            parent.children.remove(node)


def general_notes_fund_nothing(root: Node) -> None:
    """A 特别说明 of notes for every direction gives rules, no direction (one naming directions
    one by one stays where the provisions read it)."""
    for node in all_nodes(root):
        if not node.children and general_notes(node):
            node.non_funding = True
    interpretation_after(root)


# （一）印发2024年度区级科技计划项目申报指南: a work item saying the guideline was issued
# (（二）组织实施2025年度县级科技计划: a work plan's item telling the year's call)
ISSUED_GUIDELINE = re.compile(r"^(?:(?:印发|发布|出台|制定|编制并印发|正式印发)[^。；;，,]{0,30}?"
                              r"(?:申报)?指南"
                              r"|(?:组织实施|组织申报|启动)\d{4}年度?[^。；;，,]{0,16}?科技计划(?:项目)?)$")


def issued_guideline(node: Node) -> bool:
    """Whether the heading tells the year's guideline issued or its call organised."""
    return ISSUED_GUIDELINE.match(re.sub(r"\s", "", normalise(node.title or ""))) is not None


def guideline_issued_among_work_done(root: Node) -> None:
    """一、本周重点工作完成情况 ⏎ （一）印发2024年度区级科技计划项目申报指南 ⏎ 1．重点研发项目 ⏎
    本类项目… ⏎ （1）…: a work report's section of work done funds nothing, but its item
    telling the guideline issued summarises that guideline — its classes and directions are
    the call's, read as any guideline's are."""
    for node in all_nodes(root):
        if node.non_funding and node.parent is not None and node.parent.non_funding \
                and node.children and issued_guideline(node):
            for below in all_nodes(node):
                below.non_funding = False


def quoted_in_an_account(root: Node) -> None:
    """一、基本情况 ⏎ （二）申报指南设定情况 ⏎ …逐项摘录如下： ⏎ （一）重点研发项目 ⏎ … ⏎ （五）…: a
    report's account of the guideline, inside a part of its own that funds nothing, quoting the
    guideline's classes numbered again from （一） — those classes are the account's, and the
    call's, read as any guideline's are."""
    for parent in all_nodes(root):
        for at, node in enumerate(parent.children):
            if not (node.section and node.non_funding and node.seq and not node.children
                    and node.text and node.text[-1].rstrip().endswith(("：", ":"))
                    and CONTAINER.match(normalise(node.title or "")) is not None):
                continue
            quoted = _numbered_again(node, parent.children[at + 1:])
            if len(quoted) < 2:
                continue
            for sibling in quoted:
                parent.children.remove(sibling)
                node.add(sibling)
            for below in [node, *all_nodes(node), *node.ancestors()]:
                below.non_funding = False  # (the parts above it: the way down to them)
            break


def call_table_among_other_matters(root: Node) -> None:
    """五、其他事项 ⏎ （一）县科技局科技计划项目申报 ⏎ 表5　指南相关方向摘录 ⏎ its coded rows under
    the plans' rows: a record's own 其他事项 (a guideline's funds nothing) holding the call's
    table — its rows are the call's directions."""
    for node in all_nodes(root):
        if not (node.non_funding and _OTHER_MATTERS.match(_bare_title(node.title or ""))):
            continue
        rows = [below for below in all_nodes(node) if below.style == "table" and below.code]
        if len(rows) < MIN_CODED_IN_PART:
            continue
        for row in rows:
            for above in [row, *row.ancestors()]:  # (the way down to it too)
                above.non_funding = False


_OTHER_MATTERS = re.compile(r"^(?:其他|其它)事项$")


# 《…申报指南》政策解读 / 【政策解读】 printed after the guideline (a 政府公报 page, a portal)
INTERPRETATION = re.compile(r"(?:政策|指南)?解读$|^[【\[]政策解读[】\]]$")


def interpretation_after(root: Node) -> None:
    """A policy interpretation printed after the guideline restates it, its items numbered
    一、 again (一、出台背景 ⏎ 二、主要内容。…最高50万元): none of them, nor what follows it, is a
    direction."""
    seen_funding = False
    after = False
    for node in root.children:
        if not after and seen_funding and node.title \
                and INTERPRETATION.search(re.sub(r"\s", "", normalise(node.title))):
            after = True
        if after:
            for below in all_nodes(node):
                below.non_funding = True
        # (第一课　工会工作室怎么对接… before 第二课　…申报指南解读: a talk that holds no
        # direction is no guideline the interpretation comes after)
        seen_funding = seen_funding or (not node.non_funding and any(
            n.code or n.kind in ("direction", "sub") for n in all_nodes(node)))


def general_rules(root: Node, leaves: list[Node]) -> list[str]:
    """Sentences of the sections outside the directions (申报条件, 总则, 指南说明) that state a
    rule for every direction; `extract.inherit` reads them last."""
    holding = {id(node) for leaf in leaves for node in [leaf, *leaf.ancestors()]}
    # 第十一条　重点研发计划项目须由企业牵头申报。…: a rule led by a heading's title is that
    # heading's (notes_naming_headings gave it to it), not every direction's
    headed = sorted({*(re.sub(r"\s", "", normalise(n.title)) for n in all_nodes(root)
                       if n.title and n.children and len(n.title) >= 4
                       and not n.non_funding),  # (a section defining a kind: its rules stay here)
                     *(name for n in all_nodes(root) if n.children
                       and (name := keyword_name(n)) is not None)}, key=len, reverse=True)
    rows = {leaf.number: leaf for leaf in leaves if leaf.style == "table" and leaf.number}
    kinds_folded = {re.sub(r"\s", "", kind) for kind in root.kinds_named}
    # (a kind's groups by its title, each one: 揭榜挂帅榜单 under each chain is no one group)
    once = [title for title, n in Counter(
        re.sub(r"\s", "", normalise(node.title)) for node in all_nodes(root)
        if node.title and node.children and not node.non_funding).items() if n == 1]

    def class_row(first_cell: str) -> bool:  # 重点项目 | 30～50万元 | 须由企业牵头…: a class's
        return re.sub(r"\s", "", normalise(first_cell)) in kinds_folded  # (its directions')

    found: list[str] = []
    pending = [root]
    within: set[int] = set()  # the conditions sections and every item under them
    terms_within: set[int] = set()  # the items of a section of terms for every direction
    while pending:
        node = pending.pop(0)
        if node is not root and node.style == "table" and node.title and class_row(node.title):
            continue  # (the row read as a heading of its own)
        if node is root or id(node) not in holding:
            conditions = id(node) in within or bool(
                node.title and CONDITIONS.match(re.sub(r"\s+", "", node.title))) \
                or general_notes(node)
            # 一、支持方式与标准 ⏎ （一）支持方式。采取事前资助方式… ⏎ （二）实施期限。… — a
            # section of terms items each named for a term: the terms of every direction
            section = TERMS_SECTION.match(_bare_title(node.title)) if node.title else None
            named_terms = [bool(c.title and (TERMS_SECTION.match(_bare_title(c.title))
                                             or TERM_ITEM.match(_bare_title(c.title))))
                           for c in node.children]
            terms = id(node) in terms_within or (
                node.non_funding and section is not None and not section["rules"]
                and not REFERS_ON.search("".join(node.text))  # (…见表1: the table says them)
                and all(named_terms)) or (  # (or its paragraph alone: 本专项采取…)
                # 一、总体安排 ⏎ （一）发榜方式。… ⏎ （三）财政支持。… ⏎ （七）揭榜数量。…: a
                # general section whose items are, most of them, named for terms
                node.non_funding and bool(node.title)
                and GENERAL_SECTION.search(_bare_title(node.title or "")) is not None
                and len(named_terms) >= 3 and sum(named_terms) * 2 > len(named_terms))
            if terms:
                terms_within.update(id(child) for child in node.children)
            if conditions:
                within.update(id(child) for child in node.children)
            introduced = any(GENERAL_SCOPE.search(intro := normalise(text).strip())
                             and intro.endswith((":", "：")) for text in node.text)
            common = bool(COMMON_TERMS.match(_bare_title(node.title or "")))
            if node.fields and ((conditions and (GENERAL_SCOPE.search(
                    normalise(node.heading_text)) or common))
                                or (introduced and node.non_funding)):
                # (本指南各方向除单独注明外，统一执行以下支持标准： ⏎ （一）支持方式：前资助。…)
                # 二、通用要求（适用于本批次全部榜单，榜单另有规定的从其规定） ⏎ （三）财政支持：…:
                # each labelled term the section states is every direction's default
                for key, lines in node.fields.items():
                    if key.startswith(OTHER) and lines and is_lead_column(key.removeprefix(OTHER)):
                        found.append(f"{key.removeprefix(OTHER)}：{_ended_said(lines)}")
                        root.general_at.append(node.line)  # (牵头单位：须由…企业牵头申报)
                        continue
                    if key.startswith(OTHER) or key == "content" or not lines:
                        continue
                    found.append(f"{_field_word(key)}：{_ended_said(lines)}")
                    root.general_at.append(node.line)
            # (（三）每项榜单原则上只确定1家揭榜单位。: an item that is one sentence, read as
            # a heading, says its rule in its heading)
            sentence = node is not root and not node.children and not node.stated \
                and bool(node.title) and normalise(node.heading_text).rstrip().endswith(
                    normalise(node.title or "").rstrip("。") + "。")
            stated = [node.heading_text, *_after_heading(node)] if id(node) in within or sentence \
                else node.stated
            if node.title and _bare_title(node.title) == "总则":  # 一、总则 ⏎ （二）申报主体须为…
                items = [*stated, *(t for c in node.children for t in [c.heading_text, *c.stated])]
                for item in items:
                    if APPLICANT_ITEM.match(normalise(item)) and "\t" not in item \
                            and CONDITION_RULE.search(normalise(item)):
                        found.append(item.strip())
                        root.general_at.append(node.line)
            if node.title and APPLICANT_SECTION.match(re.sub(r"\s+", "", node.title)) \
                    and (kind := _applicant_kind(node.stated)):
                found.append(f"申报主体须为{kind}。")  # 一、申报对象 ⏎ …独立核算的企业。
                root.general_at.append(node.line)
            # a rule's whole item counts: 实施期限一般为2年…；个别需求另有规定的，从其规定
            # and an item stays whole, so a category it names (重大专项须由企业牵头…。牵头企业须
            # 为…) scopes all of it
            for item in (piece for whole in _with_listed_items(_by_category(
                    fx.unwrap("\n".join(stated)).split("\n")))
                         for listed in _split_at_inline_items(whole)
                         for part in _split_at_listed_headings(listed, headed)
                         for piece in _split_at_classes(part)):
                if QUOTED_NOTE.search(item):
                    # “科技成果落地转化”方向申报单位须为…: that direction's, not all (what the
                    # item says around it may be: 原则上每个方向支持2项；“…”方向…)
                    item = "".join(c for c in re.split(r"(?<=[；;。])", item)
                                   if not QUOTED_NOTE.search(c))
                    if not item.strip():
                        continue
                if "\t" in item and any(class_row(cell) for cell in item.split("\t")[:3]):
                    # (the row kept as a line of the section's text; 1 | 重点研发计划 | 重点项目 |
                    # …: its class after a 序号 and a plan)
                    continue
                item = _without_kinds_clauses(_rows_told(item, rows), root.kinds_named)
                said = fx.sentences(item)
                # (a rule for what is funded one way, or for one class: 前资助项目…, A类项目须…)
                lead = re.sub(r"^注\s*[:：]\s*", "",  # (注：1．…; ▲（二）…, a correction's)
                              _CORRECTION_MARK.sub("", note_text(item)).strip())
                named = extract.NAMED_SCOPE.match(lead)  # 重点项目申报单位… by a kind named
                scoped = node.non_funding and bool(
                    extract.MODE_SCOPE.match(lead) or extract.CLASS_SCOPE.match(lead)
                    or extract.GRANT_SCOPE.search(lead)  # (资助额度在50万元以上的项目，须…)
                    or (named and named["kind"] in root.kinds_named))
                numbered = NOTE_NUMBER.match(lead)
                led = re.sub(r"\s", "", lead[numbered.end():]) if numbered else ""
                led = ordinal_named(re.sub(r"^(?:凡|对)?申报", "", led))  # 申报产业…项目的，…
                if led and (any(led.startswith(title) and led[len(title):len(title) + 1]
                                not in ("和", "及", "与", "、")
                                # (重点研发计划B类项目…: a class of it, every such direction's)
                                and not re.match(r"[A-Z甲乙丙丁]类", led[len(title):])
                                for title in headed) or kind_led(led, once) is not None):
                    continue  # (揭榜挂帅项目和重点研发项目须…: kinds listed, read as scoped)
                if terms or any(GENERAL_SCOPE.search(normalise(s)) for s in said) or (
                        # (三、支持方式与标准 ⏎ （二）原则上每个方向支持2项: a count for all — not
                        # a class's paragraph ending 原则上每个方向支持1项)
                        node.non_funding and TERMS_TITLE.search(
                            (node.parent.title if sentence and node.parent else node.title)
                            or "") is not None
                        and any(EACH_SCOPE.search(normalise(s)) for s in said)) or (
                        (conditions or scoped)
                        and any(CONDITION_RULE.search(normalise(s)) for s in said)):
                    found.append(re.sub(r"^注\s*[:：]\s*", "", item.strip()))
                    root.general_at.append(node.line)
        pending.extend(node.children)
    return found


def _after_heading(node: Node) -> list[str]:
    """What a heading states besides its own line: not the words its line runs on into
    (1．A类项目：牵头企业须为… — said once, scoped by its class, not again without it)."""
    stated = node.stated
    if node.inline_body and stated and stated[0].strip() \
            and stated[0].strip() in node.heading_text:
        return stated[1:]
    return stated


# 申报后补助项目的，须同时提交…高新技术企业证书: a clause for the applicants of one kind
_KIND_APPLICANTS = re.compile(r"^\s*(?:凡|对)?申报(?P<kind>[\u4e00-\u9fff]{2,12}?项目)的")


_LIST_ITEM = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.．、])")


def _with_listed_items(items: list[str]) -> list[str]:
    """本指南各方向除单独注明外，统一执行以下支持标准： ⏎ （一）支持方式：前资助。 ⏎ （二）…: the
    numbered items a general sentence introduces are part of it (so what makes it general
    makes them so)."""
    joined: list[str] = []
    open_list = False
    for item in items:
        if open_list and _LIST_ITEM.match(item):
            joined[-1] += item.strip()
            continue
        joined.append(item)
        said = normalise(item).strip()
        open_list = said.endswith((":", "：")) and GENERAL_SCOPE.search(said) is not None
    return joined


def _split_at_listed_headings(item: str, headed: list[str]) -> list[str]:
    """An item cut before each later sentence whose subject lists two or more headings by
    title (…四类。技术创新与应用发展专项、社会民生科技专项项目实施期限…): that sentence is a rule
    scoped to them, not the item's."""
    def lists(sentence: str) -> bool:
        rest = re.sub(r"\s", "", normalise(sentence))
        rest = rest[CLAUSE_LEAD.match(rest).end():]  # type: ignore[union-attr]
        named = 0
        while (title := next((t for t in headed if rest.startswith(t)), None)) is not None:
            named += 1
            rest = rest[len(title):]
            joiner = re.match(r"[、和及与]", rest)
            if joiner is None:
                break
            rest = rest[joiner.end():]
        return named >= 2
    parts: list[str] = []
    for sentence in re.split(r"(?<=[。；;])", item):
        if parts and lists(sentence):
            parts.append(sentence)
        elif parts:
            parts[-1] += sentence
        else:
            parts.append(sentence)
    return [part for part in parts if part.strip()] or [item]


def _without_kinds_clauses(item: str, kinds: set[str]) -> str:
    """An item's clauses but those for the applicants of a kind the directions name (that
    kind's, not every direction's)."""
    clauses = re.split(r"(?<=[；;。])", item)
    kept = [c for c in clauses if not ((m := _KIND_APPLICANTS.match(normalise(c)))
                                        and m["kind"] in kinds)]
    return "".join(kept) if len(kept) < len(clauses) else item


def _rows_told(item: str, rows: dict[str, Node]) -> str:
    """…须由企业牵头申报；表中序号10、11方向医疗卫生机构、事业单位、企业均可申报。 — a clause
    naming rows of the table of directions by 序号 is those rows' own, not every direction's:
    given to them, and the item's other clauses kept."""
    named = rows_named(normalise(item), rows) if rows and "序号" in item else None
    if not named:
        return item
    _tell_rows(named)
    return normalise(item)[:named[0][2]].rstrip(" ，,")


# 一、申报对象 / 支持对象: a section naming who may apply, for every direction
APPLICANT_SECTION = re.compile(r"^(?:[一二三四五六七八九十\d]+[、.．])?"
                               r"(?:申报|支持|补助|兑现|奖补|资助)(?:对象|主体)$")


def _applicant_kind(stated: list[str]) -> str | None:
    """The one kind of applicant the section's first sentence names, when it is a firm
    (…具有独立法人资格并实行独立核算的企业。), else None (a choice, or not a firm)."""
    first = fx.sentences(fx.unwrap("\n".join(stated)))[:1]
    if not first:
        return None
    norm = re.sub(r"[(（][^()（）]*[)）]", "", normalise(first[0])).rstrip("。；;")
    kind = norm.rsplit("的", 1)[-1]
    return kind if kind.endswith("企业") and not re.search(r"[、和及与或]", kind) \
        and len(kind) <= 16 else None


# 表1　各类项目支持方式一览表 above a table; 本类项目…按表1执行 in a plan or group's text.
# 表1 …, 附表2 …, or a document's one 附表 without a number (附表　…支持方式汇总表)
TERMS_CAPTION = re.compile(r"^(?:附\s*)?表\s*(?P<n>\d{1,2})(?![\d.])|^附表(?!\s*\d{1,2}(?!\d))")
# (…项目类别及资助标准 over its header: a table's title naming the terms it holds)
TABLE_TITLE = re.compile(r"(?:一览表|汇总表|标准表|情况表|明细表|对照表"
                         r"|(?:类别|类型)(?:及|与|和)(?:资助|支持|补助)(?:标准|额度|方式))$")
TERMS_REF = re.compile(r"(?:按|见|详见|参照|按照|依照|符合)\s*"
                       r"(?:(?:附\s*)?表\s*(?P<n>\d{1,2})(?![\d.])"
                       r"|(?P<bare>附表)(?!\s*\d)"  # (…见附表: the document's one 附表)
                       r"|附件\s*\d{0,2}\s*《(?P<title>[^《》]{4,40})》)")


def join_terms_tables(root: Node, lines: list[Line]) -> None:
    """Terms a document states once in a table, a row per plan or group (表1: 项目类别 |
    支持方式 | 资助额度 | 实施期限 …), for the headings whose text says 按表1执行: each such
    heading gets its row as a sentence (支持方式：事前资助；资助额度：每项不超过100万元…), so
    the leaves under it inherit those terms as they would terms written under the heading."""
    tables: dict[str, tuple[list[str], list[list[str]]]] = {}
    notes: dict[str, str] = {}
    remarks: dict[str, str] = {}  # 注：… under a numbered table, by its number
    lines = [line for line in lines if not SCROLL_HINT.match(line.norm.strip())]
    # 按附件《观山湖区2026年度科技计划项目资助标准》执行: the titles the text sends the reader to
    cited = {m["title"] for line in lines if not line.table
             for m in TERMS_REF.finditer(line.norm) if m["title"]}
    for index, line in enumerate(lines):
        # on the text as written: folding drops the space in 表1　2025年度…补助标准
        caption = None if line.table else TERMS_CAPTION.match(line.text.strip())
        named = None if line.table else next(
            (title for title in cited if line.norm.strip().strip("《》") == title), None)
        titled_above = caption is None and not line.table and (bool(TABLE_TITLE.search(
            TABLE_UNIT_INLINE.sub("", line.norm.replace(" ", "")))) or named is not None) \
            and any(ln.table for ln in lines[index + 1:index + 3])  # (…一览表
        # ⏎ （金额单位：万元） ⏎ the header: a table its title names, an attachment's)
        after = next((ln for ln in lines[index + 1:index + 3]
                      if not TABLE_RULE.match(ln.text)), None)  # (+----+ over a grid's header)
        below = titled_above or (caption is None and not line.table and after is not None \
            and after.table and (bool(TABLE_BELOW.search(line.norm)) or (
                # 二、项目类别与支持标准 ⏎ 项目类别 | 支持方式 | …: a heading's own table of terms
                classify(line) is not None and bool(CATEGORY_COLUMN.match(re.sub(
                    r"\s", "", normalise(table_cells(after)[0])))))))
        if caption is None and not below:
            continue
        rows: list[list[str]] = []
        for at, following in enumerate(lines[index + 1:]):
            if TABLE_RULE.match(following.text):
                continue  # ──── under the caption, between header and rows
            if at == 0 and not following.table and (
                    TABLE_TITLE.search(following.norm)
                    or (caption is not None and caption["n"] is None
                        and index + 2 < len(lines) and lines[index + 2].table)):
                continue  # 附表 ⏎ 2024年度…项目类别及支持方式一览表 (…支持标准) ⏎ the header
            if at <= 1 and not rows and TABLE_UNIT_INLINE.search(following.norm.replace(" ", "")):
                continue  # （金额单位：万元） between the title and the header
            if not following.table and rows and _spanning_row(following, lines, index + 1 + at):
                continue  # 类别 | 支持标准 ⏎ 科技人才类 ⏎ 创业领军人才 | …: a group row across it
            if not following.table:
                note = TABLE_NOTE.match(following.norm.strip())
                if note is not None and caption is not None and caption["n"]:
                    notes[str(int(caption["n"]))] = note["said"]  # 本链通用条款：… under it
                remark = re.match(r"^注\s*[:：]\s*(?P<said>\S.*)$", following.norm.strip())
                if remark is not None and caption is not None and caption["n"]:
                    remarks[str(int(caption["n"]))] = remark["said"]
                break
            cells = same_as_above(table_cells(following), rows[-1] if len(rows) > 1 else None)
            rows.append(row_cells(rows[0], cells, rows[-1] if len(rows) > 1 else None)
                        if rows else cells)  # (a class cell spanning its rows)
        if len(rows) >= 2 and len(rows[0]) > 2 and (NUMBER_COLUMN.fullmatch(
                re.sub(r"\s", "", rows[0][0])) or (
                    re.sub(r"\s", "", rows[0][0]) == "序号"
                    and PLAN_COLUMN.fullmatch(re.sub(r"\s", "", rows[0][1]))
                    # (not a table of directions: 序号 | 专项名称 | 方向编号 | 方向名称 | …)
                    and not any(re.search(r"方向|代码|编号", cell) for cell in rows[0][2:]))):
            rows = [row[1:] for row in rows]  # 专项编号 | 专项名称 | …: the names, not numbers
        if len(rows) >= 2 and len(rows[0]) > 2 \
                and CATEGORY_COLUMN.match(re.sub(r"\s", "", normalise(rows[0][0]))) \
                and is_title_column(rows[0][1]) and not (
                    # (类别 | 项目名称 | 支持方式 | … ⏎ A类 | 重点研发攻关项目 | …: a row per
                    # class, the name the class's)
                    _CLASS_NAME_COLUMN.match(rows[0][1].strip())
                    and all(CLASS_NAME.match(normalise(row[0]).strip()) for row in rows[1:])):
            rows = [row[1:] for row in rows]  # 项目类别 | 支持方向 | …: a row per direction
        if len(rows) >= 2:
            key = (f"《{named}》" if named else "下表") if caption is None \
                else str(int(caption["n"])) if caption["n"] else "附表"
            tables.setdefault(key, (rows[0], rows[1:]))
    if "下表" in tables and "附表" not in tables and any(
            not line.table and (m := TERMS_CAPTION.match(line.norm.strip())) and m["n"] is None
            for line in lines):
        # 附表：2024年度…对照表 ⏎ (a signature, a page break) ⏎ …对照表 ⏎ its header: the 附表
        # the directions cite (按附表“2024年度标准”栏执行) is the one titled table
        tables["附表"] = tables["下表"]
    for line in lines:
        for amend in TABLE_AMEND.finditer(line.norm):
            _amend_row(tables.get(str(int(amend["n"]))), amend)
    _answers_to_their_headings(root, lines)
    if not tables:
        _rows_by_kind(root, tables, lines)  # a kind's tier may still be in a grant's text
        return
    pending = list(root.children)
    while pending:
        node = pending.pop()
        pending.extend(node.children)
        if not node.title or node.table_terms:
            continue
        for ref in TERMS_REF.finditer(normalise("".join(node.stated))):
            header, rows = tables.get(
                ref["n"] or ("附表" if ref["bare"] else f"《{ref['title']}》"), ([], []))
            if node.non_funding and node.parent is root and ref["title"]:
                # 一、总体要求 ⏎ 各类计划的…按附件《…资助标准》执行: each plan its row (or each
                # group, 申报单位须符合附件《…申报单位条件》中对应项目类别的条件)
                # (not a heading several rows name, one per class: 第一类 | 重点项目 ⏎
                # 〃 | 一般项目)
                for plan in all_nodes(root):
                    named = [r for r in rows if r and plan.title and plan.children
                             and _names(r[0], plan.title)]
                    if len(named) == 1 and not plan.non_funding:
                        plan.text.append(_row_sentence(header, named[0]))
                break
            row = next((r for r in rows if r and _names(r[0], node.title)), None)
            if row is None and not node.children and node.style != "table" and header \
                    and re.sub(r"\s", "", header[0]) in ("序号", "序") \
                    and is_title_column(header[1]):
                # (序号 | 方向名称 | 2024年度标准 cited by a direction: its row by its name cell,
                # read from there)
                header, rows = header[1:], [r[1:] for r in rows]
                row = next((r for r in rows if r and _names(r[0], node.title)), None)
            if row is not None and not node.children and not node.non_funding:
                # 2.创新领军人才 ⏎ 支持标准：按表1执行。: a direction's row of a table of terms
                # stated for each kind it lists, not words of its own
                node.table_terms = _row_sentence(header, row)
                break
            if row is not None:
                node.text.append(_row_sentence(header, row))
                break
            # 补助标准见表1 above a row per heading under it (市级重点实验室 | 50万元): each
            # of those headings takes its row, as terms stated for it from above
            for child in node.children:
                row = next((r for r in rows if r and child.title and _names(r[0], child.title)),
                           None)
                if row is not None:
                    child.table_terms = _row_sentence(header, row)
    _rows_to_their_headings(root, tables, remarks)
    _rows_by_direction_number(root, tables, notes)
    _rows_by_kind(root, tables, lines)


# 强链、补链类项目每项30万元至50万元，延链类项目每项最高40万元: a grant for each kind, by name
_KINDS_GRANT = re.compile(r"(?P<kinds>[\u4e00-\u9fff]{1,6}(?:类|项目)?"
                          r"(?:[、和及与][\u4e00-\u9fff]{1,6}?)*类项目)"
                          r"(?P<said>[^，,；;。]*?\d[^，,；;。]*万元)")


def _grants_by_kind(root: Node) -> None:
    """A heading's 资助额度 naming a grant for each kind of project (强链、补链类项目每项30万元至
    50万元，延链类项目每项最高40万元): each direction of a kind it names takes that kind's grant,
    as said for it from above; the others, and the heading, keep the value as it is."""
    for holder in all_nodes(root):
        value = normalise("".join(holder.fields.get("funding", [])))
        grants = [([re.sub(r"类?项目$|类$", "", n) for n in re.split(r"[、和及与]", m["kinds"])],
                   m["said"].strip()) for m in _KINDS_GRANT.finditer(value)]
        if len(grants) < 2:
            continue
        for leaf in leaf_descendants(holder):
            stem = re.sub(r"类?项目$", "", re.sub(r"\s", "", leaf.kind_named or ""))
            said = next((said for names, said in grants if stem and stem in names), None)
            if said is not None:
                leaf.noted.append(f"资助额度：{said}。")


def _spanning_row(line: Line, lines: list[Line], at: int) -> bool:
    """A short line with no cells between a table's rows (科技人才类 across 类别 | 支持标准):
    a group row spanning the table, which goes on below it."""
    text = line.norm.strip()
    return 2 <= len(text) <= 16 and not re.search(r"[。；;，,:：]", text) \
        and not TERMS_CAPTION.match(text) and at + 1 < len(lines) and lines[at + 1].table


# 计划类别 | 项目类别: a column saying where a row sits, not what its direction is given
PLACE_COLUMN = re.compile(r"^(?:项目|计划|专项)?(?:类别|类型)$")


# 本链通用条款：… / 本表通用要求：… right under a table: terms for every row it holds
TABLE_NOTE = re.compile(r"^(?:本链|本表|本类|本专项|上述|以上)[\u4e00-\u9fff]{0,6}?"
                        r"(?:通用条款|共性条款|通用要求|共同要求|共性要求)[:：]\s*(?P<said>\S.*)$")
# 方向编号 | 支持方式 | …, 1-1 | 前资助 | …: rows keyed by the numbers the headings carry
DIRECTION_NUMBER_COLUMN = re.compile(r"^(?:方向|子方向|环节|榜单|课题)?(?:编号|序号)$")


def _rows_by_direction_number(root: Node, tables: dict[str, tuple[list[str], list[list[str]]]],
                              notes: dict[str, str]) -> None:
    """附表1 … 方向编号 | 支持方式 | 单项资助 | … ⏎ 1-1 | 前资助 | 50万元～80万元 | … at the end,
    the directions above headed 方向1-1　…: each row is the terms of the direction its number names
    (its own), and a note under the table (本链通用条款：…) the terms of the heading that holds
    them all."""
    numbered: dict[str, list[Node]] = {}
    for node in all_nodes(root):
        if node.number and not node.non_funding and node.style.startswith("kw:") \
                and re.fullmatch(r"\d{1,2}(?:-\d{1,2})+(?:-[a-h])?", node.number):
            numbered.setdefault(node.number, []).append(node)
    if not numbered:
        return
    for key, (header, rows) in tables.items():
        if not header or not DIRECTION_NUMBER_COLUMN.match(re.sub(r"\s", "", header[0])):
            continue
        named = [(nodes[0], row) for row in rows if row
                 and len(nodes := numbered.get(row[0].strip(), [])) == 1]
        for node, row in named:  # (each cell its column's field, as if labelled under it)
            for head, cell in zip(header[1:], row[1:], strict=False):
                if cell.strip() and cell.strip() not in ("—", "-", "/", "无"):
                    field_key = label_key(re.sub(r"\s", "", head)) or OTHER + head.strip()
                    node.fields.setdefault(field_key, []).append(cell.strip())
        if named and key in notes:
            holders = [set(map(id, node.ancestors())) for node, _ in named]
            common = next((a for a in named[0][0].ancestors()
                           if all(id(a) in held for held in holders)), None)
            if common is not None and common is not root:
                common.text.append(notes[key])


_PART_NUMBER = re.compile(rf"^第[{CN}\d]{{1,3}}(?:类|部分|项)(?=[\u4e00-\u9fff]{{2}})")
# 专项编号 | 专项名称 | … (or 序号 | 计划类别 | …): a terms table's first column numbering the
# headings its rows name
NUMBER_COLUMN = re.compile(r"(?:专项|计划|专题|类别|领域)(?:编号|代码)")
PLAN_COLUMN = re.compile(r"(?:计划|专项)(?:类别|名称)")
# 各类项目支持标准见下表。: the table right under the sentence, with no caption of its own
TABLE_BELOW = re.compile(r"(?:见|如|按)下表"  # (…按类别执行以下资助标准 too)
                         r"|(?:执行|按照?)以下[\u4e00-\u9fff]{0,6}?(?:标准|规定)"
                         # (…资助额度和执行期见表1。 right over the table, its caption unsaid)
                         r"|见表\s*\d{1,2}\s*[。.]?\s*$"
                         # (各类项目通用条款按《指南》表1执行： over its grid)
                         r"|按[^。；;]{0,12}?表\s*\d{1,2}执行\s*[:：]\s*$")
# （表格可左右滑动查看）: a phone page's hint above a table it lets one scroll, no line of it
SCROLL_HINT = re.compile(r"^[(（]?\s*(?:表格)?(?:可)?(?:左右|向左|向右|横向)?(?:滑动|拖动)查看"
                         r"[\u4e00-\u9fff]{0,6}\s*[)）]?$")


# 表1中B类一般研发项目单项支持额度由“不超过20万元”调整为“不超过15万元”: a later amendment
TABLE_AMEND = re.compile(r"表\s*(?P<n>\d{1,2})中?(?P<row>[^,，。；;“”]{2,30}?)"
                         r"由\s*“(?P<old>[^”]{1,30})”"
                         r"\s*(?:调整|修改|变更|改)为\s*“(?P<new>[^”]{1,30})”")


def _amend_row(table: tuple[list[str], list[list[str]]] | None, amend: re.Match[str]) -> None:
    """The cell saying the amendment's old words, in the row it names (by its name or its
    class letter), now says the new ones."""
    if table is None:
        return
    said = re.sub(r"\s", "", amend["row"])
    for row in table[1]:
        key = _class_folded(row[0]) if row else ""
        letter, _, name = key.partition(":") if ":" in key else ("", "", key)
        if not name or not (name in said or (letter and said.startswith(letter))):
            continue
        for i, cell in enumerate(row):
            if re.sub(r"\s", "", normalise(cell)) == re.sub(r"\s", "", amend["old"]):
                row[i] = amend["new"]


# （重大项目） after a direction's title: its kind, the same way
KIND_BRACKET = re.compile(
    r"[(（]\s*(?P<kind>(?:重大|重点|一般|面上|青年|培育)项目|重大专项"
    r"|(?:择优|定向)委托(?:项目)?)\s*[)）]\s*$")  # （重大专项）, （择优委托）
# （可申报类别：重点项目、一般项目） after a direction's title: the kinds it may be applied for
KINDS_BRACKET = re.compile(r"[(（]\s*(?:可申报|申报|可申请)?(?:项目)?(?:类别|类型)\s*[:：]"
                           r"(?P<kinds>[^()（）]{2,40})[)）]\s*$")
# （类别：A） after a title: its class by the letter alone
_CLASS_LETTER_BRACKET = re.compile(r"[(（]\s*(?:项目)?(?:类别|类型)\s*[:：]\s*"
                                   r"(?P<kinds>[A-H甲乙丙丁]类?)\s*[)）]\s*$")
# 1.…关键技术【揭榜挂帅】 / 【竞争立项】: a tag after the title naming its kind of project, whose
# terms a section defines (（一）揭榜挂帅项目 ⏎ …)
KIND_ITEM = re.compile(rf"\([^()]*[;,]\s*(?P<kind>{CLASS_WORD})\s*[;,)]")  # (（ZX26-SW01，A类）)
KIND_TAG = re.compile(r"【\s*(?P<kind>[\u4e00-\u9fff]{2,6}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]类)\s*】"
                      r"\s*(?:[(（][A-Za-z][A-Za-z0-9\-_]{3,24}[)）])?\s*$"  # (…【强链】（GM01）)
                      # …技术（A类）, …关键技术（研发类）, …奖补（奖补类）
                      r"|[(（]\s*(?P<kind_class>[A-Z甲乙丙丁]类|[\u4e00-\u9fff]{2,4}类)\s*[)）]\s*$"
                      # …关键技术（甲）: the class 甲类, by its stem alone
                      r"|[(（]\s*(?P<stem>[甲乙丙丁])\s*[)）]\s*$")
# 本专项各方向均按三档支持: the kind of every direction below
KIND_FOR_ALL = re.compile(r"各方向均按(?P<kind>[一二三四五六七八九十\dA-Z]{1,2}档|[A-Z]类)"
                          # 本领域方向均按一般项目支持: the kind of every direction under it
                          r"|^本(?:领域|专项|专题|计划|类|组|板块|部分)(?:各|所有|全部|所列)?"
                          r"(?:方向|项目)?"
                          # (本计划项目除另有说明外，均为B类项目，…: but where a direction says)
                          r"(?:[，,]?除(?:另有|特别)(?:说明|规定|注明)外[，,]?)?"
                          r"(?:(?:均|一律|统一)(?:按|列为|作为)(?P<named>[^，,。；;、\s]{2,8}?项目)"
                          # (…均按一般项目、事前资助方式支持: its mode said beside its kind)
                          r"(?:、[^，,。；;]{2,10}?方式)?(?:支持|管理|申报|立项|执行|组织实施|实施)"
                          # (本专题为C类项目，…: said of the one topic, no 均 needed)
                          r"|(?:均|一律|统一)?(?:为|属于?)"
                          # (本专题方向均为攻关类: a kind by its own name)
                          r"(?:(?P<is>[A-Z]类|[\u4e00-\u9fff]{2,4}类)(?:项目)?"
                          r"|(?P<is_named>[^，,。；;、\s]{2,8}?项目))"
                          r"(?=[，,。；;]))"
                          # 本节项目类别为B类，…: a section's (第一节) directions, their class named
                          r"|^本(?:领域|专项|专题|计划|组|板块|部分|节|章|篇)(?:各|所有|全部|所列)?"
                          r"(?:方向|项目)?(?:类别|类型)(?:均|统一)?为"
                          r"(?:(?P<typed>[A-Z]类)(?:项目)?|(?P<typed_named>[^，,。；;、\s]{2,8}?项目))"
                          r"(?=[，,。；;])")
# 支持强度：执行第三部分“产业创新类”标准 / 按第三部分“市重大专项”规定执行: a class named in
# quotes whose terms the direction takes by reference (a row of a closing table, an item)
KIND_CITED = re.compile(r"(?:执行|按照?|参照|适用)(?:本指南)?"
                        r"(?:第[一二三四五六七八九十\d]{1,3}部分|附表\s*\d*|表\s*\d+)?"
                        r"(?:中|所列)?[“\"「『](?P<kind>[^”\"」』，,。；;]{2,16})[”\"」』](?:的|中的)?"
                        r"(?:有关|相关)?(?:标准|规定|要求|条款|执行|支持)")
# 支持方式：执行一览表A类标准 / 按表1第三类标准执行: a class by its letter or number, unquoted
KIND_CITED_BARE = re.compile(
    r"(?:执行|按照?|参照|适用)(?:本指南|本?通知)?(?:第[一二三四五六七八九十\d]{1,3}(?:部分|条|章|节))?"
    r"(?:[^，,。；;]{0,10}?(?:一览表|附表\s*\d*|表\s*\d+))?(?:中|所列)?"
    r"(?:第?(?P<letter>[A-Z甲乙丙丁]类)|(?P<number>第?[一二三四五六七八九十]类))"
    r"(?:项目)?(?:[(（][\u4e00-\u9fff]{2,10}[)）])?"  # 参照B类（一般项目）执行: its name too
    r"(?:的)?(?:(?:资助|支持)?(?:标准|规定|要求)|执行)")
# A类：科技重大专项 / B类项目　重点研发计划: a group titled by the class its directions are
CLASS_KIND = r"(?:[A-H]|[甲乙丙丁])类"
# 各方向在标题后标注类别；未标注类别的，一律按B类管理: the class of a direction marked with none
UNMARKED_KIND = re.compile(r"未(?:标注|注明|标明|列明|明确)(?:项目)?(?:类别|类型)的(?:方向|项目)?"
                           rf"[，,]?(?:一律|均|统一)?(?:按|为|作为|列为|属)(?P<kind>{CLASS_KIND})")
# 资助额度：重点项目（资助标准见…）: a grant said as the kind of project it is
FUNDING_KIND = re.compile(r"^\s*(?P<kind>[\u4e00-\u9fff]{2,4}项目)\s*(?:[(（]|$)")
CLASS_HEADED = re.compile(rf"^(?P<kind>{CLASS_KIND})(?:项目)?\s*[:：\s]")
# 市财政支持 | B类 (按通知第一条A类标准支持): a grant said as the class it is one of
CLASS_CELL = re.compile(rf"^\s*(?P<kind>{CLASS_KIND})(?:项目|榜单)?(?:\s|[,，。；;]|$)")
# （二）重点研发项目（B类） / （一）重大科技专项（项目类别：A类）
CLASS_BRACKETED = re.compile(rf"[(（](?:(?:项目|申报)?(?:类别|类型)\s*[:：]\s*)?"
                             rf"(?P<kind>{CLASS_KIND})(?:项目)?[)）]")
TERMS_WORDS = re.compile(r"支持方式|资助|额度|补助|实施期限")
# 本方向按重点项目支持 / 本项目属一般项目: the kind it is funded as, said in a sentence
# (该方向列入一般项目, 本方向纳入重点项目, 拟以一般项目形式给予支持, 适用后补助项目支持标准)
KIND_SAID = re.compile(r"^(?:[本该](?:方向|项目|课题|领域)|均)?"  # (本领域安排重点项目)
                       # (…下设2个子方向，均为A类项目: 均 then 为)
                       r"(?:按|属于?|列为|列入|纳入|作为|拟以|适用|安排|(?<=均)为)"
                       r"(?P<kind>[^，,。；;\s]{2,10}?项目"
                       # (…两个子方向，均按B类管理: a class by its letter)
                       r"|[A-H甲乙丙丁]类(?=(?:项目)?(?:支持|管理|申报|立项|执行)))"
                       r"(?:类)?(?:形式)?(?:支持|管理|申报|立项)?")
# 补助上限：30万元 / 最高资助额度：50万元: a label that says its amount is a cap
CAP_LABEL = re.compile(r"上限|最高|封顶|控制(?:额度|价)|限价")  # (财政资金控制额度: a tender's cap)
FLOOR_LABEL = re.compile(r"下限|最低")
# 人民币陆拾万元整（¥600,000.00）: one amount as a contract states it, in capitals and figures
# (read folded: 六十万元整(600000.00元))
SPELT_AMOUNT = re.compile(r"^\s*(?:人民币)?[零〇一二两三四五六七八九十百千万亿]+元整?\s*"
                          r"(?:[(（]\s*[¥￥]?\s*[\d,]+(?:\.\d+)?\s*元?\s*[)）])?[。.]?\s*$")
# 200万元 / 4500000元 alone: one amount (not 30～50万元, a range already)
ONE_AMOUNT = re.compile(r"^\s*\d[\d,.]*\s*(?:万元|万|元|千元|亿元)(?:/(?:项|个|家))?"
                        r"(?:\s*[(（][^()（）]{0,12}[)）])?[。.]?\s*$")  # (200万元（已达支持上限）)
# 各榜单“财政支持”栏所列金额为按上述标准测算的支持上限: a label whose amounts are caps
CAPPED_LABEL = re.compile(r"[“\"「](?P<label>[\u4e00-\u9fff]{2,8})[”\"」](?:栏|列|一栏|一列|项)?"
                          r"(?:所列|中的?|内的?)?(?:金额|数额|额度|数值)?(?:为|是|系)[^。；;]{0,16}?"
                          r"(?:上限|最高)(?!或)")  # (…资助上限或资助标准: a cap or a fixed sum)
# 同方向6 / 同序号6 / 同第6项 in a table's cell: what row 6 says in that column
SAME_AS_ROW = re.compile(r"^同(?:方向|序号|第)?(?P<n>\d{1,3})(?:项|行|号)?$")
# 组织方式：竞争择优 under a direction: one of the ways a section before defines (二、组织方式
# ⏎ （三）竞争择优 ⏎ …采取前资助方式，单个项目…不超过50万元)
KIND_WAY = re.compile(r"^(?:组织|立项|遴选|支持)方式\s*[:：]\s*"
                      r"(?P<kind>[\u4e00-\u9fff]{2,8})[。.]?$")
# 项目类型：重点项目 under a direction: the kind that picks its row of a terms table
KIND_LINE = re.compile(r"^(?:(?:项目|申报|适用|支持|受理|所选|立项)?(?:类型|类别|级别|等级)"
                       r"|项目形式"  # (项目形式均为示范类)
                       r"|(?:支持|项目)?档次"
                       r"|所属(?:专题|专项|计划|类别|领域))"
                       r"\s*(?:[:：]|均为|均属|为)\s*"  # 所属专题：… (an export); 类别均为B类
                       r"(?:可申报|可申请)?"  # 申报类别：可申报重点项目、一般项目
                       r"(?P<kind>[^。；;，,\s(（]{1,16})")  # 支持档次：一档 too


# 上述第1、2、4、9项方向为重点项目，第10、11项方向为后补助项目，其余方向为一般项目: the class
# of each direction by its number, and of the rest
_KINDS_BY_NUMBER = re.compile(
    r"第\s*(?P<nums>\d{1,2}(?:\s*[、,，和及至—\-~～]\s*(?:第\s*)?\d{1,2})*)\s*(?:项|个)?(?:方向|项目)?"
    r"(?:均)?(?:为|属于?|列为|按)(?P<kind>[\u4e00-\u9fff]{2,6}?项目)")
_KINDS_REST = re.compile(r"其余(?:各)?(?:方向|项目|各项)?(?:均)?(?:为|属于?|列为|按)"
                         r"(?P<kind>[\u4e00-\u9fff]{2,6}?项目)")


def _kind_cited(texts: list[str]) -> str | None:
    """The class whose terms the texts take by reference (执行第三部分“产业创新类”标准,
    执行一览表A类标准), if they name one."""
    for text in texts:
        folded = normalise(text)
        if (quoted := KIND_CITED.search(folded)) is not None:
            return quoted["kind"]
        if (bare := KIND_CITED_BARE.search(folded)) is not None:
            return bare["letter"] or bare["number"]
    return None


def _kind_said(part: str, root: Node, aliases: dict[str, str]) -> re.Match[str] | None:
    """按一般项目管理 — a kind said in a sentence, one the guideline states terms for."""
    said = KIND_SAID.match(part)
    return said if said is not None and (said["kind"] in kind_sections(root)
                                         or said["kind"] in aliases) else None


_CLASS_LETTER = re.compile(rf"^(?P<letter>{CLASS_KIND})(?:[(（](?P<name>[^()（）]{{2,10}})[)）])?$")


def _class_aliases(tables: dict[str, tuple[list[str], list[list[str]]]]) -> dict[str, str]:
    """{重点项目: A类} from a class table's rows (A类 | 重点项目 | 前资助 | … or A类（重点项目）
    | …): a direction may name its class by either."""
    named: dict[str, set[str]] = {}
    for _, rows in tables.values():
        for row in rows:
            letter = _CLASS_LETTER.match(re.sub(r"\s", "", normalise(row[0]))) if row else None
            if letter is None:
                continue
            name = letter["name"] or (re.sub(r"\s", "", normalise(row[1])) if len(row) > 2 else "")
            if re.fullmatch(r"[\u4e00-\u9fff]{2,10}项目", name):
                named.setdefault(name, set()).add(letter["letter"])
    return {name: letters.pop() for name, letters in named.items() if len(letters) == 1}


def _paragraphs(lines: list[Line]) -> list[str]:
    """The lines' folded texts with each line a page width cut joined to the one before."""
    return [said for _, said in _placed_paragraphs(lines)]


def _placed_paragraphs(lines: list[Line]) -> list[tuple[range, str]]:
    """Each paragraph (as `_paragraphs`) with the line numbers it spans."""
    said: list[tuple[range, str]] = []
    for line in lines:
        # (…后 ⏎ 补助项目支持数量不限。: a line whose sentence runs on, and no item starts)
        if said and not line.table and (line.continued or (
                said[-1][1] and not said[-1][1].rstrip().endswith(tuple("。；;：:！？!?"))
                and not _ITEM_START.match(line.norm))):
            span, text = said[-1]
            said[-1] = (range(span.start, line.number + 1), text + line.norm.strip())
        else:
            said.append((range(line.number, line.number + 1), line.norm if not line.table else ""))
    return said


_ITEM_START = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]"
                         r"|\d{1,2}\s*[.．、](?!\s*\d)"
                         r"|[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十\d]+[条章])")


def _numbered_kinds(lines: list[Line]) -> dict[int, str]:
    """{direction number: its class} from a sentence assigning classes by number (the rest's
    class under 0); empty unless two or more classes are named so."""
    found: dict[int, str] = {}
    for text in _paragraphs(lines):
        if "第" not in text or "项目" not in text:
            continue
        for match in _KINDS_BY_NUMBER.finditer(text):
            for number in direction_numbers(re.sub(r"第", "", match["nums"])):
                if number.isdigit():
                    found[int(number)] = match["kind"]
        if found and (rest := _KINDS_REST.search(text)):
            found[0] = rest["kind"]
    return found if len(set(found.values())) >= 2 else {}


def _class_clauses(lines: list[Line], kinds: dict[int, str]) -> dict[str, str]:
    """（二）支持方式。重点项目和一般项目采取前资助方式；后补助项目采取后补助方式… across a
    section of items each naming classes: for each class, every clause that opens with it
    (alone or in a list of the classes, or 申报重点项目的，…), joined — that class's terms.
    Read once for all the classes."""
    names = sorted(set(kinds.values()), key=len, reverse=True)
    lead = "|".join(re.escape(n) for n in names)
    opening = re.compile(rf"^(?:申报)?(?P<list>(?:{lead})(?:\s*[、和及与]\s*(?:{lead}))*)")
    said: dict[str, list[str]] = {}
    for paragraph in _paragraphs(lines):
        if not any(name in paragraph for name in names):
            continue
        text = fx.respectively(paragraph)
        for clause in re.split(rf"[；;。]|[，,](?=(?:申报)?(?:{lead}))", text):
            clause = re.sub(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、])?\s*", "",
                            clause).strip()
            match = opening.match(clause)
            for kind in re.split(r"\s*[、和及与]\s*", match["list"]) if match else []:
                said.setdefault(kind, []).append(clause + "。")
    return {kind: "".join(clauses) for kind, clauses in said.items()}


def _class_defined(lines: list[Line], kind: str) -> str | None:
    """2．A类项目（重大攻关项目）：采取事前资助…: a class's terms defined on a line of its own
    (in a 指南说明 before the outline, say), for the directions tagged with it."""
    # (（一）研发类项目采取事前资助方式… in a closing 资金管理 section: no colon, a verb)
    # (A. 攻关类——事前资助，…: lettered, its terms after a dash)
    pattern = re.compile(rf"^\s*(?:\d{{1,2}}\s*[.．、]|[(（][一二三四五六七八九十\d]{{1,2}}[)）]"
                         r"|[A-H]\s*[.．、])?"
                         rf"\s*{re.escape(kind)}(?:项目)?(?:[(（][^()（）]{{1,12}}[)）])?"
                         r"(?:\s*(?:[:：]|--|——|—)\s*|(?=采取|采用|实行|单个项目|每项|须由))"
                         r"(?P<terms>\S.{8,})$")
    for index, line in enumerate(lines):
        if kind in line.norm and not line.table and (m := pattern.match(line.norm)):
            terms = m["terms"]
            for later in lines[index + 1:index + 4]:  # (cut at the page width: its sentence on)
                if terms.rstrip().endswith("。") or classify_text(later.text) is not None \
                        or read_label(later) is not None:
                    break
                terms += later.norm
            return _shared_clauses([line.norm for line in lines[max(0, index - 4):index]
                                    if not line.table], kind) + terms
    return None


def _class_labelled(node: Node, kind: str) -> str:
    """资助额度（重点项目）：30～50万元 ⏎ 资助额度（一般项目）：10～20万元 among a heading's
    terms above: the lines its class names, as that class's terms (their label without it)."""
    name = re.escape(kind) + ("" if kind.endswith("项目") else "(?:项目)?")
    # (a bulleted item, whatever a hard-wrap join ran on after it)
    pattern = re.compile(rf"(?P<label>[\u4e00-\u9fff]{{2,8}})\s*[(（]\s*{name}\s*[)）]"
                         r"\s*[:：]\s*(?P<value>[^*•·●。；;\s][^*•·●。；;]*)")
    for above in node.ancestors():
        said = [f"{m['label']}：{m['value'].strip()}" for line in above.stated
                for m in pattern.finditer(normalise(line))]
        if said:
            return "\n".join(said)
    return ""


def _shared_clauses(before: list[str], kind: str) -> str:
    """…分为重点项目和一般项目两类，均采取前资助方式，… over the classes' own lines: what the
    sentence dividing the projects says of every class (均…, 一律…, 统一…), each class's too."""
    for text in reversed(before):
        norm = normalise(text)
        if kind in norm and "分为" in norm:
            return "".join(f"{clause.strip()}。" for clause in re.split(r"[，,；;。]", norm)
                           if re.match(r"\s*(?:均|一律|统一)", clause))
    return ""


def _class_in_sentence(lines: list[Line], kind: str) -> str:
    """说明：1.无偿资助项目…按项目类别分为甲类和乙类，甲类项目为…重点项目，每项资助20万元—30万元，
    乙类项目为一般项目，每项资助5万元—10万元；: a class's terms said inside the sentence that
    defines the classes — from the clause its name opens to the next class's, or the clause's
    end."""
    # (…分为重大项目和重点项目两类。重大项目单项资助额度不超过800万元，…；重点项目单项…: a kind
    # named in words, in the sentence that divides the projects into kinds)
    named = re.fullmatch(r"[\u4e00-\u9fff]{2,4}项目", kind) is not None
    if not re.fullmatch(CLASS_KIND, kind) and not named:
        return ""
    name = kind if named else f"{kind}项目"
    opener = re.compile(rf"(?:^|[，,；;。:：])\s*{re.escape(name)}")
    for line in lines:
        if line.table or kind not in line.norm or (named and "分为" not in line.norm) \
                or (m := opener.search(line.norm)) is None:
            continue
        rest = line.norm[m.end():]
        end = re.search(rf"[，,；;。]\s*{CLASS_KIND}项目|[；;。]", rest)
        said = f"{name}{rest[:end.start() if end else len(rest)]}".strip()
        if fx.MONEY_RE.search(said):
            return said + "。"
    return ""


# 方向名称后标注“★”的为重点方向，按重点项目组织申报；未标注“★”的为一般方向，按一般项目…:
# a mark after a title names its kind, and no mark the other kind
_MARK_LEGEND = re.compile(r"(?:(?P<not>未)(?:标注|注明|标有)[“\"]?(?P<mark_not>[★☆※△▲●◆■▼]"
                          r"|[(（][\u4e00-\u9fff]{1,4}[)）])[”\"]?的|(?:标注|注明|标有)[“\"]?"
                          r"(?P<mark>[★☆※△▲●◆■▼]|[(（][\u4e00-\u9fff]{1,4}[)）])[”\"]?的"
                          # (…的只受理重点项目申报，其余方向只受理一般项目申报)
                          r"|(?P<rest>其余|其他|其它)(?:方向|项目)?)"
                          r"[^；;。]{0,16}?(?:按|只受理|仅受理|为|属)(?P<kind>[\u4e00-\u9fff]{2,6}?项目)")


def _marked_kinds(lines: list[Line]) -> tuple[str, str, str | None] | None:
    """(mark, the kind it names, the kind of the unmarked) from a legend, if the text has one."""
    marked = unmarked = mark = None
    text = "".join(line.norm.strip() for line in lines)  # (a legend wrapped over lines)
    for legend in _MARK_LEGEND.finditer(text) if re.search("标注|注明|标有", text) else ():
        mark = legend["mark"] or legend["mark_not"] or mark
        if legend["not"] or legend["rest"]:
            unmarked = legend["kind"]
        else:
            marked = legend["kind"]
    return (mark, marked, unmarked) if mark and marked else None


# 项目类别以指南代码第二段字母标识：“Z”为重点项目，“Y”为一般项目…: a code's letters name its kind
_CODE_LEGEND = re.compile(r"[“\"「‘]?(?P<letter>[A-Z]{1,2})[”\"」’]?\s*(?:为|代表|表示|即为|系)\s*"
                          r"(?P<kind>[\u4e00-\u9fff]{2,8}?项目)")


def _coded_kinds(lines: list[Line]) -> dict[str, str]:
    """The kinds a legend says the letters in the directions' codes stand for (two or more)."""
    text = "".join(line.norm.strip() for line in lines)
    if not re.search(r"代码|编号|编码", text):
        return {}
    kinds = {m["letter"]: m["kind"] for m in _CODE_LEGEND.finditer(text)}
    return kinds if len(kinds) >= 2 else {}


def _letter_by_code(node: Node, kinds: dict[str, str]) -> str | None:
    """GEM2021-Z-06: its code's own letter segment that a legend gives a kind (Z)."""
    parts = re.split(r"[-_－—.·]", normalise(node.code or ""))
    return next((part for part in parts if part in kinds), None)


def _kind_by_mark(node: Node, marked: tuple[str, str, str | None]) -> str | None:
    """A direction's kind by the legend: the marked kind when its title carries the mark, the
    other where its group's directions use the mark and it does not (a group without the mark
    is outside the scheme)."""
    mark, kind, other = marked
    if mark in normalise(node.heading_text):
        return kind
    group = node.parent
    uses = group is not None and any(mark in normalise(leaf.heading_text)
                                     for leaf in leaf_descendants(group))
    return other if uses else None


def _rows_by_kind(root: Node, tables: dict[str, tuple[list[str], list[list[str]]]],
                  lines: list[Line]) -> None:
    """A direction that names its kind (项目类型：重点项目) takes that kind's row of a terms
    table in the general sections (项目类型 | 资助强度 | 资助方式 | …) as terms from above."""
    sections: dict[str, Node] | None = None
    used: set[str] = set()  # the tables whose rows gave kinds their terms
    marked = _marked_kinds(lines)
    coded = _coded_kinds(lines)
    by_number = _numbered_kinds(lines)
    class_terms = _class_clauses(lines, by_number) if by_number else {}
    unmarked = next((m["kind"] for line in lines if "未" in line.norm
                     and (m := UNMARKED_KIND.search(line.norm))), None)
    aliases = _class_aliases(tables)
    paragraphs = _paragraphs(lines)
    for node in all_nodes(root):
        letter = _letter_by_code(node, coded) if coded and node.code else None
        said = [f"{key.removeprefix(OTHER)}：{text}" for key in node.fields
                if key.startswith(OTHER) and (text := node.field_text(key))]
        # (指南编号：…；项目类别：A类。 — and …示范。项 ⏎ 目类别：一般项目 cut by the page width)
        kind = next((m["kind"] for line in [*said, *node.text, "".join(node.text)]
                     for part in re.split(r"[；;。]", normalise(line))
                     if (m := KIND_LINE.match(part.strip()) or KIND_SAID.match(part.strip()))),
                    None) or (next((m["kind"] for lines in node.fields.values() for line in lines
                                    if "类" in line or "项目" in line
                                    for part in re.split(r"[；;。]", normalise(line))
                                    if (m := KIND_LINE.match(
                                        bare := HEADING_SUBJECT.sub("", part.strip()))
                                        or _kind_said(bare, root, aliases))), None)
                              if not node.children else None)  # (研究内容：…。项目类型：重点项目。)
        # (考核指标：… ⏎ 按一般项目管理。: a sentence the field above ran on into, naming a kind
        # the guideline has terms for)
        if kind is None and not node.children and (way := next(
                (m for line in [*said, *node.text] if (m := KIND_WAY.match(
                    normalise(line).strip())) is not None), None)) is not None:
            # 组织方式：竞争择优 — the way of awarding it a general section defines, its terms
            if sections is None:
                sections = kind_sections(root)
            kind = way["kind"] if way["kind"] in sections else None
        if kind is None and not node.children:  # 支持强度：执行第三部分“产业创新类”标准。
            kind = _kind_cited([*(node.field_text(k) or "" for k in node.fields),
                                "".join(node.text)])
        if kind is None and not node.children and (cell := next(
                (m for key in ("funding", "mode") if (m := CLASS_CELL.match(
                    normalise(node.field_text(key) or "")))), None)) \
                and not re.search(CLASS_KIND, cell.string[cell.end():]):
            # a row's 市财政支持 | B类 (or 支持方式 | A类): the class whose terms it takes
            kind = cell["kind"]
        if kind is None and not node.children and (led := FUNDING_KIND.match(
                normalise(node.field_text("funding") or ""))) is not None \
                and any(f"{led['kind']}单项" in line.norm or f"{led['kind']}每项" in line.norm
                        for line in lines if line.number < node.line):
            # 资助额度：重点项目（资助标准见本指南总则第（三）条）: the kind whose grant a
            # sentence above states (重点项目单项资助额度不超过300万元…)
            kind = led["kind"]
        if kind is None and (bracket := KIND_BRACKET.search(normalise(node.heading_text))):
            kind = bracket["kind"]  # （1）…制备技术（重大项目）: the kind after the title
        if kind is None and (item := KIND_ITEM.search(normalise(node.heading_text))):
            kind = item["kind"]  # …研究（WN2020-GY01；A类；拟立项1项）: an item of its bracket
        if kind is None and not node.children and node.parent is not None \
                and node.parent.parent is not None \
                and (item := KIND_ITEM.search(normalise(node.parent.heading_text))):
            kind = item["kind"]  # 4.…（ZX26-SW04，B类），下设两个子方向： ⏎ 4.1 …: its class
        if kind is None and not node.children and node.parent is not None \
                and node.parent.parent is not None \
                and (item := KINDS_BRACKET.search(above := normalise(node.parent.heading_text))
                     or _CLASS_LETTER_BRACKET.search(above)) \
                and not re.search(r"[、,，和及/或]", item["kinds"]):
            kind = item["kinds"].strip()  # 【1-3】…（类别：A） ⏎ （1-3-A）…: its parts' class
        if kind is None and (tag := KIND_TAG.search(node.heading_text)
                             or KIND_TAG.search(node.title or "")):  # (…（攻关类）。立项指标2个…)
            kind = tag["kind"] or tag["kind_class"] or (tag["stem"] and tag["stem"] + "类")
            # (1.…关键技术【揭榜挂帅】 / （A类） / （甲）)
        if kind is None and not node.children and (lead := next(
                (m for a in [node, *node.ancestors()] if a.parent is not None
                 and (m := LEADING_TAG.match(a.heading_text.strip())) is not None), None)):
            # (its own tag, or the tag of the direction it divides)
            if sections is None:
                sections = kind_sections(root)
            # 〔后补〕3．…: the kind whose name the tag begins (后补助项目)
            # (a legend's 〔重点〕〔一般〕… read as a label names no kind beside 重点项目)
            begun = [name for name in sections if name.startswith(lead["tag"])
                     and name != lead["tag"]] or [lead["tag"]] * (lead["tag"] in sections)
            kind = begun[0] if len(begun) == 1 else None
        if kind is None and marked is not None and not node.children:
            kind = _kind_by_mark(node, marked)  # 1．…技术★: a 重点项目 by the legend's mark
            if kind is not None and marked[0].startswith("(") and node.title:
                # 1.…技术应用（重点）: the mark a bracketed word, no part of the title
                word = re.escape(marked[0][1:-1])
                node.title = re.sub(rf"\s*[(（]\s*{word}\s*[)）]\s*$", "", node.title)
        if kind is None and by_number and not node.children and node.seq \
                and node.style in ("1.", "1、", "1 ", "01 "):
            kind = by_number.get(node.seq[-1]) or by_number.get(0)  # 第1、2项方向为重点项目
        if kind is None and letter is not None and not node.children:
            kind = coded[letter]  # GEM2021-Z-01: a 重点项目 by the legend's letter
        if kind is None and not node.children:  # 本计划项目均按一览表C类标准支持: its plan's
            kind, node.kind_from = next(((cited, a) for a in node.ancestors()
                                         if a.parent is not None
                                         and (cited := _kind_cited(["".join(a.stated)]))),
                                        (None, None))
        if kind is None and not node.children:  # 本专项各方向均按三档支持: its plan names it
            kind, node.kind_from = next(((m["kind"] or m["named"] or m["is"] or m["is_named"]
                                          or m["typed"] or m["typed_named"], a)
                                         for a in node.ancestors()
                                         # (its sentences too: 本计 ⏎ 划项目均为C类项目 cut
                                         # by a column's width)
                                         for line in [*a.stated,
                                                      *fx.sentences("".join(a.stated))]
                                         if (m := KIND_FOR_ALL.search(normalise(line)))),
                                        (None, None))
        if kind is None and not node.children:  # （一）A类：科技重大专项 ⏎ 2026A01　…: its group's
            kind = next((m["kind"] for a in node.ancestors() if a.title
                         and (m := CLASS_HEADED.match(normalise(a.title)) or (
                             # （二）重点研发项目（B类） stating no terms of its own
                             # (（一）重大科技专项（项目类别：A类）: a bracket its title lost)
                             CLASS_BRACKETED.search(normalise(a.heading_text or a.title))
                             if not any(TERMS_WORDS.search(COUNT_SAID.sub("", line))
                                        for line in a.stated)  # (每个方向拟支持1项: a count)
                             else None))), None)
        if kind is None and not node.children:
            # 1．强链方向 ⏎ （1）…: the group's title names a kind a general section defines
            # (（一）强链类项目。…采取前资助方式…)
            stems = [m["stem"] for a in node.ancestors() if a.title and a.parent is not None
                     and (m := GROUP_OF_KIND.fullmatch(re.sub(r"\s", "", normalise(a.title))))]
            if stems and sections is None:
                sections = kind_sections(root)
            kind = next((name for stem in stems for name in (f"{stem}类项目", f"{stem}项目")
                         if sections and name in sections), None)
        if kind is None and not node.children and node.parent is not None:
            # 项目类别：C类。本方向下设以下支持事项： ⏎ 1．…: the items are of their heading's class
            # (本方向设以下2个子方向，项目类别均为B类，…: a clause of its sentence)
            # (…两个子方向，均按一般项目（Ⅲ类）支持: said of them all)
            # (（2）本专题项目类别均为B类，执行表1…: an item of the heading's 申报要求)
            # (本专题项目类别均为攻关类 ⏎ ㊁… ⏎ （1）…: said of all below, a direction's parts too)
            kind = next((m["kind"] for a in node.ancestors() for line in a.stated
                         for part in re.split(r"[；;。，,]", normalise(line))
                         if (a is node.parent or "均" in part) and (m := KIND_LINE.match(
                             subject := HEADING_SUBJECT.sub("", part.strip()))
                             or KIND_SAID.match(subject))), None) or next(
                # (专题四　企业研发激励（奖励类，归口：…）: the kind its bracket names, one the
                # guideline defines)
                (part for line in node.parent.stated
                 for part in re.split(r"[；;。，,]\s*", normalise(line).strip())
                 if re.fullmatch(r"[\u4e00-\u9fff]{2,4}类", part)
                 and _class_defined(lines, part)), None)
        if kind is None and not node.children and unmarked and node.kind in ("direction", "sub") \
                and node.parent is not None and not node.parent.kind_named:
            kind = unmarked  # 未标注类别的，一律按B类管理: a direction no class is marked on
        counted = [] if kind is not None or node.children else [
            f"{k}项目" for k in fx.tier_counts(node.field_text("quota") or "")]
        if len(counted) == 1:  # 拟支持：一般项目2项: the kind it funds
            kind = counted[0]
        elif len(counted) > 1 and all(clauses := [_kind_clause(node, k) for k in counted]):
            node.kinds_terms = clauses  # 拟支持：重点项目1项、一般项目2项: both kinds' terms
            node.kind_named = "、".join(counted)
            continue
        kinds = bracket["kinds"] \
            if (bracket := KINDS_BRACKET.search(normalise(node.heading_text))) else None
        if kind is not None and re.search(r"[、和及/或]", kind):
            kind, kinds = None, kind  # 申报类别：可申报重点项目、一般项目: a choice of kinds
        listed = [] if kind is not None or node.children or kinds is None else [
            k.strip() for k in re.split(r"[、,，和及/或]", kinds) if k.strip()]
        if len(listed) == 1:
            kind = listed[0]
        elif len(listed) > 1:
            if sections is None:
                sections = kind_sections(root)
            found = [_kind_section(sections, root, re.sub(r"\s", "", normalise(k)), node)
                     for k in listed]
            if all(found):  # each kind's terms; the direction's are their union
                node.kinds_terms = ["".join(section.stated) for section in found if section]
                node.kind_named = "、".join(listed)
                for section in found:
                    if section is not None and not section.children:
                        section.non_funding = True  # (a tier's terms, none of the directions)
            elif all(said := [_class_in_sentence(lines, re.sub(r"\s", "", normalise(k)))
                              for k in listed]):
                node.kinds_terms = said  # 项目类别：甲类或乙类 where a sentence defines both
                node.kind_named = "、".join(listed)
            continue
        if kind is None or node.table_terms or node.children:
            continue
        # (项目类别：一般项目 where the class table's row is B类 | 一般项目 | …: that class)
        kind = aliases.get(re.sub(r"\s", "", normalise(kind)), kind)
        # (均按B类项目组织实施 over a table whose row is B类一般项目: the class, B类)
        kind = re.sub(rf"^\s*({CLASS_KIND})\s*项目$", r"\1", kind)
        node.kind_named = kind  # rules written for 科技重大专项 bind the directions of that kind
        root.kinds_named.add(kind)
        folded = re.sub(r"\s", "", normalise(kind))
        row = next((r for a in node.ancestors() if a.class_table for r in a.class_table[1:]
                    if r and re.sub(r"\s", "", normalise(r[0])) == folded), None)
        if row is not None:  # its group's own table of terms by class
            holder = next(a for a in node.ancestors() if a.class_table and row in a.class_table)
            node.table_terms = _row_sentence(holder.class_table[0], row, _mode_said(node))
            continue
        if sections is None:
            sections = kind_sections(root)  # once per document, and only when a kind is named
        section = _kind_section(sections, root, folded, node)
        if section is not None:  # （一）A类（重大项目） ⏎ its terms, before the directions
            node.kind_terms = _labelled_terms(section)  # (its label lines with their labels)
            # （归口科室：…） of that class, or its terms saying 由成果转化科负责受理
            named = OFFICE_SENTENCE.search(normalise(fx.unwrap(node.kind_terms)))
            office = section.office or (office_named(named) if named else None)
            if node.office is None and office:
                node.office, node.office_noted = office, True
            section.non_funding = True  # (a tier defined among the directions is none of them)
            # (表1 gives each class's grant, period and lead; （一）A类项目 ⏎ 1．… under it the
            # rules added to them: a direction of that class takes both)
            also = _kind_row(tables, kind, letter, node) \
                if re.fullmatch(CLASS_KIND, kind) else None
            if also is not None:
                node.table_terms = _row_sentence(also[1], also[2], _mode_said(node))
                used.add(also[0])
            continue
        of_kind = _kind_row(tables, kind, letter, node)
        if of_kind is None:
            node.kind_terms = _class_labelled(node, folded) or class_terms.get(folded) \
                or _class_defined(lines, folded) or _tier_of_kind(node, kind) \
                or _kind_clause(node, folded, paragraphs) or _class_in_sentence(lines, folded)
            continue
        key, header, row = of_kind
        node.table_terms = _row_sentence(header, row, _mode_said(node))
        named = OFFICE_SENTENCE.search(normalise(node.table_terms))
        if node.office is None and named is not None:  # (its row's 受理科室 column)
            node.office, node.office_noted = office_named(named), True
        # (计划类别 | 项目类型 | … with 重点研发计划 | 重大专项 | …: the kind its own cell names)
        node.kind_named = next((kind for cell in row[1:] if re.sub(r"\s", "", normalise(cell))
                                == folded), normalise(row[0]))
        root.kinds_named.add(normalise(row[0]))
        used.add(key)
    for holder in all_nodes(root):  # 二、支持类型及资助标准 ⏎ 表1 …: the kinds' terms, no direction
        if not holder.children and any(
                (caption := TERMS_CAPTION.match(normalise(text).strip())) is not None
                and (str(int(caption["n"])) if caption["n"] else "附表") in used
                for text in holder.text):
            holder.non_funding = True
    # (附件 ⏎ …项目类别及支持额度 ⏎ 项目类别 | 支持方式 | …: a row the directions chose by their
    # 项目类别 line is their kind's terms, read as a heading of its own, no direction)
    chosen = {re.sub(r"\s", "", normalise(row[0])) for key in used for row in tables[key][1]
              if row}
    for row_node in all_nodes(root):
        if row_node.style == "table" and not row_node.children and row_node.title \
                and re.sub(r"\s", "", normalise(row_node.title)) in chosen:
            row_node.non_funding = True
    _grants_by_kind(root)  # (the kinds known now: a heading's grant for each)


def _kind_row(tables: dict[str, tuple[list[str], list[list[str]]]], kind: str,
              letter: str | None, node: Node) -> tuple[str, list[str], list[str]] | None:
    """The terms table row of the kind a direction names: (table key, header, row)."""
    titles = [re.sub(r"\s", "", normalise(a.title)) for a in node.ancestors() if a.title]
    for key, (header, rows) in tables.items():  # 项目类型：重点 picks the row 重点项目
        # …or the row of its plan and kind (重点研发计划 | 重大项目 | …)
        row = next((r for r in rows if r and (
            re.sub(r"\s", "", normalise(r[0])).startswith(kind)
            or (letter is not None and normalise(r[0]).strip() == letter))), None) or next(
            (r for r in rows if len(r) > 2 and re.sub(r"\s", "", normalise(r[1]))
             .startswith(kind) and any(_names(r[0], t) for t in titles)), None) or (next(
                # (A类：科技重大专项 over it, its row 科技重大专项 | … where the table's
                # class column was read as the rows' place)
                (r for r in rows if r and any(
                    _names(r[0], t) and t.startswith(kind) for t in titles)), None)
                if re.fullmatch(rf"{CLASS_KIND}(?:项目)?", kind) else None)
        if row is None and re.fullmatch(rf"{CLASS_KIND}", kind) and any(
                re.search(r"资助|补助|支持方式|支持强度|额度", cell) for cell in header):
            # 研发类 | A类（重大科技创新项目） | 资助方式 …: the class in a terms table's
            # second column
            second = [r for r in rows if len(r) > 2
                      and re.sub(r"\s", "", normalise(r[1])).startswith(kind)]
            row = second[0] if len(second) == 1 else None
        if row is not None:
            return key, header, row
    return None


def _kind_section(sections: dict[str, Node], root: Node, folded: str, node: Node) -> Node | None:
    """The heading that states the terms of the kind `folded` (C类 → C类（…）, 重点 → 重点项目)."""
    begun = [n for title, n in sections.items()  # 类别 | 重点 under （一）重点研发项目
             if len(folded) >= 2 and title.startswith(folded) and title.endswith("项目")]
    return sections.get(folded) or sections.get(folded + "项目") or next(
        (n for title, n in sections.items()
         if title.startswith((folded + "(", folded + "项目("))), None) \
        or (begun[0] if len(begun) == 1 else None) or next(
        (n for title, n in sections.items()  # 重大科技攻关项目（A类）: named in its bracket
         if re.fullmatch(r"[A-Z甲乙丙丁]类", folded) and title.endswith(f"({folded})")), None) \
        or _terms_heading(root, folded, node)


_CLASS_AND_NAME = re.compile(rf"^(?P<cls>{CLASS_WORD})[:：](?P<name>[^:：]{{2,16}})$")
TIER_LINE = re.compile(r"^(?P<name>[一二三四五六七八九十\dA-Z]{1,2}(?:档|类)"
                       r"|[\u4e00-\u9fff]{2,6}项目)\s*[:：]\s*(?P<rest>\S.*)$")


# 01 A类项目（重大项目） ⏎ 资助额度最高不超过50万元…: a class named alone on a line of a
# section's text, its terms on the lines below
CLASS_ALONE = re.compile(rf"^(?:\d{{1,2}}\s+)?(?P<name>{CLASS_KIND})(?:项目)?"
                         r"(?:\s*[(（][^()（）]{2,10}[)）])?$")


def _classes_over_their_terms(text: list[str]) -> list[tuple[str, list[str]]]:
    """Each class named alone on a line, with the lines of terms under it."""
    found: list[tuple[str, list[str]]] = []
    for line in text:
        named = CLASS_ALONE.match(normalise(line).strip())
        if named is not None:
            found.append((named["name"], []))
        elif found and line.strip():
            found[-1][1].append(line)
    # (the few lines right under it: the section's own text may go on after the last class)
    return [(name, lines[:CLASS_TERMS_LINES]) for name, lines in found if lines]


CLASS_TERMS_LINES = 3


TIER_TITLE = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}项目|[一二三四五六七八九十\dA-Z]{1,2}(?:档|类))$")
TIERS_ANNOUNCED = re.compile(r"分为[^。；;]{0,30}?(?:档次|档|类别|类|层次)")


GROUP_OF_KIND = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,4}?)类?方向")


def kind_sections(root: Node) -> dict[str, Node]:
    """Headings in the sections that fund nothing that define a kind of project by its
    name (（一）A类（重大项目）, （二）重点项目), with the terms their text states."""
    found: dict[str, Node] = {}
    for node in all_nodes(root):
        if node.title and not node.children \
                and (node.text or (node.fields and node.style != "table")) and (any(
                a.non_funding for a in node.ancestors() if a.parent is not None) or (
                # 本计划项目分为重点项目和一般项目两个档次： ⏎ （1）重点项目：采取前资助方式…
                node.parent is not None and TIER_TITLE.match(normalise(node.title).strip())
                and any(TIERS_ANNOUNCED.search(normalise(line)) for line in node.parent.text))):
            title = re.sub(r"\s", "", normalise(node.title))
            found.setdefault(title, node)
            if node.style == "A类" and node.number:  # A类 重大攻关项目: by its letter too
                found.setdefault(f"{node.number}类", node)
            named = _CLASS_AND_NAME.match(title)
            if named is not None:  # Ⅰ类：重大攻关项目: a direction may name it either way
                found.setdefault(named["cls"], node)
                found.setdefault(named["name"], node)
        if node.non_funding:  # 一档：每项资助80～100万元… as a labelled line of the section
            said = [(key.removeprefix(OTHER), lines) for key, lines in node.fields.items()
                    if key.startswith(OTHER) and lines]
            said += [(m["name"], [m["rest"]]) for line in node.text
                     if (m := TIER_LINE.match(normalise(line).strip()))]
            said += _classes_over_their_terms(node.text)
            for name, lines in said:  # (with what the sentence dividing them says of all)
                shared = _shared_clauses(node.text, name)
                found.setdefault(name, Node(None, node.line, name,
                                            text=[shared] * bool(shared) + list(lines)))
    return found


def _terms_heading(root: Node, folded: str, node: Node) -> Node | None:
    """所属专题：产业核心技术攻关专题 — a heading of that name elsewhere that holds terms and no
    directions (（一）产业核心技术攻关专题。本专题项目采取前资助方式…)."""
    # (项目类别 | 产业关键技术攻关 naming （一）产业关键技术攻关项目（归口科室：…）。…)
    return next((n for n in all_nodes(root) if n is not node and not n.children and n.title
                 and re.sub(r"\s", "", normalise(n.title)) in (folded, folded + "项目")
                 and n.text), None)


def _kind_clause(node: Node, kind: str, paragraphs: Sequence[str] = ()) -> str:
    """本计划分重点项目和一般项目两类组织实施：重点项目每项支持30万元，实施期限2年；一般项目…
    in a heading's text above, or in a rule elsewhere naming that heading (第九条　工业科技攻关计划
    项目分为重点项目和一般项目。重点项目资助强度…；一般项目…): the clause the kind opens, as the
    terms of that kind."""
    for above in node.ancestors():
        named = re.sub(r"\s", "", normalise(above.title or ""))
        said = above.text + [p for p in paragraphs if len(named) >= 4 and named in p] \
            if above.parent is not None else above.text
        for line in said:
            if kind not in line:
                continue
            for clause in re.split(r"[；;。:：]", normalise(line)):
                parts = [p.strip() for p in re.split(r"[,，]", clause)]
                # (一般项目资助5—10万元，重点项目资助20—30万元: each kind its own part, up
                # to the part the next kind opens)
                start = next((i for i, part in enumerate(parts)
                              if re.sub(r"^(?:其中|对)", "", part).startswith(kind)), None)
                if start is None:
                    continue
                if start == 0 and not any(_OTHER_KIND.match(p) for p in parts[1:]):
                    return clause.strip()
                end = next((i for i in range(start + 1, len(parts))
                            if _OTHER_KIND.match(parts[i])), len(parts))
                return "，".join(parts[start:end])
    return ""


# 重点项目资助20—30万元 after 一般项目资助5—10万元，: the next kind's part of the sentence
_OTHER_KIND = re.compile(r"^(?:其中|对)?(?:[\u4e00-\u9fff]{2,4}|[A-H甲乙丙丁]类)项目")


def _tier_of_kind(node: Node, kind: str) -> str:
    """资助强度：重点项目每项100万元；一般项目每项30万元 above a direction of 项目类别：一般项目:
    the clause its kind opens, as that direction's grant (the other tiers are not its own)."""
    for above in node.ancestors():
        text = above.field_text("funding")
        prose = not text and above.parent is not None and any(
            normalise(line).count("项目每项") >= 2 for line in above.text)
        if prose:  # (重点项目每项资助100万元，一般项目每项资助30万元至50万元，均采取…)
            text = "\n".join(above.text)
        if not text:
            continue
        clauses = [c.strip() for c in re.split(r"[；;。\n]", normalise(text)) if c.strip()]
        mine = [c for c in clauses if re.sub(r"^(?:其中|对)", "", c).startswith(kind)]
        if prose and (not mine or any(c.count("项目每项") >= 2 for c in mine)):
            # (the tiers in one sentence: its clauses)
            clauses = [c.strip() for c in re.split(r"[；;。,，\n]", normalise(text)) if c.strip()]
            mine = [c for c in clauses if c.startswith(kind)]
        if len(mine) == 1 and len(clauses) > 1:
            return f"资助强度：{mine[0]}"
        return ""
    return ""


# （二）支持方式和强度 ⏎ （三）申报要求 ⏎ （四）归口管理 beside （一）支持重点: a plan's terms set
# out as sections of their own, after the section holding its directions
# （三）榜单清单: the section a heading's directions stand in
LIST_SECTION = re.compile(r"^(?:榜单|发榜|需求|技术需求|方向|项目)(?:清单|目录|列表)$")
# 计划类别及支持方式, 各类项目支持方式和标准: a section of terms, one item a class
CLASSES_PREFIX = re.compile(
    r"^(?:(?:计划|项目|专项)(?:类别|类型|设置)(?:及|和|与|、)|各类(?:项目|计划)?)")
TERMS_SECTION = re.compile(
    r"^(?:支持|资助|补助|扶持|奖补)(?:方式|标准|强度|额度|金额)"
    # 支持方式与要求
    r"(?:[和及与、](?:支持|资助|补助|申报)?(?:方式|标准|强度|额度|期限|周期|要求))*"
    r"(?:[和及与、](?:资金|经费)安排)?$"  # (五、支持方式与资金安排)
    r"|^(?:实施|执行)(?:期限|周期)$|^(?P<rules>(?:申报|牵头|申报单位)(?:要求|条件))$"
    r"|^组织(?:实施)?方式[和及与、](?:支持|资助)(?:方式|标准)$"  # 二、组织方式和支持标准
    r"|^榜单金额(?:与|和|及)(?:财政)?(?:支持|资助)(?:方式|标准)?$"  # 三、榜单金额与财政支持
    r"|^(?:经费|资金)?(?:资助|补助|支持|扶持|奖补)办法$"  # 五．经费资助办法
    r"|^(?:归口(?:管理|科室|处室|部门)?|组织实施|管理(?:科室|处室|部门))$"
    r"|^(?P<notes>(?:有关|相关|申报|计划|本计划)?说明|申报须知)$")  # （一）说明 ⏎ 1.支持方式：…


def tiers_by_stated_value(root: Node) -> None:
    """榜额：450万元 under each 榜, and 榜额500万元（含）以上的，资助1,000,000元；榜额300万元（含）
    至500万元（不含）的，资助600,000元… among the common terms: each direction takes the grant
    of the tier its own stated value falls in (a tier said above, inferred)."""
    stating: dict[str, list[Node]] = {}
    for node in all_nodes(root):
        if not node.children and not node.kind_terms:
            for key, values in node.fields.items():
                if key.startswith(OTHER) and values and fx.MONEY_RE.search(normalise(values[0])):
                    stating.setdefault(key.removeprefix(OTHER), []).append(node)
    stating = {name: nodes for name, nodes in stating.items() if len(nodes) >= 2}
    if not stating:
        return
    stated = {id(n) for nodes in stating.values() for n in nodes}
    common = normalise("".join(_labelled_terms(n) for n in all_nodes(root)
                               if n.children or id(n) not in stated))
    for name, nodes in stating.items():
        for node in nodes:
            said = normalise(node.field_text(OTHER + name) or "")
            amounts = [fx.amount_to_wan(m.group(1), m.group(2)) for m in fx.MONEY_RE.finditer(said)]
            wans = [a for a in amounts if a is not None]
            grant = fx.tier_for(common, name, min(wans), max(wans)) if wans else None
            if grant is None:
                continue
            share = _TIER_SHARE.search(normalise("".join(node.stated)))
            money = fx.MONEY_RE.search(grant)
            wan = fx.amount_to_wan(money.group(1), money.group(2)) if money else None
            if share is not None and wan is not None:  # 按…所定档次的50%核定: its own grant
                node.text.append(f"本方向资助额度为{wan * float(share['pct']) / 100:g}万元。")
            else:
                node.kind_terms = f"资助额度：{grant}。"
                node.kind_named = f"{name}{node.field_text(OTHER + name)}"


_TIER_SHARE = re.compile(r"所定(?:档次|标准|额度)的\s*(?P<pct>\d{1,3}(?:\.\d+)?)\s*%")


def terms_sections(root: Node) -> None:
    """A heading whose directions stand under a section of their own (（一）支持重点) and whose
    terms follow in sections named for them: those sections' text is the heading's own."""
    for node in all_nodes(root):
        kids = node.children
        listed = any(c.children and c.title and (CONTAINER.match(normalise(c.title))
                                                 or LIST_SECTION.match(normalise(c.title)))
                     for c in kids)
        # (重点研发计划 ⏎ 支持方式及申报要求 ⏎ 现代农业领域 ⏎ …: a section beside the plan's
        # groups, headed by a style alone, states the plan's terms too)
        if not listed and (node is root or node.non_funding or not any(
                c.children or {"content", "indicators"} & set(c.fields)
                for c in kids if not c.non_funding)):
            continue  # (items, no groups nor directions: 二、组织方式与通用规定 ⏎ （二）资助方式)
        for child in list(kids):
            match = TERMS_SECTION.match(normalise(child.title or ""))
            if match is None or any(g.children for g in child.children) \
                    or not (listed or (child.non_funding and not child.children)):
                continue
            said = [*child.text]
            for item in child.children:  # 1.企业、高校…均可牵头申报 read as a heading
                said += [item.heading_text, *item.text]
            for key, lines in child.fields.items():
                if match["notes"] or not listed:  # (its labelled items: the heading's fields)
                    node.fields.setdefault(key, []).extend(lines)
                else:
                    said += lines
            if match["rules"]:
                node.fields.setdefault("requirements", []).extend(said)
            else:
                node.text.extend(said)
            office = child.office or next((i.office for i in child.children if i.office), None)
            if node.office is None and office is not None:
                node.office = office  # (（三）申报要求 ⏎ … 4．受理科室：高新技术科。)
            kids.remove(child)


def terms_boxes_naming_headings(root: Node) -> None:
    """工业科技重点项目支持方式及强度 ⏎ 支持方式：前资助… ⏎ 资助额度：… — a box set after a plan's
    directions (本类项目支持方式及强度见以下方向后的方框), read as a heading under its last
    direction: titled by the plan's name and the terms it states, its labelled lines are that
    plan's terms, no direction."""
    for node in list(all_nodes(root)):
        if node.children or not node.fields or not node.title or node.parent is None:
            continue
        title = re.sub(r"\s", "", normalise(node.title))
        holder = next((a for a in node.ancestors() if a.parent is not None and a.title
                       and any(len(name) >= 4 and title.startswith(name)
                               and TERMS_SECTION.match(title[len(name):])
                               for name in (re.sub(r"\s", "", normalise(a.title)),
                                            _named_core(a.title)))), None)
        if holder is None:
            continue
        holder.text.extend(node.text)
        for key, values in node.fields.items():
            holder.fields.setdefault(key, []).extend(values)
        node.parent.children.remove(node)


# 子方向代码 / 子方向名称 / 子课题: a header cell of a table listing sub-directions
SUB_HEADER = re.compile(r"^子(?:方向|课题|任务|项目|专题)")

# （一）榜单说明 / 申报说明 opening a plan: its notes, before the groups of its directions
# (（一）组织方式 ⏎ 1.发榜… 2.揭榜… 4.财政资助… over （二）榜单清单: the 揭榜 rules of the plan)
PLAN_NOTES = re.compile(r"^(?:(?:榜单|需求|申报|有关|相关|专项|计划)?说明|组织方式"
                        r"|揭榜(?:规则|方式|要求))$")


def plan_notes_sections(root: Node) -> None:
    """二、需求榜单 ⏎ （一）榜单说明 ⏎ 2.第一类榜单财政资金支持…；4.…每个榜单原则上确定1个揭榜方
    ⏎ （二）第一类 财政支持榜单 ⏎ 榜单1…: a plan's first item, a section of notes, over groups
    holding its directions: the notes are the plan's own terms (every direction under it
    inherits them; terms_naming_children gives a clause naming a group to that group)."""
    for node in all_nodes(root):
        kids = node.children
        # (（二）揭榜条件 between them, rules of its own and no directions: no group, still)
        if node is root or len(kids) < 2 or not any(k.children for k in kids[1:]) \
                or not all(k.children or k.non_funding or not k.known_fields
                           for k in kids[1:]):
            continue
        first = kids[0]
        if any(c.children or c.code for c in first.children) or not first.non_funding \
                or not first.title or not PLAN_NOTES.match(_bare_title(first.title)):
            continue
        # (3．拨付方式。市财政补助采取里程碑式补助：… read as a labelled point: its words too;
        # and short points read as headings, 1．本批次共发布榜单2项。: each one's line)
        said = [*first.stated, *(text for point in first.children
                                 for text in [point.heading_text, *point.stated])]
        node.text.extend(_LIST_ITEM.sub("", text).strip() for text in said)
        kids.remove(first)


def terms_naming_children(root: Node) -> None:
    """A heading that states terms for the headings under it by name: a table with a row per
    child (项目类型 | 支持强度 | … ⏎ 重点项目 | 50-80万元/项 | …), a paragraph or its clauses
    opening with a child's title (重点项目须由…企业牵头…), a 注 naming directions, a grant
    clause per named field (工业领域、农业领域项目每项…): each is that child's, so only the
    leaves under it take those terms."""
    for node in all_nodes(root):
        titled = {re.sub(r"\s", "", normalise(c.title)): c for c in node.children
                  if c.title and c.children and len(c.title) >= 2}
        titled |= _ordinal_names(titled)
        kept: list[str] = []
        header: list[str] | None = None
        for text in node.text:
            cells = [cell.strip() for cell in text.split("\t")]
            folded = re.sub(r"\s", "", normalise(cells[0]))
            if len(cells) >= 3 and sum(1 for cell in cells[1:] if names_field(cell)) >= 2:
                header = cells  # 项目类型 | 支持方式 | 支持强度 | 实施周期
                kept.append(text)
            elif len(cells) >= 2 and header is not None and folded in titled:
                titled[folded].text.append(_row_sentence(header, cells))
            elif len(cells) == 1 and (shared := _clauses_naming(text, titled)):
                for clause, named in shared:
                    if named is None:
                        kept.append(clause)
                    else:
                        named.text.append(_scope_after_name(clause, named))
            else:
                kept.append(text)
        node.text = [line for text in kept
                     for line in _notes_to_children(text, node, root.kinds_named)]
        for key, lines in node.fields.items():  # a note read on into the terms above it
            node.fields[key] = [line for text in lines
                                for line in _notes_to_children(text, node, root.kinds_named)]
        for key in ("funding", "mode"):
            if node.fields.get(key):
                node.fields[key] = _clauses_to_children(node.fields[key], titled)
        # (…。高原特色农牧业、藏中药材与民族医药领域每项不超过30万元，生态保护与绿色能源领域
        # 每项不超过15万元；…: said in its paragraph too)
        node.text = _clauses_to_children(node.text, titled)


# 第一类　财政支持榜单 named 第一类榜单 (its ordinal and the kind of thing it holds)
_ORDINAL_TITLE = re.compile(rf"^(?P<ordinal>第[{CN}\d]{{1,3}}[类批组])[\u4e00-\u9fff“”\"]{{2,16}}?"
                            r"(?P<kind>榜单|项目|方向|专项|计划)$")


def _ordinal_names(titled: dict[str, Node]) -> dict[str, Node]:
    """The short names of children titled by an ordinal and a name (第一类财政支持榜单 →
    第一类榜单), when no other child and no full title takes them."""
    short: dict[str, list[Node]] = {}
    for title, child in titled.items():
        if (m := _ORDINAL_TITLE.match(title)) is not None:
            short.setdefault(m["ordinal"] + m["kind"], []).append(child)
    return {name: nodes[0] for name, nodes in short.items()
            if len(nodes) == 1 and name not in titled}


_NOTE_LEAD = re.compile(r"^注\s*[:：]")


def _notes_to_children(text: str, node: Node, kinds: set[str]) -> list[str]:
    """注：“先进装备制造关键技术”方向拟支持2项；农业科技特派员服务项目不适用上述资助额度 under
    a group's terms: each clause naming a direction below is that direction's own (本方向…);
    what is left stays the group's — a clause naming a class of project the directions say
    they are of (a 项目类别 table's row, 重点项目…) too: its directions take it as a rule."""
    if not _NOTE_LEAD.match(text.strip()) or not node.children:
        return [text]
    classes = {re.sub(r"\s", "", normalise(kind)) for kind in kinds}
    titles = {folded: c for c in node.children
              if c.title and (folded := re.sub(r"\s", "", normalise(c.title))) not in classes}
    kept = []
    for clause in re.split(r"(?<=[；;。])", re.sub(r"^注\s*[:：]\s*", "", text.strip())):
        folded = re.sub(r"\s", "", normalise(clause))
        quoted = re.match(r"^[“\"](?P<name>[^”\"]{2,30})[”\"](?:方向|项目|子方向)?", folded)
        name = quoted["name"] if quoted else next(
            (t for t in sorted(titles, key=len, reverse=True) if folded.startswith(t)), None)
        child = titles.get(name) if name else None
        if child is None:
            kept.append(clause)
            continue
        rest = folded[quoted.end():] if quoted else folded[len(name or ""):]
        child.text.append("本方向" + rest.lstrip("中的，,"))
    left = "".join(kept).strip()
    return [f"注：{left}"] if left else []


def _clauses_to_children(lines: list[str], titled: dict[str, Node]) -> list[str]:
    """资助标准：…工业领域、农业农村领域项目每项支持20万元—40万元，社会发展领域项目每项支持
    10万元—20万元；…: each clause that opens with the titles of headings below is theirs."""
    kept: list[str] = []
    for text in lines:
        clauses = [c for c in re.split(r"(?<=[，,；;。])", text) if c.strip()]
        named = [_children_listed(c, titled) for c in clauses]
        if sum(1 for n in named if n) < 2:
            kept.append(text)
            continue
        for clause, children in zip(clauses, named, strict=True):
            sentence = re.sub(r"[，,；;]$", "。", clause.strip())
            for child in children:
                child.text.append(sentence)
        kept.append("".join(c for c, n in zip(clauses, named, strict=True) if not n))
    return [line for line in kept if line.strip()]


def _children_listed(clause: str, titled: dict[str, Node]) -> list[Node]:
    """The headings a clause opens by naming them (工业领域、农业农村领域项目…; 高原特色农牧业、
    藏中药材与民族医药领域每项…, the word they share said once, after the last)."""
    folded = re.sub(r"\s", "", normalise(clause))
    stems = {extract.SCOPE_WORD.sub("", title): node for title, node in titled.items()
             if extract.SCOPE_WORD.search(title) and len(title) >= 4}
    found: list[Node] = []
    while True:
        title = next((t for t in sorted(titled, key=len, reverse=True) if folded.startswith(t)),
                     None)
        listed = None if title is not None else next(
            (t for t in sorted(stems, key=len, reverse=True)
             if folded.startswith(t) and folded[len(t):len(t) + 1] in ("、", "和", "及", "与")),
            None)
        if title is None and listed is None:
            return found if found and folded[:1] not in "，,；;。" else []
        found.append(titled[title] if title is not None else stems[listed or ""])
        folded = folded[len(title or listed or ""):]
        if folded[:1] in ("、", "和", "及", "与"):
            folded = folded[1:]



def _scope_after_name(clause: str, named: Node) -> str:
    """农业科技计划前资助项目须落实…自筹经费 given to 农业科技计划: the rule for its 前资助
    projects (so its 后补助 rows are spared), its name no longer needed."""
    folded = normalise(clause).strip()
    title = normalise(named.title or "")
    rest = folded[len(title):] if title and folded.startswith(title) else ""
    return rest if rest and extract.MODE_SCOPE.match(rest) else clause


def _names_child(clause: str, titled: dict[str, Node]) -> Node | None:
    """The child heading a clause opens with (工业领域项目须由企业牵头…), if any."""
    folded = re.sub(r"\s", "", normalise(clause))
    return next((c for t, c in titled.items() if folded.startswith(t) and len(folded) > len(t)
                 and "\u4e00" <= folded[len(t)] <= "\u9fff"
                 and folded[len(t)] not in "和与及或、"), None)


def _clauses_naming(text: str, titled: dict[str, Node]) -> list[tuple[str, Node | None]]:
    """A paragraph (or a 注：… line) whose clauses each open with a child's title, split by
    the child they are about; a clause naming none goes with the one before. Empty when the
    paragraph names no child at its start or at a ；."""
    body = re.sub(r"^注\s*[:：]\s*", "", text.strip())
    body = _LIST_ITEM.sub("", body).strip()  # (2．重点研发计划项目…；农业科技计划…: a note's point)
    clauses = [c for c in re.split(r"(?<=[；;。])", body) if c.strip()]
    named = [_names_child(c, titled) for c in clauses]
    if not named or (named[0] is None and not (
            len(clauses) > 1 and sum(n is not None for n in named) >= 2)):
        return []  # (a bare 注： on its line, its note on the lines below: none named here)
    result: list[tuple[str, Node | None]] = []
    current: Node | None = None
    for clause, child in zip(clauses, named, strict=True):
        current = child or current
        result.append((clause.strip(), current))
    return result


# the corner cell of a table whose columns are plans: 项目 / 计划 / 类别 / 内容 / 计划名称 (or
# split by a diagonal line, a name for the columns and one for the rows: 申报主体类型 支持标准)
_CORNER = re.compile(r"^(?:项目|计划|类别|内容|事项|计划名称|计划类别|项目类别|专项|专项名称)$"
                     r"|^[\u4e00-\u9fff]{0,6}(?:类型|类别)\s*[\\/]?\s*(?:支持标准|支持要素|标准|要素|项目)$")
_HEADING_NUMBER = re.compile(rf"^(?:[(（][{CN}\d]{{1,3}}[)）]|[{CN}\d]{{1,3}}[、.．])\s*")


def plans_as_rows(lines: list[Line]) -> list[Line]:
    """表1 with the plans as columns (项目 | 重点研发计划 | 成果转化计划 ⏎ 归口科室 | …):
    turned so that each plan is a row under a header of the labels, as such tables are usually
    set (a plan to each of the first lines it took, the rest dropped)."""
    titles = {re.sub(r"\s", "", _HEADING_NUMBER.sub("", normalise(line.text).strip()))
              for line in lines if _HEADING_NUMBER.match(normalise(line.text).strip())}
    spans = CELL_SPANS.get() or {}
    out = list(lines)
    at = 0
    while at < len(out):
        cells = [re.sub(r"\s", "", normalise(cell)) for cell in out[at].text.split("\t")]
        if len(cells) < 3 or not _CORNER.match(normalise(out[at].text.split("\t")[0]).strip()) \
                or not all(_titled(cell, titles) for cell in cells[1:]):
            at += 1
            continue
        rows = [cells]
        end = at + 1
        while end < len(out):
            row = _spread(out[end].text.split("\t"), spans.get(out[end].number), len(cells))
            label = re.sub(r"\s", "", normalise(row[0]))
            if len(row) != len(cells) or not (label_key(label) or OFFICE_HEADER.match(label)):
                break
            rows.append(row)
            end += 1
        if len(rows) < 3 or end - at < len(cells):
            at = end
            continue
        turned = ["\t".join(["计划名称", *(row[0] for row in rows[1:])])]
        turned += ["\t".join([_titled(plan, titles) or plan, *(row[column] for row in rows[1:])])
                   for column, plan in enumerate(cells[1:], start=1)]
        out[at:end] = [replace(out[index], text=text, norm=normalise(text))
                       for index, text in zip(range(at, end), turned, strict=False)]
        at += len(turned)
    return out


def _titled(cell: str, titles: set[str]) -> str | None:
    """The heading of the document a column is named for: by its title, or its title less the
    word for what it is (企业类 over （一）企业类项目)."""
    return next((title for title in (cell, *(cell + word for word in ("项目", "计划", "专项")))
                 if title in titles), None)


_LABELLED_ROW = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,8})[:：]\s*(?P<value>\S.*)$")


def _spread(cells: list[str], spans: tuple[int, ...] | None, columns: int) -> list[str]:
    """A row's cells, one per column: a cell merged across columns (as Word's row says) stands
    in each of them, and a row of one value beside its label (实施期限 | 2年) in all."""
    cells = [cell.strip() for cell in cells]
    if len(cells) == 1 and (said := _LABELLED_ROW.match(normalise(cells[0]))) is not None:
        cells = [said["label"], said["value"]]  # (实施期限 | 2年, read as 实施期限：2年)
    if spans is not None and len(spans) == len(cells) and sum(spans) == columns:
        return [cell for cell, span in zip(cells, spans, strict=True) for _ in range(span)]
    if len(cells) == 2 and columns > 2 and cells[1]:
        return [cells[0], *[cells[1]] * (columns - 1)]
    return cells


# 受项目调整影响，本方向2022年度暂停受理申报: a direction listed but closed this year
# (本次仅征集需求，支持方式和标准以…通知为准: needs gathered, nothing funded — in text or a note)
_NEEDS_ONLY = r"|(?:^|[。；;，,])\s*(?:本次|本批次?|本年度|今年)仅征集(?:技术)?需求"
# (本事项为日常备案服务，不涉及资金，…不纳入本次申报: no grant; 本事项不安排项目资金，不属于
# 科技计划项目: a free service's record, whatever its text says of the service)
# (not 本方向为指导性项目，市财政不安排资金，立项后纳入市科技计划项目管理: a project all the same)
# (〔本卡为免费服务，不涉及资金，不在系统申报。〕: a call script's card, its note bracketed)
# (说明：认定由省…组织，本事项不涉及资金。 / 说明：不涉及资金，… / …，不属于财政资金支持事项: a
# 一件事 guide's service items, no grant)
_NO_GRANT = (r"|(?:^|[。；;，,])\s*[〔(（]?(?:本|该)(?:方向|项目|事项|类别|卡|办理项)"
             r"[^。；;]{0,24}?"
             r"(?:不涉及(?:财政|项目)?资金|不纳入本次申报|不设资金资助|不受理资金申请)"
             # (由企业服务专员上门提供，无需申报，不涉及资金: a service, no grant)
             r"|(?:^|[，,])\s*不涉及(?:财政|项目)?资金(?=[，,。；;]|$)|[，,]\s*不属于财政资金支持(?:事项|范围)"
             # (…提出验收申请，本办理项不安排项目资金: a 实施清单's service item, no grant)
             r"|(?:^|[。；;，,])\s*(?:(?:本|该)(?:方向|项目|事项|类别|办理项)[^。；;，,]{0,6}?"
             # (本项为科技特派员选派工作征集服务需求，不安排项目资金: what it is, then no money)
             # (本条目仅征集企业技术需求，不安排财政资金: only what it gathers, then no money)
             # (本项属县农业农村局…专项，县级科技计划不安排资金: whose money it is)
             r"|(?:本|该)(?:项|事项|方向|项目|条目|条)(?:本年度|今年|本次)?(?:为|仅|属于?)"
             r"[^。；;]{2,40}?[，,]\s*(?:[县市区]级(?:科技)?计划)?)"
             # (本方向为引导性方向，不安排县级财政资金: the level's money named)
             # (…不安排项目经费，征集结果作为下一年度立项储备: next year's, not this call's)
             r"不安排(?:[县市区省]级)?(?:项目|财政)?(?:资金|经费)"
             r"(?![^。；;]*(?:(?<!年度)立项(?!储备)|纳入[^。；;]{0,8}计划))")
SUSPENDED = re.compile(r"(?:本|该|这个)(?:方向|项目|专题|榜单|事项|办理项|栏目)[^。；;，,]{0,12}?"
                       # (这个方向今年先不受理: a speaker's way of saying it)
                       r"(?:暂停|不再|暂不|暂时不|先不)(?:受理|申报|征集|组织申报|开放)"
                       # (办理项状态：暂停办理（…）: a 实施清单's item's status)
                       r"|^\s*暂停(?:办理|受理)(?=[(（。；;，,]|$)"
                       # (2024年度县级科技特派员项目本次不受理，…: the item named first, then
                       # closed — not …，原来的“科技特派员”项目今年暂停受理, another's, told after)
                       r"|^\s*(?:\d{4}\s*年度?)?[^。；;，,“”\"]{0,16}?(?:项目|方向|事项)"
                       r"(?:本次|本批次?|本年度|今年)(?:暂停|不再|暂不|不)受理(?:申报)?(?=[。；;，,]|$)"
                       # 这一项今年不单独设立项目，也不接受单位申报: a speech's way of saying it
                       # (本条为年度工作安排，不设立项目，…不接受申报: an item of the year's work)
                       # (本方向由市科技局委托第三方…编制，不接受单位申报: by whom it is done)
                       r"|(?:本|该|这一?)(?:方向|项目|专题|榜单|事项|项|条)[^。；;]{0,40}?"
                       r"(?:不单独(?:设立项目|立项)|不设立?项目"
                       r"|不(?:再)?(?:接受|受理)(?:任何)?(?:单位)?申报)"
                       r"(?=[。；;，,、]|$)"  # (本项不设立项目、不安排奖补资金: listed)
                       # (…组织专家开展…服务，企业免费参加，不单独立项，…: a service, no project)
                       r"|(?:^|[，,。；;])\s*不单独立项(?=[，,。；;、]|$)"
                       # (本条仅征集需求，不予立项资助: needs gathered, nothing funded)
                       r"|仅征集(?:技术)?(?:需求|难题)[^。；;]{0,6}?[，,]\s*不(?:予|再)?(?:立项|资助)"
                       # 本榜单在需求征集期间已与…完成对接，不再公开揭榜，仅作公示: taken already
                       r"|(?:本|该)榜单[^。；;]{0,40}?[，,]\s*(?:不再|暂不|暂停)(?:公开)?(?:揭榜|发榜)"
                       # 本方向榜单另行发布，本指南不受理申报: not taken under this call (not
                       # 本方向不受理高校单独申报, whom it turns away, nor …不足60万元的企业，本方向
                       # 不予受理, whom its condition does)
                       r"|(?:^|[。；;]|另行(?:发布|通知|公布)[，,])\s*"
                       r"(?:本|该)(?:方向|项目|专题|榜单|指南|次|批次?)"
                       r"[^。；;，,]{0,12}?不(?:予)?受理(?:申报)?\s*(?=[。；;，,]|$)"
                       # 说明：本方向具体申报方式及支持标准另行通知: nothing to apply for yet
                       # (具体申报方式和支持标准以后续通知为准: all its text says, with no subject)
                       # (2021年度科技创新券申领与兑付办法另行通知: its rules come later)
                       r"|(?:(?:本|该)(?:方向|项目|专题|榜单)[^。；;，,]{0,6}?"
                       # (2024年度科普基地认定工作的具体申报办法另行通知: the year's item named)
                       r"|^\s*(?:具体|\d{4}\s*年度?[\u4e00-\u9fff]{2,16}?)?)"
                       # (2025年度科技创新券申领的具体办法另行通知)
                       r"(?:申报|申领|兑付)(?:[与和及](?:申报|申领|兑付))?(?:的)?(?:具体)?"
                       r"(?:方式|办法|通知|细则|工作)"  # (…科技创新券申领工作另行通知)
                       r"[^。；;，,]{0,12}?(?:另行(?:通知|发布|公布)"
                       r"|以后续通知为准)"
                       # (科技创新券的申领范围、兑付方式和支持标准以后续通知为准; …的具体申报方式、
                       # 支持标准另行通知: its terms later)
                       r"|(?:支持|资助|补助)标准[^。；;，,]{0,6}?(?:以后续通知为准|另行(?:通知|发布|公布))"
                       # 本年度不单独组织申报，按…通知执行: not taken in this year
                       # (本年度县级暂停兑现: a 兑现清单's item not paid out this year)
                       r"|\d{4}\s*年度?暂缓受理"  # (2025年度暂缓受理，纳入2026年度指南储备)
                       # (该事项2024年度并入县经济商务局“…”政策，县科技局本年度不受理。)
                       # (县本级本年度不受理: the county's own level takes none this year)
                       r"|[县市区](?:科技局|本级)(?:本年度|本年|今年)(?:暂停|不再|暂不|不单独|不)受理"
                       r"(?:申报)?(?=[。；;，,]|$)"
                       # (今年县科技局不单独组织申报，由县科协…统一推荐: the bureau named)
                       r"|^\s*(?:本年度|本年|今年|本批次?)(?:[\u4e00-\u9fff]{1,2}级|[县市区]科技局)?"
                       r"(?:暂停|不再|暂不|不单独|不)(?:受理|申报|征集|组织申报|兑现|兑付)"
                       # (具体支持办法由区科委另行制定，申报另行通知: no terms yet)
                       r"|^\s*具体(?:支持|资助|补助|扶持)?(?:办法|标准|方式)[^。；;，,]{0,12}?"
                       r"另行(?:制定|通知|发布|公布)"
                       + _NEEDS_ONLY + _NO_GRANT +
                       # (由市生产力促进中心按规定统筹支出，不接受企业申报: a budget line spent
                       # by whom it names, nothing to apply for)
                       r"|(?:统筹|直接)(?:支出|使用|拨付)[，,]\s*不(?:接受|受理)(?:任何)?(?:单位|企业)?"
                       r"申报(?=[。；;]|$)"
                       # (论证结论：不予列入。 / 暂缓列入，待…另行发布: a review dropped it)
                       r"|^\s*(?:论证|评审)?结论\s*[:：]\s*(?:不予|暂缓|暂不)列入"
                       # (具体建设方案及支持标准由双方另行商定，本年度不组织申报。: not this year)
                       r"|另行(?:商定|研究|确定|通知|发布)[，,]\s*(?:本年度|本年|今年|本次|本批次?)"
                       r"(?:暂)?不(?:组织)?(?:申报|受理)(?=[。；;]|$)"
                       # (说明：见事项2.3，成长期企业同样适用，不重复列示。: listed elsewhere)
                       r"|[，,]\s*不(?:再)?重复(?:列示|列出|列举)(?=[。；;]|$)"
                       # (该经费由市科学技术局统筹用于…，已含在本类预算中，不面向单位申报。)
                       r"|[，,]\s*不面向(?:单位|企业|社会)?(?:申报|受理|征集)(?=[。；;]|$)"
                       # (按县政府“一事一议”另行研究确定，不在本次申报范围: not in this call)
                       # (…另行发布申领通知，不纳入本次评审: a 评审细则's item not reviewed now)
                       # (不纳入本次申报受理范围 too)
                       r"|(?:^|[，,；;。])\s*(?:不在|不属于|不纳入)本(?:次|批次?|年度)(?:申报|受理|评审){1,2}"
                       r"(?:范围)?(?:内)?(?=[。；;，,]|$)"
                       # (…常年申领，不在本指引和《申报指南》受理范围内: taken elsewhere, all year)
                       r"|[，,]\s*不在本(?:指引|指南)[^。；;，,]{0,12}?受理范围(?:内|之内)?(?=[。；;，,]|$)"
                       # (榜单内容由…另行发布，申报办法另行通知: nothing to apply for yet)
                       r"|[，,]\s*(?:榜单(?:内容)?(?:及|和))?(?:具体)?(?:申报|揭榜)(?:方式|办法)另行(?:通知|发布|公布)"
                       r"(?=[。；;]|$)"  # (…，榜单及具体申报办法另行通知)
                       # 本方向前期论证尚不充分，…，本年度暂不受理，待条件成熟后另行研究: its
                       # sentence goes on to say it is closed this year
                       # (（本包已于…确定承担单位，本次不再比选…）: a tender's lot taken already)
                       # (陈××说明：这个方向省里正在调整政策，本年度暂停受理: said by whom)
                       r"|^[(（]?(?:[^。；;：:]{1,12}[:：])?(?:本|该|这个|这一)"
                       r"(?:方向|项目|专题|榜单|包|标段)[^。；;]{0,60}?[，,]\s*"
                       # (这个方向省里今年有专项，县里本次暂不受理: whose level does not take it)
                       r"(?:[县市区](?:里|本级|级)|我局|局里)?"
                       # (…统筹，本年度我市不再单独受理。: the city itself named)
                       r"(?:本年度|本年|今年|本批次?|本次)(?:我[县市区局])?(?:暂停|不再|暂不)(?:单独)?"
                       r"(?:受理|申报|征集|比选|招标)(?=[。；;，,)）]|$)")


_NO_GRANT_SAID = re.compile(_NO_GRANT.removeprefix("|"))


# 任务10　智慧机场旅客服务系统（本年度暂停受理）: closed, said in its heading
# (7.高新技术企业重新认定奖励（本年度不再执行）: an award item the policy no longer pays)
# (方向3　…（本方向暂不受理，另行通知）: the direction itself named)
# (…涂层（本榜已由发榜企业自行撤回，不再受理揭榜申请）: withdrawn, whatever it still says)
WITHDRAWN_MARK = re.compile(r"[(（][^()（）]{0,30}?(?:已(?:自行)?(?:撤回|撤销|取消)|不再受理)"
                            r"[^()（）]{0,20}[)）]")
SUSPENDED_MARK = re.compile(r"[(（](?:本年度|本年|今年|本批次?|本次|本轮"
                            r"|(?:本|该)(?:方向|项目|专题|事项))?"
                            r"\s*(?:暂停|暂不|不再|停止)"
                            r"(?:受理|申报|征集|组织申报|执行|实施)[^()（）]{0,6}[)）]"
                            r"|[(（](?:本批次?|本次)不开标[)）]"  # (第三包　…（本批次不开标）)
                            # (an application system's option: （本系统不受理）, （灰色，不可选）)
                            r"|[(（]本系统(?:暂不|不)(?:受理|开放)[)）]|[(（][^()（）]{0,6}不可选[)）]"
                            # (口径2-11　科技创新券（另行通知）: its terms to come)
                            r"|[(（](?:申报|申领)?(?:办法|方式)?另行通知[)）]\s*$"
                            # (（三）氢能储运装备研发（具体申报方式、支持标准以后续通知为准）)
                            r"|[(（](?:具体)?(?:申报|申领|支持|资助)(?:方式|办法|标准)[^()（）]{0,12}?"
                            r"(?:以后续通知为准|另行(?:通知|发布|公布))[)）]\s*$")


# 说　明：本事项需求征集正在进行中，…另行通知，本批次暂不受理申报。: a note that closes the
# item whatever its terms say (its 支持标准 is the policy's, stated all the same)
_CLOSED_NOTE = re.compile(r"(?:^|[。；;，,])\s*(?:本|该)(?:方向|项目|专题|榜单|事项|类别|批次?)"
                          r"(?:\d{4}\s*年度?|本年度|今年)?(?:暂停|暂不|不再|不)(?:受理|组织)?申?报?"
                          r"(?:申报)?(?=[。；;，,]|$)"
                          + _NO_GRANT + _NEEDS_ONLY)


# (…发榜时间和申报办法另行通知，本次不受理。去年单个榜单金额最高100万元…: closed this time, the
# sums after it last year's)
_LATER_AND_CLOSED = re.compile(r"另行(?:通知|发布|公布)[”\"」]?[，,]\s*(?:本次|本批次?|本年度|今年)"
                               r"(?:暂停|暂不|不)受理")


_TERMS_LATER = re.compile(r"另行(?:通知|公布|发布)|以后续通知为准")


def suspended(node: Node) -> bool:
    """Is the direction closed this year by its own words (本方向2022年度暂停受理申报)?"""
    if WITHDRAWN_MARK.search(normalise(node.heading_text)):
        return True
    if _CLOSED_NOTE.search(normalise("".join(node.fields.get("notes", [])))):
        return True
    # (说明：本方向2025年度暂停受理…: said in its note too)
    # (支持金额 | 本年度暂不受理，具体申报通知另行发布: its grant's cell says it, whatever its
    # content)
    # (10 | 县校合作…项目 | 本年度暂停受理, the cell merged across the row's terms: whichever
    # column it stands under)
    # (拟推荐立项数 | 本年度暂停受理，不组织评审: its count's cell says it)
    for key in ("funding", "mode", "quota"):
        said = normalise("".join(node.fields.get(key, [])))
        # (本年度暂停兑现（已并入第2项）: a remark's number is no amount)
        if SUSPENDED.search(said) and not re.search(r"\d", re.sub(r"\([^()]*\)", "", said)):
            return True
        if key == "funding" and _TERMS_LATER.fullmatch(said.strip()):
            return True  # R-05 | 天然气管道掺氢… | 另行通知 | — | —: its terms to come, no more
    # (6 | …部件研发 | 本方向本年度暂不受理，…以后续通知为准 | — | —: its content says so, its
    # terms cells empty)
    # (告知：本事项为服务类事项，不涉及资金，代办员协助…: a card's words say there is no money,
    # however much more they say)
    content = normalise("".join(node.fields.get("content", [])))
    if ((SUSPENDED.search(content) and len(content) <= 60) or _NO_GRANT_SAID.search(content)
            or _LATER_AND_CLOSED.search(content)
            or _LATER_AND_CLOSED.search(normalise(node.heading_text + "".join(node.text)))) \
            and not re.search(r"\d", normalise("".join(node.fields.get("funding", [])))):
        return True
    # (…这一项今年不单独设 ⏎ 立项目，也不接受单位申报: its sentence wrapped at a page's width)
    # (【执行口径】本方向2026年度暂停受理…: a label no rule knows, all it says)
    unknown = [line for key, lines in node.fields.items() if key.startswith(OTHER)
               for line in lines]
    if _declines_its_own(node):
        return True
    return (SUSPENDED_MARK.search(normalise(node.heading_text)) is not None or any(
        SUSPENDED.search(_LABEL_OPENING.sub("", normalise(line)))
        # (注：…；序号4方向的支持标准另行通知，本次不受理。: a note under its table says so)
        for line in [*node.text, *node.fields.get("notes", []), *unknown, *node.noted])
        or SUSPENDED.search(normalise("".join(node.text))) is not None
    ) and not any(line.strip() and not _NOTHING_CELL.match(line.strip())  # (— its cell's all)
                  for key in ("content", "funding") for line in node.fields.get(key, []))


# …本次县级指南不受理科技特派员项目申报: what is not taken, named (under 科技特派员选派)
_DECLINED = re.compile(r"(?:本次|本批次?|本年度|今年)[^。；;，,]{0,8}?不(?:再|予)?受理"
                       r"(?P<what>[\u4e00-\u9fff]{4,16}?)(?:项目)?(?:的)?申报")


def _declines_its_own(node: Node) -> bool:
    """A heading whose text says this call takes no applications for what the heading names
    (科技特派员选派 ⏎ …本次县级指南不受理科技特派员项目申报): closed — not a rule turning some
    applicants away (本次不受理个人申报), whose words are not the heading's."""
    title = re.sub(r"[(（][^()（）]*[)）]", "", node.title or "")
    for line in node.text:
        for found in _DECLINED.finditer(normalise(line)):
            what = found["what"]
            if any(what[at:at + 4] in title for at in range(len(what) - 3)):
                return True
    return False


# 口径提示：本年度暂停受理…: a label's words opening a line of the text
# (说　　明⇥本事项为服务事项，不涉及资金支持: a form's row, its label spaced, a tab for its colon)
_LABEL_OPENING = re.compile(r"^\s*[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,5}"
                            r"\s*(?:[:：]|\t)\s*")


# 适用条款：《若干措施》第三条 — the article of a policy whose terms a direction takes
_CITING_LABEL = re.compile(r"(?:适用|执行|对应|依据|参照)(?:条款|政策|标准)"
                           r"|政策(?:依据|条款)|依据条款")
_ARTICLE_CITED = re.compile(rf"第\s*(?P<num>[{CN}\d]{{1,4}})\s*条(?!第)")


# 第十九条　第八条至第十一条所列项目须由企业牵头申报…: a rule for the articles it names
_ARTICLES_RULED = re.compile(
    rf"^(?:第\s*[{CN}\d]{{1,4}}\s*条[\s:：]*)?第\s*(?P<a>[{CN}\d]{{1,4}})\s*条\s*"
    rf"(?:(?P<to>[至到—–\-~～])\s*第\s*(?P<b>[{CN}\d]{{1,4}})\s*条)?\s*"
    r"(?:所列|规定的|列明的)?(?:项目|方向)(?P<rest>.+)$")


def articles_ruled(root: Node) -> None:
    """第十九条　第八条至第十一条所列项目须由企业牵头申报，采取前资助方式… among a chapter's
    text, after directions that are each an article (第八条…第十八条): the rule is said of
    the articles it names, as a note on each of them — not of every direction the chapter
    (or the section it closes) holds (第十二条至第十四条所列项目采取后补助方式 beside it)."""
    articles = {leaf.seq[-1]: leaf for leaf in leaf_descendants(root)
                if leaf.style == "part:条" and leaf.seq}
    if len(articles) < 2:
        return
    for holder in list(all_nodes(root)):
        if not holder.children or not holder.text:
            continue
        kept = []
        for line in holder.text:
            said = _ARTICLES_RULED.match(normalise(line).strip())
            first = chinese_to_int(said["a"]) if said else None
            last = chinese_to_int(said["b"]) if said and said["b"] else first
            named = [articles[n] for n in range(first or 0, (last or 0) + 1) if n in articles] \
                if first is not None and last is not None and 0 <= last - first < 30 else []
            if said is None or not named:
                kept.append(line)
                continue
            for leaf in named:
                leaf.noted.append("本方向" + said["rest"].strip())
        holder.text[:] = kept


def articles_cited(root: Node, lines: list[Line]) -> None:
    """适用条款：《若干措施》第三条 under a direction, the articles quoted in an appendix (第三条
    【…】对…项目，采取事前资助方式，每项给予100～300万元支持…): the article's terms are the
    direction's, as a rule for its kind stated elsewhere (its own 特别规定 over them)."""
    articles: dict[int, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        found = ARTICLE.match(normalise(line.text).strip())
        if found is not None:
            current = articles.setdefault(chinese_to_int(found["num"]) or 0, [])
            current.append(re.sub(r"^【[^】]{1,20}】", "", found["rest"]).strip())
        elif current is not None and line.continued:  # (an article cut at the page width)
            current.append(line.text.strip())
        else:
            current = None
    if not articles:
        return
    for node in all_nodes(root):
        if node.children:
            continue
        for key, values in node.fields.items():
            if not _CITING_LABEL.search(key):
                continue
            for cited in _ARTICLE_CITED.finditer(normalise("".join(values))):
                said = articles.get(chinese_to_int(cited["num"]) or -1)
                if said:
                    node.noted.append("".join(said))


# 支持标准：执行通知第三条第（一）项 / 按本通知第二部分第（一）项执行: an item of the notice's
# numbered sections (三、支持方式和标准 ⏎ （一）攻关类项目。采取前资助方式…), cited by number
_ITEM_CITED = re.compile(r"(?:执行|按照?|参照|适用)(?:本)?(?:通知|文件|指南)?"
                         rf"\s*第\s*(?P<section>[{CN}\d]{{1,3}})\s*(?:条|部分)\s*第?\s*[(（]\s*(?P<item>[{CN}\d]{{1,3}})\s*[)）]\s*(?:项|款)"
                         # (not …第（三）项省级、市级标准执行: some of the item, which)
                         r"(?=\s*(?:执行|[,，。；;]|$))")


def items_cited(root: Node, lines: list[Line]) -> None:
    """A direction whose terms cite an item of the notice by its section's and its own number
    (执行通知第三条第（一）项): that item's sentences are its terms, said for it elsewhere (its
    own words after the citation, 支持额度调整为15万元至25万元, over them)."""
    items: dict[tuple[int, int], str] = {}
    section: int | None = None
    key: tuple[int, int] | None = None
    for line in lines:
        text = normalise(line.text).strip()
        if (top := TOP_ITEM.match(text)) is not None:
            section, key = chinese_to_int(top[1]), None
        elif section is not None and (item := PAREN_ITEM.match(text)) is not None:
            key = (section, chinese_to_int(item[1]) or 0)
            key = None if key in items else key  # (the notice's item, not the attachment's)
            if key is not None:
                items[key] = text[item.end():].strip()
        elif key is not None and text and (line.continued or not items[key].endswith(
                tuple(TERMINAL))):  # (an item cut at the page width, its sentence going on)
            items[key] += text
        else:
            key = None
    if not items:
        return
    for node in all_nodes(root):
        if node.children:
            continue
        said = normalise(" ".join([*(v for values in node.fields.values() for v in values),
                                   *node.text]))
        for cited in _ITEM_CITED.finditer(said):
            terms = items.get((chinese_to_int(cited["section"]) or 0,
                               chinese_to_int(cited["item"]) or 0))
            if terms:
                node.noted.append(terms)


# 表1　新能源汽车及零部件产业链项目支持标准: a table's caption over its label | value rows
_TERMS_CAPTION = re.compile(r"^表\s*[\d一二三四五六七八九十]{1,3}\s*[　 .:：、]?\s*\S.*?"
                            r"(?:支持标准|资助标准|支持方式|标准|要求|条件|说明)$")


def captioned_terms(root: Node) -> None:
    """A group opening with 表1　…项目支持标准 and its 项目 | 内容 rows (归口科室、支持方式、资助
    额度…), then its directions: the caption read as a heading of no direction — its rows are
    the group's terms, its 归口科室 the group's office."""
    for node in list(all_nodes(root)):
        parent = node.parent
        if parent is None or node.children or not node.title \
                or not _TERMS_CAPTION.match(re.sub(r"\s+", " ", normalise(node.title)).strip()) \
                or node.field_text("content") or not any(node.fields.values()) \
                or not any(sibling is not node and sibling.kind == "direction"
                           for sibling in parent.children):
            continue
        for key, values in node.fields.items():
            parent.fields.setdefault(key, []).extend(values)
        parent.text.extend(node.text)
        parent.office = parent.office or node.office
        parent.children.remove(node)


def rules_among_items(root: Node) -> None:
    """5．以上第1至4项 ⏎ 为农业科技攻关类项目，由…股归口管理，采取事前资助方式… numbered among the
    directions (the outline made its number and reference a heading): its words are terms
    stated for the items it names (所有项目: every item of its list) and its office theirs;
    the rule itself is no direction."""
    for node in list(all_nodes(root)):
        title = normalise(node.title or "").strip()
        parent = node.parent
        if parent is None or node.children or node.style not in LIST_STYLES \
                or not NUMBERED_RULE_TITLE.fullmatch(title):
            continue
        said = "".join(node.stated).strip()
        items = [c for c in parent.children if c is not node and c.style == node.style
                 and not NUMBERED_RULE_TITLE.fullmatch(normalise(c.title or "").strip())]
        ref = re.search(r"第(?P<ref>.+)项", title)
        named = direction_numbers(ref["ref"]) if ref else {item_number(c) for c in items}
        office = ITEMS_OFFICE.search(said)
        for item in items:
            if item_number(item) not in named:
                continue
            item.noted.append(said if said.endswith(tuple(TERMINAL)) else said + "。")
            if office is not None and item.office is None:
                item.office, item.office_noted = office["office"], True
        parent.children.remove(node)


NUMBERED_RULE_TITLE = re.compile(r"(?:以上|以下|上述|前述)?第.+项|(?:以上|上述|所有|全部|各)"
                                 r"(?:各)?(?:项目|方向|项)")


def rows_naming_headings(root: Node) -> None:
    """项目类别 | 支持方式 | 资助额度 | … over rows 重大专项 / 一般项目 that are headings further
    down, not directions: each row's cells become terms stated for the heading it names."""
    headed: dict[str, Node] = {}
    for node in all_nodes(root):
        if node.title and node.children and node.style != "table":
            headed.setdefault(re.sub(r"\s", "", normalise(node.title)), node)
    for node in all_nodes(root):
        if node.style != "table" or node.children or node.parent is None or not node.title:
            continue
        title = re.sub(r"\s", "", normalise(node.title))
        named = headed.get(title)
        if (named is None or named is node.parent) and not _EVERY_CLASS.match(title):
            continue
        said = [f"{_field_word(key)}：{line}" for key, lines in node.fields.items()
                for line in lines]
        # (所有类别 | 信用状况良好…: a row for every class, no direction — the table's holder's)
        (named or node.parent).text.append("；".join(said) + "。")
        node.parent.children.remove(node)


# 所有类别 / 全部类别 / 各类项目 as a terms table's row: what every class takes
_EVERY_CLASS = re.compile(r"^(?:所有|全部|各)(?:类别|类型|类项目|项目类别|计划)$"
                          r"|^通用(?:条件|要求)?$")


# 序号11：对…给予一次性奖补5万元。序号12：…: what follows each 序号 said of that row alone
# (注：1.方向4申报单位上年度研发费用不低于300万元。2.方向5申报单位须为高新技术企业。 under a
# table of directions numbered 1–5: a note's items, each of the row its 方向N names)
_LED_ROW_REF = re.compile(r"(?:^|(?<=[。；;]))\s*序号\s*"
                          r"(?P<ref>\d{1,3}(?:\s*[、,，和及]\s*\d{1,3})*)\s*[:：]"
                          r"|(?:^注\s*[:：]\s*|(?<=[。；;]))\s*\d{1,2}\s*[.．、]\s*方向\s*"
                          r"(?P<item>\d{1,3})(?=申报|须|应|项目|的)")
# 3.“不限”指…: the note's next item, which names no row
_NOTE_ITEM = re.compile(r"(?<=[。；;])\s*\d{1,2}\s*[.．、]")


def rows_told_by_number(root: Node) -> None:
    """（五）高新技术企业培育奖补。序号11：对…奖补5万元。序号12：对…，最高10万元；申报单位… in a
    section after a table of directions numbered by 序号: each 序号N： part is row N's own terms
    (to the next such part), not a direction of its own; an item left with nothing else goes."""
    rows = {normalise(n.number).strip(): n for n in all_nodes(root)
            if n.style == "table" and n.number and not n.children}
    if not rows:
        return
    for node in list(all_nodes(root)):
        if node.style == "table" or (node.fields and not node.children) or node.parent is None:
            continue
        own = {id(n) for n in all_nodes(node) if n.style == "table"}
        kept: list[str] = []
        for text in node.text:
            norm = normalise(text)
            refs = list(_LED_ROW_REF.finditer(norm))
            numbers = [re.findall(r"\d{1,3}", ref["ref"] or ref["item"]) for ref in refs]
            # (a heading holding rows: a note of its own rows only)
            if not refs or any(n not in rows or (node.children and id(rows[n]) not in own)
                               for found in numbers for n in found):
                kept.append(text)
                continue
            for ref, found, after in zip(refs, numbers, [*refs[1:], None], strict=True):
                said = norm[ref.end():after.start() if after else len(norm)].strip()
                if ref["item"]:  # (to the note's next item)
                    said = _NOTE_ITEM.split(said, maxsplit=1)[0].strip()
                for number in found:  # (对…企业，给予…: an award's sentence, said as it is)
                    rows[number].noted.append(said if said.startswith("对") else f"本方向{said}")
            if norm[:refs[0].start()].strip():
                kept.append(norm[:refs[0].start()].strip())
        if kept != node.text:
            node.text[:] = kept
            if not kept and not node.children and not is_non_funding(node.title or ""):
                node.parent.children.remove(node)


def rows_under_their_category(root: Node) -> None:
    """序号 | 计划类别 | 指南方向 | … in an attached 汇总表, its rows the directions, the 计划类别
    cell (written on a block's first row only) naming a heading of the notice that states the
    category's rules (（一）科技攻关与产业化（归口股室：…） ⏎ 1．…不得作为…牵头): each row stands
    under the heading its category names, and the rules numbered under that heading are its
    text."""
    headed: dict[str, Node] = {}
    for node in all_nodes(root):
        if node.title and node.style != "table" and not node.non_funding \
                and not any(c.style == "table" for c in node.children):
            headed.setdefault(re.sub(r"\s", "", normalise(node.title)), node)
    for holder in [root, *all_nodes(root)]:
        # (a row with its sub-directions' rows under it moves with them)
        rows = [c for c in holder.children if c.style == "table"
                and all(g.style == "table" and not g.children for g in c.children)]
        category = None
        for row in rows:
            said = next((row.field_text(key) for key in row.fields if key.startswith(OTHER)
                         and CATEGORY_COLUMN.match(key.removeprefix(OTHER))), None)
            category = re.sub(r"\s", "", normalise(said)) if said else category
            named = headed.get(category) if category else None
            if named is None or named is holder:
                continue
            if any(n.style != "table" and n.title and _names(n.title, row.title or "")
                   for n in all_nodes(named)):
                continue  # (一是设施蔬菜…示范。… above: the row sums up that direction)
            holder.children.remove(row)
            if holder.style == "table-group" and (said := heading_terms(holder.heading_text)):
                # (三、现代农业与海洋渔业（本领域拟支持3项） spanning the table over its rows: the
                # group's terms stay theirs)
                row.noted.append(said if said.endswith("。") else said + "。")
            if not named.children or all(c.style != "table" for c in named.children):
                for rule in [c for c in named.children if not c.fields and not c.children]:
                    named.children.remove(rule)  # 1．…均可牵头申报。: a rule, no direction
                    named.text.extend([rule.heading_text, *rule.text])
            named.add(row)


_ROW_NUMBER = re.compile(r"^(?:\([一二三四五六七八九十\d]{1,3}\)"
                         r"|[一二三四五六七八九十\d]{1,3}[、.．])")


MIN_PLAN_TERMS = 3


def text_rows_naming_headings(root: Node) -> None:
    """计划类别 | 支持方式 | 实施期限 | 归口科室 over rows （一）重点研发计划（工业） | … in
    the text of a section before the directions (各类项目…见下表): each row's cells are terms
    stated for the heading its first cell names, its 归口科室 that heading's office."""
    headed: dict[str, Node] = {}
    for node in all_nodes(root):
        if node.title and node.children and node.style != "table":
            headed.setdefault(re.sub(r"\s", "", normalise(node.title)), node)
    for holder in all_nodes(root):
        if holder.children or not any("\t" in text for text in holder.text):
            continue
        header: list[str | None] | None = None
        delivered = 0
        unit = None  # 各专项支持标准如下表（单位：万元）: the unit of its bare amounts
        for text in holder.text:
            if "\t" not in text and (said_unit := _CAPTION_UNIT.search(text)) is not None:
                unit = said_unit["unit"]
            cells = [re.sub(r"\s", "", normalise(cell)) for cell in text.split("\t")]
            if len(cells) < 3:
                header = None
                continue
            if header is None and (CATEGORY_COLUMN.match(cells[0])
                                   or cells[0] in ("计划类别", "计划名称", "专项名称")):
                keys = [label_key(cell) for cell in cells[1:]]
                offices = [bool(OFFICE_HEADER.match(cell)) for cell in cells[1:]]
                # (the offices: what no other reading of such a table gives the headings it
                # names; without them, terms enough to say it is a table of terms by plan)
                if (any(offices) and sum(1 for k in keys if k) >= 1) \
                        or (sum(1 for k in keys if k) >= MIN_PLAN_TERMS  # (a 项目类型 column:
                            and not any(CATEGORY_COLUMN.match(c) for c in cells[1:])):  # tiers)
                    header = [None if office else key for key, office in zip(keys, offices,
                                                                              strict=True)]
                    header_offices = offices
                    header_words = [cell if "牵头" in cell else None for cell in cells[1:]]
                    continue
            named = headed.get(_ROW_NUMBER.sub("", cells[0]))
            if named is None and header is not None and (
                    named := plan_called(headed, _ROW_NUMBER.sub("", cells[0]))) is not None:
                # (产业创新类 for 产业技术创新专项: rules for that class are that plan's)
                named.kind_named = named.kind_named or normalise(cells[0])
                root.kinds_named.add(named.kind_named)
            if header is None or named is None or len(cells) != len(header) + 1:
                continue
            values = [_with_unit(value, key, unit) for key, value in zip(
                header, text.split("\t")[1:], strict=True)]
            # (a 牵头单位 column keeps its word: 须为企业 says who leads)
            said = [f"{word or _field_word(key)}：{value.strip()}" for key, word, value in zip(
                header, header_words, values, strict=True) if key and value.strip(" —-")]
            if said:
                named.text.append("；".join(said) + "。")
                delivered += 1
            office = next((v.strip() for v, is_office in zip(values, header_offices, strict=True)
                           if is_office and v.strip(" —-")), None)
            named.office = named.office or office
        if delivered >= 2 and holder.parent is not None:
            holder.non_funding = True  # 二、计划设置 ⏎ 表1 …: the plans' terms, no direction


_CAPTION_UNIT = re.compile(r"[(（]\s*(?:金额)?单位\s*[:：]\s*(?P<unit>万元|元)\s*[)）]")


def _with_unit(value: str, key: str | None, unit: str | None) -> str:
    """A bare amount of a table whose caption gives the unit (≤40 → 不超过40万元); a cell of
    words, or of another field, as it stands."""
    if key != "funding" or unit is None:
        return value
    return figures_in_unit(value, unit) or value


# （一）Ⅰ类项目采取事前资助方式… / 第二类项目… / 3类项目…: terms for a class its numeral names
# (Roman numerals folded to I, V, X)
_CLASS_NUMERAL = r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})|[一二三四五六七八九十]{1,3}|\d{1,2}"
# Ⅰ类项目, 第二类, 领域Ⅰ, 板块二 (not 领域Ⅱ-1, a direction of it): a class by its number
_CLASS_NAMED = (rf"(?:第\s*(?:{_CLASS_NUMERAL})\s*(?:类|领域|板块)"
                rf"|(?:领域|板块|类别)\s*(?:{_CLASS_NUMERAL})(?![\-\dIVX])"
                rf"|(?:{_CLASS_NUMERAL})\s*类)")
# （一）Ⅰ类项目采取…, 领域Ⅰ、领域Ⅱ项目采取…: one class or a list of them opening a clause
_CLASS_BY_NUMBER = re.compile(
    r"^\s*(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十\d]{1,3}\s*[、.])?"
    rf"\s*(?P<list>{_CLASS_NAMED}(?:\s*[、和及与]\s*{_CLASS_NAMED})*)(?:项目|方向)?")
_CLASS_NUMBER = re.compile(rf"(?:第|领域|板块|类别)?\s*(?P<n>{_CLASS_NUMERAL})")


def terms_by_class_number(root: Node) -> None:
    """二、支持标准 ⏎ （一）Ⅰ类项目采取事前资助方式… ⏎ （二）Ⅱ类项目… while the groups stand
    below as Ⅰ．海洋经济类项目, Ⅱ．先进制造类项目: each item is the terms of the group its
    numeral numbers (Roman for Roman-numbered groups), when one set of sibling groups has every
    number named."""
    for holder in all_nodes(root):
        # (a closing section whose items became headings of their own is still one:
        # （一）领域Ⅰ、领域Ⅱ项目采取前资助方式。 ⏎ 单个项目… is an item whole)
        if any(c.children or not c.non_funding for c in holder.children):
            continue
        items = [(text, None) for text in holder.text] + [
            ("".join([c.heading_text, *(c.text[1:] if c.inline_body else c.text)]), c)
            for c in holder.children if _CLASS_BY_NUMBER.match(normalise(c.heading_text))]
        said: list[tuple[int, bool, str]] = []
        words: set[str] = set()
        whole: dict[int, str] = {}  # each part said of a class → the text it is part of
        for text, _ in items:
            for part in _class_parts(text, holder.text):
                match = _CLASS_BY_NUMBER.match(normalise(part))
                if match is None or not CLAUSE_TERMS.search(normalise(part)):
                    continue
                words.update(re.findall(r"领域|板块", match["list"]))
                for number in (m["n"] for m in _CLASS_NUMBER.finditer(match["list"]) if m["n"]):
                    roman = number[:1] in "IVX"
                    value = roman_value(number) if roman else _number_of(number)
                    if value:
                        said.append((value, roman, part))
                        whole[id(part)] = text
        if len({value for value, _, _ in said}) < 2:
            continue
        sets = [groups for parent in all_nodes(root) for groups in _numbered_groups(parent)
                if all(any(g.seq and g.seq[-1] == value for g in groups) for value, _, _ in said)
                and all(g.style == "I、" for g in groups) == said[0][1]
                # (领域Ⅰ names a 领域, 第一板块 a 板块: not the 项目包一 inside it)
                and all(word in g.heading_text for g in groups for word in words)]
        if len(sets) != 1:
            continue
        for value, _, text in said:
            group = next(g for g in sets[0] if g.seq and g.seq[-1] == value)
            group.text.append(text)
        taken = [(text, child) for text, child in items
                 if any(text is whole[id(t)] for _, _, t in said)]
        holder.text[:] = [t for t in holder.text if all(t is not text for text, _ in taken)]
        holder.children[:] = [c for c in holder.children if all(c is not ch for _, ch in taken)]


def _class_parts(text: str, context: list[str]) -> list[str]:
    """What a text says class by class: a terms table's row as the sentence it stands for,
    under the header row above it in `context` (第一类（重点攻关项目） | 前资助 | 不超过3年 →
    第一类（重点攻关项目）支持方式：前资助；实施期限：不超过3年。); a sentence of clauses each
    naming its class (会议明确：第一类项目…；第二类项目…) as those clauses; else the text whole."""
    if "\t" in text:
        cells = [cell.strip() for cell in text.split("\t")]
        at = next((i for i, t in enumerate(context) if t is text), -1)
        header = next((t.split("\t") for t in reversed(context[:at]) if "\t" in t
                       and not _CLASS_BY_NUMBER.match(normalise(t))), None) if at > 0 else None
        if header is None or len(header) != len(cells):
            return [text]
        return [cells[0] + _row_sentence([h.strip() for h in header], cells)]
    clauses = [c for c in re.split(r"(?<=[；;])", re.sub(r"^[^：:，,。]{0,8}[:：]\s*", "",
                                                        text)) if c.strip()]
    named = [c for c in clauses if _CLASS_BY_NUMBER.match(normalise(c))]
    return named if len(named) >= 2 and len(named) == len(clauses) else [text]


def _numbered_groups(parent: Node) -> list[list[Node]]:
    """The runs of sibling headings of one numbering style that hold directions."""
    styles: dict[str, list[Node]] = {}
    for child in parent.children:
        if child.children and child.seq and not child.non_funding:
            styles.setdefault(child.style, []).append(child)
    return [groups for groups in styles.values() if len(groups) >= 2]


def terms_items_naming_headings(root: Node) -> None:
    """三、支持方式 ⏎ （一）重点研发计划（工业领域）：采取事前资助方式…: an item of a closing terms
    section titled as a heading with directions under it states that heading's terms."""
    headed: dict[str, Node] = {}
    for node in all_nodes(root):
        if node.title and node.children and node.style != "table":
            headed.setdefault(_named_core(node.title), node)
    for section in [n for n in all_nodes(root) if n.title
                    and TERMS_SECTION.match(CLASSES_PREFIX.sub("", normalise(n.title)))]:
        for item in [*section.children, *_items_after(section)]:
            named = headed.get(_named_core(item.title or "")) \
                or plan_called(headed, item.title or "") \
                or _coded_or_bracketed(item.title or "", headed)  # 一、市重大专项 for 重大科技专项
            if named is None or item.children or named is section or item.parent is None:
                continue
            named.text.extend([*item.text, *(  # (its 实施期限：1—2年 keeps its label)
                f"{_field_word(key)}：{line}" for key, lines in item.fields.items()
                for line in lines)])
            named.office = named.office or item.office  # （二）知识创新专项（归口处室：…）
            item.parent.children.remove(item)


# 一级代码01（新一代信息技术）: a heading called by its code, its title in the bracket after it
_CODE_CALLED = re.compile(r"^(?:[一二三四五六七八九]级)?(?:代码|编码|编号)"
                          r"\s*(?P<code>[A-Za-z0-9\-]{1,12})"
                          r"\s*(?:[(（](?P<name>[^()（）]{2,30})[)）])?$")


def _coded_or_bracketed(said: str, headed: dict[str, Node]) -> Node | None:
    """The heading a terms item calls by its code (一级代码01（新一代信息技术）): the one
    numbered or coded so, or else the one its bracket names."""
    called = _CODE_CALLED.match(re.sub(r"\s", "", normalise(said)))
    if called is None:
        return None
    code = called["code"]
    found = {id(n): n for n in headed.values()
             if code in (normalise(n.code or "").strip(), normalise(n.number or "").strip())}
    if len(found) == 1:
        return next(iter(found.values()))
    return headed.get(_named_core(called["name"])) if called["name"] else None


def plan_called(headed: dict[str, Node], said: str) -> Node | None:
    """The plan a terms item or a table's class cell calls by a shortened name (市重大专项 for
    重大科技专项, 产业创新类 for 产业技术创新专项): the one 专项/计划 whose name holds the said
    name's words in order, from its first."""
    name = re.sub(r"\s", "", normalise(said))
    short = re.fullmatch(r"[省市区县州旗]?级?(?P<stem>[\u4e00-\u9fff]{2,6}?)(?:专项|计划|类)", name)
    if short is None:
        return None
    stem = short["stem"]
    order = re.compile(".*?".join(map(re.escape, stem)))
    found = {id(node): node for node in headed.values()
             if (title := re.sub(r"\s", "", normalise(node.title or ""))).endswith(("专项", "计划"))
             and title.startswith(stem[:2]) and title != name and order.match(title)}
    return next(iter(found.values())) if len(found) == 1 else None


def _items_after(section: Node) -> list[Node]:
    """五、支持方式与资金安排 ⏎ （一）市重点研发专项。…: items its outline set beside it (a title
    holding 专项 read as a plan's), up to the next heading of its own style."""
    if section.parent is None or section.children:
        return []
    kin = section.parent.children
    items = []
    for node in kin[kin.index(section) + 1:]:
        if node.style == section.style or node.children:
            break
        items.append(node)
    return items


def _named_core(title: str) -> str:
    """A heading's name as another part of the text may call it: 区社会发展科技项目 is the
    plan titled 社会发展科技 (the level before it and the 项目/计划 after it dropped)."""
    name = re.sub(r"\s", "", normalise(title))
    core = _LEVEL_AND_KIND.sub("", name)
    return core if len(core) >= 4 else name


_LEVEL_AND_KIND = re.compile(r"^[省市区县州旗]级?(?=[\u4e00-\u9fff]{4})"
                             r"|(?:类)?(?:项目|计划|专项)$|类$")  # (科技惠民类, 市重点研发专项)


# 四、资金安排 / 支持方式与标准 / 经费安排: a section that states the terms plans are funded on
FUNDS_SECTION = re.compile(r"资金安排|经费安排|(?:支持|资助|补助)(?:方式|标准|额度|强度|办法)")
CLAUSE_TERMS = re.compile(r"采取|采用|资助|补助|贴息|奖补|期限|牵头|自筹|配套|万元|申报主体"
                          r"|须为|须由|受理|归口|支持\s*[\d一二两三四五六七八九十]+\s*项|不设|门槛|性质不限|不限性质")
# …计划的后补助、贷款贴息、奖补资金不与市级其他同类政策重复享受: a rule against taking two
# grants, whatever modes it names in passing — no terms of those classes
NO_DOUBLE_DIPPING = re.compile(r"重复享受|不重复享受|就高不重复|不得重复(?:享受|申报|支持)")


def _headings_holding_directions(root: Node) -> tuple[dict[str, Node], str]:
    """The headings that hold directions, by their folded titles (four characters or more),
    and a pattern naming any of them, the longest first."""
    headed = {re.sub(r"\s", "", normalise(n.title)): n for n in all_nodes(root)
              if n.title and n.children and len(n.title) >= 4 and not n.non_funding}
    return headed, "|".join(re.escape(title) for title in sorted(headed, key=len, reverse=True))


def terms_clauses_naming_plans(root: Node) -> None:
    """四、资金安排 ⏎ （一）支持方式。科技重大专项、重点研发计划项目采取事前资助方式…；科技
    成果转化计划项目采取事后补助方式。: a closing section's clauses, each opening with the
    titles of headings that hold directions, are those headings' terms."""
    headed, names = _headings_holding_directions(root)
    if len(headed) < 2:
        return
    opening = re.compile(rf"^(?P<titles>(?:{names})(?:[、和及与](?:{names}))*)(?:项目)?")
    for section in [n for n in all_nodes(root) if n.title and (
            (n.non_funding and FUNDS_SECTION.search(_bare_title(n.title)))
            # 一、总体问答 ⏎ 2.各类项目的支持方式…？ ⏎ 科技创新重点项目采取…；科技成果转化项目…
            # (a general section whose items hold nothing below them)
            or (GENERAL_SECTION.search(_bare_title(n.title))
                and not any(c.children for c in n.children)))]:
        for item in [section, *section.children]:
            whole: list[str] = []  # (lines said of the headings they open with, clause by clause)
            texts = [line for line in item.text if "\t" not in line]  # (rows: tables')
            if item is not section and not item.children and not item.fields:
                # （一）钢铁深加工与装备制造、…两个领域项目采取 ⏎ 前资助方式，…: an item a page
                # width cut, read as a heading over its own sentence — the item whole
                texts = ["".join([item.heading_text, *(item.text[1:] if item.inline_body
                                                       else item.text)])]
            rest: dict[str, str] = {}  # a line some of whose clauses named headings: the others
            for text in texts:
                named: list[Node] = []
                alone = True
                unnamed: list[str] = []
                clauses = [piece for c in re.split(r"(?<=[；;。])", _ARTICLE_LEAD.sub("", text))
                           if c.strip() for piece in _split_at_named(c, opening)]
                for clause in clauses:
                    # (1-x方向（重点研发计划）须由企业牵头…: the plan its directions' numbers
                    # open with, named in the bracket)
                    said = _NUMBERED_SUBJECT.sub(r"\g<title>", re.sub(r"\s", "", normalise(clause)))
                    match = opening.match(said)
                    if match is not None and CLAUSE_TERMS.search(said) \
                            and not NO_DOUBLE_DIPPING.search(said):
                        # (钢铁深加工与装备制造、绿色建材与新材料: titles with 与 in them)
                        named = [headed[t] for t in re.findall(names, match["titles"])
                                 if t in headed]
                    elif not (named and SUBJECTLESS.match(said)):
                        # (…；须由企业牵头申报，…3:1。: the item's headings go on; a clause
                        # with a subject of its own does not)
                        alone, named = False, []
                        unnamed.append(clause)
                        continue
                    for node in named:  # (the others' names, 企业研发奖补项目, not in its text)
                        node.text.append(clause.strip() if len(named) == 1 or match is None
                                         else "本专项" + said[match.end():].lstrip("的"))
                if alone and named and len(clauses) > 1:
                    whole.append(text)
                elif not alone and len(unnamed) < len(clauses) and item.non_funding \
                        and unnamed == clauses[:len(unnamed)]:
                    # (…经费从州本级科技三项费用中安排。工业…计划项目实行无偿资助，…: the clauses
                    # naming headings after it are theirs, the one before them is still for
                    # every one — an item opening with a heading stays whole, its rules scoped)
                    rest[text] = "".join(unnamed)
            # (an item naming headings clause by clause is theirs: no rule for every one)
            item.text[:] = [rest.get(text, text) for text in item.text if text not in whole]
            if item is not section and whole and whole == texts:
                section.children.remove(item)


def _split_at_named(clause: str, opening: re.Pattern[str]) -> list[str]:
    """A clause that opens with headings' titles, cut before each comma-led part that opens with
    other titles and says how they are funded (…和社会发展科技计划项目实行无偿资助，科技成果转化
    贷款贴息计划项目实行贷款贴息。) — not a budget's shares (其中重大科技专项约1500万元，…)."""
    if not opening.match(re.sub(r"\s", "", normalise(clause))):
        return [clause]
    parts: list[str] = []
    for piece in re.split(r"(?<=[，,])", clause):
        said = re.sub(r"\s", "", normalise(piece))
        if parts and opening.match(said) and _FUNDED_HOW.search(said):
            parts[-1] = re.sub(r"[，,]$", "。", parts[-1])
            parts.append(piece)
        elif parts:
            parts[-1] += piece
        else:
            parts.append(piece)
    return parts


_FUNDED_HOW = re.compile(r"实行|采取|采用|给予|予以|须由|均可")


# 申报资格 / 申报条件 / 支持标准: a closing section whose rules may each name the plan they bind
RULES_SECTION = re.compile(FUNDS_SECTION.pattern
                           + r"|申报(?:条件|要求|资格)|限项|其他(?:事项|要求)")
# …的企业，不受理其林业与生态科技专项的申报 / …的单位不得申报乡村振兴专项: a rule turning
# applicants away from one plan (a sentence opening with the plan's title is read elsewhere)
_SCOPED_TO = r"(?:不受理|不予受理|不得申报|不能申报|不可申报|不得承担|不予立项)其?"


def rules_naming_one_plan(root: Node) -> None:
    """此外，上年度研发费用未达到三十万元的企业，县科学技术局不受理其林业与生态科技专项的申报。
    in a section of rules after a table of every plan's terms: a sentence that scopes its rule
    to one heading holding directions, wherever in the sentence it names it, is that heading's
    rule, not the guideline's (the clause-opening form is terms_clauses_naming_plans')."""
    headed, names = _headings_holding_directions(root)
    if len(headed) < 2:
        return
    scoped = re.compile(rf"{_SCOPED_TO}(?:{names})(?:项目)?(?:的申报|[。；;,，]|$)")
    for section in [n for n in all_nodes(root) if n.non_funding and n.title
                    and RULES_SECTION.search(_bare_title(n.title))]:
        kept: list[str] = []
        for text in section.text:
            if "\t" in text:  # (a table's row: terms_naming_children's)
                kept.append(text)
                continue
            rest = []
            # (whole sentences: …不低于1:1；采取后补助…的方向除外。 keeps the clause sparing some)
            for sentence in re.split(r"(?<=。)", text):
                said = re.sub(r"\s", "", normalise(sentence))
                named = {m[0] for m in re.finditer(names, said)}
                scope = scoped.search(said)
                if len(named) == 1 and scope is not None and CLAUSE_TERMS.search(said) \
                        and not NO_DOUBLE_DIPPING.search(said):
                    headed[named.pop()].text.append(sentence.strip())
                else:
                    rest.append(sentence)
            if "".join(rest).strip():
                kept.append("".join(rest))
        section.text = kept


# 须由企业牵头申报… / 每项资助… / 实施期限…: a clause going on about the subject named before
SUBJECTLESS = re.compile(r"^(?:须|应|需|必须|由|采取|采用|实行|每项|单项|资助|支持|补助|牵头|自筹"
                         r"|企业自筹|实施期限|执行期限|项目实施期|原则上|均"
                         # (…；方向中未标注支持额度的，单个项目…: of the same directions)
                         r"|(?:方向|项目)?(?:中|内)?未(?:标注|注明|列明|明确))")
GENERAL_SECTION = re.compile(r"^(?:总体|总则|总体问答|总体说明|总体要求|有关说明|通用|申报说明)")
_NUMBERED_SUBJECT = re.compile(r"^(?:\d{1,2}[.．、])?\d{1,2}\s*[-－—]\s*[xX×*]\s*(?:方向|项目)?"
                               r"[(（](?P<title>[^()（）]{2,20})[)）]")
# 支持方式：本计划项目的支持方式、资助额度…参照重点研发计划（农业领域）执行: another plan's
PLAN_REFERENCE = re.compile(r"参照(?P<name>[^。；;，,“”]{2,30}?)(?:的(?:规定|有关规定|标准))?执行")


def terms_by_reference_to_plan(root: Node) -> None:
    """A plan whose terms are another plan's (参照重点研发计划（农业领域）执行) takes the terms
    that plan states (its mode, grant, period, lead rule), as if written under it."""
    headed = {re.sub(r"\s", "", normalise(n.title)): n for n in all_nodes(root)
              if n.title and n.children}
    for node in list(headed.values()):
        for line in node.stated:
            ref = PLAN_REFERENCE.search(normalise(line))
            named = headed.get(re.sub(r"\s", "", ref["name"])) if ref else None
            if named is None and ref is not None:
                named = _sibling_numbered(node, ref["name"])  # 均参照（二）执行: by its number
            if named is None or named is node:
                continue
            said = [text for text in named.stated if CLAUSE_TERMS.search(normalise(text))]
            node.text.extend(said)
            for key in [k for k in node.fields if PLAN_REFERENCE.search(
                    normalise(node.field_text(k) or ""))]:
                node.fields[key] = []  # (its own words only point at the other plan's)
            break


def _sibling_numbered(node: Node, said: str) -> Node | None:
    """The heading beside `node` (of its numbering) that （二） / 第二 / 2 names."""
    number = re.fullmatch(r"\s*第?\s*[(（]?\s*([一二三四五六七八九十\d]{1,3})\s*[)）]?\s*"
                          r"(?:项|类|部分|领域)?\s*", said)
    if number is None or node.parent is None:
        return None
    value = _number_of(number[1])
    return next((c for c in node.parent.children if c.style == node.style and c.seq
                 and c.seq[-1] == value and c.children), None)


_ASIDE_LEAD = re.compile(r"^\s*(?:其中|另外|此外)?[，,]?\s*")  # 其中，研发攻关类项目…
_APPLYING_LEAD = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]\s*"
                            r"|(?:A|答|解答|回答|答复)\s*\d{0,2}\s*[:：]\s*)?(?:申报|申请)?")
_ANSWER_LEAD = re.compile(r"^\s*(?:A|答|解答|回答|答复)\s*\d{0,2}\s*[:：]")  # A1：… / 解答：…


def _direction_classes(root: Node) -> dict[str, Node]:
    """The headings whose children are all directions (one of them may divide into
    sub-directions), by their folded titles."""
    return {re.sub(r"\s", "", normalise(n.title or "")): n for n in all_nodes(root)
            if n is not root and n.children and n.title
            and all(all(not g.children for g in c.children) for c in n.children)
            and any(not c.children for c in n.children)}


def articles_naming_groups(root: Node) -> None:
    """A 公告 of articles whose 第二条 lists the directions in classes and whose later articles
    state the terms (第四条　县级科技计划项目采取事前资助方式…。工业类项目每项资助10～30万元；农业与
    社会发展类项目…): a clause opening with a class's title is that class's; a clause naming
    none is every class's."""
    articles: list[str] = []  # (each with the lines a page width cut it into)
    for text in root.text:
        # (第四条所列方向… / 第四条第（四）项… opening a paragraph of 第八条: a reference)
        if extract.ARTICLE_OPENING.match(normalise(text)) \
                and not _ARTICLE_CITES.match(normalise(text)):
            articles.append(text)
        elif articles:
            articles[-1] += text
    names = _direction_classes(root)
    groups = list(names.values())
    if not articles or len(groups) < 2:
        return
    root.text = [t for t in root.text if not any(t in article for article in articles)]
    by_number = {g.seq[-1]: g for g in groups if g.style == "part:条" and g.seq}
    for text in articles:
        # (第八条（重点研发项目资助标准）　…: the caption names the article, no class)
        body = re.sub(r"^[(（][^()（）]{2,16}[)）]\s*", "",
                      extract.ARTICLE_OPENING.sub("", normalise(text)))
        for sentence in re.split(r"(?<=[。])", body):
            cited: list[Node] = []  # (第四条所列方向…，第五条所列方向…，均采取…: both)
            for clause in re.split(r"(?<=[；;])|[，,](?=第[一二三四五六七八九十\d]+条|均)",
                                   sentence):
                said = clause.strip()
                if not said or not (CLAUSE_TERMS.search(said) or "拟支持" in said):
                    continue
                item = _ARTICLE_ITEM.match(said)
                if item is not None:  # 第四条第（四）项方向采取后补助方式…: that direction's
                    group = by_number.get(chinese_to_int(item["article"]) or 0)
                    child = next((c for c in group.children if c.seq and c.seq[-1] == (
                        chinese_to_int(item["item"]) or 0)), None) if group else None
                    if child is not None:
                        child.excepted.append(said[item.end():].lstrip("，, "))
                        continue
                listed = _ARTICLE_LISTED.match(said)
                if listed is not None and (g := by_number.get(
                        chinese_to_int(listed["article"]) or 0)) is not None:
                    cited = [g] if said is clause.strip() and not cited else [*cited, g]
                    g.text.append(said[listed.end():].lstrip("，, "))
                    continue
                named = [g for name, g in names.items() if said.startswith(name)] or (
                    cited if said.startswith("均") else []) or _groups_of_kind(said, names)
                for group in named or groups:
                    group.text.append(said)


_ARTICLE_CITES = re.compile(r"^\s*第[一二三四五六七八九十\d]+条(?:第|所列|列明|规定的)")
# 第四条所列方向… / 第四条第（四）项方向…: directions by the article that lists them
_ARTICLE_LISTED = re.compile(r"^(?:申报)?第(?P<article>[一二三四五六七八九十\d]+)条"
                             r"(?:所列|列明|规定)的?(?:方向|项目|事项)(?:的)?")
_ARTICLE_ITEM = re.compile(r"^第(?P<article>[一二三四五六七八九十\d]+)条"
                           r"第[(（]?(?P<item>[一二三四五六七八九十\d]+)"
                           r"[)）]?项(?:方向|事项)?")


def _groups_of_kind(said: str, names: dict[str, Node]) -> list[Node]:
    """重点研发项目实施期限为…: the groups whose titles hold the kind the clause opens with
    (农业领域重点研发方向, 工业…重点研发方向), when some but not all do."""
    kind = re.match(r"^(?:申报)?([\u4e00-\u9fff]{2,8}?)(?:项目|方向)", said)
    if kind is None:
        return []
    holding = [g for name, g in names.items() if kind[1] in name]
    return holding if 0 < len(holding) < len(names) else []


def clauses_naming_groups(root: Node, preamble: list[str] | None = None) -> None:
    """支持方式和额度：研发攻关类项目采取事前资助方式…；成果转化类项目采取事后补助方式…
    (an answer of a 政策解读, a note after the last direction, a paragraph of 申报条件): a value
    whose clauses open with the titles of two or more classes of directions (其中， before one
    too) states each class's terms; the clauses leave wherever they were read into."""
    names = _direction_classes(root)
    for leaf in all_nodes(root):  # (申报技术合同交易后补助的，…；申报…奖补的，…: items by title)
        title = re.sub(r"\s", "", normalise(leaf.title or ""))
        if leaf is not root and not leaf.children and len(title) >= 4 and not leaf.non_funding:
            names.setdefault(title, leaf)
    if len(names) < 2:
        return

    ordered = sorted(((n, g) for n, g in names.items() if len(n) >= 3),
                     key=lambda pair: len(pair[0]), reverse=True)
    by_first: dict[str, list[tuple[str, Node]]] = {}  # (every clause of the document is asked)
    for name, group in ordered:
        by_first.setdefault(name[0], []).append((name, group))

    def opening(clause: str) -> list[Node]:
        # (（二）申报铜基新材料…领域项目的，须由…: an item's number and 申报 before the title;
        # A1：工业…项目和社会发展项目采取…: an answer's mark, and two classes at once)
        said = _APPLYING_LEAD.sub("", _ASIDE_LEAD.sub("", clause))
        found: list[Node] = []
        while True:
            hit = next(((n, g) for n, g in by_first.get(said[:1], ()) if said.startswith(n)),
                       None)
            if hit is None:
                break
            found.append(hit[1])
            said = said[len(hit[0]):]
            joined = re.match(r"^(?:项目)?[和及与、]", said)
            if joined is None:
                break
            said = said[joined.end():]
        # (…and what it says of the class are terms: not 工业科技计划：科技发展股，电话…;
        # nor a clause going on to another class, …，社会发展领域项目每项支持…: not theirs)
        if not found or not CLAUSE_TERMS.search(said) or NO_DOUBLE_DIPPING.search(said):
            return []
        return [] if len(found) > 1 and any(n in said for n, g in ordered if g not in found) \
            else found

    before = list(preamble or [])  # (申报条件 said before the first heading: read, kept)
    told: list[tuple[Node, str]] = []  # (given once all are read: a clause naming two classes
    for node in [None, *all_nodes(root)]:  # would be read again from each, for ever)
        for lines in ([before] if node is None else [node.text, *node.fields.values()]):
            kept = []
            # (…单项支持额度原则上为30万～50 ⏎ 万元，…: a sentence the page width cut, whole —
            # the lines rejoined only where they tell a class its terms)
            joined = fx.unwrap("\n".join(lines)).split("\n") if len(lines) > 1 else lines
            read = []  # (a line, whether it is an answer, its clauses and the classes they open)
            for line in joined:
                norm = normalise(line)
                read.append((line, bool(_ANSWER_LEAD.match(norm)), [
                    (clause, opening(clause)) for clause in re.split(r"(?<=[；;。])", norm)
                    if clause.strip()]))
            # (a line naming two classes; or answers naming two across them, 问题5 ⏎ 解答：…)
            answers = len({id(g) for _, answer, named in read if answer
                           for _, groups in named for g in groups}) >= 2
            telling = False
            for line, answer, named in read:
                if len({id(g) for _, groups in named for g in groups}) < 2 and not (
                        answers and answer and any(groups for _, groups in named)):
                    kept.append(line)
                    continue
                telling = True
                for clause, groups in named:
                    for group in groups:
                        told.append((group, _APPLYING_LEAD.sub("", _ASIDE_LEAD.sub("", clause))
                                     if _ANSWER_LEAD.match(clause)
                                     else _ASIDE_LEAD.sub("", clause)))
                kept.append("".join(clause for clause, groups in named if not groups))
            lines[:] = [line for line in (kept if telling else lines) if line.strip()]
        if node is not None:  # (a field emptied so is no field: no items' shared terms)
            node.fields = {key: lines for key, lines in node.fields.items() if lines}
    for group, clause in told:
        group.text.append(clause)


def _labelled_terms(node: Node) -> str:
    """What a heading states, its fields said with their labels (资助额度：200～500万元。), so a
    value means what its label says when read as a sentence elsewhere."""
    said = "".join(node.text)
    for key, values in node.fields.items():
        if values:
            said += f"{_field_word(key)}：{_ended_said(values)}"
    return said


def _field_word(key: str) -> str:
    """A field key as the word a sentence of terms would use for it."""
    return key.removeprefix(OTHER) if key.startswith(OTHER) else {
        "funding": "资助额度", "mode": "支持方式", "period": "实施期限", "quota": "支持数量",
        "requirements": "申报要求", "content": "内容", "indicators": "考核指标",
        "notes": "说明", "total": "总投入"}.get(key, key)


# 揭榜挂帅项目 / 揭榜挂帅榜单: a kind of project named with its unit
_KIND_WORD = re.compile(r"(?:项目|榜单|方向|任务)")
_KIND_SUFFIX = re.compile(_KIND_WORD.pattern + "$")


# 注：1.工业科技攻关专项“有色金属新材料”方向下各项目资助额度为100～200万元，实施期限3年。
# (《轴承智能检测装备研发》方向实施期限放宽至3年: a title in book-title marks too)
QUOTED_NOTE = re.compile(r"[“《](?P<name>[^”》]{2,24})[”》]\s?(?:方向|专题|领域|类)(?:下|的)?")


# 二、DXH25A02方向实施期限调整为3年。: a note naming a direction by its code
# (指南代码为24-Z-07的方向…: any code a direction carries, then 的)
CODE_NOTE = re.compile(r"(?<![A-Za-z0-9\-])(?P<code>[A-Z]{2,}[A-Z0-9-]{3,}"
                       r"|(?=[0-9A-Za-z\-]*[A-Za-z])(?=[0-9A-Za-z\-]*\d)[0-9A-Za-z][0-9A-Za-z\-]{3,19})"
                       r"的?(?:方向|项目|课题)")


def notes_naming_headings(root: Node) -> None:
    """A note in a general section that names a heading by its title in quotes (“有色金属
    新材料”方向下各项目…) or by its code (DXH25A02方向…) says that of the heading it names:
    its clause goes to that heading."""
    titled: dict[str, list[Node]] = {}
    coded: dict[str, list[Node]] = {}
    named_by_keyword: set[str] = set()
    for node in all_nodes(root):
        # (a terms table's rows name headings too; so do the items of a section that funds
        # nothing: 四、支持标准 ⏎ 1.企业研发费用补助：…)
        if node.title and node.style != "table" and not node.non_funding:
            titled.setdefault(re.sub(r"\s", "", normalise(node.title)), []).append(node)
            if (node.children or node.label in ("课题", "子课题", "榜单", "任务")) \
                    and (name := keyword_name(node)) is not None:
                # 申报专题一项目的企业，…; 课题三（揭榜挂帅）不执行…: a direction so numbered
                titled.setdefault(name, []).append(node)
                named_by_keyword.add(name)
        if node.code:
            coded.setdefault(node.code, []).append(node)
    order = [n for n in all_nodes(root) if n.code]  # (coded headings in document order)
    kind_groups: dict[int, Node] = {}  # a section defining a kind → the group of that kind
    longest_first: dict[str, list[str]] = {}  # by their first two characters, longest first
    for title in sorted((t for t in titled if len(t) >= 4 or KEYWORD_NAME.fullmatch(t)
                         or t in named_by_keyword),  # (领域I, 〔一〕类)
                        key=len, reverse=True):
        longest_first.setdefault(title[:2], []).append(title)
    for node in all_nodes(root):
        general = node.non_funding or _summary_section(node)
        if node.children and not general:
            continue  # a note stands in the general sections, not among the directions
        # (an item of a section that funds nothing may have been read as a heading; its
        # heading line is a note of its own: 二、支持方式 does not run on into its text)
        notes = fx.unwrap("\n".join(node.text)).split("\n")
        consumed: set[str] = set()
        if general:  # (三、通用标准 ⏎ （四）配套要求：一级方向1、一级方向2中…: a
            # labelled item naming headings)
            notes += [line for values in node.fields.values() for line in values]
            for key, values in list(node.fields.items()):
                named = titled.get(re.sub(r"\s", "", key.removeprefix(OTHER))) \
                    if key.startswith(OTHER) and values else None
                if named and len(named) == 1 and named[0].children:
                    # 💡温馨提示 ⏎ 1.【科技惠民计划】项目采取前资助方式…: the plan in brackets
                    # read as a label — what follows is that plan's
                    said = _ended_said(values)
                    named[0].text.append("本专项" + said if not said.startswith("本") else said)
                    notes = [n for n in notes if n not in values]
                    del node.fields[key]
        same = titled.get(re.sub(r"\s", "", normalise(node.title or "")), []) \
            if general else []
        if general and not same and node.title and node.children:
            # 二、项目组织方式和支持方式 ⏎ （一）揭榜挂帅项目 ⏎ 1．组织方式。… 2．支持方式。…: the
            # ways of a kind of project, for the group of that kind (（一）揭榜挂帅榜单)
            stem = _KIND_SUFFIX.sub("", re.sub(r"\s", "", normalise(node.title)))
            same = [n for title, found in titled.items() if len(stem) >= 3
                    and _KIND_SUFFIX.sub("", title) == stem for n in found if n is not node]
        if len(same) == 1 and same[0].children and same[0] is not node:
            kind_groups[id(node)] = same[0]
            # 四、支持标准 ⏎ （二）平台载体类 ⏎ 本类资金均采取以奖代补方式: what a terms section
            # says under a heading's own title is that heading's (its numbered notes name
            # the headings under it, below); its items read as headings too (1．组织方式。…)
            same[0].text.extend(line for line in node.text
                                if not NOTE_NUMBER.match(note_text(line)))
            same[0].text.extend(
                said for d in all_nodes(node) if d is not node and d.title
                and (TERM_ITEM.match(bare := _bare_title(d.title)) or TERMS_SECTION.match(bare)
                     or bare in ("组织方式", "实施方式"))
                and (said := _labelled_terms(d)))
        for line in [node.heading_text, *notes] if general else notes:
            if general and (led := _led_by_title(line, titled, longest_first)):
                named_node, rest = led  # 注：1.科技重大专项牵头企业…: a note on that heading
                # (揭榜挂帅项目牵头单位… naming the section that defines those projects: the
                # group of them is what it is said of)
                named_node = kind_groups.get(id(named_node), named_node)
                if named_node is not node:  # (课题三（揭榜挂帅）不执行…: a direction's own)
                    rest = re.sub(r"^[(（][^()（）]{1,8}[)）]", "", rest)
                    # (申报重点研发项目中重点项目的，…；申报一般项目的，…: its kinds' rules, each
                    # read by the kind it names)
                    within = re.match(r"中(?=[\u4e00-\u9fff]{2,8}?项目的)", rest)
                    named_node.text.append(rest[within.end():] if within else (
                        "本专项" if named_node.children else "本方向") + rest)
                    if line is node.heading_text and node.fields \
                            and normalise(rest).rstrip().endswith((":", "：")):
                        # 3.重点研发计划项目统一执行以下标准： ⏎ 支持方式：前资助 ⏎ 支持强度：…
                        # (a 申报须知 box): the labelled lines it introduces are that heading's
                        named_node.text.append(_labelled_terms(node))
                continue
            for clause in re.split(r"[。；;]", line) if general else ():
                subjects = _listed_subjects(ordinal_named(clause), titled, longest_first)
                if subjects is not None and not NO_DOUBLE_DIPPING.search(clause) \
                        and not _ONE_DIRECTION_OF.match(subjects[1]):
                    heads, said = subjects  # 重点研发计划、社会发展科技计划和…采取前资助方式
                    for head in heads:  # (…中采取前资助方式的项目，…: a rule scoped by mode)
                        if head is not node:
                            head.text.append(said[1:] + "。" if said.startswith("中")
                                             else f"本专项{said}。")
            if general and coded and _code_led_notes(line, coded, order):
                consumed.add(line)  # (said of the directions it names, not of every one)
                continue
            for match in [*QUOTED_NOTE.finditer(line), *CODE_NOTE.finditer(line)]:
                named = titled.get(re.sub(r"\s", "", normalise(match["name"])), []) \
                    if "name" in match.groupdict() else coded.get(match["code"], [])
                if len(named) == 1 and named[0] is not node:
                    said = re.split(r"[。；;]", line[match.end():], maxsplit=1)[0]
                    named[0].text.append(f"本方向{said}。")
        if consumed:
            node.text = [text for text in node.text if text not in consumed]


def _summary_section(node: Node) -> bool:
    """二、政策摘要（摘自《指南》原文） ⏎ （一）申报单位须… ⏎ （二）重点研发计划项目须由企业牵头…: a
    part of the paper at the top of its outline, named for the guideline's text it retells, no
    plan, group or direction under it — the guideline's general terms, each naming the heading
    it is said of (not 第二部分 试题, whose questions quote the terms)."""
    return node.kind is None and node.parent is not None and _top_of(node) is node \
        and _RETOLD.search(node.title or "") is not None and bool(node.text) \
        and not any(below.kind is not None or below.code for below in all_nodes(node))


# 政策摘要（摘自《指南》原文）, 指南要点摘录: a part named for the guideline's text it retells
_RETOLD = re.compile(r"摘要|摘录|摘编|节选|要点|原文|照录|著录|抄录")


# 重点研发计划中，陶瓷新材料方向对…有不低于100万元的要求: one direction's rule, not its plan's
_ONE_DIRECTION_OF = re.compile(r"^中\s*[,，]?\s*[^，,。；;]{2,16}?方向(?:对|的|须|应|要求|不)")


# （一）JD26A01—JD26A03：采取前资助方式…: the terms of the directions whose codes run from the
# first to the last; JD26A03实施期限放宽至36个月: one direction's, led by its code
_CODE = r"[A-Za-z]{1,6}[0-9A-Za-z\-]{2,18}[0-9A-Za-z]"
_CODE_LED = re.compile(rf"^(?:[^:：。；;]{{0,16}}[:：])?\s*(?P<code>{_CODE})"
                       rf"(?:\s*[—–－~～至到]+\s*(?P<to>{_CODE}))?\s*(?P<colon>[:：])?\s*"
                       r"(?P<rest>[^\x00-\x7f].*)$")


def _code_led_notes(line: str, coded: dict[str, list[Node]], order: list[Node]) -> bool:
    """A line of a general section whose clauses open with the codes they bind: what follows a
    range's colon is said once for the directions it spans (for their heading, when they are
    all its coded directions), a clause led by one code is that direction's own."""
    text = NOTE_NUMBER.sub("", normalise(line), count=1).strip()
    led = _CODE_LED.match(text)
    if led is None:
        return False
    first, last = _range_ends(led["code"], coded) if led["to"] is None \
        else (led["code"], led["to"])
    if first != last or led["colon"]:
        spanned = _code_span(first, last, order, coded)
        if not spanned:
            return False
        _say_to(spanned, order, led["rest"])
        return True
    said = False
    for clause in re.split(r"[；;。]", text):
        one = _CODE_LED.match(clause.strip())
        if one is None or one["to"] or len(coded.get(one["code"], [])) != 1:
            continue
        coded[one["code"]][0].text.append(f"本方向{one['rest']}。")
        said = True
    return said


def _range_ends(code: str, coded: dict[str, list[Node]]) -> tuple[str, str]:
    """JD26A01-JD26A03 (a dash the normal form made a hyphen) as its two codes, when both are
    headings' codes; else the code twice."""
    if code not in coded:
        for at in (m.start() for m in re.finditer("-", code)):
            if code[:at] in coded and code[at + 1:] in coded:
                return code[:at], code[at + 1:]
    return code, code


def _code_span(first: str, last: str, order: list[Node], coded: dict[str, list[Node]]
               ) -> list[Node]:
    """The coded headings from `first` to `last` in document order ([] unless both are one
    heading's code each, the first before the last)."""
    if len(coded.get(first, [])) != 1 or len(coded.get(last, [])) != 1:
        return []
    start, end = order.index(coded[first][0]), order.index(coded[last][0])
    return order[start:end + 1] if start <= end else []


def _say_to(spanned: list[Node], order: list[Node], said: str) -> None:
    """Terms said once for `spanned`: their common heading's when they are all its coded
    headings, else each one's own."""
    parent = spanned[0].parent
    if len(spanned) > 1 and parent is not None and parent.parent is not None \
            and all(n.parent is parent for n in spanned) \
            and [n for n in order if n.parent is parent] == spanned:
        parent.text.append(said if said.endswith("。") else said + "。")
        return
    for node in spanned:
        node.text.append(f"本方向{said}")


def keyword_name(node: Node) -> str | None:
    """专题一 for a heading written 专题一：…, else None."""
    return heading_keyword_name(node.heading_text)


NOTE_NUMBER = re.compile(r"^(?:注\s*[:：])?\s*(?:\d{1,2}\s*[.、．)）]|[(（]\d{1,2}[)）]"
                         r"|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\s*"
                         r"|^\s*第[一二三四五六七八九十百\d]{1,4}条\s*")  # 第七条　…
# ①重大科技专项须由…: a note numbered in circles (which the normal form reads as a bare 1)
_CIRCLED_AS_NUMBERS = {ord(c): f"{n}." for n, c in enumerate(CIRCLED, 1)}


def note_text(line: str) -> str:
    """A note's normal form, its circled number kept as a number."""
    return normalise(line.translate(_CIRCLED_AS_NUMBERS))


CLAUSE_LEAD = re.compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?"
                         r"(?:[\u4e00-\u9fff]{2,6}[:：])?\s*")  # （二）支持方式：
QUOTED_SUBJECT = re.compile(r"“(?P<name>[^”]{2,24})”(?:方向|专题|领域|专项|计划|类)?")


def _listed_subjects(clause: str, titled: dict[str, list[Node]],
                     longest_first: dict[str, list[str]]) -> tuple[list[Node], str] | None:
    """A clause whose subject lists headings by their titles (重点研发计划、社会发展科技计划和
    “县域特色产业科技示范”方向采取前资助方式): those headings, and what it says of them. Two or
    more, at least one named without quotes (one in quotes is a note of its own)."""
    rest = re.sub(r"\s", "", normalise(clause))
    rest = rest[CLAUSE_LEAD.match(rest).end():]  # type: ignore[union-attr]
    rest = re.sub(r"^(?:凡|对)?申报", "", rest)  # 申报一级方向1、一级方向2的企业，…: applicants
    found: list[Node] = []
    unquoted = False
    while rest:
        quoted = QUOTED_SUBJECT.match(rest)
        if quoted is not None:
            named = titled.get(quoted["name"], [])
            length = quoted.end()
        else:
            title = next((t for t in longest_first.get(rest[:2], ()) if rest.startswith(t)),
                         None)
            named, length = (titled[title], len(title)) if title else ([], 0)
            unquoted = unquoted or bool(named)
        if len(named) != 1:
            break
        found.append(named[0])
        rest = rest[length:]
        joiner = re.match(r"[、和及与]", rest)
        if joiner is None:
            break
        rest = rest[joiner.end():]
    # (…，科技创新奖补项目采取…: another's; …中采取前资助方式的项目，牵头企业…: a part of them,
    # the whole clause theirs)
    said = re.split(r"[,，]", rest, maxsplit=1)[0]
    if re.match(r"[中的]", rest):  # (up to another subject: …，奖补类项目按…)
        said = re.split(r"[,，](?=[^,，]{2,8}?类项目)", rest, maxsplit=1)[0]
    if len(found) < (1 if said.startswith("中") else 2) or not unquoted or len(said) < 4:
        return None  # (一级方向1中采取前资助方式的项目，…: one heading's part, named)
    return found, said


_CORRECTION_MARK = re.compile(r"^\s*[▲△★☆※]\s*")


def _led_by_title(line: str, titled: dict[str, list[Node]],
                  longest_first: dict[str, list[str]]) -> tuple[Node, str] | None:
    """A numbered note that opens with a heading's exact title (2.重点研发项目（工业领域）牵头
    企业自筹…): that heading, and what the note says of it."""
    said = _CORRECTION_MARK.sub("", note_text(line))  # (▲（二）…: a passage a correction marks)
    lead = NOTE_NUMBER.match(said)
    if lead is None or QUOTED_NOTE.search(line) or NO_DOUBLE_DIPPING.search(said):
        return None  # (…专项“有色金属新材料”方向下…: a note on the direction it quotes)
    rest = ordinal_named(re.sub(r"\s", "", said[lead.end():]))
    # (1.【科技惠民计划】项目采取…: the title in the brackets a 公众号 sets plans' names in)
    rest = re.sub(r"^[【\[]([^】\]]{2,30})[】\]]", r"\1", rest)
    # 第十三条　申报产业关键核心技术攻关项目的，…: the applicants for a heading, its chapter's too
    applying = re.match(r"^(?:凡|对)?申报", rest)
    rest = rest[applying.end():] if applying else rest
    for title in longest_first.get(rest[:2], ()):
        named = titled[title]
        # (a direction too, named before a colon: 四、支持标准 ⏎ 1.企业研发费用补助：按…给予)
        if rest.startswith(title) and len(named) == 1 \
                and rest[len(title):len(title) + 1] not in ("和", "及", "与", "、") \
                and (named[0].children or rest[len(title):len(title) + 1] in (":", "：")
                     or KEYWORD_NAME.fullmatch(title) is not None) \
                and len(rest) > len(title) + 4 \
                and not re.match(r"[A-Z甲乙丙丁]类", rest[len(title):]) \
                and (named[0].style != "part:章" or applying is not None):
            # (申报重点研发计划B类项目的企业，…: a rule for a class of it, read by its class)
            return named[0], rest[len(title):].lstrip(":：")  # (a chapter's title opens its
            # rules, 第八条　县级科技计划项目实施期满后…: they are about every project)
    kin = kind_led(rest, [t for t, named in titled.items() if len(named) == 1
                          and named[0].children])
    if kin is not None:  # （二）“赛马制”项目须由…: said of the group titled “赛马制”榜单
        title, said = kin
        return titled[title][0], said
    return None


def kind_led(rest: str, titles: Iterable[str]) -> tuple[str, str] | None:
    """The one title a rule opens with by its kind's name, the word after it another of the
    same sense (“赛马制”项目须… of the heading “赛马制”榜单), and what the rule then says."""
    found = [(title, rest[word.end():]) for title in titles
             if len(stem := _KIND_SUFFIX.sub("", title)) >= 3 and stem != title
             and rest.startswith(stem)
             and (word := _KIND_WORD.match(rest, len(stem))) is not None
             and word.group(0) != title[len(stem):]
             and len(rest) > word.end() + 4]  # (2．“赛马制”项目申报书: a form's name)
    return found[0] if len(found) == 1 else None


# 勘误：方向3的指南代码更正为HG25XY03: an erratum the bureau added to the published text
ERRATUM = re.compile(r"(?P<kw>方向|项目|课题|榜单)\s*(?P<n>[\d一二三四五六七八九十]{1,3})\s*的?\s*"
                     r"(?:指南)?(?:代码|编号)\s*(?:更正|修改|调整|变更)为\s*(?P<code>[A-Za-z][A-Za-z0-9-]{3,})")


# 方向名称后标注“※”的，须由企业牵头申报…；未标注“※”的方向，…均可牵头申报: a legend of marks
MARK_RULE = re.compile(r"(?P<un>未)?标注?[“\"]?(?P<mark>[※△▲◆◇■☆＊*#])[”\"]?的(?:方向)?[,，]?"
                       r"(?P<rule>[^；;。]+)")
# 注2：标注②的方向采取事后补助方式，每项补助不超过40万元。: what a numbered mark after a title
# means, in notes closing the plan whose directions carry it (the same mark may mean another
# thing under the next plan)
NOTE_MARK_RULE = re.compile(r"^\s*(?:注\s*\d{0,2}\s*[:：.．、]?\s*)?[\u2460-\u2473]?\s*标注?[“\"]?"
                            r"(?:注)?(?P<mark>[\u2460-\u2473])[”\"]?的(?:方向|项目)?[,，]?\s*"
                            r"(?P<rule>.+?)\s*$")


def marked_directions(root: Node, lines: list[Line]) -> None:
    """A legend saying what a mark after a direction's name means (and what its absence
    means): each direction under a heading that marks some takes the rule its mark gives."""
    rules: dict[str, dict[bool, str]] = {}
    for index, line in enumerate(lines):
        after = lines[index + 1] if index + 1 < len(lines) else None
        legend = line.norm
        if "标" in legend and after is not None and not legend.rstrip().endswith(("。", "；", ";")):
            legend += after.norm.strip()  # (标注“◆”的， ⏎ 申报单位须为…: a page width cut it)
        for found in MARK_RULE.finditer(legend):
            rules.setdefault(found["mark"], {})[bool(found["un"])] = found["rule"].strip()
    marks = tuple(rules)
    for mark, said in rules.items():
        for node in all_nodes(root):  # the headings whose directions the legend marks
            if not any(m in child.heading_text for child in node.children for m in marks):
                continue
            for child in node.children:  # (stated once for the directions so marked)
                rule = said.get(mark not in child.heading_text)
                if rule:
                    child.kind_terms += f"本方向{rule}。"
                    child.kind_named = child.kind_named or f"标注“{mark}”的方向"
    for node in all_nodes(root) if rules else ():  # (说明：标注“▲”的，须由企业牵头 under 二、支持
        node.text[:] = _without_legend(node.text)  # 重点及方向: said of the marked, not of all)
        node.fields = {key: kept for key, values in node.fields.items()
                       if (kept := _without_legend(values))}


def parts_said_respectively(root: Node) -> None:
    """课题五… ⏎ 本课题下设两个任务，…；任务5-1、任务5-2拟资助额度分别为20万元、10万元。 ⏎
    任务5-1　… ⏎ 任务5-2　…: values zipped by 分别 with the names of the parts below are each
    part's own, and no longer the heading's."""
    for node in all_nodes(root):
        if len(node.children) < 2 or not any("分别" in text for text in node.text):
            continue
        names = {f"{child.label}{normalise(child.number)}": child for child in node.children
                 if child.label and child.number}
        if len(names) < 2:
            continue
        lead = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
        said = re.compile(rf"(?P<subjects>(?:{lead})(?:\s*[、和及与]\s*(?:{lead}))+)"
                          r"(?P<noun>[^，,；;。分]{0,12})分别(?:为|是)?(?P<values>[^；;。]+)[；;。]?")
        kept: list[str] = []
        for text in node.text:
            norm = normalise(text)
            match = said.search(norm) if "分别" in norm else None
            subjects = re.split(r"\s*[、和及与]\s*", match["subjects"]) if match else []
            values = [v.strip() for v in match["values"].split("、")] if match else []
            if match is None or len(values) != len(subjects):
                kept.append(text)
                continue
            for subject, value in zip(subjects, _each_qualified(values), strict=True):
                names[subject].text.append(f"本方向{match['noun']}为{value}。")
            kept.append(norm[:match.start()] + norm[match.end():])
        node.text[:] = [text for text in kept if text.strip()]


def _each_qualified(values: list[str]) -> list[str]:
    """分别不超过40万元、30万元: the first value's 不超过 said of each."""
    lead = re.match(r"^(?:不超过|不高于|最高|最多|不低于|不少于)", values[0]) if values else None
    return [value if lead is None or not re.match(r"^\d", value) else lead[0] + value
            for value in values]


# 其中第3方向所属两个子方向资助额度分别不超过40万元、30万元: a direction's parts by its number
_PARTS_OF_NUMBERED = re.compile(
    r"(?:其中[，,]?)?第?(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})(?:个)?方向(?:所属|下设|的)?"
    r"(?:[两二三四五六\d]个)?子方向(?P<noun>[^，,；;。分]{0,12})分别(?:为|是)?(?P<values>[^；;。]+)")


def subdirections_said_respectively(root: Node) -> None:
    """A heading's sentence giving the sub-directions of its direction N their values by 分别
    (in their order): each sub-direction's own, and no longer the heading's."""
    for node in all_nodes(root):
        for at, text in enumerate(node.text):
            norm = normalise(text)
            match = _PARTS_OF_NUMBERED.search(norm) if "分别" in norm else None
            number = fx.to_number(match["n"]) if match else None
            direction = next((d for d in all_nodes(node) if d is not node and d.seq
                              and d.seq[-1] == number and len(d.children) >= 2), None)
            values = [v.strip() for v in match["values"].split("、")] if match else []
            if match is None or direction is None or len(values) != len(direction.children):
                continue
            for child, value in zip(direction.children, _each_qualified(values), strict=True):
                child.text.append(f"本方向{match['noun']}为{value}。")
            node.text[at] = norm[:match.start()].rstrip("，, ") + norm[match.end():]


# 本方向设以下两个任务，各支持1项，分别定额资助60万元、40万元: the parts counted, then 分别
_COUNTED_PARTS = re.compile(r"(?:(?:设|下设|分设|分为|包括|包含)(?:以下|如下)?|上述|以上)\s*"
                            r"(?P<n>\d{1,2}|[一二两三四五六七八九十])\s*个(?P<word>[\u4e00-\u9fff]{1,3})")
_RESPECTIVE_VALUES = re.compile(r"分别(?P<verb>[^\d，,；;。：:、]{0,8}?)"
                                r"(?P<values>\d[^，,；;。：:]*?(?:、\d[^，,；;。：:、]*?)+)(?=[，,；;。：:]|$)")


def announced_parts_said_respectively(root: Node) -> None:
    """A heading's sentence counting its parts and giving them values by 分别, naming none of
    them (本方向设以下两个任务，各支持1项，分别定额资助60万元、40万元 ⏎ 任务一… ⏎ 任务二…): the
    values go to the parts in their order, each part's own, no longer the heading's. The
    sentence may stand under a label of remarks (方向说明：本方向分设以下两个任务，分别…)."""
    for node in all_nodes(root):
        if len(node.children) < 2:
            continue
        for said in (node.text, node.fields.get("notes", [])):
            _parts_given_values(node, said)


def _parts_given_values(node: Node, said: list[str]) -> None:
    for at, text in enumerate(said):
        norm = normalise(text)
        counted = _COUNTED_PARTS.search(norm) if "分别" in norm else None
        match = _RESPECTIVE_VALUES.search(norm, counted.end()) if counted else None
        if counted is None or match is None \
                or fx.to_number(counted["n"]) != len(node.children) \
                or any(child.label and child.label not in counted["word"]
                       for child in node.children):
            continue
        values = [value.strip() for value in match["values"].split("、")]
        if len(values) != len(node.children):
            continue
        # (上述两个子方向资助额度分别为…: what the values are of, said before 分别)
        subject = re.split(r"[，,]", norm[counted.end():match.start()])[-1]  # (…子方向，资助额度)
        subject = subject if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", subject) else ""
        for child, value in zip(node.children, _each_qualified(values), strict=True):
            child.text.append(f"本方向{subject}{match['verb']}{value}。")
        said[at] = norm[:match.start()].rstrip("，, ") + norm[match.end():]


def _without_legend(entries: list[str]) -> list[str]:
    """The entries but a legend of marks (and its line a page width cut); a note's other
    items (注：①标“*”的方向须由…；②…；③每个方向原则上支持1项。) stay."""
    kept: list[str] = []
    cut = False
    for entry in entries:
        norm = normalise(entry).rstrip()
        if cut:
            cut = not norm.endswith(("。", "；", ";"))
            continue
        if "标" not in norm or MARK_RULE.search(norm) is None:
            kept.append(entry)
            continue
        clauses = re.split(r"(?<=[；;。])", norm)
        legends = [bool("标" in c and MARK_RULE.search(c)) for c in clauses]
        last = max(i for i, on in enumerate(legends) if on)
        cut = not clauses[last].endswith(("。", "；", ";")) and not "".join(clauses[last + 1:])
        others = "".join(c for c, on in zip(clauses, legends, strict=True) if not on)
        if re.search(r"[\u4e00-\u9fff]", others):
            kept.append(others)
    return kept


def noted_marks(root: Node, lines: list[Line]) -> None:
    """1．…关键技术①③ … 注1：标注①的方向须由企业牵头申报。 注3：标注③的方向实施期限为3年。:
    each note closing a plan says what its mark means for that plan's directions — terms stated
    for the directions so marked (over the plan's own); the notes are no direction's text."""
    for line in lines:
        if "标" not in line.text:
            continue  # (most lines: no note on marks)
        # (the folded text has ① as 1; 注：①标注注①的方向…；②标注注②的方向…: several in a line)
        clauses = [NOTE_MARK_RULE.match(clause) for clause in (
            [line.text] if NOTE_MARK_RULE.match(line.text) and "；" not in line.text
            else re.split(r"[；;]\s*(?=[\u2460-\u2473]?\s*标注)", re.sub(r"^\s*注\s*[:：]\s*", "",
                                                                       line.text)))]
        notes = [note for note in clauses if note is not None]
        if not notes or len(notes) < len(clauses):
            continue
        holder = _closing_holder(root, line.number)
        if holder is None:
            continue
        for note in notes:
            rule = note["rule"].rstrip("。；; ") + "。"
            for leaf in leaf_descendants(holder):
                if note["mark"] in leaf.heading_text:
                    leaf.kind_terms += f"本方向{rule}"
                    leaf.kind_named = leaf.kind_named or f"标注“{note['mark']}”的方向"
        _drop_said(holder, line.text)


def _closing_holder(root: Node, number: int) -> Node | None:
    """The deepest heading with directions under it whose span the line `number` closes (after
    its last direction, before the next heading of its rank)."""
    found = None
    for node in all_nodes(root):
        if not node.children or node is root or node.line >= number:
            continue
        siblings = node.parent.children if node.parent is not None else []
        after = [s.line for s in siblings[siblings.index(node) + 1:]]
        if after and after[0] <= number:
            continue
        if found is None or node.line > found.line:
            found = node
    return found


def _drop_said(holder: Node, text: str) -> None:
    """Take a note's line out of the text or fields of the headings it was read into."""
    said = text.strip()
    for node in [holder, *all_nodes(holder)]:
        node.text = [t for t in node.text if t.strip() != said]
        for key, values in node.fields.items():
            node.fields[key] = [v for v in values if said not in v and v.strip() not in said]


def corrected_codes(root: Node, lines: list[Line]) -> None:
    """An erratum correcting a direction's code, wherever the page states it: that direction
    (by its keyword and number) takes the corrected code."""
    for line in lines:
        for found in ERRATUM.finditer(line.norm):
            number = fx.to_number(found["n"])
            named = [n for n in all_nodes(root) if n.style == f"kw:{found['kw']}"
                     and n.seq and n.seq[-1] == number]
            if len(named) == 1:
                named[0].code = found["code"]


# 以“类别字母+序号”编号（如A1、B2）, 填写方向编号（如A1）: the heading's number is its code
NUMBERS_ARE_CODES = re.compile(r"以[“\"]?(?:类别)?字母\s*[+＋和加]\s*(?:数字|序号|编号)[”\"]?编号"
                               r"|方向编号[^。]{0,12}[(（]如\s*[A-Z]\d{1,2}"
                               # 方向编号即指南代码: the number said to be the code outright
                               r"|编号即(?:为)?(?:其)?(?:指南|方向|项目|申报)?(?:代码|编码)")
LETTER_NUMBER = re.compile(r"^[A-Z]\d{1,2}$")


def numbers_as_codes(root: Node, lines: list[Line]) -> None:
    """Where the document says a direction's letter-and-number (A1　…) is its code, the
    directions that state no other code take their numbers as codes."""
    if not NUMBERS_ARE_CODES.search("".join(line.norm.strip() for line in lines)):
        return  # (a sentence wrapped over lines)
    for node in all_nodes(root):
        if node.code is None and not node.children and node.number \
                and LETTER_NUMBER.match(node.number):
            node.code = node.number


def codes_listed_by_title(root: Node) -> None:
    """附：申报系统方向代码 ⏎ CD24-A01　汽车零部件… in a section that funds nothing (a press
    package's 背景资料): a list giving the directions above their codes by title — each uncoded
    direction named there takes its code, and the list's lines are no directions of their own."""
    def key(title: str | None) -> str:
        return re.sub(r"\s+", "", normalise(title or ""))
    nodes = all_nodes(root)
    listed = [n for n in nodes if n.style == "code" and n.code and not n.children
              and any(a.non_funding for a in n.ancestors())]
    if len(listed) < 3:
        return
    uncoded: dict[str, list[Node]] = {}
    for node in nodes:
        if not node.children and not node.code and node.title \
                and not any(a.non_funding for a in node.ancestors()):
            uncoded.setdefault(key(node.title), []).append(node)
    named = [(n, uncoded[key(n.title)][0]) for n in listed
             if len(uncoded.get(key(n.title), [])) == 1]
    if len(named) * 3 < len(listed) * 2:
        return  # (a list of other things, a few titles alike by chance)
    for item, direction in named:
        direction.code = item.code
        if item.parent is not None:
            item.parent.children.remove(item)


# 问1：重点研发与转化计划采取什么支持方式？ ⏎ 答：采取事前资助方式，…
QUESTION = re.compile(r"^(?:问(?:题)?|Q)\s*\d{0,2}\s*[:：]\s*(?P<q>\S.*)$")
ANSWER = re.compile(r"^(?:答|A)\s*\d{0,2}\s*[:：]\s*(?P<a>\S.*)$")


# 本表中支持额度为“择优支持”的方向，经专家评审后按不超过20万元给予资助 / 支持额度为“—”的方向
# …，县财政不安排资助资金: terms for the rows whose cell in that column says those words
# (申报主体为“须由企业牵头”的前资助项目，…: the rows of that cell whose text names that mode)
CELL_VALUE_NOTE = re.compile(r"(?:本表中?|表中)?[“\"]?(?P<col>[\u4e00-\u9fff]{2,8})[”\"]?栏?"
                             r"(?:为|填写?为?|标注为?)[“\"](?P<val>[^”\"]{1,10})[”\"]的"
                             r"(?P<kind>前资助|后补助|奖补|事前资助|事后补助)?"
                             r"(?:方向|项目|榜单|行)[,，]?(?P<terms>[^。；;]+)")
# 3．代码以HD21-B开头的项目，申报单位上年度研发费用不低于100万元: the rows of those codes
CODE_PREFIX_NOTE = re.compile(r"(?:代码|编号|编码)以[“\"]?"
                              r"(?P<prefix>[A-Za-z0-9][A-Za-z0-9\-]{0,12})[”\"]?"
                              r"(?:开头|打头|起始)的(?:方向|项目|行)[,，]?(?P<terms>[^。；;]+)")


def rows_by_cell_value(root: Node, lines: list[Line]) -> None:
    """A note under a table naming a column's value (支持额度为“择优支持”的方向，…按不超过20万元
    给予资助) or the rows' codes (代码以HD21-B开头的项目，…): what it says is said of each row
    whose cell in that column says it, or whose code so begins — of no other row."""
    by_number = {line.number: line for line in lines}
    for node in all_nodes(root):
        rows = [c for c in all_nodes(node) if c.style == "table" and not c.children]
        if not rows:
            continue
        for text in list(node.text):
            folded = normalise(text)
            scoped = False  # (told to rows by their code or by their cell and kind)
            for note in CELL_VALUE_NOTE.finditer(folded):
                column, value = note["col"], note["val"].strip()
                # (said of each such row: 按不超过20万元给予资助 is each one's grant)
                terms = note["terms"].strip()
                said = terms if extract.PER_PROJECT.search(terms) or not fx.MONEY_RE.search(terms) \
                    else f"每项{terms}"
                for row in rows:
                    if _cell_in_column(by_number, row.line, column) == value and (
                            not note["kind"] or note["kind"] in normalise(
                                by_number[row.line].text)):
                        row.noted.append(said + "。")
                        scoped = scoped or bool(note["kind"])
            for note in CODE_PREFIX_NOTE.finditer(folded):
                for row in rows:
                    if row.code and normalise(row.code).startswith(note["prefix"]):
                        row.noted.append(f"本方向{note['terms'].strip()}。")
                        scoped = True
            if scoped:
                node.text.remove(text)  # (said of those rows, not every row the heading has)


def _cell_in_column(by_number: dict[int, Line], at: int, column: str) -> str | None:
    """The cell of the table row on line `at` under the header naming `column` (the nearest
    table line above it with a cell so named)."""
    row = by_number.get(at)
    if row is None or not row.table:
        return None
    for number in range(at - 1, max(0, at - 200), -1):
        line = by_number.get(number)
        if line is None or not line.table:
            continue
        header = [re.sub(r"\s", "", normalise(cell)) for cell in table_cells(line)]
        if column in header:
            cells = table_cells(row)
            index = header.index(column)
            return normalise(cells[index]).strip() if index < len(cells) else None
    return None


# 计划类别 | 项目类别 | 支持方向: the plan a row belongs to, beside the columns naming it
_PLAN_CELL_COLUMN = re.compile(r"(?:计划|专项)(?:类别|名称|类型)")
# （1）…；（2）…；（3）… in one cell: numbered items, or items apart by ；that read as titles
_CELL_ITEM = re.compile(r"[；;]\s*(?=[(（]\d{1,2}[)）])")
_TITLE_WORDS = re.compile(r"须|应|不超过|不低于|万元|资助|补助|申报|支持|[。:：,，]")


def listed_titles(cell: str) -> list[str]:
    """The directions a row's direction cell lists: （1）A（code）；（2）B → A（code）, B; A；B
    when both read as titles (no terms, no sentence)."""
    text = cell.strip().rstrip("。；;")
    if re.match(r"^[(（]1[)）]", text):
        parts = [re.sub(r"^[(（]\d{1,2}[)）]\s*", "", p).strip() for p in _CELL_ITEM.split(text)]
    else:
        parts = [p.strip() for p in re.split(r"[；;]", text)]
    if len(parts) < 2 or not all(4 <= len(p) <= 40 for p in parts):
        return []
    if any(_TITLE_WORDS.search(TERMS_BRACKET.sub("", re.sub(r"[(（][^()（）]*[)）]", "", p)))
           for p in parts):
        return []
    return parts


def _answers_to_their_headings(root: Node, lines: list[Line]) -> None:
    """A 问答 section's answers to questions that name one plan heading (问1：重点研发与转化计划
    采取什么支持方式？ ⏎ 答：采取事前资助方式…) are that plan's terms, as if written under it."""
    asked: str | None = None
    headings: list[Node] | None = None
    for line in lines:
        text = line.norm.strip()
        if not text:
            continue  # (Q1：… ⏎ ⏎ A：…: a page's blank line between them)
        if not text.startswith(("问", "答", "Q", "A")):
            asked = None
            continue
        if (question := QUESTION.match(text)) is not None:
            asked = re.sub(r"\s", "", question["q"])
            continue
        answer = ANSWER.match(text)
        if answer is not None and asked:
            if headings is None:
                headings = [n for n in all_nodes(root) if n.title and not n.non_funding
                            and len(n.title) >= 4]
            named = [n for n in headings if re.sub(r"\s", "", normalise(n.title or "")) in asked]
            # (先进制造技术攻关项目中“04 科技型初创企业技术研发”方向…: the direction, not its
            # plan; a plan or group named alone: its terms, for every direction under it)
            named = [n for n in named if not any(id(n) in {id(a) for a in other.ancestors()}
                                                 for other in named)]
            if len(named) == 1 and named[0].children:
                named[0].text.append(answer["a"])
            elif len(named) == 1 and ("“" in asked or "\"" in asked):
                # a direction's answer: a note on it (是否也要求规上企业和…？ ⏎ A：不要求。…:
                # the requirements asked of, waived)
                waivers = [f"不作{what}要求。" for what in _asked_requirements(asked)] \
                    if NOT_REQUIRED.match(answer["a"]) else []
                named[0].fields.setdefault("notes", []).append("".join([*waivers, answer["a"]]))
        asked = None


# A：不要求。… / 否，… / 不需要。: the answer frees the direction of what the question asked
NOT_REQUIRED = re.compile(r"^(?:不要求|不需要|无需|不需|否|不是)[。，,；;]")
_ASKED = re.compile(r"是否(?:也|仍|还)?(?:要求|需要|须)(?P<what>[^？?。]{2,60})")


def _asked_requirements(question: str) -> list[str]:
    """是否也要求规上企业和研发费用不低于500万元？ → 规上企业, 研发费用不低于500万元."""
    asked = _ASKED.search(question)
    parts = re.split(r"[和及、]|以及", asked["what"]) if asked else []
    # (研发费用不低于5,000,000元: the requirement's name, not its threshold)
    return [named for part in parts if (named := re.sub(r"(?:不低于|不少于|达到|在).*$", "", part))]


def _rows_to_their_headings(root: Node, tables: dict[str, tuple[list[str], list[list[str]]]],
                            remarks: dict[str, str] | None = None) -> None:
    """各专项归口科室、支持方式…见表1 in a general section, the table's rows naming the 专项
    headings further down (工业科技攻关专项 | 高新技术与产业化科 | 前资助 | …): each heading that
    a row names exactly (研发类 the heading 研发类项目 too), and no other row gave terms, states
    that row — and what the table's 注 says of that row's class (注：研发类项目申报单位上年度研发
    费用不低于300万元…), its rules, not its grants."""
    headings = [n for n in all_nodes(root) if n.title and n.children and not n.non_funding]
    for key, (header, rows) in tables.items():
        names = Counter(_class_folded(row[0]) for row in rows if row and row[0])
        said = (remarks or {}).get(key, "")
        for row in rows:
            if not row or not row[0] or names[_class_folded(row[0])] > 1:
                continue  # (a plan's row per class, 重点项目 | … ⏎ 一般项目 | …: its classes')
            name = _class_folded(row[0])
            named = [n for n in headings if _class_folded(n.title or "") == name]
            if not named and name.endswith("类"):  # (研发类 | 前资助 | … over （一）研发类项目)
                named = [n for n in headings if _class_folded(n.title or "") == f"{name}项目"]
                if len(named) == 1:
                    named[0].text.extend(
                        f"本专项{clause.strip()}。" for clause in re.split(r"[。；;]", said)
                        if clause.strip().startswith(name)
                        and not extract.GRANT_SENTENCE.search(normalise(clause)))
            cells = (header, row)
            if not named and len(row) > 2:
                # 计划代码 | 计划名称 | …: the row HD26A names the heading 重点研发计划（HD26A）
                named = [n for n in headings if n.code and n.code == row[0].strip()]
                cells = (header[1:], row[1:])
            if len(named) == 1 and not any(line.startswith(cells[0][1] if len(cells[0]) > 1
                                                           else "") for line in named[0].text):
                named[0].text.append(_row_sentence(*cells))


CLASS_MARK = re.compile(r"^(?P<a>[A-Z])类\s*[:：]?\s*|\s*[(（](?P<b>[A-Z])类[)）]$")
# a row of a table of terms by class
# (A类 （重大项目）: a space before its bracket too)
CLASS_ROW = re.compile(r"^(?:[A-Z甲乙丙丁]类|[一二三]类项目)\s*(?:[:：(（]|$)")
CLASS_LOOKAHEAD = 400  # lines ahead in which directions name the classes a table defines
# 项目类别 | 支持方式 | 支持金额 | 实施周期 over 重点项目 | 前资助 | …: a class column, then terms
CLASS_COLUMN = re.compile(r"^(?:项目)?(?:类别|类型|档次)$|^(?:支持|资助)档次$")
CLASS_NAME = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}项目|[A-Z甲乙丙丁]类|[一二三四五]档)"
                        r"(?:[(（][^()（）]*[)）])?$")


def _next_item_follows(listed: re.Match[str], ahead: list[Line]) -> bool:
    """Is the list's next item (by number) among these lines?"""
    if not listed["num"]:
        return False
    for later in ahead:
        item = LISTED_ITEM.match(later.text.strip())
        if item is not None and item["num"]:
            return int(item["num"]) == int(listed["num"]) + 1
    return False


# 项目类别及方向（编号）, 方向名称（代码）: a column naming each row's direction with its code
CODED_NAME_HEADER = re.compile(r"(?:方向|名称|事项)[^()（）]{0,4}[(（](?:编号|代码|编码)[)）]$")


def code_column(header: list[str], first: list[str] | None = None) -> int | None:
    """Where a header names the code column, when it names no title (指南代码 | 资助额度 | …);
    a 方向 column whose first row holds only the direction's number (⒜, ⒝-1) names none."""
    labels = [column_label(cell)[0] for cell in header]
    numbered = {i for i, label in enumerate(labels) if first and i < len(first)
                and _TITLE_HEADER.match(label) and _NUMBER_CELL.fullmatch(first[i].strip())}
    if len(labels) < 2 or any(_TITLE_HEADER.match(label) for i, label in enumerate(labels)
                              if i not in numbered):
        return None
    at = next((i for i, label in enumerate(labels) if CODE_HEADER.match(label)), None)
    rest = [cell for i, cell in enumerate(header)  # (序号 | 指南代码 | …: a row number first)
            if i != at and not (i == 0 and labels[0] in ("序号", "序")) and i not in numbered
            and not PLACE_COLUMN.match(re.sub(r"\s", "", labels[i]))]  # (| 计划类别 |: where)
    return at if at is not None and is_terms_header(rest) else None


# 以下方向采取前资助方式，…： / 以下事项采取以奖代补方式：: terms for the directions that follow
FOLLOWING_TERMS = re.compile(r"^以下(?:方向|事项|项目|条目|任务)(?:均)?"
                             r"(?:采取|采用|实行|按|支持|资助|补助)")
# A　申报单位须为有效期内的国家高新技术企业。 … K　…: conditions a direction picks by letter
LEGEND_ITEM = re.compile(r"^(?P<key>[A-Z])[\s\u3000]+(?P<said>[\u4e00-\u9fff].{3,80}[。；;])$")
PICKED_CONDITIONS = re.compile(r"^(?:适用|申报|对应|专项)?(?:条件|要求)(?:代号)?\s*[:：]\s*"
                               r"(?P<keys>[A-Z](?:\s*[、,，/]\s*[A-Z])*)\s*[。.]?$")
MIN_LEGEND = 4


def condition_legend(lines: list[Line]) -> tuple[dict[str, str], set[int]]:
    """The lettered conditions a document defines once (a run of four or more lines A …, B …)
    for its directions to pick (适用条件：A、C、D), and where they stand."""
    if not any(PICKED_CONDITIONS.match(line.norm.strip()) for line in lines if "条件" in line.norm):
        return {}, set()  # (a list lettered A, B, C no direction picks from)
    runs: list[list[tuple[int, re.Match[str]]]] = [[]]
    for index, line in enumerate(lines):
        item = LEGEND_ITEM.match(line.text.strip())
        if item is None:
            runs.append([])
        else:
            runs[-1].append((index, item))
    legend: dict[str, str] = {}
    at: set[int] = set()
    for run in runs:
        if len(run) >= MIN_LEGEND:
            legend.update((item["key"], item["said"]) for _, item in run)
            at.update(index for index, _ in run)
    return legend, at


# 支持要素 | 方向1 | 方向2.1 | 方向3: the corner and the columns of a table laid sideways
TRANSPOSED_CORNER = re.compile(r"(?:支持|申报|项目)?(?:要素|事项|内容|指标|条件|项目|类别)")
TRANSPOSED_REF = re.compile(r"(?:子)?方向\d{1,2}(?:\.\d{1,2})*")
QUALIFICATION_LABEL = re.compile(r"资质")


def pair_columns(header: list[str]) -> tuple[int, int, int] | None:
    """(code, term, value) columns of a table stating one term a row (方向代码 | 调整事项 |
    调整内容)."""
    labels = [re.sub(r"\s", "", column_label(cell)[0]) for cell in header]
    code = next((i for i, label in enumerate(labels) if CODE_HEADER.match(label)), None)
    key = next((i for i, label in enumerate(labels) if PAIR_KEY.fullmatch(label)), None)
    value = next((i for i, label in enumerate(labels) if PAIR_VALUE.fullmatch(label)), None)
    return (code, key, value) if code is not None and key is not None and value is not None \
        else None


PAIR_KEY = re.compile(r"(?:调整|变更|修改)?(?:事项|项目|条款|要素)")
PAIR_VALUE = re.compile(r"(?:调整|变更|修改)(?:后)?(?:内容|标准|为)|(?:调整后|具体)?(?:内容|标准)")
# 方向3 / 方向5（子方向一）: a table's row naming a direction read above it
ROW_DIRECTION_REF = re.compile(r"方向(?P<n>\d{1,2}(?:\.\d{1,2})?|[一二三四五六七八九十]{1,3})"
                           r"(?:[(（]子方向(?P<sub>\d{1,2}|[一二三四五六七八九十]{1,3})[)）])?")
SUBTOTAL = re.compile(r"^\s*(?:小计|合计|总计)")  # 小计（万元）: a column of sums, no term
CODE_HEADER = re.compile(r"^(?:指南|方向|项目|榜单|任务|需求)?(?:代码|编号|编码)$")
_TITLE_HEADER = re.compile(r"名称|^(?:指南|研究|支持)?方向$")
# ⒜, ⒝-1, 3.2, (一): a cell holding only a direction's number
_NUMBER_CELL = re.compile(r"[\u2460-\u24ff](?:-\d{1,2})?|\d{1,2}(?:[.\-]\d{1,2}){0,2}"
                          r"|[(（][一二三四五六七八九十\d]{1,3}[)）]|[A-Za-z]\d{0,2}(?:-\d{1,2})?")


def is_class_table(header: list[str], first: list[str]) -> bool:
    """A header naming classes in its first column and terms in the others, over a row of a
    class (not a table of directions, whose rows are titles); a column naming each class
    (类别 | 项目名称 | 支持方式 | … ⏎ A类 | 重点研发攻关项目 | …) states no term."""
    return len(header) >= 3 and bool(CLASS_COLUMN.match(column_label(header[0])[0])) \
        and is_terms_header([c for c in header[1:] if not _CLASS_NAME_COLUMN.match(c.strip())]) \
        and bool(first) and bool(CLASS_NAME.match(normalise(first[0]).strip()))


_CLASS_NAME_COLUMN = re.compile(r"^(?:项目|类别)?名称$")


def _class_folded(name: str) -> str:
    """A row's or heading's name with its class letter moved to the front, so the row
    A类：重点研发项目 names the heading 重点研发项目（A类）; a part's number before the name
    (第一类　技术创新与应用发展专项) no part of it."""
    folded = _PART_NUMBER.sub("", re.sub(r"\s", "", normalise(name)))
    match = CLASS_MARK.search(folded)
    if match is None:
        return folded
    return f"{match['a'] or match['b']}类:{CLASS_MARK.sub('', folded)}"


# 项目类别＼资助方式 | 前资助 | 后补助: a table of classes by modes, a cell for each pair
_MATRIX_CORNER = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[＼\\/／]\s*[\u4e00-\u9fff]{2,8}$")


def _mode_said(node: Node) -> str | None:
    """The funding mode a direction names for itself (资助方式：事后补助), else the one a heading
    above says for its directions (本领域所列方向均按一般项目、事前资助方式支持)."""
    if node.field_text("mode"):
        return node.field_text("mode")
    for holder in node.ancestors():
        if holder.field_text("mode"):  # (项目类别：一般项目　资助方式：事前资助 over its parts)
            return holder.field_text("mode")
        said = [s for s in fx.sentences("".join(holder.stated)) if "方式" in s]
        if said and fx.funding_modes(said[0]):
            return said[0]
    return None


def _row_sentence(header: list[str], row: list[str], mode: str | None = None) -> str:
    """A terms table's row as the sentence it stands for (支持方式：事前资助；资助额度：…。),
    numbers given the unit their column names (资助强度（万元/项） | 100～200); in a table of
    classes by modes, only the cell of the direction's own `mode`."""
    modes = set(fx.funding_modes(mode or ""))
    if modes and header and _MATRIX_CORNER.match(normalise(header[0]).strip()):
        columns = [i for i, name in enumerate(header) if i and modes & set(fx.funding_modes(name))]
        if len(columns) == 1:
            header, row = [header[0], header[columns[0]]], [row[0], *row[columns[0]:columns[0] + 1]]
    said = []
    marked = re.search(r"[(（]([^()（）]{2,8})[)）]", row[0]) if row else None
    if marked and fx.funding_modes(marked[1]):  # 重点项目（前资助）: the row's kind, its mode
        said.append(f"支持方式：{marked[1]}")
    elif row and re.fullmatch(r"(?:事前|事后)?(?:前资助|后补助|以奖代补|奖补|贷款贴息)(?:项目|类)?",
                              row[0].strip()):  # 后补助项目: a kind named by its mode
        said.append(f"支持方式：{'、'.join(fx.funding_modes(row[0]))}")
    by_lead = []  # 企业牵头 | 高校、科研院所牵头: the grant for each kind of lead
    for name, cell in zip(header[1:], row[1:], strict=False):
        if cell and cell not in ("—", "-", "/") and not _CLASS_NAME_COLUMN.match(name.strip()):
            label, unit = column_label(name)
            value = with_unit(unwrapped_cell(cell), unit)
            if LEAD_AMOUNT_COLUMN.search(label) and fx.MONEY_RE.search(normalise(value)):
                by_lead.append(f"{label}的{value}")
                continue
            if is_lead_column(label):  # 牵头要求 | 企业牵头 → 须由企业牵头
                label, value = lead_cell(label, value)
            said.append(f"{label}：{value}")
    if by_lead:
        said.insert(0, "资助额度：" + "，".join(by_lead))
    return "；".join(said) + "。"


LEAD_AMOUNT_COLUMN = re.compile(r"牵头(?:项目)?$")


def _names(cell: str, title: str) -> bool:
    """A table's first cell names this heading (重大科技专项 / （一）重大科技专项)."""
    a, b = re.sub(r"\s", "", normalise(cell)), re.sub(r"\s", "", normalise(title))
    return len(a) >= 2 and len(b) >= 2 and (a == b or a in b or b in a)




_CLASS_CELL = re.compile(r"^(?:所属)?(?:领域|产业|产业领域|技术领域|类别|项目类别|计划类别)$")


def table_rows_by_class(nodes: list[Node], root: Node) -> None:
    """A table's rows with a class column (领域 | … | 项目方向 …: 苹果产业, 社会发展): each row is
    of its class, so a rule written for a class (苹果产业、果品加工与工业领域项目，自筹…) binds its
    rows only."""
    for node in nodes:
        if node.style != "table" or node.kind_named:
            continue
        value = next((text for key in node.fields if key.startswith(OTHER)
                      and _CLASS_CELL.match(key.removeprefix(OTHER))
                      and (text := normalise(node.field_text(key) or "").strip())), None)
        if value and 2 <= len(value) <= 12:
            node.kind_named = value
            root.kinds_named.add(value)


def office_for_all(root: Node) -> str | None:
    """二、支持方式 ⏎ 除另有说明外，以下方向均采取…；项目由县科技局科技创新股负责受理和过程管理。:
    the one office a rule for every direction names manages those no heading gives one."""
    # (…A专题由高新技术股负责；B专题由农村科技股负责: offices by group, none for all)
    named = {office_named(found) for sentence in root.general
             for found in OFFICE_SENTENCE.finditer(normalise(sentence))}
    return named.pop() if len(named) == 1 else None


OWN_SUBJECT = re.compile(r"^(?:本|该)(?:方向|子方向|项目|课题)")
# 各产业归口科室见“五、联系方式”: the text sends the reader to a table for the offices that
# manage its headings (a 受理科室 there only takes in the applications)
OFFICES_REFERRED = re.compile(r"(?:归口|责任|主管|管理)(?:科室|处室|股室|部门)[^。；;]{0,6}?见")
# (a 产业集群's 牵头部门 too)
OFFICE_HEADER = re.compile(r"^(?:归口|责任|主管|受理|管理|牵头|承办)?(?:科室|处室|股室|部门)$")


def offices_in_tables(root: Node, lines: list[Line]) -> None:
    """产业 | 归口科室 | 联系人 … in a closing contact table, a row per heading above (海洋经济
    产业 | 农村与海洋科技科): the heading's office, where it names none itself."""
    if not any(OFFICES_REFERRED.search(line.norm) for line in lines if not line.table):
        return  # a contact table alone names who answers the phone, not who manages what
    titled: dict[str, Node] = {}
    for node in all_nodes(root):
        if node.title and node.children and not node.non_funding:
            titled.setdefault(re.sub(r"\s", "", normalise(node.title)), node)
    column: int | None = None
    for line in lines:
        if not line.table:
            column = None
            continue
        cells = table_cells(line)
        found = next((i for i, cell in enumerate(cells) if i and OFFICE_HEADER.match(
            re.sub(r"\s", "", normalise(cell)))), None)
        if found is not None:
            column = found
            continue
        if column is None or len(cells) <= column:
            continue
        named = titled.get(re.sub(r"\s", "", normalise(cells[0])))
        if named is not None and named.office is None and cells[column].strip():
            named.office = cells[column].strip()


# 第五条第（一）项、第（二）项所列方向 / 第五条第（一）项第1目所列方向 / 第五条所列其余方向: the
# items of an article a rules article names (实施细则 that list directions in one article and
# state their terms in the next)
ARTICLE_REFERENCE = re.compile(
    rf"(?:本(?:细则|办法|指南|通知))?第(?P<art>[{CN}\d]+)条"
    rf"(?P<items>(?:[、和及与]?第[(（][{CN}\d]+[)）]项)*)(?:第(?P<mu>[{CN}\d]+)目)?"
    r"所列(?P<rest>其余|其他)?(?:方向|事项|项目|领域|平台|机构|载体)")  # …第（一）项所列平台
_ITEM_REFERENCE = re.compile(rf"第[(（](?P<n>[{CN}\d]+)[)）]项")
_ARTICLE_LEAD = re.compile(rf"^(?:[(（][{CN}\d]{{1,3}}[)）]|第[{CN}\d]+条)\s*")


# 方向1—4 / 方向5～7 / 方向8、9 / 方向3.1、3.2: directions by their numbers, a range or a list
_DIRECTION_NUMBER = r"\d{1,2}(?:\.\d{1,2})?"
DIRECTION_REF = re.compile(
    rf"方向\s*(?P<ref>{_DIRECTION_NUMBER}(?:\s*(?:[—–\-~～至到、,，和及]|(?<=\d)\s)\s*"
    rf"(?:方向)?{_DIRECTION_NUMBER})*)")
NUMBERED_TERMS = re.compile(rf"^(?:其中[，,]\s*)?{DIRECTION_REF.pattern}\s*(?:[:：]|各|均)")
# 第1—3项：采取事前资助方式… / 第4项：… after a list numbered 1．… 12．: terms by item number
ITEM_TERMS = re.compile(rf"^第\s*(?P<ref>{_DIRECTION_NUMBER}(?:\s*[—–\-~～至到、,，和及]\s*"
                        rf"{_DIRECTION_NUMBER})*)\s*项\s*[:：]")
# 序号1—4方向 / 表中序号10、11方向 / 序号6的项目: rows of a table of directions, by their 序号
ROW_REF = re.compile(
    rf"(?:(?:附|上)?表中?)?序号(?:为)?\s*(?P<ref>{_DIRECTION_NUMBER}(?:\s*[—–\-~～至到、,，和及]\s*"
    rf"{_DIRECTION_NUMBER})*)\s*(?:的|所列)?(?:方向|项目|事项|行)?"
    # (③2.2方向须由企业牵头申报: a row named by its two-part number alone)
    r"|(?P<decimal>\d{1,2}\.\d{1,2}(?:\s*[、和及]\s*\d{1,2}\.\d{1,2})*)\s*方向")


# （3） / 3) before a note's clause: the note's own list number
_CLAUSE_NUMBER = re.compile(r"^(?:[(（]\d{1,2}[)）]|\d{1,2}\))\s*")


# ⑴蔗渣浆…技术 ⑵滤泥…技术 / （1）…（2）… in one name cell: its items, by their numbers
_CELL_TITLES = re.compile(r"(?:^|\s+)(?:[⑴-⒇]|[(（]\d{1,2}[)）])\s*(?=[\u4e00-\u9fff“《])")


def cell_items(header: list[str], cells: list[str]) -> list[list[str]] | None:
    """A row whose title cell lists two or more numbered titles (its paragraphs joined): one
    row each, the other cells shared; None for a row of one direction."""
    at = next((i for i, name in enumerate(header) if is_title_column(name)), None)
    if at is None or at >= len(cells) or len(cells) > len(header):
        return None
    starts = list(_CELL_TITLES.finditer(cells[at]))
    if len(starts) < 2 or starts[0].start() != 0:
        return None
    titles = [cells[at][m.end():n.start() if n is not None else None].strip()
              for m, n in zip(starts, [*starts[1:], None], strict=True)]
    if not all(4 <= len(title) <= 60 and not re.search(r"[。；;]", title) for title in titles):
        return None
    return [[*cells[:at], title, *cells[at + 1:]] for title in titles]


def _tell_rows(named: list[tuple[list[Node], str, int]] | None) -> None:
    """Each row a note names by its 序号 told what the note says of it."""
    for rows, said, _ in named or []:
        for row in rows:
            row.noted.append(f"本方向{said}。")


def rows_named(text: str, rows: dict[str, Node]) -> list[tuple[list[Node], str, int]] | None:
    """序号1—4方向申报企业上年度研发投入不低于100万元 — the rows each reference in `text` names
    (by their 序号), what it says of them (to its clause's end) and where the reference starts;
    None when a reference names a row the table does not have."""
    found: list[tuple[list[Node], str, int]] = []
    for ref in ROW_REF.finditer(text):
        numbers = direction_numbers(ref["ref"] or ref["decimal"])
        named = [rows[n] for n in sorted(numbers, key=float) if n in rows]
        if not numbers or len(named) != len(numbers):
            return None
        said = re.split(r"[。；;]", text[ref.end():], maxsplit=1)[0].strip(" ，,")
        if said:
            found.append((named, said, ref.start()))
    return found



# what a row's cell under a column no field is named for says as a rule (不低于500万元, 须为…)
# 序号 | 项目名称 | 承担单位 | … | 市财政资助（万元）: a list of the projects funded (a 公示), each
# row a firm's grant — no terms of the direction its name repeats
_AWARDEE_COLUMN = re.compile(r"^(?:项目)?(?:承担|申报|依托|获奖|受奖|实施)单位(?:名称)?$"
                             # (序号 | 企业 | 项目类别 | 资金（万元）: last year's awards, by firm)
                             r"|^(?:企业|单位|公司)(?:名称)?$|^(?:获批|立项|获资助)企业$")


ENTRUSTED = re.compile(r"定向委托|委托项目|指定承担")


def awardees_listed(header: list[str]) -> bool:
    return any(_AWARDEE_COLUMN.match(re.sub(r"\s", "", normalise(cell))) for cell in header)


ROW_RULE = re.compile(r"^(?:须为|须由|须具备|不低于|不少于)\S")
# 研发投入门槛（万元） | 300: a figure alone under a requirement's column
_BARE_FIGURE = re.compile(r"^[≥>]?\s*\d+(?:\.\d+)?\s*(?:亿元|万元|元|万)?(?:以上)?$")


def row_value(label: Label) -> str:
    """A row cell's value as the direction's field: a figure alone under a requirement's
    column keeps the column's name (研发投入门槛：300万元), which says what the figure is."""
    if label.key == "requirements" and _BARE_FIGURE.match(normalise(label.rest)):
        return f"{label.label}：{label.rest}"
    return label.rest


# what a line of terms opens with (方向10：由成果转化科归口管理。采取后补助方式…)
TERMS_OPENING = re.compile(r"^\s*(?:由[^。；;，,]{2,16}?(?:归口|负责|管理)|采取|采用|实行|每项)")
# 方向6：后补助，最高50万元，按…核定。 among lines of terms by number: a sentence of terms, no title
TERMS_SAID = re.compile(r"\d\s*万元.*[。；;]$")
# 其余方向：… / 另外，方向2…；方向9… after terms by direction number: the rest, and exceptions
AFTER_RANGES = re.compile(rf"^(?:(?P<rest>其余|其他|其它)(?:各)?方向\s*[:：]|(?:另外|此外)[，,]\s*"
                          rf"{DIRECTION_REF.pattern})")


def direction_numbers(ref: str) -> set[str]:
    """1—4 → {1, 2, 3, 4}; 8、9 → {8, 9}; 3.1、3.2 → {3.1, 3.2}."""
    found: set[str] = set()
    for part in re.split(r"[、,，和及]", re.sub(r"\s|方向", "", ref)):
        ends = re.split(r"[—–\-~～至到]", part)
        if len(ends) == 2 and ends[0].isdigit() and ends[1].isdigit() \
                and 0 < int(ends[1]) - int(ends[0]) < 30:
            found.update(str(n) for n in range(int(ends[0]), int(ends[1]) + 1))
        elif len(ends) == 1 and ends[0]:
            found.add(ends[0])
    return found


def terms_by_direction_number(root: Node, lines: list[Line]) -> None:
    """方向1—4：…；其中，方向3.1、3.2各拟支持1项，方向1、2、4各拟支持不超过2项。 — each clause
    to the directions its numbers name (a direction's sub-directions when it has them), as
    terms stated for them elsewhere."""
    numbered: dict[str, Node] = {}
    for n in all_nodes(root):  # (the first of a number: a note's 方向3… later is no direction)
        if n.number and (n.label == "方向" or n.style == "1.1"):
            numbered.setdefault(n.number, n)
    texts = [normalise(line.text).strip() for line in lines]
    items: dict[str, Node] = {}
    for n in all_nodes(root):
        if n.number and n.style in ("1.", "1、"):
            items.setdefault(n.number, n)
    if not numbered:  # (方向2… of directions numbered 1．2．: the items are the directions)
        numbered = {number: n for number, n in items.items() if n.kind != "plan"}
    for text in texts:
        item_ref = ITEM_TERMS.match(text)
        numbers = direction_numbers(item_ref["ref"]) if item_ref else set()
        said = text[item_ref.end():].strip() if item_ref else ""
        for number in sorted(numbers):
            node = items.get(number)
            for leaf in ([node] if node is not None and not node.children
                         else leaf_descendants(node) if node is not None else []):
                # (第4项：… for one item alone: its own terms, said apart from it)
                (leaf.text if len(numbers) == 1 else leaf.noted).append(said)
    texts = [text for text in texts if not ITEM_TERMS.match(text)]
    exceptions: list[str] = []  # (said of one direction after the ranges: its own, first)
    for holder in all_nodes(root):
        title = re.sub(r"\s", "", normalise(holder.title or ""))
        if OTHER_NOTES_TITLE.fullmatch(title) and numbered:
            # （四）其他说明 ⏎ 方向3资助额度最高…；方向7…: read as headings of their own
            for child in holder.children:  # (its line whole: the heading and its body)
                body = [text for text in child.text if text not in child.heading_text]
                exceptions.append(normalise(" ".join([child.heading_text, *body])).strip())
                child.non_funding = True
            exceptions += [normalise(text).strip() for text in holder.text]
            holder.non_funding = True  # (（四）特别说明: notes, no direction)
            continue
        if holder.children or not numbered:
            continue
        if DIRECTION_REF.fullmatch(title) and holder.fields:
            # 四、支持标准 ⏎ （一）方向1—4 ⏎ 支持方式：… ⏎ 资助额度：…: the terms of the
            # directions it numbers, said under a heading of their numbers
            said = "".join(f"{_field_word(key)}：{_ended_said(values)}"
                           for key, values in holder.fields.items() if values)
            texts.append(f"{title}：{said}")
            holder.non_funding = True
    named = {number for text in texts if not AFTER_RANGES.match(text)
             for ref in DIRECTION_REF.finditer(text) for number in direction_numbers(ref["ref"])}
    for text in texts:
        after = AFTER_RANGES.match(text)
        if after is not None and after["rest"]:  # 其余方向：…: every direction no line named
            said = text[after.end():].strip()
            for number, node in numbered.items():
                if number not in named:
                    for leaf in [node] if not node.children else leaf_descendants(node):
                        leaf.noted.append(said if said.endswith(tuple(TERMINAL)) else said + "。")
    # 另外，方向2…；方向9…: what those directions alone are told, after the ranges — their own
    own = [text for text in texts if (after := AFTER_RANGES.match(text)) and not after["rest"]]
    texts = [text for text in texts if text not in own]
    for text, first in [*((t, False) for t in texts), *((t, True) for t in exceptions),
                        *((t, None) for t in own)]:
        refs = list(DIRECTION_REF.finditer(text))
        if not refs:
            continue
        for ref, following in zip(refs, [*refs[1:], None], strict=True):
            said = text[ref.end():following.start() if following else len(text)]
            said = re.sub(r"^\s*[:：]", "", said).strip(" ，,")
            if not said:
                continue
            for number in direction_numbers(ref["ref"]):
                node = numbered.get(number)
                for leaf in ([node] if node is not None and not node.children
                             else leaf_descendants(node) if node is not None else []):
                    (leaf.text if first is None else leaf.excepted if first
                     else leaf.noted).append(
                        said if said.endswith(tuple(TERMINAL)) else said + "。")


OTHER_NOTES_TITLE = re.compile(r"(?:其他|其它|补充|有关|特别)说明|(?:特别|重要)提示")
# 支持方式：前资助（方向4为后补助） / 配套要求：…（方向4除外）: directions that differ, named by
# number in a bracket after the heading's term
BRACKETED_EXCEPTION = re.compile(rf"[(（](?P<said>{DIRECTION_REF.pattern}[^()（）]*)[)）]")


def bracketed_exceptions(root: Node) -> None:
    """A heading's term with a bracket naming directions by number (资助额度：每项10～30万元（方向2
    每项不超过50万元；方向4…）): each clause is the term of the directions it numbers, said of
    them alone (方向4除外: they are spared it), and the bracket no longer the heading's."""
    for holder in all_nodes(root):
        if not holder.children or not any("方向" in v for vs in holder.fields.values() for v in vs):
            continue
        numbered: dict[str, Node] = {}
        for n in all_nodes(holder):
            if n is not holder and n.number and (n.label == "方向" or n.style == "1.1"):
                numbered.setdefault(n.number, n)
        for key, values in list(holder.fields.items()):
            value = normalise(fx.unwrap("\n".join(values)))
            word = _field_word(key)
            kept = value
            for bracket in BRACKETED_EXCEPTION.finditer(value):
                clauses = [c.strip() for c in re.split(r"[；;]", bracket["said"]) if c.strip()]
                refs = [DIRECTION_REF.match(clause) for clause in clauses]
                if not numbered or any(ref is None for ref in refs):
                    continue
                for clause, ref in zip(clauses, refs, strict=True):
                    assert ref is not None
                    rest = clause[ref.end():].strip(" ，,")
                    # (方向4除外 after 自筹经费…比例不低于2:1: spared what the term is about)
                    spared = next((w for w in ("配套", "自筹", "研发", "牵头", "期限", "资质")
                                   if w in value[:bracket.start()]), word.removesuffix("要求"))
                    said = (f"本方向不适用{spared}要求。" if rest.startswith("除外")
                            else f"本方向{word}{rest}。")
                    for number in direction_numbers(ref["ref"]):
                        node = numbered.get(number)
                        for leaf in ([node] if node is not None and not node.children
                                     else leaf_descendants(node) if node is not None else []):
                            leaf.noted.append(said)
                kept = kept.replace(bracket.group(0), "")
            if kept != value:
                holder.fields[key] = [kept]
                holder.terms = None  # (read again without the brackets)


def _ended_said(values: list[str]) -> str:
    said = "".join(values).strip()
    return said if said.endswith(tuple(TERMINAL)) else said + "。"


# 其中，第3个方向支持强度不超过300万元 / 其中，科技成果中试熟化项目补助最高不超过100万元: in
# the terms a heading states for the directions under it, what one of them has otherwise
EXCEPTION = re.compile(rf"^其中[，,]\s*(?:第(?P<n>[{CN}\d]{{1,2}})(?:个|项)?"
                       r"(?:方向|项目|子方向|课题)?|(?P<rest>\S.*))")


def exceptions_named(root: Node) -> None:
    """A heading's terms saying 其中，<one of its directions>… : that sentence is the
    direction's own (本方向…), no longer the heading's for all of them; so is each clause after
    it that names another (其中，“A”方向每项资助…；“B”方向…；其余方向… — 其余方向 stays the
    heading's)."""
    for node in all_nodes(root):
        if len(node.children) < 2:
            continue
        for lines in [node.text, *node.fields.values()]:
            for index, line in enumerate(lines):
                # (除“A”“B”方向外，其余方向均…；“A”方向…；“B”方向…: the same, said ahead)
                excepting = bool(EXCEPTING.search(normalise(line)))
                if "其中" not in line and not excepting \
                        and not NUMBER_NAMED.search(normalise(line)) \
                        and not _CODES_NAMED.search(normalise(line)):
                    continue
                listing = False
                for sentence in [clause for whole in fx.sentences(line)
                                 for clause in _by_number_named(whole)]:
                    said = normalise(sentence).strip()
                    listing = (listing or excepting) and bool(QUOTED_LEAD.match(said))
                    named = _named_directions(node, said, listing)
                    cut = _tail_exception(sentence) if named is None else 0
                    if cut:  # 须由企业牵头申报，其中05方向…均可牵头申报。: the tail alone
                        named = _named_directions(
                            node, normalise(sentence[cut:]).lstrip("，, ").strip())
                    if named is not None:
                        children, told = named
                        for child in children:
                            _tell(child, f"本方向{told}")
                        lines[index] = lines[index].replace(
                            sentence, sentence[:cut] + ("。" if cut else ""))
                        listing = True


# （一）工业科技攻关计划第3、5个方向执行周期为3年。 / （六）“企业研发贷款贴息”方向采取…: a
# direction named by its plan and place in it, or by its quoted title, in a closing 特别说明
_ORDINAL_EXCEPTION = re.compile(
    r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])?\s*"
    # (第一类第（4）项方向…: the plan by its keyword and number, the place in brackets)
    r"(?:(?P<plan>[^，,。；;“”\"\s]{2,24}?)第[(（]?(?P<nums>\d{1,2}(?:\s*[、,，和及]\s*第?\d{1,2})*)"
    r"[)）]?[个项]?"
    r"|[“\"](?P<title>[^”\"]{2,40})[”\"])(?:方向|项目|子方向)(?P<told>[^。]+)")


def exceptions_by_plan_ordinal(root: Node) -> None:
    """A section of special provisions that fund nothing (五、特别说明), naming directions by
    their plan and place in it (工业科技攻关计划第3、5个方向…) or by their quoted title: what it
    says is each named direction's own, over its plan's terms."""
    plans = {re.sub(r"\s", "", normalise(n.title)): n for n in all_nodes(root)
             if n.title and n.children and not n.non_funding}
    plans.update({name: n for n in all_nodes(root) if n.children and not n.non_funding
                  and (name := keyword_name(n) or _part_name(n)) is not None
                  and name not in plans})  # (第一类: a plan by its keyword and number)
    titled = {re.sub(r"\s", "", normalise(n.title)): n for n in all_nodes(root)
              if n.title and not n.children and not n.non_funding}
    for holder in all_nodes(root):
        if holder.kind == "direction" or any(a.kind == "direction" for a in holder.ancestors()):
            continue  # (a direction's own words name no other direction so)
        # (a heading's sentence runs on into its text: …扶持额度 ⏎ 为0.006亿元至0.01亿元。)
        runs_on = bool(holder.text) and not normalise(holder.heading_text).rstrip().endswith("。")
        said = [(holder.heading_text + (holder.text[0] if runs_on else ""), True),
                *((text, False) for text in holder.text[int(runs_on):])]
        for text, heading in said:
            match = _ORDINAL_EXCEPTION.match(normalise(text).strip())
            named = _ordinal_named(match, plans, titled) if match else []
            if not named or match is None:
                continue
            for child in named:
                _tell(child, f"本方向{match['told'].strip('，,；; ')}。")
            if heading:  # （一）工业…第3、5个方向执行周期为3年。 read as a heading: no direction
                holder.non_funding = True
            else:
                holder.text.remove(text)


def exceptions_by_straight_number(root: Node) -> None:
    """（四）特别规定：第4项方向实施期限为12个月；第9项方向须由企业牵头申报。 where the directions
    are numbered 1．… to 9．… straight through the plans: each clause is the direction of that
    number's own (not a plan's 第N项, which exceptions_by_plan_ordinal reads)."""
    items = items_numbered_through(root)
    if len(items) < MIN_NUMBERED_ITEMS:
        return  # (numbered anew under each plan: 第N项 names no one direction)
    for holder in all_nodes(root):
        if not holder.non_funding and holder.kind != "plan" and not holder.children:
            continue
        for lines in [holder.text, *holder.fields.values()]:  # (特别规定：… a label's value too)
            told = [text for text in lines if _told_by_number(text, items)]
            lines[:] = [text for text in lines if text not in told]
        holder.fields = {key: lines for key, lines in holder.fields.items() if lines}


def _told_by_number(text: str, items: dict[str, Node]) -> bool:
    """Each clause of the line names directions by their straight numbers: told to each, True."""
    body = re.sub(r"^[^：:。；;]{2,8}[:：]", "", normalise(text).strip())
    clauses = [c.strip() for c in re.split(r"[；;]", body.rstrip("。")) if c.strip()]
    named = [(direction_numbers(m["ref"]), re.sub(r"^方向", "", c[m.end():]).strip(" ，,"))
             for c in clauses if (m := _ITEMS_CLAUSE.match(c))]
    if not named or len(named) < len(clauses) \
            or any(not told or not places <= items.keys() for places, told in named):
        return False
    for places, told in named:
        for place in places:
            _tell(items[place], f"本方向{told}。")
    return True


def _part_name(node: Node) -> str | None:
    """第一类 for a heading written 第一类　…, else None."""
    part = re.match(rf"^第[{CN}\d]{{1,3}}(?:类|部分|篇|章|节)",
                    normalise(node.heading_text).strip())
    return part[0] if part else None


def _tell(direction: Node, said: str) -> None:
    """本方向…: what a sentence elsewhere says of this direction alone — a remark of its own,
    and a term over those its headings state."""
    direction.fields.setdefault("notes", []).append(said)
    direction.told.append(said)


def _ordinal_named(match: re.Match[str], plans: dict[str, Node],
                   titled: dict[str, Node]) -> list[Node]:
    if match["title"]:
        node = titled.get(re.sub(r"\s", "", match["title"]))
        return [node] if node is not None else []
    plan = plans.get(re.sub(r"\s", "", match["plan"]))
    if plan is None:
        return []
    directions = [c for c in plan.children if not c.non_funding]
    places = [int(n) for n in re.findall(r"\d{1,2}", match["nums"])]
    return [directions[n - 1] for n in places if 1 <= n <= len(directions)]


# Ⅱ-1方向 / 2-3方向 / 子方向3.2: a direction named by its whole composite number
_COMPOSITE_NAMED = r"(?<![\dA-Za-z.\-])(?:[IVX]{1,4}|\d{1,2})(?:[\-.]\d{1,2})+(?=方向)"


# 03方向不限牵头单位性质 / 其中05方向… / 方向3…: a direction named by its number
# (第①项, 第⑦、⑧项: ① folds to 1)
NUMBER_NAMED = re.compile(r"(?<![\d.])\d{1,2}方向|方向\d{1,2}(?![.\d])"
                          r"|第\d{1,2}\.?(?:[、,]第?\d{1,2}\.?)*项|" + _COMPOSITE_NAMED)
# 第①项为年度重点攻关方向，…; 第⑦、⑧项实施期限可延长至30个月; 08方向采取…; 方向3…;
# Ⅱ-1方向… (a number naming its group's: that direction of that group alone):
# directions by their numbers
_NUMBERS_LED = re.compile(
    r"^(?:其中[，,]?\s*)?(?:第(?P<nums>\d{1,2}\.?(?:\s*[、,和及]\s*第?\d{1,2}\.?)*)项(?:方向)?"
    # (方向3、方向5每项…: several by their numbers)
    r"|(?P<a>\d{1,2}(?:[、和及]\d{1,2})*)方向(?:的)?"
    r"|(?P<b>方向\d{1,2}(?:[、和及]方向\d{1,2})*)(?![.\d])(?:的)?"
    rf"|(?P<composite>{_COMPOSITE_NAMED})(?:的)?)")


# CL-LK-02方向实施期限为18个月 / QN01、QN03方向…: directions named by their codes (after a
# label's colon too: 本链特别条款：CL-LK-02方向…)
_ONE_CODE = r"[A-Z]{1,8}(?:-?[A-Z0-9]{1,8}){0,3}-?\d{2,}[A-Z]?"
_CODES_NAMED = re.compile(rf"^(?:[^：:。；;]{{2,10}}[:：])?\s*(?P<codes>{_ONE_CODE}"
                       rf"(?:\s*[、,，和及与]\s*{_ONE_CODE})*)(?:方向|项目|课题)的?")
# …，方向4实施周期为36个月，方向2拟支持2项…: a clause opening with another direction's number
_NEXT_NUMBERED = re.compile(r"(?<=[，,])(?=(?:方向\d{1,2}(?![.\d])|\d{1,2}方向|第\d{1,2}项))")


def _by_number_named(sentence: str) -> list[str]:
    """其中方向3、方向5每项不超过30万元，方向4实施周期为36个月，…: a sentence of exceptions by
    number, cut before each clause that names directions of its own (whole when it opens with
    no number: a comma-led number inside a heading's own terms names no exception)."""
    if not _NUMBERS_LED.match(normalise(sentence).strip()):
        return [sentence]
    return [part for part in _NEXT_NUMBERED.split(sentence) if part]


def _named_directions(node: Node, sentence: str, listing: bool = False
                      ) -> tuple[list[Node], str] | None:
    """The directions under `node` a sentence opens with (by their numbers: 第7、8项…, 08方向…;
    or as `_excepted` reads one), and what it says of them."""
    coded = _CODES_NAMED.match(sentence)
    if coded is not None:  # CL-LK-02方向实施期限为18个月: the direction of that code below
        codes = re.split(r"\s*[、,，和及与]\s*", coded["codes"])
        found = [leaf for leaf in all_nodes(node) if leaf.code and not leaf.children
                 and normalise(leaf.code) in codes]
        said = sentence[coded.end():].lstrip("，, ")
        return (found, said) if len(found) == len(codes) and said else None
    led = _NUMBERS_LED.match(sentence)
    if led is None:
        named = _excepted(node, sentence, listing)
        return ([named[0]], named[1]) if named is not None else None
    if led["composite"]:
        # (said of Ⅰ and Ⅱ alike, Ⅱ-1方向… is none of Ⅰ's directions)
        child = next((c for c in node.children if c.number and not c.children
                      and normalise(c.number) == led["composite"]), None)
        said = re.sub(r"^方向", "", sentence[led.end():]).lstrip("，, ")
        if child is None and said and node.number and normalise(node.number) \
                != re.split(r"[\-.]", led["composite"])[0]:
            return [], said  # (another group's direction: not this group's terms either)
        return ([child], said) if child is not None and said else None
    numbers = [int(n) for n in re.findall(r"\d{1,2}", led["nums"] or led["a"] or led["b"])]
    # (a direction among leaves that divides into sub-directions is named too: they take it)
    among_leaves = any(not c.children for c in node.children)
    children = [next((c for c in node.children if c.seq and c.seq[-1] == n and (
        not c.children or (among_leaves and all(not g.children for g in c.children)))),
        None) for n in numbers]
    said = sentence[led.end():].lstrip("，, ")
    found = [c for c in children if c is not None]
    return (found, said) if found and len(found) == len(children) and said else None


def _tail_exception(sentence: str) -> int:
    """Where a sentence's closing 其中… clause begins (its comma), 0 when it has none."""
    at = sentence.rfind("其中")
    if at <= 0 or sentence[at - 1] not in "，,":
        return 0
    return at - 1


def _excepted(node: Node, sentence: str, listing: bool = False) -> tuple[Node, str] | None:
    """The direction an exception sentence names (by its place or its title, quoted or not),
    and what it says of it; `listing`: a clause going on from one that named another."""
    if listing and not sentence.startswith("其中"):
        sentence = f"其中，{sentence}"  # (“B”方向… after 其中，“A”方向…；)
    match = EXCEPTION.match(sentence)
    if match is None:
        return None
    if match["n"]:
        number = chinese_to_int(match["n"]) or (int(match["n"]) if match["n"].isdigit() else 0)
        child = next((c for c in node.children if c.seq and c.seq[-1] == number), None)
        said = sentence[match.end():]
    else:
        rest = QUOTED_LEAD.sub(lambda m: m["title"], match["rest"], count=1)
        child = next((c for c in node.children if c.title and len(c.title) >= 4
                      and rest.startswith(normalise(c.title))), None)
        said = rest[len(normalise(child.title or "")):] if child is not None else ""
        said = re.sub(r"^(?:方向|子方向|项目|课题)", "", said) if child is not None else said
    said = said.lstrip("，, 的")
    if child is None or child.children or not said:
        return None
    return child, said


# “博鳌乐城先行区创新医疗器械研发”方向…: a direction named by its title in quotes
QUOTED_LEAD = re.compile(r"^[“\"](?P<title>[^”\"]{2,40})[”\"]")
EXCEPTING = re.compile(r"除(?:[“\"][^”\"]{2,40}[”\"][、和及,，]?)+(?:等)?(?:方向|项目)?外")


NEGATIVE_LIST = vetoes.NEGATIVE_LIST


_SPARED_NUMBERS = re.compile(r"^[(（]\s*(?:方向)?\d{1,2}(?:[、,，]\s*(?:方向)?\d{1,2})*\s*(?:方向)?"
                             r"除外\s*[)）]")


def negative_lists(root: Node) -> None:
    """二、不予支持的项目 ⏎ （一）重点研发项目非企业牵头申报的；（二）重点研发项目自筹经费与…
    比例低于2:1的；: the terms a class of projects must meet, said by what is refused — each
    clause to the heading it names, turned round (须由企业牵头申报; …比例不低于2:1)."""
    titled: dict[str, Node] = {}
    for node in all_nodes(root):
        if node.title and node.children:
            titled.setdefault(re.sub(r"\s", "", normalise(node.title)), node)
    for node in all_nodes(root):
        if not node.title or not NEGATIVE_LIST.search(node.title):
            continue
        for line in node.text:
            item = re.sub(rf"^[(（]?[{CN}\d]{{1,2}}[)）、.．]?", "", normalise(line).strip())
            item = re.sub(r"的?[；;。]?$", "", item)
            item = re.sub(r"^申报", "", item)  # 申报科技成果转化计划…的牵头企业…低于…的
            named = next((t for t in sorted(titled, key=len, reverse=True) if item.startswith(t)),
                         None)
            if named is None:
                continue
            rest = item[len(named):]
            # (（05方向除外）: the directions so numbered are spared it)
            spared = _SPARED_NUMBERS.match(rest)
            rest = re.sub(r"^的", "", rest[spared.end():] if spared else rest)
            rule = vetoes.turned_round(rest)
            if rule is None:
                continue
            if spared is None:
                titled[named].text.append(f"本专项{rule}。")
            else:
                numbers = {int(n) for n in re.findall(r"\d{1,2}", spared[0])}
                for child in titled[named].children:
                    if not (child.seq and child.seq[-1] in numbers):
                        child.text.append(f"本方向{rule}。")


# （一）科技创新股受理项目：采取前资助方式…: the terms of the projects an office receives
OFFICE_TERMS = re.compile(r"^(?P<office>[\u4e00-\u9fff]{2,12}?(?:科|股|处|室))(?:受理|归口|负责)的?"
                          r"(?:项目|方向)\s*[:：]\s*(?P<terms>\S.+)$")


def terms_by_office(root: Node) -> None:
    """A general section's items each opening with an office (科技创新股受理项目：…): the terms
    of the directions that office receives — its own office, else its heading's — as their
    kind's."""
    said: dict[str, str] = {}
    for node in all_nodes(root):
        if not node.non_funding:
            continue
        # (its lines unwrapped: a page width cuts an item's terms mid-sentence)
        for line in fx.unwrap("\n".join([node.heading_text, *node.text])).split("\n"):
            lead = NOTE_NUMBER.match(note_text(line))
            item = normalise(line).strip()
            item = note_text(line)[lead.end():].strip() if lead else item
            if (match := OFFICE_TERMS.match(item)) is not None:
                said.setdefault(match["office"], match["terms"])
    if len(said) < 2:
        return  # (one office's line is a note, not a scheme of terms by office)
    for node in all_nodes(root):
        if node.children or node.non_funding or node.kind_terms:
            continue
        office = next((a.office for a in [node, *node.ancestors()] if a.office), None)
        if office is not None and normalise(office) in said:
            node.kind_terms = said[normalise(office)]
            node.kind_named = node.kind_named or f"{office}受理项目"


def offices_noted(root: Node) -> None:
    """A note said of a direction elsewhere (方向1—4：由高新技术科归口管理, ¹ …归口处室：…科)
    that names its managing office names that direction's."""
    for node in all_nodes(root):
        if node.noted and node.office is None:
            office = OFFICE_SENTENCE.search(normalise(" ".join(node.noted)))
            if office:
                node.office = office_named(office)
                node.office_noted = True


def leaf_descendants(node: Node) -> list[Node]:
    return [n for n in all_nodes(node) if not n.children and n is not node]


def articles_naming_items(root: Node) -> None:
    """第七条　…（一）第五条第（一）项、第（二）项所列方向采取前资助方式，每项资助50万元至100万元；
    （三）申报单位自筹经费与财政资助经费的比例，第五条第（一）项所列方向不低于2:1，第五条第
    （三）项所列方向不低于1:1。 — each clause goes to the items of 第五条 it names (an item's
    terms, or a 目's own), not to the chapter the rules stand in."""
    articles: dict[int, Node] = {}
    for node in all_nodes(root):
        if node.style == "part:条" and node.seq and node.children:
            articles.setdefault(node.seq[-1], node)  # 第四条　…计划项目重点支持以下方向： a heading
        for text in node.text:
            article = ARTICLE.match(normalise(text).strip())
            number = _number_of(article["num"]) if article else None
            if number is not None and node.children:
                articles.setdefault(number, node)  # 第五条　…支持以下领域： ⏎ （一）…
    if not articles:
        return
    for node in all_nodes(root):
        kept = []
        for text in node.text:
            parts = re.split(r"(?<=[；;。])", text)
            rest = [part for part in parts if not _deliver(part, articles)]
            if rest == parts:
                kept.append(text)
            elif "".join(rest).strip():
                kept.append("".join(rest))
        node.text = kept


# 第六条至第九条、第十二条所列支持方向，除本条另有规定外，适用下列规定：
_ARTICLES_SCOPE = re.compile(
    rf"(?P<refs>第[{CN}\d]+条(?:\s*(?:至|—|-|～|~|、|，|,|和|及|与)\s*第[{CN}\d]+条)*)"
    r"所列(?:的)?(?:支持)?(?:方向|项目|事项)[^。；;]*?适用(?:下列|以下|如下)(?:规定|条款|标准)")
_ARTICLE_NUMBER = re.compile(rf"(?P<sep>至|—|-|～|~)?\s*第(?P<n>[{CN}\d]+)条")


# 第四条　本专项由…归口管理。本专项不受理…。…: an article speaking of its chapter's 专项
_OF_THE_CHAPTER = re.compile(r"^(?:本专项|本章|本计划|本类|本板块|本领域)")


def articles_stating_chapter_terms(root: Node) -> None:
    """第二章　重点研发专项 ⏎ 第四条　本专项由…股归口管理。本专项…采取事前资助方式… ⏎ 第五条
    本专项2020年度重点支持以下方向： ⏎ 一是…: an article of the chapter that speaks of the
    专项 and holds no directions states the chapter's terms, for the directions another
    article of it lists."""
    for chapter in all_nodes(root):
        articles = [c for c in chapter.children if c.style == "part:条"]
        if chapter.non_funding or not any(a.children for a in articles):
            continue
        for article in articles:
            said = _ARTICLE_LEAD.sub("", normalise(article.heading_text).strip())
            if article.children or article.non_funding or not _OF_THE_CHAPTER.match(said):
                continue
            chapter.text.extend([said, *article.text])
            chapter.children.remove(article)


# 第六条　第五条第二项所列方向，企业自筹资金…按照一比一的比例落实，…: a rule for one item of
# another article
_ARTICLE_ITEM_RULE = re.compile(
    rf"^(?:第[{CN}\d]+条\s*)?第(?P<art>[{CN}\d]+)条第(?P<item>[{CN}\d]+)项所列(?:方向|项目)"
    r"\s*[,，]\s*(?P<told>[^。]+)")


def article_items_named(root: Node) -> None:
    """第六条　第五条第二项所列方向，… among an article's or chapter's words: what it says is
    that item's own (the second direction 第五条 lists), not every direction's."""
    articles = {node.seq[-1]: node for node in all_nodes(root)
                if node.style == "part:条" and node.seq}
    if not articles:
        return
    for holder in all_nodes(root):
        for text in list(holder.text):
            rule = _ARTICLE_ITEM_RULE.match(normalise(text).strip())
            article = articles.get(_number_of(rule["art"]) or 0) if rule else None
            place = (_number_of(rule["item"]) or 0) if rule else 0
            if rule is None or article is None or not 0 < place <= len(article.children):
                continue
            _tell(article.children[place - 1], f"本方向{rule['told'].strip('，,；; ')}。")
            holder.text.remove(text)


def articles_given_common_terms(root: Node) -> None:
    """第四条　通用条款。第六条至第九条、第十二条所列支持方向，…适用下列规定：（一）采取事前
    资助方式；（二）… — the clauses are the terms of the articles it lists (and those only),
    said for them elsewhere; the article that states them funds nothing itself."""
    articles = {node.seq[-1]: node for node in all_nodes(root)
                if node.style == "part:条" and node.seq}
    for holder in all_nodes(root):
        said = [normalise(text).strip() for text in [holder.heading_text, *holder.text]]
        scope, at = next(((found, i) for i, text in enumerate(said)
                          if (found := _ARTICLES_SCOPE.search(text))), (None, 0))
        if scope is None:
            continue
        numbers: list[int] = []
        for match in _ARTICLE_NUMBER.finditer(scope["refs"]):
            number = _number_of(match["n"]) or 0
            if match["sep"] and numbers and 0 < number - numbers[-1] < 30:
                numbers += range(numbers[-1] + 1, number)
            numbers.append(number)
        clauses = [_ARTICLE_LEAD.sub("", text) for text in said[at + 1:]
                   if not re.search(r"另有规定|从其规定", text)]
        named = [articles[n] for n in numbers if n in articles and articles[n] is not holder]
        if not named or not clauses:
            continue
        for article in named:
            for leaf in leaf_descendants(article) if article.children else [article]:
                leaf.noted.extend(c if c.endswith(tuple(TERMINAL)) else c + "。"
                                  for c in clauses)
        holder.text = holder.text[:max(0, at - 1)] if at else []
        holder.non_funding = True


# 第1—4项为县级重点科技攻关项目（工业领域），归口高新技术股；第8—12项为…: items by number
ITEM_RANGE_PLAN = re.compile(
    rf"第\s*(?P<ref>{_DIRECTION_NUMBER}(?:\s*[—–\-~～至到、,，和及]\s*{_DIRECTION_NUMBER})*)\s*项"
    r"(?:为|属于|归入|属)(?P<plan>[^，,；;。()（）]{2,40})(?:[(（][^()（）]{0,20}[)）])?"
    r"(?P<rest>[^；;。]*)")
# 归口高新技术股 / 由县科技局农村科技股归口管理 / 由科技创新股负责: the office a note or a
# rule names for the items it is about (the bureau before it not part of it; a 科 inside a
# name, 农村科技股, no end of it)
ITEMS_OFFICE = re.compile(r"(?:归口(?:管理)?(?:部门|科室|股室)?[:：]?\s*"
                          r"|由(?:[\u4e00-\u9fff]{0,6}?局)?)"
                          r"(?P<office>[\u4e00-\u9fff]{2,16}?(?:股|科|处|室|部|中心))"
                          r"(?=归口|负责|管理|[^\u4e00-\u9fff]|$)")
MIN_NUMBERED_ITEMS = 3


# the numbers a list's items carry, which 第N项 names (1． 1、 1） （1） ①: a writer's choice)
LIST_STYLES = frozenset({"1.", "1、", "1)", "(1)", "①"})


def item_number(node: Node) -> str:
    """The number 第N项 names the item by (③ is the third)."""
    return unicodedata.normalize("NFKC", node.number or "")


def items_numbered_through(root: Node) -> dict[str, Node]:
    """The items of one list numbered straight through (1．… 12．), by number; none when the
    numbers begin anew under each group (then no number names one item)."""
    by_style: dict[str, dict[str, Node]] = {}
    repeated: set[str] = set()
    for node in all_nodes(root):
        if node.number and node.style in LIST_STYLES and not node.children:
            items = by_style.setdefault(node.style, {})
            if item_number(node) in items:
                repeated.add(node.style)
            items[item_number(node)] = node
    return max((items for style, items in by_style.items() if style not in repeated),
               key=len, default={})


# （一）重点研发项目（表1第1—5项）。须由企业牵头… : a class naming the table rows it is of
_TABLE_ROWS_NAMED = re.compile(rf"^[(（]?表\s*[{CN}\d]{{1,2}}\s*(?:中)?第\s*"
                               rf"(?P<ref>\d{{1,2}}(?:\s*[—–\-~～至到、,，]\s*\d{{1,2}})*)\s*项"
                               r"[)）]?[。.;；]?$")


def classes_naming_table_rows(root: Node) -> None:
    """（一）重点研发项目（表1第1—5项）。须由企业牵头…；（二）成果转化项目（表1第6—8项）… over
    one table of every direction, numbered straight through: each class holds the rows it
    names, and its words are their terms, stated once for them (the table follows the last
    class heading, so its rows stood under that class alone)."""
    rows = {row.number: row for row in all_nodes(root) if row.style == "table" and row.number
            and (row.parent is None or row.parent.style != "table")}
    if len(rows) < MIN_NUMBERED_ITEMS:
        return
    for holder in list(all_nodes(root)):
        if holder.style == "table":
            continue
        for index, line in enumerate(holder.text):
            named = _TABLE_ROWS_NAMED.match(normalise(line).strip())
            taken = [rows[n] for n in sorted(direction_numbers(named["ref"]), key=int)
                     if n in rows] if named else []
            if not taken:
                continue
            for row in taken:
                if row.parent is not None and row.parent is not holder:
                    row.parent.children.remove(row)
                    holder.add(row)
            holder.children.sort(key=lambda child: child.line)
            del holder.text[index]
            break


def item_ranges_naming_plans(root: Node) -> None:
    """说明：第1—4项为县级重点科技攻关项目（工业领域），归口高新技术股；… after one list numbered
    straight through: each range's items take the terms said for the plan it names (a heading
    of that name elsewhere, （一）县级重点科技攻关项目。采取…) and the office it names."""
    items = items_numbered_through(root)
    if len(items) < MIN_NUMBERED_ITEMS:
        return
    plans = {re.sub(r"\s", "", normalise(n.title)): n for n in all_nodes(root)
             if n.title and not n.children and n.stated and n not in items.values()}
    for holder in all_nodes(root):
        for key in [None, *holder.fields]:
            lines = holder.text if key is None else holder.fields[key]
            for index, line in enumerate(lines):
                ranges = list(ITEM_RANGE_PLAN.finditer(normalise(line)))
                if len(ranges) < 2 or not any(  # (第10项为…首次认定的高新技术企业: no plan)
                        re.sub(r"\s", "", found["plan"]) in plans
                        or ITEMS_OFFICE.search(found["rest"]) for found in ranges):
                    continue
                for found in ranges:
                    plan = plans.get(re.sub(r"\s", "", found["plan"]))
                    office = ITEMS_OFFICE.search(found["rest"])
                    for number in direction_numbers(found["ref"]):
                        item = items.get(number)
                        if item is None:
                            continue
                        if plan is not None:
                            item.noted.extend(plan.stated)
                        if office is not None and item.office is None:
                            item.office, item.office_noted = office["office"], True
                lines[index] = ""


# 第（一）类… / 第5项… / 第1—3项…: a clause of a standards line naming the group or items it is for
_CLAUSE_REF = re.compile(
    rf"^第\s*(?:[(（]\s*(?P<group>[{CN}]{{1,3}})\s*[)）]|(?P<group_bare>[{CN}]{{1,3}}))\s*类"
    rf"|^第\s*(?P<ref>{_DIRECTION_NUMBER}(?:\s*[—–\-~～至到、,，和及]\s*{_DIRECTION_NUMBER})*)\s*项")
MIN_REFERENCED = 4


def standards_by_field(root: Node) -> None:
    """二、支持标准 ⏎ （一）支持方式：第（一）类采取事前资助；第5项采取…；第（三）类采取事后补助。 ⏎
    （二）支持额度：第（一）类每项50～100万元；第2项每项最高150万元；…: the standards said field by
    field, each clause naming the group (by its number, 第（N）类) or the items (第N项, numbered
    straight through) it is for — a group's clause is its stated terms, an item's its own."""
    items = items_numbered_through(root)
    groups: dict[str, Node] = {}
    for node in all_nodes(root):
        if node.number and node.style == "(一)" and node.children \
                and any(child in items.values() for child in node.children):
            groups.setdefault(node.number, node)
    if len(items) < MIN_NUMBERED_ITEMS:
        return
    for holder in all_nodes(root):
        if holder.children or holder in items.values():
            continue
        said: list[tuple[str, str]] = [(key, "；".join(lines))
                                       for key, lines in holder.fields.items() if lines]
        said += [("", line) for line in holder.text]
        clauses = [(key, clause.strip(" 。")) for key, line in said
                   for clause in re.split(r"[；;。]", normalise(line)) if clause.strip(" 。")]
        referenced = [(key, _CLAUSE_REF.match(clause), clause) for key, clause in clauses]
        if sum(1 for _, ref, _ in referenced if ref) < MIN_REFERENCED \
                or len({key for key, ref, _ in referenced if ref}) < 2:
            continue
        for key, ref, clause in referenced:
            if ref is None:
                continue
            value = clause[ref.end():].strip(" ：:，,") + "。"
            sentence = f"{_field_word(key)}：{value}" if key else value
            number = ref["group"] or ref["group_bare"]
            if number is not None:
                group = groups.get(number)
                if group is not None:
                    group.text.append(sentence)
                continue
            numbers = direction_numbers(ref["ref"])
            for found in sorted(numbers):
                item = items.get(found)
                if item is None:
                    continue
                if len(numbers) > 1:  # (第1—3项…: said of several, as a heading's terms)
                    item.noted.append(sentence)
                elif key:  # (its own value, under the label the line gave it)
                    item.fields.setdefault(key, []).append(value)
                else:
                    item.text.append(value)
        holder.text, holder.fields = [], {}
        holder.non_funding = True


# 其中第3、5项不超过50万元 / 第11项为18个月: a clause for the items it numbers
_ITEMS_CLAUSE = re.compile(r"^(?:其中|但|另)?\s*第\s*(?P<ref>\d{1,2}(?:\s*[、,，和及至—\-]\s*第?\s*"
                           r"\d{1,2})*)\s*(?:个)?项\s*")
# 除第7、10项外均须由企业牵头: the rule for every item but those
_BUT_ITEMS = re.compile(r"^除\s*第?\s*(?P<ref>\d{1,2}(?:\s*[、,，和及]\s*第?\s*\d{1,2})*)\s*项\s*"
                        r"(?:以)?外\s*[,，]?")
_MATCHING_TITLE = re.compile(r"自筹|配套|匹配")


# 本类第4—11项为基地科技计划项目，须由…；第12—14项为科技奖补项目，…: terms for a range of items
_RANGE_CLAUSE = re.compile(r"^(?:本类|本专项|本计划|本组|其中)?\s*第\s*(?P<ref>\d{1,2}"
                           r"(?:\s*项?\s*(?:[—–\-~～至到]|[、,，和及])\s*第?\s*\d{1,2})*)\s*项")


_ITEM_PARTS = re.compile(r"(?<=[；;。])|(?<=[，,])(?=\s*第\s*\d{1,2}\s*(?:[、,，和及至—\-~～]"
                         r"\s*第?\s*\d{1,2}\s*)*项)")


def item_ranges_in_group_terms(root: Node) -> None:
    """共性要求：本类第4—11项为基地科技计划项目，须由…企业牵头，采取事前资助方式…；第12—14项为
    科技奖补项目，按年度集中兑现。 — a group's terms in parts, each part opening with the items it
    is for: each part is said of those items only (the numbers are the items' own)."""
    for group in all_nodes(root):
        items = {item_number(c): c for c in group.children if c.number and not c.children}
        if len(items) < MIN_NUMBERED_ITEMS:
            continue
        for key, lines in [("", group.text), *group.fields.items()]:
            kept: list[str] = []
            for line in lines:
                # (第1项采取后补助方式，第2项、第3项采取以奖代补方式: parts cut at a comma too)
                parts = _ITEM_PARTS.split(line)
                named = [(part, _RANGE_CLAUSE.match(normalise(part).strip())) for part in parts]
                if sum(1 for _, ref in named if ref) < 2:
                    kept.append(line)
                    continue
                rest = []
                for part, ref in named:
                    numbers = direction_numbers(re.sub(r"[项第]", "", ref["ref"])) if ref else set()
                    if not numbers & set(items):
                        rest.append(part)
                        continue
                    said = part.strip().rstrip("；;，,") + "。"
                    if key:
                        said = f"{_field_word(key)}：{said}"
                    for number in numbers:
                        if number in items:
                            items[number].noted.append(said)
                if "".join(rest).strip():
                    kept.append("".join(rest))
            lines[:] = kept


# a bureau other than the science bureau that takes a group's items (经济发展局, 商务和投资促进局):
# in a 管委会's notice of every department's support, those items are not science plans
_SCIENCE_OFFICE = re.compile(r"科技|科学技术|科创")
_SCIENCE_WORDS = re.compile(r"科技|科学|创新|研发|研究|技术")


def other_bureaus_groups(root: Node) -> None:
    """（一）工业和信息化类（经济发展局受理） ⏎ … ⏎ （二）科技创新类（科技创新局受理）: a notice
    of a whole round of support, a class of items for each bureau — only the science bureau's
    classes hold science plans. Another bureau's group counts out only when its title is a
    department's class with no word of science in it (清洁能源与新材料 under 经济发展局 is
    research all the same, 科技金融支持 under 财政局 a science plan's loan subsidy)."""
    groups = [n for n in all_nodes(root) if n.children and n.office and n.office.endswith("局")
              and all(not c.children for c in n.children)]
    science = [g for g in groups if _SCIENCE_OFFICE.search(g.office or "")]
    if not science:
        return
    for group in groups:
        title = normalise(group.title or "").strip()
        if group not in science and title.endswith("类") and not _SCIENCE_WORDS.search(title):
            group.non_funding = True


def standards_with_exceptions(root: Node) -> None:
    """三、支持标准 ⏎ （一）资助额度。一般每项不超过30万元，其中第3、5项不超过50万元… ⏎ （三）牵头
    单位。除第7、10项外均须由企业牵头申报；第10项…均可牵头: the standards said term by term for
    a list numbered straight through — each term's general clause is stated for every item (as a
    heading's terms would be), but not for the items it excepts or a later clause of the same
    term numbers; a clause naming items is theirs, under the term's own label."""
    items = items_numbered_through(root)
    if len(items) < MIN_NUMBERED_ITEMS:
        return
    for section in all_nodes(root):
        rows = [c for c in section.children if not c.children and c.title and c.text
                and c not in items.values()]
        if len(rows) < 2 or len(rows) != len(section.children) or sum(
                1 for row in rows for clause in _clauses(row) if _ITEMS_CLAUSE.match(clause)) < 2:
            continue
        for row in rows:
            key = label_key(re.sub(r"\s", "", normalise(row.title or "")))
            title = (row.title or "").strip()
            general: list[str] = []
            spared: set[str] = set()
            for clause in _clauses(row):
                but = _BUT_ITEMS.match(clause)
                if but is not None:
                    spared |= direction_numbers(but["ref"])
                    clause = clause[but.end():]
                named = _ITEMS_CLAUSE.match(clause)
                if named is None:
                    general.append(clause)
                    continue
                numbers = direction_numbers(named["ref"])
                spared |= numbers
                value = clause[named.end():].strip(" ：:，,")
                for number in numbers:
                    item = items.get(number)
                    if item is None:
                        continue
                    if _MATCHING_TITLE.search(title):  # (自筹经费：…第1项不低于2:1: whose side)
                        item.text.append(f"{title}{value}。")
                    elif key:
                        item.fields.setdefault(key, []).append(value + "。")
                    else:
                        item.text.append(value + "。")
            if general:
                said = f"{title}：{'，'.join(general)}。" if title != "其他" else "，".join(general)
                for number, item in items.items():
                    if number not in spared:
                        item.noted.append(said)
            row.text = []
        section.non_funding = True


def _clauses(node: Node) -> list[str]:
    """A standard's clauses (its lines joined first: a page width may cut one mid-clause)."""
    return [clause.strip(" 。") for clause in re.split(r"[，,；;。]", normalise(fx.unwrap(
        "\n".join(node.text)))) if clause.strip(" 。")]


_CLASS_SUFFIX = re.compile(r"(?:类项目|类|项目|计划|榜单)$")


def terms_headings_naming_groups(root: Node) -> None:
    """二、支持方式和要求 ⏎ （一）中药产业关键技术攻关类：采取事前资助方式… while the groups stand
    in an attached table (一、中药产业关键技术攻关): a heading with no directions named as a class
    (…类) of another group's name — its terms are that group's."""
    groups: dict[str, list[Node]] = {}
    for node in all_nodes(root):
        if node.children and node.title and any(not c.children for c in node.children):
            name = _CLASS_SUFFIX.sub("", re.sub(r"\s", "", normalise(node.title)))
            groups.setdefault(name, []).append(node)
    for node in all_nodes(root):
        # (its rules numbered as items: （一）揭榜挂帅类 ⏎ 1．…采取前资助方式 ⏎ 2．…)
        items = [t for c in node.children for t in [c.heading_text, *c.text]] \
            if node.children and all(not c.children and not c.fields for c in node.children) \
            else None
        if (node.children and items is None) or not node.title \
                or not (node.text or node.fields or items):
            continue
        title = re.sub(r"\s", "", normalise(node.title))
        if not re.search(r"类(?:项目)?$|项目$", title):
            continue  # (the class word is what names another heading's kind)
        name = _CLASS_SUFFIX.sub("", title)
        named = groups.get(name, []) if len(name) >= 4 else []
        if len(named) != 1 or named[0] in node.ancestors() or named[0] is node:
            continue
        group = named[0]
        group.text.extend([*node.text, *(items or [])])
        if items:
            node.children = []
        if group.office is None and node.office:  # （一）科技攻关项目（归口股室：高新技术股）
            group.office = node.office
        for key, lines in node.fields.items():
            group.fields.setdefault(key, []).extend(lines)
        node.text, node.fields = [], {}
        node.non_funding = True


def _deliver(sentence: str, articles: dict[int, Node]) -> bool:
    """Give each item a sentence names what the sentence says of it; whether any was named."""
    norm = normalise(sentence)
    refs = list(ARTICLE_REFERENCE.finditer(norm))
    if not refs:
        return False
    prefix = _ARTICLE_LEAD.sub("", norm[:refs[0].start()].strip())
    subject = prefix.rstrip("，,") if prefix.endswith(("，", ",")) else ""  # …的比例，
    named: set[int] = set()
    delivered = False
    for ref, following in zip(refs, [*refs[1:], None], strict=True):
        said = norm[ref.end():following.start() if following else len(norm)]
        said = re.sub(r"^的?[，,]?", "", said.strip(" ，,；;。"))
        article = articles.get(_number_of(ref["art"]) or 0)
        if not said or article is None:
            continue
        said = f"{subject}{said}"
        items = [(c.seq[-1], c) for c in article.children if c.seq]
        wanted = {_number_of(m["n"]) for m in _ITEM_REFERENCE.finditer(ref["items"])}
        chosen = [c for n, c in items if n in wanted or not wanted]
        if ref["mu"]:
            mu = _number_of(ref["mu"])
            chosen = [c for item in chosen for c in item.children if c.seq and c.seq[-1] == mu]
        if ref["rest"] or ref["mu"]:  # 目 named, or 其余方向: the directions themselves
            leaves = [n for item in chosen for n in ([item] if not item.children
                                                     else item.children)]
            for leaf in leaves:
                if id(leaf) not in named:
                    leaf.noted.append(f"本方向{said}。")
                    named.add(id(leaf))
        else:
            for item in chosen:
                item.text.append(f"本专项{said}。")
                named.update(id(n) for n in all_nodes(item))
        delivered = delivered or bool(chosen)
    return delivered


# 科技管理股 / 高新技术与成果转化股: a heading that is an office's name
OFFICE_TITLE = re.compile(r"[\u4e00-\u9fff]{2,14}(?:股|科室|处室|科|处)")
# 股室职责：… / 本股受理的… / 本科室…: its text speaking as that office
OWN_OFFICE_SAID = re.compile(r"(?:股室|科室|处室)职责|本(?:股|科室|处室)(?:受理|负责|事项|承担)")


def offices_in_text(root: Node) -> None:
    """A plan or group that names its managing office in its running text manages the
    directions under it, as one named in its heading does."""
    for node in all_nodes(root):
        said = [*node.text, *(line for key, lines in node.fields.items() for line in lines
                              if node.children and key not in ("content", "indicators"))]
        if node.office is None and said and not node.non_funding:
            # (申报须知：本计划归口科室为…科。 among a plan's fields too)
            found = OFFICE_SENTENCE.search(normalise(fx.unwrap("\n".join(said)))) or next(
                # (…均可牵头申报。受理股室：…科 closing its paragraph, the next run on after it)
                (m for line in said if (m := OFFICE_SENTENCE.search(normalise(line)))), None)
            if found:
                # 由市科技局高新技术科归口管理: the office, not the bureau it belongs to
                node.office = office_named(found)
        if node.office is None and node.children and node.title \
                and OFFICE_TITLE.fullmatch(re.sub(r"\s", "", node.title)) \
                and OWN_OFFICE_SAID.search(normalise("".join([*node.text, *node.stated]))):
            # （一）科技管理股 ⏎ 股室职责：… ⏎ 本股受理的研发类事项…: a list by office, the
            # heading the office whose items it lists
            node.office = re.sub(r"\s", "", node.title)
        if node.office is None and not node.children and node.fields:
            # …拟支持1项。归口科室：农村牧区科技科。/ 本方向由X科归口。 closing a direction's
            # paragraph of run-in labels: its own office
            own = next((found for key in node.fields for sentence in fx.sentences(
                node.field_text(key) or "") if (found := OFFICE_SENTENCE.match(
                    OWN_SUBJECT.sub("", normalise(sentence).strip())))), None)
            if own is not None:
                node.office = office_named(own)


def leaf_nodes(root: Node) -> list[Node]:
    """Depth-first leaves: the deepest headings that have fields (or, for keyword directions
    and groups, any text) under them, outside the sections that fund nothing."""
    found: list[Node] = []

    def walk(node: Node) -> None:
        if node.non_funding and not among_funding_groups(node):
            for child in node.children:  # (the guideline a work report's item summarises)
                if not child.non_funding and issued_guideline(child):
                    walk(child)
            return
        if fields_follow_items(node):
            last = node.children[-1]
            for key, lines in last.fields.items():
                node.fields.setdefault(key, []).extend(lines)
            last.fields = {}
            # (本方向设以下3个子方向, or 课题1（2020A03-1）… with codes of their own: they stay)
            if not announces_subdirections(node) and not any(c.code for c in node.children):
                fold_children(node)
        if node.children:
            before = len(found)
            for child in node.children:
                walk(child)
            if len(found) == before and node is not root and node.known_fields \
                    and node.kind != "plan" and node.style != "part:篇" \
                    and not any(  # coded items are directions (日志第4篇's parts: a log's day)
                        child.code or (grants_money(child) and not child.non_funding)
                        for child in node.children) \
                    and not granting_items_under_list(node) \
                    and not ends_announcing_directions(node) \
                    and not terms_over_titled_items(node):
                fold_children(node)  # numbered list items taken for headings
                found.append(node)
            elif len(found) == before and node.kind == "plan" and node.known_fields \
                    and len(node.children) >= 2 and all(
                        child.text and not child.children and not child.non_funding
                        for child in node.children):
                found.extend(node.children)  # i. ii. iii. each a paragraph, the plan's terms
            elif all(n.parent is node for n in found[before:]) and titles_under_terms(node):
                # 本类项目每项资助… ⏎ 1．…研究 ⏎ 2．…研究 (one with a 备注 under it found already)
                del found[before:]
                found.extend(node.children)
            elif len(found) == before and paragraphs_under_terms(node):
                found.extend(node.children)  # （1）…技术 ⏎ 研究…。 under a plan that grants
            elif len(found) == before and node is not root and node.kind not in ("plan", "group") \
                    and all(child.non_funding or (_idle(child) and _granting_kin(node))
                            for child in node.children) \
                    and grants_money(node):
                # (3.3 …贷款贴息 ⏎ 对…给予贷款贴息… ⏎ … ⏎ □ 各申报单位：5月23日前完成…: a to-do
                # of the minutes set under it, stating nothing, beside 3.1, 3.2 that grant too)
                # 五、临床科研成果后补助 ⏎ 对…给予一次性后补助… ⏎ ◎时间安排 ⏎ ◎院内支持: a page's
                # own sections after the direction, set under it — it grants all the same
                found.append(node)
            return
        if node is not root and (is_leaf(node) or announced_subdirection(node)):
            found.append(node)

    walk(root)
    # (（一）关于科技计划项目管理 in a thesis's literature review: named as no direction is, so
    # never counted as one its siblings (（三）简要评述) would be directions beside)
    found = [node for node in found if not _named_as_no_direction(node)]
    chosen = {id(node) for node in found}
    numbered = {(node.style, node.seq[-1]) for node in found if node.seq}
    grew = True
    while grew:  # （一） is a direction once its sibling （二） is found to be one
        grew = False
        # (（八）… divided into 1．/2． counts in the numbering of its directions （七）, （九）)
        numbered |= {(parent.style, parent.seq[-1]) for node in found
                     if (parent := node.parent) is not None and parent.seq
                     and (parent.style, parent.seq[-1] - 1) in numbered}
        for node in all_nodes(root):
            if id(node) not in chosen and not _named_as_no_direction(node) and (
                    text_only_leaf(node, chosen) or numbered_on(node, numbered)):
                found.append(node)
                chosen.add(id(node))
                if node.seq:
                    numbered.add((node.style, node.seq[-1]))
                grew = True
        if not grew and (placed := titles_placed_as_directions(root, found)):
            found += placed  # (once the text-only directions are in: their titled kin)
            chosen.update(id(node) for node in placed)
            grew = True
    found.sort(key=lambda node: node.line)
    found = _contents_dropped(found, root)
    coded = any(node.code for node in found)
    # (一、夜班交班 / 三、院领导讲话 each day of a log: its record's own sections, no directions)
    # (the record's later days read as text where their numbering starts over)
    recurring: Counter[str] = Counter()
    for node in all_nodes(root):
        recurring.update([node.title] if node.title else [])
        recurring.update(_LIST_LEAD.sub("", line).strip() for line in node.text
                         if len(line) <= MAX_RECURRING_TITLE)
    past = _past_years_codes(found)
    return [node for node in found if id(node) not in past
            and not registration_only(node) and not placeholder(node)
            and not procurement_record(node) and not _named_as_no_direction(node)
            and not _beside_the_directions(node, chosen)
            and not _point_its_heading_names(node)
            and not _work_point(node) and not _parts_left_out(node)
            and not _labelled_record(node)
            and not (node.code is None and recurring[node.title or ""] >= RECURRING)
            and not (coded and _record_section(node))]


# DZ25-SF01 / DZ24-SF02: a code's family and the year it was given in
_YEAR_CODE = re.compile(r"^(?P<family>[A-Za-z]{1,6})(?P<year>2\d)(?=[-A-Za-z])")
MIN_YEAR_CODES = 3


def _past_years_codes(found: list[Node]) -> set[int]:
    """我院在研县级科技项目进展一览 ⏎ 1.…（DZ24-SF02，药学部，资助8万元） among this year's
    DZ25-… directions: a project funded in an earlier year, coded in the same family with
    that year's digits, is no direction of this call."""
    dated = [(node, m["family"], int(m["year"])) for node in found
             if node.code and (m := _YEAR_CODE.match(node.code))]
    if len(dated) < MIN_YEAR_CODES:
        return set()
    (family, year), count = Counter((f, y) for _, f, y in dated).most_common(1)[0]
    if count < MIN_YEAR_CODES:
        return set()
    return {id(node) for node, f, y in dated if f == family and y < year}


RECURRING = 3  # a title headed this often is a record's own section, repeated each entry
MAX_RECURRING_TITLE = 24
_LIST_LEAD = re.compile(r"^\s*[一二三四五六七八九十\d]{1,3}\s*[、.．]\s*")


# 项目类型五：科技特派员专项 ⏎ 具体申报事项另行通知。: a heading kept for a later notice
# (榜单及申报办法另行通知。 under a 揭榜挂帅 heading: its postings and rules both to come)
PLACEHOLDER = re.compile(r"^(?:本年度|今年|本次|本批次)?(?:榜单(?:及|和)?)?(?:具体|有关)?"
                         r"(?:申报|实施)?"
                         r"(?:事项|要求|安排|办法|指南|通知)?"
                         r"另行(?:通知|发布|公布|制定)[。.]?$")


# 【注】本类共6个方向（医疗卫生、生态环保…），…不用摘录。: the class has directions, not copied here
_PARTS_COUNTED = re.compile(r"本(?:类|计划|专项|领域|板块|专题)(?:共|共有|下设|设有?)"
                            r"[\d一二两三四五六七八九十]+个(?:子)?(?:方向|项目|课题|专题|榜单)")


def _parts_left_out(node: Node) -> bool:
    """A class whose text counts its directions, none of them listed (an excerpt left them out)
    and no terms of its own: nothing here to apply to."""
    return not node.children and node.kind == "plan" \
        and any(_PARTS_COUNTED.search(normalise(line)) for line in node.text) \
        and not node.field_text("funding") and not grants_money(node)


def placeholder(node: Node) -> bool:
    """A heading whose only words say its terms will be announced later, or a blank left to
    fill in: nothing to apply to (a direction that says so beside its own content still is
    one) — a table's row whose every cell says so too (科技成果转化“以奖代补” | 具体…以后续
    通知为准。 | 另行通知)."""
    if node.children:
        return False
    if node.text and _BLANK_TO_FILL.match(normalise(node.text[0]).strip()):
        # (2．“归口股室”是什么意思？答：______ ⏎ …: an exercise's question, its answer left
        # blank — what the page goes on with is the worksheet's, no terms of it)
        return True
    if node.style == "table" and node.fields and not node.text:
        # (— in the cells of counts and terms beside it: nothing said there either)
        cells = [folded for values in node.fields.values() for value in values
                 if not _NOTHING_CELL.match(folded := normalise(value).strip())]
        return bool(cells) and all(_LATER_ONLY.match(cell) for cell in cells)
    if node.fields or len(node.text) != 1:
        return False
    said = normalise(node.text[0]).strip()
    if PLACEHOLDER.match(said) is not None:
        return True
    # 按照省、市…有关政策执行，具体申报方式另行通知。: a policy named, its application to come
    *before, last = re.split(r"[，,]", said)
    return bool(before) and _LATER_ONLY.match(last) is not None \
        and all(_PER_POLICY.match(clause) for clause in before) and not grants_money(node)


_NOTHING_CELL = re.compile(r"^[-—－–/／、]*$")
_BLANK_TO_FILL = re.compile(r"^(?:答|解答|回答|答题区?|填写)?\s*[:：]?\s*[_＿]{3,}\s*[。.]?$")
_PER_POLICY = re.compile(r"^(?:按照?|参照|依据|根据)[^。；;，,]{2,40}(?:执行|办理|实施)$")


_LATER_ONLY = re.compile(r"^[^。；;:：]{0,20}?"
                         r"(?:另行(?:通知|发布|公布|制定)|以(?:后续|正式)?通知为准)[。.]?$")


def paragraphs_under_terms(node: Node) -> bool:
    """Two or more numbered titles each over a paragraph of what it does, under a heading (or a
    heading above it) whose text grants money: the titles are directions, written as prose."""
    # (or numbered as its parts, Ⅰ-1 / Ⅰ-2 under Ⅰ.: a field's directions by their numbers)
    # (● 天台黄茶…技术 ⏎ 开展…: bullet-marked titles under a plan whose 资助强度 grants, too)
    composite = all(child.style in COMPOSITE_STYLES for child in node.children)
    # (说明：…每项资助30000—80000元… under the plan: a note that grants)
    return node.parent is not None and not node.non_funding and len(node.children) >= 2 \
        and (composite or any(grants_money(a) or bool(a.field_text("funding")) or bool(
            extract.GRANT_SENTENCE.search(normalise(a.field_text("notes") or "")))
                              for a in [node, *node.ancestors()] if a.parent is not None)) \
        and all(child.text and (child.seq is not None or child.style.startswith("mark:"))
                and _bare_titled(child, "。；;") for child in node.children)


def _style_path(node: Node, *, folded: bool = False) -> tuple[str, ...]:
    """The numbering styles from the root down to the node: where in the outline it stands
    (`folded`: 1、 as 1., the same numbers with another mark after them)."""
    styles = [a.style or "" for a in reversed([node, *node.ancestors()])]
    return tuple(_KIN_STYLES.get(style, style) for style in styles) if folded else tuple(styles)


_KIN_STYLES = {"1、": "1.", "1．": "1.", "1 ": "1."}


LEADER_DOTS = re.compile(r"(?:\.{4,}|…{2,}|·{4,})")


def titles_placed_as_directions(root: Node, found: list[Node]) -> list[Node]:
    """3.农副产品精深加工 ⏎ （1）肉鸭…冷链保鲜技术。 ⏎ （2）果蔬…技术。 beside 1.机械制造 whose
    （1）（2）（3） with a sentence each are directions: bare titles numbered where directions
    stand — the same numbering at every level down from the root as two or more directions
    found — are directions too (the sentence is what they lack, not what makes them one)."""
    paths = Counter(_style_path(node) for node in found)
    # (参考选题如下： ⏎ 1、…研究 beside directions numbered 1．: a list its heading introduces,
    # numbered as the directions are but for the mark after the number)
    kin_paths = Counter(_style_path(node, folded=True) for node in found)
    chosen = {id(node) for node in found}
    # (a 目录's entries: their titles stand again as the headings they list)
    titles = Counter(re.sub(r"\s", "", node.title) for node in all_nodes(root) if node.title)
    first = min((node.line for node in found), default=0)
    return [node for node in all_nodes(root)
            if id(node) not in chosen and node.parent is not None and not node.text
            and node.line > first  # (a 目录 before the body lists them first)
            and _bare_titled(node, "：:；;")
            and titles[re.sub(r"\s", "", node.title or "")] == 1
            and not LEADER_DOTS.search(node.heading_text or "")
            and (paths[_style_path(node)] >= 2 or (
                kin_paths[_style_path(node, folded=True)] >= 2 and bool(node.parent.text)
                and normalise(node.parent.text[-1]).rstrip().endswith((":", "："))))
            and not any(a.non_funding for a in node.ancestors())
            # (a list of them, not one rule read as a heading: （五）…纳入…信用记录。)
            and sum(1 for c in node.parent.children if c.style == node.style) >= 2]


def titles_under_terms(node: Node) -> bool:
    """A heading whose own text grants money, then two or more numbered titles with nothing
    under them: the titles are its directions (a 软科学 class listing its topics), the terms
    theirs."""
    return node.parent is not None and not node.non_funding and len(node.children) >= 2 \
        and grants_money(node) and all(
            not child.text and _bare_titled(child, "。；;：:", remarks=True)
            for child in node.children)


def _bare_titled(child: Node, stops: str, *, remarks: bool = False) -> bool:
    """A heading with no fields or parts under it, titled as a direction is (4–40 characters,
    none of `stops`; `remarks`: a 备注 under it, 本方向拟支持2项, allowed)."""
    fields = [key for key, lines in child.fields.items() if lines
              and not (remarks and key in ("notes", "quota"))]
    return not fields and not child.children and not child.non_funding \
        and child.title is not None and 4 <= len(child.title) <= 40 \
        and not any(ch in child.title for ch in stops)


# （三）市级星创天地和众创空间备案 ⏎ 本年度受理…备案申请，不安排资助经费: a register, no project
REGISTRATION = re.compile(r"(?:备案|登记)$")
FUNDS_NOTHING = re.compile(r"不安排(?:资助|补助|财政)?(?:经费|资金)|不予(?:资助|补助)"
                           r"|不(?:给予|提供)(?:资助|补助|经费)")


# 乐昌市某机械制造有限公司 / 某马蹄专业合作社: a firm (a table of those attending, of last year's
# awardees), never a call anyone applies to
_FIRM_NAMED = re.compile(r"(?:有限(?:责任)?公司|股份(?:有限)?公司|集团公司|专业合作社"
                         r"|合作联社)\s*$"
                         # (五、本所可提供的服务及收费标准: the writer's own firm and its fees)
                         r"|^(?:本所|我所|本公司|我公司|我司|本行|我行)(?!支持|资助|补助)")
# 1. 周敏（博三）：… in a group meeting's minutes: a person and the part they hold, what they
# report — never a call either
_PERSON_NAMED = re.compile(r"^[\u4e00-\u9fff]{2,4}\s*[(（](?:博[一二三四五六]|硕[一二三]|博士后"
                           r"|本科生|(?:副)?教授|讲师|研究员|助理研究员|老师|经理|股长|科长|主任"
                           r"|局长|书记)[)）]$")
# 1、关于重点研发计划（EZ25ZD01）: a reply's point about an application made under the code it
# names, never the direction itself (a direction is named for its topic, not for what is said)
_ABOUT = re.compile(r"^关于(?=[\u4e00-\u9fff“])")


# 三、关于配套资金和申报奖励 ⏎ 1. 配套资金：… ⏎ 2. 申报奖励：…: a reply's heading naming the
# points it answers, each point below it (a direction is named for its topic, not listed by
# the heading it stands under)
_ABOUT_POINTS = re.compile(r"^关于(?P<points>[\u4e00-\u9fff]{2,12}"
                           r"(?:[和与及、][\u4e00-\u9fff]{2,12})+)$")


def _point_its_heading_names(node: Node) -> bool:
    """2. 申报奖励 under 三、关于配套资金和申报奖励: one of the points its heading names."""
    about = _ABOUT_POINTS.match(normalise(node.parent.title or "")) if node.parent else None
    return about is not None \
        and normalise(node.title or "") in re.split(r"[和与及、]", about["points"])


# 采购人：…局 / 采购代理机构：…公司: the buyer of a procurement, named on its cover
_PROCURER = re.compile(r"^\s*(?:采\s*购\s*人|采购代理机构|招\s*标\s*人|招标代理机构)\s*[:：]")


def procurement_record(node: Node) -> bool:
    """项目名称：…申报受理及评审服务 ⏎ 项目编号：ZZCG-… ⏎ 采购人：…: the cover of a procurement
    (a 竞争性磋商文件 buying a service), no direction anyone applies to."""
    return not node.children and any(_PROCURER.match(line) for line in node.stated)


# the fields a record's own sections share with a direction without saying anything of one
_RECORD_KEYS = frozenset({"notes", "period"})


def _record_section(node: Node) -> bool:
    """一、外来文件登记 (有效期：本年度申报期内 ⏎ 登记人：…) / 二、条款摘录及适用性评审 (说明：… ⏎
    评审人：…) beside the coded directions the record quotes: no code, no grant, no count, of
    the fields a direction has only a note or a validity that names no length, and fields of
    the record's own — the record's section, no direction."""
    keys = {key for key, lines in node.fields.items() if lines and not key.startswith(OTHER)}
    # (3.1　企业研发投入后补助 ⏎ 申报说明：执行一览表C类标准…: a note alone, the terms in a table
    # elsewhere — a direction; the record's section fills in its own fields beside it too)
    recorded = any(key.startswith(OTHER) and lines for key, lines in node.fields.items())
    return node.code is None and not node.children and recorded and keys <= _RECORD_KEYS \
        and bool(keys) \
        and fx.period_years_max(node.field_text("period")) is None and not grants_money(node)


def _contents_dropped(found: list[Node], root: Node) -> list[Node]:
    """A 目录 of the directions (A1 新型电子元器件… ⏎ A2 …, titles alone) before the directions
    themselves, titled the same with their terms (or their sub-directions) under them: the
    listing's titles go."""
    stated: dict[str, int] = {}  # each title written with words under it: its last line
    for node in all_nodes(root):
        if node.text or node.known_fields or node.children:
            stated[normalise(node.title or "")] = node.line
    return [node for node in found if node.text or node.fields or node.children
            or stated.get(normalise(node.title or ""), 0) <= node.line]


# 方案一：研发费用损失保险（对应LJ26ZD01）: a thing of the paper's set against a direction by its
# code — a reference to the direction, not one
_REFERS_TO_CODE = re.compile(r"[(（]\s*(?:对应|参见|对照|关联)(?:方向)?\s*[:：]?\s*"
                             r"[A-Za-z]{1,8}\d[0-9A-Za-z\-]*\s*[)）]")


# （一）县级科技计划项目类别及指南方向代码表: a table's caption, its rows what it lists
_TABLE_CAPTION = re.compile(r"(?:代码|一览|对照|汇总|统计|明细|目录|分类)表$")
# 表号：LBKJ101表 ⏎ 制定机关：… under （一）县级科技计划项目基本情况: a statistical form to fill in
_FORM_HEAD = re.compile(r"^\s*表\s*号\s*[:：]")


def _named_as_no_direction(node: Node) -> bool:
    """A title naming a firm, a person or a topic written about (关于…), or a heading naming
    a paper by whom it came from (【三】县应急管理局：关于…的通报), or one of a report's work
    points (（四）完善考核激励 beside （一）抓实组织建设): no direction."""
    title = node.title or ""
    return bool(_FIRM_NAMED.search(title) or _PERSON_NAMED.match(title) or _ABOUT.match(title)
                or _REFERS_TO_CODE.search(node.heading_text) or _TABLE_CAPTION.search(title)
                or (node.text and _FORM_HEAD.match(normalise(node.text[0])))
                or _PAPER_NAMED.search(normalise(node.heading_text))
                or LAYOUT_ZONE.match(title) or _STATEMENT_TITLE.search(title)
                or _among_work_points(node))


# 4. 被告为原告选报的方向为“高新技术企业研发后补助”（SC2025HB02），… / 1. 《指南》对SC2025HB02方向
# 的申报条件规定得清楚明确：…: an argument's numbered points naming a direction, no title of one
# (1.4 本项目与指南方向的对应分析: the applicant's own project set against a direction)
_STATEMENT_TITLE = re.compile(r"(?:方向|项目|事项)(?:为|是)\s*[“\"「][^”\"」]{2,40}[”\"」]"
                              r"|对\s*[A-Za-z]{1,6}\d[0-9A-Za-z\-]*\s*方向"
                              r"|规定得|(?:清楚|十分|非常)明确"
                              r"|^本项目(?:与|和|同)[^。]{0,12}(?:方向|指南)"
                              # (三、本案诉讼费、保全费由被告负担: a claim of a complaint)
                              r"|由[^，,。]{1,8}(?:负担|承担|赔偿)$|^判令"
                              # (任务一　支持方向要素提取（30分）: an exam's task and its marks)
                              r"|[(（]\s*\d{1,3}\s*分\s*[)）]$")



def _among_work_points(node: Node) -> bool:
    """A title opening with a verb of the work (完善…, 抓实…), uncoded and with no field, among
    siblings at least one more of which opens so: a report's points of work, no directions."""
    if node.code or node.fields or node.parent is None \
            or not _WORK_VERB.match(node.title or ""):
        return False
    return sum(1 for sibling in node.parent.children if sibling.style == node.style
               and _WORK_VERB.match(sibling.title or "") and not sibling.code) >= 2


# 【一】县统计局：关于做好…填报工作的通知 / 【五】县税务局：…辅导会通知: a digest's entry, named by
# the office that sent the paper and the paper's title
_PAPER_NAMED = re.compile(r"^[^:：]{0,8}?[\u4e00-\u9fff]{2,12}(?:局|委|办|会|院|厅|部|中心|政府)"
                          r"\s*[:：]\s*[^:：。；;]{2,60}(?:通知|通报|预通知|函|公告|决定|批复)\s*$")


def registration_only(node: Node) -> bool:
    """A heading that takes registrations (…备案) and says it funds nothing: no direction."""
    return bool(node.title and REGISTRATION.search(node.title)
                and FUNDS_NOTHING.search(normalise("".join(node.stated))))


def _ungranted_beside_groups(node: Node) -> bool:
    """单元一　导入 beside 单元三　新授：农业科技攻关类 that holds the directions (a learned word's
    groups, 环节一 …): one of them with none under it and no grant of its own is no direction.
    (置顶 ⏎ 【接简介·指南要点后半段】 after coded directions: a page's tag and a note, no grant,
    no terms, no direction either.)"""
    if node.parent is None or grants_money(node):
        return False
    if node.bare and not node.fields and sum(len(text) for text in node.text) <= MAX_TAG_TEXT \
            and any(sibling.code for sibling in node.parent.children):
        return True
    return node.label == "单元" and any(
        sibling is not node and sibling.style == node.style and sibling.children
        for sibling in node.parent.children)


MAX_TAG_TEXT = 20


def is_leaf(node: Node) -> bool:
    if node.section:  # 第一节　企业研发投入后补助 with its fields under it is one, a part is not
        # (nor is 第二项 under 第三类 with an award its text states)
        # (or under 四、重点支持领域和方向 beside 第一类… holding directions: 第四类　软科学研究
        # 计划 with only its paragraph, which grants, is a plan applied to itself)
        # (第三类：企业研发投入奖补，…给予奖补，单户最高五十万元 beside 第一类, 第二类 holding
        # directions at the document's top: the same)
        nested = node.parent is not None and ((node.parent.style or "").startswith("part:") or (
            (node.parent.section or (node.parent.parent is None and node.style == "part:类"))
            and not node.children and any(
                sibling.style == node.style and sibling.children
                for sibling in node.parent.children)))
        # (第三部分　申报进度跟踪 with only a 备注 under its log: no terms, no direction)
        return node.style.startswith("part:") and (
            any(not key.startswith(OTHER) and key != "notes" and lines
                for key, lines in node.fields.items())
            or (nested and bool(node.text) and grants_money(node))) \
            and not is_non_funding(node.title)
    if node.kind == "group" and (node.label is not None or node.bare) \
            and (node.text or node.fields) and not closed(node) \
            and not _ungranted_beside_groups(node):
        node.inferred.append("无“方向”标签的申报事项，作为一个方向处理")
        return True
    if node.known_fields:
        # (办理状态：该事项2024年度暂停受理 among its fields)
        return not closed(node) and not _notes_on_what_follows(node)
    if any(node.row_fields.values()) and node.style not in ("root", "table") and not closed(node):
        return True  # （一）技术交易补助。… named by a row of a table of terms: a direction
    if node.code is not None and not closed(node) and node.style != "root" and (
            node.style != "table" or (node.kind in ("direction", "sub")
                                      and any(node.fields.values()))):
        # ◆ 面向…研究（YC26ZD0101）。 / 1.铜陵市…路径研究（TL2018RK01）: a direction named by
        # one line with its code, its terms stated above it (a table's row with a cell beside
        # its code: 1 | A类 | 高端聚烯烃专用料开发 | QG2026A01, its class's terms)
        return True
    if node.style == "table" and node.kind == "direction" and not node.children \
            and not closed(node) and grants_money(node):
        return True  # 6.1 | 省级技术创新中心奖补 | 对…一次性给予30万元奖补。: uncoded, granting
    # (empty ones refused; 方向3　…（本方向暂不受理，另行通知）: closed in its own title)
    return node.kind in ("direction", "sub") and node.label is not None \
        and not CLOSED.search(normalise(node.title or "")) and not _findings_only(node) \
        and not (closed(node) and not grants_money(node))  # (榜单2：… ⏎ …本榜单申报时间和揭
    # 榜要求另行通知。: not posted yet; not …每家奖励2万元。 ⏎ 另外，…科技特派员…这次不受理。)


# 事项一：研发费用归集不规范 ⏎ 【问题描述】… ⏎ 【建议】… ⏎ 【管理层回复】…: an audit's finding
_FINDING_LABEL = re.compile(r"^(?:问题描述|存在问题|问题|潜在影响|影响|原因分析"
                            r"|(?:审计|整改|管理)?建议|管理层回复|(?:单位|被审计单位)?回复"
                            r"|整改(?:措施|情况|要求|期限)|审计意见)$")


def _findings_only(node: Node) -> bool:
    """A heading whose only fields are a finding's (问题描述, 建议, 管理层回复): an item of an
    audit's or an inspection's report, however many sums it names — no direction."""
    keys = [key for key, lines in node.fields.items() if lines]
    return bool(keys) and all(key.startswith(OTHER)
                              and _FINDING_LABEL.match(key.removeprefix(OTHER)) for key in keys)


# 三、2026年度市级科技计划申报方向及监督参数对照表: a part named for the directions it lists
_NAMES_DIRECTIONS = re.compile(r"(?:申报|支持|指南)方向")


# 【发布渠道】“苍溪公安”微信公众号、… ⏎ 【转发要求】请各企业…: a notice's header of boxed labels
_BOXED_LABEL_VALUE = re.compile(r"^【[\u4e00-\u9fff]{2,6}】\s*[^\s【]")


def boxed_labels(line: Line, beside: list[Line]) -> bool:
    """A 【label】value line with another right above or under it: a run of a header's labels,
    each its value — none the title of the ones after it."""
    return _BOXED_LABEL_VALUE.match(line.text.strip()) is not None and any(
        _BOXED_LABEL_VALUE.match(other.text.strip()) is not None for other in beside)


def _beside_the_directions(node: Node, chosen: set[int]) -> bool:
    """四、窗口受理流程 beside 三、方向与AB角对照, whose table lists the directions (or 二、指南
    通用条件 beside the table's own groups of rows 一、…类, 三、…类; or 四、通报安排
    beside 二、各类项目及方向, the container holding them, or 一、岗位基本信息 beside 三、…申报方向
    及监督参数对照表, named for them): a part of the document around them, granting nothing, no
    direction (not a row of the table, nor an item stating terms under their labels: （三）科技
    创新券 ⏎ 支持对象：… ⏎ 兑付标准：…)."""
    return (node.parent is not None and node.code is None and not node.children \
        and not (node.style or "").startswith("table") and not grants_money(node) \
        and len([key for key in node.fields if not key.startswith(OTHER)]) < 2 and any(
        sibling is not node and sibling.style in (node.style, "table-group") and (
            any(row.style == "table" and row.kind == "direction" for row in all_nodes(sibling))
            or (((sibling.section and CONTAINER.match(normalise(sibling.title or "")) is not None)
                 or _NAMES_DIRECTIONS.search(sibling.title or "") is not None)
                and any(id(n) in chosen for n in all_nodes(sibling))))
        for sibling in node.parent.children)) or _beside_coded_plans(node, chosen) \
        or _outside_the_call(node, chosen) or _carriers_section(node, chosen)


_TERM_KEYS = ("funding", "mode", "period", "quota", "requirements", "content", "indicators")
MIN_CODED_IN_PART = 3


def _top_of(node: Node) -> Node | None:
    """The part of the whole paper the node stands in: its ancestor right under the root (or
    under the paper's title, 政策营销指引 ⏎ 一、本期要点 …, read as a bare heading over all)."""
    return next((n for n in [node, *node.ancestors()] if n.parent is not None and (
        n.parent.parent is None or (_paper_title(n.parent) and n.style != "bare"))), None)


def _paper_title(node: Node) -> bool:
    """A bare line at the top of the outline that every part stands under: the paper's title."""
    return node.style == "bare" and node.parent is not None and node.parent.parent is None \
        and len(node.parent.children) == 1


def _coded_in(part: Node, chosen: set[int]) -> int:
    """How many of the directions found under `part` have a code."""
    return sum(1 for n in all_nodes(part) if id(n) in chosen and n.code)
# what a call's item speaks of, however it is paid (an award item whose sum is set elsewhere)
_CALL_WORDS = re.compile(r"资助|补助|奖补|奖励|支持|贴息|兑现|扶持")


def _outside_the_call(node: Node, chosen: set[int]) -> bool:
    """风险点1：研发失败风险。… in 第一部分 客户概况与风险识别 of a broker's proposal whose
    第二部分 quotes the call's coded directions: an item of a part holding none of them, with
    no code, no term and no grant (any grant, when the part is named for none of the call's
    business) — the paper's own, no direction."""
    top = _top_of(node)
    if top is None or top.parent is None or not _top_section(top) or node.code is not None:
        return False
    said = normalise("".join([*node.text, *(line for lines in node.fields.values()
                                            for line in lines)]))
    if _CALL_WORDS.search(said):
        return False
    # (第二部分 竞赛规程 ⏎ 五、录取名次与奖励 ⏎ 冠军奖金8000元…: a part named for the paper's own
    # business, paying what no call does — prizes)
    if _CALL_PART.search(top.title or "") is not None and (
            grants_money(node) or any(node.fields.get(key) for key in _TERM_KEYS)
            or _CALL_WORDS.search(normalise(node.title or ""))):
        return False
    return _coded_in(top, chosen) == 0 and any(
        part is not top and part.style == top.style
        and _coded_in(part, chosen) >= MIN_CODED_IN_PART for part in top.parent.children)


_CALL_PART = re.compile(r"项目|计划|专项|榜单|方向|资助|补助|奖补|揭榜|申报")


def _carriers_section(node: Node, chosen: set[int]) -> bool:
    """1．需求响应：…最高不超过4元 under 五、电价及服务政策提示 of a power bill whose 一、…五、 hold
    none of the call's coded directions, all of which stand in plans after them (A. 工业节能降碳
    科技专项), or only one of them holds them, named for them (三、指南方向与…对照表): the
    carrier's own section's item, whatever it grants — no direction."""
    top = _top_of(node)
    if top is None or top.parent is None or top.style != "一、" \
            or node.code is not None or _CALL_PART.search(top.title or ""):
        return False  # (四、揭榜挂帅项目 ⏎ 榜单1：…: the call's own part, its postings uncoded)
    sections = [part for part in top.parent.children if part.style == top.style]
    holding = [part for part in sections if _coded_in(part, chosen)]
    if len(holding) == 1 and holding[0] is not top \
            and (_NAMES_DIRECTIONS.search(holding[0].title or "") is not None
                 or _RETOLD.search(holding[0].title or "") is not None):  # (内容著录（文字照录）)
        # (三、指南方向与切入产品对照表 holding them all, its rows the call's: the carrier's own
        # section that quotes them, beside 六、商机报备与激励 — 单个项目酬金最高不超过3万元)
        return len(sections) >= MIN_CODED_IN_PART \
            and _coded_in(holding[0], chosen) >= MIN_CODED_IN_PART
    runs = _numbering_runs(sections)
    if len(runs) >= 2 and (own := next(run for run in runs if top in run)) \
            and len(own) >= MIN_CODED_IN_PART and not any(part in holding for part in own) \
            and any(sum(_coded_in(part, chosen) for part in run) >= MIN_CODED_IN_PART
                    for run in runs if run is not own):
        # 一、服务时间和网点 … 六、工作要求 of a post office's notice, then its 附件1 一、…计划
        # holding the call's coded directions: the notice's own sections, numbered apart
        return True
    elsewhere = sum(_coded_in(part, chosen) for part in top.parent.children
                    if part.style != top.style)
    return top is not node and len(sections) >= MIN_CODED_IN_PART \
        and elsewhere >= MIN_CODED_IN_PART and not holding


def _numbering_runs(parts: list[Node]) -> list[list[Node]]:
    """一、…六、 then 一、…三、 again: the parts in runs, each numbered from its own start."""
    runs: list[list[Node]] = []
    for part in parts:
        if not runs or part.seq is None or runs[-1][-1].seq is None \
                or part.seq[-1] <= runs[-1][-1].seq[-1]:
            runs.append([part])
        else:
            runs[-1].append(part)
    return runs


def _top_section(node: Node) -> bool:
    """第一部分 / 第一章 at the top of the outline: a part of the whole paper (not 一、: a
    guideline's sections hold uncoded directions beside coded ones, their terms above)."""
    return node.style.startswith("part:")


# 阳朔县2026年度县级科技计划项目申报指南（摘编）: the call itself, quoted as a part of the paper
GUIDELINE_TITLE = re.compile(r"(?:申报指南|项目指南|申报通知)(?:[(（][^()（）]{1,8}[)）])?$")


def _beside_coded_plans(node: Node, chosen: set[int]) -> bool:
    """一、警情概况 / 四、警方提示 beside 三、真实政策对照, which holds the call's plans and their
    coded directions, whatever it is named: the paper's own sections around the call it quotes
    (no code, no part, no term of its own)."""
    return node.parent is not None and node.code is None and not node.children \
        and not any(node.fields.get(key) for key in _CELL_TERM_KEYS) \
        and not grants_money(node) and any(
            sibling is not node and sibling.children and ((
                sibling.style == node.style
                and all(child.kind == "plan" and child.children for child in sibling.children
                        if not child.non_funding)
                and _coded_in(sibling, chosen) >= 2)
                # (一、行程概览 beside the call's excerpt titled as the guideline, whatever its
                # style: 阳朔县…申报指南（摘编） ⏎ （一）… ⏎ its coded rows)
                or (GUIDELINE_TITLE.search(sibling.title or "") is not None
                    and _coded_in(sibling, chosen) >= MIN_CODED_IN_PART))
            for sibling in node.parent.children)


# 1. 印件名称：… / 4. 印　　数：1500册: a record's field, a short label and its value
_RECORD_LABEL = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z\s\u3000]{0,7}[:：]")
MAX_RECORD_LABEL = 6


def _labelled_record(node: Node) -> bool:
    """1. 印件名称：遂川县…指南（宣传册） ⏎ 2. 成品尺寸：210mm×285mm ⏎ …: a print job's record,
    each item a short label and its value, granting nothing — no direction (the call's award
    items are named as they are, 2.新入库科技型中小企业：每家奖励1万元, and grant)."""
    def labelled(item: Node) -> bool:
        label = re.split(r"[:：]", item.title or "", maxsplit=1)[0]
        bare = re.sub(r"[\s\u3000]", "", label)
        rest = _LIST_ITEM.sub("", normalise(item.heading_text))
        return item.code is None and not item.children and 0 < len(bare) <= MAX_RECORD_LABEL \
            and _RECORD_LABEL.match(rest) is not None \
            and re.sub(r"[\s\u3000]", "", rest).startswith(bare) \
            and not item.known_fields and not grants_money(item)
    return node.parent is not None and labelled(node) and any(
        other is not node and other.style == node.style and labelled(other)
        for other in node.parent.children)


# 四是强化服务保障。 / 五是加强项目管理。: a speech's work point, said with a verb of the work
_WORK_VERB = re.compile(r"^(?:强化|加强|严把|严守|把握|压实|做好|抓好|抓实|确保|落实|推进|完善|健全"
                        r"|注重|坚持|突出|狠抓|深化|严格|营造|广泛|切实|统筹|开展|组织)")


def _work_point(node: Node) -> bool:
    """四是强化服务保障。… with no term of a call: a point of the work a speech asks for (the
    guideline's items, 一是家具智能制造…, state their terms)."""
    return node.style == "一是" and not node.fields and not node.code \
        and _WORK_VERB.match(node.title or "") is not None


def _notes_on_what_follows(node: Node) -> bool:
    """四、本月新增知识条目 ⏎ 说明：以下条目经…审核确认后上线…: a heading whose only field is a
    note on what is listed after it (以下…, 下列…), with nothing under it — no direction."""
    notes = node.fields.get("notes", [])
    return not node.children and bool(notes) and not node.text \
        and all(key == "notes" or key.startswith(OTHER) or not lines
                for key, lines in node.fields.items()) \
        and re.match(r"\s*(?:以下|下列|下述)", notes[0]) is not None


# 本方向设以下3个子方向 / 下设2个子课题: the items below are directions of their own
SUBDIRECTIONS = ANNOUNCED_SUBS  # (本方向设以下两个子方向: said once, in outline)


def announces_subdirections(node: Node) -> bool:
    return any(SUBDIRECTIONS.search(normalise(line)) for line in node.stated)


def adopt_announced_subdirections(root: Node) -> None:
    """4. 数字贸易 ⏎ 本方向下设2个子方向… ⏎ 1. … ⏎ 2. …: a list numbered the same way that starts
    over at 1 right after a direction announcing its sub-directions is that direction's (a
    text browser or Word nests it by indentation only)."""
    for node in all_nodes(root):
        index = 0
        while index < len(node.children):
            holder = node.children[index]
            index += 1
            # (（一） | 桓仁蜂产业技术集成与示范 | 本方向下设2个子方向，… ⏎ 1 | … ⏎ 2 | …: a table's
            # row announcing them, its terms in its cells, its sub-directions' rows numbered 1, 2)
            row = holder.style == "table" and not holder.children
            if (not row and (holder.children or holder.fields or not holder.seq
                             or holder.seq[-1] < 2)) or not announces_subdirections(holder):
                continue
            taken = _numbered_again(holder, node.children[index:])
            if len(taken) < 2:
                continue
            _adopt(holder, taken)
        _adopt_counted_parts(node)


def _numbered_again(holder: Node, after: list[Node]) -> list[Node]:
    """The headings right after `holder`, in its numbering style, that count again from 1
    (1, 2, 3 …): a list it introduces, though its numbers set them beside it."""
    taken: list[Node] = []
    for sibling in after:
        if sibling.style != holder.style or not sibling.seq \
                or sibling.seq[-1] != len(taken) + 1:
            break
        taken.append(sibling)
    return taken


def _adopt(holder: Node, taken: list[Node]) -> None:
    parent = holder.parent
    for sibling in taken:
        if parent is not None:
            parent.children.remove(sibling)
        holder.add(sibling)
        if sibling.kind == "direction":
            sibling.kind = "sub"


def _adopt_counted_parts(node: Node) -> None:
    """陶瓷坯体成型…集成应用 ⏎ 方向说明：本方向分设以下两个任务… ⏎ 任务一：… ⏎ 任务二：…: as many
    headings named by the counted word as the direction announces, right after it, are its."""
    index = 0
    while index < len(node.children):
        holder = node.children[index]
        index += 1
        if holder.children or holder.kind != "direction":
            continue
        counted = next((found for line in holder.stated
                        if (found := _COUNTED_PARTS.search(normalise(line)))), None)
        if counted is None:
            continue
        size = fx.to_number(counted["n"])
        taken = node.children[index: index + int(size or 0)]
        if size and size >= 2 and len(taken) == size and all(
                sibling.style == f"kw:{counted['word']}" and not sibling.children
                for sibling in taken):
            _adopt(holder, taken)


# 主要支持以下方向： over a numbered list of titles (1．灵山荔枝保鲜…研究；)
LISTED_ITEM = re.compile(  # (■/● a bullet: Word's Wingdings Ø saved as text, read as ■)
    rf"^(?:(?P<num>[\d０-９]{{1,2}})\s*[.、．)）]|[(（](?P<cn>[{CN}\d]{{1,3}})[)）]|(?P<circ>[{CIRCLED}])"
    # (a.…；b.… and 一是…；二是… of a run the outline cut into its items)
    rf"|(?P<letter>[a-h])[.．、]|(?P<shi>[{CN}])是"
    r"|(?P<bullet>[■●◆◇▪•▶►▸➢▲★✦]))\s*"
    # (…挥发性有机物（VOCs）治理…: a bracket inside the title, an abbreviation's too)
    # (not its code, bare or labelled: （方向代码SC2602）)
    r"(?P<title>[^。；;:：,，（(]{4,60}(?:[(（](?![0-9A-Za-z\-]*\d{2}|[^)）]*(?:代码|编号|编码))"
    r"[\u4e00-\u9fffA-Za-z0-9、，,+·]{1,12}[)）]"
    r"[^。；;:：,，（(]{0,20})?)"
    r"(?P<code>[(（][^)）]*?(?:代码|编号|编码)?[:：]?\s*[0-9A-Za-z\-]{4,20}[)）])?"
    # (…技术（本方向每项资助十万元至十五万元）: the item's own terms in brackets)
    r"(?:[(（](?P<note>本(?:方向|项目|课题|子方向)[^()（）]{2,40})[)）])?[；;。]?$")
# 支持方向： on a line of its own, over the list
COMPOSITE_TERMS = re.compile(r"^(?:支持|资助|补助)(?:方式|标准|额度|强度)[及和与、]"
                             r"(?:支持|资助|补助)?(?:方式|标准|额度|强度|期限)")
# (‘LX2026GX01’: Texinfo's quotes around a code too)
BARE_CODE_LINE = re.compile(r"^[(（\[【‘'`]?\s*(?:[A-Z]{1,8}-?\d{2,}+[0-9A-Z]*+(?:-[0-9A-Z]++)*+"
                            # (2018ZD-0101: a year first, then the class letters)
                            r"|(?:19|20)\d{2}[A-Z]{1,4}-?\d{2,6}(?:-\d{1,4})?)"
                            r"\s*[)）\]】’']?$")
GROUP_VALUE = re.compile(r"^(?:本类|本组|本领域|以上|上述)(?:项目|方向|各方向|各项目)?")


def _names_heading(said: str, heading: Node) -> bool:
    """产业链二（集成电路装备及零部件）各方向均… — a sentence opening with a heading's number
    word (产业链二) or its title, then speaking of its directions."""
    names = [normalise(heading.title or "")]
    if heading.label:  # (产业链二：… — the keyword and its number, as the heading wrote them)
        head = normalise(heading.heading_text).strip()
        names.append(re.split(r"[:：\s(（]", head, maxsplit=1)[0])
    lettered = re.match(r"([A-H])\s*[.、]", normalise(heading.heading_text).strip())
    if lettered and said.startswith(f"{lettered[1]}类"):  # A. 重点研发计划 … A类项目采取…
        return True
    return any(len(name) >= 3 and said.startswith(name) and _OF_ITS_DIRECTIONS.match(
        said[len(name):]) for name in names)


_OF_ITS_DIRECTIONS = re.compile(r"(?:[(（][^)）]{2,30}[)）])?\s*(?:的)?(?:各|所有|全部)?"
                                r"(?:方向|项目|子方向)")
LIST_INTRO = re.compile(r"^(?:(?:本类|本计划|本专项|本类别)(?:项目)?)?"
                        r"(?:主要|重点)?支持(?:以下)?方向[:：]$"
                        # 支持方向包括以下6个： / 支持方向如下：
                        r"|^(?:主要|重点|具体)?支持方向(?:包括|有|共)?(?:以下|如下)?"
                        r"(?:[\d一二三四五六七八九十]+个)?[:：]$"
                        r"|^(?:主要|重点)方向[:：]$"  # (重点方向： after a 专项's terms)
                        # (主要方向包括：（1）…；（2）…: a run the outline cut into its items)
                        # (方向题目如下：under terms said once: the titles alone follow)
                        r"|^(?:主要|重点|具体|各)?(?:支持)?(?:子方向|研究方向|攻关方向|方向|选题)"
                        r"(?:题目|名称|目录|清单)?(?:包括|包含|为|有|如下)[:：]$")
# 支持重点： alone under a plan's heading and its terms: its directions follow, each numbered
# (研究重点： / 参考选题： over a 软科学 plan's topics)
GROUP_LIST_INTRO = re.compile(r"^(?:主要|本年度)?(?:支持重点|重点支持|研究重点|参考选题|研究选题"
                              r"|选题方向)(?:方向|领域)?[:：]$")
LISTED_DIRECTIONS = re.compile(
    r"(?:支持|包括|设置?|围绕)(?:以下|如下)(?:[\d一二三四五六七八九十]+个)?(?:方向|领域|内容)[:：]\s*$"
    r"|(?:参考|重点|研究)选题(?:方向)?(?:如下|有|包括)[:：]\s*$")  # (a 软科学 plan's topics)


BELOW_NAMED = re.compile(r"本(?:领域|类|专题|专项|计划|板块)(?:的)?以下"
                         r"(?:[\d一二三四五六七八九十]+个)?(?:方向|领域|项目)(?:均|都|各)")
# 资助强度：每项30万～50万元。…支持方向如下：: the items under it are the directions
DIRECTIONS_FOLLOW = re.compile(r"(?:支持|资助|重点)(?:方向|领域)(?:如下|有)[:：]$")


def ends_announcing_directions(node: Node) -> bool:
    """A heading's text or a field's value ends announcing the directions listed under it."""
    return any(DIRECTIONS_FOLLOW.search(normalise(lines[-1]).strip())
               for lines in [node.text, *node.fields.values()] if lines)


def _fields_follow(ahead: list[Line]) -> bool:
    """A description, then a direction's own labelled fields (考核指标：…), before the next item or
    heading: the line above them is a heading, not an item of a list."""
    if ahead and classify(ahead[0]) is not None:
        return False  # (the next heading right under it: no description, its fields not its)
    for following in ahead[1:6]:
        if classify(following) is not None or LISTED_ITEM.match(following.text.strip()):
            return False
        label = read_label(following)
        if label is not None:
            return label.key in ("content", "indicators")
    return False


def lists_directions(node: Node) -> bool:
    """Its text ends announcing a list of directions (or a field's value does: 资助标准：… ⏎
    本类项目重点支持 ⏎ 以下3个领域：, the sentence run on into the field above)."""
    for lines in [node.text, *node.fields.values()]:
        if not lines:
            continue
        tail = normalise(lines[-1]).strip()
        said = normalise("".join(lines[-2:]))  # …重点支持 ⏎ 以下方向： cut at the page width
        if LISTED_DIRECTIONS.search(said) or (lines is node.text and LIST_INTRO.match(tail)):
            return True
        # 本领域以下方向均为B类项目，每个方向拟支持1项，…。: the paragraph says of the
        # directions below it (over a phone's short lines)
        if lines is node.text and BELOW_NAMED.search(normalise("".join(lines[-4:]))):
            return True
    return False


def announced_subdirection(node: Node) -> bool:
    """One of the sub-directions its direction says it has, stated in running text only, or a
    title in a list its heading says are the directions (主要支持以下方向：1．…；2．…)."""
    if node.parent is None or node.section or node.children \
            or node.kind in ("plan", "group"):
        return False
    return (bool(node.text) and announces_subdirections(node.parent)) or node.listed


# 主要内容：… / 研究内容：… on a row of its own under a direction's row
CONTENT_ROW = re.compile(r"^(?:主要|研究|建设|支持)?内容\s*[:：]")
# 注：表中资助经费为单个项目最高资助额度: the table's amounts are caps
# (not 表中“支持标准”为财政资助上限或定额: a fixed amount is said as one, 定额资助20万元)
CAP_NOTE = re.compile(r"表中[^。；;]{0,16}?(?:为|是|系)[^。；;]{0,12}?(?:最高|上限|不超过)"
                      r"(?![^。；;，,]{0,4}?或(?:定额|固定))")
# 注：1.支持金额栏为单个项目县财政最高资助额度 under a table: that table's amounts are caps
# (its own: 表2's 注 may make its amounts fixed)
COLUMN_CAP_NOTE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[(（][^()（）]{1,6}[)）])?[”\"]?(?:栏|列)"
                             r"(?:所列)?(?:金额|数额)?(?:为|是|系)"
                             r"[^。；;]{0,12}?(?:最高|上限)")
DELETED = re.compile(r"[(（]\s*(?:删除|已删除|拟删除)\s*[)）]")
# 本年度暂停受理 / 另行发文组织，不在本指南受理范围内: a heading that funds nothing this year
CLOSED = re.compile(
    # (not 逾期不再受理 / 逾期不予受理: late applications turned away, a deadline's words)
    # (本榜单仍在征集完善中，发榜及揭榜办法另行通知: a 榜单 not posted yet)
    r"(?:发榜|揭榜)(?:及(?:发榜|揭榜))?办法另行(?:通知|发布)|"
    # (榜单二：正在征集中，另行发布。: a 榜单 still being gathered)
    r"(?:正在|仍在|尚在)征集[^。；;]{0,10}?另行(?:通知|发布|公布)|"
    # (《指南》明确该类项目2025年度申报办法另行通知: how this kind is applied for, later)
    r"(?:本|该)类(?:项目|事项)?[^。；;，,]{0,12}?(?:申报|申领)(?:方式|办法|工作)另行(?:通知|发布|公布)|"
    # (五、科技特派员…项目：今年的选派方式和支持标准另行通知。: how it is taken and what it
    # grants, both later)
    r"(?:(?:今年|本年度|本次)的?)?(?:申报|选派|申领|组织)?(?:方式|办法)(?:和|及|与|、)"
    r"(?:支持|资助|补助)标准[^。；;]{0,6}?另行(?:通知|发布|公布)|"
    # (本榜单申报时间和揭榜要求另行通知: when and how it is taken, later)
    r"(?:本|该)榜单[^。；;]{0,20}?(?:申报|揭榜|发榜)(?:时间|要求|办法|方式)[^。；;]{0,10}?"
    r"另行(?:通知|发布|公布)|"
    r"暂停受理|暂不受理|暂缓受理|(?<!逾期)不再(?:单独)?受理|已并入|不受理申报|(?:本次|本批次?|本轮|这次|此次)不(?:予)?受理|暂停征集|暂停申报|(?<!逾期)不予受理|不在本指南受理范围|另行发文组织"
    # (not 原稿此处合作企业名称已删除: a name struck from the text, not the direction)
    r"|本年度不安排|暂不安排|[(（【]删除[)）】]|本方向(?:删除|撤销)|(?<![称样容息字])已删除"
    r"|移出本(?:指南|通知|批次)"  # (（修订：移出本指南，由县水利局另行实施）)
    r"|不在本(?:指南|通知|批次?|次)(?:的)?(?:支持|资助|申报)范围"  # (由县商务局另行组织，不在…)
    r"|[(（【]撤销[)）】]"
    r"|不在(?:这|本|此)次?(?:指南|通知|申报)(?:里|中|内)?受理"  # (今年不在这次指南里受理: aloud)
    # (…按有关规定兑现奖励，不纳入本次项目申报: honoured under a policy, not applied for here)
    r"|不纳入本次(?:集中|统一)?(?:项目)?(?:申报|征集|受理)|不在本次申报范围"
    # (…由区科技局根据上级立项文件统一核定，无需单独申报: paid without an application)
    r"|(?:无需|无须|不需|不必)(?:单独|另行|企业)?(?:申报|申请|提出申请)(?![书表材])"
    # (（具体申报方式、支持标准以后续通知为准）: how it is applied for and what it grants, later)
    r"|(?:申报方式|申报办法|申报方案)[^。；;]{0,16}以后续(?:通知|文件)为准")


def closed(node: Node) -> bool:
    """A heading kept only to say it is withdrawn (【撤销】本方向2026年度不再受理申报。): its
    text, or a label of its own that no direction has, says so — or its status does, whatever
    else it states (办理状态：该事项2024年度暂停受理 in a 办事指南 block)."""
    if any(((key.startswith(OTHER) and key.endswith("状态")) or STATUS_LINE.match(line))
           and _closing(normalise(line))
           for key, lines in [*node.fields.items(), ("", node.text)] for line in lines):
        return True
    # (its first line, or the second after one that grants nothing: 省级…的认定奖补—— ⏎ ★今年…
    # 县里这次不受理)
    opening = node.text[:2] if len(node.text) > 1 and not fx.MONEY_RE.search(
        normalise(node.text[0])) else node.text[:1]
    first = next((folded for line in opening
                  if _closing(folded := _unquoted(normalise(line)), outright=True)), "")
    if first and not node.code and (not node.inline_body or (
            len(fx.sentences(node.text[0])) == 1 and not fx.MONEY_RE.search(first))) \
            and not _other_named(first, node.title or ""):
        # (五、…项目：今年的选派方式和支持标准另行通知。: one sentence on its own line, closing)
        return True  # (四、软科学研究计划 ⏎ …另行发布通知，本次不受理。: said first, come what may)
    if any(not key.startswith(OTHER) for key in node.fields):
        return False
    said = [node.title or "", *node.text]
    said += [f"【{key.removeprefix(OTHER)}】{line}" for key, lines in node.fields.items()
             for line in lines]
    # (生：写了“本年度暂不受理”。 under （五）: the words of another item, quoted in a class's
    # talk — a mention, no closing)
    return any(_closing(sentence) and not _other_named(sentence, node.title or "")
               for line in said if CLOSED.search(folded := _unquoted(normalise(line)))
               for sentence in fx.sentences(folded))


# …本次不受理 / 暂停受理 / 另行通知: a heading not taken this time (not 无需申报项目书, an award
# paid without an application)
_NOT_TAKEN = re.compile(r"不(?:予)?受理|暂停|暂缓|另行(?:通知|发布|公布)|后续通知")


def _not_taken(node: Node) -> bool:
    """A heading closed by its own first words saying it is not taken this time."""
    return closed(node) and any(_NOT_TAKEN.search(_unquoted(normalise(line)))
                                for line in node.text[:2])


def _unquoted(folded: str) -> str:
    """The line without the closing words it quotes (盖“暂不受理”印章: a stamp's words, a
    mention; 生：写了“本年度暂不受理”。: another item's)."""
    return _QUOTED.sub(lambda quoted: "" if CLOSED.search(quoted[0]) else quoted[0], folded)


# 原来的“科技特派员”项目今年暂停受理: another item, named in quotes, closed — not this one
_QUOTED_ITEM = re.compile(r"[\"“](?P<name>[^\"”]{2,20})[\"”](?:项目|方向|专项|事项|计划)")


def _other_named(sentence: str, title: str) -> bool:
    found = _QUOTED_ITEM.search(sentence)
    return found is not None and found["name"] not in normalise(title)


STATUS_LINE = re.compile(r"^\s*(?:办理|受理|申报|事项)状态\s*[:：]")


def _closing(sentence: str, *, outright: bool = False) -> bool:
    """A sentence withdrawing the heading — not one refusing only some applicants (上年度研发费用
    不足60万元的企业，本方向不予受理: a condition before it); `outright`: with no one named before
    it at all (not 上年度已立项的企业本次不予受理)."""
    found = CLOSED.search(sentence)
    named = r"的" if outright else r"的(?:企业|单位|项目|机构|团队|申报单位)?[，,]"
    return found is not None and not re.search(named, sentence[:found.start()])


def among_funding_groups(node: Node) -> bool:
    """（六）其他事项 after （一）–（五） that each hold items, itself holding item 14: a group
    of the list, though its name is a closing section's."""
    parent = node.parent
    if parent is None or parent.parent is None or parent.non_funding or not node.children \
            or not is_non_funding(node.title) or closed(node) or not_applied_for(node.title) \
            or DELETED.search(node.heading_text) \
            or any(child.title and is_non_funding(child.title) for child in node.children):
        return False  # (struck out of a draft; or its items a closing section's: 咨询电话)
    siblings = [c for c in parent.children if c is not node and c.style == node.style]
    return len(siblings) >= 2 and all(c.children and not c.non_funding for c in siblings)


def numbered_on(node: Node, numbered: set[tuple[str, int]]) -> bool:
    """14．… with only its text, numbered on from item 13 that is a direction: one too — under
    a closing section's name among groups of directions, or under the next group of a
    numbering that runs across groups (（九） under 三、… after （八） under 二、…)."""
    if not node.seq or node.children or not node.text or closed(node) or node.seq[-1] < 2 \
            or (node.style, node.seq[-1] - 1) not in numbered or node.parent is None \
            or ungranted_task(node):
        return False
    if among_funding_groups(node.parent):
        return True
    return not node.non_funding and not node.section and not any(
        a.non_funding for a in node.ancestors()) and not any(
        c.style == node.style and c.seq and c.seq[-1] == node.seq[-1] - 1
        for c in node.parent.children)  # (its own group's item before it did not count)


PROJECT_TITLE = re.compile(r"(?:项目|计划|专项|后补助|奖补)$")


def quoting_parts(root: Node) -> None:
    """【二】县科技局申报指南摘抄 ⏎ 一、…类 ⏎ 二、…: a board's (or a post's) part holding the
    call it quotes, numbered 一、 inside it — a part, not the plan: its 一、 are the plans."""
    for node in all_nodes(root):
        if node.style == "【一】" and node.children and node.kind != "plan" \
                and all(child.style == "一、" for child in node.children):
            node.section = True


_GOES_THROUGH = re.compile(r"(?:逐|各)(?:方向|项|类)|方向(?:摘录|梳理|解读|分析)|支持方向")


def plans_under_their_section(root: Node) -> None:
    """三、组织实施年度科技计划项目 ⏎ 8．…设三类… ⏎ （一）重点研发专项 ⏎ … ⏎ （二）…: plans
    numbered （一） after a section numbered 一、 that holds nothing yet are its own, though
    their keyword set them a level above it (its text, which introduces them, is theirs) — and
    so are classes in another style (三、…申报方向及监督参数对照表 ⏎ （摘自…） ⏎ 【A类】…专项)."""
    for parent in [root, *all_nodes(root)]:
        children = parent.children
        at = 0
        while at < len(children):
            section = children[at]
            at += 1
            # (三、逐方向摘录及会计处理意见 ⏎ （一）重点研发计划 ⏎ … ⏎ （二）科技成果转化后补助:
            # a section named for the directions it goes through, the classes after it its own)
            if section.style != "一、" or section.children or section.non_funding \
                    or not (section.text or _GOES_THROUGH.search(section.title or "")):
                continue
            any_kind = not section.text
            taken: list[Node] = []
            for sibling in children[at:]:
                if sibling.style not in ("(一)", "A类") \
                        or (sibling.kind != "plan" and not any_kind):
                    break
                taken.append(sibling)
            if len(taken) < 2 or not any(plan.kind == "plan" for plan in taken):
                continue
            del children[at:at + len(taken)]
            for plan in taken:
                section.add(plan)
            section.section = section.section or any_kind  # (a holder of plans, none itself)


def ungranted_task(node: Node) -> bool:
    """14．加强科普和科技宣传。…（责任股室：综合股）: a work plan's task, closed by the office
    responsible for it, that grants nothing — no direction, whatever its neighbours are."""
    return bool(node.text) and _TASK_TAIL.search(normalise(node.text[-1])) is not None \
        and not grants_money(node) and not node.code


def text_only_leaf(node: Node, chosen: set[int]) -> bool:
    """A numbered heading with only running text is a direction when its siblings of the same
    numbering are directions, or when its text grants money itself — unless the heading it
    stands under is closed (（四）…本次不受理。 ⏎ 1．院内截止：…给予每项0.5万元: not taken)."""
    # (a 专项一 keyword heading with only its paragraph, as its 专项二 with fields, counts too)
    if node.children or node.non_funding or (node.section and node.style != "part:条") \
            or node.parent is None or node.bare or not node.text or closed(node) \
            or (node.parent.parent is not None and _not_taken(node.parent)) \
            or (node.label is not None and node.label not in ("专项", "专题", "板块")):
        return False  # (第九条　…奖补。对…给予… is an article that grants money)
    if node.kind == "plan" and grants_money(node):
        return True  # （二）科技成果转化专项 ⏎ 重点支持…等方向…给予补助: itself applied to
    if ungranted_task(node):
        return False
    if any(id(sibling) in chosen and sibling.style == node.style
           for sibling in node.parent.children if sibling is not node):
        return True
    # 2．农产品产地加工与乡村产业 ⏎ 支持…。拟支持3项。 beside 1．现代种业 dividing into （1）（2）
    # directions: a direction at the level of its sibling's, undivided
    if OWN_COUNT.search(normalise(" ".join(node.text))) and any(
            sibling.style == node.style and sibling.children
            and all(id(child) in chosen for child in sibling.children)
            for sibling in node.parent.children if sibling is not node):
        return True
    if grants_money(node) or node.code or announces_subdirections(node.parent) \
            or ends_announcing_directions(node.parent):
        return True  # a code is what a fundable direction is given
    if only_item_where_cousins_are_directions(node, chosen):
        return True
    # （五）社会发展科技计划 ⏎ 1．… ⏎ 支持…。项目类别：一般项目。 ⏎ 2．…: items numbered as the
    # directions under the plans beside it, each only a paragraph naming no grant of its own
    # (its class's terms stand elsewhere): directions too — and so is a plan's one titled item
    # numbered as directions deeper under the plans beside it (六、软科学研究计划 ⏎ 1．…研究 ⏎ its
    # paragraph, beside 四、 whose （一） groups hold 1． directions)
    if node.parent.kind == "plan" and node.style not in RELATIVE_STYLES and (
            _cousins_chosen(node, chosen)
            or (title_like(node.title or "") and _cousins_chosen(node, chosen, deep=True))) \
            and all(not c.children and not c.fields and c.text
                    for c in node.parent.children if c.style == node.style):
        return True
    if node.style in COMPOSITE_STYLES and _cousins_chosen(node, chosen):
        return True  # Ⅱ-1 with its paragraph beside Ⅱ-2 with Ⅱ-2-1, Ⅱ-2-2, as Ⅰ-1 is
    if node.style.startswith("mark:") and not node.style.startswith("mark:indent") \
            and not any(a.non_funding for a in node.ancestors()) \
            and title_like(node.title or "") and any(
            other.style == node.style and (id(other) in chosen or any(
                id(child) in chosen for child in other.children))
            for other in all_nodes([node, *node.ancestors()][-1])):
        # ➢ …: one bullet marks every direction of a document, wherever it stands (a
        # direction, or one that divides into sub-directions)
        return True
    # 七、科学技术普及项目 ⏎ 支持…。项目实施期限1年…各类单位均可申报。 beside plans whose
    # directions were found: a plan with no directions, itself applied to
    if PROJECT_TITLE.search(node.title or "") and extract.EMBEDDED_PERIOD.search(
            normalise(fx.unwrap("\n".join(node.text)))) and any(
            sibling.style == node.style and any(id(d) in chosen for d in all_nodes(sibling))
            for sibling in node.parent.children if sibling is not node):
        return True
    # 软科学研究专项每项资助3～5万元…重点研究方向如下：1．… 2．… 3．…: topics of a heading
    # that funds each project, each a direction
    siblings = [c for c in node.parent.children if c.style == node.style]
    return node.parent.parent is not None and len(siblings) >= 2 and grants_money(node.parent) \
        and all(c.text and not c.fields and not c.children for c in siblings)


# 拟支持3项 in its own paragraph: a count of projects, said of a heading applied to itself
OWN_COUNT = re.compile(r"(?:拟|计划)(?:支持|立项|资助)(?:不超过|约)?\s*\d+\s*项")


# (who applies or what is granted: the text of an item that is a direction)
ITEM_TERMS_WORDS = re.compile(r"申报|支持|资助|补助|牵头")


def only_item_where_cousins_are_directions(node: Node, chosen: set[int]) -> bool:
    """四、国际科技合作计划 ⏎ （一）国际及港澳台科技合作项目 ⏎ 申报单位须…，支持强度…: the
    only item numbered so under its plan, with terms in its text, where items numbered the
    same under the plans beside it are directions — one too."""
    parent = node.parent
    if parent is None or parent.parent is None \
            or any(c is not node and c.style == node.style for c in parent.children) \
            or not ITEM_TERMS_WORDS.search(normalise(" ".join(node.text))):
        return False
    return _cousins_chosen(node, chosen)


# Ⅰ-1, Ⅱ-2-1: a number that names its parent's number, so its depth is written out
COMPOSITE_STYLES = ("1-1", "1-1-1")


def _cousins_chosen(node: Node, chosen: set[int], *, deep: bool = False) -> bool:
    """Items numbered as this one under the headings beside its parent (`deep`: anywhere
    under them) are directions."""
    parent = node.parent
    return parent is not None and parent.parent is not None and any(
        id(cousin) in chosen and cousin.style == node.style
        for aunt in parent.parent.children if aunt is not parent
        and aunt.style == parent.style
        for cousin in (all_nodes(aunt) if deep else aunt.children))


def terms_over_titled_items(node: Node) -> bool:
    """❶ 农业科技示范项目 ⏎ 资助标准：每项补助10万元 ⏎ 支持方式：前资助 ⏎ ㊀ 蕲艾良种选育… ⏎ its
    paragraph ⏎ ㊁ …: a heading that states only terms (no content of its own) over items
    each a title and a paragraph — its directions, not a list of its content."""
    if not node.fields or not set(node.fields) <= TERMS_KEYS or len(node.children) < 2:
        return False
    if not node.text and all(not child.children and child.text and not child.fields
                             and child.title and title_like(child.title)
                             for child in node.children):
        return True
    # （一）工程技术研究中心 ⏎ 支持方式：以奖代补。 ⏎ 对新认定的…给予一次性奖补10万元 ⏎ 1.…中心 ⏎
    # 2.…中心: a heading whose terms grant money over bare titles — each title one of them
    return bool(extract.GRANT_SENTENCE.search(normalise(fx.unwrap("\n".join(node.stated))))) \
        and all(not child.text and _bare_titled(child, "。；;：:") for child in node.children)


def _granting_kin(node: Node) -> bool:
    """Another heading numbered as this one, with nothing under it, grants money itself."""
    return node.parent is not None and any(
        kin is not node and kin.style == node.style and not kin.children and grants_money(kin)
        for kin in node.parent.children)


def _idle(node: Node) -> bool:
    """A heading that states nothing a direction does: no code, no field, no grant, nothing
    under it."""
    return not node.children and node.code is None and not node.known_fields \
        and not grants_money(node)


def fields_follow_items(node: Node) -> bool:
    """课题1… 课题2… 课题3… and then 考核指标, 资助经费: items of a direction's content with
    the direction's own fields after the last one — the fields are not the last item's."""
    items = node.children
    if node.parent is None or node.kind == "plan" or node.section or len(items) < 2:
        return False
    if any(item.children or item.kind not in (None, "sub") for item in items):
        return False
    if any(grants_money(item) for item in items):
        return False  # 4.1 …奖补 (最高50万元) 4.2 … 4.3 with fields: items that fund themselves
    if any(TERMS_REF.search(normalise("".join(item.text))) for item in items):
        return False  # 1.重点实验室 ⏎ …按表1标准以奖代补: an item its terms table funds
    return not any(item.fields for item in items[:-1]) and bool(_own_fields(items[-1])) \
        and not items[-1].named_own  # (1.3.2　… ⏎ 本子方向另要求：…: the last item's own)


def _own_fields(node: Node) -> dict[str, list[str]]:
    """Its fields but the notes an exception elsewhere told it (not written under it)."""
    return {key: lines for key, lines in node.fields.items()
            if key != "notes" or any(line not in node.told for line in lines)}


def granting_items_under_list(node: Node) -> bool:
    """（一）支持方向 ⏎ 1.…奖补 ⏎ 对…给予一次性奖补30万元。 ⏎ 2.… under a 项目类型 whose 支持方式
    and 申报条件 follow: the list's items each grant money — they are its directions."""
    return any(not child.known_fields and len(child.children) >= 2
               and all(not item.children and grants_money(item) for item in child.children)
               for child in node.children)


def grants_money(node: Node) -> bool:
    """Its running text, or a field no rule names (支持对象及标准：对…给予一次性补助5万元),
    grants money itself (给予奖补…最高不超过50万元)."""
    said = [*node.text, *(line for key, lines in node.fields.items()
                          if key.startswith(OTHER) for line in lines)]
    return bool(said) and bool(extract.GRANT_SENTENCE.search(
        _QUOTED_SUM.sub("", _ESTIMATE.sub("", normalise(fx.unwrap("\n".join(said)))))))


# 贵司将…支持额度宣传为“最高补助200万元”: a sum someone claimed, quoted — no grant
_QUOTED_SUM = re.compile(r"[“\"][^”\"]{0,30}\d[^”\"]{0,20}[”\"]")


# 按《指南》标准测算，上述可申报项目财政资助合计最高约230万元: a sum worked out for one firm,
# no grant
_ESTIMATE = re.compile(r"[^。；;\n]*(?:测算|估算|预计|合计|共计|总计)[^。；;\n]*?约\s*\d"
                       r"[^。；;\n]*")


def fold_children(node: Node) -> None:
    """Headings under a node that turned out to be items of its text go back into it."""
    for child in node.children:
        node.text.append(child.heading_text)  # its body is on that line already
        node.text.extend(child.text[1:] if child.inline_body else child.text)
        for lines in child.fields.values():
            node.text.extend(lines)
        fold_children(child)
    node.children = []


def all_nodes(root: Node) -> list[Node]:
    result: list[Node] = []
    pending = list(reversed(root.children))
    while pending:
        node = pending.pop()
        result.append(node)
        pending.extend(reversed(node.children))
    return result


def assign_kinds(leaves: list[Node]) -> None:
    """Numbered headings get the kind their place gives them: a leaf is a direction (a
    sub-direction under a direction), the outermost heading above is the plan, the rest groups."""
    chosen = {id(node) for node in leaves}
    for node in leaves:
        parent = node.parent
        if node.kind is None:
            node.kind = "sub" if parent is not None and direction_like(parent, chosen) \
                else "direction"
        if node.kind == "sub" and parent is not None and parent.kind is None:
            parent.kind = "direction"
        chain = [a for a in reversed(node.ancestors())
                 if a.parent is not None and (not a.section or titled_part(a))]
        has_plan = any(a.kind == "plan" for a in chain)
        if not has_plan and chain and chain[0].kind == "group" and not chain[0].bare:
            chain[0].kind, has_plan = "plan", True  # 专题一 with nothing above it: the plan
        for ancestor in chain:
            if ancestor.kind is None:
                ancestor.kind = "group" if has_plan else "plan"
                has_plan = True


def titled_part(node: Node) -> bool:
    """第三章  重点研发计划: a part that names what it funds stands as the plan (or a group
    under it, 第一节) of the directions below it; 第二部分 支持方向 is only a container."""
    return (node.style or "").startswith("part:") and bool(node.title) \
        and not node.non_funding and not CONTAINER.match(node.title or "")


def direction_like(node: Node, chosen: set[int]) -> bool:
    """A heading with sub-directions is a direction when it carries a code, is written 方向,
    or stands among directions numbered like it."""
    if node.parent is None or node.section:
        return False
    if node.kind == "direction" or node.code:
        return True
    return any(id(sibling) in chosen and sibling.style == node.style
               for sibling in node.parent.children if sibling is not node)


def unknown_labels(nodes: list[Node], source: str) -> list[ParseIssue]:
    return [ParseIssue(file=source, line=line, kind="unknown_label", args={"label": label},
                       reason=f"unknown field label {label!r}: kept as its own field")
            for node in nodes for line, label in node.unknown]


def damaged(root: Node, leaves: list[Node], source: str) -> list[ParseIssue]:
    """Signs of a damaged source, refused: a direction with nothing under it (a document cut
    after a heading) and a direction code printed twice."""
    chosen = {id(node) for node in leaves}
    hollow = [node for node in all_nodes(root) if empty(node) and not node.children
              and not node.non_funding and not node.section and (
                  id(node) in chosen or node.code or direction_like(node, chosen))]
    issues = [ParseIssue(file=source, line=node.line, fatal=True, kind="hollow",
                         args={"title": node.title or node.heading_text},
                         reason=f"direction {node.title or node.heading_text!r} has nothing under "
                                "it (the document may be cut short)")
              for node in hollow]
    seen: dict[str, int] = {}
    for node in sorted(leaves, key=lambda n: n.line):
        if node.code is None:
            continue
        if node.code in seen:
            issues.append(ParseIssue(
                file=source, line=node.line, fatal=True, kind="code_twice",
                args={"code": node.code, "first": seen[node.code]}, reason=(
                    f"direction code {node.code} appears twice (first on line "
                    f"{seen[node.code]})")))
        else:
            seen[node.code] = node.line
    return sorted(issues, key=lambda issue: issue.line)


def empty(node: Node) -> bool:
    return not node.text and not any(node.fields.values()) and not node.notes
